"""The store: documents, their analysis, events, rejections, full-text search.

One module per backend behind one interface (the methods of :class:`Store`):

- ``_sqlite``: one file, no server, the laptop default (WAL, FTS5);
- ``_postgres``: a shared server for many writers and readers (``postgresql://`` URLs),
  the same tables and migrations, imported only when such a URL is given.

Callers open a store with :func:`open_store` and never import a backend module.
"""

from __future__ import annotations

from pathlib import Path

from ._sqlite import (
    MIGRATIONS,
    SCHEMA_VERSION,
    PreparedDocument,
    Store,
    document_to_json,
    fold,
    hamming,
    prepare_document,
    simhash,
)


def is_postgres_url(db: object) -> bool:
    """Whether ``--db`` names a PostgreSQL database rather than a SQLite file."""
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def open_store(db: str | Path, *, create: bool = True) -> Store:
    """The store behind ``db``: a ``postgresql://`` URL or a SQLite file path."""
    if is_postgres_url(db):
        from ._postgres import PostgresStore

        return PostgresStore(str(db), create=create)
    return Store(db, create=create)


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "PreparedDocument",
    "Store",
    "document_to_json",
    "fold",
    "hamming",
    "is_postgres_url",
    "open_store",
    "prepare_document",
    "simhash",
]
