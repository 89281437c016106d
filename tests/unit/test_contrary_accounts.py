"""A deed said not to have been done ("the union had not called off the strike"): the claim stays
an assertion, marked `contrary`, so that in its story it answers another article's assertion of
the same deed (`reconcile.propositions.answer_with_contrary_accounts`).

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
        ("Railco said on Saturday that the union had not called off Monday's strike.", "call"),
        ("Orbis said the union had not accepted the pay offer.", "accept"),
        # verbs annotators never marked, and aspectual ones
        ("Skyline Airways said its flight was not diverted and landed at Oskar airport.", "divert"),
        ("The promoter said the band had not cancelled the concert.", "cancel"),
        ("The club said its coach did not receive the payment.", "payment"),  # the payment made
        # a verb annotators mark as reporting, told of an envoy rather than a memory
        ("The ministry said its ambassador to Kazakhstan had not been recalled.", "recall"),
    ],
)
def test_a_deed_said_not_done_is_a_contrary_assertion(nlp: Language, text: str, predicate: str) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert (claim.stance, claim.contrary) == ("asserts", True)
    assert r.proposition(claim).predicate == predicate


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the army did not shell the village.",
        "Norvex said it never signed the contract with the city.",
        # talks a party is said not to be in: none are held
        "Brenner Steel said on Tuesday that it was not in talks to buy Kolm Metals.",
    ],
)
def test_a_known_kind_of_event_said_not_done_is_denied_outright(nlp: Language, text: str) -> None:
    claim = Read(nlp, text).only()
    assert (claim.stance, claim.contrary) == ("denies", False)


@pytest.mark.parametrize(
    "text",
    [
        # speech, and states of mind, tell no deed
        "The unions said they had not been told of any cuts.",
        "Rita Vos said she did not know the lobbyist.",
        "Rita Vos said she did not recall that the plant had closed.",
        # an expectation not met yet, a state since a time, a habit
        "Police said the victims have not been identified yet.",
        "Rita Vos said she had not visited the plant since July.",
        "Brenner Steel said it had not been in talks with Kolm Metals since May.",
        "Brenner Steel said it was not in a position to comment.",
        "The union said its members do not sign such contracts.",
        # a plan, and what could not be
        "Norvex said it will not sign the contract.",
        "Rita Vos said she could not attend the dinner.",
        # a state now, not a deed done
        "The staff said they are not allowed to eat at their desks.",
        "The cleric said it is not permitted to make a statue out of snow.",
        "His agent said Woods is not serving a suspension.",
        "He said the bombs were not causing mass casualties.",
        # a role in an activity
        "The firm said it was not involved in the search.",
        # said as done
        "Railco said the union had called off the strike.",
    ],
)
def test_what_is_no_deed_said_not_done_is_no_contrary_assertion(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert not r.only().contrary  # one claim read, and not a contrary one


@pytest.mark.parametrize(
    ("text", "predicate", "cls"),
    [
        # a state held now that a deed would have ended (`lexicon.STANDING_STATES`)
        ("Schools in Kelby are open as normal, the education office said on Monday.", "close", "close"),
        ("Fenwick Stores said all of its shops remain open.", "close", "close"),
        ("The owner said on Monday that the vessel is still afloat.", "sink", "sink"),
        ("Rental e-scooters remain legal in Orlen, a council spokesman said on Tuesday.", "ban", "ban"),
        # a state negated: no wedding
        (
            "A spokesman for Tom Vale said that Vale and the dancer Ruby Lane are not married.",
            "marry",
            "wedding",
        ),
        # where a person remains (`lexicon.STANDING_PLACES`)
        (
            "Health minister Ada Perl remains in her post, her ministry said on Monday.",
            "resign",
            "departure",
        ),
        ("His lawyer said Colt is still in custody.", "release", "freeing"),
        ("The museum is still standing, the fire service said.", "destroy", "destroy"),
        ("The band's manager said The Greys are still together.", "split", "split"),
        # an event said to go ahead was not called off, set or done
        ("The concert will go ahead as planned, the promoter said.", "cancel", "cancel"),
        ("The final went ahead on Saturday, the league said.", "cancel", "cancel"),
        # a happening said to go on now has not ended
        ("The strike at the port of Harwick is continuing, the port authority said on Monday.", "end", "end"),
        ("The talks go on, a diplomat said.", "end", "end"),
        # a happening judged a success did not fail; one kept to its schedule was not delayed
        (
            "The ministry said that Saturday's test of the Talon missile had been a complete success.",
            "fail",
            "fail",
        ),
        ("The phone will go on sale in September as planned, its maker said.", "delay", "delay"),
        ("The flight landed on time, the airline said.", "delay", "delay"),
    ],
)
def test_a_state_held_now_is_a_contrary_assertion_of_the_deed_that_would_end_it(
    nlp: Language, text: str, predicate: str, cls: str
) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert (claim.stance, claim.contrary) == ("asserts", True)
    statement = r.proposition(claim)
    assert (statement.predicate, statement.predicate_class, statement.polarity) == (predicate, cls, False)


@pytest.mark.parametrize(
    "text",
    [
        # a change, not a state held: the shops may have closed and reopened
        "The company said the shops are open again.",
        # open to something, and a person's openness
        "The minister said he is open to talks.",
        "The minister said she is open about her illness.",
        # hedged, on a condition, or meant to be
        "The concert could go ahead if the weather improves, the promoter said.",
        "The shops will remain open if the strike ends, the company said.",
        "The company said it plans to remain open.",
        # a person standing, and standing by something
        "The mayor is still standing by his decision, his office said.",
        # told of the past: what held then says nothing of a deed since
        "The company said the shops were open on Sunday.",
        # what goes on after the verb, and a happening that went on in the past
        "The agency said prices continued to rise.",
        "A diplomat said the talks went on for hours.",
        # a success that judges no happening
        "The studio said the film was a success.",
        # a state said of a person that only things hold, and the reverse
        "The club said the striker remains legal.",
        "The council said the park remains in office.",
    ],
)
def test_what_is_no_state_held_now_is_no_contrary_assertion(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert not r.only().contrary


@pytest.mark.parametrize(
    ("text", "quote", "stance", "contrary", "cls"),
    [
        # a known kind of event said not to have happened: a denial of its own
        (
            "A lawyer for the rapper Dex Colt said on Thursday that his client is at home with his family"
            " and was never taken into custody.",
            "was never taken into custody",
            "denies",
            False,
            "arrest",  # "taken into custody"
        ),
        (
            "Iva Stan is still being held in a prison near Korvan and has not been released, her lawyer said.",
            "has not been released",
            "denies",
            False,
            "freeing",  # the subject it shares with the clause before it is a person
        ),
        # nobody did it: a denial, quoted with the clause before it when too short to read alone
        (
            "All of the zoo's tigers are in their enclosure and none escaped, the director said on Monday.",
            "All of the zoo's tigers are in their enclosure and none escaped",
            "denies",
            False,
            "escape",
        ),
        # a deed of no known kind: a contrary account
        (
            "Skyline Airways said its flight landed at Oskar airport and was not diverted.",
            "was not diverted",
            "asserts",
            True,
            "divert",
        ),
    ],
)
def test_a_conjoined_clause_telling_what_did_not_happen_is_a_claim_of_its_own(
    nlp: Language, text: str, quote: str, stance: str, contrary: bool, cls: str
) -> None:
    r = Read(nlp, text)
    first, second = r.claims
    assert (first.stance, first.contrary) == ("asserts", False)
    assert (second.stance, second.contrary, second.quote) == (stance, contrary, quote)
    assert r.proposition(second).predicate_class == cls


def test_conjoined_deeds_said_done_are_one_claim(nlp: Language) -> None:
    claim = Read(nlp, "The company said it had cut costs and raised prices.").only()
    assert not claim.contrary


def test_a_coach_said_to_remain_in_charge_is_a_contrary_assertion_of_his_departure(nlp: Language) -> None:
    r = Read(nlp, "Ferro City said on Monday that Hal Brent remains in charge of the team.")
    claim = r.only()
    assert (claim.stance, claim.contrary) == ("asserts", True)
    assert r.proposition(claim).predicate_class == "departure"  # as "was sacked", "resigned"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Gramont said on Tuesday that no decision had been taken on the future of its Lyle plant and that"
            " it had no plans to close the site.",
            [
                ("denies", False, "that no decision had been taken on the future of its Lyle plant"),
                ("asserts", True, "that it had no plans to close the site"),
            ],
        ),
        (
            "The ministry said that the army had entered the town, and that no civilians were hurt.",
            [
                ("asserts", False, "that the army had entered the town"),
                ("denies", False, "that no civilians were hurt"),
            ],
        ),
    ],
)
def test_each_clause_with_its_own_that_is_reported_in_its_own_right(
    nlp: Language, text: str, claims: list[tuple[str, bool, str]]
) -> None:
    assert [(c.stance, c.contrary, c.quote) for c in Read(nlp, text).claims] == claims
