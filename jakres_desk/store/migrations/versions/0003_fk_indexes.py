"""Revision 3: an index on every foreign key whose parent a user can delete.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

SQLite looks up a deleted row's children (ON DELETE CASCADE / SET NULL) through
an index on the child column, else by scanning the child table: in a master
that merged many groups, removing one participant or criterion scanned every
score. Only adds indexes, so files at revisions 1 and 2 keep every row.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (table, column): each gets the index `ix_<table>_<column>` that models.py declares.
INDEXED = (
    ("breakout_group", "focus_area_id"),
    ("program", "added_by_group_id"),
    ("program_focus_area", "focus_area_id"),
    ("score", "criterion_id"),
    ("score", "participant_id"),
    ("category", "set_id"),
    ("program_category", "category_id"),
)


def upgrade() -> None:
    for table, column in INDEXED:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(INDEXED):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
