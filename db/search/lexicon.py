"""Looking up indexed terms near a typed one, for suggestions and for marking fuzzy matches."""

from __future__ import annotations


def edit_distance_within(a: str, b: str, limit: int) -> bool:
    """Whether `a` and `b` are at most `limit` edits apart (insert, delete, substitute, swap two
    neighbours), computed only as far as needed: most lexicon terms fail on length alone."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    previous_previous: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous_previous is not None and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, previous_previous[j - 2] + 1)
            current[j] = best
        if min(current) > limit:
            return False
        previous_previous, previous = previous, current
    return previous[len(b)] <= limit


def within_one_edit(a: str, b: str) -> bool:
    """`edit_distance_within(a, b, 1)` by comparing slices (in C): a fuzzy query scans thousands of
    lexicon terms, most of them one letter off at most in length."""
    if a == b:
        return True
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(b))
    if len(a) != len(b):
        return a[i + 1 :] == b[i:]
    return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])


def near_terms(word: str, candidates: list[tuple[str, int]], limit: int) -> list[tuple[str, int]]:
    """The (term, document frequency) pairs within `limit` edits of `word`."""
    size = len(word)
    close = [(term, freq) for term, freq in candidates if abs(len(term) - size) <= limit]
    if limit == 1:
        return [(term, freq) for term, freq in close if within_one_edit(word, term)]
    return [(term, freq) for term, freq in close if edit_distance_within(word, term, limit)]
