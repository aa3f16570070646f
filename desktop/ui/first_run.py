"""What an empty library shows: how to bring reports in (Import, drop, or the bundled sample)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

IMPORT_LINK = "excerpta:import"
SAMPLE_LINK = "excerpta:sample"


def welcome_html() -> str:
    translate = QCoreApplication.translate
    title = escape(translate("FirstRun", "This library is empty"))
    lines = [
        f'<p><a href="{IMPORT_LINK}">{escape(translate("FirstRun", "Import reports…"))}</a> (Ctrl+I): '
        + escape(translate("FirstRun", "text, PDF, HTML or Word files, or a whole folder (Ctrl+Shift+I)."))
        + "</p>",
        "<p>" + escape(translate("FirstRun", "Or drop files or folders on this window.")) + "</p>",
        f'<p><a href="{SAMPLE_LINK}">{escape(translate("FirstRun", "Open the bundled sample report"))}</a> '
        + escape(translate("FirstRun", "to try searching, bookmarking and exporting."))
        + "</p>",
    ]
    return (
        '<div style="margin:48px 32px; font-size:15px">'
        f'<h2 style="font-weight:600">{title}</h2>' + "".join(lines) + "</div>"
    )
