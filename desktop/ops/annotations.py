"""The operation "import W3C annotations": checked whole, matched to documents, anchored in one
transaction, the search index brought up to date. Every annotation ends in the report: imported,
unchanged (already there), kept as an orphan, or refused with its reason."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from db.library import Library
from db.services.bookmark_batch import (
    Anchored,
    AnchorOutcome,
    AnchorRequest,
    DocumentKey,
    anchor_bookmarks,
    document_keys,
)
from desktop.dossier.annotations import AnnotationDraft, TargetDraft, read_annotation_file
from desktop.ops.changes import ChangeSet
from desktop.ops.index import bring_index_up_to_date


@dataclass(frozen=True)
class AnnotationLine:
    label: str  # the annotation's id (and target number when it has several)
    status: Anchored
    reason: str = ""

    def line(self) -> str:
        return f"{self.label}: {self.status.value}" + (f" ({self.reason})" if self.reason else "")


@dataclass(frozen=True)
class AnnotationReport:
    path: Path
    dry_run: bool
    lines: list[AnnotationLine] = field(default_factory=list)

    def count(self, status: Anchored) -> int:
        return sum(1 for line in self.lines if line.status is status)

    @property
    def complete(self) -> bool:
        """True when every annotation is in the library (imported or already there)."""
        return all(line.status in (Anchored.IMPORTED, Anchored.UNCHANGED) for line in self.lines)

    def summary(self) -> str:
        verb = "would be imported" if self.dry_run else "imported"
        parts = [f"{self.count(Anchored.IMPORTED)} annotations {verb}"]
        for status in (Anchored.UNCHANGED, Anchored.ORPHAN, Anchored.REFUSED):
            if self.count(status):
                parts.append(f"{self.count(status)} {status.value}")
        return ", ".join(parts) + (" (dry run: nothing was changed)" if self.dry_run else "")


def _file_name(source: str) -> str:
    """The last segment of an IRI or path: `https://…/reports/belgium_2025_fr.txt` → `belgium_2025_fr.txt`."""
    return unquote(urlparse(source).path.rstrip("/").rsplit("/", 1)[-1]) if source else ""


def _document(target: TargetDraft, keys: list[DocumentKey]) -> int | None:
    """The document a target names: by file hash (any version), then by file name."""
    sha = target.source.removeprefix("urn:sha256:") if target.source.startswith("urn:sha256:") else None
    if sha is not None:
        found = next((k.document_id for k in keys if k.sha256 == sha), None)
        if found is not None:
            return found
    for name in (target.source_name, _file_name(target.source)):
        found = next((k.document_id for k in keys if name and k.source_name == name), None)
        if found is not None:
            return found
    return None


def _requests(
    drafts: list[AnnotationDraft], keys: list[DocumentKey]
) -> tuple[list[tuple[str, AnchorRequest]], list[AnnotationLine]]:
    """One request per target that names a known document and a passage; the others refused here."""
    requests: list[tuple[str, AnchorRequest]] = []
    refused: list[AnnotationLine] = []
    for draft in drafts:
        for number, target in enumerate(draft.targets, start=1):
            label = draft.label if len(draft.targets) == 1 else f"{draft.label} (target {number})"
            document_id = _document(target, keys)
            reason = ""
            if document_id is None:
                named = target.source_name or target.source or "no source"
                reason = f"its document ({named}) is not in this library"
            elif target.exact is None and target.start is None:
                kinds = ", ".join(target.unsupported)
                reason = (
                    f"its selectors ({kinds}) are not ones Excerpta can anchor: it needs a "
                    "TextQuoteSelector or a TextPositionSelector"
                    if kinds
                    else "no selector: it points at the whole document, not at a passage"
                )
            if reason:
                refused.append(AnnotationLine(label, Anchored.REFUSED, reason))
                continue
            assert document_id is not None
            request = AnchorRequest(
                document_id,
                target.exact,
                target.prefix,
                target.suffix,
                target.start,
                target.end,
                draft.note,
                draft.tags,
                draft.color,
            )
            requests.append((label, request))
    return requests, refused


def import_annotations(
    library: Library, path: Path, *, dry_run: bool = False
) -> tuple[ChangeSet, AnnotationReport]:
    """Imports `path` (raises AnnotationFileError, changing nothing, when the file is malformed). With
    `dry_run`, reports what would happen and changes nothing."""
    drafts = read_annotation_file(path)
    keys = document_keys(library)
    requests, refused = _requests(drafts, keys)
    with nullcontext() if dry_run else library.writing("annotations import"):
        outcomes: list[AnchorOutcome] = anchor_bookmarks(library, [r for _, r in requests], dry_run=dry_run)
        stored = [o for o in outcomes if o.status in (Anchored.IMPORTED, Anchored.ORPHAN)]
        if stored and not dry_run:
            bring_index_up_to_date(library)  # tags and bookmarks are searchable
    lines = [
        AnnotationLine(label, o.status, o.reason) for (label, _), o in zip(requests, outcomes, strict=True)
    ]
    report = AnnotationReport(path, dry_run, lines + refused)
    if dry_run:
        return ChangeSet(kind="annotations"), report
    changes = ChangeSet(
        kind="annotations",
        bookmarks=frozenset(o.bookmark_id for o in stored if o.bookmark_id is not None),
        documents=frozenset(
            r.document_id for (_, r), o in zip(requests, outcomes, strict=True) if o in stored
        ),
        messages=(report.summary(),),
    )
    return changes, report
