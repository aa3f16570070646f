"""Line-end hyphens: a typesetter's break (`contre-` / `façon`) or a real hyphen (`Infor-` / `Drogues`)?

The document itself is the best dictionary: if it spells the word whole elsewhere, the hyphen was a break;
if it spells it with a hyphen elsewhere, the hyphen is real. Without evidence, a capital after the break
or a known compounding prefix means a real hyphen, except in Spanish, whose spelling joins prefixes to the
word (autoridades, productores, antidrogas: a hyphen after a prefix comes only before a capital or a digit,
anti-OTAN, sub-21), so a prefix there says nothing.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"\w+(?:[-‐‑]\w+)*", re.UNICODE)
_LEFT_FRAGMENT = re.compile(r"(\w+(?:-\w+)*)-$")
_RIGHT_FRAGMENT = re.compile(r"^(\w+)")

# Prefixes that French and English usually join with a hyphen (cyber-facilités, anti-blanchiment...).
# Languages whose spelling writes prefixes joined to the word: there a prefix is no evidence of a hyphen.
_PREFIXES_JOINED = frozenset(["es"])
_HYPHENATING_PREFIXES = frozenset(
    [
        "anti",
        "auto",
        "co",
        "contre",
        "cyber",
        "demi",
        "ex",
        "extra",
        "franco",
        "inter",
        "mi",
        "micro",
        "multi",
        "néo",
        "neo",
        "non",
        "post",
        "pré",
        "pre",
        "pro",
        "quasi",
        "semi",
        "sous",
        "super",
        "sur",
        "trans",
        "ultra",
        "vice",
        "self",
        "well",
        "cross",
        "euro",
        "afro",
    ]
)


class Lexicon:
    """Word forms seen in a document, counted, case-folded."""

    def __init__(self, lines: list[str]) -> None:
        self.counts: Counter[str] = Counter()
        for line in lines:
            body = line[:-1] if line.endswith("-") else line
            self.counts.update(word.casefold() for word in _WORD.findall(body))

    def __contains__(self, word: str) -> bool:
        return word.casefold() in self.counts


def join_hyphenated(
    left_line: str, right_line: str, lexicon: Lexicon, language: str | None = None
) -> str | None:
    """The two lines joined across a line-end hyphen, or None when `left_line` does not end in one.
    `language` (fr, en, es; None when unknown) decides whether a prefix is evidence of a real hyphen."""
    left_match = _LEFT_FRAGMENT.search(left_line)
    right_match = _RIGHT_FRAGMENT.match(right_line)
    if not left_match or not right_match:
        return None
    left, right = left_match.group(1), right_match.group(1)
    last_left = left.split("-")[-1]
    whole = last_left + right
    hyphenated = f"{last_left}-{right}"
    if hyphenated in lexicon and whole not in lexicon:
        keep = True
    elif whole in lexicon:
        keep = False
    else:
        prefix = language not in _PREFIXES_JOINED and last_left.casefold() in _HYPHENATING_PREFIXES
        keep = right[:1].isupper() or right[:1].isdigit() or prefix
    if keep:
        return left_line + right_line
    return left_line[:-1] + right_line
