"""Small real file systems for tests that need a disk to refuse writes, for root as well.

Tests run as root, which ignores permission bits: a read-only folder must be a read-only mount, and a
full disk a tiny tmpfs. Mounting needs root and a kernel that allows it; otherwise the test is skipped
(for a normal user a read-only folder is also made with chmod, which then holds).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@contextmanager
def tmpfs(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of `size` at `folder`: a small disk that fills up."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)):
        pytest.skip("cannot mount a tmpfs here (needs root and a kernel that allows it)")
    try:
        yield folder
    finally:
        _unmount(folder)


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder`, with what it holds, made read-only for everyone (a bind mount remounted ro, or chmod)."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
        for p in modes:
            p.chmod(modes[p] & ~0o222)
        try:
            yield folder
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    if not _mount("--bind", str(folder), str(folder)):
        pytest.skip("cannot bind-mount here (needs root and a kernel that allows it)")
    if not _mount("-o", "remount,bind,ro", str(folder)):
        _unmount(folder)
        pytest.skip("cannot remount read-only here")
    try:
        yield folder
    finally:
        _unmount(folder)
