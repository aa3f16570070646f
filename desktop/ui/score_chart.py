"""A country's indicator scores as horizontal bars, coloured by pillar, with last edition's value ticked.

Painted with QPainter from `chart_rows`, the same rows the dossier's chart page draws, so the window and
the PDF never disagree. It renders offscreen, for tests and screenshots.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.scores_display import ChartRow, short_label

ROW_HEIGHT = 19
LABEL_WIDTH = 260
VALUE_WIDTH = 90


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Indicator scores chart"))

    def set_rows(self, rows: list[ChartRow]) -> None:
        self.rows = rows
        self.setToolTip("")
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 360 + VALUE_WIDTH, 28 + ROW_HEIGHT * max(len(self.rows), 1))

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 160 + VALUE_WIDTH, self.sizeHint().height())

    def bar_rect(self, index: int) -> QRectF:
        """Where row `index`'s bar is drawn; its length is the score out of 10."""
        row = self.rows[index]
        left, width = LABEL_WIDTH, max(self.width() - LABEL_WIDTH - VALUE_WIDTH, 40)
        top = 24 + index * ROW_HEIGHT
        value = row.score.score if row.score else 0
        return QRectF(left, top + 3, width * value / 10, ROW_HEIGHT - 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        grid_colour = palette.color(palette.ColorRole.Mid)
        left, width = LABEL_WIDTH, max(self.width() - LABEL_WIDTH - VALUE_WIDTH, 40)
        bottom = 24 + len(self.rows) * ROW_HEIGHT
        # the scale: 1 to 10, light lines every unit
        painter.setPen(QPen(grid_colour, 0.5, Qt.PenStyle.DotLine))
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 6))
        painter.setFont(small)
        for unit in range(0, 11):
            x = left + width * unit / 10
            painter.drawLine(int(x), 18, int(x), bottom)
            painter.drawText(QRectF(x - 10, 2, 20, 14), Qt.AlignmentFlag.AlignCenter, str(unit))
        previous = next(
            (r.score.previous_edition for r in self.rows if r.score and r.score.previous_edition), None
        )
        if previous:  # the legend of the ticks, above the values
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left + width + 6, 2, VALUE_WIDTH, 14),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("| = {edition}").format(edition=previous),
            )
        bold = QFont(self.font())
        bold.setBold(True)
        for index, row in enumerate(self.rows):
            top = 24 + index * ROW_HEIGHT
            colour = QColor(row.colour)
            label_rect = QRectF(4, top, LABEL_WIDTH - 10, ROW_HEIGHT)
            value_rect = QRectF(left + width + 6, top, VALUE_WIDTH - 6, ROW_HEIGHT)
            painter.setFont(bold if row.kind == "pillar" else self.font())
            painter.setPen(colour if row.kind == "pillar" else text_colour)
            elided = painter.fontMetrics().elidedText(
                row.label, Qt.TextElideMode.ElideRight, int(label_rect.width())
            )
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
            if row.score is None:
                continue
            bar = self.bar_rect(index)
            if row.kind == "pillar":  # the pillar's average: a line across, not a bar
                painter.setPen(QPen(colour, 2))
                x = bar.right()
                painter.drawLine(int(x), int(top + 2), int(x), int(top + ROW_HEIGHT - 2))
                painter.drawLine(int(left), int(top + ROW_HEIGHT / 2), int(x), int(top + ROW_HEIGHT / 2))
            else:
                fill = QColor(colour)
                fill.setAlpha(215)
                painter.fillRect(bar, fill)
            if row.score.previous is not None:  # last edition's value: a dark tick
                x = left + width * row.score.previous / 10
                painter.setPen(QPen(text_colour, 2))
                painter.drawLine(int(x), int(bar.top() - 2), int(x), int(bar.bottom() + 2))
            painter.setFont(bold if row.kind == "pillar" else small)
            painter.setPen(text_colour)
            painter.drawText(
                value_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, short_label(row.score)
            )
        painter.end()
