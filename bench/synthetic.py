"""Synthetic Index reports made by recombining the sample report's sentences, with a fixed seed."""

from __future__ import annotations

import random
import re
import textwrap
import unicodedata
from pathlib import Path

from desktop.ingest.pipeline import parse_report
from desktop.resources import SAMPLE_DIR
from domain.countries import all_countries, country_mentions
from domain.taxonomy import load_taxonomy

SAMPLE = SAMPLE_DIR / "luxembourg_2025_fr.txt"


def sample_sentences() -> list[str]:
    document = parse_report(SAMPLE)
    sentences = []
    for paragraph in document.paragraphs():
        sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", paragraph.text) if len(s) > 20)
    return sentences


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")


def write_reports(folder: Path, count: int, seed: int = 2025) -> list[Path]:
    """`count` French country summaries, each a distinct (country, edition), with wrapped lines."""
    rng = random.Random(seed)
    taxonomy = load_taxonomy()
    sentences = sample_sentences()
    # Countries whose English name survives as a file name, so that each report is found to be about it.
    countries = [
        c
        for c in sorted(all_countries().values(), key=lambda c: c.iso)
        if country_mentions(_slug(c.names["en"]).replace("_", " ")).most_common(1)[:1] == [(c.iso, 1)]
    ]
    pairs = [(c, e) for e in taxonomy.editions for c in countries][:count]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for country, edition in pairs:
        name = country.name("fr")
        lines: list[str] = []
        for pillar in taxonomy.pillars:
            lines.append(pillar.headings["fr"][0])
            containers = [s for s in taxonomy.sections if s.pillar == pillar.key] or [pillar]
            for container in containers:
                if container is not pillar:
                    lines.append(container.headings["fr"][0])
                for _ in taxonomy.indicators_under(container.key, edition):
                    chosen = rng.sample(sentences, rng.randint(3, 6))
                    text = " ".join(chosen).replace("Luxembourg", name)
                    lines.extend(line + " " for line in textwrap.wrap(text, 62))
                    lines.append("")
        path = folder / f"{_slug(country.names['en'])}_{edition}_fr.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths
