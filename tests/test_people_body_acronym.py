"""A titled name after the body its title phrase ends with: an acronym, body words, a place.

"Director of BJB Ahmad Irfan", "Wakil Ketua DPRD Jabar Abdul Harris Bobihoe": the body's
acronym stops a name (it is no name word), so the title found no name and the person was
lost, or the title took the name written before it. Indonesian officials' titles also run
through their office's whole name ("Kepala Dinas Perhubungan Jabar X", "Kepala Dinas
Penanaman Modal dan Pelayanan Terpadu Satu Pintu X"). The name after such a body is the
title's when it has two words or more. Near misses: an acronym and one capitalised word
("Director of ASEAN Affairs"), an acronym before lowercase words, no body at all.

Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._pipeline import Pipeline
from tests._people_helpers import persons_roles as _persons

# (text, {person: role} that must be read)
READ: list[tuple[str, dict[str, str]]] = [
    (
        "The signing in Bandung was attended by Director of BKB Rudi Hartono and "
        "officials of Guangxi.",
        {"Rudi Hartono": "Director"},
    ),
    (
        "Penandatanganan di Bandung dihadiri Direktur Utama BKB Rudi Hartono dan pejabat "
        "Provinsi Guangxi.",
        {"Rudi Hartono": "Director"},
    ),
    (
        "Hadir pula Wakil Ketua DPRD Jabar Siti Nurhaliza Rahman dan Kepala Dinas "
        "Perhubungan Jabar Budi Santika.",
        {"Siti Nurhaliza Rahman": "Deputy Chairman", "Budi Santika": "Head"},
    ),
    (
        "Hadir Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Jabar Agus "
        "Wiranata, Kepala Dinas Perhubungan Jabar Budi Santika.",
        {"Agus Wiranata": "Head", "Budi Santika": "Head"},
    ),
    (
        "Hadir Kepala Biro Kerja sama Pemprov Jabar Agus Wiranata dan Kepala Dinas "
        "Perhubungan Jabar Budi Santika.",
        {"Agus Wiranata": "Head", "Budi Santika": "Head"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_name_after_the_body_of_a_title(
    pipeline: Pipeline, text: str, expected: dict[str, str]
) -> None:
    got = _persons(pipeline, text)
    for name, role in expected.items():
        assert got.get(name) == role, got


# near misses: no person may be read from these
NOT_READ: list[str] = [
    "The Director of ASEAN Affairs met the delegation of Guangxi in Bandung.",
    "The Director of UNDP office in Hanoi met the delegation of Guangxi.",
    "Direktur BKB Bandung hadir dalam acara di Provinsi Guangxi.",
]


@pytest.mark.parametrize("text", NOT_READ)
def test_no_name_after_a_body_alone(pipeline: Pipeline, text: str) -> None:
    assert _persons(pipeline, text) == {}
