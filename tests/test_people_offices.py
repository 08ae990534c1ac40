"""The country of an official from the office the title names, when the places of the
text do not decide it: a body only one country has ("Совет Федерации": Russia) and an
office one of two countries of the same naming custom does not have (Belarus has no
governors). Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def persons(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {
        str(m.key): (m.attrs.get("role"), m.attrs.get("country"), m.attrs.get("region"))
        for m in doc.mentions
        if m.kind == "person"
    }


# (text, person, role, country, region)
OFFICES: list[tuple[str, str, str, str | None, str | None]] = [
    (
        "Форум регионов России и Беларуси\n\nПредседатель Совета Федерации Ирина Соколова "
        "выступила на пленарном заседании форума в Могилёве.",
        "Irina Sokolova",
        "Chairman of the Federation Council",
        "RU",
        None,
    ),
    (
        "Сотрудничество Беларуси и России\n\nВ Минске председатель Государственной думы "
        "Павел Морозов обсудил с белорусскими коллегами планы на год.",
        "Pavel Morozov",
        "Chairman of the State Duma",
        "RU",
        None,
    ),
    (
        "Kazan and Minsk\n\nSpeaker of the Federation Council Irina Sokolova opened the forum "
        "of the regions of Russia and Belarus in Minsk.",
        "Irina Sokolova",
        "Chairman of the Federation Council",
        "RU",
        None,
    ),
    (
        "Беларусь и Россия\n\nГубернатор Олег Петров встретился с белорусской делегацией. "
        "Стороны обсудили поставки техники в Беларусь и Россию.",
        "Oleg Petrov",
        "Governor",
        "RU",
        None,
    ),
    (
        "Беларусь и Россия\n\nВице-губернатор Андрей Лебедев принял делегацию из Беларуси. "
        "Россия и Беларусь договорились о новых проектах.",
        "Andrei Lebedev",
        "Vice Governor",
        "RU",
        None,
    ),
    # an office only one country has: a voivodeship's marshal is Polish, and heads the one
    # voivodeship the report names
    (
        "Mazowsze i Henan\n\nMarszałek Jan Kowalski i wicemarszałek Piotr Nowak podpisali "
        "porozumienie z delegacją z Chin.",
        "Jan Kowalski",
        "Marshal of the Voivodeship",
        "PL",
        "PL-14",
    ),
    # a Russian republic in its Japanese name gives the title's place
    (
        "ベトナムとバシコルトスタン\n\nグエン副首相は、バシコルトスタン共和国のサフィン首相と"
        "会見しました。",
        "Safin",
        "Prime Minister",
        "RU",
        "RU-BA",
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "country", "region"), OFFICES)
def test_country_of_the_office(
    pipeline: Pipeline, text: str, person: str, role: str, country: str | None, region: str | None
) -> None:
    found = persons(pipeline, text)
    assert person in found, found
    got_role, got_country, got_region = found[person]
    assert got_country == country, found
    assert got_region == region, found
    assert role.split()[0] in (got_role or ""), found
