"""Deleting a bookmark as an undoable command (Ctrl+Z): both directions are operations on the writer
lane, so the GUI thread never writes; the command keeps the removed record to restore it whole."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from db.library import Library
from db.services.bookmarks import BookmarkRecord
from desktop.ops import bookmarks as bookmark_ops
from desktop.ops.changes import ChangeSet
from desktop.ui.tasks import WriterLane


class RemoveBookmarkCommand(QUndoCommand):
    """Delete now; undo puts the bookmark back (anchor, note, tags), redo deletes it again.

    The command follows the bookmark, not the id it started with: a restore may give it another id (see
    `restore_bookmark`), and redo must then delete that one, never a bookmark added since under the old
    id. Its state (`bookmark_id`, `removed`) changes inside the lane's jobs, not in their GUI-thread
    callbacks: the lane is serial, so each job sees what the one before it did, however soon the analyst
    presses Ctrl+Z or Ctrl+Y again."""

    def __init__(self, library: Library, lane: WriterLane, bookmark_id: int) -> None:
        super().__init__(f"Delete bookmark {bookmark_id}")
        self.library, self.lane = library, lane
        # The id of the bookmark while it is in the library; None while it is not (removed, or a restore
        # that found its document gone).
        self.bookmark_id: int | None = bookmark_id
        self.removed: BookmarkRecord | None = None

    def redo(self) -> None:
        self.lane.submit(lambda _job: self._remove())

    def _remove(self) -> tuple[BookmarkRecord | None, ChangeSet]:
        if self.bookmark_id is None:  # its restore could not store it: there is nothing to delete
            return None, ChangeSet("bookmark")
        record, changes = bookmark_ops.remove(self.library, self.bookmark_id)
        self.removed, self.bookmark_id = record, None
        return record, changes

    def undo(self) -> None:
        self.lane.submit(lambda _job: self._restore(), self._restored)

    def _restore(self) -> tuple[BookmarkRecord | None, ChangeSet]:
        if self.removed is None:
            raise LookupError("the bookmark was not deleted, so there is nothing to bring back")
        restored, changes = bookmark_ops.restore(self.library, self.removed)
        if restored is not None:
            self.bookmark_id = restored.id
        return restored, changes

    def _restored(self, result: tuple[BookmarkRecord | None, ChangeSet]) -> None:
        removed = self.removed
        if result[0] is None and removed is not None:
            # Said, not silent: the analyst reads the quote and the note that could not come back.
            note = f" ({removed.note})" if removed.note else ""
            message = QCoreApplication.translate(
                "RemoveBookmarkCommand",
                "The bookmark «{quote}»{note} cannot be restored: its document «{document}» is no longer"
                " in the library.",
            )
            self.lane.show_failure(
                message.format(quote=removed.exact[:80], note=note, document=removed.document)
            )
