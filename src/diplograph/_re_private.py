"""CPython's private ``re`` modules, imported in one place.

Why: three shortcuts read a compiled pattern's parse tree to learn what it can match
(``_keyfilter``: the literals a match must hold; ``_dates_digits``: which pieces read digits;
``gazetteer._tails``: the words a form ends with). The modules are private (3.11+ names), so
each use must survive their absence: here they are None on another interpreter and every
caller then skips its shortcut, never its answer.
"""

from __future__ import annotations

try:
    from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters
    _casefix = _constants = _parser = None

__all__ = ["_casefix", "_constants", "_parser"]
