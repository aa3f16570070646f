"""Reading W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/) into plain drafts.

The whole file is checked before anything is stored: its size, its nesting depth, and every annotation's
shape and field types. A file with any malformed annotation is refused whole, with every problem listed,
so an import is all or nothing. Matching drafts to documents and anchoring them is the operation's job
(desktop/ops/annotations.py).

Every form the model allows is read: a collection (its first page embedded or not, pages chained by an
embedded `next`), a page, one annotation, or a bare list; a body or target given as a plain IRI; one or
several bodies and targets; `bodyValue`; one selector or a list; position-only selectors; and selectors
refined by `refinedBy`, however deep (within the depth limit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.ingest.reading import read_bytes

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 40  # an exported annotation nests 5 deep; a refinedBy chain adds 2 a step
MAX_ANNOTATIONS = 100_000
MAX_TEXT = 2_000_000  # characters of one quote or note: a 1 MB note is allowed, and paged in the PDF
PAGE_LIMIT = 10_000  # embedded pages followed through `next`


class AnnotationFileError(ValueError):
    """The file cannot be imported at all; nothing was stored. `problems` lists every reason."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        super().__init__(f"{path}: not imported, nothing was changed: {shown}")
        self.problems = problems


@dataclass(frozen=True)
class TargetDraft:
    """One passage an annotation points at: its source and what its selectors say."""

    source: str  # the IRI: urn:sha256:…, a file name, or a URL
    source_name: str | None  # excerpta:document.source_name, when we wrote the file
    exact: str | None = None
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    unsupported: tuple[str, ...] = ()  # selector types we cannot anchor (FragmentSelector, CssSelector…)


@dataclass(frozen=True)
class AnnotationDraft:
    label: str  # the annotation's id, or "annotation N" when it has none
    targets: list[TargetDraft]
    note: str = ""
    tags: list[str] = field(default_factory=list)
    color: str = "yellow"


def _depth(value: Any) -> int:
    """Nesting depth, without recursion (a 10,000-deep file must not overflow the stack here)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            return level
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("type", node.get("@type"))
    values = value if isinstance(value, list) else [value]
    return {v for v in values if isinstance(v, str)}


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _items(data: Any, problems: list[str]) -> list[Any]:
    """The annotations of whatever the file's top is."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        problems.append("the file holds neither an annotation, a page, a collection nor a list")
        return []
    kinds = _types(data)
    if "AnnotationCollection" in kinds:
        page = data.get("first")
        if page is None:
            return _as_list(data.get("items"))
        if isinstance(page, str):
            problems.append(f"the collection's first page is elsewhere ({page[:80]}); export it embedded")
            return []
        return _page_items(page, problems)
    if "AnnotationPage" in kinds:
        return _page_items(data, problems)
    return [data]


def _page_items(page: Any, problems: list[str]) -> list[Any]:
    found: list[Any] = []
    for _ in range(PAGE_LIMIT):
        if not isinstance(page, dict):
            problems.append("a page of the collection is not an object")
            break
        items = page.get("items", [])
        if not isinstance(items, list):
            problems.append("a page's items are not a list")
            break
        found += items
        page = page.get("next")
        if page is None or isinstance(page, str):
            break  # a `next` given as an IRI points outside the file
    return found


class _Checker:
    """Reads one annotation, noting each type problem as `label: field: what is wrong`."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[str] = []

    def fail(self, where: str, what: str) -> None:
        self.problems.append(f"{self.label}: {where}: {what}")

    def text(self, node: dict[str, Any], key: str, where: str, required: bool = False) -> str | None:
        if key not in node:
            if required:
                self.fail(where, f"no {key}")
            return None
        value = node[key]
        if not isinstance(value, str):
            self.fail(where, f"{key} is {json.dumps(value)[:40]}, not text")
            return None
        if len(value) > MAX_TEXT:
            self.fail(where, f"{key} is longer than {MAX_TEXT:,} characters")
            return None
        return value

    def offset(self, node: dict[str, Any], key: str, where: str) -> int | None:
        value = node.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(where, f"{key} is {json.dumps(value)[:40]}, not a whole number ≥ 0")
            return None
        return value


def _selectors(checker: _Checker, selector: Any, where: str, found: dict[str, Any], depth: int = 0) -> None:
    """Collects what a selector (or a list of them, or a refinedBy chain) says into `found`."""
    for node in _as_list(selector):
        if not isinstance(node, dict):
            checker.fail(where, "a selector is not an object")
            continue
        kinds = _types(node)
        if "TextQuoteSelector" in kinds:
            exact = checker.text(node, "exact", "TextQuoteSelector", required=True)
            prefix = checker.text(node, "prefix", "TextQuoteSelector")
            suffix = checker.text(node, "suffix", "TextQuoteSelector")
            if exact == "":
                checker.fail("TextQuoteSelector", "exact is empty")
            elif exact is not None and "exact" not in found:
                found.update(exact=exact, prefix=prefix or "", suffix=suffix or "")
        elif "TextPositionSelector" in kinds:
            start = checker.offset(node, "start", "TextPositionSelector")
            end = checker.offset(node, "end", "TextPositionSelector")
            if start is not None and end is not None:
                if end < start:
                    checker.fail("TextPositionSelector", f"end {end} is before start {start}")
                elif depth == 0 and "start" not in found:  # a refinement's offsets are relative: a hint only
                    found.update(start=start, end=end)
        elif kinds:
            found.setdefault("unsupported", []).extend(sorted(kinds))
        else:
            checker.fail(where, "a selector has no type")
        if "refinedBy" in node:
            _selectors(checker, node["refinedBy"], "refinedBy", found, depth + 1)


def _target(checker: _Checker, target: Any) -> TargetDraft | None:
    if isinstance(target, str):
        return TargetDraft(source=target, source_name=None)  # the whole resource, no passage
    if not isinstance(target, dict):
        checker.fail("target", f"{json.dumps(target)[:40]} is neither an IRI nor an object")
        return None
    source = target.get("source", target.get("id", ""))
    if not isinstance(source, str):
        source = source.get("id", "") if isinstance(source, dict) else None
    if source is None:
        checker.fail("target", "source is not an IRI")
        return None
    document = target.get("excerpta:document")
    name = document.get("source_name") if isinstance(document, dict) else None
    found: dict[str, Any] = {}
    _selectors(checker, target.get("selector"), "selector", found)
    return TargetDraft(
        source=source,
        source_name=name if isinstance(name, str) else None,
        exact=found.get("exact"),
        prefix=found.get("prefix", ""),
        suffix=found.get("suffix", ""),
        start=found.get("start"),
        end=found.get("end"),
        unsupported=tuple(found.get("unsupported", ())),
    )


def _bodies(checker: _Checker, item: dict[str, Any]) -> tuple[str, list[str]]:
    notes: list[str] = []
    tags: list[str] = []
    if "bodyValue" in item:
        value = checker.text(item, "bodyValue", "bodyValue")
        if value:
            notes.append(value)
    for body in _as_list(item.get("body")):
        if isinstance(body, str):
            notes.append(body)  # a body given as an IRI: kept in the note, so nothing is lost
            continue
        if not isinstance(body, dict):
            checker.fail("body", f"{json.dumps(body)[:40]} is neither an IRI nor an object")
            continue
        purposes = _as_list(body.get("purpose"))
        value = checker.text(body, "value", "body")
        if value is None:
            source = body.get("id") or body.get("source")
            if isinstance(source, str):
                notes.append(source)
            continue
        (tags if "tagging" in purposes else notes).append(value)
    return "\n\n".join(n.strip() for n in notes if n.strip()), tags


def _annotation(item: Any, number: int) -> tuple[AnnotationDraft | None, list[str]]:
    label = item.get("id") if isinstance(item, dict) else None
    checker = _Checker(label if isinstance(label, str) and label else f"annotation {number}")
    if not isinstance(item, dict):
        checker.fail("annotation", "not an object")
        return None, checker.problems
    if "id" in item and not isinstance(item["id"], str):
        checker.fail("id", "not an IRI")
    if "Annotation" not in _types(item):
        checker.fail("type", "not an Annotation")
    if "target" not in item:
        checker.fail("target", "missing (every annotation has at least one)")
    targets = [t for t in (_target(checker, t) for t in _as_list(item.get("target"))) if t is not None]
    note, tags = _bodies(checker, item)
    color = item.get("excerpta:color", "yellow")
    if not isinstance(color, str):
        checker.fail("excerpta:color", "not text")
    if checker.problems:
        return None, checker.problems
    draft = AnnotationDraft(checker.label, targets, note, tags, color if isinstance(color, str) else "yellow")
    return draft, []


def read_annotation_file(path: Path) -> list[AnnotationDraft]:
    """Every annotation of the file, checked; raises AnnotationFileError (listing every problem) when the
    file cannot be read or any annotation is malformed."""
    try:
        raw = read_bytes(path)
    except Exception as error:  # ImportFailure: a FIFO, a folder, no such file…
        raise AnnotationFileError(path, [getattr(error, "reason", str(error))]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise AnnotationFileError(path, [f"the file is over {MAX_FILE_BYTES // 2**20} MB"])
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except RecursionError:
        raise AnnotationFileError(path, [f"nested deeper than {MAX_DEPTH} levels"]) from None
    except (UnicodeDecodeError, ValueError) as error:
        raise AnnotationFileError(path, [f"not JSON ({str(error)[:120]})"]) from None
    if _depth(data) > MAX_DEPTH:
        raise AnnotationFileError(path, [f"nested deeper than {MAX_DEPTH} levels"])
    problems: list[str] = []
    items = _items(data, problems)
    if len(items) > MAX_ANNOTATIONS:
        problems.append(f"more than {MAX_ANNOTATIONS:,} annotations")
    drafts: list[AnnotationDraft] = []
    for number, item in enumerate(items[:MAX_ANNOTATIONS], start=1):
        draft, found = _annotation(item, number)
        problems += found
        if draft is not None:
            drafts.append(draft)
    if not items and not problems:
        problems.append("no annotations in it")
    if problems:
        raise AnnotationFileError(path, problems)
    return drafts
