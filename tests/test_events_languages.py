"""Event triggers in languages beyond the full six (uk, zh, ja), phrase matching inside
unspaced scripts, and counted figures. Our own sentences; mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from diplograph._models import Document
from diplograph.events._phrases import Entry, PhraseSet
from tests._event_helpers import from_markup


def run(stage: EventStage, markup: str, lang: str, published: str = "2025-06-12") -> Document:
    return stage(from_markup(markup, lang=lang, published=published))


# (lang, markup, expected (type, date) of the events)
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "uk",
        "[Львівська область|region|UA-46] та [Люблінське воєводство|region|PL-06] "
        "[10 червня|date|2025-06-10] підписали меморандум про співпрацю.",
        [("agreement", "2025-06-10")],
    ),
    (
        "uk",
        "[Голова ОВА|title|Head] [Іван Коваль|person|Ivan Koval|region=UA-46] "
        "[у вівторок|date|2025-06-10] зустрівся з делегацією [Вільнюса|region|LT-VL].",
        [("meeting", "2025-06-10")],
    ),
    (
        "uk",
        "[Іван Коваль|person|Ivan Koval|region=UA-46] планує відвідати [Вільнюс|region|LT-VL].",
        [],
    ),
    (
        "zh",
        "[6月10日|date|2025-06-10]，[四川省|region|CN-SC]副省长[王明|person|Wang Ming|region=CN-SC]"
        "会见了[巴伐利亚州|region|DE-BY]代表团。",
        [("meeting", "2025-06-10")],
    ),
    (
        "zh",
        "[6月9日|date|2025-06-09]，[四川省|region|CN-SC]与[巴伐利亚州|region|DE-BY]签署合作备忘录。",
        [("agreement", "2025-06-09")],
    ),
    ("zh", "[四川省|region|CN-SC]计划明年与[巴伐利亚州|region|DE-BY]签署协议。", []),
    (
        "ja",
        "[静岡県|region|JP-22]の知事は[6月5日|date|2025-06-05]、"
        "[浙江省|region|CN-ZJ]の代表団と会談した。",
        [("meeting", "2025-06-05")],
    ),
    (
        "ja",
        "[静岡県|region|JP-22]と[浙江省|region|CN-ZJ]は[6月6日|date|2025-06-06]、"
        "友好協定を締結した。",
        [("agreement", "2025-06-06")],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), CASES)
def test_triggers_in_more_languages(
    stage: EventStage, lang: str, markup: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(stage, markup, lang)
    assert [(e.type, e.date) for e in doc.events] == expected
    for e in doc.events:
        assert any(r.startswith(f"trigger:{lang}:") for r in e.rules)
        for ev in e.evidence:
            assert doc.text[ev.start : ev.end] == ev.text


def test_phrases_match_inside_unspaced_runs() -> None:
    ps = PhraseSet(
        [
            Entry("签署", "agreement", "strong"),
            Entry("举行会谈", "meeting", "strong"),
            Entry("会谈", "meeting", "weak"),
            Entry("signed", "agreement", "strong"),
        ]
    )
    text = "双方举行会谈并签署了协议，then they signed it."
    hits = [(text[a:b], e.group) for a, b, e in ps.scan(text)]
    # the longer phrase wins over the weak noun inside it; Latin words keep their boundaries
    assert hits == [("举行会谈", "strong"), ("签署", "strong"), ("signed", "strong")]
    assert ps.scan("unsigned papers") == []


# (lang, markup, expected (value, unit) figures)
FIGURES: list[tuple[str, str, list[tuple[float, str]]]] = [
    (
        "en",
        "[Perm|region|RU-PER] and [Hue|region|VN-33] now run "
        "[9 joint ventures|amount||value=9,unit=joint ventures].",
        [(9.0, "joint ventures")],
    ),
    (
        "en",
        "The delegation attended a forum with "
        "[about 70 companies|amount||value=70,unit=companies].",
        [(70.0, "companies")],
    ),
    ("en", "The bridge is [400 m|amount||value=400,unit=m] long.", []),
    (
        "fr",
        "L'enveloppe du programme atteint [2 millions d'euros|amount||value=2000000,unit=EUR].",
        [(2e6, "EUR")],
    ),
    (
        "uk",
        "Через пункт пропуску пройшло [понад 900 тис. осіб|amount||value=900000,unit=persons].",
        [(9e5, "persons")],
    ),
    (
        "zh",
        "[四川省|region|CN-SC]与[巴伐利亚州|region|DE-BY]贸易额约为[8亿欧元|amount||value=800000000,unit=EUR]。",
        [(8e8, "EUR")],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), FIGURES)
def test_counted_and_money_figures(
    stage: EventStage, lang: str, markup: str, expected: list[tuple[float, str]]
) -> None:
    doc = run(stage, markup, lang)
    assert [(f.value, f.unit) for f in doc.figures] == expected
    for f in doc.figures:
        assert f.rule.startswith(f"figure:{lang}:")
