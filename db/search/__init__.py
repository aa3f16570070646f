"""Full-text search. The index is derived from SQLite and can always be rebuilt from it.

The rest of the application talks to `db.search.service` and `db.search.sync`; those hold a
`SearchEngine` (db.search.engine), and only `db.search.engines` knows the engines by name.
"""
