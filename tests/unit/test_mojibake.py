"""Mojibake repair and its map back onto the input."""

from __future__ import annotations

from service.pipeline.mojibake import repair


def test_clean_text_is_untouched() -> None:
    text = "Ann O’Brien met the café owner.\nNothing else."
    assert repair(text) == (text, [(0, 0, len(text))])


def test_damaged_line_is_repaired_and_kept_characters_map_back() -> None:
    damaged = "First line is fine.\nAnn Oâ€™Brien met the CafÃ© owner.\nLast line."
    fixed, runs = repair(damaged)
    assert fixed == "First line is fine.\nAnn O’Brien met the Café owner.\nLast line."
    for out_at, in_at, length in runs:
        assert fixed[out_at : out_at + length] == damaged[in_at : in_at + length]
    covered = sum(length for _, _, length in runs)
    assert covered == len(fixed) - 2  # only the two repaired characters map approximately
