"""What this build of Excerpta is made of: its version (from the git tag) and its components' versions,
for `excerpta --version` and the About dialog. Read from package metadata, so nothing heavy is imported."""

from __future__ import annotations

import platform
import sqlite3
import sys
from importlib.metadata import PackageNotFoundError, version

from desktop import __version__

# label → distribution name, in the order they are shown
COMPONENTS = {
    "Qt (PySide6)": "PySide6",
    "Search engine (tantivy)": "tantivy",
    "Search engine (Whoosh-Reloaded)": "whoosh-reloaded",
    "spaCy": "spacy",
    "French model (fr_core_news_sm)": "fr-core-news-sm",
    "SQLAlchemy": "SQLAlchemy",
    "ReportLab": "reportlab",
    "pypdf": "pypdf",
}


def _version_of(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "not found"


def component_versions() -> dict[str, str]:
    found = {label: _version_of(name) for label, name in COMPONENTS.items()}
    found["SQLite"] = sqlite3.sqlite_version
    found["Python"] = platform.python_version()
    return found


def build_kind() -> str:
    """ "PyInstaller bundle" for the built app, "Python package" when run from an install or a checkout."""
    return "PyInstaller bundle" if getattr(sys, "frozen", False) else "Python package"


def version_text() -> str:
    lines = [f"Excerpta {__version__} ({build_kind()}, {platform.system()} {platform.machine()})"]
    lines += [f"  {label}: {value}" for label, value in component_versions().items()]
    return "\n".join(lines)
