"""Writes tests/dev2: twelve short articles of our own (2 per language) with hand gold.

Phrasing the main corpora under-represent: passive and nominal event reports, headline
present tense, German separated verbs with long gaps, video calls, and a statement-only
paragraph after the event (which must not become an event).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
NOWHERE = {"country": None, "region": None, "city": None}


def p(name: str, role: str, country: str, region: str | None) -> dict[str, object]:
    return {"name": name, "role": role, "country": country, "region": region}


def ev(typ, key, date, place, parts, regions, sectors):  # type: ignore[no-untyped-def]
    return {
        "type": typ,
        "key": key,
        "date": date,
        "place": place,
        "participants": parts,
        "regions": regions,
        "sectors": sectors,
    }


ARTICLES = [
    (
        "en",
        "amur-hagiang-online",
        "2025-03-12",
        "Amur Oblast and Ha Giang hold online meeting on farm trade",
        "Governor of Russia's Amur Oblast Vasily Orlov and Chairman of the People's Committee "
        "of Vietnam's Ha Giang province Nguyen Van Son held an online meeting on March 11 to "
        "discuss agriculture and tourism links.\n"
        "Orlov said the region hopes to ship more soybeans to Vietnam and invited Ha Giang "
        "companies to the autumn fair in Blagoveshchensk.",
        [
            ev(
                "meeting",
                "amur-hagiang-online-2025-03-11",
                "2025-03-11",
                NOWHERE,
                [
                    p("Vasily Orlov", "Governor", "RU", "RU-AMU"),
                    p("Nguyen Van Son", "Chairman of the People's Committee", "VN", "VN-03"),
                ],
                ["RU-AMU", "VN-03"],
                ["agriculture", "tourism"],
            )
        ],
        ["RU-AMU", "VN-03"],
        [],
    ),
    (
        "en",
        "kurgan-travinh-memorandum",
        "2024-09-20",
        "Kurgan and Tra Vinh sign education memorandum",
        "Talks were held in Tra Vinh on Thursday between a delegation of Russia's Kurgan "
        "Oblast led by Vice Governor Andrei Petrenko and Chairman of the Tra Vinh People's "
        "Committee Le Van Han.\n"
        "The signing ceremony of a memorandum of understanding on cooperation in education "
        "took place the same day at the provincial administration building.\n"
        "Le Van Han said the province would like more of its students to study in Kurgan.",
        [
            ev(
                "meeting",
                "kurgan-travinh-talks-2024-09-19",
                "2024-09-19",
                {"country": "VN", "region": "VN-51", "city": None},
                [
                    p("Andrei Petrenko", "Vice Governor", "RU", "RU-KGN"),
                    p("Le Van Han", "Chairman of the People's Committee", "VN", "VN-51"),
                ],
                ["RU-KGN", "VN-51"],
                [],
            ),
            ev(
                "agreement",
                "kurgan-travinh-mou-2024-09-19",
                "2024-09-19",
                {"country": "VN", "region": "VN-51", "city": None},
                [
                    p("Andrei Petrenko", "Vice Governor", "RU", "RU-KGN"),
                    p("Le Van Han", "Chairman of the People's Committee", "VN", "VN-51"),
                ],
                ["RU-KGN", "VN-51"],
                ["education"],
            ),
        ],
        ["RU-KGN", "VN-51"],
        [{"a": "RU-KGN", "b": "VN-51", "kind": "agreement"}],
    ),
    (
        "vi",
        "yenbai-orenburg-truc-tuyen",
        "2025-05-08",
        "Yên Bái hội đàm trực tuyến với tỉnh Orenburg",
        "Ngày 7/5, đã diễn ra hội đàm trực tuyến giữa ông Trần Huy Tuấn, Chủ tịch UBND tỉnh "
        "Yên Bái, và ông Denis Pasler, Thống đốc tỉnh Orenburg (Liên bang Nga). Hai bên trao "
        "đổi về hợp tác nông nghiệp và thương mại.\n"
        "Ông Trần Huy Tuấn đề nghị hai tỉnh sớm xây dựng biên bản ghi nhớ hợp tác.",
        [
            ev(
                "meeting",
                "yenbai-orenburg-online-2025-05-07",
                "2025-05-07",
                NOWHERE,
                [
                    p("Tran Huy Tuan", "Chairman of the People's Committee", "VN", "VN-06"),
                    p("Denis Pasler", "Governor", "RU", "RU-ORE"),
                ],
                ["VN-06", "RU-ORE"],
                ["agriculture", "trade"],
            )
        ],
        ["VN-06", "RU-ORE"],
        [],
    ),
    (
        "vi",
        "quangngai-ulyanovsk-ky-ket",
        "2024-11-15",
        "Quảng Ngãi và Ulyanovsk ký biên bản ghi nhớ hợp tác",
        "Sáng 14/11, tại thành phố Quảng Ngãi, lễ ký kết biên bản ghi nhớ hợp tác giữa tỉnh "
        "Quảng Ngãi và tỉnh Ulyanovsk (Nga) đã diễn ra với sự chứng kiến của ông Đặng Văn "
        "Minh, Chủ tịch UBND tỉnh Quảng Ngãi, và ông Vasily Kuzmin, Phó Thống đốc tỉnh "
        "Ulyanovsk. Văn bản tập trung vào giáo dục và y tế.\n"
        "Phát biểu tại buổi lễ, ông Đặng Văn Minh khẳng định tỉnh luôn tạo điều kiện cho doanh "
        "nghiệp Nga.",
        [
            ev(
                "agreement",
                "quangngai-ulyanovsk-mou-2024-11-14",
                "2024-11-14",
                {"country": "VN", "region": "VN-29", "city": None},
                [
                    p("Dang Van Minh", "Chairman of the People's Committee", "VN", "VN-29"),
                    p("Vasily Kuzmin", "Vice Governor", "RU", "RU-ULY"),
                ],
                ["VN-29", "RU-ULY"],
                ["education", "health"],
            )
        ],
        ["VN-29", "RU-ULY"],
        [{"a": "VN-29", "b": "RU-ULY", "kind": "agreement"}],
    ),
    (
        "ru",
        "penza-daklak-peregovory",
        "2025-02-20",
        "В Пензе прошли переговоры с делегацией провинции Даклак",
        "Переговоры губернатора Пензенской области Олега Мельниченко с делегацией "
        "вьетнамской провинции Даклак прошли 19 февраля в Пензе.\n"
        "По итогам встречи состоялось подписание соглашения о сотрудничестве в области "
        "сельского хозяйства.\n"
        "Олег Мельниченко отметил, что регион заинтересован в поставках кофе.",
        [
            ev(
                "meeting",
                "penza-daklak-talks-2025-02-19",
                "2025-02-19",
                {"country": "RU", "region": "RU-PNZ", "city": None},
                [p("Oleg Melnichenko", "Governor", "RU", "RU-PNZ")],
                ["RU-PNZ", "VN-33"],
                [],
            ),
            ev(
                "agreement",
                "penza-daklak-agreement-2025-02-19",
                "2025-02-19",
                {"country": "RU", "region": "RU-PNZ", "city": None},
                [p("Oleg Melnichenko", "Governor", "RU", "RU-PNZ")],
                ["RU-PNZ", "VN-33"],
                ["agriculture"],
            ),
        ],
        ["RU-PNZ", "VN-33"],
        [{"a": "RU-PNZ", "b": "VN-33", "kind": "agreement"}],
    ),
    (
        "ru",
        "kostroma-bacgiang-video",
        "2024-06-05",
        "Кострома и Бакзянг провели видеоконференцию",
        "Губернатор Костромской области Сергей Ситников и руководство вьетнамской провинции "
        "Бакзянг провели видеоконференцию 4 июня. Стороны обсудили сотрудничество в сфере "
        "промышленности и образования.\n"
        "Сергей Ситников заявил, что область готова направить делегацию в Бакзянг осенью.",
        [
            ev(
                "meeting",
                "kostroma-bacgiang-video-2024-06-04",
                "2024-06-04",
                NOWHERE,
                [p("Sergey Sitnikov", "Governor", "RU", "RU-KOS")],
                ["RU-KOS", "VN-54"],
                ["industry", "education"],
            )
        ],
        ["RU-KOS", "VN-54"],
        [],
    ),
    (
        "fr",
        "normandie-holguin-declaration",
        "2025-01-22",
        "La Normandie et Holguín signent une déclaration d'intention",
        "Une déclaration d'intention de coopération a été signée mardi à Caen entre la région "
        "Normandie et la province cubaine de Holguín, en présence d'Hervé Morin, président de "
        "la région, et du gouverneur de Holguín, Manuel Hernández. Le texte porte sur le "
        "tourisme et la santé.\n"
        "Hervé Morin a souhaité que des étudiants cubains viennent bientôt en Normandie.",
        [
            ev(
                "agreement",
                "normandie-holguin-declaration-2025-01-21",
                "2025-01-21",
                {"country": "FR", "region": "FR-NOR", "city": "Caen"},
                [
                    p("Herve Morin", "President", "FR", "FR-NOR"),
                    p("Manuel Hernandez", "Governor", "CU", "CU-11"),
                ],
                ["FR-NOR", "CU-11"],
                ["tourism", "health"],
            )
        ],
        ["FR-NOR", "CU-11"],
        [{"a": "FR-NOR", "b": "CU-11", "kind": "agreement"}],
    ),
    (
        "fr",
        "occitanie-dongnai-visio",
        "2024-10-10",
        "Entretien en visioconférence entre l'Occitanie et Đồng Nai",
        "Des entretiens en visioconférence ont eu lieu le 9 octobre entre Carole Delga, "
        "présidente de la région Occitanie, et Võ Tấn Đức, président du comité populaire de la "
        "province vietnamienne de Đồng Nai. Les échanges ont porté sur l'enseignement supérieur.\n"
        "Carole Delga a déclaré vouloir doubler le nombre d'étudiants vietnamiens à Toulouse.",
        [
            ev(
                "meeting",
                "occitanie-dongnai-visio-2024-10-09",
                "2024-10-09",
                NOWHERE,
                [
                    p("Carole Delga", "President", "FR", "FR-OCC"),
                    p("Vo Tan Duc", "Chairman of the People's Committee", "VN", "VN-39"),
                ],
                ["FR-OCC", "VN-39"],
                ["education"],
            )
        ],
        ["FR-OCC", "VN-39"],
        [],
    ),
    (
        "de",
        "brandenburg-kontum-empfang",
        "2025-04-10",
        "Woidke empfängt Delegation aus Kon Tum",
        "Brandenburgs Ministerpräsident Dietmar Woidke empfing am Dienstag im Potsdamer "
        "Rathaus eine Delegation der vietnamesischen Provinz Kon Tum unter Leitung von Nguyen "
        "Huu Thang, Vizevorsitzender des Volkskomitees.\n"
        "Die Unterzeichnung einer Absichtserklärung über die Zusammenarbeit in der "
        "Landwirtschaft fand im Anschluss statt.\n"
        "Woidke sagte, Brandenburg wolle die Ausbildung von Pflegekräften unterstützen.",
        [
            ev(
                "meeting",
                "brandenburg-kontum-2025-04-08",
                "2025-04-08",
                {"country": "DE", "region": "DE-BB", "city": "Potsdam"},
                [
                    p("Dietmar Woidke", "Minister-President", "DE", "DE-BB"),
                    p("Nguyen Huu Thang", "Vice Chairman of the People's Committee", "VN", "VN-28"),
                ],
                ["DE-BB", "VN-28"],
                [],
            ),
            ev(
                "agreement",
                "brandenburg-kontum-declaration-2025-04-08",
                "2025-04-08",
                {"country": "DE", "region": "DE-BB", "city": "Potsdam"},
                [
                    p("Dietmar Woidke", "Minister-President", "DE", "DE-BB"),
                    p("Nguyen Huu Thang", "Vice Chairman of the People's Committee", "VN", "VN-28"),
                ],
                ["DE-BB", "VN-28"],
                ["agriculture"],
            ),
        ],
        ["DE-BB", "VN-28"],
        [{"a": "DE-BB", "b": "VN-28", "kind": "agreement"}],
    ),
    (
        "de",
        "saarland-ninhbinh-abkommen",
        "2024-06-04",
        "Saarland und Ninh Binh besiegeln Partnerschaft",
        "Am 3. Juni wurde in Saarbrücken ein Partnerschaftsabkommen zwischen dem Saarland und "
        "der vietnamesischen Provinz Ninh Binh von Ministerpräsidentin Anke Rehlinger und dem "
        "Vorsitzenden des Volkskomitees Pham Quang Ngoc unterzeichnet. Es umfasst Tourismus "
        "und Kultur.\n"
        "Rehlinger kündigte an, im Herbst nach Vietnam zu reisen.",
        [
            ev(
                "agreement",
                "saarland-ninhbinh-2024-06-03",
                "2024-06-03",
                {"country": "DE", "region": "DE-SL", "city": "Saarbrücken"},
                [
                    p("Anke Rehlinger", "Minister-President", "DE", "DE-SL"),
                    p("Pham Quang Ngoc", "Chairman of the People's Committee", "VN", "VN-18"),
                ],
                ["DE-SL", "VN-18"],
                ["tourism", "culture"],
            )
        ],
        ["DE-SL", "VN-18"],
        [{"a": "DE-SL", "b": "VN-18", "kind": "agreement"}],
    ),
    (
        "es",
        "asturias-jalisco-acuerdo",
        "2024-03-15",
        "Asturias y Jalisco firman un acuerdo de cooperación",
        "El acuerdo de cooperación entre el Principado de Asturias y el estado mexicano de "
        "Jalisco fue firmado el jueves en Oviedo por el presidente asturiano, Adrián Barbón, y "
        "el gobernador de Jalisco, Enrique Alfaro. El texto incluye la industria y el turismo.\n"
        "Barbón afirmó que Asturias quiere atraer más inversión mexicana.",
        [
            ev(
                "agreement",
                "asturias-jalisco-2024-03-14",
                "2024-03-14",
                {"country": "ES", "region": "ES-AS", "city": "Oviedo"},
                [
                    p("Adrian Barbon", "President", "ES", "ES-AS"),
                    p("Enrique Alfaro", "Governor", "MX", "MX-JAL"),
                ],
                ["ES-AS", "MX-JAL"],
                ["industry", "tourism"],
            )
        ],
        ["ES-AS", "MX-JAL"],
        [{"a": "ES-AS", "b": "MX-JAL", "kind": "agreement"}],
    ),
    (
        "es",
        "murcia-mendoza-videoconferencia",
        "2025-06-18",
        "Murcia y Mendoza celebran una reunión por videoconferencia",
        "Se celebró el martes una reunión por videoconferencia entre el presidente de la "
        "Región de Murcia, Fernando López Miras, y el gobernador de la provincia argentina de "
        "Mendoza, Alfredo Cornejo. Ambos abordaron la agricultura y el comercio.\n"
        "López Miras aseguró que la Región está dispuesta a compartir su experiencia en riego.",
        [
            ev(
                "meeting",
                "murcia-mendoza-video-2025-06-17",
                "2025-06-17",
                NOWHERE,
                [
                    p("Fernando Lopez Miras", "President", "ES", "ES-MC"),
                    p("Alfredo Cornejo", "Governor", "AR", "AR-M"),
                ],
                ["ES-MC", "AR-M"],
                ["agriculture", "trade"],
            )
        ],
        ["ES-MC", "AR-M"],
        [],
    ),
]


def main() -> None:
    lines = []
    for lang, slug, date, title, body, events, regions, partners in ARTICLES:
        folder = HERE / "articles" / lang
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{slug}.txt").write_text(f" date {date} {title}\n{body}\n", encoding="utf-8")
        rec = {
            "id": slug,
            "file": f"articles/{lang}/{slug}.txt",
            "lang": lang,
            "published": date,
            "title": title,
            "events": events,
            "regions_mentioned": regions,
            "partnerships": partners,
            "figures": [],
            "cluster": events[0]["key"],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "dev2.gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
