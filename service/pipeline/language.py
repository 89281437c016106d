"""Which language an article is written in: an ISO 639-1 code, or "und" when unclear.

langdetect reads character n-grams and is reliable on a paragraph, but on a sentence or two
it is often confidently wrong ("The ministry denied it." comes out German at 0.99999). So:

* the script decides first: no letters means "und"; Cyrillic is told apart by the letters only
  one language uses (і ї є ґ are Ukrainian, ы э ё Russian, ў Belarusian);
* long texts take langdetect's answer, run deterministically on a bounded sample;
* short Latin-script texts are decided by function words, which are the most frequent words
  of every language and so present even in a headline; langdetect only settles ties, and only
  when it is very sure.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

UNDETERMINED = "und"
# langdetect is fed at most this much text: more does not change the answer, only the cost.
_SAMPLE_CHARS = 1200
# Below this many words langdetect's n-gram statistics are too thin to trust on their own.
_SHORT_WORDS = 20
# How sure langdetect must be to decide a short text the function words leave open.
_SHORT_CONFIDENCE = 0.9
_LONG_CONFIDENCE = 0.5
# A long text whose words are at least this share one language's function words, that language's
# hits outnumbering any other's this many times over, is in that language: running text in a
# language is a quarter to a half function words, and a few loans or names from another language
# come nowhere near that. langdetect (the slow part) is then not asked.
_DECISIVE_SHARE = 0.15
_DECISIVE_LEAD = 5

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Function words of one language only among those listed, and not ordinary words of another
# ("in", "is", "die", "was", "on", "a", "do", "de", "que", "son" are in no list): a hit is
# evidence for that one language.
# fmt: off
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "the", "and", "of", "to", "that", "with", "from", "this", "these", "those", "were",
        "has", "have", "had", "his", "her", "him", "they", "them", "their", "said", "says",
        "been", "would", "could", "should", "which", "who", "whom", "what", "when", "where",
        "not", "but", "for", "at", "by", "it", "its", "are", "be", "she", "we", "you", "our",
        "there", "after", "about", "into", "than", "then", "if", "did", "does", "just", "any",
        "some", "such", "only", "out", "how", "why", "yet",
    }),
    "de": frozenset({
        "der", "und", "ist", "nicht", "mit", "von", "den", "dem", "ein", "eine", "einen", "auf",
        "für", "sich", "zu", "im", "auch", "wird", "sind", "wurde", "werden", "oder", "aber",
        "bei", "nach", "aus", "wie", "noch", "nur", "sie", "wir", "ich", "dass", "zum", "zur",
        "vom", "durch", "über", "gegen", "haben", "kann",
    }),
    "fr": frozenset({
        "les", "et", "est", "du", "une", "qui", "pour", "dans", "pas", "sur", "au", "aux",
        "avec", "ce", "cette", "elle", "ils", "sont", "été", "être", "ou", "où", "nous", "vous",
        "leur", "ses",
    }),
    "es": frozenset({
        "el", "los", "las", "y", "sus", "más", "pero", "fue", "está", "muy", "también",
        "cuando", "ya", "según",
    }),
    "it": frozenset({
        "di", "che", "della", "sono", "gli", "dei", "delle", "alla", "nel", "nella", "questo",
        "anche", "più", "è", "degli", "dalla", "stato",
    }),
    "pt": frozenset({
        "os", "em", "com", "não", "uma", "um", "ao", "pelo", "pela", "foi", "ele", "ela", "são",
        "seu", "sua", "já",
    }),
    "nl": frozenset({
        "het", "een", "niet", "op", "dat", "voor", "zijn", "ook", "aan", "bij", "werd", "wordt",
        "naar", "maar", "hij", "zij", "deze", "dit", "wat", "heeft", "hebben", "worden", "uit",
        "nog", "om",
    }),
    "pl": frozenset({
        "się", "nie", "że", "jest", "oraz", "przez", "czy", "dla", "jego", "jej", "są",
        "został", "została", "który", "która", "które", "w",
    }),
}
# fmt: on

# Cyrillic letters that only one of the big Cyrillic-script languages uses.
_CYRILLIC_MARKERS = {
    "uk": frozenset("іїєґІЇЄҐ"),
    "ru": frozenset("ыэёЫЭЁ"),
    "be": frozenset("ўЎ"),
}
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "bg", "mk", "be", "sr", "kk"})


@functools.cache
def _factory() -> DetectorFactory:
    """langdetect's profiles, loaded once; seeded so that the same text gets the same answer."""
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language `text` is written in, or "und" when it cannot tell."""
    sample = _sample(text)
    words = _WORD.findall(sample)
    if not words:
        return UNDETERMINED
    script = _script(words)
    if script == "cyrillic":
        return _cyrillic_language(sample)
    short = len(words) < _SHORT_WORDS
    if script == "latin" and short:
        return _short_latin_language(words, sample)
    if script == "latin" and (decided := _decisive_function_words(words)):
        return decided
    return _confident(_langdetect(sample), _SHORT_CONFIDENCE if short else _LONG_CONFIDENCE)


def _sample(text: str) -> str:
    """The first stretch of the text, cut at a space so that no word is split."""
    if len(text) <= _SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", 0, _SAMPLE_CHARS)
    return text[: cut if cut > 0 else _SAMPLE_CHARS]


def _script(words: list[str]) -> str:
    """ "latin", "cyrillic" or "other": the script most of the letters are in."""
    counts: Counter[str] = Counter()
    for word in words:
        first = word[0]
        if first <= "\u024f":
            counts["latin"] += len(word)
        elif "\u0400" <= first <= "\u052f":
            counts["cyrillic"] += len(word)
        else:
            counts["other"] += len(word)
    return counts.most_common(1)[0][0]


def _langdetect(sample: str) -> list[tuple[str, float]]:
    """langdetect's (language, probability) guesses, best first; none when it finds no feature."""
    detector = _factory().create()
    detector.append(sample)
    try:
        guesses = detector.get_probabilities()
    except LangDetectException:
        return []
    # ISO 639-1 has no region: "zh-cn" and "zh-tw" are both "zh".
    return [(guess.lang.split("-")[0], guess.prob) for guess in guesses]


def _confident(guesses: list[tuple[str, float]], threshold: float) -> str:
    if guesses and guesses[0][1] >= threshold:
        return guesses[0][0]
    return UNDETERMINED


def _cyrillic_language(sample: str) -> str:
    """Letters one language alone uses decide; otherwise langdetect, among Cyrillic languages."""
    letters = set(sample)
    marked = [lang for lang, markers in _CYRILLIC_MARKERS.items() if letters & markers]
    if len(marked) == 1:
        return marked[0]
    guesses = [(lang, p) for lang, p in _langdetect(sample) if lang in _CYRILLIC_LANGUAGES]
    if marked:
        # Both Ukrainian and Russian letters (a quotation, a mixed page): langdetect arbitrates.
        guesses = [(lang, p) for lang, p in guesses if lang in marked]
        return guesses[0][0] if guesses else UNDETERMINED
    short = len(sample.split()) < _SHORT_WORDS
    return _confident(guesses, _SHORT_CONFIDENCE if short else _LONG_CONFIDENCE)


def _function_word_hits(words: list[str]) -> list[tuple[str, int]]:
    """(language, how many of the words are its function words), most first."""
    hits: Counter[str] = Counter()
    for word in words:
        folded = word.casefold()
        for lang, vocabulary in _FUNCTION_WORDS.items():
            if folded in vocabulary:
                hits[lang] += 1
    return hits.most_common()


def _decisive_function_words(words: list[str]) -> str | None:
    """The language of a long text when its function words leave no doubt, else None."""
    ranked = _function_word_hits(words)
    if not ranked or ranked[0][1] < _DECISIVE_SHARE * len(words):
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= _DECISIVE_LEAD * runner_up else None


def _short_latin_language(words: list[str], sample: str) -> str:
    """A sentence or two: the language with the most function words, langdetect breaking ties."""
    ranked = _function_word_hits(words)
    if not ranked and len(words) < 3:
        return UNDETERMINED  # a name or two: nothing to go on
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    tied = {lang for lang, count in ranked if count == ranked[0][1]} if ranked else None
    # langdetect is the slow part: asked only when the function words leave it open.
    for lang, probability in _langdetect(sample):
        if probability >= _SHORT_CONFIDENCE and (tied is None or lang in tied):
            return lang
    return UNDETERMINED
