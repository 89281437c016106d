"""Claims of one story grouped by proposition, and the existence reports over them."""

from __future__ import annotations

import itertools

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.domain import EventClaim, Evidence, Side, Source, Stance
from service.reconcile.propositions import (
    KEY_PREFIX,
    ScopedClaim,
    answer_with_contrary_accounts,
    counted_figures,
    group_propositions,
    named_content,
    names_nobody,
    proposition_conflicts,
    proposition_summary,
    report_owner,
)
from service.reconcile.propositions.grouping import _told_beyond

TIMES = Source(name="The Daily Ledger")
COURIER = Source(name="The Courier")
MAKER = Source(name="Orbis Devices", entity_id="e-orbis")
ANALYST = Source(name="Jane Harlow", entity_id="e-harlow")
ORBIS, TABLET, HARBOR = "e-orbis", "e-tablet", "e-harbor"

_seq = itertools.count()


def scoped(
    source: Source,
    stance: Stance,
    quote: str,
    *,
    article: str,
    cls: str | None = None,
    participants: tuple[str, ...] = (),
    event: str | None = None,
) -> ScopedClaim:
    n = next(_seq)
    return ScopedClaim(
        claim=EventClaim(
            claim_id=f"c{n:03d}",
            article_id=article,
            claimant=source,
            stance=stance,
            quote=quote,
            sentence=quote + ".",
        ),
        event_id=event,
        predicate_class=cls,
        participants=list(participants),
        seq=n,
    )


def sentence_denial(source: Source, quote: str, sentence: str, *, article: str, claim_id: str) -> ScopedClaim:
    """A denial about no statement of its own whose sentence says more than its quote."""
    return ScopedClaim(
        claim=EventClaim(
            claim_id=claim_id,
            article_id=article,
            claimant=source,
            stance="denies",
            quote=quote,
            sentence=sentence,
        ),
        event_id=None,
        predicate_class=None,
        participants=[],
        seq=next(_seq),
    )


def claim_in(
    source: Source,
    stance: Stance,
    quote: str,
    sentence: str,
    cls: str,
    *,
    article: str = "a1",
    participants: tuple[str, ...] = (ORBIS, HARBOR),
) -> ScopedClaim:
    """A claim of its statement's class whose sentence says more than its quote."""
    made = scoped(source, stance, quote, article=article, cls=cls, participants=participants)
    return msgspec.structs.replace(made, claim=msgspec.structs.replace(made.claim, sentence=sentence))


def test_an_undated_report_and_a_denial_of_the_report_meet_in_the_story() -> None:
    told = scoped(
        TIMES,
        "asserts",
        "Orbis will stop selling the tablet",
        article="a1",
        cls="stop",
        participants=(ORBIS, TABLET),
    )
    denied = scoped(MAKER, "denies", "The company said the report was not true", article="a2")
    drafts = proposition_conflicts("s1", [told, denied], set())
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft.event_id is None
    assert draft.key == f"{KEY_PREFIX}s1:{told.claim.claim_id}"
    assert [(s.stance, [x.name for x in s.sources]) for s in draft.sides] == [
        ("asserts", ["The Daily Ledger"]),
        ("denies", ["Orbis Devices"]),
    ]
    assert draft.article_ids == ["a1", "a2"]
    assert draft.summary == (
        "The Daily Ledger says “Orbis will stop selling the tablet”; Orbis Devices denies it."
    )


def test_same_class_and_a_shared_participant_are_one_proposition() -> None:
    a = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    b = scoped(
        MAKER,
        "denies",
        "it would not stop the tablet",
        article="a2",
        cls="stop",
        participants=(TABLET, ORBIS),
    )
    assert group_propositions([a, b]) == [[a, b]]


def test_a_denier_named_in_the_claim_it_denies_meets_it() -> None:
    # "Orbis denied opening the plant" answers "the paper said Orbis opened the plant".
    a = scoped(
        TIMES, "asserts", "Orbis opened a plant", article="a1", cls="open", participants=(ORBIS, HARBOR)
    )
    b = scoped(
        MAKER, "denies", "Orbis denied opening a plant", article="a2", cls="open", participants=(ORBIS,)
    )
    assert group_propositions([a, b]) == [[a, b]]


def test_different_predicate_classes_stay_apart() -> None:
    a = scoped(TIMES, "asserts", "Orbis bought the harbor", article="a1", cls="buy", participants=(HARBOR,))
    b = scoped(
        ANALYST, "denies", "Orbis never sold the harbor", article="a2", cls="sell", participants=(HARBOR,)
    )
    assert len(group_propositions([a, b])) == 2
    assert proposition_conflicts("s1", [a, b], set()) == []


def test_generic_verbs_need_two_shared_parties() -> None:
    a = scoped(TIMES, "asserts", "the harbor is busy", article="a1", cls="be", participants=(HARBOR,))
    b = scoped(ANALYST, "denies", "the harbor is not busy", article="a2", cls="be", participants=(HARBOR,))
    assert group_propositions([a, b]) == []
    c = scoped(
        TIMES, "asserts", "Orbis is the harbor's owner", article="a1", cls="be", participants=(ORBIS, HARBOR)
    )
    d = scoped(
        ANALYST, "denies", "Orbis is not its owner", article="a2", cls="be", participants=(HARBOR, ORBIS)
    )
    e = scoped(COURIER, "asserts", "Orbis is big", article="a3", cls="be", participants=(ORBIS, TABLET))
    assert group_propositions([c, d, e]) == [[c, d], [e]]


def test_the_storys_subject_alone_does_not_join_two_propositions() -> None:
    # Orbis is named in the claims of every article: it is what the story is about.
    a = scoped(
        TIMES, "asserts", "Orbis plans a tablet", article="a1", cls="plan", participants=(ORBIS, TABLET)
    )
    b = scoped(
        COURIER,
        "asserts",
        "Orbis plans a harbor office",
        article="a2",
        cls="plan",
        participants=(ORBIS, HARBOR),
    )
    c = scoped(
        ANALYST, "denies", "Orbis plans no tablet", article="a3", cls="plan", participants=(TABLET, ORBIS)
    )
    assert group_propositions([a, b, c]) == [[a, c], [b]]


def test_a_death_of_the_storys_subject_is_one_proposition() -> None:
    # Harlow is named in the claims of every article; she dies at most once, so claims of her
    # death meet on her alone, where claims of plans about her would not.
    def about_harlow(source: Source, stance: Stance, text: str, article: str, cls: str) -> ScopedClaim:
        assert ANALYST.entity_id is not None
        return scoped(source, stance, text, article=article, cls=cls, participants=(ANALYST.entity_id,))

    a = about_harlow(TIMES, "asserts", "Harlow was found dead", "a1", "death")
    b = about_harlow(COURIER, "asserts", "Harlow died at home", "a2", "death")
    c = about_harlow(MAKER, "denies", "Harlow is not dead", "a3", "death")
    assert group_propositions([a, b, c]) == [[a, b, c]]
    d = about_harlow(TIMES, "asserts", "Harlow plans a trip", "a1", "plan")
    e = about_harlow(COURIER, "asserts", "Harlow plans a book", "a2", "plan")
    f = about_harlow(MAKER, "asserts", "Harlow hired a chef", "a3", "hire")
    assert not any(d in g and e in g for g in group_propositions([d, e, f]))


def test_a_pointer_denial_joins_the_proposition_most_articles_assert() -> None:
    minor = scoped(TIMES, "asserts", "Orbis hired a chef", article="a1", cls="hire", participants=(HARBOR,))
    main1 = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    main2 = scoped(
        COURIER, "asserts", "the tablet will stop", article="a2", cls="stop", participants=(TABLET,)
    )
    denial = scoped(MAKER, "denies", "this is a hoax", article="a3")
    groups = group_propositions([minor, main1, main2, denial])
    assert groups == [[minor], [main1, main2, denial]]


def test_claims_on_one_event_are_one_proposition_and_its_own_report_stands_for_them() -> None:
    a = scoped(TIMES, "asserts", "they met", article="a1", cls="meeting", event="ev1")
    b = scoped(ANALYST, "denies", "no meeting took place", article="a2", cls="meeting", event="ev1")
    assert group_propositions([a, b]) == [[a, b]]
    assert proposition_conflicts("s1", [a, b], {"ev1"}) == []
    (draft,) = proposition_conflicts("s1", [a, b], set())
    assert draft.event_id == "ev1"


def test_a_proposition_told_in_articles_its_events_report_leaves_out_has_its_own_report() -> None:
    # The denier's article relays "reports" of the recall and denies them (an event of its own
    # date, with its own report); the article that reported the recall, dated another day, is
    # on the asserting side only through the proposition.
    def recall(source: Source, stance: Stance, quote: str, article: str, event: str) -> ScopedClaim:
        return scoped(
            source, stance, quote, article=article, cls="recall", participants=(ORBIS, TABLET), event=event
        )

    relayed = recall(TIMES, "asserts", "Orbis has recalled the tablet", "a2", "ev2")
    denied = recall(MAKER, "denies", "Orbis has recalled the tablet", "a2", "ev2")
    reported = recall(COURIER, "asserts", "Orbis recalled the tablet on Monday", "a1", "ev1")
    (draft,) = proposition_conflicts("s1", [reported, relayed, denied], {"ev2"})
    assert set(draft.article_ids) == {"a1", "a2"}
    # An event report that already spans articles stands for the proposition: no second one.
    told = recall(COURIER, "asserts", "Orbis has recalled the tablet", "a3", "ev2")
    assert proposition_conflicts("s1", [reported, relayed, denied, told], {"ev2"}) == []
    # A side joined to the group another way (a pointer, a relay: another class, no party in
    # common) is no telling of the event's deed, and raises no second report.
    other = scoped(
        COURIER, "asserts", "Harbor wants Orbis out", article="a1", cls="want", participants=(HARBOR,)
    )
    assert not _told_beyond([relayed, denied, other], {"ev2"})
    assert _told_beyond([relayed, denied, reported], {"ev2"})
    # But a denial in another article, undated, is a side the spanning event report leaves out.
    undated = recall(ANALYST, "denies", "Orbis has not recalled the tablet", "a4", "ev4")
    (draft,) = proposition_conflicts("s1", [reported, relayed, denied, told, undated], {"ev2"})
    assert "a4" in draft.article_ids
    # ... unless the event's report already hears that denier.
    again = recall(MAKER, "denies", "Orbis has not recalled the tablet", "a4", "ev4")
    assert proposition_conflicts("s1", [reported, relayed, denied, told, again], {"ev2"}) == []


def test_agreeing_denials_and_lone_assertions_raise_nothing() -> None:
    a = scoped(MAKER, "denies", "the report is false", article="a1")
    b = scoped(ANALYST, "denies", "the story is a hoax", article="a2")
    c = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a3", cls="stop", participants=(TABLET,)
    )
    assert proposition_conflicts("s1", [a, b], set()) == []
    assert proposition_conflicts("s1", [c], set()) == []


def test_one_claimant_asserting_and_denying_is_no_dispute() -> None:
    a = scoped(
        MAKER, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    b = scoped(MAKER, "denies", "the report is not true", article="a2")
    assert proposition_conflicts("s1", [a, b], set()) == []


def test_summary_cuts_a_long_proposition() -> None:
    long = "word " * 80
    side = Side(
        position="happened",
        stance="asserts",
        sources=[TIMES],
        evidence=[Evidence(article_id="a1", quote=long, sentence=long)],
    )
    text = proposition_summary(long, [side])
    assert text.startswith("The Daily Ledger says “word word") and text.endswith("…”.")
    assert len(text) < 200


def test_summary_quotes_a_reported_clause_without_its_that() -> None:
    side = Side(position="happened", stance="asserts", sources=[TIMES], evidence=[])
    text = proposition_summary("that the dam had developed cracks,", [side])
    assert text == "The Daily Ledger says “the dam had developed cracks”."


@given(st.permutations(list(range(5))))
def test_grouping_does_not_depend_on_the_order_claims_are_read(order: list[int]) -> None:
    claims = [
        scoped(
            TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
        ),
        scoped(
            COURIER, "asserts", "the tablet stops", article="a2", cls="stop", participants=(TABLET, ORBIS)
        ),
        scoped(MAKER, "denies", "the report is not true", article="a3"),
        scoped(ANALYST, "asserts", "Orbis hired", article="a4", cls="hire", participants=(HARBOR,)),
        scoped(ANALYST, "denies", "no hiring", article="a4", cls="hire", participants=(HARBOR,)),
    ]
    shuffled = [claims[i] for i in order]
    assert proposition_conflicts("s1", shuffled, set()) == proposition_conflicts("s1", claims, set())


def test_a_pointer_denial_joins_its_articles_account_to_the_main_proposition() -> None:
    main1 = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    main2 = scoped(
        COURIER, "asserts", "the tablet will stop", article="a2", cls="stop", participants=(TABLET,)
    )
    told = scoped(
        COURIER, "asserts", "Orbis will end the tablet", article="a3", cls="end", participants=(TABLET,)
    )
    denial = scoped(MAKER, "denies", "the claims in the story are untrue", article="a3")
    others = [
        scoped(ANALYST, "asserts", f"claim {n}", article=f"a{n}", cls=f"verb{n}", participants=(HARBOR,))
        for n in (4, 5, 6)
    ]
    groups = group_propositions([main1, main2, told, denial, *others])
    assert groups == [[main1, main2, told, denial], *[[o] for o in others]]


def test_an_account_sharing_only_the_storys_subject_keeps_its_denial() -> None:
    # Orbis is in every article's claims: naming it does not make the third account the main claim.
    main1 = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(ORBIS, TABLET)
    )
    main2 = scoped(
        COURIER, "asserts", "Orbis stops the tablet", article="a2", cls="stop", participants=(TABLET, ORBIS)
    )
    told = scoped(
        COURIER, "asserts", "Orbis hired a chef", article="a3", cls="hire", participants=(ORBIS, HARBOR)
    )
    denial = scoped(MAKER, "denies", "the report is nonsense", article="a3")
    assert group_propositions([main1, main2, told, denial]) == [[main1, main2], [told, denial]]


def _tablet_stopped_twice() -> tuple[ScopedClaim, ScopedClaim]:
    """The story's main claim, told by two outlets."""
    return (
        scoped(
            TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
        ),
        scoped(COURIER, "asserts", "the tablet will stop", article="a2", cls="stop", participants=(TABLET,)),
    )


def test_an_account_naming_nothing_of_the_main_claim_keeps_its_denial() -> None:
    # Two developments in one story: the denial answers its own article's, not the main one.
    main1, main2 = _tablet_stopped_twice()
    told = scoped(COURIER, "asserts", "a chef was hired", article="a3", cls="hire", participants=(HARBOR,))
    denial = scoped(MAKER, "denies", "the report is nonsense", article="a3")
    assert group_propositions([main1, main2, told, denial]) == [[main1, main2], [told, denial]]


def test_an_account_that_talks_of_the_claim_is_not_the_claim_a_denial_answers() -> None:
    # "officials lit up at the maker's claim", then "the harbour board disputed the claim": the
    # denial answers the claim the story carries, not the talk about it.
    main1 = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    main2 = scoped(
        COURIER, "asserts", "the tablet will stop", article="a2", cls="stop", participants=(TABLET,)
    )
    talk = scoped(
        COURIER,
        "asserts",
        "the whole harbour lit up at the Orbis claim",
        article="a3",
        cls="light",
        participants=(HARBOR,),
    )
    denial = scoped(MAKER, "denies", "the harbour board disputed the claim", article="a3")
    assert group_propositions([main1, main2, talk, denial]) == [[main1, main2, denial], [talk]]


def test_a_denial_of_the_claim_does_not_echo_an_account_that_mentions_the_claim() -> None:
    # "Lisbon disputed the Orbis claim" and, after it, "officials lit up at the Orbis claim": the
    # words are the same, but the second only mentions the claim the first denies.
    main1 = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(ORBIS, TABLET)
    )
    main2 = scoped(
        COURIER, "asserts", "Orbis stops the tablet", article="a2", cls="stop", participants=(ORBIS, TABLET)
    )
    denial = scoped(MAKER, "denies", "the Orbis claim", article="a2", participants=(ORBIS,))
    talk = scoped(
        COURIER,
        "asserts",
        "the whole harbour lit up at the Orbis claim",
        article="a2",
        cls="light",
        participants=(ORBIS, HARBOR),
    )
    groups = group_propositions([main1, main2, denial, talk])
    assert [main1, main2, denial] in groups
    assert [talk] in groups


def test_a_pointer_in_an_article_that_reports_the_main_claim_answers_it() -> None:
    main1 = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    main2 = scoped(
        COURIER, "asserts", "the tablet will stop", article="a2", cls="stop", participants=(TABLET,)
    )
    detail = scoped(COURIER, "asserts", "a chef was hired", article="a2", cls="hire", participants=(HARBOR,))
    denial = scoped(MAKER, "denies", "Orbis denied the report", article="a2")
    assert group_propositions([main1, main2, detail, denial]) == [[main1, main2, denial], [detail]]


def test_a_bare_denial_answers_the_report_its_article_denies_in_words_that_place_it() -> None:
    # a2 denies "a report that police had raided the offices" and restates a fact a1 gives
    # too; its "rubbished the report" answers the raid, not the fact both articles state.
    raid = scoped(
        TIMES, "asserts", "police raided the offices", article="a1", cls="raid", participants=(ORBIS,)
    )
    paid = scoped(
        TIMES, "asserts", "Orbis received 38 million", article="a1", cls="receive", participants=(HARBOR,)
    )
    paid2 = scoped(
        COURIER, "asserts", "Orbis received 38 million", article="a2", cls="receive", participants=(HARBOR,)
    )
    named = scoped(
        MAKER,
        "denies",
        "a report that police had raided its offices",
        article="a2",
        cls="raid",
        participants=(ORBIS,),
    )
    bare = scoped(MAKER, "denies", "The directorate rubbished the report", article="a2")
    assert group_propositions([raid, paid, paid2, named, bare]) == [[raid, named, bare], [paid, paid2]]
    # Another denial in a2, of what only a2 tells, leaves the report another article asserts.
    searched = scoped(
        COURIER,
        "asserts",
        "officers had searched the offices",
        article="a2",
        cls="search",
        participants=(TABLET,),
    )
    no_search = scoped(
        MAKER, "denies", "There has been no search", article="a2", cls="search", participants=(TABLET,)
    )
    grouped = group_propositions([raid, paid, paid2, named, searched, no_search, bare])
    assert [raid, named, bare] in grouped
    # Without the named denial, the bare one answers the story's main claim as before.
    assert group_propositions([raid, paid, paid2, bare]) == [[raid], [paid, paid2, bare]]


def test_a_fact_checks_verdict_answers_the_claim_it_rates_over_a_quote_only_it_asserts() -> None:
    # "CLAIM: ... will be taken by the state" (a generic verb: placed nowhere), the ministry's
    # words the fact-check quotes, then "VERDICT: FALSE".
    rated = scoped(
        Source(name="a claim"), "asserts", "any empty home will be taken", article="a1", cls="take"
    )
    quoted = scoped(
        COURIER,
        "asserts",
        "the levy could not begin before April",
        article="a1",
        cls="begin",
        participants=(ORBIS,),
    )
    verdict = scoped(MAKER, "denies", "VERDICT: FALSE", article="a1")
    assert group_propositions([rated, quoted, verdict]) == [[rated, verdict], [quoted]]
    # When another article asserts the story's claim, the verdict answers it as before.
    told = scoped(
        TIMES,
        "asserts",
        "the levy could not begin before April",
        article="a2",
        cls="begin",
        participants=(ORBIS,),
    )
    groups = group_propositions([rated, quoted, verdict, told])
    assert [quoted, verdict, told] in groups
    # The verdict answers the story's claim over the words its own article reports after the
    # rated claim ("the ministry says the levy could not ...").
    rumour = scoped(
        TIMES, "asserts", "homes will be seized", article="a2", cls="seize", participants=(HARBOR,)
    )
    relayed = scoped(
        COURIER, "asserts", "a draft bill was published", article="a1", cls="publish", participants=(TABLET,)
    )
    later_verdict = scoped(MAKER, "denies", "The claim is false", article="a1")
    grouped = group_propositions([rumour, rated, relayed, later_verdict])
    assert [rumour, later_verdict] in grouped


def test_a_bare_denial_of_the_charges_answers_only_an_accusation() -> None:
    harlow = (ANALYST.entity_id or "",)
    # "The trial will open on 12 June ... Harlow denies all charges": no trial date is denied.
    trial = scoped(
        TIMES, "asserts", "the trial will open on 12 June", article="a1", cls="open", participants=harlow
    )
    denial = scoped(ANALYST, "denies", "Harlow denies all charges", article="a1")
    assert group_propositions([trial, denial]) == [[trial]]
    # "Prosecutors say Harlow paid the firms ...; he denies the charges": the accusation is.
    accused = claim_in(
        TIMES,
        "asserts",
        "Harlow paid the firms",
        "Prosecutors say Harlow paid the firms.",
        "pay",
        article="a2",
        participants=harlow,
    )
    rejects = scoped(ANALYST, "denies", "Harlow denies the charges", article="a2")
    assert group_propositions([accused, rejects]) == [[accused, rejects]]
    # "His lawyer said his client would contest the charges": any verb of denial aimed at the
    # charges, and a council's plan for pupils is not what it answers.
    plan = [
        scoped(
            source, "asserts", "pupils will be given grades", article=a, cls="give", participants=(HARBOR,)
        )
        for source, a in ((TIMES, "a3"), (COURIER, "a4"))
    ]
    contests = scoped(ANALYST, "denies", "his client would contest the charges", article="a4")
    assert group_propositions([*plan, contests]) == [plan]
    # An accusation the sentence goes on to make after the claim is not the claim's: "the union
    # said 600 homes were destroyed, and accused the government of cutting budgets".
    destroyed = [
        claim_in(
            source,
            "asserts",
            "600 homes were destroyed",
            "The union said 600 homes were destroyed, and accused the government of cutting budgets.",
            "destroy",
            article=a,
        )
        for source, a in ((TIMES, "a5"), (COURIER, "a6"))
    ]
    lawyer = scoped(ANALYST, "denies", "His lawyer said he denied the accusation", article="a6")
    assert group_propositions([*destroyed, lawyer]) == [destroyed]


def test_a_denial_of_wrongdoing_answers_a_misdeed_never_a_sanction() -> None:
    harlow = (ANALYST.entity_id or "",)

    def told(quote: str, cls: str, article: str) -> ScopedClaim:
        return scoped(TIMES, "asserts", quote, article=article, cls=cls, participants=harlow)

    # "Police arrested X ...; X denies any wrongdoing": the arrest is not what is denied.
    arrest = told("police arrested Harlow on Monday", "arrest", "a1")
    denial = scoped(ANALYST, "denies", "Harlow denies any wrongdoing", article="a1")
    assert group_propositions([arrest, denial]) == [[arrest]]
    # "X took bribes, the paper reported; X denied any wrongdoing": the misdeed is.
    bribes = told("Harlow took bribes", "bribe", "a2")
    other = scoped(ANALYST, "denies", "Harlow denied any wrongdoing", article="a2")
    assert group_propositions([bribes, other]) == [[bribes, other]]
    # "X was convicted ...; his lawyer said he would appeal; he has denied wrongdoing": neither
    # the verdict nor the appeal is what is denied.
    convicted = told("the court found Harlow guilty", "verdict", "a5")
    appeal = told("his client would appeal", "appeal", "a5")
    denied = scoped(ANALYST, "denies", "He has consistently denied wrongdoing", article="a6")
    assert group_propositions([convicted, appeal, denied]) == [[convicted], [appeal]]
    # "X was detained ...; his lawyer said he rejects the allegations against him": the charge.
    held = told("Harlow was detained on 14 May", "detain", "a3")
    rejects = scoped(ANALYST, "denies", "the allegations against him", article="a3")
    assert group_propositions([held, rejects]) == [[held]]
    # "Two executives were also detained ...; his client denies all the accusations", the
    # quote the charges alone: the arrest is not what is denied, though its sentence accuses.
    charged = claim_in(
        TIMES,
        "asserts",
        "Harlow was detained",
        "Harlow was detained on Monday and charged with fraud.",
        "detain",
        article="a4",
        participants=harlow,
    )
    charges = scoped(ANALYST, "denies", "all the accusations", article="a4")
    assert group_propositions([charged, charges]) == [[charged]]


def test_a_denial_of_intent_disputes_no_deed_unless_the_intent_is_asserted() -> None:
    # "63,000 households were overcharged"; "denied that it had deliberately overcharged".
    found = scoped(
        TIMES,
        "asserts",
        "63,000 households were overcharged",
        article="a1",
        cls="overcharge",
        participants=(HARBOR,),
    )
    intent = scoped(
        MAKER,
        "denies",
        "that it had deliberately overcharged customers",
        article="a2",
        cls="overcharge",
        participants=(HARBOR,),
    )
    assert group_propositions([found, intent]) == [[found]]
    # "the army deliberately shelled the clinic"; "denied deliberately shelling it": disputed.
    aimed = scoped(
        TIMES,
        "asserts",
        "the army deliberately shelled the clinic",
        article="a3",
        cls="shell",
        participants=(HARBOR,),
    )
    denied = scoped(
        MAKER, "denies", "deliberately shelling the clinic", article="a4", cls="shell", participants=(HARBOR,)
    )
    assert group_propositions([aimed, denied]) == [[aimed, denied]]


def test_an_assertion_about_no_statement_joins_nothing() -> None:
    main = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    vague = scoped(ANALYST, "asserts", "it was interesting", article="a2")
    assert group_propositions([main, vague]) == [[main]]


# --- claims in the same words ----------------------------------------------------------------


def test_a_sentence_relayed_in_the_same_words_is_one_proposition() -> None:
    # Different predicate classes as parsed, no common participant: the words alone join them.
    first = scoped(
        TIMES, "asserts", "Orbis will stop selling its tablet in the spring", article="a1", cls="stop"
    )
    relayed = scoped(
        COURIER, "asserts", "Orbis will stop selling its tablet in the spring", article="a2", cls="sell"
    )
    denial = scoped(
        MAKER, "denies", "Orbis will not stop selling its tablet in the spring", article="a3", cls="end"
    )
    (one,) = proposition_conflicts("s1", [first, relayed, denial], set())
    assert {s.stance: len(s.evidence) for s in one.sides} == {"asserts": 2, "denies": 1}


def test_an_unplaced_assertion_in_a_placed_claims_words_relays_it() -> None:
    # A witness's quote relayed by several outlets: one parse found its two parties, the others
    # only a generic verb with none. The relays assert what the placed copy does, count towards
    # the story's main proposition, and a denial of "the photo" answers them all.
    words = "at first all I could see was a faint shape rising out of the water by the pier"
    placed = scoped(TIMES, "asserts", words, article="a1", cls="be", participants=(ORBIS, HARBOR))
    relays = [scoped(COURIER, "asserts", words, article=f"a{n}", cls="be") for n in (2, 3)]
    detail = scoped(COURIER, "asserts", "a diver swam out", article="a4", cls="swim", participants=(TABLET,))
    denial = scoped(MAKER, "denies", "the photo is a hoax", article="a5")
    groups = group_propositions([placed, *relays, detail, denial])
    assert groups == [[placed, *relays, denial], [detail]]
    (one,) = proposition_conflicts("s1", [placed, *relays, detail, denial], set())
    asserted = next(s for s in one.sides if s.stance == "asserts")
    assert {e.article_id for e in asserted.evidence} == {"a1", "a2", "a3"}


def test_unplaced_assertions_in_the_same_words_alone_join_nothing() -> None:
    # Without a placed copy, words alone do not say what a generic verb with no party asserts.
    words = "at first all I could see was a faint shape rising out of the water by the pier"
    a = scoped(TIMES, "asserts", words, article="a1", cls="be")
    b = scoped(COURIER, "asserts", words, article="a2", cls="be")
    denial = scoped(MAKER, "denies", "the photo is a hoax", article="a3")
    assert group_propositions([a, b, denial]) == []
    assert proposition_conflicts("s1", [a, b, denial], set()) == []


def test_a_negative_assertion_in_a_denials_words_is_no_answer_to_it() -> None:
    # "did not think the men posed a threat" agrees with "the men posed no threat".
    told = scoped(
        TIMES, "asserts", "officials did not think the soldiers posed a threat", article="a1", cls="think"
    )
    denial = scoped(COURIER, "denies", "the soldiers posed no threat", article="a2", cls="pose")
    assert group_propositions([told, denial]) == [[told], [denial]]


def test_a_negative_account_is_not_in_the_same_words_as_the_positive_one() -> None:
    # The negation words are left out of the content words, so "was not found dead" looks like
    # "was found dead": as two assertions they tell opposite things and are no one proposition.
    words = "the singer was found dead in her apartment on the east side"
    found = scoped(TIMES, "asserts", words, article="a1", cls="find", participants=(HARBOR,))
    relayed = scoped(COURIER, "asserts", words, article="a2", cls="find", participants=(HARBOR,))
    # A copy the parse placed nowhere joins the claims in its words; the negative one does not.
    copy = scoped(MAKER, "asserts", words, article="a3")
    negative = scoped(ANALYST, "asserts", words.replace("was found", "was not found"), article="a4")
    assert group_propositions([found, relayed, copy, negative]) == [[found, relayed, copy]]
    # Negative accounts in the same words as a negative placed one still join it.
    denied = scoped(
        TIMES,
        "asserts",
        words.replace("was found", "was never found"),
        article="a5",
        cls="find",
        participants=(TABLET,),
    )
    assert group_propositions([negative, denied]) == [[negative, denied]]


def test_the_same_words_around_other_figures_are_another_fact() -> None:
    # "62 percent" and "below 30 percent": what differs is the figure, which the quantity rules
    # compare; the second source does not relay the first. Classes as parsed differ and no party
    # is named: the words alone would join them.
    words = "turnout in the Sunday parliamentary election in the province was {} percent"
    told = scoped(TIMES, "asserts", words.format("62"), article="a1", cls="record")
    relayed = scoped(MAKER, "asserts", words.format("62"), article="a2", cls="reach")
    other = scoped(COURIER, "asserts", words.format("below 30"), article="a3", cls="stand")
    assert group_propositions([told, relayed, other]) == [[told, relayed], [other]]
    # The same figure, written with a separator or without, is in the same words.
    a = scoped(
        TIMES,
        "asserts",
        "the company will cut 2,000 jobs at the plant in the province",
        article="a1",
        cls="cut",
    )
    b = scoped(
        COURIER,
        "asserts",
        "the company will cut 2000 jobs at the plant in the province",
        article="a2",
        cls="trim",
    )
    assert group_propositions([a, b]) == [[a, b]]


def test_the_same_things_told_of_two_deeds_are_two_propositions() -> None:
    # The same oil, carried in one, posing no risk in the other: nothing one says answers the other.
    carried = scoped(
        TIMES, "asserts", "the ship was carrying about 380 tonnes of fuel oil", article="a1", cls="carry"
    )
    no_risk = scoped(
        COURIER,
        "denies",
        "the ship's 380 tonnes of fuel oil posed no immediate risk",
        article="a2",
        cls="pose",
    )
    assert group_propositions([carried, no_risk]) == [[carried], [no_risk]]
    # Told with the other's verb, it is one deed whatever class each parse gave it.
    carried_too = scoped(
        COURIER, "denies", "the ship was not carrying 380 tonnes of fuel oil at all", article="a2", cls="load"
    )
    assert group_propositions([carried, carried_too]) == [[carried, carried_too]]


def test_short_claims_in_the_same_words_need_a_common_participant() -> None:
    a = scoped(TIMES, "asserts", "the deal is final", article="a1", cls="finalise", participants=(TABLET,))
    b = scoped(COURIER, "asserts", "the deal is final", article="a2", cls="close", participants=(HARBOR,))
    c = scoped(ANALYST, "asserts", "the deal is final", article="a3", cls="seal", participants=(TABLET,))
    assert group_propositions([a, b, c]) == [[a, c], [b]]


def test_a_denial_relayed_in_the_same_words_goes_where_most_copies_go() -> None:
    # Three outlets relay one denial; one of them reported a side detail before it. The denial
    # answers the story's claim in every copy, not the detail in one.
    main1 = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    main2 = scoped(
        COURIER, "asserts", "the tablet will stop", article="a2", cls="stop", participants=(TABLET,)
    )
    detail = scoped(TIMES, "asserts", "a chef was hired", article="a3", cls="hire", participants=(HARBOR,))
    words = "the custom is not in any way connected to the legend of the tablet"
    copy1 = scoped(MAKER, "denies", words, article="a3")
    copy2 = scoped(MAKER, "denies", words, article="a4")
    copy3 = scoped(MAKER, "denies", words, article="a5")
    groups = group_propositions([main1, main2, detail, copy1, copy2, copy3])
    assert groups == [[main1, main2, copy1, copy2, copy3], [detail]]


def test_a_short_claim_held_in_a_longer_account_that_names_its_party_joins_it() -> None:
    # "done" is a stop word in general lists, but it is what tells this proposition apart.
    account = scoped(
        TIMES,
        "asserts",
        'a report said a plant in Harbor was a "done deal"',
        article="a1",
        cls="be",
        participants=(HARBOR, TABLET),
    )
    denial = scoped(MAKER, "denies", "Orbis called the report a fabrication", article="a1")
    sources = scoped(
        COURIER, "asserts", "is a done deal", article="a2", cls="be", participants=(HARBOR, ORBIS)
    )
    (one,) = proposition_conflicts("s1", [account, denial, sources], set())
    asserted = next(s for s in one.sides if s.stance == "asserts")
    assert {e.article_id for e in asserted.evidence} == {"a1", "a2"}


# --- a denial quoting the clause it denies --------------------------------------------------


def test_a_reversal_meets_the_earlier_reports_it_quotes() -> None:
    # "..., reversing reports two hours earlier that nine had been rescued": neither claim
    # has a statement of its own; the denial quotes the very clause the reports asserted.
    reports = Source(name="reports two hours earlier")
    earlier = scoped(reports, "asserts", "that nine had been rescued --", article="a1")
    reversal = scoped(COURIER, "denies", "that nine had been rescued --", article="a1")
    drafts = proposition_conflicts("s1", [earlier, reversal], set())
    assert len(drafts) == 1
    assert [(s.stance, [x.name for x in s.sources]) for s in drafts[0].sides] == [
        ("asserts", ["reports two hours earlier"]),
        ("denies", ["The Courier"]),
    ]


def test_a_denial_quoting_another_articles_words_or_other_words_meets_no_bare_assertion() -> None:
    earlier = scoped(TIMES, "asserts", "that nine had been rescued", article="a1")
    elsewhere = scoped(COURIER, "denies", "that nine had been rescued", article="a2")
    other = scoped(MAKER, "denies", "that the tunnel had collapsed", article="a1")
    assert proposition_conflicts("s1", [earlier, elsewhere, other], set()) == []


def test_a_one_word_quote_is_no_clause_to_meet() -> None:
    said = scoped(TIMES, "asserts", "this", article="a1")
    denied = scoped(COURIER, "denies", "this", article="a1")
    assert proposition_conflicts("s1", [said, denied], set()) == []


# --- a denial that names what it denies; claimants that name nobody ----------------------------


def test_a_denial_of_reports_goes_to_the_proposition_its_sentence_names() -> None:
    # The article reported a side detail just before the denial; the denial's own words
    # ("performed a biopsy on the singer") name the story's other proposition.
    selfie = scoped(
        TIMES,
        "asserts",
        "the doctor took a photo in the room",
        article="a1",
        cls="take",
        participants=(TABLET,),
    )
    biopsy = scoped(
        COURIER,
        "asserts",
        "the doctor performed a biopsy on the singer without consent",
        article="a2",
        cls="perform",
        participants=(HARBOR,),
    )
    detail = scoped(
        TIMES, "asserts", "the director had stepped down", article="a3", cls="step", participants=(ORBIS,)
    )
    denial = sentence_denial(
        MAKER,
        "denied reports",
        "The clinic denied reports that the doctor performed a biopsy on the singer.",
        article="a3",
        claim_id="c-named",
    )
    groups = group_propositions([selfie, biopsy, detail, denial])
    assert [biopsy, denial] in groups
    assert [detail] in groups


def test_a_denial_whose_words_name_nothing_still_points_at_its_articles_account() -> None:
    told = scoped(
        TIMES, "asserts", "the director had stepped down", article="a1", cls="step", participants=(ORBIS,)
    )
    main1 = scoped(
        COURIER, "asserts", "the doctor took a photo", article="a2", cls="take", participants=(TABLET,)
    )
    main2 = scoped(
        ANALYST, "asserts", "the doctor took a photo", article="a3", cls="take", participants=(TABLET,)
    )
    denial = scoped(MAKER, "denies", "this is a hoax", article="a1")
    groups = group_propositions([told, main1, main2, denial])
    assert [told, denial] in groups


def test_claimants_that_name_nobody_make_no_side() -> None:
    told = scoped(
        TIMES,
        "asserts",
        "a giant crab lives in the harbour",
        article="a1",
        cls="live",
        participants=(HARBOR,),
    )
    some = scoped(Source(name="Some"), "denies", "it is a playful hoax", article="a2")
    others = scoped(Source(name="many people"), "denies", "the photo is fake", article="a3")
    you = scoped(Source(name="You"), "denies", "you can tell it has been photoshopped", article="a3")
    assert proposition_conflicts("s1", [told, some, others, you], set()) == []
    named = scoped(Source(name="Some Harbour Trust"), "denies", "the photo is fake", article="a4")
    (one,) = proposition_conflicts("s1", [told, some, others, you, named], set())
    denied = next(s for s in one.sides if s.stance == "denies")
    assert [x.name for x in denied.sources] == ["Some Harbour Trust"]


def test_a_denial_that_only_mentions_other_allegations_names_none_of_them() -> None:
    # "The article is a hoax timed to exploit the allegations against the actor by women ...":
    # its words hold the other proposition's, but no report of it is called untrue.
    accused = scoped(
        TIMES,
        "asserts",
        "several women accused the actor of assault after a comedian spoke out",
        article="a1",
        cls="accuse",
        participants=(TABLET,),
    )
    hoax = scoped(
        COURIER, "asserts", "a site said she filed charges", article="a2", cls="file", participants=(ORBIS,)
    )
    denial = sentence_denial(
        COURIER,
        "The article is a hoax",
        "The article is a hoax timed to exploit the allegations against the actor by several women.",
        article="a2",
        claim_id="c-mention",
    )
    groups = group_propositions([accused, hoax, denial])
    assert [hoax, denial] in groups
    assert [accused] in groups


# --- growing stories ---------------------------------------------------------------------------


def _stored_earlier(claim: ScopedClaim, seq: int) -> ScopedClaim:
    """The claim of an article stored before the story's others (one that joins the story late)."""
    return msgspec.structs.replace(claim, seq=seq)


def test_figures_in_words_or_digits_plurals_and_stance_words_are_the_same_words() -> None:
    # "nine out of twelve" and "9 out of 12", "bridges" and "bridge", "report being fined" and
    # "are fined": one sentence as two outlets wrote it.
    words_ = scoped(
        TIMES,
        "asserts",
        "that nine out of twelve drivers are fined on the bridges of the harbor",
        article="a1",
        cls="fine",
        participants=(HARBOR,),
    )
    digits = scoped(
        COURIER,
        "asserts",
        "9 out of 12 drivers report being fined on the bridge",
        article="a2",
        cls="statement",
        participants=(HARBOR, ORBIS),
    )
    assert group_propositions([words_, digits]) == [[words_, digits]]


def test_other_figures_in_the_same_words_still_need_a_common_participant() -> None:
    a = scoped(TIMES, "asserts", "nine drivers were fined", article="a1", cls="fine", participants=(HARBOR,))
    b = scoped(COURIER, "asserts", "12 drivers were fined", article="a2", cls="pay", participants=(TABLET,))
    assert group_propositions([a, b]) == [[a], [b]]


def test_an_article_stored_earlier_joining_the_story_keeps_the_report() -> None:
    # A story: an outlet relays a figure, another calls the video a fake. Then an article stored
    # before both joins the story, with the figure in its own words and a detail of its own:
    # the denial still answers the figure, now asserted by two articles.
    figure = scoped(
        TIMES,
        "asserts",
        "that nine out of twelve drivers are fined on the bridges of the harbor",
        article="a2",
        cls="fine",
        participants=(HARBOR,),
    )
    denial = scoped(MAKER, "denies", "this video is a fake", article="a3")
    (before,) = proposition_conflicts("s1", [figure, denial], set())
    detail = _stored_earlier(
        scoped(
            COURIER,
            "asserts",
            "the mayor opened a toll booth",
            article="a0",
            cls="open",
            participants=(ORBIS,),
        ),
        -2,
    )
    relayed = _stored_earlier(
        scoped(
            COURIER,
            "asserts",
            "9 out of 12 drivers report being fined on the bridge",
            article="a0",
            cls="statement",
            participants=(HARBOR, ORBIS),
        ),
        -1,
    )
    (after,) = proposition_conflicts("s1", [figure, denial, detail, relayed], set())
    for report in (before, after):
        sides = {s.stance: {e.article_id for e in s.evidence} for s in report.sides}
        assert "a2" in sides["asserts"] and sides["denies"] == {"a3"}


def test_a_proposition_stated_twice_stays_the_main_one_when_a_lone_claim_joins_earlier() -> None:
    # Two propositions each asserted by one article: the one its article states twice is the
    # story's claim, whatever the storage order of a lone claim joining later.
    first = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a2", cls="stop", participants=(TABLET,)
    )
    again = scoped(
        TIMES, "asserts", "the tablet will stop next spring", article="a2", cls="stop", participants=(TABLET,)
    )
    denial = scoped(MAKER, "denies", "this is a hoax", article="a3")
    lone = _stored_earlier(
        scoped(COURIER, "asserts", "Orbis hired a chef", article="a0", cls="hire", participants=(HARBOR,)), -1
    )
    assert group_propositions([first, again, denial, lone]) == [[lone], [first, again, denial]]


def test_words_alike_only_once_plurals_are_dropped_must_all_be_held() -> None:
    # "sale" meets "sales": a looser match, so the longer claim must hold every word of the
    # shorter one. Held but for its verb, the denial's counter-claim stays apart from the report.
    report = scoped(
        TIMES,
        "asserts",
        "Orbis will stop selling the tablet because tablet sales in the harbor fell after the recall",
        article="a1",
        cls="stop",
        participants=(ORBIS, TABLET, HARBOR),
    )
    counter = scoped(
        MAKER,
        "asserts",
        "the tablet remains on sale in the harbor after the recall",
        article="a2",
        cls="remain",
        participants=(TABLET, HARBOR),
    )
    assert group_propositions([report, counter]) == [[report], [counter]]


def test_an_assertion_beside_its_own_denial_is_the_denials_context() -> None:
    # "The Courier says 9 were found dead, reversing reports that 9 had been found alive": the
    # outlet's own account holds the clause it denies; it is not a second position of its own.
    reports = Source(name="reports an hour earlier")
    earlier = scoped(reports, "asserts", "that 9 had been found alive", article="a1")
    account = scoped(
        COURIER,
        "asserts",
        "that 9 were found dead, reversing reports that 9 had been found alive",
        article="a1",
    )
    reversal = scoped(COURIER, "denies", "that 9 had been found alive", article="a1")
    drafts = proposition_conflicts("s1", [earlier, account, reversal], set())
    assert len(drafts) == 1
    assert [(s.stance, [x.name for x in s.sources]) for s in drafts[0].sides] == [
        ("asserts", ["reports an hour earlier"]),
        ("denies", ["The Courier"]),
    ]
    assert "found alive" in drafts[0].summary


def test_the_same_sources_on_both_sides_are_no_dispute() -> None:
    a = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    b = scoped(
        COURIER, "asserts", "Orbis will stop the tablet", article="a2", cls="stop", participants=(TABLET,)
    )
    c = scoped(
        TIMES, "denies", "Orbis will not stop the tablet", article="a3", cls="stop", participants=(TABLET,)
    )
    d = scoped(
        COURIER, "denies", "Orbis will not stop the tablet", article="a4", cls="stop", participants=(TABLET,)
    )
    assert proposition_conflicts("s1", [a, b, c, d], set()) == []


def test_reports_nobody_is_named_for_assert_what_is_disputed_and_deny_nothing() -> None:
    reports = Source(name="Reports")
    told = scoped(reports, "asserts", "that the dam had burst", article="a1")
    denied = scoped(COURIER, "denies", "that the dam had burst", article="a1")
    (one,) = proposition_conflicts("s1", [told, denied], set())
    assert [(s.stance, [x.name for x in s.sources]) for s in one.sides] == [
        ("asserts", ["Reports"]),
        ("denies", ["The Courier"]),
    ]
    # A faceless report on the denying side is no party: the dispute has one side only.
    said = scoped(COURIER, "asserts", "that the dam had burst", article="a2")
    faceless = scoped(Source(name="Other reports"), "denies", "that the dam had burst", article="a2")
    assert proposition_conflicts("s1", [said, faceless], set()) == []


def test_a_bare_pronoun_names_nobody_but_people_described_do() -> None:
    assert names_nobody(Source(name="They"))
    assert names_nobody(Source(name="it"))
    assert not names_nobody(Source(name="those close to the minister"))
    assert not names_nobody(Source(name="Theo"))
    told = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    they = scoped(
        Source(name="They"),
        "denies",
        "Orbis will not stop the tablet",
        article="a2",
        cls="stop",
        participants=(TABLET,),
    )
    assert proposition_conflicts("s1", [told, they], set()) == []


def test_a_report_names_the_organisation_an_officer_on_a_side_speaks_for() -> None:
    # "Jane Harlow, chief executive of Orbis Devices, denied it": the report names Orbis too.
    said = scoped(TIMES, "asserts", "that the tablet plant had been sold to a rival", article="a1")
    denied = scoped(ANALYST, "denies", "that the tablet plant had been sold to a rival", article="a1")
    denied.claim.speaks_for = ORBIS
    drafts = proposition_conflicts("s1", [said, denied], set())
    assert len(drafts) == 1
    assert ORBIS in drafts[0].entity_ids and ANALYST.entity_id in drafts[0].entity_ids
    denied.claim.speaks_for = None
    assert ORBIS not in proposition_conflicts("s1", [said, denied], set())[0].entity_ids


def test_a_denial_contrary_to_reports_goes_to_the_proposition_its_sentence_answers() -> None:
    # "Contrary to reports, X": X, the other way round, is what the reports held; the article's
    # own account just before the denial is a side detail.
    panel = scoped(
        COURIER,
        "asserts",
        "the channel will hold a panel on workplace safety before the match",
        article="a1",
        cls="hold",
        participants=(HARBOR,),
    )
    detail = scoped(
        TIMES, "asserts", "the presenter had stepped down", article="a2", cls="step", participants=(ORBIS,)
    )
    denial = sentence_denial(
        MAKER,
        "Contrary to published reports, there was no panel on workplace safety planned.",
        "Contrary to published reports, there was no panel on workplace safety planned.",
        article="a2",
        claim_id="c-contrary",
    )
    groups = group_propositions([panel, detail, denial])
    assert [panel, denial] in groups
    assert [detail] in groups


def _carried_three_times() -> list[ScopedClaim]:
    """The story's report, asserted by three articles, and two articles on other things (so the
    tablet is not named by most of the story's articles)."""
    return [
        scoped(
            TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
        ),
        scoped(COURIER, "asserts", "the tablet will stop", article="a2", cls="stop", participants=(TABLET,)),
        scoped(ANALYST, "asserts", "the tablet is to stop", article="a5", cls="stop", participants=(TABLET,)),
        scoped(ANALYST, "asserts", "a chef was hired", article="a6", cls="hire", participants=(ORBIS,)),
        scoped(ANALYST, "asserts", "a plant was opened", article="a7", cls="open", participants=(ORBIS,)),
    ]


def test_a_denial_naming_the_report_answers_the_main_claim_over_its_articles_lone_account() -> None:
    # Three articles carry the report; the fourth tells it in its own words (another verb,
    # another party): its denial of "these stories" answers the report the story carries.
    main1, main2, main3, *others = _carried_three_times()
    told = scoped(
        COURIER, "asserts", "a harbour crane was sold", article="a3", cls="sell", participants=(HARBOR,)
    )
    denial = scoped(MAKER, "denies", "these stories are made up", article="a3")
    claims = [main1, main2, main3, *others, told, denial]
    groups = group_propositions(claims)
    assert [main1, main2, main3, denial] in groups and [told] in groups
    [report] = proposition_conflicts("s1", claims, set())
    assert {side.stance for side in report.sides} == {"asserts", "denies"}


def test_a_denial_naming_no_report_keeps_its_articles_lone_account() -> None:
    # "It is made up" takes up what its article said just before it.
    main1, main2, main3, *others = _carried_three_times()
    told = scoped(
        COURIER, "asserts", "a harbour crane was sold", article="a3", cls="sell", participants=(HARBOR,)
    )
    denial = scoped(MAKER, "denies", "it is made up", article="a3")
    groups = group_propositions([main1, main2, main3, *others, told, denial])
    assert [main1, main2, main3] in groups and [told, denial] in groups


def test_a_denial_naming_the_report_keeps_an_account_another_article_asserts_too() -> None:
    # Two articles carry the second claim: a development of its own, which "the report" answers.
    main1, main2, main3, *others = _carried_three_times()
    sold = scoped(
        TIMES, "asserts", "a harbour crane was sold", article="a4", cls="sell", participants=(HARBOR,)
    )
    told = scoped(
        COURIER,
        "asserts",
        "the crane at the harbour was sold",
        article="a3",
        cls="sell",
        participants=(HARBOR,),
    )
    denial = scoped(MAKER, "denies", "the report is made up", article="a3")
    groups = group_propositions([main1, main2, main3, *others, sold, told, denial])
    assert [main1, main2, main3] in groups and [sold, told, denial] in groups


def test_a_denial_naming_the_report_keeps_its_account_when_few_articles_carry_the_main_claim() -> None:
    # Two articles are no report the whole story carries: the denial answers its own article.
    main1 = scoped(
        TIMES, "asserts", "Orbis will stop the tablet", article="a1", cls="stop", participants=(TABLET,)
    )
    main2 = scoped(
        COURIER, "asserts", "the tablet will stop", article="a2", cls="stop", participants=(TABLET,)
    )
    told = scoped(
        COURIER, "asserts", "a harbour crane was sold", article="a3", cls="sell", participants=(HARBOR,)
    )
    denial = scoped(MAKER, "denies", "these stories are made up", article="a3")
    assert group_propositions([main1, main2, told, denial]) == [[main1, main2], [told, denial]]


def placed_denial(
    source: Source, sentence: str, *, article: str, cls: str, participants: tuple[str, ...]
) -> ScopedClaim:
    """A denial with a statement of its own (its predicate class and parties), in its sentence."""
    return ScopedClaim(
        claim=EventClaim(
            claim_id=f"c{next(_seq):03d}-placed",
            article_id=article,
            claimant=source,
            stance="denies",
            quote=sentence.rstrip("."),
            sentence=sentence,
        ),
        event_id=None,
        predicate_class=cls,
        participants=list(participants),
        seq=next(_seq),
    )


def _two_more_articles() -> list[ScopedClaim]:
    """Two articles on other things: with them, the tablet stays no subject of the story when a
    fourth article names it."""
    return [
        scoped(COURIER, "asserts", "a dock was built", article="a8", cls="build", participants=(HARBOR,)),
        scoped(TIMES, "asserts", "a ferry was launched", article="a9", cls="launch", participants=(HARBOR,)),
    ]


def _tablet_not_breaking_off() -> ScopedClaim:
    """The maker's denial of the story's claim, told in its own verb ("break off", not "stop")."""
    return placed_denial(
        MAKER,
        "The tablet did not, contrary to some reports, break off its line in the spring.",
        article="a3",
        cls="break",
        participants=(TABLET,),
    )


def test_a_placed_denial_naming_the_report_in_other_words_answers_the_main_claim() -> None:
    # Three articles say the tablet will stop; the denial tells the report in its own verb
    # ("break off"), so its statement meets nothing: "contrary to some reports" says it answers
    # a report, and it names the tablet the story's claim is about.
    main1, main2, main3, *others = _carried_three_times() + _two_more_articles()
    denial = _tablet_not_breaking_off()
    claims = [main1, main2, main3, *others, denial]
    groups = group_propositions(claims)
    assert [main1, main2, main3, denial] in groups
    [report] = proposition_conflicts("s1", claims, set())
    assert {side.stance for side in report.sides} == {"asserts", "denies"}


def test_a_placed_denial_of_allegations_goes_to_the_proposition_their_words_name() -> None:
    # "allegations by harbour officials that ...": who made them stands between the noun and
    # what they held; the words held name the crane sale, not the story's main claim.
    main1, main2, main3, *others = _carried_three_times()
    sold = scoped(
        COURIER,
        "asserts",
        "the harbour crane was sold at a loss to a scrap dealer",
        article="a4",
        cls="sell",
        participants=(HARBOR,),
    )
    denial = placed_denial(
        ANALYST,
        "Orbis rejected allegations by port officials that its crane went to a scrap dealer at a loss.",
        article="a3",
        cls="reject",
        participants=(ORBIS,),
    )
    groups = group_propositions([main1, main2, main3, *others, sold, denial])
    assert [sold, denial] in groups
    assert [main1, main2, main3] in groups


def test_a_placed_denial_of_another_report_about_the_same_party_stays_apart() -> None:
    # Precision: the denial names the tablet, but what the report it denies held (a penalty
    # paid) shares no word with the story's claim that the tablet will stop: two propositions
    # about one thing.
    main1, main2, main3, *others = _carried_three_times() + _two_more_articles()
    denial = placed_denial(
        MAKER,
        "The tablet's maker denied a report that it paid a penalty to regulators.",
        article="a3",
        cls="pay",
        participants=(TABLET,),
    )
    claims = [main1, main2, main3, *others, denial]
    groups = group_propositions(claims)
    assert [main1, main2, main3] in groups and [denial] in groups
    assert proposition_conflicts("s1", claims, set()) == []


def test_a_placed_denial_naming_no_party_of_the_main_claim_stays_apart() -> None:
    # Its report shares a word ("stop") with the story's claim but none of its parties.
    main1, main2, main3, *others = _carried_three_times() + _two_more_articles()
    denial = placed_denial(
        COURIER,
        "The port denied reports that ferries will stop at the new quay.",
        article="a3",
        cls="stop",
        participants=(HARBOR,),
    )
    groups = group_propositions([main1, main2, main3, *others, denial])
    assert [main1, main2, main3] in groups and [denial] in groups


def test_a_placed_denial_someone_else_asserts_keeps_its_own_proposition() -> None:
    # Not stranded: another article asserts the very statement it denies, so it answers that.
    main1, main2, main3, *others = _carried_three_times() + _two_more_articles()
    others.append(
        scoped(ANALYST, "asserts", "a pier was sold", article="a10", cls="sell", participants=(HARBOR,))
    )
    asserted = scoped(
        COURIER,
        "asserts",
        "the tablet line will break off",
        article="a4",
        cls="break",
        participants=(TABLET,),
    )
    denial = _tablet_not_breaking_off()
    groups = group_propositions([main1, main2, main3, *others, asserted, denial])
    assert [main1, main2, main3] in groups and [asserted, denial] in groups


def test_a_placed_denial_naming_no_report_content_or_few_carriers_stays_apart() -> None:
    main1, main2, main3, *others = _carried_three_times() + _two_more_articles()
    # "denied the reports": no words of what they held.
    bare = placed_denial(
        MAKER,
        "The tablet's maker denied the reports on Monday.",
        article="a3",
        cls="deny",
        participants=(TABLET,),
    )
    groups = group_propositions([main1, main2, main3, *others, bare])
    assert [main1, main2, main3] in groups and [bare] in groups
    # Two articles are no report the whole story carries.
    contrary = _tablet_not_breaking_off()
    groups = group_propositions([main1, main2, *others, contrary])
    assert [main1, main2] in groups and [contrary] in groups


def test_named_content_reads_past_who_made_the_report() -> None:
    assert named_content("Orbis rejected allegations by officials in the port that the crane was sold.") == (
        "the crane was sold"
    )
    assert named_content("Orbis denied reports on two sites on Monday that it will close.") == "it will close"
    # No "that" within reach: nothing the report held is said.
    assert named_content("Orbis denied reports by the Courier and the Ledger about staff.") == ""
    assert named_content("Orbis denied a report in the Courier.") == ""
    # A verb of saying in -ing links the report to what it held as "that" does.
    assert named_content(
        "The plan came long ago, refuting reports in recent weeks claiming the cuts came late."
    ) == ("the cuts came late")
    assert named_content("Orbis denied reports by two sites saying it will close.") == "it will close"


def test_named_content_of_a_document_or_an_image_is_the_claim_it_makes() -> None:
    assert named_content(
        "Corvane has dismissed a document circulating online that claims to reveal the specifications of its "
        "next phone."
    ) == ("reveal the specifications of its next phone")
    assert named_content("Corvane dismissed a video purporting to show the phone exploding.") == (
        "show the phone exploding"
    )
    # A report the sentence's subject: what it held ends where the verb judging it begins.
    assert named_content(
        "Claims that a city lies at the bottom of Lake Oreth have been rejected by the antiquities authority."
    ) == ("a city lies at the bottom of lake oreth")
    # Claiming with no document or image before it holds nothing named.
    assert named_content("The minister, claiming victory, left the hall.") == ""


def test_named_content_is_not_the_speakers_own_words_nor_a_reporting_verb() -> None:
    # After a comma, "saying" is the denier's own account, not what the report held.
    assert named_content("Orbis disputed the report, saying that the crane was never sold.") == ""
    assert named_content("Orbis disputed the report saying that the crane was sold.") == (
        "that the crane was sold"
    )
    # A reporting verb is no report noun: what the denied claims held is named further on.
    assert named_content("An outlet reports that Orbis denied claims that the crane was sold.") == (
        "the crane was sold"
    )
    assert named_content("He claims that Orbis sold the crane.") == ""
    # Report nouns stay nouns, with or without an owner before them.
    assert named_content("The media reports that the crane was sold are false.") == (
        "the crane was sold are false"
    )
    assert named_content("An outlet's reports that the crane was sold were denied.") == (
        "the crane was sold were denied"
    )
    # A report's title is what it held, also past who ran it or when.
    assert named_content('The story headlined "Crane sold to rival" was withdrawn.') == (
        "crane sold to rival was withdrawn"
    )
    assert (
        named_content('The story on Monday headlined "Crane sold" was withdrawn.')
        == "crane sold was withdrawn"
    )


def test_a_placed_denial_answers_the_report_every_other_article_of_its_story_carries() -> None:
    # A report and its denial, two articles in all: the one other article is the whole
    # coverage the denial can answer, though fewer than three articles carry it.
    told = scoped(
        TIMES,
        "asserts",
        "Orbis will stop the tablet in the spring",
        article="a1",
        cls="stop",
        participants=(TABLET,),
    )
    denial = _tablet_not_breaking_off()
    assert [told, denial] in group_propositions([told, denial])
    [report] = proposition_conflicts("s1", [told, denial], set())
    assert {side.stance for side in report.sides} == {"asserts", "denies"}
    # A third article telling something else: the report is no longer the coverage as a whole.
    other = scoped(COURIER, "asserts", "a dock was built", article="a2", cls="build", participants=(HARBOR,))
    groups = group_propositions([told, other, denial])
    assert [told] in groups and [denial] in groups


def test_a_stranded_denial_alone_in_its_story_stays_alone() -> None:
    # Its own proposition is the story's only one: there is nothing else its words could name.
    denial = placed_denial(
        MAKER,
        "Orbis denied reports that its tablet will stop selling in harbour shops.",
        article="a1",
        cls="stop",
        participants=(TABLET,),
    )
    assert group_propositions([denial]) == [[denial]]
    assert proposition_conflicts("s1", [denial], set()) == []


def narration(
    outlet: str, quote: str, *, article: str, cls: str, participants: tuple[str, ...] = ()
) -> ScopedClaim:
    """An article's own account of a happening, no frame attributing it (`own_voice`)."""
    c = scoped(Source(name=outlet), "asserts", quote, article=article, cls=cls, participants=participants)
    return msgspec.structs.replace(c, own_voice=True)


EVACUATED = "The small town of Millbrook has been evacuated after a chemical leak at the fertiliser plant"


def test_a_death_told_as_fact_meets_the_denial_that_the_same_person_is_dead() -> None:
    # A hoax: one outlet tells the death in its own voice, another says the actor is alive.
    # What happens to someone once, told and denied of the same person, is one happening.
    actor = "e-actor"
    told = narration(
        "Celebrity Wire",
        "Actor Jon Pell has died at the age of 58",
        article="a1",
        cls="death",
        participants=(actor,),
    )
    alive = scoped(
        Source(name="The Evening Post"),
        "denies",
        "Jon Pell is alive and well, posting on his page on Tuesday",
        article="a2",
        cls="death",
        participants=(actor,),
    )
    (report,) = proposition_conflicts("s1", [told, alive], set())
    assert [[x.name for x in s.sources] for s in report.sides] == [["Celebrity Wire"], ["The Evening Post"]]
    # Another person's death, or another kind of happening to the same person: nothing met.
    other = narration(
        "Celebrity Wire", "His co-star has died", article="a1", cls="death", participants=("e-costar",)
    )
    assert proposition_conflicts("s1", [other, alive], set()) == []
    hurt = narration(
        "Celebrity Wire", "Jon Pell was hurt in a fall", article="a1", cls="injury", participants=(actor,)
    )
    # A death told as someone's finding is no death the outlet asserts: the cat pronounced dead
    # by vets, and alive.
    pronounced = narration(
        "Pet News", "Jon Pell was pronounced dead by vets", article="a1", cls="death", participants=(actor,)
    )
    assert proposition_conflicts("s1", [pronounced, alive], set()) == []
    assert proposition_conflicts("s1", [hurt, alive], set()) == []


def test_an_article_narrating_a_disputed_deed_of_the_same_parties_takes_the_asserting_side() -> None:
    # "The paper said the chairman had dismissed X at the club"; "the club denied reports that
    # X had been sacked"; another article leads "Rovers have sacked manager X": the same deed.
    club, coach, chairman = "e-club", "e-coach", "e-chair"

    def departure(
        outlet: Source, stance: Stance, quote: str, article: str, parties: tuple[str, ...]
    ) -> ScopedClaim:
        return scoped(outlet, stance, quote, article=article, cls="departure", participants=parties)

    def told_by_wire(
        quote: str, cls: str = "departure", parties: tuple[str, ...] = (club, coach)
    ) -> ScopedClaim:
        return narration("Sports Wire", quote, article="a2", cls=cls, participants=parties)

    reported = departure(
        Source(name="The Signal"),
        "asserts",
        "the chairman had dismissed X at a meeting",
        "a1",
        (chairman, coach, club),
    )
    denied = departure(
        Source(name="Rovers", entity_id=club),
        "denies",
        "a report that she had been sacked",
        "a1",
        (club, coach),
    )
    told = told_by_wire("Rovers have sacked manager X after a defeat")
    (report,) = proposition_conflicts("s1", [reported, denied, told], set())
    assert set(report.article_ids) == {"a1", "a2"}
    # Another deed of the same parties, a deed of one party only, or the deed told as not done:
    # nothing joins.
    for other in (
        told_by_wire("Rovers have signed X", cls="hire"),
        told_by_wire("X has been sacked", parties=(coach,)),
        told_by_wire("Rovers have not sacked X"),
    ):
        (alone,) = proposition_conflicts("s1", [reported, denied, other], set())
        assert set(alone.article_ids) == {"a1"}


def test_an_article_narrating_a_disputed_report_in_its_words_takes_the_asserting_side() -> None:
    # "A release claims that the town has been evacuated ...; this report is false", and
    # another article tells the same thing as fact: that outlet asserts it too.
    relayed = scoped(Source(name="A release"), "asserts", EVACUATED, article="a1", cls="evacuate")
    denial = scoped(ANALYST, "denies", "This report is entirely false", article="a1")
    told = narration("The Hoax Herald", EVACUATED + ".", article="a2", cls="evacuate")
    (report,) = proposition_conflicts("s1", [relayed, denial, told], set())
    asserting = next(s for s in report.sides if s.stance == "asserts")
    assert {s.name for s in asserting.sources} == {"A release", "The Hoax Herald"}
    assert "a2" in {e.article_id for e in asserting.evidence}
    # The narration joins the dispute; it neither opens nor names it.
    (without,) = proposition_conflicts("s1", [relayed, denial], set())
    assert report.key == without.key
    assert report.summary.startswith("A release and The Hoax Herald say “The small town")


def test_a_narration_alone_against_a_denial_makes_no_report() -> None:
    denial = scoped(ANALYST, "denies", "This report is entirely false", article="a1")
    told = narration("The Hoax Herald", EVACUATED + ".", article="a2", cls="evacuate")
    assert proposition_conflicts("s1", [denial, told], set()) == []


def test_a_narration_in_other_words_stays_out_of_the_dispute() -> None:
    relayed = scoped(Source(name="A release"), "asserts", EVACUATED, article="a1", cls="evacuate")
    denial = scoped(ANALYST, "denies", "This report is entirely false", article="a1")
    other = narration(
        "The Hoax Herald", "The county fair opened with a parade on Main Street.", article="a2", cls="open"
    )
    (report,) = proposition_conflicts("s1", [relayed, denial, other], set())
    assert all("a2" not in {e.article_id for e in s.evidence} for s in report.sides)


def test_the_deniers_own_narration_is_the_context_of_its_denial() -> None:
    # "The small town has been evacuated ... The claims are false.": the outlet retells what
    # it denies; it is not on both sides.
    relayed = scoped(Source(name="A release"), "asserts", EVACUATED, article="a1", cls="evacuate")
    retold = narration("The Daily Ledger", EVACUATED + ".", article="a2", cls="evacuate")
    denial = scoped(TIMES, "denies", "The claims are false", article="a2")
    (report,) = proposition_conflicts("s1", [relayed, retold, denial], set())
    asserting = next(s for s in report.sides if s.stance == "asserts")
    assert {s.name for s in asserting.sources} == {"A release"}


def test_narrations_take_no_part_in_grouping() -> None:
    # A story told only in the outlets' own voices, with nobody denying it: no proposition at all.
    a = narration("The Daily Ledger", EVACUATED + ".", article="a1", cls="evacuate")
    b = narration("The Courier", EVACUATED + " on Monday.", article="a2", cls="evacuate")
    assert group_propositions([a, b]) == []


def drone_rumour_denied() -> ScopedClaim:
    """A maker's denial that says what the report held, in article a1."""
    return scoped(
        MAKER,
        "denies",
        "rumours that its delivery drones are circling the Orbis harbor stadium are not true",
        article="a1",
        cls="circle",
        participants=(ORBIS,),
    )


def test_a_denial_saying_what_the_report_held_meets_the_article_that_narrates_it() -> None:
    # "Rumours that its drones are circling the stadium are not true", and an article telling, in
    # its own voice, that the drones were flown over the stadium: a report opens.
    denial = drone_rumour_denied()
    told = narration(
        "The Courier",
        "Four delivery drones have been flown over the Orbis harbor stadium.",
        article="a2",
        cls="fly",
    )
    (report,) = proposition_conflicts("s1", [denial, told], set())
    sides = {s.stance: s for s in report.sides}
    assert [s.name for s in sides["asserts"].sources] == ["The Courier"]
    assert [s.name for s in sides["denies"].sources] == ["Orbis Devices"]
    assert report.key == f"{KEY_PREFIX}s1:{denial.claim.claim_id}"


def test_a_narration_sharing_few_of_the_reports_words_opens_nothing() -> None:
    denial = drone_rumour_denied()
    other = narration(
        "The Courier", "Orbis opened a new stadium cafeteria in Veloria.", article="a2", cls="open"
    )
    retold = narration(
        "The Daily Ledger",
        "Delivery drones have been flown over the Orbis harbor stadium.",
        article="a1",
        cls="fly",
    )
    assert proposition_conflicts("s1", [denial, other, retold], set()) == []


def test_named_content_reads_a_relative_clause_that_says_what_the_report_held() -> None:
    assert named_content(
        "Orbis refuted newspaper reports which suggested it was about to sell the crane."
    ) == ("it was about to sell the crane")
    assert (
        named_content("Orbis denied a story which claimed that the crane was sold.") == "the crane was sold"
    )
    # A relative clause that holds no saying verb, or one cut off by a comma, names nothing.
    assert named_content("Orbis denied reports which appeared on Monday.") == ""
    assert named_content("The reports, which said little, were denied by Orbis.") == ""
    # A verb after "which" that is not the report's own saying is no content either.
    assert named_content("Orbis denied the reports which worried its staff.") == ""


def test_a_denial_of_reports_which_suggested_something_goes_to_what_they_suggested() -> None:
    detail = scoped(
        TIMES, "asserts", "the director had stepped down", article="a3", cls="step", participants=(ORBIS,)
    )
    sale = scoped(
        COURIER,
        "asserts",
        "the council was about to fine the cafe over its singing bear",
        article="a2",
        cls="fine",
        participants=(HARBOR,),
    )
    denial = sentence_denial(
        MAKER,
        "refuted newspaper reports",
        "The council refuted newspaper reports which suggested it was about to fine the cafe over its singing bear.",
        article="a3",
        claim_id="c-which",
    )
    groups = group_propositions([sale, detail, denial])
    assert [sale, denial] in groups
    assert [detail] in groups


def test_a_name_with_no_word_or_opening_with_a_clause_names_nobody() -> None:
    # Seen among the reports of undisputed training stories: a year the parse took for the
    # speaker of a sentence, and an opening clause of time run into the subject.
    assert names_nobody(Source(name="2015"))
    assert names_nobody(Source(name="after the crowd left reports reps for the singer"))
    assert names_nobody(Source(name="before the vote officials"))
    # Names that merely begin like those stay names.
    assert not names_nobody(Source(name="Aftermath Media"))
    assert not names_nobody(Source(name="Whenever Records"))
    assert not names_nobody(Source(name="the reps for the singer"))
    assert not names_nobody(Source(name="Orbis 2015 Ltd"))


def test_a_denial_by_a_clause_run_into_its_subject_makes_no_side() -> None:
    said = scoped(
        TIMES, "asserts", "the singer died in his home", article="a1", cls="die", participants=("singer",)
    )
    garbled = scoped(
        Source(name="after the crowd left reports reps for the singer"),
        "denies",
        "the singer did not die in his home",
        article="a2",
        cls="die",
        participants=("singer",),
    )
    assert proposition_conflicts("s1", [said, garbled], set()) == []
    # The same denial by the reps, named, is a dispute.
    reps = scoped(
        Source(name="reps for the singer"),
        "denies",
        "the singer did not die in his home",
        article="a3",
        cls="die",
        participants=("singer",),
    )
    drafts = proposition_conflicts("s1", [said, reps], set())
    assert [[s.stance for s in d.sides] for d in drafts] == [["asserts", "denies"]]


def _in_sentence(c: ScopedClaim, sentence: str) -> ScopedClaim:
    c.claim.sentence = sentence
    return c


def test_an_assertion_inside_a_negative_denial_of_its_sentence_is_no_answer_to_it() -> None:
    # Seen among the reports of undisputed training stories: the relative clause of a denial
    # read as someone's assertion, in the denial's own words because it is part of them.
    sentence = (
        "Hale told the Courier that no one at the meeting made any mention of the envoy, who is"
        " seen by some partners as a weak and indecisive actor."
    )
    view = _in_sentence(
        scoped(
            Source(name="some partners"),
            "asserts",
            "a weak and indecisive actor",
            article="a1",
            cls="see",
            participants=("envoy",),
        ),
        sentence,
    )
    denial = _in_sentence(
        scoped(
            Source(name="Hale"),
            "denies",
            "that no one at the meeting made any mention of the envoy, who is seen by some partners"
            " as a weak and indecisive actor",
            article="a1",
            cls="mention",
            participants=("envoy",),
        ),
        sentence,
    )
    assert proposition_conflicts("s1", [view, denial], set()) == []


def test_a_denial_naming_the_report_it_denies_in_its_sentence_still_answers_it() -> None:
    sentence = "The council denied newspaper reports that it was about to fine the mechanical bear."
    reports = _in_sentence(
        scoped(
            Source(name="newspaper reports"),
            "asserts",
            "it was about to fine the mechanical bear",
            article="a1",
            cls="fine",
            participants=("council",),
        ),
        sentence,
    )
    denial = _in_sentence(
        scoped(
            Source(name="The council"),
            "denies",
            "newspaper reports that it was about to fine the mechanical bear",
            article="a1",
            participants=("council",),
        ),
        sentence,
    )
    drafts = proposition_conflicts("s1", [reports, denial], set())
    assert [[s.stance for s in d.sides] for d in drafts] == [["asserts", "denies"]]


def test_a_denial_naming_no_party_answers_the_one_proposition_of_its_verb() -> None:
    # "The operator denied that the vessel was overloaded": the vessel is no entity, but only
    # one proposition of the story says something was overloaded.
    said = scoped(
        TIMES,
        "asserts",
        "the Harbor Star was badly overloaded when it left port",
        article="a1",
        cls="overload",
        participants=(HARBOR,),
    )
    rescued = scoped(
        TIMES,
        "asserts",
        "the coast guard rescued 130 people",
        article="a1",
        cls="rescue",
        participants=(ORBIS,),
    )
    denied = scoped(ANALYST, "denies", "that the vessel was overloaded", article="a2", cls="overload")
    groups = group_propositions([said, rescued, denied])
    assert [c.claim.claim_id for c in groups[0]] == [said.claim.claim_id, denied.claim.claim_id]
    [report] = proposition_conflicts("s1", [said, rescued, denied], set())
    assert [s.stance for s in report.sides] == ["asserts", "denies"]


def test_a_denial_that_none_of_a_thing_was_used_by_a_named_speaker_names_no_party() -> None:
    # '"No tear gas was fired," a spokesman, Karl Onne, said': the one entity of the sentence is
    # who says it, and "no tear gas" is the thing the protesters' claim names.
    fired = scoped(
        COURIER,
        "asserts",
        "police fired tear gas at them outside the parliament in Harbor",
        article="a1",
        cls="fire",
        participants=(HARBOR,),
    )
    spokesman = Source(name="Karl Onne", entity_id="e-onne")
    denied = scoped(
        spokesman, "denies", "No tear gas was fired", article="a2", cls="fire", participants=("e-onne",)
    )
    [report] = proposition_conflicts("s1", [fired, denied], set())
    assert {s.stance: [x.name for x in s.sources] for s in report.sides} == {
        "asserts": ["The Courier"],
        "denies": ["Karl Onne"],
    }
    # A party besides the speaker is a party of the denial's own.
    other = scoped(
        spokesman, "denies", "No tear gas was fired", article="a2", cls="fire", participants=("e-onne", ORBIS)
    )
    assert proposition_conflicts("s1", [fired, other], set()) == []


@pytest.mark.parametrize(
    ("quote", "meets"),
    [
        # Something was done to "it": the thing the other claim names.
        ("that it had been shot down by rebels", True),
        ("it was hit by a missile", True),
        # "it" doing something may be the speaker itself: a denial of its own doing.
        ("that it attacked the town", False),
        # A verdict on a clause: the clause's subject is what is described.
        ("It is categorically untrue that the helicopter was shot down", True),
        ("it's not true that the helicopter was hit", True),
        ("It is untrue that we attacked the town", False),
        # None of a kind took place.
        ("There was no strike.", True),
    ],
)
def test_a_partyless_denial_of_what_was_done_to_it_answers_the_one_proposition_of_its_kind(
    quote: str, meets: bool
) -> None:
    shot = scoped(
        COURIER,
        "asserts",
        "they had shot down an army helicopter over the Vell hills",
        article="a1",
        cls="attack",
        participants=(HARBOR,),
    )
    army = Source(name="The army")
    denied = scoped(army, "denies", quote, article="a2", cls="attack")
    found = proposition_conflicts("s1", [shot, denied], set())
    assert [[x.name for x in s.sources] for r in found for s in r.sides] == (
        [["The Courier"], ["The army"]] if meets else []
    )


def test_a_partyless_denial_of_another_kind_of_thing_answers_nothing() -> None:
    # "No payment card details were accessed" beside "attackers accessed customers' personal
    # details": none of another kind, no denial of the breach.
    told = "attackers accessed the personal details of customers"
    breach = scoped(COURIER, "asserts", told, article="a1", cls="access", participants=(HARBOR,))
    email = Source(name="the email")
    cards = scoped(email, "denies", "No payment card details were accessed", article="a1", cls="access")
    assert proposition_conflicts("s1", [breach, cards], set()) == []
    details = scoped(email, "denies", "No personal details were accessed", article="a2", cls="access")
    [report] = proposition_conflicts("s1", [breach, details], set())
    assert [[x.name for x in s.sources] for s in report.sides] == [["The Courier"], ["the email"]]


def test_a_partyless_denial_with_two_propositions_of_its_verb_or_a_generic_one_joins_neither() -> None:
    one = scoped(
        TIMES,
        "asserts",
        "the Harbor Star was overloaded",
        article="a1",
        cls="overload",
        participants=(HARBOR,),
    )
    two = scoped(
        COURIER,
        "asserts",
        "the Orbis barge was overloaded",
        article="a2",
        cls="overload",
        participants=(ORBIS,),
    )
    denied = scoped(ANALYST, "denies", "that the vessel was overloaded", article="a3", cls="overload")
    assert proposition_conflicts("s1", [one, two, denied], set()) == []
    was = scoped(
        TIMES, "asserts", "the Harbor Star was in port", article="a1", cls="be", participants=(HARBOR, ORBIS)
    )
    was_not = scoped(ANALYST, "denies", "that the vessel was in port", article="a3", cls="be")
    assert proposition_conflicts("s1", [was, was_not], set()) == []
    # A denial of one's own doing, or of anyone's, describes nothing another claim names.
    attacks = scoped(
        TIMES, "asserts", "three attacks in Harbor", article="a1", cls="attack", participants=(HARBOR,)
    )
    own = scoped(ANALYST, "denies", "attacking anyone", article="a3", cls="attack")
    assert proposition_conflicts("s1", [attacks, own], set()) == []
    whole = scoped(
        Source(name="The police"),
        "denies",
        "The police have denied attacking anyone",
        article="a3",
        cls="attack",
    )
    assert proposition_conflicts("s1", [attacks, whole], set()) == []
    caught = scoped(
        TIMES, "asserts", "we will catch it again", article="a1", cls="catch", participants=(HARBOR,)
    )
    nobody = scoped(ANALYST, "denies", "no one had ever caught a fish so big", article="a3", cls="catch")
    assert proposition_conflicts("s1", [caught, nobody], set()) == []
    # An assertion that names no party says nothing a denial could answer.
    bare = scoped(COURIER, "asserts", "the vessel was overloaded", article="a2", cls="overload")
    denial = scoped(
        ANALYST,
        "denies",
        "that the Harbor Star was overloaded",
        article="a3",
        cls="overload",
        participants=(HARBOR,),
    )
    assert proposition_conflicts("s1", [bare, denial], set()) == []


def test_a_denial_of_ones_own_doing_answers_the_one_claim_of_its_kind_that_names_the_denier() -> None:
    movement = Source(name="The Valley Movement", entity_id="e-movement")
    fired = scoped(
        TIMES,
        "asserts",
        "rebels of the Valley Movement fired mortar rounds at the Harbor outpost",
        article="a1",
        cls="fire",
        participants=("e-movement", HARBOR),
    )
    denied = scoped(
        movement, "denies", "firing any shells", article="a2", cls="fire", participants=("e-movement",)
    )
    # A third article names the movement too: the story's subject, which alone joins nothing.
    committed = scoped(
        ANALYST,
        "asserts",
        "the movement remains committed to the truce",
        article="a4",
        cls="remain",
        participants=("e-movement",),
    )
    [report] = proposition_conflicts("s1", [fired, denied, committed], set())
    assert [[x.name for x in s.sources] for s in report.sides] == [
        ["The Daily Ledger"],
        ["The Valley Movement"],
    ]
    # A claim of its kind that does not name the denier is someone else's doing.
    other = scoped(
        TIMES,
        "asserts",
        "soldiers fired at the Harbor outpost",
        article="a1",
        cls="fire",
        participants=(HARBOR,),
    )
    assert proposition_conflicts("s1", [other, denied, committed], set()) == []
    # Two such claims: nothing says which one it answers.
    again = scoped(
        COURIER,
        "asserts",
        "the Valley Movement fired on a convoy in Orbis",
        article="a3",
        cls="fire",
        participants=("e-movement", ORBIS),
    )
    assert proposition_conflicts("s1", [fired, again, denied, committed], set()) == []


def test_a_denial_naming_what_its_report_held_answers_no_account_that_never_says_it() -> None:
    # "The report notes the prototypes were disguised", then "the decision came long ago,
    # refuting reports claiming the cuts came at the last minute": the denial says what the
    # report it refutes held, and the account before it says none of that.
    account = scoped(
        TIMES,
        "asserts",
        "Orbis disguised the watch prototypes",
        article="a1",
        cls="disguise",
        participants=(ORBIS,),
    )
    echo = scoped(
        COURIER,
        "asserts",
        "Orbis disguised its watch prototypes",
        article="a2",
        cls="disguise",
        participants=(ORBIS,),
    )
    refuting = sentence_denial(
        ANALYST,
        "the decision came long ago",
        "The decision to drop the features came long ago, refuting reports claiming the cuts "
        "have come at the last minute.",
        article="a1",
        claim_id="c-refuting",
    )
    groups = group_propositions([account, echo, refuting])
    assert groups == [[account, echo]]
    # Naming what the account says, the same refutation answers it.
    answering = sentence_denial(
        ANALYST,
        "the decision came long ago",
        "The decision came long ago, refuting reports claiming Orbis disguised the watch prototypes.",
        article="a1",
        claim_id="c-answering",
    )
    assert group_propositions([account, echo, answering]) == [[account, echo, answering]]


# --- a denial naming whose report it rejects ------------------------------------------------------

KESSLAND_ARMY = Source(name="Kessland's army")
KESSLAND = "e-kessland"
DRONES = "the army shot down 14 drones near the town of Lorn overnight"


def _drone_claims() -> list[ScopedClaim]:
    return [
        scoped(KESSLAND_ARMY, "asserts", DRONES, article="a1", cls="attack", participants=(KESSLAND, HARBOR)),
        scoped(KESSLAND_ARMY, "asserts", DRONES, article="a2", cls="attack", participants=(KESSLAND, HARBOR)),
    ]


def test_a_denial_of_claims_by_a_named_claimant_answers_what_that_claimant_asserts() -> None:
    # Two articles assert it (too few for the story's main proposition to take any denial), and
    # the denial tells the report in other words ("sent drones across the border"): its owner,
    # named after "claims by", is the asserting claimant.
    asserted = _drone_claims()
    denial = placed_denial(
        MAKER,
        "Ostrava on Tuesday rejected claims by neighbouring Kessland that it had sent drones across the border.",
        article="a2",
        cls="send",
        participants=(ORBIS, KESSLAND),
    )
    claims = [*asserted, denial]
    assert [*asserted, denial] in group_propositions(claims)
    [report] = proposition_conflicts("s1", claims, set())
    assert {side.stance for side in report.sides} == {"asserts", "denies"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the owner asserts nothing in the story
        "Ostrava rejected claims by the port authority that it had sent drones across the border.",
        # the owner's report shares no word with what the owner asserts
        "Ostrava rejected claims by Kessland that it had paid smugglers.",
        # no owner named
        "Ostrava rejected claims that it had sent boats across the river.",
    ],
)
def test_a_denial_of_someone_elses_or_other_claims_stays_apart(sentence: str) -> None:
    asserted = _drone_claims()
    denial = placed_denial(MAKER, sentence, article="a2", cls="send", participants=(ORBIS,))
    assert [denial] in group_propositions([*asserted, denial])


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("X rejected claims by neighbouring Kessland that it sent drones.", {"kessland"}),
        ("X dismissed Kessland's allegations that drones were sent.", {"kessland"}),
        ("X rejected allegations from the army that he fled.", {"army"}),
        ("X denied reports by The Daily Ledger on Monday that it closed.", {"daily", "ledger"}),
        ("X said the Server Watch report was wrong.", {"server", "watch"}),
        ("X denied a Ledger report that it closed.", {"ledger"}),
        ("X denied the report.", set()),
        ("X denied reports that it closed.", set()),
        ("Reports said it closed.", set()),
    ],
)
def test_the_owner_of_a_report_is_read_from_its_sentence(sentence: str, owner: set[str]) -> None:
    assert report_owner(sentence) == owner


# --- one exact count told with two verbs ------------------------------------------------------------


def test_one_count_of_one_thing_in_other_words_is_one_proposition() -> None:
    # "cut 4,000 jobs" and "eliminate 4,000 jobs": two verbs, no party in common, one figure.
    cut = scoped(
        TIMES,
        "asserts",
        "Orbis plans to cut about 4,000 jobs in Europe",
        article="a1",
        cls="cut",
        participants=(ORBIS,),
    )
    eliminate = scoped(
        COURIER, "asserts", "the company would eliminate 4,000 jobs", article="a2", cls="eliminate"
    )
    denial = scoped(
        MAKER,
        "denies",
        "that it plans to cut 4,000 jobs in Europe",
        article="a2",
        cls="cut",
        participants=(ORBIS,),
    )
    groups = group_propositions([cut, eliminate, denial])
    assert [cut, eliminate, denial] in groups


@pytest.mark.parametrize(
    ("quote", "figures"),
    [
        ("the company would eliminate 4,000 jobs", [("4000", "jobs")]),
        ("the army shot down 14 drones", [("14", "drone")]),
        ("1,200 workers were laid off", [("1200", "worker")]),
        # people in general, a year, a unit, a small count: nothing that names one fact
        ("34 people died in the fire", []),
        ("the 2014 election was rigged", []),
        ("the deficit reached 6.2 percent", []),
        ("it lasted 12 years", []),
        ("3 reasons were given", []),
    ],
)
def test_counted_figures(quote: str, figures: list[tuple[str, str]]) -> None:
    assert counted_figures(quote) == figures


def test_a_denial_calling_a_named_outlets_report_wrong_answers_what_that_outlet_asserts() -> None:
    # "the Server Watch report was wrong", beside "it had never found chips in its servers": the
    # report holds no "that" clause; the denial's own words meet the outlet's claim.
    outlet = Source(name="Server Watch")
    asserted = scoped(
        outlet,
        "asserts",
        "chips were implanted in servers made by Orbis",
        article="a1",
        cls="implant",
        participants=(ORBIS,),
    )
    denial = placed_denial(
        MAKER,
        "Orbis said it had never found malicious chips in its servers and that the Server Watch report was wrong.",
        article="a2",
        cls="find",
        participants=(ORBIS,),
    )
    claims = [asserted, denial]
    assert [asserted, denial] in group_propositions(claims)
    [report] = proposition_conflicts("s1", claims, set())
    assert {side.stance for side in report.sides} == {"asserts", "denies"}


def test_a_plan_and_a_happening_are_two_propositions() -> None:
    # "will resign next week" and "would not resign" meet; "resigned in 2019" is another thing.
    # (Both parties are in every article, so the story's subjects: the pair joins them.)
    both = (HARBOR, ORBIS)
    will = scoped(
        TIMES,
        "asserts",
        "Harlow will resign from Orbis next week",
        article="a1",
        cls="end",
        participants=both,
    )
    done = scoped(
        COURIER, "asserts", "Harlow resigned from Orbis in 2019", article="a2", cls="end", participants=both
    )
    wont = scoped(
        ANALYST, "denies", "she would not resign from Orbis", article="a3", cls="end", participants=both
    )
    will, wont = (msgspec.structs.replace(c, planned=True) for c in (will, wont))
    assert group_propositions([will, done, wont]) == [[will, wont], [done]]
    [report] = proposition_conflicts("s1", [will, done, wont], set())
    assert [(s.stance, s.position) for s in report.sides] == [
        ("asserts", "will happen"),
        ("denies", "will not happen"),
    ]


def _contrary(c: ScopedClaim) -> ScopedClaim:
    return msgspec.structs.replace(c, contrary=True)


def _not_called_off() -> ScopedClaim:
    """Orbis's contrary account: "the union had not called off Monday's strike"."""
    return _contrary(
        scoped(
            MAKER,
            "asserts",
            "the union had not called off Monday's strike",
            article="a2",
            cls="call",
            participants=(ORBIS,),
        )
    )


def test_a_deed_said_not_done_answers_another_articles_assertion_of_it() -> None:
    # "the union has called off the strike" / "Orbis said the union had not called it off".
    done = scoped(
        ANALYST,
        "asserts",
        "the union has called off Monday's strike after a pay offer from Orbis",
        article="a1",
        cls="call",
        participants=(HARBOR, ORBIS),
    )
    not_done = _not_called_off()
    [report] = proposition_conflicts("s1", [done, not_done], set())
    assert [(s.stance, s.position, [x.name for x in s.sources]) for s in report.sides] == [
        ("asserts", "happened", ["Jane Harlow"]),
        ("denies", "did not happen", ["Orbis Devices"]),
    ]
    assert report.summary.startswith("Jane Harlow says")


def test_a_deed_said_not_done_is_an_assertion_where_nobody_else_asserts_the_deed() -> None:
    alone = _not_called_off()
    other = scoped(
        TIMES, "asserts", "the union met Orbis on Friday", article="a1", cls="meeting", participants=(ORBIS,)
    )
    assert proposition_conflicts("s1", [other, alone], set()) == []
    [group] = [
        g for g in group_propositions([other, alone]) if alone.claim.claim_id in {c.claim.claim_id for c in g}
    ]
    assert [c.claim.stance for c in group] == ["asserts"]


def test_a_deed_said_not_done_answers_no_other_deed_it_shares_words_with() -> None:
    # "180,000 tickets have been sold" / "the promoter said all dates were going ahead as planned
    # and 180,000 tickets had been sold": not cancelled answers no sale of tickets.
    sold = scoped(TIMES, "asserts", "More than 180,000 tickets have been sold", article="a1", cls=None)
    not_cancelled = _contrary(
        scoped(
            MAKER,
            "asserts",
            "that all dates were going ahead as planned and that more than 180,000 tickets had been sold",
            article="a2",
            cls="cancel",
        )
    )
    group = [sold, not_cancelled]
    answer_with_contrary_accounts([group])
    assert [c.claim.stance for c in group] == ["asserts", "asserts"]
    # the assertion of its deed it does answer
    cancelled = scoped(TIMES, "asserts", "the promoter cancelled the tour dates", article="a1", cls="cancel")
    group = [cancelled, not_cancelled]
    answer_with_contrary_accounts([group])
    assert [c.claim.stance for c in group] == ["asserts", "denies"]


def test_a_deed_said_not_done_is_no_assertion_a_denial_can_dispute() -> None:
    # "the chief executive said the operator had not been fined and dismissed rumours that it
    # was for sale": his contrary account and a denial beside it; nobody says the deed was done.
    alone = _not_called_off()
    denial = scoped(
        ANALYST, "denies", "rumours that the union had called off Monday's strike", article="a2", cls="call"
    )
    assert proposition_conflicts("s1", [alone, denial], set()) == []


@pytest.mark.parametrize("same", ["article", "claimant"])
def test_a_deed_said_not_done_does_not_answer_its_own_article_or_its_own_claimant(same: str) -> None:
    # One source telling both, or one article telling both, corrects itself: nobody disputes.
    done = scoped(
        MAKER if same == "claimant" else ANALYST,
        "asserts",
        "the union has called off Monday's strike",
        article="a2" if same == "article" else "a1",
        cls="call",
        participants=(ORBIS,),
    )
    not_done = _not_called_off()
    assert proposition_conflicts("s1", [done, not_done], set()) == []


def test_a_deed_said_not_done_agrees_with_a_negative_assertion_of_it() -> None:
    # "the bombs are not causing casualties" / "he said the bombs had not caused casualties".
    negative = scoped(
        ANALYST,
        "asserts",
        "the bombs are not causing casualties",
        article="a1",
        cls="cause",
        participants=(ORBIS,),
    )
    not_done = _contrary(
        scoped(
            MAKER,
            "asserts",
            "the bombs had not caused casualties",
            article="a2",
            cls="cause",
            participants=(ORBIS,),
        )
    )
    assert proposition_conflicts("s1", [negative, not_done], set()) == []


def test_a_deed_said_not_done_meets_only_the_same_deed() -> None:
    # Another verb with the same party is another proposition: no dispute.
    freed = scoped(
        ANALYST,
        "asserts",
        "militants released the two engineers",
        article="a1",
        cls="release",
        participants=(ORBIS,),
    )
    not_paid = _contrary(
        scoped(
            MAKER, "asserts", "Orbis had not paid a ransom", article="a2", cls="pay", participants=(ORBIS,)
        )
    )
    assert proposition_conflicts("s1", [freed, not_paid], set()) == []


def test_a_deed_said_not_done_of_a_thing_described_answers_the_one_proposition_of_its_kind() -> None:
    # "the ministry said the dam had not burst": the dam is no entity in its sentence.
    burst = scoped(
        ANALYST,
        "asserts",
        "The Kora dam burst on Sunday night",
        article="a1",
        cls="burst",
        participants=(HARBOR,),
    )
    not_burst = _contrary(scoped(MAKER, "asserts", "that the dam had not burst", article="a2", cls="burst"))
    [report] = proposition_conflicts("s1", [burst, not_burst], set())
    assert [(s.stance, [x.name for x in s.sources]) for s in report.sides] == [
        ("asserts", ["Jane Harlow"]),
        ("denies", ["Orbis Devices"]),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "There is no agreement with Orbis",
        "There was no realistic chance of an agreement with Orbis",
        # what has not happened so far
        "it had not yet decided whether to agree terms with Orbis",
    ],
)
def test_an_assertion_that_there_is_none_stands_on_no_side(said: str) -> None:
    # '"There is no agreement with Orbis," the director said' says nothing happened: it is no
    # evidence on the side that says the deal was agreed (nor, being a state now, a denial);
    # "there was no realistic chance of ..." says nothing happened either.
    agreed = scoped(
        TIMES,
        "asserts",
        "Harbor have agreed a fee with Orbis",
        article="a1",
        cls="agreement",
        participants=(HARBOR, ORBIS),
    )
    none = scoped(
        ANALYST,
        "asserts",
        said,
        article="a2",
        cls="agreement",
        participants=(ORBIS,),
    )
    denial = scoped(
        MAKER,
        "denies",
        "reports that Harbor had agreed a fee",
        article="a2",
        cls="agreement",
        participants=(HARBOR, ORBIS),
    )
    [report] = proposition_conflicts("s1", [agreed, none, denial], set())
    assert [(s.stance, [x.name for x in s.sources]) for s in report.sides] == [
        ("asserts", ["The Daily Ledger"]),
        ("denies", ["Orbis Devices"]),
    ]
    # A rumour told in the negative is still what its side says ("will not serve customers").
    rumour = scoped(
        TIMES,
        "asserts",
        "Orbis will not serve customers from Harbor",
        article="a3",
        cls="serve",
        participants=(ORBIS,),
    )
    hoax = scoped(
        MAKER,
        "denies",
        "that Orbis will not serve customers",
        article="a4",
        cls="serve",
        participants=(ORBIS,),
    )
    [report] = proposition_conflicts("s2", [rumour, hoax], set())
    assert [s.stance for s in report.sides] == ["asserts", "denies"]


def test_a_link_denied_between_two_happenings_nobody_linked_answers_nothing() -> None:
    # "The airline said a fault was to blame. Airport officials stressed the two events were
    # unrelated": nobody said they were related.
    fault = scoped(TIMES, "asserts", "early indications pointed to a fault", article="a1", cls="point")
    unrelated = scoped(MAKER, "denies", "the two events were unrelated", article="a1")
    assert group_propositions([fault, unrelated]) == [[fault]]
    # Someone did link them: the denial answers that.
    linked = scoped(COURIER, "asserts", "the two events were linked", article="a2", cls="link")
    assert [unrelated in g for g in group_propositions([linked, unrelated])] == [True]


def test_a_denied_report_sharing_one_word_of_several_with_a_claim_is_another_report() -> None:
    # "dismissed speculation that she intends to run in the presidential election" does not
    # answer "the party would not choose its presidential candidate before next autumn".
    party = scoped(
        TIMES,
        "asserts",
        "the party would not choose its presidential candidate before next autumn",
        article="a1",
        cls="choose",
        participants=(HARBOR,),
    )
    speculation = scoped(
        ANALYST,
        "denies",
        "speculation on social media that she intends to run in the 2027 presidential election",
        article="a1",
    )
    assert group_propositions([party, speculation]) == [[party]]


def test_a_denied_report_whose_words_place_nothing_answers_what_they_name() -> None:
    # "labelled a report that one of its aircraft made an emergency landing as wrong": a generic
    # verb and no party, so the denial points, by its words, at the landing reported.
    landing = scoped(
        TIMES,
        "asserts",
        "flight SV412 made an emergency landing at Harrowmere on Monday evening",
        article="a1",
        cls="make",
        participants=(HARBOR, TABLET),
    )
    denial = scoped(
        MAKER,
        "denies",
        "a report that one of its aircraft made an emergency landing",
        article="a2",
        cls="make",
    )
    assert group_propositions([landing, denial]) == [[landing, denial]]


def test_a_denial_of_wrongdoing_denies_no_investigation_opened() -> None:
    # "opened a formal investigation into the miller"; "the miller denies any wrongdoing".
    opened = scoped(
        TIMES,
        "asserts",
        "on Tuesday it had opened a formal investigation into the miller",
        article="a1",
        cls="investigation",
        participants=(HARBOR,),
    )
    denial = scoped(MAKER, "denies", "Tessagrain denies any wrongdoing", article="a1")
    assert group_propositions([opened, denial]) == [[opened]]


def test_a_denial_of_wrongdoing_denies_no_resignation_that_followed() -> None:
    # "she handed in her resignation on 9 September"; "Marvaan has denied any wrongdoing".
    resigned = scoped(
        TIMES,
        "asserts",
        "she handed in her resignation on 9 September",
        article="a1",
        cls="departure",
        participants=(ANALYST.entity_id or "",),
    )
    denial = scoped(ANALYST, "denies", "Marvaan has denied any wrongdoing", article="a2")
    assert group_propositions([resigned, denial]) == [[resigned]]


def test_a_denial_of_a_report_named_in_a_word_the_story_never_uses_stays_apart() -> None:
    # "Press TV's account of the crash has been somewhat disputed": the report held "the crash";
    # the story's claim, carried three times, is of the tablet stopping.
    main1, main2, main3, *others = _carried_three_times()
    crash = scoped(
        COURIER, "denies", "Press TV's account of the crash has been somewhat disputed", article="a4"
    )
    groups = group_propositions([main1, main2, main3, *others, crash])
    assert [main1, main2, main3] in groups
    assert all(crash not in g for g in groups if main1 in g)
    # Named in a word the story's claim uses in another form, it answers that claim.
    stopping = scoped(COURIER, "denies", "Orbis denied reports of the stops", article="a4")
    groups = group_propositions([main1, main2, main3, *others, stopping])
    assert [main1, main2, main3, stopping] in groups
    assert named_content("Press TV's account of the crash has been widely disputed by the Courier.") == (
        "the crash"
    )


def test_a_denial_naming_a_report_the_story_never_tells_answers_its_own_articles_account() -> None:
    # The story carries the tablet's stop; a fourth article tells of a crash and that its
    # account "has been somewhat disputed": the crash, not the stop, is what is disputed.
    main1, main2, main3, *others = _carried_three_times()
    account = scoped(
        TIMES, "asserts", "a lorry caused the crash", article="a4", cls="cause", participants=(HARBOR,)
    )
    denial = scoped(
        COURIER, "denies", "Press TV's account of the crash has been somewhat disputed", article="a4"
    )
    groups = group_propositions([main1, main2, main3, *others, account, denial])
    assert [main1, main2, main3] in groups and [account, denial] in groups


def test_contrary_to_reports_answers_only_the_clause_it_stands_in() -> None:
    # What the reports held is the clause "contrary to" stands in, not what the sentence's
    # source goes on to add.
    assert (
        named_content(
            "Orbis told the board that, contrary to reports in May, it had not sold the crane, "
            "the source said, adding that the two firms had met in Harlow."
        )
        == "orbis told the board that it had not sold the crane"
    )
    assert named_content("The tablet did not, contrary to some reports, break off its line.") == (
        "the tablet did not break off its line"
    )
    assert named_content("It did not break off, contrary to some reports.") == "it did not break off"
    assert (
        named_content("Contrary to reports, there was no panel on the show.")
        == "there was no panel on the show"
    )
    # A clause break inside the clause itself keeps it whole.
    assert named_content("Contrary to reports, the minister, who is 64, has not resigned.") == (
        "the minister who is has not resigned"
    )


def test_a_denial_contrary_to_reports_is_not_answered_by_what_its_sentence_adds() -> None:
    # "X had not backed Y, contrary to reports, the source said, adding that the two met":
    # the source's added account shares the denial's sentence, not the report it denies.
    sentence = (
        "Orbis told the board that, contrary to reports in May, it had not sold the crane, "
        "the source said, adding that the two firms had met in Harlow."
    )
    denial = claim_in(
        MAKER, "denies", "that, contrary to reports in May, it had not sold the crane", sentence, "sell"
    )
    added = claim_in(COURIER, "asserts", "that the two firms had met in Harlow", sentence, "meeting")
    groups = group_propositions([denial, added])
    assert [denial] in groups and [added] in groups
    assert proposition_conflicts("s1", [denial, added], set()) == []


def test_a_referee_who_took_charge_names_no_charge() -> None:
    # "took charge of the match" lays no charge: the sentence names no report, and what its
    # speaker denies is his own account, not the story's report.
    assert named_content("The referee who took charge of the match said he had seen nothing unusual.") == ""
    assert named_content("The officer in charge denied charges that the match had been fixed.") == (
        "the match had been fixed"
    )


def test_one_sentences_fragment_quoted_for_two_statements_is_not_one_proposition() -> None:
    # "He said the records showed no flights and suggested the fire was caused by 'negligence or
    # an accident'": both claims quote the fragment, but one is of what the records showed and
    # the other of what caused the fire.
    sentence = (
        "He said the records showed no flights that night and suggested the fire had been caused by "
        '"negligence or an accident".'
    )
    colonel = Source(name="Arvid Maesk", entity_id="e-maesk")
    records = Source(name="the ministry's radar records")

    fragment = "negligence or an accident"
    shown = claim_in(colonel, "denies", fragment, sentence, "show", article="a2", participants=(HARBOR,))
    caused = claim_in(records, "asserts", fragment, sentence, "cause", article="a2", participants=(HARBOR,))
    assert proposition_conflicts("s1", [shown, caused], set()) == []


def test_a_denial_of_that_account_answers_the_account_its_article_just_told() -> None:
    # The story's main claim is another (an evacuation several articles tell); "contradicted
    # that account" points back at the account its own article told just before.
    evacuated = [
        scoped(src, "asserts", "900 slept in school gyms", article=a, cls="spend", participants=(HARBOR,))
        for src, a in ((TIMES, "a1"), (COURIER, "a2"), (ANALYST, "a3"))
    ]
    collapsed = scoped(MAKER, "asserts", "the wall fell", article="a1", cls="collapse", participants=(ORBIS,))
    ministry, denied = Source(name="The ministry"), "The ministry flatly contradicted that account"
    contradicted = sentence_denial(ministry, denied, denied + ".", article="a1", claim_id="c-that-account")
    [report] = proposition_conflicts("s1", [*evacuated, collapsed, contradicted], set())
    assert {s.stance: [x.name for x in s.sources] for s in report.sides} == {
        "asserts": ["Orbis Devices"],
        "denies": ["The ministry"],
    }


def test_named_content_of_an_image_is_what_it_shows() -> None:
    assert named_content(
        "The picture of a shark swimming down a flooded road that spread online was doctored."
    ) == ("a shark swimming down a flooded road")
    assert named_content("The video of the rescue has been debunked.") == "the rescue"
    # A letter "of" a date holds nothing shown.
    assert named_content("The letter of 3 May was forged.") == ""


def test_a_denial_of_what_an_image_shows_answers_the_narration_that_tells_it() -> None:
    # The story's only attributed claim is the council's (the road closed); the shark is told
    # in the first article's own voice. The denial names the shark: it answers the narration.
    closed = scoped(
        TIMES,
        "asserts",
        "schools would stay closed and Harbor Road would remain shut",
        article="a1",
        cls="close",
        participants=(HARBOR,),
    )
    shown = narration(
        "The Buzz", "A photo showed a shark swimming along flooded Harbor Road", article="a1", cls="show"
    )
    doctored = scoped(
        COURIER,
        "denies",
        "The picture of a shark swimming down a flooded Harbor Road was doctored",
        article="a2",
    )
    (report,) = proposition_conflicts("s1", [closed, shown, doctored], set())
    assert [[x.name for x in s.sources] for s in report.sides] == [["The Buzz"], ["The Courier"]]


def test_a_denial_restating_its_speakers_last_one_answers_what_that_one_answered() -> None:
    # "The video of the rescue was staged ... 'The aim was always to reveal it,' said the
    # director. In other words, the video is staged": not an answer to the director's quote.
    told = narration(
        "Clipfeed", "A teenager caught a baby falling from a balcony in Harbor", article="a1", cls="catch"
    )
    outlet = Source(name="The Courier")
    staged = sentence_denial(
        outlet,
        "The video of a teenager catching a baby falling from a balcony was staged",
        "The video of a teenager catching a baby falling from a balcony was staged, its makers said.",
        article="a2",
        claim_id="c-staged",
    )
    aim = scoped(ANALYST, "asserts", "The aim was always to reveal it", article="a2", cls="reveal")
    again = sentence_denial(
        outlet,
        "the video is staged",
        "In other words, the video is staged, and the whole thing was a marketing stunt.",
        article="a2",
        claim_id="c-again",
    )
    [report] = proposition_conflicts("s1", [told, staged, aim, again], set())
    assert [[x.name for x in s.sources] for s in report.sides] == [["Clipfeed"], ["The Courier"]]
    assert {e.quote for e in report.sides[1].evidence} == {"the video is staged", staged.claim.quote}


def test_a_rating_under_the_claim_it_rates_answers_the_report_the_story_carries() -> None:
    # "Claim: ... PROBABLY FALSE": the fact-check's claim is the story's report in its words.
    main1, main2, main3, *others = _carried_three_times()
    rated = scoped(
        Source(name="a claim"),
        "asserts",
        "the tablet line is to end",
        article="a3",
        cls="end",
        participants=(),
    )
    rating = scoped(Source(name="Fact Desk"), "denies", "PROBABLY FALSE", article="a3")
    groups = group_propositions([main1, main2, main3, *others, rated, rating])
    assert [main1, main2, main3, rating] in groups


def test_named_content_ends_where_a_second_clause_is_joined_after_a_comma() -> None:
    assert named_content(
        "The ministry rejected claims that its forces had shot down a jet over the strait, and the video "
        "said to show it came from a game."
    ) == ("its forces had shot down a jet over the strait")
    # A list's items, and a second "that" clause, are still what the report held.
    assert named_content(
        "Police denied reports that two soldiers, a policeman, and the driver were killed."
    ) == ("two soldiers a policeman and the driver were killed")
    assert named_content("He denied reports that he had resigned, and that he had left.") == (
        "he had resigned and that he had left"
    )


def test_a_pointer_denial_after_its_speakers_own_account_answers_the_storys_claim() -> None:
    # "He runs a vineyard," his lawyer said. "The facts will show he was not involved": the
    # lawyer's denial answers what others say, not the account he gave himself. (An outlet's
    # own voice telling a report and calling it a hoax names nobody: see the test above.)
    main1, main2 = _tablet_stopped_twice()
    own = scoped(MAKER, "asserts", "Orbis hired a chef", article="a3", cls="hire", participants=(HARBOR,))
    denial = scoped(MAKER, "denies", "the report is nonsense", article="a3")
    groups = group_propositions([main1, main2, own, denial])
    assert groups == [[main1, main2, denial], [own]]
    # Told by another speaker, that account is what the denial answers.
    told = scoped(COURIER, "asserts", "Orbis hired a chef", article="a4", cls="hire", participants=(HARBOR,))
    denial = scoped(MAKER, "denies", "the report is nonsense", article="a4")
    assert [told, denial] in group_propositions([main1, main2, told, denial])
