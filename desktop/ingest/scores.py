"""Reading the Index's published score files: the XLSX workbook, a wide CSV, a long CSV.

Everything is read and checked before anything is stored, so a bad file changes nothing. A problem is
one `ImportFailure` naming the file, the sheet, the row and the column, as a spreadsheet shows them.
The publisher's files have quirks that are not errors: headers such as `Criminality avg,`, names such as
`Congo, Dem, Rep,` (commas for dots), and an older edition with fewer indicators.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from desktop.ingest.errors import ImportFailure
from desktop.ingest.reading import read_bytes
from desktop.ingest.text_reader import decode_text
from domain.countries import iso_for_name, name_key
from domain.records import SCORE_AGGREGATES, CountryScoreRow, ScoreSheet
from domain.taxonomy import load_taxonomy

SCORE_SUFFIXES = {".xlsx", ".csv"}
# Columns that describe the country rather than score it.
_DESCRIPTIVE = {
    "continent": "continent",
    "region": "region",
    "country": "country",
    "iso2": "iso",
    "iso": "iso",
}
_LONG_FORM = {"year", "country", "indicator", "score"}


class SheetProblem(Exception):
    """A problem at a place in a sheet; the reader adds the file's name."""


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column as a spreadsheet shows it."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _header_key(header: str) -> str:
    """`Criminality avg,` / `Criminality avg. (computed)` / `Criminality` → `criminality`."""
    text = re.sub(r"\(computed\)|_", " ", str(header), flags=re.IGNORECASE)
    key = name_key(text)
    return re.sub(r"\s+avg$", "", key)


@cache
def _score_keys() -> dict[str, str]:
    """Header text (folded) → score key: the four aggregates and the indicators in three languages."""
    taxonomy = load_taxonomy()
    keys = {name_key(p.name("en")): p.key for p in taxonomy.pillars}
    keys["criminality"] = "criminality"
    for indicator in taxonomy.indicators:
        keys[name_key(indicator.key.replace("_", " "))] = indicator.key
        for name in indicator.names.values():
            keys[name_key(name)] = indicator.key
    assert set(SCORE_AGGREGATES) <= set(keys.values())
    return keys


def score_key(header: str) -> str | None:
    return _score_keys().get(_header_key(header))


def _edition_allows(key: str, edition: int) -> bool:
    indicator = load_taxonomy().indicator(key)
    return indicator is None or indicator.since <= edition


def _score_value(value: object) -> float | None:
    """A score cell's number; None for an empty cell. Raises ValueError for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError
    number = float(value) if isinstance(value, (int, float)) else float(str(value).strip().replace(",", "."))
    if number != number:  # NaN
        raise ValueError
    return number


def _place(location: str, row: int, column: int, header: str) -> str:
    return f"{location}, row {row}, column {column_letter(column)} ({header})"


def _checked_score(location: str, row: int, column: int, header: str, value: object) -> float | None:
    try:
        number = _score_value(value)
    except ValueError:
        raise SheetProblem(f"{_place(location, row, column, header)}: {value!r} is not a score") from None
    if number is not None and not 1 <= number <= 10:
        raise SheetProblem(f"{_place(location, row, column, header)}: {number:g} is outside 1 to 10")
    return number


def mend_country_name(name: str) -> str:
    """The publisher writes dots as commas in abbreviations: `Congo, Dem, Rep,` → `Congo, Dem. Rep.`."""
    return re.sub(r"\b(Dem|Rep|St|Is|Fed)\s*,", r"\1.", name.strip()).strip()


def _country_iso(location: str, row: int, column: int, name: str, iso_cell: object) -> str:
    if iso_cell not in (None, ""):
        iso = iso_for_name(str(iso_cell))
        if iso is None or len(str(iso_cell).strip()) != 2:
            raise SheetProblem(f"{_place(location, row, column, 'ISO2')}: {iso_cell!r} is not an ISO code")
        return iso
    iso = iso_for_name(name)
    if iso is None:
        raise SheetProblem(f"{_place(location, row, column, 'Country')}: unknown country {name!r}")
    return iso


_FORMULA_STARTS = ("=", "+", "-", "@")


def _is_formula(value: object) -> bool:
    """A formula (openpyxl gives `=…` strings, or formula objects) or text a spreadsheet would run as one."""
    if not isinstance(value, str):
        return type(value).__name__ in ("ArrayFormula", "DataTableFormula")
    stripped = value.lstrip(" \t\r")
    if not stripped.startswith(_FORMULA_STARTS):
        return False
    try:
        float(stripped.replace(",", "."))
    except ValueError:
        return True
    return False  # a signed number: the score checks judge it


def refuse_formulas(location: str, rows: Iterable[Sequence[object]]) -> list[Sequence[object]]:
    """The rows, once no cell holds a formula. Score files hold values: a formula in a country name or a
    score would be stored, then written to CSV exports, where a spreadsheet runs it."""
    kept = list(rows)
    for row_number, cells in enumerate(kept, start=1):
        for column, value in enumerate(cells):
            if _is_formula(value):
                raise SheetProblem(
                    f"{location}, row {row_number}, column {column_letter(column)}: {str(value)[:60]!r} is a "
                    "formula; score files must hold values only"
                )
    return kept


def read_wide(location: str, edition: int, rows: Iterable[Sequence[object]]) -> ScoreSheet:
    """A sheet with a header row, then one row per country and one column per score."""
    iterator = iter(refuse_formulas(location, rows))
    header_row = 0
    headers: list[str] = []
    for header_row, cells in enumerate(iterator, start=1):
        headers = ["" if c is None else str(c).strip() for c in cells]
        if any(_header_key(h) == "country" for h in headers):
            break
        if header_row >= 5:
            break
    if not any(_header_key(h) == "country" for h in headers):
        raise SheetProblem(f"{location}: no Country column in the first rows; is this the Index's file?")
    roles: dict[int, str] = {}
    for column, header in enumerate(headers):
        if not header:
            continue
        key = _header_key(header)
        role = _DESCRIPTIVE.get(key) or score_key(header)
        if role is None:
            raise SheetProblem(
                f"{location}, row {header_row}, column {column_letter(column)}: "
                f"{header!r} is not a heading of the Index"
            )
        if role not in _DESCRIPTIVE.values() and not _edition_allows(role, edition):
            raise SheetProblem(
                f"{location}, row {header_row}, column {column_letter(column)}: "
                f"{header!r} is not an indicator of the {edition} edition"
            )
        if role in roles.values():
            raise SheetProblem(
                f"{location}, row {header_row}, column {column_letter(column)}: {header!r} appears twice"
            )
        roles[column] = role
    if not any(role not in _DESCRIPTIVE.values() for role in roles.values()):
        raise SheetProblem(f"{location}, row {header_row}: no score columns; is this the Index's file?")
    country_column = next(c for c, r in roles.items() if r == "country")
    iso_column = next((c for c, r in roles.items() if r == "iso"), None)

    found: list[CountryScoreRow] = []
    seen: dict[str, int] = {}
    for row_number, cells in enumerate(iterator, start=header_row + 1):
        cells = list(cells)
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        cell = cells[country_column] if country_column < len(cells) else None
        if cell is None or not str(cell).strip():
            raise SheetProblem(f"{_place(location, row_number, country_column, 'Country')}: no country name")
        name = mend_country_name(str(cell))
        iso_cell = cells[iso_column] if iso_column is not None and iso_column < len(cells) else None
        named_in = iso_column if iso_column is not None and iso_cell else country_column
        iso = _country_iso(location, row_number, named_in, name, iso_cell)
        if iso in seen:
            raise SheetProblem(f"{location}, row {row_number}: {name} again (first in row {seen[iso]})")
        seen[iso] = row_number
        scores = {}
        for column, role in roles.items():
            if role in _DESCRIPTIVE.values():
                continue
            value = cells[column] if column < len(cells) else None
            number = _checked_score(location, row_number, column, headers[column], value)
            if number is not None:
                scores[role] = number
        found.append(CountryScoreRow(name, iso, scores))
    if not found:
        raise SheetProblem(f"{location}: no country rows under the headers")
    return ScoreSheet(edition, location, found)


def read_long(location: str, rows: Iterable[Sequence[object]]) -> list[ScoreSheet]:
    """year, country, indicator, score (continent and region allowed): one sheet per year."""
    iterator = iter(refuse_formulas(location, rows))
    headers = [_header_key(str(h or "")) for h in next(iterator, [])]
    columns = {name: headers.index(name) for name in _LONG_FORM}
    by_year: dict[int, dict[str, CountryScoreRow]] = {}
    seen: dict[tuple[int, str, str], int] = {}
    for row_number, cells in enumerate(iterator, start=2):
        cells = list(cells)
        if all(c is None or str(c).strip() == "" for c in cells):
            continue

        def cell(name: str, cells: list[object] = cells) -> object:
            index = columns[name]
            return cells[index] if index < len(cells) else None

        try:
            year = int(str(cell("year")).strip())
        except ValueError:
            raise SheetProblem(
                f"{_place(location, row_number, columns['year'], 'year')}: {cell('year')!r} is not a year"
            ) from None
        indicator = str(cell("indicator") or "")
        key = score_key(indicator)
        if key is None or not _edition_allows(key, year):
            what = "an indicator of the Index" if key is None else f"an indicator of the {year} edition"
            raise SheetProblem(
                f"{_place(location, row_number, columns['indicator'], 'indicator')}: "
                f"{indicator!r} is not {what}"
            )
        name = mend_country_name(str(cell("country") or ""))
        iso = _country_iso(location, row_number, columns["country"], name, None)
        if (year, iso, key) in seen:
            raise SheetProblem(
                f"{location}, row {row_number}: {name}, {indicator} {year} again "
                f"(first in row {seen[(year, iso, key)]})"
            )
        seen[(year, iso, key)] = row_number
        number = _checked_score(location, row_number, columns["score"], "score", cell("score"))
        row = by_year.setdefault(year, {}).setdefault(iso, CountryScoreRow(name, iso, {}))
        if number is not None:
            row.scores[key] = number
    return [
        ScoreSheet(year, f"{location}, year {year}", list(countries.values()))
        for year, countries in sorted(by_year.items())
    ]


def _csv_rows(path: Path, raw: bytes) -> list[list[str]]:
    text = decode_text(path, raw)  # the reports' decoder: UTF-8 first, else charset detection
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(text.splitlines(), dialect))


def _edition_in_name(path: Path) -> int | None:
    years = re.findall(r"(?<!\d)(20\d\d)(?!\d)", path.stem)
    return int(years[0]) if len(years) == 1 else None


def _read_csv(path: Path, raw: bytes, edition: int | None) -> list[ScoreSheet]:
    rows = _csv_rows(path, raw)  # never empty: decode_text refuses an empty file
    if {_header_key(h) for h in rows[0]} >= _LONG_FORM:
        sheets = read_long("long form", rows)
        if edition is not None:
            sheets = [s for s in sheets if s.edition == edition]
            if not sheets:
                raise SheetProblem(f"no rows for year {edition}")
        return sheets
    edition = edition or _edition_in_name(path)
    if edition is None:
        raise SheetProblem("no edition year in the file name; give it with --edition YEAR")
    return [read_wide("CSV", edition, rows)]


def _read_workbook(raw: bytes, edition: int | None) -> list[ScoreSheet]:
    import openpyxl  # loaded only when a workbook is imported

    try:
        # data_only=False: formulas come through as formulas, and are refused, instead of cached values.
        workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except Exception as error:
        raise SheetProblem(f"not a readable XLSX workbook ({type(error).__name__})") from None
    try:
        sheets = []
        names = workbook.sheetnames
        for name in names:
            match = re.search(r"(?<!\d)(20\d\d)(?!\d)", name)
            if not match or (edition is not None and int(match.group(1)) != edition):
                continue
            rows = list(workbook[name].iter_rows(values_only=True))
            if not any(_header_key(str(c or "")) == "country" for row in rows[:5] for c in row):
                continue  # a title or notes sheet
            sheets.append(read_wide(f"sheet {name}", int(match.group(1)), rows))
    finally:
        workbook.close()
    if not sheets:
        wanted = f"edition {edition}" if edition else "an edition (a year in its name, a Country column)"
        raise SheetProblem(f"no sheet for {wanted}; the sheets are {', '.join(names) or 'none'}")
    return sheets


def _read_sheets(path: Path, raw: bytes, edition: int | None) -> list[ScoreSheet]:
    try:
        if path.suffix.lower() == ".xlsx":
            return _read_workbook(raw, edition)
        return _read_csv(path, raw, edition)
    except SheetProblem as problem:
        raise ImportFailure(path, str(problem)) from None


def _read_bytes(path: Path) -> bytes:
    if path.suffix.lower() not in SCORE_SUFFIXES:
        raise ImportFailure(path, f"not a score file (expected {', '.join(sorted(SCORE_SUFFIXES))})")
    return read_bytes(path)  # a FIFO or /dev/zero is refused before it is opened


def read_score_file(path: Path, edition: int | None = None) -> list[ScoreSheet]:
    """Every edition the file holds (or only `edition`), checked; raises ImportFailure on a problem."""
    return _read_sheets(path, _read_bytes(path), edition)


def read_score_file_once(path: Path, edition: int | None = None) -> tuple[list[ScoreSheet], str]:
    """The checked editions and the file's SHA-256, from one read of the file (the hash says whether the
    very same file was imported before)."""
    raw = _read_bytes(path)
    return _read_sheets(path, raw, edition), hashlib.sha256(raw).hexdigest()
