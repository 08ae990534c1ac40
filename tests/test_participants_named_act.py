"""A presence sentence that names the act it is about ("took part in the talks", "参加会见")
joins that act, not the one told last, when the host recalled another kind of act in between
(an earlier agreement). Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def parties(pipeline: Pipeline, text: str) -> dict[str, set[str]]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    out: dict[str, set[str]] = {}
    for e in doc.events:
        out.setdefault(e.type, set()).update(p.name for p in e.participants)
    return out


# (text, person who attended the talks)
NAMED_ACTS: list[tuple[str, str]] = [
    (
        "Калуга и Ханой\n\n3 мая губернатор Калужской области Иван Петров провёл переговоры "
        "с председателем Народного комитета Ханоя Чан Ван Бинем. Петров напомнил, что в 2015 "
        "году регионы подписали соглашение о дружбе. В переговорах также приняли участие "
        "вице-губернатор Олег Смирнов и министр экономики области Анна Козлова.",
        "Oleg Smirnov",
    ),
    (
        "4月18日下午，省长王建国在哈尔滨会见俄罗斯阿穆尔州州长伊万诺夫一行。王建国说，两省州于"
        "2015年签署了友好合作协议。副省长李明及有关部门负责同志参加会见。",
        "Li Ming",
    ),
    (
        "4月18日下午，省長王建國在哈爾濱會見俄羅斯阿穆爾州州長伊萬諾夫一行。王建國說，兩省州於"
        "2015年簽署了友好合作協議。副省長李明及有關部門負責同志參加會見。",
        "Li Ming",
    ),
]


@pytest.mark.parametrize(("text", "person"), NAMED_ACTS)
def test_a_presence_phrase_joins_the_act_it_names(
    pipeline: Pipeline, text: str, person: str
) -> None:
    found = parties(pipeline, text)
    assert person in found.get("meeting", set())
    assert person not in found.get("agreement", set())
