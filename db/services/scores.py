"""The Index's published scores: stored per edition, read beside the paragraphs that explain them.

An edition is stored whole in one transaction: re-importing it replaces it. Documents of that edition
get a new content generation, so the search index (which holds each paragraph's score, for `score:>=7`
and sorting by score) redoes them at its next sync.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from db.library import Library
from db.schema import Document, Paragraph, Score, ScoreEdition
from db.services.generation import bump_generation
from domain.countries import country_by_iso
from domain.records import ComparedScore, CountryScores, EditionImport, IndicatorScore, ScoreSheet
from domain.taxonomy import load_taxonomy

# (country ISO, edition) → score key → value
ScoreTable = dict[tuple[str, int], dict[str, float]]


def store_scores(
    library: Library, sheets: list[ScoreSheet], source_name: str, sha256: str
) -> list[EditionImport]:
    """Stores every sheet's edition, replacing what the library had for it; all or nothing. An edition
    already imported from the very same file is left as it is (as an unchanged report is)."""
    outcomes = []
    with library.session() as session, session.begin():
        generation: int | None = None
        for sheet in sheets:
            previous = session.get(ScoreEdition, sheet.edition)
            if previous is not None and previous.sha256 == sha256:
                outcomes.append(EditionImport(sheet.edition, len(sheet.rows), None, unchanged=True))
                continue
            generation = generation or bump_generation(session)
            replaced = previous.source_name if previous else None
            session.execute(delete(Score).where(Score.edition == sheet.edition))
            session.execute(delete(ScoreEdition).where(ScoreEdition.edition == sheet.edition))
            session.add(
                ScoreEdition(
                    edition=sheet.edition, source_name=source_name, sha256=sha256, imported_at=datetime.now()
                )
            )
            session.flush()
            values = [
                {
                    "edition": sheet.edition,
                    "country_iso": row.iso,
                    "country_name": row.name,
                    "key": key,
                    "value": value,
                }
                for row in sheet.rows
                for key, value in row.scores.items()
            ]
            if values:
                session.execute(insert(Score), values)
            session.execute(
                update(Document)
                .where(
                    Document.edition == sheet.edition, Document.country_iso.in_([r.iso for r in sheet.rows])
                )
                .values(content_generation=generation)
            )
            outcomes.append(EditionImport(sheet.edition, len(sheet.rows), replaced))
    return outcomes


def score_table(session: Session, pairs: Iterable[tuple[str, int]]) -> ScoreTable:
    """The scores of some (country, edition) pairs, read in one query."""
    wanted = sorted(set(pairs))
    table: ScoreTable = {pair: {} for pair in wanted}
    if not wanted:
        return table
    # Two plain IN lists, which SQLite answers through the (edition, country, key) index; a row-value
    # IN would use only its first column and scan (2.6 ms per report added at 20,000 scores).
    rows = session.execute(
        select(Score.country_iso, Score.edition, Score.key, Score.value).where(
            Score.edition.in_({edition for _, edition in wanted}),
            Score.country_iso.in_({iso for iso, _ in wanted}),
        )
    )
    for iso, edition, key, value in rows:
        scores = table.get((iso, edition))
        if scores is not None:  # the lists' cross product holds pairs nobody asked for
            scores[key] = value
    return table


def _scores_with_previous(
    session: Session, pairs: set[tuple[str, int]]
) -> dict[tuple[str, int], dict[str, IndicatorScore]]:
    """For each (country, edition): its scores, each with the same score in the latest earlier edition
    that has it. One query for all the pairs: the window asks for every document at once."""
    if not pairs:
        return {}
    # Core rows, not ORM ones: 20,000 of them for a large library, read at every window start.
    rows = (
        session.connection()
        .execute(
            select(Score.country_iso, Score.edition, Score.key, Score.value).where(
                Score.country_iso.in_({iso for iso, _ in pairs}),
                Score.edition <= max(edition for _, edition in pairs),
            )
        )
        .all()
    )
    tables: dict[str, dict[int, dict[str, float]]] = {}  # country → edition → key → value
    for iso, edition, key, value in rows:
        tables.setdefault(iso, {}).setdefault(edition, {})[key] = value
    found = {}
    for iso, edition in pairs:
        editions = tables.get(iso, {})
        earlier = [(e, editions[e]) for e in sorted(editions, reverse=True) if e < edition]  # latest first
        scores = {}
        for key, value in editions.get(edition, {}).items():
            previous_edition, previous = next(((e, t[key]) for e, t in earlier if key in t), (None, None))
            scores[key] = IndicatorScore(key, value, previous, previous_edition)
        found[(iso, edition)] = scores
    return found


def _with_previous(session: Session, iso: str, edition: int) -> dict[str, IndicatorScore]:
    return _scores_with_previous(session, {(iso, edition)})[(iso, edition)]


def score_editions(library: Library) -> list[int]:
    with library.session() as session:
        return list(session.scalars(select(ScoreEdition.edition).order_by(ScoreEdition.edition)))


def scored_countries(library: Library, edition: int | None = None) -> list[tuple[str, str]]:
    """(ISO, the publisher's name) of every country with scores, in name order."""
    with library.session() as session:
        query = select(Score.country_iso, Score.country_name).distinct()
        if edition is not None:
            query = query.where(Score.edition == edition)
        names = dict(session.execute(query).all())
    return sorted(names.items(), key=lambda item: item[1])


def _latest_edition(session: Session, iso: str, key: str | None = None) -> int | None:
    query = select(Score.edition).where(Score.country_iso == iso).order_by(Score.edition.desc()).limit(1)
    if key is not None:
        query = query.where(Score.key == key)
    return session.scalar(query)


def _display_name(iso: str) -> str:
    """Every stored code was matched through pycountry, so it always has an English name."""
    country = country_by_iso(iso)
    return country.name("en") if country else iso


def _country_record(iso: str, edition: int, scores: dict[str, IndicatorScore]) -> CountryScores:
    taxonomy = load_taxonomy()
    return CountryScores(
        country=_display_name(iso),
        iso=iso,
        edition=edition,
        criminality=scores.get("criminality"),
        resilience=scores.get("resilience"),
        pillars={p.key: scores[p.key] for p in taxonomy.pillars if p.key in scores},
        indicators={i.key: scores[i.key] for i in taxonomy.indicators if i.key in scores},
    )


def country_scores(library: Library, iso: str, edition: int | None = None) -> CountryScores | None:
    """A country's scores in an edition (by default its latest), each with its change since the last."""
    with library.session() as session:
        edition = edition or _latest_edition(session, iso)
        scores = _with_previous(session, iso, edition) if edition else {}
    return _country_record(iso, edition, scores) if edition and scores else None


def countries_scores(library: Library, pairs: Iterable[tuple[str, int]]) -> list[CountryScores]:
    """The scores of several (country, edition) pairs, in the order given, read in one query; pairs
    without scores are left out."""
    wanted = list(dict.fromkeys(pairs))
    with library.session() as session:
        found = _scores_with_previous(session, set(wanted))
    return [
        _country_record(iso, edition, found[(iso, edition)])
        for iso, edition in wanted
        if found[(iso, edition)]
    ]


def document_scores(library: Library, document_ids: Iterable[int]) -> dict[int, dict[str, IndicatorScore]]:
    """For each document with a country and an edition: its country's scores in its edition."""
    with library.session() as session:
        documents = session.execute(
            select(Document.id, Document.country_iso, Document.edition).where(
                Document.id.in_(list(document_ids)),
                Document.country_iso.is_not(None),
                Document.edition.is_not(None),
            )
        ).all()
        by_pair = _scores_with_previous(
            session, {(d.country_iso, d.edition) for d in documents if d.country_iso and d.edition}
        )
    return {
        d.id: by_pair[(d.country_iso, d.edition)]
        for d in documents
        if by_pair.get((d.country_iso, d.edition))
    }


def compare_indicator(
    library: Library, key: str, isos: list[str], edition: int | None = None, language: str | None = None
) -> list[ComparedScore]:
    """One indicator across countries, in the order given, each with the paragraph the library has on it
    (in `language` when there is a choice)."""
    found = []
    with library.session() as session:
        for iso in isos:
            year = edition or _latest_edition(session, iso, key)
            score = _with_previous(session, iso, year).get(key) if year else None
            paragraphs = session.execute(
                select(Paragraph.id, Paragraph.document_id, Paragraph.text, Document.language)
                .join(Document, Document.id == Paragraph.document_id)
                .where(Document.country_iso == iso, Paragraph.indicator_key == key)
                .where(Document.edition == year if year else Document.id.is_not(None))
                .order_by(Document.edition.desc(), Document.id)
            ).all()
            chosen = next(
                (p for p in paragraphs if p.language == language), paragraphs[0] if paragraphs else None
            )
            found.append(
                ComparedScore(
                    iso=iso,
                    country=_display_name(iso),
                    edition=year or 0,
                    score=score,
                    paragraph_id=chosen.id if chosen else None,
                    document_id=chosen.document_id if chosen else None,
                    paragraph_text=chosen.text if chosen else None,
                )
            )
    return found
