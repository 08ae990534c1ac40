"""The plain data of the people stage: compiled title data per language, persons and
title phrases being read, the per-document context, and the small text helpers every
part of the stage shares (see ``diplograph._people``)."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._keyfilter import _fold_table, fold, literal_trie
from ._models import Mention
from ._regex_store import compile as compile_pattern

if TYPE_CHECKING:
    from ._people_words import DocWords, WordIndex

# Compiled once per process (the re module's cache is shared and small).
_LAST_WORD = re.compile(r"(?:^|(?<=\s))(\S+)$")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+) $")
_PLACE_KINDS = ("country", "region", "city")
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_]))*\.?")
# Punctuation that sets a title after a name: a comma, or a dash standing between spaces.
_APPOSITION_MARKS = ",-\u2013\u2014"
_DATELINE_DASH = re.compile(r"^[^\n]{0,25}?[—–-]")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_]))*")
# (the first letter comes before the look-behind, which checks the character before it: a
# pattern opening with a character class is searched for it in C, not tried at every position)
# A run of word characters opening with a capital, as the compound titles' pattern opens
# (its letter, then the character before it tested): the whole run such a match covers.
_CAP_RUN = re.compile(r"[^\W\d_a-zß-ÿ](?<!\w\w)\w*")
_CAP_WORD = re.compile(r"[^\W\d_a-zа-яё\u00df-\u00ff](?<![\w\-'’]\w)[^\W\d_]+")
# A pattern that never matches, for a list the language leaves empty. Anchored at the
# text's start: ``re`` then tries it at one position only, where the plain ``(?!x)x``
# (no first character to search for) was tried at every position of every text given
# to ``finditer``/``search`` (the compound titles of every language but German: ~25 us
# a document). Both match nothing, so any pattern holding one behaves the same.
_NEVER = r"\A(?!x)x"
# Where a sentence ends: a line break, "!?;:" before whitespace, a full stop before
# whitespace that closes no initial of one or two letters ("A.", "Th."), a dash before
# whitespace. Written to open with the class of those characters, then (behind) which one
# it was: ``re`` searches a pattern that opens with a class for that class in C, while the
# same alternatives written one after the other (one opening with a look-behind) were
# tried at every position of the searched span (``_clause_end``: up to 260 characters for
# every title; ``_SENTENCE_END_PLAIN`` is the plain form, the same matches).
_SENTENCE_END_PLAIN = r"\n|[!?;:](?=\s)|(?<!\b[^\W\d_])(?<!\b[^\W\d_]{2})\.(?=\s)|[—–]\s"
_SENTENCE_END = re.compile(
    r"[\n!?;:.—–](?:(?<=\n)|(?<=[!?;:])(?=\s)"
    r"|(?<=\.)(?<!\b[^\W\d_]\.)(?<!\b[^\W\d_]{2}\.)(?=\s)|(?<=[—–])\s)"
)


def _exact_runs(pattern: re.Pattern[str], text: str, word: str) -> list[int]:
    """The positions of ``word`` in ``text`` where ``pattern`` matches exactly that word.

    Why: the callers ask a question of each distinct word once (``findall`` in C) and then
    need the word's occurrences that are matches of ``pattern`` (where ``finditer`` would
    have found it): found by ``str.find``, each checked with one ``match``."""
    size = len(word)
    out: list[int] = []
    i = text.find(word)
    while i >= 0:
        m = pattern.match(text, i)
        if m is not None and m.end() == i + size:
            out.append(i)
        i = text.find(word, i + 1)
    return out


def _boundary_alt(forms: list[str]) -> str:
    """Any of ``forms`` as a whole word (a space matching any run of spaces), longest first;
    case-insensitive (every caller compiles it with ``re.IGNORECASE``).

    Written as a trie (:func:`literal_trie`, the same matches): a title list of a few
    hundred forms was a case-insensitive alternation that ``re`` tried form by form at
    every word start."""
    alts = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    if not alts:
        return _NEVER
    fast = _first_letter_alt(alts, _trie_rests)
    if fast is not None:
        return fast + r"(?!\w)"
    body = (
        literal_trie(alts)
        or "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in alts) + ")"
    )
    # a first-letter class up front lets the engine skip most positions cheaply
    first = "".join(sorted({re.escape(c) for f in alts for c in (f[0].lower(), f[0].upper())}))
    return rf"(?<!\w)(?=[{first}]){body}(?!\w)"


# Characters whose lowercase is another character's but which no case mapping of that
# character reaches (Kelvin sign, Angstrom sign, Ohm sign, dotted capital I).
_LOWER_ONLY_TO = "\u212a\u212b\u2126\u0130"


# A word character as ``re`` reads one (compiled once: see ``_people._surname_pattern``).
_WORD_CHAR = re.compile(r"\w")


@functools.cache
def _ci_variants(ch: str) -> frozenset[str]:
    """Every character ``re.IGNORECASE`` matches against the literal ``ch``: its case
    mappings, re's extra case classes (``re._casefix``, through :func:`fold`) and the few
    characters only a lowercase mapping reaches; each candidate checked with ``re``
    itself, so the set is exact for the candidates (a test checks all of Unicode)."""
    key = fold(ch)
    cands = {ch, *_LOWER_ONLY_TO}
    for c in (ch, key, ch.lower(), ch.upper(), ch.title(), ch.casefold()):
        cands.update((c, c.lower(), c.upper(), c.title()))
    cands.update(c for c in map(chr, _fold_table()) if fold(c) == key)
    one = compile_pattern(re.escape(ch), re.IGNORECASE)
    return frozenset(c for c in cands if len(c) == 1 and one.fullmatch(c))


def _trie_rests(rests: list[str]) -> str | None:
    words = [r for r in rests if r]
    if not words:
        return ""
    trie = literal_trie(words)
    if trie is None:
        return None
    return f"(?:{trie})?" if "" in rests else trie


def _letter_groups(
    forms: list[str], rests_alt: Any, *, word_end: bool
) -> tuple[list[tuple[str, str]], set[str]] | None:
    """The forms grouped by their folded first letter, for :func:`_first_letter_alt` and
    :func:`_after_nonword`: per group, in key order, the key and ``rests_alt`` of the rests
    after the first letter, plus every case variant of the first letters; None when a form
    is empty or does not open (with ``word_end``: also end) with a word character, a key is
    not one character, a variant is not a word character, or ``rests_alt`` gives None.

    Why one helper: both patterns must group the same way for their matches to agree."""
    groups: dict[str, list[str]] = {}
    for f in forms:
        if not f or not _WORD_CHAR.match(f[0]) or (word_end and not _WORD_CHAR.match(f[-1])):
            return None
        groups.setdefault(fold(f[0]), []).append(f)
    keyed: list[tuple[str, str]] = []
    letters: set[str] = set()
    for key in sorted(groups):
        variants = set().union(*(_ci_variants(f[0]) for f in groups[key]))
        if any(not _WORD_CHAR.match(c) for c in variants) or len(key) != 1:
            return None
        rest = rests_alt([f[1:] for f in groups[key]])
        if rest is None:
            return None
        letters |= variants
        keyed.append((key, rest))
    return keyed, letters


def _first_letter_alt(forms: list[str], rests_alt: Any) -> str | None:
    r"""``(?<!\w)(?:forms)`` (case-insensitive) written to open with an exact,
    case-sensitive class of the forms' first letters and their case variants, or None.

    Why: ``re`` has no first-character shortcut for a pattern that opens with a
    look-behind, nor for a case-insensitive class, so such a pattern was tried at every
    position. Here the first letter is consumed by ``(?-i:[...])`` (searched for in C),
    ``(?<!\w\w)`` then checks the character before it (the same test as ``(?<!\w)``
    before a word character), and ``(?<=k)`` picks the forms opening with ``k``: first
    letters are grouped by :func:`fold`, so at most one group can match and within it
    the rests keep their order (``rests_alt`` writes them; None when it cannot)."""
    grouped = _letter_groups(forms, rests_alt, word_end=False)
    if grouped is None:
        return None
    keyed, letters = grouped
    parts = [rf"(?<={re.escape(key)}){rest}" for key, rest in keyed]
    cls = "".join(re.escape(c) for c in sorted(letters))
    return rf"(?-i:[{cls}])(?<!\w\w)(?:{'|'.join(parts)})"


def _after_nonword(forms: list[str], rests_alt: Any, tail: str) -> re.Pattern[str] | None:
    r"""What ``_first_letter_alt(forms, rests_alt) + tail`` (compiled with ``re.IGNORECASE``)
    finds after the text's first character, as group 1 of a match opening with the
    character before it; None where ``_first_letter_alt`` gives None or a form ends with
    no word character. Read with :func:`_word_hits`.

    Why: the first-letter pattern stops at every character of its class (most letters of
    a text, mid-word ones too), and at a word start tries ``(?<=k)`` for the class's
    letters one after the other until one fits, each a nested match in ``re``. Here the
    match opens with ``\W`` (a non-word character: far fewer stops), then one alternative
    per first letter and case variant, each opening with that letter written plainly, which
    ``re`` checks without entering the alternative. About half of the instructions of a
    title scan (``tests/test_people_fast_paths.py``).

    The same matches: ``(?<!\w\w)`` after a word character is ``\W`` before it (or the
    text's start, which :func:`_word_hits` asks the plain pattern about); a letter's
    alternatives are those whose ``(?<=k)`` accepts it, in their order, with the same
    rest; and since every form ends with a word character, no match can start right
    where the previous one ended, so consuming the character before a match skips none.
    """
    grouped = _letter_groups(forms, rests_alt, word_end=True)
    if grouped is None:
        return None
    keyed = [(compile_pattern(re.escape(key), re.IGNORECASE), rest) for key, rest in grouped[0]]
    letters = grouped[1]
    branches = [
        rf"{re.escape(c)}(?i:{rest})"
        for c in sorted(letters)
        for lookbehind, rest in keyed
        if lookbehind.fullmatch(c)
    ]
    if not branches:
        return None
    return compile_pattern(rf"\W((?:{'|'.join(branches)}){tail})")


def _boundary_after(forms: list[str]) -> re.Pattern[str] | None:
    """:func:`_after_nonword` for ``_boundary_alt(forms)`` (its fast form), or None."""
    alts = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    if not alts or _first_letter_alt(alts, _trie_rests) is None:
        return None
    return _after_nonword(alts, _trie_rests, r"(?!\w)")


def _word_hits(
    plain: re.Pattern[str], after: re.Pattern[str] | None, text: str
) -> list[tuple[int, int, str]]:
    """Start, end and text of each of ``plain``'s matches in ``text`` (as ``finditer``),
    read with ``after`` (:func:`_after_nonword`) when there is one."""
    if after is None:
        return [(m.start(), m.end(), m.group(0)) for m in plain.finditer(text)]
    first = plain.match(text)
    hits = [(first.start(), first.end(), first.group(0))] if first is not None else []
    hits.extend(
        (m.start(1), m.end(1), m.group(1))
        for m in after.finditer(text, first.end() if first is not None else 0)
    )
    return hits


def _plain_rests(rests: list[str]) -> str:
    """The rests of forms as an ordered alternation (an empty rest matches there)."""
    return "(?:" + "|".join(re.escape(r) for r in rests) + ")"


def _connector_alt(forms: list[str]) -> str:
    """Like :func:`_boundary_alt`, but an elided form ("d'", "l'") runs into its word."""
    alts = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    parts = []
    for f in alts:
        body = re.sub("['’]", "['’]", re.escape(f).replace(r"\ ", r"\s+"))
        parts.append(body if f[-1] in "'’" else body + r"(?!\w)")
    return rf"(?<!\w)(?:{'|'.join(parts)})" if parts else _NEVER


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


@dataclass(slots=True)
class _Lang:
    """One language's titles data, compiled."""

    titles: re.Pattern[str]
    roles: dict[str, tuple[str, bool]]  # normalised form -> (role, coref only)
    honorifics: re.Pattern[str]
    of: re.Pattern[str]
    to: re.Pattern[str]
    possessive: re.Pattern[str]
    determiners: re.Pattern[str]
    not_name: frozenset[str]
    bodies: re.Pattern[str]
    body_names: dict[str, str]
    body_countries: dict[str, str]
    anaphors: re.Pattern[str]
    anaphor_heads: dict[str, str]
    unit_words: frozenset[str]
    link_words: frozenset[str]
    phrase_words: frozenset[str]
    heads: frozenset[str]
    lower_endings: tuple[str, ...]
    caps_adj_endings: tuple[str, ...]
    appositive: bool
    led_by: re.Pattern[str]
    compounds: re.Pattern[str]
    historical: re.Pattern[str]
    place_genitive: tuple[str, ...]
    # Words joining two members of a list ("and", "и"): parallel lists of places and names.
    and_words: frozenset[str] = frozenset()
    # ``titles``, ``bodies`` and ``honorifics`` read with ``_word_hits`` (None: plainly)
    titles_after: re.Pattern[str] | None = None
    bodies_after: re.Pattern[str] | None = None
    honorifics_after: re.Pattern[str] | None = None
    # ``compounds`` asked of one capitalised word at a time (``_compound_hits``), and the
    # title each word seen ends with (None: none), kept per language as words repeat
    compound_word: re.Pattern[str] | None = None
    compound_seen: dict[str, str | None] = field(default_factory=dict)
    # the document's words read once for the scans above (``_people_words.WordIndex``)
    words: WordIndex | None = None


@dataclass(slots=True)
class _Person:
    name: str
    role: str | None
    country: str | None
    region: str | None
    eid: str
    surfaces: list[str] = field(default_factory=list)
    country_rule: str = ""
    historical: bool = False  # on the curated list of figures of history
    past_at: set[int] = field(default_factory=set)  # mentions whose context is history
    current: bool = False  # holds an office tied to a unit or body in this document
    leads: bool = False  # named as the head of a delegation ("a delegation led by X")

    def is_past(self) -> bool:
        """A figure of history, never a participant: only a curated name qualifies.

        A context word alone ("museum", "monument") is too weak: a living official
        opens museums. A curated name that holds a present office in the document
        (a namesake chairing a provincial committee) is history only where a cue
        says so.
        """
        return self.historical and (not self.current or bool(self.past_at))


@dataclass(slots=True)
class _Title:
    start: int
    end: int
    role: str
    base: str
    coref_only: bool
    country: str | None = None
    region: str | None = None
    span_start: int = 0
    span_end: int = 0
    country_rule: str = ""
    name: tuple[int, int] | None = None
    unit_anaphor: bool = False
    name_at: int | None = None  # where the name it gives starts


@dataclass(slots=True)
class _Ctx:
    text: str
    lang: _Lang
    by_start: dict[int, Mention]
    covered: set[int]
    body_at: dict[int, tuple[int, int, str, str | None, str | None]]
    bodies: list[tuple[int, int, str, str | None, str | None]]
    places: list[Mention]
    lang_code: str | None = None
    # Read for every title: built once per document, so cost stays linear in its length.
    countries: set[str] = field(default_factory=set)
    by_end: dict[int, list[Mention]] = field(default_factory=dict)
    # the document's words read once (``_people_words``; None: the plain scans)
    words: DocWords | None = None

    def __post_init__(self) -> None:
        for m in self.places:
            self.by_end.setdefault(m.end, []).append(m)
            if m.kind in _PLACE_KINDS and (c := _country_of(m)):
                self.countries.add(c)


class _Regions:
    """Region mentions by start, to find the latest one ending shortly before an offset
    without walking every place of the document (long texts stay linear)."""

    def __init__(self, by_start: dict[int, Mention]) -> None:
        self.items = [p for p in by_start.values() if p.kind == "region"]
        self.items.sort(key=lambda p: p.start)
        self.starts = [p.start for p in self.items]
        self.longest = max((p.end - p.start for p in self.items), default=0)

    def last_before(self, pos: int, within: int) -> Mention | None:
        """The latest-starting region that ends at or before ``pos``, less than ``within``
        characters before it."""
        k = bisect.bisect_left(self.starts, pos)
        floor = pos - within - self.longest  # a region starting earlier ends too early
        while k > 0 and self.starts[k - 1] >= floor:
            k -= 1
            p = self.items[k]
            if p.end <= pos and pos - p.end < within:
                return p
        return None


def _yield_to_place(
    text: str, ms: int, me: int, starts: list[int], by_start: dict[int, Mention]
) -> int:
    """A title form that ends in a unit word ("Chủ tịch UBND tỉnh") overlapping a place
    that starts with it ("tỉnh Bình Thuận") gives the word to the place, so the place is
    read as the title's affiliation and the name after it as the holder."""
    i = bisect.bisect_right(starts, ms)
    while i < len(starts) and starts[i] < me:
        place = by_start[starts[i]]
        if place.end > me:
            cut = starts[i]
            while cut > ms and text[cut - 1].isspace():
                cut -= 1
            return cut if cut > ms else me
        i += 1
    return me


def _lowset(forms: Any) -> frozenset[str]:
    return frozenset(_norm(str(f)) for f in forms or ())


def _clause_end(text: str, pos: int) -> int:
    """Where the sentence around ``pos`` ends (a title phrase never crosses it)."""
    end = min(len(text), pos + 260)
    m = _SENTENCE_END.search(text, pos, end)
    return m.start() if m else end


def _flat(d: dict[str, Any]) -> list[str]:
    return [str(f) for forms in d.values() for f in forms or ()]


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _region_country(code: str | None) -> str | None:
    """An ISO 3166-2 code names its country first ("RU-KLU" is in RU)."""
    return code[:2] if code and len(code) > 3 and code[2] == "-" else None


def _country_of(m: Mention) -> str | None:
    if m.kind == "country":
        return m.key
    c = m.attrs.get("country")
    if not c and m.kind == "region":
        return _region_country(m.key)
    return str(c) if c else None


def _capitalised_neighbour(text: str, start: int, end: int) -> bool:
    """Part of a longer name ("Ho Chi Minh") rather than a short mention."""
    after = _NEXT_WORD.match(text[end : end + 40])
    if after and after.group(1)[:1].isupper():
        return True
    before = _PREV_WORD.search(text[max(0, start - 40) : start])
    return bool(before and before.group(1)[:1].isupper() and start - 1 > 0)
