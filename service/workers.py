"""A process pool that runs the NLP pipeline off the event loop, the model loaded once per process.

Work is bounded: each text has a time budget, and a chunk that outruns its budget, or whose
request went away (the client left, the request was cancelled), has its worker process stopped
and replaced, so no abandoned analysis holds a core. `pebble` gives a pool that can do that.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sized
from concurrent.futures import Future
from typing import TypeVar

from pebble import ProcessPool

from service.pipeline import nlp as nlp_loader
from service.pipeline.analyse import Prepared, RawArticle, prepare_many

_model_name: str | None = None
A = TypeVar("A")
R = TypeVar("R")


class AnalysisTooLong(Exception):
    """The analysis of a request's texts outran their time budget and was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"analysis stopped after {seconds:g} s")
        self.seconds = seconds


def _init_worker(model: str) -> None:
    global _model_name
    # A terminal's Ctrl-C goes to the whole process group: left to its default it would raise
    # KeyboardInterrupt in every worker (a traceback each, semaphores left behind) while the
    # parent is still finishing their work. The parent decides when workers stop; SIGTERM stays
    # as it is, so a worker can still be stopped from outside (or by the pool) when it must.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    _model_name = model
    nlp_loader.load(model)


def _exit_when_orphaned(parent: int, interval: float = 1.0) -> None:
    """A worker whose parent died without shutting the pool down (SIGKILL) ends itself: nobody
    would ever send it work again, and it would wait for some forever."""
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(0)


# How long a warm-up task holds its worker, so that the other workers' tasks go to them.
WARM_UP_PAUSE = 0.2


def _answer(pause: float) -> int:
    """A warm-up task: the worker's process id, once its initializer (the model) has run."""
    time.sleep(pause)
    return os.getpid()


def _prepare(items: list[RawArticle]) -> list[Prepared]:
    return prepare_many(items, nlp_loader.load(_model_name))


class AnalysisPool:
    """`await pool.prepare(items)`: clean and analyse articles in worker processes.

    `seconds_per_text` (None: unbounded) is each text's share of a chunk's budget, counted from
    when a worker starts on the chunk (time spent queued behind other work does not count).
    """

    def __init__(self, workers: int, model: str, *, seconds_per_text: float | None = None) -> None:
        self.workers = max(1, workers)
        self.seconds_per_text = seconds_per_text
        # spawn, not fork: forking a process that runs an event loop and threads is unsafe.
        self._pool = ProcessPool(
            max_workers=self.workers,
            initializer=_init_worker,
            initargs=(model,),
            context=multiprocessing.get_context("spawn"),
        )

    async def prepare(self, items: list[RawArticle]) -> list[Prepared]:
        if not items:
            return []
        # Split a batch across the workers; each chunk goes through nlp.pipe in one process.
        size = -(-len(items) // self.workers)
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        futures: list[Future[list[Prepared]]] = [
            self._pool.schedule(_prepare, args=(chunk,), timeout=self._budget(chunk)) for chunk in chunks
        ]
        try:
            results = await asyncio.gather(*(asyncio.wrap_future(f) for f in futures))
        except TimeoutError as error:
            raise AnalysisTooLong(self._budget(items) or 0.0) from error
        finally:
            # Whatever ended the wait (a chunk that failed, a cancelled request), nothing of it
            # goes on: queued chunks are dropped, running ones have their worker replaced.
            for future in futures:
                future.cancel()
        return [p for chunk in results for p in chunk]

    def _budget(self, chunk: Sized) -> float | None:
        return None if self.seconds_per_text is None else self.seconds_per_text * len(chunk)

    async def run(self, function: Callable[[A], R], argument: A) -> R:
        """One call of a CPU-heavy, picklable top-level function over a list of texts (pages, for
        instance) in a worker process, with the same budget per item and the same clean-up as
        `prepare`."""
        budget = self._budget(argument) if isinstance(argument, Sized) else None
        future: Future[R] = self._pool.schedule(function, args=(argument,), timeout=budget)
        try:
            return await asyncio.wrap_future(future)
        except TimeoutError as error:
            raise AnalysisTooLong(budget or 0.0) from error
        finally:
            future.cancel()

    def warm_up(self, within: float = 300.0) -> set[int]:
        """Start every worker and load the model now, not on the first request: until each worker
        has answered once. One that finished loading first may take every warm-up task while
        another is still starting (and, until its initializer runs, a Ctrl-C would still raise
        KeyboardInterrupt in it), so tasks go out again until every worker has answered. Returns
        the process ids that answered."""
        answered: set[int] = set()
        deadline = time.monotonic() + within
        while len(answered) < self.workers and time.monotonic() < deadline:
            futures = [self._pool.schedule(_answer, args=(WARM_UP_PAUSE,)) for _ in range(self.workers)]
            answered.update(future.result() for future in futures)
        return answered

    def close(self) -> None:
        """Let the work already given finish, then stop the workers."""
        self._pool.close()
        self._pool.join()
