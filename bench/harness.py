"""Shared plumbing for the benchmarks: the service as a subprocess, its memory, HTTP helpers, output.

Everything talks to 127.0.0.1 only, and every wait is bounded.
"""

from __future__ import annotations

import asyncio
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def machine() -> str:
    """nproc, RAM and CPU model, as the report quotes them."""
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = psutil.virtual_memory().total / 2**30
    return f"nproc={os.cpu_count()}, RAM={ram:.1f} GiB, CPU={model}, Python {platform.python_version()}"


def banner(title: str) -> None:
    print(f"\n== {title} ==", flush=True)
    print(f"machine: {machine()}", flush=True)


def table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    cells = [[str(c) for c in header], *[[str(c) for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# -- the service as a subprocess -----------------------------------------------------------------


@dataclass
class Service:
    """`python -m service serve` in its own temporary DATA_DIR (or against `database_url`), on a
    free port, with an empty SEEDS_DIR so nothing is loaded behind the benchmark's back."""

    workers: int = 1
    database_url: str | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    log_level: str = "INFO"
    ready_timeout: float = 300.0

    def __post_init__(self) -> None:
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.tmp = Path(tempfile.mkdtemp(prefix="news-bench-"))
        self.data_dir = self.tmp / "data"
        # A folder that does not exist: `serve` then skips seeding altogether. (An existing empty
        # folder makes `serve` log its seed count with a reserved LogRecord key and exit.)
        self.seeds = self.tmp / "no-seeds"
        self.log_path = self.tmp / "service.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Service:
        env = {
            **os.environ,
            "DATA_DIR": str(self.data_dir),
            "PORT": str(self.port),
            "HOST": HOST,
            "SEEDS_DIR": str(self.seeds),
            "ANALYSIS_WORKERS": str(self.workers),
            "LOG_LEVEL": self.log_level,
            "API_KEYS": "",
            "WRITE_RATE_LIMIT": "0",
            **self.extra_env,
        }
        env.pop("DATABASE_URL", None)
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "service", "serve"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"service exited with {self.proc.returncode}; log:\n{self.log_tail()}")
            try:
                r = httpx.get(f"{self.base}/readyz", timeout=2.0)
                if r.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.stop()
        raise TimeoutError(f"service not ready after {self.ready_timeout:.0f}s; log:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        """SIGINT (graceful: uvicorn, the analysis pool and the embedded database stop), then
        SIGTERM, then SIGKILL of our own process group only."""
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        for sig, wait in ((signal.SIGINT, 60.0), (signal.SIGTERM, 20.0), (signal.SIGKILL, 10.0)):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                proc.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> Service:
        return self.start()

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None or (self.proc is not None and self.proc.poll() not in (None, 0)):
            print(f"service log (last lines):\n{self.log_tail()}", file=sys.stderr)
        self.cleanup()

    # -- processes and memory

    def api_process(self) -> psutil.Process | None:
        return psutil.Process(self.proc.pid) if self.proc and self.proc.poll() is None else None

    def postgres_processes(self) -> list[psutil.Process]:
        """The embedded server this service started (its postmaster and backends)."""
        return postgres_processes(self.data_dir / "postgres")


def postgres_processes(pgdata: Path) -> list[psutil.Process]:
    pid_file = pgdata / "postmaster.pid"
    try:
        pid = int(pid_file.read_text().split()[0])
        master = psutil.Process(pid)
        return [master, *master.children(recursive=True)]
    except (OSError, ValueError, IndexError, psutil.Error):
        return []


def _mem(proc: psutil.Process) -> tuple[int, int]:
    """(RSS, PSS) in bytes; PSS (shared pages split among their users) when readable."""
    try:
        info = proc.memory_full_info()
        return info.rss, getattr(info, "pss", info.rss)
    except psutil.AccessDenied:
        rss = proc.memory_info().rss
        return rss, rss
    except psutil.Error:
        return 0, 0


@dataclass
class MemorySample:
    api_rss: int = 0
    worker_rss: list[int] = field(default_factory=list)
    postgres_rss: int = 0
    postgres_pss: int = 0
    total_rss: int = 0
    total_pss: int = 0


def memory(api: psutil.Process | None, postgres: Sequence[psutil.Process]) -> MemorySample:
    sample = MemorySample()
    if api is not None:
        sample.api_rss, api_pss = _mem(api)
        sample.total_rss += sample.api_rss
        sample.total_pss += api_pss
        try:
            children = api.children(recursive=True)
        except psutil.Error:
            children = []
        for child in children:
            rss, pss = _mem(child)
            try:
                name = " ".join(child.cmdline())
            except psutil.Error:
                name = ""
            if "resource_tracker" not in name:  # the multiprocessing helper is not a worker
                sample.worker_rss.append(rss)
            sample.total_rss += rss
            sample.total_pss += pss
    for proc in postgres:
        rss, pss = _mem(proc)
        sample.postgres_rss += rss
        sample.postgres_pss += pss
    sample.total_rss += sample.postgres_rss
    sample.total_pss += sample.postgres_pss
    return sample


class MemoryWatch:
    """Samples the service's memory every `interval` seconds in a thread; keeps the peak."""

    def __init__(self, service: Service, interval: float = 0.5, postgres_dir: Path | None = None) -> None:
        self.service = service
        self.interval = interval
        self.postgres_dir = postgres_dir
        self.peak = MemorySample()
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _postgres(self) -> list[psutil.Process]:
        if self.postgres_dir is not None:
            return postgres_processes(self.postgres_dir)
        return self.service.postgres_processes()

    def _run(self) -> None:
        while not self._stop.is_set():
            s = memory(self.service.api_process(), self._postgres())
            self.samples += 1
            if s.total_rss > self.peak.total_rss:
                self.peak = s
            self._stop.wait(self.interval)

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def now(self) -> MemorySample:
        return memory(self.service.api_process(), self._postgres())


@dataclass
class CpuSample:
    """CPU seconds (user + system) used so far by each part of the service."""

    api: float = 0.0
    workers: float = 0.0
    postgres: float = 0.0

    def __sub__(self, other: CpuSample) -> CpuSample:
        return CpuSample(self.api - other.api, self.workers - other.workers, self.postgres - other.postgres)


def _cpu(proc: psutil.Process) -> float:
    try:
        t = proc.cpu_times()
        return t.user + t.system
    except psutil.Error:
        return 0.0


def cpu(service: Service) -> CpuSample:
    """CPU seconds of the API process, its analysis workers and PostgreSQL (backends that have
    exited are not counted: the service keeps its pool connections open, so few do)."""
    sample = CpuSample()
    api = service.api_process()
    if api is not None:
        sample.api = _cpu(api)
        try:
            children = api.children(recursive=True)
        except psutil.Error:
            children = []
        sample.workers = sum(_cpu(child) for child in children)
    sample.postgres = sum(_cpu(proc) for proc in service.postgres_processes())
    return sample


def mib(n: int) -> str:
    return f"{n / 2**20:.0f} MiB"


# -- HTTP ----------------------------------------------------------------------------------------


async def post_batches(
    base: str,
    articles: Sequence[dict[str, Any]],
    *,
    batch: int,
    concurrency: int,
    request_timeout: float = 900.0,
) -> tuple[float, dict[str, int]]:
    """POST the articles to /v1/articles/batch, `concurrency` requests in flight; (seconds, statuses)."""
    chunks = [list(articles[i : i + batch]) for i in range(0, len(articles), batch)]
    statuses: dict[str, int] = {}
    queue: asyncio.Queue[list[dict[str, Any]]] = asyncio.Queue()
    for chunk in chunks:
        queue.put_nowait(chunk)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=base, timeout=request_timeout, limits=limits) as client:

        async def worker() -> None:
            while not queue.empty():
                chunk = queue.get_nowait()
                r = await client.post("/v1/articles/batch", json={"articles": chunk})
                if r.status_code != 200:  # counted, not raised: a failed batch is a figure too
                    key = f"http {r.status_code}"
                    statuses[key] = statuses.get(key, 0) + len(chunk)
                    continue
                for item in r.json()["items"]:
                    statuses[item["status"]] = statuses.get(item["status"], 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return time.perf_counter() - started, statuses


async def get_json(client: httpx.AsyncClient, path: str, **params: Any) -> Any:
    r = await client.get(path, params={k: v for k, v in params.items() if v is not None})
    r.raise_for_status()
    return r.json()
