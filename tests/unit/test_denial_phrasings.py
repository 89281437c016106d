"""Denial phrasings mined from real coverage that calls a report untrue, with look-alikes that
are no denial of a report."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline.nlp import load
from tests.unit.test_claims import Read


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


@pytest.mark.parametrize(
    "text",
    [
        "Experts called the video an elaborate prank.",
        "The doctor said the claims were untruths.",
        "He said the photos were pure fakery.",
        "The agency said the story was a spoof.",
        "Fact-checkers said the report was a hoax.",
        "The museum said the photo was photoshopped.",
        "The spokesman said the report was not true.",
        "The company said the claims had no basis.",
    ],
)
def test_calling_a_report_untrue_is_a_denial(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("Officials did not deny the report.", []),
        ("The spokesman could not confirm the report.", ["declines_to_comment"]),
        ("The border guards denied entry to the journalists.", []),
        # a prank or a spoof that someone made is no verdict on a report
        ("The students played a prank on the teacher, the principal said.", ["asserts"]),
        ("The show is a spoof of spy films, the director said.", ["asserts"]),
    ],
)
def test_look_alikes_are_no_denial_of_a_report(nlp: Language, text: str, stances: list[str]) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == stances
