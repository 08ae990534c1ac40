"""Sector words that a designation does not swallow, and sector words that name no subject
of the event, in the languages whose rules are data. Each case is one short report of our
own; the one event of the given type must carry exactly the sectors given.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph._models import Document, RawArticle


def _sectors(pipeline: Any, text: str, kind: str) -> set[str]:
    doc = pipeline.process(RawArticle(source="t.txt", content=text, published="2025-03-04"))
    assert isinstance(doc, Document)
    events = [e for e in doc.events if e.type == kind]
    assert len(events) == 1, [(e.type, e.sectors) for e in doc.events]
    return set(events[0].sectors)


# A title followed, clauses later, by another person is no designation in a script written
# without spaces: an ideographic comma ends the clause, and each character is a word of the
# stretch (a run of them is a phrase). (lang, report, meeting's sectors)
UNSPACED_CLAUSE_CASES: list[tuple[str, str, set[str]]] = [
    (
        "ja",
        "3月3日、ビントゥアン省のドアン・アイン・ズン委員長らが鳥取県庁を訪れ、観光などの分野で"
        "交流を深めることを平井知事と確認した。",
        {"tourism"},
    ),
    (
        "ja",
        "3月3日、ビントゥアン省のドアン・アイン・ズン委員長らが鳥取県庁を訪れ医療などの分野での"
        "協力を広げることを平井知事と確認した。",
        {"health"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "sectors"), UNSPACED_CLAUSE_CASES)
def test_a_clause_after_a_title_is_no_designation(
    pipeline: Any, lang: str, text: str, sectors: set[str]
) -> None:
    assert _sectors(pipeline, text, "meeting") == sectors


# "At the talks, the sides discussed ..." told after a signing: the phrase names the talks
# by their type, so the sentence (its sectors, its persons) belongs to the talks, not to
# the signing told last. (lang, report, meeting's sectors, agreement's sectors)
NAMED_ACT_CASES: list[tuple[str, str, set[str], set[str]]] = [
    (
        "en",
        "Governor of Kaluga Oblast Vladislav Shapsha met Chairman of the Binh Thuan People's "
        "Committee Doan Anh Dung in Phan Thiet on March 3. The two provinces then signed a "
        "memorandum of understanding on cooperation. At the talks, the sides also discussed "
        "tourism and health care.",
        {"health", "tourism"},
        set(),
    ),
    (
        "vi",
        "Sáng 3/3, Chủ tịch UBND tỉnh Bình Thuận Đoàn Anh Dũng đã tiếp Thống đốc tỉnh Kaluga "
        "Vladislav Shapsha. Hai tỉnh đã ký biên bản ghi nhớ hợp tác. Tại buổi tiếp, hai bên "
        "trao đổi về hợp tác du lịch và y tế.",
        {"health", "tourism"},
        set(),
    ),
    (
        "zh",
        "3月5日,黑龙江省省长李明在哈尔滨会见俄罗斯阿穆尔州州长伊万诺夫一行。双方签署了合作备忘录。"
        "会谈上,双方就旅游和医疗合作交换了意见。",
        {"health", "tourism"},
        set(),
    ),
    (
        "ru",
        "Губернатор Калужской области Владислав Шапша 3 марта встретился с председателем "
        "Народного комитета провинции Биньтхуан Доан Ань Зунгом. Стороны подписали меморандум "
        "о сотрудничестве. На встрече стороны также обсудили туризм и здравоохранение.",
        {"health", "tourism"},
        set(),
    ),
    # ja: "懇談のなかで" (in the talks) after an earlier signing told in between
    (
        "ja",
        "3月3日、ビントゥアン省のドアン・アイン・ズン委員長は鳥取県庁を訪れ、平井知事と懇談しました。"
        "両県省は2019年5月に観光に関する覚書を結んでいます。懇談のなかで、ズン委員長は学校交流や"
        "文化芸術の交流を進めたいと述べました。",
        {"culture", "education"},
        {"tourism"},
    ),
    # the phrase names the act told last: the sentence stays with the signing
    (
        "en",
        "Governor of Kaluga Oblast Vladislav Shapsha met Chairman of the Binh Thuan People's "
        "Committee Doan Anh Dung in Phan Thiet on March 3. The two provinces then signed a "
        "memorandum of understanding on cooperation. At the signing ceremony, the sides "
        "pledged to expand tourism.",
        {"tourism"},
        {"tourism"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "talks", "signing"), NAMED_ACT_CASES)
def test_a_presence_phrase_naming_the_talks_goes_back_to_them(
    pipeline: Any, lang: str, text: str, talks: set[str], signing: set[str]
) -> None:
    assert _sectors(pipeline, text, "meeting") == talks
    assert _sectors(pipeline, text, "agreement") == signing


# A sentence opening with the signed document as its subject ("The memorandum covers ...")
# tells what was signed, though the talks were told since: the signing has those sectors
# (the talks, which name none of their own, have them as signed there). (lang, report)
DOCUMENT_CASES: list[tuple[str, str]] = [
    (
        "en",
        "On March 3, Binh Thuan and Kaluga signed a memorandum of understanding in Phan Thiet. "
        "Governor of Kaluga Oblast Vladislav Shapsha then met Chairman of the Binh Thuan "
        "People's Committee Doan Anh Dung. The memorandum covers tourism and health care.",
    ),
    (
        "fr",
        "Le 3 mars, Binh Thuan et Kalouga ont signé un mémorandum de coopération. Le gouverneur "
        "de la région de Kalouga, Vladislav Chapcha, a ensuite rencontré le président du Comité "
        "populaire de la province de Binh Thuan. Ce mémorandum prévoit une coopération dans le "
        "tourisme et la santé.",
    ),
    (
        "ru",
        "3 марта Биньтхуан и Калужская область подписали меморандум о сотрудничестве. Затем "
        "губернатор Калужской области Владислав Шапша встретился с председателем Народного "
        "комитета провинции Биньтхуан Доан Ань Зунгом. Документ предусматривает сотрудничество "
        "в сфере туризма и здравоохранения.",
    ),
    (
        "vi",
        "Ngày 3/3, tỉnh Bình Thuận và tỉnh Kaluga đã ký biên bản ghi nhớ hợp tác. Sau đó, Chủ "
        "tịch UBND tỉnh Bình Thuận Đoàn Anh Dũng đã tiếp Thống đốc tỉnh Kaluga Vladislav "
        "Shapsha. Biên bản ghi nhớ tập trung vào du lịch và y tế.",
    ),
    (
        "es",
        "El 3 de marzo, Binh Thuan y Kaluga firmaron un memorando de entendimiento. Luego el "
        "gobernador de la región de Kaluga, Vladislav Shapsha, se reunió con el presidente del "
        "Comité Popular de la provincia de Binh Thuan. El memorando prevé la cooperación en "
        "turismo y salud.",
    ),
    (
        "de",
        "Am 3. März unterzeichneten Binh Thuan und Kaluga eine Absichtserklärung. Danach traf "
        "der Gouverneur des Gebiets Kaluga, Wladislaw Schapscha, den Vorsitzenden des "
        "Volkskomitees der Provinz Binh Thuan. Die Absichtserklärung sieht eine Zusammenarbeit "
        "im Tourismus und im Gesundheitswesen vor.",
    ),
    (
        "zh",
        "3月5日,黑龙江省与阿穆尔州签署了合作备忘录。随后,黑龙江省省长李明在哈尔滨会见俄罗斯阿穆尔州"
        "州长伊万诺夫一行。该备忘录涵盖旅游和医疗领域的合作。",
    ),
    (
        "ja",
        "3月3日、鳥取県とビントゥアン省は協力覚書に調印した。その後、平井知事はドアン・アイン・ズン"
        "委員長と会談した。覚書では観光と医療の分野での協力を定めている。",
    ),
    (
        "ko",
        "3월 3일 경상북도와 베트남 빈투언성은 우호협력 협약을 체결했다. "
        "이어 경상북도 도지사는 빈투언성 인민위원회 위원장을 만났다. "
        "이번 협약은 관광과 의료 분야의 협력을 담고 있다.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DOCUMENT_CASES)
def test_the_signed_document_told_of_after_the_talks(pipeline: Any, lang: str, text: str) -> None:
    assert _sectors(pipeline, text, "agreement") == {"health", "tourism"}


# A signing of an earlier year recalled at the talks names only its own sentences' sectors;
# the sentence opening with its document is one of them. (lang, report)
RECALLED_DOCUMENT_CASES: list[tuple[str, str]] = [
    (
        "fr",
        "Le 3 mars, le gouverneur de la région de Kalouga, Vladislav Chapcha, a rencontré le "
        "président du Comité populaire de la province de Binh Thuan. Il a rappelé la création "
        "de l'Association d'amitié Vietnam-Russie de Binh Thuan en 2005 et la signature de "
        "l'accord de coopération entre Binh Thuan et Kalouga en 2019. Cet accord prévoit une "
        "coopération dans le tourisme et la santé.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RECALLED_DOCUMENT_CASES)
def test_a_recalled_signing_has_what_its_document_provides(
    pipeline: Any, lang: str, text: str
) -> None:
    assert _sectors(pipeline, text, "agreement") == {"health", "tourism"}
    assert _sectors(pipeline, text, "meeting") == set()


# "A scientific conference" names the genre of a gathering of scholars, not a field of
# cooperation: its subject is told apart (here a heritage). (lang, report of the conference)
GENRE_CASES: list[tuple[str, str]] = [
    (
        "en",
        "On March 3, Governor Alexander Beglov opened a scientific conference on cultural "
        "heritage in Saint Petersburg.",
    ),
    (
        "en",
        "On March 3, Governor Alexander Beglov opened a scientific-practical conference on "
        "cultural heritage in Saint Petersburg.",
    ),
    (
        "vi",
        "Ngày 3/3, tại TP Hồ Chí Minh đã diễn ra hội thảo khoa học về di sản văn hóa với sự "
        "tham dự của Thống đốc Alexander Beglov.",
    ),
    (
        "fr",
        "Le 3 mars, le gouverneur Alexandre Beglov a ouvert à Saint-Pétersbourg un colloque "
        "scientifique sur le patrimoine culturel.",
    ),
    (
        "ru",
        "3 марта в Санкт-Петербурге губернатор Александр Беглов открыл научно-практическую "
        "конференцию о культурном наследии.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GENRE_CASES)
def test_a_scientific_conference_is_a_genre(pipeline: Any, lang: str, text: str) -> None:
    assert _sectors(pipeline, text, "forum") == {"culture"}


# "The sides discussed ..." told after a signing of the same occasion: what was discussed
# is the talks' subject, not what was signed. (lang, report: talks, signing, discussion)
DISCUSSED_CASES: list[tuple[str, str]] = [
    (
        "en",
        "Governor of Kaluga Oblast Vladislav Shapsha met Chairman of the Binh Thuan People's "
        "Committee Doan Anh Dung in Phan Thiet on March 3. The two provinces then signed a "
        "roadmap for cooperation. The sides discussed machine building and student exchanges.",
    ),
    (
        "ru",
        "Губернатор Калужской области Владислав Шапша 3 марта встретился с председателем "
        "Народного комитета провинции Биньтхуан Доан Ань Зунгом. Затем стороны подписали "
        "дорожную карту сотрудничества. Стороны обсудили машиностроение и обмен студентами.",
    ),
    (
        "de",
        "Am 3. März traf der Gouverneur des Gebiets Kaluga, Wladislaw Schapscha, den "
        "Vorsitzenden des Volkskomitees der Provinz Binh Thuan. Danach unterzeichneten beide "
        "Seiten einen Fahrplan. Die beiden Politiker sprachen über den Maschinenbau und den "
        "Austausch von Studierenden.",
    ),
    (
        "vi",
        "Sáng 3/3, Chủ tịch UBND tỉnh Bình Thuận Đoàn Anh Dũng đã tiếp Thống đốc tỉnh Kaluga "
        "Vladislav Shapsha. Sau đó hai bên đã ký kết lộ trình hợp tác. Hai bên đã trao đổi về "
        "cơ khí và trao đổi sinh viên.",
    ),
    (
        "fr",
        "Le 3 mars, le gouverneur de la région de Kalouga, Vladislav Chapcha, a rencontré le "
        "président du Comité populaire de la province de Binh Thuan. Les deux parties ont "
        "ensuite signé une feuille de route. Elles ont discuté de la construction mécanique et "
        "des échanges d'étudiants.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DISCUSSED_CASES)
def test_what_was_discussed_is_the_talks_subject(pipeline: Any, lang: str, text: str) -> None:
    assert _sectors(pipeline, text, "meeting") == {"education", "industry"}
    assert _sectors(pipeline, text, "agreement") == set()


# A signing told in the same sentence as a trip of other persons ("during President X's
# state visit, the two heads of state signed a joint statement") was made on that trip,
# not at the talks the report is about: the talks' content told after it is not its own.
# (lang, report: talks, the national leaders' signing, a guest's words on the subjects)
OTHER_TRIP_CASES: list[tuple[str, str]] = [
    (
        "zh",
        "黑龙江省省长李明在哈尔滨会见俄罗斯阿穆尔州州长伊万诺夫一行。他说,习近平主席对俄罗斯进行国事"
        "访问,两国元首共同签署联合声明。伊万诺夫表示,双方将深化旅游和医疗领域合作。",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_TRIP_CASES)
def test_a_signing_of_another_trip_is_not_held_at_the_talks(
    pipeline: Any, lang: str, text: str
) -> None:
    assert _sectors(pipeline, text, "agreement") == set()
    assert _sectors(pipeline, text, "meeting") == {"health", "tourism"}
