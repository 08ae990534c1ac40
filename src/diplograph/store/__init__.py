"""The store: documents, their analysis, events, rejections, full-text search.

One module per backend behind one interface: ``_sqlite`` (one file, the laptop
default). Callers import from this package, never from a backend module.
"""

from ._sqlite import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Store,
    document_to_json,
    fold,
    hamming,
    simhash,
)

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Store",
    "document_to_json",
    "fold",
    "hamming",
    "simhash",
]
