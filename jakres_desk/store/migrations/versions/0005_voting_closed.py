"""Revision 5: a group can close its voting; every close and reopen is logged in its row.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

`breakout_group.voting_closed_at` is when the group closed its voting (NULL while
it is open): dots and scores are then refused until it is reopened.
`breakout_group.voting_log` is a JSON list of every close and reopen
({"event", "at", "device", "by"}). Both live in the group's own row, so a group's
file carries them into the master when it is merged. Only adds columns (with the
type checks revision 0004 gives every column), so every row is kept.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# As store/domain.py writes the type checks of a nullable and a required text column.
ADDED = (
    (
        "voting_closed_at",
        "VARCHAR(40) CONSTRAINT ck_breakout_group_voting_closed_at_type"
        " CHECK (\"voting_closed_at\" IS NULL OR (typeof(\"voting_closed_at\") = 'text'))",
    ),
    (
        "voting_log",
        "TEXT NOT NULL DEFAULT '[]' CONSTRAINT ck_breakout_group_voting_log_type"
        " CHECK (typeof(\"voting_log\") = 'text')",
    ),
)


def upgrade() -> None:
    bind = op.get_bind()
    for column, spec in ADDED:
        bind.exec_driver_sql(f"ALTER TABLE breakout_group ADD COLUMN {column} {spec}")


def downgrade() -> None:
    bind = op.get_bind()
    for column, _spec in reversed(ADDED):
        bind.exec_driver_sql(f"ALTER TABLE breakout_group DROP COLUMN {column}")
