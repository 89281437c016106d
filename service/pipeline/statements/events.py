"""In-article event grouping: statements of one article that describe the same real-world event
share an event id."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.pipeline.statements.predicates import Predicate
from service.pipeline.statements.times import times_compatible
from service.pipeline.types import Quantity, Statement, TimeExpression

# How many earlier events of the same class a mention may join: keeps grouping linear in long
# documents; an anaphor rarely reaches further back than this.
LOOKBACK_EVENTS = 32
# A time value naming one day (a time of day included): "2024-03-14", "2024-03-14T06:30".
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class _Event:
    cls: str
    participants: set[int]
    times: list[TimeExpression]
    quantities: list[Quantity]
    places: set[int]
    # The days the text places its undated mentions at (their reference time expression, None
    # for the article's own date): "has killed" and a headline's "kills" are on one day.
    anchors: set[int | None] = field(default_factory=set)
    # A hypothetical or generic mention ("plans to speak", "private calls") is an event of its
    # own that later mentions must not join.
    open: bool = True
    # The days its mentions name or are placed at ("2024-03-14"): "continued yesterday ... where
    # thousands rallied" and "Monday's rally" are on one day.
    days: set[str] = field(default_factory=set)


def group_events(
    statements: list[Statement], preds: list[Predicate], places: list[set[int]], times: list[TimeExpression]
) -> None:
    """Give statements of one article that describe the same event the same event id.

    A statement joins the most recent event of its class whose participants, time, place and
    figures do not contradict it, when something says it is the same: it points back ("the
    call"), shares a participant, or names the same date. Reporting acts and hypothetical or
    generic mentions are events of their own."""
    events: list[_Event] = []
    by_class: dict[str, list[int]] = {}
    for st, pred, where in zip(statements, preds, places, strict=True):
        tx = times[st.time] if st.time is not None and st.time < len(times) else None
        day = _reference_day(st, times)
        target = None
        if pred.groupable and st.predicate_class != "statement":
            candidates = by_class.get(st.predicate_class, [])[-LOOKBACK_EVENTS:]
            target = _matching_event(events, candidates, st, pred, tx, where, day)
        if target is None:
            events.append(_Event(st.predicate_class, set(), [], [], set(), open=pred.groupable))
            target = len(events) - 1
            if pred.groupable:
                by_class.setdefault(st.predicate_class, []).append(target)
        ev = events[target]
        ev.participants.update(st.participants)
        ev.places.update(where)
        if st.anchored:
            ev.anchors.add(st.reference)
        if day is not None:
            ev.days.add(day)
        # Distinct readings only, so a much-mentioned event stays cheap to compare against.
        if tx is not None and all((tx.value, tx.alternative) != (o.value, o.alternative) for o in ev.times):
            ev.times.append(tx)
        if st.quantity is not None and st.quantity not in ev.quantities:
            ev.quantities.append(st.quantity)
        st.event = target


def _matching_event(
    events: list[_Event],
    candidates: list[int],
    st: Statement,
    pred: Predicate,
    tx: TimeExpression | None,
    where: set[int],
    day: str | None,
) -> int | None:
    mine = set(st.participants)
    for ei in reversed(candidates):
        ev = events[ei]
        if not (mine <= ev.participants or ev.participants <= mine):
            continue  # a party on each side that the other lacks: a different event
        if tx is not None and not all(times_compatible(tx, other) for other in ev.times):
            continue
        if where and ev.places and not (where & ev.places):
            continue
        if st.quantity is not None and not all(quantities_compatible(st.quantity, q) for q in ev.quantities):
            continue
        same_date = (
            (tx is not None and any(times_compatible(tx, o) for o in ev.times))
            or (st.anchored and st.reference in ev.anchors)
            or (day is not None and day in ev.days)
        )
        # "the call" points back at an event the article has introduced with its parties or its
        # day ("an agreement signed on Friday ... The agreement was signed by X and Y"), not at
        # an incidental "who spoke on condition of anonymity".
        told = bool(ev.participants or ev.times)
        if (pred.anaphoric and told) or pred.same_as_last or (mine & ev.participants) or same_date:
            return ei
    return None


def _reference_day(st: Statement, times: list[TimeExpression]) -> str | None:
    """The day a statement names ("on Monday") or the text places it at ("yesterday ... where
    thousands rallied"), when it is one day the text names; None for the article's own date."""
    ti = st.time if st.time is not None else (st.reference if st.anchored else None)
    if ti is None or ti >= len(times):
        return None
    value = times[ti].value
    return value[:10] if DAY.match(value) else None


def quantities_compatible(a: Quantity, b: Quantity) -> bool:
    """Two figures for the same counted thing can describe one event when their ranges meet."""
    if a.counted != b.counted:
        return True
    a_hi = float("inf") if a.high is None else a.high
    b_hi = float("inf") if b.high is None else b.high
    return a.low <= b_hi and b.low <= a_hi
