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
    from ._forum_identity import ForumNames
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

    @cached_property
    def forums(self) -> ForumNames:
        """The readers of a report's own marks (forum, signers, arrival), compiled once per
        process: the store's writer reads every new event's marks with them."""
        from ._forum_identity import ForumNames

        return ForumNames(self.registry)
