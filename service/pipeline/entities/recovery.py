"""Names the model missed, recovered by their shape and their neighbours."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from service.pipeline import org_names, places
from service.pipeline.entities.mention import ArticleFacts, NameSpan
from service.pipeline.entities.retyping import dotted_country, extend_to_facility
from service.pipeline.entities.spans import is_fragment
from service.pipeline.entities.words import OPEN_SPACE_HEADS, PLACE_NOUNS, PLACES, ROLE_NOUNS, VESSEL_PREFIXES
from service.pipeline.wordlists import FACILITY_NOUNS


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


def recover_missed(mentions: list[NameSpan], article: ArticleFacts) -> list[NameSpan]:
    """Add and retype single-word names by the company they keep: lists of places, place nouns,
    and other occurrences of a name the article already uses."""
    doc = article.doc
    owner = _owners(mentions)
    added: dict[int, NameSpan] = {}
    _fix_lists(owner, added, article)
    for token in doc:
        if token.i in owner or token.i in added:
            continue
        if _after_place_noun(token) and (
            _unknown_word(token, article.english) or _untagged_name(token, article)
        ):
            added[token.i] = NameSpan(token.i, token.i + 1, "GPE", lowercase=token.is_lower)
        elif dotted_country(token):
            added[token.i] = NameSpan(token.i, token.i + 1, "GPE")
        elif token.text in VESSEL_PREFIXES and (end := _vessel_name_end(token, owner)) > token.i + 1:
            added[token.i] = NameSpan(token.i, end, "VEHICLE")  # "the MV Xship" the model missed
        elif token.text[:1].isupper() and org_names.domain_owner(token.text):
            added[token.i] = NameSpan(token.i, token.i + 1, "ORG")  # "Acme.com": the site's owner
        elif _untagged_major_place(token, article):
            added[token.i] = NameSpan(token.i, token.i + 1, "GPE")  # "turned out in Xville"
        elif (facility := _untagged_facility(token, article)) is not None:
            added[token.i] = facility  # "the Xville coal mine" the model missed
    for span in _untagged_institutions(doc, owner, added, article):
        added[span.start] = span
    given_names = _propagate(mentions, owner, added, article)
    kept = [m for m in mentions if m.start not in given_names]
    return sorted([*kept, *added.values()], key=lambda m: m.start)


# Prepositions after which a major place's name is that place ("gathered in Xville").
_LOCATIVE = frozenset({"in", "near", "outside", "across", "throughout"})


def _untagged_major_place(token: Token, article: ArticleFacts) -> bool:
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


def _untagged_facility(token: Token, article: ArticleFacts) -> NameSpan | None:
    """An untagged name after "the" before a facility noun it qualifies ("the Xville mine")."""
    doc, i = article.doc, token.i
    if i == 0 or doc[i - 1].lower_ != "the" or not _untagged_name(token, article) or places.kind(token.text):
        return None
    mention = NameSpan(i, i + 1, "FAC")
    extend_to_facility(mention, doc)
    return mention if mention.bare_end > 0 else None


# Prepositions that place a facility at a named site ("the mine in Xville", "the plant at Tarrow").
_FACILITY_SITE = frozenset({"in", "at", "near"})


def facility_phrases(mentions: list[NameSpan], article: ArticleFacts) -> list[NameSpan]:
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
            NameSpan(
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


def _site(doc: Doc, i: int, owner: dict[int, NameSpan], article: ArticleFacts) -> tuple[int, bool] | None:
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


def _untagged_institutions(
    doc: Doc, owner: dict[int, NameSpan], added: dict[int, NameSpan], article: ArticleFacts
) -> list[NameSpan]:
    """Capitalised names ending in a head only institutions have that the model left untagged
    ("Ogbaru Delta Refining Company signed ...": an unknown first word can hide the whole name).
    At least one proper word before the head, none of them held by another mention."""
    taken = {i for m in added.values() for i in range(m.start, m.end)}
    found: list[NameSpan] = []
    for token in doc:
        if (
            token.i in owner
            or token.i in taken
            or token.lower_ not in org_names.INSTITUTION_HEADS
            or not token.is_title
            or article.heading[token.i]
            or _before_a_role(token)
        ):
            continue  # "Deputy Energy Minister X": a portfolio in a title, no organisation
        start = token.i
        while (
            start > 0 and _proper_word(doc[start - 1]) and start - 1 not in owner and start - 1 not in taken
        ):
            start -= 1
            if doc[start].is_sent_start:
                break
        if start < token.i and org_names.has_institution_head(doc[start : token.i + 1].text):
            # (not one a rank word opens: "Deputy Energy and Mines Minister X", a portfolio)
            found.append(NameSpan(start, token.i + 1, "ORG"))
            taken.update(range(start, token.i + 1))
    return found


def _before_a_role(token: Token) -> bool:
    """The word is followed by a word of an office ("Energy Minister", "Aviation Secretary")."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ROLE_NOUNS


def _proper_word(token: Token) -> bool:
    """A capitalised word tagged a proper noun, no "The" or other stop word."""
    return token.tag_ in ("NNP", "NNPS") and token.is_alpha and token.is_title and not token.is_stop


def _vessel_name_end(prefix: Token, owner: dict[int, NameSpan]) -> int:
    """End of the capitalised words after a vessel prefix that no mention holds."""
    doc, i = prefix.doc, prefix.i + 1
    while (
        i < len(doc) and i not in owner and doc[i].is_alpha and doc[i].is_title and not doc[i].is_sent_start
    ):
        i += 1
    return i


def _owners(mentions: list[NameSpan]) -> dict[int, NameSpan]:
    return {i: m for m in mentions for i in range(m.start, m.end)}


def _untagged_name(token: Token, article: ArticleFacts) -> bool:
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


def _fix_lists(owner: dict[int, NameSpan], added: dict[int, NameSpan], article: ArticleFacts) -> None:
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
                added[t.i] = NameSpan(t.i, t.i + 1, "GPE")
            elif places >= 1 and _unknown_word(t, article.english):
                added[t.i] = NameSpan(t.i, t.i + 1, "GPE", lowercase=True)


def _others(members: list[Token], owner: dict[int, NameSpan], member: Token) -> list[str]:
    """Labels of the tagged list members other than `member`."""
    return [owner[t.i].label for t in members if t.i != member.i and t.i in owner]


def _odd_place(mention: NameSpan, others: list[str]) -> bool:
    """A one-word non-place among at least two places, outnumbered by them."""
    if mention.label in PLACES or mention.label == "NORP" or mention.end - mention.start > 1:
        return False
    places = sum(1 for label in others if label in PLACES)
    own = sum(1 for label in others if label == mention.label)
    return places >= 2 and places > own


def _propagate(
    mentions: list[NameSpan], owner: dict[int, NameSpan], added: dict[int, NameSpan], article: ArticleFacts
) -> set[int]:
    """Other occurrences of a one-word name the article uses: "tallinn" once found is tallinn everywhere;
    "Jones" untagged after "Ann Jones" is Jones, and "Hedda Jones" another of the family. Returns
    where the model's one-word mentions stood that are now given names of such a family name."""
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
    given_names: set[int] = set()
    for token in doc:
        label = labels.get(token.lower_)
        if label is None or token.i in owner or token.i in added or token.i in covered:
            continue
        if token.is_lower and label in PLACES and _unknown_word(token, article.english):
            added[token.i] = NameSpan(token.i, token.i + 1, label, lowercase=True)
        elif _family_name_opening(token, families, article) or (
            not token.is_lower and _untagged_name(token, article) and not _fragment_token(token)
        ):
            possessive = token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"
            start = token.i
            if (
                label == "PERSON"
                and token.text in families
                and _given_name_before(token, owner, added, article)
            ):
                start -= 1  # "Hedda Brask" the model missed beside "Jon Brask": another of the family
                added.pop(start, None)  # a one-word name there (carried, or the model's) is her given name
                if start in owner:
                    given_names.add(start)
            added[start] = NameSpan(start, token.i + 1, label, possessive=possessive)
    return given_names


def _given_name_before(
    token: Token, owner: dict[int, NameSpan], added: dict[int, NameSpan], article: ArticleFacts
) -> bool:
    """Whether the family name is led by a given name: a capitalised proper noun that is no
    English word ("Judge", "President", "Mrs" are), held by no name longer than itself (the model
    may type "Amalia" a place on its own: before the family name "Rusk" it is her given name)."""
    if token.i == 0:
        return False
    given = token.doc[token.i - 1]
    held = owner.get(given.i) or added.get(given.i)
    return (
        (held is None or held.end - held.start == 1)
        and _untagged_name(given, article)
        and given.text.istitle()  # not a dateline's "KELL"
        and given.lower_ not in article.english
        and not _fragment_token(given)
    )


def _family_name_opening(token: Token, families: set[str], article: ArticleFacts) -> bool:
    """A person's family name as the subject or possessor that opens a sentence ("Jones welcomed
    ...", "Jones's team"), which the tagger reads as a common noun when it is also one ("Rice")."""
    return (
        token.text in families
        and token.is_sent_start
        and token.dep_ in {"nsubj", "nsubjpass", "poss"}
        and not article.heading[token.i]
    )


def _fragment_token(token: Token) -> bool:
    return is_fragment(NameSpan(token.i, token.i + 1, ""), token.doc)
