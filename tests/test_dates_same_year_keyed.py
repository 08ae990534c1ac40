"""The "same year" phrases of dates.yaml are searched only in texts holding the words each
pattern needs (``DateStage._keyed_list``, a speed step of #14). The answer must be the one
of searching every pattern everywhere, also when the phrase is written in capitals or with
characters ``re.IGNORECASE`` equates with a plain letter (long s "ſ", Kelvin sign "K",
dotted capital "İ"). Our own invented sentences.
"""

from __future__ import annotations

import pytest

from diplograph._dates import DateStage
from diplograph._models import Document, Paragraph
from diplograph._resources import Resources

# (lang, text naming a year, then the year again by a phrase)
CASES: list[tuple[str, str]] = [
    ("en", "The park opened in 2017. In that same year the school signed a memorandum."),
    ("en", "The park opened in 2017. LATER THAT YEAR the school signed a memorandum."),
    ("en", "The park opened in 2017. In the ſame year the school signed a memorandum."),
    ("en", "The park opened in 2017. Later that year the school signed a memorandum."),
    ("fr", "Le parc a ouvert en 2017. Dans la même année, l'école a signé un accord."),
    ("fr", "Le parc a ouvert en 2017. CETTE MÊME ANNÉE, l'école a signé un accord."),
    ("de", "Der Park wurde im Jahr 2017 eröffnet. Im selben Jahr kam die Schule dazu."),
    ("de", "Der Park wurde im Jahr 2017 eröffnet. NOCH IM GLEICHEN JAHR kam die Schule dazu."),
    ("es", "El parque abrió en 2017. Ese mismo año la escuela firmó un acuerdo."),
    ("ru", "Парк открылся в 2017 году. В том же году школа подписала соглашение."),
    ("ru", "Парк открылся в 2017 году. В ЭТОМ ЖЕ ГОДУ школа подписала соглашение."),
    ("vi", "Công viên mở cửa năm 2017. Cũng trong năm này, trường đã ký biên bản."),
    ("vi", "Công viên mở cửa năm 2017. Cùng năm, trường đã ký biên bản hợp tác."),
    ("en", "The park opened in 2017. The school signed a memorandum."),
]


class _Everywhere:
    """Candidates that let every pattern through: the search without the index."""

    def candidates(self, _text: str) -> int:
        return -1

    def candidates_lowered(self, _low: str) -> int:
        return -1


def _mentions(stage: DateStage, lang: str, text: str) -> list[tuple[int, int, str | None]]:
    doc = Document(doc_id="d", source="s", text=text, lang=lang, published="2024-04-16")
    doc.paragraphs = [Paragraph(0, len(text), lang)]
    stage(doc)
    return [(m.start, m.end, m.key) for m in doc.mentions if m.attrs.get("same_year")]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_indexed_same_year_search_finds_what_a_full_search_finds(lang: str, text: str) -> None:
    stage = DateStage(Resources())
    indexed = _mentions(stage, lang, text)
    stage._keyed_list = lambda _lang, _name: _Everywhere()  # type: ignore[method-assign,assignment,return-value]
    assert indexed == _mentions(stage, lang, text)
    if "2017. The school" not in text:
        assert [key for _s, _e, key in indexed] == ["2017"]


_PHRASES = (
    "in that same year",
    "later that year",
    "im selben Jahr",
    "ese mismo año",
    "dans la même année",
    "в том же году",
    "cũng trong năm này",
)


@pytest.mark.parametrize("trap", ["\u017f", "\u0130"])
def test_characters_ignorecase_equates_with_a_letter_keep_the_pattern(trap: str) -> None:
    """Each pattern of every language is still tried on a text where a letter of its words
    is written as a character ``re.IGNORECASE`` matches it with."""
    plain = {"\u017f": "s", "\u0130": "i"}[trap]
    stage = DateStage(Resources())
    tried = 0
    for lang in ("en", "fr", "de", "es", "ru", "vi"):
        keyed = stage._keyed_list(lang, "same_year")
        for i, rx in enumerate(stage._phrases(lang, "same_year")):
            for phrase in _PHRASES:
                text = "In 2017. " + phrase.replace(plain, trap) + " ok"
                if rx.search(text):
                    tried += trap in text
                    assert keyed.candidates(text) >> i & 1
    assert tried >= 3
