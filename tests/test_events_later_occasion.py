"""A meeting told in a sentence that opens with a word of a later moment ("Позднее в ходе
встречи X с Y", "Later, at his meeting with Y") and names a new partner is another meeting,
not the one told before (#12, h12a). Our own invented sentences (names and places are made
up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-09-02"


def meetings(stage: EventStage, markup: str, lang: str) -> list[list[str]]:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return [sorted(p.name for p in e.participants) for e in doc.events if e.type == "meeting"]


GOV_RU = "[Пётр Ларин|person|Petr Larin|country=RU,region=RU-NVS,role=губернатор]"
SEC_RU = "[Ле Ван Хоа|person|Le Van Hoa|country=VN,region=VN-02,role=секретарь]"
GOV = "[Petr Larin|person|Petr Larin|country=RU,region=RU-NVS,role=Governor]"
SEC = "[Le Van Hoa|person|Le Van Hoa|country=VN,region=VN-02,role=Secretary]"

# (lang, markup, the participants of each meeting found)
CASES: list[tuple[str, str, list[list[str]]]] = [
    (
        "ru",
        f"Губернатор {GOV_RU} встретился со студентами из провинции [Лаокай|region|VN-02]. "
        "Позднее в ходе встречи [Ларина|person|Petr Larin] с секретарём провинции "
        f"{SEC_RU} стороны обсудили обмены.",
        [["Petr Larin"], ["Le Van Hoa", "Petr Larin"]],
    ),
    (
        "en",
        f"Governor {GOV} met with students from [Lao Cai|region|VN-02] province. Later, "
        f"[Larin|person|Petr Larin] held talks with the province's secretary {SEC}.",
        [["Petr Larin"], ["Le Van Hoa", "Petr Larin"]],
    ),
    (
        "fr",
        f"Le gouverneur {GOV} a rencontré des étudiants de la province de "
        "[Lao Cai|region|VN-02]. Plus tard, [Larin|person|Petr Larin] a rencontré le "
        f"secrétaire de la province, {SEC}.",
        [["Petr Larin"], ["Le Van Hoa", "Petr Larin"]],
    ),
    # no later moment: the meeting told again
    (
        "en",
        f"Governor {GOV} met with students from [Lao Cai|region|VN-02] province. There, "
        f"[Larin|person|Petr Larin] held talks with the province's secretary {SEC}.",
        [["Le Van Hoa", "Petr Larin"]],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "found"), CASES)
def test_a_later_meeting_with_a_new_partner_is_another(
    stage: EventStage, lang: str, markup: str, found: list[list[str]]
) -> None:
    assert meetings(stage, markup, lang) == found
