"""The ceiling for any read endpoint: the service's own app with two extra routes that do nothing
but `SELECT 1` (once, three times) through the same middleware, dependency injection and pool.

    python -m bench.floor --seconds 8

Prints requests/s, p50 and p99 of /healthz, /bench/select1 and /bench/select1x3 at 64 connections,
and their ratios to /healthz: a read endpoint can be no faster than /bench/select1. The routes live
in this benchmark process only (`python -m bench.floor --serve` is the app it starts), never in
the service.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from litestar import get

from bench import harness
from bench.load import WRK_HINT, run_load, wrk_path


@get("/bench/select1")
async def select1(db: asyncpg.Connection) -> dict[str, int]:
    return {"value": await db.fetchval("SELECT 1")}


@get("/bench/select1x3")
async def select1x3(db: asyncpg.Connection) -> dict[str, int]:
    total = 0
    for i in range(3):
        total += await db.fetchval("SELECT $1::int", i)
    return {"value": total}


class _NoAnalysis:
    """The read routes need no analysis pool: nothing is started."""

    def close(self) -> None:
        return None


def serve() -> None:
    import uvicorn

    from service.app import create_app
    from service.config import load_settings

    app = create_app(load_settings(), analysis=_NoAnalysis())  # type: ignore[arg-type]
    app.register(select1)
    app.register(select1x3)
    uvicorn.run(app, host=harness.HOST, port=int(os.environ["PORT"]), log_config=None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.floor", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve()
        return 0
    harness.banner("read ceiling: SELECT 1 through the service's middleware, DI and pool")
    if not wrk_path():
        print(WRK_HINT)
    from service.embedded import EmbeddedPostgres
    from service.migrate import upgrade

    tmp = Path(tempfile.mkdtemp(prefix="news-bench-floor-"))
    server = EmbeddedPostgres(tmp)
    url = server.start()
    proc: subprocess.Popen[bytes] | None = None
    try:
        upgrade(url)
        port = harness.free_port()
        env = {
            **os.environ,
            "PORT": str(port),
            "DATABASE_URL": url,
            "LOG_LEVEL": os.environ.get("LOG_LEVEL", "INFO"),
        }
        log = (tmp / "app.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.floor", "--serve"],
            cwd=harness.ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        base = f"http://{harness.HOST}:{port}"
        for _ in range(120):  # bounded wait for the app
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        run_load(base, ["/bench/select1"], seconds=2, connections=args.connections)
        results: dict[str, list[Any]] = {}
        for path in ("/healthz", "/bench/select1", "/bench/select1x3", "/healthz"):
            r = run_load(base, [path], seconds=args.seconds, connections=args.connections)
            results.setdefault(path, []).append(r)
            print(
                f"    {path:18} {r.rps:8.0f} req/s  p50 {r.p50_ms:6.1f} ms  p99 {r.p99_ms:6.1f} ms",
                flush=True,
            )
        base_rps = statistics.mean(r.rps for r in results["/healthz"])
        base_p50 = statistics.mean(r.p50_ms for r in results["/healthz"])
        base_p99 = statistics.mean(r.p99_ms for r in results["/healthz"])
        rows = []
        for path in ("/bench/select1", "/bench/select1x3"):
            r = results[path][0]
            rows.append(
                (
                    path,
                    f"{r.rps:.0f}",
                    f"{r.p50_ms:.1f}",
                    f"{r.p99_ms:.1f}",
                    f"{r.rps / base_rps:.2f}",
                    f"{base_p50 / r.p50_ms:.2f}",
                    f"{base_p99 / r.p99_ms:.2f}",
                )
            )
        print()
        print(
            harness.table(rows, ("route", "req/s", "p50 ms", "p99 ms", "rps ratio", "p50 ratio", "p99 ratio"))
        )
        print(
            f"(/healthz mean of before and after: {base_rps:.0f} req/s, p50 {base_p50:.1f} ms, p99 {base_p99:.1f} ms)"
        )
    finally:
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
