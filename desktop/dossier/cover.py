"""The dossier's first pages, for a reader who was not there when it was made: the cover (title,
author, purpose, date and what it covers in words) and the sources (one citation per report)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from desktop.dossier.markup import escape
from desktop.dossier.model import Dossier
from desktop.dossier.sources import citation


def cover(dossier: Dossier, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    words = dossier.words
    story: list[Flowable] = [Spacer(1, 5 * cm), Paragraph(escape(dossier.title), styles["title"])]
    if dossier.author:
        story.append(Paragraph(escape(words.get("prepared_by", author=dossier.author)), styles["cover"]))
    story.append(Paragraph(escape(words.long_date(dossier.made)), styles["cover"]))
    story.append(Spacer(1, 1 * cm))
    if dossier.purpose:
        story.append(Paragraph(escape(words.get("purpose", purpose=dossier.purpose)), styles["cover"]))
    story.append(Paragraph(escape(dossier.scope_in_words()), styles["cover"]))
    return story


def sources_page(dossier: Dossier, styles: dict[str, ParagraphStyle], heading: Flowable) -> list[Flowable]:
    """`heading`: the page's heading, made by the caller so that it enters the table of contents."""
    if not dossier.sources:
        return []
    words = dossier.words
    story: list[Flowable] = [heading, Paragraph(escape(words["sources_intro"]), styles["meta"])]
    story.append(Spacer(1, 0.3 * cm))
    for number, document in enumerate(dossier.sources, start=1):
        story.append(Paragraph(f"[{number}] " + escape(citation(document, words)), styles["body"]))
        story.append(Spacer(1, 0.2 * cm))
    story.append(PageBreak())
    return story
