"""Pick the interpreter `make install` builds the virtual environment from.

    python3 tools/pick_python.py [--verbose] [--json]

Prints one path: the fastest interpreter on this machine that can run diplograph.

Why this exists: diplograph is pure Python, so its speed is the interpreter's speed, and two
builds of the same CPython version differ a lot. A distribution's ``python3`` (Debian, Fedora,
Homebrew, python.org installers) is compiled with profile-guided and link-time optimisation
and links libpython statically; pyenv, by default, compiles without either and links libpython
as a shared library. On the project's benchmark the pipeline ran about 1.2 times faster on
Debian's Python 3.11.2 than on a default pyenv build of 3.11.7 (BENCHMARKS.md, "Interpreter
builds"). A developer whose PATH starts with pyenv's shims would silently get the slow one.

How it decides: every ``python3`` and ``python3.N`` (N >= 11) on PATH and in the usual system
folders is asked for its version and whether it can create a virtual environment (``venv`` and
``ensurepip``); those that can are timed on a small workload shaped like the pipeline (regular
expression scans, dictionary and set lookups, string methods, small objects and function
calls: the interpreter's own work, which is where builds differ),
in turns, keeping each one's best CPU time. The plain ``python3`` is kept unless another
interpreter is at least ``--margin`` (default 1.10) times faster, so noise never moves the
choice. Only interpreters of the same minor version as the plain ``python3`` compete unless
``--any-version`` is given: another minor version is another set of wheels and was measured
slower on this pipeline (3.12 ran ~20% slower than 3.11), which a micro-workload does not
show reliably.

``make install PYTHON=/path/to/python3`` bypasses all of this.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from typing import Any

MIN_VERSION = (3, 11)
NAME = re.compile(r"^python3(\.(\d+))?$")
EXTRA_DIRS = ("/usr/bin", "/usr/local/bin", "/opt/homebrew/bin")

# Asked of each candidate: its version, real path, and whether it can build a venv with pip.
_ABOUT = (
    "import sys, os, json\n"
    "ok = True\n"
    "try:\n"
    "    import venv, ensurepip\n"
    "except Exception:\n"
    "    ok = False\n"
    "print(json.dumps({'version': list(sys.version_info[:3]),"
    " 'real': os.path.realpath(sys.executable), 'venv': ok}))\n"
)

# The timed workload: the interpreter's own work the pipeline is made of (small objects, calls,
# dictionary and set lookups, string methods) with some regular expression scans. Builds differ
# in the first, hardly in the second. It prints the CPU seconds of its own loop, so start-up and
# imports are not counted. On this project's machine it ranked the builds as the pipeline does:
# Debian's 3.11.2 ~1.4x faster than pyenv's 3.11.7, pyenv's 3.12.1 and 3.13.0 slower still.
# It reports its fastest twelfth, times twelve: on a busy machine (two cores shared with other
# jobs, hyperthread siblings) a whole run's CPU time was seen inflated 1.5x for one interpreter
# and not the other, which made the builds look equal; a twelfth of ~30 ms falls between other
# jobs' bursts far more often than a whole run does.
_WORKLOAD = r"""
import re, time
words = ("cooperation province delegation Hanoi Kaluga oblast visit agreement trade "
         "sister city investment forum minister governor").split()
lex = {w: i for i, w in enumerate(words)}
seen = set(words[::2])
line = " ".join(words)
pat = re.compile(r"\b(?:visit|agreement|forum)\w*")

class Hit:
    __slots__ = ("start", "word")
    def __init__(self, start, word):
        self.start, self.word = start, word

def score(hit, table):
    return table.get(hit.word, 0) + len(hit.word)

total = 0
n = len(words)
chunks = []
for c in range(12):
    t = time.process_time()
    for i in range(c * 50000, (c + 1) * 50000):
        w = words[i % n]
        h = Hit(i, w)
        total += score(h, lex) + (1 if w.lower() in seen else 0)
        if w[0].isupper():
            total += 1
        if i % 50 == 0:
            total += sum(m.end() - m.start() for m in pat.finditer(line))
    chunks.append(time.process_time() - t)
print(min(chunks) * len(chunks), total)
"""


def _candidates(path_env: str) -> list[str]:
    """Every ``python3``/``python3.N`` executable on PATH and in the usual folders, in order."""
    dirs = [d for d in path_env.split(os.pathsep) if d] + list(EXTRA_DIRS)
    out: list[str] = []
    seen: set[str] = set()
    for d in dirs:
        try:
            names = sorted(os.listdir(d))
        except OSError:
            continue
        for name in names:
            m = NAME.match(name)
            if m is None or (m.group(2) is not None and int(m.group(2)) < MIN_VERSION[1]):
                continue
            p = os.path.join(d, name)
            if p not in seen and os.access(p, os.X_OK) and os.path.isfile(p):
                seen.add(p)
                out.append(p)
    return out


def _ask(exe: str) -> dict[str, Any] | None:
    """The candidate's version, real path and venv ability, or None if it does not run."""
    try:
        r = subprocess.run(
            [exe, "-I", "-c", _ABOUT], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if r.returncode != 0:
        return None  # e.g. a pyenv shim for a version that is not selected
    try:
        info: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None
    info["exe"] = exe
    return info


def _time(exe: str) -> float:
    """CPU seconds of one run of the workload under ``exe`` (inf if it fails)."""
    try:
        r = subprocess.run(
            [exe, "-I", "-c", _WORKLOAD], capture_output=True, text=True, timeout=120, check=False
        )
        return float(r.stdout.split()[0]) if r.returncode == 0 else float("inf")
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return float("inf")


def choose(
    infos: list[dict[str, Any]], default: dict[str, Any], times: dict[str, float], margin: float
) -> dict[str, Any]:
    """The fastest candidate if it beats ``default`` by ``margin``, else ``default``.

    Separate from the timing so the rule itself is tested without running interpreters.
    """
    best = min(infos, key=lambda i: times[i["real"]])
    if times[best["real"]] * margin <= times[default["real"]]:
        return best
    return default


def pick(
    path_env: str, rounds: int = 3, margin: float = 1.10, any_version: bool = False
) -> tuple[str, list[dict[str, Any]]]:
    """The interpreter to build the environment from, and what was measured (for --verbose)."""
    infos = []
    by_real: dict[str, dict[str, Any]] = {}
    for exe in _candidates(path_env):
        info = _ask(exe)
        if info is None or not info["venv"] or tuple(info["version"][:2]) < MIN_VERSION:
            continue
        if info["real"] not in by_real:  # /bin/python3 and /usr/bin/python3 are one interpreter
            by_real[info["real"]] = info
            infos.append(info)
    if not infos:
        return "python3", []
    plain = next((i for i in infos if os.path.basename(i["exe"]) == "python3"), infos[0])
    if not any_version:
        infos = [i for i in infos if i["version"][:2] == plain["version"][:2]]
    if len(infos) == 1:
        return plain["exe"], infos
    times = {i["real"]: float("inf") for i in infos}
    for _ in range(rounds):  # in turns, so a busy moment hits every candidate alike
        for i in infos:
            times[i["real"]] = min(times[i["real"]], _time(i["exe"]))
    for i in infos:
        i["cpu_s"] = times[i["real"]]
    if times[plain["real"]] == float("inf"):
        plain = min(infos, key=lambda i: times[i["real"]])
    return choose(infos, plain, times, margin)["exe"], infos


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="timed runs per interpreter (best kept)")
    ap.add_argument("--margin", type=float, default=1.10, help="speed-up needed to leave python3")
    ap.add_argument("--any-version", action="store_true", help="let other minor versions compete")
    ap.add_argument("--verbose", action="store_true", help="say what was measured (on stderr)")
    ap.add_argument("--json", action="store_true", help="print the measurements as JSON")
    args = ap.parse_args(argv)
    if args.rounds < 1 or args.margin < 1.0:
        ap.error("--rounds must be >= 1 and --margin >= 1.0")
    exe, infos = pick(os.environ.get("PATH", ""), args.rounds, args.margin, args.any_version)
    if args.json:
        print(json.dumps({"chosen": exe, "candidates": infos}, indent=2))
        return 0
    if args.verbose:
        for i in infos:
            v = ".".join(map(str, i["version"]))
            cpu = i.get("cpu_s")
            t = f"{cpu:.3f} s" if isinstance(cpu, float) else "not timed"
            print(f"  {i['exe']} -> {i['real']} ({v}): {t}", file=sys.stderr)
        print(f"  chosen: {exe}", file=sys.stderr)
    print(exe)
    return 0


if __name__ == "__main__":
    sys.exit(main())
