"""Time on statements: which predicate a time expression belongs to, and whether two time
expressions can name one event."""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline.statements.index import DocIndex, head
from service.pipeline.statements.predicates import Predicate
from service.pipeline.temporal.values import period
from service.pipeline.types import TimeExpression

TIME_TYPES = frozenset({"DATE", "TIME"})
# Prepositions that make a date the background of a state, not the date of an event: "have not
# spoken since July", "has been closed until March".
BACKGROUND_PREPS = frozenset({"since", "until", "till"})


def attach_times(preds: list[Predicate], idx: DocIndex) -> dict[int, int]:
    """Predicate index -> time expression index: each time expression belongs to the nearest
    predicate above it in the parse, and to none when a clause without a statement comes first."""
    owner: dict[int, int] = {}
    for pi, p in enumerate(preds):
        for t in p.tokens:
            owner.setdefault(t.i, pi)
    attached: dict[int, int] = {}
    for ti, h in enumerate(idx.time_heads):
        if h < 0 or idx.times[ti].type not in TIME_TYPES:
            continue
        if is_background(idx.tokens[h], idx):
            continue
        pi = _time_owner(idx.tokens[h], idx, owner)
        if pi is not None and pi not in attached:
            attached[pi] = ti
    return attached


def is_background(tok: Token, idx: DocIndex) -> bool:
    """A date that sets the scene rather than dates a statement: the object of "since" or
    "until" ("have not spoken since July" holds over a period; it reports no event in July)."""
    t: Token | None = tok
    while t is not None and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "prep" and t.lower_ in BACKGROUND_PREPS:
            return True
        t = head(idx, t)
    return False


def _time_owner(tok: Token, idx: DocIndex, owner: dict[int, int]) -> int | None:
    t: Token | None = tok
    while t is not None:
        if t.i in owner and t.i != tok.i:
            return owner[t.i]
        if t.i != tok.i and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return None  # the date modifies another clause, one that carries no statement
        t = head(idx, t)
    return None


def times_compatible(a: TimeExpression, b: TimeExpression) -> bool:
    """True unless both times are known and no reading of one overlaps a reading of the other."""
    # The same reading of a value as the cross-article step's (quarters, seasons, weekends,
    # decades included), so an article never groups what the event store keeps apart.
    ra = [r for r in (period(a.value), period(a.alternative or "")) if r]
    rb = [r for r in (period(b.value), period(b.alternative or "")) if r]
    if not ra or not rb:
        return True
    return any(x.start <= y.end and y.start <= x.end for x in ra for y in rb)
