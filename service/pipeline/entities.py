"""Entities of one article: the model's name spans, cleaned, retyped and grouped per real entity.

spaCy's small English model finds most names but gets their edges and types wrong in ways that
repeat across outlets: titles inside person spans, possessives typed as organisations, page
furniture read as names, cities in a list read as people, title-cased headlines read as long
names, lowercase place names missed. Each rule below fixes one such pattern by its shape, never by
knowing a particular name. One pass over the tokens per rule; no rule compares all pairs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.pipeline import entity_types, name_context, names, org_names, person_names, places
from service.pipeline.types import EntityGroup, Mention
from service.pipeline.wordlists import FACILITY_NOUNS, GENERATIONAL, INDUSTRIAL_NOUNS, PAGE_FURNITURE, wordset

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
    "gov mayor king queen prince princess emperor pope cardinal bishop rabbi imam sheikh general gen "
    "admiral colonel col captain capt lieutenant lt sergeant sgt commander chief ceo cfo chairman "
    "chairwoman chair director adviser advisor ambassador envoy judge justice attorney prosecutor "
    "deputy acting interim former late leader dictator founder co-founder executive foreign defence "
    "defense state outgoing incumbent candidate nominee billionaire businessman businesswoman "
    "spokesmen officials official"
)
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
_CREDIT = re.compile(
    r"(?im)\b(?:photo(?:graph)?s?|images?|pictures?|stock photo|credits?|photo credits?)\s*:[^\n]*"
)
# Model designations (Su-57, B-52H, F-16) are products, whatever the model said.
_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,4}-\d+[A-Za-z]*")
# Where a span is cut in pieces: what separates a name from the next item on a page.
_SEPARATORS = frozenset({"|", "–", "—", ":", ";", "•", "/", "(", ")", "[", "]", '"', "“", "”", "«", "»"})
# Headings are cut only where a line is: quotes and brackets stay inside a title-cased line.
_LINE_SEPARATORS = frozenset({"|", "–", "—", ":", "•"})
_DETERMINERS = frozenset({"the", "a", "an"})
# Lowercase words before a name that deny or quantify it, never part of it ("no Ministry of X").
_NEGATIONS = frozenset({"no", "not", "non", "any", "every", "all"})
# Lowercase words a name never ends with: the model's span ran past the name ("Relations for").
_TRAILING = frozenset({"for", "of", "and", "or", "in", "at", "on", "to", "by", "with", "from", "the"})
# Words that make a phrase an office or a department, not an organisation ("Media Relations").
_OFFICE_WORDS = wordset(
    "global media public press investor relations communications affairs head director manager "
    "vice president spokesperson spokesman spokeswoman officer chief executive senior deputy"
)
_PREPOSITIONS = frozenset({"for", "of", "at", "in", "on", "to", "by", "with"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@dataclass(slots=True)
class _Mention:
    """A cleaned name span over tokens [start, end) of the doc."""

    start: int
    end: int
    label: str
    honorific: str = ""  # the form of address right before the name ("Mr.")
    possessive: bool = False  # the model types possessives badly: they barely vote
    lowercase: bool = False  # a lowercase name found by a rule: displayed title-cased
    the: bool = False  # a capitalised "The" mid-sentence belongs to the name ("The New York Times")
    split: bool = False  # cut from a longer model span, whose type says little about this piece
    bare_end: int = -1  # end of the name before a facility noun it was extended over ("X hotel")
    country: str = ""  # the country an adjective of nationality stands for ("Syrian" -> SYR)
    inner_possessive: int = -1  # a possessive kept inside the name ("Miller's Gazette"), to be confirmed
    # A facility named by a phrase ("the mine in Xville"): the name it stands for ("Xville mine"),
    # the phrase and the site's name, which readers also look it up by.
    named: str = ""
    phrase: str = ""
    site: str = ""


class _Article:
    """Per-doc facts the rules share, each computed once."""

    def __init__(self, doc: Doc, english: frozenset[str]) -> None:
        self.doc = doc
        self.english = english  # common English words: a lowercase word outside them may be a name
        self.sentence_starts = [sent.start_char for sent in doc.sents]
        text = doc.text  # Doc.text joins every token on each access: read it once
        self.credits = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
        self.length = len(text)
        self.heading = _heading_mask(doc)

    def sentence(self, char: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)

    def in_credit(self, char: int) -> bool:
        i = bisect.bisect_right(self.credits, (char, self.length)) - 1
        return i >= 0 and self.credits[i][0] <= char < self.credits[i][1]


def extract_entities(doc: Doc, nlp: Language) -> list[EntityGroup]:
    """Entities of one article parsed by `nlp`: one group per real entity, its fullest name, forms,
    mentions."""
    article = _Article(doc, english_words(nlp))
    mentions = [m for span in doc.ents if span.label_ in NAME_LABELS for m in _clean(span, article)]
    mentions = _settle_possessives(mentions, article)
    mentions = _confirm_headings(mentions, article)
    mentions = _split_name_pairs(mentions, doc)
    mentions = _split_fused_names(mentions, doc)
    mentions = _split_sentence_abbreviations(mentions, doc)
    mentions = _join_adjacent_people(mentions, doc)
    mentions = _extend_to_given_names(mentions, article)
    org_tokens = frozenset(i for m in mentions if m.label == "ORG" for i in range(m.start, m.end))
    uses = Counter(names.name_key(doc[m.start : m.end].text) for m in mentions)
    for mention in mentions:
        mention.label = _retype(mention, doc, org_tokens)
        _link_demonym(mention, doc)
        _extend_to_vessel(mention, doc)
        _extend_to_facility(mention, doc, uses)
        _extend_to_disaster(mention, doc)
    mentions = _recover(mentions, article)
    mentions += _facility_phrases(mentions, article)
    mentions += _definite_disasters(mentions, doc)
    groups = [_to_group(group, article) for group in _group(mentions, doc) if not _stray_word(group, article)]
    _add_family_names(groups)
    return groups


# -- span cleaning ----------------------------------------------------------------------------


def _clean(span: Span, article: _Article) -> Iterator[_Mention]:
    """Cut a model span at separators, strip what is not the name, drop what is not a name."""
    pieces = [cut for start, end in _pieces(span) for cut in _role_split(span.doc, start, end, span.label_)]
    for start, end, label in pieces:
        mention = _strip(span.doc, start, end, label)
        if mention is not None and _is_name(mention, article):
            mention = _whole_compound(mention, span.doc)
            # The model typed the whole run ("GMT - Paris" as ORG), not this piece of it.
            mention.split = len(pieces) > 1
            yield mention


def _role_split(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """An organisation or place, an office, a person's name: "Acme Widgets CEO Ann Smith" typed as
    one name is two, the organisation and the person (the office word joins neither)."""
    if label == "PERSON":
        return [(start, end, label)]
    for i in range(start + 1, end - 1):
        word = doc[i].lower_.rstrip(".")
        if word in TITLE_WORDS and not doc[i].is_lower and person_names.person_shape(doc[i + 1 : end].text):
            return [(start, i, label), (i + 1, end, "PERSON")]
    return [(start, end, label)]


def _pieces(span: Span) -> Iterator[tuple[int, int]]:
    """Token ranges of a span between separators: "GMT - Paris", "AP\\nJones" are two items."""
    doc, start = span.doc, span.start
    for token in span:
        if _is_separator(token, doc):
            if token.i > start:
                yield start, token.i
            start = token.i + 1
    if span.end > start:
        yield start, span.end


def _is_separator(token: Token, doc: Doc, separators: frozenset[str] = _SEPARATORS) -> bool:
    if token.is_space or token.text in separators:
        return True
    # A dash with spaces around it separates items ("Updated - Paris"); "Stratford-upon-Avon" keeps its.
    spaced = token.i > 0 and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_)
    return token.text == "-" and spaced


def _strip(doc: Doc, start: int, end: int, label: str) -> _Mention | None:
    """Drop leading articles and titles, trailing punctuation and possessives."""
    possessive, inner = False, -1
    for i in range(start, end):
        if (doc[i].text in _POSSESSIVES or doc[i].tag_ == "POS") and not _inner_apostrophe(doc, i):
            if i + 1 < end and doc[i + 1].is_title and i > start:
                inner = i  # "Miller's Gazette", "Traders' Square": maybe the name's own; confirmed later
                break
            end, possessive = i, True  # a name ends at its possessive: "Smith’s Call" -> "Smith"
            break
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (doc[end - 1].lower_ in _TRAILING and end - start > 1)
    ):
        end -= 1
    the = False
    while end - start > 1 and (
        doc[start].lower_ in _DETERMINERS
        or doc[start].is_punct
        or (doc[start].is_lower and doc[start].lower_ in _NEGATIONS)
    ):
        the = doc[start].text == "The" and not doc[start].is_sent_start
        start += 1
    start = _after_office(doc, start, end)
    if end <= start:
        return None
    honorific = ""
    if label == "PERSON" or _honorific(doc[start]):
        start, honorific = _strip_titles(doc, start, end)
    if not honorific and start > 0 and _honorific(doc[start - 1]):
        honorific = doc[start - 1].text
    if end < len(doc) and (doc[end].text in _POSSESSIVES or doc[end].tag_ == "POS"):
        possessive = True
    the = the and label in {"ORG", "WORK_OF_ART", "FAC"}
    mention = _Mention(start, end, "PERSON" if honorific else label, honorific, possessive, the=the)
    mention.inner_possessive = inner if start < inner < end else -1
    return mention


def _inner_apostrophe(doc: Doc, i: int) -> bool:
    """An apostrophe inside a name ("O'Brien" read as "O", "'", "Brien"), not a possessive: glued
    to a single capital before it and to a capitalised word after it."""
    before, after = doc[i - 1] if i > 0 else None, doc[i + 1] if i + 1 < len(doc) else None
    return (
        before is not None
        and after is not None
        and len(before.text) == 1
        and before.text.isupper()
        and not before.whitespace_
        and not doc[i].whitespace_
        and after.text[:1].isupper()
    )


def _after_office(doc: Doc, start: int, end: int) -> int:
    """Where the organisation starts in "Global Media Relations for Acme": after an office phrase
    made only of office words and a preposition."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in _PREPOSITIONS:
            words = doc[start:i]
            if len(words) > 1 and _office_phrase(words) and doc[i + 1].text[:1].isupper():
                return i + 1
            break
    return start


def _office_phrase(tokens: Iterable[Token]) -> bool:
    return all(t.lower_ in _OFFICE_WORDS for t in tokens)


def _honorific(token: Token) -> bool:
    # Capitalised only: "I will miss Steve" has no honorific.
    return token.text[:1].isupper() and token.lower_.rstrip(".") in HONORIFICS


def _strip_titles(doc: Doc, start: int, end: int) -> tuple[int, str]:
    """Cut a person span after its last leading title word ("US President-elect John Smith").

    What follows the cut must still be a name: "John Major", "Stephen King" and "Martin Luther
    King Jr." keep their title-like words.
    """
    cut, honorific = start, ""
    for i in range(start, end - 1):
        word = doc[i].lower_.rstrip(".")
        rest_is_name = any(t.is_alpha and t.lower_ not in GENERATIONAL for t in doc[i + 1 : end])
        if not rest_is_name:
            break
        if word in HONORIFICS:
            cut, honorific = i + 1, doc[i].text
        elif word in TITLE_WORDS or (word == "-" and doc[i + 1].lower_ in TITLE_WORDS):
            cut, honorific = i + 1, ""
    return cut, honorific


def _is_name(mention: _Mention, article: _Article) -> bool:
    doc = article.doc
    span = doc[mention.start : mention.end]
    text = span.text
    if not any(c.isalpha() for c in text) or not any(c.isupper() for c in text):
        return False  # lowercase fragments ("ed") are not names; lowercase places come from rules
    key = names.name_key(text)
    if key in PAGE_FURNITURE or key in TIMEZONES or article.in_credit(span.start_char):
        return False
    if len(span) == 1 and (
        _common_word(span[0]) or key in TITLE_WORDS or key in HONORIFICS or _unit(span[0])
    ):
        return False
    if mention.label == "ORG" and _is_office(doc, mention) and not article.heading[mention.start]:
        return False
    if len(span) > 1 and _office_phrase(span):
        return False  # "Global Media Relations": a department's title, no organisation
    return not _glued(mention, doc) and not _fragment(mention, doc)


def _common_word(token: Token) -> bool:
    """A stop word is no name, but an acronym spelled like one is ("US", "IT")."""
    return token.is_stop and not token.is_upper


def _unit(token: Token) -> bool:
    """A short all-caps word next to a number is a unit or currency ("16 GB", "USD 599")."""
    doc, i = token.doc, token.i
    near = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    return token.is_upper and len(token) <= 4 and any(t.like_num for t in near)


def _glued(mention: _Mention, doc: Doc) -> bool:
    """A span that starts inside a word ("GB" of "30GB") is a piece of that word, not a name."""
    i = mention.start
    return i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text[-1:].isalnum()


def _is_office(doc: Doc, mention: _Mention) -> bool:
    """An "organisation" that ends in, or is followed by, a title-cased office word is the name of
    an office ("National Security Advisor"): the person holding it is named next.

    An acronym office ("Acme CEO") follows its organisation's name instead, and so may any office
    in a title-cased heading: the caller checks that.
    """
    last = doc[mention.end - 1]
    if mention.end - mention.start > 1 and last.is_title and last.lower_ in ROLE_NOUNS:
        return True
    after = doc[mention.end] if mention.end < len(doc) else None
    return after is not None and after.is_title and after.lower_ in ROLE_NOUNS


def _compound(mention: _Mention, doc: Doc) -> tuple[int, int]:
    """Token range of the hyphenated word the mention sits in ("Stratford" -> "Stratford-upon-Avon")."""
    left, right = mention.start, mention.end
    while right + 1 < len(doc) and doc[right].text == "-" and not doc[right - 1].whitespace_:
        if doc[right].whitespace_:
            break
        right += 2
    while left - 2 >= 0 and doc[left - 1].text == "-" and not doc[left - 2].whitespace_:
        if doc[left - 1].whitespace_:
            break
        left -= 2
    return left, min(right, len(doc))


def _fragment(mention: _Mention, doc: Doc) -> bool:
    """A piece of a hyphenated name joined by a lowercase word ("Stratford" of "Stratford-upon-Avon").

    Such compounds are place names; the model's piece of one names nothing. A plain hyphenated
    modifier ("US-led") is kept.
    """
    left, right = _compound(mention, doc)
    if (left, right) == (mention.start, mention.end):
        return False
    parts = [doc[i] for i in range(left, right, 2)]
    return any(p.is_lower for p in parts[1:-1]) and parts[-1].text[:1].isupper()


def _whole_compound(mention: _Mention, doc: Doc) -> _Mention:
    """Extend a piece of a hyphenated name of capitalised parts to all of it ("Wal" -> "Wal-Mart").

    Not over a part the model names by itself: "US-China talks" are two names.
    """
    left, right = _compound(mention, doc)
    parts = [doc[i] for i in range(left, right, 2)]
    outside = [p for p in parts if not mention.start <= p.i < mention.end]
    if outside and all(p.text[:1].isupper() for p in parts) and all(p.ent_iob_ != "B" for p in outside):
        mention.start, mention.end = left, right
    return mention


def _heading_mask(doc: Doc) -> list[bool]:
    """Tokens of title-cased segments (headlines, subheads), where capitals say nothing about names.

    A segment is a run of tokens between line breaks, separators and sentence starts; it is a
    heading when it has at least three content words and all of them are capitalised.
    """
    mask = [False] * len(doc)
    start = 0
    for token in [*doc, None]:
        boundary = token is None or token.is_sent_start or _is_separator(token, doc, _LINE_SEPARATORS)
        if not boundary:
            continue
        end = len(doc) if token is None else token.i
        segment = doc[start:end]
        words = [t for t in segment if t.is_alpha and not t.is_stop]
        # A bracket opened and not closed: the segment was cut inside running text's parenthesis
        # ("Ann Lee Smith (May 1, 1944–June 2, 2005) was ..."), no heading.
        unclosed = sum(t.text == "(" for t in segment) != sum(t.text == ")" for t in segment)
        if len(words) >= 3 and all(t.text[0].isupper() for t in words) and not unclosed:
            mask[start:end] = [True] * (end - start)
        start = end if token is None or token.is_sent_start else end + 1
    return mask


def _settle_possessives(mentions: list[_Mention], article: _Article) -> list[_Mention]:
    """A possessive inside a model span belongs to the name ("Miller's Gazette", "Traders' Square")
    unless the span is a heading's or the article names either side alone: "Acme's Widgetphone"
    beside "Acme" is Acme's product, "Smith's Call" in a headline is Smith."""
    doc = article.doc
    if all(m.inner_possessive < 0 for m in mentions):
        return mentions
    alone = _known_keys([m for m in mentions if m.inner_possessive < 0], doc)
    # Capitalised words the text uses without a possessive: "Acme said" even when no span holds it.
    pending = {i for m in mentions if m.inner_possessive >= 0 for i in range(m.start, m.end)}
    alone |= {
        names.name_key(t.text)
        for t in doc
        if t.is_title and t.i not in pending and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS")
    }
    for m in mentions:
        cut = m.inner_possessive
        if cut < 0:
            continue
        sides = (names.name_key(doc[m.start : cut].text), names.name_key(doc[cut + 1 : m.end].text))
        if article.heading[m.start] or any(side in alone for side in sides):
            m.end, m.possessive = cut, True
        m.inner_possessive = -1
    return mentions


def _confirm_headings(mentions: list[_Mention], article: _Article) -> list[_Mention]:
    """In headings, keep only the part of a span that the article's body also names.

    "Smith And Jones Phone Call" gives the model "Jones Phone": the body says "Jones", so the
    mention becomes "Jones". With no body to confirm against, heading spans stay as they are.
    """
    doc, heading = article.doc, article.heading
    body = [m for m in mentions if not heading[m.start]]
    if not body:
        return mentions
    known = _known_keys(body, doc)
    kept = []
    for mention in mentions:
        if heading[mention.start]:
            run = _longest_known_run(doc, mention.start, mention.end, known)
            if run is None:
                continue
            mention.start, mention.end = run
        kept.append(mention)
    return kept


def _known_keys(mentions: Iterable[_Mention], doc: Doc) -> set[str]:
    """Name keys of the mentions, plus the family names of multi-word person names."""
    known = set()
    for m in mentions:
        known.add(names.name_key(doc[m.start : m.end].text))
        if m.label == "PERSON" and m.end - m.start > 1:
            known.add(names.name_key(doc[m.end - 1].text))
    return known


def _longest_known_run(doc: Doc, start: int, end: int, known: set[str]) -> tuple[int, int] | None:
    for size in range(end - start, 0, -1):
        for i in range(start, end - size + 1):
            if names.name_key(doc[i : i + size].text) in known:
                return i, i + size
    return None


def _split_name_pairs(mentions: list[_Mention], doc: Doc) -> list[_Mention]:
    """Split "Smith-Jones" and "Acme and Zenith" into two mentions when both halves are names the
    article uses alone, or (for "and") both are countries or people's full names; a country's own
    name ("Trinidad and Tobago") stays whole."""
    known = _known_keys(mentions, doc)
    out = []
    for m in mentions:
        hyphens = [i for i in range(m.start + 1, m.end - 1) if doc[i].text == "-" and not doc[i].whitespace_]
        joins = [
            i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ in {"and", "&"} and doc[i].whitespace_
        ]
        cut = hyphens[0] if len(hyphens) == 1 else joins[0] if len(joins) == 1 else None
        if cut is not None:
            left, right = doc[m.start : cut].text, doc[cut + 1 : m.end].text
            both_known = names.name_key(left) in known and names.name_key(right) in known
            if both_known or (cut in joins and _two_names(left, right, doc[m.start : m.end].text)):
                out.append(_Mention(m.start, cut, m.label))
                out.append(_Mention(cut + 1, m.end, m.label, possessive=m.possessive))
                continue
        out.append(m)
    return out


def _split_fused_names(mentions: list[_Mention], doc: Doc) -> list[_Mention]:
    """A person's full name run into the next name ("the Ann Smith Acmepedia biography" read as one
    name): after "the", which a person's name never takes, the words before the last are a person's
    full name and the last is a name the article uses alone (not as a possessive) only as something
    other than a person, so the span is two names. "Ann Marie Holloway" stays whole even where
    "Holloway said" is typed an organisation."""
    alone: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.end - m.start == 1 and not m.possessive:  # a possessive's type says little
            alone[names.name_key(doc[m.start].text)].add(m.label)
    out = []
    for m in mentions:
        last = m.end - 1
        labels = alone.get(names.name_key(doc[last].text), set()) if m.end - m.start >= 3 else set()
        other = next(iter(labels)) if len(labels) == 1 else None
        person = doc[m.start : last]
        if (
            other is not None
            and other != "PERSON"
            and m.start > 0
            and doc[m.start - 1].lower_ == "the"  # a person's name takes no article: "the" starts a run
            and person[-1].is_alpha
            and person[-1].whitespace_  # two words, not "San Jose-Acme"
            and person_names.person_shape(person.text)
            and not places.kind(person.text)
        ):
            out.append(_Mention(m.start, last, "PERSON", m.honorific))
            out.append(_Mention(last, m.end, other, possessive=m.possessive))
            continue
        out.append(m)
    return out


def _two_names(left: str, right: str, whole: str) -> bool:
    """Two countries or two people's full names joined by "and", the whole being no country."""
    if places.country(whole, abbreviations=False) is not None:
        return False
    countries = all(places.country(side, abbreviations=False) for side in (left, right))
    return countries or all(person_names.person_shape(side) for side in (left, right))


def _split_sentence_abbreviations(mentions: list[_Mention], doc: Doc) -> list[_Mention]:
    """A country's dotted abbreviation ending a sentence takes the sentence's period too ("... in
    the U.S. Smith said"), so the model may run it into the next sentence's first name: when the
    rest is a name the article uses elsewhere, the span is the country and that name."""
    known = _known_keys(mentions, doc)
    out = []
    for m in mentions:
        first = doc[m.start]
        rest = doc[m.start + 1 : m.end]
        if (
            m.end - m.start > 1
            and _dotted_country(first)
            and first.text.endswith(".")
            and rest[0].text[:1].isupper()
            and names.name_key(rest.text) in known - {names.name_key(doc[m.start : m.end].text)}
        ):
            labels = {
                o.label
                for o in mentions
                if names.name_key(doc[o.start : o.end].text) == names.name_key(rest.text)
            }
            out.append(_Mention(m.start, m.start + 1, "GPE"))
            out.append(_Mention(m.start + 1, m.end, next(iter(labels)) if len(labels) == 1 else "PERSON"))
            continue
        out.append(m)
    return out


def _join_adjacent_people(mentions: list[_Mention], doc: Doc) -> list[_Mention]:
    """Two person spans with only a space between them are one long name the model cut in two
    ("Ann Marie" "Lou Smith" of "Ann Marie Lou Smith"): nothing in English writes two people's
    names side by side without a comma or a word between them."""
    out: list[_Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == m.label == "PERSON"
            and last.end == m.start
            and not last.possessive
            and doc[last.end - 1].whitespace_
            and doc[last.end - 1].is_alpha
            and not doc[m.start].is_sent_start
        ):
            last.end, last.possessive = m.end, m.possessive
            continue
        out.append(m)
    return out


def _extend_to_given_names(mentions: list[_Mention], article: _Article) -> list[_Mention]:
    """A person's span the model started late ("Ann Lou [Marie Smith]"): untagged capitalised
    proper nouns right before it, one of them a known given name, are the start of the name."""
    doc = article.doc
    owned = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label != "PERSON" or m.honorific:
            continue
        start = m.start
        while (
            start > 0
            and start - 1 not in owned
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_alpha
            and doc[start - 1].is_title
            and doc[start - 1].whitespace_
            and not article.heading[start - 1]
            and doc[start - 1].lower_ not in TITLE_WORDS
            and not _honorific(doc[start - 1])
            and not doc[start].is_sent_start
        ):
            start -= 1
        if start < m.start and any(person_names.is_given_name(t.text) for t in doc[start : m.start]):
            owned.update(range(start, m.start))
            m.start = start
    return mentions


def _vessel(doc: Doc, start: int, end: int) -> bool:
    """A ship's name: a vessel prefix in capitals, then a capitalised name ("MV Xship")."""
    return end - start > 1 and doc[start].text in VESSEL_PREFIXES and doc[start + 1].text[:1].isupper()


def _retype(mention: _Mention, doc: Doc, org_tokens: frozenset[int] = frozenset()) -> str:
    """Types that a span's own shape or the words around it decide better than the model."""
    span = doc[mention.start : mention.end]
    last = span[-1].lower_
    if _DESIGNATION.fullmatch(span.text.replace(" ", "")):
        return "PRODUCT"
    if _vessel(doc, mention.start, mention.end):
        return "VEHICLE"
    if _disaster_name(mention, span):
        return "EVENT"  # "the Tsunami", "the Xland Sea Earthquake": a disaster, not a place
    if mention.label == "PRODUCT" and org_names.has_org_form(span.text):
        return "ORG"  # "Acme Online", "Acme Group": the form of an organisation's name
    if _product(mention, doc, org_tokens):
        return "PRODUCT"
    if name_context.byline_author(doc, mention.start) and person_names.person_shape(span.text):
        return "PERSON"  # "By Ann Smith" opening a line: the author
    if mention.label in PLACES and len(span) == 1 and span[0].pos_ == "ADJ":
        return "NORP"  # "Polish authorities": an adjective of nationality, not the country
    if mention.label in PLACES or mention.label in {"NORP", "EVENT"}:
        return mention.label
    if len(span) > 1 and last in REGION_HEADS:
        return "GPE"
    if len(span) > 1 and (last in FEATURE_HEADS or last in OPEN_SPACE_HEADS):
        return "LOC"
    if len(span) > 1 and last in WORK_HEADS:
        return "WORK_OF_ART"
    if len(span) > 1 and last in EVENT_HEADS:
        return "EVENT"
    if mention.label == "PERSON" and _plural_after_the(span):
        return "ORG"  # "the Beatles", "the Kennedys": a person's name takes no article
    return mention.label


def _disaster_name(mention: _Mention, span: Span) -> bool:
    """A name ending in a noun of disaster ("the Xland Sea Tsunami"), or that noun alone
    capitalised ("the Tsunami"), which the model reads as a place or a person: no place's name
    ends in one, and a person's full name that does ("Ann Flood") keeps the model's type."""
    if span[-1].lower_ not in DISASTER_NOUNS or span[-1].is_upper or mention.honorific:
        return False
    if mention.label in {"ORG", "NORP", "LAW"}:
        return False
    return mention.label != "PERSON" or len(span) == 1


def _extend_to_vessel(mention: _Mention, doc: Doc) -> None:
    """A name right after a vessel prefix the model left out ("the MV Xship") is the ship's."""
    start = mention.start
    if start > 0 and doc[start - 1].text in VESSEL_PREFIXES and _vessel(doc, start - 1, mention.end):
        mention.start, mention.label = start - 1, "VEHICLE"


def _extend_to_facility(mention: _Mention, doc: Doc, uses: Counter[str] | None = None) -> None:
    """A name before a lowercase noun of a building or site it qualifies ("the Xville coal mine",
    "the Ghaz Gardens hotel") is the facility's name with the noun. An organisation's name before
    one is its owner ("the Acme mine"), an adjective of nationality no name ("the Xlandish
    embassy"), and after "a" or as a country's or region's name it says where the facility is
    ("a Xland coal mine"): these stay as they are. A one-word "organisation" the article names
    nowhere else, of no organisation's form, is the facility's own name ("the Xville mosque")."""
    if mention.label == "NORP" or mention.country or mention.possessive:
        return
    if mention.label == "ORG" and not _lone_word(mention, doc, uses):
        return
    if mention.start > 0 and doc[mention.start - 1].lower_ in {"a", "an"}:
        return  # "a Xland coal mine" is a mine in Xland, not one named so
    if places.kind(doc[mention.start : mention.end].text) in {"country", "region"}:
        return  # a country's or a region's name before a noun says where, not which
    end = mention.end
    if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" and doc[end].dep_ == "compound":
        end += 1  # "coal mine"
    noun = doc[end] if end < len(doc) else None
    if noun is None or not noun.is_lower or noun.lower_ not in FACILITY_NOUNS:
        return
    if noun.lower_ in INDUSTRIAL_NOUNS and mention.label not in PLACES:
        return  # "the Acme plant" is Acme's: only a place's name names a plant by its site
    if doc[mention.end - 1].head.i != noun.i and doc[mention.end - 1].head.i != mention.end:
        return  # the name qualifies something else
    label = "LOC" if noun.lower_ in OPEN_SPACE_HEADS else "FAC"  # a square is a place, not a building
    mention.bare_end, mention.end, mention.label = mention.end, end + 1, label


def _lone_word(mention: _Mention, doc: Doc, uses: Counter[str] | None) -> bool:
    """A one-word name the article uses once."""
    key = names.name_key(doc[mention.start : mention.end].text)
    return mention.end - mention.start == 1 and uses is not None and uses[key] == 1


def _extend_to_disaster(mention: _Mention, doc: Doc) -> None:
    """A place's name before a noun of disaster or attack it qualifies ("the Xland Sea earthquake",
    "the 2004 Xland Sea Tsunami") names that event: the place with the noun is an EVENT. After
    "a" ("an Xland earthquake") it says only where one happened."""
    if mention.label not in PLACES or mention.country:
        return
    noun = doc[mention.end] if mention.end < len(doc) else None
    if noun is None or noun.lower_ not in DISASTER_NOUNS or noun.is_upper:
        return
    if mention.start > 0 and doc[mention.start - 1].lower_ in {"a", "an"}:
        return
    if doc[mention.end - 1].head.i != noun.i and not noun.is_title:
        return  # the name qualifies something else
    mention.end, mention.label = mention.end + 1, "EVENT"


def _definite_disasters(mentions: list[_Mention], doc: Doc) -> list[_Mention]:
    """ "the tsunami" after the article named "the Xland Sea Tsunami": the lowercase noun of
    disaster after "the" refers back to the named event it ends, so it is a mention of that event
    (joined to it when it is the only one so named, see _Hosts)."""
    heads = {
        doc[m.end - 1].lower_
        for m in mentions
        if m.label == "EVENT" and m.end - m.start > 1 and doc[m.end - 1].lower_ in DISASTER_NOUNS
    }
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [
        _Mention(t.i, t.i + 1, "EVENT", lowercase=True)
        for t in doc
        if t.lower_ in heads and t.is_lower and t.i not in taken and t.i > 0 and doc[t.i - 1].lower_ == "the"
    ]


def _link_demonym(mention: _Mention, doc: Doc) -> None:
    """An adjective of nationality ("Syrian troops", "Egyptians") is a mention of its country."""
    if mention.label != "NORP" and not (mention.label in PLACES and doc[mention.start].pos_ == "ADJ"):
        return
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and not after.is_sent_start:
        return  # the first word of a longer name ("Xlandian Ocean", "Xlandian Museum")
    code = places.demonym_country(doc[mention.start].text) if mention.end - mention.start == 1 else None
    if code is not None:
        mention.label, mention.country = "GPE", code


def _product(mention: _Mention, doc: Doc, org_tokens: frozenset[int]) -> bool:
    """A name the words around it mark as a product's (name_context.product_cue), unless it is a
    person's full name, carries a form of address, or the model says it is a place."""
    if mention.label not in {"ORG", "PERSON", "FAC"} or mention.honorific:
        return False
    span = doc[mention.start : mention.end]
    if person_names.person_shape(span.text) or places.kind(span.text) == "country":
        return False
    if org_names.has_org_form(span.text):
        return False  # "Acme Online", "Acme Group": the form of an organisation's name
    own = org_tokens - set(range(mention.start, mention.end))
    return name_context.product_cue(doc, mention.start, mention.end, own)


def _plural_after_the(span: Span) -> bool:
    """A plural name after "the" that is not modifying a noun ("the Kennedy family" is a person)."""
    doc, last = span.doc, span[-1]
    after_the = span.start > 0 and doc[span.start - 1].lower_ == "the"
    return after_the and last.lower_.endswith("s") and last.dep_ not in {"compound", "amod", "nmod"}


# -- recovering names the model missed ----------------------------------------------------------


@functools.cache
def english_words(nlp: Language) -> frozenset[str]:
    """English common words (the word index of `nlp`'s lemmatizer), to tell "poltava" from "capital".

    Read from the pipeline that parsed the text, once per pipeline (a worker holds one). Empty
    when the pipeline has no lookup tables; the rules that need it then stay off.
    """
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    return frozenset(word for pos in ("noun", "verb", "adj", "adv") for word in index.get(pos, []))


def _unknown_word(token: Token, english: frozenset[str]) -> bool:
    """A lowercase word that is not English: a name written in lowercase."""
    return (
        bool(english)
        and token.is_alpha
        and token.is_lower
        and len(token) > 2
        and not token.is_stop
        and token.lower_ not in english
        and token.lemma_.lower() not in english
    )


def _recover(mentions: list[_Mention], article: _Article) -> list[_Mention]:
    """Add and retype single-word names by the company they keep: lists of places, place nouns,
    and other occurrences of a name the article already uses."""
    doc = article.doc
    owner = _owners(mentions)
    added: dict[int, _Mention] = {}
    _fix_lists(owner, added, article)
    for token in doc:
        if token.i in owner or token.i in added:
            continue
        if _after_place_noun(token) and (
            _unknown_word(token, article.english) or _untagged_name(token, article)
        ):
            added[token.i] = _Mention(token.i, token.i + 1, "GPE", lowercase=token.is_lower)
        elif _dotted_country(token):
            added[token.i] = _Mention(token.i, token.i + 1, "GPE")
        elif token.text in VESSEL_PREFIXES and (end := _vessel_name_end(token, owner)) > token.i + 1:
            added[token.i] = _Mention(token.i, end, "VEHICLE")  # "the MV Xship" the model missed
        elif token.text[:1].isupper() and org_names.domain_owner(token.text):
            added[token.i] = _Mention(token.i, token.i + 1, "ORG")  # "Acme.com": the site's owner
        elif _untagged_major_place(token, article):
            added[token.i] = _Mention(token.i, token.i + 1, "GPE")  # "turned out in Xville"
        elif (facility := _untagged_facility(token, article)) is not None:
            added[token.i] = facility  # "the Xville coal mine" the model missed
    _propagate(mentions, owner, added, article)
    return sorted([*mentions, *added.values()], key=lambda m: m.start)


# Prepositions after which a major place's name is that place ("gathered in Xville").
_LOCATIVE = frozenset({"in", "near", "outside", "across", "throughout"})


def _untagged_major_place(token: Token, article: _Article) -> bool:
    """An untagged one-word name after a locative preposition that a gazetteer knows as a major
    place (a country, a capital, a city of a million): the model missed the place."""
    doc, i = article.doc, token.i
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        i > 0
        and doc[i - 1].lower_ in _LOCATIVE
        and _untagged_name(token, article)
        and not (after is not None and after.text[:1].isupper() and not after.is_sent_start)
        and places.major(token.text)
    )


def _untagged_facility(token: Token, article: _Article) -> _Mention | None:
    """An untagged name after "the" before a facility noun it qualifies ("the Xville mine")."""
    doc, i = article.doc, token.i
    if i == 0 or doc[i - 1].lower_ != "the" or not _untagged_name(token, article) or places.kind(token.text):
        return None
    mention = _Mention(i, i + 1, "FAC")
    _extend_to_facility(mention, doc)
    return mention if mention.bare_end > 0 else None


# Prepositions that place a facility at a named site ("the mine in Xville", "the plant at Tarrow").
_FACILITY_SITE = frozenset({"in", "at", "near"})


def _facility_phrases(mentions: list[_Mention], article: _Article) -> list[_Mention]:
    """ "the mine in Xville", "the coal mine near Xville", "the plant at Tarrow": a definite
    facility noun placed at a name refers to the facility news also calls "the Xville (coal) mine",
    so the phrase is a mention of a facility named by the site's name and the noun ("Xville mine",
    "Xville coal mine"), which the resolver lets meet "Xville coal mine" of another article. A
    site the model typed as a place stays a mention of that place (the town where the mine is):
    the facility's mention is then "the mine" before it; an untagged site is read as part of the
    phrase. A country's or a region's name says only where ("the mine in Xland"), not which."""
    doc = article.doc
    owner = _owners(mentions)
    found = []
    for noun in doc:
        if not noun.is_lower or noun.lower_ not in FACILITY_NOUNS or noun.lower_ in OPEN_SPACE_HEADS:
            continue
        if noun.i in owner or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in _FACILITY_SITE:
            continue
        start = noun.i - 1
        while start >= noun.i - 2 and _modifier(doc[start]):
            start -= 1  # "the coal mine", "the power plant"
        if start < 0 or doc[start].lower_ != "the" or start in owner:
            continue
        site = _site(doc, noun.i + 2, owner, article)
        if site is None:
            continue
        site_end, tagged = site
        name = doc[noun.i + 2 : site_end].text
        if places.kind(name) in {"country", "region"}:
            continue
        kind = " ".join(t.lower_ for t in doc[start + 1 : noun.i + 1])
        found.append(
            _Mention(
                start,
                noun.i + 1 if tagged else site_end,
                "FAC",
                named=f"{name} {kind}",
                phrase=doc[start:site_end].text,
                site=name,
            )
        )
    return found


def _modifier(token: Token) -> bool:
    """A lowercase noun that says what kind of facility the next noun is ("coal" of "coal mine")."""
    return token.is_lower and token.pos_ == "NOUN" and token.dep_ == "compound"


def _site(doc: Doc, i: int, owner: dict[int, _Mention], article: _Article) -> tuple[int, bool] | None:
    """End of the site's name that starts at token i, and whether the model tagged it (as a
    place, or as an organisation when it is one word of no organisation's form: the model reads
    unknown towns so); None when no name starts there. An untagged name is a run of up to three
    untagged capitalised proper nouns ("Marsh Creek")."""
    if i in owner:
        mention = owner[i]
        text = doc[mention.start : mention.end].text
        town = mention.label == "ORG" and mention.end == i + 1 and not org_names.has_org_form(text)
        if mention.start != i or not (mention.label in PLACES or town):
            return None
        end = mention.end
    else:
        end = i
        while end < len(doc) and end - i < 3 and end not in owner and _untagged_name(doc[end], article):
            end += 1
        if end == i:
            return None
    if end < len(doc) and doc[end].tag_ == "POS":
        return None  # "the mine at Xville's edge": the name qualifies something else
    return end, i in owner


def _vessel_name_end(prefix: Token, owner: dict[int, _Mention]) -> int:
    """End of the capitalised words after a vessel prefix that no mention holds."""
    doc, i = prefix.doc, prefix.i + 1
    while (
        i < len(doc) and i not in owner and doc[i].is_alpha and doc[i].is_title and not doc[i].is_sent_start
    ):
        i += 1
    return i


def _dotted_country(token: Token) -> bool:
    """A country's abbreviation written with dots ("U.K."), which nothing else is spelled as."""
    text = token.text
    return "." in text and text.replace(".", "").isupper() and places.country(text) is not None


def _owners(mentions: list[_Mention]) -> dict[int, _Mention]:
    return {i: m for m in mentions for i in range(m.start, m.end)}


def _untagged_name(token: Token, article: _Article) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.text[0].isupper()
        and not token.is_stop
        and not article.heading[token.i]
    )


def _after_place_noun(token: Token) -> bool:
    doc, i = token.doc, token.i
    if i >= 1 and doc[i - 1].lower_ in PLACE_NOUNS:
        return True
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PLACE_NOUNS


def _fix_lists(owner: dict[int, _Mention], added: dict[int, _Mention], article: _Article) -> None:
    """In a coordinated list of places, the odd member out is a place too.

    "orders for Lyon, Nantes, Rennes, Brest and Tours" read with "Rennes" a person: a one-word person or
    product among at least two places becomes a place, an untagged name joins them, and so does an
    unknown lowercase word next to even one place ("Paris and tallinn").
    """
    seen: set[int] = set()
    for token in article.doc:
        if token.dep_ == "conj" or token.i in seen or not token.conjuncts:
            continue
        members = [token, *token.conjuncts]
        seen.update(t.i for t in members)
        for t in members:  # first the odd tagged members, so the untagged see the list as it is
            mention = owner.get(t.i)
            if mention is not None and _odd_place(mention, _others(members, owner, t)):
                mention.label = "GPE"
        for t in members:
            if t.i in owner:
                continue
            others = _others(members, owner, t)
            places = sum(1 for label in others if label in PLACES)
            if places < len(others):
                continue
            if places >= 2 and _untagged_name(t, article):
                added[t.i] = _Mention(t.i, t.i + 1, "GPE")
            elif places >= 1 and _unknown_word(t, article.english):
                added[t.i] = _Mention(t.i, t.i + 1, "GPE", lowercase=True)


def _others(members: list[Token], owner: dict[int, _Mention], member: Token) -> list[str]:
    """Labels of the tagged list members other than `member`."""
    return [owner[t.i].label for t in members if t.i != member.i and t.i in owner]


def _odd_place(mention: _Mention, others: list[str]) -> bool:
    """A one-word non-place among at least two places, outnumbered by them."""
    if mention.label in PLACES or mention.label == "NORP" or mention.end - mention.start > 1:
        return False
    places = sum(1 for label in others if label in PLACES)
    own = sum(1 for label in others if label == mention.label)
    return places >= 2 and places > own


def _propagate(
    mentions: list[_Mention], owner: dict[int, _Mention], added: dict[int, _Mention], article: _Article
) -> None:
    """Other occurrences of a one-word name the article uses: "tallinn" once found is tallinn everywhere;
    "Jones" untagged after "Ann Jones" is Jones."""
    doc = article.doc
    labels: dict[str, str] = {}
    families: set[str] = set()
    for m in [*mentions, *added.values()]:
        if m.end - m.start == 1:
            labels.setdefault(doc[m.start].lower_, m.label)
        elif m.label == "PERSON":
            labels.setdefault(doc[m.end - 1].lower_, "PERSON")
            families.add(doc[m.end - 1].text)
    covered = {i for m in added.values() for i in range(m.start, m.end)}  # "MV Xship" holds "Xship"
    for token in doc:
        label = labels.get(token.lower_)
        if label is None or token.i in owner or token.i in added or token.i in covered:
            continue
        if token.is_lower and label in PLACES and _unknown_word(token, article.english):
            added[token.i] = _Mention(token.i, token.i + 1, label, lowercase=True)
        elif _family_name_opening(token, families, article) or (
            not token.is_lower and _untagged_name(token, article) and not _fragment_token(token)
        ):
            possessive = token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"
            added[token.i] = _Mention(token.i, token.i + 1, label, possessive=possessive)


def _family_name_opening(token: Token, families: set[str], article: _Article) -> bool:
    """A person's family name as the subject or possessor that opens a sentence ("Jones welcomed
    ...", "Jones's team"), which the tagger reads as a common noun when it is also one ("Rice")."""
    return (
        token.text in families
        and token.is_sent_start
        and token.dep_ in {"nsubj", "nsubjpass", "poss"}
        and not article.heading[token.i]
    )


def _fragment_token(token: Token) -> bool:
    return _fragment(_Mention(token.i, token.i + 1, ""), token.doc)


# -- grouping mentions into entities ----------------------------------------------------------


def _votes(mentions: list[_Mention]) -> dict[str, float]:
    """Each label's weight over the mentions, in the order the labels first occur."""
    votes: dict[str, float] = {}
    for m in mentions:
        # The model types possessives as organisations ("Smith's director"): they barely vote.
        weight = 2.0 if m.honorific else 0.1 if m.split else 0.25 if m.possessive else 1.0
        votes[m.label] = votes.get(m.label, 0.0) + weight
    return votes


def _vote(mentions: list[_Mention]) -> str:
    """The label most of the mentions carry; ties go to the earliest mention's label."""
    votes = _votes(mentions)
    return max(votes, key=lambda label: votes[label])


class _Group:
    """Mentions of one entity in one article."""

    def __init__(self, mention: _Mention, words: list[str], full: bool) -> None:
        self.mentions = [mention]
        self.words = words  # folded words of the group's key
        # Written in several words: "Acme Inc." is a full name though its key is one word.
        self.full = full

    def vote(self) -> str:
        return _vote(self.mentions)

    def absorb(self, other: _Group) -> None:
        self.mentions.extend(other.mentions)
        self.full = self.full or other.full


class _Hosts:
    """Multi-word groups indexed by the one-word forms that may stand for them in the article."""

    def __init__(self, full: list[_Group], doc: Doc) -> None:
        self.family: dict[str, list[_Group]] = defaultdict(list)  # last word of a person's name
        self.given: dict[str, list[_Group]] = defaultdict(list)  # first word of a person's name
        self.org_last: dict[str, list[_Group]] = defaultdict(list)
        self.org_first: dict[str, list[_Group]] = defaultdict(list)
        self.initials: dict[str, list[_Group]] = defaultdict(list)
        self.vessel: dict[str, list[_Group]] = defaultdict(list)  # a ship's name without its prefix
        self.event_last: dict[str, list[_Group]] = defaultdict(list)  # "Tsunami" of "Xland Tsunami"
        self.org_after_of: dict[str, list[_Group]] = defaultdict(list)  # "Zed" of "Order of Zed"
        for g in full:
            label = g.vote()
            if label == "VEHICLE" and len(g.words) == 2:
                self.vessel[g.words[1]].append(g)
            elif label == "EVENT":
                self.event_last[g.words[-1]].append(g)
            if label == "PERSON":
                self.family[g.words[-1]].append(g)
                self.given[g.words[0]].append(g)
            elif label == "ORG":
                # "Acme" does not shorten "Office for Acme": a name after a preposition is another.
                if len(g.words) < 2 or g.words[-2] not in _PREPOSITIONS:
                    self.org_last[g.words[-1]].append(g)
                elif g.words[-2] == "of" and len(g.words) == 3:
                    self.org_after_of[g.words[-1]].append(g)
                self.org_first[g.words[0]].append(g)
            if label in {"ORG", "GPE", "LOC", "FAC"}:
                longest = _longest_text(g, doc)
                self.initials[names.acronym(longest)].append(g)
                if (linked := names.linked_acronym(longest)) != names.acronym(longest):
                    self.initials[linked].append(g)

    def host(self, short: _Group, doc: Doc) -> _Group | None:
        """The one full-name group a one-word group shortens, or None when none or several do.

        A surname joins the person it ends ("Jones" -> "Ann Jones") whatever the model typed
        it as, unless it is mostly typed a place; two people with that surname leave it alone. A
        one-word person with no such surname may be the first name of exactly one person ("Steve").
        A one-word organisation joins the one organisation it ends ("Times" -> "New York Times"),
        else the one it starts ("NPD" -> "NPD Group"), else the one it abbreviates.
        """
        word, label = short.words[0], short.vote()
        if self.vessel.get(word):
            return _only(self.vessel[word])  # "the Xship" after "MV Xship"
        if label == "EVENT" and self.event_last.get(word):
            return _only(self.event_last[word])
        if self.family.get(word) and label not in PLACES:
            return _only(self.family[word])
        if label == "PERSON" and self.given.get(word):
            return _only(self.given[word])
        text = doc[short.mentions[0].start : short.mentions[0].end].text
        # A country's name starting an organisation's ("Xland Drydock Company") says where it is.
        country = places.country(text, abbreviations=False) is not None
        if label == "ORG" and (self.org_last.get(word) or (self.org_first.get(word) and not country)):
            return _only(self.org_last.get(word) or self.org_first[word])
        if names.written_as_acronym(text) and label not in {"PERSON", "NORP"}:
            return _only(self.initials.get(names.name_key(text), []))
        if self.org_after_of.get(word) and _short_for_body(short, text, label, doc):
            return _only(self.org_after_of[word])
        return None


def _short_for_body(short: _Group, text: str, label: str, doc: Doc) -> bool:
    """Whether a one-word name after "of" in an organisation's name ("Zed" of "Order of Zed")
    stands for that organisation here. Mostly it is another thing ("Defence" of "Ministry of
    Defence"), but where the article has it say, do or own things ("Zed accused ...", "Zed's
    statement") it is the body's short name, whether the model typed it an organisation or an
    unknown place; a known place that speaks is its government ("Bank of Xland" / "Xland said")."""
    if label not in {"ORG", *PLACES} or places.kind(text):
        return False
    return _acts(short, doc)


def _fragment_group(group: _Group, doc: Doc) -> bool:
    """A one-word group no full name took, of one or two letters not written as an acronym ("Vy"):
    a piece of a word, not a name."""
    if group.full or len(group.words) != 1:
        return False
    text = doc[group.mentions[0].start : group.mentions[0].end].text
    return len(text) <= 2 and not text.isupper()


def _only(groups: list[_Group]) -> _Group | None:
    return groups[0] if len(groups) == 1 else None


def _group(mentions: list[_Mention], doc: Doc) -> list[_Group]:
    """Mentions with one key form one group; then short forms join the one full name they shorten."""
    by_key: dict[str, _Group] = {}
    for m in mentions:
        text = doc[m.start : m.end].text
        if m.country:
            text = places.country_name(m.country)  # "Syrian" is a mention of Syria
        text = m.named or text  # "the mine in Xville" is a mention of the Xville mine
        key = names.translit_key(org_names.domain_owner(text) or text)  # "Acme.com" is Acme
        if not key:
            continue
        group = _Group(m, key.split(), len(names.name_key(text).split()) > 1)
        if key in by_key:
            by_key[key].absorb(group)
        else:
            by_key[key] = group
    groups = _merge_middle_names(list(by_key.values()))
    hosts = _Hosts([g for g in groups if len(g.words) > 1], doc)
    kept = []
    for g in groups:
        host = hosts.host(g, doc) if not g.full else None
        if host is not None:
            host.absorb(g)
        elif not _fragment_group(g, doc):
            kept.append(g)
    return sorted(kept, key=lambda g: min(m.start for m in g.mentions))


def _merge_middle_names(groups: list[_Group]) -> list[_Group]:
    """A person's name with middle names ("Ann Marie Lou Smith") and the same name without them
    ("Ann Smith") in one article are one person: same first and last word, the shorter's words
    all in the longer in order. Two longer names that both fit leave the shorter alone."""
    people = [g for g in groups if len(g.words) > 1 and g.vote() == "PERSON"]
    if len(people) < 2:
        return groups
    merged: set[int] = set()
    for short in people:
        longer = [
            g
            for g in people
            if len(g.words) > len(short.words)
            and g.words[0] == short.words[0]
            and g.words[-1] == short.words[-1]
            and _in_order(short.words, g.words)
        ]
        if len(longer) == 1:
            longer[0].absorb(short)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


def _in_order(words: list[str], within: list[str]) -> bool:
    rest = iter(within)
    return all(word in rest for word in words)


def _longest_text(group: _Group, doc: Doc) -> str:
    return max((doc[m.start : m.end].text for m in group.mentions), key=lambda t: len(t.split()))


def _group_type(group: _Group, doc: Doc) -> str:
    """The type voted by the group's mentions, corrected by what its names are
    (entity_types.decide); a person's full name types its short forms."""
    full = [m for m in group.mentions if m.end - m.start > 1]
    if any(m.label == "VEHICLE" for m in full):
        return "VEHICLE"  # a ship's prefix says what the name is, whatever its bare uses say
    honorific = any(m.honorific for m in group.mentions)
    if not honorific and any(org_names.has_institution_head(doc[m.start : m.end].text) for m in full):
        return "ORG"  # "the Ali Hassan Brigades": its head says what it is, not its first words
    if full and _vote(full) == "PERSON":
        return "PERSON"
    votes = _votes(group.mentions)
    label = max(votes, key=lambda label: votes[label])
    # A one-word "person" the article never introduces by full name, cited as a source, is an
    # outlet: news style introduces people by full name ("According to Politico").
    unintroduced = label == "PERSON" and not full and all(not m.honorific for m in group.mentions)
    if unintroduced and any(_according_to(doc[m.start]) for m in group.mentions):
        return "ORG"
    if label in PLACES and _cited_unknown_place(group, doc):
        return "ORG"
    if label in _GROUP_TYPOS and not any(m.honorific for m in group.mentions) and _named_group(group, doc):
        return "ORG"  # "the group Acmeists": a body of people, whatever word names it
    if label == "WORK_OF_ART" and "PERSON" in votes and _speaks(group, doc):
        return "PERSON"  # a quoted name that speaks ("a 'Lou' responded") is a person, not a title
    if "PRODUCT" in votes and label != "PRODUCT" and not _acts(group, doc):
        return "PRODUCT"  # words around one mention mark a product; none makes it an agent
    forms = [doc[m.start : m.end].text for m in group.mentions]
    return entity_types.decide(votes, forms, honorific=any(m.honorific for m in group.mentions))


# Types the model gives a group's name when the name is an ordinary word or phrase.
_GROUP_TYPOS = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "FAC"})


def _named_group(group: _Group, doc: Doc) -> bool:
    """A name the article calls a group of people ("the group Acmeists", "members of Acmeists"),
    unless the model read one of its forms as a person's full name."""
    if any(m.label == "PERSON" and _person_like(doc[m.start : m.end].text) for m in group.mentions):
        return False
    return any(
        name_context.group_cue(doc, m.start, m.end) or name_context.organisation_cue(doc, m.start, m.end)
        for m in group.mentions
    )


def _person_like(text: str) -> bool:
    return person_names.person_shape(text) or person_names.is_given_name(text)


def _stray_word(group: _Group, article: _Article) -> bool:
    """A "person" that is one capitalised English word ("Bad" of "Bad weather", "White"), never
    introduced by a full name or a form of address, never acting, and no known given name: a
    word the model read as a name."""
    if group.vote() != "PERSON" or group.full or any(m.honorific for m in group.mentions):
        return False
    doc, lexicon = article.doc, article.english
    token = doc[group.mentions[0].start]
    return (
        bool(lexicon)
        and all(m.end - m.start == 1 and m.label == "PERSON" for m in group.mentions)
        and token.lower_ in lexicon
        and not person_names.is_given_name(token.text)
        and not any(
            name_context.agent_cue(doc, m.start, m.end, name_context.HUMAN_VERBS) or m.possessive
            for m in group.mentions
        )
        and not _named_group(group, doc)
    )


def _speaks(group: _Group, doc: Doc) -> bool:
    return any(name_context.agent_cue(doc, m.start, m.end, name_context.HUMAN_VERBS) for m in group.mentions)


def _acts(group: _Group, doc: Doc) -> bool:
    return any(name_context.agent_cue(doc, m.start, m.end) or m.possessive for m in group.mentions)


def _cited_unknown_place(group: _Group, doc: Doc) -> bool:
    """A "place" no gazetteer knows that is cited as a source ("according to X", "X reported") or
    named as an organisation ("the X news service"): a news agency or an outlet. A known place that "says" is its government and stays a place."""
    texts = {doc[m.start : m.end].text for m in group.mentions}
    if any(places.kind(t) for t in texts):
        return False
    return any(
        _according_to(doc[m.end - 1])
        or name_context.agent_cue(doc, m.start, m.end)
        or name_context.organisation_cue(doc, m.start, m.end)  # "the Acmewire news service"
        for m in group.mentions
    )


def _according_to(token: Token) -> bool:
    head = token.head
    return head.lower_ == "to" and head.i > 0 and token.doc[head.i - 1].lower_ == "according"


def _to_group(group: _Group, article: _Article) -> EntityGroup:
    doc = article.doc
    mentions = sorted(group.mentions, key=lambda m: m.start)
    forms = [m.named or doc[m.start : m.end].text for m in mentions]
    type_ = _group_type(group, doc)
    name = _display(_best_form([org_names.domain_owner(f) or f for f in forms]))
    if any(m.the and doc[m.start : m.end].text == name for m in mentions):
        name = f"The {name}"
    linked = [m.country for m in mentions if m.country]
    country = next((c for f in forms if (c := places.country(f))), None) if type_ in PLACES else None
    country = country or (linked[0] if linked and type_ in PLACES else None)
    if country is not None:
        # A country goes by its common name whatever form the article used ("U.K." -> "United
        # Kingdom"), so every form of it meets the same entity.
        name = places.country_name(country)
    aliases = _aliases(name, mentions, forms)
    # A facility is also looked up without its noun ("the X Gardens hotel" as "X Gardens").
    aliases += [
        b for m in mentions if m.bare_end > 0 and (b := doc[m.start : m.bare_end].text) not in aliases
    ]
    # ... and by the phrase that named it and the site's name ("the mine in Xville", "Xville").
    aliases += [a for m in mentions for a in dict.fromkeys([m.phrase, m.site]) if a and a not in aliases]
    aliases += [a for a in _short_names(name, type_, forms) if a not in aliases]
    if type_ == "ORG":
        aliases += [a for a in _definite_heads(name, mentions, doc) if a not in aliases]
    return EntityGroup(
        name=name,
        type=type_,
        aliases=aliases,
        mentions=_mentions(mentions, article),
    )


def _short_names(name: str, type_: str, forms: list[str]) -> list[str]:
    """Names readers also use: a ship's name without its prefix ("MV Xship" -> "Xship"), an
    organisation's without its legal form ("Acme Widgets Inc." -> "Acme Widgets") or without the
    country before a national body's name."""
    out = []
    for form in dict.fromkeys([name, *forms]):
        words = form.split()
        if type_ == "VEHICLE" and len(words) > 1 and words[0] in VESSEL_PREFIXES:
            out.append(" ".join(words[1:]))
        elif type_ == "ORG" and org_names.has_legal_form(form):
            out.append(org_names.core(form))
        elif type_ == "ORG" and (body := _national_body(words)):
            out.append(body)
    return out


def _definite_heads(name: str, mentions: list[_Mention], doc: Doc) -> list[str]:
    """The first word of an organisation's name used alone after "the" ("the Order" for "Order of
    Zed"): readers look the body up by that definite short form too."""
    head = name.split()[0] if len(name.split()) > 1 else ""
    return list(
        dict.fromkeys(
            f"the {doc[m.start].text}"
            for m in mentions
            if m.end - m.start == 1
            and m.start > 0
            and doc[m.start - 1].lower_ == "the"
            and doc[m.start].text == head
        )
    )


def _national_body(words: list[str]) -> str:
    """A national agency's name without its country ("Xland Mine Safety Administration" -> "Mine
    Safety Administration"), which is how the country's own press names it; only when the rest is
    a name of organisation form of three words or more."""
    for n in range(1, min(3, len(words) - 3) + 1):
        rest = " ".join(words[n:])
        if places.country(" ".join(words[:n]), abbreviations=False) and org_names.has_org_form(rest):
            return rest
    return ""


def _best_form(forms: list[str]) -> str:
    """The fullest form: most words, then most used; a capitalised spelling over a lowercase one."""
    counts = Counter(forms)
    return max(counts, key=lambda f: (len(f.split()), not f.islower(), counts[f]))


def _display(form: str) -> str:
    return form.title() if form.islower() else form


def _aliases(name: str, mentions: list[_Mention], forms: list[str]) -> list[str]:
    """Every form the article uses, stripped, and its forms of address ("Mr. Smith")."""
    seen = dict.fromkeys([name, *forms])  # a web address stays an alias of the name it stands for
    for m, form in zip(mentions, forms, strict=True):
        if m.honorific:
            seen[f"{m.honorific} {form}"] = None
        if m.the:
            seen[f"The {form}"] = None
        if m.lowercase:
            seen[_display(form)] = None
    return list(seen)


def _add_family_names(groups: list[EntityGroup]) -> None:
    """Give each person's full name its family name as an alias, which is how readers look people
    up, unless two people in the article share it (then the family name alone names neither)."""
    people = [g for g in groups if g.type == "PERSON" and len(g.name.split()) > 1]
    counts = Counter(names.family_key(g.name) for g in people)
    for g in people:
        family = names.family_name(g.name)
        if counts[names.family_key(g.name)] == 1 and family not in g.aliases:
            g.aliases.append(family)


def _mentions(mentions: list[_Mention], article: _Article) -> list[Mention]:
    doc, out, seen = article.doc, [], set()
    for m in mentions:
        span = doc[m.start : m.end]
        if (span.start_char, span.end_char) in seen:
            continue
        seen.add((span.start_char, span.end_char))
        sentence = article.sentence(span.start_char)
        out.append(Mention(start=span.start_char, end=span.end_char, text=span.text, sentence=sentence))
    return out
