"""SentenceStage: sentence spans over the clean text, never across a line break.

Every later fact is evidenced by its sentence, so the splitter errs towards
keeping a sentence whole: a period ends a sentence only when what follows
looks like a new one (space, then a capital, a digit, a quote or a letter of a
caseless script) and what precedes is not an abbreviation or an initial.
Abbreviations are language data (``data/lang/<code>/abbreviations.yaml``);
the remaining rules (initials "V. V.", dotted forms "U.S.", decimals,
ellipses, closing quotes, the "./." end mark) hold in every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ._errors import LanguageDataError
from ._models import Document, Sentence
from ._resources import Resources

# A cluster of sentence-final marks, an optional "/." end mark, then closing quotes/brackets.
# The same matches as ``(?:[.!?…]+|[。！？]+)...``, written to open with one class of every
# mark (the look-behind then picks the cluster's kind): ``re`` searches a pattern opening
# with a class in C, but tries an alternation of classes at every position of the line.
_END = re.compile(r"[.!?…。！？](?:(?<=[.!?…])[.!?…]*|(?<=[。！？])[。！？]*)(?:/\.)?[\"'”’»)\]]*")
# ``_END`` (group 1) and the blanks after it: ``split_spans`` reads where the next sentence
# may begin from the match instead of a Python loop over the blanks (``\s`` is
# ``str.isspace``; blanks cannot begin a mark cluster, so the clusters found are the same)
_END_BLANKS = re.compile(f"({_END.pattern})\\s*")
# The same clusters and blanks over a whole text, or a line break: ``split_text`` reads a
# text's lines in one scan instead of splitting it and scanning every line. One class of
# every mark and "\n" opens it (``re`` searches for a leading class in C); group 1 is empty
# at the cluster's end (-1 for a line break), and the blanks stop at a line break as a
# line's own end stopped ``\s*``. The marks and quotes are never "\n", so no cluster
# crosses a line.
_END_OR_BREAK = re.compile(
    r"[.!?…。！？\n](?:(?<=\n)|(?:(?<=[.!?…])[.!?…]*|(?<=[。！？])[。！？]*)(?:/\.)?[\"'”’»)\]]*()"
    r"[^\S\n]*)"
)
_CJK_END = frozenset("。！？")
_OPENERS = "\"'“‘«([¿¡„"
_WORD_WINDOW = 200
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")  # U.S  т.д  A.S  z.B


@dataclass(frozen=True, slots=True)
class AbbreviationRules:
    """One language's abbreviation data, lower-cased, ready for lookups."""

    never: frozenset[str]  # never end a sentence ("mr.", "st.", "ул.")
    ends: frozenset[str]  # may end one before a capitalised word ("etc.", "т.д.")
    ends_after_number: frozenset[str]  # end one only after a number ("2023 г.")
    ordinal_numbers: bool  # "22. November": a short number with a period is an ordinal

    @staticmethod
    def parse(data: list[Any], where: str) -> AbbreviationRules:
        never: set[str] = set()
        ends: set[str] = set()
        after: set[str] = set()
        ordinal = False
        for item in data:
            if isinstance(item, str):
                never.add(item.lower())
            elif isinstance(item, dict):
                for key, value in item.items():
                    if key == "ordinal_numbers":
                        ordinal = bool(value)
                    elif key in ("ends", "ends_after_number") and isinstance(value, list):
                        (ends if key == "ends" else after).update(str(v).lower() for v in value)
                    else:
                        raise LanguageDataError(f"{where}: unknown abbreviation entry {key!r}")
            else:
                raise LanguageDataError(f"{where}: entries must be strings or mappings")
        return AbbreviationRules(frozenset(never), frozenset(ends), frozenset(after), ordinal)

    def merged(self, other: AbbreviationRules) -> AbbreviationRules:
        return AbbreviationRules(
            self.never | other.never,
            self.ends | other.ends,
            self.ends_after_number | other.ends_after_number,
            self.ordinal_numbers and other.ordinal_numbers,
        )


_EMPTY = AbbreviationRules(frozenset(), frozenset(), frozenset(), False)


def split_spans(line: str, offset: int, rules: AbbreviationRules) -> list[tuple[int, int]]:
    """Sentence spans of one line (no newline inside), shifted by ``offset``."""
    spans: list[tuple[int, int]] = []
    n = len(line)
    start = 0
    for m in _END_BLANKS.finditer(line):
        end = m.end(1)  # the mark cluster's end; the match goes on over the blanks after it
        if end >= n:
            break
        at = m.start()
        cjk = line[at] in _CJK_END
        nxt = m.end()
        if not cjk and nxt == end:
            continue  # no blank after the marks
        if nxt >= n:
            break
        if not cjk and not _is_boundary(line, at, line[at:end], line[nxt], rules):
            continue
        # ``_add`` inline: ``line[end - 1]`` is a mark or a closing quote, never a blank, and
        # ``start`` a non-blank but at the line's head
        while start < end and line[start].isspace():
            start += 1
        if start < end:
            spans.append((offset + start, offset + end))
        start = nxt
    _add(spans, line, start, n, offset)
    return spans


def split_text(text: str, rules: AbbreviationRules) -> list[tuple[int, int]]:
    """``split_spans`` of every line of ``text`` with its offset, from one scan of the text.

    The same spans as splitting the text at "\\n" and asking each line (the loop of
    ``split_spans``, a line's end read as the next "\\n" or the text's end): one ``finditer``
    per document instead of a split, a scan and a call per line, the lines' starts read
    from the breaks the scan finds (``tests/test_sentences_text_fast.py`` compares)."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0  # where the next sentence may begin
    line = 0  # where the current line begins
    for m in _END_OR_BREAK.finditer(text):
        end = m.end(1)  # the mark cluster's end; -1 at a line break
        at = m.start()
        if end < 0:
            _add(spans, text, start, at, 0)
            start = line = at + 1
            continue
        cjk = text[at] in _CJK_END
        nxt = m.end()
        if not cjk and nxt == end:
            continue  # no blank after the marks (nor a line's end, which has no blank)
        if nxt >= n or text[nxt] == "\n":
            continue  # only blanks, or nothing, after the marks on this line: the line's
            # last span is added at its end
        if not cjk and not _boundary(text, line, at, text[at:end], text[nxt], rules):
            continue
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            spans.append((start, end))
        start = nxt
    _add(spans, text, start, n, 0)
    return spans


def _add(spans: list[tuple[int, int]], line: str, start: int, end: int, offset: int) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((offset + start, offset + end))


def _is_boundary(line: str, at: int, marks: str, following: str, rules: AbbreviationRules) -> bool:
    """Does the mark cluster at ``at`` end a sentence, given the next non-space char?"""
    return _boundary(line, 0, at, marks, following, rules)


def _boundary(
    text: str, line: int, at: int, marks: str, following: str, rules: AbbreviationRules
) -> bool:
    """``_is_boundary`` of the line of ``text`` that starts at ``line`` (``at`` in ``text``)."""
    if following.islower():
        return False  # "e.g. the", "Mr. and", "... and so on"
    if marks[0] != "." or marks.startswith("..") or marks.startswith("./."):
        return True  # ! ? … and ellipses before a capital
    # the word before the mark; searched in a window first, so a long line with many
    # periods is not rescanned from its start at every one (linear cost)
    lo = max(line, at - _WORD_WINDOW)
    space = text.rfind(" ", lo, at)
    if space < 0 and lo > line:
        space = text.rfind(" ", line, at)
    word_start = space + 1 if space >= 0 else line
    token = text[word_start:at].lstrip(_OPENERS)
    if not token:
        return True
    abbr = token.lower() + "."
    if abbr in rules.never:
        return False
    if abbr in rules.ends:
        return True
    if abbr in rules.ends_after_number:
        k = word_start - 1  # the last character before the word, over any whitespace
        while k >= line and text[k].isspace():
            k -= 1
        return k >= line and text[k].isdigit()
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "V. V. Putin"
    if "." in token and _DOTTED.fullmatch(token):  # (every match holds a ".")
        return False  # "U.S.", "A.S.", "т.д." written without spaces
    return not (rules.ordinal_numbers and token.isdigit() and len(token) <= 2)


class SentenceStage:
    """Sets ``doc.sentences``: ordered, non-overlapping, trimmed, within one line each."""

    name = "sentences"
    requires: tuple[str, ...] = ("text", "lang")
    assigns: tuple[str, ...] = ("sentences",)

    def __init__(self, res: Resources) -> None:
        self._res = res
        self._rules: dict[str, AbbreviationRules] = {}
        union = _EMPTY
        for code, data in res.registry.each_lang("abbreviations"):
            rules = AbbreviationRules.parse(data, f"lang/{code}/abbreviations.yaml")
            self._rules[code] = rules
            union = union.merged(rules) if union is not _EMPTY else rules
        # Languages without their own list borrow every list (minus ordinal dots).
        self._fallback = AbbreviationRules(union.never, union.ends, union.ends_after_number, False)

    def __reduce__(self) -> tuple[Any, tuple[Resources]]:
        return (SentenceStage, (self._res,))

    def rules_for(self, lang: str | None) -> AbbreviationRules:
        return self._rules.get(lang or "", self._fallback)

    def split(self, text: str, lang: str | None) -> list[Sentence]:
        """Sentences of ``text`` read with the abbreviations of ``lang``."""
        return [Sentence(s, e) for s, e in split_text(text, self.rules_for(lang))]

    def __call__(self, doc: Document) -> Document:
        if not doc.paragraphs or all(p.lang == doc.lang for p in doc.paragraphs):
            doc.sentences = self.split(doc.text, doc.lang)
            return doc
        # Paragraphs in another language are read with that language's abbreviations.
        langs = {p.start: p.lang for p in doc.paragraphs}
        out: list[Sentence] = []
        pos = 0
        for line in doc.text.split("\n"):
            if line and not line.isspace():
                first = pos + len(line) - len(line.lstrip())
                rules = self.rules_for(langs.get(first, doc.lang))
                out.extend(Sentence(s, e) for s, e in split_spans(line, pos, rules))
            pos += len(line) + 1
        doc.sentences = out
        return doc


__all__ = ["AbbreviationRules", "SentenceStage", "split_spans", "split_text"]
