"""The dossier PDF page by page (pypdf text per page): footer and page number on every page, the
quote's highlight, the provenance line; names with markup printed as text; the --document filters;
search snippets that escape the paragraph's own markup. Expected values come from the inputs (the file's
sha256, the taxonomy's order), not from an earlier run."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.dossier.pdf import HIGHLIGHT
from domain.taxonomy import load_taxonomy

MARKUP = "<b>Rapport & co</b>"
NOTES = """# Notes <i>&</i> du port

La cocaïne arrive au port par conteneurs; un tract disait <script>alert(1)</script> à l’entrée du quai.

Le second paragraphe parle des saisies de la douane.
"""


@pytest.fixture
def two_documents(cli, sample_library_copy, tmp_path):
    """The sample (document 1, with facts) and a note of our own with markup in its title and text."""
    notes = tmp_path / "notes_port.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert cli("import", notes).code == 0
    outlines = cli("outline", "--json").json()
    paragraphs = {
        (o["id"], p["indicator"] or p["text"][:10]): p
        for o in outlines
        for s in o["sections"]
        for n in [s, *s["sections"]]
        for p in n["paragraphs"]
    }
    cocaine = paragraphs[(1, "cocaine_trade")]
    assert (
        cli(
            "bookmark",
            "add",
            cocaine["id"],
            "--quote",
            "la Mocro Mafia",
            "--color",
            "red",
            "--tag",
            MARKUP,
            "--note",
            "à suivre",
        ).code
        == 0
    )
    note_paragraph = next(p for (doc, _), p in paragraphs.items() if doc == 2 and "cocaïne" in p["text"])
    assert cli("bookmark", "add", note_paragraph["id"], "--tag", "port").code == 0
    return cli


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_bookmark_list_and_export_keep_to_one_document(two_documents, tmp_path):
    cli = two_documents
    everything = cli("bookmark", "list", "--json").json()
    assert len(everything) == 2
    first = cli("bookmark", "list", "--document", "1", "--json").json()
    second = cli("bookmark", "list", "--document", "notes_port.md", "--json").json()
    assert [b["quote"] for b in first] == ["la Mocro Mafia"]
    assert len(second) == 1 and second[0]["quote"].startswith("La cocaïne arrive au port")
    out = tmp_path / "one.pdf"
    result = cli("export", out, "--document", "notes_port.md")
    assert result.code == 0 and "1 excerpts" in result.out
    text = " ".join(" ".join(_pages(out)).split())
    assert "La cocaïne arrive au port" in text and "la Mocro Mafia" not in text
    assert "document « notes_port.md »" in text  # the cover's scope, in words
    csv_out = tmp_path / "one.csv"
    assert cli("export", csv_out, "--document", "1").code == 0
    assert "la Mocro Mafia" in csv_out.read_text(encoding="utf-8")
    assert "arrive au port" not in csv_out.read_text(encoding="utf-8")


def test_every_page_has_the_footer_and_its_number(two_documents, tmp_path):
    out = tmp_path / "d.pdf"
    assert two_documents("export", out, "--title", "Ports et cocaïne").code == 0
    pages = _pages(out)
    assert len(pages) >= 3
    footer = f"Ports et cocaïne — {date.today():%Y-%m-%d} — Excerpta"
    for number, text in enumerate(pages, start=1):
        assert footer in text, number
        assert str(number) in text.split(footer)[1].split() + text.split(footer)[0].split()[-1:], number


def test_the_quote_is_highlighted_in_its_colour_and_the_provenance_is_the_files(two_documents, tmp_path):
    out = tmp_path / "d.pdf"
    assert two_documents("export", out, "--document", "1").code == 0
    reader = PdfReader(out)
    from desktop.resources import SAMPLE_DIR

    sha = hashlib.sha256((SAMPLE_DIR / "luxembourg_2025_fr.txt").read_bytes()).hexdigest()
    number = [i.key for i in load_taxonomy().indicators].index("cocaine_trade") + 1
    text = " ".join("\n".join(p.extract_text() for p in reader.pages).split())
    assert f"luxembourg_2025_fr.txt, imported {date.today():%Y-%m-%d}, sha256 {sha[:12]}" in text
    assert f"· paragraph {number}" in text and "MARCHÉS CRIMINELS › DROGUES" in text
    wanted = tuple(int(HIGHLIGHT["red"][i : i + 2], 16) / 255 for i in (1, 3, 5))
    fills: list[tuple[float, ...]] = []

    def operator(op, args, _cm, _tm):  # type: ignore[no-untyped-def]
        if op == b"rg":
            fills.append(tuple(float(a) for a in args))

    for page in reader.pages:
        page.extract_text(visitor_operand_before=operator)
    assert any(all(abs(a - b) < 0.01 for a, b in zip(fill, wanted, strict=True)) for fill in fills), wanted


def test_markup_in_titles_tags_and_entity_names_is_printed_as_text(two_documents, tmp_path):
    cli = two_documents
    assert cli("entity", "rename", "criminal_group", "Mocro Mafia", MARKUP).code == 0
    out = tmp_path / "d.pdf"
    assert cli("export", out, "--title", MARKUP, "--author", "<i>A & B</i>").code == 0
    pages = _pages(out)
    text = "\n".join(pages)
    assert MARKUP in pages[0] and "<i>A & B</i>" in pages[0]  # the cover
    assert f"Tags: {MARKUP.lower()}" in text  # the tag under its excerpt (tags are kept lower-case)
    assert "Notes <i>&</i> du port" in text  # the document's title, in its provenance
    appendix = [p for p in pages if "Appendix: entities" in p][-1]  # the appendix, not the contents
    assert f"{MARKUP} — excerpts 1" in appendix
    assert PdfReader(out).metadata.title == MARKUP


def test_search_snippets_escape_the_paragraphs_own_markup(two_documents):
    hits = two_documents("search", "tract", "--json").json()["hits"]
    assert len(hits) == 1
    snippet = hits[0]["snippet"]
    assert "<mark>tract</mark>" in snippet
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet
