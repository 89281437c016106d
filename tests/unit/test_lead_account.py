"""An article's opening sentence told straight: its own account of the story (`Claim.lead`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline import analyse
from service.pipeline.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def lead(nlp: Language, text: str) -> str | None:
    leads = [c for c in analyse.analyse(text, None, nlp).narrated if c.lead]
    assert len(leads) <= 1
    return leads[0].sentence if leads else None


def test_an_opening_told_as_news_is_the_outlets_account_of_the_story(nlp: Language) -> None:
    text = (
        "A fisherman in Velmora landed a two-metre eel with a hand line on Sunday morning. "
        "The eel is now in the town aquarium."
    )
    a = analyse.analyse(text, None, nlp)
    (claim,) = [c for c in a.narrated if c.lead]
    assert (
        claim.sentence.startswith("A fisherman in Velmora")
        and claim.claimant == ""
        and claim.stance == "asserts"
    )
    assert not any(c.lead for c in a.claims)  # kept apart from the attributed claims


def test_a_dateline_is_no_opening(nlp: Language) -> None:
    text = (
        "PORT VELO, Arcadia -\n\nTom Reddick, the former sailor, had his home mistakenly raided by "
        "members of a street gang this morning. Nobody was hurt."
    )
    assert lead(nlp, text) == (
        "Tom Reddick, the former sailor, had his home mistakenly raided by members of a street gang this morning."
    )


def test_a_present_development_opens_as_an_account(nlp: Language) -> None:
    assert lead(nlp, "Orbis Devices is splitting itself into two companies, one focused on printers.")


def test_what_could_happen_told_as_news_opens_as_an_account(nlp: Language) -> None:
    assert lead(nlp, "The old ferry in Port Velo could be withdrawn from service after a row over its fares.")


def test_what_is_to_come_told_as_fact_opens_as_an_account(nlp: Language) -> None:
    # "X will play Y" is how a casting rumour is told: the outlet's account, not a narration.
    assert lead(nlp, "Jon Harlow will play the inventor in the new biopic from Lumen Pictures.")


def test_a_narrated_opening_is_one_claim_marked_as_the_lead(nlp: Language) -> None:
    text = "A sailor was rescued by a passing ferry after his boat sank off Port Velo on Monday."
    a = analyse.analyse(text, None, nlp)
    (claim,) = a.narrated
    assert claim.lead and claim.statement is not None  # still a narration, now also the lead


@pytest.mark.parametrize(
    "text",
    [
        "Did the town hall in Port Velo really sell its clock tower last week? Nobody knows.",
        "A sailor was reportedly rescued by a passing ferry off Port Velo on Monday.",  # hedged
        "The sailor was allegedly rescued by a passing ferry off Port Velo.",
        "The ferry did not rescue the sailor off Port Velo on Monday night.",  # negated
        "A ferry rescued the sailor off Port Velo on Monday, according to the coastguard.",  # a source
        "A ferry rescued the sailor off Port Velo on Monday, the coastguard said.",
        "Reports claim that the singer died in a car crash near Port Velo on Monday.",  # a relay
        "A viral story about the town hall clock tower of Port Velo being sold is a hoax.",  # a debunking
        "The photo of the clock tower sale in the Port Velo paper is fake.",
        "Rumours are circulating that the mayor of Port Velo will resign next week.",
        '"The ferry rescued him and took him back to port on Monday," his wife told us.',  # quoted
        "Port Velo, Arcadia.",  # too short to tell anything
        "By Anna Reddick and Tom Brandt, staff writers of the Port Velo Courier",  # a byline
        "The ferry may have rescued the sailor off Port Velo on Monday night.",  # a guess
        "We took a look at the plans for the clock tower of Port Velo's town hall.",  # the writer's doing
    ],
)
def test_what_is_no_straight_account(nlp: Language, text: str) -> None:
    assert lead(nlp, text) is None


def test_an_opening_with_no_sentence_break_is_no_account(nlp: Language) -> None:
    run_on = "The ferry was seen near the harbour wall and " * 12 + "the fishermen left."
    assert lead(nlp, run_on) is None
    assert lead(nlp, "The ferry was seen near the harbour wall and the fishermen left.")


def test_only_the_opening_sentence_is_read(nlp: Language) -> None:
    text = (
        "Experts have doubts about the sale of the town hall clock tower. "
        "The clock tower of Port Velo's town hall was sold to a hotel chain."
    )
    assert lead(nlp, text) is None
