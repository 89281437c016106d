"""Publication dates the calendar does not have are refused on every input, naming the field."""

from __future__ import annotations

import msgspec
import pytest

from service.api.schemas import AnalyzeIn, ArticleIn


@pytest.mark.parametrize("schema", [ArticleIn, AnalyzeIn])
@pytest.mark.parametrize("value", ["2024-02-30", "2023-06-31T10:00:00Z"])
def test_an_impossible_date_is_refused_naming_the_field(schema: type, value: str) -> None:
    with pytest.raises(msgspec.ValidationError, match="published_at"):
        msgspec.convert({"text": "Some text.", "published_at": value}, schema)


@pytest.mark.parametrize("schema", [ArticleIn, AnalyzeIn])
@pytest.mark.parametrize("value", ["2024-02-29", "2024-11-11T08:30:00+01:00", None])
def test_a_real_or_missing_date_is_taken(schema: type, value: str | None) -> None:
    decoded = msgspec.convert({"text": "Some text.", "published_at": value}, schema)
    assert decoded.published_at == value
