"""The import command's pure parts: settings for fetching, progress lines, source detection."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from service import bulk
from service.config import load_settings
from service.import_progress import Progress


def test_fetching_is_off_unless_set() -> None:
    assert load_settings({}).fetch_urls is False
    settings = load_settings({"FETCH_URLS": "true", "FETCH_ALLOWED_NETWORKS": "127.0.0.1, 10.0.0.0/8"})
    assert settings.fetch_urls is True
    assert settings.fetch_allowed_networks == ("127.0.0.1", "10.0.0.0/8")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"FETCH_URLS": "maybe"}, "FETCH_URLS"),
        ({"FETCH_ALLOWED_NETWORKS": "localhost"}, "FETCH_ALLOWED_NETWORKS"),
    ],
)
def test_bad_fetch_settings_are_refused(env: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_settings(env)


def test_plain_progress_lines_give_rate_and_eta() -> None:
    out = io.StringIO()
    progress = Progress(10, stream=out, interactive=False)
    progress.update(10, {"created": 9, "invalid": 1})
    line = out.getvalue().strip()
    assert line.startswith("import: 10/10 (100%), ")
    assert line.endswith("/s: 9 created, 1 invalid")


def test_progress_line_mid_way_has_an_eta() -> None:
    progress = Progress(100, stream=io.StringIO(), interactive=False)
    progress.done = 25
    assert progress.line({"created": 25}, progress.started + 5.0) == (
        "import: 25/100 (25%), 5.0/s, eta 15 s: 25 created"
    )


def test_sources_are_told_apart(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    (tmp_path / "unnamed").write_text('{"text": "x"}\n')
    (tmp_path / "feed").write_text("<rss version='2.0'></rss>")
    assert bulk.detect_format(str(tmp_path)) == "folder"
    assert bulk.detect_format(str(tmp_path / "a.jsonl")) == "jsonl"
    assert bulk.detect_format(str(tmp_path / "unnamed")) == "jsonl"
    assert bulk.detect_format(str(tmp_path / "feed")) == "feed"
    assert bulk.detect_format("https://news.example/feed") == "feed"


def test_json_lines_items_are_validated_as_the_api_validates_them(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"text": "An article."}\n\n{"html": "<p>x</p>", "text": "y"}\n[1]\n{"url": "https://a.example/x"}\n'
    )
    items = list(bulk.jsonl_items(path))
    assert [i.label for i in items] == ["line 1", "line 3", "line 4", "line 5"]
    assert items[0].article is not None and items[0].article.text == "An article."
    assert items[1].invalid == "give either text or html, not both"
    assert items[2].invalid is not None
    assert items[3].page is not None and items[3].page.html is None
    assert bulk.jsonl_count(path) == 4
