"""Word lists more than one pipeline step reads, and the helper that writes lists compactly."""

from __future__ import annotations


def wordset(words: str) -> frozenset[str]:
    """A word list written as one string, to keep long lists short on the page."""
    return frozenset(words.split())


# Generational suffixes of people's names: "Martin Luther King Jr." is a King, not a "Jr".
GENERATIONAL = wordset("jr sr ii iii iv")

# Lowercase nouns of buildings and sites. A name before one names the facility ("the Xville coal
# mine", "the Ghaz Gardens hotel"), and so does a name after one with "in", "at" or "near" ("the
# mine in Xville"): the entity step reads both as the facility, the resolver lets the two forms of
# one facility meet ("Xville mine" / "Xville coal mine").
# Of those, the works of a business: an organisation's or a product's name before one is its owner
# ("the Acme plant"), so only a place's name before one names the facility ("the Tarrow plant").
INDUSTRIAL_NOUNS = wordset("plant factory refinery smelter")
FACILITY_NOUNS = INDUSTRIAL_NOUNS | wordset(
    "mosque church cathedral temple shrine synagogue monastery hotel airport airfield stadium bridge "
    "dam square mine colliery prison jail palace tower"
)

# Page furniture: navigation, advertising markers, list headers, calls to action, photo and legal
# labels, casefolded. The cleaner drops a line that is only one of these; the entity step drops a
# name span that is only one of these (the model reads "Advertisement" or "Read More" as names).
# fmt: off
PAGE_FURNITURE = frozenset({
    "advertisement", "advertisements", "advertising", "advert", "ad", "ads", "sponsored",
    "sponsored content", "paid content", "promoted", "promoted content", "partner content",
    "story continues below", "story continues below advertisement", "continue reading",
    "continue reading below", "scroll to continue", "scroll to continue with content",
    "all sections", "sections", "all news", "more news", "latest news", "recent news", "top news",
    "top stories", "breaking news", "most read", "most popular", "popular", "trending",
    "trending now", "news feed", "related", "related news", "related articles", "related stories",
    "related posts", "related content", "related topics", "more on this story", "read more",
    "read also", "also read", "see also", "read next", "more on this topic", "you may also like",
    "recommended", "recommended for you", "editor's picks", "editors' picks", "share", "share this",
    "share this article", "share on", "share via", "print", "email", "copy link", "comments",
    "leave a comment", "show comments", "view comments", "skip to content", "skip to main content",
    "main menu", "menu", "home", "search", "close", "subscribe", "subscribe now", "support us",
    "follow us", "sign in", "log in", "login", "sign up", "register", "newsletter", "back to top",
    "cookies", "accept cookies", "cookie settings", "privacy policy", "terms of use", "copyright",
    "all rights reserved", "tags", "topics", "loading", "photo", "photo credit", "photo credits",
    "stock photo", "image", "image credit",
})
# fmt: on
