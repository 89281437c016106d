"""Query parameters shared by the list endpoints."""

from __future__ import annotations

from typing import Annotated

from litestar.params import Parameter

Limit = Annotated[int, Parameter(ge=1, le=200, description="Page size (1..200).")]
Cursor = Annotated[str | None, Parameter(max_length=200, description="Opaque cursor from the previous page.")]
