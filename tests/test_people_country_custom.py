"""The country of a person whose title names no place, in a text of two countries.

A bilateral text names two countries; a person whose title phrase names neither belongs to
the side whose naming custom the name does not break: a name that is no Chinese name
(family name first, from the closed list) is not the Chinese side's. This holds also when
the name follows a custom of a third country the text does not name: a surname ending like
a Slavic one ("-enko", "-ich") is common in Argentina, and says nothing of Argentina or
China. Near misses: three countries named (no side is left alone), or the name's custom is
one of the two (that custom decides).

A given name of a European or American custom ("Benoît", "Gabriela") is a weaker hint,
asked only of a name no other custom places: it decides where it leaves one of the
countries the text names, and nothing where two of them share the custom (a Spaniard in a
text of Spain and Cuba).

A name spelt in Japanese morae ("Chiyomatsu Hiroyasu") is Japan's where Japan is among the
text's countries and no other custom places it; not a listed given name of another custom
("Maria Rosa") nor a Chinese family name first.

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


def _country(doc: Document, name: str) -> str | None:
    got = {str(m.attrs.get("entity_id")): m for m in doc.mentions if m.kind == "person"}
    by_name = {m.key: m.attrs.get("country") for m in got.values()}
    assert name in by_name, by_name
    return by_name[name]


# (text, person, the country expected: None where the text leaves it open)
CASES: list[tuple[str, str, str | None]] = [
    (
        "El gobernador Marcos Romanenko firmó ayer un acuerdo de hermanamiento entre la "
        "provincia de Chaco y la provincia china de Henan.",
        "Marcos Romanenko",
        "AR",
    ),
    (
        "Governor Lucia Petrovich signed a sister-province agreement between Argentina's "
        "Chaco province and China's Henan province on Monday.",
        "Lucia Petrovich",
        "AR",
    ),
    (
        "Le gouverneur Lucia Kovalenko a signé un accord de jumelage entre la province du "
        "Chaco et la province chinoise du Henan.",
        "Lucia Kovalenko",
        "AR",
    ),
    # near miss: a third country named, two sides left that the name does not exclude
    (
        "Governor Lucia Petrovich signed a sister-province agreement between Argentina's "
        "Chaco province and China's Henan province, after a visit to Brazil's Parana state.",
        "Lucia Petrovich",
        None,
    ),
    # near miss: a listed family name first (read as Chinese) is an East Asian custom's
    # mark, not a name no custom places: no side by elimination
    (
        "Vice Chairman Y. Thanh Ha received a delegation of Sekong province of Laos in "
        "Gia Lai province of Vietnam on Tuesday.",
        "Y. Thanh Ha",
        None,
    ),
    # near miss: the name's own custom is one of the two countries
    (
        "Governor Sergei Kovalenko signed a partnership agreement between Russia's Kaluga "
        "region and China's Henan province on Monday.",
        "Sergei Kovalenko",
        "RU",
    ),
]


# (text, person, the country expected from the given name: None where it decides nothing)
GIVEN: list[tuple[str, str, str | None]] = [
    (
        "The delegation of Lozère, France, was led by Vice President Sylvie Marchand and by "
        "director Benoît Rouvier during its visit to Guizhou, China, and to Laos last week.",
        "Benoit Rouvier",
        "FR",
    ),
    (
        "Director Gabriela Muñoz of the Chaco agency met officials of Henan, China, and of "
        "Brazil in Zhengzhou.",
        "Gabriela Munoz",
        "AR",
    ),
    (
        "Le maire Klaus Berndorf, venu d'Allemagne, a rencontré à Hangzhou, en Chine, des "
        "élus de Californie, aux États-Unis.",
        "Klaus Berndorf",
        "DE",
    ),
    # near miss: Spain and Cuba share the custom of "Jorge": the name decides nothing
    (
        "El secretario general Jorge García Ledo, de Galicia, firmó en Holguín, Cuba, un "
        "convenio con Ernesto Pérez, gobernador de la provincia.",
        "Jorge Garcia Ledo",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), GIVEN)
def test_given_name_of_one_custom(
    pipeline: Pipeline, text: str, name: str, country: str | None
) -> None:
    assert _country(_doc(pipeline, text), name) == country


@pytest.mark.parametrize(("text", "name", "country"), CASES)
def test_country_of_the_side_whose_custom_the_name_keeps(
    pipeline: Pipeline, text: str, name: str, country: str | None
) -> None:
    assert _country(_doc(pipeline, text), name) == country


# (text, person, country expected: None where the spelling decides nothing)
ROMAJI: list[tuple[str, str, str | None]] = [
    (
        "On Monday, Mayor Chiyomatsu Hiroyasu signed the memorandum with Chairman Tran Van "
        "Binh of Ha Nam province, Vietnam, in the presence of the Japanese consul and a "
        "delegation from Hawaii, USA.",
        "Chiyomatsu Hiroyasu",
        "JP",
    ),
    (
        "Mayor Ryota Kanemitsu welcomed delegations of Da Nang, Vietnam, and of Texas, USA, to "
        "the festival in Japan.",
        "Ryota Kanemitsu",
        "JP",
    ),
    # near miss: a given name of another custom, though its spelling fits the morae
    (
        "Mayor Maria Rosa welcomed delegations of Da Nang, Vietnam, and of Texas, USA, to "
        "the festival in Japan.",
        "Maria Rosa",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), ROMAJI)
def test_name_spelt_in_japanese_morae(
    pipeline: Pipeline, text: str, name: str, country: str | None
) -> None:
    assert _country(_doc(pipeline, text), name) == country


# (text, person, country): a name of a custom two of the text's countries share, placed by
# the places of its own sentence, which a page's lost space glued to the sentence before
GLUED: list[tuple[str, str, str | None]] = [
    (
        "Одобрено соглашение между Законодательным Собранием Псковской области (Российская "
        "Федерация) и Витебским областным Советом (Республика Беларусь).Заседание "
        "Законодательного Собрания Псковской области прошло под председательством Ивана "
        "Петренко.",
        "Ivan Petrenko",
        "RU",
    ),
    # near miss: a space after the stop was never lost, initials stay inside the sentence
    (
        "Одобрено соглашение между Псковской областью и Витебской областью (Республика "
        "Беларусь) под председательством И.Петренко и Ивана Петренко.",
        "Ivan Petrenko",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), GLUED)
def test_sentence_glued_to_the_one_before(
    pipeline: Pipeline, text: str, name: str, country: str | None
) -> None:
    assert _country(_doc(pipeline, text), name) == country
