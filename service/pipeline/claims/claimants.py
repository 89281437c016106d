"""Who a claim is credited to: joint speakers, offices, descriptions and their antecedents."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline import org_names
from service.pipeline.claims.context import (
    HYPHENS,
    NAMED_WINDOW_SENTENCES,
    ROLE_WINDOW_SENTENCES,
    SPEAKER_DROP_DEPS,
    SPOKEN_FOR_TYPES,
    Context,
    resolve_pronoun,
)
from service.pipeline.claims.falsity import direct_object
from service.pipeline.names import HONORIFICS
from service.pipeline.statements.index import (
    DocIndex,
    children,
    head,
    text_of,
)
from service.pipeline.statements.participants import misattached_appositions


def joint_speakers(tok: Token, idx: DocIndex) -> list[Token]:
    """Speakers coordinated with `tok` ("A and B denied", "A, B and C said"), each a claimant of
    its own; words of one name ("Marks and Spencer" as one organisation) are not split."""
    found: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in children(idx, t):
            if c.dep_ != "conj" or c.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            if idx.group_of[c.i] >= 0 and idx.group_of[c.i] == idx.group_of[tok.i]:
                continue
            if idx.group_of[c.i] < 0 and c.pos_ == "PROPN" and t.pos_ == "PROPN" and idx.group_of[t.i] < 0:
                continue  # two capitalised words no entity covers may be one name
            found.append(c)
            stack.append(c)
    return sorted(found, key=lambda t: t.i)


def paired_speakers(tok: Token, idx: DocIndex) -> list[Token]:
    """The two parties a speaker of two of a kind stands for ("the two leaders said", "both
    countries argue", "the governments of both nations argue", and "both have rejected it" and
    the "they" just after it, of whichever one kind names a pair): the last two named entities of that kind in the
    sentences before (ROLE_WINDOW_SENTENCES), when they are the only two there or the latest was
    named together with the other ("A and B"); else none, and the phrase speaks as written."""
    if _both_of_them(tok, idx):
        # Two people, two organisations or two countries: whichever kind names a pair just before.
        pairs = [pair for kind in _BOTH_KINDS if (pair := _last_two(tok, kind, idx, BOTH_WINDOW_SENTENCES))]
        return pairs[0] if len(pairs) == 1 else []
    noun = tok
    if not _two_of_a_kind(noun, idx):
        inner = [
            g for c in children(idx, tok) if c.dep_ == "prep" and c.lower_ == "of" for g in children(idx, c)
        ]
        noun = next((g for g in inner if g.dep_ == "pobj" and _two_of_a_kind(g, idx)), None)
        if noun is None:
            return []
    return _last_two(tok, lx.PAIR_NOUNS[noun.lemma_.lower()], idx)


# The kinds of party a bare "both" or "they" may stand for two of, and how many sentences back
# the pair may be named (a heading or two may stand between: "WHAT DO THEY SAY?").
_BOTH_KINDS = ("PERSON", "ORG", "GPE")
BOTH_WINDOW_SENTENCES = 5


def _both_of_them(tok: Token, idx: DocIndex) -> bool:
    """ "Both have rejected the report", or "they" just after it ("In a joint statement they
    said"): the two named just before, speaking together."""
    if tok.lower_ == "both" and tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.lower_ != "they":
        return False
    sentence = idx.sent_of[tok.i]
    for i in range(tok.i - 1, -1, -1):
        if sentence - idx.sent_of[i] > 1:
            return False
        t = idx.tokens[i]
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PRON", "NOUN", "PROPN", "DET"):
            return t.lower_ == "both"  # the subject before "they" is "both", else it says nothing
    return False


def _last_two(tok: Token, kind: str, idx: DocIndex, window: int = ROLE_WINDOW_SENTENCES) -> list[Token]:
    """The last two named entities of `kind` in the `window` sentences before `tok`, when they are
    the only two there, else the latest two named together ("A and B"); else none."""
    latest: dict[int, Token] = {}  # entity group -> its latest token before the speaker
    for i in range(tok.i - 1, -1, -1):
        if idx.sent_of[tok.i] - idx.sent_of[i] > window:
            break  # a bounded look back keeps a long text of such speakers linear
        g = idx.group_of[i]
        if g >= 0 and g not in latest and idx.groups[g].type == kind and not idx.tokens[i].is_punct:
            latest[g] = idx.tokens[i]
    found = list(latest.values())
    if len(found) == 2:
        return sorted(found, key=lambda t: t.i)
    if len(found) > 2:
        # More than two of the kind: the latest pair named together ("A and B"), two and no more.
        for named in found:
            members = _coordination(named, idx)
            groups = {idx.group_of[m.i] for m in members}
            if len(members) == 2 and len(groups) == 2 and groups <= latest.keys():
                return sorted((latest[g] for g in groups), key=lambda t: t.i)
    return []


def _two_of_a_kind(noun: Token, idx: DocIndex) -> bool:
    """A plural pair noun counted as two and named before: "both leaders", "the two countries";
    not "two government officials said", which brings in two people not named."""
    if noun.lemma_.lower() not in lx.PAIR_NOUNS or noun.tag_ not in ("NNS", "NNPS"):
        return False
    words = [c for c in children(idx, noun) if c.dep_ in ("det", "predet", "nummod", "preconj")]
    if not any(c.lower_ in lx.PAIR_WORDS for c in words):
        return False
    return any(c.lower_ in _BACK_POINTING for c in words)


# Words by which a pair noun points back at two parties named before: "the two", "both", "these two".
_BACK_POINTING = frozenset({"the", "both", "these", "those", "their", "its"})


def _coordination(tok: Token, idx: DocIndex) -> list[Token]:
    """The speakers `tok`'s name is listed with, its own first ("A and B", `joint_speakers`)."""
    first = tok
    while first.dep_ in ("compound", "flat") and head(idx, first) is not None:
        first = head(idx, first)  # the name's head
    # The parser hangs a list's second name on the first as an apposition ("A, B and C").
    while first.dep_ in ("conj", "appos") and head(idx, first) is not None:
        first = head(idx, first)
    return [first, *joint_speakers(first, idx)]


def speaker_phrase(tok: Token, idx: DocIndex) -> str:
    """The speaker as named: the noun phrase without relative clauses, appositions or the
    speakers coordinated with it; a name keeps its hyphens ("Al-Marzeda") and loses an article
    that is not part of it ("the BBC", 'a "Laetitia"')."""
    split = {c.i for c in joint_speakers(tok, idx)}
    keep, stack = [], [tok]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(
            c
            for c in children(idx, t)
            if (c.dep_ not in SPEAKER_DROP_DEPS or _inner_hyphen(c, idx) or _close_apposition(t, c, idx))
            and not _is_example(c, idx)
            and not _when_spoken(c, idx)
            and not (c.is_quote and c.dep_ != "case")  # "the miners' union" keeps its possessive
            and c.i not in split
            and not (split and c.dep_ == "cc")
        )
    keep.extend(_split_off_name(tok, idx))
    keep.sort(key=lambda t: t.i)
    while len(keep) > 1 and (keep[0].dep_ == "preconj" or (split and keep[0].lower_ in ("both", "either"))):
        keep = keep[1:]  # "both the BBC and X said": "both" belongs to the pair, not to a name
    article = keep[0].text in ("the", "a", "an", "A", "An")  # "The Times" may be the name itself
    if len(keep) > 1 and keep[0].dep_ == "det" and article and _is_name(tok, idx):
        keep = keep[1:]
    while len(keep) > 1 and keep[0].lower_.rstrip(".") in HONORIFICS and keep[1].pos_ == "PROPN":
        keep = keep[1:]  # "Dr. Ann Smith": the name, as the entity step writes it
    while len(keep) > 1 and (keep[-1].dep_ == "cc" or keep[-1].is_punct):
        keep = keep[:-1]  # "a video, and": a conjunction whose other half was dropped
    # Words that met across a dropped comma still need a space between them.
    return "".join(
        t.text + (t.whitespace_ or (" " if n < len(keep) and keep[n].i != t.i + 1 else ""))
        for n, t in enumerate(keep, start=1)
    ).strip()


def _close_apposition(noun: Token, name: Token, idx: DocIndex) -> bool:
    """A name right after the noun it names, with no comma: "the rail operator Nordrail" is one
    phrase (", Nordrail," after a speaker is an aside and dropped)."""
    return (
        name.dep_ == "appos"
        and noun.i < name.i
        and idx.group_of[name.i] >= 0
        and name.left_edge.i == noun.i + 1
        and noun.i != noun.head.i
        and noun.dep_ == "pobj"
    )


def _split_off_name(tok: Token, idx: DocIndex) -> list[Token]:
    """The name that finishes a speaker's phrase but that the parser made a second subject of
    the verb ("The office of Marisport mayor | Tomas Kerr said"): its tokens, else none."""
    verb = head(idx, tok)
    last = tok.right_edge
    # a noun, or a noun the tagger took for an adjective ("the trawler") that the parser made the
    # object of a preposition
    a_noun = last.pos_ == "NOUN" or (last.pos_ == "ADJ" and last.dep_ == "pobj")
    if verb is None or tok.dep_ not in ("nsubj", "nsubjpass") or not a_noun:
        return []
    for c in children(idx, verb):
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" and c.left_edge.i == tok.right_edge.i + 1:
            return list(idx.tokens[c.left_edge.i : c.right_edge.i + 1])
    return []


def owner_phrase(owner: Token, idx: DocIndex) -> str:
    """A possessor named as a speaker, without its possessive ending ("the agency's" -> "the
    agency")."""
    return re.sub(r"\s*['’]s$", "", speaker_phrase(owner, idx))


def example_speakers(tok: Token, idx: DocIndex) -> list[Token]:
    """Named members a speaker phrase gives as examples ("news sources including A and B",
    "experts such as C"): they are the ones on record."""
    found = []
    for c in children(idx, tok):
        if not _is_example(c, idx):
            continue
        for g in children(idx, c):
            if g.dep_ == "pobj" and idx.group_of[g.i] >= 0:
                found.extend([g, *joint_speakers(g, idx)])
    return found


def _is_example(tok: Token, idx: DocIndex) -> bool:
    return tok.dep_ == "prep" and (
        tok.lower_ in ("including", "like")
        or (tok.lower_ == "as" and any(g.lower_ == "such" for g in children(idx, tok)))
    )


def _when_spoken(tok: Token, idx: DocIndex) -> bool:
    """A time the parser hung on the speaker rather than on the verb: "The government on
    Thursday denied ...", "the ministry late on Friday said ..." (when it spoke, not who)."""
    return tok.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in children(idx, tok)
    )


def _inner_hyphen(tok: Token, idx: DocIndex) -> bool:
    """A hyphen inside a word ("Al-Marzeda") or a word beside it, which the parser may hang
    anywhere in the phrase (as punctuation, as an apposition, as the modifier of the word after
    the hyphen: "a fact-checking site")."""
    if tok.text in HYPHENS:
        return not tok.whitespace_ and tok.i > 0 and not idx.tokens[tok.i - 1].whitespace_
    before = idx.tokens[tok.i - 1] if tok.i > 0 else None
    after = idx.tokens[tok.i + 1] if tok.i + 1 < len(idx.tokens) else None
    return any(t is not None and t.text in HYPHENS and _inner_hyphen(t, idx) for t in (before, after))


def _is_name(tok: Token, idx: DocIndex) -> bool:
    """A proper name whose article is not part of the name the entity step found ("the BBC";
    not "The Daily Herald")."""
    if tok.pos_ != "PROPN":
        return False
    g = idx.group_of[tok.i]
    return g < 0 or not idx.groups[g].name.lower().startswith(("the ", "a "))


def claimant(tok: Token, ctx: Context) -> tuple[str, int | None]:
    """Claimant text and entity group for a speaker token."""
    idx = ctx.idx
    if tok.pos_ == "PRON":
        g, antecedent = resolve_pronoun(ctx, tok)
        if g is not None:
            return idx.groups[g].name, g
        if antecedent is None:
            return tok.text, None
        # A described speaker taken up ("the bus company, X, said it ..."): named as it would be.
        return (
            claimant(antecedent, ctx)
            if antecedent.pos_ != "PRON"
            else (speaker_phrase(antecedent, idx), None)
        )
    g = idx.group_of[tok.i]
    if g >= 0:
        return speaker_phrase(tok, idx), g
    author = report_author(tok, idx)
    if author is not None:
        return claimant(author, ctx)  # "a report published by the firm X said": X says it
    owner = _relative_owner(tok, idx)
    if owner is not None:
        # "the X Treaty, which its signatories claim ...": the signatories of the X Treaty, both
        # as the text writes them.
        pronoun = next(c for c in children(idx, tok) if c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS)
        who = text_of(idx, pronoun.i + 1, tok.i + 1)
        return f"{who} of {text_of(idx, owner.left_edge.i, owner.i + 1)}", None
    named = named_as(tok, idx) or _named_after_object(tok, idx)
    if named is not None:
        return speaker_phrase(named, idx), _group(named, idx)  # "a group calling itself X"
    own_name = any(
        c.dep_ in ("compound", "poss", "nmod") and idx.group_of[c.i] >= 0 for c in children(idx, tok)
    )
    if not own_name and is_definite(tok, idx):
        named_by_head = _named_with_its_head(tok, idx)
        if named_by_head is not None:
            return idx.groups[named_by_head].name, named_by_head  # "the commission": the Election Commission
    if tok.lemma_.lower() in lx.ORG_ROLE_NOUNS and is_definite(tok, idx) and not own_name:
        found = description_antecedent(tok, ctx)
        if found is not None:
            return speaker_phrase(found, idx), _group(found, idx)  # "the group said": which group
        fuller = fuller_description(tok, idx)
        if fuller is not None:
            # "the national disaster agency said ... The agency has said": one source, named
            # as the article first described it, so other articles' mentions meet it.
            return speaker_phrase(fuller, idx), None
    if tok.lemma_.lower() in lx.SOURCE_CARRIER_NOUNS:
        # "The Post report said", "the Xinhua news agency said": the owner speaks.
        for c in children(idx, tok):
            if c.dep_ in ("compound", "poss", "nmod") and idx.group_of[c.i] >= 0:
                return owner_phrase(c, idx), idx.group_of[c.i]
        owner = next(
            (
                c
                for c in children(idx, tok)
                if c.dep_ == "poss" and c.pos_ != "PRON" and c.lemma_.lower() not in lx.REPORT_NOUNS
            ),
            None,
        )  # not "'news' report", a kind read as a possessor
        if owner is not None:
            # "the agency's report said": the agency, without its possessive ending.
            return owner_phrase(owner, idx), None
        maker = _unnamed_maker(tok, ctx)
        if maker is not None:
            return maker
        if is_definite(tok, idx) and not described_by_kind(tok, idx):
            outlet = _latest_outlet(tok, ctx)
            if outlet is not None:
                return outlet  # "According to the Herald, ... The article states that ..."
    for c in children(idx, tok):
        if c.dep_ == "appos" and idx.group_of[c.i] >= 0:
            return speaker_phrase(c, idx), idx.group_of[c.i]  # "a spokesman, John Smith,"
    named = misattached_appositions(tok, idx) if idx.group_of[tok.i] < 0 else []
    if named:  # "the head of the agency, John Smith," with the name hung on "the agency"
        return speaker_phrase(named[0], idx), idx.group_of[named[0].i]
    if tok.lemma_.lower() in lx.SPOKESPERSON_NOUNS:
        return speaker_phrase(tok, idx), _spoken_for(tok, idx)
    if _an_age(tok, idx) and is_definite(tok, idx):
        # "the 51-year-old told ...": the person taken up, as "he" takes one up
        g, _ = resolve_pronoun(ctx, tok, person=True)
        if g is not None:
            return idx.groups[g].name, g
    return speaker_phrase(tok, idx), None


def _an_age(tok: Token, idx: DocIndex) -> bool:
    """ "The 51-year-old": a person named by their age, as news takes up one just named."""
    return tok.lower_ == "old" and any(
        c.dep_ in ("compound", "npadvmod") and c.lemma_.lower() == "year" for c in children(idx, tok)
    )


def _unnamed_maker(tok: Token, ctx: Context) -> tuple[str, int | None] | None:
    """Who issued "a ministry statement" or "a company report": the organisation the article
    named or described before with that noun ("the defence ministry of X ... a ministry
    statement said" is the ministry's word), or None when it gave none."""
    idx = ctx.idx
    for c in children(idx, tok):
        if c.dep_ != "compound" or c.pos_ != "NOUN" or c.lemma_.lower() not in lx.ORG_ROLE_NOUNS:
            continue
        found = description_antecedent(c, ctx)
        if found is not None:
            return speaker_phrase(found, idx), _group(found, idx)
        fuller = fuller_description(c, idx)
        if fuller is not None:
            return speaker_phrase(fuller, idx), None
    return None


def report_author(tok: Token, idx: DocIndex) -> Token | None:
    """Who wrote the text that speaks: "a report by X", "a study published on Monday by X",
    "a statement issued by X" (X, not the text, is on record)."""
    if tok.lemma_.lower() not in lx.AUTHORED_TEXT_NOUNS:
        return None
    for c in children(idx, tok):
        by = None
        if c.dep_ == "prep" and c.lower_ == "by":
            by = c
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lx.AUTHORING_VERBS:
            by = next(
                (g for g in children(idx, c) if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")),
                None,
            )
        author = next((g for g in children(idx, by) if g.dep_ == "pobj"), None) if by is not None else None
        if author is not None and author.pos_ in ("PROPN", "NOUN"):
            return author
    return None


# Possessives inside a relative clause that stand for the thing the clause is on.
_OWNING_PRONOUNS = frozenset({"its", "their"})


def _relative_owner(tok: Token, idx: DocIndex) -> Token | None:
    """The named thing a speaker's "its" / "their" stands for inside a relative clause on that
    thing ("the X Treaty, which its signatories claim ...": the treaty), or None."""
    if not any(c.dep_ == "poss" and c.lower_ in _OWNING_PRONOUNS for c in children(idx, tok)):
        return None
    verb = head(idx, tok)
    noun = head(idx, verb) if verb is not None and verb.dep_ == "relcl" else None
    if noun is None:
        return None
    return noun if idx.group_of[noun.i] >= 0 else None


def _spoken_for(tok: Token, idx: DocIndex) -> int | None:
    """The organisation an unnamed spokesperson speaks for: "a spokeswoman for X", "an X
    spokesman". A person's spokesman ("X's spokesman") is not X: he speaks about what X did or
    did not do, and crediting X would make the person the report is about his own denier."""
    owners = [c for c in children(idx, tok) if c.dep_ in ("compound", "nmod", "poss")]
    for prep in children(idx, tok):
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            owners += [c for c in children(idx, prep) if c.dep_ == "pobj"]
    for owner in owners:
        g = idx.group_of[owner.i]
        if g >= 0 and idx.groups[g].type in SPOKEN_FOR_TYPES:
            return g
    return None


def offices(idx: DocIndex) -> dict[int, int]:
    """Person group -> the organisation the article first names them an officer of: a title in
    apposition ("Jane Doe, chief executive of Acme Corp", "Jane Doe, a spokeswoman for Acme",
    "Jane Doe, Acme's chairwoman", "Jane Doe, the Acme chairwoman") or before the name ("Acme
    spokesman John Roe"). What that person says, the organisation says too. Only an
    organisation: "US President X" speaks for no company, and a person's aide is no office."""
    found: dict[int, int] = {}
    for t in idx.tokens:
        g = idx.group_of[t.i]
        if g < 0 or g in found or idx.groups[g].type != "PERSON":
            continue
        for c in children(idx, t):
            if idx.group_of[c.i] >= 0 or c.lemma_.lower() not in lx.OFFICE_NOUNS:
                continue
            if any(m.lower_ in lx.PAST_OFFICE_WORDS for m in children(idx, c)):
                continue  # "a former director of Acme" speaks for it no longer
            if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < t.i):
                org = _office_organisation(c, idx)
                if org is not None:
                    found[g] = org
                    break
    return found


def _office_organisation(title: Token, idx: DocIndex) -> int | None:
    """The organisation an office noun names: its possessor or compound ("Acme's chairwoman",
    "the Acme chairwoman"), or the object of "of", "for" or "at" ("chief executive of Acme")."""
    owners = [c for c in children(idx, title) if c.dep_ in ("poss", "compound", "nmod")]
    for prep in children(idx, title):
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at"):
            owners += [c for c in children(idx, prep) if c.dep_ == "pobj"]
    for owner in owners:
        g = idx.group_of[owner.i]
        if g >= 0 and idx.groups[g].type == "ORG":
            return g
    return None


def _latest_outlet(tok: Token, ctx: Context) -> tuple[str, int] | None:
    """The organisation that made the latest claim in the last few sentences: what "the
    article" or "the report" speaking belongs to. Only an organisation that told something: one
    that denied or declined made no report ("the ministry dismissed a newspaper report ... The
    report said": the newspaper's, not the ministry's)."""
    idx = ctx.idx
    for c in reversed(ctx.claims):
        at = min(bisect_left(idx.tokens, c.start, key=lambda t: t.idx), len(idx.tokens) - 1)
        if idx.sent_of[tok.i] - idx.sent_of[at] > ROLE_WINDOW_SENTENCES:
            return None
        if c.stance != "asserts":
            continue
        if c.claimant_entity is not None and idx.groups[c.claimant_entity].type == "ORG":
            return c.claimant, c.claimant_entity
    return None


def _group(tok: Token, idx: DocIndex) -> int | None:
    g = idx.group_of[tok.i]
    return g if g >= 0 else None


# Dependents that make a description fuller than its bare noun ("the national disaster
# agency", "the ministry of health", "Kenya's health ministry").
_DESCRIBING_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def fuller_description(tok: Token, idx: DocIndex) -> Token | None:
    """The latest earlier mention of a bare definite noun ("the agency") that described it
    more fully, with no name, in the last sentences the article may point back over."""
    lemma = tok.lemma_.lower()
    for i in range(tok.i - 1, -1, -1):
        if idx.sent_of[tok.i] - idx.sent_of[i] > NAMED_WINDOW_SENTENCES:
            break  # a bounded look back keeps a long text linear
        t = idx.tokens[i]
        # A lower-case noun the tagger took for a name ("X's defence ministry") is the noun.
        if not (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_lower)):
            continue
        if t.lemma_.lower() != lemma or idx.group_of[t.i] >= 0:
            continue
        if any(
            c.dep_ in _DESCRIBING_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in children(idx, t)
        ):
            return t
    return None


# Modifiers that say only that a body is a medium ("the news agency", "the state broadcaster"):
# such a noun still points back at the outlet just named.
_MEDIUM_MODIFIERS = frozenset({"news", "wire", "press", "state", "online", "official"})


def described_by_kind(tok: Token, idx: DocIndex) -> bool:
    """ "the anti-doping agency", "the disaster agency": a body described by what it does, a
    speaker of its own, not "the agency" pointing back at the organisation last named."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ not in _MEDIUM_MODIFIERS for c in children(idx, tok)
    )


def is_definite(tok: Token, idx: DocIndex) -> bool:
    """ "the group", "this agency": a noun pointing back at something already named."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(idx, tok))


def named_as(tok: Token, idx: DocIndex) -> Token | None:
    """The name a noun phrase gives its referent: "a group calling itself X", "an organisation
    called X", "the Internet group X" (a name in apposition), or through an apposition ("one
    group, an organisation called X")."""
    for c in children(idx, tok):
        if c.dep_ == "acl" and c.lemma_.lower() in lx.NAMING_VERBS:
            name = next((g for g in children(idx, c) if g.dep_ in ("oprd", "attr", "xcomp")), None)
            if name is not None and name.pos_ == "PROPN":
                return name
        if c.dep_ == "appos":
            if c.pos_ == "PROPN" and idx.group_of[c.i] >= 0:
                return c
            if c.pos_ == "NOUN":
                inner = named_as(c, idx)
                if inner is not None:
                    return inner
    return None


def _named_after_object(tok: Token, idx: DocIndex) -> Token | None:
    """The name an unnamed subject ("one group", "an organisation") is given in an apposition
    the parser hung on its verb's object: in "one group has claimed responsibility, an
    organisation called X", the organisation is the group, not the responsibility. Only an
    apposition that is itself such a noun, on an object that is not."""
    verb = head(idx, tok)
    if tok.dep_ != "nsubj" or tok.lemma_.lower() not in lx.ORG_ROLE_NOUNS or verb is None:
        return None
    obj = direct_object(verb, idx)
    if obj is None or obj.lemma_.lower() in lx.ORG_ROLE_NOUNS:
        return None
    for c in children(idx, obj):
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in lx.ORG_ROLE_NOUNS:
            return named_as(c, idx)
    return None


def _named_with_its_head(tok: Token, idx: DocIndex) -> int | None:
    """The organisation a bare "the commission" takes up: the latest named in the last few
    sentences whose name ends in that noun ("the Central Election Commission"), or has it
    before "of" ("the Commission of Inquiry"). Only a bare noun: "the election commission"
    says more than a name's head, and may be another body."""
    if tok.pos_ != "NOUN" or any(c.dep_ not in ("det", "punct") for c in children(idx, tok) if c.i < tok.i):
        return None
    word = tok.lower_
    for i in range(tok.i - 1, -1, -1):
        if idx.sent_of[tok.i] - idx.sent_of[i] > NAMED_WINDOW_SENTENCES:
            break
        g = idx.group_of[i]
        if g < 0 or idx.groups[g].type != "ORG":
            continue
        if org_names.head_noun(idx.groups[g].name) in (word, tok.lemma_.lower()):
            return g
    return None


def _kindred(a: str, b: str) -> bool:
    """Two organisation nouns that may name one body ("group" and "movement"), unlike a company
    and a ministry."""
    return any(a in kind and b in kind for kind in lx.KINDRED_ORG_ROLES)


def description_antecedent(tok: Token, ctx: Context) -> Token | None:
    """What "the group" / "the agency" speaking stands for: the latest earlier name given with
    the same noun ("the Internet group X", "a group calling itself X"), else one given with
    another such noun in the last few sentences ("the group X ... the movement said"), else an
    organisation that was the subject of a recent sentence."""
    idx = ctx.idx
    lemma = tok.lemma_.lower()
    nearby: Token | None = None  # a name given with another such noun, in the last few sentences
    for i in range(tok.i - 1, -1, -1):
        if idx.sent_of[tok.i] - idx.sent_of[i] > NAMED_WINDOW_SENTENCES:
            break  # a bounded look back keeps a long text of such speakers linear
        t = idx.tokens[i]
        if t.lemma_.lower() not in lx.ORG_ROLE_NOUNS or t.pos_ != "NOUN":
            continue
        named = named_as(t, idx)
        if named is None and t.dep_ == "compound" and idx.group_of[t.head.i] >= 0:
            named = t.head  # "the group Outcry" parsed as a compound
        if named is None:
            continue
        if t.lemma_.lower() == lemma:
            return named
        if (
            nearby is None
            and idx.sent_of[tok.i] - idx.sent_of[i] <= ROLE_WINDOW_SENTENCES
            and _kindred(t.lemma_.lower(), lemma)
        ):
            nearby = (
                named  # "the Internet group X ... the movement said"; not "the company X ... the ministry"
            )
    if nearby is not None:
        return nearby
    if described_by_kind(tok, idx):
        return None
    for i, g in reversed(ctx.subjects):
        if i >= tok.i:
            continue
        if idx.sent_of[tok.i] - idx.sent_of[i] > ROLE_WINDOW_SENTENCES:
            break
        if g < 0 or idx.groups[g].type != "ORG":
            continue
        if not _may_be(lemma, idx.tokens[i], idx.groups[g].name):
            continue  # "Gramont will shut its plant, the union said": the union is not Gramont
        return idx.tokens[i]
    if lemma in lx.SELF_REPORTING_ROLES and fuller_description(tok, idx) is None:
        # (one the article described more fully, "the national disaster agency", is that one)
        return _the_one_organisation_before(tok, idx)
    return None


def _the_one_organisation_before(tok: Token, idx: DocIndex) -> Token | None:
    """The organisation "the company" takes up when no sentence made one its subject: the only
    one named in the last few sentences ("Millions of Acme customers lost service after what the
    company called a faulty update"). With two named, it may be either; further back, another
    company may have come into the story unnamed."""
    found: dict[int, Token] = {}
    for i in range(tok.i - 1, -1, -1):
        if idx.sent_of[tok.i] - idx.sent_of[i] > ROLE_WINDOW_SENTENCES:
            break
        g = idx.group_of[i]
        if g < 0 or idx.groups[g].type != "ORG" or not idx.tokens[i].text[:1].isupper():
            continue
        if g not in found or not _possessive(idx.tokens[i], idx):
            found[g] = idx.tokens[i]  # named as itself, not as an owner ("Acme's network")
    return next(iter(found.values())) if len(found) == 1 else None


def _possessive(tok: Token, idx: DocIndex) -> bool:
    return any(c.dep_ == "case" for c in children(idx, tok))


def _may_be(noun: str, subject: Token, name: str) -> bool:
    """Whether "the <noun>" may stand for an organisation the text made a subject: a company, a
    group or an agency often reports its own deed ("Acme cut 200 jobs, the company said"); a
    union, a charity or a ministry speaks of others' deeds unless its name says it is one ("the
    Transport Workers Union called off the strike, the union said"). A common noun the model
    typed as an organisation ("Kidnappers freed ...") is none."""
    if subject.pos_ != "PROPN":
        return False
    if noun in lx.SELF_REPORTING_ROLES:
        return True
    words = {w.lower() for w in name.split()}
    return noun in words or any(noun in kind and words & kind for kind in lx.KINDRED_ORG_ROLES)
