"""The document as the events stage reads it: mentions by sentence, drafts of events,
place and name helpers shared by every job of the stage (detection, participants, dates and
places, partnerships, figures).

Nothing here decides anything about events; it only makes the document's mentions cheap to
ask about (which sentence, which person a name word refers to, whether a place is a venue).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from .._models import Document, Evidence, Mention, Place, Sentence
from ._phrases import Entry

PLACE_KINDS = ("country", "region", "city")
AGENT_KINDS = ("person", "title", "org", "country", "region", "city")
STOP_TYPES = ("meeting", "ceremony", "forum", "agreement", "award", "other")
PARTNER_RANK = {"twinning": 3, "agreement": 2, "cooperation": 1}
_WORD = re.compile(r"\w+")
# A name written in an unspaced script (Han, kana), three characters or more ("科热米亚科"):
# a full name told again though it is one "word" (shorter ones are found inside other words)
_UNSPACED_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{4,}")
# Words that may start with a capital: every word but those whose first letter is a common
# lower-case one (ASCII, Latin-1, Cyrillic). A superset: the capital is still checked.
# The first letter is matched before the look-behind (which then checks the character before
# it): a pattern opening with a character class is searched for that class in C, while one
# opening with a look-behind is tried at every position; the matches are the same.
_CAP_WORD = re.compile(r"[^\W\d_a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u044f\u0451](?<!\w\w)\w*")
_DIGIT = re.compile(r"\d")
_CLAUSE_BREAK = re.compile(r"[,;:()]")
_MODAL_BREAK = re.compile(r"[,;]")
_AGENT_GAP_WORDS = 3
_PLACE_GAP_WORDS = 4
_PASSING_WINDOW = 30
_AUTHORITY_WINDOW = 25
_TITLE_REACH = 60  # a person this close after a title is the one it names
_SPEAKER_SENTS = 2  # sentences after a trigger whose speakers an empty event takes
_SUBJECT_REACH = 120  # a speaker is named early in the sentence (its subject), not in passing
# Acting regions that can tell the country an event took place in.
_HOST_RULES = frozenset(
    {
        "region:participant",
        "region:named-in-trigger-sentence",
        "region:venue-local-authority",
        "region:local-authority-org",
    }
)


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    entry: Entry
    sent: int
    place: Mention | None = None  # the place after a "@place" trigger

    @property
    def rule(self) -> str:
        return f"{self.entry.group}:{self.entry.phrase}"


@dataclass(slots=True)
class _Draft:
    """An event being assembled from one or more trigger sentences."""

    type: str
    first: int  # offset of its first trigger
    trigger_sents: list[int] = field(default_factory=list)
    span: list[int] = field(default_factory=list)
    persons: dict[str, Mention] = field(default_factory=dict)
    why: dict[str, str] = field(default_factory=dict)  # person key -> how they joined
    joined: set[str] = field(default_factory=set)  # persons of later sentences, not triggers
    told: list[int] = field(default_factory=list)  # sentences whose persons joined it
    host: str | None = None
    date: str | None = None
    venue: Place | None = None
    # the country a diplomat of the act is posted to ("посол Вьетнама в России"): no venue,
    # a last clue of the country, after the lead's venue and the hosts' home
    posting: Place | None = None
    regions: dict[str, str] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)
    strong: bool = True
    trip: bool = False  # a trip told as a whole (synthesised or explicit)
    headline: bool = False
    place: Place | None = None
    coarse: bool = False  # its date is only a year or month
    anchor: int | None = None  # "the next day": days after the event told before it
    # its date was told in a sentence that tells another act too ("on the 20th, in the
    # framework of the Week, the governor received"): maybe that act's day, not its own
    shared_date: bool = False
    # sentences opening with the signed document ("Cet accord prévoit ..."): its own content
    described: list[int] = field(default_factory=list)


def _name_like_starts(text: str, index: dict[str, list[tuple[str, str]]]) -> list[int]:
    """The starts, in order, of the capitalised words of ``text`` (``_CAP_WORD``: whole runs
    of word characters) whose first four letters, lower-cased, are a key of ``index``.

    Why: a pass of ``_CAP_WORD`` over the whole page tried its first-letter class at every
    character (~5% of the events stage). The keys are a few name words' openings, so they
    are searched for in the lower-cased page instead, and each place found is checked as
    the pass would read it: a capitalised word starting there (``_CAP_WORD.match``) with
    that opening. Every such word is found: when lower-casing the page keeps each character
    one (no "İ", no capital sigma, whose lower case depends on the next letter), a word's
    lower case is the lower-cased page at its place, so its opening is found there. Other
    pages read every capitalised word, as before."""
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text:
        # the distinct capitalised words first (few are name-like), then where those are
        # written: each place a search finds that is a whole capitalised word
        named = {w for w in set(_CAP_WORD.findall(text)) if w.lower()[:4] in index}
        starts = []
        for w in named:
            at = text.find(w)
            while at >= 0:
                whole = _CAP_WORD.match(text, at)
                if whole is not None and whole.group() == w:
                    starts.append(at)
                at = text.find(w, at + 1)
        return sorted(starts)
    found: set[int] = set()
    for key in index:
        at = low.find(key)
        while at >= 0:
            whole = _CAP_WORD.match(text, at)
            if whole is not None and whole.group().lower()[:4] in index:
                found.add(at)
            at = low.find(key, at + 1)
    return sorted(found)


def _word_char(ch: str) -> bool:
    """Is ``ch`` a character ``\\w`` matches?"""
    return ch.isalnum() or ch == "_"


def _later_month(date: str | None, published: str | None) -> bool:
    """Is ``date`` in a month after the month of publication?"""
    if not date or not published or len(date) < 7 or len(published) < 7:
        return False
    return date[:7] > published[:7]


class _DocView:
    """Mentions grouped by sentence, computed once per document."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.published = doc.published
        sents = list(doc.sentences) or [Sentence(0, len(doc.text))]
        self.sents: list[Sentence] = sents
        self._starts = [s.start for s in sents]
        self.by_sent: list[list[Mention]] = [[] for _ in sents]
        for m in sorted(doc.mentions, key=lambda x: (x.start, -x.end)):
            i = self.sent_index(m.start)
            if i is not None:
                self.by_sent[i].append(m)
        self.orgs = [m for m in doc.mentions if m.kind == "org"]
        self.persons = [m for m in doc.mentions if m.kind == "person"]
        # Persons every mention of whom is historical (the late President): never participants.
        flags: dict[str, bool] = {}
        for m in self.persons:
            key = m.key or m.text
            flags[key] = flags.get(key, True) and bool(m.attrs.get("historical"))
        self.historical = frozenset(k for k, flag in flags.items() if flag)
        # The richest attributes seen for each person key (short mentions carry fewer).
        self.person_attrs: dict[str, dict[str, object]] = {}
        for m in self.persons:
            key = m.key or m.text
            acc = self.person_attrs.setdefault(key, {})
            for k, v in m.attrs.items():
                if v is not None and acc.get(k) is None:
                    acc[k] = v
        self._coref: dict[int, list[Mention]] = {}
        # who holds each role ("the governor" names its only holder)
        self._holders: dict[str, set[str]] = {}
        for key, attrs in self.person_attrs.items():
            role = attrs.get("role")
            if isinstance(role, str) and key not in self.historical:
                self._holders.setdefault(role, set()).add(key)
        self._forms: tuple[dict[str, str], dict[str, list[tuple[str, str]]]] | None = None
        self._full_hits: dict[int, list[tuple[str, str, int]]] | None = None
        self._full_located = False
        self._name_starts: list[int] | None = None  # see _may_name
        self._may_sents: set[int] | None = None  # ... and its answers
        self._spans: tuple[tuple[list[int], list[int]], tuple[list[int], list[int]]] | None = None
        self._naming: set[int] | bool | None = None  # see naming_sents
        self._offices: set[int] | None = None  # see office_sents
        self._amounts: set[int] | None = None  # see amount_sents

    def _name_forms(self) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
        """Written names of present persons, and their first and last words by prefix.

        A name word shared by two persons names neither of them.
        """
        if self._forms is None:
            full: dict[str, str] = {}
            owners: dict[str, set[str]] = {}
            for m in self.persons:
                key = m.key or m.text
                if key in self.historical:
                    continue
                surfaces = m.attrs.get("surface")
                forms = [m.text] + (list(surfaces) if isinstance(surfaces, list) else [])
                for form in forms:
                    words = _WORD.findall(str(form))
                    if len(words) >= 2 or _UNSPACED_NAME.fullmatch(str(form)):
                        full.setdefault(str(form), key)
                    for w in {words[0], words[-1]} if words else set():
                        if len(w) >= 3 and w[0].isupper() and not w.isupper():
                            owners.setdefault(w.lower(), set()).add(key)
            index: dict[str, list[tuple[str, str]]] = {}
            for w, keys in owners.items():
                if len(keys) == 1:
                    index.setdefault(w[:4], []).append((w, next(iter(keys))))
            self._forms = (full, index)
        return self._forms

    def corefs(self, i: int) -> list[Mention]:
        """Persons a sentence names only by their name again, a part of it or a bare title.

        The people stage links most short mentions; what it leaves (a full name told again,
        an inflected surname, "Hartung and Zhao signed", "the governor held talks") is linked
        here when exactly one present person fits: the one with that name word, or the only
        holder of that role.
        """
        known = self._coref.get(i)
        if known is not None:
            return known
        s = self.sents[i]
        ms = self.by_sent[i]
        found: list[Mention] = []
        # (the answers of the three questions below are made once per document: asked
        # through their methods only until they are, then read in place; nearly every
        # sentence is asked about)
        full, index = self._forms if self._forms is not None else self._name_forms()
        if self._full_located and self._full_hits is not None:
            hits = self._full_hits.get(i) or []
        else:
            hits = self._full_forms_in(i, full)
        if self._may_sents is not None and index:
            may = i in self._may_sents
        else:
            may = self._may_name(i, index)  # (else no run can be a name: nothing to mark)
        holders = self._holders
        if not hits and not may:
            # most sentences: no full name, no name-like word, and then nothing to do
            # unless a title names its only holder (the last pass below)
            for t in ms:
                if t.kind == "title" and t.key and len(holders.get(t.key, ())) == 1:
                    break
            else:
                self._coref[i] = found
                return found
        here = {m.key or m.text for m in ms if m.kind == "person"}
        covered = [(m.start, m.end) for m in ms]
        for form, key, at in hits:
            if key in here or any(a < at + len(form) and at < b for a, b in covered):
                continue
            here.add(key)
            covered.append((at, at + len(form)))
            found.append(Mention(at, at + len(form), form, "person", key, "coref:name", {}))
        # runs of capitalised words no mention covers: "Kien", "Олег Корнилов", "Zhao"
        # (a word breaks a run; so does anything but whitespace between two words)
        mark = bytearray(s.end - s.start if may else 0)  # the sentence's covered characters
        for a, b in covered if may else ():
            a, b = max(a, s.start) - s.start, min(b, s.end) - s.start
            if a < b:
                mark[a:b] = b"\x01" * (b - a)
        runs: list[list[re.Match[str]]] = []
        run: list[re.Match[str]] | None = None
        text = self.text
        # Only words that may be capitalised are visited: a word between two of them
        # (lower case, digits) leaves more than whitespace between them, which breaks a
        # run as visiting it would.
        # (the plain scan when the sentence starts inside a run of word characters: the
        # look-behind would see the characters before it)
        prev = text[s.start - 1] if s.start else " "
        scan = _WORD if prev.isalnum() or prev == "_" else _CAP_WORD
        words = scan.finditer(text, s.start, s.end) if may else ()
        for w in words:
            if not w.group()[0].isupper() or mark[w.start() - s.start]:
                run = None
            elif run is not None and text[run[-1].end() : w.start()].isspace():
                run.append(w)
            else:
                run = [w]
                runs.append(run)
        for run in runs:
            if len(run) > 3:
                continue
            keys: set[str] = set()
            for w in run:
                low = w.group().lower()
                owners = {k for word, k in index.get(low[:4], ()) if _same_name_word(low, word)}
                if len(w.group()) < 3 or w.group().isupper() or len(owners) != 1:
                    keys = set()  # a word of another proper name ("Ho Chi Minh City")
                    break
                keys |= owners
            if len(keys) != 1:
                continue
            key = keys.pop()
            if key in here:
                continue
            here.add(key)
            a_, b_ = run[0].start(), run[-1].end()
            text = self.text[a_:b_]
            found.append(Mention(a_, b_, text, "person", key, "coref:name-word", {}))
        people = [m for m in ms if m.kind == "person"]
        for t in ms:
            if t.kind != "title" or not t.key or len(holders.get(t.key, ())) != 1:
                continue
            if any(
                p.start < t.end + _TITLE_REACH
                and p.end > t.start
                and self.person_attrs.get(p.key or p.text, {}).get("role") in (None, t.key)
                for p in people
            ):
                continue  # the title of a person named right there
            key = next(iter(holders[t.key]))
            if key in here:
                continue
            here.add(key)
            found.append(Mention(t.start, t.end, t.text, "person", key, "coref:bare-title", {}))
        self._coref[i] = found
        return found

    def office_sents(self) -> set[int]:
        """The sentences holding an organisation or a title mention: the only ones where
        ``_Sectors._designations`` finds an office's name or a title glued to a word (it
        reads nothing else), computed once per document."""
        if self._offices is None:
            self._offices = {
                i
                for i, ms in enumerate(self.by_sent)
                if ms and any(m.kind == "org" or m.kind == "title" for m in ms)
            }
        return self._offices

    def amount_sents(self) -> set[int]:
        """The sentences naming an amount, found once per document in one pass over the
        mentions (``figures`` reads only them; ``_Clues._statistic`` finds no count
        elsewhere)."""
        if self._amounts is None:
            self._amounts = {
                i for i, ms in enumerate(self.by_sent) for m in ms if m.kind == "amount"
            }
        return self._amounts

    def naming_sents(self) -> set[int] | None:
        """The sentences that may name a person present (``_persons``): those holding a
        person mention and those ``corefs`` may find one in (a full name written there, a
        name-like word, a title of a single holder: its three ways in); None when sentences
        overlap or are out of order (then each sentence is asked).

        Why: ``_persons`` is asked about nearly every sentence of every event's span, and
        most name nobody; the answers ``corefs`` reads per sentence are made once per
        document anyway, so the sentences that may name someone are known at once."""
        if self._naming is None:
            full, index = self._name_forms()
            if not self._full_located:
                self._full_hits = self._locate_full_forms(full)
                self._full_located = True
            if self._full_hits is None:
                self._naming = False
            else:
                out = set(self._full_hits)
                if index:
                    if self._may_sents is None:
                        self._may_sents = self._sentences_naming(index)
                    out |= self._may_sents
                holders = self._holders
                for i, ms in enumerate(self.by_sent):
                    for m in ms:
                        if m.kind == "person" or (
                            m.kind == "title" and m.key and len(holders.get(m.key, ())) == 1
                        ):
                            out.add(i)
                            break
                self._naming = out
        return self._naming if isinstance(self._naming, set) else None

    def _may_name(self, i: int, index: dict[str, list[tuple[str, str]]]) -> bool:
        """May sentence ``i`` hold a capitalised word whose first four letters are those of a
        name word of ``index``? A run of ``corefs`` needs one in each of its words, and in
        most sentences there is none: the capitalised words of the whole text are looked up
        once (their starts kept), and a sentence is asked by bisection. A sentence cut
        inside a word at either end is read as before (its words are not the text's).
        The answers of all sentences are computed at the first question (``corefs`` asks
        about nearly every sentence): one pass over the sentences and one bisection per
        name-like word, instead of one call and bisection per sentence."""
        if not index:
            return False  # no word has an owner: every run is dropped
        if self._may_sents is None:
            self._may_sents = self._sentences_naming(index)
        return i in self._may_sents

    def _sentences_naming(self, index: dict[str, list[tuple[str, str]]]) -> set[int]:
        """The sentences for which ``_may_name`` is true (see there)."""
        text = self.text
        if self._name_starts is None:
            self._name_starts = _name_like_starts(text, index)
        starts = self._name_starts
        sents, n = self.sents, len(text)
        out: set[int] = set()
        for k, s in enumerate(sents):
            # (``_word_char`` written out: two calls per sentence were most of this loop)
            if s.start and ((c := text[s.start - 1]).isalnum() or c == "_"):
                out.add(k)  # cut before
            elif (
                0 < s.end < n
                and ((c := text[s.end]).isalnum() or c == "_")
                and ((c := text[s.end - 1]).isalnum() or c == "_")
            ):
                out.add(k)  # cut after
        if not starts:
            return out
        # a word inside a mention of the sentence breaks a run (it is covered), so only the
        # others count ("Kornilov" inside the person mention "Oleg Kornilov" does not)
        if not any(a.end > b.start for a, b in itertools.pairwise(sents)):
            # ordered, disjoint sentences: a word start lies in at most one, the last one
            # starting at or before it
            for at in starts:
                k = bisect.bisect_right(self._starts, at) - 1
                if k < 0 or k in out or at >= sents[k].end:
                    continue
                if not any(m.start <= at < m.end for m in self.by_sent[k]):
                    out.add(k)
            return out
        for k, s in enumerate(sents):  # (overlapping or unordered: each sentence alone)
            j = bisect.bisect_left(starts, s.start)
            while j < len(starts) and starts[j] < s.end:
                if not any(m.start <= starts[j] < m.end for m in self.by_sent[k]):
                    out.add(k)
                    break
                j += 1
        return out

    def _full_forms_in(self, i: int, full: dict[str, str]) -> list[tuple[str, str, int]]:
        """(form, key, offset) of the full names whose first occurrence at or after the start
        of sentence ``i`` lies inside it, in the order of ``full``: what
        ``text.find(form, s.start, s.end)`` answers for each form, found for every sentence at
        once (one pass over the text per form, not one per form and sentence).
        """
        if not self._full_located:
            self._full_hits = self._locate_full_forms(full)
            self._full_located = True
        if self._full_hits is not None:
            return self._full_hits.get(i, [])
        s = self.sents[i]
        hits = []
        for form, key in full.items():
            at = self.text.find(form, s.start, s.end)
            if at >= 0:
                hits.append((form, key, at))
        return hits

    def _locate_full_forms(
        self, full: dict[str, str]
    ) -> dict[int, list[tuple[str, str, int]]] | None:
        """Full-name hits by sentence, or None when sentences overlap or are out of order
        (then each sentence is searched on its own)."""
        sents = self.sents
        if any(a.end > b.start for a, b in itertools.pairwise(sents)):
            return None
        text, starts = self.text, self._starts
        by_sent: dict[int, list[tuple[str, str, int]]] = {}
        for form, key in full.items():
            before = -1  # the previous occurrence
            at = text.find(form)
            while at >= 0:
                # the sentence it may be in (sentences are ordered and disjoint) counts it
                # only when no earlier occurrence lies in that sentence
                k = bisect.bisect_right(starts, at) - 1
                if k >= 0 and before < sents[k].start and at + len(form) <= sents[k].end:
                    by_sent.setdefault(k, []).append((form, key, at))
                before = at
                at = text.find(form, at + 1)
        return by_sent

    def sent_index(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sents[i].end:
            return i
        return None

    def sent_text(self, i: int) -> str:
        s = self.sents[i]
        return self.text[s.start : s.end]

    def evidence(self, i: int) -> Evidence:
        s = self.sents[i]
        return Evidence(s.start, s.end, self.text[s.start : s.end])

    def nested(self, m: Mention) -> bool:
        """A place inside an organisation's or a person's name is not a place mention.

        Answered from start-sorted spans with running maxima of their ends (built once),
        so asking for every mention stays linear in the document's length.
        """
        if self._spans is None:
            self._spans = (_reach(self.orgs), _reach(self.persons))
        (o_starts, o_reach), (p_starts, p_reach) = self._spans
        # an org that contains it and is not the same span: starts before and ends at or
        # after it, or starts with it and ends after it
        k = bisect.bisect_left(o_starts, m.start)
        if k and o_reach[k - 1] >= m.end:
            return True
        k = bisect.bisect_right(o_starts, m.start)
        if k and o_reach[k - 1] > m.end:
            return True
        # a person that overlaps it: starts before its end and ends after its start
        k = bisect.bisect_left(p_starts, m.end)
        return bool(k) and p_reach[k - 1] > m.start


def _reach(ms: list[Mention]) -> tuple[list[int], list[int]]:
    """Starts of the spans in order, and the furthest end among the spans up to each."""
    starts: list[int] = []
    reach: list[int] = []
    far = -1
    for m in sorted(ms, key=lambda x: x.start):
        far = max(far, m.end)
        starts.append(m.start)
        reach.append(far)
    return starts, reach


def _place_of(m: Mention) -> Place:
    country = m.attrs.get("country")
    if m.kind == "country":
        return Place(country=m.key)
    if m.kind == "region":
        code = m.key
        city = m.attrs.get("city")
        return Place(
            country=country or (code.split("-")[0] if code else None),
            region=code,
            city=city if isinstance(city, str) else None,
        )
    region = m.attrs.get("region")
    if not country and isinstance(region, str):
        country = region.split("-")[0]
    return Place(country=country, region=region, city=m.key)


def _place_rank(p: Place) -> int:
    return 2 if p.city else 1 if p.region else 0


def _same_place(a: Place, b: Place) -> bool:
    if a.city and b.city:
        return a.city == b.city
    if a.region and b.region:
        return a.region == b.region
    return not (a.country and b.country) or a.country == b.country


def _dates_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


class _Names:
    """English names of regions, and the city a city-region is (Hanoi for VN-HN)."""

    def __init__(self, gaz: Any) -> None:
        self.gaz = gaz
        self._city: dict[str, str | None] = {}

    def region_name(self, code: str) -> str | None:
        info = self.gaz.region(code) if self.gaz is not None else None
        if info is None:
            return None
        names = info.names.get("en") or (info.name,)
        return str(names[0])

    def city_of_region(self, code: str) -> str | None:
        if code not in self._city:
            found: str | None = None
            info = self.gaz.region(code) if self.gaz is not None else None
            if info is not None:
                for name in info.names.get("en", ()):
                    city = self.gaz.city(name)
                    if city is not None and city.region == code:
                        found = str(city.name)
                        break
            self._city[code] = found
        return self._city[code]

    def is_capital(self, code: str) -> bool:
        if self.gaz is None:
            return False
        return bool(self.gaz.is_capital(code, code.split("-")[0]))

    def capital(self, country: str) -> Place | None:
        """The national capital of ``country`` as a place ("в столице Вьетнама": Hanoi)."""
        cap = self.gaz.capitals.get(country.upper()) if self.gaz is not None else None
        region = cap.get("region") if cap else None
        if not isinstance(region, str):
            return None
        return Place(country.upper(), region, self.city_of_region(region))

    def place(self, m: Mention) -> Place:
        p = _place_of(m)
        if m.kind == "region" and p.region and p.city is None:
            p.city = self.city_of_region(p.region)
        return p


def _proper_name_inside(text: str, start: int, sentence_start: int, phrase: str) -> bool:
    """A lower-case cue matched on a capitalised word inside a sentence is part of a name
    ("cần" in "Cần Thơ"), not the cue."""
    return bool(
        start > sentence_start and phrase[:1].islower() and text[start : start + 1].isupper()
    )


def _bare(phrase: str) -> str:
    return phrase.replace(" @agent", "").replace(" @place", "")


def _str(x: object) -> str | None:
    return x if isinstance(x, str) and x else None


def _period(m: Mention) -> bool:
    """A span of whole years ("2025-2027") names a period, never the day of an act; so does
    a year told as a horizon ("d'ici 2025", "by 2025": what the act aims at)."""
    key, end = m.key or "", m.attrs.get("end")
    if m.attrs.get("horizon") is True:
        return True
    return len(key) == 4 and isinstance(end, str) and end != key


def _same_name_word(a: str, b: str) -> bool:
    """The same name word, maybe in another case ("Рудакову" is "Рудаков")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or len(long_) - len(short) > 3:
        return False
    return long_.startswith(short) or (len(short) >= 5 and long_.startswith(short[:-2]))


def _shift(iso: str, days: int) -> str:
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=days)).isoformat()
