"""The Nth anniversary of the signing of an agreement between two regions ("2022 marks the
10th anniversary of the signing of the agreement between A and B") recalls a signing of an
earlier year: an agreement of its own, not the signing the report is about told again (#12,
h12a), of the year the anniversary counts back to (the year celebrated less the count, h12d).
A national treaty's anniversary (no region) stays a date recalled. Our own invented
sentences (names and places are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2022-09-30"
LEAD = (
    "On [August 23|date|2022-08-23], the governors of [Hainan|region|CN-HI] and "
    "[Primorye|region|RU-PRI] held a video meeting and signed a memorandum on trade. "
)


def agreement_dates(stage: EventStage, markup: str) -> list[str | None]:
    doc = stage(from_markup(markup, lang="en", published=PUB))
    return sorted((e.date or "") for e in doc.events if e.type == "agreement")


# (markup, the dates of the agreements found; "" for none)
CASES: list[tuple[str, list[str]]] = [
    (
        LEAD + "2022 marks the 10th anniversary of the signing of the agreement on "
        "sister relations between [Hainan|region|CN-HI] and [Primorye|region|RU-PRI].",
        ["2012", "2022-08-23"],
    ),
    # two anniversaries, each with its own two regions: two agreements recalled
    (
        LEAD + "2022 marks the 10th anniversary of the signing of the agreement between "
        "[Hainan|region|CN-HI] and [Primorye|region|RU-PRI], and the 30th anniversary of the "
        "signing of the agreement between [Yunnan|region|CN-YN] and [Primorye|region|RU-PRI].",
        ["1992", "2012", "2022-08-23"],
    ),
    # a national treaty's anniversary: no act of the regions
    (
        LEAD + "2022 marks the 30th anniversary of the signing of the Treaty "
        "between [China|country|CN] and [Russia|country|RU].",
        ["2022-08-23"],
    ),
]


@pytest.mark.parametrize(("markup", "found"), CASES)
def test_an_anniversary_of_a_regional_signing_is_an_earlier_agreement(
    stage: EventStage, markup: str, found: list[str]
) -> None:
    assert agreement_dates(stage, markup) == found


def test_a_national_anniversary_beside_a_meeting_is_no_agreement(stage: EventStage) -> None:
    """The persons of the sentence met; the agreement of the anniversary has no regions named
    after it: no agreement recalled."""
    markup = (
        "[Pavel Orin|person|Pavel Orin|country=RU,role=Governor] met "
        "[Le Van Tam|person|Le Van Tam|country=VN,role=Chairman] in [Lao Cai|region|VN-02] on "
        "the occasion of the 30th anniversary of the signing of the agreement between "
        "[Vietnam|country|VN] and [Russia|country|RU]."
    )
    doc = stage(from_markup(markup, lang="en", published=PUB))
    assert [e.type for e in doc.events] == ["meeting"]


# (lang, markup, the dates of the agreements found): the year celebrated in the sentence less
# the count of years; the count written the language's way
YEAR_CASES: list[tuple[str, str, list[str]]] = [
    (
        "ru",
        "[В 2021 году|date|2021] [Приморье|region|RU-PRI] и [Хайнань|region|CN-HI] отмечают "
        "25-летие подписания соглашения о сотрудничестве.",
        ["1996"],
    ),
    (
        "vi",
        "[Năm 2023|date|2023], hai tỉnh [Lào Cai|region|VN-02] và [Vân Nam|region|CN-YN] kỷ "
        "niệm 15 năm ký kết thỏa thuận hợp tác.",
        ["2008"],
    ),
    # a decade ("десятилетие") is no anniversary count
    (
        "ru",
        "[В 2021 году|date|2021] [Приморье|region|RU-PRI] и [Хайнань|region|CN-HI] подписали "
        "соглашение на следующее десятилетие.",
        ["2021"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "found"), YEAR_CASES)
def test_an_anniversary_dates_its_act_by_the_count(
    stage: EventStage, lang: str, markup: str, found: list[str]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=None))
    assert sorted((e.date or "") for e in doc.events if e.type == "agreement") == found
