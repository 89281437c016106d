"""Mojibake repaired before analysis, with a map from the repaired text back onto the input.

Text decoded with the wrong encoding ("Oâ€™Brien", "CafÃ©") splits names and hides them from the
model. `ftfy` repairs it; only lines that `ftfy` judges damaged are touched, so clean text costs one
regex scan. The characters a repair keeps map back exactly; the characters it rewrote map to where
their damaged form starts.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import ftfy
from ftfy.badness import is_bad

Run = tuple[int, int, int]  # (start in the repaired text, start in the input, length)
# Longest line aligned character by character; a longer damaged line maps as a whole.
MAX_ALIGNED = 20_000


def repair(text: str) -> tuple[str, list[Run]]:
    """`text` with mojibake repaired, and runs mapping the result back onto `text`."""
    if not is_bad(text):
        return text, [(0, 0, len(text))]
    parts: list[str] = []
    runs: list[Run] = []
    out_at = in_at = 0
    for line in text.splitlines(keepends=True):
        fixed = ftfy.fix_text(line, normalization=None, uncurl_quotes=False) if is_bad(line) else line
        runs.extend(_align(line, fixed, out_at, in_at))
        parts.append(fixed)
        out_at, in_at = out_at + len(fixed), in_at + len(line)
    return "".join(parts), runs


def _align(original: str, fixed: str, out_at: int, in_at: int) -> list[Run]:
    """Runs of the characters `fixed` kept from `original`, offset to where the line sits."""
    if fixed == original:
        return [(out_at, in_at, len(original))]
    if len(original) > MAX_ALIGNED:
        return [(out_at, in_at, min(len(fixed), len(original)))]
    matcher = SequenceMatcher(None, original, fixed, autojunk=False)
    return [(out_at + b, in_at + a, size) for a, b, size in matcher.get_matching_blocks() if size]
