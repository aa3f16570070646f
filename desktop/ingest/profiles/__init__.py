"""Report profiles: what a kind of report looks like, and how to turn its blocks into sections."""

from __future__ import annotations

from desktop.ingest.profiles.base import ReportProfile
from desktop.ingest.profiles.generic import GenericProfile
from desktop.ingest.profiles.ocindex import OCIndexProfile

PROFILES: dict[str, ReportProfile] = {p.name: p for p in (OCIndexProfile(), GenericProfile())}


def profile_names() -> list[str]:
    return list(PROFILES)
