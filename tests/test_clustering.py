"""Event identity across documents: same event joined, near misses kept apart."""

from __future__ import annotations

import random
from datetime import date

import pytest

from diplograph import Options
from diplograph._clustering import Report, candidate_pairs, cluster

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
        "A", d="2023-11-22", pub="2023-11-22", people=("p:shapsha", "p:thuong"), regions=("RU-KLU",)
    )
    b = rep("B", pub="2023-11-23", people=("p:shapsha", "p:thuong"), regions=("RU-KLU",))
    assert same(cluster([a, b], OPT), a, b)


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        (
            rep("A", d="2023-11-22", people=("p:g", "p:president")),
            rep("B", d="2023-11-23", people=("p:g", "p:dpm")),
            "consecutive days, different hosts",
        ),
        (
            rep("A", d="2023-11-22", people=("p:g", "p:x")),
            rep("B", d="2025-11-25", people=("p:g", "p:y")),
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
            rep("A", d="2024-03-05", people=("p:a",)),
            rep("A", d="2024-03-05", people=("p:a",), local="e2"),
            "two events of one document",
        ),
        (rep("A", people=("p:a",)), rep("B", people=("p:a",)), "no dates at all"),
        (
            rep("A", d="2024-03-05", people=("p:guest", "p:host1"), regions=("RU-KLU",)),
            rep("B", d="2024-03-05", people=("p:guest", "p:host2"), regions=("RU-KLU",)),
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
            people=(f"p:{i % 4}", "p:common"),
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
    a = rep("A", d="2024-05-01", people=("p:1", "p:2"))
    b = rep("B", d="2024-05-01", people=("p:1", "p:2"))
    c = rep("C", pub="2024-05-02", people=("p:1", "p:2"))
    result = cluster([a, b, c], OPT, existing={a.key: "ev-old-a", b.key: "ev-old-b"})
    assert result.ids[a.key] == "ev-old-a"
    assert result.ids[b.key] == "ev-old-b"
    assert result.ids[c.key] in {"ev-old-a", "ev-old-b"}


def test_blocking_compares_only_within_the_date_window() -> None:
    reports = [
        rep(f"D{i}", d=f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}", people=("p:hub",))
        for i in range(300)
    ]
    pairs = list(candidate_pairs(reports, window=2))
    assert len(pairs) < 300 * 3  # linear in the number of reports, not quadratic
    assert all(abs(((a.when or date.min) - (b.when or date.min)).days) <= 2 for a, b in pairs)


def test_links_explain_why() -> None:
    a = rep("A", d="2023-11-22", people=("p:x", "p:y"))
    b = rep("B", d="2023-11-22", people=("p:x", "p:y"))
    result = cluster([a, b], OPT)
    links = result.links([a, b], OPT)
    assert links and any("shared people" in r for r in links[0].reasons)
