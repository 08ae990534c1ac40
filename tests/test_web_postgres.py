"""``serve --workers 2`` over a PostgreSQL store while ``ingest`` writes into it.

The shared-server case the PostgreSQL store exists for: analysts read through
several serving processes while a crawl is being ingested. Every request must
answer (no lock waits turning into errors, no half-written document visible),
the document count seen by readers must only grow, and once the ingest has
finished its documents must be searchable through the same running server (the
read model's cache follows the server's commits). Real server, real processes.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from .conftest import new_store_location
from .synth import write_articles
from .test_web_workers import children, free_port
from .web_fixtures import build_store

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="/proc needed to see the serving workers"
)
ARTICLES = 80


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as r:
        assert r.status == 200
        return json.loads(r.read())


def test_serve_workers_read_while_ingest_writes(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    db = str(build_store(new_store_location(request, "postgresql", tmp_path)))
    write_articles(tmp_path / "crawl", ARTICLES, seed=23)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve = subprocess.Popen(
        [
            *(sys.executable, "-m", "diplograph.cli", "serve", "--db", db),
            *("--port", str(port), "--workers", "2", "--quiet"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    ingest: subprocess.Popen[bytes] | None = None
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if get_json(f"{base}/api/health") and len(children(serve.pid)) == 2:
                    break
            except OSError:
                pass
            if serve.poll() is not None or time.monotonic() > deadline:
                assert serve.stderr is not None
                pytest.fail(f"serve did not start: {serve.stderr.read().decode()}")
            time.sleep(0.2)
        assert get_json(f"{base}/api/stats")["documents"] == 5
        ingest = subprocess.Popen(
            [
                *(sys.executable, "-m", "diplograph.cli", "ingest", str(tmp_path / "crawl")),
                *("--db", db, "--quiet"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        batches: list[list[int]] = []
        query = urllib.parse.urlencode({"q": "cooperation", "limit": 5})

        def read(_: int) -> int:
            docs = int(get_json(f"{base}/api/stats")["documents"])
            get_json(f"{base}/api/documents?{query}")
            get_json(f"{base}/api/events?limit=5")
            return docs

        with ThreadPoolExecutor(4) as pool:  # concurrent connections reach both workers
            while ingest.poll() is None and time.monotonic() < deadline + 600:
                batches.append(list(pool.map(read, range(4))))
        assert ingest.returncode in (0, 1), ingest.stderr.read() if ingest.stderr else ""
        final = get_json(f"{base}/api/stats")["documents"]
        assert final == 5 + ARTICLES
        assert len(batches) >= 2  # the readers were answered while the ingest ran
        # A batch starts after the previous one has ended: its counts cannot be lower.
        for before, after in itertools.pairwise(batches):
            assert min(after) >= max(before), batches
        assert all(5 <= n <= final for b in batches for n in b)
        # The new documents are searchable through the same running server.
        article = next((tmp_path / "crawl").iterdir()).read_text("utf-8")
        word = max((w for w in article.split()[:60] if w.isalpha()), key=len)
        hits = get_json(f"{base}/api/documents?" + urllib.parse.urlencode({"q": word}))
        assert hits["total"] >= 1, word
        assert serve.poll() is None  # still serving
    finally:
        for proc in (ingest, serve):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)
            if proc is not None and proc.stderr is not None:
                proc.stderr.close()
