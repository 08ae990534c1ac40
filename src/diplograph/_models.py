"""Plain data that flows between pipeline stages.

Every stage takes and returns these dataclasses, never a live object with
hidden state, so that a stage can run in a worker process (they pickle) and a
fact can always be traced back to a character span and to the rule that made it.
Offsets are always into ``Document.text`` (the clean text) and must round-trip:
``doc.text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EventType = Literal["meeting", "visit", "agreement", "award", "ceremony", "forum", "other"]
PartnershipKind = Literal["twinning", "agreement", "cooperation"]
MentionKind = Literal[
    "country",  # key: ISO 3166-1 alpha-2
    "region",  # key: ISO 3166-2 code (Vietnam: pre-2025 codes)
    "city",  # key: canonical English city name; attrs["region"], attrs["country"]
    "person",  # key: canonical Latin name; attrs["role"], attrs["country"], attrs["region"]
    "org",  # key: canonical org name; attrs["country"], attrs["region"]
    "date",  # key: ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD"; attrs may hold "end"
    "amount",  # key: None; attrs["value"] (float), attrs["unit"] (ISO 4217, "times", ...)
    "trigger",  # key: event type; attrs["lemma"]
    "sector",  # key: sector name from the closed list
    "title",  # key: canonical English role ("Governor"); attrs["country"], attrs["region"]
]

SECTORS: tuple[str, ...] = (
    "agriculture",
    "trade",
    "investment",
    "industry",
    "energy",
    "health",
    "education",
    "science_technology",
    "tourism",
    "culture",
    "transport_logistics",
    "defense_security",
    "environment",
    "humanitarian",
    "people_to_people",
)


def sector_values(value: str) -> tuple[str, ...]:
    """The sectors a ``sectors.yaml`` entry names: its section, or each part of a section
    named ``a+b``. One word may name two sectors (zh "文旅" is culture and tourism, ko
    "문화관광" the same glued into one word, where no phrase could match each part); a
    value outside the closed list (``not``, ``profile``) names none."""
    return tuple(v for v in value.split("+") if v in SECTORS)


EVENT_TYPES: tuple[str, ...] = (
    "meeting",
    "visit",
    "agreement",
    "award",
    "ceremony",
    "forum",
    "other",
)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become a document, and why (never ``None``)."""

    source: str
    code: str  # stable machine code, e.g. "empty", "binary", "malformed-jsonl"
    reason: str  # one human line


@dataclass(slots=True)
class RawArticle:
    """One article as read from disk, stdin, a JSONL line or a WARC record.

    ``content`` is decoded text (NFC); ``kind`` says whether it still is HTML.
    Metadata given by the container (JSONL fields, WARC headers, the seed
    ``date`` line) wins over what cleaning later guesses.
    """

    source: str
    content: str
    kind: Literal["text", "html"] = "text"
    title: str | None = None
    url: str | None = None
    published: str | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """Boilerplate taken out of the clean text, kept as metadata."""

    kind: str  # "caption", "byline", "source", "share", "comments", "promo", ...
    text: str
    rule: str
    at: int = -1  # offset in the clean text where the line stood (-1: not known)


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    lang: str | None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the clean text recognised as something, with the rule that said so."""

    start: int
    end: int
    text: str
    kind: MentionKind
    key: str | None
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Participant:
    name: str
    role: str | None
    country: str | None
    region: str | None
    entity_id: str
    rule: str = ""


@dataclass(slots=True)
class Place:
    country: str | None = None
    region: str | None = None
    city: str | None = None


@dataclass(slots=True)
class Event:
    type: EventType
    date: str | None
    place: Place
    participants: list[Participant]
    regions: list[str]
    sectors: list[str]
    evidence: list[Evidence]
    confidence: float
    rules: list[str] = field(default_factory=list)
    event_id: str = ""
    local_id: str = ""  # id inside its document, before clustering


@dataclass(slots=True)
class Statement:
    """A plan, proposal, wish or claim: kept, but not an event."""

    speaker: str | None
    text: str
    start: int
    end: int
    sectors: list[str]
    rule: str


@dataclass(slots=True)
class Partnership:
    a: str
    b: str
    kind: PartnershipKind
    evidence: list[Evidence]
    rule: str = ""


@dataclass(slots=True)
class Figure:
    what: str
    value: float
    unit: str
    period: str | None
    evidence: list[Evidence]
    rule: str = ""


@dataclass(slots=True)
class Document:
    """The unit every stage reads and fills in, in pipeline order."""

    doc_id: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_by: str | None = None  # which line or container field gave ``published``
    lang: str | None = None
    lang_score: float | None = None
    removed: list[Removed] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    regions_mentioned: list[str] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)  # stages that ran, in order

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def evidence_for(self, start: int, end: int) -> Evidence:
        """The sentence (or sentences) covering a span, as evidence."""
        first = self.sentence_at(start)
        last = self.sentence_at(max(start, end - 1))
        s = first.start if first else start
        e = last.end if last else end
        return Evidence(s, e, self.text[s:e])
