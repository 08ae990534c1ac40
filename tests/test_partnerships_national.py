"""A partnership phrase whose clause names a country by its name states a national-level
relation ("cooperation with Vietnam", "between the regions of Russia and China"), not one
between the report's two units; a country adjective ("le peuple vietnamien", "Vietnamese
partners") names no partner and leaves the pair alone. Talks are a cooperation of the
units whose officials hold them, not of a unit only named as the home of the delegation's
hosts (companies, an association). Our own sentences, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._models import Document, RawArticle

# (lang, text, expected pairs (a, b, kind))
CASES: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    # the other partner is the country: no pair with the visited province
    (
        "vi",
        "Ngày 3/3, đoàn đại biểu tỉnh Ulyanovsk do Thống đốc Ivan Petrov dẫn đầu đã đến thăm "
        "tỉnh Nghệ An. Thống đốc Ivan Petrov cho biết tỉnh Ulyanovsk rất quan tâm đến hợp tác "
        "với Việt Nam.",
        set(),
    ),
    (
        "ko",
        "대구시 대표단이 3일 응에안성을 방문했다. 대구시와 베트남간 교류 확대를 논의했다.",
        set(),
    ),
    # no unit in the clause, both countries named: parts of two countries
    (
        "ru",
        "Губернатор Хабаровского края посетил провинцию Хэйлунцзян 3 марта. Он рассказал о "
        "развитии взаимодействия между регионами России и Китая.",
        set(),
    ),
    (
        "en",
        "The governor of Kaluga Oblast visited Nghe An province on March 3. He praised the "
        "cooperation between Russia and Vietnam.",
        set(),
    ),
    # cooperation of regions in general names no pair either
    (
        "vi",
        "Ngày 3/3, đoàn đại biểu tỉnh Ulyanovsk do Thống đốc Ivan Petrov dẫn đầu đã đến thăm "
        "tỉnh Nghệ An. Thống đốc Ivan Petrov cho biết tỉnh Ulyanovsk coi trọng hợp tác liên "
        "vùng.",
        set(),
    ),
    (
        "ru",
        "Губернатор Калужской области посетил провинцию Нгеан 3 марта. Калужская область "
        "придаёт большое значение межрегиональному сотрудничеству.",
        set(),
    ),
    (
        "en",
        "The governor of Kaluga Oblast visited Nghe An province on March 3. Kaluga Oblast "
        "supports interregional cooperation.",
        set(),
    ),
    # a country adjective is no partner: the event's two units stay paired
    (
        "fr",
        "Le 3 mars, une délégation de la région de Kalouga a visité la province de Nghe An. "
        "Le gouverneur est fier d'être jumelé avec la province où le peuple vietnamien a "
        "remporté une victoire.",
        {("RU-KLU", "VN-22", "twinning")},
    ),
    (
        "en",
        "The governor of Kaluga Oblast visited Nghe An province on March 3. Kaluga values "
        "its cooperation with Vietnamese partners.",
        {("RU-KLU", "VN-22", "cooperation")},
    ),
]


def _pairs(pipeline: Any, lang: str, text: str) -> set[tuple[str, str, str]]:
    """The (a, b, kind) partnerships the pipeline states for ``text`` in ``lang``."""
    doc = pipeline.process(RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    assert doc.lang == lang
    return {(p.a, p.b, p.kind) for p in doc.partnerships}


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_country_in_clause_is_the_partner(
    pipeline: Any, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _pairs(pipeline, lang, text) == expected


# (lang, text, expected pairs): talks imply a cooperation only between acting units
MEETING_CASES: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    (
        "ru",
        "5 мая делегация Калужской области провела встречу с представителями провинции Нгеан.",
        set(),
    ),
    (
        "vi",
        "Ngày 3/3, đoàn công tác tỉnh Kaluga đã làm việc với đại diện doanh nghiệp tỉnh Nghệ An.",
        set(),
    ),
    (
        "fr",
        "Le 3 mars, la délégation de la région de Kalouga a rencontré des entrepreneurs de la "
        "province de Nghe An.",
        set(),
    ),
    (
        "en",
        "On March 3, the delegation of Kaluga Oblast met business people of Nghe An province.",
        set(),
    ),
    ("de", "Am 3. März traf die Delegation aus Bayern Unternehmer aus der Provinz Sichuan.", set()),
    # an official named by a title of the unit acts for it, even when the name is not read
    (
        "en",
        "On March 3, Chairman of the Nghe An People's Committee Nguyen Duc Trung met Governor "
        "of Kaluga Oblast Vladislav Shapsha.",
        {("RU-KLU", "VN-22", "cooperation")},
    ),
    (
        "ru",
        "Губернатор Калужской области Владислав Шапша 3 марта встретился с председателем "
        "народного комитета провинции Нгеан.",
        {("RU-KLU", "VN-22", "cooperation")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MEETING_CASES)
def test_talks_pair_acting_units(
    pipeline: Any, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _pairs(pipeline, lang, text) == expected
