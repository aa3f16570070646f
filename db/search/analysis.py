"""Text analysis for French, English and Spanish: the same steps for indexed text and for queries.

typography (’ ‘ ʼ → ', dashes) → lower case → French elisions split off (d’Anvers → anvers) →
accent folding (é → e, œ → oe, combining accents dropped) → stop words → accents put back on the
few endings the stemmer needs them for (securite → sécurité, organizacion → organización) → Snowball
stemming → folding again.

Folding comes first so that a word's term depends only on its accent-free spelling: `securite` and
`sécurité`, `prostitucion` and `prostitución` are one term by construction, for every word. The
Snowball stemmers read some suffixes only with their accents (-ité, -ée, -ción), so without the
restoring step `organizacion` would no longer meet `organizaciones`; the restored endings were chosen
by measuring, on the reports' vocabularies, which ones keep the stemmer's groupings (fold-first alone
kept 350 of 415 French pairs of words the stemmer joins, the restoring step keeps 411).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import repeat

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

# Words, with apostrophes inside them kept, so that elisions can be split off as a whole. Combining
# accents (a decomposed é is e + U+0301) belong to their word: \w alone would cut the word there.
_WORD_CHARS = r"[\w\u0300-\u036f]+"
WORD_PATTERN = rf"{_WORD_CHARS}(?:['’‘ʼ]{_WORD_CHARS})*"

# Accent folding: Whoosh's table of accented letters, plus the ligatures it leaves (œuvre → oeuvre,
# ex æquo → ex aequo) and the combining accents of decomposed text, which are dropped.
FOLDING: dict[int, str | None] = {
    **{key: value for key, value in accent_map.items()},
    ord("œ"): "oe", ord("Œ"): "oe", ord("æ"): "ae", ord("Æ"): "ae", ord("ß"): "ss",
    **{code: None for code in range(0x0300, 0x0370)},
}  # fmt: skip

# Accent-free endings given back their accents before stemming, longest first; an ending mapped to
# itself is an exception kept bare (Spanish -cia, -gia: violencia, estrategia carry no accent).
RESTORED_ENDINGS: dict[str, dict[str, str]] = {
    "fr": {
        "ite": "ité", "ites": "ités", "ee": "ée", "ees": "ées",
        "iere": "ière", "ieres": "ières", "ierement": "ièrement",
    },
    "es": {
        "ion": "ión", "ia": "ía", "ias": "ías", "logia": "logía", "logias": "logías",
        "cia": "cia", "cias": "cias", "gia": "gia", "gias": "gias",
    },
    "en": {},
}  # fmt: skip

FRENCH_ELISIONS = frozenset("l d qu j n s c m t jusqu lorsqu puisqu quoiqu presqu".split())

# Short stop lists: function words only, so that phrases keep their meaning words. Written with
# their accents; compared folded (STOPS), as the words are.
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


def fold_word(word: str) -> str:
    """Accent-free form of a lower-case word (sécurité → securite, cœur → coeur)."""
    return word if word.isascii() else word.translate(FOLDING)


# str.translate looks every character up in the table, which made folding and typography most of the
# time of indexing a large library; only the rare characters that change are looked up here, found by
# one regular expression scan in C. The results are those of translate, character for character.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_TYPOGRAPHIC = re.compile("[" + re.escape("".join(chr(code) for code in TYPOGRAPHY)) + "]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group(0).translate(FOLDING)


def _typography_run(match: re.Match[str]) -> str:
    return match.group(0).translate(TYPOGRAPHY)


def fold_text(text: str) -> str:
    """`text.translate(FOLDING)` of a lower-case text, looking up only its non-ASCII characters (the
    table's ASCII entries only lower some capitals)."""
    return text if text.isascii() else _NON_ASCII.sub(_fold_run, text)


def typography(text: str) -> str:
    """`text.translate(TYPOGRAPHY)`, looking up only the typographic characters it has."""
    return _TYPOGRAPHIC.sub(_typography_run, text)


STOPS = {language: frozenset(fold_word(word) for word in words) for language, words in STOP_WORDS.items()}


def normalise_typography(text: str) -> str:
    return typography(unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """Case- and accent-free form of a text, as the analyzers fold terms (Türkiye -> turkiye)."""
    return fold_text(typography(unicodedata.normalize("NFC", text)).lower())


def restore_ending(language: str, folded: str) -> str:
    """A folded word with the accents of its ending put back where the stemmer reads them."""
    endings = _ENDINGS_LONGEST_FIRST.get(language, ())
    for bare, accented in endings:
        if folded.endswith(bare) and len(folded) > len(bare):
            return folded[: len(folded) - len(bare)] + accented
    return folded


_ENDINGS_LONGEST_FIRST = {
    language: tuple(sorted(table.items(), key=lambda item: -len(item[0])))
    for language, table in RESTORED_ENDINGS.items()
}


class TypographyFilter(Filter):  # type: ignore[misc]  # whoosh has no type hints
    """Typographic apostrophes and dashes become plain ones, in documents and queries alike."""

    def __call__(self, tokens: object) -> object:
        for token in tokens:  # type: ignore[attr-defined]
            token.text = typography(token.text)
            yield token


class RestoreEndingFilter(Filter):  # type: ignore[misc]
    """Folded words get the accents of their endings back, for the stemmer that follows."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RestoreEndingFilter) and other.language == self.language

    def __call__(self, tokens: object) -> object:
        for token in tokens:  # type: ignore[attr-defined]
            token.text = restore_ending(self.language, token.text)
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


_UNSEEN = object()  # a word not in an analyzer's cache yet (None there means a stop word)


class FastAnalyzer(Tokenizer):  # type: ignore[misc]  # whoosh has no type hints
    """The whole chain in one pass: typography and lower case over the whole text, then, per word, one
    dictionary lookup that gives its folding, stop-word status and stem together.

    Same result as RegexTokenizer | TypographyFilter | LowercaseFilter | ElisionFilter | CharsetFilter |
    StopFilter | RestoreEndingFilter | StemFilter | CharsetFilter (`reference_pipeline`, which a test
    compares it with), several times faster: reports have small vocabularies, so the lookup almost
    always hits.
    """

    def __init__(self, language: str, stem: bool = True, stop: bool = True) -> None:
        self.language = language
        self.stem = stem
        self.stop = stop
        self._stemmer = stemmer_for_language(language) if stem else None
        self._stops = STOPS.get(language, frozenset()) if stop else frozenset()
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
        folded = fold_word(bare)
        if folded in self._stops:
            result = None
        elif self._stemmer is None:
            result = folded
        else:
            result = fold_word(self._stemmer(restore_ending(self.language, folded)))
        if len(self._forms) < 500_000:
            self._forms[word] = result
        return result

    def _lowered(self, text: str) -> str:
        """Typography normalised and lower case, with the offsets of `text` kept."""
        normalised = typography(text)
        lowered = normalised.lower()
        if len(lowered) != len(normalised):  # a few letters lengthen when lowered: keep offsets right
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in normalised)
        return lowered

    def terms(self, text: str) -> list[str]:
        """The indexed terms of `text`, in order: what `__call__` yields, without building tokens (the
        index is fed millions of them)."""
        words = self._expression.findall(self._lowered(text))
        # The cache answers almost every word: looked up by map() in C, the rare misses analysed after.
        forms: list[object] = list(map(self._forms.get, words, repeat(_UNSEEN, len(words))))
        if _UNSEEN in forms:
            forms = [self._form(w) if f is _UNSEEN else f for w, f in zip(words, forms, strict=True)]
        return [form for form in forms if isinstance(form, str)]  # None: a stop word

    def positioned(self, text: str) -> list[tuple[str, int, int]]:
        """(term, start, end) of every term of `text`, offsets into `text` (elisions left out of the
        span), as `__call__(text, chars=True)` gives them."""
        forms, form_of, elisions, found = self._forms, self._form, self._elisions, []
        for match in self._expression.finditer(self._lowered(text)):
            word = match.group(0)
            form = forms.get(word, _UNSEEN)
            if form is _UNSEEN:
                form = form_of(word)
            if form is None:
                continue
            start = match.start()
            if "'" in word:
                head = word.partition("'")[0]
                if head in elisions:
                    start += len(head) + 1
            found.append((form, start, match.end()))
        return found  # type: ignore[return-value]

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
        lowered = self._lowered(value)
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
    analyzer = analyzer | CharsetFilter(FOLDING)
    analyzer = analyzer | StopFilter(stoplist=STOPS.get(language, frozenset()), minsize=1)
    analyzer = analyzer | RestoreEndingFilter(language)
    return analyzer | StemFilter(lang=language, cachesize=200_000) | CharsetFilter(FOLDING)


@cache
def analyzer_for(language: str) -> FastAnalyzer:
    """The stemming analyzer of a document language (unknown languages get the English one)."""
    return FastAnalyzer(language if language in LANGUAGES else "en")


@cache
def plain_analyzer() -> FastAnalyzer:
    """Folding without stemming or stop words: names, aliases, filters."""
    return FastAnalyzer("fr", stem=False, stop=False)


def terms(language: str, text: str) -> list[str]:
    return analyzer_for(language).terms(text)


def positioned_terms(language: str, text: str) -> list[tuple[str, int, int]]:
    """(term, start, end) for every token of `text`, offsets into `text`."""
    return analyzer_for(language).positioned(text)


__all__ = ["LANGUAGES", "Token", "analyzer_for", "fold", "plain_analyzer", "positioned_terms", "terms"]
