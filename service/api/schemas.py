"""Request and response bodies of the HTTP API (the contract in the API docs)."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Annotated, Literal

import msgspec

from service.domain import ArticleInput

# A visible character by both Python's and ECMAScript's idea of white space (`\s` differs between
# the two: the server validates with Python's `re`, clients read the OpenAPI spec's ECMA regex).
_VISIBLE = r"[^\s\x1c-\x1f\x85\ufeff]"
NonBlank = Annotated[str, msgspec.Meta(min_length=1, max_length=5_000_000, pattern=_VISIBLE)]
ShortText = Annotated[str, msgspec.Meta(max_length=2000)]
_URL = f"^https?://{_VISIBLE}+$"
Url = Annotated[str, msgspec.Meta(max_length=2000, pattern=_URL)]
_LANGUAGE = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
# Calendar-exact ISO 8601: only dates that exist match (no 2023-02-29, no month 13, no hour 24),
# so every value the pattern (and the OpenAPI spec) admits is accepted.
_YEAR = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
_MONTH_DAY = (
    "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
_DATE = f"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
_TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.][0-9]+)?)?"
_OFFSET = "(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])"
# A date (2024-11-11) or a datetime (2024-11-11T16:27:00+05:30); only the date is kept.
_DATE_OR_DATETIME = f"^{_DATE}(?:[T ]{_TIME}{_OFFSET}?)?$"
DateOrDateTime = Annotated[
    str,
    msgspec.Meta(
        pattern=_DATE_OR_DATETIME,
        description="ISO 8601 date or date-time",
        examples=["2024-11-11", "2024-11-11T16:27:00+05:30"],
    ),
]

# What each pattern accepts, in words, for validation errors ("`field` must ...").
PATTERN_HINTS = {
    _VISIBLE: "contain at least one visible character (it is empty or only white space)",
    _URL: "be an http:// or https:// URL without spaces",
    _DATE_OR_DATETIME: (
        "be a real calendar date in ISO 8601: a date (2024-11-11) or a date-time "
        "(2024-11-11T16:27:00+05:30 or 2024-11-11T16:27:00Z)"
    ),
    _LANGUAGE: "be a language code such as en, de or pt-BR",
}


def pg_text(value: str) -> str:
    """`value` storable in PostgreSQL, whose text cannot hold NUL: each NUL becomes U+FFFD.

    One character for one, so offsets into the text stay valid.
    """
    return value.replace("\x00", "\ufffd") if "\x00" in value else value


def storable_input(article: ArticleInput) -> ArticleInput:
    """An article read from a page with its extracted text fields storable (NUL kept visible, as
    the schema does for given ones)."""
    return msgspec.structs.replace(
        article,
        text=pg_text(article.text),
        **{f: pg_text(v) for f in ("title", "url", "source") if (v := getattr(article, f)) is not None},
    )


def parse_date(value: str | None) -> date | None:
    """The calendar date of an ISO 8601 date or date-time string (validated by the pattern)."""
    if value is None:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value.replace("Z", "+00:00")).date()


class Schema(msgspec.Struct, kw_only=True):
    """Base for API bodies."""


class Stance(enum.StrEnum):
    """What a source does with a claim (one named schema, shared by every body that has one)."""

    ASSERTS = "asserts"
    DENIES = "denies"
    DECLINES_TO_COMMENT = "declines_to_comment"


class ConflictKind(enum.StrEnum):
    """How sources disagree: whether an event happened, when, or how many."""

    EXISTENCE = "existence"
    DATE = "date"
    QUANTITY = "quantity"


class ArticleIn(Schema, forbid_unknown_fields=True):
    """One article to ingest: `text` (may be raw page text), or `html` (the page's HTML: text and
    metadata are extracted from it), or `url` alone (the page is fetched, when the service allows
    it). Fields given explicitly win over extracted ones."""

    text: NonBlank | None = None
    title: ShortText | None = None
    url: Url | None = None
    source: ShortText | None = None
    external_id: ShortText | None = None
    published_at: DateOrDateTime | None = None
    language: Annotated[str, msgspec.Meta(max_length=16, pattern=_LANGUAGE)] | None = None
    # Last: messages that list the accepted fields keep the order they had before it.
    html: NonBlank | None = None

    def __post_init__(self) -> None:
        check_one_body(self.text, self.html, self.url)
        check_published(self.published_at)
        if self.url is not None and self.url.endswith("\n"):
            # Python's `$` matches before a final line break; ECMAScript's (the spec's) does not.
            raise ValueError("url must not end with a line break")
        # Raw page text may carry NUL bytes; they are kept visible, never stored raw.
        if self.text is not None:
            self.text = pg_text(self.text)
        for field in ("title", "url", "source", "external_id"):
            value = getattr(self, field)
            if value is not None:
                setattr(self, field, pg_text(value))

    def to_input(self) -> ArticleInput:
        """The ingest path's plain input for this validated body (text bodies only: html and url
        bodies are read by `service.ingest.pages` first)."""
        if self.text is None:
            raise ValueError("only a text body converts directly")
        return ArticleInput(
            text=self.text,
            title=self.title,
            url=self.url,
            source=self.source,
            external_id=self.external_id,
            published_at=parse_date(self.published_at),
            language=self.language,
        )


def check_one_body(text: str | None, html: str | None, url: str | None) -> None:
    """Exactly one of text or html, or url alone (the page to fetch)."""
    if text is not None and html is not None:
        raise ValueError("give either text or html, not both")
    if text is None and html is None and url is None:
        # Worded as msgspec words a missing field, so the problem names `text` as the field.
        raise ValueError("Object missing required field `text`: give text, html, or url alone")


def check_published(value: str | None) -> None:
    """A publication date the pattern admits must also be a real one (no 31 June)."""
    try:
        parse_date(value)
    except ValueError as error:
        raise ValueError(f"published_at is not a real date: {error}") from None


class ArticleBatchIn(Schema, forbid_unknown_fields=True):
    articles: Annotated[list[ArticleIn], msgspec.Meta(min_length=1, max_length=100)]


class ArticleBatchEnvelope(Schema, forbid_unknown_fields=True):
    """What the batch endpoint decodes first: items are validated one by one afterwards, so one
    bad item is reported as `invalid` instead of failing the batch (OpenAPI shows ArticleBatchIn)."""

    articles: Annotated[list[dict[str, object]], msgspec.Meta(min_length=1, max_length=100)]


class EntityRef(Schema):
    id: str
    name: str
    type: str


class ArticleEntity(Schema):
    id: str
    name: str
    type: str
    mentions: int


class Claimant(Schema):
    name: str
    entity_id: str | None = None


class ArticleClaim(Schema):
    id: str
    claimant: Claimant
    stance: Stance
    quote: str
    sentence: str
    event_id: str | None = None


class ArticleExtraction(Schema):
    """What was taken from the page of an `html` or `url` article: `fields` names the article's
    fields whose values came from it (the others were given, or are unknown)."""

    fields: list[str]
    author: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    date_source: Annotated[
        str | None,
        msgspec.Meta(description='"markup" (the page states it) or "htmldate" (found by a wider search)'),
    ] = None
    fetched_url: str | None = None
    language: Annotated[
        str | None, msgspec.Meta(description="The language the page declares (the article's is detected).")
    ] = None


class ArticleSummary(Schema):
    id: str
    external_id: str | None
    title: str | None
    url: str | None
    source: str | None
    published_at: date | None
    published_at_inferred: bool
    language: str
    word_count: int
    ingested_at: datetime
    # The story the article belongs to, and the stored article it is a near-copy of, if any.
    story_id: str | None
    near_duplicate_of: str | None


class Article(ArticleSummary):
    """An article with its cleaned text, its entities and the claims it reports."""

    text: str
    entities: list[ArticleEntity]
    claims: list[ArticleClaim]
    extraction: Annotated[
        ArticleExtraction | None,
        msgspec.Meta(
            description="For an article read from `html` or a `url`: what the page gave (stored with "
            "it). Null for one given as `text`, or stored before pages' extraction was kept."
        ),
    ] = None


class ArticlePage(Schema):
    items: list[ArticleSummary]
    next_cursor: str | None


class ProblemError(Schema):
    field: str
    message: str


class Problem(Schema, omit_defaults=True):
    """RFC 9457 problem details (`errors` only when there are some)."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[ProblemError] | None = None


class BatchItemResult(Schema):
    index: int
    status: Literal["created", "duplicate", "invalid"]
    article_id: str | None = None
    error: Problem | None = None


class BatchResult(Schema):
    items: list[BatchItemResult]


class Entity(Schema):
    id: str
    name: str
    type: str
    aliases: list[str]
    article_count: int
    mention_count: int
    first_seen: date | None
    last_seen: date | None


class RelatedEntity(Schema):
    id: str
    name: str
    type: str
    co_occurrences: Annotated[
        int,
        msgspec.Meta(
            description="Articles the two entities share, counted over up to 500 of this entity's "
            "articles (all of them unless it is in more: then a fixed, uniform sample of 500)."
        ),
    ]


class EntityDetail(Entity):
    related: list[RelatedEntity] = []


class EntityPage(Schema):
    items: list[Entity]
    next_cursor: str | None


class ArticleRef(Schema):
    id: str
    title: str | None


class TimelineEvidence(Schema):
    article_id: str
    sentence: str
    time_expression: str | None
    # Where the event's clause is in the article's (cleaned) text, as `GET /v1/articles/{id}` gives it.
    start: int
    end: int


class TimelineEvent(Schema):
    id: str
    date: str | None
    granularity: str | None
    start: date | None
    end: date | None
    summary: str
    predicate: str  # lemma of the word that names the event ("announce", "launch", "death")
    entities: list[EntityRef]
    articles: list[ArticleRef]
    evidence: list[TimelineEvidence]
    disputed: bool
    conflict_ids: list[str]
    story_ids: list[str] = []


class TimelinePage(Schema):
    items: list[TimelineEvent]
    next_cursor: str | None


class ConflictSource(Schema):
    name: str
    entity_id: str | None = None


class ConflictEvidence(Schema):
    article_id: str
    quote: str
    sentence: str


class ConflictRevision(Schema):
    """An earlier figure the side's source gave and has since revised: an update, not a dispute."""

    source: ConflictSource
    figure: str
    article_id: str


class ConflictSide(Schema):
    # What the side holds: "happened" / "did not happen" ("will happen" / "will not happen" for a
    # plan), the ISO date it gives, or the figure it gives.
    position: Annotated[
        str,
        msgspec.Meta(
            description='What the side holds: "happened" or "did not happen" ("will happen" or "will not '
            'happen" when the dispute is about a plan), "no comment", the ISO date it gives, or the '
            "figure it gives."
        ),
    ]
    stance: Stance
    sources: list[ConflictSource]
    evidence: list[ConflictEvidence]
    revisions: list[ConflictRevision] = []


class ConflictEvent(Schema):
    id: str
    date: str | None
    granularity: str | None


class ConflictReport(Schema):
    id: str
    kind: ConflictKind
    summary: str
    entities: list[EntityRef]
    event: ConflictEvent | None
    sides: list[ConflictSide]
    article_ids: list[str]
    detected_at: datetime
    updated_at: datetime
    story_ids: list[str] = []


class ConflictPage(Schema):
    items: list[ConflictReport]
    next_cursor: str | None


class AnalyzeIn(Schema, forbid_unknown_fields=True):
    """`text`, or `html` (text and metadata are extracted), or `url` alone (the page is fetched,
    when the service allows it)."""

    text: NonBlank | None = None
    published_at: DateOrDateTime | None = None
    title: ShortText | None = None
    html: NonBlank | None = None
    url: Url | None = None

    def __post_init__(self) -> None:
        check_one_body(self.text, self.html, self.url)
        check_published(self.published_at)


class AnalyzedEntity(Schema):
    text: str
    start: int
    end: int
    type: str
    canonical: str


class AnalyzedTime(Schema):
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    anchor: Literal["published_at", "text", "none"]


class AnalyzedClaim(Schema):
    claimant: str
    stance: Stance
    quote: str
    sentence: str
    start: int
    end: int


class AnalyzedWarning(Schema):
    kind: str
    message: str
    start: int
    end: int


class Analysis(Schema):
    published_at: date | None
    published_at_inferred: bool
    title: str | None
    language: str
    clean_text_offset: int
    entities: list[AnalyzedEntity]
    time_expressions: list[AnalyzedTime]
    claims: list[AnalyzedClaim]
    warnings: list[AnalyzedWarning]
    text: Annotated[
        str | None,
        msgspec.Meta(description="For `html` or `url`: the extracted text, which the offsets refer to."),
    ] = None
    extraction: ArticleExtraction | None = None


class StoryEntity(Schema):
    id: str
    name: str
    type: str
    article_count: int


class StoryArticle(Schema):
    id: str
    title: str | None
    source: str | None
    published_at: date | None
    near_duplicate_of: str | None = None


class Story(Schema):
    """Every outlet's coverage of one news development."""

    id: str
    title: str | None
    summary: str
    first_published: date | None
    last_published: date | None
    article_count: int
    outlets: list[str]
    entities: list[StoryEntity]
    event_ids: list[str]
    conflict_ids: list[str]


class StoryDetail(Story):
    """A story with its articles (near-duplicates marked)."""

    articles: list[StoryArticle]


class StoryPage(Schema):
    items: list[Story]
    next_cursor: str | None


class Health(Schema):
    status: str


class Readiness(Schema):
    status: str
    database: str
    schema_revision: str | None
    expected_revision: str
