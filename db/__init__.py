"""Excerpta's storage layer: SQLite through SQLAlchemy 2, its migrations, services and search index.

Nothing here imports Qt or the desktop package, so a library can be scripted and tested with no display.
"""
