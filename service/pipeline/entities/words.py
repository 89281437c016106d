"""Word lists and patterns the entity rules share."""

from __future__ import annotations

import re

from service.pipeline import names
from service.pipeline.wordlists import wordset

NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)

PLACES = frozenset({"GPE", "LOC"})

# Honorifics name a person's form of address: kept as an alias form ("Mr. Smith"), never in the name.
HONORIFICS = names.HONORIFICS

# Words of titles, offices and roles that news style puts before a person's name.
TITLE_WORDS = wordset(
    "president president-elect elect vice prime minister premier chancellor secretary spokesman "
    "spokeswoman spokesperson press senator sen rep representative congressman congresswoman governor "
    "gov mayor king queen prince princess emperor pope cardinal archbishop bishop patriarch rabbi imam "
    "ayatollah pastor reverend vicar sheikh general gen "
    "admiral colonel col captain capt lieutenant lt sergeant sgt commander chief ceo cfo chairman "
    "chairwoman chair director adviser advisor ambassador envoy judge justice attorney prosecutor "
    "deputy acting interim former late leader dictator founder co-founder executive foreign defence "
    "defense state outgoing incumbent candidate nominee billionaire businessman businesswoman "
    "spokesmen officials official"
)

# Titles that only a person holds, before a name the model may type otherwise: "Archbishop
# Emeric Vaudrell" is no organisation (not "General" nor "Prince": "General Motors", "Prince
# Edward Island").
PERSON_ONLY_TITLES = wordset(
    "archbishop bishop cardinal patriarch rabbi imam ayatollah pastor reverend vicar senator "
    "congressman congresswoman"
)

# The types of names a descriptor may open at the start of a sentence ("Carmaker Gramont", "Striker
# Kade Obi": `spans._after_descriptor`).
DESCRIBED_LABELS = frozenset({"PERSON", "ORG"})

# The title words that name a person's office and never end an organisation's name
# ("National Security Advisor", but "Associated Press", "Islamic State", "Ministry of Defence").
ROLE_NOUNS = wordset(
    "president minister premier chancellor secretary spokesman spokeswoman spokesperson senator "
    "governor mayor adviser advisor ambassador envoy chairman chairwoman director commander ceo cfo"
)

# A lowercase word right after one of these ("the capital tallinn", "the city of x") names a place.
PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "region", "province", "oblast", "port", "district", "county"}
)

# Last words that make a span a region or a geographic feature whatever the model said.
REGION_HEADS = frozenset(
    {"oblast", "province", "region", "county", "district", "prefecture", "governorate", "krai", "raion"}
)

# Nouns of a geographic feature written before its name ("the river Xsenn").
FEATURE_NOUNS_BEFORE = frozenset({"river", "lake", "island", "mount"})

# Lowercase nouns of a geographic feature written after its name ("the Xkar hills", "the Xsenn
# river"): the name is the feature's, not a person's.
FEATURE_NOUNS_AFTER = wordset(
    "hills mountains mountain river valley lake forest desert plains coast gorge bay strait mountainside"
)

FEATURE_HEADS = frozenset(
    {"river", "sea", "ocean", "mountains", "island", "islands", "peninsula", "valley", "lake", "desert"}
)

# Last words of the names of events ("Worldwide Developers Conference", "G20 Summit").
EVENT_HEADS = wordset("conference summit festival expo olympics championship championships tournament")

# Nouns of disasters and attacks that a place's name before them names ("the Xland earthquake").
DISASTER_NOUNS = wordset(
    "earthquake quake tsunami hurricane typhoon cyclone flood floods flooding wildfire wildfires "
    "eruption bombing bombings massacre famine blast blasts"
)

# Last words of open public places in a town ("X Square", "X Plaza"): places, not buildings.
OPEN_SPACE_HEADS = wordset("square plaza piazza")

# Prefixes of ships' names, written in capitals ("MV Xship", "HMS Xship"): the name is a vessel's.
VESSEL_PREFIXES = frozenset({"MV", "SS", "HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "RV"})

# Last words of broadcast and publication titles ("the ... Show" is not a building or a person).
WORK_HEADS = frozenset({"show", "podcast", "programme", "program", "series", "documentary"})

TIMEZONES = wordset("gmt utc ist est edt cst cdt pst pdt cet cest eet eest msk bst")

# After these labels, up to the end of the line, comes a credit, not the story's content.
CREDIT = re.compile(
    r"(?im)\b(?:photo(?:graph)?s?|images?|pictures?|stock photo|credits?|photo credits?)\s*:[^\n]*"
)

# Model designations (Su-57, B-52H, F-16) are products, whatever the model said.
DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,4}-\d+[A-Za-z]*")

# Where a span is cut in pieces: what separates a name from the next item on a page.
SEPARATORS = frozenset({"|", "–", "—", ":", ";", "•", "/", "(", ")", "[", "]", '"', "“", "”", "«", "»"})

# Headings are cut only where a line is: quotes and brackets stay inside a title-cased line.
LINE_SEPARATORS = frozenset({"|", "–", "—", ":", "•"})

DETERMINERS = frozenset({"the", "a", "an"})

# Lowercase words before a name that deny or quantify it, never part of it ("no Ministry of X").
NEGATIONS = frozenset({"no", "not", "non", "any", "every", "all"})

# Lowercase words a name never ends with: the model's span ran past the name ("Relations for").
TRAILING = frozenset({"for", "of", "and", "or", "in", "at", "on", "to", "by", "with", "from", "the"})

# Words that make a phrase an office or a department, not an organisation ("Media Relations").
OFFICE_WORDS = wordset(
    "global media public press investor relations communications affairs head director manager "
    "vice president spokesperson spokesman spokeswoman officer chief executive senior deputy"
)

PREPOSITIONS = frozenset({"for", "of", "at", "in", "on", "to", "by", "with"})

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
