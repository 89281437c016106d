"""Statements the timeline can place without a date of their own, and future ones it can place by
theirs: told as happening at the article's date ("has killed", "announced"), or stated as set
("will open on 30 April")."""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline import event_lexicon
from service.pipeline.statements.index import DocIndex, children, head
from service.pipeline.statements.predicates import Predicate, verb_predicate

# Verbs too light to name a happening by themselves.
LIGHT_LEMMAS = frozenset({"be", "have", "do"})


def is_anchored(pred: Predicate, idx: DocIndex) -> bool:
    """Whether a clause tells of a happening at the article's own date: a realis verb that is not
    a state, in the simple past ("announced"), the present perfect ("has killed"), a past
    passive ("was arrested"), a reporting verb in the present ("says"), or a participle beside
    such a clause. The past perfect ("had founded") looks further back, and event nouns carry
    no tense."""
    verb = pred.anchor
    if not pred.groupable or verb.pos_ not in ("VERB", "AUX") or verb is pred.noun:
        return False
    if pred.lemma in LIGHT_LEMMAS or event_lexicon.is_state(pred.lemma):
        return False
    auxes = [c for c in children(idx, verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" and a.tag_ == "VBD" for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)
    if verb.tag_ in ("VBZ", "VBP"):
        # A headline's speech act ("Ministry denies reports") sums up the body's, which never
        # join it in the article: only its happenings are placed by it.
        return event_lexicon.is_reporting(pred.lemma) or (pred.cls != "statement" and is_headline(verb, idx))
    if verb.tag_ == "VBG" and not auxes:
        return _governor_anchored(verb, idx)
    return False


def is_present_perfect(pred: Predicate, idx: DocIndex) -> bool:
    """ "Has built", "have been arrested": a happening told as bearing on now, the article's
    date, not on the day a narrative had reached."""
    verb = pred.anchor
    if verb.pos_ not in ("VERB", "AUX") or verb is pred.noun or verb.tag_ != "VBN":
        return False
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
        for c in children(idx, verb)
    )


def is_headline(tok: Token, idx: DocIndex) -> bool:
    """A token of the text's first line when that line is a headline: a paragraph of its own,
    followed by more text and ending without a full stop. Headlines tell what happened in the
    present tense ("Blast kills 12")."""
    line = idx.block[tok.i]
    if line != 0 or idx.block[-1] == line:
        return False
    last = next((t for t in reversed(idx.tokens) if idx.block[t.i] == line and not t.is_space), None)
    return last is not None and last.text not in (".", "!", "?", ":", '"', "'")


def _governor_anchored(verb: Token, idx: DocIndex) -> bool:
    """A participle happens when the clause it accompanies does ("unveiled X, saying Y")."""
    governor = head(idx, verb)
    for _ in range(4):
        if governor is None or governor.pos_ not in ("VERB", "AUX"):
            return False
        if governor.tag_ != "VBG":
            return is_anchored(verb_predicate(governor, idx), idx)
        governor = head(idx, governor)
    return False


def is_scheduled(pred: Predicate, idx: DocIndex) -> bool:
    """A future event the text states as set ("will open on 30 April", "is scheduled for 3
    March"): "will" or "shall", or a scheduling verb, not the conditionals and plans that may
    never happen."""
    if pred.set_for_later:
        return True  # "slated for a release on June 24"
    if pred.anchor.pos_ not in ("VERB", "AUX") or pred.anchor is pred.noun:
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() in ("will", "shall") for c in children(idx, pred.anchor))
