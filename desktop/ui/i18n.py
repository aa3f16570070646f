"""The window's language: the system's, or EXCERPTA_LANG; English is the source text.

A language is shipped by adding resources/i18n/excerpta_<code>.ts and building its .qm (`make
translations`): nothing here lists languages. Qt's own translation (qtbase_<code>.qm, in PySide6's
translations folder) is loaded beside it, so file dialogs and standard buttons speak the same language.

What the window shows that is not a Qt string (score phrases, indicator, pillar and country names) is
taken in `interface_language()`, which asks the installed translation itself: it stays right when a
translator is removed again, as tests do.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resource
from desktop.scores_display import ScorePhrases
from domain.countries import country_by_iso

# Languages the taxonomy and pycountry name things in; others fall back to English names.
NAME_LANGUAGES = ("en", "fr", "es")


def shipped_languages() -> list[str]:
    """Every language with a built translation in resources/i18n (English is the source, always there)."""
    folder = resource("i18n")
    return sorted(p.stem.removeprefix("excerpta_") for p in folder.glob("excerpta_*.qm"))


def wanted_language() -> str:
    return (os.environ.get("EXCERPTA_LANG") or QLocale.system().name()).split("_")[0].lower()


def install_translator(app: QApplication, language: str | None = None) -> QTranslator | None:
    """Loads the translation for `language` (default: wanted_language()), and Qt's own for the same
    language. A language without a translation gets the English one (its plural forms: "1 paragraph",
    not "1 paragraph(s)"). None when there is none to load. `remove_translator` takes both out again."""
    language = language or wanted_language()
    if language not in shipped_languages():
        language = "en"
    if language not in shipped_languages():
        return None
    translator = QTranslator(app)
    if not translator.load(str(resource("i18n", f"excerpta_{language}.qm"))):
        return None
    qt_base = QTranslator(translator)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", folder):
        app.installTranslator(qt_base)
        translator.setProperty("excerpta_qt_base", True)
    app.installTranslator(translator)
    return translator


def remove_translator(app: QApplication, translator: QTranslator) -> None:
    """Takes out a translator `install_translator` gave, with Qt's own that came with it."""
    for child in translator.findChildren(QTranslator):
        app.removeTranslator(child)
    app.removeTranslator(translator)


def interface_language() -> str:
    """The language the window speaks now: "en" unless a translation is installed."""
    # Translators: the code of this translation's language (fr, es, de…), used to pick names.
    return QCoreApplication.translate("Language", "en") or "en"


def names_language() -> str:
    """Indicator, pillar and country names in the interface's language, when the data has it. Without
    an installed translation, the wanted language still names things when the data has it (a Spanish
    analyst gets Spanish indicator names before a Spanish .ts exists)."""
    language = interface_language()
    if language == "en":
        language = wanted_language()
    return language if language in NAME_LANGUAGES else "en"


def country_name(iso: str | None) -> str:
    """A country's name in the interface's language (pycountry's translations), or its code."""
    if not iso:
        return ""
    country = country_by_iso(iso)
    return country.name(names_language()) if country else iso.upper()


def score_phrases() -> ScorePhrases:
    """The score phrases of desktop/scores_display.py in the interface's language."""

    translate = QCoreApplication.translate  # each call spelt out, so that pyside6-lupdate finds it
    return ScorePhrases(
        since=translate("ScorePhrases", "{change} since {edition}"),
        no_change=translate("ScorePhrases", "no change since {edition}"),
        sentence=translate("ScorePhrases", "Index score {edition}: {score} / 10"),
        edition=translate("ScorePhrases", "{edition} edition"),
        # Translators: the decimal separator of score numbers ("." in English, "," in French).
        decimal=translate("ScorePhrases", "."),
    )
