"""Names across scripts to the canonical Latin form: Russian case endings on Vietnamese and
Chinese names, Cyrillic Vietnamese syllables outside the table, Palladius to pinyin, French,
German and Spanish spellings of Russian names, Tatar letters, Japanese kanji and katakana,
Chinese hanzi (mainland pinyin and Taiwan's Wade-Giles), Korean Hangul.

Every name is an invented person (or an invented combination of common name parts).
"""

from __future__ import annotations

import pickle

import pytest

from diplograph._names import NameCanonicalizer
from diplograph._registry import Registry
from tests.test_names import names  # noqa: F401  (module fixture)

# (written form, article language, country hint or None, canonical name)
CASES: list[tuple[str, str, str | None, str]] = [
    # -- Russian: Vietnamese names in the oblique cases, syllables in and outside the table
    ("Нгуеном Ван Тхо", "ru", None, "Nguyen Van Tho"),
    ("Нгуена Ван Тхо", "ru", None, "Nguyen Van Tho"),
    ("Нгуену Ван Тхо", "ru", None, "Nguyen Van Tho"),
    ("Нгуене Ван Тхо", "ru", None, "Nguyen Van Tho"),
    ("Нгуеном Мань Куйеном", "ru", None, "Nguyen Manh Quyen"),
    ("Нгуен Мань Куеном", "ru", None, "Nguyen Manh Quyen"),
    ("Чан Минь Шань", "ru", None, "Tran Minh Sanh"),
    ("Чаном Минь Шанем", "ru", None, "Tran Minh Sanh"),
    ("Во Ван Тхыонгом", "ru", None, "Vo Van Thuong"),
    ("Фам Ньы Тхыонг", "ru", None, "Pham Nhu Thuong"),
    ("Нгуен Тхи Зьеу", "ru", None, "Nguyen Thi Dieu"),
    ("Ле Тхань До", "ru", None, "Le Thanh Do"),
    ("Ле Тханем До", "ru", None, "Le Thanh Do"),
    ("Фан Ван Зунгом", "ru", None, "Phan Van Dung"),
    ("Хоанг Минь Куйеном", "ru", None, "Hoang Minh Quyen"),
    ("Данг Хоай Шаню", "ru", None, "Dang Hoai Sanh"),
    ("Буй Куок Тханю", "ru", None, "Bui Quoc Thanh"),
    ("Ли Ань Туан", "ru", None, "Ly Anh Tuan"),
    # -- Russian: Chinese names in Palladius, case endings undone
    ("Ли Вэймин", "ru", None, "Li Weiming"),
    ("Ли Вэймином", "ru", None, "Li Weiming"),
    ("Си Цзиньпина", "ru", None, "Xi Jinping"),
    ("Су Фанцю", "ru", None, "Su Fangqiu"),
    ("Юй Цзянем", "ru", None, "Yu Jian"),
    ("Цзян Сяоян", "ru", None, "Jiang Xiaoyang"),
    ("Ван Исинь", "ru", None, "Wang Yixin"),
    ("Чжан Гаоли", "ru", None, "Zhang Gaoli"),
    ("Чжао Лэцзи", "ru", None, "Zhao Leji"),
    ("Лю Гочжун", "ru", None, "Liu Guozhong"),
    ("Лю Гочжуном", "ru", None, "Liu Guozhong"),
    ("Хуан Сюэминь", "ru", None, "Huang Xuemin"),
    ("Чэнь Цюаньго", "ru", None, "Chen Quanguo"),
    ("Сюй Цинь", "ru", None, "Xu Qin"),
    # -- Russian: Russian names in the oblique cases
    ("Сергеем Голубевым", "ru", None, "Sergei Golubev"),
    ("Еленой Пасютой", "ru", None, "Yelena Pasyuta"),
    ("Александра Беглова", "ru", None, "Alexander Beglov"),
    ("Михаилом Дегтярёвым", "ru", None, "Mikhail Degtyarev"),
    ("Петром Пугачёвым", "ru", None, "Pyotr Pugachev"),
    ("Анны Королёвой", "ru", None, "Anna Koroleva"),
    ("Игорь Фёдоров", "ru", None, "Igor Fyodorov"),  # ё inside the stem stays yo
    ("Семёна Соловьёва", "ru", None, "Semyon Solovyov"),
    ("Чыонг Ми Хоа", "ru", None, "Truong Mi Hoa"),
    ("Чань Ван Хоа", "ru", None, "Tran Van Hoa"),  # Trần written with a soft sign
    # -- Tatar letters
    ("Рөстәм Миңнеханов", "tt", None, "Rustam Minnekhanov"),
    # -- French, German, Spanish spellings of Russian names
    ("Alexeï Iourievitch Rousskikh", "fr", None, "Alexei Ruskikh"),
    ("Alexandre Beglov", "fr", None, "Alexander Beglov"),
    ("Alexandre Dupuis", "fr", None, "Alexandre Dupuis"),
    ("Sergueï Golubev", "fr", None, "Sergei Golubev"),
    ("Evgueni Kouïvachev", "fr", None, "Yevgeny Kuyvashev"),
    ("Wjatscheslaw Kalganow", "de", None, "Vyacheslav Kalganov"),
    ("Jewgeni Kujwaschew", "de", None, "Yevgeny Kuyvashev"),
    ("Sergej Golubew", "de", None, "Sergei Golubev"),
    ("Dmitri Kowaljow", "de", None, "Dmitry Kovalev"),  # -ёв as Russian gives it
    ("Anna Koroljowa", "de", None, "Anna Koroleva"),
    ("Michail Gorbatschow", "de", None, "Mikhail Gorbachev"),
    ("Pjotr Fjodorow", "de", None, "Pyotr Fyodorov"),  # ё inside the stem stays yo
    ("Alejandro Kozlov", "es", None, "Alexander Kozlov"),
    ("Alejandro Gómez", "es", None, "Alejandro Gomez"),
    ("Mijaíl Mishustin", "es", None, "Mikhail Mishustin"),
    # surname, given name, patronymic spelled without its final h
    ("Sokolov Ivan Petrovic", "en", None, "Ivan Sokolov"),
    ("Marko Petrovic", "en", None, "Marko Petrovic"),  # a surname, no patronymic
    ("John A. Smith Jr.", "en", None, "John A. Smith Jr"),  # a generational suffix stays
    # -- Vietnamese with and without diacritics, in any Latin-script language
    ("Nguyễn Mạnh Quyền", "fr", None, "Nguyen Manh Quyen"),
    ("Nguyen Manh Quyen", "de", None, "Nguyen Manh Quyen"),
    ("Trần Minh Sánh", "es", None, "Tran Minh Sanh"),
    ("Đặng Thị Hà", "en", None, "Dang Thi Ha"),
    ("Nguyen Van Binh's", "en", None, "Nguyen Van Binh"),
    # -- Japanese: kanji (MeCab + UniDic), given name first, long vowels unmarked
    ("平井伸治", "ja", "JP", "Shinji Hirai"),
    ("後藤田正純", "ja", "JP", "Masazumi Gotoda"),
    ("大石賢吾", "ja", "JP", "Kengo Oishi"),
    ("大石賢吾", "ja", "CN", "Kengo Oishi"),
    ("小池百合子", "ja", None, "Yuriko Koike"),
    # a Chinese official in a Japanese article: no Japanese given name, read as Chinese
    ("劉建国", "ja", None, "Liu Jianguo"),
    ("張海濤", "ja", None, "Zhang Haitao"),
    ("林和正", "ja", None, "Kazumasa Hayashi"),  # a Japanese given name: stays Japanese
    ("鈴木直道", "ja", None, "Naomichi Suzuki"),
    ("吉村洋文", "ja", None, "Hirofumi Yoshimura"),
    ("岸田健一", "ja", None, "Kenichi Kishida"),
    # -- Japanese: katakana (foreigners), Vietnamese syllables from the table
    ("ファム・ミン・チン", "ja", None, "Pham Minh Chinh"),
    ("チン・ディン・ズン", "ja", None, "Trinh Dinh Dung"),
    ("ホアン・ティ・トゥイ・ラン", "ja", None, "Hoang Thi Thuy Lan"),
    ("グエン・ヴァン・ナム", "ja", None, "Nguyen Van Nam"),
    ("ルステム・マルダノフ", "ja", None, "Rustem Mardanov"),
    ("イーゴリ・ペトロフ", "ja", None, "Igori Petrov"),
    # -- Japanese article, Chinese official (one-character family name, country China)
    ("劉国中", "ja", "CN", "Liu Guozhong"),
    # -- Chinese: pinyin, family name readings, compound family names
    ("梁惠玲", "zh", None, "Liang Huiling"),
    ("许勤", "zh", None, "Xu Qin"),
    ("习近平", "zh", None, "Xi Jinping"),
    ("单立新", "zh", None, "Shan Lixin"),
    ("曾国平", "zh", None, "Zeng Guoping"),
    ("解红梅", "zh", None, "Xie Hongmei"),
    ("欧阳晓明", "zh", None, "Ouyang Xiaoming"),
    ("韩圣健", "zh", None, "Han Shengjian"),
    ("陈志强", "zh", "CN", "Chen Zhiqiang"),
    # -- Chinese: Taiwan's officials in Wade-Giles
    ("黄伟哲", "zh", "TW", "Huang Wei-Che"),
    ("黃偉哲", "zh", "TW", "Huang Wei-Che"),
    ("郑新辉", "zh", "TW", "Cheng Hsin-Hui"),
    ("陈亮谦", "zh", "TW", "Chen Liang-Chien"),
    ("苏恩恩", "zh", "TW", "Su En-En"),
    ("郭台铭", "zh", "TW", "Kuo Tai-Ming"),
    ("张志军", "zh", "TW", "Chang Chih-Chun"),
    # -- Chinese: Russian names transcribed by syllables (the Xinhua table read back into
    # Cyrillic, then romanised as Russian); given names by their fixed Chinese forms
    ("安娜·索科洛娃", "zh", None, "Anna Sokolova"),
    ("帕维尔·科兹洛夫", "zh", None, "Pavel Kozlov"),
    ("米哈伊尔·马卡罗夫", "zh", None, "Mikhail Makarov"),
    ("伊萬·索科洛夫", "zh", None, "Ivan Sokolov"),
    ("叶莲娜·库兹米娜", "zh", None, "Yelena Kuzmina"),
    ("奥列格·扎哈罗夫", "zh", None, "Oleg Zakharov"),
    ("彼得罗夫", "zh", None, "Petrov"),
    ("诺维科夫", "zh", "RU", "Novikov"),
    ("梅德韦杰娃", "zh", "RU", "Medvedeva"),
    ("科热米亚金", "zh", None, "Kozhemyakin"),
    ("林尼克", "zh", "RU", "Linnik"),  # a Chinese-looking run of a Russian official
    ("普京", "zh", None, "Putin"),  # a customary form
    ("林尼克", "zh", None, "Lin Nike"),  # no Russian country: a Chinese name
    ("马克", "zh", "CN", "Ma Ke"),
    # -- Chinese article, Japanese official in kanji: the Japanese forms of the characters
    # (simplified or traditional) read by UniDic, given name first
    ("岛田健太", "zh", "JP", "Kenta Shimada"),
    ("德永和也", "zh", "JP", "Kazuya Tokunaga"),
    ("高桥浩二", "zh", "JP", "Koji Takahashi"),
    ("泽田健一", "zh", "JP", "Kenichi Sawada"),
    ("長谷川聰", "zh", "JP", "Satoshi Hasegawa"),
    ("中村健一", "zh", "JP", "Kenichi Nakamura"),
    # -- Chinese article, Vietnamese official in Chinese characters: Sino-Vietnamese
    ("黄文明", "zh", "VN", "Hoang Van Minh"),
    ("阮氏兰", "zh", "VN", "Nguyen Thi Lan"),
    ("陈国雄", "zh", "VN", "Tran Quoc Hung"),
    ("范德海", "zh", "VN", "Pham Duc Hai"),
    ("陈国雄", "zh", "CN", "Chen Guoxiong"),
    # -- Korean: Revised Romanization, family names as their holders write them
    ("오영훈", "ko", None, "Oh Young-Hun"),
    ("정무창", "ko", None, "Jeong Mu-Chang"),
    ("문영훈", "ko", None, "Mun Young-Hun"),
    ("김민수", "ko", None, "Kim Min-Su"),
    ("이지은", "ko", None, "Lee Ji-Eun"),
    ("박서준", "ko", None, "Park Seo-Jun"),
    ("남궁민호", "ko", None, "Namgung Min-Ho"),
    ("심철의", "ko", None, "Sim Chul-Eui"),
    ("박현우", "ko", None, "Park Hyun-U"),
    ("김성민", "ko", None, "Kim Sung-Min"),
    ("최기정", "ko", None, "Choi Ki-Jung"),
    # -- Korean: Vietnamese names in Hangul, one word per syllable
    ("응우옌 반 남", "ko", None, "Nguyen Van Nam"),
    ("쩐 티 투이", "ko", None, "Tran Thi Thuy"),
    ("팜 밍 득", "ko", None, "Pham Minh Duc"),
    ("레 꽝 하이", "ko", None, "Le Quang Hai"),
    # -- Korean article, Japanese official written in Hangul
    ("고토다 마사즈미", "ko", "JP", "Gotoda Masazumi"),
    ("스즈키 나오미치", "ko", "JP", "Suzuki Naomichi"),
    # -- Japanese given names UniDic splits or misreads, read whole by Sudachi
    ("中村嗣政", "ja", "JP", "Tsugumasa Nakamura"),
    ("河野嗣政", "ja", None, "Tsugumasa Kono"),
    ("田中申吾", "ja", "JP", "Shingo Tanaka"),
    ("石田申吾", "ja", None, "Shingo Ishida"),
    ("小野元裕", "ja", "JP", "Motohiro Ono"),
    ("森元裕", "ja", "JP", "Motohiro Mori"),
    # a two-character family name only Sudachi knows: Japanese even beside China
    ("柳居健太", "ja", None, "Kenta Yanai"),
    ("柳居健太", "ja", "CN", "Kenta Yanai"),
    # -- Korean names in Japanese katakana, read as the Hangul they stand for
    ("キム・ミンス", "ja", "KR", "Kim Min-Su"),
    ("パク・ソンホ", "ja", None, "Park Sung-Ho"),
    ("オ・ジュンホ", "ja", "KR", "Oh Jun-Ho"),
    ("イ・ジェミョン", "ja", "KR", "Lee Jae-Myeong"),
    ("チョン・ヒョンス", "ja", "KR", "Jeong Hyun-Su"),
    ("ハン・ギョンヒ", "ja", "KR", "Han Kyung-Hui"),
    # not Korean: a Russian name, or a Korean-looking one of another country
    ("イーゴリ・ペトロフ", "ja", "KR", "Igori Petrov"),
    ("オ・ヨンフン", "ja", "RU", "O. Yonfun"),
]

# (text before a title, the person name ending it) in Japanese
JA_SPANS: list[tuple[str, str]] = [
    ("山口県の中村嗣政", "中村嗣政"),
    ("県議会の柳居健太", "柳居健太"),
    ("県の河野嗣政", "河野嗣政"),
]


@pytest.mark.parametrize(("chunk", "name"), JA_SPANS)
def test_japanese_name_span_before_a_title(
    names: NameCanonicalizer,  # noqa: F811
    chunk: str,
    name: str,
) -> None:
    span = names.cjk().ja_full_name_span(chunk)
    assert span is not None
    assert chunk[span[0] : span[1]] == name


@pytest.mark.parametrize(("written", "lang", "hint", "expected"), CASES)
def test_canonical_name_across_scripts(
    names: NameCanonicalizer,  # noqa: F811
    written: str,
    lang: str,
    hint: str | None,
    expected: str,
) -> None:
    assert names.canonical(written, lang, hint) == expected


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize("expected", sorted({e for _w, _l, _h, e in CASES if e.isascii()}))
def test_canonical_form_is_a_fixed_point(
    names: NameCanonicalizer,  # noqa: F811
    expected: str,
) -> None:
    assert names.canonical(expected, None) == expected


def test_reader_pickles_after_use(names: NameCanonicalizer) -> None:  # noqa: F811
    names.canonical("平井伸治", "ja", "JP")  # loads the tagger
    clone = pickle.loads(pickle.dumps(NameCanonicalizer(Registry())))
    assert clone.canonical("梁惠玲", "zh") == "Liang Huiling"
    assert pickle.loads(pickle.dumps(names.cjk())).read("平井伸治", "ja") == ["Shinji", "Hirai"]
