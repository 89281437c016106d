"""SQL for reported figures: an article's figures, a story's figures with who gives them, and
the places a story's articles name most."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

import asyncpg

from service.pipeline.types import ReportedFigure
from service.store.articles import LEAD_CHARS

Row = asyncpg.Record


async def insert(conn: asyncpg.Connection, article_id: str, figures: Sequence[ReportedFigure]) -> None:
    if not figures:
        return
    await conn.executemany(
        """
        INSERT INTO figures (article_id, counted, low, high, text, quote, sentence, start_offset, end_offset,
                             source_name, source_start, source_end, places, as_of)
        VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
        """,
        [
            (
                article_id,
                f.counted,
                f.low,
                f.high,
                f.text,
                f.quote,
                f.sentence,
                f.start,
                f.end,
                f.source or None,
                f.source_start,
                f.source_end,
                f.places,
                date.fromisoformat(f.as_of) if f.as_of else None,
            )
            for f in figures
        ],
    )


async def of_articles(conn: asyncpg.Connection, article_ids: Sequence[str]) -> list[Row]:
    """Every figure of the articles, with its article's date, order and outlet, and the entity
    its source's name mentions (when it is one)."""
    return await conn.fetch(
        """
        SELECT f.id::text AS id, f.article_id::text AS article_id, f.counted, f.low, f.high, f.text, f.quote,
               f.sentence, f.start_offset, f.source_name, f.places, f.as_of, a.published_at,
               a.seq AS article_seq,
               a.source, a.url, a.title, left(a.text, $2) AS lead,
               (SELECT m.entity_id::text FROM mentions m
                 WHERE m.article_id = f.article_id AND f.source_start IS NOT NULL
                   AND m.start_offset = f.source_start AND m.end_offset = f.source_end
                 LIMIT 1) AS source_entity_id,
               (SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id
                 WHERE m.article_id = f.article_id AND f.source_start IS NOT NULL
                   AND m.start_offset = f.source_start AND m.end_offset = f.source_end
                 LIMIT 1) AS source_entity_name
        FROM figures f JOIN articles a ON a.id = f.article_id
        WHERE f.article_id = ANY($1::uuid[])
        ORDER BY a.seq, f.seq
        """,
        [uuid.UUID(a) for a in article_ids],
        LEAD_CHARS,
    )


# Places a quantity report names: those its articles' opening sentences (headline, dateline,
# lead) name, where news says where it happened; the most named of them, at most this many.
REPORT_PLACES = 3
LEAD_SENTENCES = 5


async def lead_places(conn: asyncpg.Connection, article_ids: Sequence[str]) -> list[str]:
    """The place entities the articles' opening sentences name, most named in the articles first.

    Only the articles' own mentions are read (by article), then each entity they name once (its
    type): a place named in many other articles costs no more than one named in these alone.
    """
    rows = await conn.fetch(
        """
        SELECT g.entity_id::text AS id, g.n
        FROM (
            SELECT m.entity_id, count(*) AS n
            FROM mentions m
            WHERE m.article_id = ANY($1::uuid[])
            GROUP BY m.entity_id
            HAVING bool_or(m.sentence < $3)
        ) g
        CROSS JOIN LATERAL (
            SELECT 1 FROM entities e WHERE e.id = g.entity_id AND e.type IN ('GPE', 'LOC', 'FAC') OFFSET 0
        ) e
        ORDER BY g.n DESC, g.entity_id
        LIMIT $2
        """,
        [uuid.UUID(a) for a in article_ids],
        REPORT_PLACES,
        LEAD_SENTENCES,
    )
    return [r["id"] for r in rows]


async def event_quantity_subjects(conn: asyncpg.Connection, article_ids: Sequence[str]) -> list[str]:
    """What the event quantity reports citing these articles count (their key's last part)."""
    rows = await conn.fetch(
        """
        SELECT key FROM conflicts
        WHERE kind = 'quantity' AND event_id IS NOT NULL AND article_ids && $1::uuid[]
        """,
        [uuid.UUID(a) for a in article_ids],
    )
    return [r["key"].split(":", 2)[2] for r in rows if r["key"].count(":") >= 2]
