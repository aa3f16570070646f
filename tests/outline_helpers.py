"""Reading `excerpta outline --json` in tests."""

from __future__ import annotations

from typing import Any


def paragraphs(document: dict[str, Any]) -> list[tuple[tuple[str, ...], str | None, str]]:
    """(section path, indicator, text) for every paragraph, in reading order."""
    found: list[tuple[tuple[str, ...], str | None, str]] = []

    def walk(section: dict[str, Any], path: tuple[str, ...]) -> None:
        here = (*path, section["title"])
        for paragraph in section["paragraphs"]:
            found.append((here, paragraph["indicator"], paragraph["text"]))
        for child in section["sections"]:
            walk(child, here)

    for section in document["sections"]:
        walk(section, ())
    return found


def section_tree(document: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [(s["title"], [c["title"] for c in s["sections"]]) for s in document["sections"]]
