"""Shared fixtures: the bundled sample corpus, ../shared when present, a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "src" / "diplograph" / "sample" / "articles"


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
