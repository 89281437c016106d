"""Whether the subject of a clause took part in a strike: pure, over a parsed sentence.

Read by the counts ("340 staff walked out") and by the shares ("more than 85% of depot workers
walked out") alike: who walked out, struck, stopped work, went on strike or joined one.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a strike: the people who joined one took part in it ("joined the walkout").
STRIKE_NOUNS = frozenset({"strike", "walkout", "stoppage"})


def joined_strike(subject: Token) -> Token | None:
    """The word saying `subject` is on strike, when it is the subject of it: "340 staff walked
    out", "1,200 workers joined the strike", "340 employees stopped work", "340 staff were on
    strike", "600 nurses went on strike", "900 took part in the walkout", "1,200 nurses struck"."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma, kids = verb.lemma_.lower(), list(verb.children)
    if lemma == "strike" and not any(c.dep_ in ("dobj", "obj") for c in kids):
        return verb  # "1,200 nurses struck"
    if lemma == "walk" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in kids):
        return verb
    if lemma == "stop" and any(c.dep_ == "dobj" and c.lower_ == "work" for c in kids):
        return verb
    holders = [verb, *(c for c in kids if c.lower_ == "part")]
    objects = [c for c in kids if c.dep_ in ("dobj", "obj")] if lemma == "join" else []
    preps = ("on",) if lemma in ("be", "go") else ("in",) if lemma in ("take", "join") else ()
    objects += [
        g
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return next((o for o in objects if o.lemma_.lower() in STRIKE_NOUNS), None)
