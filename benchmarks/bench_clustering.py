"""Event clustering cost at 10k, 100k and 1M generated event mentions, on one core.

    python benchmarks/bench_clustering.py [--sizes 10000 100000 1000000]

Generated mentions model a real stream: events over ten years, each reported
1-6 times by documents published 0-2 days after it, half of the reports
without an event date, people drawn from a large pool with a few busy
officials, acting regions drawn from ~150 codes with hubs. It prints
mentions/second, events found, pairwise precision/recall against the
generating truth, and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from diplograph import Options
from diplograph._clustering import Report, cluster

TYPES = ("meeting", "meeting", "meeting", "visit", "agreement", "forum", "ceremony", "award")


def generate(n: int, seed: int = 11) -> tuple[list[Report], dict[str, int]]:
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    people_pool = max(1000, n // 5)
    regions = [f"R{i:03d}" for i in range(150)]
    reports: list[Report] = []
    truth: dict[str, int] = {}
    event = 0
    while len(reports) < n:
        event += 1
        day = start + timedelta(days=rng.randrange(3650))
        typ = rng.choice(TYPES)
        busy = rng.random() < 0.2
        people = {f"p{rng.randrange(50) if busy else rng.randrange(people_pool)}"}
        people.add(f"p{rng.randrange(people_pool)}")
        regs = {regions[min(int(rng.paretovariate(1.2)) - 1, 149)], rng.choice(regions)}
        for k in range(rng.randrange(1, 7)):
            if len(reports) >= n:
                break
            doc = f"d{event}-{k}"
            dated = rng.random() < 0.5
            ps = people if rng.random() < 0.8 else set(list(people)[:1])
            rep = Report(
                doc_id=doc,
                local_id="e1",
                type=typ,
                date=day if dated else None,
                published=day + timedelta(days=rng.randrange(3)),
                people=frozenset(ps),
                regions=frozenset(regs),
            )
            reports.append(rep)
            truth[rep.key] = event
    return reports, truth


def pairwise(
    ids: dict[str, str], truth: dict[str, int], sample: int = 20000
) -> tuple[float, float]:
    by_event: dict[int, list[str]] = {}
    for k, ev in truth.items():
        by_event.setdefault(ev, []).append(k)
    by_id: dict[str, list[str]] = {}
    for k, eid in ids.items():
        by_id.setdefault(eid, []).append(k)
    tp = fp = fn = 0
    for members in list(by_id.values())[:sample]:
        for a, b in combinations(members, 2):
            if truth[a] == truth[b]:
                tp += 1
            else:
                fp += 1
    for members in list(by_event.values())[:sample]:
        for a, b in combinations(members, 2):
            if ids[a] != ids[b]:
                fn += 1
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    opts = Options()
    print(
        f"{'mentions':>10} {'seconds':>8} {'mentions/s':>11} {'events':>8} "
        f"{'P':>6} {'R':>6} {'peak RSS MB':>12}"
    )
    for n in args.sizes:
        reports, truth = generate(n)
        t = time.perf_counter()
        result = cluster(reports, opts)
        dt = time.perf_counter() - t
        p, r = pairwise(result.ids, truth)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{n:>10} {dt:>8.1f} {n / dt:>11.0f} {len(set(result.ids.values())):>8} "
            f"{p:>6.3f} {r:>6.3f} {rss:>12.0f}"
        )


if __name__ == "__main__":
    main()
