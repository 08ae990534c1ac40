"""Participants named in lists and asides, through the whole pipeline on short texts of our
own: a Japanese name's reading printed in kana after it; two names after two places of two
countries ("the mayors of A and B, X and Y"), each of the place of its rank; the companions
of a traveller ("accompanied by ...") on the trip.

Every person, place and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline
from diplograph._resources import Resources


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Resources())


def run(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return doc


def countries(doc: Document) -> dict[str, str | None]:
    return {p.name: p.country for e in doc.events for p in e.participants}


# (text, the person's name as its printed reading gives it)
READINGS: list[tuple[str, str]] = [
    (
        "5日、県庁で、山田 富一(やまだ とみかず)知事は、ベトナムのグエン・バン・アン大使と"
        "会見しました。",
        "Tomikazu Yamada",
    ),
    (
        "5日、県庁で、山田 富一（ヤマダ トミカズ）知事は、ベトナムのグエン・バン・アン大使と"
        "会見しました。",
        "Tomikazu Yamada",
    ),
    (
        "7日、市役所で、高橋 富一(たかはし とみかず)市長は、中国の王明省長と会談しました。",
        "Tomikazu Takahashi",
    ),
]


@pytest.mark.parametrize(("text", "name"), READINGS)
def test_printed_reading_of_a_japanese_name(pipeline: Pipeline, text: str, name: str) -> None:
    doc = run(pipeline, text)
    assert name in countries(doc), countries(doc)


# (text, {person: country}) for names listed after places listed in the same order
PARALLEL: list[tuple[str, dict[str, str | None]]] = [
    (
        " date 2025-06-12\n\nФорум регионов\n\n11 июня в Минске подписано соглашение о "
        "сотрудничестве в присутствии председателей парламентов Белоруссии и России Анны "
        "Березиной и Марии Луговой.",
        {"Anna Berezina": "BY", "Maria Lugova": "RU"},
    ),
    (
        " date 2025-06-12\n\nKaluga and Grodno\n\nOn June 11 the mayors of Kaluga and Grodno, "
        "Ivan Petrov and Pavel Sidorov, signed a memorandum of cooperation in Minsk.",
        {"Ivan Petrov": "RU", "Pavel Sidorov": "BY"},
    ),
    (
        " date 2025-06-12\n\nGrodno and Kaluga\n\nOn June 11 the mayors of Grodno and Kaluga, "
        "Ivan Petrov and Pavel Sidorov, signed a memorandum of cooperation in Minsk.",
        {"Ivan Petrov": "BY", "Pavel Sidorov": "RU"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARALLEL)
def test_names_listed_after_places_take_their_rank(
    pipeline: Pipeline, text: str, expected: dict[str, str | None]
) -> None:
    got = countries(run(pipeline, text))
    assert {k: got.get(k) for k in expected} == expected, got


# (text, the traveller, the companion who travels with them, a host who does not)
COMPANIONS: list[tuple[str, str, str, str | None]] = [
    (
        " date 2025-06-12\n\nSchleswig-Holstein in China\n\nMinisterpräsident Hans Weber ist "
        "am Samstag zu einem Besuch nach China aufgebrochen. Am Montag trifft er in Hangzhou "
        "den Gouverneur der Provinz Zhejiang Li Ming. Begleitet wird Weber von einer Delegation "
        "aus 40 Teilnehmern, unter ihnen Wirtschaftsminister Karl Braun.",
        "Hans Weber",
        "Karl Braun",
        "Li Ming",
    ),
    (
        " date 2025-06-12\n\nKaluga in Vietnam\n\nGovernor Ivan Sokolov of Kaluga oblast arrived "
        "in Vietnam on June 10 for a five-day visit. On June 11 he met Chairman of the Binh "
        "Thuan Provincial People's Committee Tran Minh Duc in Phan Thiet. Sokolov is "
        "accompanied by Deputy Governor Pavel Orlov.",
        "Ivan Sokolov",
        "Pavel Orlov",
        "Tran Minh Duc",
    ),
    (
        " date 2025-06-12\n\nKaluga au Vietnam\n\nLe gouverneur de l'oblast de Kalouga Ivan "
        "Sokolov est arrivé au Vietnam le 10 juin pour une visite de cinq jours. Le 11 juin, il "
        "a rencontré à Phan Thiet le président du comité populaire de la province de Binh Thuan "
        "Tran Minh Duc. Ivan Sokolov est accompagné du vice-gouverneur Pavel Orlov.",
        "Ivan Sokolov",
        "Pavel Orlov",
        "Tran Minh Duc",
    ),
]


@pytest.mark.parametrize(("text", "traveller", "companion", "host"), COMPANIONS)
def test_companions_of_the_traveller_make_the_trip(
    pipeline: Pipeline, text: str, traveller: str, companion: str, host: str | None
) -> None:
    doc = run(pipeline, text)
    trips = [{p.name for p in e.participants} for e in doc.events if e.type == "visit"]
    assert trips, [(e.type, [p.name for p in e.participants]) for e in doc.events]
    assert traveller in trips[0] and companion in trips[0], trips
    assert host not in trips[0]


def test_the_hosts_companion_does_not_travel(pipeline: Pipeline) -> None:
    """ "received by the Chairman, accompanied by his deputy": the deputy is a host."""
    doc = run(
        pipeline,
        " date 2025-06-12\n\nKaluga in Vietnam\n\nGovernor Ivan Sokolov of Kaluga oblast "
        "arrived in Vietnam on June 10 for a five-day visit. On June 11 he was received in "
        "Phan Thiet by Chairman of the Binh Thuan Provincial People's Committee Tran Minh Duc, "
        "accompanied by Vice Chairman Le Van Hai.",
    )
    trips = [{p.name for p in e.participants} for e in doc.events if e.type == "visit"]
    assert trips and "Ivan Sokolov" in trips[0]
    assert "Le Van Hai" not in trips[0]
