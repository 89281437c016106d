"""Polarity: whether a predicate's own clause negates it."""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline.statements.deps import ARGUMENT_DEPS
from service.pipeline.statements.index import DocIndex, children
from service.pipeline.statements.predicates import Predicate


def polarity(pred: Predicate, idx: DocIndex) -> bool:
    """False when the predicate's own clause negates it: "did not speak", "there was no call",
    "no such communication took place", "nobody was killed"; or when it tells the event's
    opposite ("was found alive": no death) and is not negated."""
    return _stated(pred, idx) != pred.contrary


# Nouns of an occasion or a manner that "no" before them makes a "never" or a "not at all":
# "at no point did she meet him", "at no time", "on no occasion", "in no way involved".
NEGATING_OCCASION_NOUNS = frozenset({"point", "time", "stage", "moment", "occasion", "way", "circumstance"})


def _stated(pred: Predicate, idx: DocIndex) -> bool:
    for c in children(idx, pred.anchor):
        if c.dep_ == "neg" or (c.dep_ in ARGUMENT_DEPS and is_no_quantified(c, idx)):
            return False
        if c.dep_ == "prep" and _no_occasion(c, idx):
            return False
    if _never_at_all(pred.anchor, idx):
        return False
    if pred.noun is not None:
        for c in children(idx, pred.noun):
            if c.dep_ == "det" and c.lower_ == "no":
                return False
    # "ended without agreement", "left without meeting him": what "without" takes did not happen.
    word = pred.noun if pred.noun is not None else pred.anchor
    return not (word.dep_ in ("pobj", "pcomp") and word.head.lower_ == "without")


def _never_at_all(verb: Token, idx: DocIndex) -> bool:
    """An "at no point" the clause shares: on the verb a conjunct joins ("at no point was he
    detained, handcuffed or held": each of the three), or on the auxiliary an inverted clause
    puts first, which the parser may make the verb's head ("At no point was he detained")."""
    t = verb
    for _ in range(4):
        governor = t.head
        if governor.i == t.i:
            return False
        if t.dep_ == "conj" or (t.dep_ == "ccomp" and governor.pos_ == "AUX" and governor.i < t.i):
            if any(c.dep_ == "prep" and _no_occasion(c, idx) for c in children(idx, governor)):
                return True
            t = governor
            continue
        return False
    return False


def is_no_quantified(arg: Token, idx: DocIndex) -> bool:
    """ "nobody", "no one", "nothing", "no shots": an argument that says none took part. Not a
    "none" with a manner of its own ("three were injured, none of them seriously"): the clause
    it stands for is left out, whatever verb the parser hangs it on."""
    if arg.lower_ == "none" and any(
        c.dep_ == "advmod" and c.lower_.endswith("ly") for c in children(idx, arg)
    ):
        return False
    if arg.lower_ in ("nobody", "none", "nothing", "noone"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in children(idx, arg))


def _no_occasion(prep: Token, idx: DocIndex) -> bool:
    """ "at no point", "on no occasion", "in no way", "under no circumstances": a phrase that
    says the clause never happened, or not at all."""
    return any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in NEGATING_OCCASION_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "no" for d in children(idx, g))
        for g in children(idx, prep)
    )
