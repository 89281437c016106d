"""Progress of a long command on stderr: a bar with rate and ETA on a terminal, plain lines
(at most one every few seconds) when the output goes to a file or a pipe."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm

# Seconds between plain progress lines.
LINE_EVERY = 5.0


class Progress:
    def __init__(self, total: int, *, stream: TextIO | None = None, interactive: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.started = time.monotonic()
        self.done = 0
        self._last_line = self.started
        interactive = self.stream.isatty() if interactive is None else interactive
        self._bar = (
            tqdm(total=total, unit="article", file=self.stream, dynamic_ncols=True) if interactive else None
        )

    def update(self, done: int, counts: dict[str, int]) -> None:
        step, self.done = done - self.done, done
        if self._bar is not None:
            self._bar.set_postfix(counts, refresh=False)
            self._bar.update(step)
            return
        now = time.monotonic()
        if now - self._last_line >= LINE_EVERY or done >= self.total:
            self._last_line = now
            print(self.line(counts, now), file=self.stream, flush=True)

    def line(self, counts: dict[str, int], now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        share = f" ({100 * self.done / self.total:.0f}%)" if self.total else ""
        eta = f", eta {(self.total - self.done) / rate:.0f} s" if rate and self.done < self.total else ""
        tally = ", ".join(f"{n} {name}" for name, n in counts.items())
        return f"import: {self.done}/{self.total}{share}, {rate:.1f}/s{eta}: {tally}"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
