"""PeopleStage: persons, titles, affiliation and short-mention linking."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from diplograph._models import Document, Mention, Sentence
from diplograph._people import PeopleStage
from diplograph._resources import Resources

Place = tuple[str, str, str, dict[str, Any]]
RU: dict[str, Any] = {"country": "RU"}
VN: dict[str, Any] = {"country": "VN"}
CN: dict[str, Any] = {"country": "CN"}
ID: dict[str, Any] = {"country": "ID"}


@pytest.fixture(scope="module")
def stage() -> PeopleStage:
    return PeopleStage(Resources())


def make_doc(text: str, lang: str, places: list[Place]) -> Document:
    mentions = []
    cursor: dict[str, int] = {}
    for surface, kind, key, attrs in places:
        start = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = start + 1
        mentions.append(
            Mention(start, start + len(surface), surface, kind, key, "test", dict(attrs))  # type: ignore[arg-type]
        )
    return Document(
        doc_id="t",
        source="t",
        text=text,
        lang=lang,
        sentences=[Sentence(0, len(text))],
        mentions=sorted(mentions, key=lambda m: m.start),
    )


def people(doc: Document) -> dict[str, tuple[Any, Any, Any]]:
    out: dict[str, tuple[Any, Any, Any]] = {}
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        if m.kind == "person":
            assert m.rule.startswith("person:")
            assert m.attrs["entity_id"].startswith("p:")
            out.setdefault(m.key, (m.attrs["role"], m.attrs["country"], m.attrs["region"]))
    return out


Case = tuple[str, str, list[Place], dict[str, tuple[Any, Any, Any]]]
CASES: list[Case] = [
    # -- en
    (
        "en",
        "President Vo Van Thuong received Governor of Russia's Kaluga oblast Vladislav "
        "Valerievich Shapsha in Hanoi.",
        [
            ("Russia", "country", "RU", {}),
            ("Kaluga oblast", "region", "RU-KLU", RU),
            ("Hanoi", "region", "VN-HN", VN),
        ],
        {
            "Vo Van Thuong": ("President", "VN", None),
            "Vladislav Shapsha": ("Governor", "RU", "RU-KLU"),
        },
    ),
    (
        "en",
        "Kaluga Governor Vladislav Shapsha arrived on Monday.",
        [("Kaluga", "region", "RU-KLU", RU)],
        {"Vladislav Shapsha": ("Governor", "RU", "RU-KLU")},
    ),
    (
        "en",
        "St. Petersburg governor Alexander Beglov met Vietnamese ambassador to Russia Dang "
        "Minh Khoi on July 14.",
        [
            ("St. Petersburg", "region", "RU-SPE", RU),
            ("Vietnamese", "country", "VN", {}),
            ("Russia", "country", "RU", {}),
        ],
        {
            "Alexander Beglov": ("Governor", "RU", "RU-SPE"),
            "Dang Minh Khoi": ("Ambassador", "VN", None),
        },
    ),
    (
        "en",
        "HANOI — Deputy Prime Minister Tran Hong Ha hosted a delegation from Novosibirsk.",
        [("HANOI", "region", "VN-HN", VN), ("Novosibirsk", "region", "RU-NVS", RU)],
        {"Tran Hong Ha": ("Deputy Prime Minister", "VN", None)},
    ),
    (
        "en",
        "Mr. Ivan Petrov, vice governor of Tula oblast, signed the memorandum.",
        [("Tula oblast", "region", "RU-TUL", RU)],
        {"Ivan Petrov": ("Vice Governor", "RU", "RU-TUL")},
    ),
    (
        "en",
        "Chairman of the People's Committee of Binh Thuan province Doan Anh Dung spoke.",
        [("Binh Thuan province", "region", "VN-40", VN)],
        {"Doan Anh Dung": ("Chairman of the People's Committee", "VN", "VN-40")},
    ),
    (
        "en",
        "Mayor of Yekaterinburg Alexei Orlov greeted the guests.",
        [("Yekaterinburg", "city", "Yekaterinburg", {"country": "RU", "region": "RU-SVE"})],
        {"Alexei Orlov": ("Mayor", "RU", "RU-SVE")},
    ),
    (
        "en",
        "Russian Ambassador to Vietnam Gennady Bezdetko attended the ceremony.",
        [("Russian", "country", "RU", {}), ("Vietnam", "country", "VN", {})],
        {"Gennady Bezdetko": ("Ambassador", "RU", None)},
    ),
    (
        "en",
        "Prime Minister Pham Minh Chinh and President Emmanuel Macron spoke by phone.",
        [],
        {
            "Pham Minh Chinh": ("Prime Minister", None, None),
            "Emmanuel Macron": ("President", None, None),
        },
    ),
    (
        "en",
        "Secretary of the Provincial Party Committee of Lang Son Nguyen Van Tho met them.",
        [("Lang Son", "region", "VN-09", VN)],
        {"Nguyen Van Tho": ("Secretary of the Party Committee", "VN", "VN-09")},
    ),
    (
        "en",
        "The delegation laid flowers at the Ho Chi Minh Monument in Ho Chi Minh City.",
        [("Ho Chi Minh City", "region", "VN-SG", VN)],
        {},
    ),
    (
        "en",
        "Mrs. Tatyana Golikova visited Can Tho.",
        [("Can Tho", "region", "VN-CT", VN)],
        {"Tatiana Golikova": (None, None, None)},  # a Russian name is no Vietnamese official,
    ),
    # -- vi
    (
        "vi",
        "Chủ tịch nước Lương Cường tiếp Thống đốc tỉnh Kaluga (Nga) Vladislav Shapsha.",
        [("tỉnh Kaluga", "region", "RU-KLU", RU), ("Nga", "country", "RU", {})],
        {
            "Luong Cuong": ("President", None, None),
            "Vladislav Shapsha": ("Governor", "RU", "RU-KLU"),
        },
    ),
    (
        "vi",
        "Chủ tịch UBND tỉnh Bình Thuận Đoàn Anh Dũng đã làm việc với đoàn.",
        [("Bình Thuận", "region", "VN-40", VN)],
        {"Doan Anh Dung": ("Chairman of the People's Committee", "VN", "VN-40")},
    ),
    (
        "vi",
        "Phó Thủ tướng Trần Hồng Hà tiếp đoàn tại Hà Nội.",
        [("Hà Nội", "region", "VN-HN", VN)],
        {"Tran Hong Ha": ("Deputy Prime Minister", "VN", None)},
    ),
    (
        "vi",
        "Bí thư Tỉnh ủy Lạng Sơn Nguyễn Quốc Đoàn dẫn đầu đoàn công tác.",
        [("Lạng Sơn", "region", "VN-09", VN)],
        {"Nguyen Quoc Doan": ("Secretary of the Party Committee", "VN", "VN-09")},
    ),
    (
        "vi",
        "Đại sứ Việt Nam tại Nga Đặng Minh Khôi phát biểu.",
        [("Việt Nam", "country", "VN", {}), ("Nga", "country", "RU", {})],
        {"Dang Minh Khoi": ("Ambassador", "VN", None)},
    ),
    (
        "vi",
        "Tổng Lãnh sự Việt Nam tại Vladivostok Lê Thanh Hải dự lễ.",
        [
            ("Việt Nam", "country", "VN", {}),
            ("Vladivostok", "city", "Vladivostok", {"country": "RU", "region": "RU-PRI"}),
        ],
        {"Le Thanh Hai": ("Consul General", "VN", None)},
    ),
    (
        "vi",
        "Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long cho biết.",
        [("Nghệ An", "region", "VN-22", VN)],
        {"Bui Dinh Long": ("Vice Chairman of the People's Committee", "VN", "VN-22")},
    ),
    (
        "vi",
        "Ông Nguyễn Văn Thọ gặp Thống đốc Kaluga Vladislav Shapsha.",
        [("Kaluga", "region", "RU-KLU", RU)],
        {"Nguyen Van Tho": (None, None, None), "Vladislav Shapsha": ("Governor", "RU", "RU-KLU")},
    ),
    # -- ru
    (
        "ru",
        "Губернатор Калужской области Владислав Шапша провёл встречу.",
        [("Калужской области", "region", "RU-KLU", RU)],
        {"Vladislav Shapsha": ("Governor", "RU", "RU-KLU")},
    ),
    (
        "ru",
        "Встреча с губернатором Санкт-Петербурга Александром Бегловым прошла в Смольном.",
        [("Санкт-Петербурга", "region", "RU-SPE", RU)],
        {"Alexander Beglov": ("Governor", "RU", "RU-SPE")},
    ),
    (
        "ru",
        "Посол Вьетнама в России Данг Минь Кхой вручил награду.",
        [("Вьетнама", "country", "VN", {}), ("России", "country", "RU", {})],
        {"Dang Minh Khoi": ("Ambassador", "VN", None)},
    ),
    (
        "ru",
        "Вице-губернатор Тульской области Дмитрий Миляев встретил гостей.",
        [("Тульской области", "region", "RU-TUL", RU)],
        {"Dmitry Milyaev": ("Vice Governor", "RU", "RU-TUL")},
    ),
    (
        "ru",
        "Мэр Москвы Сергей Собянин принял делегацию.",
        [("Москвы", "region", "RU-MOW", RU)],
        {"Sergei Sobyanin": ("Mayor", "RU", "RU-MOW")},
    ),
    (
        "ru",
        "Глава Республики Татарстан Рустам Минниханов посетил Ханой.",
        [("Татарстан", "region", "RU-TA", RU), ("Ханой", "region", "VN-HN", VN)],
        {"Rustam Minnikhanov": ("Head of the Republic", "RU", "RU-TA")},
    ),
    (
        "ru",
        "Председатель правительства Вьетнама Фам Минь Тинь провёл переговоры.",
        [("Вьетнама", "country", "VN", {})],
        {"Pham Minh Chinh": ("Prime Minister", "VN", None)},
    ),
    (
        "ru",
        "Заместитель председателя Комитета по внешним связям Санкт-Петербурга Вячеслав "
        "Калганов открыл форум.",
        [("Санкт-Петербурга", "region", "RU-SPE", RU)],
        {
            "Vyacheslav Kalganov": (
                "Deputy Chairman of the External Relations Committee",
                "RU",
                "RU-SPE",
            )
        },
    ),
    (
        "ru",
        "Г-н Василий Голубев, губернатор Ростовской области, выступил первым.",
        [("Ростовской области", "region", "RU-ROS", RU)],
        {"Vasily Golubev": ("Governor", "RU", "RU-ROS")},
    ),
    # -- de
    (
        "de",
        "Die Delegation empfing Herrn Wjatscheslaw Kalganow, den stellvertretenden "
        "Vorsitzenden des Komitees für Außenbeziehungen von Sankt Petersburg.",
        [("Sankt Petersburg", "region", "RU-SPE", RU)],
        {
            "Vyacheslav Kalganov": (
                "Deputy Chairman of the External Relations Committee",
                "RU",
                "RU-SPE",
            )
        },
    ),
    (
        "de",
        "Sie trafen Herrn Wladimir Petrowitsch Bujanow, dem Vorsitzenden der "
        "Russisch-Vietnamesischen Freundschaftsgesellschaft, in Moskau.",
        [
            (
                "Russisch-Vietnamesischen Freundschaftsgesellschaft",
                "org",
                "Russia-Vietnam Friendship Society",
                {"country": "RU", "region": None},
            ),
            ("Moskau", "region", "RU-MOW", RU),
        ],
        {"Vladimir Buyanov": ("Chairman of the Russia-Vietnam Friendship Society", "RU", None)},
    ),
    (
        "de",
        "Gouverneur Alexander Beglow empfing den vietnamesischen Botschafter Dang Minh Khoi.",
        [("vietnamesischen", "country", "VN", {})],
        {
            "Alexander Beglov": ("Governor", None, None),
            "Dang Minh Khoi": ("Ambassador", "VN", None),
        },
    ),
    (
        "de",
        "Der Bürgermeister von Dresden Dirk Hilbert unterzeichnete den Vertrag.",
        [("Dresden", "city", "Dresden", {"country": "DE", "region": "DE-SN"})],
        {"Dirk Hilbert": ("Mayor", "DE", "DE-SN")},
    ),
    (
        "de",
        "Frau Tatjana Golikowa sprach mit dem Gouverneur der Oblast Kaluga Wladislaw Schapscha.",
        [("Oblast Kaluga", "region", "RU-KLU", RU)],
        {"Tatiana Golikova": (None, "RU", None), "Vladislav Shapsha": ("Governor", "RU", "RU-KLU")},
    ),
    # -- fr
    (
        "fr",
        "Le gouverneur de la région de Kalouga, Vladislav Chapcha, a été reçu à Hanoï.",
        [("région de Kalouga", "region", "RU-KLU", RU), ("Hanoï", "region", "VN-HN", VN)],
        {"Vladislav Shapsha": ("Governor", "RU", "RU-KLU")},
    ),
    (
        "fr",
        "Le vice-Premier ministre Tran Hong Ha a rencontré l'ambassadeur de Russie Guennadi "
        "Bezdetko.",
        [("Russie", "country", "RU", {})],
        {
            "Tran Hong Ha": ("Deputy Prime Minister", None, None),
            "Gennady Bezdetko": ("Ambassador", "RU", None),
        },
    ),
    (
        "fr",
        "Le maire de Lyon Grégory Doucet a signé l'accord avec M. Nguyen Van Tho.",
        [("Lyon", "city", "Lyon", {"country": "FR", "region": "FR-ARA"})],
        {"Gregory Doucet": ("Mayor", "FR", "FR-ARA"), "Nguyen Van Tho": (None, None, None)},
    ),
    (
        "fr",
        "Le ministre russe Sergueï Lavrov est arrivé.",
        [("russe", "country", "RU", {})],
        {"Sergei Lavrov": ("Minister", "RU", None)},
    ),
    # -- es
    (
        "es",
        "El gobernador de Kaluga, Vladislav Shapsha, visitó Hanói.",
        [("Kaluga", "region", "RU-KLU", RU), ("Hanói", "region", "VN-HN", VN)],
        {"Vladislav Shapsha": ("Governor", "RU", "RU-KLU")},
    ),
    (
        "es",
        "El embajador vietnamita Dang Minh Khoi se reunió con el alcalde de Madrid José Luis "
        "Martínez-Almeida.",
        [("vietnamita", "country", "VN", {}), ("Madrid", "region", "ES-MD", {"country": "ES"})],
        {
            "Dang Minh Khoi": ("Ambassador", "VN", None),
            "Jose Luis Martinez-Almeida": ("Mayor", "ES", "ES-MD"),
        },
    ),
    (
        "es",
        "El viceprimer ministro Tran Hong Ha recibió al ministro ruso Serguéi Lavrov.",
        [("ruso", "country", "RU", {})],
        {
            "Tran Hong Ha": ("Deputy Prime Minister", None, None),
            "Sergei Lavrov": ("Minister", "RU", None),
        },
    ),
    (
        "es",
        "La Sra. Yulia Ivanova habló con el gobernador de Tula Alexéi Diumin.",
        [("Tula", "region", "RU-TUL", RU)],
        {"Yulia Ivanova": (None, "RU", None), "Alexei Diumin": ("Governor", "RU", "RU-TUL")},
    ),
    # -- a Vietnamese given name that is also a province name is part of the name
    (
        "en",
        "Speaking at the session, Mr. Nguyen Nam Dinh, Vice Chairman of Nghe An, thanked them.",
        [("Nam Dinh", "region", "VN-67", VN), ("Nghe An", "region", "VN-22", VN)],
        {"Nguyen Nam Dinh": ("Deputy Chairman", "VN", "VN-22")},
    ),
    (
        "vi",
        "Ông Trần Thái Bình, Phó Chủ tịch UBND tỉnh Nam Định, tiếp đoàn.",
        [("Thái Bình", "region", "VN-20", VN), ("tỉnh Nam Định", "region", "VN-67", VN)],
        {"Tran Thai Binh": ("Vice Chairman of the People's Committee", "VN", "VN-67")},
    ),
    # -- a capitalised phrase word inside a party's name does not end the title phrase
    (
        "es",
        "El secretario del Comité del Partido Comunista en la provincia de Son La, "
        "Tran Van Chau, recibió a la delegación.",
        [("provincia de Son La", "region", "VN-05", VN)],
        {"Tran Van Chau": ("Secretary of the Party Committee", "VN", "VN-05")},
    ),
    (
        "pt",
        "O secretário do Comitê Provincial do Partido Comunista de Son La, Tran Van Chau, "
        "recebeu a delegação.",
        [("Son La", "region", "VN-05", VN)],
        {"Tran Van Chau": ("Secretary of the Party Committee", "VN", "VN-05")},
    ),
    # -- it, pl, id: titles of languages without a names table
    (
        "it",
        "Il presidente della Regione Marco Bellini ha incontrato il governatore del "
        "Guangdong Wang Lifeng.",
        [("Guangdong", "region", "CN-GD", CN)],
        {
            "Marco Bellini": ("President of the Region", None, None),
            "Wang Lifeng": ("Governor", "CN", "CN-GD"),
        },
    ),
    (
        "pl",
        "Porozumienie podpisali marszałek Adam Kowalczyk i gubernator prowincji Shandong "
        "Li Weimin. Pobierz",
        [("Shandong", "region", "CN-SD", CN)],
        {
            "Adam Kowalczyk": ("Marshal of the Voivodeship", "PL", None),
            "Li Weimin": ("Governor", "CN", "CN-SD"),
        },
    ),
    (
        "id",
        "Gubernur Jawa Barat Budi Santosa menerima Kepala Biro Pemerintahan dan Wakil "
        "Gubernur Guangxi Zhang Ming.",
        [("Jawa Barat", "region", "ID-JB", ID), ("Guangxi", "region", "CN-GX", CN)],
        {
            "Budi Santosa": ("Governor", "ID", "ID-JB"),
            "Zhang Ming": ("Vice Governor", "CN", "CN-GX"),
        },
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "places", "want"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_people_cases(
    stage: PeopleStage,
    lang: str,
    text: str,
    places: list[Place],
    want: dict[str, tuple[Any, Any, Any]],
) -> None:
    doc = stage(make_doc(text, lang, places))
    got = people(doc)
    for name, (role, country, region) in want.items():
        assert name in got, (name, got)
        g_role, g_country, g_region = got[name]
        assert g_role == role
        assert g_country == country
        assert g_region == region
    assert set(got) == set(want)


def test_case_count() -> None:
    assert len(CASES) >= 40


def test_short_mentions_link_back(stage: PeopleStage) -> None:
    text = (
        "Deputy Prime Minister Tran Hong Ha met Governor of Kaluga oblast Vladislav Shapsha. "
        "Ha said ties were strong. The governor agreed, and Shapsha invited the Deputy PM."
    )
    doc = stage(make_doc(text, "en", [("Kaluga oblast", "region", "RU-KLU", RU)]))
    rules = {(m.text, m.key, m.rule.split("|")[0]) for m in doc.mentions if m.kind == "person"}
    assert ("Ha", "Tran Hong Ha", "person:coref:surname") in rules
    assert ("Shapsha", "Vladislav Shapsha", "person:coref:surname") in rules
    assert ("governor", "Vladislav Shapsha", "person:coref:role:Governor") in rules
    assert ("Deputy PM", "Tran Hong Ha", "person:coref:role:Deputy Prime Minister") in rules


def test_russian_surname_inflection_links_back(stage: PeopleStage) -> None:
    text = (
        "Губернатор Калужской области Владислав Шапша прибыл. Переговоры с Шапшой прошли успешно."
    )
    doc = stage(make_doc(text, "ru", [("Калужской области", "region", "RU-KLU", RU)]))
    linked = [m for m in doc.mentions if m.kind == "person" and m.text == "Шапшой"]
    assert linked and linked[0].key == "Vladislav Shapsha"


def test_title_mentions_carry_affiliation(stage: PeopleStage) -> None:
    text = "Governor of Russia's Kaluga oblast Vladislav Shapsha arrived."
    doc = stage(
        make_doc(
            text, "en", [("Russia", "country", "RU", {}), ("Kaluga oblast", "region", "RU-KLU", RU)]
        )
    )
    titles = [m for m in doc.mentions if m.kind == "title"]
    assert [(t.key, t.attrs["country"], t.attrs["region"]) for t in titles] == [
        ("Governor", "RU", "RU-KLU")
    ]
    assert titles[0].rule == "title:en:titles.yaml:Governor"


def test_unknown_language_is_left_alone(stage: PeopleStage) -> None:
    doc = stage(make_doc("知事が来た。", "ja", []))
    assert doc.mentions == []


def test_stage_pickles(stage: PeopleStage) -> None:
    again = pickle.loads(pickle.dumps(stage))
    doc = again(make_doc("Mayor Ivan Petrov spoke.", "en", []))
    assert people(doc) == {"Ivan Petrov": ("Mayor", None, None)}


# -- with the real gazetteer (skipped while diplograph.gazetteer is not importable) -----------
def _gazetteer() -> Any:
    gaz = pytest.importorskip("diplograph.gazetteer")
    assert gaz is not None
    return Resources().gazetteer


def _run(stage: PeopleStage, gazetteer: Any, text: str, lang: str) -> Document:
    doc = Document(doc_id="g", source="g", text=text, lang=lang, sentences=[Sentence(0, len(text))])
    doc.mentions = gazetteer.find(text, lang)
    return stage(doc)


@pytest.mark.parametrize(
    ("lang", "text", "name", "role", "country", "region"),
    [
        (
            "en",
            "Governor of Russia's Kaluga oblast Vladislav Valerievich Shapsha arrived.",
            "Vladislav Shapsha",
            "Governor",
            "RU",
            "RU-KLU",
        ),
        (
            "ru",
            "Губернатор Калужской области Владислав Шапша прибыл в Ханой.",
            "Vladislav Shapsha",
            "Governor",
            "RU",
            "RU-KLU",
        ),
        (
            "es",
            "El embajador vietnamita Dang Minh Khoi llegó.",
            "Dang Minh Khoi",
            "Ambassador",
            "VN",
            None,
        ),
    ],
)
def test_with_real_gazetteer(
    stage: PeopleStage,
    lang: str,
    text: str,
    name: str,
    role: str,
    country: str,
    region: str | None,
) -> None:
    got = people(_run(stage, _gazetteer(), text, lang))
    assert got[name] == (role, country, region)


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.skipif(not (SEEDS / "seeds.gold.jsonl").is_file(), reason="shared corpus absent")
def test_seed_people(stage: PeopleStage) -> None:
    gazetteer = _gazetteer()
    for line in (SEEDS / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        text = (SEEDS / "seeds" / f"{gold['id']}.txt").read_text(encoding="utf-8")
        got = people(_run(stage, gazetteer, text, gold["lang"]))
        for event in gold["events"]:
            for p in event["participants"]:
                assert p["name"] in got, (gold["id"], p["name"], sorted(got))
                role, country, _region = got[p["name"]]
                assert (role, country) == (p["role"], p["country"]), (gold["id"], p)


# -- title phrases with a body and a place, appositions, name-origin countries -----------
BY: dict[str, Any] = {"country": "BY"}
PHRASE_CASES: list[Case] = [
    (
        "en",
        "Chairman of the Quang Tri provincial People's Committee Vo Van Hung welcomed them.",
        [("Quang Tri", "region", "VN-25", VN)],
        {"Vo Van Hung": ("Chairman of the People's Committee", "VN", "VN-25")},
    ),
    (
        "en",
        "Vice Chairwoman of the Can Tho People's Committee Tran Thi Mai opened the fair.",
        [("Can Tho", "region", "VN-CT", VN)],
        {"Tran Thi Mai": ("Vice Chairman of the People's Committee", "VN", "VN-CT")},
    ),
    (
        "en",
        "Director of the Da Nang Investment Promotion Centre Tran Thi Mai briefed the guests.",
        [("Da Nang", "region", "VN-DN", VN)],
        {"Tran Thi Mai": ("Director", "VN", "VN-DN")},
    ),
    (
        "en",
        "The plan was signed by Chairman of the Grodno Regional Executive Committee Yuri Karaev.",
        [("Grodno", "region", "BY-HR", BY)],
        {"Yury Karaev": ("Chairman", "BY", "BY-HR")},
    ),
    (
        "en",
        "A delegation of Russia's Tula oblast led by Governor Dmitry Milyaev arrived in Hue.",
        [
            ("Russia", "country", "RU", {}),
            ("Tula oblast", "region", "RU-TUL", RU),
            ("Hue", "region", "VN-26", VN),
        ],
        {"Dmitry Milyaev": ("Governor", "RU", "RU-TUL")},
    ),
    (
        "en",
        "Deputy Minister of Planning and Investment Tran Quoc Vinh spoke about Vietnam.",
        [
            ("Vinh", "city", "Vinh", {"country": "VN", "region": "VN-22"}),
            ("Vietnam", "country", "VN", {}),
        ],
        {"Tran Quoc Vinh": ("Deputy Minister", "VN", None)},
    ),
    (
        "en",
        "Governor of Russia's Omsk oblast Vitaly Pavlovich Khotsenko met Vietnamese partners.",
        [
            ("Russia", "country", "RU", {}),
            ("Omsk oblast", "region", "RU-OMS", RU),
            ("oblast Vitaly", "region", "XX-99", {"country": "XX"}),
        ],
        {"Vitaly Khotsenko": ("Governor", "RU", "RU-OMS")},
    ),
    (
        "vi",
        "Bà Natalia Petrova phát biểu tại buổi tiếp ở Moskva.",
        [("Moskva", "region", "RU-MOW", RU)],
        {"Natalia Petrova": (None, "RU", None)},
    ),
    (
        "ru",
        "Губернатор Тульской области Дмитрий Миляев встретился с председателем Народного "
        "комитета провинции Тхыатхьенхюэ Нгуеном Ван Фыонгом.",
        [("Тульской области", "region", "RU-TUL", RU), ("Тхыатхьенхюэ", "region", "VN-26", VN)],
        {
            "Dmitry Milyaev": ("Governor", "RU", "RU-TUL"),
            "Nguyen Van Phuong": ("Chairman of the People's Committee", "VN", "VN-26"),
        },
    ),
    (
        "ru",
        "Во время визита в Беларусь председатель Гродненского облисполкома Юрий Караев "
        "рассказал о планах.",
        [("Беларусь", "country", "BY", {})],
        {"Yury Karaev": ("Chairman", "BY", None)},
    ),
    (
        "ru",
        "Делегацию провинции Тайнинь возглавляет заместитель председателя Народного комитета "
        "провинции Ле Ван Хоа.",
        [("провинции Тайнинь", "region", "VN-37", VN)],
        {"Le Van Hoa": ("Vice Chairman of the People's Committee", "VN", "VN-37")},
    ),
    (
        "fr",
        "Le vice-président du Conseil régional de Bretagne, Paul Girard, a accueilli les invités.",
        [("Bretagne", "region", "FR-BRE", {"country": "FR"})],
        {"Paul Girard": ("Vice President", "FR", "FR-BRE")},
    ),
    (
        "fr",
        "La délégation de la province de Hai Duong est arrivée à Rennes. Le président du "
        "Comité populaire de la province, Le Van Thanh, a remercié ses hôtes.",
        [
            ("province de Hai Duong", "region", "VN-33", VN),
            ("Rennes", "city", "Rennes", {"country": "FR", "region": "FR-BRE"}),
        ],
        {"Le Van Thanh": ("Chairman of the People's Committee", "VN", "VN-33")},
    ),
    (
        "fr",
        "La délégation du Bachkortostan a été reçue par la vice-présidente du Comité populaire "
        "de la ville, Tran Thi Lan, à Hô Chi Minh-Ville.",
        [
            ("Bachkortostan", "region", "RU-BA", RU),
            ("Hô Chi Minh-Ville", "region", "VN-SG", VN),
        ],
        {"Tran Thi Lan": ("Vice Chairman of the People's Committee", "VN", "VN-SG")},
    ),
    (
        "de",
        "In Sichuan wächst die Industrie. Wirtschaftsstaatssekretärin Anna Berger und die "
        "Vizegouverneurin der Provinz, Li Xiaomei, unterzeichneten in Dresden.",
        [
            ("Sichuan", "region", "CN-SC", {"country": "CN"}),
            ("Dresden", "city", "Dresden", {"country": "DE", "region": "DE-SN"}),
        ],
        {
            "Anna Berger": ("State Secretary", "DE", None),
            "Li Xiaomei": ("Vice Governor", "CN", "CN-SC"),
        },
    ),
    (
        "de",
        "Teil nahmen der Gouverneur des Gebiets Omsk, Witali Chozenko, und der stellvertretende "
        "Minister für Industrie und Handel Vietnams, Pham Van Long.",
        [("Omsk", "region", "RU-OMS", RU), ("Vietnams", "country", "VN", {})],
        {
            "Vitaly Khotsenko": ("Governor", "RU", "RU-OMS"),
            "Pham Van Long": ("Deputy Minister", "VN", None),
        },
    ),
    (
        "es",
        "La consejera de Cultura de la Junta de Extremadura, María López Serrano, y el "
        "secretario de Turismo del estado de Oaxaca, Pedro Ruiz Soto, firmaron el acuerdo.",
        [
            ("Extremadura", "region", "ES-EX", {"country": "ES"}),
            ("Oaxaca", "region", "MX-OAX", {"country": "MX"}),
        ],
        {
            "Maria Lopez Serrano": ("Regional Minister", "ES", "ES-EX"),
            "Pedro Ruiz Soto": ("Secretary", "MX", "MX-OAX"),
        },
    ),
    (
        "es",
        "El conseller gallego de Economía e Industria, Xosé Pena Vilar, visitó Lima y Madrid.",
        [
            ("Lima", "city", "Lima", {"country": "PE", "region": "PE-LIM"}),
            ("Madrid", "region", "ES-MD", {"country": "ES"}),
        ],
        {"Xose Pena Vilar": ("Regional Minister", None, None)},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "places", "want"),
    PHRASE_CASES,
    ids=[f"phrase-{c[0]}-{i}" for i, c in enumerate(PHRASE_CASES)],
)
def test_title_phrase_cases(
    stage: PeopleStage,
    lang: str,
    text: str,
    places: list[Place],
    want: dict[str, tuple[Any, Any, Any]],
) -> None:
    got = people(stage(make_doc(text, lang, places)))
    assert got == want


HISTORICAL_CASES = [
    ("en", "The guests laid flowers at the statue of President Ho Chi Minh in the park."),
    ("en", "Governor Ivan Sokolov recalled the late President Vo Nguyen Giap."),
    ("vi", "Đoàn dâng hoa tại tượng đài Chủ tịch Hồ Chí Minh ở trung tâm."),
    ("ru", "Делегация возложила цветы к памятнику Президенту Хо Ши Мину в центре."),
    ("de", "Sie besuchten die nach Präsident Ho Chi Minh benannte Schule."),
    ("fr", "Ils ont visité le musée du président Ho Chi Minh à Paris."),
    ("es", "Visitaron el monumento al presidente Ho Chi Minh en la ciudad."),
]


@pytest.mark.parametrize(("lang", "text"), HISTORICAL_CASES)
def test_historical_figures_are_marked(stage: PeopleStage, lang: str, text: str) -> None:
    doc = stage(make_doc(text, lang, []))
    persons = [m for m in doc.mentions if m.kind == "person"]
    assert persons
    assert all(m.attrs["historical"] for m in persons if m.key != "Ivan Sokolov")
    assert all(not m.attrs["historical"] for m in persons if m.key == "Ivan Sokolov")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The governor visited Hanoi, Nguyen Van Minh said on Monday."),
        ("en", "Chairman of the Vitebsk Regional Executive Committee spoke first."),
        ("fr", "Le gouverneur de la région a visité Hanoï, Le Monde rapporte."),
        ("es", "El gobernador de la región visitó Hanói, Juan Pérez no asistió."),
    ],
)
def test_no_person_from_a_clause_or_an_organisation(
    stage: PeopleStage, lang: str, text: str
) -> None:
    doc = stage(make_doc(text, lang, []))
    titled = [m for m in doc.mentions if m.kind == "person" and "title-pattern" in m.rule]
    assert titled == []


LIVING_CASES = [
    ("en", "Governor Ivan Sokolov opened the new museum of fine arts on Monday.", "Ivan Sokolov"),
    ("en", "Mayor Anna Berg laid a wreath at the war memorial in the city.", "Anna Berg"),
    (
        "vi",
        "Chủ tịch Nguyễn Văn Bình đã tham quan bảo tàng tỉnh cùng đoàn khách.",
        "Nguyen Van Binh",
    ),
    ("ru", "Губернатор Игорь Соколов открыл памятник землякам в центре города.", "Igor Sokolov"),
    ("fr", "Le maire Paul Girard a inauguré le musée de la ville samedi.", "Paul Girard"),
    ("de", "Bürgermeister Jan Vogel besuchte am Freitag das Museum der Stadt.", "Jan Vogel"),
    ("es", "El alcalde Luis Romero visitó el museo de la ciudad el martes.", "Luis Romero"),
    # a namesake of a figure of history who holds a present office is no figure of history
    (
        "en",
        "Vice Chairman of the provincial People's Committee Pham Van Dong visited the museum.",
        "Pham Van Dong",
    ),
]


@pytest.mark.parametrize(("lang", "text", "who"), LIVING_CASES)
def test_living_officials_near_history_words(
    stage: PeopleStage, lang: str, text: str, who: str
) -> None:
    doc = stage(make_doc(text, lang, []))
    persons = [m for m in doc.mentions if m.kind == "person" and m.key == who]
    assert persons
    assert not any(m.attrs["historical"] for m in persons)


UK_PEOPLE_CASES: list[Case] = [
    (
        "uk",
        "Меморандум підписали заступник начальника Одеської ОВА Ігор Коваленко і "
        "голова повітової ради Констанци Міхай Іонеску.",
        [],
        {
            "Ihor Kovalenko": (
                "Deputy Head of the Regional Military Administration",
                "UA",
                None,
            ),
            "Mikhai Ionesku": ("Chairman of the County Council", "RO", None),
        },
    ),
    (
        "uk",
        "Губернатор провінції Нінбінь Фам Куанг Нгок прийняв делегацію.",
        [("Нінбінь", "region", "VN-18", VN)],
        {"Pham Quang Ngoc": ("Governor", "VN", "VN-18")},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "places", "want"),
    UK_PEOPLE_CASES,
    ids=[f"uk-{i}" for i in range(len(UK_PEOPLE_CASES))],
)
def test_ukrainian_titles(
    stage: PeopleStage,
    lang: str,
    text: str,
    places: list[Place],
    want: dict[str, tuple[Any, Any, Any]],
) -> None:
    assert people(stage(make_doc(text, lang, places))) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La délégation de Yen Bai a été reçue par le président du conseil "
            "départemental, Bernard Lesueur.",
        ),
        ("en", "The delegation from Yen Bai was received by President Bernard Lesueur."),
    ],
)
def test_single_country_not_given_to_a_foreign_name(
    stage: PeopleStage, lang: str, text: str
) -> None:
    doc = stage(make_doc(text, lang, [("Yen Bai", "region", "VN-06", VN)]))
    got = people(doc)
    assert got["Bernard Lesueur"][1] != "VN"


# -- generalisation: apposition by dash, titles that share their unit word with a place ------
_DASH_AND_UNIT_CASES = [
    (
        "vi",
        "Bà Lò Thị Hạnh - Phó Chủ tịch UBND tỉnh Điện Biên đã tiếp đoàn.",
        [("tỉnh Điện Biên", "region", "VN-71", VN)],
        {"Lo Thi Hanh": ("Vice Chairman of the People's Committee", "VN", "VN-71")},
    ),
    (
        "vi",
        "Chủ tịch UBND tỉnh Hà Giang Vàng Seo Chứ đã làm việc với đoàn.",
        [("tỉnh Hà Giang", "region", "VN-03", VN)],
        {"Vang Seo Chu": ("Chairman of the People's Committee", "VN", "VN-03")},
    ),
    (
        "vi",
        "Ông Tanaka Kenta, Phó Tỉnh trưởng tỉnh Kanagawa, dẫn đầu đoàn.",
        [("tỉnh Kanagawa", "region", "JP-14", {"country": "JP"})],
        {"Tanaka Kenta": ("Vice Governor", "JP", "JP-14")},
    ),
    (
        "ru",
        "Делегацию принял Пётр Соболев — губернатор Курской области.",
        [("Курской области", "region", "RU-KRS", RU)],
        {"Pyotr Sobolev": ("Governor", "RU", "RU-KRS")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "places", "expected"), _DASH_AND_UNIT_CASES)
def test_dash_apposition_and_shared_unit_word(
    stage: PeopleStage,
    lang: str,
    text: str,
    places: list[tuple[str, str, str, dict[str, Any]]],
    expected: dict[str, tuple[Any, Any, Any]],
) -> None:
    doc = stage(make_doc(text, lang, places))
    got = people(doc)
    for name, want in expected.items():
        assert got.get(name) == want, (name, got)
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text


def test_hyphenated_surname_is_not_an_apposition(stage: PeopleStage) -> None:
    text = "Vice Governor Marina Sokolova-Petrenko met the delegation."
    got = people(stage(make_doc(text, "en", [])))
    assert "Marina Sokolova-Petrenko" in got


def test_place_inside_a_vietnamese_name_is_no_place(stage: PeopleStage) -> None:
    """ "Nguyen Nam Dinh" names a person; "Nam Dinh province" stays the province."""
    text = "Mr. Nguyen Nam Dinh met the governor of Nam Dinh province."
    places = [
        ("Nam Dinh", "region", "VN-67", VN),
        ("Nam Dinh province", "region", "VN-67", VN),
    ]
    doc = stage(make_doc(text, "en", places))
    regions = [m.text for m in doc.mentions if m.kind == "region"]
    assert regions == ["Nam Dinh province"]
    assert "Nguyen Nam Dinh" in people(doc)


# (language, text, persons the stage must find: exactly these)
POLITE_ADDRESS: list[tuple[str, str, set[str]]] = [
    # given name + patronymic names the person named in full before, never a new person
    (
        "ru",
        "Губернатор области Степан Орлов встретил гостей. Степан Петрович отметил рост торговли.",
        {"Stepan Orlov"},
    ),
    ("ru", "Губернатор Геннадий Степанович отметил рост торговли.", set()),
    (
        "en",
        "Governor Pavel Sokolov met the guests. Pavel Ivanovich noted the growth.",
        {"Pavel Sokolov"},
    ),
    # a surname that only ends like a patronymic is a surname
    ("en", "Chairman Mikhail Myasnikovich met the guests.", {"Mikhail Myasnikovich"}),
]


@pytest.mark.parametrize(("lang", "text", "want"), POLITE_ADDRESS)
def test_given_name_and_patronymic(
    stage: PeopleStage, lang: str, text: str, want: set[str]
) -> None:
    doc = stage(make_doc(text, lang, []))
    assert set(people(doc)) == want
