"""The facts panel: grouped by type with counts; a click shows the fact's span; highlighting toggles."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from db.search.sync import sync_index  # noqa: E402
from db.services.facts import list_facts  # noqa: E402
from desktop.facts.pipeline import extract_documents  # noqa: E402
from desktop.ingest.batch import import_one  # noqa: E402
from desktop.ui.facts_model import FACT_ROLE, KIND_ROLE, FactsModel  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, library, sample_report):
    result = import_one(library, sample_report)
    extract_documents(library, [result.document_id])
    sync_index(library)
    main = MainWindow(library)
    qtbot.addWidget(main)
    yield main
    main.lane.wait_for_done()
    main.search.shutdown()


def test_facts_model_passes_the_model_tester(qtmodeltester, window, library):
    model = FactsModel()
    model.set_facts(list_facts(library), {})
    qtmodeltester.check(model)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[0].startswith("Criminal groups (") and any(t.startswith("Roles and flows (") for t in titles)


def test_clicking_a_fact_shows_its_span_in_the_reader(window):
    model = window.facts_model
    groups = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data().startswith("Crim"))
    mocro = next(model.index(r, 0, groups) for r in range(model.rowCount(groups))
                 if model.index(r, 0, groups).data().startswith("Mocro Mafia"))
    mention = model.index(0, 0, mocro)
    assert mention.data(KIND_ROLE) == "mention"
    window._open_fact(mention)
    assert "Mocro Mafia</span>" in window.reader.toHtml()
    assert mention.data(FACT_ROLE).text == "Mocro Mafia"


def test_fact_highlighting_can_be_switched_off(window):
    window.select_first_paragraph()
    coloured = window.reader.toHtml().count("color:#0d47a1")  # countries
    assert coloured > 0
    window.highlight_action.setChecked(False)
    assert window.reader.toHtml().count("color:#0d47a1") == 0
    window.highlight_action.setChecked(True)
    assert window.reader.toHtml().count("color:#0d47a1") == coloured
