"""Hedged accounts an article relays in its own voice (`claims.relayed`): "X has reportedly ..."."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.domain import EventClaim, Source
from service.pipeline import analyse
from service.pipeline.nlp import load
from service.reconcile.propositions import ScopedClaim, proposition_conflicts


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def narrated(nlp: Language, text: str) -> list[str]:
    return [c.sentence for c in analyse.analyse(text, None, nlp).narrated]


@pytest.mark.parametrize(
    "text",
    [
        "A sailor was reportedly rescued by a passing ferry.",
        "The town has allegedly been evacuated.",
        "Reportedly, the singer bought a castle near Dunmore.",
        "The mayor was said to have resigned.",
        "The singer is said to have bought a castle near Dunmore last week.",
        "The striker was reported to have signed for Eastvale Rovers.",
        "The mayor was allegedly caught taking a bribe.",
    ],
)
def test_a_hedged_account_on_the_main_clause_is_the_outlets_relay(nlp: Language, text: str) -> None:
    a = analyse.analyse(text, None, nlp)
    assert [c.sentence for c in a.narrated] == [text]
    (claim,) = a.narrated
    assert claim.claimant == "" and claim.stance == "asserts" and claim.statement is not None
    assert not a.claims  # no frame: nobody named for it


def test_the_relay_quotes_its_whole_main_clause(nlp: Language) -> None:
    (claim,) = analyse.analyse("The singer is said to have bought a castle near Dunmore.", None, nlp).narrated
    assert "singer" in claim.quote and "castle" in claim.quote


@pytest.mark.parametrize(
    "text",
    [
        # Background: the hedge is in a clause that is not the account.
        "The firm, which reportedly employs 500 people, opened a depot in Carrow.",
        # A condition, a guess, a seeming, an accusation: no account passed on.
        "If confirmed, the singer has reportedly bought a castle.",
        "The singer has probably bought a castle.",
        "The singer appears to have bought a castle.",
        "The singer may have reportedly bought a castle.",
        "The group has allegedly been accused of burning the depot.",
        # A state or a guess about now, not a past happening.
        "The singer is believed to be hiding near Dunmore.",
        "The singer is said to be furious.",
        # Negated, questioned or quoted.
        "The singer was reportedly not at the party.",
        "The singer is said to have never bought a castle.",
        "Has the singer reportedly bought a castle?",
        '"The singer has reportedly bought a castle," the blogger wrote.',
        # Someone's claim, left to the claim.
        "The agent said the singer has reportedly bought a castle.",
        # The writer's own doing.
        "We reportedly bought a castle.",
    ],
)
def test_what_is_no_relayed_account(nlp: Language, text: str) -> None:
    assert narrated(nlp, text) == []


def test_a_sentence_narrated_already_is_not_relayed_twice(nlp: Language) -> None:
    text = "A ferry rescued the sailor. The sailor was reportedly taken to Port Velo."
    found = narrated(nlp, text)
    assert found == ["A ferry rescued the sailor.", "The sailor was reportedly taken to Port Velo."]


def test_a_relayed_account_meets_a_denial_of_what_it_relays(nlp: Language) -> None:
    # One outlet: "Four delivery drones have reportedly been flown over the harbor stadium."
    # Another: "Rumours that its drones are circling the stadium are not true," the maker said.
    # The relaying outlet stands on the asserting side; a relay in other words opens nothing.
    relayed = analyse.analyse(
        "Four delivery drones have reportedly been flown over the Orbis harbor stadium.", None, nlp
    ).narrated
    other = analyse.analyse("The Orbis cafeteria has reportedly been opened in Veloria.", None, nlp).narrated
    assert len(relayed) == len(other) == 1

    def own_voice(quote: str, article: str) -> ScopedClaim:
        claim = EventClaim(
            claim_id=f"n-{article}",
            article_id=article,
            claimant=Source(name="The Courier"),
            stance="asserts",
            quote=quote,
            sentence=quote,
        )
        return ScopedClaim(
            claim=claim, event_id=None, predicate_class="fly", participants=[], seq=2, own_voice=True
        )

    denial = ScopedClaim(
        claim=EventClaim(
            claim_id="d1",
            article_id="a1",
            claimant=Source(name="Orbis Devices", entity_id="e-orbis"),
            stance="denies",
            quote="rumours that its delivery drones are circling the Orbis harbor stadium are not true",
            sentence="Rumours that its delivery drones are circling the Orbis harbor stadium are not true.",
        ),
        event_id=None,
        predicate_class="circle",
        participants=["e-orbis"],
        seq=1,
    )
    (report,) = proposition_conflicts("s1", [denial, own_voice(relayed[0].quote, "a2")], set())
    asserting = next(s for s in report.sides if s.stance == "asserts")
    assert [s.name for s in asserting.sources] == ["The Courier"]
    assert proposition_conflicts("s1", [denial, own_voice(other[0].quote, "a3")], set()) == []
