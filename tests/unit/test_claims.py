"""Claims: claimant, stance and proposition of attributed statements.

Sentence-level tests build entity groups from spaCy's own entities (see test_statements); the
seed-article tests run the whole pipeline (analyse.analyse) on the articles in seeds/.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from service.domain import Source
from service.pipeline import analyse
from service.pipeline.claims import extract_claims
from service.pipeline.nlp import load
from service.pipeline.statements.extract import extract_statements
from service.pipeline.types import Analysis, Claim, EntityGroup, Statement
from service.reconcile.propositions import names_nobody
from tests.unit.test_statements import groups_from_ents, times_from_ents

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


class Read:
    """One text's statements and claims, with look-ups by name."""

    def __init__(self, nlp: Language, text: str) -> None:
        doc = nlp(text)
        self.groups: list[EntityGroup] = groups_from_ents(doc)
        self.statements: list[Statement] = extract_statements(doc, self.groups, times_from_ents(doc))
        self.claims: list[Claim] = extract_claims(doc, self.groups, self.statements)

    def entity(self, claim: Claim) -> str | None:
        return self.groups[claim.claimant_entity].name if claim.claimant_entity is not None else None

    def proposition(self, claim: Claim) -> Statement:
        assert claim.statement is not None, f"claim without proposition: {claim}"
        return self.statements[claim.statement]

    def participants(self, claim: Claim) -> set[str]:
        return {self.groups[g].name for g in self.proposition(claim).participants}

    def only(self) -> Claim:
        assert len(self.claims) == 1, self.claims
        return self.claims[0]


# --- claimants ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant", "stance"),
    [
        (
            "Hal Brent has been sacked as coach of Ferro City, the newspaper Sport Daily understands.",
            "Sport Daily",
            "asserts",
        ),
        ("The club has sacked its coach Hal Brent, the Courier has learned.", "Courier", "asserts"),
        # what the outlet learned is its stance: here a report called untrue
        ("The Courier understands that reports of Brent's sacking are untrue.", "The Courier", "denies"),
    ],
)
def test_an_outlet_that_has_learned_news_claims_it(
    nlp: Language, text: str, claimant: str, stance: str
) -> None:
    claim = Read(nlp, text).only()
    assert (claim.claimant, claim.stance) == (claimant, stance)


@pytest.mark.parametrize(
    "text",
    [
        "She learned that he had left the company.",  # a person learning: nobody's claim
        "I understand that the club has sacked Hal Brent.",
        "The Courier does not understand why the club sacked Hal Brent.",
    ],
)
def test_a_person_learning_or_understanding_claims_nothing(nlp: Language, text: str) -> None:
    assert Read(nlp, text).claims == []


def test_outlet_citing_sources_is_the_claimant(nlp: Language) -> None:
    r = Read(
        nlp,
        "The Irish Times first reported the story on Sunday. The Times, citing several people familiar "
        "with the call, reported that Carlos Mendes reminded Ines Duarte of the U.S. military presence.",
    )
    claim = r.claims[-1]
    assert (claim.claimant, r.entity(claim), claim.stance) == ("The Times", "Irish Times", "asserts")
    assert r.proposition(claim).predicate == "remind"
    assert r.participants(claim) == {"Carlos Mendes", "Ines Duarte"}


@pytest.mark.parametrize(
    ("text", "claimant", "entity"),
    [
        ("There were no conversations, Tomas Reyes told reporters.", "Tomas Reyes", "Tomas Reyes"),
        (
            "According to police spokesperson Tomas Reyes, there was no phone call between the leaders.",
            "police spokesperson Tomas Reyes",
            "Tomas Reyes",
        ),
        ("Kyodo said the meeting had gone ahead, citing officials.", "Kyodo", "Kyodo"),
        (
            "People familiar with the call said Carlos Mendes raised the issue.",
            "People familiar with the call",
            None,
        ),
        ('"There was no attack," the spokesman said.', "the spokesman", None),
        ("The Kyodo news agency said the talks had ended.", "Kyodo", "Kyodo"),
    ],
)
def test_claimant(nlp: Language, text: str, claimant: str, entity: str | None) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert (claim.claimant, r.entity(claim)) == (claimant, entity)


def test_a_person_taken_up_by_their_age_is_that_person(nlp: Language) -> None:
    r = Read(nlp, "Dario Fensk has resigned as head coach. The 51-year-old said he was stepping down.")
    claim = r.claims[-1]
    assert (claim.claimant, r.entity(claim)) == ("Dario Fensk", "Dario Fensk")
    # with no person the sentences before made their subject, the age stays as written
    r = Read(nlp, "The storm hit the coast. A 19-year-old said he saw the roof go.")
    assert [c.claimant for c in r.claims] == ["A 19-year-old"]


@pytest.mark.xfail(
    strict=True,
    reason="the named organisation in a spokesperson's title is taken as the claimant entity, not the person",
)
def test_a_named_organisations_spokesperson_is_the_claimant_entity(nlp: Language) -> None:
    r = Read(
        nlp, "According to Interpol spokesperson Tomas Reyes, there was no phone call between the leaders."
    )
    claim = r.only()
    assert (claim.claimant, r.entity(claim)) == ("Interpol spokesperson Tomas Reyes", "Tomas Reyes")


def test_quote_then_inverted_attribution(nlp: Language) -> None:
    r = Read(nlp, "There was no phone conversation last week. The fact itself, — said Tomas Reyes.")
    claim = r.claims[0]
    assert (r.entity(claim), claim.stance) == ("Tomas Reyes", "denies")
    assert claim.sentence == "There was no phone conversation last week."


def test_colon_and_reply_quotes(nlp: Language) -> None:
    r = Read(
        nlp,
        "When asked about the budget, Tomas Reyes replied: There are no firm figures yet.",
    )
    claim = r.only()
    assert (r.entity(claim), claim.stance) == ("Tomas Reyes", "asserts")
    r = Read(
        nlp,
        "Tomas Reyes was asked whether the merger had been agreed, to which he replied, "
        '"There was no agreement."',
    )
    claim = r.only()
    assert (r.entity(claim), claim.stance) == ("Tomas Reyes", "denies")
    assert claim.quote == "There was no agreement"


def test_pronoun_speaker_resolves_to_the_latest_person_subject(nlp: Language) -> None:
    r = Read(
        nlp,
        "Tomas Reyes was asked about the call. Carlos Mendes's victory was discussed at length. "
        "He said that the reports were completely false.",
    )
    claim = r.claims[-1]
    assert (claim.claimant, r.entity(claim), claim.stance) == ("Tomas Reyes", "Tomas Reyes", "denies")


def test_pronoun_falls_back_to_a_role_noun_when_no_person_is_named(nlp: Language) -> None:
    r = Read(nlp, "The senator was asked about the donation. She said that it had been returned.")
    assert [(c.claimant, c.claimant_entity) for c in r.claims] == [("The senator", None)]


def test_it_takes_up_an_institution_named_by_its_kind_before_a_country_named_earlier(nlp: Language) -> None:
    r = Read(
        nlp,
        "Norvale summoned Pellmark's ambassador on Tuesday. Pellmark's embassy in Kirrow dismissed "
        'the reports as propaganda. "There was no strike," it said in a statement.',
    )
    assert [c.claimant for c in r.claims if c.stance == "denies"] == ["Pellmark's embassy in Kirrow"] * 2


def test_a_speaking_pronoun_takes_up_the_speaker_not_whom_they_spoke_about(nlp: Language) -> None:
    r = Read(
        nlp, "Tomas Reyes said Carlos Mendes had resigned on Monday. He added that the board would meet."
    )
    assert [r.entity(c) for c in r.claims] == ["Tomas Reyes", "Tomas Reyes"]
    # a role noun that speaks for a public figure is a speaker too
    r = Read(
        nlp,
        "The manager of singer Ines Duarte told the Ledger that Duarte is at home. "
        "The reports of her death are false, he said.",
    )
    assert [c.claimant for c in r.claims] == ["The manager of singer Ines Duarte"] * 2


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Residents say they have been given no information about the reported leak.", "asserts"),
        ("Residents say they have not received any information about the leak.", "asserts"),
        ("Residents say the company never received the letter.", "denies"),
    ],
)
def test_being_told_nothing_of_a_happening_denies_nothing(nlp: Language, text: str, stance: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == [stance]


def test_someone_admitted_to_a_clinic_according_to_sources_is_their_claim(nlp: Language) -> None:
    text = "Ilsa Marroway was admitted to a clinic on Sunday night, according to two people familiar with her care."
    assert [(c.claimant, c.stance) for c in Read(nlp, text).claims] == [
        ("two people familiar with her care", "asserts")
    ]
    # owning up to someone, with what is owned up to, is still speech
    owned = Read(nlp, "The minister admitted to reporters that the figures were wrong.").claims
    assert [c.claimant for c in owned] == ["The minister"]


def test_people_admitted_to_hospital_by_an_hour_are_no_speech(nlp: Language) -> None:
    # "admitted to its wards" takes people in; "by Wednesday evening" is a time, not who speaks.
    text = "Kell General Hospital says 112 people had been admitted to its wards by Wednesday evening."
    assert [c.claimant for c in Read(nlp, text).claims] == ["Kell General Hospital"]
    # owning up is still speech
    owned = Read(nlp, "The minister admitted that the figures had been wrong.").claims
    assert [c.claimant for c in owned] == ["The minister"]


def test_a_quoted_sentence_after_an_attribution_asserts_for_its_speaker(nlp: Language) -> None:
    text = (
        '"The confirmed toll is now 37," the agency\'s director, Ivo Sandrel, told a briefing. '
        '"Twenty-six people are still missing."'
    )
    assert [(c.claimant, c.quote) for c in Read(nlp, text).claims][-1] == (
        "Ivo Sandrel",
        "Twenty-six people are still missing.",
    )
    # a question asserts nothing, and a quote after a sentence nobody speaks in is nobody's
    asked = '"The toll is now 37," the director said. "Why were they not moved?"'
    assert [c.quote for c in Read(nlp, asked).claims] == ["The toll is now 37"]
    unowned = 'The village was buried at dawn. "Twenty-six people are still missing."'
    assert Read(nlp, unowned).claims == []
    # a deed told undone asserts nothing; a meeting "never" had "privately" is denied
    undone = '"We reject the report," a spokesperson said. "Surgery at the hospital has not been suspended."'
    assert [c for c in Read(nlp, undone).claims if "Surgery" in c.quote] == []
    never = '"The meeting never took place," a spokesperson said. "She has never met Mr Adeyemi privately."'
    assert [c.stance for c in Read(nlp, never).claims] == ["denies", "denies"]
    # what the speaker heard others say is not the speaker's
    heard = (
        '"I have 41 houses on this list," Jakob Severand said. "When I hear that 17 homes were '
        'destroyed, I ask myself whether the people who counted came up the hill at all."'
    )
    assert [c.quote for c in Read(nlp, heard).claims] == ["I have 41 houses on this list"]


@pytest.mark.parametrize(
    "text",
    [
        '"The escape took place on 10 March," Emeric Vallow, a spokesman, said. "Reports that Tomas '
        'Gredin left the prison on Tuesday are not correct."',
        'Emeric Vallow, a spokesman, said: "Reports that Tomas Gredin left the prison on Tuesday are not correct."',
        "A spokesman said reports that Tomas Gredin left the prison on Tuesday were not correct.",
    ],
)
def test_reports_called_untrue_are_denied_by_the_quotes_speaker(nlp: Language, text: str) -> None:
    claims = Read(nlp, text).claims
    # the reports assert what they tell; the spokesman calls them untrue
    assert sorted((c.claimant.lower(), c.stance) for c in claims if "left the prison" in c.quote) == sorted(
        [("reports", "asserts"), ("emeric vallow" if "Vallow" in text else "a spokesman", "denies")]
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ('The chairman said: "We have not taken it lightly."', "asserts"),  # taken, only not lightly
        ("The port said the shipment was not handled carelessly.", "asserts"),
        # how sure, not how it was done: still a denial
        ('The spokesman said: "The minister categorically did not meet him."', "denies"),
        ("The spokesman said the minister had not actually met him.", "denies"),
    ],
)
def test_a_negation_on_a_manner_denies_nothing(nlp: Language, text: str, stance: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == [stance]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ('Ottilie Brenning said: "There has been no recall of Orvitensin, secret or otherwise."', "denies"),
        # a happening listed after a reply or another happening, each with its own "no"
        (
            "Ottilie Brenning said there had been no response from regulators and no recall of Orvitensin.",
            "denies",
        ),
        ("Ottilie Brenning said there had been no warning and no recall of Orvitensin.", "denies"),
        # no reply, no trouble and what will not be are no happening denied
        ("The minister said there was no response from the embassy.", "asserts"),
        ("The company said there was no problem with the drug.", "asserts"),
        ("The minister said there will be no recall of the drug.", "asserts"),
    ],
)
def test_a_happening_said_not_to_have_been_is_denied(nlp: Language, text: str, stance: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == [stance]


def test_a_wish_that_a_report_is_untrue_denies_nothing(nlp: Language) -> None:
    text = (
        'Residents were shocked. "He was a good mayor," said Tor Lien, a shopkeeper. "I hope it isn\'t true."'
    )
    assert [c.stance for c in Read(nlp, text).claims] == ["asserts"]
    text = 'Residents were shocked. "He was a good mayor," said Tor Lien, a shopkeeper. "It isn\'t true."'
    assert [c.stance for c in Read(nlp, text).claims] == ["asserts", "denies"]


def test_a_pronoun_closing_a_quote_is_not_whom_the_quote_is_about(nlp: Language) -> None:
    # "he" closes the director's quote about Lund: the director, named beside his role.
    r = Read(
        nlp,
        "Ivar Lund had been admitted to the ward on Friday. The hospital's medical director, Dr Hanna "
        'Berg, gave a different account. "Mr Lund died on Tuesday evening of a cardiac arrest," he said '
        "at a press briefing.",
    )
    assert [r.entity(c) for c in r.claims if "cardiac" in c.quote] == ["Hanna Berg"]
    named = Read(
        nlp,
        "Ivar Lund was admitted on Friday. The hospital's medical director, Dr Hanna Berg, was asked "
        "about the case. She said that the reports were false.",
    )
    assert [r.entity(c) for c in named.claims] == ["Hanna Berg"]


def test_with_no_speaker_in_view_a_speaking_pronoun_takes_up_whom_a_report_was_about(nlp: Language) -> None:
    r = Read(nlp, "Reports said Carlos Mendes had resigned. He denied the reports.")
    assert [(c.claimant, c.stance) for c in r.claims] == [("Reports", "asserts"), ("Carlos Mendes", "denies")]


def test_report_of_an_unnamed_owner_speaks_for_its_owner(nlp: Language) -> None:
    r = Read(nlp, "The agency's report said the cargo ship had ignored two warnings.")
    assert r.only().claimant == "The agency"


def test_gerund_denial_points_at_the_denied_event(nlp: Language) -> None:
    r = Read(nlp, "The senator denied having met the lobbyist.")
    claim = r.only()
    assert (claim.stance, r.proposition(claim).predicate, r.proposition(claim).polarity) == (
        "denies",
        "meet",
        True,
    )


def test_multi_sentence_quote_takes_the_closing_speaker(nlp: Language) -> None:
    r = Read(
        nlp,
        "Carlos Mendes met Ines Duarte in Porto on Thursday, the Irish Times reported. "
        "That is simply untrue. It is a fabrication. No meeting took place, Tomas Reyes told reporters.",
    )
    denials = [c for c in r.claims if c.stance == "denies"]
    assert [c.sentence for c in denials] == [
        "That is simply untrue.",
        "It is a fabrication.",
        "No meeting took place, Tomas Reyes told reporters.",
    ]
    assert {r.entity(c) for c in denials} == {"Tomas Reyes"}
    # All three deny the meeting the article reported, whatever words they use for it.
    meeting = next(s for s in r.statements if s.predicate == "meet")
    assert {r.proposition(c).event for c in denials} == {meeting.event}


def test_a_saying_that_is_not_its_sentences_main_verb_closes_no_quote(nlp: Language) -> None:
    # The economist's posting is part of what he did, no attribution of the verdict before it:
    # the verdict is the article's own.
    text = (
        "The mayor said the bridge had failed. Every one of those statements is untrue. "
        "How do we know this? Inspectors measured every beam. "
        "Aldo Ferrante of the city college has done the work of pulling together the charts, and "
        "posting them online."
    )
    denials = [c for c in own_voice_claims(nlp, text) if c.stance == "denies"]
    assert [(c.claimant, c.sentence) for c in denials] == [("", "Every one of those statements is untrue.")]


def test_unattributed_falsity_makes_no_claim(nlp: Language) -> None:
    r = Read(nlp, "This is completely false.\n\nThe weather was fine, the agency said.")
    # The agency speaks for its own paragraph only: the falsity above it stays unattributed.
    assert [(c.claimant, c.stance, c.sentence) for c in r.claims] == [
        ("the agency", "asserts", "The weather was fine, the agency said.")
    ]


# --- outlets that only relay -------------------------------------------------------------------------


def test_outlet_quoting_someone_else_is_not_a_claimant(nlp: Language) -> None:
    r = Read(
        nlp,
        "As noted by Lusa, Tomas Reyes was asked if there was a conversation between Carlos Mendes and "
        "Ines Duarte, to which the press secretary replied that such reports were false.",
    )
    assert [(c.claimant, r.entity(c), c.stance) for c in r.claims] == [
        ("the press secretary", None, "denies")
    ]
    r = Read(
        nlp,
        "The Irish Times reported that people familiar with the call said Carlos Mendes had raised the "
        "question of land with Ines Duarte.",
    )
    claim = r.only()
    assert claim.claimant == "people familiar with the call"
    assert r.proposition(claim).predicate == "raise"


def test_as_reported_by_attributes_the_clause_it_qualifies(nlp: Language) -> None:
    r = Read(
        nlp,
        "Tomas Reyes has denied that Carlos Mendes had a phone call with Ines Duarte on Thursday, "
        "as reported by the Irish Times.",
    )
    stances = {r.entity(c): c.stance for c in r.claims}
    assert stances == {"Tomas Reyes": "denies", "Irish Times": "asserts"}
    assert len({c.statement for c in r.claims}) == 1


# --- stance ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Foreign Ministry denied that Carlos Mendes met Ines Duarte.", "denies"),
        ("Lisbon has refuted this report.", "denies"),
        ("The ministry dismissed the reports as completely false.", "denies"),
        ("Tomas Reyes called the media reports pure fiction.", "denies"),
        ("Lisbon labelled the story fake news.", "denies"),
        ("Tomas Reyes said the report was simply false information.", "denies"),
        ("Tomas Reyes told reporters there was no conversation.", "denies"),
        ("Officials said no such communication took place.", "denies"),
        ("The minister said the two leaders did not meet.", "denies"),
        # a plan said not to be denies the plan, not a visit made (test_plan_denials)
        ("The spokesman said the mayor has no plans to visit the factory.", "denies"),
        ("The minister said Portugal will not cede any territory.", "asserts"),
        ("The ministry confirmed the attack.", "asserts"),
        ("Paul Hale did not confirm the exchange.", "declines_to_comment"),
        ("A spokesman declined to comment on the report.", "declines_to_comment"),
        ("The club has not commented on whether the transfer went ahead.", "declines_to_comment"),
        ("The embassy refused to say whether the meeting happened.", "declines_to_comment"),
        ("A spokesman would neither confirm nor deny the report.", "declines_to_comment"),
        ("The company's lawyers could not be reached for comment.", "declines_to_comment"),
        ("The ministry did not respond to a request for comment.", "declines_to_comment"),
        ("Lisbon denies sending troops to the region.", "denies"),
        ("The rebels denied any involvement in the bombing.", "denies"),
        ('"Nobody was injured," said a spokesman for the fire service.', "denies"),
        ("The mayor's office said the photo was fabricated.", "denies"),
        ("The striker insisted he had never been offered a bribe.", "denies"),
        ("The company said it was not aware of any complaints.", "asserts"),
        ("The figures were confirmed by the national statistics office.", "asserts"),
        # what was confirmed is none of it: the office confirmed nothing
        ("None of the reports had been officially confirmed by the police.", "declines_to_comment"),
        ("No deaths were confirmed by the regional health ministry.", "declines_to_comment"),
        ("The ministry confirmed none of the reports.", "declines_to_comment"),
        # beside them, a confirmation that nobody was hurt still speaks
        ("The ministry confirmed that nobody was hurt.", "denies"),
        # a source keeping its name out declines nothing; refusing to name someone declines
        ("A spokesman, who declined to be named, said the report was untrue.", "denies"),
        ("An official, who asked not to be identified, confirmed the attack.", "asserts"),
        ("Acme Corp declined to name the buyer.", "declines_to_comment"),
    ],
)
def test_stance(nlp: Language, text: str, stance: str) -> None:
    r = Read(nlp, text)
    assert [c.stance for c in r.claims] == [stance]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # What authorities did to the speaker is no deed the speaker denies.
        ("Police arrested Olek Varga on Monday, prosecutors said. Varga denies any wrongdoing.", None),
        ("Olek Varga was charged with fraud on Monday. Varga denied any wrongdoing.", None),
        (
            "Police detained Olek Varga on Monday. His lawyer said his client denies all the accusations.",
            None,
        ),
        # Nor what the accused did after the charge, nor the clause the denial is told inside.
        ("Ilse Marvaan resigned on 9 September. Marvaan denies any wrongdoing.", None),
        (
            "Olek Varga attacked a reporter on Monday, police said. Varga, who denies any "
            "wrongdoing, has not spoken publicly since his arrest.",
            "attack",
        ),
        # A misdeed the article told before is what wrongdoing denies; so is what it names.
        ("Olek Varga attacked a reporter on Monday, police said. Varga denies any wrongdoing.", "attack"),
    ],
)
def test_a_denial_of_wrongdoing_is_of_a_misdeed_not_a_sanction(
    nlp: Language, text: str, denied: str | None
) -> None:
    r = Read(nlp, text)
    [denial] = [c for c in r.claims if c.stance == "denies"]
    assert (r.statements[denial.statement].predicate if denial.statement is not None else None) == denied


@pytest.mark.parametrize(
    "text",
    [
        "The president rejected the proposal.",  # refusing a plan is no denial of a fact
        "Carlos Mendes did not speak with Ines Duarte.",  # the article's own voice
        "Tomas Reyes was asked whether the conversation took place.",
        "The Mendes-Silva call is said to have touched upon support for Portugal.",  # no speaker named
        "The Portuguese Air Force said in a post on its website.",  # nothing reported
    ],
)
def test_no_claim(nlp: Language, text: str) -> None:
    assert Read(nlp, text).claims == []


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        # deny verbs: refusing a request denies no event
        ("The ministry denied the request for a visa.", []),
        # dismiss: sending people away is no dismissal of a report
        ("The coach dismissed the reporters from the room.", []),
        # "there was no X": a negated existential without an event noun denies nothing
        ("The minister said there was no time to lose.", ["asserts"]),
        # labelling: putting labels on things is no calling them false
        ("The shop labelled the jars by hand, the owner said.", ["asserts"]),
        # reject: turning down an award is no denial of a fact
        ("The scientist rejected the award, the university said.", ["asserts"]),
        # falsity words inside a reported clause are what the speaker asserts
        ("The studio said the film was a fantasy.", ["asserts"]),
    ],
)
def test_denial_rules_leave_look_alikes_alone(nlp: Language, text: str, stances: list[str]) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == stances


@pytest.mark.xfail(
    strict=True,
    reason="'called X pure fantasy' is read as the subject's denial even when the subject is reported by another speaker",
)
def test_reported_characterisation_is_not_a_denial(nlp: Language) -> None:
    r = Read(nlp, "Critics called the film pure fantasy, the studio said.")
    assert [(c.claimant, c.stance) for c in r.claims] == [("the studio", "asserts")]


def test_denied_reports_point_at_the_reported_event(nlp: Language) -> None:
    r = Read(nlp, "The Foreign Ministry has denied reports that Carlos Mendes spoke with Ines Duarte.")
    claim = r.only()
    assert (r.entity(claim), claim.stance) == ("Foreign Ministry", "denies")
    event = r.proposition(claim)
    assert (event.predicate, event.polarity) == ("speak", True)
    assert r.participants(claim) == {"Carlos Mendes", "Ines Duarte"}
    assert claim.quote.startswith("reports that Carlos Mendes spoke")


def test_negated_event_is_the_proposition_with_its_surface_polarity(nlp: Language) -> None:
    r = Read(nlp, "Tomas Reyes said there was no conversation between Carlos Mendes and Ines Duarte.")
    claim = r.only()
    assert claim.stance == "denies"
    assert r.proposition(claim).polarity is False
    assert r.participants(claim) == {"Carlos Mendes", "Ines Duarte"}


def test_quote_is_the_quoted_words(nlp: Language) -> None:
    r = Read(nlp, 'Tomas Reyes told journalists that the report was "simply false information".')
    assert r.only().quote == "simply false information"


# --- seed articles, through the whole pipeline ---------------------------------------------------------


def seed(nlp: Language, prefix: str) -> Analysis:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = re.sub(r"^ date \d{4}-\d{2}-\d{2}", "", path.read_text())
    return analyse.analyse(text, date(2024, 11, 11), nlp)


def entity_of(a: Analysis, claim: Claim) -> str:
    return a.entities[claim.claimant_entity].name if claim.claimant_entity is not None else claim.claimant


def event_of(a: Analysis, claim: Claim) -> int:
    assert claim.statement is not None
    return a.statements[claim.statement].event


def call_participants(a: Analysis, claim: Claim) -> set[str]:
    """Last words of the proposition's participants ("Trump", "Putin"); a title's country ("US
    President") is no participant."""
    assert claim.statement is not None
    return {a.entities[g].name.split()[-1] for g in a.statements[claim.statement].participants}


def test_seed_000_denial_and_reports_of_the_call(nlp: Language) -> None:
    a = seed(nlp, "000")
    kremlin = next(c for c in a.claims if c.stance == "denies" and "Kremlin" in entity_of(a, c))
    assert call_participants(a, kremlin) == {"Trump", "Putin"}
    call = event_of(a, kremlin)
    peskov = [c for c in a.claims if c.stance == "denies" and "Peskov" in entity_of(a, c)]
    assert peskov and all(event_of(a, c) == call for c in peskov)
    post = [c for c in a.claims if c.stance == "asserts" and "Washington Post" in entity_of(a, c)]
    reuters = [c for c in a.claims if c.stance == "asserts" and "Reuters" in entity_of(a, c)]
    assert any(event_of(a, c) == call for c in post)
    assert [event_of(a, c) for c in reuters] == [call]
    cheung = [c for c in a.claims if "Cheung" in entity_of(a, c)]
    assert [(c.stance, event_of(a, c)) for c in cheung] == [("declines_to_comment", call)]


def test_seed_000_counts(nlp: Language) -> None:
    a = seed(nlp, "000")
    kills = {
        (s.quantity.low, s.quantity.high)
        for s in a.statements
        if s.quantity and s.quantity.counted == "kill:person"
    }
    assert kills == {(6, None), (5, 5), (1, 1)}


def test_seed_002_denied_and_reported_dates(nlp: Language) -> None:
    a = seed(nlp, "002")
    denial = next(c for c in a.claims if c.stance == "denies" and "Peskov" in entity_of(a, c))
    report = next(
        c
        for c in a.claims
        if c.stance == "asserts" and "Washington Post" in entity_of(a, c) and "Background" in c.sentence
    )
    for claim, day in ((denial, "7 October"), (report, "7 November")):
        st = a.statements[claim.statement] if claim.statement is not None else None
        assert st is not None and st.time is not None
        assert day in a.time_expressions[st.time].text
    # The two dates are readings of one call: same event.
    assert event_of(a, denial) == event_of(a, report)
    assert call_participants(a, denial) == {"Trump", "Putin"}


def test_seed_003_moscow_refutes_the_report(nlp: Language) -> None:
    a = seed(nlp, "003")
    refuted = next(c for c in a.claims if "refuted" in c.sentence)
    assert (entity_of(a, refuted), refuted.stance) == ("Moscow", "denies")
    first = next(c for c in a.claims if c.stance == "denies")
    assert event_of(a, refuted) == event_of(a, first)


def test_seed_004_outlet_noting_the_exchange_is_not_a_claimant(nlp: Language) -> None:
    a = seed(nlp, "004")
    assert a.claims
    assert all("rosZMI" not in c.claimant for c in a.claims)
    deferred = [c for c in a.claims if c.sentence.startswith("There was no phone conversation")]
    assert [(c.stance, "Peskov" in entity_of(a, c)) for c in deferred] == [("denies", True)]


# --- robustness -------------------------------------------------------------------------------------

WORDS = [
    "Carlos Mendes",
    "Ines Duarte",
    "the Foreign Ministry",
    "Kyodo",
    "he",
    "she",
    "it",
    "they",
    "said",
    "told",
    "reporters",
    "denied",
    "reports",
    "that",
    "the call",
    "there",
    "was",
    "no",
    "conversation",
    "not",
    "did",
    "confirm",
    "declined",
    "to",
    "comment",
    "according",
    "on",
    "Thursday",
    "killed",
    "at least",
    "six",
    "people",
    '"',
    "“",
    "”",
    ",",
    ".",
    ":",
    "—",
    "\n",
    "\n\n",
    "pure",
    "fiction",
    "as",
    "reported",
    "by",
    "citing",
    "sources",
    "This",
    "is",
    "false",
    "calling",
    "them",
    "took",
    "place",
    "with",
    "spoke",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
def test_any_word_salad_gives_well_formed_output(nlp: Language, words: list[str]) -> None:
    text = " ".join(words)
    r = Read(nlp, text)
    for s in r.statements:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.event >= 0
        assert all(0 <= p < len(r.groups) for p in s.participants)
    for c in r.claims:
        assert 0 <= c.start <= c.end <= len(text)
        assert c.sentence == text[c.start : c.end]
        assert c.statement is None or 0 <= c.statement < len(r.statements)
        assert c.claimant_entity is None or 0 <= c.claimant_entity < len(r.groups)
        assert c.stance in ("asserts", "denies", "declines_to_comment")


# --- plain-language denials (phrasings mined from real coverage that disputes a report) -----------


@pytest.mark.parametrize(
    "text",
    [
        "The company said the report was not true.",
        "The ministry said the claims had no basis.",
        "There is no truth at all to these allegations, the company said.",
        "The spokeswoman said the story did not happen.",
        "The scientist said the claims have been debunked.",
        "A marine biologist said the picture is a hoax.",
        "Police said the video was staged.",
        "The agency said reports of a ban were baseless.",
        "The newspaper retracted the story on Monday.",
        "The actress said the rumors were a myth.",
        "The researcher said the photo was photoshopped.",
    ],
)
def test_plain_language_denials(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert [c.stance for c in r.claims] == ["denies"], r.claims


def test_no_evidence_that_an_event_happened_denies_that_event(nlp: Language) -> None:
    r = Read(nlp, "The minister said there is no evidence that the meeting took place.")
    c = r.only()
    assert c.stance == "denies"
    assert r.proposition(c).predicate == "meet"


@pytest.mark.parametrize(
    "text",
    [
        "The company did not deny the report.",
        "The company did not dismiss the report.",
        "The journalist was denied entry to the country.",
        "The company said the report is true.",
        "Police said there was no evidence of damage.",
        "The official said the figures were not accurate enough to publish.",
        # a plan not ruled out ("no plans to visit" denies a plan: test_plan_denials)
        "The minister said he has no immediate plans to visit.",
    ],
)
def test_denial_look_alikes_deny_nothing(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert "denies" not in [c.stance for c in r.claims], r.claims


def test_a_site_describing_itself_as_satire_denies_nothing(nlp: Language) -> None:
    r = Read(nlp, "The website describes itself as a satirical publication.")
    assert "denies" not in [c.stance for c in r.claims]


def test_could_not_confirm_is_no_denial(nlp: Language) -> None:
    r = Read(nlp, "Officials could not confirm the report.")
    assert [c.stance for c in r.claims] == ["declines_to_comment"]


def test_own_voice_denial_is_the_articles_claim_when_asked(nlp: Language) -> None:
    text = "This is completely false.\n\nThe weather was fine, the agency said."
    doc = nlp(text)
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    found = extract_claims(doc, groups, statements, own_voice=True)
    # The article itself (an empty claimant, named by its outlet at ingest) denies; the agency
    # still speaks only for its own paragraph.
    assert [(c.claimant, c.stance) for c in found] == [("", "denies"), ("the agency", "asserts")]


def test_a_quoted_denial_with_no_speaker_is_not_the_articles_own(nlp: Language) -> None:
    doc = nlp('"This is completely false."\n\nThe weather was fine.')
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    assert extract_claims(doc, groups, statements, own_voice=True) == []


def test_single_typographic_quotes_are_quotes(nlp: Language) -> None:
    # as much of the British press quotes speech
    r = Read(nlp, "Tomas Reyes told journalists that the report was ‘simply false information’.")
    assert r.only().quote == "simply false information"
    doc = nlp("‘This is completely false.’\n\nThe weather was fine.")
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    assert extract_claims(doc, groups, statements, own_voice=True) == []


def test_a_single_opening_quote_before_no_word_opens_no_quote(nlp: Language) -> None:
    # an elision ("the ‘90s"), not a quote: the verdict after it is still the article's own
    doc = nlp("Rock ruled the ‘90s. The photo is a hoax. It was the twins’ idea.")
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    found = extract_claims(doc, groups, statements, own_voice=True)
    assert [(c.claimant, c.stance) for c in found] == [("", "denies")]


def test_a_pointer_is_no_evidence_the_sentence_is(nlp: Language) -> None:
    r = Read(nlp, "The firm dismissed the report as speculation.")
    c = r.only()
    assert c.quote == "The firm dismissed the report as speculation."


# --- joint claimants ----------------------------------------------------------------------------------


def test_coordinated_claimants_give_one_claim_each(nlp: Language) -> None:
    r = Read(nlp, "John Smith and Mary Jones denied the report.")
    assert [(c.claimant, c.stance) for c in r.claims] == [("John Smith", "denies"), ("Mary Jones", "denies")]
    assert [r.entity(c) for c in r.claims] == ["John Smith", "Mary Jones"]


def test_a_person_and_a_role_are_two_claimants(nlp: Language) -> None:
    r = Read(nlp, "Smith and his lawyer said the allegations were false.")
    assert [(c.claimant, c.stance) for c in r.claims] == [("Smith", "denies"), ("his lawyer", "denies")]


def test_one_name_with_and_inside_is_one_claimant(nlp: Language) -> None:
    r = Read(nlp, "Procter and Gamble said sales rose.")
    assert [c.claimant for c in r.claims] == ["Procter and Gamble"]


# --- background dates ------------------------------------------------------------------------------


def test_a_state_since_a_date_is_no_denial_and_no_event(nlp: Language) -> None:
    r = Read(nlp, "The aide said the two leaders have not spoken since July 2020.")
    c = r.only()
    assert (c.stance, c.statement) == ("asserts", None)
    speak = next(s for s in r.statements if s.predicate == "speak")
    assert speak.time is None


@pytest.mark.parametrize(
    "text",
    [
        "The historian said the local myth is not in any way connected to the custom.",
        "The ministry said the company was not involved in the attack.",
        "The minister said he is not responsible for the delay.",
    ],
)
def test_a_denied_link_is_a_denial(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


def test_a_stated_link_is_an_assertion(nlp: Language) -> None:
    assert [c.stance for c in Read(nlp, "Police said the two fires were related.").claims] == ["asserts"]
    # a word of a link describing a noun denies no link
    text = 'The minister said: "That is not how a responsible employer treats a town."'
    assert [c.stance for c in Read(nlp, text).claims] == ["asserts"]


def test_a_question_about_a_hoax_denies_nothing(nlp: Language) -> None:
    doc = nlp("The picture went viral.\n\nCould this be real or simply a hoax?")
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    assert extract_claims(doc, groups, statements, own_voice=True) == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("A spokeswoman for Acme Motors said the recall had been completed.", "Acme Motors"),
        ("An Acme Motors spokesman said the recall had been completed.", "Acme Motors"),
        (
            "A representative of the Interior Ministry said the recall had been completed.",
            "Interior Ministry",
        ),
        # A person's spokesman speaks about that person: the person is not the claimant.
        ("A spokesman for Carlos Mendes said the meeting never happened.", None),
        ("Carlos Mendes's spokesman declined to comment on the report.", None),
        # A named spokesperson is the claimant.
        ("Acme Motors spokesman Tomas Reyes said the recall had been completed.", "Tomas Reyes"),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_organisation(
    nlp: Language, text: str, entity: str | None
) -> None:
    r = Read(nlp, text)
    assert r.entity(r.only()) == entity


# --- a report pointed at and called untrue ------------------------------------------------------


def own_voice_claims(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    return extract_claims(doc, groups, statements, own_voice=True)


@pytest.mark.parametrize(
    "text",
    [
        "Every one of those statements is demonstrably untrue, the economist said.",
        "The spokesman said none of the claims were true.",
        "Nothing in the story has a resemblance of truth, the sheriff said.",
        "The researcher said the entire story appears to be a hoax.",
        "The curator said the photo turned out to be fake.",
        "The agency said the story proved false.",
        "The ministry said the claims seem untrue.",
        'The biologist said: "Unfortunately, I think this is a hoax."',
        "Sources close to the doctor say reports she took the photo are lies.",
    ],
)
def test_a_report_pointed_at_and_called_untrue_is_denied(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert [c.stance for c in r.claims] == ["denies"], r.claims


@pytest.mark.parametrize(
    "text",
    [
        "The picture went viral.\n\nHowever, this one is not true.",
        "The picture went viral.\n\nBut the entire story appears to be a hoax.",
        "The picture went viral.\n\nUnfortunately, I think this is a hoax.",
        "The picture went viral.\n\nWe believe the story is false.",
    ],
)
def test_the_outlet_calling_the_report_untrue_denies_it(nlp: Language, text: str) -> None:
    claims = own_voice_claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("", "denies")], claims


@pytest.mark.parametrize(
    "text",
    [
        "The picture went viral.\n\nJust a few stories on the site are works of fiction.",
        "The picture went viral.\n\nSome of the articles on the site are satire.",
        "The picture went viral.\n\nMany reports about the singer are false.",
        "The editor said several stories on the site were fake.",
    ],
)
def test_some_reports_of_a_kind_called_untrue_deny_no_report(nlp: Language, text: str) -> None:
    # "A few stories on the site are fiction" says something of a site's output, not of the
    # report the article is about.
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The picture went viral.\n\nBut the reports are false.",
        "The picture went viral.\n\nBut most of the report is false.",
        "The picture went viral.\n\nBut all of the reports are false.",
        "The picture went viral.\n\nBut these claims are fake.",
    ],
)
def test_the_reports_or_most_of_one_called_untrue_are_denied(nlp: Language, text: str) -> None:
    assert [c.stance for c in own_voice_claims(nlp, text)] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        "The picture went viral.\n\nMany believe it is a hoax.",
        "The picture went viral.\n\nSome people think the photo is fake.",
        "The picture went viral.\n\nThere are some who believe it is a hoax.",
        "The picture went viral.\n\nCritics suspect the whole story is false.",
    ],
)
def test_others_belief_reported_by_the_outlet_is_not_its_denial(nlp: Language, text: str) -> None:
    # An opinion of people the sentence leaves unnamed is reported, not held, by the outlet;
    # "I think this is a hoax" and "We believe the story is false" stay the speaker's own.
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said every one of those statements is true.",
        "The researcher said the story appears to be accurate.",
        "The story turned heads, the curator said.",
        'The biologist said: "I don\'t think this is a hoax."',
        "The spokesman said one of the soldiers was injured.",
        "The story proved popular, the editor said.",
        "The opposition leader called the election a sham.",
        "The agency could not confirm the report.",
    ],
)
def test_pointer_look_alikes_deny_nothing(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert "denies" not in [c.stance for c in r.claims], r.claims


@pytest.mark.parametrize(
    "text",
    [
        # The parser hangs the negation on "been": still a negated "debunked".
        "The picture went viral.\n\nThe story hasn't been entirely debunked, but it's dubious at best.",
        # A relative clause of "time", not a denied link.
        "The picture went viral.\n\nThis isn't the first time the firm has been linked with the bank.",
        # The present with "do" says what usually happens, not that an event did not.
        'The picture went viral.\n\n"This doesn\'t happen," the neighbour said.',
        'The picture went viral.\n\n"Bears do not attack people here," the ranger said.',
        # "it" takes up the clause it is conjoined to, which the writer narrates.
        "The picture went viral.\n\nBoard members mulled selling the unit in 2013, but it never happened.",
    ],
)
def test_negations_that_call_no_report_untrue_deny_nothing(nlp: Language, text: str) -> None:
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


@pytest.mark.parametrize(
    "text",
    [
        'The picture went viral.\n\n"This didn\'t happen," the neighbour said.',
        "The picture went viral.\n\nThe meeting never happened.",
        "The picture went viral.\n\nThe firm is not in any way connected to the bank.",
        "The picture went viral.\n\nThe photo was shared widely, but it is a hoax.",
        "The picture went viral.\n\nMany people shared the image, but it is fake.",
        "The picture went viral.\n\nThe minister visited the plant, but the meeting never happened.",
    ],
)
def test_a_past_event_denied_or_a_link_denied_stays_a_denial(nlp: Language, text: str) -> None:
    assert [c.stance for c in own_voice_claims(nlp, text)] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        "The picture went viral.\n\nHe was denied entry.",
        "The picture went viral.\n\nThey were denied bail.",
        "The picture went viral.\n\nNothing happened to him.",
        # an unnamed something found wrong is a complaint, not a report called untrue
        '"We said at the time that something was not right about the way this was pushed '
        'through," said Birgitta Halsvik.',
    ],
)
def test_a_person_denied_something_is_no_denial_of_a_report(nlp: Language, text: str) -> None:
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


# --- who says what: report nouns, refusals, activities, states of mind ------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The agency has killed off claims that a giant squid was found, insisting the image is a hoax.",
            "The agency",
        ),
        ("The ministry shot down reports that the border had been closed.", "The ministry"),
        ("The club quashed rumours that its coach had resigned.", "The club"),
        (
            "A marine biologist has killed off claims that a giant squid is living in the bay - insisting "
            "the image is probably a doctored hoax.",
            "A marine biologist",
        ),
    ],
)
def test_a_speaker_dismissing_claims_denies_what_they_say(nlp: Language, text: str, claimant: str) -> None:
    # The claimant is the subject of the dismissing verb, never the report noun nor a party of
    # the reported clause (the parser may hang "insisting" on that clause).
    read = Read(nlp, text)
    assert [(c.claimant, c.stance) for c in read.claims] == [(claimant, "denies")]
    # What is denied is the reported clause, not the dismissing verb.
    assert read.proposition(read.claims[0]).predicate in ("find", "close", "resign", "live")


def test_a_verdict_hung_on_a_finding_is_passed_by_whoever_holds_the_finding(nlp: Language) -> None:
    read = Read(
        nlp,
        "The Transport Safety Board said on Wednesday it stood by its finding that all Skiv scooters sold "
        "in Norland must be recalled, rejecting Zephrel Mobility's assertion that only a subset is affected.",
    )
    assert [(c.claimant, c.stance) for c in read.claims] == [
        ("The Transport Safety Board", "asserts"),
        ("The Transport Safety Board", "denies"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "There were claims that the mayor had resigned.",
        "Allegations that the mayor took bribes are now coming out.",
        "One rumour, citing sources, suggests the phone will be launched next year.",
    ],
)
def test_a_claim_rumour_or_allegation_is_never_a_claimant(nlp: Language, text: str) -> None:
    assert Read(nlp, text).claims == []


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("A hoax report claims the singer was arrested.", "A hoax report"),
        ("Other reports have suggested the singer was arrested.", "Other reports"),
        ("Reports Monday said that rebels are at the gates of the capital.", "Reports"),
        ("Circulating 'news' report claims that loggers have cut down the oldest tree.", "report"),
        ("Multiple news reports said the mayor resigned.", "Multiple news reports"),
    ],
)
def test_a_report_nobody_is_named_for_names_nobody_in_a_dispute(
    nlp: Language, text: str, claimant: str
) -> None:
    # A publication still speaks (a claim), but it is the thing disputed, never a party.
    (claim,) = Read(nlp, text).claims
    assert claim.claimant.lower().endswith(claimant.lower().split()[-1])
    assert names_nobody(Source(name=claim.claimant, entity_id=None))


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The report said the singer was arrested.", "The report"),
        ("The Herald's report said the singer was arrested.", "The Herald"),
        ("A Herald report said the mayor resigned.", "Herald"),
        ("The building was evacuated as a precaution, the statement added.", "the statement"),
        ("A statement posted on the website says the wedding will go ahead.", "A statement"),
    ],
)
def test_a_document_someone_issued_still_speaks(nlp: Language, text: str, claimant: str) -> None:
    assert [c.claimant for c in Read(nlp, text).claims] == [claimant]


def test_refusing_to_comment_on_rumours_is_only_a_refusal(nlp: Language) -> None:
    read = Read(nlp, '"We do not comment on rumours," the firm said.')
    assert [(c.claimant, c.stance) for c in read.claims] == [("the firm", "declines_to_comment")]


def test_a_refusal_beside_a_denial_in_one_quote_keeps_both(nlp: Language) -> None:
    read = Read(nlp, '"We do not comment on rumours. The deal was never signed," the firm said.')
    assert sorted(c.stance for c in read.claims) == ["declines_to_comment", "denies"]


@pytest.mark.parametrize(
    "text",
    [
        "Police were not involved in the search, a spokesman said.",
        "A state police spokesman said they are not involved in the investigation.",
        "The ministry said the company was not involved in the talks.",
        "Her agent said the singer was, at the time, not involved with anyone.",
        "The firm played no role in the search, a spokesman said.",
        "Police played no part in the investigation, a spokesman said.",
    ],
)
def test_a_role_denied_in_an_activity_denies_no_report(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["asserts"]


@pytest.mark.parametrize(
    "text",
    [
        "She said the actor never wanted to marry her.",
        "The agent said the player did not know about the offer.",
    ],
)
def test_a_state_of_mind_negated_denies_no_event(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["asserts"]


def test_a_role_denied_in_an_event_stays_a_denial(nlp: Language) -> None:
    read = Read(nlp, "The firm played no role in the attack, a spokesman said.")
    assert [c.stance for c in read.claims] == ["denies"]


def test_a_past_event_negated_stays_a_denial(nlp: Language) -> None:
    assert [c.stance for c in Read(nlp, "She said the actor never married her.").claims] == ["denies"]


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("Back then the singer dismissed her.", []),
        ("The minister dismissed them as fabrications.", ["denies"]),
        ("The minister dismissed the reports.", ["denies"]),
    ],
)
def test_dismissing_a_person_denies_no_report(nlp: Language, text: str, stances: list[str]) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == stances


@pytest.mark.parametrize(
    "name", ["The report", "a report in the Herald", "Herald report", "the statement", "A statement"]
)
def test_a_report_with_an_owner_or_pointed_at_still_names_a_party(name: str) -> None:
    assert not names_nobody(Source(name=name, entity_id=None))


# --- "not what happened", "contrary to reports", a satire site ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The clip spread quickly.\n\nBut that is not what happened at all, said Dana Whitfield.",
        "Contrary to published reports in the Ledger, there was no panel planned for the show.",
        "The singer wrote that, contrary to reports, she has not been captured.",
        "It did not, contrary to some reports, break off a piece that landed in the town.",
        "Contrary to reports, the mill stays open, the owner said.",
    ],
)
def test_a_report_answered_by_its_opposite_is_denied(nlp: Language, text: str) -> None:
    claims = own_voice_claims(nlp, text)
    assert [c.stance for c in claims if c.stance != "asserts"] == ["denies"], claims


@pytest.mark.parametrize(
    "text",
    [
        "The launch went badly.\n\nThat is not what we wanted, the founder said.",
        "Contrary to popular belief, the mill stays open, the owner said.",
        "The findings are contrary to other studies, the researcher said.",
    ],
)
def test_look_alikes_of_a_report_answered_deny_nothing(nlp: Language, text: str) -> None:
    # What someone wanted; running against a belief or a finding rather than a report: no
    # report is answered.
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The clip spread quickly.\n\nThe story was written on the website Foonews, which is a satire news site.",
        "The clip spread quickly.\n\nThe post was actually from a satirical news site.",
        "The clip spread quickly.\n\nIt was, in fact, by a satirical news site.",
        "The clip spread quickly.\n\nThe piece was published on Foo Daily, a fake news website.",
    ],
)
def test_a_report_from_a_satire_site_is_denied(nlp: Language, text: str) -> None:
    claims = own_voice_claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("", "denies")], claims


@pytest.mark.parametrize(
    "text",
    [
        "The clip spread quickly.\n\nThe story was not published on a satirical site.",
        "The clip spread quickly.\n\nThe editor also writes for a satirical site.",
        "The clip spread quickly.\n\nThe interview appeared on a satirical news site's podcast.",
        "The clip spread quickly.\n\nThe story was published on a news site.",
    ],
)
def test_look_alikes_of_a_satire_source_deny_nothing(nlp: Language, text: str) -> None:
    # Denied to come from one; a person, not a report, writing there; a site's other product;
    # a site of no satire.
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


# --- a hoax named in the report's noun; a speaker's own act denied ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A hoax article saying that the singer had died has gone viral.",
        "The clip spread quickly.\n\nA fake story claiming that the mayor resigned circulated on social media.",
        "The satirical piece reporting that the club fired its coach was shared widely.",
        "A hoax report claims the singer was arrested.",
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="a report whose own noun names it a hoax is still read as that report asserting what it says",
)
def test_a_report_named_a_hoax_is_the_outlets_denial(nlp: Language, text: str) -> None:
    # The report tells what is not so: the article denies it, and the report asserts nothing.
    claims = own_voice_claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("", "denies")], claims
    assert claims[0].statement is not None


@pytest.mark.xfail(strict=True, reason="a report named a hoax is not read as a denial by whoever tells of it")
def test_a_report_named_a_hoax_is_denied_by_whoever_tells_of_it(nlp: Language) -> None:
    r = Read(nlp, "Dana Pell said a fake story claiming that the mayor resigned had gone viral.")
    denials = [c for c in r.claims if c.stance == "denies"]
    assert [c.claimant for c in denials] == ["Dana Pell"], r.claims
    assert r.proposition(denials[0]).predicate == "resign"
    assert not any(c.claimant.lower().endswith("story") for c in r.claims)


@pytest.mark.parametrize(
    "text",
    [
        "An article about hoaxes said that the mayor resigned.",
        "A fake-news expert said that the mayor resigned.",
        "A story about a satirical site claimed that the mayor resigned.",
    ],
)
def test_look_alikes_of_a_hoax_report_assert(nlp: Language, text: str) -> None:
    # A report about hoaxes, a person, a report about a satire site: they assert what they say.
    claims = own_voice_claims(nlp, text)
    assert [c.stance for c in claims] == ["asserts"], claims
    assert claims[0].claimant != ""


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The report calling it a hoax said that the mayor resigned.", "resign"),
        ("A viral article saying that the singer had died spread quickly.", "die"),
    ],
)
def test_a_report_calling_something_a_hoax_or_of_no_hoax_denies_nothing_it_reports(
    nlp: Language, text: str, predicate: str
) -> None:
    doc = nlp(text)
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    claims = extract_claims(doc, groups, statements, own_voice=True)
    denied = [
        statements[c.statement].predicate for c in claims if c.stance == "denies" and c.statement is not None
    ]
    assert predicate not in denied, claims
    assert not any(c.claimant == "" for c in claims), claims


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mara Quill insisted she never wrote the letter.", "Mara Quill"),
    ],
)
def test_a_speaker_denying_their_own_act_denies_it(nlp: Language, text: str, speaker: str) -> None:
    # "never" already says the act did not take place, whatever its verb.
    claim = Read(nlp, text).only()
    assert (claim.claimant, claim.stance) == (speaker, "denies")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jon Brack says he did not make $5 million from the deal.", "Jon Brack"),
        ('"I did not take the money," Jon Brack said.', "Jon Brack"),
        ('"We did not fire the rocket," the commander said.', "the commander"),
        ('"Our fighters did not enter the town," the group said.', "the group"),
        ("Police said they did not fire on the crowd.", "Police"),
    ],
)
def test_a_speaker_denying_their_own_act_with_did_not_denies_it(
    nlp: Language, text: str, speaker: str
) -> None:
    # A speaker answers for its own doing: "did not" denies the deed whatever kind of verb it is.
    claim = Read(nlp, text).only()
    assert (claim.claimant, claim.stance) == (speaker, "denies")


@pytest.mark.parametrize(
    "text",
    [
        # a state of mind, a perception, a plan: no deed denied
        '"We did not expect this," the commander said.',
        '"I did not see anything," the witness said.',
        '"We will not fire," the commander said.',
        "The lawyer said she did not expect a verdict.",
        # done to the speaker
        '"We were not warned," the residents said.',
    ],
)
def test_what_a_speaker_did_not_feel_see_or_plan_denies_nothing(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["asserts"]


def test_a_happening_denied_of_a_named_party_in_the_passive_is_a_denial(nlp: Language) -> None:
    assert [c.stance for c in Read(nlp, "Acme Corp was not sold, the bank said.").claims] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        # not confirmed, not yet identified: nothing denied; an active verb may tell a state
        "The report has not been confirmed, the ministry said.",
        "The victims have not been identified, police said.",
        "The missiles had not arrived, officials said.",
        # an expectation not met by now
        "Jon Brack has not been charged yet, officials said.",
        '"We have not decided yet," the minister said.',
    ],
)
def test_look_alikes_of_a_passive_denial_deny_nothing(nlp: Language, text: str) -> None:
    assert "denies" not in [c.stance for c in Read(nlp, text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "Jon Brack said he did not know.",
        "Mara Quill said she did not think so.",
        "Mara Quill said she did not see the car.",
        "Jon Brack said he was not paid.",
        "Jon Brack said he will not make the trip.",
        "Jon Brack said he does not make furniture.",
    ],
)
def test_look_alikes_of_an_own_act_denied_assert(nlp: Language, text: str) -> None:
    # A state of mind or of perception, something done to the speaker, a plan, a habit.
    assert [c.stance for c in Read(nlp, text).claims] == ["asserts"]


def test_an_act_denied_in_plain_narration_is_nobodys_claim(nlp: Language) -> None:
    assert own_voice_claims(nlp, "Jon Brack did not make the team.") == []


# --- a pronoun in a clause hung on another: that clause's subject ---------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # "although he later retracted it": the journalist who tweeted, not the man named before
        (
            "Rumours spread that Marco Delgado had died. One radio journalist tweeted that a speech "
            "from his brother was imminent, although he later retracted the report.",
            "One radio journalist",
        ),
        (
            "Marco Delgado arrived on Monday. The press secretary arrived later, and he denied the reports.",
            "The press secretary",
        ),
        # a host clause whose subject is no person leaves "he" to the person named before
        (
            "Marco Delgado spoke on Monday. The rumour spread widely, although he denied the reports.",
            "Marco Delgado",
        ),
    ],
)
def test_a_pronoun_in_a_clause_hung_on_another_is_that_clauses_subject(
    nlp: Language, text: str, claimant: str
) -> None:
    denials = [c for c in Read(nlp, text).claims if c.stance == "denies"]
    assert [c.claimant for c in denials] == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "The blog posted an article saying that Carlos Mendes met Ines Duarte in Porto.",
        "The agency denied reports claiming that Carlos Mendes met Ines Duarte in Porto.",
    ],
)
def test_a_report_named_by_what_its_participle_says_holds_that(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert r.proposition(claim).predicate == "meet"


def test_a_reports_content_misparsed_as_a_relative_clause_is_its_content(nlp: Language) -> None:
    # "that" is the clause's mark, not a pronoun standing for the story
    r = Read(
        nlp, "The website XNBC posted the article that Abel Moreno was “found dead today in his Maui home.”"
    )
    assert r.proposition(r.only()).predicate == "die"
    # a true relative clause: "that" is the object, the clause says nothing the story held
    r = Read(nlp, "The blog posted the report that the police had found.")
    assert r.only().statement is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a company, a group or an agency closing a sentence about itself is that organisation
        ("Acme Corp cut 200 jobs on Monday, the company said.", "Acme Corp"),
        # a union or a ministry is the one the sentence is about only when its name says so
        ("The Transport Workers Union called off the strike, the union said.", "Transport Workers Union"),
        ("The Interior Ministry banned the march, the ministry said.", "Interior Ministry"),
        ("Carmaker Gramont will shut its plant in Lyle next year, the union said on Monday.", "the union"),
        # a common noun the model typed as an organisation names none
        ("Kidnappers in the Tarsen region freed two aid workers on Sunday, the charity said.", "the charity"),
        # nor is the subject of an earlier sentence the union unless its name says so
        (
            "Carmaker Gramont will shut its plant in Lyle. The union had said on Monday that the plant would shut.",
            "The union",
        ),
    ],
)
def test_an_organisation_noun_stands_for_an_organisation_named_as_subject_only_when_it_may_be(
    nlp: Language, text: str, claimant: str
) -> None:
    assert Read(nlp, text).only().claimant == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # no sentence made it a subject: the one organisation named before is the company
        (
            "Millions of Telvane customers lost their phone signal on Monday. "
            "The outage began at 6 a.m. and affected Telvane's mobile services, the company said.",
            "Telvane",
        ),
        # a union speaks of others' deeds: not the operator named before
        (
            "Millions of Telvane customers lost their phone signal on Monday. "
            "The outage began at 6 a.m. and affected Telvane's mobile services, the union said.",
            "the union",
        ),
    ],
)
def test_the_company_is_the_one_organisation_named_before_when_no_sentence_made_one_its_subject(
    nlp: Language, text: str, claimant: str
) -> None:
    assert Read(nlp, text).only().claimant == claimant


def test_a_happening_put_off_until_a_time_is_the_claims_statement(nlp: Language) -> None:
    # "until next year" is where the launch was put, not a state held until then.
    r = Read(
        nlp, "The launch of the phone has been delayed until next year, the tech site Byteline reported."
    )
    assert r.proposition(r.only()).predicate == "delay"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Halvenor Group is in advanced talks to buy Pellacross Systems, three people said.", "asserts"),
        ('"We are not in talks with Halvenor Group," Pellacross Systems said.', "denies"),
        ("Pellacross Systems said it was not in negotiations with Halvenor Group.", "denies"),
    ],
)
def test_talks_a_party_is_said_to_be_in_are_one_set_of_talks(nlp: Language, text: str, stance: str) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert claim.stance == stance
    talks = r.proposition(claim)
    assert talks.predicate_class == "communication" and talks.actual
    assert "Halvenor Group" in r.participants(claim)


@pytest.mark.parametrize(
    "text",
    [
        "Lira Wexford and Anton Drevik married on Saturday, the magazine reported.",
        "Lira Wexford and Anton Drevik tied the knot on Saturday, the magazine reported.",
        "Lira Wexford and Anton Drevik exchanged vows on Saturday, the magazine reported.",
    ],
)
def test_a_wedding_told_in_its_several_words_is_one_kind_of_event(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert r.proposition(r.only()).predicate_class == "wedding"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Investigators said Corvane had halted dosing in its trial.", "halt"),
        ("Corvane said its trial had never been paused.", "halt"),
        ("A security firm said hackers breached the computer systems of Ardent Health.", "intrusion"),
        ("Ardent Health denied that its systems were hacked.", "intrusion"),
        ("A security firm said hackers gained access to the billing database of Ardent Health.", "intrusion"),
        ("Ardent Health denied that hackers had got into its network.", "intrusion"),
        # not a break-in to computers: "breached the sea wall", "gained access to the camp"
        ("Officials said the flood breached the sea wall at Ardmouth.", "breach"),
        ("Officials said reporters gained access to the camp at Ardmouth.", "gain"),
    ],
)
def test_a_stop_and_a_break_in_told_in_other_words_are_one_kind_of_event(
    nlp: Language, text: str, kind: str
) -> None:
    r = Read(nlp, text)
    assert r.proposition(r.only()).predicate_class == kind


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        (
            "Corvane has dismissed a document circulating online that claims to reveal the specifications "
            "of its next phone.",
            [("Corvane", "denies")],
        ),
        ("Corvane dismissed a video purporting to show the phone exploding.", [("Corvane", "denies")]),
        # a proposal makes no claim of fact to deny
        ("The minister dismissed a proposal that says taxes should rise.", [("a proposal", "asserts")]),
    ],
)
def test_a_document_dismissed_with_the_claim_it_makes_is_denied(
    nlp: Language, text: str, stances: list[tuple[str, str]]
) -> None:
    assert [(c.claimant, c.stance) for c in Read(nlp, text).claims] == stances


def test_a_question_told_is_no_claim_of_its_teller(nlp: Language) -> None:
    # "can tell if it returns" asks; the rangers assert nothing.
    r = Read(nlp, "Daniel Orrin said the bear was fitted with an ear tag so rangers can tell if it returns.")
    assert {c.claimant for c in r.claims} == {"Daniel Orrin"}


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        (
            "The singer's spokesperson has moved to shut down reports that the singer married Anton Drevik.",
            [("The singer's spokesperson", "denies")],
        ),
        # a plant shut down is no report
        ("The company shut down the plant in Lenwick, officials said.", [("officials", "asserts")]),
    ],
)
def test_reports_shut_down_are_denied(nlp: Language, text: str, stances: list[tuple[str, str]]) -> None:
    assert [(c.claimant, c.stance) for c in Read(nlp, text).claims] == stances


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ('"It is categorically untrue that the Harlow Lanterns have split," their manager said.', "split"),
        ("It is not true that the minister has resigned, the ministry said.", "resign"),
        ("It is false that the plant was sold, Orbis said.", "sell"),
    ],
)
def test_a_verdict_on_a_clause_denies_that_clause(nlp: Language, text: str, predicate: str) -> None:
    # "It is untrue that X": X is a proposition whatever its verb, and the denial is of X.
    doc = nlp(text)
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    [claim] = [c for c in extract_claims(doc, groups, statements) if c.stance == "denies"]
    assert claim.statement is not None and statements[claim.statement].predicate == predicate


def test_a_clause_said_true_is_asserted(nlp: Language) -> None:
    doc = nlp("It is true that the Harlow Lanterns have split, their manager said.")
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    assert [c.stance for c in extract_claims(doc, groups, statements)] == ["asserts"]


def test_what_is_easy_to_fake_calls_nothing_untrue(nlp: Language) -> None:
    # A falsity verb's bare infinitive says what could be done, not that anything was.
    assert own_voice_claims(nlp, "That is also why these stories are so easy to fake.") == []
    assert [c.stance for c in own_voice_claims(nlp, "The photo was faked.")] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        '"I thought it was just rubbish at first," the girl said.',
        '"At first I thought the photo was fake," she said.',
        "Initially we believed the story was a hoax, the editor said.",
    ],
)
def test_a_belief_held_at_first_denies_nothing(nlp: Language, text: str) -> None:
    # What someone thought at first, and no longer: no verdict of theirs now.
    assert "denies" not in [c.stance for c in Read(nlp, text).claims]


def test_a_belief_held_now_still_calls_the_photo_fake(nlp: Language) -> None:
    assert [c.stance for c in Read(nlp, '"I think the photo is fake," she said.').claims] == ["denies"]


def test_the_claim_a_fact_check_rates_is_asserted_by_a_claim_nobody_is_named_for(nlp: Language) -> None:
    text = "CLAIM: A border collie walked 480km home over six weeks.\n\nVERDICT: Fabricated"
    claims = own_voice_claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("a claim", "asserts"), ("", "denies")]
    assert claims[0].quote == "A border collie walked 480km home over six weeks."
    assert names_nobody(Source(name=claims[0].claimant))  # on the asserting side only
    # A claim named in a sentence is no label; nor is a label with too little after it.
    assert [c.claimant for c in own_voice_claims(nlp, "The claim: nothing.")] == []


def test_a_thing_taken_out_of_use_is_no_report_taken_back(nlp: Language) -> None:
    assert Read(nlp, "Kelmstrand has withdrawn it from service pending inspection.").claims == []
    assert Read(nlp, "The chain pulled it from sale on Monday.").claims == []
    # Taken off the site that ran it: a retraction.
    found = Read(nlp, "The Courier ran the story. The paper has since withdrawn it from its website.").claims
    assert [c.stance for c in found] == ["denies"]


def test_claims_whose_that_the_parser_made_a_subject_still_name_their_content(nlp: Language) -> None:
    text = 'The Interior Ministry described as "categorically false" claims that journalist Rafael Ochoa had been arrested.'
    r = Read(nlp, text)
    claim = r.only()
    assert (claim.stance, r.proposition(claim).predicate_class) == ("denies", "arrest")


def test_a_state_held_since_a_day_by_a_happening_claims_the_happening(nlp: Language) -> None:
    text = "The terminals have been paralysed since Monday by a ransomware attack, two people told the Post."
    r = Read(nlp, text)
    claim = r.only()
    assert (claim.stance, r.proposition(claim).predicate_class) == ("asserts", "intrusion")
    # a state held since a day, with no happening doing it, is background
    assert Read(nlp, "The two leaders have not spoken since July, an aide said.").only().statement is None


def test_claims_to_have_done_a_deed_name_the_deed_they_claim(nlp: Language) -> None:
    r = Read(
        nlp,
        'The Orvella Water Authority said claims by an online group to have hacked its systems were "false".',
    )
    claim = r.only()
    assert (claim.stance, r.proposition(claim).predicate_class) == ("denies", "intrusion")
    claim = Read(nlp, "The authority rejected the group's claim to have stolen the data.").only()
    assert claim.stance == "denies" and claim.statement is not None


def test_a_claim_at_law_withdrawn_takes_back_no_report(nlp: Language) -> None:
    assert Read(nlp, "Kestrel Homes withdrew its claim against the council on Monday.").claims == []
    assert Read(nlp, "The family has withdrawn a claim for damages.").claims == []
    # A claim of fact taken back is a retraction; a claim against someone rejected is a denial.
    found = Read(nlp, "The paper withdrew its claim that the mayor had resigned.").claims
    assert "denies" in [c.stance for c in found]
    assert [c.stance for c in Read(nlp, "He rejected the claims against him.").claims] == ["denies"]


def test_a_withdrawal_still_to_come_takes_nothing_back(nlp: Language) -> None:
    text = "The case had been before the court since 2022. Lawyers for both towns said they would file to withdraw it."
    assert "denies" not in [c.stance for c in Read(nlp, text).claims]
    assert Read(nlp, "The Courier ran the story. The paper will withdraw it.").claims == []
    # taken back already, even when made to
    found = Read(
        nlp, "The Courier ran the story. The paper was forced to withdraw it from its website."
    ).claims
    assert [c.stance for c in found] == ["denies"]


def test_laughing_off_a_report_denies_it(nlp: Language) -> None:
    r = Read(nlp, "The club laughed off reports that the manager had been sacked.")
    assert [c.stance for c in r.claims] == ["denies"]
    assert Read(nlp, "The minister laughed off the question.").claims == []


def test_someone_said_alive_in_the_writers_words_beside_a_quote_is_the_outlets_denial(nlp: Language) -> None:
    text = 'Jon Pell is alive, in his armchair, and by his own account "slightly annoyed to have missed my funeral".'
    claims = own_voice_claims(nlp, text)
    assert [(c.claimant, c.stance) for c in claims] == [("", "denies")]
    assert claims[0].quote.startswith("Jon Pell is alive")
    # Inside the quote, nobody we can name says it.
    assert own_voice_claims(nlp, 'As one fan put it: "Jon Pell is alive and well."') == []


def test_a_sites_disclaimer_of_its_own_stories_denies_no_report(nlp: Language) -> None:
    text = "The Gazette is a satirical website. None of our stories are true."
    assert own_voice_claims(nlp, text) == []
    # One story of its own called wrong is a correction: the outlet denies it.
    assert [c.stance for c in own_voice_claims(nlp, "Our story about the mayor was wrong.")] == ["denies"]
    # Someone owning up to a report of theirs is still heard.
    assert [c.stance for c in Read(nlp, "Our report was wrong, the paper admitted.").claims] == ["denies"]


def test_a_site_that_says_everything_on_it_is_made_up_tells_nothing_as_fact(nlp: Language) -> None:
    text = (
        "THE DAILY SNORT | SATIRE. Everything on this site is made up.\n\n"
        "The transport ministry has announced that from 1 April drivers will pay a fee for every "
        'pothole they hit. "It is only fair," a spokesman said. About 4,000 people protested.'
    )
    a = analyse.analyse(text, date(2016, 2, 20), nlp)
    assert (a.claims, a.narrated, a.figures, a.statements) == ([], [], [], [])
    assert [w.kind for w in a.warnings] == ["satire"]
    assert [e.name for e in a.entities] != []  # who it names is still read
    # Everything in one report called made up is a denial of the report, not a disclaimer.
    r = analyse.analyse("Everything in the report is made up, the ministry said.", None, nlp)
    assert [c.stance for c in r.claims] == ["denies"]
    # A site's disclaimer quoted by another outlet takes nothing from that outlet's own claims.
    quoted = analyse.analyse(
        'The site\'s banner reads: "Everything on this site is made up." The ministry said the '
        "fee was never planned.",
        None,
        nlp,
    )
    assert quoted.warnings == [] and quoted.claims != []


@pytest.mark.parametrize(
    "text",
    [
        "The Pickle, a satirical website run by a comedian, published a piece on Monday claiming "
        "that the ministry would charge drivers for potholes.",
        "The article, published by the satirical website The Pickle, claims that the minister has "
        "introduced a tax on grumbling.",
    ],
)
def test_a_satirical_site_claims_nothing_as_fact(nlp: Language, text: str) -> None:
    assert Read(nlp, text).claims == []
    # A satire site's label says what the site is, of no report.
    label = (
        "The piece carries the site's usual banner saying it is satire and that everything on it is made up."
    )
    assert Read(nlp, label).claims == [] and own_voice_claims(nlp, label) == []
    # A group named "Banner" is no label.
    group = "The Ninth Banner, a militant group, claimed on Sunday that its fighters had captured the dam."
    assert [c.stance for c in Read(nlp, group).claims] == ["asserts"]
    # Any other site's claim is its claim; so is a story about a satirical site.
    other = "The article, published by the website The Pickle, claims that the minister has introduced a tax."
    assert [c.stance for c in Read(nlp, other).claims] == ["asserts"]


def test_a_report_noun_opening_a_quote_is_still_a_report(nlp: Language) -> None:
    # The tagger takes "Reports" opening a quote after a paragraph for a name.
    text = (
        "Orrin Automotive on Tuesday denied a newspaper report that it planned to cut about 1,100 jobs at "
        'its gearbox plant in Caldry, issuing a statement denying any such plans.\n\n"Reports that Orrin '
        'intends to cut 1,100 jobs in Caldry are wrong," '
        "the statement said."
    )
    assert [c.stance for c in Read(nlp, text).claims] == ["denies", "denies"]


def test_a_quote_going_on_from_an_attribution_is_its_speakers(nlp: Language) -> None:
    text = (
        'His agent, Wendell Oske, said the family had been "bombarded" with calls. "Barnaby is alive, '
        'well, and a bit sunburnt. His mum rang him in tears."'
    )
    assert [(c.claimant, c.stance) for c in Read(nlp, text).claims][1:] == [
        ("Wendell Oske", "denies"),
        ("Wendell Oske", "asserts"),  # the quote's next sentence: his too
    ]
    said = 'The minister said the talks had gone well. "The report is false."'
    assert [(c.claimant, c.stance) for c in Read(nlp, said).claims][-1] == ("The minister", "denies")
    # Another paragraph, or a sentence before it that attributes nothing: nobody we can name.
    assert [
        c.stance
        for c in Read(nlp, 'The minister said the talks had gone well.\n\n"The report is false."').claims
    ] == ["asserts"]
    assert Read(nlp, 'The minister arrived on Monday. "The report is false."').claims == []
    # A colon opens the quote's own paragraph; a quote opened in an attribution's sentence goes on.
    statement = 'The company said in a statement:\n\n"The report is false. We have no plans to sell."'
    first = Read(nlp, statement).claims[0]
    assert (first.claimant, first.stance) == ("The company", "denies")
    colon = Read(nlp, 'He said: "The talks went well. The report is false."').claims
    assert [(c.claimant, c.stance) for c in colon] == [("He", "asserts"), ("He", "denies")]
    # A speech act ending the paragraph before, with no words of its own, is the quote's.
    answered = (
        "Rumours spread on Sunday that the actor Tam Orrel had died. Orrel answered the rumours himself "
        "on Monday, in a short video posted on his agent's account.\n\n\"I'm not dead. I'm not even poorly.\""
    )
    first_claim = Read(nlp, answered).claims[0]
    assert (first_claim.claimant, first_claim.stance) == ("Orrel", "denies")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Orlo Helio does not exist, a company spokeswoman said.", "denies"),
        ("No such study exists, the institute said.", "denies"),
        ("Such a law does not exist in Brevonia, the ministry said.", "denies"),
        ("The scientist named in the story does not exist, the university said.", "denies"),
        # what once was, and a claim of one's own about no thing a report told of
        ("The account no longer exists, the company said.", "asserts"),
        ("He said poverty does not exist in the city.", "asserts"),
        ("The founder said the studio does not exist to make as much money as possible.", "asserts"),
    ],
)
def test_a_thing_said_not_to_exist_denies_what_was_told_of_it(nlp: Language, text: str, stance: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == [stance]


def test_one_of_two_things_that_may_be_so_is_said_of_neither(nlp: Language) -> None:
    either = (
        "A hoax-tracking site points out that the account credited for the original photos has either "
        "been deleted or never existed at all."
    )
    assert own_voice_claims(nlp, either) == []


def test_a_detail_denied_on_the_way_leaves_the_report_answered_as_it_was(nlp: Language) -> None:
    text = (
        "Health Minister Margit Ossendorp has not resigned, her spokesman said on Monday, rejecting a "
        'newspaper report that she had quit. "The minister is not leaving," spokesman Bram Keltering said. '
        '"She has written no letter of resignation." The prime minister\'s office also rejected the report.'
    )
    r = Read(nlp, text)
    last = r.claims[-1]
    assert (last.claimant, last.stance) == ("The prime minister's office", "denies")
    assert r.proposition(last).predicate_class == "departure"


def test_answering_a_report_takes_no_side_until_its_words_do(nlp: Language) -> None:
    assert Read(nlp, "Quillory answered the rumours himself on Monday, in a short video.").claims == []
    said = Read(nlp, "Quillory answered the rumours, saying they were false.").claims
    assert [(c.claimant, c.stance) for c in said] == [("Quillory", "denies")]


def test_an_april_fools_joke_is_no_true_story(nlp: Language) -> None:
    r = Read(nlp, '"It was an April Fool\'s joke," a council spokeswoman said.')
    assert [c.stance for c in r.claims] == ["denies"]
    assert Read(nlp, "He told a joke about April.").claims == []


@pytest.mark.parametrize(
    "text",
    [
        "The blogger later admitted she made it up as a parody.",
        "The agency staged the video, the company said.",
        "Police said he faked his death.",
        "The quote was made up, the editor said.",
    ],
)
def test_saying_someone_made_up_a_report_or_an_event_denies_it(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        "He invented the device in 1990, the company said.",
        "Nobody could have faked the video, the expert said.",
        # fraud the crime (not "a fraud", a fake)
        '"Now a judge has said it was fraud," she said.',
    ],
)
def test_making_up_a_thing_or_a_guess_denies_nothing(nlp: Language, text: str) -> None:
    assert "denies" not in [c.stance for c in Read(nlp, text).claims]


def test_falsifying_as_a_charge_weighed_by_a_court_denies_nothing(nlp: Language) -> None:
    text = (
        "The court delivered its verdict on Tuesday, finding Ansel Rudge guilty of embezzling money and "
        "falsifying the lender's accounts."
    )
    assert "denies" not in [c.stance for c in analyse.analyse(text, date(2026, 9, 17), nlp).claims]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The ministry said it did not recognise the account.", "denies"),
        ("The ministry said it does not accept the report.", "denies"),
        # no report: an offer turned down, a government not recognised
        ("The union said it did not accept the offer.", "asserts"),
        ("The ministry said it does not recognise the government.", "asserts"),
    ],
)
def test_a_report_not_recognised_or_not_accepted_is_denied(nlp: Language, text: str, stance: str) -> None:
    assert Read(nlp, text).only().stance == stance


@pytest.mark.parametrize(
    ("text", "denier", "rejecter", "denied"),
    [
        # The directorate's spokesman calls the Tuesday report untrue; the union rejecting "the
        # directorate's account" denies the denial: it stands by what the report said.
        (
            'The Prisons Directorate said the escape took place on 10 March. "Reports that Ivo Brandt left '
            'the prison on Tuesday are not correct," said Emil Varga, a spokesman for the directorate. '
            "The prison officers' union rejected the directorate's account.",
            "Emil Varga",
            "union",
            "leave",
        ),
        # The account is the ministry's denial of the raid (its first); the spokesman's later "no
        # property was confiscated" is a detail of it. Calling the account untrue in a sentence
        # of its own stands by the raid.
        (
            "The Interior Ministry denied that police had raided the offices of the Ostrel Union. "
            '"No property was confiscated," said ministry spokesman Hendrik Vale. '
            "Agnes Korvin, the union's general secretary, said: \"The ministry's version is simply not true.\"",
            "Interior Ministry",
            "Agnes Korvin",
            "raid",
        ),
    ],
)
def test_rejecting_an_account_that_denied_a_report_stands_by_the_report(
    nlp: Language, text: str, denier: str, rejecter: str, denied: str
) -> None:
    r = Read(nlp, text)
    denial = next(c for c in r.claims if c.claimant.endswith(denier))
    rejection = next(c for c in r.claims if rejecter in c.claimant)
    assert denial.stance == "denies" and r.proposition(denial).predicate == denied
    assert rejection.stance == "asserts" and rejection.statement == denial.statement


def test_rejecting_an_account_that_denied_nothing_is_still_a_denial(nlp: Language) -> None:
    text = "Acme Corp said it closed the Brenton plant on Monday. The union rejected the company's account."
    r = Read(nlp, text)
    union = next(c for c in r.claims if "union" in c.claimant)
    assert union.stance == "denies"
