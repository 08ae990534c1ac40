"""Participants named in lists and asides, through the whole pipeline on short texts of our
own: a Japanese name's reading printed in kana after it; two names after two places of two
countries ("the mayors of A and B, X and Y"), each of the place of its rank; the companions
of a traveller ("accompanied by ...") on the trip.

Every person, place and sentence is invented.
"""

from __future__ import annotations

import pytest

from diplograph._models import Document, RawArticle
from diplograph._pipeline import Pipeline


def run(pipeline: Pipeline, text: str) -> Document:
    doc = pipeline.process(RawArticle(source="t.txt", content=text))
    assert isinstance(doc, Document)
    return doc


def countries(doc: Document) -> dict[str, str | None]:
    return {p.name: p.country for e in doc.events for p in e.participants}


# (text, the person's name as its printed reading gives it)
READINGS: list[tuple[str, str]] = [
    (
        "5日、県庁で、山田 富一(やまだ とみかず)知事は、ベトナムのグエン・バン・アン大使と"
        "会見しました。",
        "Tomikazu Yamada",
    ),
    (
        "5日、県庁で、山田 富一（ヤマダ トミカズ）知事は、ベトナムのグエン・バン・アン大使と"
        "会見しました。",
        "Tomikazu Yamada",
    ),
    (
        "7日、市役所で、高橋 富一(たかはし とみかず)市長は、中国の王明省長と会談しました。",
        "Tomikazu Takahashi",
    ),
]


@pytest.mark.parametrize(("text", "name"), READINGS)
def test_printed_reading_of_a_japanese_name(pipeline: Pipeline, text: str, name: str) -> None:
    doc = run(pipeline, text)
    assert name in countries(doc), countries(doc)


# (text, {person: country}) for names listed after places listed in the same order
PARALLEL: list[tuple[str, dict[str, str | None]]] = [
    (
        " date 2025-06-12\n\nФорум регионов\n\n11 июня в Минске подписано соглашение о "
        "сотрудничестве в присутствии председателей парламентов Белоруссии и России Анны "
        "Березиной и Марии Луговой.",
        {"Anna Berezina": "BY", "Maria Lugova": "RU"},
    ),
    (
        " date 2025-06-12\n\nKaluga and Grodno\n\nOn June 11 the mayors of Kaluga and Grodno, "
        "Ivan Petrov and Pavel Sidorov, signed a memorandum of cooperation in Minsk.",
        {"Ivan Petrov": "RU", "Pavel Sidorov": "BY"},
    ),
    (
        " date 2025-06-12\n\nGrodno and Kaluga\n\nOn June 11 the mayors of Grodno and Kaluga, "
        "Ivan Petrov and Pavel Sidorov, signed a memorandum of cooperation in Minsk.",
        {"Ivan Petrov": "BY", "Pavel Sidorov": "RU"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARALLEL)
def test_names_listed_after_places_take_their_rank(
    pipeline: Pipeline, text: str, expected: dict[str, str | None]
) -> None:
    got = countries(run(pipeline, text))
    assert {k: got.get(k) for k in expected} == expected, got


# (text, the traveller, the companion who travels with them, a host who does not)
COMPANIONS: list[tuple[str, str, str, str | None]] = [
    (
        " date 2025-06-12\n\nSchleswig-Holstein in China\n\nMinisterpräsident Hans Weber ist "
        "am Samstag zu einem Besuch nach China aufgebrochen. Am Montag trifft er in Hangzhou "
        "den Gouverneur der Provinz Zhejiang Li Ming. Begleitet wird Weber von einer Delegation "
        "aus 40 Teilnehmern, unter ihnen Wirtschaftsminister Karl Braun.",
        "Hans Weber",
        "Karl Braun",
        "Li Ming",
    ),
    (
        " date 2025-06-12\n\nKaluga in Vietnam\n\nGovernor Ivan Sokolov of Kaluga oblast arrived "
        "in Vietnam on June 10 for a five-day visit. On June 11 he met Chairman of the Binh "
        "Thuan Provincial People's Committee Tran Minh Duc in Phan Thiet. Sokolov is "
        "accompanied by Deputy Governor Pavel Orlov.",
        "Ivan Sokolov",
        "Pavel Orlov",
        "Tran Minh Duc",
    ),
    (
        " date 2025-06-12\n\nKaluga au Vietnam\n\nLe gouverneur de l'oblast de Kalouga Ivan "
        "Sokolov est arrivé au Vietnam le 10 juin pour une visite de cinq jours. Le 11 juin, il "
        "a rencontré à Phan Thiet le président du comité populaire de la province de Binh Thuan "
        "Tran Minh Duc. Ivan Sokolov est accompagné du vice-gouverneur Pavel Orlov.",
        "Ivan Sokolov",
        "Pavel Orlov",
        "Tran Minh Duc",
    ),
]


@pytest.mark.parametrize(("text", "traveller", "companion", "host"), COMPANIONS)
def test_companions_of_the_traveller_make_the_trip(
    pipeline: Pipeline, text: str, traveller: str, companion: str, host: str | None
) -> None:
    doc = run(pipeline, text)
    trips = [{p.name for p in e.participants} for e in doc.events if e.type == "visit"]
    assert trips, [(e.type, [p.name for p in e.participants]) for e in doc.events]
    assert traveller in trips[0] and companion in trips[0], trips
    assert host not in trips[0]


def test_the_hosts_companion_does_not_travel(pipeline: Pipeline) -> None:
    """ "received by the Chairman, accompanied by his deputy": the deputy is a host."""
    doc = run(
        pipeline,
        " date 2025-06-12\n\nKaluga in Vietnam\n\nGovernor Ivan Sokolov of Kaluga oblast "
        "arrived in Vietnam on June 10 for a five-day visit. On June 11 he was received in "
        "Phan Thiet by Chairman of the Binh Thuan Provincial People's Committee Tran Minh Duc, "
        "accompanied by Vice Chairman Le Van Hai.",
    )
    trips = [{p.name for p in e.participants} for e in doc.events if e.type == "visit"]
    assert trips and "Ivan Sokolov" in trips[0]
    assert "Le Van Hai" not in trips[0]


# (text, a person of the news who must not be given to the earlier agreement it recalls)
EARLIER_AGREEMENTS: list[tuple[str, str]] = [
    (
        # the speaker after an agreement of last year is not one of its signers
        " date 2025-06-12\n\nKaluga delegation in Binh Thuan\n\nA delegation of Russia's Kaluga "
        "oblast led by Governor Ivan Sokolov arrived in Vietnam on June 10. On June 11, Chairman "
        "of the Binh Thuan Provincial People's Committee Tran Minh Duc received the delegation "
        "in Phan Thiet. The two provinces signed a cooperation agreement last year. Governor "
        "Ivan Sokolov thanked the province for its welcome.",
        "Ivan Sokolov",
    ),
    (
        "台湾・台中市の林志明市長らが12日、山口県庁を訪れ、村岡知事と会談しました。県と台中市は"
        "去年7月に覚書を締結。村岡知事は「交流を深めたい」と述べました。",
        "Muraoka",
    ),
    (
        # a page without a publication date: a bare year before the news's year is earlier
        "Kaluga delegation in Binh Thuan\n\nA delegation of Russia's Kaluga oblast led by "
        "Governor Ivan Sokolov visited Binh Thuan province on June 11, 2025 and met Chairman of "
        "the Provincial People's Committee Tran Minh Duc in Phan Thiet. The two provinces "
        "signed a cooperation agreement in 2019.",
        "Ivan Sokolov",
    ),
]


@pytest.mark.parametrize(("text", "person"), EARLIER_AGREEMENTS)
def test_persons_of_the_news_do_not_sign_an_earlier_agreement(
    pipeline: Pipeline, text: str, person: str
) -> None:
    doc = run(pipeline, text)
    signings = [{p.name for p in e.participants} for e in doc.events if e.type == "agreement"]
    assert all(person not in s for s in signings), [
        (e.type, e.date, [p.name for p in e.participants]) for e in doc.events
    ]


# (language, sentence, the person's name without the organisation word before it)
ORG_WORDS_BEFORE_NAMES: list[tuple[str, str, str]] = [
    (
        "id",
        "Pada 10 Mei 2025, Gubernur Jawa Barat Budi Santika menandatangani nota kesepahaman "
        "dengan Provinsi Guangdong. Budi Santika didampingi oleh Kepala Pusat Fasilitasi Kerja "
        "sama Kemendagri Rudi Hartono, Kepala Dinas Perhubungan Dedi Kurnia dan Wakil Gubernur "
        "Hari Wibowo.",
        "Rudi Hartono",
    ),
    (
        "id",
        "Pada 10 Mei 2025, Gubernur Jawa Barat Budi Santika menandatangani nota kesepahaman "
        "dengan Provinsi Guangdong. Budi Santika didampingi oleh Kepala Biro Kerjasama "
        "Kemenlu Rudi Hartono, Kepala Dinas Perhubungan Dedi Kurnia dan Wakil Gubernur "
        "Hari Wibowo.",
        "Rudi Hartono",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "person"), ORG_WORDS_BEFORE_NAMES)
def test_organisation_words_stay_out_of_names(
    pipeline: Pipeline, lang: str, sentence: str, person: str
) -> None:
    doc = run(pipeline, sentence)
    found = {m.key for m in doc.mentions if m.kind == "person"}
    assert doc.lang == lang
    assert person in found, found


# (text, {person: country}) for the two signers of an act between two countries' regions
TWO_SIDES: list[tuple[str, dict[str, str | None]]] = [
    (
        # one signer placed by their title phrase: the other is of the other side
        " date 2025-06-12\n\nSouth Australia and Rajasthan\n\nSouth Australia and Rajasthan "
        "signed an agreement on water management on June 11. Minister for Investment and Trade "
        "Peter Walsh and the Chief Minister of Rajasthan Anita Kumari signed the agreement in "
        "Jaipur.",
        {"Peter Walsh": "AU", "Anita Kumari": "IN"},
    ),
    (
        # "Rajasthan Chief Minister": the place before the title
        " date 2025-06-12\n\nSouth Australia and Rajasthan\n\nSouth Australia has signed a "
        "sister-state agreement with Rajasthan on June 11. The agreement was signed by state "
        "trade minister Peter Walsh and Rajasthan Chief Minister Anita Kumari.",
        {"Peter Walsh": "AU", "Anita Kumari": "IN"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_SIDES)
def test_the_two_signers_are_of_the_two_sides(
    pipeline: Pipeline, text: str, expected: dict[str, str | None]
) -> None:
    got = countries(run(pipeline, text))
    assert {k: got.get(k) for k in expected} == expected, got


# (text, {person: country}) for Vietnamese family names the naming customs list
VIETNAMESE_FAMILY_NAMES: list[tuple[str, dict[str, str | None]]] = [
    (
        " date 2024-12-17\n\nXaysomboun delegation in Bac Giang\n\nOn December 16, a delegation "
        "of Xaysomboun province of Laos led by Governor Bounmy Phommasane paid a working visit "
        "to Bac Giang province of Vietnam. The delegation was received by "
        + name
        + ", Vice Chairman of the Provincial People's Council.",
        {name: "VN", "Bounmy Phommasane": "LA"},
    )
    for name in ("Nghiem Xuan Huong", "Than Van Minh")
]


@pytest.mark.parametrize(("text", "expected"), VIETNAMESE_FAMILY_NAMES)
def test_a_vietnamese_host_is_not_of_the_guests_province(
    pipeline: Pipeline, text: str, expected: dict[str, str | None]
) -> None:
    got = countries(run(pipeline, text))
    assert {k: got.get(k) for k in expected} == expected, got


# (text, event type, persons who must all take part in it)
LISTED_SUBJECTS: list[tuple[str, str, set[str]]] = [
    (
        # a retelling's list of officials runs past the reach of its subject
        " date 2025-06-12\n\nDays of Heilongjiang in Khabarovsk\n\nThe Days of Heilongjiang "
        "Province opened in Khabarovsk on June 11. Speaking to the many guests who had come from "
        "both sides of the Amur river to the main hall of the old regional theatre on Lenin "
        "Square were the Minister for the Development of the Far East Ivan Sokolov, the "
        "Governor of Khabarovsk Krai Pavel Orlov, the Governor of Heilongjiang Province Wang "
        "Ming, Consul General of China in Khabarovsk Li Hua.",
        "forum",
        {"Ivan Sokolov", "Pavel Orlov", "Wang Ming", "Li Hua"},
    ),
    (
        # the speakers after a signing told without names: the first and those joined to it
        " date 2025-06-12\n\nКалуга и Гродно\n\n11 июня в Минске подписано соглашение о "
        "сотрудничестве между Законодательным Собранием Калужской области и Гродненским "
        "областным Советом депутатов. Подписи под документом поставили председатель Иван "
        "Соколов и Елена Пасюк.",
        "agreement",
        {"Ivan Sokolov", "Yelena Pasyuk"},
    ),
    (
        " date 2025-06-12\n\nKaluga and Grodno\n\nOn June 11 an agreement on cooperation "
        "between the Legislative Assembly of Kaluga oblast and the Grodno Regional Council of "
        "Deputies was signed in Minsk. Putting their signatures under the document were "
        "Chairman Ivan Sokolov and Elena Pasyuk.",
        "agreement",
        {"Ivan Sokolov", "Yelena Pasyuk"},
    ),
]


@pytest.mark.parametrize(("text", "typ", "present"), LISTED_SUBJECTS)
def test_every_name_of_a_listed_subject_takes_part(
    pipeline: Pipeline, text: str, typ: str, present: set[str]
) -> None:
    doc = run(pipeline, text)
    got = {p.name for e in doc.events if e.type == typ for p in e.participants}
    assert present <= got, [(e.type, [p.name for p in e.participants]) for e in doc.events]


# (text, the signers of the one agreement told side by side)
SIGNED_SIDE_BY_SIDE: list[tuple[str, set[str]]] = [
    (
        " date 2025-06-12\n\nAlberta and Guangdong\n\nAlberta and the province of Guangdong have "
        "signed an agreement to strengthen trade. Premier Jane Miller signed the agreement on "
        "behalf of the Government of Alberta in Guangzhou. Governor Wang Ming signed on behalf "
        "of the Guangdong government.",
        {"Jane Miller", "Wang Ming"},
    ),
    (
        " date 2025-06-12\n\nKaluga und Zhejiang\n\nKaluga und die Provinz Zhejiang haben am "
        "11. Juni ein Abkommen unterzeichnet. Gouverneur Ivan Sokolov unterzeichnete das "
        "Abkommen für die Region Kaluga in Hangzhou. Gouverneur Wang Ming unterzeichnete für "
        "die Provinz Zhejiang.",
        {"Ivan Sokolov", "Wang Ming"},
    ),
]


@pytest.mark.parametrize(("text", "signers"), SIGNED_SIDE_BY_SIDE)
def test_the_two_sides_signing_in_two_sentences_sign_one_agreement(
    pipeline: Pipeline, text: str, signers: set[str]
) -> None:
    doc = run(pipeline, text)
    signings = [{p.name for p in e.participants} for e in doc.events if e.type == "agreement"]
    assert signings == [signers], signings


def test_a_signing_on_another_day_stays_another_agreement(pipeline: Pipeline) -> None:
    doc = run(
        pipeline,
        " date 2025-06-12\n\nKaluga\n\nOn June 10 Governor Ivan Sokolov of Kaluga oblast signed "
        "an agreement with Heilongjiang province in Harbin. On June 11 Governor Wang Ming of "
        "Jilin province signed an agreement with Kaluga oblast in Changchun.",
    )
    assert len([e for e in doc.events if e.type == "agreement"]) == 2


def test_the_delegation_head_lays_the_wreath_beside_a_member_of_their_side(
    pipeline: Pipeline,
) -> None:
    """A ceremony of the trip is the delegation's act: its head takes part though a member
    of the same side speaks there."""
    doc = run(
        pipeline,
        " date 2025-06-12\n\nKaluga delegation in Hanoi\n\nA delegation of Russia's Kaluga "
        "oblast led by Governor Ivan Sokolov arrived in Hanoi on June 10. On June 11, the "
        "delegation laid a wreath at the monument to the heroes in Hanoi. Deputy Governor of "
        "Kaluga oblast Pavel Orlov stressed the friendship of the two peoples.",
    )
    got = {p.name for e in doc.events if e.type == "ceremony" for p in e.participants}
    assert {"Ivan Sokolov", "Pavel Orlov"} <= got, got


# (text, the signers who held the talks that frame their signing)
TALKS_OF_THE_SIGNERS: list[tuple[str, set[str]]] = [
    (
        " date 2018-06-12\n\nSon La y Xaysomboun\n\nEl secretario del Comité del Partido de la "
        "provincia de Son La, Tran Van Binh, y el gobernador de la provincia laosiana de "
        "Xaysomboun, Bounmy Phommasane, destacaron la amistad entre las dos provincias. Al "
        "cierre del encuentro, firmaron un memorando de entendimiento, según el cual Son La "
        "ayudará a Xaysomboun a construir una escuela.",
        {"Tran Van Binh", "Bounmy Phommasane"},
    ),
    (
        " date 2018-06-12\n\nSon La and Xaysomboun\n\nSecretary of the Son La Provincial Party "
        "Committee Tran Van Binh and Governor of Xaysomboun province of Laos Bounmy Phommasane "
        "highlighted the friendship between the two provinces. Concluding the talks, they "
        "signed a memorandum of understanding, under which Son La will help Xaysomboun build a "
        "school.",
        {"Tran Van Binh", "Bounmy Phommasane"},
    ),
]


@pytest.mark.parametrize(("text", "signers"), TALKS_OF_THE_SIGNERS)
def test_talks_framing_a_signing_are_held_by_its_signers(
    pipeline: Pipeline, text: str, signers: set[str]
) -> None:
    doc = run(pipeline, text)
    talks = [{p.name for p in e.participants} for e in doc.events if e.type == "meeting"]
    assert talks and signers <= talks[0], talks


def test_members_of_the_delegation_named_after_the_meeting_attend_it(pipeline: Pipeline) -> None:
    """vi "Tham gia đoàn công tác ... còn có ông X" (also in the delegation was Mr X)."""
    doc = run(
        pipeline,
        " date 2024-05-21\n\nKaluga và Việt Nam\n\nNgày 20/5, tại thành phố Kaluga, Thống đốc "
        "tỉnh Kaluga Ivan Sokolov đã tiếp Đại sứ Việt Nam tại LB Nga Trần Văn Bình. Tham gia "
        "đoàn công tác Việt Nam còn có ông Lê Văn Hải, Chủ tịch Hội người Việt Nam tại Nga.",
    )
    got = {p.name for e in doc.events if e.type == "meeting" for p in e.participants}
    assert {"Ivan Sokolov", "Tran Van Binh", "Le Van Hai"} <= got, got


def test_a_slip_in_a_name_the_page_names_often_is_that_person(pipeline: Pipeline) -> None:
    """A caption's "Adam Kowlaczyk" on a page naming "Adam Kowalczyk" three times."""
    doc = run(
        pipeline,
        " date 2015-09-20\n\nMazowsze w Chinach\n\nMarszałek Adam Kowalczyk spotkał się 15 "
        "września w Jinan z gubernatorem prowincji Szantung Wang Mingiem. Adam Kowalczyk "
        "podkreślił znaczenie współpracy. Marszałek Adam Kowalczyk podpisał porozumienie o "
        "współpracy. Fot. marszałek Adam Kowlaczyk i gubernator Wang Ming.",
    )
    names = {p.name for e in doc.events for p in e.participants}
    assert "Adam Kowalczyk" in names and "Adam Kowlaczyk" not in names, names


# (text, {person: country}) for Japanese family names (first in a Vietnamese text)
JAPANESE_FAMILY_NAMES: list[tuple[str, dict[str, str | None]]] = [
    (
        " date 2021-11-24\n\nThủ tướng thăm Tochigi\n\nNgày 23/11, Thủ tướng Chính phủ Phạm Văn "
        "Bình cùng đoàn đại biểu cấp cao Việt Nam đã đến thăm tỉnh Tochigi, Nhật Bản; tiếp "
        "Thống đốc Yamada Taro.",
        {"Yamada Taro": "JP", "Pham Van Binh": "VN"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JAPANESE_FAMILY_NAMES)
def test_a_japanese_host_in_a_vietnamese_text_is_japanese(
    pipeline: Pipeline, text: str, expected: dict[str, str | None]
) -> None:
    got = countries(run(pipeline, text))
    assert {k: got.get(k) for k in expected} == expected, got
