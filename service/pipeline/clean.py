"""Raw page text in, article text out: page furniture removed, every kept character traceable.

A scraped news page carries more than its article: navigation, advertising markers, calls to
action, photo captions, bylines and lists of other stories' headlines. `clean` keeps the
article, finds the title and the publication date the page states, and records where each
kept stretch of text sits in the raw input.

Pure (no I/O). Every rule is a pattern of page furniture, never the wording of one site.
Regexes have no nested quantifiers and the costlier tests only look at short lines, so time
stays linear in the input whatever it holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from service.pipeline import mojibake
from service.pipeline.types import Cleaned
from service.pipeline.wordlists import PAGE_FURNITURE

Run = tuple[int, int, int]  # (start in the output text, start in the source text, length)

# ---------------------------------------------------------------------------------------------
# Characters and lines

# Control and invisible format characters: they carry nothing a reader sees, and NUL & co.
# upset downstream tools. Line-break controls are not here: they split lines instead.
_HIDDEN = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff]+")
# What str.splitlines breaks lines at: a line's own text ends before these.
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Within a line: runs of white space (one is kept), and a space before a full stop or comma
# ("each other .") that scrapers leave where markup used to be.
_SPACE_RUN = re.compile(r"\s\s+")
_SPACE_BEFORE_STOP = re.compile(r"(?<=[^\W_])[ \t]+(?=[.,](?:\s|$))")
# A stray full stop after a sentence that already ended: `publications." .`
_STRAY_STOP = re.compile(r"(?<=[.!?][\"”’'»)])[ \t]+\.(?=\s|$)")

_CLOSERS = "\"'”’»)]"
_SENTENCE_END = ".!?…"
# Lines longer than this are article text: no furniture pattern is tried on them.
_SHORT_LINE = 400
# A headline (title, related story, list item) is at most this many words.
_HEADLINE_WORDS = 30

# ---------------------------------------------------------------------------------------------
# Furniture vocabulary: generic page chrome, never any one site's wording.

# Word lists, kept compact by hand. Whole lines of navigation, advertising markers and list
# headers are wordlists.PAGE_FURNITURE, which the entity step shares.
# fmt: off
# Phrases a scraper glues in front of the first line of text ("ADVERTISEMENT The ..."): only
# unambiguous markers, since "Home ..." or "Search ..." may begin a real sentence.
_GLUED_PHRASES = frozenset({"advertisement", "sponsored", "all sections", "all news", "skip to content"})
# Calls to action begin with one of these verbs and address the reader about the site.
_CTA_VERBS = frozenset({
    "follow", "support", "subscribe", "join", "donate", "become", "share", "like", "sign",
    "download", "get", "install", "click", "tap", "read", "watch", "listen", "contact", "help",
    "buy", "register", "visit", "check",
})
_CTA_OBJECTS = frozenset({
    "our", "ours", "newsletter", "newsletters", "patron", "patrons", "donate", "donation",
    "donations", "subscribe", "subscription", "subscriptions", "app",
})
# Words after which a call-to-action verb is a noun or a subject, not an imperative.
_NOT_IMPERATIVE = frozenset({
    "for", "of", "from", "among", "across", "is", "was", "are", "were", "has", "had", "have",
    "will", "would", "could", "may", "might", "grew", "rose", "fell", "remains", "remained",
})
# Language-switcher labels: ISO codes and the usual short and native labels. "uk" is left out
# (it is more often the country), as is "us".
_LANGUAGE_LABELS = frozenset({
    "en", "eng", "english", "ua", "ukr", "укр", "укр.", "українська", "рус", "рус.", "русский",
    "ру", "ru", "rus", "de", "deu", "ger", "deutsch", "fr", "fra", "français", "es", "esp",
    "español", "it", "ita", "italiano", "pl", "pol", "polski", "pt", "por", "português", "tr",
    "türkçe", "ar", "عربي", "zh", "中文", "ja", "日本語", "ko", "한국어", "ro", "hu", "cs", "sk",
    "bg", "be", "бел", "беларуская", "kk", "қаз", "ka", "az", "uz", "lt", "lv", "et", "nl",
})
# Lower-case words allowed between the names of a byline ("By Ann Lee and Jan van Dijk").
_NAME_JOINERS = frozenset({"and", "in", "for", "of", "de", "van", "von", "der", "al"})
# fmt: on
_LANG_SPLIT = re.compile(r"[\s|/·•]+")
# Link labels in front of another story's headline: "Read more: ...", "See also | ...".
_LINK_LABEL = re.compile(
    r"(?:read more|read also|also read|see also|read next|related|recommended|must read|watch|listen)"
    r"(?:[ \t]*[:|»›>]|[ \t]+[–—-][ \t])",  # a dash only when spaced: "Related-party" is a word
    re.IGNORECASE,
)
# Credit lines of a news agency's copy: "Reporting by X; Editing by Y".
_STAFF_CREDIT = re.compile(
    r"(?:additional[ \t]+)?(?:reporting|writing|editing|edited|compiled|written|produced)[ \t]+by\b", re.I
)
# An update or publication note without a date: "Updated 2 hours ago", "Published 5 min ago".
_TIME_NOTE = re.compile(r"(?:last[ \t]+)?(?:updated|published|posted|modified)\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)|.*\ball rights reserved", re.IGNORECASE)
# Photo captions and credits: "Photo Credit: X", "Name. Stock photo: X", "Photo by X", "| Image: X".
# The marker must open the line or follow a bar, a bracket, a dash or a sentence's end (with at
# most one word such as "Stock" or "File" between), so that "he posted a video: ..." is prose.
_CAPTION = re.compile(
    r"(?:^|[|(\[/•·–—-]|[.!?][\"”’]?[ \t])[ \t]*(?:[^\W\d_]+[ \t]+)?"
    r"(?:(?:photo|image|picture|pic|illustration|video|footage)s?(?:[ \t]+(?:credits?|courtesy|source|caption))?[ \t]*:"
    r"|(?:photo|image|picture|video)s?[ \t]+(?:credits?|source|caption)[ \t]*,"
    r"|(?:photo|image|picture)s?[ \t]+(?:by|courtesy of|credit)\b"
    r"|credits?[ \t]*:)",
    re.IGNORECASE,
)
# Cheap substring tests run before the caption pattern itself, which is slow on prose.
_CAPTION_CUES = ("photo", "image", "pic", "illustration", "video", "footage", "credit")
# A time of day alone on a line: the stamp of an item in a news feed.
_TIME_LINE = re.compile(r"[0-9]{1,2}[:.][0-9]{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?")
# "Headline – Outlet": another story's headline with its attribution after a spaced dash.
_ATTRIBUTION = re.compile(r"[ \t][–—-][ \t]+[^\s–—]")

# ---------------------------------------------------------------------------------------------
# Dates a page states about itself

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DATE = re.compile(
    rf"(?:(?<![0-9])(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\.?[ \t]+(?P<m1>{_MONTH})\b\.?,?[ \t]+(?P<y1>[0-9]{{4}})"
    rf"|\b(?P<m2>{_MONTH})\b\.?[ \t]+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y2>[0-9]{{4}})"
    r"|(?<![0-9])(?P<y3>[0-9]{4})-(?P<m3>[0-9]{2})-(?P<d3>[0-9]{2})"
    r"|(?<![0-9])(?P<d4>[0-9]{1,2})\.(?P<m4>[0-9]{1,2})\.(?P<y4>[0-9]{4}))"
    r"(?![0-9])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"[0-9]{4}")
# The `date YYYY-MM-DD` header some feeds put on the first line.
_DATE_HEADER = re.compile(r"date:?[ \t]+([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])", re.IGNORECASE)
_TIME_OF_DAY = re.compile(
    r"(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]*[ap]\.?m\b\.?)?", re.IGNORECASE
)
# No \b in front: bylines glue the weekday to the author's name ("NAMEMonday, 11 November").
_WEEKDAY = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b\.?", re.I
)
_PUBLISH_WORD = re.compile(r"\b(?:updated|published|posted|modified|created)\b", re.IGNORECASE)
# Of the datelines above an article, one saying when it was first published beats an update.
_FIRST_PUBLISHED = re.compile(r"\b(?:published|posted|created)\b", re.IGNORECASE)
_DATELINE_FILLER = re.compile(
    r"\b(?:on|at|by|date|time|last|updated?|published|posted|modified|created)\b", re.I
)
_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r"\S+")
# Marks that distinguish two printings of one headline ("pure fiction" / pure fiction).
_PUNCTUATION = str.maketrans(dict.fromkeys("\"'“”‘’«»„.,;:!?()[]-–—…*", None))

_BLANK, _KEEP, _DROP, _TIME, _DATELINE = "blank", "keep", "drop", "time", "dateline"


@dataclass(slots=True)
class _Line:
    index: int
    start: int  # in the visible text, after stripping
    end: int
    text: str
    kind: str
    words: int
    found: date | None = None  # the date a dateline states
    stated: bool = False  # the dateline marks a publication time (a keyword or a time of day)


@dataclass(slots=True)
class _Para:
    """A paragraph of the output: kept lines, hard-wrapped ones joined, as they will be printed.

    The rules that weigh lines in context (title, repeats, headline lists, footer) judge these,
    so that they see what a second cleaning would see as one line.
    """

    lines: list[_Line]
    text: str  # lines joined by a space, inner spacing fixed: exactly the output's paragraph
    runs: list[Run]  # (offset in `text`, start in the visible text, length)
    words: int

    @property
    def kind(self) -> str:
        return self.lines[0].kind

    def drop(self) -> None:
        for line in self.lines:
            line.kind = _DROP


def clean(raw: str) -> Cleaned:
    """Strip page furniture from `raw`; find the title and the date the page states."""
    visible, runs = _visible(raw)
    # Mojibake ("Oâ€™Brien") repaired first: damaged characters split names and hide them.
    visible, repaired = mojibake.repair(visible)
    runs = _compose(repaired, runs)
    visible, plain = _plain_spaces(visible)
    runs = _compose(plain, runs)
    lines = _split(visible)
    header_date = _take_date_header(visible, lines)
    for line in lines:
        if line.kind == _KEEP:
            _classify(line)
    _drop_feed_items(lines)
    paras = _paragraphs(lines)
    title = _title(paras)
    _drop_duplicates(paras)
    _drop_headline_lists(paras, title)
    _drop_footer(paras)
    text, segments = _assemble(paras)
    inferred = None if header_date else _stated_date(lines, paras)
    return Cleaned(
        text=text,
        segments=_compose(segments, runs),
        published_at=header_date or inferred,
        published_at_inferred=inferred is not None,
        title=title.text if title else None,
    )


# ---------------------------------------------------------------------------------------------
# Visible text and its map back to the raw input


def _visible(raw: str) -> tuple[str, list[Run]]:
    """`raw` without hidden characters, and runs mapping the result back onto `raw`."""
    # Printable lines (nearly all of them) need no regex scan.
    if all(line.isprintable() or _HIDDEN.search(line) is None for line in raw.splitlines()):
        return raw, [(0, 0, len(raw))]
    parts: list[str] = []
    runs: list[Run] = []
    done = 0
    for start, end in _kept_stretches(_HIDDEN, raw):
        runs.append((done, start, end - start))
        parts.append(raw[start:end])
        done += end - start
    return "".join(parts), runs or [(0, 0, 0)]


# Spaces other than the plain one, as pages type them: no-break ("Jane&nbsp;Doe"), thin, en and
# em spaces. The language model reads a plain space only: with any other, "Jane\u00a0Doe" were
# two names and the space a token of its own.
_WIDE_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def _plain_spaces(text: str) -> tuple[str, list[Run]]:
    """`text` with every other kind of space a plain one (one character for one, so offsets
    hold), and runs over the characters kept as they were."""
    if _WIDE_SPACES.search(text) is None:
        return text, [(0, 0, len(text))]
    runs = [(start, start, end - start) for start, end in _kept_stretches(_WIDE_SPACES, text)]
    return _WIDE_SPACES.sub(" ", text), runs or [(0, 0, 0)]


def _kept_stretches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The (start, end) stretches of `text` between the matches of `pattern`, none empty."""
    stretches: list[tuple[int, int]] = []
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            stretches.append((pos, match.start()))
        pos = match.end()
    if pos < len(text):
        stretches.append((pos, len(text)))
    return stretches


def _compose(segments: list[Run], runs: list[Run]) -> list[Run]:
    """Map (clean, visible, length) runs through (visible, raw, length) runs onto the raw text.

    Visible characters no run covers (rewritten by a mojibake repair) are left out of the map:
    their offsets map back to the end of the stretch before them (Cleaned.to_raw)."""
    if len(runs) == 1 and runs[0][0] == runs[0][1] == 0 and runs[0][2] >= _extent(segments):
        return segments  # the identity map
    starts = [run[0] for run in runs]
    out: list[Run] = []
    for clean_at, visible_at, length in segments:
        while length > 0:
            index = bisect_right(starts, visible_at) - 1
            run_visible, run_raw, run_length = runs[index] if index >= 0 else (0, 0, 0)
            take = min(length, run_visible + run_length - visible_at)
            if take <= 0:  # in a gap between runs: skip to the next run
                following = starts[index + 1] if index + 1 < len(starts) else visible_at + length
                take = min(length, following - visible_at)
            else:
                out.append((clean_at, run_raw + visible_at - run_visible, take))
            clean_at, visible_at, length = clean_at + take, visible_at + take, length - take
    return out


def _extent(runs: list[Run]) -> int:
    return max((start + length for _, start, length in runs), default=0)


def _split(visible: str) -> list[_Line]:
    """Lines, stripped of surrounding white space; long lines are taken as article text."""
    lines: list[_Line] = []
    pos = 0
    for piece in visible.splitlines(keepends=True):
        ending = 2 if piece.endswith("\r\n") else int(piece[-1] in _BREAKS)
        lines.append(_make_line(len(lines), visible, pos, pos + len(piece) - ending))
        pos += len(piece)
    # A text ending in a line break has an empty last line, as a text with no breaks has one.
    if not lines or visible[-1] in _BREAKS:
        lines.append(_make_line(len(lines), visible, pos, pos))
    return lines


def _make_line(index: int, visible: str, start: int, end: int) -> _Line:
    text = visible[start:end]
    stripped = text.strip()
    if not stripped:
        return _Line(index, start, start, "", _BLANK, 0)
    start += len(text) - len(text.lstrip())
    words = len(stripped.split()) if len(stripped) <= _SHORT_LINE else _SHORT_LINE
    return _Line(index, start, start + len(stripped), stripped, _KEEP, words)


def _restart(line: _Line, visible: str, start: int) -> None:
    """Make `line` begin at `start` (skipping white space), or blank when nothing is left."""
    fresh = _make_line(line.index, visible, start, line.end)
    line.start, line.end, line.text, line.kind, line.words = (
        fresh.start,
        fresh.end,
        fresh.text,
        fresh.kind,
        fresh.words,
    )


# ---------------------------------------------------------------------------------------------
# The date header


def _take_date_header(visible: str, lines: list[_Line]) -> date | None:
    """Read a leading `date YYYY-MM-DD` and keep whatever follows it on the line as text."""
    first = next((line for line in lines if line.kind == _KEEP), None)
    if first is None:
        return None
    match = _DATE_HEADER.match(first.text)
    found = match and _make_date(match[1], match[2], match[3])
    if not found:
        return None
    _restart(first, visible, first.start + match.end())
    _strip_glued(first, visible)
    return found


def _strip_glued(line: _Line, visible: str) -> None:
    """Drop furniture markers glued in front of the text ("ADVERTISEMENT The ...")."""
    while line.kind == _KEEP:
        words = [m.span() for m in _TOKEN.finditer(line.text, 0, 200)][:4]
        for size in (3, 2, 1):
            head = line.text[: words[size - 1][1]] if len(words) > size else ""
            if head and _phrase(head) in _GLUED_PHRASES and (head.isupper() or head.istitle()):
                _restart(line, visible, line.start + len(head))
                break
        else:
            return


def _make_date(year: str, month: str, day: str) -> date | None:
    number = int(month) if month.isdigit() else _MONTHS.get(month.casefold().rstrip("."), 0)
    if not 1900 <= int(year) <= 2100:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# One line at a time


def _classify(line: _Line) -> None:
    """Mark a line as furniture, a feed time stamp, a dateline, or text to keep."""
    text = line.text
    if len(text) > _SHORT_LINE:
        return
    if _TIME_LINE.fullmatch(text):
        line.kind = _TIME
        return
    # Datelines first: some would pass for furniture too, but they may date the article.
    _read_dateline(line)
    if line.kind == _KEEP and _is_furniture(text, line.words):
        line.kind = _DROP


def _is_furniture(text: str, words: int) -> bool:
    folded = text.casefold()
    return (
        _phrase(text) in PAGE_FURNITURE
        or _is_call_to_action(text, words)
        or _is_language_switcher(text, words)
        or _is_caption(folded, words)
        or _is_label(text)
        or _is_byline(text, words)
        or _WORD.search(text) is None
        or _is_tag_strip(text)
        or (words <= _HEADLINE_WORDS and _LINK_LABEL.match(text) is not None)
        or _is_copyright(folded, words)
        or (words <= 20 and _STAFF_CREDIT.match(text) is not None)
        or (words <= 8 and not _ends_sentence(text) and _TIME_NOTE.match(text) is not None)
    )


def _phrase(text: str) -> str:
    """Casefolded, single-spaced, without the punctuation menus put around their items."""
    return " ".join(text.casefold().split()).strip(" :|•·»›>*#–—-")


def _is_call_to_action(text: str, words: int) -> bool:
    """ "Follow us on ...", "Support X or become our patron!": a verb addressing the reader."""
    if words > 12:
        return False
    tokens = _WORD.findall(text)
    if len(tokens) < 2 or tokens[0].casefold() not in _CTA_VERBS:
        return False
    # "Support for our troops ...", "Share of our budget ...": the verb is a noun there.
    if tokens[1].casefold() in _NOT_IMPERATIVE:
        return False
    # "us" but not "US": the country is no call to action.
    return any(t in ("us", "Us") or t.casefold() in _CTA_OBJECTS for t in tokens[1:])


def _is_language_switcher(text: str, words: int) -> bool:
    """Language labels ("Укр Рус Eng"), possibly followed by other page furniture."""
    if words > 12:
        return False
    tokens = [t for t in _LANG_SPLIT.split(text) if t]
    labels = sum(1 for t in tokens if t.casefold() in _LANGUAGE_LABELS)
    if labels == 0:
        return False
    rest = " ".join(t for t in tokens if t.casefold() not in _LANGUAGE_LABELS)
    if not rest:
        return labels >= 2
    return _phrase(rest) in PAGE_FURNITURE or _is_call_to_action(rest, len(rest.split()))


def _is_caption(folded: str, words: int) -> bool:
    """A photo caption or credit line ("... | Photo Credit: AGENCY", "Name. Stock photo: X")."""
    if words > 40 or not any(cue in folded for cue in _CAPTION_CUES):
        return False
    return _CAPTION.search(folded) is not None


def _is_copyright(folded: str, words: int) -> bool:
    if words > 40 or not any(cue in folded for cue in ("©", "(c)", "copyright", "reserved")):
        return False
    return _COPYRIGHT.match(folded) is not None


def _is_label(text: str) -> bool:
    """A capitalised word alone on a line: an agency credit, a tag, a section label."""
    return (
        len(text) <= 40
        and text[0].isupper()
        and text[-1] not in _SENTENCE_END
        and " " not in text
        and "\t" not in text
    )


def _is_byline(text: str, words: int) -> bool:
    """ "By First Last and Other Name": "by" followed by names only."""
    if words > 10 or text[:3].casefold() != "by " or _ends_sentence(text):
        return False
    names = _WORD.findall(text)[1:]
    return bool(names) and all(name[0].isupper() or name in _NAME_JOINERS for name in names)


def _is_tag_strip(text: str) -> bool:
    """Topic tags run together without spaces: three or more capitalised words in one token."""
    if not text.isalpha() or not text[0].isupper():
        return False
    humps = sum(1 for a, b in pairwise(text) if a.islower() and b.isupper())
    return humps >= 2


def _read_dateline(line: _Line) -> None:
    """A byline or dateline: a date plus names, a time or a keyword, and no sentence around it.

    "Updated - November 11, 2024 04:27 pm IST - City", "NAMEMonday, 11 November 2024, 11:30".
    """
    text = line.text
    # Every date form read here has a four-digit year: a plain scan for one rules most lines out.
    match = _DATE.search(text) if line.words <= 16 and _YEAR.search(text) else None
    if match is None:
        return
    rest = text[: match.start()] + " " + text[match.end() :]
    stated = _PUBLISH_WORD.search(text) is not None or _TIME_OF_DAY.search(rest) is not None
    rest = _DATELINE_FILLER.sub(" ", _WEEKDAY.sub(" ", _TIME_OF_DAY.sub(" ", rest)))
    leftover = _WORD.findall(rest)
    # Only names, places and zone abbreviations may remain: a lower-case word means a sentence.
    # Without a keyword or a time, a title-case headline with a date in it must not pass for a
    # byline, hence the tighter limit.
    if len(leftover) > (6 if stated else 3) or any(w[0].islower() for w in leftover):
        return
    line.kind = _DATELINE
    line.found = _date_of(match)
    line.stated = stated


def _date_of(match: re.Match[str]) -> date | None:
    for suffix in "1234":
        if match["y" + suffix]:
            return _make_date(match["y" + suffix], match["m" + suffix], match["d" + suffix])
    return None


# ---------------------------------------------------------------------------------------------
# Lines in context


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _is_headline(line: _Line | _Para) -> bool:
    """Short and without a closing full stop: a headline, a heading or a list item."""
    return line.words <= _HEADLINE_WORDS and not _ends_sentence(line.text)


def _is_body(line: _Line | _Para) -> bool:
    """A line of article prose: it ends a sentence and is more than a word or two."""
    return line.kind == _KEEP and line.words >= 4 and _ends_sentence(line.text)


def _kept(paras: list[_Para]) -> list[_Para]:
    return [para for para in paras if para.kind == _KEEP]


def _drop_feed_items(lines: list[_Line]) -> None:
    """A news feed: time stamps each followed by a headline. Two such pairs make a feed."""
    marked = [line for line in lines if line.kind != _BLANK]
    pairs = [
        after
        for stamp, after in pairwise(marked)
        if stamp.kind == _TIME and after.kind == _KEEP and _is_headline(after)
    ]
    if len(pairs) >= 2:
        for line in pairs:
            line.kind = _DROP


def _paragraphs(lines: list[_Line]) -> list[_Para]:
    """The kept lines as output paragraphs: a line continuing a hard-wrapped one joins it."""
    paras: list[_Para] = []
    group: list[_Line] = []
    for line in lines:
        if line.kind != _KEEP:
            continue
        if group and not _continues(group[-1], line):
            paras.append(_paragraph(group))
            group = []
        group.append(line)
    if group:
        paras.append(_paragraph(group))
    return paras


def _continues(previous: _Line, line: _Line) -> bool:
    """A hard-wrapped paragraph: the next raw line, starting lower case, after no sentence end."""
    return (
        line.index == previous.index + 1
        and line.text[0].islower()
        and not _ends_sentence(previous.text)
        and previous.text[-1] != ":"
    )


def _paragraph(lines: list[_Line]) -> _Para:
    parts: list[str] = []
    runs: list[Run] = []
    size = 0
    for line in lines:
        if parts:
            parts.append(" ")
            size += 1
        for offset, length in _pieces(line.text):
            _add_run(runs, (size, line.start + offset, length))
            parts.append(line.text[offset : offset + length])
            size += length
    text = "".join(parts)
    words = len(text.split()) if len(text) <= _SHORT_LINE else _SHORT_LINE
    return _Para(lines, text, runs, words)


def _title(paras: list[_Para]) -> _Para | None:
    """The first paragraph when it reads as a headline (short, no closing full stop).

    A first line that a lower-case line continues is the start of a wrapped sentence: it is
    judged with its continuation, as the paragraph it forms.
    """
    kept = _kept(paras)
    if not kept:
        return None
    first = kept[0]
    text = first.text.rstrip(_CLOSERS)
    if not 2 <= first.words <= _HEADLINE_WORDS or len(first.text) > 250 or not text:
        return None
    if text[-1] in ".…:;," or not (
        first.text[0].isupper() or first.text[0].isdigit() or first.text[0] in "\"“'‘«"
    ):
        return None
    return first


def _key(text: str) -> str:
    """What makes two lines the same: their letters and digits, casefolded."""
    return "".join(text.casefold().translate(_PUNCTUATION).split())


def _drop_duplicates(paras: list[_Para]) -> None:
    """A paragraph repeated (a headline printed twice, a standfirst repeating a sentence) stays
    once.

    The copy that ends a sentence wins (it is the article's prose); otherwise the first.
    """
    groups: dict[str, list[_Para]] = {}
    for para in _kept(paras):
        if para.words >= 3:
            groups.setdefault(_key(para.text), []).append(para)
    for copies in groups.values():
        if len(copies) > 1:
            keeper = next((para for para in copies if _ends_sentence(para.text)), copies[0])
            for para in copies:
                if para is not keeper:
                    para.drop()


def _drop_headline_lists(paras: list[_Para], title: _Para | None) -> None:
    """Runs of headlines mostly attributed "Headline – Outlet": other stories, not this one.

    The title never belongs to such a run, even when it carries an attribution itself.
    """
    run: list[_Para] = []
    for para in [*_kept(paras), None]:
        if para is not None and para is not title and _is_headline(para):
            run.append(para)
            continue
        attributed = sum(1 for item in run if _ATTRIBUTION.search(item.text))
        if attributed >= 2 and 2 * attributed >= len(run):
            for item in run:
                item.drop()
        run = []


def _drop_footer(paras: list[_Para]) -> None:
    """Headlines after the article's last sentence: related stories, tags, teasers.

    A single trailing line is kept unless tiny: it may be a last sentence that lost its stop.
    """
    kept = _kept(paras)
    tail: list[_Para] = []
    for para in reversed(kept):
        if not _is_headline(para):
            break
        tail.append(para)
    if len(tail) == len(kept) or not _is_body(kept[len(kept) - len(tail) - 1]):
        return
    if len(tail) >= 2 or (tail and tail[0].words <= 3):
        for para in tail:
            para.drop()


def _stated_date(lines: list[_Line], paras: list[_Para]) -> date | None:
    """The date a byline or dateline above the article's first sentence gives, if any."""
    body = next((para.lines[0].index for para in paras if _is_body(para)), len(lines))
    found: list[_Line] = []
    for line in lines[:body]:
        if line.kind == _DATELINE and line.stated and line.found:
            found.append(line)
    published = [line for line in found if _FIRST_PUBLISHED.search(line.text)]
    chosen = (published or found)[:1]
    return chosen[0].found if chosen else None


# ---------------------------------------------------------------------------------------------
# Output


def _assemble(paras: list[_Para]) -> tuple[str, list[Run]]:
    """The kept paragraphs, one blank line apart, and their runs in the visible text."""
    parts: list[str] = []
    segments: list[Run] = []
    size = 0
    for para in _kept(paras):
        if parts:
            parts.append("\n\n")
            size += 2
        for offset, source, length in para.runs:
            _add_run(segments, (size + offset, source, length))
        parts.append(para.text)
        size += len(para.text)
    return "".join(parts), segments


def _pieces(text: str) -> list[tuple[int, int]]:
    """(offset, length) stretches of a line to keep: extra spaces and stray stops left out."""
    cuts = [(m.start() + 1, m.end()) for m in _SPACE_RUN.finditer(text)]
    # The stop patterns are slow on prose; most lines have no space before a stop at all.
    if " ." in text or " ," in text or "\t" in text:
        cuts += [m.span() for m in _SPACE_BEFORE_STOP.finditer(text)]
        cuts += [m.span() for m in _STRAY_STOP.finditer(text)]
    pieces: list[tuple[int, int]] = []
    pos = 0
    for start, end in sorted(cuts):
        if start > pos:
            pieces.append((pos, start - pos))
        pos = max(pos, end)
    if pos < len(text):
        pieces.append((pos, len(text) - pos))
    return pieces


def _add_run(segments: list[Run], run: Run) -> None:
    """Append a run, merging it into the last when both sides are contiguous."""
    if segments:
        clean_at, raw_at, length = segments[-1]
        if clean_at + length == run[0] and raw_at + length == run[1]:
            segments[-1] = (clean_at, raw_at, length + run[2])
            return
    segments.append(run)
