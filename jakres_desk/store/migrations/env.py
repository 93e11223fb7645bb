"""Alembic environment: always run on the connection jakres-desk hands over."""

from alembic import context

from jakres_desk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies tables
)
context.run_migrations()
