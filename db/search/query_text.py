"""What an analyst types, made safe for a query parser: typographic quotes, and a plain fallback."""

from __future__ import annotations

import re

_DOUBLE_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"'})
_SYNTAX = re.compile(r"[\"()\[\]{}:*~^+\\/]|(?<!\w)-")
_OPERATORS = re.compile(r"\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b")


def normalise_query(text: str) -> str:
    """Curly and guillemet quotes become straight ones, so `«port d’Anvers»` is a phrase."""
    text = text.translate(_DOUBLE_QUOTES)
    return re.sub(r'"\s+', '"', re.sub(r'\s+"(?=\s|$)', '"', text)).strip()


_EMPTY_FILTER = re.compile(r"(?<![\w\"])(\w+):(?=\s|$)")


def empty_filters(text: str) -> list[str]:
    """Field names typed with nothing after the colon (`country: cocaïne`)."""
    return _EMPTY_FILTER.findall(text)


_DANGLING_OPERATOR = re.compile(
    r"^(?:\s*\b(?:AND|OR|ANDNOT|ANDMAYBE)\b)+|(?:\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b\s*)+$"
)


def drop_empty_filters(text: str) -> str:
    """Without empty filters and without operators that have nothing on one side."""
    return _DANGLING_OPERATOR.sub("", " ".join(_EMPTY_FILTER.sub(" ", text).split())).strip()


def has_dangling_operator(text: str) -> bool:
    return bool(_DANGLING_OPERATOR.search(text.strip()))


def plain_words(text: str) -> str:
    """The words of a query with all syntax removed: the fallback when the syntax makes no sense."""
    return " ".join(_OPERATORS.sub(" ", _SYNTAX.sub(" ", text)).split())
