"""Progress of a long command: a bar on a terminal, plain lines otherwise.

On a terminal the bar goes to stderr and each finished item's line to stdout above it; piped or
redirected (a log file, CI), every batch adds one plain progress line to the log instead, and
the item lines go to stdout as they are done, so nothing waits for the end.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TextIO

from tqdm import tqdm

log = logging.getLogger("service")


class Progress:
    def __init__(self, total: int, label: str, *, stream: TextIO | None = None) -> None:
        self.total = total
        self.label = label
        self.done = 0
        stream = stream or sys.stderr
        self._bar: tqdm | None = (  # type: ignore[type-arg]
            tqdm(total=total, desc=label, unit="article", file=stream, dynamic_ncols=True)
            if stream.isatty()
            else None
        )

    def advance(self, lines: list[str]) -> None:
        """`lines` are the results of the items just finished, one each."""
        self.done += len(lines)
        if self._bar is not None:
            for line in lines:
                self._bar.write(line, file=sys.stdout)
            self._bar.update(len(lines))
            return
        for line in lines:
            print(line, flush=True)
        log.info(f"{self.label}: {self.done}/{self.total} articles")

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.close()
