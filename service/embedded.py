"""An embedded PostgreSQL under DATA_DIR, for machines where none is configured.

`pgserver` ships PostgreSQL 16 binaries in a wheel, so a fresh machine needs nothing but pip.
Its build has no contrib extensions (no pg_trgm, no unaccent): the schema relies on core
PostgreSQL only, which keeps it portable to any managed PostgreSQL as well.
The server listens on a Unix socket only, chosen per data directory, so two services with
different DATA_DIRs run side by side.

pgserver starts the server and counts its users in `postgres/.handle_pids.json` (one process id
per user); the last one out stops it. Stopping is done here rather than by pgserver's own
clean-up, for two reasons:
- a user that died without its clean-up (killed, or stopped by a second signal) leaves its id in
  the file, and pgserver then never stops the server again: ids of processes that no longer run
  are dropped from the file before it is read;
- pgserver stops the postmaster it saw at start-up; when the server was restarted since (by an
  operator, or a test), that process is gone (or a zombie waiting for its parent) and pgserver's
  clean-up fails on it: the postmaster running now is read from `postmaster.pid` instead.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import subprocess
import warnings
from pathlib import Path
from typing import Any

import psutil

log = logging.getLogger(__name__)

HANDLES_FILE = ".handle_pids.json"
STOP_TIMEOUT_SECONDS = 60


def live_handles(pgdata: Path) -> list[int]:
    """The process ids in pgserver's handle file that still run (dead ones are written out)."""
    path = pgdata / HANDLES_FILE
    try:
        pids = [int(pid) for pid in json.loads(path.read_text())]
    except (FileNotFoundError, ValueError, TypeError):
        pids = []
    alive = [pid for pid in pids if _running(pid)]
    if alive != pids and path.exists():
        log.debug("dropped stale embedded postgresql handles", extra={"pids": sorted(set(pids) - set(alive))})
        path.write_text(json.dumps(alive))
    return alive


def _running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


class EmbeddedPostgres:
    """Start (or join) the PostgreSQL cluster in `data_dir`; stop it on `stop()`."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve() / "postgres"
        self._server: Any = None

    def start(self) -> str:
        """Blocking: initialise the cluster when new, start it, return a libpq URI."""
        with warnings.catch_warnings():
            # pgserver asks platformdirs for a runtime folder at import; without XDG_RUNTIME_DIR
            # platformdirs warns and falls back to /tmp, which is fine for a socket's lock file.
            warnings.simplefilter("ignore", UserWarning)
            import pgserver  # imported lazily: only needed when no DATABASE_URL is given
            from pgserver.postgres_server import PostgresServer

        self.data_dir.mkdir(parents=True, exist_ok=True)
        with PostgresServer._lock:
            live_handles(self.data_dir)
        self._server = pgserver.get_server(self.data_dir, cleanup_mode="stop")
        # stop() (or its absence) decides; pgserver's exit hook would stop the server with the
        # stale process handle described above.
        atexit.unregister(self._server._cleanup)
        atexit.register(self.stop)
        uri: str = self._server.get_uri()
        socket_dir = self._server.get_postmaster_info().socket_dir
        log.debug(
            "embedded postgresql ready",
            extra={"data_dir": str(self.data_dir), "socket_dir": str(socket_dir)},
        )
        return uri

    def stop(self) -> None:
        """Blocking: stop the cluster unless another process still uses it."""
        server, self._server = self._server, None
        if server is None:
            return
        atexit.unregister(self.stop)
        from pgserver.postgres_server import PostgresServer
        from pgserver.utils import PostmasterInfo

        with PostgresServer._lock:
            PostgresServer._instances.pop(server.pgdata, None)
            others = [pid for pid in live_handles(server.pgdata) if pid != os.getpid()]
            (server.pgdata / HANDLES_FILE).write_text(json.dumps(others))
            if others:
                log.info("embedded postgresql left running for other processes", extra={"pids": others})
                return
            info = PostmasterInfo.read_from_pgdata(server.pgdata)
            if info is None or not info.is_running():
                return
            from pgserver._commands import pg_ctl

            try:
                pg_ctl(
                    ["-w", "-m", "fast", "stop"],
                    pgdata=server.pgdata,
                    user=server.system_user,
                    timeout=STOP_TIMEOUT_SECONDS,
                )
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
                # Stopped by someone else in the meantime, or stuck: say so, never raise on exit.
                log.warning("embedded postgresql did not stop cleanly", extra={"error": str(error)})
                return
        log.info("embedded postgresql stopped", extra={"data_dir": str(server.pgdata)})
