"""The gazetteer automaton's root seed keys change its speed, never its matches.

``_automaton.ROOT_SEED`` adds one never-occurring key per common character of running text
before the names, so pyahocorasick finds those characters among the root's first children.
Checked here: the candidates found with the built automaton equal those of an automaton
holding only the names (no seed), on the sample corpus of every language and on texts
that contain the seed keys themselves.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import ahocorasick
import pytest

from diplograph import Resources
from diplograph._search import PlaceNames
from diplograph.gazetteer._automaton import ROOT_SEED, ROOT_SEED_END
from diplograph.gazetteer._match import _candidates

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"


@pytest.fixture(scope="module")
def gazetteers() -> tuple[Any, Any]:
    gaz = Resources().gazetteer
    plain = ahocorasick.Automaton()
    for key, value in gaz.automaton.items():
        if value[1] >= 0:
            plain.add_word(key, value)
    plain.make_automaton()
    unseeded = SimpleNamespace(automaton=plain, folder=gaz.folder, variants=gaz.variants)
    return gaz, unseeded


def _spans(gaz: Any, text: str, lang: str | None) -> list[tuple[int, int, list[Any]]]:
    norm = gaz.folder.text(text)
    return [(s.start, s.end, s.variants) for s in _candidates(gaz, text, norm, lang)]


def test_seed_keys_are_in_the_automaton(gazetteers: tuple[Any, Any]) -> None:
    gaz, _ = gazetteers
    assert all(gaz.automaton.get(ch + ROOT_SEED_END, None) == (2, -1) for ch in ROOT_SEED)


def test_seeded_automaton_finds_what_the_names_alone_find(gazetteers: tuple[Any, Any]) -> None:
    gaz, unseeded = gazetteers
    texts = [(p.parent.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLE.rglob("*.txt"))]
    assert len(texts) > 20
    for lang, text in texts:
        assert _spans(gaz, text, lang) == _spans(unseeded, text, lang), lang


@pytest.mark.parametrize(
    "text",
    [
        "a\x00 Hanoi\x00 (Kaluga)\x00.\x00",
        "".join(ch + ROOT_SEED_END for ch in ROOT_SEED) + " Ho Chi Minh City",
        "Губернатор Калужской области\x00 прибыл в Ханой",
    ],
)
def test_seed_keys_in_a_text_are_no_candidates(gazetteers: tuple[Any, Any], text: str) -> None:
    gaz, unseeded = gazetteers
    assert _spans(gaz, text, None) == _spans(unseeded, text, None)


def test_search_place_names_skip_seed_keys(gazetteers: tuple[Any, Any]) -> None:
    gaz, _ = gazetteers
    names = PlaceNames(gaz)
    assert names.lookup("a" + ROOT_SEED_END) == []
    assert names.lookup("Kaluga")
    assert all(ROOT_SEED_END not in f for forms in names._index().values() for f in forms)
