"""Names and descriptions for assistive technology, in the interface's language, for the main window's
own widgets (its trees, combo boxes, lists and the reader). Widgets that live in their own module name
themselves there (bookmarks, reader, charts, score views); this module covers the window's assembly.

A screen reader announces "tree" for a view without a name: every interactive widget gets one, and any
the window adds later without a name gets one from its tooltip, placeholder, label or dock title.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def _tr(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP for pyside6-lupdate) in the interface's language."""
    return QCoreApplication.translate("Accessibility", text)


def _name(widget: QWidget | None, name: str, description: str) -> None:
    if widget is None:
        return
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def name_for_assistive_technology(window: QWidget) -> None:
    """Names the window's widgets; call once its widgets exist (end of MainWindow.__init__)."""
    known = [
        (
            "tree",
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Library")),
            _tr(
                QT_TRANSLATE_NOOP(
                    "Accessibility", "Documents, sections and paragraphs; Enter shows one in the reader"
                )
            ),
        ),
        (
            "facet_view",
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Filters")),
            _tr(
                QT_TRANSLATE_NOOP(
                    "Accessibility", "Narrow the search by country, indicator, pillar or edition"
                )
            ),
        ),
        (
            "facts_view",
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Facts")),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Groups, places and figures found in the library")),
        ),
        (
            "reader",
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Reader")),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "The text of the chosen document, section or paragraph")),
        ),
        (
            "tabs",
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Library and search")),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Switch between the library tree and the search")),
        ),
    ]
    for attribute, name, description in known:
        _name(getattr(window, attribute, None), name, description)
    search = getattr(window, "search", None)
    if search is not None:
        _name(
            getattr(search, "field", None),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Search")),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Words, phrases and filters; Ctrl+F")),
        )
        _name(
            getattr(search, "view", None),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Search results")),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Enter opens a result in the reader")),
        )
        _name(
            getattr(search, "sort_box", None),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Order of the results")),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "By relevance or by score")),
        )
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        _name(
            tabs.tabBar(),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Library and search")),
            _tr(QT_TRANSLATE_NOOP("Accessibility", "Switch between the library tree and the search")),
        )
    name_the_rest(window)


def name_the_rest(root: QWidget) -> None:
    """Any interactive widget still without a name takes one from what a sighted user sees beside it:
    its tooltip, placeholder, text, the label that is its buddy, or its dock's title."""
    buddies = {
        label.buddy(): label.text().replace("&", "") for label in root.findChildren(QLabel) if label.buddy()
    }
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.accessibleName():
            continue
        name = (
            buddies.get(widget)
            or widget.toolTip()
            or (
                widget.placeholderText() if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) else ""
            )
            or (widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else "")
            or _dock_title(widget)
        )
        if name:
            widget.setAccessibleName(name.rstrip(" :"))


def _dock_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return parent.windowTitle()
        parent = parent.parentWidget()
    return ""


def announced_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name: its accessible name, or the name Qt
    derives (a button's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    derived = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (widget.accessibleName() or derived or "").strip()


def unnamed_widgets(root: QWidget) -> list[QWidget]:
    """The visible interactive widgets a screen reader could not name: what the test looks for."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE) and widget.isVisible() and not announced_name(widget)
    ]
