"""The state of one document's analysis, shared by the stage's jobs.

``_Run`` (in ``_stage.py``) is assembled from one class per job: detection
(``_detect.py``), trips (``_trips.py``), participants (``_participants.py``), dates and places
(``_when_where.py``), sectors (``_sectors.py``), partnerships (``_partnerships.py``) and
figures (``_figures.py``).
Each derives from ``_RunBase``, which holds what all of them read: the document view, the
language's lexicon, the drafts found so far and the per-sentence scans (computed once).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from functools import reduce
from itertools import compress, repeat
from operator import and_, ne, or_

from .._models import Mention, Statement
from ._lexicon import Lexicon
from ._phrases import Entry, PhraseSet, fold, tokens, word_runs, words
from ._view import _DocView, _Draft, _Hit, _Names


class _RunBase:
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
        self.profiled: set[int] = set()  # sentences profiling a place (``read``, _profile)
        self.modal: list[list[_Hit]] = [[] for _ in range(n)]
        self.delegations: list[list[tuple[int, int, str | None]]] = [[] for _ in range(n)]
        self.doc_delegation: str | None = None
        self.trip_cues: list[int] = []
        self.side_trips: list[int] = []  # sentences telling a trip as a circumstance
        self.placeless_visits: set[tuple[int, int]] = set()  # (sentence, start) of visit verbs
        # with no place right after them ("came to visit and work", "visited the monument")
        self.trip_span: list[int] = []
        self._trip_sectors: set[str] = set()
        # a sentence's words (start, lower case), read when a scan first needs them: those
        # that may start a phrase of some set of the lexicon (the others start none)
        self.toks: list[list[tuple[int, str]] | None] = [None] * n
        # phrase sets a sentence's words may start (every bit until its words are read)
        self.masks: list[int] = [-1] * n
        self.word_bits: list[list[int]] = [[]] * n  # ... each word may start (read only)
        # each set's scans, by sentence (None: not scanned yet); keyed by the set itself
        # (identity: a set is equal only to itself), so one lookup with no key to build
        self._scans: dict[PhraseSet, list[list[tuple[int, int, Entry]] | None]] = {}
        self.folded: dict[int, str] = {}  # sentences folded as phrase literals are read
        self._doc_folded: str | None = None  # the whole text folded (``_fold_span``)
        self.present: dict[int, list[Mention]] = {}  # persons present, by sentence (_persons)
        self.sentence_sectors: dict[int, list[tuple[str, str]]] = {}  # by sentence (_sectors)
        self.fill: dict[str, str] = {}  # person key -> region read from their delegation
        self.background: list[_Draft] = []  # acts of past years told as background
        self.destinations: Counter[str] = Counter()  # countries the text says were visited
        self.destination_in: dict[int, set[str]] = {}  # ... by sentence
        self._headings: list[int] | None = None  # subheadings before each sentence (dates)
        self.region_visited_in: dict[int, set[str]] = {}  # regions told visited, by sentence
        self.country_visited_in: dict[int, set[str]] = {}  # countries visited as a whole, ...
        # sentences of a paragraph in another language with phrase lists ("Le département de
        # la Lozère et la province du Guizhou sont jumelés depuis 2001" quoted in an English
        # page): their triggers and modality cues are read with that language's lists too
        self.foreign: dict[int, Lexicon] = {}
        # the scans of the lexicon's ``joint`` sets, by sentence (None: not read yet), each
        # set's matches under the set (a set found nothing when it is not there)
        self._joint: list[dict[PhraseSet, list[tuple[int, int, Entry]]] | None] = [None] * n
        self._read_document_words()

    def scan(self, phrases: PhraseSet, i: int) -> list[tuple[int, int, Entry]]:
        """Matches of a phrase set in sentence ``i`` (its words are found once, and each
        phrase set is matched once per sentence, over the words that may start one of its
        phrases)."""
        bit = phrases.bit
        if not self.masks[i] & bit:  # (-1 until the sentence's words are read)
            return []  # no word of the sentence can start a phrase of the set
        if phrases in self.lex.joint:
            joint = self._joint[i]
            if joint is None:
                if self.toks[i] is None:
                    self._read_words(i)
                    if not self.masks[i] & bit:
                        return []
                joint = self._scan_joint(i)
            return joint.get(phrases) or []
        done = self._scans.get(phrases)
        if done is None:
            done = self._scans[phrases] = [None] * len(self.v.sents)
        found = done[i]
        if found is not None:
            return found
        toks = self.toks[i]
        s = self.v.sents[i]
        if toks is None:
            toks = self._read_words(i)
            if not self.masks[i] & bit:
                return []
        if bit > 0:  # a set of the lexicon
            # Only its words for a set with phrases of unspaced scripts; the others read the
            # sentence's kept words unfiltered: a word without the set's bit has no
            # candidate phrase of the set, ``may_start``, so its plan in ``_scan_words`` is
            # empty and it is passed over; that loop costs less than building the filtered
            # list, ~4 kept words a sentence, ~1 of them the set's.
            if phrases._inner:
                toks = list(compress(toks, map(bit.__and__, self.word_bits[i])))
        else:  # any other set: every word of the sentence
            starts, lows = words(self.v.text, s.start, s.end)
            toks = list(zip(starts, lows, strict=True))
        folded = self.folded.get(i)
        if folded is None:  # once per sentence, not per set (``_phrases.fold``)
            folded = self.folded[i] = self._fold_span(s.start, s.end)
        if phrases._inner:  # (phrases of unspaced scripts: searched inside words too)
            found = phrases.scan_tokens(self.v.text, toks, s.end, folded)
        else:  # what ``scan_tokens`` does for the others, without its call
            found = phrases._scan_words(self.v.text, toks, s.end, folded)
        done[i] = found
        return found

    def _scan_joint(self, i: int) -> dict[PhraseSet, list[tuple[int, int, Entry]]]:
        """The scans of all the lexicon's ``joint`` sets in sentence ``i`` (its words read),
        in one pass over its words: each set's matches are what ``_scan_words`` finds for it
        (at each word, in order, a word inside the set's last match passed over, the set's
        candidate phrases tried most specific first, the first match kept).

        Why: most sentences are asked for five or six of these sets, and each scan walked
        the sentence's words again (a call, a plan lookup per word, most words starting
        no phrase of that set); here each word's plans for all the sets are one lookup
        (``Lexicon.joint_plan``) and the walk is made once."""
        s = self.v.sents[i]
        text, end = self.v.text, s.end
        toks = self.toks[i] or []
        plans = self.lex._joint_plans
        joint_plan = self.lex.joint_plan
        found: dict[PhraseSet, list[tuple[int, int, Entry]]] = {}
        taken: dict[PhraseSet, int] = {}
        # (the sentence folded at once: a slice of the text's fold, ``_fold_span``; a
        # candidate without a later literal has "", which it holds)
        folded = self.folded.get(i)
        if folded is None:
            folded = self.folded[i] = self._fold_span(s.start, end)
        for start, low in toks:
            jp = plans.get(low)
            if jp is None:
                jp = joint_plan(low)
            for phrases, plan in jp:
                if taken and start < taken.get(phrases, -1):
                    continue
                for lit, match, entry in plan:
                    if lit not in folded:
                        continue
                    m = match(text, start, end)
                    if m and m.end() > m.start():
                        hit = (m.start(), m.end(), entry)
                        got = found.get(phrases)
                        if got is None:
                            found[phrases] = [hit]
                        else:
                            got.append(hit)
                        taken[phrases] = m.end()
                        break
        self._joint[i] = found
        return found

    def _fold_span(self, start: int, end: int) -> str:
        """``fold(text[start:end])``, cut from the whole text folded once.

        Why: a sentence's phrase literals are read in its fold, and folding sentence by
        sentence cost a slice, a search for the characters to translate and a lower-casing
        each (~23 sentences a page). The fold of a text is the fold of each of its
        characters: ``_FOLD`` translates characters one for one, and after it no character
        lower-cases into more than one ("İ" is translated) nor by its neighbours (the
        capital sigma is translated), so a span's fold is the text's fold at its place
        (checked over all of Unicode in tests/test_event_fast_paths_twelfth.py)."""
        doc = self._doc_folded
        if doc is None:
            doc = self._doc_folded = fold(self.v.text)
        return doc[start:end]

    def _read_words(self, i: int) -> list[tuple[int, str]]:
        """Read sentence ``i``'s words: ``toks``, ``word_bits`` and ``masks`` of ``i``.

        Only the words that may start a phrase of some set are kept (nearly half of a
        sentence's words start none): their pairs alone are made, and each set's filter in
        ``scan`` reads only them (a word of no set is in no set's words)."""
        s = self.v.sents[i]
        starts, lows = words(self.v.text, s.start, s.end)
        bits = self.lex.bits_of(lows)
        toks = self.toks[i] = list(compress(zip(starts, lows, strict=True), bits))
        bits = self.word_bits[i] = list(filter(None, bits))
        self.masks[i] = reduce(or_, bits, 0)
        return toks

    def _read_document_words(self) -> None:
        """Every sentence's words at once (``toks``, ``word_bits`` and ``masks``, what
        ``_read_words`` makes of each), read from one pass over the document's words
        (``_phrases.word_runs``).

        Why: read sentence by sentence, each sentence cost a dozen list operations, half of
        them sentences where no word starts any phrase (the generated pages' "(0-k)"
        markers, short lines, datelines). Here the document's words and their bits are
        read in C (a split, ``map``), the kept words (those with bits) located per sentence
        by bisection (``map`` again), and only sentences holding a kept word cost a slice
        in Python; the others get no words and a zero mask, as ``_read_words`` would give
        them. A sentence whose span cuts a word run at either end (its first or last word
        is then only part of a document word) is left to ``_read_words``, as before.
        """
        sents = self.v.sents
        text = self.v.text
        starts, ends, lows = word_runs(text)
        bits = self.lex.bits_of(lows)
        kstarts = list(compress(starts, bits))
        pairs = list(zip(kstarts, compress(lows, bits), strict=True))
        kbits = list(filter(None, bits))
        firsts = self.v._starts
        lasts = [s.end for s in sents]
        # A boundary p cuts a run when some run starts before it and ends after it: the
        # runs starting before p outnumber those ending at or before p (runs are disjoint
        # and in order, so the two counts differ by at most one)
        n = len(sents)
        bounds = firsts + lasts
        before = list(map(bisect_left, repeat(starts), bounds))
        ended = list(map(bisect_right, repeat(ends), bounds))
        cut = set()
        if before != ended:
            cut = {k % n for k, (a, b) in enumerate(zip(before, ended, strict=True)) if a != b}
        lo = list(map(bisect_left, repeat(kstarts), firsts))
        hi = list(map(bisect_left, repeat(kstarts), lasts))
        empty: list[tuple[int, str]] = []  # (read only, as every sentence's words)
        toks, masks = self.toks, self.masks
        toks[:], masks[:] = [empty] * n, [0] * n
        for i in cut:  # (left unread)
            toks[i], masks[i] = None, -1
        word_bits = self.word_bits
        for i in compress(range(n), map(ne, lo, hi)):
            if i in cut:
                continue
            a, b = lo[i], hi[i]
            toks[i] = pairs[a:b]
            got = word_bits[i] = kbits[a:b]
            masks[i] = reduce(or_, got)

    def _busy(self, bits: int) -> list[int]:
        """By sentence, its words' bits among ``bits`` (0: no word of it starts a phrase of
        those sets, so their scans find nothing there; an unread sentence, mask -1, has
        them all). A pass over the sentences that only acts on such phrases visits the
        others for nothing (``_Detection.read``, ``_Partnerships.partnerships``)."""
        return list(map(and_, self.masks, repeat(bits)))

    def scan_foreign(self, name: str, i: int) -> list[tuple[int, int, Entry]]:
        """Matches in sentence ``i`` of the phrase set ``name`` ("triggers", "modality") of the
        language of its paragraph, when that is another language with phrase lists."""
        other = self.foreign.get(i)
        if other is None:
            return []
        s = self.v.sents[i]
        toks = tokens(self.v.text, s.start, s.end)
        return getattr(other, name).scan_tokens(
            self.v.text, toks, s.end, fold(self.v.text[s.start : s.end])
        )

    def _mark(self, i: int) -> None:
        self.event_sentences.add(i)

    def _another_day(self, i: int, d: _Draft) -> bool:
        """ "In 2026 a delegation led by X will come": a sentence dated in another year than
        the event tells another occasion, and its persons do not attend this one ("runs until
        14 September" is still the same event).
        """
        year = (d.date or self.v.published or "")[:4]
        return any(m.kind == "date" and m.key and m.key[:4] != year for m in self.v.by_sent[i])

    def _past_year(self, d: _Draft) -> bool:
        """Dated only by a year before publication: background, not news. In a page without
        a date, a year told as the start of a lasting state ("sont jumelés depuis 2001", the
        ``since`` mark of the date) is such a past year too."""
        year = (self.v.published or "")[:4]
        if not (d.date and len(d.date) == 4):
            return False
        if year.isdigit():
            return d.date < year
        return self._since_year(d)

    def _since_year(self, d: _Draft) -> bool:
        """Is ``d`` dated by a year its sentence tells as the start of a lasting state
        ("sont jumelés depuis 2001": the ``since`` mark of the date)?"""
        return bool(d.date) and any(
            m.kind == "date" and m.key == d.date and m.attrs.get("since") is True
            for i in d.trigger_sents
            for m in self.v.by_sent[i]
        )
