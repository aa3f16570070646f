"""Saying what was understood: the detail of a file's import line.

`imported (Nigeria: country page 2023, website layout, 32 paragraphs, 32 indicators; 41 blocks of page
furniture set aside, 2 notes kept)`: the profile's layout, how much became paragraphs and indicators, and
what was set aside, so that an analyst sees at once when a report was not read as it should have been.
"""

from __future__ import annotations

from domain.records import ImportStatus, ParsedDocument, StoreOutcome


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def import_detail(parsed: ParsedDocument, outcome: StoreOutcome) -> str:
    """The words between the parentheses of a successful import line."""
    paragraphs = parsed.paragraphs()
    indicators = {p.indicator_key for p in paragraphs if p.indicator_key}
    said = [
        outcome.title,
        f"{parsed.layout} layout",
        _count(outcome.paragraph_count, "paragraph", "paragraphs"),
    ]
    if parsed.profile != "generic":
        said.append(_count(len(indicators), "indicator", "indicators"))
    if outcome.status is ImportStatus.NEW_VERSION:
        said.append(f"version {outcome.version}")
    aside: list[str] = []
    furniture = parsed.set_aside.get("page furniture", 0)
    if furniture:
        aside.append(f"{_count(furniture, 'block', 'blocks')} of page furniture set aside")
    if parsed.notes:
        aside.append(f"{_count(len(parsed.notes), 'note', 'notes')} kept")
    if parsed.stated_scores:
        aside.append(f"{_count(len(parsed.stated_scores), 'stated score', 'stated scores')} read")
    if parsed.edition_note:
        aside.append(parsed.edition_note)
    return ", ".join(said) + ("; " + ", ".join(aside) if aside else "")
