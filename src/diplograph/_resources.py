"""Per-process resources: the registry and the compiled matchers built from it.

Built lazily, held on an instance (never a module global) and pickled as just
its options, so a Dask worker rebuilds its own copy instead of shipping
automata over the wire.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from ._options import Options
from ._registry import Registry

if TYPE_CHECKING:
    from .gazetteer import Gazetteer


class Resources:
    def __init__(self, options: Options | None = None, registry: Registry | None = None) -> None:
        self.options = options or Options()
        self.registry = registry or Registry()

    def __reduce__(self) -> tuple[Any, tuple[Options]]:
        return (Resources, (self.options,))

    @cached_property
    def gazetteer(self) -> Gazetteer:
        from .gazetteer import Gazetteer

        return Gazetteer.build(self.registry)
