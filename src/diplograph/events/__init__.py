"""The events stage: what happened, who took part, and what was only planned or wished."""

from ._lexicon import Lexicon
from ._phrases import PhraseSet, phrase_regex
from ._stage import EventStage

__all__ = ["EventStage", "Lexicon", "PhraseSet", "phrase_regex"]
