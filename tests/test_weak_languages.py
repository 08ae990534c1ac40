"""Language facts of the languages read in part (Ukrainian, Thai, Lao): Ukrainian spellings
of Vietnamese syllables and Russian given names, Ukrainian country case forms and memorial
triggers, short foreign region names run into Thai and Lao words.

Every sentence and name is our own (invented people, common name parts).
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._events import EventStage
from diplograph._models import Mention
from diplograph._names import NameCanonicalizer
from diplograph._people import PeopleStage
from diplograph._registry import Registry
from diplograph._resources import Resources
from diplograph.gazetteer import Gazetteer
from tests._event_helpers import from_markup


@pytest.fixture(scope="module")
def names() -> NameCanonicalizer:
    return NameCanonicalizer(Registry())


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.build(Registry(), cache=False)


def keys(mentions: list[Mention], kind: str) -> set[str]:
    return {str(m.key) for m in mentions if m.kind == kind}


# (written form, article language, canonical name)
NAMES: list[tuple[str, str, str]] = [
    # Ukrainian і/є for the Russian и/е of the Vietnamese syllable table
    ("Буй Дінь Тхань", "uk", "Bui Dinh Thanh"),
    ("Нгуєн Мінь Тхуан", "uk", "Nguyen Minh Thuan"),
    ("Ле Кім Зунг", "uk", "Le Kim Dung"),
    # the customary nominative of Ho Chi Minh's name in Ukrainian
    ("Хо Ши Мін", "uk", "Ho Chi Minh"),
    # surname, Ukrainian given name, patronymic: the given name is known, so the order is read
    ("Петренко Геннадій Степанович", "uk", "Hennadii Petrenko"),
    ("Коваль Олексій Іванович", "uk", "Oleksii Koval"),
    ("Савчук Андрій Петрович", "uk", "Andrii Savchuk"),
    # a Chinese name in German text: pinyin "j" is not the German spelling of a Russian "й"
    ("Qian Jianmin", "de", "Qian Jianmin"),
    ("Zhou Jianqin", "de", "Zhou Jianqin"),
]


@pytest.mark.parametrize(("written", "lang", "canonical"), NAMES)
def test_names(names: NameCanonicalizer, written: str, lang: str, canonical: str) -> None:
    assert names.canonical(written, lang) == canonical


# (lang, text, kind, key that must be found)
FOUND: list[tuple[str, str, str, str]] = [
    ("uk", "Посол Російської Федерації вручив грамоту.", "country", "RU"),
    ("uk", "делегація з В'єтнаму прибула", "country", "VN"),
    ("uk", "співпраця з Китаєм зростає", "country", "CN"),
    ("uk", "російська делегація прибула", "country", "RU"),
    # Ukrainian region names in their case forms, made by uk/regions.yaml case_rules
    ("uk", "Делегація Львівської області прибула до Ханоя.", "region", "UA-46"),
    ("uk", "Зустріч відбулася у Харківській області.", "region", "UA-63"),
    ("uk", "співпраця з Одеською областю", "region", "UA-51"),
    ("uk", "губернатор Калузької області", "region", "RU-KLU"),
    # Polish voivodeships: the adjective agreeing with "województwo" in every case, alone,
    # and the regions' own noun names
    ("pl", "Delegacja województwa łódzkiego przyjechała.", "region", "PL-10"),
    ("pl", "Umowę podpisano w województwie podkarpackim.", "region", "PL-18"),
    ("pl", "Marszałek Województwa Lubelskiego powiedział", "region", "PL-06"),
    ("pl", "Inwestor z Chin wszedł na wielkopolski rynek w wielkopolskim.", "region", "PL-30"),
    ("pl", "Goście spędzili tydzień na Mazowszu.", "region", "PL-14"),
    ("pl", "Delegacja z Dolnego Śląska przyjechała.", "region", "PL-02"),
    # the plural adjective: the region's firms and people stand for the region
    ("pl", "Na targach w Hanoi wystawiło się kilkanaście mazowieckich firm.", "region", "PL-14"),
    ("pl", "Gubernator rozmawiał z podkarpackimi przedsiębiorcami.", "region", "PL-18"),
    ("pl", "Do Wuhanu pojechali wielkopolscy rolnicy.", "region", "PL-30"),
    ("pl", "Umowy dotyczą eksportu kujawsko-pomorskich owoców.", "region", "PL-04"),
    # Argentine provinces of a short name, written bare in the Spanish press
    ("es", "En este sentido, el Chaco firmó acuerdos con Hubei.", "region", "AR-H"),
    ("es", "Jujuy y Yunnan exploran la cooperación.", "region", "AR-Y"),
    # the German services of the Belarusian and Russian agencies write "Nishnij Nowgorod"
    ("de", "Ähnliche Verträge haben Gomel und Nishnij Nowgorod unterzeichnet.", "region", "RU-NIZ"),
    ("de", "Die Delegation aus Nischnij Nowgorod kam nach Minsk.", "region", "RU-NIZ"),
    # the vowel AM written as one letter or as its two parts (Lao pages use both)
    ("lo", "ຄະນະຜູ້ແທນແຂວງຈໍາປາສັກ", "region", "LA-CH"),
    ("lo", "ຄະນະຜູ້ແທນແຂວງຈຳປາສັກ", "region", "LA-CH"),
    ("th", "ผู้ว่าราชการจังหวัดอํานาจเจริญ", "region", "TH-37"),
    # a Vietnamese province in Lao script
    ("lo", "ສະມາຄົມມິດຕະພາບແຂວງເລີມດົງ", "region", "VN-35"),
    # a Thai province's short name run on to its unit word stays found
    ("th", "ผู้ว่าราชการจังหวัดตากเดินทางมา", "region", "TH-63"),
    ("th", "จังหวัดเชียงใหม่ลงนามบันทึกข้อตกลง", "region", "TH-50"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "key"), FOUND)
def test_found(gaz: Gazetteer, lang: str, text: str, kind: str, key: str) -> None:
    mentions = gaz.find(text, lang)
    assert key in keys(mentions, kind), [(m.kind, m.key, m.text) for m in mentions]


# (lang, text, kind, key that must NOT be found)
NOT_FOUND: list[tuple[str, str, str, str]] = [
    # "ກາດ" (Ghat, Libya) inside "ບັນຍາກາດ" (atmosphere)
    ("lo", "ບັນຍາກາດເປັນມິດ", "region", "LY-GT"),
    # "กัว" (Goa, India) run on to the title "นาย" (Mr): a person's family name
    ("th", "นายกัว เหวย กล่าว", "region", "IN-GA"),
    # a town's epithet is no voivodeship: Rawa Mazowiecka lies in Łódź voivodeship
    ("pl", "Fabryka w Rawie Mazowieckiej otrzymała zamówienie.", "region", "PL-14"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "key"), NOT_FOUND)
def test_not_found(gaz: Gazetteer, lang: str, text: str, kind: str, key: str) -> None:
    mentions = gaz.find(text, lang)
    assert key not in keys(mentions, kind), [(m.kind, m.key, m.text) for m in mentions]


# (lang, markup, expected event types)
TRIGGERS: list[tuple[str, str, list[str]]] = [
    (
        "uk",
        "Делегація [Полтавської області|region|UA-53] піднесла квіти та вінок до пам'ятника "
        "в [Хатинзі|region|BY-MI].",
        ["ceremony"],
    ),
    (
        "uk",
        "Гості з [Вінниці|region|UA-05] поклали живі квіти біля меморіалу в [Ханої|region|VN-HN].",
        ["ceremony"],
    ),
    # German: a trip told as a noun with its destination after "beim"/"bei seinem"
    (
        "de",
        "Gouverneur Wang Lei informierte sich beim zweitägigen Besuch in [Thüringen|region|DE-TH] "
        "über Schulen.",
        ["visit"],
    ),
    (
        "de",
        "Die Delegation aus [Yunnan|region|CN-YN] sah bei ihrem Besuch in "
        "[Thüringen|region|DE-TH] zwei Schulen.",
        ["visit"],
    ),
    # German: the trip named as the circumstance of a wish ("möchte sich beim Besuch in X
    # informieren") happens; the wish governs the verb, not the trip. A trip only wished for
    # is none.
    (
        "de",
        "Gouverneur [Wang Lei|person|Wang Lei] möchte sich beim zweitägigen Besuch in "
        "[Thüringen|region|DE-TH] über Schulen informieren.",
        ["visit"],
    ),
    (
        "de",
        "Die Delegation aus [Yunnan|region|CN-YN] möchte bei ihrem ersten Besuch in "
        "[Thüringen|region|DE-TH] auch Schulen sehen.",
        ["visit"],
    ),
    (
        "de",
        "Gouverneur [Wang Lei|person|Wang Lei] möchte im Herbst [Thüringen|region|DE-TH] besuchen.",
        [],
    ),
    # Indonesian verbs of visiting and arriving
    (
        "id",
        "Gubernur [Jawa Barat|region|ID-JB] berkunjung ke [Guangxi|region|CN-GX] pada bulan Mei.",
        ["visit"],
    ),
    (
        "id",
        "Delegasi [Jawa Tengah|region|ID-JT] mengunjungi [Sichuan|region|CN-SC] pekan lalu.",
        ["visit"],
    ),
    # Thai "พบปะ" (to meet) beside a signing: the talks held with it
    (
        "th",
        "จังหวัด[เชียงราย|region|TH-57]และ[มณฑลยูนนาน|region|CN-YN]ร่วมลงนามบันทึกความเข้าใจ "
        "พร้อมพบปะแลกเปลี่ยนความเห็น",
        ["agreement", "meeting"],
    ),
    # Polish "obrady" (deliberations): a session of talks
    (
        "pl",
        "Marszałek [Jan Nowak|person|Jan Nowak] i gubernator [Syczuanu|region|CN-SC] "
        "zakończyli obrady w Chengdu.",
        ["meeting"],
    ),
    # Korean: "맺다" (to tie) concludes a document after its noun, also with "(MOU)"; a bond
    # ("인연을 맺었다") is no agreement
    (
        "ko",
        "[강원도|region|KR-42]는 [다낭시|region|VN-DN]와 우호교류 협정을 맺었다.",
        ["agreement"],
    ),
    (
        "ko",
        "[강원도|region|KR-42]와 [다낭시|region|VN-DN]는 관광 양해각서(MOU)를 맺었다.",
        ["agreement"],
    ),
    ("ko", "[강원도|region|KR-42]는 [다낭시|region|VN-DN]와 깊은 인연을 맺었다.", []),
    # Korean: "지난해"/"작년" (last year) beside an undated act: another occasion than the
    # signing reported, not the same act told again
    (
        "ko",
        "[강원도|region|KR-42]와 [다낭시|region|VN-DN]는 3일 우호협력 협정을 체결했다. "
        "두 지역은 작년 관광 양해각서를 맺었다.",
        ["agreement", "agreement"],
    ),
    (
        "ko",
        "[강원도|region|KR-42]와 [다낭시|region|VN-DN]는 3일 우호협력 협정을 체결했다. "
        "두 지역은 지난해 관광 양해각서를 체결했다.",
        ["agreement", "agreement"],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), TRIGGERS)
def test_triggers(stage: EventStage, lang: str, markup: str, expected: list[str]) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2025-06-12"))
    assert [e.type for e in doc.events] == expected
    for e in doc.events:
        for ev in e.evidence:
            assert doc.text[ev.start : ev.end] == ev.text


# (lang, text, places (surface, kind, key, attrs), name -> country that must be read,
# a name that must not be read)
PEOPLE: list[
    tuple[str, str, list[tuple[str, str, str, dict[str, str]]], dict[str, str | None], str]
] = [
    # the country after the title in the genitive is not the person's name
    (
        "uk",
        "Були присутні: Надзвичайний і Повноважний Посол Російської Федерації у В'єтнамі "
        "Коваль Олексій Іванович.",
        [("Російської Федерації", "country", "RU", {}), ("В'єтнамі", "country", "VN", {})],
        {"Oleksii Koval": "RU"},
        "Rosiiskoi Federatsii",
    ),
    # the chairs of Russia's and Belarus's upper chambers: the chamber names the country
    (
        "de",
        "Die Vizevorsitzende des Rates der Republik Irina Sokolowa sprach am Montag.",
        [],
        {"Irina Sokolova": "BY"},
        "",
    ),
    (
        "de",
        "Das betonte die Vorsitzende des Föderationsrates Olga Petrowa.",
        [],
        {"Olga Petrova": "RU"},
        "Foderationsrates Olga Petrova",
    ),
    # Indonesian: a ministry's acronym ("Kemendagri") after the office is not the first word
    # of the name
    (
        "id",
        "Gubernur Jawa Barat Ahmad Yani didampingi oleh istri, Rina Yani, Kepala Pusat "
        "Fasilitasi Kerja sama Kemendagri Rudi Hartono, Kepala Biro Pemerintahan dan Kerja Sama "
        "Andi Wijaya, Kepala Dinas Perhubungan Jabar Budi Santoso.",
        [("Jawa Barat", "region", "ID-JB", {"country": "ID"})],
        {"Rudi Hartono": "ID"},
        "Kemendagri Rudi Hartono",
    ),
    # a committee of a parliament ("Sozialausschuss") heads the title phrase before the name
    (
        "de",
        "Die Gäste begleitete der Vorsitzende des Sozialausschusses Peter Hansen (CDU).",
        [],
        {"Peter Hansen": None},
        "",
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "found", "not_found"), PEOPLE)
def test_people(
    lang: str,
    text: str,
    places: list[tuple[str, str, str, dict[str, str]]],
    found: dict[str, str | None],
    not_found: str,
) -> None:
    from tests.test_people import make_doc

    doc = PeopleStage(Resources())(make_doc(text, lang, places))  # type: ignore[arg-type]
    read = {str(m.key): m.attrs["country"] for m in doc.mentions if m.kind == "person"}
    for name, country in found.items():
        assert name in read and read[name] == country, read
    assert not_found not in read, read


# (lang, markup, region pairs that must be partners)
PARTNERS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a cooperation only proposed is not (yet) a partnership
    (
        "pl",
        "Gubernator [prowincji Hubei|region|CN-HB] zaproponował "
        "[województwu łódzkiemu|region|PL-10] współpracę gospodarczą.",
        [],
    ),
    (
        "pl",
        "[Prowincja Hubei|region|CN-HB] rozwija współpracę gospodarczą z "
        "[województwem łódzkim|region|PL-10].",
        [("CN-HB", "PL-10")],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "expected"), PARTNERS)
def test_partnerships(
    stage: EventStage, lang: str, markup: str, expected: list[tuple[str, str]]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2025-06-12"))
    assert sorted(tuple(sorted((p.a, p.b))) for p in doc.partnerships) == expected


# A delegation from a city is its first-level region's (Thai "คณะผู้บริหารจาก", the
# executives' delegation from): the guests' trip, told as the circumstance of the reception,
# is a visit of that region. (lang, markup, {event type: region it must carry})
DELEGATION_HOME: list[tuple[str, str, dict[str, str]]] = [
    (
        "th",
        "ผู้ว่าราชการจังหวัด[เชียงราย|region|TH-57]ให้การต้อนรับคณะผู้บริหารจาก"
        "[นครคุนหมิง|city|Kunming|region=CN-YN] ในโอกาสเดินทางเยือนจังหวัด[เชียงราย|region|TH-57]",
        {"meeting": "CN-YN", "visit": "CN-YN"},
    ),
    (
        "en",
        "Governor [Ivan Petrov|person|Ivan Petrov] received a delegation from "
        "[Kunming|city|Kunming|region=CN-YN] in [Kazan|region|RU-TA].",
        {"meeting": "CN-YN"},
    ),
]


@pytest.mark.parametrize(("lang", "markup", "wanted"), DELEGATION_HOME)
def test_a_city_delegation_is_its_regions(
    stage: EventStage, lang: str, markup: str, wanted: dict[str, str]
) -> None:
    doc = stage(from_markup(markup, lang=lang, published="2025-06-12"))
    found = {e.type: e.regions for e in doc.events}
    for typ, code in wanted.items():
        assert code in found.get(typ, []), found


# The head of a unit whose title names none ("marszałek Jan Nowak") heads the one unit of his
# country the report names; with two named, none is chosen. (lang, text, places, {name: region})
UNIT_HEADS: list[tuple[str, str, list[tuple[str, str, str, dict[str, str]]], dict[str, Any]]] = [
    (
        "pl",
        "Marszałek Jan Nowak przyjął gości z Wietnamu. Na spotkaniu były firmy podkarpackie.",
        [("podkarpackie", "region", "PL-18", {"country": "PL"})],
        {"Jan Nowak": "PL-18"},
    ),
    (
        "pl",
        "Marszałek Jan Nowak przyjął gości. Rozmawiano o firmach podkarpackich i lubelskich.",
        [
            ("podkarpackich", "region", "PL-18", {"country": "PL"}),
            ("lubelskich", "region", "PL-06", {"country": "PL"}),
        ],
        {"Jan Nowak": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "found"), UNIT_HEADS)
def test_unit_head_takes_the_one_unit_named(
    lang: str,
    text: str,
    places: list[tuple[str, str, str, dict[str, str]]],
    found: dict[str, Any],
) -> None:
    from tests.test_people import make_doc

    doc = PeopleStage(Resources())(make_doc(text, lang, places))  # type: ignore[arg-type]
    read = {str(m.key): m.attrs.get("region") for m in doc.mentions if m.kind == "person"}
    for name, region in found.items():
        assert name in read and read[name] == region, read
