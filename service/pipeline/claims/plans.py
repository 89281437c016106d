"""A plan said not to be: the happening a reported clause says will not take place: pure.

"X will resign next week" and "X said she would not resign" (or "had no intention of resigning",
"does not plan to resign", "is not going to resign") disagree about what will happen. A negated
plan is no denial that something happened (`stance.denies_event` keeps "will not" out); it denies
the plan, and its claim is about what will or would happen (`Statement.actual` is False), so it
meets the claims of plans only (`reconcile.propositions`)."""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.claims.falsity import is_negated
from service.pipeline.statements.index import DocIndex, children
from service.pipeline.statements.polarity import is_no_quantified
from service.pipeline.statements.predicates import intended_act, is_present_progressive

# Auxiliaries of the future, as spaCy lemmatises them ("won't" is "wo" + "n't", lemma "will").
_FUTURE_AUX = frozenset({"will", "would", "shall"})
# Words that hold a plan back for now only ("no plans to speak at this time", "does not intend
# to resign yet", "currently"): no plan to the contrary is denied.
_FOR_NOW = lx.NOT_YET_WORDS | {"currently", "now", "time", "moment", "present", "far"}
# "Not until", "not before": a plan's time, not its denial.
_NOT_UNTIL = frozenset({"until", "till", "before"})


def planned_act_denied(clause: Token, idx: DocIndex) -> Token | None:
    """The verb of the happening the clause says will not take place, or None: "would not
    resign" (the clause itself), "is not going to resign", "does not intend / plan to resign",
    "has no intention of resigning", "has no plans to resign" (the verb planned). Not a plan held
    back for now ("at this time", "yet"), put off ("will not begin until January") nor one not
    ruled out ("no immediate plans")."""
    lemma = clause.lemma_.lower()
    if _for_now(clause, idx) or any(c.lower_ in _NOT_UNTIL for c in children(idx, clause)):
        return None  # "will not begin until January": when it will be, not that it will not
    if is_negated(clause, idx):
        if any(c.dep_ == "aux" and c.lemma_.lower() in _FUTURE_AUX for c in children(idx, clause)):
            return clause
        if is_present_progressive(clause, idx):
            return clause  # "is not stepping down": a plan said not to be, if its class makes it one
        if lemma in lx.INTEND_VERBS:
            return intended_act(clause, idx)  # "does not intend to resign"
        if lemma == "go" and clause.tag_ == "VBG":  # "is not going to resign"
            return next((c for c in children(idx, clause) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        return None
    if lemma != "have":
        return None
    for obj in children(idx, clause):
        if obj.dep_ not in ("dobj", "obj") or obj.lemma_.lower() not in lx.INTENTION_NOUNS:
            continue
        if not is_no_quantified(obj, idx) or any(c.dep_ == "amod" for c in children(idx, obj)):
            return None  # "no immediate plans", "no specific plans": a plan not ruled out
        return intended_act(obj, idx)
    return None


def _for_now(clause: Token, idx: DocIndex) -> bool:
    """The clause holds the plan back for now only: "at this time", "at the moment", "for now",
    "yet", "currently", "so far" anywhere in it."""
    lo, hi = clause.left_edge.i, clause.right_edge.i + 1
    return any(t.lower_ in _FOR_NOW and t.pos_ in ("ADV", "NOUN", "ADJ") for t in idx.tokens[lo:hi])
