"""Whole-pipeline throughput on one core: documents/second and peak memory.

    python benchmarks/bench_pipeline.py [--n 2000] [--repeat-sample 10]

A benchmark, never a timed test: it prints figures for BENCHMARKS.md.
Articles are the generated ~3 KB ones (tests/synth) plus the bundled sample
corpus repeated, read from disk by the real readers.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diplograph import Rejection, Resources  # noqa: E402
from diplograph._pipeline import Pipeline  # noqa: E402
from diplograph._readers import read_inputs  # noqa: E402
from tests.synth import write_articles  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="generated articles")
    ap.add_argument("--repeat-sample", type=int, default=10, help="times to add the sample corpus")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gen"
        write_articles(folder, args.n)
        sample = ROOT / "src" / "diplograph" / "sample" / "articles"
        paths = [str(folder)] + [str(sample)] * args.repeat_sample
        t0 = time.perf_counter()
        res = Resources()
        pipeline = Pipeline(res)
        _ = res.gazetteer
        warm = time.perf_counter() - t0
        raws = [r for r in read_inputs(paths, res.options) if not isinstance(r, Rejection)]
        size = sum(len(r.content.encode()) for r in raws) / max(1, len(raws))
        t1 = time.perf_counter()
        docs = events = 0
        for raw in raws:
            out = pipeline.process(raw)
            if not isinstance(out, Rejection):
                docs += 1
                events += len(out.events)
        dt = time.perf_counter() - t1
    print(f"documents            {docs} (mean {size / 1024:.1f} KB), events {events}")
    print(f"startup              {warm:.2f} s (registry, gazetteer, stages)")
    print(f"pipeline             {dt:.2f} s -> {docs / dt:.1f} documents/second on one core")
    print(f"peak RSS             {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
