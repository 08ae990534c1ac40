"""Gazetteer speed: build time, then mentions linked per second and docs/s on ~3 KB texts.

Documents are assembled from our own sentences in the six full languages (no
corpus needed). Run: ``.venv/bin/python benchmarks/bench_gazetteer.py [N_DOCS]``.
"""

from __future__ import annotations

import random
import sys
import time

from diplograph import Registry
from diplograph.gazetteer import Gazetteer

SENTENCES = {
    "en": [
        "The governor of Kaluga oblast met the chairman of Binh Thuan province in Hanoi.",
        "Vietnamese companies invest in dairy farming in the Russian region, officials said.",
        "St. Petersburg and Ho Chi Minh City agreed to expand tourism and trade.",
        "A delegation of Moscow oblast visited Ba Ria-Vung Tau and the port of Vung Tau.",
        "Trade turnover between the two countries rose by 20 percent last year.",
        "The Russia-Vietnam Friendship Society met students of Kaluga State University.",
    ],
    "vi": [
        "Chủ tịch UBND tỉnh Bình Thuận đã tiếp đoàn công tác của tỉnh Kaluga, Liên bang Nga.",
        "Hai bên thống nhất thúc đẩy hợp tác trong lĩnh vực nông nghiệp và du lịch.",
        "Đoàn đại biểu TP.HCM thăm thành phố Xanh Pê-téc-bua và thủ đô Mát-xcơ-va.",
        "Bà Nguyễn Thị Nga cho biết doanh nghiệp Việt Nam quan tâm tới thị trường Nga.",
    ],
    "ru": [
        "Губернатор Калужской области встретился с делегацией провинции Биньтхуан.",
        "Вьетнамские компании инвестируют в сельское хозяйство Подмосковья и Москвы.",
        "В Санкт-Петербурге прошёл форум с участием представителей Ханоя и Хошимина.",
        "Товарооборот между Россией и Вьетнамом вырос на двадцать процентов.",
    ],
    "fr": [
        "Le gouverneur de l'oblast de Kalouga a reçu une délégation de la province de Binh Thuan.",
        "Les entreprises vietnamiennes investissent à Saint-Pétersbourg et à Moscou.",
        "La coopération entre Hô-Chi-Minh-Ville et la région de Moscou progresse.",
    ],
    "de": [
        "Eine Delegation aus der Provinz Lang Son besuchte Sankt Petersburg und Moskau.",
        "Die Russisch-Vietnamesische Freundschaftsgesellschaft traf die Moskauer Stadtverwaltung.",
        "Vietnamesische Unternehmen investieren im Gebiet Kaluga in die Milchwirtschaft.",
    ],
    "es": [
        "El gobernador de la región de Kaluga se reunió con la provincia de Binh Thuan.",
        "Empresas rusas y vietnamitas firmaron acuerdos en San Petersburgo y Ciudad Ho Chi Minh.",
        "La cooperación entre Moscú y Hanói se amplía al turismo y la educación.",
    ],
}


def make_docs(n: int, size: int = 3000, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    langs = sorted(SENTENCES)
    docs: list[tuple[str, str]] = []
    for i in range(n):
        lang = langs[i % len(langs)]
        parts: list[str] = []
        length = 0
        while length < size:
            s = rng.choice(SENTENCES[lang])
            parts.append(s)
            length += len(s) + 1
        docs.append((lang, " ".join(parts)))
    return docs


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    t0 = time.perf_counter()
    Gazetteer.build(Registry(), cache=False)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    gaz = Gazetteer.build(Registry())  # writes the user cache when absent or stale
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    gaz = Gazetteer.build(Registry())
    build = time.perf_counter() - t0
    docs = make_docs(n)
    gaz.find(docs[0][1], docs[0][0])  # warm
    t0 = time.perf_counter()
    mentions = 0
    for lang, text in docs:
        mentions += len(gaz.find(text, lang))
    elapsed = time.perf_counter() - t0
    avg = sum(len(t) for _l, t in docs) / len(docs)
    print(f"build without cache: {cold:.2f} s; first cached build: {first:.2f} s")
    print(f"build from warm cache: {build:.2f} s (loaded: {gaz.loaded_from_cache})")
    print(f"docs: {n} of ~{avg:.0f} chars in {elapsed:.2f} s -> {n / elapsed:.0f} docs/s")
    print(f"mentions linked: {mentions} -> {mentions / elapsed:.0f} mentions/s")


if __name__ == "__main__":
    main()
