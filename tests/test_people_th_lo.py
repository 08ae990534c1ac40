"""Persons in Thai and Lao: a courtesy title before a two-word name, romanised.

Thai and Lao write no capitals and no spaces between words; a person is a courtesy title
("นาย", "นางสาว", "ดร.", Lao "ທ່ານ", "ທ່ານນາງ") then a given name and a family name
separated by a space, the office after the name ("ผู้ว่าราชการจังหวัด" + province). No
name was read, so Thai and Lao pages had no people. The contract wants names in Latin
letters: the name is romanised by its script's table (Royal Thai General System; the
French-based Lao spelling); a Chinese name in Thai letters, by the Thai transcription of
Mandarin. Near misses: a title word followed by an office ("ท่านผู้ว่า
ราชการจังหวัด", the honourable governor; "นายกรัฐมนตรี", prime minister, opens with
"นาย"), "ท่าน" used as a pronoun ("ท่านกล่าวว่า", he said), a title word inside a noun
("นายจ้าง", employer) or a place ("นางรอง", a district).

Every person and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._names_abugida import compile_table, romanise
from diplograph._pipeline import Pipeline
from diplograph._resources import Resources
from tests._people_helpers import persons_roles as _persons

# (text, {person: role} that must be read)
READ: list[tuple[str, dict[str, str]]] = [
    (
        "วันนี้ นายสมศักดิ์ ใจงาม ผู้ว่าราชการจังหวัดเชียงใหม่ ได้ต้อนรับคณะผู้แทนจากมณฑลยูนนาน",
        {"Somsak Chaingam": "Governor"},
    ),
    (
        "นางสาวพรทิพย์ ศรีสุข เอกอัครราชทูตไทยประจำเวียดนาม กล่าวว่าความร่วมมือจะขยายตัว",
        {"Phornthip Srisuk": "Ambassador"},
    ),
    (
        "ในพิธีดังกล่าว ดร.วิชัย ทองดี รองผู้ว่าราชการจังหวัดขอนแก่น ได้ลงนามบันทึกความเข้าใจ",
        {"Wichai Thongdi": "Vice Governor"},
    ),
    (
        # a Chinese name in Thai letters is read as pinyin (ต d, ัว uo)
        "นายหวัง ต้าเหว่ย เลขาธิการพรรคคอมมิวนิสต์จีน มณฑลยูนนาน เดินทางเยือนเชียงราย",
        {"Wang Dawei": "Secretary"},
    ),
    (
        # a pinyin family name read, but the rest is no pinyin: a Thai name
        "นายหลิน ใจงาม ผู้ว่าราชการจังหวัดเชียงราย ให้การต้อนรับ",
        {"Lin Chaingam": "Governor"},
    ),
    (
        "ທ່ານ ສົມພອນ ແກ້ວມະນີ, ເຈົ້າແຂວງຫຼວງພະບາງ ໄດ້ຕ້ອນຮັບຄະນະຜູ້ແທນ",
        {"Somphon Kaeomani": "Governor"},
    ),
    (
        "ທ່ານນາງ ບຸນມີ ສີສະຫວາດ ຮອງເຈົ້າແຂວງຈຳປາສັກ ໄດ້ເຂົ້າຮ່ວມພິທີ",
        {"Bunmi Sisavat": "Vice Governor"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_name_after_a_courtesy_title(
    pipeline: Pipeline, text: str, expected: dict[str, str]
) -> None:
    assert _persons(pipeline, text) == expected


NEAR: list[str] = [
    "ท่านผู้ว่าราชการจังหวัดเชียงใหม่ ได้เดินทางไปเยือนมณฑลยูนนาน",
    "ท่านผู้ว่าฯ ยืนยัน ว่าโครงการจะเริ่มในปีหน้า",
    "นายกรัฐมนตรี เดินทาง ถึงจังหวัดเชียงใหม่ เมื่อวันจันทร์",
    "ท่านกล่าวว่า ความร่วมมือ จะขยายตัวต่อไป",
    "นายจ้าง ส่วนใหญ่ ต้องการแรงงานเพิ่ม",
    "คณะผู้แทนเดินทางไปอำเภอนางรอง บุรีรัมย์ เพื่อดูงาน",
    "ທ່ານເຈົ້າແຂວງ ໄດ້ກ່າວຕ້ອນຮັບ ຄະນະຜູ້ແທນ",
]


@pytest.mark.parametrize("text", NEAR)
def test_title_word_without_a_name(pipeline: Pipeline, text: str) -> None:
    assert _persons(pipeline, text) == {}


# (language, word, Latin form): implicit vowels, silent letters, leading vowels, clusters
WORDS: list[tuple[str, str, str]] = [
    ("th", "สมชาย", "somchai"),  # implicit o closed by ม
    ("th", "สิทธิ", "sitthi"),  # ท closes สิ, ธิ opens the next syllable
    ("th", "ถาวร", "thaworn"),  # ว opens "C o C"; a final ร after o is "rn" in names
    ("th", "พงษ์", "phong"),  # ษ์ silent
    ("th", "โหย่ง", "yong"),  # leading vowel, silent ห before ย, tone mark dropped
    ("th", "เปลี่ยน", "plian"),  # cluster ปล inside เ-ีย
    ("th", "ยิ่งลักษณ์", "yinglak"),  # ั is always closed: ก is final; ษ silent
    ("th", "ชินวัตร", "chinwat"),  # a lone last letter after a closed syllable
    ("lo", "ບົວລິນ", "bualin"),
    ("lo", "ວົງພະຈັນ", "vongphachan"),
    ("lo", "ແກ້ວມະນີ", "kaeomani"),  # ວ final after ແ-, not a cluster
    ("lo", "ຫຼວງ", "luang"),  # ຫຼ: silent ຫ, subscript ລ
    ("lo", "ຈໍາປາ", "champa"),  # the two spellings of AM are one
]


@pytest.mark.parametrize(("lang", "word", "latin"), WORDS)
def test_romanise(lang: str, word: str, latin: str) -> None:
    data = Resources().registry.lang(lang, "titles")
    assert romanise(word, compile_table(data["romanisation"])) == latin
