"""Compiled regular expressions kept between runs: the compiler's output, per interpreter.

Why: the language data is compiled into thousands of regular expressions (event phrases
alone: 5,885 in a run over the bench's 16 languages, of which a run tries 2,666), and CPython
compiles a pattern mostly in Python: ``re._parser`` parses it and ``re._compiler`` turns the
tree into opcodes, ~0.1 ms each, before C (``_sre.compile``) checks the opcodes and builds the
pattern object. A run paid ~0.5 s of ~17 s for it (BENCHMARKS.md, "Compiled patterns kept
between runs"), a command's start and each language's first document a share of it, every
time. The opcodes depend only on the pattern, its flags and the interpreter's build of
``re``, so they are kept in the user cache (next to the gazetteer's) and a pattern seen before
is built by ``_sre.compile`` alone (~3 us).

What is kept is keyed by the interpreter (its version string, ``_sre.MAGIC``, its cache tag);
an entry is only the pattern, its flags and the four values ``re._compiler.compile`` itself
hands to ``_sre.compile``, and ``_sre`` validates the opcodes again when it builds the
pattern. Anything unexpected (another Python implementation, an unreadable or foreign file,
``_sre`` refusing the code, ``re.DEBUG``) falls back to ``re.compile``. Only patterns made
from the language data go through here: a pattern made from one document's words must not
be kept (``MAX_ENTRIES`` bounds the store anyway).

The store is one object per process (like ``re``'s own cache), read at its first use and
written back, when it learnt something, at the end of a batch (``save``, called by the
runner).
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

from . import _re_private

__all__ = ["MAX_ENTRIES", "compile", "save"]

# CPython's private compiler (``_re_private``); elsewhere every pattern goes through re.compile
_re_compiler, _re_parser, _sre = _re_private._compiler, _re_private._parser, _re_private._sre
if _sre is None or _re_compiler is None or _re_parser is None:  # pragma: no cover
    _sre, _TAG = None, ""
else:
    _CODE = "I" if array("I").itemsize == _sre.CODESIZE else "L"
    _TAG = hashlib.sha256(
        f"{sys.version};{_sre.MAGIC};{sys.implementation.cache_tag}".encode()
    ).hexdigest()[:16]

#: Entries kept at most (patterns from data number a few thousand per language set).
MAX_ENTRIES = 50_000

_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class _Store:
    """Opcodes by (pattern, flags); which of them were learnt since the file was read."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple[str, int], _Entry] = {}
        self.new = 0
        self.loaded = False
        self.lock = threading.Lock()

    def load(self) -> None:
        from .gazetteer import _cache

        self.loaded = True
        if self.path is None:
            return
        # (not frozen: this store is read at the first compilation, perhaps in a host program)
        payload = _cache.load(self.path, freeze=False)
        if isinstance(payload, dict) and payload.get("tag") == _TAG:
            entries = payload.get("entries")
            if isinstance(entries, dict):
                self.entries = entries

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        if not self.loaded:
            with self.lock:
                if not self.loaded:
                    self.load()
        key = (pattern, flags)
        got = self.entries.get(key)
        if got is not None:
            try:
                code = array(_CODE)
                code.frombytes(got[1])
                return _sre.compile(pattern, got[0], code.tolist(), got[2], got[3], got[4])
            except Exception:  # a foreign or damaged entry: compile anew
                self.entries.pop(key, None)
        return self._build(pattern, flags)

    def _build(self, pattern: str, flags: int) -> re.Pattern[str]:
        """Compile as ``re._compiler.compile`` does, keeping what it hands to ``_sre``."""
        tree = _re_parser.parse(pattern, flags)  # (a bad pattern raises re.error here)
        try:
            code = _re_compiler._code(tree, flags)
        except (AttributeError, TypeError):  # pragma: no cover - another build of re
            return re.compile(pattern, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry: _Entry = (
            flags | tree.state.flags,
            array(_CODE, code).tobytes(),
            tree.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        rx = _sre.compile(pattern, entry[0], list(code), entry[2], entry[3], entry[4])
        if len(self.entries) < MAX_ENTRIES:
            self.entries[(pattern, flags)] = entry
            self.new += 1
        return rx

    def save(self) -> bool:
        from .gazetteer import _cache

        if not self.new or self.path is None:
            return False
        with self.lock:
            entries, self.new = dict(self.entries), 0
        return _cache.save(self.path, {"tag": _TAG, "entries": entries})


_store: _Store | None = None
_store_lock = threading.Lock()


def _the_store() -> _Store:
    global _store
    if _store is None:
        from .gazetteer import _cache

        with _store_lock:
            if _store is None:
                folder = _cache.cache_dir()
                _store = _Store(None if folder is None else folder / f"regex-{_TAG}.pickle")
    return _store


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, built from opcodes kept between runs when known."""
    if _sre is None or flags & re.DEBUG or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    return _the_store().compile(pattern, int(flags))


def save() -> bool:
    """Write the opcodes learnt since the store was read (True when written)."""
    if _store is None:
        return False
    return _store.save()


def _reset(path: Path | None) -> Any:
    """(tests) A fresh store reading and writing ``path``; returns the old one."""
    global _store
    old, _store = _store, _Store(path)
    return old
