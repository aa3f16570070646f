"""Looking up indexed terms near a typed one, for suggestions and for marking fuzzy matches.

Distances are RapidFuzz's optimal string alignment (insert, delete, substitute, swap two neighbours:
one edit each), the distance tantivy's fuzzy automaton counts, computed in C++: a fuzzy query compares
the typed word with thousands of lexicon terms.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA


def edit_distance_within(a: str, b: str, limit: int) -> bool:
    """Whether `a` and `b` are at most `limit` edits apart."""
    return bool(OSA.distance(a, b, score_cutoff=limit) <= limit)


def near_terms(word: str, candidates: list[tuple[str, int]], limit: int) -> list[tuple[str, int]]:
    """The (term, document frequency) pairs within `limit` edits of `word`, in the candidates' order."""
    size = len(word)
    close = [(term, freq) for term, freq in candidates if abs(len(term) - size) <= limit]
    found = process.extract_iter(word, [term for term, _ in close], scorer=OSA.distance, score_cutoff=limit)
    return [close[index] for _, _, index in found]


class Lexicon:
    """One field's indexed terms grouped by length, read once per state of the index: a fuzzy word is
    compared only with the terms whose length can be within its distance."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._by_length: dict[int, list[str]] = {}
        for term in terms:
            self._by_length.setdefault(len(term), []).append(term)

    def near(self, word: str, limit: int) -> list[str]:
        """The terms within `limit` edits of `word`."""
        found: list[str] = []
        for length in range(max(0, len(word) - limit), len(word) + limit + 1):
            same_length = self._by_length.get(length)
            if same_length:
                matches = process.extract_iter(word, same_length, scorer=OSA.distance, score_cutoff=limit)
                found.extend(term for term, _, _ in matches)
        return found
