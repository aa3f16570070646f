"""Decoding text reports in any common encoding: UTF-8 (with or without BOM), cp1252, latin-1..."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from desktop.ingest.errors import ImportFailure

_BINARY_SAMPLE = 65536


def looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


def decode_text(path: Path, data: bytes) -> str:
    if not data.strip():
        raise ImportFailure(path, "empty file")
    if looks_binary(data):
        raise ImportFailure(path, "binary file, not a text report")
    try:
        # Strict UTF-8 first: it is by far the commonest and cannot be mistaken for another encoding.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ImportFailure(path, "unknown text encoding")
    return str(best)
