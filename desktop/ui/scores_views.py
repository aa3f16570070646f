"""The two score views: one country's 32 scores as a chart, and one indicator across chosen countries.

Both read through the score services (a few milliseconds each) on the window's reader thread, never on
the GUI thread: a view opens at once, fills its lists when they come, and keeps what it shows until the
next figures replace it (`refreshed` says they are shown). They hold ids and plain records only.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.library import Library
from db.services.scores import compare_indicator, country_scores, score_editions, scored_countries
from desktop.scores_display import (
    PILLAR_COLOURS,
    WORSE_WHEN_HIGHER,
    change_text,
    chart_rows,
    edition_text,
    score_number,
)
from desktop.ui.i18n import country_name, names_language, score_phrases
from desktop.ui.reads import Reads
from desktop.ui.score_chart import ScoreChart
from desktop.ui.screen_fit import fit_to_screen
from domain.countries import all_names, country_by_iso
from domain.records import CountryScores, IndicatorScore
from domain.taxonomy import load_taxonomy

ISO_ROLE = Qt.ItemDataRole.UserRole + 1
# Every name of a country (interface language first, then English, French, Spanish and short names): what
# the Compare view's filter matches, so « Allemagne », "Germany" and "DE" all find it.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def _names_language() -> str:
    return names_language()


AnyIndex = QModelIndex | QPersistentModelIndex


def shown_country(iso: str, name: str) -> str:
    """The country in the interface's language; the score file's own name when pycountry has none."""
    localized = country_name(iso)
    return localized if localized and localized != iso.upper() else name


class CountryListModel(QAbstractListModel):
    """Countries with scores, by ISO code; checkable when the analyst picks several."""

    def __init__(self, countries: list[tuple[str, str]], checkable: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.countries = countries
        self.checkable = checkable
        self.checked: set[str] = set()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.countries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.countries):
            return None
        iso, name = self.countries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{shown_country(iso, name)} ({iso})"
        if role == SEARCH_ROLE:
            known = all_names(iso.upper()) if country_by_iso(iso) else []
            return " | ".join([shown_country(iso, name), name, iso, *known])
        if role == ISO_ROLE:
            return iso
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable:
            return Qt.CheckState.Checked if iso in self.checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.checkable and index.isValid() else flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self.checkable and index.isValid() and role == Qt.ItemDataRole.CheckStateRole):
            return False
        iso = self.countries[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(iso)
        else:
            self.checked.discard(iso)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_countries(self, countries: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.countries = countries
        self.endResetModel()

    def row_of(self, iso: str) -> int:
        return next((row for row, (code, _) in enumerate(self.countries) if code == iso), -1)


def _score_html(label: str, score: IndicatorScore | None, colour: str = "inherit") -> str:
    if score is None:
        return ""
    phrases = score_phrases()
    change = change_text(score, phrases)
    number = score_number(score.score, phrases)
    return (
        f"<td style='padding-right:18px'><span style='color:gray'>{escape(label)}</span><br>"
        f"<span style='font-size:16pt;font-weight:700;color:{colour}'>{number}</span>"
        f"<span style='color:gray'> {escape(change)}</span></td>"
    )


class CountryView(QDialog):
    """Ctrl+K: a country's criminality and resilience, the pillar averages, and the 32 scores as bars.
    A click on a bar asks for that indicator's paragraph in the country's report (`paragraph_requested`,
    with the country's ISO code and the indicator's key); the window opens it when the library has it."""

    paragraph_requested = Signal(str, str)
    refreshed = Signal()  # the figures asked for are shown

    def __init__(
        self, library: Library, reads: Reads, iso: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library, self.reads = library, reads
        self.setWindowTitle(self.tr("Country scores"))
        self.countries = CountryListModel([], parent=self)
        self.country_box = QComboBox()
        self.country_box.setModel(self.countries)
        self.edition_box = QComboBox()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.legend = QLabel(self._legend_text())
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.chart = ScoreChart()
        self.chart.indicator_clicked.connect(self._indicator_clicked)
        scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        choose = QHBoxLayout()
        country_label = QLabel(self.tr("&Country:"))
        country_label.setBuddy(self.country_box)
        edition_label = QLabel(self.tr("&Edition:"))
        edition_label.setBuddy(self.edition_box)
        choose.addWidget(country_label)
        choose.addWidget(self.country_box, 1)
        choose.addWidget(edition_label)
        choose.addWidget(self.edition_box)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(scroll, 1)
        self.country_box.setAccessibleName(self.tr("Country"))
        self.country_box.setAccessibleDescription(self.tr("The country whose scores are shown"))
        self.edition_box.setAccessibleName(self.tr("Edition"))
        self.edition_box.setAccessibleDescription(self.tr("The edition of the Index the scores come from"))
        fit_to_screen(self, 820, 820)
        self.shown: CountryScores | None = None
        self._fitted = False
        self.reads.read(
            ("score lists", id(self)),
            lambda: (scored_countries(library), score_editions(library)),
            lambda lists: self._lists_arrived(iso, *lists),
            owner=self,
        )

    def _lists_arrived(self, iso: str | None, countries: list[tuple[str, str]], editions: list[int]) -> None:
        self.countries.set_countries(countries)
        for edition in reversed(editions):
            self.edition_box.addItem(str(edition), edition)
        if iso and self.countries.row_of(iso) >= 0:
            self.country_box.setCurrentIndex(self.countries.row_of(iso))
        self.country_box.currentIndexChanged.connect(self.refresh)
        self.edition_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Asks for the scores of the chosen country and edition; what is shown stays until they come."""
        iso = self.country_box.currentData(ISO_ROLE)
        edition = self.edition_box.currentData()
        library = self.library
        self.reads.read(
            ("country scores", id(self)),
            lambda: country_scores(library, iso, edition) if iso else None,
            lambda found: self._show(iso, found),
            owner=self,
        )

    def _show(self, iso: str | None, found: CountryScores | None) -> None:
        self.shown = found
        self._show_summary(iso)
        self.refreshed.emit()

    def _show_summary(self, iso: str | None) -> None:
        if self.shown is None:
            self.summary.setText(
                self.tr("No scores for this country and edition.")
                if iso
                else self.tr("No scores yet: use Scores ▸ Import Scores… with the Index's workbook or CSV.")
            )
            self.chart.set_rows([])
            return
        found = self.shown
        cells = [
            _score_html(self.tr("Criminality"), found.criminality),
            _score_html(self.tr("Resilience"), found.resilience),
        ]
        for pillar in load_taxonomy().pillars:
            if pillar.key != "resilience":
                cells.append(
                    _score_html(
                        pillar.name(_names_language()),
                        found.pillars.get(pillar.key),
                        PILLAR_COLOURS[pillar.key],
                    )
                )
        name = shown_country(found.iso, found.country)
        edition = edition_text(found.edition, score_phrases())
        self.summary.setText(
            f"<b style='font-size:13pt'>{escape(name)}</b> "
            f"<span style='color:gray'>{escape(edition)}</span><table><tr>{''.join(cells)}</tr></table>"
        )
        self.chart.set_rows(chart_rows(found, _names_language()), found.edition)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # now that it is on a screen, the screen it actually opened on
            self._fitted = True
            fit_to_screen(self, self.width(), self.height())

    def _legend_text(self) -> str:
        """What ▲ and ▼ mean, pillar by pillar: up is worse for criminality and better for resilience.
        Pillars that read the same way share a line."""
        groups: dict[bool, list[str]] = {}
        for pillar in load_taxonomy().pillars:
            colour = PILLAR_COLOURS.get(pillar.key, "#555")
            name = escape(pillar.name(_names_language()))
            groups.setdefault(WORSE_WHEN_HIGHER.get(pillar.key, True), []).append(
                f"<span style='color:{colour};font-weight:600'>{name}</span>"
            )
        lines = []
        for worse, names in groups.items():
            meaning = self.tr("▲ worse, ▼ better") if worse else self.tr("▲ better, ▼ worse")
            joined = self.tr("{first} and {second}") if len(names) == 2 else "{first}"
            pillars = joined.format(first=names[0], second=names[-1]) if len(names) <= 2 else ", ".join(names)
            lines.append(self.tr("{pillars}: {meaning}").format(pillars=pillars, meaning=escape(meaning)))
        head = escape(self.tr("Change since the previous edition"))
        return f"<span style='color:gray'>{head}</span><br>" + "<br>".join(lines)

    def _indicator_clicked(self, key: str) -> None:
        if self.shown is not None:
            self.paragraph_requested.emit(self.shown.iso, key)


class CompareView(QDialog):
    """Ctrl+Shift+K: one indicator across the countries the analyst ticks, scores and paragraphs side by
    side. A paragraph's link opens it in the reader."""

    paragraph_opened = Signal(int)
    refreshed = Signal()  # the comparison asked for is shown

    def __init__(
        self,
        library: Library,
        reads: Reads,
        indicator: str | None = None,
        isos: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.reads = library, reads
        self.setWindowTitle(self.tr("Compare an indicator"))
        self.indicator_box = QComboBox()
        for item in load_taxonomy().indicators:
            self.indicator_box.addItem(item.name(_names_language()), item.key)
        if indicator:
            self.indicator_box.setCurrentIndex(max(self.indicator_box.findData(indicator), 0))
        self.edition_box = QComboBox()
        self.edition_box.addItem(self.tr("Latest"), None)
        self.countries = CountryListModel([], checkable=True, parent=self)
        self.countries.checked.update(isos or [])
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.countries)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filtered.setFilterRole(SEARCH_ROLE)
        self.filter_field = QLineEdit()
        self.filter_field.setPlaceholderText(self.tr("Filter countries…"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.textChanged.connect(self.filtered.setFilterFixedString)
        self.country_list = QListView()
        self.country_list.setModel(self.filtered)
        self.result = QTextBrowser()
        self.result.setOpenLinks(False)
        self.result.anchorClicked.connect(self._open_link)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_field)
        left_layout.addWidget(self.country_list)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.result)
        splitter.setSizes([220, 800])
        choose = QHBoxLayout()
        indicator_label = QLabel(self.tr("&Indicator:"))
        indicator_label.setBuddy(self.indicator_box)
        edition_label = QLabel(self.tr("&Edition:"))
        edition_label.setBuddy(self.edition_box)
        choose.addWidget(indicator_label)
        choose.addWidget(self.indicator_box, 1)
        choose.addWidget(edition_label)
        choose.addWidget(self.edition_box)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(splitter, 1)
        for widget, name, description in (
            (self.indicator_box, self.tr("Indicator"), self.tr("The indicator compared across countries")),
            (self.edition_box, self.tr("Edition"), self.tr("The edition of the Index, or the latest")),
            (self.filter_field, self.tr("Filter countries"), self.tr("Narrows the list of countries")),
            (self.country_list, self.tr("Countries"), self.tr("Tick the countries to compare")),
            (self.result, self.tr("Comparison"), self.tr("Scores and paragraphs side by side")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        fit_to_screen(self, 1100, 700)
        self.compared: list[Any] = []
        self.reads.read(
            ("score lists", id(self)),
            lambda: (scored_countries(library), score_editions(library)),
            lambda lists: self._lists_arrived(*lists),
            owner=self,
        )

    def _lists_arrived(self, countries: list[tuple[str, str]], editions: list[int]) -> None:
        self.countries.set_countries(countries)
        for edition in reversed(editions):
            self.edition_box.addItem(str(edition), edition)
        self.indicator_box.currentIndexChanged.connect(self.refresh)
        self.edition_box.currentIndexChanged.connect(self.refresh)
        self.countries.dataChanged.connect(self.refresh)
        self.refresh()

    def chosen(self) -> list[str]:
        """Ticked countries, in list order."""
        return [iso for iso, _ in self.countries.countries if iso in self.countries.checked]

    def refresh(self) -> None:
        key = self.indicator_box.currentData()
        isos = self.chosen()
        if not isos:
            hint = self.tr("Tick countries on the left.")
            self.result.setHtml(f"<p style='color:gray'>{escape(hint)}</p>")
            self.compared = []
            # Overtakes a comparison still being read, whose answer must not replace the hint.
            self.reads.read(
                ("compared", id(self)), lambda: None, lambda _none: self.refreshed.emit(), owner=self
            )
            return
        # Where a country's report exists in several languages, the one the analyst reads.
        library, edition, language = self.library, self.edition_box.currentData(), _names_language()
        self.reads.read(
            ("compared", id(self)),
            lambda: compare_indicator(library, key, isos, edition, language),
            lambda compared: self._show(key, compared),
            owner=self,
        )

    def _show(self, key: str, compared: list[Any]) -> None:
        self.compared = compared
        self._show_comparison(key)
        self.refreshed.emit()

    def _show_comparison(self, key: str) -> None:
        colour = PILLAR_COLOURS.get(load_taxonomy().pillar_of(key) or "", "#555")
        phrases = score_phrases()
        heads, texts = [], []
        for c in self.compared:
            score = c.score
            number = score_number(score.score, phrases) if score else "–"
            heads.append(
                f"<td valign='top' style='padding:6px 14px 6px 0'>"
                f"<b>{escape(shown_country(c.iso, c.country))}</b> "
                f"<span style='color:gray'>{c.edition or ''}</span><br>"
                f"<span style='font-size:20pt;font-weight:700;color:{colour}'>{number}</span>"
                f"<span style='color:gray'> {escape(change_text(score, phrases))}</span></td>"
            )
            if c.paragraph_text:
                link = self.tr("Open in the reader")
                body = (
                    f"{escape(c.paragraph_text)}<br><a href='paragraph:{c.paragraph_id}'>{escape(link)}</a>"
                )
            else:
                missing = self.tr("No report for this country in the library.")
                body = f"<i style='color:gray'>{escape(missing)}</i>"
            width = 100 // len(self.compared)
            texts.append(f"<td valign='top' width='{width}%' style='padding-right:14px'>{body}</td>")
        name = escape(self.indicator_box.currentText())
        self.result.setHtml(
            f"<h3>{name}</h3><table width='100%'><tr>{''.join(heads)}</tr><tr>{''.join(texts)}</tr></table>"
        )

    def _open_link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("paragraph:"):
            self.paragraph_opened.emit(int(target.removeprefix("paragraph:")))
