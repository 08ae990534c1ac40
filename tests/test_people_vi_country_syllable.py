"""A country name that is a syllable of a Vietnamese personal name is part of the name.

"Đức" is Germany in Vietnamese and a common middle or given name ("Nguyễn Đức X"), written
"Duc" in English, French or German wires; "Nga" (Russia), "Lào" (Laos) are given names too.
When a capitalised title runs into the name ("Deputy Minister Nguyen Duc Trung"), the family
name is inside the run of capitalised words, not at its head: the syllable is still a name
syllable, so it is no country mention, and the person reader keeps the whole name. Real
country mentions (after a lowercase word, at a sentence start, after an abbreviation) stay.
Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def _doc(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return doc


def _countries(doc: Document) -> list[tuple[str, str]]:
    return [(m.text, str(m.key)) for m in doc.mentions if m.kind == "country"]


def _persons(doc: Document) -> set[str]:
    return {m.text for m in doc.mentions if m.kind == "person"}


# (lang, text, person read, its syllable that must not be a mention of country code)
NAME_SYLLABLES: list[tuple[str, str, str, str, str]] = [
    (
        "en",
        "Hanoi, May 4, 2026 - Deputy Minister Nguyen Duc Hoang received the Russian "
        "consul in Hanoi to discuss trade between Vietnam and Russia.",
        "Nguyen Duc Hoang",
        "Duc",
        "DE",
    ),
    (
        "en",
        "On May 4, Vice Chairwoman Do Hoang Nga of the provincial People's Committee "
        "welcomed a delegation from Kaluga, Russia.",
        "Do Hoang Nga",
        "Nga",
        "RU",
    ),
    (
        "fr",
        "Hanoï, le 4 mai 2026 - Le Vice-Ministre Pham Duc Long a reçu le consul de Russie "
        "pour parler du commerce entre le Vietnam et la Russie.",
        "Pham Duc Long",
        "Duc",
        "DE",
    ),
    (
        "vi",
        "Hà Nội, ngày 4/5/2026 - Đại Sứ Lê Đức Hải đã tiếp Tổng lãnh sự "
        "Nga để bàn về thương mại giữa Việt Nam và Nga.",
        "Lê Đức Hải",
        "Đức",
        "DE",
    ),
    (
        "de",
        "Hanoi, 4. Mai 2026 - Der Stellvertretende Minister Vu Duc Thang empfing den "
        "russischen Konsul, um über den Handel zwischen Vietnam und Russland zu sprechen.",
        "Vu Duc Thang",
        "Duc",
        "DE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "person", "syllable", "code"), NAME_SYLLABLES)
def test_a_country_syllable_inside_a_vietnamese_name(
    pipeline: Pipeline, lang: str, text: str, person: str, syllable: str, code: str
) -> None:
    doc = _doc(pipeline, text)
    assert doc.lang == lang
    assert (syllable, code) not in _countries(doc), _countries(doc)
    assert person in _persons(doc), _persons(doc)


# (lang, text, surface of a real country mention, its code)
REAL_COUNTRIES: list[tuple[str, str, str, str]] = [
    ("vi", "Đức và Việt Nam đã ký hiệp định hợp tác về đào tạo nghề.", "Đức", "DE"),
    ("vi", "Đoàn doanh nghiệp Việt Nam sang Đức để tìm hiểu thị trường.", "Đức", "DE"),
    ("vi", "Đại sứ CHLB Đức tại Hà Nội đã tiếp ông Nguyễn Văn Bình.", "CHLB Đức", "DE"),
    ("vi", "Ông Lê Đức Hải sẽ sang Đức vào tháng sau.", "Đức", "DE"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "code"), REAL_COUNTRIES)
def test_a_real_country_mention_stays(
    pipeline: Pipeline, lang: str, text: str, surface: str, code: str
) -> None:
    doc = _doc(pipeline, text)
    assert doc.lang == lang
    assert (surface, code) in _countries(doc), _countries(doc)
