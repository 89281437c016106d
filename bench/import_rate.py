"""Bulk import against the batch API, in one run: does `import` cost more than the API?

    python -m bench.import_rate --n 200

One embedded PostgreSQL; the same number of generated articles (different ones, so none is a
duplicate) goes (1) to `POST /v1/articles/batch` of a running service (`--batch` per request,
two requests in flight) and (2) through `python -m service import FILE.jsonl` (batches of
`--batch`, two in flight). Both use ANALYSIS_WORKERS=`--workers`, both warm the model up first
(the service on start-up and with `--warmup` articles; the import command before it counts), so
the figures are articles/s of the ingest itself.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import msgspec

from bench import harness
from bench.corpus import generate
from service.embedded import EmbeddedPostgres

ROOT = Path(__file__).resolve().parent.parent


def run_import(database_url: str, path: Path, workers: int, batch: int) -> tuple[float, str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "ANALYSIS_WORKERS": str(workers),
        "LOG_LEVEL": "WARNING",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "service",
            "import",
            str(path),
            "--batch",
            str(batch),
            "--invalid",
            str(path) + ".invalid",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    summary = done.stdout.strip().splitlines()[-1]
    rate = re.search(r"\(([0-9.]+)/s\)", summary)
    if rate is None:
        raise RuntimeError(f"no rate in the import's summary: {summary!r}")
    return float(rate.group(1)), summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.import_rate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="articles for each path")
    parser.add_argument(
        "--warmup", type=int, default=10, help="articles the service ingests before measuring"
    )
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    harness.banner("bulk import vs the batch API")
    corpus = generate(args.warmup + 2 * args.n, seed=args.seed)
    warmup, api_part, import_part = (
        corpus[: args.warmup],
        corpus[args.warmup : args.warmup + args.n],
        corpus[args.warmup + args.n :],
    )
    with tempfile.TemporaryDirectory(prefix="news-bench-import-") as folder:
        server = EmbeddedPostgres(Path(folder) / "pg")
        database_url = server.start()
        try:
            with harness.Service(workers=args.workers, database_url=database_url) as service:
                asyncio.run(harness.post_batches(service.base, warmup, batch=args.batch, concurrency=2))
                seconds, statuses = asyncio.run(
                    harness.post_batches(service.base, api_part, batch=args.batch, concurrency=2)
                )
            api_rate = len(api_part) / seconds
            path = Path(folder) / "articles.jsonl"
            path.write_bytes(b"".join(msgspec.json.encode(a) + b"\n" for a in import_part))
            import_rate, summary = run_import(database_url, path, args.workers, args.batch)
        finally:
            server.stop()
    print(
        harness.table(
            [
                ["batch API", len(api_part), f"{api_rate:.2f}", str(statuses)],
                ["import (JSON Lines)", len(import_part), f"{import_rate:.2f}", summary.split(": ", 1)[1]],
            ],
            ["path", "articles", "articles/s", "outcome"],
        )
    )
    print(f"\nimport / batch API: {import_rate / api_rate:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
