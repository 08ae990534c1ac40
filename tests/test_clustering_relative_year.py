"""An agreement whose year was counted from the page's date may be one year off.

Our own sentences and invented pairs. "The two cities signed their memorandum the year
before last in July", on a page dated 2026, reads 2024-07; if the batch tells the pair's
memorandum in July 2023 and nothing of the pair in July 2024, that is the one (the writer
counted from another day than the page's, or miscounted). Near misses: the same parties a
year later told with the year written out, an agreement of the pair in the report's own
month, two agreements of the pair a year off either way, another month, another signer.
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
PAIR = frozenset({"JP-35", "TW-TNN"})
PUBLISHED = date(2026, 2, 4)


def _report_of(text: str, lang: str) -> Report:
    """The agreement one sentence tells, dated as the date stage reads it on a page of
    2026-02-04."""
    doc = Document(doc_id="d", source="s", text=text, lang=lang, published=PUBLISHED.isoformat())
    doc.mentions = resolve_dates(text, lang, PUBLISHED)
    dated = [m.key for m in doc.mentions if m.kind == "date" and m.key and len(m.key) >= 7]
    doc.events = [
        Event(
            type="agreement",
            date=dated[0] if dated else None,
            place=Place(),
            participants=[],
            regions=sorted(PAIR),
            sectors=[],
            evidence=[Evidence(0, len(text), text)],
            confidence=0.7,
            local_id="e1",
        )
    ]
    (r,) = reports_of(doc)
    return r


@pytest.mark.parametrize(
    ("lang", "text", "counted"),
    [
        ("zh", "雙方於前年七月締結友好協定。", True),
        ("zh", "双方于去年7月签署了合作备忘录。", True),
        ("ja", "両県は去年7月に覚書を締結した。", True),
        ("ko", "두 도시는 지난해 10월 협약을 체결했다.", True),
        ("en", "The two provinces signed the agreement last July.", True),
        ("en", "The two provinces signed the agreement in July last year.", True),
        ("ru", "Стороны подписали соглашение в июле прошлого года.", True),
        ("vi", "Hai tỉnh đã ký thỏa thuận vào tháng 7 năm ngoái.", True),
        ("fr", "Les deux provinces ont signé l'accord en juillet dernier.", True),
        ("de", "Die Provinzen unterzeichneten im Juli letzten Jahres ein Abkommen.", True),
        # near misses: the year written out
        ("zh", "雙方於2024年7月締結友好協定。", False),
        ("en", "The two provinces signed the agreement in July 2024.", False),
        ("ko", "두 도시는 2025년 10월 협약을 체결했다.", False),
    ],
)
def test_relative_year_mark(lang: str, text: str, counted: bool) -> None:
    r = _report_of(text, lang)
    assert r.coarse is not None
    assert r.relative_year is counted


def rep(doc: str, when: str | None, **kw: object) -> Report:
    base = Report(
        doc_id=doc,
        local_id="e1",
        type="agreement",
        date=None,
        published=None,
        people=frozenset(),
        regions=PAIR,
        coarse=when,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def _same(reports: list[Report], a: Report, b: Report) -> bool:
    ids = cluster(reports, OPT).ids
    return ids[a.key] == ids[b.key]


COUNTED = rep("counted", "2024-07", published=PUBLISHED, relative_year=True)


def test_counted_year_one_off_joins_the_pair_s_agreement_of_that_month() -> None:
    signed = rep("signed", "2023-07")
    assert _same([signed, COUNTED], signed, COUNTED)


def test_counted_year_a_year_later_too() -> None:
    counted = replace(COUNTED, coarse="2022-07")
    signed = rep("signed", "2023-07")
    assert _same([signed, counted], signed, counted)


def test_not_a_signing_after_the_page() -> None:
    """Counted "last July" on a page of September 2024: not the pair's July 2025 signing."""
    counted = replace(COUNTED, published=date(2024, 9, 2))
    later = rep("later", "2025-07")
    assert not _same([later, counted], later, counted)


def test_the_same_parties_a_year_later_with_the_year_written_stay_apart() -> None:
    written = replace(COUNTED, relative_year=False)
    signed = rep("signed", "2023-07")
    assert not _same([signed, written], signed, written)


def test_an_agreement_of_the_pair_in_its_own_month_is_the_one() -> None:
    signed = rep("signed", "2023-07")
    renewed = rep("renewed", "2024-07")
    reports = [signed, renewed, COUNTED]
    assert _same(reports, renewed, COUNTED)
    assert not _same(reports, signed, COUNTED)


def test_two_agreements_a_year_off_either_way_stay_apart() -> None:
    before = rep("before", "2023-07")
    after = rep("after", "2025-07")
    reports = [before, after, COUNTED]
    assert not _same(reports, before, COUNTED)
    assert not _same(reports, after, COUNTED)


def test_another_month_or_another_signer_stays_apart() -> None:
    june = rep("june", "2023-06")
    assert not _same([june, COUNTED], june, COUNTED)
    councils = rep("councils", "2023-07", legislature=True)
    assert not _same([councils, COUNTED], councils, COUNTED)


def test_the_counted_year_is_not_a_meeting_rule() -> None:
    """Meetings of one pair a year apart are many (an annual session): agreements only."""
    met = rep("met", "2023-07", type="meeting")
    counted = replace(COUNTED, type="meeting")
    assert not _same([met, counted], met, counted)
