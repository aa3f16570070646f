"""The window runs every change as an operation on the writer lane: the views refresh from its change
set, a failure shows the error dialog, and the GUI thread never touches the database meanwhile."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from db.services.bookmarks import BookmarkDraft, list_bookmarks
from db.services.facts import list_facts
from desktop.ops.changes import ChangeSet
from desktop.ops.facts import extract_documents
from desktop.ops.imports import import_one
from desktop.ops.index import bring_index_up_to_date
from desktop.ui.bookmarks import BookmarkDialog
from desktop.ui.search_model import HIT_ROLE


@pytest.fixture
def window(open_window, library, sample_report, qtbot):
    result = import_one(library, sample_report)
    extract_documents(library, [result.document_id])
    bring_index_up_to_date(library)
    opened = open_window(library)
    qtbot.waitUntil(lambda: opened.index_ready, timeout=60000)
    return opened


def _cocaine_paragraph(window) -> int:
    for paragraph_id, section_id in window.paragraph_sections.items():
        _outline, section = window.sections[section_id]
        if next(p for p in section.paragraphs if p.id == paragraph_id).indicator == "cocaine_trade":
            return paragraph_id
    raise AssertionError("no cocaine paragraph")


def test_no_database_work_on_the_gui_thread_for_bookmarks_decisions_and_imports(
    qtbot, window, library, tmp_path
):
    paragraph_id = _cocaine_paragraph(window)
    window.select_paragraph(paragraph_id)  # showing a section reads its facts once (a query)
    touched: set[int] = set()

    def record(*_args: object) -> None:
        touched.add(threading.get_ident())

    event.listen(library.engine, "before_cursor_execute", record)
    try:
        with qtbot.waitSignal(window.lane.changed, timeout=60000) as added:
            window.add_bookmark(BookmarkDraft(paragraph_id, "Mocro Mafia", "note", ["ops"]))
        assert added.args[0].kind == "bookmark"
        with qtbot.waitSignal(window.lane.changed, timeout=60000) as decided:
            window.decide_entity("place", "Schengen Area", "reject")
        assert decided.args[0].kind == "entity"
        other = tmp_path / "other.txt"
        other.write_text("MARCHÉS CRIMINELS\n\nPERSONNES\nUn paragraphe sur la traite des personnes.\n")
        with qtbot.waitSignal(window.import_flow.finished, timeout=120000):
            window.import_paths([other])
    finally:
        event.remove(library.engine, "before_cursor_execute", record)
    assert touched, "the operations ran no SQL at all?"
    assert threading.get_ident() not in touched
    assert [b.tags for b in list_bookmarks(library)] == [["ops"]]
    assert not any(f.canonical == "Schengen Area" for f in list_facts(library, "place"))


def test_a_bookmark_refreshes_the_dock_and_the_reader_without_reloading_the_tree(qtbot, window, library):
    paragraph_id = _cocaine_paragraph(window)
    window.select_paragraph(paragraph_id)
    resets: list[bool] = []
    window.tree_model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(window.lane.changed, timeout=60000):
        window.add_bookmark(BookmarkDraft(paragraph_id, "Mocro Mafia", "une note à suivre", ["drogues"]))
    assert window.bookmarks_panel.model.rowCount() == 1
    assert "une note à suivre" in window.reader.toPlainText() or "une note" in window.reader.toHtml()
    assert resets == []  # the tree was not reloaded for a bookmark


def test_a_failed_operation_shows_the_error_dialog(qtbot, window):
    with qtbot.waitSignal(window.lane.changed, timeout=2000, raising=False) as changed:
        window.decide_entity("place", "No Such Place Anywhere", "reject")
        qtbot.waitUntil(lambda: window.lane.error_box is not None, timeout=60000)
    assert not changed.signal_triggered
    assert window.lane.error_box is not None and window.lane.error_box.isVisible()
    assert "No Such Place Anywhere" in window.lane.error_box.text()
    window.lane.error_box.close()


def test_the_lane_announces_change_sets_in_order(qtbot, window):
    seen: list[ChangeSet] = []
    window.lane.changed.connect(lambda changes, _update: seen.append(changes))
    with qtbot.waitSignal(window.lane.changed, timeout=60000):
        window.lane.submit(lambda _job: ChangeSet("first", scores=True))
    with qtbot.waitSignal(window.lane.changed, timeout=60000):
        window.lane.submit(lambda _job: ("a result", ChangeSet("second", bookmarks=frozenset([1]))))
    window.lane.submit(lambda _job: ChangeSet("nothing"))  # empty: no view has anything to do
    with qtbot.waitSignal(window.lane.changed, timeout=60000):
        window.lane.submit(lambda _job: ChangeSet("third", entities=True))
    assert [c.kind for c in seen] == ["first", "second", "third"]


def test_commands_take_their_context_from_the_paragraph_being_read(qtbot, window, library):
    """After a search hit is opened, Ctrl+D (no selection) and Ctrl+K act on that paragraph, not on the
    tree's selection."""
    paragraph_id = _cocaine_paragraph(window)
    window.select_first_paragraph()  # the tree points elsewhere
    window.search.set_query("Rotterdam")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=60000)
    hit = window.search.model.index(0).data(HIT_ROLE)
    assert hit.paragraph_id == paragraph_id
    window.open_hit(hit)
    assert window._reading_now()[:2] == ("LU", "cocaine_trade")
    window.reader.textCursor().clearSelection()

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookmarkDialog)
        dialog.accept()

    QTimer.singleShot(0, accept)
    with qtbot.waitSignal(window.lane.changed, timeout=60000):
        window.bookmark_selection()
    [bookmark] = list_bookmarks(library)
    assert bookmark.paragraph_id == paragraph_id


def test_an_empty_library_says_how_to_begin_and_opens_the_sample(qtbot, open_window, library):
    from PySide6.QtCore import QUrl

    from desktop.ui.first_run import SAMPLE_LINK

    window = open_window(library)
    assert "This library is empty" in window.reader.toPlainText()
    assert "Ctrl+I" in window.reader.toPlainText()
    with qtbot.waitSignal(window.import_flow.finished, timeout=120000):
        window._follow_link(QUrl(SAMPLE_LINK))
    assert window.tree_model.rowCount() == 1
    assert "This library is empty" not in window.reader.toPlainText()


def test_the_entity_page_opens_from_the_facts_and_a_mention_opens_in_the_reader(qtbot, window):
    window.show_entity_page("criminal_group", "Mocro Mafia")
    page = window.entity_page
    assert page is not None and window.entity_dock is not None and window.entity_dock.isVisible()
    qtbot.waitUntil(lambda: page.mentions.model().rowCount() > 0, timeout=120000)
    mention = page.mentions.model().index(0, 0)
    with qtbot.waitSignal(page.mention_opened, timeout=10000) as opened:
        page._open(mention)
    paragraph_id = opened.args[0]
    assert window.reading_paragraph == paragraph_id
    assert "Mocro Mafia" in window.reader.toPlainText()


def test_show_source_page_opens_the_pdf_at_the_paragraphs_page(qtbot, open_window, library, tmp_path):
    from tests.report_pdf import write_two_column_pdf

    filler = "Une phrase de remplissage sur le commerce illicite et les ports. " * 14
    blocks = [("heading", "MARCHÉS CRIMINELS"), ("heading", "PERSONNES")]
    blocks += [("paragraph", f"Paragraphe {n} du rapport. {filler}") for n in range(1, 9)]
    blocks.append(("paragraph", "Le passage cherché parle du port de Zeebruges et des conteneurs. " + filler))
    pdf = write_two_column_pdf(tmp_path / "rapport.pdf", blocks)
    assert import_one(library, pdf).ok
    window = open_window(library)
    target = next(
        (p.id, p.page)
        for _o, section in window.sections.values()
        for p in section.paragraphs
        if p.text.startswith("Le passage cherché")
    )
    assert target[1] is not None and target[1] > 1  # the paragraph sits past the first page
    window.select_paragraph(target[0])
    dialog = window.show_source_page()
    assert dialog is not None and dialog.isVisible()
    assert dialog.document.pageCount() >= target[1]
    qtbot.waitUntil(lambda: dialog.view.currentSearchResultIndex() >= 0, timeout=60000)
    assert dialog.search.resultAtIndex(dialog.view.currentSearchResultIndex()).page() == target[1] - 1
    dialog.close()


def test_show_source_page_says_why_when_there_is_none(window):
    window.select_first_paragraph()
    assert window.show_source_page() is None  # the sample is a text file
    assert "not a PDF" in window.statusBar().currentMessage()


def test_a_saved_search_is_listed_and_runs_again(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window.focus_search()
    window.search.field.setText("Rotterdam")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Ports", True))  # the analyst's answer
    with qtbot.waitSignal(window.lane.changed, timeout=60000) as saved:
        window.searches.save_current_search()
    assert saved.args[0].searches
    names = [a.text() for a in window.searches.menu.actions()]
    assert "Ports" in names
    window.search.field.setText("")
    action = next(a for a in window.searches.menu.actions() if a.text() == "Ports")
    with qtbot.waitSignal(window.search.results_ready, timeout=120000) as ran:
        action.trigger()
    assert window.search.field.text() == "Rotterdam"
    assert ran.args[0].total >= 1


def test_a_click_on_a_chart_bar_opens_that_indicators_paragraph(
    qtbot, open_window, library, sample_report, tmp_path
):
    from desktop.ops.scores import import_scores
    from tests.score_fixtures import write_invented_scores

    assert import_one(library, sample_report).ok
    import_scores(library, write_invented_scores(tmp_path / "scores.csv"))
    window = open_window(library)
    window.select_first_paragraph()
    view = window.scores_menu.open_country_view()
    with qtbot.waitSignal(view.refreshed, timeout=60000):  # its scores are read off the GUI thread
        pass
    assert view.shown is not None and view.shown.iso == "LU"
    view.chart.indicator_clicked.emit("cocaine_trade")  # what a click on the bar emits
    paragraph = window.reading_paragraph
    assert paragraph is not None and paragraph == _cocaine_paragraph(window)
    view.close()


def _facts_shown(window) -> dict[tuple[str, str], int]:  # type: ignore[no-untyped-def]
    model = window.facts_model
    shown = {}
    for t in range(model.rowCount()):
        group = model.index(t, 0)
        for e in range(model.rowCount(group)):
            label = model.index(e, 0, group).data()
            name, count = label.rsplit(" (", 1)
            shown[(group.row(), name)] = int(count.rstrip(")"))
    return shown


def test_the_facts_panel_follows_the_document_being_read(
    qtbot, open_window, library, sample_report, tmp_path
):
    from db.services.facts import entity_counts
    from desktop.ops.imports import import_files
    from tests import layout_fixtures as fx

    outcome = import_files(library, [sample_report, fx.write_website_text(tmp_path, "en")])
    first, second = (r.document_id for r in outcome.results)
    window = open_window(library)
    whole = sum(n for _t, _c, n in entity_counts(library))
    assert sum(_facts_shown(window).values()) == whole  # before anything is read: the whole library
    own = sum(n for _t, _c, n in entity_counts(library, second))
    assert 0 < own < whole
    paragraph = next(
        p.id for o, s in window.sections.values() if o.document.id == second for p in s.paragraphs
    )
    with qtbot.waitSignal(window.facts_model.modelReset, timeout=60000):
        window.select_paragraph(paragraph)
    assert sum(_facts_shown(window).values()) == own
    assert window.facts_dock.windowTitle() == "Facts (this report)"
    assert window.facts_view.toolTip() == f"Facts of {window.outlines[second].document.title}"
    entity = window.facts_model.index(0, 0, window.facts_model.index(0, 0))
    window.facts_model.fetchMore(entity)  # read off the GUI thread: the mentions come a moment later
    qtbot.waitUntil(lambda: window.facts_model.rowCount(entity) > 0, timeout=60000)
    mention = window.facts_model.index(0, 0, entity).data()
    assert "«" in mention and "»" in mention and len(mention.split()) > 3  # the words around it
    with qtbot.waitSignal(window.facts_model.modelReset, timeout=60000):
        window.facts_scope_action.setChecked(True)  # the whole library again
    assert sum(_facts_shown(window).values()) == whole
    assert first is not None


def test_the_reader_leads_to_the_entity_page_of_the_name_under_the_mouse(qtbot, window):
    with qtbot.waitSignal(window.reader_facts.arrived, timeout=60000):  # the facts on screen, read aside
        window.select_paragraph(_cocaine_paragraph(window))
    found = window.reader.document().find("Mocro Mafia")
    assert not found.isNull()
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(found.selectionStart() + 2)
    point = window.reader.cursorRect(cursor).center()
    fact = window.tools.fact_at(point)
    assert fact is not None and (fact.type, fact.canonical) == ("criminal_group", "Mocro Mafia")
    cursor.setPosition(window.reader.document().find("arrive").selectionStart() + 1)  # a plain word
    assert window.tools.fact_at(window.reader.cursorRect(cursor).center()) is None
