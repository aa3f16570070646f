"""Operations, without Qt, on a real library: each stores its change, brings the index (and facts) up to
date, and returns a change set naming what it touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.search.service import search
from db.services.bookmarks import BookmarkDraft, list_bookmarks
from db.services.documents import list_documents, outline
from db.services.facts import list_facts
from desktop.ops import bookmarks, documents
from desktop.ops.changes import ChangeSet
from desktop.ops.entities import decide_entity
from desktop.ops.imports import import_files
from desktop.ops.index import reindex
from desktop.ops.scores import import_scores
from domain.records import ImportStatus
from tests.score_fixtures import write_invented_scores


class RecordingProgress:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[float, float, str]] = []
        self.cancel_after = cancel_after

    def report(self, done: float, total: float, label: str) -> None:
        self.reports.append((done, total, label))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.reports) >= self.cancel_after


def _cocaine_paragraph(library) -> int:  # type: ignore[no-untyped-def]
    [document] = outline(library)
    for section in document.sections:
        for child in [section, *section.sections]:
            for paragraph in child.paragraphs:
                if paragraph.indicator == "cocaine_trade":
                    return paragraph.id
    raise AssertionError("no cocaine paragraph in the sample")


def test_import_stores_indexes_and_says_what_changed(library, sample_report, tmp_path: Path):
    missing = tmp_path / "missing.txt"
    progress = RecordingProgress()
    seen = []
    outcome = import_files(
        library, [sample_report, missing], facts=False, progress=progress, on_result=seen.append
    )
    assert [r.status for r in outcome.results] == [ImportStatus.IMPORTED, ImportStatus.FAILED]
    assert seen == outcome.results
    [document] = list_documents(library)
    assert outcome.changes == ChangeSet("import", documents=frozenset([document.id]), entities=False)
    assert any(label.startswith("luxembourg_2025_fr.txt") for _d, _t, label in progress.reports)
    # the index followed: no separate sync needed
    assert search(library, "Findel").total == 1
    again = import_files(library, [sample_report], facts=False)
    assert again.results[0].status is ImportStatus.UNCHANGED
    assert again.changes.documents == frozenset()


def test_a_cancelled_import_stops_between_files_and_keeps_what_it_stored(library, sample_report, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text(sample_report.read_text(encoding="utf-8").replace("Luxembourg", "Luxembourg 2"))
    outcome = import_files(library, [sample_report, second], facts=False, progress=RecordingProgress(1))
    assert len(outcome.results) == 1  # the second file was never started
    assert len(list_documents(library)) == 1
    assert search(library, "Findel").total == 1


def test_bookmark_operations_follow_the_index_and_undo(library, sample_report):
    import_files(library, [sample_report], facts=False)
    paragraph_id = _cocaine_paragraph(library)
    record, changes = bookmarks.add(library, BookmarkDraft(paragraph_id, None, "à suivre", ["opsprobe"]))
    assert changes.kind == "bookmark"
    assert changes.bookmarks == {record.id} and changes.paragraphs == {paragraph_id}
    assert changes.documents == frozenset()  # the text did not change: the tree need not reload
    assert [h.paragraph_id for h in search(library, "tag:opsprobe").hits] == [paragraph_id]
    edited, _ = bookmarks.edit(library, record.id, tags=["otherprobe"])
    assert edited.tags == ["otherprobe"]
    assert search(library, "tag:opsprobe").total == 0
    assert search(library, "tag:otherprobe").total == 1
    removed, changes = bookmarks.remove(library, record.id)
    assert changes.bookmarks == {record.id}
    assert list_bookmarks(library) == []
    assert search(library, "tag:otherprobe").total == 0
    restored, _ = bookmarks.restore(library, removed)
    assert restored.id == record.id and restored.note == "à suivre"
    assert search(library, "tag:otherprobe").total == 1


def test_an_entity_decision_reaches_the_facts_and_the_index(library, sample_report):
    outcome = import_files(library, [sample_report])  # with facts (spaCy)
    assert outcome.changes.entities
    groups = {f.canonical for f in list_facts(library, "criminal_group")}
    assert "Mocro Mafia" in groups
    assert search(library, 'entity:"Mocro Mafia"').total >= 1
    touched, changes = decide_entity(library, "criminal_group", "Mocro Mafia", "rename", "Mocro-maffia")
    assert touched >= 1
    assert changes.kind == "entity" and changes.entities
    assert "Mocro-maffia" in {f.canonical for f in list_facts(library, "criminal_group")}
    assert search(library, 'entity:"Mocro-maffia"').total >= 1
    with pytest.raises(LookupError):
        decide_entity(library, "criminal_group", "No Such Group", "reject")


def test_scores_import_changes_the_index_once(library, sample_report, tmp_path):
    import_files(library, [sample_report], facts=False)
    scores = write_invented_scores(tmp_path / "scores.csv")
    first = import_scores(library, scores)
    assert first.changes == ChangeSet("scores", scores=True)
    assert [line.split(":")[0] for line in first.lines()] == ["edition 2023", "edition 2025"]
    assert search(library, "score:>=1").total > 0  # the paragraphs carry their scores now
    again = import_scores(library, scores)
    assert again.changes == ChangeSet("scores", scores=False)
    assert all("unchanged" in line for line in again.lines())


def test_removing_and_editing_a_document(library, sample_report):
    import_files(library, [sample_report], facts=False)
    [document] = list_documents(library)
    edited, changes = documents.edit(library, document.id, edition=2023)
    assert edited.edition == 2023 and changes.documents == {document.id}
    assert search(library, "edition:2023 Findel").total == 1
    removed, changes = documents.remove(library, document.id)
    assert removed.id == document.id
    assert changes.removed_documents == {document.id}
    assert list_documents(library) == []
    assert search(library, "Findel").total == 0


def test_reindex_rebuilds_everything(library, sample_report):
    import_files(library, [sample_report], facts=False)
    report, changes = reindex(library)
    assert report.rebuilt and changes.library
    assert search(library, "Findel").total == 1


def test_a_score_import_says_when_the_file_contradicts_what_a_page_states(library, tmp_path):
    from tests import layout_fixtures as fx

    import_files(library, [fx.write_website_text(tmp_path, "en")], facts=False)  # states 32 scores
    scores = write_invented_scores(tmp_path / "scores.csv", editions=(2025,))  # other numbers for LU
    outcome = import_scores(library, scores)
    assert outcome.disagreement is not None
    assert outcome.lines()[-1] == outcome.disagreement
    assert "disagree with what 1 document(s) state" in outcome.disagreement


def test_saved_searches_from_the_cli(cli, sample_report):
    assert cli("import", "--no-facts", sample_report).code == 0
    run = cli("search", "cocaïne country:LU", "--save", "Cocaïne au Luxembourg", "--sort", "score")
    assert run.code == 0 and "paragraphs match" in run.out
    listed = cli("searches", "--json").json()
    assert [(s["name"], s["query"], s["sort"]) for s in listed] == [
        ("Cocaïne au Luxembourg", "cocaïne country:LU", "score")
    ]
    assert cli("search", "héroïne", "--save", "Cocaïne au Luxembourg").code == 0  # same name: replaced
    assert [s["query"] for s in cli("searches", "--json").json()] == ["héroïne"]
    assert cli("searches", "--remove", "Cocaïne au Luxembourg").code == 0
    assert cli("searches", "--json").json() == []
    missing = cli("searches", "--remove", "nothing")
    assert missing.code == 1 and "no saved search" in missing.err


def test_a_damaged_index_is_rebuilt_at_open_and_the_repair_says_so(library, sample_report):
    from desktop.ops.facts import repair_derived

    import_files(library, [sample_report], facts=False)
    state = library.index_dir / "excerpta-index.json"
    assert state.exists()
    state.write_text("{ not json", encoding="utf-8")  # a state file half-written by a dying disk
    changes = repair_derived(library)
    assert changes.messages and "rebuil" in changes.messages[0]
    assert search(library, "Findel").total == 1
