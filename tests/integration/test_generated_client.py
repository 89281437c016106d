"""Interoperability: a Python client generated from the served OpenAPI spec works, and reads well.

`openapi-python-client` generates a package from `/schema/openapi.json` into a temporary
folder; the test imports it and uses it, over real HTTP, against the app under uvicorn: ingest
the seed articles, then read an article's entities, an entity, its timeline, the timeline and
the conflict reports, all through the generated functions and models.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from service.app import create_app
from service.workers import AnalysisPool
from tests.conftest import SEEDS, TEMPLATE, _throwaway_database, settings_for
from tests.integration.test_schemathesis import serve_in_thread

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]

API_KEY = "generated-client-key-42"


@pytest.fixture(scope="module")
async def live_url(server_url: str, template_url: str, analysis_pool: AnalysisPool) -> AsyncIterator[str]:
    async for database_url in _throwaway_database(server_url, TEMPLATE):
        app = create_app(settings_for(database_url, api_keys=(API_KEY,)), analysis=analysis_pool)
        with serve_in_thread(app) as url:
            yield url


@pytest.fixture(scope="module")
def generated(live_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The client package generated from the live spec, imported under a unique name."""
    tmp_path = tmp_path_factory.mktemp("generated-client")
    spec = httpx.get(f"{live_url}/schema/openapi.json", timeout=30).raise_for_status().json()
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    # No formatter hooks (ruff need not be on PATH); any generator warning fails the test.
    (tmp_path / "config.yaml").write_text("post_hooks: []\n")
    package = "news_client_" + uuid.uuid4().hex[:8]
    tool = Path(sys.executable).parent / "openapi-python-client"
    done = subprocess.run(
        [
            str(tool),
            "generate",
            "--path",
            str(tmp_path / "openapi.json"),
            "--output-path",
            str(tmp_path / package),
            "--meta",
            "none",
            "--config",
            str(tmp_path / "config.yaml"),
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    sys.path.insert(0, str(tmp_path))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def module(client: ModuleType, name: str) -> Any:
    return importlib.import_module(f"{client.__name__}.{name}")


def test_generated_names_read_well(generated: ModuleType) -> None:
    for name in (
        "api.articles.create_article",
        "api.articles.create_article_batch",
        "api.articles.list_articles",
        "api.articles.get_article",
        "api.entities.list_entities",
        "api.entities.get_entity",
        "api.entities.get_entity_timeline",
        "api.timeline.get_timeline",
        "api.conflicts.list_conflicts",
        "api.conflicts.get_conflict",
        "api.analysis.analyze_text",
        "api.operations.get_health",
        "api.operations.get_readiness",
    ):
        assert hasattr(module(generated, name), "sync_detailed"), name
    models = module(generated, "models")
    for model in (
        "ArticleIn",
        "Article",
        "Entity",
        "TimelineEvent",
        "ConflictReport",
        "ConflictKind",
        "Problem",
    ):
        assert hasattr(models, model), model
    # No generated placeholders (ListConflictsKindType1) and no module-qualified names.
    ugly = [m for m in models.__all__ if re.search(r"Type\d|Item$|^Service|Api[A-Z]|_", m)]
    assert not ugly, ugly


def test_generated_client_ingests_and_reads(generated: ModuleType, live_url: str) -> None:
    client_module = module(generated, "client")
    with (
        client_module.Client(base_url=live_url, timeout=httpx.Timeout(120)) as anonymous,
        client_module.AuthenticatedClient(
            base_url=live_url, token=API_KEY, timeout=httpx.Timeout(120)
        ) as client,
    ):
        use_the_client(generated, anonymous, client)


def use_the_client(generated: ModuleType, anonymous: Any, client: Any) -> None:
    models = module(generated, "models")
    create_article = module(generated, "api.articles.create_article")
    get_article = module(generated, "api.articles.get_article")
    list_entities = module(generated, "api.entities.list_entities")
    get_entity = module(generated, "api.entities.get_entity")
    get_entity_timeline = module(generated, "api.entities.get_entity_timeline")
    get_timeline = module(generated, "api.timeline.get_timeline")
    list_conflicts = module(generated, "api.conflicts.list_conflicts")
    get_conflict = module(generated, "api.conflicts.get_conflict")
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]

    # Writes need the key: without it the generated client gets a parsed Problem.
    refused = create_article.sync_detailed(
        client=anonymous, body=models.ArticleIn(text=texts[0][1], external_id=texts[0][0])
    )
    assert refused.status_code == 401
    assert isinstance(refused.parsed, models.Problem) and refused.parsed.status == 401

    articles = []
    for name, text in texts:
        answer = create_article.sync_detailed(
            client=client, body=models.ArticleIn(text=text, external_id=name)
        )
        assert answer.status_code == 201, answer.content
        assert isinstance(answer.parsed, models.Article)
        articles.append(answer.parsed)
    again = create_article.sync_detailed(
        client=client, body=models.ArticleIn(text=texts[0][1], external_id=texts[0][0])
    )
    assert again.status_code == 200 and again.parsed.id == articles[0].id

    article = get_article.sync(client=client, article_id=articles[0].id)
    assert isinstance(article, models.Article) and article.entities
    person = next(e for e in article.entities if e.type_ == "PERSON")

    found = list_entities.sync(client=client, q=person.name, type_="PERSON")
    assert isinstance(found, models.EntityPage)
    assert person.id in [e.id for e in found.items]
    entity = get_entity.sync(client=client, entity_id=person.id)
    assert isinstance(entity, models.EntityDetail) and entity.article_count >= 1

    own = get_entity_timeline.sync(client=client, entity_id=person.id)
    assert isinstance(own, models.TimelinePage)
    timeline = get_timeline.sync(client=client, limit=200)
    assert isinstance(timeline, models.TimelinePage) and timeline.items
    assert all(isinstance(event, models.TimelineEvent) for event in timeline.items)
    assert {event.id for event in own.items} <= {event.id for event in timeline.items} or timeline.next_cursor

    conflicts = list_conflicts.sync(client=client, limit=200)
    assert isinstance(conflicts, models.ConflictPage) and conflicts.items
    report = conflicts.items[0]
    assert isinstance(report, models.ConflictReport) and isinstance(report.kind, models.ConflictKind)
    assert len(report.sides) >= 2 and all(isinstance(side.stance, models.Stance) for side in report.sides)
    one = get_conflict.sync(client=client, conflict_id=report.id)
    assert isinstance(one, models.ConflictReport) and one.id == report.id
    by_kind = list_conflicts.sync(client=client, kind=report.kind, limit=200)
    assert by_kind.items and all(r.kind == report.kind for r in by_kind.items)

    missing = get_conflict.sync_detailed(client=client, conflict_id=str(uuid.uuid4()))
    assert missing.status_code == 404 and isinstance(missing.parsed, models.Problem)
