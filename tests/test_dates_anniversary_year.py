"""The year of an undated page told by an anniversary: "On 11 July the two provinces signed
..., ahead of the 46th anniversary of the Treaty (18 July 1977)" names 1977 as the year of
the act the anniversary commemorates; the page is of 1977 + 46 = 2023, the one year it tells
once that count is added, and its day-and-month dates take it (#12, h12d). A page that names
two years otherwise keeps its day-and-month dates unresolved. A phrase naming the year just
told again ("In that same year", "Cũng trong năm này", "В том же году") is a date of that year.
Our own invented sentences.
"""

from __future__ import annotations

import pytest

from diplograph._dates import DateStage
from diplograph._models import Document, Paragraph
from diplograph._resources import Resources

# (lang, text, the day-and-month date as written, its key)
CASES: list[tuple[str, str, str, str | None]] = [
    (
        "vi",
        "Chiều 14/7, hai tỉnh ký biên bản hợp tác giai đoạn 2024-2026, hướng tới kỷ niệm 47 năm "
        "Ngày ký Hiệp ước Hữu nghị (18/7/1977).",
        "Chiều 14/7",
        "2024-07-14",
    ),
    (
        "en",
        "On July 14 the two provinces signed a plan for 2024-2026, marking the 47th anniversary "
        "of the Treaty of Friendship (July 18, 1977).",
        "July 14",
        "2024-07-14",
    ),
    (
        "fr",
        "Le 14 juillet, les deux provinces ont signé un plan pour 2024-2026, à l'occasion du "
        "47e anniversaire du Traité d'amitié (18 juillet 1977).",
        "14 juillet",
        "2024-07-14",
    ),
    (
        "ru",
        "14 июля две провинции подписали план на 2024-2026 годы к 47-летию Договора о дружбе "
        "(18 июля 1977 года).",
        "14 июля",
        "2024-07-14",
    ),
    (
        "es",
        "El 14 de julio las dos provincias firmaron un plan para 2024-2026, en el 47 aniversario "
        "del Tratado de Amistad (18 de julio de 1977).",
        "14 de julio",
        "2024-07-14",
    ),
    # without the anniversary's count the two years stay two: no year for the page
    (
        "en",
        "On July 14 the two provinces signed a plan for 2024-2026, recalling the Treaty of "
        "Friendship (July 18, 1977).",
        "July 14",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "key"), CASES)
def test_an_anniversary_count_tells_the_year_of_an_undated_page(
    lang: str, text: str, surface: str, key: str | None
) -> None:
    doc = Document(doc_id="d", source="s", text=text, lang=lang, published=None)
    doc.paragraphs = [Paragraph(0, len(text), lang)]
    DateStage(Resources())(doc)
    (mention,) = [m for m in doc.mentions if m.text.endswith(surface)]
    assert mention.key == key


# (lang, text, the phrase naming the year again, its key)
SAME_YEAR_CASES: list[tuple[str, str, str, str | None]] = [
    (
        "vi",
        "Tượng đài được khánh thành vào năm 2016. Cũng trong năm này, trường ký biên bản ghi nhớ.",
        "Cũng trong năm này",
        "2016",
    ),
    (
        "en",
        "The monument was unveiled in 2016. In that same year the school signed a memorandum.",
        "In that same year",
        "2016",
    ),
    (
        "fr",
        "Le monument a été inauguré en 2016. La même année, l'école a signé un mémorandum.",
        "La même année",
        "2016",
    ),
    (
        "ru",
        "Памятник открыли в 2016 году. В том же году школа подписала меморандум.",
        "В том же году",
        "2016",
    ),
    (
        "de",
        "Das Denkmal wurde im Jahr 2016 enthüllt. Im selben Jahr unterzeichnete die Schule "
        "ein Memorandum.",
        "Im selben Jahr",
        "2016",
    ),
    (
        "es",
        "El monumento se inauguró en 2016. Ese mismo año la escuela firmó un memorando.",
        "Ese mismo año",
        "2016",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "key"), SAME_YEAR_CASES)
def test_a_phrase_naming_the_year_again_is_a_date_of_that_year(
    lang: str, text: str, surface: str, key: str | None
) -> None:
    doc = Document(doc_id="d", source="s", text=text, lang=lang, published="2024-04-16")
    doc.paragraphs = [Paragraph(0, len(text), lang)]
    DateStage(Resources())(doc)
    (mention,) = [m for m in doc.mentions if m.text.lower() == surface.lower()]
    assert mention.key == key
    assert doc.text[mention.start : mention.end] == mention.text


def test_the_same_year_without_a_year_before_is_no_date() -> None:
    text = "In that same year the school signed a memorandum."
    doc = Document(doc_id="d", source="s", text=text, lang="en", published="2024-04-16")
    doc.paragraphs = [Paragraph(0, len(text), "en")]
    DateStage(Resources())(doc)
    assert doc.mentions == []
