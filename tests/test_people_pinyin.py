"""Chinese names in pinyin: read without a title, and put family name first.

Western pages name Chinese officials in pinyin, often without a title near the name ("the
signature was delivered to Dou Jingli", "sagte Qian Jianmin") and sometimes in Western
order ("el vicegobernador de Henan, Shougang Sun"). A listed Chinese family name followed
by a given name of one or two pinyin syllables is a name; a two-syllable given name before
a family name is the Western order of one. Near misses: family names that are common words
("He Can", "Long"), a third pinyin word (a place, "Ma On Shan"), Western given names
pinyin can spell ("Anna Wang"), a word that is no pinyin ("Wang Street").

Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._names import NameCanonicalizer
from diplograph._pipeline import Pipeline
from diplograph._resources import Resources


def _persons(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return {str(m.key) for m in doc.mentions if m.kind == "person"}


# (text, person read with no title)
UNTITLED: list[tuple[str, str]] = [
    (
        "The memorandum signed in Xi'an by Governor Ivan Sokolov was handed over to Dou "
        "Mingli of Shaanxi province, China.",
        "Dou Mingli",
    ),
    (
        "„Wir wollen die Zusammenarbeit vertiefen“, sagte Qian Jianguo nach dem Treffen in "
        "Kiel mit Gästen aus der Provinz Zhejiang, China.",
        "Qian Jianguo",
    ),
    (
        "Na zdjęciu wicegubernator prowincji Syczuan - Xia Geng Zobacz: porozumienie "
        "podpisują marszałek Adam Nowak i gubernator.",
        "Xia Geng",
    ),
    (
        "La délégation chinoise conduite par Zou Yuhua a visité Mende, en Lozère, avec des "
        "élus du Guizhou.",
        "Zou Yuhua",
    ),
]


@pytest.mark.parametrize(("text", "person"), UNTITLED)
def test_untitled_pinyin_name(pipeline: Pipeline, text: str, person: str) -> None:
    assert person in _persons(pipeline, text)


# near misses: texts in which no untitled Chinese name may be read
NOT_NAMES: list[str] = [
    "He Can meet the delegation of Guangdong, China, in Sydney on Monday.",
    "Visitors from Guangdong, China, walked from Ma On Shan to the harbour.",
    "The office of Guangdong, China, opened on Wang Street in Sydney.",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_no_pinyin_name(pipeline: Pipeline, text: str) -> None:
    assert _persons(pipeline, text) == set()


# (name as written, canonical form)
ORDER: list[tuple[str, str]] = [
    ("Shouping Sun", "Sun Shouping"),
    ("Xiaoming Zhu", "Zhu Xiaoming"),
    ("Jianguo Dou", "Dou Jianguo"),
    # near misses: already family first, a listed given name, a Western given name
    ("Zhu Xiaoming", "Zhu Xiaoming"),
    ("Anna Wang", "Anna Wang"),
    ("Martin Li", "Martin Li"),
    ("Xiao Ming", "Xiao Ming"),
]


@pytest.mark.parametrize(("written", "canonical"), ORDER)
def test_western_order_of_a_chinese_name(written: str, canonical: str) -> None:
    names = NameCanonicalizer(Resources().registry)
    assert names.canonical(written, "en") == canonical
    assert names.canonical(canonical, None) == canonical  # a fixed point
