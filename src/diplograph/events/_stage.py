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

from bisect import bisect_left

from .._models import Document
from .._resources import Resources
from ._detect import _Detection
from ._figures import _Figures
from ._lexicon import Lexicon
from ._partnerships import _Partnerships
from ._place_words import _is_dateline, _is_venue, _is_venue_after
from ._view import _DocView, _Draft, _Names


class _Run(_Detection, _Partnerships, _Figures):
    """One document's analysis: detection (with participants, dates and places), then
    partnerships and figures over the events found."""


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
        self._foreign_paragraphs(doc, view, run)
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

    def _foreign_paragraphs(self, doc: Document, view: _DocView, run: _Run) -> None:
        """The sentences of paragraphs in another language that has phrase lists (a French
        paragraph quoted in an English page): they are read with that language's triggers
        and modality cues too (``_RunBase.scan_foreign``).

        The sentences of each such paragraph are found by bisection over the sentences'
        starts (in text order): a walk over every sentence per paragraph made a long text of
        many paragraphs cost the product of the two (``tests/test_bounded_cost.py``)."""
        starts: list[int] | None = None
        for p in doc.paragraphs:
            if not p.lang or p.lang == doc.lang:
                continue
            other = self.lexicon(p.lang)
            if other is None:
                continue
            if starts is None:
                starts = [s.start for s in view.sents]
            for i in range(bisect_left(starts, p.start), bisect_left(starts, p.end)):
                run.foreign[i] = other

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
                    venue = _is_venue(view, lex, m) or _is_venue_after(view, lex, m)
                    if venue and (i in event_sents or m.key in venues):
                        continue
                found.add(m.key)
        return sorted(found)
