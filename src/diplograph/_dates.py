"""Date mentions, found by compiled patterns and resolved against ``doc.published``.

Why not dateparser: it costs about a millisecond per call, swallows neighbouring
words and returns function words as dates. Here every language gives its month
names, weekday names, relative words and pattern templates as data
(``months.yaml``, ``weekdays.yaml``, ``dates.yaml``); :class:`DateParser` turns
them into one alternation compiled once per language and per :class:`Resources`,
so a 3 KB article is one regex scan.

Resolution never looks at the clock: without ``published`` a date that needs a
reference (no year, a weekday, "yesterday") gets a ``None`` key, because a news
archive is processed years after it was written.

Split by job: this module is the pipeline stage (one parser per language, paragraphs
in another language read with their own words, dates after a publication label, the
year of an undated document) and the entry points; ``_dates_parser`` compiles the
templates and finds the dates (the template language is documented there);
``_dates_resolve`` reads what a match means against the publication date.
"""

from __future__ import annotations

import re
from datetime import date

from ._dates_parser import DateParser
from ._dates_resolve import _nfc, parse_published, parse_reference
from ._keyfilter import KeyedPatterns
from ._models import Document, Mention
from ._registry import Registry
from ._resources import Resources

__all__ = [
    "DateParser",
    "DateStage",
    "build_parser",
    "parse_published",
    "parse_reference",
    "resolve_dates",
]


# how far before a date its anniversary's count may stand ("46th anniversary of the signing of
# the Treaty of Friendship and Cooperation between A and B (18 July 1977)")
_ANNIVERSARY_REACH = 120
# how far after a date a phrase naming its year again may stand ("... in 2017. ... In that
# same year ...": a long sentence or two)
_SAME_YEAR_REACH = 600
_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)")


def build_parser(registry: Registry, lang: str) -> DateParser:
    return DateParser(
        lang,
        registry.lang(lang, "months"),
        registry.lang(lang, "weekdays"),
        registry.lang(lang, "dates"),
    )


def resolve_dates(
    text: str, lang: str, published: str | None, registry: Registry | None = None
) -> list[Mention]:
    """Date mentions of ``text`` in ``lang`` (convenience for tests and one-off calls).

    Builds a parser each call; pipelines use :class:`DateStage`, which keeps them.
    """
    return build_parser(registry or Registry(), lang).find(text, published)


def _none(_patterns: object) -> None:
    """No alternation (``KeyedPatterns`` is only asked for its candidates here)."""
    return None


class DateStage:
    """Appends ``date`` mentions, one parser per language built on first use."""

    name = "dates"
    requires: tuple[str, ...] = ("text", "lang", "sentences", "published")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, res: Resources) -> None:
        self.res = res
        self._parsers: dict[str, DateParser | None] = {}
        self._label: re.Pattern[str] | None = None
        self._lists: dict[str, list[re.Pattern[str]]] = {}
        self._keyed: dict[str, KeyedPatterns] = {}

    def __reduce__(self) -> tuple[type[DateStage], tuple[Resources]]:
        return (DateStage, (self.res,))

    def parser(self, lang: str | None) -> DateParser | None:
        if lang is None:
            return None
        if lang not in self._parsers:
            files = self.res.registry.files(lang)
            self._parsers[lang] = (
                build_parser(self.res.registry, lang) if "dates" in files else None
            )
        return self._parsers[lang]

    def __call__(self, doc: Document) -> Document:
        # the text lowered once for the anchor automaton and the same-year keywords
        lowered = doc.text.lower() if self.parser(doc.lang) is not None else None
        found = self._find(doc, doc.published, lowered)
        if parse_reference(doc.published)[0] is None:  # not even a month dates the document
            found = self._with_year_of_document(doc, found)
        found = self._same_year(doc, found, lowered)
        self._mark_page_dates(doc.text, found)
        doc.mentions.extend(found)
        return doc

    def _page_label(self) -> re.Pattern[str]:
        """Publication and update labels ("Updated:", "Опубликовано", "发布时间") of
        ``published.yaml`` (one word may follow: "Updated on"), as a pattern that must end
        right before a date."""
        if self._label is None:
            labels = sorted(
                {_nfc(str(x)) for x in self.res.registry.table("published").get("labels", [])},
                key=lambda f: (-len(f), f),
            )
            body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in labels if f)
            self._label = re.compile(
                rf"(?<!\w)(?:{body})\W*(?:\w+\W+)?$" if body else "$^",
                re.IGNORECASE,
            )
        return self._label

    def _mark_page_dates(self, text: str, found: list[Mention]) -> None:
        """A date right after a publication label ("| Updated:2024-04-01" glued to a title)
        stamps the page; the events stage does not date an act by it."""
        label = self._page_label()
        for m in found:
            if label.search(text, max(0, m.start - 40), m.start):
                m.attrs["page_date"] = True

    def _with_year_of_document(self, doc: Document, found: list[Mention]) -> list[Mention]:
        """An undated article that names exactly one year ("năm 2023", "22.11.2023") tells
        the year of its day-and-month dates ("Chiều 11/7", "on August 23"); relative words
        and weekdays still need the publication day and stay unresolved. A date told after an
        anniversary's count ("the 46th anniversary of the Treaty (18 July 1977)") tells the
        year that anniversary falls in (2023), not a second year of the page."""
        years = {
            self._celebrated(doc, m) or m.key[:4]
            for m in found
            if m.key and not m.attrs.get("relative") and not m.attrs.get("year_inferred")
        }
        if len(years) != 1 or not any(m.key is None for m in found):
            return found
        year = int(years.pop())
        again = {
            (m.start, m.end): m
            for m in self._find(doc, date(year, 12, 31))
            if m.key and m.attrs.get("year_inferred") and not m.attrs.get("relative")
        }
        out: list[Mention] = []
        for m in found:
            m2 = again.get((m.start, m.end)) if m.key is None else None
            if m2 is not None:
                m2.attrs["year_of_document"] = True
                out.append(m2)
            else:
                out.append(m)
        return out

    def _same_year(
        self, doc: Document, found: list[Mention], lowered: str | None = None
    ) -> list[Mention]:
        """ "The monument was unveiled in 2017. In that same year the school signed a
        memorandum": a phrase naming the year just told ("cũng trong năm này", "la même
        année", "в том же году"; ``same_year`` of dates.yaml) is a date of that year, the
        year of the nearest date before it (within a few sentences) that tells one."""
        patterns = self._phrases(doc.lang, "same_year")
        if not patterns:
            return found
        # only the patterns whose required words are in the text (most texts hold none):
        # a case-insensitive pattern opening with an optional word is otherwise tried at
        # every position of the document (``KeyedPatterns``: exact)
        keyed = self._keyed_list(doc.lang, "same_year")
        # ``KeyedPatterns`` lowers with "İ" -> "i" first; without one, that is ``lowered``
        may = (
            keyed.candidates_lowered(lowered)
            if lowered is not None and "İ" not in doc.text
            else keyed.candidates(doc.text)
        )
        if not may:
            return found  # no pattern can match: the dated mentions are not needed
        dated = sorted(
            (m for m in found if m.key and m.key[:4].isdigit() and not m.attrs.get("relative")),
            key=lambda m: m.end,
        )
        extra: list[Mention] = []
        for i, rx in enumerate(patterns):
            if not may >> i & 1:
                continue
            for x in rx.finditer(doc.text):
                before = [m for m in dated if m.end <= x.start() < m.end + _SAME_YEAR_REACH]
                if not before:
                    continue
                year = str(before[-1].key)[:4]
                extra.append(
                    Mention(
                        start=x.start(),
                        end=x.end(),
                        text=x.group(0),
                        kind="date",
                        key=year,
                        rule=f"date:{doc.lang}:same-year",
                        attrs={"same_year": True, "granularity": "year"},
                    )
                )
        return sorted(found + extra, key=lambda m: m.start) if extra else found

    def _phrases(self, lang: str | None, name: str) -> list[re.Pattern[str]]:
        """The compiled patterns of list ``name`` of ``lang``'s dates.yaml (kept per language)."""
        key = f"{lang}:{name}"
        if key not in self._lists:
            files = self.res.registry.files(lang) if lang else ()
            dates = self.res.registry.lang(lang, "dates") if lang and "dates" in files else None
            forms = dates.get(name) if isinstance(dates, dict) else None
            self._lists[key] = (
                [re.compile(_nfc(str(f)), re.IGNORECASE) for f in forms]
                if isinstance(forms, list)
                else []
            )
        return self._lists[key]

    def _keyed_list(self, lang: str | None, name: str) -> KeyedPatterns:
        """``_phrases(lang, name)`` indexed by the words each pattern needs (kept per
        language)."""
        key = f"{lang}:{name}"
        keyed = self._keyed.get(key)
        if keyed is None:
            keyed = self._keyed[key] = KeyedPatterns(self._phrases(lang, name), "search", _none)
        return keyed

    def _celebrated(self, doc: Document, m: Mention) -> str | None:
        """The year the anniversary falls in when ``m`` is the date of the act an anniversary
        commemorates, told shortly after its count in the same sentence ("kỷ niệm 46 năm
        Ngày ký Hiệp ước ... (18/7/1977)" -> 2023; ``anniversary_count`` of dates.yaml, the
        count in group ``n``)."""
        patterns = self._phrases(doc.lang, "anniversary_count")
        if not patterns or not m.key or not m.key[:4].isdigit():
            return None
        before = doc.text[max(0, m.start - _ANNIVERSARY_REACH) : m.start]
        found = [
            x
            for rx in patterns
            for x in rx.finditer(before)
            if not _SENTENCE_END.search(before, x.end())
        ]
        if not found:
            return None
        count = int(max(found, key=lambda x: x.end()).group("n"))
        return f"{int(m.key[:4]) + count:04d}" if 0 < count <= 200 else None

    def _find(
        self, doc: Document, pub: str | date | None, lowered: str | None = None
    ) -> list[Mention]:
        found: list[Mention] = []
        main = self.parser(doc.lang)
        # Paragraphs in another supported language (a quoted English paragraph in a
        # Vietnamese article) are read with their own words.
        spans: list[tuple[int, int, DateParser | None]] = []
        for p in doc.paragraphs:
            if p.lang and p.lang != doc.lang:
                other = self.parser(p.lang)
                if other is not None:
                    spans.append((p.start, p.end, other))
        if not spans:
            if main is not None:
                found = main.find(doc.text, pub, lowered=lowered)
        else:
            pos = 0
            for s, e, other in spans:
                if main is not None and s > pos:
                    found.extend(main.find(doc.text, pub, pos, s))
                if other is not None:
                    found.extend(other.find(doc.text, pub, s, e))
                pos = e
            if main is not None and pos < len(doc.text):
                found.extend(main.find(doc.text, pub, pos))
        return found
