"""Who someone is, told by an article in its own voice: "The woman is the wife of X.".

Rumours about a person's identity are told with a copula, not as a happening: "The child is the
daughter of the group's leader", "One of the men who tackled the thief was Dan Brody". The
narration rules read happenings only, so such an account put its outlet on no side, though a
denial elsewhere ("an official denied that the woman is the leader's wife") answers it.

A sentence is kept as the outlet's narrated assertion (`Analysis.narrated`) when its main clause
is "be" between a subject (not a pronoun) and an attribute that names a party: a proper name
("... was Dan Brody") or a relation of a named party ("the wife of Omar Hadid", "Omar Hadid's
daughter"); affirmed, not a question, not quoted, no modal ("could be the wife of"), no hedge
but a relay on the main verb ("is reportedly the wife of"), no attribution frame. A class or a
description ("The company is a leader in solar panels", "He is a former soldier") is no identity.
Like every narration it takes no part in grouping: it only stands beside a proposition another
article denies (`reconcile.propositions.answer_with_narration`).
"""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline.claims.build import sentence_units
from service.pipeline.claims.context import find_quotes
from service.pipeline.claims.frames import sentence_frames
from service.pipeline.claims.narration import HEDGES, NEGATIONS, PERSONAL_SUBJECTS, QUOTED_SHARE
from service.pipeline.claims.relayed import RELAY_ADVERBS
from service.pipeline.statements.extract import statement_anchors
from service.pipeline.statements.index import DocIndex, char_range, children, clause_bounds, head, text_of
from service.pipeline.types import Claim, Statement


def identity_claims(
    idx: DocIndex, statements: list[Statement], claims: list[Claim], narrated: list[Claim]
) -> list[Claim]:
    """The article's own statements of who someone is, in text order (claimant "": the
    outlet), in sentences that hold no claim and no narration."""
    _, quote_of = find_quotes(idx)
    anchors = statement_anchors(idx, statements)
    taken = [(c.start, c.end) for c in claims + narrated]
    out: list[Claim] = []
    for lo, hi in sentence_units(idx):
        start, end = char_range(idx, lo, hi)
        if any(a < end and b > start for a, b in taken):
            continue
        root = _identity_root(lo, hi, idx, quote_of)
        if root is None:
            continue
        c_lo, c_hi = clause_bounds(idx, root)
        out.append(
            Claim(
                claimant="",
                claimant_entity=None,
                stance="asserts",
                quote=text_of(idx, c_lo, c_hi).strip(),
                sentence=idx.text[start:end],
                start=start,
                end=end,
                statement=anchors.get(root.i),
            )
        )
    return out


def _identity_root(lo: int, hi: int, idx: DocIndex, quote_of: list[int]) -> Token | None:
    """The copula of a sentence that says, in the outlet's voice, who someone is."""
    tokens = idx.tokens[lo:hi]
    if any(t.text in ("?", ":") for t in tokens):
        return None
    if any(t.lower_ in NEGATIONS or t.lower_.endswith("n't") or t.dep_ == "neg" for t in tokens):
        return None
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if not words or sum(quote_of[t.i] >= 0 for t in words) >= QUOTED_SHARE * len(words):
        return None
    roots = [t for t in tokens if head(idx, t) is None]
    if len(roots) != 1 or roots[0].lemma_.lower() != "be" or quote_of[roots[0].i] >= 0:
        return None
    root = roots[0]
    below = children(idx, root)
    below_ids = {c.i for c in below}
    for t in tokens:
        if t.lower_ in HEDGES and not (t.lower_ in RELAY_ADVERBS and t.dep_ == "advmod" and t.i in below_ids):
            return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in below):
        return None  # "could be the wife of": a guess
    subjects = [c for c in below if c.dep_ == "nsubj"]
    attributes = [c for c in below if c.dep_ == "attr"]
    if len(subjects) != 1 or len(attributes) != 1:
        return None
    subject, attribute = subjects[0], attributes[0]
    if subject.pos_ == "PRON" or subject.lower_ in PERSONAL_SUBJECTS:
        return None  # "He is X's son": who "he" is, the sentence does not say
    if not _names_a_party(attribute, idx):
        return None
    if sentence_frames(lo, hi, idx):
        return None  # someone's claim, not the outlet's
    return root


def _names_a_party(attribute: Token, idx: DocIndex) -> bool:
    """A proper name ("was Dan Brody"), or a relation of one ("Omar Hadid's daughter", "the wife
    of Omar Hadid")."""
    if attribute.pos_ == "PROPN":
        return True
    if attribute.pos_ != "NOUN":
        return False
    for c in children(idx, attribute):
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in children(idx, c))
        ):
            return True
    return False
