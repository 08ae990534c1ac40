"""A parliament's approval or ratification of an agreement of the relation is an act of its
own (`other`), as the real gold counts it (#12, h12a). Our own invented sentences (names and
places are made up); mentions are given by markup, publication date 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
A = "[Tomsk|region|RU-TOM]"
B = "[Lao Cai|region|VN-02]"


APPROVAL_CASES: list[tuple[str, str]] = [
    ("ru", f"Депутаты одобрили соглашение о сотрудничестве между {A} и провинцией {B}."),
    ("ru", f"Соглашение о сотрудничестве {A} с провинцией {B} было ратифицировано парламентом."),
    ("en", f"The regional assembly of {A} approved the cooperation agreement with {B}."),
    ("en", f"The memorandum between {A} and {B} was ratified by the provincial council."),
    ("fr", f"Le conseil régional de {A} a approuvé l'accord de coopération avec {B}."),
    ("de", f"Das Abkommen zwischen {A} und {B} wurde vom Landtag gebilligt."),
    ("es", f"La legislatura de {A} aprobó el convenio de cooperación con {B}."),
]


@pytest.mark.parametrize(("lang", "markup"), APPROVAL_CASES)
def test_approval_of_an_agreement_is_an_act(stage: EventStage, lang: str, markup: str) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert [e.type for e in doc.events] == ["other"]
    assert set(doc.events[0].regions) >= {"RU-TOM", "VN-02"}


NOT_APPROVAL: list[tuple[str, str]] = [
    ("en", f"The assembly of {A} approved the budget for the new school in {B}."),
    ("en", f"The assembly of {A} will approve the cooperation agreement with {B} in July."),
]


@pytest.mark.parametrize(("lang", "markup"), NOT_APPROVAL)
def test_other_approvals_and_plans_are_not_acts(stage: EventStage, lang: str, markup: str) -> None:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    assert [e.type for e in doc.events if e.type == "other"] == []
