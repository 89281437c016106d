"""Entities: search and list, detail with related entities, an entity's timeline."""

from __future__ import annotations

from typing import Annotated, Any

import asyncpg
from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.params import FromPath, QueryParameter

from service.api.deps import path_id
from service.api.errors import ApiProblem
from service.api.params import Cursor, Limit
from service.api.schemas import Entity, EntityDetail, EntityPage, RelatedEntity, TimelinePage
from service.api.timeline import timeline_page
from service.pipeline import name_search
from service.store import cursor as cursors
from service.store import entities as store

EntityType = Annotated[
    str | None,
    QueryParameter(
        max_length=40, description="PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, ...", pattern=r"^[A-Za-z_]+$"
    ),
]
# Search results are ranked, not keyed: they page by offset, up to this many in all.
MAX_SEARCH_RESULTS = 1000


def entity_of(row: Any) -> Entity:
    return Entity(
        id=row["id"],
        name=row["name"],
        type=row["type"],
        aliases=list(row["aliases"]),
        article_count=row["article_count"],
        mention_count=row["mention_count"],
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
    )


class EntityController(Controller):
    path = "/v1/entities"
    tags = ["entities"]

    @get("/", operation_id="listEntities", summary="Search or list entities")
    async def list_entities(
        self,
        db: NamedDependency[asyncpg.Connection],
        q: Annotated[
            str | None,
            QueryParameter(
                max_length=200,
                description="Name or alias: case-, accent-, transliteration- and typo-tolerant; best match first.",
            ),
        ] = None,
        type: EntityType = None,
        limit: Limit = 50,
        cursor: Cursor = None,
    ) -> EntityPage:
        type_ = type.upper() if type else None
        query = q.strip() if q else ""
        if not query:
            rows, next_cursor = await store.list_page(db, limit=limit, cursor=cursor, type_=type_)
            return EntityPage(items=[entity_of(r) for r in rows], next_cursor=next_cursor)
        offset = cursors.decode_int(cursor, at_most=MAX_SEARCH_RESULTS) if cursor else 0
        wanted = name_search.Query.of(query)
        if not wanted.key:
            return EntityPage(items=[], next_cursor=None)
        rows = await store.search(
            db, wanted, type_=type_, limit=min(offset + limit + 1, MAX_SEARCH_RESULTS + 1)
        )
        window = rows[offset : offset + limit]
        more = len(rows) > offset + limit and offset + limit < MAX_SEARCH_RESULTS
        return EntityPage(
            items=[entity_of(r) for r in window], next_cursor=cursors.encode(offset + limit) if more else None
        )

    @get("/{entity_id:str}", operation_id="getEntity", summary="One entity with related entities")
    async def get_entity(
        self, db: NamedDependency[asyncpg.Connection], entity_id: FromPath[str]
    ) -> EntityDetail:
        ident = path_id(entity_id, "entity")
        row = await store.get(db, ident)
        if row is None:
            raise ApiProblem(404, f"No entity with id {entity_id!r}.", slug="not-found")
        related = await store.related(db, ident)
        base = entity_of(row)
        return EntityDetail(
            **{f: getattr(base, f) for f in base.__struct_fields__},
            related=[
                RelatedEntity(id=r["id"], name=r["name"], type=r["type"], co_occurrences=r["co_occurrences"])
                for r in related
            ],
        )

    @get(
        "/{entity_id:str}/timeline",
        operation_id="getEntityTimeline",
        summary="Timeline events involving the entity",
    )
    async def entity_timeline(
        self,
        db: NamedDependency[asyncpg.Connection],
        entity_id: FromPath[str],
        limit: Limit = 50,
        cursor: Cursor = None,
    ) -> TimelinePage:
        ident = path_id(entity_id, "entity")
        if await store.get(db, ident) is None:
            raise ApiProblem(404, f"No entity with id {entity_id!r}.", slug="not-found")
        return await timeline_page(
            db, limit=limit, cursor=cursor, entity_id=ident, date_from=None, date_to=None
        )
