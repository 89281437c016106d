"""HTTP fixtures: the real app on a fresh database, driven through an ASGI HTTP client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.workers import AnalysisPool
from tests.conftest import settings_for

pytestmark = pytest.mark.integration


@pytest.fixture
def make_client(database_url: str, analysis_pool: AnalysisPool) -> Callable[..., Any]:
    """`async with make_client(API_KEYS=...) as client`: the app with chosen settings."""

    @asynccontextmanager
    async def factory(**overrides: object) -> AsyncIterator[AsyncTestClient]:
        app = create_app(settings_for(database_url, **overrides), analysis=analysis_pool)
        async with AsyncTestClient(app, raise_server_exceptions=False) as client:
            yield client

    return factory


@pytest.fixture
async def client(make_client: Callable[..., Any]) -> AsyncIterator[AsyncTestClient]:
    async with make_client() as c:
        yield c
