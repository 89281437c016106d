"""An article's own negative account on the denying side of the proposition another article asserts."""

from __future__ import annotations

import msgspec

from service.domain import Source, Stance
from service.reconcile.propositions import ScopedClaim, group_propositions, proposition_conflicts
from tests.unit.test_propositions import scoped

HARLOW, FILM = "e-harlow", "e-film"
TRADE = Source(name="Screen Weekly")
STUDIO = Source(name="Lumen Pictures", entity_id="e-lumen")


def own(
    outlet: str, stance: Stance, quote: str, *, article: str, cls: str, participants: tuple[str, ...]
) -> ScopedClaim:
    """An article's own account (`own_voice`): a narration, or in the negative a denial."""
    c = scoped(Source(name=outlet), stance, quote, article=article, cls=cls, participants=participants)
    return msgspec.structs.replace(c, own_voice=True)


def cast() -> ScopedClaim:
    """A studio's claim, in article a1, that the actor will play the role."""
    return scoped(
        STUDIO,
        "asserts",
        "Jon Harlow will play the inventor in the Lumen biopic",
        article="a1",
        cls="perform",
        participants=(HARLOW, FILM),
    )


def not_cast(
    article: str = "a2", quote: str = "Jon Harlow will not play the inventor in the Lumen biopic"
) -> ScopedClaim:
    return own("The Film Desk", "denies", quote, article=article, cls="perform", participants=(HARLOW,))


def test_a_negative_account_in_the_words_of_another_articles_claim_denies_it() -> None:
    asserted, negative = cast(), not_cast()
    (report,) = proposition_conflicts("s1", [asserted, negative], set())
    sides = {s.stance: s for s in report.sides}
    assert {s.name for s in sides["asserts"].sources} == {"Lumen Pictures"}
    assert {s.name for s in sides["denies"].sources} == {"The Film Desk"}
    assert {e.article_id for e in sides["denies"].evidence} == {"a2"}
    # Named by the claim it answers: the negative account joins a proposition, never opens one.
    assert report.key == f"existence:story:s1:{asserted.claim.claim_id}"
    assert report.summary.startswith("Lumen Pictures says “Jon Harlow will play")


def test_a_negative_account_alone_opens_nothing() -> None:
    assert group_propositions([not_cast()]) == []
    assert proposition_conflicts("s1", [not_cast()], set()) == []


def test_a_negative_account_against_a_narration_opens_nothing() -> None:
    told = own(
        "Screen Weekly",
        "asserts",
        "Jon Harlow will play the inventor in the Lumen biopic",
        article="a1",
        cls="perform",
        participants=(HARLOW, FILM),
    )
    assert proposition_conflicts("s1", [told, not_cast()], set()) == []


def test_a_negative_account_never_answers_its_own_article() -> None:
    assert proposition_conflicts("s1", [cast(), not_cast(article="a1")], set()) == []


def test_look_alikes_that_are_no_answer() -> None:
    asserted = cast()
    other_verb = own(
        "The Film Desk",
        "denies",
        "Jon Harlow did not fund the inventor biopic at Lumen",
        article="a2",
        cls="pay",
        participants=(HARLOW,),
    )
    few_words = not_cast(quote="Harlow will not play it")
    other_words = not_cast(quote="Jon Harlow has not visited the studio lot in the valley")
    nobody_in_common = own(
        "The Film Desk",
        "denies",
        "Jon Harlow will not play the inventor in the Lumen biopic",
        article="a2",
        cls="perform",
        participants=("e-someone-else",),
    )
    for negative in (other_verb, few_words, other_words, nobody_in_common):
        assert proposition_conflicts("s1", [asserted, negative], set()) == [], negative.claim.quote


def test_a_negative_assertion_is_not_what_a_negative_account_denies() -> None:
    # Both say he will not play it: they agree.
    denied_by_studio = scoped(
        STUDIO,
        "asserts",
        "Jon Harlow will not play the inventor in the Lumen biopic",
        article="a1",
        cls="perform",
        participants=(HARLOW, FILM),
    )
    assert proposition_conflicts("s1", [denied_by_studio, not_cast()], set()) == []


def test_a_negative_account_answers_only_the_assertions_in_its_words() -> None:
    # One proposition as grouped (same predicate class, the film in common) holds two castings;
    # "Harlow will not play the inventor" contradicts one of them, not the other.
    asserted = cast()
    other_casting = scoped(
        TRADE,
        "asserts",
        "Ellen Cross will play the inventor's wife in the Lumen biopic",
        article="a3",
        cls="perform",
        participants=("e-cross", FILM),
    )
    assert [asserted, other_casting] in group_propositions([asserted, other_casting])
    (report,) = proposition_conflicts("s1", [asserted, other_casting, not_cast()], set())
    asserting = next(s for s in report.sides if s.stance == "asserts")
    assert {e.article_id for e in asserting.evidence} == {"a1"}


def test_a_negative_account_joins_a_report_its_proposition_already_raises() -> None:
    asserted = cast()
    denial = scoped(
        Source(name="Jon Harlow", entity_id=HARLOW),
        "denies",
        "Jon Harlow denied that he will play the inventor in the Lumen biopic",
        article="a3",
        cls="perform",
        participants=(HARLOW, FILM),
    )
    (before,) = proposition_conflicts("s1", [asserted, denial], set())
    (after,) = proposition_conflicts("s1", [asserted, denial, not_cast()], set())
    assert after.key == before.key
    denying = next(s for s in after.sides if s.stance == "denies")
    assert {s.name for s in denying.sources} == {"Jon Harlow", "The Film Desk"}


def never_happened(article: str) -> ScopedClaim:
    """ "The incident never happened.": the outlet's own account, a verb of occurrence."""
    return own(
        "The Film Desk",
        "denies",
        "The incident never happened",
        article=article,
        cls="happen",
        participants=(),
    )


def test_an_account_that_the_incident_never_happened_denies_the_storys_report() -> None:
    # Three outlets tell that the studio fired the actor; a fourth says in its own voice that
    # the incident never happened: it denies the story's report, as "this never happened" does.
    fired = [
        scoped(
            source,
            "asserts",
            "Lumen Pictures fired Jon Harlow from the biopic",
            article=article,
            cls="dismiss",
            participants=(HARLOW, "e-lumen"),
        )
        for source, article in (
            (TRADE, "a1"),
            (Source(name="The Courier"), "a2"),
            (Source(name="Reel News"), "a3"),
        )
    ]
    (report,) = proposition_conflicts("s1", [*fired, never_happened("a4")], set())
    denying = next(s for s in report.sides if s.stance == "denies")
    assert {e.article_id for e in denying.evidence} == {"a4"}


def test_an_account_that_the_incident_never_happened_alone_opens_nothing() -> None:
    assert proposition_conflicts("s1", [never_happened("a4")], set()) == []
