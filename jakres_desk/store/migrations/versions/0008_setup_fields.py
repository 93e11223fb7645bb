"""Revision 8: the setup desk's fields: a workshop's stage and record language, a focus
area's description in both languages.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

Added columns with their defaults; each carries its type check (as revision 0004 gave
every column), and the record language is one of the app's languages. SQLite adds a
column with a CHECK constraint in place; existing rows take the default.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Frozen at this revision: table, column, SQL type, default.
ADDED = (
    ("workshop", "stage", "TEXT", "''"),
    ("workshop", "record_language", "VARCHAR(2)", "'id'"),
    ("focus_area", "description_id", "TEXT", "''"),
    ("focus_area", "description_en", "TEXT", "''"),
)


def upgrade() -> None:
    for table, column, kind, default in ADDED:
        op.execute(
            f'ALTER TABLE "{table}" ADD COLUMN "{column}" {kind} NOT NULL DEFAULT {default} '
            f'CONSTRAINT "ck_{table}_{column}_type" CHECK (typeof("{column}") = \'text\')'
        )


def downgrade() -> None:
    for table, column, *_rest in reversed(ADDED):
        op.drop_column(table, column)
