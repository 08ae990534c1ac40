"""Chinese-script lists of officials: a name listed after a titled name without a title of
its own holds the one before ("前知事A、B等"); a department head (处长) is a title; the family
name 余 as a converter writes it in traditional script (餘). Every person and sentence is
invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def persons(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {
        str(m.key): (m.attrs.get("role"), m.attrs.get("country"))
        for m in doc.mentions
        if m.kind == "person"
    }


# (text, person, role, country)
LISTS: list[tuple[str, str, str, str]] = [
    (
        "省委书记张建华访问日本长崎县，与长崎县知事山田健一和前知事佐藤正雄、田中英夫等进行交流。",
        "Hideo Tanaka",
        "Governor",
        "JP",
    ),
    (
        "省委書記張建華訪問日本長崎縣，與長崎縣知事山田健一和前知事佐藤正雄、田中英夫等進行交流。",
        "Hideo Tanaka",
        "Governor",
        "JP",
    ),
    (
        "省长王建国在哈尔滨会见俄罗斯阿穆尔州州长一行。副省长李明、赵华等参加会见。",
        "Zhao Hua",
        "Vice Governor",
        "CN",
    ),
    (
        "台南市长林志明率新闻及国际关系处长王美华、教育局长陈国栋接待日本山口县访问团。",
        "Wang Mei-Hua",
        "Director",
        "TW",
    ),
    (
        "省長王建國會見俄羅斯阿穆爾州州長伊萬諾夫一行。省領導餘建華及有關部門負責同志參加會見。",
        "Yu Jianhua",
        "Provincial Leader",
        "CN",
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "country"), LISTS)
def test_officials_listed_in_chinese_script(
    pipeline: Pipeline, text: str, person: str, role: str, country: str
) -> None:
    assert persons(pipeline, text).get(person) == (role, country)


def test_a_word_after_a_titled_name_is_no_name(pipeline: Pipeline) -> None:
    """Only a name's form is listed: "文化、旅游等" after a titled name names no one."""
    text = "省长王建国会见日本长崎县知事山田健一，双方就经贸、文化、旅游等领域合作交换意见。"
    found = persons(pipeline, text)
    assert set(found) == {"Wang Jianguo", "Kenichi Yamada"}
