"""Dossier export speed and memory: 100 and 1,000 annotated excerpts to PDF, each in a fresh process.

Run: .venv/bin/python bench/dossier_bench.py   (prints figures; asserts nothing)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from db.library import Library
from db.services.bookmarks import BookmarkDraft, add_bookmark
from db.services.documents import outline
from desktop.dossier.export import export
from desktop.dossier.model import Dossier, from_bookmarks
from desktop.ops.imports import import_one
from bench.synthetic import write_reports
work = Path({work!r})
library = Library.open(work / "library")
for path in write_reports(work / "reports", max(1, {count} // 32)):
    import_one(library, path)
paragraphs = [p for o in outline(library) for s in o.sections for n in [s, *s.sections] for p in n.paragraphs]
for i in range({count}):
    paragraph = paragraphs[i % len(paragraphs)]
    quote = paragraph.text.split(". ")[0][:80]
    note = f"Note {{i}} : à vérifier — « {{quote[:30]}} »."
    add_bookmark(library, BookmarkDraft(paragraph.id, quote, note, ["bench"]))
started = time.perf_counter()
entries = from_bookmarks(library)
summary = export(Dossier("Bench", "Excerpta", "speed", "all", entries), work / "d.pdf", force=True)
elapsed = time.perf_counter() - started
print(f"{{elapsed:.2f}} {{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}} {{summary}}")
"""


def main() -> None:
    for count in (100, 1000):
        with tempfile.TemporaryDirectory() as work:
            code = PROBE.format(root=str(ROOT), work=work, count=count)
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
            seconds, memory, summary = out.split(" ", 2)
            print(
                f"{count} excerpts: export {float(seconds):.2f} s, peak memory of the process {memory} MB "
                f"({summary.strip()})"
            )


if __name__ == "__main__":
    main()
