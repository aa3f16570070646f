"""Text made inert for ReportLab's Paragraph markup, shared by every page of the dossier."""

from __future__ import annotations

from xml.sax.saxutils import escape as xml_escape


def escape(text: str) -> str:
    """Text made inert for Paragraph markup: &, <, > and quotes escaped, line breaks kept."""
    return xml_escape(text, {'"': "&quot;", "'": "&#39;"}).replace("\n", "<br/>")
