"""The assertions of packaging/smoke_test.sh, run by the development venv's Python on what the built app
printed and wrote. Each check prints one line saying what it saw, or exits non-zero saying what is wrong.

The expected values come from the development install the bundle was built from: the bundle must report
the same component versions, and find the same sample paragraph, as the code it was frozen from.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# A phrase of the bundled sample report (resources/sample/), in the paragraph of the cocaine indicator.
PHRASE = "marché criminel le plus important"
PHRASE_INDICATOR = "cocaine_trade"


class SmokeFailure(AssertionError):
    pass


def expect(condition: object, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def _load(path: str) -> Any:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _words(text: str) -> str:
    """Text with every run of white space as one space: PDF extraction and the outline wrap differently."""
    return re.sub(r"\s+", " ", text).strip()


def check_version(printed_file: str) -> None:
    """The bundle's `--version` names it a PyInstaller build of this version, with every component
    (tantivy first among the engines) at the version the build venv holds."""
    from desktop import __version__
    from desktop.build_info import COMPONENTS, component_versions

    lines = Path(printed_file).read_text(encoding="utf-8").splitlines()
    expect(lines, "--version printed nothing")
    expect(
        lines[0].startswith(f"Excerpta {__version__} (PyInstaller bundle,"),
        f"--version's first line {lines[0]!r} is not 'Excerpta {__version__} (PyInstaller bundle, …'",
    )
    printed = dict(line.strip().split(": ", 1) for line in lines[1:])
    expected = component_versions()
    expect("Search engine (tantivy)" in COMPONENTS, "build_info no longer lists tantivy")
    for label, value in expected.items():
        expect(
            printed.get(label) == value,
            f"--version says {label}: {printed.get(label)!r}, the build venv has {value!r}",
        )
    print(f"version: {lines[0]}")
    print(f"version: tantivy {printed['Search engine (tantivy)']}, {len(printed)} components as built")


def _index_state(library: str) -> dict[str, Any]:
    state = _load(str(Path(library) / "index" / "excerpta-index.json"))
    return state if isinstance(state, dict) else {}


def check_index(library: str, engine: str) -> None:
    """The library's index is held by `engine`, in the folder its state file names."""
    state = _index_state(library)
    expect(state.get("engine") == engine, f"the index is held by {state.get('engine')!r}, not {engine!r}")
    folder = Path(library) / "index" / str(state.get("folder"))
    # tantivy's own table of contents; Whoosh writes _MAIN_*.toc
    marker = "meta.json" if engine == "tantivy" else "_MAIN_*.toc"
    expect(any(folder.glob(marker)), f"{folder} holds no {marker}: not a {engine} index")
    print(f"index: {engine}, {len(state.get('documents', {}))} document(s) in {folder.name}")


def _outline_paragraphs(outline: Any) -> Iterator[dict[str, Any]]:
    def walk(section: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield from section["paragraphs"]
        for child in section["sections"]:
            yield from walk(child)

    for document in outline:
        for section in document["sections"]:
            yield from walk(section)


def check_phrase_search(search_file: str, outline_file: str, engine: str) -> None:
    """The phrase search finds exactly the sample's paragraph that holds the phrase, under its indicator."""
    found = _load(search_file)
    holding = [p for p in _outline_paragraphs(_load(outline_file)) if PHRASE in _words(p["text"])]
    expect(len(holding) == 1, f"the outline has {len(holding)} paragraphs with {PHRASE!r}, expected 1")
    paragraph = holding[0]
    expect(
        paragraph["indicator"] == PHRASE_INDICATOR,
        f"the phrase's paragraph is under {paragraph['indicator']}",
    )
    ids = [hit["paragraph_id"] for hit in found["hits"]]
    expect(
        found["total"] == 1 and ids == [paragraph["id"]],
        f"{engine}: {found['query']} found {ids}, expected [{paragraph['id']}]",
    )
    expect("<mark>" in found["hits"][0]["snippet"], f"{engine}: the snippet marks no word")
    print(f"search ({engine}): {found['query']} -> paragraph {paragraph['id']} ({paragraph['indicator']})")


def check_folded_search(accented_file: str, plain_file: str) -> None:
    """`cocaine` finds exactly what `cocaïne` finds (the bundle's analysis folds accents)."""
    accented, plain = _load(accented_file), _load(plain_file)
    ids = sorted(hit["paragraph_id"] for hit in accented["hits"])
    expect(accented["total"] > 0, f"{accented['query']} found nothing")
    expect(
        sorted(hit["paragraph_id"] for hit in plain["hits"]) == ids,
        f"{plain['query']} and {accented['query']} differ",
    )
    print(f"search: {accented['query']} and {plain['query']} find the same {len(ids)} paragraphs")


# One small report per other reader, each in its own language and words, written for this check only:
# (file name, the word only it holds, its title as the library shows it).
OTHER_FORMATS = (
    ("essai.docx", "péniches", "Essai : saisies de tabac"),
    ("prueba.html", "aduaneros", "Prueba: decomisos en el puerto fluvial"),
    ("trial.pdf", "warehouses", "trial"),
)


def write_other_formats(folder: str) -> None:
    """A Word file (python-docx reader), a web page (selectolax, jusText) and a PDF with text (pypdf)."""
    import docx
    from reportlab.pdfgen import canvas

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    document.add_heading("Essai : saisies de tabac", 1)
    document.add_paragraph(
        "Selon ce rapport imaginaire, les douaniers ont saisi du tabac de contrebande "
        "à bord de deux péniches."
    )
    document.save(str(out / "essai.docx"))
    (out / "prueba.html").write_text(
        "<html><head><title>Prueba: decomisos en el puerto fluvial</title></head><body><main>"
        "<h1>Prueba: decomisos en el puerto fluvial</h1><p>Según este informe imaginario, los aduaneros "
        "decomisaron cargamentos de tabaco de contrabando en un puerto fluvial.</p></main></body></html>",
        encoding="utf-8",
    )
    page = canvas.Canvas(str(out / "trial.pdf"))
    page.drawString(72, 720, "In this imaginary report, smuggled tobacco was found in two river warehouses.")
    page.save()
    print(f"formats: wrote {', '.join(name for name, _, _ in OTHER_FORMATS)}")


def check_other_formats(import_file: str, *search_files: str) -> None:
    """Each file imported, and the search for its own word finds its document."""
    printed = Path(import_file).read_text(encoding="utf-8")
    for (name, word, title), search_file in zip(OTHER_FORMATS, search_files, strict=True):
        expect(f"{name}: imported (" in printed, f"{name} did not import: {printed!r}")
        found = _load(search_file)
        titles = {hit["document"] for hit in found["hits"]}
        expect(
            found["query"] == word and titles == {title}, f"{word!r} found {titles}, expected {{{title!r}}}"
        )
    print("formats: .docx, .html and .pdf imported, each found by its own word")


def check_facts(facts_file: str) -> None:
    facts = _load(facts_file)
    expect(facts, "no criminal groups: the facts extractor (spaCy, the model, GeoNames) did not run")
    print(f"facts: {len(facts)} criminal groups ({', '.join(sorted({f['canonical'] for f in facts}))})")


def check_dossier(pdf_file: str, title: str) -> None:
    """The dossier reads back with its title and the sample paragraph, in the bundled DejaVu fonts."""
    from pypdf import PdfReader

    reader = PdfReader(pdf_file)
    text = _words(" ".join(page.extract_text() for page in reader.pages))
    expect(title in text, f"the dossier does not show its title {title!r}")
    expect(PHRASE in text, f"the dossier does not quote {PHRASE!r}")
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in (page.get("/Resources", {}).get_object().get("/Font", {}) or {}).values()
    }
    expect(any("DejaVu" in font for font in fonts), f"no DejaVu font embedded (fonts: {sorted(fonts)})")
    print(f"dossier: {len(reader.pages)} pages, quotes the sample paragraph, fonts {sorted(fonts)}")


def check_screenshot(png_file: str) -> None:
    from PySide6.QtGui import QImage

    image = QImage(png_file)
    expect(
        not image.isNull() and image.width() >= 640 and image.height() >= 400,
        f"{png_file}: not a window picture",
    )
    print(f"window: {image.width()}x{image.height()} PNG")


CHECKS: dict[str, Callable[..., None]] = {
    "version": check_version,
    "index": check_index,
    "phrase-search": check_phrase_search,
    "folded-search": check_folded_search,
    "write-formats": write_other_formats,
    "formats": check_other_formats,
    "facts": check_facts,
    "dossier": check_dossier,
    "screenshot": check_screenshot,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in CHECKS:
        print(f"usage: smoke_checks.py {{{','.join(CHECKS)}}} ARGS…", file=sys.stderr)
        return 2
    try:
        CHECKS[argv[0]](*argv[1:])
    except SmokeFailure as failure:
        print(f"package-check FAILED ({argv[0]}): {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
