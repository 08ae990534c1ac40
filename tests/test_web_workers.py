"""``serve --workers N``: one listening socket per process, so connections spread.

The failure these tests guard against: with one shared socket, the first
process to wake accepted every connection of a burst (all 20 of 20 on one of two
workers in half of the trials), doubling latency while the other worker idled.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph import UsageError
from diplograph.web._workers import balanced_workers_supported, bind_socket
from tests.web_fixtures import build_store

pytestmark = pytest.mark.skipif(
    not balanced_workers_supported() or not Path("/proc/self/fd").is_dir(),
    reason="descriptor passing and /proc (to see who holds which connection) needed",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def children(pid: int) -> list[int]:
    """The server worker processes of ``pid`` (not multiprocessing's resource tracker)."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    out = []
    for child in path.read_text().split():
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            out.append(int(child))
    return out


def socket_inodes(pid: int) -> set[str]:
    out = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            out.add(target[8:-1])
    return out


def established_inodes(port: int) -> set[str]:
    """Inodes of the server side of established TCP connections on ``port``."""
    out = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, state, inode = fields[1], fields[3], fields[9]
        if state == "01" and int(local.split(":")[1], 16) == port:
            out.add(inode)
    return out


def get_json(url: str) -> dict[str, object]:
    with urllib.request.urlopen(url, timeout=10) as r:
        data = json.loads(r.read())
    assert isinstance(data, dict)
    return data


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    db = build_store(tmp_path / "web.db")
    port = free_port()
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "diplograph.cli", "serve", "--db", str(db)),
            *("--port", str(port), "--workers", "2", "--quiet"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get_json(f"http://127.0.0.1:{port}/api/health")
                if len(children(proc.pid)) == 2:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                assert proc.stderr is not None
                pytest.fail(f"serve did not start: {proc.stderr.read().decode()}")
            time.sleep(0.2)
        yield proc, port
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        assert proc.stderr is not None
        proc.stderr.close()


def open_connections(port: int, n: int) -> list[socket.socket]:
    conns = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(n)]
    for c in conns:
        c.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    for c in conns:
        assert c.recv(12).startswith(b"HTTP/1.1 200")
    return conns


def held_by_worker(proc: subprocess.Popen[bytes], port: int) -> dict[int, int]:
    live = established_inodes(port)
    return {pid: len(socket_inodes(pid) & live) for pid in children(proc.pid)}


def server_inodes_for(port: int, client_port: int) -> set[str]:
    """Inodes of the server side of the connection from ``client_port``."""
    out = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote, inode = fields[1], fields[2], fields[9]
        if int(local.split(":")[1], 16) == port and int(remote.split(":")[1], 16) == client_port:
            out.add(inode)
    return out


def test_a_burst_of_connections_is_split_evenly(
    served: tuple[subprocess.Popen[bytes], int],
) -> None:
    proc, port = served
    conns = open_connections(port, 40)
    try:
        per_worker = sorted(held_by_worker(proc, port).values())
    finally:
        for c in conns:
            c.close()
    # A shared socket gave all 40 to one worker in about half of the trials, and
    # SO_REUSEPORT's hash split them at random (16/4 of 20 seen).
    assert per_worker == [20, 20]


def test_closed_connections_count_so_new_ones_go_to_the_idle_worker(
    served: tuple[subprocess.Popen[bytes], int],
) -> None:
    proc, port = served
    first = open_connections(port, 10)
    newer: list[socket.socket] = []
    try:
        held = socket_inodes(children(proc.pid)[0])
        mine = [c for c in first if server_inodes_for(port, c.getsockname()[1]) & held]
        assert len(mine) == 5
        for c in mine:
            c.close()
        time.sleep(1.0)  # the worker sees the ends and counts them finished
        newer = open_connections(port, 10)
        now = sorted(held_by_worker(proc, port).values())
    finally:
        for c in [*first, *newer]:
            c.close()
    # 5 left on the other worker + 10 new: least connections gives 8/7 (without
    # counting the closed ones as finished it would give 5 and 10).
    assert now == [7, 8], now


def test_a_killed_worker_is_replaced_and_sigterm_stops_all(
    served: tuple[subprocess.Popen[bytes], int],
) -> None:
    proc, port = served
    first = children(proc.pid)
    os.kill(first[0], signal.SIGKILL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        now = children(proc.pid)
        if len(now) == 2 and first[0] not in now:
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"worker not replaced: {children(proc.pid)}")
    # Every connection is answered, whichever socket the kernel gives it to.
    for _ in range(20):
        assert get_json(f"http://127.0.0.1:{port}/api/health")["read_only"] is True
    workers = children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=40) == 0
    for pid in workers:
        assert (
            not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
        )


def test_a_port_held_by_another_program_is_a_usage_error() -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        with pytest.raises(UsageError, match=f"cannot listen on 127.0.0.1:{port}"):
            bind_socket("127.0.0.1", port)


def test_port_zero_picks_a_free_port() -> None:
    with bind_socket("127.0.0.1", 0) as sock:
        assert sock.getsockname()[1] > 0


def test_ctrl_c_to_the_process_group_stops_quietly(tmp_path: Path) -> None:
    """A terminal's Ctrl+C reaches the parent and every worker: clean exit, no traceback."""
    db = build_store(tmp_path / "web.db")
    port = free_port()
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "diplograph.cli", "serve", "--db", str(db)),
            *("--port", str(port), "--workers", "2", "--quiet"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(children(proc.pid)) < 2 or not _answers(port):
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=40)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert b"Traceback" not in err, err.decode()


def _answers(port: int) -> bool:
    try:
        get_json(f"http://127.0.0.1:{port}/api/health")
    except OSError:
        return False
    return True
