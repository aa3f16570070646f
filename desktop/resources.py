"""Where the bundled resources are: beside the `desktop` package, in a checkout and in an install alike."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_DIR = RESOURCES_DIR / "sample"


def resource(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)
