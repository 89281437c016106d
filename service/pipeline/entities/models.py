"""Product models: a name and the model or version number right after it ("Widgetphone 4").

A number written straight after a name ("Zorbix 787", "Widgetphone 4", "Widgetsoft 10",
"Widgetphone 3GS") names one model of a product line: the product is the name with its number.
The small English model splits such names (the maker's name an organisation, the number a
product or nothing), misses them when the name is an unknown word ("Widgetphone 4" untagged) or
types them as a place; read as the maker's name alone, every other mention of the maker became a
product. Here the name and its number become one product mention, the maker's other mentions
keep their type, and an untagged name is found when its shape says it is one (a word in
camel case, "WidgetPhone", or a proper noun that is no English word).

No model number: a year ("Zorbix 2010"), a score ("Zorbix 2-1", "Zorbix 2 Acme 1"), an amount
or a span of time ("Zorbix 30 percent", "5 million", "6 days"), a day after a month ("Jul 29"),
a count after a possessive ("Zorbix's 20 best"), a number that starts another name, or one
after a person's full name. A share index's name and number ("the Zorbix 100 index", "the
Zorbix 225 closed higher") is no product. A name the model typed with its number inside
("Terminal 5") keeps its type.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from service.pipeline import names, person_names
from service.pipeline.entities.mention import ArticleFacts, NameSpan
from service.pipeline.temporal.lexicon import MONTHS
from service.pipeline.wordlists import wordset

# A model or version number: digits ("4", "787"), or digits and capitals mixed ("3GS", "S5",
# "X1"), short; a year is no model number.
_MODEL = re.compile(r"(?=[A-Z]{0,3}\d)[A-Z]{0,3}\d{1,4}[A-Z]{0,3}")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Labels a name followed by its model number may have been given: an organisation (the maker),
# a product, or a place or building (the model's guess for an unknown name).
_MODEL_LABELS = frozenset({"ORG", "PRODUCT", "LOC", "FAC", "PERSON", "WORK_OF_ART"})
# Words after a number that make it an amount, a score or a range, not a model's number.
_AMOUNT_AFTER = wordset(
    "% percent per cent million billion trillion thousand hundred - – — : / x times points "
    "second seconds minute minutes hour hours day days week weeks month months year years"
)
# Month names and their short forms, as the time tagger reads them: "Jul 29", "Zorbix
# NewsJULY 29" (a month in capitals run into the word before it, in a page's furniture) are dates.
_MONTHS = tuple(MONTHS)
# What follows or governs a market index's name ("the Zorbix 100 index", "the Zorbix 225 closed
# higher"): the name and its number name an index of share prices, not a product.
_INDEX_WORDS = wordset("index indices indexes average futures stocks shares exchange")
_MARKET_MOVES = wordset(
    "rise fall close open gain lose drop slip climb edge jump tumble plunge surge dip rally sink "
    "soar slide advance decline end finish trade"
)


def model_number(token: Token) -> bool:
    """Whether the token is written as a model or version number (not a year, not a figure with
    decimals or separators)."""
    return bool(_MODEL.fullmatch(token.text)) and not _YEAR.fullmatch(token.text)


def join_model_numbers(mentions: list[NameSpan], article: ArticleFacts) -> list[NameSpan]:
    """Each name followed by its model number becomes one product mention with it; an untagged
    brand-shaped word followed by one becomes a product mention."""
    doc = article.doc
    by_start = {m.start: m for m in mentions}
    owned = {i for m in mentions for i in range(m.start, m.end)}
    alone = {m.start for m in mentions if m.end == m.start + 1}
    out: list[NameSpan] = []
    dropped: set[int] = set()
    for m in sorted(mentions, key=lambda m: m.start):  # a number tagged alone comes after its name
        if id(m) in dropped:
            continue
        number = _number_after(m.end, article, owned, alone)
        if number is not None and _takes_a_model(m, article) and not _after_a_number(m.start, article):
            following = by_start.get(number)
            if following is not None:
                dropped.add(id(following))  # the number the model tagged alone
            article.model_lines.add(names.name_key(doc[m.start : m.end].text))
            m.end = _model_end(doc, number)
            m.label = "PRODUCT"
        out.append(m)
    for token in doc:
        if token.i in owned or not _brand_shaped(token, article) or _after_a_number(token.i, article):
            continue
        number = _number_after(token.i + 1, article, owned, alone)
        if number is not None and number not in owned:
            article.model_lines.add(names.name_key(token.text))
            out.append(NameSpan(token.i, _model_end(doc, number), "PRODUCT"))
    return sorted(out, key=lambda m: m.start)


# Capitals the tokenizer splits off a model number as if they were a unit ("3G" -> "3", "G").
_SPLIT_SUFFIX = re.compile(r"[A-Z]{1,3}")


def _model_end(doc: Doc, number: int) -> int:
    """The end of the model designation that starts with the number at `number`: the number and
    the capitals written against it, which the tokenizer split off ("Widgetphone 3G")."""
    after = number + 1
    if after < len(doc) and not doc[number].whitespace_ and _SPLIT_SUFFIX.fullmatch(doc[after].text):
        return after + 1
    return number + 1


def _number_after(i: int, article: ArticleFacts, owned: set[int], alone: set[int]) -> int | None:
    """The index of the model number at token i, or None. A number the model tagged by itself
    counts; one inside a longer name does not, nor one before another name ("Zorbix 2 Acme 1":
    a result, names and scores in turn)."""
    doc = article.doc
    if i >= len(doc) or not model_number(doc[i]) or not doc[i - 1].whitespace_:
        return None
    if i in owned and i not in alone:
        return None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (after.lower_ in _AMOUNT_AFTER or after.like_num or after.i in owned):
        return None
    if _market_index(doc[i]):
        return None
    return i


def _market_index(number: Token) -> bool:
    """A name and number that name a share index: an index word after it ("the Zorbix 100
    index"), or it moves as prices do ("the Zorbix 225 closed higher", "the Zorbix 40 lost")."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and after.lower_ in _INDEX_WORDS:
        return True
    # The number is the phrase's head, or the name is and the number hangs on it.
    phrase = number if number.dep_ in ("nsubj", "nsubjpass") else number.head
    return phrase.dep_ == "nsubj" and phrase.head.lemma_.lower() in _MARKET_MOVES


def _after_a_number(start: int, article: ArticleFacts) -> bool:
    """A name right after a number: a table of results ("Zorbix 2 Acme 1"), not a model's name."""
    return start > 0 and article.doc[start - 1].like_num


def _takes_a_model(m: NameSpan, article: ArticleFacts) -> bool:
    if m.label not in _MODEL_LABELS or m.possessive or m.honorific:
        return False
    span = article.doc[m.start : m.end]
    if _dated_or_owned(span[-1].text):
        return False
    if m.label == "PERSON" and person_names.person_shape(span.text):
        return False  # "Ann Smith 3": a full name takes no number
    return not article.heading[m.start] or names.camel_case(span[0].text)


def _dated_or_owned(word: str) -> bool:
    """A month before the number ("Jul 29", a month run into the word before it, "NewsJULY 29")
    makes a date; a possessive ending with any apostrophe ("Acme‘s 20") an owner's count."""
    lower = word.lower()
    if lower in _MONTHS or any(word.endswith(m.upper()) and word[0].isupper() for m in _MONTHS):
        return True
    return lower[-2:-1] in ("'", "’", "‘", "`") and lower.endswith("s")


def _brand_shaped(token: Token, article: ArticleFacts) -> bool:
    """A word that is a brand by its shape: camel case, or a capitalised proper noun that is no
    English word (a sentence's first word, a heading's words say nothing by their capital)."""
    text = token.text
    if not text.isalpha() or len(text) < 2 or _dated_or_owned(text):
        return False
    if names.camel_case(text):
        return True
    if token.is_sent_start or article.heading[token.i] or not text[0].isupper() or text.isupper():
        return False
    return token.pos_ == "PROPN" and bool(article.english) and token.lower_ not in article.english
