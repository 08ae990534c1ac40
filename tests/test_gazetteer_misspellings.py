"""Misspelt romanised unit names (regions.yaml ``misspellings``; zh: pinyin names of China's
units in Latin-script pages). Our own sentences; each misspelling is one edit that pinyin never
writes, and the near misses are words or names the same edits must not reach."""

from __future__ import annotations

import pytest

from diplograph import Mention, Registry
from diplograph.gazetteer import Gazetteer
from diplograph.gazetteer._automaton import MISSPELT, _Collector
from diplograph.gazetteer._model import Entry
from diplograph.gazetteer._norm import Folder


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.build(Registry(), cache=False)


def regions(mentions: list[Mention]) -> dict[str, str]:
    return {m.text: str(m.key) for m in mentions if m.kind == "region"}


# (lang, text, misspelt surface, unit it names)
MISSPELT_NAMES = [
    # an "h" after the initial consonant
    ("en", "The delegation flew on to Ghuangxi for two days.", "Ghuangxi", "CN-GX"),
    ("id", "Gubernur bertemu pejabat Ghuizhou di Jakarta.", "Ghuizhou", "CN-GZ"),
    # the "g" of "-ng" dropped before the next syllable
    ("en", "A trade office will open in Guandong next year.", "Guandong", "CN-GD"),
    ("de", "Die Partnerschaft mit Heilonjiang besteht seit Jahren.", "Heilonjiang", "CN-HL"),
    # the "i" of "jia" dropped inside the name
    ("de", "Im Herbst reiste die Delegation nach Zhejang.", "Zhejang", "CN-ZJ"),
    ("fr", "Une foire a eu lieu au Xinjang en mai.", "Xinjang", "CN-XJ"),
    # a final "n" typed "m"
    ("pt", "Os memorandos com Sichuam foram assinados ontem.", "Sichuam", "CN-SC"),
    ("en", "Investors from Hunam visited the port.", "Hunam", "CN-HN"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "code"), MISSPELT_NAMES)
def test_a_misspelt_pinyin_unit_name_is_read(
    gaz: Gazetteer, lang: str, text: str, surface: str, code: str
) -> None:
    assert regions(gaz.find(text, lang)).get(surface) == code


# (lang, text, unit that must not be read): words and names one pinyin edit away from a
# unit's name, and the edits' own bounds (the head of a name, a final "g", the capital).
NEAR_MISSES = [
    ("en", "Business there still runs on Guanxi, he said.", "CN-GX"),  # 关系, relationships
    ("en", "The fair was held in Jianxi District of Luoyang.", "CN-JX"),  # another place
    ("en", "Jangsu Kim, the consul, spoke first.", "CN-JS"),  # "jia" is edited only inside
    ("en", "Vice Governor Li Haitao attended.", "CN-HI"),
    ("en", "Director Qian Jianmin attended.", "CN-TJ"),
    ("en", "Mr Nguyen Van Xuan and Mr Hoan attended.", "CN-HN"),
    ("en", "A ferry from Shandon crossed the bay.", "CN-SD"),  # a final "g" is never dropped
    ("en", "The word guandong was written in lower case.", "CN-GD"),  # names need a capital
]


@pytest.mark.parametrize(("lang", "text", "code"), NEAR_MISSES)
def test_near_misses_of_pinyin_edits_are_not_units(
    gaz: Gazetteer, lang: str, text: str, code: str
) -> None:
    found = regions(gaz.find(text, lang))
    assert code not in found.values(), found


def test_a_misspelling_gives_way_to_a_real_name_of_the_same_spelling() -> None:
    """A variant that folds to another entry's key is dropped, so a misspelling never makes a
    real name ambiguous (a city called like a unit's misspelt name stays that city)."""
    collector = _Collector(Folder(), {}, frozenset())
    real = Entry("city", "Fooville", "test:cities", "name", True, "XX", None)
    typo = Entry(
        "region", "CN-ZZ", f"gazetteer:zh/regions.yaml:{MISSPELT}:CN-ZZ", "name", True, "CN"
    )
    collector.add("Fooville", real)
    collector.add("Fooville", typo)
    collector.add("Barville", typo)
    auto, table = collector.automaton()
    kept = {key: [row[0][1] for row in table[auto.get(key)[1]]] for key in ("fooville", "barville")}
    assert kept == {"fooville": ["Fooville"], "barville": ["CN-ZZ"]}
