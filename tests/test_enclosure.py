"""The interval check behind "a place read inside a person's name is no place" (#14: it
replaced a places x persons scan), checked against the plain definition."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diplograph._people_record import _Enclosure

span = st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(span, max_size=12), span)
def test_same_answer_as_the_plain_scan(
    spans: list[tuple[int, int]], probe: tuple[int, int]
) -> None:
    start, end = probe
    plain = any(a < start and end <= b for a, b in spans)
    assert _Enclosure(spans)(start, end) is plain


def test_cases() -> None:
    inside = _Enclosure([(10, 30), (40, 45)])
    assert inside(15, 30)  # "Nam Dinh" ending where "Nguyen Nam Dinh" ends
    assert not inside(10, 20)  # a span starting with the name is not after its start
    assert not inside(25, 35)  # crosses the end
    assert inside(41, 44)
    assert not _Enclosure([])(1, 2)
