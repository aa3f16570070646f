"""Material from outside, round 2: expected against found, per fixture (tests/outside_round2_fixtures.py).

Imports the three fixtures through the import operation into a fresh library and prints, per fixture,
the paragraphs and indicator links against the gold, the facts' precision and recall by type (Sérane),
and the search queries found (Altamar). It asserts nothing.

    .venv/bin/python bench/outside_round2.py
"""

from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.library import Library
from db.search.service import search
from db.services.documents import outline
from db.services.facts import list_facts
from desktop.ops.imports import import_files
from tests import outside_round2_fixtures as fx

ENTITY_TYPES = ("criminal_group", "place", "country", "institution", "commodity", "year", "figure")


def _paragraphs(document):  # type: ignore[no-untyped-def]
    def walk(sections):  # type: ignore[no-untyped-def]
        for section in sections:
            for paragraph in section.paragraphs:
                yield section.title, paragraph
            yield from walk(section.sections)

    return sorted(walk(document.sections), key=lambda item: item[1].number)


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    files = {
        "kestrava (EN, PDF text)": fx.write_kestrava_pdf_text(folder),
        "serane (FR, HTML)": fx.write_serane_html(folder),
        "altamar (ES, Word)": fx.write_altamar_docx(folder),
    }
    library = Library.open(folder / "library")
    ids = {}
    for name, path in files.items():
        [result] = import_files(library, [path], facts=True).results
        print(result.line())
        ids[name] = result.document_id
    documents = {d.document.id: d for d in outline(library, list(ids.values()))}
    print()
    print(
        f"{'fixture':26} {'paragraphs exact':>17} {'links right':>12} {'wrong links':>12} "
        + f"{'country':>8} {'edition':>8}"
    )
    gold_paragraphs = {
        "kestrava (EN, PDF text)": fx.KESTRAVA_PARAGRAPHS,
        "serane (FR, HTML)": [(k, t) for _s, items in fx.SERANE_SECTIONS for k, t in items],
        "altamar (ES, Word)": [(None, t) for t in fx.ALTAMAR_PARAGRAPHS],
    }
    for name, document_id in ids.items():
        document = documents[document_id]
        found = {p.text: p.indicator for _t, p in _paragraphs(document)}
        gold = gold_paragraphs[name]
        exact = sum(1 for _k, t in gold if t in found)
        linked = sum(1 for k, t in gold if k is not None and found.get(t, "-") == k)
        gold_links = {t: k for k, t in gold}
        wrong = sum(1 for t, k in found.items() if k is not None and gold_links.get(t) != k)
        links = sum(1 for k, _t in gold if k is not None)
        summary = document.document
        print(
            f"{name:26} {exact:>8}/{len(gold):<3} found {len(found):<3} {linked:>5}/{links:<6} {wrong:>12} "
            f"{summary.country_iso or '-':>8} {summary.edition or '-':>8}"
        )
    print()
    serane = documents[ids["serane (FR, HTML)"]]
    texts = {p.id: p.text for _t, p in _paragraphs(serane)}
    flat = [items for _title, items in fx.SERANE_SECTIONS]
    gold_spans = defaultdict(set)
    for section, index, kind, mention, _canonical in fx.SERANE_FACTS:
        text = flat[section][index][1]
        start = text.index(mention)
        gold_spans[kind].add((text, start, start + len(mention)))
    found_spans = defaultdict(set)
    for fact in list_facts(library, document_id=serane.document.id):
        if fact.type in ENTITY_TYPES and not fact.data.get("negated"):
            found_spans[fact.type].add((texts[fact.paragraph_id], fact.start, fact.end))
    print(
        f"{'Sérane facts by type':22} {'gold':>5} {'found':>6} {'right':>6} {'precision':>10} {'recall':>7}"
    )
    for kind in ENTITY_TYPES:
        gold, got = gold_spans[kind], found_spans[kind]
        if kind == "figure":  # a figure's span may take in what it counts: right when it covers the gold
            right = sum(1 for g in gold if any(f[0] == g[0] and f[1] <= g[1] and g[2] <= f[2] for f in got))
            right_found = sum(
                1 for f in got if any(f[0] == g[0] and f[1] <= g[1] and g[2] <= f[2] for g in gold)
            )
        else:
            right = right_found = len(gold & got)
        precision = right_found / len(got) if got else 1.0
        recall = right / len(gold) if gold else 1.0
        print(f"{kind:22} {len(gold):>5} {len(got):>6} {right:>6} {precision:>10.2f} {recall:>7.2f}")
    flows = [
        f.data for f in list_facts(library, document_id=serane.document.id) if f.data.get("kind") == "flow"
    ]
    route = {k: fx.SERANE_ROUTE[k] for k in ("origin", "transit", "destination")}
    print(f"route {route}: {'found' if route in [{k: f.get(k) for k in route} for f in flows] else 'missed'}")
    print()
    altamar = documents[ids["altamar (ES, Word)"]]
    texts = {p.id: p.text for _t, p in _paragraphs(altamar)}
    found_queries = 0
    for query, wanted in fx.ALTAMAR_QUERIES:
        hits = [texts.get(h.paragraph_id, "") for h in search(library, query, limit=50).hits]
        ok = all(any(piece in text for text in hits) for piece in wanted)
        found_queries += ok
        print(f"  {query!r:30} {'found' if ok else 'MISSED'}")
    print(f"Altamar queries found: {found_queries}/{len(fx.ALTAMAR_QUERIES)}")
    library.close()


if __name__ == "__main__":
    main()
