"""One documented exception hierarchy (see README, "Errors").

Everything diplograph raises derives from :class:`DiplographError` and carries a
stable ``code`` (like spaCy's E-numbers) so users can search for it. Errors from
dependencies (sqlite3, lxml, pyarrow, yaml ...) are caught at the boundary and
re-raised as one of these, never leaked.
"""

from __future__ import annotations


class DiplographError(Exception):
    """Base class of every error diplograph raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class UsageError(DiplographError):
    """The user asked for something impossible (bad flag value, missing database)."""

    code = "E001"


class LanguageDataError(DiplographError):
    """A language data file is missing, unreadable or fails its integrity check."""

    code = "E100"


class InputError(DiplographError):
    """An input could not be read; batches turn this into a Rejection instead."""

    code = "E200"


class StoreError(DiplographError):
    """The SQLite store could not be opened, migrated or written."""

    code = "E300"


class ExportError(DiplographError):
    """An export could not be written (unknown format, missing optional package)."""

    code = "E400"


class DependencyError(DiplographError):
    """A required third-party package is missing or broken."""

    code = "E500"


__all__ = [
    "DependencyError",
    "DiplographError",
    "ExportError",
    "InputError",
    "LanguageDataError",
    "StoreError",
    "UsageError",
]
