"""Mojibake repaired before analysis, with a map from the repaired text back onto the input.

Text decoded with the wrong encoding ("Oâ€™Brien", "CafÃ©") splits names and hides them from the
model. `ftfy` repairs it; only lines that `ftfy` judges damaged are touched, so clean text costs one
regex scan. The characters a repair keeps map back exactly; the characters it rewrote map to where
their damaged form starts.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import ftfy
from ftfy.badness import is_bad

Run = tuple[int, int, int]  # (start in the repaired text, start in the input, length)
# Longest line aligned character by character; a longer damaged line maps as a whole.
MAX_ALIGNED = 20_000
# Only the repair of text decoded with the wrong encoding: no HTML unescaping, quote, width,
# ligature, control-character or line-break rewriting, no Unicode normalisation (the cleaner and
# the tokenizer see the text as it was sent, apart from the damage).
_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


# UTF-8 lead bytes read as Latin-1 or Windows-1252 ("Ã", "Â", "â", "Ð"): every mojibake of UTF-8
# holds one. Without one, what looks bad (a lone C1 control, a line break) is left alone.
_LEAD = re.compile("[\u00c2-\u00f4]")


def repair(text: str) -> tuple[str, list[Run]]:
    """`text` with mojibake repaired, and runs mapping the result back onto `text`."""
    if not _LEAD.search(text) or not is_bad(text):
        return text, [(0, 0, len(text))]
    parts: list[str] = []
    runs: list[Run] = []
    out_at = in_at = 0
    for line in text.splitlines(keepends=True):
        fixed = ftfy.fix_text(line, _ENCODING_ONLY) if _LEAD.search(line) and is_bad(line) else line
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
    blocks = _sourced(matcher.get_matching_blocks(), len(original), len(fixed))
    return [(out_at + b, in_at + a, size) for a, b, size in blocks]


def _sourced(blocks: list[tuple[int, int, int]], original_length: int, fixed_length: int) -> list[Run]:
    """The matching blocks that leave every repaired character a stretch of input to stand for.

    The longest match may pair a kept character with an earlier copy of it ("Ã\xa0Ã" repaired to
    "àÃ": the second "Ã" matches the first), leaving the repaired "à" before it with no input
    characters at all; such a block is dropped, so its characters join the repaired stretch."""
    kept: list[Run] = []
    original_end = fixed_end = 0
    for original_at, fixed_at, size in blocks:
        if not size or (fixed_at > fixed_end and original_at == original_end):
            continue
        kept.append((original_at, fixed_at, size))
        original_end, fixed_end = original_at + size, fixed_at + size
    # Repaired characters at the end of the line need input characters after the last block too.
    while kept and fixed_end < fixed_length and original_end == original_length:
        kept.pop()
        original_end, fixed_end = (kept[-1][0] + kept[-1][2], kept[-1][1] + kept[-1][2]) if kept else (0, 0)
    return kept
