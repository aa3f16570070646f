"""Re-anchoring quote selectors (exact text, prefix, suffix, offsets) onto a revised document text.

This is the TextQuoteSelector idea of the W3C Web Annotation model: the quote is the truth, offsets are
a hint. A quote that no longer occurs is reported as orphaned, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

CONTEXT_LENGTH = 32


@dataclass(frozen=True)
class QuoteSelector:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def selector_for(text: str, start: int, end: int) -> QuoteSelector:
    return QuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_LENGTH) : start],
        suffix=text[end : end + CONTEXT_LENGTH],
        start=start,
        end=end,
    )


def _common_suffix_length(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix_length(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def reanchor(selector: QuoteSelector, text: str) -> tuple[int, int] | None:
    """The best place for the quote in `text`: most context matched, then nearest the old offset."""
    if not selector.exact:
        return None
    best: tuple[int, int, int] | None = None  # (-context, distance, start)
    position = text.find(selector.exact)
    while position != -1:
        end = position + len(selector.exact)
        context = _common_suffix_length(text[max(0, position - CONTEXT_LENGTH) : position], selector.prefix)
        context += _common_prefix_length(text[end : end + CONTEXT_LENGTH], selector.suffix)
        candidate = (-context, abs(position - selector.start), position)
        if best is None or candidate < best:
            best = candidate
        position = text.find(selector.exact, position + 1)
    if best is None:
        return None
    return best[2], best[2] + len(selector.exact)


def place(
    selector: QuoteSelector, text: str, paragraphs: Iterable[tuple[int, int, int]]
) -> tuple[QuoteSelector, int | None] | None:
    """Where a quote now is in `text`: its fresh selector and the paragraph (id, start, end) holding the
    whole span, or None for the paragraph when it crosses a heading or two paragraphs. None when the quote
    is not in the text at all (an orphan). The paragraph is found by the span, never by a stored id: ids
    are reused by a new version of the document, and an old id may now hold other text."""
    found = reanchor(selector, text)
    if found is None:
        return None
    fresh = selector_for(text, *found)
    holder = next((pid for pid, s, e in paragraphs if s <= fresh.start and fresh.end <= e), None)
    return fresh, holder
