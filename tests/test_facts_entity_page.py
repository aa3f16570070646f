"""The entity page widget: a record in, a model over mention ids that passes the model tester, a click
on a mention asking the reader to open it."""

from __future__ import annotations

from db.services.entities import CoOccurrence, EntityFlow, EntityMention, EntityRecord, ReportMentions
from desktop.ui.entity_page import FACT_ID_ROLE, PARAGRAPH_ID_ROLE, EntityPage


def _record() -> EntityRecord:
    first = EntityMention(
        11, 3, 1, 4, 7, "ELN", "L’ELN taxe les laboratoires.", "non_state_actors", 7.5, False
    )
    second = EntityMention(
        12, 9, 2, 0, 3, "ELN", "No hay indicios del ELN en Caracas.", "cocaine_trade", None, True
    )
    return EntityRecord(
        "criminal_group",
        "ELN",
        ("ELN",),
        1,
        1,
        (
            ReportMentions(1, "Colombia 2025", "CO", 2025, (first,)),
            ReportMentions(2, "Venezuela 2025", "VE", 2025, (second,)),
        ),
        (CoOccurrence("country", "Colombia", 1),),
        (EntityFlow(40, 3, 1, "Colombia", (), "Mexico", "ELN", "cocaine", "Colombie … Mexique"),),
    )


def test_the_mentions_model_passes_the_model_tester(qtmodeltester, qtbot):
    page = EntityPage()
    qtbot.addWidget(page)
    page.set_record(_record())
    qtmodeltester.check(page.model)
    rows = [page.model.index(r, 0) for r in range(page.model.rowCount())]
    assert [i.data(FACT_ID_ROLE) for i in rows] == [11, 12]
    assert "Colombia 2025" in rows[0].data() and "7.5/10" in rows[0].data()
    assert "absent" in rows[1].data()
    assert "Colombia → Mexico" in page.flows.text() and "Colombia ×1" in page.companions.text()
    page.set_record(None)
    assert page.model.rowCount() == 0 and page.title.text() == ""


def test_a_click_on_a_mention_opens_it(qtbot):
    page = EntityPage()
    qtbot.addWidget(page)
    page.set_record(_record())
    page.show()
    index = page.model.index(1, 0)
    assert index.data(PARAGRAPH_ID_ROLE) == 9
    with qtbot.waitSignal(page.mention_opened) as opened:
        rect = page.mentions.visualRect(index)
        from PySide6.QtCore import Qt

        qtbot.mouseClick(page.mentions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [9, 0, 3]
