"""Cursors: every value a client could forge is refused before it reaches a query."""

from __future__ import annotations

import base64
import json
from datetime import date

import pytest

from service.store import cursor as cursors


def forged(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "raw",
    [
        "[9223372036854775808]",
        json.dumps([2**70]),
        "[-1]",
        "[1e300]",
        "[Infinity]",
        "[NaN]",
        "[true]",
        "[1.5]",
    ],
)
def test_an_integer_cursor_out_of_bigint_range_or_not_an_integer_is_refused(raw: str) -> None:
    with pytest.raises(cursors.BadCursor):
        cursors.decode_int(forged(raw))


@pytest.mark.parametrize(
    "raw",
    [
        '["2024-01-01", 1e300]',
        '["2024-01-01", Infinity]',
        '["2024-01-01", 9223372036854775808]',
        '["2024-01-01", -Infinity]',
        '["2024-13-01", 1]',
        "[20240101, 1]",
        '["2024-01-01T00:00", 1]',
        "[" * 5000 + "]" * 5000,
    ],
)
def test_a_forged_timeline_cursor_is_refused(raw: str) -> None:
    with pytest.raises(cursors.BadCursor):
        cursors.decode_date_seq(forged(raw))


def test_the_service_s_own_cursors_round_trip() -> None:
    assert cursors.decode_int(cursors.encode(cursors.MAX_BIGINT)) == cursors.MAX_BIGINT
    assert cursors.decode_date_seq(cursors.encode("0001-01-01", 7)) == (date(1, 1, 1), 7)


def test_an_offset_beyond_its_bound_is_refused() -> None:
    assert cursors.decode_int(cursors.encode(1000), at_most=1000) == 1000
    with pytest.raises(cursors.BadCursor):
        cursors.decode_int(cursors.encode(1001), at_most=1000)
