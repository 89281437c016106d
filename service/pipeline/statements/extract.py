"""The entry point: an article's statements, one per predicate, grouped into in-article events."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from service.pipeline.statements.anchoring import is_anchored, is_present_perfect, is_scheduled
from service.pipeline.statements.events import group_events
from service.pipeline.statements.figures import quantity
from service.pipeline.statements.index import (
    DocIndex,
    build_index,
    char_range,
    clause_bounds,
    head,
    span_head,
    text_of,
    tokens_in,
    unit_bounds,
    with_times,
)
from service.pipeline.statements.owners import ownership
from service.pipeline.statements.participants import (
    dated_happening_parties,
    locations,
    participants,
    places,
    reporters,
)
from service.pipeline.statements.polarity import polarity
from service.pipeline.statements.predicates import (
    Predicate,
    find_predicates,
    is_dated_instance,
    verb_predicate,
)
from service.pipeline.statements.times import (
    attach_times,
    inherit_times,
    narrative_references,
    occasions,
    phases,
)
from service.pipeline.types import EntityGroup, Statement, TimeExpression


def statement_from(pred: Predicate, idx: DocIndex, time: int | None) -> Statement:
    """One Statement for a predicate, its offsets those of its clause."""
    lo, hi = clause_bounds(idx, pred.anchor)
    start, end = char_range(idx, lo, hi)
    ulo, uhi = unit_bounds(idx, pred.anchor)
    return Statement(
        sentence=idx.sent_of[pred.anchor.i],
        start=start,
        end=end,
        predicate=pred.lemma,
        predicate_class=pred.cls,
        participants=_merged(participants(pred, idx), dated_happening_parties(pred, idx, time)),
        time=time,
        polarity=polarity(pred, idx),
        quantity=quantity(pred, idx),
        text=text_of(idx, ulo, uhi),
        actual=pred.groupable,
        planned=pred.irrealis,
        anchored=time is None and is_anchored(pred, idx),
        scheduled=time is not None and idx.times[time].type == "DATE" and is_scheduled(pred, idx),
        places=places(pred, idx),
        reporters=reporters(pred, idx),
    )


def _merged(first: list[int], more: list[int]) -> list[int]:
    return first + [g for g in more if g not in first]


def extract_statements(
    doc: Doc, groups: list[EntityGroup], times: list[TimeExpression], untimed: DocIndex | None = None
) -> list[Statement]:
    """Event mentions of one article, grouped into in-article events (`untimed`: the doc's index
    without time expressions, when the caller has built it already)."""
    idx = with_times(untimed, times) if untimed is not None else build_index(doc, groups, times)
    preds = find_predicates(idx)
    attached = attach_times(preds, idx)
    for pi, ti in attached.items():
        if is_dated_instance(preds[pi], idx, idx.times[ti].value):
            preds[pi].groupable = True
    statements = [statement_from(p, idx, attached.get(i)) for i, p in enumerate(preds)]
    # A clause sharing another's time is placed there, but that time is not its own reading:
    # it never dates the clause's evidence (nor feeds a date conflict).
    for i, ti in inherit_times(preds, idx, attached).items():
        if statements[i].time is None and statements[i].anchored:
            statements[i].reference = ti
            if _same_moment(preds[i].anchor, idx) and statements[i].predicate_class != "statement":
                statements[i].time = ti
    narrative_references(
        statements, times, [idx.block[p.anchor.i] for p in preds], [is_present_perfect(p, idx) for p in preds]
    )
    for ni, vi in occasions(preds, idx).items():
        # "During his speech he stated ...": the speech is where the stating is placed.
        occasion, clause = statements[ni], statements[vi]
        if occasion.time is None and (clause.time is not None or clause.anchored):
            occasion.anchored = True
            occasion.reference = clause.time if clause.time is not None else clause.reference
        elif occasion.time is not None and clause.time is None:
            # "approved the plan at a meeting on Monday, June 16", "was dismissed in a phone
            # call on Friday": the clause happened on the occasion's day.
            clause.time = occasion.time
    for ni, vi in phases(preds, idx).items():
        # "The talks ended without agreement on Tuesday": the talks were held that day.
        happening, phase = statements[ni], statements[vi]
        if happening.time is None and phase.time is not None and phase.actual and not phase.planned:
            happening.time = phase.time
            happening.actual = True
    group_events(statements, preds, [locations(p, idx) for p in preds], times)
    add_owners(statements, ownership(idx))
    return statements


def _same_moment(verb: Token, idx: DocIndex) -> bool:
    """A participle telling what the dated act itself did: "delivered its verdict on Tuesday,
    finding X guilty", "exploded on Monday, killing 12" (the time is the participle's own). Not
    a participle of saying ("unveiled it on 2 March, saying it was ready"): placed at the act's
    time, its words give it none."""
    governor = head(idx, verb)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and governor is not None and governor.i < verb.i


def add_owners(statements: list[Statement], owners: dict[int, set[int]]) -> None:
    """Show with each happening the owners of the things that take part in it or where it
    happens; speech acts keep to their speakers."""
    if not owners:
        return
    for st in statements:
        if st.predicate_class == "statement":
            continue
        found = {o for g in [*st.participants, *st.places] for o in owners.get(g, ())}
        st.owners = sorted(found - set(st.participants))


def statement_anchors(idx: DocIndex, statements: list[Statement]) -> dict[int, int]:
    """Token index -> statement index for the clause head (and event noun) of each statement,
    recovered from the statements' clause offsets so callers need not keep parse objects."""
    starts = [t.idx for t in idx.tokens]
    anchors: dict[int, int] = {}
    for si, st in enumerate(statements):
        toks = list(tokens_in(starts, idx.tokens, st.start, st.end))
        if not toks:
            continue
        root = idx.tokens[span_head(idx.tokens, toks)]
        pred = verb_predicate(root, idx) if root.pos_ in ("VERB", "AUX") else None
        anchors.setdefault(root.i, si)
        if pred is not None and pred.noun is not None and pred.lemma == st.predicate:
            anchors.setdefault(pred.noun.i, si)  # "held the call": the call is this statement
    return anchors
