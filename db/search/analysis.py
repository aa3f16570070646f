"""Text analysis for French, English and Spanish: the same steps for indexed text and for queries.

typography (’ ‘ ʼ → ', dashes) → lower case → French elisions split off (d’Anvers → anvers) →
stop words → Snowball stemming → accent folding. Stemming comes before folding because the Snowball
stemmers expect accented words; folding after it makes `cocaine` and `cocaïne` one term.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.analysis.acore import Token
from whoosh.support.charset import accent_map

LANGUAGES = ("fr", "en", "es")

TYPOGRAPHY = str.maketrans(
    {
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
        "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
        "\u00a0": " ", "\u202f": " ",
    }
)  # fmt: skip

# Words, with apostrophes inside them kept, so that elisions can be split off as a whole.
WORD_PATTERN = r"\w+(?:['’‘ʼ]\w+)*"

FRENCH_ELISIONS = frozenset("l d qu j n s c m t jusqu lorsqu puisqu quoiqu presqu".split())

# Short stop lists: function words only, so that phrases keep their meaning words.
STOP_WORDS = {
    "fr": frozenset(
        "le la les un une des du de et en au aux à a ce ces cet cette est sont il ils elle elles on se "
        "sa son ses leur leurs qui que dans par pour sur avec ou ne pas plus".split()
    ),
    "en": frozenset(
        "the a an and of to in on for by with as at is are was were be been it its this that these those "
        "or from has have had which".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas de del y en a al por para con que se su sus es son lo como o".split()
    ),
}


def normalise_typography(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(TYPOGRAPHY)


def fold(text: str) -> str:
    """Case- and accent-free form of a text, as the analyzers fold terms."""
    decomposed = unicodedata.normalize("NFKD", normalise_typography(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class TypographyFilter(Filter):  # type: ignore[misc]  # whoosh has no type hints
    """Typographic apostrophes and dashes become plain ones, in documents and queries alike."""

    def __call__(self, tokens: object) -> object:
        for token in tokens:  # type: ignore[attr-defined]
            token.text = token.text.translate(TYPOGRAPHY)
            yield token


class ElisionFilter(Filter):  # type: ignore[misc]
    """d'anvers → anvers, qu'il → il, jusqu'à → à. Keeps aujourd'hui whole."""

    def __init__(self, elisions: frozenset[str]) -> None:
        self.elisions = elisions

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ElisionFilter) and other.elisions == self.elisions

    def __call__(self, tokens: object) -> object:
        for token in tokens:  # type: ignore[attr-defined]
            text: str = token.text
            if "'" in text:
                head, _, rest = text.partition("'")
                if head in self.elisions and rest:
                    token.text = rest
                    if token.chars:
                        token.startchar += len(head) + 1
            yield token


def _pipeline(language: str, stem: bool) -> Analyzer:
    analyzer = RegexTokenizer(WORD_PATTERN) | TypographyFilter() | LowercaseFilter()
    if language == "fr":
        analyzer = analyzer | ElisionFilter(FRENCH_ELISIONS)
    analyzer = analyzer | StopFilter(stoplist=STOP_WORDS.get(language, frozenset()), minsize=1)
    if stem:
        analyzer = analyzer | StemFilter(lang=language, cachesize=200_000)
    return analyzer | CharsetFilter(accent_map)


@cache
def analyzer_for(language: str) -> Analyzer:
    """The stemming analyzer of a document language (unknown languages get the English one)."""
    return _pipeline(language if language in LANGUAGES else "en", stem=True)


@cache
def plain_analyzer() -> Analyzer:
    """Folding without stemming or stop words: names, aliases, filters."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | TypographyFilter()
        | LowercaseFilter()
        | ElisionFilter(FRENCH_ELISIONS)
        | CharsetFilter(accent_map)
    )


def terms(language: str, text: str) -> list[str]:
    return [token.text for token in analyzer_for(language)(text)]


def positioned_terms(language: str, text: str) -> list[tuple[str, int, int]]:
    """(term, start, end) for every token of `text`, offsets into `text`."""
    return [
        (token.text, token.startchar, token.endchar)
        for token in analyzer_for(language)(text, chars=True, positions=True)
    ]


__all__ = ["LANGUAGES", "Token", "analyzer_for", "fold", "plain_analyzer", "positioned_terms", "terms"]
