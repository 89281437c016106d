"""The catch-all error handler: database faults are 503s however Litestar wraps them."""

from __future__ import annotations

import logging

import asyncpg
import pytest
from litestar.testing import RequestFactory

from service.api.errors import on_unexpected


def status(exc: Exception) -> int:
    response = on_unexpected(RequestFactory().get("/v1/timeline"), exc)
    if response.status_code == 503:
        assert response.headers["Retry-After"]
    return response.status_code


def test_a_database_timeout_is_a_503() -> None:
    assert status(TimeoutError()) == 503


def test_a_timeout_wrapped_by_a_failed_dependency_cleanup_is_a_503() -> None:
    # A query timed out, then so did returning its connection: Litestar raises both as a group.
    group = ExceptionGroup("Exceptions occurred during cleanup of dependencies", [TimeoutError()])
    assert status(group) == 503


def test_contention_wrapped_in_a_group_is_a_503() -> None:
    group = ExceptionGroup("cleanup", [asyncpg.exceptions.DeadlockDetectedError("deadlock")])
    assert status(group) == 503


def test_a_group_with_anything_else_in_it_is_still_a_500() -> None:
    group = ExceptionGroup("cleanup", [TimeoutError(), KeyError("bug")])
    assert status(group) == 500
    assert status(KeyError("bug")) == 500


def test_the_log_names_what_a_group_held(caplog: pytest.LogCaptureFixture) -> None:
    group = ExceptionGroup("cleanup", [TimeoutError(), asyncpg.exceptions.InterfaceError("gone")])
    logger = logging.getLogger("service.errors")
    logger.addHandler(caplog.handler)  # the app's logging setup may stop it reaching the root
    try:
        assert status(group) == 503
    finally:
        logger.removeHandler(caplog.handler)
    assert "InterfaceError, TimeoutError" in caplog.text
