"""Bulk-load a large corpus by replicating a really ingested one, with COPY.

Ingesting 100k articles through spaCy takes days on a small machine, so the growth benchmark
ingests a base of a few hundred generated articles for real and replicates every row the ingest
wrote (articles, entities, aliases, article_entities, mentions, events, event_entities,
event_evidence, claims, conflicts, conflict_entities) into copies, then indexes the new aliases'
words with the database's own function (revision 0008):

- each copy gets fresh ids (uuids xor a per-copy mask, identity columns offset), unique keys
  (external id, url, content hash, conflict key) made unique per copy;
- entities seen in at least `shared_min` base articles are *shared*: every copy links to the same
  entity, so popular entities grow with the corpus as they do in real news (their counters are
  recomputed after the load); the other entities are *minted* per copy under new names (every
  name token swapped for another name from the generator's lists, consistently within a copy), with
  look-up keys recomputed by `service.pipeline.names`, so the long tail of names grows too;
- each copy is moved by a whole number of years (dates and TIMEX values alike), spreading the
  corpus over `years` years the way a long-running archive would;
- article texts are copied as they are (only ids and keys change): full-text search is not what
  the growth benchmark measures.

Rows go in with `copy_records_to_table` with foreign-key triggers off (`session_replication_role
= replica`; the data is consistent by construction); secondary indexes are dropped before a big
load and rebuilt after it, then the tables are VACUUM ANALYZEd as autovacuum would.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import asyncpg

from bench.corpus import family_names
from service.pipeline import names

# Load order (foreign keys are off during the load, but this is also the dependency order).
TABLES = (
    "entities",
    "entity_aliases",
    "articles",
    "article_entities",
    "mentions",
    "events",
    "event_entities",
    "event_evidence",
    "claims",
    "conflicts",
    "conflict_entities",
    "stories",
    "story_terms",
    "story_entities",
    "article_bands",
)
# Filled from the loaded aliases after a load, by the database's own function (revision 0008).
WORD_TABLES = ("name_words", "word_grams", "alias_words")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TOKEN = re.compile(r"[A-Z][A-Za-z'’-]*")
_YEAR = re.compile(r"^(\d{4})")
# Capitalised words that are vocabulary, not names: kept when an entity is renamed.
_GENERIC = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "The",
        "Of",
        "Foreign",
        "Defence",
        "Ministry",
        "National",
        "Bank",
        "Party",
        "People's",
        "People",
        "Police",
        "Armed",
        "Forces",
        "President",
        "Prime",
        "Minister",
        "Council",
        "States",
        "Union",
        "Alliance",
        "Development",
        "Institute",
        "Centre",
        "Studies",
        "Foundation",
        "Analytics",
        "Energy",
        "Holdings",
        "Airlines",
        "Telecom",
        "Mining",
        "Steel",
        "Shipping",
        "Motors",
        "Pharmaceuticals",
        "Grain",
        "Logistics",
        "Capital",
        "Media",
        "Daily",
        "News",
        "Agency",
        "Times",
        "Radio",
        "Herald",
        "Today",
        "North",
        "South",
        "East",
        "West",
        "New",
        "Central",
        "Republic",
        "Democratic",
        "Federal",
        "United",
        "Ministry's",
        "Minister's",
    ]
)


@dataclass
class Column:
    name: str
    type: str  # information_schema data_type / udt_name


@dataclass
class Snapshot:
    """Every row of every table, as the real ingest wrote them (uuids as ints)."""

    columns: dict[str, list[Column]]
    rows: dict[str, list[list[Any]]]
    shared: set[int]  # entity ids (as ints) kept across copies
    articles: int
    id_span: dict[tuple[str, str], tuple[int, int]] = field(
        default_factory=dict
    )  # (table, col) -> (min, max)

    def count(self, table: str) -> int:
        return len(self.rows[table])


async def columns_of(conn: asyncpg.Connection, table: str) -> list[Column]:
    rows = await conn.fetch(
        """
        SELECT column_name, data_type, udt_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
        ORDER BY ordinal_position
        """,
        table,
    )
    return [
        Column(
            r["column_name"], r["udt_name"] if r["data_type"] in {"ARRAY", "USER-DEFINED"} else r["data_type"]
        )
        for r in rows
    ]


async def snapshot(conn: asyncpg.Connection, shared_min: int) -> Snapshot:
    """Read the really ingested base (plain connection: jsonb as text)."""
    columns: dict[str, list[Column]] = {}
    rows: dict[str, list[list[Any]]] = {}
    for table in TABLES:
        cols = await columns_of(conn, table)
        columns[table] = cols
        select = ", ".join(f'"{c.name}"' for c in cols)
        records = await conn.fetch(f"SELECT {select} FROM {table} ORDER BY {select}")
        out = []
        for r in records:
            row = list(r)
            for i, c in enumerate(cols):
                v = row[i]
                if c.type == "uuid" and v is not None:
                    row[i] = v.int
                elif c.type == "_uuid" and v is not None:
                    row[i] = [x.int for x in v]
            out.append(row)
        rows[table] = out
    ent = columns["entities"]
    idx = [c.name for c in ent].index
    shared = {r[idx("id")] for r in rows["entities"] if r[idx("article_count")] >= shared_min}
    snap = Snapshot(columns, rows, shared, articles=len(rows["articles"]))
    for table in TABLES:
        for i, c in enumerate(columns[table]):
            if c.type == "bigint" and c.name in {"id", "seq"}:
                values = [r[i] for r in rows[table]]
                if values:
                    snap.id_span[(table, c.name)] = (min(values), max(values))
    return snap


def _shift_date(d: date | None, years: int) -> date | None:
    if d is None or years == 0:
        return d
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _shift_timex(value: str | None, years: int) -> str | None:
    if value is None or years == 0:
        return value
    return _YEAR.sub(lambda m: f"{int(m.group(1)) + years:04d}", value)


class Renamer:
    """Consistent per-copy renaming of name tokens ("Kholodov" -> "Vasenko" in every alias)."""

    def __init__(self, seed: int) -> None:
        self.pool = family_names()
        self.seed = seed
        self._templates: dict[str, list[str]] = {}
        self._tokens: dict[int, dict[str, str]] = {}
        self._taken: dict[int, set[str]] = {}

    def template(self, text: str) -> list[str]:
        """`text` split into [literal, token, literal, token, ..., literal]."""
        found = self._templates.get(text)
        if found is None:
            found = []
            last = 0
            for m in _TOKEN.finditer(text):
                found += [text[last : m.start()], m.group(0)]
                last = m.end()
            found.append(text[last:])
            self._templates[text] = found
        return found

    def token(self, copy: int, token: str, tokens: dict[str, str]) -> str:
        """The token's stand-in in this copy: one per token, never the same for two tokens."""
        if token in _GENERIC:
            return token
        found = tokens.get(token)
        if found is not None:
            return found
        taken: set[str] = self._taken.setdefault(copy, set())
        h = zlib.crc32(f"{self.seed}:{copy}:{token}".encode())
        for attempt in range(1000):  # bounded probe for a free stand-in
            if token.isupper():  # an acronym: another one of the same length
                k = h + attempt * 7919
                new = "".join(chr(65 + (k >> (5 * i)) % 26) for i in range(len(token))) + (
                    "X" * (attempt // 500)
                )
            else:
                new = self.pool[(h + attempt) % len(self.pool)]
                if attempt >= len(self.pool):
                    new += str(attempt)
            if new != token and new not in taken:
                break
        taken.add(new)
        tokens[token] = new
        return new

    def rename(self, copy: int, text: str, cache: dict[str, str]) -> str:
        got = cache.get(text)
        if got is None:
            tokens = self._tokens.setdefault(copy, {})
            parts = self.template(text)
            got = "".join(p if i % 2 == 0 else self.token(copy, p, tokens) for i, p in enumerate(parts))
            cache[text] = got
        return got

    def forget(self, copy: int) -> None:
        self._tokens.pop(copy, None)
        self._taken.pop(copy, None)


@dataclass
class Plan:
    """Where the next copies' identity values start, per (table, column)."""

    next_id: dict[tuple[str, str], int]


async def plan(conn: asyncpg.Connection, snap: Snapshot) -> Plan:
    nxt = {}
    for table, col in snap.id_span:
        nxt[(table, col)] = int(await conn.fetchval(f"SELECT coalesce(max({col}), 0) + 1 FROM {table}"))
    return Plan(nxt)


class Replicator:
    """Rows of copy `c` of the base, table by table."""

    def __init__(self, snap: Snapshot, seed: int, years: int) -> None:
        self.snap = snap
        self.seed = seed
        self.years = max(1, years)
        self.renamer = Renamer(seed)
        self.col = {t: {c.name: i for i, c in enumerate(cols)} for t, cols in snap.columns.items()}
        ent = self.col["entities"]
        self.entity_type = {r[ent["id"]]: r[ent["type"]] for r in snap.rows["entities"]}
        self.minted_rows = [r for r in snap.rows["entities"] if r[ent["id"]] not in snap.shared]
        al = self.col["entity_aliases"]
        # In id order, the order of each entity's `aliases` (revision 0020)
        self.minted_aliases = sorted(
            (r for r in snap.rows["entity_aliases"] if r[al["entity_id"]] not in snap.shared),
            key=lambda r: r[al["id"]],
        )

    def _shared_uuid(self, x: int) -> uuid.UUID:
        cache: dict[int, uuid.UUID] = self.__dict__.setdefault("_shared_uuids", {})
        found = cache.get(x)
        if found is None:
            found = cache[x] = uuid.UUID(int=x)
        return found

    def mask(self, copy: int, kind: str) -> int:
        digest = hashlib.blake2b(f"{self.seed}:{copy}:{kind}".encode(), digest_size=16).digest()
        return int.from_bytes(digest, "big")

    def year_shift(self, copy: int) -> int:
        # copies spread over `years` years around the base (base: shift 0)
        h = zlib.crc32(f"{self.seed}:{copy}:years".encode())
        return (h % self.years) - self.years // 2

    def copy_rows(
        self, copy: int, offsets: dict[tuple[str, str], int]
    ) -> Iterator[tuple[str, list[tuple[Any, ...]]]]:
        """(table, rows) for one copy; `offsets[(table, col)]` is added to identity values."""
        snap = self.snap
        years = self.year_shift(copy)
        m_ent, m_art, m_evt, m_clm, m_cfl, m_sto = (
            self.mask(copy, k) for k in ("e", "a", "v", "c", "f", "s")
        )
        shared = snap.shared
        names_cache: dict[str, str] = {}
        U = uuid.UUID

        ent_ids: dict[int, uuid.UUID] = {}
        art_ids: dict[int, uuid.UUID] = {}
        evt_ids: dict[int, uuid.UUID] = {}

        def ent(x: int | None) -> uuid.UUID | None:
            if x is None:
                return None
            found = ent_ids.get(x)
            if found is None:
                found = ent_ids[x] = self._shared_uuid(x) if x in shared else U(int=x ^ m_ent)
            return found

        def art(x: int) -> uuid.UUID:
            found = art_ids.get(x)
            if found is None:
                found = art_ids[x] = U(int=x ^ m_art)
            return found

        def evt(x: int | None) -> uuid.UUID | None:
            if x is None:
                return None
            found = evt_ids.get(x)
            if found is None:
                found = evt_ids[x] = U(int=x ^ m_evt)
            return found

        def sto(x: int | None) -> uuid.UUID | None:
            return None if x is None else U(int=x ^ m_sto)

        def rename(text: str) -> str:
            return self.renamer.rename(copy, text, names_cache)

        def off(table: str, col: str, value: int) -> int:
            lo, _ = snap.id_span[(table, col)]
            return offsets[(table, col)] + (value - lo)

        uuid_masks = {"e": m_ent, "a": m_art, "v": m_evt, "c": m_clm, "f": m_cfl}
        # every uuid string in jsonb/text: remap by looking it up in the id kinds we know
        kinds = self._uuid_kinds()

        def remap_text(text: str) -> str:
            def sub(m: re.Match[str]) -> str:
                x = U(m.group(0)).int
                kind = kinds.get(x)
                if kind is None or (kind == "e" and x in shared):
                    return m.group(0)
                return str(U(int=x ^ uuid_masks[kind]))

            return _UUID.sub(sub, text)

        c = self.col
        # aliases (minted entities), keys recomputed (their words are indexed after the load)
        a = c["entity_aliases"]
        alias_rows = []
        spellings: dict[int, list[str]] = defaultdict(list)  # base entity id -> renamed aliases
        seen: set[tuple[int, str]] = set()
        for r in self.minted_aliases:
            row = list(r)
            alias = rename(r[a["alias"]])
            if (r[a["entity_id"]], alias) in seen:  # two spellings renamed alike: keep one
                continue
            seen.add((r[a["entity_id"]], alias))
            spellings[r[a["entity_id"]]].append(alias)
            translit = names.translit_key(alias)
            person = self.entity_type.get(r[a["entity_id"]]) == "PERSON"
            row[a["id"]] = off("entity_aliases", "id", r[a["id"]])
            row[a["entity_id"]] = ent(r[a["entity_id"]])
            row[a["alias"]] = alias
            row[a["key"]] = names.name_key(alias)
            row[a["translit_key"]] = translit
            row[a["family_key"]] = names.family_key(alias) if person else None
            row[a["acronym_key"]] = None if person else (names.acronym_key(alias) or None)
            alias_rows.append(tuple(row))
        # entities (minted only), carrying their renamed spellings (revision 0020)
        e = c["entities"]
        rows = []
        for r in self.minted_rows:
            row = list(r)
            row[e["id"]] = ent(r[e["id"]])
            row[e["seq"]] = off("entities", "seq", r[e["seq"]])
            row[e["name"]] = rename(r[e["name"]])
            row[e["first_seen"]] = _shift_date(r[e["first_seen"]], years)
            row[e["last_seen"]] = _shift_date(r[e["last_seen"]], years)
            row[e["aliases"]] = spellings[r[e["id"]]]
            rows.append(tuple(row))
        yield "entities", rows
        yield "entity_aliases", alias_rows
        # articles
        t = c["articles"]
        rows = []
        for r in snap.rows["articles"]:
            row = list(r)
            row[t["id"]] = art(r[t["id"]])
            row[t["seq"]] = off("articles", "seq", r[t["seq"]])
            for key in ("external_id", "url"):
                if r[t[key]] is not None:
                    row[t[key]] = f"{r[t[key]]}~{copy}"
            row[t["content_hash"]] = hashlib.sha256(f"{r[t['content_hash']]}:{copy}".encode()).hexdigest()
            row[t["published_at"]] = _shift_date(r[t["published_at"]], years)
            # each copy's articles are in the copy's own stories
            row[t["story_id"]] = sto(r[t["story_id"]])
            nd = r[t["near_duplicate_of"]]
            row[t["near_duplicate_of"]] = art(nd) if nd is not None else None
            rows.append(tuple(row))
        yield "articles", rows
        t = c["article_entities"]
        yield (
            "article_entities",
            [
                tuple(
                    art(v)
                    if i == t["article_id"]
                    else ent(v)
                    if i == t["entity_id"]
                    else rename(v)
                    if i == t["name"] and r[t["entity_id"]] not in shared
                    else v
                    for i, v in enumerate(r)
                )
                for r in snap.rows["article_entities"]
            ],
        )
        t = c["mentions"]
        rows = []
        for r in snap.rows["mentions"]:
            row = list(r)
            row[t["id"]] = off("mentions", "id", r[t["id"]])
            row[t["article_id"]] = art(r[t["article_id"]])
            row[t["entity_id"]] = ent(r[t["entity_id"]])
            if r[t["entity_id"]] not in shared:
                row[t["surface"]] = rename(r[t["surface"]])
            rows.append(tuple(row))
        yield "mentions", rows
        t = c["events"]
        rows = []
        for r in snap.rows["events"]:
            row = list(r)
            row[t["id"]] = evt(r[t["id"]])
            row[t["seq"]] = off("events", "seq", r[t["seq"]])
            row[t["date_value"]] = _shift_timex(r[t["date_value"]], years)
            row[t["start_date"]] = _shift_date(r[t["start_date"]], years)
            row[t["end_date"]] = _shift_date(r[t["end_date"]], years)
            row[t["speaker_id"]] = ent(r[t["speaker_id"]])
            rows.append(tuple(row))
        yield "events", rows
        t = c["event_entities"]
        rows = []
        for r in snap.rows["event_entities"]:
            # The event's period and sequence number, copied into each participant row (the
            # triggers that keep them in step are off during the load).
            row = list(r)
            row[t["event_id"]] = evt(r[t["event_id"]])
            row[t["entity_id"]] = ent(r[t["entity_id"]])
            row[t["event_seq"]] = off("events", "seq", r[t["event_seq"]])
            row[t["start_date"]] = _shift_date(r[t["start_date"]], years)
            row[t["end_date"]] = _shift_date(r[t["end_date"]], years)
            rows.append(tuple(row))
        yield "event_entities", rows
        t = c["event_evidence"]
        rows = []
        for r in snap.rows["event_evidence"]:
            row = list(r)
            row[t["id"]] = off("event_evidence", "id", r[t["id"]])
            row[t["event_id"]] = evt(r[t["event_id"]])
            row[t["article_id"]] = art(r[t["article_id"]])
            row[t["date_value"]] = _shift_timex(r[t["date_value"]], years)
            row[t["alternative_value"]] = _shift_timex(r[t["alternative_value"]], years)
            rows.append(tuple(row))
        yield "event_evidence", rows
        t = c["claims"]
        rows = []
        for r in snap.rows["claims"]:
            row = list(r)
            row[t["id"]] = U(int=r[t["id"]] ^ m_clm)
            row[t["seq"]] = off("claims", "seq", r[t["seq"]])
            row[t["article_id"]] = art(r[t["article_id"]])
            row[t["event_id"]] = evt(r[t["event_id"]])
            row[t["claimant_entity_id"]] = ent(r[t["claimant_entity_id"]])
            row[t["speaks_for_entity_id"]] = ent(r[t["speaks_for_entity_id"]])
            row[t["date_value"]] = _shift_timex(r[t["date_value"]], years)
            row[t["alternative_value"]] = _shift_timex(r[t["alternative_value"]], years)
            rows.append(tuple(row))
        yield "claims", rows
        t = c["conflicts"]
        rows = []
        for r in snap.rows["conflicts"]:
            row = list(r)
            row[t["id"]] = U(int=r[t["id"]] ^ m_cfl)
            row[t["seq"]] = off("conflicts", "seq", r[t["seq"]])
            row[t["key"]] = remap_text(r[t["key"]]) + f"~{copy}"
            row[t["event_id"]] = evt(r[t["event_id"]])
            row[t["sides"]] = remap_text(r[t["sides"]])
            row[t["article_ids"]] = [art(x) for x in r[t["article_ids"]]]
            # a proposition report's scope: the copy's story, or its article when it had none
            scope = r[t["scope_id"]]
            row[t["scope_id"]] = (
                None if scope is None else art(scope) if kinds.get(scope) == "a" else sto(scope)
            )
            rows.append(tuple(row))
        yield "conflicts", rows
        t = c["conflict_entities"]
        yield (
            "conflict_entities",
            [
                tuple(
                    U(int=v ^ m_cfl) if i == t["conflict_id"] else ent(v) if i == t["entity_id"] else v
                    for i, v in enumerate(r)
                )
                for r in snap.rows["conflict_entities"]
            ],
        )
        # stories: each copy's own, in activity order after the earlier copies'; entity terms of
        # minted entities renamed with their entities
        t = c["stories"]
        rows = []
        activity: dict[int, int] = {}
        for r in snap.rows["stories"]:
            row = list(r)
            row[t["id"]] = sto(r[t["id"]])
            row[t["seq"]] = off("stories", "seq", r[t["seq"]])
            row[t["activity"]] = activity[r[t["id"]]] = row[t["seq"]]
            row[t["merged_into"]] = sto(r[t["merged_into"]])
            row[t["weights"]] = remap_text(r[t["weights"]])
            row[t["first_published"]] = _shift_date(r[t["first_published"]], years)
            row[t["last_published"]] = _shift_date(r[t["last_published"]], years)
            rows.append(tuple(row))
        yield "stories", rows
        t = c["story_terms"]
        rows = []
        for r in snap.rows["story_terms"]:
            row = list(r)
            row[t["term"]] = remap_text(r[t["term"]])
            row[t["story_id"]] = sto(r[t["story_id"]])
            row[t["activity"]] = activity[r[t["story_id"]]]
            rows.append(tuple(row))
        yield "story_terms", rows
        t = c["story_entities"]
        yield (
            "story_entities",
            [(ent(r[t["entity_id"]]), sto(r[t["story_id"]])) for r in snap.rows["story_entities"]],
        )
        t = c["article_bands"]
        yield "article_bands", [(r[t["band"]], art(r[t["article_id"]])) for r in snap.rows["article_bands"]]

    def _uuid_kinds(self) -> dict[int, str]:
        if not hasattr(self, "_kinds"):
            kinds: dict[int, str] = {}
            c = self.col
            for r in self.snap.rows["entities"]:
                kinds[r[c["entities"]["id"]]] = "e"
            for r in self.snap.rows["articles"]:
                kinds[r[c["articles"]["id"]]] = "a"
            for r in self.snap.rows["events"]:
                kinds[r[c["events"]["id"]]] = "v"
            for r in self.snap.rows["claims"]:
                kinds[r[c["claims"]["id"]]] = "c"
            for r in self.snap.rows["conflicts"]:
                kinds[r[c["conflicts"]["id"]]] = "f"
            self._kinds = kinds
        return self._kinds


async def secondary_indexes(conn: asyncpg.Connection) -> list[tuple[str, str]]:
    """(name, definition) of every index on the loaded tables that backs no constraint."""
    rows = await conn.fetch(
        """
        SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        """,
        list(TABLES),
    )
    return [(r["name"], r["def"]) for r in rows]


async def unreferenced_keys(conn: asyncpg.Connection) -> list[tuple[str, str, str]]:
    """(table, name, definition) of the primary-key and unique constraints of the loaded tables
    that no foreign key depends on: dropped before a big load and added back after it (one
    sorted index build instead of millions of random insertions)."""
    rows = await conn.fetch(
        """
        SELECT t.relname AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
        FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
        WHERE t.relname = ANY($1::text[]) AND c.contype IN ('p', 'u')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)
        """,
        list(TABLES),
    )
    return [(r["table"], r["name"], r["def"]) for r in rows]


@dataclass
class LoadStats:
    copies: int = 0
    rows: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    seconds_rows: float = 0.0
    seconds_copy: float = 0.0
    seconds_index: float = 0.0
    seconds_vacuum: float = 0.0
    copy_seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))


async def load_copies(
    conn: asyncpg.Connection,
    rep: Replicator,
    copies: range,
    *,
    rebuild_indexes: bool,
    chunk: int = 8,
    progress: Callable[[str], None] = print,
) -> LoadStats:
    """COPY the given copies of the base into the database; indexes and statistics rebuilt after."""
    import time

    stats = LoadStats(copies=len(copies))
    snap = rep.snap
    offsets_plan = await plan(conn, snap)
    dropped: list[tuple[str, str]] = []
    dropped_constraints: list[tuple[str, str, str]] = []
    await conn.execute("SET session_replication_role = replica")
    for table in TABLES:  # autovacuum would chase the load; VACUUM ANALYZE runs once after it
        await conn.execute(f"ALTER TABLE {table} SET (autovacuum_enabled = false)")
    if rebuild_indexes:
        dropped = await secondary_indexes(conn)
        for name, _ in dropped:
            await conn.execute(f"DROP INDEX {name}")
        dropped_constraints = await unreferenced_keys(conn)
        for table, name, _ in dropped_constraints:
            await conn.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    cols = {t: [c.name for c in snap.columns[t]] for t in TABLES}
    try:
        pending: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        spans = {k: hi - lo + 1 for k, (lo, hi) in snap.id_span.items()}
        for n, copy in enumerate(copies):
            t0 = time.perf_counter()
            offsets = {k: offsets_plan.next_id[k] + n * spans[k] for k in spans}
            for table, rows in rep.copy_rows(copy, offsets):
                pending[table].extend(rows)
            rep.renamer.forget(copy)
            stats.seconds_rows += time.perf_counter() - t0
            if (n + 1) % chunk == 0 or n == len(copies) - 1:
                t0 = time.perf_counter()
                for table in TABLES:
                    rows = pending.pop(table, [])
                    if rows:
                        t1 = time.perf_counter()
                        await conn.copy_records_to_table(table, records=rows, columns=cols[table])
                        stats.rows[table] += len(rows)
                        stats.copy_seconds[table] += time.perf_counter() - t1
                stats.seconds_copy += time.perf_counter() - t0
                progress(f"      copies {n + 1}/{len(copies)} loaded")
    finally:
        await conn.execute("SET session_replication_role = origin")
        t0 = time.perf_counter()
        for table, name, definition in dropped_constraints:
            await conn.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
        for _, definition in dropped:
            await conn.execute(definition)
        for table in TABLES:
            await conn.execute(f"ALTER TABLE {table} RESET (autovacuum_enabled)")
        stats.seconds_index = time.perf_counter() - t0
    # Identity sequences past the copied values.
    for table, col in snap.id_span:
        await conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{col}'), (SELECT max({col}) FROM {table}))"
        )
    # Term statistics as if every copy had been ingested: each word's document frequency grows
    # with the corpus (a minted entity's id is a new term in each copy: its base count stands),
    # and the story activity sequence moves past the copied values.
    documents = int(await conn.fetchval("SELECT documents FROM term_corpus"))
    total = int(await conn.fetchval("SELECT count(*) FROM articles"))
    if documents:
        await conn.execute(
            "UPDATE term_df SET df = round(df * $1::float8) WHERE term NOT LIKE '@%'", total / documents
        )
    await conn.execute("UPDATE term_corpus SET documents = $1", total)
    await conn.execute("SELECT setval('story_activity_seq', (SELECT max(activity) FROM stories))")
    # Shared entities: counters as the real ingest would have kept them.
    shared = [uuid.UUID(int=x) for x in snap.shared]
    await conn.execute(
        """
        UPDATE entities e SET article_count = s.n, mention_count = s.m, first_seen = s.f, last_seen = s.l
        FROM (
            SELECT ae.entity_id, count(*) AS n, sum(ae.mentions) AS m, min(a.published_at) AS f,
                   max(a.published_at) AS l
            FROM article_entities ae JOIN articles a ON a.id = ae.article_id
            WHERE ae.entity_id = ANY($1::uuid[])
            GROUP BY ae.entity_id
        ) s
        WHERE e.id = s.entity_id
        """,
        shared,
    )
    # The copies' aliases into the word index (revision 0008): its trigger was off for the load.
    await conn.execute(
        """
        SELECT alias_words_add(ARRAY(
            SELECT a.id FROM entity_aliases a WHERE NOT EXISTS (SELECT 1 FROM alias_words w WHERE w.alias_id = a.id)
        ))
        """
    )
    t0 = time.perf_counter()
    for table in (*TABLES, *WORD_TABLES):
        await conn.execute(f"VACUUM ANALYZE {table}")
    # Write the loaded pages out now: otherwise the checkpointer does it during the measurements
    # that follow (after a 100k load, /healthz itself fell to a sixth of its rate).
    await conn.execute("CHECKPOINT")
    stats.seconds_vacuum = time.perf_counter() - t0
    return stats
