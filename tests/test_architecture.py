"""House rules a machine can check: layering, Qt confinement, module size."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_MODULE_LINES = 800


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _modules(*parts: str) -> list[Path]:
    return sorted(ROOT.joinpath(*parts).rglob("*.py"))


def test_db_imports_neither_desktop_nor_qt():
    offenders = [str(p) for p in _modules("db") if _imports(p) & {"desktop", "PySide6"}]
    assert offenders == []


def test_domain_imports_nothing_of_ours():
    ours = {"db", "desktop", "bench", "tests", "PySide6"}
    offenders = [str(p) for p in _modules("domain") if _imports(p) & ours]
    assert offenders == []


def test_qt_stays_in_desktop_ui():
    offenders = [
        str(p)
        for p in _modules("desktop")
        if "ui" not in p.relative_to(ROOT / "desktop").parts[:1] and "PySide6" in _imports(p)
    ]
    assert offenders == []


def test_ui_never_imports_sqlalchemy():
    offenders = [str(p) for p in _modules("desktop", "ui") if "sqlalchemy" in _imports(p)]
    assert offenders == []


def test_modules_stay_small():
    modules = _modules("domain") + _modules("db") + _modules("desktop")
    sizes = {str(p): len(p.read_text(encoding="utf-8").splitlines()) for p in modules}
    assert {p: n for p, n in sizes.items() if n > MAX_MODULE_LINES} == {}


def test_storage_and_cli_load_without_qt():
    code = (
        "import sys, db.services.documents, desktop.cli, desktop.ingest.pipeline; "
        "print('PySide6' in sys.modules)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert output.stdout.strip() == "False"


def test_cli_profile_names_match_the_profiles():
    from desktop.cli import PROFILE_NAMES
    from desktop.ingest.profiles import profile_names

    assert profile_names() == PROFILE_NAMES


# The floors, from the imports (lazy ones inside functions count too): the launcher on top, then the
# front ends, the operations, the parts, storage, and the domain at the bottom.
FLOORS = {
    "desktop.__main__": 5,
    "desktop": 0,  # desktop/__init__.py: only the version
    "desktop.launcher": 5,
    "desktop.cli": 4,
    "desktop.cli_output": 4,
    "desktop.scores_cli": 4,
    "desktop.entity_cli": 4,
    "desktop.system_check": 4,  # make run's check of Qt's system libraries, before the window
    "desktop.ui": 4,
    "desktop.ops": 3,
    "desktop.ingest": 2,
    "desktop.facts": 2,
    "desktop.dossier": 2,
    "desktop.scores_display": 2,
    "desktop.resources": 2,
    "desktop.location": 2,
    "desktop.build_info": 2,
    "desktop._version": 0,
    "db": 1,
    "domain": 0,
}


def _room(module: str) -> str | None:
    """The longest FLOORS key that names this module or a package holding it."""
    parts = module.split(".")
    for length in range(len(parts), 1 if parts[0] == "desktop" and len(parts) > 1 else 0, -1):
        candidate = ".".join(parts[:length])
        if candidate in FLOORS:
            return candidate
    return None


def _module_imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in _modules("domain") + _modules("db") + _modules("desktop"):
        relative = path.relative_to(ROOT).with_suffix("")
        name = ".".join(relative.parts).removesuffix(".__init__")
        if "migrations" in relative.parts:
            continue
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
        graph[name] = {m for m in found if m.split(".")[0] in ("domain", "db", "desktop")}
    return graph


def test_no_import_points_up_a_floor():
    upward = []
    for module, imported in _module_imports().items():
        here = _room(module)
        assert here is not None, f"{module} is on no floor: add it to FLOORS"
        for target in imported:
            there = _room(target)
            assert there is not None, f"{target} (imported by {module}) is on no floor"
            if FLOORS[there] > FLOORS[here]:
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_there_are_no_import_cycles():
    graph = _module_imports()
    modules = set(graph)

    def resolve(target: str) -> str | None:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        return target or None

    edges = {m: {r for t in targets if (r := resolve(t)) and r != m} for m, targets in graph.items()}
    cycles = []
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for nxt in sorted(edges[module]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*path[path.index(nxt):], nxt]) if nxt in path else nxt)
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_parts_never_store():
    """Parsing, extraction and rendering compute; storing is for the services, called by operations."""
    writers = {"store_document", "store_scores", "store_facts", "anchor_bookmark", "add_bookmark", "decide"}
    offenders = []
    for path in _modules("desktop", "ingest") + _modules("desktop", "facts") + _modules("desktop", "dossier"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("db."):
                offenders += [f"{path.name}: {a.name}" for a in node.names if a.name in writers]
    assert offenders == []


def test_the_index_follows_only_through_operations():
    """`sync_index` is called from desktop/ops only (and db/search itself, which defines it)."""
    callers = [
        str(p.relative_to(ROOT))
        for p in _modules("desktop")
        if "sync_index" in p.read_text(encoding="utf-8") and "ops" not in p.relative_to(ROOT).parts
    ]
    assert callers == []
