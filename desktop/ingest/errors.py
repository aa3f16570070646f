"""The one error an import raises: it names the file and says the cause in words."""

from __future__ import annotations

from pathlib import Path


class ImportFailure(Exception):
    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
