"""A rejection of someone's account that was itself a denial, read as standing by what it denied:
pure.

"Reports that he left on Tuesday are not correct," the directorate's spokesman said; then "the
union rejected the directorate's account": the union does not deny that he left on Tuesday, it
denies the denial. The account's owner is who made that denial: the claimant named as the owner,
or one whose name or introduction holds the owner's word ("Emeric Vallow, a spokesman for the
directorate"). Only an account (`lexicon.ACCOUNT_NOUNS`) with its owner written; a rejection
of an owner who denied nothing, or of nobody found, is left to the usual reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.claims.context import Context
from service.pipeline.statements.index import children

# Words of a possessor that name no owner of an account: "his account" is taken up elsewhere.
_OWNER_DEPS = ("poss", "compound")


def rejected_denial(pointer: Token, ctx: Context) -> int | None:
    """The statement the account's owner denied last before it, when the pointer is an owner's
    account ("the directorate's account"): what rejecting the account stands by. An owner who
    denied nothing gives none."""
    idx = ctx.idx
    if pointer.lemma_.lower() not in lx.ACCOUNT_NOUNS:
        return None
    owner = next((c for c in children(idx, pointer) if c.dep_ in _OWNER_DEPS and c.pos_ != "PRON"), None)
    if owner is None:
        return None
    for claim in reversed(ctx.claims):
        if claim.stance != "denies" or claim.statement is None or claim.claimant_entity is None:
            continue
        if claim.start < pointer.idx and _owned_by(claim.claimant_entity, owner, ctx):
            return claim.statement
    return None


def _owned_by(group: int, owner: Token, ctx: Context) -> bool:
    """Whether the owner word names the claimant: the claimant itself, a word of its name ("the
    directorate" of "Prisons Directorate"), or a word of how the article introduced it ("Emeric
    Vallow, a spokesman for the directorate")."""
    idx = ctx.idx
    if idx.group_of[owner.i] == group:
        return True
    word = owner.lemma_.lower()
    if word in {w.lower() for w in idx.groups[group].name.split()}:
        return True
    return word in _introductions(ctx).get(group, set())


def _introductions(ctx: Context) -> dict[int, set[str]]:
    """Entity group -> the lemmas of its appositions, read in one pass over the doc."""
    if ctx.introductions is None:
        idx = ctx.idx
        found: dict[int, set[str]] = {}
        for t in idx.tokens:
            g = idx.group_of[t.i]
            if g < 0:
                continue
            for c in children(idx, t):
                if c.dep_ == "appos":
                    found.setdefault(g, set()).update(w.lemma_.lower() for w in c.subtree)
        ctx.introductions = found
    return ctx.introductions
