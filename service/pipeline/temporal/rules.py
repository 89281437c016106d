"""Where the temporal expressions are: HeidelTime-style pattern rules over the text.

Each rule is a regex with named groups; the resolver (resolve.py) turns a rule's match into a
TIMEX3 value. This module only finds spans: it runs every rule, keeps the longest
non-overlapping matches, glues neighbours that TimeML writes as one expression ("Thursday,
7 November", "06:30 GMT, Monday") and takes in modifiers in front ("early", "the end of").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from service.pipeline.temporal.fold import fold, folded_twin
from service.pipeline.temporal.lexicon import (
    DAY_NUM,
    MONTH,
    MONTH_FULL,
    NUM_WORD,
    NUMBER,
    PART,
    SEASON,
    UNIT,
    UNIT_PL,
    UNIT_SG,
    VAGUE,
    WEEKDAY,
    YEAR4,
    ZONE,
)
from service.pipeline.temporal.prefilter import Presence, Requirement, requirement

HOLIDAY = (
    r"christmas(?:\s+(?:day|eve))?|new\s+year's(?:\s+(?:day|eve))?|thanksgiving(?:\s+day)?|"
    r"easter(?:\s+(?:sunday|monday))?|halloween|valentine's\s+day|boxing\s+day"
)
ORDINAL_WORD = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"twenty-first"
)
# Approximators TimeML keeps inside a duration ("nearly three years", "more than a decade ago");
# "about", "over", "just" are left out because they are just as often prepositions/adverbs.
APPROX = r"(?:(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to)\s+)?"
TENS_WORD = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
ONES_WORD = "one|two|three|four|five|six|seven|eight|nine"
REL_WORD = r"this|last|next|past|coming|previous|following|current|present|same|preceding|prior"

# (name, pattern). Order is the tie-break between equally long matches: earlier wins.
_RULE_SOURCES: list[tuple[str, str]] = [
    (
        "date_iso",
        r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?",
    ),
    ("date_slash", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4}|\d{2})"),
    ("date_mdy", rf"(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})(?:\s*,\s*|\s+)(?P<year>{YEAR4})"),
    (
        "date_dmy",
        rf"(?:the\s+)?(?P<day>{DAY_NUM})(?:\s+of)?\s+(?P<month>{MONTH})(?:\s*,?\s*(?P<year>{YEAR4}))?",
    ),
    ("date_md", rf"(?P<month>{MONTH})\s*(?P<day>{DAY_NUM})"),
    ("month_year", rf"(?P<month>{MONTH})\s*,?\s+(?:of\s+)?(?P<year>{YEAR4})"),
    ("month", rf"(?P<month>{MONTH_FULL}|sept\.)"),
    ("year", rf"(?:(?P<fiscal>fiscal(?:\s+year)?|FY|the\s+year)\s*)?(?P<year>{YEAR4})"),
    (
        "year_words",
        rf"(?:the\s+year\s+)?(?P<words>(?:nineteen|twenty)[\s-](?:hundred|(?:{TENS_WORD})(?:[\s-](?:{ONES_WORD}))?|"
        rf"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|"
        rf"two\s+thousand(?:\s+(?:and\s+)?(?:{ONES_WORD}|ten|eleven|twelve))?)",
    ),
    (
        "the_year",
        r"the\s+(?:(?P<mod>full|fiscal|current\s+fiscal|latest\s+fiscal|calendar)\s+)?year(?![\w-]|\s+(?:ago|earlier|"
        r"before|after|later|two|nineteen|\d))(?=(?P<ending>\s+(?:ended|ending|through|to\s+date))?)",
    ),
    (
        "decade",
        r"(?:the\s+)?(?P<dec>(?:1\d|20)\d0'?s|'\d0s|twenties|thirties|forties|fifties|sixties|seventies|"
        r"eighties|nineties)",
    ),
    ("century", rf"(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+century"),
    ("deictic_part", rf"(?P<word>this|today|yesterday|tomorrow|last|tonight)\s+(?P<part>{PART})"),
    (
        "deictic",
        r"(?P<word>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|"
        r"the\s+day\s+after\s+tomorrow|overnight)",
    ),
    (
        "weekday",
        rf"(?:(?:the\s+)?(?P<rel>last|next|this|past|coming|previous|following)\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<part>{PART}))?",
    ),
    ("weekdays", r"(?P<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"),
    ("weekend", rf"(?:(?P<the>the)\s+)?(?:(?P<rel>{REL_WORD})\s+)?weekend"),
    (
        "rel_unit",
        rf"(?:(?P<the>the)\s+)?(?P<rel>{REL_WORD})\s+(?:(?:fiscal|calendar)\s+)?(?P<unit>week|month|year|quarter|decade|century|"
        rf"fortnight|day|morning|afternoon|evening|night|season)",
    ),
    ("that_unit", rf"(?P<rel>that)\s+(?P<unit>day|{PART}|week|month|year)"),
    ("rel_named", rf"(?P<rel>this|last|next|past|coming)\s+(?P<name>{MONTH_FULL}|{SEASON}|{HOLIDAY})"),
    ("season_year", rf"(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR4})"),
    ("season", r"(?:the\s+)?(?P<season>spring|summer|autumn|winter)"),
    ("holiday", rf"(?P<hol>{HOLIDAY})(?:\s+(?P<year>{YEAR4}))?"),
    (
        "period_end",
        r"(?:the\s+)?(?P<edge>end|close|turn|beginning|start|middle)\s+of\s+the\s+(?P<unit>year|month|week|decade|"
        r"century|quarter)|(?P<yearend>year[\s-]?end)",
    ),
    (
        "ago",
        rf"{APPROX}(?:(?P<num>{NUMBER}|{VAGUE})[\s-]+)?(?:(?:more|other|full)\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
        rf"(?P<dir>ago|earlier|later|before|after|hence|from\s+now|previously|back)",
    ),
    (
        "set_a",
        rf"(?:(?P<freq>once|twice|thrice|{NUMBER}\s+times)\s+)?(?P<a>a|an|per)\s+(?P<unit>day|week|month|year|"
        rf"hour|minute|quarter)",
    ),
    (
        "duration",
        rf"{APPROX}(?:(?P<the>the|these|those)\s+)?(?:(?P<rel>past|last|next|coming|previous|first|final|following|initial|"
        rf"remaining|latest|other|recent)\s+)?(?P<num>{NUMBER})[\s-]+(?:(?:more|additional|full|straight|"
        rf"consecutive|whole|long|extra|trading|business|working|calendar)[\s-]+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?P<suffix>-(?:long|old))?",
    ),
    ("duration_adj", rf"(?P<unit>{UNIT_SG}|{UNIT_PL})-(?P<suffix>long|old)"),
    (
        "vague_duration",
        rf"(?:(?P<the>the)\s+)?(?:(?P<rel>past|last|next|coming|first|previous|recent|following)\s+)?"
        rf"(?:(?P<num>{VAGUE})\s+)?(?P<unit>{UNIT_PL})",
    ),
    ("half_unit", rf"half\s+an?\s+(?P<unit>{UNIT_SG})|an?\s+half[\s-](?P<unit2>{UNIT_SG})"),
    (
        "set_every",
        rf"(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<num>{NUMBER})\s+)?"
        rf"(?P<what>{UNIT}|{WEEKDAY}|{MONTH_FULL}|{PART}|{SEASON}|weekend)",
    ),
    (
        "set_adverb",
        r"(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|fortnightly|"
        r"semiannually|semi-annually)",
    ),
    (
        "time_ampm",
        rf"(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am|pm)(?:\s+(?P<zone>{ZONE}))?",
    ),
    (
        "time_24",
        rf"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:\s*(?:hours|hrs|h))?"
        rf"(?:\s+(?P<zone>{ZONE}))?",
    ),
    ("time_mil", rf"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s+(?:hours\s+)?(?P<zone>{ZONE})"),
    ("time_named", r"(?P<named>noon|midday|midnight|mid[\s-]?morning|mid[\s-]?afternoon|mid-?day)"),
    (
        "time_oclock",
        rf"(?P<hour>{NUM_WORD}|\d{{1,2}})\s+(?:o'clock(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)|"
        rf"\s+at\s+(?P<night>night))?|in\s+the\s+(?P<part2>morning|afternoon|evening))",
    ),
    (
        "quarter_ord",
        rf"(?:the\s+)?(?:(?:comparable|same)\s+)?(?:(?P<ago>year-earlier|year-ago|year-before)\s+)?"
        rf"(?:(?:fiscal|calendar)[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
        rf"(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR4}))?",
    ),
    ("quarter_code", rf"Q(?P<q>[1-4])(?:\s+(?P<year>{YEAR4}))?"),
    (
        "quarter_year_first",
        rf"(?:the\s+)?(?:fiscal\s+)?(?P<year>{YEAR4})\s+(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
        r"[\s-]+quarter",
    ),
    ("quarter_of_year", rf"(?:the\s+)?(?P<year>{YEAR4})\s+(?:fiscal\s+)?(?:quarter|period)"),
    (
        "quarter_rel",
        r"(?:(?P<the>the)\s+)?(?:(?P<rel>latest|current|same|previous|prior|preceding|last|this|next|coming|"
        r"year-earlier|year-ago|year-before|most\s+recent|recent|comparable|fiscal|just-ended|just-completed|corresponding)"
        r"[\s-]+)?(?P<unit>quarter|period)",
    ),
    ("half_year", rf"(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half(?:\s+of\s+(?P<year>{YEAR4}))?"),
    ("year_adj", r"(?P<word>year-earlier|year-ago|year-before)"),
    (
        "present_ref",
        # "at" is a signal, not part of the expression: "at [this time]", "at [present]"
        r"(?P<ref>now|currently|current|(?<=at\s)present|presently|nowadays|these\s+days|(?<=at\s)this\s+time|"
        r"(?<=at\s)the\s+moment|the\s+present|today's)",
    ),
    (
        "past_ref",
        r"(?P<ref>recently|lately|the\s+past|the\s+recent\s+past|long\s+ago|"
        r"a\s+while\s+ago|some\s+time\s+ago|not\s+long\s+ago)",
    ),
    (
        "future_ref",
        r"(?P<ref>the\s+(?:near\s+|distant\s+)?future|soon|the\s+near\s+term|the\s+long\s+term|the\s+short\s+term|"
        r"as\s+soon\s+as\s+possible|shortly)",
    ),
]

_B = r"(?<![\w])"
_E = r"(?![\w])"


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    # What a text must contain for the regex to match anywhere in it (prefilter)
    needs: Requirement
    # The regex made case-sensitive, for the folded text: same matches, faster (fold)
    twin: re.Pattern[str] | None


# Scraped pages glue a byline to the dateline ("By JOHN SMITHMonday, 11 November"): a weekday
# may also start where the letter case changes inside a word.
_B_CASE = r"(?:(?<![\w])|(?-i:(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])))"
_CASE_GLUED = {"weekday"}


def _compile(name: str, src: str) -> re.Pattern[str]:
    start = _B_CASE if name in _CASE_GLUED else _B
    return re.compile(start + "(?:" + src + ")" + _E, re.IGNORECASE)


def _rule(name: str, src: str) -> Rule:
    regex = _compile(name, src)
    return Rule(name, regex, requirement(regex), folded_twin(regex))


RULES = [_rule(name, src) for name, src in _RULE_SOURCES]
PRIORITY = {name: i for i, (name, _) in enumerate(_RULE_SOURCES)}


@dataclass
class Candidate:
    """A found span: one rule's match, or neighbours merged into one expression (parts)."""

    start: int
    end: int
    rule: str
    groups: dict[str, str | None] = field(default_factory=dict)
    parts: list[Candidate] = field(default_factory=list)

    def group(self, name: str) -> str | None:
        return self.groups.get(name)


def find_candidates(doc: Doc, *, text: str | None = None) -> list[Candidate]:
    """Every temporal expression span in `doc`, in text order, not overlapping.

    `text` is `doc.text` when the caller already has it (spaCy joins the tokens on every read).
    """
    text = doc.text if text is None else text
    found = [c for c in match_rules(text) if _accept(c, text, doc) and not _in_name(c, text, doc)]
    chosen = _longest_first(found)
    chosen = _merge_neighbours(chosen, text)
    return [_extend_modifier(_trim_following(_trim_determiner(c, text), text), text) for c in chosen]


# "following Saturday's defeat": "following" opens the phrase as a preposition (after), not
# as "the following Saturday"; a possessive weekday owns what comes after it.
_FOLLOWING_AS_PREPOSITION = re.compile(r"following\s+", re.IGNORECASE)


def _trim_following(cand: Candidate, text: str) -> Candidate:
    """A weekday after "following" with no article before it and a possessive after it is the
    weekday alone ("following Saturday's 3-0 defeat": the defeat of that Saturday)."""
    if cand.rule != "weekday" or (cand.group("rel") or "").lower() != "following":
        return cand
    m = _FOLLOWING_AS_PREPOSITION.match(text, cand.start)
    if m is None or text[cand.end : cand.end + 2] not in ("'s", "\u2019s"):
        return cand
    return Candidate(m.end(), cand.end, cand.rule, {**cand.groups, "rel": None}, cand.parts)


def match_rules(text: str) -> list[Candidate]:
    """Every rule's matches, rule by rule, as `rule.regex.finditer(text)` would find them. A rule
    whose needed words are missing is skipped: it cannot match, and that is far cheaper to learn
    than a scan of the text."""
    folded = fold(text)
    present = Presence(folded)
    return [
        cand for rule in RULES if present.admits(rule.needs) for cand in _rule_matches(rule, text, folded)
    ]


def _rule_matches(rule: Rule, text: str, folded: str) -> Iterator[Candidate]:
    if rule.twin is None:
        for m in rule.regex.finditer(text):
            yield Candidate(m.start(), m.end(), rule.name, m.groupdict())
        return
    for m in rule.twin.finditer(folded):  # same offsets as in `text`: fold keeps the length
        yield Candidate(m.start(), m.end(), rule.name, _groups(m, text))


def _groups(m: re.Match[str], text: str) -> dict[str, str | None]:
    """A twin's groups read from the original text: the folded copy has lost the case."""
    spans = ((name, m.span(name)) for name in m.re.groupindex)
    return {name: text[start:end] if start >= 0 else None for name, (start, end) in spans}


_LEADING_THE = re.compile(r"(?:the|these|those)\s+", re.IGNORECASE)


def _trim_determiner(cand: Candidate, text: str) -> Candidate:
    """The article belongs to the noun in "the 14-day trip" and to the phrase in "in the weeks
    before": TimeML leaves it out of adjectival durations and bare plural units."""
    span = text[cand.start : cand.end]
    hyphenated = bool(re.search(r"\w-(?:\w+-)?\w+$", span))
    adjectival = cand.rule in {"duration", "quarter_ord"} and hyphenated  # "the third-quarter loss"
    bare_plural = cand.rule == "vague_duration" and not cand.group("rel") and not cand.group("num")
    m = _LEADING_THE.match(span)
    if m and (adjectival or bare_plural):
        cand.start += m.end()
    return cand


def _longest_first(found: list[Candidate]) -> list[Candidate]:
    found.sort(key=lambda c: (-(c.end - c.start), PRIORITY[c.rule], c.start))
    # The spans taken so far never overlap, so in start order their ends rise too: the one that
    # starts last before a candidate ends is the only one it can overlap. A bisection finds it,
    # where a scan of every taken span made a text of many expressions quadratic.
    starts: list[int] = []
    taken: list[Candidate] = []
    for cand in found:
        at = bisect_left(starts, cand.end)
        if at and taken[at - 1].end > cand.start:
            continue
        starts.insert(at, cand.start)
        taken.insert(at, cand)
    return taken


# --- filters: a rule's match that is not a time expression in its context ----------------------


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w$%'.,]+)\s*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\s*([\w$%]+)", text[end : end + 30])
    return m.group(1).lower() if m else ""


_MONTH_PREPOSITIONS = {
    "in", "by", "since", "until", "till", "from", "of", "last", "this", "next", "early", "late",
    "mid", "mid-", "before", "after", "during", "through", "to", "between", "and", "or", "end",
    "on", "for", "past", "coming",
}  # fmt: skip
_SEASON_PREPOSITIONS = {
    "in",
    "during",
    "by",
    "until",
    "since",
    "through",
    "over",
    "this",
    "early",
    "late",
    "mid",
}
_NOT_SET_BEFORE = {
    "for", "in", "of", "about", "than", "over", "after", "within", "nearly", "almost", "just",
    "only", "under", "around", "least", "most", "to", "from", "by", "into", "and", "or",
    "on", "at", "during", "throughout", "up", "half", "once", "another", "again", "barely",
}  # fmt: skip


# Names that can hold a capitalised time word: "the Sunday Ledger" (a paper), "Friday Holdings".
_NAME_LABELS = {"ORG", "WORK_OF_ART", "FAC", "PRODUCT"}
_PLACE_OR_PERSON = {"PERSON", "GPE", "LOC", "NORP"}  # "held the Sunday Smith arrived"
# Words written in lower case when they date something: capitalised inside a sentence, they
# belong to a title ("the Today show", "Harbor Tonight").
_LOWER_CASE_DEICTICS = {"today", "tonight", "tomorrow", "yesterday"}


def _in_name(cand: Candidate, text: str, doc: Doc) -> bool:
    """A capitalised time word that is part of a name, not a date: inside a company's, paper's
    or programme's name the parser found ("Harbor Today said"), or a modifier of one where the
    parser split the name ("Monday Harbor Partners bought", "the Sunday Ledger reported").
    Real dates next to a name stay: "the Ledger reported on Sunday", "Acme Corp. Monday said"."""
    words = re.findall(r"[^\W\d_]+", text[cand.start : cand.end])
    if not words or not all(w[0].isupper() for w in words):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for ent in doc.ents if span[0].ent_type_ in _NAME_LABELS else ():
        if ent.label_ in _NAME_LABELS and ent.start <= span.start and span.end <= ent.end:
            # the name must hold more than the time word (and its article) itself
            rest = [t for t in ent if (t.i < span.start or t.i >= span.end) and t.pos_ != "DET"]
            if rest:
                return True
    root = span.root
    mid_sentence = span.start > span.sent.start
    if (
        mid_sentence
        and len(span) == 1
        and root.lower_ in _LOWER_CASE_DEICTICS
        and doc[span.start - 1].pos_ == "PROPN"
    ):
        return True  # "Dunmore Today said": a capitalised "today" run on from a name is the name's
    if root.dep_ != "compound" or span.start <= root.head.i < span.end:
        return False
    head = root.head
    if head.pos_ == "PROPN" and head.ent_type_ in _NAME_LABELS:
        return True  # the first word of a name the parser split: "Friday Holdings said"
    determined = any(c.dep_ == "det" and c.i < span.start for c in head.children)
    if head.pos_ == "PROPN" and determined and head.ent_type_ not in _PLACE_OR_PERSON:
        return True  # "the Sunday Ledger": the article is the name's, not the day's
    return mid_sentence and len(span) == 1 and root.lower_ in _LOWER_CASE_DEICTICS


def _accept(cand: Candidate, text: str, doc: Doc) -> bool:
    check = _FILTERS.get(cand.rule)
    return check(cand, text, doc) if check else True


def _accept_month(cand: Candidate, text: str, doc: Doc) -> bool:
    word = text[cand.start : cand.end]
    if not word[0].isupper():  # "march", "may" lower-cased are verbs
        return False
    token = _token_at(doc, cand.start)
    if token is not None and (
        token.tag_ == "MD" or token.pos_ == "VERB" or token.ent_type_ in {"PERSON", "ORG"}
    ):
        return False
    if word.lower() in {"may", "march", "august"}:  # also common words: need a calendar context
        return _word_before(text, cand.start) in _MONTH_PREPOSITIONS or bool(
            re.match(r"\s*\d", text[cand.end : cand.end + 3])
        )
    return True


def _accept_month_day(cand: Candidate, text: str, doc: Doc) -> bool:
    month = cand.group("month") or ""
    if month.lower() in {"may", "march"} and not month[0].isupper():
        return False
    token = _token_at(doc, cand.start)
    if token is not None and token.tag_ == "MD":
        return False
    # "Jan 2:4" (a verse), "May 5.2" (a figure): a day number must end there
    return not re.match(r"[:.,]\d", text[cand.end : cand.end + 2])


def _accept_year(cand: Candidate, text: str, doc: Doc) -> bool:
    before = text[max(0, cand.start - 2) : cand.start]
    after = text[cand.end : cand.end + 12].lower()
    if re.search(r"[$£€#.,:/\d]\s?$", before) or re.match(r"[.,:/-]?\d|\s*(%|percent|per cent)", after):
        return False
    year = int(cand.group("year") or 0)
    token = _token_at(doc, cand.end - 4)
    if token is not None and token.dep_ == "nummod" and token.head.tag_ == "NNS" and not cand.group("fiscal"):
        # "1990 troops": a count, not a year
        return token.head.lemma_ in _YEAR_PLURAL_HEADS
    if year < 1900 and not cand.group("fiscal"):
        return _word_before(text, cand.start) in {
            "in",
            "since",
            "of",
            "from",
            "until",
            "by",
            "the",
            "to",
            "and",
        }
    return True


_YEAR_PLURAL_HEADS = {"election", "olympics", "games", "result", "earning", "figure", "sale", "level"}


def _accept_year_words(cand: Candidate, text: str, doc: Doc) -> bool:
    """A year in words ("nineteen ninety-six", "two thousand and five"), unless its last word
    counts a plural noun: "more than two thousand jobs" is a count, not the year 2000."""
    token = _token_at(doc, cand.end - 1)
    return not (
        token is not None
        and token.dep_ == "nummod"
        and token.head.tag_ == "NNS"
        and token.head.lemma_ not in _YEAR_PLURAL_HEADS
    )


def _accept_season(cand: Candidate, text: str, doc: Doc) -> bool:
    word = text[cand.start : cand.end].lower()
    return word.startswith("the ") or _word_before(text, cand.start) in _SEASON_PREPOSITIONS


def _accept_directional(cand: Candidate, text: str, doc: Doc) -> bool:
    direction = (cand.group("dir") or "").lower()
    if direction in {"before", "after", "back"}:
        # "a day after the attack": the duration is tagged alone, "after" is a signal
        return not re.match(r"\s*[\w$]", text[cand.end : cand.end + 3])
    return True


def _accept_set_a(cand: Candidate, text: str, doc: Doc) -> bool:
    if cand.group("freq") or (cand.group("a") or "").lower() == "per":
        return True
    # "$33 million a year", "interviews a day": a rate; "for a year", "in a day": a duration
    before = _word_before(text, cand.start)
    if before in _NOT_SET_BEFORE or not before:
        return False
    token = _token_at(doc, cand.start)
    prev = token.nbor(-1) if token is not None and token.i > 0 else None
    return prev is not None and (prev.pos_ in {"NUM", "NOUN", "SYM"} or prev.tag_ in {"CD", "NNS", "NN", "$"})


def _accept_vague(cand: Candidate, text: str, doc: Doc) -> bool:
    unit = (cand.group("unit") or "").lower()
    if unit in {"quarters", "seconds", "minutes", "centuries", "millennia"} and not (
        cand.group("num") or cand.group("rel")
    ):
        return False  # "living quarters", "seconds" (the ordinal), rare bare uses
    token = _token_at(doc, cand.end - 1)
    # "the days of empire" is still a duration; "Days Inn" is a name
    return not (token is not None and token.ent_type_ in {"ORG", "WORK_OF_ART", "FAC"})


# "N-year-old" is an age, which TimeBank does not tag ("a 6-year-old boy", "the 50-year-old
# alliance"), except where the noun is a running state of affairs whose age says how long it
# has lasted ("a three-year-old conflict"): then it is a duration.
_LASTING_NOUNS = {
    "conflict", "war", "dispute", "feud", "crisis", "ceasefire", "truce", "insurgency", "rebellion",
    "uprising", "siege", "blockade", "embargo", "standoff", "stand-off", "occupation", "campaign",
    "strike", "ban", "moratorium", "stalemate", "deadlock", "investigation", "probe", "battle",
    "fight", "struggle", "drought", "recession", "slump", "boom", "rivalry", "offensive",
    "invasion", "protest", "protests", "shutdown", "lockdown", "boycott", "sanctions", "impasse",
    "negotiations", "talks", "violence", "fighting", "unrest", "search", "hunt", "manhunt",
}  # fmt: skip


def _is_age(cand: Candidate, doc: Doc) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return True
    following = doc[span.end] if span.end < len(doc) else None
    while following is not None and following.pos_ == "ADJ" and following.i + 1 < len(doc):
        following = doc[following.i + 1]  # "a three-year-old bloody conflict"
    return following is None or following.lemma_.lower() not in _LASTING_NOUNS


def _accept_duration(cand: Candidate, text: str, doc: Doc) -> bool:
    num = (cand.group("num") or "").lower().strip()
    unit = cand.group("unit") or ""
    if (cand.group("suffix") or "").lower() == "-old" and _is_age(cand, doc):
        return False
    if text[cand.start - 1 : cand.start] == "-":  # the tail of "6-year-old": the rule saw "year-old"
        return False
    if re.fullmatch(r"1\d{3}|20\d\d", num) and not unit.endswith("s"):
        return False  # "the 1988 quarter": a year, not 1988 quarters
    if unit.lower() == "second":
        return False  # the ordinal far more often than one second ("the 1988 second quarter")
    if num in {"a", "an"} and unit.endswith("s") and unit.lower() not in {"hours"}:
        return False  # "a years-old feud": the article belongs to the noun
    if unit in {"second", "seconds"} and num in {"a", "an"}:
        return False  # "a second" is mostly the ordinal ("a second term")
    after = _word_after(text, cand.end)
    if after == "old" or (unit.startswith("quarter") and after == "of"):
        return False  # an age ("52 years old"), a fraction ("three-quarters of")
    if unit[:1].isupper() and not text[cand.start : cand.end].isupper():
        return False  # a title: "60 Minutes"
    if num in {"a", "an", "one"} and unit == "day" and after in {"when", "that"}:
        return False
    # "will one day be": the idiom "some day", not 24 hours
    return not (num == "one" and unit == "day" and _word_before(text, cand.start) in _MODALS)


_MODALS = {"will", "would", "could", "may", "might", "can", "should", "must", "'ll"}


def _accept_ref(cand: Candidate, text: str, doc: Doc) -> bool:
    word = re.sub(r"\s+", " ", (cand.group("ref") or "").lower())
    if word == "the past" and re.match(r"\s+(?:\d|few|several|many|couple)", text[cand.end : cand.end + 10]):
        return False  # "the past three summers": a count of periods follows
    token = _token_at(doc, cand.start)
    if word == "soon" and _word_before(text, cand.start) == "as":
        return False  # "as soon as Tuesday": a signal for the date that follows
    if word == "current":
        # adjectives only: "the current government", not "the current" (a flow)
        if token is None or token.pos_ != "ADJ":
            return False
        return _word_after(text, cand.end) not in {"account", "accounts", "affairs", "events", "tense"}
    return not (word in {"soon", "shortly"} and _word_after(text, cand.end) in {"after", "before"})


def _accept_set_adverb(cand: Candidate, text: str, doc: Doc) -> bool:
    # "its quarterly dividend": a kind of payment, not a recurrence TimeBank would tag
    token = _token_at(doc, cand.start)
    return (cand.group("adv") or "").lower() != "quarterly" or token is None or token.pos_ != "ADJ"


def _accept_quarter_rel(cand: Candidate, text: str, doc: Doc) -> bool:
    # a bare "quarter" is a fraction ("a quarter of voters"); "period" needs a year-ago sense
    rel = (cand.group("rel") or "").lower()
    if cand.group("unit") and cand.group("unit").lower() == "period":
        return rel in {
            "year-earlier",
            "year-ago",
            "year-before",
            "same",
            "comparable",
            "latest",
            "corresponding",
        }
    return bool(rel) or (bool(cand.group("the")) and _word_after(text, cand.end) not in {"of", "century"})


def _accept_rel_unit(cand: Candidate, text: str, doc: Doc) -> bool:
    rel = (cand.group("rel") or "").lower()
    unit = (cand.group("unit") or "").lower()
    if unit in {"day", "morning", "afternoon", "evening", "night", "season"}:
        # "the next day", "the following morning" refer back; "last day", "this season" do not
        if unit == "night" and rel == "last":
            return True
        return bool(cand.group("the")) and rel in {
            "next",
            "following",
            "previous",
            "preceding",
            "same",
            "prior",
        }
    if rel in {"present", "same", "prior", "preceding"} and not cand.group("the"):
        return False
    # "the last year of his term": an ordinal position, not last year
    return not (rel == "last" and cand.group("the") and _word_after(text, cand.end) == "of")


def _accept_weekend(cand: Candidate, text: str, doc: Doc) -> bool:
    return bool(cand.group("the") or cand.group("rel"))


def _accept_time(cand: Candidate, text: str, doc: Doc) -> bool:
    # "3:16" in "John 3:16" or a score "2:30" after a dash is not a clock time; a time
    # directly followed by more digits is a ratio or reference.
    return not re.match(r"[:.]?\d", text[cand.end : cand.end + 2])


def _accept_half_year(cand: Candidate, text: str, doc: Doc) -> bool:
    return bool(cand.group("year")) or _word_after(text, cand.end) == "of" or _financial_context(text, cand)


def _financial_context(text: str, cand: Candidate) -> bool:
    window = text[max(0, cand.start - 200) : cand.end + 200].lower()
    return any(w in window for w in ("profit", "earnings", "revenue", "sales", "quarter", "fiscal"))


def _accept_decade(cand: Candidate, text: str, doc: Doc) -> bool:
    word = (cand.group("dec") or "").lower()
    # "the sixties" needs its article; "in his fifties" is an age
    if word.isalpha():
        return text[cand.start : cand.end].lower().startswith("the ") and _word_before(
            text, cand.start
        ) not in {
            "his",
            "her",
            "their",
        }
    return True


def _accept_deictic(cand: Candidate, text: str, doc: Doc) -> bool:
    word = (cand.group("word") or "").lower()
    if word == "overnight":
        token = _token_at(doc, cand.start)
        return token is not None and token.pos_ == "ADV"
    return True


_FILTERS: dict[str, Callable[[Candidate, str, Doc], bool]] = {
    "month": _accept_month,
    "date_md": _accept_month_day,
    "date_dmy": _accept_month_day,
    "month_year": _accept_month_day,
    "year": _accept_year,
    "year_words": _accept_year_words,
    "season": _accept_season,
    "ago": _accept_directional,
    "set_a": _accept_set_a,
    "vague_duration": _accept_vague,
    "duration": _accept_duration,
    "duration_adj": _accept_duration,
    "present_ref": _accept_ref,
    "set_adverb": _accept_set_adverb,
    "past_ref": _accept_ref,
    "future_ref": _accept_ref,
    "quarter_rel": _accept_quarter_rel,
    "rel_unit": _accept_rel_unit,
    "weekend": _accept_weekend,
    "time_24": _accept_time,
    "time_ampm": _accept_time,
    "half_year": _accept_half_year,
    "decade": _accept_decade,
    "deictic": _accept_deictic,
}

# --- gluing neighbours -------------------------------------------------------------------------

DAY_RULES = {"date_iso", "date_slash", "date_mdy", "date_dmy", "date_md"}
DAYLIKE_RULES = DAY_RULES | {"weekday", "deictic", "wd_date", "holiday"}
TIME_RULES = {"time_ampm", "time_24", "time_mil", "time_named", "time_oclock"}
NEEDS_YEAR_RULES = {
    "month",
    "quarter_ord",
    "half_year",
    "season",
    "date_md",
    "date_dmy",
    "wd_date",
    "holiday",
}
_COMMA_GAP = re.compile(r"^\s*,?\s*$")
_TIME_DAY_GAP = re.compile(r"^\s*(?:,|on)?\s*$", re.IGNORECASE)
_OF_GAP = re.compile(r"^\s*(?:of\s+|,\s*)?$", re.IGNORECASE)


def _is_year_expr(cand: Candidate) -> bool:
    if cand.rule == "year":
        return True
    return cand.rule == "rel_unit" and (cand.group("unit") or "").lower() == "year" and not cand.group("the")


def _merge_kind(a: Candidate, b: Candidate, gap: str) -> str | None:
    if a.rule == "weekday" and b.rule in DAY_RULES and _COMMA_GAP.match(gap):
        return "wd_date"  # "Friday, February 6"; "Wednesday morning, February 4" keeps its part
    if a.rule in DAYLIKE_RULES and b.rule in TIME_RULES and _COMMA_GAP.match(gap):
        return "date_time"
    if a.rule in TIME_RULES and b.rule in DAYLIKE_RULES and _TIME_DAY_GAP.match(gap) and not a.group("paren"):
        return "time_date"  # "7.40am, Thursday"; "shortly after 10pm on Wednesday, 18 March"
    if _is_year_expr(a) and b.rule in {"quarter_ord", "half_year", "month"} and gap == "'s ":
        return "year_first"  # "next year's first quarter"
    if a.rule in NEEDS_YEAR_RULES and _is_year_expr(b) and _OF_GAP.match(gap):
        if a.rule in {"date_md", "date_dmy", "wd_date"} and a.group("year"):
            return None
        return "with_year"
    return None


def _merge_neighbours(cands: list[Candidate], text: str) -> list[Candidate]:
    merged: list[Candidate] = []
    for cand in cands:
        if merged:
            prev = merged[-1]
            kind = _merge_kind(prev, cand, text[prev.end : cand.start])
            if kind == "year_first":
                merged[-1] = Candidate(prev.start, cand.end, "with_year", cand.groups, parts=[cand, prev])
                continue
            if kind is not None:
                merged[-1] = Candidate(prev.start, cand.end, kind, prev.groups, parts=[prev, cand])
                continue
            day = _day_after_time_on_weekday(prev, cand, text)
            if day is not None:
                merged[-1] = day
                continue
        merged.append(cand)
    return merged


def _day_after_time_on_weekday(prev: Candidate, cand: Candidate, text: str) -> Candidate | None:
    """ "7.40am on Thursday" followed by "19 March": the weekday and the date are one day
    ("Thursday 19 March"), the time on it."""
    if prev.rule != "time_date" or len(prev.parts) != 2 or cand.rule not in DAY_RULES:
        return None
    time, weekday = prev.parts
    if weekday.rule != "weekday" or not _COMMA_GAP.match(text[weekday.end : cand.start]):
        return None
    day = Candidate(weekday.start, cand.end, "wd_date", weekday.groups, parts=[weekday, cand])
    return Candidate(prev.start, cand.end, "time_date", prev.groups, parts=[time, day])


# Modifiers that TimeML keeps inside the expression ("early next year", "the end of November").
_MODIFIER = re.compile(
    r"(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder|(?:first|second|latter|"
    r"early|later)\s+(?:half|part))\s+of\s+|(?<![\w])(?:the\s+)?(?:early|late|mid|earlier|later)(?:\s+|-)|"
    r"(?<![\w])(?:the\s+)?mid-)$",
    re.IGNORECASE,
)
_EXTENDABLE = (
    DAYLIKE_RULES
    | TIME_RULES
    | {
        "month",
        "month_year",
        "year",
        "decade",
        "century",
        "rel_unit",
        "rel_named",
        "season",
        "season_year",
        "quarter_ord",
        "that_unit",
        "deictic_part",
        "with_year",
        "date_time",
        "time_date",
        "weekend",
    }
)


def _extend_modifier(cand: Candidate, text: str) -> Candidate:
    if cand.rule not in _EXTENDABLE:
        return cand
    m = _MODIFIER.search(text[max(0, cand.start - 40) : cand.start])
    if m is None:
        return cand
    cand.start -= len(m.group(0))
    return cand
