"""HTTP load at a fixed number of connections: wrk (with a Lua script cycling through a list of
paths) when installed, else a bounded asyncio/httpx load generator. Loopback only."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

WRK_HINT = "wrk is not installed: `apt-get update && apt-get install -y wrk` (Debian/Ubuntu) - using the Python load generator"


@dataclass
class LoadResult:
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int  # non-2xx responses and socket errors
    tool: str


def wrk_path() -> str | None:
    return shutil.which("wrk")


_LUA = """
local paths = %s
local counter = 0
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("offset", next_id * 7919)
end

function init(args)
  counter = offset %% #paths
end

function request()
  counter = (counter %% #paths) + 1
  return wrk.format("GET", paths[counter])
end
"""

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _ms(value: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value.strip())
    if not m:
        raise ValueError(f"unexpected wrk latency {value!r}")
    return float(m.group(1)) * _UNITS[m.group(2)]


def run_wrk(
    base: str, paths: Sequence[str], *, seconds: float, connections: int = 64, threads: int = 2
) -> LoadResult:
    wrk = wrk_path()
    assert wrk is not None
    assert base.startswith("http://127.0.0.1:"), "load goes to the loopback interface only"
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        lua = "{" + ",".join(json.dumps(p) for p in paths) + "}"
        f.write(_LUA % lua)
        script = f.name
    try:
        cmd = [
            wrk,
            f"-t{threads}",
            f"-c{connections}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "30s",
            "--latency",
            "-s",
            script,
            base,
        ]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60, check=True).stdout
    finally:
        Path(script).unlink(missing_ok=True)
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", out, re.MULTILINE))
    total = re.search(r"(\d+) requests in ([\d.]+)(\w+)", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if not (latency and total and rps):
        raise RuntimeError(f"could not read wrk's output:\n{out}")
    errors = int(non2xx.group(1)) if non2xx else 0
    if sock:
        errors += sum(int(x) for x in sock.groups())
    duration = float(total.group(2)) * {"s": 1.0, "ms": 1e-3, "m": 60.0}.get(total.group(3), 1.0)
    return LoadResult(
        requests=int(total.group(1)),
        seconds=duration,
        rps=float(rps.group(1)),
        p50_ms=_ms(latency["50"]),
        p99_ms=_ms(latency["99"]),
        errors=errors,
        tool="wrk",
    )


async def _python_load(
    base: str, paths: Sequence[str], seconds: float, connections: int, max_requests: int
) -> LoadResult:
    assert base.startswith("http://127.0.0.1:"), "load goes to the loopback interface only"
    latencies: list[float] = []
    errors = 0
    counter = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base, timeout=30.0, limits=limits) as client:

        async def one(worker: int) -> None:
            nonlocal errors, counter
            i = worker * 7919
            while time.perf_counter() < deadline and counter < max_requests:
                counter += 1
                i += 1
                started = time.perf_counter()
                try:
                    r = await client.get(paths[i % len(paths)])
                    ok = r.status_code < 400
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - started) * 1000)
                errors += not ok

        started = time.perf_counter()
        await asyncio.gather(*(one(w) for w in range(connections)))
        elapsed = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [latencies[0]] * 99
    return LoadResult(
        requests=len(latencies),
        seconds=elapsed,
        rps=len(latencies) / elapsed,
        p50_ms=q[49],
        p99_ms=q[98],
        errors=errors,
        tool="python",
    )


def run_load(
    base: str,
    paths: Sequence[str],
    *,
    seconds: float,
    connections: int = 64,
    prefer: str = "wrk",
    max_requests: int = 2_000_000,
) -> LoadResult:
    """Load `paths` (cycled) at `connections` concurrent connections for `seconds`."""
    if prefer == "wrk" and wrk_path():
        return run_wrk(base, paths, seconds=seconds, connections=connections)
    return asyncio.run(_python_load(base, paths, seconds, connections, max_requests))
