"""A country's indicator scores as a vector bar chart for the dossier: the rows and colours of the
window's chart (`chart_rows`), drawn with ReportLab's graphics so it stays sharp when printed."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.scores_display import ENGLISH, ScorePhrases, chart_rows, short_label
from domain.records import CountryScores

ROW = 13.0
LABEL_WIDTH = 200.0
VALUE_WIDTH = 52.0
AXIS = 14.0
FONT_SIZE = 8.0  # printed and read at arm's length: nothing smaller


def fitted(text: str, font: str, size: float, width: float) -> str:
    """`text`, or as much of it as fits `width` points followed by an ellipsis."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def country_chart(
    scores: CountryScores,
    width: float,
    font: str,
    bold: str,
    language: str = "en",
    phrases: ScorePhrases = ENGLISH,
) -> Drawing:
    """Bars of the 32 indicator scores out of 10, a line for each pillar's average, and a dark tick at
    the previous edition's score; names in `language`."""
    rows = chart_rows(scores, language)
    height = AXIS + ROW * len(rows) + 4
    drawing = Drawing(width, height)
    scale = width - LABEL_WIDTH - VALUE_WIDTH

    def x_of(value: float) -> float:
        return LABEL_WIDTH + scale * value / 10

    for unit in range(11):
        x = x_of(unit)
        drawing.add(Line(x, 2, x, height - AXIS + 2, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.4))
        drawing.add(String(x, height - 9, str(unit), fontName=font, fontSize=FONT_SIZE, textAnchor="middle"))
    for index, row in enumerate(rows):
        top = height - AXIS - index * ROW
        middle = top - ROW / 2
        colour = colors.HexColor(row.colour)
        is_pillar = row.kind == "pillar"
        label = fitted(row.label, bold if is_pillar else font, FONT_SIZE, LABEL_WIDTH - 6)
        drawing.add(
            String(
                2,
                middle - 2.5,
                label,
                fontName=bold if is_pillar else font,
                fontSize=FONT_SIZE,
                fillColor=colour if is_pillar else colors.black,
            )
        )
        if row.score is None:
            continue
        end = x_of(row.score.score)
        if is_pillar:
            drawing.add(Line(LABEL_WIDTH, middle, end, middle, strokeColor=colour, strokeWidth=1.2))
            drawing.add(Line(end, middle - 4, end, middle + 4, strokeColor=colour, strokeWidth=1.5))
        else:
            drawing.add(
                Rect(
                    LABEL_WIDTH, top - ROW + 2, end - LABEL_WIDTH, ROW - 4, fillColor=colour, strokeColor=None
                )
            )
        if row.score.previous is not None:
            tick = x_of(row.score.previous)
            drawing.add(Line(tick, top - ROW + 1, tick, top - 1, strokeColor=colors.black, strokeWidth=1.2))
        drawing.add(
            String(
                width - VALUE_WIDTH + 4,
                middle - 2.5,
                short_label(row.score, phrases),
                fontName=bold if is_pillar else font,
                fontSize=FONT_SIZE,
            )
        )
    return drawing
