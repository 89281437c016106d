"""An article's own negative accounts: what it says did not happen, kept as the outlet's denial."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline import analyse
from service.pipeline import lexicon as lx
from service.pipeline.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def denied(nlp: Language, text: str) -> list[str]:
    return [c.sentence for c in analyse.analyse(text, None, nlp).narrated if c.stance == "denies"]


@pytest.mark.parametrize(
    "text",
    [
        "No pieces of the rock have been found near the crater.",
        "Jon Harlow will not play the inventor in the film.",
        "Ellen Cross won't star in the sequel.",
        "The lunches were never served in a school cafeteria.",
        "Mayor Tessa Brandt did not resign on Monday.",
        "The chemical plant in Dunmore was not evacuated.",
        "Nothing was stolen from the museum on Friday.",
        "The incident never happened.",
    ],
)
def test_a_happening_told_in_the_negative_is_the_outlets_denial(nlp: Language, text: str) -> None:
    (claim,) = [c for c in analyse.analyse(text, None, nlp).narrated if c.stance == "denies"]
    assert claim.sentence == text
    assert claim.claimant == ""  # the outlet, named at ingest
    assert claim.statement is not None


@pytest.mark.parametrize(
    "text",
    [
        # the negation is not on the main verb
        "The photo was taken in 2012, not last week.",
        "Not only did the firm close the plant, it sold the land.",
        "The man who did not attend the rally was arrested.",
        # background: a state since a time, speaking and answering, a reporter's gap
        "Harlow has not spoken to reporters since the crash.",
        "Police did not say how many people were arrested.",
        "It was not immediately clear who fired the shots.",
        "Acme Corp did not respond to requests for comment.",
        "Police have not identified the victim.",
        "The photo has not been verified.",
        "It didn't take long before the clip spread.",
        # states of mind, emphasis, an expectation not met yet
        "Harlow never wanted to marry her.",
        "The actor didn't even need to audition for the role.",
        "The council has not met yet.",
        # what could be, a present state, a question, someone's words
        "The company could not find the files.",
        "The reunion tour will never happen.",
        "The bridge does not carry trucks.",
        "Visitors are not allowed on the bridge.",
        "The firm wasted no time closing the plant.",
        "Did the mayor not resign?",
        '"We did not close the plant," Tessa Brandt said.',
        # a manner the negation moves onto: the shipment was handled, only not properly
        "The shipment was not handled properly by the port.",
        # hedged, or the writer's own doing
        "The plant was reportedly not evacuated.",
        "We did not find the files.",
        # an affirmed happening
        "The chemical plant in Dunmore was evacuated on Monday.",
    ],
)
def test_what_is_no_negative_account(nlp: Language, text: str) -> None:
    assert denied(nlp, text) == []


def test_negative_accounts_and_narrations_are_kept_in_text_order(nlp: Language) -> None:
    text = "A ferry rescued the sailor. The yacht was never found. The crew flew home."
    a = analyse.analyse(text, None, nlp)
    assert [(c.stance, c.sentence) for c in a.narrated if c.sentence != "The crew flew home."] == [
        ("asserts", "A ferry rescued the sailor."),
        ("denies", "The yacht was never found."),
    ]
    assert [c.start for c in a.narrated] == sorted(c.start for c in a.narrated)


def test_background_word_lists_are_lower_case_words() -> None:
    for found in (lx.NEGATED_BACKGROUND_WORDS, lx.NEGATED_BACKGROUND_VERBS, lx.NOT_MANNER_LY_ADVERBS):
        assert found
        assert all(w == w.lower() and w.isalpha() for w in found)
    assert {"since", "yet", "even"} <= lx.NEGATED_BACKGROUND_WORDS
    assert {"respond", "know", "identify"} <= lx.NEGATED_BACKGROUND_VERBS
