"""Integrity of the held-out evaluation corpus and its hand-written gold records.

``tests/heldout`` estimates how diplograph generalises to regions, people and phrasing
that the rules were not written against; a gold id without its article, an invented
region code or a label outside the contract would silently distort that estimate, so
these checks guard the fixture itself, not the pipeline.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pycountry
import pytest

from diplograph._export import load_schema

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "heldout" / "articles"
GOLD = ROOT / "tests" / "gold" / "heldout.gold.jsonl"

FULL_LANGS = ("en", "vi", "ru", "fr", "de", "es")
_SCHEMA = load_schema()
_EVENT = _SCHEMA["$defs"]["event"]["properties"]
EVENT_TYPES = set(_EVENT["type"]["enum"])
SECTORS = set(_EVENT["sectors"]["items"]["enum"])
PARTNERSHIP_KINDS = set(
    _SCHEMA["properties"]["partnerships"]["items"]["properties"]["kind"]["enum"]
)
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_LINE_RE = re.compile(r"^ date (\d{4}-\d{2}-\d{2})")


def _gold() -> list[dict[str, Any]]:
    with GOLD.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


GOLD_RECORDS = _gold()
IDS = [g["id"] for g in GOLD_RECORDS]


def _region_codes(g: dict[str, Any]) -> set[str]:
    codes = set(g["regions_mentioned"])
    for p in g["partnerships"]:
        codes |= {p["a"], p["b"]}
    for e in g["events"]:
        codes |= set(e["regions"])
        if e["place"]["region"]:
            codes.add(e["place"]["region"])
        codes |= {x["region"] for x in e["participants"] if x["region"]}
    return codes


def test_ids_unique_and_every_article_has_gold() -> None:
    assert len(IDS) == len(set(IDS))
    stems = sorted(p.stem for p in ARTICLES.rglob("*.txt"))
    assert stems == sorted(IDS)


@pytest.mark.parametrize("lang", FULL_LANGS)
def test_three_articles_per_language(lang: str) -> None:
    files = list((ARTICLES / lang).glob("*.txt"))
    assert len(files) == 3
    assert Counter(g["lang"] for g in GOLD_RECORDS)[lang] == 3


@pytest.mark.parametrize("g", GOLD_RECORDS, ids=IDS)
def test_gold_record_matches_its_file(g: dict[str, Any]) -> None:
    path = ARTICLES / g["lang"] / f"{g['id']}.txt"
    assert path.is_file()
    assert g["file"] == f"heldout/articles/{g['lang']}/{g['id']}.txt"
    assert "." not in g["id"]
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    m = DATE_LINE_RE.match(first)
    assert g["published"] == (m.group(1) if m else None)
    if g["title"] is not None:
        assert g["title"] in first


@pytest.mark.parametrize("g", GOLD_RECORDS, ids=IDS)
def test_region_codes_exist_in_pycountry(g: dict[str, Any]) -> None:
    for code in _region_codes(g):
        assert pycountry.subdivisions.get(code=code) is not None, code


@pytest.mark.parametrize("g", GOLD_RECORDS, ids=IDS)
def test_labels_come_from_the_contract(g: dict[str, Any]) -> None:
    keys = [e["key"] for e in g["events"]]
    assert len(keys) == len(set(keys))
    assert g["cluster"] is None or g["cluster"] in keys
    for e in g["events"]:
        assert e["type"] in EVENT_TYPES
        assert set(e["sectors"]) <= SECTORS
        assert e["date"] is None or DATE_RE.match(e["date"])
        assert e["date"] is None or g["published"] is None or e["date"] <= g["published"]
        for x in e["participants"]:
            assert x["country"] is None or pycountry.countries.get(alpha_2=x["country"])
    for p in g["partnerships"]:
        assert p["kind"] in PARTNERSHIP_KINDS
        assert p["a"] != p["b"]
    for f in g["figures"]:
        assert isinstance(f["value"], (int, float)) and f["unit"]


def test_cross_language_pairs_share_event_keys() -> None:
    """Three events are each reported by two articles in different languages."""
    langs_by_key: dict[str, set[str]] = {}
    for g in GOLD_RECORDS:
        for e in g["events"]:
            langs_by_key.setdefault(e["key"], set()).add(g["lang"])
    clusters = Counter(g["cluster"] for g in GOLD_RECORDS if g["cluster"])
    shared = {k for k, n in clusters.items() if n == 2}
    assert len(shared) == 3
    assert all(len(langs_by_key[k]) == 2 for k in shared)
