"""Batch throughput of ``Extractor.extract_many`` against a slow local model server.

A scripted OpenAI-compatible server (``tests/scripted_server.py``, run in its own process so
it does not share the client's GIL) answers every request with the sample article's gold
report a fixed delay (0.3 s by default) after it arrived. The benchmark extracts N articles
(the five samples repeated, each copy made distinct by a last line of letters, cache off)
with ``concurrency`` C through the whole pipeline (document loading, number index, prompt,
instructor with the grounding validator, verification) twice on one Extractor (first with
the one connection a warm-up opened, then with one per slot open, as in any batch past its
first round) and compares each wall time with:

* the ideal ``N x delay / C`` (the server's delay is the only cost),
* the bare transport: the same N requests, built beforehand (the prompt and tool schema the
  pipeline sends), through a plain ``httpx2`` pool of C connections, nothing else: what the
  server, the loopback and the HTTP client cost on this host, the floor any client here
  starts from, and
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
import tempfile
import time
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

import needs_venv  # noqa: F401  (first: a clear line without the venv)
from copies import copy_tag

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
POOL_COLD = "1 open connection"
POOL_WARM = "connections open"


def serve(delay_s: float, address: Any, stop: Event) -> None:
    """Run the scripted server until ``stop`` is set (in a child process)."""
    from scripted_server import ScriptedServer

    with ScriptedServer(default_delay_s=delay_s) as server:
        address.put(server.base_url)
        stop.wait()


def run_pipeline(
    base_url: str, articles: int, concurrency: int
) -> list[tuple[str, float, float, int]]:
    """Wall and CPU time of extract_many over ``articles`` sources, and how many were ok.

    Two batches on one Extractor: the first starts with one open connection (after a
    one-article warm-up), the second with the connections the first one left open, one per
    slot, as every batch after the first round does.
    """
    from baocao.pipeline import Extractor
    from baocao.settings import Settings

    settings = Settings(
        base_url=base_url, api_key=BENCH_KEY, model=MODEL, no_cache=True, concurrency=concurrency
    )
    runs: list[tuple[str, float, float, int]] = []
    with tempfile.TemporaryDirectory() as folder, Extractor(settings) as extractor:
        batches = write_copies(Path(folder), 2 * articles)
        warm = extractor.extract(ARTICLES[0])  # imports, schema wiring, first connection
        if not warm.ok:
            raise SystemExit(f"warm-up failed: {warm.error}")
        for number, pool in enumerate((POOL_COLD, POOL_WARM)):
            sources = batches[number * articles : (number + 1) * articles]
            start, cpu_start = time.perf_counter(), time.process_time()
            results = list(extractor.extract_many(sources))
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
            runs.append((pool, elapsed, cpu, sum(r.ok for r in results)))
    return runs


def write_copies(folder: Path, count: int) -> list[Path]:
    """``count`` article files: the samples in turn, each copy made distinct by its last line.

    Per-text caches (the cross-checker folds each article once) must not turn repeats into
    hits: a real batch has distinct articles. The tag is letters only (no figure for the
    scanner) and short, so the server still recognises the article by its longest line.
    """
    paths = []
    for number in range(count):
        sample = ARTICLES[number % len(ARTICLES)]
        path = folder / f"{number:04d}_{sample.name}"
        path.write_text(sample.read_text(encoding="utf-8") + copy_tag(number), encoding="utf-8")
        paths.append(path)
    return paths


def run_transport(base_url: str, articles: int, concurrency: int) -> list[tuple[str, float]]:
    """Wall time of ``articles`` prebuilt requests through a bare ``httpx2`` pool.

    The bodies carry what the pipeline's requests carry (the rendered prompt of a distinct
    copy and the report's tool schema), so the server does the same work; the client does
    only HTTP. Two batches, first with one open connection, then with all open, as
    :func:`run_pipeline` does.
    """
    import asyncio
    import json

    import httpx2
    import instructor

    from baocao.documents import load_document
    from baocao.prompts import load_prompts, render_prompt
    from baocao.schemas import load_report_type

    report_type = load_report_type("health_review")
    templates = load_prompts(report_type)
    tool = instructor.openai_schema(report_type.model).openai_schema
    choice = {"type": "function", "function": {"name": tool["name"]}}
    url = f"{base_url}/chat/completions"
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {BENCH_KEY}"}

    async def batches(bodies: list[bytes]) -> list[tuple[str, float]]:
        limits = httpx2.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        timeout = httpx2.Timeout(60.0, pool=None)
        async with httpx2.AsyncClient(limits=limits, timeout=timeout) as client:
            (await client.post(url, content=bodies[-1], headers=headers)).raise_for_status()
            runs = []
            for number, pool in enumerate((POOL_COLD, POOL_WARM)):
                part = bodies[number * articles : (number + 1) * articles]
                start = time.perf_counter()
                answers = await asyncio.gather(
                    *(client.post(url, content=body, headers=headers) for body in part)
                )
                elapsed = time.perf_counter() - start
                if any(answer.status_code != 200 for answer in answers):
                    raise SystemExit("bare transport: the server refused a request")
                runs.append((pool, elapsed))
            return runs

    with tempfile.TemporaryDirectory() as folder:
        bodies = [
            json.dumps(
                {
                    "model": MODEL,
                    "messages": render_prompt(templates, load_document(path)),
                    "tools": [{"type": "function", "function": tool}],
                    "tool_choice": choice,
                },
                ensure_ascii=False,
            ).encode("utf-8")
            for path in write_copies(Path(folder), 2 * articles + 1)
        ]
    return asyncio.run(batches(bodies))


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
    load_before = _load_average()
    try:
        base_url = address.get(timeout=60)
        runs = run_pipeline(base_url, args.articles, args.concurrency)
        transport = dict(run_transport(base_url, args.articles, args.concurrency))
        sequential = run_sequential(base_url, args.sequential)
    finally:
        stop.set()
        server.join(10)

    ideal = max(args.articles * args.delay / args.concurrency, 1e-9)
    waves = -(-args.articles // args.concurrency) * args.delay
    sequential_scaled = sequential * args.articles / args.sequential
    print(f"Machine: nproc={os.cpu_count()}, Python {platform.python_version()} ({sys.platform})")
    print(f"{args.articles} articles, concurrency {args.concurrency}, server delay {args.delay} s")
    print(f"load average before: {load_before}, after: {_load_average()}")
    print("| measure | result |\n|---|---|")
    print(f"| ideal N x delay / C | {ideal:.2f} s |")
    print(f"| floor ceil(N / C) x delay | {waves:.2f} s ({waves / ideal:.2f}x ideal) |")
    for pool, elapsed in transport.items():
        print(
            f"| bare transport (httpx2 pool, prebuilt requests), {pool} | {elapsed:.2f} s: "
            f"{elapsed / ideal:.2f}x ideal |"
        )
    for pool, elapsed, cpu, ok in runs:
        print(
            f"| extract_many, {pool} | {elapsed:.2f} s ({ok}/{args.articles} ok): "
            f"**{elapsed / ideal:.2f}x** ideal (target <= {TARGET_RATIO}x), "
            f"{elapsed / transport[pool]:.2f}x the bare transport; client CPU "
            f"{cpu / args.articles * 1000:.1f} ms per article |"
        )
    print(
        f"| sequential instructor loop | {sequential:.2f} s for {args.sequential} articles, "
        f"{sequential_scaled:.1f} s scaled to {args.articles} |"
    )
    cold = runs[0][1]
    print(f"| speed-up over sequential ({POOL_COLD}) | **{sequential_scaled / cold:.1f}x** |")


def _load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "n/a"


if __name__ == "__main__":
    main()
