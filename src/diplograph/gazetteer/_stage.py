"""PlaceStage: the pipeline's wrapper around :meth:`Gazetteer.find`."""

from __future__ import annotations

from .._models import Document
from .._resources import Resources


class PlaceStage:
    name = "places"
    requires: tuple[str, ...] = ("text", "lang", "sentences")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, res: Resources) -> None:
        self.res = res

    def __call__(self, doc: Document) -> Document:
        found = self.res.gazetteer.find(doc.text, doc.lang)
        doc.mentions = sorted([*doc.mentions, *found], key=lambda m: (m.start, m.end))
        return doc
