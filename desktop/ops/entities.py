"""The analyst's correction of the extractor (reject, rename, merge): recorded, applied to the stored
facts, remembered for every later extraction, and followed by the index's entity field."""

from __future__ import annotations

from db.library import Library
from db.services.facts import decide
from desktop.ops.changes import ChangeSet
from desktop.ops.index import bring_index_up_to_date


def decide_entity(
    library: Library, fact_type: str, name: str, action: str, target: str | None = None
) -> tuple[int, ChangeSet]:
    """Returns how many facts the decision touched. Raises UnknownEntity or ValueError, storing nothing."""
    with library.writing(f"a decision on {name}"):
        touched = decide(library, fact_type, name, action, target)
        bring_index_up_to_date(library)
    return touched, ChangeSet("entity", entities=True, messages=(f"{action}: {name}",))
