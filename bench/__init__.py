"""Benchmarks: a synthetic news corpus, ingest throughput, read latency and growth (see bench/README)."""
