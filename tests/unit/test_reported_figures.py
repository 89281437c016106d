"""Reported figures through the whole pipeline: what a figure counts, its hedge as written, who
gives it (claimant, authority, the article's own voice) and what is left out. Names are invented."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from service.pipeline.analyse import analyse
from service.pipeline.nlp import load
from service.pipeline.types import ReportedFigure

PUBLISHED = date(2024, 3, 14)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def figures(nlp: Language, text: str, published: date = PUBLISHED) -> list[ReportedFigure]:
    return analyse(text, published, nlp).figures


def brief(found: list[ReportedFigure]) -> list[tuple[str, str, str]]:
    return [(f.counted, f.text, f.source) for f in found]


def test_own_voice_lead_gives_two_counts_with_their_hedges(nlp: Language) -> None:
    found = figures(
        nlp, "A string of blasts in Veltria has left at least 88 people dead and over 200 more wounded."
    )
    assert brief(found) == [("dead", "at least 88", ""), ("injured", "over 200", "")]
    assert found[1].low == 200 and found[1].high is None
    assert found[1].quote == "over 200 more wounded"


def test_a_range_confirmed_by_police_is_the_police_figure(nlp: Language) -> None:
    found = figures(
        nlp,
        "So far the local police have confirmed that at least 88 people have been killed and between 120 and 200 were wounded.",
    )
    assert brief(found) == [
        ("dead", "at least 88", "the local police"),
        ("injured", "between 120 and 200", "the local police"),
    ]
    assert (found[1].low, found[1].high) == (120, 200)


def test_speakerless_official_figures(nlp: Language) -> None:
    found = figures(
        nlp, "The death toll stands at 52 according to the health ministry. Police put the toll at 30."
    )
    assert brief(found) == [("dead", "52", "the health ministry"), ("dead", "30", "Police")]


def test_interrupted_quote_is_credited_to_the_speaker_named_before(nlp: Language) -> None:
    text = (
        "Dozens of people were killed when the dam at Morrow Creek burst. Hospital director Tomas Brell "
        'spoke to reporters on Monday. "The official number," he said, "is 45."'
    )
    found = [f for f in figures(nlp, text) if f.text == "45"]
    assert brief(found) == [("dead", "45", "Tomas Brell")]


def test_a_bare_number_with_no_count_named_before_is_left_out(nlp: Language) -> None:
    assert figures(nlp, 'Tomas Brell spoke on Monday. "The official number," he said, "is 45."') == []


def test_claimant_of_the_quote_carrying_the_figure(nlp: Language) -> None:
    found = figures(nlp, "The storm left 12 people dead and 300 injured, officials said.")
    assert brief(found) == [("dead", "12", "officials"), ("injured", "300", "officials")]


def test_a_figure_in_a_relative_clause_is_given_by_the_noun_it_qualifies(nlp: Language) -> None:
    found = figures(
        nlp,
        "The interior ministry said that 38 people died when the ferry capsized, contradicting local "
        "officials who put the toll at 57. Police, who estimated the crowd at 3,000, said the march "
        "was peaceful.",
    )
    assert brief(found) == [
        ("dead", "38", "The interior ministry"),
        ("dead", "57", "local officials"),
        ("crowd", "3,000", "Police"),
    ]


def test_other_counted_things(nlp: Language) -> None:
    found = figures(
        nlp,
        "Nearly 1,000 people were arrested in Dorvik. About 5,000 residents were displaced. "
        "Seven climbers are missing. A crowd of 10,000 gathered in the square.",
    )
    assert [(f.counted, f.text) for f in found] == [
        ("arrested", "Nearly 1,000"),
        ("displaced", "About 5,000"),  # a place's residents are its people
        ("missing:climber", "Seven"),
        ("crowd", "10,000"),
    ]


def test_staff_who_quit_and_units_recalled_are_counted(nlp: Language) -> None:
    found = figures(
        nlp,
        "Sixty-three nurses have resigned from Orrin General since the start of January, the union said. "
        "The hospital puts the number of resignations at 22. "
        "The board ordered the recall of at least 120,000 Skiv electric scooters. "
        "The maker said about 45,000 scooters were affected.",
    )
    assert [(f.counted, f.text) for f in found] == [
        ("resigned:nurse", "Sixty-three"),  # a count of resignations is told over a period
        ("resigned", "22"),
        ("affected:scooter", "at least 120,000"),  # units recalled are the units affected
        ("affected:scooter", "about 45,000"),
    ]


def test_a_running_total_since_a_date_is_left_out(nlp: Language) -> None:
    assert figures(nlp, "Rescuers have saved 340 migrants since the start of January.") == []


def test_a_fine_is_a_sum_and_a_figure_set_aside_is_not_given(nlp: Language) -> None:
    found = figures(
        nlp,
        "The regulator fined Saltreach Telecom 62 million euros on Monday. "
        "Saltreach said the penalty amounts to 38 million euros, not 62 million euros.",
    )
    assert [(f.counted, f.text, f.source) for f in found] == [
        ("fine:euro", "62 million euros", ""),
        ("fine:euro", "38 million euros", "Saltreach"),  # "not 62 million" denies the other sum
    ]


def test_people_who_tested_positive_are_infected(nlp: Language) -> None:
    found = figures(
        nlp, "A microbiologist said that 17 patients have tested positive for Legionnaires' disease."
    )
    assert [(f.counted, f.text) for f in found] == [("infected:patient", "17")]
    assert figures(nlp, "Officials said 40 samples tested negative.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the model tags an amount in barrels as a measure; it is a count of a spill
        ("About 800 barrels of crude oil spilled, the agency said.", [("spilled:oil", "About 800")]),
        (
            "Norvane said about 800 barrels of crude oil escaped from the pipeline.",
            [("spilled:oil", "about 800")],
        ),
        ("Police said 12 prisoners escaped.", [("escaped:prisoner", "12")]),
        ("The wave was about 30 metres high, officials said.", []),  # a height counts nothing
    ],
)
def test_an_amount_spilled_is_counted_however_it_got_out(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


def test_a_fine_with_its_currency_hyphenated_is_a_sum_and_what_it_punishes_is_not_the_fine(
    nlp: Language,
) -> None:
    found = figures(
        nlp,
        "The court sentenced him to seven years in prison and a 400,000-euro fine for accepting "
        "roughly 2.1 million euros in kickbacks.",
    )
    assert [(f.counted, f.text) for f in found] == [("fine:euro", "400,000-euro")]


def test_money_raised_for_a_cause_is_a_sum(nlp: Language) -> None:
    found = figures(
        nlp,
        "Streamer Koby Marrin has raised 2.1 million euros for the children's hospital. "
        "The hospital says it has so far received 640,000 euros from the fundraiser.",
    )
    assert [(f.counted, f.text) for f in found] == [
        ("raised:euro", "2.1 million euros"),
        ("raised:euro", "640,000 euros"),
    ]


def test_a_kind_of_people_is_its_own_count(nlp: Language) -> None:
    found = figures(nlp, "Twelve soldiers were killed and 40 people died in the fighting.")
    assert [f.counted for f in found] == ["dead:soldier", "dead"]


def test_vague_amounts_and_the_article_before_a_multiplier(nlp: Language) -> None:
    found = figures(
        nlp, "Several hundred killed in stampede. The stampede left nearly a thousand people dead."
    )
    assert [(f.text, f.low, f.high) for f in found] == [
        ("Several hundred", 200.0, 1000.0),
        ("nearly a thousand", 900.0, 1100.0),
    ]


def test_background_figures_from_a_dated_past_are_left_out(nlp: Language) -> None:
    found = figures(nlp, "In October of last year, 34 people were killed in explosions in Dorvik.")
    assert found == []


def test_background_of_an_undated_article_is_told_against_the_days_it_names(nlp: Language) -> None:
    # No publication date: the days the text names in full say when its news is, and a count of
    # another year is background as it would be in a dated article.
    text = (
        "The inspectorate on Wednesday, February 25, 2026, raised the death toll from the collapse "
        "on Monday, February 23, 2026, to 14. Funerals will be held on Saturday, February 28, 2026. "
        "It is the deadliest accident in the country's mines since 2008, when six men were killed "
        "at the nearby Orsk pit."
    )
    found = analyse(text, None, nlp).figures
    assert [(f.counted, f.text) for f in found] == [("dead", "14")]
    # with no day named in full, nothing is taken for background
    bare = "It is the deadliest accident since 2008, when six men were killed at the nearby Orsk pit."
    assert [f.text for f in analyse(bare, None, nlp).figures] == ["six"]


def test_a_part_picked_out_of_a_kind_of_people_counts_that_kind(nlp: Language) -> None:
    text = (
        '"Two of our seafarers," the company\'s operations director, Ana Berg, said at its offices '
        'in the port on Thursday, "are still unaccounted for." Nine crew members of the bulk '
        "carrier Orla Star were missing, the coast guard said. Two of the injured died."
    )
    assert [(f.counted, f.text, f.source) for f in figures(nlp, text)] == [
        ("missing:seafarer", "Two", "Ana Berg"),
        ("missing:crew", "Nine", "coast guard"),
        ("dead", "Two", ""),
    ]


def test_a_count_another_speaker_gives_inside_a_claim_is_that_speakers(nlp: Language) -> None:
    text = "Organisers said about 20,000 people took part in the march; police estimated the crowd at 9,000."
    assert [(f.text, f.source) for f in figures(nlp, text)] == [
        ("about 20,000", "Organisers"),
        ("9,000", "police"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were 163 passengers.", [("aboard:passenger", "163")]),
        ("Some 200 passengers travelled on the ferry.", [("aboard:passenger", "Some 200")]),
        # passengers who did something or to whom something befell are some of those aboard
        ("Two passengers remained in a serious condition.", []),
        ("Five passengers had gone to hospital on Tuesday.", [("hospitalised:passenger", "Five")]),
        # a count per period is a rate, no count of a happening
        ("The airport handles about 4 million passengers a year.", []),
        ("The toll rose to 40 a day later.", [("dead", "40")]),
    ],
)
def test_passengers_counted_alone_are_those_aboard_unless_they_did_something(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


def test_jobs_expected_to_go_are_jobs_cut(nlp: Language) -> None:
    text = (
        '"We expect," said Ana Berg, chair of the Union of Financial Employees, "around 2,400 jobs '
        'to go under this plan." The union expects 300 more jobs to go at the plant.'
    )
    assert [(f.counted, f.text, f.source) for f in figures(nlp, text)] == [
        ("jobs", "around 2,400", "Ana Berg"),
        ("jobs", "300", "Union of Financial Employees"),
    ]


def test_a_tally_told_on_a_part_of_a_day_stands_at_that_day(nlp: Language) -> None:
    text = "On the evening of Monday, 10 August 2026, the coastguard had put the number of dead at seven."
    found = analyse(text, None, nlp).figures
    assert [(f.text, f.as_of) for f in found] == [("seven", "2026-08-10")]


def test_a_time_hung_on_the_speakers_noun_is_no_part_of_its_name(nlp: Language) -> None:
    text = (
        "The national Mines Inspectorate on Wednesday, February 25, 2026, raised the death toll "
        "from the collapse at the colliery to 14."
    )
    [found] = figures(nlp, text)
    # the inspectorate is named as the name recovered for it, without the date beside it
    assert (found.text, found.source) == ("14", "Mines Inspectorate")


def test_numbers_that_count_nothing_reported(nlp: Language) -> None:
    text = (
        "The bridge is 300 metres long. Three ministers met in 2023. The vote passed 52 to 48. "
        "Officials said the toll could rise to 200. He was 45 years old. "
        "Officials expect the toll to rise to 300."
    )
    assert figures(nlp, text) == []


def test_cost_needs_a_money_figure_and_a_cost_word(nlp: Language) -> None:
    found = figures(nlp, "The damage is estimated at $5 million. The company sold shares worth $2 million.")
    # the second is what a sale was for, its price, no cost
    assert [(f.counted, f.low) for f in found] == [
        ("cost:dollar", 5_000_000.0),
        ("price:dollar", 2_000_000.0),
    ]


def test_a_deals_price_is_counted_in_its_currency(nlp: Language) -> None:
    text = (
        "Orvo Group has sold its brewery unit to Fenn Holdings for 300 million euros, the company said. "
        "Fenn paid $250 million for the unit, Fenn said. He earns 5,000 euros a month. "
        "Analysts put the unit's annual sales at 720 million euros."
    )
    assert [(f.counted, f.text, f.low) for f in figures(nlp, text)] == [
        ("price:euro", "300 million euros", 300_000_000.0),
        ("price:dollar", "$250 million", 250_000_000.0),
    ]


def test_a_deals_price_is_read_past_an_apposition(nlp: Language) -> None:
    text = (
        "Private equity firm Halberd Partners has agreed to buy Corran Logistics, Calvora's "
        "third-largest road-freight operator, for 1.2 billion crowns, Halberd said on Monday."
    )
    assert [(f.counted, f.text) for f in figures(nlp, text)] == [("price:crown", "1.2 billion crowns")]


def test_a_denied_figure_gives_no_count(nlp: Language) -> None:
    found = figures(nlp, "The ministry denied that 50 people were killed in the raid on Dorvik.")
    assert found == []


def test_a_sentence_with_both_a_date_and_a_number_is_not_all_background(nlp: Language) -> None:
    found = figures(nlp, "On Tuesday, 14 people were killed in Dorvik.")
    assert [(f.counted, f.text) for f in found] == [("dead", "14")]


def test_tallies_and_verbs_before_the_figure_are_quoted_with_it(nlp: Language) -> None:
    found = figures(
        nlp,
        "A bomber struck a market in Dorvik, killing at least 12 people. The toll rose to 52 on Tuesday. "
        "Officials put the number of dead at 30. Police estimated the crowd at 5,000.",
    )
    assert [(f.counted, f.text, f.source, f.quote) for f in found] == [
        ("dead", "at least 12", "", "killing at least 12 people"),
        ("dead", "52", "", "The toll rose to 52"),
        ("dead", "30", "Officials", "the number of dead at 30"),
        ("crowd", "5,000", "Police", "the crowd at 5,000"),
    ]


def test_what_befell_a_crowd_is_what_is_counted(nlp: Language) -> None:
    found = figures(nlp, "At least 14 protesters were detained. Rescuers said 17 people remain missing.")
    assert [(f.counted, f.quote) for f in found] == [
        ("arrested:protester", "At least 14 protesters were detained"),
        ("missing", "17 people remain missing"),
    ]


def test_one_of_picks_out_a_member_and_counts_nothing(nlp: Language) -> None:
    text = "Police said the number of people attending makes it one of the largest rallies in Dorvik."
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two of the injured workers were in a serious condition, a hospital spokeswoman said.",
        "Three of the dead were children, police said.",
    ],
)
def test_a_part_picked_out_of_a_group_is_no_count(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


def test_the_whole_a_part_is_picked_out_of_is_no_count(nlp: Language) -> None:
    # "two of the 40 passengers were killed": two were, the 40 were not; two passengers.
    found = figures(nlp, "Two of the 40 passengers were killed, police said.")
    assert [(f.counted, f.text) for f in found] == [("dead:passenger", "Two")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Organisers said 120,000 people took part in the march.",
            [("crowd", "120,000", "Organisers", "120,000 people took part in the march")],
        ),
        (
            "About 1,500 people took part in the demonstration, police said.",
            [("crowd", "About 1,500", "police", "About 1,500 people took part in the demonstration")],
        ),
        (
            "About 5,000 joined the protest on Sunday, police said.",
            [("crowd", "About 5,000", "police", "About 5,000 joined the protest")],
        ),
        (
            "Police said 2,000 people turned out for the rally.",
            [("crowd", "2,000", "Police", "2,000 people turned out for the rally")],
        ),
        (
            "About 20,000 people marched through Redhaven on Saturday, organisers said. "
            "Police said 4,000 people took part.",
            [
                ("crowd", "About 20,000", "organisers", "About 20,000 people marched"),
                ("crowd", "4,000", "Police", "4,000 people took part"),
            ],
        ),
        (
            "Thousands marched through Redhaven on Saturday. According to the police, 38,000 "
            "people took part.",
            [("crowd", "38,000", "the police", "38,000 people took part")],
        ),
        (
            "Organisers say 95,000 people took to the streets of the capital on Saturday.",
            [("crowd", "95,000", "Organisers", "95,000 people took to the streets")],
        ),
        (
            "Thousands marched through Redhaven on Saturday against the plan. The union counted the "
            "marchers at three points. It called the police figure an insult. Police said 4,000 people "
            "had taken part.",
            [("crowd", "4,000", "Police", "4,000 people had taken part")],
        ),
        (  # the opening after a wire dateline that stands as a sentence of its own
            "REDHAVEN, May 3 (Harbour Wire) – About 900 people marched through Redhaven on Saturday "
            "against the plan, according to police. The marchers walked to the town hall. Speakers "
            "urged councillors to vote against it. The campaign said more than 3,000 people took part.",
            [
                ("crowd", "About 900", "police", "About 900 people marched"),
                ("crowd", "more than 3,000", "The campaign", "more than 3,000 people took part"),
            ],
        ),
        (  # the people "we had" there, said by the organisers of a march told of before
            'Parents marched through Redhaven on Saturday against the plan. "We had well over 3,000 '
            'people here today," said Ada Lind, who chairs the campaign.',
            [("crowd", "over 3,000", "Ada Lind", "over 3,000 people here")],
        ),
        (
            "Police said 25,000 people came to the rally, while unions said 100,000 marched.",
            [
                ("crowd", "25,000", "Police", "25,000 people came to the rally"),
                ("crowd", "100,000", "unions", "100,000 marched"),
            ],
        ),
        (  # coming, or turning out, with nothing after it, of a gathering told before
            "Thousands rallied in Redhaven on Sunday against the plan. Organisers said 100,000 "
            "people turned out.",
            [("crowd", "100,000", "Organisers", "100,000 people turned out")],
        ),
        (
            "Thousands rallied in Redhaven on Sunday against the plan. Organisers said 100,000 "
            "people had come.",
            [("crowd", "100,000", "Organisers", "100,000 people had come")],
        ),
        (  # a bare figure counted, of a gathering told before
            "Thousands rallied in Redhaven on Sunday against the plan. Organisers said 100,000 "
            "people turned out, while police counted 30,000.",
            [
                ("crowd", "100,000", "Organisers", "100,000 people turned out"),
                ("crowd", "30,000", "police", "counted 30,000"),
            ],
        ),
        (
            'Teachers filled the streets of Redhaven on Saturday in protest. "We counted more than '
            '45,000 people on the streets today," said Ada Lind, who leads the union.',
            [("crowd", "more than 45,000", "Ada Lind", "counted more than 45,000 people")],
        ),
        (  # the gathering's people in apposition, given by an estimate's owner
            "Teachers marched on Saturday. The march — about 8,000 people, by the police estimate "
            "— set off from Harbour Square.",
            [("crowd", "about 8,000", "police", "march — about 8,000")],
        ),
        ("Thousands rallied in Redhaven against the plan. Officials counted 30,000 votes.", []),
        ("The museum counted 45,000 people last year.", []),
        ("The agency counted 30,000 last year.", []),
        ("Around 3,000 fans came to the match.", []),
        ("Thousands rallied in Redhaven against the plan. About 300 people came home.", []),
        ("The plant opened in May. Its owner said 300 people turned out.", []),
        ('The plant opened in May. "We had 300 people here by June," the manager said.', []),
        # taking part in something that is no gathering, or going to one, counts no crowd
        ("Some 300 people took part in the talks.", []),
        (
            "The survey was published on Monday. It asked about pay. The pollster said 4,000 people took part.",
            [],
        ),
        ("The survey was published on Monday. The pollster said 4,000 people took part.", []),
        ("At least 40 people took the bus to the march.", []),
        ("About 300 soldiers joined the army.", []),
        (  # a lower-case "march" the tagger takes for the month
            "Organisers said 20,000 people joined the march.",
            [("crowd", "20,000", "Organisers", "20,000 people joined the march")],
        ),
        (
            "The prison service said about 40 prisoners were involved in the disturbance.",
            [
                (
                    "crowd:prisoner",
                    "about 40",
                    "The prison service",
                    "about 40 prisoners were involved in the disturbance",
                )
            ],
        ),
        (
            "The trust said some 120 inmates took part in the riot.",
            [("crowd:prisoner", "some 120", "The trust", "some 120 inmates took part in the riot")],
        ),
        ("The firm said 300 staff were involved in the project.", []),
        (  # "involved" alone, where a riot is told; and a riot "involving" its crowd
            'Prisoners rioted at the jail on Monday. "Approximately 40 prisoners were involved," '
            "a spokesman said.",
            [
                (
                    "crowd:prisoner",
                    "Approximately 40",
                    "a spokesman",
                    "Approximately 40 prisoners were involved",
                )
            ],
        ),
        (
            "The service said a disturbance at Kell Prison involving around 40 inmates was brought under control.",
            [
                (
                    "crowd:prisoner",
                    "around 40",
                    "The service",
                    "disturbance at Kell Prison involving around 40 inmates",
                )
            ],
        ),
        ("The firm said 300 staff were involved.", []),
        ("Police said a crash involving 40 cars closed the road.", []),
        # a count of gatherings is no crowd
        ("Police said two protests were held on Sunday.", []),
    ],
)
def test_people_who_joined_a_gathering_are_its_crowd(
    nlp: Language, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert [(f.counted, f.text, f.source, f.quote) for f in figures(nlp, text)] == expected


def test_a_figure_in_a_rival_speakers_words_is_that_speakers(nlp: Language) -> None:
    # "while unions said ...": the parser hangs the unions' words inside what police said.
    found = figures(
        nlp,
        "Police said 25,000 people took part in Saturday's march against the reform in Lindau, "
        "while unions said the crowd was more than 100,000.",
    )
    assert brief(found) == [("crowd", "25,000", "Police"), ("crowd", "more than 100,000", "unions")]


def test_whoever_revises_a_toll_gives_the_new_figure(nlp: Language) -> None:
    found = figures(
        nlp, "The health ministry on Sunday raised the death toll from the floods in Arvel to 19."
    )
    assert brief(found) == [("dead", "19", "health ministry")]
    found = figures(nlp, "The floods in Arvel killed 19 people, and the river rose to 4 metres.")
    assert brief(found) == [("dead", "19", "")]


@pytest.mark.parametrize(
    ("where", "name"),
    [
        ("Arvel General Hospital", "Jan Brandt"),  # "said" read as a parenthetical of "is"
        ("Marvale General Hospital", "Oskar Lindqvist"),  # "is" read as what "said" reports
    ],
)
def test_an_interrupted_quote_with_a_long_speaker_phrase(nlp: Language, where: str, name: str) -> None:
    # The parser makes the quoted "number" the speech verb's subject and the speaker an
    # apposition to it, in either of two shapes: the figure is still the director's.
    r = analyse(
        "Far more people died in the floods than the government admits. "
        f'"The real number," the director of {where}, {name}, said, "is at least 40."',
        PUBLISHED,
        nlp,
    )
    assert brief(r.figures) == [("dead", "at least 40", name)]


def test_an_interrupted_quote_read_as_a_report_is_the_speakers_claim(nlp: Language) -> None:
    r = analyse(
        '"The real number," the director of Marvale General Hospital, Oskar Lindqvist, said, "is at least 40."',
        PUBLISHED,
        nlp,
    )
    assert [(c.claimant, c.stance) for c in r.claims if "40" in c.quote] == [("Oskar Lindqvist", "asserts")]


def test_people_treated_for_injuries_are_injured(nlp: Language) -> None:
    found = figures(
        nlp, "More than 60 people were treated for injuries after the stand collapsed, hospital staff said."
    )
    assert brief(found) == [("injured", "More than 60", "hospital staff")]
    assert figures(nlp, "About 30 people were treated for shock, officials said.") == []


def test_people_taken_to_hospital_are_counted_apart_from_the_injured(nlp: Language) -> None:
    found = figures(
        nlp,
        "Twenty-three people were taken to hospital after the crush, the Marisport Ambulance Service said.",
    )
    assert brief(found) == [("hospitalised", "Twenty-three", "Marisport Ambulance Service")]
    found = figures(nlp, "At least 14 fans were hospitalised, the police said.")
    assert [(f.counted, f.text) for f in found] == [("hospitalised:fan", "At least 14")]
    # Still in hospital a day later is another count; taken to a place that is no hospital, none.
    assert figures(nlp, "Four people were still in hospital on Sunday, the deputy mayor said.") == []
    assert figures(nlp, "Forty people were taken to a shelter, officials said.") == []


def test_whom_a_hospital_admitted_are_hospitalised(nlp: Language) -> None:
    found = figures(
        nlp, "Kell General Hospital has admitted 112 patients since the weekend, its director said."
    )
    assert [(f.counted, f.text) for f in found] == [("hospitalised:patient", "112")]
    found = figures(nlp, "The hospital says 40 people had been admitted to its wards by Wednesday.")
    assert [(f.counted, f.text) for f in found] == [("hospitalised", "40")]
    # admitted by no hospital: a school's pupils, a confession
    assert figures(nlp, "The academy has admitted 120 pupils this year, the head said.") == []


def test_homes_flooded_are_counted_where_they_are_and_as_one_kind(nlp: Language) -> None:
    found = figures(nlp, "Around 340 homes in Lissendrum were flooded overnight, the borough council said.")
    assert [(f.counted, f.text) for f in found] == [("flooded:home", "Around 340")]
    found = figures(nlp, "About 610 houses were flooded, the fire service said.")
    assert [(f.counted, f.text) for f in found] == [("flooded:home", "About 610")]
    # A place between the counted people and what befell them.
    found = figures(nlp, "Twelve people in the village were killed, police said.")
    assert [(f.counted, f.text) for f in found] == [("dead", "Twelve")]
    assert figures(nlp, "Forty people with knives attacked the camp, police said.") == []


def test_a_hedge_after_a_line_break_is_kept(nlp: Language) -> None:
    # The parser runs a heading into the first sentence: "About" still hedges the figure.
    found = figures(
        nlp, "March in Lindau\n\nAbout 120,000 people marched through Lindau, the organisers said."
    )
    assert brief(found) == [("crowd", "About 120,000", "the organisers")]
    assert (found[0].low, found[0].high) == (108000, 132000)


def test_a_number_word_opening_a_sentence_is_a_count(nlp: Language) -> None:
    # The tagger reads "Eleven" here as an adjective; the parser still counts "people" with it.
    [f] = figures(
        nlp, "Eleven people were killed when a bus overturned near Tessel on Sunday, hospital officials said."
    )
    assert (f.counted, f.low, f.high, f.source) == ("dead", 11.0, 11.0, "hospital officials")


def test_an_adjective_that_is_no_number_word_counts_nothing(nlp: Language) -> None:
    assert (
        figures(nlp, "Several people were killed when a bus overturned near Tessel on Sunday, police said.")
        == []
    )


def test_a_speaker_named_with_the_place_it_is_of_is_not_that_place(nlp: Language) -> None:
    # "Police in Kastor": the police give the figure, not the town (whose entity the store would
    # show as the source); "Health Minister Ana Rios" is Ana Rios.
    text = (
        "Police in Kastor said on Monday that 41 people were arrested during the protest. "
        "Health Minister Ana Rios said 12 people were killed."
    )
    found = figures(nlp, text)
    named = {
        f.source: text[f.source_start : f.source_end] if f.source_start is not None else None for f in found
    }
    assert named == {"Police in Kastor": None, "Health Minister Ana Rios": "Ana Rios"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jobs a plan cuts are counted in the future tense the plan takes
        ("The chipmaker Stelvo will cut 2,000 jobs at its plants, the union said.", [("jobs", "2,000 jobs")]),
        ("Stelvo said that 600 jobs would be cut at its plants.", [("jobs", "600 jobs")]),
        # a guess is no count, and jobs nobody cuts are none
        ("The company could cut 500 jobs, analysts said.", []),
        ("The plant has 2,000 jobs, the union said.", []),
        # people infected with a disease
        (
            "At least 120 people have been infected with cholera in Dunmar, the aid group said.",
            [("infected", "At least 120 people have been infected")],
        ),
    ],
)
def test_jobs_cut_and_people_infected_are_counts(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.quote) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 340 staff walked out at the hospital on Tuesday, the hospital said.",
            ("strikers", "About 340"),
        ),
        ("About 1,200 workers joined Tuesday's strike, the union said.", ("strikers", "About 1,200")),
        ("The hospital said 340 employees stopped work.", ("strikers", "340")),
        ("Management said about 340 staff were on strike.", ("strikers", "about 340")),
        ("The union said 1,200 of its members had joined the walkout.", ("strikers", "1,200")),
        ("Three of them were killed, police said.", ("dead", "Three")),
    ],
)
def test_people_on_strike_are_counted(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == [expected]


def test_a_figure_of_a_clause_of_its_own_is_its_subjects(nlp: Language) -> None:
    text = (
        "Police said on Saturday that about 8,000 people joined the march against higher water "
        "tariffs, while the Fair Water Coalition put the figure at 45,000."
    )
    assert brief(figures(nlp, text)) == [
        ("crowd", "about 8,000", "Police"),
        ("crowd", "45,000", "Fair Water Coalition"),
    ]


def test_a_sum_in_crowns_is_counted_in_crowns(nlp: Language) -> None:
    text = "The repair of the bridge cost 19 million crowns, the city's auditor said."
    assert [f.counted for f in figures(nlp, text)] == ["cost:crown"]


def test_the_bare_head_of_an_organisations_name_is_that_organisation(nlp: Language) -> None:
    text = (
        "Five people have died, the Ministry of Health said on Monday. The toll has climbed since "
        "the ministry first reported two deaths on Friday."
    )
    assert {f.source for f in figures(nlp, text)} == {"Ministry of Health"}


def test_figures_issued_by_a_body_are_that_bodys(nlp: Language) -> None:
    text = (
        "Nineteen people have now died, according to the latest figures released by the Ministry of Health."
    )
    assert [f.source for f in figures(nlp, text)] == ["Ministry of Health"]


def test_homes_destroyed_and_damaged_are_two_counts(nlp: Language) -> None:
    text = (
        "About 3,000 homes were destroyed by the earthquake, the ministry said. A further 7,500 "
        "homes were damaged, the ministry said."
    )
    assert [(f.counted, f.text) for f in figures(nlp, text)] == [
        ("destroyed:home", "About 3,000"),
        ("damaged:home", "7,500"),
    ]


def test_a_figure_someone_rejects_is_its_owners(nlp: Language) -> None:
    text = 'Police spokesman Major Halt Senn rejected the opposition\'s figure of 120 arrests as "wildly exaggerated".'
    assert [(f.text, f.source) for f in figures(nlp, text)] == [("120", "opposition")]


def test_people_rescued_are_counted_but_not_a_running_total(nlp: Language) -> None:
    text = (
        "The coastguard said 48 people were rescued from the boat on Monday. More than 3,100 people "
        "have been rescued in the sea this year, according to the coastguard."
    )
    assert [(f.counted, f.text) for f in figures(nlp, text)] == [("rescued", "48")]


def test_a_figure_the_sentence_says_was_replaced_is_not_given(nlp: Language) -> None:
    found = figures(
        nlp,
        "Rescuers recovered three more bodies, agency spokesman Aurel Basse said, updating the "
        "agency's Monday figure of six dead and 14 missing. The toll rose to nine, up from six on "
        "Monday, police said.",
    )
    assert brief(found) == [("dead", "nine", "police")]


def test_a_count_reported_by_someone_inside_another_claim_is_theirs(nlp: Language) -> None:
    found = figures(
        nlp,
        "Eleven miners died in the collapse, the Norvale Mineworkers' Union said on Wednesday, "
        "putting the toll well above the four deaths reported by operator Aldine Mining.",
    )
    assert brief(found) == [
        ("dead:miner", "Eleven", "Norvale Mineworkers' Union"),
        ("dead", "four", "Aldine Mining"),
    ]


def test_a_count_acknowledged_by_someone_inside_another_claim_is_theirs(nlp: Language) -> None:
    found = figures(
        nlp,
        "Marrowen's army said on Tuesday that its forces had killed more than 40 Ildrian soldiers, "
        "a far higher figure than the 12 deaths acknowledged by Ildria.",
    )
    assert ("dead", "12", "Ildria") in brief(found)


def test_a_wire_datelines_place_gives_no_figure(nlp: Language) -> None:
    # The parser read the dateline's place as the subject of "said" and the lead as a relative
    # clause on it; a sentence starts where the dateline ends.
    found = figures(
        nlp,
        "ORREN VALE, Pellia, Jan 13 (Lantern) — The death toll from a landslide that buried part of "
        "the village rose to nine on Tuesday, the National Civil Protection Agency said.",
    )
    assert brief(found) == [("dead", "nine", "National Civil Protection Agency")]


def test_a_figure_is_for_towns_not_for_the_streets_it_names(nlp: Language) -> None:
    # The route of a march is no place of its own: the police count of the crowd "in the capital"
    # is of the same crowd.
    found = figures(
        nlp,
        "Organisers said 40,000 people took part in the march, which wound from Lantern Square to "
        "the parliament building on Kestrel Avenue.",
    )
    assert [(f.counted, f.places) for f in found] == [("crowd", [])]


def test_a_number_word_tagged_an_adjective_still_counts(nlp: Language) -> None:
    found = figures(nlp, "Eleven people have died in the outbreak, according to the hospital.")
    assert [(f.counted, f.text, f.source) for f in found] == [("dead", "Eleven", "the hospital")]


def test_a_tally_interrupted_by_a_long_attribution_is_the_speakers(nlp: Language) -> None:
    # The parser made the quoted tally a clause of what was said, and "is nine" the root.
    found = figures(
        nlp,
        '"The number of people still missing," the firm\'s operations director Pieter Valk said at '
        'a briefing at the company\'s site offices, "is nine."',
    )
    assert [(f.counted, f.text) for f in found] == [("missing", "nine")]
    assert "Pieter Valk" in found[0].source
    # the people nobody can account for are the missing, as "unaccounted for" ones are
    found = figures(nlp, '"The number of people we cannot account for," the director said, "is nine."')
    assert [(f.counted, f.text) for f in found] == [("missing", "nine")]


def test_a_figure_set_after_its_tally_and_a_colon_is_the_tallys(nlp: Language) -> None:
    found = figures(
        nlp,
        "Number of people evacuated across the valley as of Tuesday morning, according to the "
        "county civil protection office: about 3,400.",
    )
    assert [(f.counted, f.text, f.source) for f in found] == [
        ("displaced", "about 3,400", "the county civil protection office")
    ]


def test_an_area_of_a_named_crop_is_a_kind_of_its_own(nlp: Language) -> None:
    # "450 hectares of vines" is a part of the land a fire burned, not a rival count of it.
    found = figures(nlp, "The growers' association said about 450 hectares of vines were burned.")
    assert [(f.counted, f.text) for f in found] == [("burned:vine", "about 450")]
    found = figures(nlp, "The fire service said 3,400 hectares of forest were burned.")
    assert [(f.counted, f.text) for f in found] == [("burned:hectare", "3,400")]


def test_a_toll_given_as_a_noun_phrase_counts_its_kind(nlp: Language) -> None:
    found = figures(
        nlp,
        "Rescue teams reached the villages on Monday, as the civil protection agency gave a death "
        "toll of 41 from the flooding.",
    )
    assert [(f.counted, f.text, f.source, f.quote) for f in found] == [
        ("dead", "41", "civil protection agency", "a death toll of 41")
    ]
    found = figures(nlp, "Officials confirmed an injury toll of 41.")
    assert [(f.counted, f.text) for f in found] == [("injured", "41")]


def test_a_none_with_a_manner_of_its_own_denies_nothing(nlp: Language) -> None:
    # "none of them seriously" leaves its clause out; the parser hangs it on the next verb.
    found = figures(
        nlp,
        '"Three passengers were injured, none of them seriously, and all other passengers and crew '
        'left the aircraft unhurt," the airline said in a statement.',
    )
    assert [(f.counted, f.text, f.source) for f in found] == [("injured:passenger", "Three", "the airline")]


def test_a_figure_is_not_for_the_place_of_its_speakers_title_nor_of_another_happening(
    nlp: Language,
) -> None:
    # "Vellac's mayor" says whose word it is; "since the fire broke out near Orrach" where the
    # fire began: neither is where the homes burned, so neither keeps the figure from another's.
    found = figures(
        nlp,
        '"More than 300 homes have been destroyed," Vellac\'s mayor Benedek Sarro said on Wednesday.',
    )
    assert [(f.counted, f.places) for f in found] == [("destroyed:home", [])]
    found = figures(
        nlp,
        "The fire service said 112 homes have been destroyed since the fire broke out on Sunday "
        "near the village of Orrach.",
    )
    assert [(f.counted, f.places) for f in found] == [("destroyed:home", [])]
    # The place of the figure's own clause stays.
    found = figures(nlp, "The fire service said 112 homes have been destroyed in the village of Orrach.")
    assert [(f.counted, f.places) for f in found] == [("destroyed:home", ["Orrach"])]


def test_a_nationality_describing_the_company_is_no_place_of_its_figure(nlp: Language) -> None:
    # The parser makes "supplier" a second subject beside the name; "German" still says whose
    # word it is, not where the jobs go.
    found = figures(
        nlp, "German auto parts supplier Hellwig Antriebstechnik will cut 400 jobs, the company said."
    )
    assert [(f.counted, f.source, f.places) for f in found] == [("jobs", "Hellwig Antriebstechnik", [])]


def test_people_made_to_leave_their_homes_are_displaced(nlp: Language) -> None:
    found = figures(nlp, "About 300 families were forced from their homes by the floods, the mayor said.")
    assert [(f.counted, f.text) for f in found] == [("displaced:family", "About 300")]
    # Where they came from stands between the people and what befell them.
    found = figures(
        nlp, "According to the council, 430 residents from 11 streets were moved out of their homes."
    )
    assert brief(found) == [("displaced", "430", "the council")]
    # Going home, or staying in: nobody displaced.
    assert figures(nlp, "About 300 families returned to their homes on Friday, the mayor said.") == []
    assert figures(nlp, "About 300 families stayed in their homes, the mayor said.") == []


def test_people_made_to_leave_a_place_are_evacuated(nlp: Language) -> None:
    # Wherever they are made to leave: a site, not only a home; whoever was at it.
    found = figures(nlp, "The storm forced about 8,000 festival-goers to leave the site, the director said.")
    assert brief(found) == [("displaced", "about 8,000", "the director")]
    found = figures(nlp, "Police ordered 2,000 residents to leave, the mayor said.")
    assert brief(found) == [("displaced", "2,000", "the mayor")]
    found = figures(nlp, "About 900 guests were forced to leave the hotel, the fire service said.")
    assert brief(found) == [("displaced", "About 900", "the fire service")]
    # A post or a body left is no evacuation, nor is a wish to leave.
    assert figures(nlp, "The scandal forced 30 staff to leave the company, the union said.") == []
    assert figures(nlp, "About 900 guests wanted to leave the hotel, the manager said.") == []


def test_lives_taken_are_the_dead(nlp: Language) -> None:
    found = figures(nlp, "The landslide claimed 23 lives, the emergency office said on Tuesday.")
    assert brief(found) == [("dead", "23", "the emergency office")]
    assert brief(figures(nlp, "At least 12 lives were lost in the fire, police said.")) == [
        ("dead", "At least 12", "police")
    ]


def test_jobs_cut_told_as_a_loss(nlp: Language) -> None:
    found = figures(
        nlp, "The conversion will mean the loss of about 380 jobs at the site, according to the company."
    )
    assert brief(found) == [("jobs", "about 380", "the company")]
    found = figures(nlp, '"This decision will cost 1,240 people their jobs," said the union leader.')
    assert brief(found) == [("jobs", "1,240", "the union leader")]
    assert brief(figures(nlp, "The plan includes 380 job losses, the union said.")) == [
        ("jobs", "380", "the union")
    ]
    # a loss of something else counts no jobs
    assert figures(nlp, "The loss of 300 tonnes of grain was reported.") == []


def test_what_befell_a_count_after_its_speaker_interrupts_the_quote(nlp: Language) -> None:
    found = figures(
        nlp, '"More than 3,000 jobs," said the union leader, "will disappear by the end of next year."'
    )
    assert brief(found) == [("jobs", "More than 3,000", "union leader")]
    found = figures(nlp, '"Forty people," the mayor said, "were killed in the blast."')
    assert [f.counted for f in found] == ["dead"]


def test_kinds_of_people_listed_together_are_one_count(nlp: Language) -> None:
    text = "More than 60,000 teachers, parents and pupils marched through the capital, according to the organisers."
    assert brief(figures(nlp, text)) == [("crowd", "More than 60,000", "the organisers")]
    text = "The health service said 34 passengers and crew had been treated by paramedics at the scene."
    assert brief(figures(nlp, text)) == [("injured", "34", "The health service")]
    # two counts joined keep their own kinds
    found = figures(nlp, "Five soldiers and two civilians were killed, officials said.")
    assert [f.counted for f in found] == ["dead:soldier", "dead:civilian"]


def test_a_tally_of_a_crowds_size_and_a_tally_the_parser_gave_a_verb(nlp: Language) -> None:
    found = figures(nlp, "Police put the size of the crowd at up to 5,000 people.")
    assert [(f.counted, f.text) for f in found] == [("crowd", "up to 5,000")]
    # "culled" read as the tally's verb and "stood" as its clause
    found = figures(nlp, "The tally of birds culled stood at 120,000, the ministry said.")
    assert brief(found) == [("culled:bird", "120,000", "the ministry")]


def test_a_figure_given_in_figures_published_by_an_authority(nlp: Language) -> None:
    text = "The tally of birds culled stood at some 120,000, in figures published by the veterinary service."
    assert brief(figures(nlp, text)) == [("culled:bird", "some 120,000", "veterinary service")]


def test_a_crowd_with_its_figure_in_apposition(nlp: Language) -> None:
    found = figures(nlp, "The crowd, about 8,000 according to police, marched to the ministry.")
    assert brief(found) == [("crowd", "about 8,000", "police")]


def test_animals_destroyed_are_culled_and_a_cull_is_counted_from_its_start(nlp: Language) -> None:
    text = (
        "Nearly 40,000 pigs have been destroyed in the province since swine fever was confirmed last "
        "month, the farmers' union said on Monday."
    )
    assert [f.counted for f in figures(nlp, text)] == ["culled:pig"]
    assert [f.counted for f in figures(nlp, "The fire destroyed 300 homes, police said.")] == [
        "destroyed:home"
    ]


def test_what_a_vessel_may_carry_is_no_count_of_those_aboard(nlp: Language) -> None:
    assert figures(nlp, "The ferry was licensed for 150 passengers, the operator said.") == []
    assert [f.counted for f in figures(nlp, "There were 163 passengers, officials said.")] == [
        "aboard:passenger"
    ]


def test_a_tally_set_at_a_figure_after_the_words_of_what_it_counts(nlp: Language) -> None:
    # The parser hangs "at 430" on the participle inside the tally's words.
    found = figures(
        nlp,
        "The council has put the number of people evacuated during Monday's fire at 430, far fewer "
        "than the figure given by the fire service.",
    )
    assert brief(found) == [("displaced", "430", "council")]


def test_a_difference_between_two_figures_counts_nothing(nlp: Language) -> None:
    found = figures(
        nlp, "The repair cost £14.2 million, £4.4 million more than budgeted, the council said on Monday."
    )
    assert [(f.counted, f.text) for f in found] == [("cost:pound", "£14.2 million")]
    found = figures(nlp, "Police said 900 people were arrested, 300 fewer than the union said.")
    assert [(f.counted, f.text) for f in found] == [("arrested", "900")]


def test_people_arriving_in_numbers_are_a_crowd(nlp: Language) -> None:
    found = figures(nlp, "Around 3,000 people descended on the park on Saturday for a snowball fight.")
    assert [(f.counted, f.text) for f in found] == [("crowd", "Around 3,000")]
    found = figures(nlp, "More than 500 fans flocked to the square, police said.")
    assert [(f.counted, f.text) for f in found] == [("crowd:fan", "More than 500")]


def test_animals_culled_are_a_count_of_their_own(nlp: Language) -> None:
    found = figures(nlp, "Veterinary teams have culled 48,000 birds on six poultry farms, the ministry said.")
    assert [(f.counted, f.text) for f in found] == [("culled:bird", "48,000")]


@pytest.mark.parametrize(
    ("text", "counted", "figure"),
    [
        ("The fire service said 2,300 hectares have burned since Monday.", "burned:hectare", "2,300"),
        (
            "The fire has scorched about 4,100 hectares, the directorate said.",
            "burned:hectare",
            "about 4,100",
        ),
        ("The ferry had 212 passengers on board, the coastguard said.", "aboard:passenger", "212"),
        ("There were 163 passengers aboard, the airport said.", "aboard:passenger", "163"),
    ],
)
def test_land_a_fire_burned_and_people_on_board_are_counts_of_their_own(
    nlp: Language, text: str, counted: str, figure: str
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == [(counted, figure)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five soldiers and two civilians were killed in the attack, the army said.",
            [("dead:soldier", "Five"), ("dead:civilian", "two")],
        ),
        (
            '"The aircraft landed safely with 148 passengers and six crew on board," the airline said.',
            [("aboard:passenger", "148"), ("aboard:crew", "six")],
        ),
        (
            "Police arrested 12 men and two women, officials said.",
            [("arrested:man", "12"), ("arrested:woman", "two")],
        ),
        # a second verb's count is not joined to the first: the hostages were freed
        ("Police arrested 12 men and freed three hostages, officials said.", [("arrested:man", "12")]),
    ],
)
def test_counts_joined_by_and_share_what_befell_them(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry was carrying 212 passengers and 14 crew members when it sank, the coastguard said.",
            [("aboard:passenger", "212"), ("aboard:crew", "14")],
        ),
        ("The bus was carrying 40 passengers when it overturned, police said.", [("aboard:passenger", "40")]),
        # passengers counted with nothing befalling them are those aboard
        ('"There were 163 passengers," the airport director said.', [("aboard:passenger", "163")]),
        ("The bus was carrying 40 tonnes of cement, police said.", []),
        # one of them picked out is no count of those aboard
        ("One passenger, a student returning home, said the crew were calm, the airline said.", []),
    ],
)
def test_people_a_vessel_carried_are_those_aboard(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its crew pulled 212 people from a sinking trawler, the charity said.", [("rescued", "212")]),
        ("Firefighters pulled 14 survivors out of the rubble, officials said.", [("rescued:survivor", "14")]),
        # bodies pulled out are the dead; things pulled out are nobody
        ("Divers pulled three bodies from the river, police said.", [("dead", "three")]),
        ("The team pulled 40 tonnes of debris from the river, officials said.", []),
    ],
)
def test_people_pulled_out_of_danger_are_those_rescued(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


def test_a_flock_of_birds_is_no_crowd(nlp: Language) -> None:
    text = "The toll included a breeder flock of 4,500 birds, culled as a dangerous contact."
    assert not [f for f in figures(nlp, text) if f.counted.startswith("crowd")]


@pytest.mark.parametrize(
    "text",
    [
        '"Four people died on our street alone," said a resident.',
        "In the capital alone, 40 people were arrested, police said.",
    ],
)
def test_a_count_for_one_place_alone_is_a_part(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []
    lived = figures(nlp, "A man who lived alone was among the 12 people killed, police said.")
    assert [(f.counted, f.text) for f in lived] == [("dead", "12")]


def test_a_turnout_put_at_a_figure_is_a_crowd(nlp: Language) -> None:
    found = figures(nlp, "Organisers from the teachers' union put the turnout at 150,000.")
    assert [(f.counted, f.text, f.source) for f in found] == [
        ("crowd", "150,000", "Organisers from the teachers union")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"There were well over 3,000 people on the prom," the events manager said.',
            [("crowd", "over 3,000")],
        ),
        ("There were about 200 fans outside the ground when the team arrived.", [("crowd", "about 200")]),
        # people somewhere who are no crowd that gathered: on board, a count of its own
        ("There were 40 passengers on board the ferry.", [("aboard:passenger", "40")]),
        ("There were 12 people injured in the crash.", [("injured", "12")]),
    ],
)
def test_people_present_in_numbers_are_a_crowd(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


def test_a_number_written_with_a_hyphen_is_read_whole(nlp: Language) -> None:
    found = figures(nlp, '"Fifty-seven of our members were arrested yesterday," the union president said.')
    assert [(f.counted, f.text, f.low) for f in found] == [("arrested:member", "Fifty-seven", 57.0)]


def test_the_rest_of_a_count_told_in_parts_is_no_count(nlp: Language) -> None:
    assert figures(nlp, "According to the police, the other 14 people arrested have been released.") == []
    assert figures(nlp, "The remaining 14 people arrested on Monday were released, police said.") == []
    # "Another" counts a second kind in full: three died and another 14 were injured.
    found = figures(nlp, "Three people died and another 14 were injured, police said.")
    assert [(f.counted, f.text) for f in found] == [("dead", "Three"), ("injured", "14")]


def test_others_besides_someone_named_are_part_of_a_count(nlp: Language) -> None:
    assert figures(nlp, "The ambassador and three other Americans were killed in the attack.") == []


def test_a_noun_the_first_is_a_compound_of_is_the_counted_one(nlp: Language) -> None:
    # "aid workers", "police officers": the noun after the first one counts; "crew members"
    # are the crew.
    assert brief(figures(nlp, "Police said 20 aid workers were killed.")) == [("dead:worker", "20", "Police")]
    assert brief(figures(nlp, "Police said five police officers were injured.")) == [
        ("injured:officer", "five", "Police")
    ]
    assert brief(figures(nlp, "The company said 11 crew members were rescued.")) == [
        ("rescued:crew", "11", "The company")
    ]
    assert brief(figures(nlp, "According to the coastguard, 14 crew were rescued.")) == [
        ("rescued:crew", "14", "the coastguard")
    ]


def test_the_seriously_hurt_are_a_count_of_their_own(nlp: Language) -> None:
    assert brief(figures(nlp, "Police said three people were seriously hurt.")) == [
        ("injured:serious", "three", "Police")
    ]
    assert brief(figures(nlp, "Police said 14 people were hurt.")) == [("injured", "14", "Police")]


def test_a_word_of_what_befell_them_before_a_noun_counts_that_noun(nlp: Language) -> None:
    found = figures(nlp, "The ministry said 12,000 birds had been culled at the first two infected farms.")
    # (the birds culled are a count of their own)
    assert brief(found) == [
        ("culled:bird", "12,000", "The ministry"),
        ("infected:farm", "two", "The ministry"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 12 people were killed at three farms.", [("dead", "12", "Police")]),
        ("Police said 30 people were arrested in 12 raids.", [("arrested", "30", "Police")]),
        # a count standing at its figure stays
        ("The toll stood at 45 people, police said.", [("dead", "45", "police")]),
    ],
)
def test_the_places_a_happening_befell_are_no_count_of_it(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert brief(figures(nlp, text)) == expected


def test_people_stranded_and_a_quoted_figure(nlp: Language) -> None:
    # Passengers are whom a stranding counts; a figure in quotation marks keeps its hedge.
    text = (
        'The airport said that "about 4,200 passengers" had been stranded in the terminals. '
        'Its critic, Hanne Gorrisk, told us on Saturday that "at least 6,000" people were stranded.'
    )
    assert brief(figures(nlp, text)) == [
        ("stranded", "about 4,200", "The airport"),
        ("stranded", "at least 6,000", "Hanne Gorrisk"),
    ]
    assert figures(nlp, "Three strands of the inquiry were closed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmont Energy said 8,500 homes were without power.", ("without_power:home", "8,500")),
        (
            "The utility said the storm left about 21,000 customers without electricity.",
            ("without_power:customer", "about 21,000"),
        ),
        (
            "The operator said more than 12,000 households lost power.",
            ("without_power:home", "more than 12,000"),
        ),
        ("Officials said power was cut to 30,000 homes.", ("without_power:home", "30,000")),
        (
            "The company said some 2,000 properties remained without power.",
            ("without_power:home", "some 2,000"),
        ),
    ],
)
def test_homes_an_outage_left_without_power(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    [found] = figures(nlp, text)
    assert (found.counted, found.text) == expected


def test_without_something_else_or_losing_something_else_is_no_outage(nlp: Language) -> None:
    assert figures(nlp, "Police said 200 people were without food.") == []
    # staff who lost their jobs: jobs cut, no outage
    assert brief(figures(nlp, "The firm said 3,000 staff lost their jobs.")) == [
        ("jobs", "3,000", "The firm")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The operator said more than 100 flights were cancelled.", [("cancelled:flight", "more than 100")]),
        (
            "The union said the strike forced the cancellation of at least 260 flights.",
            [("cancelled:flight", "at least 260")],
        ),
        ("The authority said 112 departures had been scrapped.", [("cancelled:departure", "112")]),
        # jobs scrapped are a cut; one party's own part of the count is no count of the whole
        ("The firm said 300 jobs were scrapped.", [("jobs", "300")]),
        ("The airline said it had cancelled 74 of its own flights.", []),
    ],
)
def test_things_called_off(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 46 confirmed cases were recorded.", [("infected", "46")]),
        (
            "Cholera has spread across the province. The ministry said 46 cases have been confirmed.",
            [("infected", "46")],
        ),
        ("The ministry put the number of cholera cases at 46.", [("infected", "46")]),
        ("The association said more than 400 people have caught cholera.", [("infected", "more than 400")]),
        # cases of no illness, and catching something else
        ("The court said 46 cases were pending.", []),
        ("Police said 40 officers caught the train.", []),
    ],
)
def test_cases_of_an_illness_are_the_people_infected(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


def test_a_bare_number_counts_what_the_figure_before_it_counted(nlp: Language) -> None:
    # the count just given, not a word of another kind of count earlier in the text
    text = (
        "A chlorine leak at the plant forced an evacuation. Nearly three thousand people were forced "
        'from their homes, the mayor said. "The real number," Mayor Liesl Arnholt said, "is closer to 3,000."'
    )
    assert [(f.counted, f.text) for f in figures(nlp, text)] == [
        ("displaced", "Nearly three thousand"),
        ("displaced", "closer to 3,000"),
    ]


def test_a_burned_area_told_in_the_opening_is_what_a_later_bare_number_counts(nlp: Language) -> None:
    text = (
        "The wildfire has burned a much larger area than firefighters have reported, the forestry agency said. "
        "Its head, Vesna Karolic, said the mapping showed pine plantation and open heath. "
        '"The fire service counts what it can see," she told reporters on Thursday. '
        '"But the number," she said, "is closer to 4,100 hectares."'
    )
    assert [(f.counted, f.text) for f in figures(nlp, text)] == [("burned:hectare", "closer to 4,100")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Dr Oren Falsby said: "Our members have identified around ninety patients who have been infected."',
            [("infected:patient", "around ninety")],
        ),
        ("Police said they had found 12 people who were injured in the blast.", [("injured", "12")]),
        ("The mayor said 40 people who live near the plant have complained.", []),
    ],
)
def test_what_befell_the_counted_told_in_their_own_clause(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


def test_a_restructuring_that_would_cost_jobs_cuts_them(nlp: Language) -> None:
    text = "The union said the bank's restructuring would cost about 1,100 jobs."
    assert [(f.counted, f.text) for f in figures(nlp, text)] == [("jobs", "about 1,100")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "up to" parsed as the particle of "cut up"
        ("Acme Corp will cut up to 900 jobs at its Tarrow plant, the company said.", [("jobs", "up to 900")]),
        # a count in words read as no year of its own
        (
            "More than two thousand jobs will disappear at the Tarrow plant, the union said on Wednesday.",
            [("jobs", "More than two thousand")],
        ),
    ],
)
def test_jobs_cut_up_to_a_ceiling_or_counted_in_words(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text, published=date(2026, 1, 22))] == expected


def test_a_tally_likely_to_exceed_a_figure_is_above_it_and_counts_its_kind(nlp: Language) -> None:
    text = "The number of fish killed in the lake this week is likely to exceed 20,000, an ecologist said."
    [found] = figures(nlp, text)
    assert (found.counted, found.text, found.low, found.high, found.source) == (
        "dead:fish",
        "exceed 20,000",
        20_000,
        None,
        "an ecologist",
    )


def test_jobs_a_tally_counts_and_jobs_that_would_go_after_a_plan_showing_them(nlp: Language) -> None:
    found = figures(nlp, "The number of jobs set to disappear at the plant is close to 600, the union said.")
    assert brief(found) == [("jobs", "close to 600", "the union")]
    found = figures(nlp, "Ada Lind told workers that the union had seen a plan showing 580 posts would go.")
    assert brief(found) == [("jobs", "580", "Ada Lind")]
    assert figures(nlp, "Ada Lind said 580 posts would go to the new plant.") == []


def test_a_figure_of_a_relative_clause_with_its_own_subject_is_that_subjects(nlp: Language) -> None:
    text = (
        "More than 400 people have caught cholera, the association said, accusing the ministry of "
        "hiding an outbreak that officials put at 46 cases."
    )
    assert brief(figures(nlp, text)) == [
        ("infected", "More than 400", "the association"),
        ("infected", "46", "officials"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The society said rescue teams have recovered 23 bodies from the mud.", [("dead", "23")]),
        ("Police said 14 bodies were found in the river.", [("dead", "14")]),
        # bodies that govern, and what a toll rose by
        ("The ministry said the two bodies agreed a plan.", []),
        ("Police said rescuers recovered three more bodies.", []),
        (
            "Rescuers recovered five bodies on Monday, bringing the death toll to 14, police said.",
            [("dead", "14")],
        ),
    ],
)
def test_bodies_found_are_the_dead(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


def test_people_who_filled_the_streets_are_a_crowd(nlp: Language) -> None:
    text = "More than 40,000 people filled the streets of the capital, according to the organisers."
    assert brief(figures(nlp, text)) == [("crowd", "More than 40,000", "the organisers")]
    assert figures(nlp, "The firm said 300 staff filled the orders.") == []


def test_prisoners_who_escaped_or_broke_out(nlp: Language) -> None:
    text = (
        "VESK - Twelve inmates broke out of the central prison overnight, the ministry said. "
        "Close to 40 prisoners escaped, the union said."
    )
    assert brief(figures(nlp, text)) == [
        ("escaped:prisoner", "Twelve", "the ministry"),  # inmates and prisoners: one kind
        ("escaped:prisoner", "Close to 40", "the union"),
    ]
    assert figures(nlp, "Police said two fires broke out overnight.") == []


def test_a_day_of_a_month_is_no_count_and_the_month_no_march(nlp: Language) -> None:
    assert figures(nlp, "How many tractors drove into Kell on Wednesday, 12 March 2025? Nobody knows.") == []
    found = figures(nlp, "Police said 30 people were arrested on March 12.")
    assert brief(found) == [("arrested", "30", "Police")]


def test_jobs_cut_by_a_deadline_still_to_come(nlp: Language) -> None:
    # "by the end of the year" is when the cut is done, not a year's running count
    text = "Tellmark said it would close the factory by the end of the year and cut about 230 jobs."
    found = analyse(text, date(2025, 3, 24), nlp).figures
    assert [(f.counted, f.text) for f in found] == [("jobs", "about 230")]
    found = analyse("The charity said it had rescued 300 dogs this year.", date(2025, 3, 24), nlp).figures
    assert found == []


def test_people_who_will_lose_their_jobs_count_the_jobs_cut(nlp: Language) -> None:
    found = figures(nlp, "The union said close to 450 people will lose their jobs when the plant shuts.")
    assert brief(found) == [("jobs", "close to 450", "The union")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The closure will put more than 300 people out of work, the union said.",
            [("jobs", "more than 300", "the union")],  # "put" gives no figure here
        ),
        (
            "The decision would leave around 310 workers without a job, the council leader said.",
            [("jobs", "around 310", "the council leader")],
        ),
        ("About 90 staff were left jobless.", [("jobs", "About 90", "")]),
        # jobs put in doubt count as a cut does
        ("The union said some 1,400 jobs are on the line.", [("jobs", "some 1,400", "The union")]),
        ("The union said close to 400 jobs were at risk.", [("jobs", "close to 400", "The union")]),
        (
            "The company said fewer than 650 positions will be affected.",
            [("jobs", "fewer than 650", "The company")],
        ),
        (
            "The plan would affect about 600 positions, the company said.",
            [("jobs", "about 600", "the company")],
        ),
        ("The storm affected 3,000 homes.", [("affected:home", "3,000", "")]),
        ("The storm left 300 people without power.", [("without_power", "300", "")]),
    ],
)
def test_people_left_out_of_work_count_the_jobs_cut(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert brief(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twenty-three runners were treated for heat-related illness, organisers said.",
            [("ill:runner", "Twenty-three")],
        ),
        ("Ambulance crews treated 61 runners for heat exhaustion and dehydration.", [("ill:runner", "61")]),
        ("23 people were treated for burns and smoke inhalation.", [("injured", "23")]),
        ("Medics said 40 people were treated for cholera.", [("ill", "40")]),  # a named disease
        ("Medics treated 12 people for injuries.", [("injured", "12")]),
        ("Paramedics treated 61 people at the scene of the crush.", [("injured", "61")]),
        ("The clinic treated 40 patients at its site in Dorvik.", []),
        ("The clinic treated 40 patients last week.", []),  # treated for nothing told
    ],
)
def test_people_treated_for_an_illness_were_taken_ill_and_for_burns_hurt(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The authority said 38 pupils had been treated at the hospital.", [("hospitalised:child", "38")]),
        (
            "A senior doctor at Kell General Hospital says more than 70 children were treated there.",
            [("hospitalised:child", "more than 70")],
        ),
        # treated there, with no hospital named, or treated at the scene: no one hospitalised
        # (those treated at the scene are the injured)
        ("Medics said more than 70 children were treated there.", []),
        ("Medics said 12 people were treated at the scene.", [("injured", "12")]),
    ],
)
def test_children_treated_at_a_hospital(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.counted, f.text) for f in figures(nlp, text)] == expected


def test_people_still_trapped(nlp: Language) -> None:
    found = figures(nlp, "The company said thirty miners remain trapped underground.")
    assert brief(found) == [("trapped:miner", "thirty", "The company")]
    assert figures(nlp, "The company said it set 12 traps.") == []


def test_a_rival_estimate_closer_to_a_number_in_an_interrupted_quote(nlp: Language) -> None:
    text = (
        "The airport said that about 4,200 passengers had been stranded in the terminals. "
        'Hanne Gorrisk said the figure was far too low. "The real number," she said, "is closer to 6,500."'
    )
    found = figures(nlp, text)
    assert brief(found)[-1] == ("stranded", "closer to 6,500", "Hanne Gorrisk")
    assert (found[-1].low, found[-1].high) == (5850.0, 7150.0)


def test_ballots_cast_are_the_votes_cast(nlp: Language) -> None:
    assert brief(figures(nlp, "The commission said 48,210 ballots had been cast.")) == [
        ("votes", "48,210", "The commission")
    ]
    assert brief(figures(nlp, 'The party said its observers recorded "more than 51,000" ballots cast.')) == [
        ("votes", "more than 51,000", "The party")
    ]
    # A candidate's votes are no casting.
    assert figures(nlp, "The commission said Mr Dremmel won 25,114 votes.") == []


def test_a_word_of_another_noun_and_the_first_term_of_a_ratio_count_nothing(nlp: Language) -> None:
    # "one in ten" is a share; "rescue teams" are no one rescued; homes attended are no crowd.
    assert figures(nlp, '"Fewer than one in ten of our employees are on strike," Ann Ensley said.') == []
    assert figures(nlp, "Police said three out of five protesters were students.") == []
    assert figures(nlp, "The service said two specialist rescue teams had worked through the night.") == []
    assert figures(nlp, '"Our fire fighters have attended about 65 homes with damage," she said.') == []


def test_an_outbreak_counted_since_its_start_is_the_news(nlp: Language) -> None:
    text = "According to the agency, 212 people have been infected with hepatitis A in the area since early January."
    assert brief(figures(nlp, text)) == [("infected", "212", "the agency")]


def test_people_who_fell_ill(nlp: Language) -> None:
    # An outbreak's count told with "ill" or "sick" after a verb, or as "sickened".
    assert brief(figures(nlp, "Thirty-seven people have been taken ill, the agency said on Tuesday.")) == [
        ("ill", "Thirty-seven", "the agency")
    ]
    assert brief(figures(nlp, "More than 90 people have fallen ill in the outbreak, doctors said.")) == [
        ("ill", "More than 90", "doctors")
    ]
    assert brief(figures(nlp, "Officials said 37 people were sickened.")) == [("ill", "37", "Officials")]
    assert brief(figures(nlp, "Forty children became sick after the meal, the school said.")) == [
        ("ill:child", "Forty", "the school")
    ]
    # Falling without "ill" is no illness.
    assert figures(nlp, "Police said 40 people fell from the stand.") == []


def test_a_part_picked_out_between_commas_is_passed_over(nlp: Language) -> None:
    text = "Eleven people, including four children, were admitted to hospital, the agency said."
    assert brief(figures(nlp, text)) == [("hospitalised", "Eleven", "the agency")]
    # "Six others" are the rest of a count told in parts, not the count.
    text = (
        "Seven people were injured, police said. A woman was airlifted to hospital. Six others, "
        "including the driver, were treated for minor injuries, a hospital spokesperson said."
    )
    assert brief(figures(nlp, text)) == [("injured", "Seven", "police")]


def test_jobs_that_will_go_are_cut(nlp: Language) -> None:
    assert brief(figures(nlp, "The union says nearly 1,200 jobs will go under the plan.")) == [
        ("jobs", "nearly 1,200", "The union")
    ]
    assert brief(figures(nlp, "About 300 roles are going, the company said.")) == [
        ("jobs", "About 300", "the company")
    ]
    # Jobs that go somewhere are moved, not cut.
    assert figures(nlp, "About 300 jobs will go to the new plant in the north, the company said.") == []


def test_those_whose_data_a_breach_reached(nlp: Language) -> None:
    text = "Hackers had accessed the personal details of about 120,000 customers, the company said."
    assert brief(figures(nlp, text)) == [("affected", "about 120,000", "the company")]
    assert brief(figures(nlp, "The data of 2 million users was stolen, the firm said.")) == [
        ("affected", "2 million", "the firm")
    ]
    # Details published are no breach.
    assert figures(nlp, "The company published the details of 40 new models, it said.") == []


def test_people_who_had_to_leave_their_homes(nlp: Language) -> None:
    text = (
        "More than 600 people had to leave their homes during the gas leak, the residents' association said."
    )
    assert brief(figures(nlp, text)) == [("displaced", "More than 600", "the residents' association")]
    # Having to wait is no leaving.
    assert figures(nlp, "About 300 people had to wait for hours, officials said.") == []


def test_a_count_stands_at_the_day_its_source_told_it(nlp: Language) -> None:
    text = "Nearly 40,000 pigs have been destroyed in the province, the farmers' union said on Monday."
    assert [f.as_of for f in figures(nlp, text, published=date(2026, 8, 4))] == ["2026-08-03"]
    text = "Fourteen people died on Sunday, police told reporters on Monday."
    assert [f.as_of for f in figures(nlp, text, published=date(2026, 8, 4))] == ["2026-08-03"]
    text = '"Nearly 310,000 birds have been destroyed so far," the growers\' leader said on Monday evening.'
    assert [f.as_of for f in figures(nlp, text, published=date(2026, 8, 4))] == ["2026-08-03"]
    # the day it happened is no day its count stood at
    text = "Fourteen people died on Sunday, police said."
    assert [f.as_of for f in figures(nlp, text, published=date(2026, 8, 4))] == [None]


def test_what_befell_a_count_after_a_long_interruption(nlp: Language) -> None:
    text = (
        '"More than 3,000 jobs," said Ann Lee, general secretary of the Finance Workers\' Union, '
        '"will disappear from the branch network by the end of next year."'
    )
    assert [(f.counted, f.text) for f in figures(nlp, text)] == [("jobs", "More than 3,000")]


def test_the_day_a_count_stands_at(nlp: Language) -> None:
    text = (
        "The number of people killed has risen to 17, the office said on Thursday. "
        "The toll stood at six on Monday."
    )
    found = figures(nlp, text, published=date(2026, 1, 15))
    assert [(f.text, f.as_of) for f in found] == [("17", "2026-01-15"), ("six", "2026-01-12")]
    found = figures(
        nlp, "As of Friday, 14 patients had been infected, the trust said.", published=date(2026, 1, 15)
    )
    assert [f.as_of for f in found] == ["2026-01-09"]
    found = figures(
        nlp, "Staff at the hospital nearby Friday counted 37 infected patients.", published=date(2026, 1, 15)
    )
    assert [f.as_of for f in found] == [None]
    # What happened on a day is no count standing at it: the toll may have been counted later.
    found = figures(nlp, "Fourteen people died on Monday, police said.", published=date(2026, 1, 15))
    assert [f.as_of for f in found] == [None]
    # A count told beside a tally stands at the tally's day.
    text = "On Monday the agency had put the number of dead at 23, with 40 missing."
    found = figures(nlp, text, published=date(2026, 1, 15))
    assert [(f.counted, f.as_of) for f in found] == [("dead", "2026-01-12"), ("missing", "2026-01-12")]


def test_an_organisation_that_gives_a_figure_as_it_is_that_organisation(nlp: Language) -> None:
    text = "Tellmark Appliances said it would close its factory, a decision it said would cut about 230 jobs."
    assert brief(figures(nlp, text)) == [("jobs", "about 230", "Tellmark Appliances")]


def test_a_giver_after_a_closing_quotation_is_named_without_the_mark(nlp: Language) -> None:
    # The splitter leaves the quotation's closing mark and the paragraph break on the next
    # sentence: the giver's name is its words, not the mark.
    text = (
        '"The final cost of the works was 46.2 million crowns," a ministry spokesman said on Wednesday. '
        "\"That is the figure in our audited accounts. The number in the chamber's report is not one "
        "the ministry recognises.\"\n\nThe chamber's report, published on Tuesday, put the cost at "
        "71.8 million crowns against an original budget of 38 million."
    )
    found = brief(figures(nlp, text))
    assert ("cost:crown", "71.8 million crowns", "chamber report") in found


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Nine people had been confirmed dead a day earlier, officials said.", "2024-03-13"),
        ("Police said 40 people had been reported arrested two days earlier.", "2024-03-12"),
        # the day the injuries happened is no day their count was told
        ("Ten people were hurt two days earlier, officials said.", None),
    ],
)
def test_a_count_told_days_before_the_article_stands_at_that_day(
    nlp: Language, text: str, as_of: str | None
) -> None:
    [found] = figures(nlp, text)
    assert found.as_of == as_of


def test_organisers_who_claim_a_count_give_it(nlp: Language) -> None:
    text = "Police put the crowd at 8,000, while organisers claimed 35,000 marchers."
    assert brief(figures(nlp, text)) == [("crowd", "8,000", "Police"), ("crowd", "35,000", "organisers")]
    # a toll a fire took is no count the fire gives
    assert [f.source for f in figures(nlp, "The fire claimed 12 lives, police said.")] == ["police"]


def test_a_number_on_a_name_is_a_model_not_a_count(nlp: Language) -> None:
    text = '"No Ember 300 heater has been recalled, quietly or otherwise," said Juliette Banerjee.'
    assert figures(nlp, text) == []
    found = figures(nlp, "Fennick recalled 40,000 of its Ember 300 space heaters, the group said.")
    assert [f.text for f in found] == ["40,000"]
    # A place before a count is no name of it.
    assert [f.text for f in figures(nlp, "In Harwick 12 people were killed, police said.")] == ["12"]
