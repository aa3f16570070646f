"""The window's language: the system's, or EXCERPTA_LANG; English is the source, French is shipped."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resource

SHIPPED = ("fr",)


def wanted_language() -> str:
    return (os.environ.get("EXCERPTA_LANG") or QLocale.system().name()).split("_")[0].lower()


def install_translator(app: QApplication, language: str | None = None) -> QTranslator | None:
    """Loads the translation for `language` (default: wanted_language()); None when English is used."""
    language = language or wanted_language()
    if language not in SHIPPED:
        return None
    translator = QTranslator(app)
    if not translator.load(str(resource("i18n", f"excerpta_{language}.qm"))):
        return None
    app.installTranslator(translator)
    return translator
