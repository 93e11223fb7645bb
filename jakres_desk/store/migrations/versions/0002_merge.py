"""Revision 2: consolidation — the import log and the secretariat's program links.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

Only adds tables and an index, so files at revision 1 keep every row as it was.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("imported_at", sa.String(length=40), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("group_id", sa.String(length=36), nullable=True),
        sa.Column("group_name", sa.Text(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("captured_at", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("replaced", sa.Integer(), nullable=False),
        sa.Column("kept", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("refused", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "program_link",
        sa.Column("program_a", sa.String(length=36), nullable=False),
        sa.Column("program_b", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("modified_at", sa.String(length=40), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.CheckConstraint("program_a < program_b", name="link_ordered"),
        sa.ForeignKeyConstraint(["program_a"], ["program.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["program_b"], ["program.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("program_a", "program_b"),
    )
    with op.batch_alter_table("program_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_program_link_program_b"), ["program_b"], unique=False)
    # Consolidation looks candidates up by program (and a merge checks who took one up).
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_candidate_program_id"), ["program_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("candidate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_candidate_program_id"))
    with op.batch_alter_table("program_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_link_program_b"))
    op.drop_table("program_link")
    op.drop_table("import_log")
