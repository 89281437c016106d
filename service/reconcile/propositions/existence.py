"""Who can stand on a side of a dispute, and the existence report one proposition raises: pure.

`makes_a_side` and `names_nobody` (claimants that name nobody make no side), `_existence` (the
report of one group of claims, by the rules of `conflicts.existence_conflict`) and
`proposition_summary`.
"""

from __future__ import annotations

import re

from service.domain import ConflictDraft, EventClaim, Side, Source, Stance
from service.pipeline import lexicon as lx
from service.pipeline.terms import words
from service.pipeline.wordlists import wordset
from service.reconcile import conflicts as rules
from service.reconcile.propositions.model import KEY_PREFIX, ScopedClaim
from service.reconcile.summary import quoted, stances_summary

# The sides' positions in a dispute about a plan.
PLAN_POSITION: dict[Stance, str] = {
    "asserts": "will happen",
    "denies": "will not happen",
    "declines_to_comment": "no comment",
}
# Claimants that name nobody: "some say it is a hoax", "others believe it is real", a generic
# "you" ("you can tell it has been photoshopped").
UNNAMED_PEOPLE = wordset(
    """some others many someone somebody anyone anybody one few several most everyone everybody
    nobody you"""
)
# A claimant that is a bare pronoun the article never resolved ("they say", "it denies") names
# nobody a reader could find.
BARE_PRONOUNS = wordset("he she it they them those these we us i")
# Words that open a clause of time, cause or condition: a claimant name that starts with one is
# a parse that ran the sentence's opening clause into the subject ("after the crowd left reports
# reps for the singer"), no name a reader could find.
CLAUSE_OPENERS = wordset("after before when whenever while until because although though unless")
# Report nouns that, with nobody named for them, name no party of a dispute.
UNOWNED_REPORT_WORDS = lx.INDEFINITE_REPORT_NOUNS | lx.UNOWNED_REPORT_NOUNS | {"storie"}
# Words that may open the name of a report nobody is named for ("Other reports", "A report").
REPORT_LEADS = UNNAMED_PEOPLE | wordset("a an other multiple new recent earlier unconfirmed circulating")

# "there is no agreement", "there are no talks", "there was no chance": none of it exists or existed.
_THERE_IS_NONE = re.compile(r"\bthere\s+(?:is|are|'s|was|were|(?:has|have|had)\s+been)\s+no\b", re.IGNORECASE)
# "had not yet decided", "has not yet been found": what has not happened so far.
_NOT_YET = re.compile(r"\b(?:not|n't)\s+yet\b", re.IGNORECASE)


def _existence(scope: str, group: list[ScopedClaim], events: set[str]) -> ConflictDraft | None:
    claims = [c.claim for c in group]
    entity_by_name = rules._entity_by_name(c.claimant for c in claims)
    # (not a contrary account left an assertion, "had not been fined": it answers no one's
    # assertion of the deed, and never says the deed was done)
    sided = [
        c
        for c in group
        if not rules._denies_a_figure(c.claim)
        and makes_a_side(c.claim)
        and not _says_there_is_none(c)
        and not (c.contrary and c.claim.stance == "asserts")
    ]
    # A source's assertion in the article where it denies the same proposition is the context of
    # its denial ("X says N were found dead, reversing reports that N were found alive"), not a
    # second position of its own.
    denied_in = {
        (c.claim.article_id, rules._identity(c.claim.claimant, entity_by_name))
        for c in sided
        if c.claim.stance == "denies"
    }
    sided = [
        c
        for c in sided
        if c.claim.stance != "asserts"
        or (c.claim.article_id, rules._identity(c.claim.claimant, entity_by_name)) not in denied_in
    ]
    by_stance: dict[Stance, list[rules._Entry]] = {}
    for c in sided:
        by_stance.setdefault(c.claim.stance, []).append(rules._claim_entry(c.claim))
    asserters = {rules._identity(e.source, entity_by_name) for e in by_stance.get("asserts", [])}
    deniers = {rules._identity(e.source, entity_by_name) for e in by_stance.get("denies", [])}
    # A dispute needs a source on each side that is not on the other: nobody disputes itself.
    if not asserters - deniers or not deniers - asserters:
        return None
    # A plan disputed: whether it will happen ("X will resign"; "she would not resign").
    planned = all(c.planned for c in sided if c.predicate_class is not None) and any(c.planned for c in sided)
    positions = PLAN_POSITION if planned else rules.EXISTENCE_POSITION
    sides = [
        rules._side(positions[stance], stance, by_stance[stance], entity_by_name)
        for stance in rules.STANCE_ORDER
        if stance in by_stance
    ]
    # Named by its reported claims: a narration joins a dispute, it neither opens nor names one.
    first = min((c for c in sided if c.claim.stance == "asserts"), key=lambda c: (c.own_voice, c.seq))
    participants = sorted({p for c in group for p in c.participants})
    opening = next((c for c in group if not c.own_voice), group[0])
    return ConflictDraft(
        key=f"{KEY_PREFIX}{scope}:{opening.claim.claim_id}",
        kind="existence",
        event_id=next(iter(events)) if len(events) == 1 else None,
        summary=proposition_summary(first.claim.quote, sides),
        sides=sides,
        entity_ids=rules.report_entity_ids(participants, sides, [c.claim for c in sided]),
        article_ids=sorted({e.evidence.article_id for entries in by_stance.values() for e in entries}),
    )


def _says_there_is_none(c: ScopedClaim) -> bool:
    """An assertion that none of something exists or existed ("There is no agreement with X",
    "there was no realistic chance of a shark reaching the road"): it says nothing happened, so
    it is no evidence on the side that says it did; read as an assertion, it is no denial of
    the proposition either ("there is no ban" may follow a ban lifted). So is one that something
    has not happened yet ("had not yet decided whether to open an investigation")."""
    if c.claim.stance != "asserts":
        return False
    return _THERE_IS_NONE.search(c.claim.quote) is not None or _NOT_YET.search(c.claim.quote) is not None


def makes_a_side(claim: EventClaim) -> bool:
    """Whether a claim's claimant can stand on a side of a dispute. Reports nobody is named for
    assert what is disputed ("Reports say X; the firm denies it", "reversing reports that X"):
    they are the side that says it happened, and nothing else."""
    if not names_nobody(claim.claimant):
        return True
    return claim.stance == "asserts" and _unowned_report_name(claim.claimant.name, words(claim.claimant.name))


def names_nobody(source: Source) -> bool:
    """A claimant that is only an indefinite quantity of people ("some", "others", "many
    people"): an opinion going around, which makes no side of a dispute on its own; a bare pronoun
    the article never resolved ("they", "it"); or a report
    nobody is named for ("other reports", "a report that went viral", "multiple news reports"):
    the report is what is disputed, never a party to the dispute. Nor does a name with no word
    in it ("2015") or one opening with a clause of time or cause ("after the crowd left reports
    reps for the singer"): the parse took part of the sentence for a speaker."""
    if source.entity_id is not None:
        return False
    found = words(source.name)
    if not found:
        # A year or a figure the parse took for a speaker ("2015"): no word names anybody.
        return bool(source.name.strip())
    if found[0] in UNNAMED_PEOPLE and all(w in UNNAMED_PEOPLE | {"people"} for w in found):
        return True
    if len(found) == 1 and found[0] in BARE_PRONOUNS:
        return True
    if found[0] in CLAUSE_OPENERS and len(found) > 1 and source.name.lstrip()[:1].islower():
        return True  # written in lower case: the middle of a sentence, not a name ("Whenever Records")
    return _unowned_report_name(source.name, found)


def _unowned_report_name(name: str, found: list[str]) -> bool:
    """ "Reports", "other reports", "A hoax report": a report noun last, nothing definite or named
    before it (not "the report", "a report in the Herald", "Herald report")."""
    if not _report_word(found[-1]):
        return False
    if found[0] in ("the", "this", "that", "these", "those", "its", "their", "his", "her", "our"):
        return False
    given = name.split()
    if given[0][:1].isupper() and found[0] not in REPORT_LEADS and not _report_word(found[0]):
        return False  # "Herald report": a name before the noun
    return not any(w[:1].isupper() for w in given[1:])


def _report_word(word: str) -> bool:
    return word in UNOWNED_REPORT_WORDS or word.rstrip("s") in UNOWNED_REPORT_WORDS


def proposition_summary(proposition: str, sides: list[Side]) -> str:
    """'A and B say “…”; C denies it; D declines to comment.'"""
    return stances_summary(quoted(proposition), sides)
