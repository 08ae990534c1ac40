"""A recurring named forum as an identity: one edition is one event, two editions are two.

Sentences are written for these tests (no article text). Each language row gives the forum
event's evidence sentences and the (series, edition) read from them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from diplograph import Options
from diplograph._clustering import Report, cluster, score_pair
from diplograph._forum_identity import ForumNames, roman
from diplograph._models import Document, Event, Evidence, Place
from diplograph._registry import Registry

OPT = Options()
FORUMS = ForumNames(Registry())
REGIONS = "forum-of-regions-by-ru"
EEF = "eastern-economic-forum"
SPIEF = "st-petersburg-international-economic-forum"


def forum_doc(lang: str, sentences: list[str], typ: str = "forum") -> tuple[Document, Event]:
    text = " ".join(sentences)
    evidence = []
    start = 0
    for s in sentences:
        evidence.append(Evidence(start, start + len(s), s))
        start += len(s) + 1
    ev = Event(typ, None, Place(), [], [], [], evidence, 0.8)  # type: ignore[arg-type]
    return Document(doc_id="d", source="d", text=text, lang=lang), ev


@pytest.mark.parametrize(
    ("lang", "sentences", "expected"),
    [
        (
            "ru",
            ["Губернатор выступил на заседании XII Форума регионов России и Беларуси в Казани."],
            (REGIONS, "n12"),
        ),
        (
            "ru",
            ["В этом году одиннадцатый форум регионов Беларуси и России собрал сорок областей."],
            (REGIONS, "n11"),
        ),
        (
            "ru",
            [
                "Форум регионов Союзного государства открылся в Минске.",
                "Форум проходит уже в десятый раз.",
            ],
            (REGIONS, "n10"),
        ),
        ("ru", ["Во вторник Форум регионов России и Беларуси начал работу."], (REGIONS, None)),
        ("ru", ["Делегация области прибыла на ВЭФ-2024 во Владивосток."], (EEF, "y2024")),
        (
            "en",
            ["Ministers met at the 12th Forum of Regions of Belarus and Russia in Grodno."],
            (REGIONS, "n12"),
        ),
        (
            "en",
            ["The fifth Eastern Economic Forum drew delegations from across Asia."],
            (EEF, "n5"),
        ),
        (
            "en",
            [
                "Delegates came to the Eastern Economic Forum in Vladivostok.",
                "The forum takes place for the ninth time.",
            ],
            (EEF, "n9"),
        ),
        (
            "en",
            ["Investors gathered at the 2023 St. Petersburg International Economic Forum."],
            (SPIEF, "y2023"),
        ),
        ("en", ["A beef fair opened in the port."], (None, None)),
        (
            "vi",
            ["Đoàn công tác dự Diễn đàn các địa phương Nga - Belarus lần thứ 12 tại Minsk."],
            (REGIONS, "n12"),
        ),
        (
            "vi",
            ["Tỉnh tham dự Diễn đàn Kinh tế phương Đông lần thứ VIII ở Vladivostok."],
            (EEF, "n8"),
        ),
        ("vi", ["Diễn đàn Kinh tế phương Đông năm nay thu hút nhiều nhà đầu tư."], (EEF, None)),
        (
            "de",
            ["Beim 7. Forum der Regionen von Belarus und Russland sprach der Gouverneur."],
            (REGIONS, "n7"),
        ),
        (
            "de",
            ["Am Rande des sechsten Regionen-Forums Belarus-Russland tagte die Kommission."],
            (REGIONS, "n6"),
        ),
        (
            "fr",
            ["Le 9e Forum des régions de Biélorussie et de Russie a réuni les gouverneurs."],
            (REGIONS, "n9"),
        ),
        ("fr", ["Le quatrième Forum économique de l'Est s'ouvre à Vladivostok."], (EEF, "n4")),
        # Scripts written without spaces: the edition stands right before the name.
        ("zh", ["第十二届俄罗斯与白俄罗斯地区论坛在明斯克开幕。"], (REGIONS, "n12")),
        ("zh", ["省长率团出席第9届東方經濟論壇。"], (EEF, "n9")),
        ("zh", ["代表团参加了2023年圣彼得堡国际经济论坛。"], (SPIEF, "y2023")),
        ("zh", ["省长出席了东方经济论坛并发表讲话。"], (EEF, None)),
        # A forum no series row lists: its own name, with its edition, is its key.
        ("zh", ["第三届国际旅游论坛在河内开幕。"], ("name:zh:国际旅游论坛", "n3")),
        ("zh", ["国际旅游论坛在河内开幕。"], (None, None)),
        (
            "en",
            ["Governors met at the 4th Mekong-Volga Regional Forum in Can Tho."],
            ("name:en:mekong-volga regional forum", "n4"),
        ),
        ("en", ["The fourth annual investment forum opened in the port."], (None, None)),
        ("ja", ["第5回日ロ知事フォーラムが札幌で開かれた。"], ("name:ja:日ロ知事フォーラム", "n5")),
        ("ko", ["제3회 한러 지방협력포럼이 열렸다."], ("name:ko:한러 지방협력포럼", "n3")),
        ("ja", ["知事は第十一回ロシア・ベラルーシ地域フォーラムに出席した。"], (REGIONS, "n11")),
        ("ja", ["第７回東方経済フォーラムが開幕した。"], (EEF, "n7")),
        ("ko", ["제12회 러시아-벨라루스 지역포럼이 민스크에서 열렸다."], (REGIONS, "n12")),
        ("ko", ["도지사는 2024년 동방경제포럼에 참석했다."], (EEF, "y2024")),
    ],
)
def test_series_and_edition_are_read(
    lang: str, sentences: list[str], expected: tuple[str | None, str | None]
) -> None:
    doc, ev = forum_doc(lang, sentences)
    assert FORUMS.identity(doc, ev) == expected


def test_only_forum_events_have_an_identity() -> None:
    doc, ev = forum_doc(
        "en",
        ["They signed a deal at the 12th Forum of Regions of Belarus and Russia."],
        "agreement",
    )
    assert FORUMS.identity(doc, ev) == (None, None)


@pytest.mark.parametrize(("token", "value"), [("XII", 12), ("XIV", 14), ("IX", 9), ("xii", None)])
def test_roman_numerals(token: str, value: int | None) -> None:
    assert roman(token) == value


def forum(
    doc: str,
    edition: str | None,
    d: str | None = None,
    pub: str | None = None,
    people: tuple[str, ...] = (),
    regions: tuple[str, ...] = (),
    series: str = REGIONS,
    coarse: str | None = None,
    month: int | None = None,
) -> Report:
    return Report(
        doc_id=doc,
        local_id="e1",
        type="forum",
        date=date.fromisoformat(d) if d else None,
        published=date.fromisoformat(pub) if pub else None,
        people=frozenset(people),
        regions=frozenset(regions),
        coarse=coarse,
        month=month,
        series=series,
        edition=edition,
    )


def test_one_edition_joins_reports_that_share_nobody() -> None:
    # One outlet quotes a governor, another a speaker, a third nobody; none is dated.
    a = forum("A", "n12", people=("ivan petrov",), regions=("RU-PNZ",))
    b = forum("B", "n12", people=("anna sidorova",), regions=("RU-TVE",))
    c = forum("C", "n12")
    ids = cluster([a, b, c], OPT).ids
    assert ids[a.key] == ids[b.key] == ids[c.key]
    link = score_pair(a, b, OPT)
    assert link is not None and any("edition" in r for r in link.reasons)


def test_one_edition_dated_by_a_day_and_by_a_year() -> None:
    a = forum("A", "n11", d="2024-06-28", people=("ivan petrov",))
    b = forum("B", "n11", coarse="2024")
    ids = cluster([a, b], OPT).ids
    assert ids[a.key] == ids[b.key]


def test_two_editions_stay_apart_whatever_they_share() -> None:
    # The XI and the XII forums: same people, same regions, published the same day.
    people = ("ivan petrov", "anna sidorova")
    a = forum("A", "n11", pub="2025-06-27", people=people, regions=("RU-PNZ", "BY-HR"))
    b = forum("B", "n12", pub="2025-06-27", people=people, regions=("RU-PNZ", "BY-HR"))
    ids = cluster([a, b], OPT).ids
    assert ids[a.key] != ids[b.key]


def test_fifth_and_sixth_eastern_economic_forum_stay_apart() -> None:
    people = ("oleg kozhemyako", "nguyen van a")
    a = forum("A", "n5", series=EEF, people=people, regions=("RU-PRI", "VN-01"))
    b = forum("B", "n6", series=EEF, people=people, regions=("RU-PRI", "VN-01"))
    ids = cluster([a, b], OPT).ids
    assert ids[a.key] != ids[b.key]


def test_undated_edition_joins_the_series_report_of_the_month_it_names() -> None:
    # "The XII forum opened on June 25" (no year) and a June 2025 report naming no edition.
    a = forum("A", "n12", month=6, regions=("RU-NIZ",))
    b = forum("B", None, coarse="2025-06", people=("ivan petrov",), regions=("BY-HR",))
    ids = cluster([a, b], OPT).ids
    assert ids[a.key] == ids[b.key]


def test_undated_month_with_two_years_of_the_series_stays_alone() -> None:
    a = forum("A", None, month=6, regions=("RU-NIZ",))
    b = forum("B", None, coarse="2025-06", regions=("BY-HR",))
    c = forum("C", None, coarse="2024-06", regions=("BY-VI",))
    ids = cluster([a, b, c], OPT).ids
    assert ids[a.key] not in (ids[b.key], ids[c.key])


def test_edition_outweighs_a_month_read_from_another_act() -> None:
    # "The assembly approved on July 3 the agreement signed at the XII forum": the month read
    # from that sentence is the approval's; the edition says which forum it is.
    a = forum("A", "n12", month=7, people=("anna sidorova",))
    b = forum("B", "n12", month=6, regions=("RU-NIZ",))
    ids = cluster([a, b], OPT).ids
    assert ids[a.key] == ids[b.key]


EXPO = "name:zh:中俄博览会"


def test_a_named_edition_joins_dated_reports_that_share_nobody() -> None:
    """Two outlets of the eighth expo of one name, dated a day apart, quoting two others."""
    a = forum("A", "n8", d="2024-05-17", people=("li ming",), series=EXPO)
    b = forum("B", "n8", d="2024-05-18", regions=("RU-AMU",), series=EXPO)
    assert cluster([a, b], OPT).ids[a.key] == cluster([a, b], OPT).ids[b.key]


def test_two_editions_of_one_name_stay_apart() -> None:
    a = forum("A", "n8", d="2024-05-17", people=("li ming",), regions=("CN-HL",), series=EXPO)
    b = forum("B", "n9", d="2024-05-17", people=("li ming",), regions=("CN-HL",), series=EXPO)
    ids = cluster([a, b], OPT).ids
    assert ids[a.key] != ids[b.key]


def test_an_undated_report_does_not_join_by_a_name_alone() -> None:
    """A name read from one outlet's words may be two provinces' forums of one name: an
    undated report sharing nothing else stays alone (a listed series would join)."""
    dated = forum("A", "n8", d="2024-05-17", people=("li ming",), series=EXPO)
    undated = forum("B", "n8", regions=("RU-AMU",), series=EXPO)
    ids = cluster([dated, undated], OPT).ids
    assert ids[dated.key] != ids[undated.key]
    listed = [replace(r, series=REGIONS) for r in (dated, undated)]
    ids = cluster(listed, OPT).ids
    assert ids[listed[0].key] == ids[listed[1].key]
