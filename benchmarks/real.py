"""Accuracy of the offline extractor on the real corpus (``benchmarks/real/``, issue 12).

Runs ``Extractor(offline=True)`` over every page whose text is present in
``benchmarks/real/texts/`` (each with its address from the gold's ``_source.url``, as a user's
manifest would give it) and scores the records against ``benchmarks/real/gold/`` with
``baocao.evaluation``, per split: ``dev`` (the pages the rules may be tuned on) and ``blind``
(run to measure only). Pages marked ``scanner_only`` serve the number scanner's benchmark
and are not scored here.

Printed per split: how many pages were scored and how many texts are missing, indicator
precision / recall / F1, the accuracy of every metadata field, of the matched indicators'
attributes (category, qualifier, denominator, upper end, period), and the pages that got no
report. ``--round N [N ...]`` keeps the pages of those collection rounds (each gold's
``_source.round``: a round is collected, run blind once, then tuned on); ``--misses`` adds every
miss (gold vs predicted) per dev page, and per blind page only with ``--open-blind`` (once the
round is opened for tuning: whoever reads a blind round's misses can no longer measure it
blind; ``--open-blind`` without ``--misses`` is a usage error); ``--json`` prints it all as
JSON; ``--no-urls`` runs without
the pages' addresses (text alone). Without texts (CI, a fresh
clone) it says so and exits 0: run ``make real-texts``. Rounds that hold no page of the splits
asked for are named on stderr; when none holds any, it exits 2.

    python benchmarks/real.py [--split dev|blind|all] [--round N ...] [--misses [--open-blind]]
                              [--json] [--no-urls]
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import needs_venv  # noqa: F401  (first: a clear line without the venv)
from realcorpus import (
    GOLD_DIR,
    SPLITS,
    TEXTS_DIR,
    add_misses_arguments,
    add_round_argument,
    blind_hidden_note,
    offline_records,
    read_pages,
    refuse_open_blind_alone,
)

from baocao.evaluation import EvalReport, evaluate, format_misses

# The exit code when the rounds asked for hold no page of the splits asked for (a typo).
EXIT_NOTHING_ASKED = 2


def _scores(report: EvalReport) -> dict[str, Any]:
    summary = report.summary()
    return {
        "scored": len(report.scored),
        "without_report": [a.source for a in report.scored if a.error is not None],
        "indicators": {
            key.removeprefix("indicators."): value
            for key, value in summary.items()
            if key.startswith("indicators.")
        },
        "fields": report.field_accuracy,
    }


def _score(value: float | None) -> str:
    """A score to three places; n/a when there was nothing to score."""
    return "n/a" if value is None else f"{value:.3f}"


def _print_split(name: str, report: EvalReport, missing: int, misses: bool) -> None:
    scores = _scores(report)
    print(f"== {name}: {scores['scored']} pages scored, {missing} texts missing")
    if not scores["scored"]:
        return
    ind = scores["indicators"]
    print(
        f"indicators: P {_score(ind['precision'])}  R {_score(ind['recall'])}  "
        f"F1 {_score(ind['f1'])}  "
        f"(gold {ind['gold']}, predicted {ind['predicted']}, matched {ind['matched']})"
    )
    attributes = "  ".join(
        f"{key} {value:.3f}"
        for key, value in ind.items()
        if key not in {"gold", "predicted", "matched", "precision", "recall", "f1"}
        and value is not None
    )
    print(f"matched indicators' attributes: {attributes}")
    print(
        "fields: "
        + "  ".join(
            f"{key} {value:.3f}" for key, value in scores["fields"].items() if value is not None
        )
    )
    print(f"pages without a report: {len(scores['without_report'])}")
    for source in scores["without_report"]:
        print(f"  {source}")
    if misses:
        for line in format_misses(report):
            print(line)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="all",
        help="dev (pages the rules were tuned on), blind (measured only) or all (default)",
    )
    add_round_argument(parser)
    add_misses_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--no-urls", action="store_true", help="do not give the extractor the pages' addresses"
    )
    args = parser.parse_args(argv)
    refuse_open_blind_alone(parser, args)
    splits: tuple[str, ...] = SPLITS if args.split == "all" else (args.split,)
    everything = [
        p
        for p in read_pages()
        if p.split in splits and (args.round is None or p.round in args.round)
    ]
    pages = [p for p in everything if not p.scanner_only]
    empty: list[int] = []
    if args.round is not None:
        empty = sorted(set(args.round) - {p.round for p in pages})
        if empty:
            rounds = ", ".join(map(str, empty))
            print(
                f"no {' or '.join(splits)} pages of round {rounds} in {GOLD_DIR}",
                file=sys.stderr,
            )
        if not pages:
            return EXIT_NOTHING_ASKED
        splits = tuple(split for split in splits if any(p.split == split for p in pages))
    present = [p for p in pages if p.text_path.exists()]
    if not present:
        print(
            f"no texts in {TEXTS_DIR} for the {len(pages)} {' and '.join(splits)} golds in "
            f"{GOLD_DIR} ({len(everything) - len(pages)} scanner-only pages excluded): "
            "nothing scored (run `make real-texts` with internet access)"
        )
        return 0
    report = evaluate(offline_records(present, with_urls=not args.no_urls), GOLD_DIR)
    results: dict[str, Any] = {}
    for split in splits:
        stems = {p.stem for p in present if p.split == split}
        part = EvalReport(report.scoring, [a for a in report.articles if _stem(a.source) in stems])
        missing = sum(1 for p in pages if p.split == split and not p.text_path.exists())
        rounds = sorted({p.round for p in pages if p.split == split and p.round is not None})
        misses = args.misses and (split != "blind" or args.open_blind)
        if args.misses and not misses:
            print(blind_hidden_note(len(part.articles)), file=sys.stderr)
        if args.json:
            results[split] = {
                **({"rounds": rounds} if args.round else {}),
                **_scores(part),
                "texts_missing": missing,
                **({"per_article": [a.to_dict() for a in part.articles]} if misses else {}),
            }
        else:
            scope = f", round {', '.join(map(str, rounds))}" if args.round else ""
            _print_split(split + scope, part, missing, misses)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


def _stem(source: str) -> str:
    return source.rsplit("/", 1)[-1].rsplit(".", 1)[0]


if __name__ == "__main__":
    sys.exit(main())
