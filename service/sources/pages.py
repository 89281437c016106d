"""A page (HTML, or bytes fetched from a URL) and the fields the client gave, made into one
article for the ingest path, with a record of which fields the page supplied.

Fields given explicitly win over extracted ones. Pure (no I/O); `read_pages` is what the
analysis workers run, so extraction never takes the event loop.
"""

from __future__ import annotations

from datetime import date

import msgspec

from service.domain import ArticleInput, Extraction
from service.sources import html as html_source


class Given(msgspec.Struct, frozen=True, kw_only=True):
    """What the client stated about the article; any of it may be missing."""

    title: str | None = None
    url: str | None = None
    source: str | None = None
    external_id: str | None = None
    published_at: date | None = None
    language: str | None = None


class PageArticle(msgspec.Struct, frozen=True, kw_only=True):
    article: ArticleInput
    extraction: Extraction


class Page(msgspec.Struct, frozen=True, kw_only=True):
    """One page to read: `html` (text), or `body` bytes as fetched with their declared charset.
    `fragment`: the HTML is all article (a feed entry's content), no furniture to find."""

    given: Given
    html: str | None = None
    body: bytes | None = None
    charset: str | None = None
    page_url: str | None = None
    fetched_url: str | None = None
    fragment: bool = False


def merge(given: Given, found: html_source.Extracted, *, fetched_url: str | None = None) -> PageArticle:
    """The article: each field as given, else as found on the page."""
    found_values = {
        "title": found.title,
        "url": found.url,
        "source": found.site_name,
        "published_at": found.published_at,
    }
    values: dict[str, object] = {}
    extracted: list[str] = ["text"]
    for field in ("title", "url", "source", "external_id", "published_at", "language"):
        value = getattr(given, field)
        if value is None and found_values.get(field) is not None:
            value = found_values[field]
            extracted.append(field)
        values[field] = value
    extraction = Extraction(
        fields=extracted,
        author=found.author,
        site_name=found.site_name,
        canonical_url=found.url,
        date_source=found.date_source if "published_at" in extracted else None,
        fetched_url=fetched_url,
        language=found.language,
    )
    return PageArticle(
        article=ArticleInput(text=found.text, extraction=extraction, **values),  # type: ignore[arg-type]
        extraction=extraction,
    )


def read_page(page: Page) -> PageArticle:
    """Raises html.NotAnArticle with the reason the page gives no article."""
    text = page.html
    if text is None:
        if page.body is None:
            raise html_source.NotAnArticle("no HTML was given")
        text = html_source.decode(page.body, page.charset)
    if page.fragment:
        found = html_source.Extracted(text=html_source.fragment_text(text))
    else:
        found = html_source.extract(text, url=page.page_url)
    return merge(page.given, found, fetched_url=page.fetched_url)


def read_pages(pages: list[Page]) -> list[PageArticle | str]:
    """Each page's article, or the reason it has none (picklable: runs in a worker process)."""
    results: list[PageArticle | str] = []
    for page in pages:
        try:
            results.append(read_page(page))
        except html_source.NotAnArticle as error:
            results.append(error.reason)
    return results
