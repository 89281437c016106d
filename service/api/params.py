"""Query parameters shared by the list endpoints."""

from __future__ import annotations

from typing import Annotated

from litestar.params import QueryParameter

Limit = Annotated[int, QueryParameter(ge=1, le=200, description="Page size (1..200).")]
Cursor = Annotated[
    str | None, QueryParameter(max_length=200, description="Opaque cursor from the previous page.")
]
# An id in a query filter: the canonical UUID form this API returns, so the spec says what is valid.
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
EntityIdQuery = Annotated[
    str | None,
    QueryParameter(max_length=36, pattern=UUID_PATTERN, description="An entity id returned by this API."),
]
StoryIdQuery = Annotated[
    str | None,
    QueryParameter(max_length=36, pattern=UUID_PATTERN, description="A story id returned by this API."),
]
