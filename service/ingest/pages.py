"""Pages to articles for the ingest path: HTML read, URLs fetched (only when the settings allow
it), the extraction run in the analysis workers, and every failure turned into a reason."""

from __future__ import annotations

import asyncio
import ipaddress

import msgspec

from service.config import Settings
from service.sources.fetch import FetchError, FetchPolicy, fetch
from service.sources.pages import Given, Page, PageArticle, read_pages
from service.workers import AnalysisPool

# Pages fetched at once for one request or import batch.
_FETCHES_AT_ONCE = 4


class PageRequest(msgspec.Struct, frozen=True, kw_only=True):
    """HTML to read, or (html None) the page at `given.url` to fetch and read."""

    given: Given
    html: str | None = None
    fragment: bool = False


class PageProblem(msgspec.Struct, frozen=True, kw_only=True):
    """Why a page gave no article: an HTTP status and problem slug for the API, and the reason."""

    status: int
    slug: str
    reason: str


_NOT_READ = PageProblem(status=500, slug="not-read", reason="the page was not read")


def fetch_policy(settings: Settings) -> FetchPolicy | None:
    """How pages may be fetched, or None when fetching is off."""
    if not settings.fetch_urls:
        return None
    return FetchPolicy(
        allowed=tuple(ipaddress.ip_network(n, strict=False) for n in settings.fetch_allowed_networks),
        timeout=settings.fetch_timeout,
        max_bytes=settings.fetch_max_bytes,
    )


async def _page_of(
    request: PageRequest, policy: FetchPolicy | None, gate: asyncio.Semaphore
) -> Page | PageProblem:
    if request.html is not None:
        return Page(
            given=request.given, html=request.html, page_url=request.given.url, fragment=request.fragment
        )
    if policy is None:
        return PageProblem(
            status=422,
            slug="fetching-disabled",
            reason="this service does not fetch URLs (FETCH_URLS is off): send the page as html, or text",
        )
    url = request.given.url or ""
    async with gate:
        try:
            fetched = await fetch(url, policy)
        except FetchError as error:
            status = 502 if error.kind == "unreachable" else 422
            return PageProblem(status=status, slug=f"url-{error.kind}", reason=error.reason)
    return Page(
        given=request.given,
        body=fetched.body,
        charset=fetched.charset,
        page_url=fetched.url,
        fetched_url=fetched.url,
    )


async def read(
    requests: list[PageRequest], analysis: AnalysisPool, policy: FetchPolicy | None
) -> list[PageArticle | PageProblem]:
    """One article or one problem per request, in order."""
    gate = asyncio.Semaphore(_FETCHES_AT_ONCE)
    pages = await asyncio.gather(*(_page_of(r, policy, gate) for r in requests))
    results: list[PageArticle | PageProblem] = [
        page if isinstance(page, PageProblem) else _NOT_READ for page in pages
    ]
    todo = [i for i, page in enumerate(pages) if isinstance(page, Page)]
    if todo:
        # One chunk per worker, as the analysis itself is split.
        size = -(-len(todo) // analysis.workers)
        chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
        outcomes = await asyncio.gather(
            *(analysis.run(read_pages, [pages[i] for i in chunk]) for chunk in chunks)
        )
        for chunk, chunk_outcomes in zip(chunks, outcomes, strict=True):
            for i, outcome in zip(chunk, chunk_outcomes, strict=True):
                results[i] = (
                    outcome
                    if isinstance(outcome, PageArticle)
                    else PageProblem(status=422, slug="no-article", reason=outcome)
                )
    return results
