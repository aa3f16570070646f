"""A country's indicator scores as horizontal bars, coloured by pillar, with last edition's value ticked.

Painted with QPainter from `chart_rows`, the same rows the dossier's chart page draws, so the window and
the PDF never disagree. It renders offscreen, for tests and screenshots.

The chart is live: a click on an indicator's row (or Enter on the row chosen with the arrow keys)
emits `indicator_clicked` with its key; a label too long for its column is elided, and its tooltip
says it whole with the score.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.scores_display import ChartRow, score_sentence, short_label
from desktop.ui.i18n import score_phrases

ROW_HEIGHT = 21
LABEL_WIDTH = 260
VALUE_WIDTH = 90
TOP = 24
MIN_POINT_SIZE = 8.0  # nothing on the chart is smaller than this


class ScoreChart(QWidget):
    indicator_clicked = Signal(str)  # the indicator's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self.edition: int | None = None
        self.current_row = -1  # the row chosen with the keyboard
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Indicator scores chart"))
        self.setAccessibleDescription(
            self.tr("Click a bar, or choose it with the arrow keys and press Enter, to read its paragraph.")
        )

    def set_rows(self, rows: list[ChartRow], edition: int | None = None) -> None:
        self.rows = rows
        self.edition = edition
        self.current_row = -1
        self.setToolTip("")
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 360 + VALUE_WIDTH, TOP + 4 + ROW_HEIGHT * max(len(self.rows), 1))

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 160 + VALUE_WIDTH, self.sizeHint().height())

    def _plot(self) -> tuple[float, float]:
        return LABEL_WIDTH, max(self.width() - LABEL_WIDTH - VALUE_WIDTH, 40)

    def bar_rect(self, index: int) -> QRectF:
        """Where row `index`'s bar is drawn; its length is the score out of 10."""
        row = self.rows[index]
        left, width = self._plot()
        top = TOP + index * ROW_HEIGHT
        value = row.score.score if row.score else 0
        return QRectF(left, top + 3, width * value / 10, ROW_HEIGHT - 6)

    def label_rect(self, index: int) -> QRectF:
        return QRectF(4, TOP + index * ROW_HEIGHT, LABEL_WIDTH - 10, ROW_HEIGHT)

    def row_at(self, point: QPoint) -> int:
        """The row under a point (label, bar or value alike), or -1."""
        index = int((point.y() - TOP) // ROW_HEIGHT)
        return index if point.y() >= TOP and 0 <= index < len(self.rows) else -1

    def label_is_elided(self, index: int) -> bool:
        font = self._label_font(self.rows[index])
        return QFontMetrics(font).horizontalAdvance(self.rows[index].label) > self.label_rect(index).width()

    def _label_font(self, row: ChartRow) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), MIN_POINT_SIZE))
        font.setBold(row.kind == "pillar")
        return font

    def tooltip_for(self, index: int) -> str:
        """The whole label, and the score in words: what an elided label hides."""
        row = self.rows[index]
        if row.score is None:
            return row.label
        return f"{row.label}\n{score_sentence(row.score, self.edition, score_phrases())}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().toPoint())
        clickable = index >= 0 and self.rows[index].kind == "indicator"
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self._choose(index)
            self._open(index)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.rows:
            # From indicator to indicator: pillar rows are headings, nothing to open.
            indicators = [i for i, row in enumerate(self.rows) if row.kind == "indicator"]
            if key == Qt.Key.Key_Down:
                following = [i for i in indicators if i > self.current_row]
            else:
                following = [i for i in reversed(indicators) if i < self.current_row]
            if following:
                self._choose(following[0])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current_row >= 0:
            self._open(self.current_row)
            return
        super().keyPressEvent(event)

    def _choose(self, index: int) -> None:
        self.current_row = index
        self.setAccessibleDescription(self.tooltip_for(index).replace("\n", ". "))
        self.update()

    def _open(self, index: int) -> None:
        row = self.rows[index]
        if row.kind == "indicator" and row.key:
            self.indicator_clicked.emit(row.key)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        grid_colour = palette.color(palette.ColorRole.Mid)
        left, width = self._plot()
        bottom = TOP + len(self.rows) * ROW_HEIGHT
        if 0 <= self.current_row < len(self.rows):  # the keyboard's row
            highlight = QColor(palette.color(palette.ColorRole.Highlight))
            highlight.setAlpha(50)
            chosen = QRectF(0, TOP + self.current_row * ROW_HEIGHT, self.width(), ROW_HEIGHT)
            painter.fillRect(chosen, highlight)
        # the scale: 1 to 10, light lines every unit
        painter.setPen(QPen(grid_colour, 0.5, Qt.PenStyle.DotLine))
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, MIN_POINT_SIZE))
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
                QRectF(left + width + 16, 2, VALUE_WIDTH - 10, 14),  # clear of the "10" above the scale
                Qt.AlignmentFlag.AlignLeft,
                self.tr("| = {edition}").format(edition=previous),
            )
        bold = QFont(small)
        bold.setBold(True)
        phrases = score_phrases()
        for index, row in enumerate(self.rows):
            top = TOP + index * ROW_HEIGHT
            colour = QColor(row.colour)
            label_rect = self.label_rect(index)
            value_rect = QRectF(left + width + 6, top, VALUE_WIDTH - 6, ROW_HEIGHT)
            painter.setFont(self._label_font(row))
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
                value_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                short_label(row.score, phrases),
            )
        painter.end()
