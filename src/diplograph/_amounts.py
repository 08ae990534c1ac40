"""Amount mentions: money, percentages, growth multiples and counts.

Why this shape: a figure is a number plus a unit, and almost every number in
news text (years, days, house numbers) has none. So the stage finds numbers
with one cheap scan, and only then looks right of each number for scale words
and a unit (one anchored match) and left of it for a currency sign, "more
than" or "increased ..." (one anchored match on the reversed text, so no
window has to be searched). Language knowledge (separators, number words,
scale words, currency words, count nouns, multiple phrases) is ``numbers.yaml``.

Physical sizes (km, ha, tons, MW) are never amounts: they are simply not units
here, so such numbers produce nothing.

``numbers.yaml`` forms ending in ``*`` match any word ending (Russian and
German inflection: ``доллар*``); a space in a form matches any run of blanks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

import ahocorasick

from ._amounts_forms import (
    _BL,
    _alt,
    _bounded,
    _head_class,
    _lookup,
    _nfc,
    _rev_units,
    _table,
    _units,
    unspaced,
)
from ._errors import LanguageDataError
from ._models import Document, Mention
from ._registry import Registry
from ._resources import Resources

# (``\d\d*`` rather than ``\d+``: the same matches, but a pattern opening with a class is
# searched for it in C; one opening with a repeat is tried at every position)
_DIGITS = re.compile(r"\d\d*(?:[.,]\d+)*(?:[\u00a0\u202f ]\d{3}(?!\d))*")
_SEPS = re.compile(r"([.,\u00a0\u202f ])")
# Numbers glued to these are parts of codes, names or fractions ("COVID-19", "A320", "1/2").
_GLUE_BEFORE = frozenset("-/_.,")
_GLUE_AFTER = frozenset("/")
# Counts of the relation's parties (places, delegations, office holders): "the two
# countries", "deux pays", "hai nước" name the two sides, not a quantity, so these only
# count when written in digits right before their noun ("106 cities", "34 provincias"):
# over a gap word the number is a date's ("2022 году провинция", "18 октября делегация").
_PARTY_UNITS = frozenset(
    {"countries", "cities", "provinces", "localities", "delegations", "governors"}
)
_DIGIT = re.compile(r"\d")
# Characters that may precede a word looked up by the automata.
_LEADS = (" ", "(", "-", '"', "«", "„", "“", "/")


@dataclass(frozen=True, slots=True)
class _Number:
    start: int
    end: int
    value: float


class AmountParser:
    """Numbers with their units for one language, patterns compiled once."""

    def __init__(self, lang: str, data: Any) -> None:
        self.lang = lang
        self.decimal = str(data.get("decimal", "."))
        self.groups = frozenset(str(g) for g in data.get("group", [","]))
        # Lower-cased, not case-folded: the automaton reads the lower-cased text, and
        # case folding spells "dreißig" "dreissig", which that text never contains.
        words = {
            " ".join(_nfc(str(k)).lower().split()): float(v)
            for k, v in data.get("words", {}).items()
        }
        self._words = words
        self._scales = {
            " ".join(_nfc(str(k)).casefold().split()): float(v)
            for k, v in data.get("scales", {}).items()
        }
        self._approx = {
            " ".join(_nfc(str(k)).casefold().split()): str(v)
            for k, v in data.get("approx", {}).items()
        }
        for label in self._approx.values():
            if label not in ("more than", "about"):
                raise LanguageDataError(f"lang/{lang}/numbers.yaml approx: unknown label {label!r}")
        # Number words that only say "many" ("dozens of", "Hunderte"): no stated figure.
        self._vague = frozenset(
            " ".join(_nfc(str(k)).casefold().split()) for k in data.get("vague_words", [])
        )
        # Words before a number word that make it a group already known ("the two
        # representatives", "les deux délégués"): the sides, not a stated figure.
        self._known = frozenset(_nfc(str(k)).casefold() for k in data.get("spelled_not_after", []))
        self._number_tails = frozenset(
            [k.casefold().split()[-1] for k in words if k.split()] + list(self._scales)
        )
        # Words before a count of places that make it the whole a rank is counted in
        # ("the 10th out of 63 localities").
        self._whole_before = tuple(
            " ".join(_nfc(str(k)).casefold().split()) for k in data.get("whole_before", [])
        )
        # Number words of whole hundreds that head a compound ("one hundred and two"):
        # the words after them add to them.
        hundreds = [k for k, v in words.items() if v >= 100 and v % 100 == 0]
        self._compound_head = (
            re.compile(
                rf"(?<!\w)(?P<head>{_alt(hundreds)}){_BL}+(?:[^\W\d_]{{1,3}}{_BL}+)?$",
                re.IGNORECASE,
            )
            if hundreds
            else None
        )
        self._cur = _table(data.get("currencies", {}), "currencies", lang)
        self._cur_pre = _table(data.get("currencies_before", {}), "currencies_before", lang)
        self._counts = _table(data.get("counts", {}), "counts", lang)
        self._min_count = float(data.get("min_count", 2))
        times = data.get("times", {})
        self._times_words = {
            " ".join(_nfc(str(k)).lower().split()): float(v)
            for k, v in times.get("words", {}).items()
        }
        percent = [str(p) for p in data.get("percent", [])]
        connectors = [str(c) for c in data.get("connectors", [])]
        gap = int(data.get("count_gap", 0))

        conn = "|".join(
            re.escape(_nfc(c)) + (_BL + "+" if _bounded(c[-1]) else _BL + "*")
            for c in sorted(connectors, key=len, reverse=True)
        )
        scale = _units(list(self._scales))
        # Lazy: "14 joint ventures" is a count noun of two words before "ventures" after a gap.
        # A gap word may be hyphenated ("18 Japanese-invested projects").
        # A gap word is never one of ``count_gap_not`` (articles, time units): "vor zehn
        # Jahren ein Abkommen" (ten years ago an agreement) names no ten agreements.
        not_gap = [str(w) for w in data.get("count_gap_not", [])]
        # (a look-ahead asks only whether some form matches: the trie's forms are the same)
        bar = rf"(?!(?:{_units(not_gap)})(?![^\W\d_]))" if not_gap else ""
        gap_re = rf"(?:{bar}(?P<gap>[^\W\d_]+(?:-[^\W\d_]+)*){_BL}+){{0,{gap}}}?" if gap else ""
        self._after = re.compile(
            rf"(?:{_BL}*(?P<scale>{scale})(?:{_BL}+(?P<scale2>{scale}))?)?"
            rf"(?:{_BL}*(?:{conn})?(?:(?P<cur>{_units(list(self._cur))})"
            rf"|(?P<pct>{_units(percent)})"
            rf"|(?P<talone>{_units([str(x) for x in times.get('after_alone', [])])})"
            rf"|(?P<tpair>{_units([str(x) for x in times.get('after', [])])})"
            rf"|{gap_re}(?P<count>{_units(list(self._counts))})))?",
            re.IGNORECASE,
        )
        # Leftwards, on the reversed text: [increased by] [more than] [US$] NUMBER.
        self._before = re.compile(
            rf"{_BL}*(?:(?P<cur>{_rev_units(list(self._cur_pre))}){_BL}*)?"
            rf"(?:(?P<approx>{_rev_units(list(self._approx))}){_BL}*)?"
            rf"(?:(?P<tbefore>{_rev_units([str(x) for x in times.get('before', [])])})"
            rf"|(?P<tbalone>{_rev_units([str(x) for x in times.get('before_alone', [])])}))?",
            re.IGNORECASE,
        )
        # The left parts that make an amount without anything on the right (only asked
        # whether it matches: the tries' forms are the alternations' forms).
        self._left_alone = re.compile(
            rf"{_BL}*(?:{_rev_units(list(self._cur_pre))}"
            rf"|(?:{_rev_units(list(self._approx))}){_BL}*"
            rf"(?:{_rev_units([str(x) for x in times.get('before_alone', [])])})"
            rf"|{_rev_units([str(x) for x in times.get('before_alone', [])])})",
            re.IGNORECASE,
        )
        # What a match of ``_after`` that reads anything opens with, after blanks: the first
        # letter of a scale, connector or unit form, or of a gap word (any letter). A
        # number followed by anything else (")", ",", "-", a line's end) has nothing after
        # it, found by one character test instead of trying every form of the alternation.
        after_forms = [
            *self._scales,
            *connectors,
            *self._cur,
            *percent,
            *[str(x) for x in times.get("after_alone", [])],
            *[str(x) for x in times.get("after", [])],
            *self._counts,
        ]
        self._after_head = _head_class(
            [_nfc(f).rstrip("*") for f in after_forms], letters=bool(gap)
        )
        # The same for ``_left_alone`` on the reversed text: the last letter of a form.
        left_forms = [
            *self._cur_pre,
            *self._approx,
            *[str(x) for x in times.get("before_alone", [])],
        ]
        self._left_head = _head_class([_nfc(f)[::-1] for f in left_forms], letters=False)
        self._word_ac = ahocorasick.Automaton()
        # Keys carry the character before the word, so the automaton only reports
        # word starts (most short number words are also pieces of other words).
        for form in [*words, *self._times_words]:
            for lead in _LEADS:
                self._word_ac.add_word(lead + form.lower(), len(form))
        if len(self._word_ac):
            self._word_ac.make_automaton()

    # -- numbers -----------------------------------------------------------------------
    def parse_number(self, token: str) -> tuple[float, int] | None:
        """Value of the longest well-formed number at the start of ``token`` and its length."""
        if token.isdigit():  # no separator (most numbers): what the loop below gives
            return float(int(token)), len(token)
        parts = _SEPS.split(token)
        int_part = parts[0]
        if not int_part.isdigit():
            return None
        used = len(int_part)
        frac = ""
        grouped = False
        i = 1
        while i + 1 < len(parts):
            sep, nxt = parts[i], parts[i + 1]
            if sep in self.groups and len(nxt) == 3 and (grouped or len(int_part) <= 3):
                int_part += nxt
                grouped = True
            elif sep in ".," and (sep == self.decimal or not grouped):
                # The language's decimal mark, or a group mark not followed by three
                # digits ("2.5 tỷ" in Vietnamese) which can only be a decimal.
                frac = nxt
                used += len(sep) + len(nxt)
                break
            else:
                break
            used += len(sep) + len(nxt)
            i += 2
        value = float(f"{int(int_part)}.{frac}") if frac else float(int(int_part))
        return value, used

    def _numbers(self, text: str, rev: str, start: int, stop: int) -> list[_Number]:
        out: list[_Number] = []
        pos = start
        head = self._after_head
        left_head, left_alone = self._left_head, self._left_alone
        search = _DIGITS.search
        n = len(text)
        # ~47 numbers a document, most dropped by the tests below: the calls of the plain
        # reading are written inline (``parse_number``'s reading of a run of digits,
        # ``_bounded``, ``_needs_left``), the value computed only for a number kept
        # (``tests/test_amounts_numbers_inline.py`` compares with the calls)
        while True:
            m = search(text, pos, stop)
            if m is None:
                break
            s = m.start()
            token = m.group()
            value: float | None = None
            if token.isdigit():  # what ``parse_number`` reads of a run of digits: all of it
                e = pos = m.end()
            else:
                parsed = self.parse_number(token)
                if parsed is None:
                    pos = m.end()
                    continue
                value, used = parsed
                e = pos = s + used
            # "COVID-19", "A320", "1/2": a decimal point inside a number was consumed
            # already, so a number glued to these is part of something else.
            if s > 0:
                c = text[s - 1]
                if (
                    (c in _GLUE_BEFORE or ((c.isalnum() or c == "_") and not unspaced(c)))
                    and not (c == "-" and s > 1 and text[s - 2].isspace())
                    and not self._glued_by_page(text, s, e)
                ):
                    continue
            if e < n:
                c = text[e]
                if (
                    c in _GLUE_AFTER or ((c.isalnum() or c == "_") and not unspaced(c))
                ) and not self._suffix_ok(text, e):
                    continue
            if (
                head is not None
                and head.match(text, e) is None
                and not (
                    (left_head is None or left_head.match(rev, n - s) is not None)
                    and left_alone.match(rev, n - s) is not None
                )
            ):
                # ``_mention``'s first test, asked here: nothing can be read on either side,
                # so it would answer None (most numbers: years, the "(0-1)" markers)
                continue
            out.append(_Number(s, e, float(int(token)) if value is None else value))
        if len(self._word_ac):
            low = " " + text[start:stop].lower().replace("\n", " ")
            if len(low) == stop - start + 1:
                for last, length in self._word_ac.iter(low):
                    e = start + last  # low has one extra leading character
                    b = e - length
                    if (
                        e < len(text)
                        and (text[e].isalnum() or text[e] == "_")
                        and not self._glued_count(text, e)
                    ):
                        continue
                    form = low[b - start + 1 : e - start + 1]
                    if form in self._words:
                        # A number word only counts when a scale or unit follows it.
                        after = self._after.match(text, e)
                        if (after is not None and after.end() > e) or self._needs_left(
                            rev, len(text) - b
                        ):
                            out.append(_Number(b, e, self._words[form]))
                    else:
                        out.append(_Number(b, e, -self._times_words[form]))  # marks a multiple word
            out.sort(key=lambda n: (n.start, -n.end))
        return out

    def _glued_by_page(self, text: str, s: int, e: int) -> bool:
        """ "provide5 billion VND": a page that lost the space glued an amount to the word
        before it. A number right after two lower-case letters, with a unit after it, is an
        amount; codes and models ("A320", "COVID-19", "mp3") are capitals, joined by a
        sign, or have no unit."""
        if s < 2 or not (text[s - 1].islower() and text[s - 2].islower()):
            return False
        if e >= len(text) or not text[e].isspace():
            return False  # a digit inside a word ("Ähnlich3e"): a stray mark, not an amount
        if unspaced(text[s - 1]):
            return False
        m = self._after.match(text, e)
        return (
            m is not None
            and m.end() > e
            and any(m.group(g) for g in ("cur", "pct", "count", "scale"))
        )

    def _whole_compound(self, text: str, mention: Mention, num: _Number, lo: int) -> Mention | None:
        """ "one hundred and two people": the tail's mention read with its head of whole
        hundreds (102 persons), or None where no such head stands right before it."""
        if self._compound_head is None or num.value >= 100:
            return None
        m = self._compound_head.search(text, max(lo, num.start - 40), num.start)
        if m is None:
            return None
        head = self._words.get(" ".join(m.group("head").lower().split()))
        if head is None or mention.attrs.get("approx") is not None:
            return None
        attrs = {**mention.attrs, "value": head + num.value, "spelled": "exact"}
        s = m.start("head")
        return replace(mention, start=s, text=text[s : mention.end], attrs=attrs)

    def _glued_count(self, text: str, e: int) -> bool:
        """ "sechsköpfige Delegation": a number word glued to a count form (German compound
        adjectives of size, ``-köpfig``) is that count; any other word merely starts with
        a number word ("dreißig", "Zweig")."""
        m = self._after.match(text, e)
        return m is not None and m.start("count") == e and not m.group("gap")

    def _needs_left(self, rev: str, pos: int) -> bool:
        if self._left_head is not None and self._left_head.match(rev, pos) is None:
            return False  # no form of ``_left_alone`` ends there
        return self._left_alone.match(rev, pos) is not None

    def _suffix_ok(self, text: str, e: int) -> bool:
        """A letter right after a number is fine when a scale or unit starts there ("$5bn")."""
        m = self._after.match(text, e)
        return m is not None and m.end() > e

    # -- mentions ----------------------------------------------------------------------
    def find(
        self, text: str, start: int = 0, end: int | None = None, rev: str | None = None
    ) -> list[Mention]:
        """Amounts in ``text[start:end]``; ``rev`` is ``text[::-1]`` when the caller has it
        (a document read in several segments reverses its text once, not per segment)."""
        stop = len(text) if end is None else end
        if rev is None:
            rev = text[::-1]
        numbers = self._numbers(text, rev, start, stop)
        if not numbers:
            return []
        n = len(text)
        out: list[Mention] = []
        last_end = start
        for num in numbers:
            if num.start < last_end:
                continue
            mention = self._mention(text, rev, n, num, start)
            if mention is not None and not _DIGIT.search(text, num.start, num.end):
                # a number in words: an exact one ("two classes") states a figure, a vague
                # one ("dozens of firms") does not
                form = " ".join(text[num.start : num.end].casefold().split())
                before = [w.casefold() for w in text[max(0, num.start - 24) : num.start].split()]
                # (a number glued to its noun, "sechsköpfige", is a size, whatever the article)
                alone = num.end >= len(text) or not text[num.end].isalnum()
                known = alone and bool(before) and before[-1] in self._known
                # the tail of a compound not read whole ("one hundred and two"): its
                # value is not this word's
                compound = bool(before) and (
                    before[-1] in self._number_tails
                    or (
                        len(before) > 1
                        and len(before[-1]) <= 3
                        and before[-2] in self._number_tails
                    )
                )
                known = known or compound
                mention.attrs["spelled"] = "vague" if form in self._vague or known else "exact"
                whole = self._whole_compound(text, mention, num, start) if compound else None
                if whole is not None and whole.start >= last_end:
                    mention = whole
            if (
                mention is not None
                and self._whole_before
                and mention.attrs.get("unit") in _PARTY_UNITS
            ):
                # "top 10 out of 63 localities": the whole a rank is counted in, no figure
                head = " " + " ".join(text[max(0, num.start - 24) : num.start].casefold().split())
                if any(head.endswith(" " + w) for w in self._whole_before):
                    mention.attrs["whole"] = True
            if mention is not None:
                out.append(mention)
                last_end = mention.end
        return out

    def _mention(self, text: str, rev: str, n: int, num: _Number, lo: int) -> Mention | None:
        if num.value < 0:  # a word that states a multiple by itself ("tenfold")
            return self._make(text, num.start, num.end, -num.value, "times", None, "times")
        if self._after_head is not None and self._after_head.match(text, num.end) is None:
            # nothing can be read after it (``_after`` would match empty)
            if not self._needs_left(rev, n - num.start):
                return None
            after = self._after.match(text, num.end)
        else:
            after = self._after.match(text, num.end)
            if (after is None or after.end() == num.end) and not self._needs_left(
                rev, n - num.start
            ):
                return None  # most numbers (years, days, counts of nothing) stop here
        before = self._before.match(rev, n - num.start)
        a = after.groupdict() if after is not None else {}
        b = before.groupdict() if before is not None else {}
        begin = num.start
        times_begin = num.start
        if before is not None:
            for g in ("approx", "cur"):
                if b[g] is not None:
                    begin = max(lo, min(begin, n - before.end(g)))
                    break
            for g in ("tbefore", "tbalone", "approx"):
                if b[g] is not None:
                    times_begin = max(lo, min(times_begin, n - before.end(g)))
                    break
        approx = None
        if b.get("approx") is not None and before is not None:
            approx = self._approx.get(" ".join(b["approx"][::-1].casefold().split()))
        value = num.value
        if a.get("talone") or (a.get("tpair") and b.get("tbefore")) or b.get("tbalone"):
            stop = num.end
            if after is not None and (a.get("talone") or a.get("tpair")):
                stop = after.end()
            return self._make(text, times_begin, stop, value, "times", approx, "times")
        if after is None:
            return None
        factor = 1.0
        for g in ("scale", "scale2"):
            if a.get(g):
                factor *= self._scales.get(" ".join(a[g].casefold().split()), 1.0)
        if a.get("cur"):
            unit = _lookup(self._cur, a["cur"])
            return self._make(text, begin, after.end(), value * factor, unit, approx, "money")
        if b.get("cur"):
            unit = _lookup(self._cur_pre, b["cur"][::-1])
            stop = (
                after.end("scale2")
                if a.get("scale2")
                else after.end("scale")
                if a.get("scale")
                else num.end
            )
            return self._make(text, begin, stop, value * factor, unit, approx, "money")
        if a.get("pct") and factor == 1.0:
            return self._make(text, begin, after.end(), value, "percent", approx, "percent")
        if a.get("count"):
            unit = _lookup(self._counts, a["count"])
            if value * factor < self._min_count:
                return None
            if unit in _PARTY_UNITS and (
                a.get("gap") or not _DIGIT.search(text, num.start, num.end)
            ):
                return None  # "the two countries"; "18 октября делегация" (a date)
            return self._make(text, begin, after.end(), value * factor, unit, approx, "count")
        return None

    def _make(
        self,
        text: str,
        s: int,
        e: int,
        value: float,
        unit: str | None,
        approx: str | None,
        kind: str,
    ) -> Mention | None:
        if unit is None:
            return None
        while e > s and text[e - 1].isspace():
            e -= 1
        return Mention(
            start=s,
            end=e,
            text=text[s:e],
            kind="amount",
            key=None,
            rule=f"amount:{self.lang}:{kind}",
            attrs={"value": float(value), "unit": unit, "approx": approx},
        )


def build_amount_parser(registry: Registry, lang: str) -> AmountParser:
    return AmountParser(lang, registry.lang(lang, "numbers"))


def find_amounts(text: str, lang: str, registry: Registry | None = None) -> list[Mention]:
    """Amount mentions of ``text`` (convenience; :class:`AmountStage` keeps its parsers)."""
    return build_amount_parser(registry or Registry(), lang).find(text)


class AmountStage:
    """Appends ``amount`` mentions, one parser per language built on first use."""

    name = "amounts"
    requires: tuple[str, ...] = ("text", "lang", "sentences")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, res: Resources) -> None:
        self.res = res
        self._parsers: dict[str, AmountParser | None] = {}

    def __reduce__(self) -> tuple[type[AmountStage], tuple[Resources]]:
        return (AmountStage, (self.res,))

    def parser(self, lang: str | None) -> AmountParser | None:
        if lang is None:
            return None
        if lang not in self._parsers:
            has = "numbers" in self.res.registry.files(lang)
            self._parsers[lang] = build_amount_parser(self.res.registry, lang) if has else None
        return self._parsers[lang]

    def __call__(self, doc: Document) -> Document:
        main = self.parser(doc.lang)
        spans: list[tuple[int, int, AmountParser]] = []
        for p in doc.paragraphs:
            if p.lang and p.lang != doc.lang:
                other = self.parser(p.lang)
                if other is not None:
                    spans.append((p.start, p.end, other))
        found: list[Mention] = []
        pos = 0
        text = doc.text
        rev = text[::-1]
        for s, e, other in spans:
            if main is not None and s > pos:
                found.extend(main.find(text, pos, s, rev))
            found.extend(other.find(text, s, e, rev))
            pos = e
        if main is not None and pos < len(text):
            found.extend(main.find(text, pos, None, rev))
        doc.mentions.extend(found)
        return doc
