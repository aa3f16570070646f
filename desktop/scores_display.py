"""How a score and its change read, and the pillar colours, the same in the window, the CLI and the PDF."""

from __future__ import annotations

from dataclasses import dataclass

from domain.records import CountryScores, IndicatorScore
from domain.taxonomy import load_taxonomy

# One colour per pillar: criminal markets, criminal actors (both criminality), resilience.
PILLAR_COLOURS = {
    "criminal_markets": "#c0392b",
    "criminal_actors": "#d35400",
    "resilience": "#1f7a8c",
}


def score_number(value: float) -> str:
    """8.0 → "8", 6.5 → "6.5", 4.82 → "4.82"."""
    return f"{value:g}"


def change_text(score: IndicatorScore | None) -> str:
    """ "+0.5 since 2023", "no change since 2023", or "" when there is no earlier edition."""
    if score is None or score.change is None:
        return ""
    if score.change == 0:
        return f"no change since {score.previous_edition}"
    return f"{score.change:+g} since {score.previous_edition}"


def score_sentence(score: IndicatorScore, edition: int | None) -> str:
    """« Index score 2025: 8 / 10 (no change since 2023) »: a dossier's provenance, a tree tooltip."""
    change = change_text(score)
    return f"Index score {edition or ''}: {score_number(score.score)} / 10" + (
        f" ({change})" if change else ""
    )


def short_label(score: IndicatorScore | None) -> str:
    """For a narrow column: "8 ▲0.5", "8 ▼1", "8 =", or "8" with nothing to compare with."""
    if score is None:
        return ""
    if score.change is None:
        return score_number(score.score)
    if score.change == 0:
        return f"{score_number(score.score)} ="
    arrow = "▲" if score.change > 0 else "▼"
    return f"{score_number(score.score)} {arrow}{abs(score.change):g}"


@dataclass(frozen=True)
class ChartRow:
    """One row of a country's score chart: a pillar's heading (with its average) or an indicator's bar."""

    kind: str  # "pillar" or "indicator"
    label: str
    colour: str
    score: IndicatorScore | None


def chart_rows(scores: CountryScores, language: str = "en") -> list[ChartRow]:
    """The rows of the country chart, pillar by pillar in report order: what the window and the PDF draw."""
    taxonomy = load_taxonomy()
    rows = []
    for pillar in taxonomy.pillars:
        colour = PILLAR_COLOURS.get(pillar.key, "#555555")
        rows.append(ChartRow("pillar", pillar.name(language), colour, scores.pillars.get(pillar.key)))
        for indicator in taxonomy.indicators:
            if indicator.pillar == pillar.key and indicator.key in scores.indicators:
                rows.append(
                    ChartRow("indicator", indicator.name(language), colour, scores.indicators[indicator.key])
                )
    return rows
