"""Participants: the entity groups that take part in a predicate (a pronoun subject standing for
the latest subject of its kind), and the places it names."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from service.pipeline import event_lexicon
from service.pipeline import lexicon as lx
from service.pipeline.entities.words import PLACE_NOUNS, ROLE_NOUNS
from service.pipeline.name_context import COMPANY_KINDS
from service.pipeline.statements.deps import OBJECT_DEPS
from service.pipeline.statements.index import DocIndex, children, clause_bounds, head
from service.pipeline.statements.predicates import Predicate, copula_of_nominal, event_noun_lemma

# Prepositions whose object takes part in the event ("spoke with X", "war against X"); place
# and time prepositions ("in", "from", "on") do not make participants.
PARTICIPANT_PREPS = frozenset({"with", "to", "between", "against", "among", "by"})
NOUN_PARTICIPANT_PREPS = PARTICIPANT_PREPS | {"of"}
# Modifiers inside a noun phrase that name the same party or its affiliation ("Ministry
# spokesman Ivan Petrov", "Smith's inauguration"); adjectives ("Brazilian leader") do not.
NP_PARTICIPANT_DEPS = frozenset({"compound", "flat", "nmod", "poss", "conj", "appos"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that say where an event happens.
PLACE_PREPS = frozenset({"in", "at", "near"})
# Verbs of beginning and ending take the parties of the event they begin or end.
# Names that qualify a person's title ("US President", "French minister") rather than act.
AFFILIATION_TYPES = frozenset({"GPE", "NORP"})
# "killed several people, including X": X is among them.
INCLUDING_PREPS = frozenset({"including"})
# Prepositions of a mutual act's object that name its other party: "signed a contract with X",
# "exchanged vows with X" (the parser hangs "with X" on the object, not the verb).
MUTUAL_OBJECT_PREPS = frozenset({"with", "between"})
# Types of the owners an unnamed institution acts for ("X's central bank").
INSTITUTION_OWNER_TYPES = frozenset({"GPE", "ORG"})
# Pronouns whose antecedent is the latest subject naming an entity of these types.
PRONOUN_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(lx.PERSON_PRONOUNS, frozenset({"PERSON"})),
    "it": frozenset({"ORG", "GPE", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART", "LAW", "VEHICLE"}),
}
# Possessive pronouns by the pronoun of the same kind: "his speech", "its takeover of X".
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it"}
# The pronouns of the other gender: in "He said she died" she is not the man he stands for.
_OTHER_GENDER = {
    "he": frozenset({"she", "her"}),
    "him": frozenset({"she", "her"}),
    "she": frozenset({"he", "him", "his"}),
    "her": frozenset({"he", "him", "his"}),
}
# Prepositions naming where a statement or document comes from: "statements on X websites".
SOURCE_PREPS = frozenset({"on", "from", "by"})
# How far back the name a definite description stands for may be introduced, in tokens: keeps
# the look-up linear.
DESCRIPTION_WINDOW = 1500
# Verbs by which an outlet tells of an event it reports as news.
REPORT_VERBS = frozenset({"report"})
# How far back an antecedent may be, in tokens: keeps the search linear.
ANTECEDENT_WINDOW = 120
# What an office or a place word may stand for ("the mayor of X", "the towns of X and Y").
OFFICE_PLACE_TYPES = frozenset({"GPE", "ORG"})
# Verbs by which an event is held in memory of another ("the rally marks the anniversary of ...").
COMMEMORATION_VERBS = frozenset({"mark", "commemorate", "celebrate", "honour", "honor"})
# Prepositions by which a happening named as an argument takes its own parties ("work on X was
# suspended", "talks with X were cancelled").
HAPPENING_PREPS = NOUN_PARTICIPANT_PREPS | {"on"}


def np_entity_tokens(
    tok: Token, idx: DocIndex, preps: frozenset[str] = frozenset(), owned: bool = False
) -> list[Token]:
    """Tokens of a noun phrase that name parties: a named head with its compounds and
    possessors ("Ministry spokesman Ivan Petrov"), conjuncts and appositions, and for event
    nouns (`owned`) their possessors and compounds ("Smith's inauguration", "Lima-Smith call")
    and the objects of `preps` ("call with X"). The possessor of an unnamed head is not a party:
    "Smith's son called" is no act of Smith's."""
    out, stack = [], [(tok, owned)]
    person = _group_type(idx, tok) == "PERSON"
    while stack:
        t, own = stack.pop()
        out.append(t)
        named = own or idx.group_of[t.i] >= 0
        for c in children(idx, t):
            if named and c.dep_ in ("compound", "flat", "nmod"):
                if person and _group_type(idx, c) in AFFILIATION_TYPES:
                    continue  # "US President Smith": a person's country is no party to the act
                stack.append((c, True))  # "Ministry spokesman Petrov": through the title word
            elif c.dep_ in ("conj", "appos") or (named and c.dep_ in NP_PARTICIPANT_DEPS):
                stack.append((c, False))
                if c.dep_ == "appos" and idx.group_of[c.i] < 0 and _group_type(idx, t) == "PERSON":
                    stack.extend((o, False) for o in title_organisations(c, idx))
            elif c.dep_ == "prep" and c.lower_ in preps and t is tok:
                # "between Smith and Lima last week": the parser may make the date the object.
                objects = [g for g in children(idx, c) if g.dep_ == "pobj"]
                stack.extend((g, True) for g in objects)
                # "a breach of its systems", "the search of her home": their owner's
                out.extend(o for g in objects if idx.group_of[g.i] < 0 for o in premises_owners(g, idx))
            elif c.dep_ == "amod" and own and t is tok:
                # "protests critical of X", "a campaign hostile to X": the event's target.
                for p in children(idx, c):
                    if p.dep_ == "prep" and p.lower_ in preps:
                        stack.extend((g, True) for g in children(idx, p) if g.dep_ == "pobj")
    if not owned and idx.group_of[tok.i] < 0:
        out.extend(named_compounds(tok, idx))
        out.extend(misattached_appositions(tok, idx))
        out.extend(institution_owners(tok, idx))
        out.extend(premises_owners(tok, idx))
        out.extend(offices_of(tok, idx))
    return out


def offices_of(tok: Token, idx: DocIndex) -> list[Token]:
    """The named places or bodies an unnamed office holder or a place word stands for: "the
    mayors of Olvera and Brennick signed", "signed by the towns of Olvera and Brennick" (the two
    towns take part)."""
    if tok.lemma_.lower() not in ROLE_NOUNS and tok.lemma_.lower() not in PLACE_NOUNS:
        return []
    found = _prep_objects(tok, idx, frozenset({"of"}))
    found += [c for g in found for c in children(idx, g) if c.dep_ == "conj"]
    return [g for g in found if _group_type(idx, g) in OFFICE_PLACE_TYPES]


def premises_owners(tok: Token, idx: DocIndex) -> list[Token]:
    """The named owner of unnamed premises, which what is done to them is done to: "raided the
    offices of X", "searched X's home", "hacked its billing systems" (X, or whom "its" stands
    for, takes part). Only premises and what an intruder gets into (`lx.PREMISES_NOUNS`,
    `lx.INTRUDED_THINGS`): "X's son" and "the son of X" act on their own."""
    if tok.lemma_.lower() not in lx.PREMISES_NOUNS | lx.INTRUDED_THINGS:
        return []
    owners = [c for c in children(idx, tok) if c.dep_ == "poss"] + _prep_objects(tok, idx, frozenset({"of"}))
    return [o for o in owners if idx.group_of[o.i] >= 0] + possessor_antecedents(tok, idx)


def institution_owners(tok: Token, idx: DocIndex) -> list[Token]:
    """The country or organisation an unnamed body belongs to, which acts through it: "X's central
    bank raised rates", "X's defence ministry said" (X takes part). A person's possessions do not
    act for them ("Smith's son called", "Smith's company said" is no act of Smith's)."""
    if tok.lemma_.lower() not in lx.INSTITUTION_NOUNS:
        return []
    return [
        c for c in children(idx, tok) if c.dep_ == "poss" and _group_type(idx, c) in INSTITUTION_OWNER_TYPES
    ]


def relative_antecedent(noun: Token | None, idx: DocIndex) -> Token | None:
    """What a relative clause is about: its noun, or the name that noun is in apposition to ("X,
    the textile maker that filed for bankruptcy": X filed), also where the parser hung the
    apposition elsewhere after the name's comma. A noun the parser made a subject is no
    apposition ("after meeting X, the minister who signed the deal said": the minister signed)."""
    if noun is None or idx.group_of[noun.i] >= 0 or noun.dep_ in ("nsubj", "nsubjpass"):
        return noun
    governor = head(idx, noun)
    if noun.dep_ == "appos" and governor is not None and idx.group_of[governor.i] >= 0:
        return governor
    before = noun.left_edge.i - 1
    if before > 0 and noun.doc[before].lower_ == "," and idx.group_of[before - 1] >= 0:
        return noun.doc[before - 1]
    return noun


# Prepositions of where a person holds a post: "the head of customs at Port X".
_TITLE_PLACE_PREPS = frozenset({"at", "in"})


def misattached_appositions(tok: Token, idx: DocIndex) -> list[Token]:
    """The person named after "the leader of X," where the parser hung the name on X: in "the
    chief executive of Acme Corp, Jane Doe, resigned" Jane Doe resigned, not Acme Corp's
    apposition; so in "arrested the head of customs at Port X, Jane Doe". Only when X is no
    person ("the wife of Ann Lee, Tom Lee" stays unread)."""
    found = []
    preps = [c for c in children(idx, tok) if c.dep_ == "prep" and c.lower_ == "of"]
    governor = head(idx, tok)
    if governor is not None and tok.dep_ in ("dobj", "nsubjpass"):
        # "arrested the deputy head of customs at Port X, Ann Lee": the place's phrase is the
        # verb's, right after the object, and the name after it is the object's
        preps += [
            c
            for c in children(idx, governor)
            if c.dep_ == "prep" and c.lower_ in _TITLE_PLACE_PREPS and c.i == tok.right_edge.i + 1
        ]
    for c in preps:
        for obj in children(idx, c):
            if obj.dep_ != "pobj" or _group_type(idx, obj) == "PERSON":
                continue
            found.extend(
                a for a in children(idx, obj) if a.dep_ == "appos" and _group_type(idx, a) == "PERSON"
            )
    return found


def title_organisations(title: Token, idx: DocIndex) -> list[Token]:
    """The organisation a person's title in apposition names ("Jane Doe, Acme's interim
    director", "Jane Doe, the Acme chief executive"): she acts for it, as "Acme spokesman Jane
    Doe" does."""
    return [
        c for c in children(idx, title) if c.dep_ in ("poss", "compound") and _group_type(idx, c) == "ORG"
    ]


def named_compounds(tok: Token, idx: DocIndex) -> list[Token]:
    """Names that a common noun is a thing of: "the Acme news service", "the Xville coal mine",
    "statements on Acme websites" (a document's source through "on", "from", "by"). A country or
    nationality qualifying the noun ("US officials") is an affiliation, not a party."""
    found = []
    heads = [tok]
    if tok.lemma_.lower() in lx.REPORT_NOUNS:
        for c in children(idx, tok):
            if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS:
                heads.extend(g for g in children(idx, c) if g.dep_ == "pobj")
    for h in heads:
        for c in children(idx, h):
            g = idx.group_of[c.i]
            if c.dep_ == "compound" and g >= 0 and idx.groups[g].type not in AFFILIATION_TYPES:
                found.append(c)
    return found


def _group_type(idx: DocIndex, tok: Token) -> str | None:
    g = idx.group_of[tok.i]
    return idx.groups[g].type if g >= 0 else None


def subject_of(verb: Token, idx: DocIndex) -> Token | None:
    """A clause's subject, inherited from the governing clause where the verb has none of its own
    ("issued ... and introduced", "telling AFP", "urged X not to escalate")."""
    seen = 0
    while verb is not None and seen < 8:
        seen += 1
        if any(c.dep_ == "expl" for c in children(idx, verb)):
            return None  # "there was a call": nothing to inherit
        subj = own_subject(verb, idx) or according_to_subject(verb, idx)
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return relative_antecedent(head(idx, verb), idx)  # "attacks that killed": the attacks
            return subj
        h = head(idx, verb)
        if h is None:
            return orphan_subject(verb, idx)
        if verb.dep_ == "ccomp":
            return sibling_clause_subject(verb, h, idx)
        if verb.dep_ not in ("conj", "xcomp", "advcl", "acl", "pcomp"):
            return None
        if verb.dep_ == "xcomp" and h.lemma_.lower() not in lx.MEANS_VERBS:
            obj = next((c for c in children(idx, h) if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj  # object control: "urged Lima not to escalate"
        if verb.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN"):
            # A participle after a name is about it ("Carla Diaz, born in Lima in 1950", "the
            # Zorbix, unveiled in 2007"); other clauses on a noun ("the decision to proceed")
            # have a subject of their own, or none.
            return h if verb.tag_ in ("VBN", "VBG") and idx.group_of[h.i] >= 0 else None
        if verb.dep_ == "pcomp" and h.pos_ == "ADP":
            # "unveiled it by walking onto the stage", "after meeting the mayor": the subject of
            # the clause the preposition hangs on.
            governor = head(idx, h)
            if governor is None or governor.pos_ not in ("VERB", "AUX"):
                return None
            charged = _charged_one(governor, h, idx)
            if charged is not None:
                return charged
            h = governor
        verb = h
    return None


def _charged_one(verb: Token, prep: Token, idx: DocIndex) -> Token | None:
    """Whom a charge says did the deed: "accused the authority of opening the gates", "blamed
    the company for cutting the jobs" (the authority opened them), not the accuser."""
    if verb.lemma_.lower() not in lx.CHARGING_VERBS or prep.lower_ not in ("of", "for", "with"):
        return None
    return next((c for c in children(idx, verb) if c.dep_ in ("dobj", "obj")), None)


def according_to_subject(verb: Token, idx: DocIndex) -> Token | None:
    """The subject the parser hung on a source phrase before the clause: in "According to Acme
    News, Jane Doe, its director, joined the board" the name after the source becomes the
    source's apposition and the verb is left without a subject."""
    for c in children(idx, verb):
        if c.dep_ != "prep" or c.lower_ != "according" or c.i > verb.i:
            continue
        for to in children(idx, c):
            for src in (g for g in children(idx, to) if g.dep_ == "pobj"):
                named = [a for a in children(idx, src) if a.dep_ == "appos" and idx.group_of[a.i] >= 0]
                if named:
                    return named[0]
    return None


def sibling_clause_subject(verb: Token, governor: Token, idx: DocIndex) -> Token | None:
    """The subject of a finite reported clause the parser split in two: in "announced that the
    treaty, which its signatories claim will help, will take effect" the subject went to the
    clause inside the relative clause, and "will take effect" hangs beside it without one. A
    clause with its own tense but no subject takes that of the reported clause just before it."""
    if not any(c.dep_ == "aux" for c in children(idx, verb)) and verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    earlier = [c for c in children(idx, governor) if c.dep_ == "ccomp" and c.i < verb.i]
    if not earlier:
        return None
    subj = own_subject(earlier[-1], idx)
    return subj if subj is not None and subj.tag_ not in ("WDT", "WP") else None


def own_subject(verb: Token, idx: DocIndex) -> Token | None:
    """The verb's own subject; of two ("The fact itself, Petrov said"), the one naming an
    entity, else the later one. A place that follows another place after a comma ("a blast in
    west Xville, Xland has killed") names where the first is, not a second subject."""
    subjects = [
        c for c in children(idx, verb) if c.dep_ in ("nsubj", "nsubjpass") and not is_place_apposition(c, idx)
    ]
    if len(subjects) > 1:
        named = [c for c in subjects if idx.group_of[c.i] >= 0]
        chosen = named[-1] if named else subjects[-1]
        owner = _titled_name_owner(chosen, subjects, idx)
        return owner if owner is not None else chosen
    return subjects[0] if subjects else None


def _titled_name_owner(name: Token, subjects: list[Token], idx: DocIndex) -> Token | None:
    """The subject whose phrase a name split from it ends: in "The office of Marisport mayor
    Tomas Kerr said", the parser makes "Kerr" a second subject, but the name only finishes
    "the office of the mayor"; the office speaks. Only a name right after the other subject's
    phrase, with nothing between, ending a noun ("mayor", "minister"; "the owner of the trawler
    Grey Heron", where the tagger took "trawler" for an adjective but the parser made it the
    object of "of")."""
    start = name.left_edge.i
    for other in subjects:
        if other.i >= name.i:
            continue
        last = idx.tokens[other.right_edge.i]
        a_noun = last.pos_ == "NOUN" or (last.pos_ == "ADJ" and last.dep_ == "pobj")
        if other.right_edge.i + 1 == start and a_noun and last.i != other.i:
            return other
    return None


def is_place_apposition(tok: Token, idx: DocIndex) -> bool:
    """A place name right after "<place>," ("Xville, Xland", "Austin, Texas"): the wider place
    of the name before it, however the parser attached it."""
    if _group_type(idx, tok) not in PLACE_TYPES:
        return False
    first = tok.i
    while first > 0 and idx.group_of[first - 1] == idx.group_of[tok.i]:
        first -= 1
    if first < 2 or idx.tokens[first - 1].text != ",":
        return False
    before = idx.tokens[first - 2]
    return _group_type(idx, before) in PLACE_TYPES and idx.group_of[before.i] != idx.group_of[tok.i]


def orphan_subject(verb: Token, idx: DocIndex) -> Token | None:
    """When a title runs into the next paragraph the parser may hang that paragraph's subject on
    the title: the nearest noun before the verb whose head lies outside the paragraph."""
    i = verb.i - 1
    while i >= 0 and idx.block[i] == idx.block[verb.i] and idx.sent_of[i] == idx.sent_of[verb.i]:
        t = idx.tokens[i]
        if t.pos_ in ("NOUN", "PROPN", "PRON") and idx.block[t.head.i] != idx.block[verb.i]:
            return t if idx.time_of[t.i] < 0 and t.ent_type_ not in ("DATE", "TIME") else None
        i -= 1
    return None


def argument_heads(pred: Predicate, idx: DocIndex) -> list[Token]:
    """Heads of the phrases that name a predicate's participants."""
    heads: list[Token] = []
    anchor = pred.anchor
    if anchor.pos_ in ("VERB", "AUX"):
        subj = subject_of(anchor, idx)
        if subj is not None:
            heads.append(subj)
        for c in children(idx, anchor):
            if c.dep_ in OBJECT_DEPS and c is not pred.noun:
                heads.append(c)
            elif c.dep_ in ("prep", "agent") and c.lower_ in PARTICIPANT_PREPS:
                heads.extend(g for g in children(idx, c) if g.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ == "into" and pred.cls == "intrusion":
                heads.extend(g for g in children(idx, c) if g.dep_ == "pobj")  # "broke into X's network"
            elif c.dep_ == "xcomp" and event_lexicon.timeml_class(pred.lemma, "VERB") == "I_ACTION":
                heads.extend(intended_event_arguments(c, idx))
            elif c.dep_ == "ccomp" and c.pos_ == "ADJ":
                # a small clause: "finding X guilty", "declared X dead" (X is the verb's object)
                heads.extend(g for g in children(idx, c) if g.dep_ == "nsubj")
    return heads


def reporters(pred: Predicate, idx: DocIndex) -> list[int]:
    """The organisation whose report a clause is ("Acme News reported that the plant was
    closed"): the event's source, which a reader looks the event up under, though it takes no
    part in it. Only "report", the news verb: what a person says happened is theirs to claim."""
    verb = pred.anchor
    governor = head(idx, verb)
    if verb.dep_ != "ccomp" or governor is None or governor.lemma_.lower() not in REPORT_VERBS:
        return []
    subj = own_subject(governor, idx)
    g = idx.group_of[subj.i] if subj is not None else -1
    return [g] if g >= 0 and idx.groups[g].type == "ORG" else []


def intended_event_arguments(clause: Token, idx: DocIndex) -> list[Token]:
    """Whom the event an intending act asks for involves: "asked people to pray for X", "urged
    them to meet X" (TimeML's I_ACTION verbs take an event as their argument)."""
    found = []
    for c in children(idx, clause):
        if c.dep_ in OBJECT_DEPS:
            found.append(c)
        elif c.dep_ == "prep" and (c.lower_ in PARTICIPANT_PREPS or c.lower_ == "for"):
            found.extend(g for g in children(idx, c) if g.dep_ == "pobj")
    return found


def participants(pred: Predicate, idx: DocIndex) -> list[int]:
    """Entity groups taking part in the predicate, in order of first mention."""
    toks: list[Token] = []
    described: list[tuple[int, int]] = []  # (position, group) of definite descriptions
    for h in argument_heads(pred, idx):
        if h.pos_ == "PRON" and idx.group_of[h.i] < 0:
            antecedent = pronoun_antecedent(h, idx)
            if antecedent is not None:
                toks.append(antecedent)
        if h.pos_ == "NOUN" and idx.group_of[h.i] < 0 and event_noun_lemma(h) is None:
            # "the store has sold ...": the one thing the article named as a store.
            g = described_entity(h, idx)
            if g >= 0:
                described.append((h.i, g))
        if _is_phase_subject(pred, h):
            # "Russia's war against Ukraine began": the beginning (or end) of an event involves
            # the event's own parties, named on the event noun.
            toks.extend(np_entity_tokens(h, idx, NOUN_PARTICIPANT_PREPS, owned=True))
        else:
            mutual_object = pred.cls in lx.MUTUAL_CLASSES and h.dep_ in OBJECT_DEPS
            toks.extend(
                np_entity_tokens(
                    h, idx, INCLUDING_PREPS | MUTUAL_OBJECT_PREPS if mutual_object else INCLUDING_PREPS
                )
            )
            toks.extend(happening_parties(h, idx))
    if pred.noun is not None:
        toks.extend(np_entity_tokens(pred.noun, idx, NOUN_PARTICIPANT_PREPS, owned=True))
        toks.extend(possessor_antecedents(pred.noun, idx))
        toks.extend(copula_subject_tokens(pred.noun, idx))
        toks.extend(struck_by(pred.noun, idx))
    toks.extend(commemorated_parties(pred, idx))
    seen: list[int] = []
    for _, g in sorted([(t.i, idx.group_of[t.i]) for t in toks] + described):
        if g >= 0 and g not in seen and idx.groups[g].type in lx.PARTICIPANT_TYPES:
            seen.append(g)
    return seen


def struck_by(noun: Token, idx: DocIndex) -> list[Token]:
    """Whom a happening was done to, told as the agent of a passive verb: "it had been hit by a
    cyberattack", "the convoy was targeted by an air strike" (it, the convoy take part)."""
    agent = head(idx, noun)
    verb = head(idx, agent) if agent is not None and agent.dep_ == "agent" else None
    if verb is None or noun.dep_ != "pobj":
        return []
    found: list[Token] = []
    for c in children(idx, verb):
        if c.dep_ != "nsubjpass":
            continue
        if c.pos_ == "PRON" and idx.group_of[c.i] < 0:
            antecedent = pronoun_antecedent(c, idx)
            if antecedent is not None:
                found.append(antecedent)
        else:
            found.extend(np_entity_tokens(c, idx))
    return found


def commemorated_parties(pred: Predicate, idx: DocIndex) -> list[Token]:
    """Whom an event is held in memory of takes part in it: "Monday's rally marks the anniversary
    of the killing of X", "thousands marched to commemorate X's death" (X). The names are those
    the commemorated thing is "of", or its possessors."""
    verbs: list[Token] = []
    if pred.noun is not None and pred.anchor is pred.noun and pred.noun.dep_ in ("nsubj", "nsubjpass"):
        h = head(idx, pred.noun)
        if h is not None and h.lemma_.lower() in COMMEMORATION_VERBS:
            verbs.append(h)
    if pred.anchor.pos_ == "VERB":
        verbs.extend(
            c
            for c in children(idx, pred.anchor)
            if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in COMMEMORATION_VERBS
        )
    found: list[Token] = []
    for verb in verbs:
        for obj in children(idx, verb):
            if obj.dep_ in OBJECT_DEPS:
                found.extend(_names_it_is_of(obj, idx))
    return found


def _names_it_is_of(tok: Token, idx: DocIndex, depth: int = 4) -> list[Token]:
    """Names a noun phrase is about through "of" and possessors: "the anniversary of the death of
    X", "the anniversary of X's death"."""
    found: list[Token] = []
    stack = [(tok, 0)]
    while stack:
        t, d = stack.pop()
        if idx.group_of[t.i] >= 0:
            found.extend(np_entity_tokens(t, idx))
            continue
        if d >= depth:
            continue
        for c in children(idx, t):
            if c.dep_ == "poss":
                stack.append((c, d + 1))
            elif c.dep_ == "prep" and c.lower_ == "of":
                stack.extend((g, d + 1) for g in children(idx, c) if g.dep_ == "pobj")
    return found


def copula_subject_tokens(noun: Token, idx: DocIndex) -> list[Token]:
    """The named subject of a copula whose predicate nominal is the event noun, or is "of" it:
    "the flood was the result of a storm" (the flood), "Acme was the target of an attack" (Acme).
    A possessor of an unnamed subject is no party ("his death was the result of an attack")."""
    copula = copula_of_nominal(noun, idx)
    subj = own_subject(copula, idx) if copula is not None else None
    if subj is None or subj is noun:
        return []
    if subj.pos_ == "PRON" and idx.group_of[subj.i] < 0:
        antecedent = pronoun_antecedent(subj, idx)
        return [antecedent] if antecedent is not None else []
    return np_entity_tokens(subj, idx)


def happening_parties(arg: Token, idx: DocIndex) -> list[Token]:
    """Parties of an unnamed argument that names a happening (a noun annotators have marked as an
    event): "work on the Xville bridge was suspended", "talks with Acme were cancelled" involve
    the bridge and Acme. Through one unnamed part ("work on the roof of X") to the name it is of.
    A person or thing that is no happening ("the son of X was arrested") brings nobody; a place
    it names ("a blast on the seafront of X") is where it happens, which `places` finds."""
    if idx.group_of[arg.i] >= 0 or arg.pos_ != "NOUN":
        return []
    cls = event_lexicon.timeml_class(arg.lemma_.lower(), "NOUN")
    if cls is None or cls in event_lexicon.STATE_CLASSES:
        return []
    found: list[Token] = []
    for obj in _prep_objects(arg, idx, HAPPENING_PREPS):
        named = [obj] if idx.group_of[obj.i] >= 0 else _prep_objects(obj, idx, frozenset({"of"}))
        for n in named:
            if idx.group_of[n.i] >= 0 and _group_type(idx, n) not in PLACE_TYPES:
                found.extend(np_entity_tokens(n, idx))
    return found


def dated_happening_parties(pred: Predicate, idx: DocIndex, time: int | None) -> list[int]:
    """Parties of the event noun whose date dates the clause: "joined the inspectors in an
    April 25 inspection of the Xville plant" is that inspection, so the plant takes part. A
    definite description there ("an inspection of the ship") stands for the one thing of that
    kind the article has named ("the Vessaline, a cargo ship")."""
    if time is None or time >= len(idx.time_heads) or idx.time_heads[time] < 0:
        return []
    noun = head(idx, idx.tokens[idx.time_heads[time]])
    if noun is None or noun is pred.noun or noun is pred.anchor or noun.pos_ != "NOUN":
        return []
    cls = event_lexicon.timeml_class(noun.lemma_.lower(), "NOUN")
    if cls is None or cls in event_lexicon.STATE_CLASSES:
        return []
    found = [idx.group_of[t.i] for t in np_entity_tokens(noun, idx, NOUN_PARTICIPANT_PREPS, owned=True)]
    for obj in _prep_objects(noun, idx, NOUN_PARTICIPANT_PREPS):
        if idx.group_of[obj.i] < 0:
            found.append(described_entity(obj, idx))
    out: list[int] = []
    for g in found:
        if g >= 0 and g not in out and idx.groups[g].type in lx.PARTICIPANT_TYPES:
            out.append(g)
    return out


def described_entity(noun: Token, idx: DocIndex) -> int:
    """The entity a definite description ("the ship", "the mine") stands for: the only one the
    article introduced earlier as a thing of that kind, by an apposition ("the Vessaline, a
    cargo ship") or as the head of its name ("the Xville coal mine"); -1 when none or several. A
    plural ("the two leaders", "the ships") stands for more than the one thing: for none here."""
    if noun.pos_ != "NOUN" or noun.tag_ in ("NNS", "NNPS"):
        return -1
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children(idx, noun)):
        return -1
    words = idx.kind_words.get(noun.lemma_.lower(), [])
    lo = bisect_left(words, (noun.i - DESCRIPTION_WINDOW, -1))
    hi = bisect_left(words, (noun.i, -1))
    kinds = {g for _, g in words[lo:hi]}
    if not kinds and noun.lemma_.lower() in COMPANY_KINDS:
        return _latest_organisation(noun, idx)
    return kinds.pop() if len(kinds) == 1 else -1


def _latest_organisation(noun: Token, idx: DocIndex) -> int:
    """The organisation "the company" takes up when the article named none as a company: the
    latest one in a subject before it, as "it" would ("Selvan has taken the concession after the
    company signed ..."); -1 when none is near, or when that sentence's subjects name two ("X
    and Y are in talks. The company ...": either)."""
    found: set[int] = set()
    sentence = -1
    for i in range(noun.i - 1, max(noun.i - ANTECEDENT_WINDOW, 0) - 1, -1):
        if found and idx.sent_of[i] != sentence:
            break
        g = idx.group_of[i]
        if g >= 0 and idx.groups[g].type == "ORG" and _in_subject(idx.tokens[i], idx):
            found.add(g)
            sentence = idx.sent_of[i]
    return found.pop() if len(found) == 1 else -1


def _prep_objects(tok: Token, idx: DocIndex, preps: frozenset[str]) -> list[Token]:
    return [
        g
        for c in children(idx, tok)
        if c.dep_ == "prep" and c.lower_ in preps
        for g in children(idx, c)
        if g.dep_ == "pobj"
    ]


def possessor_antecedents(noun: Token, idx: DocIndex) -> list[Token]:
    """Who an event noun's possessive pronoun stands for: "Her resignation" after "Ann Lee
    resigned" is Ann Lee's."""
    found = []
    for c in children(idx, noun):
        if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS and idx.group_of[c.i] < 0:
            antecedent = pronoun_antecedent(c, idx, POSSESSIVE_PRONOUNS[c.lower_])
            if antecedent is not None:
                found.append(antecedent)
    return found


def pronoun_antecedent(pron: Token, idx: DocIndex, as_pronoun: str | None = None) -> Token | None:
    """The latest earlier subject naming an entity of the pronoun's kind ("Smith ... She said");
    `as_pronoun` reads a possessive as its personal pronoun ("her" as "she")."""
    if PRONOUN_KINDS.get(as_pronoun or pron.lower_) is None:
        return None
    return _antecedent(pron, idx, as_pronoun, _other_gender_groups(pron, as_pronoun or pron.lower_, idx))


def _antecedent(pron: Token, idx: DocIndex, as_pronoun: str | None, other: set[int]) -> Token | None:
    """`pronoun_antecedent`, passing over the people in `other`."""
    kinds = PRONOUN_KINDS[as_pronoun or pron.lower_]
    speaker = _quoted_by(pron, idx)
    fallback = None
    for i in range(pron.i - 1, max(pron.i - ANTECEDENT_WINDOW, 0) - 1, -1):
        g = idx.group_of[i]
        if g >= 0 and g == speaker:
            continue  # '"He was picked up on Monday," his lawyer, Ann Roe, said': not Ann Roe
        if g >= 0 and g in other:
            continue  # "Her son said she died": she is not her son
        if g >= 0 and idx.groups[g].type in kinds and _in_subject(idx.tokens[i], idx):
            group = idx.groups[g]
            if group.type != "PERSON" or len(group.name.split()) > 1:
                return idx.tokens[i]
            # A one-word "person" the article never names in full is often a thing the model
            # mistyped ("Widget OS"): news style introduces people by full name.
            fallback = fallback or idx.tokens[i]
    return fallback


# How many of the nearest earlier pronouns of the other gender in a sentence are taken up: the
# speaker's "he" in "He said she died"; a bound keeps a long sentence of pronouns linear.
OTHER_GENDER_PRONOUNS = 2


def _other_gender_groups(pron: Token, word: str, idx: DocIndex) -> set[int]:
    """The people the sentence's nearest earlier pronouns of the other gender stand for ("He said
    she died": whoever "he" is, "she" is someone else), each read as a pronoun alone."""
    others = _OTHER_GENDER.get(word)
    if others is None:
        return set()
    found: set[int] = set()
    seen = 0
    for i in range(pron.i - 1, max(pron.sent.start, pron.i - ANTECEDENT_WINDOW) - 1, -1):
        t = idx.tokens[i]
        if t.lower_ not in others:
            continue
        antecedent = _antecedent(t, idx, POSSESSIVE_PRONOUNS.get(t.lower_), set())
        if antecedent is not None:
            found.add(idx.group_of[antecedent.i])
        seen += 1
        if seen == OTHER_GENDER_PRONOUNS:
            break
    return found


# Marks that open and close a direct quote.
_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _quoted_by(pron: Token, idx: DocIndex) -> int | None:
    """The entity group of who speaks the direct quote a pronoun is in, when its sentence names
    them: in their own quoted words a speaker is "I", so "he" is someone else."""
    sent = pron.sent
    marks = [t.i for t in sent if t.text in _QUOTE_MARKS]
    if sum(1 for i in marks if i < pron.i) % 2 == 0:
        return None  # not inside quotation marks
    for t in sent:
        if t.pos_ != "VERB" or not event_lexicon.is_reporting(t.lemma_.lower()):
            continue
        if sum(1 for i in marks if i < t.i) % 2 == 1:
            continue  # a verb inside the quote is the quote's own
        subject = next((c for c in children(idx, t) if c.dep_ == "nsubj"), None)
        if subject is not None and idx.group_of[subject.i] >= 0:
            return idx.group_of[subject.i]
    return None


def _in_subject(tok: Token, idx: DocIndex) -> bool:
    """A subject, or a name inside one ("chief executive and founder Jane Smith spoke")."""
    t: Token | None = tok
    for _ in range(4):
        if t is None:
            return False
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        named = _noun_it_names(t, idx)
        if named is not None:
            t = named  # "a group calling itself Grey Lantern said": the group is Grey Lantern
            continue
        if t.dep_ not in ("compound", "flat", "nmod", "appos", "conj", "poss"):
            # "poss": "Ann Lee's lawyer said he ...": he may be Ann Lee; "nmod": "the Port of
            # X authority said it ...": the name the parser hangs on the head noun
            return False
        t = head(idx, t)
    return False


def _noun_it_names(name: Token, idx: DocIndex) -> Token | None:
    """The noun a name is given to ("a group calling itself Grey Lantern", "an organisation called
    X"), else None."""
    verb = head(idx, name)
    if name.dep_ not in ("oprd", "attr") or verb is None or verb.dep_ != "acl":
        return None
    return head(idx, verb) if verb.lemma_.lower() in lx.NAMING_VERBS else None


def _is_phase_subject(pred: Predicate, head: Token) -> bool:
    """An event noun that is the subject of a verb of beginning or ending."""
    return (
        pred.cls in lx.PHASE_CLASSES
        and head.dep_ in ("nsubj", "nsubjpass")
        and event_noun_lemma(head, anaphoric_ok=False) is not None
    )


def locations(pred: Predicate, idx: DocIndex) -> set[int]:
    """Places named by "in X" on the predicate, and those a "where" clause stands for: only used
    to keep apart events elsewhere."""
    found: set[int] = set()
    for t in (pred.anchor, pred.noun):
        if t is None:
            continue
        found.update(_named_places(t, idx))
    if pred.anchor.pos_ in ("VERB", "AUX"):
        found.update(where_places(pred.anchor, idx))
        found.update(gapped_places(pred.anchor, idx))
    return found


def gapped_places(verb: Token, idx: DocIndex) -> set[int]:
    """Places of a clause that repeats the verb without saying it: "one blast went off in X and
    two others in Y" (the parser makes "others" a conjunct of the verb): the event is in Y too."""
    found: set[int] = set()
    for c in children(idx, verb):
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and idx.time_of[c.i] < 0:
            found.update(_named_places(c, idx))
    return found


def _named_places(tok: Token, idx: DocIndex) -> set[int]:
    found: set[int] = set()
    for c in children(idx, tok):
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            found.update(_places_of_prep(c, idx, through_times=True))
        elif c.dep_ == "npadvmod" and idx.time_of[c.i] >= 0:
            found.update(_places_under_time(c, idx))
    return found


def where_places(verb: Token, idx: DocIndex) -> set[int]:
    """The places a clause opened by "where" stands for: the place it qualifies and where that
    is ("a square in Xville where thousands gathered"), or, when the parser hung the clause on
    the clause before it, the places that clause names ("met in Xville at the town hall, where
    thousands gathered")."""
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in children(idx, verb)):
        return set()
    h = head(idx, verb)
    if h is None:
        return set()
    found = _named_places(h, idx)
    g = idx.group_of[h.i]
    if verb.dep_ == "relcl" and g >= 0 and idx.groups[g].type in PLACE_TYPES:
        found.add(g)
    return found


def _places_of_prep(prep: Token, idx: DocIndex, through_times: bool) -> set[int]:
    """Places a place preposition governs ("in X"); with `through_times`, also those the parser
    hung on a time it governs ("at 1am in X")."""
    found: set[int] = set()
    for g in children(idx, prep):
        if g.dep_ != "pobj":
            continue
        gi = idx.group_of[g.i]
        if gi >= 0 and idx.groups[gi].type in PLACE_TYPES:
            found.add(gi)
        elif through_times and idx.time_of[g.i] >= 0:
            found.update(_places_under_time(g, idx))
    return found


def _places_under_time(time_tok: Token, idx: DocIndex) -> set[int]:
    """Places the parser hung on a time instead of its event: "occurred at 1am in X",
    "met Monday in X"."""
    found: set[int] = set()
    for c in children(idx, time_tok):
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            found.update(_places_of_prep(c, idx, through_times=False))
    return found


def places(pred: Predicate, idx: DocIndex) -> list[int]:
    """Where the event happens: places named by "in/at/near X" on the predicate, and places
    inside its arguments' phrases through a preposition ("a fire at a warehouse in X"). They
    are the event's entities but not its parties: they never decide whether two mentions are
    one event."""
    found = set(locations(pred, idx))
    heads = argument_heads(pred, idx) if pred.anchor.pos_ in ("VERB", "AUX") else []
    for tok in [*heads, *([pred.noun] if pred.noun is not None else [])]:
        lo, hi = clause_bounds(idx, tok)
        for i in range(lo, hi):
            g = idx.group_of[i]
            if g >= 0 and idx.groups[g].type in PLACE_TYPES and idx.tokens[i].dep_ == "pobj":
                found.add(g)
    return sorted(found)
