"""A process pool that runs the NLP pipeline off the event loop, the model loaded once per process."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from service.pipeline import nlp as nlp_loader
from service.pipeline.analyse import Prepared, RawArticle, prepare_many

_model_name: str | None = None
A = TypeVar("A")
R = TypeVar("R")


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


def _prepare(items: list[RawArticle]) -> list[Prepared]:
    return prepare_many(items, nlp_loader.load(_model_name))


class AnalysisPool:
    """`await pool.prepare(items)`: clean and analyse articles in worker processes."""

    def __init__(self, workers: int, model: str) -> None:
        self.workers = max(1, workers)
        # spawn, not fork: forking a process that runs an event loop and threads is unsafe.
        self._executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(model,),
        )

    async def prepare(self, items: list[RawArticle]) -> list[Prepared]:
        if not items:
            return []
        loop = asyncio.get_running_loop()
        # Split a batch across the workers; each chunk goes through nlp.pipe in one process.
        size = -(-len(items) // self.workers)
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        results = await asyncio.gather(
            *(loop.run_in_executor(self._executor, _prepare, chunk) for chunk in chunks)
        )
        return [p for chunk in results for p in chunk]

    async def run(self, function: Callable[[A], R], argument: A) -> R:
        """One call of a CPU-heavy, picklable top-level function in a worker process."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, argument)

    def warm_up(self) -> None:
        """Start every worker and load the model now, not on the first request."""
        futures = [self._executor.submit(_prepare, []) for _ in range(self.workers)]
        for future in futures:
            future.result()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
