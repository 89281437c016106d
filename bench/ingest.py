"""Ingest throughput: the service end to end against the bare spaCy pipeline, in one run.

    python -m bench.ingest --n 200 --workers 1,2

For each worker count W (ANALYSIS_WORKERS):

1. bare pipeline: `nlp.pipe` over the cleaned texts of the same articles, split over W spawned
   processes with the model loaded and warmed up (the best case: no cleaning, no analysis, no I/O),
   run before and after the service (the reference is their mean);
2. service: `python -m service serve` (own DATA_DIR, empty SEEDS_DIR, free port), warmed up with
   `--warmup` articles, then the measured articles POSTed to /v1/articles/batch (`--batch` per
   request, `--concurrency` requests in flight) until every one is stored, resolved and reconciled
   (the response comes after the transaction commits).

Articles/s of both, and the ratio (target: service >= 0.8 x bare). The resident memory of the
service (API process, analysis workers with the model, PostgreSQL) is sampled after the warm-up
(each worker's RSS then is what one worker costs at rest) and during the measured ingest. A
per-stage breakdown of the pure pipeline (clean, language, nlp.pipe, analysis) in one process
shows where the time goes.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from bench import harness
from bench.corpus import generate
from service.api.schemas import parse_date
from service.config import load_settings
from service.pipeline import clean, language
from service.pipeline import nlp as nlp_loader
from service.pipeline.analyse import MAX_NLP_CHARS, analyse_doc

_MODEL = load_settings().spacy_model


def _bare_init(model: str) -> None:
    nlp_loader.load(model)


def _bare_pipe(texts: list[str]) -> tuple[int, float]:
    """(documents, CPU seconds) of nlp.pipe over `texts` in this process."""
    nlp = nlp_loader.load(_MODEL)
    started = time.process_time()
    done = sum(1 for _ in nlp.pipe(texts))
    return done, time.process_time() - started


def bare_pipeline(texts: list[str], workers: int, warm: list[str]) -> tuple[float, float]:
    """Articles/s of nlp.pipe alone over `texts` in `workers` processes (after a warm-up), and its
    CPU milliseconds per article."""
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_bare_init,
        initargs=(_MODEL,),
    ) as pool:
        list(pool.map(_bare_pipe, [warm] * workers))
        size = -(-len(texts) // workers)
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        started = time.perf_counter()
        results = list(pool.map(_bare_pipe, chunks))
        elapsed = time.perf_counter() - started
    assert sum(done for done, _ in results) == len(texts)
    return len(texts) / elapsed, sum(seconds for _, seconds in results) / len(texts) * 1000


def breakdown(articles: list[dict[str, Any]]) -> list[tuple[str, float]]:
    """Milliseconds per article of each pure-pipeline stage, in this process."""
    nlp = nlp_loader.load(_MODEL)
    list(nlp.pipe(["Warm-up text. The minister met the president on Monday."] * 4))
    t0 = time.perf_counter()
    cleaned = [clean.clean(str(a["text"])) for a in articles]
    t1 = time.perf_counter()
    langs = [language.detect_language(c.text) for c in cleaned]
    t2 = time.perf_counter()
    docs = list(nlp.pipe(c.text[:MAX_NLP_CHARS] for c in cleaned))
    t3 = time.perf_counter()
    for a, c, doc, lang in zip(articles, cleaned, docs, langs, strict=True):
        analyse_doc(doc, lang, parse_date(a.get("published_at")) or c.published_at, nlp)  # type: ignore[arg-type]
    t4 = time.perf_counter()
    n = len(articles)
    return [
        ("clean", (t1 - t0) / n * 1000),
        ("language detection", (t2 - t1) / n * 1000),
        ("nlp.pipe (bare pipeline)", (t3 - t2) / n * 1000),
        ("analyse_doc (entities, times, statements, claims)", (t4 - t3) / n * 1000),
    ]


def run_service(
    workers: int, warmup: list[dict[str, Any]], measured: list[dict[str, Any]], batch: int, concurrency: int
) -> tuple[float, dict[str, int], harness.MemorySample, harness.MemorySample, harness.CpuSample]:
    """Articles/s of the service, the statuses, memory idle and at peak, and the CPU seconds each
    part of it used during the measured ingest."""
    with harness.Service(workers=workers) as service:
        _, warm_status = asyncio.run(
            harness.post_batches(service.base, warmup, batch=batch, concurrency=concurrency)
        )
        with harness.MemoryWatch(service) as watch:
            idle = watch.now()
            cpu_before = harness.cpu(service)
            seconds, statuses = asyncio.run(
                harness.post_batches(service.base, measured, batch=batch, concurrency=concurrency)
            )
            cpu_used = harness.cpu(service) - cpu_before
        peak = watch.peak
    if statuses.get("created", 0) != len(measured):
        print(f"  warning: statuses {statuses} (warm-up {warm_status})")
    return len(measured) / seconds, statuses, idle, peak, cpu_used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="measured articles")
    parser.add_argument("--warmup", type=int, default=20, help="articles ingested before measuring")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", default="1,2", help="ANALYSIS_WORKERS values, comma-separated")
    parser.add_argument("--batch", type=int, default=10, help="articles per POST /v1/articles/batch")
    parser.add_argument("--concurrency", type=int, default=0, help="requests in flight (0: workers + 1)")
    parser.add_argument(
        "--breakdown", type=int, default=40, help="articles for the stage breakdown (0: skip)"
    )
    args = parser.parse_args(argv)
    harness.banner("ingest throughput: service end to end vs bare spaCy pipeline")
    corpus = generate(args.warmup + args.n, seed=args.seed)
    warmup, measured = corpus[: args.warmup], corpus[args.warmup :]
    words = statistics.mean(len(str(a["text"]).split()) for a in measured)
    print(
        f"corpus: {len(measured)} measured articles (seed {args.seed}, mean {words:.0f} words), "
        f"{len(warmup)} warm-up; batch {args.batch}"
    )
    texts = [clean.clean(str(a["text"])).text[:MAX_NLP_CHARS] for a in measured]
    warm_texts = [clean.clean(str(a["text"])).text for a in warmup[:4]]
    rows = []
    cpu_rows = []
    memory_rows = []
    for workers in [int(w) for w in args.workers.split(",")]:
        concurrency = args.concurrency or workers + 1
        # Bare pipeline before and after the service (the mean is the reference): a shared machine
        # that slows down or speeds up during the run skews the ratio less.
        before, bare_cpu = bare_pipeline(texts, workers, warm_texts)
        print(f"  W={workers}: bare nlp.pipe {before:.2f} articles/s", flush=True)
        rate, statuses, idle, peak, used = run_service(workers, warmup, measured, args.batch, concurrency)
        print(
            f"  W={workers}: service {rate:.2f} articles/s ({statuses}), concurrency {concurrency}",
            flush=True,
        )
        # After the warm-up every worker has parsed and analysed articles: all it loads is loaded.
        print(
            f"  W={workers}: analysis worker RSS after warm-up "
            f"{', '.join(harness.mib(r) for r in idle.worker_rss)}",
            flush=True,
        )
        after, _ = bare_pipeline(texts, workers, warm_texts)
        print(f"  W={workers}: bare nlp.pipe {after:.2f} articles/s", flush=True)
        bare = (before + after) / 2
        ratio = rate / bare
        rows.append(
            (workers, f"{bare:.2f}", f"{rate:.2f}", f"{ratio:.2f}", "PASS" if ratio >= 0.8 else "MISS")
        )
        n = len(measured)
        cpu_rows.append(
            (
                workers,
                f"{bare_cpu:.0f}",
                f"{used.workers / n * 1000:.0f}",
                f"{used.api / n * 1000:.0f}",
                f"{used.postgres / n * 1000:.0f}",
                f"{(used.api + used.workers + used.postgres) / n * 1000:.0f}",
            )
        )
        memory_rows.append(
            (
                workers,
                harness.mib(idle.api_rss),
                ", ".join(harness.mib(r) for r in idle.worker_rss),
                harness.mib(peak.api_rss),
                ", ".join(harness.mib(r) for r in peak.worker_rss),
                f"{harness.mib(peak.postgres_rss)} / {harness.mib(peak.postgres_pss)}",
                f"{harness.mib(peak.total_rss)} / {harness.mib(peak.total_pss)}",
            )
        )
    print("\narticles/s (target: service/bare >= 0.8)")
    print(harness.table(rows, ("workers", "bare nlp.pipe", "service", "ratio", "target")))
    print("\nCPU milliseconds per article: where the service's time goes (on N cores, N x 1000 / total")
    print("is the most articles/s the machine allows)")
    print(
        harness.table(
            cpu_rows,
            ("workers", "bare nlp.pipe", "analysis workers", "API process", "PostgreSQL", "service total"),
        )
    )
    print("\nresident memory (RSS; PSS where shared pages are split among processes)")
    print(
        harness.table(
            memory_rows,
            (
                "workers",
                "API idle",
                "analysis workers after warm-up",
                "API peak",
                "workers peak",
                "PostgreSQL peak RSS / PSS",
                "service peak RSS / PSS",
            ),
        )
    )
    if args.breakdown:
        stages = breakdown(measured[: args.breakdown])
        total = sum(ms for _, ms in stages)
        pipe = dict(stages)["nlp.pipe (bare pipeline)"]
        print(f"\npure pipeline per article in one process ({args.breakdown} articles)")
        print(
            harness.table(
                [(s, f"{ms:.1f} ms", f"{ms / total:.0%}") for s, ms in stages], ("stage", "time", "share")
            )
        )
        print(f"ceiling for service/bare before any HTTP or database work: {pipe / total:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
