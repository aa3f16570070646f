"""Bookmarks as search sees them (`tag:`, `bookmarked:`), kept beside the index, never inside it.

An index segment keeps a deleted document's terms until it is merged, which no engine promises to do
soon: a removed tag would stay readable in the index files. So the index folder holds one small JSON
file, paragraph → tags, rewritten whole at every change; the engines turn `tag:` and `bookmarked:` into
sets of paragraph ids from it.
"""

from __future__ import annotations

import fnmatch
import json
import os
from collections.abc import Iterable
from pathlib import Path

from db.search.engine import IndexedParagraph
from db.search.query_language import tag_terms

MARKS_FILE = "bookmarks.json"


class BookmarkMarks:
    def __init__(self, directory: Path) -> None:
        self.path = directory / MARKS_FILE
        self._stamp: tuple[int, int] | None = None
        self.entries: dict[int, tuple[int, list[str]]] = {}  # paragraph id → (document id, tags)
        self.reload()

    def reload(self) -> None:
        """Reads the file again when another process has rewritten it."""
        try:
            status = self.path.stat()
        except FileNotFoundError:
            self.entries, self._stamp = {}, None
            return
        stamp = (status.st_mtime_ns, status.st_size)
        if stamp == self._stamp:
            return
        data = json.loads(self.path.read_text(encoding="utf-8"))
        self.entries = {int(pid): (int(did), [str(t) for t in tags]) for pid, (did, tags) in data.items()}
        self._stamp = stamp

    def replace(
        self, document_ids: Iterable[int], paragraphs: list[IndexedParagraph]
    ) -> dict[int, tuple[int, list[str]]]:
        """The entries after dropping `document_ids` and adding the bookmarked `paragraphs` (not saved)."""
        dropped = set(document_ids)
        entries = {pid: entry for pid, entry in self.entries.items() if entry[0] not in dropped}
        for paragraph in paragraphs:
            if paragraph.bookmarked:
                entries[paragraph.paragraph_id] = (paragraph.document_id, tag_terms(paragraph.tags))
        return entries

    def save(self, entries: dict[int, tuple[int, list[str]]]) -> None:
        temporary = self.path.with_suffix(".tmp")
        data = {str(pid): [did, tags] for pid, (did, tags) in sorted(entries.items())}
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.path)
        self.entries = entries
        self._stamp = None

    def paragraphs(self, fieldname: str, pattern: str, kind: str = "term") -> list[int]:
        """Paragraph ids whose `tag` (or `bookmarked` yes/no) value matches: a term, a prefix, a wildcard."""
        if fieldname == "bookmarked":
            return sorted(self.entries) if pattern == "yes" else []
        if kind == "prefix":
            return sorted(
                p for p, (_, tags) in self.entries.items() if any(t.startswith(pattern) for t in tags)
            )
        if kind == "wildcard":
            return sorted(
                p
                for p, (_, tags) in self.entries.items()
                if any(fnmatch.fnmatchcase(t, pattern) for t in tags)
            )
        return sorted(p for p, (_, tags) in self.entries.items() if pattern in tags)
