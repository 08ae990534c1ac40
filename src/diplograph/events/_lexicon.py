"""The phrase lists of one language, loaded once from its data files into phrase sets.

Language knowledge stays in ``data/lang/<code>/*.yaml`` (triggers, modality, sectors,
partnerships, figures, places); the phrase syntax and the scanning are in ``_phrases``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .._errors import LanguageDataError
from .._models import sector_values
from .._registry import Registry
from ._phrases import _MEMO_WORDS, Entry, PhraseSet, _need


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise LanguageDataError(f"{where}: expected a list of phrases")


def _flat(section: Any, key: str, group: str, where: str) -> PhraseSet:
    """A plain list of phrases (``section[key]``), every entry of one ``group``."""
    return PhraseSet([Entry(p, "", group) for p in _strings(section.get(key), where)])


def _entries(section: Any, group: str, where: str) -> list[Entry]:
    """``{value: [phrases]}`` -> entries (the requirement marker is parsed off)."""
    out: list[Entry] = []
    if section is None:
        return out
    if not isinstance(section, dict):
        raise LanguageDataError(f"{where}: expected a mapping")
    for value, phrases in section.items():
        for p in _strings(phrases, f"{where}.{value}"):
            out.append(Entry(p, str(value), group, _need(p)))
    return out


def _ending_before(patterns: Any, where: str = "came_to") -> re.Pattern[str] | None:
    """The patterns as one, anchored at the end of the text searched (a place's start)."""
    found = _strings(patterns, where)
    return re.compile("(?:" + "|".join(found) + r")\s*\Z", re.IGNORECASE) if found else None


@dataclass
class Lexicon:
    """Everything the event stage knows about one language, compiled."""

    lang: str
    triggers: PhraseSet
    participants_policy: dict[str, str]
    not_participant: PhraseSet
    modality: PhraseSet
    sectors: PhraseSet
    partnerships: PhraseSet
    measures: PhraseSet
    count_units: frozenset[str]
    exclude_units: frozenset[str]
    venue: frozenset[str]
    venue_skip: frozenset[str]
    delegation: PhraseSet
    local_authority: PhraseSet
    dateline: re.Pattern[str]
    anchors: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # postpositions after a place that make it the venue (ja "ハノイで", ko "하노이에서"), and
    # continuations that make such a word something else (ja "である", is)
    venue_after: tuple[str, ...] = ()
    venue_after_not: tuple[str, ...] = ()
    # "Attending the ceremony were", "at the talks", "led by": the persons of the sentence
    # take part in the event already told (the sentence tells no new one)
    presence: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "the two leaders", "both sides": the parties are those of the neighbouring event
    parties: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "President X's instructions", "习近平主席的战略引领下", "강기정 시장의 서한": the person
    # named right before is only retold (their words, guidance, letter), not present
    not_participant_after: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "X and Y" joining names ("和", "и", "and"): a retold name takes the names it joins
    conjunctions: frozenset[str] = frozenset()
    # "分别与A和B会谈" (held talks separately with A and B): one act per partner
    separately: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "양해각서도 체결됐다", "覚書も締結した", "also signed a memorandum", "также подписали":
    # a signing told after another with an additive particle or adverb is a second document
    # of the same occasion, not the first one told again (events._merging._another_document)
    also: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "на встрече с X", "at the talks with X": the word naming the partner after a meeting
    # noun; the noun then names a meeting of its own, not the event told before
    partner_with: frozenset[str] = frozenset()
    # "Il avait également déposé une gerbe", "He also laid a wreath": a subject pronoun
    # opening an act's sentence names the person the sentence before is about
    subject_pronouns: frozenset[str] = frozenset()
    # "Позднее в ходе встречи X с Y", "Later, at his meeting with Y": a sentence opening with
    # a word of a later moment tells an act with a new partner as another occasion
    later: frozenset[str] = frozenset()
    # "the visits to Vietnam by X, Y and Z": a plural visit noun before a list of visitors;
    # each one named after it made a trip of their own
    visits_by: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "last year", "l'an dernier": an act told with a word of an earlier year is another
    # occasion than the one reported, even when the page has no date to resolve the word;
    # so is one the reporter introduces with a reminder ("Напомним", group "reminder")
    earlier: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "He recalled the milestones ... the signing of the agreement", "напомнил о подписании":
    # an act a speaker recalls is an earlier occasion; told without its own date, it takes
    # no month of the news (events._when_where._recalled)
    recalled: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "accompanied by", "in Begleitung von": the persons after it travel with the traveller
    # the sentence names (the trip's companions, _Trips._companions)
    companions: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "继X访问后, ... 会晤" (following X's visit, ... met again): a clause that tells an
    # earlier act as what came before the one reported; a visit inside it is an event of its
    # own, not the circumstance of the act the sentence reports
    prior_act: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "Cet accord prévoit ...", "The memorandum covers ...", "Документ предусматривает":
    # a sentence opening with the signed document as its subject tells what was signed
    # (events._merging._document_told_of)
    signed_document: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "the 46th anniversary of the Treaty (18 July 1977)", "kỷ niệm 46 năm Ngày ký Hiệp ước
    # (18/7/1977)": a date told after these words is the commemorated act's, not the act's
    commemorated: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # Names of gatherings that last several days ("Days of Moscow", "Vietnam Week", a forum of
    # regions, a trade fair): such a gathering told as a whole is dated by its month, never by
    # the day of one act held at it (``_WhenWhere._event_date``)
    multi_day: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # Words of setting off ("nach China aufgebrochen", "left for China"): a trip told from its
    # departure day is dated by its month, the day being only its first (``_detect``)
    departure: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "möchte sich beim dreitägigen Besuch in X informieren" (wants to learn, during the
    # three-day visit to X, ...): a trip named as the circumstance of a wish or plan is taken
    # for granted; a modal cue before it governs the clause's verb, not the trip
    presupposed: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "One of the first events of its programme was the opening of an exhibition": a gathering
    # told as an item of another gathering's programme is an event of its own, not that
    # gathering told again (``_Merging._programme_item``)
    programme_item: PhraseSet = field(default_factory=lambda: PhraseSet([]))
    # "At the same time, a fair was organised", "En parallèle, une foire": a sentence opening
    # with a word of a simultaneous happening tells another act beside the one told before
    # (``_Merging._parallel_opening``)
    parallel: frozenset[str] = frozenset()
    # "県庁を訪れ" (called at the prefectural office): meeting phrases that also tell the
    # guest's trip as their circumstance (a side trip of the sentence, ``_detect``)
    call_trip: frozenset[str] = frozenset()
    # "拜會台南市政府" (called at the Tainan city government): meeting phrases whose office's
    # unit is the venue (``_Clues._office_place``; the call_trip phrases are such too)
    call_venue: frozenset[str] = frozenset()
    # Chinese, Japanese, Korean put a time word before the verb it dates ("今年一月起…推动",
    # "去年7月に…締結", "지난 1월 … 맺은"): a date between two acts is the next one's
    time_before_verb: bool = False
    # "established in 2005 with more than 3,600 members": prepositions before a count that
    # make it a complement of the act, not its subject (``_Clues._count_of_a_complement``)
    count_complement: frozenset[str] = frozenset()
    # Verb-final languages (Japanese "ハノイを訪問した", Korean "하노이를 방문했다") name the
    # place visited right *before* the visit verb; the others right after it
    place_before: bool = False
    # Chinese names it after the verb ("访问日本") or right before it ("对日本进行工作访问",
    # "在日本访问"): the place after, else the one before
    place_either: bool = False
    # the case particles that may stand between the place and the verb after it ("を", "를")
    visit_particles: frozenset[str] = frozenset()
    extra: dict[str, Any] = field(default_factory=dict)
    # "when he came to X", "khi ông ... đến X", "во время визита в X": a clause that places
    # an act in the place it names (``came_to`` of places.yaml; ``_place_words._is_visit_clause``)
    came_to: re.Pattern[str] | None = None
    # "посол Вьетнама в России", "Đại sứ Việt Nam tại Nga": a diplomat's posting names the
    # country after a venue word; it is no venue (``posting`` of places.yaml; ``_is_venue``)
    posting: re.Pattern[str] | None = None
    # "в столице Вьетнама": a word of the capital before a country names its capital city
    capital: frozenset[str] = frozenset()
    # "Schleswig-Holsteins Partnerprovinz Zhejiang": nouns after a place that make it the
    # owner of the place after them (``possessed`` of places.yaml; ``_is_venue``)
    possessed: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self._sets = [v for v in vars(self).values() if isinstance(v, PhraseSet)]
        for k, phrases in enumerate(self._sets):
            phrases.bit = 1 << k
        self._masks: dict[str, int] = {}
        # does the language list place profiles among its sector entries (``_profile``)?
        self.profiles = any(e.value == "profile" for e in self.sectors.entries)
        self._sector_pairs: dict[int, tuple[Entry, tuple[tuple[str, str], ...]]] = {}
        # ... of every entry of ``sectors``, by the entry's identity (the set keeps its
        # entries, so no other live object has their ids): what ``read`` lists for each hit
        # of a sentence's sector scan, one dict lookup each, no call
        self.sector_pairs_by_id: dict[int, tuple[tuple[str, str], ...]] = {
            id(e): self.sector_pairs(e) for e in self.sectors.entries
        }
        # The sets a sentence's scan reads together, in one pass over its words
        # (``_RunBase._scan_joint``): those asked about nearly every sentence whose words may
        # start one of their phrases (a set asked about few of them would be matched for
        # nothing), and not those with phrases of unspaced scripts (matched inside words)
        self.joint = frozenset(
            p
            for p in (
                self.sectors,
                self.triggers,
                self.modality,
                self.delegation,
                self.presence,
                self.partnerships,
            )
            if p.bit > 0 and not p._inner
        )
        self._joint_plans: dict[str, tuple[tuple[PhraseSet, tuple[Any, ...]], ...]] = {}
        # The sets' word indexes merged (``_mask_of``): a word's bits in a few lookups
        self._exact_bits: dict[str, int] = {}
        self._prefix_bits: dict[str, list[tuple[str, int]]] = {}
        self._suffix_bits: list[tuple[str, int]] = []
        self._infix_bits: list[tuple[str, int]] = []
        self._wild_bits = 0
        self._inner_sets: list[PhraseSet] = []
        for p in self._sets:
            for key in p._exact:
                self._exact_bits[key] = self._exact_bits.get(key, 0) | p.bit
            for two, keyed in p._prefix.items():
                self._prefix_bits.setdefault(two, []).extend((key, p.bit) for key, _ in keyed)
            self._suffix_bits += [(tail, p.bit) for tail, _ in p._suffix]
            self._infix_bits += [(lit, p.bit) for lit, _ in p._infix]
            if p._wild:
                self._wild_bits |= p.bit
            if p._inner:
                self._inner_sets.append(p)

    def mask(self, toks: list[tuple[int, str]]) -> int:
        """The bits of the phrase sets that may match somewhere among these words: a scan of
        a set whose bit is off finds nothing, so a sentence is looked up once per word, not
        once per word and set."""
        out = 0
        for m in self.word_masks(toks):
            out |= m
        return out

    def word_masks(self, toks: list[tuple[int, str]]) -> list[int]:
        """Each word's bits: the phrase sets that may start at it (``mask`` of one word). A
        set's scan needs only the words with its bit: the others start none of its phrases
        and, matching nothing, never move where the next match may start."""
        masks = self._masks
        if len(masks) >= _MEMO_WORDS:
            masks.clear()
        out = []
        for _, low in toks:
            m = masks.get(low)
            if m is None:
                m = masks[low] = self._mask_of(low)
            out.append(m)
        return out

    def _mask_of(self, low: str) -> int:
        """The bits of the sets that may start a phrase at the word ``low`` (the sum of
        the bits of the sets whose ``may_start`` says so), read from the sets' word indexes
        merged into one: an exact word, a two-letter prefix's keys, endings, infixes, the
        sets with phrases that may start anywhere, and the unspaced-script openings of a
        non-ASCII word.

        Why: every word a lexicon has not seen yet is asked about once (a real page brings
        hundreds); asking each of the ~25 sets in turn built a candidate list per set."""
        m = self._wild_bits | self._exact_bits.get(low, 0)
        keyed = self._prefix_bits.get(low[:2])
        if keyed:
            for key, bit in keyed:
                if low.startswith(key):
                    m |= bit
        for tail, bit in self._suffix_bits:
            if low.endswith(tail):
                m |= bit
        for lit, bit in self._infix_bits:
            if lit in low:
                m |= bit
        if self._inner_sets and not low.isascii():
            for p in self._inner_sets:
                # (what ``may_start`` tests first for a set with unspaced-script phrases)
                if p._anywhere or p._leads is None or next(p._leads.iter(low), None) is not None:
                    m |= p.bit
        return m

    def sector_pairs(self, e: Entry) -> tuple[tuple[str, str], ...]:
        """(sector, rule) of each sector a ``sectors`` entry names (none for ``not:`` and
        ``profile:``), made once per entry: the events stage asks for every hit of every
        sentence, twice (``_detect.read``, ``_Sectors._sentence_sectors``)."""
        got = self._sector_pairs.get(id(e))
        if got is None or got[0] is not e:  # (keyed by identity: the entry is kept with it)
            pairs = tuple((s, f"sector:{self.lang}:{e.phrase}") for s in sector_values(e.value))
            got = self._sector_pairs[id(e)] = (e, pairs)
        return got[1]

    def bits_of(self, lows: list[str]) -> list[int]:
        """``word_masks`` of the words ``lows`` (lower-case forms only): each word's bits
        looked up in C (``map``), computed in Python only for words not seen before."""
        masks = self._masks
        if len(masks) >= _MEMO_WORDS:
            masks.clear()
        out: list[int | None] = list(map(masks.get, lows))
        if None in out:
            for k, m in enumerate(out):
                if m is None:
                    low = lows[k]
                    m = masks.get(low)  # (a word seen earlier in the same sentence)
                    if m is None:
                        m = masks[low] = self._mask_of(low)
                    out[k] = m
        return out  # type: ignore[return-value]

    def joint_plan(self, low: str) -> tuple[tuple[PhraseSet, tuple[Any, ...]], ...]:
        """(set, plan) of each ``joint`` set with a phrase that may start at the word ``low``
        (the set's ``_plan`` of the word: what ``_scan_words`` tries there), remembered per
        word (bounded)."""
        plans = self._joint_plans
        if len(plans) >= _MEMO_WORDS:
            plans.clear()
        out = []
        for p in self._sets:
            if p in self.joint:
                plan = p._plans.get(low)
                if plan is None:
                    plan = p._plan(low)
                if plan:
                    out.append((p, plan))
        got = plans[low] = tuple(out)
        return got

    @classmethod
    def load(cls, registry: Registry, lang: str) -> Lexicon:
        trig = registry.lang(lang, "triggers")
        where = f"lang/{lang}/triggers.yaml"
        entries: list[Entry] = []
        for group in ("strong", "weak", "side"):
            entries += _entries(trig.get(group), group, f"{where}:{group}")
        for p in _strings(trig.get("block"), f"{where}:block"):
            entries.append(Entry(p, "", "block"))
        policy = trig.get("participants") or {}
        mod = registry.lang(lang, "modality")
        sec = registry.lang(lang, "sectors")
        part = registry.lang(lang, "partnerships")
        fig = registry.lang(lang, "figures")
        places = registry.lang(lang, "places")
        measures = fig.get("measures") or {}
        if not isinstance(measures, dict):
            raise LanguageDataError(f"lang/{lang}/figures.yaml: measures must be a mapping")
        measure_entries = [
            Entry(p, str(desc), "measure") for p, desc in measures.items() if isinstance(p, str)
        ]
        dateline = places.get("dateline") or r"^\s*(?:\([^)]{1,30}\))?\s*[—–-]"
        anchors = trig.get("relative_days") or {}
        if not isinstance(anchors, dict):
            raise LanguageDataError(f"{where}: relative_days must be a mapping")
        anchor_entries = [
            Entry(p, str(int(offset)), "anchor")
            for offset, phrases in anchors.items()
            for p in _strings(phrases, f"{where}:relative_days")
        ]
        side = trig.get("visit_place", "after")
        if side not in ("before", "after", "after_or_before"):
            raise LanguageDataError(
                f"{where}: visit_place must be 'before', 'after' or 'after_or_before'"
            )
        return cls(
            lang=lang,
            triggers=PhraseSet(entries),
            place_before=side == "before",
            place_either=side == "after_or_before",
            visit_particles=frozenset(_strings(trig.get("visit_particles"), where)),
            participants_policy={str(k): str(v) for k, v in policy.items()},
            not_participant=PhraseSet(
                [Entry(p, "", "np") for p in _strings(trig.get("not_participant"), where)]
                # words holding a cue ("代表团", delegation, holds "代表", on behalf of): the
                # longest match at their letters, they only block it
                + [
                    Entry(p, "", "np-except")
                    for p in _strings(trig.get("not_participant_except"), where)
                ]
            ),
            not_participant_after=_flat(trig, "not_participant_after", "npa", where),
            conjunctions=frozenset(_strings(trig.get("conjunctions"), where)),
            modality=PhraseSet(_entries(mod, "modality", f"lang/{lang}/modality.yaml")),
            sectors=PhraseSet(_entries(sec, "sector", f"lang/{lang}/sectors.yaml")),
            partnerships=PhraseSet(_entries(part, "partnership", f"lang/{lang}/partnerships.yaml")),
            measures=PhraseSet(measure_entries),
            count_units=frozenset(
                u.lower() for u in _strings(fig.get("count_units"), "count_units")
            ),
            exclude_units=frozenset(
                u.lower() for u in _strings(fig.get("exclude_units"), "exclude_units")
            ),
            venue=frozenset(w.lower() for w in _strings(places.get("venue"), "venue")),
            venue_skip=frozenset(w.lower() for w in _strings(places.get("venue_skip"), "skip")),
            venue_after=tuple(_strings(places.get("venue_after"), "venue_after")),
            venue_after_not=tuple(_strings(places.get("venue_after_not"), "venue_after_not")),
            delegation=PhraseSet(
                [
                    Entry(p, "", "delegation")
                    for p in _strings(places.get("delegation"), "delegation")
                ]
            ),
            local_authority=PhraseSet(
                [Entry(p, "", "authority") for p in _strings(places.get("local_authority"), "la")]
            ),
            dateline=re.compile(str(dateline)),
            came_to=_ending_before(places.get("came_to")),
            posting=_ending_before(places.get("posting"), "posting"),
            capital=frozenset(w.lower() for w in _strings(places.get("capital"), "capital")),
            possessed=tuple(w.lower() for w in _strings(places.get("possessed"), "possessed")),
            anchors=PhraseSet(anchor_entries),
            presence=_flat(trig, "presence", "presence", where),
            parties=_flat(trig, "parties", "parties", where),
            separately=_flat(trig, "separately", "separately", where),
            also=_flat(trig, "also", "also", where),
            partner_with=frozenset(w.lower() for w in _strings(trig.get("partner_with"), where)),
            companions=_flat(trig, "companions", "companion", where),
            visits_by=_flat(trig, "visits_by", "visits-by", where),
            programme_item=_flat(trig, "programme_item", "programme", where),
            parallel=frozenset(w.lower() for w in _strings(trig.get("parallel_occasion"), where)),
            count_complement=frozenset(
                w.lower() for w in _strings(trig.get("count_complement"), where)
            ),
            later=frozenset(w.lower() for w in _strings(trig.get("later_occasion"), where)),
            subject_pronouns=frozenset(
                w.lower() for w in _strings(trig.get("subject_pronouns"), where)
            ),
            earlier=PhraseSet(
                [Entry(p, "", "earlier") for p in _strings(trig.get("earlier_occasion"), where)]
                + [Entry(p, "", "reminder") for p in _strings(trig.get("reminder"), where)]
            ),
            recalled=_flat(trig, "recalled", "recalled", where),
            prior_act=_flat(trig, "prior_act", "prior_act", where),
            commemorated=_flat(trig, "commemorated", "commemorated", where),
            multi_day=_flat(trig, "multi_day", "multi_day", where),
            departure=_flat(trig, "departure", "departure", where),
            presupposed=_flat(trig, "presupposed", "presupposed", where),
            signed_document=_flat(trig, "signed_document", "document", where),
            call_trip=frozenset(_strings(trig.get("call_trip"), where)),
            call_venue=frozenset(_strings(trig.get("call_venue"), where)),
            time_before_verb=bool(trig.get("time_before_verb")),
        )
