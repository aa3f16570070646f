"""Brings a library's schema to the current revision with Alembic, from the first day on.

Alembic's migration machinery (the command module and the scripts) is only loaded when the stored
revision differs from `SCHEMA_REVISION`, so opening an up-to-date library costs one query.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

# The head revision of db/migrations/versions; a test keeps the two in step.
SCHEMA_REVISION = "0008"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def ensure_schema(engine: Engine) -> None:
    if stored_revision(engine) == SCHEMA_REVISION:
        return
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
