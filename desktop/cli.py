"""The headless command line. Tests, benchmarks and power users drive Excerpta through it.

Every command that changes the library calls one operation (desktop/ops) and prints from what it
returns; the window runs the same operations. The contract (commands, output lines, JSON shapes, exit
codes) is stable; see the README. `desktop.launcher` opens the window when no command is given.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from db.errors import error_line
from db.library import Library, LibraryError
from db.search.engine import SORTS
from db.services.bookmarks import COLORS
from db.services.documents import DocumentNotFound, list_documents, outline, resolve_document
from db.services.facts import ENTITY_TYPES, FACT_TYPES
from desktop.cli_output import TextProgress, write_json
from desktop.entity_cli import add_entity_commands, command_entity_show
from desktop.location import resolve_library_dir
from desktop.scores_cli import add_score_commands, command_scores
from domain.records import DocumentOutline, OutlineSection

# Kept here rather than imported from the profiles, so that commands other than import start fast;
# a test checks that it matches desktop.ingest.profiles.
PROFILE_NAMES = ["ocindex", "generic"]


class _VersionAction(argparse.Action):
    """Like argparse's version action, but the component versions are looked up only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from desktop.build_info import version_text

        print(version_text())
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="excerpta", description="Offline evidence browser for country reports on organized crime."
    )
    parser.add_argument(
        "--library", metavar="DIR", help="library folder (default: $EXCERPTA_LIBRARY or user data)"
    )
    parser.add_argument("--version", action=_VersionAction, help="version and build information")
    parser.add_argument("--screenshot", metavar="PATH", help="render the window offscreen to a PNG and exit")
    parser.add_argument("--search", metavar="QUERY", help="with --screenshot: show this search")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    importing = commands.add_parser("import", help="import report files or folders (text or PDF)")
    importing.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    importing.add_argument("--profile", choices=PROFILE_NAMES, help="force a report profile")
    importing.add_argument(
        "--no-facts", action="store_true", help="skip fact extraction (run `extract` later)"
    )

    extracting = commands.add_parser("extract", help="extract facts again, for one document or all")
    extracting.add_argument("document", nargs="?")

    listing_facts = commands.add_parser("facts", help="facts with the spans they come from")
    listing_facts.add_argument("--type", choices=FACT_TYPES)
    listing_facts.add_argument("--document")
    listing_facts.add_argument("--json", action="store_true")

    listing_entities = commands.add_parser("entities", help="canonical entities with counts and aliases")
    listing_entities.add_argument("--type", choices=ENTITY_TYPES)
    listing_entities.add_argument("--json", action="store_true")

    add_entity_commands(commands)  # entity reject|rename|merge TYPE NAME [TARGET], entity show NAME

    outlining = commands.add_parser("outline", help="sections and paragraphs of documents")
    outlining.add_argument("document", nargs="?", help="id, file name or part of the title")
    outlining.add_argument("--json", action="store_true")

    documents = commands.add_parser("documents", help="list the documents")
    documents.add_argument("--json", action="store_true")

    removing = commands.add_parser("remove", help="remove a document")
    removing.add_argument("document")

    editing = commands.add_parser("edit", help="correct a document's detected title, country or edition")
    editing.add_argument("document")
    editing.add_argument("--title")
    editing.add_argument("--country", help="country name as it should be shown")
    editing.add_argument("--iso", help="ISO 3166 alpha-2 code, e.g. BE")
    editing.add_argument("--edition", type=int)
    editing.add_argument("--profile", choices=PROFILE_NAMES, help="read it again with this profile")

    searching = commands.add_parser("search", help="full-text search over every paragraph")
    searching.add_argument(
        "query", help='e.g. cocaïne, "port d\'Anvers", indicator:cocaine_trade country:BE score:>=7'
    )
    searching.add_argument("--limit", type=int, default=20)
    searching.add_argument(
        "--sort",
        choices=SORTS,
        default="relevance",
        help="score: the Index's, highest first",
    )
    searching.add_argument("--json", action="store_true")
    searching.add_argument("--save", metavar="NAME", help="also keep this search under NAME")

    listing_searches = commands.add_parser("searches", help="saved searches (search --save NAME keeps one)")
    listing_searches.add_argument("--json", action="store_true")
    listing_searches.add_argument("--remove", metavar="NAME", help="forget the saved search NAME")

    reindexing = commands.add_parser("reindex", help="rebuild the search index from the library")
    reindexing.add_argument("--engine", choices=("tantivy", "whoosh"), help="switch the library to it")

    bookmarks = commands.add_parser("bookmark", help="keep a span, with a note, tags and a colour")
    bookmark_commands = bookmarks.add_subparsers(dest="bookmark_command", metavar="ACTION", required=True)
    adding = bookmark_commands.add_parser("add", help="bookmark a paragraph, or a quote inside it")
    adding.add_argument("paragraph_id", type=int)
    adding.add_argument("--quote", help="the exact text to keep (default: the whole paragraph)")
    adding.add_argument("--note", default="")
    adding.add_argument("--tag", action="append", default=[], dest="tags")
    adding.add_argument("--color", default="yellow", choices=COLORS)
    listing = bookmark_commands.add_parser("list", help="bookmarks, with orphans marked")
    listing.add_argument("--tag")
    listing.add_argument("--document")
    listing.add_argument("--color", choices=COLORS)
    listing.add_argument("--json", action="store_true")
    removing_bookmark = bookmark_commands.add_parser("remove", help="delete a bookmark")
    removing_bookmark.add_argument("id", type=int)

    exporting = commands.add_parser("export", help="a dossier of excerpts: PDF, Markdown, CSV or W3C JSON")
    exporting.add_argument("out", type=Path, metavar="OUT.(pdf|md|csv|json)")
    exporting.add_argument("--tag", help="bookmarks with this tag")
    exporting.add_argument("--document", help="bookmarks in this document")
    exporting.add_argument("--color", choices=COLORS, help="bookmarks of this colour")
    exporting.add_argument("--query", help="instead of bookmarks: the paragraphs this search finds")
    exporting.add_argument("--title", default="Dossier")
    exporting.add_argument("--author", default="")
    exporting.add_argument("--purpose", default="")
    exporting.add_argument("--force", action="store_true", help="replace an existing file")
    exporting.add_argument(
        "--language", choices=("en", "fr", "es"), default="en", help="the language the dossier is written in"
    )

    annotations = commands.add_parser("annotations", help="W3C annotations in and out")
    annotation_commands = annotations.add_subparsers(
        dest="annotations_command", metavar="ACTION", required=True
    )
    importing_annotations = annotation_commands.add_parser(
        "import", help="bookmarks from a W3C annotation file"
    )
    importing_annotations.add_argument("file", type=Path)
    importing_annotations.add_argument(
        "--dry-run",
        action="store_true",
        help="say what would be imported, orphaned or refused; change nothing",
    )
    commands.add_parser("check", help="full integrity check of the library, and who may read its files")
    add_score_commands(commands)
    return parser


def _command_import(library: Library, args: argparse.Namespace) -> int:
    from desktop.ops.imports import import_files  # the readers (pypdf, charset detection) load only here

    outcome = import_files(
        library,
        args.paths,
        profile=args.profile,
        facts=not args.no_facts,
        progress=TextProgress(),
        on_result=lambda result: print(result.line(), flush=True),
    )
    for line in outcome.facts_failed:
        print(f"warning: {line}", file=sys.stderr)
    return 1 if outcome.facts_failed or any(not r.ok for r in outcome.results) else 0


def _command_extract(library: Library, args: argparse.Namespace) -> int:
    from desktop.ops.facts import reextract  # spaCy loads only when needed

    ids = [resolve_document(library, args.document).id] if args.document else None
    stored, _changes = reextract(library, ids, TextProgress())
    print(f"extracted {stored} facts")
    return 0


def _command_facts(library: Library, args: argparse.Namespace) -> int:
    from db.services.facts import list_facts

    document = resolve_document(library, args.document).id if args.document else None
    facts = list_facts(library, args.type, document)
    if args.json:
        write_json([asdict(f) for f in facts])  # type, text, canonical, paragraph_id, start, end, data…
        return 0
    for f in facts:
        print(f"{f.type:15} {f.canonical[:60]:60} [{f.paragraph_id}:{f.start}-{f.end}] {f.text[:60]!r}")
    return 0


def _command_entities(library: Library, args: argparse.Namespace) -> int:
    from db.services.facts import entities

    found = entities(library, args.type)
    if args.json:
        write_json([asdict(e) for e in found])  # type, canonical, count, documents, aliases
        return 0
    for e in found:
        print(
            f"{e.type:15} {e.canonical:40} {e.count:5}  {', '.join(a for a in e.aliases if a != e.canonical)}"
        )
    return 0


def _command_entity(library: Library, args: argparse.Namespace) -> int:
    from db.services.facts import UnknownEntity
    from desktop.ops.entities import decide_entity

    if args.action == "show":
        return command_entity_show(library, args)

    try:
        touched, _changes = decide_entity(library, args.type, args.name, args.action, args.target)
    except (UnknownEntity, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{args.action}: {args.name} ({touched} facts); kept for every later extraction")
    return 0


def _section_json(section: OutlineSection) -> dict[str, Any]:
    return {
        "title": section.title,
        "key": section.key,
        "level": section.level,
        "sections": [_section_json(child) for child in section.sections],
        "paragraphs": [
            {
                "id": p.id,
                "n": p.number,
                "indicator": p.indicator,
                "text": p.text,
                "page": p.page,
                "start": p.start,
                "end": p.end,
                "ocr_confidence": p.ocr_confidence,
            }
            for p in section.paragraphs
        ],
    }


def _outline_json(document: DocumentOutline) -> dict[str, Any]:
    d = document.document
    return {
        "id": d.id,
        "title": d.title,
        "country": d.country,
        "country_iso": d.country_iso,
        "language": d.language,
        "edition": d.edition,
        "profile": d.profile,
        "layout": d.layout,
        "source": d.source_name,
        "version": d.version,
        "notes": document.notes,
        "sections": [_section_json(s) for s in document.sections],
    }


def _print_section(section: OutlineSection, depth: int) -> None:
    print(f"{'  ' * depth}{section.title}")
    for p in section.paragraphs:
        preview = p.text if len(p.text) <= 70 else p.text[:69] + "…"
        print(f"{'  ' * (depth + 1)}[{p.number}] {p.indicator or '-'}: {preview}")
    for child in section.sections:
        _print_section(child, depth + 1)


def _command_outline(library: Library, args: argparse.Namespace) -> int:
    ids = [resolve_document(library, args.document).id] if args.document else None
    outlines = outline(library, ids)
    if args.json:
        write_json([_outline_json(o) for o in outlines])
        return 0
    for o in outlines:
        d = o.document
        print(f"{d.id}  {d.title}  [{d.language}, {d.country_iso or '?'}, {d.edition or '?'}]")
        for section in o.sections:
            _print_section(section, 1)
        for note in o.notes:
            print(f"  note: {note[:100]}")
    return 0


def _command_documents(library: Library, args: argparse.Namespace) -> int:
    documents = list_documents(library)
    if args.json:
        rows = [{**asdict(d), "imported_at": d.imported_at.isoformat(timespec="seconds")} for d in documents]
        write_json(rows)
        return 0
    for d in documents:
        print(
            f"{d.id:>5}  {d.title}  [{d.language}, {d.country_iso or '?'}, {d.edition or '?'}, "
            f"v{d.version}, {d.paragraph_count} paragraphs]  {d.source_name}"
        )
    if not documents:
        print("The library is empty. Import reports with: excerpta import PATH...")
    return 0


def _command_remove(library: Library, args: argparse.Namespace) -> int:
    from desktop.ops import documents

    removed, _changes = documents.remove(library, resolve_document(library, args.document).id)
    print(f"removed {removed.id}: {removed.title}")
    return 0


def _command_edit(library: Library, args: argparse.Namespace) -> int:
    from desktop.ops import documents

    target = resolve_document(library, args.document)
    if args.profile:
        from db.services.sources import SourceMissing
        from desktop.ingest.errors import ImportFailure

        try:
            parsed, reread, _changes = documents.reread(library, target.id, args.profile)
        except (SourceMissing, ImportFailure) as error:
            print(f"error: {target.source_name}: {error}", file=sys.stderr)
            return 1
        layout = f"{parsed.profile} ({parsed.layout} layout)"
        print(f"{target.id}: read again as {layout}, {reread.paragraph_count} paragraphs")
    updated, _changes = documents.edit(
        library, target.id, title=args.title, country=args.country, country_iso=args.iso, edition=args.edition
    )
    print(f"{updated.id}: {updated.title} [{updated.country_iso or '?'}, {updated.edition or '?'}]")
    return 0


def _command_search(library: Library, args: argparse.Namespace) -> int:
    from db.search.service import search
    from desktop.ops.index import bring_index_up_to_date

    # The CLI's repair at open: a crash between a commit and the index update may have left it behind.
    # A search never waits for another process's write: while one runs, it reads the index as it is,
    # and that writer brings the index up to date itself.
    if not library.writer_busy():
        repaired = bring_index_up_to_date(library, TextProgress())
        if repaired.notice:  # a damaged index was rebuilt from the library
            print(f"note: {repaired.notice}", file=sys.stderr)
    if args.save:
        from db.services.saved_searches import SavedSearchError
        from desktop.ops.searches import save

        try:
            save(library, args.save, args.query, args.sort)
        except SavedSearchError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    results = search(library, args.query, max(1, args.limit), args.sort)
    if args.json:
        hits = [
            {
                "paragraph_id": h.paragraph_id,
                "document": h.document,
                "document_id": h.document_id,
                "country": h.country_iso,
                "country_name": h.country,
                "section_path": h.section_path,
                "indicator": h.indicator,
                "n": h.number,
                "page": h.page,
                "score": h.score,
                "indicator_score": h.indicator_score,
                "snippet": h.snippet,
            }
            for h in results.hits
        ]
        write_json(
            {
                "query": results.query,
                "total": results.total,
                "hits": hits,
                "facets": results.facets,
                "suggestion": results.suggestion,
                "note": results.note,
            }
        )
        return 0
    if results.note:
        print(f"note: {results.note}")
    print(f"{results.total} paragraphs match {results.query!r}")
    for h in results.hits:
        snippet = re.sub(r"</?mark>", "*", html.unescape(h.snippet))
        print(
            f"\n[{h.paragraph_id}] {h.document} › {' › '.join(h.section_path)} ({h.indicator or '-'}"
            f"{'' if h.indicator_score is None else f', Index score {h.indicator_score:g}'}) "
            f"relevance {h.score:.2f}\n    {snippet}"
        )
    if results.suggestion:
        print(f"did you mean: {results.suggestion}")
    return 0


def _command_searches(library: Library, args: argparse.Namespace) -> int:
    from db.services.saved_searches import SavedSearchError, saved_searches
    from desktop.ops.searches import remove

    if args.remove:
        try:
            remove(library, args.remove)
        except SavedSearchError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"forgot the saved search {args.remove}")
        return 0
    found = saved_searches(library)
    if args.json:
        rows = [
            {"name": s.name, "query": s.query, "sort": s.sort, "saved": s.saved_at.isoformat()}
            for s in found
        ]
        write_json(rows)
        return 0
    for saved in found:
        order = "" if saved.sort == "relevance" else f"  (by {saved.sort})"
        print(f"{saved.name}: {saved.query}{order}")
    if not found:
        print("No saved searches. Keep one with: excerpta search QUERY --save NAME")
    return 0


def _command_reindex(library: Library, args: argparse.Namespace) -> int:
    from desktop.ops.index import reindex

    report, _changes = reindex(library, TextProgress(), engine=args.engine)
    print(f"reindexed {report.documents_indexed} documents, {report.paragraphs_indexed} paragraphs")
    return 0


def _bookmark_json(b: Any) -> dict[str, Any]:
    return {
        "id": b.id,
        "document_id": b.document_id,
        "document": b.document,
        "paragraph_id": b.paragraph_id,
        "orphan": b.orphan,
        "quote": b.exact,
        "prefix": b.prefix,
        "suffix": b.suffix,
        "start": b.start,
        "end": b.end,
        "note": b.note,
        "tags": b.tags,
        "color": b.color,
        "created": b.created_at.isoformat(timespec="seconds"),
        "updated": b.updated_at.isoformat(timespec="seconds"),
    }


def _command_bookmark(library: Library, args: argparse.Namespace) -> int:
    from db.services.bookmarks import BookmarkDraft, BookmarkError, list_bookmarks
    from desktop.ops import bookmarks

    try:
        if args.bookmark_command == "add":
            record, _changes = bookmarks.add(
                library, BookmarkDraft(args.paragraph_id, args.quote, args.note, args.tags, args.color)
            )
            print(f"bookmark {record.id}: «{record.exact[:60]}» in {record.document}")
        elif args.bookmark_command == "remove":
            record, _changes = bookmarks.remove(library, args.id)
            print(f"removed bookmark {record.id}: «{record.exact[:60]}»")
        else:
            document = resolve_document(library, args.document).id if args.document else None
            found = list_bookmarks(library, tag=args.tag, document_id=document, color=args.color)
            if args.json:
                write_json([_bookmark_json(b) for b in found])
            for b in [] if args.json else found:
                where = (
                    "ORPHAN (text gone from the current version)"
                    if b.orphan
                    else f"paragraph {b.paragraph_id}"
                )
                tags = f" [{', '.join(b.tags)}]" if b.tags else ""
                print(
                    f"{b.id:>4} {b.color:7} {where}: «{b.exact[:70]}»{tags}"
                    + (f"\n       {b.note}" if b.note else "")
                )
    except BookmarkError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def _command_export(library: Library, args: argparse.Namespace) -> int:
    from desktop.dossier.export import ExportError, export
    from desktop.dossier.model import Dossier, criteria_from, from_bookmarks, from_search

    if args.query:
        entries = from_search(library, args.query)
        scope = f"search: {args.query}"
    else:
        document = resolve_document(library, args.document).id if args.document else None
        entries = from_bookmarks(library, tag=args.tag, document_id=document, color=args.color)
        parts = [
            f"tag {args.tag}" if args.tag else "",
            f"document {args.document}" if args.document else "",
            f"colour {args.color}" if args.color else "",
        ]
        scope = "bookmarks" + (": " + ", ".join(p for p in parts if p) if any(parts) else " (all)")
    try:
        criteria = criteria_from(tag=args.tag, document=args.document, color=args.color, query=args.query)
        dossier = Dossier.gather(
            library,
            args.title,
            args.author,
            args.purpose,
            scope,
            entries,
            language=args.language,
            criteria=criteria,
        )
        summary = export(dossier, args.out, args.force)
    except ExportError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{args.out}: {summary}")
    return 0


def _command_annotations(library: Library, args: argparse.Namespace) -> int:
    from desktop.dossier.annotations import AnnotationFileError
    from desktop.ops.annotations import import_annotations

    try:
        _changes, report = import_annotations(library, args.file, dry_run=args.dry_run)
    except AnnotationFileError as error:
        print(f"error: {error}", file=sys.stderr)
        for problem in error.problems[5:50]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    for line in report.lines:
        if line.status.value != "imported" or args.dry_run:
            print(f"{args.file}: {line.line()}")
    print(f"{args.file}: {report.summary()}")
    return 0 if report.complete else 1


def _command_check(library_dir: Path) -> int:
    """Works from the folder: a damaged library does not open, and that is when this matters most."""
    from db.services.check import check_library
    from desktop.location import settings_file

    report = check_library(library_dir, tuple(f for f in [settings_file()] if f is not None))
    for access in report.access:
        private = "private" if access.private else "READABLE BY OTHERS (chmod go-rwx to fix)"
        print(f"{access.path}: {access.mode}" + ("" if access.mode == "missing" else f", {private}"))
    for backup in report.backups:
        print(f"{backup}: copy taken before the last upgrade")
    if report.damaged:
        for problem in report.problems:
            print(f"{report.database}: damaged: {problem}")
        print(report.way_out)
        return 1
    print(f"{report.database}: integrity check passed")
    return 0


COMMANDS = {
    "import": _command_import,
    "outline": _command_outline,
    "documents": _command_documents,
    "remove": _command_remove,
    "edit": _command_edit,
    "search": _command_search,
    "extract": _command_extract,
    "facts": _command_facts,
    "entities": _command_entities,
    "entity": _command_entity,
    "bookmark": _command_bookmark,
    "export": _command_export,
    "annotations": _command_annotations,
    "reindex": _command_reindex,
    "searches": _command_searches,
    "scores": command_scores,
}


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return _parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command (`desktop.launcher` opens the window when there is none)."""
    args = parse_arguments(argv)
    if args.command is None:
        _parser().print_usage(sys.stderr)
        print("error: no command given (run `excerpta` without one to open the window)", file=sys.stderr)
        return 2
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    library_dir = resolve_library_dir(args.library)
    if args.command == "check":
        return _command_check(library_dir)
    try:
        library = Library.open(library_dir)
    except LibraryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](library, args)
    except (DocumentNotFound, LibraryError) as error:  # LibraryReadOnly: a write on read-only media
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (`| head`) went away; say nothing more and don't let Python complain at exit.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except (OSError, SQLAlchemyError) as error:  # a full disk, a failing drive: one line, no traceback
        why = library.read_only_refusal() if library.read_only else f"{library.folder}: {error_line(error)}"
        print(f"error: {why}", file=sys.stderr)
        return 1
    finally:
        library.close()


if __name__ == "__main__":
    raise SystemExit(main())
