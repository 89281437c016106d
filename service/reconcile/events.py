"""Which stored event a new event mention belongs to: the pure merge decision.

The store layer looks candidates up through its indexes (same class, a shared participant,
a date window) and asks `match_event` which one, if any, the mention is. Precision comes
first: a wrong merge fuses two real-world events and every report built on them, while a
missed merge only leaves a duplicate row, so every doubtful case creates a new event.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

from service.domain import DateInfo, EventMention, StoredEvent
from service.reconcile.summary import date_phrase, event_name, join_names

# Statements (say, deny, report) are speech acts: one per speaker and day, merged by speaker.
STATEMENT_CLASS = "statement"

DateRelation = Literal["explicit", "alternative", "undated"]
# A match on the text's own date beats one that needs the second (weekday) reading.
_RELATION_RANK: dict[DateRelation, int] = {"explicit": 0, "alternative": 1, "undated": 2}


class Fit(NamedTuple):
    """A candidate that passed every rule, with what ranks it against the others."""

    event_id: str
    relation: DateRelation
    shared: int
    closeness: float

    def rank(self) -> tuple[int, int, float]:
        return (_RELATION_RANK[self.relation], -self.shared, -self.closeness)


def dates_compatible(a: DateInfo | None, b: DateInfo | None, *, allow_missing: bool = False) -> bool:
    """Whether both periods can describe one moment: their day intervals share a day.

    A week and a day inside it are compatible, two different days are not. A missing date
    proves nothing either way, so it is compatible only when the caller says so.
    """
    if a is None or b is None:
        return allow_missing
    return a.start <= b.end and b.start <= a.end


def _days(d: DateInfo) -> int:
    return (d.end - d.start).days + 1


def date_closeness(a: DateInfo, b: DateInfo) -> float:
    """How nearly two compatible dates name the same period: shared days over covered days.

    1.0 for the same day; a day against its week gives 1/7. Used to prefer the candidate
    whose date is as precise as the mention's when several fit.
    """
    shared = (min(a.end, b.end) - max(a.start, b.start)).days + 1
    if shared <= 0:
        return 0.0
    covered = (max(a.end, b.end) - min(a.start, b.start)).days + 1
    return shared / covered


def _date_relation(mention: EventMention, candidate: StoredEvent) -> DateRelation | None:
    """How the mention's date fits the candidate's; None when it cannot be the same event."""
    if mention.date is None or candidate.date is None:
        return "undated"
    if dates_compatible(mention.date, candidate.date):
        return "explicit"
    if dates_compatible(mention.alternative, candidate.date):
        return "alternative"
    return None


def _used_date(mention: EventMention, relation: DateRelation) -> DateInfo | None:
    return mention.alternative if relation == "alternative" else mention.date


def _is_day(d: DateInfo | None) -> bool:
    return d is not None and d.start == d.end


def _same_day(a: DateInfo | None, b: DateInfo | None) -> bool:
    # Compared by the day itself: "2024-11-07" and "2024-11-07T06:30" are one day.
    return a is not None and b is not None and _is_day(a) and _is_day(b) and a.start == b.start


def _same_class(mention: EventMention, candidate: StoredEvent) -> bool:
    if mention.predicate_class != candidate.predicate_class:
        return False
    # Without a class there is nothing general to compare, so only the same predicate merges.
    return bool(mention.predicate_class) or mention.predicate == candidate.predicate


def _shared_participants(mention: EventMention, candidate: StoredEvent) -> int | None:
    """Shared participants when the overlap rule holds, else None.

    Two or more participants: at least two shared, so "A met B" never joins "A met C".
    One participant: it must be among the candidate's (the mention only names fewer).
    """
    mine = set(mention.participants)
    shared = len(mine & set(candidate.participants))
    needed = 2 if len(mine) >= 2 else 1
    return shared if mine and shared >= needed else None


class Speakers(NamedTuple):
    """Who speaks in statement-class events: participant order carries no role, so the caller
    says it. `mention` is the new mention's speaker, `events` maps stored event id -> speaker."""

    mention: str | None
    events: Mapping[str, str]


def _statement_fit(
    mention: EventMention, candidate: StoredEvent, speakers: Speakers
) -> tuple[int, DateRelation] | None:
    """Statements merge only by the same speaker on the same day.

    An unknown speaker on either side never merges. Other participants (what the statement
    is about) must overlap when both sides name any, so two things one spokesman said on
    one day stay apart.
    """
    speaker = speakers.mention
    if speaker is None or speakers.events.get(candidate.id) != speaker:
        return None
    topics = set(mention.participants) - {speaker}
    other_topics = set(candidate.participants) - {speaker}
    if topics and other_topics and not topics & other_topics:
        return None
    if _same_day(mention.date, candidate.date):
        relation: DateRelation = "explicit"
    elif _same_day(mention.alternative, candidate.date):
        relation = "alternative"
    else:
        return None
    return len(set(mention.participants) & set(candidate.participants)), relation


def _fit(mention: EventMention, candidate: StoredEvent, speakers: Speakers) -> Fit | str:
    """The candidate's Fit, or why it cannot be the mention's event."""
    if not _same_class(mention, candidate):
        return f"{candidate.id}: class {candidate.predicate_class or candidate.predicate!r} differs"
    if mention.predicate_class == STATEMENT_CLASS:
        found = _statement_fit(mention, candidate, speakers)
        if found is None:
            return f"{candidate.id}: not the same (known) speaker on the same day"
        shared, relation = found
    else:
        shared_or_none = _shared_participants(mention, candidate)
        if shared_or_none is None:
            return f"{candidate.id}: too few shared participants"
        relation_or_none = _date_relation(mention, candidate)
        if relation_or_none is None:
            return f"{candidate.id}: date {_value(candidate.date)} incompatible"
        shared, relation = shared_or_none, relation_or_none
    used = _used_date(mention, relation)
    closeness = date_closeness(used, candidate.date) if used and candidate.date else 0.0
    return Fit(candidate.id, relation, shared, closeness)


def _value(d: DateInfo | None) -> str:
    return d.value if d is not None else "none"


def _pick(fits: list[Fit]) -> Fit | str:
    """The single best fit, or why none can be chosen.

    Dated fits are ranked; the best must beat the runner-up outright, since a tie means the
    mention could be either event. Fits without a date on one side carry no evidence of
    being the same occasion, so they count only when they are the one and only fit.
    """
    dated = sorted((f for f in fits if f.relation != "undated"), key=lambda f: (f.rank(), f.event_id))
    if dated:
        if len(dated) > 1 and dated[0].rank() == dated[1].rank():
            tied = [f.event_id for f in dated if f.rank() == dated[0].rank()]
            return f"ambiguous: {', '.join(tied)} fit equally"
        return dated[0]
    if len(fits) == 1:
        return fits[0]
    return f"ambiguous: {', '.join(sorted(f.event_id for f in fits))} fit without a date to decide"


def match_event(
    mention: EventMention,
    candidates: list[StoredEvent],
    *,
    speaker: str | None = None,
    speakers: Mapping[str, str] | None = None,
) -> tuple[str | None, str, bool]:
    """The stored event this mention is another report of, if any.

    Returns (event id to merge into, or None to create a new event; a readable reason;
    whether the match needed the mention's `alternative` date — its own date disagrees
    with the event's, a date conflict the caller should record). For statement-class
    mentions pass `speaker` (the mention's speaker entity id) and `speakers` (candidate
    event id -> its speaker); without them statements never merge.
    """
    known = Speakers(speaker, speakers or {})
    if not mention.participants:
        return None, "new event: the mention has no participants to match on", False
    fits: list[Fit] = []
    rejected: list[str] = []
    # One row per id: a candidate listed twice must not tie with itself.
    unique = {c.id: c for c in candidates}
    for candidate in sorted(unique.values(), key=lambda c: c.id):
        found = _fit(mention, candidate, known)
        if isinstance(found, Fit):
            fits.append(found)
        else:
            rejected.append(found)
    if not fits:
        why = "; ".join(rejected) if rejected else "no candidates"
        return None, f"new event: no candidate fits ({why})", False
    chosen = _pick(fits)
    if isinstance(chosen, str):
        # Of several events that fit equally, the one named by the same word ("denied" and
        # "the denial" of one speaker that day) is the one.
        same_word = {c.id for c in unique.values() if c.predicate == mention.predicate}
        narrowed = [f for f in fits if f.event_id in same_word]
        if narrowed and len(narrowed) < len(fits):
            chosen = _pick(narrowed)
    if isinstance(chosen, str):
        return None, f"new event: {chosen}", False
    return chosen.event_id, _merge_reason(mention, chosen), chosen.relation == "alternative"


def _merge_reason(mention: EventMention, fit: Fit) -> str:
    kind = mention.predicate_class or mention.predicate
    reason = f"merged into {fit.event_id}: same {kind!r}, {fit.shared} shared participant(s)"
    if fit.relation == "explicit":
        return f"{reason}, compatible date {_value(mention.date)}"
    if fit.relation == "alternative":
        return (
            f"{reason}, date {_value(mention.date)} disagrees but its second reading "
            f"{_value(mention.alternative)} fits: date conflict"
        )
    return f"{reason}, the only candidate (no date to compare)"


def merged_date(event_date: DateInfo | None, mention_date: DateInfo | None) -> DateInfo | None:
    """The event's date after adding a mention: the most precise date consistent with both.

    A narrower date replaces a wider one only when it lies inside it (a day inside the
    week); a date that merely overlaps or contradicts leaves the event's date alone, since
    the disagreement belongs in a conflict report, not in the timeline. When `match_event`
    flagged the alternative, `mention.alternative` may refine the date; `mention.date` is
    safe too (it contradicts the event, so it changes nothing).
    """
    if event_date is None or mention_date is None:
        return event_date or mention_date
    inside = event_date.start <= mention_date.start and mention_date.end <= event_date.end
    if inside and _days(mention_date) < _days(event_date):
        return mention_date
    return event_date


# A participant is named in an event's title when at least this share of the mentions naming
# its most-named party name it too.
NAMED_PARTY_SHARE = 0.5


def named_parties(weights: list[tuple[str, str, int]]) -> dict[str, str]:
    """The participants an event's title names, id -> name, from (id, name, party mentions):
    the parties named by at least NAMED_PARTY_SHARE as many of its mentions as its most-named
    one. The callers of a call are in nearly every report of it; the paper that broke it, the
    state one caller was in and the war they discussed are in a few, and only beside them. An
    event none of whose participants is a party (only shown ones) names them all."""
    top = max((count for _, _, count in weights), default=0)
    if top == 0:
        return {i: name for i, name, _ in weights}
    return {i: name for i, name, count in weights if count >= top * NAMED_PARTY_SHARE}


def event_summary(
    predicate: str, participant_names: list[str], date: DateInfo | None, predicate_class: str = ""
) -> str:
    """A short title for a timeline event: 'Ana Lima and Joe Smith: call on 2024-11-07', the
    event named by the noun news uses for it where the event nouns list one ('meeting',
    'resignation', 'arrest' for 'detain'), else by its verb."""
    text = event_name(predicate, predicate_class) or predicate or "event"
    when = date_phrase(date)
    if when:
        text = f"{text} {when}"
    who = join_names(participant_names)
    return f"{who}: {text}" if who else text
