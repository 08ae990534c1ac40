"""tools/pick_python.py: which interpreter `make install` builds .venv from.

The rule is tested on fake interpreters (small shell scripts that answer the two questions the
picker asks: "who are you" and "how long does the workload take"), so each case is exact; the
real interpreter running the tests is asked too, to check the questions themselves work.
"""

from __future__ import annotations

import importlib.util
import math
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "pick_python.py"


def _load() -> Any:
    spec = importlib.util.spec_from_file_location("pick_python", TOOL)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


pp = _load()


def fake(folder: Path, name: str, version: str, cpu: str, venv: bool = True) -> Path:
    """An executable answering the picker like an interpreter of ``version`` taking ``cpu`` s.

    ``cpu`` "fail" makes the workload exit non-zero; ``version`` "shim" makes every call fail,
    as a pyenv shim for an unselected version does.
    """
    p = folder / name
    if version == "shim":
        body = "echo 'pyenv: command not found' >&2; exit 127\n"
    else:
        major, minor, micro = version.split(".")
        about = (
            f'{{"version": [{major}, {minor}, {micro}], "real": "{p}", '
            f'"venv": {"true" if venv else "false"}}}'
        )
        work = "exit 1" if cpu == "fail" else f"echo '{cpu} 12345'"
        body = f"""case "$3" in *ensurepip*) echo '{about}' ;; *) {work} ;; esac\n"""
    p.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    p.chmod(p.stat().st_mode | stat.S_IXUSR)
    return p


@pytest.mark.parametrize(
    ("times", "margin", "want"),
    [
        ({"plain": 1.0, "other": 0.8}, 1.10, "other"),  # 1.25x faster: leave python3
        ({"plain": 1.0, "other": 0.95}, 1.10, "plain"),  # within the margin: noise, stay
        ({"plain": 0.8, "other": 1.0}, 1.10, "plain"),  # python3 is the fastest
        ({"plain": 1.1, "other": 1.0}, 1.1, "other"),  # exactly the margin
        ({"plain": 1.0, "other": 0.5}, 3.0, "plain"),  # a large margin asked for
    ],
)
def test_choose_rule(times: dict[str, float], margin: float, want: str) -> None:
    infos = [{"real": "plain"}, {"real": "other"}]
    assert pp.choose(infos, infos[0], times, margin)["real"] == want


def test_candidates_names_and_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for name in ("python3", "python3.11", "python3.10", "python3-config", "python", "python3.13"):
        fake(a, name, "3.11.0", "1.0")
    (b / "python3").write_text("not executable", encoding="utf-8")
    fake(b, "python3.12", "3.12.0", "1.0")
    got = pp._candidates(os.pathsep.join([str(a), str(b), str(a)]))
    mine = [p for p in got if p.startswith(str(tmp_path))]
    assert mine == [
        str(a / "python3"),
        str(a / "python3.11"),
        str(a / "python3.13"),
        str(b / "python3.12"),
    ]


def _pick(tmp_path: Path, **kw: Any) -> tuple[str, list[dict[str, Any]]]:
    # Only the fake folder: the usual system folders are dropped so the machine's own
    # interpreters do not take part.
    old = pp.EXTRA_DIRS
    pp.EXTRA_DIRS = ()
    try:
        return pp.pick(str(tmp_path), **kw)  # type: ignore[no-any-return]
    finally:
        pp.EXTRA_DIRS = old


def test_pick_prefers_a_clearly_faster_build(tmp_path: Path) -> None:
    fake(tmp_path, "python3", "3.11.7", "0.40")
    fast = fake(tmp_path, "python3.11", "3.11.2", "0.28")
    exe, infos = _pick(tmp_path, rounds=2)
    assert exe == str(fast)
    assert {round(i["cpu_s"], 2) for i in infos} == {0.40, 0.28}


def test_pick_keeps_python3_within_the_margin(tmp_path: Path) -> None:
    plain = fake(tmp_path, "python3", "3.11.7", "0.40")
    fake(tmp_path, "python3.11", "3.11.2", "0.38")
    assert _pick(tmp_path)[0] == str(plain)


def test_pick_ignores_other_minor_versions_unless_asked(tmp_path: Path) -> None:
    plain = fake(tmp_path, "python3", "3.11.7", "0.40")
    other = fake(tmp_path, "python3.12", "3.12.1", "0.20")
    assert _pick(tmp_path)[0] == str(plain)
    assert _pick(tmp_path, any_version=True)[0] == str(other)


@pytest.mark.parametrize(
    ("name", "version", "cpu", "venv"),
    [
        ("python3.11", "shim", "0.1", True),  # a pyenv shim of an unselected version
        ("python3.11", "3.11.0", "0.1", False),  # no venv/ensurepip (Debian without python3-venv)
        ("python3.11", "3.10.9", "0.1", True),  # too old, whatever its name says
        ("python3.11", "3.11.0", "fail", True),  # the workload does not run
    ],
)
def test_pick_skips_unusable_interpreters(
    tmp_path: Path, name: str, version: str, cpu: str, venv: bool
) -> None:
    plain = fake(tmp_path, "python3", "3.11.7", "0.40")
    fake(tmp_path, name, version, cpu, venv)
    assert _pick(tmp_path)[0] == str(plain)


def test_pick_without_any_usable_interpreter_says_python3(tmp_path: Path) -> None:
    fake(tmp_path, "python3", "shim", "0.1")
    assert _pick(tmp_path) == ("python3", [])


def test_the_real_interpreter_answers() -> None:
    info = pp._ask(sys.executable)
    assert info is not None
    assert tuple(info["version"]) == tuple(sys.version_info[:3])
    assert info["real"] == os.path.realpath(sys.executable)
    cpu = pp._time(sys.executable)
    assert 0.0 < cpu < math.inf


def test_cli_rejects_bad_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        pp.main(["--margin", "0.5"])
    assert e.value.code == 2
    assert "--margin" in capsys.readouterr().err


def test_pick_counts_one_interpreter_once(tmp_path: Path) -> None:
    # /bin/python3 and /usr/bin/python3 (or a shim and its target) are one interpreter: it is
    # neither timed against itself nor listed twice.
    plain = fake(tmp_path, "python3", "3.11.7", "0.40")
    (tmp_path / "python3.11").symlink_to(plain)
    exe, infos = _pick(tmp_path)
    assert exe == str(plain)
    assert [i["exe"] for i in infos] == [str(plain)]
