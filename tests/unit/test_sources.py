"""Pages, feeds and addresses: extraction, decoding, merging and the fetch guard's decisions."""

from __future__ import annotations

import ipaddress
import json
from datetime import date
from pathlib import Path

import pytest

from service.sources import feeds
from service.sources import html as html_source
from service.sources.fetch import parse_networks, refusal
from service.sources.pages import Given, Page, merge, read_page, read_pages
from tests.pages_server import LATIN1_PAGE, feed

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pages_give_their_title_date_and_main_text(name: str) -> None:
    expected = EXPECTED[name]
    found = html_source.extract((PAGES / name).read_text())
    assert found.title == expected["title"]
    assert found.published_at == date.fromisoformat(expected["published_at"])
    for part in expected["body_includes"]:
        assert part in found.text
    for part in expected["body_excludes"]:
        assert part not in found.text


def test_metadata_of_a_page_with_json_ld() -> None:
    found = html_source.extract((PAGES / "harbour-bridge.html").read_text())
    assert found.author == "Mara Ellison"
    assert found.site_name == "The Coastal Ledger"
    assert found.url == "https://ledger.example.org/news/2024/03/harbour-bridge-reopens"
    assert found.language == "en"
    assert found.date_source == "markup"


def test_a_date_only_in_a_time_element_is_found() -> None:
    found = html_source.extract((PAGES / "library-time-only.html").read_text())
    assert found.published_at == date(2022, 6, 15)


def test_a_front_page_canonical_is_not_taken_as_the_article_url() -> None:
    page = (PAGES / "harbour-bridge.html").read_text()
    home = page.replace(
        "https://ledger.example.org/news/2024/03/harbour-bridge-reopens", "https://ledger.example.org/"
    )
    assert html_source.extract(home).url is None


@pytest.mark.parametrize(
    "body",
    [
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<<<<>>>>",
        "\x00\x01\x02\x03" * 500,
        "<html>" + "<div>" * 50_000,
    ],
)
def test_pages_without_an_article_are_refused_with_a_reason(body: str) -> None:
    with pytest.raises(html_source.NotAnArticle) as caught:
        html_source.extract(body)
    assert caught.value.reason


def test_bytes_decode_by_declared_then_meta_then_detected_charset() -> None:
    raw = LATIN1_PAGE.encode("cp1252")
    assert "Café" in html_source.decode(raw)  # <meta charset>
    assert "Café" in html_source.decode(raw, "utf-8")  # a wrong declaration is not trusted
    assert "Café" in html_source.decode(raw.replace(b"charset='windows-1252'", b""))  # detected
    assert html_source.decode(b"\xff\xfe\xfa", "no-such-charset")  # never raises


def test_given_fields_win_and_extracted_ones_are_recorded() -> None:
    found = html_source.extract((PAGES / "harbour-bridge.html").read_text())
    page = merge(Given(title="My title", published_at=date(2024, 3, 10), external_id="x-1"), found)
    assert page.article.title == "My title"
    assert page.article.published_at == date(2024, 3, 10)
    assert page.article.external_id == "x-1"
    assert page.article.url == found.url
    assert page.article.source == "The Coastal Ledger"
    assert page.extraction.fields == ["text", "url", "source"]
    assert page.extraction.date_source is None  # the date was given
    assert page.extraction.author == "Mara Ellison"


def test_read_pages_gives_an_article_or_a_reason_per_page() -> None:
    good = Page(given=Given(), html=(PAGES / "orchard-meta-date.html").read_text())
    bad = Page(given=Given(), body=b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 100)
    article, reason = read_pages([good, bad])
    assert not isinstance(article, str) and article.article.published_at == date(2023, 10, 2)
    assert isinstance(reason, str) and "binary" in reason


def test_a_feed_fragment_is_all_article() -> None:
    page = read_page(
        Page(given=Given(title="T"), html="<p>First line of the story.</p><p>Second.</p>", fragment=True)
    )
    assert page.article.text == "First line of the story.\nSecond."
    assert page.extraction.fields == ["text"]


def test_feed_entries() -> None:
    entries = feeds.entries(feed("http://news.example").encode())
    assert len(entries) == 30
    first = entries[0]
    assert first.id == "story-0"
    assert first.link == "http://news.example/articles/0"
    assert first.published_at == date(2024, 1, 1)
    assert first.source == "Regional Times"
    assert first.html and "opened its new" in first.html


@pytest.mark.parametrize("body", [b"<html><body>hello</body></html>", b"\x00\x01 not xml", b""])
def test_what_is_not_a_feed_is_refused(body: bytes) -> None:
    with pytest.raises(feeds.NotAFeed):
        feeds.entries(body)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "fe80::1",
        "fd00:ec2::254",  # cloud metadata over IPv6
        "100.64.0.1",  # shared address space
        "0.0.0.0",
        "224.0.0.1",
        "::ffff:127.0.0.1",  # loopback behind an IPv4-mapped IPv6 address
        "240.0.0.1",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is not None


def test_public_addresses_pass_and_the_allow_list_admits_named_networks() -> None:
    assert refusal(ipaddress.ip_address("93.184.215.14")) is None
    assert refusal(ipaddress.ip_address("2606:4700::1111")) is None
    allowed = parse_networks("127.0.0.1, 10.0.0.0/8")
    assert refusal(ipaddress.ip_address("127.0.0.1"), allowed) is None
    assert refusal(ipaddress.ip_address("10.9.9.9"), allowed) is None
    assert refusal(ipaddress.ip_address("127.0.0.2"), allowed) is not None
    assert refusal(ipaddress.ip_address("169.254.169.254"), allowed) is not None


def test_a_wrapper_with_an_advertising_class_keeps_its_article() -> None:
    page = (PAGES / "harbour-bridge.html").read_text().replace("<main>", '<main class="content has-ads">')
    assert "carries about 40,000 vehicles a day" in html_source.extract(page).text


def test_a_page_with_too_many_tags_is_refused_before_extraction() -> None:
    with pytest.raises(html_source.NotAnArticle, match="tags"):
        html_source.extract("<p>a</p>" * (html_source.MAX_TAGS // 2 + 1))


def test_the_page_language_is_a_hint_not_the_article_language() -> None:
    found = html_source.extract((PAGES / "blog-comments.html").read_text())
    page = merge(Given(), found)
    assert page.article.language is None  # detected from the text by the pipeline
    assert page.extraction.language == "en-GB"
