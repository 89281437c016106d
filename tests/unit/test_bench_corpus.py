"""The benchmark corpus generator: deterministic, prefix-stable, API-shaped, and free of the seed
articles' names."""

from __future__ import annotations

import json
import re
from pathlib import Path

import msgspec

from bench.corpus import generate, main, name_tokens
from service.api.schemas import ArticleIn

ROOT = Path(__file__).resolve().parents[2]


def test_same_seed_same_articles() -> None:
    assert generate(25, seed=3) == generate(25, seed=3)


def test_different_seeds_differ() -> None:
    assert generate(5, seed=1) != generate(5, seed=2)


def test_prefix_does_not_depend_on_corpus_size() -> None:
    assert generate(40, seed=5)[:15] == generate(15, seed=5)


def test_cli_writes_the_same_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert main(["--n", "12", "--seed", "9", "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == generate(12, seed=9)


def test_articles_are_valid_api_items_of_news_length() -> None:
    articles = generate(60, seed=1)
    for item in articles:
        msgspec.convert(item, ArticleIn)  # raises when an item does not fit the API
    words = [len(str(a["text"]).split()) for a in articles]
    assert min(words) >= 280  # raw pages add a few words of furniture on top of 300-900
    assert max(words) <= 1100
    assert len({a["external_id"] for a in articles}) == len(articles)


def test_corpus_mixes_repeated_events_denials_and_raw_pages() -> None:
    articles = generate(200, seed=1)
    texts = [str(a["text"]) for a in articles]
    assert sum("denied" in t for t in texts) >= 10
    assert sum(t.startswith("date ") for t in texts) >= 20
    assert sum("published_at" not in a for a in articles) >= 5
    titles = [str(a.get("title", "")) for a in articles]
    assert len(set(titles)) < len(titles)  # some events are reported more than once


def test_no_seed_article_name_is_generated() -> None:
    seed_tokens: set[str] = set()
    for path in (ROOT / "seeds").glob("*.txt"):
        seed_tokens |= set(re.findall(r"[A-Z][A-Za-z'’-]+", path.read_text(encoding="utf-8")))
    assert seed_tokens, "the seed articles are missing"
    for seed in (1, 2, 3):
        assert name_tokens(seed) & seed_tokens == set()


def test_the_growth_bench_quotes_its_server_setting() -> None:
    from bench.growth import quote_literal

    assert quote_literal("2GB") == "'2GB'"
    assert quote_literal("1GB'; DROP TABLE x; --") == "'1GB''; DROP TABLE x; --'"
