"""Search speed on a synthetic library: Whoosh through Excerpta's own service, against SQLite FTS5.

Run: .venv/bin/python bench/search_bench.py [--paragraphs 100000] [--queries 200]
Prints figures; asserts nothing. The corpus is made with a fixed seed by recombining the sample
report's sentences, plus invented names and figures so that the vocabulary is that of real reports.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import string
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import sample_sentences  # noqa: E402
from db.library import Library  # noqa: E402
from db.search.service import LibrarySearch  # noqa: E402
from db.search.sync import sync_index  # noqa: E402
from db.services.documents import store_document  # noqa: E402
from desktop.ingest.pipeline import parse_report  # noqa: E402
from domain.countries import all_countries  # noqa: E402
from domain.records import ParsedDocument, ParsedParagraph, ParsedSection  # noqa: E402
from domain.taxonomy import load_taxonomy  # noqa: E402

SEED = 20251126
PARAGRAPHS_PER_DOCUMENT = 32


def invented_vocabulary(rng: random.Random, size: int) -> list[str]:
    syllables = [c + v for c in "bcdfgklmnprstvz" for v in "aeiou"] + ["ch", "ou", "an", "er", "ix", "é"]
    words: set[str] = set()
    while len(words) < size:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        words.add(word.capitalize() if rng.random() < 0.5 else word)
    return sorted(words)


def make_paragraph(
    rng: random.Random, sentences: list[str], invented: list[str], weights: list[float], country: str
) -> str:
    words: list[str] = []
    while len(words) < 70:
        # A report names its own country, not the sample's.
        words.extend(rng.choice(sentences).replace("Luxembourg", country).split())
        names = rng.choices(invented, weights=weights, k=rng.randint(2, 5))
        figure = (
            f"{rng.randint(1, 999)} {rng.randint(0, 999):03d}"
            if rng.random() < 0.4
            else str(rng.randint(1990, 2025))
        )
        words.extend([*names, figure])
    return " ".join(words[: rng.randint(75, 88)])


def build_library(
    folder: Path, paragraph_count: int, rng: random.Random
) -> tuple[Library, list[tuple[int, str, str, str]]]:
    taxonomy = load_taxonomy()
    sentences = sample_sentences()
    invented = invented_vocabulary(rng, 25_000)
    weights = [1 / (rank + 1) for rank in range(len(invented))]  # Zipf: a few names everywhere, most rare
    countries = sorted(all_countries().values(), key=lambda c: c.iso)
    library = Library.open(folder)
    rows: list[tuple[int, str, str, str]] = []  # (document number, country, indicator, text) for FTS5
    documents = paragraph_count // PARAGRAPHS_PER_DOCUMENT
    started = time.perf_counter()
    for number in range(documents):
        country = countries[number % len(countries)]
        edition = taxonomy.editions[(number // len(countries)) % len(taxonomy.editions)]
        sections = []
        offset = 0
        for indicator in taxonomy.indicators:
            text = make_paragraph(rng, sentences, invented, weights, country.names["fr"])
            sections.append(
                ParsedSection(
                    indicator.key.upper(),
                    1,
                    None,
                    [ParsedParagraph(text, offset, offset + len(text), indicator.key)],
                )
            )
            offset += len(text) + 2
            rows.append((number, country.iso.lower(), indicator.key, text))
        store_document(
            library,
            ParsedDocument(
                title=f"Synthetic {country.names['fr']} {edition} #{number}",
                language="fr",
                profile="generic",
                normalised_text="\n\n".join(p.text for s in sections for p in s.paragraphs),
                source_name=f"synthetic-{number}.txt",
                sha256=f"{number:064x}",
                country=country.names["fr"],
                country_iso=country.iso,
                edition=edition,
                sections=sections,
            ),
        )
    print(
        f"stored {documents} documents ({len(rows)} paragraphs) in SQLite "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return library, rows


def make_queries(
    rng: random.Random, rows: list[tuple[int, str, str, str]], count: int
) -> list[tuple[str, str, str]]:
    """(class, Excerpta query, FTS5 query)."""
    texts = [r[3] for r in rng.sample(rows, 400)]
    words = [w.strip(string.punctuation + "«»’") for t in texts for w in t.split()]
    words = [w for w in words if len(w) > 4 and w.isalpha()]
    queries: list[tuple[str, str, str]] = []
    for _ in range(count // 5):
        term = rng.choice(words)
        queries.append(("term", term, f'"{term}"'))
        a, b = rng.choice(words), rng.choice(words)
        queries.append(("and", f"{a} {b}", f'"{a}" AND "{b}"'))
        text = rng.choice(texts).split()
        start = rng.randrange(0, len(text) - 3)
        phrase = " ".join(w.strip(string.punctuation + "«»") for w in text[start : start + rng.randint(2, 3)])
        queries.append(("phrase", f'"{phrase}"', '"' + phrase.replace('"', "") + '"'))
        prefix = rng.choice(
            ["contre", "trafi", "blanch", "crimin", "cocaï", "pays", "port", "réseau", "inter", "orga"]
        )
        queries.append(("prefix", f"{prefix}*", f'"{prefix}" *'))
        iso, indicator = rng.choice(rows)[1], rng.choice(load_taxonomy().indicators).key
        term = rng.choice(words)
        queries.append(
            ("filter", f"country:{iso} {term}", f'country:{iso} AND "{term}"')
            if rng.random() < 0.5
            else ("filter", f"indicator:{indicator} {term}", f'indicator:{indicator} AND "{term}"')
        )
    return queries


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(name: str, timings: dict[str, list[float]]) -> dict[str, tuple[float, float, float]]:
    summary = {}
    every = [t for ts in timings.values() for t in ts]
    for cls, ts in [*timings.items(), ("all", every)]:
        summary[cls] = (statistics.median(ts) * 1000, percentile(ts, 0.95) * 1000, max(ts) * 1000)
        p50, p95, worst = summary[cls]
        print(f"  {name:7} {cls:7} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   max {worst:7.1f} ms")
    return summary


def run_whoosh(
    library: Library, queries: list[tuple[str, str, str]]
) -> dict[str, tuple[float, float, float]]:
    searcher = LibrarySearch(library)
    searcher.search("warm up", 20)
    timings: dict[str, list[float]] = defaultdict(list)
    slowest = []
    for cls, query, _ in queries:
        started = time.perf_counter()
        results = searcher.search(query, 20)
        elapsed = time.perf_counter() - started
        timings[cls].append(elapsed)
        slowest.append((elapsed, query, results.total))
    searcher.close()
    print("Whoosh (via LibrarySearch: hits, snippets and 5 facets):")
    summary = report("whoosh", timings)
    for elapsed, query, total in sorted(slowest, reverse=True)[:5]:
        print(f"    slow: {elapsed * 1000:6.0f} ms  {query!r} ({total} hits)")
    return summary


def run_fts5(
    folder: Path, rows: list[tuple[int, str, str, str]], queries: list[tuple[str, str, str]]
) -> dict[str, tuple[float, float, float]]:
    connection = sqlite3.connect(folder / "fts.sqlite")
    connection.execute(
        "CREATE VIRTUAL TABLE p USING fts5(content, country, indicator,"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    started = time.perf_counter()
    connection.executemany(
        "INSERT INTO p (content, country, indicator) VALUES (?, ?, ?)", [(r[3], r[1], r[2]) for r in rows]
    )
    connection.commit()
    print(
        f"FTS5 build: {time.perf_counter() - started:.1f} s, "
        f"size {(folder / 'fts.sqlite').stat().st_size / 1e6:.0f} MB"
    )
    timings: dict[str, list[float]] = defaultdict(list)
    for cls, _, fts in queries:
        started = time.perf_counter()
        try:
            connection.execute(
                "SELECT rowid, snippet(p, 0, '<mark>', '</mark>', '…', 24) FROM p"
                " WHERE p MATCH ? ORDER BY rank LIMIT 20",
                (fts,),
            ).fetchall()
            for column in (
                "country",
                "indicator",
            ):  # facets, as Excerpta computes them (two of five columns exist here)
                connection.execute(
                    f"SELECT {column}, count(*) FROM p WHERE p MATCH ? GROUP BY {column}", (fts,)
                ).fetchall()
        except sqlite3.OperationalError:
            pass
        timings[cls].append(time.perf_counter() - started)
    print("SQLite FTS5 (unicode61 remove_diacritics 2, snippet and 2 facets):")
    return report("fts5", timings)


def directory_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        library, rows = build_library(folder / "library", args.paragraphs, rng)
        vocabulary = {w.lower() for r in rows for w in r[3].split()}
        print(
            f"corpus: {len(rows)} paragraphs, "
            f"{statistics.mean(len(r[3].split()) for r in rows):.0f} words each, "
            f"{len(vocabulary)} distinct word forms"
        )
        started = time.perf_counter()
        last = [0.0]

        def progress(done: int, total: int) -> None:
            if time.perf_counter() - last[0] > 10:
                last[0] = time.perf_counter()
                print(f"    indexing: {done}/{total} paragraphs, {time.perf_counter() - started:.0f} s")

        sync_index(library, progress, rebuild=True)
        build = time.perf_counter() - started
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"Whoosh build: {build:.1f} s, index {directory_size(library.index_dir) / 1e6:.0f} MB, "
            f"peak memory {own:.0f} MB (largest writer subprocess {children:.0f} MB)"
        )
        queries = make_queries(rng, rows, args.queries)
        whoosh = run_whoosh(library, queries)
        fts5 = run_fts5(folder, rows, queries)
        print("ratios (Whoosh / FTS5):")
        for cls in whoosh:
            print(
                f"  {cls:7} p50 x{whoosh[cls][0] / max(fts5[cls][0], 0.01):5.1f}   "
                f"p95 x{whoosh[cls][1] / max(fts5[cls][1], 0.01):5.1f}"
            )
        sample = ROOT / "resources" / "sample" / "luxembourg_2025_fr.txt"
        timings = []
        for attempt in range(5):
            parsed = parse_report(sample)
            parsed.source_name = f"added-{attempt}.txt"
            parsed.sha256 = f"{attempt:x}" * 64
            parsed.profile = "generic"
            store_document(library, parsed)
            started = time.perf_counter()
            sync_index(library)
            timings.append(time.perf_counter() - started)
        print(
            f"adding one 32-paragraph report to the {len(rows)}-paragraph index: "
            f"median {statistics.median(timings) * 1000:.0f} ms "
            f"(max {max(timings) * 1000:.0f} ms, {datetime.now():%H:%M})"
        )
        print(
            "peak memory of the whole run: "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )
        library.close()


if __name__ == "__main__":
    main()
