"""EventStage: events, statements, partnerships, figures and regions_mentioned.

The stage reads what earlier stages found (sentences, place/person/date/amount mentions)
and the language's phrase lists, and decides, sentence by sentence:

* which sentences report a realised act (a *trigger*) and which only plan, propose or
  wish it (a *modality* cue governs the trigger: the sentence becomes a Statement);
* which trigger sentences tell the same real-world event again (same type and no
  conflicting place, date or new participant: they merge, so a meeting told in five
  sentences is one meeting) and which start a new one (a second host, another city);
* who took part: the persons of the trigger sentences (also when named again only by a
  name word or a bare title), those a later sentence places at the event ("Attending were
  ...", "at the talks, X said", "the delegation led by X"), the officials who speak right
  after a forum is told, the parties of the talks for "the two leaders signed", the
  presenter of an award, and the delegation's leader for the trip as a whole;
* when (the date of the trigger
  sentence, or of the lead for the headline event), where (venue, dateline, else the
  country of the event before it, else the host's country) and which subnational units
  acted (participants' regions, delegations, the venue when its own authorities take part);
* when, more precisely: the most precise date wins (a year in the lead never hides its
  day), "the next day" / "after the talks" date an act against the act told before it, and
  an act dated only by an earlier year is background, not news;
* where, more precisely: a venue that is only a country is refined by the one acting unit
  of that country, a delegation's hosts are at home, a capital dateline is the bureau;
* which counts are statistics ("62,000 tourists visited"), not acts;
* partnerships also from events: a cross-border signing is an agreement, talks a cooperation;
* whether a trip is reported as a whole (several stops by one travelling party, or an
  explicit "visited <country>"): then it is one more `visit` event.

Every fact carries the rule and data entry that produced it.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .._models import (
    SECTORS,
    Document,
    Event,
    Evidence,
    Figure,
    Mention,
    Participant,
    Partnership,
    Place,
    Sentence,
    Statement,
)
from .._resources import Resources
from ._lexicon import Entry, Lexicon, PhraseSet, tokens

PLACE_KINDS = ("country", "region", "city")
AGENT_KINDS = ("person", "title", "org", "country", "region", "city")
STOP_TYPES = ("meeting", "ceremony", "forum", "agreement", "award", "other")
PARTNER_RANK = {"twinning": 3, "agreement": 2, "cooperation": 1}
_WORD = re.compile(r"\w+")
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
    regions: dict[str, str] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)
    strong: bool = True
    trip: bool = False  # a trip told as a whole (synthesised or explicit)
    headline: bool = False
    place: Place | None = None
    coarse: bool = False  # its date is only a year or month
    anchor: int | None = None  # "the next day": days after the event told before it


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
                    if len(words) >= 2:
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
        if i in self._coref:
            return self._coref[i]
        s = self.sents[i]
        ms = self.by_sent[i]
        here = {m.key or m.text for m in ms if m.kind == "person"}
        covered = [(m.start, m.end) for m in ms]
        found: list[Mention] = []
        full, index = self._name_forms()
        for form, key in full.items():
            at = self.text.find(form, s.start, s.end)
            if at < 0 or key in here or any(a < at + len(form) and at < b for a, b in covered):
                continue
            here.add(key)
            covered.append((at, at + len(form)))
            found.append(Mention(at, at + len(form), form, "person", key, "coref:name", {}))
        # runs of capitalised words no mention covers: "Kien", "Олег Корнилов", "Zhao"
        runs: list[list[re.Match[str]]] = []
        for w in _WORD.finditer(self.text, s.start, s.end):
            tok = w.group()
            if not tok[0].isupper() or any(a <= w.start() < b for a, b in covered):
                runs.append([])
                continue
            if runs and runs[-1] and not self.text[runs[-1][-1].end() : w.start()].isspace():
                runs.append([])
            if not runs or not runs[-1]:
                runs.append([])
            runs[-1].append(w)
        for run in runs:
            if not run or len(run) > 3:
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
        holders = self._holders
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
        """A place inside an organisation's or a person's name is not a place mention."""
        for o in self.orgs:
            if o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end):
                return True
        return any(p.start < m.end and m.start < p.end for p in self.persons)


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


class EventStage:
    name: str = "events"
    requires: tuple[str, ...] = ("text", "lang", "sentences", "mentions", "published")
    assigns: tuple[str, ...] = (
        "events",
        "statements",
        "partnerships",
        "figures",
        "regions_mentioned",
    )

    def __init__(self, res: Resources) -> None:
        self.res = res
        self._lexicons: dict[str, Lexicon | None] = {}
        self._name_cache: _Names | None = None

    def __reduce__(self) -> tuple[type[EventStage], tuple[Resources]]:
        return (EventStage, (self.res,))

    def _names(self) -> _Names:
        """Place names from the gazetteer, if an earlier stage has built it (never built here)."""
        gaz = self.res.__dict__.get("gazetteer")
        if self._name_cache is None or self._name_cache.gaz is not gaz:
            self._name_cache = _Names(gaz)
        return self._name_cache

    def lexicon(self, lang: str | None) -> Lexicon | None:
        """The compiled phrase lists of a language (None for languages without data)."""
        code = lang or ""
        if code not in self._lexicons:
            has = code and "triggers" in self.res.registry.files(code)
            self._lexicons[code] = Lexicon.load(self.res.registry, code) if has else None
        return self._lexicons[code]

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Document) -> Document:
        view = _DocView(doc)
        lex = self.lexicon(doc.lang)
        if lex is None:
            doc.events, doc.statements, doc.partnerships, doc.figures = [], [], [], []
            doc.regions_mentioned = self._regions_mentioned(view, None, [], set(), set())
            return doc
        run = _Run(view, lex, self._names())
        run.read()
        doc.events = run.events()
        doc.statements = run.statements
        doc.partnerships = run.partnerships()
        doc.figures = run.figures()
        acting = {r for e in doc.events for r in e.regions}
        acting |= {p.a for p in doc.partnerships} | {p.b for p in doc.partnerships}
        doc.regions_mentioned = self._regions_mentioned(
            view, lex, run.drafts, run.event_sentences, acting
        )
        return doc

    @staticmethod
    def _regions_mentioned(
        view: _DocView,
        lex: Lexicon | None,
        drafts: list[_Draft],
        event_sents: set[int],
        acting: set[str],
    ) -> list[str]:
        """Subnational units named as actor, partner, subject or place of local activity.

        A region named only as the venue or dateline of an event it does not act in
        (the President receiving a governor "in Hanoi") is that event's place, not a
        region the text is about.
        """
        venues = {d.place.region for d in drafts if d.place and d.place.region}
        found = set(acting)
        for i, ms in enumerate(view.by_sent):
            for m in ms:
                if m.kind != "region" or not m.key or m.key in found or view.nested(m):
                    continue
                if lex is not None:
                    if _is_dateline(view, lex, m):
                        continue
                    if _is_venue(view, lex, m) and (i in event_sents or m.key in venues):
                        continue
                found.add(m.key)
        return sorted(found)


def _is_venue(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """Is the place preceded by a venue word ("in", "tại", "в"), maybe over "the city of"?"""
    i = view.sent_index(m.start)
    lo = view.sents[i].start if i is not None else 0
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


def _is_dateline(view: _DocView, lex: Lexicon, m: Mention) -> bool:
    """A place opening the article (or its first paragraphs) followed by "(AGENCY) —"."""
    i = view.sent_index(m.start)
    if i is None or i > 3:
        return False
    if view.text[view.sents[i].start : m.start].strip():
        return False
    return lex.dateline.match(view.text, m.end) is not None


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


class _Run:
    """The analysis of one document in one language (the state lives here, not on the stage)."""

    def __init__(self, view: _DocView, lex: Lexicon, names: _Names) -> None:
        self.v = view
        self.lex = lex
        self.names = names
        self.drafts: list[_Draft] = []
        self.statements: list[Statement] = []
        self.event_sentences: set[int] = set()
        n = len(view.sents)
        self.sector_hits: list[list[tuple[str, str]]] = [[] for _ in range(n)]
        self.modal: list[list[_Hit]] = [[] for _ in range(n)]
        self.delegations: list[list[tuple[int, int, str | None]]] = [[] for _ in range(n)]
        self.doc_delegation: str | None = None
        self.trip_cues: list[int] = []
        self.trip_span: list[int] = []
        self._trip_sectors: set[str] = set()
        self.toks: list[list[tuple[int, str]] | None] = [None] * n
        self._scans: dict[tuple[int, int], list[tuple[int, int, Entry]]] = {}
        self.fill: dict[str, str] = {}  # person key -> region read from their delegation
        self.background: list[_Draft] = []  # acts of past years told as background
        self.destinations: Counter[str] = Counter()  # countries the text says were visited

    def scan(self, phrases: PhraseSet, i: int) -> list[tuple[int, int, Entry]]:
        """Matches of a phrase set in sentence ``i`` (its words are found once, and each
        phrase set is matched once per sentence)."""
        key = (id(phrases), i)
        found = self._scans.get(key)
        if found is not None:
            return found
        toks = self.toks[i]
        if toks is None:
            s = self.v.sents[i]
            toks = self.toks[i] = tokens(self.v.text, s.start, s.end)
        found = self._scans[key] = phrases.scan_tokens(self.v.text, toks, self.v.sents[i].end)
        return found

    # ------------------------------------------------------------------ reading
    def read(self) -> None:
        v, lex = self.v, self.lex
        for i in range(len(v.sents)):
            # A sectors.yaml entry outside the closed list ("not:") names no sector: being the
            # longest match at its words, it only blocks shorter ones ("social security").
            self.sector_hits[i] = [
                (e.value, f"sector:{lex.lang}:{e.phrase}")
                for _, _, e in self.scan(lex.sectors, i)
                if e.value in SECTORS
            ]
            self.modal[i] = [
                _Hit(a, b, e, i)
                for a, b, e in self.scan(lex.modality, i)
                if not _proper_name_inside(v.text, a, v.sents[i].start, e.phrase)
            ]
            for a, b, _ in self.scan(lex.delegation, i):
                code = self._delegation_region(i, a, b)
                self.delegations[i].append((a, b, code))
                if code and self.doc_delegation is None:
                    self.doc_delegation = code
        current: _Draft | None = None
        pending: list[int] = []  # sentences before the first event (title, lead)
        in_trip = False
        for i in range(len(v.sents)):
            hits = self._hits(i)
            # "At the talks, X said", "Attending were X and Y": the event told before
            present = self.scan(lex.presence, i) if current is not None else []
            referred = False  # "At the talks": a trigger word naming the event told before
            if present:
                kept = [
                    h for h in hits if not any(a < h.end and h.start < b for a, b, _ in present)
                ]
                referred, hits = len(kept) < len(hits), kept
            realised = [h for h in hits if not self._is_modal(h)]
            for h in realised:
                if h.entry.value == "visit":
                    dest = h.place or self._place_after(i, h.end)
                    country = _place_of(dest).country if dest is not None else None
                    if country:
                        self.destinations[country] += 1
            if self.modal[i]:
                self._statement(i)
            strong = [h for h in realised if h.entry.group == "strong"]
            if any(h.entry.value != "visit" for h in strong):
                # "received the governor, who visited Vietnam": the trip is the background
                strong = [h for h in strong if h.entry.value != "visit"]
            weak = [h for h in realised if h.entry.group == "weak"]
            touched: _Draft | None = None
            if strong:
                by_type: dict[str, list[_Hit]] = {}
                for h in strong:
                    by_type.setdefault(h.entry.value, []).append(h)
                for typ, hs in by_type.items():
                    touched = self._place_hits(i, typ, hs, strong=True) or touched
            elif weak:
                stops = [h for h in weak if h.entry.value == "visit" and h.entry.need == "place"]
                trips = [h for h in weak if h.entry.value == "visit" and h not in stops]
                others = [h for h in weak if h.entry.value != "visit"]
                by_type = {}
                for h in others:
                    by_type.setdefault(h.entry.value, []).append(h)
                for typ, hs in by_type.items():
                    touched = self._place_hits(i, typ, hs, strong=False) or touched
                if touched is None and stops:
                    touched = self._attach_stop(i, stops, current)
                if touched is None and trips:
                    self.trip_cues.append(i)
                    in_trip = True
            if touched is None and present and current is not None and not in_trip:
                present = [] if self._another_day(i, current) else present
            if touched is None and present and current is not None and not in_trip:
                self._join(current, i, f"participant:{lex.lang}:present:{present[0][2].phrase}")
                if referred and i not in current.trigger_sents:
                    current.trigger_sents.append(i)
                    self._mark(i)
            if touched is not None:
                in_trip = False
                current = touched
                if pending and current is self.drafts[0]:
                    current.span[:0] = pending
                    pending = []
            if in_trip:
                self.trip_span.append(i)
            elif current is not None:
                if i not in current.span:
                    current.span.append(i)
            else:
                pending.append(i)
        if self.drafts:
            min(self.drafts, key=lambda d: d.first).headline = True
        self._parties_of_signing()
        self._speakers()
        self._trip()

    def _parties_of_signing(self) -> None:
        """ "The two sides signed ...": the signing parties are those of the event just told;
        "before the signing, both leaders held talks": those of the event told next.
        """
        for d in self.drafts:
            if d.type not in ("agreement", "meeting") or d.persons:
                continue
            first = min(d.trigger_sents)
            if d.type == "agreement" and not d.regions:
                before = [e for e in self.drafts if e is not d and any(j < first for j in e.span)]
                if before:
                    prev = max(before, key=lambda e: max(j for j in e.span if j < first))
                    for code in prev.regions:
                        d.regions.setdefault(code, "region:parties-of-previous-event")
            said = [self.scan(self.lex.parties, i) for i in d.trigger_sents]
            cue = next((hits[0][2].phrase for hits in said if hits), None)
            if cue is None:
                continue
            near = [
                e
                for e in self.drafts
                if e is not d
                and e.persons
                and not e.trip
                and e.type in ("meeting", "agreement")
                and _dates_agree(e.date, d.date)
                and not self._past_year(e)
            ]
            if not near:
                continue
            other = min(near, key=lambda e: (abs(min(e.trigger_sents) - first), e.first > d.first))
            attendee = f"participant:{self.lex.lang}:present:"
            for key, m in other.persons.items():
                if other.why.get(key, "").startswith(attendee):
                    continue  # "the two sides" are the principals, not those who sat in
                d.persons.setdefault(key, m)
                d.why.setdefault(key, f"participant:{self.lex.lang}:parties:{cue}")
            d.host = d.host or other.host
            for code, why in other.regions.items():
                d.regions.setdefault(code, why)

    def _another_day(self, i: int, d: _Draft) -> bool:
        """ "In 2026 a delegation led by X will come": a sentence dated in another year than
        the event tells another occasion, and its persons do not attend this one ("runs until
        14 September" is still the same event).
        """
        year = (d.date or self.v.published or "")[:4]
        return any(m.kind == "date" and m.key and m.key[:4] != year for m in self.v.by_sent[i])

    def _past_year(self, d: _Draft) -> bool:
        """Dated only by a year before publication: background, not news."""
        year = (self.v.published or "")[:4]
        return bool(d.date and len(d.date) == 4 and year.isdigit() and d.date < year)

    def _speakers(self) -> None:
        """An event told without names ("A business forum was held ...") is attended by the
        officials who speak in the sentences right after it, before anything else happens;
        so is a forum or ceremony, whose speakers address it.
        """
        taken = set(self.event_sentences)
        for d in self.drafts:
            if d.trip or (d.persons and d.type not in ("forum", "ceremony")):
                continue
            own = set(d.trigger_sents + d.told)
            i, left = min(own), _SPEAKER_SENTS
            while left > 0 and i + 1 < len(self.v.sents):
                i += 1
                if i in own:
                    continue
                left -= 1
                if i in taken or i not in d.span or self.modal[i] or self._another_day(i, d):
                    break
                persons = [
                    m
                    for m in self._persons(i)
                    if self.v.person_attrs.get(m.key or m.text, {}).get("role")
                ]
                if persons and (m := persons[0]).start - self.v.sents[i].start <= _SUBJECT_REACH:
                    key = m.key or m.text
                    if key not in d.persons:
                        d.persons[key] = m
                        d.why[key] = "participant:speaker-after-trigger"
                        d.joined.add(key)
                        self._regions_of(d, [m])
                        d.host = d.host or key

    def _hits(self, i: int) -> list[_Hit]:
        lex = self.lex
        out: list[_Hit] = []
        for a, b, e in self.scan(lex.triggers, i):
            if e.group == "block":
                continue
            hit = _Hit(a, b, e, i)
            if e.need == "agent" and not self._agent_after(i, b):
                continue
            if self._statistic(i, a, b):
                continue
            if e.need == "place":
                hit.place = self._place_after(i, b)
                if hit.place is None:
                    if e.group == "strong" and e.value == "visit":
                        # "visited the monument": a stop of a trip, not the trip itself
                        hit.entry = Entry(e.phrase, e.value, "weak", "place")
                        out.append(hit)
                    continue
            out.append(hit)
        return out

    def _statistic(self, i: int, start: int, end: int) -> bool:
        """ "62,000 tourists visited", "18 contracts were signed between firms": a count is
        the subject, and no named person acts in the clause: a statistic, not an act.
        """
        v = self.v
        s = v.sents[i]
        lo = max([m.end() for m in _CLAUSE_BREAK.finditer(v.text, s.start, start)] or [s.start])
        after = _CLAUSE_BREAK.search(v.text, end, s.end)
        hi = after.start() if after else s.end
        counted = False
        for m in v.by_sent[i]:
            if m.end <= lo or m.start >= hi:
                continue
            if m.kind == "person":
                return False
            unit = m.attrs.get("unit") if m.kind == "amount" else None
            if isinstance(unit, str) and unit.islower() and unit not in ("percent", "times"):
                counted = True
        if counted and any(lo <= a < hi for a, _, _ in self.delegations[i]):
            return False
        return counted

    def _agent_after(self, i: int, end: int) -> bool:
        """Does a person/title/delegation follow the trigger (over a date or venue only)?"""
        v = self.v
        cands: list[tuple[int, Mention | None]] = [
            (m.start, m)
            for m in v.by_sent[i]
            if m.start >= end and m.kind in (*AGENT_KINDS, "date")
        ]
        cands += [(a, None) for a, _, _ in self.delegations[i] if a >= end]
        pos, words = end, 0
        for start, m in sorted(cands, key=lambda c: c[0]):
            if start < pos:
                continue
            gap = v.text[pos:start]
            words += len(_WORD.findall(gap))
            if words > _AGENT_GAP_WORDS or _CLAUSE_BREAK.search(gap):
                return False
            if m is not None and (
                m.kind == "date" or (m.kind in PLACE_KINDS and _is_venue(v, self.lex, m))
            ):
                pos = m.end  # "received on March 11 in Da Nang the governor"
                continue
            return True
        return False

    def _place_after(self, i: int, end: int) -> Mention | None:
        v = self.v
        for m in v.by_sent[i]:
            if m.start < end or m.kind not in AGENT_KINDS or v.nested(m):
                continue
            if m.kind not in PLACE_KINDS:
                return None
            gap = v.text[end : m.start]
            words = [w.lower() for w in _WORD.findall(gap)]
            if len(words) > _PLACE_GAP_WORDS or _CLAUSE_BREAK.search(gap):
                return None
            if any(w in self.lex.venue for w in words[:-1]):
                return None  # "visited the monument in X": X is where the monument is
            return m
        return None

    def _is_modal(self, h: _Hit) -> bool:
        """A cue governs what follows it in the sentence ("proposed A, B and the Cultural
        Days"); after a noun trigger only within its clause ("the forum will be held").
        """
        text = self.v.text
        for c in self.modal[h.sent]:
            if c.start < h.start:
                return True
            if h.entry.group == "weak" and not _MODAL_BREAK.search(text, h.end, c.start):
                return True
        return False

    def _delegation_region(self, i: int, a: int, b: int) -> str | None:
        """The region a delegation word names ("delegation of X province", "X delegation")."""
        v = self.v
        best: str | None = None
        for m in v.by_sent[i]:
            if m.kind != "region" or not m.key or v.nested(m):
                continue
            if m.start >= b and m.start - b <= 40:
                gap = [w.lower() for w in _WORD.findall(v.text[b : m.start])]
                if not any(w in self.lex.venue for w in gap) and not _CLAUSE_BREAK.search(
                    v.text[b : m.start]
                ):
                    return m.key
            elif m.end <= a and a - m.end <= 15 and not _CLAUSE_BREAK.search(v.text[m.end : a]):
                best = m.key
        return best

    # ------------------------------------------------------------------ events
    def _features(self, i: int, typ: str, hits: list[_Hit]) -> _Draft:
        v, lex = self.v, self.lex
        ms = v.by_sent[i]
        d = _Draft(type=typ, first=hits[0].start)
        d.trigger_sents.append(i)
        d.rules += [f"trigger:{lex.lang}:{_bare(h.entry.phrase)}" for h in hits]
        passing = [b for _, b, _ in self.scan(lex.not_participant, i)]
        persons = self._persons(i)
        if lex.participants_policy.get(typ) == "recipient":
            after = [m for m in persons if m.start >= hits[0].start]
            giver = self._presenter(i, hits[0].start, persons)
            persons = after or persons[:1]
            if giver is not None and giver not in persons:
                persons.insert(0, giver)
        for m in persons:
            key = m.key or m.text
            d.persons.setdefault(key, m)
            if m.rule.startswith("coref:"):
                d.why.setdefault(key, f"participant:trigger-sentence:{m.rule}")
        if persons:
            d.host = persons[0].key or persons[0].text
        # date: the most precise date mention, nearest to the trigger; a span of years
        # ("the 2025-2027 plan") is what an agreement covers, not when it happened
        dates = [m for m in ms if m.kind == "date" and m.key and not _period(m)]
        anchors = self.scan(lex.anchors, i)
        if dates:
            m = max(dates, key=lambda x: (len(x.key or ""), -abs(x.start - hits[0].start)))
            d.date = m.key
            d.coarse = len(m.key or "") < 10
            d.rules.append("date:trigger-sentence")
        if anchors and (d.date is None or d.coarse):
            d.anchor = int(anchors[0][2].value)
            d.rules.append(f"date:{lex.lang}:relative:{anchors[0][2].phrase}")
        # venue: a place after a venue word; the most precise, nearest to the trigger
        venues = [
            m
            for m in ms
            if m.kind in PLACE_KINDS
            and not v.nested(m)
            and (_is_venue(v, lex, m) or any(h.place is m for h in hits))
        ]
        if venues:
            m = max(
                venues, key=lambda x: (_place_rank(_place_of(x)), -abs(x.start - hits[0].start))
            )
            d.venue = self.names.place(m)
            d.rules.append("place:venue")
        self._fill_from_delegation(i, persons)
        self._regions_of(d, persons)
        for _, _, code in self.delegations[i]:
            if code:
                d.regions.setdefault(code, "region:delegation")
            elif self.doc_delegation:
                d.regions.setdefault(self.doc_delegation, "region:delegation-of-document")
        for m in ms:
            if m.kind != "region" or not m.key or v.nested(m):
                continue
            if _is_venue(v, lex, m) or _is_dateline(v, lex, m):
                continue
            if any(0 <= m.start - b <= _PASSING_WINDOW for b in passing):
                continue
            d.regions.setdefault(m.key, "region:named-in-trigger-sentence")
        authority = self.scan(lex.local_authority, i)
        if d.venue and d.venue.region and authority:
            d.regions.setdefault(d.venue.region, "region:venue-local-authority")
        for m in ms:
            org_region = m.attrs.get("region") if m.kind == "org" else None
            if isinstance(org_region, str) and any(
                a < m.end and m.start < b for a, b, _ in authority
            ):
                d.regions.setdefault(org_region, "region:local-authority-org")
        return d

    def _persons(self, i: int) -> list[Mention]:
        """Persons a sentence names as present: not historical, not only greeting or sending."""
        v = self.v
        found = sorted(
            [m for m in v.by_sent[i] if m.kind == "person"] + v.corefs(i), key=lambda m: m.start
        )
        passing: set[int] = set()
        for _, b, _ in self.scan(self.lex.not_participant, i):
            # "on behalf of (President) X", "greetings from X": only the one named there
            agents = [m for m in v.by_sent[i] if m.start >= b and m.kind in AGENT_KINDS]
            agents += [m for m in found if m.start >= b]
            first = min(agents, key=lambda m: m.start, default=None)
            if first is None or first.start - b > _PASSING_WINDOW:
                continue
            if first.kind == "title":
                first = next((m for m in found if 0 <= m.start - first.end <= 3), first)
            if first.kind == "person":
                passing.add(first.start)
        return [
            m
            for m in found
            if (m.key or m.text) not in v.historical  # "the late President ...": not present
            and m.start not in passing
        ]

    def _presenter(self, i: int, start: int, persons: list[Mention]) -> Mention | None:
        """Who hands an award over: the person right before the verb ("X, on behalf of the
        President, presented ..."); a person several words away only asked or thanked.
        """
        before = [m for m in persons if m.end <= start]
        if not before:
            return None
        m = before[-1]
        gap = self.v.text[m.end : start]
        if any(a - m.end <= 2 for a, _, _ in self.scan(self.lex.not_participant, i) if a >= m.end):
            return m  # "X on behalf of the President presented"
        bare = re.sub(r",[^,]*,", " ", gap)  # "X, head of the delegation, presented"
        return m if len(_WORD.findall(bare)) <= 2 and not _CLAUSE_BREAK.search(bare) else None

    def _fill_from_delegation(self, i: int, persons: list[Mention]) -> None:
        """A person leading a delegation ("a delegation of X led by its Governor Y") is of X."""
        v = self.v
        for m in persons:
            key = m.key or m.text
            attrs = v.person_attrs.get(key, {})
            if attrs.get("region") or attrs.get("country") or key in self.fill:
                continue
            for a, b, code in self.delegations[i]:
                if code and a < m.start and m.start - b <= 80 and ";" not in v.text[b : m.start]:
                    self.fill[key] = code
                    break

    def _regions_of(self, d: _Draft, persons: list[Mention]) -> None:
        for m in persons:
            key = m.key or m.text
            region = self.v.person_attrs.get(key, {}).get("region") or self.fill.get(key)
            if isinstance(region, str):
                d.regions.setdefault(region, "region:participant")

    def _join(self, d: _Draft, i: int, why: str) -> None:
        """The persons of sentence ``i`` take part in event ``d`` (told before)."""
        persons = self._persons(i)
        self._fill_from_delegation(i, persons)
        d.told.append(i)
        for m in persons:
            key = m.key or m.text
            if key not in d.persons:
                d.persons[key] = m
                d.why[key] = why
                d.joined.add(key)
        if persons:
            d.host = d.host or persons[0].key or persons[0].text
            self._regions_of(d, persons)
            if why not in d.rules:
                d.rules.append(why)

    def _compatible(self, ev: _Draft, cand: _Draft) -> bool:
        if ev.type != cand.type or ev.trip:
            return False
        if cand.anchor:  # "the next day": another day, another event
            return False
        # "At the talks, he said that in 2024 ...": a year told in a noun-trigger sentence
        # is about the content, not a second meeting
        cand_date = None if cand.coarse and not cand.strong else cand.date
        if not _dates_agree(ev.date, cand_date):
            return False
        if ev.venue and cand.venue and not _same_place(ev.venue, cand.venue):
            return False
        # persons who joined from a later sentence ("led by X") do not make it another event
        told = set(ev.persons) - ev.joined
        new_people = set(cand.persons) - set(ev.persons)
        return not (new_people and told and cand.strong)

    def _merge(self, ev: _Draft, cand: _Draft) -> None:
        i = cand.trigger_sents[0]
        if i not in ev.trigger_sents:
            ev.trigger_sents.append(i)
        for k, m in cand.persons.items():
            ev.persons.setdefault(k, m)
        for k, why in cand.why.items():
            ev.why.setdefault(k, why)
        ev.host = ev.host or cand.host
        better = ev.date is None or (ev.coarse and not cand.coarse)
        if cand.date and better and (ev.date is None or cand.date.startswith(ev.date)):
            ev.date, ev.coarse = cand.date, cand.coarse
        if cand.venue and (ev.venue is None or _place_rank(cand.venue) > _place_rank(ev.venue)):
            ev.venue = cand.venue
        for code, rule in cand.regions.items():
            ev.regions.setdefault(code, rule)
        ev.rules += [r for r in cand.rules if r not in ev.rules]
        if "merge:same-event-told-again" not in ev.rules:
            ev.rules.append("merge:same-event-told-again")

    def _place_hits(self, i: int, typ: str, hits: list[_Hit], strong: bool) -> _Draft | None:
        cand = self._features(i, typ, hits)
        cand.strong = strong
        if typ == "visit" and strong:
            cand.trip = True
            cand.rules.append("visit:explicit-trip")
            for d in self.drafts:
                if d.type == "visit" and d.trip:
                    self._merge(d, cand)
                    self._mark(i)
                    return d
        else:
            for d in reversed(self.drafts):
                if self._compatible(d, cand):
                    self._merge(d, cand)
                    self._mark(i)
                    return d
        if not strong:
            anchored = bool(cand.persons or cand.regions or self.delegations[i])
            seen = set().union(*(set(d.persons) for d in self.drafts)) if self.drafts else set()
            same_type = [d for d in self.drafts if d.type == typ]
            if not anchored or (same_type and not (set(cand.persons) - seen)):
                if same_type:  # told again without a fitting place: the latest one
                    self._merge(same_type[-1], cand)
                    self._mark(i)
                    return same_type[-1]
                return None
        self.drafts.append(cand)
        cand.span.append(i)
        self._mark(i)
        return cand

    def _attach_stop(self, i: int, hits: list[_Hit], current: _Draft | None) -> _Draft | None:
        """A stop ("visited the headquarters") joins the event it belongs to."""
        cand = self._features(i, "visit", hits)
        for d in reversed(self.drafts):
            if d.trip:
                continue
            shares = set(cand.persons) & set(d.persons)
            same_venue = cand.venue and d.venue and _same_place(cand.venue, d.venue)
            if shares or same_venue:
                d.trigger_sents.append(i)
                d.rules.append(f"stop:{self.lex.lang}:{hits[0].entry.phrase}")
                self._mark(i)
                return d
        return current

    def _mark(self, i: int) -> None:
        self.event_sentences.add(i)

    # ------------------------------------------------------------------ trips
    def _trip(self) -> None:
        stops = [d for d in self.drafts if d.type in STOP_TYPES]
        explicit = [d for d in self.drafts if d.type == "visit" and d.trip]
        traveller = self.doc_delegation
        travelling = [d for d in stops if traveller and traveller in d.regions]
        if not travelling and len(stops) >= 2:
            common = set.intersection(*(set(d.persons) for d in stops))
            if common:
                travelling = stops
        places = {(d.venue.city or d.venue.region) for d in travelling if d.venue}
        places.discard(None)
        several = len(travelling) >= 2 and (len(places) >= 2 or bool(self.trip_cues))
        if explicit:
            trip = explicit[0]
        elif several:
            first = self.trip_cues[0] if self.trip_cues else travelling[0].trigger_sents[0]
            trip = _Draft(type="visit", first=self.v.sents[first].start, trip=True)
            trip.strong = False
            trip.rules.append("visit:trip-of-several-stops")
            if self.trip_cues:
                trip.trigger_sents = list(self.trip_cues)
                trip.span = list(self.trip_span)
                trip.rules += [f"visit:trip-cue:{self.lex.lang}" for _ in self.trip_cues[:1]]
            else:
                trip.trigger_sents = [travelling[0].trigger_sents[0]]
            if traveller:
                trip.regions[traveller] = "region:delegation-of-document"
            self.drafts.append(trip)
        else:
            self._return_trip_span()
            return
        if not trip.persons:
            self._travellers(trip, travelling, traveller)
        for d in travelling:
            for code in d.regions:
                trip.regions.setdefault(code, "region:trip-stop")
            if d.venue and d.venue.region:
                trip.regions.setdefault(d.venue.region, "region:trip-stop-venue")
        countries = {d.venue.country for d in travelling if d.venue and d.venue.country}
        regions = {d.venue.region for d in travelling if d.venue}
        if trip.venue is None and len(countries) == 1:
            country = countries.pop()
            region = regions.pop() if len(regions) == 1 else None
            trip.venue = Place(country=country, region=region)
            trip.rules.append("place:common-to-stops")
        per_stop = Counter(s for d in travelling for s in {x for x, _ in self._sectors(d.span)})
        trip_sectors = {s for s, n in per_stop.items() if n >= 2}
        trip.rules += [f"sector:recurring-in-stops:{s}" for s in sorted(trip_sectors)]
        self._trip_sectors = trip_sectors

    def _travellers(self, trip: _Draft, stops: list[_Draft], traveller: str | None) -> None:
        """Who made the trip: the persons of the travelling region at its stops (the leader
        of the delegation), else whoever took part in every stop.
        """
        v = self.v
        found: dict[str, Mention] = {}
        if traveller:
            for d in stops:
                for key, m in d.persons.items():
                    region = v.person_attrs.get(key, {}).get("region") or self.fill.get(key)
                    if region == traveller:
                        found.setdefault(key, m)
        if not found and len(stops) >= 2:
            common = set.intersection(*(set(d.persons) for d in stops))
            found = {k: stops[0].persons[k] for k in stops[0].persons if k in common}
        for key, m in found.items():
            trip.persons[key] = m
            trip.why[key] = "participant:traveller-at-the-stops"
        if found:
            trip.host = trip.host or next(iter(found))

    def _return_trip_span(self) -> None:
        """A trip cue that turned out not to be a trip: its sentences go to the event before."""
        for i in self.trip_span:
            before = [d for d in self.drafts if d.span and min(d.span) <= i]
            if before:
                target = max(before, key=lambda d: max(x for x in d.span if x <= i))
                target.span.append(i)

    def _sectors(self, span: list[int]) -> list[tuple[str, str]]:
        out: dict[str, str] = {}
        for i in sorted(set(span)):
            for sector, rule in self.sector_hits[i]:
                out.setdefault(sector, rule)
        return list(out.items())

    # ------------------------------------------------------------------ output
    def events(self) -> list[Event]:
        v = self.v
        out: list[tuple[int, Event]] = []
        previous_country: str | None = None
        previous: tuple[str | None, Place] | None = None  # date and place of the event before
        dateline = self._dateline_place()
        published_year = (v.published or "")[:4]
        for d in sorted(self.drafts, key=lambda x: x.first):
            rules = list(d.rules)
            date = d.date
            prev_date = previous[0] if previous else None
            if d.anchor is not None and prev_date and len(prev_date) == 10:
                date = _shift(prev_date, d.anchor)
                rules.append("date:relative-to-previous-event")
            elif d.headline and not d.trip and (date is None or d.coarse):
                lead = self._lead_date(d)
                if lead and (date is None or lead.startswith(date)):
                    date = lead
                    rules.append("date:lead")
            if (
                not d.headline
                and not d.trip
                and date
                and len(date) == 4
                and published_year.isdigit()
                and date < published_year
            ):
                # "signed in 2013": background to the news, not an act it reports
                self.background.append(d)
                continue
            place = d.venue
            if place is None and d.headline:
                place = self._lead_venue(d)
                if place is not None:
                    rules.append("place:lead-venue")
            if (
                d.headline
                and dateline is not None
                and (
                    place is None
                    or (
                        _place_rank(dateline) > _place_rank(place)
                        and place.country in (None, dateline.country)
                    )
                )
            ):
                place = dateline
                rules.append("place:dateline")
                local = {c for c in d.regions if c.split("-")[0] == dateline.country}
                if (
                    dateline.region
                    and dateline.region not in local
                    and len(local) == 1
                    and self.names.is_capital(dateline.region)
                ):
                    # "HANOI (VNA) - HCMC leaders received ...": the capital is the bureau
                    place = Place(dateline.country)
                    rules.append("place:capital-dateline-is-the-bureau")
            if place is None:
                place = self._host_region(d)
                if place is not None:
                    rules.append("place:host-region")
            if (
                place is None
                and previous is not None
                and (d.anchor == 0 or (date and previous[0] and date == previous[0]))
            ):
                place = Place(previous[1].country, previous[1].region, previous[1].city)
                rules.append("place:previous-event-same-day")
            if place is None and len(self.destinations) == 1:
                place = Place(country=next(iter(self.destinations)))
                rules.append("place:country-of-the-visit")
            if place is None and previous_country:
                place = Place(country=previous_country)
                rules.append("place:country-of-previous-event")
            if place is None and d.host:
                country = v.person_attrs.get(d.host, {}).get("country")
                if isinstance(country, str):
                    place = Place(country=country)
                    rules.append("place:host-country")
            countries = {
                code.split("-")[0]
                for code, why in d.regions.items()
                if why in _HOST_RULES  # visitors (delegations) do not say where it happened
            }
            if place is None and len(countries) == 1:
                place = Place(country=countries.pop())
                rules.append("place:country-of-acting-regions")
            place = place or Place()
            if not d.trip and place.country and not place.region:
                # "met the Hanoi chairman during his visit to Vietnam": of the units acting,
                # the one in the venue country is where it happened
                here = sorted({c for c in d.regions if c.split("-")[0] == place.country})
                if len(here) == 1:
                    place = Place(place.country, here[0], self.names.city_of_region(here[0]))
                    rules.append("place:acting-region-in-venue-country")
            d.place = place
            if place.country:
                previous_country = place.country
            if not d.trip:
                previous = (date, place)
            participants = []
            for key in d.persons:
                attrs = v.person_attrs.get(key, {})
                filled = self.fill.get(key)
                participants.append(
                    Participant(
                        name=key,
                        role=_str(attrs.get("role")),
                        country=_str(attrs.get("country"))
                        or (filled.split("-")[0] if filled else None),
                        region=_str(attrs.get("region")) or filled,
                        entity_id=_str(attrs.get("entity_id")) or f"person:{key}",
                        rule=d.why.get(key, "participant:trigger-sentence")
                        + (":region-of-their-delegation" if filled else ""),
                    )
                )
            sectors = dict(self._sectors(d.span or d.trigger_sents))
            if d.trip:
                for s in self._trip_sectors:
                    sectors.setdefault(s, "sector:recurring-in-stops")
            rules += [r for r in d.regions.values() if r not in rules]
            rules += [r for r in sectors.values() if r not in rules]
            sents = sorted(set(d.trigger_sents))
            confidence = 0.45 if not d.strong else 0.6
            confidence += 0.15 if participants else 0.0
            confidence += 0.1 if len(participants) >= 2 else 0.0
            confidence += 0.1 if date else 0.0
            confidence += 0.05 if place.country else 0.0
            out.append(
                (
                    d.first,
                    Event(
                        type=d.type,  # type: ignore[arg-type]
                        date=date,
                        place=place,
                        participants=participants,
                        regions=sorted(d.regions),
                        sectors=sorted(sectors),
                        evidence=[v.evidence(i) for i in sents],
                        confidence=round(min(confidence, 0.99), 3),
                        rules=rules,
                    ),
                )
            )
        events = [e for _, e in sorted(out, key=lambda x: x[0])]
        for n, e in enumerate(events, 1):
            e.local_id = f"e{n}"
        return events

    def _lead_date(self, d: _Draft) -> str | None:
        """The headline event may take its date from the lead (sentences before its trigger).

        The most precise date wins: "2025" in the lead never hides "16 October".
        """
        first = min(d.trigger_sents)
        best: str | None = None
        for i in range(min(first, 2) + 1):
            for m in self.v.by_sent[i]:
                precise = best is None or len(m.key or "") > len(best)
                if m.kind == "date" and m.key and not _period(m) and precise:
                    best = m.key
        return best

    def _lead_venue(self, d: _Draft) -> Place | None:
        """The headline event told without a venue happened where the lead says."""
        first = min(d.trigger_sents)
        found: list[Mention] = []
        for i in range(min(first, 2) + 1):
            found += [
                m
                for m in self.v.by_sent[i]
                if m.kind in PLACE_KINDS and not self.v.nested(m) and _is_venue(self.v, self.lex, m)
            ]
        if not found:
            return None
        return self.names.place(max(found, key=lambda m: _place_rank(_place_of(m))))

    def _host_region(self, d: _Draft) -> Place | None:
        """A delegation from one region meeting the authorities of one other: the hosts' home."""
        if d.type not in ("meeting", "agreement", "award"):
            return None
        visiting = {c for c, why in d.regions.items() if why.startswith("region:delegation")}
        visiting |= {c for i in d.trigger_sents for _, _, c in self.delegations[i] if c}
        hosts = {c for c in d.regions if c not in visiting}
        if not visiting or len(hosts) != 1:
            return None
        host = hosts.pop()
        if any(host.split("-")[0] == c.split("-")[0] for c in visiting):
            return None
        return Place(country=host.split("-")[0], region=host, city=self.names.city_of_region(host))

    def _dateline_place(self) -> Place | None:
        for i in range(min(4, len(self.v.sents))):
            for m in self.v.by_sent[i]:
                if m.kind in PLACE_KINDS and _is_dateline(self.v, self.lex, m):
                    return self.names.place(m)
        return None

    def _statement(self, i: int) -> None:
        v = self.v
        cue = self.modal[i][0]
        s = v.sents[i]
        before = [m for m in v.by_sent[i] if m.kind == "person" and m.start < cue.start]
        speaker: str | None = None
        if before:
            speaker = before[-1].key or before[-1].text
        else:
            for j in range(i - 1, -1, -1):  # "He proposed ...": the subject of the last sentence
                people = [m for m in v.by_sent[j] if m.kind == "person"]
                if people:
                    speaker = people[0].key or people[0].text
                    break
        self.statements.append(
            Statement(
                speaker=speaker,
                text=v.text[s.start : s.end],
                start=s.start,
                end=s.end,
                sectors=sorted({x for x, _ in self.sector_hits[i]}),
                rule=f"modality:{self.lex.lang}:{cue.entry.value}:{cue.entry.phrase}",
            )
        )

    def partnerships(self) -> list[Partnership]:
        v, lex = self.v, self.lex
        found: dict[frozenset[str], tuple[str, int, str]] = {}

        def add(a: str, b: str, kind: str, i: int, rule: str) -> None:
            if a == b:
                return
            key = frozenset((a, b))
            old = found.get(key)
            if old is None or PARTNER_RANK[kind] > PARTNER_RANK[old[0]]:
                found[key] = (kind, i, rule)

        event_of: dict[int, _Draft] = {}
        for d in self.drafts:
            for i in d.span:
                event_of.setdefault(i, d)
        for i in range(len(v.sents)):
            hits = self.scan(lex.partnerships, i)
            if not hits:
                continue
            units = self._units(i)
            modal = bool(self.modal[i])
            for a_off, b_off, e in hits:
                kind = e.value
                rule = f"partnership:{lex.lang}:{kind}:{e.phrase}"
                if kind == "institution":
                    pair = self._institution_pair(i, b_off)
                    if pair:
                        add(pair[0], pair[1], "cooperation", i, rule)
                    continue
                if kind not in PARTNER_RANK:
                    continue
                if kind == "cooperation" and modal and any(c.start < a_off for c in self.modal[i]):
                    continue
                codes = list(dict.fromkeys(code for code, _ in units))
                near = self._clause_codes(i, a_off, b_off, units)
                if near:  # "X values its twinning with Y, and wants ... with Z"
                    codes = near
                pairs = [
                    (x, y)
                    for n, x in enumerate(codes)
                    for y in codes[n + 1 :]
                    if x.split("-")[0] != y.split("-")[0]
                    or (kind == "twinning" and len(codes) == 2)
                ]
                if not codes and kind in ("agreement", "twinning"):
                    signed = [
                        d for d in self.drafts if d.type == "agreement" and i in d.trigger_sents
                    ]
                    parties = sorted({c for d in signed for c in d.regions})
                    if len(parties) == 2 and parties[0][:2] != parties[1][:2]:
                        pairs.append((parties[0], parties[1]))
                        rule += ":parties-of-the-signing"
                own_units = self._event_units(event_of[i]) if i in event_of else []
                if not pairs and len(codes) == 1 and not modal and i in event_of:
                    own = codes[0]
                    for other in own_units:
                        if other.split("-")[0] != own.split("-")[0]:
                            pairs.append((other, own))
                if not pairs and not codes and not modal and len(own_units) == 2:
                    # "the twinning between the two provinces": the two units of this event
                    x, y = own_units
                    if x.split("-")[0] != y.split("-")[0]:
                        pairs.append((x, y))
                        rule += ":units-of-the-event"
                for x, y in pairs:
                    add(x, y, kind, i, rule + ("" if len(codes) > 1 else ":with-event-region"))
        # A signing by two units of different countries is an agreement between them; talks
        # between their officials are their cooperation (the weakest kind: phrases win).
        for d in self.drafts:
            if d.trip or d in self.background or d.type not in ("agreement", "meeting"):
                continue
            codes = sorted(d.regions)
            if len({c.split("-")[0] for c in codes}) != 2 or len(codes) > 3:
                continue
            kind = "agreement" if d.type == "agreement" else "cooperation"
            i = min(d.trigger_sents)
            for n, x in enumerate(codes):
                for y in codes[n + 1 :]:
                    if x.split("-")[0] != y.split("-")[0]:
                        add(x, y, kind, i, f"partnership:event:{d.type}")
        out = []
        for key, (kind, i, rule) in found.items():
            a, b = sorted(key)
            out.append(Partnership(a, b, kind, [v.evidence(i)], rule))  # type: ignore[arg-type]
        return sorted(out, key=lambda p: (p.evidence[0].start, p.a, p.b))

    def _clause_codes(
        self, i: int, start: int, end: int, units: list[tuple[str, Mention]]
    ) -> list[str]:
        """Units in the clause of a partnership phrase, when it names two or more."""
        v = self.v
        s = v.sents[i]
        lo = max([m.end() for m in _MODAL_BREAK.finditer(v.text, s.start, start)] or [s.start])
        after = _MODAL_BREAK.search(v.text, end, s.end)
        hi = after.start() if after else s.end
        codes = list(dict.fromkeys(c for c, m in units if lo <= m.start < hi))
        return codes if len(codes) >= 2 else []

    def _event_units(self, d: _Draft) -> list[str]:
        """The subnational units of an event: those acting, and its venue.

        A national capital hosting national-level talks is no party to them.
        """
        units = list(d.regions)
        where = d.place or d.venue
        if (
            where is not None
            and where.region
            and where.region not in units
            and not self.names.is_capital(where.region)
        ):
            units.append(where.region)
        return units

    def _units(self, i: int) -> list[tuple[str, Mention]]:
        """Subnational units named in a sentence (regions; cities stand for their region)."""
        out = []
        for m in self.v.by_sent[i]:
            if self.v.nested(m):
                continue
            if m.kind == "region" and m.key:
                out.append((m.key, m))
            elif m.kind == "city" and isinstance(m.attrs.get("region"), str):
                out.append((str(m.attrs["region"]), m))
        return out

    def _institution_pair(self, i: int, end: int) -> tuple[str, str] | None:
        """ "a Center of A in B": A's institution in B is a standing A-B cooperation."""
        units = [(c, m) for c, m in self._units(i) if m.start >= end]
        if len(units) < 2:
            return None
        (a, ma), (b, mb) = units[0], units[1]
        if len(_WORD.findall(self.v.text[end : ma.start])) > 3:
            return None
        between = [w.lower() for w in _WORD.findall(self.v.text[ma.end : mb.start])]
        if not between or len(between) > 2 or between[-1] not in self.lex.venue:
            return None
        if a.split("-")[0] == b.split("-")[0]:
            return None
        return a, b

    def figures(self) -> list[Figure]:
        v, lex = self.v, self.lex
        out: list[Figure] = []
        for i in range(len(v.sents)):
            ms = v.by_sent[i]
            amounts = [m for m in ms if m.kind == "amount"]
            if not amounts:
                continue
            measures = self.scan(lex.measures, i)
            names = []
            for m in ms:
                if m.kind in ("country", "region") and not v.nested(m):
                    name = (
                        self.names.region_name(m.key or "") if m.kind == "region" else None
                    ) or m.text
                    if name not in names:
                        names.append(name)
            years = [m.key for m in ms if m.kind == "date" and m.key and len(m.key) == 4]
            for m in amounts:
                unit = _str(m.attrs.get("unit")) or ""
                value = m.attrs.get("value")
                if not isinstance(value, int | float) or not unit:
                    continue
                low = unit.lower()
                if low in lex.exclude_units:
                    continue
                money = len(unit) == 3 and unit.isalpha() and unit.isupper()
                if not _DIGIT.search(m.text) and low != "times":
                    continue  # "hundreds of thousands": not a stated figure
                if money or low in ("times", "percent"):
                    if not measures:
                        continue
                    measure = min(measures, key=lambda x: abs(x[0] - m.start))
                    desc, rule = measure[2].value, f"figure:{lex.lang}:{measure[2].phrase}"
                elif low in lex.count_units:
                    # a count is about the relation when the sentence names its parties, says
                    # what it measures, or tells an event ("a forum with 120 companies")
                    told = i in self.event_sentences or bool(self.delegations[i])
                    if not names and not measures and not told:
                        continue
                    desc, rule = unit, f"figure:{lex.lang}:count:{unit}"
                else:
                    continue
                what = desc + (" " + "-".join(names) if names else "")
                if low == "times":
                    what = "growth of " + what
                out.append(
                    Figure(
                        what=what,
                        value=float(value),
                        unit=unit,
                        period=years[0] if years else None,
                        evidence=[v.evidence(i)],
                        rule=rule,
                    )
                )
        return out


def _bare(phrase: str) -> str:
    return phrase.replace(" @agent", "").replace(" @place", "")


def _str(x: object) -> str | None:
    return x if isinstance(x, str) and x else None


def _period(m: Mention) -> bool:
    """A span of whole years ("2025-2027") names a period, never the day of an act."""
    key, end = m.key or "", m.attrs.get("end")
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
