"""The dossier as a PDF, with ReportLab: cover, contents, one entry per excerpt with its provenance,
an appendix of the entities, page numbers and a running footer.

Every piece of text goes through `escape` before it reaches ReportLab's Paragraph markup: a note that
reads `<img src='/etc/passwd'/>` must print as those characters, not make ReportLab open the file.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from desktop.dossier.cover import cover, sources_page
from desktop.dossier.i18n import Words
from desktop.dossier.markup import escape
from desktop.dossier.model import Dossier, Entry, distinct_facts
from desktop.dossier.names import country_in, entity_in, indicator_in
from desktop.dossier.score_chart import country_chart
from desktop.resources import resource
from desktop.scores_display import change_text, score_number
from domain.records import CountryScores
from domain.taxonomy import load_taxonomy

FONT, BOLD, ITALIC = "ExcerptaSans", "ExcerptaSans-Bold", "ExcerptaSans-Oblique"
HIGHLIGHT = {
    "yellow": "#fff3b0",
    "green": "#c8f0c8",
    "blue": "#c6dcff",
    "red": "#ffc8c8",
    "purple": "#e3ccff",
}
# The dossier's words (headings, fact labels, type names) are in desktop/dossier/i18n.py, per language.


def register_fonts() -> None:
    """DejaVu, bundled with its licence: full Latin coverage (« » ’ ü é, Polish, Vietnamese), embedded."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(ITALIC, str(resource("fonts", "DejaVuSans-Oblique.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=14)
    return {
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=24, leading=30, alignment=TA_CENTER, spaceAfter=18
        ),
        "cover": ParagraphStyle("cover", base, fontSize=12, leading=18, alignment=TA_CENTER),
        "h1": ParagraphStyle(
            "h1", base, fontName=BOLD, fontSize=16, leading=20, spaceBefore=6, spaceAfter=10
        ),
        "entry": ParagraphStyle(
            "entry",
            base,
            fontName=BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=12,
            spaceAfter=4,
            textColor=colors.HexColor("#1f3a5f"),
        ),
        "quote": ParagraphStyle(
            "quote", base, fontSize=10.5, leading=15, leftIndent=10, borderPadding=4, spaceAfter=6
        ),
        "note": ParagraphStyle("note", base, fontName=ITALIC, leftIndent=10, spaceAfter=4),
        "meta": ParagraphStyle(
            "meta", base, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"), leftIndent=10
        ),
        "toc": ParagraphStyle("toc", base, fontSize=10, leading=14),
        "body": base,
    }


class _Heading(Paragraph):  # type: ignore[misc]
    """A heading that registers itself in the table of contents."""

    def __init__(self, text: str, style: ParagraphStyle, toc_text: str) -> None:
        super().__init__(text, style)
        self.toc_text = toc_text


class _DossierDocument(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, path: str, dossier: Dossier) -> None:
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=2.2 * cm,
            rightMargin=2.2 * cm,
            topMargin=2 * cm,
            bottomMargin=2.2 * cm,
            title=dossier.title,
            author=dossier.author,
            subject=dossier.purpose or dossier.scope,
            creator="Excerpta",
            keywords=["dossier", dossier.scope],
        )
        self.dossier = dossier
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._footer)])

    def _footer(self, canvas: object, document: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(FONT, 8)  # type: ignore[attr-defined]
        canvas.setFillColor(colors.HexColor("#666666"))  # type: ignore[attr-defined]
        footer = f"{self.dossier.title} — {self.dossier.made:%Y-%m-%d} — Excerpta"
        canvas.drawString(self.leftMargin, 1.2 * cm, footer[:110])  # type: ignore[attr-defined]
        canvas.drawRightString(A4[0] - self.rightMargin, 1.2 * cm, f"{canvas.getPageNumber()}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading):
            self.notify("TOCEntry", (0, escape(flowable.toc_text), self.page))


def _quote(entry: Entry) -> str:
    text = entry.source.text
    if entry.highlight is None:
        return escape(text)
    start, end = entry.highlight
    color = HIGHLIGHT.get(entry.color, "#fff3b0")
    marked = f"<font backColor='{color}'>{escape(text[start:end])}</font>"
    return f"{escape(text[:start])}{marked}{escape(text[end:])}"


# ReportLab lays out one Paragraph in time that grows faster than its length: a 1 MB note took over five
# minutes. A note is cut into pieces of at most NOTE_PIECE characters, and the PDF shows its first
# NOTE_PDF_LIMIT characters (about eight pages); the Markdown, CSV and JSON exports keep it whole.
NOTE_PIECE = 1500
NOTE_PDF_LIMIT = 20_000


def note_parts(note: str) -> list[str]:
    """The note's paragraphs, long ones cut at a space, up to NOTE_PDF_LIMIT characters, then a line
    saying how much more there is."""
    shown, rest = note[:NOTE_PDF_LIMIT], len(note) - NOTE_PDF_LIMIT
    parts: list[str] = []
    for paragraph in shown.split("\n\n"):
        while len(paragraph) > NOTE_PIECE:
            cut = paragraph.rfind(" ", NOTE_PIECE // 2, NOTE_PIECE)
            cut = cut + 1 if cut > 0 else NOTE_PIECE
            parts.append(paragraph[:cut])
            paragraph = paragraph[cut:]
        if paragraph:
            parts.append(paragraph)
    if rest > 0:
        parts.append(f"… (note continues, {rest:,} more characters: whole in the Markdown, CSV and JSON)")
    return parts


def _entry(
    number: int,
    entry: Entry,
    styles: dict[str, ParagraphStyle],
    words: Words | None = None,
    seen: dict[tuple[str, str], list[str]] | None = None,
) -> list[Flowable]:
    words = words or Words("en")
    s = entry.source
    country = country_in(words.language, s.country_iso, s.country) if s.country_iso else s.title
    title = f"{number}. {country} — {indicator_in(words.language, s.indicator)}"
    if entry.score is not None:
        title += f" ({score_number(entry.score.score, words.phrases)}/10)"
    flowables: list[Flowable] = [
        _Heading(escape(title), styles["entry"], title),
        Paragraph(_quote(entry), styles["quote"]),
    ]
    if entry.note:
        # Long notes are split into pieces ReportLab lays out quickly, so that they flow across pages.
        flowables += [Paragraph("✎ " + escape(part), styles["note"]) for part in note_parts(entry.note)]
    if entry.tags:
        flowables.append(Paragraph(escape(words.get("tags", tags=", ".join(entry.tags))), styles["meta"]))
    if entry.facts:
        facts = words["list_separator"].join(
            words.get(
                "fact_pair",
                label=words.fact_label(t),
                name=entity_in(words.language, t, c, (seen or {}).get((t, c), ())),
            )
            for t, c, _ in distinct_facts(entry.facts)
        )
        flowables.append(Paragraph(escape(words.get("facts", facts=facts)), styles["meta"]))
    flowables += [Paragraph(escape(line), styles["meta"]) for line in entry.provenance(words)]
    return flowables


def _country_page(
    scores: CountryScores, styles: dict[str, ParagraphStyle], width: float, words: Words | None = None
) -> list[Flowable]:
    """One page per country the dossier covers: its overall scores and its 32 indicators as bars."""
    words = words or Words("en")
    language, phrases = words.language, words.phrases
    country = country_in(language, scores.iso, scores.country)
    title = words.get("index_scores", country=country, edition=scores.edition)
    taxonomy = load_taxonomy()
    parts = []
    for label, score in (
        (words["criminality"], scores.criminality),
        (words["resilience"], scores.resilience),
        *(
            (pillar.name(language), scores.pillars.get(pillar.key))
            for pillar in taxonomy.pillars
            if pillar.key != "resilience"
        ),
    ):
        if score is not None:
            change = change_text(score, phrases)
            parts.append(
                f"<b>{escape(label)} {score_number(score.score, phrases)}</b>"
                + (f" ({escape(change)})" if change else "")
            )
    previous = next((s.previous_edition for s in scores.indicators.values() if s.previous_edition), None)
    legend = words["bars"] + (words.get("tick", edition=previous) if previous else ".")
    if previous:
        legend += " " + words["arrows"]
    return [
        _Heading(escape(title), styles["h1"], title),
        Paragraph(" · ".join(parts), styles["body"]),
        Paragraph(escape(legend), styles["meta"]),
        Spacer(1, 0.3 * cm),
        country_chart(scores, width, FONT, BOLD, language, phrases),
        PageBreak(),
    ]


def write_pdf(path: str, dossier: Dossier) -> int:
    """Writes the dossier to `path` (the caller makes it atomic). Returns the number of pages."""
    register_fonts()
    styles = _styles()
    words = dossier.words
    seen = dossier.texts_in_language()
    story: list[Flowable] = cover(dossier, styles)
    contents = TableOfContents()
    contents.levelStyles = [styles["toc"]]
    story += [PageBreak(), Paragraph(escape(words["contents"]), styles["h1"]), contents, PageBreak()]
    document = _DossierDocument(path, dossier)
    story += sources_page(dossier, styles, _Heading(escape(words["sources"]), styles["h1"], words["sources"]))
    for scores in dossier.countries:
        story += _country_page(scores, styles, document.width, words)
    for number, entry in enumerate(dossier.entries, start=1):
        flowables = _entry(number, entry, styles, words, seen)
        # Keep an entry's head with its quote when it fits; long ones flow across pages.
        story.append(
            KeepTogether(flowables) if len(entry.source.text) + len(entry.note) < 2500 else flowables[0]
        )
        if len(entry.source.text) + len(entry.note) >= 2500:
            story.extend(flowables[1:])
    entities = dossier.entities()
    if entities:
        appendix = words["appendix"]
        story += [PageBreak(), _Heading(escape(appendix), styles["h1"], appendix)]
        current = None
        for (fact_type, canonical), numbers in entities.items():
            if fact_type != current:
                current = fact_type
                story.append(Paragraph(f"<b>{escape(words.type_name(fact_type))}</b>", styles["body"]))
            where = ", ".join(str(n) for n in numbers)
            name = entity_in(words.language, fact_type, canonical, seen.get((fact_type, canonical), ()))
            story.append(Paragraph(f"{escape(name)} — {words['excerpts_label']} {where}", styles["meta"]))
    document.multiBuild(story)
    return int(document.page)
