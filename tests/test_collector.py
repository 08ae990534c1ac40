"""The garbage collector's pace during a batch (`_collector.batch_collection`).

Why tested: the threshold is a setting of the whole process; a batch that forgot to put it
back, or two overlapping batches restoring each other's raised value, would change the
collector's behaviour for the program around diplograph for good.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from diplograph._collector import BATCH_THRESHOLD, batch_collection
from diplograph._models import Rejection
from diplograph._runner import analyse


@pytest.fixture(autouse=True)
def default_thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


@pytest.mark.parametrize(
    ("start", "inside"),
    [
        ((700, 10, 10), (BATCH_THRESHOLD, 10, 10)),  # CPython's default: raised
        ((700, 5, 3), (BATCH_THRESHOLD, 5, 3)),  # older generations' settings kept
        ((50_000, 10, 10), (50_000, 10, 10)),  # already higher: kept
        ((0, 10, 10), (0, 10, 10)),  # automatic collection off: stays off
    ],
)
def test_threshold_inside_and_restored(
    start: tuple[int, int, int], inside: tuple[int, int, int]
) -> None:
    gc.set_threshold(*start)
    with batch_collection():
        assert gc.get_threshold() == inside
    assert gc.get_threshold() == start


def test_restored_after_an_exception() -> None:
    with pytest.raises(RuntimeError), batch_collection():
        raise RuntimeError("stage crashed")
    assert gc.get_threshold() == (700, 10, 10)


def test_overlapping_batches_restore_once_the_last_ends() -> None:
    a, b = batch_collection(), batch_collection()
    a.__enter__()
    b.__enter__()
    a.__exit__(None, None, None)
    assert gc.get_threshold()[0] == BATCH_THRESHOLD  # b still runs
    b.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


def test_batches_in_threads_leave_the_setting_as_found() -> None:
    go = threading.Barrier(4)

    def batch() -> None:
        with batch_collection():
            go.wait(timeout=10)
            assert gc.get_threshold()[0] == BATCH_THRESHOLD

    threads = [threading.Thread(target=batch) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert gc.get_threshold() == (700, 10, 10)


class _Seen:
    """A stand-in pipeline recording the threshold each document was analysed under."""

    def __init__(self) -> None:
        self.thresholds: list[int] = []

    def process(self, item: Any) -> Any:
        self.thresholds.append(gc.get_threshold()[0])
        return item


def test_runner_analyses_at_batch_pace_and_restores() -> None:
    seen = _Seen()
    items: list[Any] = ["a", Rejection("x", "empty", "no text"), "b"]
    out = list(analyse(items, seen))  # type: ignore[arg-type]
    assert out[0] == "a" and isinstance(out[1], Rejection) and out[2] == "b"
    assert seen.thresholds == [BATCH_THRESHOLD, BATCH_THRESHOLD]
    assert gc.get_threshold() == (700, 10, 10)


def test_runner_restores_when_the_caller_stops_early() -> None:
    gen = analyse(["a", "b", "c"], _Seen())  # type: ignore[arg-type]
    next(gen)
    assert gc.get_threshold()[0] == BATCH_THRESHOLD
    gen.close()
    assert gc.get_threshold() == (700, 10, 10)
