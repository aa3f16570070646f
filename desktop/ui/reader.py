"""The reader pane: a section's paragraphs as readable rich text, each with its indicator."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.scores_display import PILLAR_COLOURS, change_text, score_number
from desktop.ui.bookmarks import SWATCHES
from domain.records import DocumentOutline, IndicatorScore, OutlineParagraph, OutlineSection
from domain.taxonomy import load_taxonomy

_STYLE = """
<style>
 h1 { font-size: 17pt; margin-bottom: 2px; }
 h2 { font-size: 13pt; margin-top: 16px; }
 .meta { color: palette(mid); font-size: 9pt; }
 .indicator { font-weight: 600; font-size: 9pt; letter-spacing: 0.5px; }
 p.body { line-height: 140%; margin-top: 2px; margin-bottom: 12px; }
 .current { background-color: rgba(255, 213, 79, 0.35); }
 .note { font-style: italic; color: palette(dark); margin-bottom: 10px; margin-left: 12px; }
 .score { font-weight: 700; font-size: 9pt; }
 .ocr { font-weight: 600; color: #b26a00; }
</style>
"""


SEARCH_STYLE = "background-color:#ffd54f;color:#000"
# One colour per fact type: underline in the type's colour, so search highlights stay readable on top.
FACT_STYLES = {
    "criminal_group": "color:#b71c1c;font-weight:600",
    "place": "color:#1565c0",
    "country": "color:#0d47a1;font-weight:600",
    "institution": "color:#6a1b9a",
    "commodity": "color:#2e7d32",
    "year": "color:#e65100",
    "figure": "color:#e65100;font-weight:600",
}

Span = tuple[int, int, str]  # start, end, CSS style


def _marked(text: str, spans: list[Span]) -> str:
    """Escaped text with the given spans styled; earlier and longer spans win where they overlap."""
    pieces, cursor = [], 0
    for start, end, style in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < cursor:
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<span style='{style}'>{escape(text[start:end])}</span>")
        cursor = end
    pieces.append(escape(text[cursor:]))
    return "".join(pieces)


class ReaderView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.document().setDocumentMargin(18)
        self.setPlaceholderText(self.tr("Select a document, a section or a paragraph in the library."))

    def show_section(
        self,
        outline: DocumentOutline,
        section: OutlineSection,
        current_paragraph: int | None = None,
        marks: dict[int, list[tuple[int, int]]] | None = None,
        facts: dict[int, list[tuple[int, int, str]]] | None = None,
        bookmarks: dict[int, list[tuple[int, int, str, str]]] | None = None,
        scores: dict[str, IndicatorScore] | None = None,
    ) -> None:
        """`marks`: spans a search matched, per paragraph id; `facts`: (start, end, type) of its facts;
        `bookmarks`: (start, end, colour, note), with (0, -1) for a whole paragraph; `scores`: the
        Index's scores of the document's country and edition, by indicator key."""
        language = outline.document.language
        taxonomy = load_taxonomy()
        parts = [_STYLE, f"<h1>{escape(outline.document.title)}</h1>"]
        parts.append(f"<div class='meta'>{escape(outline.document.source_name)}</div>")

        def render(node: OutlineSection) -> None:
            parts.append(f"<h2>{escape(node.title)}</h2>")
            for p in node.paragraphs:
                indicator = taxonomy.indicator(p.indicator) if p.indicator else None
                label = indicator.name(language) if indicator else ""
                page = f" · p. {p.page}" if p.page else ""
                page += _ocr_badge(
                    p.ocr_confidence, self.tr("OCR"), self.tr("read by OCR from a scanned page")
                )
                css = "body current" if p.id == current_paragraph else "body"
                whole = [c for s, e, c, _ in (bookmarks or {}).get(p.id, []) if (s, e) == (0, -1)]
                style = f" style='background-color:{SWATCHES.get(whole[0], '#fff3b0')}'" if whole else ""
                badge = self._score_badge(
                    (scores or {}).get(p.indicator or ""), indicator.pillar if indicator else None, outline
                )
                parts.append(
                    f"<a name='p{p.id}'></a><div class='indicator'>{p.number}. {escape(label)}{badge}"
                    f"<span class='meta'>{page}</span></div><p class='{css}'{style}>"
                    f"{_marked(p.text, self._spans(p.id, marks, facts, bookmarks))}</p>"
                )
                shown.append(p)
                for _start, _end, _color, note in (bookmarks or {}).get(p.id, []):
                    if note:
                        parts.append(f"<div class='note'>✎ {escape(note)}</div>")
            for child in node.sections:
                render(child)

        shown: list[OutlineParagraph] = []
        render(section)
        self.setHtml("".join(parts))
        self._map_blocks(shown)
        if current_paragraph is not None:
            self.scrollToAnchor(f"p{current_paragraph}")

    def _score_badge(self, score: IndicatorScore | None, pillar: str | None, outline: DocumentOutline) -> str:
        """« score 8 / 10 (2025) · no change since 2023 » after the indicator, in its pillar's colour."""
        if score is None:
            return ""
        colour = PILLAR_COLOURS.get(pillar or "", "#555")
        change = change_text(score)
        edition = outline.document.edition or ""
        word = self.tr("score")
        return (
            f" &nbsp;<span class='score' style='color:{colour}'>"
            f"{escape(word)} {score_number(score.score)}</span>"
            f"<span class='meta'> / 10 ({edition}){' · ' + escape(change) if change else ''}</span>"
        )

    def _map_blocks(self, shown: list[OutlineParagraph]) -> None:
        """Which text block shows which paragraph, to turn a selection into a quote of a paragraph."""
        self.paragraph_blocks: dict[int, OutlineParagraph] = {}
        texts = {p.text: p for p in shown}
        block = self.document().begin()
        while block.isValid():
            paragraph = texts.get(block.text())
            if paragraph is not None:
                self.paragraph_blocks[block.blockNumber()] = paragraph
            block = block.next()

    def selected_quote(self) -> tuple[int, str, int] | None:
        """(paragraph id, selected text, its offset in the paragraph), within one paragraph."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        block = self.document().findBlock(cursor.selectionStart())
        paragraph = getattr(self, "paragraph_blocks", {}).get(block.blockNumber())
        if paragraph is None:
            return None
        start = cursor.selectionStart() - block.position()
        end = min(cursor.selectionEnd() - block.position(), len(paragraph.text))
        quote = paragraph.text[start:end]
        return (paragraph.id, quote, start) if quote.strip() else None

    @staticmethod
    def _spans(
        paragraph_id: int,
        marks: dict[int, list[tuple[int, int]]] | None,
        facts: dict[int, list[tuple[int, int, str]]] | None,
        bookmarks: dict[int, list[tuple[int, int, str, str]]] | None = None,
    ) -> list[Span]:
        # Search matches win over bookmarks, bookmarks over facts, where they overlap. Whole-paragraph
        # bookmarks colour the paragraph itself (see show_section), not a span hiding the rest.
        layers = [
            [(s, e, SEARCH_STYLE) for s, e in (marks or {}).get(paragraph_id, [])],
            [
                (s, e, f"background-color:{SWATCHES.get(c, '#fff3b0')};color:#000")
                for s, e, c, _ in (bookmarks or {}).get(paragraph_id, [])
                if (s, e) != (0, -1)
            ],
            [(s, e, FACT_STYLES[t]) for s, e, t in (facts or {}).get(paragraph_id, []) if t in FACT_STYLES],
        ]
        spans: list[Span] = []
        for layer in layers:
            for span in sorted(layer, key=lambda x: (x[0], -x[1])):
                if all(span[1] <= s or span[0] >= e for s, e, _ in spans):
                    spans.append(span)
        return spans

    def show_document(self, outline: DocumentOutline) -> None:
        d = outline.document
        rows = [
            (self.tr("Country"), f"{d.country or '?'} ({d.country_iso or '?'})"),
            (self.tr("Edition"), str(d.edition or "?")),
            (self.tr("Language"), d.language),
            (self.tr("Profile"), d.profile),
            (self.tr("Source"), d.source_name),
            (self.tr("Version"), str(d.version)),
            (self.tr("Imported"), d.imported_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("Paragraphs"), str(d.paragraph_count)),
            ("SHA-256", d.sha256[:16] + "…"),
        ]
        table = "".join(
            f"<tr><td class='meta'>{escape(k)}&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        notes = "".join(f"<p class='meta'>{escape(n)}</p>" for n in outline.notes)
        self.setHtml(f"{_STYLE}<h1>{escape(d.title)}</h1><table>{table}</table>{notes}")


def _ocr_badge(confidence: float | None, word: str, tip: str) -> str:
    """« · OCR 87% » after the page: the text was recognised from an image and may hold misreadings."""
    if confidence is None:
        return ""
    return f" · <span class='ocr' title='{escape(tip)}'>{escape(word)} {confidence:.0f}%</span>"
