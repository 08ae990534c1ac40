"""The unit alternations of the amounts stage factored as a trie (#14).

``_amounts_forms._alt`` writes a list of ``numbers.yaml`` forms as one case-insensitive
alternation, longest first. ``re`` enters every alternative of such an alternation at each
position it is tried (its first-character shortcut works only for case-sensitive
literals), and the amounts stage tries the currency, percent, times and count lists after
every number that a letter follows (in English and German a count noun may stand one or two
words on, so after every gap word too): a hundred or more alternatives per try, ~25% of the
stage. A trie enters one alternative per character.

Why it chooses what the alternation chose: ``AmountParser._after`` asks nothing after a unit
list (the pattern ends there; a scale list is followed by optional parts only), so the
first alternative that matches decides the match. Forms are folded like
``_keyfilter.fold`` (characters ``re`` treats as equal share a node), so the forms that match
at one position lie on one path of the trie. Along a path the alternation tries the longer
forms first, and the trie tries a node's children (longer forms) before the forms ending at
the node. A form ending in ``*`` (any word ending, ``\\w*``) is tried in the alternation
before the forms one character longer; the trie tries those first, which chooses the same
end when that character is a word character (a form continuing the stem with word
characters and ending at a word boundary ends where ``\\w*`` stops), so a stem continued by
anything else (a full stop, a hyphen, a space) gets no trie. Forms holding blanks other than
a single space, empty forms and characters whose lower case is longer get none either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ._keyfilter import fold

_END = ""
_STAR = "*"
_BOUNDED = "b"
_OPEN = ""


def unit_trie(forms: Iterable[str], bounded: Callable[[str], bool], blank: str) -> str | None:
    """``forms`` (NFC, ``*`` for any word ending, a space for ``blank`` repeated) as one
    trie-shaped regex that matches first what their longest-first alternation matches first;
    None when that cannot be promised (see the module's docstring)."""
    root: dict[str, Any] = {}
    for form in set(forms):
        star = form.endswith("*")
        stem = form[:-1] if star else form
        if not stem or any(ch.isspace() and ch != " " for ch in stem) or "  " in stem:
            return None
        node = root
        for ch in stem:
            key = " " if ch == " " else fold(ch)
            if len(key) != 1:
                return None
            node = node.setdefault(key, {})
        ends = node.setdefault(_END, set())
        ends.add(_STAR if star else _BOUNDED if bounded(stem[-1]) else _OPEN)
    if not root or not _safe(root):
        return None
    return "(?:" + _emit(root, blank) + ")"


def _safe(node: dict[str, Any]) -> bool:
    """No stem of a ``*`` form is continued by a character other than a word character, nor
    by one that ends an open form there (a character of a script without spaces: ``\\w*``
    goes on over the next ones), and no node ends both a bounded and an open form."""
    ends = node.get(_END, set())
    if _BOUNDED in ends and _OPEN in ends:
        return False
    if _STAR in ends and any(
        key != _END and (not (key.isalnum() or key == "_") or _OPEN in child.get(_END, ()))
        for key, child in node.items()
    ):
        return False
    return all(_safe(child) for key, child in node.items() if key != _END)


def _emit(node: dict[str, Any], blank: str) -> str:
    parts = [
        (f"{blank}+" if key == " " else re.escape(key)) + _emit(child, blank)
        for key, child in sorted(node.items())
        if key != _END
    ]
    ends = node.get(_END, set())
    if _STAR in ends:
        parts.append(r"\w*")
    if _BOUNDED in ends:
        parts.append(r"(?!\w)")
    elif _OPEN in ends:
        parts.append("")
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


__all__ = ["unit_trie"]
