"""SQL for articles: insert (idempotent), look-ups, listing."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import asyncpg

from service.store import cursor as cursors

Row = asyncpg.Record

ARTICLE_COLUMNS = """
    a.id::text AS id, a.external_id, a.title, a.url, a.source, a.published_at,
    a.published_at_inferred, a.language, a.word_count, a.ingested_at,
    coalesce(s.merged_into, a.story_id)::text AS story_id, a.near_duplicate_of::text AS near_duplicate_of
"""
# The story join ARTICLE_COLUMNS reads (a merged story's articles already point at the survivor;
# the coalesce covers a read racing a merge).
STORY_JOIN = "LEFT JOIN stories s ON s.id = a.story_id"
# Characters of an article's text read back to name it when no outlet or site does (its
# dateline's agency, its headline or opening sentence).
LEAD_CHARS = 300


def parse_id(value: str) -> uuid.UUID | None:
    """An id from a URL, or None when it cannot be one of ours."""
    try:
        return uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return None


async def find_duplicate(
    conn: asyncpg.Connection, *, external_id: str | None, url: str | None, content_hash: str | None
) -> str | None:
    """The id of a stored article with the same external id, url or cleaned text."""
    row = await conn.fetchrow(
        """
        SELECT id::text FROM articles
        WHERE ($1::text IS NOT NULL AND external_id = $1)
           OR ($2::text IS NOT NULL AND url = $2)
           OR ($3::text IS NOT NULL AND content_hash = $3)
        ORDER BY seq LIMIT 1
        """,
        external_id,
        url,
        content_hash,
    )
    return row["id"] if row else None


async def insert(conn: asyncpg.Connection, values: dict[str, Any]) -> str | None:
    """Insert an article; None when any unique key (external id, url, text) already exists.

    The unique constraints, not a check before the insert, are what make concurrent duplicate
    posts safe.
    """
    row = await conn.fetchrow(
        """
        INSERT INTO articles (external_id, url, content_hash, source, title, published_at,
                              published_at_inferred, language, raw_text, text, clean_offset,
                              word_count, warnings, time_expressions, extraction)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
        ON CONFLICT DO NOTHING
        RETURNING id::text
        """,
        values["external_id"],
        values["url"],
        values["content_hash"],
        values["source"],
        values["title"],
        values["published_at"],
        values["published_at_inferred"],
        values["language"],
        values["raw_text"],
        values["text"],
        values["clean_offset"],
        values["word_count"],
        values["warnings"],
        values["time_expressions"],
        values.get("extraction"),
    )
    return row["id"] if row else None


async def get(conn: asyncpg.Connection, article_id: uuid.UUID) -> Row | None:
    return await conn.fetchrow(
        f"SELECT {ARTICLE_COLUMNS}, a.text, a.extraction FROM articles a {STORY_JOIN} WHERE a.id = $1",
        article_id,
    )


async def entities_of(conn: asyncpg.Connection, article_id: uuid.UUID) -> list[Row]:
    return await conn.fetch(
        """
        SELECT e.id::text AS id, e.name, e.type, ae.mentions
        FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
        WHERE ae.article_id = $1
        ORDER BY ae.mentions DESC, e.name
        """,
        article_id,
    )


async def claims_of(conn: asyncpg.Connection, article_id: uuid.UUID) -> list[Row]:
    return await conn.fetch(
        """
        SELECT id::text AS id, claimant_name, claimant_entity_id::text AS claimant_entity_id,
               stance, quote, sentence, event_id::text AS event_id
        FROM claims WHERE article_id = $1 AND NOT own_voice ORDER BY seq
        """,
        article_id,
    )


async def count(conn: asyncpg.Connection) -> int:
    return int(await conn.fetchval("SELECT count(*) FROM articles"))


async def list_page(
    conn: asyncpg.Connection,
    *,
    limit: int,
    cursor: str | None,
    source: str | None,
    entity_id: uuid.UUID | None,
    published_from: date | None,
    published_to: date | None,
    q: str | None,
    story_id: uuid.UUID | None = None,
) -> tuple[list[Row], str | None]:
    """Newest first (by ingestion order), filtered; keyset pagination on `seq`."""
    after = cursors.decode_int(cursor) if cursor else None
    rows = await conn.fetch(
        f"""
        SELECT {ARTICLE_COLUMNS}, a.seq
        FROM articles a {STORY_JOIN}
        WHERE ($1::bigint IS NULL OR a.seq < $1)
          AND ($2::text IS NULL OR a.source = $2)
          AND ($3::uuid IS NULL OR EXISTS (
                SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id = $3))
          AND ($4::date IS NULL OR a.published_at >= $4)
          AND ($5::date IS NULL OR a.published_at <= $5)
          AND ($6::text IS NULL OR a.search @@ websearch_to_tsquery('english', $6))
          AND ($8::uuid IS NULL OR a.story_id = (SELECT coalesce(merged_into, id) FROM stories WHERE id = $8))
        ORDER BY a.seq DESC
        LIMIT $7
        """,
        after,
        source,
        entity_id,
        published_from,
        published_to,
        q,
        limit + 1,
        story_id,
    )
    next_cursor = cursors.encode(rows[limit - 1]["seq"]) if len(rows) > limit else None
    return list(rows[:limit]), next_cursor
