"""Which units are partners: a national capital named only as the venue or dateline of
national-level talks is the event's place, not a partner (contract); the capital's own
officials acting make it one. Our own sentences, through the whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._models import Document, RawArticle
from diplograph._resources import Resources

# (lang, text, expected pairs (a, b, kind))
CASES: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    (
        "en",
        "President Vo Van Hung received Governor of Kaluga Oblast Vladislav Shapsha in Hanoi "
        "on March 3 and praised the cooperation between the two countries.",
        set(),
    ),
    (
        "en",
        "Chairman of the Hanoi People's Committee Tran Sy Thanh received Governor of Kaluga "
        "Oblast Vladislav Shapsha in Hanoi on March 3.",
        {("RU-KLU", "VN-HN", "cooperation")},
    ),
    (
        "en",
        "President Vo Van Hung received Governor of Kaluga Oblast Vladislav Shapsha in Hanoi "
        "on March 3. They praised the growing cooperation between Kaluga and Hanoi.",
        {("RU-KLU", "VN-HN", "cooperation")},
    ),
    (
        "vi",
        "Sáng 3/3, tại Hà Nội, Chủ tịch nước Võ Văn Hùng đã tiếp Thống đốc tỉnh Kaluga "
        "Vladislav Shapsha và đánh giá cao hợp tác giữa hai nước.",
        set(),
    ),
    (
        "fr",
        "Le 3 mars à Hanoï, le président Vo Van Hung a reçu le gouverneur de la région de "
        "Kalouga, Vladislav Chapcha, et a salué la coopération entre les deux pays.",
        set(),
    ),
]


# Which units a partnership phrase pairs: units of two countries only, and every unit of
# a list that follows the phrase across its commas (our own sentences).
PAIR_CASES: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    # two provinces of one country beside a twinning word are partners of a third
    ("en", "Zhejiang and Shanghai are sister provinces of the state.", set()),
    (
        "de",
        "Die Reise führt nach Hangzhou in der Partnerprovinz Zhejiang und nach Shanghai.",
        set(),
    ),
    (
        "en",
        "Kaluga Oblast has twinning relations with Binh Thuan, Lang Son and Nghe An.",
        {
            ("RU-KLU", "VN-40", "twinning"),
            ("RU-KLU", "VN-09", "twinning"),
            ("RU-KLU", "VN-22", "twinning"),
        },
    ),
    (
        "id",
        "Provinsi Jawa Barat menjalin kerja sama sister province dengan tiga provinsi "
        "yakni Sichuan, Chongqing, dan Yunnan.",
        {
            ("CN-SC", "ID-JB", "twinning"),
            ("CN-CQ", "ID-JB", "twinning"),
            ("CN-YN", "ID-JB", "twinning"),
        },
    ),
    # a piece after the comma that says more than a unit is a clause of its own
    (
        "en",
        "Kaluga Oblast has twinning relations with Binh Thuan, and its governor later "
        "toured factories in Lang Son.",
        {("RU-KLU", "VN-40", "twinning")},
    ),
    # the press's short names of Indonesian provinces
    (
        "id",
        "Pemprov Jabar menandatangani nota kesepahaman sister province dengan Provinsi "
        "Sichuan pada 10 Mei 2017.",
        {("CN-SC", "ID-JB", "twinning")},
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Any:
    from diplograph._pipeline import Pipeline

    return Pipeline(Resources())


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_capital_venue_is_no_partner(
    pipeline: Any, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    doc = pipeline.process(RawArticle(source=f"{lang}.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    assert doc.lang == lang
    assert {(p.a, p.b, p.kind) for p in doc.partnerships} == expected
    for p in doc.partnerships:
        for e in p.evidence:
            assert doc.text[e.start : e.end] == e.text


# The kinds the partnership phrases of each language name (our own sentences).
PHRASE_CASES: list[tuple[str, str, set[str]]] = [
    ("ko", "양 도시는 2019년 자매결연을 맺었다.", {"twinning"}),
    ("ko", "두 지역은 우호협력도시 협정을 체결했다.", {"twinning", "agreement"}),
    ("ko", "양측은 관광 분야 양해각서를 교환했다.", {"agreement"}),
    ("ko", "두 지역의 협력이 강화되고 있다.", {"cooperation"}),
    ("it", "Le due province sono gemellate dal 1998.", {"twinning"}),
    ("it", "È stato firmato un protocollo d'intesa tra le regioni.", {"agreement"}),
    ("it", "La collaborazione tra le due regioni cresce.", {"cooperation"}),
    ("id", "Kedua daerah menjalin hubungan sister province sejak 2010.", {"twinning"}),
    ("id", "Mereka menandatangani nota kesepahaman di Bandung.", {"agreement"}),
    ("id", "Kerja sama kedua provinsi terus berkembang.", {"cooperation"}),
    ("pt", "As duas cidades são cidades irmãs desde 2001.", {"twinning"}),
    ("pt", "Os estados assinaram um acordo de cooperação.", {"agreement"}),
    ("pt", "A parceria entre os dois estados cresce.", {"cooperation"}),
    ("pl", "Oba regiony to regiony partnerskie od 2005 roku.", {"twinning"}),
    ("pl", "Podpisano porozumienie o współpracy gospodarczej.", {"agreement"}),
    ("ja", "両県は1990年に友好県省を締結した。", {"twinning"}),
    ("ja", "両地域は姉妹州の関係にある。", {"twinning"}),
    ("zh", "两省于2001年结为友好县省。", {"twinning"}),
    ("zh", "两地是姐妹省。", {"twinning"}),
    # sister states and friendly cities (en), Taiwanese usage: 友誼市, 姐妹市, 締盟 (zh)
    ("en", "The two became sister states in 1993.", {"twinning"}),
    ("en", "The governor signed a sister-state accord with the province.", {"twinning"}),
    ("en", "The cities signed a letter on establishing friendly city relations.", {"twinning"}),
    # co-organising one event is no standing relation (vi "phối hợp với")
    ("vi", "Sở Ngoại vụ phối hợp với thành phố tổ chức buổi lễ.", set()),
    # plural documents are agreements too
    ("fr", "La province a signé des conventions de coopération avec trois régions.", {"agreement"}),
    ("fr", "Les accords de coopération ont été signés hier.", {"agreement"}),
    ("es", "Firmaron dos convenios de cooperación.", {"agreement"}),
    ("es", "Los acuerdos de cooperación fueron firmados.", {"agreement"}),
    ("en", "The sides signed three cooperation agreements.", {"agreement"}),
    ("en", "Two memoranda of understanding were signed.", {"agreement"}),
    ("zh", "兩市於去年締盟。", {"twinning"}),
    ("zh", "該縣是本市的友誼市。", {"twinning"}),
    ("zh", "兩地早已結為姐妹市。", {"twinning"}),
]


@pytest.mark.parametrize(("lang", "text", "kinds"), PHRASE_CASES)
def test_partnership_phrases(lang: str, text: str, kinds: set[str]) -> None:
    from diplograph._registry import Registry
    from diplograph.events._lexicon import Lexicon

    lex = Lexicon.load(Registry(), lang)
    assert {e.value for _, _, e in lex.partnerships.scan(text)} == kinds


@pytest.mark.parametrize(("lang", "text", "expected"), PAIR_CASES)
def test_partnership_pairs(
    pipeline: Any, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    doc = pipeline.process(RawArticle(source=f"{lang}.txt", content=text, published="2017-05-11"))
    assert isinstance(doc, Document)
    assert doc.lang == lang
    got = {(p.a, p.b, p.kind) for p in doc.partnerships}
    assert got == {(min(a, b), max(a, b), k) for a, b, k in expected}
