"""What an article tells in its own voice: the narrated happenings no frame attributes.

"A hiker was found alive by a search drone." is the outlet's own account of the story: nobody
"said" it, no report is cited, but the article asserts it. Such a sentence is kept aside as a
narrated assertion (`Analysis.narrated`), credited to the outlet, and used only to put the
outlet on the asserting side of a dispute its story holds (`reconcile.propositions`): a denial
needs someone to disagree with, and the coverage that tells the story as fact is that someone.

A sentence narrates a happening when its main clause is a realis happening told in the past or
the present perfect (a statement the timeline anchors), affirmed (not negated), not a question,
not inside a quote, not hedged ("reportedly", "allegedly", "is said to"), not the writer's own
doing ("we took a look at the photo"), and no attribution frame or claim stands in it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.claims.build import sentence_units
from service.pipeline.claims.context import find_quotes
from service.pipeline.claims.frames import sentence_frames
from service.pipeline.statements.extract import statement_anchors
from service.pipeline.statements.index import DocIndex, char_range, children, clause_bounds, head, text_of
from service.pipeline.types import Claim, Stance, Statement
from service.pipeline.wordlists import wordset

# Words that hedge what a sentence tells: it is passed on, not asserted.
HEDGES = wordset(
    """reportedly allegedly apparently supposedly purportedly seemingly ostensibly rumoured
    rumored alleged purported claimed reported rumour rumor claim claims report reports
    perhaps maybe possibly probably likely unconfirmed unverified if whether accused suspected
    appear appears appeared seem seems seemed"""
)
# Words that make a sentence negative anywhere in it ("no-one bought it", "vowed it wouldn't"):
# what it narrates is not simply that something happened.
NEGATIONS = lx.NEGATION_WORDS | wordset("no-one noone without")


def is_negation(tok: Token) -> bool:
    """A word that makes its sentence negative: one of NEGATIONS, or a contracted "n't"."""
    return tok.lower_ in NEGATIONS or tok.lower_.endswith("n't")


# Verbs whose passive passes a clause on: "is said to have", "was reported sawed down".
PASSING_ON_VERBS = wordset("say report rumour rumor believe think allege claim understand suppose")
# The writer and the reader as subjects: their own doings, not the story's.
PERSONAL_SUBJECTS = wordset("i we you")
# Most of a sentence quoted: someone's words, not the outlet's.
QUOTED_SHARE = 0.5


# Finds the main verb of a sentence's own-voice account, if the sentence tells one: (sentence
# token range, document index, statements, token -> statement anchors, token -> quote or -1).
RootFinder = Callable[[int, int, DocIndex, list[Statement], dict[int, int], list[int]], Token | None]


def narrated_claims(idx: DocIndex, statements: list[Statement], claims: list[Claim]) -> list[Claim]:
    """The article's own assertions of narrated happenings, in text order (claimant "": the
    outlet, named at ingest). Sentences that hold a claim are left to it."""
    return own_voice_accounts(idx, statements, claims, _narrating_root, "asserts")


def own_voice_accounts(
    idx: DocIndex, statements: list[Statement], claims: list[Claim], root_of: RootFinder, stance: Stance
) -> list[Claim]:
    """The outlet's own accounts (claimant "", the given stance), one for each sentence that
    holds no claim and whose main verb `root_of` finds, in text order."""
    _, quote_of = find_quotes(idx)
    anchors = statement_anchors(idx, statements)
    # Claims by start, with the furthest end reached so far: a sentence overlaps a claim when
    # one starting before its end ends after its start (a look-up per sentence, not a scan).
    spans = sorted((c.start, c.end) for c in claims)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    out: list[Claim] = []
    for lo, hi in sentence_units(idx):
        start, end = char_range(idx, lo, hi)
        before = bisect_left(starts, end)
        if before and reach[before - 1] > start:
            continue
        root = root_of(lo, hi, idx, statements, anchors, quote_of)
        if root is None:
            continue
        c_lo, c_hi = clause_bounds(idx, root)
        out.append(
            Claim(
                claimant="",
                claimant_entity=None,
                stance=stance,
                quote=text_of(idx, c_lo, c_hi).strip(),
                sentence=idx.text[start:end],
                start=start,
                end=end,
                statement=anchors[root.i],
            )
        )
    return out


def mostly_quoted(tokens: list[Token], quote_of: list[int]) -> bool:
    """Most of the sentence's words (or all, when it has none) are inside quotes: someone's
    words, not the writer's."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return not words or sum(quote_of[t.i] >= 0 for t in words) >= QUOTED_SHARE * len(words)


def sole_root(tokens: list[Token], idx: DocIndex, quote_of: list[int]) -> Token | None:
    """The one root of a sentence that is mostly the writer's words (not mostly quoted)."""
    if mostly_quoted(tokens, quote_of):
        return None
    roots = [t for t in tokens if head(idx, t) is None]
    return roots[0] if len(roots) == 1 else None


def _narrating_root(
    lo: int, hi: int, idx: DocIndex, statements: list[Statement], anchors: dict[int, int], quote_of: list[int]
) -> Token | None:
    """The main verb of a sentence that narrates a happening in the outlet's own voice, if it
    does (`anchors`: token -> the statement it anchors; `quote_of`: token -> its quote, or -1)."""
    tokens = idx.tokens[lo:hi]
    if any(t.text in ("?", ":") for t in tokens):
        return None  # a question asserts nothing; a colon opens a quote or a list
    if any(t.lower_ in HEDGES or is_negation(t) for t in tokens):
        return None
    root = sole_root(tokens, idx, quote_of)
    if root is None:
        return None
    if root.pos_ not in ("VERB", "AUX") or quote_of[root.i] >= 0 or root.i not in anchors:
        return None
    st = statements[anchors[root.i]]
    if not (st.anchored and st.actual and st.polarity) or st.predicate_class in lx.SPEECH_CLASSES:
        return None
    for c in children(idx, root):
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PERSONAL_SUBJECTS:
            return None
        if c.dep_ == "neg":
            return None
    if root.lemma_.lower() in PASSING_ON_VERBS and any(c.dep_ == "auxpass" for c in children(idx, root)):
        return None  # "was said to have", "is believed to"
    if sentence_frames(lo, hi, idx):
        return None  # someone's claim, not the outlet's
    return root
