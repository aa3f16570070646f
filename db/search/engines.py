"""Which engine holds a library's index: the choice is recorded in the library (library_settings), and
this is the one place that knows the engines by name. Everything else holds a `SearchEngine`."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.library import Library
from db.schema import LibrarySetting
from db.search.engine import SearchEngine
from db.search.tantivy_engine import SCHEMA_VERSION as TANTIVY_SCHEMA
from db.search.tantivy_engine import TantivyEngine
from db.search.whoosh_engine import SCHEMA_VERSION as WHOOSH_SCHEMA
from db.search.whoosh_engine import WhooshEngine

ENGINE_SETTING = "search_engine"
# tantivy: p95 a few ms at 100,000 paragraphs; Whoosh: pure Python, kept as the fallback engine.
DEFAULT_ENGINE = "tantivy"
ENGINE_NAMES = ("tantivy", "whoosh")
_SCHEMA_VERSIONS = {"tantivy": TANTIVY_SCHEMA, "whoosh": WHOOSH_SCHEMA}


class UnknownEngine(ValueError):
    pass


def _checked(name: str) -> str:
    if name not in ENGINE_NAMES:
        raise UnknownEngine(f"unknown search engine {name!r} (known: {', '.join(ENGINE_NAMES)})")
    return name


def engine_choice(library: Library) -> str:
    """The library's engine; a library that never chose gets the default."""
    with library.session() as session:
        value = session.scalar(select(LibrarySetting.value).where(LibrarySetting.key == ENGINE_SETTING))
    return value if value in ENGINE_NAMES else DEFAULT_ENGINE


def choose_engine(library: Library, name: str) -> None:
    """Records the choice; the next sync rebuilds the index with that engine."""
    name = _checked(name)
    with library.session() as session, session.begin():
        setting = session.get(LibrarySetting, ENGINE_SETTING)
        if setting is None:
            session.add(LibrarySetting(key=ENGINE_SETTING, value=name))
        else:
            setting.value = name


def schema_version(name: str) -> int:
    return _SCHEMA_VERSIONS[_checked(name)]


def open_engine(name: str, directory: Path, create: bool = False) -> SearchEngine:
    """The engine over one index folder; `create` makes a new, empty index there. Raises IndexDamaged
    when the folder holds no readable index."""
    if _checked(name) == "tantivy":
        return TantivyEngine(directory, create=create)
    return WhooshEngine(directory, create=create)
