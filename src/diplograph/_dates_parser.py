"""Where dates are: a language's date templates compiled and matched near anchors.

Split from ``_dates`` by job: :class:`DateParser` turns ``months.yaml``,
``weekdays.yaml`` and ``dates.yaml`` into one alternation per kind of anchor, compiled
once per language, and only tries it near an anchor (a month, weekday or relative
word, a year, a numeric date) or at a word some template begins with, so a 3 KB
article costs one automaton pass and a few anchored matches. What a match means is
``_dates_resolve``; the pipeline stage is ``_dates``. Kept apart because pattern
compilation and the matching loop change with the data format, the calendar rules
with the news conventions.

Template language of ``dates.yaml`` patterns (regular expressions plus):

``{D}`` ``{D2}`` day of month, ``{MM}`` ``{MM2}`` month number, ``{M}`` ``{M2}``
month name (any form of ``months.yaml``), ``{Y}`` ``{Y2}`` four-digit year,
``{W}`` weekday name, ``{WN}`` weekday form that needs context (``weekdays.yaml``
``context_forms``), ``{R}`` relative day word, ``{RY}`` relative year phrase, ``{S}``
season word (``seasons``: the word and the last month of that season; the date is the
season's year, read like a month of that last month, so "last autumn" in May is last year's
and in December this year's).
A literal space means "one or more blanks on the same line".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import ahocorasick

from ._amounts import unspaced
from ._dates_digits import digit_readers
from ._dates_resolve import _DateResolution, _nfc, _norm_key, _Pattern, parse_reference
from ._errors import LanguageDataError
from ._keyfilter import literal_trie
from ._memo import MEMO_SIZE
from ._models import Mention
from ._regex_store import compile as compile_pattern

_BLANKS = r"[^\S\n]+"
# How far before an anchor a date expression may start ("from the 24th of" November).
_LOOKBACK = 32
# Characters that may precede a form found by the anchor automaton ("mid-November").
_LEADS = (" ", "(", "-", '"', "«", "„", "“", "/", "\u00a0", ",", ".")
_NUMERIC = re.compile(r"\d[\d./\-–]*")
_DIGIT_RUN = re.compile(r"\d+")
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\(")
# ``_TOKEN`` with its words in group 1: ``_candidate_starts`` reads a word only when it is one
_TOKEN_GROUPS = re.compile(r"([^\W\d_]+)|\d+|\(")
# Template syntax that is not a word a pattern can start with.
_TEMPLATE_SYNTAX = re.compile(r"\\.|\{[A-Z]+2?\}|\(\?(?:P<\w+>|P=\w+\)|[:!=]|<[=!])|\[[^\]]*\]")
_TEMPLATE_WORD = re.compile(r"[^\W\d_]+")

_MONTH_MODES = frozenset({"past", "past_strict", "future", "future_strict"})
_WEEKDAY_MODES = frozenset({"past", "past_strict", "future", "future_strict"})


def _alternation(forms: list[str]) -> str:
    """Longest form first, so "tháng 11" wins over "tháng 1" and "Nov." over "Nov"."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", _BLANKS) for f in uniq)


def _trie_or_alternation(forms: list[str], case_sensitive: bool) -> str:
    """``_alternation`` written as a trie where it can be (the same matches, see
    :func:`literal_trie`): the patterns are compiled with ``re.IGNORECASE``, under which
    ``re`` tried a month or weekday list form by form at every candidate position."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    return literal_trie(uniq, space=_BLANKS, ignorecase=not case_sensitive) or _alternation(forms)


def _word_group(name: str, forms: list[str], case_sensitive: bool) -> str:
    if forms and all(unspaced(f[0]) and unspaced(f[-1]) for f in forms):
        # "昨天他们": a script without spaces has no word boundaries to ask for
        body = _trie_or_alternation(forms, case_sensitive)
        return rf"(?P<{name}>{f'(?-i:{body})' if case_sensitive else body})"
    body = _trie_or_alternation(forms, case_sensitive)
    if case_sensitive:
        body = f"(?-i:{body})"
    return rf"(?<!\w)(?P<{name}>{body})(?!\w)"


def _form_table(data: Any, kind: str, lang: str, lo: int, hi: int) -> dict[str, int]:
    table: dict[str, int] = {}
    if not isinstance(data, dict):
        raise LanguageDataError(f"lang/{lang}/{kind}.yaml: expected a mapping of number -> forms")
    for number, forms in data.items():
        if not isinstance(number, int) or not lo <= number <= hi or not isinstance(forms, list):
            raise LanguageDataError(f"lang/{lang}/{kind}.yaml: bad entry {number!r}")
        for form in forms:
            table[_norm_key(str(form))] = number
    return table


class DateParser(_DateResolution):
    """All date patterns of one language, compiled once into a single alternation."""

    def __init__(self, lang: str, months: Any, weekdays: Any, dates: Any) -> None:
        self.lang = lang
        self._months = _form_table(months.get("forms", {}), "months", lang, 1, 12)
        self._weekdays = _form_table(weekdays.get("forms", {}), "weekdays", lang, 0, 6)
        self._weekdays.update(
            _form_table(weekdays.get("context_forms", {}), "weekdays", lang, 0, 6)
        )
        self._rel_days = {_norm_key(k): int(v) for k, v in dates.get("relative_days", {}).items()}
        self._rel_years = {_norm_key(k): int(v) for k, v in dates.get("relative_years", {}).items()}
        # "seasons": a season word -> the last month of that season ("Herbst": 11)
        self._seasons = {_norm_key(k): int(v) for k, v in dates.get("seasons", {}).items()}
        if any(not 1 <= v <= 12 for v in self._seasons.values()):
            raise LanguageDataError(f"lang/{lang}/dates.yaml: a season's month is not 1-12")
        month_forms = [_nfc(str(f)) for fs in months.get("forms", {}).values() for f in fs]
        wd_forms = [_nfc(str(f)) for fs in weekdays.get("forms", {}).values() for f in fs]
        wdn_forms = [_nfc(str(f)) for fs in weekdays.get("context_forms", {}).values() for f in fs]
        m_cs = bool(months.get("case_sensitive", False))
        w_cs = bool(weekdays.get("case_sensitive", False))
        pieces: dict[str, str] = {
            "D": r"(?<!\d)(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)",
            "D2": r"(?<!\d)(?P<day2>3[01]|[12]\d|0?[1-9])(?!\d)",
            "MM": r"(?<!\d)(?P<mon>1[0-2]|0?[1-9])(?!\d)",
            "MM2": r"(?<!\d)(?P<mon2>1[0-2]|0?[1-9])(?!\d)",
            "Y": r"(?<!\d)(?P<year>(?:19|20)\d\d)(?![\d])",
            "Y2": r"(?<!\d)(?P<year2>(?:19|20)\d\d)(?![\d])",
        }
        if month_forms:
            pieces["M"] = _word_group("month", month_forms, m_cs)
            pieces["M2"] = _word_group("month2", month_forms, m_cs)
        if wd_forms:
            pieces["W"] = _word_group("wd", wd_forms, w_cs)
        if wdn_forms:
            pieces["WN"] = _word_group("wd", wdn_forms, w_cs)
        if self._rel_days:
            pieces["R"] = _word_group("rel", [_nfc(str(k)) for k in dates["relative_days"]], False)
        if self._seasons:
            pieces["S"] = _word_group("season", [_nfc(str(k)) for k in dates["seasons"]], False)
        if self._rel_years:
            pieces["RY"] = _word_group("ry", [_nfc(str(k)) for k in dates["relative_years"]], False)

        self._specs: list[_Pattern] = []
        self._bodies: list[tuple[str, str]] = []  # (anchor kind, regex body) per pattern
        for i, entry in enumerate(dates.get("patterns", [])):
            spec, body = self._compile_entry(i, entry, pieces)
            if body is None:
                continue
            self._specs.append(spec)
            self._bodies.append((_kind_of(str(entry["pattern"])), body))
        # One alternation per kind of anchor: a weekday anchor only tries the
        # weekday patterns, a month anchor the month patterns, and so on.
        self._compiled: dict[str, tuple[re.Pattern[str], list[tuple[tuple[str, int], ...]]]] = {}
        # ``_regexes_of`` per anchor-kinds string (a handful of distinct strings per language)
        self._by_kinds: dict[
            str, list[tuple[re.Pattern[str], list[tuple[tuple[str, int], ...]]]]
        ] = {}
        for kind in sorted({k for k, _ in self._bodies}):
            self._compile_kind(kind)
        # The day, month and year pieces that alone read digits in the numeric templates,
        # or None (``_dates_digits``): a number none of them reads whole is not tried.
        self._unread_runs: dict[str, bool] = {}
        self._digit_readers = (
            digit_readers(
                self._compiled["n"][0],
                {
                    name: pieces[key]
                    for key, name in (
                        ("D", "day"),
                        ("D2", "day2"),
                        ("MM", "mon"),
                        ("MM2", "mon2"),
                        ("Y", "year"),
                        ("Y2", "year2"),
                    )
                },
            )
            if "n" in self._compiled
            else None
        )
        # Running the alternation at every offset costs milliseconds per article,
        # so it is only tried where a date can start: near an anchor (a month,
        # weekday or relative word, a year, a numeric date) and at a token that
        # some template begins with.
        self._anchors = ahocorasick.Automaton()
        for form in month_forms:
            self._add_anchor(form, "m")
        for form in [*wd_forms, *wdn_forms]:
            self._add_anchor(form, "w")
        for form in dates.get("relative_days", {}):
            self._add_anchor(_nfc(str(form)), "r")
        for form in dates.get("relative_years", {}):
            self._add_anchor(_nfc(str(form)), "y")
        for form in dates.get("seasons", {}):
            self._add_anchor(_nfc(str(form)), "s")
        if len(self._anchors):
            self._anchors.make_automaton()
        # ``_candidate_starts``'s answer per word (bounded like ``_memo``)
        self._word_starts: dict[str, bool] = {}
        self._starters = frozenset(
            w.casefold()
            for entry in dates.get("patterns", [])
            if isinstance(entry, dict)
            for w in _TEMPLATE_WORD.findall(
                _TEMPLATE_SYNTAX.sub(" ", str(entry.get("pattern", "")))
            )
        )

    def _compile_kind(self, kind: str) -> None:
        parts = [f"(?P<p{i}>{body})" for i, (k, body) in enumerate(self._bodies) if k == kind]
        regex = compile_pattern("|".join(parts), re.IGNORECASE)
        # Per pattern, (short group name, group number): reading a handful of groups
        # is far cheaper than groupdict() over every pattern's groups.
        per: list[list[tuple[str, int]]] = [[] for _ in self._specs]
        for gname, gnum in regex.groupindex.items():
            head, _, short = gname.partition("_")
            if short:
                per[int(head[1:])].append((short, gnum))
        self._compiled[kind] = (regex, [tuple(x) for x in per])

    def _add_anchor(self, form: str, kind: str) -> None:
        low = " ".join(form.lower().split())
        if not low:
            return
        if unspaced(low[0]):  # no spaces in that script: a form can start anywhere
            if low not in self._anchors:
                self._anchors.add_word(low, (len(low), False, kind))
            return
        # Keys carry the character before the form, so only word starts are reported.
        for lead in _LEADS:
            key = lead + low
            if key in self._anchors:
                length, needs_end, kinds = self._anchors.get(key)
                if kind not in kinds:
                    self._anchors.add_word(key, (length, needs_end, kinds + kind))
                continue
            self._anchors.add_word(key, (len(low), low[-1].isalnum() or low[-1] == "_", kind))

    def _compile_entry(
        self, i: int, entry: Any, pieces: dict[str, str]
    ) -> tuple[_Pattern, str | None]:
        where = f"lang/{self.lang}/dates.yaml pattern #{i}"
        if not isinstance(entry, dict) or "name" not in entry or "pattern" not in entry:
            raise LanguageDataError(f"{where}: needs 'name' and 'pattern'")
        month_mode = entry.get("month_mode")
        weekday_mode = entry.get("weekday_mode", "past")
        if month_mode is not None and month_mode not in _MONTH_MODES:
            raise LanguageDataError(f"{where}: unknown month_mode {month_mode!r}")
        if weekday_mode not in _WEEKDAY_MODES:
            raise LanguageDataError(f"{where}: unknown weekday_mode {weekday_mode!r}")
        year_offset = entry.get("year_offset")
        spec = _Pattern(
            name=str(entry["name"]),
            month_mode=month_mode,
            weekday_mode=weekday_mode,
            year_offset=int(year_offset) if year_offset is not None else None,
            horizon=bool(entry.get("horizon", False)),
            since=bool(entry.get("since", False)),
        )
        template = _nfc(str(entry["pattern"]))
        missing: list[str] = []
        prefix = f"p{len(self._specs)}_"

        def fill(m: re.Match[str]) -> str:
            key = m.group(1)
            if key not in pieces:
                missing.append(key)
                return ""
            return pieces[key]

        body = re.sub(r"\{([A-Z]+2?)\}", fill, template.replace(" ", _BLANKS))
        # Group names are per pattern; prefix them so the alternation stays valid.
        body = body.replace("(?P<", f"(?P<{prefix}").replace("(?P=", f"(?P={prefix}")
        if missing:
            return spec, None  # the language has no data for that placeholder
        try:
            compile_pattern(body, re.IGNORECASE)
        except re.error as exc:
            raise LanguageDataError(f"{where}: invalid pattern: {exc}") from None
        return spec, body

    # -- matching --------------------------------------------------------------------
    def find(
        self,
        text: str,
        published: str | date | None,
        start: int = 0,
        end: int | None = None,
        lowered: str | None = None,
    ) -> list[Mention]:
        """Date mentions in ``text[start:end]`` with offsets into ``text``; ``lowered``, when
        given, is ``text.lower()`` (a caller that needs it too lowers the text once)."""
        if not self._compiled:
            return []
        pub: date | None
        if isinstance(published, date):
            pub, exact = published, True
        else:
            pub, exact = parse_reference(published)
        stop = len(text) if end is None else end
        out: list[Mention] = []
        last_end = start
        anchors = self._anchor_positions(text, start, stop, lowered)
        by_kinds = self._by_kinds
        for a, kinds in anchors:
            if a < last_end:
                continue
            regexes = by_kinds.get(kinds)
            if regexes is None:
                regexes = by_kinds[kinds] = self._regexes_of(kinds)
            if not regexes:
                continue
            if not kinds.strip("nd") and self._unread_number(text, a, stop):
                continue  # only numeric templates, and none reads this number
            done = False
            for s in self._candidate_starts(text, max(last_end, a - _LOOKBACK), a):
                for regex, groups in regexes:
                    m = regex.match(text, s, stop)
                    if m is None or m.end() <= a or m.lastgroup is None:
                        continue
                    mention = self._resolve(m, int(m.lastgroup[1:]), groups, pub, exact)
                    if mention is not None:
                        out.append(mention)
                        last_end = m.end()
                        done = True
                        break
                if done:
                    break
        if "d" in self._compiled:
            out = self._days_alone(text, anchors, out, pub, exact, stop)
        return _drop_weekday_before_date(out, text)

    def _unread_number(self, text: str, a: int, stop: int) -> bool:
        """True when no numeric template's match can cover the number at ``a``: its run of
        digits is read whole by no digit piece (``_dates_digits``; the match must consume
        the number's first digit, and only those pieces consume digits, each a whole run)."""
        readers = self._digit_readers
        if readers is None or (a > 0 and text[a - 1].isdecimal()):
            return False
        run = _DIGIT_RUN.match(text, a, stop)
        if run is None:  # pragma: no cover - an anchor of kind "n" opens with a digit
            return False
        digits = run.group()
        # remembered per run of digits ("0", "417" recur): a function of the run alone
        unread = self._unread_runs.get(digits)
        if unread is None:
            unread = readers.fullmatch(digits) is None
            if len(self._unread_runs) < MEMO_SIZE:
                self._unread_runs[digits] = unread
        return unread

    def _regexes_of(
        self, kinds: str
    ) -> list[tuple[re.Pattern[str], list[tuple[tuple[str, int], ...]]]]:
        """The alternations an anchor of ``kinds`` tries, in order (``d`` is read later, by
        ``_days_alone``); kept per distinct ``kinds`` string in ``_by_kinds`` so the list is
        not rebuilt at every anchor."""
        return [self._compiled[k] for k in kinds if k in self._compiled and k != "d"]

    def _days_alone(
        self,
        text: str,
        anchors: list[tuple[int, str]],
        found: list[Mention],
        pub: date | None,
        exact: bool,
        stop: int,
    ) -> list[Mention]:
        """A day of the month without its month ("on the 16th", "25일", "26日"): read after
        every other date, only where no other date mention lies, so "le 16 mars" stays
        one full date."""
        regex, groups = self._compiled["d"]
        taken = [(m.start, m.end) for m in found]
        extra: list[Mention] = []
        for a, kinds in anchors:
            if "d" not in kinds:
                continue
            for s in self._candidate_starts(text, max(0, a - _LOOKBACK), a):
                m = regex.match(text, s, stop)
                if m is None or m.end() <= a or m.lastgroup is None:
                    continue
                if any(b < m.end() and m.start() < e for b, e in taken):
                    break
                mention = self._resolve(m, int(m.lastgroup[1:]), groups, pub, exact)
                if mention is not None:
                    extra.append(mention)
                    taken.append((m.start(), m.end()))
                break
        if not extra:
            return found
        return sorted([*found, *extra], key=lambda x: x.start)

    def _anchor_positions(
        self, text: str, start: int, stop: int, lowered: str | None = None
    ) -> list[tuple[int, str]]:
        found: dict[int, str] = {}
        if len(self._anchors):
            # the whole text's lower case only for the whole text: a final sigma's form
            # depends on what follows it, so a slice is lowered on its own
            whole = lowered is not None and start == 0 and stop == len(text)
            low = lowered if whole and lowered is not None else text[start:stop].lower()
            if len(low) != stop - start:  # a rare character changed length: no shortcut
                low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text[start:stop])
            # One leading blank stands for the start of the text; newlines count as blanks.
            low = " " + low.replace("\n", " ").replace("\t", " ")
            n = len(text)
            for last, (length, needs_end, kinds) in self._anchors.iter(low):
                e = start + last  # low has one extra leading character
                b = e - length
                if needs_end and e < n and ((c := text[e]).isalnum() or c == "_"):  # _is_word
                    continue
                found[b] = found.get(b, "") + kinds
        days = "d" in self._compiled
        for m in _NUMERIC.finditer(text, start, stop):
            tok = m.group()
            size = len(tok)
            if (size > 2 and (not tok.isdigit() or (size == 4 and tok[:2] in ("19", "20")))) or (
                # every script without spaces lies at or above U+0E00: most characters
                # after a number answer without the call
                (e := m.end()) < stop and (c := text[e]) >= "\u0e00" and unspaced(c)
            ):  # "8月20日"
                b = m.start()
                got = found.get(b, "")
                # an anchor that would be only numeric and whose number no numeric template
                # reads is not made (``find`` skips it: ``_unread_number``), so neither the
                # sort nor ``find``'s loop meets the ~20 a document (the "(0-1)" markers)
                if got or not self._unread_number(text, b, stop):
                    found[b] = got + "n"
            if days and size <= 2 and tok.isdigit():
                b = m.start()
                found[b] = found.get(b, "") + "d"
        return sorted(found.items())

    def _candidate_starts(self, text: str, lo: int, a: int) -> list[int]:
        starts: list[int] = []
        starters = self._starters
        memo = self._word_starts
        for m in _TOKEN_GROUPS.finditer(text, lo, a):
            # group 1 is a word (``[^\W\d_]+``, whose first character may still be a digit
            # that is not decimal, "²"); a number or "(" always starts
            word = m.group(1)
            if word is not None:
                # whether a word starts is a pure function of the word and of the templates:
                # remembered (the same words recur in every window and every document)
                hit = memo.get(word)
                if hit is None:
                    hit = word[0].isdigit() or word.casefold() in starters
                    if len(memo) < MEMO_SIZE:
                        memo[word] = hit
                if not hit:
                    continue
            b = m.start()
            if b == lo and b > 0 and text[b - 1].isalnum():
                continue  # the window cut a word: this is not its start
            starts.append(b)
        starts.append(a)
        return starts


def _kind_of(template: str) -> str:
    """The anchor a pattern needs: m(onth), w(eekday), r(elative day), y (rel. year), n(umeric),
    s(eason), d(ay of month alone: "on the 16th", "25일", "26日")."""
    if "{D}" in template and not any(
        p in template for p in ("{M}", "{M2}", "{MM}", "{MM2}", "{Y}", "{Y2}", "{W}", "{WN}")
    ):
        return "d"
    # A template that begins with a year or a relative year word is tried at that anchor:
    # it claims "2024年" or "前年" before a month word after it ("前年七月") is reached.
    if template.startswith("{RY}"):
        return "y"
    if template.startswith("{Y}"):
        return "n"
    if "{M}" in template or "{M2}" in template:
        return "m"
    if "{W}" in template or "{WN}" in template:
        return "w"
    if "{RY}" in template:
        return "y"
    if "{S}" in template:
        return "s"
    if "{R}" in template:
        return "r"
    return "n"


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _drop_weekday_before_date(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Tuesday, November 25" / "thứ Ba (25/11)": the explicit date says it; drop the weekday."""
    if len(mentions) < 2:
        return mentions
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            m.attrs.get("weekday")
            and nxt is not None
            and nxt.attrs.get("granularity") == "day"
            and not nxt.attrs.get("relative")
            and nxt.start - m.end <= 4
            and not text[m.end : nxt.start].strip(" ,(\u00a0")
        ):
            continue
        out.append(m)
    return out
