"""Quick reads off the GUI thread: the section's facts, an entity's mentions, the score views' figures.

The GUI thread never opens a database Session (the architecture rule); a read that takes a millisecond
still goes here, on one reader thread of its own, so that a long operation on the writer lane never
holds it up (SQLite in WAL mode lets it read beside the writer). Only plain records come back.

Each read has a topic; a newer read of the same topic overtakes an older one, whose result is dropped
(as the search pane does with its sequence number), so a quick run of clicks shows the last one only.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from desktop.ui.tasks import Job, Lane


class Reads(Lane):
    """One reader thread; `read(topic, work, on_done)` runs `work()` there and hands its result to
    `on_done` on the GUI thread, unless a newer read of the topic was asked for meanwhile."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: dict[Hashable, int] = {}
        self._sequence = 0
        self.last_error: str | None = None
        self.failed: Callable[[str], None] = lambda _message: None  # the window says it in its status bar

    def read(
        self,
        topic: Hashable,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
        owner: QObject | None = None,
    ) -> Job:
        """`owner`: the view the result is for; once it is gone (a dialog closed and deleted), the result
        is dropped. A failure is said (`failed`, the window's status bar), and `on_failed` lets the view
        that asked recover."""
        self._sequence += 1
        sequence = self._latest[topic] = self._sequence

        def current() -> bool:
            return self._latest.get(topic) == sequence and (owner is None or isValid(owner))

        def run(_job: Job) -> tuple[bool, Any]:
            if not current():  # overtaken while it waited: a newer read of the topic is queued
                return False, None
            return True, work()

        def done(outcome: tuple[bool, Any]) -> None:
            ran, result = outcome
            if ran and current():
                self._latest.pop(topic, None)
                on_done(result)
            elif self._latest.get(topic) == sequence:  # its owner is gone
                self._latest.pop(topic, None)

        def failed(message: str) -> None:
            self.last_error = message
            if current():
                self.failed(message)
                if on_failed:
                    on_failed(message)
            if self._latest.get(topic) == sequence:
                self._latest.pop(topic, None)

        return self._start(Job(run), done, failed, None)

    def pending(self) -> bool:
        """Some read has not come back yet (for tests and the screenshot)."""
        return bool(self._latest)
