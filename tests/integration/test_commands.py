"""The `seed` and `ingest` commands: a line per start-up phase, the embedded database's own
output kept at debug level, a progress bar on a terminal and plain lines otherwise."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.integration.test_faults import postgres_processes

pytestmark = pytest.mark.integration


@pytest.fixture
def private_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="news-intel-cli-") as folder:
        yield Path(folder)


def command_env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "DATA_DIR": str(data_dir), "ANALYSIS_WORKERS": "1", "LOG_LEVEL": "INFO"}
    env.pop("DATABASE_URL", None)
    return env


def run_on_a_terminal(args: list[str], env: dict[str, str], within: float) -> tuple[int, str, str]:
    """Run with stderr on a pseudo-terminal (stdout piped); (exit status, stdout, terminal)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower
    )
    os.close(follower)
    seen = bytearray()
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the command is done
                break
            if not chunk:
                break
            seen += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    stdout = process.communicate(timeout=60)[0].decode()
    return process.wait(timeout=60), stdout, seen.decode(errors="replace")


def log_records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.mark.timeout(300)
def test_seed_on_a_terminal_shows_a_bar_and_ingest_in_a_pipe_writes_plain_lines(private_dir: Path) -> None:
    seeds = private_dir / "seeds"
    seeds.mkdir()
    files = sorted(SEEDS.glob("*.txt"))[:3]
    for f in files:
        shutil.copy(f, seeds / f.name)
    data_dir = private_dir / "data"
    env = command_env(data_dir)
    pgdata = (data_dir / "postgres").resolve()

    status, stdout, terminal = run_on_a_terminal(
        [sys.executable, "-m", "service", "seed", str(seeds)], env, within=180
    )
    assert status == 0, terminal[-3000:]
    assert [line.split()[0] for line in stdout.splitlines()] == ["created"] * 3, stdout
    assert "seed: 100%" in terminal and "3/3" in terminal, terminal[-3000:]
    messages = [str(r["message"]) for r in log_records(terminal.replace("\r", "\n"))]
    for expected in (
        "database: embedded PostgreSQL ready",
        "migrations: schema at head",
        "model: model loaded",
    ):
        assert any(m.startswith(expected) for m in messages), messages
    # pgserver's own chatter (pg_ctl command lines, initdb output) stays at debug level.
    assert not [r for r in log_records(terminal.replace("\r", "\n")) if r["logger"] == "pgserver"]
    assert not postgres_processes(pgdata)

    # Piped: no bar, a plain progress line, each result as it comes.
    extra = private_dir / "extra.txt"
    extra.write_text("Rain hit the coast on Monday, forecasters said.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "service", "ingest", str(seeds / files[0].name), str(extra)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["duplicate", "created"]
    assert "\r" not in result.stderr and "%|" not in result.stderr
    messages = [str(r["message"]) for r in log_records(result.stderr)]
    assert "ingest: 2/2 articles" in messages, messages
    assert not postgres_processes(pgdata)


@pytest.mark.timeout(120)
def test_the_embedded_databases_output_is_debug_level(private_dir: Path) -> None:
    """At LOG_LEVEL=DEBUG pgserver's lines are there, as debug."""
    env = {**command_env(private_dir / "data"), "LOG_LEVEL": "DEBUG"}
    result = subprocess.run(
        [sys.executable, "-m", "service", "migrate"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=100,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    pgserver = [r for r in log_records(result.stderr) if r["logger"] == "pgserver"]
    assert pgserver and {r["level"] for r in pgserver} == {"debug"}
    assert not postgres_processes((private_dir / "data" / "postgres").resolve())
