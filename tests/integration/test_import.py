"""`python -m service import`: JSON Lines, folders and feeds into a real database, feeds and
pages from a real local HTTP server."""

from __future__ import annotations

import json
import logging
import shutil
import signal
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest

from service import bulk
from service.__main__ import main
from service.db import create_pool
from service.store import articles as article_store
from service.workers import AnalysisPool
from tests.conftest import settings_for
from tests.pages_server import FEED_ENTRIES, serve_pages, story

pytestmark = pytest.mark.integration

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


@pytest.fixture(scope="module")
def pages_url() -> Iterator[str]:
    with serve_pages() as base:
        yield base


@pytest.fixture
async def pool(database_url: str) -> AsyncIterator[asyncpg.Pool]:
    pool = await create_pool(database_url)
    yield pool
    await pool.close()


def story_line(n: int, **extra: object) -> str:
    title, body = story(n)
    text = title + "\n\n" + body.replace("<p>", "").replace("</p>", "")
    return json.dumps({"text": text, "published_at": "2024-01-05", **extra})


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = [story_line(n) for n in range(6)]
    lines += [story_line(6, external_id="wire-6"), story_line(7, url="https://news.example/7")]
    lines += [
        "{not json",
        json.dumps({"title": "no body"}),
        "",
        json.dumps({"html": (PAGES / "harbour-bridge.html").read_text()}),
    ]
    lines += [json.dumps({"text": "x", "published_at": "2024-02-30"})]
    path.write_text("\n".join(lines) + "\n")
    return path


async def run(
    pool: asyncpg.Pool, analysis: AnalysisPool, database_url: str, source: str, **settings: object
) -> bulk.Summary:
    config = settings_for(database_url, **settings)
    fmt = bulk.detect_format(source)
    feed = await bulk.fetch_feed(source, config) if source.startswith("http") else None
    total, items = bulk.read_source(source, fmt, config, feed)
    return await bulk.run_import(pool, analysis, config, items, bulk.Summary(total=total), batch_size=4)


async def test_json_lines_import_and_resume(
    pool: asyncpg.Pool, analysis_pool: AnalysisPool, database_url: str, jsonl: Path
) -> None:
    summary = await run(pool, analysis_pool, database_url, str(jsonl))
    assert summary.total == 12
    assert (summary.created, summary.duplicate) == (9, 0)
    assert sorted(i.item for i in summary.invalid) == ["line 10", "line 13", "line 9"]
    reasons = {i.item: i.reason for i in summary.invalid}
    assert "not JSON" in reasons["line 9"]
    assert "give text, html, or url alone" in reasons["line 10"]
    assert "published_at" in reasons["line 13"]
    async with pool.acquire() as conn:
        assert await article_store.count(conn) == 9
    # A second run stores nothing new: every stored item is found before it is analysed.
    again = await run(pool, analysis_pool, database_url, str(jsonl))
    assert (again.created, again.duplicate, len(again.invalid)) == (0, 9, 3)


async def test_folder_import(
    pool: asyncpg.Pool, analysis_pool: AnalysisPool, database_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "pages"
    shutil.copytree(PAGES, folder / "html", ignore=shutil.ignore_patterns("*.json"))
    pages = len(list(PAGES.glob("*.html")))
    (folder / "note.txt").write_text(json.loads(story_line(3))["text"])
    (folder / "latin1.txt").write_bytes(
        "Café owners met the mayor on Friday to discuss the rent rises.".encode("cp1252")
    )
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(32)) * 64)
    (folder / "ignored.pdf").write_bytes(b"%PDF-1.4")
    summary = await run(pool, analysis_pool, database_url, str(folder))
    assert summary.total == pages + 3
    assert (summary.created, summary.duplicate) == (pages + 2, 0)
    assert [(i.item, i.reason.split(":")[0]) for i in summary.invalid] == [("image.html", "no-article")]
    async with pool.acquire() as conn:
        stored = await conn.fetch(
            "SELECT external_id, title, published_at, extraction FROM articles ORDER BY external_id"
        )
    by_id = {r["external_id"]: r for r in stored}
    assert by_id["html/library-time-only.html"]["published_at"].isoformat() == "2022-06-15"
    assert by_id["html/harbour-bridge.html"]["title"] == "Harbour bridge reopens after two-year repair"
    assert by_id["html/harbour-bridge.html"]["extraction"]["author"] == "Mara Ellison"
    assert "latin1.txt" in by_id
    assert by_id["latin1.txt"]["extraction"] is None
    again = await run(pool, analysis_pool, database_url, str(folder))
    assert (again.created, again.duplicate) == (0, pages + 2)


async def test_feed_entries_are_imported_from_their_content(
    pool: asyncpg.Pool, analysis_pool: AnalysisPool, database_url: str, pages_url: str
) -> None:
    summary = await run(
        pool, analysis_pool, database_url, f"{pages_url}/feed.xml", fetch_allowed_networks=("127.0.0.1",)
    )
    assert (summary.total, summary.created, summary.invalid) == (FEED_ENTRIES, FEED_ENTRIES, [])
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM articles WHERE external_id = 'story-4'")
    assert row["url"] == f"{pages_url}/articles/4"
    assert row["source"] == "Regional Times"
    assert row["published_at"].isoformat() == "2024-01-05"
    assert row["title"] == story(4)[0]


async def test_feed_links_are_fetched_when_fetching_is_on(
    pool: asyncpg.Pool, analysis_pool: AnalysisPool, database_url: str, pages_url: str
) -> None:
    settings = {"fetch_urls": True, "fetch_allowed_networks": ("127.0.0.1",)}
    summary = await run(pool, analysis_pool, database_url, f"{pages_url}/feed.xml", **settings)
    assert (summary.created, summary.invalid) == (FEED_ENTRIES, [])
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT text FROM articles WHERE external_id = 'story-2'")
    assert "opened its new" in row["text"]
    assert "A reader wrote" not in row["text"]  # the page's comments are not the article


async def test_a_feed_on_a_refused_address_is_not_fetched(database_url: str, pages_url: str) -> None:
    with pytest.raises(bulk.SourceError, match="loopback"):
        await bulk.fetch_feed(f"{pages_url}/feed.xml", settings_for(database_url))


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """The command sets up logging on the stderr of the moment (the test's capture) and its own
    SIGINT/SIGTERM handlers: put both back, so nothing logs into a closed capture and a signal
    meant for the test process is not taken for the finished command's."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    signals = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for signum, handler in signals.items():
        signal.signal(signum, handler)


@pytest.mark.usefixtures("restore_logging")
def test_the_command_prints_a_summary_and_writes_the_invalid_items(
    database_url: str,
    jsonl: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("ANALYSIS_WORKERS", "1")
    invalid = tmp_path / "invalid.jsonl"
    assert main(["import", str(jsonl), "--invalid", str(invalid)]) == 0
    out, err = capsys.readouterr()
    assert "imported 12 of 12" in out
    assert "9 created, 0 duplicate, 3 invalid" in out
    assert "import: 12/12 (100%)" in err  # plain progress lines when stderr is not a terminal
    reasons = [json.loads(line) for line in invalid.read_text().splitlines()]
    assert {r["item"] for r in reasons} == {"line 9", "line 10", "line 13"}


@pytest.mark.usefixtures("restore_logging")
def test_a_missing_source_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "/no/such/file.jsonl"]) == 2
    assert "cannot read" in capsys.readouterr().err
