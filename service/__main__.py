"""Command line: python -m service [serve | migrate | seed [DIR] | ingest FILE... | backfill-stories]."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path

import asyncpg
import msgspec

from service import logs
from service.api.schemas import ArticleIn
from service.config import Settings, load_settings
from service.db import Database, create_pool
from service.ingest import stories as story_assignment
from service.ingest.articles import ingest_many
from service.migrate import downgrade, upgrade
from service.seed import load_seeds
from service.store import articles as article_store
from service.workers import AnalysisPool

log = logging.getLogger("service")


async def _with_pool(settings: Settings, url: str, work):  # type: ignore[no-untyped-def]
    pool = await create_pool(url)
    try:
        return await work(pool)
    finally:
        await pool.close()


def _seed_if_empty(settings: Settings, url: str, analysis: AnalysisPool) -> None:
    async def work(pool: asyncpg.Pool) -> None:
        async with pool.acquire() as conn:
            if await article_store.count(conn):
                return
        results = await load_seeds(pool, analysis, settings.seeds_dir)
        log.info("seeds loaded", extra={"articles_created": sum(r.status == "created" for r in results)})

    asyncio.run(_with_pool(settings, url, work))


def _stop_on_signal(signum: int, _frame: object) -> None:
    """SIGTERM or SIGINT: leave through the `finally` blocks (workers, embedded PostgreSQL), exit 0.

    uvicorn handles the signal first (in-flight requests finish), then raises it again once it has
    shut down; without this handler SIGTERM's default action would end the process right there and
    leave the embedded PostgreSQL running. A second signal during clean-up ends it at once.
    """
    signal.signal(signum, signal.SIG_DFL)
    raise SystemExit(0)


def serve(settings: Settings) -> None:
    import uvicorn

    from service.app import create_app

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop_on_signal)
    db = Database(settings)
    url = db.locate()
    try:
        upgrade(url)
        analysis = AnalysisPool(settings.workers, settings.spacy_model)
        try:
            analysis.warm_up()
            if settings.seeds_dir.is_dir():
                _seed_if_empty(settings, url, analysis)
            app = create_app(msgspec.structs.replace(settings, database_url=url), analysis=analysis)
            log.info("serving", extra={"host": settings.host, "port": settings.port})
            uvicorn.run(
                app,
                host=settings.host,
                port=settings.port,
                log_config=None,
                timeout_graceful_shutdown=30,
                proxy_headers=False,
            )
        finally:
            analysis.close()
    finally:
        db.stop_embedded()


def run_with_database(settings: Settings, work) -> None:  # type: ignore[no-untyped-def]
    db = Database(settings)
    try:
        work(db.locate())
    finally:
        db.stop_embedded()


def ingest_files(settings: Settings, url: str, files: list[Path], seed_dir: Path | None) -> int:
    analysis = AnalysisPool(settings.workers, settings.spacy_model)
    try:
        if seed_dir is not None:
            results = asyncio.run(
                _with_pool(settings, url, lambda pool: load_seeds(pool, analysis, seed_dir))
            )
            names = sorted(p.name for p in seed_dir.glob("*.txt"))
        else:
            items = [
                ArticleIn(text=f.read_text(encoding="utf-8"), external_id=f.name).to_input() for f in files
            ]
            results = asyncio.run(_with_pool(settings, url, lambda pool: ingest_many(pool, analysis, items)))
            names = [f.name for f in files]
    finally:
        analysis.close()
    for name, result in zip(names, results, strict=False):
        print(f"{result.status:9} {result.article_id} {name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("serve", help="migrate, load the seeds into an empty database, serve the API (default)")
    migrate_cmd = sub.add_parser("migrate", help="migrate the schema (to head by default)")
    migrate_cmd.add_argument("revision", nargs="?", default="head")
    migrate_cmd.add_argument("--down", action="store_true", help="downgrade to REVISION instead")
    seed_cmd = sub.add_parser("seed", help="load the seed articles (idempotent)")
    seed_cmd.add_argument("dir", nargs="?", type=Path, default=None)
    ingest_cmd = sub.add_parser("ingest", help="ingest text files (file name = external id)")
    ingest_cmd.add_argument("files", nargs="+", type=Path)
    sub.add_parser(
        "backfill-stories", help="place every stored article without a story (after revision 0010)"
    )
    args = parser.parse_args(argv)

    try:
        settings = load_settings()
    except ValueError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    logs.configure(settings.log_level)
    command = args.command or "serve"
    if command == "serve":
        serve(settings)
        return 0
    if command == "migrate":
        run_with_database(settings, lambda url: (downgrade if args.down else upgrade)(url, args.revision))
        return 0
    if command in {"seed", "ingest"}:
        missing = [f for f in getattr(args, "files", []) if not f.is_file()]
        if missing:
            print(f"no such file: {', '.join(map(str, missing))}", file=sys.stderr)
            return 2
        seed_dir = (args.dir or settings.seeds_dir) if command == "seed" else None
        status = 0

        def work(url: str) -> None:
            nonlocal status
            upgrade(url)
            status = ingest_files(settings, url, getattr(args, "files", []), seed_dir)

        run_with_database(settings, work)
        return status
    if command == "backfill-stories":

        def backfill(url: str) -> None:
            upgrade(url)
            placed = asyncio.run(_with_pool(settings, url, story_assignment.backfill))
            print(f"placed {placed} articles in stories")

        run_with_database(settings, backfill)
        return 0
    parser.error(f"unknown command {command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
