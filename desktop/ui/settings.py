"""Every remembered setting, declared once (Picard's way): name, type and default, over QSettings.

Window geometry, splitter and dock state, the last library and recent searches live here; nothing
else in the UI reads or writes QSettings directly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    title: str

    def get(self, store: QSettings) -> T:
        value = store.value(self.key, self.default)
        if self.type is list:
            if value is None or value == "":
                return self.default
            return list(value) if isinstance(value, (list, tuple)) else [value]  # type: ignore[return-value]
        if self.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        if self.type is bool:
            return as_bool(value)  # type: ignore[return-value]
        try:
            return self.type(value)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return self.default

    def set(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


WINDOW_GEOMETRY: Setting[QByteArray] = Setting(
    "window/geometry", QByteArray, QByteArray(), "Window position and size"
)
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray(), "Docks and toolbars")
SPLITTER_STATE: Setting[QByteArray] = Setting(
    "window/splitter", QByteArray, QByteArray(), "Library and reader split"
)
LAST_LIBRARY: Setting[str] = Setting("library/last", str, "", "The library opened last")
RECENT_SEARCHES: Setting[list[str]] = Setting("search/recent", list, [], "Recent searches")
HIGHLIGHT_FACTS: Setting[bool] = Setting(
    "reader/highlight_facts", bool, True, "Highlight facts in the reader"
)
RECENT_SEARCH_LIMIT = 15


def store() -> QSettings:
    settings = QSettings("Excerpta", "Excerpta")
    make_private(Path(settings.fileName()))
    return settings


def settings_file() -> Path:
    return Path(QSettings("Excerpta", "Excerpta").fileName())


def make_private(path: Path) -> None:
    """The settings keep recent searches and the last library: readable by their owner only (0600, in a
    0700 folder when we make it). Created empty before QSettings writes it; Qt keeps the mode on save."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        path.chmod(0o600)
    except OSError:
        pass  # a settings file we cannot make private is still better than no settings


def remember_search(settings: QSettings, query: str) -> list[str]:
    """Puts a query first in the recent searches, without duplicates; returns the new list."""
    recent = [q for q in RECENT_SEARCHES.get(settings) if q != query]
    recent = [query, *recent][:RECENT_SEARCH_LIMIT]
    RECENT_SEARCHES.set(settings, recent)
    return recent


def as_bool(value: Any) -> bool:
    return value in (True, "true", "1", 1)
