"""Error lines: one line, a few hundred characters at most, never the data a statement carried.

SQLAlchemy's message for a failed statement holds the SQL and its parameters: for a document, its whole
text (an error line of 1.9 MB was seen). The line keeps the database's own reason instead.
"""

from __future__ import annotations

import re

from sqlalchemy.exc import StatementError

LINE_LIMIT = 300


def error_line(error: BaseException, limit: int = LINE_LIMIT) -> str:
    """`error` as one short line: the driver's reason for a failed statement, whitespace folded, cut."""
    cause: BaseException = error
    if isinstance(error, StatementError) and error.orig is not None:
        cause = error.orig  # the database's reason, without the statement and its parameters
    if isinstance(cause, OSError) and cause.strerror:
        text = cause.strerror + (f": {cause.filename}" if cause.filename else "")
    else:
        text = str(cause)
    text = re.sub(r"\s+", " ", text).strip() or type(cause).__name__
    text = f"{type(cause).__name__}: {text}" if type(cause).__name__ not in text else text
    return one_line(text, limit)


def one_line(text: str, limit: int = LINE_LIMIT) -> str:
    """`text` with its whitespace folded to single spaces, cut to `limit` characters."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
