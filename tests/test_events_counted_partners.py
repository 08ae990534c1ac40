"""A count of documents signed by a region with partners of another country ("Kerinci signed
three memoranda with Hebei, Hunan and Anhui") is the acts told, not a statistic; signed one
after the other ("secara berturut-turut") it is one agreement per partner. A count with no
acting region, or with partners of its own country only, stays a statistic (#12, h12a). Our
own invented sentences (names, places and numbers are made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

PUB = "2025-06-12"


def agreement_regions(stage: EventStage, markup: str, lang: str) -> list[list[str]]:
    doc = stage(from_markup(markup, lang=lang, published=PUB))
    return sorted(sorted(e.regions) for e in doc.events if e.type == "agreement")


def count(surface: str, n: int) -> str:
    return f"[{surface}|amount||value={n},unit=agreements]"


# (lang, markup, the regions of each agreement)
CASES: list[tuple[str, str, list[list[str]]]] = [
    (
        "id",
        f"[Kerinci|region|ID-JA] telah menandatangani {count('dua MoU', 2)} bersama "
        "[Hebei|region|CN-HE], [Hunan|region|CN-HN].",
        [["CN-HE", "CN-HN", "ID-JA"]],
    ),
    (
        "id",
        f"[Kerinci|region|ID-JA] secara berturut-turut telah menandatangani {count('dua MoU', 2)} "
        "bersama [Hebei|region|CN-HE] dan [Hunan|region|CN-HN].",
        [["CN-HE", "ID-JA"], ["CN-HN", "ID-JA"]],
    ),
    (
        "en",
        f"[Kerinci|region|ID-JA] signed {count('two memoranda', 2)} with [Hebei|region|CN-HE] "
        "and [Hunan|region|CN-HN].",
        [["CN-HE", "CN-HN", "ID-JA"]],
    ),
    # statistics: no acting region, or partners of the same country
    (
        "en",
        f"{count('Eighteen contracts', 18)} were signed between firms of [Hebei|region|CN-HE] and "
        "[Kerinci|region|ID-JA].",
        [],
    ),
    (
        "en",
        f"[Hebei|region|CN-HE] signed {count('eighteen contracts', 18)} with "
        "[Hunan|region|CN-HN] last year.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "markup", "regions"), CASES)
def test_a_count_of_documents_signed_with_partners_is_acts(
    stage: EventStage, lang: str, markup: str, regions: list[list[str]]
) -> None:
    assert agreement_regions(stage, markup, lang) == regions
