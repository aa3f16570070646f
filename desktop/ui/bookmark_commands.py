"""Deleting a bookmark as an undoable command (Ctrl+Z): both directions are operations on the writer
lane, so the GUI thread never writes; the command keeps the removed record to restore it whole."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from db.library import Library
from db.services.bookmarks import BookmarkRecord
from desktop.ops import bookmarks as bookmark_ops
from desktop.ui.tasks import WriterLane


class RemoveBookmarkCommand(QUndoCommand):
    """Delete now; undo puts the same bookmark back (id, anchor, note, tags)."""

    def __init__(self, library: Library, lane: WriterLane, bookmark_id: int) -> None:
        super().__init__(f"Delete bookmark {bookmark_id}")
        self.library, self.lane, self.bookmark_id = library, lane, bookmark_id
        self.removed: BookmarkRecord | None = None

    def redo(self) -> None:
        self.lane.submit(lambda _job: bookmark_ops.remove(self.library, self.bookmark_id), self._removed)

    def _removed(self, result: tuple[BookmarkRecord, object]) -> None:
        self.removed = result[0]

    def undo(self) -> None:
        # The lane is serial: an undo right after the delete runs after it, so `removed` is set by then.
        self.lane.submit(lambda _job: self._restore())

    def _restore(self) -> tuple[BookmarkRecord, object]:
        if self.removed is None:
            raise LookupError("the bookmark was not deleted, so there is nothing to bring back")
        return bookmark_ops.restore(self.library, self.removed)
