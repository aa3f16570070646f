"""W3C Web Annotations out and in.

Out: our export is checked against the MUST requirements of the Web Annotation Data Model
(W3C Recommendation, 23 February 2017), restated below in our own words as small checks.
In: samples written here in the shapes the model's examples use (one selector or a list, IRIs for body
and target, several targets, position-only selectors, refinedBy, bodyValue, a bare list, a page) are
imported; what cannot be anchored gets its real reason; a malformed file changes nothing; importing
the same file again adds nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.snapshots import library_rows

ANNO = "http://www.w3.org/ns/anno.jsonld"
UTC_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


# --- the model's MUSTs, in our words -------------------------------------------------------------------


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _contexts_ok(node: dict[str, Any]) -> bool:
    """A top-level resource carries one or more @context values, and the annotation context among them."""
    return "@context" in node and ANNO in _list(node["@context"])


def annotation_problems(a: dict[str, Any], standalone: bool = True) -> list[str]:
    found = []
    if standalone and not _contexts_ok(a):
        found.append("@context missing or without the annotation context")
    if not isinstance(a.get("id"), str) or not IRI.match(a["id"]):
        found.append("an annotation has exactly one IRI as id")
    if "Annotation" not in _list(a.get("type")):
        found.append("Annotation is one of its types")
    targets = a.get("target")
    if targets in (None, []):
        found.append("at least one target")
    for key in ("created", "modified", "generated"):
        if key in a and not (isinstance(a[key], str) and UTC_STAMP.match(a[key])):
            found.append(f"{key} is an xsd:dateTime in UTC, written with Z")
    for body in _list(a.get("body", [])):
        if isinstance(body, dict) and "TextualBody" in _list(body.get("type")):
            if not isinstance(body.get("value"), str):
                found.append("a TextualBody has exactly one value, a string")
            if "format" in body and not isinstance(body["format"], str):
                found.append("format is at most one string")
    for target in _list(targets or []):
        if isinstance(target, str):
            continue
        if "selector" in target and not isinstance(target.get("source"), str):
            found.append("a SpecificResource has exactly one source")
        for selector in _list(target.get("selector", [])):
            found += selector_problems(selector)
    return found


def selector_problems(s: dict[str, Any]) -> list[str]:
    found = []
    kinds = _list(s.get("type"))
    if "TextQuoteSelector" in kinds:
        if not isinstance(s.get("exact"), str):
            found.append("a TextQuoteSelector has exactly one exact, a string")
        for key in ("prefix", "suffix"):
            if key in s and not isinstance(s[key], str):
                found.append(f"a TextQuoteSelector's {key} is at most one string")
    if "TextPositionSelector" in kinds:
        for key in ("start", "end"):
            value = s.get(key)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                found.append(f"a TextPositionSelector has exactly one {key}, a non-negative integer")
    if "refinedBy" in s:
        for refinement in _list(s["refinedBy"]):
            found += selector_problems(refinement)
    return found


def collection_problems(c: dict[str, Any]) -> list[str]:
    found = []
    if not _contexts_ok(c):
        found.append("the collection carries the annotation context")
    if not isinstance(c.get("id"), str) or not IRI.match(c["id"]):
        found.append("a collection has exactly one IRI as id")
    if "AnnotationCollection" not in _list(c.get("type")):
        found.append("AnnotationCollection is one of its types")
    if "total" in c and (not isinstance(c["total"], int) or c["total"] < 0):
        found.append("total is a non-negative integer")
    page = c.get("first")
    if isinstance(page, dict):
        if not isinstance(page.get("id"), str) or not IRI.match(page["id"]):
            found.append("a page has exactly one IRI as id")
        if "AnnotationPage" not in _list(page.get("type")):
            found.append("AnnotationPage is one of its types")
        if not isinstance(page.get("items"), list):
            found.append("a page has items, a list")
        if "startIndex" in page and (not isinstance(page["startIndex"], int) or page["startIndex"] < 0):
            found.append("startIndex is a non-negative integer")
        for item in page.get("items", []):
            found += annotation_problems(item)
    return found


def test_the_checks_catch_what_the_old_export_got_wrong():
    """The checks can fail: the shape our export had before (no Z, no @context per item, no ids)."""
    old_item = {
        "id": "urn:excerpta:bookmark:1",
        "type": "Annotation",
        "created": "2026-11-30T10:00:00",
        "modified": "2026-11-30T10:00:00",
        "body": [],
        "target": {"source": "urn:sha256:ab", "selector": [{"type": "TextQuoteSelector", "exact": 1}]},
    }
    old = {
        "@context": ANNO,
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": [old_item]},
    }
    problems = collection_problems(old)
    assert "a collection has exactly one IRI as id" in problems
    assert "a page has exactly one IRI as id" in problems
    assert "@context missing or without the annotation context" in problems
    assert "created is an xsd:dateTime in UTC, written with Z" in problems
    assert "a TextQuoteSelector has exactly one exact, a string" in problems


# --- fixtures --------------------------------------------------------------------------------------------


@pytest.fixture
def library_with_report(cli, sample_report):
    assert cli("import", "--no-facts", sample_report).code == 0
    return cli


def _paragraphs(cli) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    outline = cli("outline", "--json").json()[0]
    found: list[dict[str, Any]] = []

    def walk(section: dict[str, Any]) -> None:
        found.extend(section["paragraphs"])
        for child in section["sections"]:
            walk(child)

    for section in outline["sections"]:
        walk(section)
    return found


def _span(cli, quote: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    for p in _paragraphs(cli):
        local = p["text"].find(quote)
        if local >= 0:
            return p["start"] + local, p["start"] + local + len(quote)
    raise AssertionError(f"{quote!r} not in the sample")


def _write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


SOURCE = "http://example.org/reports/luxembourg_2025_fr.txt"


# --- export ----------------------------------------------------------------------------------------------


def test_our_export_meets_every_must(library_with_report, tmp_path):
    cli = library_with_report
    paragraph = _paragraphs(cli)[0]["id"]
    cli("bookmark", "add", paragraph, "--note", "Victims from three regions.", "--tag", "trata")
    cli("bookmark", "add", paragraph, "--quote", "police grand-ducale", "--note", "À vérifier.")
    out = tmp_path / "a.json"
    assert cli("export", out).code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert collection_problems(data) == []
    items = data["first"]["items"]
    assert len(items) == 2 and all(item["@context"] == ANNO for item in items)
    assert all(item["created"].endswith("Z") for item in items)
    assert data["first"]["id"] != data["id"]


# --- import ----------------------------------------------------------------------------------------------


def test_the_shapes_of_the_models_examples_are_imported(library_with_report, tmp_path):
    cli = library_with_report
    start, end = _span(cli, "de faux documents")
    samples = [
        {  # one selector object (not a list), a TextualBody in Spanish
            "@context": ANNO,
            "id": "http://example.org/anno/es-1",
            "type": "Annotation",
            "body": {"type": "TextualBody", "value": "Falsificación de documentos.", "purpose": "commenting"},
            "target": {
                "source": SOURCE,
                "selector": {"type": "TextQuoteSelector", "exact": "la police grand-ducale"},
            },
        },
        {  # bodyValue, and a quote inside refinedBy of a selector we cannot use
            "@context": ANNO,
            "id": "http://example.org/anno/en-2",
            "type": "Annotation",
            "bodyValue": "Firearms bought online, in English.",
            "target": {
                "source": SOURCE,
                "selector": {
                    "type": "FragmentSelector",
                    "value": "page=2",
                    "refinedBy": {"type": "TextQuoteSelector", "exact": "des armes à feu"},
                },
            },
        },
        {  # a position alone, a body given as an IRI, a tag
            "@context": ANNO,
            "id": "http://example.org/anno/fr-3",
            "type": "Annotation",
            "body": [
                "http://example.org/notes/passeurs",
                {"type": "TextualBody", "purpose": "tagging", "value": "passeurs"},
            ],
            "target": {
                "source": SOURCE,
                "selector": [{"type": "TextPositionSelector", "start": start, "end": end}],
            },
        },
        {  # two targets, types as a list
            "@context": [ANNO],
            "id": "http://example.org/anno/fr-4",
            "type": ["Annotation"],
            "body": {"type": "TextualBody", "value": "Deux passages sur l’extorsion."},
            "target": [
                {
                    "source": SOURCE,
                    "selector": {"type": "TextQuoteSelector", "exact": "Quelques cas d’extorsion en ligne"},
                },
                {"source": SOURCE, "selector": {"type": "TextQuoteSelector", "exact": "la Mocro Mafia"}},
            ],
        },
    ]
    page = {"@context": ANNO, "id": "http://example.org/page/1", "type": "AnnotationPage", "items": samples}
    path = _write(tmp_path, "page.json", page)
    result = cli("annotations", "import", path)
    assert result.code == 0, result.out + result.err
    assert "5 annotations imported" in result.out
    listed = cli("bookmark", "list", "--json").json()
    quotes = {b["quote"]: b for b in listed}
    assert set(quotes) == {
        "la police grand-ducale",
        "des armes à feu",
        "de faux documents",
        "Quelques cas d’extorsion en ligne",
        "la Mocro Mafia",
    }
    assert quotes["la police grand-ducale"]["note"] == "Falsificación de documentos."
    assert quotes["des armes à feu"]["note"] == "Firearms bought online, in English."
    assert quotes["de faux documents"]["tags"] == ["passeurs"]
    assert "http://example.org/notes/passeurs" in quotes["de faux documents"]["note"]
    assert not any(b["orphan"] for b in listed)


def test_a_bare_list_and_iri_targets(library_with_report, tmp_path):
    cli = library_with_report
    bare = [
        {"id": "urn:x:1", "type": "Annotation", "target": SOURCE, "body": "http://example.org/b"},
        {
            "id": "urn:x:2",
            "type": "Annotation",
            "target": {
                "source": "http://example.org/other.pdf",
                "selector": {"type": "TextQuoteSelector", "exact": "x"},
            },
        },
        {
            "id": "urn:x:3",
            "type": "Annotation",
            "target": {
                "source": SOURCE,
                "selector": {"type": "TextPositionSelector", "start": 5, "end": 10**7},
            },
        },
        {
            "id": "urn:x:4",
            "type": "Annotation",
            "target": {"source": SOURCE, "selector": {"type": "CssSelector", "value": "#p1"}},
        },
    ]
    path = _write(tmp_path, "bare.json", bare)
    result = cli("annotations", "import", path)
    assert result.code == 1
    out = result.out
    assert "urn:x:1: refused (no selector: it points at the whole document" in out
    assert "urn:x:2: refused (its document (http://example.org/other.pdf) is not in this library)" in out
    assert "urn:x:3: refused (position 5-10000000 is out of range" in out
    assert "urn:x:4: refused (its selectors (CssSelector) are not ones Excerpta can anchor" in out
    assert "0 annotations imported, 4 refused" in out


def test_a_quote_no_longer_in_the_text_is_kept_as_an_orphan(library_with_report, tmp_path):
    cli = library_with_report
    item = {
        "id": "urn:x:gone",
        "type": "Annotation",
        "bodyValue": "Una nota.",
        "target": {
            "source": SOURCE,
            "selector": {"type": "TextQuoteSelector", "exact": "un passage disparu"},
        },
    }
    path = _write(tmp_path, "gone.json", item)
    result = cli("annotations", "import", path)
    assert result.code == 1
    assert "urn:x:gone: orphan (its quote is not in the document's current text" in result.out
    listed = cli("bookmark", "list", "--json").json()
    assert [(b["quote"], b["orphan"], b["note"]) for b in listed] == [
        ("un passage disparu", True, "Una nota.")
    ]
    cli("annotations", "import", path)
    assert len(cli("bookmark", "list", "--json").json()) == 1  # the orphan is not made twice


def test_importing_the_same_file_three_times_gives_one_copy(library_with_report, tmp_path):
    cli = library_with_report
    paragraph = _paragraphs(cli)[1]["id"]
    cli(
        "bookmark",
        "add",
        paragraph,
        "--quote",
        "trafic de migrants",
        "--note",
        "Smuggling.",
        "--tag",
        "migration",
    )
    exported = tmp_path / "mine.json"
    assert cli("export", exported).code == 0
    for _ in range(3):
        result = cli("annotations", "import", exported)
        assert result.code == 0 and "0 annotations imported, 1 unchanged" in result.out
    assert len(cli("bookmark", "list", "--json").json()) == 1


def test_dry_run_reports_and_changes_nothing(library_with_report, library_dir, tmp_path):
    cli = library_with_report
    items = [
        {
            "id": "urn:d:1",
            "type": "Annotation",
            "target": {
                "source": SOURCE,
                "selector": {"type": "TextQuoteSelector", "exact": "la Mocro Mafia"},
            },
        },
        {
            "id": "urn:d:2",
            "type": "Annotation",
            "target": {"source": "urn:sha256:00", "selector": {"type": "TextQuoteSelector", "exact": "x"}},
        },
    ]
    path = _write(tmp_path, "dry.json", items)
    before = library_rows(library_dir)
    result = cli("annotations", "import", "--dry-run", path)
    assert "urn:d:1: imported" in result.out and "urn:d:2: refused (its document" in result.out
    assert "1 annotations would be imported, 1 refused (dry run: nothing was changed)" in result.out
    assert library_rows(library_dir) == before


MALFORMED = {
    "start is text": (
        {"type": "TextPositionSelector", "start": "abc", "end": 4},
        'start is "abc", not a whole number',
    ),
    "prefix is null": (
        {"type": "TextQuoteSelector", "exact": "la Mocro Mafia", "prefix": None},
        "prefix is null, not text",
    ),
    "exact is a number": ({"type": "TextQuoteSelector", "exact": 123}, "exact is 123, not text"),
    "end before start": ({"type": "TextPositionSelector", "start": 9, "end": 2}, "end 2 is before start 9"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_annotation_refuses_the_whole_file(library_with_report, library_dir, tmp_path, case):
    cli = library_with_report
    selector, expected = MALFORMED[case]
    good = {
        "id": "urn:g:1",
        "type": "Annotation",
        "target": {"source": SOURCE, "selector": {"type": "TextQuoteSelector", "exact": "la Mocro Mafia"}},
    }
    bad = {"id": "urn:b:1", "type": "Annotation", "target": {"source": SOURCE, "selector": selector}}
    path = _write(tmp_path, "bad.json", [good, bad])
    before = library_rows(library_dir)
    result = cli("annotations", "import", path)
    assert result.code == 1 and "Traceback" not in result.err
    assert "nothing was changed" in result.err and "urn:b:1: " in result.err and expected in result.err
    assert library_rows(library_dir) == before  # the good one before it was not kept either


@pytest.mark.timeout(60)
def test_deep_nesting_and_garbage_are_refused_in_one_line(library_with_report, tmp_path):
    cli = library_with_report
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
    shallow_but_deep = _write(
        tmp_path,
        "deep2.json",
        {
            "type": "Annotation",
            "target": {
                "a": {
                    "b": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
                }
            },
        },
    )
    for path in (deep, shallow_but_deep):
        result = cli("annotations", "import", path)
        assert result.code == 1 and "nested deeper than" in result.err
        assert len(result.err.strip().splitlines()) == 1
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"\xff\xfe not json")
    result = cli("annotations", "import", garbage)
    assert result.code == 1 and "not JSON" in result.err and "Traceback" not in result.err
    number = _write(tmp_path, "number.json", 42)
    assert "neither an annotation" in cli("annotations", "import", number).err


def test_the_op_returns_a_changeset_and_brings_search_up_to_date(library, sample_report, tmp_path):
    from db.search.service import search
    from desktop.ops.annotations import import_annotations
    from desktop.ops.imports import import_paths

    list(import_paths(library, [sample_report]))
    item = {
        "id": "urn:o:1",
        "type": "Annotation",
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "contrefaçon"},
        "target": {
            "source": SOURCE,
            "selector": {"type": "TextQuoteSelector", "exact": "produits de contrefaçon"},
        },
    }
    changes, report = import_annotations(library, _write(tmp_path, "o.json", item))
    assert changes.kind == "annotations" and len(changes.bookmarks) == 1 and len(changes.documents) == 1
    assert report.complete and report.summary() == "1 annotations imported"
    assert search(library, "tag:contrefaçon").total == 1
