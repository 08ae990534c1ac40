"""Reports that nothing dates: what still tells them apart, and when two articles vouch for them.

Our own sentences and invented officials. An article without a publication date still names
days and months without a year ("on the 14th", "14일", "14 марта"); two articles that already
report one event together are news of the same days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from diplograph import Options
from diplograph._clustering import Report, cluster, reports_of
from diplograph._dates import resolve_dates
from diplograph._models import Document, Event, Evidence, Place

OPT = Options()
SIDES = frozenset({"JP-36", "KR-49"})


def rep(doc: str, typ: str = "agreement", local: str = "e1", **kw: object) -> Report:
    base = Report(
        doc_id=doc,
        local_id=local,
        type=typ,
        date=None,
        published=None,
        people=frozenset(),
        regions=SIDES,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def same(result: object, a: Report, b: Report) -> bool:
    ids = result.ids  # type: ignore[attr-defined]
    return bool(ids[a.key] == ids[b.key])


def _report_of(text: str, lang: str) -> Report:
    """The report of one undated agreement told by the whole of ``text``."""
    return _agreement_report(Document(doc_id="d", source="s", text=text), lang, len(text))


def _agreement_report(
    doc: Document, lang: str, end: int, evidence: list[Evidence] | None = None
) -> Report:
    """The report of one undated agreement of the two sides told by ``doc.text[:end]`` (or
    by the sentences ``evidence`` names)."""
    doc.mentions = resolve_dates(doc.text, lang, None)
    doc.events = [
        Event(
            type="agreement",
            date=None,
            place=Place(),
            participants=[],
            regions=sorted(SIDES),
            sectors=[],
            evidence=evidence or [Evidence(0, end, doc.text[:end])],
            confidence=0.6,
            local_id="e1",
        )
    ]
    (r,) = reports_of(doc)
    return r


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("en", "The two prefectures signed the friendship agreement on the 14th.", 14),
        ("ko", "두 도시는 14일 우호 협정을 체결했다.", 14),
        ("ja", "両県は14日、友好協定を結んだ。", 14),
        ("zh", "两省于14日签署了友好协议。", 14),
        ("ru", "Стороны подписали соглашение 14 марта.", 14),
        ("vi", "Hai tỉnh đã ký biên bản ghi nhớ ngày 14/3.", 14),
        ("de", "Die beiden Regionen unterzeichneten am 14. März ein Abkommen.", 14),
        # a weekday is no day of the month; two days named: nothing to tell
        ("en", "The two prefectures signed the agreement on Monday.", None),
        ("ko", "두 도시는 3일과 14일 두 차례 협정을 체결했다.", None),
    ],
)
def test_an_undated_report_keeps_the_day_its_sentence_names(
    lang: str, text: str, day: int | None
) -> None:
    assert _report_of(text, lang).mday == day


@pytest.mark.parametrize(("mday", "joins"), [(25, True), (3, False), (None, True)])
def test_an_undated_report_naming_another_day_stays_apart(mday: int | None, joins: bool) -> None:
    """ "Signed on the 3rd" in an article nothing dates is not the signing of January 25."""
    people = frozenset({"seo jin ho", "tanaka ichiro"})
    dated = rep("A", date=date(2025, 1, 25), published=date(2025, 1, 26), people=people)
    undated = rep("B", people=people, mday=mday)
    assert same(cluster([dated, undated], OPT), dated, undated) is joins


def test_a_trip_named_by_two_of_its_days_still_joins() -> None:
    people = frozenset({"seo jin ho", "tanaka ichiro"})
    a = rep("A", typ="visit", people=people, mday=14)
    b = rep("B", typ="visit", people=people, mday=16)
    c = rep("C", typ="visit", people=people, mday=24)
    result = cluster([a, b, c], OPT)
    assert same(result, a, b) and not same(result, a, c)


def test_two_undated_reports_naming_two_months_stay_apart() -> None:
    people = frozenset({"seo jin ho", "tanaka ichiro"})
    a = rep("A", people=people, month=1)
    b = rep("B", people=people, month=11)
    c = rep("C", people=people, month=11)
    result = cluster([a, b, c], OPT)
    assert not same(result, a, b) and same(result, b, c)


def test_an_undated_chain_does_not_reach_the_earlier_signing() -> None:
    """A signing "on the 3rd", the January 25 memorandum of the same two governors, and a
    report that says nothing of its date: it could be either, so it joins neither, and
    "on the 3rd" never reaches January 25 through it."""
    gov = frozenset({"seo jin ho", "tanaka ichiro"})
    january = rep("A", date=date(2025, 1, 25), published=date(2025, 1, 26), people=gov)
    november = rep("B", people=gov, mday=3)
    either = rep("C", people=frozenset({"tanaka ichiro"}))
    result = cluster([january, november, either], OPT)
    assert not same(result, january, november)
    assert not same(result, either, january) and not same(result, either, november)
    # without the January memorandum, the two undated reports are one signing
    result = cluster([november, either], OPT)
    assert same(result, november, either)


VISITOR = frozenset({"pavel zorin"})
HOSTS = frozenset({"pavel zorin", "le van tam"})


def _trip_reports(doc: str) -> list[Report]:
    """An undated article: the governor's talks with his host, and his trip."""
    return [
        rep(doc, typ="meeting", local="e1", people=HOSTS, regions=frozenset({"RU-TOM"})),
        rep(doc, typ="visit", local="e2", people=VISITOR, regions=frozenset({"RU-TOM"})),
    ]


def test_two_articles_telling_one_meeting_tell_one_trip() -> None:
    a, b = _trip_reports("A"), _trip_reports("B")
    result = cluster(a + b, OPT)
    assert same(result, a[0], b[0])  # both sides of the talks are named: one meeting
    assert same(result, a[1], b[1])  # hence one trip, though a governor and his region alone
    # are every trip he makes


def test_a_trip_alone_in_two_articles_stays_apart() -> None:
    """Without an event the two articles share, the governor's trip is any of his trips."""
    a = rep("A", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}))
    b = rep("B", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}))
    assert not same(cluster([a, b], OPT), a, b)


def test_companions_must_be_the_only_match_in_the_other_article() -> None:
    """The second article tells two trips of the governor: neither is vouched for."""
    a = _trip_reports("A")
    third = rep("B", typ="visit", local="e3", people=VISITOR, regions=frozenset({"RU-TOM"}))
    b = [*_trip_reports("B"), third]
    result = cluster(a + b, OPT)
    assert same(result, a[0], b[0])
    assert not same(result, a[1], b[1]) and not same(result, a[1], b[2])


def test_a_dated_report_is_no_companion_of_another_date() -> None:
    """Each article dates its trip (June and September): the shared talks vouch for nothing."""
    a = _trip_reports("A")
    b = _trip_reports("B")
    a[1] = replace(a[1], coarse="2025-06")
    b[1] = replace(b[1], coarse="2025-09")
    result = cluster(a + b, OPT)
    assert not same(result, a[1], b[1])


def test_a_trip_of_the_month_it_names_joins_a_one_sided_report() -> None:
    """ "On November 25" the governor was received: his trip dated to November joins, though
    a governor and his region alone would be any of his trips."""
    dated = rep(
        "A",
        typ="visit",
        coarse="2025-11",
        published=date(2025, 11, 24),
        people=VISITOR,
        regions=frozenset({"RU-TOM"}),
    )
    named = rep("B", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}), month=11, mday=25)
    silent = rep("C", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}))
    result = cluster([dated, named, silent], OPT)
    assert same(result, dated, named)
    assert not same(result, dated, silent)  # nothing dates it: any of his trips


def test_a_month_without_year_matching_two_years_joins_neither() -> None:
    """The governor came in November 2023 and in November 2025: "on November 25" is either."""
    trips = [
        rep(
            doc,
            typ="visit",
            coarse=month,
            people=VISITOR,
            regions=frozenset({"RU-TOM"}),
        )
        for doc, month in (("A", "2023-11"), ("C", "2025-11"))
    ]
    named = rep("B", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}), month=11, mday=25)
    result = cluster([*trips, named], OPT)
    assert not same(result, trips[0], named) and not same(result, trips[1], named)


def test_a_month_alone_does_not_join_through_a_region() -> None:
    """One side only and nobody shared: the month of a festival in the same city is not enough."""
    dated = rep("A", typ="forum", date=date(2019, 11, 28), regions=frozenset({"VN-HN", "RU-MOW"}))
    named = rep("B", typ="forum", people=VISITOR, regions=frozenset({"VN-HN"}), month=11)
    assert not same(cluster([dated, named], OPT), dated, named)


@pytest.mark.parametrize(("day", "joins"), [(3, True), (20, False)])
def test_a_month_reported_ends_on_its_publication_day(day: int, joins: bool) -> None:
    """ "Signed in November" in an article of November 5: not the signing of November 20."""
    people = frozenset({"seo jin ho", "tanaka ichiro"})
    month = rep("A", coarse="2025-11", published=date(2025, 11, 5), people=people)
    dated = rep("B", date=date(2025, 11, day), published=date(2025, 11, day), people=people)
    assert same(cluster([month, dated], OPT), month, dated) is joins


def _doc_report(text: str, lang: str) -> Report:
    """The report of an undated agreement told by the first sentence of a two-sentence
    ``text`` (sentences split at the first full stop)."""
    from diplograph._models import Sentence

    cut = text.index(". ") + 1
    doc = Document(doc_id="d", source="s", text=text)
    doc.sentences = [Sentence(0, cut), Sentence(cut + 1, len(text))]
    return _agreement_report(doc, lang, cut)


@pytest.mark.parametrize(
    ("lang", "text", "month"),
    [
        # the one month of the article is in a sentence naming its year: background
        (
            "en",
            "The two prefectures signed the agreement today. In 2021 they met twice, in July.",
            None,
        ),
        (
            "it",
            "Le due regioni hanno firmato oggi l'accordo. Nel 2021 a luglio si sono visti.",
            None,
        ),
        ("ru", "Стороны подписали соглашение сегодня. В 2021 году в июле они встречались.", None),
        # a month told alone elsewhere in the article is still the month of the news
        ("en", "The two prefectures signed the agreement today. The talks began in July.", 7),
        ("ru", "Стороны подписали соглашение сегодня. Переговоры начались в июле.", 7),
    ],
)
def test_a_month_of_a_dated_background_sentence_is_not_the_month_of_the_news(
    lang: str, text: str, month: int | None
) -> None:
    assert _doc_report(text, lang).month == month


def test_an_undated_trip_with_two_trips_of_the_other_article_joins_neither() -> None:
    """The other article tells the mayor's trip (named with his region only) and the
    assembly's trip back (both sides, the host named): "the mayor and the governor met"
    without a date could be either, so it joins neither, from either side."""
    mayor, governor = "kenji arata", "mai thi hoa"
    told = rep("A", typ="visit", people=frozenset({mayor, governor}))
    mayors_trip = rep(
        "B", typ="visit", local="e1", people=frozenset({mayor}), regions=frozenset({"JP-36"})
    )
    trip_back = rep("B", typ="visit", local="e2", people=frozenset({governor}))
    result = cluster([told, mayors_trip, trip_back], OPT)
    assert not same(result, told, trip_back)
    assert not same(result, told, mayors_trip)


def test_one_undated_trip_in_the_other_article_still_joins() -> None:
    """The same reports without the mayor's trip: the one trip it can be joins."""
    told = rep("A", typ="visit", people=frozenset({"kenji arata", "mai thi hoa"}))
    trip_back = rep("B", typ="visit", local="e2", people=frozenset({"mai thi hoa"}))
    assert same(cluster([told, trip_back], OPT), told, trip_back)


def _news_with_background(doc: str, year: str) -> list[Report]:
    """An article of the governors' talks of 2024-03-14, telling as background the
    memorandum their two prefectures signed in ``year``."""
    return [
        rep(doc, typ="meeting", local="e1", date=date(2024, 3, 14), people=HOSTS),
        rep(doc, typ="agreement", local="e2", coarse=year, published=date(2024, 3, 15)),
    ]


@pytest.mark.parametrize(
    ("year_a", "year_b", "joins"), [("1994", "1994", True), ("1994", "1996", False)]
)
def test_two_articles_of_one_news_tell_one_background_act_of_a_year(
    year_a: str, year_b: str, joins: bool
) -> None:
    a, b = _news_with_background("A", year_a), _news_with_background("B", year_b)
    result = cluster(a + b, OPT)
    assert same(result, a[0], b[0])
    assert same(result, a[1], b[1]) is joins


@pytest.mark.parametrize(
    ("regions", "joins"), [(SIDES, True), (frozenset({"JP-36"}), False), (None, False)]
)
def test_a_background_act_of_a_year_without_shared_news_stays_apart(
    regions: frozenset[str] | None, joins: bool
) -> None:
    """Two articles of two meetings: "signed in 1994" alone is any act of that year, unless
    it is the agreement of one partner pair (two regions of two countries), which signs
    one agreement in a year when nothing else tells another (``year_links``)."""
    a = _news_with_background("A", "1994")
    b = _news_with_background("B", "1994")
    b[0] = replace(b[0], date=date(2024, 9, 2))
    if regions is None:  # the pair's other memorandum of 1994, told by a third article
        a.append(rep("C", coarse="1994-05", published=date(1994, 5, 20)))
        a.append(rep("D", coarse="1994-11", published=date(1994, 11, 20)))
    else:
        a[1], b[1] = (replace(x, regions=regions) for x in (a[1], b[1]))
    result = cluster(a + b, OPT)
    assert not same(result, a[0], b[0])
    assert same(result, a[1], b[1]) is joins


HOST = frozenset({"JP-09"})


@pytest.mark.parametrize(
    ("day", "joins"),
    [(date(2021, 11, 23), True), (date(2021, 11, 24), True), (date(2021, 11, 17), False)],
)
def test_an_undated_forum_naming_its_day_joins_the_forum_of_that_day(
    day: date, joins: bool
) -> None:
    """ "The conference opened in the prefecture on November 23": one side only (the host
    region) and a guest the dated report does not name, but the day is the conference's."""
    dated = rep("A", typ="forum", date=day, published=day, regions=HOST)
    named = rep("B", typ="forum", people=VISITOR, regions=HOST, month=11, mday=23)
    assert same(cluster([dated, named], OPT), dated, named) is joins


def test_a_day_without_year_matching_two_years_joins_neither() -> None:
    """The prefecture held the conference on November 23 of two years: the day is either."""
    forums = [
        rep(doc, typ="forum", date=day, published=day, regions=HOST)
        for doc, day in (("A", date(2021, 11, 23)), ("C", date(2023, 11, 23)))
    ]
    named = rep("B", typ="forum", people=VISITOR, regions=HOST, month=11, mday=23)
    result = cluster([*forums, named], OPT)
    assert not same(result, forums[0], named) and not same(result, forums[1], named)


def test_the_day_adds_to_a_report_already_matched_by_its_month() -> None:
    """Two undated articles of the guest (matched by the month they name) and the host's own
    dated report of that day, which names nobody: one forum."""
    dated = rep("A", typ="forum", date=date(2021, 11, 23), regions=HOST)
    one = rep("B", typ="forum", people=VISITOR, regions=HOST, month=11, mday=23)
    other = rep("C", typ="forum", people=VISITOR, regions=HOST, month=11, mday=23)
    result = cluster([dated, one, other], OPT)
    assert same(result, one, other) and same(result, dated, one)


def _report_of_sentences(sentences: list[str], lang: str) -> Report:
    """The report of one undated agreement whose evidence is each of ``sentences``."""
    text = "\n".join(sentences)
    evidence, at = [], 0
    for s in sentences:
        evidence.append(Evidence(at, at + len(s), s))
        at += len(s) + 1
    return _agreement_report(Document(doc_id="d", source="s", text=text), lang, len(text), evidence)


@pytest.mark.parametrize(
    ("lang", "sentences", "day"),
    [
        # a headline names no day; the sentence after it does
        (
            "ko",
            ["두 도시 우호 협정 체결", "두 도시는 14일 시청에서 우호 협정을 체결했다."],
            14,
        ),
        (
            "en",
            ["Two prefectures sign friendship pact", "They signed it on the 14th at the hall."],
            14,
        ),
        # the first sentence's own day wins over a later one
        ("en", ["They signed it on the 14th.", "The talks of the 12th prepared it."], 14),
        # two days in the later sentences: nothing to tell
        ("en", ["Two prefectures sign pact", "Talks on the 12th, a signing on the 14th."], None),
    ],
)
def test_an_undated_report_takes_the_one_day_of_its_later_sentences(
    lang: str, sentences: list[str], day: int | None
) -> None:
    assert _report_of_sentences(sentences, lang).mday == day


@pytest.mark.parametrize(
    ("venue_b", "mday_b", "joins"),
    [
        ("RU-NIZ", 26, True),  # "opened on June 25" and "held on June 26-27": one forum
        ("RU-TVE", 26, False),  # the same days in another city: another event
        ("RU-NIZ", None, False),  # a month and a venue: any forum of that city's month
        ("RU-NIZ", 12, False),  # another day of the month
    ],
)
def test_two_undated_forums_of_one_venue_and_day(
    venue_b: str, mday_b: int | None, joins: bool
) -> None:
    a = rep("A", typ="forum", regions=frozenset({"RU-NIZ"}), venue="RU-NIZ", month=6, mday=25)
    b = rep(
        "B",
        typ="forum",
        people=VISITOR,
        regions=frozenset({venue_b}),
        venue=venue_b,
        month=6,
        mday=mday_b,
    )
    assert same(cluster([a, b], OPT), a, b) is joins


def _trip_inside_a_trip(other_place: frozenset[str]) -> tuple[Report, Report, Report]:
    """An undated report of a minister's trip to a prefecture (the month and day named), and
    an article telling that trip and the trip to the whole country it was part of."""
    minister, governor = "nguyen van an", "sato hiroshi"
    marks = {"month": 5, "mday": 14}
    told = rep(
        "A", typ="visit", people=frozenset({minister}), regions=frozenset({"JP-22"}), **marks
    )
    to_prefecture = rep(
        "B",
        typ="visit",
        local="e1",
        people=frozenset({minister, governor}),
        regions=frozenset({"JP-22"}),
        **marks,
    )
    to_country = rep(
        "B", typ="visit", local="e2", people=frozenset({minister}), regions=other_place, **marks
    )
    return told, to_prefecture, to_country


def test_a_trip_inside_a_trip_joins_the_trip_placed_where_the_report_is() -> None:
    """The trip to the whole country is placed nowhere: the report placed in the
    prefecture tells the trip to the prefecture."""
    told, to_prefecture, to_country = _trip_inside_a_trip(frozenset())
    result = cluster([told, to_prefecture, to_country], OPT)
    assert same(result, told, to_prefecture)
    assert not same(result, told, to_country)


def test_two_placed_trips_of_one_traveller_stay_contested() -> None:
    """The article's other trip is placed too (another prefecture): the traveller and the
    month do not say which trip a report of one side tells, so it joins neither."""
    told, to_prefecture, elsewhere = _trip_inside_a_trip(frozenset({"JP-13", "JP-22"}))
    result = cluster([told, to_prefecture, elsewhere], OPT)
    assert not same(result, told, to_prefecture)
    assert not same(result, told, elsewhere)


LEADER = frozenset({"tran van an"})
HOST = frozenset({"ivan petrov"})


@pytest.mark.parametrize(
    ("typ", "other_day", "joins"),
    [
        ("meeting", None, False),  # the other meeting tells no day: one of the month's many
        ("meeting", 27, True),  # it tells the same day
        ("visit", None, True),  # a trip spans days: its month is enough
    ],
)
def test_a_one_sided_day_needs_the_other_day_told(
    typ: str, other_day: int | None, joins: bool
) -> None:
    """ "On November 27 the delegation had a working session with the embassy" (one side,
    a day without a year) is not the delegation's meeting with the governor that another
    undated article tells in November without a day: a delegation abroad holds several
    meetings in its month (#12, h12d)."""
    named = rep("A", typ=typ, people=LEADER, regions=frozenset({"VN-71"}), month=11, mday=27)
    other = rep(
        "B",
        typ=typ,
        people=LEADER | HOST,
        regions=frozenset({"VN-71", "RU-SPE"}),
        month=11,
        mday=other_day,
    )
    assert same(cluster([named, other], OPT), named, other) is joins


@pytest.mark.parametrize(("coarse", "joins"), [("2021-11", True), ("2021-10", False)])
def test_an_undated_forum_naming_a_day_joins_the_forum_dated_by_that_month(
    coarse: str, joins: bool
) -> None:
    """A week of a city dated by its month (its days told as a whole): a day named in that
    month, without a year, may be any of its days."""
    dated = rep("A", typ="forum", coarse=coarse, published=date(2021, 11, 25), regions=HOST)
    named = rep("B", typ="forum", people=VISITOR, regions=HOST, month=11, mday=23)
    assert same(cluster([dated, named], OPT), dated, named) is joins


@pytest.mark.parametrize(
    ("other_day", "joins"),
    [
        (None, False),  # the other article's meeting tells no day: another of the trip's talks
        (27, True),  # it tells the same day: the one meeting
    ],
)
def test_a_companion_meeting_naming_its_day_needs_the_other_day_told(
    other_day: int | None, joins: bool
) -> None:
    """Two undated articles already share the delegation's trip; each tells one meeting of
    it. One names its day ("on November 27 the delegation met the embassy staff"), the other
    tells the talks with the governor without a day: the shared trip does not make them one
    meeting, as the month alone does not (#12, h12w)."""
    trip_a = rep(
        "A", typ="visit", local="e1", people=LEADER, regions=frozenset({"VN-71"}), month=11
    )
    trip_b = rep(
        "B", typ="visit", local="e1", people=LEADER, regions=frozenset({"VN-71"}), month=11
    )
    named = rep(
        "A",
        typ="meeting",
        local="e2",
        people=LEADER,
        regions=frozenset({"VN-71"}),
        month=11,
        mday=27,
    )
    other = rep(
        "B",
        typ="meeting",
        local="e2",
        people=LEADER | HOST,
        regions=frozenset({"VN-71", "RU-SPE"}),
        mday=other_day,
    )
    result = cluster([trip_a, named, trip_b, other], OPT)
    assert same(result, trip_a, trip_b)
    assert same(result, named, other) is joins


def _offices(*people: tuple[str, str, str, str | None]) -> frozenset[tuple[str, str]]:
    from diplograph._cluster_reports import offices_of

    return offices_of(people)


GOVERNOR = ("Pavel Zorin", "Governor", "RU", "RU-TOM")


@pytest.mark.parametrize(
    ("host", "joins_new", "joins_old"),
    [
        (("Tran Van Binh", "President", "VN", None), True, False),  # not the old trip's president
        (("Le Van Tam", "President", "VN", None), False, False),  # the old one's: both still fit
        (("Tran Van Binh", "Governor", "VN", None), False, False),  # a governor of no region read
        (None, False, False),  # no office named: both trips fit
    ],
)
def test_an_undated_trip_is_not_of_the_days_another_holder_held_the_office(
    host: tuple[str, str, str, str | None] | None, joins_new: bool, joins_old: bool
) -> None:
    """The governor's trip "on November 25" in an undated article fits his November trips
    of two years the batch dates; the president who received him is another than the one
    the article of the earlier trip names: one office, one holder at a time, so it is the
    later trip (#12, h12w). The batch tells who held it, no table of terms does."""
    people = [GOVERNOR] + ([host] if host else [])
    undated = rep(
        "A", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}), month=11, mday=25
    )
    undated = replace(undated, offices=_offices(*people))
    new = rep("B", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}), coarse="2025-11")
    new = replace(new, offices=_offices(GOVERNOR))
    old = rep("C", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}), coarse="2023-11")
    old = replace(old, offices=_offices(GOVERNOR, ("Le Van Tam", "President", "VN", None)))
    result = cluster([undated, new, old], OPT)
    assert same(result, undated, new) is joins_new
    assert same(result, undated, old) is joins_old


@pytest.mark.parametrize(
    ("spelt", "joins_new"),
    [
        ("Kuznetsov", False),  # the old trip's president: both trips still fit
        ("Kusnetsov", False),  # the same holder spelt by another outlet: still both fit
        ("Karpenko", True),  # another holder: not the old trip
    ],
)
def test_one_holder_spelt_two_ways_is_no_other_holder(spelt: str, joins_new: bool) -> None:
    """Outlets transliterate a holder's name differently (Minnikhanov, Minikhanov): the
    offices compare holders as ``same_person`` compares last names, not letter by letter."""
    undated = rep(
        "A", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}), month=11, mday=25
    )
    undated = replace(
        undated, offices=_offices(GOVERNOR, (f"Ivan {spelt}", "President", "VN", None))
    )
    new = rep("B", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}), coarse="2025-11")
    new = replace(new, offices=_offices(GOVERNOR))
    old = rep("C", typ="visit", people=VISITOR, regions=frozenset({"RU-TOM"}), coarse="2023-11")
    old = replace(old, offices=_offices(GOVERNOR, ("Ivan Kuznetsov", "President", "VN", None)))
    result = cluster([undated, new, old], OPT)
    assert same(result, undated, new) is joins_new
    assert not same(result, undated, old)
