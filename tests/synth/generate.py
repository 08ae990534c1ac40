"""Deterministic generated news articles in six languages, ~3 KB each.

Every article is unique (its number is part of the text), so content ids differ
and an ingest of N generated articles must store exactly N documents.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = Path(__file__).with_name("templates.yaml")
LANGS = ("en", "ru", "vi", "de", "fr", "es")


def _load() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))
    return data


def generate_articles(n: int, seed: int = 7, target_bytes: int = 3300) -> Iterator[dict[str, str]]:
    """Yield ``{"lang", "name", "text"}`` for ``n`` articles."""
    data = _load()
    rng = random.Random(seed)
    slots = data["slots"]
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        tpl = data[lang]
        month = rng.randrange(12)
        year = rng.choice([2022, 2023, 2024, 2025])
        values = {k: rng.choice(v) for k, v in slots.items()}
        values.update(
            day=str(rng.randrange(1, 29)),
            month=str(month + 1),
            year=str(year),
            n=str(rng.randrange(5, 900)),
        )
        for code, names in data["months"].items():
            values[f"month_{code}"] = names[month]
        parts = [tpl["title"].format(**values), "", tpl["lead"].format(**values)]
        body = [s.format(**values) for s in tpl["body"]]
        k = 0
        while sum(len(p.encode()) for p in parts) < target_bytes:
            parts.append(body[k % len(body)] + f" ({i}-{k})")
            if k % 3 == 2:
                parts.append(tpl["boiler"])
            k += 1
        text = f" date {year}-{month + 1:02d}-{int(values['day']):02d} " + "\n".join(parts)
        yield {"lang": lang, "name": f"gen{i:06d}_{lang}", "text": text}


def write_articles(folder: Path, n: int, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for art in generate_articles(n, seed):
        p = folder / f"{art['name']}.txt"
        p.write_text(art["text"], encoding="utf-8")
        paths.append(p)
    return paths
