"""Phrase lists compiled into regexes and scanned: the phrase syntax of the language data.

Language knowledge stays in ``data/lang/<code>/*.yaml``; this module only knows a tiny
phrase syntax so that inflection and word order can be written as data:

* words separated by spaces match words separated by any whitespace;
* ``*`` at the end (or start) of a word stands for any ending (or beginning), so one
  entry covers Russian genders and plurals or German compounds;
* ``(a|b)`` is one of several words;
* ``...`` is a gap of up to 8 words (``...3``: up to 3), for German separable verbs
  ("arbeitete ... zusammen") and split phrases ("presented ... Order");
* ``~`` is one optional word ("paid a ~ visit");
* an apostrophe matches both ``'`` and ``’``.

Trigger entries may end in ``@agent`` or ``@place``: the phrase only counts when a
person/title/organisation/delegation (``@agent``) or a country/region/city (``@place``)
follows it closely. That keeps "received Governor X" apart from "received support".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

import ahocorasick

from .._amounts import unspaced
from .._errors import LanguageDataError
from .._regex_store import compile as compile_pattern

DEFAULT_GAP = 8
# A gap between words of an unspaced script counts letters: a Chinese or Japanese word is one
# to three characters ("第三届" is an ordinal and a counter, "中俄" two names).
_CHARS_PER_WORD = 3
# Distinct words remembered per phrase set (a few MB at most).
_MEMO_WORDS = 50_000
_GAP = re.compile(r"^\.\.\.(\d*)$")
_NEEDS = ("@agent", "@place")
# A word runs over the combining vowel and tone marks that Python's \w leaves out (Thai
# "ลงนาม" is one run, Lao "ລົງນາມ" too, Hindi matras): without them a Lao word breaks at
# every vowel sign and no phrase can match inside it.
_WORD_CHARS = r"[\w\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+"
_LEAD = re.compile(_WORD_CHARS)
_WORDS = re.compile(_WORD_CHARS)
# The same words as separators of a split (``words``): the pieces alternate gap, word, gap
_SPLIT = re.compile("(" + _WORD_CHARS + ")")


# Quotation marks (and brackets) that may open or close a word inside a phrase: one of
# them, or nothing (greedy, as ``["“«„‘(]?`` would be). Written as a branch of small classes
# because ``re`` compiles a class of more than two runs that reaches past Latin-1 into a
# 64K-character bitmap (~0.4 ms each, two per pair of words: most of the time of compiling
# a language's phrase lists at start); ``{1}`` keeps the parser from merging the branch back
# into one such class. Same matches (tests/test_event_lexicon_fast.py).
_OPEN = '(?:["«(]|[“„]|‘{1}|)'
_CLOSE = '(?:["»)]|[”’]{1}|)'
# A phrase word, or a parenthesised group of alternatives that may hold spaces
# ("(a eu lieu|ont eu lieu)"): whitespace inside the parentheses does not split it.
_PHRASE_TOKEN = re.compile(r"\([^()]*\)|\S+")
# Characters that ``re`` under IGNORECASE matches with a letter they do not lower-case into,
# written as that letter: the long s (with "s"), the dotted capital and the dotless i ("i";
# "İ" even lower-cases into two characters), the capital and final sigma ("σ": the capital's
# lower case depends on the next character), the Cyrillic narrow forms U+1C80-1C88 ("в",
# "о" ...), Greek symbol forms ("ϑ" with "θ") ... After this translation, lower-casing a text is
# lower-casing each of its characters, and puts each character matched by a phrase letter
# where that letter folds to (``_later_literal``; checked over all of Unicode in
# tests/test_event_phrases_precheck.py).
_FOLD = str.maketrans(
    {
        "ſ": "s",
        "İ": "i",
        "ı": "i",
        "Σ": "σ",
        "ς": "σ",
        "\u1c80": "в",
        "\u1c81": "д",
        "\u1c82": "о",
        "\u1c83": "с",
        "\u1c84": "т",
        "\u1c85": "т",
        "\u1c86": "ъ",
        "\u1c87": "ѣ",
        "\u1c88": "ꙋ",
        "ẛ": "ṡ",
        "\u1fbe": "ι",
        "\u0345": "ι",
        "µ": "μ",
        "ϐ": "β",
        "ϵ": "ε",
        "ϑ": "θ",
        "ϰ": "κ",
        "ϖ": "π",
        "ϱ": "ρ",
        "ϕ": "φ",
        "\u1fd3": "\u0390",
        "\u1fe3": "\u03b0",
        "ﬅ": "ﬆ",
    }
)


# Any character ``_FOLD`` translates: a text without one folds by lower-casing alone (the
# translation looks every character up in a dict, ten times the cost of ``lower``).
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]")


def fold(text: str) -> str:
    """The text as ``_later_literal`` reads it: ``_FOLD`` translated, then lower-cased."""
    if text.isascii() or _FOLDED.search(text) is None:
        return text.lower()
    return text.translate(_FOLD).lower()


def _split(phrase: str) -> list[str]:
    return _PHRASE_TOKEN.findall(unicodedata.normalize("NFC", phrase))


def _word(tok: str) -> str:
    if tok.startswith("(") and tok.endswith(")") and "|" in tok:
        alts = (r"\s+".join(_word(w) for w in t.split()) for t in tok[1:-1].split("|"))
        return "(?:" + "|".join(alts) + ")"
    return "\\w*".join(
        "".join("['’]" if c in "'’" else re.escape(c) for c in piece) for piece in tok.split("*")
    )


def phrase_regex(phrase: str) -> tuple[str, str | None]:
    """The regex source of one phrase and its object requirement (or None)."""
    tokens = _split(phrase)
    need: str | None = None
    if tokens and tokens[-1] in _NEEDS:
        need = tokens.pop()[1:]
    if not tokens:
        raise LanguageDataError(f"empty phrase {phrase!r}")
    parts: list[str] = []
    sep: str | None = None
    gap_words = 0
    prev = ""
    for tok in tokens:
        gap = _GAP.match(tok)
        if gap:
            gap_words = int(gap.group(1)) if gap.group(1) else DEFAULT_GAP
            sep = rf"(?:\s+\S+){{0,{gap_words}}}?\s+"
            continue
        if tok == "~":
            sep = r"(?:\s+\S+)?\s+"
            continue
        if parts:
            if gap_words and _unspaced_edge(prev, -1) and _unspaced_edge(tok, 0):
                # "出席第三届博览会": between two words of a script written without spaces a
                # gap of n words is up to n * _CHARS_PER_WORD letters of the same run
                sep = rf"(?:\w{{0,{gap_words * _CHARS_PER_WORD}}}?|{sep})"
            # a quoted name inside a phrase ("in the framework of “Days of ...”"): the marks
            # that open or close a quotation stand between the words, not in them
            parts.append(_CLOSE + (sep if sep is not None else r"\s+") + _OPEN)
        sep = None
        gap_words = 0
        prev = tok
        parts.append(_word(tok))
    # Scripts written without spaces (CJK, kana) have no word boundaries to respect.
    head = "" if _unspaced_edge(tokens[0], 0) else r"(?<!\w)"
    tail = "" if _unspaced_edge(tokens[-1], -1) else r"(?!\w)"
    return head + "".join(parts) + tail, need


def _unspaced_edge(tok: str, side: int) -> bool:
    """Does the phrase word start (side 0) or end (side -1) in an unspaced script?"""
    bare = tok.strip("()*|")
    return bool(bare) and unspaced(bare[side])


def _literal_lead(tok: str) -> str:
    """The characters a match of the phrase word ``tok`` must open with, exactly as written:
    its start up to the first ``*``, apostrophe or cased letter (``re`` matches an uncased
    character only as itself, also under IGNORECASE; a cased one has other forms)."""
    lead = []
    for c in tok:
        if c in "*'’" or c.lower() != c or c.upper() != c:
            break
        lead.append(c)
    return "".join(lead)


def _literal_leads(first: str) -> tuple[str, ...] | None:
    """What a match of a phrase whose first token is ``first`` opens with: one literal per
    alternative ("(签署|签订)"), or None when one of them has none (then the phrase may start
    anywhere)."""
    if first.startswith("(") and first.endswith(")") and "|" in first:
        alts = [a.split()[0] if a.split() else "" for a in first[1:-1].split("|")]
    else:
        alts = [first]
    if any(_GAP.match(a) or a in ("~", *_NEEDS) for a in alts):
        return None
    leads = tuple(_literal_lead(a) for a in alts)
    return None if not all(leads) else leads


def _later_literal(phrase: str) -> str | None:
    """A piece of text, lower-cased, that every match of the phrase holds after its first
    word (the longest literal piece of a later plain word: "соглашение" of "подписали
    соглашение", "zusammen" of "arbeitete ... zusammen"), or None.

    A sentence whose lower-cased text lacks it cannot match the phrase, so ``_scan_words``
    skips the phrase's regex there. Sound because a character of a phrase is matched under
    IGNORECASE only by characters that ``fold`` into what it folds to (checked over all of
    Unicode for every phrase character in tests/test_event_phrases_precheck.py: plain
    lower-casing is not enough, "ſ" matches "s" and "İ" lower-cases into two characters), and
    ``fold`` of a text is that of each character (no capital sigma is left to lower-case by
    its context): a matched word folds into the piece, inside the folded sentence. A piece
    whose folding changes its length is not used.
    """
    best = ""
    for tok in _split(phrase)[1:]:
        if tok in _NEEDS or tok == "~" or _GAP.match(tok) or "(" in tok or "|" in tok:
            continue
        for piece in re.split(r"[*'’]", tok):
            low = fold(piece)
            if len(low) != len(piece):
                continue
            if len(low) > len(best):
                best = low
    return best or None


def _infix(opt: str) -> str:
    r"""The literal of a first phrase word "*lit*" whose letters are all uncased ("*박람회*"),
    else "".

    Its regex, ``(?<!\w)\w*lit\w*``, tried at a word's start, matches only where that word's
    run of ``\w`` characters holds ``lit`` as written (``re`` matches an uncased character
    only as itself, also under IGNORECASE), and lower-casing the word keeps those
    characters: a word whose lower-case form lacks ``lit`` cannot start a match, so the
    phrase need not be tried there (as a wild phrase it was tried at every word)."""
    mid = opt[1:-1]
    if len(opt) < 3 or opt[0] != "*" or opt[-1] != "*" or not mid:
        return ""
    return mid if _literal_lead(mid) == mid and _LEAD.fullmatch(mid) else ""


def _weight(phrase: str) -> tuple[int, int]:
    """Longer, gapped phrases are tried first so the most specific reading wins."""
    bare = " ".join(t for t in phrase.split() if t not in _NEEDS)
    return (int("..." in bare), len(bare.replace("*", "")))


@dataclass(frozen=True, slots=True)
class Entry:
    """One data entry: ``value`` is what it means (event type, sector, kind ...)."""

    phrase: str
    value: str
    group: str  # strong / weak / side / block, or the file section
    need: str | None = None


class PhraseSet:
    """Many phrases; ``scan`` yields (start, end, entry), leftmost, most specific first.

    One big alternation would try every phrase at every character; instead phrases are
    indexed by their first word (exact, or by its literal prefix for "stem*" words) and
    only the few candidates are tried at each word start.
    """

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = sorted(entries, key=lambda e: _weight(e.phrase), reverse=True)
        self._exact: dict[str, list[int]] = {}
        self._prefix: dict[str, list[tuple[str, int]]] = {}
        self._wild: list[int] = []
        self._suffix: list[tuple[str, int]] = []  # "*festival": words ending so
        self._infix: list[tuple[str, int]] = []  # "*박람회*": words holding it (uncased)
        self._off_word: list[int] = []  # "'ll": opens with no word character (never tried)
        # Each phrase's regex is compiled when a scan first tries it (``pattern``), not
        # here: a language's sets hold hundreds of phrases and a run of news tries about
        # half of them (the bench's 3,385 documents: 2,666 of 5,885 phrase regexes built
        # while they ran), at ~0.1 ms a compilation, at start-up and at each language's
        # first document. The sources are built here, so a malformed phrase still fails
        # the lexicon's load; tests compile every phrase of every language.
        self._rx: list[re.Pattern[str] | None] = []
        self._src: list[str] = []
        # what each phrase's match must hold after its first word (``_later_literal``)
        self._later = [_later_literal(e.phrase) for e in self.entries]
        # Phrases of unspaced scripts ("签署", "締結した") start anywhere inside a run of
        # characters that \w+ reads as one word: they are searched for, not looked up.
        self._inner: list[int] = []
        # Their literal openings ("签署" of "签署 ...3 协议"), in one automaton: a phrase is
        # tried only where its opening is written, not at every letter of every run (a
        # Chinese sentence is a few long runs, and its language has hundreds of such
        # phrases). Phrases with no literal opening are tried everywhere, as before.
        leads: dict[str, list[int]] = {}
        self._anywhere: list[int] = []
        for i, e in enumerate(self.entries):
            rx, _ = phrase_regex(e.phrase)
            self._src.append(rx)
            self._rx.append(None)
            first = _split(e.phrase)[0]
            if _unspaced_edge(first, 0):
                self._inner.append(i)
                opening = _literal_leads(first)
                if opening is None:
                    self._anywhere.append(i)
                for opens in dict.fromkeys(opening or ()):
                    leads.setdefault(opens, []).append(i)
                continue
            options = first[1:-1].split("|") if first.startswith("(") and "|" in first else [first]
            for opt in options:
                lead = _LEAD.match(opt)
                key = lead.group().lower() if lead else ""
                tail = opt.rsplit("*", 1)[-1].lower()
                if not key and opt.startswith("*") and tail and opt.count("*") == 1:
                    self._suffix.append((tail, i))
                elif not key and opt[:1] in ("'", "’"):
                    # ("'ll"): its regex opens with ['’], which no word character matches,
                    # and a phrase is only tried at a word's start: this alternative never
                    # matches there (as a wild one it was tried, and failed, at every word)
                    self._off_word.append(i)
                elif not key and (infix := _infix(opt)):
                    # ("*박람회*"): a match is one word holding the literal as written
                    self._infix.append((infix, i))
                elif not key:
                    self._wild.append(i)
                elif len(key) == len(opt):
                    self._exact.setdefault(key, []).append(i)
                else:
                    self._prefix.setdefault(key[:2], []).append((key, i))
        self._leads: Any = None
        if leads:
            self._leads = ahocorasick.Automaton()
            for opens, idx in leads.items():
                self._leads.add_word(opens, (len(opens), tuple(idx)))
            self._leads.make_automaton()
        # The phrases that may start at a word, by word: computed once per distinct word
        # (news vocabulary repeats), so a scan costs one lookup per word.
        self._memo: dict[str, tuple[int, ...]] = {}
        # ... and what ``_scan_words`` tries for each of them, by word: the phrase's later
        # literal (or None), its regex's ``match`` and its entry (no list indexing per try)
        self._plans: dict[str, tuple[tuple[str, Any, Entry], ...]] = {}
        # This set's bit in its Lexicon's word masks (every bit until a Lexicon assigns one).
        self.bit = -1

    def may_start(self, low: str) -> bool:
        """Could a phrase of this set be found at (or, for unspaced scripts, inside) the word?"""
        if self._inner and not low.isascii():
            # (the opening's letters are uncased: lower-casing the word keeps them)
            if self._anywhere or self._leads is None:
                return True
            if next(self._leads.iter(low), None) is not None:
                return True
        cands = self._memo.get(low)
        if cands is None:
            cands = self._candidates(low)
        return bool(cands)

    def __bool__(self) -> bool:
        return bool(self._src)

    def pattern(self, i: int) -> re.Pattern[str]:
        """The compiled regex of the phrase ``entries[i]`` (compiled at its first use)."""
        return self._rx[i] or self._compile(i)

    def compile_all(self) -> int:
        """Compile every phrase not compiled yet (how many): a data check, or a warm-up."""
        todo = [i for i, rx in enumerate(self._rx) if rx is None]
        for i in todo:
            self._compile(i)
        return len(todo)

    def _compile(self, i: int) -> re.Pattern[str]:
        # (two threads compiling the same phrase store equal patterns: no lock needed)
        try:
            rx = self._rx[i] = compile_pattern(self._src[i], re.IGNORECASE)
        except re.error as exc:  # (user-added data: say which phrase, as the load did)
            raise LanguageDataError(
                f"event phrase {self.entries[i].phrase!r}: invalid pattern: {exc}"
            ) from None
        return rx

    def scan(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> list[tuple[int, int, Entry]]:
        end = len(text) if endpos is None else endpos
        return self.scan_tokens(text, tokens(text, pos, end), end)

    def scan_tokens(
        self, text: str, toks: list[tuple[int, str]], end: int, folded: str | None = None
    ) -> list[tuple[int, int, Entry]]:
        """Like ``scan`` over words already found (a document is tokenised once);
        ``folded``: ``fold(text[a:end])`` for some ``a`` at or before the first word, when
        the caller keeps it for the sentence (else it is made here when needed)."""
        out: list[tuple[int, int, Entry]] = []
        if not self._src:
            return out
        if self._inner:
            out = self._scan_inner(text, toks)
            if not out:
                return self._scan_words(text, toks, end, folded)
            words = [h for h in self._scan_words(text, toks, end, folded) if not _overlaps(h, out)]
            return sorted(out + words, key=lambda h: h[0])
        return self._scan_words(text, toks, end, folded)

    def _scan_inner(self, text: str, toks: list[tuple[int, str]]) -> list[tuple[int, int, Entry]]:
        """Matches of unspaced-script phrases inside words; earliest, then most specific."""
        found: list[tuple[int, int, int]] = []
        rx = self._rx
        for start, low in toks:
            if low.isascii():
                continue
            stop = start + len(low)
            for i in self._anywhere:
                for m in (rx[i] or self._compile(i)).finditer(text, start, stop):
                    if m.end() > m.start():
                        found.append((m.start(), i, m.end()))
            if self._leads is None:
                continue
            # where each phrase's opening is written: what ``finditer`` would find, as it
            # tries each place from the left and goes on after a match's end (a match must
            # open with the phrase's literal opening, so no other place can match)
            at: dict[int, list[int]] = {}
            for last, (n, idx) in self._leads.iter(text, start, stop):
                for i in idx:
                    at.setdefault(i, []).append(last - n + 1)
            for i, places in at.items():
                taken = -1
                for pos in sorted(set(places)):
                    if pos < taken:
                        continue
                    hit = (rx[i] or self._compile(i)).match(text, pos, stop)
                    if hit and hit.end() > hit.start():
                        found.append((hit.start(), i, hit.end()))
                        taken = hit.end()
        out: list[tuple[int, int, Entry]] = []
        taken = -1
        for a, i, b in sorted(found):
            if a >= taken:
                out.append((a, b, self.entries[i]))
                taken = b
        return out

    def _candidates(self, low: str) -> tuple[int, ...]:
        """Indexes of the phrases that may start at the word ``low``, most specific first."""
        cands = list(self._exact.get(low, ()))
        pre = self._prefix.get(low[:2])
        if pre:
            cands += [i for key, i in pre if low.startswith(key)]
        cands += self._wild
        cands += [i for tail, i in self._suffix if low.endswith(tail)]
        cands += [i for lit, i in self._infix if lit in low]
        return tuple(sorted(set(cands)))

    def _scan_words(
        self, text: str, toks: list[tuple[int, str]], end: int, rest: str | None = None
    ) -> list[tuple[int, int, Entry]]:
        out: list[tuple[int, int, Entry]] = []
        taken = -1
        plans = self._plans
        # the folded text from the first word on (or before), made when a phrase first needs
        # it: a phrase whose later literal is not in it cannot match (``_later_literal``)
        for start, low in toks:
            if start < taken:
                continue
            plan = plans.get(low)
            if plan is None:
                plan = self._plan(low)
            for lit, match, entry in plan:
                if lit:  # ("" when the phrase has no later literal)
                    if rest is None:
                        rest = fold(text[toks[0][0] : end])
                    if lit not in rest:
                        continue
                m = match(text, start, end)
                if m and m.end() > m.start():
                    out.append((m.start(), m.end(), entry))
                    taken = m.end()
                    break
        return out

    def _plan(self, low: str) -> tuple[tuple[str, Any, Entry], ...]:
        """(later literal, regex ``match``, entry) of each phrase that may start at the word
        ``low``, most specific first (``_candidates``), remembered per word (bounded). A
        phrase without a later literal has "" there, which every text holds: a scan tests
        each candidate's literal with one ``in``, no test for its absence first."""
        memo, plans = self._memo, self._plans
        cands = memo.get(low)
        if cands is None:
            if len(memo) >= _MEMO_WORDS:
                memo.clear()  # bounded: a stream of odd words cannot grow it forever
            cands = memo[low] = self._candidates(low)
        if len(plans) >= _MEMO_WORDS:
            plans.clear()
        plan = plans[low] = tuple(
            (self._later[i] or "", self.pattern(i).match, self.entries[i]) for i in cands
        )
        return plan


def _overlaps(hit: tuple[int, int, Entry], others: list[tuple[int, int, Entry]]) -> bool:
    return any(a < hit[1] and hit[0] < b for a, b, _ in others)


def tokens(text: str, pos: int, end: int) -> list[tuple[int, str]]:
    """(start, lower-case form) of every word in ``text[pos:end]``."""
    part = text[pos:end]
    low = part.lower()
    if len(low) == len(part) and "\u03a3" not in part:
        # Lower-casing changed each character into one (the length is kept) and none
        # depends on its neighbours (Python's only such rule is the capital sigma's final
        # form): the words of the lower-cased sentence are then its words lower-cased (one
        # ``lower`` per sentence instead of one per word; a character lower-cased into one
        # is a word character exactly when it was one, checked over all of Unicode in
        # tests/test_event_lexicon_fast.py). Not for the rest: "İ" lowers to two
        # characters, and a final sigma depends on what follows the word.
        return [(w.start() + pos, w.group()) for w in _WORDS.finditer(low)]
    return [(w.start(), w.group().lower()) for w in _WORDS.finditer(text, pos, end)]


def _split_lowered(text: str, pos: int, end: int) -> tuple[list[int], list[str]] | None:
    """``text[pos:end]`` lower-cased and split at its words (words at odd places, the gaps
    between them at even ones) with the running offsets of the pieces' bounds in ``text``
    (``bounds[k]`` is where piece ``k`` starts; so a word at ``2j + 1`` spans
    ``bounds[2j + 1]:bounds[2j + 2]``); None when the span may not be lower-cased at once
    (the condition of ``tokens``). Shared by ``words`` and ``word_runs``."""
    part = text[pos:end]
    low = part.lower()
    if len(low) == len(part) and "\u03a3" not in part:
        pieces = _SPLIT.split(low)
        return list(accumulate(map(len, pieces), initial=pos)), pieces
    return None


def words(text: str, pos: int, end: int) -> tuple[list[int], list[str]]:
    """``tokens`` as two lists, the starts and the lower-case words (what ``zip`` of the two
    gives is ``tokens(text, pos, end)``, tested).

    Why: a document's sentences are all tokenised, and ``finditer`` makes a match object
    and a tuple per word in Python. A split of the lower-cased sentence at its words gives
    the words (at odd places) and the gaps between them in C, and the running sum of the
    pieces' lengths gives each word's start (``accumulate``, in C too); the pairs are made
    only for the words a phrase set reads (``_RunBase.scan``). Same condition as ``tokens``
    for lower-casing the sentence at once; the rest keeps ``finditer``.
    """
    split = _split_lowered(text, pos, end)
    if split is not None:
        bounds, pieces = split
        return bounds[1:-1:2], pieces[1::2]
    starts, lows = [], []
    for w in _WORDS.finditer(text, pos, end):
        starts.append(w.start())
        lows.append(w.group().lower())
    return starts, lows


def word_runs(text: str) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and lower-case forms of every word of ``text`` (``words`` of the
    whole text, with each word's end in the text).

    Why: the events stage reads every sentence's words; read per sentence, each costs a
    slice, a lower-casing, a split and a dozen list operations even when, as for half the
    sentences of a page, no word starts any phrase. Read once per document, the words of a
    sentence are a slice of these (``_RunBase._read_document_words``): a word run is a
    maximal run of word characters, so the runs inside a sentence's span are the
    document's runs that lie inside it, unless the span cuts a run (then the sentence is
    read alone). A word is lower-cased as ``words`` does it: the whole text at once when
    that keeps each character one (then, as tested for ``words``, it is each word
    lower-cased), else word by word.
    """
    split = _split_lowered(text, 0, len(text))
    if split is not None:
        bounds, pieces = split
        return bounds[1:-1:2], bounds[2::2], pieces[1::2]
    starts, stops, lows = [], [], []
    for w in _WORDS.finditer(text):
        starts.append(w.start())
        stops.append(w.end())
        lows.append(w.group().lower())
    return starts, stops, lows


def _need(phrase: str) -> str | None:
    """The object requirement of a phrase (what ``phrase_regex`` reads off its end), without
    building its regex source (built once, where the phrase set compiles it)."""
    tokens = _split(phrase)
    need = tokens.pop()[1:] if tokens and tokens[-1] in _NEEDS else None
    if not tokens:
        raise LanguageDataError(f"empty phrase {phrase!r}")
    return need
