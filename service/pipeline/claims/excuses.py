"""An excuse of error, made by someone charged with deceit, as the denial of the charge: pure.

"Relatives said the chief executive had lied to them" and, in the same article, "the chief
executive blamed the reversal on bad information": a lie is told on purpose and a mistake is not,
so the one charged says he did not lie. The excuse already denies the report it blames on the
error (`frames._blame_frame`); this adds its answer to the charge. Only a charge someone else
makes against the one who excuses (or the organisation he holds an office in, or an officer of
the organisation that excuses), and only with a verb of deceit: blaming an error answers no
other charge ("accused him of fraud": a fraud is no mistake one can plead)."""

from __future__ import annotations

from service.pipeline import lexicon as lx
from service.pipeline.types import Claim, Statement

# Forms of "lie" that are "lie down", "lie in state": their lemma is "lie" too.
_RESTING_FORMS = frozenset({"lay", "lain"})


def charged_with_deceit(
    excuse: Claim,
    claims: list[Claim],
    statements: list[Statement],
    predicate_words: dict[int, str],
    held: dict[int, int],
) -> list[int]:
    """The statements of deceit (`lexicon.DECEIT_VERBS`) that another claimant of the article
    asserts of the excuse's maker: the charges the excuse answers, in text order.
    `predicate_words`: statement -> the word its predicate is written with; `held`: person ->
    the organisation they hold an office in (`claimants.offices`)."""
    maker = excuse.claimant_entity
    if maker is None:
        return []
    accused = {maker}
    if maker in held:
        accused.add(held[maker])
    accused |= {person for person, org in held.items() if org == maker}
    found: list[int] = []
    for c in claims:
        st = c.statement
        if c.stance != "asserts" or st is None or st in found:
            continue
        if c.claimant_entity == maker or (
            c.claimant_entity is None and c.claimant.lower() == excuse.claimant.lower()
        ):
            continue  # the maker's own words are no charge against him
        statement = statements[st]
        if statement.predicate not in lx.DECEIT_VERBS or not statement.polarity:
            continue
        if predicate_words.get(st, "").lower() in _RESTING_FORMS:
            continue
        if accused & set(statement.participants):
            found.append(st)
    return found
