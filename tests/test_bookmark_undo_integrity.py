"""Undoing a bookmark's removal never harms another bookmark and never misplaces a quote.

Through the window's own undo machinery (RemoveBookmarkCommand on a real WriterLane and QUndoStack, a
real library under tmp_path): another bookmark added between a removal, its undo and its redo is never
touched, and redo always removes the bookmark the undo brought back, even when it came back under a new
id. Through the services: a restore after the document went away says so and stores nothing, and a
restore after a new version finds the quote where it now is.

The three notebooks are written for these tests (French, English, Spanish), one idea per paragraph.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QUndoStack

from db.library import Library
from db.services.bookmarks import (
    BookmarkDraft,
    BookmarkRecord,
    add_bookmark,
    list_bookmarks,
    remove_bookmark,
    restore_bookmark,
)
from db.services.documents import outline
from desktop.ops import bookmarks as bookmark_ops
from desktop.ops import documents as document_ops
from desktop.ui.bookmark_commands import RemoveBookmarkCommand
from desktop.ui.tasks import WriterLane
from domain.records import OutlineParagraph
from tests.conftest import import_report
from tests.snapshots import library_rows

FRENCH = """# Carnet de terrain : les quais du nord

Les douaniers du quai nord ont ouvert trois conteneurs de bananes qui cachaient des briques de poudre.

Un transitaire gantois servait de façade à une société fictive immatriculée à Chypre.

Les enquêteurs pensent que des dockers payés en liquide prévenaient les passeurs avant chaque contrôle.
"""

ENGLISH = """# Field notebook: the canal locks

Barge crews reported unmarked parcels handed over at the third lock after dark.

A shell company renting warehouses near the river bend paid its rent in cash every quarter.

The police asked the water authority for the lock keepers' night logs.
"""

SPANISH = """# Cuaderno de campo: la frontera sur

Los agentes del puesto fronterizo hallaron un doble fondo en un camión de fruta congelada.

Una casa de cambio del mercado central lavaba el dinero de los transportistas.

La fiscalía pidió la lista de los conductores que cruzaron la frontera el sábado por la noche.
"""

# The Spanish notebook revised: a new first paragraph, the money changer's sentence now closes the last
# one, and the second paragraph (whose id the new version reuses) no longer holds it.
SPANISH_REVISED = """# Cuaderno de campo: la frontera sur

Un testigo vio cargar cajas sin etiqueta en un almacén abandonado junto a la carretera.

Los agentes del puesto fronterizo hallaron un doble fondo en un camión de fruta congelada.

La fiscalía pidió la lista de los conductores. Según la policía, """ + (
    "una casa de cambio del mercado central lavaba el dinero de los transportistas.\n"
)

MONEY_CHANGER = "casa de cambio del mercado central"

TIMEOUT = 60000


@pytest.fixture
def notebooks(library: Library, tmp_path: Path) -> dict[str, tuple[int, Path]]:
    """The three notebooks imported (no facts: only the text matters here), by language."""
    found = {}
    for language, name, text in (
        ("fr", "carnet_quais.md", FRENCH),
        ("en", "canal_locks.md", ENGLISH),
        ("es", "cuaderno_frontera.md", SPANISH),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        found[language] = (import_report(library, path, facts=False), path)
    return found


def _paragraphs(library: Library, document_id: int) -> list[OutlineParagraph]:
    return [p for s in outline(library, [document_id])[0].sections for p in s.paragraphs]


def _holding(library: Library, document_id: int, quote: str) -> OutlineParagraph:
    [paragraph] = [p for p in _paragraphs(library, document_id) if quote in p.text]
    return paragraph


def _mark(library: Library, document_id: int, quote: str, note: str, tags: list[str]) -> BookmarkRecord:
    paragraph = _holding(library, document_id, quote)
    return add_bookmark(library, BookmarkDraft(paragraph.id, quote, note, tags, "red"))


def _document_text(library: Library, document_id: int) -> str:
    with sqlite3.connect(library.database_file) as connection:
        [text] = connection.execute(
            "SELECT normalised_text FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
    return str(text)


@pytest.fixture
def lane(qtbot) -> Iterator[WriterLane]:  # type: ignore[no-untyped-def]
    writer = WriterLane()
    yield writer
    writer.wait_for_done()
    if writer.error_box is not None:
        writer.error_box.close()


def _on_lane(qtbot, lane: WriterLane, action) -> None:  # type: ignore[no-untyped-def]
    """Runs an undo-stack action (push, undo, redo) and waits until its job's change reaches the views."""
    with qtbot.waitSignal(lane.changed, timeout=TIMEOUT):
        action()


def _add_on_lane(qtbot, lane: WriterLane, library: Library, draft: BookmarkDraft) -> BookmarkRecord:
    """Another bookmark, added as the window adds one: an operation on the same writer lane."""
    added: list[BookmarkRecord] = []
    with qtbot.waitSignal(lane.changed, timeout=TIMEOUT):
        lane.submit(lambda _job: bookmark_ops.add(library, draft), lambda result: added.append(result[0]))
    qtbot.waitUntil(lambda: bool(added), timeout=TIMEOUT)
    return added[0]


def _by_quote(library: Library) -> dict[str, BookmarkRecord]:
    return {r.exact: r for r in list_bookmarks(library)}


def test_another_bookmark_added_between_undo_and_redo_is_never_touched(qtbot, library, notebooks, lane):
    french, _ = notebooks["fr"]
    english, _ = notebooks["en"]
    kept = _mark(library, french, "trois conteneurs", "saisie", ["douane"])
    shell = _mark(library, french, "société fictive", "écran", ["blanchiment", "chypre"])
    assert shell.id > kept.id  # the last bookmark: its id is the one SQLite would hand out next
    stack = QUndoStack()

    _on_lane(qtbot, lane, lambda: stack.push(RemoveBookmarkCommand(library, lane, shell.id)))
    parcels = _add_on_lane(
        qtbot,
        lane,
        library,
        BookmarkDraft(
            _holding(library, english, "unmarked parcels").id,
            "unmarked parcels",
            "night drop",
            ["canal"],
            "blue",
        ),
    )
    assert parcels.id != shell.id  # ids are never handed out again
    _on_lane(qtbot, lane, stack.undo)
    assert _by_quote(library) == {
        "trois conteneurs": kept,
        "société fictive": shell,
        "unmarked parcels": parcels,
    }

    _on_lane(qtbot, lane, stack.redo)  # removes the restored bookmark, not the one added since
    assert _by_quote(library) == {"trois conteneurs": kept, "unmarked parcels": parcels}

    # Between an undo and a redo this time.
    _on_lane(qtbot, lane, stack.undo)
    rent = _add_on_lane(
        qtbot,
        lane,
        library,
        BookmarkDraft(
            _holding(library, english, "paid its rent").id, "paid its rent in cash", "", ["cash"], "green"
        ),
    )
    _on_lane(qtbot, lane, stack.redo)
    assert _by_quote(library) == {
        "trois conteneurs": kept,
        "unmarked parcels": parcels,
        "paid its rent in cash": rent,
    }
    _on_lane(qtbot, lane, stack.undo)
    assert _by_quote(library)["société fictive"] == shell  # its id, note, tags, colour and anchor
    assert lane.last_error is None


def test_redo_follows_a_bookmark_restored_under_a_new_id(qtbot, library, notebooks, lane):
    """A library upgraded from schema 0010 may have handed the removed id to a new bookmark before the
    upgrade; the sequence is set back here to make that happen. The restore then gives a fresh id, and
    the command must follow it."""
    spanish, _ = notebooks["es"]
    fruit = _mark(library, spanish, "doble fondo", "camión", ["frontera"])
    money = _mark(library, spanish, MONEY_CHANGER, "lavado", ["blanqueo", "divisas"])
    stack = QUndoStack()
    _on_lane(qtbot, lane, lambda: stack.push(RemoveBookmarkCommand(library, lane, money.id)))
    with sqlite3.connect(library.database_file) as connection:
        connection.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'bookmarks'", (fruit.id,))
    drivers = _add_on_lane(
        qtbot,
        lane,
        library,
        BookmarkDraft(
            _holding(library, spanish, "conductores").id,
            "lista de los conductores",
            "fiscalía",
            ["pruebas"],
            "purple",
        ),
    )
    assert drivers.id == money.id  # the removed id, taken

    _on_lane(qtbot, lane, stack.undo)
    back = _by_quote(library)[MONEY_CHANGER]
    assert back.id not in (money.id, drivers.id)
    assert (back.note, back.tags, back.color, back.start, back.end) == (
        "lavado",
        ["blanqueo", "divisas"],
        "red",
        money.start,
        money.end,
    )
    assert _by_quote(library)["lista de los conductores"] == drivers  # untouched

    _on_lane(qtbot, lane, stack.redo)  # the restored bookmark goes, under its new id
    assert _by_quote(library) == {"doble fondo": fruit, "lista de los conductores": drivers}
    _on_lane(qtbot, lane, stack.undo)
    assert _by_quote(library)[MONEY_CHANGER] == back  # and comes back as it was
    assert lane.last_error is None


def test_a_restore_after_the_document_was_removed_says_so_and_stores_nothing(
    qtbot, library, library_dir, notebooks, lane
):
    english, _ = notebooks["en"]
    spanish, _ = notebooks["es"]
    logs = _mark(library, english, "night logs", "ask again", ["police"])
    other = _mark(library, spanish, "doble fondo", "camión", ["frontera"])
    stack = QUndoStack()
    command = RemoveBookmarkCommand(library, lane, logs.id)
    _on_lane(qtbot, lane, lambda: stack.push(command))
    document_ops.remove(library, english)
    before = library_rows(library_dir)

    assert restore_bookmark(library, command.removed) is None  # nothing raised, nothing stored
    assert library_rows(library_dir) == before

    stack.undo()  # through the window's undo: the analyst reads why, with the quote and the note
    qtbot.waitUntil(lambda: lane.last_error is not None, timeout=TIMEOUT)
    assert "night logs" in lane.last_error and "ask again" in lane.last_error
    assert "no longer in the library" in lane.last_error
    assert command.removed == logs  # the record is kept whole by the command
    lane.last_error = None
    stack.redo()  # nothing to remove: no error, nothing changed
    stack.undo()
    qtbot.waitUntil(lambda: lane.last_error is not None, timeout=TIMEOUT)
    assert "night logs" in lane.last_error
    assert list_bookmarks(library) == [other] and library_rows(library_dir) == before


def test_a_restore_after_a_new_version_finds_the_quote_where_it_now_is(library, notebooks):
    spanish, path = notebooks["es"]
    old = _holding(library, spanish, MONEY_CHANGER)
    added = _mark(library, spanish, MONEY_CHANGER, "lavado", ["blanqueo"])
    removed = remove_bookmark(library, added.id)
    path.write_text(SPANISH_REVISED, encoding="utf-8")
    import_report(library, path, facts=False)  # a new version
    reused = {p.id: p for p in _paragraphs(library, spanish)}
    assert old.id in reused and MONEY_CHANGER not in reused[old.id].text  # the old id holds other text
    now = _holding(library, spanish, MONEY_CHANGER)
    assert now.id != old.id

    restored = restore_bookmark(library, removed)
    assert restored is not None and restored.paragraph_id == now.id
    text = _document_text(library, spanish)
    assert text[restored.start : restored.end] == MONEY_CHANGER
    assert now.text[restored.start - now.start : restored.end - now.start] == MONEY_CHANGER
    assert restored.prefix == text[restored.start - 32 : restored.start]  # context of the new text
    assert restored.suffix == text[restored.end : restored.end + 32]
    assert (restored.id, restored.note, restored.tags, restored.color) == (
        added.id,
        "lavado",
        ["blanqueo"],
        "red",
    )


def test_a_restore_whose_quote_is_gone_comes_back_as_an_orphan_with_its_words(library, notebooks):
    spanish, path = notebooks["es"]
    old = _holding(library, spanish, "doble fondo")
    added = _mark(library, spanish, "doble fondo", "camión", ["frontera"])
    removed = remove_bookmark(library, added.id)
    path.write_text(SPANISH.replace("un doble fondo", "un compartimento oculto"), encoding="utf-8")
    import_report(library, path, facts=False)
    assert old.id in {p.id for p in _paragraphs(library, spanish)}  # its id reused, by a text without it
    restored = restore_bookmark(library, removed)
    assert restored is not None and restored.orphan
    assert (restored.exact, restored.prefix, restored.suffix) == (added.exact, added.prefix, added.suffix)
    assert (restored.note, restored.tags, restored.color) == ("camión", ["frontera"], "red")
