"""Invented scores in the publisher's long CSV form, for tests that must not depend on ../shared."""

from __future__ import annotations

import csv
from pathlib import Path

from domain.taxonomy import load_taxonomy

COUNTRIES = {"LU": "Luxembourg", "BE": "Belgium", "NL": "Netherlands", "FR": "France"}


def invented_score(iso: str, key: str, edition: int) -> float:
    """A deterministic half-point score from 1 to 10; each edition a little higher than the last."""
    base = (sum(map(ord, iso + key)) % 15) / 2 + 1.5  # 1.5 … 8.5
    return min(10.0, base + (0.5 if edition == 2025 and len(key) % 2 else 0.0))


def write_invented_scores(path: Path, editions: tuple[int, ...] = (2023, 2025)) -> Path:
    taxonomy = load_taxonomy()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["year", "continent", "region", "country", "indicator", "score"])
        for edition in editions:
            for iso, name in COUNTRIES.items():
                writer.writerow([edition, "Europe", "Western Europe", name, "Criminality avg.", 5.25])
                writer.writerow([edition, "Europe", "Western Europe", name, "Resilience avg.", 6.5])
                for pillar in ("Criminal markets", "Criminal actors"):
                    writer.writerow([edition, "Europe", "Western Europe", name, f"{pillar} avg.", 5.0])
                for indicator in taxonomy.indicators:
                    value = invented_score(iso, indicator.key, edition)
                    writer.writerow([edition, "Europe", "Western Europe", name, indicator.names["en"], value])
    return path
