"""diplograph: multilingual paradiplomacy news -> verified, deduplicated events.

Library first, thin CLI: everything the ``diplograph`` command does is
available from here. Only the names in ``__all__`` are public.
"""

from ._errors import (
    DependencyError,
    DiplographError,
    ExportError,
    InputError,
    LanguageDataError,
    StoreError,
    UsageError,
)
from ._models import (
    Document,
    Event,
    Evidence,
    Figure,
    Mention,
    Participant,
    Partnership,
    Place,
    RawArticle,
    Rejection,
    Sentence,
    Statement,
)
from ._options import Options
from ._registry import Registry
from ._resources import Resources

__version__ = "0.1.0"

__all__ = [
    "DependencyError",
    "DiplographError",
    "Document",
    "Event",
    "Evidence",
    "ExportError",
    "Figure",
    "InputError",
    "LanguageDataError",
    "Mention",
    "Options",
    "Participant",
    "Partnership",
    "Place",
    "RawArticle",
    "Registry",
    "Rejection",
    "Resources",
    "Sentence",
    "Statement",
    "StoreError",
    "UsageError",
    "__version__",
]
