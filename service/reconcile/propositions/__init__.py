"""Which claims of one story are about the same proposition, and where they disagree: pure.

Claims meet on a dated event when they have one; most real coverage gives them none (undated
articles, propositions about things, denials of "the report"). Within one story, claims are
grouped by proposition instead:

- claims attached to the same stored event are one proposition;
- claims whose statements have the same predicate class and share a participant (any entity
  named in the claim's sentence, the claimant included: "X denied taking the photo" answers
  "X took the photo") are one proposition; for a generic verb ("is", "has"), or when the shared
  one is the story's own subject (named in the claims of most of its articles), they share two;
- a denial whose statement names no party but describes its subject ("the operator denied
  that the vessel was overloaded": the vessel is no entity) answers the one proposition of the
  story whose claims, naming parties, have its predicate class; with two such propositions, or
  a generic class, it answers none, nor does a denial of one's own doing ("denied attacking
  anyone") or of anyone's ("no one had ever managed to");
- a denial (or a refusal to comment) about no statement of its own ("denied the report", "this
  is a hoax", "there is no truth to these allegations") points at what its own article asserted
  last before it (the reporter's account of the claim it answers), which joins the story's main
  proposition (the one asserted by the most articles; among equals, the one in the most
  articles, then with the most claims, then the first stored: a lone claim of an article that
  joins the story late does not take the denials from a proposition stated more often) when the
  two name a common party other than the story's subjects; when its article has claims in the
  main proposition, or with no account in its article it points at the main proposition. A
  denial that names a report ("these stories are made up", "the claims are false"; not "it is
  made up"), or a fact-check's rating under the claim it rates, whose article's account is that
  article's alone (no other article asserts it) answers the main proposition when at least
  SUBJECT_MIN_ARTICLES articles assert it: the account is the story's report in the article's
  own words. A denial that opens by restating ("In other words, ...") answers what its
  speaker's denial before it answered; one whose words (at least NAMED_MIN) another article
  tells in its own voice more fully than the main claim does is left to that narration. A
  denial whose sentence says what
  its report held ("refuting reports claiming the cuts came at the last minute") in words
  none of a proposition's sentences use is pointed at neither way: it denies another report. An
  assertion must say what it asserts: one about no statement joins nothing;
- a denial about no statement of its own that quotes, in its own article, the very clause
  another claim asserts ("..., reversing reports that nine had been rescued") answers that
  claim, which then says what it asserts even without a statement of its own;
- a denial of "the reports" that names what it denies in its own sentence ("denied reports
  that the doctor performed a biopsy") answers the proposition whose claims' sentences hold most
  of its content words (stance words left out), before any guess by position;
- a denial with a statement of its own that meets no assertion (its predicate and parties met
  nothing: the other articles word the report differently) but whose sentence says what the
  report it denies held ("contrary to some reports, it did not break off", "rejected
  allegations by officials that ...") answers the proposition those words name, else the
  story's main proposition when enough articles assert it, the denial names one of its parties
  and the report's words share one with it;
- an assertion placed nowhere by its parse, in the same words as a placed claim, relays it;
- claims in (nearly) the same words are one proposition: a sentence relayed by several outlets,
  or a denial repeating what it denies ("X said Y did not happen" answers "Y happened"). Two
  claims whose words differ only in plurals, number words (digits are no words) and words of
  stance ("report", "claim") are in the same words when one holds all the other's words. Short
  ones must also name a common participant. Two assertions of which only one is negative ("X was
  not found dead", "X was found dead") tell opposite things and are not in the same words. A
  denial about no statement of its own that repeats
  another claim's words goes where that claim is; one repeating other such denials goes where
  most of them go.

An article's own negative account ("no pieces of the rock have been found", "the actor will not
play the inventor": no frame, the outlet's denial) answers only assertions of other articles in its
words, and never opens a report by itself (`answer_with_negative_accounts`).

Claimants that name nobody ("some say it is a hoax", "many people") make no side of a report.
A date is evidence, not a requirement. An existence report is raised where some claimants
assert a proposition and others deny it (the rules of `conflicts.existence_conflict`); one that
the event's own report already raises is left to it.

Modules: `grouping` groups a story's claims by proposition and raises the reports over them;
`denials` says which proposition a denial answers when its own statement does not place it;
`answers` adds the accounts that join a proposition once grouped (contrary, narrated, opening
and negative ones); `existence` says who makes a side and builds one proposition's report;
`reports` reads what a sentence says of a report; `same_words` compares claims by their words;
`model` holds the claim, its class key and what the other modules share.
"""

from service.reconcile.propositions.answers import (
    answer_with_contrary_accounts,
    answer_with_leads,
    answer_with_narration,
    answer_with_negative_accounts,
)
from service.reconcile.propositions.existence import makes_a_side, names_nobody, proposition_summary
from service.reconcile.propositions.grouping import group_propositions, proposition_conflicts, story_subjects
from service.reconcile.propositions.model import KEY_PREFIX, ScopedClaim, class_key
from service.reconcile.propositions.reports import named_content, report_owner, report_words
from service.reconcile.propositions.same_words import (
    compared_words,
    content_words,
    counted_figures,
    in_same_words,
    is_negative,
    same_words_pairs,
)

__all__ = [
    "KEY_PREFIX",
    "ScopedClaim",
    "answer_with_contrary_accounts",
    "answer_with_leads",
    "answer_with_narration",
    "answer_with_negative_accounts",
    "class_key",
    "compared_words",
    "content_words",
    "counted_figures",
    "group_propositions",
    "in_same_words",
    "is_negative",
    "makes_a_side",
    "named_content",
    "names_nobody",
    "proposition_conflicts",
    "proposition_summary",
    "report_owner",
    "report_words",
    "same_words_pairs",
    "story_subjects",
]
