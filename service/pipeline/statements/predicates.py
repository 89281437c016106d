"""Predicates: the clause heads and event nouns that name an event, and the class of event each
names ("spoke", "the call" and "a telephone conversation" are one class)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from service.pipeline import event_lexicon
from service.pipeline import lexicon as lx
from service.pipeline.statements.deps import OBJECT_DEPS
from service.pipeline.statements.index import DocIndex, children, head
from service.pipeline.statements.senses import (
    cyber_attack_class,
    dismissal_class,
    freeing_class,
    holding_class,
    raid_class,
    strike_class,
)

# A time value naming one day (a time of day included): "2024-03-14", "2024-03-14T06:30".
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Clause heads that can carry a statement of their own.
CLAUSE_HEAD_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis"}
)


@dataclass
class Predicate:
    """Where a statement sits in the parse and what kind of event it names."""

    anchor: Token  # the clause head (a verb) or the event noun itself
    lemma: str  # the predicate as a verb lemma ("talk" for "conversation")
    cls: str
    noun: Token | None = None  # the event noun, when the event is named by one
    anaphoric: bool = False  # "the call", "no such communication": points at a known event
    # Told of the event its article told last of its kind, whoever either named: a verb done to
    # a known event ("the agreement was signed") or a noun that is its own verb's object
    # ("signed a pact": one signing, not a signing and a pact).
    same_as_last: bool = False
    groupable: bool = True  # False for generic plurals and hypothetical events
    generic: bool = False  # a bare plural event noun ("held protests"), until a date says otherwise
    tokens: list[Token] = field(default_factory=list)  # tokens that map to this statement
    set_for_later: bool = False  # a happening a scheduling verb sets for a date ("slated for")
    # The clause tells the event's opposite: "was found alive" is no death (`outcome_state`).
    contrary: bool = False
    # What will or would happen, not what did: a plan, a modal or hypothetical ("will meet",
    # "plans to speak", "could resign", "no intention of resigning"; not a generic plural).
    irrealis: bool = False


# Words beside "deal" or "accord" that make it an amount or a will, not an agreement.
_NO_AGREEMENT_MODIFIERS = frozenset({"great", "good", "own"})
# Words beside "conviction" that make it a belief ("deep religious convictions").
_BELIEF_MODIFIERS = frozenset(
    {"deep", "strong", "firm", "religious", "political", "personal", "moral", "own", "core", "sincere"}
)


def event_noun_lemma(tok: Token, anaphoric_ok: bool = True) -> str | None:
    """The verb an event noun stands for ("conversation" -> "talk"), or None."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = tok.lemma_.lower()
    if lemma in lx.EVENT_NOUNS:
        # "calls for a ceasefire" is a demand, not a phone call.
        if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            return None
        # "a great deal of", "of its own accord": an amount and a will, no agreement.
        if lemma in ("deal", "accord") and any(c.lower_ in _NO_AGREEMENT_MODIFIERS for c in tok.children):
            return None
        # "her religious convictions", "the conviction that it works": a belief, no verdict.
        if lemma == "conviction" and any(
            c.lower_ in _BELIEF_MODIFIERS
            or (
                c.dep_ in ("acl", "ccomp")
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            )
            for c in tok.children
        ):
            return None
        return lx.EVENT_NOUNS[lemma]
    if lemma in lx.INTRUSION_NOUNS or (lemma == "breach" and _of_systems(tok)):
        return "intrusion"
    if anaphoric_ok and lemma in lx.ANAPHORIC_EVENT_NOUNS and _is_anaphoric(tok):
        return lx.ANAPHORIC_EVENT_NOUNS[lemma]
    if tok.pos_ == "NOUN" and event_lexicon.is_event_noun(lemma):
        return lemma  # a noun annotators mark as an event: "the blast", "its acquisition"
    return None


def _of_systems(breach: Token) -> bool:
    """A breach of computer systems or of data ("any breach of its systems", "a data breach"),
    not of a contract or a rule."""
    for c in breach.children:
        if c.dep_ == "compound" and c.lemma_.lower() in lx.BREACHED_WORDS:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("of", "at", "in")
            and any(g.dep_ == "pobj" and g.lemma_.lower() in lx.BREACHED_WORDS for g in c.children)
        ):
            return True
    return False


def _is_anaphoric(noun: Token) -> bool:
    """A definite, demonstrative, possessive or negated event noun refers to a known event."""
    for c in noun.children:
        if c.dep_ in ("det", "predet", "amod") and c.lower_ in lx.ANAPHORIC_DETERMINERS:
            return True
        if c.dep_ == "poss":
            return True
    return False


def _is_generic(noun: Token) -> bool:
    """A bare plural ("peace talks", "long-range strikes") names a kind of event, not one."""
    if noun.tag_ not in ("NNS", "NNPS") or _is_anaphoric(noun):
        return False
    return not any(c.dep_ == "nummod" for c in noun.children)


def verb_class(verb: Token, idx: DocIndex) -> tuple[str, str]:
    """(lemma, class) of a verb, disambiguating by its object where the lexicon knows how."""
    lemma = verb.lemma_.lower()
    lemma = lx.VERB_SYNONYMS.get(lemma, lemma)  # "will shut the plant" and "to close the site"
    for c in children(idx, verb):
        phrase = _phrase_class(lemma, c, idx)
        if phrase is not None:
            return _phrase_name(verb, lemma, phrase, idx), phrase
        if c.dep_ in ("acomp", "advcl", "oprd", "ccomp") and (lemma, c.lower_) in lx.VERB_COMPLEMENT_CLASSES:
            if any(n.dep_ == "neg" for n in children(idx, c)):
                # "found not guilty": acquitted, the same verdict's other outcome
                return lx.NEGATED_COMPLEMENT_CLASSES.get((lemma, c.lower_), (lemma, lemma))
            return lx.VERB_COMPLEMENT_CLASSES[(lemma, c.lower_)]  # "went missing": disappeared
        if c.dep_ in ("prt", "advmod"):  # the parser reads "away" as either
            forced = lx.VERB_PARTICLE_CLASSES.get((lemma, c.lower_))
            if forced is not None and not _moves_from(verb, c, idx):
                return lx.PARTICLE_VERBS.get((lemma, c.lower_), lemma), forced
    impact = _impact_class(verb, idx) if lemma in lx.IMPACT_VERBS else None
    if impact is not None:
        return lemma, impact  # "an air strike hit the hospital": the strike is the attack
    if lemma == "call":
        return lemma, _call_class(verb, idx)
    if lemma == "strike":
        return lemma, strike_class(verb, children(idx, verb), lx.PREDICATE_CLASSES[lemma])
    freed = freeing_class(verb, _with_shared_subject(verb, idx), lambda t: _a_named_person(t, idx))
    if freed is not None:
        return lemma, freed  # "released the hostages", "the engineers were freed": one happening
    dismissed = dismissal_class(verb, _with_shared_subject(verb, idx), lambda t: _a_named_person(t, idx))
    if dismissed is not None:
        return lemma, dismissed  # "dismissed the minister": a departure, not a statement
    held = holding_class(verb, _with_shared_subject(verb, idx), lambda t: _a_named_person(t, idx))
    if held is not None:
        return lemma, held  # "the reporter was held for six hours": a detention
    searched = raid_class(verb, _with_shared_subject(verb, idx))
    if searched is not None:
        return lemma, searched  # "police raided the offices": a search, not an attack
    if lemma == "open" and any(c.lower_ in lx.PRICE_MOVE_WORDS for c in children(idx, verb)):
        return lemma, lemma  # "shares opened higher": a price, no opening
    if lemma in lx.OBJECTLESS_CLASS_VERBS and any(
        c.dep_ in OBJECT_DEPS or c.dep_ in ("ccomp", "xcomp") for c in children(idx, verb)
    ):
        return lemma, lemma  # "demonstrated the new software" is no protest
    return lemma, lx.PREDICATE_CLASSES.get(lemma, lemma)


def _with_shared_subject(verb: Token, idx: DocIndex) -> list[Token]:
    """A verb's dependents, with the subject it shares with the clause it is conjoined to when it
    has none of its own ("Stan is still held and has not been released": Stan was not)."""
    kids = children(idx, verb)
    governor = head(idx, verb)
    if verb.dep_ != "conj" or governor is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return kids
    return [*kids, *(c for c in children(idx, governor) if c.dep_ in ("nsubj", "nsubjpass"))]


def _impact_class(verb: Token, idx: DocIndex) -> str | None:
    """The class of an impact verb whose subject, or agent ("was hit by"), is an attack or a
    weapon ("the air strike hit", "a missile struck": an attack; "was hit by a ransomware
    attack": an intrusion), not a storm or a price; None otherwise."""
    hitters = [c for c in children(idx, verb) if c.dep_ == "nsubj"]
    hitters += [
        g for c in children(idx, verb) if c.dep_ == "agent" for g in children(idx, c) if g.dep_ == "pobj"
    ]
    for c in hitters:
        lemma = c.lemma_.lower()
        if lemma in lx.WEAPON_NOUNS:
            return "attack"
        if lemma == "strike":
            # not "the rail strike"
            return "attack" if strike_class(c, list(c.children), "attack") == "attack" else None
        named = event_noun_lemma(c)
        cls = cyber_attack_class(c, list(c.children)) or lx.PREDICATE_CLASSES.get(named or "", named)
        if cls in ("attack", "intrusion"):
            return cls  # "the raid hit the compound", "was hit by a cyberattack"
    return None


def _a_named_person(tok: Token, idx: DocIndex) -> bool:
    """A person by name, by a pronoun for one ("she had been freed"), or by a noun the name
    stands beside ("the blogger Iva Stan", parsed with the noun as the head); not a craft the
    model took a name for a person's ("the oil tanker Marla Sun")."""
    named_with = [c for c in children(idx, tok) if c.dep_ in ("compound", "appos")]
    if any(t.lemma_.lower() in lx.CRAFT_NOUNS for t in (tok, *named_with)):
        return False
    if _typed(tok, idx, "PERSON") or tok.lower_ in lx.PERSON_PRONOUNS:
        return True
    return any(c.dep_ in ("compound", "appos") and _typed(c, idx, "PERSON") for c in children(idx, tok))


def _typed(tok: Token, idx: DocIndex, entity_type: str) -> bool:
    """Whether the token is part of an entity the model types `entity_type`."""
    group = idx.group_of[tok.i]
    return group >= 0 and idx.groups[group].type == entity_type


def _phrase_class(lemma: str, c: Token, idx: DocIndex) -> str | None:
    """The class a verb's dependent `c` gives the verb, where the lexicon lists the phrase: its
    object or passive subject ("struck a deal", "no agreement had been reached"), or the noun
    after "into" / "to" ("came into force", "taken to hospital", also when the parser reads "to
    hospital" as an infinitive)."""
    if c.dep_ in OBJECT_DEPS or c.dep_ == "nsubjpass":
        if lemma in lx.ACCESS_VERBS and c.lemma_.lower() == "access" and _access_to_a_system(c, idx):
            return "intrusion"  # "gained access to the billing database"
        return lx.VERB_OBJECT_CLASSES.get((lemma, c.lemma_.lower()))
    if c.dep_ == "prep" and c.lower_ in ("into", "to"):
        return next(
            (
                lx.VERB_PREP_CLASSES[(lemma, _prep_object(g))]
                for g in children(idx, c)
                if g.dep_ == "pobj" and (lemma, _prep_object(g)) in lx.VERB_PREP_CLASSES
            ),
            None,
        )
    if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(idx, c)):
        return lx.VERB_PREP_CLASSES.get((lemma, c.lower_))
    return None


def _access_to_a_system(access: Token, idx: DocIndex) -> bool:
    """ "access to the network": access to a thing an intruder gets into (`lx.INTRUDED_THINGS`)."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in lx.INTRUDED_THINGS
        for c in children(idx, access)
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in children(idx, c)
    )


def _prep_object(noun: Token) -> str:
    """The noun after "to" / "into" as the phrases list it ("Korrowick Infirmary": hospital)."""
    lemma = noun.lemma_.lower()
    return lx.PREP_OBJECT_ALIASES.get(lemma, lemma)


def _phrase_name(verb: Token, lemma: str, cls: str, idx: DocIndex) -> str:
    """What names the event of a phrase whose verb says nothing by itself: the thing that began
    ("the ceasefire took effect", "the ban, which came into force": "ceasefire", "ban"), so two
    reports of one beginning told with different phrases name one thing; else what it is ("It
    took effect": a beginning). Other phrases are named by their class ("lost her life": a
    death, "struck a deal": an agreement), their verb saying nothing of its own."""
    if cls != "begin":
        return cls  # "lost her life": a death; "was taken to hospital": a hospitalisation
    subject = next((c for c in children(idx, verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        # "the ceasefire, which came into force": the noun the clause is on. The parser hangs
        # the clause on the last noun before it ("the ceasefire between the army and the
        # militia, which"), but what came into force is what the whole phrase is about.
        subject = verb.head
        while subject.dep_ in ("pobj", "conj", "prep") and subject.head is not subject:
            subject = subject.head
    if subject is None or subject.pos_ != "NOUN":
        return cls
    return subject.lemma_.lower()


def _moves_from(verb: Token, particle: Token, idx: DocIndex) -> bool:
    """ "passed away from the goal": a motion away from somewhere, not a death. Only "away": a
    rocket "lifted off from" its pad and a chairman "stepped down from" the board keep theirs."""
    return particle.lower_ == "away" and any(
        g.dep_ == "prep" and g.lower_ == "from" for g in (*children(idx, verb), *children(idx, particle))
    )


def _call_class(verb: Token, idx: DocIndex) -> str:
    """ "called Lima" is a phone call; "calling the reports pure fiction" characterises;
    "called for talks", "called an election" are neither."""
    kids = children(idx, verb)
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr") for c in kids) or falsity_near(verb, idx):
        return "statement"
    objects = [c for c in kids if c.dep_ in OBJECT_DEPS]
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "off") for c in kids) or len(objects) > 1:
        return "call"
    for obj in objects:
        named = idx.group_of[obj.i] >= 0 and idx.groups[idx.group_of[obj.i]].type in ("PERSON", "ORG", "GPE")
        if not (named or obj.tag_ == "PRP"):
            return "call"
    return "communication"


def falsity_near(tok: Token, idx: DocIndex, window: int = 6) -> bool:
    """A word calling something untrue shortly after `tok` in its paragraph: the parser often
    misattaches "pure fiction" in headlines, but the words stay close."""
    toks = idx.tokens
    for i in range(tok.i + 1, min(tok.i + 1 + window, len(toks))):
        if idx.block[i] != idx.block[tok.i] or toks[i].is_sent_start:
            return False
        if is_falsity_word(toks[i]):
            return True
    return False


def is_falsity_word(tok: Token) -> bool:
    """A word that calls something untrue ("false", "hoax", "fabricated", an April Fool's joke), by
    form or lemma; not a verb's bare infinitive ("these stories are so easy to fake", "tried to fabricate"): what
    can be or was meant to be done calls nothing untrue."""
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.lemma_.lower() in ("joke", "story", "prank") and any(
        c.lower_ in ("fool", "fools") for c in tok.children
    ):
        return True  # "it was an April Fool's joke"
    if (
        tok.lemma_.lower() in lx.CRIME_AS_MASS_NOUNS
        and tok.pos_ == "NOUN"
        and not any(c.dep_ in ("det", "amod") for c in tok.children)
    ):
        return False  # "a judge said it was fraud": the crime, not "a fraud", a fake
    return tok.lemma_.lower() in lx.FALSITY_WORDS or tok.lower_ in lx.FALSITY_WORDS


def noun_predicate(noun: Token, anchor: Token | None = None, engaged: bool = False) -> Predicate | None:
    """A predicate named by an event noun, anchored at `anchor` (a light or occurrence verb); an
    occasion ("keynote", "ceremony") names one only as a light verb's object. Talks a party is
    `engaged` in ("is in talks") are one set of talks, not talks of a kind."""
    lemma = event_noun_lemma(noun)
    if lemma is None and anchor is not None and noun.lemma_.lower() in lx.OCCASION_NOUNS:
        lemma = noun.lemma_.lower()
    if lemma is None:
        return None
    anaphoric = _is_anaphoric(noun)
    # "contacts between the two", "talks are possible": no one happening. Held with someone
    # ("have held talks with X"), they are one.
    held_with = engaged or (
        anchor is not None and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    )
    # "Talks between X and Y ended on Tuesday": talks whose parties are named and that did
    # something are one set of talks, not talks of a kind.
    held_with = held_with or (
        noun.dep_ == "nsubj"
        and noun.head.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    )
    if (
        noun.lemma_.lower() in lx.GENERIC_PLURAL_NOUNS
        and noun.tag_ == "NNS"
        and not anaphoric
        and not held_with
    ):
        return None
    cls = lx.PREDICATE_CLASSES.get(lemma, lemma)
    if noun.lemma_.lower() == "strike":
        cls = strike_class(noun, list(noun.children), cls)  # "the rail strike" is no attack
    cls = raid_class(noun, list(noun.children)) or cls  # "a police raid" is a search
    cls = cyber_attack_class(noun, list(noun.children)) or cls  # "a ransomware attack" is an intrusion
    pred = Predicate(
        anchor=anchor or noun,
        lemma=lemma,
        cls=cls,
        noun=noun,
        anaphoric=anaphoric,
        groupable=engaged or not _is_generic(noun),
        generic=not engaged and _is_generic(noun),
    )
    pred.tokens = [noun] if anchor is None else [anchor, noun]
    return pred


def _light_object(verb: Token, idx: DocIndex) -> Token | None:
    """The event noun a light verb carries ("held the call", "carried out attacks", "no search
    was carried out")."""
    lemma = verb.lemma_.lower()
    if lemma not in lx.LIGHT_VERBS:
        return None
    kids = children(idx, verb)
    if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
        return None
    for c in kids:
        # An occasion is the event too ("gave his annual keynote", "held a ceremony"); in the
        # passive the event is the subject ("no search was carried out", "a ceremony was held").
        if c.dep_ in ("dobj", "obj", "nsubjpass") and (
            event_noun_lemma(c) is not None or c.lemma_.lower() in lx.OCCASION_NOUNS
        ):
            return c
    return None


def _part_in_event(verb: Token, idx: DocIndex) -> Token | None:
    """The event noun a party is said to have had a part in: "Red Dawn had no role in Sunday's
    attack", "played no part in the killing", "had a hand in the coup": the party's part in that
    happening, so "no role" denies it."""
    if verb.lemma_.lower() not in lx.PART_VERBS:
        return None
    for obj in children(idx, verb):
        if obj.dep_ not in ("dobj", "obj") or obj.lemma_.lower() not in lx.PART_NOUNS:
            continue
        for prep in [*children(idx, obj), *children(idx, verb)]:  # the parser hangs "in" on either
            if prep.dep_ == "prep" and prep.lower_ == "in":
                noun = next((g for g in children(idx, prep) if g.dep_ == "pobj"), None)
                if noun is not None and event_noun_lemma(noun) is not None:
                    return noun
    return None


def engaged_in(verb: Token, idx: DocIndex) -> Token | None:
    """The talks a party is said to be in: "is in advanced talks to buy X", "we are not in
    negotiations with anyone": the talks, so "not in talks" denies them."""
    if verb.lemma_.lower() != "be" or any(c.dep_ in ("attr", "acomp") for c in children(idx, verb)):
        return None
    for prep in children(idx, verb):
        if prep.dep_ == "prep" and prep.lower_ == "in":
            noun = next((g for g in children(idx, prep) if g.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in lx.TALKS_NOUNS:
                return noun
    return None


def _occurring_subject(verb: Token, idx: DocIndex) -> Token | None:
    """The event noun said to happen: "the call took place", "no attack occurred"."""
    lemma = verb.lemma_.lower()
    kids = children(idx, verb)
    # "took place" even when the parser hung "place" elsewhere (e.g. across a line break).
    nxt = idx.tokens[verb.i + 1] if verb.i + 1 < len(idx.tokens) else None
    occurs = (
        lemma in lx.OCCURRENCE_VERBS
        or any(
            (lemma, c.lemma_.lower()) in lx.OCCURRENCE_PHRASES for c in kids if c.dep_ in ("dobj", "compound")
        )
        or (nxt is not None and (lemma, nxt.lemma_.lower()) in lx.OCCURRENCE_PHRASES)
    )
    if not occurs:
        return None
    for c in kids:
        if c.dep_ in ("nsubj", "nsubjpass") and event_noun_lemma(c) is not None:
            return c
    return None


def _existential_noun(verb: Token, idx: DocIndex) -> Token | None:
    """The event noun of "there was (no) conversation"."""
    if verb.lemma_.lower() != "be":
        return None
    kids = children(idx, verb)
    if not any(c.dep_ == "expl" for c in kids):
        return None
    for c in kids:
        if c.dep_ in ("attr", "nsubj") and event_noun_lemma(c) is not None:
            return c
    return None


# Endings of nouns made from verbs, which name what the verb does ("an inspection").
NOMINALISATION_ENDINGS = ("tion", "sion", "ment", "ing", "ance", "ence")


def names_an_occasion(noun: Token) -> bool:
    """An event noun, an occasion ("a media event") or a nominalisation ("an inspection")."""
    lemma = noun.lemma_.lower()
    return (
        event_noun_lemma(noun) is not None
        or lemma in lx.OCCASION_NOUNS
        or lemma.endswith(NOMINALISATION_ENDINGS)
    )


def scheduled_event(verb: Token, idx: DocIndex) -> Token | None:
    """The happening a passive scheduling verb sets for later: its "for" object ("slated for a
    release on June 24"), else its subject when the "for" object is a date ("the vote is
    scheduled for March 3"); None when the verb sets no happening ("a record was set", "the table
    is set for dinner"). A noun that is also an event verb in TimeML ("release", "launch") names
    a happening here: the verb says it is one."""
    if verb.lemma_.lower() not in lx.SCHEDULE_VERBS and verb.lower_ not in lx.SCHEDULE_FORMS:
        return None
    kids = children(idx, verb)
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    target = next(
        (
            g
            for c in kids
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in children(idx, c)
            if g.dep_ == "pobj"
        ),
        None,
    )
    if subject is None or target is None:
        return None
    if idx.time_of[target.i] >= 0:
        return subject if _a_happening(subject, idx) else None
    return target if _a_happening(target, idx) else None


def _a_happening(noun: Token, idx: DocIndex) -> bool:
    """A common noun (no name, no time) that names a happening, or that TimeML knows as a verb."""
    if noun.pos_ != "NOUN" or idx.group_of[noun.i] >= 0 or idx.time_of[noun.i] >= 0:
        return False
    return names_an_occasion(noun) or event_lexicon.timeml_class(noun.lemma_.lower(), "VERB") is not None


def copula_event_nouns(verb: Token, idx: DocIndex) -> list[Token]:
    """The nouns that may name the event a copular clause is about, nearest first: its predicate
    nominal and what that is "of" ("was the result of an earthquake on May 2", "was the target
    of an attack on Monday"), else its subject ("the vote was on Tuesday"). A copula names no
    event of its own, so a date on it belongs to one of these."""
    if verb.lemma_.lower() != "be":
        return []
    kids = children(idx, verb)
    if any(c.dep_ == "expl" for c in kids):
        return []  # "there was an attack": the existential reading is its own predicate
    attrs = [c for c in kids if c.dep_ == "attr"]
    if not attrs:
        return [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    found = []
    for a in attrs:
        found.append(a)
        found.extend(of_objects(a, idx))
    return found


def of_objects(noun: Token, idx: DocIndex) -> list[Token]:
    """The objects of a noun's "of" ("the result of an earthquake": the earthquake)."""
    return [
        g
        for c in children(idx, noun)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children(idx, c)
        if g.dep_ == "pobj"
    ]


def copula_of_nominal(noun: Token, idx: DocIndex) -> Token | None:
    """The copula whose predicate nominal is `noun`, or is "of" `noun`: "X was the result of an
    earthquake", "X was the target of an attack", "X was the winner"."""
    h = head(idx, noun)
    if noun.dep_ == "pobj" and h is not None and h.lower_ == "of":
        nominal = head(idx, h)
        if nominal is None or nominal.dep_ != "attr":
            return None
        h = head(idx, nominal)
    elif noun.dep_ != "attr":
        return None
    if h is None or h.lemma_.lower() != "be" or any(c.dep_ == "expl" for c in children(idx, h)):
        return None
    return h


def _begun_deed(verb: Token, idx: DocIndex) -> Token | None:
    """The verb a verb of beginning takes ("began recalling", "started to search"), if any."""
    if verb.lemma_.lower() not in lx.BEGINNING_VERBS:
        return None
    return next((c for c in children(idx, verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)


def is_irrealis(verb: Token, idx: DocIndex) -> bool:
    """Infinitives and modal clauses ("plans to speak", "will send") describe events that have
    not happened: they are kept as statements but never merged with real events."""
    for c in children(idx, verb):
        if c.dep_ == "aux" and (c.lower_ == "to" or c.lemma_.lower() in lx.MODAL_LEMMAS):
            return True
    if verb.dep_ == "pcomp":
        # "no intention of resigning": what someone means to do has not happened.
        prep = head(idx, verb)
        noun = head(idx, prep) if prep is not None else None
        return noun is not None and noun.lemma_.lower() in lx.INTENTION_NOUNS
    return False


def verb_predicate(verb: Token, idx: DocIndex) -> Predicate | None:
    """The predicate a clause head names: its event noun where the verb is light, the deed it
    begins where it is a verb of beginning, else itself."""
    irrealis = is_irrealis(verb, idx)
    begun = _begun_deed(verb, idx)
    if begun is not None:
        # "has begun recalling the watch", "police started to evacuate the street": the deed is
        # under way, so it happened; told at the tense of the verb that begins it.
        deed = verb_predicate(begun, idx)
        if deed is not None and deed.noun is None and not deed.set_for_later:
            return replace(
                deed,
                anchor=verb,
                tokens=[verb, *deed.tokens],
                groupable=not irrealis and not deed.generic,
                irrealis=irrealis,
            )
    state = _deed_of_a_state(verb, idx)
    if state is not None:
        # "X is dead", "was found alive" (`outcome_state`), "the shops remain open", "she remains
        # in her post" (`standing_state`): the event the state is the outcome of, or its opposite.
        lemma, cls, happened, held_now = state
        if held_now:
            # "The concert will go ahead" says it of the cancellation now, as a fact; "could go
            # ahead" and "plans to remain open" stay what may be.
            irrealis = irrealis and not _set_to_be(verb, idx)
        return Predicate(
            anchor=verb,
            lemma=lemma,
            cls=cls,
            groupable=not irrealis,
            tokens=[verb],
            contrary=not happened,
            irrealis=irrealis,
        )
    for finder in (_light_object, _occurring_subject, _existential_noun, _part_in_event, engaged_in):
        noun = finder(verb, idx)
        if noun is not None:
            pred = noun_predicate(noun, anchor=verb, engaged=finder is engaged_in)
            if pred is not None:
                pred.groupable = pred.groupable and not irrealis
                pred.irrealis = irrealis
                return pred
    event = scheduled_event(verb, idx)
    if event is not None:
        # "slated for a release on June 24": the release, set for that day by the verb's
        # subject's plan, a plan the timeline shows at its date (`anchoring.is_scheduled`).
        lemma = event_noun_lemma(event) or event.lemma_.lower()
        return Predicate(
            anchor=verb,
            lemma=lemma,
            cls=lx.PREDICATE_CLASSES.get(lemma, lemma),
            noun=event,
            groupable=False,
            set_for_later=True,
            tokens=[verb, event],
            irrealis=True,
        )
    lemma, cls = verb_class(verb, idx)
    irrealis = irrealis or (cls in lx.FUTURATE_CLASSES and is_present_progressive(verb, idx))
    return Predicate(
        anchor=verb,
        lemma=lemma,
        cls=cls,
        same_as_last=_done_to_a_told_event(verb, cls, idx),
        groupable=not irrealis,
        tokens=[verb],
        irrealis=irrealis,
    )


def _done_to_a_told_event(verb: Token, cls: str, idx: DocIndex) -> bool:
    """A verb whose object is a known event of its own kind points back at that event: "the
    agreement was signed", "the agreement, signed on Thursday", "they signed the deal" tell
    the signing the article told before, whoever it named then."""
    # The object after the verb points back only when definite ("signed the deal"; "signed a
    # deal" is a new one, which the noun then joins); a passive subject or the noun a participle
    # is on comes before the verb, so is the event the article has just told ("a pact was
    # signed", "an agreement signed on Friday").
    nouns = [
        c for c in children(idx, verb) if c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and _is_anaphoric(c))
    ]
    if verb.dep_ == "acl" and (owner := head(idx, verb)) is not None:
        nouns.append(owner)
    return any(_of_class(noun, cls) for noun in nouns)


def _of_class(noun: Token, cls: str) -> bool:
    """Whether an event noun names an event of this class ("pact": an agreement)."""
    lemma = event_noun_lemma(noun)
    return lemma is not None and lx.PREDICATE_CLASSES.get(lemma, lemma) == cls


def is_present_progressive(verb: Token, idx: DocIndex) -> bool:
    """ "is stepping down", "are closing": a present of "be" with the verb's -ing form."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" and c.tag_ in ("VBZ", "VBP") for c in children(idx, verb)
    )


# Personal pronouns that can hold a state of life or death: the lexicon's, and "they".
_LIVING_PRONOUNS = lx.PERSONAL_PRONOUNS | {"they"}


def outcome_state(verb: Token, idx: DocIndex) -> Token | None:
    """The adjective by which a verb gives a person the outcome of an event ("is dead", "were
    found alive", "was pronounced dead"), when its subject is someone: a name, a person, a
    personal pronoun or people counted ("12 miners"); "the deal is dead" tells of no death."""
    lemma = verb.lemma_.lower()
    if lemma not in lx.OUTCOME_STATE_VERBS:
        return None
    kids = children(idx, verb)
    state = next(
        (c for c in kids if c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in lx.OUTCOME_STATES), None
    )
    # The parser may split a subject from its title ("star Willie Nelson was found": two subjects).
    subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if state is None or not subjects:
        return None
    if state.lower_ in lx.PRESENT_ONLY_STATES and (
        lemma not in lx.BEING_VERBS or verb.tag_ not in ("VBZ", "VBP")
    ):
        return None  # "was found alive": a finding, not an answer to a report of a death
    return state if any(_living(subject, idx) for subject in subjects) else None


def _deed_of_a_state(verb: Token, idx: DocIndex) -> tuple[str, str, bool, bool] | None:
    """The deed a state the clause gives tells of: (lemma, class, whether it was done, whether
    the state is one held now), from an outcome ("is dead") or a standing state ("remains open")."""
    state = outcome_state(verb, idx)
    if state is not None:
        lemma, happened = lx.OUTCOME_STATES[state.lower_]
        return lemma, lx.PREDICATE_CLASSES.get(lemma, lemma), happened, False
    standing = standing_state(verb, idx)
    return (*standing, True) if standing is not None else None


def standing_state(verb: Token, idx: DocIndex) -> tuple[str, str, bool] | None:
    """The deed (lemma, class, whether it was done) a state held now tells of, when a copula in
    the present gives its subject one (`lexicon.STANDING_STATES`, `lexicon.STANDING_PLACES`):
    "the shops remain open" (not closed), "she remains in her post" (did not resign), "they are
    not married" (no wedding, with the negation read as for any clause). Not a state told as a
    change ("open again"), nor "open to talks", nor a person's state of a thing or a thing's of
    a person ("he is open about it"). Also a happening's standing however told: going on now
    ("the strike is continuing": not ended), going ahead ("will go ahead": not called off),
    kept to its schedule ("as planned": not delayed), or judged ("the test was a success": it did
    not fail; a verdict stands in any tense)."""
    kids = children(idx, verb)
    if _still_standing(verb, kids, idx):
        return "destroy", "destroy", False  # "the museum is still standing": it was not destroyed
    if verb.lemma_.lower() == "go" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "ahead" for c in kids):
        return "cancel", "cancel", False  # "the concert went ahead", "will go ahead": not called off
    if _going_on(verb, kids, idx):
        return "end", "end", False  # "the strike is continuing", "the talks go on": not ended
    verdict = _happening_judged(verb, kids)
    if verdict is not None:
        return "fail", "fail", verdict  # "the test was a complete success": it did not fail
    if _as_planned(verb, kids, idx):
        return "delay", "delay", False  # "will go on sale in September as planned": not delayed
    if verb.lemma_.lower() not in lx.BEING_VERBS | {"stay"} or verb.tag_ not in ("VBZ", "VBP"):
        return None
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ == "advmod" and c.lower_ in lx.CHANGE_ADVERBS for c in kids):
        return None
    living = any(_living(subject, idx) for subject in subjects)
    if any(c.dep_ == "advmod" and c.lower_ == "together" for c in kids):
        return "split", "split", False  # "the band is still together", "they remain together"
    for c in kids:
        if c.dep_ == "acomp" and c.lower_ in lx.STANDING_STATES:
            lemma, happened, of_a_person = lx.STANDING_STATES[c.lower_]
            if living != of_a_person or any(
                g.dep_ in ("prep", "advmod") and g.lower_ in ("to", "again") for g in c.children
            ):
                return None
            return lemma, lx.PREDICATE_CLASSES.get(lemma, lemma), happened
        if c.dep_ == "prep" and living:
            place = next((g for g in children(idx, c) if g.dep_ in ("pobj", "amod", "advmod")), None)
            deed = lx.STANDING_PLACES.get((c.lower_, place.lemma_.lower())) if place is not None else None
            if deed is not None:
                return deed[0], deed[1], False
    return None


def _happening_judged(verb: Token, kids: list[Token]) -> bool | None:
    """Whether a happening said to be a success or a failure failed ("Saturday's test had been a
    complete success": False; "the launch was a failure": True), in any tense: the verdict on
    what was done stands. None when the clause judges no happening ("the film was a success")."""
    if verb.lemma_.lower() not in lx.BEING_VERBS:
        return None
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if not subjects or not all(
        event_noun_lemma(s) is not None or s.lemma_.lower() in lx.UNDERTAKING_NOUNS for s in subjects
    ):
        return None
    for c in kids:
        if c.dep_ in ("attr", "acomp") and c.lemma_.lower() in lx.VERDICT_OUTCOMES:
            return lx.VERDICT_OUTCOMES[c.lemma_.lower()]
    return None


def _as_planned(verb: Token, kids: list[Token], idx: DocIndex) -> bool:
    """A happening told as going ahead on its schedule: "will go on sale in September as
    planned", "the flight landed on time", "the project is on track"."""
    for c in kids:
        if (
            c.dep_ in ("advcl", "advmod")
            and c.lower_ == "planned"
            and any(g.dep_ in ("mark", "advmod") and g.lower_ == "as" for g in children(idx, c))
        ):
            return True
        if c.dep_ in ("prep", "advmod") and c.lower_ in ("on", "as"):
            obj = next((g for g in children(idx, c) if g.dep_ in ("pobj", "amod", "advcl")), None)
            if obj is not None and (c.lower_, obj.lower_) in lx.ON_SCHEDULE:
                return True
    return False


def _going_on(verb: Token, kids: list[Token], idx: DocIndex) -> bool:
    """A happening said to go on now: "the strike is continuing", "the search continues", "the
    talks go on" (its subject an event noun, the verb in the present, with nothing continued
    after it: "continued to rise" and "continues its work" tell another deed)."""
    lemma = verb.lemma_.lower()
    if lemma == "go":
        if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in kids):
            return False
    elif lemma != "continue":
        return False
    if any(
        c.dep_ in ("dobj", "obj", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "with") for c in kids
    ):
        return False  # "continues its work", "continued to rise", "goes on with the plan"
    if not (verb.tag_ in ("VBZ", "VBP") or is_present_progressive(verb, idx)):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return bool(subjects) and all(event_noun_lemma(s) is not None for s in subjects)


def _set_to_be(verb: Token, idx: DocIndex) -> bool:
    """A clause whose only mark of the future is "will" ("will go ahead"), not a plan or a
    condition."""
    modals = [c for c in children(idx, verb) if c.dep_ == "aux" and c.lemma_.lower() in lx.MODAL_LEMMAS]
    if not modals or any(c.lower_ not in ("will", "'ll") for c in modals):
        return False
    return verb.dep_ != "xcomp" and not is_conditional(verb, idx)


# Words that make a clause, or a clause beside it, a condition.
CONDITION_MARKS = ("if", "unless", "whether")


def is_conditional(verb: Token, idx: DocIndex) -> bool:
    """A clause said on a condition: "if the shops remain open", "will remain open if the strike
    ends"."""
    return has_mark(verb, idx, CONDITION_MARKS) or any(
        c.dep_ == "advcl" and has_mark(c, idx, CONDITION_MARKS) for c in children(idx, verb)
    )


def _still_standing(verb: Token, kids: list[Token], idx: DocIndex) -> bool:
    """ "The museum is still standing": a building said to stand now, after what was said to
    destroy it; not a person standing, nor "standing by" or "standing for" something."""
    if verb.lemma_.lower() != "stand" or verb.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in kids):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "still" for c in kids) or any(
        c.dep_ in ("prep", "prt") for c in kids
    ):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return bool(subjects) and not any(_living(subject, idx) for subject in subjects)


def _living(subject: Token, idx: DocIndex) -> bool:
    g = idx.group_of[subject.i]
    if g >= 0:
        return idx.groups[g].type == "PERSON"
    noun = subject.lemma_.lower()
    return (
        subject.lower_ in _LIVING_PRONOUNS
        or noun in lx.PERSON_NOUNS
        or noun in lx.PERSON_ROLE_NOUNS
        or noun in lx.FAME_NOUNS
        or (subject.pos_ == "NOUN" and noun.endswith(lx.AGENT_NOUN_ENDINGS))
        or any(c.dep_ == "nummod" for c in children(idx, subject))
    )


def is_dated_instance(pred: Predicate, idx: DocIndex, value: str) -> bool:
    """A bare plural dated to a day names the events of that day, not a kind: "held protests
    on Sunday" happened; "peace talks" alone did not. Plans stay plans ("will hold talks on
    Monday")."""
    if not pred.generic or not DAY_VALUE.match(value):
        return False
    return not (pred.anchor.pos_ in ("VERB", "AUX") and is_irrealis(pred.anchor, idx))


def is_dated_happening(verb: Token, idx: DocIndex) -> bool:
    """A subordinate clause with a date of its own whose verb annotators mark as an event that is
    no state: "X, which was founded in 1976 by Y", "after the company bought it in 1996"."""
    cls = event_lexicon.timeml_class(verb.lemma_.lower(), "VERB")
    if verb.pos_ != "VERB" or cls is None or cls in event_lexicon.STATE_CLASSES:
        return False
    for c in children(idx, verb):
        if c.dep_ in ("npadvmod", "tmod") and idx.time_of[c.i] >= 0:
            return _names_a_date(idx, idx.time_of[c.i])
        if c.dep_ == "prep" and c.lower_ not in ("since", "until", "till"):
            for g in children(idx, c):
                if g.dep_ == "pobj" and idx.time_of[g.i] >= 0:
                    return _names_a_date(idx, idx.time_of[g.i])
    return False


def _names_a_date(idx: DocIndex, ti: int) -> bool:
    return idx.times[ti].type in ("DATE", "TIME")


def is_event_class(cls: str) -> bool:
    """A known kind of event (speech acts included), not a verb left to its own lemma."""
    return cls in lx.EVENT_CLASSES


def is_clause_head(tok: Token) -> bool:
    """Verbs and copulas heading a clause (not auxiliaries or adjectival participles)."""
    if tok.pos_ == "VERB":
        return tok.dep_ in CLAUSE_HEAD_DEPS
    return tok.pos_ == "AUX" and tok.dep_ in CLAUSE_HEAD_DEPS


def is_main_clause(tok: Token, idx: DocIndex) -> bool:
    """The head of a sentence unit, or a verb coordinated with it."""
    while True:
        h = head(idx, tok)
        if h is None:
            return True
        if tok.dep_ != "conj":
            return False
        tok = h


def content_clauses(tok: Token, idx: DocIndex) -> list[Token]:
    """Clauses reported by a reporting verb or noun: "said (that) X", "reports that X",
    "commented on whether X"."""
    found = []
    for c in children(idx, tok):
        clause = c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
        # "denied sending troops", "denies having met him": a gerund is the denied event.
        clause = clause or (
            c.dep_ == "xcomp" and c.tag_ in ("VBG", "VBN") and tok.lemma_.lower() in lx.DENY_VERBS
        )
        # A relative clause with "that" as its mark, not its subject or object, is the noun's
        # content misparsed ("the article that X was found dead").
        noun_clause = (
            c.dep_ in ("acl", "relcl")
            and tok.pos_ in ("NOUN", "PROPN")
            and (has_mark(c, idx, ("that", "whether", "if")) or _that_beside_a_subject(c, idx))
        )
        # "claims by the group to have hacked its systems": what a claim says its claimant did
        claimed_deed = (
            c.dep_ in ("acl", "xcomp")
            and tok.lemma_.lower() == "claim"
            and tok.pos_ == "NOUN"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(idx, c))
        )
        if clause or noun_clause or claimed_deed:
            found.append(c)
            # "said that A and that B": each clause with its own "that" is reported in its own right
            found.extend(g for g in children(idx, c) if g.dep_ == "conj" and reported_in_own_right(g, idx))
        elif c.dep_ == "prep" and c.lower_ in ("on", "about", "of"):
            found.extend(g for g in children(idx, c) if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX"))
        elif c.dep_ == "prep" and c.lower_ == "in" and tok.pos_ == "VERB":
            # "said in a statement that X": the parser hangs the clause on "statement".
            for g in children(idx, c):
                if g.dep_ == "pobj" and g.lemma_.lower() in lx.REPORT_NOUNS:
                    found.extend(
                        a for a in children(idx, g) if a.dep_ == "acl" and has_mark(a, idx, ("that",))
                    )
    return found


def reported_in_own_right(conj: Token, idx: DocIndex) -> bool:
    """A clause conjoined to a reported one with a "that" of its own ("said that A and that B")."""
    return conj.pos_ in ("VERB", "AUX") and has_mark(conj, idx, ("that",))


def _that_beside_a_subject(clause: Token, idx: DocIndex) -> bool:
    """A "that" the parser made the clause's subject beside the subject it has ("claims that
    the journalist had been arrested"): the clause's mark, so the clause is what the noun says."""
    subjects = [c for c in children(idx, clause) if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) > 1 and any(c.lower_ == "that" and c.i < clause.i for c in subjects)


def has_mark(clause: Token, idx: DocIndex, marks: Iterable[str] | None = None) -> bool:
    """A subordinating word on the clause ("that", "while", "as"); with `marks`, one of those."""
    return any(c.dep_ == "mark" and (marks is None or c.lower_ in marks) for c in children(idx, clause))


def is_reporting_word(tok: Token) -> bool:
    """Verbs that report speech and nouns that name reports: their content is a proposition."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return (
            lemma in lx.ASSERT_VERBS
            or lemma in lx.DENY_VERBS
            or lemma in lx.DENY_IF_REPORT_VERBS
            or lemma in lx.LEARNED_VERBS  # "the paper has learned that X": X is news told
        )
    return tok.pos_ == "NOUN" and lemma in lx.REPORT_NOUNS


# Where a participle hangs off the clause it accompanies.
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "pcomp", "conj"})
# Adjectives by which "it is X that Y" judges whether Y is so: "it is untrue that the band has
# split", "it is not true that ...", "it is highly unlikely that ...".
JUDGING_ADJECTIVES = lx.FALSITY_WORDS | lx.TRUTH_WORDS | lx.DOUBT_ADJECTIVES


def judged_clause(tok: Token, idx: DocIndex) -> Token | None:
    """The clause "it is untrue that X" (or "not true", "false", "unlikely") judges: X, a
    proposition whatever its verb, as a reported clause is. `tok` is the copula; its subject is
    the "it" that stands for X."""
    if tok.lemma_.lower() != "be":
        return None
    kids = children(idx, tok)
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids):
        return None
    if not any(c.dep_ in ("acomp", "attr") and c.lower_ in JUDGING_ADJECTIVES for c in kids):
        return None
    return next(
        (c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and has_mark(c, idx, ("that",))),
        None,
    )


def intended_act(tok: Token, idx: DocIndex) -> Token | None:
    """The act a plan or an intention is of: "plans to resign", "intention of resigning" (an
    intention noun), "intends to resign" (a verb of intending), "is about to resign" (an act at
    hand)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lx.INTEND_VERBS:
        return next((c for c in children(idx, tok) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if lemma == "be":
        # "is about to launch a phone", "is due to resign": the act at hand is the plan's.
        for c in children(idx, tok):
            if c.dep_ == "acomp" and c.lower_ in lx.IMMINENT_WORDS:
                return next((g for g in children(idx, c) if g.dep_ == "xcomp" and g.pos_ == "VERB"), None)
    if tok.pos_ != "NOUN" or lemma not in lx.INTENTION_NOUNS:
        return None
    for c in children(idx, tok):
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in children(idx, c) if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
    return None


def _announced_later(noun: Token, idx: DocIndex) -> bool:
    """A happening still to be announced ("is preparing to announce his resignation", "will
    unveil the merger"): announcing it makes it, so it is a plan, not a happening."""
    verb = head(idx, noun)
    return (
        noun.dep_ in ("dobj", "obj")
        and verb is not None
        and verb.lemma_.lower() in lx.ANNOUNCE_VERBS
        and is_irrealis(verb, idx)
    )


def find_predicates(idx: DocIndex) -> list[Predicate]:
    """Every statement-worthy predicate of the doc, in text order of their anchors."""
    propositions: set[int] = set()
    # The act a plan is of names the plan ("has no plans to close any branches"), whatever its verb.
    intended: set[int] = set()
    for tok in idx.tokens:
        if is_reporting_word(tok):
            for clause in content_clauses(tok, idx):
                propositions.add(clause.i)
                # "said its flight landed on schedule and was not diverted": each conjoined
                # clause is a proposition of its own
                propositions.update(
                    c.i for c in children(idx, clause) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                )
        judged = judged_clause(tok, idx)
        if judged is not None:
            propositions.add(judged.i)  # "it is untrue that the band has split"
        act = intended_act(tok, idx)
        if act is not None:
            intended.add(act.i)
    absorbed: set[int] = set()
    preds: list[Predicate] = []
    for tok in idx.tokens:
        if not is_clause_head(tok):
            continue
        pred = verb_predicate(tok, idx)
        if pred is None:
            continue
        # A state that tells a deed's opposite ("the band is still together") names the deed.
        known = pred.noun is not None or is_event_class(pred.cls) or pred.contrary
        # Copulas and auxiliaries-as-verbs carry a statement only as a reported proposition
        # ("said that Lima has no plans"); elsewhere they name no event.
        light = pred.lemma in ("be", "have", "do")
        main = is_main_clause(tok, idx) and not light and tok.pos_ == "VERB"
        # A participle beside a clause tells of an act of its own ("unveiled X, saying Y",
        # "while introducing X, he ...").
        participle = tok.tag_ == "VBG" and tok.dep_ in PARTICIPLE_DEPS and not light
        if (
            known
            or tok.i in propositions
            or main
            or participle
            or is_dated_happening(tok, idx)
            or tok.i in intended
        ):
            preds.append(pred)
            if pred.noun is not None:
                absorbed.add(pred.noun.i)
    by_anchor = {p.anchor.i: p for p in preds}
    for tok in idx.tokens:
        if tok.i in absorbed or tok.dep_ == "compound" or idx.time_of[tok.i] >= 0:
            continue
        pred = noun_predicate(tok)
        if pred is not None:
            if _announced_later(tok, idx):
                pred.irrealis, pred.groupable = True, False
            verb = head(idx, tok) if tok.dep_ == "dobj" else None
            own_verb = by_anchor.get(verb.i) if verb is not None else None
            if own_verb is not None and _of_class(tok, own_verb.cls):
                pred.same_as_last = True  # "signed a pact": the pact is the signing
            preds.append(pred)
    preds.sort(key=lambda p: p.anchor.i)
    return preds
