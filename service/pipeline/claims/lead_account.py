"""The article's opening sentence as its own account of the story, when it tells the story straight.

Rumour coverage splits two ways. Outlets that pass the story on as news open with it ("A fisherman
landed a two-metre eel with a hand line."); outlets that doubt it open with the doubt ("A
story that ... is a hoax.", "Reports claim that ..."), a source ("..., police said.") or a
question. The opening sentence of the first kind is the outlet's account of the story as a
whole: kept as the article's own assertion (`Claim.lead`), it puts the outlet on the asserting
side when other coverage of its story denies the story (`reconcile.propositions.answer_with_leads`).

The opening sentence is the first of at least LEAD_MIN_WORDS words (a dateline is no account),
and it has a verb (a byline or a caption has none). It is no account of the outlet's own when
it asks, hedges ("reportedly", "allegedly", "may have"), doubts ("experts doubt"), negates,
tells the writer's own doing, cites a source or relays a report, claim or rumour, names a hoax
or a falsehood, is mostly quoted, or holds a claim the claim frames read (someone else's words).
"""

from __future__ import annotations

import msgspec

from service.pipeline import lexicon as lx
from service.pipeline.claims.build import sentence_units
from service.pipeline.claims.context import find_quotes
from service.pipeline.claims.narration import HEDGES, PERSONAL_SUBJECTS, is_negation, mostly_quoted
from service.pipeline.statements.index import DocIndex, char_range
from service.pipeline.types import Claim

# Fewer words than this make a dateline, a byline or a caption, not the story's opening; more
# than LEAD_MAX_WORDS, a text with no sentence breaks (a list, a pasted page), not a sentence.
LEAD_MIN_WORDS = 6
LEAD_MAX_WORDS = 80
# Words that make the opening sentence a relay, a guess ("may have") or a debunking, not the
# outlet's own account.
DOUBT_WORDS = HEDGES | lx.FALSITY_WORDS | lx.SATIRE_WORDS | lx.REPORT_NOUNS | lx.GUESS_MODALS
# Lemmas that relay or doubt: a source cited, a report passed on, doubt cast ("experts doubt").
DOUBT_LEMMAS = (
    lx.LEAD_RELAY_LEMMAS | lx.DOUBT_VERBS | lx.DOUBT_NOUNS | lx.DOUBT_ADJECTIVES | lx.SKEPTIC_ADJECTIVES
)


def lead_account(idx: DocIndex, claims: list[Claim], narrated: list[Claim]) -> Claim | None:
    """The article's opening sentence as its own assertion (claimant "": the outlet), or None
    when the opening is no straight account. A narrated happening that is the opening sentence
    is marked as the lead rather than told twice."""
    counted = ((lo, hi, _word_count(idx, lo, hi)) for lo, hi in sentence_units(idx))
    opening = next(((lo, hi, n) for lo, hi, n in counted if n >= LEAD_MIN_WORDS), None)
    if opening is None or opening[2] > LEAD_MAX_WORDS:
        return None
    lo, hi, _ = opening
    tokens = idx.tokens[lo:hi]
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None  # a byline, a caption or a label: nothing happens in it
    if any(t.text == "?" for t in tokens):
        return None
    if any(is_negation(t) or t.lower_ in DOUBT_WORDS or t.lemma_.lower() in DOUBT_LEMMAS for t in tokens):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in PERSONAL_SUBJECTS for t in tokens):
        return None  # the writer's own doing ("we took a look at the photo"), or the reader's
    if mostly_quoted(tokens, find_quotes(idx)[1]):
        return None
    start, end = char_range(idx, lo, hi)
    if any(c.start < end and c.end > start for c in claims):
        return None  # someone's claim stands in it
    for n in narrated:
        if n.start == start and n.stance == "asserts":
            return msgspec.structs.replace(n, lead=True)
    sentence = idx.text[start:end]
    return Claim(
        claimant="",
        claimant_entity=None,
        stance="asserts",
        quote=sentence.strip(),
        sentence=sentence,
        start=start,
        end=end,
        lead=True,
    )


def _word_count(idx: DocIndex, lo: int, hi: int) -> int:
    return sum(1 for t in idx.tokens[lo:hi] if not (t.is_punct or t.is_space))
