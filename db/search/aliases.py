"""The alias table: names under which one place, group or institution is known.

A paragraph that names any member of a group is indexed under all of them, so `Antwerp cocaine` finds
« le port d’Anvers ». Matching works on analysed tokens, not on a regex over the text, so it stays
linear in the paragraph's length whatever the size of the table.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from db.search.analysis import fold_text, plain_analyzer, typography
from domain.countries import all_countries, all_names

DEFAULT_ALIAS_FILE = Path(__file__).resolve().parents[2] / "resources" / "gazetteer.json"


@dataclass(frozen=True)
class AliasGroup:
    canonical: str
    type: str
    names: tuple[str, ...]


def _tokens(text: str) -> tuple[str, ...]:
    """Tokens as the index's alias field has them (plain analyzer: folded, elisions split off)."""
    return tuple(plain_analyzer().terms(text))


_WORD = re.compile(r"\w+")
# A word with its combining accents: folding drops them, so they must not cut the word before it.
_ACCENTED_WORD = re.compile(r"[\w\u0300-\u036f]+")


@lru_cache(maxsize=200_000)
def _folded_words(word: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold_text(word)))


def _next_index(tokens: list[str], token: str, start: int) -> int:
    """Where `token` next occurs in `tokens` from `start`, or -1."""
    try:
        return tokens.index(token, start)
    except ValueError:
        return -1


def _match_tokens(text: str) -> list[str]:
    """Folded words for matching names in a paragraph: the words are split first and folded once per
    spelling (a library repeats its words), since this is what indexing a large library spends its
    time on. Names and text go through the same function."""
    lowered = typography(unicodedata.normalize("NFC", text)).lower()
    return [token for word in _ACCENTED_WORD.findall(lowered) for token in _folded_words(word)]


class AliasTable:
    def __init__(self, groups: list[AliasGroup]) -> None:
        self.groups = groups
        self._group_tokens = [{t for name in g.names for t in _tokens(name)} for g in groups]
        # first token → [(token tuple, group index)], longest names first
        by_first: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        for index, group in enumerate(groups):
            for name in group.names:
                tokens = tuple(_match_tokens(name))
                if tokens:
                    by_first[tokens[0]].append((tokens, index))
        self._by_first = dict(by_first)  # a plain dict: `in` must not add keys
        self._names = {_tokens(name) for group in groups for name in group.names}
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))
        self.fingerprint = hashlib.sha256(
            json.dumps([(g.canonical, g.names) for g in groups], ensure_ascii=False).encode()
        ).hexdigest()[:16]

    def groups_in(self, text: str) -> set[int]:
        """Indexes of the groups whose names occur in `text`."""
        tokens = _match_tokens(text)
        found: set[int] = set()
        # Most words begin no name: the few that do are found by set operations and list.index, in C.
        for first in self._by_first.keys() & set(tokens):
            candidates = self._by_first[first]
            position = -1
            while (position := _next_index(tokens, first, position + 1)) >= 0:
                for name, group in candidates:
                    if tuple(tokens[position : position + len(name)]) == name:
                        found.add(group)
                        break
        return found

    def index_terms(self, text: str) -> str:
        """Every name of every group named in `text`, for the index's alias field."""
        return " ".join(name for g in sorted(self.groups_in(text)) for name in self.groups[g].names)

    def is_name(self, tokens: tuple[str, ...]) -> bool:
        """Whether these folded tokens are, whole, one of the table's names."""
        return tokens in self._names

    def single_word_names(self) -> frozenset[str]:
        """Names that are one word (Anvers, Antwerpen): the words of longer names worth marking."""
        return frozenset(name[0] for name in self._names if len(name) == 1)

    def group_of(self, term: str) -> list[AliasGroup]:
        """The groups one of whose names contains the (folded) term."""
        return [g for g, tokens in zip(self.groups, self._group_tokens, strict=True) if term in tokens]


def _country_groups() -> list[AliasGroup]:
    groups = []
    for iso, country in all_countries().items():
        names = tuple(n for n in all_names(iso) if len(n) > 2)  # no "UK"/"RDC": too ambiguous in text
        if len(names) > 1:
            groups.append(AliasGroup(country.names["en"], "country", names))
    return groups


@cache
def load_alias_table(path: Path = DEFAULT_ALIAS_FILE) -> AliasTable:
    data = json.loads(path.read_text(encoding="utf-8"))
    # Commodities are not aliases for search: stemming already joins cocaïne and cocaine, and "or" (gold)
    # would otherwise make every "or" a match.
    curated = [
        AliasGroup(g["canonical"], g["type"], tuple(g["names"]))
        for g in data["entities"]
        if g["type"] != "commodity"
    ]
    return AliasTable(curated + _country_groups())
