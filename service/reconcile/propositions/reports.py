"""Reading what a sentence says of a report: pure.

Whose report it is (`report_owner`), what it held (`named_content`, `report_words`), and whether
a word is a report noun at all ("denied reports that", not "he reports that").
"""

from __future__ import annotations

import re
from itertools import pairwise

from service.pipeline import lexicon as lx
from service.pipeline.terms import words
from service.pipeline.wordlists import wordset
from service.reconcile import conflicts as rules
from service.reconcile.propositions.model import ScopedClaim
from service.reconcile.propositions.same_words import FUNCTION_WORDS, _stance_word, _stems, content_words

# A denial naming what it denies in its own sentence: the fewest content words it must share
# with a proposition, and the share of its own content words they must be.
NAMED_MIN = 3
NAMED_SHARE = 0.3
# Words that link a report noun to what it holds: "reports that", "claims of", "rumours claiming".
CONTENT_LINKS = wordset("that of about claiming saying alleging suggesting headlined titled entitled")
# Words that open who made a report or where it ran, between the report noun and its "that"
# (or its title): "allegations by officials that", "reports on local sites that", "the story on
# Monday headlined ..."; and how many words later that "that" may come.
REPORT_PLACE_WORDS = wordset("by from on in")
NAMED_LINK_REACH = 8
# A narration says what a denial's report held when it holds this share of those words.
NARRATED_SHARE = 0.5
# Words that end the name of a report's owner: what the report held, or when and where it ran.
_OWNER_ENDS = wordset("that of about on in at over and or who which claiming saying alleging suggesting")
_REPORT_STEMS = rules.REPORT_STEMS
# Words before "charge" that make it a duty, not an accusation ("took charge of", "in charge").
_IN_CHARGE = wordset("in take took taken takes taking")
_TITLE_LINKS = wordset("headlined titled entitled")
# What may link a report noun to what it held after who made it or where it ran: "that", a
# title ("headlined"), or a verb of saying in -ing ("reports in recent weeks claiming ...").
_PLACED_LINKS = _TITLE_LINKS | wordset("that claiming saying alleging suggesting")
# Report nouns that, in what an assertion says, make it talk of a report ("looking into the
# reports", "lit up at the claim"); not "charges" or "information", which are often its news.
_TALKED_OF = frozenset({"claim", "report", "rumor", "rumour", "story", "storie", "allegation", "speculation"})
# A relative clause after a report noun that says what the report held: "reports which
# suggested that ...", "a story that claimed ...".
_RELATIVE_LINKS = wordset("which that")
_HOLDING_VERBS = wordset("suggested said claimed alleged stated indicated asserted")
# Verbs that judge a report, and the auxiliaries before them ("have been rejected").
_JUDGING_VERBS = lx.DENY_VERBS | lx.DENY_IF_REPORT_VERBS
_JUDGING_AUXILIARIES = wordset("has have had been was were is are be")
_DEGREE_WORDS = wordset("somewhat also since now already much")
# Documents, images and posts, and the verbs by which they carry a claim ("a document that
# claims to reveal ...", "a video purporting to show ...").
_CARRIER_STEMS = frozenset(n.rstrip("s") for n in lx.EVIDENCE_NOUNS | lx.POST_NOUNS)
# Images told by what they show ("the photo of ..."); not a letter or a document "of" a date.
_IMAGE_STEMS = wordset("photo photograph picture image video footage clip")
_CARRYING_VERBS = wordset("claims claimed claiming purports purported purporting alleges alleging")
# A sentence's words and the punctuation that breaks its clauses: "disputed the report, saying
# that ..." says the speaker's own words after the comma, not what the report held.
_WORD_OR_BREAK = re.compile(r"[^\W\d_][\w]*(?:['’-][^\W_]+)*|[,;:()–—]|\s-\s")
# Before a report word in -s, words that make it a verb: a subject pronoun ("he reports that"),
# or the article of a singular noun right before it ("an outlet reports that X claims ...": the
# outlet's verb, not a report noun; "the media reports that" stays a noun).
_VERB_SUBJECTS = wordset("he she it who which")
_SINGULAR_ARTICLES = wordset("a an each every one")


def report_owner(sentence: str) -> frozenset[str]:
    """Who made the report a sentence names, as words to find in a claimant's name: the name
    after "claims by" / "allegations from" ("by neighbouring X" gives X), or before a possessive
    report noun ("X's claims"), lower-cased; a name's capitalised words, else the phrase's last
    word ("claims by the army": army). Empty when the sentence names no owner."""
    tokens = _WORD_OR_BREAK.findall(sentence)  # case kept: a name's capitals say where it is
    for n, tok in enumerate(tokens):
        stem = tok.lower().rstrip("s")
        if stem not in _REPORT_STEMS:
            continue
        before = tokens[n - 1] if n else ""
        if before.endswith(("'s", "’s")) and before[:1].isupper():
            return frozenset(words(before))  # "X's claims"
        named: list[str] = []
        for word in reversed(tokens[max(0, n - NAMED_LINK_REACH) : n]):
            if not word[:1].isupper() or word.lower() in FUNCTION_WORDS:
                break
            named.append(word)
        if named and n - len(named) > 0:
            # "the X Watch report", "a Reuters report": the outlet's name before the noun (not a
            # capital opening the sentence: "Reports say ...").
            return frozenset(w for word in named for w in words(word) if w not in FUNCTION_WORDS)
        if n + 1 < len(tokens) and tokens[n + 1].lower() in ("by", "from"):
            phrase: list[str] = []
            for word in tokens[n + 2 : n + 2 + NAMED_LINK_REACH]:
                if not word[0].isalpha() or word.lower() in _OWNER_ENDS:
                    break
                phrase.append(word)
            names = [w for w in phrase if w[:1].isupper()]
            kept = names or phrase[-1:]
            return frozenset(w for word in kept for w in words(word) if w not in FUNCTION_WORDS)
    return frozenset()


def _names_a_report(c: ScopedClaim) -> bool:
    """The claim's sentence names a report, story, claim or rumour ("these stories are made
    up"): what it denies is the story's report, not whatever its article said last."""
    found = words(c.claim.sentence)
    return any(_report_word_at(n, found) for n in range(len(found)))


def _report_word_at(n: int, found: list[str]) -> bool:
    """Whether the word at `n` is a report noun: "took charge of the match" and "the officer in
    charge" hold no charge laid against anyone."""
    word = found[n]
    if word.rstrip("s") not in _REPORT_STEMS:
        return False
    return not (word == "charge" and n > 0 and found[n - 1] in _IN_CHARGE)


def report_words(sentence: str) -> set[str]:
    """The content words of what the sentence says a report held (`named_content`), stance
    words such as "denied", "reports", "hoax" left out."""
    return {w for w in content_words(named_content(sentence)) if not _stance_word(w)}


def named_content(sentence: str) -> str:
    """What a report noun of the sentence is said to hold: the words after "reports that",
    "claims of", "rumours claiming", "the story about", or the sentence a "contrary to reports"
    answers them with ("" when the sentence names no content:
    "the article is a hoax timed to exploit other allegations against the firm")."""
    found, breaks, possessive = _words_and_breaks(sentence)
    nouns = [
        n for n, w in enumerate(found) if _report_word_at(n, found) and not _verb_use(n, found, possessive)
    ]
    for n in nouns:
        # "disputed the report, saying that ...": a link after a break is the speaker's own.
        if n + 1 < len(found) and found[n + 1] in CONTENT_LINKS and n + 1 not in breaks:
            return " ".join(_until_judged(_one_clause(found, n + 2, breaks)))
    for n in nouns:
        # "newspaper reports which suggested it was about to ...", "a story that claimed ...":
        # a relative clause whose verb says what the report held.
        if (
            n + 2 < len(found)
            and found[n + 1] in _RELATIVE_LINKS
            and found[n + 2] in _HOLDING_VERBS
            and not {n + 1, n + 2} & breaks
        ):
            rest = found[n + 3 :]
            return " ".join(rest[1:] if rest[:1] == ["that"] else rest)
    for n in nouns:
        # "allegations by officials in the strip that ...", "reports on local sites on Monday
        # that ...", "reports in recent weeks claiming ...": who made the report, or where or
        # when, between the noun and what it holds.
        if n + 1 < len(found) and found[n + 1] in REPORT_PLACE_WORDS and n + 1 not in breaks:
            reach = found[n + 2 : n + 2 + NAMED_LINK_REACH]
            link = next((w for w in reach if w in _PLACED_LINKS), None)
            if link is not None:
                return " ".join(_one_clause(found, n + 3 + reach.index(link), breaks))
    for n in range(1, len(found) - 1):
        # "a document circulating online that claims to reveal ...", "a video purporting to
        # show ...": a document, an image or a post told with the claim it makes.
        holds = found[n] in _CARRYING_VERBS or (
            found[n] in _RELATIVE_LINKS and found[n + 1] in _CARRYING_VERBS
        )
        carrier = any(w.rstrip("s") in _CARRIER_STEMS for w in found[max(0, n - NAMED_LINK_REACH) : n])
        if holds and carrier and n not in breaks:
            rest = found[n + 1 :] if found[n] in _CARRYING_VERBS else found[n + 2 :]
            return " ".join(rest[1:] if rest[:1] in (["that"], ["to"]) else rest)
    for n, word in enumerate(found[:-2]):
        # "the picture of a shark swimming down the flooded road that spread online was
        # doctored": an image told by what it shows.
        if word.rstrip("s") in _IMAGE_STEMS and found[n + 1] == "of" and n + 1 not in breaks:
            shown = []
            for k in range(n + 2, len(found)):
                if k in breaks or found[k] in _RELATIVE_LINKS:
                    break
                shown.append(found[k])
            return " ".join(_until_judged(shown))
    for n, (word, to) in enumerate(pairwise(found)):
        if word == "contrary" and to == "to":
            # "Contrary to reports, there was no panel on the show": the clause it stands in
            # says, the other way round, what the reports held.
            return " ".join(_contrary_clause(n, found, breaks))
    return ""


# Words that attribute a sentence once its clause is told (", the source said, adding that"),
# within this many words after a clause break: what follows is no part of the clause.
_ATTRIBUTION_FORMS = wordset("said says adding added told according reported")
ATTRIBUTION_REACH = 4


def _contrary_clause(n: int, found: list[str], breaks: set[int]) -> list[str]:
    """The words of the clause a "contrary to ..." phrase at `n` answers reports with: from the
    clause break before the phrase to the one after the clause that follows it ("Contrary to
    reports, there was no panel", "X said that, contrary to reports, he had not backed Y, the
    source said, adding that ...": what the source added is no part of it). A phrase at the
    clause's end ("it did not break off, contrary to reports") answers the clause before it."""
    before = found[max((b for b in breaks if b < n), default=0) : n]
    after = sorted(b for b in breaks if b > n + 1)
    if not after:
        return before  # "... break off contrary to some reports"
    phrase_end = after[0]  # the report phrase ends at the first break after it
    end = next(
        (b for b in after if b > phrase_end and _ATTRIBUTION_FORMS & set(found[b : b + ATTRIBUTION_REACH])),
        len(found),
    )
    return before + found[phrase_end:end]


def _one_clause(found: list[str], start: int, breaks: set[int]) -> list[str]:
    """The words from `start` up to a second clause joined after a comma ("that its forces had
    shot down a jet, and the video said to show it came from a game"): ", and" or ", but" before
    a determiner or a pronoun, at the first break after `start` (a list's items break twice
    before their last "and": "soldiers, a policeman, and the driver")."""
    first = next((b for b in sorted(breaks) if b > start), None)
    if (
        first is not None
        and first + 1 < len(found)
        and found[first] in ("and", "but")
        and found[first + 1] in _CLAUSE_SUBJECTS
    ):
        return found[start:first]
    return found[start:]


# Words that open a clause's subject after ", and": a determiner or a pronoun.
_CLAUSE_SUBJECTS = wordset("the a an its his her their this these those it he she they we")


def _until_judged(held: list[str]) -> list[str]:
    """What a report held, up to the verb that judges it when the report is the sentence's
    subject: "claims that a city lies under the lake have been rejected by the authority" held
    that a city lies under the lake."""
    for n, word in enumerate(held):
        if _stems(word) & _JUDGING_VERBS:
            # "have been (somewhat, widely) disputed": the auxiliaries and adverbs go with it
            while n > 0 and (held[n - 1] in _JUDGING_AUXILIARIES or _an_adverb(held[n - 1])):
                n -= 1
            return held[:n]
    return held


def _an_adverb(word: str) -> bool:
    return word.endswith("ly") or word in _DEGREE_WORDS


def _words_and_breaks(sentence: str) -> tuple[list[str], set[int], set[int]]:
    """The sentence's words as `words` gives them; the indices of words right after a clause
    break (a comma, a colon, a dash, a bracket); and of words that were possessive ("an outlet's
    reports")."""
    found: list[str] = []
    breaks: set[int] = set()
    possessive: set[int] = set()
    for match in _WORD_OR_BREAK.finditer(sentence.lower()):
        word = match.group().replace("’", "'")
        if not word[0].isalpha():
            breaks.add(len(found))
            continue
        if word.endswith("'s"):
            possessive.add(len(found))
            word = word[:-2]
        found.append(word)
    return found, breaks, possessive


def _verb_use(n: int, found: list[str], possessive: set[int]) -> bool:
    """Whether the report word at `n` is the verb of a sentence ("he reports that", "an outlet
    claims that") rather than a report noun ("denied reports that", "the media reports that")."""
    word = found[n]
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if n >= 1 and found[n - 1] in _VERB_SUBJECTS:
        return True
    return n >= 2 and found[n - 2] in _SINGULAR_ARTICLES and n - 1 not in possessive


def _talks_of_a_report(c: ScopedClaim) -> bool:
    """What the assertion says is about a report ("the intelligence community lit up at the
    militants' claim", "officials are looking into the reports"): talk of the report, not the
    report itself, so no denial of "the claim" answers it."""
    found, _, possessive = _words_and_breaks(c.claim.quote)
    return any(
        w.rstrip("s") in _TALKED_OF and not _verb_use(n, found, possessive) for n, w in enumerate(found)
    )
