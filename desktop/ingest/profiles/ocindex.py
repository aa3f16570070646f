"""The Global Organized Crime Index country summaries, in French, English and Spanish.

They have three pillars (criminal markets, criminal actors, resilience); markets and resilience have
sections, actors' paragraphs hang under the pillar. Each paragraph explains one indicator, in the
taxonomy's order, so order gives the indicator; when a section has more or fewer paragraphs than the
edition's taxonomy says, paragraphs are aligned to indicators by the words they share.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property

from desktop.ingest.assemble import Block, HeadingMatch, ends_sentence
from desktop.ingest.lines import SourceLine
from desktop.ingest.profiles.base import DocumentContext, ReportProfile, Structure, heading_key, is_upper_line
from desktop.ingest.profiles.generic import standalone, wrapped_upper_heading
from desktop.ingest.profiles.ocindex_website import (
    INDICATOR,
    WEBSITE_MIN_INDICATORS,
    OCIndexWebsiteLayout,
    bare_score,
    named_heading,
    split_score,
    website_indicator_headings,
)
from domain.records import ParsedParagraph, ParsedSection
from domain.taxonomy import Indicator, Taxonomy, load_taxonomy

_TITLES = {
    "fr": "{country} : résumé pays {edition}",
    "en": "{country}: country summary {edition}",
    "es": "{country}: resumen de país {edition}",
}
_STRAY = "stray"
_INDICATOR_LEVEL = 3
# Distinct pillar and section headings that make a document an Index summary: an observatory's page with
# a "Drugs" chapter is not one, and reading it as one links its paragraphs to indicators by their order.
_MIN_KNOWN_HEADINGS = 3
_WORD = re.compile(r"[^\W\d_]{4,}")


def _stems(text: str) -> set[str]:
    """Crude language-neutral stems: accent-free, case-folded, first five letters of longer words."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return {word[:5] for word in _WORD.findall(plain)}


class OCIndexProfile(ReportProfile):
    """The PDF summary layout, and the door to the website layout (profiles/ocindex_website.py)."""

    name = "ocindex"
    layout = "pdf summary"

    @cached_property
    def taxonomy(self) -> Taxonomy:
        return load_taxonomy()

    @cached_property
    def _known_headings(self) -> dict[str, tuple[str, int]]:
        known: dict[str, tuple[str, int]] = {}
        for level, entries in ((1, self.taxonomy.pillars), (2, self.taxonomy.sections)):
            for entry in entries:
                for headings in entry.headings.values():
                    for heading in headings:
                        known[heading_key(heading)] = (entry.key, level)
        return known

    def detect(self, lines: list[SourceLine]) -> float:
        found = {
            self._known_headings[heading_key(line.text)][0]
            for line in lines
            if (is_upper_line(line.text) or line.heading_level is not None)
            and heading_key(line.text) in self._known_headings
        }
        summary = min(1.0, len(found) / 6) if len(found) >= _MIN_KNOWN_HEADINGS else 0.0
        return max(summary, OCIndexWebsiteLayout(False).detect(lines))

    def for_lines(self, lines: list[SourceLine]) -> ReportProfile:
        """The website layout when six or more indicators have headings of their own (a PDF summary has
        none; another publisher's report with a chapter on cocaine is not a country page)."""
        _marked, found = website_indicator_headings(lines)
        if found >= WEBSITE_MIN_INDICATORS:
            return OCIndexWebsiteLayout(marked=any(line.heading_level is not None for line in lines))
        return self

    def match_heading(self, lines: list[SourceLine], index: int) -> HeadingMatch | None:
        # Upper case, or whatever case when the source marks the line as a heading.
        if not is_upper_line(lines[index].text) and lines[index].heading_level is None:
            return None
        for used in (1, 2, 3):
            if index + used > len(lines):
                break
            candidate = " ".join(lines[i].text for i in range(index, index + used))
            known = self._known_headings.get(heading_key(candidate))
            if known:
                return HeadingMatch(candidate, known[1], known[0], used)
            indicator = self._indicator_heading(lines, index, used, candidate)
            if indicator is not None:
                return indicator
            if used < 3 and index + used < len(lines) and not is_upper_line(lines[index + used].text):
                break
        # An upper-case line the taxonomy does not know: kept as a note, never as a section, so that it
        # cannot shift the indicators of the section it falls in. A line the source marks as a heading
        # is one too, whatever its case: never glued to the paragraph under it.
        if lines[index].heading_level is not None:
            return HeadingMatch(lines[index].text, _INDICATOR_LEVEL, _STRAY, 1)
        if standalone(lines, index):
            used = wrapped_upper_heading(lines, index)
            if used:
                title = " ".join(lines[i].text for i in range(index, index + used))
                return HeadingMatch(title, 3, _STRAY, used)
        return None

    def _indicator_heading(
        self, lines: list[SourceLine], index: int, used: int, candidate: str
    ) -> HeadingMatch | None:
        """An indicator's own heading in capitals ("HUMAN TRAFFICKING"), with its score when the next line
        holds it alone ("5.50"): the paragraph under it is that indicator's, whatever the order."""
        if not all(is_upper_line(lines[i].text) for i in range(index, index + used)):
            return None
        named = named_heading(candidate)
        if named is None or named.level != INDICATOR:
            return None
        after = index + used
        if (
            split_score(candidate)[1] is None
            and after < len(lines)
            and bare_score(lines[after].text) is not None
        ):
            candidate, used = f"{candidate} {lines[after].text}", used + 1
        return HeadingMatch(candidate, _INDICATOR_LEVEL, named.key, used)

    def _is_note(self, text: str) -> bool:
        folded = text.casefold()
        return any(folded.startswith(m.casefold()) for ms in self.taxonomy.notes.values() for m in ms)

    def structure(self, blocks: list[Block], context: DocumentContext) -> Structure:
        language = context.language
        sections: list[ParsedSection] = []
        notes: list[str] = []
        pillar: ParsedSection | None = None
        container: ParsedSection | None = None
        containers: list[tuple[ParsedSection, list[Block]]] = []
        block_lists: dict[int, list[Block]] = {}

        def open_container(section: ParsedSection) -> ParsedSection:
            block_lists[id(section)] = []
            containers.append((section, block_lists[id(section)]))
            return section

        # The indicator an indicator heading announced, for the paragraphs under it (None: order decides).
        announced: str | None = None
        # The cover's first heading in capitals: the summary's country, named even when no list knows it.
        cover_name: str | None = None
        stated: dict[str, float] = {}
        headed: dict[int, str | None] = {}
        # Positions, in their container, of bulleted items that follow a paragraph: they belong to that
        # paragraph's indicator and take no place of their own in the order.
        items_of: dict[int, set[int]] = {}
        for block in blocks:
            heading = block.heading
            if (
                heading is not None
                and heading.level == _INDICATOR_LEVEL
                and heading.key not in (None, _STRAY)
            ):
                announced = key = str(heading.key)
                score = split_score(block.text)[1]
                if score is not None:
                    stated.setdefault(key, score)
                continue
            if heading is not None:
                announced = None
            if heading is not None and heading.key == _STRAY:
                notes.append(f"Unrecognised heading: {block.text}")
                if container is None and cover_name is None:
                    cover_name = block.text
            elif heading is not None and heading.level == 1:
                entry = next(p for p in self.taxonomy.pillars if p.key == heading.key)
                pillar = open_container(ParsedSection(block.text, 1, entry.key))
                sections.append(pillar)
                container = pillar
            elif heading is not None:
                entry = next(s for s in self.taxonomy.sections if s.key == heading.key)
                if pillar is None or pillar.key != entry.pillar:
                    parent = next(p for p in self.taxonomy.pillars if p.key == entry.pillar)
                    pillar = open_container(ParsedSection(parent.name(language).upper(), 1, parent.key))
                    sections.append(pillar)
                container = open_container(ParsedSection(block.text, 2, entry.key))
                pillar.sections.append(container)
            elif self._is_note(block.text) or (container is None and not ends_sentence(block.text)):
                # Before the first pillar, a line that is no sentence is the cover's ("Global Organized
                # Crime Index 2021", a date, a byline): a note, not a paragraph of evidence.
                notes.append(block.text)
            else:
                if container is None:
                    container = open_container(ParsedSection("PREAMBLE", 1, None))
                    sections.append(container)
                if block.list_item and container.paragraphs:
                    items_of.setdefault(id(container), set()).add(len(container.paragraphs))
                container.paragraphs.append(ParsedParagraph(block.text, 0, 0, None, block.page))
                block_lists[id(container)].append(block)
                headed[id(container.paragraphs[-1])] = announced

        for section, _ in containers:
            if section.key and section.paragraphs:
                expected = self.taxonomy.indicators_under(section.key, context.edition)
                bulleted = items_of.get(id(section), set())
                leads = [p for n, p in enumerate(section.paragraphs) if n not in bulleted]
                for paragraph, indicator in zip(leads, _align(leads, expected), strict=True):
                    paragraph.indicator_key = indicator.key if indicator else None
                for n in sorted(bulleted):
                    section.paragraphs[n].indicator_key = section.paragraphs[n - 1].indicator_key
                if any(headed.get(id(p)) for p in section.paragraphs):
                    # The section's indicators have headings of their own: they decide, not the order.
                    for paragraph in section.paragraphs:
                        paragraph.indicator_key = headed.get(id(paragraph))
        # Paragraph blocks in tree order, the order the pipeline lays spans out in.
        ordered = [block for section in _walk(sections) for block in block_lists.get(id(section), [])]
        country = context.country_name or (cover_name.title() if cover_name else "?")
        title = (
            _TITLES.get(language, _TITLES["en"])
            .format(country=country, edition=context.edition or "")
            .strip()
        )
        return Structure(title, sections, ordered, notes, stated)


def _walk(sections: list[ParsedSection]) -> list[ParsedSection]:
    return [s for top in sections for s in top.walk()]


def _align(paragraphs: list[ParsedParagraph], indicators: list[Indicator]) -> list[Indicator | None]:
    """Order-preserving match of paragraphs to indicators; one to one by position when counts agree."""
    if len(paragraphs) == len(indicators):
        return list(indicators)
    p_stems = [_stems(p.text[:400]) for p in paragraphs]
    i_stems = [set().union(*(_stems(n) for n in i.names.values())) for i in indicators]
    rows, cols = len(paragraphs), len(indicators)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            take = len(p_stems[r] & i_stems[c]) + 0.1 + best[r + 1][c + 1]
            best[r][c] = max(take, best[r + 1][c], best[r][c + 1])
    result: list[Indicator | None] = []
    r = c = 0
    while r < rows:
        if c < cols and best[r][c] == len(p_stems[r] & i_stems[c]) + 0.1 + best[r + 1][c + 1]:
            result.append(indicators[c])
            r, c = r + 1, c + 1
        elif c < cols and best[r][c] == best[r][c + 1]:
            c += 1
        else:
            result.append(None)
            r += 1
    return result
