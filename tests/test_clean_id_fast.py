"""The clean stage's document id without the split into words (#14).

``clean_article`` hashes its text with two replacements of the line breaks instead of
``content_id``'s split and join of every word, because the text it builds has no other
whitespace. Compared here on texts of our own writing full of odd whitespace (tabs,
no-break and ideographic spaces, separators, carriage returns, blank lines, soft-wrapped
lines, combining marks after a space) and on the bundled sample pages.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from diplograph import _clean
from diplograph._clean import clean_article, content_id
from diplograph._models import Document, RawArticle
from diplograph._resources import Resources

SAMPLE = Path(_clean.__file__).parent / "sample" / "articles"

TEXTS = [
    "The two provinces signed a plan.\n\nIt covers trade and\ntourism over five years.",
    "Delegates\tmet  in\u00a0Hanoi on\u3000Monday.\r\nThey agreed on ports.\u2028New line here.",
    "  Leading blanks on this line of the story.   \n\n\n\nTrailing blank lines follow.\n\n",
    "A line long enough to be wrapped by the page\ncontinues here in lower case, as texts do.",
    "Combining marks after a space: e \u0301 and a\u0300 stay apart.\x1cFile separator here.",
    "双方签署了合作协议。\n\n\u3000\u3000会谈在友好的气氛中进行。 记者报道。",
    "Ruby 締結(jié)した text and \x0bvertical tab and\x0cform feed in one article here.",
]


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources()


def _docs(res: Resources, texts: list[str]) -> list[Document]:
    out = []
    for i, text in enumerate(texts):
        doc = clean_article(RawArticle(f"t{i}.txt", text), res)
        if isinstance(doc, Document):
            out.append(doc)
    return out


def test_id_as_content_id_on_odd_whitespace(res: Resources) -> None:
    docs = _docs(res, TEXTS)
    assert len(docs) == len(TEXTS)
    for doc in docs:
        assert doc.doc_id == content_id(doc.text)


def test_id_as_content_id_on_pieced_texts(res: Resources) -> None:
    rng = random.Random(16)
    words = ["Hanoi", "signed", "plan", "việc", "соглашение", "协议", "e\u0301", "—", "/."]
    blanks = [" ", "  ", "\t", "\n", "\n\n", "\n \n", "\u00a0", "\u3000", "\r\n", "\u2029", "\x85"]
    texts = [
        "".join(rng.choice(words) + rng.choice(blanks) for _ in range(rng.randint(8, 40)))
        for _ in range(300)
    ]
    docs = _docs(res, texts)
    assert len(docs) > 200
    for doc in docs:
        assert doc.doc_id == content_id(doc.text)


def test_id_as_content_id_on_sample_pages(res: Resources) -> None:
    paths = sorted(p for p in SAMPLE.rglob("*.txt"))[:60]
    docs = _docs(res, [p.read_text(encoding="utf-8") for p in paths])
    assert len(docs) > 30
    for doc in docs:
        assert doc.doc_id == content_id(doc.text)
