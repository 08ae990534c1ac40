"""What the people stage reads in a text: shared by the people case tables."""

from __future__ import annotations

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def persons_roles(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    """Each person the whole pipeline finds in ``text``, by key, with the role read."""
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {str(m.key): m.attrs.get("role") for m in doc.mentions if m.kind == "person"}
