"""What a figure allows, read from its hedge: one reading for the story's figures and a dated
event's."""

from __future__ import annotations

import pytest

from service.reconcile.figure_bounds import Bounds, hedged_bounds

# --- hedges --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "expected"),
    [
        ("over 200", 200, None, Bounds(200, None, low_open=True)),
        ("more than 200", 200, None, Bounds(200, None, low_open=True)),
        ("at least 88", 88, None, Bounds(88, None)),
        ("at most 50", 0, 50, Bounds(0, 50)),
        # a ceiling claimed reached: near it, at least half of it
        ("up to 50", 0, 50, Bounds(25, 50)),
        ("as many as 300", 0, 300, Bounds(150, 300)),
        ("fewer than 50", 0, 50, Bounds(0, 50, high_open=True)),
        ("nearly 100", 90, 110, Bounds(90, 100, high_open=True)),
        ("about 300", 270, 330, Bounds(270, 330.00000000000006)),
        ("closer to 6,500", 5850, 7150, Bounds(5850, 7150.000000000001)),
        ("between 120 and 200", 120, 200, Bounds(120, 200)),
        ("11,000", 11000, 11000, Bounds(10450, 11550)),
        ("Several hundred", 200, 1000, Bounds(200, 1000)),
        # signs on the number, and a range stored reversed
        ("~300", 300, 300, Bounds(270, 330.00000000000006)),
        ("200+", 200, 200, Bounds(200, None)),
        ("35,000-40,000", 40_000, 35_000, Bounds(35_000, 40_000)),
        ("7", 7, 7, Bounds(7, 7)),
        # short of a ceiling is near it
        ("just under 100", 0, 100, Bounds(90, 100, high_open=True)),
    ],
)
def test_hedged_bounds(text: str, low: float, high: float | None, expected: Bounds) -> None:
    got = hedged_bounds(low, high, text)
    assert got.low == pytest.approx(expected.low)
    assert (got.high is None) == (expected.high is None)
    if got.high is not None and expected.high is not None:
        assert got.high == pytest.approx(expected.high)
    assert (got.low_open, got.high_open) == (expected.low_open, expected.high_open)


def test_bounds_meet_only_where_a_value_fits_both() -> None:
    assert not Bounds(200, None, low_open=True).meets(Bounds(120, 200))  # over 200 vs 120-200
    assert Bounds(200, None).meets(Bounds(120, 200))  # at least 200 vs 120-200: 200 fits
    assert not Bounds(90, 100, high_open=True).meets(Bounds(100, 100))  # nearly 100 vs 100
    assert Bounds(88, None).meets(Bounds(88, 88))
