"""A batch against a rate-limited endpoint: how close to the allowed rate, how few 429s.

The scripted OpenAI-compatible server (``tests/scripted_server.py``, in its own process)
takes every request from a token bucket (``--rate`` requests per second, bursts of
``--burst``); a request that finds it empty is answered 429 with ``retry-after-ms`` (and a
whole-second ``Retry-After``) saying when the next token comes, as OpenAI's limits answer.
Otherwise it answers with the article's gold report after ``--delay`` seconds. The benchmark
runs ``Extractor.extract_many`` over N distinct copies of the sample articles (cache off)
with ``--concurrency`` C and the default retry policy (real waits), then prints:

* the rate allowed (the bucket's) and achieved (answered requests per second of the batch,
  the burst included: a short batch can beat the rate by the burst, a long one cannot);
* the share of requests answered 429 (target: under 10%), and how many of them came in the
  first wave: the requests a batch sends before any 429 can reach the client (from the first
  request to the first one let through after a 429). With C above the burst, the first wave
  meets about C - burst 429s whatever the client does; the rest measure the gate's pacing;
* the articles completed, and the concurrency the adaptive limit settled at.

Run from the repository root::

    python benchmarks/ratelimit.py [--articles 75] [--concurrency 16] [--rate 4] [--burst 4]
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
from batch import BENCH_KEY, MODEL, write_copies

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

DEFAULT_ARTICLES = 75
DEFAULT_CONCURRENCY = 16
DEFAULT_RATE = 4.0
DEFAULT_BURST = 4
DEFAULT_DELAY_S = 0.0
TARGET_429_SHARE = 0.10


def serve(rate: float, burst: int, delay_s: float, channel: Any, stop: Event) -> None:
    """Run the rate-limited server until ``stop`` is set, then report its counts."""
    from scripted_server import ScriptedServer, TokenBucket

    bucket = TokenBucket(rate=rate, burst=burst)
    with ScriptedServer(default_delay_s=delay_s, rate_limit=bucket) as server:
        channel.put(server.base_url)
        stop.wait()
        channel.put((len(server.requests), server.rate_limited, first_wave(server.admitted)))


def first_wave(admitted: list[bool]) -> int:
    """429s from the first request to the first one let through after a 429."""
    limited = 0
    for passed in admitted:
        if passed and limited:
            break
        limited += not passed
    return limited


def main() -> None:
    """Start the server process, run the batch, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    parser.add_argument("--rate", type=float, default=DEFAULT_RATE)
    parser.add_argument("--burst", type=int, default=DEFAULT_BURST)
    parser.add_argument("--delay", type=float, default=DEFAULT_DELAY_S)
    args = parser.parse_args()

    from baocao.pipeline import Extractor
    from baocao.settings import Settings

    context = multiprocessing.get_context("spawn")
    channel = context.Queue()
    stop = context.Event()
    server = context.Process(
        target=serve, args=(args.rate, args.burst, args.delay, channel, stop), daemon=True
    )
    server.start()
    try:
        base_url = channel.get(timeout=60)
        settings = Settings(
            base_url=base_url,
            api_key=BENCH_KEY,
            model=MODEL,
            no_cache=True,
            concurrency=args.concurrency,
        )
        with tempfile.TemporaryDirectory() as folder, Extractor(settings) as extractor:
            sources = write_copies(Path(folder), args.articles)
            start = time.perf_counter()
            results = list(extractor.extract_many(sources))
            elapsed = time.perf_counter() - start
            stats = extractor.transport_stats
    finally:
        stop.set()
    requests, limited, wave = channel.get(timeout=60)
    server.join(10)
    if stats is None:
        raise SystemExit("no transport statistics: the run was offline")

    ok = sum(result.ok for result in results)
    answered = requests - limited
    share = limited / requests if requests else 0.0
    print(f"Machine: nproc={os.cpu_count()}, Python {platform.python_version()} ({sys.platform})")
    print(
        f"{args.articles} articles, concurrency {args.concurrency}, token bucket "
        f"{args.rate:g} requests/s (burst {args.burst}), server delay {args.delay} s"
    )
    print("| measure | result |\n|---|---|")
    print(f"| articles completed | {ok}/{args.articles} |")
    print(f"| wall time | {elapsed:.1f} s |")
    print(
        f"| requests/s allowed vs achieved | {args.rate:g} vs {answered / elapsed:.2f} "
        f"({answered} answered in {elapsed:.1f} s, the burst of {args.burst} included) |"
    )
    print(
        f"| requests answered 429 | {limited} of {requests}: **{share:.1%}** "
        f"(target < {TARGET_429_SHARE:.0%}; the client counted {stats.rate_limited}) |"
    )
    rest = requests - wave
    print(
        f"| of which in the first wave | {wave}; after it {limited - wave} of {rest} requests: "
        f"**{(limited - wave) / rest if rest else 0.0:.1%}** |"
    )
    print(f"| concurrency settled at | {stats.concurrency} of {stats.max_concurrency} |")


if __name__ == "__main__":
    main()
