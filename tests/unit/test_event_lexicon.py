"""The TimeML event lexicon: event nouns, states and reporting verbs from annotated corpora."""

from __future__ import annotations

from service.pipeline import event_lexicon as ev


def test_nouns_annotators_mostly_mark_as_events_are_event_nouns() -> None:
    for noun in ("explosion", "blast", "acquisition", "resignation", "election", "protest", "ruling"):
        assert ev.is_event_noun(noun), noun
    for noun in ("year", "company", "percent", "official", "country"):
        assert not ev.is_event_noun(noun), noun


def test_states_and_reporting_verbs() -> None:
    assert ev.is_state("believe") and ev.is_state("want")
    assert not ev.is_state("launch")
    assert ev.is_reporting("say") and ev.is_reporting("announce")
    assert ev.timeml_class("kill", "VERB") == "OCCURRENCE"
    assert ev.timeml_class("zzzz", "VERB") is None


def test_the_table_is_counts_only() -> None:
    rows = [r for r in ev.TABLE.read_text().splitlines() if r and not r.startswith("#")]
    assert all(len(r.split("\t")) == 5 for r in rows)
    assert all(0 < e.events <= e.total for e in ev.table().values())
