"""How far two readers agree on a page's metadata, and where the offline rules stand (issue 12).

Every real page has a gold written by one reader (``benchmarks/real/gold/``). For some of them
a second reader wrote the metadata again, blind to the first gold and to the rules
(``benchmarks/real/second/<stem>.json``: the scored fields, plus ``unsure``, the fields the
second reader hesitated on). Two readers' agreement is the ceiling a field can be held to:
a target above it measures the readers, not the extractor.

Printed per split (dev / blind) and field: the pages read twice, how often the two readers
agree, and, when the texts are present (``make real-texts``), how often the offline rules
give the first reader's answer, the second's, or either; the count of pages where the second
reader was unsure. ``--round N [N ...]`` keeps the pages of those collection rounds (each
gold's ``_source.round``). ``--misses`` lists every page where the readers differ or the rules miss
the first gold (field, page, first, second, rules), a blind page's only with ``--open-blind``
(once its round is opened for tuning: its two readings are its golds, and the rules' answer
its misses); ``--open-blind`` without ``--misses`` is a usage error. ``--json`` prints it all
as JSON. Without texts (CI, a fresh clone) the readers' agreement is printed alone.

    python benchmarks/agreement.py [--round N ...] [--misses [--open-blind]] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import needs_venv  # noqa: F401  (first: a clear line without the venv)
from realcorpus import (
    CORPUS,
    SPLITS,
    Page,
    add_misses_arguments,
    add_round_argument,
    offline_records,
    read_pages,
    refuse_open_blind_alone,
)

from baocao.evaluation import Compared, report_scoring
from baocao.schemas import load_report_type
from baocao.settings import DEFAULT_SCHEMA

SECOND_DIR = CORPUS / "second"
# The exit code when the rounds asked for hold no page read twice (a typo), as real.py's.
EXIT_NOTHING_ASKED = 2
# What the second reader wrote besides the fields: the fields hesitated on, and who read.
SECOND_EXTRAS = frozenset({"unsure", "_reader"})


@dataclass
class FieldAgreement:
    """One field's counts over the pages read twice."""

    pages: int = 0
    readers: int = 0
    rules_first: int = 0
    rules_second: int = 0
    rules_either: int = 0
    unsure: int = 0

    def shares(self, with_rules: bool) -> dict[str, float | int]:
        """The counts as shares of the pages (rules' only when they were run)."""
        shares: dict[str, float | int] = {
            "pages": self.pages,
            "readers_agree": round(self.readers / self.pages, 3),
            "unsure": self.unsure,
        }
        if with_rules:
            shares["rules_first"] = round(self.rules_first / self.pages, 3)
            shares["rules_second"] = round(self.rules_second / self.pages, 3)
            shares["rules_either"] = round(self.rules_either / self.pages, 3)
        return shares


@dataclass
class Agreement:
    """Every field's counts for one split, and the pages where someone differs."""

    fields: dict[str, FieldAgreement]
    differences: list[dict[str, Any]] = field(default_factory=list)


def read_second(folder: Path = SECOND_DIR) -> dict[str, dict[str, Any]]:
    """The second readings by page stem.

    Raises:
        SystemExit: a file is not a JSON object.
    """
    readings: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            reading = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise SystemExit(f"{path}: not a second reading ({err}); see {__file__}") from err
        if not isinstance(reading, dict):
            raise SystemExit(f"{path}: not a second reading (not an object); see {__file__}")
        readings[path.stem] = reading
    return readings


def scored_fields(readings: Mapping[str, Mapping[str, Any]]) -> list[Compared]:
    """The report's scored fields that the second readings hold (compared as ``baocao eval``
    compares them: places by their canonical name, periods whole)."""
    model = load_report_type(DEFAULT_SCHEMA).model
    written = {name for reading in readings.values() for name in reading} - SECOND_EXTRAS
    return [c for c in report_scoring(model).fields if c.name in written]


def check_complete(readings: Mapping[str, Mapping[str, Any]], fields: list[Compared]) -> None:
    """Refuse a second reading that leaves out a scored field (it would be compared as null).

    Raises:
        SystemExit: a reading lacks a field another reading holds (the message names both).
    """
    for stem, reading in readings.items():
        missing = [c.name for c in fields if c.name not in reading]
        if missing:
            raise SystemExit(
                f"{SECOND_DIR / stem}.json: the second reading leaves out {', '.join(missing)}; "
                "write every field (null when the page does not say)"
            )


def agree(
    pages: list[Page],
    readings: Mapping[str, Mapping[str, Any]],
    fields: list[Compared],
    predicted: Mapping[str, Mapping[str, Any]] | None,
    *,
    hidden: frozenset[str] = frozenset(),
) -> Agreement:
    """Count, per field, the pages where the readers (and the rules, when ``predicted`` holds
    their reports by stem) agree. The pages in ``hidden`` (blind ones) count, and none of their
    differences is listed: not the readers' two readings (its golds), nor the rules'
    answers."""
    result = Agreement({c.name: FieldAgreement() for c in fields})
    for page in pages:
        second = readings[page.stem]
        report = None if predicted is None else predicted.get(page.stem, {})
        for compared in fields:
            counts = result.fields[compared.name]
            first_key, second_key = compared.key(page.gold), compared.key(second)
            counts.pages += 1
            counts.readers += first_key == second_key
            counts.unsure += compared.name in second.get("unsure", ())
            rules_key = None if report is None else compared.key(report)
            if report is not None:
                counts.rules_first += rules_key == first_key
                counts.rules_second += rules_key == second_key
                counts.rules_either += rules_key in (first_key, second_key)
            if page.stem in hidden:
                continue
            if first_key != second_key or (report is not None and rules_key != first_key):
                result.differences.append(
                    {
                        "field": compared.name,
                        "page": page.stem,
                        "first": compared.raw(page.gold),
                        "second": compared.raw(second),
                        **({} if report is None else {"rules": compared.raw(report)}),
                        "unsure": compared.name in second.get("unsure", ()),
                    }
                )
    return result


def _predicted(pages: list[Page]) -> dict[str, Mapping[str, Any]]:
    records = offline_records(pages)
    return {page.stem: record.report or {} for page, record in zip(pages, records, strict=True)}


def _print(split: str, agreement: Agreement, with_rules: bool, misses: bool) -> None:
    pages = next(iter(agreement.fields.values())).pages if agreement.fields else 0
    print(f"== {split}: {pages} pages read twice")
    columns = ["readers agree", *(("rules=first", "rules=second", "rules=either") * with_rules)]
    print(f"{'field':<16} " + "  ".join(f"{c:>13}" for c in columns) + "  unsure")
    for name, counts in agreement.fields.items():
        shares = counts.shares(with_rules)
        values = [shares["readers_agree"]]
        if with_rules:
            values += [shares["rules_first"], shares["rules_second"], shares["rules_either"]]
        cells = "  ".join(f"{v:>13.3f}" for v in values)
        print(f"{name:<16} {cells}  {counts.unsure:>6}")
    if misses:
        for d in agreement.differences:
            rules = f"  rules {json.dumps(d['rules'], ensure_ascii=False)}" if "rules" in d else ""
            print(
                f"  {d['field']} {d['page']}: first {json.dumps(d['first'], ensure_ascii=False)}"
                f"  second {json.dumps(d['second'], ensure_ascii=False)}{rules}"
                + ("  (second unsure)" if d["unsure"] else "")
            )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    add_misses_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    add_round_argument(parser)
    args = parser.parse_args(argv)
    refuse_open_blind_alone(parser, args)
    readings = read_second(SECOND_DIR)
    pages = {page.stem: page for page in read_pages()}
    unknown = sorted(set(readings) - set(pages))
    if unknown:
        print(
            f"second readings without a gold in the corpus: {', '.join(unknown)}", file=sys.stderr
        )
        return 2
    twice = [
        pages[stem]
        for stem in readings
        if not pages[stem].scanner_only and (args.round is None or pages[stem].round in args.round)
    ]
    if not twice:
        rounds = "" if args.round is None else f" of round {', '.join(map(str, args.round))}"
        print(f"no second readings{rounds} in {SECOND_DIR}: nothing to compare")
        return 0 if args.round is None else EXIT_NOTHING_ASKED
    fields = scored_fields(readings)
    check_complete(readings, fields)
    with_rules = all(page.text_path.exists() for page in twice)
    predicted = _predicted(twice) if with_rules else None
    if not with_rules:
        print(
            "texts missing (run `make real-texts`): the readers' agreement only, no rules",
            file=sys.stderr,
        )
    results: dict[str, Any] = {}
    present = [split for split in SPLITS if any(page.split == split for page in twice)]
    hidden = frozenset(p.stem for p in twice if p.split == "blind" and not args.open_blind)
    if args.misses and hidden:  # once, not once per split that holds them
        print(
            f"the differences on {len(hidden)} blind pages are not listed (their readings "
            "are golds): a blind round is measured, not read (--open-blind lists them once "
            "the round is opened for tuning)",
            file=sys.stderr,
        )
    for split in [*present, "all"] if len(present) > 1 else present:
        chosen = [page for page in twice if split in (page.split, "all")]
        agreement = agree(chosen, readings, fields, predicted, hidden=hidden)
        if args.json:
            results[split] = {
                "fields": {n: c.shares(with_rules) for n, c in agreement.fields.items()},
                **({"differences": agreement.differences} if args.misses else {}),
            }
        else:
            _print(split, agreement, with_rules, args.misses)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
