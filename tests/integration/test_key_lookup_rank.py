"""The key look-up by rank class (revision 0017) chooses exactly the candidates that ranking every
entity sharing a key chose: compared with that query on random namesakes whose counts rise, whose
spellings are added as they go, and whose classes the triggers keep in step."""

from __future__ import annotations

import asyncio
import random
import uuid
from typing import Any

import asyncpg
import pytest

from service.db import connect
from service.ingest import apply
from service.migrate import downgrade, upgrade
from service.reconcile import resolver
from service.store import entities as entity_store

pytestmark = pytest.mark.integration

# The look-up before revision 0017: every entity sharing one of a name's keys, ranked.
EVERY_NAMESAKE = """
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
        ) a
        GROUP BY p.idx, a.entity_id
    ),
    ranked AS (
        SELECT h.idx, e.id, e.name, e.type, e.article_count,
               row_number() OVER (PARTITION BY h.idx ORDER BY h.spelled DESC, e.article_count DESC, e.seq) AS rank
        FROM hits h JOIN entities e ON e.id = h.entity_id
    )
    SELECT r.idx, r.id::text AS id, r.name, r.type, r.article_count,
           ARRAY(SELECT a.alias FROM entity_aliases a WHERE a.entity_id = r.id ORDER BY a.id) AS aliases
    FROM ranked r
    WHERE r.rank <= $4
    ORDER BY r.idx, r.rank
"""

FAMILIES = ["Dravik", "Oltenmar", "Sefrani"]
GIVEN = [
    "Ana", "Bela", "Corin", "Dara", "Emil", "Fane", "Goran", "Hedda", "Ilan", "Jora",
    "Kiva", "Loran", "Mira", "Nilo", "Osk", "Petra",
]  # fmt: skip
ORGS = ["Vessary Holdings", "Vessary Harbour Trust", "Vantor Health Board", "Velmar Housing Bureau"]


def spellings(rng: random.Random, name: str, type_: str) -> list[str]:
    if type_ != "PERSON":
        return [name, name.upper()] if rng.random() < 0.3 else [name]
    given, family = name.split(" ", 1)
    out = [name]
    if rng.random() < 0.5:
        out.append(family)
    if rng.random() < 0.3:
        out.append(f"{given[0]}. {family}")
    if rng.random() < 0.2:
        out.append(f"{given} {family}ov")
    return out


async def stale_aliases(conn: asyncpg.Connection) -> int:
    return await conn.fetchval(
        """
        SELECT count(*) FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.rank_class <> entity_rank_class(e.article_count) OR a.entity_seq <> e.seq
        """
    )


async def test_key_lookup_by_rank_class_chooses_what_ranking_every_namesake_chose(database_url: str) -> None:
    rng = random.Random(17)
    async with connect(database_url) as conn:
        entities: list[tuple[str, str, str]] = []  # (id, name, type)
        compared = cut = 0
        for round_ in range(12):
            # new entities: their count first, then their spellings, as an ingest records them
            for _ in range(40):
                if rng.random() < 0.9:
                    name, type_ = f"{rng.choice(GIVEN)}{rng.randrange(30)} {rng.choice(FAMILIES)}", "PERSON"
                else:
                    name, type_ = rng.choice(ORGS), "ORG"
                entity = await entity_store.create(conn, name, type_)
                if rng.random() < 0.9:  # a few stay at no articles
                    await conn.execute(
                        "UPDATE entities SET article_count = 1 WHERE id = $1", uuid.UUID(entity)
                    )
                await entity_store.add_aliases(
                    conn, apply._alias_rows(entity, type_, spellings(rng, name, type_))
                )
                entities.append((entity, name, type_))
            # rising counts, most by one article, a few popular entities by many
            for _ in range(150):
                entity, _, _ = rng.choice(
                    entities[: max(10, len(entities) // 4)] if rng.random() < 0.5 else entities
                )
                step = rng.choice([1, 1, 1, 2, 5, 30]) if round_ % 3 else 1
                await conn.execute(
                    "UPDATE entities SET article_count = article_count + $2 WHERE id = $1",
                    uuid.UUID(entity),
                    step,
                )
            # a spelling added to a known entity after its count moved
            for entity, name, type_ in rng.sample(entities, 10):
                extra = (
                    f"{name.split(' ')[0][0]}. {name.split(' ', 1)[-1]}"
                    if type_ == "PERSON"
                    else name.upper()
                )
                await entity_store.add_aliases(conn, apply._alias_rows(entity, type_, [extra]))
            assert await stale_aliases(conn) == 0
            names: dict[int, resolver.LookupKeys] = {}
            for i in range(30):
                if i % 3 == 0:  # a name nobody has yet, with a common family name
                    name, type_ = (
                        f"{rng.choice(GIVEN)}{rng.randrange(30, 60)} {rng.choice(FAMILIES)}",
                        "PERSON",
                    )
                else:
                    _, name, type_ = rng.choice(entities)
                names[i] = resolver.entity_keys(name, type_, spellings(rng, name, type_))
            probes = [
                (i, kind, value)
                for i, k in names.items()
                for kind, values in zip(
                    entity_store.KEY_KINDS, (k.names, k.translits, k.families, k.acronyms), strict=True
                )
                for value in values
            ]
            new = await entity_store.candidates_by_keys(conn, probes)
            old = await conn.fetch(
                EVERY_NAMESAKE,
                [p[0] for p in probes],
                [p[1] for p in probes],
                [p[2] for p in probes],
                entity_store.CANDIDATE_LIMIT,
            )
            assert [tuple(r) for r in new] == [tuple(r) for r in old], round_
            compared += len(names)
            per_name: dict[int, int] = {}
            for r in new:
                per_name[r["idx"]] = per_name.get(r["idx"], 0) + 1
            cut += sum(n == entity_store.CANDIDATE_LIMIT for n in per_name.values())
        assert compared == 360
        # the comparison reached names whose keys hold more than the look-up keeps, in several classes
        assert cut >= 100
        classes = await conn.fetchval("SELECT count(DISTINCT rank_class) FROM entity_aliases")
        assert classes >= 6


async def test_concurrent_articles_naming_the_same_people_leave_no_stale_class(
    client: Any, database_url: str
) -> None:
    """Articles stored at once that name the same people and add spellings of them: every alias
    ends in its entity's class (the count is recorded, and the entity row locked, before the
    article's spellings are written)."""
    places = [
        "Harbour Street",
        "the river port",
        "the old mill",
        "the north gate",
        "the station",
        "the square",
    ]
    bodies = [
        {
            "text": f"Corin Dravik met Mira Oltenmar at {place} on Monday, officials said. "
            f"{'Dravik' if i % 2 else 'C. Dravik'} told reporters that the talks with "
            f"{'Oltenmar' if i % 3 else 'Mira Oltenmar'} would continue. Report number {i}.",
            "title": f"Talks at {place}",
            "published_at": f"2026-03-{10 + i:02d}",
        }
        for i, place in enumerate(places * 2)
    ]
    for batch in (bodies[:6], bodies[6:]):
        responses = await asyncio.gather(*(client.post("/v1/articles", json=b) for b in batch))
        assert sorted(r.status_code for r in responses) == [201] * len(batch), [r.text for r in responses]
    async with connect(database_url) as conn:
        counts = await conn.fetch(
            "SELECT name, article_count FROM entities WHERE name IN ('Corin Dravik', 'Mira Oltenmar')"
        )
        assert sorted(r["article_count"] for r in counts) == [12, 12]
        assert await stale_aliases(conn) == 0


def rank_class(n: int) -> int:
    """The count itself up to three, then half an octave a class."""
    if n < entity_store.ONE_COUNT_CLASSES:
        return max(n, 0)
    bits = n.bit_length()
    return 2 * (bits - 1) + ((n >> (bits - 2)) & 1)


async def test_rank_class_orders_counts_and_keeps_the_smallest_apart(database_url: str) -> None:
    counts = [*range(-1, 300), 512, 1023, 1024, 1535, 1536, 2**31 - 1]
    async with connect(database_url) as conn:
        found = await conn.fetch("SELECT n, entity_rank_class(n) AS c FROM unnest($1::int[]) AS n", counts)
    classes = {r["n"]: r["c"] for r in found}
    assert classes == {n: rank_class(n) for n in counts}
    assert [classes[n] for n in range(8)] == [0, 1, 2, 3, 4, 4, 5, 5]
    # never lower for a larger count, and the classes below ONE_COUNT_CLASSES hold one count each
    assert all(classes[n] <= classes[n + 1] for n in range(-1, 299))
    below = [n for n in range(300) if classes[n] < entity_store.ONE_COUNT_CLASSES]
    assert len({classes[n] for n in below}) == len(below)
    # a few classes a doubling: an entity's aliases are rewritten about twice as its count doubles
    assert classes[1024] - classes[512] == 2


async def test_a_class_crossing_rewrites_only_that_entitys_aliases(database_url: str) -> None:
    async with connect(database_url) as conn:
        a = await entity_store.create(conn, "Ilan Dravik", "PERSON")
        b = await entity_store.create(conn, "Mira Dravik", "PERSON")
        for entity, name in ((a, "Ilan Dravik"), (b, "Mira Dravik")):
            await conn.execute("UPDATE entities SET article_count = 4 WHERE id = $1", uuid.UUID(entity))
            await entity_store.add_aliases(conn, apply._alias_rows(entity, "PERSON", [name, "Dravik"]))

        async def versions() -> dict[str, set[str]]:
            rows = await conn.fetch("SELECT entity_id::text AS e, xmin::text AS x FROM entity_aliases")
            return {e: {r["x"] for r in rows if r["e"] == e} for e in (a, b)}

        before = await versions()
        # 4 -> 5 stays in class 4: no alias row is written
        await conn.execute("UPDATE entities SET article_count = 5 WHERE id = $1", uuid.UUID(a))
        assert await versions() == before
        # 5 -> 6 moves to class 5: only that entity's aliases are rewritten
        await conn.execute("UPDATE entities SET article_count = 6 WHERE id = $1", uuid.UUID(a))
        after = await versions()
        assert after[b] == before[b] and after[a] != before[a]
        assert set(
            await conn.fetchval(
                "SELECT array_agg(rank_class) FROM entity_aliases WHERE entity_id = $1", uuid.UUID(a)
            )
        ) == {5}
        assert await stale_aliases(conn) == 0


async def test_revision_0017_fills_the_rank_class_and_comes_and_goes(empty_database_url: str) -> None:
    upgrade(empty_database_url, "0016")
    conn = await asyncpg.connect(empty_database_url)
    try:
        entity = await conn.fetchval(
            "INSERT INTO entities (name, type, article_count) VALUES ('Kiva Sefrani', 'PERSON', 6) RETURNING id"
        )
        await conn.execute(
            """
            INSERT INTO entity_aliases (entity_id, alias, key, translit_key, family_key)
            VALUES ($1, 'Kiva Sefrani', 'kiva sefrani', 'kiva sefrani', 'sefrani')
            """,
            entity,
        )
        upgrade(empty_database_url)
        assert await conn.fetchval("SELECT rank_class FROM entity_aliases") == 5
        assert await stale_aliases(conn) == 0
        downgrade(empty_database_url, "0016")
        columns = {r["column_name"] for r in await conn.fetch(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'entity_aliases'"
        )}  # fmt: skip
        assert not {"rank_class", "entity_seq"} & columns
        upgrade(empty_database_url)
        assert await stale_aliases(conn) == 0
    finally:
        await conn.close()
