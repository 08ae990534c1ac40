"""Web workbench latency under load: search and the event page at 20 concurrent clients.

    python benchmarks/bench_web.py [--docs 100000] [--clients 20] [--seconds 20] [--workers 2]

Builds (once, then reuses) a store of generated documents inserted directly
through ``Store.add_document`` (no NLP pipeline: the point is the serving
path), starts the real ``diplograph serve`` on a free loopback port, and
drives it with N concurrent keep-alive HTTP/1.1 clients, each sending its next
request as soon as the last one is answered (closed loop, no think time).
Every phase is bounded in time and in request count. Prints p50/p95/p99 per
endpoint and requests/second. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from diplograph import Document, Event, Evidence, Participant, Place  # noqa: E402
from diplograph._models import SECTORS  # noqa: E402
from diplograph.store import Store  # noqa: E402

REGIONS = {
    "RU-KLU": "Kaluga",
    "RU-PRI": "Primorsky",
    "RU-TA": "Tatarstan",
    "RU-SVE": "Sverdlovsk",
    "RU-IRK": "Irkutsk",
    "RU-ULY": "Ulyanovsk",
    "RU-ORE": "Orenburg",
    "RU-SPE": "Saint Petersburg",
    "RU-MOW": "Moscow",
    "RU-NVS": "Novosibirsk",
    "VN-HN": "Hanoi",
    "VN-SG": "Ho Chi Minh City",
    "VN-DN": "Da Nang",
    "VN-HP": "Hai Phong",
    "VN-13": "Quang Ninh",
    "VN-40": "Binh Thuan",
    "VN-22": "Nghe An",
    "VN-34": "Khanh Hoa",
    "FR-IDF": "Ile-de-France",
    "FR-OCC": "Occitanie",
    "DE-SN": "Saxony",
    "DE-TH": "Thuringia",
    "CN-HB": "Hubei",
    "JP-40": "Fukuoka",
    "ES-AN": "Andalusia",
    "MX-JAL": "Jalisco",
    "KZ-AKT": "Aktobe",
    "BY-VI": "Vitebsk",
}
FIRST = ("Ivan", "Oleg", "Anna", "Nguyen", "Tran", "Le", "Pierre", "Maria", "Hans", "Sergei")
LAST = ("Petrov", "Kornilov", "Van Thanh", "Minh Quan", "Dubois", "Schmidt", "Orlova", "Thi Mai")
FILLER = (
    "The delegations reviewed the results of earlier agreements and set out a plan for the "
    "next two years, including exchanges of students, trade missions and joint exhibitions. "
    "Officials noted that direct flights and simpler visa procedures would help tourism, and "
    "that local companies are interested in logistics centres, food processing and machinery. "
    "Both sides agreed to meet again next year and to report on progress to their governments."
)


def generate(db: Path, n_docs: int, seed: int = 7) -> None:
    """``n_docs`` documents; each event is reported by 1-3 of them (shared event id)."""
    rng = random.Random(seed)
    codes = list(REGIONS)
    people = [f"{f} {ln}" for f in FIRST for ln in LAST]
    start = date(2015, 1, 1)
    made = 0
    event_no = 0
    t0 = time.perf_counter()
    with Store(db) as store:
        while made < n_docs:
            with store.transaction():
                assignments: dict[tuple[str, str], str] = {}
                batch_end = min(n_docs, made + 2000)
                while made < batch_end:
                    event_no += 1
                    a, b = rng.sample(codes, 2)
                    day = start + timedelta(days=rng.randrange(3800))
                    who = rng.sample(people, 2)
                    sectors = sorted(rng.sample(SECTORS, 2))
                    typ = rng.choice(("meeting", "meeting", "visit", "agreement", "forum"))
                    for rep in range(min(rng.choice((1, 1, 2, 3)), batch_end - made)):
                        made += 1
                        lead = (
                            f"Governor {who[0]} of {REGIONS[a]} met Chairman {who[1]} of "
                            f"{REGIONS[b]} on {day.isoformat()} to discuss {sectors[0]} and "
                            f"{sectors[1].replace('_', ' ')}."
                        )
                        text = f"{lead} Report {made} of event {event_no}. {FILLER}"
                        doc = Document(
                            doc_id=f"d{made:07d}",
                            source=f"bench/{made}.txt",
                            text=text,
                            title=f"{REGIONS[a]} and {REGIONS[b]} talks ({made})",
                            lang=rng.choice(("en", "ru", "vi", "fr", "de", "es")),
                            published=(day + timedelta(days=rep)).isoformat(),
                            regions_mentioned=[a, b],
                        )
                        doc.events.append(
                            Event(
                                type=typ,
                                date=day.isoformat() if rng.random() < 0.7 else None,
                                place=Place(b[:2], b, None),
                                participants=[
                                    Participant(who[0], "Governor", a[:2], a, f"p:{who[0]}"),
                                    Participant(who[1], "Chairman", b[:2], b, f"p:{who[1]}"),
                                ],
                                regions=[a, b],
                                sectors=sectors,
                                evidence=[Evidence(0, len(lead), lead)],
                                confidence=0.9,
                                rules=["bench:generated"],
                                local_id="e1",
                            )
                        )
                        store.add_document(doc)
                        assignments[(doc.doc_id, "e1")] = f"ev-{event_no:08x}"
                store.set_event_ids(assignments)
            print(f"  generated {made:,} documents ({time.perf_counter() - t0:.0f} s)", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _client(
    port: int,
    paths: list[str],
    deadline: float,
    budget: list[int],
    out: list[float],
    errors: list[str],
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    rng = random.Random(id(out) ^ len(out))
    try:
        while time.monotonic() < deadline and budget[0] > 0:
            budget[0] -= 1
            path = rng.choice(paths)
            t = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            chunked = False
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
                elif name.lower() == b"transfer-encoding" and b"chunked" in value.lower():
                    chunked = True
            if chunked:
                while True:
                    size = int((await reader.readuntil(b"\r\n")).strip(), 16)
                    await reader.readexactly(size + 2)
                    if size == 0:
                        break
            else:
                await reader.readexactly(length)
            out.append(time.perf_counter() - t)
            if status != 200:
                errors.append(f"{status} {path}")
    finally:
        writer.close()


async def load(
    port: int, paths: list[str], clients: int, seconds: float, max_requests: int
) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    budget = [max_requests]
    t0 = time.monotonic()
    await asyncio.gather(
        *(_client(port, paths, t0 + seconds, budget, latencies, errors) for _ in range(clients))
    )
    return latencies, errors, time.monotonic() - t0


def connections_per_process(server_pid: int, port: int) -> list[int]:
    """How many of the established connections on ``port`` each server process holds.

    Linux only (reads /proc); an empty list elsewhere. Printed with the results
    because the split between worker processes moves p95 more than anything else.
    """
    try:
        live = set()
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "01" and int(fields[1].split(":")[1], 16) == port:
                live.add(fields[9])
        kids = Path(f"/proc/{server_pid}/task/{server_pid}/children").read_text().split()
        counts = []
        for pid in [str(server_pid), *kids]:
            held = 0
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                held += target.startswith("socket:[") and target[8:-1] in live
            if held:
                counts.append(held)
        return sorted(counts, reverse=True)
    except OSError:
        return []


async def load_and_split(
    port: int, server_pid: int, paths: list[str], clients: int, seconds: float, max_requests: int
) -> tuple[list[float], list[str], float, list[int]]:
    task = asyncio.ensure_future(load(port, paths, clients, seconds, max_requests))
    await asyncio.sleep(min(1.0, seconds / 2))
    split = await asyncio.to_thread(connections_per_process, server_pid, port)
    latencies, errors, took = await task
    return latencies, errors, took, split


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--db", default=str(ROOT / "build" / "bench-web.db"))
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--max-requests", type=int, default=200_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--only", default="", help="run only endpoints whose name contains this (e.g. search)"
    )
    args = ap.parse_args()

    db = Path(args.db)
    have = 0
    if db.exists():
        with Store(db) as store:
            have = store.count_documents()
    if have != args.docs:
        for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            p.unlink(missing_ok=True)
        print(f"generating {args.docs:,} documents into {db}")
        generate(db, args.docs)
    with Store(db) as store:
        event_ids = [
            r[0]
            for r in store.conn.execute(
                "SELECT event_id FROM events GROUP BY event_id HAVING count(*) >= 2"
                " ORDER BY random() LIMIT 2000"
            )
        ]
        stats = store.stats()
    print(f"store: {stats['documents']:,} documents, {stats['events']:,} events")

    words = [*REGIONS.values(), *LAST, "tourism", "trade", "logistics centres", "agreement"]
    rng = random.Random(3)
    queries = sorted({" ".join(rng.sample(words, rng.choice((1, 2)))) for _ in range(300)})
    port = free_port()
    env = dict(os.environ)
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "diplograph.cli", "serve", "--db", str(db)),
            *("--port", str(port), "--quiet", "--workers", str(args.workers)),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
                    json.loads(r.read())
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("server did not start") from None
                time.sleep(0.3)
        phases = {
            "search API  GET /api/documents?q=": [f"/api/documents?q={quote(q)}" for q in queries],
            "search page GET /search?q=": [f"/search?q={quote(q)}" for q in queries],
            "event page  GET /events/{id}": [f"/events/{quote(e)}" for e in event_ids],
            "event API   GET /api/events/{id}": [f"/api/events/{quote(e)}" for e in event_ids],
        }
        # warm-up: page caches, SQLite caches, imports in every worker
        asyncio.run(load(port, [p for ps in phases.values() for p in ps[:40]], 4, 5, 400))
        print(
            f"\n{args.clients} concurrent clients, {args.seconds:.0f} s per endpoint, "
            f"{args.workers} server worker(s), loopback\n"
        )
        print(
            f"{'endpoint':36} {'requests':>9} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7}"
            f" {'p99 ms':>7}  connections per server process"
        )
        for name, paths in phases.items():
            if args.only not in name:
                continue
            lat, errors, took, split = asyncio.run(
                load_and_split(
                    port, server.pid, paths, args.clients, args.seconds, args.max_requests
                )
            )
            print(
                f"{name:36} {len(lat):>9,} {len(lat) / took:>7.0f} {pct(lat, 50):>7.1f} "
                f"{pct(lat, 95):>7.1f} {pct(lat, 99):>7.1f}  {'/'.join(map(str, split)) or '?'}"
                + (f"  errors {len(errors)} e.g. {errors[0]}" if errors else "")
            )
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
