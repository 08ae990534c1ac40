"""Thai and Lao personal names to Latin letters (the contract wants names in Latin script).

Both scripts write a syllable as an optional leading vowel, an initial consonant (a silent
leading ห/ຫ or อ before a sonorant, or a cluster with ร/ล/ว), vowel marks around it and a
final consonant; a syllable with no written vowel has an implicit one: "o" when a final
consonant closes it (พง -> phong, สม -> som), "a" when open (the consonant after it bears
a vowel). Where a consonant after a written vowel is final or opens the next syllable is
read from what follows it: a consonant that bears no vowel and ends the word (ถา|วร) opens
"C o C"; else it closes the syllable (สิท|ธิ); a lone last letter after a closed syllable is
silent (วัตร -> wat). Silent letters (the thanthakhat ์ and the
letter under it) and tone marks are dropped. Every letter value is data (``titles.yaml``,
``romanisation``): the initial and final value of each consonant, the vowel patterns
("เ-ีย" with the consonant at "-"), and endings personal romanisations spell their own way
(Thai names write a final ร after an implicit o as "rn": วร -> "vorn", พร -> "porn").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

THAI_LAO = re.compile(r"[\u0E01-\u0E4E\u0E81-\u0EDF]")


@dataclass(frozen=True, slots=True)
class Table:
    """One script's letter values, compiled from ``romanisation`` data."""

    initial: dict[str, str]
    final: dict[str, str]
    leading: str  # vowels written before the consonant
    vowels: tuple[tuple[str, str, str], ...]  # (leading, after, value), longest first
    post: str  # characters of vowel marks written after (or over, under) the consonant
    silent_pairs: frozenset[str]  # a leader that only sets the tone + its sonorant
    cluster_firsts: str
    cluster_seconds: str
    drop: re.Pattern[str]  # tone marks and silent letters
    replace: tuple[tuple[str, str], ...]
    o_final: dict[str, str]  # final value after an implicit o where names differ
    closed: frozenset[str]  # vowel marks always followed by a final consonant (ั)


def compile_table(data: dict[str, Any]) -> Table:
    cons = {str(k): [str(x) for x in v] for k, v in (data.get("consonants") or {}).items()}
    vowels = []
    for pattern, value in (data.get("vowels") or {}).items():
        lead, _, after = str(pattern).partition("-")
        vowels.append((lead, after, str(value)))
    vowels.sort(key=lambda v: -(len(v[0]) + len(v[1])))
    return Table(
        initial={k: v[0] for k, v in cons.items()},
        final={k: v[1] for k, v in cons.items() if len(v) > 1},
        leading="".join(str(c) for c in data.get("leading_vowels") or ()),
        vowels=tuple(vowels),
        post="".join(sorted({c for _, after, _ in vowels for c in after if c not in cons})),
        silent_pairs=frozenset(str(c) for c in data.get("silent_pairs") or ()),
        cluster_firsts="".join(str(c) for c in data.get("cluster_firsts") or ()),
        cluster_seconds="".join(str(c) for c in data.get("cluster_seconds") or ()),
        drop=re.compile(str(data.get("drop") or "(?!x)x")),
        replace=tuple((str(a), str(b)) for a, b in (data.get("replace") or {}).items()),
        o_final={str(k): str(v) for k, v in (data.get("o_final") or {}).items()},
        closed=frozenset(str(c) for c in data.get("closed_vowels") or ()),
    )


def romanise(word: str, t: Table) -> str:
    """One word of a name in Latin letters; "" when it holds no letter of the table."""
    for a, b in t.replace:
        word = word.replace(a, b)
    w = t.drop.sub("", word)
    out: list[str] = []
    i, n = 0, len(w)
    closed_before = False

    def bears_vowel(j: int) -> bool:
        return j < n and w[j] in t.post

    while i < n:
        lead = ""
        if w[i] in t.leading:
            lead, i = w[i], i + 1
        if i >= n or w[i] not in t.initial:
            i += 1
            continue
        c, i = w[i], i + 1
        init = t.initial[c]
        if w[i - 1 : i + 1] in t.silent_pairs:
            init, i = t.initial[w[i]], i + 1  # หย, ຫວ: the leader only sets the tone
        elif (
            i < n
            and w[i] in t.cluster_seconds
            and c in t.cluster_firsts
            and (
                bears_vowel(i + 1)
                or (lead and i + 1 < n and w[i + 1] in t.final and not bears_vowel(i + 2))
            )
        ):
            init, i = init + t.initial[w[i]], i + 1  # ปร, กล, ขว
        vowel, closed = None, False
        for vl, after, value in t.vowels:
            if vl == lead and w.startswith(after, i):
                # an "after" ending in a consonant (อ, ว, ย) is the vowel only when that
                # consonant does not open a syllable of its own
                if after and after[-1] in t.initial and bears_vowel(i + len(after)):
                    continue
                vowel, closed, i = value, after in t.closed, i + len(after)
                break
        final = ""
        if i < n and w[i] in t.final and not bears_vowel(i + 1):
            nxt = i + 1
            opens = (
                vowel is not None
                and not closed
                and nxt < n
                and w[nxt] in t.final
                and (nxt + 1 == n or w[nxt + 1] in t.initial or w[nxt + 1] in t.leading)
                and not bears_vowel(nxt + 1)
            )
            if not opens:
                final, i = w[i], i + 1
        if vowel is None and not final and not lead and i == n and closed_before:
            break  # a last letter after a closed syllable is not read (วัตร, ลักษณ์)
        closed_before = bool(final)
        if vowel is None:
            vowel = "o" if final else "a"
            if final and final in t.o_final:
                out.append(init + vowel + t.o_final[final])
                continue
        out.append(init + vowel + (t.final.get(final, "") if final else ""))
    return "".join(out)
