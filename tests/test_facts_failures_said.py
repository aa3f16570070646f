"""A document whose facts cannot be extracted is imported and searchable, but the gap is said: one line
naming the file and the cause, in the CLI's output (exit 1) and in the window's change set."""

from __future__ import annotations

from pathlib import Path

from db.library import Library
from db.services.facts import stale_fact_documents
from desktop.ops.facts import repair_derived
from desktop.ops.imports import import_files


def _broken_extractor(paragraphs, progress=None):
    raise RuntimeError("the language model could not be loaded\nsecond line of detail")


def _notes(tmp_path: Path) -> Path:
    notes = tmp_path / "notas_de_campo.txt"  # our own words
    notes.write_text(
        "Notas de campo\n\nEl puerto de Manzanillo recibe contenedores desde Buenaventura.\n",
        encoding="utf-8",
    )
    return notes


def test_an_import_whose_facts_fail_names_the_file_and_the_cause(tmp_path):
    notes = _notes(tmp_path)
    with Library.open(tmp_path / "library") as library:
        outcome = import_files(library, [notes], extractor=_broken_extractor)
        assert [r.ok for r in outcome.results] == [True]
        assert outcome.facts_failed == [  # the path as the file's own line prints it
            f"{notes}: facts not extracted (the language model could not be loaded); "
            "`excerpta extract` tries again"
        ]
        assert outcome.changes.messages == tuple(outcome.facts_failed)
        assert stale_fact_documents(library) == [outcome.results[0].document_id]


def test_the_windows_repair_step_says_which_documents_lack_facts(tmp_path):
    notes = _notes(tmp_path)
    with Library.open(tmp_path / "library") as library:
        import_files(library, [notes], facts=False)
        changes = repair_derived(library, extractor=_broken_extractor)
        assert changes.messages == (
            "notas_de_campo.txt: facts not extracted (the language model could not be loaded); "
            "`excerpta extract` tries again",
        )


def test_an_import_whose_facts_work_says_nothing_more(tmp_path):
    notes = _notes(tmp_path)
    with Library.open(tmp_path / "library") as library:
        outcome = import_files(library, [notes], extractor=lambda paragraphs, progress=None: [])
        assert outcome.facts_failed == [] and outcome.changes.messages == ()
        assert stale_fact_documents(library) == []


def test_a_reader_that_breaks_fails_its_file_and_the_batch_goes_on(tmp_path, monkeypatch):
    """A reader's own bug (or a library missing from a broken installation) is not the analyst's bad
    input, but it must not stop the batch either: one line for that file, the next file imported."""
    import desktop.ingest.formats as formats

    def broken_html(path, data):
        raise KeyError("lexbor node without a tag")

    monkeypatch.setattr(formats, "read_html", broken_html)
    page = tmp_path / "informe.html"
    page.write_text("<html><body><h1>Informe</h1><p>El puerto de Valencia.</p></body></html>", "utf-8")
    notes = _notes(tmp_path)
    with Library.open(tmp_path / "library") as library:
        outcome = import_files(library, [page, notes], facts=False)
        lines = [r.line() for r in outcome.results]
        assert lines[0] == (
            f"{page}: failed: could not be read (unexpected KeyError: 'lexbor node without a tag')"
        )
        assert outcome.results[1].ok and outcome.results[1].document_id is not None
