"""RSS and Atom feeds in, one entry per article out (feedparser reads every feed dialect).

Pure (no I/O): the caller reads or fetches the feed's bytes.
"""

from __future__ import annotations

from datetime import date

import feedparser
import msgspec


class FeedEntry(msgspec.Struct, frozen=True, kw_only=True):
    """One entry. `html` is its content (or, failing that, its summary), which may be an excerpt:
    the linked page at `link` holds the whole article."""

    id: str | None
    link: str | None
    title: str | None
    published_at: date | None
    html: str | None
    source: str | None


class NotAFeed(ValueError):
    pass


def _date(entry: feedparser.FeedParserDict) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def _content(entry: feedparser.FeedParserDict) -> str | None:
    for part in entry.get("content") or []:
        value = part.get("value")
        if value and value.strip():
            return str(value)
    summary = entry.get("summary")
    return str(summary) if summary and summary.strip() else None


def _http(value: object) -> str | None:
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else None


def entries(body: bytes) -> list[FeedEntry]:
    """The entries of the feed in `body`. Raises NotAFeed when it holds no feed."""
    parsed = feedparser.parse(body, sanitize_html=True, resolve_relative_uris=True)
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        raise NotAFeed(f"not an RSS or Atom feed ({problem or 'no entries'})")
    source = parsed.feed.get("title") or None
    return [
        FeedEntry(
            id=entry.get("id") or None,
            link=_http(entry.get("link")),
            title=entry.get("title") or None,
            published_at=_date(entry),
            html=_content(entry),
            source=source,
        )
        for entry in parsed.entries
    ]
