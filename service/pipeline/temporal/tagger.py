"""The temporal tagger: dates, times, durations and sets in an article, as TimeML TIMEX3 values
anchored on its publication date.

Finding spans is pattern rules (rules), reading them is normalisation against the
publication date and the tense of the governing verb (resolve, tense). The
pipeline is pure: a parsed spaCy Doc and a date in, value objects out.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date, datetime

from spacy.tokens import Doc

from service.pipeline.temporal.resolve import ResolutionContext, Resolved, resolve, weekday_mismatch_message
from service.pipeline.temporal.rules import Candidate, find_candidates
from service.pipeline.temporal.tense import tense_of
from service.pipeline.temporal.values import period
from service.pipeline.types import AnalysisWarning, TimeExpression


def tag_times(doc: Doc, published: date | None) -> tuple[list[TimeExpression], list[AnalysisWarning]]:
    """Every time expression in `doc` with its TIMEX3 value, and what the text contradicts.

    `published` anchors relative expressions ("yesterday", "last week", a bare weekday); with
    None they keep X placeholders and anchor "none" instead of being guessed.
    """
    if isinstance(published, datetime):  # a timestamp: the day is what anchors news
        published = published.date()
    sentence_starts = [sent.start_char for sent in doc.sents]
    text = doc.text  # Doc.text joins every token on each access: read it once, not per expression
    ctx = ResolutionContext(dct=published)
    times: list[TimeExpression] = []
    warnings: list[AnalysisWarning] = []
    last_sentence = -1
    for cand in find_candidates(doc, text=text):
        sentence = max(bisect_right(sentence_starts, cand.start) - 1, 0)
        if sentence != last_sentence:
            ctx.sentence_day, last_sentence = None, sentence
        found = _resolve_in_context(doc, cand, ctx)
        if found is None:
            continue
        times.append(_expression(text, cand, found, sentence))
        if found.mismatch is not None:
            day, weekday = found.mismatch
            message = weekday_mismatch_message(day, weekday, published)
            warnings.append(
                AnalysisWarning(kind="weekday_mismatch", message=message, start=cand.start, end=cand.end)
            )
        _remember(ctx, found)
    return times, warnings


def _resolve_in_context(doc: Doc, cand: Candidate, ctx: ResolutionContext) -> Resolved | None:
    local = replace(ctx, tense=tense_of(doc, cand.start, cand.end))
    try:
        return resolve(cand, local)
    except (ValueError, OverflowError):
        # calendar arithmetic past what `date` holds (year 1, year 9999): no value, no crash
        return None


def _remember(ctx: ResolutionContext, found: Resolved) -> None:
    """Keep the reference time up to date: later "the next day", "a year earlier" and a bare
    clock time ("11:30") count from the last day or quarter the article talked about, "that
    year" from the last year."""
    if found.day is not None and found.type in {"DATE", "TIME"}:
        ctx.ref_day = found.day
        ctx.sentence_day = found
    if found.quarter is not None:
        ctx.ref_quarter = found.quarter
    named = period(found.value) if found.type in {"DATE", "TIME"} else None
    if named is not None and named.granularity not in {"decade", "century"}:
        ctx.ref_year = named.start.year  # a year or a part of one


def _expression(text: str, cand: Candidate, found: Resolved, sentence: int) -> TimeExpression:
    return TimeExpression(
        text=text[cand.start : cand.end],
        start=cand.start,
        end=cand.end,
        type=found.type,
        value=found.value,
        anchor=found.anchor,
        sentence=sentence,
        alternative=found.alternative,
    )
