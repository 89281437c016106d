"""create_app(settings) -> Litestar: the HTTP API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.di import Provide
from litestar.middleware import DefineMiddleware
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, Contact, Server
from litestar.plugins.prometheus import PrometheusConfig, PrometheusController
from litestar.routes import HTTPRoute

from service import __version__
from service.api.analyze import AnalyzeController
from service.api.articles import ArticleController
from service.api.caching import ReadCache
from service.api.conflicts import ConflictController
from service.api.content_type import RequireJson
from service.api.deps import metrics_allowed, provide_connection
from service.api.disconnect import CancelOnDisconnect
from service.api.docs import docs_assets, docs_ui
from service.api.entities import EntityController
from service.api.errors import exception_handlers
from service.api.health import HealthController
from service.api.middleware import RequestContext, WriteRateLimit
from service.api.openapi import patch_schema
from service.api.problems import ProblemTypes
from service.api.stories import StoryController
from service.api.timeline import TimelineController
from service.config import Settings
from service.db import Database
from service.workers import AnalysisPool


class Metrics(PrometheusController):
    path = "/metrics"
    include_in_schema = False
    guards = [metrics_allowed]


def create_app(settings: Settings, *, analysis: AnalysisPool | None = None) -> Litestar:
    """The API. The database pool opens in the lifespan; the analysis pool is created (or
    injected, e.g. shared by tests) at startup and closed with the app when it owns it."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        db = Database(settings)
        await db.open_pool()
        owns_pool = analysis is None
        pool = analysis or AnalysisPool(
            settings.workers, settings.spacy_model, seconds_per_text=settings.seconds_per_text
        )
        app.state.db = db
        app.state.analysis = pool
        try:
            yield
        finally:
            await db.close()
            if owns_pool:
                pool.close()

    prometheus = PrometheusConfig(
        app_name="news_intel", prefix="news_intel", group_path=True, exclude=["/metrics"]
    )
    app = Litestar(
        route_handlers=[
            ArticleController,
            EntityController,
            TimelineController,
            StoryController,
            ConflictController,
            AnalyzeController,
            HealthController,
            Metrics,
            ProblemTypes,
            docs_assets(),
        ],
        dependencies={"db": Provide(provide_connection)},
        exception_handlers=exception_handlers,
        lifespan=[lifespan],
        middleware=[
            DefineMiddleware(
                WriteRateLimit,
                per_minute=settings.write_rate_limit,
                api_keys=settings.api_keys,
                hits={},  # one allowance per client across every route's instance
            ),
            RequireJson,
            DefineMiddleware(ReadCache, max_age=settings.cache_max_age),
            prometheus.middleware,
        ],
        cors_config=CORSConfig(
            allow_origins=list(settings.cors_origins),
            expose_headers=["ETag", "Location", "Retry-After", "X-Request-ID"],
        )
        if settings.cors_origins
        else None,
        request_max_body_size=settings.max_body_bytes,
        # Logging is configured once by service.logs (JSON lines with request ids); Litestar's
        # default config would replace the root handlers and drop LOG_LEVEL.
        logging_config=None,
        openapi_config=OpenAPIConfig(
            title="News intelligence API",
            version=__version__,
            description="Entities, a cross-article timeline and conflict reports from news articles.",
            contact=Contact(name="News intelligence team"),
            servers=[Server(url="/")],
            path="/schema",
            render_plugins=[docs_ui()],
            components=Components(),
            use_handler_docstrings=False,
        ),
        debug=False,
    )
    app.state.settings = settings
    # Outside Litestar's own middleware, which runs only for matched routes: unknown paths and
    # methods (404, 405) get a request id, the standard headers and an access line too.
    app.asgi_handler = RequestContext(CancelOnDisconnect(app.asgi_handler))
    patch_schema(app)
    _fix_options_allow(app)
    return app


def _fix_options_allow(app: Litestar) -> None:
    """Litestar 2 answers OPTIONS on a path with several methods with an `Allow` listing only the
    first one registered (litestar-org/litestar#4169): point each generated OPTIONS handler at its
    final route, so `Allow` lists every method of the path (as 405 answers already do)."""
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler in route.route_handlers:
            fn = getattr(handler, "fn", None)
            if getattr(fn, "__name__", "") != "options_handler":
                continue
            for cell in getattr(fn, "__closure__", None) or ():
                if isinstance(cell.cell_contents, HTTPRoute):
                    cell.cell_contents = route
