"""The places stage's derived regions ("Penza and Grodno oblasts") read the same with its
two shortcuts: rules tried only on texts holding the words they need, and the region a
probe names remembered per stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph import Resources
from diplograph._models import Mention
from diplograph.gazetteer import PlaceStage

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "sample" / "articles"

# Sentences of our own: Russian regions named without their noun, and texts without one.
OWN = [
    ("ru", "Делегации Пензенской и Калужской областей прибыли в Ханой."),
    ("ru", "Губернаторы Калужского и Приморского краёв подписали соглашение."),
    ("ru", "В Калужском облисполкоме прошла встреча с делегацией."),
    ("ru", "Встреча прошла в Ханое, стороны обсудили торговлю."),
    ("uk", "Делегація прибула до Ханоя."),
    ("de", "Die Delegation des Landes Bayerns besuchte Hanoi."),
]


class _AllRules:
    """Stands in for the index: every rule may match every text."""

    def candidates(self, _text: str) -> int:
        return -1


def _texts() -> list[tuple[str, str]]:
    out = list(OWN)
    for lang in ("ru", "uk", "de"):
        for path in sorted((SAMPLE / lang).glob("*.txt")):
            out.append((lang, path.read_text(encoding="utf-8")))
    return out


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def _derived(stage: PlaceStage, res: Resources, lang: str, text: str) -> list[Mention]:
    return stage.derived(text, lang, res.gazetteer.find(text, lang))


def test_indexed_rules_read_what_every_rule_reads(res: Resources) -> None:
    fast, plain = PlaceStage(res), PlaceStage(res)
    for lang in ("ru", "uk", "de"):
        plain._keyed[lang] = _AllRules()  # type: ignore[assignment]
    found = 0
    for lang, text in _texts():
        got = _derived(fast, res, lang, text)
        assert got == _derived(plain, res, lang, text), text[:60]
        found += len(got)
    assert found >= 2  # the check saw derived regions, not only texts without any


def test_probe_answers_are_remembered_and_unchanged(res: Resources) -> None:
    stage = PlaceStage(res)
    first = [_derived(stage, res, lang, text) for lang, text in OWN]
    assert stage._probed  # answers were kept
    again = [_derived(stage, res, lang, text) for lang, text in OWN]
    fresh = [_derived(PlaceStage(res), res, lang, text) for lang, text in OWN]
    assert first == again == fresh
