"""From lines to blocks, on lines built by hand: headings keep the lines and page they came from, a
paragraph may open the text, and progress is reported every 5,000 lines as a fraction."""

from __future__ import annotations

from desktop.ingest.assemble import HeadingMatch, assemble
from desktop.ingest.lines import SourceLine


def _two_line_headings(lines: list[SourceLine], index: int) -> HeadingMatch | None:
    """A line in capitals is a heading; when the next one is in capitals too, it continues it."""
    if not lines[index].text.isupper():
        return None
    if index + 1 < len(lines) and lines[index + 1].text.isupper():
        return HeadingMatch(f"{lines[index].text} {lines[index + 1].text}", 1, None, 2)
    return HeadingMatch(lines[index].text, 1, None, 1)


def test_a_paragraph_may_open_the_text_and_headings_keep_their_lines_and_page():
    lines = [
        SourceLine("Un premier paragraphe", page=1),
        SourceLine("qui continue ici.", page=1),
        SourceLine("MARCHÉS", page=2, gap_before=True),
        SourceLine("CRIMINELS", page=2),
        SourceLine("Le second paragraphe.", page=3, gap_before=True),
    ]
    blocks = assemble(lines, _two_line_headings)
    assert [(b.text, b.page, b.heading is not None, b.source_lines) for b in blocks] == [
        ("Un premier paragraphe qui continue ici.", 1, False, [0, 1]),
        ("MARCHÉS CRIMINELS", 2, True, [2, 3]),
        ("Le second paragraphe.", 3, False, [4]),
    ]


def test_progress_is_the_share_of_lines_done_every_5000_lines():
    lines = [SourceLine(f"Ligne {n}.", gap_before=True) for n in range(12_000)]
    seen: list[float] = []
    blocks = assemble(lines, lambda _lines, _index: None, seen.append)
    assert seen == [0.0, 5000 / 12_000, 10_000 / 12_000]
    assert len(blocks) == 12_000
    assert len(assemble(lines[:10], lambda _lines, _index: None)) == 10  # no progress callback: none called


def test_a_word_broken_at_a_line_end_is_joined_whole():
    lines = [SourceLine("La lutte contre le blan-"), SourceLine("chiment d’argent progresse.")]
    [block] = assemble(lines, lambda _lines, _index: None)
    assert block.text == "La lutte contre le blanchiment d’argent progresse."
