"""Re-deciding a story's date reports: one happening its articles put on different days."""

from __future__ import annotations

import asyncio

import asyncpg

from service.domain import Source
from service.ingest.apply import date_info, outlet_name
from service.pipeline import lexicon as lx
from service.reconcile import story_dates
from service.reconcile.events import named_parties
from service.store import conflicts as conflict_store
from service.store import timeline as timeline_store

# Entity types of the towns, countries and regions a happening takes place in.
TOWNS_AND_COUNTRIES = frozenset({"GPE", "LOC"})


async def refresh_story_dates(conn: asyncpg.Connection, article_id: str) -> None:
    """Re-detect the date reports across the events the article's story tells (after the article
    is placed in one: the day a later article gives meets the day an earlier one gave)."""
    scope, article_ids = await conflict_store.story_scope(conn, article_id)
    rows = await timeline_store.story_mentions(conn, article_ids, sorted(lx.SINGULAR_EVENT_CLASSES))
    drafts = []
    if len({r["event_id"] for r in rows}) >= 2:
        event_ids = sorted({r["event_id"] for r in rows})
        parties = await timeline_store.participants_of(conn, event_ids)
        places = await timeline_store.participants_typed(conn, event_ids, sorted(TOWNS_AND_COUNTRIES))
        # An article with no outlet or site is named by its dateline's agency, headline or opening.
        unnamed = sorted({r["article_id"] for r in rows if not (r["source"] or r["url"])})
        leads = await conflict_store.article_leads(conn, unnamed) if unnamed else {}
        events: dict[str, story_dates.StoryEvent] = {}
        for r in rows:
            event = events.setdefault(
                r["event_id"],
                story_dates.StoryEvent(
                    id=r["event_id"],
                    predicate=r["predicate"],
                    predicate_class=r["predicate_class"],
                    participants=named_parties(parties.get(r["event_id"], [])),
                    mentions=[],
                    places=frozenset(places.get(r["event_id"], ())),
                ),
            )
            event.mentions.append(
                story_dates.StoryMention(
                    article_id=r["article_id"],
                    published=r["published_at"],
                    source=Source(
                        name=outlet_name(r["source"], r["url"], r["title"], leads.get(r["article_id"]))
                    ),
                    date=date_info(r["date_value"]),
                    expression=r["time_expression"] or "",
                    sentence=r["sentence"],
                )
            )
        # Off the event loop, as the story's claims and figures are compared.
        drafts = await asyncio.to_thread(story_dates.story_date_conflicts, scope, list(events.values()))
    for draft in drafts:
        await conflict_store.upsert(conn, draft, scope_id=scope)
    await conflict_store.remove_stale_in_scope(
        conn, story_dates.KEY_PREFIX, scope, article_ids, [d.key for d in drafts]
    )
