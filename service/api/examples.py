"""Examples for the OpenAPI document: one story told through every body, response and parameter.

Every example is built from the API's own Structs, so it has the shape the API answers with (a
test also validates each against its schema). Litestar leaves `null`s out of the document it
serves, so no example holds one where the schema requires the field. The values are ones a person can paste: the
request bodies ingest and analyse as they are; ids are of the form the API returns (a given
service has its own, found through the list endpoints).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import msgspec

from service.api.errors import problem
from service.api.schemas import (
    Analysis,
    AnalyzedClaim,
    AnalyzedTime,
    AnalyzedWarning,
    Article,
    ArticleClaim,
    ArticleEntity,
    ArticlePage,
    ArticleRef,
    ArticleSummary,
    BatchItemResult,
    BatchResult,
    Claimant,
    ConflictEvent,
    ConflictEvidence,
    ConflictKind,
    ConflictPage,
    ConflictReport,
    ConflictSide,
    ConflictSource,
    Entity,
    EntityDetail,
    EntityPage,
    EntityRef,
    Health,
    Problem,
    ProblemError,
    Readiness,
    RelatedEntity,
    Stance,
    Story,
    StoryArticle,
    StoryDetail,
    StoryEntity,
    StoryPage,
    TimelineEvent,
    TimelineEvidence,
    TimelinePage,
)

ARTICLE_ID = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
SECOND_ARTICLE_ID = "a3d5f7b9-1c2e-4a4b-9d6f-8e0a2c4e6f81"
MAYOR_ID = "0b8e7c6d-5a4f-4e3d-9c2b-1a0f9e8d7c6b"
CITY_ID = "2c4e6a8b-0d1f-4a3c-8e5b-7d9f1a3c5e7b"
COUNCIL_ID = "9e7c5a3b-1f2d-4b6e-8a0c-4d6f8b0a2c4e"
EVENT_ID = "5b7d9f1a-3c5e-4f7a-9b1d-3f5a7c9e1b3d"
CLAIM_ID = "7d9f1b3c-5e7a-4c9e-8f1b-5d7f9b1d3f5a"
STORY_ID = "3e5a7c9b-2d4f-4e6a-8c1b-6f8d0b2e4a6c"
CONFLICT_ID = "c1e3a5c7-9b1d-4e3f-a5b7-d9f1b3d5f7a9"

TEXT = (
    "Mayor Ellen Hart of Springfield met the state governor on Tuesday, officials said. "
    "The city council denied that any meeting took place."
)
PUBLISHED = "2024-03-14"
INGESTED = datetime(2024, 3, 14, 9, 30, tzinfo=UTC)
CURSOR = "WyIyMDI0LTAzLTE0IiwgNDJd"

ARTICLE_IN = {
    "text": TEXT,
    "title": "Mayor meets governor",
    "url": "https://news.example.org/2024/03/14/mayor-meets-governor",
    "source": "Example News",
    "published_at": PUBLISHED,
    "external_id": "example-news-2024-03-14-mayor",
}
BATCH_IN = {
    "articles": [
        {"text": "Rain hit the coast on Monday, forecasters said.", "published_at": "2024-03-11"},
        {"text": "The harbour reopened on Wednesday after the storm.", "source": "Coast Daily"},
    ]
}
ANALYZE_IN = {
    "text": "Officials said on Thursday, 7 October, that talks had failed.",
    "published_at": "2024-11-11",
}

_MAYOR = EntityRef(id=MAYOR_ID, name="Ellen Hart", type="PERSON")
_CITY = EntityRef(id=CITY_ID, name="Springfield", type="GPE")
_COUNCIL = EntityRef(id=COUNCIL_ID, name="city council", type="ORG")
_SENTENCE = "Mayor Ellen Hart of Springfield met the state governor on Tuesday, officials said."
_DENIAL = "The city council denied that any meeting took place."

SUMMARY = ArticleSummary(
    id=ARTICLE_ID,
    external_id=ARTICLE_IN["external_id"],
    title=ARTICLE_IN["title"],
    url=ARTICLE_IN["url"],
    source="Example News",
    published_at=date(2024, 3, 14),
    published_at_inferred=False,
    language="en",
    word_count=23,
    ingested_at=INGESTED,
    story_id=STORY_ID,
    # a near-copy of the story's first article, republished two days later
    near_duplicate_of=SECOND_ARTICLE_ID,
)
ARTICLE = Article(
    **msgspec.structs.asdict(SUMMARY),
    text=TEXT,
    entities=[
        ArticleEntity(id=MAYOR_ID, name="Ellen Hart", type="PERSON", mentions=1),
        ArticleEntity(id=CITY_ID, name="Springfield", type="GPE", mentions=1),
        ArticleEntity(id=COUNCIL_ID, name="city council", type="ORG", mentions=1),
    ],
    claims=[
        ArticleClaim(
            id=CLAIM_ID,
            claimant=Claimant(name="officials"),
            stance=Stance.ASSERTS,
            quote="Mayor Ellen Hart of Springfield met the state governor on Tuesday",
            sentence=_SENTENCE,
            event_id=EVENT_ID,
        )
    ],
)
ENTITY = Entity(
    id=MAYOR_ID,
    name="Ellen Hart",
    type="PERSON",
    aliases=["Ellen Hart", "Mayor Ellen Hart", "Hart"],
    article_count=3,
    mention_count=7,
    first_seen=date(2024, 3, 2),
    last_seen=date(2024, 3, 14),
)
ENTITY_DETAIL = EntityDetail(
    **msgspec.structs.asdict(ENTITY),
    related=[RelatedEntity(id=CITY_ID, name="Springfield", type="GPE", co_occurrences=3)],
)
TIMELINE_EVENT = TimelineEvent(
    id=EVENT_ID,
    date="2024-03-12",
    granularity="day",
    start=date(2024, 3, 12),
    end=date(2024, 3, 12),
    summary="Ellen Hart met the state governor",
    predicate="meet",
    entities=[_MAYOR, _CITY],
    articles=[ArticleRef(id=ARTICLE_ID, title="Mayor meets governor")],
    evidence=[
        TimelineEvidence(
            article_id=ARTICLE_ID,
            sentence=_SENTENCE,
            time_expression="on Tuesday",
            start=0,
            end=len("Mayor Ellen Hart of Springfield met the state governor on Tuesday"),
        )
    ],
    disputed=True,
    conflict_ids=[CONFLICT_ID],
    story_ids=[STORY_ID],
)
CONFLICT = ConflictReport(
    id=CONFLICT_ID,
    kind=ConflictKind.EXISTENCE,
    summary="officials say Ellen Hart met the state governor; the city council denies it",
    entities=[_MAYOR, _COUNCIL],
    event=ConflictEvent(id=EVENT_ID, date="2024-03-12", granularity="day"),
    sides=[
        ConflictSide(
            position="the meeting took place",
            stance=Stance.ASSERTS,
            sources=[ConflictSource(name="officials")],
            evidence=[
                ConflictEvidence(
                    article_id=ARTICLE_ID,
                    quote="Mayor Ellen Hart of Springfield met the state governor on Tuesday",
                    sentence=_SENTENCE,
                )
            ],
        ),
        ConflictSide(
            position="the meeting did not take place",
            stance=Stance.DENIES,
            sources=[ConflictSource(name="city council", entity_id=COUNCIL_ID)],
            evidence=[
                ConflictEvidence(article_id=ARTICLE_ID, quote="any meeting took place", sentence=_DENIAL)
            ],
        ),
    ],
    article_ids=[ARTICLE_ID],
    detected_at=INGESTED,
    updated_at=INGESTED,
    story_ids=[STORY_ID],
)
STORY = Story(
    id=STORY_ID,
    title="Mayor meets governor",
    summary="2 articles from 2 outlets from 2024-03-12 to 2024-03-14; about Ellen Hart, Springfield and city council.",
    first_published=date(2024, 3, 12),
    last_published=date(2024, 3, 14),
    article_count=2,
    outlets=["Example News", "Springfield Daily"],
    entities=[
        StoryEntity(id=MAYOR_ID, name="Ellen Hart", type="PERSON", article_count=2),
        StoryEntity(id=CITY_ID, name="Springfield", type="GPE", article_count=2),
        StoryEntity(id=COUNCIL_ID, name="city council", type="ORG", article_count=1),
    ],
    event_ids=[EVENT_ID],
    conflict_ids=[CONFLICT_ID],
)
STORY_DETAIL = StoryDetail(
    **msgspec.structs.asdict(STORY),
    articles=[
        StoryArticle(
            id=SECOND_ARTICLE_ID,
            title="Mayor meets governor",
            source="Springfield Daily",
            published_at=date(2024, 3, 12),
            near_duplicate_of=None,
        ),
        StoryArticle(
            id=ARTICLE_ID,
            title=ARTICLE_IN["title"],
            source="Example News",
            published_at=date(2024, 3, 14),
            near_duplicate_of=SECOND_ARTICLE_ID,
        ),
    ],
)
# What the service answers for ANALYZE_IN.
ANALYSIS = Analysis(
    published_at=date(2024, 11, 11),
    published_at_inferred=False,
    title="Talks fail",
    language="en",
    clean_text_offset=0,
    entities=[],  # the sentence names no one
    time_expressions=[
        AnalyzedTime(
            text="Thursday, 7 October",
            start=18,
            end=37,
            type="DATE",
            value="2024-10-07",
            anchor="published_at",
        )
    ],
    claims=[
        AnalyzedClaim(
            claimant="Officials",
            stance=Stance.ASSERTS,
            quote="that talks had failed",
            sentence=ANALYZE_IN["text"],
            start=0,
            end=61,
        )
    ],
    warnings=[
        AnalyzedWarning(
            kind="weekday_mismatch", message="7 October 2024 was a Monday, not a Thursday", start=18, end=37
        )
    ],
)

# The 2xx answer of each operation.
RESPONSES: dict[str, Any] = {
    "createArticle": ARTICLE,
    "getArticle": ARTICLE,
    "createArticleBatch": BatchResult(
        items=[
            BatchItemResult(index=0, status="created", article_id=ARTICLE_ID),
            BatchItemResult(index=1, status="duplicate", article_id=SECOND_ARTICLE_ID),
        ]
    ),
    "listArticles": ArticlePage(items=[SUMMARY], next_cursor=CURSOR),
    "listEntities": EntityPage(items=[ENTITY], next_cursor=CURSOR),
    "getEntity": ENTITY_DETAIL,
    "getEntityTimeline": TimelinePage(items=[TIMELINE_EVENT], next_cursor=CURSOR),
    "getTimeline": TimelinePage(items=[TIMELINE_EVENT], next_cursor=CURSOR),
    "listConflicts": ConflictPage(items=[CONFLICT], next_cursor=CURSOR),
    "getConflict": CONFLICT,
    "listStories": StoryPage(items=[STORY], next_cursor=CURSOR),
    "getStory": STORY_DETAIL,
    "analyzeText": ANALYSIS,
    "getHealth": Health(status="ok"),
    "getReadiness": Readiness(
        status="ready", database="ok", schema_revision="0009", expected_revision="0009"
    ),
}

REQUESTS: dict[str, Any] = {
    "createArticle": ARTICLE_IN,
    "createArticleBatch": BATCH_IN,
    "analyzeText": ANALYZE_IN,
}

# Query and path parameters by name.
PARAMETERS: dict[str, Any] = {
    "limit": 20,
    "cursor": CURSOR,
    "article_id": ARTICLE_ID,
    "entity_id": MAYOR_ID,
    "conflict_id": CONFLICT_ID,
    "story_id": STORY_ID,
    "source": "Example News",
    "published_from": "2024-03-01",
    "published_to": "2024-03-31",
    "from": "2024-03-01",
    "to": "2024-03-31",
    "q": "ellen hart",
    "type": "PERSON",
    "kind": "existence",
}
# Full-text search over articles reads better with a word than a name.
PARAMETER_OVERRIDES: dict[tuple[str, str], Any] = {("listArticles", "q"): "governor"}


def problem_example(status: int) -> Problem:
    """An error answer for `status`, as the service words it."""
    details: dict[int, tuple[str, str, list[ProblemError] | None]] = {
        400: (
            "`from` must be a date, YYYY-MM-DD (e.g. 2024-11-01).",
            "validation-error",
            [ProblemError(field="from", message="must be a date, YYYY-MM-DD (e.g. 2024-11-01)")],
        ),
        401: ("This endpoint needs an API key: Authorization: Bearer <key>.", "unauthorized", None),
        403: ("The API key is not valid for this service.", "forbidden", None),
        404: (f"No entity with id '{MAYOR_ID}'.", "not-found", None),
        413: (
            "The request body is larger than this service accepts: at most 10,485,760 bytes "
            "(MAX_BODY_BYTES). Send fewer articles per batch, or shorter texts.",
            "",
            None,
        ),
        415: ("Send the body as application/json (got text/plain).", "unsupported-media-type", None),
        422: (
            "`text` must contain at least one visible character (it is empty or only white space).",
            "validation-error",
            [
                ProblemError(
                    field="text",
                    message="must contain at least one visible character (it is empty or only white space)",
                )
            ],
        ),
        429: ("More than 60 writes a minute; retry in 12 s.", "rate-limited", None),
        503: ("The database is unavailable; retry shortly.", "database-unavailable", None),
    }
    detail, slug, errors = details[status]
    return problem(status, detail, slug=slug or None, errors=errors, instance="/v1/articles")


def as_json(value: Any) -> Any:
    return msgspec.to_builtins(value)
