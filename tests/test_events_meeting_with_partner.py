"""A meeting noun followed by the word naming its partner ("На встрече с X", "at the talks
with X") after another kind of event was told is a meeting of its own, led by the host of the
act told before; without the partner word it only refers back (#12, h12a). Our own invented
sentences (names and places are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
H = "[Pavel Sorokin|person|Pavel Sorokin|role=Governor]"
G = "[Le Van Tam|person|Le Van Tam|role=Secretary]"


def meetings(stage: EventStage, markup: str, lang: str) -> list[set[str]]:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return [{p.name for p in e.participants} for e in doc.events if e.type == "meeting"]


# (lang, markup): the conference, then a meeting with the guest
PARTNER_CASES: list[tuple[str, str]] = [
    (
        "ru",
        f"Губернатор {H} открыл конференцию о сотрудничестве. "
        f"На встрече с секретарем {G} обсуждались планы.",
    ),
    (
        "en",
        f"Governor {H} opened the conference on cooperation. "
        f"At the meeting with Secretary {G} the sides discussed plans.",
    ),
    (
        "fr",
        f"Le gouverneur {H} a ouvert la conférence sur la coopération. "
        f"Lors de la rencontre avec le secrétaire {G}, les parties ont discuté des projets.",
    ),
    # "Tại buổi tiếp Thống đốc X" (at the reception of Governor X): the guest right after
    (
        "vi",
        f"Thống đốc {H} khai mạc hội chợ hợp tác. "
        f"Tại buổi tiếp [Bí thư|title|Secretary] {G}, hai bên bàn về kế hoạch.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), PARTNER_CASES)
def test_a_meeting_with_a_partner_after_a_conference_is_a_meeting(
    stage: EventStage, lang: str, markup: str
) -> None:
    assert meetings(stage, markup, lang) == [{"Pavel Sorokin", "Le Van Tam"}]


# no partner word: "at the meeting" only refers back to the conference
BACK_CASES: list[tuple[str, str]] = [
    (
        "ru",
        f"Губернатор {H} открыл конференцию о сотрудничестве. На встрече выступил секретарь {G}.",
    ),
    (
        "en",
        f"Governor {H} opened the conference on cooperation. "
        f"At the meeting, Secretary {G} spoke about plans.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), BACK_CASES)
def test_at_the_meeting_without_a_partner_refers_back(
    stage: EventStage, lang: str, markup: str
) -> None:
    assert meetings(stage, markup, lang) == []
