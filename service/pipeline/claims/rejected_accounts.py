"""A rejection of someone's account that was itself a denial, read as standing by what it denied:
pure.

"Reports that he left on Tuesday are not correct," the directorate's spokesman said; then "the
union rejected the directorate's account": the union does not deny that he left on Tuesday, it
denies the denial. The account's owner is who made that denial: the claimant named as the owner,
or one whose name or introduction holds the owner's word ("Emeric Vallow, a spokesman for the
directorate", "ministry spokesman Hendrik Vale"). The rejection may be a frame ("rejected the
directorate's account") or a sentence calling the account untrue ("The ministry's version is
simply not true"). Only an account (`lexicon.ACCOUNT_NOUNS`) with its owner written; a rejection
of an owner who denied nothing, or of nobody found, is left to the usual reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.claims.context import Context
from service.pipeline.statements.index import children
from service.pipeline.types import Claim

# Words of a possessor that name no owner of an account: "his account" is taken up elsewhere.
_OWNER_DEPS = ("poss", "compound")


def rejected_denial(pointer: Token, ctx: Context) -> int | None:
    """The statement the account's owner denied first in the article, when the pointer is an
    owner's account ("the directorate's account"): what rejecting the account stands by (its
    first denial is what the account is about; later ones add details: "no property was
    confiscated"). An owner who denied nothing before it gives none."""
    idx = ctx.idx
    if pointer.lemma_.lower() not in lx.ACCOUNT_NOUNS:
        return None
    owner = next((c for c in children(idx, pointer) if c.dep_ in _OWNER_DEPS and c.pos_ != "PRON"), None)
    if owner is None:
        return None
    for claim in ctx.claims:
        if claim.stance != "denies" or claim.statement is None or claim.start >= pointer.idx:
            continue
        if _owned_by(claim, owner, ctx):
            return claim.statement
    return None


def _owned_by(claim: Claim, owner: Token, ctx: Context) -> bool:
    """Whether the owner word names the claim's claimant: its entity, a word of its name or of
    the words naming it ("the directorate" of "Prisons Directorate", of "the ministry"), or a
    word of how the article introduced it ("Emeric Vallow, a spokesman for the directorate")."""
    idx = ctx.idx
    word = owner.lemma_.lower()
    if word in {w.lower() for w in claim.claimant.split()}:
        return True
    group = claim.claimant_entity
    if group is None:
        return False
    if idx.group_of[owner.i] == group or word in {w.lower() for w in idx.groups[group].name.split()}:
        return True
    return word in _introductions(ctx).get(group, set())


def _introductions(ctx: Context) -> dict[int, set[str]]:
    """Entity group -> the lemmas of its appositions and of the titles before its name, read in
    one pass over the doc."""
    if ctx.introductions is None:
        idx = ctx.idx
        found: dict[int, set[str]] = {}
        for t in idx.tokens:
            g = idx.group_of[t.i]
            if g < 0:
                continue
            for c in children(idx, t):
                # "Emeric Vallow, a spokesman for the directorate"; "ministry spokesman Hendrik
                # Vale" (a title before the name, not part of it)
                if c.dep_ == "appos" or (c.dep_ == "compound" and idx.group_of[c.i] != g):
                    found.setdefault(g, set()).update(w.lemma_.lower() for w in c.subtree)
        ctx.introductions = found
    return ctx.introductions
