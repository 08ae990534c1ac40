"""The ``diplograph`` commands that read and correct a store: stats, search, explain,
region, timeline, graph, explain-event, the ``event`` corrections and recluster.

Split from ``cli`` by job: ``cli`` runs the pipeline (extract, ingest), writes
records (export) and serves; these commands only open an existing store to show
what it holds or to change event identity by an analyst's word. They register on
the group of ``_cli_base`` when ``cli`` imports this module, so ``diplograph`` lists
every command as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from ._cli_base import _DEFAULT_AUTHOR, DB_HELP, DEFAULT_DB, cli, err, handles_errors, out
from ._errors import UsageError
from ._options import Options
from ._resources import Resources
from .store import open_store


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
