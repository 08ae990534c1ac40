"""Runs on a Dask cluster: inputs split into partitions, analysed by workers, merged here.

Why this shape: the pipeline is pure per document, so the only shared work is
what needs every document at once (event identity) and the single writer of
the store. Workers read and analyse partitions (a file, or a range of lines of
a large JSONL file, so one big crawl file spreads over workers) and send back
compressed pickles of documents and rejections; the driver consumes results
*in partition order*, so the documents, their order, duplicates and event ids
are exactly those of a single-process run. A task on a worker that dies is
rerun by Dask on another worker; its result reaches the driver once, and the
store ignores a document it already holds, so a killed worker costs a retry,
never a lost or duplicated document. ``ingest`` commits after each partition,
and workers skip documents the store already holds, so a rerun after the
driver was killed finishes the job.

Dask is imported only here, and this module only when ``--workers`` or
``--scheduler`` is given.
"""

from __future__ import annotations

import os
import pickle
import time
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from distributed.diagnostics.plugin import WorkerPlugin

from ._clustering import Clustering, Report, Scored, blocks, cluster, reports_of, scored_pairs
from ._collector import batch_collection
from ._errors import StoreError, UsageError
from ._eventdb import cluster_store, prepare_with_marks
from ._export import to_record, write_jsonl
from ._forum_identity import ForumNames
from ._models import Document, RawArticle, Rejection
from ._options import Options
from ._pipeline import Pipeline
from ._readers import _walk, read_inputs
from ._registry import Registry
from ._resources import Resources
from ._runner import Progress, RunSummary, _noop, tally
from .store import is_postgres_url, open_store

# A JSONL file with more lines than this is split into partitions of this many lines.
LINES_PER_PARTITION = 250
# Clustering blocks are scored in this many tasks per worker (balanced by block size).
BLOCK_TASKS_PER_WORKER = 4
# A WARC file with more records than this is split into partitions of this many records.
RECORDS_PER_PARTITION = 200
# Small files (one article each) travel in groups of this many: one task, one round trip.
FILES_PER_PARTITION = 25
# Dask settings of the LocalCluster diplograph starts (an existing cluster keeps its own).
# Why: Dask's defaults serve interactive use with a dashboard: every process checks its
# event loop every 20 ms, workers sample their own stacks every 10 ms for the profile view,
# and nannies read their worker's memory every 100 ms. Measured on 2 cores with 2 idle
# workers: 32 ms of driver CPU and 23 ms per worker each second; with these, 9 and 4. On a
# machine with as many workers as cores, that CPU was taken from the analysis.
QUIET_DASK = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.profile.enabled": False,
    "distributed.worker.profile.interval": "1s",
    "distributed.worker.profile.cycle": "10s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing-interval": "500ms",
}


@dataclass(frozen=True, slots=True)
class Partition:
    """Whole files, or lines ``[first_line, first_line + lines)`` (1-based) of one JSONL file."""

    paths: tuple[str, ...]
    offset: int = 0  # byte offset of first_line (JSONL) or of the first record (WARC)
    first_line: int = 1
    lines: int = 0
    split: bool = False  # one of several partitions of the same file
    end: int = 0  # WARC: byte offset after the last record (0: end of file)
    kind: str = "jsonl"

    @property
    def path(self) -> str:
        return self.paths[0]


def partitions(
    paths: Sequence[str],
    lines_per_partition: int = LINES_PER_PARTITION,
    files_per_partition: int = FILES_PER_PARTITION,
    records_per_partition: int = RECORDS_PER_PARTITION,
) -> list[Partition]:
    """The inputs in the single-process reading order; large JSONL files split by lines,
    large WARC files by records."""
    out: list[Partition] = []
    group: list[str] = []

    def close_group() -> None:
        if group:
            out.append(Partition(tuple(group)))
            group.clear()

    for path in paths:
        if path == "-":
            raise UsageError("standard input cannot be read by Dask workers; give files")
        p = Path(path)
        if not p.exists():
            group.append(path)  # the reader rejects it with its usual reason
            continue
        for f in list(_walk(p)) if p.is_dir() else [p]:
            name = f.name.lower()
            split = (
                _jsonl_partitions(str(f), lines_per_partition)
                if name.endswith(".jsonl")
                else _warc_partitions(str(f), records_per_partition)
                if name.endswith((".warc", ".warc.gz"))
                else []
            )
            if split:
                close_group()
                out.extend(split)
                continue
            group.append(str(f))
            if len(group) >= files_per_partition:
                close_group()
    close_group()
    return out


def _jsonl_partitions(path: str, per: int) -> list[Partition]:
    """Byte offsets of every ``per``-th line start (a newline scan, no JSON parsing).

    Empty when the file is small enough to be read whole.
    """
    starts = [(0, 1)]
    line = 1
    pos = 0
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                i = chunk.find(b"\n")
                while i != -1:
                    line += 1
                    if (line - 1) % per == 0:
                        starts.append((pos + i + 1, line))
                    i = chunk.find(b"\n", i + 1)
                pos += len(chunk)
    except OSError:
        return []  # the reader reports why
    if len(starts) > 1 and starts[-1][0] >= pos:
        starts.pop()  # the file ends with a newline exactly at a partition boundary
    if len(starts) == 1:
        return []
    return [Partition((path,), offset, first, per, True) for offset, first in starts]


def _warc_partitions(path: str, per: int) -> list[Partition]:
    """Byte ranges of every ``per`` records (a driver-side scan of the record headers).

    Each record of a ``.warc.gz`` is its own gzip member, so a worker can seek to
    a record and read on. Empty when the file is small or cannot be scanned (the
    reader then reads it whole and reports any problem as it always does).
    """
    try:
        from warcio.archiveiterator import ArchiveIterator

        offsets: list[int] = []
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for _ in records:
                offsets.append(records.get_record_offset())
            size = fh.seek(0, 2)
    except Exception:
        return []
    if len(offsets) <= per:
        return []
    starts = offsets[::per]
    ends = [*starts[1:], size]
    return [
        Partition((path,), start, split=True, end=end, kind="warc")
        for start, end in zip(starts, ends, strict=True)
    ]


class _ByteWindow:
    """Bytes ``[start, end)`` of a file as a stream of its own (one WARC partition)."""

    def __init__(self, fh: IO[bytes], start: int, end: int) -> None:
        self.fh = fh
        self.left = end - start
        fh.seek(start)

    def read(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        size = self.left if size is None or size < 0 else min(size, self.left)
        data = self.fh.read(size)
        self.left -= len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        size = self.left if size is None or size < 0 else min(size, self.left)
        data = self.fh.readline(size)
        self.left -= len(data)
        return data


class _LineWindow:
    """A JSONL file as the reader sees it: lines before the window read as blank lines.

    The ordinary JSONL reader then numbers lines (and names sources ``file:line``)
    exactly as it does for the whole file, without parsing the skipped lines.
    """

    def __init__(self, fh: IO[bytes], part: Partition) -> None:
        self.fh = fh
        self.skip = part.first_line - 1
        self.left = part.lines
        fh.seek(part.offset)

    def readline(self, limit: int = -1) -> bytes:
        if self.skip:
            self.skip -= 1
            return b"\n"
        if self.left <= 0:
            return b""
        line = self.fh.readline(limit)
        if line.endswith(b"\n") or not line:
            self.left -= 1
        return line


# Rejections that speak for a whole file: a part of a split file without records is not
# an empty file; the driver reports them only when no part of the file had anything.
_WHOLE_FILE_CODES = ("empty", "no-text")


def read_partition(part: Partition, options: Options) -> Iterator[RawArticle | Rejection]:
    """What ``read_inputs`` yields for this part of the input."""
    for item in _read_partition(part, options):
        if (
            part.split
            and isinstance(item, Rejection)
            and item.code in _WHOLE_FILE_CODES
            and item.source == part.path
        ):
            continue
        yield item


def _read_partition(part: Partition, options: Options) -> Iterator[RawArticle | Rejection]:
    if not part.split:
        yield from read_inputs(list(part.paths), options)
        return
    from ._readers import _read_jsonl_stream, _read_warc_stream

    with open(part.path, "rb") as fh:
        if part.kind == "warc":
            window: Any = _ByteWindow(fh, part.offset, part.end)
            yield from _read_warc_stream(window, part.path, options)
        else:
            yield from _read_jsonl_stream(_LineWindow(fh, part), part.path, options)  # type: ignore[arg-type]


class PipelinePlugin(WorkerPlugin):
    """Builds one pipeline per worker process at start-up (not one per task)."""

    name = "diplograph-pipeline"

    def __init__(self, options: Options) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        worker.diplograph_pipeline = Pipeline(Resources(self.options))
        worker.diplograph_stores = {}  # db -> store, for the workers' "already stored?"

    def teardown(self, worker: Any) -> None:
        for store in getattr(worker, "diplograph_stores", {}).values():
            store.close()


def _worker_pipeline(options: Options) -> Pipeline:
    try:
        from distributed import get_worker

        pipeline: Pipeline | None = getattr(get_worker(), "diplograph_pipeline", None)
    except ValueError:  # not inside a worker (direct call)
        pipeline = None
    if pipeline is None or pipeline.resources.options != options:
        pipeline = Pipeline(Resources(options))
    return pipeline


def analyse_partition(
    part: Partition, options: Options, db: str | None = None, compress: bool = True
) -> bytes:
    """A Dask task: read and analyse one partition; a pickle of the results, compressed
    with zlib when ``compress`` (results cross a network; on a LocalCluster they cross
    a local socket, and compressing and inflating cost both sides CPU for nothing).

    With ``db`` (an ingest), documents the store already holds are cleaned (to
    learn their content id) but not analysed again (``("stored", doc_id, source)``
    markers), and new ones come back as the store's prepared rows, so the one
    writing process only inserts.
    """
    pipeline = _worker_pipeline(options)
    with batch_collection():  # the collector at a batch's pace, restored for the worker
        return _analyse_partition(part, options, pipeline, db, compress)


def _analyse_partition(
    part: Partition, options: Options, pipeline: Pipeline, db: str | None, compress: bool
) -> bytes:
    # Cleaned first, then one question to the store for the whole partition, then analysed:
    # a query per document and a connection per partition cost the database server more
    # CPU than the inserts, on a machine it shares with the workers.
    cleaned: list[Any] = []
    for raw in read_partition(part, options):
        if isinstance(raw, Rejection):
            cleaned.append(raw)
            continue
        try:
            cleaned.append(pipeline.clean(raw))
        except Exception as exc:  # as in one process: a crash rejects one document
            cleaned.append(_crash(raw.source, exc))
    ids = [c.doc_id for c in cleaned if not isinstance(c, Rejection)]
    stored = _stored(db, ids) if db and ids else set()
    out: list[Any] = []
    for item in cleaned:
        if isinstance(item, Rejection):
            out.append(item)
        elif item.doc_id in stored:
            out.append(("stored", item.doc_id, item.source))
        else:
            try:
                doc = pipeline.analyse(item)
                out.append(prepare_with_marks(doc, pipeline.resources.forums) if db else doc)
            except Exception as exc:
                out.append(_crash(item.source, exc))
    blob = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
    return zlib.compress(blob, 1) if compress else blob


def _crash(source: str, exc: Exception) -> Rejection:
    return Rejection(source, "internal", f"analysis failed: {type(exc).__name__}: {exc}")


def _held_stores() -> dict[str, Any] | None:
    """This worker's open stores (None outside a worker, or before the plugin's setup)."""
    try:
        from distributed import get_worker

        held: dict[str, Any] | None = getattr(get_worker(), "diplograph_stores", None)
    except ValueError:  # not inside a worker (direct call)
        return None
    return held


def _stored(db: str, ids: list[str]) -> set[str]:
    """Which of ``ids`` the store holds, through a connection this worker keeps open
    (reopened once if it went stale, e.g. a restarted server). Empty when the worker
    cannot see the store (a remote worker and a SQLite file): the driver then dedups."""
    held = _held_stores()
    for attempt in range(2):
        store = held.pop(db, None) if held is not None else None
        if store is None:
            try:
                store = open_store(db, create=False)
            except StoreError:
                return set()
        try:
            found = store.stored(ids)
        except Exception:
            store.close()
            if attempt:
                raise
            continue
        # PostgreSQL connections are kept (a connection costs the server a process); a
        # SQLite file opens in microseconds, and its connection belongs to one thread.
        if held is not None and is_postgres_url(db):
            held[db] = store
        else:
            store.close()
        return found
    return set()


class DaskRunner:
    """A Dask client on a LocalCluster of ``workers`` processes or an existing scheduler."""

    def __init__(self, options: Options, workers: int | None = None, scheduler: str | None = None):
        from distributed import Client, LocalCluster

        self.local_cluster: Any = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            import dask

            # Nannies hand the configuration to the worker processes they start (and restart).
            with dask.config.set(QUIET_DASK):
                self.local_cluster = LocalCluster(
                    n_workers=workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # a free port: never clash with another cluster
                    silence_logs=40,
                )
                self.client = Client(self.local_cluster)
        self.client.register_plugin(PipelinePlugin(options))
        self.options = options

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()
        if self.local_cluster is not None:
            self.local_cluster.close()

    def cluster(
        self, reports: list[Report], options: Options, existing: dict[str, str]
    ) -> Clustering:
        """``_clustering.cluster`` with the blocks scored as Dask tasks: the same ids.

        Blocks (event type + person or region) are independent; each task scores
        the candidate pairs of a group of blocks, and the greedy union over the
        sorted links runs here, exactly as in one process.
        """
        groups: list[list[tuple[tuple[str, str], list[Report]]]] = [
            [] for _ in range(max(1, BLOCK_TASKS_PER_WORKER * self.n_workers()))
        ]
        sizes = [0] * len(groups)
        for key, members in sorted(blocks(reports).items(), key=lambda kv: (-len(kv[1]), kv[0])):
            i = sizes.index(min(sizes))  # largest blocks first, onto the lightest task
            groups[i].append((key, members))
            sizes[i] += len(members) ** 2
        futures = [self.client.submit(scored_pairs, g, options, pure=False) for g in groups if g]
        scored: list[Scored] = []
        for part in self.client.gather(futures):
            scored.extend(part)
        return cluster(reports, options, existing, scored=scored)

    def n_workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def results(
        self, parts: Sequence[Partition], db: str | None = None
    ) -> Iterator[tuple[Partition, list[Any]]]:
        """Each partition's results, in partition order, as soon as they are complete."""
        from distributed import as_completed

        compress = self.local_cluster is None
        futures = [
            self.client.submit(
                analyse_partition,
                p,
                self.options,
                db,
                compress,
                pure=False,
                key=f"part-{i}-{time.time_ns()}",
            )
            for i, p in enumerate(parts)
        ]
        index = {f.key: i for i, f in enumerate(futures)}
        done: dict[int, list[Any]] = {}
        nxt = 0
        for fut in as_completed(futures):
            i = index[fut.key]
            blob = fut.result()
            done[i] = pickle.loads(zlib.decompress(blob) if compress else blob)
            fut.release()
            while nxt in done:
                yield parts[nxt], done.pop(nxt)
                nxt += 1


def _unpack(
    part: Partition, items: list[Any], summary: RunSummary, empty_files: dict[str, bool]
) -> Iterator[Any]:
    if part.split:
        empty_files.setdefault(part.path, True)
        if items:
            empty_files[part.path] = False
    yield from items


def _empty_rejections(empty_files: dict[str, bool], options: Options) -> list[Rejection]:
    """The whole-file rejection of split files none of whose parts held anything
    (read again whole: rare, and the reader words the reason)."""
    out: list[Rejection] = []
    for path, empty in empty_files.items():
        if empty:
            whole = [r for r in read_inputs([path], options) if isinstance(r, Rejection)]
            out.extend(r for r in whole if r.code in _WHOLE_FILE_CODES and r.source == path)
    return out


def extract(
    paths: Sequence[str],
    out: IO[str],
    runner: DaskRunner,
    progress: Progress = _noop,
) -> RunSummary:
    """``_runner.extract`` with the analysis on the cluster: the same records and ids."""
    summary = RunSummary()
    start = time.perf_counter()
    docs: list[Document] = []
    seen: set[str] = set()
    empty_files: dict[str, bool] = {}
    for part, items in runner.results(partitions(paths)):
        for item in _unpack(part, items, summary, empty_files):
            if tally(item, summary, seen, progress):
                docs.append(item)
    summary.rejected.extend(_empty_rejections(empty_files, runner.options))
    forums = ForumNames(Registry())
    reports = [r for d in docs for r in reports_of(d, forums)]
    ids = runner.cluster(reports, runner.options, {}).ids
    for d in docs:
        for ev in d.events:
            ev.event_id = ids[f"{d.doc_id}:{ev.local_id}"]
    summary.ingested = write_jsonl((to_record(d) for d in docs), out)
    summary.events = len({e.event_id for d in docs for e in d.events})
    summary.seconds = time.perf_counter() - start
    return summary


def ingest(
    paths: Sequence[str],
    db: str | Path,
    runner: DaskRunner,
    progress: Progress = _noop,
) -> RunSummary:
    """``_runner.ingest`` with the analysis on the cluster; one commit per partition."""
    summary = RunSummary(output=str(db))
    start = time.perf_counter()
    empty_files: dict[str, bool] = {}
    with open_store(db) as store:
        parts = partitions(paths)
        for part, items in runner.results(parts, str(db)):
            reported: list[tuple[str, Any]] = []
            with store.transaction():
                docs = []
                for item in _unpack(part, items, summary, empty_files):
                    if isinstance(item, Rejection):
                        summary.rejected.append(item)
                        store.add_rejection(item)
                        reported.append(("rejected", item))
                    elif isinstance(item, tuple):  # ("stored", doc_id, source)
                        summary.read += 1
                        summary.duplicates += 1
                        store.add_source(item[1], item[2])
                        reported.append(("duplicate", None))
                    else:
                        summary.read += 1
                        docs.append(item)
                for fresh in store.add_documents(docs):
                    summary.ingested += fresh
                    summary.duplicates += not fresh
                    reported.append(("document" if fresh else "duplicate", None))
            for kind, obj in reported:
                progress(kind, obj)
        late = _empty_rejections(empty_files, runner.options)
        if late:
            with store.transaction():
                for rej in late:
                    store.add_rejection(rej)
            summary.rejected.extend(late)
        with store.transaction():
            cluster_store(store, runner.options, clusterer=runner.cluster)
        summary.events = store.stats()["events"]
    summary.seconds = time.perf_counter() - start
    return summary
