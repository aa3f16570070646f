"""The sync reads only the documents stamped since the index's state, and falls back to every stamp
whenever the library's counts and sums disagree with that state: a removal, a state that remembers a
stamp SQLite does not have, a library restored from an older copy. Each case must end with the index
agreeing with SQLite."""

from __future__ import annotations

import json
from pathlib import Path

from db.library import Library
from db.search.service import search
from db.search.sync import STATE_FILE, sync_index
from db.services.documents import remove_document
from tests.conftest import import_report


def _reports(tmp_path: Path) -> tuple[Path, Path]:
    first = tmp_path / "notes_port.txt"  # our own words
    first.write_text("Carnet du port\n\nLe quai nord de Zeebrugge reçoit des conteneurs.\n", "utf-8")
    second = tmp_path / "field_notes.txt"
    second.write_text("Field notes\n\nThe northern quay of Gdynia handles reefer containers.\n", "utf-8")
    return first, second


def _state(library: Library) -> dict:
    return json.loads((library.index_dir / STATE_FILE).read_text(encoding="utf-8"))


def _write_state(library: Library, state: dict) -> None:
    (library.index_dir / STATE_FILE).write_text(json.dumps(state), encoding="utf-8")


def test_adding_a_report_indexes_it_and_keeps_the_others(tmp_path):
    first, second = _reports(tmp_path)
    with Library.open(tmp_path / "library") as library:
        import_report(library, first, facts=False)
        import_report(library, second, facts=False)
        assert sync_index(library).changed is False  # nothing new: nothing redone
        assert search(library, "Zeebrugge").total == 1 and search(library, "Gdynia").total == 1


def test_a_removed_report_leaves_the_index(tmp_path):
    first, second = _reports(tmp_path)
    with Library.open(tmp_path / "library") as library:
        gone = import_report(library, first, facts=False)
        import_report(library, second, facts=False)
        remove_document(library, gone)
        report = sync_index(library)
        assert report.documents_dropped == 1
        assert search(library, "Zeebrugge").total == 0 and search(library, "Gdynia").total == 1


def test_a_state_remembering_another_stamp_redoes_that_document(tmp_path):
    first, second = _reports(tmp_path)
    with Library.open(tmp_path / "library") as library:
        kept = import_report(library, first, facts=False)
        import_report(library, second, facts=False)
        state = _state(library)
        state["documents"][str(kept)] -= 1  # as if the index held an older version of it
        _write_state(library, state)
        report = sync_index(library)
        assert report.documents_indexed == 1 and not report.rebuilt
        assert _state(library)["documents"][str(kept)] == state["documents"][str(kept)] + 1
        assert search(library, "Zeebrugge").total == 1


def test_a_library_older_than_its_index_is_compared_in_full(tmp_path):
    first, second = _reports(tmp_path)
    with Library.open(tmp_path / "library") as library:
        import_report(library, first, facts=False)
        import_report(library, second, facts=False)
        state = _state(library)
        state["generation"] += 5  # the index saw generations this library never had (a restored copy)
        state["documents"] = {key: value + 5 for key, value in state["documents"].items()}
        _write_state(library, state)
        report = sync_index(library)
        assert report.documents_indexed == 2 and not report.rebuilt
        assert search(library, "Zeebrugge").total == 1 and search(library, "Gdynia").total == 1
