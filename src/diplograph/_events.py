"""Pipeline entry for the events stage (the code lives in :mod:`diplograph.events`)."""

from .events import EventStage

__all__ = ["EventStage"]
