"""Snippets: the best window of a paragraph, with every word the query matched marked.

Matching is done on analysed terms, with the paragraph's own analyzer, so `cocaine` marks `cocaïne`,
`prison` marks `prisons`, and `Antwerp` marks `Anvers` through the alias table.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from db.search.aliases import AliasTable
from db.search.analysis import plain_analyzer, positioned_terms, terms

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
SNIPPET_LENGTH = 260


def highlight_terms(language: str, matched: dict[str, set[str]], aliases: AliasTable) -> set[str]:
    """The analysed terms to mark in a paragraph of `language`."""
    wanted = set(matched.get(language, set()))
    for alias_term in matched.get("aliases", set()):
        wanted.update(_alias_terms(aliases, alias_term, language))
    return wanted


@lru_cache(maxsize=4096)
def _alias_terms(aliases: AliasTable, alias_term: str, language: str) -> frozenset[str]:
    """Every name of the groups an alias term belongs to, analysed as `language` text. Of a longer name
    (port d'Anvers) only the words that are names by themselves are marked, not `port`."""
    single = aliases.single_word_names()
    wanted: set[str] = set()
    for group in aliases.group_of(alias_term):
        for name in group.names:
            plain = [token.text for token in plain_analyzer()(name)]
            kept = name if len(plain) == 1 else " ".join(word for word in plain if word in single)
            wanted.update(terms(language, kept))
    return frozenset(wanted)


def match_spans(text: str, language: str, wanted: set[str]) -> list[tuple[int, int]]:
    return [(start, end) for term, start, end in positioned_terms(language, text) if term in wanted]


def make_snippet(text: str, spans: list[tuple[int, int]], length: int = SNIPPET_LENGTH) -> str:
    """HTML-escaped text around the densest run of matches, matches wrapped in <mark>.

    The densest run is found by a sliding window over the sorted spans, in time linear in their
    number (a 2 MB paragraph can hold 100,000 matches): for each span's start, the window holds the
    spans that start at or after it and end within `length` of it; the first of the fullest wins.
    """
    spans = sorted(spans)
    if not spans:
        start, end = 0, min(len(text), length)
    else:
        best_start, best_count = spans[0][0], 0
        low = high = 0  # spans[low:high] start at or after `first` and end within the window
        for first, _ in spans:
            while spans[low][0] < first:
                low += 1
            high = max(high, low)
            while high < len(spans) and spans[high][1] <= first + length:
                high += 1
            if high - low > best_count:
                best_start, best_count = first, high - low
        start = max(0, best_start - length // 4)
        end = min(len(text), start + length)
        start = max(0, min(start, end - length))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > end - 30 else end
    pieces = ["…" if start > 0 else ""]
    cursor = start
    for s, e in spans:
        if s < start or e > end:
            continue
        pieces.append(escape(text[cursor:s]))
        pieces.append(MARK_OPEN + escape(text[s:e]) + MARK_CLOSE)
        cursor = e
    pieces.append(escape(text[cursor:end]))
    pieces.append("…" if end < len(text) else "")
    return "".join(pieces)
