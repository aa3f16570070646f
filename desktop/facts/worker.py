"""Fact extraction in a worker process, for the desktop.

spaCy holds Python's global lock for long stretches while it loads its model (100–160 ms at a time,
measured), which would freeze the window even from a background thread. In a process of its own it
cannot, and its memory stays out of the window's. One process is started on first use and kept.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from desktop.facts.extract import ParagraphContext, extract_facts
from domain.records import ExtractedFact

# Paragraphs per round trip: progress stays fine-grained, pickling stays cheap.
BATCH = 64


class ProcessExtractor:
    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def __call__(
        self, paragraphs: list[ParagraphContext], progress: Callable[[int, int], None] | None = None
    ) -> list[ExtractedFact]:
        if self._pool is None:
            # spawn, not fork: forking a process that runs Qt threads is unsafe.
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        facts: list[ExtractedFact] = []
        for start in range(0, len(paragraphs), BATCH):
            facts.extend(self._pool.submit(extract_facts, paragraphs[start : start + BATCH]).result())
            if progress:
                progress(min(start + BATCH, len(paragraphs)), len(paragraphs))
        return facts

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
