"""Place one stored article in its story, inside its ingest transaction.

Reads the candidate stories through `store.stories` (postings of the article's most distinctive
terms and entities, a bounded read whatever the corpus size), asks the pure decision in
`reconcile.stories`, and writes what it decides: the joined or new story's vector, any merge,
and the article's `story_id` and `near_duplicate_of`.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from datetime import date

import asyncpg

from service.domain import StoryVector
from service.pipeline import terms as term_rules
from service.pipeline.analyse import Prepared
from service.pipeline.dateline import dateline, opening_sentence
from service.reconcile import stories as rules
from service.store import stories as store

TITLE_CHARS = 300
_SPACE = re.compile(r"\s+")


def lead(prepared: Prepared) -> str | None:
    """The article's headline, else its first sentence after its dateline ("HARBORTON (Agency)
    - "): what a story's title can show."""
    if prepared.title and prepared.title.strip():
        return prepared.title.strip()[:TITLE_CHARS]
    text = prepared.cleaned.text
    start = dateline(text).end
    # The first sentence that runs past the dateline (a dateline alone may be parsed as one).
    span = next(((max(s, start), e) for s, e in prepared.analysis.sentences if e > start), None)
    first = text[span[0] : span[1]] if span else text[start : start + TITLE_CHARS]
    first = _SPACE.sub(" ", first).strip()
    return first[:TITLE_CHARS] or None


async def assign_story(conn: asyncpg.Connection, article_id: str, prepared: Prepared) -> str:
    """The story the article joins (or starts); merges any stories it shows to be one."""
    return await place(
        conn,
        article_id,
        counts=prepared.terms,
        signature=prepared.signature,
        published=prepared.published_at,
        title=lead(prepared),
    )


async def place(
    conn: asyncpg.Connection,
    article_id: str,
    *,
    counts: Mapping[str, int],
    signature: list[int],
    published: date | None,
    title: str | None,
) -> str:
    await store.lock_assignment(conn)
    entities = await store.entity_ids_of_article(conn, article_id)
    terms = dict(counts)
    for entity_id, mentions in entities:
        terms[rules.entity_term(entity_id)] = mentions
    documents = await store.count_document(conn, list(terms))
    vector = rules.unit_log_tf(terms)
    idfs = await _idfs(conn, terms, documents)

    bands = term_rules.bands(signature)
    duplicate_of, duplicate_story = None, None
    for row in await store.near_duplicates(conn, bands):
        other = list(row["signature"] or [])
        if (
            row["id"] != article_id
            and row["story_id"]
            and term_rules.jaccard(signature, other) >= rules.NEAR_DUPLICATE
        ):
            duplicate_of, duplicate_story = row["id"], row["story_id"]
            break

    query = rules.article_query(vector, idfs)
    ids = await store.candidate_ids(conn, query, [vector[t] * idfs[t] for t in query], rules.CANDIDATES)
    if duplicate_story and duplicate_story not in ids:
        ids.append(duplicate_story)
    candidates = await store.vectors(conn, ids)
    missing = {t for c in candidates for t in rules.idf_terms(c.weights)} - idfs.keys()
    idfs.update(await _idfs(conn, missing, documents))

    names = await _named(conn, [vector, *(c.weights for c in candidates)])
    shared = {t for t in vector if any(t in c.weights for c in candidates)}
    spread = await store.term_spread(conn, shared, rules.TOPIC_STORIES)
    decision = rules.choose_story(
        vector, published, candidates, idfs, required=duplicate_story, names=names, spread=spread
    )
    if decision.story_id is None:
        story = StoryVector(id=await store.create(conn), weights={}, article_count=0)
    else:
        story = next(c for c in candidates if c.id == decision.story_id)
    story = rules.grown(story, vector, published)
    if decision.merge:
        story, others = rules.merged(story, candidates, decision.merge)
        await store.merge(conn, story.id, [s.id for s in others])
    weights = rules.kept(story.weights, idfs)
    story = StoryVector(
        id=story.id,
        weights=weights,
        article_count=story.article_count,
        first_published=story.first_published,
        last_published=story.last_published,
    )
    await store.save(
        conn,
        story,
        rules.posted(weights, idfs),
        [e for e, _ in entities],
        title,
        decision.similarity,
    )
    await store.place_article(conn, article_id, story.id, duplicate_of, signature, bands)
    return story.id


async def _named(conn: asyncpg.Connection, vectors: list[Mapping[str, float]]) -> dict[str, rules.Named]:
    """Type and name of the people, organisations and places among the vectors' entity terms,
    for `rules.different_people` and `rules.different_subjects`."""
    ids = {t[len(rules.ENTITY_PREFIX) :] for v in vectors for t in v if t.startswith(rules.ENTITY_PREFIX)}
    found = await store.entity_names(conn, ids, rules.SUBJECT_TYPES)
    return {rules.entity_term(i): rules.Named(type=t, name=n) for i, (t, n) in found.items()}


async def _idfs(
    conn: asyncpg.Connection, terms: Mapping[str, object] | set[str], documents: int
) -> dict[str, float]:
    if not terms:
        return {}
    df = await store.document_frequencies(conn, terms)
    return {t: rules.idf(df.get(t, 0), documents) for t in terms}


def _read(text: str, language: str) -> tuple[dict[str, int], list[int]]:
    return term_rules.terms(text, language), term_rules.signature(text)


async def backfill(pool: asyncpg.Pool, batch: int = 100) -> int:
    """Place every stored article that has no story, oldest first; how many were placed.

    For articles stored before stories existed: their terms and signatures are read from the
    stored cleaned text (off the event loop), their entities from the stored mentions.
    """
    placed = 0
    while True:
        async with pool.acquire() as conn:
            rows = await store.unplaced(conn, batch)
        if not rows:
            return placed
        for row in rows:
            counts, signature = await asyncio.to_thread(_read, row["text"], row["language"])
            async with pool.acquire() as conn, conn.transaction():
                await place(
                    conn,
                    row["id"],
                    counts=counts,
                    signature=signature,
                    published=row["published_at"],
                    title=row["title"] or opening_sentence(row["text"]),
                )
            placed += 1
