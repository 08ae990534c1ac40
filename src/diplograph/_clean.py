"""RawArticle -> Document: the clean text every offset later refers to.

Cleaning fixes the text once and for all (NFC, one space between words,
paragraph breaks kept, outlet boilerplate and photo captions taken out and
kept aside in ``doc.removed``), so that later stages never have to guess
whether a span is content. Boilerplate patterns are language data
(``data/lang/<code>/boilerplate.yaml``); the language is not known yet at this
point, so the patterns of every language apply: they are anchored to whole
lines or line ends, so one language's patterns do not fire inside another's
sentences.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

from ._errors import LanguageDataError
from ._keyfilter import KeyedPatterns
from ._models import Document, RawArticle, Rejection, Removed
from ._pubdate import Found, choose_published, date_finder
from ._regex_store import compile as compile_pattern
from ._resources import Resources

# Characters that carry no text: zero-width marks, BOMs, soft hyphens, bidi controls.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_HSPACE = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
# Pinyin readings of ruby annotations left inline after a Han character ("締結(jié)した",
# "繼續(xù)"): a page's rendering of <ruby><rt>, not words of the text; a reading has a tone mark.
_RUBY_PINYIN = re.compile(
    r"(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}\)"
)
# What the substitutions of ``normalise_text`` would change, tested first: on most texts
# none of them changes anything, and one search for a character class costs a fraction of
# a substitution (which rebuilds the string, and for _HSPACE replaces every single space).
# Every character the three substitutions below match (line breaks, invisible, control):
_ODD_CHARS = re.compile(
    "[\r\u2028\u2029\x85\x0b\x0c\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
    "\u202a-\u202e\x00-\x08\x0e-\x1f\x7f-\x9f]"
)
# A Han character before "(": where every _RUBY_PINYIN match starts.
_RUBY_START = re.compile(r"[\u3400-\u9fff]\(")
# A line of a page's table: one cell between pipes, as text converters print an image's
# caption cell.
_TABLE_CELL = re.compile(r"\|[^|]+\|")
# Whitespace other than a space or a line break: with no "  " either, every run _HSPACE
# matches is a single space already.
_ODD_SPACE = re.compile(r"[^\S\n ]")
# One class holding every character that starts a match of _ODD_CHARS, _ODD_SPACE or
# _RUBY_START (the whitespace other than "\n" and " " listed: ``\s`` is ``str.isspace``,
# and no code point above U+3000 is a space; ``tests/test_clean_normalise_fast.py`` checks
# every code point): a text without any is done after one scan instead of three.
_MAYBE_ODD = re.compile(
    "["
    + _ODD_CHARS.pattern[1:-1]
    + re.escape("".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\n "))
    + "\u3400-\u9fff]"
)
_SENTENCE_END = ".!?…:;。！？\"'”’»)"
_MIN_LETTERS = 20
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# A paragraph of this many words is story text: the page header ends before it.
_LONG_PARAGRAPH_WORDS = 25


def content_id(text: str) -> str:
    """A stable document id: the same article text gives the same id from any container.

    Whitespace differences (line endings, wrapped lines, paragraph spacing) and
    Unicode composition do not change the id; any change of words does.
    """
    # str.split() splits at the characters re's \s matches (both are str.isspace): the same
    # string as re.sub(r"\s+", " ", ...).strip(), without a substitution per line break
    return _digest_id(" ".join(unicodedata.normalize("NFC", text).split()))


def _digest_id(norm: str) -> str:
    """The id of a text whose whitespace is already collapsed (``content_id``'s hash)."""
    return "d" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def _clean_text_id(text: str) -> str:
    """``content_id`` of a text ``clean_article`` joined, without its split into words.

    That text's only whitespace is one space between the words of a line and "\\n" or
    "\\n\\n" between lines: ``normalise_text`` made every run of other horizontal
    whitespace one space, the lines are stripped and joined by one separator each (a
    soft-wrapped line by one space), and NFC composes no whitespace. So collapsing its
    whitespace is two replacements (~7 us a document against ~22 for the split and join
    of every word); ``tests/test_clean_id_fast.py`` compares with ``content_id``."""
    return _digest_id(unicodedata.normalize("NFC", text).replace("\n\n", " ").replace("\n", " "))


@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    rule: str
    regex: re.Pattern[str]


class Boilerplate:
    """The compiled line and line-end patterns of every language, built once per Resources."""

    def __init__(self, res: Resources) -> None:
        self._res = res

    @cached_property
    def patterns(self) -> tuple[tuple[_Pattern, ...], tuple[_Pattern, ...]]:
        line: list[_Pattern] = []
        tail: list[_Pattern] = []
        for lang, data in self._res.registry.each_lang("boilerplate"):
            for kind, modes in data.items():
                if not isinstance(modes, dict):
                    raise LanguageDataError(
                        f"lang/{lang}/boilerplate.yaml: {kind!r} must map 'line'/'tail' to lists"
                    )
                for mode, items in modes.items():
                    if mode not in ("line", "tail") or not isinstance(items, list):
                        raise LanguageDataError(
                            f"lang/{lang}/boilerplate.yaml: {kind}.{mode} is not a known list"
                        )
                    for i, pat in enumerate(items):
                        rule = f"boilerplate:{lang}/{kind}.{mode}[{i}]"
                        try:
                            rx = compile_pattern(pat if mode == "line" else rf"\s*(?:{pat})\s*$")
                        except re.error as exc:
                            raise LanguageDataError(
                                f"lang/{lang}/boilerplate.yaml: {kind}.{mode}[{i}]: {exc}"
                            ) from None
                        (line if mode == "line" else tail).append(_Pattern(kind, rule, rx))
        return tuple(line), tuple(tail)

    @cached_property
    def _keyed(self) -> KeyedPatterns:
        """The line patterns indexed by the literals they need: a line is tried only
        against the patterns whose keywords it contains (and those that need none), first
        by one alternation of them (a C-level pass), then pattern by pattern in order.
        Most of the cost was the floating caption patterns (``(?:.{0,400}\\s)?photo...``,
        one per language) walking every line of every document."""
        return KeyedPatterns([p.regex for p in self.patterns[0]], "fullmatch", _alternation)

    @cached_property
    def _keyed_tail(self) -> KeyedPatterns:
        """The tail patterns, indexed the same way (a line without "—", "–" or "/." is
        done after one automaton walk)."""
        return KeyedPatterns([p.regex for p in self.patterns[1]], "search", _alternation)

    def match_line(
        self, line: str, mask: int | None = None
    ) -> tuple[_Pattern, re.Match[str]] | None:
        """The first line pattern ``line`` matches whole; ``mask``: the line's entry of
        ``line_masks`` when the caller has it."""
        hit = self._keyed.first(line, mask=mask)
        return None if hit is None else (self.patterns[0][hit[0]], hit[1])

    def line_masks(self, text: str) -> list[int] | None:
        """Which line patterns each line of ``text.split("\n")`` (stripped) may match,
        from one automaton walk over the text (``KeyedPatterns.line_masks``)."""
        return self._keyed.line_masks(text)

    def may_have_tail(self, text: str) -> bool:
        """False when no line of ``text`` can end in a tail pattern, so ``match_tail`` need
        not be asked line by line (most documents: a tail needs "—", "–" or "/.").

        Exact: a line is a substring of the text, so the literals found in the line are
        found in the text (lower-casing is per character, the final-sigma context stops at
        line breaks and spaces, and the automaton holds both sigmas); a text with no tail
        literal and no tail pattern that needs none gives every line an empty mask."""
        return bool(self._keyed_tail.candidates(text))

    def match_tail(self, line: str) -> tuple[_Pattern, re.Match[str]] | None:
        hit = self._keyed_tail.first(line, _not_at_start)
        return None if hit is None else (self.patterns[1][hit[0]], hit[1])


def _not_at_start(m: re.Match[str]) -> bool:
    return m.start() > 0


_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_UNSAFE = re.compile(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)")


def _alternation(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """All patterns as one alternation that matches exactly when one of them does, or
    None when that cannot be guaranteed (back-references, global flags, bad syntax)."""
    patterns = tuple(patterns)
    if not patterns:
        return None
    sources = [p.pattern for p in patterns]
    if any(
        p.flags & ~re.UNICODE or _UNSAFE.search(src)
        for p, src in zip(patterns, sources, strict=True)
    ):
        return None
    try:
        return re.compile("|".join(f"(?:{_GROUP_NAME.sub('(?:', src)})" for src in sources))
    except re.error:
        return None


def _boilerplate(res: Resources) -> Boilerplate:
    """The Boilerplate of these Resources, built on first use and kept on the instance."""
    bp = res.__dict__.get("_diplograph_boilerplate")
    if not isinstance(bp, Boilerplate):
        bp = Boilerplate(res)
        res.__dict__["_diplograph_boilerplate"] = bp
    return bp


def normalise_text(text: str) -> str:
    """NFC, one kind of line break, no invisible characters, no inline ruby readings, single
    spaces."""
    text = unicodedata.normalize("NFC", text)
    if _MAYBE_ODD.search(text) is None:  # none of the three searches below finds anything
        return _HSPACE.sub(" ", text) if "  " in text else text
    # Each substitution only when the text holds what it replaces (same result, less work).
    if _ODD_CHARS.search(text):
        text = _NEWLINES.sub("\n", text)
        text = _INVISIBLE.sub("", text)
        text = _CONTROL.sub(" ", text)
    if _RUBY_START.search(text):
        text = _RUBY_PINYIN.sub("", text)
    if "  " in text or _ODD_SPACE.search(text):
        text = _HSPACE.sub(" ", text)
    return text


def clean_article(raw: RawArticle, res: Resources) -> Document | Rejection:
    """The Document for ``raw``, or a Rejection when no real text is left."""
    if raw.kind == "html":
        from ._readers import extract_html

        extracted = extract_html(
            raw.content, raw.source, url=raw.url, encoding=raw.encoding, published=raw.published
        )
        if isinstance(extracted, Rejection):
            return extracted
        extracted.title = raw.title or extracted.title
        raw = extracted
    bp = _boilerplate(res)
    removed: list[Removed] = []
    url = raw.url
    title = " ".join(normalise_text(raw.title).split()) if raw.title else None
    finder = date_finder(res.registry)
    title_date: list[tuple[int, str, Found]] = []
    if title:
        hit = bp.match_line(title)
        when = finder.date_line(title)
        if hit and hit[0].kind != "caption":
            hit = None
        if hit:
            removed.append(Removed("caption", title, hit[0].rule, 0))
            title = None
        elif when is not None:  # a header date is not a title
            title_date.append((0, title, when))
            removed.append(Removed("dateline", title, f"dateline:{when.rule}", 0))
            title = None
        elif _is_outlet(title):  # nor is an outlet's name
            removed.append(Removed("outlet", title, "title:outlet-name", 0))
            title = None
        else:
            closing = finder.trailing(title)
            if closing is not None:  # "Headline (15:10 19/03/2021)": the page's date
                title_date.append((0, title, closing))

    out: list[str] = []
    long_paragraphs = 0
    # (long paragraphs before it, the line, its date) for every date line taken out
    date_lines: list[tuple[int, str, Found]] = title_date
    datelines: list[tuple[str, Found]] = []
    blank_pending = False
    content = normalise_text(raw.content)
    tails = bp.may_have_tail(content)
    doc_dated = finder.may_hold_date(content)  # most lines, and many texts, hold no year
    # which patterns each line may match, from one walk over the text (not one per line)
    masks = bp.line_masks(content)
    for j, line in enumerate(content.split("\n")):
        line = line.strip()
        if not line:
            blank_pending = bool(out)
            continue
        hit = bp.match_line(line, None if masks is None else masks[j])
        if hit is None and _TABLE_CELL.fullmatch(line):
            # a caption laid out in a table cell ("| The two chairmen sign. Photo: X |")
            hit = bp.match_line(line.strip("|").strip())
        dated = doc_dated and finder.may_hold_date(line)
        when = finder.date_line(line) if dated else None
        if when is not None:
            date_lines.append((long_paragraphs, line, when))
            if hit is None:
                removed.append(
                    Removed("dateline", line, f"dateline:{when.rule}", sum(map(len, out)))
                )
                continue
        if hit:
            pat, m = hit
            removed.append(Removed(pat.kind, line, pat.rule, sum(map(len, out))))
            found = _url(m)
            url = url or found
            continue
        if dated and long_paragraphs < finder.header_paragraphs:
            opening = finder.dateline(line)
            if opening is not None:
                datelines.append((line, opening))
        if line_words(line) >= _LONG_PARAGRAPH_WORDS:
            long_paragraphs += 1
        while tails:  # a line may end in more than one tail ("... /. — VNA")
            tail = bp.match_tail(line)
            if not tail:
                break
            pat, m = tail
            removed.append(Removed(pat.kind, m.group(0).strip(), pat.rule, sum(map(len, out))))
            url = url or _url(m)
            line = line[: m.start()].rstrip()
        if not line:
            continue
        if out and not blank_pending and _soft_wrapped(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            if out:
                out.append("\n\n" if blank_pending else "\n")
            out.append(line)
        blank_pending = False
    text = "".join(out)
    if title is None:
        title = _headline(out)
        closing = finder.trailing(title) if title else None
        if title and closing is not None:
            date_lines.insert(0, (0, title, closing))
    before_story = [(ln, f) for n, ln, f in date_lines if n == 0]
    header = [(ln, f) for n, ln, f in date_lines if n < finder.header_paragraphs]
    if len(before_story) > 1 and finder.is_masthead(header[0][0]):
        header = [*header[1:], header[0]]  # the site's "today" comes after the story's own
    footer = [(ln, f) for n, ln, f in date_lines if n >= max(long_paragraphs, 1)]
    choice = choose_published(
        raw.published, "container date", header, datelines if not header else [], footer
    )
    # counted in C, and only as far as the threshold (a long text stops early)
    letters = sum(1 for _ in islice(filter(str.isalpha, text), _MIN_LETTERS))
    if letters < _MIN_LETTERS:
        return Rejection(
            raw.source,
            "no-text",
            f"no article text left after removing boilerplate ({letters} letters)",
        )
    return Document(
        doc_id=_clean_text_id(text),
        source=raw.source,
        text=text,
        title=title,
        url=url,
        published=choice.published,
        published_by=choice.rule,
        removed=removed,
    )


# An outlet's name standing where a title would: "NEWS24.RU", "THE DAILY STAR".
_DOMAIN = re.compile(r"\S+\.[A-Za-z]{2,6}")


def _is_outlet(line: str) -> bool:
    """A domain name, or one to three words all in capitals (a masthead, not a headline)."""
    return bool(_DOMAIN.fullmatch(line)) or (len(line.split()) <= 3 and line.isupper())


_HEADLINE_WORDS = (3, 30)


def _headline(lines: list[str]) -> str | None:
    """The first clean line when it reads as a headline: short, several words, no end mark,
    and story text after it (it stays in the text: the title is metadata)."""
    if len(lines) < 3:
        return None
    first = lines[0]
    words = len(first.split())
    if not (_HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]) or len(first) > 200:
        return None
    if first[-1] in ".!?…:;,。！？" or _is_outlet(first):
        return None
    return first


def _url(m: re.Match[str]) -> str | None:
    try:
        value = m.group("url")
    except IndexError:
        return None
    return value.rstrip(".,;)") if value else None


def line_words(line: str) -> int:
    """The number of words of a non-empty stripped line of ``normalise_text``'s output.

    After ``normalise_text`` the only whitespace inside a line is a single space between
    words (every other run of horizontal whitespace became one space), so counting the
    spaces gives ``len(line.split())`` without building the list of words, once per line
    of every document (``tests/test_fast_paths_text.py`` compares the two)."""
    return line.count(" ") + 1


def _soft_wrapped(prev: str, line: str) -> bool:
    """A hard-wrapped line continues a sentence: no end mark before, lower case after."""
    return bool(prev) and prev[-1] not in _SENTENCE_END and line[0].islower() and len(prev) > 30


__all__ = ["Boilerplate", "clean_article", "content_id", "normalise_text"]
