"""LanguageStage: the document's language and each paragraph's.

py3langid's naive Bayes model is used directly: its byte automaton is walked
once per paragraph and the paragraph feature counts are summed for the whole
document, so the text is scanned once, not twice. The model is narrowed to
languages that news about international cooperation is written in (classes
such as Wu or Cantonese are folded into Chinese), which both speeds up
scoring and removes look-alike minor classes that steal short texts.
Texts typed without diacritics (common for Vietnamese) get a second chance
from word lists in ``data/lang/<code>/langid.yaml``.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from typing import Any

import numpy as np

from ._models import Document, Paragraph
from ._resources import Resources

# ISO 639-1 codes the identifier may answer with. Written languages of the world's
# news; py3langid's other classes are minor languages or dialects that mostly
# absorb short texts of their big neighbours.
_LANGUAGES = (
    "af am ar az be bg bn bs ca cs cy da de el en eo es et eu fa "
    "fi fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko ky "
    "la lo lt lv mk ml mn mr ms my ne nl no pa pl ps pt ro ru si "
    "sk sl so sq sr sv sw ta te th tl tr uk ur uz vi zh"
)
# Model classes reported as another code (dialects, script variants, macrolanguages).
_ALIASES = {"wuu": "zh", "yue": "zh", "uzs": "uz", "arz": "ar", "ary": "ar", "nn": "no"}
_WORD = re.compile(r"[^\W\d_]+")
# A paragraph's language is read from at most this many characters of it: enough
# for a confident answer, and it bounds the cost of long paragraphs.
_SAMPLE_CHARS = 400
# A paragraph whose best language is at least this probable is taken as it is; below it, the
# frequent words written without accents may name another (``_decided``; the caller skips
# cutting out the text of rows above it).
_SURE = 0.99
# (state, word) walks remembered (about 40k on a few hundred articles).
_MEMO_WORDS = 300_000
# Feature ids packed as native C ints (the model has ~100k features).
_IDS = "i"
_IDS_SIZE = array(_IDS).itemsize
# The weight of a feature counted once in a row, as ``_scores_of`` computes the weights
# (``np.log1p`` of float32 counts).
_ONCE = np.log1p(np.ones(1, dtype=np.float32))[0]
# Paragraphs scored together (an ordinary article has a few dozen).
_ROWS_PER_BLOCK = 256
# A (row, feature) key holds the feature id in its low bits (the model has ~100k
# features; ``LanguageStage`` checks they fit) and the row above them.
_FEATURE_BITS = 17
_FEATURE_MASK = (1 << _FEATURE_BITS) - 1


_TABLES_FORMAT = 1


def _model_tables() -> dict[str, Any]:
    """py3langid's model narrowed to ``_LANGUAGES``, from the cache when it is there.

    The package ships its model LZMA-compressed: decompressing it takes ~1 s, most of a
    command's startup. The narrowed tables are kept (pickled, uncompressed, ~70 MB) in
    the cache folder the gazetteer uses, keyed by the py3langid version and the
    language list, and read back in a few tens of milliseconds.
    """
    from importlib.metadata import version

    from .gazetteer._cache import cache_dir, load, save

    key = hashlib.sha256(
        f"{_TABLES_FORMAT};{version('py3langid')};{_LANGUAGES};{sorted(_ALIASES.items())}".encode()
    ).hexdigest()[:24]
    folder = cache_dir()
    path = folder / f"langid-{key}.pickle" if folder is not None else None
    if path is not None:
        cached = load(path)
        if isinstance(cached, dict) and cached.get("key") == key:
            return cached
    tables = _build_tables()
    tables["key"] = key
    if path is not None:
        save(path, tables)
    return tables


def _build_tables() -> dict[str, Any]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE)
    wanted = frozenset(_LANGUAGES.split())
    columns: list[int] = []
    labels: list[str] = []
    for i, cls in enumerate(model.nb_classes):
        code = _ALIASES.get(cls, cls)
        if code in wanted:
            columns.append(i)
            labels.append(code)
    distinct = sorted(set(labels))
    return {
        "labels": distinct,
        "label_of_column": np.array([distinct.index(c) for c in labels], dtype=np.intp),
        "ptc": np.ascontiguousarray(model.nb_ptc[:, columns], dtype=np.float32),
        "pc": np.asarray(model.nb_pc, dtype=np.float32)[columns],
        "nextmove": model.tk_nextmove,
        "rowbase": [r << 8 for r in model.tk_row],
        "output": list(model.tk_output),
    }


class LanguageStage:
    """Sets ``doc.lang``, ``doc.lang_score`` and ``doc.paragraphs`` (one per text line)."""

    name = "language"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("lang", "lang_score", "paragraphs")

    def __init__(self, res: Resources) -> None:
        self._res = res
        self._min_chars = res.options.min_paragraph_chars_for_lang
        tables = _model_tables()
        self._labels: list[str] = tables["labels"]
        self._label_of_column: np.ndarray = tables["label_of_column"]
        self._ptc: np.ndarray = tables["ptc"]
        if self._ptc.shape[0] > _FEATURE_MASK + 1:
            raise ValueError(f"language model of {self._ptc.shape[0]} features: keys too narrow")
        self._pc: np.ndarray = tables["pc"]
        # The model's rows already multiplied by the weight of a feature seen once,
        # log1p(1) in float32 (``_scores_of``): the same float32 products, computed once
        # per process instead of for every feature of every document (~35 MB).
        self._ptc_once: np.ndarray = self._ptc * _ONCE
        self._nextmove: Any = tables["nextmove"]
        self._rowbase: list[int] = tables["rowbase"]
        self._output: list[int] = tables["output"]
        first: dict[int, int] = {}
        self._extra_columns: list[tuple[int, int]] = []
        for column, label in enumerate(self._label_of_column.tolist()):
            if label in first:
                self._extra_columns.append((column, label))
            else:
                first[label] = column
        # The extra columns in rounds: round k holds each label's k-th extra column (in
        # column order), so a label's columns are still added one after the other, and a
        # round has no label twice (one indexed add per round instead of one per column).
        rounds: list[list[tuple[int, int]]] = []
        seen: dict[int, int] = {}
        for column, label in self._extra_columns:
            k = seen[label] = seen.get(label, -1) + 1
            if k == len(rounds):
                rounds.append([])
            rounds[k].append((column, label))
        self._extra_rounds = [
            (
                np.array([c for c, _l in r], dtype=np.intp),
                np.array([lb for _c, lb in r], dtype=np.intp),
            )
            for r in rounds
        ]
        self._first_labels = np.array(list(first), dtype=np.intp)
        self._first_columns = np.array(list(first.values()), dtype=np.intp)
        # state -> {word: (its ids, state after it, the next state's own table)}
        self._walks: dict[int, dict[bytes, tuple[bytes, int, dict[bytes, Any]]]] = {}
        # (state, last word of a text) -> its packed ids (``_features``)
        self._finals: dict[tuple[int, bytes], bytes] = {}
        self._walked = 0  # entries in all of them (the bound ``_MEMO_WORDS``)
        self._hints: list[tuple[str, frozenset[str], float]] = []
        for code, data in res.registry.each_lang("langid"):
            words = frozenset(str(w).lower() for w in data.get("unaccented_words", []))
            if words:
                self._hints.append((code, words, float(data.get("min_share", 0.35))))
        # The one hint language, if there is one: a row it labels already keeps its
        # label (``_decided`` changes a label only to another hint language).
        codes = {code for code, _w, _s in self._hints}
        self._only_hint: str | None = codes.pop() if len(codes) == 1 else None

    def __reduce__(self) -> tuple[Any, tuple[Resources]]:
        """Ship the Resources, not the 100 MB model; the worker loads its own."""
        return (LanguageStage, (self._res,))

    # -- the model ---------------------------------------------------------------------
    def _features(self, text: str) -> tuple[bytes, int]:
        """Feature ids of ``text`` (py3langid's byte automaton), as native C ints packed in
        bytes (``_IDS``), and its byte length.

        The automaton is walked a word at a time (the bytes up to and including a space):
        what a word emits and where it leaves the automaton depend only on the state it
        starts in, so (state, word) pairs are remembered. News words repeat (~90% of the
        pairs on real-shaped text), so most words cost one lookup instead of a walk. A walk's
        ids are kept packed: a paragraph's ids are one ``bytes.join``, a document's one
        array without a Python int per id (converting ~2,000 ints cost ~0.1 ms a document).

        The words are cut with ``bytes.split`` on the space, not the regular expression
        ``[^ ]+ ?| `` (what was cut before): every piece but the last is a word followed by
        its space (an empty piece is a space alone), the walk remembered under the piece
        itself; the last piece has no space after it and is remembered apart
        (``_finals``, by start state and piece). The same walks, so the same ids
        (``tests/test_language.py`` compares them with the byte-by-byte walk), without a
        regex pass and its match objects per paragraph.
        """
        if text.isupper():
            text = text.lower()
        data = text.encode("utf-8", errors="surrogatepass")
        walks = self._walks
        if self._walked > _MEMO_WORDS:
            walks.clear()  # bounded: a stream of odd words cannot grow it forever
            self._finals.clear()
            self._walked = 0
        # The walks are kept per start state, each holding the table of the state it
        # ends in: a remembered word costs one lookup by its bytes (no (state, word)
        # tuple built and hashed per word).
        state = 0
        memo = walks.get(0)
        if memo is None:
            memo = walks[0] = {}
        found: list[bytes] = []
        pieces = data.split(b" ")
        last = pieces.pop()
        for piece in pieces:
            walk = memo.get(piece)
            if walk is None:
                walk = memo[piece] = self._walk(state, piece + b" ")
            found.append(walk[0])
            state = walk[1]
            memo = walk[2]
        if last:
            key = (state, last)
            ids = self._finals.get(key)
            if ids is None:
                ids = self._finals[key] = self._walk(state, last)[0]
            found.append(ids)
        return b"".join(found), len(data)

    def _walk(self, state: int, chunk: bytes) -> tuple[bytes, int, dict[bytes, Any]]:
        """The automaton walked over ``chunk`` from ``state``: the packed ids it emits, the
        state it ends in and that state's table of remembered walks."""
        nm, rowbase, out = self._nextmove, self._rowbase, self._output
        emitted: list[int] = []
        s = state
        for byte in chunk:
            s = nm[rowbase[s] + byte]
            f = out[s]
            if f >= 0:
                emitted.append(f)
        following = self._walks.get(s)
        if following is None:
            following = self._walks[s] = {}
        self._walked += 1
        return array(_IDS, emitted).tobytes(), s, following

    def _scores_of(self, flat: np.ndarray, lengths: list[int]) -> np.ndarray:
        """Naive Bayes log-likelihood of each row of feature ids, without the prior; the
        rows are given as one array of ids and each row's length (at most
        ``_ROWS_PER_BLOCK`` rows: ``_flat_scores`` splits longer texts).

        Computed over each row's distinct features only (a few hundred of a
        100k-feature model) with plain numpy reductions, not a BLAS product:
        multithreaded BLAS on tiny matrices costs more than it saves and
        stalls badly on a busy machine.
        """
        # (row, feature) keys: the row in the high bits, the feature id in the low ones
        # (``_FEATURE_BITS``), so a key's feature is a mask away (no integer division)
        shift = _FEATURE_BITS
        comb = np.repeat(np.arange(len(lengths), dtype=np.int64) << shift, lengths)
        comb |= flat
        # distinct and counted: np.unique's sort and run starts without its general-purpose
        # steps (same keys, same counts)
        comb.sort()
        size = len(comb)
        new = np.empty(size, dtype=bool)
        new[:1] = True
        np.not_equal(comb[1:], comb[:-1], out=new[1:])
        runs = np.flatnonzero(new)
        keys = comb[runs]
        counts = np.diff(np.append(runs, size))
        features = keys & _FEATURE_MASK
        # Most features occur once in a row: their rows come weighted already from
        # ``_ptc_once``; the few others are weighted here (log1p of their float32 counts,
        # computed for those keys only: an elementwise function, the same value per key).
        weighted = np.take(self._ptc_once, features, axis=0)
        again = np.flatnonzero(counts != 1)
        if len(again):
            weighted[again] = (
                np.take(self._ptc, features[again], axis=0)
                * np.log1p(counts[again].astype(np.float32))[:, None]
            )
        present = [i for i, n in enumerate(lengths) if n]
        # a row's keys start at its row number shifted (keys are sorted)
        starts = np.searchsorted(keys, np.asarray(present, dtype=np.int64) << shift)
        scores = np.zeros((len(lengths), self._ptc.shape[1]), dtype=np.float32)
        scores[present] = np.add.reduceat(weighted, starts, axis=0)
        return scores

    def _probabilities(self, raw: np.ndarray, nbytes: list[int]) -> np.ndarray:
        """Probability per label (``self._labels``) of each row of raw scores.

        The softmax temperature sqrt(bytes) follows py3langid's ``norm_probs``.
        """
        scores = (raw + self._pc) * (
            1.0 / np.sqrt(np.maximum(np.asarray(nbytes, dtype=np.float32), 1.0))
        )[:, None]
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores /= scores.sum(axis=1, keepdims=True)
        # Columns of one label summed in column order, as np.add.at would (same floats):
        # the first column of each label is copied, the few others (dialects) added, a
        # round of them at a time (``_extra_rounds``).
        cols = scores.T
        merged = np.empty((len(self._labels), len(raw)), dtype=np.float64)
        merged[self._first_labels] = cols[self._first_columns]
        for columns, labels in self._extra_rounds:
            merged[labels] += cols[columns]
        return merged.T

    def _flat_scores(self, flat: bytes, lengths: list[int]) -> np.ndarray:
        """``_raw_scores`` of rows given as the packed feature ids of all rows (``_features``)
        and each row's length: one array for the document, not one per paragraph (same rows,
        same blocks, so the same float32 sums)."""
        ids = np.frombuffer(flat, dtype=np.intc).astype(np.int64)
        # A text of thousands of paragraphs is scored in blocks: the intermediate
        # (distinct features x languages) array stays small, so cost stays linear.
        if len(lengths) <= _ROWS_PER_BLOCK:
            return self._scores_of(ids, lengths)
        blocks = []
        offset = 0
        for k in range(0, len(lengths), _ROWS_PER_BLOCK):
            part = lengths[k : k + _ROWS_PER_BLOCK]
            size = sum(part)
            blocks.append(self._scores_of(ids[offset : offset + size], part))
            offset += size
        return np.concatenate(blocks)

    def identify(self, text: str) -> tuple[str | None, float]:
        """Language and probability of one text (``None`` when it has no letters)."""
        found, nbytes = self._features(text)
        if not found or not any(c.isalpha() for c in text):
            return None, 0.0
        raw = self._flat_scores(found, [len(found) // _IDS_SIZE])
        probs = self._probabilities(raw, [nbytes])[0]
        return self._decide(text, probs)

    def _decide(self, text: str, probs: np.ndarray) -> tuple[str, float]:
        best = int(probs.argmax())
        return self._decided(text, probs, best, float(probs[best]))

    def _decided(self, text: str, probs: np.ndarray, best: int, score: float) -> tuple[str, float]:
        """``_decide`` given the best label's index and probability (found for all rows of
        a document at once by the caller)."""
        lang = self._labels[best]
        if score < _SURE:
            hinted = self._unaccented(text)
            if hinted and hinted != lang:
                i = self._labels.index(hinted) if hinted in self._labels else -1
                return hinted, float(probs[i]) if i >= 0 else 0.0
        return lang, score

    def _unaccented(self, text: str) -> str | None:
        """A language whose frequent words, written without accents, make up the text."""
        if not self._hints:
            return None
        words = _WORD.findall(text.lower())
        if len(words) < 4:
            return None
        # (counted by ``map`` and ``sum`` in C: the same integers as a generator's)
        non_ascii = len(words) - sum(map(str.isascii, words))
        if non_ascii > len(words) * 0.02:
            return None
        best: tuple[float, str] | None = None
        for code, vocab, min_share in self._hints:
            share = sum(map(vocab.__contains__, words)) / len(words)
            if share >= min_share and (best is None or share > best[0]):
                best = (share, code)
        return best[1] if best else None

    # -- the stage ---------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        text = doc.text
        spans: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            end = pos + len(line)
            stripped = line.strip()
            if stripped:
                start = pos + (len(line) - len(line.lstrip()))
                spans.append((start, start + len(stripped)))
            pos = end + 1
        # The long rows are read first: when one of them has features, only the long
        # rows' answers are ever read (``own`` below), so the short rows are not read at
        # all (no features, no scores; a row without features is never decided).
        count = len(spans)
        packed: list[bytes] = [b""] * count
        lengths: list[int] = [0] * count
        sizes: list[int] = [0] * count
        min_chars = self._min_chars
        short: list[int] = []
        any_long = False
        for i, (start, end) in enumerate(spans):
            if end - start < min_chars:
                short.append(i)
                continue
            found, sizes[i] = self._features(text[start : min(end, start + _SAMPLE_CHARS)])
            packed[i] = found
            lengths[i] = n = len(found) // _IDS_SIZE
            any_long = any_long or n > 0
        if not any_long:
            for i in short:
                start, end = spans[i]
                found, sizes[i] = self._features(text[start : min(end, start + _SAMPLE_CHARS)])
                packed[i] = found
                lengths[i] = len(found) // _IDS_SIZE
        flat = b"".join(packed)
        own: dict[int, tuple[str, float]] = {}
        lang: str | None = None
        score = 0.0
        if flat and any(c.isalpha() for c in text):
            raw = self._flat_scores(flat, lengths)
            present = [i for i, n in enumerate(lengths) if n]
            if len(present) == count:
                probs = self._probabilities(raw, sizes)
            else:
                probs = self._probabilities(raw[present], [sizes[i] for i in present])
            # each row's best label and its probability, for all rows at once
            # (the largest value of a row is the value at its argmax)
            bests = probs.argmax(axis=1)
            tops = probs.max(axis=1).tolist()
            # a row's text is cut out only when its answer is unsure and a hint could
            # change it (``_unaccented`` names only a hint language other than the label)
            labels = self._labels
            only_hint = self._only_hint
            # (row number, its index in ``probs``: a row of ``probs`` is cut out only for the
            # unsure rows ``_decided`` reads)
            rows = list(zip(present, range(len(present)), bests.tolist(), tops, strict=True))
            # Only the long rows' answers are read when there are any (``own`` below):
            # the short rows are left undecided then.
            long_rows = [row for row in rows if spans[row[0]][1] - spans[row[0]][0] >= min_chars]
            decided = {
                i: (labels[best], top)
                if top >= _SURE or labels[best] == only_hint
                else self._decided(
                    text[spans[i][0] : min(spans[i][1], spans[i][0] + _SAMPLE_CHARS)],
                    probs[k],
                    best,
                    top,
                )
                for i, k, best, top in long_rows or rows
            }
            own = decided if long_rows else {}
            # A document in two languages is in the one most of its text is in: paragraphs
            # vote with their length (summed evidence would favour the script with the most
            # distinctive features instead). Long paragraphs vote if there are any.
            votes: dict[str, float] = {}
            confidence: dict[str, float] = {}
            for i, (code, p) in (own or decided).items():
                weight = spans[i][1] - spans[i][0]
                votes[code] = votes.get(code, 0.0) + weight
                confidence[code] = confidence.get(code, 0.0) + weight * p
            lang = max(sorted(votes), key=lambda c: votes[c])
            score = confidence[lang] / sum(votes.values())
        doc.lang = lang
        doc.lang_score = round(score, 4)
        doc.paragraphs = [
            Paragraph(start, end, own[i][0] if i in own else lang)
            for i, (start, end) in enumerate(spans)
        ]
        return doc


__all__ = ["LanguageStage"]
