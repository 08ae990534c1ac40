"""Where a person's name starts and ends next to a title, or without one.

A name is a run of capitalised words on one line; a place, a title or a word the
language lists as no name ends it. A title anchors it after ("Governor X") or before
("X, the governor"); a listed given name, a Vietnamese family name with syllables or a
Chinese name in Palladius lets it stand alone. A job of :class:`diplograph._people.PeopleStage`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._names import NameCanonicalizer
from ._people_model import (
    _APPOSITION_MARKS,
    _CAP_WORD,
    _LAST_WORD,
    _NAME_TOKEN,
    _Ctx,
    _exact_runs,
    _skip_ws,
)
from ._people_words import DocWords

# A body's acronym of two to six capitals and the space after it ("BJB ", "DPRD ").
_ACRONYM = re.compile(r"([A-Z]{2,6}) (?=[^\W\d_])")
# A dash set apart by spaces inside a name ("Bun Chăn - Sí Vông Phăn").
_DASH_JOIN = re.compile(r" [-–] (?=[^\W\d_])")
# The same dash right before a name ("Bun Xay - |Phô Mi Văn").
_DASH_BEFORE = re.compile(r" [-–] $")
# A capitalised word and the space after it (a body word, "Dinas ").
_BODY_WORD = re.compile(r"([^\W\d_][^\W\d_]+) (?=[^\W\d_])")


# What may follow a name word's letters inside one name token (``_NAME_TOKEN``).
_TOKEN_GOES_ON = "-'’"


def _may_go_on(text: str, end: int) -> bool:
    """Whether a second name token may follow the one opening with the run of letters that
    ends at ``end`` (a ``_CAP_WORD`` word: the whole run), so that ``_name_tokens_at`` there
    may read two tokens or more.

    Why: ``_untitled_names`` read the tokens at every capitalised word that may start a
    name (~17,700 calls a pass over the bench's documents), although most such words are
    followed by a lowercase word or punctuation: more than half of those calls read one
    token or none. Exact: after the run, the token goes on only over a hyphen or an
    apostrophe (then this answers True and the tokens are read); a full stop after it ends
    the token and the reader then stops on that stop (the run has two letters or more, so
    the stop is not kept with an initial); any other character ends the reading; after a
    space, the next token must open with an uppercase letter, and the reader needs a
    character after the space."""
    nxt = text[end : end + 2]
    if nxt[:1] == " ":
        return nxt[1:].isupper()
    return nxt[:1] != "" and nxt[:1] in _TOKEN_GOES_ON


class _NameSpans:
    """Name spans in running text (a mixin of PeopleStage)."""

    names: NameCanonicalizer

    def _name_tokens_at(self, pos: int, ctx: _Ctx) -> list[tuple[int, int]]:
        text, lang = ctx.text, ctx.lang
        toks: list[tuple[int, int]] = []
        while len(toks) < 5:
            m = _NAME_TOKEN.match(text, pos)
            if m is None:
                break
            word = m.group(0)
            bare = word.rstrip(".")
            if not word[:1].isupper():
                break
            if (word in lang.not_name or bare in lang.not_name) and not (
                not toks and self._starts_vietnamese_name(m.start(), text)
            ):
                break
            if word.endswith(".") and len(bare) > 1:
                word, m_end = bare, m.start() + len(bare)
            else:
                m_end = m.end()
            if len(bare) > 1 and bare.isupper() and not self.names.is_family_name(bare):
                break  # an abbreviation ("ЦК КПВ", "UBND"), not a name word ("MA Xingrui" is)
            if lang.titles.match(text, m.start()):
                break
            if m.start() in ctx.covered and not (
                len(toks) >= 2
                and self._single_word_place(m.start(), m_end, ctx)
                and self.names.is_vietnamese_syllables(text[toks[0][0] : m_end])
            ):
                break
            toks.append((m.start(), m_end))
            gap = m_end
            if gap < len(text) and text[gap] == " " and gap + 1 < len(text):
                pos = gap + 1
            else:
                break
        if len(toks) == 5:
            toks = toks[:4]
        return toks

    def _untitled_names(self, ctx: _Ctx, taken: set[int]) -> list[tuple[int, int, str]]:
        """Names no title anchors that their form alone shows to be persons' names.

        A listed given name followed by a surname ("Alexander Beglov", "Сергеем
        Голубевым", with or without a patronymic), or three or more Vietnamese syllables
        starting with a family name ("Nguyen Manh Quyen", "Во Ван Тхыонгом"), or a Chinese
        name in Russian's Palladius spelling ("Лу Хао", "Си Цзиньпина") or in pinyin ("Dou
        Jingli"). A run
        that a place or another mention starts is not read, so "Ho Chi Minh City" and
        "Vladimir Oblast" stay places.
        """
        text, lang = ctx.text, ctx.lang
        out: list[tuple[int, int, str]] = []
        end = -1
        for pos, word in self._name_start_words(text, ctx.words):
            if pos < end or pos in taken or pos in ctx.covered:
                continue
            kind = self.names.name_start(word)
            if not kind:
                continue
            given = kind == "given"
            if kind == "given-if-russian":
                # "Alexandre Beglov": only when the name reads as a Russian one
                nxt = self._name_tokens_at(pos, ctx)
                canon = self.names.canonical(text[nxt[0][0] : nxt[-1][1]], ctx.lang_code)
                given = len(nxt) >= 2 and canon.split()[0] != self.names.canonical(word, None)
            chinese = kind == "chinese" or (
                kind == "vietnamese" and self.names.may_start_chinese(word)
            )
            if kind == "given-if-russian" and not given:
                continue
            if not _may_go_on(text, pos + len(word)):
                continue  # one name word at most: no name of two (``_may_go_on``)
            toks = self._name_tokens_at(pos, ctx)
            if len(toks) < 2 or not taken.isdisjoint(range(toks[0][0], toks[-1][1])):
                continue
            span = text[toks[0][0] : toks[-1][1]]
            words = [text[a:b] for a, b in toks]
            if given:
                canon = self.names.canonical(span, ctx.lang_code)
                if len(toks) > 3 or len(canon.split()) != 2:
                    toks = toks[:2]
                    words = words[:2]
                    if self.names.is_given(words[1]) and len(words) == 2:
                        continue
                low = words[-1].lower()
                if low in lang.heads or low in lang.unit_words or low in lang.phrase_words:
                    continue
                if words[-1] in lang.not_name or len(words[-1]) < 3:
                    continue
                why = "given-name"
            elif self.names.is_vietnamese_syllables(span) and len(toks) >= 3:
                why = "vietnamese-name"
            elif chinese and len(toks) <= 3 and self.names.reads_chinese(span):
                why = "chinese-name-palladius"
            elif self._pinyin_name(words, ctx):
                # "Dou Jingli", "Xia Geng" (a capitalised word after it is no part of it)
                toks = toks[:2]
                why = "chinese-name-pinyin"
            else:
                continue
            out.append((toks[0][0], toks[-1][1], why))
            end = toks[-1][1]
        return out

    def _name_start_words(self, text: str, words: DocWords | None = None) -> list[tuple[int, str]]:
        """Start and text of each capitalised word (a ``_CAP_WORD`` match, in text order)
        that may start a name (``name_start``), the others left out.

        Why: most capitalised words start no name (~90% on the bench's documents), and
        a Python loop over every ``finditer`` match cost a match object, two method calls
        and a lookup each. Words repeat, so each distinct word (``findall``, in C) is
        asked once; only the occurrences of those that may start a name are looked up,
        each kept only where ``_CAP_WORD`` matches that exact word. That is where
        ``finditer`` found it: a match never starts inside another (each letter after a
        match's first follows a letter, which the look-behind refuses), so the matches
        are exactly the positions where ``match`` succeeds. ``name_start`` depends on the
        word only, so asking it of words ``finditer``'s loop skipped changes no answer.
        With ``words`` (``_people_words``) the words come from the document's words read
        once: every word ``findall`` finds that may start a name, and perhaps more, which
        the check of each occurrence drops."""
        name_start = self.names.name_start
        starts: Iterable[str]
        if words is not None:
            starts = words.name_starts
        else:
            starts = [w for w in set(_CAP_WORD.findall(text)) if name_start(w)]
        hits: list[tuple[int, str]] = []
        for word in starts:
            hits += [(i, word) for i in _exact_runs(_CAP_WORD, text, word)]
        hits.sort()
        return hits

    def _pinyin_name(self, words: list[str], ctx: _Ctx) -> bool:
        """A Chinese name in pinyin with no title ("Dou Jingli"): a family name and a given
        name of one or two syllables, and no third word that pinyin could spell (three
        syllable words are a Vietnamese name or a place, "Dong Van Son", "Ma On Shan").
        Not in Vietnamese text, whose names are read as Vietnamese."""
        if ctx.lang_code == "vi" or len(words) not in (2, 3):
            return False
        if len(words) == 3 and self.names.pinyin_count(words[2]):
            return False
        return self.names.reads_pinyin(words[0], words[1])

    def _drop_place_genitive(self, span: tuple[int, int], ctx: _Ctx) -> tuple[int, int]:
        """A capitalised genitive place ending a title phrase is no part of the name.

        "віцеголова повітової ради Сучави Йон Попеску": the council's unit, unknown
        to the gazetteer, precedes the name; a given name in the nominative does not
        end like a genitive, and a Vietnamese name is left whole.
        """
        ns, ne = span
        ends = ctx.lang.place_genitive
        words = ctx.text[ns:ne].split(" ")
        if not ends or len(words) < 3:
            return span
        first = words[0]
        if not first.lower().endswith(ends) or self.names.is_vietnamese_syllables(ctx.text[ns:ne]):
            return span
        return ns + len(first) + 1, ne

    def _starts_vietnamese_name(self, pos: int, text: str) -> bool:
        """ "Le Huu Toan" after a French title: "Le" is no article when a name follows."""
        words = text[pos : pos + 40].split()[:3]
        return len(words) >= 2 and self.names.is_vietnamese_syllables(" ".join(words))

    @staticmethod
    def _single_word_place(start: int, end: int, ctx: _Ctx) -> bool:
        """A place that is exactly this word ("Vinh" the city, as in "Do Quang Vinh")."""
        pm = ctx.by_start.get(start)
        return pm is not None and pm.end == end

    def _name_after(self, pos: int, ctx: _Ctx) -> tuple[int, int] | None:
        text = ctx.text
        q = pos
        if text.startswith(",", q):
            q += 1
        q = _skip_ws(text, q)
        if q - pos > 3 or "\n" in text[pos:q]:
            return None
        h = ctx.lang.honorifics.match(text, q)
        if h is not None:
            q = _skip_ws(text, h.end())
        toks = self._name_tokens_at(q, ctx)
        if not toks:
            toks = self._name_after_acronym(q, ctx)
        if not toks:
            return None
        return toks[0][0], self._dash_joined_end(toks[-1][1], ctx)

    def _starts_own_name(self, word: str) -> bool:
        """A listed given name or Vietnamese family name: the part after a dash that
        starts with one is a second person (a pinyin syllable, "Xi", also spells Lao)."""
        return self.names.name_start(word) in ("given", "given-if-russian", "vietnamese")

    def _dash_joined_end(self, end: int, ctx: _Ctx) -> int:
        """Where a name whose parts a spaced dash joins ends: Vietnamese writes Lao names
        syllable by syllable, given name and family name joined so ("ông Bun Chăn - Sí Vông
        Phăn, Ủy viên ..."). The part after the dash is two capitalised words or more that
        end at a comma, a full stop or the line, and starts no name of its own (two persons
        paired, "Trần Văn A - Nguyễn Văn B", stay two); a title after the dash
        ("Nguyễn Văn A - Chủ tịch ...") stops the name reader, so it is no part."""
        text = ctx.text
        m = _DASH_JOIN.match(text, end)
        if m is None:
            return end
        toks = self._name_tokens_at(m.end(), ctx)
        if len(toks) < 2 or self._starts_own_name(text[toks[0][0] : toks[0][1]]):
            return end
        after = text[toks[-1][1] : toks[-1][1] + 1]
        return toks[-1][1] if after in ("", ",", ".", ";", "\n") else end

    def _name_after_acronym(self, q: int, ctx: _Ctx) -> list[tuple[int, int]]:
        """The name after the body a title phrase ends with, where the title reader
        stopped before it: an acronym, the language's body words (``not_name``) and the
        place the body is of ("Director of BJB Ahmad Irfan", "Wakil Ketua DPRD Jabar Abdul
        Harris Bobihoe", "Kepala Dinas Perhubungan Jabar Dedi Taufik"; a link word between
        two body words: "Dinas Penanaman Modal dan Pelayanan ..."). Each stops a name,
        so the title found none. Only a name of two words or more after at least one such
        word, so a bare acronym before a capitalised word is not read as a person."""
        text, lang = ctx.text, ctx.lang
        of = lang.of.match(text, q)
        if of is not None and of.end() > q and _ACRONYM.match(text, of.end()):
            q = of.end()
        skipped = 0
        while skipped < 8:
            m = _ACRONYM.match(text, q)
            if m is not None and not self.names.is_family_name(m.group(1)):
                q, skipped = m.end(), skipped + 1
                continue
            place = ctx.by_start.get(q)
            if place is not None and skipped and text.startswith(" ", place.end):
                q, skipped = place.end + 1, skipped + 1
                continue
            w = _BODY_WORD.match(text, q)
            if w is None:
                break
            word = w.group(1)
            if word in lang.link_words:
                # "Penanaman Modal dan Pelayanan": a link word between two body words
                nxt = _BODY_WORD.match(text, w.end()) if skipped else None
                if nxt is None or nxt.group(1) not in lang.not_name:
                    break
                q = w.end()
                continue
            if word in lang.not_name or (skipped and word.capitalize() in lang.not_name):
                # a body word, lowercase inside the body's name ("Kerja sama")
                q, skipped = w.end(), skipped + 1
                continue
            break
        if not skipped:
            return []
        toks = self._name_tokens_at(q, ctx)
        return toks if len(toks) >= 2 else []

    def _name_before(self, pos: int, ctx: _Ctx) -> tuple[int, int] | None:
        """'<Name>, <title>', '<Name>, the <title>' and '<Name> - <title>' (appositions; the
        spaced dash is how Vietnamese and Russian outlets often set a title after a name)."""
        text = ctx.text
        head = text[max(0, pos - 40) : pos]
        d = ctx.lang.determiners.search(head)
        q = pos - (len(d.group(0)) if d else 0)
        q2 = q
        while q2 > 0 and text[q2 - 1] == " ":
            q2 -= 1
        if q2 == 0 or text[q2 - 1] not in _APPOSITION_MARKS:
            return None
        if text[q2 - 1] != "," and (q2 < 2 or not text[q2 - 2].isspace()):
            return None  # a hyphen inside a word ("Sokolova-Petrenko") is no apposition
        end = q2 - 1
        while end > 0 and text[end - 1] == " ":
            end -= 1  # "Tran Thi Lan - Vice Chairwoman": the dash stands apart
        start, words = self._name_words_back(end, 5, ctx)
        if words == 0:
            return None
        start = start + 1 if text[start] == " " else start
        while start < end and ctx.lang.honorifics.match(text, start):
            h = ctx.lang.honorifics.match(text, start)
            assert h is not None
            start = _skip_ws(text, h.end())
        if words < 2 or start >= end:
            return None
        return self._dash_joined_start(start, end, ctx), end

    def _name_words_back(self, pos: int, most: int, ctx: _Ctx) -> tuple[int, int]:
        """Name words read back from ``pos``, at most ``most``, one space apart, each a name
        token ending where the next begins: where the walk stopped (on the space before the
        first word read, or at its start) and how many words it read. One walk for the
        apposition's name and for the part a spaced dash joins before it."""
        text = ctx.text
        words = 0
        while words < most:
            m = _LAST_WORD.search(text[max(0, pos - 40) : pos])
            if m is None:
                break
            ws = pos - len(m.group(1))
            toks = self._name_tokens_at(ws, ctx)
            if not toks or toks[0][1] != pos:
                break
            pos, words = ws, words + 1
            if pos == 0 or text[pos - 1] != " ":
                break
            pos -= 1
        return pos, words

    def _dash_joined_start(self, start: int, end: int, ctx: _Ctx) -> int:
        """Where a name read back from a title starts when a spaced dash joins it to the
        part before ("Bun Xay - Phô Mi Văn, Bí thư ..."): the same name as
        :meth:`_dash_joined_end` reads forward, so the title takes it whole."""
        text = ctx.text
        if start < 4 or not _DASH_BEFORE.search(text, max(0, start - 3), start):
            return start
        if self._starts_own_name(text[start:end].split()[0]):
            return start  # two persons paired: "Trần Văn An - Nguyễn Thị Bình"
        q = start - 3
        first, words = self._name_words_back(q, 4, ctx)
        first = first + 1 if text[first] == " " else first
        if words < 2 or self._dash_joined_end(self._end_of_run(first, q, ctx), ctx) != end:
            return start
        return first

    def _end_of_run(self, first: int, q: int, ctx: _Ctx) -> int:
        toks = self._name_tokens_at(first, ctx)
        return toks[-1][1] if toks and toks[-1][1] == q else -1

    # -- persons ---------------------------------------------------------------------
