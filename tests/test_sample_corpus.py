"""Integrity of the bundled sample corpus and its hand-written gold records.

The demo and many end-to-end tests read ``src/diplograph/sample``; a broken
corpus (an unknown region code, a gold id that names no article, a duplicate
group that points at the wrong article) would make every later score
meaningless, so these checks guard the fixture itself, not the pipeline.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from diplograph._export import load_schema

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "diplograph" / "sample"
ARTICLES = SAMPLE / "articles"
GOLD = ROOT / "tests" / "gold" / "sample.gold.jsonl"
CLUSTERS = ROOT / "tests" / "gold" / "clusters.yaml"

FULL_LANGS = ("en", "vi", "ru", "fr", "de", "es")
_EVENT = load_schema()["$defs"]["event"]["properties"]
EVENT_TYPES = set(_EVENT["type"]["enum"])
SECTORS = set(_EVENT["sectors"]["items"]["enum"])
PARTNERSHIP_KINDS = {"twinning", "agreement", "cooperation"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_LINE_RE = re.compile(r"^ date (\d{4}-\d{2}-\d{2})")
META_RE = re.compile(r'property="article:published_time"\s+content="(\d{4}-\d{2}-\d{2})')


def _gold() -> list[dict[str, Any]]:
    with GOLD.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _clusters() -> dict[str, Any]:
    with CLUSTERS.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict)
    return data


def _article_files() -> list[Path]:
    return sorted(p for p in ARTICLES.rglob("*") if p.is_file())


def _batch_articles() -> dict[str, dict[str, Any]]:
    """JSONL articles keyed by the gold id: the url's last segment without extension."""
    out: dict[str, dict[str, Any]] = {}
    for path in ARTICLES.rglob("*.jsonl"):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    item = json.loads(line)
                    slug = item["url"].rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]
                    out[slug] = item
    return out


def _region_codes(rec: dict[str, Any]) -> set[str]:
    codes = set(rec["regions_mentioned"])
    for ev in rec["events"]:
        codes.update(ev["regions"])
        if ev["place"].get("region"):
            codes.add(ev["place"]["region"])
        codes.update(p["region"] for p in ev["participants"] if p["region"])
    for part in rec["partnerships"]:
        codes.update((part["a"], part["b"]))
    return codes


GOLD_RECORDS = _gold()
GOLD_IDS = [r["id"] for r in GOLD_RECORDS]


def test_gold_ids_are_unique() -> None:
    assert len(GOLD_IDS) == len(set(GOLD_IDS))


@pytest.mark.parametrize("path", _article_files(), ids=lambda p: p.name)
def test_article_file_is_utf8_with_a_clean_name(path: Path) -> None:
    path.read_bytes().decode("utf-8")  # raises on any non-UTF-8 byte
    assert path.name.count(".") == 1, "no dots except the extension: gold ids are file stems"
    assert path.suffix in {".txt", ".html", ".jsonl"}


def test_article_file_stems_are_unique_across_the_corpus() -> None:
    stems = Counter(p.stem for p in _article_files())
    assert [s for s, n in stems.items() if n > 1] == []


def test_every_article_has_a_gold_record() -> None:
    stems = {p.stem for p in _article_files() if p.suffix != ".jsonl"}
    assert stems | set(_batch_articles()) == set(GOLD_IDS)


def test_batch_urls_are_unique_and_complete() -> None:
    urls: list[str] = []
    for path in ARTICLES.rglob("*.jsonl"):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                item = json.loads(line)
                assert {"text", "title", "url", "date"} <= item.keys()
                urls.append(item["url"])
    assert len(urls) >= 6
    assert len(urls) == len(set(urls))


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=GOLD_IDS)
def test_gold_record_points_at_its_article_and_date(rec: dict[str, Any]) -> None:
    path = SAMPLE / rec["file"]
    assert path.is_file(), rec["file"]
    if path.suffix == ".jsonl":
        item = _batch_articles()[rec["id"]]
        published: str | None = item["date"][:10]
    else:
        assert path.stem == rec["id"]
        text = path.read_text(encoding="utf-8")
        match = META_RE.search(text) if path.suffix == ".html" else DATE_LINE_RE.match(text)
        published = match.group(1) if match else None
    assert rec["published"] == published


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=GOLD_IDS)
def test_gold_region_codes_exist_in_pycountry(rec: dict[str, Any]) -> None:
    unknown = sorted(c for c in _region_codes(rec) if pycountry.subdivisions.get(code=c) is None)
    assert unknown == []


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=GOLD_IDS)
def test_gold_record_follows_the_conventions(rec: dict[str, Any]) -> None:
    mentioned = set(rec["regions_mentioned"])
    assert len(mentioned) == len(rec["regions_mentioned"])
    keys = [ev["key"] for ev in rec["events"]]
    assert len(keys) == len(set(keys))
    assert rec["cluster"] is None or rec["cluster"] in keys
    for ev in rec["events"]:
        assert ev["type"] in EVENT_TYPES
        assert ev["date"] is None or DATE_RE.match(ev["date"])
        assert set(ev["sectors"]) <= SECTORS
        assert set(ev["regions"]) <= mentioned, ev["key"]
        for person in ev["participants"]:
            assert person["name"].isascii(), person["name"]
            assert re.fullmatch(r"[A-Z]{2}", person["country"])
    for part in rec["partnerships"]:
        assert part["kind"] in PARTNERSHIP_KINDS
        assert {part["a"], part["b"]} <= mentioned
    for figure in rec["figures"]:
        assert isinstance(figure["value"], int | float) and figure["unit"]


def test_same_key_means_same_event_everywhere() -> None:
    seen: dict[str, dict[str, Any]] = {}
    for rec in GOLD_RECORDS:
        for ev in rec["events"]:
            first = seen.setdefault(ev["key"], ev)
            assert (ev["type"], ev["regions"]) == (first["type"], first["regions"]), ev["key"]
            if ev["date"] and first["date"]:
                assert ev["date"].startswith(first["date"]) or first["date"].startswith(ev["date"])


@pytest.mark.parametrize("lang", FULL_LANGS)
def test_each_fully_supported_language_has_eight_articles(lang: str) -> None:
    assert sum(1 for r in GOLD_RECORDS if r["lang"] == lang) >= 8


def test_some_articles_are_in_languages_without_full_support() -> None:
    others = {r["lang"] for r in GOLD_RECORDS} - set(FULL_LANGS)
    assert len(others) >= 3


def test_formats_and_undated_articles_are_represented() -> None:
    files = _article_files()
    assert sum(1 for p in files if p.suffix == ".html") >= 6
    undated = [r for r in GOLD_RECORDS if r["published"] is None]
    assert len(undated) >= 4


def test_duplicate_groups_match_the_gold_records() -> None:
    groups = _clusters()["duplicates"]
    assert len(groups) >= 16
    by_id = {r["id"]: r for r in GOLD_RECORDS}
    for key, ids in groups.items():
        assert len(ids) >= 2, key
        for doc_id in ids:
            assert key in {ev["key"] for ev in by_id[doc_id]["events"]}, (key, doc_id)
    reported: dict[str, set[str]] = {}
    for rec in GOLD_RECORDS:
        for ev in rec["events"]:
            reported.setdefault(ev["key"], set()).add(rec["id"])
    expected = {k: v for k, v in reported.items() if len(v) >= 2}
    assert {k: set(v) for k, v in groups.items()} == expected


def test_near_misses_name_distinct_known_events() -> None:
    pairs = _clusters()["near_misses"]
    assert len(pairs) >= 10
    keys = {ev["key"] for r in GOLD_RECORDS for ev in r["events"]}
    for pair in pairs:
        assert pair["a"] != pair["b"]
        assert {pair["a"], pair["b"]} <= keys
        assert pair["why"].strip()
