"""SQL for conflict reports: upsert by natural key, claims of an event, reads."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import asyncpg
import msgspec

from service.domain import ConflictDraft, EventClaim, Source
from service.store import cursor as cursors
from service.store.articles import LEAD_CHARS

Row = asyncpg.Record


async def claims_of_event(conn: asyncpg.Connection, event_id: str) -> list[tuple[EventClaim, Row]]:
    rows = await conn.fetch(
        """
        SELECT c.id::text AS id, c.article_id::text AS article_id, c.claimant_name,
               c.claimant_entity_id::text AS claimant_entity_id, coalesce(e.name, c.claimant_name) AS claimant_display,
               c.speaks_for_entity_id::text AS speaks_for_entity_id, c.stance, c.quote, c.sentence, c.date_value, c.alternative_value,
               c.quantity_low, c.quantity_high, c.quantity_text, c.counted, c.contrary,
               a.published_at AS published
        FROM claims c LEFT JOIN entities e ON e.id = c.claimant_entity_id
        JOIN articles a ON a.id = c.article_id
        WHERE c.event_id = $1 AND NOT c.own_voice ORDER BY c.seq
        """,
        uuid.UUID(event_id),
    )
    return [(_event_claim(r), r) for r in rows]


async def upsert(conn: asyncpg.Connection, draft: ConflictDraft, scope_id: str | None = None) -> str:
    """Create the report, or update the one with the same natural key. `scope_id`: the story (or
    lone article) a proposition report was raised in, the scope its key names."""
    conflict_id: str = await conn.fetchval(
        """
        INSERT INTO conflicts (key, kind, event_id, summary, sides, article_ids, scope_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (key) DO UPDATE SET event_id = EXCLUDED.event_id, summary = EXCLUDED.summary,
                                         sides = EXCLUDED.sides,
                                         article_ids = EXCLUDED.article_ids, scope_id = EXCLUDED.scope_id,
                                         updated_at = now()
        RETURNING id::text
        """,
        draft.key,
        draft.kind,
        uuid.UUID(draft.event_id) if draft.event_id else None,
        draft.summary,
        msgspec.to_builtins(draft.sides),
        [uuid.UUID(a) for a in sorted(set(draft.article_ids))],
        uuid.UUID(scope_id) if scope_id else None,
    )
    ids = [uuid.UUID(e) for e in sorted(set(draft.entity_ids))]
    await conn.execute(
        "DELETE FROM conflict_entities WHERE conflict_id = $1 AND NOT entity_id = ANY($2::uuid[])",
        uuid.UUID(conflict_id),
        ids,
    )
    await conn.executemany(
        "INSERT INTO conflict_entities (conflict_id, entity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        [(uuid.UUID(conflict_id), e) for e in ids],
    )
    return conflict_id


async def remove_stale(conn: asyncpg.Connection, event_id: str, keep_keys: Sequence[str]) -> None:
    """Drop reports on an event that its claims no longer support. A report raised over a story
    (`scope_id` set) and shown on this event is its story's to re-decide, not the event's."""
    await conn.execute(
        "DELETE FROM conflicts WHERE event_id = $1 AND scope_id IS NULL AND NOT key = ANY($2::text[])",
        uuid.UUID(event_id),
        list(keep_keys),
    )


async def scope_claims(conn: asyncpg.Connection, article_ids: Sequence[str]) -> list[tuple[EventClaim, Row]]:
    """Every claim of the given articles (one story), with its event, its statement's predicate
    class, the entities mentioned inside its sentence or taking part in its statement
    (`participants`) and whether the article
    narrates it in its own voice (`own_voice`), whether it is the article's opening account of
    the story (`lead`), whether it is about a plan (`planned`), and whether it asserts that a
    deed was not done (`contrary`)."""
    rows = await conn.fetch(
        """
        SELECT c.id::text AS id, c.seq, c.article_id::text AS article_id, c.claimant_name,
               c.claimant_entity_id::text AS claimant_entity_id,
               coalesce(e.name, c.claimant_name) AS claimant_display, c.event_id::text AS event_id,
               c.speaks_for_entity_id::text AS speaks_for_entity_id,
               c.stance, c.quote, c.sentence, c.predicate_class, c.own_voice, c.lead, c.planned, c.contrary,
               c.quantity_low, c.quantity_high, c.quantity_text, c.counted, c.date_value,
               a.published_at AS published,
               ARRAY(SELECT m.entity_id::text FROM mentions m
                     WHERE m.article_id = c.article_id
                       AND m.start_offset >= c.start_offset AND m.end_offset <= c.end_offset
                     UNION
                     SELECT p::text FROM unnest(c.party_ids) AS p) AS participants
        FROM claims c LEFT JOIN entities e ON e.id = c.claimant_entity_id
        JOIN articles a ON a.id = c.article_id
        WHERE c.article_id = ANY($1::uuid[]) ORDER BY c.seq
        """,
        [uuid.UUID(a) for a in article_ids],
    )
    return [(_event_claim(r), r) for r in rows]


async def existence_events(conn: asyncpg.Connection, event_ids: Sequence[str]) -> set[str]:
    """Those of the events that have an existence report of their own."""
    rows = await conn.fetch(
        "SELECT DISTINCT event_id::text AS id FROM conflicts WHERE event_id = ANY($1::uuid[]) AND key = 'existence:' || event_id::text",
        [uuid.UUID(e) for e in event_ids],
    )
    return {r["id"] for r in rows}


async def remove_stale_in_scope(
    conn: asyncpg.Connection, prefix: str, scope: str, article_ids: Sequence[str], keep_keys: Sequence[str]
) -> None:
    """Drop a story's proposition reports no longer raised: those raised in the story (its
    `scope_id`, revision 0013), and those raised in a story since merged into it (they cite its
    articles). Each through its own index: the column's, and the GIN index on the cited
    articles (as two look-ups: OR-ed in one scan, they had the planner read every report)."""
    await conn.execute(
        """
        DELETE FROM conflicts
        WHERE id IN (
                SELECT id FROM conflicts WHERE scope_id = $2::uuid
                UNION ALL
                SELECT id FROM conflicts WHERE article_ids && $3::uuid[])
          AND starts_with(key, $1) AND NOT key = ANY($4::text[])
        """,
        prefix,
        uuid.UUID(scope),
        [uuid.UUID(a) for a in article_ids],
        list(keep_keys),
    )


# The most articles of one story whose claims are compared (its latest): bounds the work per
# ingest however large a story grows.
SCOPE_ARTICLES = 300


async def story_scope(conn: asyncpg.Connection, article_id: str) -> tuple[str, list[str]]:
    """The article's story id and its latest articles (the article alone when it has none)."""
    story_id = await conn.fetchval("SELECT story_id::text FROM articles WHERE id = $1", uuid.UUID(article_id))
    if story_id is None:
        return article_id, [article_id]
    rows = await conn.fetch(
        "SELECT id::text AS id FROM articles WHERE story_id = $1 ORDER BY seq DESC LIMIT $2",
        uuid.UUID(story_id),
        SCOPE_ARTICLES,
    )
    return story_id, [r["id"] for r in rows]


async def article_leads(conn: asyncpg.Connection, article_ids: Sequence[str]) -> dict[str, str]:
    """The opening characters of each article's text: what names an article with no outlet."""
    rows = await conn.fetch(
        "SELECT id::text AS id, left(text, $2) AS lead FROM articles WHERE id = ANY($1::uuid[])",
        [uuid.UUID(a) for a in article_ids],
        LEAD_CHARS,
    )
    return {r["id"]: r["lead"] for r in rows}


async def article_outlet(conn: asyncpg.Connection, article_id: str) -> Row | None:
    """What names an article's outlet: its source, URL and title."""
    return await conn.fetchrow("SELECT source, url, title FROM articles WHERE id = $1", uuid.UUID(article_id))


_COLUMNS = """
    c.id::text AS id, c.kind, c.summary, c.sides, c.detected_at, c.updated_at, c.seq,
    ARRAY(SELECT x::text FROM unnest(c.article_ids) x) AS article_ids,
    ev.id::text AS event_id, ev.date_value, ev.granularity,
    ARRAY(SELECT DISTINCT a.story_id::text FROM articles a
          WHERE a.id = ANY(c.article_ids) AND a.story_id IS NOT NULL) AS story_ids
"""


async def get(conn: asyncpg.Connection, conflict_id: uuid.UUID) -> Row | None:
    return await conn.fetchrow(
        f"SELECT {_COLUMNS} FROM conflicts c LEFT JOIN events ev ON ev.id = c.event_id WHERE c.id = $1",
        conflict_id,
    )


async def page(
    conn: asyncpg.Connection,
    *,
    limit: int,
    cursor: str | None,
    entity_id: uuid.UUID | None,
    kind: str | None,
    story_id: uuid.UUID | None = None,
) -> tuple[list[Row], str | None]:
    after = cursors.decode_int(cursor) if cursor else None
    rows = await conn.fetch(
        f"""
        SELECT {_COLUMNS}
        FROM conflicts c LEFT JOIN events ev ON ev.id = c.event_id
        WHERE ($1::bigint IS NULL OR c.seq > $1)
          AND ($2::text IS NULL OR c.kind = $2)
          AND ($3::uuid IS NULL OR EXISTS (
                SELECT 1 FROM conflict_entities x WHERE x.conflict_id = c.id AND x.entity_id = $3))
          -- a story's reports: those on the events its articles report, and those citing its
          -- articles (reports with no event); a merged story's id reads through to the survivor
          AND ($5::uuid IS NULL OR c.event_id IN (
                SELECT d.event_id FROM articles a JOIN event_evidence d ON d.article_id = a.id
                WHERE a.story_id = (SELECT coalesce(s.merged_into, s.id) FROM stories s WHERE s.id = $5))
              OR c.article_ids && ARRAY(
                SELECT a.id FROM articles a
                WHERE a.story_id = (SELECT coalesce(s.merged_into, s.id) FROM stories s WHERE s.id = $5)))
        ORDER BY c.seq
        LIMIT $4
        """,
        after,
        kind,
        entity_id,
        limit + 1,
        story_id,
    )
    next_cursor = cursors.encode(rows[limit - 1]["seq"]) if len(rows) > limit else None
    return list(rows[:limit]), next_cursor


async def entities_of(conn: asyncpg.Connection, conflict_ids: Sequence[str]) -> dict[str, list[Row]]:
    rows = await conn.fetch(
        """
        SELECT x.conflict_id::text AS conflict_id, e.id::text AS id, e.name, e.type
        FROM conflict_entities x JOIN entities e ON e.id = x.entity_id
        WHERE x.conflict_id = ANY($1::uuid[]) ORDER BY e.name
        """,
        [uuid.UUID(i) for i in conflict_ids],
    )
    out: dict[str, list[Row]] = {i: [] for i in conflict_ids}
    for r in rows:
        out[r["conflict_id"]].append(r)
    return out


async def insert_claims(conn: asyncpg.Connection, rows: Sequence[tuple[object, ...]]) -> None:
    """Store an article's claims: (article, event, claimant name, claimant entity, stance, quote,
    sentence, start, end, predicate class, date, alternative date, quantity low/high/text/counted,
    the organisation the claimant speaks for, whether the article narrates it in its own voice,
    whether it is the article's opening account of the story, the parties of its statement,
    whether its statement is a plan, whether it asserts that a deed was not done)."""
    if not rows:
        return
    await conn.executemany(
        """
        INSERT INTO claims (article_id, event_id, claimant_name, claimant_entity_id, stance, quote, sentence,
                            start_offset, end_offset, predicate_class, date_value, alternative_value,
                            quantity_low, quantity_high, quantity_text, counted, speaks_for_entity_id, own_voice,
                            lead, party_ids, planned, contrary)
        VALUES ($1::uuid, $2::uuid, $3, $4::uuid, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::uuid, $18,
                $19, $20::uuid[], $21, $22)
        """,
        rows,
    )


def _event_claim(r: asyncpg.Record) -> EventClaim:
    """A stored claim as the conflict rules read it."""
    return EventClaim(
        claim_id=r["id"],
        article_id=r["article_id"],
        claimant=Source(name=r["claimant_display"], entity_id=r["claimant_entity_id"]),
        stance=r["stance"],
        quote=r["quote"],
        sentence=r["sentence"],
        quantity_low=r["quantity_low"],
        quantity_high=r["quantity_high"],
        quantity_text=r["quantity_text"],
        counted=r["counted"],
        speaks_for=r["speaks_for_entity_id"],
        contrary=r["contrary"],
        published=r["published"],
    )
