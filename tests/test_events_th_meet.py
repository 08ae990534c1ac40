"""Thai "พบปะ" (to meet) told beside a signing ("ลงนาม MOU ... พร้อมพบปะกับคณะ", signed the
memorandum and met the delegation) is a meeting of its own (#12, h12d). Thai runs words
together: the verb is found inside the run. Our own invented sentences (names and places are
made up); mentions are given by markup.
"""

from __future__ import annotations

import pytest

from diplograph._events import EventStage
from tests._event_helpers import from_markup

KK = "[ขอนแก่น|region|TH-40]"
KM = "[ยูนนาน|region|CN-YN]"

# (markup, the event types found)
CASES: list[tuple[str, list[str]]] = [
    (
        f"จังหวัด{KK} และมณฑล{KM} ร่วมลงนามบันทึกข้อตกลงความร่วมมือ พร้อมพบปะกับคณะผู้แทนจาก{KM}",
        ["agreement", "meeting"],
    ),
    (
        f"ผู้ว่าราชการจังหวัด{KK} ได้พบปะกับคณะผู้แทนจากมณฑล{KM}",
        ["meeting"],
    ),
    # the signing alone: no meeting
    (
        f"จังหวัด{KK} และมณฑล{KM} ร่วมลงนามบันทึกข้อตกลงความร่วมมือด้านการท่องเที่ยว",
        ["agreement"],
    ),
]


@pytest.mark.parametrize(("markup", "types"), CASES)
def test_thai_meet_is_a_meeting(stage: EventStage, markup: str, types: list[str]) -> None:
    doc = stage(from_markup(markup, lang="th", published="2024-03-31"))
    assert sorted(e.type for e in doc.events) == types
