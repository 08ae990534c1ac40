"""Multilingual gazetteer: countries, ISO 3166-2 regions, cities, organisations.

``Gazetteer.build(registry)`` compiles pycountry's names in every shipped
locale plus curated data (``data/lang/<code>/{countries,regions,region_words,
cities,orgs}.yaml`` and ``data/gazetteer/*.yaml``) into one automaton;
``Gazetteer.find`` turns text into place mentions and ``PlaceStage`` runs it in
the pipeline.
"""

from ._describe import describe_region
from ._gazetteer import Gazetteer
from ._model import CityInfo, Entry, RegionInfo
from ._stage import PlaceStage

__all__ = ["CityInfo", "Entry", "Gazetteer", "PlaceStage", "RegionInfo", "describe_region"]
