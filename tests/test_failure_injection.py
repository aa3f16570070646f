"""Promises of "all or nothing", kept when a failure happens HALF-WAY: a storage step is made to raise
after its rows are written (failure injection inside the operation, not a stand-in for storage), and
every table, the index and the files on disk must be as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.snapshots import library_rows


class Injected(RuntimeError):
    """The failure we cause on purpose."""


def _after(real, calls_allowed: int = 0):  # type: ignore[no-untyped-def]
    """`real`, run for real; from call number `calls_allowed + 1` on, it raises once it has done its work."""
    calls = []

    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        calls.append(1)
        if len(calls) > calls_allowed:
            raise Injected("injected half-way failure")
        return result

    wrapped.calls = calls  # type: ignore[attr-defined]
    return wrapped


def _revised(sample_report: Path, tmp_path: Path) -> Path:
    revised = tmp_path / sample_report.name  # same identity: a new version of the same document
    text = sample_report.read_text(encoding="utf-8")
    assert "la Mocro Mafia" in text and "est stable et de faible ampleur" in text
    revised.write_text(text.replace("est stable et de faible ampleur", "a disparu du pays"), encoding="utf-8")
    return revised


def test_a_new_version_failing_after_its_rows_leaves_every_table_and_the_index_as_before(
    cli, sample_library_copy, library_dir, sample_report, tmp_path, monkeypatch
):
    import db.services.documents as documents

    cocaine = next(
        p["id"]
        for s in cli("outline", "--json").json()[0]["sections"]
        for n in [s, *s["sections"]]
        for p in n["paragraphs"]
        if p["indicator"] == "cocaine_trade"
    )
    assert cli("bookmark", "add", cocaine, "--quote", "la Mocro Mafia", "--note", "suivre").code == 0
    before = library_rows(library_dir)
    # the last step, once the old sections are deleted, the new ones inserted and bookmarks re-anchored
    failing = _after(documents.bump_generation)
    monkeypatch.setattr(documents, "bump_generation", failing)
    result = cli("import", _revised(sample_report, tmp_path))
    assert failing.calls == [1]  # the failure did happen, after the work
    assert result.code == 1 and "could not be stored (Injected: injected half-way failure)" in result.out
    assert library_rows(library_dir) == before
    monkeypatch.undo()
    assert cli("search", '"faible ampleur"', "--json").json()["total"] == 1  # the index still has it
    assert cli("search", '"a disparu du pays"', "--json").json()["total"] == 0


def test_a_first_import_failing_after_its_sections_stores_nothing(
    cli, library_dir, sample_report, tmp_path, monkeypatch
):
    import db.services.documents as documents

    notes = tmp_path / "notes.md"
    notes.write_text("# Notes de terrain\n\nUn premier paragraphe.\n\nUn second paragraphe.\n", "utf-8")
    assert cli("import", "--no-facts", notes).code == 0  # something to keep
    before = library_rows(library_dir)
    assert before["paragraphs"]
    failing = _after(documents._insert_sections)
    monkeypatch.setattr(documents, "_insert_sections", failing)
    result = cli("import", "--no-facts", sample_report)
    assert failing.calls == [1]
    assert result.code == 1 and "Injected" in result.out
    assert library_rows(library_dir) == before


def test_a_score_file_failing_at_its_second_edition_keeps_the_first_out_too(
    cli, library_dir, sample_report, tmp_path, monkeypatch
):
    import db.services.scores as scores
    from tests.score_fixtures import write_invented_scores

    assert cli("import", "--no-facts", sample_report).code == 0
    assert cli("scores", "import", write_invented_scores(tmp_path / "a.csv", editions=(2025,))).code == 0
    before = library_rows(library_dir)
    failing = _after(scores.insert, calls_allowed=1)  # the first edition's rows go in, the second's raise
    monkeypatch.setattr(scores, "insert", failing)
    path = write_invented_scores(tmp_path / "b.csv", editions=(2023, 2025))
    with pytest.raises(Injected):  # a storage fault is no bad-input message: it reaches the caller
        cli("scores", "import", path)
    assert failing.calls == [1, 1]
    assert library_rows(library_dir) == before


@pytest.mark.parametrize("suffix", [".pdf", ".md"])
def test_an_export_failing_half_way_leaves_no_temporary_file_and_the_old_file_untouched(
    cli, sample_library_copy, tmp_path, monkeypatch, suffix
):
    import desktop.dossier.export as export

    paragraph = cli("outline", "--json").json()[0]["sections"][0]["sections"][0]["paragraphs"][0]["id"]
    assert cli("bookmark", "add", paragraph, "--note", "note").code == 0
    out = tmp_path / "exports" / f"dossier{suffix}"
    out.parent.mkdir()
    out.write_bytes(b"precious")
    written = []

    def half_then_fail(target, *_args):  # type: ignore[no-untyped-def]
        Path(target).write_bytes(b"%PDF-1.4 half a dossier")  # the temporary file now holds bytes
        written.append(target)
        raise OSError(28, "No space left on device")

    if suffix == ".pdf":
        monkeypatch.setattr(export, "write_pdf", half_then_fail)
    else:
        real_to_markdown = export.to_markdown

        def render_then_fail(dossier):  # type: ignore[no-untyped-def]
            text = real_to_markdown(dossier)
            temporaries = [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]
            assert len(temporaries) == 1  # the temporary exists while rendering…
            half_then_fail(temporaries[0])
            return text

        monkeypatch.setattr(export, "to_markdown", render_then_fail)
    result = cli("export", out, "--force")
    assert len(written) == 1 and Path(written[0]).parent == out.parent
    assert result.code == 1 and "No space left on device" in result.err
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # …and is gone after the failure
    assert out.read_bytes() == b"precious"
