"""Where the library lives: `--library DIR`, else `EXCERPTA_LIBRARY`, else the platform's user data dir."""

from __future__ import annotations

import os
import sys
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


def settings_file() -> Path | None:
    """Where the window's settings live, worked out without Qt (for `excerpta check`): QSettings'
    native file on Linux and the BSDs, `~/.config/Excerpta/Excerpta.conf`; elsewhere the settings are in
    the registry or a plist, which `check` does not look at."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        return Path(base) / "Excerpta" / "Excerpta.conf"
    return None
