"""The facts panel: grouped by type with counts; a click shows the fact's span; highlighting toggles."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from db.services.facts import list_facts
from desktop.ops.facts import extract_documents
from desktop.ui.facts_model import FACT_ROLE, KIND_ROLE, FactsModel
from desktop.ui.main_window import MainWindow


@pytest.fixture
def facts_library(sample_facts_library):
    """A copy of the session's sample library, facts extracted and indexed."""
    return sample_facts_library


@pytest.fixture
def window(open_window, facts_library):
    return open_window(facts_library, show=False)


def test_facts_model_passes_the_model_tester(qtmodeltester, window, facts_library):
    from db.services.facts import entity_counts, mentions_of

    model = FactsModel()
    # Mentions are asked for and delivered (the window reads them off the GUI thread); here at once.
    model.set_counts(
        entity_counts(facts_library),
        lambda t, n, deliver, _failed: deliver(mentions_of(facts_library, t, n)),
        str,
    )
    groups = model.index(0, 0)
    entity = model.index(0, 0, groups)
    assert model.rowCount(entity) == 0 and model.hasChildren(entity) and model.canFetchMore(entity)
    model.fetchMore(entity)  # what expanding it in the view does
    assert model.rowCount(entity) == int(entity.data().rsplit("(", 1)[1].rstrip(")"))
    qtmodeltester.check(model)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[0].startswith("Criminal groups (")
    assert any(t.startswith("Roles and flows (") for t in titles)


def test_clicking_a_fact_shows_its_span_in_the_reader(qtbot, window):
    model = window.facts_model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    groups = next(index for index in rows if index.data().startswith("Crim"))
    entities = [model.index(r, 0, groups) for r in range(model.rowCount(groups))]
    mocro = next(index for index in entities if index.data().startswith("Mocro Mafia"))
    model.fetchMore(mocro)  # the mentions are read off the GUI thread: they come a moment later
    qtbot.waitUntil(lambda: model.rowCount(mocro) > 0, timeout=60000)
    mention = model.index(0, 0, mocro)
    assert mention.data(KIND_ROLE) == "mention"
    window._open_fact(mention)
    assert "Mocro Mafia</span>" in window.reader.toHtml()
    assert mention.data(FACT_ROLE).text == "Mocro Mafia"


def test_fact_highlighting_can_be_switched_off(qtbot, window):
    with qtbot.waitSignal(window.reader_facts.arrived, timeout=60000):  # read off the GUI thread
        window.select_first_paragraph()
    coloured = window.reader.toHtml().count("color:#0d47a1")  # countries
    assert coloured > 0
    window.highlight_action.setChecked(False)
    assert window.reader.toHtml().count("color:#0d47a1") == 0
    window.highlight_action.setChecked(True)
    assert window.reader.toHtml().count("color:#0d47a1") == coloured


def test_rejecting_an_entity_from_the_panel_lasts(qtbot, window, facts_library):
    assert any(f.canonical == "Schengen Area" for f in list_facts(facts_library, "place"))
    with qtbot.waitSignal(window.facts_model.modelReset, timeout=120000):  # the panel reloads when done
        window.decide_entity("place", "Schengen Area", "reject")
    assert not any(f.canonical == "Schengen Area" for f in list_facts(facts_library, "place"))
    places = next(
        window.facts_model.index(r, 0)
        for r in range(window.facts_model.rowCount())
        if window.facts_model.index(r, 0).data().startswith("Places")
    )
    labels = [
        window.facts_model.index(r, 0, places).data() for r in range(window.facts_model.rowCount(places))
    ]
    assert not any(label.startswith("Schengen Area") for label in labels)
    extract_documents(facts_library)  # extraction again: the decision still holds
    assert not any(f.canonical == "Schengen Area" for f in list_facts(facts_library, "place"))


def test_opening_the_window_repairs_facts_a_crash_left_out(qtbot, library, sample_report):
    from db.services.documents import store_document
    from desktop.ingest.pipeline import parse_report

    store_document(library, parse_report(sample_report))  # committed, then the app "died"
    main = MainWindow(library)
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.index_ready, timeout=120000)
    assert main.facts_model.rowCount() > 0
    main.lane.wait_for_done()
    main.search.shutdown()
