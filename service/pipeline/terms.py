"""What an article's words say about its story: term counts for TF-IDF, and a MinHash signature.

Both are pure and linear in the text. Terms are lower-cased words without stop words (spaCy's
English list, and the list of the text's own language when spaCy has one), so the same wording
in two articles gives the same keys; the signature estimates
the overlap of two texts' five-word runs (Jaccard similarity), which finds the same wire copy
republished with small edits.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import re
import struct
from collections import Counter

from datasketch import MinHash
from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_][\w]*(?:['’-][^\W_]+)*")
# Longest term kept: longer "words" are URLs, hashes or run-together text, not vocabulary.
MAX_TERM = 40
SHINGLE = 5
NUM_PERM = 64
# Bands of the locality-sensitive index over signatures: 16 bands of 4 values find a pair at
# Jaccard 0.8 with probability 0.9998, and one at 0.3 with probability 0.12.
BANDS = 16
ROWS = NUM_PERM // BANDS
# Languages whose spaCy stop-word list is read for a text in them (plain word lists, importable
# without extra packages). A text in another language keeps the English list only: its function
# words then count as content, which makes two texts in that language look alike.
# fmt: off
STOP_WORD_LANGUAGES = frozenset({
    "af", "ca", "cs", "da", "de", "es", "et", "eu", "fi", "fr", "ga", "hr", "hu", "id", "is", "it",
    "lb", "lt", "lv", "ms", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sq", "sv", "tl", "tr",
})
# fmt: on


def words(text: str) -> list[str]:
    """The text's words, lower-cased, possessive `'s` dropped."""
    out = []
    for match in _WORD.finditer(text.lower()):
        word = match.group().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        out.append(word)
    return out


def terms(text: str, language: str = "en") -> dict[str, int]:
    """Count of each content word: not a stop word (of English or of the text's `language`, an
    ISO 639-1 code), at least three letters long."""
    stop = stop_words(language)
    return dict(Counter(w for w in words(text) if 3 <= len(w) <= MAX_TERM and w not in stop))


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """English stop words, and those of `language` when spaCy lists them (STOP_WORD_LANGUAGES)."""
    if language not in STOP_WORD_LANGUAGES:
        return frozenset(STOP_WORDS)
    module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    return frozenset(STOP_WORDS | {w.lower() for w in module.STOP_WORDS})


def signature(text: str) -> list[int]:
    """MinHash of the text's five-word runs (one run for shorter texts; empty for no words)."""
    found = words(text)
    if not found:
        return []
    runs = {" ".join(found[i : i + SHINGLE]) for i in range(max(1, len(found) - SHINGLE + 1))}
    sketch = MinHash(num_perm=NUM_PERM, seed=1)
    sketch.update_batch([r.encode() for r in runs])
    # datasketch's hash values fit in 32 bits; signed 64-bit ints store in PostgreSQL's bigint.
    return [int(v) for v in sketch.hashvalues]


def bands(sig: list[int]) -> list[int]:
    """One signed 64-bit key per band of the signature: equal keys mean equal bands."""
    if len(sig) != NUM_PERM:
        return []
    out = []
    for b in range(BANDS):
        chunk = struct.pack(f"<{ROWS}I", *sig[b * ROWS : (b + 1) * ROWS])
        # The band number is part of the key, so band 1 never matches band 2.
        digest = hashlib.blake2b(bytes([b]) + chunk, digest_size=8).digest()
        out.append(struct.unpack("<q", digest)[0])
    return out


def jaccard(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two texts' runs from their signatures."""
    if len(a) != NUM_PERM or len(b) != NUM_PERM:
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM
