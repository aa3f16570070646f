"""The edit distance behind fuzzy terms and suggestions: the fast one-edit check agrees with the full
computation on every pair of a small generated lexicon."""

from __future__ import annotations

import itertools

from db.search.lexicon import edit_distance_within, near_terms, within_one_edit

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


def test_one_edit_agrees_with_the_full_computation():
    for a, b in itertools.product(WORDS, repeat=2):
        assert within_one_edit(a, b) == edit_distance_within(a, b, 1), (a, b)


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
