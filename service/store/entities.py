"""SQL for entities: candidate look-ups for resolution, writes, search and detail reads."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

import asyncpg
import msgspec

from service.store import cursor as cursors

Row = asyncpg.Record

ENTITY_COLUMNS = """
    e.id::text AS id, e.name, e.type, e.article_count, e.mention_count, e.first_seen, e.last_seen, e.seq,
    ARRAY(SELECT a.alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY a.id) AS aliases
"""


# -- resolution -----------------------------------------------------------------------------


async def lock_keys(conn: asyncpg.Connection, keys: Sequence[str]) -> None:
    """Serialise concurrent resolutions of the same name until this transaction ends, so two
    articles naming a new person at once cannot create that person twice.

    All of a transaction's keys are locked in one statement, in the order of the lock ids: every
    transaction takes its locks in that one order, so two cannot wait for each other.
    """
    await advisory_locks(conn, ["entity:" + key for key in keys])


async def advisory_locks(conn: asyncpg.Connection, lock_names: Sequence[str]) -> None:
    """Transaction-level advisory locks on `lock_names`, taken in ascending lock-id order."""
    if not lock_names:
        return
    await conn.execute(
        """
        SELECT pg_advisory_xact_lock(h)
        FROM (SELECT DISTINCT hashtext(n) AS h FROM unnest($1::text[]) AS n ORDER BY h) AS ordered
        """,
        sorted(set(lock_names)),
    )


# Most candidates one look-up returns for a name: the entities in the most articles first.
CANDIDATE_LIMIT = 50

# Which alias column each kind of look-up key is matched against.
KEY_KINDS = ("name", "translit", "family", "acronym")


# How many of a query's grams a trigram look-up may leave unread (see _gram_hits_sql): at most
# MAX_GRAMS_SKIPPED, and few enough that a match still shares MIN_GRAMS_READ of the grams read.
# More skipped grams read fewer postings but let more aliases through to the exact count.
MIN_GRAMS_READ = 2
MAX_GRAMS_SKIPPED = 3


def _gram_hits_sql(grams: str, min_similarity: str) -> str:
    """CTEs `skipped` and `gram_hits` (alias_id, partial, skipped_count) for the query `grams` (an SQL
    text[] expression) and a similarity threshold t (an SQL float8 expression).

    An alias with similarity >= t shares at least need = ceil(t x |grams|) of the grams (it has
    at least as many grams as it shares). The L grams skipped are the query's grams that the
    planner's statistics (pg_stats on alias_grams.gram) list as most common across all postings,
    most common first; a match shares at least need - L of the others, so only the others'
    postings are read and only aliases sharing that many of them are kept (exact, whatever the
    statistics say: stale or missing statistics only skip less). Reading the common grams'
    postings was most of a look-up's cost in a large corpus. `partial` is what an alias shares
    among the grams read; `skipped_count` is L, the most it can add (see `_shared`).
    """
    need = f"ceil({min_similarity} * cardinality({grams}) - 1e-9)::int"
    return f"""skipped AS (
            SELECT coalesce(array_agg(common.gram), '{{}}') AS grams FROM (
                SELECT v.gram
                FROM pg_stats s
                CROSS JOIN LATERAL unnest(s.most_common_vals::text::text[], s.most_common_freqs) AS v(gram, freq)
                WHERE s.schemaname = current_schema() AND s.tablename = 'alias_grams' AND s.attname = 'gram'
                  AND v.gram = ANY({grams})
                ORDER BY v.freq DESC, v.gram
                LIMIT least(greatest({need} - {MIN_GRAMS_READ}, 0), {MAX_GRAMS_SKIPPED})
            ) AS common
        ),
        gram_hits AS (
            SELECT g.alias_id, count(*) AS partial, (SELECT cardinality(grams) FROM skipped) AS skipped_count
            FROM alias_grams g
            WHERE g.gram = ANY(ARRAY(SELECT unnest({grams}) EXCEPT SELECT unnest(grams) FROM skipped))
            GROUP BY g.alias_id
            HAVING count(*) >= {need} - (SELECT cardinality(grams) FROM skipped)
        )"""


def _shared(hits: str) -> str:
    """SQL: the grams a `gram_hits` row's alias shares with the query, the skipped ones counted
    by probing the alias's postings for them (a handful of index probes)."""
    return f"""({hits}.partial + CASE WHEN {hits}.skipped_count = 0 THEN 0 ELSE (
                SELECT count(*) FROM alias_grams x
                WHERE x.alias_id = {hits}.alias_id AND x.gram = ANY((SELECT grams FROM skipped)::text[])
            ) END)"""


def _similarity(shared: str, grams: str, gram_count: str) -> str:
    """SQL: pg_trgm's similarity, shared grams over the union of both sets."""
    return f"(({shared})::float / NULLIF(cardinality({grams}) + {gram_count} - ({shared}), 0))"


async def candidates_by_keys(conn: asyncpg.Connection, probes: Sequence[tuple[int, str, str]]) -> list[Row]:
    """Key look-ups for many names at once: each probe is (name index, kind, key), kind one of
    KEY_KINDS. Rows (idx, id, name, type, article_count, aliases): the entities with an alias
    sharing one of that name's keys, at most CANDIDATE_LIMIT per name, in the order `candidates`
    returns them. Index probes only (OFFSET 0 keeps the planner from hashing whole tables)."""
    if not probes:
        return []
    return await conn.fetch(
        """
        WITH probe AS (
            SELECT DISTINCT * FROM unnest($1::int[], $2::text[], $3::text[]) AS p(idx, kind, value)
        ),
        hits AS (
            SELECT DISTINCT p.idx, a.entity_id
            FROM probe p
            CROSS JOIN LATERAL (
                SELECT entity_id FROM entity_aliases WHERE p.kind = 'name' AND key = p.value
                UNION ALL SELECT entity_id FROM entity_aliases WHERE p.kind = 'translit' AND translit_key = p.value
                UNION ALL SELECT entity_id FROM entity_aliases WHERE p.kind = 'family' AND family_key = p.value
                UNION ALL SELECT entity_id FROM entity_aliases WHERE p.kind = 'acronym' AND acronym_key = p.value
                OFFSET 0
            ) a
        ),
        ranked AS (
            SELECT h.idx, e.id, e.name, e.type, e.article_count,
                   row_number() OVER (PARTITION BY h.idx ORDER BY e.article_count DESC, e.seq) AS rank
            FROM hits h CROSS JOIN LATERAL (SELECT * FROM entities e WHERE e.id = h.entity_id OFFSET 0) e
        )
        SELECT r.idx, r.id::text AS id, r.name, r.type, r.article_count,
               ARRAY(SELECT a.alias FROM entity_aliases a WHERE a.entity_id = r.id ORDER BY a.id) AS aliases
        FROM ranked r
        WHERE r.rank <= $4
        ORDER BY r.idx, r.rank
        """,
        [idx for idx, _, _ in probes],
        [kind for _, kind, _ in probes],
        [value for _, _, value in probes],
        CANDIDATE_LIMIT,
    )


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
        f"""
        WITH {_gram_hits_sql("$4::text[]", "$5::float8")},
        hits AS (
            SELECT entity_id FROM entity_aliases WHERE key = ANY($1::text[])
            UNION SELECT entity_id FROM entity_aliases WHERE translit_key = ANY($2::text[])
            UNION SELECT entity_id FROM entity_aliases WHERE family_key = ANY($3::text[])
            UNION SELECT entity_id FROM entity_aliases WHERE acronym_key = ANY($6::text[])
            UNION SELECT b.entity_id FROM (
                      -- the similarity if every skipped gram were shared bounds the true one:
                      -- only the aliases within it have their skipped grams counted
                      SELECT h.*, a.entity_id, a.gram_count FROM gram_hits h
                      CROSS JOIN LATERAL (
                          SELECT a.entity_id, a.gram_count FROM entity_aliases a WHERE a.id = h.alias_id OFFSET 0
                      ) a
                      WHERE {_similarity("h.partial + h.skipped_count", "$4::text[]", "a.gram_count")} >= $5
                      OFFSET 0
                  ) b
                  CROSS JOIN LATERAL (SELECT {_shared("b")} AS shared) s
                  WHERE {_similarity("s.shared", "$4::text[]", "b.gram_count")} >= $5
        )
        -- OFFSET 0 keeps each look-up an index probe per hit: the planner cannot estimate how few
        -- aliases pass the HAVING filter and would otherwise hash whole tables.
        SELECT e.id::text AS id, e.name, e.type, e.article_count,
               ARRAY(SELECT a.alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY a.id) AS aliases
        FROM hits h CROSS JOIN LATERAL (SELECT * FROM entities e WHERE e.id = h.entity_id OFFSET 0) e
        ORDER BY e.article_count DESC, e.seq
        LIMIT $7
        """,
        list(keys),
        list(translit_keys),
        list(family_keys),
        list(grams),
        min_similarity,
        list(acronym_keys),
        CANDIDATE_LIMIT,
    )


# Articles per entity that `context_of` reads: its cost stays flat however many articles a popular
# entity is in (the names it co-occurs with most are stable in a sample of this size).
CONTEXT_SAMPLE = 50


async def context_of(conn: asyncpg.Connection, entity_ids: Sequence[str]) -> dict[str, list[str]]:
    """For each entity, the names of entities it most often shares articles with, among (at most)
    CONTEXT_SAMPLE of its articles: a fixed, uniform sample (the lowest article ids), read from
    the (entity_id, article_id) index."""
    rows = await conn.fetch(
        """
        SELECT c.entity_id::text AS id, array_agg(c.name ORDER BY c.co DESC, c.name) AS names
        FROM (
            SELECT e.id AS entity_id, a2.name, count(*) AS co,
                   row_number() OVER (PARTITION BY e.id ORDER BY count(*) DESC, a2.name) AS rank
            FROM unnest($1::uuid[]) AS e (id)
            CROSS JOIN LATERAL (
                SELECT a1.article_id FROM article_entities a1
                WHERE a1.entity_id = e.id
                ORDER BY a1.article_id
                LIMIT $2
            ) AS sample
            JOIN article_entities a2 ON a2.article_id = sample.article_id AND a2.entity_id <> e.id
            GROUP BY e.id, a2.name
        ) c
        WHERE c.rank <= 30
        GROUP BY c.entity_id
        """,
        [uuid.UUID(i) for i in entity_ids],
        CONTEXT_SAMPLE,
    )
    return {r["id"]: list(r["names"]) for r in rows}


async def create(conn: asyncpg.Connection, name: str, type_: str) -> str:
    return await conn.fetchval(
        "INSERT INTO entities (name, type) VALUES ($1, $2) RETURNING id::text", name, type_
    )


async def create_many(conn: asyncpg.Connection, entities: Sequence[tuple[str, str, str]]) -> None:
    """Insert new entities (id, name, type) in one statement, numbered (seq) in the order given."""
    if not entities:
        return
    await conn.execute(
        """
        INSERT INTO entities (id, name, type)
        SELECT id, name, type FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS t(id, name, type, ord)
        ORDER BY ord
        """,
        [uuid.UUID(i) for i, _, _ in entities],
        [name for _, name, _ in entities],
        [type_ for _, _, type_ in entities],
    )


class AliasRow(msgspec.Struct, frozen=True, kw_only=True):
    """One spelling of an entity with its look-up keys and trigram postings."""

    entity_id: str
    alias: str
    key: str
    translit_key: str
    family_key: str | None
    acronym_key: str | None
    grams: Sequence[str]


async def add_aliases(conn: asyncpg.Connection, rows: Sequence[AliasRow]) -> None:
    """Record spellings of entities with their keys and trigram postings (each spelling of an
    entity once), in one statement; aliases get their ids in the order given."""
    if not rows:
        return
    grams = [(r.entity_id, r.alias, g) for r in rows for g in sorted(set(r.grams))]
    await conn.execute(
        """
        WITH input AS (
            SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
                WITH ORDINALITY AS t(entity_id, alias, key, translit_key, family_key, acronym_key, gram_count, ord)
        ),
        added AS (
            INSERT INTO entity_aliases (entity_id, alias, key, translit_key, family_key, gram_count, acronym_key)
            SELECT entity_id, alias, key, translit_key, family_key, gram_count, acronym_key FROM input ORDER BY ord
            ON CONFLICT (entity_id, alias) DO NOTHING
            RETURNING id, entity_id, alias
        )
        INSERT INTO alias_grams (gram, alias_id)
        SELECT g.gram, added.id
        FROM added JOIN unnest($8::uuid[], $9::text[], $10::text[]) AS g(entity_id, alias, gram)
             ON g.entity_id = added.entity_id AND g.alias = added.alias
        ON CONFLICT DO NOTHING
        """,
        [uuid.UUID(r.entity_id) for r in rows],
        [r.alias for r in rows],
        [r.key for r in rows],
        [r.translit_key for r in rows],
        [r.family_key for r in rows],
        [r.acronym_key or None for r in rows],
        [len(set(r.grams)) for r in rows],
        [uuid.UUID(e) for e, _, _ in grams],
        [a for _, a, _ in grams],
        [g for _, _, g in grams],
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
    # Rows in entity order: two articles updating the same entities lock them in the same order.
    links = sorted(links)
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


# Articles per entity that `related` counts co-occurrences in: all of them for nearly every
# entity; for the few in more, a fixed uniform sample keeps the detail read flat as they grow.
RELATED_SAMPLE = 500


async def related(conn: asyncpg.Connection, entity_id: uuid.UUID, limit: int = 20) -> list[Row]:
    """The entities that share the most articles with this one (ties by name), counted over (at
    most) RELATED_SAMPLE of its articles: a fixed, uniform sample (the lowest article ids).

    Counted on the (article, entity) index alone, then only the top rows (and any tied with the
    last) are joined to their entities: the cost is one index entry per co-occurrence, not a
    join and a wide grouping per co-occurrence.
    """
    return await conn.fetch(
        """
        SELECT e.id::text AS id, e.name, e.type, co.n AS co_occurrences
        FROM (
            SELECT a2.entity_id, count(*) AS n
            FROM (
                SELECT a1.article_id FROM article_entities a1
                WHERE a1.entity_id = $1
                ORDER BY a1.article_id
                LIMIT $3
            ) sample
            JOIN article_entities a2 ON a2.article_id = sample.article_id AND a2.entity_id <> $1
            GROUP BY a2.entity_id
            ORDER BY n DESC
            FETCH FIRST $2 ROWS WITH TIES
        ) co
        CROSS JOIN LATERAL (SELECT e.id, e.name, e.type FROM entities e WHERE e.id = co.entity_id OFFSET 0) e
        ORDER BY co.n DESC, e.name
        LIMIT $2
        """,
        entity_id,
        limit,
        RELATED_SAMPLE,
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

    Candidates come from the exact and transliteration keys and from trigram postings (the 500
    aliases sharing the most of the query's trigrams that are read, see `_gram_hits_sql`); the
    score is the trigram similarity |shared| / |union| that pg_trgm computes, all shared
    trigrams counted, with exact and transliteration matches first.
    """
    return await conn.fetch(
        f"""
        WITH {_gram_hits_sql("$3::text[]", "0.3::float8")},
        -- the 500 aliases sharing most of the grams read, with all their shared grams counted
        gram_best AS (
            SELECT h.alias_id, {_shared("h")} AS shared
            FROM (SELECT * FROM gram_hits ORDER BY partial DESC, alias_id LIMIT 500) h
        ),
        -- The aliases to score, each found through an index (key, transliteration key, trigrams),
        -- with the trigrams they share when found through them.
        matched AS (
            SELECT id, max(shared) AS shared FROM (
                SELECT id, NULL::bigint AS shared FROM entity_aliases WHERE key = $1
                UNION ALL SELECT id, NULL FROM entity_aliases WHERE translit_key = $2
                UNION ALL SELECT alias_id, shared FROM gram_best
            ) AS found
            GROUP BY id
        ),
        scored AS (
            SELECT a.entity_id,
                   CASE WHEN a.key = $1 THEN 3.0
                        WHEN a.translit_key = $2 THEN 2.0
                        ELSE coalesce({_similarity("m.shared", "$3::text[]", "a.gram_count")}, 0)
                   END AS score
            FROM matched m
            CROSS JOIN LATERAL (SELECT * FROM entity_aliases a WHERE a.id = m.id OFFSET 0) a
        ),
        best AS (
            SELECT entity_id, max(score) AS score FROM scored GROUP BY entity_id
        )
        -- OFFSET 0: an index probe per matched alias and entity, never a scan of either table
        -- (the planner cannot estimate how few aliases match).
        SELECT {ENTITY_COLUMNS}, b.score
        FROM best b CROSS JOIN LATERAL (SELECT * FROM entities e WHERE e.id = b.entity_id OFFSET 0) e
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
