"""Analysis without storing: what the pipeline reads in one text."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Controller, Request, post
from litestar.params import JSONBody

from service.api.deps import require_api_key, text_within_bound
from service.api.pages import raise_problem, read_bodies
from service.api.schemas import (
    Analysis,
    AnalyzedClaim,
    AnalyzedEntity,
    AnalyzedTime,
    AnalyzedWarning,
    AnalyzeIn,
    parse_date,
)
from service.ingest.apply import outlet_name
from service.pipeline.analyse import Prepared, RawArticle
from service.store.articles import LEAD_CHARS


def analysis_of(prepared: Prepared) -> Analysis:
    """The pipeline's reading with offsets mapped back onto the submitted text."""
    raw = prepared.cleaned.to_raw
    a = prepared.analysis
    # A denial in the article's own voice: the article, named by its dateline's agency, its
    # headline or its opening words (as ingest names it).
    own_voice = outlet_name(None, None, prepared.title, prepared.cleaned.text[:LEAD_CHARS])
    return Analysis(
        published_at=prepared.published_at,
        published_at_inferred=prepared.published_at_inferred,
        title=prepared.title,
        language=a.language,
        clean_text_offset=prepared.cleaned.clean_text_offset,
        entities=[
            AnalyzedEntity(text=m.text, start=raw(m.start), end=raw(m.end), type=g.type, canonical=g.name)
            for g in a.entities
            for m in g.mentions
        ],
        time_expressions=[
            AnalyzedTime(
                text=t.text, start=raw(t.start), end=raw(t.end), type=t.type, value=t.value, anchor=t.anchor
            )
            for t in a.time_expressions
        ],
        claims=[
            AnalyzedClaim(
                claimant=c.claimant or own_voice,
                stance=c.stance,
                quote=c.quote,
                sentence=c.sentence,
                start=raw(c.start),
                end=raw(c.end),
            )
            for c in a.claims
        ],
        warnings=[
            AnalyzedWarning(kind=w.kind, message=w.message, start=raw(w.start), end=raw(w.end))
            for w in a.warnings
        ],
    )


class AnalyzeController(Controller):
    path = "/v1/analyze"
    tags = ["analysis"]

    @post(
        "/",
        operation_id="analyzeText",
        summary="Analyse a text without storing it",
        description="Needs an API key when API_KEYS is set, and counts against the write rate "
        "limit: analysis is the costliest work the service does.",
        guards=[require_api_key],
        status_code=200,
    )
    async def analyze(self, request: Request[Any, Any, Any], data: JSONBody[AnalyzeIn]) -> Analysis:
        if data.text is not None:
            text_within_bound(request, data.text)
            item = RawArticle(text=data.text, title=data.title, published_at=parse_date(data.published_at))
            [prepared] = await request.app.state.analysis.prepare([item])
            return analysis_of(prepared)
        [read] = await read_bodies(request.app.state, [data])
        article, extraction = raise_problem(read)
        text_within_bound(request, article.text)
        page = RawArticle(text=article.text, title=article.title, published_at=article.published_at)
        [prepared] = await request.app.state.analysis.prepare([page])
        return msgspec.structs.replace(analysis_of(prepared), text=article.text, extraction=extraction)
