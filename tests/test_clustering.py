"""Event identity across documents: same event joined, near misses kept apart."""

from __future__ import annotations

import random
from datetime import date

import pytest

from diplograph import Options
from diplograph._clustering import Report, candidate_pairs, cluster, same_person

OPT = Options()


def rep(
    doc: str,
    typ: str = "meeting",
    d: str | None = None,
    pub: str | None = None,
    people: tuple[str, ...] = (),
    regions: tuple[str, ...] = (),
    local: str = "e1",
) -> Report:
    return Report(
        doc_id=doc,
        local_id=local,
        type=typ,
        date=date.fromisoformat(d) if d else None,
        published=date.fromisoformat(pub) if pub else None,
        people=frozenset(people),
        regions=frozenset(regions),
    )


def same(result: object, a: Report, b: Report) -> bool:
    ids = result.ids  # type: ignore[attr-defined]
    return bool(ids[a.key] == ids[b.key])


def test_two_reports_of_one_meeting_join() -> None:
    a = rep(
        "A",
        d="2023-11-22",
        pub="2023-11-22",
        people=("vladislav shapsha", "vo van thuong"),
        regions=("RU-KLU",),
    )
    b = rep(
        "B", pub="2023-11-23", people=("vladislav shapsha", "vo van thuong"), regions=("RU-KLU",)
    )
    assert same(cluster([a, b], OPT), a, b)


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        (
            rep("A", d="2023-11-22", people=("oleg kornilov", "luong cuong")),
            rep("B", d="2023-11-23", people=("oleg kornilov", "tran hong ha")),
            "consecutive days, different hosts",
        ),
        (
            rep("A", d="2023-11-22", people=("oleg kornilov", "nguyen van an")),
            rep("B", d="2025-11-25", people=("oleg kornilov", "pham minh chinh")),
            "return two years later",
        ),
        (
            rep("A", d="2024-03-05", regions=("VN-09",)),
            rep("B", d="2024-03-05", regions=("VN-22",)),
            "same day, different provinces",
        ),
        (
            rep("A", typ="visit", d="2024-03-05", regions=("VN-09",)),
            rep("B", typ="meeting", d="2024-03-05", regions=("VN-09",)),
            "visit vs meeting",
        ),
        (
            rep("A", d="2024-03-05", people=("ivan sokolov",)),
            rep("A", d="2024-03-05", people=("ivan sokolov",), local="e2"),
            "two events of one document",
        ),
        (rep("A", people=("ivan sokolov",)), rep("B", people=("ivan sokolov",)), "no dates at all"),
        (
            rep(
                "A",
                d="2024-03-05",
                people=("rinat gilmutdinov", "vo thi thu hien"),
                regions=("RU-KLU",),
            ),
            rep(
                "B",
                d="2024-03-05",
                people=("rinat gilmutdinov", "le hoang minh"),
                regions=("RU-KLU",),
            ),
            "same day, same guest, different hosts",
        ),
    ],
)
def test_near_misses_stay_apart(a: Report, b: Report, why: str) -> None:
    assert not same(cluster([a, b], OPT), a, b), why


def test_result_does_not_depend_on_input_order() -> None:
    reports = [
        rep(
            f"D{i}",
            d="2024-05-0" + str(1 + i % 3),
            people=(f"person{i % 4} smirnov{i % 4}x", "natalia orlova"),
            regions=("RU-TA",),
        )
        for i in range(30)
    ]
    base = cluster(reports, OPT).ids
    rng = random.Random(3)
    for _ in range(5):
        shuffled = reports[:]
        rng.shuffle(shuffled)
        assert cluster(shuffled, OPT).ids == base


def test_existing_ids_are_never_renamed() -> None:
    a = rep("A", d="2024-05-01", people=("andrei kovalchuk", "marina belousova"))
    b = rep("B", d="2024-05-01", people=("andrei kovalchuk", "marina belousova"))
    c = rep("C", pub="2024-05-02", people=("andrei kovalchuk", "marina belousova"))
    result = cluster([a, b, c], OPT, existing={a.key: "ev-old-a", b.key: "ev-old-b"})
    assert result.ids[a.key] == "ev-old-a"
    assert result.ids[b.key] == "ev-old-b"
    assert result.ids[c.key] in {"ev-old-a", "ev-old-b"}


def test_blocking_compares_only_within_the_date_window() -> None:
    reports = [
        rep(f"D{i}", d=f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}", people=("bui thanh tam",))
        for i in range(300)
    ]
    pairs = list(candidate_pairs(reports, window=2))
    assert len(pairs) < 300 * 3  # linear in the number of reports, not quadratic
    assert all(abs(((a.when or date.min) - (b.when or date.min)).days) <= 2 for a, b in pairs)


def test_transliteration_variants_of_one_person_join() -> None:
    a = rep("A", d="2025-03-04", people=("sergei veremeenko", "luong van phuc"))
    b = rep("B", pub="2025-03-05", people=("sergei veremeienko", "luong van phuc"))
    assert same(cluster([a, b], OPT), a, b)


def test_report_naming_nobody_meets_named_reports_through_regions() -> None:
    a = rep("A", d="2025-04-08", people=("rinat gilmutdinov",), regions=("RU-TA", "VN-SG"))
    b = rep("B", pub="2025-04-09", regions=("RU-TA", "VN-SG"))
    assert same(cluster([a, b], OPT), a, b)


@pytest.mark.parametrize(
    ("x", "y", "same_one"),
    [
        ("oleg kornilov", "oleg kornilov", True),
        ("sergei veremeenko", "sergei veremeienko", True),
        ("kornilov", "oleg kornilov", True),
        ("ivan petrov", "ivan petrova", True),
        ("nguyen van hai", "nguyen van hao", False),
        ("vo van thuong", "luong cuong", False),
        ("ivan sokolov", "pavel sokolov", False),
    ],
)
def test_same_person_is_forgiving_about_spelling_only(x: str, y: str, same_one: bool) -> None:
    assert same_person(x, y) is same_one


def test_links_explain_why() -> None:
    a = rep("A", d="2023-11-22", people=("nguyen van an", "pham minh chinh"))
    b = rep("B", d="2023-11-22", people=("nguyen van an", "pham minh chinh"))
    result = cluster([a, b], OPT)
    links = result.links([a, b], OPT)
    assert links and any("shared people" in r for r in links[0].reasons)


def test_undated_report_joins_the_only_matching_event() -> None:
    a = rep(
        "A", d="2024-10-16", people=("oleg kornilov", "ha quoc bao"), regions=("RU-KLU", "VN-40")
    )
    b = rep("B", people=("oleg kornilov", "ha quoc bao"), regions=("RU-KLU", "VN-40"))
    assert same(cluster([a, b], OPT), a, b)


def test_undated_report_stays_alone_when_two_events_match() -> None:
    people = ("oleg kornilov", "ha quoc bao")
    a = rep("A", d="2022-11-24", people=people, regions=("RU-KLU", "VN-40"))
    b = rep("B", d="2024-10-16", people=people, regions=("RU-KLU", "VN-40"))
    c = rep("C", people=people, regions=("RU-KLU", "VN-40"))
    result = cluster([a, b, c], OPT)
    assert len({result.ids[a.key], result.ids[b.key], result.ids[c.key]}) == 3


def test_a_late_summary_joins_within_the_report_lag() -> None:
    a = rep("A", d="2024-10-16", people=("oleg kornilov", "ha quoc bao"))
    b = rep("B", pub="2024-10-19", people=("oleg kornilov", "ha quoc bao"))
    c = rep("C", pub="2024-10-30", people=("oleg kornilov", "ha quoc bao"))
    result = cluster([a, b, c], OPT)
    assert result.ids[a.key] == result.ids[b.key] != result.ids[c.key]


def test_two_provinces_delegations_in_one_city_stay_apart_even_without_people() -> None:
    a = rep("A", d="2025-06-17", regions=("RU-MOW", "VN-HP"))
    b = rep("B", pub="2025-06-18", regions=("RU-MOW", "VN-34"))
    assert not same(cluster([a, b], OPT), a, b)


def test_an_outlet_naming_only_the_venue_region_still_joins() -> None:
    a = rep("A", typ="forum", d="2025-09-10", regions=("VN-SG", "RU-SPE"))
    b = rep("B", typ="forum", pub="2025-09-13", regions=("RU-SPE",))
    assert same(cluster([a, b], OPT), a, b)


def rep2(doc: str, typ: str = "meeting", local: str = "e1", **kw: object) -> Report:
    """A report with the fields beyond the day: coarse dates, publication month, venue."""
    base = rep(doc, typ=typ, local=local)
    fields = {f: getattr(base, f) for f in base.__dataclass_fields__}
    fields.update(kw)
    return Report(**fields)  # type: ignore[arg-type]


KOV = ("ilya kovrigin", "dao minh quang")


def test_reports_nothing_dates_join_when_two_anchors_agree() -> None:
    # the same signing told in three languages by outlets that give no date at all
    a = rep2("A", typ="agreement", regions=frozenset({"RU-KRS", "VN-27"}))
    b = rep2("B", typ="agreement", regions=frozenset({"RU-KRS", "VN-27"}))
    c = rep2("C", typ="agreement", people=frozenset(KOV), regions=frozenset({"RU-KRS"}))
    result = cluster([a, b, c], OPT)
    assert same(result, a, b)


def test_an_undated_report_never_bridges_two_dated_events() -> None:
    a = rep2("A", date=date(2023, 4, 2), people=frozenset(KOV))
    b = rep2("B", date=date(2024, 9, 30), people=frozenset(KOV))
    c = rep2("C", people=frozenset(KOV))
    d = rep2("D", people=frozenset(KOV))
    result = cluster([a, b, c, d], OPT)
    assert len({result.ids[x.key] for x in (a, b, c)}) == 3
    assert not same(result, a, b)


def test_a_month_contains_the_day_and_a_year_later_stays_apart() -> None:
    day = rep2("A", typ="visit", date=date(2024, 11, 28), people=frozenset(KOV[:1]))
    month = rep2("B", typ="visit", coarse="2024-11", people=frozenset(KOV[:1]))
    later = rep2("C", typ="visit", coarse="2025-11", people=frozenset(KOV[:1]))
    result = cluster([day, month, later], OPT)
    assert same(result, day, month)
    assert not same(result, month, later)


def test_a_publication_month_dates_a_report_loosely() -> None:
    a = rep2("A", date=date(2022, 8, 23), people=frozenset(KOV), regions=frozenset({"VN-54"}))
    b = rep2("B", issued="2022-08", people=frozenset(KOV))
    c = rep2("C", issued="2021-08", people=frozenset(KOV))
    result = cluster([a, b, c], OPT)
    assert same(result, a, b)
    assert not same(result, a, c)


def test_a_trip_is_dated_by_different_days_of_it() -> None:
    a = rep2("A", typ="visit", date=date(2025, 6, 24), people=frozenset(KOV[:1]))
    b = rep2("B", typ="visit", date=date(2025, 6, 26), people=frozenset(KOV[:1]))
    m1 = rep2("C", date=date(2025, 6, 24), people=frozenset(KOV[:1]))
    m2 = rep2("D", date=date(2025, 6, 26), people=frozenset(KOV[:1]))
    result = cluster([a, b, m1, m2], OPT)
    assert same(result, a, b)
    assert not same(result, m1, m2)  # two meetings of one trip, two days apart


def test_the_same_pair_meeting_in_two_cities_stays_apart_without_dates() -> None:
    a = rep2("A", people=frozenset(KOV), regions=frozenset({"JP-09"}), venue="JP-09")
    b = rep2("B", people=frozenset(KOV), regions=frozenset({"JP-09", "VN-HN"}), venue="VN-HN")
    assert not same(cluster([a, b], OPT), a, b)


def test_every_report_of_an_event_agrees_on_one_day() -> None:
    # each pair of neighbours is within the lag, the whole chain is not
    a = rep2("A", date=date(2024, 3, 1), people=frozenset(KOV))
    b = rep2("B", published=date(2024, 3, 5), people=frozenset(KOV))
    c = rep2("C", date=date(2024, 3, 4), people=frozenset(KOV))
    result = cluster([a, b, c], OPT)
    assert not (same(result, a, b) and same(result, b, c))


@pytest.mark.parametrize(
    ("x", "y", "same_one"),
    [
        ("aleksander beglov", "aleksandre beglov", True),  # French spelling of one name
        ("aleksandr orlov", "aleksei orlov", False),  # two first names
        ("konstantin zubov", "konstantinos zubov", True),
    ],
)
def test_long_given_names_agree_on_their_first_letters(x: str, y: str, same_one: bool) -> None:
    assert same_person(x, y) is same_one


def test_an_undated_report_meets_a_report_naming_nobody_through_both_regions() -> None:
    # one outlet names the signatory, the other only the two provinces
    a = rep2(
        "A", typ="agreement", people=frozenset(KOV[:1]), regions=frozenset({"RU-KRS", "VN-27"})
    )
    b = rep2("B", typ="agreement", date=date(2024, 11, 29), regions=frozenset({"RU-KRS", "VN-27"}))
    assert same(cluster([a, b], OPT), a, b)


def test_an_undated_report_prefers_the_events_sharing_its_people() -> None:
    # two dated signings of the same provinces; only one by the same signatories
    a = rep2("A", typ="agreement", people=frozenset(KOV), regions=frozenset({"RU-KRS", "VN-27"}))
    b = rep2(
        "B",
        typ="agreement",
        date=date(2024, 11, 29),
        people=frozenset(KOV),
        regions=frozenset({"RU-KRS", "VN-27"}),
    )
    c = rep2("C", typ="agreement", date=date(2021, 3, 2), regions=frozenset({"RU-KRS", "VN-27"}))
    result = cluster([a, b, c], OPT)
    assert same(result, a, b) and not same(result, a, c)


def test_a_year_alone_joins_only_with_a_shared_person_and_both_sides() -> None:
    regions = frozenset({"CN-HL", "RU-KHA"})
    year = rep2("A", typ="agreement", coarse="2022", regions=regions)
    day = rep2("B", typ="agreement", date=date(2022, 8, 23), regions=regions)
    # the dated article recalls another agreement of the pair: two signings, the year is either
    recalled = rep2("B", typ="agreement", local="e2", regions=regions)
    assert not same(cluster([year, day, recalled], OPT), year, day)
    # alone in the batch, the pair's one dated agreement of that year is the one (_cluster_pairs)
    assert same(cluster([year, day], OPT), year, day)
    named = rep2("C", typ="agreement", coarse="2022", people=frozenset(KOV), regions=regions)
    named_day = rep2(
        "D", typ="agreement", date=date(2022, 8, 23), people=frozenset(KOV), regions=regions
    )
    assert same(cluster([named, named_day], OPT), named, named_day)


@pytest.mark.parametrize(("month", "joins"), [(10, True), (11, False), (None, True)])
def test_an_undated_report_naming_another_month_stays_apart(month: int | None, joins: bool) -> None:
    """ "Signed on November 29" in an article nothing dates is not the signing of October 16."""
    people = ("oleg kornilov", "ha quoc bao")
    a = rep("A", d="2024-10-16", people=people, regions=("RU-KLU", "VN-40"))
    b = rep2("B", people=frozenset(people), regions=frozenset({"RU-KLU", "VN-40"}), month=month)
    assert same(cluster([a, b], OPT), a, b) is joins


@pytest.mark.parametrize(
    ("text", "month"),
    [("The agreement was signed on November 29.", 11), ("They met in March.", 3)],
)
def test_a_date_without_year_keeps_its_month(text: str, month: int) -> None:
    from diplograph._dates import resolve_dates

    (m,) = resolve_dates(text, "en", None)
    assert m.key is None and m.attrs["month"] == month


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # the month in the event's own sentence
        ("Tomsk and Lao Cai signed a memorandum on November 29. They met.", 11),
        # else the one month the article names
        ("Tomsk and Lao Cai signed a memorandum. It was November 29.", 11),
        # two months named elsewhere: nothing to tell
        ("Tomsk and Lao Cai signed a memorandum. Talks in March, a fair in May.", None),
    ],
)
def test_an_undated_report_takes_the_month_its_article_names(text: str, month: int | None) -> None:
    from diplograph._clustering import reports_of
    from diplograph._dates import resolve_dates
    from diplograph._models import Document, Event, Evidence, Place

    first = text.index(".") + 1
    doc = Document(doc_id="d", source="s", text=text)
    doc.mentions = resolve_dates(text, "en", None)
    doc.events = [
        Event(
            type="agreement",
            date=None,
            place=Place(),
            participants=[],
            regions=["RU-TOM", "VN-02"],
            sectors=[],
            evidence=[Evidence(0, first, text[:first])],
            confidence=0.6,
            local_id="e1",
        )
    ]
    (r,) = reports_of(doc)
    assert r.month == month


@pytest.mark.parametrize(
    ("x", "y", "same_one"),
    [
        # a family name alone, of a name romanised family name first (ja, zh, ko)
        ("hayashida", "hayashida kenzo", True),
        ("chen", "chen jianhua", True),
        ("kim", "kim min seok", True),
        # or given name first, as before
        ("hayashida", "kenzo hayashida", True),
        # neither first nor last token
        ("min", "kim min seok", False),
        ("tanaka", "hayashida kenzo", False),
    ],
)
def test_a_family_name_alone_is_the_first_or_last_token(x: str, y: str, same_one: bool) -> None:
    assert same_person(x, y) is same_one
    assert same_person(y, x) is same_one


@pytest.mark.parametrize(
    ("a", "b", "joins"),
    [
        (  # each outlet names its own side's province: the two people decide
            rep("A", d="2022-04-08", people=("ivan petrov", "le van binh"), regions=("RU-TVE",)),
            rep("B", d="2022-04-08", people=("petrov", "le van binh"), regions=("VN-33",)),
            True,
        ),
        (  # undated both: the two people are both sides of the event
            rep("A", people=("hiroshi tanaka", "wang jianhua"), regions=("JP-13",)),
            rep("B", people=("tanaka", "wang jianhua", "li ming"), regions=("CN-JS",)),
            True,
        ),
        (  # one person only ties two regions that differ: a guest's other meetings
            rep("A", d="2022-04-08", people=("ivan petrov", "le van binh"), regions=("RU-TVE",)),
            rep("B", d="2022-04-08", people=("ivan petrov",), regions=("VN-33",)),
            False,
        ),
        (  # two provinces of one country: two delegations, whoever is named
            rep("A", d="2022-04-08", people=("ivan petrov", "le van binh"), regions=("VN-33",)),
            rep("B", d="2022-04-08", people=("ivan petrov", "le van binh"), regions=("VN-22",)),
            False,
        ),
    ],
)
def test_two_shared_people_join_reports_naming_each_its_own_region(
    a: Report, b: Report, joins: bool
) -> None:
    assert same(cluster([a, b], OPT), a, b) is joins
