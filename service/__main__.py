"""Command line: python -m service [serve | migrate | seed [DIR] | ingest FILE... | import SOURCE |
backfill-stories]."""

from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import msgspec

from service import logs
from service.api.schemas import ArticleIn
from service.config import Settings, load_settings
from service.db import Database, create_pool
from service.ingest import stories as story_assignment
from service.ingest.articles import ingest_many
from service.migrate import downgrade, head_revision, upgrade
from service.progress import Progress
from service.seed import load_seeds, seed_articles
from service.store import articles as article_store
from service.supervise import supervise
from service.workers import AnalysisPool

log = logging.getLogger("service")


async def _with_pool(settings: Settings, url: str, work):  # type: ignore[no-untyped-def]
    pool = await create_pool(url)
    try:
        return await work(pool)
    finally:
        await pool.close()


@contextmanager
def phase(name: str, message: str, **extra: Any) -> Iterator[dict[str, Any]]:
    """One start-up phase: a line when it starts and one when it is done, with its duration.
    The caller may fill the yielded dict: `message` for the closing line, other keys as fields."""
    started = time.monotonic()
    log.info(f"{name}: {message}", extra=extra)
    done: dict[str, Any] = {}
    yield done
    closing = done.pop("message", "done")
    log.info(f"{name}: {closing}", extra={**done, "seconds": round(time.monotonic() - started, 2)})


def _where(url: str) -> str:
    """Where a database URL points, without its credentials, for the log."""
    parts = urlsplit(url)
    query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    host = parts.hostname or query.get("host", "")
    port = f":{parts.port}" if parts.port else ""
    return f"{host}{port}, database {parts.path.lstrip('/')}"


def _locate_database(db: Database, settings: Settings) -> str:
    if settings.database_url is None:
        with phase("database", "starting the embedded PostgreSQL", data_dir=str(settings.data_dir)) as done:
            url = db.locate()
            done.update(message="embedded PostgreSQL ready", database=_where(url))
        return url
    url = db.locate()
    log.info("database: using DATABASE_URL", extra={"database": _where(url)})
    return url


def _migrate(url: str) -> None:
    with phase("migrations", "upgrading the schema to head") as done:
        upgrade(url)
        done.update(message="schema at head", revision=head_revision())


def _start_analysis(settings: Settings) -> AnalysisPool:
    with phase(
        "model", "loading the NLP model", model=settings.spacy_model, workers=settings.workers
    ) as done:
        analysis = AnalysisPool(
            settings.workers, settings.spacy_model, seconds_per_text=settings.seconds_per_text
        )
        try:
            analysis.warm_up()
        except BaseException:
            analysis.close()
            raise
        done.update(message="model loaded in every analysis worker")
    return analysis


def _seed_if_empty(settings: Settings, url: str, analysis: AnalysisPool) -> None:
    async def work(pool: asyncpg.Pool) -> None:
        async with pool.acquire() as conn:
            stored = await article_store.count(conn)
        if stored:
            log.info("seeds: skipped, the database already holds articles", extra={"articles": stored})
            return
        count = len([a for a in seed_articles(settings.seeds_dir) if a.text.strip()])
        with phase("seeds", f"loading {count} articles", folder=str(settings.seeds_dir)) as done:
            results = await load_seeds(pool, analysis, settings.seeds_dir)
            created = sum(r.status == "created" for r in results)
            done.update(
                message=f"{created} articles loaded",
                articles_created=created,
                duplicates=len(results) - created,
            )

    asyncio.run(_with_pool(settings, url, work))


def _stop_on_signals(status: int) -> None:
    """From now on SIGTERM and SIGINT end the process with `status` (see `_stop_on_signal`)."""
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, functools.partial(_stop_on_signal, status))


def _stop_on_signal(status: int, signum: int, _frame: object) -> None:
    """SIGTERM or SIGINT: leave through the `finally` blocks (workers, embedded PostgreSQL), exit `status`.

    uvicorn handles the signal first (in-flight requests finish), then raises it again once it has
    shut down; without this handler SIGTERM's default action would end the process right there and
    leave the embedded PostgreSQL running. Signals that arrive during clean-up are noted and
    otherwise ignored: a Ctrl-C reaches every process of the group and `uv run` forwards another
    one, and a clean-up cut short leaves the database running. Clean-up is bounded (the workers'
    current batch, then `pg_ctl stop -m fast`).
    """
    for handled in (signal.SIGTERM, signal.SIGINT):
        signal.signal(handled, _already_stopping)
    log.info("stopping", extra={"signal": signal.Signals(signum).name})
    raise SystemExit(status)


def _already_stopping(signum: int, _frame: object) -> None:
    log.info("already stopping", extra={"signal": signal.Signals(signum).name})


def serve(settings: Settings) -> None:
    import uvicorn

    from service.app import create_app
    from service.server import server_options

    _stop_on_signals(0)
    db = Database(settings)
    url = _locate_database(db, settings)
    supervisor = supervise(db.embedded)
    try:
        _migrate(url)
        analysis = _start_analysis(settings)
        try:
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
                **server_options(settings),
            )
        finally:
            analysis.close()
    finally:
        if supervisor is not None:
            supervisor.stop()
        db.stop_embedded()


def run_with_database(settings: Settings, work) -> None:  # type: ignore[no-untyped-def]
    db = Database(settings)
    try:
        work(_locate_database(db, settings))
    finally:
        db.stop_embedded()


def ingest_files(settings: Settings, url: str, files: list[Path], seed_dir: Path | None) -> int:
    """Ingest the files (or the seed folder), a few at a time, showing progress as they go."""
    if seed_dir is not None:
        items = [a.to_input() for a in seed_articles(seed_dir) if a.text.strip()]
        label = "seed"
    else:
        items = [ArticleIn(text=f.read_text(encoding="utf-8"), external_id=f.name).to_input() for f in files]
        label = "ingest"
    names = [item.external_id or "" for item in items]
    analysis = _start_analysis(settings)
    try:
        # Batches small enough to show progress, large enough to keep every worker busy.
        size = max(8, 4 * analysis.workers)

        async def work(pool: asyncpg.Pool) -> None:
            with Progress(len(items), label) as progress:
                for start in range(0, len(items), size):
                    results = await ingest_many(pool, analysis, items[start : start + size])
                    progress.advance(
                        [
                            f"{result.status:9} {result.article_id} {name}"
                            for result, name in zip(results, names[start : start + size], strict=True)
                        ]
                    )

        asyncio.run(_with_pool(settings, url, work))
    finally:
        analysis.close()
    return 0


def open_import_source(settings: Settings, source: str, fmt: str | None) -> tuple[int, Iterator[Any]] | None:
    """The items of `import`'s source, or None (with the reason on stderr) when it cannot be read."""
    from service import bulk

    try:
        fmt = fmt or bulk.detect_format(source)
        is_url = source.startswith(("http://", "https://"))
        feed = asyncio.run(bulk.fetch_feed(source, settings)) if is_url else None
        return bulk.read_source(source, fmt, settings, feed)
    except (bulk.SourceError, OSError) as error:
        print(f"import: {error}", file=sys.stderr)
        return None


def import_articles(
    settings: Settings, url: str, args: argparse.Namespace, total: int, items: Iterator[Any]
) -> int:
    """`import SOURCE`: ingest a JSON Lines file, a folder or a feed; summary on stdout."""
    from service import bulk
    from service.import_progress import Progress

    summary = bulk.Summary(total=total)
    analysis = AnalysisPool(settings.workers, settings.spacy_model)
    try:
        # Load the model in every worker first, as `serve` does: the rate is the import's own.
        analysis.warm_up()
        progress = Progress(total)
        started = time.monotonic()

        def report(s: bulk.Summary) -> None:
            progress.update(
                s.done, {"created": s.created, "duplicate": s.duplicate, "invalid": len(s.invalid)}
            )

        try:
            asyncio.run(
                _with_pool(
                    settings,
                    url,
                    lambda pool: bulk.run_import(
                        pool, analysis, settings, items, summary, batch_size=args.batch, on_progress=report
                    ),
                )
            )
            elapsed = time.monotonic() - started
        finally:
            progress.close()
    finally:
        analysis.close()
    line = (
        f"imported {summary.done} of {total} in {elapsed:.1f} s ({summary.done / max(elapsed, 1e-9):.1f}/s): "
        f"{summary.created} created, {summary.duplicate} duplicate, {len(summary.invalid)} invalid"
    )
    if summary.invalid:
        args.invalid.write_bytes(b"".join(msgspec.json.encode(i) + b"\n" for i in summary.invalid))
        line += f" (reasons in {args.invalid})"
    print(line)
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
    import_cmd = sub.add_parser(
        "import",
        help="import articles from a JSON Lines file, a folder of .txt/.html files, or an RSS/Atom feed "
        "(file or URL); re-running skips what is stored",
    )
    import_cmd.add_argument("source", help="FILE, DIR or URL")
    import_cmd.add_argument("--format", choices=["jsonl", "folder", "feed"], help="default: from the source")
    import_cmd.add_argument("--batch", type=int, default=50, help="articles per batch (default 50)")
    import_cmd.add_argument(
        "--invalid",
        type=Path,
        default=Path("import-invalid.jsonl"),
        help="where the invalid items and their reasons are written (default import-invalid.jsonl)",
    )
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
    if command != "serve":
        _stop_on_signals(128 + signal.SIGINT)  # an interrupted command did not finish its work
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
            _migrate(url)
            status = ingest_files(settings, url, getattr(args, "files", []), seed_dir)

        run_with_database(settings, work)
        return status
    if command == "import":
        if args.batch < 1:
            parser.error("--batch must be at least 1")
        opened = open_import_source(settings, str(args.source), args.format)
        if opened is None:
            return 2
        status = 0

        def import_work(url: str) -> None:
            nonlocal status
            upgrade(url)
            status = import_articles(settings, url, args, *opened)

        run_with_database(settings, import_work)
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
