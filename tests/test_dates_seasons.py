"""A season told relative to publication ("im vergangenen Herbst", "last autumn", "l'automne
dernier", "прошлой осенью") dates an act to the season's year (#12, h12d): the autumn before a
May page is last year's, before a December page this year's. Our own invented phrases.
"""

from __future__ import annotations

import pytest

from diplograph._dates import DateParser, build_parser
from diplograph._registry import Registry

LANGS = ("de", "en", "fr", "ru", "es", "pt", "it")


@pytest.fixture(scope="module")
def parsers() -> dict[str, DateParser]:
    reg = Registry()
    return {lang: build_parser(reg, lang) for lang in LANGS}


# (lang, text, published, the date phrase found, its year)
CASES: list[tuple[str, str, str, str, str]] = [
    (
        "de",
        "Im vergangenen Herbst reiste die Delegation ab.",
        "2021-04-12",
        "Im vergangenen Herbst",
        "2020",
    ),
    (
        "de",
        "Im vergangenen Herbst reiste die Delegation ab.",
        "2021-12-01",
        "Im vergangenen Herbst",
        "2021",
    ),
    ("de", "Im letzten Sommer kam der Chor.", "2021-06-20", "Im letzten Sommer", "2020"),
    (
        "de",
        "Im Frühjahr des vergangenen Jahres kam der Chor.",
        "2021-10-20",
        "Im Frühjahr des vergangenen Jahres",
        "2020",
    ),
    ("en", "Last autumn the mayor flew out.", "2021-04-12", "Last autumn", "2020"),
    ("en", "The choir came last summer.", "2021-09-30", "last summer", "2021"),
    (
        "en",
        "The choir came in the spring of last year.",
        "2021-09-30",
        "in the spring of last year",
        "2020",
    ),
    ("fr", "L'automne dernier, la maire est partie.", "2021-04-12", "L'automne dernier", "2020"),
    (
        "fr",
        "La chorale est venue au printemps dernier.",
        "2021-09-30",
        "au printemps dernier",
        "2021",
    ),
    ("ru", "Прошлой осенью мэр улетел.", "2021-04-12", "Прошлой осенью", "2020"),
    ("ru", "Хор приезжал летом прошлого года.", "2021-04-12", "летом прошлого года", "2020"),
    ("es", "El otoño pasado viajó la alcaldesa.", "2021-04-12", "El otoño pasado", "2020"),
    (
        "es",
        "El coro vino en la primavera del año pasado.",
        "2021-09-30",
        "en la primavera del año pasado",
        "2020",
    ),
    ("pt", "No outono passado a prefeita viajou.", "2021-04-12", "No outono passado", "2020"),
    ("pt", "O coro veio no verão passado.", "2021-10-30", "no verão passado", "2021"),
    ("it", "Lo scorso autunno la sindaca è partita.", "2021-04-12", "Lo scorso autunno", "2020"),
    (
        "it",
        "Il coro è venuto nell'estate dell'anno scorso.",
        "2021-10-30",
        "nell'estate dell'anno scorso",
        "2020",
    ),
]


@pytest.mark.parametrize(("lang", "text", "pub", "span", "year"), CASES)
def test_a_season_before_publication_is_its_year(
    parsers: dict[str, DateParser], lang: str, text: str, pub: str, span: str, year: str
) -> None:
    found = [(m.text, m.key, m.attrs.get("granularity")) for m in parsers[lang].find(text, pub)]
    assert found == [(span, year, "year")]


@pytest.mark.parametrize("lang", LANGS)
def test_a_season_without_a_page_date_has_no_year(
    parsers: dict[str, DateParser], lang: str
) -> None:
    text = next(t for la, t, *_ in CASES if la == lang)
    assert all(m.key is None for m in parsers[lang].find(text, None))
