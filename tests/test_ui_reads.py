"""The window's quick reads off the GUI thread (desktop/ui/reads.py, reader_facts.py): a newer read of a
topic overtakes an older one, a read for a view that is gone is dropped, a failure is said, and facts
read before the library's facts changed never reach the reader."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QWidget
from shiboken6 import delete

from desktop.ui.reader_facts import ReaderFacts
from desktop.ui.reads import Reads


@pytest.fixture
def reads(qapp):  # type: ignore[no-untyped-def]
    lane = Reads()
    yield lane
    lane.wait_for_done()


def _held(reads: Reads) -> threading.Event:
    """Holds the reader thread until the event is set, so that what is asked next queues behind it."""
    release = threading.Event()
    reads.read("hold", lambda: release.wait(30), lambda _result: None)
    return release


def test_a_newer_read_of_a_topic_overtakes_an_older_one(qtbot, reads):
    shown: list[str] = []
    release = _held(reads)
    reads.read("section", lambda: "first", shown.append)
    reads.read("other topic", lambda: "other", shown.append)
    reads.read("section", lambda: "second", shown.append)
    release.set()
    qtbot.waitUntil(lambda: not reads.pending(), timeout=10000)
    assert shown == ["other", "second"]


def test_an_overtaken_read_that_already_ran_is_not_shown(qtbot, reads):
    shown: list[str] = []
    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        release.wait(30)
        return "old"

    reads.read("section", slow, shown.append)
    assert started.wait(10)  # it runs now, on the reader thread
    reads.read("section", lambda: "new", shown.append)
    release.set()
    qtbot.waitUntil(lambda: not reads.pending(), timeout=10000)
    assert shown == ["new"]


def test_a_read_for_a_view_that_is_gone_is_dropped(qtbot, reads):
    shown: list[str] = []
    view = QWidget()
    release = _held(reads)
    reads.read("view", lambda: "figures", shown.append, owner=view)
    delete(view)  # the dialog was closed and deleted while its figures were read
    release.set()
    qtbot.waitUntil(lambda: not reads.pending(), timeout=10000)
    assert shown == []


def test_a_failed_read_is_said_in_one_line(qtbot, reads):
    said: list[str] = []
    reads.failed = said.append

    def broken() -> None:
        raise LookupError("no such paragraph: 12")

    reads.read("section", broken, lambda _result: None)
    qtbot.waitUntil(lambda: not reads.pending(), timeout=10000)
    assert said == ["no such paragraph: 12"]


def test_facts_read_before_the_facts_changed_never_reach_the_reader(qtbot, reads, sample_facts_library):
    from db.services.facts import ENTITY_TYPES, list_facts

    facts = ReaderFacts(sample_facts_library, reads)
    named = [f for f in list_facts(sample_facts_library) if f.type in ENTITY_TYPES and f.canonical]
    coloured = sorted({f.paragraph_id for f in named})[:3]
    arrived: list[set[int]] = []
    facts.arrived.connect(arrived.append)
    release = _held(reads)
    assert facts.spans(coloured) == {}  # not held yet: asked for
    facts.forget()  # an operation changed the facts meanwhile
    release.set()
    qtbot.waitUntil(lambda: not reads.pending(), timeout=10000)
    assert arrived == [] and facts.rows == {}
    # asked again, they come, each paragraph with its spans
    with qtbot.waitSignal(facts.arrived, timeout=10000):
        facts.spans(coloured)
    assert arrived == [set(coloured)]
    spans = facts.spans(coloured)
    assert set(spans) == set(coloured) and all(spans[p] for p in coloured)
    # the reader's context menu: the entity under a character, from the facts held
    entity = next(f for f in named if f.paragraph_id == coloured[0])
    found = facts.entity_at(entity.paragraph_id, entity.start)
    assert found is not None and found.start <= entity.start < found.end and found.type in ENTITY_TYPES
    assert facts.entity_at(entity.paragraph_id, -1) is None


def test_an_entity_whose_mentions_could_not_be_read_is_asked_for_again(qapp):  # type: ignore[no-untyped-def]
    from db.services.facts import FactRow
    from desktop.ui.facts_model import FactsModel

    asked: list[str] = []
    mention = FactRow(1, "place", "Anvers", "Anvers", 7, 1, 10, 16, {})

    def request(_type, name, deliver, failed) -> None:  # type: ignore[no-untyped-def]
        asked.append(name)
        if len(asked) == 1:
            failed("database is locked")
        else:
            deliver([mention])

    model = FactsModel()
    model.set_counts([("place", "Anvers", 1)], request, str)
    entity = model.index(0, 0, model.index(0, 0))
    model.fetchMore(entity)
    assert model.rowCount(entity) == 0 and model.canFetchMore(entity)  # not stuck empty
    model.fetchMore(entity)
    assert asked == ["Anvers", "Anvers"] and model.rowCount(entity) == 1
    assert model.index(0, 0, entity).data().startswith("7: « Anvers »")


def test_mentions_slow_to_come_show_loading_meanwhile_and_quick_ones_never_do(qtbot):  # type: ignore[no-untyped-def]
    from db.services.facts import FactRow
    from desktop.ui.facts_model import KIND_ROLE, FactsModel

    antwerp = FactRow(1, "place", "Anvers", "Anvers", 7, 1, 10, 16, {})
    ghent = FactRow(2, "place", "Gand", "Gand", 8, 1, 0, 4, {})
    held = []

    def request(_type, name, deliver, _failed) -> None:  # type: ignore[no-untyped-def]
        if name == "Anvers":
            held.append(deliver)  # a slow read: it comes when the test says
        else:
            deliver([ghent])

    model = FactsModel()
    model.set_counts([("place", "Anvers", 1), ("place", "Gand", 1)], request, str)
    places = model.index(0, 0)
    slow, quick = model.index(0, 0, places), model.index(1, 0, places)
    inserted: list[str] = []
    model.rowsInserted.connect(lambda parent, _first, _last: inserted.append(parent.data()))
    model.fetchMore(quick)
    model.fetchMore(slow)
    qtbot.waitUntil(lambda: model.index(0, 0, slow).data(KIND_ROLE) == "loading", timeout=10000)
    assert model.rowCount(slow) == 1 and model.index(0, 0, slow).data() == "Loading…"
    opened: list[object] = []
    model.first_mention(slow, opened.append)  # a click on the entity while it loads: waits for it
    assert opened == []
    held[0]([antwerp])
    assert model.rowCount(slow) == 1 and model.index(0, 0, slow).data(KIND_ROLE) == "mention"
    assert opened == [antwerp]
    # the quick one came at once and never showed "Loading…" (its timer fired before the slow one's)
    assert inserted.count("Gand (1)") == 1 and model.index(0, 0, quick).data(KIND_ROLE) == "mention"


def test_a_click_on_an_entity_whose_mentions_came_empty_answers_at_once(qapp):  # type: ignore[no-untyped-def]
    from desktop.ui.facts_model import FactsModel

    model = FactsModel()
    model.set_counts([("place", "Anvers", 1)], lambda _t, _n, deliver, _failed: deliver([]), str)
    entity = model.index(0, 0, model.index(0, 0))
    model.fetchMore(entity)  # they came, and there were none (decided away meanwhile)
    opened: list[object] = []
    model.first_mention(entity, opened.append)
    assert opened == [None]
