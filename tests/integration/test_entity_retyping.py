"""A later article's evidence retypes a stored entity without splitting it (resolver.merged_type,
persisted by the ingest step)."""

from __future__ import annotations

import uuid

import asyncpg

from service.db import connect
from service.ingest import apply
from service.pipeline.types import EntityGroup, Mention
from service.store import articles as article_store


async def stored_article(conn: asyncpg.Connection, text: str) -> str:
    article_id = await article_store.insert(
        conn,
        {
            "external_id": None,
            "url": None,
            "content_hash": uuid.uuid4().hex,
            "source": None,
            "title": None,
            "published_at": None,
            "published_at_inferred": False,
            "language": "en",
            "raw_text": text,
            "text": text,
            "clean_offset": 0,
            "word_count": len(text.split()),
            "warnings": "[]",
            "time_expressions": "[]",
        },
    )
    assert article_id is not None
    return article_id


def group(name: str, type_: str) -> EntityGroup:
    return EntityGroup(
        name=name,
        type=type_,
        aliases=[name],
        mentions=[Mention(start=0, end=len(name), text=name, sentence=0)],
    )


async def test_the_same_full_name_typed_anew_is_one_entity_with_the_evidenced_type(database_url: str) -> None:
    async with connect(database_url) as conn:
        first = await stored_article(conn, "Ann Kelvaro spoke.")
        ids = await apply.resolve_entities(conn, first, None, [group("Ann Kelvaro", "ORG")])
        stored = await conn.fetchrow("SELECT type FROM entities WHERE id = $1::uuid", ids[0])
        assert stored["type"] == "ORG"
        second = await stored_article(conn, "Ann Kelvaro said so.")
        again = await apply.resolve_entities(conn, second, None, [group("Ann Kelvaro", "PERSON")])
        assert again == ids  # one entity
        row = await conn.fetchrow("SELECT type, article_count FROM entities WHERE id = $1::uuid", ids[0])
        assert row["type"] == "PERSON"  # a given name, then a family name: a person's full name
        assert row["article_count"] == 2
        # Its stored aliases are keyed as a person's now: a surname finds it.
        families = await conn.fetch(
            "SELECT family_key FROM entity_aliases WHERE entity_id = $1::uuid", ids[0]
        )
        assert {r["family_key"] for r in families} == {"kelvaro"}
