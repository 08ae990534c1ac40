"""The API does what its OpenAPI document says: schemathesis ``--checks all`` finds nothing.

The real ``diplograph serve`` runs over the hand-made sample store
(tests/web_fixtures.py) on a free loopback port; schemathesis (a pinned dev
dependency) runs in a subprocess with a fixed seed and a bounded number of
examples per operation, so the run is reproducible and takes seconds.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from diplograph._models import EVENT_TYPES, SECTORS
from diplograph.web import create_app
from tests.web_fixtures import build_store

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
MAX_EXAMPLES = 25
SEED = 20260601


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("contract") / "web.db")


@pytest.fixture(scope="module")
def served(db: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "diplograph.cli", "serve", "--db", str(db)),
            *("--port", str(port), "--quiet"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/health", timeout=5) as r:
                    json.loads(r.read())
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    assert proc.stderr is not None
                    pytest.fail(f"serve did not start: {proc.stderr.read().decode()}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
        assert proc.stderr is not None
        proc.stderr.close()


@pytest.mark.skipif(not SCHEMATHESIS.exists(), reason="schemathesis (dev extra) not installed")
def test_schemathesis_finds_no_failure(served: str, tmp_path: Path) -> None:
    env = dict(os.environ, HOME=str(tmp_path), NO_COLOR="1", PYTHONWARNINGS="ignore")
    proc = subprocess.run(
        [
            str(SCHEMATHESIS),
            "run",
            f"{served}/api/openapi.json",
            "--checks",
            "all",
            "--max-examples",
            str(MAX_EXAMPLES),
            "--seed",
            str(SEED),
            "--generation-deterministic",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=540,
        check=False,
    )
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report[-6000:]
    assert "failure" not in report.split("SUMMARY")[-1].lower(), report[-3000:]
    shutil.rmtree(tmp_path / ".schemathesis", ignore_errors=True)


@pytest.fixture(scope="module")
def spec(db: Path) -> dict[str, Any]:
    with TestClient(create_app(db, preload_gazetteer=False)) as client:
        data: dict[str, Any] = client.get("/api/openapi.json").json()
    return data


def _param(spec: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    for p in spec["paths"][path]["get"]["parameters"]:
        if p["name"] == name:
            schema: dict[str, Any] = p["schema"]
            return schema
    raise AssertionError(f"{path} has no parameter {name}")


@pytest.mark.parametrize("path", ["/api/documents", "/api/events"])
def test_closed_vocabularies_are_enums(spec: dict[str, Any], path: str) -> None:
    assert _param(spec, path, "type")["enum"] == ["", *EVENT_TYPES]
    assert _param(spec, path, "sector")["enum"] == ["", *SECTORS]
    limit = _param(spec, path, "limit")
    assert (limit["minimum"], limit["maximum"]) == (1, 100)


def test_every_error_is_a_declared_problem_and_422_is_gone(spec: dict[str, Any]) -> None:
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            assert "422" not in op["responses"], (method, path)
            assert "500" in op["responses"], (method, path)
            if "{" in path:
                assert "404" in op["responses"], (method, path)
    upload = spec["paths"]["/api/documents"]["post"]["responses"]
    assert {"201", "400", "401", "403", "413", "503"} <= set(upload)


@pytest.mark.parametrize(
    ("path", "media"),
    [
        ("/api/export/records", {"application/x-ndjson", "text/csv"}),
        ("/api/export/graph", {"application/graphml+xml", "application/json"}),
    ],
)
def test_exports_declare_their_media_types(
    spec: dict[str, Any], path: str, media: set[str]
) -> None:
    assert set(spec["paths"][path]["get"]["responses"]["200"]["content"]) == media


@pytest.mark.parametrize(
    ("path", "allow"),
    [("/api/stats", "GET"), ("/api/documents", "GET, POST")],
)
def test_405_lists_the_allowed_methods(db: Path, path: str, allow: str) -> None:
    with TestClient(create_app(db, preload_gazetteer=False)) as client:
        resp = client.request("TRACE", path)
    assert resp.status_code == 405
    assert resp.headers["allow"] == allow
