"""Accounts of the asserting side tried as narrations and not kept (README, "How conflicts are
found": hedged relays, copular identities, dated happenings). Each reading's own sentences are
strict expected failures: they fail loudly if the reading is ever built. Beside them, the
look-alikes any such reading must leave out, which pass today and must go on passing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.domain import EventClaim, Source
from service.pipeline import analyse
from service.pipeline.nlp import load
from service.reconcile.propositions import ScopedClaim, proposition_conflicts

NOT_KEPT = pytest.mark.xfail(
    strict=True, reason="tried and not kept: no disputed story more on either corpus"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def narrated(nlp: Language, text: str) -> list[str]:
    """The sentences the article tells as happened in its own voice (its negative accounts,
    which `narrated` holds too, are its denials; an opening that narrates no happening of its
    own is the article's lead, `test_lead_account`)."""
    return [
        c.sentence
        for c in analyse.analyse(text, None, nlp).narrated
        if c.stance == "asserts" and not (c.lead and c.statement is None)
    ]


@NOT_KEPT
@pytest.mark.parametrize(
    "text",
    [
        # A hedged relay on the main clause: the outlet passes the account on.
        "A sailor was reportedly rescued by a passing ferry.",
        "Reportedly, the singer bought a castle near Dunmore.",
        "The singer is said to have bought a castle near Dunmore last week.",
        "The striker was reported to have signed for Eastvale Rovers.",
        # Who someone is, told with a copula.
        "The woman is the former wife of Omar Hadid.",
        "The child is Omar Hadid's daughter.",
        "One of the men who tackled the thief was Dan Brody.",
        # A past happening with a date of its own.
        "The singer was found dead on Monday in his home near Port Velo.",
        "The ferry sank off Port Velo on Monday.",
    ],
)
def test_an_account_the_narration_rules_leave_out(nlp: Language, text: str) -> None:
    assert narrated(nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # Background: the hedge is in a clause that is not the account.
        "The firm, which reportedly employs 500 people, opened a depot in Carrow.",
        # A condition, a guess, a seeming, an accusation, a state.
        "If confirmed, the singer has reportedly bought a castle.",
        "The singer appears to have bought a castle.",
        "The group has allegedly been accused of burning the depot.",
        "The singer is believed to be hiding near Dunmore.",
        "The singer was reportedly not at the party.",
        "The publicist said the singer has reportedly bought a castle.",
        # A class or a description, no named party; a pronoun; a guess; a negation.
        "The company is a maker of solar panels.",
        "The victim was a former soldier.",
        "He is Omar Hadid's son.",
        "The woman could be the wife of Omar Hadid.",
        "The woman is not the wife of Omar Hadid.",
        # A dated happening to come, or not told as fact.
        "The singer will be honoured on Monday.",
        "The festival opens on Friday.",
        "The ferry did not sink on Monday.",
        "The ferry may have sunk on Monday.",
    ],
)
def test_look_alikes_no_such_reading_may_take(nlp: Language, text: str) -> None:
    assert narrated(nlp, text) == []


@NOT_KEPT
def test_a_relayed_account_meets_a_denial_of_what_it_relays(nlp: Language) -> None:
    # One outlet: "Four delivery drones have reportedly been flown over the harbor stadium."
    # Another: "Rumours that its drones are circling the stadium are not true," the maker said.
    (relayed,) = analyse.analyse(
        "Four delivery drones have reportedly been flown over the Orbis harbor stadium.", None, nlp
    ).narrated
    told = ScopedClaim(
        claim=EventClaim(
            claim_id="n1",
            article_id="a2",
            claimant=Source(name="The Courier"),
            stance="asserts",
            quote=relayed.quote,
            sentence=relayed.sentence,
        ),
        event_id=None,
        predicate_class="fly",
        participants=[],
        seq=2,
        own_voice=True,
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
    (report,) = proposition_conflicts("s1", [denial, told], set())
    assert [s.name for s in next(s for s in report.sides if s.stance == "asserts").sources] == ["The Courier"]
