"""Light or dark, as the system is: Fusion with a palette per colour scheme, switched live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#2b2d30",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#35373b",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#35373b",
    QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8a8d91",
    QPalette.ColorRole.Mid: "#8a8d91", QPalette.ColorRole.Dark: "#a0a3a8", QPalette.ColorRole.Link: "#8ab4f8",
}  # fmt: skip


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    if scheme != Qt.ColorScheme.Dark:
        return QApplication.style().standardPalette()
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    return palette


def follow_system_scheme(app: QApplication) -> None:
    """Applies the system's scheme now and whenever it changes."""
    app.setStyle("Fusion")
    hints = QGuiApplication.styleHints()
    app.setPalette(palette_for(hints.colorScheme()))
    hints.colorSchemeChanged.connect(lambda scheme: app.setPalette(palette_for(scheme)))
