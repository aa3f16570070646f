"""The palette follows the system's colour scheme."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from desktop.ui.palette import palette_for


def test_dark_and_light_palettes(qapp):
    dark = palette_for(Qt.ColorScheme.Dark)
    light = palette_for(Qt.ColorScheme.Light)
    assert dark.color(QPalette.ColorRole.Window).lightness() < 80
    assert dark.color(QPalette.ColorRole.Text).lightness() > 200
    assert light.color(QPalette.ColorRole.Window).lightness() > 180
    assert light.color(QPalette.ColorRole.Text).lightness() < 80
