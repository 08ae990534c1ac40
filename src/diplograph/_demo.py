"""The demo: the main job on the bundled sample corpus, told to a first-time user."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from importlib import resources
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from ._export import write_records
from ._models import Document, Rejection
from ._runner import ingest
from .store import Store

ProgressFactory = Callable[
    [bool, str], AbstractContextManager[Callable[[str, Document | Rejection | None], None]]
]


def sample_dir() -> Path:
    """The bundled sample corpus on disk (the package is installed as files)."""
    return Path(str(resources.files("diplograph") / "sample" / "articles"))


def _top_events(store: Store, limit: int) -> Iterator[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT event_id, type, min(date) AS date, count(*) AS reports,"
        " group_concat(DISTINCT d.lang) AS langs, max(e.data) AS data"
        " FROM events e JOIN documents d USING (doc_id)"
        " GROUP BY event_id ORDER BY reports DESC, date DESC, event_id LIMIT ?",
        (limit,),
    ).fetchall()
    import json

    for r in rows:
        data = json.loads(r["data"])
        yield {
            "event_id": r["event_id"],
            "type": r["type"],
            "date": r["date"],
            "reports": r["reports"],
            "langs": r["langs"] or "",
            "who": ", ".join(p["name"] for p in data.get("participants", [])[:3]),
            "regions": ", ".join(data.get("regions", [])),
        }


def run_demo(
    workdir: Path,
    out: Console,
    err: Console,
    *,
    quiet: bool,
    progress_factory: ProgressFactory,
) -> None:
    corpus = sample_dir()
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    db = workdir / "diplograph.db"
    out.print(f"[bold]diplograph demo[/]: reading the sample corpus in {corpus}")
    with progress_factory(quiet, "ingest") as progress:
        summary = ingest([str(corpus)], db, progress=progress)
    jsonl = workdir / "records.jsonl"
    csv = workdir / "events.csv"
    with Store(db, create=False) as store:
        write_records(store.records(), "jsonl", jsonl)
        write_records(store.records(), "csv", csv)
        stats = store.stats()
        regions = Counter(
            r[0] for r in store.conn.execute("SELECT region FROM event_regions").fetchall()
        )
        top = list(_top_events(store, 8))
    out.print(
        f"ingested {summary.ingested} documents ({summary.duplicates} duplicates skipped, "
        f"{len(summary.rejected)} rejected) in {summary.seconds:.1f} s"
    )
    out.print("languages: " + ", ".join(f"{k} {v}" for k, v in stats["languages"].items()))
    out.print(
        f"events: {stats['events']} distinct real-world events from {stats['event_reports']} "
        "reports (" + ", ".join(f"{k} {v}" for k, v in stats["event_types"].items()) + ")"
    )
    out.print(
        "most active regions: " + ", ".join(f"{code} ({n})" for code, n in regions.most_common(8))
    )
    table = Table(title="events reported most often")
    for col in ("date", "type", "who", "regions", "reports", "languages"):
        table.add_column(col)
    for ev in top:
        table.add_row(
            ev["date"] or "-",
            ev["type"],
            ev["who"] or "-",
            ev["regions"] or "-",
            str(ev["reports"]),
            ev["langs"],
        )
    out.print(table)
    for rej in summary.rejected:
        err.print(f"rejected {rej.source}: {rej.reason}")
    out.print(f"database: {db}\nrecords:  {jsonl}\nevents:   {csv}")
    out.print(
        "next: "
        f"`diplograph stats --db {db}`, `diplograph search Kaluga --db {db}`, "
        f"`diplograph explain <doc_id> --db {db}`, `diplograph region RU-KLU --db {db}`"
    )
