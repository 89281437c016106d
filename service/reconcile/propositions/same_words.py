"""Comparing claims by their words: pure.

Content words (`content_words`, `compared_words`), claims in (nearly) the same words
(`in_same_words`, `same_words_pairs`), negation (`is_negative`), words of stance, and the
figures a quote gives (`counted_figures`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from service.pipeline import lexicon as lx
from service.pipeline.numbers import NUMBER_WORDS
from service.pipeline.terms import MAX_TERM, words
from service.pipeline.wordlists import wordset
from service.reconcile.propositions.model import GENERIC_CLASSES, ScopedClaim

# Two claims are in the same words when the longer one holds this share of the shorter one's
# content words (stop words, negations among them, left out: a denial repeats what it denies).
SAME_WORDS_SHARE = 0.8
# A long clause told again in other forms ("met privately with a housing developer to discuss
# the sale of playing fields" and "meeting a housing developer to discuss selling playing
# fields") keeps fewer of its words as written: from this many content words, three quarters do.
SAME_WORDS_LONG = 8
SAME_WORDS_LONG_SHARE = 0.75
# The fewest content words a claim needs to be compared by its words at all.
SAME_WORDS_MIN = 2
# Claims shorter than this (in content words) must also name a common participant.
SAME_WORDS_ALONE = 5
# A pair of consecutive content words found in more claims than this is common phrasing, not a
# sign that two claims are alike; skipping it keeps the comparison linear in the story's claims.
COMMON_PAIR_CLAIMS = 12
# Words that make a statement negative: left out of its content words, so an assertion and its
# denial have the same ones.
NEGATIONS = lx.NEGATION_WORDS
# Words that carry no proposition of their own: articles, pronouns, auxiliaries, prepositions,
# conjunctions (a general stop-word list also drops words such as "done", "made" or "last",
# which do tell one proposition from another: "a done deal").
FUNCTION_WORDS = NEGATIONS | wordset(
    """the and but for nor yet all any some each every this that these those there here
    who whom whose which what when where why how than then also just only very too even still
    she her hers him his its our ours their theirs them they you your yours
    are was were been being has have had having does did doing will would shall should can could
    may might must about above after against along among around before behind below beneath
    beside between beyond down during from into near off onto out over since through throughout
    till toward towards under until upon with within without per via because while whether
    although though unless once more most much many such own same other another"""
)
# Words of stance, not of content: a denial's own sentence is matched without them.
STANCE_WORDS = (
    lx.FALSITY_WORDS
    | lx.TRUTH_WORDS
    | lx.REPORT_NOUNS
    | lx.DENY_VERBS
    | lx.NO_SUPPORT_NOUNS
    | lx.RETRACT_VERBS
    | wordset("say said tell told claim allege insist add report note state source deny denie")
)
# A count in a quote and the word after it: "4,000 jobs", "14 drones" (`counted_figures`).
_COUNTED = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+([A-Za-z]+)")
# The least count that names one thing counted: two articles giving "3 people" or "2 reasons"
# need not be telling one fact.
FIGURE_LEAST = 10
_PEOPLE_WORDS = wordset("people peoples men women children persons")
# A figure written in digits: "62", "2,000", "3.5".
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")


def counted_figures(quote: str) -> list[tuple[str, str]]:
    """The figures a quote gives with the thing they count, as (number, noun) ("would cut 4,000
    jobs" and "will eliminate 4,000 jobs" both give ("4000", "job")): one exact count of one
    thing, told in two articles' own verbs, is one proposition. Only counts of at least
    FIGURE_LEAST, never a year ("the 2014 election") nor a unit ("14 days", "6.2 percent"),
    and not people in general ("34 people died" and "34 people were hurt" are two things)."""
    found = []
    for match in _COUNTED.finditer(quote):
        number, noun = match.group(1).replace(",", ""), _singular(match.group(2).lower())
        if "." in number or int(number) < FIGURE_LEAST or (len(number) == 4 and 1900 <= int(number) <= 2100):
            continue
        if (
            noun in lx.UNIT_NOUNS
            or noun in lx.PERSON_NOUNS
            or noun in FUNCTION_WORDS
            or noun in _PEOPLE_WORDS
        ):
            continue
        found.append((number, noun))
    return found


def _stance_word(word: str) -> bool:
    """A word that says how a claim stands, not what it is about: "denied", "reports", "false"
    (a crude stem: an ending "s", "es", "d", "ed" or "ing" dropped)."""
    return bool(_stems(word) & STANCE_WORDS)


def _stems(word: str) -> set[str]:
    """A word and its crude stems: an ending "s", "es", "d", "ed" or "ing" dropped."""
    return {word} | {word.removesuffix(end) for end in ("s", "es", "d", "ed", "ing")}


def content_words(text: str) -> list[str]:
    """The text's content words in order: no function words (negations are among them), none
    shorter than three letters."""
    return [w for w in words(text) if 3 <= len(w) <= MAX_TERM and w not in FUNCTION_WORDS]


def compared_words(text: str) -> list[str]:
    """The content words two claims are compared by: a plural's ending dropped ("streets" meets
    "street"), words of stance left out ("women report being harassed" relays "women are
    harassed"), and number words too, as the digits they stand for are ("seven out of ten" in
    one outlet, "7 out of 10" in another: what differs in figures is for the quantity rules)."""
    return [_singular(w) for w in content_words(text) if w not in NUMBER_WORDS and not _stance_word(w)]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def in_same_words(
    a: ScopedClaim,
    b: ScopedClaim,
    words_a: frozenset[str],
    words_b: frozenset[str],
    share: float = SAME_WORDS_SHARE,
) -> bool:
    """The longer claim holds `share` of the shorter one's content words (most of them); a short
    one must also name a participant of the other ("a done deal" is no proposition on its own)."""
    if _two_statements_of_one_sentence(a, b):
        return False
    shorter = min(len(words_a), len(words_b))
    if shorter >= SAME_WORDS_LONG and share == SAME_WORDS_SHARE:
        share = SAME_WORDS_LONG_SHARE
    if shorter < SAME_WORDS_MIN or len(words_a & words_b) < share * shorter:
        return False
    if _clause_inside_a_denial(a, b) or _clause_inside_a_denial(b, a):
        return False
    if _other_deeds(a, b, words_a, words_b):
        return False
    figures_a, figures_b = _figures(a.claim.quote), _figures(b.claim.quote)
    if figures_a and figures_b and not figures_a & figures_b:
        # "turnout was 62 percent" and "turnout was below 30 percent": the same words around
        # other figures tell another fact (the quantity rules compare the figures).
        return False
    if {a.claim.stance, b.claim.stance} == {"asserts", "denies"}:
        asserted = a if a.claim.stance == "asserts" else b
        if is_negative(asserted.claim.quote):
            # "they did not think the men posed a threat" agrees with "the men posed no threat":
            # the same words, both negative, are no answer to each other.
            return False
    elif a.claim.stance == b.claim.stance == "asserts" and is_negative(a.claim.quote) != is_negative(
        b.claim.quote
    ):
        # "it turns out the singer is not dead" tells the opposite of "the singer was found dead":
        # the negation words are left out of the content words, so the two look alike, but the
        # negative one must not stand as evidence on the side that says it happened.
        return False
    return shorter >= SAME_WORDS_ALONE or bool(set(a.participants) & set(b.participants))


def _other_deeds(a: ScopedClaim, b: ScopedClaim, words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """A claim and a denial that share only what their deeds are about: "the ship was carrying
    380 tonnes of fuel oil" and "the ship's 380 tonnes of fuel oil posed no risk" tell of the
    same oil, but one carrying and one posing, each deed of its own kind and named in neither's
    words, each with words of its own: the denial answers nothing the claim says. (Two claims on
    one side may tell one dispute by two deeds: "militants were crossing the border" beside
    "four were apprehended at the border".)"""
    if {a.claim.stance, b.claim.stance} != {"asserts", "denies"}:
        return False
    ka, kb = a.predicate_class, b.predicate_class
    if ka is None or kb is None or ka == kb or ka in GENERIC_CLASSES or kb in GENERIC_CLASSES:
        return False
    if not (words_a - words_b and words_b - words_a):
        return False  # one told in the other's words, whatever classes the parses gave them
    return not (_stems(ka) & (words_b | _all_stems(words_b)) or _stems(kb) & (words_a | _all_stems(words_a)))


def _all_stems(found: frozenset[str]) -> set[str]:
    """Every word of `found` with its crude stems ("posed": "pose")."""
    return {s for w in found for s in _stems(w)}


def _two_statements_of_one_sentence(a: ScopedClaim, b: ScopedClaim) -> bool:
    """Two claims of one sentence about statements of two kinds: a fragment the sentence quotes
    may stand for both ("he said the records showed no flights and suggested the fire was caused
    by 'negligence or an accident'"), but what each says of it differs."""
    return (
        a.claim.article_id == b.claim.article_id
        and a.claim.sentence == b.claim.sentence
        and a.predicate_class is not None
        and b.predicate_class is not None
        and a.predicate_class != b.predicate_class
    )


def _figures(text: str) -> frozenset[str]:
    """The figures a text writes in digits, separators dropped ("2,000" is "2000")."""
    return frozenset(m.replace(",", "") for m in _DIGITS.findall(text))


def _clause_inside_a_denial(part: ScopedClaim, whole: ScopedClaim) -> bool:
    """An assertion read inside the very words of a negative denial of its own sentence ("X
    said no one mentioned the envoy, who is seen by some partners as weak": the partners' view
    is a clause of what X says, not the report X denies). Its words are the denial's because
    they are part of it, not because one answers the other."""
    if part.claim.stance != "asserts" or whole.claim.stance != "denies":
        return False
    if part.claim.article_id != whole.claim.article_id or part.claim.sentence != whole.claim.sentence:
        return False
    inner, outer = " ".join(words(part.claim.quote)), " ".join(words(whole.claim.quote))
    return inner != outer and inner in outer and is_negative(whole.claim.quote)


def is_negative(text: str) -> bool:
    """The text has a negation ("not", "no", "never", "didn't")."""
    return any(w in NEGATIONS or w.endswith("n't") for w in words(text))


def same_words_pairs(claims: list[ScopedClaim]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of claims in the same words, found through the pairs of consecutive
    content words they share: linear in the claims, however large the story. Compared as
    written, the longer holds most of the shorter one's words; compared by `compared_words`
    (looser: "sale" meets "sales"), it must hold all of them."""
    raw: list[frozenset[str]] = []
    loose: list[frozenset[str]] = []
    by_pair: dict[tuple[bool, str, str], list[int]] = {}
    for i, c in enumerate(claims):
        for is_loose, found in ((False, content_words(c.claim.quote)), (True, compared_words(c.claim.quote))):
            (loose if is_loose else raw).append(frozenset(found))
            if len(set(found)) >= SAME_WORDS_MIN:
                for a, b in dict.fromkeys(pairwise(found)):
                    by_pair.setdefault((is_loose, a, b), []).append(i)
    seen: set[tuple[int, int]] = set()
    found_pairs = []
    for members in by_pair.values():
        if len(members) > COMMON_PAIR_CLAIMS:
            continue
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                if in_same_words(claims[i], claims[j], raw[i], raw[j]) or in_same_words(
                    claims[i], claims[j], loose[i], loose[j], share=1.0
                ):
                    found_pairs.append((i, j))
    return sorted(found_pairs)
