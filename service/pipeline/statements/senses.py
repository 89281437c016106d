"""The sense of an ambiguous event word, as its own phrase decides it.

A strike: workers withdrawing their labour, or an attack. "The rail strike", "a 24-hour strike",
"teachers went on strike" and "nurses struck for a third day" are withdrawals of labour (class
`walkout`), "a hunger strike" is a protest, and every other strike ("a drone strike", "air
strikes hit the city", "the strike killed 12") stays the attack the lexicon gives. A strike is
read as labour only on a cue in its own phrase: a labour word before it (the sector, the
workers, "general", "wildcat"), a length in hours or days, "on strike", a strike by or of
workers ("the teachers' strike", "a strike by nurses"), or, for the verb, workers striking with
no object. Without a cue the lexicon's reading stands.

A release: captives set free, or anything made public. "Militants released the two engineers"
and "the hostages were freed" are one kind of happening (class `freeing`), told with either
verb; "released a statement", "freed up funds" keep their own verbs.

A dismissal: a person removed from a post, or a claim brushed aside. "The president dismissed
the interior minister", "relieved him of his duties" and "the coach was fired" are departures
(class `departure`, as "sacked" and "resigned" are); "dismissed the claims", "fired two shots"
and "removed the barriers" keep their own readings.

A raid: an armed attack, or a search by the law. "Police raided the newspaper's offices", "FBI
agents raided his home" and "a police raid" are searches (class `search`, as "searched" is);
"rebels raided the village" stays the attack the lexicon gives.

An attack: an armed one, or one on computers. "A ransomware attack", "a cyber attack" are
intrusions (class `intrusion`, as "hacked" is); every other attack stays the lexicon's.

A hold: a person kept in custody, or anything else held. "The reporter was held for six hours"
and "police held two men overnight" are detentions (class `arrest`, as "detained" is); "held
talks", "held a meeting" and "held hostage" are not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.statements.deps import OBJECT_DEPS
from service.pipeline.wordlists import wordset

LABOUR = "walkout"
PROTEST = "protest"
FREEING = "freeing"
# Verbs that set captives free.
FREEING_VERBS = wordset("free release liberate")
# Nouns for people held captive, or for the people news says were freed ("the two engineers"):
# a list, not a word ending ("released the documents" frees no one).
CAPTIVES = wordset(
    """hostage prisoner detainee captive inmate abductee kidnappee convict suspect soldier sailor
    tourist activist student child girl boy citizen national volunteer missionary fisherman"""
)
# People who strike by stopping work: as the subject of "struck" with no object, as the owner
# of a strike ("the teachers' strike") or after "by" ("a strike by nurses").
WORKERS = wordset(
    """worker teacher doctor nurse pilot driver miner docker staff employee union crew guard
    conductor lecturer firefighter journalist cleaner porter controller machinist engineer"""
)
# Forces of nature and of illness that "strike" with no one attacking: "an earthquake struck the
# valley", "lightning struck the church", "the disease struck the village".
NATURAL_FORCES = wordset(
    """earthquake quake tremor aftershock storm hurricane typhoon cyclone tornado twister lightning
    flood flooding tsunami wildfire drought blizzard snowstorm heatwave avalanche landslide
    mudslide eruption disease epidemic outbreak pandemic virus illness"""
)
# Words before "strike" that say it is a withdrawal of labour: a sector, or a kind of stoppage.
LABOUR_WORDS = WORKERS | wordset(
    """general national nationwide wildcat indefinite token sympathy warning rail railway
    transport postal bus tube metro airport port dock public sector labour labor industrial
    walkout"""
)
# A strike's length ("a 24-hour strike", "a two-day strike"): only stoppages are told so.
LENGTHS = wordset("hour day week month")
# Words before "strike" that make it a protest by fasting.
PROTEST_WORDS = wordset("hunger")
# Modifiers that hang on the noun ("rail strike", "teachers' strike", "24-hour strike").
_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "nummod"})


def strike_class(tok: Token, kids: Sequence[Token], default: str) -> str:
    """The class of a "strike" noun or verb (`kids`: its dependents): labour, protest, or the
    `default` the lexicon gives it."""
    if tok.pos_ == "VERB":
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in NATURAL_FORCES for c in kids):
            return tok.lemma_.lower()  # "an earthquake struck the valley": no attack, no known kind
        return LABOUR if _workers_striking(kids) else default
    for c in kids:
        if c.dep_ not in _MODIFIERS:
            continue
        word = c.lemma_.lower()
        if word in PROTEST_WORDS:
            return PROTEST
        if word in LABOUR_WORDS or word in LENGTHS or _a_union(c):
            return LABOUR
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "on"
        and tok.head.head.lemma_.lower() in lx.BEING_VERBS | {"go"}
    ):
        return LABOUR  # "went on strike", "are on strike"
    for c in kids:
        if (
            c.dep_ == "prep"
            and c.lower_ in ("by", "of")
            and any(_striker(g) for g in c.children if g.dep_ == "pobj")
        ):
            return LABOUR  # "a strike by nurses"
    return default


def _workers_striking(kids: Sequence[Token]) -> bool:
    """ "Nurses struck for a third day": workers as the subject, and nothing struck."""
    if any(c.dep_ in OBJECT_DEPS for c in kids):
        return False
    return any(c.dep_ == "nsubj" and _striker(c) for c in kids)


def _striker(tok: Token) -> bool:
    return tok.lemma_.lower() in WORKERS or _a_union(tok)


def _a_union(tok: Token) -> bool:
    """A name ending in "Union" or "Federation of ... Workers" ("the Transport Workers Union")."""
    return tok.pos_ == "PROPN" and tok.lower_ in ("union", "unions", "workers")


def freeing_class(verb: Token, kids: Sequence[Token], named_person: Callable[[Token], bool]) -> str | None:
    """`FREEING` when the verb sets people free: its object, or its subject in the passive, is a
    person (`named_person`: an entity the model types as one), a captive or people named by what
    they do ("the engineers", "two aid workers"). None otherwise ("released a statement", "the
    documents")."""
    if verb.lemma_.lower() not in FREEING_VERBS:
        return None
    return FREEING if _done_to_people(kids, named_person) else None


DEPARTURE = "departure"
# Verbs that, done to a person, remove them from a post.
DISMISSING_VERBS = wordset("dismiss fire remove relieve oust sack axe")
# Holders of a post named by it ("dismissed the minister", "the coach was fired").
OFFICE_HOLDERS = wordset(
    """minister secretary coach manager director chief executive head chairman chairwoman chair
    president governor commander general ambassador editor captain mayor commissioner"""
)


def dismissal_class(verb: Token, kids: Sequence[Token], named_person: Callable[[Token], bool]) -> str | None:
    """`departure` when the verb removes a person from a post: its object, or its subject in the
    passive, is a person by name or a post's holder ("dismissed the minister"). None otherwise
    ("dismissed the claims", "fired two shots")."""
    if verb.lemma_.lower() not in DISMISSING_VERBS:
        return None
    return (
        DEPARTURE
        if any(
            (c.dep_ in OBJECT_DEPS or c.dep_ == "nsubjpass")
            and (named_person(c) or c.lemma_.lower() in OFFICE_HOLDERS)
            for c in kids
        )
        else None
    )


SEARCH = "search"
INTRUSION = "intrusion"
# Words that make an attack one on computers: "a ransomware attack", "a cyber attack".
CYBER_WORDS = wordset("ransomware cyber malware hacking hacker phishing denial-of-service ddos")
# Who raids by law: a raid by them is a search of the place raided, not an attack.
LAW_ENFORCERS = wordset(
    """police policeman policewoman officer detective agent investigator inspector prosecutor
    constable trooper marshal sheriff gendarme gendarmerie customs"""
)
# Links from a raid to its doer: the subject, "by" in the passive or after the noun, a modifier
# of the noun ("a police raid", "the FBI's raid").
_RAIDER_DEPS = frozenset({"nsubj", "compound", "poss", "amod", "nmod"})


def cyber_attack_class(tok: Token, kids: Sequence[Token]) -> str | None:
    """`intrusion` for an attack on computers, as its own phrase says: "a ransomware attack", "a
    cyber attack", "a hacking attack" (not "a knife attack"). None otherwise."""
    if tok.lemma_.lower() != "attack":
        return None
    cyber = any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in CYBER_WORDS for c in kids)
    return INTRUSION if cyber else None


def raid_class(tok: Token, kids: Sequence[Token]) -> str | None:
    """`search` when a raid (the verb or the noun) is done by the law: its subject, its "by"
    agent or a modifier of the noun is a word of law enforcement, or a name ending in one ("the
    National Police"). None otherwise: the lexicon's attack stands."""
    if tok.lemma_.lower() != "raid":
        return None
    doers = [c for c in kids if c.dep_ in _RAIDER_DEPS]
    doers += [
        g
        for c in kids
        if c.dep_ in ("agent", "prep") and c.lower_ == "by"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return SEARCH if any(_enforces_law(d) for d in doers) else None


def _enforces_law(tok: Token) -> bool:
    """A word of law enforcement, or a phrase whose words hold one ("plain-clothes police
    officers", "the National Police")."""
    return tok.lemma_.lower() in LAW_ENFORCERS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in LAW_ENFORCERS for c in tok.children
    )


# Verbs that take or keep a person in custody when a person is what they take or keep: "the
# reporter was held for six hours", "police held two men overnight", "he was seized at his home"
# tell a detention.
HOLDING_VERBS = wordset("hold seize")
# Verbs and particles that, done to a person, take them into custody: "he was picked up on
# Wednesday", "police rounded up 30 protesters", "taken in for questioning".
HOLDING_PHRASALS = frozenset({("pick", "up"), ("round", "up"), ("take", "in"), ("haul", "in")})
# Places and venues that "hold" people as room for them, not in custody.
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
VENUE_NOUNS = wordset("square stadium arena hall venue room ground park theatre theater church building site")
# Words that make a person held a captive of a kidnapping, not of the authorities.
CAPTIVE_ROLES = wordset("hostage captive prisoner")


def holding_class(verb: Token, kids: Sequence[Token], named_person: Callable[[Token], bool]) -> str | None:
    """`arrest` when the verb takes or keeps a person in custody: its object, or its subject in
    the passive, is a person ("was held for six hours at the airport", "was seized at his home";
    not "is being held", a custody that goes on, nor "seized the ship"); `delay` when it is "held up"
    ("was held up at the airport by an expired passport"), which no detention answers. None
    otherwise ("held a meeting", "held talks", "held hostage", "held back")."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" and (lemma, c.lower_) in HOLDING_PHRASALS for c in kids):
        return "arrest" if _done_to_people(kids, named_person) else None  # "was picked up by police"
    if lemma not in HOLDING_VERBS:
        return None
    if any(c.lemma_.lower() in CAPTIVE_ROLES for c in kids):
        return None
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in kids):
        return "delay"  # "was held up at the airport": delayed, not detained
    if any(c.dep_ == "prt" for c in kids):
        return None  # "held back", "held off"
    if lemma == "hold" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in kids):
        return None  # "is being held on suspicion of ...": in custody now, no act of arrest
    if lemma == "hold" and any(c.dep_ == "nsubj" and _a_place(c) for c in kids):
        return None  # "the square holds 12,000 people": what a place has room for
    return "arrest" if _done_to_people(kids, named_person) else None


def _a_place(tok: Token) -> bool:
    """A named place or a place by its kind: what "holds" people has room for them."""
    return tok.ent_type_ in PLACE_ENTITY_TYPES or tok.lemma_.lower() in VENUE_NOUNS


def _done_to_people(kids: Sequence[Token], named_person: Callable[[Token], bool]) -> bool:
    """The verb's object, or its subject in the passive, is a person (`named_person`) or people
    (`_people`)."""
    return any(
        (c.dep_ in OBJECT_DEPS or c.dep_ == "nsubjpass") and (_people(c) or named_person(c)) for c in kids
    )


def _people(tok: Token) -> bool:
    """Captives, people in general, or people named by what they do ("the engineers")."""
    lemma = tok.lemma_.lower()
    return lemma in CAPTIVES or lemma in lx.PERSON_NOUNS or lemma in WORKERS
