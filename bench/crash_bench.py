"""Crash test: `import`, `scores import` and `reindex` killed at random moments, then checked.

Each round starts one CLI command on a library that holds the sample report, kills its main process
with SIGKILL after a random delay (within the command's usual run time), and then:
- opens the library (SQLite's quick check runs on open);
- runs `search` (which brings the index up to date) for each country and a few indicators, and compares
  each total with the count SQLite gives for the same question;
- looks for processes the killed one left behind (its session), then ends them so the next round starts
  clean.

Run: .venv/bin/python bench/crash_bench.py [ROUNDS] [SEED]   (prints the counts; not run in CI)
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import write_reports  # noqa: E402
from db.library import Library, LibraryError  # noqa: E402
from domain.taxonomy import load_taxonomy  # noqa: E402

SAMPLE = ROOT / "resources" / "sample" / "luxembourg_2025_fr.txt"
# French names of the countries the report variants pretend to cover, with their codes and file names.
VARIANTS = [("Belgique", "BE", "belgium"), ("Pays-Bas", "NL", "netherlands"), ("Autriche", "AT", "austria")]
SCORED = {"BE": "Belgium", "NL": "Netherlands", "LU": "Luxembourg", "FR": "France"}
INDICATORS = ["cocaine_trade", "cannabis_trade", "human_trafficking", "arms_trafficking"]


def excerpta(library: Path, *args: str | Path) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", "--library", str(library), *map(str, args)]


def run(library: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(excerpta(library, *args), cwd=ROOT, capture_output=True, text=True, check=False)


def report_variant(work: Path, round_number: int) -> Path:
    """A report for another country (a new document) or a revision of one (a new version)."""
    country, _iso, stem = VARIANTS[round_number % len(VARIANTS)]
    text = SAMPLE.read_text(encoding="utf-8").replace("Luxembourg", country)
    text += f"\n\nNote de révision numéro {round_number} : le texte a été relu et complété.\n"
    path = work / f"{stem}_2025_fr.txt"
    path.write_text(text, encoding="utf-8")
    return path


def score_file(work: Path, round_number: int) -> Path:
    """A small long-form CSV, as tests/score_fixtures.py writes, its scores different each round."""
    path = work / "scores_long.csv"
    lines = ["year,continent,region,country,indicator,score"]
    for iso, name in SCORED.items():
        for n, indicator in enumerate(load_taxonomy().indicators):
            score = 1 + (n + len(iso) * 7 + round_number) % 19 / 2
            lines.append(f"2025,Europe,Western Europe,{name},{indicator.names['en']},{score}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def session_processes(session_id: int) -> list[int]:
    """Live processes of a session (the killed command's, started with start_new_session)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session_id and fields[0] != "Z":  # fields[3]: the session id
            found.append(int(entry.name))
    return found


def expected_totals(database: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        totals = {
            f"country:{iso}": connection.execute(
                "SELECT count(*) FROM paragraphs p JOIN documents d ON d.id = p.document_id"
                " WHERE d.country_iso = ?",
                (iso,),
            ).fetchone()[0]
            for iso in ["LU"] + [v[1] for v in VARIANTS]
        }
        for key in INDICATORS:
            totals[f"indicator:{key}"] = connection.execute(
                "SELECT count(*) FROM paragraphs WHERE indicator_key = ?", (key,)
            ).fetchone()[0]
    return totals


def check(library: Path) -> tuple[bool, list[str]]:
    """Whether the library opens and its search, brought up to date as the CLI does before searching,
    agrees with SQLite; the disagreements. In this process: a CLI start per query would cost 3 s."""
    from db.search.service import search
    from db.search.sync import sync_index

    try:
        opened = Library.open(library)
    except LibraryError as error:
        return False, [f"does not open: {error}"]
    wrong = []
    try:
        with opened.writing("crash bench check"):
            sync_index(opened)
        for query, expected in expected_totals(library / "library.sqlite").items():
            total = search(opened, query, 1).total
            if total != expected:
                wrong.append(f"{query}: search {total}, SQLite {expected}")
    except Exception as error:  # a traceback here is a finding, not the end of the bench
        wrong.append(f"search failed: {type(error).__name__}: {str(error)[:200]}")
    finally:
        opened.close()
    return True, wrong


def command(work: Path, kind: str, round_number: int) -> list[str | Path]:
    if kind == "import":
        return ["import", "--no-facts", report_variant(work, round_number)]
    if kind == "scores import":
        return ["scores", "import", score_file(work, round_number)]
    return ["reindex"]


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 36
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 16)
    work = Path(tempfile.mkdtemp(prefix="excerpta-crash-"))
    library = work / "library"
    # The sample and invented reports, so that a reindex takes long enough to be killed half-way.
    # CRASH_BENCH_REPORTS=160 (over 5,000 paragraphs) takes the index's bulk path with worker processes,
    # whose fate after a kill is then checked too; a reindex then takes minutes on a busy machine.
    extra = write_reports(work / "synthetic", int(os.environ.get("CRASH_BENCH_REPORTS", "40")))
    assert run(library, "import", "--no-facts", SAMPLE, *extra).returncode == 0
    durations: dict[str, float] = {}
    for kind in ("import", "scores import", "reindex"):  # how long each takes when left alone
        started = time.perf_counter()
        done = run(library, *command(work, kind, 1000))
        durations[kind] = time.perf_counter() - started
        assert done.returncode == 0, done.stderr
    print("undisturbed run times: " + ", ".join(f"{k} {v:.2f} s" for k, v in durations.items()))

    counts: Counter[tuple[str, str]] = Counter()
    failures: list[str] = []
    for round_number in range(rounds):
        kind = ("import", "scores import", "reindex")[round_number % 3]
        process = subprocess.Popen(
            excerpta(library, *command(work, kind, round_number)),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started = time.perf_counter()
        delay = rng.uniform(0.05, durations[kind])
        try:
            process.wait(timeout=delay)
            counts[(kind, "finished before the kill")] += 1
            # The machine is shared: a run that beat the kill says how long the command takes now.
            durations[kind] = min(durations[kind], (time.perf_counter() - started) * 0.95)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)  # the main process only, as a crash would
            process.wait()
            counts[(kind, "killed")] += 1
        opened, wrong = check(library)
        left = session_processes(process.pid)
        counts[(kind, "opens")] += opened
        counts[(kind, "search agrees")] += opened and not wrong
        counts[(kind, "orphans left")] += len(left)
        if wrong or not opened or left:
            failures.append(f"round {round_number} ({kind}, killed at {delay:.2f} s): {wrong} orphans {left}")
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        if wrong:  # rebuild, so that the next round is judged on its own
            with Library.open(library) as opened, opened.writing("crash bench repair"):
                from db.search.sync import sync_index

                sync_index(opened, rebuild=True)
    kills = sum(n for (_kind, what), n in counts.items() if what == "killed")
    print(f"{rounds} rounds, {kills} kills, at random moments within each command's run time")
    for kind in ("import", "scores import", "reindex"):
        row = {what: n for (k, what), n in counts.items() if k == kind}
        print(f"{kind:14} " + ", ".join(f"{what}: {n}" for what, n in sorted(row.items())))
    for failure in failures:
        print("FAILED", failure)
    if failures:
        print(f"library left in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
