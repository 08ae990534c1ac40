"""The undated candidate search costs in proportion to the batch, not to its square.

A batch of few regions puts hundreds of reports in each region block; reading every block
of an undated report compared it with all of them (quadratic up to the hub cap of 500).
Counted here: the pairs scored (``_score`` calls), not wall time, for n and 4n reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from diplograph import Options
from diplograph import _cluster_undated as undated_module
from diplograph._cluster_reports import Report

_LETTERS = "bdfgklmnprstvz"


def _word(i: int) -> str:
    """A distinct four-letter name token per number (below five letters ``_near`` asks
    equality, so two reports share a person only when built to)."""
    out = ""
    for _ in range(4):
        i, digit = divmod(i, len(_LETTERS))
        out += _LETTERS[digit]
    return out


def _batch(n: int, regions: int = 3) -> list[Report]:
    """n reports over ``regions`` regions per country, in pairs: an undated report and a
    dated one of the same two sides, naming the same person for even pairs (one meeting)
    and another person for odd ones (two meetings: the undated one matches nothing, so
    its search goes on past the people, to its regions)."""
    out = []
    for i in range(n // 2):
        person = frozenset({f"{_word(3 * i)} {_word(3 * i + 1)}"})
        other = person if i % 2 == 0 else frozenset({f"{_word(3 * i + 2)} {_word(3 * i)}"})
        sides = frozenset({f"VN-{i % regions:02d}", f"RU-{i * 7 % regions:02d}"})
        day = dt.date(2021, 1, 1) + dt.timedelta(days=i % 700)
        for k, date in enumerate((None, day)):
            out.append(
                Report(
                    doc_id=f"d{i}-{k}",
                    local_id="e1",
                    type="meeting",
                    date=date,
                    published=date,
                    people=person if date is None else other,
                    regions=sides,
                )
            )
    return out


@pytest.fixture
def scored(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    calls = [0]
    score = undated_module._score

    def counting(*args: object, **kwargs: object) -> float | None:
        calls[0] += 1
        return score(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(undated_module, "_score", counting)
    yield calls


def test_undated_search_scores_pairs_linearly(scored: list[int]) -> None:
    work = []
    for n in (200, 800):
        scored[0] = 0
        found = undated_module._undated_candidates(_batch(n), Options())
        # each undated report of a meeting told twice finds its dated report, and only it
        expected = {f"d{i}-0:e1": [f"d{i}-1:e1"] if i % 2 == 0 else [] for i in range(n // 2)}
        assert {k: [c for _s, c in v] for k, v in found.items()} == expected
        work.append(scored[0])
    # linear: four times the reports, about four times the pairs (quadratic gives 16)
    assert work[1] <= 6 * work[0], work
