"""Throughput of the offline backend, in articles per second on one core.

Reads the five sample articles, repeats them ``--repeat`` times, and times three stages over
the whole list, single-threaded and pinned to one CPU where the OS allows:

- ``extract``: :func:`baocao.offline.extract_offline` given the loaded document and its index;
- ``pipeline``: ``load_document`` (from text) + ``NumberIndex`` + ``extract_offline`` +
  ``crosscheck.verify``, the work ``baocao extract --offline`` does per article;
- ``pipeline, cold gazetteer``: the same with the gazetteer cache cleared before every
  article, as if every article named a district not seen before (the worst case).

Prints the best of several runs. Run from the repository root::

    python benchmarks/offline.py [--repeat 100] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from baocao import offline
from baocao.crosscheck import verify
from baocao.documents import Document, load_document
from baocao.numerals import NumberIndex
from baocao.schemas import load_report_type

ARTICLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
DEFAULT_REPEAT = 100
DEFAULT_RUNS = 3
TARGET_ARTICLES_PER_S = 200


def load_samples() -> list[str]:
    """The raw text of the sample articles."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no articles in {ARTICLES}")
    return texts


def best_of(runs: int, work: Callable[[], None]) -> float:
    """Seconds of the fastest of ``runs`` calls."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Time the stages and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    model = load_report_type("health_review").model
    corpus = load_samples() * args.repeat
    loaded: list[tuple[Document, NumberIndex]] = []
    for text in corpus:
        document = load_document(text)
        loaded.append((document, NumberIndex(document.text)))

    def extract_only() -> None:
        for document, index in loaded:
            offline.extract_offline(document, index, model)

    def pipeline(cold: bool) -> Callable[[], None]:
        def run() -> None:
            for text in corpus:
                if cold:
                    offline._gazetteer.cache_clear()
                document = load_document(text)
                index = NumberIndex(document.text)
                report = offline.extract_offline(document, index, model)
                verify(report, document, index)

        return run

    stages = {
        "extract": best_of(args.runs, extract_only),
        "pipeline": best_of(args.runs, pipeline(cold=False)),
        "pipeline, cold gazetteer": best_of(args.runs, pipeline(cold=True)),
    }
    print(f"Machine: nproc={os.cpu_count()}, pinned to 1 core, Python {platform.python_version()}")
    print(f"Corpus: {len(corpus)} articles (5 samples x {args.repeat}); best of {args.runs} runs")
    print()
    print("| stage | time | articles/s |")
    print("|---|---|---|")
    for name, seconds in stages.items():
        rate = len(corpus) / seconds
        print(f"| {name} | {seconds * 1000:.0f} ms | **{rate:,.0f}** |")
    slowest = min(len(corpus) / seconds for seconds in stages.values())
    verdict = "meets" if slowest >= TARGET_ARTICLES_PER_S else "misses"
    print(
        f"\nSlowest stage {slowest:,.0f} articles/s {verdict} the {TARGET_ARTICLES_PER_S}/s target."
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
