import json


def P(n, r, c, g=None):
    return {"name": n, "role": r, "country": c, "region": g}


def E(t, key, date, place, parts, regions, sectors=()):
    return {
        "type": t,
        "key": key,
        "date": date,
        "place": {"country": place[0], "region": place[1], "city": place[2]},
        "participants": parts,
        "regions": regions,
        "sectors": list(sectors),
    }


def R(id, lang, pub, title, events, rm, parts=(), cluster=None):
    return {
        "id": id,
        "file": f"articles/{id}.txt",
        "lang": lang,
        "published": pub,
        "title": title,
        "events": events,
        "regions_mentioned": rm,
        "partnerships": [{"a": a, "b": b, "kind": k} for a, b, k in parts],
        "figures": [],
        "cluster": cluster or events[0]["key"],
    }


recs = [
    R(
        "en-thanh-hoa-tula",
        "en",
        "2024-05-14",
        "Thanh Hoa leader receives Tula delegation",
        [
            E(
                "meeting",
                "dev-thanhhoa-tula-hai-2024-05-13",
                "2024-05-13",
                ("VN", "VN-21", None),
                [
                    P("Le Van Hai", "Chairman of the People's Committee", "VN", "VN-21"),
                    P("Marina Sokolova-Petrenko", "Vice Governor", "RU", "RU-TUL"),
                ],
                ["VN-21", "RU-TUL"],
                ["agriculture", "industry", "investment"],
            ),
            E(
                "meeting",
                "dev-thanhhoa-tula-ngoc-2024-05-14",
                "2024-05-14",
                ("VN", "VN-21", None),
                [
                    P("Dao Thi Bich Ngoc", "Secretary of the Party Committee", "VN", "VN-21"),
                    P("Marina Sokolova-Petrenko", "Vice Governor", "RU", "RU-TUL"),
                ],
                ["VN-21", "RU-TUL"],
                ["tourism", "education"],
            ),
        ],
        ["VN-21", "RU-TUL"],
    ),
    R(
        "en-dong-nai-bavaria",
        "en",
        "2025-03-05",
        None,
        [
            E(
                "meeting",
                "dev-dongnai-bavaria-2025-03-03",
                "2025-03-03",
                ("DE", "DE-BY", "Munich"),
                [
                    P("Nguyen Thi Thu Huong", "Secretary of the Party Committee", "VN", "VN-39"),
                    P("Klaus-Dieter Hofmeister", "State Secretary", "DE", "DE-BY"),
                    P("Vo Tan Khoa", "Vice Chairman of the People's Committee", "VN", "VN-39"),
                    P("Dang Quoc Bao", "Consul General", "VN", None),
                ],
                ["VN-39", "DE-BY"],
                ["industry", "transport_logistics", "investment", "education"],
            ),
            E(
                "agreement",
                "dev-dongnai-regensburg-mou-2025-03-04",
                "2025-03-04",
                ("DE", "DE-BY", "Regensburg"),
                [
                    P("Nguyen Thi Thu Huong", "Secretary of the Party Committee", "VN", "VN-39"),
                    P("Ingrid Hallermann-Vogt", "Mayor", "DE", "DE-BY"),
                ],
                ["VN-39"],
                ["education"],
            ),
        ],
        ["VN-39", "DE-BY"],
    ),
    R(
        "vi-can-tho-gyeonggi",
        "vi",
        "2024-09-12",
        "Cần Thơ tiếp đoàn công tác tỉnh Gyeonggi (Hàn Quốc)",
        [
            E(
                "meeting",
                "dev-cantho-gyeonggi-lan-2024-09-12",
                "2024-09-12",
                ("VN", "VN-CT", None),
                [
                    P(
                        "Tran Thi Ngoc Lan",
                        "Vice Chairman of the People's Committee",
                        "VN",
                        "VN-CT",
                    ),
                    P("Park Min-jae", "Vice Governor", "KR", "KR-41"),
                ],
                ["VN-CT", "KR-41"],
                ["agriculture", "education"],
            ),
            E(
                "meeting",
                "dev-cantho-gyeonggi-khiem-2024-09-12",
                "2024-09-12",
                ("VN", "VN-CT", None),
                [
                    P("Ho Van Khiem", "Secretary of the Party Committee", "VN", "VN-CT"),
                    P("Park Min-jae", "Vice Governor", "KR", "KR-41"),
                ],
                ["VN-CT", "KR-41"],
                ["health"],
            ),
        ],
        ["VN-CT", "KR-41"],
    ),
    R(
        "vi-quang-binh-voronezh",
        "vi",
        "2025-06-21",
        "Quảng Bình và tỉnh Voronezh (Nga) ký kết biên bản ghi nhớ hợp tác",
        [
            E(
                "meeting",
                "dev-quangbinh-voronezh-talks-2025-06-20",
                "2025-06-20",
                ("RU", "RU-VOR", "Voronezh"),
                [
                    P("Doan Ngoc Lam", "Chairman of the People's Committee", "VN", "VN-24"),
                    P("Sergey Kolesnikov", "Vice Governor", "RU", "RU-VOR"),
                    P("Nguyen Thi Hong Van", "Director", "VN", "VN-24"),
                ],
                ["VN-24", "RU-VOR"],
                ["agriculture", "education"],
            ),
            E(
                "agreement",
                "dev-quangbinh-voronezh-mou-2025-06-20",
                "2025-06-20",
                ("RU", "RU-VOR", "Voronezh"),
                [
                    P("Doan Ngoc Lam", "Chairman of the People's Committee", "VN", "VN-24"),
                    P("Sergey Kolesnikov", "Vice Governor", "RU", "RU-VOR"),
                ],
                ["VN-24", "RU-VOR"],
                [],
            ),
        ],
        ["VN-24", "RU-VOR"],
        [("VN-24", "RU-VOR", "agreement")],
        cluster="dev-quangbinh-voronezh-mou-2025-06-20",
    ),
    R(
        "ru-yaroslavl-bac-ninh",
        "ru",
        "2024-10-16",
        "Ярославскую область посетила делегация из Вьетнама",
        [
            E(
                "meeting",
                "dev-yaroslavl-bacninh-2024-10-15",
                "2024-10-15",
                ("RU", "RU-YAR", "Yaroslavl"),
                [
                    P("Aleksey Vorontsov", "Governor", "RU", "RU-YAR"),
                    P("Nguyen Van Phong", "Vice Chairman of the People's Committee", "VN", "VN-56"),
                    P(
                        "Olga Kuznetsova-Lebedeva",
                        "Deputy Chairman of the Government",
                        "RU",
                        "RU-YAR",
                    ),
                ],
                ["RU-YAR", "VN-56"],
                ["trade", "education", "industry"],
            ),
            E(
                "agreement",
                "dev-yaroslavl-bacninh-agreement-2024-10-15",
                "2024-10-15",
                ("RU", "RU-YAR", "Yaroslavl"),
                [
                    P("Aleksey Vorontsov", "Governor", "RU", "RU-YAR"),
                    P("Nguyen Van Phong", "Vice Chairman of the People's Committee", "VN", "VN-56"),
                ],
                ["RU-YAR", "VN-56"],
                ["trade"],
            ),
        ],
        ["RU-YAR", "VN-56"],
        [("RU-YAR", "VN-56", "agreement")],
    ),
    R(
        "ru-amur-heilongjiang",
        "ru",
        "2025-07-06",
        "Амурская область и Хэйлунцзян обсудили мостовые проекты",
        [
            E(
                "meeting",
                "dev-amur-heilongjiang-larionov-2025-07-05",
                "2025-07-05",
                ("RU", "RU-AMU", "Blagoveshchensk"),
                [
                    P("Viktor Larionov", "Governor", "RU", "RU-AMU"),
                    P("Li Weimin", "Vice Governor", "CN", "CN-HL"),
                ],
                ["RU-AMU", "CN-HL"],
                ["transport_logistics", "tourism"],
            ),
            E(
                "meeting",
                "dev-amur-heilongjiang-shestakov-2025-07-06",
                "2025-07-06",
                ("RU", "RU-AMU", "Blagoveshchensk"),
                [
                    P("Igor Shestakov", "Chairman of the Legislative Assembly", "RU", "RU-AMU"),
                    P("Li Weimin", "Vice Governor", "CN", "CN-HL"),
                ],
                ["RU-AMU", "CN-HL"],
                ["education"],
            ),
        ],
        ["RU-AMU", "CN-HL"],
    ),
    R(
        "fr-nouvelle-aquitaine-hue",
        "fr",
        "2024-04-09",
        "La Nouvelle-Aquitaine accueille une délégation de Hué",
        [
            E(
                "meeting",
                "dev-naq-hue-2024-04-08",
                "2024-04-08",
                ("FR", "FR-NAQ", "Bordeaux"),
                [
                    P("Jean-Baptiste Lacombe", "President", "FR", "FR-NAQ"),
                    P("Nguyen Van Phuong", "Chairman of the People's Committee", "VN", "VN-26"),
                    P("Sophie Marchand-Duval", "Vice President", "FR", "FR-NAQ"),
                ],
                ["FR-NAQ", "VN-26"],
                ["culture"],
            ),
            E(
                "agreement",
                "dev-naq-hue-declaration-2024-04-08",
                "2024-04-08",
                ("FR", "FR-NAQ", "Bordeaux"),
                [
                    P("Jean-Baptiste Lacombe", "President", "FR", "FR-NAQ"),
                    P("Nguyen Van Phuong", "Chairman of the People's Committee", "VN", "VN-26"),
                ],
                ["FR-NAQ", "VN-26"],
                ["education"],
            ),
        ],
        ["FR-NAQ", "VN-26"],
        [("FR-NAQ", "VN-26", "agreement")],
    ),
    R(
        "fr-normandie-quebec",
        "fr",
        "2025-01-15",
        "Normandie et Québec renforcent leurs échanges",
        [
            E(
                "meeting",
                "dev-normandie-quebec-vautier-2025-01-14",
                "2025-01-14",
                ("FR", "FR-NOR", "Caen"),
                [
                    P("Claire Vautier", "Vice President", "FR", "FR-NOR"),
                    P("Martine Gagnon-Roy", "Minister", "CA", "CA-QC"),
                ],
                ["FR-NOR", "CA-QC"],
                ["education", "science_technology"],
            ),
            E(
                "meeting",
                "dev-normandie-quebec-prefet-2025-01-15",
                "2025-01-15",
                ("FR", "FR-NOR", None),
                [
                    P("Olivier Brunet", "Prefect", "FR", "FR-NOR"),
                    P("Martine Gagnon-Roy", "Minister", "CA", "CA-QC"),
                ],
                ["FR-NOR", "CA-QC"],
                [],
            ),
        ],
        ["FR-NOR", "CA-QC"],
    ),
    R(
        "de-brandenburg-ninh-binh",
        "de",
        "2024-11-07",
        "Brandenburg und Ninh Binh vereinbaren Zusammenarbeit",
        [
            E(
                "meeting",
                "dev-brandenburg-ninhbinh-2024-11-06",
                "2024-11-06",
                ("DE", "DE-BB", "Potsdam"),
                [
                    P("Heinrich Albers", "Minister-President", "DE", "DE-BB"),
                    P("Bui Xuan Truong", "Chairman of the People's Committee", "VN", "VN-18"),
                    P("Katrin Lange-Bischoff", "State Secretary", "DE", "DE-BB"),
                ],
                ["DE-BB", "VN-18"],
                [],
            ),
            E(
                "agreement",
                "dev-brandenburg-ninhbinh-loi-2024-11-06",
                "2024-11-06",
                ("DE", "DE-BB", "Potsdam"),
                [
                    P("Heinrich Albers", "Minister-President", "DE", "DE-BB"),
                    P("Bui Xuan Truong", "Chairman of the People's Committee", "VN", "VN-18"),
                ],
                ["DE-BB", "VN-18"],
                ["tourism", "education"],
            ),
        ],
        ["DE-BB", "VN-18"],
        [("DE-BB", "VN-18", "agreement")],
    ),
    R(
        "de-niedersachsen-shizuoka",
        "de",
        "2025-07-03",
        "Delegation aus Shizuoka in Hannover",
        [
            E(
                "meeting",
                "dev-niedersachsen-shizuoka-2025-07-02",
                "2025-07-02",
                ("DE", "DE-NI", "Hanover"),
                [
                    P("Anja Krüger-Hartmann", "Minister", "DE", "DE-NI"),
                    P("Kenji Morimoto", "Vice Governor", "JP", "JP-22"),
                ],
                ["DE-NI", "JP-22"],
                ["energy", "education"],
            ),
            E(
                "meeting",
                "dev-niedersachsen-shizuoka-landtag-2025-07-03",
                "2025-07-03",
                ("DE", "DE-NI", "Hanover"),
                [
                    P("Kenji Morimoto", "Vice Governor", "JP", "JP-22"),
                    P("Ulrike Brandes", "Chairman of the Legislative Assembly", "DE", "DE-NI"),
                ],
                ["DE-NI", "JP-22"],
                [],
            ),
        ],
        ["DE-NI", "JP-22"],
    ),
    R(
        "es-galicia-buenos-aires",
        "es",
        "2024-02-20",
        "Galicia y Buenos Aires estrechan lazos",
        [
            E(
                "meeting",
                "dev-galicia-bsas-2024-02-19",
                "2024-02-19",
                ("ES", "ES-GA", "Santiago de Compostela"),
                [
                    P("Manuel Castro Fariña", "President", "ES", "ES-GA"),
                    P("Gustavo Pereyra", "Vice Governor", "AR", "AR-B"),
                    P("Ana María Ferreyra", "Minister", "AR", "AR-B"),
                ],
                ["ES-GA", "AR-B"],
                ["agriculture", "culture"],
            ),
            E(
                "agreement",
                "dev-galicia-bsas-convenio-2024-02-19",
                "2024-02-19",
                ("ES", "ES-GA", "Santiago de Compostela"),
                [
                    P("Manuel Castro Fariña", "President", "ES", "ES-GA"),
                    P("Gustavo Pereyra", "Vice Governor", "AR", "AR-B"),
                ],
                ["ES-GA", "AR-B"],
                ["agriculture"],
            ),
        ],
        ["ES-GA", "AR-B"],
        [("ES-GA", "AR-B", "agreement")],
    ),
    R(
        "es-guanajuato-binh-duong",
        "es",
        "2025-05-28",
        "Guanajuato recibe a delegación vietnamita",
        [
            E(
                "meeting",
                "dev-guanajuato-binhduong-2025-05-27",
                "2025-05-27",
                ("MX", "MX-GUA", "Guanajuato"),
                [
                    P("Lucía Ortega Villaseñor", "Governor", "MX", "MX-GUA"),
                    P("Ngo Hong Khang", "Chairman of the People's Committee", "VN", "VN-57"),
                ],
                ["MX-GUA", "VN-57"],
                ["investment", "industry"],
            ),
            E(
                "meeting",
                "dev-guanajuato-binhduong-leon-2025-05-28",
                "2025-05-28",
                ("MX", "MX-GUA", "León"),
                [
                    P("Roberto Salinas Treviño", "Mayor", "MX", "MX-GUA"),
                    P("Ngo Hong Khang", "Chairman of the People's Committee", "VN", "VN-57"),
                ],
                ["MX-GUA", "VN-57"],
                [],
            ),
        ],
        ["MX-GUA", "VN-57"],
    ),
]
with open("dev.gold.jsonl", "w") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
