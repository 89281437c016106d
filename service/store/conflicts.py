"""SQL for conflict reports: upsert by natural key, claims of an event, reads."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import asyncpg
import msgspec

from service.domain import ConflictDraft, EventClaim, Source
from service.store import cursor as cursors

Row = asyncpg.Record


async def claims_of_event(conn: asyncpg.Connection, event_id: str) -> list[tuple[EventClaim, Row]]:
    rows = await conn.fetch(
        """
        SELECT c.id::text AS id, c.article_id::text AS article_id, c.claimant_name,
               c.claimant_entity_id::text AS claimant_entity_id, coalesce(e.name, c.claimant_name) AS claimant_display,
               c.stance, c.quote, c.sentence, c.date_value, c.alternative_value,
               c.quantity_low, c.quantity_high, c.quantity_text, c.counted
        FROM claims c LEFT JOIN entities e ON e.id = c.claimant_entity_id
        WHERE c.event_id = $1 ORDER BY c.seq
        """,
        uuid.UUID(event_id),
    )
    return [
        (
            EventClaim(
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
            ),
            r,
        )
        for r in rows
    ]


async def upsert(conn: asyncpg.Connection, draft: ConflictDraft) -> str:
    """Create the report, or update the one with the same natural key."""
    conflict_id: str = await conn.fetchval(
        """
        INSERT INTO conflicts (key, kind, event_id, summary, sides, article_ids)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (key) DO UPDATE SET summary = EXCLUDED.summary, sides = EXCLUDED.sides,
                                         article_ids = EXCLUDED.article_ids, updated_at = now()
        RETURNING id::text
        """,
        draft.key,
        draft.kind,
        uuid.UUID(draft.event_id),
        draft.summary,
        msgspec.to_builtins(draft.sides),
        [uuid.UUID(a) for a in sorted(set(draft.article_ids))],
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
    """Drop reports on an event that its claims no longer support."""
    await conn.execute(
        "DELETE FROM conflicts WHERE event_id = $1 AND NOT key = ANY($2::text[])",
        uuid.UUID(event_id),
        list(keep_keys),
    )


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
          -- a story's reports: those on the events its articles report (read through the story)
          AND ($5::uuid IS NULL OR c.event_id IN (
                SELECT d.event_id FROM articles a JOIN event_evidence d ON d.article_id = a.id
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
    sentence, start, end, predicate class, date, alternative date, quantity low/high/text/counted)."""
    if not rows:
        return
    await conn.executemany(
        """
        INSERT INTO claims (article_id, event_id, claimant_name, claimant_entity_id, stance, quote, sentence,
                            start_offset, end_offset, predicate_class, date_value, alternative_value,
                            quantity_low, quantity_high, quantity_text, counted)
        VALUES ($1::uuid, $2::uuid, $3, $4::uuid, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        """,
        rows,
    )
