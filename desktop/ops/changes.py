"""What an operation changed, and the small interface long operations report progress through."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class ChangeSet:
    """The ids an operation touched, so each view refreshes only what it shows.

    `kind` names the operation ("import", "bookmark", "entity", "scores", …). `library` is set when the
    change is too broad to list (a rebuild): views then reload everything they show.
    """

    kind: str
    documents: frozenset[int] = field(default_factory=frozenset)
    removed_documents: frozenset[int] = field(default_factory=frozenset)
    paragraphs: frozenset[int] = field(default_factory=frozenset)
    bookmarks: frozenset[int] = field(default_factory=frozenset)
    entities: bool = False
    scores: bool = False
    searches: bool = False  # the saved searches
    library: bool = False
    messages: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        """Nothing changed (an unchanged re-import, a repair with nothing to repair)."""
        return not (
            self.documents
            or self.removed_documents
            or self.paragraphs
            or self.bookmarks
            or self.entities
            or self.scores
            or self.searches
            or self.library
        )

    def merged(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            kind=self.kind,
            documents=self.documents | other.documents,
            removed_documents=self.removed_documents | other.removed_documents,
            paragraphs=self.paragraphs | other.paragraphs,
            bookmarks=self.bookmarks | other.bookmarks,
            entities=self.entities or other.entities,
            scores=self.scores or other.scores,
            searches=self.searches or other.searches,
            library=self.library or other.library,
            messages=self.messages + other.messages,
        )


class Progress(Protocol):
    """How a long operation reports and is stopped: the CLI draws text, the window a bar."""

    def report(self, done: float, total: float, label: str) -> None: ...

    def cancelled(self) -> bool: ...


class NoProgress:
    """For callers that neither show progress nor cancel."""

    def report(self, done: float, total: float, label: str) -> None:
        return None

    def cancelled(self) -> bool:
        return False
