"""What a reader hands the pipeline: the report's lines, and what it set aside as page furniture."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.ingest.lines import SourceLine


@dataclass
class SourceText:
    """`lines`: the content, in reading order. `furniture`: how many blocks (a menu item, a table row, a
    running header's line) the reader recognised from the markup as page furniture and dropped."""

    lines: list[SourceLine]
    furniture: int = 0
