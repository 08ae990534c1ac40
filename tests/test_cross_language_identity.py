"""One real-world event, one id, whatever the language of the report; near misses stay apart.

Our own invented reports (names, places and dates are made up) run through the whole
pipeline: a signing told in English, Vietnamese and Russian; the same two officials signing
again a year later; two meetings of one trip on consecutive days; in French and without any
date, a report of one of those meetings (it joins) and a report that could be either signing
(it stays alone).
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


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("xl")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, "utf-8")
    out = tmp_path_factory.mktemp("xl-out") / "out.jsonl"
    proc = run_cli("extract", str(folder), "--output", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(x) for x in out.read_text("utf-8").splitlines() if x.strip()]
    return {Path(r["source"]).name: r for r in recs}


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
