"""The five sample articles: every annotated fact grounds at its offset; no date or code does.

Annotations live in ``tests/fixtures/sample_numbers/<stem>.json`` with offsets into
``load_document(article).text`` (refresh with ``regenerate.py`` there when loading changes).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from baocao.documents import load_document
from baocao.numerals import QUANTITY_KINDS, Kind, NumberIndex, locate_value

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "sample_numbers"
ANNOTATIONS = sorted(FIXTURES.glob("*.json"))
DIGITS = re.compile(r"[0-9]+")
# Kinds whose digits must never ground a reported quantity.
NEVER_QUANTITY = frozenset({Kind.DATE, Kind.TIME, Kind.CODE, Kind.YEAR, Kind.NAME})


def load(path: Path) -> tuple[dict[str, Any], NumberIndex]:
    annotation = json.loads(path.read_text(encoding="utf-8"))
    document = load_document(str(REPO / annotation["article"]))
    return annotation, NumberIndex(document.text)


def inside(span: tuple[int, int], start: int, end: int) -> bool:
    return start <= span[0] and span[1] <= end


def overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] < end and start < span[1]


def test_every_sample_article_is_annotated() -> None:
    articles = sorted((REPO / "examples" / "articles").glob("*.txt"))
    assert [path.stem for path in ANNOTATIONS] == [path.stem for path in articles]


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda path: path.stem)
def test_each_fact_is_located_at_its_offset(path: Path) -> None:
    annotation, index = load(path)
    problems = []
    for fact in annotation["facts"]:
        start = fact["offset"]
        end = start + len(fact["raw"])
        if index.text[start:end] != fact["raw"]:
            problems.append(f"{fact['raw']!r} is not at offset {start}: regenerate the fixture")
            continue
        wanted = [("value", fact["value"])]
        if "denominator" in fact:
            wanted.append(("denominator", fact["denominator"]))
        for field, value in wanted:
            spans = locate_value(index, Decimal(value), fact["unit"])
            if not any(inside(span, start, end) for span in spans):
                problems.append(f"{field} {value} of {fact['raw']!r}@{start}: spans {spans}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda path: path.stem)
def test_each_fact_keeps_its_qualifier(path: Path) -> None:
    annotation, index = load(path)
    by_start = {mention.start: mention for mention in index.mentions}
    for fact in annotation["facts"]:
        mention = by_start[fact["offset"]]
        assert mention.kind in QUANTITY_KINDS, fact
        assert mention.qualifier == fact.get("qualifier", "exact"), fact


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda path: path.stem)
def test_annotated_non_quantities_have_their_kind(path: Path) -> None:
    annotation, index = load(path)
    by_start = {mention.start: mention for mention in index.mentions}
    for entry in annotation["not_quantities"]:
        mention = by_start.get(entry["offset"])
        assert mention is not None, entry
        assert mention.raw == entry["raw"], entry
        assert mention.kind == entry["kind"], entry


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda path: path.stem)
def test_no_date_code_year_or_name_grounds_a_quantity(path: Path) -> None:
    _, index = load(path)
    checked = 0
    for mention in index.mentions:
        if mention.kind not in NEVER_QUANTITY:
            continue
        for digits in DIGITS.findall(mention.raw):
            checked += 1
            spans = index.locate(Decimal(digits))
            assert not any(overlaps(span, mention.start, mention.end) for span in spans), mention
    assert checked
