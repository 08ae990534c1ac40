"""The place of an act told by a "when X came to PLACE" clause (#12, h12a).

"I met the governor last November, when he came to Da Nang": the meeting happened in Da
Nang, not in the governor's home region (where the host's or acting region would place it).
Russian and French need no clause: "во время визита в X", "lors de sa visite à X" put a venue
word before the place already.
Our own sentences; names and places are invented or public facts; mentions are given by
markup. Near misses: a venue word wins over the clause ("in Moscow, when he came to
Russia" is placed in Moscow); a clause that names a place the party came *from* places
nothing.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
GOV = "[Ivan Petrov|person|Ivan Petrov|country=RU,region=RU-TVE,role=Governor]"
AMB = "[Tran Van Nam|person|Tran Van Nam|country=VN,role=Ambassador]"
TVER = "[Tver Region|region|RU-TVE]"
DN = "[Da Nang|region|VN-DN]"

CASES: list[tuple[str, str]] = [
    (
        "en",
        f"I met the governor of {TVER} {GOV} last November, when he came to {DN} to discuss "
        "cooperation.",
    ),
    (
        "en",
        f"Ambassador {AMB} met {GOV} of {TVER} during his visit to {DN} last year.",
    ),
    (
        "vi",
        f"Tôi đã có cuộc gặp với Thống đốc {TVER} {GOV} vào tháng 11 năm ngoái, khi ông "
        f"{GOV} đến {DN} để thảo luận về hợp tác.",
    ),
    (
        "de",
        f"Botschafter {AMB} traf {GOV} aus {TVER} im vergangenen Jahr, als er nach {DN} kam.",
    ),
    (
        "es",
        f"El embajador {AMB} se reunió con {GOV} de {TVER} cuando vino a {DN} el año pasado.",
    ),
    (
        "pt",
        f"O embaixador {AMB} reuniu-se com {GOV} de {TVER} durante a sua visita a {DN} no ano "
        "passado.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), CASES)
def test_a_visit_clause_places_the_act(stage: EventStage, lang: str, markup: str) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings, [e.type for e in doc.events]
    assert meetings[0].place.region == "VN-DN"
    assert "VN-DN" not in meetings[0].regions  # where, not who


def test_a_venue_word_wins_over_the_clause(stage: EventStage) -> None:
    markup = (
        f"Ambassador {AMB} met {GOV} in [Moscow|region|RU-MOW] during his visit to "
        "[Russia|country|RU] last year."
    )
    doc = stage(from_markup(markup, lang="en", published=PUB))
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings[0].place.region == "RU-MOW"


def test_a_place_come_from_is_not_the_venue(stage: EventStage) -> None:
    markup = f"I met {GOV} last November, when he came from {TVER} to discuss cooperation."
    doc = stage(from_markup(markup, lang="en", published=PUB))
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings[0].place.region != "VN-DN"
    assert meetings[0].place.region is None or meetings[0].place.region == "RU-TVE"


@pytest.mark.parametrize(
    "text",
    [
        "Năm ngoái, ông Nguyễn Văn An đã đến thành phố Hồ Chí Minh để thảo luận về hợp tác.",
        "Đoàn công tác sẽ làm việc tại thành phố Hồ Chí Minh trong ba ngày.",
    ],
)
def test_the_city_written_in_lower_case_inside_a_sentence(pipeline: object, text: str) -> None:
    """Vietnamese writes "thành phố" in lower case inside a sentence: still the city (the
    bare "Hồ Chí Minh" stays the person's name)."""
    from diplograph._models import Document, RawArticle

    doc = pipeline.process(RawArticle(source="t", content=text))  # type: ignore[attr-defined]
    assert isinstance(doc, Document)
    assert "VN-SG" in {m.key for m in doc.mentions if m.kind == "region"}
