"""An embedded PostgreSQL under DATA_DIR, for machines where none is configured.

`pgserver` ships PostgreSQL 16 binaries in a wheel, so a fresh machine needs nothing but pip.
Its build has no contrib extensions (no pg_trgm, no unaccent): the schema relies on core
PostgreSQL only, which keeps it portable to any managed PostgreSQL as well.
The server listens on a Unix socket only, chosen per data directory, so two services with
different DATA_DIRs run side by side.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class EmbeddedPostgres:
    """Start (or join) the PostgreSQL cluster in `data_dir`; stop it on `stop()`."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve() / "postgres"
        self._server: Any = None

    def start(self) -> str:
        """Blocking: initialise the cluster when new, start it, return a libpq URI."""
        import pgserver  # imported lazily: only needed when no DATABASE_URL is given

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._server = pgserver.get_server(self.data_dir, cleanup_mode="stop")
        uri: str = self._server.get_uri()
        log.info("embedded postgresql started", extra={"data_dir": str(self.data_dir)})
        return uri

    def stop(self) -> None:
        """Blocking: stop the cluster unless another process still uses it."""
        if self._server is not None:
            self._server.cleanup()
            self._server = None
