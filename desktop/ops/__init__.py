"""Operations: every change to a library is one named, Qt-free function here.

An operation stores its change through the services, brings the facts and the search index up to date,
and returns a `ChangeSet` saying what it touched. The CLI calls operations directly; the window runs
them on its writer lane and hands the change set to every view (as Anki's `operation_did_execute`).
"""
