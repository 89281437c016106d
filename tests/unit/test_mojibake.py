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


def test_lone_control_characters_are_no_mojibake() -> None:
    assert repair("0\x85")[0] == "0\x85"


def test_the_cleaner_repairs_mojibake_and_maps_names_back() -> None:
    from service.pipeline.clean import clean

    raw = (
        "Widget prices rise\n\nAnn Oâ€™Brien met the CafÃ© Zorbix owner on Monday in Lima. The owner "
        "said prices rose sharply this year, and more rises were expected by the trade."
    )
    cleaned = clean(raw)
    assert "Ann O’Brien met the Café Zorbix owner" in cleaned.text
    for word in ("Ann", "Brien", "Zorbix", "Lima"):
        at = cleaned.text.index(word)
        assert raw[cleaned.to_raw(at) : cleaned.to_raw(at) + len(word)] == word


def test_a_repaired_character_never_maps_onto_no_input() -> None:
    # The kept "Ã" also occurs in the damaged pair before it: pairing the two would leave the
    # repaired "à" standing for nothing in the input.
    for damaged in ("Ã\xa0Ã", "xÃ\xa0Ãy", "Ã\xa0Ã Ã"):
        fixed, runs = repair(damaged)
        fixed_end = damaged_end = 0
        for out_at, in_at, length in runs:
            assert fixed[out_at : out_at + length] == damaged[in_at : in_at + length]
            if out_at > fixed_end:  # repaired characters stand for some damaged ones
                assert in_at > damaged_end
            fixed_end, damaged_end = out_at + length, in_at + length
        assert fixed_end == len(fixed) or damaged_end < len(damaged)
