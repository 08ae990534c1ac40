"""Figures stated about a relation: money and growth with what they measure (trade
turnover, investment), and counts of things when the sentence names its parties or tells an
event ("a forum with 120 companies"); never vague amounts ("hundreds of thousands"). The same
quantity told again (the headline, then the lead) is one figure: the first telling.

Two kinds of numbers describe a place, not the relation, and are left out: a count of
people in a sentence that tells a population ("a prefecture of 700,000 people", "人口 70万
명"), and a percentage that is a share of a whole ("accounts for 21% of the province's
trade", "represents 25 per cent of China's imports"). Their cue words are ``measures``
entries of ``figures.yaml`` whose description is ``population`` or ``share``.

A headline rounds what the text then states exactly ("Over 70 agreements signed" over "we
signed 76 agreements"): a rounded figure ("more than", "about") is left out when the
document states an exact figure of the same unit that it rounds (see ``_rounds``)."""

from __future__ import annotations

from .._models import Figure
from ._base import _RunBase
from ._phrases import Entry
from ._view import _DIGIT, _str

# ``measures`` descriptions that are cues, not what a figure measures.
_POPULATION = "population"
_SHARE = "share"
_CUES = frozenset({_POPULATION, _SHARE})
_PERSON_UNITS = frozenset({"persons", "people"})
# How far an exact figure may lie from a rounded one and still be what it rounds: "more
# than 70" rounds 71..84 down, "about 300" rounds 270..330.
_MORE_THAN_SPAN = 1.2
_ABOUT_SPAN = 0.1


def _rounds(approx: str | None, value: float, exact: float) -> bool:
    """Is ``exact`` the figure a rounded ``value`` ("more than", "about") stands for?"""
    if approx == "more than":
        return value < exact <= value * _MORE_THAN_SPAN
    if approx == "about":
        return exact != value and abs(exact - value) <= value * _ABOUT_SPAN
    return False


class _Figures(_RunBase):
    """Figure extraction (a job of ``_Run``)."""

    def figures(self) -> list[Figure]:
        v, lex = self.v, self.lex
        out: list[Figure] = []
        stated: set[tuple[float, str]] = set()  # (value, unit) already stated
        approxes: list[str | None] = []  # the rounding word of each figure of ``out``
        # the sentences naming an amount, found in one pass over the mentions (most
        # sentences name none, and a comprehension per sentence is a function called)
        counted = sorted(v.amount_sents())
        for i in counted:
            ms = v.by_sent[i]
            amounts = [m for m in ms if m.kind == "amount"]
            # What the sentence says around its amounts, read when one of them is not a
            # figure stated already: the same quantity told again (the headline, then the
            # lead; a report repeating a line) is left out whatever its sentence says, so
            # that test comes first and such a sentence costs no scan and no name lookups
            read = False
            measures: list[tuple[int, int, Entry]] = []
            cues: set[str] = set()
            names: list[str] = []
            years: list[str | None] = []
            for m in amounts:
                unit = _str(m.attrs.get("unit")) or ""
                value = m.attrs.get("value")
                if not isinstance(value, int | float) or not unit:
                    continue
                low = unit.lower()
                if (float(value), low) in stated:
                    continue
                if not read:
                    read = True
                    measures = self.scan(lex.measures, i)
                    cues = {e.value for _, _, e in measures if e.value in _CUES}
                    measures = [x for x in measures if x[2].value not in _CUES]
                    for n in ms:
                        if n.kind in ("country", "region") and not v.nested(n):
                            name = (
                                self.names.region_name(n.key or "") if n.kind == "region" else None
                            ) or n.text
                            if name not in names:
                                names.append(name)
                    years = [n.key for n in ms if n.kind == "date" and n.key and len(n.key) == 4]
                if low in lex.exclude_units:
                    continue
                money = len(unit) == 3 and unit.isalpha() and unit.isupper()
                if (
                    not _DIGIT.search(m.text)
                    and low != "times"
                    and m.attrs.get("spelled") != "exact"
                ):
                    continue  # "hundreds of thousands": not a stated figure
                if (low == "percent" and _SHARE in cues) or (
                    low in _PERSON_UNITS and _POPULATION in cues
                ):
                    continue  # the place described: its population, a share of its whole
                if money or low in ("times", "percent"):
                    if not measures:
                        continue
                    measure = min(measures, key=lambda x: abs(x[0] - m.start))
                    desc, rule = measure[2].value, f"figure:{lex.lang}:{measure[2].phrase}"
                elif low in lex.count_units:
                    # a count is about the relation when the sentence names its parties, says
                    # what it measures, tells an event ("a forum with 120 companies") or
                    # states a relation ("sister-city relations with 106 cities")
                    told = (
                        i in self.event_sentences
                        or bool(self.delegations[i])
                        or bool(self.scan(lex.partnerships, i))
                    )
                    if not names and not measures and not told:
                        continue
                    desc, rule = unit, f"figure:{lex.lang}:count:{unit}"
                else:
                    continue
                if m.attrs.get("whole"):
                    continue  # "the 10th out of 63 localities": a rank's whole
                stated.add((float(value), low))
                what = desc + (" " + "-".join(names) if names else "")
                if low == "times":
                    what = "growth of " + what
                approx = m.attrs.get("approx")
                approxes.append(approx if isinstance(approx, str) else None)
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
        exact = [(f.value, f.unit.lower()) for f, a in zip(out, approxes, strict=True) if not a]
        return [
            f
            for f, a in zip(out, approxes, strict=True)
            if not any(u == f.unit.lower() and _rounds(a, f.value, x) for x, u in exact)
        ]
