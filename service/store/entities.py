"""SQL for entities: candidate look-ups for resolution, writes, search and detail reads."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

import asyncpg
import msgspec

from service.pipeline import name_search
from service.store import cursor as cursors

Row = asyncpg.Record

ENTITY_COLUMNS = """
    e.id::text AS id, e.name, e.type, e.article_count, e.mention_count, e.first_seen, e.last_seen, e.seq,
    e.aliases
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


async def candidates_by_keys(conn: asyncpg.Connection, probes: Sequence[tuple[int, str, str]]) -> list[Row]:
    """Key look-ups for many names at once: each probe is (name index, kind, key), kind one of
    KEY_KINDS. Rows (idx, id, name, type, article_count, aliases): the entities with an alias
    sharing one of that name's keys, at most CANDIDATE_LIMIT per name: those spelled the same
    (name or transliteration key) first, then by article count, so a rarely named person's exact
    name is never cut by the many namesakes a common family name gathers in a large corpus. Index
    probes only (OFFSET 0 keeps the planner from hashing whole tables); the key indexes carry the
    entity id (revision 0016), so the aliases sharing a key are read from them alone, and each
    entity's row carries its spellings (revision 0020)."""
    if not probes:
        return []
    return await conn.fetch(
        """
        WITH probe AS (
            SELECT DISTINCT * FROM unnest($1::int[], $2::text[], $3::text[]) AS p(idx, kind, value)
        ),
        hits AS (
            SELECT p.idx, a.entity_id, bool_or(a.spelled) AS spelled
            FROM probe p
            CROSS JOIN LATERAL (
                SELECT entity_id, true AS spelled FROM entity_aliases WHERE p.kind = 'name' AND key = p.value
                UNION ALL SELECT entity_id, true FROM entity_aliases
                    WHERE p.kind = 'translit' AND translit_key = p.value
                UNION ALL SELECT entity_id, false FROM entity_aliases
                    WHERE p.kind = 'family' AND family_key = p.value
                UNION ALL SELECT entity_id, false FROM entity_aliases
                    WHERE p.kind = 'acronym' AND acronym_key = p.value
                OFFSET 0
            ) a
            GROUP BY p.idx, a.entity_id
        ),
        ranked AS (
            SELECT h.idx, e.id, e.name, e.type, e.article_count, e.aliases,
                   row_number() OVER (
                       PARTITION BY h.idx ORDER BY h.spelled DESC, e.article_count DESC, e.seq
                   ) AS rank
            FROM hits h CROSS JOIN LATERAL (SELECT * FROM entities e WHERE e.id = h.entity_id OFFSET 0) e
        )
        SELECT r.idx, r.id::text AS id, r.name, r.type, r.article_count, r.aliases
        FROM ranked r
        WHERE r.rank <= $4
        ORDER BY r.idx, r.rank
        """,
        [idx for idx, _, _ in probes],
        [kind for _, kind, _ in probes],
        [value for _, _, value in probes],
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
    """One spelling of an entity with its look-up keys."""

    entity_id: str
    alias: str
    key: str
    translit_key: str
    family_key: str | None
    acronym_key: str | None


async def add_aliases(conn: asyncpg.Connection, rows: Sequence[AliasRow]) -> None:
    """Record spellings of entities with their keys (each spelling of an entity once), in one
    statement: the new ones get their ids in the order given and are appended, in that order, to
    their entity's `aliases` (revision 0020); their words are indexed for search by the database
    (revision 0008's trigger).

    The entity rows are updated in no set order: call this after the transaction has locked them
    in one (`record_article`), or two articles adding spellings to the same two entities in
    opposite orders could deadlock."""
    if not rows:
        return
    await conn.execute(
        """
        WITH added AS (
            INSERT INTO entity_aliases (entity_id, alias, key, translit_key, family_key, acronym_key)
            SELECT entity_id, alias, key, translit_key, family_key, acronym_key
            FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                WITH ORDINALITY AS t(entity_id, alias, key, translit_key, family_key, acronym_key, ord)
            ORDER BY ord
            ON CONFLICT (entity_id, alias) DO NOTHING
            RETURNING id, entity_id, alias
        )
        UPDATE entities e SET aliases = e.aliases || n.aliases
        FROM (SELECT entity_id, array_agg(alias ORDER BY id) AS aliases FROM added GROUP BY entity_id) n
        WHERE e.id = n.entity_id
        """,
        [uuid.UUID(r.entity_id) for r in rows],
        [r.alias for r in rows],
        [r.key for r in rows],
        [r.translit_key for r in rows],
        [r.family_key for r in rows],
        [r.acronym_key or None for r in rows],
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


# Bounds of a search's candidates (see `search_candidates`): how similar a vocabulary word must
# be, how many are taken for each word of the query, how many aliases of each such word are read
# and how many of those scored, and how many aliases are scored in each of the two sets.
WORD_MIN_SIMILARITY = 0.35
CLOSE_WORDS = 8
ALIASES_PER_WORD = 100
MAX_SEARCH_CANDIDATES = 500
WORD_POSTINGS_READ = 1000


async def search_candidates(
    conn: asyncpg.Connection, query: name_search.Query, *, type_: str | None
) -> list[Row]:
    """The aliases a search scores, as rows (entity_id, key, translit_key), of entities of
    `type_` if given; `key` is NULL for an alias found through its words only.

    They are the aliases with the query's exact or transliteration key, and those found through
    the word index (revision 0008). Each word of the query has close words in the vocabulary:
    itself, the words one typo away (`name_search.edit_variants`), and the words trigram-similar
    to it (at least WORD_MIN_SIMILARITY), in that order, then most similar first, then by word;
    at most CLOSE_WORDS of them. Of each close word, the oldest WORD_POSTINGS_READ aliases are
    read. Scored among those: the aliases with close words of two or more of the query's words
    (the most words first, then the oldest; at most MAX_SEARCH_CANDIDATES), and, the words taken
    in the order above, those of the query's own words and the oldest ALIASES_PER_WORD of each
    other close word (at most MAX_SEARCH_CANDIDATES). The cost follows the vocabulary and these bounds, not the number of
    stored aliases; an alias that shares no close word with the query, or that a bound leaves
    out, is not scored.
    """
    word_grams, variants = query.word_grams(), query.word_variants()
    return await conn.fetch(
        """
        WITH qgram AS (
            SELECT DISTINCT * FROM unnest($3::int[], $4::text[]) AS q (idx, gram)
        ),
        qsize AS (
            SELECT idx, count(*) AS n FROM qgram GROUP BY idx
        ),
        -- A word as similar as t to a query word of n trigrams has between t x n and n / t of
        -- them and shares at least t x n: only such postings are read, only such words kept.
        word_hits AS (
            SELECT q.idx, wg.word, count(*)::float8 / (s.n + wg.gram_count - count(*)) AS sim
            FROM qgram q
            JOIN qsize s ON s.idx = q.idx
            -- OFFSET 0: a range of the (gram, gram_count) index per query trigram, never a scan
            CROSS JOIN LATERAL (
                SELECT wg.word, wg.gram_count FROM word_grams wg
                WHERE wg.gram = q.gram
                  AND wg.gram_count BETWEEN ceil($5::float8 * s.n - 1e-9) AND floor(s.n / $5::float8 + 1e-9)
                OFFSET 0
            ) wg
            GROUP BY q.idx, wg.word, wg.gram_count, s.n
            HAVING count(*) >= ceil($5::float8 * s.n - 1e-9)
        ),
        neighbours AS (
            SELECT DISTINCT v.idx, d.word
            FROM unnest($11::int[], $12::text[]) AS v (idx, variant)
            CROSS JOIN LATERAL (SELECT d.word FROM word_deletes d WHERE d.variant = v.variant OFFSET 0) d
        ),
        -- kind 0: the query's word itself, 1: one typo away, 2: trigram-similar only
        per_query_word AS (
            SELECT idx, word,
                   CASE WHEN word = ($10::text[])[idx + 1] THEN 0 WHEN bool_or(neighbour) THEN 1 ELSE 2 END AS kind,
                   coalesce(max(sim), 0) AS sim
            FROM (
                SELECT idx, word, sim, false AS neighbour FROM word_hits WHERE sim >= $5::float8
                UNION ALL
                SELECT idx, word, NULL, true FROM neighbours
            ) found
            GROUP BY idx, word
        ),
        close_pairs AS (
            SELECT idx, word, kind, sim FROM (
                SELECT *, row_number() OVER (PARTITION BY idx ORDER BY kind, sim DESC, word) AS rank
                FROM per_query_word
            ) ranked
            WHERE rank <= $6
        ),
        close_words AS (
            SELECT word, min(kind) AS kind, max(sim) AS sim FROM close_pairs GROUP BY word
        ),
        postings AS MATERIALIZED (
            SELECT c.word, c.kind, c.sim, p.alias_id, p.entity_id, p.translit_key,
                   row_number() OVER (PARTITION BY c.word ORDER BY p.alias_id) AS rank
            FROM close_words c
            CROSS JOIN LATERAL (
                SELECT aw.alias_id, aw.entity_id, aw.translit_key FROM alias_words aw
                WHERE aw.word = c.word
                  AND ($9::text IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.id = aw.entity_id AND e.type = $9))
                ORDER BY aw.alias_id
                LIMIT $13
            ) p
        ),
        -- aliases with close words of two or more of the query's words: the best partial matches
        multi AS (
            SELECT p.alias_id, min(p.entity_id::text) AS entity_id, min(p.translit_key) AS translit_key,
                   count(DISTINCT cp.idx) AS covered
            FROM postings p JOIN close_pairs cp ON cp.word = p.word
            GROUP BY p.alias_id
            HAVING count(DISTINCT cp.idx) >= 2
            ORDER BY covered DESC, p.alias_id
            LIMIT $8
        ),
        singles AS (
            SELECT entity_id::text AS entity_id, translit_key FROM postings
            WHERE rank <= $7 OR kind = 0
            ORDER BY kind, sim DESC, word, alias_id
            LIMIT $8
        ),
        by_words AS (
            SELECT entity_id, translit_key FROM multi
            UNION ALL
            SELECT entity_id, translit_key FROM singles
        )
        SELECT a.entity_id::text AS entity_id, a.key, a.translit_key
        FROM entity_aliases a
        WHERE (a.key = $1 OR a.translit_key = $2)
          AND ($9::text IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.id = a.entity_id AND e.type = $9))
        UNION ALL
        SELECT entity_id, NULL, translit_key FROM by_words
        """,
        query.key,
        query.translit_key,
        [idx for idx, _ in word_grams],
        [gram for _, gram in word_grams],
        WORD_MIN_SIMILARITY,
        CLOSE_WORDS,
        ALIASES_PER_WORD,
        MAX_SEARCH_CANDIDATES,
        type_,
        query.words(),
        [idx for idx, _ in variants],
        [variant for _, variant in variants],
        WORD_POSTINGS_READ,
    )


async def ranked(conn: asyncpg.Connection, scores: dict[str, float], limit: int) -> list[Row]:
    """The entities scored in `scores` (id -> score), best first (ties: more articles, then
    older), at most `limit`, with their score."""
    if not scores:
        return []
    return await conn.fetch(
        f"""
        SELECT {ENTITY_COLUMNS}, top.score
        FROM (
            SELECT e.id, s.score
            FROM unnest($1::uuid[], $2::float8[]) AS s (id, score)
            CROSS JOIN LATERAL (SELECT * FROM entities e WHERE e.id = s.id OFFSET 0) e
            ORDER BY s.score DESC, e.article_count DESC, e.seq
            LIMIT $3
        ) top
        CROSS JOIN LATERAL (SELECT * FROM entities e WHERE e.id = top.id OFFSET 0) e
        ORDER BY top.score DESC, e.article_count DESC, e.seq
        """,
        [uuid.UUID(i) for i in scores],
        list(scores.values()),
        limit,
    )


async def search(
    conn: asyncpg.Connection,
    query: name_search.Query,
    *,
    type_: str | None,
    limit: int,
    min_score: float = name_search.MIN_SCORE,
) -> list[Row]:
    """Entities matching a search query (scoring at least `min_score`), best first, at most
    `limit`, each with its `score`: the candidates of `search_candidates`, scored by
    `name_search`, ranked by `ranked`."""
    candidates = await search_candidates(conn, query, type_=type_)
    # At most twice MAX_SEARCH_CANDIDATES aliases and the exact matches: a millisecond or two of
    # set arithmetic, not worth a thread hop.
    scores = name_search.best_scores(
        query, ((r["entity_id"], r["key"], r["translit_key"]) for r in candidates), min_score=min_score
    )
    return await ranked(conn, name_search.contenders(scores, limit), limit)


async def rename(conn: asyncpg.Connection, entity_id: str, name: str) -> None:
    await conn.execute("UPDATE entities SET name = $2 WHERE id = $1", uuid.UUID(entity_id), name)


async def retype(conn: asyncpg.Connection, entity_id: str, type_: str, rows: Sequence[AliasRow]) -> None:
    """Set an entity's type, which a later article's evidence may change (resolver.merged_type),
    and the type-dependent keys of its stored aliases (`rows`: the aliases keyed for the new type;
    a person's have family keys, anything else's acronym keys)."""
    await conn.execute("UPDATE entities SET type = $2 WHERE id = $1", uuid.UUID(entity_id), type_)
    await conn.executemany(
        "UPDATE entity_aliases SET family_key = $3, acronym_key = $4 WHERE entity_id = $1 AND alias = $2",
        [(uuid.UUID(r.entity_id), r.alias, r.family_key, r.acronym_key or None) for r in rows],
    )
