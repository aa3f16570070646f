"""Running headers, footers and page numbers in text someone else extracted from a PDF.

pdftotext and most "save as text" exports separate pages with a form feed and keep each page's running
header ("GLOBAL ORGANIZED CRIME INDEX | COUNTRY"), footer and page number as ordinary lines. Left in, they
are glued into whatever paragraph a page break cuts, and a header naming a neighbouring country skews
detection. As the PDF reader does with positions, a line at a page's edge is dropped when it is a page
number or when the same line (numbers aside) stands at the edge of many pages.

Without form feeds the pages cannot be told apart; a line is then dropped only when it recurs many times
and every time next to a page number, which is how a header and a footer look once the breaks are gone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

FORM_FEED = "\f"
# Lines at each end of a page where running lines stand (header and title, footer and number).
_EDGE_LINES = 3
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of|sur|de)\s*\d{1,4})?$", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A running line is short: a sentence of the body is not repeated page after page, but a heading may be.
_RUNNING_MAX_WORDS = 14


def running_key(text: str) -> str:
    """Letters only, numbers as one mark: the same running line on every page, whatever its number."""
    return re.sub(r"[\W_]+", "", re.sub(r"\d+", "0", text.casefold()))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _edge_indexes(lines: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))


def _runs(text: str) -> bool:
    return 0 < len(text.split()) <= _RUNNING_MAX_WORDS


def drop_running_lines(text: str) -> tuple[str, int]:
    """The text without its running headers, footers and page numbers, and how many lines went.

    Pages stay separated by a form feed at the start of each page's first remaining line, so that the
    reader can mark the page break (which alone never ends a paragraph)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if FORM_FEED in text:
        return _drop_from_pages([page.split("\n") for page in text.split(FORM_FEED)])
    return _drop_beside_page_numbers(text.split("\n"))


def _drop_from_pages(pages: list[list[str]]) -> tuple[str, int]:
    if len(pages) < 3:
        return "\n".join(FORM_FEED.join(["", *p]) if i else "\n".join(p) for i, p in enumerate(pages)), 0
    repeats = Counter(
        key for page in pages for key in {running_key(page[i]) for i in _edge_indexes(page) if _runs(page[i])}
    )
    threshold = max(2, len(pages) // 2)
    dropped = 0
    kept_pages: list[list[str]] = []
    for page in pages:
        drop = {
            i
            for i in _edge_indexes(page)
            if is_page_number(page[i]) or (_runs(page[i]) and repeats[running_key(page[i])] >= threshold)
        }
        dropped += len(drop)
        kept_pages.append([line if i not in drop else "" for i, line in enumerate(page)])
    out: list[str] = []
    for number, page in enumerate(kept_pages):
        if number:
            first = next((i for i, line in enumerate(page) if line.strip()), None)
            if first is not None:
                page = [*page[:first], FORM_FEED + page[first].lstrip(), *page[first + 1 :]]
        out.extend(page)
    return "\n".join(out), dropped


def _drop_beside_page_numbers(lines: list[str]) -> tuple[str, int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    rank = {line_index: n for n, line_index in enumerate(filled)}  # distances count text lines only
    numbers = [rank[i] for i in filled if is_page_number(lines[i])]
    cutting = _numbers_cutting_a_sentence(lines, filled)
    if len(numbers) < 3:
        return "\n".join("" if i in cutting else line for i, line in enumerate(lines)), len(cutting)

    def near_number(index: int) -> bool:
        return _within(numbers, rank[index], _EDGE_LINES)

    positions: dict[str, list[int]] = {}
    for i in filled:
        if _runs(lines[i]) and not is_page_number(lines[i]):
            positions.setdefault(running_key(lines[i]), []).append(i)
    # Most of its occurrences beside a page number: the first page's header has none above it.
    drop = {
        i
        for found in positions.values()
        if len(found) >= 3 and sum(near_number(j) for j in found) * 3 >= len(found) * 2
        for i in found
    }
    # A page number goes with the running lines beside it; alone, a number may be a score or a count.
    dropped_ranks = sorted(rank[d] for d in drop)
    drop |= {i for i in filled if is_page_number(lines[i]) and _within(dropped_ranks, rank[i], _EDGE_LINES)}
    drop |= cutting
    return "\n".join("" if i in drop else line for i, line in enumerate(lines)), len(drop)


def _within(ordered: list[int], value: int, distance: int) -> bool:
    """Whether some number of `ordered` (ascending) is within `distance` of `value`: by bisection, since
    a long table of figures puts thousands of numbers on lines of their own."""
    at = bisect_left(ordered, value - distance)
    return at < len(ordered) and ordered[at] <= value + distance


def _numbers_cutting_a_sentence(lines: list[str], filled: list[int]) -> set[int]:
    """Page numbers standing between the two halves of a sentence: the text line before runs on (it ends
    in a lower-case letter, a comma or a line-end hyphen) and the one after goes on in lower case
    (« hacia la / 7 / frontera norte »). A score or a count alone on a line sits under a heading or before
    a capital, never inside a sentence; a year alone on a line may be wrapped text, so it stays."""
    cutting = set()
    for before, here, after in zip(filled, filled[1:], filled[2:], strict=False):
        text = lines[here].strip()
        if not is_page_number(text) or _YEAR.match(text):
            continue
        previous, following = lines[before].rstrip(), lines[after].lstrip().lstrip(FORM_FEED)
        runs_on = previous[-1:].islower() or previous[-1:] in (",", "-")
        if runs_on and following[:1].islower():
            cutting.add(here)
    return cutting
