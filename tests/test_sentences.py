"""SentenceStage: rule-based sentence spans with abbreviation data per language."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph._models import Document, Paragraph
from diplograph._resources import Resources
from diplograph._sentences import _END, SentenceStage


@pytest.fixture(scope="module")
def stage() -> SentenceStage:
    return SentenceStage(Resources())


CASES = [
    (
        "en",
        "Mr. Smith met Dr. Jones in St. Petersburg on Nov. 3. They talked about trade.",
        ["Mr. Smith met Dr. Jones in St. Petersburg on Nov. 3.", "They talked about trade."],
    ),
    (
        "en",
        "V. V. Putin and A.S. Lavrov spoke. The U.S. side said growth was 1.5 percent.",
        ["V. V. Putin and A.S. Lavrov spoke.", "The U.S. side said growth was 1.5 percent."],
    ),
    (
        "en",
        'He said: "We agree." Then he left... Why? Nobody knows!',
        ['He said: "We agree."', "Then he left...", "Why?", "Nobody knows!"],
    ),
    (
        "en",
        "They met on July 14. The next day they flew home./.",
        ["They met on July 14.", "The next day they flew home./."],
    ),
    (
        "en",
        "Exports reached 300 million USD in 2023, e.g. timber, fruit, etc. Imports fell.",
        ["Exports reached 300 million USD in 2023, e.g. timber, fruit, etc.", "Imports fell."],
    ),
    (
        "en",
        "Visit VOV.VN for more. It opened at 10 a.m. on Monday.",
        ["Visit VOV.VN for more.", "It opened at 10 a.m. on Monday."],
    ),
    (
        "ru",
        "Встреча прошла в г. Калуге на ул. Ленина, обсуждали туризм, культуру и т.д. "
        "Затем гости уехали.",
        [
            "Встреча прошла в г. Калуге на ул. Ленина, обсуждали туризм, культуру и т.д.",
            "Затем гости уехали.",
        ],
    ),
    (
        "ru",
        "Соглашение подписано в 2023 г. Губернатор В. В. Шапша отметил рост на 1,2%. "
        "Дата: 22.11.2023.",
        [
            "Соглашение подписано в 2023 г.",
            "Губернатор В. В. Шапша отметил рост на 1,2%.",
            "Дата: 22.11.2023.",
        ],
    ),
    (
        "de",
        "Am 22. November traf die Delegation z. B. Herrn Dr. Weber. "
        "Er sprach über Nr. 5 der Liste.",
        [
            "Am 22. November traf die Delegation z. B. Herrn Dr. Weber.",
            "Er sprach über Nr. 5 der Liste.",
        ],
    ),
    (
        "de",
        "Man sprach über Handel, Kultur usw. Danach ging es zum Denkmal.",
        ["Man sprach über Handel, Kultur usw.", "Danach ging es zum Denkmal."],
    ),
    (
        "fr",
        "M. Dupont a reçu Mme. Martin. Ils ont parlé du 1,5 % de croissance.",
        ["M. Dupont a reçu Mme. Martin.", "Ils ont parlé du 1,5 % de croissance."],
    ),
    (
        "es",
        "El Sr. García recibió a la Sra. López. ¿Hablaron de turismo? Sí, y de comercio.",
        ["El Sr. García recibió a la Sra. López.", "¿Hablaron de turismo?", "Sí, y de comercio."],
    ),
    (
        "vi",
        "Chủ tịch UBND TP. Hồ Chí Minh tiếp đoàn. Hai bên bàn về du lịch, giáo dục v.v. "
        "Sau đó đoàn thăm Mũi Né./.",
        [
            "Chủ tịch UBND TP. Hồ Chí Minh tiếp đoàn.",
            "Hai bên bàn về du lịch, giáo dục v.v.",
            "Sau đó đoàn thăm Mũi Né./.",
        ],
    ),
    (
        "vi",
        "Kim ngạch đạt 1.200 tỷ đồng, tăng 12,5%. Năm 2024 hai tỉnh ký ghi nhớ.",
        ["Kim ngạch đạt 1.200 tỷ đồng, tăng 12,5%.", "Năm 2024 hai tỉnh ký ghi nhớ."],
    ),
    # "St. Petersburg" written with the Latin "Saint" in a Vietnamese sentence
    (
        "vi",
        "Thống đốc St. Peterburg tiếp đoàn tại Điện Smolny. Hai bên bàn về du lịch.",
        ["Thống đốc St. Peterburg tiếp đoàn tại Điện Smolny.", "Hai bên bàn về du lịch."],
    ),
    (
        "ja",
        "両県は覚書に署名した。来年も交流を続ける。",
        ["両県は覚書に署名した。", "来年も交流を続ける。"],
    ),
    ("zh", "双方签署了合作协议！明年将继续交流。", ["双方签署了合作协议！", "明年将继续交流。"]),
    # Thai month abbreviations keep their dots inside the sentence ("12 ก.พ. 68")
    (
        "th",
        "วันนี้ (5 มี.ค. 68) ที่ ศาลากลาง จ. เชียงใหม่ ผู้ว่าราชการจังหวัดได้ต้อนรับคณะ",
        ["วันนี้ (5 มี.ค. 68) ที่ ศาลากลาง จ. เชียงใหม่ ผู้ว่าราชการจังหวัดได้ต้อนรับคณะ"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split(stage: SentenceStage, lang: str, text: str, expected: list[str]) -> None:
    doc = stage(Document("d", "s", text, lang=lang))
    assert [text[s.start : s.end] for s in doc.sentences] == expected


def test_never_crosses_a_line_break(stage: SentenceStage) -> None:
    text = "Title without a period\nFirst sentence. Second one\n\nThird paragraph here."
    doc = stage(Document("d", "s", text, lang="en"))
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "Title without a period",
        "First sentence.",
        "Second one",
        "Third paragraph here.",
    ]


def test_paragraph_language_chooses_abbreviations(stage: SentenceStage) -> None:
    en = "The talks took place in Moscow. Both sides were pleased."
    ru = "Встреча прошла в г. Москве. Стороны довольны."
    text = f"{en}\n{ru}"
    doc = Document("d", "s", text, lang="en")
    doc.paragraphs = [Paragraph(0, len(en), "en"), Paragraph(len(en) + 1, len(text), "ru")]
    stage(doc)
    assert [text[s.start : s.end] for s in doc.sentences][2:] == [
        "Встреча прошла в г. Москве.",
        "Стороны довольны.",
    ]


def test_unknown_language_uses_every_list(stage: SentenceStage) -> None:
    text = "Mr. Smith arrived. He left."
    doc = stage(Document("d", "s", text, lang="xx"))
    assert [text[s.start : s.end] for s in doc.sentences] == ["Mr. Smith arrived.", "He left."]


ALPHABET = st.sampled_from(
    [*"ab AZ.!?…\"”'()\n\t  .,:;/0123456789", "St.", "Mr.", "г.", "./.", "。", "U.S.", " \u00a0"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(ALPHABET, max_size=80).map("".join), st.sampled_from(["en", "ru", "de", "vi", None])
)
def test_sentences_cover_text_in_order(text: str, lang: str | None) -> None:
    stage = SentenceStage(Resources())
    doc = stage(Document("d", "s", text, lang=lang))
    covered = set()
    last = 0
    for s in doc.sentences:
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert "\n" not in text[s.start : s.end]
        covered.update(range(s.start, s.end))
        last = s.end
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode(text: str) -> None:
    stage = SentenceStage(Resources())
    doc = stage(Document("d", "s", text, lang="en"))
    spans = [(s.start, s.end) for s in doc.sentences]
    assert spans == sorted(spans)
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_stage_declares(stage: SentenceStage) -> None:
    assert (stage.name, stage.requires, stage.assigns) == (
        "sentences",
        ("text", "lang"),
        ("sentences",),
    )


def test_end_mark_pattern_matches_as_the_plain_alternation() -> None:
    """``_END`` opens with one class (a speed step of #14); its matches must be those of
    the plain alternation of the two clusters, on every short mix of marks and letters."""
    plain = re.compile(r"(?:[.!?…]+|[。！？]+)(?:/\.)?[\"'”’»)\]]*")
    alphabet = '.!…。？/"»)a '
    for n in range(1, 5):
        for chars in itertools.product(alphabet, repeat=n):
            line = "".join(chars)
            assert [m.span() for m in _END.finditer(line)] == [
                m.span() for m in plain.finditer(line)
            ], line
