"""A companion named by their tie to the person told before ("with his deputy, X", "was
accompanied by his wife, Y", Indonesian "bersama wakilnya, X"): the tie is their title, so
the name is read as a person's. Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def roles(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {str(m.key): m.attrs.get("role") for m in doc.mentions if m.kind == "person"}


# (text, person, role)
TIES: list[tuple[str, str, str]] = [
    (
        "Attending the signing were Governor of Heilongjiang Zhou Wenbo with his deputy, Li "
        "Haiming, and the heads of the provincial departments.",
        "Li Haiming",
        "Deputy",
    ),
    (
        "West Java Governor Budi Santoso was accompanied by his wife, Sari Wulandari, at the "
        "signing of the memorandum in Harbin.",
        "Sari Wulandari",
        "Spouse",
    ),
    (
        "Hadir Gubernur Heilongjiang Zhou Wenbo bersama wakilnya, Li Haiming dalam upacara "
        "penandatanganan tersebut.",
        "Li Haiming",
        "Deputy",
    ),
    (
        "Gubernur Jawa Barat Budi Santoso didampingi istrinya, Sari Wulandari, dalam upacara "
        "penandatanganan di Harbin.",
        "Sari Wulandari",
        "Spouse",
    ),
    (
        # "istri" without the possessive, before a title whose body ends with a name
        "Gubernur Jawa Barat Budi Santoso didampingi oleh istri, Sari Wulandari, Kepala "
        "Dinas Perhubungan Jabar Agus Wiranata dan pejabat lainnya.",
        "Sari Wulandari",
        "Spouse",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), TIES)
def test_a_companion_named_by_their_tie(
    pipeline: Pipeline, text: str, person: str, role: str
) -> None:
    assert roles(pipeline, text).get(person) == role
