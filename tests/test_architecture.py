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
