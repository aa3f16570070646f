"""The reader pane: a section's paragraphs as readable rich text, each with its indicator; a document's
summary page (country, edition, language, source, pillar averages, sections with their paragraphs).

An opened paragraph is scrolled into view with its section's heading above it when that fits, and a
selection is snapped to whole words before it becomes a quote."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.scores_display import PILLAR_COLOURS, change_text, edition_text, score_number
from desktop.ui.bookmarks import SWATCHES
from desktop.ui.i18n import country_name, names_language, score_phrases
from domain.records import DocumentOutline, IndicatorScore, OutlineParagraph, OutlineSection
from domain.taxonomy import load_taxonomy

# Characters that belong to a word when a selection is snapped: letters, digits, and the joiners of
# « aujourd’hui », « Port-Louis », « 1,5 », « 3.2 ».
_JOINERS = "-'’."


def _is_word(text: str, index: int) -> bool:
    """Whether text[index] is part of a word (a joiner only between two word characters)."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    if char.isalnum():
        return True
    if char in _JOINERS or char == ",":
        before = index > 0 and text[index - 1].isalnum()
        after = index + 1 < len(text) and text[index + 1].isalnum()
        return before and after and (char != "," or (text[index - 1].isdigit() and text[index + 1].isdigit()))
    return False


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) grown to whole words and trimmed of outer spaces: « olence … Malgré d » becomes
    « violence … Malgré des »."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return start, start
    while start > 0 and _is_word(text, start - 1) and _is_word(text, start):
        start -= 1
    while end < len(text) and _is_word(text, end) and _is_word(text, end - 1):
        end += 1
    return start, end


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
        self.setAccessibleName(self.tr("Reader"))
        self.setAccessibleDescription(
            self.tr("The text of the chosen document, section or paragraph; select words to bookmark them")
        )
        self._last_section: tuple[Any, ...] | None = None  # what show_section was last given

    def clear_search_marks(self) -> None:
        """A new search began: the old query's highlights go, the paragraph shown stays where it is."""
        if self._last_section is None:
            return
        args, kwargs = self._last_section
        if not kwargs.get("marks"):
            return
        position = self.verticalScrollBar().value()
        self.show_section(*args, **{**kwargs, "marks": None, "current_paragraph": None})
        self._last_section = (args, {**kwargs, "marks": None})
        self.verticalScrollBar().setValue(position)

    def show_facts(self, facts: dict[int, list[tuple[int, int, str]]] | None) -> None:
        """The facts of the section shown came (read off the GUI thread): it is shown again with them,
        where the analyst stands, its search marks kept."""
        if self._last_section is None:
            return
        args, kwargs = self._last_section
        position = self.verticalScrollBar().value()
        self.show_section(*args, **{**kwargs, "facts": facts, "current_paragraph": None})
        self._last_section = (args, {**kwargs, "facts": facts})
        self.verticalScrollBar().setValue(position)

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
        self._last_section = (
            (outline, section),
            {
                "current_paragraph": current_paragraph,
                "marks": marks,
                "facts": facts,
                "bookmarks": bookmarks,
                "scores": scores,
            },
        )
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
            self.scroll_to_paragraph(current_paragraph)

    def scroll_to_paragraph(self, paragraph_id: int) -> None:
        """Brings a paragraph into view with its indicator line, and its section's heading above it when
        both fit in the upper half of the view; never flush against the top edge."""
        self.scrollToAnchor(f"p{paragraph_id}")
        block_number = next(
            (n for n, p in getattr(self, "paragraph_blocks", {}).items() if p.id == paragraph_id), None
        )
        if block_number is None:
            return
        layout = self.document().documentLayout()
        block = self.document().findBlockByNumber(block_number)
        label = block.previous() if block.previous().isValid() else block  # the "3. Indicator" line
        target = layout.blockBoundingRect(label).top()
        heading = label.previous()
        while heading.isValid() and heading.blockFormat().headingLevel() == 0:
            heading = heading.previous()
        room = self.viewport().height() / 2
        if heading.isValid() and target - layout.blockBoundingRect(heading).top() < room:
            target = layout.blockBoundingRect(heading).top()
        margin = self.fontMetrics().height()
        self.verticalScrollBar().setValue(max(0, int(target - margin)))

    def _score_badge(self, score: IndicatorScore | None, pillar: str | None, outline: DocumentOutline) -> str:
        """« score 8 / 10 (2025) · no change since 2023 » after the indicator, in its pillar's colour."""
        if score is None:
            return ""
        colour = PILLAR_COLOURS.get(pillar or "", "#555")
        phrases = score_phrases()
        change = change_text(score, phrases)
        edition = outline.document.edition or ""
        word = self.tr("score")
        return (
            f" &nbsp;<span class='score' style='color:{colour}'>"
            f"{escape(word)} {score_number(score.score, phrases)}</span>"
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
        start, end = snap_to_words(paragraph.text, start, end)
        quote = paragraph.text[start:end]
        if quote.strip():  # show the analyst the words that will be kept
            snapped = QTextCursor(self.document())
            snapped.setPosition(block.position() + start)
            snapped.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(snapped)
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

    def show_document(
        self, outline: DocumentOutline, scores: dict[str, IndicatorScore] | None = None
    ) -> None:
        """A document's summary page: what it is (country, edition, language, source), its country's
        pillar averages when scores are imported, and its sections with their paragraph counts.
        `scores`: the Index's scores of its country and edition (indicator and aggregate keys); without
        them, the window's own `scores` are used when it has them."""
        d = outline.document
        if scores is None:
            known = getattr(self.window(), "scores", None)
            scores = known.get(d.id) if isinstance(known, dict) else None
        phrases = score_phrases()
        language = names_language()
        country = f"{country_name(d.country_iso) or d.country or '?'} ({d.country_iso or '?'})"
        rows = [
            (self.tr("Country"), escape(country)),
            (self.tr("Edition"), escape(str(d.edition or "?"))),
            (self.tr("Language"), escape(self._language_name(d.language))),
            (self.tr("Source"), escape(d.source_name)),
            (self.tr("Imported"), escape(d.imported_at.strftime("%Y-%m-%d %H:%M"))),
            (self.tr("Paragraphs"), escape(str(d.paragraph_count))),
            (self.tr("Version"), escape(str(d.version))),
            ("SHA-256", f"<span class='meta'>{escape(d.sha256[:16])}…</span>"),
        ]
        table = "".join(
            f"<tr><td class='meta'>{escape(k)}&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows
        )
        averages = ""
        pillars = [(p, (scores or {}).get(p.key)) for p in load_taxonomy().pillars]
        if any(score for _, score in pillars):
            cells = []
            for pillar, score in pillars:
                if score is None:
                    continue
                change = change_text(score, phrases)
                cells.append(
                    f"<td style='padding-right:22px'><span class='meta'>{escape(pillar.name(language))}"
                    f"</span><br><span style='font-size:15pt;font-weight:700;"
                    f"color:{PILLAR_COLOURS.get(pillar.key, '#555')}'>{score_number(score.score, phrases)}"
                    f"</span><span class='meta'> / 10 {escape(change).replace(' ', '&nbsp;')}</span></td>"
                )
            heading = self.tr("Pillar averages, {edition}").format(
                edition=edition_text(d.edition, phrases) or "?"
            )
            averages = f"<h2>{escape(heading)}</h2><table><tr>{''.join(cells)}</tr></table>"
        sections = "".join(self._section_rows(s, 0) for s in outline.sections)
        notes = "".join(f"<p class='meta'>{escape(n)}</p>" for n in outline.notes)
        sections_heading = self.tr("Sections")
        self._last_section = None
        self.setHtml(
            f"{_STYLE}<h1>{escape(d.title)}</h1><table>{table}</table>{averages}"
            f"<h2>{escape(sections_heading)}</h2><table>{sections}</table>{notes}"
        )

    def _section_rows(self, section: OutlineSection, depth: int) -> str:
        count = self.tr("%n paragraph(s)", "", _paragraph_count(section))
        title = section.title.capitalize() if section.title.isupper() else section.title
        row = (
            f"<tr><td style='padding-left:{depth * 16}px'>{escape(title)}&nbsp;&nbsp;</td>"
            f"<td class='meta' align='right'>{escape(count)}</td></tr>"
        )
        return row + "".join(self._section_rows(child, depth + 1) for child in section.sections)

    def _language_name(self, code: str) -> str:
        names = {"fr": self.tr("French"), "en": self.tr("English"), "es": self.tr("Spanish")}
        return names.get(code, code)


def _paragraph_count(section: OutlineSection) -> int:
    return len(section.paragraphs) + sum(_paragraph_count(child) for child in section.sections)


def _ocr_badge(confidence: float | None, word: str, tip: str) -> str:
    """« · OCR 87% » after the page: the text was recognised from an image and may hold misreadings."""
    if confidence is None:
        return ""
    return f" · <span class='ocr' title='{escape(tip)}'>{escape(word)} {confidence:.0f}%</span>"
