"""`make run` first checks the system libraries of Qt's X11 plugin and prints the one install line."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from desktop import system_check


def _fake_ldd(folder: Path, output: str) -> None:
    script = folder / "ldd"
    script.write_text(f"#!/bin/sh\ncat <<'EOF'\n{output}\nEOF\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 check is for Linux")
def test_a_missing_library_prints_the_install_line_and_stops(tmp_path, monkeypatch, capsys):
    _fake_ldd(
        tmp_path,
        "\tlibxcb-cursor.so.0 => not found\n\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x0)",
    )
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert system_check.main() == 1
    message = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in message and "libxcb.so.1" not in message
    assert system_check.INSTALL_LINE in message and "libxcb-cursor0" in system_check.INSTALL_LINE


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 check is for Linux")
def test_nothing_missing_says_nothing(tmp_path, monkeypatch, capsys):
    _fake_ldd(tmp_path, "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x0)")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert system_check.main() == 0 and capsys.readouterr().err == ""


def test_offscreen_needs_no_x11(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert system_check.check() == []


def test_the_readme_shows_the_install_line():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert system_check.INSTALL_LINE in readme
