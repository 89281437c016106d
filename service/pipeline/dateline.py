"""The dateline a wire story opens with, and the agency it credits: pure, over the opening text.

Agency and newspaper copy opens with where (and often when) it was filed and whose copy it is,
before the first sentence proper: "HARBORTON, Dec 19 (Agency) - The port ...", "LAKEVIEW — The
mayor ...", "(Agency) -- A member of ...", "CITY / Agency /-- ...". The place and the date are no
headline (a story titled "(HARBORTON)" or an outlet named by it says nothing), and the agency in
parentheses is whose words the article's own voice is when nothing else names its outlet.
"""

from __future__ import annotations

import re

import msgspec

from service.pipeline.wordlists import wordset

# A place as datelines print it: words in capitals ("NEW HARBORTON", "ST. ELSEWHERE"), possibly
# two joined by a slash ("EASTPORT/WESTPORT").
_CAPS_WORD = r"[A-Z][A-Z.'’&-]+"
_PLACE = rf"{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})*(?:\s*/\s*{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})*)?"
# After the place: a region or a date, each after a comma (", Lakeland", ", Dec. 1", ", Ont.").
_QUALIFIER = r"(?:\s*,\s*[A-Z0-9][\w.'’]*(?:[ \t]+[A-Z0-9][\w.'’]*){0,3})"
# Whose copy it is, in parentheses: "(Agency)", "(Channel 9/Agency)".
_CREDIT = r"\(\s*(?P<credit>[^()\n]{1,40}?)\s*\)"
# The dash that ends a dateline, glued or spaced; a hyphen glued to the next word joins a name
# ("KXYZ-TV"), it ends nothing.
_DASH = r"(?:--|-(?![^\W\d_])|–|—)"
# A place, its region or date, the credit if any, and always the dash: without it, capitals and
# a parenthesis open many a sentence ("ACME (the maker) said").
_PLACED = re.compile(rf"(?P<place>{_PLACE}){_QUALIFIER}*\s*(?:{_CREDIT})?\s*{_DASH}[ \t]*")
# "CITY / Agency /--": the agency between slashes.
_SLASHED = re.compile(
    rf"(?P<place>{_PLACE})\s*/\s*(?P<credit>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){{0,3}})\s*/\s*{_DASH}?[ \t]*"
)
# "(Agency) -- text" or "(CITY) text": a parenthesised credit or place alone.
_BARE = re.compile(rf"{_CREDIT}[ \t]*({_DASH})?[ \t]*")
# The longest dateline read: place, region, date and credit fit well within it.
DATELINE_CHARS = 160
# Most words an agency's name has; longer text in parentheses is an aside, not a credit.
AGENCY_WORDS = 5
# Newsroom labels printed in parentheses where a credit would be: "(Source)", "(Updated)".
LABELS = wordset(
    "source sources photo photos video audio update updated updates watch file pictured opinion "
    "analysis editorial exclusive breaking"
)
# Words a full stop abbreviates, after which a sentence goes on ("Sept. 5", "Mr. Roe", "Acme
# Inc. said"): titles, months and company forms.
ABBREVIATIONS = wordset(
    "mr mrs ms dr st jr sr gen gov sen rep lt col capt sgt prof rev jan feb mar apr jun jul aug "
    "sep sept oct nov dec no inc corp co ltd vs"
)
# The longest first sentence kept; a text with no full stop before it is cut there.
SENTENCE_CHARS = 300
_FULL_STOP = re.compile(r"\.\s+")
# Any text at all after a dateline (a dateline alone is no dateline of anything).
_TEXT = re.compile(r"\S")


class Dateline(msgspec.Struct, frozen=True):
    """Where the dateline ends in the text (0: none), the agency it credits (None: none), and
    where its place is written (start and end offsets; None: it names none)."""

    end: int
    agency: str | None = None
    place: tuple[int, int] | None = None


def dateline(text: str) -> Dateline:
    """The dateline at the start of `text` (leading white space allowed), if any, with text
    after it."""
    start = len(text) - len(text.lstrip())
    opening = text[start : start + DATELINE_CHARS]
    for pattern in (_SLASHED, _PLACED):
        found = pattern.match(opening)
        if found is not None and _TEXT.search(text, start + found.end()):
            place = (start + found.start("place"), start + found.end("place"))
            return Dateline(end=start + found.end(), agency=_agency(found.group("credit")), place=place)
    found = _BARE.match(opening)
    if found is not None and _TEXT.search(text, start + found.end()):
        # "(Agency) -- text" and "(Agency) text" credit an agency; "(CITY) text" or "(CITY, ST) -
        # text" is a place (in capitals with no dash, the two cannot be told apart: no credit).
        label = found.group(1)
        credited = "," not in label and (found.group(2) is not None or not label.isupper())
        return Dateline(end=start + found.end(), agency=_agency(label) if credited else None)
    return Dateline(end=0)


def without_dateline(text: str) -> str:
    """The text after its dateline (all of it when it has none, or when nothing follows)."""
    rest = text[dateline(text).end :]
    return rest if rest.strip() else text


def opening_sentence(text: str) -> str | None:
    """The text's first sentence after its dateline, white space folded: up to the first full
    stop that ends a sentence (not one after an initial, "U.S.", or an abbreviation, "Sept. 5",
    nor one a lowercase word follows), at most SENTENCE_CHARS characters."""
    flat = " ".join(without_dateline(text).split())
    for stop in _FULL_STOP.finditer(flat):
        if stop.start() >= SENTENCE_CHARS:
            break
        before = flat[: stop.start()].rsplit(" ", 1)[-1]
        after = flat[stop.end() : stop.end() + 1]
        if after.islower() or _abbreviated(before):
            continue
        return flat[: stop.start() + 1]
    return flat[:SENTENCE_CHARS] or None


def _abbreviated(word: str) -> bool:
    """Whether a full stop after `word` marks an abbreviation: a single letter or letters with
    stops between them ("U.S"), or a word of ABBREVIATIONS."""
    bare = word.lstrip("(\"'“‘")
    return len(bare) == 1 or "." in bare or bare.lower() in ABBREVIATIONS


def _agency(credit: str | None) -> str | None:
    if credit is None:
        return None
    name = " ".join(credit.split())
    words = name.split()
    if not words or len(words) > AGENCY_WORDS or not (name[0].isupper() or name[0].isdigit()):
        return None
    if "," in name or not any(c.isalpha() for c in name):
        return None  # "(HARBORTON, LK)": a place; "(2014)": no name
    if any(not (w[0].isupper() or w[0].isdigit()) for w in words) or words[0].lower() in LABELS:
        return None  # "(Updates with new figures)", "(Source)": a label, not whose copy it is
    return name
