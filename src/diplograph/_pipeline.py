"""Stages in order, each declaring what it requires and assigns (as spaCy components do).

A stage is a callable ``Document -> Document`` built from :class:`Resources`.
The pipeline checks at construction that every stage's requirements are
assigned by an earlier stage, so a misordered pipeline fails loudly and early.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from ._errors import UsageError
from ._models import Document, RawArticle, Rejection
from ._resources import Resources


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


# Fields the clean stage fills in when it turns a RawArticle into a Document.
CLEAN_ASSIGNS: tuple[str, ...] = (
    "doc_id",
    "source",
    "text",
    "title",
    "url",
    "published",
    "removed",
)


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    factory: Callable[[Resources], Stage]


def default_stage_specs() -> list[StageSpec]:
    """The standard stages after cleaning, in order."""
    from ._amounts import AmountStage
    from ._dates import DateStage
    from ._events import EventStage
    from ._language import LanguageStage
    from ._people import PeopleStage
    from ._sentences import SentenceStage
    from .gazetteer import PlaceStage

    return [
        StageSpec("language", LanguageStage),
        StageSpec("sentences", SentenceStage),
        StageSpec("places", PlaceStage),
        StageSpec("people", PeopleStage),
        StageSpec("dates", DateStage),
        StageSpec("amounts", AmountStage),
        StageSpec("events", EventStage),
    ]


class Pipeline:
    """Clean, then every stage in order; one document at a time, no shared state."""

    def __init__(self, resources: Resources, specs: Sequence[StageSpec] | None = None) -> None:
        self.resources = resources
        self.stages: list[Stage] = [s.factory(resources) for s in (specs or default_stage_specs())]
        assigned = set(CLEAN_ASSIGNS)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in assigned]
            if missing:
                raise UsageError(
                    f"stage {stage.name!r} requires {missing} but no earlier stage assigns them"
                )
            assigned.update(stage.assigns)

    def __reduce__(self) -> tuple[type[Pipeline], tuple[Resources]]:
        return (Pipeline, (self.resources,))

    def clean(self, raw: RawArticle) -> Document | Rejection:
        """The clean stage alone: cheap, and enough to know the document's content id.

        A clean text longer than ``Options.max_chars`` is rejected here (``too-long``):
        analysis cost grows with length, and one huge input must not stall a batch.
        """
        from ._clean import clean_article

        doc = clean_article(raw, self.resources)
        if isinstance(doc, Document):
            limit = self.resources.options.max_chars
            if len(doc.text) > limit:
                return Rejection(
                    raw.source,
                    "too-long",
                    f"clean text of {len(doc.text):,} characters is longer than the limit of "
                    f"{limit:,} (--max-chars)",
                )
            doc.trace.append("clean")
        return doc

    def analyse(self, doc: Document) -> Document:
        """Every stage after cleaning, in order."""
        for stage in self.stages:
            doc = stage(doc)
            doc.trace.append(stage.name)
        return doc

    def process(self, raw: RawArticle) -> Document | Rejection:
        doc = self.clean(raw)
        return doc if isinstance(doc, Rejection) else self.analyse(doc)

    def process_many(
        self, items: Iterable[RawArticle | Rejection]
    ) -> Iterator[Document | Rejection]:
        for item in items:
            yield item if isinstance(item, Rejection) else self.process(item)
