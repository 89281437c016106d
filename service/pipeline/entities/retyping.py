"""Types and extents a name's neighbours fix: vessels, facilities, disasters, demonyms, products."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from service.pipeline import name_context, names, org_names, person_names, places
from service.pipeline.entities.mention import NameSpan
from service.pipeline.entities.words import (
    DESIGNATION,
    DISASTER_NOUNS,
    EVENT_HEADS,
    FEATURE_HEADS,
    FEATURE_NOUNS_AFTER,
    FEATURE_NOUNS_BEFORE,
    OPEN_SPACE_HEADS,
    PLACE_NOUNS,
    PLACES,
    REGION_HEADS,
    VESSEL_PREFIXES,
    WORK_HEADS,
)
from service.pipeline.wordlists import FACILITY_NOUNS, INDUSTRIAL_NOUNS


def _vessel(doc: Doc, start: int, end: int) -> bool:
    """A ship's name: a vessel prefix in capitals, then a capitalised name ("MV Xship")."""
    return end - start > 1 and doc[start].text in VESSEL_PREFIXES and doc[start + 1].text[:1].isupper()


def retype(mention: NameSpan, doc: Doc, org_tokens: frozenset[int] = frozenset()) -> str:
    """Types that a span's own shape or the words around it decide better than the model."""
    span = doc[mention.start : mention.end]
    last = span[-1].lower_
    if DESIGNATION.fullmatch(span.text.replace(" ", "")):
        return "PRODUCT"
    if _vessel(doc, mention.start, mention.end):
        return "VEHICLE"
    if _disaster_name(mention, span):
        return "EVENT"  # "the Tsunami", "the Xland Sea Earthquake": a disaster, not a place
    if mention.label == "PRODUCT" and org_names.has_org_form(span.text):
        return "ORG"  # "Acme Online", "Acme Group": the form of an organisation's name
    if _product(mention, doc, org_tokens):
        return "PRODUCT"
    if name_context.byline_author(doc, mention.start) and person_names.person_shape(span.text):
        return "PERSON"  # "By Ann Smith" opening a line: the author
    if (
        mention.label == "PERSON"
        and not mention.honorific
        and name_context.company_kind_before(doc, mention.start)
    ):
        return "ORG"  # "the electronics retailer Ann Buy": a company, whatever its name looks like
    if mention.label == "PERSON" and not mention.honorific and _facility_before(doc, mention.start):
        return "FAC"  # "the four-star hotel Xgardens": the hotel's name
    if mention.label in PLACES and len(span) == 1 and span[0].pos_ == "ADJ":
        return "NORP"  # "Polish authorities": an adjective of nationality, not the country
    if mention.label in PLACES or mention.label in {"NORP", "EVENT"}:
        return mention.label
    if len(span) > 1 and last in REGION_HEADS:
        return "GPE"
    if len(span) > 1 and (last in FEATURE_HEADS or last in OPEN_SPACE_HEADS):
        return "LOC"
    if len(span) > 1 and last in WORK_HEADS:
        return "WORK_OF_ART"
    if len(span) > 1 and last in EVENT_HEADS:
        return "EVENT"
    if mention.label == "PERSON" and _plural_after_the(span):
        return "ORG"  # "the Beatles", "the Kennedys": a person's name takes no article
    return mention.label


def _facility_before(doc: Doc, start: int) -> bool:
    """A lowercase noun of a building or site right before the name ("the hotel X", "the
    four-star hotel X"), which the name stands in apposition to."""
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None and before.is_lower and before.lower_ in FACILITY_NOUNS and before.pos_ == "NOUN"
    )


# Lowercase nouns that "of" joins to a place's name: "the town of X", "the mayor of X".
PLACE_OF_NOUNS = PLACE_NOUNS | {"mayor"}


def place_cue(mention: NameSpan, doc: Doc) -> str | None:
    """The place type the words around a name give it, whatever the model or the name's shape
    says: "the city of X", "the border region of X" (GPE), "the river X", "the X hills" (LOC); None when they
    give none. Only a name the model took for something else, without a form of address, and
    only after the lowercase noun, so "the Port of X Authority" keeps its type. Not a name listed
    after a place ("in Xtaba and Ras Xshitan"): the parser lists people there too."""
    if mention.label in PLACES or mention.honorific or mention.start < 2:
        return None
    after = doc[mention.end] if mention.end < len(doc) else None
    if (
        after is not None
        and after.is_lower
        and after.lower_ in FEATURE_NOUNS_AFTER
        and doc[mention.start - 1].lower_ == "the"
        and doc[mention.end - 1].head.i == after.i
    ):
        return "LOC"  # "the Xkar hills": the hills' name
    before = doc[mention.start - 1]
    if before.is_lower and before.lower_ in FEATURE_NOUNS_BEFORE and doc[mention.start - 2].lower_ == "the":
        return "LOC"
    if (
        before.lower_ == "of"
        and doc[mention.start - 2].is_lower
        and doc[mention.start - 2].lemma_.lower() in PLACE_OF_NOUNS
    ):
        return "GPE"
    if _second_of_places(mention, doc):
        return "GPE"
    return None


def _second_of_places(mention: NameSpan, doc: Doc) -> bool:
    """A name joined to another after a plural place word or mayors: "the towns of Olvera and
    Brennick", "the mayors of Olvera and Brennick" (the plural says both are places)."""
    root = doc[mention.end - 1]
    first = root.head
    if root.dep_ != "conj" or first.i >= mention.start:
        return False
    of = first.head
    noun = of.head
    return (
        of.lower_ == "of"
        and first.dep_ == "pobj"
        and noun.is_lower
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() in PLACE_OF_NOUNS
    )


def _disaster_name(mention: NameSpan, span: Span) -> bool:
    """A name ending in a noun of disaster ("the Xland Sea Tsunami"), or that noun alone
    capitalised ("the Tsunami"), which the model reads as a place or a person: no place's name
    ends in one, and a person's full name that does ("Ann Flood") keeps the model's type."""
    if span[-1].lower_ not in DISASTER_NOUNS or span[-1].is_upper or mention.honorific:
        return False
    if mention.label in {"ORG", "NORP", "LAW"}:
        return False
    return mention.label != "PERSON" or len(span) == 1


def extend_to_vessel(mention: NameSpan, doc: Doc) -> None:
    """A name right after a vessel prefix the model left out ("the MV Xship") is the ship's."""
    start = mention.start
    if start > 0 and doc[start - 1].text in VESSEL_PREFIXES and _vessel(doc, start - 1, mention.end):
        mention.start, mention.label = start - 1, "VEHICLE"


def extend_to_facility(mention: NameSpan, doc: Doc, uses: Counter[str] | None = None) -> None:
    """A name before a lowercase noun of a building or site it qualifies ("the Xville coal mine",
    "the Ghaz Gardens hotel") is the facility's name with the noun. An organisation's name before
    one is its owner ("the Acme mine"), an adjective of nationality no name ("the Xlandish
    embassy"), and after "a" or as a country's or region's name it says where the facility is
    ("a Xland coal mine"): these stay as they are. A one-word "organisation" the article names
    nowhere else, of no organisation's form, is the facility's own name ("the Xville mosque")."""
    if mention.label == "NORP" or mention.country or mention.possessive:
        return
    if mention.label == "ORG" and not _lone_word(mention, doc, uses):
        return
    if mention.start > 0 and doc[mention.start - 1].lower_ in {"a", "an"}:
        return  # "a Xland coal mine" is a mine in Xland, not one named so
    if places.kind(doc[mention.start : mention.end].text) in {"country", "region"}:
        return  # a country's or a region's name before a noun says where, not which
    end = mention.end
    if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" and doc[end].dep_ == "compound":
        end += 1  # "coal mine"
    noun = doc[end] if end < len(doc) else None
    if noun is None or not noun.is_lower or noun.lower_ not in FACILITY_NOUNS:
        return
    if noun.lower_ in INDUSTRIAL_NOUNS and mention.label not in PLACES:
        return  # "the Acme plant" is Acme's: only a place's name names a plant by its site
    if doc[mention.end - 1].head.i != noun.i and doc[mention.end - 1].head.i != mention.end:
        return  # the name qualifies something else
    label = "LOC" if noun.lower_ in OPEN_SPACE_HEADS else "FAC"  # a square is a place, not a building
    mention.bare_end, mention.end, mention.label = mention.end, end + 1, label


def _lone_word(mention: NameSpan, doc: Doc, uses: Counter[str] | None) -> bool:
    """A one-word name the article uses once."""
    key = names.name_key(doc[mention.start : mention.end].text)
    return mention.end - mention.start == 1 and uses is not None and uses[key] == 1


def extend_to_disaster(mention: NameSpan, doc: Doc) -> None:
    """A place's name before a noun of disaster or attack it qualifies ("the Xland Sea earthquake",
    "the 2004 Xland Sea Tsunami") names that event: the place with the noun is an EVENT. After
    "a" ("an Xland earthquake") it says only where one happened."""
    if mention.label not in PLACES or mention.country:
        return
    noun = doc[mention.end] if mention.end < len(doc) else None
    if noun is None or noun.lower_ not in DISASTER_NOUNS or noun.is_upper:
        return
    if mention.start > 0 and doc[mention.start - 1].lower_ in {"a", "an"}:
        return
    if doc[mention.end - 1].head.i != noun.i and not noun.is_title:
        return  # the name qualifies something else
    mention.end, mention.label = mention.end + 1, "EVENT"


def definite_disasters(mentions: list[NameSpan], doc: Doc) -> list[NameSpan]:
    """ "the tsunami" after the article named "the Xland Sea Tsunami": the lowercase noun of
    disaster after "the" refers back to the named event it ends, so it is a mention of that event
    (joined to it when it is the only one so named, see _Hosts)."""
    heads = {
        doc[m.end - 1].lower_
        for m in mentions
        if m.label == "EVENT" and m.end - m.start > 1 and doc[m.end - 1].lower_ in DISASTER_NOUNS
    }
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [
        NameSpan(t.i, t.i + 1, "EVENT", lowercase=True)
        for t in doc
        if t.lower_ in heads and t.is_lower and t.i not in taken and t.i > 0 and doc[t.i - 1].lower_ == "the"
    ]


def link_demonym(mention: NameSpan, doc: Doc) -> None:
    """An adjective of nationality ("Syrian troops", "Egyptians") is a mention of its country."""
    if mention.label != "NORP" and not (mention.label in PLACES and doc[mention.start].pos_ == "ADJ"):
        return
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and not after.is_sent_start:
        return  # the first word of a longer name ("Xlandian Ocean", "Xlandian Museum")
    code = places.demonym_country(doc[mention.start].text) if mention.end - mention.start == 1 else None
    if code is not None:
        mention.label, mention.country = "GPE", code


def _product(mention: NameSpan, doc: Doc, org_tokens: frozenset[int]) -> bool:
    """A name the words around it mark as a product's (name_context.product_cue), unless it is a
    person's full name, carries a form of address, or the model says it is a place."""
    if mention.label not in {"ORG", "PERSON", "FAC"} or mention.honorific:
        return False
    span = doc[mention.start : mention.end]
    if person_names.person_shape(span.text) or places.kind(span.text) == "country":
        return False
    if org_names.has_org_form(span.text):
        return False  # "Acme Online", "Acme Group": the form of an organisation's name
    own = org_tokens - set(range(mention.start, mention.end))
    return name_context.product_cue(doc, mention.start, mention.end, own)


def _plural_after_the(span: Span) -> bool:
    """A plural name after "the" that is not modifying a noun ("the Kennedy family" is a person)."""
    doc, last = span.doc, span[-1]
    after_the = span.start > 0 and doc[span.start - 1].lower_ == "the"
    return after_the and last.lower_.endswith("s") and last.dep_ not in {"compound", "amod", "nmod"}


def dotted_country(token: Token) -> bool:
    """A country's abbreviation written with dots ("U.K."), which nothing else is spelled as."""
    text = token.text
    return "." in text and text.replace(".", "").isupper() and places.country(text) is not None
