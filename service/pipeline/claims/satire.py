"""What a site of jokes says of itself, and what is said of one: pure readings over a parse.

A site that says in its own voice that everything it publishes is made up ("Everything on this
site is made up", "None of our stories are true") tells nothing as fact (`disclaims_its_own`); a
claim whose speaker is a satire or parody site is a joke told as one (`satirical_speaker`); and
what a site's banner or label says of its pieces is its word on itself (`told_by_a_sites_label`).
Another outlet quoting such words keeps its own claims.
"""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.claims.context import Frame, is_speech
from service.pipeline.statements.index import DocIndex, children, head


def satirical_speaker(speaker: Token, frame: Frame) -> bool:
    """A speaker described as a site of satire or parody ("X, a satirical website, published a
    piece claiming", "the article, published by the satirical website X, claims"): what it says
    is a joke it tells as one, no claim of fact. The words are looked for in the speaker's own
    phrase, not in what it is said to say."""
    inside = {t.i for clause in frame.contents for t in clause.subtree}
    return any(
        t.lower_ in SATIRE_SPEAKER_WORDS
        and t.i not in inside
        and t.head.lemma_.lower() in lx.SITE_NOUNS | {"account"}
        and _names_the_speaker(t.head, speaker)
        for t in speaker.subtree
    )


def _names_the_speaker(site: Token, speaker: Token) -> bool:
    """The site is the speaker, stands beside it ("X, a satirical website") or published it ("the
    article, published by the satirical website X"); not what it is about ("a story about a
    satirical site")."""
    if site.i == speaker.i or (site.dep_ == "appos" and site.head.i == speaker.i):
        return True
    return site.dep_ == "pobj" and site.head.dep_ == "agent"


# What a site labels its own pieces with: "the site's usual banner saying it is satire".
SITE_LABEL_NOUNS = frozenset({"banner", "disclaimer", "label"})
# Words that make a site a site of jokes ("a satirical website", "a parody account"); not "fake"
# or "bogus", which coverage calls sites that pass off fiction as news.
SATIRE_SPEAKER_WORDS = frozenset({"satirical", "satire", "parody", "spoof"})


def a_sites_label(tok: Token, idx: DocIndex) -> bool:
    """A banner, disclaimer or label as a common noun ("the site's usual banner"), not a name
    ("The Ninth Banner", a militant group)."""
    return tok.pos_ == "NOUN" and idx.group_of[tok.i] < 0 and tok.lemma_.lower() in SITE_LABEL_NOUNS


def told_by_a_sites_label(lo: int, hi: int, idx: DocIndex) -> bool:
    """The sentence tells what a site's label says ("the article carries the site's usual banner
    saying it is satire"): the site's word on itself, which denies no report of anyone else's."""
    return any(
        a_sites_label(t, idx)
        and any(c.dep_ in ("acl", "relcl") and is_speech(c, idx) for c in children(idx, t))
        for t in idx.tokens[lo:hi]
    )


def disclaims_its_own(lo: int, hi: int, idx: DocIndex) -> bool:
    """A site's disclaimer of its own content as a whole ("None of our stories are true", "our
    articles are satire", "Everything on this site is made up"): it says what the site is, and
    answers no report of anyone else's. One piece of its own ("our story was wrong") is a
    correction, and still denies; so is "everything in the report is made up"."""
    return any(
        (
            t.lower_ == "our"
            and (h := head(idx, t)) is not None
            and h.lemma_.lower() in OWN_CONTENT_NOUNS
            and (h.tag_ == "NNS" or h.lemma_.lower() in MASS_CONTENT_NOUNS)
        )
        or _all_on_the_site(t)
        for t in idx.tokens[lo:hi]
    )


def _all_on_the_site(t: Token) -> bool:
    """ "Everything on this site", "all the articles on this website", "nothing on our site": the
    whole of what a site publishes."""
    if t.lower_ not in WHOLE_WORDS:
        return False
    whole = t.head if t.dep_ == "det" else t  # "all the articles on this website"
    for prep in whole.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
            for site in prep.children:
                if (
                    site.dep_ == "pobj"
                    and site.lemma_.lower() in lx.SITE_NOUNS | {"page"}
                    and any(c.dep_ in ("det", "poss") and c.lower_ in ("this", "our") for c in site.children)
                ):
                    return True
    return False


# Words of a whole ("everything on this site", "all the stories on our site").
WHOLE_WORDS = frozenset({"everything", "all", "nothing", "none", "every"})


# What a site publishes, as it speaks of its own: "our stories", "our articles", "our content".
MASS_CONTENT_NOUNS = frozenset({"content", "news"})
OWN_CONTENT_NOUNS = lx.REPORT_NOUNS | {"article", "piece", "post"} | MASS_CONTENT_NOUNS
