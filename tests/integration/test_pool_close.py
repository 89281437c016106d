"""Closing the database pool at shutdown: a second Ctrl-C during a graceful close drops the
connections at once instead of ending the shutdown in a traceback."""

from __future__ import annotations

import asyncio

from service.db import Database
from tests.conftest import settings_for


async def test_a_close_cancelled_half_way_terminates_the_pool(database_url: str) -> None:
    db = Database(settings_for(database_url))
    pool = await db.open_pool()
    await pool.acquire()  # a connection in use keeps a graceful close waiting
    closing = asyncio.create_task(db.close())
    await asyncio.sleep(0.2)
    assert not closing.done(), "the graceful close should wait for the connection in use"
    closing.cancel()
    await asyncio.wait_for(closing, 5)  # returns: the cancellation ends in termination, not an error
    assert db.pool is None
    assert pool.is_closing()


async def test_a_close_without_interruption_is_graceful(database_url: str) -> None:
    db = Database(settings_for(database_url))
    pool = await db.open_pool()
    await db.close()
    assert db.pool is None and pool.is_closing()
    await db.close()  # twice is harmless
