"""French "le 30e anniversaire de la signature du Traité …" recalls a signing of an earlier
year (an `earlier_occasion` cue, as en "anniversary of the signing of"): a national treaty's
signing named so is not the regional agreement told before it told again, and the person of
that sentence (an ambassador visiting for the anniversary) is no party to that agreement (#12,
h12d). Our own invented sentences (names and places are made up); mentions by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

A = "[Tay Ninh|region|VN-37]"
B = "[Attapeu|region|LA-AT]"
ENVOY = "[Khamsay Vong|person|Khamsay Vong|country=LA,role=Ambassador]"
HOST = "[Tran Van Binh|person|Tran Van Binh|country=VN,role=Chairman]"
LEAD = (
    f"Le président de {A}, {HOST}, a reçu l'ambassadeur {ENVOY} [le 23 août|date|2022-08-23]. "
    f"Il a rappelé la signature de l'accord de coopération entre {A} et {B}. "
)

# (markup, is the ambassador a party to the regional agreement)
CASES: list[tuple[str, bool]] = [
    (
        LEAD + "En visite à l'occasion du 30e anniversaire de la signature du Traité d'amitié "
        f"entre le [Vietnam|country|VN] et le [Laos|country|LA], l'ambassadeur {ENVOY} a "
        "exhorté les deux provinces à renforcer leurs liens.",
        False,
    ),
    # the regional signing told again with the ambassador: he is a party
    (
        LEAD + f"La signature de cet accord avait eu lieu en présence de l'ambassadeur {ENVOY}.",
        True,
    ),
]


@pytest.mark.parametrize(("markup", "party"), CASES)
def test_a_treaty_anniversary_is_not_the_agreement_told_again(
    stage: EventStage, markup: str, party: bool
) -> None:
    doc = stage(from_markup(markup, lang="fr", published="2022-08-24"))
    (agreement,) = [e for e in doc.events if e.type == "agreement"]
    assert ("Khamsay Vong" in [p.name for p in agreement.participants]) is party
