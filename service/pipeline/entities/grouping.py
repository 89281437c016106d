"""Mentions grouped per real entity: its type, fullest name, forms and mentions."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Token

from service.pipeline import entity_types, name_context, names, org_names, person_names, places
from service.pipeline import lexicon as lx
from service.pipeline.entities.mention import ArticleFacts, NameSpan
from service.pipeline.entities.words import PLACES, PREPOSITIONS, VESSEL_PREFIXES
from service.pipeline.types import EntityGroup, Mention


def _votes(mentions: list[NameSpan]) -> dict[str, float]:
    """Each label's weight over the mentions, in the order the labels first occur."""
    votes: dict[str, float] = {}
    for m in mentions:
        # The model types possessives as organisations ("Smith's director"): they barely vote.
        weight = 2.0 if m.honorific else 0.1 if m.split else 0.25 if m.possessive else 1.0
        votes[m.label] = votes.get(m.label, 0.0) + weight
    return votes


def _vote(mentions: list[NameSpan]) -> str:
    """The label most of the mentions carry; ties go to the earliest mention's label."""
    votes = _votes(mentions)
    return max(votes, key=lambda label: votes[label])


class _Group:
    """Mentions of one entity in one article."""

    def __init__(self, mention: NameSpan, words: list[str], full: bool) -> None:
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
            # A full name the model typed otherwise may still be a person's, by its given name
            # ("Oswin Carrow" typed an organisation). A place after "of" is no surname: "Quellmoor"
            # does not shorten "Bishop Ann Lee of Quellmoor".
            person = label == "PERSON" or _group_type(g, doc) == "PERSON"
            if person and g.words[-2] not in PREPOSITIONS:
                self.family[g.words[-1]].append(g)
            if person:
                self.given[g.words[0]].append(g)
            elif label == "ORG":
                # "Acme" does not shorten "Office for Acme": a name after a preposition is another.
                if len(g.words) < 2 or g.words[-2] not in PREPOSITIONS:
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
        it as, unless it is mostly typed a place and is one we know; of two people with that
        surname, the one the article named before the surname first stands alone (an obituary
        names the dead first, "his nephew, Tobias Jones" later), else neither. A
        one-word person with no such surname may be the first name of exactly one person ("Steve").
        A one-word organisation joins the one organisation it ends ("Times" -> "New York Times"),
        else the one it starts ("NPD" -> "NPD Group"), else the one it abbreviates.
        """
        word, label = short.words[0], short.vote()
        if self.vessel.get(word):
            return _only(self.vessel[word])  # "the Xship" after "MV Xship"
        if label == "EVENT" and self.event_last.get(word):
            return _only(self.event_last[word])
        text = doc[short.mentions[0].start : short.mentions[0].end].text
        if self.family.get(word) and (label not in PLACES or places.kind(text) is None):
            # (a surname the model typed a place joins the person unless it is a known place)
            return _only(self.family[word]) or _only(_introduced_before(self.family[word], short))
        if label == "PERSON" and self.given.get(word):
            return _only(self.given[word])
        # A country's name starting an organisation's ("Xland Drydock Company") says where it is.
        country = places.country(text, abbreviations=False) is not None
        if label == "ORG" and (self.org_last.get(word) or (self.org_first.get(word) and not country)):
            return _only(self.org_last.get(word) or self.org_first[word])
        if label == "PERSON" and self.org_first.get(word) and not person_names.is_given_name(text):
            # "Almaren" after "Almaren Motors": the model reads the bare word as a person, but
            # no person of the article bears it and a company's name starts with it.
            return _only(self.org_first[word])
        if names.written_as_acronym(text) and label not in {"PERSON", "NORP"}:
            return _only(self.initials.get(names.name_key(text), []))
        if self.org_after_of.get(word) and _short_for_body(short, text, label, doc):
            return _only(self.org_after_of[word])
        return None

    def compound_surname_host(self, group: _Group, doc: Doc) -> _Group | None:
        """The one person whose name a hyphenated surname written alone ends ("Lindqvist-Amoah"
        after "Yara Lindqvist-Amoah"), whatever the model typed it as: one written word, though
        its key has two."""
        text = doc[group.mentions[0].start : group.mentions[0].end].text
        if " " in text or "-" not in text:
            return None
        n = len(group.words)
        ending = [
            h
            for h in self.family.get(group.words[-1], [])
            if len(h.words) > n and h.words[-n:] == group.words
        ]
        return _only(ending)


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


def _introduced_before(groups: list[_Group], short: _Group) -> list[_Group]:
    """The groups whose first mention comes before the short group's first."""
    first = min(m.start for m in short.mentions)
    return [g for g in groups if min(m.start for m in g.mentions) < first]


def _only(groups: list[_Group]) -> _Group | None:
    return groups[0] if len(groups) == 1 else None


def group_mentions(mentions: list[NameSpan], doc: Doc) -> list[_Group]:
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
        host = hosts.host(g, doc) if not g.full else hosts.compound_surname_host(g, doc)
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
    if full and _full_name_of_a_person(full, doc, honorific):
        # "Oswin Carrow" and the bare "Carrow" after it, which the model may type a place or a
        # body sentence by sentence: the full name says what the group is
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
    if label in ("ORG", "PERSON") and not honorific and _only_near(group, doc):
        return "GPE"  # "a ravine near Xdorf": only a place is somewhere things are near
    if label in _GROUP_TYPOS and not any(m.honorific for m in group.mentions) and _named_group(group, doc):
        return "ORG"  # "the group Acmeists": a body of people, whatever word names it
    if label == "WORK_OF_ART" and "PERSON" in votes and _speaks(group, doc):
        return "PERSON"  # a quoted name that speaks ("a 'Lou' responded") is a person, not a title
    if label == "WORK_OF_ART" and _introduced_as_a_person(group, doc):
        return "PERSON"  # "striker Kade Obi remains under contract": a person, not a title
    if "PRODUCT" in votes and label != "PRODUCT" and not _acts(group, doc):
        return "PRODUCT"  # words around one mention mark a product; none makes it an agent
    forms = [doc[m.start : m.end].text for m in group.mentions]
    return entity_types.decide(
        votes,
        forms,
        honorific=any(m.honorific for m in group.mentions),
        placed=any(m.placed for m in group.mentions),
    )


def _full_name_of_a_person(full: list[NameSpan], doc: Doc, honorific: bool) -> bool:
    """Whether the group's full names alone are a person's, as `entity_types.decide` reads them."""
    forms = [doc[m.start : m.end].text for m in full]
    placed = any(m.placed for m in full)
    return entity_types.decide(_votes(full), forms, honorific=honorific, placed=placed) == "PERSON"


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


def stray_word(group: _Group, article: ArticleFacts) -> bool:
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


def _introduced_as_a_person(group: _Group, doc: Doc) -> bool:
    """A name of a person's shape (`person_names.person_shape`) written right after a noun for
    what a person does ("striker Kade Obi", "the novelist Ann Vale")."""
    return any(
        m.end - m.start > 1
        and person_names.person_shape(doc[m.start : m.end].text)
        and name_context.role_noun_before(doc, m.start)
        for m in group.mentions
    )


def _acts(group: _Group, doc: Doc) -> bool:
    return any(name_context.agent_cue(doc, m.start, m.end) or m.possessive for m in group.mentions)


def _cited_unknown_place(group: _Group, doc: Doc) -> bool:
    """A "place" no gazetteer knows that is cited as a source ("according to X", "X reported") or
    named as an organisation ("the X news service"): a news agency or an outlet. A known place that "says" is its government and stays a place."""
    texts = {doc[m.start : m.end].text for m in group.mentions}
    if any(places.kind(t) for t in texts):
        return False
    # A name the article also puts things in or at ("its plant in Lenby") acts as a place does
    # ("Lenby will close": the plant there); only speaking makes it a source.
    located = any(_located_at(doc[m.end - 1]) for m in group.mentions)
    acting = _SPEAKING if located else name_context.AGENT_VERBS
    return any(
        _according_to(doc[m.end - 1])
        or name_context.agent_cue(doc, m.start, m.end, acting)
        or name_context.organisation_cue(doc, m.start, m.end)  # "the Acmewire news service"
        for m in group.mentions
    )


# Verbs of saying: what a name must do to be a source when the article also locates things in it.
_SPEAKING = lx.ASSERT_VERBS | lx.DENY_VERBS
# Prepositions that locate something in a place.
_LOCATIVES = frozenset({"in", "at", "near", "outside"})


def _located_at(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATIVES


# Prepositions that say where something is by a place it is close to: "near X", "outside X".
_NEAR = frozenset({"near", "outside"})


def _only_near(group: _Group, doc: Doc) -> bool:
    """A one-word name every mention of which is something's whereabouts ("near Xdorf", "outside
    Xdorf"), never an actor or an owner: a town, whatever the model read."""
    return all(
        m.end - m.start == 1 and doc[m.start].dep_ == "pobj" and doc[m.start].head.lower_ in _NEAR
        for m in group.mentions
    ) and not _acts(group, doc)


def _according_to(token: Token) -> bool:
    head = token.head
    return head.lower_ == "to" and head.i > 0 and token.doc[head.i - 1].lower_ == "according"


def _product_line(group: _Group, article: ArticleFacts) -> bool:
    """A name the article also gives with a model number ("Widgetphone" beside "Widgetphone 4") is
    the product line, unless a mention of it acts or owns as an organisation does ("Zorbix said",
    "Zorbix's shares" beside "Zorbix 787": the maker)."""
    doc = article.doc
    keys = {names.name_key(doc[m.start : m.end].text) for m in group.mentions}
    return bool(keys & article.model_lines) and not _acts(group, doc)


def to_group(group: _Group, article: ArticleFacts) -> EntityGroup:
    doc = article.doc
    mentions = sorted(group.mentions, key=lambda m: m.start)
    forms = [m.named or doc[m.start : m.end].text for m in mentions]
    type_ = _group_type(group, doc)
    if type_ == "ORG" and _product_line(group, article):
        type_ = "PRODUCT"
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


def _definite_heads(name: str, mentions: list[NameSpan], doc: Doc) -> list[str]:
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
    """The fullest form: most words, then most used; a capitalised spelling over a lowercase one,
    and among forms used as often, one not in capitals ("Eskarol" over a dateline's "ESKAROL")."""
    counts = Counter(forms)
    return max(counts, key=lambda f: (len(f.split()), not f.islower(), counts[f], not f.isupper()))


def _display(form: str) -> str:
    return form.title() if form.islower() else form


def _aliases(name: str, mentions: list[NameSpan], forms: list[str]) -> list[str]:
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


def type_product_lines(groups: list[EntityGroup]) -> None:
    """A name that extends a product's name by more words ("Widgetpod Mini" beside the product
    "Widgetpod") is a product of that line, whatever the model typed it, unless its words say it
    is an organisation ("Widgetpod Inc.")."""
    products = {names.name_key(g.name) for g in groups if g.type == "PRODUCT"}
    for g in groups:
        if g.type not in ("ORG", "PERSON", "WORK_OF_ART") or org_names.has_org_form(g.name):
            continue
        words = names.name_key(g.name).split()
        if any(" ".join(words[:n]) in products for n in range(1, len(words))):
            g.type = "PRODUCT"


def add_family_names(groups: list[EntityGroup]) -> None:
    """Give each person's full name its family name as an alias, which is how readers look people
    up, unless two people in the article share it (then the family name alone names neither)."""
    people = [g for g in groups if g.type == "PERSON" and len(g.name.split()) > 1]
    counts = Counter(names.family_key(g.name) for g in people)
    for g in people:
        family = names.family_name(g.name)
        if counts[names.family_key(g.name)] == 1 and family not in g.aliases:
            g.aliases.append(family)


def _mentions(mentions: list[NameSpan], article: ArticleFacts) -> list[Mention]:
    doc, out, seen = article.doc, [], set()
    for m in mentions:
        span = doc[m.start : m.end]
        if (span.start_char, span.end_char) in seen:
            continue
        seen.add((span.start_char, span.end_char))
        sentence = article.sentence(span.start_char)
        out.append(Mention(start=span.start_char, end=span.end_char, text=span.text, sentence=sentence))
    return out
