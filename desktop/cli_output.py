"""How the command line shows things: JSON on stdout, progress on a terminal's stderr, errors as lines."""

from __future__ import annotations

import json
import sys
from typing import TextIO


def write_json(value: object) -> None:
    """Indented on a terminal, compact otherwise. `json.dumps` without indent runs json's C encoder;
    `json.dump` to a stream never does, and was 1.2 s of a 500-document outline."""
    indent = 1 if sys.stdout.isatty() else None
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=indent))
    sys.stdout.write("\n")


class TextProgress:
    """An operation's progress as a one-line bar on a terminal; silent when output is piped, so that
    scripts see only results. The CLI cannot be cancelled but by Ctrl+C."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty()

    def report(self, done: float, total: float, label: str) -> None:
        if not self.live:
            return
        fraction = min(1.0, done / total) if total else 0.0
        filled = int(fraction * 30)
        self.stream.write(f"\r{label[:48]:48} [{'#' * filled}{'.' * (30 - filled)}]")
        self.stream.flush()
        if fraction >= 1.0:
            self.stream.write("\r" + " " * 100 + "\r")

    def cancelled(self) -> bool:
        return False


def error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
