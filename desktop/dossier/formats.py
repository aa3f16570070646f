"""The dossier in open formats: Markdown, CSV (one row per excerpt), and W3C Web Annotation JSON with a
TextQuoteSelector and a TextPositionSelector per annotation, which `import_annotations` reads back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from db.library import Library
from db.services.anchoring import QuoteSelector
from db.services.bookmarks import BookmarkError, anchor_bookmark
from db.services.documents import list_documents
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


def to_csv(dossier: Dossier) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
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
        cells = [
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
        writer.writerow([inert_cell(cell) for cell in cells])
    return out.getvalue()


def to_web_annotations(dossier: Dossier) -> str:
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
                "id": f"urn:excerpta:bookmark:{b.id}",
                "type": "Annotation",
                "created": b.created_at.isoformat(timespec="seconds"),
                "modified": b.updated_at.isoformat(timespec="seconds"),
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
        "type": "AnnotationCollection",
        "label": dossier.title,
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=1)


def import_annotations(library: Library, path: Path) -> tuple[int, list[str]]:
    """Bookmarks from W3C annotations: each is matched to its document (same file hash, else same file
    name), re-anchored by its quote, and kept with its note, tags and colour. Returns (imported, problems)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BookmarkError(f"{path}: not a readable annotation file ({error})") from error
    items = (
        data.get("first", {}).get("items", [])
        if data.get("type") == "AnnotationCollection"
        else (data if isinstance(data, list) else [data])
    )
    documents = list_documents(library)
    imported, problems = 0, []
    for item in items:
        target = item.get("target", {})
        selectors = {s.get("type"): s for s in target.get("selector", [])}
        quote = selectors.get("TextQuoteSelector", {})
        position = selectors.get("TextPositionSelector", {})
        sha = str(target.get("source", "")).removeprefix("urn:sha256:")
        name = target.get("excerpta:document", {}).get("source_name")
        document = next((d for d in documents if d.sha256 == sha), None) or next(
            (d for d in documents if d.source_name == name), None
        )
        if document is None or not quote.get("exact"):
            problems.append(f"{item.get('id')}: its document is not in this library")
            continue
        selector = QuoteSelector(
            quote["exact"],
            quote.get("prefix", ""),
            quote.get("suffix", ""),
            int(position.get("start", 0)),
            int(position.get("end", 0)),
        )
        bodies = item.get("body", [])
        bodies = bodies if isinstance(bodies, list) else [bodies]
        note = next((b.get("value", "") for b in bodies if b.get("purpose") == "commenting"), "")
        tags = [b.get("value", "") for b in bodies if b.get("purpose") == "tagging"]
        color = item.get("excerpta:color", "yellow")
        if anchor_bookmark(library, document.id, selector, note, tags, color) is None:
            problems.append(f"{item.get('id')}: its quote is no longer in the document")
            continue
        imported += 1
    return imported, problems
