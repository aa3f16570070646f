"""A stated edition ("Global Organized Crime Index 2023") wins over the year heuristic and the file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest.pipeline import parse_report
from desktop.ops.imports import import_one
from domain.countries import detect_edition, find_edition
from tests import layout_fixtures as fx

EDITIONS = [2021, 2023, 2025]

# Text that reports on 2022 (the heuristic says edition 2023) but states another edition.
STATED = {
    "en": ("Global Organized Crime Index 2021", "In 2022 the port of Antwerp saw record seizures."),
    "fr": ("Indice mondial du crime organisé 2025", "En 2022, le port d’Anvers a connu des saisies records."),
    "es": (
        "Índice Global de Crimen Organizado 2021",
        "En 2022 el puerto de Amberes batió récords de incautaciones.",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_statement_wins_over_the_year_heuristic(language: str) -> None:
    statement, body = STATED[language]
    assert detect_edition(body, "report.txt", EDITIONS, 2026) == 2023
    stated = int(statement[-4:])
    assert detect_edition(f"{statement}\n{body}", "report.txt", EDITIONS, 2026) == stated


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        ("Belgium. Index 2023. In 2024 arrests rose.", 2023),
        ("Luxembourg — Indice 2021 — en 2022, peu de saisies.", 2021),
        ("Perú, Índice 2023: en 2024 hubo pocas incautaciones.", 2023),
        ("The Global Organised Crime Index 2025 ranks 193 countries; in 2024 arrests rose.", 2025),
    ],
)
def test_short_statements(text: str, edition: int) -> None:
    assert detect_edition(text, "x.txt", EDITIONS, 2026) == edition


def test_a_year_that_is_no_edition_is_no_statement() -> None:
    # "Index 2024" names no edition of the Index; the heuristic decides (latest year 2024 -> 2025).
    assert detect_edition("The price index 2024 rose. In 2024 too.", "x.txt", EDITIONS, 2026) == 2025
    # The lower-case word "index" is not the Index.
    assert find_edition("a price index 2023 rose", "x.txt", EDITIONS, 2026).source == "years"


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_statement_and_file_name_disagree_the_statement_wins_and_says_so(
    library, tmp_path: Path, language: str
) -> None:
    text = fx.website_text(language).replace(fx.PAGE[language]["statement"][-4:], "2023", 1)
    path = tmp_path / f"luxembourg_2021_{language}.txt"
    path.write_text(text, encoding="utf-8")
    finding = find_edition(text, path.name, EDITIONS, 2026)
    assert (finding.edition, finding.source, finding.file_name_edition) == (2023, "statement", 2021)
    parsed = parse_report(path)
    assert parsed.edition == 2023
    result = import_one(library, path)
    assert result.ok
    assert "edition 2023 as the text states, not 2021 as the file name says" in result.line()


def test_file_name_still_decides_without_a_statement() -> None:
    assert detect_edition("In 2022 little happened.", "belgium_2021.txt", EDITIONS, 2026) == 2021


def test_a_mention_of_another_edition_in_passing_is_no_statement() -> None:
    text = "Since the Index in 2021, seizures grew. Depuis l’Indice publié en 2021, les saisies ont crû."
    text += " En 2024, encore."
    assert find_edition(text, "x.txt", EDITIONS, 2026).source == "years"
