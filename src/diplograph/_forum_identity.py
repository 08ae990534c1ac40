"""Which edition of a recurring named forum an event is: an identity that needs no person.

Why: reports of one forum often share nothing but its name. One outlet quotes the governor
of one region, another the speaker of another, a third nobody; the "XII Forum of Regions of
Belarus and Russia" is still one event, and the XI forum a year earlier is another. A named
series and its edition (an ordinal, "XII", "12th", "двенадцатый", or a year in the name,
"EEF-2024") say which one, whatever else the reports tell.

What is language knowledge lives in ``data/lang/<lang>/forums.yaml``: the names outlets give
each series (patterns, mapped to one series key shared by all languages), ordinal words, and
the phrasings that give the edition apart from the name ("held for the twelfth time").
Roman numerals and Arabic ordinals ("12th", "12-й", "lần thứ 12") are read the same way in
every language. Scripts written without spaces give the edition as a prefix of the name
("第十二届…论坛", "第12回…フォーラム", "제12회 …포럼"): per-language ``before`` patterns read it,
and their numerals are ordinal words of the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._arrivals import Arrivals
from ._institutions import Institutions
from ._models import Document, Event
from ._registry import Registry

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_TOKEN = re.compile(r"^[IVXLC]+$")
_ARABIC = re.compile(r"^(\d{1,3})(?!\d)")
_YEAR_AFTER = re.compile(r"^[\s\-\u2013\u2014]*((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_TOKEN_BEFORE = re.compile(r"([^\s\"'«»“”„()]+)[\s\"'«»“”„(]*$")
_BEFORE_CHARS = 30  # how far before a series name its ordinal may stand ("the 12th annual ...")
NAMED = "name:"  # the prefix of a series key read from a forum's own name


def roman(token: str) -> int | None:
    """The value of an upper-case Roman numeral ("XII" -> 12), or None."""
    if not _ROMAN_TOKEN.match(token):
        return None
    total = 0
    for i, ch in enumerate(token):
        value = _ROMAN[ch]
        nxt = _ROMAN[token[i + 1]] if i + 1 < len(token) else 0
        total += -value if value < nxt else value
    return total if total > 0 else None


@dataclass(frozen=True, slots=True)
class _Lang:
    series: tuple[tuple[str, re.Pattern[str]], ...]
    ordinals: tuple[tuple[str, int], ...]  # word stems, longest first
    endings: tuple[str, ...]  # what may follow a stem: a case ending ("двенадцат" + "ого")
    edition: tuple[re.Pattern[str], ...]  # patterns with a group "n": the edition apart
    after: tuple[re.Pattern[str], ...]  # patterns right after the name: "... lần thứ 12"
    # Patterns ending right before the name, with a group "n" (an ordinal) or "y" (a year):
    # scripts written without spaces ("第十二届…", "第12回…", "제12회 …") have no token to read.
    before: tuple[re.Pattern[str], ...] = ()
    # Patterns of an edition and a name no series row lists, groups "n" and "name": "the 5th
    # Mekong-Volga Forum", "第八届中俄博览会" (see ``ForumNames.identity``).
    named: tuple[re.Pattern[str], ...] = ()


class ForumNames:
    """Reads a forum event's series and edition from its evidence (per-language data).

    Caches compiled patterns on the instance (one per process), not in the module.
    """

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._langs: dict[str, _Lang] = {}
        # The other reader of a report's identity from its document's words: it travels with
        # this one to every place that reads a report's own marks.
        self.institutions = Institutions(registry)
        self.arrivals = Arrivals(registry)

    def _lang(self, lang: str) -> _Lang:
        if lang not in self._langs:
            data = self._registry.lang(lang, "forums")
            flags = re.IGNORECASE
            series = tuple(
                (key, re.compile(p, flags))
                for key, patterns in sorted((data.get("series") or {}).items())
                for p in patterns
            )
            words = data.get("ordinals") or {}
            ordinals = tuple(
                sorted(
                    ((str(w).lower(), int(n)) for w, n in words.items()), key=lambda x: -len(x[0])
                )
            )
            edition = tuple(re.compile(p, flags) for p in data.get("edition") or [])
            after = tuple(re.compile(p, flags) for p in data.get("after") or [])
            endings = tuple(str(e) for e in data.get("ordinal_endings") or [""])
            before = tuple(re.compile(p, flags) for p in data.get("before") or [])
            named = tuple(re.compile(p, flags) for p in data.get("named") or [])
            self._langs[lang] = _Lang(series, ordinals, endings, edition, after, before, named)
        return self._langs[lang]

    def number(self, token: str, lang: str) -> int | None:
        """An ordinal as a number: a Roman numeral, digits ("12th", "12-й"), or a word."""
        token = token.strip(".,;:")
        value = roman(token)
        if value is not None:
            return value
        m = _ARABIC.match(token)
        if m:
            return int(m.group(1))
        low = token.lower()
        data = self._lang(lang)
        for stem, n in data.ordinals:
            if low.startswith(stem) and low[len(stem) :] in data.endings:
                return n
        return None

    def identity(self, doc: Document, ev: Event) -> tuple[str | None, str | None]:
        """(series key, edition) of a forum event: edition "n12" for an ordinal, "y2024" for a
        year in the name; (None, None) when no evidence sentence names a known series.

        The first evidence sentence naming the series decides: an article about the XI forum
        may announce the XII one later on. The edition stands right before the name ("XII
        Forum of ..."), right after it ("... lần thứ 12", "EEF-2024"), or in an evidence
        sentence of its own ("the forum is held for the twelfth time").
        """
        if ev.type != "forum" or not doc.lang:
            return (None, None)
        lang = self._lang(doc.lang)
        if not lang.series:
            return self._named(doc, ev, lang, doc.lang)
        series: str | None = None
        for evidence in ev.evidence:
            sentence = doc.text[evidence.start : evidence.end]
            for key, pattern in lang.series:
                m = pattern.search(sentence)
                if m is None:
                    continue
                if series is None:
                    series = key
                elif key != series:
                    continue
                edition = self._around(sentence, m, lang, doc.lang)
                if edition:
                    return (series, edition)
        if series is None:
            return self._named(doc, ev, lang, doc.lang)
        for evidence in ev.evidence:
            sentence = doc.text[evidence.start : evidence.end]
            for pattern in lang.edition:
                m = pattern.search(sentence)
                n = self.number(m.group("n"), doc.lang) if m else None
                if n:
                    return (series, f"n{n}")
        return (series, None)

    def _named(
        self, doc: Document, ev: Event, lang: _Lang, code: str
    ) -> tuple[str | None, str | None]:
        """A forum no series row lists, named with its edition ("the 5th Mekong-Volga Forum",
        "第八届中俄博览会"): its own name is the series key, "name:<lang>:<folded name>", so
        the same name in one language meets and two editions of it stay apart. The key is
        only as good as one outlet's wording (a case ending makes another key): it can miss
        a join, and ``_clustering`` lets it join dated reports only (see ``named_series``)."""
        for evidence in ev.evidence:
            sentence = doc.text[evidence.start : evidence.end]
            for pattern in lang.named:
                for m in pattern.finditer(sentence):
                    n = self.number(m.group("n"), code)
                    name = " ".join(m.group("name").lower().split())
                    if n and name:
                        return (f"{NAMED}{code}:{name}", f"n{n}")
        return (None, None)

    def _around(self, sentence: str, m: re.Match[str], lang: _Lang, code: str) -> str | None:
        year = _YEAR_AFTER.match(sentence[m.end() :])
        if year:
            return f"y{year.group(1)}"
        ahead = sentence[max(0, m.start() - _BEFORE_CHARS) : m.start()]
        for pattern in lang.before:
            found = pattern.search(ahead)
            if found is None:
                continue
            groups = found.groupdict()
            if groups.get("y"):
                return f"y{groups['y']}"
            n = self.number(groups["n"], code) if groups.get("n") else None
            if n:
                return f"n{n}"
        before = _TOKEN_BEFORE.search(ahead)
        if before and _YEAR.match(before.group(1)):
            return f"y{before.group(1)}"  # "the 2024 Eastern Economic Forum"
        if before:
            n = self.number(before.group(1), code)
            if n:
                return f"n{n}"
        rest = sentence[m.end() :]
        for pattern in lang.after:
            found = pattern.match(rest)
            n = self.number(found.group("n"), code) if found else None
            if n:
                return f"n{n}"
        return None
