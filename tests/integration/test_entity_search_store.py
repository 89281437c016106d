"""Trigram look-ups against PostgreSQL: skipping a query's most common trigrams changes nothing.

Search and the resolver's fuzzy candidates leave the postings of the query's most common
trigrams unread (by the planner's statistics). The answers must be what scoring every stored
alias by brute force gives.
"""

from __future__ import annotations

import random
import uuid

import asyncpg

from service.db import connect
from service.pipeline import names
from service.reconcile import resolver
from service.store import entities as entity_store

GIVEN = ["Anna", "Ivan", "Maria", "Olena", "Petro", "Mykola", "Iryna", "Sergei", "Nadia", "Taras"]
SYLLABLES = ["ko", "va", "len", "ma", "ri", "sko", "nen", "chuk", "ov", "ski", "an", "ra", "vi", "ta"]


def invented_names(count: int, seed: int = 3) -> list[str]:
    """Person names from a few syllables: many share the commonest trigrams, as surnames do."""
    rng = random.Random(seed)
    found: set[str] = set()
    while len(found) < count:
        surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        found.add(f"{rng.choice(GIVEN)} {surname}")
    return sorted(found)


def alias_row(entity_id: str, alias: str) -> entity_store.AliasRow:
    translit = names.translit_key(alias)
    return entity_store.AliasRow(
        entity_id=entity_id,
        alias=alias,
        key=names.name_key(alias),
        translit_key=translit,
        family_key=names.family_key(alias),
        acronym_key=None,
        grams=sorted(names.trigrams(translit)),
    )


async def store_people(conn: asyncpg.Connection, people: list[str]) -> dict[str, str]:
    ids = {name: str(uuid.uuid4()) for name in people}
    await entity_store.create_many(conn, [(ids[name], name, "PERSON") for name in people])
    await entity_store.add_aliases(conn, [alias_row(ids[name], name) for name in people])
    await conn.execute("ANALYZE alias_grams")  # the statistics the look-ups skip by
    return ids


def brute_force(query: str, people: dict[str, str]) -> dict[str, float]:
    """Every entity's score for `query` as search defines it (3 same key, 2 same transliteration
    key, else trigram similarity), those of at least 0.3."""
    key, translit = names.name_key(query), names.translit_key(query)
    grams = names.trigrams(translit)
    scores = {}
    for name, entity_id in people.items():
        if names.name_key(name) == key:
            score = 3.0
        elif names.translit_key(name) == translit:
            score = 2.0
        else:
            score = names.trigram_similarity(grams, names.trigrams(names.translit_key(name)))
        if score >= 0.3:
            scores[entity_id] = score
    return scores


async def skipped_grams(conn: asyncpg.Connection, query: str) -> set[str]:
    """The query's trigrams that the statistics list among the most common."""
    common = await conn.fetchval(
        "SELECT most_common_vals::text::text[] FROM pg_stats WHERE tablename = 'alias_grams' AND attname = 'gram'"
    )
    return set(common or ()) & names.trigrams(names.translit_key(query))


async def test_trigram_look_ups_that_skip_common_grams_match_brute_force(database_url: str) -> None:
    people = invented_names(3000)
    rng = random.Random(5)
    # Stored names, and misspellings of them (a letter dropped, doubled or changed).
    queries = rng.sample(people, 8)
    for name in rng.sample(people, 12):
        i = rng.randrange(1, len(name) - 1)
        queries.append(
            rng.choice(
                [name[:i] + name[i + 1 :], name[:i] + name[i] + name[i:], name[:i] + "e" + name[i + 1 :]]
            )
        )
    async with connect(database_url) as conn:
        ids = await store_people(conn, people)
        seqs = {r["id"]: r["seq"] for r in await conn.fetch("SELECT id::text AS id, seq FROM entities")}
        skipping = 0
        for query in queries:
            translit = names.translit_key(query)
            grams = sorted(names.trigrams(translit))
            skipping += bool(await skipped_grams(conn, query))
            truth = brute_force(query, ids)

            found = await entity_store.search(
                conn, key=names.name_key(query), translit_key=translit, grams=grams, type_=None, limit=20
            )
            expected = sorted(truth.items(), key=lambda kv: (-kv[1], seqs[kv[0]]))[:20]
            assert [(r["id"], round(r["score"], 6)) for r in found] == [
                (entity_id, round(score, 6)) for entity_id, score in expected
            ], query

            fuzzy = await entity_store.candidates(
                conn,
                keys=[],
                translit_keys=[],
                family_keys=[],
                acronym_keys=[],
                grams=grams,
                min_similarity=resolver.TRIGRAM_MIN,
            )
            similar = {i for i, score in truth.items() if score >= resolver.TRIGRAM_MIN}
            assert len(similar) < entity_store.CANDIDATE_LIMIT, query  # else the limit would decide
            assert {r["id"] for r in fuzzy} == similar, query
        # The look-ups did skip grams (else this test would not test skipping).
        assert skipping >= len(queries) // 2
