"""`ingest` throughput with 1 and 2 Dask workers, into SQLite and PostgreSQL.

    .venv/bin/python benchmarks/bench_scale.py          # the acceptance run (issue 13)
    python benchmarks/bench_scale.py [--n 2000] [--workers 1 2] [--repeat 2]
        [--backends sqlite postgresql] [--single] [--store-writes 100]
        [--cluster-reports 10000 100000]

A benchmark, never a timed test. For each store and worker count (alternated,
``--repeat`` times) it prints documents/second of ``ingest`` after the cluster
has started and built its pipelines (a 20-document warm-up run), the peak memory
of the driver plus its workers, and the CPU seconds of every party: each worker,
the driver (store writes, clustering, Dask's scheduler) and the PostgreSQL
server. It ends with one line per store: the best documents/second with 1 and 2
workers and their ratio, by wall clock and by CPU time.

Why CPU time too: on a shared machine wall time measures the other jobs. The
CPU-based time of a run on C free cores is ``max(busiest worker, all CPU / C)``
(the busiest worker is the critical path; everything, the driver and the database
server included, shares the C cores), so the CPU ratio is what the wall-clock
ratio becomes on a quiet machine. Optional: the store's write rate (the driver
alone re-inserting analysed documents) and the clustering time by size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402  (a dependency of dask.distributed)

from tests.synth import write_articles  # noqa: E402


class PeakRSS:
    """Sums the RSS of a process and all its children every 0.2 s."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                rss = sum(p.memory_info().rss for p in procs if p.is_running())
                self.peak = max(self.peak, rss / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.2)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def server_cpu(pg: object | None) -> float:
    """CPU seconds of the PostgreSQL server so far: the postmaster, its finished backends
    (which it waited for) and its live ones. 0 without a server."""
    if pg is None:
        return 0.0
    pid = int((pg.data / "postmaster.pid").read_text().split()[0])
    try:
        main = psutil.Process(pid)
        t = main.cpu_times()
        total = t.user + t.system + t.children_user + t.children_system
        for child in main.children(recursive=True):
            try:
                c = child.cpu_times()
                total += c.user + c.system
            except psutil.Error:
                pass
        return float(total)
    except psutil.Error:
        return 0.0


def timed_ingest(
    folder: Path,
    warm: Path,
    db: str,
    scratch: str,
    workers: int | None,
    n: int,
    pg: object | None = None,
) -> dict[str, float]:
    """One ingest of ``folder`` after a warm-up run (pipelines built on every worker)."""
    from diplograph import Options, Resources
    from diplograph import _distributed as dist
    from diplograph._runner import ingest

    mem = PeakRSS(os.getpid())
    t0 = time.perf_counter()
    if workers is None:
        res = Resources()
        ingest([str(warm)], scratch, res)
        start = time.perf_counter() - t0
        t1 = time.perf_counter()
        summary = ingest([str(folder)], db, res)
    else:
        with dist.DaskRunner(Options(), workers=workers) as runner:
            dist.ingest([str(warm)], scratch, runner)
            # The warm-up ingest is one partition, so it warms one worker only; every other
            # worker would load its language data inside the timed run (measured: 2-3 CPU s
            # and 7-8 s of wall time for its first partition at load 3.5).
            runner.client.run(warm_worker, str(warm))
            start = time.perf_counter() - t0
            before = runner.client.run(cpu_seconds)
            sched0 = runner.client.run(schedstat)
            driver0 = cpu_seconds()
            server0 = server_cpu(pg)
            load0 = os.getloadavg()[0]
            t1 = time.perf_counter()
            summary = dist.ingest([str(folder)], db, runner)
            wall = time.perf_counter() - t1
            after = runner.client.run(cpu_seconds)
            sched1 = runner.client.run(schedstat)
            # Where each worker's wall time went: on a CPU, waiting in the run queue for one
            # (other processes), or asleep (waiting for tasks, the store, the network).
            queued = [sched1[k][1] - sched0[k][1] for k in sched1 if k in sched0]
            ran = [sched1[k][0] - sched0[k][0] for k in sched1 if k in sched0]
            busy = [after[k] - before[k] for k in after if k in before]
            cpu = {"driver_cpu": cpu_seconds() - driver0, "worker_cpu_max": max(busy)}
            cpu["worker_cpu_sum"] = sum(busy)
            cpu["server_cpu"] = server_cpu(pg) - server0
            cpu["load"] = (load0 + os.getloadavg()[0]) / 2
            every = cpu["worker_cpu_sum"] + cpu["driver_cpu"] + cpu["server_cpu"]
            cpu["queued"] = max(queued) if queued else 0.0
            cpu["asleep"] = max(
                (wall - r - q for r, q in zip(ran, queued, strict=True)), default=0.0
            )
            cpu["cpu_time"] = max(cpu["worker_cpu_max"], every / (os.cpu_count() or 1))
    if workers is None:
        wall = time.perf_counter() - t1
        cpu = {}
    assert summary.ingested == n, summary.as_dict()
    return {"wall": wall, "rate": n / wall, "start": start, "peak_mb": mem.stop(), **cpu}


def warm_worker(folder: str, dask_worker: Any) -> int:
    """Run on every worker: its pipeline analyses the warm-up articles once, so lazily
    loaded resources (per-language data, automata) are in place before the clock starts."""
    from diplograph import Rejection
    from diplograph._readers import read_inputs

    pipeline = dask_worker.diplograph_pipeline
    done = 0
    for raw in read_inputs([folder], pipeline.resources.options):
        if not isinstance(raw, Rejection):
            pipeline.process(raw)
            done += 1
    return done


def schedstat() -> tuple[float, float]:
    """Seconds the calling process's threads ran and waited in the run queue
    (``/proc/self/task/*/schedstat``; zeros where there is no /proc)."""
    ran = queued = 0.0
    for f in Path("/proc/self/task").glob("*/schedstat"):
        try:
            a, b, _ = f.read_text().split()
        except (OSError, ValueError):
            continue
        ran += int(a) / 1e9
        queued += int(b) / 1e9
    return ran, queued


def cpu_seconds() -> float:
    """CPU seconds of the calling process (run on each worker through ``client.run``)."""
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def analysed_documents(folder: Path, n: int) -> list[object]:
    """``n`` analysed documents (in this process), for measuring store writes alone."""
    from diplograph import Rejection, Resources
    from diplograph._pipeline import Pipeline
    from diplograph._readers import read_inputs

    res = Resources()
    pipeline = Pipeline(res)
    docs: list[object] = []
    for raw in read_inputs([str(folder)], res.options):
        if len(docs) >= n:
            break
        if not isinstance(raw, Rejection):
            doc = pipeline.process(raw)
            if not isinstance(doc, Rejection):
                docs.append(doc)
    return docs


def store_write_rate(docs: list[object], db: str, copies: int = 5) -> float:
    """Documents/second the driver alone commits in batches of 50 (prepared rows, as the
    Dask workers send them: analysis and row preparation excluded)."""
    import copy

    from diplograph.store import open_store, prepare_document

    batch = []
    for k in range(copies):
        for d in docs:
            c = copy.copy(d)
            c.doc_id = f"{d.doc_id}-{k}"
            batch.append(prepare_document(c))  # type: ignore[arg-type]
    with open_store(db) as dst:
        t0 = time.perf_counter()
        for i in range(0, len(batch), 50):
            with dst.transaction():
                dst.add_documents(batch[i : i + 50])
        return len(batch) / (time.perf_counter() - t0)


def clustering_cost(sizes: list[int]) -> list[tuple[int, float]]:
    """Seconds to cluster N synthetic reports (bench_clustering's generator)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_clustering import generate  # type: ignore[import-not-found]
    from diplograph import Options
    from diplograph._clustering import cluster

    out = []
    for n in sizes:
        reports, _ = generate(n)
        t0 = time.perf_counter()
        cluster(reports, Options())
        out.append((n, time.perf_counter() - t0))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="generated articles")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    ap.add_argument("--single", action="store_true", help="also the plain single-process ingest")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each mode, alternated")
    ap.add_argument("--cluster-reports", type=int, nargs="*", default=[])
    ap.add_argument("--store-writes", type=int, default=0, help="analysed docs to re-insert")
    args = ap.parse_args()
    pg = None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gen"
        warm = Path(tmp) / "warm"
        write_articles(folder, args.n)
        write_articles(warm, 20, seed=99)
        if "postgresql" in args.backends:
            from tests.pg_server import PgServer, pg_bindir

            bindir = pg_bindir()
            if bindir is None:
                raise SystemExit("no PostgreSQL installed")
            pg = PgServer(bindir)

        def new_db(backend: str) -> str:
            if backend == "sqlite":
                return str(Path(tempfile.mkdtemp(dir=tmp)) / "b.db")
            assert pg is not None
            return str(pg.new_database())

        best: dict[tuple[str, int], dict[str, Any]] = {}
        try:
            for _ in range(args.repeat):
                for backend in args.backends:
                    modes: list[int | None] = [None] if args.single else []
                    modes += list(args.workers)
                    for workers in modes:
                        r = timed_ingest(
                            folder, warm, new_db(backend), new_db(backend), workers, args.n, pg
                        )
                        if workers:
                            mine = best.setdefault((backend, workers), {"rate": 0.0})
                            mine["rate"] = max(mine["rate"], r["rate"])
                            mine["cpu_rate"] = max(
                                mine.get("cpu_rate", 0.0), args.n / r["cpu_time"]
                            )
                            mine.setdefault("loads", []).append(r["load"])
                        label = f"{workers} worker(s)" if workers else "single process"
                        print(
                            f"{backend:10s} {label:16s} {r['rate']:6.1f} documents/s"
                            f" ({args.n} in {r['wall']:.1f} s; start-up and warm-up"
                            f" {r['start']:.1f} s), peak RSS {r['peak_mb']:.0f} MB"
                            " (driver + workers)",
                            flush=True,
                        )
                        if "worker_cpu_max" in r:
                            # On a shared machine wall time hides the split; CPU time shows it:
                            # the busiest worker's CPU seconds bound the run on free cores.
                            busiest, total = r["worker_cpu_max"], r["worker_cpu_sum"]
                            print(
                                f"{'':27s} CPU s: busiest worker {busiest:.1f},"
                                f" all workers {total:.1f}, driver {r['driver_cpu']:.1f},"
                                f" server {r['server_cpu']:.1f} -> {args.n / r['cpu_time']:.1f}"
                                f" documents/s on {os.cpu_count()} free cores"
                                f" (load average {r['load']:.1f})",
                                flush=True,
                            )
                            print(
                                f"{'':27s} wall s of the most delayed worker: waiting for a"
                                f" CPU {r['queued']:.1f}, asleep {r['asleep']:.1f}"
                                f" (of {r['wall']:.1f})",
                                flush=True,
                            )
            for backend in args.backends:
                one, two = best.get((backend, 1)), best.get((backend, 2))
                if one and two:
                    loads = [x for m in (one, two) for x in m["loads"]]
                    print(
                        f"{backend:10s} best of {args.repeat}: 1 worker {one['rate']:.1f},"
                        f" 2 workers {two['rate']:.1f} documents/s, ratio"
                        f" {two['rate'] / one['rate']:.2f} (wall clock);"
                        f" by CPU time {one['cpu_rate']:.1f} -> {two['cpu_rate']:.1f},"
                        f" ratio {two['cpu_rate'] / one['cpu_rate']:.2f}"
                        f" (load average {min(loads):.1f}-{max(loads):.1f})",
                        flush=True,
                    )
            if args.store_writes:
                docs = analysed_documents(folder, args.store_writes)
                for backend in args.backends:
                    rate = store_write_rate(docs, new_db(backend))
                    print(f"{backend:10s} store writes     {rate:6.0f} documents/s (driver alone)")
        finally:
            if pg is not None:
                pg.stop()
    for n, sec in clustering_cost(args.cluster_reports):
        print(f"clustering {n:>9,} reports {sec:7.2f} s", flush=True)


if __name__ == "__main__":
    main()
