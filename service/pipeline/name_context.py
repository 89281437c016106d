"""What the words around a name say it is: a product, an author, a person named after an office.

The model types a product's name ("the new Widgetphone", "Acme's Widgetphone", "Widgetphone
owners", "Widgetphone 4") as an organisation or a person; these cues, each read from the tokens
next to the name, say it is a product. Each is a vote, not a verdict: the entity's type is voted
over all its mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from service.pipeline import lexicon as lx
from service.pipeline.wordlists import wordset

# Nouns that follow a product's name and seldom an organisation's ("Widgetphone owners").
PRODUCT_NOUNS = wordset(
    "owner owners user users version versions lineup range family successor prototype firmware "
    "update updates upgrade pre-order pre-orders preorders antenna screen display battery generation "
    "handset handsets jetliner airliner"
)
# Parts of a made thing, which "the X's" names as its own ("the Widgetphone's camera"); a maker
# takes no "the" ("Zorbix's cameras" are what Zorbix makes).
PRODUCT_PARTS = wordset(
    "battery screen display antenna camera touch-screen touchscreen keyboard processor chip firmware"
)
# Kinds of made things, written before a product's name ("the web browser Widgetfox"); not
# "company", "group" or any kind of body of people. Not after a name: "a Zorbix jet", "Zorbix
# cars" name the maker as often as a product line.
PRODUCT_KINDS = wordset(
    """player players phone phones smartphone smartphones handset tablet tablets laptop laptops
    notebook computer computers browser software console consoles device devices gadget
    camera aircraft airliner jet jetliner helicopter drone car cars sedan truck vehicle drug
    vaccine pill medicine app game"""
)
# Adjectives before a product's name ("the new Widgetphone", "its latest Widgetpad").
PRODUCT_ADJECTIVES = wordset("new latest upcoming forthcoming next-generation updated redesigned")
# Verbs whose object is a product when it is named ("Acme unveiled Widgetphone").
PRODUCT_VERBS = wordset("unveil launch release introduce debut ship preorder pre-order")


def product_cue(doc: Doc, start: int, end: int, org_tokens: frozenset[int] = frozenset()) -> bool:
    """Whether the words around the name over tokens [start, end) mark it as a product.

    `org_tokens`: indexes of tokens of names typed as organisations; "Acme's Widgetphone" is a
    product when "Acme" is one.
    """
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in PRODUCT_NOUNS and after.is_lower:
        return True
    owned = doc[end + 1] if after is not None and after.tag_ == "POS" and end + 1 < len(doc) else None
    the = start > 0 and doc[start - 1].lower_ == "the"
    if owned is not None and the and owned.lower_ in PRODUCT_PARTS:
        return True  # "the Widgetphone's battery"
    if _made_by_a_maker(doc[end - 1]):
        return True  # "the maker of Widgetphone"
    before = [doc[i] for i in range(max(start - 3, 0), start)]
    modifier = after is not None and after.text == "-"  # "new Acme-based widgets": Acme is no product
    if any(t.lower_ in PRODUCT_ADJECTIVES for t in before[-2:]) and not modifier:
        return True
    if len(before) >= 2 and before[-1].tag_ == "POS" and before[-2].i in org_tokens:
        return True  # "Acme's Widgetphone"
    if before and before[-1].is_lower and before[-1].lower_ in PRODUCT_KINDS:
        return True  # "the web browser Widgetfox": the kind of thing, then its name
    head = doc[end - 1].head
    return doc[end - 1].dep_ == "dobj" and head.lemma_.lower() in PRODUCT_VERBS


# Whose maker a phrase names: "the maker of Widgetphone", "apps for Widgetpad".
MAKER_NOUNS = wordset("maker makers manufacturer manufacturers")
APP_NOUNS = wordset("app apps application applications accessory accessories")


def _made_by_a_maker(last: Token) -> bool:
    """A name that is the object of "the maker of", or of "apps for"."""
    prep = last.head if last.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return False
    nouns = {prep.head.lower_}
    if prep.i > 0:
        nouns.add(prep.doc[prep.i - 1].lower_)  # the parser may hang "for" higher up
    if prep.lower_ == "of":
        return bool(nouns & MAKER_NOUNS)
    return prep.lower_ == "for" and bool(nouns & APP_NOUNS)


# Verbs whose subject acts as an organisation or a person does, which a product seldom is.
AGENT_VERBS = wordset(
    "say tell announce state confirm deny claim report sue file hire employ acquire buy sign agree "
    "plan reveal unveil launch release introduce invest own open close cut lay warn accuse ask"
)


# Verbs whose subject is a person (or a body of people).
HUMAN_VERBS = AGENT_VERBS | wordset(
    "speak talk meet call visit phone attend win lose die resign travel write welcome thank urge vow "
    "promise insist argue explain add note describe praise criticise criticize refuse decline want "
    "believe think hope fear tweet post reply respond"
)


def agent_cue(doc: Doc, start: int, end: int, verbs: frozenset[str] = AGENT_VERBS) -> bool:
    """Whether the name over tokens [start, end) acts: the subject of a verb of saying or doing
    ("Acme said", "Acme unveiled"), which makes it an organisation or a person, not a product."""
    last = doc[end - 1]
    return last.dep_ == "nsubj" and last.head.lemma_.lower() in verbs


# Nouns with those endings that name things, works among them ("the thriller X", "the trailer").
_THING_NOUNS = wordset(
    "thriller blockbuster bestseller trailer poster sticker banner paper letter chapter number cover "
    "computer monitor motor sensor tractor reactor container carrier charger server"
)


def role_noun_before(doc: Doc, start: int) -> bool:
    """Whether a lowercase noun for a person by what they do comes right before the name
    ("striker Kade Obi", "the novelist X"): news style introduces people so."""
    if start == 0:
        return False
    before = doc[start - 1]
    word = before.lower_
    return (
        before.is_lower
        and before.pos_ == "NOUN"
        and word.endswith(lx.AGENT_NOUN_ENDINGS)
        and word not in _THING_NOUNS
    )


def byline_author(doc: Doc, start: int) -> bool:
    """Whether a name opens a byline: "By" at the start of a line, then the name."""
    if start == 0 or doc[start - 1].lower_ != "by":
        return False
    by = doc[start - 1]
    return (
        by.i == 0 or "\n" in doc[by.i - 1].text or "\n" in doc[by.i - 1].whitespace_ or doc[by.i - 1].is_space
    )


# Nouns of bodies of people: a name in apposition to one is a group's ("the group Acmeists").
GROUP_NOUNS = wordset(
    "group groups organisation organization organisations organizations movement collective faction "
    "militia network cell gang coalition alliance brigade brigades outfit sect cult"
)
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
_NAMING = frozenset({"called", "named", "dubbed", "calling"})


def group_cue(doc: Doc, start: int, end: int) -> bool:
    """Whether the name over tokens [start, end) is named as a group of people: right after or
    before a group noun ("the Internet group Acmeists", "the 'Acmeists' group"), after a naming
    verb that qualifies one ("an organisation from Xland called Acmeists"), or after "members of"."""
    i = start - 1
    while i >= 0 and doc[i].text in _QUOTES:
        i -= 1
    j = end
    while j < len(doc) and doc[j].text in _QUOTES:
        j += 1
    before = doc[i] if i >= 0 else None
    after = doc[j] if j < len(doc) else None
    if before is not None and before.is_lower and before.lower_ in GROUP_NOUNS:
        return True
    if before is not None and before.lower_ == "of" and i > 0 and doc[i - 1].lower_ == "members":
        return True
    if after is not None and after.is_lower and after.lower_ in GROUP_NOUNS:
        return True
    if before is not None and before.lower_ in _NAMING:
        return _qualifies_group(before)
    return False


def _qualifies_group(verb: Token) -> bool:
    """Whether a naming verb qualifies a group noun, directly or through the place it is from ("an
    organisation from the north called X"); "a militia leader called X" names the leader."""
    head = verb.head
    for _ in range(3):
        if head.lower_ in GROUP_NOUNS:
            return True
        if head.dep_ != "pobj":
            return False
        head = head.head.head
    return False


# Nouns of organisations that run something, which a name qualifies or stands beside ("the Acmewire
# news service", "the agency Acmewire", "its news service, Acmewire").
ORGANISATION_NOUNS = wordset(
    "service agency company firm website outlet newspaper broadcaster publisher network"
)


# Kinds of company no person is called by: a name right after one is the company's ("the
# retailer Acme Buy", "investment bank Acme Sachs"), even when it reads as a person's name.
COMPANY_KINDS = wordset(
    """company firm retailer airline carrier bank automaker carmaker conglomerate insurer lender
    broadcaster newspaper website chain supermarket brewer supplier manufacturer distributor
    wholesaler exporter importer refiner utility startup start-up"""
)


def company_kind_before(doc: Doc, start: int) -> bool:
    """Whether a lowercase noun of a kind of company comes right before the name at `start`."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.is_lower and before.lower_ in COMPANY_KINDS


def organisation_cue(doc: Doc, start: int, end: int) -> bool:
    """Whether the name over tokens [start, end) is named as an organisation: before an
    organisation noun, over at most one lowercase noun between ("the Acmewire news service"),
    right after one ("the agency Acmewire"), or in apposition to one ("its service, Acmewire")."""
    j = end
    if j < len(doc) and doc[j].is_lower and doc[j].dep_ == "compound":
        j += 1  # "news" of "news service"
    if j < len(doc) and doc[j].is_lower and doc[j].lower_ in ORGANISATION_NOUNS and doc[j].pos_ == "NOUN":
        return True
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_lower and before.lower_ in ORGANISATION_NOUNS:
        return True
    last = doc[end - 1]
    return last.dep_ == "appos" and last.head.is_lower and last.head.lower_ in ORGANISATION_NOUNS
