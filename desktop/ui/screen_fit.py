"""Dialogs that fit the screen they open on: a wanted size, capped to the screen's available area."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager's title bar and borders take around a window, so that the frame fits too.
FRAME_MARGIN = (16, 48)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resizes `widget` to width×height, or less where its screen (its parent's, before it is shown)
    is smaller, and moves it back inside that screen when it would stick out."""
    parent = widget.parentWidget()
    screen = widget.screen() if widget.isVisible() or parent is None else parent.screen()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    available = screen.availableGeometry()
    fitted_width = min(width, available.width() - FRAME_MARGIN[0])
    fitted_height = min(height, available.height() - FRAME_MARGIN[1])
    widget.resize(max(fitted_width, widget.minimumWidth()), max(fitted_height, widget.minimumHeight()))
    if widget.isVisible():
        frame = widget.frameGeometry()
        x = min(max(frame.x(), available.left()), available.right() - frame.width() + 1)
        y = min(max(frame.y(), available.top()), available.bottom() - frame.height() + 1)
        widget.move(max(x, available.left()), max(y, available.top()))
