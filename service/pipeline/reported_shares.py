"""Turnout reported as a share: the percent of voters who voted, or of workers who walked out.

A percent counts nothing on its own ("a pay rise of 9%", "72% of services ran", "54.2 percent
of the vote"): only a percent of a turnout is read, told by its noun ("turnout was 61.4
percent", "participation of 41 percent") or as the share of a workforce that took part in a
strike ("more than 85% of depot workers walked out", "fewer than 40% of staff joined the
strike"). Two sources' shares of one turnout are then compared as two counts are. Pure: reads
a parsed sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from service.pipeline import lexicon as lx
from service.pipeline.statements.figures import parse_figure
from service.pipeline.strikes import joined_strike

# Nouns of a turnout: the share of those called who took part.
TURNOUT_NOUNS = frozenset({"turnout", "participation"})
# Nouns of a workforce, whose share took part in a strike.
WORKFORCE_NOUNS = frozenset({"staff", "worker", "member", "employee", "workforce"}) | lx.PERSON_NOUNS
# How far from the share a turnout noun may be, in words.
TURNOUT_REACH = 6
_PERCENT_WORDS = ("percent", "per cent", "%", "pc")


def share_spans(sent: Span) -> list[Span]:
    """The percents of the sentence that give a turnout."""
    found = []
    for ent in sent.ents:
        if ent.label_ == "PERCENT" and share_value(ent.text) is not None and _of_a_turnout(ent, sent):
            found.append(ent)
    return found


def share_value(text: str) -> tuple[float, float | None] | None:
    """(low, high) of a written percent with its hedge ("more than 85%": (85, None))."""
    number = text.lower()
    for word in _PERCENT_WORDS:
        number = number.replace(word, " ")
    return parse_figure(" ".join(number.split()))


def _of_a_turnout(share: Span, sent: Span) -> bool:
    doc = sent.doc
    near = doc[max(sent.start, share.start - TURNOUT_REACH) : min(sent.end, share.end + TURNOUT_REACH)]
    if any(t.lower_ in TURNOUT_NOUNS for t in near):
        return True
    verb = share.root.head  # "turnout in Sunday's election in the north reached 61.4 percent"
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in TURNOUT_NOUNS for c in verb.children):
        return True
    # "more than 85% of depot workers walked out": the share of a workforce on strike
    group = _group_of(share)
    return (
        group is not None
        and group.lemma_.lower() in WORKFORCE_NOUNS
        and joined_strike(share.root) is not None
    )


def _group_of(share: Span) -> Token | None:
    """The group a share is of: "85% of depot workers" gives "workers"."""
    doc = share.doc
    if share.end >= len(doc) or doc[share.end].lower_ != "of":
        return None
    return next((c for c in doc[share.end].children if c.dep_ == "pobj"), None)
