"""The words the figure reader reads: what a figure counts, and the words around it.

`reported_figures` reads a count from the words around its number ("14 people were killed",
"the toll stood at 52", "8,500 homes were without power"); these are the words it knows, by
what they tell: the counted kinds (`CATEGORY_WORDS`), the verbs and nouns of each reading
(hospitals, homes left, outages, illnesses, bodies found, gatherings, jobs cut, prices, tallies)
and the kinds of people one count is of. Lists only: no reading here.
"""

from __future__ import annotations

from service.pipeline import lexicon as lx
from service.pipeline.temporal.lexicon import MONTH_NAMES as _MONTH_LIST

# Month names as written: "12 March" is a day, and its "March" no march.
MONTH_NAMES = frozenset(_MONTH_LIST)
# What a figure counts, by the word that says so (lemma or lower-case form).
CATEGORY_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("kill", "killed", "die", "dead", "death", "fatality", "perish", "drown", "massacre", "slay"), "dead"
    ),
    **dict.fromkeys(("injure", "injured", "wound", "wounded", "hurt", "injury"), "injured"),
    # "23 people were hospitalised", and "taken to hospital" (`_to_hospital`)
    **dict.fromkeys(
        ("hospitalise", "hospitalised", "hospitalize", "hospitalized", "hospitalisation"), "hospitalised"
    ),
    **dict.fromkeys(("casualty",), "casualties"),
    **dict.fromkeys(("missing", "unaccounted"), "missing"),
    **dict.fromkeys(
        ("displace", "displaced", "evacuate", "evacuee", "homeless", "flee", "refugee"), "displaced"
    ),
    **dict.fromkeys(("arrest", "arrested", "detain", "detained", "detention", "detainee"), "arrested"),
    **dict.fromkeys(("infect", "infected", "infection"), "infected"),
    # people an outbreak or a meal made ill: "37 people were sickened"; "fell ill", "were taken
    # ill" and "became sick" are read from the verb and its "ill" (`_fallen_ill`)
    **dict.fromkeys(("sicken", "sickened"), "ill"),
    **dict.fromkeys(("affect", "affected", "expose", "exposed", "compromise", "compromised"), "affected"),
    **dict.fromkeys(("destroy", "destroyed", "flatten", "flattened", "raze", "razed"), "destroyed"),
    **dict.fromkeys(("damage", "damaged"), "damaged"),
    # animals killed to stop a disease: "48,000 birds have been culled", "the cull of 61,500 hens"
    **dict.fromkeys(("cull", "culled"), "culled"),
    # land a fire went through: "2,300 hectares have burned", "the fire has scorched 4,100 hectares"
    **dict.fromkeys(("burn", "burned", "burnt", "scorch", "scorched", "char", "charred"), "burned"),
    # people a vessel or an aircraft carried: "148 passengers aboard", "163 people on board"
    **dict.fromkeys(("aboard",), "aboard"),
    # homes a flood reached: "340 homes were flooded" (not "the floods", the happening itself)
    **dict.fromkeys(("flooded", "inundated"), "flooded"),
    **dict.fromkeys(("rescue", "rescued"), "rescued"),
    # people held where they are by a failure or a storm: "4,200 passengers were stranded" (the
    # form only: "three strands of the inquiry" counts nothing)
    **dict.fromkeys(("stranded",), "stranded"),
    # people held where a collapse or a flood caught them: "30 miners remain trapped" (the form
    # only: "a speed trap" counts nothing)
    **dict.fromkeys(("trapped",), "trapped"),
    # people who got out of custody: "close to 40 prisoners escaped", "twelve escapees" ("broke
    # out" is read with its particle, `_broke_out`)
    **dict.fromkeys(("escape", "escaped", "escapee"), "escaped"),
    # flights, trains, matches called off: "112 flights were cancelled", "the cancellation of at
    # least 260 flights", "112 of the 438 departures had been scrapped" (not jobs scrapped: a cut)
    **dict.fromkeys(("cancel", "cancelled", "canceled", "cancellation", "scrap", "scrapped"), "cancelled"),
    **dict.fromkeys(("spill", "spilled", "spilt", "leak", "leaked"), "spilled"),
    # staff who left of their own accord: "63 nurses have quit", "the number of resignations"
    **dict.fromkeys(("resign", "resigned", "resignation", "quit"), "resigned"),
    # units a maker or a regulator calls back are the units affected: "the recall of 120,000
    # scooters" and "45,000 scooters are affected" count one thing
    **dict.fromkeys(("recall", "recalled"), "affected"),
    **dict.fromkeys(
        (
            "protester",
            "demonstrator",
            "marcher",
            "rioter",
            "crowd",
            "rally",
            "march",
            "protest",
            "demonstration",  # the noun only: "tests demonstrated 40 cases" gathers nobody
            "riot",
            "disturbance",
            "attend",
            "gather",
        ),
        "crowd",
    ),
    # how many came: "organisers put the turnout at 150,000", "the attendance was 40,000"
    **dict.fromkeys(("turnout", "attendance"), "crowd"),
    # people arriving in numbers: "3,000 people descended on the park", "fans flocked to the square"
    **dict.fromkeys(("descend", "flock", "throng", "converge"), "crowd"),
}
# Words of CATEGORY_WORDS that count a crowd only as verbs: "a breeder flock of 4,500 birds" is
# animals, where "fans flocked to the square" is people arriving.
VERB_ONLY_CATEGORY_WORDS = frozenset({"flock"})
# Verbs that, with "to" or "in" a hospital, count people hospitalised: "were taken to hospital",
# "were admitted to the hospital", "are being treated in hospital".
TO_HOSPITAL_VERBS = frozenset(
    {"take", "admit", "rush", "send", "airlift", "fly", "treat", "carry", "go", "bring", "come"}
)
HOSPITAL_NOUNS = frozenset({"hospital", "hospitals", "ward", "wards", "infirmary", "clinic"})
HOSPITAL_REACH = 4
# Leaving one's home, with "from" or "out of" after any verb or with a verb of leaving: "were
# forced from their homes", "were moved out of their homes", "abandoned their homes".
HOME_NOUNS = frozenset({"home", "house", "flat", "apartment"})
LEAVING_VERBS = frozenset({"leave", "abandon", "vacate", "desert"})
# Verbs that make people leave where they are, which is evacuating them wherever it is: "forced
# 8,000 festival-goers to leave the site", "residents were ordered to leave" (not a post or a
# body left: "forced 30 staff to leave the company" is no evacuation, `LEFT_MEMBERSHIPS`).
FORCING_VERBS = frozenset({"force", "order", "compel", "oblige", "make"})
LEFT_MEMBERSHIPS = frozenset(
    {
        "job",
        "post",
        "position",
        "role",
        "office",
        "company",
        "firm",
        "party",
        "club",
        "team",
        "union",
        "board",
    }
)
HOMES_REACH = 4
COST_WORDS = frozenset({"cost", "damage", "loss", "bill"})
# Words of a sum a body is ordered to pay: "fined the bank 62 million euros", "a penalty of".
FINE_WORDS = frozenset({"fine", "penalty", "fined"})  # the tagger lemmatises "fined" as "fin"
# Words of money gathered for a cause: "raised 2.1 million crowns for the hospital", "has
# received 640,000 crowns from the fundraiser", "donations of 3 million euros".
FUNDS_WORDS = frozenset({"raise", "donate", "donation", "fundraiser", "fundraising", "receive", "collect"})
# Counts that are told over a period by nature: "63 nurses have quit this year" is the news, not
# a running total beside it.
# (an outbreak, and the cull that answers it, is counted from its start)
RUNNING_COUNTS = frozenset({"resigned", "infected", "ill", "culled"})
# People's data a breach reaches, and the verbs of reaching it: the figure after "the details
# of" counts those whose data it is ("hackers accessed the personal details of 120,000 customers").
DATA_NOUNS = frozenset({"detail", "data", "datum", "record", "information"})
DATA_BREACH_VERBS = frozenset({"access", "expose", "steal", "leak", "compromise", "obtain", "breach", "hack"})
# Verbs that with "ill" or "sick" say people fell ill: "90 people have fallen ill", "37 were
# taken ill", "40 children became sick".
FALLING_ILL_VERBS = frozenset({"fall", "take", "become", "get"})
ILL_WORDS = frozenset({"ill", "sick", "unwell"})
# Where medics treat the hurt: "treated 61 people at the scene", "on the spot".
SCENE_NOUNS = frozenset({"scene", "spot"})
# Hurts people are treated for: "treated for burns and smoke inhalation".
INJURY_NOUNS = frozenset(
    {"burn", "inhalation", "cut", "wound", "fracture", "bruise", "laceration", "gunshot"}
)
# What people treated for it were taken ill with (not hurt): "treated for heat exhaustion".
ILLNESS_NOUNS = frozenset(
    {"illness", "exhaustion", "dehydration", "heatstroke", "sickness", "poisoning", "hypothermia"}
    | {"symptom", "infection", "fever", "vomiting", "diarrhoea", "diarrhea", "nausea"}
)
# What an outage takes from homes: "8,500 homes were without power", "the storm left 21,000
# customers without electricity", "12,000 households lost power", "power was cut to 30,000 homes".
POWER_NOUNS = frozenset({"power", "electricity"})
POWER_CUT_VERBS = frozenset({"cut", "lose", "knock", "shut", "switch", "turn"})
# Cases of an illness are the people infected: "46 confirmed cases", "46 cases of cholera" (a case
# is a case of an illness when a word of one qualifies it or is in its sentence; not "46 court
# cases"); and "more than 400 people have caught cholera".
CASE_NOUNS = frozenset({"case"})
CASE_QUALIFIERS = frozenset({"confirmed", "suspected", "probable", "positive", "new", "active"})
CATCHING_VERBS = frozenset({"catch", "contract", "develop"})
# Verbs of a happening taking lives: "claimed 23 lives", "cost 40 lives", "took 12 lives".
LIFE_TAKING_VERBS = frozenset({"claim", "cost", "take"})
# Animals, which are destroyed only to be culled: "40,000 pigs have been destroyed" is a cull.
ANIMALS = frozenset(
    {"animal", "pig", "hog", "swine", "bird", "hen", "chicken", "poultry", "duck", "goose", "turkey", "cow"}
    | {"cattle", "sheep", "goat", "mink", "deer", "head"}
)
# Verbs that find the dead: "rescuers have recovered 23 bodies", "14 bodies were found".
BODY_FINDING_VERBS = frozenset({"recover", "find", "retrieve", "pull", "discover", "identify", "exhume"})
# Verbs and the public places a crowd fills: "40,000 people filled the streets", "packed the square".
FILLING_VERBS = frozenset({"fill", "pack", "throng", "line", "flood", "crowd"})
PUBLIC_PLACES = frozenset({"street", "square", "road", "avenue", "boulevard", "plaza"})
# People held in custody, who "break out" of it (not fires or fighting that break out).
# Units a tally's value may be given in ("the number is closer to 4,100 hectares").
MEASURE_UNITS = frozenset({"hectare", "acre", "tonne", "ton", "litre", "liter", "barrel", "gallon"})
# What a unit of area measures when it is all the land a fire or a flood took ("3,400 hectares
# of forest" is the burned area; "450 hectares of vines" a part of it, a kind of its own).
LAND_COVER_WORDS = frozenset(
    {"land", "ground", "area", "terrain", "territory", "forest", "woodland", "scrub", "bush", "vegetation"}
    | {"countryside", "heath", "moorland", "grassland"}
)
# Verbs of a vessel or vehicle taking people along ("the ferry was carrying 212 passengers"), and
# whom: people so carried are those aboard, as are passengers counted with nothing befalling them.
CARRYING_VERBS = frozenset({"carry", "transport"})
# Words of what a vessel may carry, whose passengers are no count of those aboard: "licensed for
# 150 passengers", "a capacity of 300 passengers", "certified to carry".
CAPACITY_WORDS = frozenset(
    {"license", "licence", "certify", "design", "rate", "approve", "build", "capacity"}
)
TRAVELLING_PEOPLE = frozenset({"passenger"})
# Verbs whose passengers are those aboard: "some 200 passengers travelled on the ferry".
TRAVELLING_VERBS = frozenset({"travel", "fly", "sail", "ride"})
# Words after a count that make it a rate ("handles about 4 million passengers a year", "200
# flights per day", "3,000 visitors annually"), and words after "a day" that make it a time
# instead ("injured a day later").
RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
RATE_PERIODS = frozenset({"year", "month", "week", "day", "hour", "night", "season"})
RATE_ADVERBS = frozenset({"annually", "yearly", "monthly", "weekly", "daily", "nightly"})
RATE_NOT_AFTER = frozenset({"later", "earlier", "after", "before", "ago", "on", "since"})
# Verbs that foresee what a count will do: "officials expect the toll to rise to 200".
FORESEEING_VERBS = frozenset({"expect", "fear", "predict", "forecast", "warn", "project"})
ABOARD_PEOPLE = TRAVELLING_PEOPLE | {"people", "person", "crew", "migrant", "pilgrim", "tourist", "student"}
# Verbs that, with "from" or "out", take people out of danger: "pulled 212 people from a sinking
# trawler", "plucked 30 survivors out of the sea" count those rescued (bodies pulled from the
# water are the dead, read before this).
PULLING_VERBS = frozenset({"pull", "pluck", "winch", "haul"})
PULLED_PEOPLE = ABOARD_PEOPLE | {
    "survivor",
    "child",
    "man",
    "woman",
    "fisherman",
    "sailor",
    "swimmer",
    "miner",
}
HELD_PEOPLE = frozenset({"prisoner", "inmate", "detainee", "convict", "suspect", "man", "people", "person"})
# Verbs whose object is a bound the count is above: "is likely to exceed 20,000".
EXCEEDING_VERBS = frozenset({"exceed", "surpass", "top"})
# Jobs counted as cut: "will cut 2,000 jobs", "600 jobs would be cut", "shed 300 posts". A plan
# to cut them gives its count in the future ("will", "would"), which other counts never take.
JOB_NOUNS = frozenset({"job", "position", "post", "role"})
# Ballots and votes a poll counts: "48,210 ballots were cast" is the votes cast, a settled count
# (not a candidate's "won 25,114 votes", which is no casting).
BALLOT_NOUNS = frozenset({"ballot", "vote"})
# Nouns of one of a group, which the group's name before them counts: "11 crew members" are
# crew, as "14 crew" are.
MEMBER_NOUNS = frozenset({"member"})
# Adverbs that single out a part of what befell people: "three were seriously hurt" of fourteen
# injured is a count of its own, the seriously injured.
DEGREE_ADVERBS = {
    **dict.fromkeys(("seriously", "critically", "severely", "gravely", "badly"), "serious"),
    **dict.fromkeys(("slightly", "lightly", "minor"), "slight"),
}
# ("cost": "the restructuring would cost about 1,100 jobs")
JOB_CUT_VERBS = frozenset({"cut", "axe", "shed", "lose", "eliminate", "slash", "scrap", "cost"})
# Nouns of jobs cut: "the loss of about 380 jobs", "the elimination of 500 posts", "380 job losses".
JOB_CUT_NOUNS = frozenset({"loss", "cut", "elimination", "axing", "shedding", "reduction", "cull"})
# Verbs of jobs that are cut when the jobs are their subject: "1,200 jobs will go", "300 roles
# are going" (not "300 jobs will go to the new plant": moved, not cut).
JOB_GOING_VERBS = frozenset({"go", "disappear", "vanish"})
# What puts jobs in doubt, counting them as a cut does: "1,400 jobs are on the line", "400 jobs
# at risk", "600 roles are in scope", "under threat"; "would affect 600 positions", "threatens".
JOB_THREAT_NOUNS = frozenset({"line", "risk", "scope", "threat"})
JOB_THREAT_VERBS = frozenset({"affect", "threaten"})
# Verbs that leave people out of work, the words that say so, and work as a noun: "will put 300
# people out of work", "would leave 310 workers without a job", "90 staff were left jobless".
WORKLESS_VERBS = frozenset({"put", "leave", "throw"})
WORKLESS_WORDS = frozenset({"jobless", "unemployed"})
WORK_NOUNS = frozenset({"work", "employment"})
FUTURE_MODALS = frozenset({"will", "would", "'ll", "wo"})
# Words of a deal whose sum is its price, and nouns of currencies written after a number.
PRICE_WORDS = frozenset({"sell", "buy", "acquire", "purchase", "pay", "sale", "takeover", "acquisition"})
# How many words up the parse from a sum its deal's word may stand: the sum, "for", the verb.
PRICE_REACH = 3
# Participles by which a count is credited to whoever gave it: "the four deaths reported by the
# operator", "the figure given by police", "the 12 deaths acknowledged by the ministry".
GIVEN_BY_VERBS = frozenset(
    {"report", "give", "release", "announce", "confirm", "publish", "issue", "cite", "acknowledge", "admit"}
)
CURRENCY_NOUNS = frozenset(
    {"euro", "dollar", "pound", "yen", "franc", "rupee", "yuan", "rouble", "ruble", "krona", "krone"}
    | {"crown", "peso", "rand", "lira", "dinar", "shekel", "naira", "shilling", "zloty", "forint"}
    | {"ringgit", "baht", "rupiah", "dirham", "riyal", "hryvnia", "lari", "tenge", "cedi", "kwacha"}
)
CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
# Nouns that hold a figure given elsewhere in the clause ("the death toll stands at 52").
# (and a gathering's size: "police put the size of the crowd at 5,000")
TALLY_NOUNS = frozenset({"toll", "number", "figure", "count", "tally", "total", "size"})
# Words between a tally's verb and "to" its value: "the number is closer to 6,500".
NEAR_WORDS = frozenset({"close", "closer", "near", "nearer"})
# Verbs through which an authority gives a figure ("police put the toll at 30").
AUTHORITY_VERBS = frozenset(
    {
        "put",
        "estimate",
        "expect",  # "the union expects around 2,400 jobs to go"
        "confirm",
        "report",
        "give",
        "place",
        "count",
        "record",
        "say",
        "tell",
        "announce",
        "state",
        # "the ministry raised the toll to 19": whoever revises a count gives the new one
        "raise",
        "revise",
        "lower",
        "update",
    }
)
# Prepositions that tie a speaker to a place or a body ("police in Kastor", "the mayor of Lorne").
NAME_PREPOSITIONS = frozenset({"in", "of", "at", "from", "for", "near", "on", "with"})
# Speech verbs of an interrupted quote ('"The number," he said, "is 45."').
SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "explain", "insist"})
# Counted nouns that are "people" in general; any other noun ("soldiers") is its own count. The
# people of a place are its people: "800 residents were evacuated" counts what "5,000 people were
# evacuated" does.
GENERAL_PEOPLE = frozenset(
    {"people", "person", "individual", "other", "more", "they", "resident", "inhabitant", "unit"}
)
# The people a count of some things is of, whom it counts in general: those stranded are the
# travellers ("4,200 passengers were stranded" and "6,000 people were stranded" count one thing).
PEOPLE_OF = {
    "stranded": frozenset({"passenger", "traveller", "traveler", "commuter"}),
    # those evacuated from a site are whoever was at it: "8,000 festival-goers were moved out"
    # and "15,200 people were evacuated" count one thing
    "displaced": frozenset({"goer", "visitor", "spectator", "guest", "attendee", "tourist", "camper"}),
}
# Counted nouns for one kind of thing: "homes", "houses" and "properties" flooded are one count.
DWELLINGS = dict.fromkeys(("house", "property", "dwelling", "household", "residence"), "home")
# Other words for one kind of person counted: "12 inmates" and "40 prisoners" count one thing.
SAME_KINDS = {
    **DWELLINGS,
    **dict.fromkeys(("inmate", "convict", "detainee"), "prisoner"),
    **dict.fromkeys(("pupil", "schoolchild", "schoolchildren"), "child"),
}
# Hedges written before a figure that the entity tagger may leave out of the span.
HEDGES = tuple(sorted({*lx.OPEN_ABOVE, *lx.OPEN_BELOW, *lx.APPROXIMATE, "between"}, key=len, reverse=True))
# Number words that multiply the one before them, and the vague amounts that may stand there:
# "several hundred" is read as 2 to 10 hundreds.
MULTIPLIER_WORDS = frozenset({"hundred", "thousand", "million", "billion"})
VAGUE_FACTORS: dict[str, tuple[float, float]] = {"several": (2, 10), "few": (2, 10), "many": (2, 10)}
# Verbs that report a state between a figure and what befell it ("were reported killed").
STATE_VERBS = frozenset(
    {"remain", "report", "believe", "fear", "confirm", "know", "presume", "find", "leave"}
)
# Verbs by which people join a gathering: "took part in the march", "joined the protest",
# "turned out for the rally", "were involved in the riot", "came to the rally".
# "25,000 people came to the rally" (coming: "to" the gathering as well).
JOINING_VERBS = frozenset({"take", "join", "turn", "involve", "come"})
JOINING_PREPOSITIONS = frozenset({"in", "for", "at"})
# Verbs by which someone gives a gathering's size as a bare figure: "police counted 30,000".
CROWD_COUNTING_VERBS = frozenset({"count", "estimate"})
# People present in numbers somewhere, a crowd: "there were well over 3,000 people on the
# prom" (people in general, not passengers on board or residents of a block).
PRESENT_PEOPLE = frozenset({"people", "fan", "spectator", "supporter", "visitor", "onlooker"})
PRESENT_PREPOSITIONS = frozenset({"on", "at", "in", "outside", "along"})
# Sentences an article opens with, where a gathering its later figures count may be told.
OPENING_SENTENCES = 2
# Words of a gathering that people take part in ("took part" alone then counts its crowd).
GATHERING_EVENTS = frozenset({"march", "protest", "rally", "demonstration", "riot", "disturbance"})
GATHERINGS = GATHERING_EVENTS | {"demonstrator", "protester", "marcher", "rioter"}
# Words that make a figure a difference between two others, with "than" after them.
COMPARATIVES = frozenset({"more", "less", "fewer", "higher", "lower"})
# Prepositions of where counted things are, passed over to what befell them.
PLACE_PREPS = frozenset({"in", "at", "near", "across", "around", "from"})
# Words that open a clause telling when by another happening: "since the fire broke out".
WHEN_MARKS = frozenset({"since", "after", "before", "when", "until", "once"})
