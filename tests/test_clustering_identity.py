"""Event identity of reports already detected: what makes two reports one event, or two.

Our own sentences and invented officials, per language where a language fact decides
(a month told with a past year word); plain reports where the rule is the clustering's.
Each rule has its near misses beside it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from diplograph import Options
from diplograph._clustering import Report, cluster, reports_of
from diplograph._dates import resolve_dates
from diplograph._models import Document, Event, Evidence, Place

OPT = Options()


def rep(doc: str, typ: str = "agreement", local: str = "e1", **kw: object) -> Report:
    base = Report(
        doc_id=doc,
        local_id=local,
        type=typ,
        date=None,
        published=None,
        people=frozenset(),
        regions=frozenset(),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def same(result: object, a: Report, b: Report) -> bool:
    ids = result.ids  # type: ignore[attr-defined]
    return bool(ids[a.key] == ids[b.key])


def _first_sentence_report(text: str, lang: str, stop: str) -> Report:
    """The report of an undated meeting told by the first sentence of an undated article
    (up to and including ``stop``)."""
    first = text.index(stop) + len(stop)
    doc = Document(doc_id="d", source="s", text=text)
    doc.mentions = resolve_dates(text, lang, None)
    doc.events = [
        Event(
            type="meeting",
            date=None,
            place=Place(),
            participants=[],
            regions=["JP-35", "TW-TNN"],
            sectors=[],
            evidence=[Evidence(0, first, text[:first])],
            confidence=0.6,
            local_id="e1",
        )
    ]
    (r,) = reports_of(doc)
    return r


@pytest.mark.parametrize(
    ("lang", "text", "stop", "month"),
    [
        # the article's one other month is an earlier act's (last year's): no month of the news
        ("ja", "市長らが26日、県庁を訪れた。両者は去年7月に覚書を結んだ。", "。", None),
        ("zh", "市长26日拜会县知事。双方于去年七月签署备忘录。", "。", None),
        ("ko", "시의회가 22일 대표단을 만났다. 양측은 지난해 10월 협약을 체결했다.", ".", None),
        (
            "en",
            "The mayor called on the governor on the 26th. They signed a memorandum in July "
            "of last year.",
            ".",
            None,
        ),
        # near misses: a month of this year, or a plain month, is still the article's one month
        ("ja", "市長らが26日、県庁を訪れた。今年7月に覚書を結ぶ。", "。", 7),
        ("en", "The mayor called on the governor on the 26th. They first met in July.", ".", 7),
        # the event's own sentence names the past month: it is that act's month
        ("ko", "양측은 지난해 10월 협약을 체결했다. 시의회가 대표단을 만났다.", ".", 10),
    ],
)
def test_a_month_of_last_year_is_not_the_month_of_an_undated_article(
    lang: str, text: str, stop: str, month: int | None
) -> None:
    assert _first_sentence_report(text, lang, stop).month == month


def test_the_meeting_of_an_article_naming_last_years_month_joins_its_other_report() -> None:
    """Two undated reports of one call of the mayor on the governor, "on the 26th" and "on
    April 26": the first article's "last July" (the memorandum's) no longer holds it apart."""
    people = frozenset({"huang mei lin", "muraoka kenji"})
    regions = frozenset({"JP-35", "TW-TNN"})
    text = "市長らが26日、県庁を訪れ、知事と懇談した。両者は去年7月に覚書を結んだ。"
    first = replace(_first_sentence_report(text, "ja", "。"), people=people, regions=regions)
    other = rep("B", typ="meeting", people=people, regions=regions, month=4, mday=26)
    assert same(cluster([first, other], OPT), first, other)


TVER_GRODNO = frozenset({"BY-HR", "RU-TVE"})


@pytest.mark.parametrize(
    ("typ", "venue_a", "venue_b", "joins"),
    [
        # one outlet places the signing in a party's region (the speaker's Tver), the other
        # where the forum was: one signing
        ("agreement", "RU-TVE", "RU-NIZ", True),
        ("agreement", "BY-HR", "RU-NIZ", True),
        # near misses: two venues neither of which is a party's region; a trip or talks
        # placed in each side's region (the visit and the return visit)
        ("agreement", "RU-SPE", "RU-NIZ", False),
        ("visit", "RU-TVE", "BY-HR", False),
        ("meeting", "RU-TVE", "BY-HR", False),
    ],
)
def test_a_signing_placed_in_a_partys_region_is_not_placed_elsewhere(
    typ: str, venue_a: str, venue_b: str, joins: bool
) -> None:
    people = frozenset({"ivan golubkov", "olga pasiuk"})
    a = rep("A", typ=typ, people=people, regions=TVER_GRODNO | {venue_a}, venue=venue_a)
    b = rep("B", typ=typ, people=people, regions=TVER_GRODNO | {venue_b}, venue=venue_b)
    assert same(cluster([a, b], OPT), a, b) is joins


GWANGJU_NGHEAN = frozenset({"KR-29", "VN-22"})


def test_an_undated_signing_joins_neither_of_two_signings_of_one_day() -> None:
    """The city's twinning (placed nowhere) and the councils' agreement (placed in Vinh) are
    told by one dated article; an undated one places the councils' agreement in Gwangju,
    where its outlet writes: it could be either of the two signings."""
    day = {"date": date(2022, 10, 27), "published": date(2022, 10, 28)}
    city = rep("A", local="e1", regions=GWANGJU_NGHEAN, **day)
    council = rep(
        "A",
        local="e2",
        regions=GWANGJU_NGHEAN,
        venue="VN-22",
        people=frozenset({"sim jae won", "nguyen nam hai"}),
        **day,
    )
    undated = rep("B", regions=GWANGJU_NGHEAN, venue="KR-29", month=10)
    result = cluster([city, council, undated], OPT)
    assert not same(result, undated, city) and not same(result, undated, council)
    # with the councils' agreement alone in the dated article, the undated one is it
    result = cluster([council, undated], OPT)
    assert same(result, undated, council)


@pytest.mark.parametrize(("people_e3", "joins_e3"), [(None, False), (True, True)])
def test_two_undated_signings_of_one_article_matching_one_event_join_neither(
    people_e3: bool | None, joins_e3: bool
) -> None:
    """An undated article tells two memoranda of the same two provinces (with a ministry,
    with the enterprises); a dated article tells one of the sides' memoranda: which of the
    two it is, is not told, unless one of them names the signers the dated report names."""
    governors = frozenset({"tanaka jiro", "le van hung"})
    dated = rep(
        "A",
        date=date(2021, 11, 23),
        published=date(2021, 11, 23),
        regions=frozenset({"JP-09", "VN-70"}),
        people=governors,
    )
    e3 = rep(
        "B",
        local="e3",
        regions=frozenset({"JP-09", "VN-70"}),
        people=governors if people_e3 else frozenset({"tanaka jiro"}),
    )
    e4 = rep(
        "B", local="e4", regions=frozenset({"JP-09", "VN-70"}), people=frozenset({"tanaka jiro"})
    )
    result = cluster([dated, e3, e4], OPT)
    assert same(result, dated, e3) is joins_e3
    assert not same(result, dated, e4)


PAIR = frozenset({"LA-XS", "VN-54"})
SIGNED = {"date": date(2021, 8, 9), "published": date(2021, 8, 9)}
SIGNERS = frozenset({"khamsing vongsa", "le van duc"})


def _signing(doc: str = "A", **kw: object) -> Report:
    """The dated signing of the two provinces' agreement, with its signers."""
    return rep(doc, regions=PAIR | {"LA-VT"}, venue="LA-VT", people=SIGNERS, **{**SIGNED, **kw})


@pytest.mark.parametrize(
    ("told", "joins"),
    [
        # recalled without a date, with the ambassador who recalls it as its "participant"
        ({"people": frozenset({"sengdao phanthavong"})}, True),
        # "last year", in a report of the next year
        ({"coarse": "2021", "published": date(2022, 8, 23)}, True),
        # "for the 2021-2025 period", told three years later in a dated report
        ({"published": date(2024, 12, 17)}, True),
        # near misses: the report's year, month or day is not the signing's; it was reported
        # before the signing
        ({"coarse": "2019", "published": date(2022, 8, 23)}, False),
        ({"month": 3}, False),
        ({"mday": 20}, False),
        ({"published": date(2020, 5, 4)}, False),
        # one side only (the province and its own capital): not the pair
        ({"regions": frozenset({"VN-54", "VN-HN"})}, False),
    ],
)
def test_an_agreement_told_without_its_day_is_the_pairs_one_dated_agreement(
    told: dict[str, object], joins: bool
) -> None:
    dated = _signing()
    other = rep("B", **{"regions": PAIR, **told})
    assert same(cluster([dated, other], OPT), dated, other) is joins


def test_two_dated_agreements_of_the_pair_leave_the_undated_report_alone() -> None:
    """The 2023 memorandum and the 2024 one: a report without its day could be either."""
    first = _signing("A", date=date(2023, 7, 5), published=date(2023, 7, 6))
    second = rep("B", regions=PAIR, coarse="2024-07", published=date(2024, 7, 20))
    undated = rep("C", regions=PAIR)
    result = cluster([first, second, undated], OPT)
    assert not same(result, undated, first) and not same(result, undated, second)


@pytest.mark.parametrize("where", ["undated", "dated"])
def test_an_article_telling_two_agreements_of_the_pair_keeps_them_ambiguous(where: str) -> None:
    """The report's own article, or the dated one, also tells another agreement of the pair
    (the councils' agreement beside the provinces', the 1992 agreement recalled beside the
    new memorandum): the pair signed two, and which one the report tells is not known."""
    dated = _signing()
    undated = rep("B", regions=PAIR)
    extra = [rep("B" if where == "undated" else "A", local="e2", regions=PAIR)]
    result = cluster([dated, undated, *extra], OPT)
    assert not same(result, dated, undated)
    assert same(cluster([dated, undated], OPT), dated, undated)


def test_a_pair_join_explains_itself() -> None:
    dated = _signing()
    recalled = rep("B", regions=PAIR, people=frozenset({"sengdao phanthavong"}))
    result = cluster([dated, recalled], OPT)
    (link,) = result.links([dated, recalled], OPT)
    assert "the one dated agreement of ['LA-XS', 'VN-54'] in the batch" in link.reasons


BEGLOV_TALKS = frozenset({"anton belov", "vo minh thanh"})


def _talks_and_conference(doc: str, **conference: object) -> list[Report]:
    """An article telling the talks of two officials and the conference one of them opened."""
    talks = rep(doc, typ="meeting", local="e1", people=BEGLOV_TALKS)
    return [talks, rep(doc, typ="forum", local="e2", **conference)]


@pytest.mark.parametrize(("second", "joins"), [(False, True), (True, False)])
def test_a_companion_joins_the_event_a_third_article_dated(second: bool, joins: bool) -> None:
    """Two undated articles share the talks; the conference told by the first is already the
    one a third outlet dated; the second's conference, naming only its host, is that one
    too. Near miss: the first article tells two conferences of the host: which is not told."""
    host = frozenset({"anton belov"})
    spb = frozenset({"RU-SPE"})
    a = _talks_and_conference("A", people=host, regions=spb)
    if second:
        a.append(rep("A", typ="forum", local="e3", people=host))
    b = _talks_and_conference("B", people=host)
    dated = rep(
        "C",
        typ="forum",
        people=host,
        regions=spb,
        date=date(2019, 9, 20),
        published=date(2019, 9, 20),
        month=9,
    )
    a[1] = replace(a[1], month=9)
    result = cluster([*a, *b, dated], OPT)
    assert same(result, a[0], b[0])
    assert same(result, a[1], dated)
    assert same(result, b[1], dated) is joins


SERIES = "forum-of-regions-by-ru"


@pytest.mark.parametrize(
    ("edition", "shared", "joins"),
    [
        (None, True, True),
        ("n12", True, False),  # the next edition, told by a report of the same signing
        (None, False, False),  # nothing the two articles share
    ],
)
def test_a_forum_series_without_edition_joins_its_companions_edition(
    edition: str | None, shared: bool, joins: bool
) -> None:
    """An undated article tells the governors' signing and "the Forum of Regions" (no
    edition; the Speaker's address); a dated article tells the same signing at the XI forum
    (the governors' words): between two articles of one signing, the series is that edition."""
    pair = frozenset({"BY-HR", "RU-PNZ"})
    signers = frozenset({"oleg mironenko", "viktor karpovich"})
    a_sign = rep(
        "A",
        local="e1",
        people=signers,
        regions=pair,
        date=date(2024, 6, 28),
        published=date(2024, 6, 29),
    )
    a_forum = rep(
        "A",
        typ="forum",
        local="e2",
        people=signers,
        regions=pair,
        series=SERIES,
        edition="n11",
        date=date(2024, 6, 28),
        published=date(2024, 6, 29),
    )
    b_sign = rep(
        "B",
        local="e1",
        people=signers if shared else frozenset({"ivan petrov"}),
        regions=pair if shared else frozenset({"BY-MI", "RU-TVE"}),
    )
    b_forum = rep(
        "B",
        typ="forum",
        local="e2",
        people=frozenset({"galina orlova"}),
        series=SERIES,
        edition=edition,
    )
    result = cluster([a_sign, a_forum, b_sign, b_forum], OPT)
    assert same(result, a_sign, b_sign) is shared
    assert same(result, a_forum, b_forum) is joins


@pytest.mark.parametrize(
    ("told", "joins"),
    [
        ({"coarse": "2025", "published": date(2026, 3, 2)}, "2025"),  # "in 2025"
        ({"published": date(2024, 12, 17)}, "2024"),  # reported before the 2025 signing
        ({}, None),  # nothing says which of the two
    ],
)
def test_of_two_dated_agreements_of_the_pair_the_one_the_report_fits(
    told: dict[str, object], joins: str | None
) -> None:
    first = _signing("A", date=date(2024, 5, 2), published=date(2024, 5, 3))
    second = _signing("B", date=date(2025, 8, 9), published=date(2025, 8, 10))
    report = rep("C", **{"regions": PAIR, **told})
    result = cluster([first, second, report], OPT)
    assert same(result, report, first) is (joins == "2024")
    assert same(result, report, second) is (joins == "2025")


# One partner pair (Tambov, Ninh Binh) told in three languages: the dated signing (en), a
# recollection without any date (fr), "in 2025" in a report of the next year (vi); and, as
# the near miss, the same pair's memorandum of the year before (en).
PAIR_REPORTS = {
    "pair-en.txt": (
        " date 2025-08-10\nTambov and Ninh Binh sign cooperation agreement\n\n"
        "HANOI — Governor of Russia's Tambov oblast Roman Sedov and Chairman of the Ninh Binh "
        "provincial People's Committee Pham Quang Loc signed a cooperation agreement for "
        "2025-2027 in Ninh Binh on August 9.\n"
    ),
    "pair-fr-undated.txt": (
        "L'ambassadeur de Russie en visite à Ninh Binh\n\n"
        "L'ambassadeur de Russie au Vietnam, Ilya Markov, a rencontré les dirigeants de la "
        "province de Ninh Binh. La province de Ninh Binh et l'oblast de Tambov ont signé un "
        "accord de coopération.\n"
    ),
    "pair-vi.txt": (
        " date 2026-03-02\nNinh Bình thúc đẩy hợp tác với Liên bang Nga\n\n"
        "Năm 2025, tỉnh Ninh Bình đã ký thỏa thuận hợp tác với tỉnh Tambov (Liên bang Nga).\n"
    ),
}
PAIR_BEFORE = {
    "pair-en-before.txt": (
        " date 2024-05-03\nTambov and Ninh Binh sign memorandum\n\n"
        "MOSCOW — Governor of Russia's Tambov oblast Roman Sedov and Chairman of the Ninh Binh "
        "provincial People's Committee Pham Quang Loc signed a memorandum of understanding in "
        "Tambov on May 2.\n"
    ),
}


def _agreement_ids(pipeline: Any, tmp_path: Path, reports: dict[str, str]) -> dict[str, set[str]]:
    """Each article's agreement event ids, the articles analysed and clustered as one run."""
    from diplograph._clustering import assign_event_ids
    from diplograph._readers import read_inputs

    for name, text in reports.items():
        (tmp_path / name).write_text(text, "utf-8")
    res = pipeline.resources
    docs = [pipeline.process(raw) for raw in read_inputs([str(tmp_path)], res.options)]
    assign_event_ids(docs, res.options, res.registry)
    return {
        Path(d.source).name: {e.event_id for e in d.events if e.type == "agreement"} for d in docs
    }


def test_one_agreement_of_a_pair_told_without_its_day_in_three_languages(
    pipeline: Any, tmp_path: Path
) -> None:
    ids = _agreement_ids(pipeline, tmp_path, PAIR_REPORTS)
    assert all(len(x) == 1 for x in ids.values()), ids
    assert ids["pair-en.txt"] == ids["pair-fr-undated.txt"] == ids["pair-vi.txt"]


def test_the_pairs_earlier_memorandum_leaves_only_the_year_to_decide(
    pipeline: Any, tmp_path: Path
) -> None:
    ids = _agreement_ids(pipeline, tmp_path, {**PAIR_REPORTS, **PAIR_BEFORE})
    assert ids["pair-vi.txt"] == ids["pair-en.txt"]  # "in 2025": that year's signing
    assert not ids["pair-en-before.txt"] & ids["pair-en.txt"]
    undated = ids["pair-fr-undated.txt"]  # either of the two
    assert len(undated) == 1
    assert not undated & (ids["pair-en.txt"] | ids["pair-en-before.txt"])


def test_of_two_undated_meetings_of_one_article_the_one_naming_no_one_else_joins() -> None:
    """The undated article tells the delegation head's talks with the host and his call on a
    vice minister; the dated one tells only the talks, naming the head alone: the talks."""
    head = frozenset({"moon jae sik"})
    regions = frozenset({"KR-29", "VN-22"})
    dated = rep(
        "A",
        typ="meeting",
        people=head,
        regions=regions,
        venue="VN-22",
        date=date(2022, 10, 27),
        published=date(2022, 10, 28),
    )
    talks = rep("B", typ="meeting", local="e2", people=head, regions=regions, venue="VN-22")
    call = rep(
        "B",
        typ="meeting",
        local="e5",
        people=head | {"nguyen van vu"},
        regions=regions | {"VN-HN"},
    )
    result = cluster([dated, talks, call], OPT)
    assert same(result, dated, talks) and not same(result, dated, call)


def _since(doc: str, year: str = "1992", local: str = "e1", **kw: object) -> Report:
    """An agreement of the pair recalled by its year only ("linked by an agreement since")."""
    return rep(
        doc, local=local, regions=PAIR, coarse=year, **{"published": date(2022, 9, 30), **kw}
    )


@pytest.mark.parametrize(
    ("extra", "joins"),
    [
        ([], True),
        # near misses: the other report's year is another; one side of the pair only
        ([_since("B", "1993")], False),
        ([rep("B", regions=frozenset({"VN-54", "VN-HN"}), coarse="1992")], False),
        # the first article also tells another agreement of the pair that year
        ([_since("A", local="e2")], False),
        # the batch dates two signings of the pair in that year: which one is not told
        (
            [
                _signing("C", date=date(1992, 3, 4), published=date(1992, 3, 5)),
                _signing("D", date=date(1992, 10, 1), published=date(1992, 10, 2)),
            ],
            False,
        ),
    ],
)
def test_two_reports_of_a_pairs_agreement_of_one_year_are_one_agreement(
    extra: list[Report], joins: bool
) -> None:
    first = _since("A")
    second = next((r for r in extra if r.doc_id == "B"), _since("B", published=date(2023, 1, 12)))
    reports = [first, *([second] if second not in extra else []), *extra]
    result = cluster(reports, OPT)
    assert same(result, first, second) is joins


@pytest.mark.parametrize("marked", ["A", "B"])
def test_an_institutions_agreement_of_the_year_is_not_the_pairs_authorities_one(
    marked: str,
) -> None:
    """Two reports date an agreement of one pair by the same year; one says a school (an
    institution of the region, ``_institutions``) signed it: two agreements, whichever
    report carries the mark; unmarked, the same two reports join (the test above)."""
    first = _since("A", institution=marked == "A")
    second = _since("B", published=date(2023, 1, 12), institution=marked == "B")
    assert not same(cluster([first, second], OPT), first, second)


def test_a_year_join_explains_itself() -> None:
    first, second = _since("A"), _since("B")
    (link,) = cluster([first, second], OPT).links([first, second], OPT)
    assert "the one agreement of ['LA-XS', 'VN-54'] told in 1992" in link.reasons


@pytest.mark.parametrize("extra_first", [True, False])
def test_of_two_undated_trips_of_one_article_the_weaker_match_does_not_take_the_event(
    extra_first: bool,
) -> None:
    """One sentence gives an undated article two trips of the governor (the working trip to
    the country, the arrival in its capital, which adds the capital's region); the dated
    report names the governor's region only (the undated one names
    the day of arrival, "on November 24"): the trip joins, whichever key comes first."""
    gov = frozenset({"ivan sokolov"})
    dated = rep(
        "A",
        typ="visit",
        coarse="2025-11",
        published=date(2025, 11, 24),
        people=gov,
        regions=frozenset({"RU-KLU"}),
    )
    local_extra, local_trip = ("e1", "e2") if extra_first else ("e2", "e1")
    arrival = rep(
        "B",
        typ="visit",
        local=local_extra,
        people=gov,
        regions=frozenset({"RU-KLU", "VN-HN"}),
        venue="VN-HN",
        month=11,
        mday=24,
    )
    trip = rep(
        "B",
        typ="visit",
        local=local_trip,
        people=gov,
        regions=frozenset({"RU-KLU"}),
        month=11,
        mday=24,
    )
    result = cluster([dated, arrival, trip], OPT)
    assert same(result, dated, trip)
    assert not same(result, dated, arrival)
