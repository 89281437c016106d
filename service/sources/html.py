"""An HTML page in, its article out: main text and metadata, with kept extractors.

`trafilatura` finds the main text (navigation, advertising, comments and other page furniture
left out) and the metadata the markup states (title, author, date, canonical URL, site name,
language); `htmldate` searches harder for a publication date where the markup gives none.

Pure (no I/O). Input is bounded by the caller; a body that is not HTML text is refused with a
reason rather than guessed at.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

import charset_normalizer
import htmldate
import lxml.etree
import lxml.html
import msgspec
import trafilatura

# Characters that never occur in an HTML page's text: C0 controls other than white space. A body
# with many of them is binary (an image, a PDF, compressed data) sent as HTML.
_BINARY = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BINARY_SHARE = 0.01
# <meta charset="..."> or the http-equiv form, looked for in the first bytes only.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# Advertising blocks inside the article body, which trafilatura keeps: elements whose class or
# id has one of these words as a token ("inline-ad", "ad_slot", "sponsored-box"). Only short
# elements: a wrapper that holds the article may carry such a class too ("page has-ads").
_AD_TOKENS = ("ad", "ads", "advert", "advertisement", "sponsored", "sponsor", "promo", "promoted")
_AD_XPATH = [
    f"//*[contains(concat(' ', translate(@{attribute}, '-_', '  '), ' '), ' {token} ')]"
    "[string-length(normalize-space(.)) < 400]"
    for attribute in ("class", "id")
    for token in _AD_TOKENS
]
# trafilatura's time grows faster than the page (about 1 s per 20,000 elements, 10 s at 80,000):
# pages with more tags than this are refused, which bounds one page's cost. News pages have a
# few thousand.
MAX_TAGS = 40_000
# Fewer words than this is a page's leftover chrome ("Home"), not an article.
_MIN_WORDS = 5
# Elements that end a line of text.
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre", "section")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
# <html lang="en-GB">: the language the page declares, when trafilatura reports none.
_HTML_LANG = re.compile(r"""<html[^>]{0,500}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)""", re.I)


class NotAnArticle(ValueError):
    """The page cannot give an article; `reason` says why, for the client."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Extracted(msgspec.Struct, frozen=True, kw_only=True):
    """What one page gives. `date_source` is "markup" (trafilatura) or "htmldate"."""

    text: str
    title: str | None = None
    author: str | None = None
    published_at: date | None = None
    date_source: str | None = None
    url: str | None = None
    site_name: str | None = None
    language: str | None = None


def decode(body: bytes, declared: str | None = None) -> str:
    """The text of an HTML body: the declared charset (header, then <meta>) when it decodes the
    bytes, else UTF-8, else the charset that `charset_normalizer` finds; never a crash."""
    candidates = [declared] if declared else []
    found = _META_CHARSET.search(body[:4096])
    if found:
        candidates.append(found.group(1).decode("ascii"))
    candidates.append("utf-8")
    for name in candidates:
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return body.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return body.decode("utf-8", errors="replace")


def looks_binary(html: str) -> bool:
    sample = html[:100_000]
    return bool(sample) and len(_BINARY.findall(sample)) > _BINARY_SHARE * len(sample)


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _page_url(value: str | None) -> str | None:
    """A canonical URL worth keeping: absolute http(s), and not a site's front page (pages that
    name their home page as canonical would otherwise all share one URL)."""
    if not value or len(value) > 2000:
        return None
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.path.strip("/") == "":
        return None
    return value


def _clean(value: str | None, limit: int = 2000) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value[:limit] or None


def extract(html: str, url: str | None = None) -> Extracted:
    """The article in `html` (a page fetched from `url`, if known). Raises NotAnArticle."""
    if looks_binary(html):
        raise NotAnArticle("the body is binary data, not an HTML page")
    if html.count("<") > MAX_TAGS:
        raise NotAnArticle(f"the page has more than {MAX_TAGS:,} tags, more than this service reads")
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            prune_xpath=_AD_XPATH,
            # Markup dates only here (and the original date, not the last update): a deeper
            # search is htmldate's job below, so the record says which one found the date.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, TypeError, RecursionError) as error:  # markup lxml cannot build a tree from
        raise NotAnArticle(f"the HTML could not be parsed ({type(error).__name__})") from None
    text = document.text if document is not None else None
    if not text or len(text.split()) < _MIN_WORDS:
        raise NotAnArticle("no article text was found in the page")
    published = _iso_date(document.date)
    date_source = "markup" if published else None
    if published is None:
        try:
            found = htmldate.find_date(html, url=url, original_date=True, extensive_search=True)
        except (ValueError, TypeError):
            found = None
        published = _iso_date(found)
        date_source = "htmldate" if published else None
    language = document.language
    if not language:
        declared = _HTML_LANG.search(html[:4096])
        language = declared.group(1) if declared else None
    if language and not _LANGUAGE.match(language):
        language = None
    return Extracted(
        text=text,
        title=_clean(document.title),
        author=_clean(document.author),
        published_at=published,
        date_source=date_source,
        url=_page_url(document.url),
        site_name=_clean(document.sitename),
        language=language,
    )


def fragment_text(html: str) -> str:
    """The text of an HTML fragment that is all article (a feed entry's content): every block
    on its own line, no furniture to remove. Raises NotAnArticle when it holds no text."""
    if looks_binary(html):
        raise NotAnArticle("the body is binary data, not HTML")
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, TypeError, lxml.etree.ParserError) as error:
        raise NotAnArticle(f"the HTML could not be parsed ({type(error).__name__})") from None
    for element in root.iter("script", "style"):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    text = "\n".join(line for line in lines if line)
    if not text:
        raise NotAnArticle("no article text was found in the HTML")
    return text
