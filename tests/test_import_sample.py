"""Our own sample report: every artefact it carries on purpose is repaired."""

from __future__ import annotations

from domain.taxonomy import load_taxonomy
from tests.outline_helpers import paragraphs, section_tree


def test_sample_imports_with_all_32_indicators(cli, sample_report):
    result = cli("import", sample_report)
    assert result.code == 0
    assert result.out == (
        f"{sample_report}: imported (Luxembourg : résumé pays 2025, pdf summary layout, 32 paragraphs, "
        "32 indicators; 1 note kept)\n"
    )
    document = cli("outline", "--json").json()[0]
    assert [i for _, i, _ in paragraphs(document)] == [i.key for i in load_taxonomy().indicators]
    assert section_tree(document)[2][1][2] == "ENVIRONNEMENT ÉCONOMIQUE ET FINANCIER"
    assert document["notes"][0].startswith("Ce résumé a été financé")


def test_sample_artefacts_are_repaired(sample_cli):
    texts = {i: t for _, i, t in paragraphs(sample_cli("outline", "--json").json()[0])}
    assert "lutte contre le blanchiment d’argent s’est" in texts["anti_money_laundering"]  # blan- / chiment
    assert "l’organisation Info-Traite, qui" in texts["victim_witness_support"]  # Info- / Traite
    assert "acheminée par la route vers le Luxembourg" in texts["cocaine_trade"]  # blank line mid-sentence
    assert "Les ventes par messagerie chiffrée" in texts["synthetic_drug_trade"]  # leading-space line
    assert texts["excisable_goods"].endswith("par an.")  # a heading glued to the paragraph's last line


def test_paragraph_spans_point_into_the_normalised_text(library, sample_report):
    from db.schema import Document, Paragraph
    from desktop.ops.imports import import_one

    assert import_one(library, sample_report).ok
    with library.session() as session:
        document = session.query(Document).one()
        for paragraph in session.query(Paragraph):
            assert document.normalised_text[paragraph.start : paragraph.end] == paragraph.text
