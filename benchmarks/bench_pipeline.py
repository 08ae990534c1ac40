"""Whole-pipeline throughput on one core: documents/second and peak memory.

    python benchmarks/bench_pipeline.py [--n 2000] [--repeat-sample 10] [--real .real]

A benchmark, never a timed test: it prints figures for BENCHMARKS.md.
Articles are the generated ~3 KB ones (tests/synth), the bundled sample corpus
repeated and, when the folder exists, the real development texts (never committed),
read from disk by the real readers.

Documents/second is printed twice: by wall clock and by the process's CPU time. On a
shared machine (other jobs on the same core) only the CPU figure is comparable between
runs; the load average is printed with it, and the interpreter (its build matters).
Startup is measured as the whole command ``diplograph extract ONE_ARTICLE`` in a fresh
process (warm gazetteer cache).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diplograph import Rejection, Resources  # noqa: E402
from diplograph._pipeline import Pipeline  # noqa: E402
from diplograph._readers import read_inputs  # noqa: E402
from diplograph._runner import analyse  # noqa: E402
from tests.synth import write_articles  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def resident_mb() -> tuple[float, float] | None:
    """Resident memory now: (anonymous, file-mapped) MB, from /proc (None elsewhere).

    Why both: peak RSS counts the pages of memory-mapped dictionary files (Sudachi's and
    UniDic's, for Japanese) that are resident in the process, and how many are varies between
    two installs of the very same files (the kernel's readahead and page cache). The same
    code in two virtual environments was seen at 617 and 741 MB peak with the same anonymous
    memory (435 MB) and 149 against 264 MB of those three dictionaries' pages, which are
    shared and can be dropped by the kernel at any time (BENCHMARKS.md, "Peak memory and
    mapped dictionaries").
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            kb = {
                k: int(v.split()[0])
                for k, v in (line.split(":", 1) for line in fh)
                if k in ("RssAnon", "RssFile")
            }
    except (OSError, ValueError):
        return None
    if len(kb) != 2:
        return None
    return kb["RssAnon"] / 1024, kb["RssFile"] / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="generated articles")
    ap.add_argument("--repeat-sample", type=int, default=10, help="times to add the sample corpus")
    ap.add_argument("--real", default=str(ROOT / ".real"), help="real texts folder, if present")
    ap.add_argument("--repeat-real", type=int, default=5, help="times to add the real texts")
    args = ap.parse_args()
    load_before = os.getloadavg()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gen"
        write_articles(folder, args.n)
        sample = ROOT / "src" / "diplograph" / "sample" / "articles"
        paths = [str(folder)] + [str(sample)] * args.repeat_sample
        if Path(args.real).is_dir():
            paths += [args.real] * args.repeat_real
        t0 = time.perf_counter()
        res = Resources()
        pipeline = Pipeline(res)
        _ = res.gazetteer
        warm = time.perf_counter() - t0
        raws = [r for r in read_inputs(paths, res.options) if not isinstance(r, Rejection)]
        size = sum(len(r.content.encode()) for r in raws) / max(1, len(raws))
        t1 = time.perf_counter()
        c1 = time.process_time()
        docs = events = 0
        # The runner's loop (what `extract` runs): its garbage collector pace is part of it.
        for out in analyse(raws, pipeline):
            if not isinstance(out, Rejection):
                docs += 1
                events += len(out.events)
        dt = time.perf_counter() - t1
        cpu = time.process_time() - c1
        first = startup(sample)
        resident = resident_mb()
    load_after = os.getloadavg()
    print(f"documents            {docs} (mean {size / 1024:.1f} KB), events {events}")
    print(f"startup in process   {warm:.2f} s (registry, gazetteer, stages)")
    print(f"first document       {first[0]:.2f} s wall, {first[1]:.2f} s CPU (whole command)")
    print(f"pipeline (wall)      {dt:.2f} s -> {docs / dt:.1f} documents/second on one core")
    print(f"pipeline (CPU)       {cpu:.2f} s -> {docs / cpu:.1f} documents/second on one core")
    print(f"peak RSS             {peak_rss_mb():.0f} MB")
    if resident is not None:
        anon, mapped = resident
        print(
            f"resident at the end  {anon:.0f} MB own, {mapped:.0f} MB mapped files (dictionaries)"
        )
    print(f"load average         {load_before[0]:.1f} before, {load_after[0]:.1f} after (2 cores)")
    # The interpreter's build moves these figures by ~1.2x (BENCHMARKS.md, "Interpreter builds").
    print(f"interpreter          {os.path.realpath(sys.executable)} {sys.version.split()[0]}")


def startup(sample: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``diplograph extract`` over one article in a new process."""
    article = next(iter(sorted((sample / "en").glob("*.txt"))))
    exe = Path(sys.executable).with_name("diplograph")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(
        [str(exe), "extract", str(article), "--output", os.devnull, "--quiet"], check=True
    )
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


if __name__ == "__main__":
    main()
