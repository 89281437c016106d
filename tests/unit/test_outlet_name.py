"""How an article speaking in its own voice is named: outlet, else site, else headline or lead."""

from __future__ import annotations

from service.ingest.apply import outlet_name


def test_the_outlet_wins() -> None:
    assert outlet_name(" The Courier ", "https://www.example.org/a", "Headline") == "The Courier"


def test_else_the_site() -> None:
    assert outlet_name(None, "https://www.example.org/a/b", "Headline") == "example.org"


def test_else_the_headline_cut_to_sixty_characters() -> None:
    assert outlet_name(None, None, "Harbor  closes") == "the article “Harbor closes”"
    long = outlet_name(None, None, "word " * 30)
    assert long.startswith("the article “word word") and long.endswith("...”") and len(long) < 80


def test_never_an_id() -> None:
    assert outlet_name(None, None, None) == "an article with no headline or outlet"
    assert outlet_name("", "", "  ") == "an article with no headline or outlet"


def test_a_lead_stands_in_for_a_missing_headline() -> None:
    assert outlet_name(None, None, None, "The harbor closed on Monday.  Ships waited.") == (
        "the article “The harbor closed on Monday.”"
    )


def test_a_dateline_credit_names_the_agency_when_no_outlet_or_site_does() -> None:
    opening = "HARBORTON, March 4 (Coastwire) - The port closed on Monday. Ships waited."
    assert outlet_name(None, None, None, opening) == "Coastwire"
    assert outlet_name(None, None, "Port closes", opening) == "Coastwire"
    # An outlet or a site the caller gave still wins over the credit.
    assert outlet_name("The Courier", None, None, opening) == "The Courier"
    assert outlet_name(None, "https://example.org/a", None, opening) == "example.org"


def test_a_dateline_without_a_credit_is_no_part_of_the_name() -> None:
    assert outlet_name(None, None, None, "HARBORTON — The port closed. Ships waited.") == (
        "the article “The port closed.”"
    )
    assert outlet_name(None, None, None, "(HARBORTON) The port closed. Ships waited.") == (
        "the article “The port closed.”"
    )
    # A headline is named as written; an opening with no dateline by its first sentence.
    assert (
        outlet_name(None, None, "Port closes", "The port closed. Ships waited.")
        == "the article “Port closes”"
    )
    assert outlet_name(None, None, None, "The port closed. Ships waited.") == "the article “The port closed.”"
