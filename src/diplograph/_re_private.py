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

# The code generator and the C engine's constructor, for ``_regex_store`` (which builds a
# pattern from opcodes kept between runs); apart, so the shortcuts above do not depend on them.
try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters
    _compiler = _sre = None

__all__ = ["_casefix", "_compiler", "_constants", "_parser", "_sre"]
