"""Alembic environment. The library passes its own connection in `config.attributes["connection"]`."""

from alembic import context

from db.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when alembic is run by hand with a URL
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

# render_as_batch: SQLite cannot ALTER most things, so later migrations copy-and-move tables.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
