"""The one options object passed explicitly through the pipeline (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Options:
    """Knobs of one run. Frozen and picklable so workers get an identical copy."""

    # Languages with full support; others are still kept and language-identified.
    languages: tuple[str, ...] = ("en", "vi", "ru", "fr", "de", "es")
    # Inputs larger than this many bytes are rejected with a reason (bounded memory).
    max_bytes: int = 20 * 1024 * 1024
    # Documents whose clean text is longer than this many characters are rejected
    # ("too-long") before analysis, so one odd input cannot stall a batch. News articles
    # run to 2-20 thousand characters, long features and reports to ~100 thousand; the
    # limit is far above them (1-2 s of analysis on one core).
    max_chars: int = 500_000
    # JSONL field names.
    jsonl_text_field: str = "text"
    jsonl_title_field: str = "title"
    jsonl_url_field: str = "url"
    jsonl_date_field: str = "date"
    # Paragraph-level language id only for paragraphs at least this long.
    min_paragraph_chars_for_lang: int = 40
    # Event clustering.
    cluster_threshold: float = 0.6
    # Two reports that only give their publication dates may be this many days apart.
    cluster_date_tolerance_days: int = 2
    # A report may be published this many days after the event date another report states.
    cluster_report_lag_days: int = 7
    # An undated report joins an event only when exactly one event matches at least this well.
    cluster_undated_score: float = 0.7
    extra: dict[str, str] = field(default_factory=dict)
