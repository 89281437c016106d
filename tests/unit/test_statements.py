"""Statements (event mentions): predicates, participants, times, polarity, counts, event ids.

Inputs are built here from spaCy's own entities (one group per name, short forms joined by their
last word) and hand-made time expressions, so these tests do not depend on the entity and time
taggers; the seed-article tests in test_claims.py go through the whole pipeline.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from service.domain import DateInfo
from service.pipeline.nlp import load
from service.pipeline.statements.events import quantities_compatible
from service.pipeline.statements.extract import extract_statements
from service.pipeline.statements.figures import parse_figure
from service.pipeline.statements.index import build_index
from service.pipeline.statements.predicates import outcome_state
from service.pipeline.statements.times import times_compatible
from service.pipeline.temporal.values import period
from service.pipeline.types import EntityGroup, Mention, Quantity, Statement, TimeExpression
from service.reconcile.events import dates_compatible

NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def sentence_of(doc: Doc, token_i: int) -> int:
    for si, s in enumerate(doc.sents):
        if s.start <= token_i < s.end:
            return si
    return -1


def groups_from_ents(doc: Doc) -> list[EntityGroup]:
    """One group per distinct name; a one-word name joins the longer name it ends."""
    groups: list[EntityGroup] = []
    by_key: dict[str, int] = {}
    for ent in sorted((e for e in doc.ents if e.label_ not in NOT_NAMES), key=lambda e: -len(e)):
        toks = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
        if not toks:
            continue
        name = " ".join(t.text for t in toks)
        last = toks[-1].lower_
        owner = groups[by_key[last]].name if last in by_key else None
        # "Mendes" joins "Carlos Mendes"; a different full name ending the same way stays apart.
        key = last if owner is None or len(toks) == 1 or owner == name else name.lower()
        if key not in by_key:
            by_key[key] = len(groups)
            groups.append(EntityGroup(name=name, type=ent.label_, aliases=[], mentions=[]))
        group = groups[by_key[key]]
        if name not in group.aliases:
            group.aliases.append(name)
        end = toks[-1].idx + len(toks[-1].text)
        group.mentions.append(
            Mention(start=toks[0].idx, end=end, text=name, sentence=sentence_of(doc, ent.start))
        )
    for group in groups:
        group.mentions.sort(key=lambda m: m.start)
    return groups


def times_from_ents(
    doc: Doc, values: dict[str, tuple[str, str | None]] | None = None
) -> list[TimeExpression]:
    """DATE/TIME entities as time expressions; `values` gives (value, alternative) by text."""
    values = values or {}
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        value, alternative = values.get(ent.text, ("", None))
        out.append(
            TimeExpression(
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                type="DATE" if ent.label_ == "DATE" else "TIME",
                value=value,
                anchor="none",
                sentence=sentence_of(doc, ent.start),
                alternative=alternative,
            )
        )
    return out


def read(
    nlp: Language, text: str, values: dict[str, tuple[str, str | None]] | None = None
) -> tuple[list[Statement], list[EntityGroup], list[TimeExpression]]:
    doc = nlp(text)
    groups, times = groups_from_ents(doc), times_from_ents(doc, values)
    return extract_statements(doc, groups, times), groups, times


def classes_read(nlp: Language, text: str) -> set[str]:
    """The classes of the statements read in a text."""
    return {s.predicate_class for s in read(nlp, text)[0]}


def names(st: Statement, groups: list[EntityGroup]) -> set[str]:
    return {groups[g].name for g in st.participants}


def find(statements: list[Statement], predicate: str) -> Statement:
    found = [s for s in statements if s.predicate == predicate]
    assert found, f"no {predicate!r} statement in {[s.predicate for s in statements]}"
    return found[0]


def time_text(st: Statement, times: list[TimeExpression]) -> str | None:
    return times[st.time].text if st.time is not None else None


# --- predicates, participants and times ---------------------------------------------------------


def test_reported_clause_is_its_own_statement_and_dates_stay_with_their_verbs(nlp: Language) -> None:
    text = "The Irish Times reported Sunday that Carlos Mendes talked by phone on Thursday with Ines Duarte."
    statements, groups, times = read(nlp, text)
    report, talk = find(statements, "report"), find(statements, "talk")
    assert report.predicate_class == "statement"
    assert names(report, groups) == {"Irish Times"}
    assert time_text(report, times) == "Sunday"
    assert talk.predicate_class == "communication"
    assert names(talk, groups) == {"Carlos Mendes", "Ines Duarte"}
    assert time_text(talk, times) == "Thursday"
    # The proposition's offsets are those of its own clause, inside the sentence.
    assert text[talk.start : talk.end].startswith("that Carlos Mendes talked")
    assert talk.text == text


def test_event_noun_with_possessor_takes_its_own_date(nlp: Language) -> None:
    text = "The outgoing government has promised to release the funds before Carlos Mendes's inauguration on January 20."
    statements, groups, times = read(nlp, text)
    inauguration = find(statements, "inaugurate")
    assert inauguration.predicate_class == "inauguration"
    assert names(inauguration, groups) == {"Carlos Mendes"}
    assert time_text(inauguration, times) == "January 20"
    assert find(statements, "promise").time is None


@pytest.mark.parametrize(
    ("text", "verb", "parties"),
    [
        (
            "The shelters have been used since Arcadia's war against Borduria began in February 2022.",
            "begin",
            {"Arcadia", "Borduria"},
        ),
        ("The talks between Ruritania and Syldavia ended on Friday.", "end", {"Ruritania", "Syldavia"}),
    ],
)
def test_beginning_or_end_of_an_event_takes_the_events_parties(
    nlp: Language, text: str, verb: str, parties: set[str]
) -> None:
    statements, groups, _ = read(nlp, text)
    phase = find(statements, verb)
    assert phase.time is not None
    assert names(phase, groups) == parties


def test_a_plain_subject_of_begin_is_not_widened(nlp: Language) -> None:
    statements, groups, _ = read(nlp, "Maria Lopez began her new job at Acme Corp in March 2021.")
    # The employer is where she began, not a party to the beginning.
    assert names(find(statements, "begin"), groups) == {"Maria Lopez"}


def test_possessive_date_dates_the_event_noun(nlp: Language) -> None:
    text = "The newspaper reported that aides briefed on Thursday's call said Carlos Mendes had raised the tariff question."
    statements, _, times = read(nlp, text)
    assert time_text(find(statements, "call"), times) == "Thursday"
    assert find(statements, "report").time is None


def test_light_verb_names_the_event_of_its_object(nlp: Language) -> None:
    statements, groups, _ = read(nlp, "Carlos Mendes had a phone call with Ines Duarte on Thursday.")
    call = find(statements, "call")
    assert call.predicate_class == "communication"
    assert names(call, groups) == {"Carlos Mendes", "Ines Duarte"}
    assert not any(s.predicate == "have" for s in statements)


def test_a_definite_description_takes_part_as_the_one_thing_named_so(nlp: Language) -> None:
    text = "Zorbix opened the Tolvar Mall, a shopping centre, in May. The centre was evacuated on Friday."
    statements, groups, _ = read(nlp, text)
    assert "Tolvar Mall" in names(find(statements, "evacuate"), groups)
    # Two things of that kind named before: the description stands for neither.
    text = "The Tolvar Mall and the Vessa Mall opened in May. The mall was evacuated on Friday."
    statements, groups, _ = read(nlp, text)
    assert not names(find(statements, "evacuate"), groups)


def test_a_pronoun_skips_a_one_word_person_the_article_never_names_in_full(nlp: Language) -> None:
    # The model reads "Corwin" as a person never named in full; "She" is the woman named in full.
    text = "Anna Brook opened the fair on Monday. Brook said that Corwin has had a secret life. She thanked the staff."
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, "thank"), groups) == {"Anna Brook"}


def test_giving_or_delivering_an_event_names_that_event(nlp: Language) -> None:
    statements, groups, _ = read(nlp, "Carlos Mendes gave an interview to Radio Norte on Monday.")
    interview = find(statements, "interview")
    assert "Carlos Mendes" in names(interview, groups)
    assert not any(s.predicate == "give" for s in statements)
    statements, _, _ = read(nlp, "Ines Duarte delivered a speech in Lisbon on Friday.")
    assert find(statements, "speech") is not None
    assert not any(s.predicate == "deliver" for s in statements)
    # "handed", "submitted" or "tendered" a resignation: a resignation, one happening with "resigned"
    for verb in ("handed", "submitted", "tendered"):
        statements, _, _ = read(nlp, f"Energy Minister Carl Ash {verb} his resignation on Sunday.")
        assert [s.predicate_class for s in statements] == ["departure"]


def test_title_and_affiliation_compounds_are_participants_but_nested_reports_are_not(nlp: Language) -> None:
    text = "Interpol spokesman Tomas Reyes told reporters that Carlos Mendes met Ines Duarte."
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, "tell"), groups) == {"Interpol", "Tomas Reyes"}
    assert names(find(statements, "meet"), groups) == {"Carlos Mendes", "Ines Duarte"}


def test_possessor_of_an_unnamed_subject_is_no_participant(nlp: Language) -> None:
    statements, groups, _ = read(nlp, "Carlos Mendes's son met the ambassador in Paris.")
    assert "Carlos Mendes" not in names(find(statements, "meet"), groups)


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the apposition on the verb before it, or on the name
        "Investors want the mills of Acme Textiles, the old maker that filed for bankruptcy on Friday.",
        "The banks met Acme Textiles, the old maker that filed for bankruptcy on Friday.",
    ],
)
def test_a_relative_clause_on_an_apposition_is_about_the_name(nlp: Language, text: str) -> None:
    statements, groups, _ = read(nlp, text)
    assert "Acme Textiles" in names(find(statements, "file"), groups)


def test_a_name_after_the_place_of_a_post_is_the_holder_of_the_post(nlp: Language) -> None:
    text = "Investigators arrested the deputy head of customs at Dover, Maria Lopez, at her home on Monday."
    statements, groups, _ = read(nlp, text)
    assert "Maria Lopez" in names(find(statements, "arrest"), groups)
    # a name that speaks after the place is the speaker, not the one arrested
    statements, groups, _ = read(nlp, "Police arrested the mayor in Lima, Jose Perez said.")
    assert "Jose Perez" not in names(find(statements, "arrest"), groups)


def test_a_verdict_is_one_kind_of_happening_told_either_way(nlp: Language) -> None:
    text = "The court delivered its verdict on Tuesday, finding Ansel Rudge guilty of fraud."
    statements, groups, times = read(nlp, text)
    verdict = find(statements, "convict")
    # the small clause's subject is the one convicted; the participle's time is the verdict's own
    assert verdict.predicate_class == "verdict" and "Ansel Rudge" in names(verdict, groups)
    assert verdict.time is not None and times[verdict.time].text == "Tuesday"
    statements, groups, _ = read(nlp, "Ansel Rudge was found not guilty of fraud on Monday.")
    assert (find(statements, "acquit").predicate_class, find(statements, "acquit").polarity) == (
        "verdict",
        True,
    )
    statements, _, _ = read(nlp, "The jury convicted Ansel Rudge of fraud on Monday.")
    assert find(statements, "convict").predicate_class == "verdict"


def test_a_participle_after_a_dated_act_shares_its_time_a_conjunct_only_its_place(nlp: Language) -> None:
    statements, _, times = read(nlp, "The bomb exploded on Monday, killing 12 people.")
    assert times[find(statements, "kill").time].text == "Monday"
    statements, _, _ = read(nlp, "He bought the house in April and sold it.")
    assert find(statements, "sell").time is None


def test_line_breaks_keep_a_headline_out_of_the_next_paragraph(nlp: Language) -> None:
    text = "Ministry denies reports\n\nCarlos Mendes met Ines Duarte on Thursday."
    statements, groups, _ = read(nlp, text)
    meet = find(statements, "meet")
    assert names(meet, groups) == {"Carlos Mendes", "Ines Duarte"}
    assert meet.text == "Carlos Mendes met Ines Duarte on Thursday."


# --- polarity -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "polarity"),
    [
        ("There was no conversation between Carlos Mendes and Ines Duarte.", "talk", False),
        ("There was a conversation between Carlos Mendes and Ines Duarte.", "talk", True),
        ("Officials said no such communication took place.", "talk", False),
        ("Carlos Mendes did not speak with Ines Duarte.", "speak", False),
        ("Carlos Mendes spoke with Ines Duarte.", "speak", True),
        ("Nobody was killed in the blast.", "kill", False),
        # an occasion or a manner with "no": never, not at all
        ("At no point did Carlos Mendes meet Ines Duarte.", "meet", False),
        ("Carlos Mendes at no time spoke with Ines Duarte.", "speak", False),
        ("Carlos Mendes met Ines Duarte at a point near the border.", "meet", True),
        # shared by conjuncts, and by a verb the parser hangs under the inverted auxiliary
        ("At no point did Carlos Mendes meet or call Ines Duarte.", "call", False),
        ('"At no point was Mr Mendes detained, handcuffed or held," the ministry said.', "detain", False),
        ("Carlos Mendes met Ines Duarte and called her at no point.", "meet", True),
        # a "none" with a manner of its own leaves its clause out
        ("Three passengers were injured, none of them seriously, and the crew left unhurt.", "injure", True),
        # what "without" takes did not happen
        ("Talks between Carlos Mendes and Ines Duarte ended without agreement.", "agree", False),
        ("Carlos Mendes left Lima without meeting Ines Duarte.", "meet", False),
    ],
)
def test_polarity(nlp: Language, text: str, predicate: str, polarity: bool) -> None:
    statements, _, _ = read(nlp, text)
    assert find(statements, predicate).polarity is polarity


def test_existential_denial_keeps_its_participants(nlp: Language) -> None:
    statements, groups, _ = read(nlp, "There was no conversation between Carlos Mendes and Ines Duarte.")
    assert names(find(statements, "talk"), groups) == {"Carlos Mendes", "Ines Duarte"}


# --- quantities -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "low", "high", "written"),
    [
        (
            "The flood killed at least six people in the valley.",
            "kill",
            6,
            None,
            "at least six",
        ),
        ("Five people were killed in Braga, according to the regional governor.", "kill", 5, 5, "Five"),
        ("The militia carried out two raids that killed another man.", "kill", 1, 1, "another"),
        ("The strikes injured more than a dozen people.", "injure", 12, None, "more than a dozen"),
        ("Dozens of people were killed in the blast.", "kill", 24, None, "Dozens"),
    ],
)
def test_counts_of_people_share_one_key(
    nlp: Language, text: str, predicate: str, low: float, high: float | None, written: str
) -> None:
    statements, _, _ = read(nlp, text)
    q = find(statements, predicate).quantity
    assert q is not None
    assert (q.low, q.high, q.text) == (low, high, written)
    assert q.counted == f"{predicate}:person"


def test_count_of_events_and_units_of_measure(nlp: Language) -> None:
    statements, _, _ = read(nlp, "About 300 km east, The rebels carried out three air attacks.")
    attack = find(statements, "attack")
    assert attack.quantity is not None
    assert (attack.quantity.low, attack.quantity.high, attack.quantity.counted) == (3, 3, "attack:attack")
    counted = [s.quantity.counted for s in statements if s.quantity is not None]
    assert counted == ["attack:attack"]  # "300 km" is a distance, not a count


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("at least six", (6, None)),
        ("35,000-40,000", (35000, 40000)),
        ("between 10 and 20", (10, 20)),
        ("more than a dozen", (12, None)),
        ("up to 300", (0, 300)),
        ("about 300", (270, 330)),
        ("twenty-five", (25, 25)),
        ("1.5 million", (1_500_000, 1_500_000)),
        ("three hundred", (300, 300)),
        ("several", None),
    ],
)
def test_parse_figure(written: str, expected: tuple[float, float | None] | None) -> None:
    assert parse_figure(written) == expected


# --- event grouping -------------------------------------------------------------------------------


def test_mentions_of_one_call_share_an_event_and_another_call_does_not(nlp: Language) -> None:
    text = (
        "Carlos Mendes spoke with Ines Duarte on Thursday. "
        "The call lasted an hour. "
        "Kyodo said the conversation had taken place. "
        "Hugo Silva spoke with Carlos Mendes on Wednesday."
    )
    statements, _, _ = read(nlp, text)
    comms = [s for s in statements if s.predicate_class == "communication"]
    assert [s.predicate for s in comms] == ["speak", "call", "talk", "speak"]
    assert comms[0].event == comms[1].event == comms[2].event
    assert comms[3].event != comms[0].event


@pytest.mark.parametrize(
    "text",
    [
        # the signing told first with its day, then with its signatories
        "The orchestra will move under a ten-year agreement signed on Friday. "
        "The agreement was signed at City Hall by Henrietta Vos and Julian Mbeki.",
        # told first with its parties, then "the agreement was signed" with its place
        "Ogbaru Refining Company signed a supply agreement with Basin Petroleum last Friday. "
        "Tonye Amakiri said the agreement was signed in the capital.",
    ],
)
def test_a_signing_of_the_agreement_just_told_is_that_signing(nlp: Language, text: str) -> None:
    statements, _, _ = read(nlp, text)
    signings = [s for s in statements if s.predicate == "sign"]
    assert len(signings) == 2 and signings[0].event == signings[1].event


@pytest.mark.parametrize(
    "text",
    [
        "A supply deal between Carla Diaz and Hugo Silva could cut imports. "
        "The agreement, signed on Thursday, June 12, runs for five years.",
        "Carla Diaz and Hugo Silva signed a pact. The pact was signed on Thursday, June 12.",
    ],
)
def test_a_deal_or_pact_is_an_agreement_its_signing_dates(nlp: Language, text: str) -> None:
    statements, groups, times = read(nlp, text)
    agreements = [s for s in statements if s.predicate_class == "agreement"]
    assert len({s.event for s in agreements}) == 1
    assert {"Carla Diaz", "Hugo Silva"} <= {n for s in agreements for n in names(s, groups)}
    assert "Thursday, June 12" in {time_text(s, times) for s in agreements}


def test_a_verdict_delivered_is_the_verdict_and_a_conviction_held_no_verdict(nlp: Language) -> None:
    statements, _, times = read(nlp, "The appeals court delivered its verdict on Friday, February 20.")
    verdicts = [s for s in statements if s.predicate_class == "verdict"]
    assert verdicts and time_text(verdicts[0], times) == "Friday, February 20"
    for text in ("She spoke of her deep religious convictions.", "He voiced his conviction that it works."):
        assert "verdict" not in classes_read(nlp, text)


@pytest.mark.parametrize("text", ["She did a great deal of work on Monday.", "He left of his own accord."])
def test_an_amount_or_a_will_is_no_agreement(nlp: Language, text: str) -> None:
    assert "agreement" not in classes_read(nlp, text)


def test_a_signing_of_another_kind_of_thing_points_back_at_no_agreement(nlp: Language) -> None:
    text = "Carla Diaz signed a supply agreement on Friday. Hugo Silva signed the petition on Monday."
    statements, _, _ = read(nlp, text)
    signings = [s for s in statements if s.predicate == "sign"]
    assert len(signings) == 2 and signings[0].event != signings[1].event


def test_dates_that_cannot_both_hold_keep_events_apart_unless_one_reading_matches(nlp: Language) -> None:
    text = "Carlos Mendes met Ines Duarte on 7 October. Carlos Mendes met Ines Duarte on 7 November."
    apart, _, _ = read(nlp, text, {"7 October": ("2024-10-07", None), "7 November": ("2024-11-07", None)})
    meets = [s for s in apart if s.predicate == "meet"]
    assert meets[0].event != meets[1].event
    # A date that contradicts its own weekday carries a second reading, which may match.
    together, _, _ = read(
        nlp, text, {"7 October": ("2024-10-07", "2024-11-07"), "7 November": ("2024-11-07", None)}
    )
    meets = [s for s in together if s.predicate == "meet"]
    assert meets[0].event == meets[1].event


def test_different_counts_or_places_are_different_events(nlp: Language) -> None:
    text = (
        "The storm killed at least six people in Porto. "
        "Five people were killed in Lisbon. "
        "A second storm killed four people in Porto."
    )
    statements, _, _ = read(nlp, text)
    kills = [s for s in statements if s.predicate == "kill"]
    assert len({s.event for s in kills}) == 3


def test_reporting_acts_and_plans_do_not_join_events(nlp: Language) -> None:
    text = (
        "Tomas Reyes said Ines Duarte has no plans to speak to Carlos Mendes. "
        "Tomas Reyes said the call was fiction. "
        "There was no conversation."
    )
    statements, _, _ = read(nlp, text)
    says = [s for s in statements if s.predicate == "say"]
    assert says[0].event != says[1].event
    plan = find(statements, "speak")
    assert all(s.event != plan.event for s in statements if s is not plan)


def tx(value: str, alternative: str | None = None) -> TimeExpression:
    return TimeExpression(
        text="t", start=0, end=1, type="DATE", value=value, anchor="text", alternative=alternative
    )


def test_time_compatibility() -> None:
    assert times_compatible(tx("2024-11-07"), tx("2024-W45"))
    assert times_compatible(tx("2024-11"), tx("2024-11-30"))
    assert not times_compatible(tx("2024-10-07"), tx("2024-11-07"))
    assert times_compatible(tx("2024-10-07", "2024-11-07"), tx("2024-11-07"))
    assert times_compatible(tx("PAST_REF"), tx("2024-11-07"))


@pytest.mark.parametrize(
    ("value", "inside", "outside"),
    [
        ("2024-Q3", "2024-08-15", "2024-11-07"),
        ("2024-SU", "2024-07-01", "2024-09-01"),
        ("2024-W45-WE", "2024-11-09", "2024-11-07"),
        ("202", "2024-11-07", "2030-01-01"),
    ],
)
def test_a_period_matches_the_days_inside_it_and_no_others(value: str, inside: str, outside: str) -> None:
    assert times_compatible(tx(value), tx(inside))
    assert not times_compatible(tx(value), tx(outside))
    assert not times_compatible(tx("2024-Q3"), tx("2024-11-07"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2024-Q3", "2024-11-07"),
        ("2024-Q4", "2024-11-07"),
        ("2024-SU", "2024-08"),
        ("2024-W45-WE", "2024-11-07"),
        ("2024-W45", "2024-11-07"),
        ("2024", "2025-01-01"),
        ("202", "2019"),
        ("2024-11", "2024-11-30"),
        ("2024-10-07", "2024-11-07"),
    ],
)
def test_in_article_grouping_and_the_cross_article_step_read_dates_alike(a: str, b: str) -> None:
    def info(value: str) -> DateInfo:
        found = period(value)
        assert found is not None
        return DateInfo(value=value, granularity=found.granularity, start=found.start, end=found.end)

    assert times_compatible(tx(a), tx(b)) == dates_compatible(info(a), info(b))


def test_quantity_compatibility() -> None:
    six_or_more = Quantity(low=6, high=None, text="at least six", counted="kill:person")
    five = Quantity(low=5, high=5, text="five", counted="kill:person")
    seven = Quantity(low=7, high=7, text="seven", counted="kill:person")
    assert not quantities_compatible(six_or_more, five)
    assert quantities_compatible(six_or_more, seven)
    assert quantities_compatible(five, Quantity(low=3, high=3, text="three", counted="injure:person"))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "French President Emmanuel Macron spoke with German Chancellor Olaf Scholz on Tuesday.",
            {"Emmanuel Macron", "Olaf Scholz"},
        ),
        ("US President Carlos Mendes spoke with Ines Duarte on Tuesday.", {"Carlos Mendes", "Ines Duarte"}),
    ],
)
def test_a_persons_country_in_the_title_is_not_a_party(nlp: Language, text: str, parties: set[str]) -> None:
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, "speak"), groups) == parties


@pytest.mark.parametrize(
    ("text", "predicate", "parties"),
    [
        ("Acme Corp signed a contract with Delvan Group on Friday.", "sign", {"Acme Corp", "Delvan Group"}),
        ("The government signed a contract with Delvan Group on Friday.", "sign", {"Delvan Group"}),
        # not a mutual act: the object's "with" stays the object's
        ("Acme Corp hired a lawyer with ties to Delvan Group.", "hire", {"Acme Corp"}),
    ],
)
def test_a_mutual_acts_other_party_may_hang_on_its_object(
    nlp: Language, text: str, predicate: str, parties: set[str]
) -> None:
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, predicate), groups) == parties


@pytest.mark.parametrize(
    ("text", "predicate", "parties"),
    [
        ("Police searched the home of Ann Lee on Tuesday.", "search", {"Ann Lee"}),
        ("Police searched Ann Lee's flat on Tuesday.", "search", {"Ann Lee"}),
        # a person's relative acts on their own
        ("Police questioned the son of Ann Lee on Tuesday.", "question", set()),
        # whom an attack was done to, told as the agent of a passive verb
        (
            "The Orvella Water Authority was hit by a ransomware attack on Monday.",
            "attack",
            {"Orvella Water Authority"},
        ),
        # an office holder or a place word stands for the places named after it
        ("The mayors of Paris and Rome signed the accord on Wednesday.", "sign", {"Paris", "Rome"}),
        # systems broken into are their owner's, named or pointed at by a possessive
        (
            "Grey Lantern said it had broken into the billing systems of the Orvella Water Authority.",
            "intrusion",
            {"Grey Lantern", "Orvella Water Authority"},
        ),
        (
            "The Orvella Water Authority said claims that hackers had breached its network were false.",
            "intrusion",
            {"Orvella Water Authority"},
        ),
    ],
)
def test_what_is_done_to_premises_is_done_to_their_owner(
    nlp: Language, text: str, predicate: str, parties: set[str]
) -> None:
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, predicate), groups) == parties


def test_a_breach_of_systems_or_data_is_an_intrusion_on_their_owner(nlp: Language) -> None:
    text = "The Kestrel Valley Health Trust denied that any breach of its systems had occurred."
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, "intrusion"), groups) == {"Kestrel Valley Health Trust"}
    assert "intrusion" in classes_read(nlp, "Ann Lee said the data breach happened on Monday.")
    assert "intrusion" in classes_read(nlp, "Ann Lee said the hack happened on Monday.")
    # a breach of a contract or a rule is no intrusion
    assert "intrusion" not in classes_read(nlp, "Ann Lee said the breach of contract happened in May.")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Delmar Group took over the terminal after the company signed the agreement on Thursday.",
            {"Delmar Group"},
        ),
        (
            "Delmar Group took over the terminal. The company signed the agreement on Thursday.",
            {"Delmar Group"},
        ),
        # two companies before it: "the company" may be either
        ("Delmar Group and Harlow Bank are in talks. The company signed the agreement on Thursday.", set()),
    ],
)
def test_the_company_takes_up_the_one_organisation_named_before_it(
    nlp: Language, text: str, parties: set[str]
) -> None:
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, "sign"), groups) == parties


def test_a_name_the_parser_hangs_on_the_subjects_head_is_what_it_takes_up(nlp: Language) -> None:
    text = "The Port of Saltmere authority dismissed a report that it had been hacked on Monday."
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, "hack"), groups) == {"Port of Saltmere"}


def test_a_subject_that_names_itself_is_the_name_a_pronoun_takes_up(nlp: Language) -> None:
    text = "A hacking group calling itself Grey Lantern said on Monday that it had hacked the network."
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, "hack"), groups) == {"Grey Lantern"}
    text = "An organisation called Grey Lantern said on Monday that it had hacked the network."
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, "hack"), groups) == {"Grey Lantern"}


def test_an_organisation_in_the_title_stays_a_party(nlp: Language) -> None:
    statements, groups, _ = read(nlp, "Google spokesman John Smith said on Monday the outage was over.")
    assert "Google" in names(find(statements, "say"), groups)


@pytest.mark.parametrize(
    "text",
    [
        "The minister has said he would talk directly with Anna Lima.",
        "The minister plans to meet Anna Lima in Paris.",
        "The minister will meet Anna Lima next week.",
    ],
)
def test_plans_and_hypotheticals_are_not_actual_events(nlp: Language, text: str) -> None:
    statements, _, _ = read(nlp, text)
    proposed = [s for s in statements if s.predicate_class in {"communication", "meeting"}]
    assert proposed and not any(s.actual for s in proposed)


def test_a_past_meeting_is_an_actual_event(nlp: Language) -> None:
    statements, _, _ = read(nlp, "The minister met Anna Lima in Paris on Friday.")
    assert find(statements, "meet").actual


def test_a_vehicle_takes_part_like_any_named_thing(nlp: Language) -> None:
    doc = nlp("Health inspectors sealed the Aurora Star in Willemstad on Friday.")
    groups, times = groups_from_ents(doc), times_from_ents(doc)
    for group in groups:
        if group.name.endswith("Aurora Star"):
            group.type = "VEHICLE"  # a ship, as an entity typer that knows vehicles names it
    seal = find(extract_statements(doc, groups, times), "seal")
    assert any(n.endswith("Aurora Star") for n in names(seal, groups))


# --- copular clauses: a copula names no event, the nominal it is about does ----------------------


def test_a_date_on_a_copula_dates_the_event_its_nominal_is_of(nlp: Language) -> None:
    text = "The Tarvia Flood was the result of an undersea earthquake near Norland on March 3."
    statements, groups, times = read(nlp, text)
    quake = find(statements, "earthquake")
    assert time_text(quake, times) == "March 3"
    # The subject the copula says the event brought about takes part in it; the place is where.
    assert names(quake, groups) == {"Tarvia Flood"}
    assert [groups[g].name for g in quake.places] == ["Norland"]


def test_the_named_subject_of_a_copula_takes_part_in_the_event_it_is_the_target_of(nlp: Language) -> None:
    statements, groups, times = read(nlp, "Acme Corp was the target of an attack on Tuesday.")
    attack = find(statements, "attack")
    assert names(attack, groups) == {"Acme Corp"}
    assert time_text(attack, times) == "Tuesday"


def test_a_copula_without_an_event_nominal_dates_nothing(nlp: Language) -> None:
    statements, _, _ = read(nlp, "Carlos Mendes was president in 2004.")
    assert all(s.time is None for s in statements)


def test_the_possessor_of_an_unnamed_copula_subject_is_no_party(nlp: Language) -> None:
    text = "Carlos Mendes's death was the result of an attack on Tuesday."
    statements, groups, times = read(nlp, text)
    attack = find(statements, "attack")
    assert time_text(attack, times) == "Tuesday"
    assert "Carlos Mendes" not in names(attack, groups)


# --- gatherings: where, in whose memory, and one day's mentions as one event ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sunday's rally marks the first anniversary of the death of Carlos Mendes.",
        "Sunday's rally marks the anniversary of Carlos Mendes's death.",
        "Thousands marched through the capital on Sunday to commemorate Carlos Mendes's death.",
    ],
)
def test_an_event_held_in_memory_of_someone_involves_them(nlp: Language, text: str) -> None:
    statements, groups, times = read(nlp, text)
    event = next(s for s in statements if time_text(s, times) == "Sunday")
    assert names(event, groups) == {"Carlos Mendes"}


def test_a_gathering_is_one_class_whatever_it_is_called(nlp: Language) -> None:
    statements, _, _ = read(
        nlp, "Protesters rallied on Sunday; the demonstration was the largest protest in years."
    )
    assert {s.predicate_class for s in statements if s.predicate in ("rally", "demonstrate", "protest")} == {
        "protest"
    }


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The couple had parted after three years.", "breakup"),
        ("The singer and the actor have split.", "breakup"),
        ("The band broke up in 1998.", "breakup"),
        ("They divorced in May.", "breakup"),
        # With an object, no couple breaks up.
        ("They split the bill.", "split"),
        ("Police separated the two groups.", "separate"),
    ],
)
def test_a_break_up_is_one_class_whatever_it_is_called(nlp: Language, text: str, cls: str) -> None:
    statements, _, _ = read(nlp, text)
    assert statements[0].predicate_class == cls


def test_a_where_clause_happens_at_the_place_it_qualifies(nlp: Language) -> None:
    statements, groups, _ = read(
        nlp, "Police sealed off Union Square where thousands demonstrated against the government."
    )
    assert [groups[g].name for g in find(statements, "demonstrate").places] == ["Union Square"]


@pytest.mark.parametrize(("yesterday", "one"), [("2024-03-10", True), ("2024-03-11", False)])
def test_mentions_placed_on_the_day_another_names_are_one_event(
    nlp: Language, yesterday: str, one: bool
) -> None:
    text = (
        "Yesterday police closed the bridges and thousands demonstrated in Tarvia.\n\n"
        "Sunday's rally also marked the anniversary of the killing of Carlos Mendes."
    )
    values = {"Sunday": ("2024-03-10", None), "Yesterday": (yesterday, None)}
    statements, _, _ = read(nlp, text, values)
    demonstrated, rally = find(statements, "demonstrate"), find(statements, "rally")
    assert demonstrated.anchored
    assert (demonstrated.event == rally.event) is one


@pytest.mark.parametrize(
    "text",
    [
        "One blast occurred at 2am in Tarvia, near the harbour, and two others an hour later in Port Aldwin.",
        "Police arrested one man in Tarvia and two others in Port Aldwin.",
    ],
)
def test_a_clause_that_repeats_the_verb_without_saying_it_adds_its_place(nlp: Language, text: str) -> None:
    statements, groups, _ = read(nlp, text)
    assert {groups[g].name for g in statements[0].places} == {"Tarvia", "Port Aldwin"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme demonstrated the new software on Tuesday.",
        "The senator rallied support for the bill on Tuesday.",
    ],
)
def test_showing_a_thing_or_gathering_support_is_no_protest(nlp: Language, text: str) -> None:
    assert "protest" not in classes_read(nlp, text)


def test_a_copula_with_a_statement_of_its_own_takes_no_date_from_its_complement(nlp: Language) -> None:
    text = "Acme Corp argued that the Zorbix store was a breach of the 1998 settlement."
    statements, _, times = read(nlp, text)
    assert [s.predicate for s in statements if time_text(s, times) == "1998"] in ([], ["settle"])


# --- a date before a noun tells which thing, not when the clause happened ------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Acme Corp violated the 1998 agreement with Delvan Group.", "violate"),
        ("Acme Corp unveiled a shirt with the 1970s logo of Delvan Group.", "unveil"),
        ("Acme Corp said the Zorbix watch is on track for a February 2015 release date.", "say"),
    ],
)
def test_a_date_premodifying_a_thing_dates_no_event_of_the_clause(
    nlp: Language, text: str, predicate: str
) -> None:
    statements, _, times = read(nlp, text)
    assert find(statements, predicate).time is None
    assert all(s.predicate == "agree" for s in statements if s.time is not None), [
        (s.predicate, time_text(s, times)) for s in statements
    ]


@pytest.mark.parametrize(
    ("text", "predicate", "when"),
    [
        ("Acme Corp released its 2015 model on Monday.", "release", "Monday"),
        ("Monday's storm killed five people in Norland.", "kill", "Monday"),
        ("Maria Keller joined the crew in a May 2 evacuation of the ship.", "join", "May 2"),
        ("Maria Keller joined the inspectors during a March 3 screening.", "join", "March 3"),
        ("In a Wednesday media event, Acme Corp released a new laptop.", "release", "Wednesday"),
        # the occasion's own day dates what was done at it
        (
            "The council's planning committee approved the plan at a meeting on Monday, June 16.",
            "approve",
            "Monday, June 16",
        ),
        (
            "Carla Diaz said she was dismissed in a phone call on Friday, October 10.",
            "dismiss",
            "Friday, October 10",
        ),
        # an infinitive with no statement of its own passes the occasion to the vote it completes
        (
            "The board voted to close the schools in Ashby, Tarrow and Dunsley at its meeting on Monday, March 2.",
            "vote",
            "Monday, March 2",
        ),
        # a day of the news on the misdeed dates the sanction for it; a year stays the misdeed's
        ("Anselm Rudge was convicted of taking bribes on Tuesday.", "convict", "Tuesday"),
        ("Anselm Rudge was charged with stealing the car yesterday.", "charge", "yesterday"),
        ("Anselm Rudge was convicted of killing his partner in 2019.", "kill", "2019"),
    ],
)
def test_a_date_still_dates_the_clause_through_its_event_or_the_occasion_it_happens_in(
    nlp: Language, text: str, predicate: str, when: str
) -> None:
    statements, _, times = read(nlp, text)
    assert time_text(find(statements, predicate), times) == when


def test_a_sitting_takes_the_day_it_ended_and_named_talks_are_one_set(nlp: Language) -> None:
    text = "Talks between Carla Diaz and Ines Duarte ended without agreement on Tuesday."
    statements, groups, times = read(nlp, text)
    talk = find(statements, "talk")
    assert (time_text(talk, times), talk.actual) == ("Tuesday", True)
    assert names(talk, groups) == {"Carla Diaz", "Ines Duarte"}
    statements, _, times = read(nlp, "The meeting between Carla Diaz and Ines Duarte ended on Monday.")
    assert time_text(find(statements, "meet"), times) == "Monday"
    statements, _, times = read(nlp, "The talks between Carla Diaz and Ines Duarte collapsed on Monday.")
    assert time_text(find(statements, "talk"), times) == "Monday"
    # A strike that ended on Friday was held on many days; talks to come are not held yet.
    statements, _, times = read(nlp, "The strike at the Ashby plant ended on Friday.")
    assert time_text(find(statements, "strike"), times) is None
    statements, _, times = read(nlp, "Talks between Carla Diaz and Ines Duarte will resume on Friday.")
    assert time_text(find(statements, "talk"), times) is None
    # Talks of a kind, with no parties named and nothing done, stay generic.
    assert "talk" not in [s.predicate for s in read(nlp, "Talks are possible, Carla Diaz said.")[0]]


def test_a_century_dates_no_event(nlp: Language) -> None:
    text = "Carlos Mendes said the practice has no place in the 21st century."
    statements, _, _ = read(nlp, text, {"the 21st century": ("20", None)})
    assert all(s.time is None for s in statements)


# --- participles and gerunds without a subject of their own --------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "who"),
    [
        ("Carla Diaz, born in Lima on May 4, 1950, founded the firm.", "bear", "Carla Diaz"),
        ("The Zorbix Pad, unveiled in Norland in 2007, sold well.", "unveil", "Zorbix Pad"),
        ("Carla Diaz opened the show by walking onto the stage.", "walk", "Carla Diaz"),
        ("After meeting the mayor on Monday, Carla Diaz left the city.", "meet", "Carla Diaz"),
        # the one charged with a deed did it, not the accuser
        (
            "Farmers accused the Kessler Water Authority of opening the gates.",
            "open",
            "Kessler Water Authority",
        ),
        ("Police charged Ann Lee with stealing the car on Monday.", "steal", "Ann Lee"),
    ],
)
def test_a_participle_or_gerund_takes_part_through_the_name_or_clause_it_hangs_on(
    nlp: Language, text: str, predicate: str, who: str
) -> None:
    statements, groups, _ = read(nlp, text)
    assert who in names(find(statements, predicate), groups)


@pytest.mark.parametrize(
    ("text", "predicate", "who"),
    [
        ("Carla Diaz resigned on Monday. Her resignation surprised the board.", "resign", "Carla Diaz"),
        (
            "Acme Corp bought Zorbix Ltd in May. Its acquisition of the firm was approved.",
            "acquisition",
            "Acme Corp",
        ),
    ],
)
def test_an_event_nouns_possessive_pronoun_takes_part_as_its_antecedent(
    nlp: Language, text: str, predicate: str, who: str
) -> None:
    statements, groups, _ = read(nlp, text)
    second = text.index(". ") + 2  # the noun's mention, not the verb's in the first sentence
    noun_mention = next(s for s in statements if s.predicate == predicate and s.start >= second)
    assert who in names(noun_mention, groups)


@pytest.mark.parametrize(
    ("text", "predicate", "who"),
    [
        ("The leader of the Zorbix network, Abu Karim, was wounded in Norland.", "wound", {"Abu Karim"}),
        ("The chief executive of Acme Corp, Jane Doe, resigned on Monday.", "resign", {"Jane Doe"}),
        # Of a person, the name may be an apposition of either: left unread.
        ("The wife of Ann Lee, Tom Lee, resigned on Monday.", "resign", set()),
    ],
)
def test_a_name_after_the_role_of_something_is_the_roles_holder(
    nlp: Language, text: str, predicate: str, who: set[str]
) -> None:
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, predicate), groups) == who


# --- a state that is an event's outcome -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Carlos Mendes was found dead in his home on Monday.", True),
        ("Twelve miners were pronounced dead.", True),
        ("Carlos Mendes is not dead.", False),
        ("The singer is alive and well.", False),
        ("The star is alive and well.", False),
        ("The actress is not dead.", False),
    ],
)
def test_a_state_of_life_or_death_tells_of_a_death(nlp: Language, text: str, polarity: bool) -> None:
    statements, _, _ = read(nlp, text)
    death = find(statements, "die")
    assert (death.predicate_class, death.polarity) == ("death", polarity)


@pytest.mark.parametrize(
    "text",
    [
        # a thing, not someone
        "The deal is dead.",
        # a finding, an event of its own, and a past state: no answer to a report of a death
        "Twelve miners were found alive.",
        "Carlos Mendes was alive when the police arrived.",
    ],
)
def test_look_alikes_of_a_state_of_death_tell_of_none(nlp: Language, text: str) -> None:
    statements, _, _ = read(nlp, text)
    assert [s for s in statements if s.predicate == "die"] == []


def test_a_state_of_death_reads_every_subject_the_parser_split(nlp: Language) -> None:
    # The parser may split a name from the title before it: "star" and "Moreno" both subjects.
    words = ["Legendary", "soul", "star", "Abel", "Moreno", "was", "found", "dead", "today", "."]
    heads = [2, 2, 6, 4, 6, 6, 6, 6, 6, 6]
    deps = [
        "amod",
        "compound",
        "nsubjpass",
        "compound",
        "nsubjpass",
        "auxpass",
        "ROOT",
        "oprd",
        "npadvmod",
        "punct",
    ]
    pos = ["ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "ADJ", "NOUN", "PUNCT"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=[{"found": "find", "was": "be"}.get(w, w.lower()) for w in words],
    )
    doc.ents = [Span(doc, 3, 5, label="PERSON")]
    idx = build_index(doc, groups_from_ents(doc), [])
    state = outcome_state(doc[6], idx)
    assert state is not None and state.text == "dead"


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Carlos Mendes passed away on Monday.", "death"),
        ("Carlos Mendes lost his life in the crash.", "death"),
        # a motion, a job, a vote: no death
        ("The ball passed away from the goal.", "pass"),
        ("Carlos Mendes lost his job.", "lose"),
        ("The bill passed on Monday.", "pass"),
    ],
)
def test_a_death_told_by_a_phrase(nlp: Language, text: str, cls: str) -> None:
    statements, _, _ = read(nlp, text)
    assert statements[0].predicate_class == cls


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The Orla-2 satellite lifted off from the Tarn spaceport on Saturday.", "begin"),
        ("The rocket blasted off on Sunday.", "begin"),
        ("The rocket was launched on Sunday.", "begin"),
        ("Minister Ada Perl officially opened the Tarn bridge on Tuesday.", "opening"),
        ("The Tarn bridge was formally opened on Tuesday by Ada Perl.", "opening"),
        ("Terminal 3 opened to passengers on Tuesday.", "opening"),
        ("Tarn Bank completed its takeover of Orla Mutual on Friday.", "end"),
        # a lift, fire opened, a market opening higher: no launch, no opening
        ("The crane lifted the cabin on Saturday.", "lift"),
        ("Police opened fire on the crowd on Tuesday.", "attack"),
        ("Shares in Tarn Bank opened higher on Tuesday.", "open"),
    ],
)
def test_a_launch_and_an_official_opening_told_by_a_phrase(nlp: Language, text: str, cls: str) -> None:
    statements, _, _ = read(nlp, text)
    assert statements[0].predicate_class == cls


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The Orla-2 satellite lifted off on Saturday.", "launch"),
        ("The Orla-2 satellite was launched on Sunday.", "launch"),
        ("Carlos Mendes passed away on Monday.", "die"),
        ("Carlos Mendes died on Monday.", "die"),
    ],
)
def test_a_phrase_naming_the_act_of_one_verb_reads_as_that_verb(
    nlp: Language, text: str, predicate: str
) -> None:
    # one launch or death told both ways in one story is one happening, whose days are compared
    statements, _, _ = read(nlp, text)
    assert statements[0].predicate == predicate


@pytest.mark.parametrize(
    ("text", "predicate", "cls"),
    [
        ("Fourteen rifles have gone missing from the Fort Calder armoury.", "disappear", "disappearance"),
        ("Ada Perl went missing on Monday.", "disappear", "disappearance"),
        ("Ada Perl disappeared on Monday.", "disappear", "disappearance"),
        ("Ada Perl vanished on Monday.", "vanish", "disappearance"),
        # going somewhere, or going on: no disappearance
        ("Ada Perl went home on Monday.", "go", "go"),
    ],
)
def test_going_missing_is_a_disappearance(nlp: Language, text: str, predicate: str, cls: str) -> None:
    statements, _, _ = read(nlp, text)
    assert (statements[0].predicate, statements[0].predicate_class) == (predicate, cls)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Ada Perl resigned on Monday.", "departure"),
        ("Ada Perl quit on Monday.", "departure"),
        ("Ada Perl stepped down on Monday.", "departure"),
        ("Ada Perl stood down as leader on Monday.", "departure"),
        ("Ada Perl stepped down from the board on Monday.", "departure"),
        ("Ferro City sacked Ada Perl on Monday.", "departure"),
        # a step taken, a stand made: no resignation
        ("Ada Perl stepped forward on Monday.", "step"),
        ("Police took Ada Perl into custody on Monday.", "arrest"),
    ],
)
def test_leaving_an_office_and_an_arrest_told_by_a_phrase(nlp: Language, text: str, cls: str) -> None:
    statements, _, _ = read(nlp, text)
    assert statements[0].predicate_class == cls


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A ceasefire between Velaria and Ostria took effect on Tuesday.", "ceasefire"),
        ("The ceasefire between Velaria and Ostria came into force on Tuesday.", "ceasefire"),
        ("The peace agreement between Velaria and Ostria went into effect on Tuesday.", "agreement"),
        ("The treaty between Velaria and Ostria entered into force on Tuesday.", "treaty"),
        ("The ceasefire between Velaria and Ostria, which came into force on Tuesday, held.", "ceasefire"),
    ],
)
def test_taking_effect_begins_the_event_its_subject_names(nlp: Language, text: str, named: str) -> None:
    # A truce or a law taking effect is its beginning, with the parties of the truce; "took
    # effect" and "came into force" say only that something began, so the event is named by what
    # began: two reports of one truce told with either phrase name the truce (not "take").
    statements, _, _ = read(nlp, text)
    begun = [s for s in statements if s.predicate_class == "begin"]
    assert [s.predicate for s in begun] == [named]
    assert begun[0].time is not None and begun[0].participants


def test_a_relative_clause_on_the_last_noun_still_names_what_began(nlp: Language) -> None:
    # The parser hangs "which came into force" on "militia"; the truce came into force.
    text = "The truce between the army and the militia, which came into force on Tuesday, held."
    statements, _, _ = read(nlp, text)
    assert [s.predicate for s in statements if s.predicate_class == "begin"] == ["truce"]


def test_a_beginning_of_nothing_named_is_a_beginning(nlp: Language) -> None:
    statements, _, _ = read(nlp, "It took effect on Tuesday.")
    assert [s.predicate for s in statements if s.predicate_class == "begin"] == ["begin"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lima was taken to hospital on Monday.",
        "Ana Lima was rushed to hospital on Monday.",
        "Ana Lima was hospitalised on Monday.",
        # a hospital named as an infirmary or a clinic
        "Ana Lima was admitted to Korrowick Infirmary on Monday.",
    ],
)
def test_being_taken_to_hospital_is_a_hospitalisation(nlp: Language, text: str) -> None:
    statements, _, _ = read(nlp, text)
    assert [s.predicate_class for s in statements] == ["hospitalisation"]


def test_taking_someone_to_a_meeting_is_no_hospitalisation(nlp: Language) -> None:
    statements, _, _ = read(nlp, "Ana Lima took the minister to the meeting on Monday.")
    assert "hospitalisation" not in [s.predicate_class for s in statements]


def test_coming_into_a_place_begins_nothing(nlp: Language) -> None:
    statements, _, _ = read(nlp, "The army came into the town on Tuesday.")
    assert [s.predicate_class for s in statements] == ["come"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Karvania's central bank raised its main interest rate on Thursday.", "Karvania"),
        ("Acme's board approved the deal on Friday.", "Acme"),
    ],
)
def test_a_country_or_organisation_acts_through_its_unnamed_institution(
    nlp: Language, text: str, party: str
) -> None:
    statements, groups, _ = read(nlp, text)
    assert party in {groups[p].name for p in statements[0].participants}


def test_a_persons_relative_does_not_act_for_them(nlp: Language) -> None:
    statements, _, _ = read(nlp, "Jon Brack's son called on Monday.")
    assert statements[0].participants == []


def test_talks_held_with_someone_are_one_happening(nlp: Language) -> None:
    # "talks", "contacts" in the plural are no one happening ("talks are possible"), but held
    # with a party they are: a communication between the two.
    statements, groups, _ = read(nlp, "Real Carvona have held talks with the striker Emil Dost about a move.")
    talk = find(statements, "talk")
    assert talk.predicate_class == "communication"
    assert names(talk, groups) >= {"Emil Dost"}
    generic, _, _ = read(nlp, "The two sides have had contacts for years.")
    assert "contact" not in [s.predicate for s in generic]


@pytest.mark.parametrize(
    "text", ["The union called off the strike on Monday.", "The union cancelled the strike on Monday."]
)
def test_called_off_is_a_cancellation(nlp: Language, text: str) -> None:
    statements, _, _ = read(nlp, text)
    assert statements[0].predicate_class == "cancel"


@pytest.mark.parametrize(
    "text", ["Gramont shut its plant in Lyle on Monday.", "Gramont closed its plant in Lyle on Monday."]
)
def test_verbs_news_uses_for_one_deed_are_read_as_one(nlp: Language, text: str) -> None:
    statements, _, _ = read(nlp, text)
    assert (statements[0].predicate, statements[0].predicate_class) == ("close", "close")


def test_a_pronoun_in_a_speakers_own_quoted_words_is_someone_else(nlp: Language) -> None:
    # In her own quoted words the lawyer is "I": "he" is her client, named as the subject's owner.
    statements, groups, _ = read(
        nlp,
        "Anton Varga's lawyer, Elias Brandt, disputed the police timeline. "
        '"He was picked up on Wednesday morning outside his home," Brandt said.',
    )
    assert names(find(statements, "pick"), groups) == {"Anton Varga"}
    # Reported in indirect speech, "he" may be the speaker.
    statements, groups, _ = read(nlp, "Elias Brandt said he was picked up on Monday.")
    assert names(find(statements, "pick"), groups) == {"Elias Brandt"}


def test_a_pronoun_is_not_who_a_pronoun_of_the_other_gender_in_its_sentence_stands_for(
    nlp: Language,
) -> None:
    text = (
        "Anna Kovacs was taken to the town hospital on Saturday. Her son, Peter Kovacs, spoke to "
        "reporters. He said she died in a corridor on Sunday."
    )
    statements, groups, _ = read(nlp, text)
    assert names(find(statements, "die"), groups) == {"Anna Kovacs"}
    # Of one gender, the pronoun may still be the speaker.
    statements, groups, _ = read(
        nlp, "Dieter Marek spoke to reporters. He said he fell in a corridor on Sunday."
    )
    assert names(find(statements, "fall"), groups) == {"Dieter Marek"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme agreed to buy Beta Corp on Monday.",
        "Acme signed a deal to acquire Beta Corp on Monday.",
        "Acme signed a binding agreement to acquire the food producer Beta Corp on Monday, Beta said.",
    ],
)
def test_a_day_on_the_deed_agreed_to_dates_the_agreeing(nlp: Language, text: str) -> None:
    statements, _, times = read(nlp, text)
    dated = [s for s in statements if s.time is not None]
    assert [(s.predicate_class, time_text(s, times)) for s in dated] == [("agreement", "Monday")]


def test_a_day_hung_on_a_participle_describing_the_object_dates_the_verb(nlp: Language) -> None:
    text = "The coast guard seized a cargo ship loaded with grain in the Gulf of Sennach on Wednesday."
    statements, _, times = read(nlp, text)
    assert time_text(find(statements, "seize"), times) == "Wednesday"
    # right after the participle, the day is the participle's own
    statements, _, times = read(nlp, "Police found a car stolen on Monday.")
    assert find(statements, "find").time is None


def test_a_day_on_a_planned_deed_stays_the_deeds(nlp: Language) -> None:
    statements, _, times = read(nlp, "Acme plans to buy Beta Corp on Monday.")
    assert time_text(find(statements, "buy"), times) == "Monday"
