"""The model's name spans cleaned: cut, stripped, joined, extended and retyped."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from service.pipeline import names, person_names, places
from service.pipeline.entities.mention import ArticleFacts, NameSpan, is_separator
from service.pipeline.entities.retyping import dotted_country
from service.pipeline.entities.words import (
    DESCRIBED_LABELS,
    DETERMINERS,
    HONORIFICS,
    NEGATIONS,
    OFFICE_WORDS,
    PERSON_ONLY_TITLES,
    POSSESSIVES,
    PREPOSITIONS,
    ROLE_NOUNS,
    TIMEZONES,
    TITLE_WORDS,
    TRAILING,
)
from service.pipeline.lexicon import AGENT_NOUN_ENDINGS, FAME_NOUNS
from service.pipeline.wordlists import GENERATIONAL, PAGE_FURNITURE


def clean_span(span: Span, article: ArticleFacts) -> Iterator[NameSpan]:
    """Cut a model span at separators, strip what is not the name, drop what is not a name."""
    pieces = [
        cut
        for start, end in _pieces(span)
        for cut in _role_split(
            span.doc, start, end, _titled_person(span.doc, start, end, span.label_, article)
        )
    ]
    for start, end, label in pieces:
        mention = _strip(span.doc, start, end, label, article.nouns)
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


def _titled_person(doc: Doc, start: int, end: int, label: str, article: ArticleFacts) -> str:
    """The label of a name the model typed as something else though a title only a person holds
    opens it ("Archbishop Emeric Vaudrell" as an organisation): a person, when two or three
    capitalised words follow and the last is no English word ("Cardinal Newman Academy" stays a
    school, "Bishop Museum" a museum)."""
    if label == "PERSON" or end - start not in (3, 4):
        return label
    first, rest = doc[start], doc[start + 1 : end]
    if not first.is_title or first.lower_ not in PERSON_ONLY_TITLES:
        return label
    if not all(t.text[:1].isupper() and not t.is_upper for t in rest) or rest[-1].lower_ in article.english:
        return label
    return "PERSON"


def _pieces(span: Span) -> Iterator[tuple[int, int]]:
    """Token ranges of a span between separators: "GMT - Paris", "AP\\nJones" are two items."""
    doc, start = span.doc, span.start
    for token in span:
        if is_separator(token, doc):
            if token.i > start:
                yield start, token.i
            start = token.i + 1
    if span.end > start:
        yield start, span.end


def _strip(
    doc: Doc, start: int, end: int, label: str, nouns: frozenset[str] = frozenset()
) -> NameSpan | None:
    """Drop leading articles, titles and descriptors, trailing punctuation and possessives."""
    possessive, inner = False, -1
    for i in range(start, end):
        if (doc[i].text in POSSESSIVES or doc[i].tag_ == "POS") and not _inner_apostrophe(doc, i):
            if i + 1 < end and doc[i + 1].is_title and i > start:
                inner = i  # "Miller's Gazette", "Traders' Square": maybe the name's own; confirmed later
                break
            end, possessive = i, True  # a name ends at its possessive: "Smith’s Call" -> "Smith"
            break
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (doc[end - 1].lower_ in TRAILING and end - start > 1)
    ):
        end -= 1
    the = False
    while end - start > 1 and (
        doc[start].lower_ in DETERMINERS
        or doc[start].is_punct
        or (doc[start].is_lower and doc[start].lower_ in NEGATIONS)
    ):
        the = doc[start].text == "The" and not doc[start].is_sent_start
        start += 1
    start = _after_office(doc, start, end)
    if label in DESCRIBED_LABELS:
        start = _after_descriptor(doc, start, end, nouns)
    if end <= start:
        return None
    honorific = ""
    if label == "PERSON" or _honorific(doc[start]):
        start, honorific = _strip_titles(doc, start, end)
    if not honorific and start > 0 and _honorific(doc[start - 1]):
        honorific = doc[start - 1].text
    if end < len(doc) and (doc[end].text in POSSESSIVES or doc[end].tag_ == "POS"):
        possessive = True
    the = the and label in {"ORG", "WORK_OF_ART", "FAC"}
    mention = NameSpan(start, end, "PERSON" if honorific else label, honorific, possessive, the=the)
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
        if doc[i].lower_ in PREPOSITIONS:
            words = doc[start:i]
            if len(words) > 1 and _office_phrase(words) and doc[i + 1].text[:1].isupper():
                return i + 1
            break
    return start


def _after_descriptor(doc: Doc, start: int, end: int, nouns: frozenset[str]) -> int:
    """Where the name starts in "Carmaker Gramont said" or "Striker Kade Obi has joined": after a
    common noun for what the named one is, capitalised only because it opens the sentence. News
    style puts one there ("Retailer X", "Rapper X"); kept, it makes "Carmaker Gramont" and
    "Gramont" two entities. Only an agent noun ("striker", "carmaker", "retailer") or a noun of
    fame, never an adjective ("General Motors"), a given name ("Hunter Biden", "Walker Hayes") or a
    word before another common noun ("Consumer Reports") is taken for one."""
    if end - start < 2 or not nouns:
        return start
    first, rest = doc[start], doc[start + 1]
    opens = first.is_sent_start or (start > 0 and doc[start - 1].is_sent_start and doc[start - 1].is_punct)
    word = first.lower_
    if not (opens and first.is_title and rest.text[:1].isupper()) or word not in nouns:
        return start
    if not (word.endswith(AGENT_NOUN_ENDINGS) or word in FAME_NOUNS) or person_names.is_given_name(word):
        return start
    follower = rest.lower_
    if follower in nouns or (follower.endswith("s") and follower[:-1] in nouns):
        return start
    return start + 1


def _office_phrase(tokens: Iterable[Token]) -> bool:
    return all(t.lower_ in OFFICE_WORDS for t in tokens)


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


def _is_name(mention: NameSpan, article: ArticleFacts) -> bool:
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
    return not _glued(mention, doc) and not is_fragment(mention, doc)


def _common_word(token: Token) -> bool:
    """A stop word is no name, but an acronym spelled like one is ("US", "IT")."""
    return token.is_stop and not token.is_upper


def _unit(token: Token) -> bool:
    """A short all-caps word next to a number is a unit or currency ("16 GB", "USD 599")."""
    doc, i = token.doc, token.i
    near = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    return token.is_upper and len(token) <= 4 and any(t.like_num for t in near)


def _glued(mention: NameSpan, doc: Doc) -> bool:
    """A span that starts inside a word ("GB" of "30GB") is a piece of that word, not a name."""
    i = mention.start
    return i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text[-1:].isalnum()


def _is_office(doc: Doc, mention: NameSpan) -> bool:
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


def _compound(mention: NameSpan, doc: Doc) -> tuple[int, int]:
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


def is_fragment(mention: NameSpan, doc: Doc) -> bool:
    """A piece of a hyphenated name joined by a lowercase word ("Stratford" of "Stratford-upon-Avon").

    Such compounds are place names; the model's piece of one names nothing. A plain hyphenated
    modifier ("US-led") is kept.
    """
    left, right = _compound(mention, doc)
    if (left, right) == (mention.start, mention.end):
        return False
    parts = [doc[i] for i in range(left, right, 2)]
    return any(p.is_lower for p in parts[1:-1]) and parts[-1].text[:1].isupper()


def _whole_compound(mention: NameSpan, doc: Doc) -> NameSpan:
    """Extend a piece of a hyphenated name of capitalised parts to all of it ("Wal" -> "Wal-Mart").

    Not over a part the model names by itself: "US-China talks" are two names.
    """
    left, right = _compound(mention, doc)
    parts = [doc[i] for i in range(left, right, 2)]
    outside = [p for p in parts if not mention.start <= p.i < mention.end]
    if outside and all(p.text[:1].isupper() for p in parts) and all(p.ent_iob_ != "B" for p in outside):
        mention.start, mention.end = left, right
    return mention


def settle_possessives(mentions: list[NameSpan], article: ArticleFacts) -> list[NameSpan]:
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


def confirm_headings(mentions: list[NameSpan], article: ArticleFacts) -> list[NameSpan]:
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


def _known_keys(mentions: Iterable[NameSpan], doc: Doc) -> set[str]:
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


def split_name_pairs(mentions: list[NameSpan], doc: Doc) -> list[NameSpan]:
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
                out.append(NameSpan(m.start, cut, m.label))
                out.append(NameSpan(cut + 1, m.end, m.label, possessive=m.possessive))
                continue
        out.append(m)
    return out


def split_fused_names(mentions: list[NameSpan], doc: Doc) -> list[NameSpan]:
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
            out.append(NameSpan(m.start, last, "PERSON", m.honorific))
            out.append(NameSpan(last, m.end, other, possessive=m.possessive))
            continue
        out.append(m)
    return out


def _two_names(left: str, right: str, whole: str) -> bool:
    """Two countries or two people's full names joined by "and", the whole being no country."""
    if places.country(whole, abbreviations=False) is not None:
        return False
    countries = all(places.country(side, abbreviations=False) for side in (left, right))
    return countries or all(person_names.person_shape(side) for side in (left, right))


def split_sentence_abbreviations(mentions: list[NameSpan], doc: Doc) -> list[NameSpan]:
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
            and dotted_country(first)
            and first.text.endswith(".")
            and rest[0].text[:1].isupper()
            and names.name_key(rest.text) in known - {names.name_key(doc[m.start : m.end].text)}
        ):
            labels = {
                o.label
                for o in mentions
                if names.name_key(doc[o.start : o.end].text) == names.name_key(rest.text)
            }
            out.append(NameSpan(m.start, m.start + 1, "GPE"))
            out.append(NameSpan(m.start + 1, m.end, next(iter(labels)) if len(labels) == 1 else "PERSON"))
            continue
        out.append(m)
    return out


def join_adjacent_people(mentions: list[NameSpan], doc: Doc) -> list[NameSpan]:
    """Two person spans with only a space between them are one long name the model cut in two
    ("Ann Marie" "Lou Smith" of "Ann Marie Lou Smith"): nothing in English writes two people's
    names side by side without a comma or a word between them."""
    out: list[NameSpan] = []
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


def extend_to_given_names(mentions: list[NameSpan], article: ArticleFacts) -> list[NameSpan]:
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
