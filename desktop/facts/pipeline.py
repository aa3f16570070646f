"""Extraction as a step of the library's life: after import, or again with `excerpta extract`."""

from __future__ import annotations

from collections.abc import Callable

from db.library import Library
from db.services.facts import paragraph_inputs, stale_fact_documents, store_facts
from desktop.facts.extract import ParagraphContext, extract_facts
from domain.records import ExtractedFact

# Documents per transaction: large batches stay responsive and a crash loses little work.
CHUNK = 20


Extractor = Callable[[list[ParagraphContext], Callable[[int, int], None] | None], list[ExtractedFact]]


def extract_documents(
    library: Library,
    document_ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    extractor: Extractor = extract_facts,
) -> int:
    """Extracts and stores the facts of these documents (all when None). Returns the number of facts."""
    inputs = paragraph_inputs(library, document_ids)
    wanted = sorted({p.document_id for p in inputs}) if document_ids is None else sorted(set(document_ids))
    total, done, stored = len(inputs), 0, 0
    for start in range(0, len(wanted), CHUNK):
        chunk = set(wanted[start : start + CHUNK])
        contexts = [
            ParagraphContext(p.id, p.text, p.language, p.country_iso, p.indicator)
            for p in inputs
            if p.document_id in chunk
        ]
        base = done

        def step(count: int, _total: int, base: int = base) -> None:
            if progress:
                progress(base + count, total)

        facts = extractor(contexts, step)
        stored += store_facts(library, sorted(chunk), facts)
        done += len(contexts)
    return stored


def extract_stale(
    library: Library, progress: Callable[[int, int], None] | None = None, extractor: Extractor = extract_facts
) -> int:
    """Facts for every document imported (or revised) since its facts were last stored: the ordinary
    step after an import, and the repair after a crash between a commit and its extraction."""
    stale = stale_fact_documents(library)
    return extract_documents(library, stale, progress, extractor) if stale else 0
