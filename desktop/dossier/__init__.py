"""Dossiers: the analyst's selection of excerpts, exported as PDF, Markdown, CSV or W3C annotations."""
