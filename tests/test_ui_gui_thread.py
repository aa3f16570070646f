"""No database Session on the GUI thread: every SQL statement the window runs, from its first paint
through the reads the analyst's clicks ask for (a section's facts, an entity's mentions, its page, the
score views, saved searches, bookmarks), runs on the writer lane or a reader thread.

A SQLAlchemy event records the thread of each statement as it runs; each step of the walk asserts that
none ran on the GUI thread, and names the step and the statement when one did."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import event

from db.library import Library
from desktop.ui.facts_model import KIND_ROLE as FACTS_KIND_ROLE
from desktop.ui.outline_model import ID_ROLE, KIND_ROLE
from tests.conftest import SHARED, import_scores
from tests.score_fixtures import write_invented_scores

# The Index's published scores (three editions) when the shared data is there; invented ones otherwise.
SCORES = SHARED / "data" / "ocindex" / "ocindex_scores_long_2021_2023_2025.csv"


class StatementThreads:
    """The statements a library's engine runs, each with whether it ran on the GUI thread."""

    def __init__(self, library: Library) -> None:
        self.engine = library.engine
        self.on_gui: list[str] = []
        self.elsewhere = 0
        event.listen(self.engine, "before_cursor_execute", self._record)

    def _record(self, _connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() == app.thread():
            self.on_gui.append(" ".join(statement.split())[:200])
        else:
            self.elsewhere += 1

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        before, ran = len(self.on_gui), self.elsewhere
        yield
        assert self.on_gui[before:] == [], f"{name}: SQL on the GUI thread: {self.on_gui[before:]}"
        self.ran = self.elsewhere - ran


@pytest.fixture
def scored_library(sample_library_copy, library, tmp_path):  # type: ignore[no-untyped-def]
    """The sample (facts extracted, indexed) with the Index's scores."""
    import_scores(library, SCORES if SCORES.exists() else write_invented_scores(tmp_path / "scores.csv"))
    return library


@pytest.fixture
def statements(scored_library) -> Iterator[StatementThreads]:  # type: ignore[no-untyped-def]
    recorder = StatementThreads(scored_library)
    yield recorder
    recorder.close()


def _tree_rows(window, kind: str):  # type: ignore[no-untyped-def]
    model = window.tree_model
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        if index.data(KIND_ROLE) == kind:
            yield index
        stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]


def _entities(window):  # type: ignore[no-untyped-def]
    model = window.facts_model
    for t in range(model.rowCount()):
        group = model.index(t, 0)
        for e in range(model.rowCount(group)):
            yield model.index(e, 0, group)


def _cocaine_paragraph(window) -> int:  # type: ignore[no-untyped-def]
    return next(
        p.id for _o, s in window.sections.values() for p in s.paragraphs if p.indicator == "cocaine_trade"
    )


@pytest.mark.timeout(300)
def test_the_window_reads_nothing_on_the_gui_thread(  # type: ignore[no-untyped-def]
    qtbot, open_window, scored_library, statements, monkeypatch, tmp_path
):
    with statements.step("opening the window (first paint)"):
        window = open_window(scored_library)
    assert statements.ran, "the window opened without reading the library?"
    assert window.tree_model.rowCount() == 1 and window.facts_model.rowCount() > 0

    with statements.step("selecting a document in the tree"):
        document = next(_tree_rows(window, "document"))
        with qtbot.waitSignal(window.facts_model.modelReset, timeout=60000):  # the panel follows it
            window.tree.setCurrentIndex(document)
    assert window.facts_document == document.data(ID_ROLE)
    assert "Luxembourg" in window.reader.toPlainText()

    with statements.step("selecting a section: the reader colours its facts"):
        section = next(
            index
            for index in _tree_rows(window, "section")
            if any(p.indicator == "cocaine_trade" for p in window.sections[index.data(ID_ROLE)][1].paragraphs)
        )
        with qtbot.waitSignal(window.reader_facts.arrived, timeout=60000):
            window.tree.setCurrentIndex(section)
            # The text at once, never an empty reader while its facts are read; coloured when they come.
            assert "Mocro Mafia" in window.reader.toPlainText()
            assert "Mocro Mafia</span>" not in window.reader.toHtml()
    assert "Mocro Mafia</span>" in window.reader.toHtml()  # coloured as a criminal group
    assert statements.ran, "the section's facts were read somewhere"

    with statements.step("the reader's context menu finds the entity under the mouse"):
        window.select_paragraph(_cocaine_paragraph(window))
        fact = _entity_under_mouse(window, "Mocro Mafia")
    assert fact is not None and fact.canonical == "Mocro Mafia"

    with statements.step("expanding an entity in the facts dock"):
        entity = next(_entities(window))
        window.facts_model.fetchMore(entity)  # what expanding it in the dock does
        qtbot.waitUntil(lambda: window.facts_model.rowCount(entity) > 0, timeout=60000)
    assert window.facts_model.index(0, 0, entity).data(FACTS_KIND_ROLE) == "mention"
    assert statements.ran

    with statements.step("clicking an entity not yet expanded opens its first mention"):
        other = next(e for e in _entities(window) if e != entity and window.facts_model.rowCount(e) == 0)
        window.reading_paragraph = None
        window._open_fact(other)
        qtbot.waitUntil(lambda: window.reading_paragraph is not None, timeout=60000)

    with statements.step("opening an entity page"):
        window.show_entity_page("criminal_group", "Mocro Mafia")
        page = window.entity_page
        qtbot.waitUntil(lambda: page.mentions.model().rowCount() > 0, timeout=60000)
    assert statements.ran

    with statements.step("rejecting an entity: the reader stops colouring it, from the change set"):
        window.tree.setCurrentIndex(window.tree_model.index(0, 0))  # away, then back to the paragraph
        window.select_paragraph(_cocaine_paragraph(window))
        groups = window.reader.toHtml().count("color:#b71c1c")  # criminal groups' colour
        assert groups > 0
        with qtbot.waitSignal(window.lane.changed, timeout=60000):
            window.decide_entity("criminal_group", "Mocro Mafia", "reject")
        assert "Mocro Mafia" in window.reader.toPlainText()
        assert window.reader.toHtml().count("color:#b71c1c") < groups

    with statements.step("Scores ▸ Country Scores, then another edition"):
        window.select_paragraph(_cocaine_paragraph(window))
        country = window.scores_menu.open_country_view()
        with qtbot.waitSignal(country.refreshed, timeout=60000):
            pass
        assert country.shown is not None and country.shown.iso == "LU"
        assert country.edition_box.count() >= 2
        other_edition = country.edition_box.itemData(country.edition_box.count() - 1)
        with qtbot.waitSignal(country.refreshed, timeout=60000):
            country.edition_box.setCurrentIndex(country.edition_box.count() - 1)
            assert country.shown is not None and country.shown.edition != other_edition  # kept meanwhile
        assert country.shown is not None and country.shown.edition == other_edition
        country.close()
    assert statements.ran

    with statements.step("Scores ▸ Compare Indicator, then another indicator"):
        compare = window.scores_menu.open_compare_view()
        with qtbot.waitSignal(compare.refreshed, timeout=60000):
            pass
        assert [c.iso for c in compare.compared] == ["LU"]
        assert compare.compared[0].paragraph_text
        with qtbot.waitSignal(compare.refreshed, timeout=60000):
            compare.indicator_box.setCurrentIndex(compare.indicator_box.findData("human_trafficking"))
        assert compare.compared[0].score is not None
        compare.close()

    with statements.step("saving a search and running it from the Searches menu"):
        window.focus_search()
        window.search.field.setText("Mocro")
        monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Mocro", True))
        with qtbot.waitSignal(window.lane.changed, timeout=60000):
            window.searches.save_current_search()
        window.search.field.setText("")
        action = next(a for a in window.searches.menu.actions() if a.text() == "Mocro")
        with qtbot.waitSignal(window.search.results_ready, timeout=60000) as ran:
            action.trigger()
        assert ran.args[0].total >= 1
        window.open_hit(ran.args[0].hits[0])

    with statements.step("bookmarking, opening it from the dock, deleting it and undoing"):
        paragraph = _cocaine_paragraph(window)
        from db.services.bookmarks import BookmarkDraft

        with qtbot.waitSignal(window.lane.changed, timeout=60000):
            window.add_bookmark(BookmarkDraft(paragraph, "Mocro Mafia", "à suivre", ["drogues"]))
        [record] = window.bookmark_records
        window.bookmarks_panel.opened.emit(record)
        assert window.reading_paragraph == paragraph
        with qtbot.waitSignal(window.lane.changed, timeout=60000):
            window.delete_bookmark(record.id)
        with qtbot.waitSignal(window.lane.changed, timeout=60000):
            window.undo_stack.undo()
        assert len(window.bookmark_records) == 1

    with statements.step("facts of the whole library, highlighting, the source page, a dossier"):
        with qtbot.waitSignal(window.facts_model.modelReset, timeout=60000):
            window.facts_scope_action.setChecked(True)
        window.highlight_action.setChecked(False)
        window.highlight_action.setChecked(True)
        window.show_source_page()  # a text report: it says there is none
        builder = window.open_dossier_builder()
        builder.open_preview = lambda _path: None
        with qtbot.waitSignal(builder.exported, timeout=120000):
            builder.export_to(tmp_path / "dossier.pdf")
        assert (tmp_path / "dossier.pdf").stat().st_size > 0
        builder.close()

    with statements.step("Scores ▸ Import Scores: the tree shows the new scores"):
        with qtbot.waitSignal(window.lane.changed, timeout=120000):
            window.scores_menu.import_file(write_invented_scores(tmp_path / "invented.csv", editions=(2025,)))
        window.reads.wait_for_done()
        QCoreApplication.processEvents()


def _entity_under_mouse(window, name: str):  # type: ignore[no-untyped-def]
    found = window.reader.document().find(name)
    assert not found.isNull(), name
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(found.selectionStart() + 2)
    return window.tools.fact_at(window.reader.cursorRect(cursor).center())


def test_with_highlighting_off_the_reader_still_finds_the_entity_under_the_mouse(qtbot, sample_window):
    window = sample_window
    window.highlight_action.setChecked(False)
    with qtbot.waitSignal(
        window.reader_facts.arrived, timeout=60000
    ):  # read all the same, off the GUI thread
        window.select_paragraph(_cocaine_paragraph(window))
    assert "Mocro Mafia</span>" not in window.reader.toHtml()  # not coloured
    fact = _entity_under_mouse(window, "Mocro Mafia")
    assert fact is not None and (fact.type, fact.canonical) == ("criminal_group", "Mocro Mafia")


def test_a_long_operation_on_the_writer_lane_holds_up_no_read(qtbot, sample_window):
    """Facts being extracted hold the writer lane for minutes: meanwhile the facts panel, the entity page,
    a section's facts and the score views are read all the same, on the reader thread."""
    import threading

    window = sample_window
    release = threading.Event()
    window.lane.submit(lambda _job: release.wait(60))  # the lane is busy until the test is done
    try:
        with qtbot.waitSignal(window.facts_model.modelReset, timeout=60000):
            window.facts_scope_action.setChecked(True)  # the whole library's counts
        with qtbot.waitSignal(window.reader_facts.arrived, timeout=60000):
            window.select_paragraph(_cocaine_paragraph(window))
        assert "Mocro Mafia</span>" in window.reader.toHtml()
        window.show_entity_page("criminal_group", "Mocro Mafia")
        qtbot.waitUntil(lambda: window.entity_page.mentions.model().rowCount() > 0, timeout=60000)
        view = window.scores_menu.open_country_view()
        with qtbot.waitSignal(view.refreshed, timeout=60000):
            pass
        view.close()
        assert not release.is_set() and window.lane.pool.activeThreadCount() == 1  # still held
    finally:
        release.set()


def _panel_counts(window) -> dict[tuple[str, str], int]:  # type: ignore[no-untyped-def]
    model = window.facts_model
    shown = {}
    for t in range(model.rowCount()):
        group = model.index(t, 0)
        for e in range(model.rowCount(group)):
            name, count = model.index(e, 0, group).data().rsplit(" (", 1)
            shown[(group.data().rsplit(" (", 1)[0], name)] = int(count.rstrip(")"))
    return shown


def test_counts_a_change_set_made_for_another_document_are_read_again(qtbot, sample_window, library):
    """The panel follows one document; a change set counted for the one it followed before (the analyst
    moved on while the operation ran) must not show: the panel reads its own document's counts again."""
    from db.services.facts import entity_counts
    from desktop.ops.changes import ChangeSet
    from desktop.ui.view_update import ViewUpdate

    window = sample_window
    assert window.facts_document is None  # the whole library, at start
    shown = _panel_counts(window)
    assert sum(shown.values()) == sum(n for _t, _c, n in entity_counts(library))
    stale = ViewUpdate(entity_counts=[("place", "Nowhere", 1)], counts_document=12345)
    with qtbot.waitSignal(window.facts_model.modelReset, timeout=60000):  # read again, off the GUI thread
        window.apply_changes(ChangeSet("entity", entities=True), stale)
    assert not any(name == "Nowhere" for _group, name in _panel_counts(window))
    assert _panel_counts(window) == shown
