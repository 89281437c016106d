"""The docs UI works offline: `/schema` and `/schema/swagger`, loaded by a real headless browser
that can reach nothing but the service, list every operation of the spec."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn

from service.app import create_app
from service.workers import AnalysisPool
from tests.conftest import settings_for
from tests.integration.test_faults import free_port

pytestmark = pytest.mark.integration

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_browser() -> str | None:
    for name in BROWSERS:
        if path := shutil.which(name):
            return path
    return None


@pytest.fixture
def live_service(database_url: str, analysis_pool: AnalysisPool) -> Iterator[str]:
    """The app behind a real HTTP server (uvicorn in a thread) on a free port."""
    app = create_app(settings_for(database_url), analysis=analysis_pool)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):  # up to 20 s
            if server.started:
                break
            time.sleep(0.1)
        assert server.started, "the server did not start"
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def rendered_dom(browser: str, url: str) -> str:
    """The page's DOM after its scripts ran, in a browser whose only reachable host is the
    service: every other host goes to a proxy that is not there, so a CDN asset would fail."""
    with tempfile.TemporaryDirectory(prefix="news-intel-browser-") as profile:
        result = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",  # as root, and in containers
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--proxy-server=http://127.0.0.1:9",  # loopback bypasses it; nothing else does
                "--virtual-time-budget=15000",
                "--dump-dom",
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "HOME": profile},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.timeout(300)
@pytest.mark.parametrize("path", ["/schema", "/schema/swagger"])
def test_the_docs_page_lists_every_operation_offline(live_service: str, path: str) -> None:
    browser = find_browser()
    if browser is None:
        pytest.skip(
            f"no headless browser found (looked for {', '.join(BROWSERS)}); "
            "install Debian's `chromium` package to run this test"
        )
    spec: dict[str, Any] = httpx.get(f"{live_service}/schema/openapi.json", timeout=30).json()
    html = httpx.get(f"{live_service}{path}", timeout=30).text
    assert "cdn." not in html and "https://" not in html.split("<body>")[0]

    dom = rendered_dom(browser, f"{live_service}{path}")
    # Swagger UI renders each operation as an element with id operations-<tag>-<operationId>.
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                element = f'id="operations-{operation["tags"][0]}-{operation["operationId"]}"'
                assert element in dom, f"{operation['operationId']} is not listed on {path}"
    assert spec["info"]["title"] in dom
