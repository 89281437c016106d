"""Look-ups kept flat as the corpus grows (revision 0013): a statement's event candidates by its
speaker's day, and a story's stale proposition reports by their scope column. Each must decide
exactly what the wider look-up it replaces decided."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

import asyncpg
import pytest

from service.db import connect
from service.domain import ConflictDraft, DateInfo, EventMention, StoredEvent
from service.ingest import apply
from service.migrate import downgrade, upgrade
from service.reconcile import events as event_rules
from service.reconcile import propositions, resolver
from service.store import conflicts as conflict_store
from service.store import entities as entity_store
from service.store import figures as figure_store
from service.store import timeline as timeline_store

pytestmark = pytest.mark.integration

STATEMENT = event_rules.STATEMENT_CLASS


def day(d: date) -> DateInfo:
    return DateInfo(value=d.isoformat(), granularity="day", start=d, end=d)


def week(d: date) -> DateInfo:
    return DateInfo(value=d.isoformat()[:4] + "-W01", granularity="week", start=d, end=d + timedelta(days=6))


async def test_statement_candidates_decide_as_every_nearby_event_did(database_url: str) -> None:
    """For many statements, the event they merge into (or none) is the same whether the
    candidates are every nearby event of their participants or only their speaker's of their day."""
    rng = random.Random(13)
    origin = date(2024, 1, 1)
    async with connect(database_url) as conn:
        people = [await entity_store.create(conn, f"Person {i}", "PERSON") for i in range(5)]
        stored: list[tuple[date, str]] = []
        for _ in range(160):
            when = origin + timedelta(days=rng.randrange(400))

            speaker = rng.choice([*people[:3], None])
            kind = rng.choice([STATEMENT, STATEMENT, STATEMENT, "meeting"])
            dated = rng.choice([day(when), day(when), week(when), None])
            event = await timeline_store.create(
                conn, "said", kind, dated, "s", speaker if kind == STATEMENT else None
            )
            members = set(rng.sample(people, rng.randint(1, 3)))
            if speaker is not None and kind == STATEMENT:
                members.add(speaker)
                stored.append((when, speaker))
            await timeline_store.add_participants(conn, event, sorted(members))
        compared = merged = 0
        for n in range(300):
            # half by a stored statement's speaker on its day, so that some do merge
            if n % 2:
                when, speaker = rng.choice(stored)
            else:
                when, speaker = origin + timedelta(days=rng.randrange(400)), rng.choice([*people[:3], None])
            participants = set(rng.sample(people, rng.randint(1, 2)))
            if speaker is not None:
                participants.add(speaker)
            anchored = rng.random() < 0.2
            mention = EventMention(
                article_id=str(uuid.uuid4()),
                published=when,
                predicate=rng.choice(["said", "denied"]),
                predicate_class=STATEMENT,
                participants=sorted(participants),
                date=None if anchored else rng.choice([day(when), day(when), week(when), None]),
                alternative=day(when + timedelta(days=rng.choice([-7, 1]))) if rng.random() < 0.3 else None,
                anchored=anchored,
                anchor_date=day(when) if anchored else None,
            )
            start, end = apply._window(mention)
            assert start is not None and end is not None
            wide = await timeline_store.candidates(
                conn,
                predicate_class=STATEMENT,
                participants=mention.participants,
                start=start,
                end=end,
                window_days=apply.ANCHORED_WINDOW_DAYS if anchored else 45,
            )
            assert len(wide) < 50, "the wide look-up must not be cut short for the comparison"
            narrow = await apply._event_candidates(conn, mention, speaker)
            assert {e.id for e, _ in narrow} <= {e.id for e, _ in wide}

            assert decide(mention, speaker, narrow) == decide(mention, speaker, wide), n
            compared += 1
            merged += decide(mention, speaker, narrow)[0] is not None
        assert compared == 300 and merged >= 10  # the statements do merge, not only stay apart


async def test_dated_event_candidates_decide_as_every_nearby_event_did(database_url: str) -> None:
    """For many dated mentions of a class other than statements, the event they merge into (or
    none, or whether by the second date) is the same whether the candidates are every nearby
    event of their participants or only those whose period shares a day with a date of theirs."""
    rng = random.Random(15)
    origin = date(2024, 1, 1)

    def period(when: date) -> DateInfo:
        return rng.choice([day(when), day(when), week(when), month(when), long(when)])

    async with connect(database_url) as conn:
        people = [await entity_store.create(conn, f"Person {i}", "PERSON") for i in range(5)]
        stored: list[date] = []
        for _ in range(160):
            when = origin + timedelta(days=rng.randrange(1200))
            kind = rng.choice(["meeting", "meeting", "meeting", "attack"])
            event = await timeline_store.create(conn, "met", kind, period(when), "s", None)
            await timeline_store.add_participants(conn, event, sorted(rng.sample(people, rng.randint(1, 3))))
            stored.append(when)
        compared = merged = 0
        for n in range(300):
            # half on a stored event's day, so that some do merge
            when = rng.choice(stored) if n % 2 else origin + timedelta(days=rng.randrange(1200))
            mention = EventMention(
                article_id=str(uuid.uuid4()),
                published=when + timedelta(days=rng.randrange(3)),
                predicate=rng.choice(["met", "talks"]),
                predicate_class="meeting",
                participants=sorted(rng.sample(people, rng.randint(1, 2))),
                date=period(when),
                alternative=day(when + timedelta(days=rng.choice([-7, 1]))) if rng.random() < 0.3 else None,
            )
            if n % 4 == 3:  # its own date fits nothing, its second reading a stored event's
                mention.date, mention.alternative = day(when + timedelta(days=rng.choice([-7, 1]))), day(when)
            start, end = apply._window(mention)
            assert start is not None and end is not None
            wide = await timeline_store.candidates(
                conn,
                predicate_class="meeting",
                participants=mention.participants,
                start=start,
                end=end,
                window_days=45,
            )
            assert len(wide) < 50, "the wide look-up must not be cut short for the comparison"
            narrow = await apply._event_candidates(conn, mention, None)
            assert {e.id for e, _ in narrow} <= {e.id for e, _ in wide}
            assert decide(mention, None, narrow) == decide(mention, None, wide), n
            compared += 1
            merged += decide(mention, None, narrow)[0] is not None
        assert compared == 300 and merged >= 10


async def test_event_candidates_are_the_first_50_by_creation(database_url: str) -> None:
    """A participant in more events near a period than the look-up returns: the 50 created
    first, whatever their periods, as before the choice moved ahead of reading the events."""
    rng = random.Random(17)
    origin = date(2024, 3, 1)
    async with connect(database_url) as conn:
        person = await entity_store.create(conn, "Person 1", "PERSON")
        other = await entity_store.create(conn, "Person 2", "PERSON")
        created = []
        for _ in range(90):
            when = origin + timedelta(days=rng.randrange(-20, 20))
            kind = rng.choice(["meeting", "meeting", "meeting", "attack"])
            event = await timeline_store.create(
                conn, "met", kind, rng.choice([day(when), week(when)]), "s", None
            )
            await timeline_store.add_participants(
                conn, event, rng.choice([[person], [person, other], [other]])
            )
            created.append(event)
        found = await timeline_store.candidates(
            conn, predicate_class="meeting", participants=[person, other], start=origin, end=origin
        )
        expected = await conn.fetch(
            """
            SELECT ev.id::text AS id FROM events ev
            WHERE ev.predicate_class = 'meeting' AND ev.end_date >= $2::date - 45 AND ev.start_date <= $2::date + 45
              AND EXISTS (SELECT 1 FROM event_entities x WHERE x.event_id = ev.id AND x.entity_id = ANY($1::uuid[]))
            ORDER BY ev.seq LIMIT 50
            """,
            [uuid.UUID(person), uuid.UUID(other)],
            origin,
        )
        assert len(expected) == 50
        assert [e.id for e, _ in found] == [r["id"] for r in expected]


async def test_statement_candidates_on_busy_days_are_each_days_first_50_sharing_a_participant(
    database_url: str,
) -> None:
    """A speaker with more statements on a day than the look-up keeps, some about no one the
    mention names and some of another class: per day the 50 created first among those of the
    class that share a participant, then the first 50 of them all, as a plain filter over every
    event would choose (revision 0016 walks the index instead of reading the whole day)."""
    rng = random.Random(19)
    first, second = date(2024, 5, 6), date(2024, 5, 7)
    async with connect(database_url) as conn:
        people = [await entity_store.create(conn, f"Person {i}", "PERSON") for i in range(4)]
        speaker, other_speaker = people[0], people[1]
        for _ in range(400):
            when = rng.choice([first, first, second, second + timedelta(days=1)])
            kind = rng.choice([STATEMENT, STATEMENT, STATEMENT, "meeting"])
            who = rng.choice([speaker, speaker, speaker, other_speaker])
            event = await timeline_store.create(conn, "said", kind, day(when), "s", who)
            # some without the speaker among their participants, so the filter has work to do
            members = rng.sample(people[1:], rng.randint(1, 2))
            if rng.random() < 0.7:
                members.append(who)
            await timeline_store.add_participants(conn, event, members)
        for participants, days in (
            ([speaker], [first]),
            ([speaker, people[2]], [first, second]),
            ([people[3]], [second, first]),
            ([people[2], people[3]], [second]),
            ([speaker], [second + timedelta(days=2)]),
        ):
            found = await timeline_store.statement_candidates(
                conn, predicate_class=STATEMENT, speaker_id=speaker, participants=participants, days=days
            )
            expected = await conn.fetch(
                """
                SELECT id FROM (
                    SELECT ev.id::text AS id, ev.seq,
                           row_number() OVER (PARTITION BY ev.start_date ORDER BY ev.seq) AS nth
                    FROM events ev
                    WHERE ev.speaker_id = $1 AND ev.predicate_class = $2 AND ev.start_date = ANY($4::date[])
                      AND EXISTS (SELECT 1 FROM event_entities x
                                  WHERE x.event_id = ev.id AND x.entity_id = ANY($3::uuid[]))
                ) AS each_day
                WHERE nth <= 50
                ORDER BY seq
                LIMIT 50
                """,
                uuid.UUID(speaker),
                STATEMENT,
                [uuid.UUID(p) for p in participants],
                days,
            )
            assert [e.id for e, _ in found] == [r["id"] for r in expected], (participants, days)
            assert all(s == speaker and e.predicate_class == STATEMENT for e, s in found)
        # the busy day does hold more than the look-up keeps, so the cut was exercised
        busy = await conn.fetchval(
            """SELECT count(*) FROM events ev WHERE ev.speaker_id = $1 AND ev.start_date = $2
                 AND ev.predicate_class = $3
                 AND EXISTS (SELECT 1 FROM event_entities x WHERE x.event_id = ev.id AND x.entity_id = $1)""",
            uuid.UUID(speaker),
            first,
            STATEMENT,
        )
        assert busy > 50


def month(d: date) -> DateInfo:
    first = d.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return DateInfo(value=d.isoformat()[:7], granularity="month", start=first, end=last)


def long(d: date) -> DateInfo:
    """A period longer than the short events' index covers (a year's quarter)."""
    return DateInfo(value=f"{d.year}-Q1", granularity="quarter", start=d, end=d + timedelta(days=80))


def decide(
    mention: EventMention, speaker: str | None, found: list[tuple[StoredEvent, str | None]]
) -> tuple[str | None, bool]:
    """The event the mention merges into (or None), and whether by its second date."""
    chosen, _, disputed = event_rules.match_event(
        mention, [e for e, _ in found], speaker=speaker, speakers={e.id: s for e, s in found if s}
    )
    return chosen, disputed


def draft(key: str, article_ids: list[str]) -> ConflictDraft:
    return ConflictDraft(
        key=key,
        kind="existence",
        event_id=None,
        summary="s",
        sides=[],
        entity_ids=[],
        article_ids=article_ids,
    )


async def test_a_storys_stale_proposition_reports_go_and_no_others(database_url: str) -> None:
    prefix = propositions.KEY_PREFIX
    story, merged_story, other_story = (str(uuid.uuid4()) for _ in range(3))
    mine, theirs = str(uuid.uuid4()), str(uuid.uuid4())
    async with connect(database_url) as conn:
        reports = {
            "kept": (f"{prefix}{story}:1", story, [mine]),
            "stale": (f"{prefix}{story}:2", story, [mine]),
            "stale, citing none of the scope's articles": (f"{prefix}{story}:3", story, [theirs]),
            "from a merged story": (f"{prefix}{merged_story}:1", merged_story, [mine, theirs]),
            "another story's": (f"{prefix}{other_story}:1", other_story, [theirs]),
        }
        for key, scope, articles in reports.values():
            await conflict_store.upsert(conn, draft(key, articles), scope_id=scope)
        # an event's report citing the story's article is never a proposition report
        await conflict_store.upsert(conn, draft(f"existence:{uuid.uuid4()}", [mine]))
        await conflict_store.remove_stale_in_scope(conn, prefix, story, [mine], [reports["kept"][0]])
        left = {r["key"] for r in await conn.fetch("SELECT key FROM conflicts")}
        assert {name for name, (key, _, _) in reports.items() if key in left} == {"kept", "another story's"}
        assert len(left) == 3
        scopes = {
            r["key"]: r["scope_id"] for r in await conn.fetch("SELECT key, scope_id::text FROM conflicts")
        }
        assert scopes[reports["kept"][0]] == story
        assert [s for k, s in scopes.items() if not k.startswith(prefix)] == [None]


async def test_lead_places_are_the_places_named_in_leads_most_named_first(database_url: str) -> None:
    """The places a quantity report names, read from its articles' own mentions, are what a
    count over every mention of each place named in a lead gives (random mentions, popular
    places named in many other articles too)."""
    rng = random.Random(14)
    async with connect(database_url) as conn:
        types = ["GPE", "LOC", "FAC", "ORG", "PERSON"]
        entities = [await entity_store.create(conn, f"Name {i}", rng.choice(types)) for i in range(30)]
        articles = [str(uuid.uuid4()) for _ in range(40)]
        # mentions only: the articles' rows are not what the look-up reads
        await conn.execute("SET session_replication_role = replica")
        rows = [
            (
                uuid.UUID(rng.choice(articles)),
                uuid.UUID(rng.choice(entities[: rng.choice([5, 30])])),
                rng.randrange(12),
            )
            for _ in range(1500)
        ]
        await conn.executemany(
            """INSERT INTO mentions (article_id, entity_id, start_offset, end_offset, sentence, surface)
               VALUES ($1, $2, 0, 1, $3, 'x')""",
            rows,
        )
        await conn.execute("SET session_replication_role = origin")
        found = 0
        for _ in range(40):
            chosen = rng.sample(articles, rng.randint(1, 6))
            expected = await conn.fetch(
                """
                SELECT m.entity_id::text AS id, count(*) AS n
                FROM mentions m JOIN entities e ON e.id = m.entity_id
                WHERE m.article_id = ANY($1::uuid[]) AND e.type IN ('GPE', 'LOC', 'FAC')
                  AND m.entity_id IN (SELECT l.entity_id FROM mentions l
                                      WHERE l.article_id = ANY($1::uuid[]) AND l.sentence < $3)
                GROUP BY m.entity_id ORDER BY n DESC, m.entity_id LIMIT $2
                """,
                [uuid.UUID(a) for a in chosen],
                figure_store.REPORT_PLACES,
                figure_store.LEAD_SENTENCES,
            )
            assert await figure_store.lead_places(conn, chosen) == [r["id"] for r in expected]
            found += bool(expected)
        assert found > 20


async def conflict_columns(conn: asyncpg.Connection) -> set[str]:
    rows = await conn.fetch(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'conflicts'"
    )
    return {r["column_name"] for r in rows}


async def indexes(conn: asyncpg.Connection) -> set[str]:
    rows = await conn.fetch(
        "SELECT indexname FROM pg_indexes"
        " WHERE tablename IN ('conflicts', 'events', 'event_entities', 'entity_aliases')"
    )
    return {r["indexname"] for r in rows}


async def class_mismatches(conn: asyncpg.Connection) -> int:
    return await conn.fetchval(
        """SELECT count(*) FROM event_entities x JOIN events ev ON ev.id = x.event_id
           WHERE x.predicate_class IS DISTINCT FROM ev.predicate_class"""
    )


async def scopes(conn: asyncpg.Connection) -> dict[str, str | None]:
    return {r["key"]: r["scope_id"] for r in await conn.fetch("SELECT key, scope_id::text FROM conflicts")}


NEW_INDEXES = {"conflicts_scope_idx", "events_speaker_day_idx", "event_entities_class_idx"}


async def test_revision_0013_fills_its_columns_from_stored_rows_and_comes_and_goes(
    empty_database_url: str,
) -> None:
    upgrade(empty_database_url, "0012")
    story, lone_article = str(uuid.uuid4()), str(uuid.uuid4())
    keys = {
        f"{propositions.KEY_PREFIX}{story}:1": story,
        f"{propositions.KEY_PREFIX}{story}:2": story,
        f"{propositions.KEY_PREFIX}{lone_article}:{uuid.uuid4()}": lone_article,
        f"existence:{uuid.uuid4()}": None,
        f"date:{uuid.uuid4()}:a:b": None,
        f"{propositions.KEY_PREFIX}not-an-id:1": None,
    }
    conn = await asyncpg.connect(empty_database_url)
    try:
        for key in keys:
            await conn.execute(
                "INSERT INTO conflicts (key, kind, summary, sides, article_ids) VALUES ($1, 'existence', 's', '[]', '{}')",
                key,
            )
        person = await conn.fetchval(
            "INSERT INTO entities (name, type) VALUES ('A B', 'PERSON') RETURNING id"
        )
        for kind in ("meeting", "statement"):
            event = await conn.fetchval(
                """INSERT INTO events (predicate, predicate_class, start_date, end_date, summary)
                   VALUES ('meet', $1, '2024-01-01', '2024-01-01', 's') RETURNING id""",
                kind,
            )
            await conn.execute(
                "INSERT INTO event_entities (event_id, entity_id) VALUES ($1, $2)", event, person
            )
        upgrade(empty_database_url, "0013")
        assert await scopes(conn) == keys
        assert await indexes(conn) >= NEW_INDEXES
        # participant rows stored before carry their event's class, and so do those added after
        later = await conn.fetchval(
            "INSERT INTO events (predicate, predicate_class, summary) VALUES ('call', 'call', 's') RETURNING id"
        )
        await conn.execute("INSERT INTO event_entities (event_id, entity_id) VALUES ($1, $2)", later, person)
        assert await class_mismatches(conn) == 0
        assert (
            await conn.fetchval("SELECT count(*) FROM event_entities WHERE predicate_class IS NOT NULL") == 3
        )
        downgrade(empty_database_url, "0012")
        assert "scope_id" not in await conflict_columns(conn)
        assert not NEW_INDEXES & await indexes(conn)
        assert await conn.fetchval("SELECT count(*) FROM conflicts") == len(keys)
        # revision 0006's trigger function is back: a participant row is added as before
        await conn.execute("DELETE FROM event_entities WHERE event_id = $1", later)
        await conn.execute("INSERT INTO event_entities (event_id, entity_id) VALUES ($1, $2)", later, person)
        upgrade(empty_database_url)
        assert await scopes(conn) == keys
        assert await class_mismatches(conn) == 0
    finally:
        await conn.close()


async def test_an_exact_name_is_never_cut_by_its_many_namesakes(database_url: str) -> None:
    """A family name shared by more entities than the look-up keeps (CANDIDATE_LIMIT): the rarely
    named person spelled exactly as the incoming name is still a candidate, so a large corpus does
    not give them a second entity."""
    async with connect(database_url) as conn:
        rows = []
        for i in range(entity_store.CANDIDATE_LIMIT + 10):
            given = "".join(chr(ord("a") + int(d)) for d in f"{i:03d}").capitalize()
            namesake = await entity_store.create(conn, f"{given} Quorvath", "PERSON")
            rows += apply._alias_rows(namesake, "PERSON", [f"{given} Quorvath"])
            await conn.execute("UPDATE entities SET article_count = 5 WHERE id = $1", uuid.UUID(namesake))
        rare = await entity_store.create(conn, "Mirela Quorvath", "PERSON")
        rows += apply._alias_rows(rare, "PERSON", ["Mirela Quorvath"])
        await conn.execute("UPDATE entities SET article_count = 1 WHERE id = $1", uuid.UUID(rare))
        await entity_store.add_aliases(conn, rows)
        keys = resolver.entity_keys("Mirela Quorvath", "PERSON", ["Mirela Quorvath"])
        found = (await apply.key_candidates(conn, {0: keys}))[0]
        assert len(found) == entity_store.CANDIDATE_LIMIT
        assert found[0].id == rare
        # Namesakes still come in article order after the spelled-the-same hits.
        assert [c.article_count for c in found[1:]] == [5] * (entity_store.CANDIDATE_LIMIT - 1)


async def test_revision_0016_replaces_the_lookup_indexes_and_comes_and_goes(
    empty_database_url: str,
) -> None:
    before = {"events_speaker_day_idx", "event_entities_long_idx", "event_entities_class_idx"}
    after = {
        "events_speaker_day_class_idx",
        "event_entities_class_long_idx",
        "event_entities_class_start_idx",
    }
    upgrade(empty_database_url, "0015")
    conn = await asyncpg.connect(empty_database_url)
    try:
        assert before <= await indexes(conn)
        upgrade(empty_database_url)
        now = await indexes(conn)
        assert after <= now and not before & now
        downgrade(empty_database_url, "0015")
        now = await indexes(conn)
        assert before <= now and not after & now
        upgrade(empty_database_url)
    finally:
        await conn.close()


async def entity_aliases(conn: asyncpg.Connection) -> dict[str, list[str]]:
    rows = await conn.fetch("SELECT id::text AS id, aliases FROM entities")
    return {r["id"]: list(r["aliases"]) for r in rows}


async def table_aliases(conn: asyncpg.Connection) -> dict[str, list[str]]:
    """Each entity's spellings as `entity_aliases` holds them, in id order (none: empty)."""
    rows = await conn.fetch(
        """
        SELECT e.id::text AS id,
               ARRAY(SELECT a.alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY a.id) AS aliases
        FROM entities e
        """
    )
    return {r["id"]: list(r["aliases"]) for r in rows}


async def test_revision_0020_gives_entities_their_stored_spellings_and_comes_and_goes(
    empty_database_url: str,
) -> None:
    upgrade(empty_database_url, "0019")
    conn = await asyncpg.connect(empty_database_url)
    try:
        first, second, bare = [
            await conn.fetchval(
                "INSERT INTO entities (name, type) VALUES ($1, 'PERSON') RETURNING id::text", n
            )
            for n in ("Ana Tovel", "Ivo Marsk", "Lone Name")
        ]
        # spellings of two entities stored interleaved, as articles add them
        for entity_id, alias in (
            (first, "Ana Tovel"),
            (second, "Ivo Marsk"),
            (first, "A. Tovel"),
            (first, "Tovel"),
        ):
            await conn.execute(
                "INSERT INTO entity_aliases (entity_id, alias, key, translit_key) VALUES ($1, $2, $3, $3)",
                uuid.UUID(entity_id),
                alias,
                alias.lower(),
            )
        upgrade(empty_database_url)
        assert await entity_aliases(conn) == {
            first: ["Ana Tovel", "A. Tovel", "Tovel"],
            second: ["Ivo Marsk"],
            bare: [],
        }
        downgrade(empty_database_url, "0019")
        columns = await conn.fetch(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'entities'"
        )
        assert "aliases" not in {r["column_name"] for r in columns}
        upgrade(empty_database_url)
        assert await entity_aliases(conn) == await table_aliases(conn)
    finally:
        await conn.close()


async def test_new_spellings_are_appended_to_their_entity_once_in_the_order_given(database_url: str) -> None:
    async with connect(database_url) as conn:
        one = await entity_store.create(conn, "Dara Velun", "PERSON")
        two = await entity_store.create(conn, "Velun Group", "ORG")
        await entity_store.add_aliases(conn, apply._alias_rows(one, "PERSON", ["Dara Velun", "D. Velun"]))
        # a repeated spelling is stored once and listed once; new ones follow, in the order given
        await entity_store.add_aliases(
            conn,
            apply._alias_rows(two, "ORG", ["Velun Group"])
            + apply._alias_rows(one, "PERSON", ["Velun", "Dara Velun", "Dara V. Velun"]),
        )
        await entity_store.add_aliases(conn, [])
        assert await entity_aliases(conn) == {
            one: ["Dara Velun", "D. Velun", "Velun", "Dara V. Velun"],
            two: ["Velun Group"],
        }
        assert await entity_aliases(conn) == await table_aliases(conn)
        found = (await apply.key_candidates(conn, {0: resolver.entity_keys("Velun", "PERSON", [])}))[0]
        assert [(c.id, c.aliases) for c in found] == [
            (one, ["Dara Velun", "D. Velun", "Velun", "Dara V. Velun"])
        ]
