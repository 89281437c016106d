"""A plan said not to be ("would not resign", "has no intention of resigning") denies the plan:
its claim is about what will or would happen, never that something did not happen.

Sentence-level tests over spaCy's own entities; names are invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline.nlp import load
from tests.unit.test_claims import Read


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Rita Vos said she would not resign.", "resign"),
        ("Rita Vos said she won't resign.", "resign"),
        ("Rita Vos said she was not going to resign.", "resign"),  # not a denial of going
        ("Rita Vos said she does not intend to resign.", "resign"),
        ("Rita Vos said she had no intention of resigning.", "resign"),
        ("The spokesman said the mayor has no plans to visit the factory.", "visit"),
    ],
)
def test_a_plan_said_not_to_be_denies_the_plan(nlp: Language, text: str, predicate: str) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert claim.stance == "denies"
    plan = r.proposition(claim)
    assert plan.predicate == predicate
    assert plan.planned and not plan.actual  # a plan: it meets the claims of plans, not of happenings


@pytest.mark.parametrize(
    ("text", "stance", "actual"),
    [
        # a happening denied stays one
        ("Rita Vos said she did not resign.", "denies", True),
        # a plan of no known kind of event says nothing to meet
        ("The minister said the country will not cede any territory.", "asserts", False),
        ("Rita Vos said she would not be able to attend.", "asserts", None),
        # a refusal to comment is one
        ("Rita Vos said she would not comment.", "declines_to_comment", None),
        # a plan told, not denied
        ("Rita Vos said she would resign next week.", "asserts", False),
        # a plan not ruled out, or held back for now only
        ("Rita Vos said she has no immediate plans to resign.", "asserts", None),
        ("Rita Vos said she had no specific plans to resign at this time.", "asserts", None),
        ("Rita Vos said she would not resign for now.", "asserts", None),
        ("Rita Vos said she does not intend to resign yet.", "asserts", None),
        # a plan put off: when it will be, not that it will not
        ("The minister said the talks would not begin until January.", "asserts", None),
    ],
)
def test_look_alikes_of_a_denied_plan(nlp: Language, text: str, stance: str, actual: bool | None) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert claim.stance == stance
    if actual is not None:
        assert r.proposition(claim).actual is actual


def test_a_generic_plural_is_no_plan(nlp: Language) -> None:
    # "any talks" is no one happening (not `actual`), but nor is it a plan: the denial meets the
    # talks reported as held.
    r = Read(nlp, "The agent of Emil Dost denied that any talks had taken place with Real Carvona.")
    claim = r.only()
    assert claim.stance == "denies"
    assert not r.proposition(claim).planned


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Bank said on Tuesday it had no plans to close any branches.",
        "Kestrel Bank said it does not intend to close any branches.",
        "Kestrel Bank said it had no intention of closing any branches.",
        "The minister said the country will not cede any territory.",
    ],
)
def test_a_plan_of_no_known_kind_said_not_to_be_is_a_contrary_assertion_of_the_plan(
    nlp: Language, text: str
) -> None:
    # Told as a fact (as the claims' gold sets read it), about the plan itself: in a story it
    # answers another article's claim of the same plan ("will close 40 branches").
    r = Read(nlp, text)
    claim = r.only()
    assert (claim.stance, claim.contrary) == ("asserts", True)
    plan = r.proposition(claim)
    assert plan.planned and plan.predicate in ("close", "cede")


@pytest.mark.parametrize(
    "text",
    [
        "Rita Vos said she has no immediate plans to close the plant.",
        "Rita Vos said she does not intend to close the plant yet.",
        "Kestrel Bank plans to close 40 branches, Ada Lorne said.",
        # "would not" in a past account: a refusal told, no plan denied
        "The teen said that her parents would not allow her to transition.",
    ],
)
def test_a_plan_held_back_or_told_is_no_contrary_assertion(nlp: Language, text: str) -> None:
    assert not Read(nlp, text).only().contrary  # one claim read, and not a contrary one


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # an asserted plan is about the act planned, as the plan said not to be is
        (
            "Rita Vos is preparing to step down as chief executive, two people familiar with it said.",
            "asserts",
        ),
        ("Rita Vos plans to resign next month, her aides said.", "asserts"),
        # an act at hand is planned too
        ("Rita Vos is about to resign as chief executive, two people familiar with it said.", "asserts"),
        ("The bank denied that Rita Vos is due to resign.", "denies"),
        ("Rita Vos is preparing to announce her resignation on Friday, two aides said.", "asserts"),
        # the present progressive of a departure announces it
        ("The chairman said there is no truth to the suggestion that Rita Vos is stepping down.", "denies"),
        ("The chairman said Rita Vos is not stepping down.", "denies"),
    ],
)
def test_a_plan_told_or_denied_is_about_the_act_planned(nlp: Language, text: str, stance: str) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert claim.stance == stance
    plan = r.proposition(claim)
    assert plan.predicate_class == "departure"
    assert plan.planned and not plan.actual


def test_a_departure_under_way_in_the_past_is_no_plan(nlp: Language) -> None:
    r = Read(nlp, "The chairman said Rita Vos stepped down on Monday.")
    assert not r.proposition(r.only()).planned


@pytest.mark.parametrize(
    "text",
    [
        "Rita Vos will announce her resignation on Friday.",
        "Rita Vos is preparing to announce her resignation on Friday.",
        "The ministry may confirm the figures next week.",
        "Rita Vos might confirm that she has resigned.",
    ],
)
def test_speech_still_to_come_claims_nothing(nlp: Language, text: str) -> None:
    assert Read(nlp, text).claims == []


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Rita Vos would later say that the vote had been rigged.", "Rita Vos"),
        (
            "Pop star Rita Vos has secretly married her boyfriend Tom Hale in a ceremony at a vineyard, "
            "the Daily Sparkler can reveal.",
            "Daily Sparkler",
        ),
    ],
)
def test_speech_told_as_made_is_a_claim(nlp: Language, text: str, claimant: str) -> None:
    claim = Read(nlp, text).only()
    assert claim.stance == "asserts" and claimant in claim.claimant
