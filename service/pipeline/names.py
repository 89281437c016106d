"""Name normalisation shared by the pipeline and the database layer.

The database stores these keys and looks entities up by them, so each function here is a stable,
documented contract: changing one means re-keying stored entities.

- `name_key`: the exact key. Accents transliterated to ASCII (anyascii), casefolded, a trailing
  possessive dropped, apostrophes removed ("O'Brien" -> "obrien"), dots after single letters
  removed ("U.S." -> "us", "J.D." -> "jd"), any other punctuation (hyphens, dashes, other dots)
  -> one space, whitespace collapsed, a leading "the " dropped.
- `translit_key`: a coarser key on top of `name_key` that folds spellings of the same name across
  transliteration systems (see `_fold_word`) and drops designators that do not name the entity
  (legal forms "Inc", "Ltd", generational "Jr", "III"). "Tchaikovsky", "Chaikovskiy",
  "Tchaikovskii" -> "chaikovski"; "Mikhail", "Mihail" -> "mihail"; "Acme Inc." -> "acme".
- `family_key`: `translit_key` of a person's last name token.
- `acronym_key`: what an acronym and its expansion share: "United States", "U.S.", "US" -> "us".
- `trigrams`: the character trigrams PostgreSQL's pg_trgm makes of a key.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from itertools import pairwise

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from service.pipeline.wordlists import GENERATIONAL, wordset

_APOSTROPHES = "'’‘`´ʼ"
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
_INITIAL_DOT = re.compile(r"(?<![a-z0-9])([a-z])\.")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_LEADING_THE = re.compile(r"^the ")

# Tokens that qualify a name without naming anything: legal forms of companies and generational
# suffixes of people. Dropped by translit_key so "Acme Inc." finds "Acme".
DESIGNATORS = wordset(
    "inc incorporated corp corporation co ltd limited llc plc ag gmbh sa nv bv spa oyj ab jr sr ii iii iv"
)
# Forms of address: "Mr. Smith" names Smith, it has no given name "Mr".
HONORIFICS = wordset("mr mrs ms miss mx dr prof sir dame madam mme")

# Digraph and letter folds, applied in order to one casefolded ASCII word. Each pair merges
# spellings that transliteration systems (English, French, German, scholarly) use for one sound:
# Cyrillic х as kh/h/ch, ж as zh/j, щ as shch/sch, й/ы as y/i/j, doubled letters, ph/f, w/v, x/ks.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("dzh", "zh"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("q", "k"),
    ("j", "i"),
    ("y", "i"),
    ("ou", "u"),
    ("ie", "i"),
)
# A "c" that is not part of "ch" sounds as s before e/i and as k elsewhere (Defence/Defense).
_SOFT_C = re.compile(r"c(?=[ei])")
_HARD_C = re.compile(r"c(?!h)")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]")


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Exact look-up key of a name: see the module docstring. Cached: names recur in every article."""
    text = anyascii(name).casefold().strip()
    text = _POSSESSIVE.sub("", text)
    for mark in _APOSTROPHES:
        text = text.replace(mark, "")
    text = _INITIAL_DOT.sub(r"\1", text)
    text = _NON_ALNUM.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    """Fold one name_key word across transliterations (cached: names repeat across articles)."""
    for old, new in _DIGRAPHS:
        word = word.replace(old, new)
    word = _SOFT_C.sub("s", word)
    word = _HARD_C.sub("k", word)
    return _DOUBLE.sub(r"\1", word)


def _folded_words(name: str) -> list[str]:
    words = name_key(name).split()
    kept = [w for w in words if w not in DESIGNATORS]
    # A name made only of designators ("Co") is still a name: keep it rather than an empty key.
    return [_fold_word(w) for w in (kept or words)]


@functools.lru_cache(maxsize=1 << 16)
def translit_key(name: str) -> str:
    """Coarse key folding transliteration variants and designators: see the module docstring."""
    return " ".join(_folded_words(name))


def without_honorific(name: str) -> str:
    """The name without a leading form of address ("Mr. Smith" -> "Smith")."""
    first, _, rest = name.partition(" ")
    return rest.strip() if rest.strip() and name_key(first) in HONORIFICS else name


def family_name(name: str) -> str:
    """The surface last name token of a person's name ("Martin Luther King Jr." -> "King")."""
    tokens = name.split()
    while len(tokens) > 1 and name_key(tokens[-1]) in GENERATIONAL:
        tokens.pop()
    return tokens[-1].rstrip(",") if tokens else ""


def family_key(name: str) -> str:
    """Key of a person's family name: translit_key of the last name token."""
    words = _folded_words(name)
    return words[-1] if words else ""


def given_key(name: str) -> str:
    """Key of a person's first given name, "" for a single-token name."""
    words = _folded_words(name)
    return words[0] if len(words) > 1 else ""


def skeleton(word_key: str) -> str:
    """Consonant skeleton of a folded word: vowel spellings differ most across transliterations."""
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", word_key))


def variant_given_names(a: str, b: str) -> bool:
    """Whether two folded given names are spellings of one name (Aleksandr/Oleksandr, Mikhail/Mykhailo).

    Same folded form, an initial of the other ("J"/"John"), or the same consonant skeleton with
    close spelling. Short names need the folded form to match exactly: Dan/Don, Anna/Anne and
    Mark/Mary are different people.
    """
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if min(len(a), len(b)) < 4 or skeleton(a) != skeleton(b):
        return False
    return JaroWinkler.similarity(a, b) >= 0.85


def words(key: str) -> list[str]:
    """The alphanumeric words of a key, in order, each once (what trigrams and the word index of
    aliases are cut from; revision 0008 splits stored keys the same way)."""
    return list(dict.fromkeys(w for w in _NON_ALNUM.split(key.lower()) if w))


def trigrams(key: str) -> set[str]:
    """Character trigrams as pg_trgm makes them: each alphanumeric word padded "  w " and cut in 3s.

    `key` is expected to be a name_key or translit_key (already lowercase ASCII).
    """
    grams: set[str] = set()
    for word in words(key):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def trigram_similarity(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    """pg_trgm's similarity(): shared trigrams over the union."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(a: str, b: str) -> float:
    """Name similarity in [0, 1]: 1 for the same name_key, 0.95 for the same translit_key, else
    the better of rapidfuzz's token-sort ratio on name keys and plain ratio on translit keys,
    capped at 0.94 so spelling-only likeness never outranks a key match."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    ta, tb = translit_key(a), translit_key(b)
    if ta == tb:
        return 0.95
    score = max(fuzz.token_sort_ratio(ka, kb), fuzz.ratio(ta, tb)) / 100
    return min(score, 0.94)


def vowel_skeleton(name: str) -> str:
    """The transliteration key without the vowels after each word's first letter ("al marzeda" and
    "al marzida" -> "al mrzd"): transliterations of one name differ most in their vowels."""
    return " ".join(w[0] + re.sub(r"[aeiouy]", "", w[1:]) for w in _folded_words(name))


def acronym(name: str) -> str:
    """Initials of a multi-word name's capitalised words ("United Nations" -> "un"), else ""."""
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words).casefold() if len(words) > 1 else ""


# Function words whose initial an acronym may keep in lowercase ("CoX" for "Church of Xology").
_LINKING_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})
# Capitals with single lowercase letters between them ("CoS", "DoD"), no other letters.
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")


def linked_acronym(name: str) -> str:
    """Initials of a multi-word name's capitalised words and of the function words between them
    ("Church of Xology" -> "cox"), else ""."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    kept = [w for w in words if w[:1].isupper() or w.casefold() in _LINKING_WORDS]
    if sum(1 for w in kept if w[:1].isupper()) < 2:
        return ""
    return "".join(w[0] for w in kept).casefold()


def camel_case(word: str) -> bool:
    """One word with a capital after a lowercase letter inside it ("WidgetPhone", "eWidget",
    "newsHub"): a brand's or an outlet's spelling."""
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def written_as_acronym(text: str) -> bool:
    """Written in capitals ("UN", "U.S."), or capitals with a lowercase initial of a function
    word between them ("CoS", "DoD")."""
    plain = text.replace(".", "")
    return plain.isupper() or bool(_MIXED_ACRONYM.fullmatch(plain))


def acronym_key(name: str) -> str:
    """Key shared by an acronym and its expansion: an all-caps name's name_key ("U.S." -> "us"),
    else the initials of a multi-word name ("United States" -> "us"), else ""."""
    if name.replace(".", "").isupper():
        return name_key(name)
    return acronym(name)
