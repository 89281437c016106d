"""The docs UI (Swagger UI) at `/schema` and `/schema/swagger`, served with its own assets.

The assets come pinned from the `swagger-ui-py` wheel (Swagger UI 5, Apache-2.0, its LICENSE
served beside them), so the page works offline and behind firewalls: no CDN is ever asked.
"""

from __future__ import annotations

from pathlib import Path

import swagger_ui
from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.router import Router
from litestar.static_files import create_static_files_router

ASSETS_PATH = "/docs-assets"
ASSETS_DIR = Path(swagger_ui.__file__).parent / "static"


def docs_ui() -> SwaggerRenderPlugin:
    """The first render plugin is also served at `/schema` itself."""
    return SwaggerRenderPlugin(
        path="/swagger",
        js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js",
        css_url=f"{ASSETS_PATH}/swagger-ui.css",
        standalone_preset_js_url=f"{ASSETS_PATH}/swagger-ui-standalone-preset.js",
        favicon=f"<link rel='icon' type='image/png' href='{ASSETS_PATH}/favicon-32x32.png'>",
    )


def docs_assets() -> Router:
    return create_static_files_router(
        path=ASSETS_PATH,
        directories=[ASSETS_DIR],
        include_in_schema=False,
        name="docs-assets",
    )
