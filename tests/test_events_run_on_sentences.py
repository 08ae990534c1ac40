"""An earlier act of two regions told by the reporter with its year stays an event even when
the page lost the space after the full stop and the next sentence, naming a person, ran into
it ("... du Guizhou.Dans ce cadre, le directeur X a invité ..."): that person does not recall
the act (#12, h12a). A person told in the act's own sentence still makes it background. Our
own invented sentences (names and places are made up); mentions are given by markup,
publication date 2025-06-12.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"
PERSON = "[Zhou Lin|person|Zhou Lin|country=CN,region=CN-YN]"
GUEST = "[Marc Roux|person|Marc Roux|country=FR,region=FR-73]"
HOST = "[Li Wei|person|Li Wei|country=CN,region=CN-YN]"
# the report's own act comes first: the earlier act is told after it
HEADLINE = {
    "en": f"{GUEST} met {HOST} on [June 10|date|2025-06-10]. ",
    "fr": f"{GUEST} a rencontré {HOST} le [10 juin|date|2025-06-10]. ",
}


RUN_ON: list[tuple[str, str]] = [
    (
        "fr",
        "Depuis un jumelage officialisé [en 2003|date|2003], la région de [Savoie|region|FR-73] "
        "coopère avec la province du [Yunnan|region|CN-YN].Dans ce cadre, le directeur "
        f"{PERSON} a invité la région à une rencontre.",
    ),
    (
        "en",
        "[Savoie|region|FR-73] and [Yunnan|region|CN-YN] signed a friendship agreement "
        f"[in 2003|date|2003].Last spring the director {PERSON} invited the region to a meeting.",
    ),
]


@pytest.mark.parametrize(("lang", "markup"), RUN_ON)
def test_a_person_of_a_run_on_sentence_does_not_recall_the_act(
    stage: EventStage, lang: str, markup: str
) -> None:
    doc = stage(from_markup(HEADLINE[lang] + markup, lang=lang, published=PUB))
    assert [(e.type, e.date) for e in doc.events] == [
        ("meeting", "2025-06-10"),
        ("agreement", "2003"),
    ]


def test_a_speaker_in_the_acts_own_sentence_still_recalls_it(stage: EventStage) -> None:
    markup = (
        f"The director {PERSON} recalled that [Savoie|region|FR-73] and [Yunnan|region|CN-YN] "
        "signed a friendship agreement [in 2003|date|2003]."
    )
    doc = stage(from_markup(HEADLINE["en"] + markup, lang="en", published=PUB))
    assert [(e.type, e.date) for e in doc.events] == [("meeting", "2025-06-10")]
