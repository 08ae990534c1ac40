"""The ``diplograph`` command: a thin shell over the library.

Exit codes (documented in the README): 0 all good, 1 some inputs were
rejected (the rest went through), 2 usage or fatal error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, ParamSpec, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from ._errors import DiplographError, UsageError
from ._export import FORMATS, write_records
from ._models import Document, Rejection
from ._options import Options
from ._resources import Resources
from ._runner import RunSummary, extract, ingest
from .store import open_store

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
def cli() -> None:
    """diplograph: multilingual paradiplomacy news to a verified event database.

    Typical use: `diplograph ingest news/` then `diplograph stats` and
    `diplograph export --format jsonl --output events.jsonl`. Exit codes: 0 all
    good, 1 some inputs rejected (the rest were processed), 2 usage or fatal error.
    """


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


@cli.command("stats")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable object.")
@handles_errors
def stats_cmd(db: str, as_json: bool) -> None:
    """Counts: documents, events, languages, regions, people, rejected inputs."""
    with open_store(db, create=False) as store:
        stats = store.stats()
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=1))
        return
    _stats_table(stats)


def _stats_table(stats: dict[str, Any]) -> None:
    table = Table(title=f"diplograph store {stats['database']}", show_header=False)
    for key in ("documents", "sources", "events", "event_reports", "regions", "people"):
        table.add_row(key.replace("_", " "), str(stats[key]))
    table.add_row("languages", ", ".join(f"{k} {v}" for k, v in stats["languages"].items()))
    table.add_row("event types", ", ".join(f"{k} {v}" for k, v in stats["event_types"].items()))
    rejected = ", ".join(f"{k} {v}" for k, v in stats["rejections"].items()) or "none"
    table.add_row("rejected inputs", f"{stats['rejected_inputs']} ({rejected})")
    out.print(table)


@cli.command("search")
@click.argument("query")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option(
    "--literal",
    is_flag=True,
    help="Match the words as typed (no place or person names in other languages and scripts).",
)
@handles_errors
def search_cmd(query: str, db: str, limit: int, literal: bool) -> None:
    """Full-text search over stored articles (diacritics and case folded).

    A word naming a place or a person also finds its names in every language and
    script ("Kaluga" finds "Калужской области"); each hit shows the form that matched.
    """
    gazetteer = None
    with open_store(db, create=False) as store:
        if not literal:
            from ._resources import Resources

            gazetteer = Resources().gazetteer
        hits = store.search(query, limit, literal=literal, gazetteer=gazetteer)
    for h in hits:
        out.print(
            f"[bold]{h['doc_id']}[/] {h['lang'] or '??'} {h['published'] or '----------'} "
            f"{h['title'] or h['source']}"
        )
        snip = h["snippet"]
        marked, pos = [], 0
        for start, end in h["highlights"]:
            marked.append(f"{snip[pos:start]}[{snip[start:end]}]")
            pos = end
        out.print(f"    {''.join(marked) + snip[pos:]}", markup=False)
        if h["matched"]:
            out.print(f"    matched: {', '.join(h['matched'])}", markup=False)
    if not hits:
        err.print("no match")


@cli.command("explain")
@click.argument("doc")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@handles_errors
def explain_cmd(doc: str, db: str) -> None:
    """Every fact of a stored document (by doc_id, prefix or source) with the rule or data
    entry that produced it."""
    with open_store(db, create=False) as store:
        data = store.document(doc)
    if data is None:
        raise UsageError(f"no stored document {doc!r} (give a doc_id, a unique prefix or a source)")
    from ._explain import explain_lines

    for line in explain_lines(data):
        out.print(line, markup=False)


@cli.command("region")
@click.argument("code")
@click.option("--db", default=None, help="Also show partners and events from this store.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable object.")
@handles_errors
def region_cmd(code: str, db: str | None, as_json: bool) -> None:
    """Show a region: names in every language, type, validity, successor or predecessors,
    and (with --db) its partners and events."""
    from .gazetteer import describe_region

    res = Resources()
    info: dict[str, Any] = describe_region(res.gazetteer, code.upper())
    if db:
        from ._explain import region_activity

        with open_store(db, create=False) as store:
            info.update(region_activity(store, code.upper()))
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=1))
        return
    from ._explain import region_lines

    for line in region_lines(info):
        out.print(line, markup=False)


@cli.command("timeline")
@click.argument("region")
@click.option("--with", "with_region", default=None, help="Only events shared with this region.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@handles_errors
def timeline_cmd(region: str, with_region: str | None, db: str, fmt: str) -> None:
    """Events of REGION (or of the pair REGION --with OTHER) in order, each with date, type,
    participants, sectors, reports and languages; a pair summary on top."""
    from ._timeline import timeline

    with open_store(db, create=False) as store:
        data = timeline(store, region.upper(), with_region.upper() if with_region else None)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    s = data["summary"]
    head = f"{data['region']}" + (f" - {data['with']}" if data["with"] else "")
    out.print(
        f"[bold]{head}[/]: {s['events']} events, first contact {s['first_contact']}, "
        f"last {s['last_contact']}"
    )
    out.print(
        "per year: " + (", ".join(f"{y} {n}" for y, n in s["events_per_year"].items()) or "-")
    )
    out.print("sectors: " + (", ".join(f"{k} {v}" for k, v in s["sectors"].items()) or "-"))
    out.print("people: " + (", ".join(s["people"]) or "-"))
    for p in s["partnerships"]:
        out.print(f"partnership: {p['a']} - {p['b']} {p['kind']} (stated from {p['first_stated']})")
    for ev in data["events"]:
        who = ", ".join(
            f"{p['name']} ({p['role']})" if p["role"] else p["name"] for p in ev["participants"]
        )
        out.print(
            f"{ev['date'] or '~' + (ev['published'] or '----------')}  {ev['type']:9} "
            f"{who or '-'}  regions {', '.join(ev['regions']) or '-'}  sectors "
            f"{', '.join(ev['sectors']) or '-'}  [{ev['reports']} reports, "
            f"{', '.join(ev['languages'])}] {ev['event_id']}",
            markup=False,
        )


@cli.command("graph")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "csv", "json"]),
    default="graphml",
    show_default=True,
)
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(),
    help="File (graphml, json) or folder (csv: nodes.csv and edges.csv).",
)
@handles_errors
def graph_cmd(db: str, fmt: str, output: str) -> None:
    """Export the knowledge graph: countries, regions, cities, people, organisations, events,
    and edges (participated in, represents, held in, acts in, partnership) with evidence."""
    from ._graph import build_graph, write_graph

    with open_store(db, create=False) as store:
        g = build_graph(store)
    write_graph(g, fmt, Path(output))
    err.print(f"wrote {len(g.nodes)} nodes and {len(g.edges)} edges to {output}")


@cli.command("explain-event")
@click.argument("event_id")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable object.")
@handles_errors
def explain_event_cmd(event_id: str, db: str, as_json: bool) -> None:
    """Why reports were joined into EVENT_ID: shared people and regions, dates, type, the
    score and threshold, syndicated copies, and analysts' overrides."""
    from ._eventdb import explain_event

    with open_store(db, create=False) as store:
        data = explain_event(store, event_id)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    out.print(
        f"[bold]{event_id}[/]: {len(data['reports'])} reports "
        f"({data['independent_reports']} independent), languages "
        f"{', '.join(data['languages'])}"
    )
    for r in data["reports"]:
        copy = f"  copy of {r['copy_of']}" if r["copy_of"] else ""
        out.print(
            f"  report {r['report']} {r['lang']} {r['published']} {r['type']} "
            f"date={r['date']} {', '.join(r['participants'])}{copy}",
            markup=False,
        )
        out.print(f"    {r['source']}", markup=False)
    for link in data["links"]:
        out.print(f"  joined {link['a']} + {link['b']}: {'; '.join(link['reasons'])}", markup=False)
    for o in data["overrides"]:
        out.print(f"  override {o['action']}: {o['detail']} at {o['at']}", markup=False)


@cli.group("event")
def event_group() -> None:
    """Analyst corrections of event identity (kept as overrides that survive re-runs)."""


@event_group.command("split")
@click.argument("event_id")
@click.argument("reports", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--note", default="", help="Why (kept with the override).")
@click.option("--author", default=_DEFAULT_AUTHOR, show_default=True, help="Who corrects.")
@handles_errors
def event_split_cmd(
    event_id: str, reports: tuple[str, ...], db: str, note: str, author: str
) -> None:
    """Move REPORTS (DOC_ID:LOCAL_ID, as explain-event lists them) out of EVENT_ID into a
    new event (recorded as a correction, listed on the web's audit page)."""
    from ._corrections import correct

    with open_store(db, create=False) as store, store.transaction():
        done = _corrected(
            lambda: correct(store, event_id, "split", {"reports": list(reports), "note": note},
                            author)
        )  # fmt: skip
    out.print(
        f"split {len(reports)} report(s) of {event_id} into {done['detail']['to']}"
        f" (correction #{done['id']})"
    )


@event_group.command("merge")
@click.argument("keep_id")
@click.argument("other_id")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--note", default="", help="Why (kept with the override).")
@click.option("--author", default=_DEFAULT_AUTHOR, show_default=True, help="Who corrects.")
@handles_errors
def event_merge_cmd(keep_id: str, other_id: str, db: str, note: str, author: str) -> None:
    """Join OTHER_ID into KEEP_ID (recorded as a correction, listed on the audit page)."""
    from ._corrections import correct

    with open_store(db, create=False) as store, store.transaction():
        done = _corrected(
            lambda: correct(store, keep_id, "merge", {"other": other_id, "note": note}, author)
        )
    moved = sum(1 for v in done["detail"]["prior"].values() if v[0] == other_id)
    out.print(f"merged {other_id} into {keep_id} ({moved} report(s) moved, #{done['id']})")


def _corrected(fn: Any) -> Any:
    """A correction, its unknown-event error as a usage error (exit 2, one line)."""
    try:
        return fn()
    except LookupError as exc:
        raise UsageError(str(exc).strip("'\"")) from None


@event_group.command("undo")
@click.argument("correction_id", type=click.IntRange(1))
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@click.option("--author", default=_DEFAULT_AUTHOR, show_default=True, help="Who undoes.")
@handles_errors
def event_undo_cmd(correction_id: int, db: str, author: str) -> None:
    """Undo correction CORRECTION_ID (as the audit page numbers them); the undo is itself
    recorded as a correction."""
    from ._corrections import undo

    with open_store(db, create=False) as store, store.transaction():
        done = _corrected(lambda: undo(store, correction_id, author))
    out.print(f"undid #{correction_id} (#{done['id']})")


@cli.command("recluster")
@click.option("--db", default=DEFAULT_DB, show_default=True, help=DB_HELP)
@handles_errors
def recluster_cmd(db: str) -> None:
    """Recompute event identity for the whole store from scratch, keeping analysts'
    overrides (after changing clustering options or upgrading diplograph)."""
    from ._eventdb import cluster_store

    with open_store(db, create=False) as store:
        with store.transaction():
            cluster_store(store, Options(), full=True)
        stats = store.stats()
    out.print(f"{stats['events']} events from {stats['event_reports']} reports")


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
