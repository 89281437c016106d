"""The database: where it is (configured or embedded) and the asyncpg pool's lifecycle."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date

import asyncpg

from service.config import Settings
from service.embedded import EmbeddedPostgres


async def _init_connection(connection: asyncpg.Connection) -> None:
    # jsonb columns come and go as Python values.
    await connection.set_type_codec("jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog")
    await connection.set_type_codec(
        "date", encoder=_date_to_pg, decoder=_date_from_pg, schema="pg_catalog", format="tuple"
    )


# PostgreSQL counts dates in days from 2000-01-01.
_PG_EPOCH = date(2000, 1, 1).toordinal()


def _date_to_pg(day: date) -> tuple[int]:
    """Every date as itself. asyncpg's own codec sends 0001-01-01 as -infinity and 9999-12-31 as
    infinity, dates the API accepts, which then break date arithmetic in SQL."""
    return (day.toordinal() - _PG_EPOCH,)


def _date_from_pg(value: tuple[int]) -> date:
    """A stored date; one outside Python's calendar (BC, or an infinity) is held at its end."""
    return date.fromordinal(min(max(value[0] + _PG_EPOCH, 1), date.max.toordinal()))


async def _keep_session(connection: asyncpg.Connection) -> None:
    """What a connection needs on its way back to the pool beyond asyncpg's own clean-up (which
    rolls back an open transaction): nothing. The default would send `pg_advisory_unlock_all();
    CLOSE ALL; UNLISTEN *; RESET ALL` after every request, one more round trip each time, for
    session state this service never creates: its advisory locks are transaction-scoped, it
    declares no cursors outside transactions, listens to nothing and sets nothing."""


class Database:
    """Resolves the database URL (starting the embedded server when none is set) and owns the pool."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.embedded: EmbeddedPostgres | None = None
        self.url: str | None = settings.database_url
        self.pool: asyncpg.Pool | None = None

    def locate(self) -> str:
        """Blocking: the URL to use, starting the embedded PostgreSQL if needed."""
        if self.url is None:
            self.embedded = EmbeddedPostgres(self.settings.data_dir)
            self.url = self.embedded.start()
        return self.url

    async def open_pool(self) -> asyncpg.Pool:
        url = self.url or await asyncio.to_thread(self.locate)
        self.pool = await asyncpg.create_pool(
            url,
            min_size=self.settings.db_pool_min,
            max_size=self.settings.db_pool_max,
            command_timeout=self.settings.db_timeout * 3,
            timeout=self.settings.db_timeout,
            init=_init_connection,
            reset=_keep_session,
        )
        return self.pool

    async def close(self) -> None:
        pool, self.pool = self.pool, None
        if pool is None:
            return
        try:
            await pool.close()
        except asyncio.CancelledError:
            # A second Ctrl-C while connections close gracefully: drop them at once. The process
            # is going away; a traceback for its shutdown would say nothing a reader needs.
            pool.terminate()

    def stop_embedded(self) -> None:
        if self.embedded is not None:
            self.embedded.stop()
            self.embedded = None


async def create_pool(url: str, *, min_size: int = 1, max_size: int = 4) -> asyncpg.Pool:
    """A pool with the service's type codecs, for the CLI and tests."""
    return await asyncpg.create_pool(url, min_size=min_size, max_size=max_size, init=_init_connection)


@asynccontextmanager
async def connect(url: str) -> AsyncIterator[asyncpg.Connection]:
    """One plain connection, for the CLI and tests."""
    connection = await asyncpg.connect(url)
    await _init_connection(connection)
    try:
        yield connection
    finally:
        await connection.close()
