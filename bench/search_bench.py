"""Search speed on a synthetic library: tantivy and Whoosh through Excerpta's own service, against
SQLite FTS5 doing the same work (top 20 with snippets, the total, all five facets).

Run: .venv/bin/python bench/search_bench.py [--paragraphs 100000] [--queries 200]
Prints figures; asserts nothing. Fair by construction:
- the engines run query by query, interleaved (the order alternates), both warmed by a first round,
  and each query keeps the best of two timed rounds;
- the service's result cache is off (every search runs);
- FTS5 counts the five facets in one statement: the matches are materialised once and grouped per
  facet over a side table keyed by rowid;
- each index is built in a lean child process, whose peak memory is the writer's (a forked writer would
  inherit what this process holds);
- failed queries are counted per arm, and the first search after adding a report is timed.
The corpus is made with a fixed seed by recombining the sample report's sentences, plus invented names
and figures so that the vocabulary is that of real reports; every (country, edition) has scores.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sqlite3
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import sample_sentences  # noqa: E402
from db.library import Library  # noqa: E402
from db.search.engines import ENGINE_NAMES  # noqa: E402
from db.search.service import LibrarySearch  # noqa: E402
from db.search.sync import sync_index  # noqa: E402
from db.services.documents import store_document  # noqa: E402
from db.services.scores import store_scores  # noqa: E402
from desktop.ingest.pipeline import parse_report  # noqa: E402
from domain.countries import all_countries  # noqa: E402
from domain.records import CountryScoreRow, ParsedDocument, ParsedParagraph, ParsedSection, ScoreSheet  # noqa: E402
from domain.taxonomy import load_taxonomy  # noqa: E402

SEED = 20251126
PARAGRAPHS_PER_DOCUMENT = 32
CLASSES = ("term", "and", "or", "phrase", "prefix", "fuzzy", "filter", "score")
TARGETS = (
    "targets: p95 <= 15 ms every class, p50 <= 8 ms, build <= 20 s, add <= 20 ms, RSS <= 150 MB, "
    "index <= 60 MB"
)


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


Row = tuple[int, str, str, str, str, int, float]  # document, country, indicator, pillar, text, edition, score


def build_library(folder: Path, paragraph_count: int, rng: random.Random) -> tuple[Library, list[Row]]:
    taxonomy = load_taxonomy()
    sentences = sample_sentences()
    invented = invented_vocabulary(rng, 25_000)
    weights = [1 / (rank + 1) for rank in range(len(invented))]  # Zipf: a few names everywhere, most rare
    countries = sorted(all_countries().values(), key=lambda c: c.iso)
    scores = {
        (c.iso, edition): {i.key: float(rng.randint(2, 20)) / 2 for i in taxonomy.indicators}
        for c in countries
        for edition in taxonomy.editions
    }
    library = Library.open(folder)
    for edition in taxonomy.editions:
        sheet_rows = [CountryScoreRow(c.names["en"], c.iso, scores[(c.iso, edition)]) for c in countries]
        store_scores(
            library, [ScoreSheet(edition, "bench", sheet_rows)], f"bench-{edition}", f"{edition:064x}"
        )
    rows: list[Row] = []
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
            score = scores[(country.iso, edition)][indicator.key]
            rows.append((number, country.iso.lower(), indicator.key, indicator.pillar, text, edition, score))
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


def _typo(word: str, rng: random.Random) -> str:
    """Two neighbouring letters swapped after the first: one edit, as the engines count them."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def make_queries(rng: random.Random, rows: list[Row], count: int) -> list[tuple[str, str, str | None]]:
    """(class, Excerpta query, FTS5 query or None when FTS5 has no equivalent)."""
    texts = [r[4] for r in rng.sample(rows, min(400, len(rows)))]
    words = [w.strip(string.punctuation + "«»’") for t in texts for w in t.split()]
    words = [w for w in words if len(w) > 4 and w.isalpha()]
    prefixes = ["contre", "trafi", "blanch", "crimin", "cocaï", "pays", "port", "réseau", "inter", "orga"]
    queries: list[tuple[str, str, str | None]] = []
    for _ in range(max(1, count // len(CLASSES))):
        term = rng.choice(words)
        queries.append(("term", term, f'"{term}"'))
        a, b = rng.choice(words), rng.choice(words)
        queries.append(("and", f"{a} {b}", f'"{a}" AND "{b}"'))
        a, b = rng.choice(words), rng.choice(words)
        queries.append(("or", f"{a} OR {b}", f'"{a}" OR "{b}"'))
        text = rng.choice(texts).split()
        start = rng.randrange(0, len(text) - 3)
        phrase = " ".join(w.strip(string.punctuation + "«»") for w in text[start : start + rng.randint(2, 3)])
        queries.append(("phrase", f'"{phrase}"', '"' + phrase.replace('"', "") + '"'))
        prefix = rng.choice(prefixes)
        queries.append(("prefix", f"{prefix}*", f'"{prefix}" *'))
        queries.append(("fuzzy", f"{_typo(rng.choice(words), rng)}~", None))
        iso, indicator = rng.choice(rows)[1], rng.choice(load_taxonomy().indicators).key
        term = rng.choice(words)
        queries.append(
            ("filter", f"country:{iso} {term}", f'country:{iso} AND "{term}"')
            if rng.random() < 0.5
            else ("filter", f"indicator:{indicator} {term}", f'indicator:{indicator} AND "{term}"')
        )
        low = rng.choice([3, 5, 7, 8])
        term = rng.choice(words)
        queries.append(("score", f"score:>={low} {term}", f'"{term}"\t{low}'))
    return queries


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


Summary = dict[str, tuple[float, float, float]]


def summarise(timings: dict[str, list[float]]) -> Summary:
    every = [t for ts in timings.values() for t in ts]
    return {
        cls: (statistics.median(ts) * 1000, percentile(ts, 0.95) * 1000, max(ts) * 1000)
        for cls, ts in [*((c, timings[c]) for c in CLASSES if timings.get(c)), ("all", every)]
        if ts
    }


# FTS5 ------------------------------------------------------------------------------------------------------


class Fts5:
    FACETS = ("country", "indicator", "pillar", "edition", "language")

    def __init__(self, folder: Path, rows: list[Row]) -> None:
        self.connection = sqlite3.connect(folder / "fts.sqlite")
        started = time.perf_counter()
        self.connection.executescript(
            "CREATE VIRTUAL TABLE p USING fts5(content, country, indicator,"
            " tokenize='unicode61 remove_diacritics 2');"
            "CREATE TABLE facets (id INTEGER PRIMARY KEY, country TEXT, indicator TEXT, pillar TEXT,"
            " edition TEXT, language TEXT, score REAL);"
        )
        self.connection.executemany(
            "INSERT INTO p (rowid, content, country, indicator) VALUES (?, ?, ?, ?)",
            [(n, r[4], r[1], r[2]) for n, r in enumerate(rows, 1)],
        )
        self.connection.executemany(
            "INSERT INTO facets VALUES (?, ?, ?, ?, ?, 'fr', ?)",
            [(n, r[1], r[2], r[3], str(r[5]), r[6]) for n, r in enumerate(rows, 1)],
        )
        self.connection.commit()
        self.build = time.perf_counter() - started
        self.size = (folder / "fts.sqlite").stat().st_size
        union = " UNION ALL ".join(
            f"SELECT '{f}', {f}, count(*) FROM facets JOIN m ON facets.id = m.id GROUP BY {f}"
            for f in self.FACETS
        )
        self.facet_sql = "WITH m AS MATERIALIZED ({matches}) " + union

    def search(self, query: str) -> int:
        """Top 20 with snippets, then the five facets (and so the total) in one statement."""
        match, _, low = query.partition("\t")
        if low:
            matches = (
                "SELECT p.rowid AS id FROM p JOIN facets ON facets.id = p.rowid"
                " WHERE p MATCH ? AND facets.score >= ?"
            )
            top = (
                "SELECT p.rowid, snippet(p, 0, '<mark>', '</mark>', '…', 24) FROM p JOIN facets"
                " ON facets.id = p.rowid WHERE p MATCH ? AND facets.score >= ? ORDER BY rank LIMIT 20"
            )
            parameters: tuple[object, ...] = (match, float(low))
        else:
            matches = "SELECT rowid AS id FROM p WHERE p MATCH ?"
            top = (
                "SELECT rowid, snippet(p, 0, '<mark>', '</mark>', '…', 24) FROM p"
                " WHERE p MATCH ? ORDER BY rank LIMIT 20"
            )
            parameters = (match,)
        self.connection.execute(top, parameters).fetchall()
        counts = self.connection.execute(self.facet_sql.format(matches=matches), parameters).fetchall()
        return sum(n for facet, _, n in counts if facet == "country")


# builds in lean children -----------------------------------------------------------------------------------


def _own_peak_mb() -> float:
    """This process's own peak resident memory. Not ru_maxrss: Linux carries the forking parent's peak
    over exec into it, so a child of a large bench would report the bench's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_build(library_folder: str, engine: str) -> None:
    library = Library.open(Path(library_folder))
    started = time.perf_counter()
    sync_index(library, rebuild=True, engine=engine)
    print(f"{time.perf_counter() - started:.3f} {_own_peak_mb():.1f}", flush=True)
    library.close()


def _child_search(library_folder: str, queries_file: str) -> None:
    library = Library.open(Path(library_folder))
    searcher = LibrarySearch(library, cached_searches=0)
    for line in Path(queries_file).read_text(encoding="utf-8").splitlines():
        searcher.search(line, 20)
    print(f"done {_own_peak_mb():.1f}", flush=True)


def _in_child(*arguments: str) -> tuple[str, float]:
    """Runs this script in a child process; its output and its peak resident memory in MB."""
    child = subprocess.Popen([sys.executable, __file__, *arguments], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise RuntimeError(f"child {arguments} failed ({status})")
    return output.strip(), usage.ru_maxrss / 1024


def directory_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# the run ----------------------------------------------------------------------------------------------------


def interleaved(
    searchers: dict[str, LibrarySearch], fts5: Fts5, queries: list[tuple[str, str, str | None]]
) -> tuple[dict[str, Summary], dict[str, int], int, int]:
    # "<engine>:engine" arms time the engine alone (hits, total, facets, matched terms), without the
    # service's SQLite rows and snippets: where the time goes.
    arms = [*searchers, *(f"{e}:engine" for e in searchers), "fts5"]
    best: dict[str, list[float | None]] = {arm: [None] * len(queries) for arm in arms}
    failed: dict[str, int] = defaultdict(int)
    totals: dict[str, list[int | None]] = {arm: [None] * len(queries) for arm in arms}

    def run(arm: str, index: int) -> float | None:
        _, query, fts = queries[index]
        started = time.perf_counter()
        try:
            if arm == "fts5":
                if fts is None:
                    return None
                totals[arm][index] = fts5.search(fts)
            elif arm.endswith(":engine"):
                engine = searchers[arm.removesuffix(":engine")].engine
                assert engine is not None
                totals[arm][index] = engine.search(query, 20).total
            else:
                totals[arm][index] = searchers[arm].search(query, 20).total
        except Exception:
            return float("nan")
        return time.perf_counter() - started

    for round_number in range(3):  # round 0 warms everything; rounds 1 and 2 are timed
        for index in range(len(queries)):
            order = arms if (index + round_number) % 2 == 0 else list(reversed(arms))
            for arm in order:
                elapsed = run(arm, index)
                if round_number == 0 or elapsed is None:
                    continue
                if elapsed != elapsed:  # NaN: the query failed
                    if round_number == 1:
                        failed[arm] += 1
                    continue
                previous = best[arm][index]
                best[arm][index] = elapsed if previous is None else min(previous, elapsed)
    summaries = {}
    for arm in arms:
        timings: dict[str, list[float]] = defaultdict(list)
        for (cls, _, _), elapsed in zip(queries, best[arm], strict=True):
            if elapsed is not None:
                timings[cls].append(elapsed)
        summaries[arm] = summarise(timings)
    engines = list(searchers)
    differ = [i for i in range(len(queries)) if totals[engines[0]][i] != totals[engines[-1]][i]]
    for i in differ[:12]:
        print(f"    totals differ: {queries[i][1]!r}: {totals[engines[0]][i]} / {totals[engines[-1]][i]}")
    return summaries, dict(failed), len(queries) - len(differ), len(queries)


def print_table(summaries: dict[str, Summary]) -> None:
    arms = list(summaries)
    print("p50 / p95 in ms, best of two rounds per query")
    print(f"{'class':8}" + "".join(f"{arm:>20}" for arm in arms) + "   tantivy/FTS5 p95")
    for cls in [*CLASSES, "all"]:
        cells = []
        for arm in arms:
            found = summaries[arm].get(cls)
            cells.append(f"{found[0]:10.1f} /{found[1]:7.1f}" if found else f"{'–':>19} ")
        ratio = ""
        if cls in summaries.get("tantivy", {}) and cls in summaries["fts5"]:
            ratio = f"x{summaries['tantivy'][cls][1] / max(summaries['fts5'][cls][1], 0.01):.2f}"
        print(f"{cls:8}" + "".join(cells) + f"   {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--engines", default=",".join(ENGINE_NAMES))
    parser.add_argument("--child-build", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--child-search", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_build:
        return _child_build(*args.child_build)
    if args.child_search:
        return _child_search(*args.child_search)
    engines = [e for e in args.engines.split(",") if e]
    print(TARGETS)
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        library, rows = build_library(folder / "base", args.paragraphs, rng)
        library.close()
        print(
            f"corpus: {len(rows)} paragraphs, "
            f"{statistics.mean(len(r[4].split()) for r in rows):.0f} words each"
        )
        queries = make_queries(rng, rows, args.queries)
        queries_file = folder / "queries.txt"
        queries_file.write_text("\n".join(q for _, q, _ in queries), encoding="utf-8")
        searchers: dict[str, LibrarySearch] = {}
        libraries: dict[str, Library] = {}
        for engine in engines:
            shutil.copytree(folder / "base", folder / engine)
            output, _ = _in_child("--child-build", str(folder / engine), engine)
            seconds, writer_mb = (float(v) for v in output.split())
            size = directory_size(folder / engine / "index") / 1e6
            print(f"{engine} build: {seconds:.1f} s, index {size:.0f} MB, writer peak RSS {writer_mb:.0f} MB")
            output, _ = _in_child("--child-search", str(folder / engine), str(queries_file))
            search_mb = float(output.split()[-1])
            print(f"{engine} searching every query once in a lean process: peak RSS {search_mb:.0f} MB")
            libraries[engine] = Library.open(folder / engine)
            searchers[engine] = LibrarySearch(libraries[engine], cached_searches=0)
        fts5 = Fts5(folder, rows)
        print(f"fts5 build: {fts5.build:.1f} s, size {fts5.size / 1e6:.0f} MB")
        summaries, failed, same, count = interleaved(searchers, fts5, queries)
        print(
            f"\n{count} queries, best of two interleaved rounds after a warm-up; "
            "service end to end for the engines"
        )
        print_table(summaries)
        print(
            f"failed queries: {failed or 'none'}; "
            f"totals equal between {' and '.join(engines)}: {same}/{count}"
        )
        sample = ROOT / "resources" / "sample" / "luxembourg_2025_fr.txt"
        for engine in engines:
            adds, firsts = [], []
            for attempt in range(5):
                parsed = parse_report(sample)
                parsed.source_name = f"added-{attempt}.txt"
                parsed.sha256 = f"{attempt + 1:x}" * 64
                parsed.profile = "generic"
                store_document(libraries[engine], parsed)
                started = time.perf_counter()
                sync_index(libraries[engine])
                adds.append(time.perf_counter() - started)
                started = time.perf_counter()
                searchers[engine].search(f"Luxembourg {queries[attempt][1]}", 20)
                firsts.append(time.perf_counter() - started)
            print(
                f"{engine}: adding one 32-paragraph report: median {statistics.median(adds) * 1000:.0f} ms "
                f"(max {max(adds) * 1000:.0f}); the first search after it: median "
                f"{statistics.median(firsts) * 1000:.1f} ms (max {max(firsts) * 1000:.1f})"
            )
        for engine in engines:
            searchers[engine].close()
            libraries[engine].close()
        print(
            "peak RSS of this process (all arms open): "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
