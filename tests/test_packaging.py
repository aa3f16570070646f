"""What a desktop install relies on: the menu entry, AppStream metadata, icons, version and build
information. (Building the app itself is `make package-check`, too slow for every run.)"""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop import __version__
from desktop.build_info import component_versions, version_text

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.excerpta.Excerpta"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_starts_the_installed_command_with_its_icon():
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == "Excerpta"
    assert entry["Exec"].split()[0] == "excerpta"
    assert entry["Icon"] == APP_ID
    assert "Office" in entry["Categories"].split(";")
    scripts = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'excerpta = "desktop.launcher:main"' in scripts


def test_appstream_metadata_names_the_same_application():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("provides/binary").text == "excerpta"  # type: ignore[union-attr]
    assert root.findtext("metadata_license") == "CC0-1.0"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and all(re.fullmatch(r"\d+\.\d+\.\d+", v or "") for v in releases)


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icons_exist_in_every_size(size):
    image = QImage(str(ROOT / "resources" / "icons" / f"excerpta-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_the_version_comes_from_git_and_matches_the_installed_package():
    assert __version__ == version("excerpta")
    assert re.match(r"\d+\.\d+", __version__)


def test_version_lists_qt_the_search_engine_and_the_model():
    found = component_versions()
    for label in (
        "Qt (PySide6)",
        "Search engine (tantivy)",
        "Search engine (Whoosh-Reloaded)",
        "French model (fr_core_news_sm)",
    ):
        assert found[label] != "not found", label
    assert found["Search engine (tantivy)"] == version("tantivy")  # the library's default engine
    text = version_text()
    assert text.splitlines()[0].startswith(f"Excerpta {__version__} (Python package")
    printed = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    assert printed.strip() == text


def test_about_dialog_lists_the_versions(qapp, tmp_path):
    from desktop.ui.about import about_html

    html = about_html(tmp_path)
    assert __version__ in html and str(tmp_path) in html
    assert "Qt 6." in html and "Whoosh" in html and "fr_core_news_sm" in html and "LGPL-LR" in html
    # tantivy, the default engine, with the version actually installed, on its own row
    assert f"<td>Search engine (tantivy)&nbsp;&nbsp;</td><td>{version('tantivy')}</td>" in html


def test_the_spec_and_the_smoke_test_refer_to_files_that_exist():
    spec = (ROOT / "packaging" / "excerpta.spec").read_text(encoding="utf-8")
    compile(spec, "excerpta.spec", "exec")
    assert (ROOT / "packaging" / "launcher.py").exists() and "freeze_support()" in (
        ROOT / "packaging" / "launcher.py"
    ).read_text(encoding="utf-8")
    for folder in ("resources", "db/migrations"):
        assert f'"{folder.split("/")[0]}"' in spec and (ROOT / folder).is_dir()
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "packaging/excerpta.spec" in makefile and "packaging/smoke_test.sh" in makefile
    smoke_test = (ROOT / "packaging" / "smoke_test.sh").read_text(encoding="utf-8")
    assert "packaging/smoke_checks.py" in smoke_test and (ROOT / "packaging" / "smoke_checks.py").exists()
