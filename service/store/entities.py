"""SQL for entities: candidate look-ups for resolution, writes, search and detail reads."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

import asyncpg

from service.store import cursor as cursors

Row = asyncpg.Record

ENTITY_COLUMNS = """
    e.id::text AS id, e.name, e.type, e.article_count, e.mention_count, e.first_seen, e.last_seen, e.seq,
    ARRAY(SELECT a.alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY a.id) AS aliases
"""


# -- resolution -----------------------------------------------------------------------------


async def lock_keys(conn: asyncpg.Connection, keys: Sequence[str]) -> None:
    """Serialise concurrent resolutions of the same name until this transaction ends, so two
    articles naming a new person at once cannot create that person twice."""
    for key in sorted(set(keys)):
        await conn.execute("SELECT pg_advisory_xact_lock(hashtext($1))", "entity:" + key)


async def candidates(
    conn: asyncpg.Connection,
    *,
    keys: Sequence[str],
    translit_keys: Sequence[str],
    family_keys: Sequence[str],
    acronym_keys: Sequence[str],
    grams: Sequence[str],
    min_similarity: float,
) -> list[Row]:
    """Entities with an alias sharing one of the keys, or whose transliteration key is
    trigram-similar to one of ours: index look-ups only, never a scan."""
    return await conn.fetch(
        """
        WITH gram_hits AS (
            SELECT g.alias_id, count(*) AS shared
            FROM alias_grams g WHERE g.gram = ANY($4::text[])
            GROUP BY g.alias_id
        ),
        hits AS (
            SELECT entity_id FROM entity_aliases WHERE key = ANY($1::text[])
            UNION SELECT entity_id FROM entity_aliases WHERE translit_key = ANY($2::text[])
            UNION SELECT entity_id FROM entity_aliases WHERE family_key = ANY($3::text[])
            UNION SELECT entity_id FROM entity_aliases WHERE acronym_key = ANY($6::text[])
            UNION SELECT a.entity_id FROM gram_hits h JOIN entity_aliases a ON a.id = h.alias_id
                  WHERE h.shared::float / NULLIF(cardinality($4::text[]) + a.gram_count - h.shared, 0) >= $5
        )
        SELECT e.id::text AS id, e.name, e.type, e.article_count,
               ARRAY(SELECT a.alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY a.id) AS aliases
        FROM entities e JOIN hits h ON h.entity_id = e.id
        ORDER BY e.article_count DESC, e.seq
        LIMIT 50
        """,
        list(keys),
        list(translit_keys),
        list(family_keys),
        list(grams),
        min_similarity,
        list(acronym_keys),
    )


async def context_of(conn: asyncpg.Connection, entity_ids: Sequence[str]) -> dict[str, list[str]]:
    """For each entity, the names of entities it most often shares articles with."""
    rows = await conn.fetch(
        """
        SELECT c.entity_id::text AS id, array_agg(c.name ORDER BY c.co DESC) AS names
        FROM (
            SELECT a1.entity_id, a2.name, count(*) AS co,
                   row_number() OVER (PARTITION BY a1.entity_id ORDER BY count(*) DESC) AS rank
            FROM article_entities a1
            JOIN article_entities a2 ON a2.article_id = a1.article_id AND a2.entity_id <> a1.entity_id
            WHERE a1.entity_id = ANY($1::uuid[])
            GROUP BY a1.entity_id, a2.name
        ) c
        WHERE c.rank <= 30
        GROUP BY c.entity_id
        """,
        [uuid.UUID(i) for i in entity_ids],
    )
    return {r["id"]: list(r["names"]) for r in rows}


async def create(conn: asyncpg.Connection, name: str, type_: str) -> str:
    return await conn.fetchval(
        "INSERT INTO entities (name, type) VALUES ($1, $2) RETURNING id::text", name, type_
    )


async def add_alias(
    conn: asyncpg.Connection,
    entity_id: str,
    alias: str,
    key: str,
    translit_key: str,
    family_key: str | None,
    acronym_key: str | None,
    grams: Sequence[str],
) -> None:
    """Record a spelling of the entity with its look-up keys and trigram postings (once)."""
    alias_id = await conn.fetchval(
        """
        INSERT INTO entity_aliases (entity_id, alias, key, translit_key, family_key, gram_count, acronym_key)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (entity_id, alias) DO NOTHING
        RETURNING id
        """,
        uuid.UUID(entity_id),
        alias,
        key,
        translit_key,
        family_key,
        len(set(grams)),
        acronym_key or None,
    )
    if alias_id is not None and grams:
        await conn.executemany(
            "INSERT INTO alias_grams (gram, alias_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            [(g, alias_id) for g in sorted(set(grams))],
        )


async def record_article(
    conn: asyncpg.Connection,
    article_id: str,
    seen: date | None,
    links: Sequence[tuple[str, str, int]],
    mentions: Sequence[tuple[str, int, int, int, str]],
) -> None:
    """Link an article to its entities (entity id, name, mention count) and store mentions
    (entity id, start, end, sentence, surface); keep the entities' counts current."""
    article = uuid.UUID(article_id)
    await conn.executemany(
        """
        INSERT INTO article_entities (article_id, entity_id, name, mentions) VALUES ($1, $2, $3, $4)
        ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = article_entities.mentions + EXCLUDED.mentions
        """,
        [(article, uuid.UUID(e), name, n) for e, name, n in links],
    )
    await conn.copy_records_to_table(
        "mentions",
        records=[(article, uuid.UUID(e), s, t, sent, surface) for e, s, t, sent, surface in mentions],
        columns=["article_id", "entity_id", "start_offset", "end_offset", "sentence", "surface"],
    )
    await conn.executemany(
        """
        UPDATE entities SET
            article_count = article_count + 1,
            mention_count = mention_count + $2,
            first_seen = LEAST(first_seen, $3::date),
            last_seen = GREATEST(last_seen, $3::date)
        WHERE id = $1
        """,
        [(uuid.UUID(e), n, seen) for e, _, n in links],
    )


# -- reads ----------------------------------------------------------------------------------


async def get(conn: asyncpg.Connection, entity_id: uuid.UUID) -> Row | None:
    return await conn.fetchrow(
        f"SELECT {ENTITY_COLUMNS} FROM entities e WHERE e.id = $1",
        entity_id,
    )


async def related(conn: asyncpg.Connection, entity_id: uuid.UUID, limit: int = 20) -> list[Row]:
    return await conn.fetch(
        """
        SELECT e.id::text AS id, e.name, e.type, count(*) AS co_occurrences
        FROM article_entities a1
        JOIN article_entities a2 ON a2.article_id = a1.article_id AND a2.entity_id <> a1.entity_id
        JOIN entities e ON e.id = a2.entity_id
        WHERE a1.entity_id = $1
        GROUP BY e.id, e.name, e.type
        ORDER BY co_occurrences DESC, e.name
        LIMIT $2
        """,
        entity_id,
        limit,
    )


async def list_page(
    conn: asyncpg.Connection, *, limit: int, cursor: str | None, type_: str | None
) -> tuple[list[Row], str | None]:
    """Entities in creation order (stable while new ones arrive), optionally of one type."""
    after = cursors.decode_int(cursor) if cursor else None
    rows = await conn.fetch(
        f"""
        SELECT {ENTITY_COLUMNS} FROM entities e
        WHERE ($1::bigint IS NULL OR e.seq > $1) AND ($2::text IS NULL OR e.type = $2)
        ORDER BY e.seq
        LIMIT $3
        """,
        after,
        type_,
        limit + 1,
    )
    next_cursor = cursors.encode(rows[limit - 1]["seq"]) if len(rows) > limit else None
    return list(rows[:limit]), next_cursor


async def search(
    conn: asyncpg.Connection,
    *,
    key: str,
    translit_key: str,
    grams: Sequence[str],
    type_: str | None,
    limit: int,
) -> list[Row]:
    """Entities whose aliases match a query, best first.

    Candidates come from the exact and transliteration keys and from trigram postings (the
    aliases sharing the most trigrams with the query); the score is the trigram similarity
    |shared| / |union| that pg_trgm computes, with exact and transliteration matches first.
    """
    return await conn.fetch(
        f"""
        WITH gram_hits AS (
            SELECT g.alias_id, count(*) AS shared
            FROM alias_grams g WHERE g.gram = ANY($3::text[])
            GROUP BY g.alias_id
            ORDER BY shared DESC
            LIMIT 500
        ),
        scored AS (
            SELECT a.entity_id,
                   CASE WHEN a.key = $1 THEN 3.0
                        WHEN a.translit_key = $2 THEN 2.0
                        ELSE coalesce(h.shared::float
                             / NULLIF(cardinality($3::text[]) + a.gram_count - h.shared, 0), 0)
                   END AS score
            FROM entity_aliases a LEFT JOIN gram_hits h ON h.alias_id = a.id
            WHERE a.key = $1 OR a.translit_key = $2 OR h.alias_id IS NOT NULL
        ),
        best AS (
            SELECT entity_id, max(score) AS score FROM scored GROUP BY entity_id
        )
        SELECT {ENTITY_COLUMNS}, b.score
        FROM best b JOIN entities e ON e.id = b.entity_id
        WHERE b.score >= 0.3 AND ($4::text IS NULL OR e.type = $4)
        ORDER BY b.score DESC, e.article_count DESC, e.seq
        LIMIT $5
        """,
        key,
        translit_key,
        list(grams),
        type_,
        limit,
    )


async def rename(conn: asyncpg.Connection, entity_id: str, name: str) -> None:
    await conn.execute("UPDATE entities SET name = $2 WHERE id = $1", uuid.UUID(entity_id), name)
