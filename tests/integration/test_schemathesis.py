"""Property-based API tests generated from the app's own OpenAPI spec (schemathesis).

The real app runs under uvicorn on a free loopback port, on a fresh database holding the seed
articles, with API keys switched on. Every operation is fuzzed (examples, coverage and fuzzing
phases, positive and negative data) and then driven through stateful scenarios that follow the
spec's links. Every response must be free of 5xx, match its declared status codes, content type,
headers and schema, and every error must be an RFC 9457 problem.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import hypothesis
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck
from schemathesis.checks import CheckContext
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case
from schemathesis.specs.openapi.checks import positive_data_acceptance

from service.app import create_app
from service.db import create_pool
from service.seed import load_seeds
from service.workers import AnalysisPool
from tests.conftest import SEEDS, settings_for

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]

API_KEY = "schemathesis-key-0123456789"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
PROBLEM_JSON = "application/problem+json"


@contextmanager
def serve_in_thread(app: Any) -> Iterator[str]:
    """Run `app` under uvicorn in a thread on a free 127.0.0.1 port; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, lifespan="on", timeout_graceful_shutdown=10))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the API server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


@pytest.fixture
async def live_url(database_url: str, analysis_pool: AnalysisPool) -> AsyncIterator[str]:
    """The API on a fresh database with the seed articles, behind an API key."""
    pool = await create_pool(database_url)
    try:
        await load_seeds(pool, analysis_pool, SEEDS)
    finally:
        await pool.close()
    app = create_app(settings_for(database_url, api_keys=(API_KEY,)), analysis=analysis_pool)
    with serve_in_thread(app) as url:
        yield url


@pytest.fixture
def api_schema(live_url: str) -> Any:
    return schemathesis.openapi.from_url(f"{live_url}/schema/openapi.json")


def problem_details(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Every error is RFC 9457 problem details: the media type and the four core members."""
    if response.status_code < 400:
        return None
    content_type = (response.headers.get("content-type") or [""])[0].split(";")[0].strip()
    assert content_type == PROBLEM_JSON, f"{response.status_code} answered as {content_type!r}"
    body = json.loads(response.content)
    assert isinstance(body, dict), "a problem is a JSON object"
    for member in ("type", "title", "detail"):
        assert isinstance(body.get(member), str) and body[member], f"problem without {member!r}"
    assert body.get("status") == response.status_code, "problem status differs from the HTTP status"
    return True


def checks_to_skip(case: Case) -> list[Any]:
    # A cursor is opaque: one the service did not make is a client error (400 bad-cursor),
    # although any string is schema-valid. Such cases must still be answered by a problem.
    if case.query and case.query.get("cursor") is not None:
        return [positive_data_acceptance]
    return []


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@hypothesis.settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_honours_the_spec(case: Case) -> None:
    case.call_and_validate(
        headers=AUTH,
        timeout=60,
        additional_checks=[problem_details],
        excluded_checks=checks_to_skip(case),
    )


def test_stateful_scenarios_follow_the_links(api_schema: Any) -> None:
    """Scenarios chained by the spec's links: ingest, then read what was made, and so on."""
    base = api_schema.as_state_machine()

    class Scenarios(base):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return {"headers": AUTH, "timeout": 60}

        def validate_response(
            self, response: Response, case: Case, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            excluded = checks_to_skip(case)
            case.validate_response(
                response,
                additional_checks=[problem_details, *(additional_checks or [])],
                excluded_checks=excluded,
                transport_kwargs=kwargs or None,
            )

    Scenarios.run(
        settings=hypothesis.settings(
            max_examples=15,
            stateful_step_count=6,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
