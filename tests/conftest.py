"""Shared fixtures: the bundled sample corpus, ../shared when present, a CLI runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "src" / "diplograph" / "sample" / "articles"

# The compiled-gazetteer cache goes to a throwaway folder, never the user's home; the
# CLI subprocesses inherit it, so the suite builds the gazetteer once and reuses it.
if "DIPLOGRAPH_CACHE_DIR" not in os.environ:
    os.environ["DIPLOGRAPH_CACHE_DIR"] = tempfile.mkdtemp(prefix="diplograph-test-cache-")
    _OWN_CACHE = True
else:
    _OWN_CACHE = False


@pytest.fixture(scope="session")
def stage() -> Any:
    """The events stage over the default resources, shared by the event test files (a test
    file that needs other options defines its own ``stage``)."""
    from diplograph._events import EventStage
    from diplograph._resources import Resources

    return EventStage(Resources())


@pytest.fixture(scope="session")
def pipeline() -> Any:
    """The whole pipeline over the default resources, shared like ``stage``."""
    from diplograph._pipeline import Pipeline
    from diplograph._resources import Resources

    return Pipeline(Resources())


@pytest.fixture(scope="session", autouse=True)
def _remove_test_cache() -> Iterator[None]:
    yield
    if _OWN_CACHE:
        shutil.rmtree(os.environ["DIPLOGRAPH_CACHE_DIR"], ignore_errors=True)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip only when it is absent."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


def run_cli(
    *args: str, input_bytes: bytes | None = None, cwd: Path | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run the real ``diplograph`` entry point in a subprocess (exit codes are part of the API)."""
    env = dict(os.environ, PYTHONWARNINGS="error", COLUMNS="200")
    proc = subprocess.run(
        [sys.executable, "-m", "diplograph.cli", *args],
        input=input_bytes,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A PostgreSQL server for the session; skips only when PostgreSQL is not installed."""
    from tests.pg_server import PgServer, pg_bindir

    bindir = pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL (initdb) is not installed; .ci/run installs it")
    server = PgServer(bindir)
    yield server
    server.stop()


def new_store_location(request: pytest.FixtureRequest, backend: str, folder: Path) -> str:
    """Where a fresh store goes: a SQLite file in ``folder`` or a new database on the
    session's PostgreSQL server (one server for the whole session)."""
    if backend == "sqlite":
        return str(folder / "store.db")
    server = request.getfixturevalue("pg_server")
    return str(server.new_database())  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgresql"])
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store location for each backend: a SQLite file or a PostgreSQL database URL."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    server = request.getfixturevalue("pg_server")
    return str(server.new_database())  # type: ignore[attr-defined]
