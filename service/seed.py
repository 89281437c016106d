"""The seed loader: every `*.txt` in a folder, its file name as the external id."""

from __future__ import annotations

from pathlib import Path

import asyncpg

from service.api.schemas import ArticleIn
from service.ingest.articles import Ingested, ingest_many
from service.workers import AnalysisPool


def seed_articles(folder: Path) -> list[ArticleIn]:
    files = sorted(p for p in folder.glob("*.txt") if p.is_file())
    return [ArticleIn(text=p.read_text(encoding="utf-8"), external_id=p.name) for p in files]


async def load_seeds(pool: asyncpg.Pool, analysis: AnalysisPool, folder: Path) -> list[Ingested]:
    """Ingest the folder's articles; loading twice changes nothing (they are duplicates)."""
    items = [a.to_input() for a in seed_articles(folder) if a.text.strip()]
    return await ingest_many(pool, analysis, items) if items else []
