"""Text analysis for French, English and Spanish: the same steps for indexed text and for queries.

typography (’ ‘ ʼ → ', dashes) → lower case → French elisions split off (d’Anvers → anvers) →
stop words → Snowball stemming → accent folding. Stemming comes before folding because the Snowball
stemmers expect accented words; folding after it makes `cocaine` and `cocaïne` one term.
"""

from __future__ import annotations

import re
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
    Tokenizer,
)
from whoosh.analysis.acore import Token
from whoosh.lang import stemmer_for_language
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
    """Case- and accent-free form of a text, as the analyzers fold terms (Türkiye -> turkiye)."""
    lowered = unicodedata.normalize("NFC", text).translate(TYPOGRAPHY).lower()
    if lowered.isascii():
        return lowered
    return lowered.translate(accent_map)


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


class FastAnalyzer(Tokenizer):  # type: ignore[misc]  # whoosh has no type hints
    """The whole chain in one pass: typography and lower case over the whole text, then, per word, one
    dictionary lookup that gives its stop-word status, stem and folding together.

    Same result as RegexTokenizer | TypographyFilter | LowercaseFilter | ElisionFilter | StopFilter |
    StemFilter | CharsetFilter (`reference_pipeline`, which a test compares it with), several times faster:
    reports have small vocabularies, so the lookup almost always hits.
    """

    def __init__(self, language: str, stem: bool = True, stop: bool = True) -> None:
        self.language = language
        self.stem = stem
        self.stop = stop
        self._stemmer = stemmer_for_language(language) if stem else None
        self._stops = STOP_WORDS.get(language, frozenset()) if stop else frozenset()
        self._elisions = FRENCH_ELISIONS if language == "fr" else frozenset()
        self._forms: dict[str, str | None] = {}
        self._expression = re.compile(WORD_PATTERN)

    def __getstate__(self) -> dict[str, object]:
        # Whoosh pickles the schema into the index: the cache and the compiled parts stay out of it.
        return {"language": self.language, "stem": self.stem, "stop": self.stop}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["language"], bool(state["stem"]), bool(state.get("stop", True)))  # type: ignore[misc]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FastAnalyzer) and (other.language, other.stem, other.stop) == (
            self.language,
            self.stem,
            self.stop,
        )

    def __hash__(self) -> int:
        return hash((self.language, self.stem, self.stop))

    def _form(self, word: str) -> str | None:
        """Indexed form of a lower-cased, typography-normalised word; None for a stop word."""
        form = self._forms.get(word)
        if form is not None or word in self._forms:
            return form
        bare = word
        if "'" in word:
            head, _, rest = word.partition("'")
            if head in self._elisions and rest:
                bare = rest
        if bare in self._stops:
            result = None
        else:
            stemmed = self._stemmer(bare) if self._stemmer else bare
            result = stemmed.translate(accent_map)
        if len(self._forms) < 500_000:
            self._forms[word] = result
        return result

    def __call__(  # type: ignore[no-untyped-def]
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = fold(value)
            token.boost, token.stopped = 1.0, False
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        normalised = value.translate(TYPOGRAPHY)
        lowered = normalised.lower()
        if len(lowered) != len(normalised):  # a few letters lengthen when lowered: keep offsets right
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in normalised)
        position = start_pos - 1
        for match in self._expression.finditer(lowered):
            word = match.group(0)
            form = self._form(word)
            if form is None:
                if removestops:
                    continue
                form = word
            position += 1
            token.text = form
            token.boost, token.stopped = 1.0, False
            if keeporiginal:
                token.original = value[match.start() : match.end()]
            if positions:
                token.pos = position
            if chars:
                offset = 0
                if "'" in word:
                    head = word.partition("'")[0]
                    if head in self._elisions:
                        offset = len(head) + 1
                token.startchar = start_char + match.start() + offset
                token.endchar = start_char + match.end()
            yield token


def reference_pipeline(language: str) -> Analyzer:
    """The same analysis in Whoosh's stock filters; slower, kept to check FastAnalyzer against."""
    analyzer = RegexTokenizer(WORD_PATTERN) | TypographyFilter() | LowercaseFilter()
    if language == "fr":
        analyzer = analyzer | ElisionFilter(FRENCH_ELISIONS)
    analyzer = analyzer | StopFilter(stoplist=STOP_WORDS.get(language, frozenset()), minsize=1)
    return analyzer | StemFilter(lang=language, cachesize=200_000) | CharsetFilter(accent_map)


@cache
def analyzer_for(language: str) -> Analyzer:
    """The stemming analyzer of a document language (unknown languages get the English one)."""
    return FastAnalyzer(language if language in LANGUAGES else "en")


@cache
def plain_analyzer() -> Analyzer:
    """Folding without stemming or stop words: names, aliases, filters."""
    return FastAnalyzer("fr", stem=False, stop=False)


def terms(language: str, text: str) -> list[str]:
    return [token.text for token in analyzer_for(language)(text)]


def positioned_terms(language: str, text: str) -> list[tuple[str, int, int]]:
    """(term, start, end) for every token of `text`, offsets into `text`."""
    return [
        (token.text, token.startchar, token.endchar)
        for token in analyzer_for(language)(text, chars=True, positions=True)
    ]


__all__ = ["LANGUAGES", "Token", "analyzer_for", "fold", "plain_analyzer", "positioned_terms", "terms"]
