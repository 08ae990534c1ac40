"""Build Documents by hand for the events stage: text + (substring, kind, key, attrs) tuples."""

from __future__ import annotations

import re
from typing import Any

from diplograph._models import Document, Mention, Sentence

Spec = tuple[Any, ...]  # (substring, kind, key[, attrs[, occurrence]])

_SENT_END = re.compile(r"(?<=[.!?])\s+|\n+")


def split_sentences(text: str) -> list[Sentence]:
    """Good enough for our own test sentences: break after . ! ? and at newlines."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[start : m.start()].strip():
            out.append(Sentence(start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(start, len(text.rstrip())))
    return out


def build(text: str, specs: list[Spec], lang: str = "en", published: str | None = None) -> Document:
    """A Document whose mentions are found by substring (``occurrence`` picks the n-th)."""
    mentions = []
    for spec in specs:
        sub, kind, key = spec[0], spec[1], spec[2]
        attrs = dict(spec[3]) if len(spec) > 3 and spec[3] else {}
        occ = spec[4] if len(spec) > 4 else 0
        pos = -1
        for _ in range(occ + 1):
            pos = text.index(sub, pos + 1)
        mentions.append(Mention(pos, pos + len(sub), sub, kind, key, f"test:{kind}", attrs))
    doc = Document(doc_id="t", source="t.txt", text=text, lang=lang, published=published)
    doc.sentences = split_sentences(text)
    doc.mentions = sorted(mentions, key=lambda m: m.start)
    return doc


def person(
    sub: str,
    key: str,
    role: str | None = None,
    country: str | None = None,
    region: str | None = None,
    occ: int = 0,
) -> Spec:
    attrs = {"role": role, "country": country, "region": region, "entity_id": "p:" + key}
    return (sub, "person", key, attrs, occ)


def region(sub: str, code: str, occ: int = 0) -> Spec:
    return (sub, "region", code, {"country": code.split("-")[0]}, occ)


def city(sub: str, name: str, code: str, occ: int = 0) -> Spec:
    return (sub, "city", name, {"country": code.split("-")[0], "region": code}, occ)


def country(sub: str, code: str, occ: int = 0) -> Spec:
    return (sub, "country", code, {"form": "name"}, occ)


def date(sub: str, iso: str | None, occ: int = 0) -> Spec:
    return (sub, "date", iso, {"granularity": "day" if iso and len(iso) == 10 else "year"}, occ)


def amount(sub: str, value: float, unit: str, occ: int = 0) -> Spec:
    return (sub, "amount", None, {"value": value, "unit": unit}, occ)


def title(sub: str, role: str, occ: int = 0) -> Spec:
    return (sub, "title", role, {}, occ)


_MARK = re.compile(r"\[([^\[\]|]+)\|(\w+)(?:\|([^\[\]|]*))?(?:\|([^\[\]]*))?\]")


def _value(v: str) -> Any:
    try:
        return float(v)
    except ValueError:
        return v


def from_markup(markup: str, lang: str = "en", published: str | None = None) -> Document:
    """``[surface|kind|key|k=v,k=v]`` marks a mention; the brackets vanish from the text.

    Persons default their key to the surface; regions and cities derive ``country``
    from the region code, so case tables stay short.
    """
    text_parts: list[str] = []
    mentions: list[Mention] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(markup):
        text_parts.append(markup[pos : m.start()])
        length += m.start() - pos
        surface, kind, key, raw = m.group(1), m.group(2), m.group(3), m.group(4)
        attrs: dict[str, Any] = {}
        for pair in (raw or "").split(","):
            if "=" in pair:
                k, v = pair.split("=", 1)
                attrs[k.strip()] = _value(v.strip()) if k.strip() == "value" else v.strip()
        if kind == "person":
            key = key or surface
            attrs.setdefault("entity_id", "p:" + key)
        if kind == "region" and key:
            attrs.setdefault("country", key.split("-")[0])
        if kind == "city" and "region" in attrs:
            attrs.setdefault("country", str(attrs["region"]).split("-")[0])
        start = length
        mentions.append(
            Mention(start, start + len(surface), surface, kind, key or None, f"test:{kind}", attrs)  # type: ignore[arg-type]
        )
        text_parts.append(surface)
        length += len(surface)
        pos = m.end()
    text_parts.append(markup[pos:])
    text = "".join(text_parts)
    doc = Document(doc_id="t", source="t.txt", text=text, lang=lang, published=published)
    doc.sentences = split_sentences(text)
    doc.mentions = mentions
    for mm in mentions:
        assert text[mm.start : mm.end] == mm.text
    return doc
