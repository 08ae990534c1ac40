"""Finding mentions: one automaton pass, then document-level disambiguation.

The automaton proposes every surface form; the rest decides what each span is:
word boundaries and capitalisation, the exact-diacritics check (folded "nga"
must not accept "Ngà"), longest non-overlapping spans, region words next to a
name ("Provinz Lang Son", "Kaluga oblast"), the countries the document talks
about (Georgia is the US state only in a US context), places inside
organisation names ("Kaluga State University"), and the Vietnamese
personal-name guard ("Nguyễn Thị Nga" is a person, not Russia).
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._models import Mention
from ._build import CITY_TYPES
from ._model import Variant
from ._norm import SPACELESS_FROM, is_spaceless_script

if TYPE_CHECKING:
    from ._gazetteer import Gazetteer

_CONTEXT_WINDOW = 48
# Below this character no script is written without spaces (``is_spaceless_script``).
_SPACED_BELOW = SPACELESS_FROM


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    variants: list[Variant]
    word: str | None = None  # "region" / "city" when a region word is attached
    own: set[str] = field(default_factory=set)


def _capitalised(span: str) -> bool:
    for ch in span:
        if ch.isalpha():
            return ch.isupper() or ch.lower() == ch.upper()
    return True


def _candidates(gaz: Gazetteer, text: str, norm: str, lang: str | None) -> list[_Span]:
    out: list[_Span] = []
    folder = gaz.folder
    variants_of = gaz.variants
    n = len(text)
    spaceless = is_spaceless_script
    for end_idx, (klen, row) in gaz.automaton.iter(norm):
        if row < 0:
            continue  # a root seed key (``_automaton.ROOT_SEED``), no name
        start = end_idx - klen + 1
        end = end_idx + 1
        # A name starts and ends at word boundaries, except next to a script written without
        # spaces. Tested inline (no call): nine hits in ten are inside a word and stop here.
        # Every script written without spaces lies at or above U+0E00: two characters below
        # it (Latin, Cyrillic, Greek ...) answer without a call.
        if start > 0:
            p = text[start - 1]
            if (p.isalnum() or p == "_") and (
                (p < _SPACED_BELOW and text[start] < _SPACED_BELOW)
                or not (spaceless(p) or spaceless(text[start]))
            ):
                continue
        if end < n:
            q = text[end]
            if (q.isalnum() or q == "_") and (
                (q < _SPACED_BELOW and text[end - 1] < _SPACED_BELOW)
                or not (spaceless(q) or spaceless(text[end - 1]))
            ):
                continue
        variants = variants_of(row)
        span = text[start:end]
        exact: str | None = None
        plain = True
        ok: list[Variant] = []
        capital: bool | None = None
        for v in variants:
            if capital is None:
                capital = _capitalised(span)
            if not capital and (
                v.needs_capital
                or not ("*" in v.lower_langs or lang is None or lang in v.lower_langs)
            ):
                continue
            if v.needs_upper and not span.isupper():
                continue
            if exact is None:
                exact = folder.exact(span)
                plain = exact == norm[start:end]
            if (
                not plain
                and exact not in v.exact
                and not (lang != "vi" and _partly_marked(exact, v.exact, folder))
            ):
                continue
            ok.append(v)
        if ok and end - start <= _SHORT_IN_RUN and _inside_thai_lao_run(text, start, end):
            ok = [
                v
                for v in ok
                if not v.entry.rule.startswith("pycountry:")
                or v.entry.country in _THAI_LAO_COUNTRIES
            ]
        if ok:
            out.append(_Span(start, end, ok))
    return out


# Thai and Lao run words together, so a foreign subdivision's name of three letters in
# their script ("กัว", Goa; "ກາດ", Ghat) is as often a syllable inside a longer word
# ("ບັນຍາກາດ", atmosphere) or a personal name run on to its title ("นายกัว", Mr Guo).
# Touching the script on either side, such a short uncurated name counts only for the
# countries written in it, whose short province names ("ตาก") follow their unit word in
# the same run.
_SHORT_IN_RUN = 3
_THAI_LAO_COUNTRIES = frozenset({"TH", "LA"})


def _inside_thai_lao_run(text: str, start: int, end: int) -> bool:
    def thai_lao(ch: str) -> bool:
        return 0x0E00 <= ord(ch) <= 0x0EFF

    if not all(thai_lao(c) for c in text[start:end]):
        return False
    return (start > 0 and thai_lao(text[start - 1])) or (end < len(text) and thai_lao(text[end]))


def _fewer_marks(a: str, b: str) -> bool:
    """``a`` is ``b`` with some of its marks left out ("ê" for "ệ", the vowel's own mark kept
    and the tone dropped, as French wires print Vietnamese names: "Diên Biên")."""
    da, db = unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)
    return len(da) > 1 and da[0] == db[0] and set(da[1:]) < set(db[1:])


def _partly_marked(exact: str, forms: frozenset[str], folder: Any) -> bool:
    """A span that keeps some of a form's diacritics and drops the others ("Bà Ria-Vung Tàu"
    for "Bà Rịa-Vũng Tàu", as Vietnamese names are printed in French and Spanish wires): every
    marked letter is the form's own letter there. A mark the form lacks ("Ngà" against
    "Nga") still rejects it, and Vietnamese text, fully marked, never takes a partial form
    ("Nội mong" is "Hanoi wishes", not "Nội Mông")."""
    for form in forms:
        if len(form) == len(exact) and all(
            a == b or a == folder.text(b) or _fewer_marks(a, b)
            for a, b in zip(exact, form, strict=True)
        ):
            return True
    return False


def _select(spans: list[_Span], n: int) -> list[_Span]:
    """Longest first, then leftmost; no two selected spans overlap."""
    occupied = bytearray(n)
    chosen: list[_Span] = []
    for s in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if occupied.find(1, s.start, s.end) != -1:
            continue
        occupied[s.start : s.end] = b"\x01" * (s.end - s.start)
        chosen.append(s)
    chosen.sort(key=lambda s: s.start)
    return chosen


def _context(spans: list[_Span]) -> Counter[str]:
    """Countries the document certainly talks about (unambiguous spans only)."""
    ctx: Counter[str] = Counter()
    for s in spans:
        countries = {v.entry.country for v in s.variants}
        if len(countries) != 1:
            continue
        (country,) = countries
        if country is None:
            continue
        if any(v.entry.kind == "country" or v.entry.curated for v in s.variants):
            ctx[country] += 1
            s.own.add(country)
    return ctx


def _attach_words(gaz: Gazetteer, norm: str, spans: list[_Span]) -> None:
    """Widen a place span over an adjacent region word ("tỉnh", "oblast", "Provinz")."""
    words = gaz.region_words
    bounds = [(s.start, s.end) for s in spans]
    for i, s in enumerate(spans):
        if all(v.entry.kind in ("country", "org") for v in s.variants):
            continue
        prev_end = bounds[i - 1][1] if i > 0 else 0
        next_start = bounds[i + 1][0] if i + 1 < len(bounds) else len(norm)
        lo = max(prev_end, s.start - _CONTEXT_WINDOW)
        for kind in words.before:
            m = words.search_before(kind, norm, lo, s.start)
            if m is not None:
                s.start = m.start()
                s.word = kind
                break
        for kind, pattern in words.after.items():
            m = pattern.match(norm, s.end, next_start)
            if m is not None:
                s.end = m.end()
                s.word = s.word or kind
                break


def _pick_region(
    gaz: Gazetteer,
    pool: list[Variant],
    ctx: Counter[str],
    bare: bool,
    alone: bool = False,
) -> Variant | None:
    """One region among the candidates, or None when the choice is not safe.

    A bare uncurated name needs its country in the document, unless the name is a
    distinctive first-level unit in this language (``alone``: the caller checked the
    language and that the name does not stand inside a run of capitalised words).
    """
    curated = [v for v in pool if v.entry.curated]
    pool = curated or pool
    if len({v.entry.key for v in pool}) > 1:
        in_ctx = [v for v in pool if v.entry.country in ctx]
        pool = in_ctx or pool
    if len({v.entry.key for v in pool}) > 1:
        top = [v for v in pool if (r := gaz.regions.get(v.entry.key or "")) and r.parent is None]
        pool = top or pool
    if len({v.entry.key for v in pool}) > 1:
        return None
    v = pool[0]
    if bare and not v.entry.curated and v.entry.country not in ctx and not alone:
        return None
    return v


def _distinct(v: Variant, lang: str | None) -> bool:
    return bool(v.distinct) and ("*" in v.distinct or (lang is not None and lang in v.distinct))


def _capital_word(text: str, i: int, step: int) -> bool:
    """Whether a capitalised word touches position ``i`` across one space (step -1/+1)."""
    j = i - 1 if step < 0 else i
    if not (0 <= j < len(text)) or text[j] != " ":
        return False
    j += step
    if not (0 <= j < len(text)) or not text[j].isalpha():
        return False
    if step > 0:
        return text[j].isupper()
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    # A capital after a sentence end is only the sentence's first word.
    k = j - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k < 0 or text[k] in ".!?\n:;\"'«»“”(":
        return False
    return text[j].isupper()


def _stands_alone(text: str, s: _Span) -> bool:
    """A distinctive name next to other capitalised words may be a person's name part."""
    return not (_capital_word(text, s.start, -1) or _capital_word(text, s.end, +1))


def _region_type(gaz: Gazetteer, v: Variant) -> str:
    info = gaz.regions.get(v.entry.key or "")
    return info.type if info is not None else ""


def _pick_one(pool: list[Variant], ctx: Counter[str]) -> Variant:
    curated = [v for v in pool if v.entry.curated]
    pool = curated or pool
    in_ctx = [v for v in pool if v.entry.country in ctx]
    return (in_ctx or pool)[0]


def _choose(
    gaz: Gazetteer,
    s: _Span,
    ctx: Counter[str],
    text: str = "",
    lang: str | None = None,
) -> tuple[Variant | None, dict[str, Any]]:
    extra: dict[str, Any] = {}
    vs = s.variants
    orgs = [v for v in vs if v.entry.kind == "org"]
    if orgs:
        return orgs[0], extra
    regions = [v for v in vs if v.entry.kind == "region"]
    cities = [v for v in vs if v.entry.kind == "city"]
    countries = [v for v in vs if v.entry.kind == "country"]
    if s.word == "region" and regions:
        return _pick_region(gaz, regions, ctx, bare=False), extra
    if s.word == "city":
        city_regions = [v for v in regions if _region_type(gaz, v) in CITY_TYPES]
        if city_regions:
            return _pick_region(gaz, city_regions, ctx, bare=False), extra
        if cities:
            return _pick_one(cities, ctx), extra
    if countries and (regions or cities):
        country_keys = {v.entry.key for v in countries}
        local = [
            v
            for v in regions + cities
            if v.entry.country in ctx and v.entry.country not in country_keys
        ]
        if not local:
            return _pick_one(countries, ctx), extra
        regions = [v for v in local if v.entry.kind == "region"]
        cities = [v for v in local if v.entry.kind == "city"]
    if cities and regions:
        for reg in regions:
            for c in cities:
                if c.entry.region == reg.entry.key:
                    extra["city"] = c.entry.key
                    return reg, extra
        # "Granada" is a Spanish city, but a Nicaraguan department in a Nicaraguan story.
        if not any(c.entry.country in ctx for c in cities) and any(
            r.entry.country in ctx for r in regions
        ):
            return _pick_region(gaz, regions, ctx, bare=s.word is None), extra
        return _pick_one(cities, ctx), extra
    if regions:
        alone = (
            s.word is None
            and len(regions) == 1
            and _distinct(regions[0], lang)
            and _stands_alone(text, s)
        )
        return _pick_region(gaz, regions, ctx, bare=s.word is None, alone=alone), extra
    if cities:
        return _pick_one(cities, ctx), extra
    if countries:
        return _pick_one(countries, ctx), extra
    return None, extra


def _is_person(gaz: Gazetteer, text: str, norm: str, start: int) -> bool:
    """True when the span directly follows a Vietnamese personal name or an honorific.

    The name is the run of capitalised words before the span; it is Vietnamese when one
    of them is a family name or a middle name. Any of them, not only the run's first: in
    texts that capitalise titles ("Deputy Minister Nguyen Duc Trung") the run also holds
    the title, and the family name opens the name after it, so the country form ("Duc",
    Germany in Vietnamese) is a given-name syllable."""
    guard = gaz.guard
    tokens: list[tuple[str, str]] = []
    pos = start
    while len(tokens) < 4 and pos > 1 and text[pos - 1] == " ":
        j = pos - 1
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if j == pos - 1:
            break
        tokens.append((text[j : pos - 1], norm[j : pos - 1]))
        if not text[j].isupper():
            break
        pos = j
    if not tokens:
        return False
    if tokens[0][1] in guard.honorifics:
        return True
    names: list[str] = []
    for original, folded in tokens:
        if not original[:1].isupper():
            if folded in guard.honorifics:
                return True
            break
        names.append(folded)
    if not names:
        return False
    return any(n in guard.surnames or n in guard.middle for n in names)


def _sentence_start(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k] in " \t\"'«“(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:;"


def _not_a_place(gaz: Gazetteer, text: str, norm: str, s: _Span, lang: str | None) -> bool:
    """Given names next to another name, and common words opening a sentence."""
    folded = norm[s.start : s.end]
    guard = gaz.guard
    if folded in guard.given and (
        _capital_word(text, s.start, -1) or _capital_word(text, s.end, +1)
    ):
        return True
    return f"{lang}:{folded}" in guard.common and _sentence_start(text, s.start)


def _org_chains(gaz: Gazetteer, text: str, norm: str, mentions: list[Mention]) -> list[Mention]:
    """Merge places inside an organisation's name into one org mention."""
    places = [m for m in mentions if m.kind in ("country", "region", "city")]
    if not places or (not gaz.org_words.after and not gaz.org_words.before):
        return mentions
    replaced: set[int] = set()
    orgs: list[Mention] = []
    i = 0
    while i < len(places):
        j = i
        while j + 1 < len(places) and gaz.joiners.fullmatch(
            norm, places[j].end, places[j + 1].start
        ):
            j += 1
        first, last = places[i], places[j]
        start, end = first.start, last.end
        rule = ""
        suffix = gaz.org_words.after.get("org")
        # Organisation names are proper names: the chain and the org word are capitalised
        # ("Kaluga State University", not "a Japanese company").
        if suffix is not None and _capitalised(text[start:end]):
            m = suffix.match(norm, end)
            if m is not None and _capitalised(text[m.start() : m.end()].lstrip(" -")):
                end = m.end()
                rule = "suffix"
        if "org" in gaz.org_words.before:
            m = gaz.org_words.search_before("org", norm, max(0, start - _CONTEXT_WINDOW), start)
            if m is not None and _capitalised(text[m.start() : m.end()]):
                start = m.start()
                rule = rule or "prefix"
        if rule:
            chain = places[i : j + 1]
            country = next(
                (p.attrs.get("country") or p.key for p in chain if p.kind != "org"), None
            )
            if chain[0].kind == "country":
                country = chain[0].key
            region = next((p.key for p in chain if p.kind == "region"), None)
            if region is None:
                region = next((p.attrs.get("region") for p in chain if p.kind == "city"), None)
            span = text[start:end]
            orgs.append(
                Mention(
                    start,
                    end,
                    span,
                    "org",
                    " ".join(span.split()),
                    f"gazetteer:orgs:{rule}:" + "+".join(str(p.key) for p in chain),
                    {"country": country, "region": region},
                )
            )
            replaced.update(id(p) for p in chain)
        i = j + 1
    if not orgs:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    # An org widened over a neighbouring mention swallows it (an org overlaps a mention when
    # one of the orgs starting before the mention's end reaches past its start).
    starts: list[int] = []
    reach: list[int] = []
    for o in sorted(orgs, key=lambda o: o.start):
        starts.append(o.start)
        reach.append(max(o.end, reach[-1]) if reach else o.end)
    out = [
        m for m in kept if not ((k := bisect.bisect_left(starts, m.end)) and reach[k - 1] > m.start)
    ]
    out.extend(orgs)
    out.sort(key=lambda m: m.start)
    return out


def find_mentions(gaz: Gazetteer, text: str, lang: str | None) -> list[Mention]:
    norm = gaz.folder.text(text)
    spans = _select(_candidates(gaz, text, norm, lang), len(text))
    if not spans:
        return []
    ctx = _context(spans)
    _attach_words(gaz, norm, spans)
    mentions: list[Mention] = []
    # the context without a span's own countries (_choose only asks "in" and never changes
    # it), built once per distinct set of them: spans with an own country mostly share it
    without: dict[frozenset[str], Counter[str]] = {}
    for s in spans:
        local = ctx
        if s.own:
            own = frozenset(s.own)
            got = without.get(own)
            if got is None:
                got = without[own] = ctx - Counter(s.own)
            local = got
        variant, extra = _choose(gaz, s, local, text, lang)
        if variant is None:
            continue
        e = variant.entry
        if e.guard and e.kind == "country" and _is_person(gaz, text, norm, s.start):
            continue
        if s.word is None and _not_a_place(gaz, text, norm, s, lang):
            continue
        rule, form = e.rule, e.form
        for lg, lang_rule, lang_form in variant.rules:
            if lg == lang:
                rule, form = lang_rule, lang_form
                break
        attrs: dict[str, Any]
        if e.kind == "country":
            attrs = {"form": form}
        elif e.kind == "region":
            attrs = {"country": e.country}
            info = gaz.regions.get(e.key)
            if info is not None and info.successor:
                attrs["successor"] = info.successor
            city = gaz.region_city.get(e.key)
            if city is not None and s.word != "region":
                attrs["city"] = city
        else:
            attrs = {"country": e.country, "region": e.region}
        attrs.update(extra)
        if s.word:
            attrs["region_word"] = s.word
        kind: Any = e.kind
        key = e.key
        if e.kind == "city" and e.region and gaz.region_city.get(e.region) == e.key:
            # A city that is itself a first-level unit is reported as that region.
            kind, key = "region", e.region
            attrs = {"country": e.country, "city": e.key, **extra}
            info = gaz.regions.get(e.region)
            if info is not None and info.successor:
                attrs["successor"] = info.successor
        mentions.append(Mention(s.start, s.end, text[s.start : s.end], kind, key, rule, attrs))
    return _org_chains(gaz, text, norm, mentions)
