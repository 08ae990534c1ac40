"""Integrity of the language data files (the way dateparser checks its YAML).

A language folder is a contract: every fully supported language ships the same
file kinds, every file has its declared shape, no YAML key is silently
duplicated, and values point into closed vocabularies (event types, sectors,
months 1-12, weekdays 0-6).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from diplograph import Registry
from diplograph._models import EVENT_TYPES, SECTORS
from diplograph._registry import FILE_SHAPES

DATA = Path(str(resources.files("diplograph") / "data"))
FULL = ("en", "vi", "ru", "fr", "de", "es")
REQUIRED = (
    "abbreviations",
    "boilerplate",
    "months",
    "weekdays",
    "dates",
    "numbers",
    "countries",
    "regions",
    "region_words",
    "titles",
    "triggers",
    "sectors",
    "modality",
    "partnerships",
)
ALL_FILES = sorted(DATA.rglob("*.yaml"))


class UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys instead of keeping the last one."""


def _no_duplicates(loader: UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dupes = {k for k in keys if isinstance(k, str | int) and keys.count(k) > 1}
    if dupes:
        raise yaml.constructor.ConstructorError(
            None, None, f"duplicate keys {sorted(map(str, dupes))}", node.start_mark
        )
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_registry_check_finds_no_problem() -> None:
    assert Registry().check() == []


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_file_parses_without_duplicate_keys(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)


@pytest.mark.parametrize("lang", FULL)
def test_full_languages_ship_every_required_kind(lang: str) -> None:
    have = set(Registry().files(lang))
    assert not set(REQUIRED) - have, f"{lang} lacks {sorted(set(REQUIRED) - have)}"
    assert have <= set(FILE_SHAPES), (
        f"{lang} has undeclared kinds {sorted(have - set(FILE_SHAPES))}"
    )


@pytest.mark.parametrize("lang", FULL)
def test_months_and_weekdays_cover_the_calendar(lang: str) -> None:
    reg = Registry()
    months = reg.lang(lang, "months")["forms"]
    weekdays = reg.lang(lang, "weekdays")["forms"]
    assert sorted(int(k) for k in months) == list(range(1, 13))
    assert sorted(int(k) for k in weekdays) == list(range(7))
    assert all(forms for forms in months.values())


def _leaves(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [x for v in node.values() for x in _leaves(v)]
    if isinstance(node, list):
        return [x for v in node for x in _leaves(v)]
    return [node] if isinstance(node, str) else []


@pytest.mark.parametrize("lang", FULL)
def test_sector_lexicons_use_the_closed_list(lang: str) -> None:
    sectors = Registry().lang(lang, "sectors")
    # a section "a+b" lists words that name two sectors at once (zh "文旅")
    keys = {k for key in sectors for k in key.split("+")} - {
        "exclude",
        "stop",
        "not",
        "profile",
        "talks",
    }
    assert keys <= set(SECTORS), f"unknown sectors {sorted(keys - set(SECTORS))}"
    assert len(keys) >= 12, "a full language names most sectors"


@pytest.mark.parametrize("lang", FULL)
def test_triggers_map_to_contract_event_types(lang: str) -> None:
    triggers = Registry().lang(lang, "triggers")
    types: set[str] = set()
    for group in ("strong", "weak", "side", "participants"):
        types.update(triggers.get(group) or {})
    assert all(isinstance(k, int) for k in triggers.get("relative_days") or {})
    assert types, "no trigger groups"
    assert types <= set(EVENT_TYPES), f"unknown event types {sorted(types - set(EVENT_TYPES))}"
    assert {"meeting", "visit", "agreement", "award", "ceremony", "forum"} <= types
    assert all(isinstance(x, str) and x.strip() for x in _leaves(triggers))


def test_every_language_folder_name_is_an_iso_639_1_code() -> None:
    import pycountry

    for code in Registry().languages():
        assert pycountry.languages.get(alpha_2=code) is not None, code


def test_closed_vocabularies_match_the_contract_schema() -> None:
    from diplograph._export import load_schema

    event = load_schema()["$defs"]["event"]["properties"]
    assert set(SECTORS) == set(event["sectors"]["items"]["enum"])
    assert set(EVENT_TYPES) == set(event["type"]["enum"])
