"""The analyzer's fast paths (terms, positioned, fold_text, typography) give exactly what the token
stream and str.translate give: the index is fed by the fast paths, queries go through the tokens."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.search.analysis import (
    FOLDING,
    TYPOGRAPHY,
    analyzer_for,
    fold_text,
    plain_analyzer,
    positioned_terms,
    terms,
    typography,
)

# Letters that matter to the analysis: accents, ligatures, typographic quotes and dashes, combining
# accents, letters that lengthen when lowered (İ), apostrophes of elisions, and plain words.
ALPHABET = st.sampled_from(
    [
        *"abcdeéèêëàâîïôöùûüçñœæßøđłİIKSÉÀÇŒ  '’‘ʼ`´«»“”„-‐–—−\u00a0\u202f.,;:!?0123456789",
        *["\u0301", "\u0300", "d’", "l'", "qu’", "jusqu’", "aujourd’hui", "Anvers"],
        *["sécurité", "organización"],
    ]
)
TEXTS = st.lists(ALPHABET, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(["fr", "en", "es"]))
def test_terms_and_positions_equal_the_token_stream(text: str, language: str) -> None:
    analyzer = analyzer_for(language)
    tokens = [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, positions=True)]
    assert positioned_terms(language, text) == tokens
    assert terms(language, text) == [term for term, _, _ in tokens]
    assert plain_analyzer().terms(text) == [t.text for t in plain_analyzer()(text)]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_folding_and_typography_equal_translate(text: str) -> None:
    lowered = text.lower()
    assert fold_text(lowered) == lowered.translate(FOLDING)
    assert typography(text) == text.translate(TYPOGRAPHY)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le port d’Anvers", [("port", 3, 7), ("anver", 10, 16)]),
        ("es", "La organización", [("organiz", 3, 15)]),
        ("en", "“Cocaine” — routes", [("cocain", 1, 8), ("rout", 12, 18)]),
    ],
)
def test_positioned_terms_of_known_texts(language: str, text: str, expected: list) -> None:
    assert positioned_terms(language, text) == expected


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_alias_matching_words_equal_the_folded_text_split(text: str) -> None:
    """Names are matched on words split before folding (folded once per spelling): the same words as
    splitting the folded text."""
    import re

    from db.search.aliases import _match_tokens
    from db.search.analysis import fold

    assert _match_tokens(text) == re.findall(r"\w+", fold(text))
