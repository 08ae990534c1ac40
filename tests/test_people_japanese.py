"""Japanese officials named by family name and title only ("大石知事", "マルダノフ首相"),
given names UniDic does not know whole ("嗣政"), and the place of a title not read across a
case particle ("福建省のトップが大石知事と": Fujian is the subject's). Every person and
sentence is invented.
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


# (text, person, role, country or None for any)
CASES: list[tuple[str, str, str, str | None]] = [
    # a family name and a title, no full name anywhere: the surname is the person
    (
        "長崎県と福建省\n\n中国 福建省のトップが10日、県庁を訪問し、大石知事と会談しました。",
        "Oishi",
        "Governor",
        "JP",
    ),
    (
        "鳥取県\n\n県庁で高橋知事は韓国の訪問団を迎え、交流について話し合いました。",
        "Takahashi",
        "Governor",
        "JP",
    ),
    # a foreigner's surname alone in katakana before a state title
    (
        "ベトナム\n\nグエン副首相は、ベトナムを訪問中のタタルスタン共和国のサフィン首相と"
        "会見しました。",
        "Safin",
        "Prime Minister",
        None,
    ),
    # a given name UniDic splits (嗣 + 政): read whole with Sudachi
    (
        "山口県\n\n山口県の中村嗣政知事は台湾の訪問団と懇談しました。",
        "Tsugumasa Nakamura",
        "Governor",
        "JP",
    ),
    # a family name only Sudachi knows, in an article that names Taiwan
    (
        "台南市と山口県\n\n台南市の市長が山口県を訪問し、県議会の柳居健太議長と懇談しました。",
        "Kenta Yanai",
        "Chairman of the Prefectural Assembly",
        "JP",
    ),
]

# a katakana word before a company title is not a surname
NOT_PERSONS: list[tuple[str, str]] = [
    ("東京\n\nトヨタ会長は会見で新しい工場について話しました。", "Toyota"),
    ("大阪\n\n大阪府のスポーツクラブ理事長が市役所を訪れました。", "Kurabu"),
]


# a Korean governor in katakana, his region in its Japanese name
CASES.append(
    (
        "徳島県と済州\n\n徳島県の知事と済州特別自治道のオ・ジュンホ知事が協定書に署名しました。",
        "Oh Jun-Ho",
        "Governor",
        "KR",
    )
)

# Korean articles: a title only Japan has ("현의회 의장", a prefectural assembly) reads the
# two words before it as a Japanese name, when their Hangul can spell kana
CASES += [
    (
        "제주와 도쿠시마\n\n제주도는 3일 교류 협약을 체결했다. 이 자리에는 스즈키 유키오 "
        "현의회 의장이 참석했다.",
        "Suzuki Yukio",
        "Chairman of the Prefectural Assembly",
        "JP",
    ),
    (
        "제주와 시즈오카\n\n시즈오카현에서는 모리 유키오 현의회의장 등 50명이 방문했다.",
        "Mori Yukio",
        "Chairman of the Prefectural Assembly",
        "JP",
    ),
]
NOT_PERSONS += [
    (
        "제주와 도쿠시마\n\n도쿠시마현에서는 지사를 비롯해 현의회 의장 등 100여명이 방문했다.",
        "Jisareul",
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "country"), CASES)
def test_japanese_officials(
    pipeline: Pipeline, text: str, person: str, role: str, country: str | None
) -> None:
    found = persons(pipeline, text)
    assert person in found, found
    got_role, got_country = found[person]
    assert got_role == role, found
    if country is not None:
        assert got_country == country, found


@pytest.mark.parametrize(("text", "wrong"), NOT_PERSONS)
def test_katakana_before_a_company_title(pipeline: Pipeline, text: str, wrong: str) -> None:
    found = persons(pipeline, text)
    assert not any(wrong.lower() in k.lower() for k in found), found


def test_surname_joins_the_full_name_when_there_is_one(pipeline: Pipeline) -> None:
    found = persons(
        pipeline,
        "鳥取県\n\n鳥取県の高橋健太知事は訪問団を迎えました。高橋知事は交流を約束しました。",
    )
    assert "Kenta Takahashi" in found, found
    assert "Takahashi" not in found, found
