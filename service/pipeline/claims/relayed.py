"""What an article relays in its own voice, hedged: "X has reportedly ...", "X is said to have ...".

A rumour's coverage often tells it neither as fact nor as anyone's claim: "The singer has
reportedly bought a castle.", "The mayor was allegedly caught on camera.", "The actor is said to
have turned down the part." Nobody is named for it, no frame makes it a claim, and the
narration rules leave it out, hedged. Yet the outlet passes the account on: it is what a denial
elsewhere ("the singer's agent denied that she bought a castle") answers, and the outlet that
relays it stands on the asserting side of that dispute, the report it relays as evidence.

Such a sentence is kept as a narrated assertion (`Analysis.narrated`, credited to the outlet)
when the hedge is on its main clause and is only a relay:
- an adverb of hearsay on the main verb ("reportedly", "allegedly", "supposedly",
  "purportedly"), the sentence otherwise one the narration rules keep (a realis happening in
  the past or present perfect, affirmed, not a question, not quoted, no frame);
- or a passive verb of passing on with a perfect infinitive ("is said to have bought", "was
  reported to have died", "is believed to have fled"): the happening is the infinitive's.
Any other hedge keeps the sentence out, as it does a narration: a condition ("if confirmed",
"whether"), a guess ("probably", "may have"), a seeming ("appears to have"), an accusation
("has been accused of"), and a hearsay adverb in a clause that is not the main one ("the firm,
which reportedly employs 500 people, opened a plant": background, not the account). Like every
narration it takes no part in grouping: it only stands beside a proposition another article
denies (`reconcile.propositions.answer_with_narration`).
"""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline.claims.build import sentence_units
from service.pipeline.claims.context import find_quotes
from service.pipeline.claims.frames import sentence_frames
from service.pipeline.claims.narration import (
    HEDGES,
    NEGATIONS,
    PASSING_ON_VERBS,
    PERSONAL_SUBJECTS,
    QUOTED_SHARE,
    _narrating_root,
)
from service.pipeline.statements.extract import statement_anchors
from service.pipeline.statements.index import DocIndex, char_range, children, clause_bounds, head, text_of
from service.pipeline.types import Claim, Statement
from service.pipeline.wordlists import wordset

# Adverbs that pass an account on without judging it: on the main verb, the outlet relays it.
RELAY_ADVERBS = wordset("reportedly allegedly supposedly purportedly")
# Passive verbs of passing on whose perfect infinitive is the account relayed ("is said to have
# bought"); "is thought to be", "is believed to be" (a state, a guess about now) are not.
RELAY_PASSIVES = PASSING_ON_VERBS


def relayed_claims(
    idx: DocIndex, statements: list[Statement], claims: list[Claim], narrated: list[Claim]
) -> list[Claim]:
    """The article's hedged relays of a happening, in text order (claimant "": the outlet), in
    sentences that hold no claim and no narration."""
    _, quote_of = find_quotes(idx)
    anchors = statement_anchors(idx, statements)
    taken = [(c.start, c.end) for c in claims + narrated]
    out: list[Claim] = []
    for lo, hi in sentence_units(idx):
        start, end = char_range(idx, lo, hi)
        if any(a < end and b > start for a, b in taken):
            continue
        found = _relayed_root(lo, hi, idx, statements, anchors, quote_of)
        if found is None:
            continue
        happening, clause = found
        c_lo, c_hi = clause_bounds(idx, clause)
        out.append(
            Claim(
                claimant="",
                claimant_entity=None,
                stance="asserts",
                quote=text_of(idx, c_lo, c_hi).strip(),
                sentence=idx.text[start:end],
                start=start,
                end=end,
                # The infinitive's statement when the parse gave it one; else the relay's own.
                statement=anchors.get(happening.i, anchors.get(clause.i)),
            )
        )
    return out


def _relayed_root(
    lo: int, hi: int, idx: DocIndex, statements: list[Statement], anchors: dict[int, int], quote_of: list[int]
) -> tuple[Token, Token] | None:
    """(the relayed happening's verb, the head of the clause that tells it) for a sentence whose
    only hedge is a relay on its main clause, else None."""
    tokens = idx.tokens[lo:hi]
    roots = [t for t in tokens if head(idx, t) is None]
    if len(roots) != 1:
        return None
    root = roots[0]
    hedges = [t for t in tokens if t.lower_ in HEDGES]
    adverbs = {
        t.i for t in hedges if t.lower_ in RELAY_ADVERBS and _heads(idx, t, root) and t.dep_ == "advmod"
    }
    if adverbs and len(adverbs) == len(hedges):
        # "X has reportedly bought Y": a narration but for the relay on its main verb.
        found = _narrating_root(lo, hi, idx, statements, anchors, quote_of, exempt=frozenset(adverbs))
        return (found, found) if found is not None else None
    happening = _perfect_infinitive(root, idx)
    if happening is None or any(t.i != root.i for t in hedges):
        return None
    if not _plain(tokens, idx, quote_of):
        return None
    if happening.i in anchors and not statements[anchors[happening.i]].polarity:
        return None
    for c in children(idx, root):
        if c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in PERSONAL_SUBJECTS:
            return None
    if sentence_frames(lo, hi, idx):
        return None  # someone's claim, not the outlet's
    return happening, root


def _heads(idx: DocIndex, t: Token, root: Token) -> bool:
    found = head(idx, t)
    return found is not None and found.i == root.i


def _perfect_infinitive(root: Token, idx: DocIndex) -> Token | None:
    """The verb of "to have bought" in "X is said to have bought Y": a passive verb of passing
    on whose open complement is a perfect infinitive (a past happening relayed)."""
    if root.lemma_.lower() not in RELAY_PASSIVES or root.pos_ != "VERB":
        return None
    if not any(c.dep_ == "auxpass" for c in children(idx, root)):
        return None
    for c in children(idx, root):
        if c.dep_ != "xcomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [a.lower_ for a in children(idx, c) if a.dep_ in ("aux", "auxpass")]
        if "to" in auxes and "have" in auxes:
            return c
    return None


def _plain(tokens: list[Token], idx: DocIndex, quote_of: list[int]) -> bool:
    """Not a question, no colon, no negation, mostly not quoted: as a narration must be."""
    if any(t.text in ("?", ":") for t in tokens):
        return False
    if any(t.lower_ in NEGATIONS or t.lower_.endswith("n't") or t.dep_ == "neg" for t in tokens):
        return False
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return bool(words) and sum(quote_of[t.i] >= 0 for t in words) < QUOTED_SHARE * len(words)
