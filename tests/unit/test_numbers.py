"""Number phrases: the one reader shared by the temporal tagger and statement figures."""

from __future__ import annotations

import pytest

from service.pipeline.numbers import parse_number


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("6", 6.0),
        ("35,000", 35_000.0),
        ("1.5 million", 1_500_000.0),
        ("six", 6.0),
        ("Twenty-five", 25.0),
        ("twenty five", 25.0),
        ("a dozen", 12.0),
        ("a score", 20.0),
        ("a hundred and fifty", 150.0),
        ("three hundred thousand", 300_000.0),
        ("nineteen hundred", 1900.0),
        ("a", 1.0),
        ("an", 1.0),
        ("one", 1.0),
        ("half an", 0.5),
        ("3 1/2", 3.5),
        ("a couple of", 2.0),
    ],
)
def test_amounts(written: str, amount: float) -> None:
    assert parse_number(written) == amount


@pytest.mark.parametrize("written", ["several", "a few", "", "people", "six people", "and"])
def test_vague_or_no_number(written: str) -> None:
    assert parse_number(written) is None


def test_a_fraction_over_zero_is_no_amount() -> None:
    from service.pipeline.numbers import parse_number

    assert parse_number("3 1/0") is None
    assert parse_number("3 1/2") == 3.5
