"""What every ``diplograph`` command shares: the command group, exit codes, consoles, errors.

Split from ``cli`` by job: the commands live in ``cli`` (running the pipeline, export,
the demo and the server) and ``_cli_store`` (reading and correcting a store); both
register on the one :func:`cli` group defined here, which the store commands can
import without importing ``cli`` itself (``python -m diplograph.cli`` runs that file
as ``__main__``, and a second copy of it would register its commands twice).

Exit codes (documented in the README): 0 all good, 1 some inputs were
rejected (the rest went through), 2 usage or fatal error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import click
from rich.console import Console

from . import __version__
from ._errors import DiplographError

EXIT_OK, EXIT_REJECTED, EXIT_FATAL = 0, 1, 2
DEFAULT_DB = "diplograph.db"
DB_HELP = "SQLite database file, or a postgresql://USER@HOST/DB URL."
_DEFAULT_AUTHOR = "cli"

P = ParamSpec("P")
R = TypeVar("R")

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


def _fatal(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}")
    sys.exit(EXIT_FATAL)


def handles_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn our own errors into one red line and exit code 2, never a traceback."""

    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except DiplographError as exc:
            _fatal(str(exc))
            raise AssertionError("unreachable") from None
        except KeyboardInterrupt:
            err.print("interrupted: what was reported as ingested is stored; rerun to finish")
            sys.exit(130)

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
def cli() -> None:
    """diplograph: multilingual paradiplomacy news to a verified event database.

    Typical use: `diplograph ingest news/` then `diplograph stats` and
    `diplograph export --format jsonl --output events.jsonl`. Exit codes: 0 all
    good, 1 some inputs rejected (the rest were processed), 2 usage or fatal error.
    """
