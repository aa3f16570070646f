"""The reader, the live score chart and the bookmarks dock, as the analyst sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from db.search.sync import sync_index
from db.services.bookmarks import BookmarkDraft, add_bookmark, list_bookmarks
from desktop.ops.imports import import_one
from desktop.ops.scores import import_score_file
from desktop.scores_display import ChartRow
from desktop.ui.bookmarks import BookmarksPanel
from desktop.ui.i18n import install_translator, remove_translator
from desktop.ui.reader import snap_to_words
from desktop.ui.score_chart import ScoreChart
from domain.records import IndicatorScore
from tests.score_fixtures import write_invented_scores


@pytest.fixture
def scored_window(open_window, library, sample_report, tmp_path):  # type: ignore[no-untyped-def]
    import_one(library, sample_report)
    import_score_file(library, write_invented_scores(tmp_path / "invented_scores.csv"))
    sync_index(library)
    window = open_window(library)
    window.select_first_paragraph()
    return window


@pytest.fixture
def english_plurals(qapp):  # type: ignore[no-untyped-def]
    translator = install_translator(qapp, "en")
    yield
    if translator is not None:
        remove_translator(qapp, translator)


def _paragraphs(window):  # type: ignore[no-untyped-def]
    return [p for _outline, section in window.sections.values() for p in section.paragraphs]


def test_clicking_a_bar_asks_for_that_indicators_paragraph(scored_window, qtbot):
    view = scored_window.scores_menu.open_country_view()
    with qtbot.waitSignal(view.refreshed, timeout=60000):  # its figures are read off the GUI thread
        pass
    qtbot.waitExposed(view)
    rows = view.chart.rows
    index = next(i for i, r in enumerate(rows) if r.key == "cocaine_trade")
    with qtbot.waitSignal(view.paragraph_requested) as requested:
        qtbot.mouseClick(
            view.chart, Qt.MouseButton.LeftButton, pos=view.chart.bar_rect(index).center().toPoint()
        )
    assert requested.args == ["LU", "cocaine_trade"]
    # a pillar's row opens nothing
    pillar = next(i for i, r in enumerate(rows) if r.kind == "pillar")
    with qtbot.assertNotEmitted(view.chart.indicator_clicked):
        qtbot.mouseClick(
            view.chart, Qt.MouseButton.LeftButton, pos=view.chart.bar_rect(pillar).center().toPoint()
        )
    # the keyboard: from the pillar's row, Down to its first indicator, Enter
    view.chart.setFocus()
    qtbot.keyClick(view.chart, Qt.Key.Key_Down)
    first = next(r for r in rows[pillar:] if r.kind == "indicator")
    with qtbot.waitSignal(view.chart.indicator_clicked) as clicked:
        qtbot.keyClick(view.chart, Qt.Key.Key_Return)
    assert clicked.args == [first.key]
    view.close()


def test_the_legend_says_what_the_arrows_mean_per_pillar(scored_window):
    view = scored_window.scores_menu.open_country_view()
    legend = view.legend.text()
    assert "Criminal markets</span> and " in legend and "Criminal actors</span>: ▲ worse, ▼ better" in legend
    assert "Resilience</span>: ▲ better, ▼ worse" in legend
    view.close()


def test_dialogs_fit_the_screen_they_open_on(scored_window, qtbot):
    from desktop.ui.screen_fit import fit_to_screen

    view = scored_window.scores_menu.open_country_view()
    qtbot.waitExposed(view)
    available = view.screen().availableGeometry()
    assert view.frameGeometry().height() <= available.height()
    assert view.frameGeometry().width() <= available.width()
    # wanted far larger than any screen: capped to this one, and kept inside it
    fit_to_screen(view, available.width() * 3, available.height() * 3)
    qtbot.waitUntil(lambda: view.frameGeometry().height() <= available.height())
    assert view.frameGeometry().width() <= available.width()
    assert available.contains(view.frameGeometry().topLeft())
    view.close()


def test_long_labels_are_elided_with_the_whole_label_in_the_tooltip(qtbot):
    chart = ScoreChart()
    qtbot.addWidget(chart)
    long_label = "Criminal networks operating across several borders and many ports at once"
    score = IndicatorScore("mafia_style_groups", 7.0, 6.0, 2023)
    chart.set_rows(
        [ChartRow("indicator", long_label, "#c0392b", score, "mafia_style_groups", "criminal_actors")], 2025
    )
    chart.resize(700, 80)
    assert chart.label_is_elided(0)
    assert chart.tooltip_for(0).startswith(long_label) and "Index score 2025: 7 / 10" in chart.tooltip_for(0)
    assert chart.row_at(QPoint(10, 30)) == 0 and chart.row_at(QPoint(10, 5)) == -1
    assert chart._label_font(chart.rows[0]).pointSizeF() >= 8


def test_a_document_shows_a_summary_page(scored_window, english_plurals):
    window = scored_window
    outline = next(iter(window.outlines.values()))
    window.reader.show_document(outline, window.scores.get(outline.document.id))
    text = window.reader.toPlainText()
    for word in ("Country", "Luxembourg (LU)", "Edition", "2025", "Language", "French", "Source", "Sections"):
        assert word in text, word
    assert "Pillar averages, 2025 edition" in text
    assert "Criminal markets" in text and "Resilience" in text and "6.5" in text
    first = outline.sections[0]
    count = len(first.paragraphs) + sum(len(s.paragraphs) for s in first.sections)
    assert f"{count} paragraphs" in text or f"{count} paragraph" in text
    assert "paragraph(s)" not in text


def test_an_opened_paragraph_shows_with_its_heading_and_old_marks_clear(scored_window, qtbot):
    window = scored_window
    window.resize(1280, 720)
    reader = window.reader
    # the last paragraph of the longest section: far from the top
    _outline, section = max(window.sections.values(), key=lambda pair: len(pair[1].paragraphs))
    paragraph = section.paragraphs[-1]
    window.open_hit(type("Hit", (), {"paragraph_id": paragraph.id, "spans": [(0, 5)]})())
    qtbot.waitUntil(
        lambda: reader.verticalScrollBar().value() > 0 or reader.verticalScrollBar().maximum() == 0
    )
    layout = reader.document().documentLayout()
    block_number = next(n for n, p in reader.paragraph_blocks.items() if p.id == paragraph.id)
    block = reader.document().findBlockByNumber(block_number)
    label_top = layout.blockBoundingRect(block.previous()).top()
    top = reader.verticalScrollBar().value()
    if reader.verticalScrollBar().maximum() > label_top:  # room to scroll it to the top at all
        assert top < label_top, "the indicator line is not flush against the top edge"
    assert label_top - top < reader.viewport().height()
    assert "#ffd54f" in reader.toHtml().lower()
    reader.clear_search_marks()
    assert "#ffd54f" not in reader.toHtml().lower()
    assert reader.verticalScrollBar().value() == top  # the analyst's place is kept


def test_the_first_paragraph_scroll_shows_the_section_heading(scored_window):
    window = scored_window
    reader = window.reader
    _outline, section = next(pair for pair in window.sections.values() if pair[1].paragraphs)
    window.open_hit(type("Hit", (), {"paragraph_id": section.paragraphs[0].id, "spans": []})())
    assert reader.verticalScrollBar().value() <= reader.fontMetrics().height() * 6


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("la violence armée. Malgré des efforts", 5, 28, "violence armée. Malgré des"),
        ("aujourd’hui le port d’Anvers", 2, 8, "aujourd’hui"),
        ("une hausse de 1,5 million", 15, 16, "1,5"),
        ("  mot  ", 0, 7, "mot"),
        ("Port-Louis et Anvers", 6, 7, "Port-Louis"),
    ],
)
def test_a_selection_snaps_to_whole_words(text, start, end, expected):
    a, b = snap_to_words(text, start, end)
    assert text[a:b] == expected


def test_the_readers_selection_becomes_a_whole_word_quote(scored_window):
    window = scored_window
    reader = window.reader
    paragraph = next(p for p in _paragraphs(window) if "cocaïne" in p.text)
    window.select_paragraph(paragraph.id)
    block_number = next(n for n, p in reader.paragraph_blocks.items() if p.id == paragraph.id)
    block = reader.document().findBlockByNumber(block_number)
    where = paragraph.text.index("cocaïne")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(block.position() + where + 2)  # « caïne est le marc »
    cursor.setPosition(block.position() + where + 20, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    paragraph_id, quote, offset = reader.selected_quote()
    assert paragraph_id == paragraph.id and quote.startswith("cocaïne") and offset == where
    assert paragraph.text[offset + len(quote) - 1].isalnum()
    assert offset + len(quote) == len(paragraph.text) or not paragraph.text[offset + len(quote)].isalnum()
    assert reader.textCursor().selectedText() == quote  # the analyst sees what will be kept


def test_the_bookmarks_dock_names_report_and_indicator_and_fits(scored_window, qtbot):
    window = scored_window
    paragraph = next(p for p in _paragraphs(window) if p.indicator == "cocaine_trade")
    add_bookmark(window.library, BookmarkDraft(paragraph.id, None, "à suivre", ["drogues"], "red", None))
    window.reload_bookmarks(list_bookmarks(window.library))  # stored behind the window's back
    panel = window.bookmarks_panel
    shown = panel.model.index(0).data()
    title = next(iter(window.outlines.values())).document.title
    assert shown.splitlines()[0] == f"{title} · Cocaine trade"
    # a panel outside the window is told the outlines
    alone = BookmarksPanel()
    qtbot.addWidget(alone)
    alone.set_records(list_bookmarks(window.library), window.outlines)
    assert "Cocaine trade" in alone.model.index(0).data()
    # the three filters fit a narrow dock
    alone.resize(240, 400)
    alone.show()
    qtbot.waitExposed(alone)
    for box in (alone.tag, alone.document, alone.color):
        assert box.geometry().right() <= alone.width(), box.accessibleName()
        assert box.width() >= 40
    # items are separated: taller than their text
    view = alone.view
    assert view.sizeHintForRow(0) > view.fontMetrics().height() * 2
