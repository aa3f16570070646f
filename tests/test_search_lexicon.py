"""The edit distance behind fuzzy terms and suggestions: RapidFuzz's optimal string alignment agrees with
a plain dynamic programme written here on every pair of a small lexicon, and the length-grouped lexicon
finds what a scan of every term finds."""

from __future__ import annotations

import itertools

from db.search.lexicon import Lexicon, edit_distance_within, near_terms

WORDS = [
    "cocain",
    "cocian",
    "ocain",
    "cocaine",
    "cocai",
    "cacain",
    "coacin",
    "heroin",
    "hreoin",
    "port",
    "prot",
    "pot",
    "sport",
    "",
    "a",
    "ab",
    "ba",
    "abc",
    "acb",
    "trafic",
    "trafficking",
    "trafiquant",
]


def reference_distance(a: str, b: str) -> int:
    """Optimal string alignment: insert, delete, substitute, or swap two neighbours, one edit each."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        table[i][0] = i
    for j in range(len(b) + 1):
        table[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[len(a)][len(b)]


def test_distance_agrees_with_the_reference_on_every_pair():
    for a, b in itertools.product(WORDS, repeat=2):
        for limit in (0, 1, 2):
            assert edit_distance_within(a, b, limit) == (reference_distance(a, b) <= limit), (a, b, limit)


def test_the_lexicon_by_length_finds_what_a_full_scan_finds():
    lexicon = Lexicon(WORDS)
    for word in ["cocain", "hreoin", "prot", "trafic", "x", ""]:
        for limit in (1, 2):
            expected = sorted(w for w in WORDS if reference_distance(word, w) <= limit)
            assert sorted(lexicon.near(word, limit)) == expected, (word, limit)


def test_swaps_count_as_one_edit_and_lengths_are_bounded():
    assert edit_distance_within("hreoin", "heroin", 1)
    assert edit_distance_within("cocain", "coacin", 1)  # one swap
    assert not edit_distance_within("cocain", "cacian", 1) and edit_distance_within("cocain", "cacian", 2)
    lexicon = [(w, n) for n, w in enumerate(WORDS)]
    assert [t for t, _ in near_terms("cocain", lexicon, 1)] == [
        "cocain",
        "cocian",
        "ocain",
        "cocaine",
        "cocai",
        "cacain",
        "coacin",
    ]
