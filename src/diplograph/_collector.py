"""The cyclic garbage collector's pace during a batch of documents.

Why: analysing a document allocates some hundred thousand short-lived objects (spans,
matches, tuples) and almost all of them are freed by reference counting the moment a stage
is done with them. CPython's default first-generation threshold (700 net allocations)
nevertheless starts a collection every few sentences, and each one walks whatever objects
of the document in progress are alive at that moment, promoting them so that the older
generations, and the whole heap with them, are walked again later. On the benchmark
(`make bench`, 3,385 documents) the collector took 0.5-1.1 s of ~21 s of CPU with the
default threshold and ~0.1 s with a threshold of 5,000 or 20,000 (2,336 collections -> 95
or 20), peak memory unchanged (BENCHMARKS.md, "Garbage collector during a batch").

The threshold is raised only while a batch runs and put back afterwards, so a program that
uses diplograph as a library keeps its own settings outside our loops. Nothing is frozen
here (``gc.freeze`` would keep cyclic garbage made before it for the life of the process,
which a long-lived worker or web server must not do); only the gazetteer's load freezes the
tables it has just read.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["BATCH_THRESHOLD", "batch_collection"]

#: First-generation threshold while a batch runs (CPython's default is 700).
BATCH_THRESHOLD = 10_000

# Thresholds are one setting of the whole process, and batches can overlap (a Dask worker's
# threads, two ingests of the web workbench): the first batch in saves the settings and the
# last one out restores them, so overlapping batches never leave the raised value behind.
_lock = threading.Lock()
_active = 0
_saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def batch_collection(threshold: int = BATCH_THRESHOLD) -> Iterator[None]:
    """Run the block with the first-generation threshold at least ``threshold``.

    A higher threshold already set (or 0, the collector's automatic runs off) is kept; the
    thresholds found when the first of overlapping batches began are restored when the last
    one ends, on exception or generator close too.
    """
    global _active, _saved
    with _lock:
        if _active == 0:
            _saved = gc.get_threshold()
            if 0 < _saved[0] < threshold:
                gc.set_threshold(threshold, *_saved[1:])
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                gc.set_threshold(*_saved)
