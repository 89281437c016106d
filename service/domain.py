"""The domain's plain Structs, shared by every layer and importing none of them.

`ArticleInput` is what the ingest path takes (the API and the command line convert their own
input to it). The rest are what cross-article reconciliation decides over: the store layer reads
them from PostgreSQL (through indexed look-ups) and writes back what the pure functions in
`reconcile` decide, so the decisions are testable without a database.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

import msgspec

Stance = Literal["asserts", "denies", "declines_to_comment"]


class Base(msgspec.Struct, kw_only=True):
    """Shared options for domain structs."""


class Extraction(Base, frozen=True):
    """What was taken from an article's page. `fields` names the article fields whose values
    came from it (the rest were given or are unknown). `language` is what the page declares: a
    hint only, since templates declare one language for every page; the article's language is
    detected from its text unless given."""

    fields: list[str]
    language: str | None = None
    author: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    date_source: str | None = None
    fetched_url: str | None = None


class ArticleInput(Base, frozen=True):
    """One article to ingest, already validated: `text` may be raw page text. `extraction` is
    set when the article was read from a page (HTML or a URL), and is stored with it."""

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    external_id: str | None = None
    published_at: date | None = None
    language: str | None = None
    extraction: Extraction | None = None


class DateInfo(Base, frozen=True):
    """A TIMEX3 date at its own precision, as a closed interval of days."""

    value: str  # "2024-11-07", "2024-W45", "2024-11"
    granularity: str  # day | week | month | quarter | half | season | year | decade | century
    start: date
    end: date


class EventMention(Base):
    """One article's mention of an event, after its entities were resolved to stored ids."""

    article_id: str
    published: date | None
    predicate: str
    predicate_class: str
    participants: list[str]  # resolved entity ids
    date: DateInfo | None  # the date the text gives (explicit dates win)
    alternative: DateInfo | None = None  # a second reading ("Thursday, 7 October": the Thursday)
    sentence: str = ""
    time_expression: str | None = None
    polarity: bool = True
    # Undated, but told as happening at the article's date: placed there when it starts an event.
    anchored: bool = False
    # Where an anchored mention is placed: the day its article's narrative had reached, else
    # the article's date.
    anchor_date: DateInfo | None = None
    places: list[str] = []  # resolved entity ids of where it happened: shown, never matched on


class StoredEvent(Base):
    """A timeline event as stored: the merge of every mention of one real-world event."""

    id: str
    predicate: str
    predicate_class: str
    participants: list[str]  # entity ids
    date: DateInfo | None
    article_ids: list[str] = []


class Source(Base, frozen=True):
    name: str
    entity_id: str | None = None


class EventClaim(Base):
    """A stored claim about a stored event, with what it says of the event."""

    claim_id: str
    article_id: str
    claimant: Source
    stance: Stance
    quote: str
    sentence: str
    # The date the claim's proposition gives the event, and its second reading if any.
    date: DateInfo | None = None
    alternative: DateInfo | None = None
    # A figure the claim gives for a count: low, high (None: open-ended), as written, what is counted.
    quantity_low: float | None = None
    quantity_high: float | None = None
    quantity_text: str | None = None
    counted: str | None = None
    # The organisation a named claimant holds an office in ("X, chief executive of Acme, said"):
    # a report the claim takes a side in names it too.
    speaks_for: str | None = None
    # An assertion that the event's deed was not done ("she remains in her post"): it stands on
    # the denying side against another article's claimant who asserts the deed, and on no side
    # otherwise.
    contrary: bool = False
    # The publication date of the claim's article, when it has one.
    published: date | None = None


class Evidence(Base):
    article_id: str
    quote: str
    sentence: str


class Revision(Base):
    """A figure a side's source gave earlier and has since revised ("30", later "45")."""

    source: Source
    figure: str
    article_id: str


class Side(Base):
    position: str
    stance: Stance
    sources: list[Source]
    evidence: list[Evidence]
    revisions: list[Revision] = []


class ConflictDraft(Base):
    """A disagreement found on one event or one proposition of a story; `key` is its natural
    key (kind + event + subject, or kind + story + proposition). `event_id` is None when the
    disputed proposition is on no dated event."""

    key: str
    kind: Literal["existence", "date", "quantity"]
    event_id: str | None
    summary: str
    sides: list[Side]
    entity_ids: list[str]
    article_ids: list[str]


class StoryVector(Base):
    """A stored story as the story decision sees it: its bounded term vector and dated span."""

    id: str
    weights: dict[str, float]  # term (or "@" + entity id) -> summed unit log-tf weight
    article_count: int
    first_published: date | None = None
    last_published: date | None = None
