"""What an analyst types, made safe for a query parser: typographic quotes, stray syntax, bounded size,
and a plain fallback.

Any string is a query: a pasted e-mail quote (`>Le trafic`), half-typed syntax (`"unclosed`, `((((`,
`score:>>7`) or 10,000 characters of `a*`. Whoosh's parser raises on some of these, and a few cost
seconds (every wildcard word expands over the whole term list), so the text is bounded first.
"""

from __future__ import annotations

import re

from db.search.analysis import STOPS, fold

_DOUBLE_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"'})
_SYNTAX = re.compile(r"[\"()\[\]{}:*?~^+\\/<>=!]|(?<!\w)-")
_OPERATORS = re.compile(r"\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE|TO)\b")

# Bounds on a query's work. A query longer than this is cut at a word boundary; words past the count
# are dropped; only the first few words may hold wildcards (each expands over every indexed term, and
# several `*` in one word make the matching regular expression backtrack); fuzzy distance at most 2.
MAX_QUERY_CHARS = 1_000
MAX_QUERY_WORDS = 40
MAX_WILDCARD_WORDS = 4
MAX_WILDCARDS_PER_WORD = 2
MAX_FUZZY_DISTANCE = 2

MAX_WORD_CHARS = 50

# `<`, `>` and `=` mean something only right after an ordered field (`score:>=7`, `edition:>2021`);
# anywhere else they are a quote marker or a typo, which Whoosh's comparison plugin fails on
# (IndexError on `>Le trafic`), or a range over a text field, which walks its whole term list.
# Ranges (`[5 TO 7]`, `{5 TO}`) are kept after those fields only, for the same reason.
_ORDERED_FIELDS = r"(?:score|edition)"
_COMPARISON = re.compile(rf"(?:\b({_ORDERED_FIELDS}):)?([<>=]+)")
_RELATIONS = frozenset({"<", ">", "<=", ">=", "=<", "=>"})
_STRAY_RANGE = re.compile(r"(?<!\bscore:)(?<!\bedition:)[\[{]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_WILDCARD = re.compile(r"[*?]")
_BARE_WORD = re.compile(r"[\w'’]+")
_QUOTED = re.compile(r'("[^"]*"?)')
_ALL_STOP_WORDS = frozenset().union(*STOPS.values())
_FUZZY_DISTANCE = re.compile(r"~(\d+)")


def normalise_query(text: str) -> str:
    """Curly and guillemet quotes become straight ones, so `«port d’Anvers»` is a phrase."""
    text = text.translate(_DOUBLE_QUOTES)
    return re.sub(r'"\s+', '"', re.sub(r'\s+"(?=\s|$)', '"', text)).strip()


def _comparison(match: re.Match[str]) -> str:
    field, relation = match.group(1), match.group(2)
    if field and relation in _RELATIONS:
        return match.group(0)
    return f"{field}: " if field else " "


def _bounded_wildcards(word: str) -> str:
    """At most MAX_WILDCARDS_PER_WORD wildcards in a word; a word of wildcards alone (`*`, `tag:*`),
    which asks for every term of every field, is dropped."""
    tail = word.rpartition(":")[2]
    if _WILDCARD.search(tail) and not _WILDCARD.sub("", tail).strip('"()[]{}+-^~'):
        return ""
    kept = 0

    def keep_first(match: re.Match[str]) -> str:
        nonlocal kept
        kept += 1
        return match.group(0) if kept <= MAX_WILDCARDS_PER_WORD else ""

    return _WILDCARD.sub(keep_first, word)


def drop_stop_words(text: str) -> str:
    """Bare words that are a stop word in any of the languages, left out (phrases keep theirs).

    Each word is searched in every language's field, and a field whose analyzer drops the word leaves
    it out: `la cocaïne` would ask for `la` in the English and Spanish fields only, and find no French
    paragraph at all. Leaving such words out only ever widens a query, never empties it by surprise.
    """
    pieces = _QUOTED.split(text)
    kept_any = False
    for index in range(0, len(pieces), 2):  # even pieces are outside quotes
        words = pieces[index].split(" ")
        kept = [
            w
            for w in words
            if not (_BARE_WORD.fullmatch(w) and not _OPERATORS.fullmatch(w) and fold(w) in _ALL_STOP_WORDS)
        ]
        kept_any = kept_any or any(_BARE_WORD.search(w) for w in kept)
        pieces[index] = " ".join(kept)
    if not kept_any and not any(pieces[1::2]):
        return text
    return " ".join("".join(pieces).split())


def bound_query(text: str) -> tuple[str, str | None]:
    """The query with stray comparison signs removed and its work bounded; a note when it was cut."""
    notes = []
    if len(text) > MAX_QUERY_CHARS:
        cut = text.rfind(" ", 0, MAX_QUERY_CHARS)
        text = text[: cut if cut > 0 else MAX_QUERY_CHARS]
        notes.append(f"the query was cut to its first {MAX_QUERY_CHARS:,} characters")
    text = _SURROGATES.sub(" ", text)  # lone halves of a pair (bytes decoded with surrogateescape)
    text = _STRAY_RANGE.sub(" ", _COMPARISON.sub(_comparison, text))
    text = _FUZZY_DISTANCE.sub(lambda m: f"~{min(int(m.group(1)[:3]), MAX_FUZZY_DISTANCE)}", text)
    words = text.split()
    if len(words) > MAX_QUERY_WORDS:
        words = words[:MAX_QUERY_WORDS]
        notes.append(f"only its first {MAX_QUERY_WORDS} words were searched")
    wildcard_words = 0
    bounded = []
    for word in words:
        if len(word) > MAX_WORD_CHARS:  # no word is that long; fuzzy matching and suggestions grow with it
            word = word[:MAX_WORD_CHARS]
            long_words = f"long words were cut to {MAX_WORD_CHARS} characters"
            if long_words not in notes:
                notes.append(long_words)
        if _WILDCARD.search(word):
            wildcard_words += 1
            within = wildcard_words <= MAX_WILDCARD_WORDS
            word = _bounded_wildcards(word) if within else _WILDCARD.sub("", word)
        if word:
            bounded.append(word)
    if wildcard_words > MAX_WILDCARD_WORDS:
        notes.append(f"wildcards count in its first {MAX_WILDCARD_WORDS} words only")
    return drop_stop_words(" ".join(bounded)), "; ".join(notes) or None


_EMPTY_FILTER = re.compile(r"(?<![\w\"])(\w+):(?=\s|$)")


def empty_filters(text: str) -> list[str]:
    """Field names typed with nothing after the colon (`country: cocaïne`)."""
    return _EMPTY_FILTER.findall(text)


_DANGLING_OPERATOR = re.compile(
    r"^(?:\s*\b(?:AND|OR|ANDNOT|ANDMAYBE)\b)+|(?:\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b\s*)+$"
)


def drop_empty_filters(text: str) -> str:
    """Without empty filters, wildcards they leave alone (`*country:`) and operators that have nothing
    on one side."""
    words = [word for word in _EMPTY_FILTER.sub(" ", text).split() if _WILDCARD.sub("", word)]
    return _DANGLING_OPERATOR.sub("", " ".join(words)).strip()


def has_dangling_operator(text: str) -> bool:
    return bool(_DANGLING_OPERATOR.search(text.strip()))


def plain_words(text: str) -> str:
    """The words of a query with all syntax removed: the fallback when the syntax makes no sense."""
    return " ".join(_OPERATORS.sub(" ", _SYNTAX.sub(" ", text)).split())
