"""Accounts that join a story's propositions once they are grouped: pure.

The `answer_with_*` functions: a contrary account read as the denial it is, narrations and
opening accounts on the asserting side, an article's own negative accounts on the denying side.
"""

from __future__ import annotations

import msgspec

from service.pipeline.terms import words
from service.pipeline.wordlists import wordset
from service.reconcile import conflicts as rules
from service.reconcile.propositions.existence import _existence, makes_a_side
from service.reconcile.propositions.model import GENERIC_CLASSES, ONCE_ONLY_CLASSES, ScopedClaim, class_key
from service.reconcile.propositions.reports import NAMED_MIN, NARRATED_SHARE, report_words
from service.reconcile.propositions.same_words import _singular, content_words, in_same_words, is_negative

# An article's own negative account answers an assertion of another article that shares at
# least this many content words with it (besides the predicate class and a participant).
NEGATIVE_MIN_SHARED = 3


def answer_with_contrary_accounts(groups: list[list[ScopedClaim]]) -> None:
    """Read a contrary account as the denial it is where the story asserts its deed.

    "Railco said the union had not called off the strike" reports a fact, and alone it is an
    assertion; but where another article asserts the very deed ("the union has called off the
    strike", the same predicate and a party in common: one proposition), the two cannot both be
    so, and the contrary account stands on the side that says it did not happen. Only against
    an affirmative assertion of another article by another claimant: a source telling both in
    one article corrects itself, a negative assertion agrees with it, and a proposition nobody
    asserts is disputed by no one."""
    for group in groups:
        if not any(c.contrary and c.claim.stance == "asserts" for c in group):
            continue
        entity_by_name = rules._entity_by_name(c.claim.claimant for c in group)
        asserted = [
            c
            for c in group
            if c.claim.stance == "asserts"
            and not c.contrary
            and not is_negative(c.claim.quote)  # "are not causing casualties" agrees with it
            and makes_a_side(c.claim)
        ]
        for n, c in enumerate(group):
            if not (c.contrary and c.claim.stance == "asserts"):
                continue
            # only an assertion of its deed ("the tour goes ahead as planned" answers a
            # cancellation, not "180,000 tickets have been sold" it shares words with)
            of_its_deed = [a.claim for a in asserted if a.predicate_class == c.predicate_class]
            if rules.contrary_answers(c.claim, of_its_deed, entity_by_name):
                group[n] = msgspec.structs.replace(c, claim=msgspec.structs.replace(c.claim, stance="denies"))


def answer_with_narration(groups: list[list[ScopedClaim]], narrated: list[ScopedClaim]) -> None:
    """Add to the story's disputes the articles that narrate what is disputed as fact.

    A narrated assertion (`own_voice`: "The town of Millbrook has been evacuated after a
    chemical leak.") is the outlet's account of the story; its outlet stands on the
    asserting side, its sentence as evidence:
    - of a proposition that raises a report (asserted by some, denied by others), when it is in
      the same words as one of its claims (`in_same_words`; the closest, if several), else when
      it tells the same deed of the same parties in other words (`_same_deed`);
    - of a denial that meets no assertion but says what the report it denies held ("rumours that
      its drones are circling the stadium are not true"), when it holds at least NAMED_MIN and
      NARRATED_SHARE of those words (plurals folded, stance words left out), so a report opens;
    - of such a denial of what happens to someone once (a death: "X is alive and well"), when
      it narrates that happening of the same person ("X has died at 58", `_once_of_one_party`).
    A narration in a denier's own article is the context of its denial and takes no side
    (`_existence`); one that only shares a predicate and a party with a lone denial joins
    nothing: on both development corpora such reports met the wrong claim, or none disputed."""
    told_words = [frozenset(_singular(w) for w in content_words(n.claim.quote)) for n in narrated]
    for group in groups:
        if _existence("", group, set()) is not None:
            continue
        added: list[ScopedClaim] = []
        taken = {c.claim.claim_id for c in group}
        for d in group:
            if d.claim.stance != "denies" or not makes_a_side(d.claim):
                continue
            named = {_singular(w) for w in report_words(d.claim.sentence)}
            if len(named) < NAMED_MIN and d.predicate_class not in ONCE_ONLY_CLASSES:
                continue
            for n, told in zip(narrated, told_words, strict=True):
                if n.claim.article_id == d.claim.article_id or n.claim.claim_id in taken:
                    continue
                held = named & told
                if (
                    len(held) >= NAMED_MIN and len(held) >= NARRATED_SHARE * len(named)
                ) or _once_of_one_party(n, d):
                    added.append(n)
                    taken.add(n.claim.claim_id)
        if added:
            group.extend(added)
            group.sort(key=lambda c: c.seq)
    disputed = [g for g in groups if _existence("", g, set()) is not None]
    said = [[(c, frozenset(content_words(c.claim.quote))) for c in g if not c.own_voice] for g in disputed]
    placed = {c.claim.claim_id for g in groups for c in g if c.own_voice}
    joined: dict[int, list[ScopedClaim]] = {}
    for n in narrated:
        if n.claim.claim_id in placed:
            continue
        own = frozenset(content_words(n.claim.quote))
        # (closest first: in the same words, then the same deed of the same parties)
        best: tuple[int, float, int] | None = None
        for gi, members in enumerate(said):
            for c, found in members:
                share = len(own & found) / max(min(len(own), len(found)), 1)
                if in_same_words(n, c, own, found):
                    rank = (1, share, gi)
                elif _same_deed(n, c):
                    rank = (0, share, gi)
                else:
                    continue
                if best is None or rank[:2] > best[:2]:
                    best = rank
        if best is not None:
            joined.setdefault(best[2], []).append(n)  # the proposition it repeats most closely
    for gi, members in joined.items():
        disputed[gi].extend(members)
        disputed[gi].sort(key=lambda c: c.seq)


# Parties a narration must share with a claim of a disputed proposition to tell the same deed.
SAME_DEED_PARTIES = 2


def _same_deed(narration: ScopedClaim, c: ScopedClaim) -> bool:
    """A narration that tells, as fact, a deed a disputed proposition holds, in other words: the
    same predicate class (no generic verb) and at least SAME_DEED_PARTIES parties in common
    ("Rovers have sacked manager X" beside a report that the chairman "had dismissed X" at the
    club, denied by the club), told as happening ("Rovers did not sack X" is not)."""
    key = class_key(narration)
    return (
        key is not None
        and narration.predicate_class not in GENERIC_CLASSES
        and narration.claim.stance == "asserts"
        and not is_negative(narration.claim.quote)
        and key == class_key(c)
        and len(set(narration.participants) & set(c.participants)) >= SAME_DEED_PARTIES
    )


def _once_of_one_party(narration: ScopedClaim, denial: ScopedClaim) -> bool:
    """A narration and a denial of what happens to someone only once, naming that someone
    ("X has died at 58" told as fact; "X is alive and well"): one happening, whatever else either
    says."""
    return (
        narration.predicate_class in ONCE_ONLY_CLASSES
        and narration.predicate_class == denial.predicate_class
        and bool(set(narration.participants) & set(denial.participants))
        and not set(words(narration.claim.quote)) & PRONOUNCING_WORDS
    )


# Words that tell a death as someone's finding or fear, not as what happened: "the cat was
# pronounced dead by vets" (and lived), "feared dead", "written off for dead".
PRONOUNCING_WORDS = wordset("pronounced declared presumed feared thought believed written given")


def answer_with_leads(groups: list[list[ScopedClaim]], claims: list[ScopedClaim]) -> None:
    """Put the articles that tell the story straight on the asserting side of its debunking.

    Rumour coverage splits two ways: outlets that pass the story on as news open with it, in
    their own voice and with no doubt (`lead`: "A fisherman landed a two-metre eel ..."),
    and outlets that deny it deny the story as a whole ("the story is a hoax", "nothing in the
    report is true": denials about no statement of their own, `_denies_the_story`). What the
    believers assert is what the debunkers deny, in whatever words either uses, so every
    article whose opening is such an account and that holds no denial of any kind joins the
    proposition that most such denials answer (the first, among equals). An article that
    doubts or denies anything keeps to its own claims; a story no one denies as a whole gets
    no lead on any side; the leads never open a report of their own."""
    deniers = {c.claim.article_id for c in claims if c.claim.stance == "denies"}
    leads = [c for c in claims if c.lead and c.claim.article_id not in deniers]
    if not leads:
        return
    # Only a proposition already disputed takes them: an opening account says the story is
    # true, not which of its claims, so it widens a dispute the story's own claims raise and
    # never opens one ("every one of those statements is untrue" answers claims nobody asserts
    # in the story; joined by the openings of opinion pieces it made a report of nothing).
    counts = [
        sum(1 for c in g if _denies_the_story(c)) if _existence("", g, set()) is not None else 0
        for g in groups
    ]
    if not counts or max(counts) == 0:
        return
    target = groups[counts.index(max(counts))]
    taken = {c.claim.claim_id for c in target}
    target.extend(c for c in leads if c.claim.claim_id not in taken)
    target.sort(key=lambda c: c.seq)


def _denies_the_story(c: ScopedClaim) -> bool:
    """A source's denial about no statement of its own ("the report is fiction", "this is a
    hoax"): it denies the story it answers as a whole. Unlike `_is_pointer`, one whose guessed
    proposition put it on an event counts too: the guess placed it, the words still deny the
    story, and refusals to comment deny nothing."""
    return (
        c.claim.stance == "denies" and c.predicate_class is None and not c.own_voice and makes_a_side(c.claim)
    )


def answer_with_negative_accounts(groups: list[list[ScopedClaim]], negative: list[ScopedClaim]) -> None:
    """Put the articles that tell, in their own voice, that the story's report did not happen on
    the denying side of it.

    A negative account (`own_voice`, stance `denies`: "No pieces of the rock have been found.",
    "The actor will not play the inventor.") answers the assertions of OTHER articles in its
    words: the same predicate class, a participant in common, at least NEGATIVE_MIN_SHARED
    content words in common, and the shorter one's words held by the other (`in_same_words`;
    negations are left out of content words, so "will not play" meets "will play"; an assertion
    that is itself negative meets none). Of the propositions holding such assertions, it takes
    the closest. When that proposition already raises a report, the account joins it. Else it
    is set against the very assertions it answers, not their whole proposition: a proposition
    groups claims by predicate class and a party, which in a story that mixes two developments
    ("X will play the inventor", "Y will play his partner") holds accounts the negative one
    does not contradict. It never opens anything by itself: with no assertion in its words it
    stays out of every report, and its own article's assertions are never what it answers."""
    said = [
        [
            (c, frozenset(content_words(c.claim.quote)))
            for c in g
            if c.claim.stance == "asserts" and not c.own_voice and makes_a_side(c.claim)
        ]
        for g in groups
    ]
    joined: dict[int, list[ScopedClaim]] = {}
    answered: dict[int, dict[str, ScopedClaim]] = {}
    for n in negative:
        if n.predicate_class is None or not n.participants:
            continue
        own = frozenset(content_words(n.claim.quote))
        best: tuple[float, int] | None = None
        met: dict[int, list[ScopedClaim]] = {}
        for gi, members in enumerate(said):
            for c, found in members:
                if (
                    c.claim.article_id == n.claim.article_id
                    or class_key(c) != class_key(n)
                    or not set(c.participants) & set(n.participants)
                    or len(own & found) < NEGATIVE_MIN_SHARED
                    or not in_same_words(n, c, own, found)
                ):
                    continue
                met.setdefault(gi, []).append(c)
                share = len(own & found) / max(min(len(own), len(found)), 1)
                if best is None or share > best[0]:
                    best = (share, gi)
        if best is not None:
            gi = best[1]
            joined.setdefault(gi, []).append(n)
            answered.setdefault(gi, {}).update((c.claim.claim_id, c) for c in met[gi])
    for gi, members in joined.items():
        if _existence("", groups[gi], set()) is not None:
            groups[gi].extend(members)
            groups[gi].sort(key=lambda c: c.seq)
        else:
            groups.append(sorted([*answered[gi].values(), *members], key=lambda c: c.seq))
    groups.sort(key=lambda g: g[0].seq)
