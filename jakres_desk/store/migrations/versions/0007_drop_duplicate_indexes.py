"""Revision 7: drop the four indexes that repeat the start of a UNIQUE constraint.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-02

SQLite backs each UNIQUE constraint with its own index, and that index serves
every lookup on its leading column(s) as well. Four single-column indexes
repeated those leading columns, so every vote, score and candidate written
updated one b-tree more than needed (more WAL bytes per vote) and found nothing
faster: candidate(group_id), program_focus_area(program_id), dot_vote(candidate_id)
and score(candidate_id). A foreign key on those columns still leads an index
(the constraint's), as tests/store/test_fk_indexes.py asks. Only drops indexes:
every row stays.
"""

from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None

# (table, column): the index ix_<table>_<column>, and the UNIQUE constraint starting with it.
DROPPED = (
    ("candidate", "group_id"),  # UNIQUE (group_id, program_id)
    ("program_focus_area", "program_id"),  # UNIQUE (program_id, focus_area_id)
    ("dot_vote", "candidate_id"),  # UNIQUE (candidate_id, participant_id)
    ("score", "candidate_id"),  # UNIQUE (candidate_id, criterion_id, participant_id)
)


def upgrade() -> None:
    for table, column in DROPPED:
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)


def downgrade() -> None:
    for table, column in reversed(DROPPED):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)
