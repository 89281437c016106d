"""Readable wording for events and conflict reports, built only from their structure.

Everything here is general: names come from the caller, never from this module, and the
same input always gives the same text (reports are compared across re-runs).
"""

from __future__ import annotations

import calendar

from service.domain import DateInfo, Side, Source
from service.pipeline import lexicon as lx
from service.pipeline.numbers import NUMBER_WORDS
from service.pipeline.wordlists import wordset


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' — the order given is kept."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return names[0] if names else ""
    return f"{', '.join(names[:-1])} and {names[-1]}"


def date_phrase(date: DateInfo | None) -> str:
    """The date as a phrase to follow an event: 'on 2024-11-07', 'in November 2024'."""
    if date is None:
        return ""
    if date.granularity == "day":
        return f"on {date.start.isoformat()}"
    if date.granularity == "week":
        return f"in the week of {date.start.isoformat()}"
    if date.granularity == "month":
        return f"in {calendar.month_name[date.start.month]} {date.start.year}"
    if date.granularity == "year":
        return f"in {date.start.year}"
    if date.granularity == "half":
        return f"in the {'first' if date.start.month == 1 else 'second'} half of {date.start.year}"
    # Quarters, seasons, decades and centuries read most plainly as their bounds.
    return f"between {date.start.isoformat()} and {date.end.isoformat()}"


def describe_event(predicate: str, predicate_class: str, names: list[str], date: DateInfo | None) -> str:
    """A noun phrase for an event inside a sentence: 'the resignation involving A on D', 'the
    call between A and B', else 'the meeting (greet) between A and B'; 'the sacking involving A
    and B' (an act done to one party is no exchange between them)."""
    head = event_name(predicate, predicate_class)
    if head is None and predicate_class == "begin" and predicate not in lx.PREDICATE_CLASSES:
        head = f"start of the {predicate}"  # a beginning named by what began: "the ceasefire"
    if head is None:
        # The class is a noun ("communication", "meeting"), the predicate a lemma ("speak"): the
        # class reads as the head, the predicate tells which kind.
        head = predicate_class or predicate or "event"
        if predicate and predicate != head:
            head = f"{head} ({predicate})"
    parts = [f"the {head}"]
    if names:
        # "the call between A and B"; but "the arrest involving A and B": an act done to some
        # of them, by the others, is no exchange between them
        mutual = len(names) > 1 and predicate_class in lx.MUTUAL_CLASSES
        parts.append(f"{'between' if mutual else 'involving'} {join_names(names)}")
    when = date_phrase(date)
    if when:
        parts.append(when)
    return " ".join(parts)


def event_name(predicate: str, predicate_class: str) -> str | None:
    """The noun for an event: its verb's ("resign": "resignation", "launch": "launch"), else its
    class's ("detain" is an arrest: "arrest"); None when the event nouns list neither."""
    found = (lx.EVENT_TITLE_NOUNS.get(predicate) or event_noun(predicate)) if predicate else None
    if found or not predicate_class:
        return found
    by_class = event_noun(predicate_class)
    # A verb whose particle gives it the class ("stepped down": a departure) reads as the class.
    particle_verb = any(
        v == predicate and c == predicate_class for (v, _), c in lx.VERB_PARTICLE_CLASSES.items()
    )
    if by_class is None and (not predicate or predicate in lx.PREDICATE_CLASSES or particle_verb):
        # A verb of the class reads as the class's noun ("kicked off": "the start"); a noun that
        # names what began ("ceasefire") is left to name the event itself.
        by_class = lx.EVENT_TITLE_NOUNS.get(predicate_class)
    return by_class


def event_noun(predicate: str) -> str | None:
    """The noun news uses for what the verb names ("resign": "resignation", "call": "call"), when
    the event nouns list one: the noun spelled as the verb first, else the first listed."""
    nouns = [noun for noun, verb in lx.EVENT_NOUNS.items() if verb == predicate]
    if predicate in nouns:
        return predicate
    return nouns[0] if nouns else None


# A summary names at most this many sources of a side and counts the rest ("A, B, C and 12
# others say ..."): on real coverage a side can hold fifteen claimants, and a sentence listing them
# all no longer says what the report is about. The sides themselves keep every source.
SUMMARY_SOURCES = 3
# How an outlet named by nothing but its headline or opening words is labelled (`article_label`).
ARTICLE_LABEL_OPEN, ARTICLE_LABEL_CLOSE = "the article “", "”"
ARTICLE_LABEL_CHARS = 60


def article_label(headline: str) -> str:
    """An article named by its headline, shortened: 'the article “Fire closes the port ...”'."""
    flat = " ".join(headline.split())
    short = flat if len(flat) <= ARTICLE_LABEL_CHARS else flat[: ARTICLE_LABEL_CHARS - 3].rstrip() + "..."
    return f"{ARTICLE_LABEL_OPEN}{short}{ARTICLE_LABEL_CLOSE}"


def source_names(sources: list[Source], most: int = SUMMARY_SOURCES) -> str:
    """The sources' names joined ('A, B and C'), at most `most` of them and the rest counted
    ('A, B, C and 2 others'). Those kept are the ones a reader can look up first: a resolved
    entity, then any name but an article's opening words, each group in the order given."""
    names = [s.name for s in sources if s.name]
    if len(names) <= most:
        return join_names(names)
    ranked = sorted(
        (s for s in sources if s.name),
        key=lambda s: (s.entity_id is None, s.name.startswith(ARTICLE_LABEL_OPEN)),
    )
    kept = [s.name for s in ranked[:most]]
    rest = len(names) - most
    return f"{', '.join(kept)} and {rest} {'other' if rest == 1 else 'others'}"


# Nouns that are plural without a final "s", or plural nouns a claimant is often named by alone
# at the start of a sentence ("Reports said ..."), where the capital hides that it is no name.
_PLURAL_HEADS = frozenset({"police", "people", "staff"})
_PLURAL_ALONE = wordset(
    """reports sources officials witnesses eyewitnesses authorities critics residents survivors
    relatives families neighbours neighbors villagers locals experts analysts scientists
    researchers doctors investigators prosecutors lawyers diplomats observers rescuers activists
    protesters workers fans engineers organisers organizers insurers militants soldiers troops
    medics nurses teachers students officers"""
)


# Plurals of people not ending in "s".
_IRREGULAR_PLURALS = _PLURAL_HEADS | wordset("men women children")
# Words that count a plural head before it ("two people", "several officials").
_COUNTING_WORDS = frozenset(w for w, n in NUMBER_WORDS.items() if n > 1) | wordset(
    "several many some both few various numerous"
)


def plural_name(name: str) -> bool:
    """A claimant named by a plural common noun ("earlier reports", "local police", "Reports",
    "sources close to the minister"), not by a name: a name's last word is capitalised
    ("Reuters", "Fox News")."""
    words = name.split()
    if not words:
        return False
    last = words[-1]
    second = words[1].lower() if len(words) > 1 else ""
    if words[0].lower() in _COUNTING_WORDS and (second.endswith("s") or second in _IRREGULAR_PLURALS):
        return True  # "two people familiar with the decision", "three officials"
    if words[0].lower() == "people" and len(words) > 1 and words[1].islower():
        return True  # "people familiar with the matter" ("People" alone is as often a magazine)
    if words[0].lower() in _PLURAL_ALONE and (len(words) == 1 or words[1].islower()):
        # "Reports hours earlier", "sources close to the minister", "reports in Spain": the head
        # comes first, whatever names its modifiers hold.
        return True
    if len(words) == 1 and last.lower() in _PLURAL_HEADS and last.lower() != "people":
        return True  # "Police" opening a sentence ("People" is as often a magazine's name)
    if not last.islower():
        return False
    return last in _PLURAL_HEADS or (last.endswith("s") and not last.endswith(("ss", "us")))


def verb_for(sources: list[Source], singular: str, plural: str) -> str:
    """Agreement for a list of sources as the subject: one source takes the singular, unless it
    is named by a plural noun ("reports say")."""
    return singular if len(sources) == 1 and not plural_name(sources[0].name) else plural


def capitalize_first(text: str) -> str:
    """Upper-case only the first character: names inside keep their own case."""
    return text[:1].upper() + text[1:]


# Longest proposition text a summary quotes before cutting it.
SUMMARY_QUOTE_CHARS = 160


def quoted(proposition: str) -> str:
    """The proposition's words in quotation marks, on one line, cut at SUMMARY_QUOTE_CHARS,
    without the "that" that opened them as a reported clause or a comma left trailing."""
    text = " ".join(proposition.split()).rstrip(",;: ")
    if text[:5].lower() == "that " and len(text) > 5:
        text = text[5:]
    if len(text) > SUMMARY_QUOTE_CHARS:
        text = text[: SUMMARY_QUOTE_CHARS - 1].rstrip() + "…"
    return f"“{text}”"


def names_a_kind_of_event(predicate: str, predicate_class: str) -> bool:
    """Whether a reader knows the event by its title: a noun news uses for it ("the call"), or a
    known class ("the meeting (greet)"). "The take involving X" names nothing a reader knows."""
    return event_name(predicate, predicate_class) is not None or predicate_class in lx.EVENT_CLASSES


def stances_summary(asserted: str, sides: list[Side]) -> str:
    """'A and B say <asserted>; C denies it; D declines to comment.'"""
    parts = []
    for side in sides:
        who = source_names(side.sources)
        if side.stance == "asserts":
            parts.append(f"{who} {verb_for(side.sources, 'says', 'say')} {asserted}")
        elif side.stance == "denies":
            parts.append(f"{who} {verb_for(side.sources, 'denies', 'deny')} it")
        else:
            parts.append(f"{who} {verb_for(side.sources, 'declines', 'decline')} to comment")
    return capitalize_first("; ".join(parts)) + "."
