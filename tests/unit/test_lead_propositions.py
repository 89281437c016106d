"""Articles that tell the story straight stand on the asserting side of its debunking (`answer_with_leads`)."""

from __future__ import annotations

import msgspec

from service.domain import Source
from service.reconcile.propositions import ScopedClaim, group_propositions, proposition_conflicts
from tests.unit.test_propositions import scoped

HALL = "e-hall"
REPORTS = Source(name="Reports")
GAZETTE = Source(name="The Bay Gazette")


def relayed(article: str = "a1", source: Source = REPORTS) -> ScopedClaim:
    """A debunker's account of the rumour it answers (by default, of what reports say)."""
    return scoped(
        source,
        "asserts",
        "the town hall sold its clock tower to a hotel chain",
        article=article,
        cls="sell",
        participants=(HALL,),
    )


def story_denial(
    article: str = "a1", source: Source = GAZETTE, quote: str = "The story is a hoax"
) -> ScopedClaim:
    """A denial about no statement of its own: the story denied as a whole."""
    return scoped(source, "denies", quote, article=article)


def lead(
    article: str,
    outlet: str,
    quote: str = "The clock tower of Port Velo's town hall has been sold to a hotel chain",
) -> ScopedClaim:
    c = scoped(Source(name=outlet), "asserts", quote, article=article)
    return msgspec.structs.replace(c, own_voice=True, lead=True)


def sides(claims: list[ScopedClaim]) -> dict[str, set[str]]:
    (report,) = proposition_conflicts("s1", claims, set())
    return {s.stance: {e.article_id for e in s.evidence} for s in report.sides}


def test_an_article_telling_the_story_straight_stands_against_its_debunking() -> None:
    claims = [relayed(), story_denial(), lead("a2", "Coast Daily"), lead("a3", "Harbour News")]
    got = sides(claims)
    assert got["asserts"] == {"a1", "a2", "a3"}
    assert got["denies"] == {"a1"}


def test_the_story_denied_by_other_words_in_the_leads_article_is_still_the_story() -> None:
    # The believer's opening shares no word with the debunker's account of the rumour: what the
    # one tells is what the other denies as a whole, whatever words either uses.
    claims = [
        relayed(),
        story_denial(),
        lead("a2", "Coast Daily", "Guests will soon sleep under the bells of Port Velo"),
    ]
    assert sides(claims)["asserts"] == {"a1", "a2"}


def test_an_article_that_denies_anything_keeps_to_its_own_claims() -> None:
    doubter = msgspec.structs.replace(
        scoped(
            Source(name="Coast Daily"),
            "denies",
            "No contract was signed for the tower",
            article="a2",
            cls="sign",
        ),
        own_voice=True,
    )
    claims = [relayed(), story_denial(), lead("a2", "Coast Daily"), doubter]
    assert "a2" not in sides(claims)["asserts"]


def test_no_story_denied_as_a_whole_takes_no_lead() -> None:
    # A denial with a statement of its own ("the mayor denied closing the beach") answers that
    # statement, not the story: an opening account meets nothing.
    closing = scoped(
        GAZETTE,
        "asserts",
        "the mayor closed the beach at Port Velo",
        article="a1",
        cls="close",
        participants=("e-mayor",),
    )
    denied = scoped(
        Source(name="The mayor", entity_id="e-mayor"),
        "denies",
        "the mayor denied closing the beach",
        article="a1",
        cls="close",
        participants=("e-mayor",),
    )
    claims = [closing, denied, lead("a2", "Coast Daily")]
    groups = group_propositions(claims)
    assert all(not c.lead for g in groups for c in g)


def test_leads_alone_open_nothing() -> None:
    claims = [lead("a1", "Coast Daily"), lead("a2", "Harbour News")]
    assert group_propositions(claims) == []
    assert proposition_conflicts("s1", claims, set()) == []


def test_a_story_denial_with_nothing_it_answers_opens_nothing_with_leads() -> None:
    # Nothing in the story says what the denial points at: no proposition holds it, and the
    # opening accounts join none.
    assert proposition_conflicts("s1", [story_denial(), lead("a2", "Coast Daily")], set()) == []


def test_leads_join_the_proposition_most_story_denials_answer() -> None:
    other = scoped(
        Source(name="Wire"),
        "asserts",
        "the ferry service at Port Velo was suspended",
        article="a4",
        cls="suspend",
        participants=("e-ferry",),
    )
    other_denial = story_denial("a4", Source(name="Ferry Line"), "That report is false")
    claims = [
        relayed(),
        story_denial(),
        story_denial("a1", Source(name="Dr Ana Moss"), "It is a fake"),
        other,
        other_denial,
        lead("a2", "Coast Daily"),
    ]
    reports = proposition_conflicts("s1", claims, set())
    with_lead = [r for r in reports if "a2" in r.article_ids]
    assert len(with_lead) == 1
    assert {e.article_id for s in with_lead[0].sides for e in s.evidence} == {"a1", "a2"}


def test_leads_never_open_a_report_the_storys_claims_do_not_raise() -> None:
    # The denial answers an account nobody stands behind ("some say ..."): no dispute is raised
    # by the story's claims, and the openings of other articles do not make one of it.
    rumour = relayed(source=Source(name="some"))
    claims = [rumour, story_denial(), lead("a2", "Coast Daily")]
    assert proposition_conflicts("s1", claims, set()) == []
    assert proposition_conflicts("s1", [rumour, story_denial()], set()) == []
