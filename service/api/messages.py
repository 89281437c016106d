"""Validation failures said in words a client can act on, in the API's own field names.

msgspec and Litestar report what failed in their terms (a regular expression, `Expected `int` >= 1`,
a Python parameter name, the body as `data`); this turns each into what was wrong and what is
accepted. Patterns are described by `PATTERN_HINTS`, kept next to the patterns themselves.
"""

from __future__ import annotations

import enum
import re
import typing
from typing import Any

import msgspec

from service.api.params import UUID_PATTERN
from service.api.schemas import PATTERN_HINTS, ProblemError

_HINTS = {
    **PATTERN_HINTS,
    UUID_PATTERN: "be an id returned by this API (a UUID such as 3f2c1a7e-8b4d-4c1e-9f6a-2d5b7c8e9a01)",
}
# msgspec quotes a pattern the way repr() does (backslashes doubled).
_HINTS.update({repr(pattern)[1:-1]: hint for pattern, hint in list(_HINTS.items())})

_JSON_TYPES = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "true or false",
    "array": "an array",
    "object": "a JSON object",
    "null": "null",
}

_PATTERN = re.compile(r"^Expected `str` matching regex '(?P<regex>.*)'$", re.DOTALL)
_BOUND = re.compile(
    r"^Expected `(?P<type>[^`]+)` (?P<length>of length )?(?P<op>>=|<=|>|<) (?P<n>[0-9.e+-]+)$"
)
_TYPE = re.compile(r"^Expected `(?P<want>[^`]+)`, got `(?P<got>[^`]+)`$")
_MISSING = re.compile(r"^Object missing required field `(?P<field>[^`]+)`$")
# A field required unless another is given: "... field `text`: give text, html, or url alone".
_MISSING_UNLESS = re.compile(r"^Object missing required field `(?P<field>[^`]+)`: (?P<how>.+)$")
_UNKNOWN = re.compile(r"^Object contains unknown field `(?P<field>[^`]+)`$")
_ENUM = re.compile(r"^Invalid enum value (?P<value>.*)$")
_WORDS = {">=": "at least", "<=": "at most", ">": "more than", "<": "less than"}


def _json_type(name: str) -> str:
    names = [_JSON_TYPES.get(part.strip(), f"`{part.strip()}`") for part in name.split("|")]
    return " or ".join(names)


def _bound(match: re.Match[str]) -> str:
    words, n = _WORDS[match["op"]], match["n"]
    if match["length"]:
        unit = "item" if match["type"] in {"array", "object"} else "character"
        return f"must have {words} {n} {unit}{'' if n == '1' else 's'}"
    return f"must be {words} {n}"


def explain(message: str, accepted: list[str] | None = None) -> tuple[str | None, str]:
    """(a field named by the message itself or None, the message in plain words)."""
    message = message.split(" - at `$")[0].strip()
    if match := _PATTERN.match(message):
        hint = _HINTS.get(match["regex"])
        return None, f"must {hint}" if hint else "is not in the accepted form (see the API's schema)"
    if match := _BOUND.match(message):
        return None, _bound(match)
    if match := _TYPE.match(message):
        return None, f"must be {_json_type(match['want'])}, not {_json_type(match['got'])}"
    if match := _MISSING.match(message):
        return match["field"], "is required"
    if match := _MISSING_UNLESS.match(message):
        return match["field"], f"is required ({match['how']})"
    if match := _UNKNOWN.match(message):
        known = f"; accepted fields: {', '.join(accepted)}" if accepted else ""
        return match["field"], f"is not a field of this body{known}"
    if message in {"Invalid RFC3339 encoded date", "Invalid date"}:
        return None, "must be a date, YYYY-MM-DD (e.g. 2024-11-01)"
    if message.startswith("Invalid RFC3339 encoded datetime"):
        return None, "must be an ISO 8601 date-time (e.g. 2024-11-11T16:27:00+00:00)"
    if match := _ENUM.match(message):
        values = f"; accepted: {', '.join(accepted)}" if accepted else ""
        return None, f"{match['value']} is not one of the accepted values{values}"
    return None, message


def _join(path: str, field: str) -> str:
    return f"{path}.{field}" if path and path != "body" else field


def problem_error(field: str, message: str, accepted: list[str] | None = None) -> ProblemError:
    """One error: `field` as the client named it (`body` for the body itself)."""
    named, text = explain(message, accepted)
    return ProblemError(field=_join(field, named) if named else field, message=text)


def _enum_in(annotation: Any) -> type[enum.Enum] | None:
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    for arg in typing.get_args(annotation):
        if found := _enum_in(arg):
            return found
    return None


def _struct_in(annotation: Any) -> type[msgspec.Struct] | None:
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        return annotation
    for arg in typing.get_args(annotation):
        if found := _struct_in(arg):
            return found
    return None


def parameter_names(route_handler: Any) -> dict[str, tuple[str, list[str] | None]]:
    """Python parameter name -> (the name the client sends, its accepted values if an enum;
    for the body, its field names)."""
    names: dict[str, tuple[str, list[str] | None]] = {}
    signature = getattr(route_handler, "parsed_fn_signature", None)
    for name, definition in (getattr(signature, "parameters", None) or {}).items():
        kwarg = getattr(definition, "kwarg_definition", None)
        alias = getattr(kwarg, "query", None) or getattr(kwarg, "name", None) or name
        accepted: list[str] | None = None
        if found := _enum_in(definition.annotation):
            accepted = [str(member.value) for member in found]
        if name == "data":
            alias = "body"
            if struct := _struct_in(definition.annotation):
                accepted = [f.encode_name for f in msgspec.structs.fields(struct)]
        names[name] = (alias, accepted)
    return names


def body_missing() -> ProblemError:
    return ProblemError(
        field="body", message="is missing: send a JSON object with Content-Type: application/json"
    )


def summary(errors: list[ProblemError]) -> str:
    """The detail line of a validation problem: every error, in order."""
    return "; ".join(f"`{e.field}` {e.message}" for e in errors) + "."
