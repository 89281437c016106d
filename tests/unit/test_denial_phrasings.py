"""Denial phrasings mined from real coverage that calls a report untrue, with look-alikes that
are no denial of a report."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.pipeline.claims import extract_claims
from service.pipeline.nlp import load
from service.pipeline.statements.extract import extract_statements
from tests.unit.test_claims import Read, own_voice_claims
from tests.unit.test_statements import groups_from_ents, times_from_ents


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


@pytest.mark.parametrize(
    "text",
    [
        "Experts called the video an elaborate prank.",
        "The doctor said the claims were untruths.",
        "He said the photos were pure fakery.",
        "The agency said the story was a spoof.",
        "Fact-checkers said the report was a hoax.",
        "The museum said the photo was photoshopped.",
        "The spokesman said the report was not true.",
        "The company said the claims had no basis.",
        "The bishop said the report was pure invention.",
        '"The story is an invention from the first word to the last," the chairman said.',
    ],
)
def test_calling_a_report_untrue_is_a_denial(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        '"There has been no search, no raid and no operation of any kind at those premises," he said.',
        '"There was no raid," the spokesman said.',
    ],
)
def test_a_list_of_happenings_none_of_which_took_place_is_a_denial(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        '"The report is wrong," the spokeswoman said.',
        "The ministry said the reports were mistaken.",
        "The company said the newspaper's report was erroneous.",
        "The palace said the reports were wide of the mark.",
        "The ministry said the report did not reflect reality.",
        "The ministry said the claims were not based on facts.",
        "A spokesman said the report was speculation.",
        "The agency said the claims did not stand up to scrutiny.",
        "The firm said the story did not hold water.",
        "Scientists said the report was deeply flawed.",
    ],
)
def test_a_report_said_to_be_wrong_is_a_denial(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        "The club slammed the report as lies.",
        "The minister said the claims were completely without foundation.",
        "The firm said there was no truth whatsoever in the reports.",
        "The minister said there was not a shred of truth in the report.",
        "The ministry denounced the report as propaganda.",
        "The firm rubbished the claims.",
        "He called the allegations a smear.",
        "The ministry poured cold water on reports that the minister would resign.",
        "But the ministry said that was not the case.",
        "The minister said reports of his illness were greatly exaggerated.",
        # The verdict put before the report it is on ("dismissed as nonsense claims that X").
        "The senator dismissed as nonsense claims that she had taken money from lobbyists.",
        "The ministry dismissed as false reports that troops had crossed the border.",
        "The firm rejected as baseless allegations that it had spied on its staff.",
        "The spokesman said there was nothing to the rumours.",
    ],
)
def test_more_plain_words_for_an_untrue_report_deny_it(nlp: Language, text: str) -> None:
    # "poured cold water on reports that X": the reports assert X, which is their own claim; every
    # other claim is the speaker's one denial.
    claims = Read(nlp, text).claims
    assert [c.stance for c in claims if (c.claimant, c.stance) != ("reports", "asserts")] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        # a decision slammed, a plan rubbished, evidence absent from a place: no report denied
        "The union slammed the decision as unfair, its leader said.",
        "Critics rubbished the plan, the paper said.",
        "There was no evidence in the area, police said.",
        "The plan was without merit, critics said.",
        "The report was not without foundation, he said.",
        "The central bank poured cold water on hopes of a rate cut, analysts said.",
        "He said that was not the case for all patients.",
        "It is possible that won't be the case, the analyst said.",
        "Tragically, that would not be the case, the author said.",
        "There was nothing in the box, police said.",
        "The damage was exaggerated, residents said.",
        "The company said its latest invention is a folding drone.",
    ],
)
def test_look_alikes_of_those_words_deny_nothing(nlp: Language, text: str) -> None:
    assert "denies" not in [c.stance for c in Read(nlp, text).claims]


@pytest.mark.parametrize(
    "text",
    [
        # said of a deed, a person or an outcome, "wrong" judges; it calls no report untrue
        '"This is wrong," the protester said.',
        '"I was wrong," the coach said.',
        "The minister said it was wrong to cut the pensions.",
        "Investigators said they did not know what went wrong.",
        "The minister said the report was not wrong.",
        "The coach said there was speculation that he would leave.",
        "Engineers said the bridge did not hold up in the storm.",
        "The coach said his shot was wide of the mark.",
        "The engineers said the bridge design was flawed.",
        "The minister said the claims stood up to scrutiny.",
        "The film did not reflect reality, the critic said.",
        "The ministry said the budget was not based on facts.",
        "The minister said there was not a shred of evidence of damage.",
        "The ministry denounced the attack.",
    ],
)
def test_wrong_said_of_anything_but_a_report_denies_nothing(nlp: Language, text: str) -> None:
    assert "denies" not in [c.stance for c in Read(nlp, text).claims]


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        ("Officials did not deny the report.", []),
        ("The spokesman could not confirm the report.", ["declines_to_comment"]),
        ("The border guards denied entry to the journalists.", []),
        # a word of a link far into another phrase denies no link
        (
            "The judge said she was not satisfied that those conditions would be enough, "
            "pointing to the sums involved.",
            ["asserts"],
        ),
        # silence told is no denial of a happening
        ('"There was no response from the ministry," the reporter said.', ["asserts"]),
        # a denial or a retraction asked for is not made
        ("The board urged the minister to deny the report.", []),
        ("Mr Dorne said the cooperative had asked the newspaper to withdraw the article.", ["asserts"]),
        # "shot down" denies a report only when a report is named: "it" here is an aircraft
        ("The helicopter went missing on Sunday. The army said it was shot down by rebels.", ["asserts"]),
        # a prank or a spoof that someone made is no verdict on a report
        ("The students played a prank on the teacher, the principal said.", ["asserts"]),
        ("The show is a spoof of spy films, the director said.", ["asserts"]),
        # a first of its kind, told as news: no particular happening is denied
        (
            'Ann Smith told staff that Zorbix has "never sold anything people could try on before."',
            ["asserts"],
        ),
    ],
)
def test_look_alikes_are_no_denial_of_a_report(nlp: Language, text: str, stances: list[str]) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == stances


# --- doubt cast on a report; an aside that reports what the sentence denies ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "A lizard was found in the engine, the owner said. Biologists doubt that the lizard was in the engine.",
        "The flood was caused by a dam, officials said. But engineers have cast doubt on whether the dam "
        "was even opened.",
        "The museum has raised doubts about the report.",
        "The report is unlikely to be true, zoologists said.",
        '"I find it highly unlikely, almost impossible, that it was a lizard," Dr Mara Quill said.',
        "The story is not plausible, the curator said.",
        "The tape aired on Monday. Two analysts doubted its authenticity.",
        "Critics are questioning the veracity of the video.",
        "Experts cast doubt on the authenticity of the photo.",
    ],
)
def test_doubt_cast_on_a_report_is_a_denial(nlp: Language, text: str) -> None:
    assert "denies" in [c.stance for c in Read(nlp, text).claims]


@pytest.mark.parametrize(
    "text",
    [
        # a forecast, a person's prospects, doubt denied or nobody's, doubt about a person
        "It is unlikely that the talks will resume, the envoy said.",
        "He is unlikely to run again, his aide said.",
        "The coach did not doubt that his team had won.",
        "Few doubt that the mayor resigned.",
        "Analysts doubt the merger will succeed.",
        "Fans raised doubts about the coach.",
        "There was no doubt that the mayor resigned, the council said.",
        "It is not unlikely that the mayor resigned, the council said.",
        "The coach questioned the referee.",
        "Critics questioned the accuracy of the forecast.",
        "Nobody doubted the authenticity of the video.",
        # a reporter's own search that found nothing either way
        "The Clarion could not independently verify the report.",
        "The authenticity of the video could not be verified.",
    ],
)
def test_look_alikes_of_doubt_deny_nothing(nlp: Language, text: str) -> None:
    assert [c for c in Read(nlp, text).claims if c.stance == "denies"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor did not, as some sites report, write her name on the wall.",
        "The minister has not, as the tabloid claimed, left the party.",
    ],
)
def test_an_aside_reporting_a_denied_clause_asserts_it(nlp: Language, text: str) -> None:
    # The sites (the tabloid) report that it happened; the article itself says it did not.
    claims = own_voice_claims(nlp, text)
    assert sorted((c.claimant == "", c.stance) for c in claims) == [(False, "asserts"), (True, "denies")]
    assert len({c.statement for c in claims}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "As the tabloid claimed, the minister has left the party.",
        # the aside before the negation reports the negated clause itself
        "As the tabloid reports, the minister is not taking any chances.",
        "As previously reported by the Clarion, the fish are not exactly harmless.",
        # a promise, not a report; a refusal to confirm
        "The minister did not, as she had promised, call back.",
        "The mayor did not, as the paper said, confirm the closure.",
    ],
)
def test_asides_over_no_denied_report_deny_nothing(nlp: Language, text: str) -> None:
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        ("Despite reports to the contrary, the minister has not resigned.", 1),
        ("In spite of claims to the contrary, the mill has not closed.", 1),
        ("No cases have been found, despite reports to the contrary, the agency said.", 1),
        # a clause that is not negated names nothing the reports held
        ("Despite some claims to the contrary, the decision came years ago.", 0),
        # a report that holds nothing of its own held the contrary of the negated clause
        ("Despite a wild report on a website, the garrison has not lost a tank.", 1),
        ("The painter has not been arrested, despite a report stating the contrary.", 1),
        ("The singer has not been unmasked, despite frenzied reports on several websites.", 1),
        ("Despite reports on Monday, the minister has not resigned.", 1),
        # the reports are taken as given, not answered: they say what they held
        ("Despite reports of heavy fighting, the staff have not left.", 0),
        ("Despite reports that he was arrested, he has not been charged.", 0),
        ("Despite rumours claiming the mayor had died, the council has not met.", 0),
        ("Despite reports on the crash, the airline has not grounded its fleet.", 0),
        # a clause that is not negated: "despite" a report, something else happened
        ("Despite official claims of a truce, gunmen attacked two villages.", 0),
    ],
)
def test_reports_to_the_contrary_are_denied(nlp: Language, text: str, denies: int) -> None:
    assert len([c for c in own_voice_claims(nlp, text) if c.stance == "denies"]) == denies


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        (
            "Claim: A lizard lives in the engine of a bus.\n\nPROBABLY FALSE\n\nExample: collected via email.",
            1,
        ),
        ("A man said a lizard lived in his car.\n\nNot true.\n\nThe story spread.", 1),
        # a fact-checker's rating under its label
        ("Claim: A phone caught fire while charging.\n\nVerdict: False.\n\nThe images spread.", 1),
        ("Claim: A phone caught fire while charging.\n\nRating: Mostly false\n\nThe images spread.", 1),
        ("The verdict was read out.\n\nVerdict: guilty.\n\nThe court rose.", 0),
        ("A man said a lizard lived in his car.\n\nCompletely fake!\n\nThe story spread.", 1),
        # a verdict word with more in it, a question, a verdict of truth
        ("A man said a lizard lived in his car.\n\nFalse alarm.\n\nThe story spread.", 0),
        ("A man said a lizard lived in his car.\n\nTrue or false?\n\nThe story spread.", 0),
        ("A man said a lizard lived in his car.\n\nTrue.\n\nThe story spread.", 0),
    ],
)
def test_a_verdict_standing_alone_denies_the_report(nlp: Language, text: str, denies: int) -> None:
    assert len([c for c in own_voice_claims(nlp, text) if c.stance == "denies"]) == denies


# --- a bare doubt noun, a hedged hoax, a report taken down, a file's authenticity ----------------


@pytest.mark.parametrize(
    "text",
    [
        "A lizard was found in the engine, the owner said. Now there are doubts inside the garage about the report.",
        "A lizard was found in the engine, the owner said. Doubts remain over whether the lizard was in the engine.",
        "Doubts grew about the authenticity of the photo.",
        # a hedged hoax is still a doubt cast on the thing, also beside a check under way
        "The recording could quite easily be a hoax, two analysts said.",
        "Two analysts said the video may well be fake.",
        "The analyst said the picture is most likely a hoax.",
        "The clip could be a hoax, police said they were checking.",
        # the parser reads the relative clause as a clause of its own and leaves "be" no subject
        "Two analysts told the radio on Monday that the recording the station has been airing could quite "
        "easily be a hoax.",
        # whoever ran the report took it back
        "The post was taken down.",
        "The story has since been pulled.",
        "The article has since been retracted.",
        "The story was withdrawn.",
        # a carrier named by what it holds
        "Two experts are questioning the authenticity of an audio file that is said to capture the blast.",
    ],
)
def test_doubt_nouns_hedged_hoaxes_and_taken_down_reports_deny(nlp: Language, text: str) -> None:
    assert "denies" in [c.stance for c in own_voice_claims(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # doubt about a person or about what will be, no doubt, little doubt
        "There are doubts about his future.",
        "Doubts remain over whether the talks will succeed.",
        "There is little doubt about the report.",
        "There is no doubt that the lizard was in the engine.",
        # withdrawn or pulled, but no report
        "He withdrew from the race.",
        "The troops were withdrawn.",
        "He was pulled from the game.",
        "The advert was taken down.",
        # a file nobody says holds a recording; a complaint filed
        "Critics questioned the authenticity of the tax file.",
        "She will file a complaint.",
    ],
)
def test_look_alikes_of_doubt_nouns_and_withdrawals_deny_nothing(nlp: Language, text: str) -> None:
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


# --- doubt in an adjective, a rumour cleared up, a text made to debunk a report ------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The curator is deeply skeptical of the report.", "The curator"),
        ("The council remains sceptical that the bridge was ever inspected.", "The council"),
        (
            "Astronomers, though, are skeptical that the reported blast near the port was caused by a rock "
            "from space.",
            "Astronomers",
        ),
        ("Two engineers were skeptical about the authenticity of the video.", "Two engineers"),
        ("The mayor cleared up the rumour that the school had closed.", "The mayor"),
        ("He cleared up the internet rumor about what he was doing.", "He"),
        ("The watchdog site created an entry debunking the story.", "The watchdog site"),
        ("The council published a statement debunking the rumours.", "The council"),
    ],
)
def test_skepticism_a_cleared_up_rumour_and_a_debunking_text_deny(
    nlp: Language, text: str, claimant: str
) -> None:
    denials = [c for c in Read(nlp, text).claims if c.stance == "denies"]
    assert [c.claimant for c in denials] == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        # skeptical of a plan, a person's motives, what will be; less skeptical, nobody's doubt
        "The investors are skeptical of the plan.",
        "The fans are skeptical about his motives.",
        "Families are skeptical of whether the talks will be productive.",
        "Most were skeptical that the shop could drive sales.",
        "The analysts were less skeptical of the report.",
        "The museum is not skeptical of the report.",
        "Few are skeptical of the report.",
        "Skeptical readers wrote to the paper about the report.",
        # cleared up something that is no report, or a pronoun that may be anything
        "The clerk cleared up the confusion over the schedule.",
        "The weather cleared up by noon.",
        "The firm cleared it up.",
        # an entry that debunks nothing; a text read, not made
        "His name is an entry in the register.",
        "The reporter read an entry debunking the story.",
    ],
)
def test_look_alikes_of_skepticism_and_clearing_up_deny_nothing(nlp: Language, text: str) -> None:
    assert [c for c in Read(nlp, text).claims if c.stance == "denies"] == []


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        # a report named by its title, taken back; the parser may make the title verb the clause's
        ('The story headlined "Rebel leader killed in strike" was withdrawn.', 1),
        (
            'The alert and story on Monday headlined "Rebel leader killed in strike" is withdrawn and no '
            "substitute story will be issued.",
            1,
        ),
        ('The article titled "Mayor quits" has been retracted.', 1),
        # a titled report that is not taken back; a title that is no report's
        ('The story headlined "Mayor quits" ran on Monday.', 0),
        ('The film titled "Storm" was withdrawn from the festival.', 0),
        # a quote that is someone's words still makes no own-voice denial
        ('"The story was withdrawn," a spokesman wrote.', 0),
    ],
)
def test_a_titled_report_taken_back_is_denied(nlp: Language, text: str, denies: int) -> None:
    own = [c for c in own_voice_claims(nlp, text) if c.stance == "denies" and c.claimant == ""]
    assert len(own) == denies


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ('The story headlined "Rebel leader killed in strike" was withdrawn.', "kill"),
        (
            'HARBORTON, May 5 (Coastwire) - The alert and story on May 5 headlined "Rebel leader killed in '
            'strike-officials" is withdrawn and no substitute story will be issued.',
            "kill",
        ),
        ('The article titled "Mayor arrested in bribery probe" has been retracted.', "arrest"),
        # the happening, not the saying, when the title holds both
        ('The story headlined "Mayor resigned, aides say" was withdrawn.', "resign"),
    ],
)
def test_a_titled_report_taken_back_denies_what_its_title_tells(
    nlp: Language, text: str, predicate: str
) -> None:
    doc = nlp(text)
    groups = groups_from_ents(doc)
    statements = extract_statements(doc, groups, times_from_ents(doc))
    (own,) = [c for c in extract_claims(doc, groups, statements, own_voice=True) if c.stance == "denies"]
    assert own.statement is not None and statements[own.statement].predicate == predicate


# --- look-alikes seen among the reports of undisputed training stories --------------------------


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        # one negation holds both verbs: a refusal to comment, no denial
        ('The minister said in a statement he "cannot confirm or deny" the report.', ["declines_to_comment"]),
        ("The office will not confirm or deny that the hostage is alive.", ["declines_to_comment"]),
        # a refusal holds both verbs as a negation does
        (
            "The ministry refused to confirm or deny reports that an engineer had been arrested.",
            ["declines_to_comment"],
        ),
        # an open question about a link, a question quoted
        (
            "Federal authorities said it wasn't clear whether the mayor was involved with the disappearances.",
            ["asserts"],
        ),
        ("He wrote: 'So, is it a fake?'", ["asserts"]),
        # an expectation not met by now
        (
            "Rebels said the swap would encourage them to take more prisoners. So far, that hasn't happened.",
            ["asserts"],
        ),
        ("Rebels said the swap would bring more raids. It has not happened yet.", ["asserts"]),
        # what did happen, wished away for the future
        ('"What matters now is that it can never happen again," she said.', ["asserts"]),
        ('"This must not happen again," the mayor said.', ["asserts"]),
        # a platform removing a file takes back no report
        ("However, within an hour of the first report, the video was taken down.", []),
        ("The video was taken down from the site shortly after it was posted.", []),
    ],
)
def test_look_alikes_seen_in_undisputed_coverage_deny_nothing(
    nlp: Language, text: str, stances: list[str]
) -> None:
    assert [c.stance for c in own_voice_claims(nlp, text)] == stances


@pytest.mark.parametrize(
    "text",
    [
        # the denials they stand beside stay denials
        "The ministry denied the report.",
        "The story did not happen.",
        "The minister said he was not involved in the attack.",
        "The post was taken down.",
        "The story has since been pulled.",
        "Officials confirmed the visit but denied that the minister met the envoy.",
    ],
)
def test_denials_beside_those_look_alikes_stay(nlp: Language, text: str) -> None:
    assert "denies" in [c.stance for c in own_voice_claims(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a report nobody has checked yet is relayed, not called untrue
        "It is an unverified report from a monitoring group that the rebels have two jets.",
        "The photo of the hangar is completely unsourced and unverified.",
        # what a kind of source tends to give is no verdict on the report at hand
        "These are leaks, and leakers are often working with occasionally incorrect information.",
        "Such blogs sometimes publish often misleading rumours.",
        # what a speaker did not say is not said
        "The editor did not mention it being a satirical publication.",
        "I didn't mention it being a satirical site because that hasn't changed.",
        # a list to come names no report
        "Here's what was fake on the Internet this week:",
        "Here is what was false in the speech.",
        # silence is no denial: "has said nothing" is "has not said anything"
        "Officials in Seoul said Kerovia has said nothing publicly about the minister's absence.",
        # a plan killed is no report denied, whatever the relative clause's word
        "The firm considered selling its PC arm, a plan that was scotched by its new chief.",
        # a verdict told as what reports say is their news, relayed
        "To make matters worse there are also now reports that senior editors knew the story was false.",
        "There are reports that the editors knew the story was false.",
    ],
)
def test_a_report_unchecked_or_a_source_sometimes_wrong_is_no_denial(nlp: Language, text: str) -> None:
    assert "denies" not in [c.stance for c in own_voice_claims(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # beside them, a verdict stays a denial
        "The report is completely incorrect.",
        "These leaks are incorrect information.",
        "The photo of the hangar is fake and unverified.",
        "The claims are misleading.",
        "The editor said it was a satirical publication.",
        "The post was actually from a satire site.",
        "Here is the story, and it was fake.",
        "He said nothing in the report was true.",
        "The rumours, which were dismissed by the ministry, spread quickly.",
        # the parser reads "nothing" as what was said here; mended, it opens the clause
        "Mr Lang said nothing in the story was accurate.",
        "Officials said nothing happened.",
        "The network's editors knew the story was false.",
    ],
)
def test_verdicts_beside_unchecked_reports_stay_denials(nlp: Language, text: str) -> None:
    assert "denies" in [c.stance for c in own_voice_claims(nlp, text)]


# --- "no indication": mined from training bodies labelled `disagree` ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The official said there is no indication that the meeting took place.",
        "The official said there were no indications that the meeting took place.",
        "The museum said there is no evidence that the photo is real.",
    ],
)
def test_no_indication_that_it_happened_or_is_true_is_a_denial(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        "There is as yet no indication that the story is true.",
        "There were no indications that the photo was genuine.",
    ],
)
def test_no_indication_that_a_report_is_true_is_the_articles_denial(nlp: Language, text: str) -> None:
    assert [c.stance for c in own_voice_claims(nlp, text)] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        # nothing known yet, no verdict
        "The official said there was no immediate indication that the meeting took place.",
        "The official said there was no immediate evidence that the meeting took place.",
        # an absence of information, a report called untrue by nobody
        "The official said there was no indication of when the video was shot.",
        "The official said there is no evidence that the story is not true.",
    ],
)
def test_no_immediate_indication_denies_nothing(nlp: Language, text: str) -> None:
    assert [c for c in Read(nlp, text).claims if c.stance == "denies"] == []


# --- more phrasings from training bodies labelled `disagree` that gave no denial ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # a predicate coordinated with one that has the report as its subject
        "The report may have generated a lot of clicks but is totally inaccurate.",
        "The photo was shared thousands of times and is a fake.",
        # "look" as "appear"
        "It looks to be false for several reasons.",
        "The photo looks fake.",
    ],
)
def test_more_ways_of_calling_a_report_untrue(nlp: Language, text: str) -> None:
    assert [c.stance for c in own_voice_claims(nlp, text)] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        "The story looks good.",
        "He looked at the report.",
        "The report was published on Monday and was widely shared.",
        # a coordinated predicate with a subject of its own speaks of that subject
        "The report was published on Monday and the editors are liars.",
    ],
)
def test_look_alikes_of_a_coordinated_or_apparent_falsity_deny_nothing(nlp: Language, text: str) -> None:
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said the incident is unrelated to Tuesday's collision on Tannerby Row.",
        "The fire was not linked to last week's blast at the depot, the brigade said.",
    ],
)
def test_a_link_denied_with_a_happening_of_its_own_day_tells_two_apart(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims if c.stance == "denies"] == []


def test_a_link_denied_in_one_word_is_a_denial(nlp: Language) -> None:
    assert [c.stance for c in Read(nlp, "Experts said the two events are completely unrelated.").claims] == [
        "denies"
    ]
    assert [c.stance for c in Read(nlp, "Experts said the two events are not unrelated.").claims] == [
        "asserts"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs the passive's agent on the complement ("a hoax by police")
        ("The photo was described as a hoax by police.", "police"),
        ("The photo was dismissed as a fake by experts.", "experts"),
    ],
)
def test_a_passive_characterisation_is_its_agents_denial(nlp: Language, text: str, speaker: str) -> None:
    assert [(c.claimant, c.stance) for c in Read(nlp, text).claims] == [(speaker, "denies")]


def test_a_passive_characterisation_with_no_agent_names_no_speaker(nlp: Language) -> None:
    # described by someone unnamed: reported, not held, by the article
    assert [
        c for c in Read(nlp, "The photo was described as a hoax on the forum.").claims if c.claimant
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "The actor is not dead, his agent said.",
        "The actor is alive and well, his agent said.",
    ],
)
def test_someone_said_to_be_alive_now_is_a_denial_of_their_death(nlp: Language, text: str) -> None:
    r = Read(nlp, text)
    (claim,) = r.claims
    assert (claim.stance, r.proposition(claim).predicate) == ("denies", "die")


def test_found_alive_or_dead_is_asserted(nlp: Language) -> None:
    for text in (
        "Twelve miners were found alive, officials said.",
        "Twelve miners were found dead, officials said.",
    ):
        assert [c.stance for c in Read(nlp, text).claims] == ["asserts"]


def test_a_scene_said_to_be_staged_is_denied(nlp: Language) -> None:
    # a filmed scene is evidence like a video: staged, it is no record of what it shows
    r = Read(nlp, "The newspaper reported that the whole scene was staged with actors.")
    assert [c.stance for c in r.claims] == ["denies"]
    assert [c.stance for c in Read(nlp, "The scene was chaotic, police said.").claims] == ["asserts"]


def test_someone_said_alive_in_the_articles_own_voice_is_its_denial(nlp: Language) -> None:
    for text in ("The actor isn't dead at all.", "The actor is alive and well."):
        assert [(c.claimant, c.stance) for c in own_voice_claims(nlp, text)] == [("", "denies")]
    # a negated happening in the article's voice stays a negative account, not a claim
    assert own_voice_claims(nlp, "The soldier did not die in the attack.") == []


# --- a report found untrue with nobody on record: the article's own verdict ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rumors that the mill would close proved false.",
        "But thankfully, rumors that the mayor's car had been stolen proved to be untrue.",
        "Rumours of the singer's death have been revealed to be a hoax.",
        "The photos were shown to be fake.",
        "The video was found to be a hoax.",
        "The claims are being described as a hoax.",
        "The reports were dismissed as fake.",
    ],
)
def test_a_report_found_untrue_with_nobody_on_record_is_the_articles_denial(nlp: Language, text: str) -> None:
    assert [(c.claimant, c.stance) for c in own_voice_claims(nlp, text)] == [("", "denies")]


@pytest.mark.parametrize(
    "text",
    [
        "Rumours that the mill would close spread quickly.",
        "The report was confirmed to be accurate.",
        "The photo is believed to be a fake.",
        "The rumours were not shown to be false.",
        "The video was found on a laptop.",
        "The mayor was described as a hard worker.",
    ],
)
def test_look_alikes_of_a_report_found_untrue_deny_nothing(nlp: Language, text: str) -> None:
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


def test_a_rumour_called_untrue_by_someone_stays_theirs(nlp: Language) -> None:
    claims = own_voice_claims(nlp, "Rumours that the mill would close are false, the mayor said.")
    assert [(c.claimant, c.stance) for c in claims] == [("the mayor", "denies")]


@pytest.mark.parametrize(
    "text",
    [
        "The story was made up.",
        "The photo has been digitally altered.",
        "The footage was manipulated.",
    ],
)
def test_a_report_or_picture_made_up_or_altered_is_denied(nlp: Language, text: str) -> None:
    assert [(c.claimant, c.stance) for c in own_voice_claims(nlp, text)] == [("", "denies")]


@pytest.mark.parametrize(
    "text",
    [
        "The report is made up of three parts.",
        "The image was made up of thousands of dots.",
        "The video was edited.",
        "The schedule was altered.",
        "The photo was not altered.",
    ],
)
def test_look_alikes_of_made_up_or_altered_deny_nothing(nlp: Language, text: str) -> None:
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


# --- a report called untrue in passing ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "False rumors that the singer had died spread online.",
        "A hoax report claimed that the singer had died.",
        "The fake story, which claimed the singer had died, was shared widely.",
    ],
)
def test_a_report_called_untrue_in_passing_is_denied_by_the_article(nlp: Language, text: str) -> None:
    claims = own_voice_claims(nlp, text)
    denials = [c for c in claims if c.stance == "denies"]
    assert [c.claimant for c in denials] == [""]
    # what the article denies is what the report says: the death
    assert denials[0].statement is not None
    assert {c.statement for c in claims} == {denials[0].statement}


@pytest.mark.parametrize(
    "text",
    [
        "A report claimed that the singer had died.",
        "Rumors that the singer had died spread online.",
        "A detailed report claimed that the singer had died.",
        'The singer said, "A false report claimed that I had died."',
        # the minister calls the report false, not the article
        "The minister said a false report claimed that he had resigned.",
    ],
)
def test_a_report_not_called_untrue_by_the_article_is_not_denied_by_it(nlp: Language, text: str) -> None:
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies" and c.claimant == ""] == []


@pytest.mark.parametrize(
    ("text", "denier", "sayers"),
    [
        (
            "Officials insisted that the dam was safe, contradicting engineers who said it had developed cracks.",
            "Officials",
            "engineers",
        ),
        (
            "The ministry rebutted analysts who claimed that the bank had run out of cash.",
            "The ministry",
            "analysts",
        ),
    ],
)
def test_contradicting_people_who_said_something_denies_what_they_said(
    nlp: Language, text: str, denier: str, sayers: str
) -> None:
    # The people contradicted assert what they said; the speaker denies the same statement.
    claims = Read(nlp, text).claims
    denial = next(c for c in claims if c.stance == "denies")
    said = next(c for c in claims if c.stance == "asserts" and c.statement == denial.statement)
    assert (denial.claimant, said.claimant) == (denier, sayers)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry contradicted engineers who built the dam.",
        # A finding that would contradict someone disputes nothing yet.
        "However, that would contradict the company, which stated that the watch needs a phone.",
    ],
)
def test_look_alikes_of_contradicting_deny_nothing(nlp: Language, text: str) -> None:
    assert "denies" not in [c.stance for c in Read(nlp, text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "The company pushed back against reports that it would cut 2,000 jobs.",
        "The minister hit back at claims that he had misled parliament.",
        "The ministry took issue with reports that troops had crossed the border.",
        "The club played down reports that the coach would leave.",
    ],
)
def test_pushing_back_against_a_report_denies_it(nlp: Language, text: str) -> None:
    claims = Read(nlp, text).claims
    assert [c.stance for c in claims if (c.claimant, c.stance) != ("reports", "asserts")] == ["denies"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor hit back at critics of the plan.",
        "The union pushed back against the plan to cut jobs.",
        "The club played down the significance of the defeat.",
        "The minister took issue with the budget.",
    ],
)
def test_pushing_back_against_anything_but_a_report_denies_nothing(nlp: Language, text: str) -> None:
    assert "denies" not in [c.stance for c in Read(nlp, text).claims]


def test_saying_there_was_no_ban_denies_the_ban(nlp: Language) -> None:
    # A ban is a kind of event: "there was no ban" answers "has banned imports".
    r = Read(nlp, "The minister said there was no ban on poultry imports.")
    claim = r.only()
    assert claim.stance == "denies"
    assert r.proposition(claim).predicate_class == "ban"
    r = Read(nlp, "The minister said the country had not banned poultry imports.")
    assert [c.stance for c in r.claims] == ["denies"]
    assert r.proposition(r.only()).predicate_class == "ban"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said there is no ban on poultry imports.",  # a state now, not a denied act
        "The minister said there will be no ban on imports.",  # a plan
        "The minister said the country has banned poultry imports.",
    ],
)
def test_look_alikes_of_a_denied_ban(nlp: Language, text: str) -> None:
    assert [c.stance for c in Read(nlp, text).claims] == ["asserts"]


def test_a_denial_of_the_allegations_against_someone_denies_no_arrest(nlp: Language) -> None:
    # "detained ...; he rejects the allegations against him": the charge, not the detention.
    read = Read(
        nlp,
        "An engineer had been detained on 14 May and remanded in custody. "
        "The man's lawyer has said he rejects the allegations against him.",
    )
    (denial,) = [c for c in read.claims if c.stance == "denies"]
    assert denial.quote == "the allegations against him" and denial.statement is None


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads the particle as a preposition with the report as its object
        "The army chief said the helicopter suffered a gearbox failure, brushing aside a separatist "
        "group's claim that its fighters had brought the aircraft down.",
        "The club brushed off reports that the coach had been sacked.",
    ],
)
def test_brushing_a_report_aside_denies_it(nlp: Language, text: str) -> None:
    denials = [c for c in Read(nlp, text).claims if c.stance == "denies"]
    assert [c.claimant for c in denials] == [Read(nlp, text).claims[0].claimant]


@pytest.mark.parametrize(
    "text",
    [
        # refused something, told in the passive: the subject is refused, nothing called untrue
        "In 2024 it was denied a permit for the project by the planning board.",
        "The company was denied a licence to build the line.",
        "They were denied bail.",
        # what people fear is no denial of a happening
        '"Of course every job lost hurts a family," she said. "But I spoke this morning to people '
        'who were afraid that this factory would not exist in ten years."',
        "Residents were worried that the plant would never reopen.",
    ],
)
def test_a_refusal_or_a_fear_in_the_articles_own_voice_denies_nothing(nlp: Language, text: str) -> None:
    assert [c for c in own_voice_claims(nlp, text) if c.stance == "denies"] == []


def test_a_report_denied_in_the_passive_is_still_denied(nlp: Language) -> None:
    claims = own_voice_claims(nlp, "The reports were denied by the company.")
    assert [c.stance for c in claims] == ["denies"]


def test_a_clause_told_with_its_own_negation_as_the_other_of_two_asserts_no_statement(nlp: Language) -> None:
    r = Read(nlp, '"Either the ministry is talking to buyers or it is not," said Oren Kessweld, an MP.')
    assert [(c.stance, c.statement) for c in r.claims] == [("asserts", None)]
    # a sentence of a quote whose speaker closes it
    r = Read(
        nlp,
        '"Either the ministry is talking to buyers or it is not. Publish the list of everyone the '
        'minister has met," said Oren Kessweld.',
    )
    assert [c.statement for c in r.claims if c.quote.startswith("Either")] == [None]
    # two happenings either of which is so: the one they share is asserted
    r = Read(nlp, "Either the minister resigned or he was sacked, the paper said.")
    assert [r.proposition(c).predicate_class for c in r.claims] == ["departure"]
