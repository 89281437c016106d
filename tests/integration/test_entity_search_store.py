"""Name look-ups against PostgreSQL: search and the resolver's spelling look-up read bounded
candidates through the word index (revision 0008); their answers must be what their documented
bounds, applied by hand to every stored alias, give."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from typing import Any

import asyncpg

from service.db import connect
from service.ingest import apply
from service.migrate import downgrade, upgrade
from service.pipeline import name_search, names
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
    )


async def store_people(conn: asyncpg.Connection, people: list[str]) -> dict[str, str]:
    ids = {name: str(uuid.uuid4()) for name in people}
    await entity_store.create_many(conn, [(ids[name], name, "PERSON") for name in people])
    await entity_store.add_aliases(conn, [alias_row(ids[name], name) for name in people])
    return ids


async def store_people_before_0020(conn: asyncpg.Connection, people: list[str]) -> dict[str, str]:
    """`store_people` as the store wrote them before entity rows carried their spellings."""
    ids = {name: str(uuid.uuid4()) for name in people}
    await entity_store.create_many(conn, [(ids[name], name, "PERSON") for name in people])
    for name in people:
        row = alias_row(ids[name], name)
        await conn.execute(
            """
            INSERT INTO entity_aliases (entity_id, alias, key, translit_key, family_key, acronym_key)
            VALUES ($1, $2, $3, $4, $5, $6)
            """,
            uuid.UUID(row.entity_id),
            row.alias,
            row.key,
            row.translit_key,
            row.family_key,
            row.acronym_key,
        )
    return ids


def similar_people(query: str, people: dict[str, str]) -> dict[str, float]:
    """Every entity's trigram similarity to `query` (translit keys), those of at least 0.3."""
    grams = names.trigrams(names.translit_key(query))
    scores = {}
    for name, entity_id in people.items():
        score = names.trigram_similarity(grams, names.trigrams(names.translit_key(name)))
        if score >= 0.3:
            scores[entity_id] = score
    return scores


@dataclass(frozen=True)
class Stored:
    alias_id: int
    entity_id: str
    key: str
    translit_key: str
    type: str
    seq: int


async def stored_aliases(conn: asyncpg.Connection) -> list[Stored]:
    rows = await conn.fetch(
        """
        SELECT a.id, a.entity_id::text AS entity_id, a.key, a.translit_key, e.type, e.seq
        FROM entity_aliases a JOIN entities e ON e.id = a.entity_id ORDER BY a.id
        """
    )
    return [Stored(r["id"], r["entity_id"], r["key"], r["translit_key"], r["type"], r["seq"]) for r in rows]


def brute_force_search(
    query: str, aliases: list[Stored], type_: str | None, limit: int, min_score: float = name_search.MIN_SCORE
) -> list[tuple[str, float]]:
    """`entities.search` by its docstrings, over every stored alias: the candidates
    (`search_candidates`), scored (`name_search`), ranked (article counts are all 0 here, so by
    score, then creation order)."""
    wanted = name_search.Query.of(query)
    typed = [a for a in aliases if type_ is None or a.type == type_]
    vocabulary = {w for a in aliases for w in names.words(a.translit_key)}
    variants = {v: set(name_search.edit_variants(v)) for v in vocabulary}
    close: dict[str, tuple[int, float]] = {}  # word -> (kind, similarity), see search_candidates
    covers: dict[str, set[int]] = {}  # word -> the query's words it is close to
    for idx, word in enumerate(wanted.words()):
        grams = names.trigrams(word)
        similar = {v: names.trigram_similarity(grams, names.trigrams(v)) for v in vocabulary}
        similar = {v: sim for v, sim in similar.items() if sim >= entity_store.WORD_MIN_SIMILARITY}
        typo = {v for v in vocabulary if variants[v] & set(name_search.edit_variants(word))}
        kinds = {
            v: (0 if v == word else 1 if v in typo else 2, similar.get(v, 0.0)) for v in {*similar, *typo}
        }
        for v in sorted(kinds, key=lambda v: (kinds[v][0], -kinds[v][1], v))[: entity_store.CLOSE_WORDS]:
            kind, sim = kinds[v]
            before = close.get(v, (9, 0.0))
            close[v] = (min(kind, before[0]), max(sim, before[1]))
            covers.setdefault(v, set()).add(idx)
    read = {
        v: [a for a in typed if v in names.words(a.translit_key)][: entity_store.WORD_POSTINGS_READ]
        for v in close
    }
    covered: dict[int, set[int]] = {}  # alias id -> the query's words it has a close word of
    by_id = {a.alias_id: a for a in aliases}
    for v, having in read.items():
        for a in having:
            covered.setdefault(a.alias_id, set()).update(covers[v])
    multi = sorted((i for i, c in covered.items() if len(c) >= 2), key=lambda i: (-len(covered[i]), i))
    singles: list[Stored] = []
    for v in sorted(close, key=lambda v: (close[v][0], -close[v][1], v)):
        singles += read[v] if close[v][0] == 0 else read[v][: entity_store.ALIASES_PER_WORD]
    found = [
        (a.entity_id, None, a.translit_key)
        for a in [by_id[i] for i in multi[: entity_store.MAX_SEARCH_CANDIDATES]]
        + singles[: entity_store.MAX_SEARCH_CANDIDATES]
    ] + [
        (a.entity_id, a.key, a.translit_key)
        for a in typed
        if a.key == wanted.key or a.translit_key == wanted.translit_key
    ]
    scores = name_search.best_scores(wanted, found, min_score=min_score)
    seq = {a.entity_id: a.seq for a in aliases}
    return sorted(scores.items(), key=lambda kv: (-kv[1], seq[kv[0]]))[:limit]


def misspelled(people: list[str], rng: random.Random, count: int) -> list[str]:
    """Names with a letter dropped, doubled or changed."""
    out = []
    for name in rng.sample(people, count):
        i = rng.randrange(1, len(name) - 1)
        out.append(
            rng.choice(
                [name[:i] + name[i + 1 :], name[:i] + name[i] + name[i:], name[:i] + "e" + name[i + 1 :]]
            )
        )
    return out


async def test_the_resolvers_spelling_look_up_finds_a_misspelled_organisation(database_url: str) -> None:
    rng = random.Random(4)
    places = sorted({"".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(400)})
    orgs = {f"{place} Foreign Ministry": str(uuid.uuid4()) for place in places}
    target = f"{places[7]} Foreign Ministry"
    async with connect(database_url) as conn:
        await entity_store.create_many(conn, [(i, name, "ORG") for name, i in orgs.items()])
        await entity_store.add_aliases(conn, [alias_row(i, name) for name, i in orgs.items()])
        for misspelling in (
            target.replace("a", "e", 1),
            target.lower(),
            places[7][:-1] + " Foreign Ministry",
        ):
            keys = resolver.candidate_keys(resolver.Incoming(name=misspelling, type="ORG"))
            found = await apply.trigram_candidates(conn, keys)
            assert found and found[0].id == orgs[target], misspelling
            assert len(found) <= entity_store.CANDIDATE_LIMIT
            # Every candidate is as similar as the resolver asks.
            query = name_search.Query.of_keys(keys.names[0], keys.translits)
            for c in found:
                best = max(
                    name_search.score(query, names.name_key(a), names.translit_key(a)) for a in c.aliases
                )
                assert best >= resolver.TRIGRAM_MIN, (misspelling, c.name)


async def test_search_is_its_definition_applied_to_every_alias(database_url: str, monkeypatch: Any) -> None:
    people = invented_names(1500)
    rng = random.Random(9)
    queries = rng.sample(people, 6) + misspelled(people, rng, 8) + ["Anna", "ovski", "Kovalen Anna"]
    async with connect(database_url) as conn:
        await store_people(conn, people)
        # Some organisations too, for the type filter.
        orgs = {f"{name.split()[1]} Holdings": str(uuid.uuid4()) for name in rng.sample(people, 200)}
        await entity_store.create_many(conn, [(i, name, "ORG") for name, i in orgs.items()])
        await entity_store.add_aliases(conn, [alias_row(i, name) for name, i in orgs.items()])
        aliases = await stored_aliases(conn)
        bounds_hit = 0
        # The service's bounds, and small ones that every query runs into.
        for close_words, per_word, total, read in ((None, None, None, None), (2, 3, 5, 6)):
            if close_words is not None:
                monkeypatch.setattr(entity_store, "CLOSE_WORDS", close_words)
                monkeypatch.setattr(entity_store, "ALIASES_PER_WORD", per_word)
                monkeypatch.setattr(entity_store, "MAX_SEARCH_CANDIDATES", total)
                monkeypatch.setattr(entity_store, "WORD_POSTINGS_READ", read)
            for query in queries:
                for type_ in (None, "ORG"):
                    wanted = name_search.Query.of(query)
                    found = await entity_store.search(conn, wanted, type_=type_, limit=20)
                    expected = brute_force_search(query, aliases, type_, 20)
                    assert [(r["id"], round(r["score"], 9)) for r in found] == [
                        (i, round(score, 9)) for i, score in expected
                    ], (query, type_, close_words)
                    # as the resolver's spelling look-up asks (apply.trigram_candidates)
                    found = await entity_store.search(
                        conn,
                        wanted,
                        type_=type_,
                        limit=entity_store.CANDIDATE_LIMIT,
                        min_score=resolver.TRIGRAM_MIN,
                    )
                    expected = brute_force_search(
                        query, aliases, type_, entity_store.CANDIDATE_LIMIT, min_score=resolver.TRIGRAM_MIN
                    )
                    assert [(r["id"], round(r["score"], 9)) for r in found] == [
                        (i, round(score, 9)) for i, score in expected
                    ], (query, type_, close_words)
                    candidates = await entity_store.search_candidates(conn, wanted, type_=type_)
                    bounds_hit += len(candidates) >= entity_store.MAX_SEARCH_CANDIDATES
        assert bounds_hit >= len(queries) // 2  # the small bounds did cut the candidates


async def test_search_finds_misspelled_and_respelled_names_first(database_url: str) -> None:
    people = invented_names(2000, seed=11)
    rng = random.Random(12)
    corrected = 0
    async with connect(database_url) as conn:
        ids = await store_people(conn, people)
        for name in rng.sample(people, 30):
            i = rng.randrange(2, len(name) - 2)
            typo = name[:i] + name[i + 1] + name[i] + name[i + 2 :]  # two letters swapped
            for query in (name, name.lower(), typo):
                rows = await entity_store.search(conn, name_search.Query.of(query), type_=None, limit=10)
                assert rows, query
                if query != typo:
                    assert (rows[0]["id"], rows[0]["score"]) == (ids[name], 3.0), query
                elif rows[0]["score"] < 2.0:
                    # No name has the typo's keys: the first result is at least as similar as
                    # the most similar of all stored names; when the transliteration keys are
                    # still one typo apart, the misspelt name is among the first results.
                    top = max(similar_people(query, ids).values())
                    assert rows[0]["score"] >= top - 1e-9, query
                    typo_words, words = (
                        names.words(names.translit_key(typo)),
                        names.words(names.translit_key(name)),
                    )
                    pairs = zip(typo_words, words, strict=True)
                    if len(typo_words) == len(words) and all(
                        a == b or name_search.one_typo_apart(a, b) for a, b in pairs
                    ):
                        found = {r["id"]: r["score"] for r in rows}
                        assert found.get(ids[name], 0.0) >= 0.9, query
                        corrected += 1
        assert corrected >= 20  # most swaps are one typo apart after transliteration


async def test_the_word_index_follows_aliases_and_is_rebuilt_by_the_migration(
    empty_database_url: str,
) -> None:
    people = invented_names(300, seed=21)
    upgrade(empty_database_url, "0007")
    async with connect(empty_database_url) as conn:
        before = await store_people_before_0020(conn, people[:200])  # no word index yet
    upgrade(empty_database_url)
    async with connect(empty_database_url) as conn:
        after = await store_people(conn, people[200:])  # through the trigger
        rows = await conn.fetch(
            "SELECT word, alias_id, entity_id::text AS entity_id, translit_key FROM alias_words"
        )
        aliases = await stored_aliases(conn)
        assert {(r["word"], r["alias_id"], r["entity_id"], r["translit_key"]) for r in rows} == {
            (w, a.alias_id, a.entity_id, a.translit_key) for a in aliases for w in names.words(a.translit_key)
        }
        assert {a.entity_id for a in aliases} == set(before.values()) | set(after.values())
        vocabulary = {r["word"]: r["gram_count"] for r in await conn.fetch("SELECT * FROM name_words")}
        assert vocabulary == {w: len(names.trigrams(w)) for a in aliases for w in names.words(a.translit_key)}
        postings = {
            (r["gram"], r["gram_count"], r["word"]) for r in await conn.fetch("SELECT * FROM word_grams")
        }
        assert postings == {(g, len(names.trigrams(w)), w) for w in vocabulary for g in names.trigrams(w)}
        # The typo variants are cut as name_search cuts a query's (the same EDIT_MIN_LENGTH).
        deletes = {(r["variant"], r["word"]) for r in await conn.fetch("SELECT * FROM word_deletes")}
        assert deletes == {(v, w) for w in vocabulary for v in name_search.edit_variants(w)}
        assert any(len(w) < name_search.EDIT_MIN_LENGTH for w in vocabulary)
    downgrade(empty_database_url, "0008")
    async with connect(empty_database_url) as conn:
        postings = {(r["gram"], r["alias_id"]) for r in await conn.fetch("SELECT * FROM alias_grams")}
        assert postings == {(g, a.alias_id) for a in aliases for g in names.trigrams(a.translit_key)}
        counts = {
            r["id"]: r["gram_count"] for r in await conn.fetch("SELECT id, gram_count FROM entity_aliases")
        }
        assert counts == {a.alias_id: len(names.trigrams(a.translit_key)) for a in aliases}
    upgrade(empty_database_url)
