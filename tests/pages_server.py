"""A local HTTP server for tests: news-like pages, a feed, redirects and hostile answers.

`with serve_pages() as base:` serves on a free loopback port until the block ends. The pages in
tests/data/pages are served under /pages/; the rest are made here.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "data" / "pages"
FEED_ENTRIES = 30
HUGE_BYTES = 6 * 1024 * 1024

# Fictional places and things: each generated story differs in every sentence, so none is a
# duplicate of another by its text.
_TOWNS = ["Alder", "Brookfield", "Cedarvale", "Dunmore", "Eastwick", "Fairhaven", "Glenrock", "Hollowmere"]
_THINGS = ["ferry terminal", "water plant", "bus depot", "market hall", "sports ground", "clinic"]


def story(n: int) -> tuple[str, str]:
    """The title and paragraphs of generated story `n`."""
    town = _TOWNS[n % len(_TOWNS)]
    thing = _THINGS[n % len(_THINGS)]
    title = f"{town} opens new {thing} number {n}"
    paragraphs = [
        f"The town of {town} opened its new {thing} on Tuesday, project {n + 1} of the regional plan, the council said.",
        f"Building the {thing} took {n + 3} months and cost {n * 7 + 11} million dollars, according to figures released by the council.",
        f"Residents said the old {thing} had been closed for {n + 2} years before work began, and welcomed the reopening of story {n}.",
    ]
    return title, "\n".join(f"<p>{p}</p>" for p in paragraphs)


def article_page(n: int) -> str:
    title, body = story(n)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - Regional Times</title>
<meta property="article:published_time" content="2024-01-{n % 28 + 1:02d}T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav>
<article><h1>{title}</h1>{body}</article>
<div class="comments"><p>A reader wrote that this was about time.</p></div>
<footer>Regional Times · Terms · Privacy</footer></body></html>"""


def feed(base: str) -> str:
    items = []
    for n in range(FEED_ENTRIES):
        title, body = story(n)
        published = format_datetime(datetime(2024, 1, n % 28 + 1, 9, 0, tzinfo=UTC))
        items.append(
            f"<item><title>{title}</title><link>{base}/articles/{n}</link><guid>story-{n}</guid>"
            f"<pubDate>{published}</pubDate><description><![CDATA[{body}]]></description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Regional Times</title>'
        f"<link>{base}/</link><description>News</description>{''.join(items)}</channel></rss>"
    )


LATIN1_PAGE = (
    "<html><head><meta charset='windows-1252'><title>Café owners protest rent rises</title></head><body>"
    "<article><h1>Café owners protest rent rises</h1>"
    "<p>Café owners in the old town protested on Friday against rent rises of up to 40 per cent, "
    "saying that the façades they had restored at their own cost now made their premises dearer.</p>"
    "<p>The landlords' association said rents had not changed for a decade and that the rises "
    "reflected the market. Talks between the two sides will resume next month.</p></article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: bytes, content_type: str | None, **headers: str) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client stopped reading
            self.wfile.write(body)

    def do_GET(self) -> None:
        base = f"http://{self.headers['Host']}"
        path = self.path
        html = "text/html; charset=utf-8"
        if path.startswith("/pages/") and (PAGES / path.removeprefix("/pages/")).is_file():
            self._send(200, (PAGES / path.removeprefix("/pages/")).read_bytes(), html)
        elif path.startswith("/articles/") and path.removeprefix("/articles/").isdigit():
            self._send(200, article_page(int(path.removeprefix("/articles/"))).encode(), html)
        elif path == "/feed.xml":
            self._send(200, feed(base).encode(), "application/rss+xml")
        elif path == "/redirect":
            self._send(302, b"", None, Location="/pages/harbour-bridge.html")
        elif path == "/redirect-loop":
            self._send(302, b"", None, Location="/redirect-loop")
        elif path == "/to-private":
            self._send(302, b"", None, Location="http://10.255.255.1/secret")
        elif path == "/to-metadata":
            self._send(302, b"", None, Location="http://169.254.169.254/latest/meta-data/")
        elif path == "/latin1":
            self._send(200, LATIN1_PAGE.encode("cp1252"), "text/html")
        elif path == "/wrong-charset":  # declares UTF-8, sends windows-1252
            self._send(200, LATIN1_PAGE.encode("cp1252"), html)
        elif path == "/binary":  # a PNG's bytes, labelled as HTML
            self._send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40, html)
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/huge":
            self._send(200, b"<html><body><p>" + b"word " * (HUGE_BYTES // 5) + b"</p></body></html>", html)
        elif path == "/empty":
            self._send(200, b"<html><body><nav><a href='/'>Home</a></nav></body></html>", html)
        else:
            self._send(404, b"not found", "text/plain")


@contextmanager
def serve_pages() -> Iterator[str]:
    """The server's base URL (http://127.0.0.1:PORT) while the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
