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
        ("Skyline Airways said its flight was not diverted and landed on schedule.", "divert"),
        ("The promoter said the band had not cancelled the concert.", "cancel"),
        # a copula holding talks: none were held
        ("Brenner Steel said on Tuesday that it was not in talks to buy Kolm Metals.", "be"),
        ("The club said its coach did not receive the payment.", "receive"),
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
