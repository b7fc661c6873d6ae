"""Throughput of the number scanner against a bare digit pass over the same texts.

Reads the five sample articles (NFC), repeats them until the corpus holds about 5 MB of
UTF-8, then times :func:`baocao.numerals.find_numbers` over every article and, as the floor
any regex scanner pays, ``re.finditer(r"\\d+")`` over the same texts. Prints the best of
several runs. Run from the repository root::

    python benchmarks/numerals.py [--mb 5] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import needs_venv  # noqa: F401  (first: a clear line without the venv)

from baocao.numerals import find_numbers

ARTICLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
DEFAULT_MB = 5.0
DEFAULT_RUNS = 5
BYTES_PER_MB = 1_000_000
BARE_DIGITS = re.compile(r"\d+")


def load_corpus(target_mb: float) -> list[str]:
    """The sample articles, repeated until their UTF-8 size reaches ``target_mb``."""
    samples = [
        unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for path in sorted(ARTICLES.glob("*.txt"))
    ]
    if not samples:
        raise SystemExit(f"no articles in {ARTICLES}")
    corpus: list[str] = []
    size = 0
    while size < target_mb * BYTES_PER_MB:
        for text in samples:
            corpus.append(text)
            size += len(text.encode("utf-8"))
    return corpus


def scan_numbers(corpus: list[str]) -> int:
    """The scanner under test: mentions found over the corpus."""
    return sum(len(find_numbers(text)) for text in corpus)


def scan_bare(corpus: list[str]) -> int:
    """The floor: a bare ``\\d+`` pass that only counts matches."""
    count = 0
    for text in corpus:
        for _ in BARE_DIGITS.finditer(text):
            count += 1
    return count


def best_time(scan: Callable[[list[str]], int], corpus: list[str], runs: int) -> float:
    """Fastest wall time of ``runs`` full passes, in seconds."""
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        scan(corpus)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    """Measure and print the figures recorded in benchmarks/README.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=DEFAULT_MB, help="corpus size in MB")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="runs; best is kept")
    args = parser.parse_args()

    corpus = load_corpus(args.mb)
    megabytes = sum(len(text.encode("utf-8")) for text in corpus) / BYTES_PER_MB
    mentions = scan_numbers(corpus)
    scanner = best_time(scan_numbers, corpus, args.runs)
    bare = best_time(scan_bare, corpus, args.runs)

    print(f"machine: nproc={os.cpu_count()} python={platform.python_version()} ({sys.platform})")
    print(f"corpus: {len(corpus)} articles, {megabytes:.2f} MB UTF-8, {mentions} mentions")
    print(
        f"find_numbers: {scanner * 1000:.0f} ms  {megabytes / scanner:.1f} MB/s  "
        f"{len(corpus) / scanner:.0f} articles/s"
    )
    print(f"bare \\d+ pass: {bare * 1000:.0f} ms  {megabytes / bare:.1f} MB/s")
    print(f"ratio find_numbers / bare: {scanner / bare:.1f}x (best of {args.runs})")


if __name__ == "__main__":
    main()
