"""Full-text search. The index is derived from SQLite and can always be rebuilt from it.

The rest of the application talks to `db.search.service`; only `whoosh_engine` knows the engine.
"""
