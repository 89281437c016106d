"""Claims in news prose: claimants as written (organisations, outlets, groups pointed back at),
stances of describing, estimating and refusing, and several claims by one speaker.

Sentence-level tests over spaCy's own entities, like test_claims; names are invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from service.pipeline import analyse
from service.pipeline.claims import verb_speaker
from service.pipeline.claims.context import find_quotes
from service.pipeline.nlp import load
from service.pipeline.statements.index import build_index
from service.pipeline.types import EntityGroup, Mention
from tests.unit.test_claims import Read


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def said(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(c.claimant, c.stance) for c in Read(nlp, text).claims]


# --- claimant names as written ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # A hyphen inside a name stays, with its words joined.
        (
            "Statements on Ansar-Dawla websites said that a new leader had been appointed.",
            "Statements on Ansar-Dawla websites",
        ),
        # The word before a hyphen stays though the parser hangs it on the word after it.
        ("A fact-checking site said that the story was false.", "A fact-checking site"),
        ("A city-based group said that the figures were wrong.", "A city-based group"),
        # A time beside the name is not part of it.
        ("According to Channel Nine News today, the total now stands at 282 people.", "Channel Nine News"),
        # An honorific is dropped, a title kept.
        ("Dr. Anna Berg said that the outbreak had been contained.", "Anna Berg"),
        ("Health Minister Anna Berg said that the outbreak had been contained.", "Health Minister Anna Berg"),
        # A lower-case article before a name is not part of the name; before a role it stays.
        ("The talks had ended, the BBC said.", "BBC"),
        # An outlet relaying what others told it is not the claimant: they are.
        ("Officials told the BBC that the talks had ended, the BBC said.", "Officials"),
        ('"The talks have ended," the spokesman said.', "the spokesman"),
        # A name after "the head of X," is the speaker's, though the parser hangs it on X.
        ("The chief executive of Acme Corp, Jane Doe, said the report was false.", "Jane Doe"),
        # A name right after the noun it names is part of the phrase.
        (
            "Nobody was hurt on the train, a spokeswoman for the rail operator Nordrail said.",
            "a spokeswoman for the rail operator Nordrail",
        ),
    ],
)
def test_claimant_as_written(nlp: Language, text: str, claimant: str) -> None:
    assert claimant in [c.claimant for c in Read(nlp, text).claims]


def test_a_closing_speaker_read_as_an_apposition_speaks(nlp: Language) -> None:
    # The parser hangs "the miners' union" on "Tarsk" and leaves "said" without a subject.
    text = (
        "At least 80 miners were killed in the collapse of the mine near Tarsk, the miners' union said "
        "on Sunday, accusing the authorities of hiding the true toll."
    )
    claim = Read(nlp, text).claims[0]
    assert claim.claimant == "the miners' union"  # its possessive kept, though written as a quote mark
    assert claim.quote == "At least 80 miners were killed in the collapse of the mine near Tarsk"


def test_a_closing_speaker_relaying_another_speech_act_claims_nothing_of_its_own(nlp: Language) -> None:
    # The spokesman tells of his employer's denial: the denial is the claim, and the sentence
    # is no assertion of the spokesman's.
    text = (
        "Shipping heir Teodor Vance has flatly denied a gossip website's report that he had a "
        "relationship with the singer Lira Costavel, his spokesman said on Tuesday."
    )
    claims = Read(nlp, text).claims
    assert [(c.claimant, c.stance) for c in claims] == [("Shipping heir Teodor Vance", "denies")]
    # A speaker of its own words is still one.
    assert [c.claimant for c in Read(nlp, "Police have arrested two men, a spokesman said.").claims] == [
        "a spokesman"
    ]


def test_the_means_of_an_act_is_not_its_doer(nlp: Language) -> None:
    # "used a ceremony to dismiss reports": the general dismisses them, not the ceremony.
    text = (
        "General Osric Tallant used a military graduation ceremony on Tuesday to dismiss reports "
        "that he had resigned as chief of staff."
    )
    assert [(c.claimant, c.stance) for c in Read(nlp, text).claims] == [("General Osric Tallant", "denies")]


def test_a_closing_speaker_with_a_title_and_a_name_read_as_appositions_speaks(nlp: Language) -> None:
    # "the governor of Tarsa province, Rahim Sadeq," hangs on "Saturday", and the comma closing
    # the name stands between it and "said".
    text = "Militants released the two kidnapped engineers on Saturday, the governor of Tarsa province, Rahim Sadeq, said."
    r = Read(nlp, text)
    assert [(r.entity(c), c.quote) for c in r.claims] == [
        ("Rahim Sadeq", "Militants released the two kidnapped engineers on Saturday")
    ]


def test_a_semicolon_closes_what_the_speaker_said(nlp: Language) -> None:
    # The parser hangs the clause after the semicolon on "said"; hospital sources give it.
    text = "The health ministry said 80 people had been injured; hospital sources put the number at over 300."
    quotes = [c.quote for c in Read(nlp, text).claims if c.claimant == "The health ministry"]
    assert quotes == ["80 people had been injured"]
    # A pronoun after the semicolon may still be the speaker's own words.
    assert [c.quote for c in Read(nlp, 'He said: "We are tired; we want peace."').claims] == [
        "We are tired; we want peace"
    ]


def test_named_examples_of_a_group_are_the_claimants(nlp: Language) -> None:
    assert said(nlp, "Relief agencies, such as Oxfam, said that the camps were overcrowded.") == [
        ("Oxfam", "asserts")
    ]
    found = said(
        nlp, "According to many news sources including Reuters and Bloomberg, the mine had been flooded."
    )
    assert found == [("Reuters", "asserts"), ("Bloomberg", "asserts")]


def test_a_group_without_named_examples_speaks_as_written(nlp: Language) -> None:
    assert said(nlp, "Relief agencies said that the camps were overcrowded.") == [
        ("Relief agencies", "asserts")
    ]
    assert said(nlp, "Relief agencies such as these said that the camps were overcrowded.") == [
        ("Relief agencies", "asserts")
    ]


def test_an_accusing_participle_in_the_reported_clause_is_the_tellers(nlp: Language) -> None:
    # The parser hangs "accusing" on "was", whose subject is the turnout: the alliance accuses.
    r = Read(
        nlp,
        "The opposition Civic Alliance said on Tuesday that turnout in Sunday's election was below 30"
        " percent, accusing the Central Election Commission of inflating the figure.",
    )
    assert {(c.claimant, c.stance) for c in r.claims} == {("Civic Alliance", "asserts")}
    assert "inflate" in [r.proposition(c).predicate for c in r.claims]


def test_a_participle_pushing_back_against_a_report_is_the_deniers(nlp: Language) -> None:
    # The parser hangs "pushing" on "got", whose subject is the hackers: the company pushes back.
    r = Read(
        nlp,
        "Norvale Power on Tuesday denied that hackers had got into its network, pushing back hard"
        " against a cybersecurity firm's report published a day earlier.",
    )
    assert {c.claimant for c in r.claims} == {"Norvale Power"}


# --- organisations pointed back at -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant", "entity"),
    [
        (
            "The opposition said turnout was below 30 percent, accusing the Central Election Commission of"
            " inflating the figure. The commission rejected the accusation.",
            "Central Election Commission",
            "Central Election Commission",
        ),
        # Not a noun with more to say than the name's head, nor a body of another name.
        (
            "The Central Election Commission said turnout was 62 percent. The regional commission said"
            " it was lower.",
            "The regional commission",
            None,
        ),
        ("Acme Corp said turnout was 62 percent. The commission said it was lower.", "The commission", None),
    ],
)
def test_a_bare_noun_takes_up_the_organisation_whose_name_it_ends(
    nlp: Language, text: str, claimant: str, entity: str | None
) -> None:
    r = Read(nlp, text)
    last = r.claims[-1]
    assert (last.claimant, r.entity(last)) == (claimant, entity)


def test_a_group_calling_itself_a_name_is_that_name(nlp: Language) -> None:
    r = Read(nlp, "A group calling itself Northern Front Brigades said that it had carried out the attack.")
    assert [c.claimant for c in r.claims] == ["Northern Front Brigades"]


def test_a_group_described_by_its_members_keeps_its_words(nlp: Language) -> None:
    assert said(nlp, "A group of residents said that the water had been cut off.") == [
        ("A group of residents", "asserts")
    ]


def test_the_group_is_the_group_named_earlier(nlp: Language) -> None:
    r = Read(
        nlp,
        "A group calling itself Northern Front Brigades has claimed the bombing. "
        "On a website the group stated that its fighters had targeted the hotel.",
    )
    assert r.claims[-1].quote == "that its fighters had targeted the hotel"
    assert {c.claimant for c in r.claims} == {"Northern Front Brigades"}


def test_the_movement_is_the_group_just_named_with_another_noun(nlp: Language) -> None:
    r = Read(
        nlp,
        "The Internet group Ravenclaw today held protests in six cities. "
        "In a speech, the protest movement said the church had betrayed its members.",
    )
    assert [c.claimant for c in r.claims] == ["Ravenclaw"]


def test_the_agency_is_an_organisation_that_was_just_the_subject(nlp: Language) -> None:
    r = Read(
        nlp,
        "The Federal Mine Safety Administration issued the mine 208 citations last year. "
        "The agency has announced that it will investigate the collapse.",
    )
    claim = r.only()
    assert r.entity(claim) == "The Federal Mine Safety Administration" or "Mine Safety" in claim.claimant


def test_the_group_with_nothing_named_stays_as_written(nlp: Language) -> None:
    assert said(nlp, "The group said that it would march again in April.") == [("The group", "asserts")]


def test_the_group_does_not_reach_back_past_a_few_sentences_to_a_subject(nlp: Language) -> None:
    r = Read(
        nlp,
        "Acme Holdings opened a plant in 1990. The plant grew. Workers came. Wages rose. Trade slowed. "
        "The company said that it would close the plant.",
    )
    assert [c.claimant for c in r.claims] == ["The company"]


def test_the_article_speaks_for_the_outlet_just_cited(nlp: Language) -> None:
    r = Read(
        nlp,
        "According to the Harbour Gazette, the ship was sealed in April. "
        "The article states that samples were sent to a laboratory.",
    )
    assert [c.claimant for c in r.claims] == ["the Harbour Gazette", "the Harbour Gazette"] or [
        r.entity(c) for c in r.claims
    ] == ["Harbour Gazette", "Harbour Gazette"]


def test_the_report_is_not_the_organisation_that_just_denied_it(nlp: Language) -> None:
    r = Read(
        nlp,
        "The Defence Ministry on Monday dismissed as speculation a newspaper report that a general "
        "had been arrested. The report said General Anselm Dufresne had been taken into custody on Friday.",
    )
    told = next(c for c in r.claims if "custody" in c.quote)
    assert (told.claimant, told.stance) == ("The report", "asserts")


def test_the_article_with_no_outlet_cited_stays_as_written(nlp: Language) -> None:
    assert said(nlp, "The article states that samples were sent to a laboratory.") == [
        ("The article", "asserts")
    ]


def test_an_outlet_quoting_people_saying_something_credits_the_people(nlp: Language) -> None:
    r = Read(nlp, "Reuters quotes doctors at the scene saying many of the injured are in critical condition.")
    assert [(c.claimant, c.stance) for c in r.claims] == [("doctors", "asserts")]


# --- sources behind reports ------------------------------------------------------------------------


def test_according_to_a_source_reports_indicate_credits_the_source(nlp: Language) -> None:
    assert said(nlp, "According to Reuters, reports indicate that the dam has collapsed.") == [
        ("Reuters", "asserts")
    ]


def test_according_to_an_outlet_a_named_speaker_said_credits_the_speaker(nlp: Language) -> None:
    r = Read(nlp, "According to Reuters, the minister said that the dam had collapsed.")
    assert [c.claimant for c in r.claims] == ["the minister"]


def test_a_relative_clause_on_an_according_to_source_is_no_part_of_the_quote(nlp: Language) -> None:
    text = (
        "Orlo is reportedly preparing to launch the Helio, a phone with a solar-charging screen, at its "
        "event in Korrin on 1 March. According to TechScoop247, which first reported the phone, it will "
        "cost 349 and go on sale in April."
    )
    assert [c.quote for c in Read(nlp, text).claims] == ["it will cost 349 and go on sale in April."]


def test_reports_nobody_is_named_for_assert_their_content(nlp: Language) -> None:
    assert said(nlp, "There were reports that the minister had resigned.") == [("reports", "asserts")]


def test_reports_taken_up_by_a_speaker_are_the_speakers_target(nlp: Language) -> None:
    assert said(nlp, "The minister denied reports that he had resigned.") == [("The minister", "denies")]
    # Reports with an owner are that owner's, not a faceless claim of their own.
    assert said(nlp, "The newspaper's reports that the minister had resigned caused a stir.") == []


def test_a_speech_clause_before_the_verb_is_not_relayed_by_it(nlp: Language) -> None:
    found = said(
        nlp,
        "Anonymous sources have said a car bomb was used; however other reports have suggested the "
        "explosives were placed in a building.",
    )
    assert ("other reports", "asserts") in found
    assert ("Anonymous sources", "asserts") in found


def test_an_outlet_reporting_what_someone_said_is_still_a_relay(nlp: Language) -> None:
    r = Read(nlp, "The Post reported that officials said the bridge had been closed.")
    assert [c.claimant for c in r.claims] == ["officials"]


# --- describing, estimating, attesting, accusing ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Interior Minister Omar Haddad called the attacks an "ugly act of terrorism".',
        "Supporters of the mayor see the army as being responsible for the attack.",
        'The State Department has dubbed the movement "Orange Spring."',
    ],
)
def test_describing_an_object_as_something_asserts_it(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert [c.stance for c in r.claims] == ["asserts"]


@pytest.mark.parametrize(
    "text",
    [
        "The union called on the government to resign.",
        "She saw the car in the street.",
        "The mayor did not describe the plan as a failure.",
        "The company describes itself as a charity.",
    ],
)
def test_describing_without_a_complement_or_negated_asserts_nothing(nlp: Language, text: str) -> None:
    assert Read(nlp, text).claims == []


def test_describing_as_false_is_still_a_denial(nlp: Language) -> None:
    assert said(nlp, "The ministry called the reports completely false.") == [("The ministry", "denies")]


def test_a_verbless_report_of_figures_is_a_claim(nlp: Language) -> None:
    r = Read(nlp, "Channel Nine now reports the death toll as 965 dead and 465 injured.")
    assert [(c.claimant, c.stance) for c in r.claims] == [("Channel Nine", "asserts")]
    assert "965 dead" in r.claims[0].quote


def test_a_report_of_nothing_in_particular_is_no_claim(nlp: Language) -> None:
    assert Read(nlp, "The ministry reports the figures every week.").claims == []


def test_an_owners_estimate_of_a_figure_is_its_claim(nlp: Language) -> None:
    r = Read(nlp, "If the police estimate of one million participants is correct, the rally was huge.")
    assert [(c.claimant, c.stance) for c in r.claims] == [("police", "asserts")]


@pytest.mark.parametrize(
    "text",
    [
        "If the estimate of one million participants is correct, the rally was huge.",  # nobody's
        "The police estimate was revised on Monday.",  # no figure
        "The police count the ballots by hand.",  # a verb, not an estimate
    ],
)
def test_no_estimate_claim_without_owner_and_figure(nlp: Language, text: str) -> None:
    assert Read(nlp, text).claims == []


def test_attesting_to_something_asserts_it(nlp: Language) -> None:
    r = Read(
        nlp,
        "Former engineer Paul Ortiz supervised work on the dam in 1987, and attested to the presence of "
        "cracks in an affidavit.",
    )
    assert [(r.entity(c), c.stance) for c in r.claims] == [("Paul Ortiz", "asserts")]


def test_accusing_someone_of_something_alleges_it(nlp: Language) -> None:
    assert said(nlp, "Local editors have accused the charity of being a scam.") == [
        ("Local editors", "asserts")
    ]
    r = Read(nlp, "The charity, which volunteer editors have accused of being a scam, closed its site.")
    assert [(c.claimant, c.stance) for c in r.claims] == [("volunteer editors", "asserts")]


def test_no_accusation_is_no_claim(nlp: Language) -> None:
    assert Read(nlp, "The senator did not accuse anyone.").claims == []
    assert Read(nlp, "The charity was accused.").claims == []


def test_emphatic_did_allege_is_an_allegation(nlp: Language) -> None:
    # The parser hangs the subject on the emphatic "did".
    found = said(
        nlp, "Egypt's Interior Minister Karim Nasser did allege that the statements were correct, however."
    )
    assert found == [("Egypt's Interior Minister Karim Nasser", "asserts")]
    assert Read(nlp, "The minister did not allege that the statements were correct.").claims == []


# --- refusing, denying, several claims by one speaker -----------------------------------------------


def test_ignoring_questions_is_declining_to_comment(nlp: Language) -> None:
    r = Read(nlp, 'A "Laetitia" responded, ignoring a detailed list of questions about the damage.')
    assert [(c.claimant, c.stance) for c in r.claims] == [("Laetitia", "declines_to_comment")]


def test_ignoring_anything_but_questions_is_no_claim(nlp: Language) -> None:
    assert Read(nlp, "The driver ignored two warnings from the coast guard.").claims == []


def test_each_sentence_of_a_quote_closed_by_its_speaker_is_a_claim(nlp: Language) -> None:
    r = Read(
        nlp,
        '"Activities of the group have been reported to the authorities. Their activities are illegal. '
        'Yes, we are taking action," said Laetitia.',
    )
    assert [c.stance for c in r.claims] == ["asserts", "asserts", "asserts"]
    assert {c.claimant for c in r.claims} == {"Laetitia"}
    assert "Their activities are illegal" in r.claims[1].quote


def test_a_quote_with_no_speaker_in_its_paragraph_is_nobodys(nlp: Language) -> None:
    r = Read(
        nlp,
        '"The filters were replaced last year. The plant is safe."\n\nThe weather was fine, the agency said.',
    )
    assert [c.claimant for c in r.claims] == ["the agency"]


def test_without_ever_having_done_it_is_a_denial_beside_the_assertion(nlp: Language) -> None:
    r = Read(
        nlp,
        '"The deal went through without us ever meeting the buyer," explained Anna Berg.',
    )
    stances = sorted((r.entity(c), c.stance) for c in r.claims)
    assert stances == [("Anna Berg", "asserts"), ("Anna Berg", "denies")]
    denial = next(c for c in r.claims if c.stance == "denies")
    assert r.proposition(denial).predicate == "meet"


def test_without_and_no_ever_is_no_denial(nlp: Language) -> None:
    r = Read(nlp, '"The deal went through without meeting the buyer," explained Anna Berg.')
    assert [c.stance for c in r.claims] == ["asserts"]


def _parsed(nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_name_read_as_the_verbs_modifier_is_its_subject(nlp: Language) -> None:
    # "Unseen states that it ended.", parsed the way the model reads an adjective-like name.
    words = ["Unseen", "states", "that", "it", "ended", "."]
    heads, deps = [1, 1, 4, 4, 1, 1], ["amod", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    pos = ["ADJ", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos)
    named = [
        EntityGroup(
            name="Unseen",
            type="ORG",
            aliases=["Unseen"],
            mentions=[Mention(start=0, end=6, text="Unseen", sentence=0)],
        )
    ]
    found = verb_speaker(doc[1], build_index(doc, named, []))
    assert found is not None and found.i == 0
    # An adjective that names nobody is no subject.
    assert verb_speaker(doc[1], build_index(doc, [], [])) is None


def test_a_quoted_name_is_no_quote_of_a_refusal(nlp: Language) -> None:
    r = Read(nlp, 'A "Marta" responded, ignoring a detailed list of questions about the damage.')
    assert r.only().quote == 'A "Marta" responded, ignoring a detailed list of questions about the damage.'


# --- a reversal of earlier reports ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said three people had died, correcting reports that five had been killed.",
        "Rescuers said that two climbers were found dead, reversing reports hours earlier that both"
        " had been found alive.",
    ],
)
def test_reversing_reports_denies_what_they_reported(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    speaker = r.claims[0].claimant
    reported = [c for c in r.claims if c.claimant.startswith("reports")]
    denied = [c for c in r.claims if c.claimant == speaker and c.stance == "denies"]
    assert [c.stance for c in reported] == ["asserts"]
    assert len(denied) == 1 and denied[0].quote == reported[0].quote
    assert "found alive" in denied[0].quote or "five had been killed" in denied[0].quote


@pytest.mark.parametrize(
    "text",
    [
        "The board said it was reversing its decision that the plant would close.",
        "The company said it reversed course after the vote.",
        "The lawyer said the court reversed the ruling that the contract was void.",
        "The governor said the road would reopen, reversing his statement that it was closed.",
        "The company said it was correcting the figures that it had published.",
    ],
)
def test_reversing_a_decision_a_course_or_ones_own_statement_denies_no_report(
    nlp: Language, text: str
) -> None:
    assert "denies" not in [stance for _, stance in said(nlp, text)]


def test_a_participle_reversing_reports_speaks_for_the_speaker_not_the_clauses_subject(
    nlp: Language,
) -> None:
    r = Read(
        nlp, "The agency said the vessel had sunk, contradicting earlier reports that it was still afloat."
    )
    assert [(c.claimant, c.stance) for c in r.claims] == [
        ("The agency", "asserts"),
        ("earlier reports", "asserts"),
        ("The agency", "denies"),
    ]
    assert r.claims[2].quote.startswith("that it was still afloat")


def test_reversed_claims_are_their_owners(nlp: Language) -> None:
    # "her family's claims": the family made them, and stands on the asserting side.
    r = Read(nlp, "Police said the student drowned, contradicting her family's claims that she was murdered.")
    assert [(c.claimant, c.stance) for c in r.claims] == [
        ("Police", "asserts"),
        ("her family", "asserts"),
        ("Police", "denies"),
    ]


def test_reversed_reports_are_named_with_when_they_came(nlp: Language) -> None:
    r = Read(
        nlp,
        "Rescuers said that two climbers were found dead, reversing reports hours earlier that both"
        " had been found alive.",
    )
    assert [c.claimant for c in r.claims if c.claimant.startswith("reports")] == ["reports hours earlier"]


# --- an officer speaks for the organisation named beside them ----------------------------------


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Jane Doe, chief executive of Acme Corp, said the plant would close on Monday.", "Acme Corp"),
        (
            "Mary Poe, a spokeswoman for Zeta Industries, denied that the firm had been sold.",
            "Zeta Industries",
        ),
        ("Tom Moe, the Zeta Industries chairman, said the merger was off.", "Zeta Industries"),
    ],
)
def test_an_officer_speaks_for_the_organisation_named_beside_them(
    nlp: Language, text: str, organisation: str
) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert claim.speaks_for is not None and r.groups[claim.speaks_for].name == organisation


def test_an_officer_speaks_for_the_organisation_in_later_sentences_too(nlp: Language) -> None:
    a = analyse.analyse(
        "The workers were told of the closure by Jane Doe, chief executive of Acme Corp, on Friday."
        " Doe said the plant had been sold.",
        date(2024, 3, 1),
        nlp,
    )
    said = [c for c in a.claims if c.claimant == "Doe"]
    assert said and all(
        c.speaks_for is not None and a.entities[c.speaks_for].name == "Acme Corp" for c in said
    )


@pytest.mark.parametrize(
    "text",
    [
        "US President Bill Stone said the talks would resume.",  # a country is no employer here
        "Tom Moe, a friend of the Acme Corp founder, said the merger was off.",  # no office of his
        "Jane Doe said the plant would close. Acme Corp later confirmed that it would.",  # two sources
        "Jane Doe, a former director of Acme Corp, said the plant would close.",  # no longer
    ],
)
def test_no_office_named_speaks_for_nobody(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    people = [c for c in r.claims if r.entity(c) != "Acme Corp"]
    assert people and all(c.speaks_for is None for c in people)


# --- blaming a report on an error denies it ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mayor blamed the report on a clerical error.",
        "The ministry attributed the reports to a misunderstanding.",
        'The firm blamed the story on "faulty data".',
    ],
)
def test_blaming_a_report_on_an_error_denies_it(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert [c.stance for c in r.claims] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor blamed the crash on the weather.",  # a cause, not a denial
        "The mayor blamed the report on the opposition.",  # who is behind it, not that it is wrong
        "The mayor did not blame the report on an error.",
    ],
)
def test_blaming_something_else_or_on_something_else_denies_nothing(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    assert not [c for c in r.claims if c.stance == "denies"]


def test_blaming_the_reversal_on_an_error_denies_what_was_reversed(nlp: Language) -> None:
    r = Read(
        nlp,
        "Rescuers said that two climbers were found dead, reversing reports hours earlier that both"
        " had been found alive. The guide blamed the reversal on wrong data.",
    )
    reported = next(c for c in r.claims if c.claimant.startswith("reports"))
    guide = [c for c in r.claims if c.claimant == "The guide"]
    assert [c.stance for c in guide] == ["denies"]
    assert guide[0].quote == reported.quote


# --- an excuse of error answers a charge of deceit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "excuser", "deceit"),
    [
        (
            "Relatives of the climbers said that Anton Kessler, the chief executive of Alpcorp, had lied to"
            " them. Kessler blamed the reversal on a miscommunication.",
            "Anton Kessler",
            "lie",
        ),
        (
            "Relatives said that Anton Kessler had misled them about the rescue. Kessler blamed the report"
            " on bad information.",
            "Anton Kessler",
            "mislead",
        ),
        # The organisation the accused holds an office in answers for him.
        (
            "Relatives said that Anton Kessler, the chief executive of Alpcorp, had lied to them. Alpcorp"
            " blamed the report on a clerical error.",
            "Alpcorp",
            "lie",
        ),
    ],
)
def test_an_excuse_of_error_denies_the_charge_of_deceit(
    nlp: Language, text: str, excuser: str, deceit: str
) -> None:
    r = Read(nlp, text)
    charge = next(c for c in r.claims if c.stance == "asserts")
    answers = [c for c in r.claims if c.statement == charge.statement and c is not charge]
    assert [(r.entity(c), c.stance, r.proposition(c).predicate) for c in answers] == [
        (excuser, "denies", deceit)
    ]
    assert "blamed the re" in answers[0].quote  # the excuse in full, not its quoted words


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's excuse is no answer of the one charged.
        "Relatives said that Anton Kessler had lied to them. The union leader Mara Holt blamed the report on"
        " a clerical error.",
        # A fraud is no mistake one can plead.
        "Relatives said that Anton Kessler had defrauded them. Kessler blamed the report on a clerical error.",
        # "lay", "lain" are lying down, not lying.
        "Witnesses said that Anton Kessler lay injured on the slope for hours. Kessler blamed the report on a"
        " clerical error.",
        # The maker's own words are no charge against him.
        "Kessler said that Anton Kessler had lied. Kessler blamed the report on a clerical error.",
    ],
)
def test_an_excuse_answers_no_other_charge(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    charged = {c.statement for c in r.claims if c.stance == "asserts"}
    assert not [c for c in r.claims if c.stance == "denies" and c.statement in charged]


# --- claimants that are no one -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mayor's office referred questions to the Harbor Authority which, in turn, declined to"
            " comment on the case.",
            "Harbor Authority",
        ),
        (
            "The account has been disputed by the Daily Courier, however, who said the vehicle was a"
            " cement mixer.",
            "Daily Courier",
        ),
    ],
)
def test_a_relative_pronoun_speaks_for_the_noun_it_takes_up(nlp: Language, text: str, speaker: str) -> None:
    r = Read(nlp, text)
    assert r.claims and all(speaker in c.claimant for c in r.claims)
    assert not [c for c in r.claims if c.claimant.lower() in ("which", "who", "that")]


@pytest.mark.parametrize(
    "text",
    [
        "No one ever claimed that the plan was perfect or that it would end the crisis.",
        "Nobody denied that the minister had resigned.",
        "No official said the talks had failed.",
        "None of the witnesses said that the driver was drunk.",
    ],
)
def test_a_speaker_who_is_nobody_makes_no_claim(nlp: Language, text: str) -> None:
    assert Read(nlp, text).claims == []


def test_a_number_the_parse_made_a_speaker_is_no_claimant(nlp: Language) -> None:
    r = Read(nlp, "Of the 300 workers asked, 120 said they would leave. 2015 said the plant had closed.")
    assert [c.claimant for c in r.claims] == []


# --- two of a kind: "the two leaders", "both countries" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        (
            "Ann Lee met Bob Roe in Paris on Monday. The two leaders denied reports of a rift.",
            [("Ann Lee", "denies"), ("Bob Roe", "denies")],
        ),
        (
            "Ann Lee met Bob Roe in Paris on Monday. Both men said the talks went well.",
            [("Ann Lee", "asserts"), ("Bob Roe", "asserts")],
        ),
        (
            "A paper said Ann Lee met Bob Roe in secret. Both have rejected the report. In a joint "
            'statement they said: "This meeting never happened."',
            [
                ("A paper", "asserts"),
                ("Ann Lee", "denies"),
                ("Bob Roe", "denies"),
                ("Ann Lee", "denies"),
                ("Bob Roe", "denies"),
            ],
        ),
        (
            "A paper said Orvant Group and Zorbix Ltd had agreed a merger. Both denied the report.",
            [("A paper", "asserts"), ("Orvant Group", "denies"), ("Zorbix Ltd", "denies")],
        ),
        (
            "Several nations refused to sign the accord, among them Xland, in particular Zorbia and Blandia."
            " The governments of both countries argue that signing would cause a decline in trade.",
            [("Zorbia", "asserts"), ("Blandia", "asserts")],
        ),
    ],
)
def test_two_of_a_kind_speak_as_the_two_named_before(
    nlp: Language, text: str, claimants: list[tuple[str, str]]
) -> None:
    assert said(nlp, text) == claimants


@pytest.mark.parametrize(
    "text",
    [
        # Three people named: which two is not said.
        "Ann Lee, Bob Roe and Carl Moe met on Monday. The two men denied reports of a rift.",
        # Only one named before.
        "Ann Lee met reporters on Monday. The two leaders denied reports of a rift.",
        # Two brought in, not two named before: "two officials said".
        "Ann Lee met Bob Roe in Paris on Monday. The talks failed, two officials said.",
    ],
)
def test_two_of_a_kind_with_no_clear_pair_speak_as_written(nlp: Language, text: str) -> None:
    expected = next(
        name
        for name in ("The two men", "The two leaders", "two officials")
        if name.casefold() in text.casefold()
    )
    assert [name for name, _ in said(nlp, text)] == [expected]


def test_both_stands_for_the_latest_pair_named_together_across_a_heading(nlp: Language) -> None:
    text = (
        "The Ledger reported that Ann Lee and Bob Roe met in secret. The paper cited a driver, Carl "
        "Moe. It said they talked for hours.\n\nWHAT DO THE POLITICIANS SAY?\n\nBoth have flatly "
        "rejected the report."
    )
    assert [name for name, stance in said(nlp, text) if stance == "denies"] == ["Ann Lee", "Bob Roe"]


def test_they_after_another_subject_than_both_speaks_as_written(nlp: Language) -> None:
    text = "Ann Lee met Bob Roe on Monday. Police arrested two men later. They said the men had been armed."
    assert [name for name, _ in said(nlp, text)] == ["They"]


# --- a speech verb in a relative clause ------------------------------------------------------------


def test_a_relative_speech_verb_reports_the_clause_the_parser_hung_on_the_main_verb(nlp: Language) -> None:
    read = Read(
        nlp,
        "The Delvan Council has announced that the Zorbix Accord, which its signatories claim will cut"
        " emissions and save forests, will take effect on February 16, 2025.",
    )
    claims = [(c.claimant, c.quote) for c in read.claims]
    assert any(
        name == "signatories of the Zorbix Accord" and "will cut emissions" in quote for name, quote in claims
    )
    council = [quote for name, quote in claims if name == "The Delvan Council"]
    assert council and not any("cut emissions" in quote for quote in council), claims


def test_both_before_joint_speakers_is_no_part_of_a_name(nlp: Language) -> None:
    assert said(nlp, "Both Zorbix and the ministry said the plant had closed.") == [
        ("Zorbix", "asserts"),
        ("the ministry", "asserts"),
    ]


# --- owning a deed: "claimed responsibility for the bombing" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant", "predicate"),
    [
        (
            "The Northern Front claimed responsibility for the bombing on its website.",
            "Northern Front",
            "bomb",
        ),
        ("Police said the Western Brigade had claimed credit for the blast.", "Western Brigade", "blast"),
    ],
)
def test_claiming_responsibility_asserts_the_deed(
    nlp: Language, text: str, claimant: str, predicate: str
) -> None:
    # The mirror of "denied responsibility for the bombing", which denies the bombing.
    r = Read(nlp, text)
    claim = r.only()
    assert (r.entity(claim), claim.stance) == (claimant, "asserts")
    assert r.proposition(claim).predicate == predicate


def test_owning_and_disowning_one_deed_take_opposite_sides(nlp: Language) -> None:
    r = Read(
        nlp,
        "The Northern Front claimed responsibility for the bombing. "
        "The Western Brigade denied responsibility for the bombing.",
    )
    assert [(r.entity(c), c.stance, r.proposition(c).predicate) for c in r.claims] == [
        ("Northern Front", "asserts", "bomb"),
        ("Western Brigade", "denies", "bomb"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the attack.",
        "The rebels have not claimed responsibility for the attack.",
        "The council urged the firm to take responsibility for the spill.",
        "The firm will accept responsibility for the spill.",
        "The shop accepts credit.",
        "The minister refused to accept responsibility for the failure.",
    ],
)
def test_owning_nothing_or_not_yet_claims_nothing(nlp: Language, text: str) -> None:
    assert [c for c in Read(nlp, text).claims if c.stance == "asserts"] == []


def test_a_group_named_in_an_apposition_on_the_object_is_the_claimant(nlp: Language) -> None:
    # The parser hangs "an organisation called X" on "responsibility"; the organisation is the group.
    r = Read(
        nlp, "Only one group has claimed responsibility, a little-known organisation called the Dawn Front."
    )
    assert [(c.claimant, c.stance) for c in r.claims] == [("Dawn Front", "asserts")]
    # An apposition that is no organisation word stays the object's.
    assert said(nlp, "A group attacked the convoy, a company of soldiers.") == []


# --- who is on record: times, authors, fuller descriptions, closing attributions -------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # A time the parser hangs on the speaker says when it spoke, not who.
        ("The government on Thursday denied reports that the minister had resigned.", "The government"),
        ("The ministry on Friday said the toll had risen to 40.", "The ministry"),
        # A place beside the speaker is part of who it is.
        ("Police in the capital on Monday said four men had been arrested.", "Police in the capital"),
    ],
)
def test_a_time_beside_the_speaker_is_not_its_name(nlp: Language, text: str, claimant: str) -> None:
    assert [c.claimant for c in Read(nlp, text).claims] == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "A report by Amnesty International said at least 40 protesters were killed.",
        "A report published by Amnesty International on Monday said at least 40 protesters were killed.",
        "According to a report by Amnesty International, at least 40 protesters were killed.",
        "At least 40 protesters were killed, according to a report released on Monday by Amnesty International.",
    ],
)
def test_a_texts_author_is_on_record_for_it(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert (r.entity(claim), claim.stance) == ("Amnesty International", "asserts")
    assert claim.quote.rstrip(".").casefold() == "at least 40 protesters were killed"


def test_a_report_with_no_author_named_speaks_as_a_report(nlp: Language) -> None:
    # "commissioned by" names who asked for it, not who wrote it.
    assert said(nlp, "A report commissioned by the council said the bridge was unsafe.") == [
        ("A report", "asserts")
    ]


def test_an_attribution_closing_the_sentence_leaves_no_stray_punctuation(nlp: Language) -> None:
    r = Read(nlp, "Hackers stole the data of 2 million customers, according to the firm Cyberwatch.")
    assert r.only().quote == "Hackers stole the data of 2 million customers"


def test_the_bare_noun_is_the_source_the_article_described_more_fully(nlp: Language) -> None:
    r = Read(
        nlp,
        "Hospital officials said 61 people had died, double the figure of the national disaster agency. "
        "The agency has said 34 people died.",
    )
    assert [c.claimant for c in r.claims] == ["Hospital officials", "the national disaster agency"]
    # With no fuller description earlier, the noun speaks as written.
    assert said(nlp, "The agency has said 34 people died.") == [("The agency", "asserts")]


def test_a_statement_by_an_organisation_described_before_is_its_word(nlp: Language) -> None:
    r = Read(
        nlp,
        "Kessland's defence ministry denied launching any drones. "
        '"No drones were launched by our forces," a ministry statement said.',
    )
    assert [c.claimant for c in r.claims] == ["Kessland's defence ministry", "Kessland's defence ministry"]
    # With no such organisation before it, the statement speaks as written.
    assert said(nlp, "A company statement said the plant would close.") == [
        ("A company statement", "asserts")
    ]


@pytest.mark.parametrize(
    ("text", "claimant", "quote"),
    [
        # The parser hangs "newspapers" on "resigned" and "reported" on "newspapers".
        (
            "Interior Minister Tomas Hedlund has resigned following the escape of three inmates from the "
            "Kroll high-security prison, several newspapers reported on Wednesday, citing sources in the "
            "ruling party.",
            "several newspapers",
            "Interior Minister Tomas Hedlund has resigned following the escape of three inmates from the "
            "Kroll high-security prison",
        ),
        # With an apposition beside the name: the name speaks.
        (
            "Mr Lund had fractured both of his ankles and had surgery in Varna in the middle of September "
            "to treat them, the Varna Daily, the country's largest newspaper, reported on Tuesday, citing "
            "an unnamed source.",
            "Varna Daily",
            "Mr Lund had fractured both of his ankles and had surgery in Varna in the middle of September "
            "to treat them",
        ),
    ],
)
def test_a_closing_attribution_read_as_a_participle_still_attributes(
    nlp: Language, text: str, claimant: str, quote: str
) -> None:
    claims = Read(nlp, text).claims
    assert [(c.claimant, c.stance, c.quote) for c in claims] == [(claimant, "asserts", quote)]


@pytest.mark.parametrize(
    "text",
    [
        # The parser reads these as the misparsed closing attribution above, but the participle is
        # passive ("reported by" the office) or hangs on a happening (a decision says nothing).
        "Prices rose sharply across the country last month, the increase reported by the statistics "
        "office on Friday.",
        "The minister resigned after a long and bitter dispute with the party leadership, the decision "
        "announced late on Friday.",
    ],
)
def test_a_passive_participle_or_one_on_a_happening_is_no_closing_attribution(
    nlp: Language, text: str
) -> None:
    claimants = [c.claimant for c in Read(nlp, text).claims]
    assert "the increase" not in claimants and "the decision" not in claimants


@pytest.mark.parametrize(
    ("text", "claimant", "entity"),
    [
        # The parser makes the name a second subject of "said"; it only finishes the office's
        # phrase, and the office, not the mayor, speaks.
        (
            "The office of Marisport mayor Tomas Kerr said on Monday that his aide had not been arrested.",
            "The office of Marisport mayor Tomas Kerr",
            None,
        ),
        # The same with a noun the tagger took for an adjective ("trawler"): the owner speaks.
        (
            "The owner of the trawler Grey Heron said on Monday that the vessel had not sunk.",
            "The owner of the trawler Grey Heron",
            None,
        ),
        # The mayor himself, and a spokesman the parser reads whole, as before.
        (
            "Marisport mayor Tomas Kerr said on Monday that his aide had not been arrested.",
            "Marisport mayor Tomas Kerr",
            "Tomas Kerr",
        ),
        (
            "A spokesman for Interior Minister Hugo Sorell said the minister had not resigned.",
            "A spokesman for Interior Minister Hugo Sorell",
            None,
        ),
    ],
)
def test_a_name_finishing_a_speakers_phrase_does_not_speak_for_it(
    nlp: Language, text: str, claimant: str, entity: str | None
) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert (claim.claimant, r.entity(claim)) == (claimant, entity)


def test_a_speaker_taken_up_by_it_in_its_own_words_declines_itself(nlp: Language) -> None:
    # "said it would not comment": the pronoun is the speaker, named as the text names it.
    assert said(nlp, "The ministry said it would not comment.") == [("The ministry", "declines_to_comment")]
    r = Read(
        nlp,
        "The bus company, Alpen Tours, said it was cooperating with investigators and did not comment further.",
    )
    assert [(c.claimant, c.stance) for c in r.claims] == [
        ("Alpen Tours", "asserts"),
        ("Alpen Tours", "declines_to_comment"),
    ]
    # The name beside the speaker, not an organisation a sentence before, is what "it" takes up.
    r = Read(
        nlp,
        "The Interior Ministry did not respond on Monday. "
        "The airport operator, Aerovia Sur, said it did not comment on security matters.",
    )
    assert [c.claimant for c in r.claims] == ["The Interior Ministry", "Aerovia Sur"]


def test_a_ministry_is_not_the_company_named_before(nlp: Language) -> None:
    r = Read(
        nlp,
        "The bus company, Alpen Tours, said it was cooperating with investigators. "
        "The ministry said the roads were closed.",
    )
    assert [c.claimant for c in r.claims] == ["Alpen Tours", "The ministry"]


def test_a_described_agency_is_not_the_organisation_named_before(nlp: Language) -> None:
    # "the agency" alone points back; "the anti-doping agency" is a body of its own.
    r = Read(nlp, "Northgate rejected the report. The anti-doping agency said it does not comment on cases.")
    assert [(c.claimant, c.stance) for c in r.claims] == [
        ("Northgate", "denies"),
        ("The anti-doping agency", "declines_to_comment"),
    ]
    r = Read(nlp, "Northgate rejected the report. The club said it does not comment on cases.")
    assert [(c.claimant, c.stance) for c in r.claims][-1] == ("Northgate", "declines_to_comment")


def test_a_news_agency_still_points_back_at_the_outlet(nlp: Language) -> None:
    r = Read(nlp, "According to Xinhua, the talks failed. The news agency said the ministers left early.")
    assert [c.claimant for c in r.claims] == ["Xinhua", "Xinhua"]


def test_a_closing_attribution_hung_on_the_clause_it_reports(nlp: Language) -> None:
    # "..., the Courier reported on Tuesday, citing two people": the parser makes "reported" an
    # adverbial clause of "failed"; the Courier reports the clause before the comma.
    r = Read(
        nlp,
        "Striker Dario Pell failed a drug test after the cup final in June, the Evening Courier "
        "reported on Tuesday, citing two people at the national anti-doping agency.",
    )
    claim = r.only()
    assert (claim.claimant, claim.stance) == ("Evening Courier", "asserts")
    assert claim.quote == "Striker Dario Pell failed a drug test after the cup final in June"
    assert r.proposition(claim).predicate == "fail"


def test_a_clause_with_a_conjunction_is_no_closing_attribution(nlp: Language) -> None:
    r = Read(nlp, "The talks collapsed on Monday, when officials said no deal was possible.")
    assert [(c.claimant, c.quote) for c in r.claims] == [("officials", "no deal was possible")]


def test_a_rival_speakers_words_end_what_the_first_said(nlp: Language) -> None:
    r = Read(
        nlp,
        "Police said 25,000 people took part in the march, while unions said the crowd was more than 100,000.",
    )
    assert [(c.claimant, c.quote) for c in r.claims] == [
        ("Police", "25,000 people took part in the march"),
        ("unions", "the crowd was more than 100,000"),
    ]
    # "while he said": the same speaker may go on; the words are left whole.
    r = Read(nlp, "Police said the march was peaceful, while he said it was loud.")
    assert r.claims[0].quote.endswith("while he said it was loud")


@pytest.mark.parametrize(
    ("text", "opening", "predicates"),
    [
        (
            "Governor Ana Ruiz met the developer Tomas Keller twice in August, weeks before his company "
            "won a contract to rebuild the harbour, according to documents seen by the paper.",
            "Governor Ana Ruiz met the developer Tomas Keller twice in August",
            ("meet",),
        ),
        # "..., putting 1,800 jobs at risk, according to a document": the plan is what it shows
        (
            "Almar Motors plans to close its engine plant in Lenby by the end of 2026, putting about "
            "1,800 jobs at risk, according to an internal company document.",
            "Almar Motors plans to close its engine plant",
            ("plan", "close"),
        ),
        # "will unveil A and price it at B, according to slides": both deeds are what they show
        (
            "Hollin Devices will unveil its first foldable phone, called the Hollin Fold, on Thursday, "
            "September 17, and price it at 1,499 korvels, according to internal slides seen by a site.",
            "Hollin Devices will unveil its first foldable phone",
            ("unveil",),
        ),
        # a deed with a tense of its own that the parser joined to a clause about something else
        (
            'Ada Vell, the singer whose 1983 ballad "Harbour Lights" topped the charts in six '
            "countries, has died at the age of 67, according to a report by a celebrity website.",
            "has died at the age of 67",
            ("die",),
        ),
    ],
)
def test_a_closing_according_to_vouches_for_the_whole_sentence(
    nlp: Language, text: str, opening: str, predicates: tuple[str, ...]
) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert claim.quote.startswith(opening)
    assert r.proposition(claim).predicate in predicates


def test_a_closing_speaker_read_as_an_apposition_and_a_second_verb(nlp: Language) -> None:
    # The parser hangs "a security researcher, Ines Moller" on "Telvo" and "said" on "stole".
    r = Read(
        nlp,
        "Hackers stole the personal data of about 2 million customers of the operator Telvo, "
        "a security researcher, Ines Moller, said on Wednesday.",
    )
    claim = r.only()
    assert (claim.claimant, r.entity(claim)) == ("Ines Moller", "Ines Moller")
    assert claim.quote.endswith("customers of the operator Telvo")
    # A second act of the clause's own subject is no closing attribution.
    r = Read(nlp, "The rebels seized the town and said they would hold it.")
    assert [(c.claimant, c.quote) for c in r.claims] == [("The rebels", "they would hold it")]
    # An "and" that joins a second clause before the comma leaves the speaker closing both.
    r = Read(
        nlp,
        "The Greys are still together and are recording a new album, the band's manager, Tom Reyes,"
        " said on Tuesday.",
    )
    claim = r.only()
    assert (claim.claimant, claim.quote) == (
        "Tom Reyes",
        "The Greys are still together and are recording a new album",
    )


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # the title read as the clause's object, the name as its apposition, "said" as a second verb
        (
            "Kestrel Bank will close 40 branches next year, the bank's chief executive, Ada Lorne, said on Monday.",
            "Ada Lorne",
        ),
        # a second verb with a subject of its own after the comma, and who was told
        (
            "Kestrel Bank will close 40 branches next year, the bank's chief executive, Ada Lorne, told staff on Monday.",
            "Ada Lorne",
        ),
        (
            "Kestrel Bank will close 40 branches next year, the bank's chief executive told staff on Monday.",
            None,
        ),
    ],
)
def test_a_closing_speaker_with_a_title_ends_the_reported_words_before_the_title(
    nlp: Language, text: str, claimant: str | None
) -> None:
    r = Read(nlp, text)
    claim = r.only()
    assert claim.quote == "Kestrel Bank will close 40 branches next year"
    assert r.entity(claim) == claimant


def test_a_closing_speech_verb_read_as_a_parenthetical(nlp: Language) -> None:
    r = Read(
        nlp,
        "More than 60 people were treated for injuries after a stand collapsed at the ground on Friday, "
        "hospital staff said, far more than officials reported.",
    )
    claim = next(c for c in r.claims if c.claimant == "hospital staff")
    assert (
        claim.quote
        == "More than 60 people were treated for injuries after a stand collapsed at the ground on Friday"
    )


def test_a_closing_speech_verb_hung_on_what_it_reports_as_its_clause(nlp: Language) -> None:
    # The parser makes "reported" a complement of "agreed".
    r = Read(
        nlp,
        "Velta FC have agreed a fee with Porto Azul for the midfielder Ruben Cal, the Spanish newspaper "
        "Marca Diaria reported on Monday.",
    )
    claim = r.only()
    assert (claim.claimant, r.entity(claim)) == ("Marca Diaria", "Marca Diaria")
    assert claim.quote == "Velta FC have agreed a fee with Porto Azul for the midfielder Ruben Cal"
    # Not a complement with no comma before its subject: "said the paper reported" reports.
    r = Read(nlp, "Velta FC said the newspaper reported the fee on Monday.")
    assert [c.claimant for c in r.claims] == ["Velta FC"]


def test_a_title_and_a_name_after_a_closing_quote_speak(nlp: Language) -> None:
    r = Read(nlp, '"There is no agreement with Porto Azul," the club\'s sporting director, Nils Hart, said.')
    claim = r.only()
    assert (claim.claimant, r.entity(claim)) == ("Nils Hart", "Nils Hart")
    assert claim.quote == "There is no agreement with Porto Azul"


def test_a_participle_before_a_closing_teller_is_the_subjects_and_both_are_claims(nlp: Language) -> None:
    # Ostria accuses; the broadcaster reports the expulsion (and its claim is about the expulsion,
    # not the sentence); the accusation quotes its own phrase.
    r = Read(
        nlp,
        "Ostria expelled four diplomats on Sunday, accusing them of spying, the state broadcaster OTV reported.",
    )
    found = {(c.claimant, c.quote) for c in r.claims}
    assert found == {
        ("Ostria", "accusing them of spying"),
        ("the state broadcaster", "Ostria expelled four diplomats on Sunday, accusing them of spying"),
    }
    reported = next(c for c in r.claims if c.claimant == "the state broadcaster")
    assert r.proposition(reported).predicate == "expel"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A post claiming that the actor was arrested at the airport has spread rapidly online.",
            [("A post", "asserts")],
        ),
        (
            "Reports claiming that the actor was arrested at the airport have spread online.",
            [("Reports", "asserts")],
        ),
        # put out by someone: the one who put it out claims it
        (
            "The website Adobo Chronicles published an article claiming that the rapper had been "
            "barred from all future award shows.",
            [("Adobo Chronicles", "asserts")],
        ),
        # taken up by a speaker's verb, the reports are the speaker's object, not a claimant
        ("The singer denied reports claiming that she had married.", [("The singer", "denies")]),
        # a place the parser hung the participle on claims nothing
        (
            "Reuters quotes doctors at the scene saying many of the injured are in critical condition.",
            [("doctors", "asserts")],
        ),
    ],
)
def test_what_claims_through_a_participle_is_the_noun_it_qualifies(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert said(nlp, text) == expected


def test_a_claim_opening_a_wire_story_is_quoted_without_the_dateline(nlp: Language) -> None:
    text = (
        "GREYFEN, Sept 16 (TPA) - Ordania closed the border crossing with Belmarch on Tuesday "
        "morning, a local official said."
    )
    (claim,) = analyse.analyse(text, date(2025, 9, 16), nlp).claims
    assert claim.quote.startswith("Ordania closed the border crossing")


def test_a_quoted_title_is_not_the_quote_of_the_claim(nlp: Language) -> None:
    text = (
        'Novelist Ada Vell, author of the bestselling "The Salt Orchard", has died at the age of 81, '
        "a source close to the family said."
    )
    (claim,) = Read(nlp, text).claims
    assert claim.quote.startswith("Novelist Ada Vell") and claim.quote.endswith("at the age of 81")


def test_an_interrupted_quote_telling_of_speech_nobody_gave_is_the_speakers(nlp: Language) -> None:
    # "nobody would tell his family" relays nothing: both halves are the lawyer's own words.
    r = Read(
        nlp,
        '"He was picked up on Wednesday morning outside his home," Brandt said, "and for two days '
        'nobody would tell his family where he was."',
    )
    assert next((c.claimant, c.quote) for c in r.claims) == (
        "Brandt",
        "He was picked up on Wednesday morning outside his home",
    )


def test_words_quoted_here_and_there_in_running_text_are_not_joined_into_a_quote(nlp: Language) -> None:
    text = (
        'Its editor, Corinne Bask, said on Friday the paper "stands by" its reporting, and the '
        'paper\'s Saturday edition carried an item quoting "a family friend" insisting the couple '
        'would "have the last laugh".'
    )
    (claim, *_) = Read(nlp, text).claims
    assert claim.claimant == "Corinne Bask"
    assert claim.quote.startswith('the paper "stands by" its reporting')


def test_a_product_recall_is_a_deed_not_a_memory_told(nlp: Language) -> None:
    # "recalled four batches" is what the notice vouches for; "recalled that" is speech.
    text = "Halvern Pharma has recalled four batches of its tablet Corvane, according to a notice sent on Monday."
    assert said(nlp, text) == [("a notice", "asserts")]
    assert said(nlp, "The company posted a loss of 3 million, according to its filing.") == [
        ("its filing", "asserts")
    ]
    assert ("a colleague", "asserts") in said(
        nlp, "He recalled that the meeting had been tense, according to a colleague."
    )


def test_quotations_are_found_once_per_index(nlp: Language) -> None:
    doc = nlp('"It is fake," the minister said. "We deny it."')
    idx = build_index(doc, [], [])
    regions, quote_of = find_quotes(idx)
    assert [doc[lo:hi].text for lo, hi in regions] == ["It is fake,", "We deny it."]
    assert quote_of[1] == 0 and quote_of[5] == -1
    assert find_quotes(idx) is idx.quotations  # every reader asks the index, not the tokens again
