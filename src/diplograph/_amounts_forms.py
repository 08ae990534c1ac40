"""The forms of ``numbers.yaml`` as patterns, tries and lookup tables (the amounts stage's
data compiler).

Why a module of its own: ``_amounts`` reads numbers in a text; this is how a language's word
lists (scales, currencies, counts, approximations, times) become what it reads them with,
written once for the forward reading and once for the leftward one on the reversed text.
``numbers.yaml`` forms ending in ``*`` match any word ending (``доллар*``); a space in a
form matches any run of blanks on the same line.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ._amounts_trie import unit_trie
from ._errors import LanguageDataError

__all__ = ["unspaced"]

_BL = r"[^\S\n]"  # one blank on the same line


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words (CJK, kana, Thai, Lao):
    no word boundaries there, so "50名学员" is a number, a counter and a noun, not one word,
    and a Thai phrase ("ลงนาม", to sign) is found inside a run of letters.
    """
    return (
        "\u2e80" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or "\uff00" <= ch <= "\uffef"
        or "\u0e00" <= ch <= "\u0eff"  # Thai (0E00-0E7F) and Lao (0E80-0EFF)
    )


def _bounded(ch: str) -> bool:
    """Does a form ending (or starting) in ``ch`` need a word boundary there?"""
    return (ch.isalnum() or ch == "_") and not unspaced(ch)


def _form_regex(form: str) -> str:
    """A data form as a regex: ``*`` is any word ending, a space any blanks, words end whole."""
    form = _nfc(form)
    stem = form[:-1] if form.endswith("*") else form
    body = re.escape(stem).replace(r"\ ", _BL + "+")
    if form.endswith("*"):
        return body + r"\w*"
    if stem and _bounded(stem[-1]):
        body += r"(?!\w)"
    return body


def _alt(forms: list[str]) -> str:
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(_form_regex(f) for f in uniq) or r"(?!x)x"


def _units(forms: list[str]) -> str:
    """``_alt(forms)`` as a trie where it matches first what the alternation matches first
    (``_amounts_trie``): for lists after which ``_after`` asks nothing that could fail."""
    return unit_trie([_nfc(f) for f in forms], _bounded, _BL) or _alt(forms)


def _rev_alt(forms: list[str]) -> str:
    """Alternation over reversed forms, for matching leftwards on the reversed text."""
    uniq = sorted({_nfc(f)[::-1] for f in forms}, key=lambda f: (-len(f), f))
    parts = []
    for f in uniq:
        body = re.escape(f).replace(r"\ ", _BL + "+")
        if f and _bounded(f[-1]):
            body += r"(?!\w)"  # reversed: the original form starts at a word boundary
        parts.append(body)
    return "|".join(parts) or r"(?!x)x"


def _rev_units(forms: list[str]) -> str:
    """``_rev_alt(forms)`` as a trie of the reversed forms, as ``_units`` (a reversed form
    ending in ``*`` is a literal star there, so such a list keeps its alternation)."""
    reversed_forms = [_nfc(f)[::-1] for f in forms]
    if any(f.endswith("*") for f in reversed_forms):
        return _rev_alt(forms)
    return unit_trie(reversed_forms, _bounded, _BL) or _rev_alt(forms)


def _head_class(forms: list[str], letters: bool) -> re.Pattern[str] | None:
    """A pattern that matches where a non-empty match of an alternation of ``forms`` (each
    as ``_form_regex`` or ``_rev_alt`` writes it, a space standing for blanks, after any
    blanks, case-insensitive) can begin: blanks, then a form's first non-space character
    (or, with ``letters``, any letter: a gap word). None when a form is blanks only or
    empty (it could begin with anything)."""
    heads: set[str] = set()
    for form in forms:
        body = form.lstrip(" ")
        if not body:
            return None
        heads.add(body[0])
    cls = "".join(re.escape(h) for h in sorted(heads))
    parts = [f"[{cls}]"] if cls else []
    if letters:
        parts.append(r"[^\W\d_]")
    if not parts:
        return re.compile(r"(?!x)x")
    return re.compile(rf"{_BL}*(?:{'|'.join(parts)})", re.IGNORECASE)


def _lookup(table: dict[str, Any], text: str) -> Any:
    key = " ".join(_nfc(text).casefold().split())
    if key in table:
        return table[key]
    for stem, value in table.items():  # "*" forms: longest stem that prefixes the text
        if stem.endswith("*") and key.startswith(stem[:-1]):
            return value
    return None


def _table(mapping: dict[str, list[str]], what: str, lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for target, forms in mapping.items():
        if not isinstance(forms, list):
            raise LanguageDataError(f"lang/{lang}/numbers.yaml {what}: {target!r} needs a list")
        for f in forms:
            out[" ".join(_nfc(str(f)).casefold().split())] = str(target)
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))
