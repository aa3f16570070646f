"""Keeping the index in step with SQLite, by generation stamps rather than guesses; and healing it.

Every committed content change stamps its document with the library's new generation. The index keeps,
beside itself, the stamp it indexed each document at. Syncing redoes the documents whose stamps differ
and drops those that are gone, so the same step serves an ordinary import and the repair after a crash
between a commit and the index update.

The index folder holds the state file and one engine folder it names:

    index/excerpta-index.json   engine, folder, schema, alias table, generation, document stamps
    index/tantivy-1f3a…/        the engine's files (and the bookmark map)

A full rebuild (another engine, schema or alias table, `reindex`, or damage) writes a new engine folder
beside the current one, and swaps it in by replacing the state file, written last: a rebuild killed
half-way leaves the old index searchable, and its leftovers are removed at the next sync. Any failure to
open or read the index (missing, truncated, foreign files, a file in its place, a bad state file, a
deleted segment, or a search that found it unreadable) makes the sync rebuild it, with a notice.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import func, select

from db.library import Library
from db.schema import Document, Paragraph
from db.search.aliases import load_alias_table
from db.search.analysis import plain_analyzer, terms
from db.search.engine import IndexDamaged, IndexedParagraph, SearchEngine
from db.search.engines import choose_engine, engine_choice, open_engine, schema_version
from db.search.feed import indexed_paragraphs
from db.services.generation import current_generation

STATE_FILE = "excerpta-index.json"
# Left by a search that found the index unreadable; the next sync rebuilds.
DAMAGED_MARK = "excerpta-index.damaged"
LOCK_FILE = "index.lock"  # in the library folder, so that the index folder itself can be replaced
# Above this many paragraphs to index, the engine may use more memory (and threads) for speed.
BULK_THRESHOLD = 5000

Progress = Callable[[int, int], None]

# Both engines hold terms made by db.search.analysis: when its output changes (a stemmer, folding,
# elisions, stop words), every index must be rebuilt. These sentences probe it.
_ANALYSIS_PROBE = {
    "fr": "L’héroïne et la cocaïne transitent par le port d’Anvers ; les passeurs qu’on arrête",
    "en": "The smugglers' trucks were crossing Türkiye's borders with counterfeit medicines",
    "es": "Las víctimas de la trata llegaron por el puerto de Algeciras en camiones",
}


@cache  # the analysis is code: it cannot change while the process runs
def analysis_fingerprint() -> str:
    probes = [terms(language, text) for language, text in _ANALYSIS_PROBE.items()]
    probes.append([token.text for token in plain_analyzer()(" ".join(_ANALYSIS_PROBE.values()))])
    return hashlib.sha256(json.dumps(probes, ensure_ascii=False).encode()).hexdigest()[:16]


@dataclass
class IndexState:
    schema: int
    aliases: str
    generation: int
    documents: dict[int, int]  # document id → content generation indexed
    engine: str = "whoosh"
    folder: str = ""  # the engine folder, inside the index folder
    analysis: str = ""  # analysis_fingerprint() of the terms indexed

    @classmethod
    def read(cls, directory: Path) -> IndexState | None:
        try:
            data = json.loads((directory / STATE_FILE).read_text(encoding="utf-8"))
            documents = {int(k): int(v) for k, v in data["documents"].items()}
            return cls(
                int(data["schema"]),
                str(data["aliases"]),
                int(data["generation"]),
                documents,
                str(data.get("engine", "whoosh")),
                str(data.get("folder", "")),
                str(data.get("analysis", "")),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def write(self, directory: Path) -> None:
        """Atomically: a crash leaves the old state, which only means redoing some work."""
        temporary = directory / (STATE_FILE + ".tmp")
        data = {
            "engine": self.engine,
            "folder": self.folder,
            "schema": self.schema,
            "aliases": self.aliases,
            "generation": self.generation,
            "analysis": self.analysis,
            "documents": self.documents,
        }
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, directory / STATE_FILE)

    def engine_folder(self, directory: Path) -> Path | None:
        """The folder the state names, if it is a plain name inside `directory`."""
        if not self.folder or Path(self.folder).name != self.folder or self.folder.startswith("."):
            return None
        return directory / self.folder


@dataclass(frozen=True)
class SyncReport:
    rebuilt: bool
    documents_indexed: int
    documents_dropped: int
    paragraphs_indexed: int
    # Why the index was rebuilt when nobody asked (damage, another engine...), for the user to read.
    notice: str | None = field(default=None, compare=False)

    @property
    def changed(self) -> bool:
        return self.rebuilt or bool(self.documents_indexed or self.documents_dropped)


@contextlib.contextmanager
def _writer_lock(library: Library) -> Iterator[None]:
    """One sync at a time per library, across processes; a second one waits for the first."""
    with open(library.folder / LOCK_FILE, "a+b") as handle:
        try:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        except ImportError:  # Windows
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined]
        yield  # the lock goes with the file handle


def _prepare_root(root: Path) -> str | None:
    """The index folder exists and is a folder; a notice when something else was in its place."""
    notice = None
    if root.is_symlink() or (root.exists() and not root.is_dir()):
        root.unlink()
        notice = f"{root} was not a folder; the search index is rebuilt"
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    return notice


def _remove_leftovers(root: Path, keep: str) -> None:
    """Engine folders and files no longer named by the state: an old index, a killed rebuild's half."""
    for entry in root.iterdir():
        if entry.name in (STATE_FILE, keep):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)  # on Windows a reader may still hold it: next time
        else:
            with contextlib.suppress(OSError):
                entry.unlink()


def _sqlite_state(library: Library, known: IndexState | None = None) -> tuple[int, dict[int, int], int]:
    """The library's generation, every document's stamp, and the number of paragraphs.

    With the index's state at hand, only the documents stamped since it are read, and the rest is taken
    from the state once the table's count and sums of ids and stamps agree with it: adding a report no
    longer reads 3,000 stamps. Anything else (a removal, a library restored from a copy) reads them all.
    """
    with library.session() as session:
        connection = session.connection()
        generation = current_generation(session)
        paragraphs = session.scalar(select(func.count()).select_from(Paragraph)) or 0
        if known is not None and known.generation <= generation:
            since = Document.content_generation > known.generation
            changed = dict(
                connection.execute(select(Document.id, Document.content_generation).where(since)).all()
            )
            stamps = {**known.documents, **changed}
            # Through the (content_generation) index, which holds the ids too: no document text is read.
            totals = select(
                func.count(),
                func.coalesce(func.sum(Document.id), 0),
                func.coalesce(func.sum(Document.content_generation), 0),
            )
            if tuple(connection.execute(totals).one()) == (len(stamps), sum(stamps), sum(stamps.values())):
                return generation, stamps, paragraphs
        # Through the same index: every stamp, 3,000 documents in 3 ms (a scan through their text took 20).
        stamps = dict(connection.execute(select(Document.id, Document.content_generation)).all())
    return generation, stamps, paragraphs


def _index(
    library: Library,
    engine: SearchEngine,
    document_ids: list[int],
    dropped: list[int],
    progress: Progress | None,
    bulk: bool,
) -> int:
    """Feeds the engine every paragraph of `document_ids`, in slices, after dropping `dropped`."""
    aliases = load_alias_table()
    with library.session() as session:
        total = session.scalar(select(func.count()).where(Paragraph.document_id.in_(document_ids))) or 0
        done = 0

        def feed() -> Iterator[IndexedParagraph]:
            nonlocal done
            # In slices, so that a large library is never loaded into memory at once.
            for start in range(0, len(document_ids), 200):
                for paragraph in indexed_paragraphs(session, document_ids[start : start + 200], aliases):
                    done += 1
                    if progress and done % 500 == 0:
                        progress(done, total)
                    yield paragraph

        engine.replace_documents(dropped, feed(), bulk=bulk or total > BULK_THRESHOLD)
    if progress:
        progress(total, total)
    return int(total)


def _rebuild(
    library: Library, name: str, stamps: dict[int, int], generation: int, progress: Progress | None
) -> int:
    """A new engine folder beside the current one, swapped in by the state file once complete."""
    root = library.index_dir
    folder = f"{name}-{secrets.token_hex(6)}"
    engine = open_engine(name, root / folder, create=True)
    try:
        total = _index(library, engine, sorted(stamps), [], progress, bulk=True)
    finally:
        engine.close()
    state = IndexState(
        schema_version(name),
        load_alias_table().fingerprint,
        generation,
        stamps,
        name,
        folder,
        analysis_fingerprint(),
    )
    state.write(root)  # the swap: from here on, searches open the new folder
    _remove_leftovers(root, folder)
    return total


def sync_index(
    library: Library,
    progress: Progress | None = None,
    rebuild: bool = False,
    *,
    engine: str | None = None,
) -> SyncReport:
    """Brings the index up to SQLite's state, repairing or rebuilding it when needed. Run it on the
    writer lane, never on the GUI thread. `engine` switches the library to that engine (and rebuilds)."""
    with _writer_lock(library):
        if engine is not None and engine != engine_choice(library):
            choose_engine(library, engine)
        return _sync(library, progress, rebuild)


def _sync(library: Library, progress: Progress | None, rebuild: bool) -> SyncReport:
    root = library.index_dir
    name = engine_choice(library)
    notice = _prepare_root(root)
    state = IndexState.read(root)
    generation, stamps, paragraphs = _sqlite_state(library, state)
    folder = state.engine_folder(root) if state is not None else None
    reason = None
    if state is None and (root / STATE_FILE).exists():
        reason = "its state file was unreadable"
    elif (root / DAMAGED_MARK).exists():
        reason = "a search found it unreadable"
    elif state is not None and folder is None and state.folder:
        reason = "its state file names a folder outside it"
    # A state without a folder is the layout of earlier versions: rebuilt once, without a notice.
    if reason:
        notice = f"The search index was damaged ({reason}); it is rebuilt from the library."
    full = (
        rebuild
        or reason is not None
        or state is None
        or folder is None
        or state.engine != name
        or state.schema != schema_version(name)
        or state.aliases != load_alias_table().fingerprint
        or state.analysis != analysis_fingerprint()
    )
    if not full and state is not None and folder is not None:
        try:
            return _update(library, name, state, folder, generation, stamps, paragraphs, progress)
        except IndexDamaged as error:
            notice = f"The search index was damaged ({error}); it is rebuilt from the library."
    total = _rebuild(library, name, stamps, generation, progress)
    with contextlib.suppress(OSError):
        (root / DAMAGED_MARK).unlink()
    return SyncReport(True, len(stamps), 0, total, notice)


def _update(
    library: Library,
    name: str,
    state: IndexState,
    folder: Path,
    generation: int,
    stamps: dict[int, int],
    paragraphs: int,
    progress: Progress | None,
) -> SyncReport:
    """The documents whose stamps changed, in place; raises IndexDamaged when the index cannot be read
    or disagrees with SQLite afterwards."""
    engine = open_engine(name, folder)
    try:
        dropped = [d for d in state.documents if d not in stamps]
        changed = sorted(d for d, stamp in stamps.items() if state.documents.get(d) != stamp)
        total = 0
        if changed or dropped or state.generation != generation:
            total = _index(
                library,
                engine,
                changed,
                dropped + [d for d in changed if d in state.documents],
                progress,
                bulk=False,
            )
            documents = {d: s for d, s in state.documents.items() if d in stamps}
            documents.update({d: stamps[d] for d in changed})
            updated = IndexState(
                state.schema, state.aliases, generation, documents, name, state.folder, state.analysis
            )
            updated.write(library.index_dir)
        engine.refresh()
        count = engine.paragraph_count()
        if count != paragraphs:
            raise IndexDamaged(f"it holds {count} paragraphs, the library {paragraphs}")
        _remove_leftovers(library.index_dir, state.folder)
        return SyncReport(False, len(changed), len(dropped), total)
    finally:
        engine.close()
