"""Happenings an article narrates in its own voice: the outlet's assertions (`Analysis.narrated`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline import analyse
from service.pipeline.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def narrated(nlp: Language, text: str) -> list[str]:
    # Asserted happenings only: what is told in the negative is the outlet's denial
    # (`test_negative_accounts`); an opening that narrates no happening of its own is the
    # article's lead (`test_lead_account`).
    return [
        c.sentence
        for c in analyse.analyse(text, None, nlp).narrated
        if c.stance == "asserts" and not (c.lead and c.statement is None)
    ]


def test_a_past_happening_told_as_fact_is_the_outlets_assertion(nlp: Language) -> None:
    text = "A sailor was rescued by a passing ferry after his boat sank off Port Velo on Monday."
    a = analyse.analyse(text, None, nlp)
    assert [c.sentence for c in a.narrated] == [text]
    (claim,) = a.narrated
    assert claim.claimant == "" and claim.stance == "asserts" and claim.statement is not None
    assert a.statements[claim.statement].predicate_class
    assert not a.claims  # kept apart from the attributed claims


def test_the_present_perfect_narrates(nlp: Language) -> None:
    assert narrated(nlp, "Orbis Devices has bought the Harbor Tablet company for $5 million.")


@pytest.mark.parametrize(
    "text",
    [
        "A sailor was reportedly rescued by a passing ferry.",  # hedged: passed on
        "The town has allegedly been evacuated.",
        "The mayor was said to have resigned.",
        "The group has been accused of burning the depot.",
        "The ferry did not rescue the sailor.",  # negated
        "No-one bought the painting.",
        "Was the sailor rescued by a ferry?",  # a question
        "We took a look at the photo of the boat.",  # the writer's own doing
        "The ferry will rescue the sailor.",  # not yet happened
        "The ferry may have rescued the sailor.",
        "The coastguard said a ferry rescued the sailor.",  # someone's claim, not the outlet's
        '"The ferry rescued him," the sailor\'s wife said.',
        '"The ferry rescued the sailor and took him to port."',  # a quote with nobody named
        "The photo is a hoax.",  # a denial, which the claims hold
    ],
)
def test_what_is_not_narrated_as_fact(nlp: Language, text: str) -> None:
    assert narrated(nlp, text) == []


def test_a_sentence_with_a_claim_is_left_to_the_claim(nlp: Language) -> None:
    text = "A ferry rescued the sailor. The story is a hoax, the coastguard said."
    a = analyse.analyse(text, None, nlp)
    assert [c.sentence for c in a.narrated] == ["A ferry rescued the sailor."]
    assert all(c.sentence != "A ferry rescued the sailor." for c in a.claims)
