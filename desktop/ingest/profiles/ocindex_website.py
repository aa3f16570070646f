"""The Index's country page as its website shows it: copied from the browser, saved as HTML, or in a
Word file made from it.

Every indicator has its own heading, in sentence case, with its score beside it ("Human trafficking
6.50", "Traite des personnes 6,50", or the score alone on the next line). The paragraph under an
indicator heading gets that indicator from its heading, whatever order the blocks come in; the score is
the document's stated score for the indicator, never text.

Around the content sit menus, score lists, indicator definitions and footers. What is not under an
indicator heading is set aside and counted: prose as a note, the rest (menu items, labels, score rows,
definitions) dropped as page furniture. When the source marks headings itself (HTML h1–h6, Word
heading styles, PDF typography), only marked lines are headings, whatever their letter case.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from desktop.ingest.assemble import Block, HeadingMatch, ends_sentence
from desktop.ingest.lines import SourceLine
from desktop.ingest.profiles.base import DocumentContext, ReportProfile, Structure, is_upper_line, loose_key
from domain.records import ParsedParagraph, ParsedSection
from domain.taxonomy import load_taxonomy

WEBSITE = "website"
STRAY = "stray"
PILLAR, SECTION, INDICATOR = 1, 2, 3
# "Human trafficking 6.50", "Traite des personnes 6,50", "Cocaine trade: 8.0", "Prevention 7/10".
_SCORED = re.compile(r"^(?P<name>.*?\D)[\s:–-]+(?P<score>\d{1,2}(?:[.,]\d{1,2})?)(?:\s*/\s*10)?$")
_BARE_SCORE = re.compile(r"^(?P<score>\d{1,2}(?:[.,]\d{1,2})?)(?:\s*/\s*10)?$")
# A label, a menu item or a list title: short, not a sentence.
_LABEL_WORDS = 8
# A paragraph explains: it is a sentence of some length.
_PROSE_WORDS = 8
# Indicators with headings of their own that make a document a country page (a report with a chapter
# or two named like indicators is not one).
WEBSITE_MIN_INDICATORS = 6
# A country page, even printed or made into a long Word file, has a few hundred lines.
_MAX_PAGE_LINES = 5000
FURNITURE = "page furniture"
NOTES = "notes"


class Named(NamedTuple):
    level: int
    key: str


@cache
def known_names() -> dict[str, Named]:
    """Every name of a pillar, section or indicator in the three languages, by `loose_key`. An
    indicator named like its section ("Financial crimes") is the indicator: its heading announces its
    paragraph."""
    taxonomy = load_taxonomy()
    names: dict[str, Named] = {}
    for level, entries in ((PILLAR, taxonomy.pillars), (SECTION, taxonomy.sections)):
        for entry in entries:
            spellings = [*entry.names.values(), *(h for hs in entry.headings.values() for h in hs)]
            for spelling in spellings:
                names[loose_key(spelling)] = Named(level, entry.key)
    for indicator in taxonomy.indicators:
        for spelling in indicator.names.values():
            names[loose_key(spelling)] = Named(INDICATOR, indicator.key)
    return names


def split_score(text: str) -> tuple[str, float | None]:
    """A heading's name and the score printed beside it, if one is (0–10)."""
    match = _SCORED.match(text)
    if match:
        value = float(match.group("score").replace(",", "."))
        if value <= 10:
            return match.group("name").strip(), value
    return text, None


def bare_score(text: str) -> float | None:
    match = _BARE_SCORE.match(text)
    if match:
        value = float(match.group("score").replace(",", "."))
        return value if value <= 10 else None
    return None


def named_heading(text: str) -> Named | None:
    name, _score = split_score(text)
    return known_names().get(loose_key(name))


def website_indicator_headings(lines: list[SourceLine]) -> tuple[int, int]:
    """Distinct indicators announced by a heading line of their own: (marked by the source, any).

    A line that ends a sentence ("…and prevention.") is the end of a wrapped paragraph, not a heading.
    A document of more lines than a country page could have (the Index's global report, with a chapter
    per indicator) is not one."""
    marked: set[str] = set()
    unmarked: set[str] = set()
    if len(lines) > _MAX_PAGE_LINES:
        return 0, 0
    for line in lines:
        if len(line.text) > 90 or ends_sentence(line.text):
            continue
        if line.heading_level is None and is_upper_line(line.text):
            continue  # "HUMAN TRAFFICKING": the PDF summary's typesetting, which its own layout reads
        found = named_heading(line.text)
        if found is not None and found.level == INDICATOR:
            (marked if line.heading_level is not None else unmarked).add(found.key)
    return len(marked), len(marked | unmarked)


def _standalone(lines: list[SourceLine], index: int) -> bool:
    """A line that cannot continue the line before: it follows a gap, a sentence's end, or a line that
    is itself a heading or a label ("People" above "Human trafficking 6.50")."""
    if index == 0 or lines[index].gap_before or lines[index].break_before:
        return True
    before = lines[index - 1].text
    return ends_sentence(before) or bare_score(before) is not None or _is_label(before)


def _is_label(text: str) -> bool:
    return len(text.split()) <= _LABEL_WORDS and not ends_sentence(text) and not text.endswith((",", ";"))


def _is_prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and ends_sentence(text)


def _is_definition(text: str) -> bool:
    """ "Human trafficking: the recruitment of…": a glossary entry, not a country's paragraph."""
    head, colon, _rest = text.partition(":")
    return bool(colon) and len(head) <= 90 and loose_key(head) in known_names()


class OCIndexWebsiteLayout(ReportProfile):
    """One document's reading of the website layout: `marked` says whether its source marks headings."""

    name = "ocindex"
    layout = WEBSITE

    def __init__(self, marked: bool) -> None:
        self.marked = marked

    def detect(self, lines: list[SourceLine]) -> float:
        _marked, found = website_indicator_headings(lines)
        return 1.0 if found >= WEBSITE_MIN_INDICATORS else 0.0

    def match_heading(self, lines: list[SourceLine], index: int) -> HeadingMatch | None:
        line = lines[index]
        if self.marked and line.heading_level is None:
            return None  # the source says this is text, whatever its letter case
        if line.heading_level is None and not _standalone(lines, index):
            return None
        found = named_heading(line.text) if len(line.text) <= 90 else None
        if found is not None:
            used = 1
            following = lines[index + 1] if index + 1 < len(lines) else None
            if (
                split_score(line.text)[1] is None
                and following is not None
                and following.heading_level is None
                and bare_score(following.text) is not None
            ):
                used = 2  # the score printed on the line after the heading
            title = " ".join(lines[i].text for i in range(index, index + used))
            return HeadingMatch(title, found.level, found.key, used)
        following = lines[index + 1] if index + 1 < len(lines) else None
        continued = following is not None and not following.gap_before and following.text[:1].islower()
        if line.heading_level is not None or (_is_label(line.text) and not continued):
            return HeadingMatch(line.text, INDICATOR, STRAY, 1)
        return None

    def structure(self, blocks: list[Block], context: DocumentContext) -> Structure:
        taxonomy = load_taxonomy()
        language = context.language
        owned: dict[str, list[Block]] = {}
        scores_owning: dict[str, float] = {}
        scores_listed: dict[str, float] = {}
        notes: list[str] = []
        counts = {FURNITURE: 0, NOTES: 0}
        current: str | None = None
        pending_heading: str | None = None  # an indicator heading that has not had a paragraph yet
        pending_score: float | None = None

        def close_heading() -> None:
            # An indicator heading with no paragraph under it is a row of a score list.
            if pending_heading is not None:
                counts[FURNITURE] += 1

        for block in blocks:
            heading = block.heading
            if heading is not None:
                close_heading()
                pending_heading, pending_score, current = None, None, None
                if heading.key is None or heading.key == STRAY:
                    counts[FURNITURE] += 1
                elif heading.level == INDICATOR:
                    score = split_score(block.text)[1]
                    current = pending_heading = heading.key
                    pending_score = score
                    if score is not None:
                        scores_listed.setdefault(heading.key, score)
                continue
            text = block.text
            if _is_definition(text):
                counts[FURNITURE] += 1
            elif current is None or not _is_prose(text):
                if _is_prose(text):
                    notes.append(text)
                    counts[NOTES] += 1
                else:
                    counts[FURNITURE] += 1
            else:
                owned.setdefault(current, []).append(block)
                if pending_heading is not None and pending_score is not None:
                    scores_owning.setdefault(current, pending_score)
                pending_heading = None
        close_heading()

        sections: list[ParsedSection] = []
        ordered: list[Block] = []
        for pillar in taxonomy.pillars:
            pillar_node = ParsedSection(pillar.name(language), 1, pillar.key)
            containers = [(pillar_node, pillar.key)] + [
                (ParsedSection(s.name(language), 2, s.key), s.key)
                for s in taxonomy.sections
                if s.pillar == pillar.key
            ]
            for node, key in containers:
                for indicator in taxonomy.indicators_under(key, None):
                    for block in owned.get(indicator.key, []):
                        node.paragraphs.append(ParsedParagraph(block.text, 0, 0, indicator.key, block.page))
                        ordered.append(block)
                if node is not pillar_node and node.paragraphs:
                    pillar_node.sections.append(node)
            if pillar_node.paragraphs or pillar_node.sections:
                sections.append(pillar_node)
        stated = {**scores_listed, **scores_owning}
        title = _TITLES.get(language, _TITLES["en"]).format(
            country=context.country_name or "?", edition=context.edition or ""
        )
        return Structure(title.strip(), sections, ordered, notes, stated, counts)


_TITLES = {
    "fr": "{country} : page pays {edition}",
    "en": "{country}: country page {edition}",
    "es": "{country}: página de país {edition}",
}
