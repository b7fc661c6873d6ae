"""Batch throughput of ``Extractor.extract_many`` against a slow local model server.

A scripted OpenAI-compatible server (``tests/scripted_server.py``, run in its own process so
it does not share the client's GIL) answers every request with the sample article's gold
report after a fixed delay (0.3 s by default). The benchmark extracts N articles (the five
samples repeated, cache off) with ``concurrency`` C through the whole pipeline (document
loading, number index, prompt, instructor with the grounding validator, verification) and
compares the wall time with:

* the ideal ``N x delay / C`` (the server's delay is the only cost), and
* a plain sequential instructor loop over the same server (no grounding, no verification),
  timed on fewer articles and scaled to N.

Run from the repository root::

    python benchmarks/batch.py [--articles 100] [--concurrency 16] [--delay 0.3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import sys
import time
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

ARTICLES = sorted((REPO / "examples" / "articles").glob("*.txt"))
DEFAULT_ARTICLES = 100
DEFAULT_CONCURRENCY = 16
DEFAULT_DELAY_S = 0.3
DEFAULT_SEQUENTIAL = 10
TARGET_RATIO = 1.15
BENCH_KEY = "sk-bench-not-a-secret"
MODEL = "gpt-4o-mini"


def serve(delay_s: float, address: Any, stop: Event) -> None:
    """Run the scripted server until ``stop`` is set (in a child process)."""
    from scripted_server import ScriptedServer

    with ScriptedServer(default_delay_s=delay_s) as server:
        address.put(server.base_url)
        stop.wait()


def run_pipeline(base_url: str, articles: int, concurrency: int) -> tuple[float, float, int]:
    """Wall and CPU time of extract_many over ``articles`` sources, and how many were ok."""
    from baocao.pipeline import Extractor
    from baocao.settings import Settings

    settings = Settings(
        base_url=base_url, api_key=BENCH_KEY, model=MODEL, no_cache=True, concurrency=concurrency
    )
    sources = [ARTICLES[i % len(ARTICLES)] for i in range(articles)]
    with Extractor(settings) as extractor:
        warm = extractor.extract(ARTICLES[0])  # imports, schema wiring, first connection
        if not warm.ok:
            raise SystemExit(f"warm-up failed: {warm.error}")
        start, cpu_start = time.perf_counter(), time.process_time()
        results = list(extractor.extract_many(sources))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return elapsed, cpu, sum(r.ok for r in results)


def run_sequential(base_url: str, articles: int) -> float:
    """Wall time of a plain sequential instructor loop over ``articles`` sources."""
    import instructor
    import openai

    from baocao.documents import load_document
    from baocao.prompts import load_prompts, render_prompt
    from baocao.schemas import load_report_type

    report_type = load_report_type("health_review")
    templates = load_prompts(report_type)
    client = instructor.from_openai(
        openai.OpenAI(base_url=base_url, api_key=BENCH_KEY, max_retries=0)
    )
    documents = [load_document(ARTICLES[i % len(ARTICLES)]) for i in range(articles + 1)]

    def ask(index: int) -> None:
        client.chat.completions.create(
            model=MODEL,
            response_model=report_type.model,
            messages=render_prompt(templates, documents[index]),  # type: ignore[arg-type]
            max_retries=0,
        )

    ask(articles)  # warm-up
    start = time.perf_counter()
    for index in range(articles):
        ask(index)
    return time.perf_counter() - start


def main() -> None:
    """Start the server process, run both loops, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    parser.add_argument("--delay", type=float, default=DEFAULT_DELAY_S)
    parser.add_argument("--sequential", type=int, default=DEFAULT_SEQUENTIAL)
    args = parser.parse_args()

    context = multiprocessing.get_context("spawn")
    address = context.Queue()
    stop = context.Event()
    server = context.Process(target=serve, args=(args.delay, address, stop), daemon=True)
    server.start()
    try:
        base_url = address.get(timeout=60)
        elapsed, cpu, ok = run_pipeline(base_url, args.articles, args.concurrency)
        sequential = run_sequential(base_url, args.sequential)
    finally:
        stop.set()
        server.join(10)

    ideal = max(args.articles * args.delay / args.concurrency, 1e-9)
    waves = -(-args.articles // args.concurrency) * args.delay
    sequential_scaled = sequential * args.articles / args.sequential
    print(f"Machine: nproc={os.cpu_count()}, Python {platform.python_version()} ({sys.platform})")
    print(f"{args.articles} articles, concurrency {args.concurrency}, server delay {args.delay} s")
    print("| measure | result |\n|---|---|")
    print(f"| extract_many wall time | {elapsed:.2f} s ({ok}/{args.articles} ok) |")
    print(f"| ideal N x delay / C | {ideal:.2f} s |")
    print(f"| ratio to ideal | **{elapsed / ideal:.2f}x** (target <= {TARGET_RATIO}x) |")
    print(f"| floor ceil(N / C) x delay | {waves:.2f} s ({waves / ideal:.2f}x ideal) |")
    print(f"| client CPU per article | {cpu / args.articles * 1000:.1f} ms ({cpu:.2f} s in all) |")
    print(
        f"| sequential instructor loop | {sequential:.2f} s for {args.sequential} articles, "
        f"{sequential_scaled:.1f} s scaled to {args.articles} |"
    )
    print(f"| speed-up over sequential | **{sequential_scaled / elapsed:.1f}x** |")


if __name__ == "__main__":
    main()
