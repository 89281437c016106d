"""SQL for stories: the corpus's term statistics, candidate look-ups, writes, merges and reads."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import date

import asyncpg

from service.domain import StoryVector
from service.store import cursor as cursors
from service.store.entities import advisory_locks

Row = asyncpg.Record

# Postings read per query term (the most recently active stories holding it), and the
# articles read per signature band: both bound the look-up whatever the corpus size.
POSTINGS_PER_TERM = 8
ARTICLES_PER_BAND = 4


async def lock_assignment(conn: asyncpg.Connection) -> None:
    """One story decision at a time: two articles of one new story never start two stories."""
    await advisory_locks(conn, ["story assignment"])


async def count_document(conn: asyncpg.Connection, terms: Sequence[str]) -> int:
    """Add one document holding `terms` to the corpus statistics; the new document count."""
    if terms:
        await conn.execute(
            """
            INSERT INTO term_df (term, df)
            SELECT t, 1 FROM unnest($1::text[]) AS t ORDER BY t
            ON CONFLICT (term) DO UPDATE SET df = term_df.df + 1
            """,
            sorted(set(terms)),
        )
    return int(await conn.fetchval("UPDATE term_corpus SET documents = documents + 1 RETURNING documents"))


async def document_frequencies(conn: asyncpg.Connection, terms: Iterable[str]) -> dict[str, int]:
    rows = await conn.fetch("SELECT term, df FROM term_df WHERE term = ANY($1::text[])", list(set(terms)))
    return {r["term"]: int(r["df"]) for r in rows}


async def candidate_ids(
    conn: asyncpg.Connection, terms: Sequence[str], weights: Sequence[float], limit: int
) -> list[str]:
    """Stories holding the query terms, most weight shared first: a bounded read per term."""
    if not terms:
        return []
    rows = await conn.fetch(
        """
        SELECT p.story_id::text AS id
        FROM unnest($1::text[], $2::float8[]) AS q(term, weight)
        CROSS JOIN LATERAL (
            SELECT st.story_id FROM story_terms st
            WHERE st.term = q.term ORDER BY st.activity DESC LIMIT $3
        ) AS p
        GROUP BY p.story_id
        ORDER BY sum(q.weight) DESC, p.story_id
        LIMIT $4
        """,
        list(terms),
        list(weights),
        POSTINGS_PER_TERM,
        limit,
    )
    return [r["id"] for r in rows]


def _vector(row: Row) -> StoryVector:
    return StoryVector(
        id=row["id"],
        # jsonb arrives decoded through the pool's codec (a plain connection gives text)
        weights=json.loads(row["weights"]) if isinstance(row["weights"], str) else row["weights"],
        article_count=row["article_count"],
        first_published=row["first_published"],
        last_published=row["last_published"],
    )


async def vectors(conn: asyncpg.Connection, story_ids: Sequence[str]) -> list[StoryVector]:
    """The live (unmerged) stories among `story_ids`, with their vectors; ordered by age."""
    rows = await conn.fetch(
        """
        SELECT id::text AS id, weights, article_count, first_published, last_published
        FROM stories WHERE id = ANY($1::uuid[]) AND merged_into IS NULL ORDER BY seq
        """,
        list(story_ids),
    )
    return [_vector(r) for r in rows]


async def near_duplicates(conn: asyncpg.Connection, bands: Sequence[int]) -> list[Row]:
    """Stored articles sharing a signature band, with their signatures and stories."""
    if not bands:
        return []
    return await conn.fetch(
        """
        SELECT DISTINCT a.id::text AS id, a.seq, a.signature, a.story_id::text AS story_id
        FROM unnest($1::bigint[]) AS q(band)
        CROSS JOIN LATERAL (
            SELECT b.article_id FROM article_bands b WHERE b.band = q.band LIMIT $2
        ) AS p
        JOIN articles a ON a.id = p.article_id
        ORDER BY a.seq
        """,
        list(bands),
        ARTICLES_PER_BAND,
    )


async def create(conn: asyncpg.Connection) -> str:
    return str(await conn.fetchval("INSERT INTO stories DEFAULT VALUES RETURNING id::text"))


async def save(
    conn: asyncpg.Connection,
    story: StoryVector,
    posted: Sequence[str],
    entity_ids: Sequence[str],
    title: str | None,
    title_score: float,
) -> None:
    """Write the story's vector and counts, its postings (fresh activity) and its entities.

    The title changes only for a more representative article than the current one's.
    """
    activity = await conn.fetchval(
        """
        UPDATE stories SET weights = $2::jsonb, article_count = $3, first_published = $4,
               last_published = $5, activity = nextval('story_activity_seq'), updated_at = now(),
               title = CASE WHEN $6::text IS NOT NULL AND ($7 > title_score OR title IS NULL)
                            THEN $6 ELSE title END,
               title_score = CASE WHEN $6::text IS NOT NULL AND ($7 > title_score OR title IS NULL)
                                  THEN $7 ELSE title_score END
        WHERE id = $1
        RETURNING activity
        """,
        uuid.UUID(story.id),
        story.weights,
        story.article_count,
        story.first_published,
        story.last_published,
        title,
        title_score,
    )
    await conn.execute(
        "DELETE FROM story_terms WHERE story_id = $1 AND NOT (term = ANY($2::text[]))",
        uuid.UUID(story.id),
        list(posted),
    )
    await conn.execute(
        """
        INSERT INTO story_terms (term, story_id, activity)
        SELECT t, $2, $3 FROM unnest($1::text[]) AS t
        ON CONFLICT (term, story_id) DO UPDATE SET activity = EXCLUDED.activity
        """,
        list(posted),
        uuid.UUID(story.id),
        activity,
    )
    if entity_ids:
        await conn.execute(
            """
            INSERT INTO story_entities (entity_id, story_id)
            SELECT e, $2 FROM unnest($1::uuid[]) AS e ON CONFLICT DO NOTHING
            """,
            list(entity_ids),
            uuid.UUID(story.id),
        )


async def place_article(
    conn: asyncpg.Connection,
    article_id: str,
    story_id: str,
    near_duplicate_of: str | None,
    signature: Sequence[int],
    bands: Sequence[int],
) -> None:
    await conn.execute(
        "UPDATE articles SET story_id = $2, near_duplicate_of = $3, signature = $4 WHERE id = $1",
        uuid.UUID(article_id),
        uuid.UUID(story_id),
        uuid.UUID(near_duplicate_of) if near_duplicate_of else None,
        list(signature) or None,
    )
    if bands:
        await conn.execute(
            """
            INSERT INTO article_bands (band, article_id)
            SELECT b, $2 FROM unnest($1::bigint[]) AS b ON CONFLICT DO NOTHING
            """,
            list(bands),
            uuid.UUID(article_id),
        )


async def merge(conn: asyncpg.Connection, survivor_id: str, merged_ids: Sequence[str]) -> None:
    """Fold stories into the survivor: articles move, old ids point at it, titles compete.

    The caller writes the survivor's combined vector with `save`.
    """
    survivor, merged = uuid.UUID(survivor_id), [uuid.UUID(m) for m in merged_ids]
    await conn.execute("UPDATE articles SET story_id = $1 WHERE story_id = ANY($2::uuid[])", survivor, merged)
    await conn.execute(
        """
        UPDATE stories s SET title = best.title, title_score = best.title_score
        FROM (SELECT title, title_score FROM stories
              WHERE (id = $1 OR id = ANY($2::uuid[])) AND title IS NOT NULL
              ORDER BY title_score DESC, seq LIMIT 1) AS best
        WHERE s.id = $1
        """,
        survivor,
        merged,
    )
    await conn.execute(
        """
        INSERT INTO story_entities (entity_id, story_id)
        SELECT entity_id, $1 FROM story_entities WHERE story_id = ANY($2::uuid[])
        ON CONFLICT DO NOTHING
        """,
        survivor,
        merged,
    )
    await conn.execute("DELETE FROM story_entities WHERE story_id = ANY($1::uuid[])", merged)
    await conn.execute("DELETE FROM story_terms WHERE story_id = ANY($1::uuid[])", merged)
    # Ids merged earlier into a story merged now point straight at the survivor: one hop always.
    await conn.execute(
        """
        UPDATE stories SET merged_into = $1, weights = '{}'::jsonb, article_count = 0, updated_at = now()
        WHERE id = ANY($2::uuid[]) OR merged_into = ANY($2::uuid[])
        """,
        survivor,
        merged,
    )


async def entity_ids_of_article(conn: asyncpg.Connection, article_id: str) -> list[tuple[str, int]]:
    rows = await conn.fetch(
        "SELECT entity_id::text AS id, mentions FROM article_entities WHERE article_id = $1"
        " ORDER BY mentions DESC, entity_id",
        uuid.UUID(article_id),
    )
    return [(r["id"], int(r["mentions"])) for r in rows]


async def entity_names(
    conn: asyncpg.Connection, entity_ids: Iterable[str], types: Iterable[str]
) -> dict[str, tuple[str, str]]:
    """Type and name of each of `entity_ids` whose type is among `types` (the others are left out)."""
    ids = sorted({u for i in entity_ids if (u := _uuid(i)) is not None})
    wanted = sorted(set(types))
    if not ids or not wanted:
        return {}
    rows = await conn.fetch(
        "SELECT id::text AS id, type, name FROM entities WHERE id = ANY($1::uuid[]) AND type = ANY($2::text[])",
        ids,
        wanted,
    )
    return {r["id"]: (r["type"], r["name"]) for r in rows}


async def term_spread(conn: asyncpg.Connection, terms: Iterable[str], cap: int) -> dict[str, int]:
    """How many stories are indexed under each term, counted up to `cap` (a bounded read)."""
    wanted = sorted(set(terms))
    if not wanted:
        return {}
    rows = await conn.fetch(
        """
        SELECT q.term, (
            SELECT count(*) FROM (SELECT 1 FROM story_terms st WHERE st.term = q.term LIMIT $2) AS p
        ) AS stories
        FROM unnest($1::text[]) AS q(term)
        """,
        wanted,
        cap,
    )
    return {r["term"]: int(r["stories"]) for r in rows}


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


# -- reads --------------------------------------------------------------------------------------

STORY_COLUMNS = """
    s.id::text AS id, s.title, s.first_published, s.last_published, s.article_count, s.activity
"""


async def resolve(conn: asyncpg.Connection, story_id: uuid.UUID) -> Row | None:
    """The story, or the one it was merged into."""
    return await conn.fetchrow(
        f"""
        SELECT {STORY_COLUMNS} FROM stories s
        WHERE s.id = (SELECT coalesce(merged_into, id) FROM stories WHERE id = $1)
        """,
        story_id,
    )


async def list_page(
    conn: asyncpg.Connection,
    *,
    limit: int,
    cursor: str | None,
    entity_id: uuid.UUID | None,
    published_from: date | None,
    published_to: date | None,
    q: str | None,
) -> tuple[list[Row], str | None]:
    """Most recent activity first; keyset pagination on `activity`."""
    after = cursors.decode_int(cursor) if cursor else None
    rows = await conn.fetch(
        f"""
        SELECT {STORY_COLUMNS}
        FROM stories s
        WHERE s.merged_into IS NULL AND s.article_count > 0
          AND ($1::bigint IS NULL OR s.activity < $1)
          AND ($2::uuid IS NULL OR s.id IN (SELECT se.story_id FROM story_entities se WHERE se.entity_id = $2))
          AND ($3::date IS NULL OR s.last_published >= $3)
          AND ($4::date IS NULL OR s.first_published <= $4)
          -- through the articles' full-text index: the stories of the matching articles
          AND ($5::text IS NULL OR s.id IN (
                SELECT a.story_id FROM articles a WHERE a.search @@ websearch_to_tsquery('english', $5)))
        ORDER BY s.activity DESC
        LIMIT $6
        """,
        after,
        entity_id,
        published_from,
        published_to,
        q,
        limit + 1,
    )
    next_cursor = cursors.encode(rows[limit - 1]["activity"]) if len(rows) > limit else None
    return list(rows[:limit]), next_cursor


async def outlets(conn: asyncpg.Connection, story_ids: Sequence[str]) -> dict[str, list[str]]:
    rows = await conn.fetch(
        """
        SELECT story_id::text AS id, array_agg(DISTINCT source ORDER BY source) AS outlets
        FROM articles WHERE story_id = ANY($1::uuid[]) AND source IS NOT NULL
        GROUP BY story_id
        """,
        list(story_ids),
    )
    return {r["id"]: list(r["outlets"]) for r in rows}


async def top_entities(
    conn: asyncpg.Connection, story_ids: Sequence[str], per_story: int
) -> dict[str, list[Row]]:
    """Each story's entities in the most of its articles."""
    rows = await conn.fetch(
        """
        SELECT story_id, id, name, type, article_count FROM (
            SELECT a.story_id::text AS story_id, e.id::text AS id, e.name, e.type,
                   count(*) AS article_count,
                   row_number() OVER (PARTITION BY a.story_id ORDER BY count(*) DESC, e.name) AS rank
            FROM articles a
            JOIN article_entities ae ON ae.article_id = a.id
            JOIN entities e ON e.id = ae.entity_id
            WHERE a.story_id = ANY($1::uuid[])
            GROUP BY a.story_id, e.id, e.name, e.type
        ) ranked
        WHERE rank <= $2
        ORDER BY story_id, rank
        """,
        list(story_ids),
        per_story,
    )
    out: dict[str, list[Row]] = {}
    for r in rows:
        out.setdefault(r["story_id"], []).append(r)
    return out


async def event_ids(conn: asyncpg.Connection, story_ids: Sequence[str]) -> dict[str, list[str]]:
    rows = await conn.fetch(
        """
        SELECT a.story_id::text AS story_id, array_agg(DISTINCT ev.event_id::text) AS ids
        FROM articles a JOIN event_evidence ev ON ev.article_id = a.id
        WHERE a.story_id = ANY($1::uuid[])
        GROUP BY a.story_id
        """,
        list(story_ids),
    )
    return {r["story_id"]: sorted(r["ids"]) for r in rows}


async def conflict_ids(conn: asyncpg.Connection, story_ids: Sequence[str]) -> dict[str, list[str]]:
    rows = await conn.fetch(
        """
        SELECT story_id, array_agg(DISTINCT id) AS ids
        FROM (
            -- reports on the events the story's articles report
            SELECT a.story_id::text AS story_id, c.id::text AS id
            FROM articles a
            JOIN event_evidence ev ON ev.article_id = a.id
            JOIN conflicts c ON c.event_id = ev.event_id
            WHERE a.story_id = ANY($1::uuid[])
            UNION
            -- reports citing the story's articles (those with no event among them)
            SELECT a.story_id::text, c.id::text
            FROM articles a
            JOIN conflicts c ON c.article_ids @> ARRAY[a.id]
            WHERE a.story_id = ANY($1::uuid[])
        ) reports
        GROUP BY story_id
        """,
        list(story_ids),
    )
    return {r["story_id"]: sorted(r["ids"]) for r in rows}


async def articles_of(conn: asyncpg.Connection, story_id: str) -> list[Row]:
    return await conn.fetch(
        """
        SELECT id::text AS id, title, source, published_at, near_duplicate_of::text AS near_duplicate_of
        FROM articles WHERE story_id = $1 ORDER BY published_at NULLS LAST, seq
        """,
        uuid.UUID(story_id),
    )


async def unplaced(conn: asyncpg.Connection, limit: int) -> list[Row]:
    """The oldest stored articles without a story (stored before stories existed)."""
    return await conn.fetch(
        """
        SELECT id::text AS id, title, text, published_at, language FROM articles
        WHERE story_id IS NULL ORDER BY seq LIMIT $1
        """,
        limit,
    )
