"""The sense of an ambiguous event word (`statements.senses`): a strike by workers is a walkout,
not an attack; people set free are one kind of happening, whichever verb tells it.

Sentence-level tests over spaCy's parse; names are invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline.analyse import analyse
from service.pipeline.nlp import load
from tests.unit.test_claims import Read


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def strike_classes(nlp: Language, text: str) -> list[str]:
    return [s.predicate_class for s in Read(nlp, text).statements if s.predicate == "strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Rail workers went on strike on Monday.",
        "The rail strike disrupted trains across the country on Tuesday.",
        "Teachers struck for a third day on Wednesday.",
        "The union called a 24-hour strike for Saturday.",
        "The general strike paralysed the capital on Sunday.",
        "The teachers' strike ended on Monday.",
        "A strike by nurses closed wards on Monday.",
    ],
)
def test_workers_stopping_work_is_a_walkout(nlp: Language, text: str) -> None:
    assert strike_classes(nlp, text) == ["walkout"]


def test_a_hunger_strike_is_a_protest(nlp: Language) -> None:
    assert strike_classes(nlp, "He began a hunger strike on Monday.") == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike killed 12 people on Thursday.",
        "The strikes injured more than a dozen people.",
        "Militants struck again on Monday.",
        "The army struck rebel positions near the border.",
        # no cue in the strike's own phrase: the lexicon's reading stands
        "The union said the strike would go ahead.",
    ],
)
def test_other_strikes_stay_attacks(nlp: Language, text: str) -> None:
    assert set(strike_classes(nlp, text)) == {"attack"}


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake of magnitude 6.1 struck the Varro valley on Sunday.",
        "A storm struck the coast on Monday.",
        "Lightning struck the church tower.",
    ],
)
def test_a_force_of_nature_striking_is_no_attack(nlp: Language, text: str) -> None:
    assert strike_classes(nlp, text) == ["strike"]


def test_a_deal_struck_is_an_agreement_whoever_strikes_it(nlp: Language) -> None:
    statements = Read(nlp, "The union struck a deal with Railco.").statements
    # the verb and its object tell one agreement
    assert {s.predicate_class for s in statements} == {"agreement"}
    assert len({s.event for s in statements}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Militants released the two kidnapped engineers on Saturday.",
        "The hostages were freed on Sunday.",
        "The rebels freed Anna Berg on Sunday.",
        "Police released the suspects without charge.",
        # a name beside the noun that heads the phrase, and a pronoun for a person
        "The blogger Iva Stan was released from prison in Korvan on Sunday.",
        "She was freed on Sunday.",
    ],
)
def test_people_set_free_are_one_kind_of_happening_whichever_verb(nlp: Language, text: str) -> None:
    assert [s.predicate_class for s in Read(nlp, text).statements] == ["freeing"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The ministry released a statement on Monday.", "release"),
        ("The band released a new album.", "release"),
        ("The court freed up funds.", "free"),
        ("The ministry released the documents on Monday.", "release"),
        ("It was released in cinemas on Friday.", "release"),
    ],
)
def test_things_released_keep_their_verb(nlp: Language, text: str, cls: str) -> None:
    assert [s.predicate_class for s in Read(nlp, text).statements] == [cls]


def test_captives_said_not_freed_deny_their_release(nlp: Language) -> None:
    # A known kind of happening now: the negation denies it outright.
    claim = Read(
        nlp, "Veltro Construction said its two engineers had not been freed and were still held."
    ).only()
    assert (claim.stance, claim.contrary) == ("denies", False)


@pytest.mark.parametrize(
    ("text", "verb", "cls"),
    [
        ("An air strike hit the main hospital in Darsk on Sunday.", "hit", "attack"),
        ("A missile struck the building on Monday.", "strike", "attack"),
        ("The storm hit the coast on Monday.", "hit", "hit"),
        ("The rail strike hit commuters on Monday.", "hit", "hit"),
        # or the agent that hits
        ("The hospital was hit by an air strike on Sunday.", "hit", "attack"),
        ("The port said it had not been hit by a cyberattack.", "hit", "intrusion"),
    ],
)
def test_what_an_attack_or_a_weapon_hits_is_an_attack(nlp: Language, text: str, verb: str, cls: str) -> None:
    assert [s.predicate_class for s in Read(nlp, text).statements if s.predicate == verb] == [cls]


def test_a_ban_imposed_is_a_ban(nlp: Language) -> None:
    r = Read(nlp, "The ministry said on Tuesday that no ban had been imposed on the sale of raw milk.")
    claim = r.only()
    assert (claim.stance, r.proposition(claim).predicate_class) == ("denies", "ban")


@pytest.mark.parametrize(
    ("text", "cls", "polarity"),
    [
        # a party's part in a happening names the happening, with the party in it
        ("Police said Red Dawn had no role in Sunday's attack on a bus.", "attack", False),
        ("The rebels played no part in the killing, their leader said.", "death", False),
        ("The minister played a key role in the talks.", "communication", True),
    ],
)
def test_a_partys_part_in_a_happening_is_that_happening(
    nlp: Language, text: str, cls: str, polarity: bool
) -> None:
    found = [(s.predicate_class, s.polarity) for s in Read(nlp, text).statements if s.predicate_class == cls]
    assert found == [(cls, polarity)]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The journalist was held for six hours at the airport.", "arrest"),
        ("Police held two men overnight.", "arrest"),
        ("Kidnappers held two engineers hostage.", None),
        ("The company held its annual meeting on Monday.", None),
        # Taken into custody by a verb and its particle, done to a person.
        ("His lawyer said Anton Varga was picked up by officers on Wednesday.", "arrest"),
        ("She picked up the award on Monday.", None),
        # "held up" is delayed, not detained.
        ("He said he had been held up at the airport by an expired passport.", "delay"),
        # Seized: a person taken into custody, not a ship.
        ("Opposition leader Ilyan Rostek was seized at his home, his party said.", "arrest"),
        ("The coast guard seized the ship on Monday.", None),
        # A craft whose name the model takes for a person's is still a craft.
        ("Naval forces seized the oil tanker Marla Sun in the Strait of Kesh on Sunday.", None),
        # A place that holds people has room for them.
        ("Tollgate Square, where the march began, holds roughly 12,000 people when full.", None),
        ("The stadium holds 40,000 fans.", None),
        # "is being held": a custody that goes on, no act of arrest of its own.
        ("Prosecutors said Ilyan Rostek was being held on suspicion of inciting disorder.", None),
    ],
)
def test_a_person_held_is_detained(nlp: Language, text: str, cls: str | None) -> None:
    classes = [s.predicate_class for s in analyse(text, None, nlp).statements]
    assert cls is None or cls in classes
    assert cls == "arrest" or "arrest" not in classes


@pytest.mark.parametrize(
    "text",
    [
        "President Rena Obal dismissed Interior Minister Dan Holl on Thursday.",
        "The president has relieved Dan Holl of his duties.",
        "The club fired the coach on Sunday.",
    ],
)
def test_a_person_removed_from_a_post_is_a_departure(nlp: Language, text: str) -> None:
    assert [s.predicate_class for s in Read(nlp, text).statements] == ["departure"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The ministry dismissed the claims on Monday.", "statement"),
        ("Soldiers fired two shots.", "fire"),
        ("Workers removed the barriers.", "remove"),
    ],
)
def test_a_claim_dismissed_or_a_thing_removed_is_no_departure(nlp: Language, text: str, cls: str) -> None:
    assert [s.predicate_class for s in Read(nlp, text).statements] == [cls]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Veskor Electronics has begun recalling its Pulse S4 watch, according to a notice.", "recall"),
        ("Police started to search the house on Monday, a spokesman said.", "search"),
    ],
)
def test_a_deed_begun_is_the_deed_a_claim_is_about(nlp: Language, text: str, lemma: str) -> None:
    read = Read(nlp, text)
    assert read.proposition(read.only()).predicate == lemma


def test_a_thing_that_began_is_still_a_beginning(nlp: Language) -> None:
    assert "begin" in [s.predicate_class for s in Read(nlp, "The talks began on Monday.").statements]


def test_no_recall_issued_denies_a_recall(nlp: Language) -> None:
    read = Read(nlp, '"We have not issued any recall of the Pulse S4," Mira Dov said.')
    claim = read.only()
    assert (claim.stance, read.proposition(claim).predicate) == ("denies", "recall")


def raid_classes(nlp: Language, text: str) -> list[str]:
    return [s.predicate_class for s in Read(nlp, text).statements if s.predicate == "raid"]


@pytest.mark.parametrize(
    "text",
    [
        "Plain-clothes police officers raided the offices of the Drummel Sentinel on Tuesday.",
        "The offices of the Drummel Sentinel were raided by police on Tuesday.",
        "FBI agents raided the home of Ann Lee on Tuesday.",
        "A police raid on the Drummel Sentinel took place on Tuesday.",
    ],
)
def test_a_raid_by_the_law_is_a_search(nlp: Language, text: str) -> None:
    assert raid_classes(nlp, text) == ["search"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels raided the village of Kessa on Tuesday.",
        "Gunmen raided a police station in Kessa on Tuesday.",
    ],
)
def test_a_raid_by_anyone_else_stays_an_attack(nlp: Language, text: str) -> None:
    assert raid_classes(nlp, text) == ["attack"]


def test_a_raid_by_police_answers_a_search_denied(nlp: Language) -> None:
    # "raided the offices" and "no search of the premises was carried out" are one deed, of
    # one party: the newspaper whose premises they are.
    raid = Read(nlp, "Police officers raided the offices of the Drummel Sentinel on Tuesday.")
    denied = Read(nlp, "Radomir Feltz said no search of the Drummel Sentinel's premises was carried out.")
    [r] = [s for s in raid.statements if s.predicate == "raid"]
    [d] = [s for s in denied.statements if s.predicate == "search"]
    assert r.predicate_class == d.predicate_class == "search" and d.polarity is False
    assert raid.groups[r.participants[0]].name.endswith("Drummel Sentinel")
    assert denied.groups[d.participants[0]].name.endswith("Drummel Sentinel")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ('"There has been no ransomware attack," the spokeswoman said.', "intrusion"),
        ("The port was hit by a cyber attack on Monday, officials said.", "intrusion"),
        ("The knife attack happened on Monday, police said.", "attack"),
    ],
)
def test_an_attack_on_computers_is_an_intrusion(nlp: Language, text: str, cls: str) -> None:
    assert [s.predicate_class for s in Read(nlp, text).statements if s.predicate == "attack"] == [cls]
