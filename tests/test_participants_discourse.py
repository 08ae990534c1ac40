"""Participants at discourse level, through the whole pipeline on short articles of our own:
the head of a visiting delegation named once takes part in the trip's meetings, signings and
ceremonies; "the two sides" sign as the parties of the talks; a bare title ("the governor")
is its only holder; historic persons (monuments, streets, anniversaries) and persons only
quoted or sending greetings are not participants; persons named in Japanese, Chinese and
Korean scripts take part under their Latin names.

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


def participants(doc: Document, typ: str) -> set[str]:
    return {p.name for e in doc.events if e.type == typ for p in e.participants}


def everyone(doc: Document) -> set[str]:
    return {p.name for e in doc.events for p in e.participants}


# (text, event type, persons who must take part in it, persons who must not take part in any)
Case = tuple[str, str, set[str], set[str]]

HEADS: list[Case] = [
    (
        " date 2025-06-12\n\nKaluga delegation in Binh Thuan\n\n"
        "A delegation of Russia's Kaluga oblast led by Governor Ivan Sokolov arrived in Vietnam "
        "on June 10. On June 11, Chairman of the Binh Thuan Provincial People's Committee "
        "Tran Minh Duc received the delegation in Phan Thiet.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "A delegation of Russia's Kaluga oblast led by Governor Ivan Sokolov visited Vietnam "
        "from June 9 to 12. On June 11, the delegation laid flowers at the monument to "
        "Ho Chi Minh in Hanoi.",
        "ceremony",
        {"Ivan Sokolov"},
        {"Ho Chi Minh"},
    ),
    (
        " date 2025-06-12\n\nКалужская делегация во Вьетнаме\n\n"
        "Делегация Калужской области во главе с губернатором Иваном Соколовым прибыла во "
        "Вьетнам 10 июня. 11 июня председатель народного комитета провинции Биньтхуан "
        "Чан Минь Дык принял делегацию.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
    (
        " date 2025-06-12\n\nDélégation de Kalouga\n\n"
        "Une délégation de l'oblast de Kalouga conduite par le gouverneur Ivan Sokolov est "
        "arrivée au Vietnam le 10 juin. Le 11 juin, le président du Comité populaire de la "
        "province de Binh Thuan, Tran Minh Duc, a reçu la délégation.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
    (
        " date 2025-06-12\n\nKaluga delegation\n\n"
        "Governor of Kaluga oblast Ivan Sokolov visited Binh Thuan province from June 9 to 12. "
        "On June 11, the two provinces signed a memorandum on cooperation in agriculture.",
        "agreement",
        {"Ivan Sokolov"},
        set(),
    ),
]

SIDES: list[Case] = [
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan sign\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov held talks with Chairman of the "
        "Binh Thuan Provincial People's Committee Tran Minh Duc in Phan Thiet. After the talks, "
        "the two sides signed a memorandum of understanding on trade.",
        "agreement",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov held talks with Chairman of the "
        "Binh Thuan Provincial People's Committee Tran Minh Duc. Both sides signed an agreement "
        "on education.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "11 июня губернатор Калужской области Иван Соколов провел переговоры с председателем "
        "народного комитета провинции Биньтхуан Чан Минь Дыком. Стороны подписали соглашение "
        "о сотрудничестве.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
]

ROLES: list[Case] = [
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "Governor of Kaluga oblast Ivan Sokolov arrived in Phan Thiet on June 10. On June 11, "
        "the governor met Chairman of the Binh Thuan Provincial People's Committee Tran Minh Duc.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "Governor of Kaluga oblast Ivan Sokolov held talks in Phan Thiet on June 11 with "
        "Chairman of the Binh Thuan Provincial People's Committee Tran Minh Duc. Sokolov "
        "proposed direct flights.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
]

HISTORY: list[Case] = [
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov laid flowers at the statue of "
        "Vladimir Lenin in Phan Thiet.",
        "ceremony",
        {"Ivan Sokolov"},
        {"Vladimir Lenin"},
    ),
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov met Chairman of the Binh Thuan "
        "Provincial People's Committee Tran Minh Duc at the Ho Chi Minh Museum.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        {"Ho Chi Minh"},
    ),
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "11 июня губернатор Калужской области Иван Соколов возложил цветы к памятнику "
        "Хо Ши Мину.",
        "ceremony",
        {"Ivan Sokolov"},
        {"Ho Chi Minh"},
    ),
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov opened the Alexander Pushkin "
        "reading room at the Binh Thuan library.",
        "ceremony",
        set(),
        {"Alexander Pushkin"},
    ),
]

QUOTED: list[Case] = [
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov received Chairman of the Binh "
        "Thuan Provincial People's Committee Tran Minh Duc and conveyed greetings from "
        "President Pavel Orlov.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        {"Pavel Orlov"},
    ),
    # national leaders retold in a meeting (their guidance, instructions, letter), never present
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov met Chairman of the Binh Thuan "
        "Provincial People's Committee Tran Minh Duc. Governor Ivan Sokolov handed over "
        "President Pavel Orlov's letter to the province.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        {"Pavel Orlov"},
    ),
    (
        " date 2025-06-12\n\nКалужская делегация\n\n"
        "11 июня губернатор Калужской области Иван Соколов встретился с председателем "
        "народного комитета провинции Биньтхуан Чан Минь Дыком. По поручению президента "
        "Андрея Орлова губернатор Иван Соколов предложил открыть прямой рейс.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        {"Andrei Orlov"},
    ),
    (
        "省长会见\n\n6月11日,广东省省长梁惠玲在广州会见了越南平顺省人民委员会主席陈明德一行。"
        "梁惠玲表示,在王建国主席和陈文海总理的战略引领下,两省合作不断深化。",
        "meeting",
        {"Liang Huiling"},
        {"Wang Jianguo"},
    ),
    (
        "부산시장 접견\n\n6월 11일 김민수 부산시장은 시청에서 빈투안성 인민위원장과 면담했다. "
        "이 자리에서 박영호 부시장은 이정훈 대통령의 친서를 전달하며 협력을 요청했다.",
        "meeting",
        {"Park Young-Ho"},
        {"Lee Jung-Hun"},
    ),
    # a quotation names those its speaker talks about, not those acting in the meeting
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov met Chairman of the Binh Thuan "
        "Provincial People's Committee Tran Minh Duc. \u201cAs President Andrew Walker has "
        "said, our regions must trade more,\u201d Governor Ivan Sokolov said.",
        "meeting",
        {"Ivan Sokolov", "Tran Minh Duc"},
        {"Andrew Walker"},
    ),
    (
        " date 2025-06-12\n\nKaluga y Binh Thuan\n\n"
        "El 11 de junio, el gobernador de la región de Kaluga, Iván Sokolov, se reunió con el "
        "presidente del Comité Popular de la provincia de Binh Thuan, Tran Minh Duc. \u201cUna "
        "visita del presidente Pablo Ortega nos ayudaría mucho\u201d, afirmó el gobernador.",
        "meeting",
        {"Tran Minh Duc"},
        {"Pablo Ortega"},
    ),
]

SCRIPTS: list[Case] = [
    (
        "知事がハノイ訪問\n\n鳥取県の平井伸治知事は6月11日、ハノイでベトナムの"
        "ファム・ミン・チン首相と会談した。",
        "meeting",
        {"Shinji Hirai", "Pham Minh Chinh"},
        set(),
    ),
    (
        "省长会见\n\n6月11日，广东省省长梁惠玲在广州会见了越南平顺省人民委员会主席陈明德一行。",
        "meeting",
        {"Liang Huiling"},
        set(),
    ),
]

SCRIPTS.append(
    (
        # a name right after a date ("3月" ends with a unit after a digit) is still found
        "省长会见\n\n6月11日,广东省省长梁惠玲在广州会见了越南平顺省人民委员会主席陈明德一行。"
        "他说,今年3月王建国主席对越南进行国事访问,两国签署联合声明。",
        "agreement",
        {"Wang Jianguo"},
        set(),
    )
)

SCRIPTS.append(
    (
        # a Taiwanese mayor in a Japanese article, UniDic reading only the last character
        # as a name ("陳" + "偉" + "哲"): the Chinese family name before the title decides
        "市長が知事を訪問\n\n台湾・台南市の陳偉哲市長は6月11日、鳥取県庁を訪れ、"
        "平井伸治知事と会談した。",
        "meeting",
        {"Chen Wei-Che", "Shinji Hirai"},
        set(),
    )
)

SCRIPTS += [
    (
        # a Russian official by his transcribed surname alone after the title
        "省长会见\n\n6月11日，黑龙江省省长王明在哈尔滨会见了俄罗斯滨海边区州长彼得罗夫一行。",
        "meeting",
        {"Wang Ming", "Petrov"},
        set(),
    ),
    (
        # given name, name dot and surname; a Chinese word of table characters after it
        "省长会见\n\n6月11日，广东省省长梁惠玲在广州会见了俄罗斯堪察加边区州长伊万·索科洛夫，"
        "诺维科夫特别强调了合作。",
        "meeting",
        {"Liang Huiling", "Ivan Sokolov"},
        set(),
    ),
    (
        # Japanese officials in kanji in a Chinese article, names listed after their titles
        # (one ending in a character that also follows names: "和也" + "和")
        "会见\n\n6月11日，广东省省长梁惠玲在广州会见了日本鸟取县知事岛田健太、议长德永和也和"
        "副知事高桥浩二。",
        "meeting",
        {"Liang Huiling", "Kenta Shimada", "Kazuya Tokunaga", "Koji Takahashi"},
        set(),
    ),
    (
        # a Vietnamese official in Chinese characters, in a text naming Vietnam and Laos only
        "会谈\n\n6月11日，越南省委书记黄文明在河内会见了老挝代表团，双方举行了会谈。",
        "meeting",
        {"Hoang Van Minh"},
        {"Huang Wenming"},
    ),
    (
        # the name before its title ("普京总统"), a customary form
        "会谈\n\n6月11日，国家主席王明在北京同普京总统举行会谈。",
        "meeting",
        {"Wang Ming", "Putin"},
        set(),
    ),
]

SCRIPTS.append(
    (
        # a Vietnamese name in Hangul before a title with its ordinal ("제1차관")
        "광주시와 베트남 협력\n\n김민수 광주시장은 11일 하노이에서 베트남 외교부 "
        "응우옌 반 남 제1차관과 회담했다.",
        "meeting",
        {"Kim Min-Su", "Nguyen Van Nam"},
        set(),
    )
)

SCRIPTS.append(
    (
        # the Japanese prefecture fused with the title word ("...현지사는")
        "제주도와 일본 현 협정\n\n김민수 제주도지사는 11일 제주에서 스즈키 나오미치 "
        "나가노현지사와 회담했다.",
        "meeting",
        {"Kim Min-Su", "Suzuki Naomichi"},
        set(),
    )
)

SCRIPTS.append(
    (
        "제주도와 일본 현 협정\n\n김민수 제주도지사는 11일 스즈키 나오미치 홋카이현 지사와 "
        "회담했다.",
        "meeting",
        {"Kim Min-Su", "Suzuki Naomichi"},
        set(),
    )
)

# A later sentence retells the event with its participants as subjects (a discourse pattern).
RETOLD: list[Case] = [
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov received a delegation of Binh "
        "Thuan province. Vice Chairman of the Binh Thuan Provincial People's Committee "
        "Le Van Hoa thanked the governor for the warm welcome.",
        "meeting",
        {"Ivan Sokolov", "Le Van Hoa"},
        set(),
    ),
    (
        " date 2025-06-12\n\nКалуга и Биньтхуан\n\n"
        "11 июня губернатор Калужской области Иван Соколов провёл переговоры с делегацией "
        "провинции Биньтхуан. Заместитель председателя народного комитета провинции "
        "Ле Ван Хоа рассказал о развитии туризма в регионе.",
        "meeting",
        {"Ivan Sokolov", "Le Van Hoa"},
        set(),
    ),
    (
        " date 2025-06-12\n\nKaluga et Binh Thuan\n\n"
        "Le 11 juin, le gouverneur de la région de Kalouga Ivan Sokolov a signé un accord de "
        "coopération avec la province de Binh Thuan. Le vice-président du comité populaire "
        "provincial Le Van Hoa a salué cet accord.",
        "agreement",
        {"Ivan Sokolov", "Le Van Hoa"},
        set(),
    ),
    (
        # the lead before the headline event's trigger names its actors
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "Deputy Governor of Kaluga oblast Pavel Orlov and business leaders accompany the "
        "governor this week. On June 11, Governor of Kaluga oblast Ivan Sokolov signed a "
        "cooperation agreement with Binh Thuan province.",
        "agreement",
        {"Ivan Sokolov", "Pavel Orlov"},
        set(),
    ),
    (
        # a sentence told on another day is not a retelling of the meeting
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov received a delegation of Binh "
        "Thuan province. In 2019, Minister of Culture Pavel Orlov opened a museum in Kaluga.",
        "meeting",
        {"Ivan Sokolov"},
        {"Pavel Orlov"},
    ),
]

# A Chinese governor in a Japanese article, named before his title.
SCRIPTS.append(
    (
        "知事が長春訪問\n\n鳥取県の森田健一知事は6月11日、吉林省の張海濤省長と会談した。",
        "meeting",
        {"Kenichi Morita", "Zhang Haitao"},
        set(),
    )
)

# A Japanese governor in Hangul, his prefecture (known to the gazetteer) spaced from the title.
SCRIPTS.append(
    (
        "제주도와 도쿠시마현 협정\n\n김민수 제주도지사는 11일 모리 히로시 도쿠시마현 지사와 "
        "회담했다.",
        "meeting",
        {"Kim Min-Su", "Mori Hiroshi"},
        set(),
    )
)

# "locality" as a unit word of the title phrase (machine-translated "địa phương").
LOCALITY: list[Case] = [
    (
        " date 2025-06-12\n\nSon La y Xaysomboun\n\nEl 11 de junio, el secretario del Comité "
        "del Partido de la provincia de Son La, Tran Minh Duc, recibió al gobernador de la "
        "localidad laosiana de Xaysomboun, Khamla Vongsa.",
        "meeting",
        {"Tran Minh Duc", "Khamla Vongsa"},
        set(),
    ),
    (
        " date 2025-06-12\n\nSon La and Xaysomboun\n\nOn June 11, Secretary of the Son La "
        "Provincial Party Committee Tran Minh Duc received the Governor of the Lao locality of "
        "Xaysomboun, Khamla Vongsa.",
        "meeting",
        {"Tran Minh Duc", "Khamla Vongsa"},
        set(),
    ),
]

# A generational suffix is part of the name; the surname alone refers back to it.
SUFFIXED: list[Case] = [
    (
        " date 2025-06-12\n\nSister states\n\nOn June 11, Governor John A. Smith Jr. signed a "
        "sister-state agreement with Guangdong Province in Guangzhou. Governor Smith thanked "
        "the hosts.",
        "agreement",
        {"John A. Smith Jr"},
        {"Smith"},
    ),
]

# Those who accompany the traveller, told in the sentence after the trip.
ACCOMPANY: list[Case] = [
    (
        " date 2025-06-12\n\nBesuch in Binh Thuan\n\nMinisterpräsident Jan Albers ist zu einem "
        "Besuch in der Partnerprovinz Binh Thuan in Vietnam eingetroffen. Begleitet wird er von "
        "Wirtschaftsministerin Petra Lorenz und einer Delegation.",
        "visit",
        {"Jan Albers", "Petra Lorenz"},
        set(),
    ),
]

# Names apposed to their titles in a list: each title has the name before it, not the one
# after it that is apposed to the next title; a list of "Title Name," keeps the name after.
APPOSED: list[Case] = [
    (
        " date 2025-06-12\n\nThree provinces\n\nOn June 11, Li Ming, Governor of Sichuan "
        "Province, Wang Wei, Governor of Guangdong Province, and Ivan Sokolov, Governor of Kaluga "
        "oblast, held a video meeting.",
        "meeting",
        {"Li Ming", "Wang Wei", "Ivan Sokolov"},
        set(),
    ),
    (
        " date 2025-06-12\n\nWest Java and Guangdong\n\nOn June 11, Governor Budi Santika "
        "signed a memorandum with Guangdong province, attended by Head of the Finance Bureau "
        "Dewi Lestari, Head of the Transport Department Agus Wibowo, and Vice Governor Wang Wei.",
        "agreement",
        {"Budi Santika", "Dewi Lestari", "Agus Wibowo", "Wang Wei"},
        set(),
    ),
]

# A bare title a later sentence names is its holder only when it says the office: Spanish
# "el mandatario" is any elected head (a governor quoted right after); "el primer mandatario"
# is the president.
BARE_TITLES: list[Case] = [
    (
        " date 2025-06-12\n\nChaco y Henan\n\n"
        "El gobernador Jorge Paredes firmó este miércoles un acuerdo de hermanamiento entre la "
        "provincia del Chaco y la provincia de Henan. \u201cEs una gran oportunidad para "
        "nuestras provincias\u201d, sostuvo el mandatario. \u201cEsperamos que una visita del "
        "presidente Luis Romero fortalezca estos vínculos\u201d, remarcó el gobernador.",
        "agreement",
        {"Jorge Paredes"},
        {"Luis Romero"},
    ),
]


ALL = (
    LOCALITY
    + SUFFIXED
    + APPOSED
    + HEADS
    + SIDES
    + ROLES
    + HISTORY
    + QUOTED
    + SCRIPTS
    + RETOLD
    + ACCOMPANY
    + BARE_TITLES
)


@pytest.mark.parametrize(("text", "typ", "present", "absent"), ALL)
def test_participants(
    pipeline: Pipeline, text: str, typ: str, present: set[str], absent: set[str]
) -> None:
    doc = run(pipeline, text)
    got = participants(doc, typ)
    assert present <= got, (
        typ,
        got,
        [(e.type, [p.name for p in e.participants]) for e in doc.events],
    )
    assert not (absent & everyone(doc))


def test_table_is_large_enough() -> None:
    cases = sum(len(p) + len(a) for _t, _y, p, a in ALL)
    assert cases >= 30


UNTITLED: list[tuple[str, str, str]] = [
    # (language, sentence, person the people stage must find without a title)
    ("ru", "Переговоры провели Сергей Голубев и Елена Пасюта.", "Yelena Pasyuta"),
    ("ru", "Делегацию возглавил Нгуен Мань Куен.", "Nguyen Manh Quyen"),
    ("ru", "На встрече были Вячеслав Шпорт и Лу Хао.", "Lu Hao"),
    ("fr", "Alexandre Beglov a accueilli les invités.", "Alexander Beglov"),
    ("en", "The guests were greeted by Tran Van Binh.", "Tran Van Binh"),
]


@pytest.mark.parametrize(("lang", "sentence", "person"), UNTITLED)
def test_names_without_a_title(pipeline: Pipeline, lang: str, sentence: str, person: str) -> None:
    doc = run(pipeline, sentence)
    found = {m.key for m in doc.mentions if m.kind == "person"}
    assert person in found, (doc.lang, found)


def test_country_from_the_place_of_the_sentence(pipeline: Pipeline) -> None:
    """A Russian name in an article about Russia and Belarus takes the country of the place
    its own sentence names."""
    doc = run(
        pipeline,
        "Форум регионов России и Беларуси прошел в Минске. Калужскую область представлял "
        "председатель Законодательного собрания Петр Семенов.",
    )
    countries = {m.key: m.attrs.get("country") for m in doc.mentions if m.kind == "person"}
    assert countries.get("Pyotr Semenov") == "RU", countries


NOT_NAMES: list[tuple[str, str]] = [
    # (sentence, a name that must not be read as a person)
    (
        "Делегация во главе с секретарем ЦК КПВ Ле Ван Тхань провела встречу в Москве.",
        "Tsk Kpv Le Van Thanh",
    ),
    ("Provincial leaders visited the Ly Thai To monument in Hanoi on Monday.", "Ly Thai To"),
]


@pytest.mark.parametrize(("sentence", "wrong"), NOT_NAMES)
def test_not_read_as_participants(pipeline: Pipeline, sentence: str, wrong: str) -> None:
    doc = run(pipeline, sentence)
    assert wrong not in everyone(doc)
    assert wrong not in {m.key for m in doc.mentions if m.kind == "person"} or wrong == "Ly Thai To"


def test_capitalised_family_name_stays_in_the_name(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Premier Ann Carter and WU Jianping, Governor of Hainan, signed the deal.")
    assert "Wu Jianping" in {m.key for m in doc.mentions if m.kind == "person"}


def test_korean_signing_is_an_event(pipeline: Pipeline) -> None:
    """Korean has event triggers of its own (ko/triggers.yaml): endings attach to the verb."""
    doc = run(pipeline, "제주도와 도쿠시마현은 11일 우호 교류 협정에 서명했다.")
    assert "agreement" in {e.type for e in doc.events}


# A bilateral text (two countries named): a participant whose name no custom places is of
# the side whose closed-list naming custom (Vietnam, China, Korea) it breaks not.
OTHER_SIDE: list[tuple[str, str, str | None]] = [
    (
        " date 2025-06-12\n\nWest Java and Guangdong\n\nOn June 11, Governor Budi Santika "
        "received a delegation of Guangdong province led by Vice Governor Wang Ming in Bandung, "
        "Indonesia. The two sides signed a memorandum on trade.",
        "Budi Santika",
        "ID",
    ),
    (
        " date 2025-06-12\n\nBinh Thuan et le Japon\n\nLe 11 juin, le gouverneur Takeshi "
        "Morimoto a reçu au Japon une délégation de la province vietnamienne de Binh Thuan "
        "conduite par Tran Minh Duc.",
        "Takeshi Morimoto",
        "JP",
    ),
    (
        # three countries named: nothing decides
        " date 2025-06-12\n\nWest Java, Guangdong and Binh Thuan\n\nOn June 11, Governor Budi "
        "Santika received delegations of Guangdong province, China, and Binh Thuan province, "
        "Vietnam, in Bandung, Indonesia.",
        "Budi Santika",
        None,
    ),
]


OTHER_SIDE.append(
    (
        # three countries named: the article's language tells its own official
        " date 2025-06-12\n\nJawa Barat\n\nPada 11 Juni, Gubernur Budi Santika menerima "
        "delegasi Provinsi Guangdong, Tiongkok, dan Provinsi Binh Thuan, Vietnam, di Bandung, "
        "Indonesia, dan menandatangani nota kesepahaman.",
        "Budi Santika",
        "ID",
    )
)


@pytest.mark.parametrize(("text", "person", "country"), OTHER_SIDE)
def test_country_of_the_other_side(
    pipeline: Pipeline, text: str, person: str, country: str | None
) -> None:
    doc = run(pipeline, text)
    found = {p.name: p.country for e in doc.events for p in e.participants}
    assert person in found, found
    assert found[person] == country


QUOTED_EVENTS: list[tuple[str, str]] = [
    # (text, the visiting head who must not join the agreement a host tells in a quotation)
    (
        " date 2025-06-12\n\nKaluga delegation in Binh Thuan\n\n"
        "A delegation of Russia's Kaluga oblast led by Governor Ivan Sokolov arrived in Vietnam "
        "on June 10. On June 11, Chairman of the Binh Thuan Provincial People's Committee "
        "Tran Minh Duc received the delegation in Phan Thiet. \u201cOur provinces signed a "
        "cooperation agreement in Moscow ten years ago,\u201d Tran Minh Duc said.",
        "Ivan Sokolov",
    ),
    (
        # the quotation opens in the sentence before the one telling the signing
        " date 2025-06-12\n\nKaluga delegation in Binh Thuan\n\n"
        "A delegation of Russia's Kaluga oblast led by Governor Ivan Sokolov arrived in Vietnam "
        "on June 10. On June 11, Chairman of the Binh Thuan Provincial People's Committee "
        "Tran Minh Duc received the delegation in Phan Thiet. Tran Minh Duc said: \u201cWe "
        "welcome our friends. Our provinces signed a cooperation agreement in Moscow ten "
        "years ago.\u201d",
        "Ivan Sokolov",
    ),
]


@pytest.mark.parametrize(("text", "head"), QUOTED_EVENTS)
def test_visiting_head_not_in_an_event_told_in_a_quotation(
    pipeline: Pipeline, text: str, head: str
) -> None:
    doc = run(pipeline, text)
    assert "agreement" in {e.type for e in doc.events}
    assert head not in participants(doc, "agreement")
    assert head in participants(doc, "meeting")


SPEAKERS_OF_QUOTED: list[tuple[str, str]] = [
    # (text, the speaker who tells of a signing inside a quotation and takes no part in it)
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "On June 11, Governor of Kaluga oblast Ivan Sokolov met Chairman of the Binh Thuan "
        "Provincial People's Committee Tran Minh Duc in Phan Thiet. Tran Minh Duc recalled: "
        "\u201cOur provinces signed a cooperation agreement in Moscow ten years ago.\u201d",
        "Tran Minh Duc",
    ),
    (
        " date 2025-06-12\n\nKaluga und Binh Thuan\n\n"
        "Am 11. Juni traf Gouverneur Ivan Sokolov in Phan Thiet den Vorsitzenden des "
        "Volkskomitees der Provinz Binh Thuan, Tran Minh Duc. \u201eUnsere Regionen haben vor "
        "zehn Jahren ein Abkommen unterzeichnet\u201c, sagte Ivan Sokolov.",
        "Ivan Sokolov",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS_OF_QUOTED)
def test_speaker_not_in_an_event_told_in_a_quotation(
    pipeline: Pipeline, text: str, speaker: str
) -> None:
    doc = run(pipeline, text)
    assert "agreement" in {e.type for e in doc.events}
    assert speaker not in participants(doc, "agreement")
    assert speaker in participants(doc, "meeting")


FRAMED: list[tuple[str, set[str], set[str]]] = [
    # (text, who the meeting is with and the forum does not gather, who attends both)
    (
        " date 2025-06-12\n\nCulture Week in Kazan\n\n"
        "On June 11, in the framework of the Vietnamese Culture Week, a meeting took place in "
        "Kazan between Governor Ivan Sokolov and Ambassador Tran Minh Duc.",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
    (
        " date 2025-06-12\n\nНеделя культуры в Казани\n\n"
        "11 июня в Казани в рамках Недели вьетнамской культуры состоялась встреча губернатора "
        "Ивана Соколова с послом Чан Минь Дыком.",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
    (
        " date 2025-06-12\n\nTuần lễ Văn hóa\n\n"
        "Ngày 11/6, trong khuôn khổ Tuần lễ Văn hóa Việt Nam tại Kazan, đã diễn ra cuộc gặp "
        "giữa Thống đốc Ivan Sokolov với Đại sứ Trần Minh Đức.",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
    (
        # the subject of both acts attends the conference; whom he received does not
        " date 2025-06-12\n\nKazan\n\n"
        "Prime Minister Tran Minh Duc on June 11 paid a working visit to Kazan, where he "
        "received its Governor Ivan Sokolov, and attended a conference on cooperation "
        "between Vietnamese and Russian localities.",
        {"Ivan Sokolov"},
        {"Tran Minh Duc"},
    ),
    (
        # the head of the visiting delegation met the governor; the week is not carried to him
        " date 2025-06-12\n\nCulture Week in Kazan\n\n"
        "A delegation of Vietnam led by Ambassador Tran Minh Duc arrived in Kazan on June 10. "
        "On June 11, in the framework of the Vietnamese Culture Week, a meeting took place "
        "between Governor Ivan Sokolov and the delegation.",
        {"Ivan Sokolov", "Tran Minh Duc"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "partners", "attendees"), FRAMED)
def test_meeting_partners_not_gathered_by_the_forum_of_its_sentence(
    pipeline: Pipeline, text: str, partners: set[str], attendees: set[str]
) -> None:
    doc = run(pipeline, text)
    assert "forum" in {e.type for e in doc.events}
    assert partners <= participants(doc, "meeting")
    forum = participants(doc, "forum")
    assert not partners & forum, forum
    assert attendees <= forum


RETOLD_WITH_A_YEAR: list[tuple[str, str, bool]] = [
    # (text, official of a later sentence, whether they took part in the signing): a year far
    # after the subject is what they talk about; a year framing the sentence is another day
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "Representatives of Kaluga oblast and Binh Thuan province signed a cooperation "
        "agreement in Phan Thiet on June 11. Kaluga Governor Ivan Sokolov underlined the "
        "importance of the new ties between the two regions while noting that his region has "
        "built up friendly relations with many provinces across Asia since it opened its "
        "trade office in 2017.",
        "Ivan Sokolov",
        True,
    ),
    (
        " date 2025-06-12\n\nKalouga et Binh Thuan\n\n"
        "Des représentants de l'oblast de Kalouga et de la province de Binh Thuan ont signé "
        "un accord de coopération à Phan Thiet le 11 juin. Le gouverneur de Kalouga Ivan "
        "Sokolov a souligné l'importance des nouveaux liens entre les deux régions tout en "
        "rappelant que sa région a noué des relations amicales avec de nombreuses provinces "
        "d'Asie depuis l'ouverture de son bureau commercial en 2017.",
        "Ivan Sokolov",
        True,
    ),
    (
        " date 2025-06-12\n\nKaluga and Binh Thuan\n\n"
        "Representatives of Kaluga oblast and Binh Thuan province signed a cooperation "
        "agreement in Phan Thiet on June 11. In 2017, Kaluga Governor Ivan Sokolov underlined "
        "the importance of the ties between the two regions.",
        "Ivan Sokolov",
        False,
    ),
]


@pytest.mark.parametrize(("text", "person", "took_part"), RETOLD_WITH_A_YEAR)
def test_year_far_after_the_subject_of_a_retelling(
    pipeline: Pipeline, text: str, person: str, took_part: bool
) -> None:
    doc = run(pipeline, text)
    assert (person in participants(doc, "agreement")) is took_part, participants(doc, "agreement")
