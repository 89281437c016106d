"""Storing an article's reported figures and re-deciding its story's quantity reports."""

from __future__ import annotations

import asyncio

import asyncpg

from service.domain import ConflictDraft, Source
from service.ingest.apply import outlet_name
from service.pipeline.figure_words import CATEGORY_WORDS
from service.pipeline.types import ReportedFigure
from service.reconcile import quantities
from service.store import conflicts as conflict_store
from service.store import figures as figure_store


async def store_figures(conn: asyncpg.Connection, article_id: str, figures: list[ReportedFigure]) -> None:
    await figure_store.insert(conn, article_id, figures)


async def refresh_quantities(conn: asyncpg.Connection, article_id: str) -> None:
    """Re-detect the quantity reports over the figures of the article's story: a figure meets
    every other figure of its story, whoever gives it and whether or not it has a dated event."""
    scope, article_ids = await conflict_store.story_scope(conn, article_id)
    figures = []
    for row in await figure_store.of_articles(conn, article_ids):
        if row["source_name"] is None:
            # The article's own voice: its outlet speaks.
            source = Source(name=outlet_name(row["source"], row["url"], row["title"], row["lead"]))
        else:
            source = Source(
                name=row["source_entity_name"] or row["source_name"], entity_id=row["source_entity_id"]
            )
        figures.append(
            quantities.StoryFigure(
                figure_id=row["id"],
                article_id=row["article_id"],
                counted=row["counted"],
                low=row["low"],
                high=row["high"],
                text=row["text"],
                quote=row["quote"],
                sentence=row["sentence"],
                source=source,
                places=list(row["places"]),
                published=row["published_at"],
                as_of=row["as_of"],
                seq=row["article_seq"],
                start=row["start_offset"] + max(row["sentence"].find(row["quote"]), 0),
            )
        )
    drafts: list[ConflictDraft] = []
    if figures:
        # An event's own quantity report ("kill:people") stands for its counted thing.
        subjects = await figure_store.event_quantity_subjects(conn, article_ids)
        covered = {CATEGORY_WORDS.get(s.partition(":")[0], s) for s in subjects}
        # Every figure of the story is compared: off the event loop, as the claims are.
        drafts = await asyncio.to_thread(quantities.story_quantity_conflicts, scope, figures, covered)
        for draft in drafts:
            # Where the counted thing happened: the places its articles' leads name.
            places = await figure_store.lead_places(conn, draft.article_ids)
            draft.entity_ids = sorted(set(draft.entity_ids) | set(places))
    for draft in drafts:
        # The scope is what finds the report again when the story's figures change.
        await conflict_store.upsert(conn, draft, scope_id=scope)
    await conflict_store.remove_stale_in_scope(
        conn, quantities.KEY_PREFIX, scope, article_ids, [d.key for d in drafts]
    )
