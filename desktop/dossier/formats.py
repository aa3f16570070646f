"""The dossier in open formats: Markdown, CSV (one row per excerpt), and W3C Web Annotation JSON with a
TextQuoteSelector and a TextPositionSelector per annotation, which desktop/ops/annotations.py reads back
(the reading and its checks are in desktop/dossier/annotations.py)."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime

from desktop.dossier.model import Dossier

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def to_markdown(dossier: Dossier) -> str:
    lines = [
        f"# {dossier.title}",
        "",
        f"*{dossier.author} — {dossier.made:%Y-%m-%d}*",
        "",
        f"Scope: {dossier.scope}",
        "",
    ]
    if dossier.purpose:
        lines += [f"Purpose: {dossier.purpose}", ""]
    for number, entry in enumerate(dossier.entries, start=1):
        s = entry.source
        lines += [f"## {number}. {s.country or s.title} — {entry.indicator_name}", ""]
        quote = s.text
        if entry.highlight:
            a, b = entry.highlight
            quote = f"{quote[:a]}=={quote[a:b]}=={quote[b:]}"
        lines += [f"> {quote}", ""]
        if entry.note:
            lines += [f"**Note:** {entry.note}", ""]
        if entry.tags:
            lines += [f"Tags: {', '.join(entry.tags)}", ""]
        if entry.facts:
            lines += ["Facts: " + "; ".join(f"{t}: {c}" for t, c, _ in entry.facts), ""]
        lines += [f"<small>{line}</small>  " for line in entry.provenance()] + [""]
    return "\n".join(lines)


# A spreadsheet runs a cell that starts with one of these as a formula (`=cmd|' /C calc'!A0`,
# `+HYPERLINK(…)`, `@SUM(1)`). OWASP's advice on CSV injection: prefix such a cell with a single quote,
# which the spreadsheet shows as text. Tab and carriage return start formulas in some of them too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: object) -> object:
    """A CSV cell that no spreadsheet will run as a formula; numbers are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _InertWriter:
    """csv.writer whose every cell goes through `inert_cell`."""

    def __init__(self, out: io.StringIO) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: list[object]) -> None:
        self._writer.writerow([inert_cell(cell) for cell in row])


def to_csv(dossier: Dossier) -> str:
    out = io.StringIO()
    writer = _InertWriter(out)
    writer.writerow(
        [
            "n",
            "document",
            "country",
            "iso",
            "edition",
            "section",
            "indicator",
            "indicator_score",
            "paragraph",
            "page",
            "quote",
            "note",
            "tags",
            "colour",
            "facts",
            "source",
            "imported",
            "sha256",
        ]
    )
    for number, entry in enumerate(dossier.entries, start=1):
        s = entry.source
        quote = s.text[entry.highlight[0] : entry.highlight[1]] if entry.highlight else s.text
        writer.writerow(
            [
                number,
                s.title,
                s.country,
                s.country_iso,
                s.edition,
                " › ".join(s.section_path),
                s.indicator,
                "" if entry.score is None else entry.score.score,
                s.number,
                s.page or "",
                quote,
                entry.note,
                ";".join(entry.tags),
                entry.color,
                "; ".join(f"{t}:{c}" for t, c, _ in entry.facts),
                s.source_name,
                f"{s.imported_at:%Y-%m-%d}",
                s.sha256,
            ]
        )
    return out.getvalue()


def utc_stamp(moment: datetime) -> str:
    """An xsd:dateTime in UTC with its `Z`, as the model asks of `created` and `modified`. Stored times
    are naive UTC (see db/services/bookmarks.py)."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.strftime("%Y-%m-%dT%H:%M:%SZ")


def to_web_annotations(dossier: Dossier) -> str:
    # The model wants the collection and its pages to have an IRI; one per export, unique.
    collection_id = f"urn:uuid:{uuid.uuid4()}"
    items = []
    for entry in dossier.entries:
        if entry.bookmark is None:
            continue
        b, s = entry.bookmark, entry.source
        body = [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in b.tags]
        if b.note:
            body.insert(
                0, {"type": "TextualBody", "purpose": "commenting", "value": b.note, "format": "text/plain"}
            )
        items.append(
            {
                "@context": CONTEXT,  # each annotation stands alone when taken out of the collection
                "id": f"urn:excerpta:bookmark:{b.id}",
                "type": "Annotation",
                "created": utc_stamp(b.created_at),
                "modified": utc_stamp(b.updated_at),
                "body": body,
                "target": {
                    "source": f"urn:sha256:{s.sha256}",
                    "excerpta:document": {
                        "title": s.title,
                        "source_name": s.source_name,
                        "country": s.country_iso,
                        "edition": s.edition,
                    },
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": b.exact,
                            "prefix": b.prefix,
                            "suffix": b.suffix,
                        },
                        {"type": "TextPositionSelector", "start": b.start, "end": b.end},
                    ],
                },
                "excerpta:color": b.color,
            }
        )
    collection = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": dossier.title,
        "total": len(items),
        "first": {
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
    }
    return json.dumps(collection, ensure_ascii=False, indent=1)
