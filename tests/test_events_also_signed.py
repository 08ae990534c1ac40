"""A signing told in a later sentence with an additive particle or adverb (ko 도, ja も, en
"also", ru "также", fr "également", de "außerdem", vi "cũng") is a second document of the
occasion, not the first one told again; without the cue the later sentence still retells the
first signing. Our own invented sentences (names, places and numbers are made up); mentions
are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"


def agreements(stage: EventStage, markup: str, lang: str) -> int:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return sum(1 for e in doc.events if e.type == "agreement")


# (lang, markup, number of agreements)
CASES: list[tuple[str, str, int]] = [
    (
        "ko",
        "[충청북도|region|KR-43]는 [하남성|region|VN-63]과 우호 협약을 체결했다. "
        "이날 두 지역 대학 사이의 교류 양해각서도 체결됐다.",
        2,
    ),
    (
        "ja",
        "[栃木県|region|JP-09]は[ハナム省|region|VN-63]と友好交流協定を締結した。\n"
        "同日、両県省の大学間の覚書も締結した。",
        2,
    ),
    (
        "en",
        "[Tochigi|region|JP-09] signed a friendship agreement with [Ha Nam|region|VN-63]. "
        "The two sides also signed a memorandum on student exchanges.",
        2,
    ),
    (
        "ru",
        "[Приморский край|region|RU-PRI] подписал соглашение с провинцией [Ханам|region|VN-63]. "
        "Также был подписан меморандум об обмене студентами.",
        2,
    ),
    (
        "fr",
        "La [Savoie|region|FR-73] a signé un accord d'amitié avec [Ha Nam|region|VN-63]. "
        "Les deux parties ont également signé un mémorandum sur les échanges d'étudiants.",
        2,
    ),
    (
        "de",
        "[Sachsen|region|DE-SN] unterzeichnete ein Partnerschaftsabkommen mit "
        "[Ha Nam|region|VN-63]. Außerdem wurde eine Absichtserklärung zum Studentenaustausch "
        "unterzeichnet.",
        2,
    ),
    (
        "vi",
        "Tỉnh [Hà Nam|region|VN-63] ký thỏa thuận hữu nghị với tỉnh [Tochigi|region|JP-09]. "
        "Hai bên cũng đã ký biên bản ghi nhớ về trao đổi sinh viên.",
        2,
    ),
    # a council's agreement "made" (했다) after the region's twinning, with 도 on the council
    (
        "ko",
        "[충청북도|region|KR-43]는 [하남성|region|VN-63]과 자매결연을 했다. "
        "충청북도의회도 하남성 인민의회와 교류 협약을 했다.",
        2,
    ),
    # without the cue the later sentence retells the first signing
    (
        "en",
        "[Tochigi|region|JP-09] signed a friendship agreement with [Ha Nam|region|VN-63]. "
        "The agreement was signed by the two governors.",
        1,
    ),
    (
        "ko",
        "[충청북도|region|KR-43]는 [하남성|region|VN-63]과 우호 협약을 체결했다. "
        "협약은 두 지사가 체결했다.",
        1,
    ),
    # "also" after an undated background signing goes on about that background
    (
        "en",
        "The governor of [Tochigi|region|JP-09] met the chairman of [Ha Nam|region|VN-63] on "
        "[5 June|date|2025-06-05]. The two provinces signed a cooperation agreement for the "
        "2021-2025 period. Their universities have also signed separate agreements.",
        1,
    ),
    # the adverb elsewhere in the sentence, not on the signing
    (
        "ru",
        "[Приморский край|region|RU-PRI] подписал соглашение с провинцией [Ханам|region|VN-63]. "
        "Соглашение подписали губернатор и председатель, присутствовали также депутаты.",
        1,
    ),
]


@pytest.mark.parametrize(("lang", "markup", "count"), CASES)
def test_a_signing_told_with_also_is_another_document(
    stage: EventStage, lang: str, markup: str, count: int
) -> None:
    assert agreements(stage, markup, lang) == count


# (lang, markup): the second document, told without a day, takes the first one's
DATED: list[tuple[str, str]] = [
    (
        "en",
        "On [5 June|date|2025-06-05], [Tochigi|region|JP-09] signed a friendship agreement with "
        "[Ha Nam|region|VN-63]. The two sides also signed a memorandum on student exchanges.",
    ),
    (
        "ko",
        "[충청북도|region|KR-43]는 [6월 5일|date|2025-06-05] [하남성|region|VN-63]과 우호 협약을 "
        "체결했다. 두 지역 대학 사이의 교류 양해각서도 체결됐다.",
    ),
    # "similar agreements were signed by C and D" after a day's signings: more documents of
    # that day, between other regions
    (
        "de",
        "[Am Donnerstag|date|2025-06-05] unterzeichneten [Brest|region|BY-BR] und "
        "[Tula|region|RU-TUL] ein Abkommen. Ähnliche Verträge haben [Witebsk|region|BY-VI] und "
        "[Pskow|region|RU-PSK] unterzeichnet.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), DATED)
def test_the_second_document_is_of_the_first_ones_day(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    dates = [e.date for e in doc.events if e.type == "agreement"]
    assert dates == ["2025-06-05", "2025-06-05"]
