"""Search cost per query in one process: literal against expanded (issue 15).

    python benchmarks/bench_search.py [--db build/bench-web.db] [--queries 120] [--passes 2]

Runs the web benchmark's query mix (region names, surnames, sector words; the
store bench_web.py builds) through ``Catalog.search_documents`` on one thread,
alternating literal and expanded passes, and prints the mean and p95 per query,
queries/second and peak memory. Unlike bench_web.py it measures the code, not the
HTTP stack under concurrency, so it stays meaningful on a busy shared machine.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_web  # noqa: E402
from diplograph.web._catalog import Catalog, Filters  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", default=str(ROOT / "build" / "bench-web.db"))
    ap.add_argument("--queries", type=int, default=120)
    ap.add_argument("--passes", type=int, default=2)
    args = ap.parse_args()
    if not Path(args.db).exists():
        raise SystemExit(f"no store at {args.db}: run benchmarks/bench_web.py once to build it")
    words = [*bench_web.REGIONS.values(), *bench_web.LAST, "tourism", "trade", "agreement"]
    rng = random.Random(3)
    queries = sorted({" ".join(rng.sample(words, rng.choice((1, 2)))) for _ in range(300)})
    queries = queries[: args.queries]
    catalog = Catalog(args.db)
    catalog.warm()
    for q in queries:  # warm: page cache, parsed queries, presence of spellings
        catalog.search_documents(q, Filters(), 20, 0)
        catalog.search_documents(q, Filters(), 20, 0, literal=True)
    print(f"{len(queries)} queries, {args.passes} passes each, one thread")
    print(f"{'search':10} {'mean ms':>8} {'p95 ms':>8} {'queries/s':>10}")
    for _ in range(args.passes):
        for literal in (True, False):
            took = []
            for q in queries:
                t0 = time.perf_counter()
                catalog.search_documents(q, Filters(), 20, 0, literal=literal)
                took.append((time.perf_counter() - t0) * 1000)
            took.sort()
            mean = sum(took) / len(took)
            p95 = took[int(0.95 * (len(took) - 1))]
            name = "literal" if literal else "expanded"
            print(f"{name:10} {mean:8.1f} {p95:8.1f} {1000 / mean:10.0f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
