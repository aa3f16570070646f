"""How a score and its change read, and the pillar colours, the same in the window, the CLI and the PDF.

Qt-free: the words come in a `ScorePhrases` (English by default). The window fills one from its Qt
translation (desktop/ui/i18n.py `score_phrases`), the dossier from its own table per language, so a
French window or a Spanish dossier never shows "+0.5 since 2023".
"""

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


@dataclass(frozen=True)
class ScorePhrases:
    """The words around a score, as str.format templates; `decimal` is the decimal separator."""

    since: str = "{change} since {edition}"
    no_change: str = "no change since {edition}"
    sentence: str = "Index score {edition}: {score} / 10"
    edition: str = "{edition} edition"
    decimal: str = "."


ENGLISH = ScorePhrases()


def score_number(value: float, phrases: ScorePhrases = ENGLISH) -> str:
    """8.0 → "8", 6.5 → "6.5" (or "6,5" with French phrases), 4.82 → "4.82"."""
    return f"{value:g}".replace(".", phrases.decimal)


def change_text(score: IndicatorScore | None, phrases: ScorePhrases = ENGLISH) -> str:
    """ "+0.5 since 2023", "no change since 2023", or "" when there is no earlier edition."""
    if score is None or score.change is None:
        return ""
    if score.change == 0:
        return phrases.no_change.format(edition=score.previous_edition)
    change = f"{score.change:+g}".replace(".", phrases.decimal)
    return phrases.since.format(change=change, edition=score.previous_edition)


def edition_text(edition: int | None, phrases: ScorePhrases = ENGLISH) -> str:
    """ "2025 edition", "édition 2025"; "" without an edition."""
    return phrases.edition.format(edition=edition) if edition else ""


def score_sentence(score: IndicatorScore, edition: int | None, phrases: ScorePhrases = ENGLISH) -> str:
    """« Index score 2025: 8 / 10 (no change since 2023) »: a dossier's provenance, a tree tooltip."""
    change = change_text(score, phrases)
    head = phrases.sentence.format(edition=edition or "", score=score_number(score.score, phrases))
    return head + (f" ({change})" if change else "")


def short_label(score: IndicatorScore | None, phrases: ScorePhrases = ENGLISH) -> str:
    """For a narrow column: "8 ▲0.5", "8 ▼1", "8 =", or "8" with nothing to compare with."""
    if score is None:
        return ""
    number = score_number(score.score, phrases)
    if score.change is None:
        return number
    if score.change == 0:
        return f"{number} ="
    arrow = "▲" if score.change > 0 else "▼"
    return f"{number} {arrow}{score_number(abs(score.change), phrases)}"


# What an arrow means depends on the pillar: more criminality is worse, more resilience is better.
WORSE_WHEN_HIGHER = {"criminal_markets": True, "criminal_actors": True, "resilience": False}


@dataclass(frozen=True)
class ChartRow:
    """One row of a country's score chart: a pillar's heading (with its average) or an indicator's bar."""

    kind: str  # "pillar" or "indicator"
    label: str
    colour: str
    score: IndicatorScore | None
    key: str = ""  # the pillar's or the indicator's key: what a click on the row opens
    pillar: str = ""  # the pillar the row belongs to (its own key for a pillar row)


def chart_rows(scores: CountryScores, language: str = "en") -> list[ChartRow]:
    """The rows of the country chart, pillar by pillar in report order: what the window and the PDF draw."""
    taxonomy = load_taxonomy()
    rows = []
    for pillar in taxonomy.pillars:
        colour = PILLAR_COLOURS.get(pillar.key, "#555555")
        rows.append(
            ChartRow(
                "pillar",
                pillar.name(language),
                colour,
                scores.pillars.get(pillar.key),
                pillar.key,
                pillar.key,
            )
        )
        for indicator in taxonomy.indicators:
            if indicator.pillar == pillar.key and indicator.key in scores.indicators:
                rows.append(
                    ChartRow(
                        "indicator",
                        indicator.name(language),
                        colour,
                        scores.indicators[indicator.key],
                        indicator.key,
                        pillar.key,
                    )
                )
    return rows
