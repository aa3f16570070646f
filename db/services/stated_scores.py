"""Scores a document states beside its indicator headings, checked against the imported score files.

A website country page prints each indicator's score; when the score file imported for the same country
and edition gives another value, one of the two is from another edition or was revised, and the analyst
must be told: the score import calls `stated_score_disagreements` and prints `disagreement_line`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from db.library import Library
from db.schema import Document
from db.services.scores import score_table


@dataclass(frozen=True)
class StatedScoreDisagreement:
    """A document prints a score beside an indicator heading that the imported score file does not give."""

    document_id: int
    document_title: str
    edition: int
    key: str
    stated: float
    imported: float


def stated_score_disagreements(
    library: Library, editions: Iterable[int] | None = None
) -> list[StatedScoreDisagreement]:
    """Every indicator whose score a document states (website layout) differs from the score stored for
    the document's country and edition: the page or the file is from another edition, or was revised."""
    wanted = set(editions) if editions is not None else None
    with library.session() as session:
        documents = session.execute(
            select(
                Document.id, Document.title, Document.country_iso, Document.edition, Document.stated_scores
            )
            .where(Document.country_iso.is_not(None), Document.edition.is_not(None))
            .order_by(Document.id)
        ).all()
        stated = [d for d in documents if d.stated_scores and (wanted is None or d.edition in wanted)]
        table = score_table(session, {(d.country_iso, d.edition) for d in stated})
    found: list[StatedScoreDisagreement] = []
    for document in stated:
        stored = table.get((document.country_iso, document.edition), {})
        for key, value in document.stated_scores.items():
            imported = stored.get(key)
            if imported is not None and abs(imported - float(value)) > 0.005:
                found.append(
                    StatedScoreDisagreement(
                        document.id, document.title, document.edition, key, float(value), imported
                    )
                )
    return found


def disagreement_line(disagreements: list[StatedScoreDisagreement]) -> str | None:
    """One line for the score import: how many stated scores the file contradicts, with the first."""
    if not disagreements:
        return None
    first = disagreements[0]
    documents = len({d.document_id for d in disagreements})
    more = f" (and {len(disagreements) - 1} more)" if len(disagreements) > 1 else ""
    return (
        f"{len(disagreements)} score(s) disagree with what {documents} document(s) state: "
        f"{first.document_title} states {first.key} {first.stated:g}, the file gives {first.imported:g}{more}"
    )
