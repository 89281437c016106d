"""Cross-article resolution: one test per rule, with pairs that must merge and pairs that must not."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from service.pipeline.types import EntityGroup, Mention
from service.reconcile.resolver import (
    Candidate,
    Incoming,
    MemoryIndex,
    _vowel_variants,
    candidate_keys,
    choose,
    compatible,
    context_keys,
    context_needed,
    decide,
    entity_keys,
    facility_parts,
    incomings,
    matches,
)


def cand(
    id_: str, name: str, type_: str, *aliases: str, context: tuple[str, ...] = (), articles: int = 1
) -> Candidate:
    return Candidate(
        id=id_,
        name=name,
        type=type_,
        aliases=[name, *aliases],
        context=sorted(context_keys(context)),
        article_count=articles,
    )


def inc(name: str, type_: str, *aliases: str, context: tuple[str, ...] = ()) -> Incoming:
    return Incoming(name=name, type=type_, aliases=[name, *aliases], context=list(context))


def chosen(incoming: Incoming, *candidates: Candidate) -> str | None:
    return choose(incoming, list(candidates))[0]


@pytest.mark.parametrize(
    ("incoming", "candidate"),
    [
        (inc("Dmytro Sokolov", "PERSON", "Sokolov"), cand("p", "Dmitry Sokolov", "PERSON", "Sokolov")),
        (inc("Olena Sokolskyy", "PERSON"), cand("p", "Olena Sokolsky", "PERSON", "Sokolsky")),
        (inc("Sokolskyy", "PERSON"), cand("p", "Sokolsky", "PERSON")),
        (inc("Peter Varga", "PERSON", "Mr. Varga"), cand("p", "Peter Varga", "PERSON", "Varga")),
        (inc("Varga", "PERSON", "Mr. Varga"), cand("p", "Peter Varga", "PERSON", "Varga")),
        (inc("Harold Benning", "PERSON", "Benning"), cand("p", "Benning", "PERSON", "Mr. Benning")),
        (inc("Harold J. Benning", "PERSON"), cand("p", "Harold Benning", "PERSON")),
        (inc("J.D. Salinger", "PERSON"), cand("p", "JD Salinger", "PERSON", "Salinger")),
        (inc("odesa", "GPE"), cand("g", "Odesa", "GPE", "odesa")),
        (inc("Odesa", "LOC"), cand("g", "Odesa", "GPE")),
        (inc("Odessa", "GPE"), cand("g", "Odesa", "GPE")),
        (
            inc("Chicago Tribune", "ORG", "Tribune"),
            cand("o", "The Chicago Tribune", "ORG", "Chicago Tribune"),
        ),
        (inc("Ministry of Defence", "ORG"), cand("o", "Ministry of Defense", "ORG")),
        (inc("WHO", "ORG"), cand("o", "World Health Organization", "ORG")),
        (inc("Apple", "ORG"), cand("o", "Apple Inc.", "ORG")),
        (inc("Georgia", "GPE"), cand("g", "Georgia", "GPE")),
        (inc("Pentagon", "ORG"), cand("f", "Pentagon", "FAC")),
        (
            inc("Organisation for Security and Co-operation in Europe", "ORG"),
            cand("o", "Organization for Security and Cooperation in Europe", "ORG"),
        ),
        (inc("Zorvan Sea earthquake", "EVENT"), cand("e", "Zorvan Sea Tsunami", "EVENT", "Tsunami")),
        (inc("2031 Zorvan Sea tsunami", "EVENT"), cand("e", "Zorvan Sea earthquake", "EVENT")),
    ],
)
def test_merges(incoming: Incoming, candidate: Candidate) -> None:
    entity, score, reason = choose(incoming, [candidate])
    assert entity == candidate.id, reason
    assert 0.85 <= score <= 1.0 and reason


@pytest.mark.parametrize(
    ("incoming", "candidate"),
    [
        (inc("Anna Smith", "PERSON", "Smith"), cand("p", "Joe Smith", "PERSON", "Smith")),
        (inc("Dan Brown", "PERSON"), cand("p", "Don Brown", "PERSON")),
        (inc("Chicago", "GPE"), cand("o", "The Chicago Tribune", "ORG", "Chicago Tribune")),
        (inc("Chicago", "ORG"), cand("o", "The Chicago Tribune", "ORG", "Chicago Tribune")),
        (inc("Paris", "GPE"), cand("p", "Paris Hilton", "PERSON", "Hilton")),
        (inc("Paris", "PERSON"), cand("p", "Paris Hilton", "PERSON", "Hilton")),
        (inc("Benning", "ORG"), cand("p", "Harold Benning", "PERSON", "Benning")),
        (inc("Romanian", "NORP"), cand("g", "Romania", "GPE")),
        (inc("Conservative", "NORP"), cand("o", "Conservative Party", "ORG")),
        (inc("North Dakota", "GPE"), cand("g", "South Dakota", "GPE")),
        (inc("Dakota", "GPE"), cand("g", "North Dakota", "GPE")),
        (inc("Apple Corps", "ORG", "Apple"), cand("o", "Apple Inc.", "ORG", "Apple")),
        (inc("Austria", "GPE"), cand("g", "Australia", "GPE")),
        (inc("Pentagon", "LOC"), cand("f", "Pentagon Press Office", "FAC")),
        (inc("Zorvan Sea earthquake", "EVENT"), cand("e", "Kelmar Bay earthquake", "EVENT")),
        (inc("2031 Zorvan Sea tsunami", "EVENT"), cand("e", "2029 Zorvan Sea earthquake", "EVENT")),
        (inc("Zorvan Sea flood", "EVENT"), cand("e", "Zorvan Sea earthquake", "EVENT")),
    ],
)
def test_keeps_apart(incoming: Incoming, candidate: Candidate) -> None:
    entity, score, reason = choose(incoming, [candidate])
    assert entity is None, reason
    assert score == 0.0 and reason


def test_no_candidates() -> None:
    assert choose(inc("Sokolov", "PERSON"), []) == (
        None,
        0.0,
        "no candidate of a compatible type shares a name",
    )


def test_surname_joins_the_only_person_with_it() -> None:
    morris = cand("m", "Nadia Morris", "PERSON", "Morris")
    assert chosen(inc("Morris", "PERSON"), morris) == "m"
    # ...and a full name joins an entity known only by that surname, when it is the only one.
    assert chosen(inc("Nadia Morris", "PERSON", "Morris"), cand("s", "Morris", "PERSON")) == "s"


def test_surname_shared_by_two_people_joins_neither() -> None:
    joe, anna = cand("j", "Joe Smith", "PERSON", "Smith"), cand("a", "Anna Smith", "PERSON", "Smith")
    entity, _, reason = choose(inc("Smith", "PERSON"), [joe, anna])
    assert entity is None
    assert "ambiguous" in reason


def test_full_name_does_not_join_a_surname_entity_when_others_share_the_surname() -> None:
    joe, smith = cand("j", "Joe Smith", "PERSON", "Smith"), cand("s", "Smith", "PERSON")
    assert chosen(inc("Anna Smith", "PERSON", "Smith"), joe, smith) is None


def test_context_decides_an_ambiguous_surname() -> None:
    joe = cand("j", "Joe Smith", "PERSON", "Smith", context=("Acme Corp", "Boston", "Jane Doe"))
    anna = cand("a", "Anna Smith", "PERSON", "Smith", context=("Paris", "Louvre"))
    incoming = inc("Smith", "PERSON", context=("Acme Corp", "Boston", "Metro Daily"))
    entity, _, reason = choose(incoming, [joe, anna])
    assert entity == "j", reason
    # One shared entity is not enough to tell two people apart.
    weak = inc("Smith", "PERSON", context=("Boston",))
    assert chosen(weak, joe, anna) is None


def test_ambiguous_surname_joins_the_existing_unresolved_entity_of_that_name() -> None:
    joe, anna = cand("j", "Joe Smith", "PERSON", "Smith"), cand("a", "Anna Smith", "PERSON", "Smith")
    bucket = cand("s", "Smith", "PERSON")
    assert chosen(inc("Smith", "PERSON"), joe, anna, bucket) == "s"


def test_exact_name_beats_a_variant_and_ties_go_to_shared_context_then_size() -> None:
    exact = cand("e", "Dmitry Sokolov", "PERSON")
    variant = cand("v", "Dmytro Sokolov", "PERSON")
    assert chosen(inc("Dmitry Sokolov", "PERSON"), variant, exact) == "e"
    small = cand("s", "Georgia", "GPE", context=("Tbilisi",), articles=1)
    big = cand("b", "Georgia", "GPE", context=("Atlanta",), articles=9)
    assert chosen(inc("Georgia", "GPE"), small, big) == "b"
    assert chosen(inc("Georgia", "GPE", context=("Tbilisi",)), small, big) == "s"


def test_compatible_types() -> None:
    assert compatible("GPE", "LOC")
    assert compatible("FAC", "ORG")
    assert not compatible("PERSON", "ORG")
    assert not compatible("NORP", "GPE")
    assert not compatible("ORG", "GPE")


def test_candidate_keys_match_entity_keys() -> None:
    keys = candidate_keys(inc("Dmytro Sokolov", "PERSON", "Sokolov"))
    assert keys.names == ["dmytro sokolov", "sokolov"]
    assert keys.translits == ["dmitro sokolov", "sokolov"]
    assert keys.families == ["sokolov"]
    assert keys.acronyms == []
    stored = entity_keys("Dmitry Sokolov", "PERSON", ["Sokolov"])
    assert set(stored.families) & set(keys.families)
    org = candidate_keys(inc("World Health Organization", "ORG", "WHO"))
    assert org.families == []
    assert org.acronyms == ["who"]


def test_incomings_give_each_group_the_others_as_context() -> None:
    mention = Mention(start=0, end=1, text="x", sentence=0)
    groups = [
        EntityGroup(name=n, type="PERSON", aliases=[n], mentions=[mention]) for n in ("A B", "C D", "E F")
    ]
    made = incomings(groups)
    assert [i.context for i in made] == [["C D", "E F"], ["A B", "E F"], ["A B", "C D"]]


def group(name: str, type_: str, *aliases: str) -> EntityGroup:
    mention = Mention(start=0, end=len(name), text=name, sentence=0)
    return EntityGroup(name=name, type=type_, aliases=[name, *aliases], mentions=[mention])


def test_memory_index_links_across_articles_and_counts_each_article_once() -> None:
    index = MemoryIndex()
    first = index.resolve_article([group("Morris", "PERSON"), group("Odesa", "GPE")])
    second = index.resolve_article([group("Nadia Morris", "PERSON", "Morris"), group("odesa", "GPE")])
    assert first == second
    morris = index.get(first[0])
    assert morris.name == "Nadia Morris"  # the fullest name wins
    assert morris.article_count == 2
    assert set(morris.aliases) == {"Morris", "Nadia Morris"}
    assert set(index.get(first[1]).aliases) == {"Odesa", "odesa"}
    # Two groups of one article that land on one entity count that article once.
    again = index.resolve_article([group("Odesa", "GPE"), group("Odessa", "LOC")])
    assert again[0] == again[1] == first[1]
    assert index.get(first[1]).article_count == 3


def test_memory_index_finds_spelling_variants_through_trigrams() -> None:
    index = MemoryIndex()
    (osce,) = index.resolve_article([group("Organization for Security and Cooperation in Europe", "ORG")])
    incoming = inc("Organisation for Security and Co-operation in Europe", "ORG")
    assert [c.id for c in index.candidates(incoming)] == [osce]
    assert index.resolve(incoming)[0] == osce


def test_memory_index_keeps_apart_what_choose_keeps_apart() -> None:
    index = MemoryIndex()
    joe, anna = index.resolve_article([group("Joe Smith", "PERSON"), group("Anna Smith", "PERSON")])
    (smith,) = index.resolve_article([group("Smith", "PERSON")])
    assert len({joe, anna, smith}) == 3
    assert {c.id for c in index.candidates(inc("Smith", "PERSON"))} == {joe, anna, smith}
    (later,) = index.resolve_article([group("Smith", "PERSON")])
    assert later == smith  # the unresolved "Smith" gathers later unresolved mentions
    assert len(index.entities) == 3


_NAMES = [
    "Joe Smith",
    "Anna Smith",
    "Smith",
    "Georgia",
    "Dmitry Sokolov",
    "Dmytro Sokolov",
    "Sokolov",
    "Acme Corp",
    "Acme Inc.",
    "Acme Widgets|Acme",
    "Acme Inc.|Acme",
    "Acme",
    "J. Smith",
    "Mr. Smith",
]
_PLACES = ["Boston", "Paris", "Tbilisi", "Atlanta", "Louvre", "Metro Daily", "Jane Doe"]


@given(
    incoming_name=st.sampled_from(_NAMES),
    incoming_context=st.lists(st.sampled_from(_PLACES), max_size=4),
    stored=st.lists(
        st.tuples(
            st.sampled_from(_NAMES),
            st.lists(st.sampled_from(_PLACES), max_size=4),
            st.integers(min_value=0, max_value=3),
        ),
        max_size=6,
    ),
)
@example(  # only context can confirm the match, and it does
    incoming_name="Acme Inc.",
    incoming_context=["Boston", "Paris"],
    stored=[("Acme Widgets|Acme", ["Boston", "Paris"], 1), ("Acme Corp", ["Paris"], 2)],
)
@example(  # a short name with several rivals, one of them picked by context
    incoming_name="Smith",
    incoming_context=["Boston", "Paris"],
    stored=[("Joe Smith", ["Boston", "Paris"], 1), ("Anna Smith", [], 2), ("Smith", [], 1)],
)
@settings(max_examples=600, deadline=None)
def test_context_is_needed_only_where_it_can_change_the_decision(
    incoming_name: str, incoming_context: list[str], stored: list[tuple[str, list[str], int]]
) -> None:
    """Blanking the context of every candidate context_needed leaves out never changes the
    decision: the store reads only the needed ones."""

    def type_of(name: str) -> str:
        return "GPE" if name == "Georgia" else "ORG" if name.startswith("Acme") else "PERSON"

    # "name|alias": a stored entity (or the incoming one) with a second spelling
    full = [
        cand(
            f"c{i}", *name.split("|")[:1], type_of(name), *name.split("|")[1:], context=tuple(ctx), articles=n
        )
        for i, (name, ctx, n) in enumerate(stored)
    ]
    first, *more = incoming_name.split("|")
    incoming = inc(first, type_of(first), *more, context=tuple(incoming_context))
    needed = set(context_needed(matches(incoming, full)))
    partial = [c if c.id in needed else msgspec.structs.replace(c, context=[]) for c in full]
    assert decide(incoming, matches(incoming, partial)) == choose(incoming, full)


@pytest.mark.parametrize(
    ("incoming", "candidate"),
    [
        (inc("Acme Motor Co.", "ORG"), cand("o", "The Acme Motor Company", "ORG")),
        (inc("Acme N.V.", "ORG", "Acme"), cand("o", "Acme", "ORG")),
        (inc("XYZ", "ORG"), cand("o", "Xavier Yale Zinc Corporation", "ORG")),
        (inc("Britain", "GPE"), cand("g", "United Kingdom", "GPE", "UK")),
        (inc("U.A.E.", "GPE"), cand("g", "United Arab Emirates", "GPE")),
        (inc("Plurinational State of Bolivia", "GPE"), cand("g", "Bolivia", "GPE")),
    ],
)
def test_legal_forms_acronyms_and_country_names_merge(incoming: Incoming, candidate: Candidate) -> None:
    assert chosen(incoming, candidate) == candidate.id


def test_a_regional_arm_stays_apart_from_its_parent() -> None:
    assert chosen(inc("Acme North America", "ORG"), cand("o", "Acme Inc.", "ORG", "Acme")) is None


def test_legal_form_name_meets_a_descriptive_name_only_on_shared_context() -> None:
    widgets = cand("o", "Acme Widgets", "ORG", "Acme", context=("Ann Smith", "Widgetphone", "Springfield"))
    plain = inc("Acme Inc.", "ORG", "Acme")
    assert chosen(plain, widgets) is None
    related = inc("Acme Inc.", "ORG", "Acme", context=("Ann Smith", "Widgetphone"))
    assert chosen(related, widgets) == "o"


def test_country_forms_share_lookup_keys() -> None:
    assert set(candidate_keys(inc("U.A.E.", "GPE")).names) & set(entity_keys("UAE", "GPE", []).names)


def test_same_full_name_typed_differently_is_one_entity_retyped_by_evidence() -> None:
    index = MemoryIndex()
    first = index.resolve_article([group("Ann Smith", "ORG")])
    second = index.resolve_article([group("Ann Smith", "PERSON", "Smith")])
    assert first == second
    assert index.get(first[0]).type == "PERSON"
    # One-word names of different types stay apart.
    assert index.resolve_article([group("Smith", "ORG")]) != second


def test_one_brand_typed_organisation_product_or_group_is_one_entity() -> None:
    index = MemoryIndex()
    (pod,) = index.resolve_article([group("Widgetpod", "ORG")])
    assert index.resolve_article([group("Widgetpod", "PRODUCT")]) == [pod]
    assert index.resolve_article([group("Widgetpod", "NORP")]) == [pod]
    assert index.get(pod).article_count == 3
    # A one-word name of a place stays apart from the brand of that name; a "person" the
    # article names by that one word alone ("Widgetpod said") is the model's guess for the brand.
    assert index.resolve_article([group("Widgetpod", "GPE")]) != [pod]
    assert index.resolve_article([group("Widgetpod", "PERSON")]) == [pod]
    assert index.get(pod).type in ("ORG", "PRODUCT", "NORP")
    # A person named in full is a person, whatever brand shares the surname.
    (maker_person,) = index.resolve_article([group("Ann Widgetpod", "PERSON", "Widgetpod")])
    assert maker_person != pod
    # Only the same name: a brand's other products are other entities.
    assert index.resolve_article([group("Widgetpad", "PRODUCT")]) != [pod]
    # A product named after its maker keeps apart from it, though the article said the maker's
    # name alone for it.
    (tv,) = index.resolve_article([group("Zorbix TV", "PRODUCT", "Zorbix")])
    (maker,) = index.resolve_article([group("Zorbix", "ORG")])
    assert maker != tv and index.get(tv).name == "Zorbix TV"


def test_transliterations_differing_only_in_vowels_are_one_name() -> None:
    assert chosen(inc("Al-Marzida", "ORG"), cand("o", "Al Marzeda", "ORG", "Al-Marzeda")) == "o"
    # A consonant changed, or a vowel added, is no vowel variant.
    assert not _vowel_variants("Bank of Veltra", "Bank of Velora")
    assert not _vowel_variants("Al Marzeda", "Al Marzeida")
    # Short names differ by a vowel too often to merge on it alone.
    assert chosen(inc("Mali", "GPE"), cand("g", "Mila", "GPE")) is None


def test_one_disaster_is_looked_up_under_one_key_whatever_its_hazard_word() -> None:
    quake = entity_keys("Zorvan Sea earthquake", "EVENT", [])
    wave = candidate_keys(inc("2031 Zorvan Sea Tsunami", "EVENT"))
    assert set(quake.names) & set(wave.names)
    assert "zorvan sea tsunami" in quake.names  # the key a stored "Zorvan Sea Tsunami" is under


def test_a_facility_meets_its_name_with_and_without_the_words_of_its_kind() -> None:
    index = MemoryIndex()
    (mine, town) = index.resolve_article([group("Tolvar coal mine", "FAC", "Tolvar"), group("Tolvar", "GPE")])
    # "the mine in Tolvar" of a later article names the facility, not the town.
    (later,) = index.resolve_article([group("Tolvar mine", "FAC", "the mine in Tolvar", "Tolvar")])
    assert later == mine != town
    assert index.get(mine).article_count == 2 and index.get(town).article_count == 1
    # The town named alone stays the town.
    (again,) = index.resolve_article([group("Tolvar", "GPE")])
    assert again == town
    # The other way round: the phrase first, the name with its kind's words later.
    short = cand("c", "Tolvar mine", "FAC", "the mine in Tolvar", "Tolvar")
    assert chosen(inc("Tolvar power plant", "FAC", "Tolvar"), short) is None
    assert chosen(inc("Tolvar coal mine", "FAC", "Tolvar"), short) == "c"


@pytest.mark.parametrize(
    ("incoming", "candidate"),
    [
        (inc("Tolvar gold mine", "FAC", "Tolvar"), cand("c", "Tolvar coal mine", "FAC", "Tolvar")),
        (inc("Tolvar mine", "FAC", "Tolvar"), cand("c", "Tolvar dam", "FAC", "Tolvar")),
        (inc("Tolvar mine", "FAC", "Tolvar"), cand("c", "Brenmouth coal mine", "FAC", "Brenmouth")),
        # A form naming another kind keeps the facility apart, whatever other forms share.
        (inc("Tolvar gold mine", "FAC", "Tolvar mine"), cand("c", "Tolvar coal mine", "FAC", "Tolvar mine")),
        (inc("Tolvar mine", "FAC", "Tolvar"), cand("c", "Tolvar", "GPE")),
        (inc("Tolvar", "GPE"), cand("c", "Tolvar coal mine", "FAC", "Tolvar")),
    ],
)
def test_different_facilities_and_their_towns_stay_apart(incoming: Incoming, candidate: Candidate) -> None:
    assert chosen(incoming, candidate) is None


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("the Tolvar coal mine", ("tolvar", ("coal",), "mine")),
        ("Marsh Creek dam", ("marsh creek", (), "dam")),
        ("Tolvar Mine", ("tolvar", (), "mine")),
        ("the mine in Tolvar", None),
        ("coal mine", None),
        ("Tolvar", None),
    ],
)
def test_facility_parts(name: str, parts: tuple[str, tuple[str, ...], str] | None) -> None:
    assert facility_parts(name) == parts


def test_context_is_not_read_where_nothing_can_link() -> None:
    """A new full name among namesakes with other given names conflicts with each of them and
    links to none whatever their context says: no context to read. A short name's only rival is
    taken without it; with several rivals, every one of them is ranked by context."""
    namesakes = [cand(f"c{i}", f"{given} Smith", "PERSON") for i, given in enumerate(["Joe", "Anna", "Ivo"])]
    assert context_needed(matches(inc("Maria Smith", "PERSON"), namesakes)) == []
    bucket = cand("s", "Smith", "PERSON")
    assert context_needed(matches(inc("Maria Smith", "PERSON"), [bucket])) == []
    assert set(context_needed(matches(inc("Maria Smith", "PERSON"), [bucket, *namesakes]))) == {
        "s",
        "c0",
        "c1",
        "c2",
    }
    assert set(context_needed(matches(inc("Smith", "PERSON"), namesakes))) == {"c0", "c1", "c2"}
