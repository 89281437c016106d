"""Trigram look-ups skip the query's most common trigrams and still find exactly the aliases a
similarity threshold admits."""

from __future__ import annotations

import itertools
import random

import pytest

from service.db import connect
from service.pipeline import names
from service.store import entities as entity_store

SYLLABLES = ["an", "ov", "ko", "sa", "ri", "ten", "mar", "el", "is", "van", "ber", "to", "lin", "ra"]


def made_up_names(n: int, seed: int) -> list[str]:
    """Two-word names over few syllables: their trigrams are shared a lot, as real names' are."""
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        first = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        out.add(f"{first.title()} {last.title()}")
    return sorted(out)


@pytest.fixture
async def loaded(database_url: str) -> str:
    async with connect(database_url) as conn:
        rows = []
        entities = []
        for name in made_up_names(3000, seed=5):
            entity_id = await entity_store.create(conn, name, "ORG")
            entities.append(entity_id)
            translit = names.translit_key(name)
            rows.append(
                entity_store.AliasRow(
                    entity_id=entity_id,
                    alias=name,
                    key=names.name_key(name),
                    translit_key=translit,
                    family_key=None,
                    acronym_key=names.acronym_key(name),
                    grams=sorted(names.trigrams(translit)),
                )
            )
        await entity_store.add_aliases(conn, rows)
        await conn.execute("ANALYZE alias_grams")
    return database_url


@pytest.mark.parametrize("threshold", [0.3, 0.45, 0.6])
async def test_skipping_common_trigrams_finds_exactly_the_qualifying_aliases(
    loaded: str, threshold: float
) -> None:
    async with connect(loaded) as conn:
        common = await conn.fetchval(
            "SELECT cardinality(most_common_vals::text::text[]) FROM pg_stats WHERE tablename = 'alias_grams'"
        )
        assert common and common > 20  # the statistics the look-up relies on are there
        skipped_any = False
        for query in itertools.islice(made_up_names(400, seed=9), 0, None, 5):
            grams = sorted(names.trigrams(names.translit_key(query)))
            pruned = await conn.fetch(
                f"WITH {entity_store._gram_hits('$1::text[]', '$2::float8')} "
                "SELECT alias_id, shared, (SELECT count(*) FROM skipped) AS skipped FROM gram_hits",
                grams,
                threshold,
            )
            full = await conn.fetch(
                """
                SELECT alias_id, count(*) AS shared FROM alias_grams WHERE gram = ANY($1::text[])
                GROUP BY alias_id HAVING count(*) >= $2::float8 * cardinality($1::text[]) - 1e-9
                """,
                grams,
                threshold,
            )
            assert sorted((r["alias_id"], r["shared"]) for r in pruned) == sorted(
                (r["alias_id"], r["shared"]) for r in full
            ), query
            skipped_any = skipped_any or any(r["skipped"] for r in pruned)
        assert skipped_any  # the skipping path ran


async def test_search_finds_a_misspelt_name(loaded: str) -> None:
    target = made_up_names(3000, seed=5)[1234]
    typo = target[:-2] + target[-1] + target[-2]  # last two letters swapped
    async with connect(loaded) as conn:
        rows = await entity_store.search(
            conn,
            key=names.name_key(typo),
            translit_key=names.translit_key(typo),
            grams=sorted(names.trigrams(names.translit_key(typo))),
            type_=None,
            limit=5,
        )
    assert target in [r["name"] for r in rows]
