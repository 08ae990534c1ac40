"""Answers of a method of one string, remembered per instance.

For questions asked again and again about the same strings (a person's name at each of
its mentions, the same names in document after document): the method must be a pure
function of the string and of tables fixed when the instance was built, so a remembered
answer is the answer. Each memo is a plain dict in the instance (it pickles with it) and
is bounded, so a stream of new strings cannot grow it forever.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

_T = TypeVar("_T")
MEMO_SIZE = 50_000  # answers kept per method and instance
_MISSING = object()


def memoised(method: Callable[[Any, str], _T]) -> Callable[[Any, str], _T]:
    """``method`` with its answers kept in ``self.__dict__`` (see the module docstring)."""
    attr = f"_memo_{method.__name__}"

    @functools.wraps(method)
    def remembered(self: Any, key: str) -> _T:
        memo: dict[str, Any] | None = self.__dict__.get(attr)
        if memo is None:
            memo = self.__dict__[attr] = {}
        else:
            hit = memo.get(key, _MISSING)
            if hit is not _MISSING:
                return hit
        value = method(self, key)
        if len(memo) < MEMO_SIZE:
            memo[key] = value
        return value

    return remembered


__all__ = ["MEMO_SIZE", "memoised"]
