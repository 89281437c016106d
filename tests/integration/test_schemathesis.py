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
import msgspec
import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck
from hypothesis.errors import FlakyStrategyDefinition
from schemathesis.checks import CheckContext
from schemathesis.config import SchemathesisConfig
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from service.api.schemas import ArticleIn
from service.app import create_app
from service.db import create_pool
from service.seed import load_seeds
from service.workers import AnalysisPool
from tests.conftest import SEEDS, TEMPLATE, _throwaway_database, settings_for

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]

API_KEY = "schemathesis-key-0123456789"
PROBLEM_JSON = "application/problem+json"
# The problems of an html or url item whose page gives no article.
PAGE_PROBLEMS = {"/problems/no-article", "/problems/fetching-disabled"}


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


@pytest.fixture(scope="module")
async def module_database_url(server_url: str, template_url: str) -> AsyncIterator[str]:
    """A fresh migrated database shared by this module's tests."""
    async for url in _throwaway_database(server_url, TEMPLATE):
        yield url


@pytest.fixture(scope="module")
async def live_url(module_database_url: str, analysis_pool: AnalysisPool) -> AsyncIterator[str]:
    """The API on a database holding the seed articles, behind an API key."""
    pool = await create_pool(module_database_url)
    try:
        await load_seeds(pool, analysis_pool, SEEDS)
    finally:
        await pool.close()
    app = create_app(settings_for(module_database_url, api_keys=(API_KEY,)), analysis=analysis_pool)
    with serve_in_thread(app) as url:
        yield url


def the_spec() -> dict[str, Any]:
    """The spec the app serves with API keys on; building the app touches no database."""
    app = create_app(settings_for("postgresql://unused@127.0.0.1/unused", api_keys=(API_KEY,)))
    return app.openapi_schema.to_schema()


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


def batch_items_judged_one_by_one(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A batch answers 200 with one result per item, in order; exactly the items that do not
    match ArticleIn are `invalid` (the others are stored), whatever else the batch holds."""
    if case.operation.label != "POST /v1/articles/batch" or response.status_code != 200:
        return None
    body = case.body
    assert isinstance(body, dict) and isinstance(body.get("articles"), list), "200 for a malformed batch"
    results = json.loads(response.content)["items"]
    assert [r["index"] for r in results] == list(range(len(body["articles"])))
    for item, result in zip(body["articles"], results, strict=True):
        try:
            msgspec.convert(item, ArticleIn)
            valid = True
        except msgspec.ValidationError:
            valid = False
        if valid and item.get("text") is None and result["status"] == "invalid":
            # A page (html, or url) may give no article: what it holds is no schema's to state.
            assert result["error"]["type"] in PAGE_PROBLEMS, result["error"]
            continue
        assert (result["status"] != "invalid") == valid, f"item {result['index']} judged {result['status']}"
        assert (result["article_id"] is not None) == valid
    return True


def checks_to_skip(case: Case) -> list[Any]:
    skipped: list[Any] = []
    query = case.query or {}
    # A cursor is opaque: one the service did not make is a client error (400 bad-cursor),
    # although any string is schema-valid. The timeline and the story list refuse `from` after
    # `to` (400), a rule across two parameters that OpenAPI cannot state. Both must still answer
    # with a problem.
    inverted = case.operation.label in {"GET /v1/timeline", "GET /v1/stories"} and str(
        query.get("from", "")
    ) > str(query.get("to", "9999"))
    # An html or url body is schema-valid whatever the page holds; a page without an article
    # is a 422 (no-article), and a url a 422 while fetching is off: still problems, checked.
    # Text and html together, or none of text, html and url, are refused too: a rule across
    # fields that the spec states in words (a schema-level anyOf would rename generated models).
    body = case.body if isinstance(case.body, dict) else {}
    page = case.operation.label in {"POST /v1/articles", "POST /v1/analyze"} and (
        body.get("text") is None or body.get("html") is not None
    )
    if query.get("cursor") is not None or inverted or page:
        skipped.append(positive_data_acceptance)
    # A batch with invalid items is answered 200, item by item (checked by the check above).
    if case.operation.label == "POST /v1/articles/batch":
        skipped.append(negative_data_rejection)
    return skipped


CHECKS = [problem_details, batch_items_judged_one_by_one]


schema = schemathesis.openapi.from_dict(
    the_spec(),
    config=SchemathesisConfig.from_dict({"auth": {"openapi": {"bearerAuth": {"bearer": API_KEY}}}}),
)


@schema.parametrize()
@hypothesis.settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_honours_the_spec(case: Case, live_url: str) -> None:
    case.call_and_validate(
        base_url=live_url,
        timeout=60,
        additional_checks=CHECKS,
        excluded_checks=checks_to_skip(case),
    )


def test_stateful_scenarios_follow_the_links(live_url: str) -> None:
    """Scenarios chained by the spec's links: ingest, then read what was made, and so on."""
    base = schema.as_state_machine()

    class Scenarios(base):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return {"base_url": live_url, "timeout": 60}

        def validate_response(
            self, response: Response, case: Case, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            excluded = checks_to_skip(case)
            case.validate_response(
                response,
                additional_checks=[*CHECKS, *(additional_checks or [])],
                excluded_checks=excluded,
                transport_kwargs={"base_url": live_url, **kwargs},
            )

    settings = hypothesis.settings(
        max_examples=25,
        stateful_step_count=6,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    # The rules open to a scenario depend on what the server answered, and the server keeps what
    # earlier scenarios stored, so Hypothesis may find one path drawing two ways and stop with
    # FlakyStrategyDefinition (a generation artefact, not a finding). Like schemathesis's own
    # runner, start the scenarios again then; check failures are never retried.
    for attempt in range(3):
        try:
            Scenarios.run(settings=settings)
            return
        except FlakyStrategyDefinition:
            if attempt == 2:
                raise
