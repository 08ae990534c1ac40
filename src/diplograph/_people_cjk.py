"""Persons in scripts written without spaces between words (Japanese, Chinese) and in Korean.

The Latin and Cyrillic reading of :mod:`diplograph._people` finds a name as capitalised
words next to a title; Han characters, kana and Hangul have no capitals and (but for
Korean) no spaces. Here a title from ``titles.yaml`` anchors the name just as there, and
the name's extent comes from the script: MeCab's person-name tags for Japanese
("平井伸治知事"), a family name from the closed list plus one or two characters for
Chinese ("省长梁惠玲", stopping at a word that follows names, "许勤会见"), the Hangul word
before the title for Korean ("오영훈 지사는"). The title's place is the region or country
named just before it ("鳥取県の", "广东省"). Which side of the title the name stands on and
every word list are data (``titles.yaml``: ``name_side``, ``name_followers``, ``particles``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from ._models import Mention
from ._names import NameCanonicalizer

_HAN_OR_KANA = re.compile(r"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF・·]")
_KATAKANA_NAME = re.compile(r"[\u30A0-\u30FF]+(?:[・·=＝][\u30A0-\u30FF]+)+$")
_KATAKANA_SURNAME = re.compile(r"(?:(?<=^)|(?<=[のと、。・\s「（(]))[\u30A1-\u30FA\u30FC]{3,}$")
_KATAKANA_NAME_AFTER = re.compile(r"[\u30A0-\u30FF]+(?:[・·=＝][\u30A0-\u30FF]+)+")
_HAN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")
_HANGUL_WORD = re.compile(r"[\uAC00-\uD7A3]{2,4}$")
_HANGUL_RUN = re.compile(r"[\uAC00-\uD7A3]+")
_NAME_TITLE_SEPARATORS = ("・", "·", " ", "?", "？", "\u3000")
# A name's reading in kana printed between it and its title ("福田 富一(ふくだ とみかず)知事").
_READING_BEFORE = re.compile(r"[(（][\u3041-\u3096\u30A1-\u30FAー \t\u3000・]+[)）]$")
_KO_ORDINAL = re.compile(r"제\s?\d+$")
_CLAUSE_END = re.compile(r"[。．！？!?\n]")
_PLACE_KINDS = ("country", "region", "city")


@dataclass(frozen=True, slots=True)
class CjkHit:
    """A title and the name it anchors (offsets into the text)."""

    title_start: int
    title_end: int
    form: str
    name_start: int
    name_end: int


@dataclass(slots=True)
class CjkLang:
    """One unspaced language's title data, compiled."""

    code: str
    titles: re.Pattern[str]
    name_side: str  # "before", "after" or "both"
    particles: tuple[str, ...]  # between a title and its name ("の", "的")
    followers: tuple[str, ...]  # words that follow a name ("会见", "表示")
    honorifics: tuple[str, ...]  # after a name ("氏", "씨")
    suffixes: tuple[str, ...]  # Korean particles after a title ("는", "와")
    never_ends: frozenset[str]  # last syllables of verb forms, never of a name
    place_particles: str  # between a name and the place of its title ("の")
    foreign_marks: str  # a name written next to one is a foreigner's transcription
    foreign_ends: str  # a candidate followed by one is a transcription ("索洛多" + "夫")
    foreign_chars: str  # two of these inside a candidate: a transcription
    preceders: str  # one-character words that may stand right before a name
    date_units: str  # "3月王建国主席": a unit after a digit ends a date, a name may follow
    place_endings: dict[str, str]  # Korean place-word endings -> country they tell ("" none)
    katakana_surname_titles: frozenset[str] = frozenset()  # "マルダノフ首相": one word
    phrase_breaks: str = ""  # particles ending a noun phrase ("が"): no place across one
    title_countries: tuple[tuple[str, str], ...] = ()  # "현의회 의장": only Japan has 현
    org_endings: tuple[str, ...] = ()  # Korean endings of a body's word ("연맹", "협회")


def compile_lang(code: str, data: dict[str, Any]) -> CjkLang:
    forms = sorted(
        {str(f) for fs in (data.get("titles") or {}).values() for f in fs or ()},
        key=lambda f: (-len(f), f),
    )
    body = "|".join(re.escape(f) for f in forms) or "(?!x)x"
    return CjkLang(
        code=code,
        titles=re.compile(f"(?:{body})"),
        name_side=str(data.get("name_side") or "both"),
        particles=tuple(sorted((str(p) for p in data.get("particles") or ()), key=len)[::-1]),
        followers=tuple(str(p) for p in data.get("name_followers") or ()),
        honorifics=tuple(sorted((str(p) for p in data.get("honorifics") or ()), key=len)[::-1]),
        suffixes=tuple(sorted((str(p) for p in data.get("title_suffixes") or ()), key=len)[::-1]),
        never_ends=frozenset(str(p) for p in data.get("name_never_ends") or ()),
        place_particles="".join(str(p) for p in data.get("place_particles") or ()),
        foreign_marks="".join(str(p) for p in data.get("foreign_name_marks") or ()),
        foreign_ends="".join(str(p) for p in data.get("foreign_name_ends") or ()),
        foreign_chars="".join(str(p) for p in data.get("foreign_name_chars") or ()),
        preceders="".join(str(p) for p in data.get("name_preceders") or ()),
        date_units="".join(str(p) for p in data.get("date_units") or ()),
        place_endings={
            str(k): str(v or "") for k, v in (data.get("place_word_endings") or {}).items()
        },
        katakana_surname_titles=frozenset(
            str(f) for f in data.get("katakana_surname_titles") or ()
        ),
        phrase_breaks="".join(str(p) for p in data.get("phrase_breaks") or ()),
        title_countries=tuple(
            (str(k), str(v)) for k, v in (data.get("title_countries") or {}).items()
        ),
        org_endings=tuple(str(e) for e in data.get("organisation_word_endings") or ()),
    )


def find(
    text: str,
    lang: CjkLang,
    names: NameCanonicalizer,
    covered: set[int],
    places: list[Mention] | None = None,
) -> list[CjkHit]:
    """Titles with the name each anchors, longest title first at a position."""
    out: list[CjkHit] = []
    taken: set[int] = set()
    # a Chinese text that names a place in Japan may name its officials in kanji
    japanese = lang.code == "zh" and any(
        p.kind in _PLACE_KINDS and "JP" in (p.key, p.attrs.get("country")) for p in places or ()
    )
    for m in lang.titles.finditer(text):
        ts, te = m.start(), m.end()
        if lang.code == "ko" and not _ko_title_ends_word(text, te, lang):
            continue
        span: tuple[int, int] | None = None
        if lang.name_side in ("before", "both"):
            span = _name_before(text, ts, lang, names, covered, places or [], japanese)
        if span is None and lang.name_side in ("after", "both"):
            span = _name_after(text, te, lang, names, covered, japanese)
        if span is None or any(i in taken for i in range(*span)):
            continue
        taken.update(range(*span))
        out.append(CjkHit(ts, te, m.group(0), span[0], span[1]))
    return out


def place_inside(places: list[Mention], start: int, end: int) -> Mention | None:
    """A place written between a name and its title, or fused with the title ("제주도지사")."""
    inside = [p for p in places if p.kind in _PLACE_KINDS and start <= p.start < end]
    return max(inside, key=lambda p: (p.kind == "region", p.end), default=None)


def place_before(
    places: list[Mention], start: int, text: str, reach: int = 14, lang: CjkLang | None = None
) -> Mention | None:
    """The region, city or country named just before a title or name, in its clause and
    with no other title between ("제주도지사는 11일 스즈키 ... 지사": not Jeju's)."""
    best: Mention | None = None
    for p in places:
        if p.kind not in _PLACE_KINDS or p.end > start or start - p.end > reach:
            continue
        if _CLAUSE_END.search(text, p.end, start):
            continue
        if lang is not None and any(c in lang.phrase_breaks for c in text[p.end : start]):
            continue  # "福建省のトップが大石知事と": the place is the subject's, not the title's
        if lang is not None and lang.titles.search(text, p.end, start):
            continue
        if best is None or p.end > best.end or (p.end == best.end and p.kind == "region"):
            best = p
    return best


def _ko_title_ends_word(text: str, end: int, lang: CjkLang) -> bool:
    """A Korean title ends its word, or a particle follows it ("지사는", "지사와")."""
    if end >= len(text) or not text[end].isalnum():
        return True
    return any(
        text.startswith(s, end) and not text[end + len(s) : end + len(s) + 1].isalnum()
        for s in lang.suffixes
    )


def _name_before(
    text: str,
    ts: int,
    lang: CjkLang,
    names: NameCanonicalizer,
    covered: set[int],
    places: list[Mention],
    japanese: bool = False,
) -> tuple[int, int] | None:
    end = ts
    if lang.code == "ja" and (r := _READING_BEFORE.search(text, max(0, ts - 30), ts)):
        end = r.start()  # "福田 富一(ふくだ とみかず)知事": the name before its printed reading
    if lang.code != "ko":
        # "平井伸治・鳥取県知事", "劉國中?省長": a place of the title and a separator
        # between the name and the title
        while end > 0 and (end - 1) in covered:
            end -= 1
        if end < ts and text[end - 1 : end] in lang.place_particles:
            end -= 1
    for sep in _NAME_TITLE_SEPARATORS:
        if text.startswith(sep, end - len(sep)):
            end -= len(sep)
            break
    if lang.code == "ko":
        # Korean spaces a place word from its title ("도쿠시마현 지사"): the place is
        # skipped there, not a sign that no name comes before
        return _ko_name_before(text, ts, lang, names, covered, places)
    if end < ts and end > 0 and (end - 1) in covered:
        return None
    if end == ts and end > 0 and (end - 1) in covered:
        return None  # a place ends there ("広東省長"): no name before the title
    chunk_start = max(0, end - 24)
    k = _KATAKANA_NAME.search(text[chunk_start:end])
    if k is not None:
        return chunk_start + k.start(), end
    if text[ts:].startswith(tuple(lang.katakana_surname_titles)) and end == ts:
        # a foreigner's surname alone right before a state title ("マルダノフ首相"),
        # after a particle or punctuation (never the tail of a longer katakana word)
        k = _KATAKANA_SURNAME.search(text[chunk_start:end])
        if k is not None and not any(chunk_start + i in covered for i in range(*k.span())):
            return chunk_start + k.start(), end
    chunk_start = max(0, end - 10)
    chunk = text[chunk_start:end]
    if lang.code == "ja":
        reader = names.cjk()
        span = reader.ja_full_name_span(chunk)
        if span is None or chunk_start + span[1] != end or span[1] - span[0] < 2:
            # (or UniDic reads only the last character as a name: "黄偉哲" is 黄 + 偉 + 哲)
            # a Chinese official in a Japanese article ("劉国中省長"): UniDic does not
            # know the name; a Chinese family name two or three characters back does
            zh = _zh_name_before(text, end, lang, names, covered)
            if zh is not None:
                return zh
        if span is None:
            return None
        a, b = span
        if b - a < 2 or any(chunk_start + i in covered for i in range(a, b)):
            return None
        return chunk_start + a, chunk_start + b
    # Chinese: a Russian name transcribed by syllables ("普京总统", "索洛多夫州长"), else a
    # family name two or three characters before the title
    foreign = _transcribed_before(text, end, lang, names, covered)
    if foreign is not None:
        return foreign
    if japanese:
        for size in (5, 4, 3):
            a = end - size
            if a < 0 or any(i in covered for i in range(a, end)) or _follows_word(text, a, lang):
                continue
            if names.cjk().is_japanese_name(text[a:end]):
                return a, end
    for size in (3, 2, 4):
        a = end - size
        if a < 0:
            continue
        cand = text[a:end]
        if not all(_HAN_OR_KANA.match(c) for c in cand) or any(i in covered for i in range(a, end)):
            continue
        if names.cjk().zh_name_length(cand) == size and not _follows_word(text, a, lang):
            if _foreign(text, a, end, lang):
                return None
            return a, end
    return None


def _zh_name_before(
    text: str, end: int, lang: CjkLang, names: NameCanonicalizer, covered: set[int]
) -> tuple[int, int] | None:
    """A Chinese name of two or three Han characters ending at ``end``, starting with a
    listed family name, after a particle or punctuation (never inside a longer word)."""
    for size in (3, 2):
        a = end - size
        if a <= 0:
            continue
        cand = text[a:end]
        if not all(_HAN.match(c) for c in cand) or any(i in covered for i in range(a, end)):
            continue
        if not names.cjk().is_zh_surname(cand[0]):
            continue
        prev = text[a - 1]
        if _HAN.match(prev) and prev not in lang.preceders and not _after_date(text, a, lang):
            continue
        return a, end
    return None


def _foreign(text: str, start: int, end: int, lang: CjkLang) -> bool:
    """A transcribed foreign name ("弗拉基米尔·索洛多夫"): a name mark touches the run."""
    if not lang.foreign_marks:
        return False
    near = text[max(0, start - 1) : start] + text[start:end] + text[end : end + 1]
    if any(c in lang.foreign_marks for c in near):
        return True
    if text[end : end + 1] and text[end] in lang.foreign_ends:
        return True
    return sum(1 for c in text[start:end] if c in lang.foreign_chars) >= 2


def _ko_name_before(
    text: str,
    ts: int,
    lang: CjkLang,
    names: NameCanonicalizer,
    covered: set[int],
    places: list[Mention],
) -> tuple[int, int] | None:
    """ "오영훈 지사", "오영훈 제주도지사", "심철의 광주시의회 부의장": the Hangul word before the
    title's word, past up to two words that hold a place or one word of a body (an
    organisation ending, "한일우호의원연맹"); a Japanese name in Hangul (two words, "고토다
    마사즈미 도쿠시마현 지사") where the skipped place is Japanese, or past a body in a
    document that names Japan."""
    ordinal = _KO_ORDINAL.search(text, max(0, ts - 6), ts)
    if ordinal is not None:
        ts = ordinal.start()  # "제1차관": the title's ordinal is not a name
    words = [(m.start(), m.end()) for m in _HANGUL_RUN.finditer(text, max(0, ts - 60), ts)]
    # the title's own word ("제주도지사") and the words of places before it; a place fused
    # with the title ("도쿠시마현지사") tells the country as a place word before it does
    skipped: list[tuple[int, int]] = []
    told: set[str] = set()
    while words and words[-1][1] >= ts:
        wa, _wb = words.pop()
        if wa < ts:
            skipped.append((wa, ts))
            ending = lang.place_endings.get(text[ts - 1 : ts])
            if ending and ts - wa >= 3:
                told.add(ending)
    told.update(c for form, c in lang.title_countries if text.startswith(form, ts))
    fused = len(skipped)
    body = False  # an organisation's word skipped ("오카다 리에 한일우호의원연맹 부회장")
    while words and len(skipped) - fused < 2:
        wa, wb = words[-1]
        if not body and wb - wa >= 4 and text[wa:wb].endswith(lang.org_endings or ("\0",)):
            body = True
            skipped.append(words.pop())
            continue
        ending = lang.place_endings.get(text[wb - 1 : wb])
        # a word the gazetteer does not know is read as a place by its ending only right
        # before the title: further back, "히로시" (Hiroshi) is a given name, not a city
        if not any(i in covered for i in range(wa, wb)) and not (
            ending is not None and wb - wa >= 3 and len(skipped) == fused
        ):
            break
        if ending:
            told.add(ending)
        skipped.append(words.pop())
    if not words or _gap_breaks(text, words[-1][1], ts):
        return None
    a, b = words[-1]
    word = text[a:b]
    countries = {
        str(p.attrs.get("country") or (p.key if p.kind == "country" else ""))
        for p in places
        for sa, sb in skipped
        if p.start < sb and sa < p.end
    }
    for k in (4, 3, 2):
        # a Vietnamese name, one word per syllable ("응우옌 반 남 부의장")
        run = words[-k:] if len(words) >= k else []
        spaced = bool(run) and all(y[0] - x[1] == 1 for x, y in itertools.pairwise(run))
        if spaced and names.cjk().vietnamese_hangul(text[run[0][0] : b]):
            return run[0][0], b
    if body and any(p.attrs.get("country") == "JP" or p.key == "JP" for p in places):
        told.add("JP")  # a body between, no place: the document's Japan tells
    if len(words) >= 2 and "JP" in countries | told:
        a2, b2 = words[-2]
        kana_like = _kana_like_hangul(text[a2:b])
        if b2 + 1 == a and 2 <= b2 - a2 <= 5 and 2 <= b - a <= 5 and kana_like:
            return a2, b
    if names.cjk().is_ko_name(word) and word[-1] not in lang.never_ends:
        return a, b
    return None


# Finals Korean writes Japanese kana with: none, ㄴ (ん) and ㅅ (っ), as 28-way codes.
_KANA_FINALS = frozenset({0, 4, 19})


def _kana_like_hangul(words: str) -> bool:
    """Hangul that can spell Japanese kana: no final consonant but ㄴ and ㅅ ("고토다
    마사즈미"; "지사를 비롯해" has ㄹ and is Korean words)."""
    codes = [ord(c) - 0xAC00 for c in words if "\uac00" <= c <= "\ud7a3"]
    return bool(codes) and all(code % 28 in _KANA_FINALS for code in codes)


def told_country(text: str, name_end: int, title_start: int, lang: CjkLang) -> str | None:
    """The country a place word between a Korean name and its title tells by its ending
    ("도쿠시마현": a Japanese prefecture), when the gazetteer names none."""
    for m in _HANGUL_RUN.finditer(text, name_end, title_start):
        told = lang.place_endings.get(text[m.end() - 1 : m.end()])
        if told and m.end() - m.start() >= 3:
            return told
    # a title of an office only one country has ("현의회 의장": a prefectural assembly)
    return next((c for form, c in lang.title_countries if text.startswith(form, title_start)), None)


def _gap_breaks(text: str, start: int, end: int) -> bool:
    """Punctuation between a name and its title: they do not belong together."""
    return any(c in '.,;:!?()"“”\n' for c in text[start:end])


def _follows_word(text: str, pos: int, lang: CjkLang) -> bool:
    """A Han character right before a candidate: the name may be longer or no name
    (unless it is a one-character word that stands before names, "在")."""
    if pos == 0 or not _HAN_OR_KANA.match(text[pos - 1]):
        return False
    if _after_date(text, pos, lang):
        return False
    return text[pos - 1] not in "、，的" + lang.preceders


def _after_date(text: str, pos: int, lang: CjkLang) -> bool:
    """A date unit right after a digit ends before ``pos`` ("今年3月王建国主席"): a date is
    no part of a name, so a name may start there."""
    return pos >= 2 and text[pos - 1] in lang.date_units and text[pos - 2].isdigit()


def _name_after(
    text: str,
    te: int,
    lang: CjkLang,
    names: NameCanonicalizer,
    covered: set[int],
    japanese: bool = False,
) -> tuple[int, int] | None:
    q = te
    for p in lang.particles:
        if text.startswith(p, q):
            q += len(p)
            break
    while q < len(text) and text[q] == " ":
        q += 1
    if any(i in covered for i in range(q, min(q + 2, len(text)))):
        return None
    k = _KATAKANA_NAME_AFTER.match(text, q)
    if k is not None:
        return k.start(), k.end()
    if lang.code == "ja":
        chunk = text[q : q + 10]
        tokens = names.cjk().ja_tokens(chunk)
        pos = 0
        end = None
        for surface, kind, _r in tokens:
            if kind not in ("姓", "名"):
                break
            pos += len(surface)
            end = pos
        if end is None or end < 2:
            return None
        return q, q + end
    if lang.code == "ko":
        return None
    foreign = _transcribed_after(text, q, lang, names, covered)
    if foreign is not None:
        return foreign
    jp = _japanese_after(text, q, lang, names, covered) if japanese else None
    if jp is not None:
        return jp
    run = ""
    for ch in text[q : q + 5]:
        if not _HAN_OR_KANA.match(ch):
            break
        run += ch
    size = names.cjk().zh_name_length(run)
    if size < 2:
        return None
    span: tuple[int, int] | None = None
    for n in range(2, size + 1):
        rest = text[q + n : q + n + 4]
        if any(rest.startswith(f) for f in (*lang.followers, *lang.honorifics)):
            span = q, q + n
            break
    if span is None and size <= 3:
        span = q, q + size
    if span is None or _foreign(text, span[0], span[1], lang):
        return None
    return span


# Longest transcribed name read next to a title (a given name, a dot, a surname).
_TRANSCRIPTION_REACH = 16


def _transcription_span(
    text: str, start: int, end: int, names: NameCanonicalizer
) -> tuple[int, int] | None:
    """``text[start:end]`` cut after its last surname ending, kept when it reads as a
    transcribed Russian name (the run may go on into a Chinese word: "索洛多夫" + "特别")."""
    reader = names.cjk()
    while start < end and not reader.transcribes(text[start]):
        start += 1  # a leading name dot
    while end > start and not reader.ends_transcription(text[end - 1]):
        end -= 1
    if end - start < 2 or not reader.is_transcription(text[start:end], None):
        return None
    return start, end


def _transcribed_after(
    text: str, q: int, lang: CjkLang, names: NameCanonicalizer, covered: set[int]
) -> tuple[int, int] | None:
    """ "州长索洛多夫一行", "州长弗拉基米尔·索洛多夫": transcription characters and name dots
    after a title, up to a word that follows names ("会见", "一行") or another word."""
    reader = names.cjk()
    j = q
    while j < len(text) and j - q < _TRANSCRIPTION_REACH and j not in covered:
        ch = text[j]
        if j > q and any(text.startswith(f, j) for f in (*lang.followers, *lang.honorifics)):
            break
        if not (reader.transcribes(ch) or (j > q and ch in lang.foreign_marks)):
            break
        j += 1
    return _transcription_span(text, q, j, names)


def _transcribed_before(
    text: str, end: int, lang: CjkLang, names: NameCanonicalizer, covered: set[int]
) -> tuple[int, int] | None:
    """ "普京总统", "索洛多夫州长": transcription characters and name dots ending at the
    title, back to a character of another word or a place."""
    reader = names.cjk()
    j = end
    while j > 0 and end - j < _TRANSCRIPTION_REACH and (j - 1) not in covered:
        ch = text[j - 1]
        if not (reader.transcribes(ch) or ch in lang.foreign_marks):
            break
        j -= 1
    if j == end or not reader.ends_transcription(text[end - 1]):
        return None
    return _transcription_span(text, j, end, names)


def _japanese_after(
    text: str, q: int, lang: CjkLang, names: NameCanonicalizer, covered: set[int]
) -> tuple[int, int] | None:
    """ "知事大石賢吾、", "會長島田教明率": a Japanese name in kanji after a title in a
    Chinese text, followed by punctuation or a word that follows names. The longest such
    name wins: a one-character follower may end a given name ("達也" + "和", not "達" + "也")."""
    j = q
    while j < len(text) and j - q < 5 and j not in covered and _HAN.match(text[j]):
        j += 1
    follow = (*lang.followers, *lang.honorifics)
    for end in range(j, q + 2, -1):
        rest = text[end : end + 4]
        ends_here = not rest or not _HAN.match(rest[0]) or any(rest.startswith(f) for f in follow)
        if ends_here and names.cjk().is_japanese_name(text[q:end]):
            return q, end
    return None
