"""Figures: the count a statement gives for what it counts ("at least six people killed") and
the (low, high) range a written figure allows."""

from __future__ import annotations

from spacy.tokens import Token

from service.pipeline import lexicon as lx
from service.pipeline.numbers import parse_number
from service.pipeline.statements.index import DocIndex, children, clause_bounds, text_of
from service.pipeline.statements.predicates import Predicate
from service.pipeline.types import Quantity


def _counted_noun(pred: Predicate, idx: DocIndex) -> Token | None:
    """The noun whose figure a predicate reports: the event noun itself ("three attacks"),
    else the object, the passive subject or the subject."""
    if pred.noun is not None and any(c.dep_ == "nummod" for c in children(idx, pred.noun)):
        return pred.noun
    if pred.anchor.pos_ not in ("VERB", "AUX"):
        return None
    by_dep: dict[str, Token] = {}
    for c in children(idx, pred.anchor):
        by_dep.setdefault(c.dep_, c)
    for dep in ("dobj", "nsubjpass", "nsubj"):
        if dep in by_dep and by_dep[dep] is not pred.noun:
            return by_dep[dep]
    return None


def quantity(pred: Predicate, idx: DocIndex) -> Quantity | None:
    """The figure given for the predicate's counted argument, if any."""
    noun = _counted_noun(pred, idx)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    lemma = noun.lemma_.lower()
    # "dozens of people": the collective is the figure, the object of "of" the thing counted.
    if lemma in lx.COLLECTIVE_PLURALS and noun.tag_ == "NNS":
        counted = next((g for c in children(idx, noun) if c.lower_ == "of" for g in children(idx, c)), None)
        if counted is None:
            return None
        return _quantity(pred, counted, float(lx.COLLECTIVE_PLURALS[lemma]), None, noun.text)
    if lemma in lx.UNIT_NOUNS or noun.ent_type_ in (
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "DATE",
        "TIME",
    ):
        return None
    num = next((c for c in children(idx, noun) if c.dep_ == "nummod"), None)
    if num is not None:
        lo, hi = clause_bounds(idx, num)
        text = text_of(idx, lo, hi)
        parsed = parse_figure(text)
        if parsed is None:
            return None
        return _quantity(pred, noun, parsed[0], parsed[1], text)
    det = next((c for c in children(idx, noun) if c.dep_ == "det"), None)
    if (
        det is not None
        and det.lower_ in lx.ONE_DETERMINERS
        and noun.tag_ == "NN"
        and lemma in lx.PERSON_NOUNS
    ):
        return _quantity(pred, noun, 1.0, 1.0, det.text)
    return None


def _quantity(pred: Predicate, noun: Token, low: float, high: float | None, text: str) -> Quantity:
    lemma = noun.lemma_.lower()
    counted = "person" if lemma in lx.PERSON_NOUNS else lemma
    return Quantity(low=low, high=high, text=text, counted=f"{pred.lemma}:{counted}")


def parse_figure(text: str) -> tuple[float, float | None] | None:
    """(low, high) for a figure as written: "at least six" -> (6, None), "35,000-40,000" ->
    (35000, 40000), "about 300" -> (270, 330), "more than a dozen" -> (12, None)."""
    words = text.lower().replace("–", "-").replace("—", "-").split()
    phrase = " ".join(words)
    mod = ""
    for group, name in ((lx.OPEN_ABOVE, "above"), (lx.OPEN_BELOW, "below"), (lx.APPROXIMATE, "approx")):
        for m in group:
            if phrase.startswith(m + " "):
                mod, phrase = name, phrase[len(m) + 1 :]
                break
        if mod:
            break
    bounds = _range(phrase)
    if bounds is None:
        return None
    low, high = bounds
    if mod == "above":
        return low, None
    if mod == "below":
        return 0.0, high
    if mod == "approx":
        # Writers round: "about 300" is compatible with anything within a tenth either side.
        return round(low * 0.9, 6), round(high * 1.1, 6)
    return low, high


def _range(phrase: str) -> tuple[float, float] | None:
    """ "35,000-40,000", "between 10 and 20", "10 to 20" or a single number."""
    phrase = phrase.removeprefix("between ").strip()
    for sep in (" - ", "-", " to ", " and "):
        if sep in phrase:
            a, b = phrase.split(sep, 1)
            lo, hi = parse_number(a), parse_number(b)
            if lo is not None and hi is not None and lo <= hi:
                return lo, hi
    n = parse_number(phrase)
    return None if n is None else (n, n)


# Nouns of published numbers whose issuer is their source ("according to data from the agency").
DATA_NOUNS = frozenset(
    {"data", "datum", "statistics", "figure", "number", "estimate", "tally", "toll", "count"}
)


def issuer_of_numbers(noun: Token) -> Token | None:
    """Who issued the numbers a source phrase names: "the latest figures released by the
    ministry", "data from the agency", "the police estimate" (the ministry, the agency, the
    police); None for any other noun."""
    if noun.lemma_.lower() not in DATA_NOUNS and noun.lower_ not in DATA_NOUNS:
        return None
    issuer = participle_agent(noun)
    if issuer is not None:
        return issuer
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i == noun.i + 1:
            issuer = next((o for o in c.children if o.dep_ == "pobj"), None)
            if issuer is not None and issuer.pos_ in ("PROPN", "NOUN"):
                return issuer
    # its owner before it: "by the police estimate", "in the ministry's figures"
    owner = next((c for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i), None)
    if owner is not None and owner.pos_ in ("PROPN", "NOUN") and owner.lemma_.lower() not in DATA_NOUNS:
        return owner
    return None


def participle_agent(noun: Token, verbs: frozenset[str] | None = None) -> Token | None:
    """Who a participle on a noun says gave it: "figures released by the ministry", "the four
    deaths reported by the operator" (the ministry, the operator); with `verbs`, only through a
    participle of one of them."""
    for c in noun.children:
        if c.dep_ != "acl" or (verbs is not None and c.lemma_.lower() not in verbs):
            continue
        agent = next((a for a in c.children if a.dep_ == "agent"), None)
        giver = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
        if giver is not None:
            return giver
    return None
