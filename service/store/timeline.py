"""SQL for timeline events: candidate look-ups for merging, writes, and the timeline reads."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

import asyncpg

from service.domain import DateInfo, StoredEvent
from service.store import cursor as cursors
from service.store.entities import advisory_locks

Row = asyncpg.Record


def _date_info(row: Row) -> DateInfo | None:
    if row["date_value"] is None:
        return None
    return DateInfo(
        value=row["date_value"], granularity=row["granularity"], start=row["start_date"], end=row["end_date"]
    )


def _stored_event(row: Row) -> StoredEvent:
    return StoredEvent(
        id=row["id"],
        predicate=row["predicate"],
        predicate_class=row["predicate_class"],
        participants=list(row["participants"]),
        date=_date_info(row),
        article_ids=list(row["articles"]),
    )


async def lock_class(conn: asyncpg.Connection, predicate_class: str) -> None:
    """Serialise event merging per predicate class until this transaction ends, so two articles
    about one new event cannot each create it."""
    await lock_classes(conn, [predicate_class])


async def lock_classes(conn: asyncpg.Connection, predicate_classes: Sequence[str]) -> None:
    """`lock_class` for every class at once, in the one order all transactions use."""
    await advisory_locks(conn, ["event:" + c for c in predicate_classes])


# Events longer than this are found through their own index (revision 0007, whose partial-index
# predicate uses the same number); shorter ones by start date, at most this long before a period.
LONG_SPAN_DAYS = 31


def shifted(day: date, days: int) -> date:
    """`day` moved by `days`, held at the calendar's ends: an article dated 9999-12-31 or
    0001-01-01 is valid, and its search window stops at the last or first day there is."""
    return date.fromordinal(min(max(day.toordinal() + days, 1), date.max.toordinal()))


async def candidates(
    conn: asyncpg.Connection,
    *,
    predicate_class: str,
    participants: Sequence[str],
    start: date | None,
    end: date | None,
    window_days: int = 45,
) -> list[tuple[StoredEvent, str | None]]:
    """Events of the class that share a participant and whose period comes near the given one
    (for an undated mention: near the article's date window). Index look-ups only."""
    if start is None or end is None:
        return []
    rows = await conn.fetch(
        f"""
        SELECT ev.id::text AS id, ev.predicate, ev.predicate_class, ev.date_value, ev.granularity,
               ev.start_date, ev.end_date, ev.speaker_id::text AS speaker_id,
               ARRAY(SELECT x.entity_id::text FROM event_entities x WHERE x.event_id = ev.id) AS participants,
               ARRAY(SELECT DISTINCT d.article_id::text FROM event_evidence d WHERE d.event_id = ev.id) AS articles
        FROM (
            -- The participants' events near the period, from their rows' copy of the period
            -- (revision 0006): those of at most LONG_SPAN_DAYS start at most that long before
            -- the period, so their scan is bounded on both sides; the longer ones come from
            -- their own index by class and end date (revisions 0007 and 0016). Only these events
            -- are read; OFFSET 0 keeps the planner from walking all events in `seq` order instead.
            -- Both read only the rows of the event's class (their copy of it, revision 0013).
            -- The first 50 in creation order are chosen on the rows' copy of the event's
            -- sequence number (revision 0006), before any event is read, and both indexes carry
            -- it with the event id (revision 0016), so the choice reads no table rows: a
            -- participant in thousands of events near the period costs 50 event reads, not thousands.
            SELECT DISTINCT x.event_id, x.event_seq FROM (
                SELECT x.event_id, x.event_seq FROM event_entities x
                WHERE x.entity_id = ANY($2::uuid[]) AND x.predicate_class = $1 AND x.end_date >= $3
                  AND x.start_date BETWEEN $3::date - {LONG_SPAN_DAYS} AND $4
                UNION ALL
                SELECT x.event_id, x.event_seq FROM event_entities x
                WHERE x.entity_id = ANY($2::uuid[]) AND x.end_date - x.start_date > {LONG_SPAN_DAYS}
                  AND x.end_date >= $3 AND x.start_date <= $4 AND x.predicate_class = $1
            ) AS x
            ORDER BY x.event_seq
            LIMIT 50
        ) AS near
        CROSS JOIN LATERAL (SELECT * FROM events ev WHERE ev.id = near.event_id OFFSET 0) AS ev
        WHERE ev.predicate_class = $1
        ORDER BY ev.seq
        """,
        predicate_class,
        [uuid.UUID(p) for p in participants],
        shifted(start, -window_days),
        shifted(end, window_days),
    )
    return [(_stored_event(r), r["speaker_id"]) for r in rows]


async def statement_candidates(
    conn: asyncpg.Connection,
    *,
    predicate_class: str,
    speaker_id: str,
    participants: Sequence[str],
    days: Sequence[date],
) -> list[tuple[StoredEvent, str | None]]:
    """The speaker's statement events on the given days that share a participant: the only ones
    a statement can merge into (same speaker, same day), the first 50 as `candidates` orders
    them. Each day's are chosen by walking the speaker's events of that day and class in `seq`
    order on the index alone (revision 0016's index holds the id), stopping at 50 that share a
    participant; only those events are then read. So the cost follows neither the corpus nor a
    busy speaker's day (the planner, expecting a few rows, would otherwise read and sort them all)."""
    if not days:
        return []
    rows = await conn.fetch(
        """
        SELECT ev.id::text AS id, ev.predicate, ev.predicate_class, ev.date_value, ev.granularity,
               ev.start_date, ev.end_date, ev.speaker_id::text AS speaker_id,
               ARRAY(SELECT x.entity_id::text FROM event_entities x WHERE x.event_id = ev.id) AS participants,
               ARRAY(SELECT DISTINCT d.article_id::text FROM event_evidence d WHERE d.event_id = ev.id) AS articles
        FROM unnest($4::date[]) AS day (value)
        CROSS JOIN LATERAL (
            SELECT s.id, s.seq FROM events s
            WHERE s.speaker_id = $2 AND s.start_date = day.value AND s.predicate_class = $1
              AND EXISTS (SELECT 1 FROM event_entities x
                          WHERE x.event_id = s.id AND x.entity_id = ANY($3::uuid[]))
            ORDER BY s.seq
            LIMIT 50
        ) AS chosen
        CROSS JOIN LATERAL (SELECT * FROM events ev WHERE ev.id = chosen.id OFFSET 0) AS ev
        ORDER BY chosen.seq
        LIMIT 50
        """,
        predicate_class,
        uuid.UUID(speaker_id),
        [uuid.UUID(p) for p in participants],
        sorted(set(days)),
    )
    return [(_stored_event(r), r["speaker_id"]) for r in rows]


async def create(
    conn: asyncpg.Connection,
    predicate: str,
    predicate_class: str,
    when: DateInfo | None,
    summary: str,
    speaker_id: str | None = None,
) -> str:
    return await conn.fetchval(
        """
        INSERT INTO events (predicate, predicate_class, date_value, granularity, start_date, end_date, summary,
                            speaker_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid) RETURNING id::text
        """,
        predicate,
        predicate_class,
        when.value if when else None,
        when.granularity if when else None,
        when.start if when else None,
        when.end if when else None,
        summary,
        speaker_id,
    )


async def update(conn: asyncpg.Connection, event_id: str, when: DateInfo | None, summary: str) -> None:
    await conn.execute(
        """
        UPDATE events SET date_value = $2, granularity = $3, start_date = $4, end_date = $5,
                          summary = $6, updated_at = now()
        WHERE id = $1
        """,
        uuid.UUID(event_id),
        when.value if when else None,
        when.granularity if when else None,
        when.start if when else None,
        when.end if when else None,
        summary,
    )


async def add_participants(
    conn: asyncpg.Connection, event_id: str, parties: Sequence[str], shown: Sequence[str] = ()
) -> None:
    """Link one mention's entities to the event: each of its `parties` counts one more mention
    naming it as a party; an entity only `shown` with it (its reporter, a place) is linked with
    no such mention, and a party's count is kept."""
    party_set = set(parties)
    entities = sorted(party_set | set(shown))
    if not entities:
        return
    # One statement for the mention's entities (each once, so no row is touched twice).
    await conn.execute(
        """
        INSERT INTO event_entities (event_id, entity_id, party_mentions)
        SELECT $1, e, m FROM unnest($2::uuid[], $3::int[]) AS t(e, m)
        ON CONFLICT (event_id, entity_id) DO UPDATE
            SET party_mentions = event_entities.party_mentions + EXCLUDED.party_mentions
            WHERE EXCLUDED.party_mentions > 0
        """,
        uuid.UUID(event_id),
        [uuid.UUID(e) for e in entities],
        [1 if e in party_set else 0 for e in entities],
    )


async def add_evidence(
    conn: asyncpg.Connection,
    event_id: str,
    article_id: str,
    *,
    sentence: str,
    time_expression: str | None,
    start: int,
    end: int,
    date_value: str | None,
    alternative_value: str | None,
    polarity: bool,
) -> None:
    await conn.execute(
        """
        INSERT INTO event_evidence (event_id, article_id, sentence, time_expression, start_offset, end_offset,
                                    date_value, alternative_value, polarity)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT (event_id, article_id, start_offset) DO NOTHING
        """,
        uuid.UUID(event_id),
        uuid.UUID(article_id),
        sentence,
        time_expression,
        start,
        end,
        date_value,
        alternative_value,
        polarity,
    )


async def participant_weights(conn: asyncpg.Connection, event_id: str) -> list[tuple[str, str, int]]:
    """The event's participants as (id, name, mentions naming it as a party)."""
    return (await participants_of(conn, [event_id])).get(event_id, [])


# -- reads ----------------------------------------------------------------------------------


_PAGE_COLUMNS = (
    "ev.id::text AS id, ev.predicate, ev.date_value, ev.granularity, ev.start_date, ev.end_date, "
    "ev.summary, ev.seq"
)


def _filters(start: str, end: str, seq: str) -> str:
    """The page filters (parameters: from, to, cursor start, cursor seq) over the given columns."""
    return f"""{start} IS NOT NULL
          AND ($2::date IS NULL OR {end} >= $2)
          AND ($3::date IS NULL OR {start} <= $3)
          AND ($4::date IS NULL OR ({start}, {seq}) > ($4, $5::bigint))"""


# One story's events (parameters as `_page_sql`'s, then the story id): read through the story's
# articles and their evidence, so the cost follows the story's size, not the timeline's.
_STORY_PAGE_SQL = f"""
    SELECT {_PAGE_COLUMNS} FROM events ev
    WHERE ev.id IN (
            SELECT d.event_id FROM articles a JOIN event_evidence d ON d.article_id = a.id
            WHERE a.story_id = (SELECT coalesce(s.merged_into, s.id) FROM stories s WHERE s.id = $7))
      AND ($1::uuid IS NULL OR EXISTS (
            SELECT 1 FROM event_entities x WHERE x.event_id = ev.id AND x.entity_id = $1))
      AND {_filters("ev.start_date", "ev.end_date", "ev.seq")}
    ORDER BY ev.start_date, ev.seq
    LIMIT $6
"""


def _page_sql(*, entity: bool, since: bool) -> str:
    """The timeline page query for the filters given (parameters: entity, from, to, cursor start,
    cursor seq, limit), one text per combination so each gets a plan that fits it.

    - With an entity: that entity's event_entities rows, which carry their event's period and
      sequence number (revision 0006), in timeline order from their index, filtered there; only
      the page's events are fetched (by id). Walking the whole timeline and probing each event
      (what `$1 IS NULL OR EXISTS ...` leads to) reads every event for a rare entity, and
      fetching all of an entity's events to sort them costs as many as a common entity has.
    - With `from`: two index range scans, events starting on or after `from` (in timeline
      order), and events that started before it and still run on it (a GiST look-up on the
      period; OFFSET 0 keeps the planner from walking the timeline instead to save a sort), so no
      event that ended before `from` is ever read.
    """
    filters = _filters("ev.start_date", "ev.end_date", "ev.seq")
    if entity:
        return f"""
        SELECT ev.* FROM (
            SELECT x.event_id, x.start_date, x.event_seq FROM event_entities x
            WHERE x.entity_id = $1 AND {_filters("x.start_date", "x.end_date", "x.event_seq")}
            ORDER BY x.start_date, x.event_seq
            LIMIT $6
        ) AS p
        CROSS JOIN LATERAL (SELECT {_PAGE_COLUMNS} FROM events ev WHERE ev.id = p.event_id OFFSET 0) AS ev
        ORDER BY p.start_date, p.event_seq
        """
    if not since:
        return f"""
        SELECT {_PAGE_COLUMNS} FROM events ev
        WHERE $1::uuid IS NULL AND {filters}
        ORDER BY ev.start_date, ev.seq
        LIMIT $6
        """
    return f"""
        SELECT * FROM (
            (SELECT {_PAGE_COLUMNS} FROM events ev
             WHERE $1::uuid IS NULL AND {filters} AND ev.start_date >= $2
             ORDER BY ev.start_date, ev.seq
             LIMIT $6)
            UNION ALL
            (SELECT * FROM (
                SELECT {_PAGE_COLUMNS} FROM events ev
                WHERE $1::uuid IS NULL AND {filters} AND ev.start_date < $2
                  AND daterange(ev.start_date, ev.end_date, '[]') @> $2::date
                OFFSET 0
             ) AS running
             ORDER BY start_date, seq
             LIMIT $6)
        ) AS page
        ORDER BY start_date, seq
        LIMIT $6
        """


async def page(
    conn: asyncpg.Connection,
    *,
    limit: int,
    cursor: str | None,
    entity_id: uuid.UUID | None,
    date_from: date | None,
    date_to: date | None,
    story_id: uuid.UUID | None = None,
) -> tuple[list[Row], str | None]:
    """Dated events ordered by start (then creation), filtered; keyset pagination."""
    after_start: date | None = None
    after_seq: int | None = None
    if cursor:
        after_start, after_seq = cursors.decode_date_seq(cursor)
    if story_id is not None:
        rows = await conn.fetch(
            _STORY_PAGE_SQL, entity_id, date_from, date_to, after_start, after_seq, limit + 1, story_id
        )
    else:
        rows = await conn.fetch(
            _page_sql(entity=entity_id is not None, since=date_from is not None),
            entity_id,
            date_from,
            date_to,
            after_start,
            after_seq,
            limit + 1,
        )
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = cursors.encode(last["start_date"].isoformat(), last["seq"])
    return list(rows[:limit]), next_cursor


async def details(conn: asyncpg.Connection, event_ids: Sequence[str]) -> list[Row]:
    """Entities, articles, evidence and conflicts of a page of events, in one query: a row per
    event (in the order given) with `entities` [{id, name, type}] by name, `articles`
    [{id, title}] in ingest order and `evidence` [{article_id, sentence, time_expression, start, end}] as
    JSON text, and `conflict_ids`. Each is read through the event's index, never a scan."""
    return await conn.fetch(
        """
        SELECT ev.id::text AS event_id,
               COALESCE((
                   SELECT json_agg(json_build_object('id', e.id, 'name', e.name, 'type', e.type) ORDER BY e.name)
                   FROM event_entities x JOIN entities e ON e.id = x.entity_id
                   WHERE x.event_id = ev.id
               ), '[]')::text AS entities,
               COALESCE((
                   SELECT json_agg(json_build_object('id', a.id, 'title', a.title) ORDER BY a.seq)
                   FROM articles a
                   WHERE a.id IN (SELECT d.article_id FROM event_evidence d WHERE d.event_id = ev.id)
               ), '[]')::text AS articles,
               COALESCE((
                   SELECT json_agg(json_build_object(
                       'article_id', d.article_id, 'sentence', d.sentence, 'time_expression', d.time_expression,
                       'start', d.start_offset, 'end', d.end_offset
                   ) ORDER BY d.id)
                   FROM event_evidence d WHERE d.event_id = ev.id
               ), '[]')::text AS evidence,
               ARRAY(SELECT c.id::text FROM conflicts c WHERE c.event_id = ev.id ORDER BY c.seq) AS conflict_ids,
               ARRAY(SELECT DISTINCT a.story_id::text FROM event_evidence d JOIN articles a ON a.id = d.article_id
                     WHERE d.event_id = ev.id AND a.story_id IS NOT NULL) AS story_ids
        FROM unnest($1::uuid[]) WITH ORDINALITY AS ev(id, ord)
        ORDER BY ev.ord
        """,
        [uuid.UUID(i) for i in event_ids],
    )


async def get_event(conn: asyncpg.Connection, event_id: str) -> StoredEvent | None:
    row = await conn.fetchrow(
        """
        SELECT ev.id::text AS id, ev.predicate, ev.predicate_class, ev.date_value, ev.granularity,
               ev.start_date, ev.end_date,
               ARRAY(SELECT x.entity_id::text FROM event_entities x WHERE x.event_id = ev.id) AS participants,
               ARRAY(SELECT DISTINCT d.article_id::text FROM event_evidence d WHERE d.event_id = ev.id) AS articles
        FROM events ev WHERE ev.id = $1
        """,
        uuid.UUID(event_id),
    )
    return _stored_event(row) if row is not None else None


async def evidence_dates(conn: asyncpg.Connection, event_id: str) -> list[Row]:
    """The dates each article's evidence gives the event, with the article's outlet."""
    return await conn.fetch(
        """
        SELECT d.article_id::text AS article_id, d.date_value, d.alternative_value, d.time_expression,
               d.sentence, a.source, a.url, a.title
        FROM event_evidence d JOIN articles a ON a.id = d.article_id
        WHERE d.event_id = $1 AND d.date_value IS NOT NULL AND d.polarity
        ORDER BY d.id
        """,
        uuid.UUID(event_id),
    )


async def story_mentions(
    conn: asyncpg.Connection, article_ids: Sequence[str], classes: Sequence[str]
) -> list[Row]:
    """Every affirmed mention these articles (one story) make of an event of the given classes,
    with the day it gives, its article's date and its outlet (through the article index)."""
    return await conn.fetch(
        """
        SELECT d.event_id::text AS event_id, ev.predicate, ev.predicate_class,
               d.article_id::text AS article_id, d.date_value, d.time_expression, d.sentence,
               a.source, a.url, a.title, a.published_at
        FROM event_evidence d
        JOIN events ev ON ev.id = d.event_id
        JOIN articles a ON a.id = d.article_id
        WHERE d.article_id = ANY($1::uuid[]) AND d.polarity AND ev.predicate_class = ANY($2::text[])
        ORDER BY d.id
        """,
        [uuid.UUID(a) for a in article_ids],
        list(classes),
    )


async def participants_typed(
    conn: asyncpg.Connection, event_ids: Sequence[str], types: Sequence[str]
) -> dict[str, set[str]]:
    """Each event's participants of the given entity types, by entity id."""
    rows = await conn.fetch(
        """
        SELECT x.event_id::text AS event_id, e.id::text AS id
        FROM event_entities x JOIN entities e ON e.id = x.entity_id
        WHERE x.event_id = ANY($1::uuid[]) AND e.type = ANY($2::text[])
        """,
        [uuid.UUID(e) for e in event_ids],
        list(types),
    )
    found: dict[str, set[str]] = {}
    for r in rows:
        found.setdefault(r["event_id"], set()).add(r["id"])
    return found


async def participants_of(
    conn: asyncpg.Connection, event_ids: Sequence[str]
) -> dict[str, list[tuple[str, str, int]]]:
    """Each event's participants as (id, name, mentions naming it as a party)."""
    rows = await conn.fetch(
        """
        SELECT x.event_id::text AS event_id, e.id::text AS id, e.name, x.party_mentions
        FROM event_entities x JOIN entities e ON e.id = x.entity_id
        WHERE x.event_id = ANY($1::uuid[])
        """,
        [uuid.UUID(e) for e in event_ids],
    )
    found: dict[str, list[tuple[str, str, int]]] = {}
    for r in rows:
        found.setdefault(r["event_id"], []).append((r["id"], r["name"], r["party_mentions"]))
    return found
