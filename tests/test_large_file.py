"""A 10 MB report imports, reporting its progress as it goes."""

from __future__ import annotations

from pathlib import Path

from desktop.ops.imports import import_one
from domain.records import ImportStatus


def test_ten_megabytes_of_text_import_with_progress(library, sample_report, tmp_path: Path):
    body = sample_report.read_text(encoding="utf-8")
    sections = []
    size = 0
    number = 0
    while size < 10 * 1024 * 1024:
        number += 1
        chunk = f"# Chapter {number}\n\n{body}\n\n"
        sections.append(chunk)
        size += len(chunk.encode("utf-8"))
    big = tmp_path / "compendium.md"
    big.write_text("".join(sections), encoding="utf-8")
    assert big.stat().st_size >= 10 * 1024 * 1024

    seen: list[tuple[float, str]] = []

    def record(_path: Path, fraction: float, message: str) -> None:
        seen.append((fraction, message))

    result = import_one(library, big, progress=record)
    assert result.status is ImportStatus.IMPORTED, result.line()
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(seen) >= 5 and any(message == "finding paragraphs" for _, message in seen)
    # 33 paragraphs a chapter, less the first chapter's heading: it stands before any of the Index's
    # headings, so it is kept as a note (cover matter), as the report's title page would be.
    assert f"{number * 33 - 1} paragraphs" in result.detail, result.detail
