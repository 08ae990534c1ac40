"""Whole runs: read inputs, run the pipeline, cluster, write records or the store.

Library functions the CLI is a thin shell over. A run never stops on a bad
input: every input ends up either as a document or as a Rejection in the
summary. Progress is reported through a callback so the library stays free of
terminal code.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeGuard

from . import _regex_store
from ._clustering import assign_event_ids
from ._collector import batch_collection
from ._eventdb import cluster_store, prepare_with_marks
from ._export import to_record, write_jsonl
from ._models import Document, RawArticle, Rejection
from ._pipeline import Pipeline
from ._readers import read_inputs
from ._resources import Resources
from .store import open_store

Progress = Callable[[str, Document | Rejection | None], None]


@dataclass(slots=True)
class RunSummary:
    """What a run did; ``rejected`` keeps every reason."""

    read: int = 0
    ingested: int = 0
    duplicates: int = 0
    events: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0
    output: str | None = None

    @property
    def exit_code(self) -> int:
        """0 all good, 1 some inputs rejected (the documented CLI exit codes)."""
        return 1 if self.rejected else 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "events": self.events,
            "rejected": [
                {"source": r.source, "code": r.code, "reason": r.reason} for r in self.rejected
            ],
            "seconds": round(self.seconds, 3),
            "output": self.output,
        }


def _noop(kind: str, item: Document | Rejection | None) -> None:
    return None


def tally(
    item: Document | Rejection, summary: RunSummary, seen: set[str], progress: Progress
) -> TypeGuard[Document]:
    """Count one analysed input into the run summary; True for a document seen the first
    time (a rejection keeps its reason, a copy of an earlier document is a duplicate)."""
    if isinstance(item, Rejection):
        summary.rejected.append(item)
        progress("rejected", item)
        return False
    summary.read += 1
    if item.doc_id in seen:
        summary.duplicates += 1
        progress("duplicate", item)
        return False
    seen.add(item.doc_id)
    progress("document", item)
    return True


def analyse(
    items: Iterable[RawArticle | Rejection], pipeline: Pipeline
) -> Iterator[Document | Rejection]:
    """Run the pipeline over read items; a stage crash becomes a Rejection, not a lost batch.

    The garbage collector runs at a batch's pace meanwhile (``_collector``).
    """
    with batch_collection():
        for item in items:
            if isinstance(item, Rejection):
                yield item
                continue
            try:
                yield pipeline.process(item)
            except Exception as exc:
                yield Rejection(
                    item.source, "internal", f"analysis failed: {type(exc).__name__}: {exc}"
                )
    # the language data's patterns compiled meanwhile, for the next run (``_regex_store``)
    _regex_store.save()


def extract(
    paths: Sequence[str],
    out: IO[str],
    resources: Resources | None = None,
    progress: Progress = _noop,
    stdin: BinaryIO | None = None,
) -> RunSummary:
    """Analyse inputs and write one contract record per distinct document to ``out``.

    Event ids are assigned across all documents of the run, so the same event
    reported by two inputs gets one id. Documents are held until clustering;
    their records are small next to the articles.
    """
    res = resources or Resources()
    pipeline = Pipeline(res)
    summary = RunSummary()
    start = time.perf_counter()
    docs: list[Document] = []
    seen: set[str] = set()
    for item in analyse(read_inputs(paths, res.options, stdin=stdin), pipeline):
        if tally(item, summary, seen, progress):
            docs.append(item)
    assign_event_ids(docs, res.options, res.registry)
    summary.ingested = write_jsonl((to_record(d) for d in docs), out)
    summary.events = len({e.event_id for d in docs for e in d.events})
    summary.seconds = time.perf_counter() - start
    return summary


def ingest(
    paths: Sequence[str],
    db: str | Path,
    resources: Resources | None = None,
    progress: Progress = _noop,
    stdin: BinaryIO | None = None,
    batch_size: int = 50,
) -> RunSummary:
    """Analyse inputs into the store, committing every ``batch_size`` documents.

    A document is reported (through ``progress``) only after the transaction
    holding it has committed, so whatever was reported survives a kill; a rerun
    skips stored documents by content id before analysing them.
    """
    res = resources or Resources()
    pipeline = Pipeline(res)
    summary = RunSummary(output=str(db))
    start = time.perf_counter()
    with open_store(db) as store, batch_collection():
        pending: list[Document | Rejection] = []
        pending_ids: set[str] = set()
        # Copies of a document still waiting in ``pending``: their sources can only be
        # recorded once that document is stored (sources reference documents).
        pending_sources: list[tuple[str, str]] = []

        def flush() -> None:
            if not pending:
                return
            with store.transaction():
                docs = []
                for item in pending:
                    if isinstance(item, Rejection):
                        store.add_rejection(item)
                    else:
                        docs.append(item)
                rows = [prepare_with_marks(d, res.forums) for d in docs]
                for fresh in store.add_documents(rows):  # one batch: few server round trips
                    summary.ingested += fresh
                    summary.duplicates += not fresh
                for doc_id, source in pending_sources:
                    store.add_source(doc_id, source)
            for item in pending:
                kind = "rejected" if isinstance(item, Rejection) else "document"
                progress(kind, item)
            pending.clear()
            pending_ids.clear()
            pending_sources.clear()

        for raw in read_inputs(paths, res.options, stdin=stdin):
            if isinstance(raw, Rejection):
                summary.rejected.append(raw)
                pending.append(raw)
            else:
                cleaned = pipeline.clean(raw)
                if isinstance(cleaned, Rejection):
                    summary.rejected.append(cleaned)
                    pending.append(cleaned)
                elif cleaned.doc_id in pending_ids:
                    summary.read += 1
                    summary.duplicates += 1
                    pending_sources.append((cleaned.doc_id, cleaned.source))
                    progress("duplicate", cleaned)
                elif store.has_document(cleaned.doc_id):
                    summary.read += 1
                    summary.duplicates += 1
                    with store.transaction():
                        store.add_source(cleaned.doc_id, cleaned.source)
                    progress("duplicate", cleaned)
                else:
                    summary.read += 1
                    try:
                        pending.append(pipeline.analyse(cleaned))
                        pending_ids.add(cleaned.doc_id)
                    except Exception as exc:
                        rej = Rejection(
                            raw.source, "internal", f"analysis failed: {type(exc).__name__}: {exc}"
                        )
                        summary.rejected.append(rej)
                        pending.append(rej)
            if len(pending) >= batch_size:
                flush()
        flush()
        with store.transaction():
            cluster_store(store, res.options, registry=res.registry)
        summary.events = store.stats()["events"]
    summary.seconds = time.perf_counter() - start
    return summary
