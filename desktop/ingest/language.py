"""Which of French, English or Spanish a report is written in, from its commonest function words."""

from __future__ import annotations

import re
from collections import Counter

_FUNCTION_WORDS = {
    "fr": set(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "une",
            "est",
            "et",
            "dans",
            "pour",
            "par",
            "sur",
            "avec",
            "qui",
            "que",
            "au",
            "aux",
            "ont",
            "été",
            "sont",
            "ces",
        ]
    ),
    "en": set(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "are",
            "was",
            "for",
            "with",
            "that",
            "by",
            "from",
            "on",
            "has",
            "have",
            "been",
            "as",
            "which",
        ]
    ),
    "es": set(
        [
            "el",
            "la",
            "los",
            "las",
            "del",
            "una",
            "es",
            "y",
            "en",
            "para",
            "por",
            "con",
            "que",
            "se",
            "al",
            "ha",
            "han",
            "sido",
            "sus",
            "como",
        ]
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, sample_size: int = 200_000) -> str:
    words = Counter(word.casefold() for word in _WORD.findall(text[:sample_size]))
    scores = {lang: sum(words[w] for w in vocabulary) for lang, vocabulary in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else "en"
