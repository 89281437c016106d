"""Hostile text through the pure pipeline: nothing crashes, every offset stays inside its text.

Property tests (hypothesis) over `clean` and over `prepare_many` with the real spaCy model:
any Unicode (control characters, NUL, bidi controls, emoji, combining marks, line and paragraph
separators) mixed into news-like sentences; plus blank-only input, 5 MB of text and one very
long line, with generous time bounds.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from service.api.analyze import analysis_of
from service.pipeline import nlp as nlp_loader
from service.pipeline.analyse import Prepared, RawArticle, prepare_many
from service.pipeline.clean import clean
from service.pipeline.types import Cleaned

# Characters that break naive text handling.
HOSTILE = [
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\x9f",  # C0/C1 controls, NUL
    "\t", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1e", "\u2028", "\u2029",  # line breaks of all kinds
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",  # invisible format characters
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069",  # bidi controls
    "\u0301", "\u0308\u0301", "e\u0301", "\u0489",  # combining marks, alone and stacked
    "👍🏽", "\U0001f1fa\U0001f1e6", "👩‍👩‍👧", "\U0001f600",  # emoji, flags, ZWJ sequences
    "مرحبا", "שלום", "Привет", "你好", "ﷺ", "\ufffd", "\U0010ffff", "\ue000",  # scripts, specials
    "  ", "\u00a0", "\u3000", "...", "“", "”", "«", "»", "—",  # spaces and punctuation
]  # fmt: skip
# News-like pieces, so the model finds names, dates and attributed statements to mangle.
PROSE = [
    "The minister said on Monday that talks had failed.",
    "Anna Weber, a spokeswoman for Northwind Bank, denied the report.",
    "“We did not agree to anything,” she told reporters on 7 October 2024.",
    "Officials met in the capital last week, the agency reported.",
    "At least 12 people were killed on Tuesday, police said.",
    "Advertisement",
    "Share this article",
    "date 2024-11-11",
    "\n\n",
    "\n",
]

any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)


@st.composite
def mangled_sentence(draw: st.DrawFn) -> str:
    """A news sentence with hostile characters slipped in anywhere, words included."""
    sentence = draw(st.sampled_from(PROSE))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(sentence)))
        sentence = sentence[:at] + draw(st.sampled_from(HOSTILE) | any_text) + sentence[at:]
    return sentence


hostile_text = st.lists(
    st.one_of(mangled_sentence(), mangled_sentence(), st.sampled_from(HOSTILE), any_text),
    min_size=3,
    max_size=40,
).map("".join)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_loader.load()


def check_cleaned(raw: str, cleaned: Cleaned) -> None:
    text = cleaned.text
    assert "\x00" not in text
    assert 0 <= cleaned.clean_text_offset <= len(raw)
    previous_end = 0
    for clean_start, raw_start, length in cleaned.segments:
        assert length > 0 and clean_start >= previous_end
        assert clean_start >= 0 and clean_start + length <= len(text)
        assert raw_start >= 0 and raw_start + length <= len(raw)
        # Every kept stretch is the same characters in the input.
        assert raw[raw_start : raw_start + length] == text[clean_start : clean_start + length]
        previous_end = clean_start + length
    step = max(1, len(text) // 500)
    for offset in [*range(0, len(text) + 1, step), len(text)]:
        assert 0 <= cleaned.to_raw(offset) <= len(raw)


def check_prepared(raw: str, prepared: Prepared) -> None:
    check_cleaned(raw, prepared.cleaned)
    text = prepared.cleaned.text
    a = prepared.analysis

    def inside(start: int, end: int) -> None:
        assert 0 <= start <= end <= len(text), (start, end, len(text))

    for start, end in a.sentences:
        inside(start, end)
    for group in a.entities:
        assert group.name and group.mentions
        for mention in group.mentions:
            inside(mention.start, mention.end)
            assert mention.start < mention.end
            assert 0 <= mention.sentence < max(len(a.sentences), 1)
    for t in a.time_expressions:
        inside(t.start, t.end)
        assert text[t.start : t.end] == t.text
    for w in a.warnings:
        inside(w.start, w.end)
    for s in a.statements:
        inside(s.start, s.end)
        assert all(0 <= p < len(a.entities) for p in s.participants)
        assert s.time is None or 0 <= s.time < len(a.time_expressions)
    for c in a.claims:
        inside(c.start, c.end)
        assert c.statement is None or 0 <= c.statement < len(a.statements)
        assert c.claimant_entity is None or 0 <= c.claimant_entity < len(a.entities)
    # What /v1/analyze answers: the same offsets mapped back onto the submitted text.
    shown = analysis_of(prepared)
    for item in [*shown.entities, *shown.time_expressions, *shown.claims, *shown.warnings]:
        assert 0 <= item.start <= item.end <= len(raw), (item, len(raw))
    assert 0 <= shown.clean_text_offset <= len(raw)


@pytest.mark.timeout(120)
@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(raw=hostile_text)
@example(raw="")
@example(raw="\x00" * 50)
@example(raw="\n\n\n   \n\t\n\r\n\u2028\u2029\x85\x0b\x0c")
@example(raw="Advertisement\nShare\nRead more\n")
@example(raw="\u202e" + PROSE[0] + "\u202c")
@example(raw="e" + "\u0301" * 5000)
def test_clean_never_fails_and_keeps_offsets_inside(raw: str) -> None:
    check_cleaned(raw, clean(raw))


@pytest.mark.timeout(300)
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=hostile_text)
@example(raw="")
@example(raw="\n\n\n \n\t\n")
@example(raw="\x00".join(PROSE))
@example(raw="\u200f".join(PROSE) + "👍🏽" * 20)
def test_analysis_never_fails_and_keeps_offsets_inside(nlp: Language, raw: str) -> None:
    [prepared] = prepare_many([RawArticle(text=raw)], nlp)
    check_prepared(raw, prepared)


@pytest.mark.timeout(120)
def test_a_batch_of_hostile_texts_keeps_its_order(nlp: Language) -> None:
    items = [RawArticle(text=t) for t in ["", "\x00\x00", PROSE[1], "\n\n", "مرحبا بالعالم", PROSE[2]]]
    prepared = prepare_many(items, nlp)
    assert len(prepared) == len(items)
    for item, ready in zip(items, prepared, strict=True):
        check_prepared(item.text, ready)
    assert any(p.analysis.entities for p in prepared)


def five_megabytes() -> str:
    """5 MB of distinct news-like paragraphs (nothing for duplicate removal to drop)."""
    lines = []
    size = n = 0
    while size < 5_000_000:
        line = f"{PROSE[n % 5]} Item {n}: the \x00 council \u202e met {n} times."
        lines.append(line)
        size += len(line) + 1
        n += 1
    return "\n".join(lines)[:5_000_000]


@pytest.mark.timeout(120)
def test_five_megabytes_clean_in_bounded_time() -> None:
    raw = five_megabytes()
    started = time.perf_counter()
    cleaned = clean(raw)
    elapsed = time.perf_counter() - started
    # Linear-time cleaning takes about two seconds here; the bound only catches blow-ups.
    assert elapsed < 30, f"cleaning 5 MB took {elapsed:.1f} s"
    assert len(cleaned.text) > 4_000_000
    check_cleaned(raw, cleaned)


@pytest.mark.timeout(180)
@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("a" * 5_000_000, id="one-5MB-word"),
        pytest.param(" ".join(PROSE[:5]) * 150, id="one-long-line"),
        pytest.param("\n" * 1_000_000 + PROSE[0], id="a-million-blank-lines"),
        pytest.param("\x00\u202e👍🏽\u0301" * 100_000, id="hostile-characters-only"),
    ],
)
def test_huge_inputs_are_read_without_failing(nlp: Language, raw: str) -> None:
    [prepared] = prepare_many([RawArticle(text=raw)], nlp)
    check_prepared(raw, prepared)
