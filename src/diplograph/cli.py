"""The ``diplograph`` command: a thin shell over the library.

Exit codes (documented in the README): 0 all good, 1 some inputs were
rejected (the rest went through), 2 usage or fatal error.

Split by job: this module holds the commands that run the pipeline (extract,
ingest), write records (export), the demo and the server, and :func:`main`; the
commands that read and correct a store are in ``_cli_store``; the group, exit
codes, consoles and error handling they share are in ``_cli_base``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import click
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

# Imported for its side effect: the store commands register on the group.
from . import _cli_store  # noqa: F401
from ._cli_base import (
    DB_HELP,
    DEFAULT_DB,
    EXIT_FATAL,
    EXIT_OK,
    EXIT_REJECTED,
    P,
    R,
    cli,
    err,
    handles_errors,
    out,
)
from ._errors import UsageError
from ._export import FORMATS, write_records
from ._models import Document, Rejection
from ._options import Options
from ._resources import Resources
from ._runner import RunSummary, extract, ingest
from .store import open_store

__all__ = ["EXIT_FATAL", "EXIT_OK", "EXIT_REJECTED", "cli", "main"]


@contextmanager
def _progress(
    quiet: bool, label: str
) -> Iterator[Callable[[str, Document | Rejection | None], None]]:
    """A live bar on stderr (count, rate, rejections) unless --quiet or not a terminal."""
    if quiet:
        yield lambda kind, item: None
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} docs"),
        TextColumn("{task.fields[extra]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    counts = {"document": 0, "duplicate": 0, "rejected": 0}
    with progress:
        task = progress.add_task(label, total=None, extra="")

        def update(kind: str, item: Document | Rejection | None) -> None:
            counts[kind] = counts.get(kind, 0) + 1
            extra = f"dup {counts['duplicate']}  rejected {counts['rejected']}"
            progress.update(task, advance=1, extra=extra)

        yield update


def _print_summary(summary: RunSummary, verb: str) -> None:
    err.print(
        f"[bold]{verb}[/] {summary.ingested} documents, "
        f"{summary.duplicates} duplicates skipped, {len(summary.rejected)} inputs rejected, "
        f"{summary.events} events in {summary.seconds:.1f} s"
        + (f" -> {summary.output}" if summary.output else "")
    )
    for rej in summary.rejected:
        err.print(f"  [yellow]rejected[/] {rej.source}: {rej.reason} ({rej.code})")


def _paths_or_fail(paths: tuple[str, ...]) -> list[str]:
    if not paths:
        raise UsageError("give at least one PATH (a file, a folder, or - for standard input)")
    return list(paths)


def _stdin_if_needed(paths: list[str]) -> BinaryIO | None:
    return sys.stdin.buffer if "-" in paths else None


def _scale_options(fn: Callable[P, R]) -> Callable[P, R]:
    """``--workers N`` (a Dask LocalCluster) and ``--scheduler ADDRESS`` (an existing one)."""
    fn = click.option(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="Run the analysis on this Dask scheduler (tcp://HOST:8786); workers need diplograph.",
    )(fn)
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        help="Run the analysis on a local Dask cluster of N worker processes.",
    )(fn)


@cli.command("extract")
@click.argument("paths", nargs=-1)
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="JSONL file.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option(
    "--max-mb", type=click.FloatRange(min=0.001), default=None, help="Reject larger inputs."
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=None,
    help="Reject documents whose clean text is longer (too-long); default 500,000.",
)
@_scale_options
@handles_errors
def extract_cmd(
    paths: tuple[str, ...],
    output: str,
    quiet: bool,
    max_mb: float | None,
    max_chars: int | None,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Read articles (files, folders, .jsonl, .html, .warc[.gz], - for stdin) and write one
    contract record per document to OUTPUT, without a database."""
    plist = _paths_or_fail(paths)
    res = _resources(max_mb, max_chars)
    target = Path(output)
    try:
        fh = target.open("w", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror}") from None
    with fh, _progress(quiet, "extract") as progress:
        if workers or scheduler:
            from . import _distributed

            with _distributed.DaskRunner(res.options, workers, scheduler) as runner:
                summary = _distributed.extract(plist, fh, runner, progress=progress)
        else:
            summary = extract(plist, fh, res, progress=progress, stdin=_stdin_if_needed(plist))
    summary.output = str(target)
    if not quiet:
        _print_summary(summary, "extracted")
    sys.exit(summary.exit_code)


def _resources(max_mb: float | None, max_chars: int | None = None) -> Resources:
    if max_mb is None and max_chars is None:
        return Resources()
    default = Options()
    return Resources(
        Options(
            max_bytes=default.max_bytes if max_mb is None else int(max_mb * 1024 * 1024),
            max_chars=default.max_chars if max_chars is None else max_chars,
        )
    )


@cli.command("ingest")
@click.argument("paths", nargs=-1)
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option(
    "--max-mb", type=click.FloatRange(min=0.001), default=None, help="Reject larger inputs."
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=None,
    help="Reject documents whose clean text is longer (too-long); default 500,000.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON on stdout.")
@_scale_options
@handles_errors
def ingest_cmd(
    paths: tuple[str, ...],
    db: str,
    quiet: bool,
    max_mb: float | None,
    max_chars: int | None,
    as_json: bool,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Run the pipeline over PATHS into the store. Idempotent: an article already stored
    (same content, wherever it came from) is skipped; rerun after a crash to finish."""
    plist = _paths_or_fail(paths)
    with _progress(quiet, "ingest") as progress:
        res = _resources(max_mb, max_chars)
        if workers or scheduler:
            from . import _distributed

            with _distributed.DaskRunner(res.options, workers, scheduler) as runner:
                summary = _distributed.ingest(plist, db, runner, progress=progress)
        else:
            summary = ingest(plist, db, res, progress=progress, stdin=_stdin_if_needed(plist))
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1))
    elif not quiet:
        _print_summary(summary, "ingested")
    sys.exit(summary.exit_code)


@cli.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="Output file.")
@handles_errors
def export_cmd(db: str, fmt: str, output: str) -> None:
    """Write the store's documents as contract records (jsonl) or one row per event (csv,
    parquet)."""
    with open_store(db, create=False) as store:
        n = write_records(store.records(), fmt, Path(output))
    err.print(f"wrote {n} {'records' if fmt == 'jsonl' else 'rows'} to {output}")


@cli.command("demo")
@click.option(
    "--dir",
    "workdir",
    default="diplograph-demo",
    show_default=True,
    help="Where the demo database and exports go (recreated).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handles_errors
def demo_cmd(workdir: str, quiet: bool) -> None:
    """Ingest the bundled sample corpus, export it, and print what was found."""
    from ._demo import run_demo

    run_demo(Path(workdir), out, err, quiet=quiet, progress_factory=_progress)


@cli.command("serve")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allow-ingest", is_flag=True, help="Accept uploads (POST /api/documents).")
@click.option(
    "--allow-edit",
    is_flag=True,
    help="Accept analyst corrections from the browser and POST /api/events/{id}/corrections.",
)
@click.option(
    "--token", envvar="DIPLOGRAPH_TOKEN", default=None, help="Bearer token for uploads and edits."
)
@click.option("--max-upload-mb", type=click.FloatRange(min=0.001), default=2.0, show_default=True)
@click.option("--cors-origin", "cors_origins", multiple=True, help="Allow a browser origin.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes (about one per core); each new connection goes to the least busy.",
)
@click.option("--quiet", "-q", is_flag=True, help="No access log.")
@handles_errors
def serve_cmd(
    db: str,
    host: str,
    port: int,
    allow_ingest: bool,
    allow_edit: bool,
    token: str | None,
    max_upload_mb: float,
    cors_origins: tuple[str, ...],
    workers: int,
    quiet: bool,
) -> None:
    """Serve the web workbench and JSON API (docs at /api-docs) over the store, read-only
    unless --allow-ingest (uploads) or --allow-edit (corrections) with a --token (or
    DIPLOGRAPH_TOKEN); CORS is off unless
    --cors-origin is given. Binds to loopback by default."""
    import os

    from ._errors import DependencyError

    try:
        import uvicorn

        from .web import create_app
    except ImportError as exc:
        raise DependencyError(f"serve needs fastapi, uvicorn and jinja2: {exc}") from None
    max_bytes = int(max_upload_mb * 1024 * 1024)
    app = create_app(
        db,
        allow_ingest=allow_ingest,
        allow_edit=allow_edit,
        token=token,
        max_upload_bytes=max_bytes,
        cors_origins=cors_origins,
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning:[/] listening on {host}: reachable beyond this machine")
    modes = [m for m, on in (("ingest", allow_ingest), ("edits", allow_edit)) if on]
    mode = f"{' and '.join(modes)} allowed (token required)" if modes else "read-only"
    level = "warning" if quiet else "info"
    from .store import is_postgres_url

    where = app.state.catalog.name  # the database without a password
    banner = f"serving {where} ({mode}) on http://{host}:{port}/  API: /api-docs  stop: Ctrl+C"
    if workers == 1:
        err.print(banner)
        uvicorn.run(app, host=host, port=port, log_level=level, access_log=not quiet)
        return
    os.environ.update(
        DIPLOGRAPH_WEB_DB=db if is_postgres_url(db) else str(Path(db).resolve()),
        DIPLOGRAPH_WEB_ALLOW_INGEST="1" if allow_ingest else "0",
        DIPLOGRAPH_WEB_ALLOW_EDIT="1" if allow_edit else "0",
        DIPLOGRAPH_WEB_MAX_UPLOAD=str(max_bytes),
        DIPLOGRAPH_WEB_CORS=" ".join(cors_origins),
    )
    if token:
        os.environ["DIPLOGRAPH_TOKEN"] = token
    from .web._workers import balanced_workers_supported, bind_socket, run_workers

    if balanced_workers_supported():
        listener = bind_socket(host, port)
        port = listener.getsockname()[1]
        err.print(
            f"serving {where} ({mode}) on http://{host}:{port}/ with {workers} processes"
            "  API: /api-docs  stop: Ctrl+C"
        )
        run_workers(listener, workers, {"log_level": level, "access_log": not quiet})
        return
    err.print(banner)
    uvicorn.run(
        "diplograph.web._app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=level,
        access_log=not quiet,
    )


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(EXIT_FATAL)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_FATAL)
    except SystemExit:
        raise
    sys.exit(EXIT_OK)


if __name__ == "__main__":
    main()
