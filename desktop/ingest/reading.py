"""Reading a file the user named, safely: its type and size are checked before it is opened.

A FIFO blocks its reader until a writer comes, and `/dev/zero` (or a symlink to it) never ends; both are
refused from `stat` alone, as are sockets, devices and files over the size limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.ingest.errors import ImportFailure

# The largest report file read. Country summaries are well under 5 MB and the Index's global report is
# about 30 MB; a scanned report may reach 100 MB. Reading holds the bytes, the decoded text and pypdf's
# objects at once (several times the file's size), so 200 MB keeps a laptop's memory safe while refusing
# nothing real. A larger file is refused before a byte of it is read.
MAX_FILE_BYTES = 200 * 1024 * 1024

_SPECIAL_FILES = (
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
    (stat.S_ISDIR, "is a folder, not a file"),
)


def refusal_by_type(mode: int, size: int) -> str | None:
    """Why a file of this type and size is not read, or None. Decided from `stat` alone: opening a FIFO
    blocks until a writer comes, and /dev/zero never ends."""
    for test, reason in _SPECIAL_FILES:
        if test(mode):
            return reason
    if not stat.S_ISREG(mode):
        return "is not a regular file"
    if size > MAX_FILE_BYTES:
        return f"too large ({size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)"
    return None


def read_bytes(path: Path) -> bytes:
    """The file's bytes, after its type and size are checked (through symlinks) without opening it."""
    try:
        info = os.stat(path)
        reason = refusal_by_type(info.st_mode, info.st_size)
        if reason:
            raise ImportFailure(path, reason)
        # O_NONBLOCK: should the path become a FIFO between stat and open, open returns at once.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as handle:
            opened = os.fstat(handle.fileno())
            reason = refusal_by_type(opened.st_mode, opened.st_size)
            if reason:
                raise ImportFailure(path, reason)
            data = handle.read(MAX_FILE_BYTES + 1)  # never more, even if the file grows meanwhile
        if len(data) > MAX_FILE_BYTES:
            raise ImportFailure(path, f"too large (over {MAX_FILE_BYTES // 2**20} MB)")
        return data
    except FileNotFoundError as error:
        raise ImportFailure(path, "no such file") from error
    except IsADirectoryError as error:
        raise ImportFailure(path, "is a folder, not a file") from error
    except PermissionError as error:
        raise ImportFailure(path, "permission denied: the file cannot be read") from error
    except OSError as error:
        raise ImportFailure(path, f"cannot be read ({error.strerror or error})") from error


def display_path(path: Path | str) -> str:
    """A path as text that can be printed and stored: bytes that are not UTF-8 (a file name from another
    system) appear as \\xNN escapes instead of breaking the output or the database."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def display_name(path: Path) -> str:
    return display_path(path.name)
