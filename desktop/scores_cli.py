"""`excerpta scores …`: import the Index's published scores, show a country's, compare an indicator."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from db.library import Library
from db.services.documents import list_documents
from db.services.scores import compare_indicator, country_scores, document_scores
from desktop.cli_output import TextProgress
from desktop.scores_display import change_text
from domain.countries import iso_for_name
from domain.records import IndicatorScore
from domain.taxonomy import load_taxonomy


def add_score_commands(commands: Any) -> None:
    scores = commands.add_parser("scores", help="the Index's published scores: import, show, compare")
    score_commands = scores.add_subparsers(dest="scores_command", metavar="ACTION", required=True)
    importing = score_commands.add_parser(
        "import", help="import a score file (XLSX workbook, wide or long CSV)"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--edition", type=int, help="only this edition; for a CSV without a year in its name"
    )
    showing = score_commands.add_parser("show", help="a country's scores in an edition (default: latest)")
    showing.add_argument("country", help="name in English, French or Spanish, or ISO code")
    showing.add_argument("--edition", type=int)
    showing.add_argument("--json", action="store_true")
    comparing = score_commands.add_parser("compare", help="one indicator across countries, with paragraphs")
    comparing.add_argument("indicator", help="indicator key or name, e.g. cocaine_trade or 'Cocaine trade'")
    comparing.add_argument("countries", nargs="+", metavar="COUNTRY")
    comparing.add_argument("--edition", type=int)
    comparing.add_argument("--json", action="store_true")


def _number(score: IndicatorScore | None) -> float | None:
    return None if score is None else score.score


def _country_iso(name: str) -> str:
    iso = iso_for_name(name)
    if iso is None:
        raise ValueError(f"unknown country {name!r}")
    return iso


def _indicator_key(name: str) -> str:
    from desktop.ingest.scores import score_key

    key = score_key(name)
    if key is None:
        raise ValueError(f"unknown indicator {name!r}; see the keys with: excerpta outline")
    return key


def _import(library: Library, args: argparse.Namespace) -> int:
    from desktop.ingest.errors import ImportFailure
    from desktop.ops.scores import import_scores

    try:
        outcome = import_scores(library, args.file, args.edition, TextProgress())
    except ImportFailure as failure:
        print(f"{failure}", file=sys.stderr)
        return 1
    for line in outcome.lines():
        print(f"{args.file}: {line}")
    documents = list_documents(library)
    matched = document_scores(library, [d.id for d in documents])
    print(
        f"{len(matched)} of {len(documents)} documents in the library have scores for their country "
        "and edition"
    )
    return 0


def _show(library: Library, args: argparse.Namespace) -> int:
    iso = _country_iso(args.country)
    found = country_scores(library, iso, args.edition)
    if found is None:
        edition = f" in {args.edition}" if args.edition else ""
        print(
            f"error: no scores for {args.country}{edition}; import them with: excerpta scores import FILE",
            file=sys.stderr,
        )
        return 1
    if args.json:
        value = {
            "country": found.country,
            "iso": found.iso,
            "edition": found.edition,
            "criminality": _number(found.criminality),
            "resilience": _number(found.resilience),
            "indicators": {key: s.score for key, s in found.indicators.items()},
        }
        sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")
        return 0
    taxonomy = load_taxonomy()
    print(f"{found.country} ({found.iso}), {found.edition} edition")
    for label, score in (("Criminality", found.criminality), ("Resilience", found.resilience)):
        print(f"  {label:45} {_number(score) or '-':>5}  {change_text(score)}")
    for pillar in taxonomy.pillars:
        average = found.pillars.get(pillar.key)
        print(f"\n  {pillar.name('en')} (average {_number(average) or '-'})")
        for indicator in taxonomy.indicators:
            if indicator.pillar == pillar.key and indicator.key in found.indicators:
                score = found.indicators[indicator.key]
                print(f"    {indicator.name('en'):43} {score.score:>5g}  {change_text(score)}")
    return 0


def _compare(library: Library, args: argparse.Namespace) -> int:
    key = _indicator_key(args.indicator)
    found = compare_indicator(library, key, [_country_iso(c) for c in args.countries], args.edition)
    if args.json:
        rows = [
            {
                "country": c.country,
                "iso": c.iso,
                "edition": c.edition or None,
                "score": _number(c.score),
                "change": c.score.change if c.score else None,
                "paragraph_id": c.paragraph_id,
                "document_id": c.document_id,
                "paragraph": c.paragraph_text,
            }
            for c in found
        ]
        sys.stdout.write(json.dumps({"indicator": key, "countries": rows}, ensure_ascii=False) + "\n")
        return 0
    indicator = load_taxonomy().indicator(key)
    print(indicator.name("en") if indicator else key)
    for c in found:
        score = f"{c.score.score:g}" if c.score else "-"
        print(f"  {c.country:30} {c.edition or '':>4} {score:>5}  {change_text(c.score)}")
        if c.paragraph_text:
            preview = c.paragraph_text if len(c.paragraph_text) < 110 else c.paragraph_text[:109] + "…"
            print(f"      [{c.paragraph_id}] {preview}")
    return 0


def command_scores(library: Library, args: argparse.Namespace) -> int:
    try:
        return {"import": _import, "show": _show, "compare": _compare}[args.scores_command](library, args)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
