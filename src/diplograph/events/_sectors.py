"""Which sectors an event names.

An event's sectors are the sector words (``sectors.yaml``) of its own sentences (its span),
with these scoping rules, each measured on real reports:

* **A sector word inside a designation names an office, not a subject.** "the Chairman of
  the Friendship Association Nguyen Van A", "Vo Van Thuong, head of the Commission for
  Education", "教育局長" (director of the education bureau): the words belong to a person's
  title or an organisation's name. The event is about what was discussed, signed or shown,
  not about whose office attended. A designation is an organisation mention, the words
  from a title to the person it introduces (same clause, a few words), and in scripts
  written without spaces a sector word glued to a title.
* **A trip told together with its own acts keeps only its own sentences' sectors.** When
  the report tells the talks, signings or forums of a trip as events of their own, what was
  discussed belongs to those acts; the trip as a whole (a ``visit`` made of them) names only
  what its own trigger sentences that no act tells name: the journey's purpose or the
  delegation's make-up ("a working visit to promote tourism", "eine Wirtschafts- und
  Wissenschaftsdelegation"), as the real reports' gold gives it. A trip told alone keeps the
  sectors of its sentences (and those recurring at its stops).
* **Talks held around a signing discussed what was signed.** A meeting whose own sentences
  name no subject, told right before or after a signing of the same occasion (no other act
  told between them, dates that agree), has the signing's subjects: "the governor received
  the delegation; the two provinces then signed a memorandum on tourism and education".
  Measured on the real reports' gold, which gives such talks the signed fields; a meeting
  that names its own subjects keeps them alone, unless the signing is told in a sentence of
  the talks ("Concluding the talks, the two sides signed a memorandum ..."): then the talks
  and the signing are one occasion and the talks also have what was signed (real sectors
  F1 .620 -> .631).
* **An agreement besides the headline act names only what its own sentences name.** The
  sentences told after a signing mentioned in passing ("In 2019 the provinces signed an
  agreement", "Last year X signed with Y") describe a province, the relation or the next
  topic, not what was signed; the real gold gives such agreements no sectors unless their
  own sentence names them (its trigger sentences, and those opening with the signed
  document: "Cet accord prévoit ...", ``signed_document`` of ``triggers.yaml``). One
  exception, measured on the sample gold: a signing held at the talks or the forum told
  right before or after it (dates that agree, not of an earlier year), whose own sentence
  names nothing ("After the talks, the two leaders
  signed a cooperation plan. The plan covers ..."), keeps the content told after it (real
  sectors F1 .640 -> .657, sample .837 -> .847). Not a signing by other persons of
  other units ("the two presidents signed a joint statement" in a report on two
  governors' talks): it was not held at the talks (``_same_sides``).
* **What was discussed is the talks' subject.** A sentence holding a ``talks:`` phrase of
  ``sectors.yaml`` ("the sides discussed ...", "стороны обсудили", "hai bên trao đổi về")
  told in the span of a signing goes to the talks of its occasion (the nearest meeting,
  dates that agree): "X met Y; the regions then signed a roadmap; the sides discussed
  machine building" gives machine building to the talks, not to the roadmap (held-out
  sectors .721 -> .722, the only report of the three sets phrased so).
* **A third partner's cooperation is not the event's subject.** A sentence after the
  event's trigger that names only units of a country none of the event's parties is from
  tells another relation of the report ("... with the Veneto region of Italy, exchanges
  grew in shipping and tourism"); its sector words are left out (``_content_sents``).
* **A place's profile is not the event's subject.** A sentence after the trigger holding a
  ``profile:`` phrase of ``sectors.yaml`` ("its main industries include", "산업이 발달했다")
  describes a party (``_profile``).
* **A page's menu names no subject.** Three or more short lines in a row ending in a word,
  above an event's first trigger or after the report's last line of prose, are a menu or
  link list of the site (``_in_link_list``).
* **Office names are data.** A provincial department or promotion centre that attended
  ("Sở Văn hóa, Thể thao và Du lịch", "Department of Industry and Trade") is a ``not:``
  entry of ``sectors.yaml``: the longest match at its words, it blocks the sector words
  inside it. Ministries are not listed: one is often the side the talks were held with,
  and its fields are then what was discussed (measured on the real reports).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._amounts import unspaced
from ._base import _RunBase
from ._view import _Draft

# Acts in which subjects are discussed or agreed: a trip told with one of them leaves the
# subjects to it.
_SUBJECT_ACTS = frozenset({"meeting", "agreement", "forum"})
# Occasions a signing may be held at: its content may be told in their sentences.
_OCCASIONS = ("meeting", "forum")
# At most this many words from a title to the person it introduces ("Chairman of the
# Vietnam-Russia Friendship Association of Nghe An Province Nguyen Van A").
_DESIGNATION_WORDS = 12
# A stretch holding a clause break is no designation: the Latin marks, and those of the
# scripts written without spaces (an ideographic comma or full stop ends the clause:
# "黄市長らが26日、県庁を訪れ、産業などの分野で...を村岡知事と確認" is a sentence, not a title).
_BREAK = re.compile(r"[;:()\[\]«»\"“”、。，；：（）「」『』【】！？]|[.!?](?:\s|$)")
# Words counted in that stretch: an elided article glued by an apostrophe ("d’éducation",
# "dell'istruzione") is part of the next word, not one of its own; in a script written
# without spaces each character counts (a run of them is a phrase, not one word).
# A menu or link list: at least this many lines in a row of at most _LINK_WORDS words each,
# ending in a word (no full stop, no quote).
_LINK_RUN = 3
_LINK_WORDS = 10
_LINK_CHARS = 120  # ... looked for this far per line around the sentence
_WORDS = re.compile(r"\w+(?!['’]\w)")


class _Sectors(_RunBase):
    """Sector scoping (a job of ``_Run``)."""

    def _event_sectors(self, d: _Draft) -> dict[str, str]:
        """The sectors of one event with the rule (data entry) that gave each."""
        if d.trip:
            acts = [o for o in self.drafts if o is not d and o.type in _SUBJECT_ACTS]
            if acts:
                theirs = {i for o in acts for i in o.trigger_sents}
                return dict(self._sectors([i for i in d.trigger_sents if i not in theirs]))
        content = self._content_sents(d)
        if d.type == "agreement" and self._talks_of(d) is not None:
            content = [i for i in content if i in d.trigger_sents or not self._talks(i)]
        if d.type == "meeting":
            content += [
                i
                for o in self.drafts
                if o.type == "agreement" and self._talks_of(o) is d
                for i in self._content_sents(o)
                if i not in o.trigger_sents and self._talks(i)
            ]
        sectors = dict(self._sectors(content))
        if d.type == "agreement" and not d.headline:
            named = dict(self._sectors(d.trigger_sents + d.described))
            held_at = [
                o
                for o in self._occasion_acts(d, _OCCASIONS)
                if _same_sides(d, o) and not self._on_another_trip(d, o)
            ]
            if named or self._earlier_year(d.date) or not held_at:
                sectors = named
        if d.type == "meeting":
            # sentences of the talks: a signing told in one of them concluded these talks
            own = set(d.span) | set(d.trigger_sents)
            for o in self._occasion_acts(d, ("agreement",)):
                if sectors and not own & (set(o.span) | set(o.trigger_sents)):
                    continue
                for s, rule in self._sectors(o.span or o.trigger_sents):
                    sectors.setdefault(s, rule + ":signed-at-the-talks")
        if d.trip:
            for s in sorted(self._trip_sectors):
                sectors.setdefault(s, "sector:recurring-in-stops")
        return sectors

    def _content_sents(self, d: _Draft) -> list[int]:
        """The sentences of ``d`` whose sector words may be its subjects: its span, less the
        sentences after its trigger that name only units of a country no party of ``d``
        (its regions, its persons' countries, its place) is from. Those tell a third
        partner's cooperation in the same report ("Within the cooperation with the Veneto
        region of Italy, exchanges grew in shipping, education, tourism ..." after a
        Russian-Vietnamese event), not what this event was about (real sectors F1
        .663 -> .668). A unit of the parties' own countries (a city of the host province,
        another province of the guest's country) may still be the event's own subject."""
        trig = set(d.trigger_sents)
        mine = {r.split("-")[0] for r in d.regions}
        for key in d.persons:
            c = self.v.person_attrs.get(key, {}).get("country")
            if isinstance(c, str):
                mine.add(c)
        if d.place is not None and d.place.country:
            mine.add(d.place.country)
        out = []
        first = min(trig, default=0)
        # (``_profile`` of each sentence, found by ``read`` from its sector scan; and the
        # whole-lines test ``_in_link_list`` opens with, made before its call: most
        # sentences share their lines)
        profiled, text, sents = self.profiled, self.v.text, self.v.sents
        for i in d.span or d.trigger_sents:
            if i not in trig and i in profiled:
                continue
            if (
                i not in trig
                and _whole_lines(text, sents[i].start, sents[i].end)
                and self._in_link_list(i)
                and (i < first or self._footer(i))
            ):
                continue
            if i not in trig and mine:
                units = {
                    m.key.split("-")[0] for m in self.v.by_sent[i] if m.kind == "region" and m.key
                }
                if units and not units & mine:
                    continue
            out.append(i)
        return out

    def _footer(self, i: int) -> bool:
        """Is sentence ``i`` in the page's footer: no line after it ends with a mark (the
        report's prose is over; what follows are links, a calendar), and the last line of
        prose before it does not introduce a list ("They agreed to work together on:")?"""
        text = self.v.text
        start = self.v.sents[i].start
        # lines read one at a time: a page's prose ends the walk at its first line
        if any(ln.strip() and not _link_line(ln) for ln in _lines(text, start, len(text))):
            return False
        prose = (ln for ln in _lines(text, start, 0) if ln.strip() and not _link_line(ln))
        last = next(prose, "")
        return not last.rstrip().endswith((":", "："))

    def _in_link_list(self, i: int) -> bool:
        """Is sentence ``i`` (whole lines of the text) part of a run of at least
        ``_LINK_RUN`` link lines (blank lines aside)? A page's menus and link lists ("Top
        Beach Resorts / Museums and Heritage Sites / Hospitals and Clinics") left above the
        report name the site's sections, not the subjects of the event the report tells;
        the span of a headline event starts at the top of the page and took their sector
        words (real sectors, the forum of d-05). Only lines before the event's first
        trigger, or in the page's footer (``_footer``): a list of fields told as bullet lines
        after it may be what was agreed. A title is such a line too, but it is a trigger
        sentence (kept) or one line among prose (no run)."""
        v = self.v
        s = v.sents[i]
        text = v.text
        if not _whole_lines(text, s.start, s.end):
            return False
        own = [ln for ln in text[s.start : s.end].split("\n") if ln.strip()]
        if not own or not all(map(_link_line, own)):
            return False
        n = len(own)
        lo, hi = max(0, s.start - _LINK_RUN * _LINK_CHARS), s.end + _LINK_RUN * _LINK_CHARS
        before = text[lo : s.start].split("\n")[1 if lo else 0 :]  # whole lines only
        after = text[s.end : hi].split("\n")
        for lines in (reversed(before), after[:-1] if hi < len(text) else after):
            for ln in lines:
                if n >= _LINK_RUN:
                    break
                if not ln.strip():
                    continue
                if not _link_line(ln):
                    break
                n += 1
        return n >= _LINK_RUN

    def _on_another_trip(self, signing: _Draft, occasion: _Draft) -> bool:
        """Was ``signing`` made on a trip of persons ``occasion`` does not have? "During
        President X's state visit in March, the two heads of state signed a joint
        statement", told in a report on two governors' talks, tells a signing of that trip
        (the sentence tells both), not one held at the talks (real d-22)."""
        own = set(signing.trigger_sents)
        return any(
            t.persons and not set(t.persons) & set(occasion.persons)
            for t in self.drafts
            if t.trip and own & set(t.trigger_sents)
        )

    def _talks(self, i: int) -> bool:
        """Does sentence ``i`` tell what was discussed (a ``talks:`` phrase)?"""
        return any(e.value == "talks" for _, _, e in self.scan(self.lex.sectors, i))

    def _talks_of(self, d: _Draft) -> _Draft | None:
        """The talks of the signing ``d``'s occasion: the meeting nearest to it whose date
        agrees with its own (either may be undated)."""
        meetings = [
            o
            for o in self.drafts
            if o.type == "meeting"
            and not o.trip
            and (not o.date or not d.date or o.date.startswith(d.date) or d.date.startswith(o.date))
        ]
        return min(meetings, key=lambda o: abs(o.first - d.first), default=None)

    def _profile(self, i: int) -> bool:
        """Does sentence ``i`` profile a place ("Its primary industries include tourism,
        industry ...", "농업, 관광, 의약품 ... 산업이 발달했다", "là vùng đất giàu bản sắc văn
        hóa")? The ``profile:`` phrases of ``sectors.yaml``: told after an event's trigger,
        such a sentence describes a party, not what the event was about (real sectors
        .685 -> .691). Not listed where the gold reads profiles as the talks' subjects (fr
        "les atouts de la province sont ...", ru "является центром ...", measured)."""
        sectors = self.lex.sectors
        if not self.masks[i] & sectors.bit:  # (``scan``'s own check, before the call)
            return False
        hits = self.scan(sectors, i)
        return bool(hits) and any(e.value == "profile" for _, _, e in hits)

    def _earlier_year(self, date: str | None) -> bool:
        """Is ``date`` in a year before the publication's (an act of the relation's past)?"""
        published = self.v.published or ""
        return bool(date and len(published) >= 4 and date[:4] < published[:4])

    def _occasion_acts(self, d: _Draft, kinds: tuple[str, ...]) -> list[_Draft]:
        """The acts of the types ``kinds`` told right before or right after ``d`` (trips aside)
        whose dates agree with its own (either may be undated)."""
        order = sorted((o for o in self.drafts if not o.trip), key=lambda o: o.first)
        k = order.index(d)
        out = []
        for j in (k - 1, k + 1):
            if not 0 <= j < len(order) or order[j].type not in kinds:
                continue
            a, b = d.date, order[j].date
            if a and b and not (a.startswith(b) or b.startswith(a)):
                continue
            out.append(order[j])
        return out

    def _sectors(self, span: list[int]) -> list[tuple[str, str]]:
        out: dict[str, str] = {}
        hits = self.sector_hits
        # A sentence without an organisation or a title names no office: its sectors are
        # then all those of its hits, in order, which ``read`` listed already (the sector
        # pairs of each entry of the same scan), and ``_sentence_sectors`` would only list
        # them again (most sentences of a span: one call, a scan lookup and the office
        # search each)
        offices = self.v.office_sents()
        for i in sorted(set(span)):
            found = hits[i]
            if not found:
                # (``read`` found no sector entry naming a sector in the sentence, most of
                # them: ``_sentence_sectors``, those of its hits outside offices, is empty)
                continue
            for s, rule in self._sentence_sectors(i) if i in offices else found:
                out.setdefault(s, rule)
        return list(out.items())

    def _sentence_sectors(self, i: int) -> list[tuple[str, str]]:
        """The sectors sentence ``i`` names (with their rules, in the order found), outside
        offices' names. Read once per sentence: the spans of a document's events overlap,
        and each event's sectors are read from all of its sentences."""
        known = self.sentence_sectors.get(i)
        if known is not None:
            return known
        found: list[tuple[str, str]] = []
        sectors = self.lex.sectors
        hits = self.scan(sectors, i) if self.masks[i] & sectors.bit else []  # (see _profile)
        offices, glued = self._designations(i) if hits else ([], set())
        for a, b, e in hits:
            named = self.lex.sector_pairs(e)
            if not named:
                continue  # a "not:" entry only blocks shorter matches at its words
            if b in glued or (offices and any(lo <= a and b <= hi for lo, hi in offices)):
                continue
            found += named
        self.sentence_sectors[i] = found
        return found

    def _designations(self, i: int) -> tuple[list[tuple[int, int]], set[int]]:
        """Spans of sentence ``i`` that name an office (organisations, title-to-person
        stretches), and the starts of titles a word of an unspaced script runs into (a
        sector word ending there names the bureau: "教育局長")."""
        v = self.v
        text = v.text
        ms = v.by_sent[i]
        out = [(m.start, m.end) for m in ms if m.kind == "org"]
        glued: set[int] = set()
        titles = [m for m in ms if m.kind == "title"]
        persons = [m for m in ms if m.kind == "person"]
        for t in titles:
            nxt = next((p for p in persons if p.start >= t.end), None)
            if nxt is not None:
                gap = text[t.end : nxt.start]
                if _gap_words(gap) <= _DESIGNATION_WORDS and not _BREAK.search(gap):
                    out.append((t.start, nxt.start))
            if t.start > 0 and unspaced(text[t.start]) and unspaced(text[t.start - 1]):
                glued.add(t.start)
        return out, glued


def _lines(text: str, start: int, stop: int) -> Iterator[str]:
    """The lines of ``text`` from ``start`` on, forward to ``stop`` or backward when ``stop``
    is before ``start`` (the line holding ``start`` cut there), one at a time."""
    if stop >= start:
        while start < stop:
            end = text.find("\n", start, stop)
            end = stop if end < 0 else end
            yield text[start:end]
            start = end + 1
        return
    while start > stop:
        k = text.rfind("\n", stop, start)
        begin = stop if k < 0 else k + 1
        yield text[begin:start]
        start = begin - 1


def _whole_lines(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` stand on lines of its own (only spaces and tabs between it
    and the line breaks, or the text's ends, before and after it)? The characters next to
    it are read in place: slicing the text before and after it (``text[:start].rstrip``)
    copied the whole page for each sentence of every span asked about."""
    j = start
    while j and text[j - 1] in " \t":
        j -= 1
    if j and text[j - 1] != "\n":
        return False
    k, n = end, len(text)
    while k < n and text[k] in " \t":
        k += 1
    return k == n or text[k] == "\n"


def _link_line(line: str) -> bool:
    """Is ``line`` a link or a menu item: short, ending in a word, no mark ("Top Beach
    Resorts", "| Home | News | Events")?"""
    line = line.strip()
    return bool(line) and line[-1].isalnum() and len(line.split()) <= _LINK_WORDS


def _gap_words(gap: str) -> int:
    """The words of ``gap``, counting each character of an unspaced script as one."""
    return sum(sum(map(unspaced, w)) or 1 for w in _WORDS.findall(gap))


def _same_sides(signing: _Draft, occasion: _Draft) -> bool:
    """May ``signing`` have been held at ``occasion``? Not when its signers are persons the
    occasion does not have, of units the occasion does not name: "this March the two heads
    of state signed a joint statement", told in a report on two governors' talks, is another
    act, and what the talks covered was not signed there (real sectors .668 -> .671). The
    talks' own subjects are still those of a signing by other persons (a meeting's
    ``signed-at-the-talks`` keeps every signing next to it: measured, restricting it too
    cost .011)."""
    if not signing.persons or set(signing.persons) & set(occasion.persons):
        return True
    # other officials of the same units may sign what their leaders agreed
    return bool(set(signing.regions) & set(occasion.regions))
