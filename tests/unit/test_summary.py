"""Readable summaries: names joined, long sides counted rather than listed."""

from __future__ import annotations

from datetime import date

import pytest

from service.domain import Side, Source
from service.ingest.apply import date_info
from service.reconcile.summary import (
    SUMMARY_SOURCES,
    article_label,
    date_phrase,
    describe_event,
    join_names,
    source_names,
    stances_summary,
)


def _sources(*names: str, resolved: tuple[str, ...] = ()) -> list[Source]:
    return [Source(name=n, entity_id=f"id-{n}" if n in resolved else None) for n in names]


def test_names_are_joined_in_the_order_given() -> None:
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A and B"
    assert join_names(["A", "B", "C"]) == "A, B and C"
    assert join_names([]) == ""


def test_a_short_side_is_listed_whole() -> None:
    sources = _sources("Daily Planet", "Nadia Brook", "The Ledger")
    assert source_names(sources, SUMMARY_SOURCES) == "Daily Planet, Nadia Brook and The Ledger"


def test_a_long_side_names_a_few_and_counts_the_rest() -> None:
    sources = _sources("Daily Planet", "Nadia Brook", "The Ledger", "Harbor Times", "Ken Alder")
    assert source_names(sources, 3) == "Daily Planet, Nadia Brook, The Ledger and 2 others"
    assert source_names(sources[:4], 3) == "Daily Planet, Nadia Brook, The Ledger and 1 other"
    # A limit as long as the side lists every name; by default a summary's limit applies.
    assert source_names(sources, 5) == "Daily Planet, Nadia Brook, The Ledger, Harbor Times and Ken Alder"
    assert source_names(sources) == "Daily Planet, Nadia Brook, The Ledger and 2 others"


def test_names_a_reader_can_look_up_come_first() -> None:
    sources = _sources(
        article_label("A story is going round"),
        "an insider",
        "Nadia Brook",
        article_label("Readers have been asking"),
        "Harbor Times",
        resolved=("Nadia Brook", "Harbor Times"),
    )
    # Resolved entities first, then other names, an outlet named by its opening words last.
    assert source_names(sources, 3) == "Nadia Brook, Harbor Times, an insider and 2 others"


def test_a_summary_counts_the_claimants_of_a_long_side_and_agrees_in_number() -> None:
    sides = [
        Side(
            position="asserts",
            stance="asserts",
            sources=_sources("a source", "an insider", "Daily Planet", "The Ledger"),
            evidence=[],
        ),
        Side(position="denies", stance="denies", sources=_sources("Nadia Brook"), evidence=[]),
    ]
    assert stances_summary("“the mayor resigned”", sides) == (
        "A source, an insider, Daily Planet and 1 other say “the mayor resigned”; Nadia Brook denies it."
    )


def test_a_date_reads_at_its_own_precision() -> None:
    assert date_phrase(date_info("2024-11-07")) == "on 2024-11-07"
    assert date_phrase(date_info("2024-11")) == "in November 2024"
    assert date_phrase(date_info("2009-H1")) == "in the first half of 2009"
    assert date_phrase(date_info("2009-H2")) == "in the second half of 2009"
    assert date_phrase(date_info("2024-Q3")) == f"between {date(2024, 7, 1)} and {date(2024, 9, 30)}"
    assert date_phrase(None) == ""


@pytest.mark.parametrize(
    ("predicate", "predicate_class", "phrase"),
    [
        # The noun news uses for the happening, not the class's name.
        ("resign", "departure", "the resignation involving Ann Lee"),
        ("sack", "departure", "the sacking involving Ann Lee"),
        # A verb whose particle gives the class reads as the class ("stepped down").
        ("step", "departure", "the departure involving Ann Lee"),
        ("call", "communication", "the call involving Ann Lee"),
        ("die", "death", "the death involving Ann Lee"),
        # No noun for the verb, one for its class: "detain" is an arrest.
        ("detain", "arrest", "the arrest involving Ann Lee"),
        # A signing reads as one, not as the treaty signed.
        ("sign", "agreement", "the signing involving Ann Lee"),
        # "married", "tied the knot", "exchanged vows": a wedding
        ("marry", "wedding", "the wedding involving Ann Lee"),
        ("wedding", "wedding", "the wedding involving Ann Lee"),
        # No noun listed: the class, with the verb that tells which kind.
        ("greet", "meeting", "the meeting (greet) involving Ann Lee"),
        # A beginning named by what began ("the truce took effect"), and one named by its verb.
        ("truce", "begin", "the start of the truce involving Ann Lee"),
        ("launch", "begin", "the launch involving Ann Lee"),
        ("begin", "begin", "the start involving Ann Lee"),
    ],
)
def test_an_event_reads_by_its_noun(predicate: str, predicate_class: str, phrase: str) -> None:
    assert describe_event(predicate, predicate_class, ["Ann Lee"], None) == phrase


@pytest.mark.parametrize(
    ("predicate", "predicate_class", "phrase"),
    [
        ("call", "communication", "the call between Ann Lee and Ivo Rask"),
        ("sign", "agreement", "the signing between Ann Lee and Ivo Rask"),
        # an act done to one by the other is no exchange between them
        ("sack", "departure", "the sacking involving Ann Lee and Ivo Rask"),
        ("detain", "arrest", "the arrest involving Ann Lee and Ivo Rask"),
    ],
)
def test_two_parties_read_between_only_for_what_passes_between_them(
    predicate: str, predicate_class: str, phrase: str
) -> None:
    assert describe_event(predicate, predicate_class, ["Ann Lee", "Ivo Rask"], None) == phrase
