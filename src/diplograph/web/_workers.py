"""Several server processes behind one port, each new connection going to the
process with the fewest open connections.

Why not uvicorn's own ``--workers``: its processes share one listening socket,
and the process that wakes first accepts every connection waiting at that
moment. A burst of keep-alive connections (a browser opening its six, a proxy's
pool, a load test) then often lands on one worker while the other idles: with
20 connections opened together on two workers, all 20 went to one worker in half
of the trials. ``SO_REUSEPORT`` (one socket per worker, the kernel choosing by a
hash of the address pair) only makes the split random: 16/4 still came up, and
with it the search page's p95 latency went from 77 to 120 ms.

So the parent accepts every connection itself and hands the descriptor over a
Unix socket pair (``SCM_RIGHTS``) to the worker with the fewest open connections,
as nginx's ``least_conn`` does. Each worker counts the connections it has
finished in shared memory; the parent counts those it handed out, so the
difference is exact without any message back. A worker that dies is restarted;
connections are only ever given to a live one.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
import socket
import sys
import threading
import time
from multiprocessing.connection import wait
from types import FrameType
from typing import Any

from .._errors import DiplographError, UsageError

__all__ = ["balanced_workers_supported", "bind_socket", "run_workers"]

APP_FACTORY = "diplograph.web._app:app_from_env"
BACKLOG = 2048
# A worker that exits this soon after starting, this many times in a row, is
# failing at startup (a broken database, say): give up instead of looping.
EARLY_EXIT_SECONDS = 5.0
EARLY_EXIT_LIMIT = 3
STOP_GRACE_SECONDS = 30.0
HANDOFF_WAIT_SECONDS = 10.0  # how long a connection may wait for a live worker

log = logging.getLogger("diplograph.web")


def balanced_workers_supported() -> bool:
    """True where descriptors can be passed between processes (not on Windows)."""
    return hasattr(socket, "send_fds") and hasattr(socket, "AF_UNIX")


def bind_socket(host: str, port: int) -> socket.socket:
    """The listening socket the parent accepts on; port 0 picks a free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


# -- the worker side ----------------------------------------------------------------


def _worker(index: int, channel: socket.socket, finished: Any, config: dict[str, Any]) -> None:
    """One server process (started by ``spawn``): uvicorn with no listening socket of
    its own, fed the connections that arrive on ``channel``."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(APP_FACTORY, factory=True, **config))
    factory = server.config.get_loop_factory()
    loop = factory() if factory is not None else asyncio.new_event_loop()
    try:
        loop.run_until_complete(_serve(index, channel, finished, server))
    except KeyboardInterrupt:
        # Ctrl+C reaches every process of the terminal's group; uvicorn shuts down
        # gracefully and then re-raises the signal. Nothing left to report.
        pass
    finally:
        loop.close()


async def _serve(index: int, channel: socket.socket, finished: Any, server: Any) -> None:
    config = server.config
    config.load()
    serving = asyncio.ensure_future(server.serve(sockets=[]))
    while not server.started:
        if serving.done():
            return serving.result()  # startup failed: uvicorn has said why
        await asyncio.sleep(0.01)

    base = config.http_protocol_class

    class Counted(base):  # type: ignore[misc, valid-type]
        def connection_lost(self, exc: Exception | None) -> None:
            try:
                super().connection_lost(exc)
            finally:
                finished[index] += 1

    loop = asyncio.get_running_loop()

    def protocol() -> asyncio.Protocol:
        return Counted(
            config=config,
            server_state=server.server_state,
            app_state=server.lifespan.state,
            _loop=loop,
        )

    adopting: set[asyncio.Task[None]] = set()  # strong references until each is done

    async def adopt(sock: socket.socket) -> None:
        try:
            await loop.connect_accepted_socket(protocol, sock)
        except OSError:  # the client left before we started: count it as finished
            sock.close()
            finished[index] += 1

    def on_readable() -> None:
        while True:
            try:
                msg, fds, _flags, _addr = socket.recv_fds(channel, 16, 64)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                msg, fds = b"", []
            if not msg and not fds:  # the parent is gone: finish what is under way
                loop.remove_reader(channel.fileno())
                server.should_exit = True
                return
            for fd in fds:
                task = loop.create_task(adopt(socket.socket(fileno=fd)))
                adopting.add(task)
                task.add_done_callback(adopting.discard)

    channel.setblocking(False)
    loop.add_reader(channel.fileno(), on_readable)
    try:
        await serving
    finally:
        if not channel._closed:  # type: ignore[attr-defined]
            loop.remove_reader(channel.fileno())
            channel.close()


# -- the parent side ----------------------------------------------------------------


class _Supervisor:
    """Starts the workers, deals out connections, restarts workers that die, and
    stops everything on SIGINT, SIGTERM or SIGHUP."""

    def __init__(self, listener: socket.socket, workers: int, config: dict[str, Any]) -> None:
        self.listener = listener
        self.config = config
        self.ctx = multiprocessing.get_context("spawn")
        self.finished = self.ctx.Array("q", workers, lock=False)  # written by workers
        self.given = [0] * workers  # connections handed to each worker
        self.channels: list[socket.socket | None] = [None] * workers
        self.procs: list[Any] = [None] * workers
        self.started = [0.0] * workers
        self.early_exits = [0] * workers
        self.turn = 0
        self.lock = threading.Lock()
        self.stopping = threading.Event()

    def start(self, i: int) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        proc = self.ctx.Process(
            target=_worker,
            args=(i, theirs, self.finished, self.config),
            name=f"diplograph-web-{i}",
        )
        # The child starts with Ctrl+C ignored (an ignored signal stays ignored across
        # exec) until uvicorn installs its own handler: a Ctrl+C during start-up is
        # then the parent's to handle, not a KeyboardInterrupt traceback in the child.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            proc.start()
        finally:
            signal.signal(signal.SIGINT, previous)
        theirs.close()
        with self.lock:
            old = self.channels[i]
            self.channels[i] = ours
            self.procs[i] = proc
            self.given[i] = self.finished[i]  # a new process has nothing open
            self.started[i] = time.monotonic()
        if old is not None:
            old.close()

    def retire(self, i: int) -> None:
        with self.lock:
            channel, self.channels[i] = self.channels[i], None
        if channel is not None:
            channel.close()

    def pick(self) -> int | None:
        """The live worker with the fewest open connections (ties in turn)."""
        n = len(self.procs)
        best: int | None = None
        best_open = 0
        for k in range(n):
            i = (self.turn + k) % n
            if self.channels[i] is None:
                continue
            open_now = self.given[i] - self.finished[i]
            if best is None or open_now < best_open:
                best, best_open = i, open_now
        if best is not None:
            self.turn = (best + 1) % n
        return best

    def hand_over(self, conn: socket.socket) -> None:
        deadline = time.monotonic() + HANDOFF_WAIT_SECONDS
        while not self.stopping.is_set() and time.monotonic() < deadline:
            with self.lock:
                i = self.pick()  # only workers with a channel
                channel = self.channels[i] if i is not None else None
                if i is not None and channel is not None:
                    try:
                        socket.send_fds(channel, [b"c"], [conn.fileno()])
                        self.given[i] += 1
                        return
                    except OSError:
                        pass  # that worker is gone: retire it below, the supervisor restarts it
            if i is not None:
                self.retire(i)
            time.sleep(0.05)
        log.warning("no server worker to take a connection; closed it")

    def accept_loop(self) -> None:
        self.listener.settimeout(0.5)
        while not self.stopping.is_set():
            try:
                conn, _addr = self.listener.accept()
            except TimeoutError:
                continue
            except OSError as exc:
                if self.stopping.is_set():
                    return
                log.warning("accept failed: %s", exc)  # e.g. out of descriptors
                time.sleep(0.1)
                continue
            with conn:
                self.hand_over(conn)

    def on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.stopping.set()

    def run(self) -> None:
        handled = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
        previous = {s: signal.signal(s, self.on_signal) for s in handled}
        acceptor = threading.Thread(target=self.accept_loop, name="accept", daemon=True)
        try:
            for i in range(len(self.procs)):
                self.start(i)
            acceptor.start()
            while not self.stopping.is_set():
                wait([p.sentinel for p in self.procs], timeout=0.5)
                for i, proc in enumerate(self.procs):
                    if self.stopping.is_set() or proc.is_alive():
                        continue
                    self.retire(i)
                    lived = time.monotonic() - self.started[i]
                    self.early_exits[i] = (
                        self.early_exits[i] + 1 if lived < EARLY_EXIT_SECONDS else 0
                    )
                    if self.early_exits[i] >= EARLY_EXIT_LIMIT:
                        raise DiplographError(
                            f"server worker {i} exited at startup {EARLY_EXIT_LIMIT} times "
                            f"(last exit code {proc.exitcode}); see the messages above"
                        )
                    log.warning("server worker %d exited (code %s); restarting", i, proc.exitcode)
                    self.start(i)
        finally:
            self.stopping.set()
            if acceptor.is_alive():
                acceptor.join(2.0)
            self.stop()
            for s, handler in previous.items():
                signal.signal(s, handler)

    def stop(self) -> None:
        live = [p for p in self.procs if p is not None and p.is_alive()]
        for proc in live:
            proc.terminate()  # SIGTERM: uvicorn finishes the requests under way
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for proc in live:
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.kill()
                proc.join()
        for i in range(len(self.channels)):
            self.retire(i)


def run_workers(listener: socket.socket, workers: int, config: dict[str, Any]) -> None:
    """Serve ``APP_FACTORY`` with ``workers`` processes until SIGINT/SIGTERM/SIGHUP.

    ``config`` holds picklable ``uvicorn.Config`` keyword arguments (log level,
    access log); the app's own options travel in ``DIPLOGRAPH_WEB_*`` variables,
    which the spawned children inherit.
    """
    if sys.platform == "win32":  # pragma: no cover - guarded by the caller
        raise UsageError("balanced workers need descriptor passing (not on Windows)")
    try:
        _Supervisor(listener, workers, config).run()
    finally:
        listener.close()
