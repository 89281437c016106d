"""Who someone is, told in an article's own voice (`claims.identities`): "The woman is X's wife"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline import analyse
from service.pipeline.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def narrated(nlp: Language, text: str) -> list[str]:
    return [c.sentence for c in analyse.analyse(text, None, nlp).narrated]


@pytest.mark.parametrize(
    "text",
    [
        "The woman is the former wife of Omar Hadid.",
        "The child is Omar Hadid's daughter.",
        "One of the men who tackled the thief was Dan Brody.",
        "The woman is reportedly the wife of Omar Hadid.",
    ],
)
def test_an_identity_told_with_a_copula_is_the_outlets_account(nlp: Language, text: str) -> None:
    a = analyse.analyse(text, None, nlp)
    assert [c.sentence for c in a.narrated] == [text]
    (claim,) = a.narrated
    assert claim.claimant == "" and claim.stance == "asserts"
    assert not a.claims


@pytest.mark.parametrize(
    "text",
    [
        "The company is a leader in solar panels.",  # a class, no named party
        "The victim was a former soldier.",
        "He is Omar Hadid's son.",  # who "he" is, the sentence does not say
        "The woman could be the wife of Omar Hadid.",  # a guess
        "The woman is probably the wife of Omar Hadid.",
        "The woman is not the wife of Omar Hadid.",  # negated
        "Is the woman the wife of Omar Hadid?",  # a question
        '"The woman is the wife of Omar Hadid," the blogger wrote.',  # quoted: a claim
        "The spokesman said the woman is the wife of Omar Hadid.",  # someone's claim
    ],
)
def test_what_is_no_identity_account(nlp: Language, text: str) -> None:
    assert narrated(nlp, text) == []
