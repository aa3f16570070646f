"""Any string is a query: no traceback and bounded work, whatever an analyst types or pastes.

Through the search service on a small real library (the sample report and the accent fixtures in
three languages). Speed is not asserted: the slowest query is printed (`pytest -s`).
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.library import Library
from db.search.query_text import MAX_QUERY_CHARS, MAX_QUERY_WORDS, bound_query
from db.search.service import LibrarySearch, search
from db.search.sync import sync_index
from db.services.documents import store_document
from desktop.ingest.pipeline import parse_report

ROOT = Path(__file__).resolve().parents[1]
REPORTS = [
    ROOT / "resources" / "sample" / "luxembourg_2025_fr.txt",
    *(ROOT / "tests" / "fixtures" / "accents").glob("*.txt"),
]

SYNTAX = [*'"():*~^+-<>[]{}?=!\\/', " AND ", " OR ", " NOT ", " TO ", "'", "’", "«", "»", "“", "”"]
FIELDS = [
    "country:",
    "score:>=",
    "score:",
    "score:<",
    "indicator:",
    "pillar:",
    "section:",
    "edition:",
    "language:",
    "document:",
    "tag:",
    "entity:",
    "aliases:",
    "content_fr:",
    "pid:",
    "nosuchfield:",
]
WORDS = [
    "cocaïne",
    "cocaine",
    "trafic",
    "Anvers",
    "d’Anvers",
    "prison",
    "sécurité",
    "organización",
    "œuvre",
    "contre",
    "BE",
    "7",
    "5",
    "2025",
    "cocain",
    "Türkiye",
    "policía",
    "the",
    "la",
    "de",
    "a",
    "ñ",
]
NAMED = [
    ">Le trafic",
    "<cocaïne",
    "score:>>7",
    '"unclosed',
    "((((",
    "a*" * 5_000,
    "> Le",
    "=>x",
    "> ",
    "))))",
    '""',
    "*",
    "?",
    "~",
    "^",
    "-",
    "+",
    "NOT",
    "AND OR",
    "score:[5 TO",
    "score:{",
    "country:",
    "cocaine~99999",
    "c*o*c*a*i*n*e",
    "*a*b*c*",
    "\x00",
    "\ud800",
    "cocaïne" * 2_000,
    " ".join(["cocaine"] * 500),
    " OR ".join(f"w{i}*" for i in range(300)),
]


def random_query(rng: random.Random) -> str:
    """Random unicode, syntax, field names, operators and real words, in random mixes and lengths."""
    pieces = []
    for _ in range(rng.choice([1, 2, 3, 5, 8, 20, 60])):
        kind = rng.random()
        if kind < 0.2:
            pieces.append(
                "".join(
                    chr(rng.choice([rng.randint(32, 0x2FF), rng.randint(0x300, 0xFFFF)]))
                    for _ in range(rng.randint(1, 6))
                )
            )
        elif kind < 0.5:
            pieces.append(rng.choice(SYNTAX))
        elif kind < 0.65:
            pieces.append(rng.choice(FIELDS))
        else:
            pieces.append(rng.choice(WORDS))
        if rng.random() < 0.5:
            pieces.append(" ")
    return "".join(pieces)


@pytest.fixture(scope="module")
def fuzz_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    library = Library.open(tmp_path_factory.mktemp("fuzz") / "library")
    for report in REPORTS:
        store_document(library, parse_report(report))
    sync_index(library)
    yield library
    library.close()


@pytest.mark.parametrize("query", NAMED, ids=lambda q: repr(q[:20]))
def test_named_hostile_queries_give_results_not_tracebacks(fuzz_library: Library, query: str) -> None:
    found = search(fuzz_library, query)
    assert found.total >= 0


def test_a_pasted_mail_quote_searches_its_words(fuzz_library: Library) -> None:
    assert search(fuzz_library, ">Le trafic").total == search(fuzz_library, "trafic").total > 0
    assert search(fuzz_library, "<cocaïne").total == search(fuzz_library, "cocaïne").total > 0


def test_a_stop_word_does_not_empty_a_query(fuzz_library: Library) -> None:
    # `la` is searched in the English and Spanish fields only (French drops it): AND found nothing.
    assert search(fuzz_library, "la cocaïne").total == search(fuzz_library, "cocaïne").total > 0
    assert search(fuzz_library, "the cocaine").total == search(fuzz_library, "cocaine").total > 0


def test_comparisons_after_a_field_still_work(fuzz_library: Library) -> None:
    assert bound_query("score:>=7 cocaïne")[0] == "score:>=7 cocaïne"
    assert bound_query("score:<4")[0] == "score:<4"
    assert bound_query(">Le trafic")[0] == "trafic"  # `le` is a stop word (see above)


def test_bounds_cut_long_queries_and_say_so() -> None:
    text, note = bound_query("a*" * 5_000)
    assert len(text) <= MAX_QUERY_CHARS and note and "cut" in note
    text, note = bound_query(" ".join(f"mot{i}" for i in range(100)))
    assert len(text.split()) == MAX_QUERY_WORDS and note and f"first {MAX_QUERY_WORDS} words" in note
    text, note = bound_query("w1* w2* w3* w4* w5* w6*")
    assert text == "w1* w2* w3* w4* w5 w6" and note
    assert bound_query("c*o*c*a*i*n*e")[0] == "c*o*caine"
    assert bound_query("cocaine~99999")[0] == "cocaine~2"
    assert bound_query("cocaïne * tag:* ?")[0] == "cocaïne"
    assert bound_query("cocaine~1")[0] == "cocaine~1"


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=200),
        st.lists(st.sampled_from(SYNTAX + FIELDS + WORDS), max_size=25).map("".join),
        st.lists(st.sampled_from(SYNTAX + FIELDS + WORDS), max_size=25).map(" ".join),
    )
)
def test_any_string_is_a_query_through_the_service(fuzz_library: Library, query: str) -> None:
    found = search(fuzz_library, query)
    assert found.total >= 0
    assert all(hit.snippet is not None for hit in found.hits)


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_two_thousand_generated_queries_give_no_traceback(fuzz_library: Library) -> None:
    rng = random.Random(20261130)
    queries = NAMED + [random_query(rng) for _ in range(2_000)]
    searcher = LibrarySearch(fuzz_library)
    failures: list[tuple[str, str]] = []
    timings: list[tuple[float, str]] = []
    try:
        for query in queries:
            started = time.perf_counter()
            try:
                searcher.search(query)
            except Exception as error:  # every failure is collected and shown
                failures.append((query[:80], repr(error)))
            timings.append((time.perf_counter() - started, query))
    finally:
        searcher.close()
    timings.sort(reverse=True)
    print(
        f"\n{len(queries)} queries, {len(failures)} tracebacks, slowest {timings[0][0] * 1000:.0f} ms "
        f"({timings[0][1][:60]!r}), median {timings[len(timings) // 2][0] * 1000:.1f} ms"
    )
    assert failures == []
