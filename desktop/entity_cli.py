"""`excerpta entity …`: correct the extractor (reject, rename, merge) or show one entity's page
(`entity show NAME [--type T] [--json]`): its names, every mention by report with its sentence, indicator
and score, the entities met in the same paragraphs, and its flows."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from db.library import Library
from db.services.entities import EntityRecord, entity_record
from db.services.facts import ENTITY_TYPES, UnknownEntity


def add_entity_commands(commands: Any) -> None:
    entity = commands.add_parser("entity", help="one entity: show its page, or correct the extractor")
    actions = entity.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action, help_text in (
        ("reject", "never keep this entity"),
        ("rename", "call it by another name"),
        ("merge", "fold it into another entity"),
    ):
        deciding = actions.add_parser(action, help=help_text)
        deciding.add_argument("type", choices=ENTITY_TYPES)
        deciding.add_argument("name", help="the entity's canonical name, as `entities` prints it")
        deciding.add_argument(
            "target", nargs="?", help="the new name (rename) or the entity to merge into (merge)"
        )
    showing = actions.add_parser("show", help="every mention of an entity, its companions and flows")
    showing.add_argument("name", help="its canonical name or any name it was seen under")
    showing.add_argument("--type", choices=ENTITY_TYPES)
    showing.add_argument("--json", action="store_true")


def command_entity_show(library: Library, args: argparse.Namespace) -> int:
    try:
        record = entity_record(library, args.name, args.type)
    except UnknownEntity as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.json:
        sys.stdout.write(json.dumps(asdict(record), ensure_ascii=False) + "\n")
        return 0
    print(render(record))
    return 0


def render(record: EntityRecord) -> str:
    lines = [f"{record.canonical} ({record.type})"]
    others = [n for n in record.names if n != record.canonical]
    if others:
        lines.append(f"  also written: {', '.join(others)}")
    lines.append(f"  {record.mentions} mentions in {len(record.reports)} reports")
    if record.negated:
        lines.append(f"  {record.negated} mentions say it is absent (marked: absent)")
    for report in record.reports:
        lines.append(f"\n{report.title} [{report.country_iso or '?'} {report.edition or ''}]".rstrip())
        for m in report.mentions:
            score = f" score {m.score:g}" if m.score is not None else ""
            absent = " (absent)" if m.negated else ""
            lines.append(f"  ¶{m.paragraph_id} {m.indicator or '-'}{score}{absent}: {m.sentence}")
    if record.co_occurring:
        lines.append("\nmet in the same paragraphs:")
        lines += [f"  {c.canonical} ({c.type}) ×{c.paragraphs}" for c in record.co_occurring]
    if record.flows:
        lines.append("\nflows:")
        for f in record.flows:
            via = f" via {', '.join(f.transit)}" if f.transit else ""
            by = f" by {f.actor}" if f.actor else ""
            lines.append(f"  {f.origin} → {f.destination or '?'}{via}{by} · {f.commodity or '-'}")
    return "\n".join(lines)
