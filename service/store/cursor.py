"""Opaque pagination cursors: the last row's sort key, base64-encoded JSON.

A cursor comes back from the client, so every value in it is checked against what this service
could have put there before it reaches a query: a forged one is a 400, never a database error.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from typing import Any

# Sequence numbers and offsets are PostgreSQL bigints.
MAX_BIGINT = 2**63 - 1


class BadCursor(ValueError):
    """The client sent a cursor this service did not make."""


def _bad() -> BadCursor:
    return BadCursor("cursor is not one this service returned")


def _reject_constant(name: str) -> Any:
    # json.loads reads NaN, Infinity and -Infinity by default; no cursor of ours holds them.
    raise ValueError(f"{name} is not JSON this service writes")


def encode(*key: Any) -> str:
    raw = json.dumps(list(key), separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode()), parse_constant=_reject_constant)
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError) as error:
        raise _bad() from error
    if not isinstance(key, list) or len(key) != arity:
        raise _bad()
    return key


def _bigint(value: Any, *, at_most: int = MAX_BIGINT) -> int:
    """A non-negative integer that fits where it is going; floats (1e300) are not ours either."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= at_most:
        raise _bad()
    return value


def decode_int(cursor: str, *, at_most: int = MAX_BIGINT) -> int:
    """A cursor holding one integer (a row's sequence number or an offset), at most `at_most`."""
    return _bigint(decode(cursor, 1)[0], at_most=at_most)


def decode_date_seq(cursor: str) -> tuple[date, int]:
    """A cursor holding an ISO date and a sequence number (the timeline's sort key)."""
    day, seq = decode(cursor, 2)
    if not isinstance(day, str) or len(day) != 10:
        raise _bad()
    try:
        parsed = date.fromisoformat(day)
    except ValueError as error:
        raise _bad() from error
    return parsed, _bigint(seq)
