"""The single door to language knowledge kept as data files.

Language words never live in algorithm code: triggers, titles, month names,
sector words, boilerplate patterns, transliteration tables and region aliases
are YAML files in ``data/lang/<code>/`` (one folder per language, like
dateparser and spaCy), and language-independent tables are in ``data/<topic>/``.
Adding a language is adding a folder. Every file kind has a declared shape
(``FILE_SHAPES``) that ``check()`` verifies; a test runs it over all files.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from ._errors import LanguageDataError

# Top-level type each language file kind must have, and a one-line description.
FILE_SHAPES: dict[str, tuple[type, str]] = {
    "boilerplate": (dict, "line patterns removed from clean text, by kind"),
    "abbreviations": (list, "tokens ending in '.' that do not end a sentence"),
    "months": (dict, "month names and forms -> month number"),
    "weekdays": (dict, "weekday names and forms -> 0 (Monday) .. 6"),
    "dates": (dict, "relative date words and date patterns"),
    "numbers": (dict, "scale words, currency words, number formatting"),
    "countries": (dict, "country names, adjectives, demonyms -> ISO alpha-2"),
    "regions": (dict, "region aliases -> ISO 3166-2 code"),
    "region_words": (dict, "words for 'province', 'oblast', 'city' ... around region names"),
    "cities": (dict, "city names in this language -> canonical English city name"),
    "titles": (dict, "titles and roles -> canonical English role"),
    "triggers": (dict, "event trigger words -> event type"),
    "sectors": (dict, "sector words -> sector of the closed list"),
    "modality": (dict, "words that turn an event sentence into a plan/wish/statement"),
    "partnerships": (dict, "phrases that state a twinning, agreement or cooperation"),
    "figures": (dict, "what a figure measures (trade turnover, investment ...)"),
    "names": (dict, "transliteration and name canonicalisation tables"),
    "orgs": (dict, "organisation patterns (a place inside them is not a place mention)"),
    "places": (dict, "venue and dateline patterns"),
    "forums": (dict, "recurring named forums: series names, ordinal words, edition phrasings"),
    "langid": (dict, "hints for language identification (e.g. words written without accents)"),
}


class Registry:
    """Loads and caches data files for one process.

    The cache lives on the instance, not the module, so two registries over
    two data roots never share state and a worker process builds its own.
    """

    def __init__(self, root: Traversable | None = None) -> None:
        self._root: Traversable = (
            root if root is not None else resources.files("diplograph") / "data"
        )
        self._cache: dict[tuple[str, ...], Any] = {}

    # -- discovery -----------------------------------------------------------------
    def languages(self) -> list[str]:
        """Codes of every language folder, sorted."""
        lang_dir = self._root / "lang"
        return sorted(
            p.name for p in lang_dir.iterdir() if p.is_dir() and not p.name.startswith("_")
        )

    def files(self, lang: str) -> list[str]:
        folder = self._root / "lang" / lang
        if not folder.is_dir():
            return []
        return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))

    # -- loading -------------------------------------------------------------------
    def lang(self, lang: str, name: str) -> Any:
        """The parsed ``data/lang/<lang>/<name>.yaml``, or an empty value of its shape."""
        key = ("lang", lang, name)
        if key not in self._cache:
            shape = FILE_SHAPES.get(name, (dict, ""))[0]
            path = self._root / "lang" / lang / f"{name}.yaml"
            self._cache[key] = self._read(path, shape) if path.is_file() else shape()
        return self._cache[key]

    def each_lang(self, name: str) -> Iterator[tuple[str, Any]]:
        """``(lang, data)`` for every language that has a ``name`` file."""
        for code in self.languages():
            if name in self.files(code):
                yield code, self.lang(code, name)

    def table(self, *parts: str) -> Any:
        """A language-independent file, e.g. ``table("gazetteer", "vn_2025")``."""
        key = ("table", *parts)
        if key not in self._cache:
            path = self._root
            for p in parts[:-1]:
                path = path / p
            path = path / f"{parts[-1]}.yaml"
            if not path.is_file():
                raise LanguageDataError(f"missing data file data/{'/'.join(parts)}.yaml")
            self._cache[key] = self._read(path, dict)
        return self._cache[key]

    def _read(self, path: Traversable, shape: type) -> Any:
        try:
            # libyaml's C loader when present: same safe semantics, ~10x faster.
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        except yaml.YAMLError as exc:  # dependency error mapped at the boundary
            raise LanguageDataError(f"{path}: invalid YAML: {exc}") from None
        if data is None:
            data = shape()
        if not isinstance(data, shape):
            raise LanguageDataError(
                f"{path}: expected a {shape.__name__} at top level, got {type(data).__name__}"
            )
        return data

    # -- integrity -----------------------------------------------------------------
    def check(self) -> list[str]:
        """Problems found in the data files (empty when all is well)."""
        problems: list[str] = []
        for code in self.languages():
            for name in self.files(code):
                if name not in FILE_SHAPES:
                    problems.append(f"lang/{code}/{name}.yaml: unknown file kind")
                    continue
                try:
                    self.lang(code, name)
                except LanguageDataError as exc:
                    problems.append(str(exc))
        return problems
