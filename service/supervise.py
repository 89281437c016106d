"""Keep the embedded PostgreSQL alive: a service that starts its own database restarts it too.

Without this, a postmaster that died (killed, out of memory) left the service up but unready
until someone restarted it. A thread looks at the postmaster once a second and starts it again
when it is gone, with a log line and a count in /metrics. A database given by DATABASE_URL is
someone else's to supervise.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from prometheus_client import Counter

from service.embedded import EmbeddedPostgres

log = logging.getLogger("service.supervise")

RESTARTS = Counter(
    "news_intel_embedded_postgres_restarts",
    "Times the service restarted its embedded PostgreSQL after the postmaster died.",
)
FAILED_RESTARTS = Counter(
    "news_intel_embedded_postgres_failed_restarts",
    "Restarts of the embedded PostgreSQL that failed (retried at the next check).",
)


class PostgresSupervisor:
    """Checks every `interval` seconds that the embedded postmaster runs; restarts it if not."""

    def __init__(self, embedded: EmbeddedPostgres, interval: float = 1.0) -> None:
        self.embedded = embedded
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="postgres-supervisor", daemon=True)

    def start(self) -> PostgresSupervisor:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _server(self) -> Any:
        return self.embedded._server  # the pgserver handle; None once stopped

    def alive(self) -> bool:
        from pgserver.utils import PostmasterInfo

        server = self._server()
        if server is None:
            return True  # stopped on purpose: nothing to supervise
        info = PostmasterInfo.read_from_pgdata(server.pgdata)
        return info is not None and info.is_running()

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                if self.alive():
                    continue
                log.warning("embedded postgresql is not running; restarting it")
                self._server().ensure_postgres_running()
            except Exception as error:  # whatever it was, the next check tries again
                FAILED_RESTARTS.inc()
                log.warning("embedded postgresql restart failed: %s", error)
                continue
            RESTARTS.inc()
            log.warning("embedded postgresql restarted")


def supervise(embedded: EmbeddedPostgres | None, interval: float = 1.0) -> PostgresSupervisor | None:
    """Start supervising the embedded PostgreSQL, if the service runs one."""
    return PostgresSupervisor(embedded, interval).start() if embedded is not None else None
