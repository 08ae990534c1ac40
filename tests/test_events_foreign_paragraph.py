"""Sentences of a paragraph in another language with phrase lists (a French paragraph quoted
in an English page) are read with that language's triggers too; a year told as the start of a
lasting state ("jumelés depuis 2001") in a page without a date is background: nobody named
later is present at it, and "at the same time" does not date another act by it. Our own
invented sentences (names and places made up).
"""

from __future__ import annotations

from diplograph._events import EventStage
from diplograph._models import Paragraph
from tests._event_helpers import build, person, region


def test_a_french_paragraph_in_an_english_page_is_read_with_french_triggers(
    stage: EventStage,
) -> None:
    en = "Cantal keeps close ties with Yunnan."
    fr = "Le département du Cantal et la province du Yunnan sont jumelés depuis 2001."
    text = f"{en}\n{fr}"
    specs = [
        region("Cantal", "FR-15"),
        region("Yunnan", "CN-YN"),
        region("département du Cantal", "FR-15"),
        region("province du Yunnan", "CN-YN"),
        ("depuis 2001", "date", "2001", {"since": True}),
    ]
    doc = build(text, specs, lang="en")
    doc.paragraphs = [Paragraph(0, len(en), "en"), Paragraph(len(en) + 1, len(text), "fr")]
    found = [(e.type, e.date, e.regions) for e in stage(doc).events]
    assert found == [("agreement", "2001", ["CN-YN", "FR-15"])]


def test_nobody_later_is_present_at_a_state_told_by_its_first_year(stage: EventStage) -> None:
    text = (
        "Le Cantal et le Yunnan sont jumelés depuis 2001. "
        "L'assemblée a délégué Anne Morel, accompagnée par Julie Vidal, pour répondre à "
        "l'invitation."
    )
    specs = [
        region("Cantal", "FR-15"),
        region("Yunnan", "CN-YN"),
        ("depuis 2001", "date", "2001", {"since": True}),
        person("Anne Morel", "Anne Morel", role="Vice President", country="FR"),
        person("Julie Vidal", "Julie Vidal", role="Director", country="FR"),
    ]
    doc = stage(build(text, specs, lang="fr"))
    assert [(e.type, [p.name for p in e.participants]) for e in doc.events] == [("agreement", [])]


def test_at_the_same_time_as_a_year_of_the_past_dates_nothing(stage: EventStage) -> None:
    text = (
        "Cantal and Yunnan became sister provinces in 2001. At the same time, a tea fair was "
        "organised."
    )
    specs = [
        region("Cantal", "FR-15"),
        region("Yunnan", "CN-YN"),
        ("in 2001", "date", "2001"),
    ]
    doc = stage(build(text, specs, lang="en"))
    assert [(e.type, e.date) for e in doc.events] == [("agreement", "2001"), ("forum", None)]


def test_a_french_paragraph_tells_its_partnership_with_french_phrases(
    stage: EventStage,
) -> None:
    en = "Cantal keeps close ties with Yunnan."
    fr = "Le département du Cantal et la province du Yunnan sont jumelés depuis 2001."
    text = f"{en}\n{fr}"
    specs = [
        region("Cantal", "FR-15"),
        region("Yunnan", "CN-YN"),
        region("département du Cantal", "FR-15"),
        region("province du Yunnan", "CN-YN"),
        ("depuis 2001", "date", "2001", {"since": True}),
    ]
    doc = build(text, specs, lang="en")
    doc.paragraphs = [Paragraph(0, len(en), "en"), Paragraph(len(en) + 1, len(text), "fr")]
    assert [(p.a, p.b, p.kind) for p in stage(doc).partnerships] == [("CN-YN", "FR-15", "twinning")]


def test_a_state_told_by_its_first_year_leaves_the_lead_to_the_reports_act(
    stage: EventStage,
) -> None:
    text = (
        "Le Cantal et le Yunnan sont jumelés depuis 2001. "
        "La vice-présidente Anne Morel a salué cette amitié. "
        "Une foire du thé a été organisée à Kunming."
    )
    specs = [
        region("Cantal", "FR-15"),
        region("Yunnan", "CN-YN"),
        ("depuis 2001", "date", "2001", {"since": True}),
        person("Anne Morel", "Anne Morel", role="Vice President", country="FR"),
    ]
    doc = stage(build(text, specs, lang="fr"))
    assert [(e.type, [p.name for p in e.participants]) for e in doc.events] == [
        ("agreement", []),
        ("forum", ["Anne Morel"]),
    ]
