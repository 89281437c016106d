"""`html` and `url` bodies of the article and analysis endpoints, read into the ingest path's
input (or into the problem that says why a page gives no article)."""

from __future__ import annotations

from typing import Any

import msgspec

from service.api.errors import ApiProblem, problem
from service.api.schemas import (
    AnalyzeIn,
    ArticleExtraction,
    ArticleIn,
    Problem,
    ProblemError,
    parse_date,
    storable_input,
)
from service.domain import ArticleInput
from service.ingest import pages
from service.sources.pages import Given, PageArticle

Read = tuple[ArticleInput, ArticleExtraction | None]


def _given(body: ArticleIn | AnalyzeIn) -> Given:
    """What the client stated about the article (an analysis request states less)."""
    return Given(
        title=body.title,
        url=body.url,
        source=getattr(body, "source", None),
        external_id=getattr(body, "external_id", None),
        published_at=parse_date(body.published_at),
        language=getattr(body, "language", None),
    )


def _request(body: ArticleIn | AnalyzeIn) -> pages.PageRequest:
    return pages.PageRequest(html=body.html, given=_given(body))


def _field(body: ArticleIn | AnalyzeIn) -> str:
    return "html" if body.html is not None else "url"


def _detail(field: str, outcome: pages.PageProblem) -> str:
    if outcome.slug == "no-article":
        return f"The {field} gives no article: {outcome.reason}."
    if outcome.slug == "fetching-disabled":
        return outcome.reason[:1].upper() + outcome.reason[1:] + "."
    return f"The page at the url could not be used: {outcome.reason}."


async def read_bodies(state: Any, bodies: list[ArticleIn] | list[AnalyzeIn]) -> list[Read | Problem]:
    """Each body's article input (with what its page gave), or its problem, in order."""
    results: list[Read | Problem | None] = [None] * len(bodies)
    page_bodies = []
    for i, body in enumerate(bodies):
        if body.text is not None:
            results[i] = (ArticleInput(text=body.text, **msgspec.structs.asdict(_given(body))), None)
        else:
            page_bodies.append(i)
    if page_bodies:
        outcomes = await pages.read(
            [_request(bodies[i]) for i in page_bodies],
            state.analysis,
            pages.fetch_policy(state.settings),
        )
        for i, outcome in zip(page_bodies, outcomes, strict=True):
            if isinstance(outcome, PageArticle):
                extraction = msgspec.convert(msgspec.to_builtins(outcome.extraction), ArticleExtraction)
                results[i] = (storable_input(outcome.article), extraction)
            else:
                field = _field(bodies[i])
                results[i] = problem(
                    outcome.status,
                    _detail(field, outcome),
                    slug=outcome.slug,
                    errors=[ProblemError(field=field, message=outcome.reason)],
                )
    return [r for r in results if r is not None]


def raise_problem(outcome: Read | Problem) -> Read:
    """The read body, or its problem raised as the answer."""
    if isinstance(outcome, Problem):
        raise ApiProblem(
            outcome.status, outcome.detail, slug=outcome.type.rsplit("/", 1)[1], errors=outcome.errors
        )
    return outcome
