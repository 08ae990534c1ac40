"""Word tests about a place mention: is it the venue of the act its sentence tells, or a
dateline, an ambassador's posting, a genitive owner, one half of a "Vietnam-Russia" pair, a
country's capital told as such, the goal of a "when he came to" clause?

Why apart from ``_view``: the document view makes mentions cheap to ask about; these tests
read a language's place words (``places.yaml``) around one mention and decide what the
place is to the act, a job of their own that every part of the stage asks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._models import Mention
from ._lexicon import Lexicon
from ._view import _WORD, PLACE_KINDS

if TYPE_CHECKING:
    from ._view import _DocView


# How far before a country an ambassador's title may stand ("Посол Социалистической Республики
# Вьетнам в России": the title, the sending country's name and the venue word).
_POSTING_WINDOW = 90


# A genitive ending left outside a place's name, and the spaces after it.
_GENITIVE = re.compile(r"^(?:['’]?s\b)?\s*")


# A hyphen or dash joining two place names into one word ("Vietnam-Russia", "Việt - Nga").
_PAIR_DASH = re.compile(r"[^\S\n]?[-–][^\S\n]?")


def _is_pair_word(view: _DocView, m: Mention, i: int) -> bool:
    """Is the place the first of a pair joined by a dash ("importance in Vietnam-Russia
    relations")? The pair names a relation, not where anything happened."""
    dash = _PAIR_DASH.match(view.text, m.end)
    if dash is None or dash.end() == m.end:
        return False
    return any(p.start == dash.end() and p.kind in PLACE_KINDS for p in view.by_sent[i])


def _is_owner(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """Is the place the owner of the next one ("Schleswig-Holsteins Partnerprovinz
    Zhejiang", ``possessed`` of places.yaml)? It is no venue; the genitive ending may stand
    outside the name found ("Schleswig-Holstein|s")."""
    if not lex.possessed:
        return False
    return _GENITIVE.sub("", view.text[m.end : m.end + 30].lower()).startswith(lex.possessed)


def _is_posting(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """Is the country the one a diplomat is posted to ("на встрече с послом Вьетнама в
    России", "Đại sứ Việt Nam tại Nga")? The venue word there tells where the ambassador
    serves, not where the meeting was (a country only: a venue city is told as a city)."""
    if m.kind != "country" or lex.posting is None:
        return False
    i = view.sent_index(m.start)
    lo = view.sents[i].start if i is not None else 0
    return lex.posting.search(view.text[max(lo, m.start - _POSTING_WINDOW) : m.start]) is not None


def _capital_of(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """Is the country named as the owner of its capital ("в столице Вьетнама", "in the
    capital of Vietnam", "à la capitale du Vietnam")? A word of ``capital`` of places.yaml
    ends right before it, over at most an article or "of" (``venue_skip`` words)."""
    if m.kind != "country" or not lex.capital:
        return False
    i = view.sent_index(m.start)
    lo = view.sents[i].start if i is not None else 0
    words = _WORD.findall(view.text[max(lo, m.start - 30) : m.start].lower())
    for w in reversed(words[-3:]):
        if w in lex.capital:
            return True
        if w not in lex.venue_skip:
            return False
    return False


def _is_venue(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """Is the place preceded by a venue word ("in", "tại", "в"), maybe over "the city of"?"""
    i = view.sent_index(m.start)
    lo = view.sents[i].start if i is not None else 0
    if _is_posting(view, lex, m):
        return False
    if i is not None and _is_pair_word(view, m, i):
        return False
    if lex.possessed and i is not None:
        # "Besuch in Schleswig-Holsteins Partnerprovinz Zhejiang": the place before the
        # partner noun owns the next one; the venue word before the owner is the owned's
        if _is_owner(view, lex, m):
            return False
        for p in view.by_sent[i]:
            gap = _GENITIVE.sub("", view.text[p.end : m.start].lower()).strip()
            if p.kind in PLACE_KINDS and p.end <= m.start and gap in lex.possessed:
                m = p
                break
    words = _WORD.findall(view.text[max(lo, m.start - 40) : m.start].lower())
    skipped = 0
    for w in reversed(words):
        if w in lex.venue:
            return True
        if w in lex.venue_skip and skipped < 3:
            skipped += 1
            continue
        return False
    return False


def _is_venue_after(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """Is the place followed by a venue postposition (ja "ハノイで", ko "하노이에서", "하노이
    일정에서", on the Hanoi leg)? Languages that mark the place after it have no venue word
    before it; a continuation in ``venue_after_not`` makes the word something else (ja
    "である", is; ko "에서 온", come from: the party's home, not the venue)."""
    rest = view.text[m.end : m.end + 24]
    for r in (rest, rest.lstrip(" ")):
        if any(r.startswith(w) for w in lex.venue_after):
            return not any(r.startswith(w) for w in lex.venue_after_not)
    return False


# How far before a place a "when X came to" clause may begin (a name or two and a title).
_CLAUSE_WINDOW = 90


def _is_visit_clause(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """Is the place the one a visit clause names ("when he came to X", "khi ông ... đến X",
    "во время визита в X", "lors de sa visite à X")? The act the sentence tells happened
    there: "I met the president in November, when he came to Ho Chi Minh City" is a meeting
    in that city, not in the president's home region."""
    if lex.came_to is None:
        return False
    i = view.sent_index(m.start)
    lo = view.sents[i].start if i is not None else 0
    return lex.came_to.search(view.text[max(lo, m.start - _CLAUSE_WINDOW) : m.start]) is not None


def _is_dateline(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """A place opening the article (or its first paragraphs) followed by "(AGENCY) —"."""
    i = view.sent_index(m.start)
    if i is None or i > 3:
        return False
    if view.text[view.sents[i].start : m.start].strip():
        return False
    return lex.dateline.match(view.text, m.end) is not None


def _is_stamp_date(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """A date that stamps the page, not an act: the date of a wire dateline ("Kazan, 20 July
    (VNA) –": a place, a comma, the date and "(AGENCY) –" in the first sentences), which
    dates the dispatch (the reception it tells may be of any day of the ambassador's stay),
    or a date after a publication label ("Updated: 2024-04-01", marked by the date stage)."""
    if m.kind != "date":
        return False
    if m.attrs.get("page_date"):
        return True
    i = view.sent_index(m.start)
    if i is None or i > 3 or lex.dateline.match(view.text, m.end) is None:
        return False
    return any(
        p.kind in PLACE_KINDS and p.end <= m.start and not view.text[p.end : m.start].strip(", ")
        for p in view.by_sent[i]
    )
