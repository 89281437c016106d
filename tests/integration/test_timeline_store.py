"""The timeline store against PostgreSQL: an entity's timeline follows its events' dates."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from service.db import connect
from service.domain import DateInfo
from service.reconcile.events import named_parties
from service.store import entities as entity_store
from service.store import timeline as timeline_store


def day(value: str) -> DateInfo:
    d = date.fromisoformat(value)
    return DateInfo(value=value, granularity="day", start=d, end=d)


async def test_entity_timeline_is_in_date_order_and_follows_a_moved_event(database_url: str) -> None:
    async with connect(database_url) as conn:
        person = await entity_store.create(conn, "Ann Example", "PERSON")
        other = await entity_store.create(conn, "Bob Example", "PERSON")
        late = await timeline_store.create(conn, "meet", "meeting", day("2024-03-01"), "late")
        early = await timeline_store.create(conn, "meet", "meeting", day("2024-01-01"), "early")
        undated = await timeline_store.create(conn, "meet", "meeting", None, "undated")
        for event in (late, early, undated):
            await timeline_store.add_participants(conn, event, [person, other])

        async def order(**filters: object) -> list[str]:
            rows, _ = await timeline_store.page(
                conn,
                limit=10,
                cursor=None,
                entity_id=uuid.UUID(person),
                date_from=filters.get("date_from"),  # type: ignore[arg-type]
                date_to=filters.get("date_to"),  # type: ignore[arg-type]
            )
            return [r["summary"] for r in rows]

        assert await order() == ["early", "late"]  # the undated event is on no timeline
        # A better-dated report moves events: the entity's timeline follows.
        await timeline_store.update(conn, early, day("2024-06-01"), "early")
        await timeline_store.update(conn, undated, day("2024-02-01"), "undated")
        assert await order() == ["undated", "late", "early"]
        assert await order(date_from=date(2024, 2, 15)) == ["late", "early"]
        assert await order(date_to=date(2024, 3, 1)) == ["undated", "late"]
        # Pages follow one another without gaps or repeats.
        first, cursor = await timeline_store.page(
            conn, limit=2, cursor=None, entity_id=uuid.UUID(person), date_from=None, date_to=None
        )
        rest, end = await timeline_store.page(
            conn, limit=2, cursor=cursor, entity_id=uuid.UUID(person), date_from=None, date_to=None
        )
        assert [r["summary"] for r in first + rest] == ["undated", "late", "early"] and end is None
        # The participant rows carry exactly their events' periods.
        stale = await conn.fetchval(
            """
            SELECT count(*) FROM event_entities x JOIN events ev ON ev.id = x.event_id
            WHERE x.start_date IS DISTINCT FROM ev.start_date OR x.end_date IS DISTINCT FROM ev.end_date
               OR x.event_seq <> ev.seq
            """
        )
        assert stale == 0


def period(start: date, days: int) -> DateInfo:
    return DateInfo(value=start.isoformat(), granularity="day", start=start, end=start + timedelta(days=days))


async def test_event_candidates_are_every_nearby_event_of_a_participant(database_url: str) -> None:
    """Short events come from a start-date range, long ones from their own index: together they
    must be exactly the events of the class that share a participant and overlap the window."""
    rng = random.Random(11)
    spans = [0, 0, 0, 6, 30, timeline_store.LONG_SPAN_DAYS, timeline_store.LONG_SPAN_DAYS + 1, 90, 365, 3652]
    async with connect(database_url) as conn:
        people = [await entity_store.create(conn, f"Person {i}", "PERSON") for i in range(4)]
        stored = []
        for n in range(400):
            when = period(date(2010, 1, 1) + timedelta(days=rng.randrange(5000)), rng.choice(spans))
            kind = rng.choice(["meeting", "statement"])
            event = await timeline_store.create(conn, "meet", kind, when, f"event {n}")
            members = rng.sample(people, rng.randint(1, 2))
            await timeline_store.add_participants(conn, event, members)
            stored.append((event, kind, when, set(members)))
        seq = {r["id"]: r["seq"] for r in await conn.fetch("SELECT id::text AS id, seq FROM events")}
        for _ in range(60):
            start = date(2010, 1, 1) + timedelta(days=rng.randrange(5200))
            end = start + timedelta(days=rng.choice([0, 30, 364]))
            kind, who = rng.choice(["meeting", "statement"]), rng.sample(people, rng.randint(1, 2))
            low, high = start - timedelta(days=45), end + timedelta(days=45)
            expected = sorted(
                (
                    e
                    for e, k, w, members in stored
                    if k == kind and members & set(who) and w.start <= high and w.end >= low
                ),
                key=seq.__getitem__,
            )[:50]
            found = await timeline_store.candidates(
                conn, predicate_class=kind, participants=who, start=start, end=end, window_days=45
            )
            assert [event.id for event, _ in found] == expected
        # The query's split and the partial index's predicate use the same span.
        definition = await conn.fetchval(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'event_entities_class_long_idx'"
        )
        assert f"> {timeline_store.LONG_SPAN_DAYS})" in definition


async def test_an_events_title_names_the_parties_most_of_its_mentions_name(database_url: str) -> None:
    async with connect(database_url) as conn:
        caller = await entity_store.create(conn, "Ann Example", "PERSON")
        callee = await entity_store.create(conn, "Bob Example", "PERSON")
        paper = await entity_store.create(conn, "The Daily Example", "ORG")
        state = await entity_store.create(conn, "Exampleland", "GPE")
        call = await timeline_store.create(conn, "call", "communication", day("2024-03-01"), "call")
        # Three reports name both callers; one names the paper and the state beside them.
        await timeline_store.add_participants(conn, call, [caller, callee], [paper, state])
        await timeline_store.add_participants(conn, call, [caller, callee])
        await timeline_store.add_participants(conn, call, [caller, callee, state])
        # A later mention that only shows the paper keeps the paper's count.
        await timeline_store.add_participants(conn, call, [], [paper])
        weights = sorted(await timeline_store.participant_weights(conn, call), key=lambda w: w[1])
        assert [(name, count) for _, name, count in weights] == [
            ("Ann Example", 3),
            ("Bob Example", 3),
            ("Exampleland", 1),
            ("The Daily Example", 0),
        ]
        assert sorted(named_parties(weights).values()) == ["Ann Example", "Bob Example"]
