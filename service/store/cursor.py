"""Opaque pagination cursors: the last row's sort key, base64-encoded JSON."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any


class BadCursor(ValueError):
    """The client sent a cursor this service did not make."""


def encode(*key: Any) -> str:
    raw = json.dumps(list(key), separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str, arity: int) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError) as error:
        raise BadCursor("cursor is not one this service returned") from error
    if not isinstance(key, list) or len(key) != arity:
        raise BadCursor("cursor is not one this service returned")
    return key


def decode_int(cursor: str) -> int:
    """A cursor holding one integer (a row's sequence number or an offset)."""
    value = decode(cursor, 1)[0]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadCursor("cursor is not one this service returned")
    return value
