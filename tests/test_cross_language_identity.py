"""One real-world event, one id, whatever the language of the report; near misses stay apart.

Our own invented reports (names, places and dates are made up) run through the whole
pipeline: a signing told in English, Vietnamese and Russian; the same two officials signing
again a year later; two meetings of one trip on consecutive days; in French and without any
date, a report of one of those meetings (it joins) and a report that could be either signing
(it stays alone). A second pair of regions signs twice in one year, in the same city: a
memorandum in January and an agreement in November, the second told in English, German and
Spanish, and by two articles without any date that still name the day ("le 4 novembre", "on
the 4th"): they join November, never January.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import run_cli

REPORTS = {
    "sign-en.txt": (
        " date 2025-06-11\nTomsk and Lao Cai sign cooperation agreement\n\n"
        "HANOI — Governor of Russia's Tomsk oblast Pavel Zorin and Chairman of the Lao Cai "
        "provincial People's Committee Le Van Tam signed a cooperation agreement in Lao Cai on "
        "June 10. The agreement covers trade, education and tourism.\n"
    ),
    "sign-vi.txt": (
        " date 2025-06-10\nLào Cai ký thỏa thuận hợp tác với tỉnh Tomsk\n\n"
        "Chiều 10/6, tại thành phố Lào Cai, Chủ tịch UBND tỉnh Lào Cai Lê Văn Tâm và Thống đốc "
        "tỉnh Tomsk (Liên bang Nga) Pavel Zorin đã ký thỏa thuận hợp tác trong các lĩnh vực "
        "thương mại, giáo dục và du lịch.\n"
    ),
    "sign-ru.txt": (
        " date 2025-06-11\nТомская область и провинция Лаокай подписали соглашение\n\n"
        "Губернатор Томской области Павел Зорин и председатель Народного комитета провинции "
        "Лаокай Ле Ван Там 10 июня подписали в Лаокае соглашение о сотрудничестве в сфере "
        "торговли, образования и туризма.\n"
    ),
    "sign-fr-undated.txt": (
        "Tomsk et Lào Cai signent un accord\n\n"
        "Le gouverneur de l'oblast de Tomsk, Pavel Zorin, et le président du Comité populaire "
        "de la province de Lào Cai, Lê Văn Tâm, ont signé un accord de coopération à Lào Cai.\n"
    ),
    "trip-day1-fr-undated.txt": (
        "Le gouverneur de Tomsk reçu à Yen Bai\n\n"
        "Le président du Comité populaire de la province de Yen Bai, Tran Quoc Hung, a reçu le "
        "gouverneur de l'oblast de Tomsk, Pavel Zorin, à Yen Bai.\n"
    ),
    "sign-again-en.txt": (
        " date 2026-06-16\nTomsk and Lao Cai sign a new agreement\n\n"
        "HANOI — Governor of Russia's Tomsk oblast Pavel Zorin and Chairman of the Lao Cai "
        "provincial People's Committee Le Van Tam signed a new cooperation agreement in Lao Cai "
        "on June 15.\n"
    ),
    "trip-day1-en.txt": (
        " date 2025-09-02\nTomsk governor meets Yen Bai leader\n\n"
        "HANOI — Chairman of the Yen Bai provincial People's Committee Tran Quoc Hung received "
        "Governor of Russia's Tomsk oblast Pavel Zorin in Yen Bai on September 1.\n"
    ),
    "trip-day2-en.txt": (
        " date 2025-09-03\nTomsk governor meets Ha Giang leader\n\n"
        "HANOI — Chairman of the Ha Giang provincial People's Committee Nguyen Van Son "
        "received Governor of Russia's Tomsk oblast Pavel Zorin in Ha Giang on September 2.\n"
    ),
}


SIGN_TWICE = {
    "jan-en.txt": (
        " date 2025-01-21\nIrkutsk and Quang Ninh sign a memorandum\n\n"
        "HANOI — Governor of Russia's Irkutsk oblast Igor Volkov and Chairman of the Quang Ninh "
        "provincial People's Committee Tran Van Minh signed a memorandum of understanding in "
        "Irkutsk on January 20.\n"
    ),
    "nov-en.txt": (
        " date 2025-11-05\nIrkutsk and Quang Ninh sign cooperation agreement\n\n"
        "MOSCOW — Governor of Russia's Irkutsk oblast Igor Volkov and Chairman of the Quang Ninh "
        "provincial People's Committee Tran Van Minh signed a cooperation agreement in Irkutsk "
        "on November 4.\n"
    ),
    "nov-de.txt": (
        " date 2025-11-05\nIrkutsk und Quang Ninh unterzeichnen Abkommen\n\n"
        "Der Gouverneur des Gebiets Irkutsk, Igor Wolkow, und der Vorsitzende des "
        "Volkskomitees der Provinz Quang Ninh, Tran Van Minh, haben am 4. November in Irkutsk "
        "ein Kooperationsabkommen unterzeichnet.\n"
    ),
    "nov-es.txt": (
        " date 2025-11-06\nIrkutsk y Quang Ninh firman un acuerdo de cooperación\n\n"
        "El gobernador de la región rusa de Irkutsk, Igor Vólkov, y el presidente del Comité "
        "Popular de la provincia vietnamita de Quang Ninh, Tran Van Minh, firmaron el 4 de "
        "noviembre en Irkutsk un acuerdo de cooperación.\n"
    ),
    "nov-fr-undated.txt": (
        "Irkoutsk et Quang Ninh signent un accord\n\n"
        "Le gouverneur de l'oblast d'Irkoutsk, Igor Volkov, et le président du Comité populaire "
        "de la province de Quang Ninh, Tran Van Minh, ont signé le 4 novembre à Irkoutsk un "
        "accord de coopération.\n"
    ),
    "nov-en-undated.txt": (
        "Irkutsk and Quang Ninh deepen ties\n\n"
        "Governor of Russia's Irkutsk oblast Igor Volkov and Chairman of the Quang Ninh "
        "provincial People's Committee Tran Van Minh signed a cooperation agreement in Irkutsk "
        "on the 4th.\n"
    ),
}


def _extract(
    reports: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("xl")
    for name, text in reports.items():
        (folder / name).write_text(text, "utf-8")
    out = tmp_path_factory.mktemp("xl-out") / "out.jsonl"
    proc = run_cli("extract", str(folder), "--output", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(x) for x in out.read_text("utf-8").splitlines() if x.strip()]
    return {Path(r["source"]).name: r for r in recs}


@pytest.fixture(scope="module")
def twice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return _extract(SIGN_TWICE, tmp_path_factory)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return _extract(REPORTS, tmp_path_factory)


def _ids(rec: dict[str, Any], typ: str) -> set[str]:
    return {e["event_id"] for e in rec["events"] if e["type"] == typ}


def test_one_signing_in_four_languages_is_one_event(records: dict[str, dict[str, Any]]) -> None:
    ids = [_ids(records[n], "agreement") for n in ("sign-en.txt", "sign-vi.txt", "sign-ru.txt")]
    assert all(len(x) == 1 for x in ids), ids
    assert ids[0] == ids[1] == ids[2]


def test_an_undated_report_joins_only_an_unambiguous_event(
    records: dict[str, dict[str, Any]],
) -> None:
    # the meeting in Yen Bai happened once: the French report without a date joins it
    assert _ids(records["trip-day1-fr-undated.txt"], "meeting") == _ids(
        records["trip-day1-en.txt"], "meeting"
    )
    # the same two officials signed in 2025 and in 2026: without a date, neither
    undated = _ids(records["sign-fr-undated.txt"], "agreement")
    assert len(undated) == 1
    assert not undated & _ids(records["sign-en.txt"], "agreement")
    assert not undated & _ids(records["sign-again-en.txt"], "agreement")


def test_the_same_officials_a_year_later_are_another_event(
    records: dict[str, dict[str, Any]],
) -> None:
    assert _ids(records["sign-again-en.txt"], "agreement")
    assert not _ids(records["sign-again-en.txt"], "agreement") & _ids(
        records["sign-en.txt"], "agreement"
    )


def test_two_meetings_of_one_trip_are_two_events(records: dict[str, dict[str, Any]]) -> None:
    day1 = _ids(records["trip-day1-en.txt"], "meeting")
    day2 = _ids(records["trip-day2-en.txt"], "meeting")
    assert day1 and day2 and not day1 & day2


def test_one_signing_in_three_more_languages_is_one_event(
    twice: dict[str, dict[str, Any]],
) -> None:
    ids = [_ids(twice[n], "agreement") for n in ("nov-en.txt", "nov-de.txt", "nov-es.txt")]
    assert all(len(x) == 1 for x in ids), ids
    assert ids[0] == ids[1] == ids[2]
    assert not ids[0] & _ids(twice["jan-en.txt"], "agreement")  # same people, same city


@pytest.mark.parametrize("name", ["nov-fr-undated.txt", "nov-en-undated.txt"])
def test_an_undated_report_naming_the_day_joins_that_signing_only(
    twice: dict[str, dict[str, Any]], name: str
) -> None:
    undated = _ids(twice[name], "agreement")
    assert len(undated) == 1
    assert undated == _ids(twice["nov-en.txt"], "agreement")
    assert not undated & _ids(twice["jan-en.txt"], "agreement")
