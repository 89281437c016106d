"""How an article speaking in its own voice is named: outlet, else site, else headline or lead."""

from __future__ import annotations

from service.ingest.apply import first_sentence, outlet_name


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
    assert first_sentence("The harbor closed on Monday.  Ships waited.") == "The harbor closed on Monday."
    assert first_sentence("  no stop at all ") == "no stop at all"
    assert first_sentence("") is None
