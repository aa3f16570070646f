"""Where the library lives: `--library DIR`, else `EXCERPTA_LIBRARY`, else the platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Excerpta"
LIBRARY_ENVIRONMENT_VARIABLE = "EXCERPTA_LIBRARY"


def default_library_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "library"


def resolve_library_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_environment = os.environ.get(LIBRARY_ENVIRONMENT_VARIABLE)
    if from_environment:
        return Path(from_environment).expanduser()
    return default_library_dir()
