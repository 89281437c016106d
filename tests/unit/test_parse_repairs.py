"""Parses the small model gets wrong in known ways, mended (`pipeline.parse_repairs`), among them
"said that reports that X were false" read with "reports" as a verb whose subject is "that"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline import parse_repairs
from service.pipeline.nlp import load
from tests.unit.test_claims import Read


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "Ardent United said on Wednesday that reports that Mikel Soren had been sacked were untrue.",
            "reports",
        ),
        ("The ministry said that claims that its troops had entered the town were baseless.", "claims"),
        ("The company said that reports it would close the plant were false.", "reports"),
        ("Police said that rumours that the suspect had escaped were not true.", "rumours"),
    ],
)
def test_a_report_after_that_is_the_subject_of_what_is_said_of_it(
    nlp: Language, text: str, report: str
) -> None:
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ == report)
    assert (noun.pos_, noun.dep_) == ("NOUN", "nsubj")
    assert noun.head.lemma_ == "be" and noun.head.dep_ == "ccomp" and noun.head.head.lemma_ == "say"
    that = doc[noun.i - 1]
    assert (that.dep_, that.head.i) == ("mark", noun.head.i)


def test_the_mended_sentence_is_the_speakers_denial(nlp: Language) -> None:
    r = Read(
        nlp, "Ardent United said on Wednesday that reports that Mikel Soren had been sacked were untrue."
    )
    denial = next(c for c in r.claims if c.stance == "denies")
    assert r.entity(denial) == "Ardent United"
    assert r.proposition(denial).predicate == "sack"
    assert all(c.claimant != "that" for c in r.claims)


def test_a_verdict_hung_inside_the_reports_clause_is_said_of_the_report(nlp: Language) -> None:
    # The parser hung "were wrong" on "cut" and made "jobs" its subject.
    text = (
        "Brightmere Logistics said on Wednesday that reports that it would cut up to 1,800 jobs were "
        "wrong, telling unions that around 260 roles would be placed under consultation."
    )
    doc = nlp(text)
    reports, jobs, were, telling = (
        next(t for t in doc if t.lower_ == w) for w in ("reports", "jobs", "were", "telling")
    )
    assert (reports.dep_, reports.head.i) == ("nsubj", were.i)
    assert (were.dep_, were.head.lemma_) == ("ccomp", "say")
    assert (jobs.dep_, jobs.head.lemma_) == ("dobj", "cut")
    assert telling.head.i == were.i
    r = Read(nlp, text)
    denial = next(c for c in r.claims if c.stance == "denies")
    assert r.entity(denial) == "Brightmere Logistics"
    report = next(c for c in r.claims if c.claimant == "reports")
    assert report.quote == "that it would cut up to 1,800 jobs"


def test_a_verdict_inside_a_said_reports_clause_is_said_of_the_report(nlp: Language) -> None:
    # "reports" read as what was said, and "were wrong" hung on "cut" with "jobs" its subject.
    text = (
        "Brightmere Logistics on Thursday said reports that it would cut up to 1,800 jobs were wrong, "
        "telling unions that around 260 roles would be placed under consultation."
    )
    doc = nlp(text)
    reports, jobs, were = (next(t for t in doc if t.lower_ == w) for w in ("reports", "jobs", "were"))
    assert (reports.dep_, reports.head.i) == ("nsubj", were.i)
    assert (were.dep_, were.head.lemma_) == ("ccomp", "say")
    assert (jobs.dep_, jobs.head.lemma_) == ("dobj", "cut")
    r = Read(nlp, text)
    assert [(c.claimant, c.stance) for c in r.claims][:2] == [
        ("Brightmere Logistics", "denies"),
        ("reports", "asserts"),
    ]


def test_a_past_tense_read_as_an_adjective_heads_a_sentence_left_with_no_verb(nlp: Language) -> None:
    doc = nlp("The singer married footballer Anton Drevik over the weekend.")
    singer, married, footballer = doc[1], doc[2], doc[3]
    assert married.dep_ == "ROOT" and married.head.i == married.i
    assert (singer.dep_, singer.head.i) == ("nsubj", married.i)
    assert (footballer.dep_, footballer.head.i) == ("dobj", married.i)


def test_a_verb_with_a_subject_read_as_an_adjective_on_a_post_heads_its_sentence(nlp: Language) -> None:
    # "sacked manager X": the parser made the name the root, yet hung the subject on "sacked".
    doc = nlp("Rovers sacked manager Ottilie Brannagh on Sunday.")
    sacked, name, on = doc[1], doc[4], doc[5]
    assert sacked.dep_ == "ROOT" and (name.dep_, name.head.i) == ("dobj", sacked.i)
    assert on.head.i == sacked.i
    # The name made the subject of a later clause with a subject of its own: that clause is
    # the verb's adverbial.
    doc = nlp(
        "Tarvik Rovers have sacked manager Ottilie Brannagh, less than a year after she led the "
        "club to its first cup."
    )
    sacked, name, led = doc[3], doc[6], doc[14]
    assert sacked.dep_ == "ROOT" and (name.dep_, name.head.i) == ("dobj", sacked.i)
    assert (led.dep_, led.head.i) == ("advcl", sacked.i)


def test_a_participle_on_the_speaker_read_as_a_clause_said_describes_the_speaker(nlp: Language) -> None:
    doc = nlp(
        "The union leading a strike by nurses said on Tuesday that its general secretary had been "
        "arrested at her home."
    )
    union, leading, said = doc[1], doc[2], doc[7]
    assert (union.dep_, union.head.i) == ("nsubj", said.i)
    assert (leading.dep_, leading.head.i) == ("acl", union.i)


def test_nothing_read_as_what_was_said_opens_the_clause_after_it(nlp: Language) -> None:
    # "said nothing" read as silence, and "was accurate" as a second, subjectless thing said.
    doc = nlp("Mr Lang said nothing in the story was accurate.")
    nothing, in_, was = doc[3], doc[4], doc[7]
    assert (nothing.dep_, nothing.head.i) == ("nsubj", was.i)
    assert in_.head.i == nothing.i and (was.dep_, was.head.i) == ("ccomp", 2)


@pytest.mark.parametrize(
    "text",
    [
        "It is a disease that claims thousands of lives every year.",  # a verb in a relative clause
        "He said that reports are published every month.",  # already a noun
        "The club said reports that the coach had been sacked were untrue.",  # parsed right as is
        "He said reports that the plant would close had worried staff.",  # no verdict on the report
        "The retired teacher walked to the market.",  # a sentence with a verb of its own
        "He said nothing in reply.",  # silence, with no clause after it
        "Officials are examining the wreck, he said.",  # a clause said, with its auxiliary
        "She said nothing when the verdict was read.",  # a clause of its own after it
    ],
)
def test_other_shapes_are_left_as_parsed(nlp: Language, text: str) -> None:
    plain = load()
    doc = plain(text)
    with plain.select_pipes(disable=[parse_repairs.COMPONENT]):
        raw = plain(text)
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == [(t.dep_, t.head.i, t.tag_) for t in raw]


def test_a_name_after_its_noun_read_as_a_relative_clause_is_what_the_closing_speaker_said(
    nlp: Language,
) -> None:
    r = Read(
        nlp,
        "The cargo ship Ossian was attacked by armed men off the coast of Derra on Saturday, the ship's owner said.",
    )
    claim = r.only()
    assert claim.claimant == "the ship's owner"
    assert claim.quote == "The cargo ship Ossian was attacked by armed men off the coast of Derra on Saturday"
    assert r.proposition(claim).predicate_class == "attack"


def test_a_true_relative_clause_is_left_as_parsed(nlp: Language) -> None:
    text = "The ship which was attacked on Saturday was towed to port, the owner said."
    doc = load()(text)
    with load().select_pipes(disable=[parse_repairs.COMPONENT]):
        raw = load()(text)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in raw]


@pytest.mark.parametrize(
    ("text", "quote", "cls"),
    [
        (
            "Kidnappers in the Tarsen region freed two aid workers on Sunday, the charity Helping Hands said.",
            "Kidnappers in the Tarsen region freed two aid workers on Sunday",
            "freeing",
        ),
        (
            "Rebels attacked the town of Morsk on Sunday, the charity Helping Hands said on Monday.",
            "Rebels attacked the town of Morsk on Sunday",
            "attack",
        ),
    ],
)
def test_a_speaker_named_after_its_noun_read_as_a_relative_clause_closes_what_it_said(
    nlp: Language, text: str, quote: str, cls: str
) -> None:
    # The parser reads "the charity" as an adverbial of the clause and "Helping Hands said" as
    # a relative clause on it: mended, the speech verb heads the sentence.
    r = Read(nlp, text)
    claim = r.only()
    assert r.entity(claim) == "Helping Hands"
    assert claim.quote == quote
    assert r.proposition(claim).predicate_class == cls


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "reported" read as a relative clause on "paper" with "Shelf Talk" its subject, and an
        # adverbial after it ("citing two managers")
        (
            "Marrow Stores has closed its shops, the trade paper Shelf Talk reported on Monday, citing two managers.",
            "Marrow Stores has closed its shops",
            "Shelf Talk",
        ),
        # "reported" hung with no subject on a noun of the clause, the speaker apposed to "Harlan"
        (
            "The actor Jonas Brell has been cast as the lead in the remake of the thriller Harlan, the"
            " entertainment site Screen Buzz reported on Monday, citing studio sources.",
            "The actor Jonas Brell has been cast as the lead in the remake of the thriller Harlan",
            "Screen Buzz",
        ),
        # "reported" an adverbial clause of the clause, the speaker apposed to its object
        (
            "Fenwick Stores has closed all 40 of its shops, the trade paper Shelf Talk reported on Monday,"
            " citing two managers.",
            "Fenwick Stores has closed all 40 of its shops",
            "Shelf Talk",
        ),
    ],
)
def test_a_closing_outlet_the_parser_hung_inside_the_clause_reports_it(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    claim = Read(nlp, text).only()
    assert claim.quote == quote
    assert claim.claimant.endswith(speaker)


def test_a_mended_clause_ends_where_its_words_end(nlp: Language) -> None:
    # Heads set one by one leave the old head's subtree edges behind; the mended tree is rebuilt,
    # so the reported clause no longer spans the speaker.
    doc = nlp("Rebels attacked the town of Morsk on Sunday, the charity Helping Hands said.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    said = next(t for t in doc if t.lower_ == "said")
    assert (attacked.dep_, attacked.head.i, said.dep_) == ("ccomp", said.i, "ROOT")
    assert attacked.right_edge.text == "Sunday"
    assert [s.text for s in doc.sents] == [doc.text]


def test_a_closing_speaker_parsed_right_is_left_as_parsed(nlp: Language) -> None:
    text = "Rebels attacked the town of Morsk on Sunday, the group Amnesty Watch said."
    doc = load()(text)
    with load().select_pipes(disable=[parse_repairs.COMPONENT]):
        raw = load()(text)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in raw]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The Lenby Post reported on Tuesday, citing an internal presentation, that Almar intended "
            "to shut the plant by the end of 2026.",
            "that Almar intended to shut the plant by the end of 2026",
            "Lenby Post",
        ),
    ],
)
def test_a_that_clause_after_an_aside_is_what_the_speech_verb_says(
    nlp: Language, text: str, quote: str, speaker: str
) -> None:
    claims = Read(nlp, text).claims
    assert [(c.quote, c.stance) for c in claims if c.claimant.endswith(speaker)] == [(quote, "asserts")]


def test_a_denial_the_tagger_read_as_an_adjective_denies_the_report(nlp: Language) -> None:
    # "rubbished claims that ...": read as an adjective on "claims", which headed the sentence.
    read = Read(
        nlp,
        "The publicist for Renzo Albrecht-Vane on Saturday rubbished claims circulating online that "
        "the actor had been arrested at the airport.",
    )
    assert [(c.claimant, c.stance) for c in read.claims] == [
        ("The publicist for Renzo Albrecht-Vane", "denies")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Skyvale Airways on Wednesday labelled a report that one of its aircraft made an emergency "
        "landing as misleading and wrong.",
        "The ministry dismissed claims that troops had entered the town as nonsense.",
    ],
)
def test_a_verdict_the_parser_hung_inside_the_report_is_on_the_report(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


def test_a_denial_joined_inside_what_was_said_is_the_speakers_second_act(nlp: Language) -> None:
    # The parser joins "denied" to "crashed", inside what the army said: the helicopter would deny.
    read = Read(
        nlp,
        "The army said on Monday that a military helicopter crashed in the Vell hills on Sunday "
        "because of a technical fault, and denied that it had been shot down by rebels.",
    )
    assert [(c.claimant, c.stance, c.quote) for c in read.claims] == [
        (
            "The army",
            "asserts",
            "that a military helicopter crashed in the Vell hills on Sunday because of a technical fault",
        ),
        ("The army", "denies", "that it had been shot down by rebels"),
    ]


def test_a_verb_joined_inside_a_clause_with_a_subject_of_its_own_is_left_as_parsed(nlp: Language) -> None:
    read = Read(nlp, "Police said that the man fled the scene and he denied that he had a gun.")
    assert ("Police", "denies") not in [(c.claimant, c.stance) for c in read.claims]


@pytest.mark.parametrize(
    "text",
    [
        # read as one noun phrase "the report speculation", the verb's object
        "In a statement to the Tribune on Wednesday, Greyfell called the report speculation.",
        "Greyfell called the reports speculation.",
        "The minister called the report nonsense.",
    ],
)
def test_a_verdict_read_into_the_reports_noun_phrase_denies_the_report(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


def test_a_report_noun_naming_another_thing_is_left_as_parsed(nlp: Language) -> None:
    assert [c.stance for c in Read(nlp, "She called the report card excellent.").claims] == ["asserts"]


def test_a_quoted_verdict_hung_on_the_report_as_an_apposition_denies_it(nlp: Language) -> None:
    read = Read(
        nlp,
        'Foreign Minister Tea Quell called Mervant\'s version of events "a cynical lie" and said '
        "there had been no weapons depot at the site.",
    )
    assert next((c.stance, c.quote) for c in read.claims) == ("denies", "Mervant's version of events")
    # An apposition that is no verdict on a report is left as parsed.
    assert [
        c.stance for c in Read(nlp, "The mayor called the plan, a costly mistake, unnecessary.").claims
    ] == ["asserts"]


def test_a_thing_said_to_show_something_is_the_subject_of_the_verb_after_it(nlp: Language) -> None:
    text = (
        "The photograph said to show a Marrow reed warbler at Sallow Fen, a species last confirmed "
        "in 1987, has been digitally altered, the Velmoran Ornithological Society said on Thursday."
    )
    doc = nlp(text)
    said = doc[2]
    assert (said.dep_, said.head.lower_) == ("acl", "photograph")
    assert (doc[1].dep_, doc[1].head.lower_) == ("nsubjpass", "altered")
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]
    # A speaker who said something to someone is left as parsed.
    plain = nlp("The minister said to reporters that the plan had been approved.")
    assert plain[2].dep_ == "ROOT" and plain[1].head.i == 2


@pytest.mark.parametrize(
    "text",
    ['"The sighting has been debunked," said Ilka Moravec.', "The sighting was a hoax, the warden said."],
)
def test_a_sighting_called_untrue_is_denied(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


def test_a_speech_verb_joined_to_a_things_clause_is_the_speakers(nlp: Language) -> None:
    # A trial says nothing: "says" is the company's second act, whatever the missing comma.
    read = Read(
        nlp,
        "Norrick has denied that the trial has been halted and says the letter was a routine safety update.",
    )
    assert [(c.claimant, c.stance) for c in read.claims] == [("Norrick", "denies"), ("Norrick", "asserts")]
    # A person in the clause may have said it: left as parsed.
    read = Read(nlp, "The paper reported that the minister resigned and said he was tired.")
    assert [c.claimant for c in read.claims] == ["The paper", "the minister"]
