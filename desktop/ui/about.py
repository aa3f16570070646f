"""The About dialog's text: the version from the git tag, and the versions of Qt, the search engine and
the French model this build runs with, as the analyst would quote them in a bug report."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion

from desktop import __version__
from desktop.build_info import build_kind, component_versions


def about_html(library_folder: Path) -> str:
    versions = component_versions()
    versions["Qt (PySide6)"] = (
        f"Qt {qVersion()}, PySide6 {versions['Qt (PySide6)']}"  # the Qt actually loaded
    )
    rows = "".join(
        f"<tr><td>{escape(label)}&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"
        for label, value in versions.items()
    )
    library = QCoreApplication.translate("About", "Library:")
    return (
        f"<b>Excerpta</b> {escape(__version__)} ({escape(build_kind())})<br>"
        + escape(
            QCoreApplication.translate(
                "About", "An offline evidence browser for country reports on organized crime."
            )
        )
        + f"<br>{escape(library)} {escape(str(library_folder))}<br>"
        + f"<table>{rows}</table><br>"
        + escape(
            QCoreApplication.translate(
                "About",
                "French names are found with spaCy's fr_core_news_sm model, licensed under LGPL-LR. "
                "Places come in part from GeoNames (geonames.org, CC BY 4.0). "
                "Fonts: DejaVu (Bitstream Vera licence).",
            )
        )
    )
