"""The per-document surname pattern is compiled only when a surname occurs outside the
mentions already found (a speed change, #14): the people found must be the same as with
the pattern compiled and run on every text."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from diplograph import Rejection, Resources
from diplograph import _people as people_module
from diplograph._people import _free_occurrence
from diplograph._pipeline import Pipeline
from diplograph._readers import read_inputs

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"


@pytest.mark.parametrize(
    ("text", "forms", "used", "expected"),
    [
        # named once, in full: the surname lies inside the mention
        ("Governor Ivan Sidorov opened the fair.", ["Sidorov"], range(9, 22), False),
        # named again by surname
        ("Governor Ivan Sidorov spoke. Sidorov left.", ["Sidorov"], range(9, 22), True),
        # a Cyrillic form in -а: its stem, with another case ending, elsewhere
        ("Министр Анна Петрова и Петровой.", ["Петрова"], range(8, 20), True),
        ("Министр Анна Петрова приехала.", ["Петрова"], range(8, 20), False),
        # case-sensitive, as the pattern is
        ("Governor Ivan Sidorov; SIDOROV.", ["Sidorov"], range(9, 22), False),
        # a form of one letter less its ending occurs everywhere
        ("Any text at all.", ["а"], range(0, 0), True),
    ],
)
def test_free_occurrence(text: str, forms: list[str], used: range, expected: bool) -> None:
    assert _free_occurrence(text, dict.fromkeys(forms, "x"), set(used)) is expected


def test_people_same_as_with_the_pattern_always_run(monkeypatch: pytest.MonkeyPatch) -> None:
    res = Resources()
    pipeline = Pipeline(res)
    stages = pipeline.stages[: [s.name for s in pipeline.stages].index("people")]
    people = next(s for s in pipeline.stages if s.name == "people")
    before = []
    for raw in read_inputs([str(SAMPLE)], res.options):
        doc = raw if isinstance(raw, Rejection) else pipeline.clean(raw)
        if isinstance(doc, Rejection):
            continue
        for stage in stages:
            doc = stage(doc)
        before.append(doc)
    assert len(before) > 40
    fast = [people(copy.deepcopy(d)).mentions for d in before]
    monkeypatch.setattr(people_module, "_free_occurrence", lambda *_a: True)
    plain = [people(copy.deepcopy(d)).mentions for d in before]
    assert fast == plain
    assert sum((m.rule or "").startswith("person:coref:surname") for ms in fast for m in ms) >= 5
