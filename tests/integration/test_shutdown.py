"""Stopping: Ctrl-C on the whole process group stops the service and its embedded PostgreSQL
quietly, and a user of the embedded database that died without its clean-up (a stale id in
pgserver's `.handle_pids.json`) does not keep later stops from stopping the server."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from pgserver._commands import pg_ctl

from service.embedded import HANDLES_FILE, EmbeddedPostgres
from tests.conftest import ROOT
from tests.integration.test_faults import free_port, postgres_processes, tail, wait_ready

pytestmark = pytest.mark.integration


@pytest.fixture
def private_dir() -> Iterator[Path]:
    """Outside pytest's basetemp, which is mode 0700 (a PostgreSQL run as its own user, as
    pgserver does under root, could not enter it)."""
    with tempfile.TemporaryDirectory(prefix="news-intel-stop-") as folder:
        yield Path(folder)


def stop_leftover(pgdata: Path) -> None:
    """After a failure: stop that one cluster, so no test leaves a server behind."""
    if (pgdata / "postmaster.pid").exists():
        user = "pgserver" if os.geteuid() == 0 else None
        pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=pgdata, user=user, timeout=60)


def handles(pgdata: Path) -> list[int]:
    path = pgdata / HANDLES_FILE
    return json.loads(path.read_text()) if path.exists() else []


def dead_pid() -> int:
    """The id of a process that has run and been reaped."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def group_members(pgid: int) -> list[psutil.Process]:
    members = []
    for proc in psutil.process_iter():
        try:
            if os.getpgid(proc.pid) == pgid and proc.status() != psutil.STATUS_ZOMBIE:
                members.append(proc)
        except (ProcessLookupError, psutil.Error):
            continue
    return members


def start_in_own_group(env: dict[str, str], log_path: Path) -> subprocess.Popen[str]:
    """`python -m service` in its own process group, as a terminal runs a foreground job."""
    with log_path.open("w") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "service"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )


@pytest.mark.timeout(300)
async def test_ctrl_c_on_the_process_group_stops_everything_quietly(private_dir: Path) -> None:
    seeds = private_dir / "no-seeds"
    seeds.mkdir()
    port = free_port()
    log_path = private_dir / "service.log"
    pgdata = (private_dir / "data" / "postgres").resolve()
    env = {
        **os.environ,
        "DATA_DIR": str(private_dir / "data"),
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "SEEDS_DIR": str(seeds),
        "ANALYSIS_WORKERS": "2",
        "LOG_LEVEL": "INFO",
    }
    env.pop("DATABASE_URL", None)
    process = start_in_own_group(env, log_path)
    try:
        await wait_ready(f"http://127.0.0.1:{port}", process, log_path, within=150)
        assert postgres_processes(pgdata), "the embedded PostgreSQL is not running"
        assert handles(pgdata) == [process.pid]
        workers = [p for p in group_members(process.pid) if p.pid != process.pid]
        assert len(workers) >= 2, "expected the analysis workers in the service's process group"

        # Ctrl-C: SIGINT to every process of the group; `uv run` forwards one more to its child.
        os.killpg(process.pid, signal.SIGINT)
        await asyncio.sleep(0.2)
        os.kill(process.pid, signal.SIGINT)
        assert await asyncio.to_thread(process.wait, 120) == 0, tail(log_path)

        for _ in range(150):  # up to 30 s for the workers and the resource tracker to go
            if not group_members(process.pid):
                break
            await asyncio.sleep(0.2)
        assert not group_members(process.pid), "processes of the service outlived it"
        assert not postgres_processes(pgdata), "the embedded PostgreSQL was left running"
        assert not (pgdata / "postmaster.pid").exists()
        assert handles(pgdata) == []

        output = log_path.read_text()
        for unwanted in ("Traceback", "KeyboardInterrupt", "leaked semaphore"):
            assert unwanted not in output, tail(log_path)
        # Start-up said what it was doing, phase by phase (the seed folder here is empty).
        records = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
        messages = [str(r["message"]) for r in records]
        for phase in (
            "database: embedded PostgreSQL ready",
            "migrations: schema at head",
            "model: model loaded",
        ):
            assert any(m.startswith(phase) for m in messages), messages
        assert "seeds: 0 articles loaded" in messages, messages
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
        stop_leftover(pgdata)


@pytest.mark.timeout(180)
def test_a_stale_handle_does_not_keep_the_embedded_database_running(private_dir: Path) -> None:
    server = EmbeddedPostgres(private_dir)
    pgdata = server.data_dir
    try:
        # A previous run that died without its clean-up left its id behind.
        server.start()
        server.stop()
        assert not postgres_processes(pgdata)
        (pgdata / HANDLES_FILE).write_text(json.dumps([dead_pid()]))

        server.start()
        assert handles(pgdata) == [os.getpid()]
        # Another user joins and dies without its clean-up while this one runs.
        (pgdata / HANDLES_FILE).write_text(json.dumps([os.getpid(), dead_pid()]))
        server.stop()
        assert not postgres_processes(pgdata)
        assert handles(pgdata) == []
    finally:
        server.stop()
        stop_leftover(pgdata)


@pytest.mark.timeout(180)
def test_a_server_restarted_behind_the_handle_is_the_one_stopped(private_dir: Path) -> None:
    server = EmbeddedPostgres(private_dir)
    pgdata = server.data_dir
    try:
        server.start()
        first = server._server.get_postmaster_info()
        user = server._server.system_user
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user, timeout=60)
        args = ["-w", "-o", '-h ""', "-o", f"-k {first.socket_dir}", "-l", str(pgdata / "log"), "start"]
        pg_ctl(args, pgdata=pgdata, user=user, timeout=60)
        assert postgres_processes(pgdata)

        server.stop()
        assert not postgres_processes(pgdata)
        assert not (pgdata / "postmaster.pid").exists()
    finally:
        server.stop()
        stop_leftover(pgdata)
