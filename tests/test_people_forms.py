"""Name forms that are not a person of their own: a Russian given name and patronymic
spelled without the patronymic's final "h" (the polite address of a person named in full),
a month or "Revolution" after a title ("leader of the October Revolution"), and a name cut
off after an initial ("Dengpa Thum T" after "Dengpa Thum Thong"). Every person and
sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._names import NameCanonicalizer
from diplograph._pipeline import Pipeline
from diplograph._registry import Registry


def persons(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {str(m.key) for m in doc.mentions if m.kind == "person"}


# (text, persons who must be found, persons who must not)
CASES: list[tuple[str, set[str], set[str]]] = [
    (
        "Kaluga and Binh Thuan\n\nA delegation led by Sokolov Dmitry Gennadievic, Deputy "
        "Governor of Kaluga Oblast, visited Binh Thuan. The province gave a painting to "
        "Sokolov Dmitry Gennadievic.",
        {"Dmitry Sokolov"},
        {"Dmitry Gennadievic"},
    ),
    (
        "Omsk and Da Nang\n\nThe city thanked Petrov Alexei Sergeevic, Vice Governor of Omsk "
        "Oblast, and Alexei Sergeevic spoke of the schools.",
        {"Alexei Petrov"},
        {"Alexei Sergeevic"},
    ),
    (
        "Kazan\n\nFlowers were laid at the house where Ivan Orlov, leader of the Russian "
        "October Revolution, lived. Governor Pavel Zotov attended.",
        {"Pavel Zotov"},
        {"October Revolution"},
    ),
    (
        "Bolikhamxay and Nghe An\n\nOn May 3, the delegation of Bolikhamxay Province (Laos) "
        "led by Khamla Vong Sith, Deputy Secretary of the Provincial Party Committee, met "
        "Chairman Nguyen Van Binh. Deputy Secretary of the Bolikhamxay Provincial Party "
        "Committee Khamla Vong S",
        {"Khamla Vong Sith"},
        {"Khamla Vong S.", "Khamla Vong S"},
    ),
    # a text cut off after a title: "Trường Đ[ại học]" (a university) is no name
    (
        "Hợp tác giáo dục\n\nNgày 5/6, tỉnh Nghệ An tiếp đoàn công tác. Đồng chí Lê Văn "
        "Hùng - Phó Chủ tịch UBND tỉnh. Đồng chí Phạm Thị Mai - Hiệu trưởng Trường Đ",
        {"Le Van Hung"},
        {"Truong D.", "Truong D"},
    ),
    # a title-case headline: the verb after the name is no part of it
    (
        "Governor Adams Signs Sister State Agreement with Hubei Province - Valley News\n\n"
        "Governor Mark Adams signed the agreement in Sacramento.",
        {"Mark Adams"},
        {"Adams Signs Sister", "Adams Signs"},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_name_forms(pipeline: Pipeline, text: str, present: set[str], absent: set[str]) -> None:
    found = persons(pipeline, text)
    assert present <= found, found
    assert not absent & found, found


# (two words, whether they are a given name and a patronymic with no surname)
POLITE: list[tuple[str, bool]] = [
    ("Dmitry Gennadievic", True),
    ("Alexei Sergeevic", True),
    ("Gennady Stepanovich", True),
    # a short stem: a South Slavic surname more often than a patronymic
    ("Ivan Petrovic", False),
    ("Marko Jovanovic", False),
]


@pytest.mark.parametrize(("name", "polite"), POLITE)
def test_given_and_patronymic(name: str, polite: bool) -> None:
    assert NameCanonicalizer(Registry()).is_given_and_patronymic(name) is polite
