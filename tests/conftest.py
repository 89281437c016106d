"""Shared fixtures: a real PostgreSQL (embedded, or TEST_DATABASE_URL), one migrated template
database, and a fresh database cloned from it for every test that asks for one."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from service.config import Settings
from service.embedded import EmbeddedPostgres
from service.migrate import upgrade
from service.workers import AnalysisPool

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TEMPLATE = "news_test_template"


def with_database(url: str, name: str) -> str:
    """The same server URL pointing at database `name`."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """A PostgreSQL server for the whole run: TEST_DATABASE_URL's, or an embedded one in a
    temporary folder (never the developer's own DATA_DIR)."""
    given = os.environ.get("TEST_DATABASE_URL")
    if given:
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="news-intel-test-") as folder:
        server = EmbeddedPostgres(Path(folder))
        url = server.start()
        try:
            yield url
        finally:
            server.stop()


async def _admin(server_url: str) -> asyncpg.Connection:
    return await asyncpg.connect(with_database(server_url, "postgres"))


@pytest.fixture(scope="session")
async def template_url(server_url: str) -> str:
    """A database migrated to head once; every test database is a copy of it."""
    admin = await _admin(server_url)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}"')
        await admin.execute(f'CREATE DATABASE "{TEMPLATE}"')
    finally:
        await admin.close()
    url = with_database(server_url, TEMPLATE)
    upgrade(url)
    return url


async def _throwaway_database(server_url: str, template: str | None) -> AsyncIterator[str]:
    """A new database (a copy of `template`, or empty), dropped when the test is done."""
    name = "news_test_" + uuid.uuid4().hex[:12]
    clause = f' TEMPLATE "{template}"' if template else ""
    admin = await _admin(server_url)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"{clause}')
    finally:
        await admin.close()
    yield with_database(server_url, name)
    admin = await _admin(server_url)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture
async def database_url(server_url: str, template_url: str) -> AsyncIterator[str]:
    """A fresh, migrated, empty database for one test."""
    async for url in _throwaway_database(server_url, TEMPLATE):
        yield url


@pytest.fixture
async def empty_database_url(server_url: str) -> AsyncIterator[str]:
    """A fresh database with no schema at all (for migration tests)."""
    async for url in _throwaway_database(server_url, None):
        yield url


@pytest.fixture(scope="session")
def analysis_pool() -> Iterator[AnalysisPool]:
    """One analysis worker for the run: the model loads once, not per test."""
    pool = AnalysisPool(1, Settings().spacy_model)
    pool.warm_up()
    yield pool
    pool.close()


def settings_for(database_url: str, **overrides: object) -> Settings:
    base = Settings(database_url=database_url, analysis_workers=1, db_pool_max=5, db_timeout=5.0)
    return Settings(**{**{f: getattr(base, f) for f in base.__struct_fields__}, **overrides})
