"""Owners of the things an article's events involve: "the mine is owned by Acme" shows Acme with
the explosion at the mine, so the company's timeline holds what happens at its mine or on its
ship."""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline.statements.index import DocIndex, children, head
from service.pipeline.statements.participants import described_entity

OWN_LEMMAS = frozenset({"own"})


def ownership(idx: DocIndex) -> dict[int, set[int]]:
    """Entity group -> the groups the article says own it: "X is owned by Y", "X, a ship owned by
    Y", "Y owns X". An unnamed owned thing counts when it is an apposition of a name or a
    definite description the article resolves ("The mine is owned by Y")."""
    owners: dict[int, set[int]] = {}
    for tok in idx.tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in OWN_LEMMAS:
            continue
        for owned, owner in _owned_and_owner(tok, idx):
            thing, by = _named(owned, idx), idx.group_of[owner.i]
            if thing >= 0 and by >= 0 and thing != by:
                owners.setdefault(thing, set()).add(by)
    return owners


def _owned_and_owner(verb: Token, idx: DocIndex) -> list[tuple[Token, Token]]:
    kids = children(idx, verb)
    agents = [g for c in kids if c.dep_ == "agent" for g in children(idx, c) if g.dep_ == "pobj"]
    if agents:
        owned = [c for c in kids if c.dep_ == "nsubjpass"]
        if verb.dep_ == "acl" and head(idx, verb) is not None:
            owned.append(head(idx, verb))  # "a ship owned by Y"
        return [(o, a) for o in owned for a in agents]
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    objects = [c for c in kids if c.dep_ in ("dobj", "obj")]
    return [(o, s) for o in objects for s in subjects]


def _named(tok: Token, idx: DocIndex) -> int:
    """The group a token names: its own, that of the name it is in apposition to, or the one a
    definite description stands for."""
    if idx.group_of[tok.i] >= 0:
        return idx.group_of[tok.i]
    h = head(idx, tok)
    if tok.dep_ == "appos" and h is not None and idx.group_of[h.i] >= 0:
        return idx.group_of[h.i]
    return described_entity(tok, idx)
