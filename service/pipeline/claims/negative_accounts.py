"""What an article says did not happen, in its own voice: its negative accounts.

"No pieces of the rock were found at the site." or "The actor will not play the inventor." is
the outlet's own account of the story, told in the negative: nobody "said" it and no report is
called untrue, yet the article contradicts coverage that says the pieces were found or that the
actor will play the inventor. Such a sentence is kept as the outlet's denial (an own-voice claim,
stance `denies`), used only to put the outlet on the denying side of a proposition another
article of its story asserts in the same words (`reconcile.propositions`): it never opens a
proposition by itself.

A sentence is a negative account when its main clause's own verb is negated ("did not", "was
never", "will not", "no pieces were found", "nothing was taken"), and only there (one negation
in the sentence: "not only", a contrast "in 2012, not last week" or a negated clause under
another verb are no account of the main happening); the happening is told in the past, the
present perfect or with "will" (no other modal: "could not", "would not" are no account of what
happened); it is not a question, not quoted, not hedged, not the writer's own doing, holds no
claim or attribution frame, and is not a background negative: speaking, responding and
commenting ("did not say how many", "did not respond to requests"), states of mind and of being
("did not know", "it was not clear"), a state held since or until a time ("has not spoken to
reporters since"), an expectation not met yet ("has not happened yet"), an emphasis ("did not
even need to audition") or a manner ("was not handled properly": handled, only not properly).
"""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.claims.frames import sentence_frames
from service.pipeline.claims.narration import (
    HEDGES,
    PASSING_ON_VERBS,
    PERSONAL_SUBJECTS,
    is_negation,
    own_voice_accounts,
    sole_root,
)
from service.pipeline.claims.stance import negated_manner, told_in_the_past
from service.pipeline.statements.index import DocIndex, children
from service.pipeline.statements.polarity import is_no_quantified
from service.pipeline.types import Claim, Statement


def negative_accounts(idx: DocIndex, statements: list[Statement], claims: list[Claim]) -> list[Claim]:
    """The article's own denials of happenings told in the negative, in text order (claimant "":
    the outlet, named at ingest; stance `denies`). Sentences that hold a claim are left to it."""
    return own_voice_accounts(idx, statements, claims, _negated_root, "denies")


def _negated_root(
    lo: int, hi: int, idx: DocIndex, statements: list[Statement], anchors: dict[int, int], quote_of: list[int]
) -> Token | None:
    """The main verb of a sentence that tells, in the outlet's own voice, that a happening did
    not (or will not) take place, if it does."""
    tokens = idx.tokens[lo:hi]
    if any(t.text in ("?", ":") for t in tokens):
        return None  # a question asserts nothing; a colon opens a quote or a list
    if any(t.lower_ in HEDGES or t.lower_ in lx.NEGATED_BACKGROUND_WORDS for t in tokens):
        return None
    negations = [t for t in tokens if is_negation(t)]
    if len(negations) != 1:
        return None  # none, or one more than the main verb's ("not only", "not X but Y")
    root = sole_root(tokens, idx, quote_of)
    if root is None:
        return None
    if root.pos_ != "VERB" or quote_of[root.i] >= 0 or root.i not in anchors:
        return None  # a copula ("it was not clear") tells a state, not a happening
    st = statements[anchors[root.i]]
    if st.polarity or st.predicate_class in lx.SPEECH_CLASSES or st.predicate in lx.NEGATED_BACKGROUND_VERBS:
        return None
    kids = children(idx, root)
    if not any(_negates(c, idx) and negations[0].i in (c.i, *(g.i for g in children(idx, c))) for c in kids):
        return None  # the one negation is not the main verb's own
    modals = {c.lemma_.lower() for c in kids if c.dep_ == "aux" and c.lemma_.lower() in lx.MODAL_LEMMAS}
    if modals - {"will"} or (modals and st.predicate in lx.OCCURRENCE_VERBS):
        # "could not", "would not": what might be, not what happened; "the tour will never
        # happen": a forecast, no report of the past denied
        return None
    if not modals and not (st.actual and told_in_the_past(root, idx)):
        return None  # neither a past happening nor one said to come
    for c in kids:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PERSONAL_SUBJECTS:
            return None
    if root.lemma_.lower() in PASSING_ON_VERBS and any(c.dep_ == "auxpass" for c in kids):
        return None  # "was not said to have"
    if negated_manner(root, idx):
        return None  # "the shipment was not handled properly": handled, only not properly
    if sentence_frames(lo, hi, idx):
        return None  # someone's claim, not the outlet's
    return root


def _negates(child: Token, idx: DocIndex) -> bool:
    """The main verb's child that negates it: "not", "never", "n't", or a subject that says none
    took part ("no pieces were found", "nothing was taken")."""
    # Only the subject: "wasted no time", "had no choice" are idioms, not a denied happening.
    return child.dep_ == "neg" or (child.dep_ in ("nsubj", "nsubjpass") and is_no_quantified(child, idx))
