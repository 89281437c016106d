"""Bulk import: JSON Lines, a folder of .txt/.html files, or an RSS/Atom feed, through the same
ingest path as the API, in batches.

Resumable: what is already stored is skipped before any analysis (by external id or url, and
for bare text by the hash of its cleaned text), so a re-run after an interruption does only
the rest. Items that cannot be ingested are counted with their reason, never stop the run.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import asyncpg
import msgspec

from service.api.schemas import ArticleIn, parse_date, pg_text, storable_input
from service.config import Settings
from service.domain import ArticleInput
from service.ingest import pages
from service.ingest.articles import ingest_many
from service.pipeline import clean
from service.pipeline.analyse import content_hash
from service.sources import feeds
from service.sources import html as html_source
from service.sources.fetch import FEED_TYPES, FetchError, FetchPolicy, fetch
from service.sources.pages import Given, PageArticle
from service.store import articles as article_store
from service.workers import AnalysisPool

FOLDER_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html"}
FORMATS = ("jsonl", "folder", "feed")


class Item(msgspec.Struct, frozen=True, kw_only=True):
    """One thing to import, named by `label` (a line number, a file, a feed entry): an article,
    a page to read, or the reason it is neither."""

    label: str
    article: ArticleInput | None = None
    page: pages.PageRequest | None = None
    invalid: str | None = None


class Invalid(msgspec.Struct, frozen=True):
    item: str
    reason: str


class Summary(msgspec.Struct, kw_only=True):
    total: int = 0
    created: int = 0
    duplicate: int = 0
    invalid: list[Invalid] = msgspec.field(default_factory=list)

    @property
    def done(self) -> int:
        return self.created + self.duplicate + len(self.invalid)


class SourceError(Exception):
    """The source cannot be read at all (missing, not a feed, not fetched)."""


# ---------------------------------------------------------------------------------------------
# Reading sources into items


def _from_body(label: str, raw: object) -> Item:
    """An item from one article object, validated as the API's batch validates its items."""
    try:
        body = msgspec.convert(raw, ArticleIn)
    except msgspec.ValidationError as error:
        return Item(label=label, invalid=str(error))
    if body.text is not None:
        return Item(label=label, article=body.to_input())
    given = Given(
        title=body.title,
        url=body.url,
        source=body.source,
        external_id=body.external_id,
        published_at=parse_date(body.published_at),
        language=body.language,
    )
    return Item(label=label, page=pages.PageRequest(given=given, html=body.html))


def jsonl_items(path: Path) -> Iterator[Item]:
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            label = f"line {number}"
            try:
                raw = msgspec.json.decode(line)
            except msgspec.DecodeError as error:
                yield Item(label=label, invalid=f"not JSON: {error}")
                continue
            yield _from_body(label, raw)


def jsonl_count(path: Path) -> int:
    with path.open("rb") as lines:
        return sum(1 for line in lines if line.strip())


def folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)


def folder_items(folder: Path) -> Iterator[Item]:
    """One article per file; its path inside the folder is its external id."""
    for path in folder_files(folder):
        name = path.relative_to(folder).as_posix()
        try:
            content = html_source.decode(path.read_bytes())
        except OSError as error:
            yield Item(label=name, invalid=f"unreadable: {error}")
            continue
        kind = FOLDER_SUFFIXES[path.suffix.lower()]
        yield _from_body(name, {kind: pg_text(content), "external_id": name})


def feed_items(body: bytes, *, fetch_pages: bool) -> list[Item]:
    """One item per entry: its linked page when fetching is on, else its own content."""
    items = []
    for n, entry in enumerate(feeds.entries(body), start=1):
        label = f"entry {n}" + (f" ({entry.link})" if entry.link else "")
        given = Given(
            title=entry.title,
            url=entry.link,
            source=entry.source,
            external_id=entry.id if entry.id and entry.id != entry.link else None,
            published_at=entry.published_at,
        )
        if fetch_pages and entry.link:
            items.append(Item(label=label, page=pages.PageRequest(given=given)))
        elif entry.html:
            items.append(
                Item(label=label, page=pages.PageRequest(given=given, html=entry.html, fragment=True))
            )
        else:
            items.append(Item(label=label, invalid="the entry has no content (and fetching pages is off)"))
    return items


def detect_format(source: str) -> str:
    if source.startswith(("http://", "https://")):
        return "feed"
    path = Path(source)
    if path.is_dir():
        return "folder"
    if path.suffix.lower() in {".jsonl", ".ndjson", ".json"}:
        return "jsonl"
    if path.suffix.lower() in {".xml", ".rss", ".atom"}:
        return "feed"
    with path.open("rb") as f:
        start = f.read(512).lstrip()
    return "jsonl" if start.startswith(b"{") else "feed"


async def fetch_feed(url: str, settings: Settings) -> bytes:
    """The feed the operator named by URL: fetched with the same guards even when FETCH_URLS is
    off (the pages it links to are fetched only when it is on). Raises SourceError."""
    base = pages.fetch_policy(msgspec.structs.replace(settings, fetch_urls=True))
    assert base is not None
    try:
        got = await fetch(url, msgspec.structs.replace(base, content_types=(*FEED_TYPES, "text/html")))
    except FetchError as error:
        raise SourceError(f"the feed could not be fetched: {error.reason}") from None
    return got.body


def read_source(
    source: str, fmt: str, settings: Settings, feed: bytes | None = None
) -> tuple[int, Iterator[Item]]:
    """The number of items and the items of `source` (`feed`: its bytes, fetched). Raises SourceError."""
    path = Path(source)
    if fmt == "feed":
        try:
            items = feed_items(feed if feed is not None else _read(path), fetch_pages=settings.fetch_urls)
        except feeds.NotAFeed as error:
            raise SourceError(str(error)) from None
        return len(items), iter(items)
    if fmt == "folder":
        if not path.is_dir():
            raise SourceError(f"no such folder: {source}")
        return len(folder_files(path)), folder_items(path)
    _read(path, probe=True)
    return jsonl_count(path), jsonl_items(path)


def _read(path: Path, probe: bool = False) -> bytes:
    try:
        if probe:
            with path.open("rb"):
                return b""
        return path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read {path}: {error.strerror or error}") from None


# ---------------------------------------------------------------------------------------------
# Ingesting batches


def text_hashes(texts: list[str]) -> list[str]:
    """The content hash the ingest path gives each text (picklable: runs in a worker)."""
    return [content_hash(clean.clean(text).text) for text in texts]


async def _stored(pool: asyncpg.Pool, analysis: AnalysisPool, items: list[Item]) -> list[bool]:
    """Which items are already stored: by external id or url, bare text by its hash."""
    stored = [False] * len(items)
    bare = [
        i
        for i, item in enumerate(items)
        if item.article and not (item.article.external_id or item.article.url)
    ]
    texts = [items[i].article.text for i in bare]  # type: ignore[union-attr]
    hashes = dict(zip(bare, await analysis.run(text_hashes, texts), strict=True)) if bare else {}
    async with pool.acquire() as conn:
        for i, item in enumerate(items):
            given = item.article or (item.page.given if item.page else None)
            if given is None:
                continue
            if given.external_id or given.url or i in hashes:
                found = await article_store.find_duplicate(
                    conn, external_id=given.external_id, url=given.url, content_hash=hashes.get(i)
                )
                stored[i] = found is not None
    return stored


async def ingest_batch(
    pool: asyncpg.Pool,
    analysis: AnalysisPool,
    policy: FetchPolicy | None,
    items: list[Item],
    summary: Summary,
) -> None:
    todo = []
    for item, stored in zip(items, await _stored(pool, analysis, items), strict=True):
        if item.invalid is not None:
            summary.invalid.append(Invalid(item.label, item.invalid))
        elif stored:
            summary.duplicate += 1
        else:
            todo.append(item)
    page_items = [item for item in todo if item.page is not None]
    read = await pages.read([item.page for item in page_items if item.page], analysis, policy)
    articles: list[tuple[Item, ArticleInput]] = [(item, item.article) for item in todo if item.article]
    for item, outcome in zip(page_items, read, strict=True):
        if isinstance(outcome, PageArticle):
            articles.append((item, storable_input(outcome.article)))
        else:
            summary.invalid.append(Invalid(item.label, f"{outcome.slug}: {outcome.reason}"))
    for outcome in await ingest_many(pool, analysis, [article for _, article in articles]):
        if outcome.status == "created":
            summary.created += 1
        else:
            summary.duplicate += 1


async def batches(items: Iterator[Item], size: int) -> AsyncIterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
            await asyncio.sleep(0)
    if batch:
        yield batch


async def run_import(
    pool: asyncpg.Pool,
    analysis: AnalysisPool,
    settings: Settings,
    items: Iterator[Item],
    summary: Summary,
    *,
    batch_size: int = 50,
    in_flight: int = 2,
    on_progress: Callable[[Summary], None] = lambda _: None,
) -> Summary:
    """Ingest every item, `in_flight` batches at a time (one analysing while one is stored)."""
    policy = pages.fetch_policy(settings)
    gate = asyncio.Semaphore(in_flight)
    running: set[asyncio.Task[None]] = set()

    async def one(batch: list[Item]) -> None:
        try:
            await ingest_batch(pool, analysis, policy, batch, summary)
            on_progress(summary)
        finally:
            gate.release()

    async for batch in batches(items, batch_size):
        await gate.acquire()
        task = asyncio.create_task(one(batch))
        running.add(task)
        task.add_done_callback(running.discard)
        for done in [t for t in list(running) if t.done()]:
            done.result()
    if running:
        await asyncio.gather(*running)
    return summary
