"""Check the held-out golds the way tests/test_gold.py checks the sample golds.

For every article in ``articles/`` with a gold in ``gold/`` (same stem):

1. the gold validates against the ``health_review`` schema and dumps back unchanged;
2. it passes validation with its article as context (grounding + consistency);
3. ``verify(report, load_document(article))`` grounds every number and quote;
4. every quote is a verbatim substring of the loaded text (plain ``str.find``);
5. province / district agree with the legacy gazetteer of ``vietnamadminunits``, its 2025
   province names ("Huế") mapped back to the pre-2025 ones the golds use ("Thừa Thiên Huế")
   with the offline backend's table, ``baocao.offline.LEGACY_PROVINCE_NAMES``.

Run from the repository root: ``python benchmarks/heldout/check.py``. Prints one line per
article and the details of every failure; exits 1 when something failed. It never runs an
extractor: it checks the golds only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from vietnamadminunits import ParseMode, parse_address

from baocao.crosscheck import describe_ungrounded, verify
from baocao.documents import load_document
from baocao.numerals import NumberIndex
from baocao.offline import LEGACY_PROVINCE_NAMES
from baocao.schemas import load_report_type

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold"
PROVINCE_LEVEL = 1
DISTRICT_LEVEL = 2


def mismatches(expected: Any, actual: Any, path: str) -> list[str]:
    """Paths where the gold JSON differs from the validated report dumped back to JSON."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {actual!r}"]
        found: list[str] = []
        for key, value in expected.items():
            if key not in actual:
                found.append(f"{path}.{key}: not a field of the schema")
            else:
                found.extend(mismatches(value, actual[key], f"{path}.{key}"))
        return found
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected {len(expected)} items, got {actual!r}"]
        found = []
        for i, (item, other) in enumerate(zip(expected, actual, strict=True)):
            found.extend(mismatches(item, other, f"{path}[{i}]"))
        return found
    return [] if expected == actual else [f"{path}: gold {expected!r} became {actual!r}"]


def as_of_article(province: str | None) -> str | None:
    """The gazetteer's province under the pre-2025 name the golds use."""
    return None if province is None else LEGACY_PROVINCE_NAMES.get(province, province)


def check(stem: str, model: type[BaseModel]) -> list[str]:
    """Every problem with one gold, one line each (empty when it is clean)."""
    problems: list[str] = []
    data = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    report = model.model_validate(data)
    problems += mismatches(data, report.model_dump(mode="json"), "report")
    document = load_document(ARTICLES / f"{stem}.txt")
    verification = verify(report, document)
    if not verification.ok:
        problems.append("verify: " + describe_ungrounded(verification))
    try:
        context = {"document": document, "index": NumberIndex(document.text)}
        model.model_validate(data, context=context)
    except ValidationError as err:
        problems.append(f"validate with context: {err}")
    for i, indicator in enumerate(data["indicators"]):
        if indicator["quote"] not in document.text:
            problems.append(f"indicators[{i}].quote is not a substring: {indicator['quote']!r}")
    province, district = data["province"], data["district"]
    if district is not None:
        unit = parse_address(district, mode=ParseMode.LEGACY, level=DISTRICT_LEVEL)
        if (as_of_article(unit.short_province), unit.short_district) != (province, district):
            problems.append(f"gazetteer: {unit.short_province}/{unit.short_district}")
    elif province is not None:
        unit = parse_address(province, mode=ParseMode.LEGACY, level=PROVINCE_LEVEL)
        if as_of_article(unit.short_province) != province:
            problems.append(f"gazetteer: {unit.short_province}")
    return problems


def main() -> int:
    model = load_report_type("health_review").model
    failed = 0
    for article in sorted(ARTICLES.glob("*.txt")):
        stem = article.stem
        if not (GOLD / f"{stem}.json").exists():
            print(f"MISSING gold  {stem}")
            failed += 1
            continue
        problems = check(stem, model)
        data = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
        status = "ok  " if not problems else "FAIL"
        print(f"{status} {stem}: {len(data['indicators'])} indicators")
        for problem in problems:
            print("     " + problem.replace("\n", "\n     "))
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
