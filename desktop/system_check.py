"""Before the window opens: are the system libraries Qt's X11 platform needs present?

Qt's own failure ("Could not load the Qt platform plugin xcb … xcb-cursor0 …") names one library and
aborts. This asks the dynamic linker (`ldd`) about Qt's xcb plugin instead, without loading Qt, and
prints the one install line that brings every library the window needs. `make run` runs it first.
Off Linux, or offscreen, there is nothing to check.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# The window's system libraries on Debian and Ubuntu (the same list .ci/run installs).
DEBIAN_PACKAGES = (
    "libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 "
    "libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 "
    "libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core"
)
INSTALL_LINE = f"sudo apt-get install {DEBIAN_PACKAGES}"
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def qt_platform_plugins() -> Path | None:
    """PySide6's platform plugins folder, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"
    return folder if folder.is_dir() else None


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries `plugin` needs that the dynamic linker cannot find ([] when ldd is absent)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(_NOT_FOUND.findall(output)))


def check() -> list[str]:
    """The libraries missing for a window on X11; [] when there is nothing to check."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") not in ("xcb", ""):
        return []
    plugins = qt_platform_plugins()
    plugin = plugins / "libqxcb.so" if plugins else None
    return missing_libraries(plugin) if plugin and plugin.exists() else []


def main() -> int:
    missing = check()
    if not missing:
        return 0
    print(
        "Excerpta's window needs system libraries that are missing: " + ", ".join(missing) + ".\n"
        "Install them with (Debian, Ubuntu):\n\n    " + INSTALL_LINE + "\n\n"
        "Fedora, Arch and others: see README.md, « First run ».",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
