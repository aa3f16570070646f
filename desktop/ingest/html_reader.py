"""Web pages (.html, .htm), saved complete or as HTML only: lines from a real HTML5 parser.

selectolax's Lexbor engine parses as browsers do, so malformed pages (unclosed tags, stray end tags, a
file cut off mid-page) are repaired the way a browser would show them. Each block element (paragraph,
heading, list item, table cell...) becomes one line; `h1`–`h6` give the line its `heading_level`, so
headings come from the markup, never from letter case. Scripts, styles and templates are never text.

Page furniture is dropped and counted: what HTML5 marks as such (`nav`, `header`, `footer`, `aside`,
forms, dialogs), lists that are nearly all links, and the labels and numbers of tables (score lists);
prose in a table cell (an old page laid out with a table) and headings are kept. A page without
landmarks goes through jusText, a boilerplate remover, to find its furniture instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import justext
from selectolax.lexbor import LexborHTMLParser, LexborNode

from desktop.ingest.assemble import ends_sentence
from desktop.ingest.errors import ImportFailure
from desktop.ingest.lines import SourceLine, clean_line
from desktop.ingest.source import SourceText
from desktop.ingest.text_reader import decode_text

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# A country page saved complete is well under 5 MB; a larger "page" is an export or a dump, and parsing
# it would hold the import for a long time for nothing an analyst can read as a report.
MAX_HTML_BYTES = 20 * 1024 * 1024

_NEVER_TEXT = frozenset(
    {"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "video",
     "audio", "select", "button", "input", "textarea"}
)  # fmt: skip
_FURNITURE = frozenset({"nav", "header", "footer", "aside", "form", "dialog", "menu"})
_LANDMARKS = ("main", "article", "nav", "header", "footer", "aside")
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
     "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "caption", "figure", "figcaption", "address",
     "details", "summary", "hr", "body", "nav", "header", "footer", "aside", "form", "table", "fieldset",
     "legend", "center"}
)  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Elements whose text is a block of its own, never joined to a neighbour that ends no sentence.
_ITEMS = frozenset({"li", "td", "th", "dt", "dd"})
# A list whose text is this much link text is navigation.
_LINK_LIST_SHARE = 0.8
_WHITESPACE = re.compile(r"\s+")  # in HTML a line break inside a block is a space
_DOCTYPE = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S
)


def looks_like_html(data: bytes) -> bool:
    """A file that starts as an HTML document, whatever its name says."""
    return bool(_DOCTYPE.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


class _Collector:
    """Walks the tree once, gathering inline text into the current block's line."""

    def __init__(self) -> None:
        self.lines: list[SourceLine] = []
        self.furniture = 0
        self._parts: list[str] = []
        self._heading: int | None = None
        self._furniture_depth = 0
        self._table_depth = 0
        self._item_depth = 0  # inside a list item (or a table cell): a block of its own

    def flush(self) -> None:
        if not self._parts:
            return
        text = clean_line(_WHITESPACE.sub(" ", "".join(self._parts)))
        self._parts = []
        if not text:
            return
        # A table holds scores and labels, which are furniture; but an old page laid out with tables
        # holds its article in a cell, and prose is never dropped.
        in_table = self._table_depth and self._heading is None and not _is_prose(text)
        if self._furniture_depth or in_table:
            self.furniture += 1
        else:
            self.lines.append(
                SourceLine(text, gap_before=True, heading_level=self._heading, own_block=self._item_depth > 0)
            )

    def walk(self, root: LexborNode) -> None:
        # An explicit stack: a page nested thousands of levels deep must not exhaust Python's recursion.
        stack: list[tuple[LexborNode, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            tag = node.tag or ""
            if leaving:
                if tag in _BLOCKS:
                    self.flush()
                if tag in _HEADINGS:
                    self._heading = None
                if tag in _FURNITURE:
                    self._furniture_depth -= 1
                if tag == "table":
                    self._table_depth -= 1
                if tag in _ITEMS:
                    self._item_depth -= 1
                continue
            if tag == "-text":
                self._parts.append(node.text(deep=False) or "")
                continue
            if tag.startswith("-") or tag in _NEVER_TEXT:
                continue
            if tag == "br":
                self.flush()
                continue
            if tag in _BLOCKS:
                self.flush()
            if tag in _HEADINGS:
                self._heading = _HEADINGS[tag]
            if tag in _FURNITURE:
                self._furniture_depth += 1
            if tag == "table":
                self._table_depth += 1
            if tag in _ITEMS:
                self._item_depth += 1
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))


def _boilerplate(html: str) -> set[str]:
    """Texts jusText judges to be boilerplate (link lists, short navigation lines, copyright lines)."""
    stoplist = frozenset().union(*(justext.get_stoplist(name) for name in ("English", "French", "Spanish")))
    return {
        clean_line(paragraph.text)
        for paragraph in justext.justext(html, stoplist)
        if paragraph.class_type == "bad" and not paragraph.is_heading
    }


def _drop_link_lists(tree: LexborHTMLParser) -> int:
    """Removes lists whose text is nearly all links (menus, site maps, tag clouds): navigation, whatever
    element holds it. Returns how many items they had."""
    dropped = 0
    for node in tree.css("ul, ol, menu"):
        parent = node.parent
        while parent is not None and parent.tag not in ("ul", "ol", "menu"):
            parent = parent.parent
        if parent is not None:
            continue  # a nested list goes with the outermost one
        text = len(node.text(deep=True, strip=True))
        linked = sum(len(link.text(deep=True, strip=True)) for link in node.css("a"))
        if text and linked >= _LINK_LIST_SHARE * text:
            dropped += max(1, len(node.css("li")))
            node.decompose()
    return dropped


def _is_prose(text: str) -> bool:
    return len(text.split()) >= 8 and ends_sentence(text)


def read_html(path: Path, data: bytes) -> SourceText:
    if len(data) > MAX_HTML_BYTES:
        raise ImportFailure(
            path,
            f"HTML page of {len(data) / 2**20:.0f} MB is larger than the {MAX_HTML_BYTES // 2**20} MB "
            "a web page is read up to; save the article alone, or as text",
        )
    html = decode_text(path, data)
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    collector = _Collector()
    collector.furniture += _drop_link_lists(tree)
    if root is not None:
        collector.walk(root)
        collector.flush()
    if not collector.lines:
        raise ImportFailure(path, "no text in this web page (only markup, scripts or menus)")
    if not any(tree.css_first(landmark) for landmark in _LANDMARKS):
        # No landmarks say which part is the article: a boilerplate remover decides, but never over a
        # heading the markup declares, nor over prose: jusText judges short paragraphs with few stop
        # words to be boilerplate, and a paragraph lost in silence is worse than a menu kept.
        # jusText gets the page without what is never text: scripts and styles are most of a saved page.
        tree.strip_tags(sorted(_NEVER_TEXT - {"head"}))
        boilerplate = _boilerplate(tree.html or "")
        kept = [
            line
            for line in collector.lines
            if line.heading_level or _is_prose(line.text) or line.text not in boilerplate
        ]
        collector.furniture += len(collector.lines) - len(kept)
        collector.lines = kept
    if not collector.lines:
        raise ImportFailure(path, "no text in this web page besides menus and page furniture")
    return SourceText(collector.lines, collector.furniture)
