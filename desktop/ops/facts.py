"""Fact extraction as a step of the library's life: after an import, at open (repair), or on demand.

The extractor computes (desktop/facts); the services store; the index follows (the entity field).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from db.library import Library
from db.services.documents import list_documents
from db.services.facts import ParagraphInput, paragraph_inputs, stale_fact_documents, store_facts
from desktop.facts.extract import ParagraphContext, extract_facts
from desktop.ops.changes import ChangeSet, NoProgress, Progress
from desktop.ops.index import bring_index_up_to_date
from domain.records import ExtractedFact

# Documents per transaction: large batches stay responsive and a crash loses little work.
CHUNK = 20

log = logging.getLogger(__name__)

Extractor = Callable[[list[ParagraphContext], Callable[[int, int], None] | None], list[ExtractedFact]]
# Told of each document whose facts could not be extracted: its id and the cause, in one line.
FailureHandler = Callable[[int, str], None]


def extract_documents(
    library: Library,
    document_ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    extractor: Extractor | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    on_failure: FailureHandler | None = None,
) -> int:
    """Extracts and stores the facts of these documents (all when None). Returns the number of facts.

    Stops between chunks when `cancelled()` turns true: what is stored stays, the rest stays stale.
    A document the extractor fails on stays stale too, and `on_failure` hears of it."""
    extract = extractor or extract_facts
    inputs = paragraph_inputs(library, document_ids)
    wanted = sorted({p.document_id for p in inputs}) if document_ids is None else sorted(set(document_ids))
    total, done, stored = len(inputs), 0, 0
    for start in range(0, len(wanted), CHUNK):
        if cancelled():
            break
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

        try:
            facts = extract(contexts, step)
        except Exception:
            # One document the extractor cannot take must not cost the others their facts: one by one.
            stored += _one_by_one(library, sorted(chunk), contexts, inputs, extract, on_failure)
        else:
            with library.writing("facts"):
                stored += store_facts(library, sorted(chunk), facts)
        done += len(contexts)
    return stored


def _one_by_one(
    library: Library,
    document_ids: list[int],
    contexts: list[ParagraphContext],
    inputs: list[ParagraphInput],
    extractor: Extractor,
    on_failure: FailureHandler | None = None,
) -> int:
    """Each document alone; one that fails is logged in one line and left marked stale (its facts are
    missing, and `excerpta extract` tries again), and the next goes on."""
    document_of = {p.id: p.document_id for p in inputs}
    stored = 0
    for document_id in document_ids:
        own = [c for c in contexts if document_of[c.paragraph_id] == document_id]
        try:
            facts = extractor(own, None)
        except Exception as error:  # any failure of one document: reported, skipped (it stays stale)
            cause = (str(error).splitlines() or [type(error).__name__])[0][:200]
            log.warning("facts: document %d skipped: %s", document_id, cause)
            if on_failure:
                on_failure(document_id, cause)
            continue
        with library.writing("facts"):
            stored += store_facts(library, [document_id], facts)
    return stored



def extract_stale(
    library: Library,
    progress: Callable[[int, int], None] | None = None,
    extractor: Extractor | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    on_failure: FailureHandler | None = None,
) -> int:
    """Facts for every document imported (or revised) since its facts were last stored: the ordinary
    step after an import, and the repair after a crash between a commit and its extraction."""
    stale = stale_fact_documents(library)
    return extract_documents(library, stale, progress, extractor, cancelled, on_failure) if stale else 0


def facts_missing_lines(failures: list[tuple[int, str]], names: dict[int, str]) -> list[str]:
    """What the analyst reads for each document whose facts could not be extracted (`names`: how the
    front end calls each document; the id when it has no name for it)."""
    return [
        f"{names.get(document_id, f'document {document_id}')}: facts not extracted ({cause}); "
        "`excerpta extract` tries again"
        for document_id, cause in failures
    ]


def reextract(
    library: Library,
    document_ids: list[int] | None = None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
) -> tuple[int, ChangeSet]:
    """`excerpta extract [DOCUMENT]`: facts again, then the index's entity field."""
    shown = progress or NoProgress()
    stored = extract_documents(
        library,
        document_ids,
        lambda done, total: shown.report(done, total, "facts"),
        extractor,
        shown.cancelled,
    )
    bring_index_up_to_date(library, shown)
    return stored, ChangeSet("facts", entities=True)  # the text is unchanged: no outline to read again


def repair_derived(
    library: Library, progress: Progress | None = None, extractor: Extractor | None = None
) -> ChangeSet:
    """Facts for every stale document (just imported, or left out by a crash), then the index: the
    window's second step of an import, and its repair at open. Cancelled, the rest waits for the next
    open. Only the facts changed (the text did not): the change set names entities, nothing more."""
    shown = progress or NoProgress()
    stale = stale_fact_documents(library)
    failures: list[tuple[int, str]] = []
    if stale:
        extract_documents(
            library,
            stale,
            lambda done, total: shown.report(done, total, "facts"),
            extractor,
            shown.cancelled,
            lambda document_id, cause: failures.append((document_id, cause)),
        )
    report = bring_index_up_to_date(library, shown)
    names = {d.id: d.source_name for d in list_documents(library)} if failures else {}
    messages = facts_missing_lines(failures, names)
    if report.notice:  # a damaged index was rebuilt: say so
        messages.append(report.notice)
    return ChangeSet("facts", entities=bool(stale), messages=tuple(messages))
