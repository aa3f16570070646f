"""Files that are not regular files, or too large, are refused by type and size before they are opened.

A FIFO blocks its reader until a writer comes and /dev/zero never ends: without the check these tests
would hang, so each is bounded by pytest-timeout rather than by a timed assert.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from desktop.ingest.reading import MAX_FILE_BYTES
from tests.snapshots import library_rows

pytestmark = pytest.mark.timeout(60)


def _one_failure_line(result, path: Path) -> str:  # type: ignore[no-untyped-def]
    lines = result.out.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}: failed: ")
    assert "Traceback" not in result.out + result.err
    return lines[0]


def test_a_fifo_is_refused_without_blocking(cli, tmp_path, library_dir):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    cli("documents")
    before = library_rows(library_dir)
    result = cli("import", fifo)
    assert result.code == 1
    assert "named pipe (FIFO)" in _one_failure_line(result, fifo)
    assert library_rows(library_dir) == before


def test_a_symlink_to_dev_zero_is_refused_without_reading(cli, tmp_path):
    link = tmp_path / "endless.txt"
    link.symlink_to("/dev/zero")
    result = cli("import", link)
    assert result.code == 1
    assert "character device" in _one_failure_line(result, link)


def test_a_socket_is_refused(cli, tmp_path):
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        result = cli("import", path)
    finally:
        server.close()
    assert result.code == 1
    assert "socket" in _one_failure_line(result, path)


def test_a_file_over_the_size_limit_is_refused_before_reading(cli, tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: takes no disk, but stat reports the size
        handle.truncate(MAX_FILE_BYTES + 1)
    result = cli("import", huge)
    assert result.code == 1
    assert "too large" in _one_failure_line(result, huge)


def test_a_fifo_inside_a_folder_is_named_and_the_batch_goes_on(cli, tmp_path, sample_report):
    folder = tmp_path / "reports"
    folder.mkdir()
    os.mkfifo(folder / "a_pipe.txt")
    (folder / "b_report.txt").write_bytes(sample_report.read_bytes())
    result = cli("import", folder, "--no-facts")
    lines = result.out.strip().splitlines()
    assert lines[0].startswith(f"{folder / 'a_pipe.txt'}: failed: ") and "FIFO" in lines[0]
    assert lines[1].startswith(f"{folder / 'b_report.txt'}: imported")
    assert result.code == 1


def test_a_score_file_that_is_a_fifo_is_refused(cli, tmp_path):
    fifo = tmp_path / "scores_2025.csv"
    os.mkfifo(fifo)
    result = cli("scores", "import", fifo)
    assert result.code != 0
    assert "FIFO" in result.out + result.err
    assert "Traceback" not in result.out + result.err
