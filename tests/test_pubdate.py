"""Publication dates as real pages state them: header, byline and dateline lines.

Every line here is invented for the test (names, places, numbers); each gives the
date it must give, or none. The table spans the numeric formats and the month names
of the fully supported languages and of languages that pass through with Babel's
CLDR names only.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplograph import Resources
from diplograph._clean import clean_article
from diplograph._dates import resolve_dates
from diplograph._models import Document, RawArticle
from diplograph._pubdate import DateFinder, date_finder
from diplograph._readers import _text_article
from diplograph._registry import Registry


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    return date_finder(Registry())


# (language, a header/byline line of a page, the date it gives)
DATE_LINES: list[tuple[str, str, str | None]] = [
    # numeric formats
    ("ru", "18.05.2023 10:40", "2023-05-18"),
    ("ru", "03.11.2019", "2019-11-03"),
    ("vi", "Thứ Tư, 17/05/2023, 09:12", "2023-05-17"),
    ("vi", "Thứ Hai, 02/01/2023 - 07:05", "2023-01-02"),
    ("vi", "Cập nhật: 21/08/2022 15:30 (GMT+7)", "2022-08-21"),
    ("es", "11-07-2021, 16:45", "2021-07-11"),
    ("en", "2018-11-21 14:02:55", "2018-11-21"),
    ("en", "Write: 2019-03-12", "2019-03-12"),
    ("en", "Posted 2020/06/30", "2020-06-30"),
    ("en", "Updated 09/25/2021 08:00 AM", "2021-09-25"),
    ("de", "Veröffentlicht am 07.02.2018 um 11:20 Uhr", "2018-02-07"),
    ("ko", "입력 2023.05.09 14:20", "2023-05-09"),
    ("ko", "2021. 3. 7. 09:30", "2021-03-07"),
    ("zh", "发布时间：2020-12-01 10:00", "2020-12-01"),
    ("ja", "2022/10/04 18:30", "2022-10-04"),
    # month names of the supported languages
    ("ru", "14 апреля 2022 08:15", "2022-04-14"),
    ("ru", "Опубликовано: 3 сентября 2021 г.", "2021-09-03"),
    ("ru", "Вторник, 9 марта 2021", "2021-03-09"),
    ("ru", "Текст: Ирина Соколова, 27 октября 2020", "2020-10-27"),
    ("de", "Freitag, 14. Oktober 2019", "2019-10-14"),
    ("de", "Stand: 3. März 2020, 17:45 Uhr", "2020-03-03"),
    ("de", "Montag, 1. Juli 2024", "2024-07-01"),
    ("en", "This story is from March 3, 2004", "2004-03-03"),
    ("en", "Published: April 19th, 2021", "2021-04-19"),
    ("en", "12 January 2018 | By Kim Larson", "2018-01-12"),
    ("en", "Tuesday, August 6, 2019 - 10:15", "2019-08-06"),
    ("fr", "Le 12 mars 2021 à 10h30", "2021-03-12"),
    ("fr", "Publié le 1er juin 2022", "2022-06-01"),
    ("fr", "Mis à jour le 28 février 2019 à 08:02", "2019-02-28"),
    ("es", "5 noviembre, 2024", "2024-11-05"),
    ("es", "Publicado el 2 de abril de 2023", "2023-04-02"),
    ("es", "Martes, 14 de junio de 2022", "2022-06-14"),
    ("vi", "ngày 9 tháng 3 năm 2022", "2022-03-09"),
    ("vi", "Thứ Sáu, ngày 20 tháng 10 năm 2023", "2023-10-20"),
    # languages read through Babel only
    ("uk", "19 квітня 2024, 12:10", "2024-04-19"),
    ("uk", "Опубліковано 2 листопада 2021 року", "2021-11-02"),
    ("pt", "Publicado em 4 de abril de 2024", "2024-04-04"),
    ("pt", "quinta-feira, 8 de setembro de 2022", "2022-09-08"),
    ("it", "Pubblicato il 17 maggio 2023", "2023-05-17"),
    ("it", "martedì 5 dicembre 2017", "2017-12-05"),
    ("pl", "Opublikowano: 12 maja 2020", "2020-05-12"),
    ("pl", "środa, 6 października 2021", "2021-10-06"),
    ("id", "Senin, 13 Februari 2023 09:41 WIB", "2023-02-13"),
    ("id", "Kamis, 3 Agustus 2017", "2017-08-03"),
    ("kk", "2021 ж. 14 шілде", None),  # year before day: not a form we read (stays unset)
    ("lo", "12 ມີນາ 2023", "2023-03-12"),
    ("th", "3 มีนาคม 2567", "2024-03-03"),  # Buddhist Era year
    ("th", "วันที่ 21 ตุลาคม 2565 เวลา 10:20 น.", "2022-10-21"),
    # CJK dates
    ("zh", "2021年 六月 8日", "2021-06-08"),
    ("zh", "2020年11月3日 09:00 来源：某某日报", "2020-11-03"),
    ("zh", "六月 8日 2021", "2021-06-08"),
    ("ja", "2019年7月22日 17時05分", "2019-07-22"),
    ("ja", "2023年12月1日(金)", "2023-12-01"),
    ("ko", "2022년 8월 31일 수요일", "2022-08-31"),
    ("ko", "등록 2024년 1월 5일 11:02", "2024-01-05"),
    # a scraper glued the time to the date after it
    ("ru", "09:4511 июня 2020", "2020-06-11"),
    ("en", "Politics 18:053 March 2022", "2022-03-03"),
    # Thai news: a two-digit Buddhist-Era year after an abbreviated month
    ("th", "14 ก.พ. 66", "2023-02-14"),
    # lines that are no date line
    ("en", "The council met on 4 May 2021 and agreed on a joint plan for three new schools.", None),
    (
        "ru",
        "Губернатор Тверской области посетил выставку, открытую 11 марта 2022 года в Минске.",
        None,
    ),
    ("en", "Phone: 12-34-56", None),
    ("en", "Sections: Politics Economy Culture Sport", None),
    ("de", "31.02.2020", None),  # no such day
    ("en", "Version 2.10.2021 released", "2021-10-02"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), DATE_LINES)
def test_date_line(finder: DateFinder, lang: str, line: str, expected: str | None) -> None:
    found = finder.date_line(line)
    assert (found.iso if found else None) == expected, (lang, line)


def test_table_covers_ten_languages() -> None:
    assert len({lang for lang, _, _ in DATE_LINES}) >= 10
    assert len(DATE_LINES) >= 60


# (a wire dateline opening a paragraph, the date it gives)
DATELINES: list[tuple[str, str | None]] = [
    (
        "Тверская область, 11 марта 2022. AGENCY.RU. Губернатор провел встречу с делегацией.",
        "2022-03-11",
    ),
    (
        "HANOI, 14 April 2019 — The two provinces agreed to open a direct flight next year.",
        "2019-04-14",
    ),
    (
        "Kassel, 3. Mai 2018 (dpa) - Die Landesregierung hat einen neuen Plan vorgestellt.",
        "2018-05-03",
    ),
    (
        "The delegation, which arrived on the evening before the long-awaited opening of the fair "
        "in the old port district, signed a plan on 4 May 2021.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), DATELINES)
def test_dateline(finder: DateFinder, paragraph: str, expected: str | None) -> None:
    found = finder.dateline(paragraph)
    assert (found.iso if found else None) == expected
    assert finder.date_line(paragraph) is None  # a dateline opens a sentence: it stays text


BODY = (
    "The governor of the province received a delegation of the partner region and both sides "
    "agreed to extend their cooperation in education, trade and tourism for the coming years. "
    "The agreement signed on 2 February 2020 was recalled by both sides during the talks."
)


def _doc(content: str, published: str | None = None) -> Document:
    doc = clean_article(
        RawArticle(source="t.txt", content=content, published=published), Resources()
    )
    assert isinstance(doc, Document)
    return doc


def test_header_date_line_gives_the_date_and_leaves_the_text() -> None:
    doc = _doc(f"Provinces deepen ties\n17.09.2021 08:30\n\n{BODY}")
    assert doc.published == "2021-09-17"
    assert "17.09.2021" not in doc.text
    assert any(r.kind == "dateline" for r in doc.removed)
    assert doc.published_by and "17.09.2021" in doc.published_by


def test_first_header_date_wins_over_a_date_inside_the_story() -> None:
    doc = _doc(f"Sunday, 12 September 2021\n\n{BODY}\n\nUpdated 14.09.2021")
    assert doc.published == "2021-09-12"


def test_footer_byline_date_when_the_header_has_none() -> None:
    doc = _doc(f"{BODY}\n\nWrite: 2021-10-05")
    assert doc.published == "2021-10-05"


def test_a_date_closing_the_title_line_is_the_header_date() -> None:
    doc = _doc(f"Two provinces sign a plan (09:20 19/03/2021)\n{BODY}\n{BODY}")
    assert doc.published == "2021-03-19"


def test_a_masthead_weekday_date_yields_to_the_story_timestamp() -> None:
    doc = _doc(
        "Friday, 21/05/2021\nMenu\n\nTwo provinces sign a plan\n\n"
        f"Updated: 10:05, 20/05/2021\n\n{BODY}"
    )
    assert doc.published == "2021-05-20"


def test_a_masthead_date_alone_is_still_the_date() -> None:
    assert _doc(f"Friday, 21/05/2021\n\n{BODY}").published == "2021-05-21"


def test_month_prefix_refined_by_a_byline_date_after_the_lead() -> None:
    art = _text_article(
        f" date 2021-09 {BODY}\n\nby Agency\n\n17. September 2021, 08:30 Uhr\n\n{BODY}", "t", None
    )
    assert isinstance(art, RawArticle)
    doc = clean_article(art, Resources())
    assert isinstance(doc, Document)
    assert doc.published == "2021-09-17"


def test_a_story_date_is_never_the_publication_date() -> None:
    assert _doc(BODY).published is None


def test_wire_dateline_opens_the_first_paragraph() -> None:
    doc = _doc(f"Rivertown, 8 June 2022. NEWSWIRE. {BODY}")
    assert doc.published == "2022-06-08"
    assert doc.text.startswith("Rivertown, 8 June 2022.")


def test_month_prefix_is_refined_by_a_page_date_in_that_month() -> None:
    art = _text_article(
        f" date 2021-09 Provinces deepen ties\n17.09.2021 08:30\n\n{BODY}", "t", None
    )
    assert isinstance(art, RawArticle) and art.published == "2021-09"
    doc = clean_article(art, Resources())
    assert isinstance(doc, Document)
    assert doc.published == "2021-09-17"
    assert doc.title == "Provinces deepen ties"


def test_month_prefix_ignores_a_page_date_of_another_month() -> None:
    art = _text_article(
        f" date 2021-10 Provinces deepen ties\n17.09.2021 08:30\n\n{BODY}", "t", None
    )
    assert isinstance(art, RawArticle)
    doc = clean_article(art, Resources())
    assert isinstance(doc, Document)
    assert doc.published == "2021-10"


def test_full_container_date_wins() -> None:
    doc = _doc(f"17.09.2021 08:30\n\n{BODY}", published="2021-09-18")
    assert doc.published == "2021-09-18"


def test_month_only_reference_gives_the_year_of_a_day_and_month() -> None:
    found = resolve_dates(
        "Встреча прошла 20 февраля в Твери. Во вторник делегация уехала.", "ru", "2023-02"
    )
    keys = [m.key for m in found]
    assert "2023-02-20" in keys
    assert keys[-1] is None  # "во вторник" needs the exact day


@given(
    st.dates(
        min_value=__import__("datetime").date(1990, 1, 1),
        max_value=__import__("datetime").date(2099, 12, 31),
    )
)
def test_numeric_header_dates_round_trip(d: object) -> None:
    finder = date_finder(Registry())
    import datetime as dt

    assert isinstance(d, dt.date)
    for line in (f"{d:%d.%m.%Y} 10:00", f"{d:%Y-%m-%d}", f"{d.year}年{d.month}月{d.day}日"):
        found = finder.date_line(line)
        assert found is not None and found.iso == d.isoformat(), line


def test_no_year_digits_means_no_header_date(finder: DateFinder) -> None:
    """``may_hold_date`` False: ``date_line``, ``dateline`` and ``find`` answer nothing, for
    lines with glued times, lines whose head ends in a cut year and Thai two-digit years."""
    from pathlib import Path

    from diplograph._clean import normalise_text

    lines = [
        "Updated 10:2015 March",
        "22:1520 мая 2024",
        "Опубликовано 22:1520 мая",
        # a paragraph whose head (the first label_chars) ends in a labelled date cut
        # from a longer number
        ("word " * 100)[: finder.label_chars - 19] + " Updated 3 May 2015" + "5 more",
        "15 มี.ค. 67 10:30 น.",
        "Monday, 3 March",
        "12/03/2019",
    ]
    sample = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"
    for path in sorted(sample.glob("*/*.txt")):
        content = normalise_text(path.read_text(encoding="utf-8"))
        if not finder.may_hold_date(content):
            assert not any(finder.find(ln) for ln in content.split("\n")), path
        lines += [ln.strip() for ln in content.split("\n") if ln.strip()]
    kept = dated = 0
    for line in lines:
        if finder.may_hold_date(line):
            dated += finder.date_line(line) is not None or finder.dateline(line) is not None
            continue
        kept += 1
        assert finder.find(line) == [] and finder.find(line[: finder.label_chars]) == []
        assert finder.date_line(line) is None and finder.dateline(line) is None, line
    assert kept > 100 and dated >= 3
