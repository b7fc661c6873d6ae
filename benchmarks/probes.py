"""Held-out probes: do the offline rules' page-level readings carry to wordings they never met?

The real corpus (``benchmarks/real.py``) showed that rules tuned on a round of pages fix that
round and barely move the next. ``benchmarks/probes/`` holds 60 short articles of the genre
written for this measure by a reader who never saw the rules, their tests or the real texts:
six per cause of the first-contact misses (an association's own review, a higher body only
cited or attending, a district reviewed with no unit named, a national agency, a central
hospital's review vs the ministry's held at a hospital, a hospital's report naming the
province, a provincial unit that is not the department, a period named without its year, a
span that is no calendar period) and six plain controls. Each ``gold/<id>.json`` gives the
organiser level, province, district and reviewed period by ``examples/gold/README.md`` (a
``note`` marks a reading the writer doubted).

**Held out**: nobody tuning rules reads these articles, their golds or this benchmark's
misses. A set whose misses informed a rule is spent: write a new one and say so.

Printed: right / total per cause and field, compared as ``baocao eval`` compares them (places
by their canonical name, periods whole). The figures-only run prints nothing else: the
extractor's warnings (which name probes and their readings) are silenced. ``--misses`` lists
each miss, and reading them spends the set (for a reader judging it, never while tuning);
``--json`` prints it all as JSON. A data error exits 2 naming what is wrong: a gold that is
not one, a gold whose article is missing, no golds at all.

    python benchmarks/probes.py [--misses] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import needs_venv  # noqa: F401  (first: a clear line without the venv)
from realcorpus import quiet_extractor

from baocao.evaluation import Compared, report_scoring
from baocao.pipeline import Extractor
from baocao.schemas import load_report_type
from baocao.settings import DEFAULT_SCHEMA

PROBES = Path(__file__).resolve().parent / "probes"
# Exit code of a data error: a malformed gold, a gold without its article, no golds at all.
EXIT_DATA_ERROR = 2
MISSES_HELP = (
    "list every miss per probe; reading them spends the set (for a reader judging it, never "
    "while tuning: a spent set needs a new one)"
)
MISSES_NOTE = "These misses spend the held-out set: write a new one before tuning on them."
FIELDS = ("organizer_level", "province", "district", "reviewed_period")


@dataclass
class Tally:
    """Right answers per field over some probes."""

    probes: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, hits: Mapping[str, bool]) -> None:
        """Count one probe's fields."""
        self.probes += 1
        for name, hit in hits.items():
            self.right[name] += hit


@dataclass
class Score:
    """Per cause and over all probes, with the misses."""

    causes: dict[str, Tally] = field(default_factory=dict)
    total: Tally = field(default_factory=Tally)
    misses: list[dict[str, Any]] = field(default_factory=list)


def read_golds(folder: Path) -> dict[str, dict[str, Any]]:
    """The probes' golds by id.

    Raises:
        SystemExit: a gold is not a JSON object with a cause and the four fields (exit 2,
            naming it).
    """
    golds: dict[str, dict[str, Any]] = {}
    for path in sorted((folder / "gold").glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            missing = [key for key in ("cause_name", *FIELDS) if key not in gold]
        except (OSError, ValueError, TypeError) as err:
            _data_error(f"{path}: not a probe gold ({err}); see {__file__}")
        if missing:
            _data_error(f"{path}: a probe gold lacks {', '.join(missing)}; see {__file__}")
        golds[path.stem] = gold
    return golds


def _data_error(message: str) -> NoReturn:
    """Print ``message`` on stderr and exit with :data:`EXIT_DATA_ERROR`."""
    print(message, file=sys.stderr)
    raise SystemExit(EXIT_DATA_ERROR)


def compared_fields() -> list[Compared]:
    """The four fields, compared as ``baocao eval`` compares them."""
    model = load_report_type(DEFAULT_SCHEMA).model
    return [c for c in report_scoring(model).fields if c.name in FIELDS]


def score(
    golds: Mapping[str, Mapping[str, Any]],
    reports: Mapping[str, Mapping[str, Any] | None],
    fields: list[Compared],
) -> Score:
    """Compare each probe's report (None: no report, every field missed) with its gold."""
    result = Score()
    for probe, gold in golds.items():
        report = reports.get(probe) or {}
        hits = {c.name: c.key(report) == c.key(gold) for c in fields}
        result.causes.setdefault(str(gold["cause_name"]), Tally()).add(hits)
        result.total.add(hits)
        for compared in fields:
            if not hits[compared.name]:
                result.misses.append(
                    {
                        "probe": probe,
                        "field": compared.name,
                        "gold": compared.raw(gold),
                        "predicted": compared.raw(report),
                    }
                )
    return result


def extract(folder: Path, probes: list[str]) -> dict[str, Mapping[str, Any] | None]:
    """The offline extractor's report of each probe's article (None when it gave none).

    Raises:
        SystemExit: a probe's article is missing (exit 2, naming it and its gold).
    """
    articles = folder / "articles"
    missing = [probe for probe in probes if not (articles / f"{probe}.txt").is_file()]
    if missing:
        _data_error(
            f"no article for the probe gold(s) {', '.join(missing)}: expected "
            f"{articles}/<id>.txt beside {folder / 'gold'}/<id>.json (a typo in a name?)"
        )
    with quiet_extractor(), Extractor(offline=True, no_cache=True) as extractor:
        return {
            probe: extractor.extract(folder / "articles" / f"{probe}.txt").to_record().report
            for probe in probes
        }


def _row(name: str, tally: Tally) -> str:
    cells = "  ".join(f"{tally.right[f]:>3}/{tally.probes:<3}" for f in FIELDS)
    return f"{name[:44]:<44} {cells}"


def main(argv: list[str] | None = None, folder: Path = PROBES) -> int:
    """Run the benchmark (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--misses", action="store_true", help=MISSES_HELP)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    golds = read_golds(folder)
    if not golds:
        print(f"no probe golds in {folder / 'gold'}: nothing scored", file=sys.stderr)
        return EXIT_DATA_ERROR
    reports = extract(folder, list(golds))
    result = score(golds, reports, compared_fields())
    if args.json:
        shares = {
            name: {f: round(t.right[f] / t.probes, 3) for f in FIELDS} | {"probes": t.probes}
            for name, t in [*result.causes.items(), ("all", result.total)]
        }
        spent = {"misses": result.misses, "note": MISSES_NOTE} if args.misses else {}
        print(json.dumps(shares | spent, indent=2))
        return 0
    print(f"{'cause (probes right / probes)':<44} " + "  ".join(f"{f[:7]:>7}" for f in FIELDS))
    for name, tally in result.causes.items():
        print(_row(name, tally))
    print(_row("all", result.total))
    if args.misses:
        print(MISSES_NOTE)
        for miss in result.misses:
            print(
                f"  {miss['probe']} {miss['field']}: gold "
                f"{json.dumps(miss['gold'], ensure_ascii=False)} -> predicted "
                f"{json.dumps(miss['predicted'], ensure_ascii=False)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
