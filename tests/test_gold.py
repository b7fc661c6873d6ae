"""Gold reports: each validates against its schema and is fully grounded in its article.

The golds in ``examples/gold/`` were written by reading each sample article (how, and every
judgement call, in ``examples/gold/README.md``). They are the answers of the scripted server
behind the cassettes and the evaluation set of ``baocao eval``, so every figure in them must be
one the article prints. The held-out set in ``benchmarks/heldout/`` (synthetic articles with
golds, used to measure the offline extractor) is held to the same checks. A failure here means
a gold was mis-copied, or the number scanner / cross-checker misses a figure the article
does print: the message names every path.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from vietnamadminunits import ParseMode, parse_address

from baocao.crosscheck import describe_ungrounded, verify
from baocao.documents import load_document
from baocao.numerals import NumberIndex
from baocao.offline import LEGACY_PROVINCE_NAMES
from baocao.schemas import load_report_type

REPO = Path(__file__).resolve().parents[1]
REPORT_TYPE = "health_review"
PROVINCE_LEVEL = 1
DISTRICT_LEVEL = 2
# name -> (articles folder, gold folder)
GOLD_SETS: dict[str, tuple[Path, Path]] = {
    "samples": (REPO / "examples" / "articles", REPO / "examples" / "gold"),
    "heldout": (
        REPO / "benchmarks" / "heldout" / "articles",
        REPO / "benchmarks" / "heldout" / "gold",
    ),
}
# Articles are plain text or saved HTML pages (the loader reduces a page to its article).
ARTICLE_SUFFIXES = (".txt", ".html")


def _articles(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.suffix in ARTICLE_SUFFIXES)


CASES = [
    pytest.param(path, gold / f"{path.stem}.json", id=f"{name}-{path.stem}")
    for name, (articles, gold) in GOLD_SETS.items()
    for path in _articles(articles)
]


def _gold_data(gold: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gold.read_text(encoding="utf-8"))
    return data


def _report_model() -> type[BaseModel]:
    return load_report_type(REPORT_TYPE).model


def _mismatches(expected: Any, actual: Any, path: str) -> list[str]:
    """Paths where the gold JSON differs from the validated report dumped back to JSON.

    Catches keys the schema silently ignores (a misspelt field) and values it coerces.
    """
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {actual!r}"]
        found: list[str] = []
        for key, value in expected.items():
            if key not in actual:
                found.append(f"{path}.{key}: not a field of the schema")
            else:
                found.extend(_mismatches(value, actual[key], f"{path}.{key}"))
        return found
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected {len(expected)} items, got {actual!r}"]
        found = []
        for i, (item, other) in enumerate(zip(expected, actual, strict=True)):
            found.extend(_mismatches(item, other, f"{path}[{i}]"))
        return found
    return [] if expected == actual else [f"{path}: gold {expected!r} became {actual!r}"]


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_every_article_has_exactly_one_gold(name: str) -> None:
    articles, gold = GOLD_SETS[name]
    stems = sorted(path.stem for path in _articles(articles))
    assert stems, f"no articles found in {articles}"
    assert sorted(path.stem for path in gold.glob("*.json")) == stems


@pytest.mark.parametrize(("article", "gold"), CASES)
def test_gold_validates_against_the_schema_unchanged(article: Path, gold: Path) -> None:
    data = _gold_data(gold)
    report = _report_model().model_validate(data)
    assert _mismatches(data, report.model_dump(mode="json"), "report") == []


@pytest.mark.parametrize(("article", "gold"), CASES)
def test_gold_is_fully_grounded_in_its_article(article: Path, gold: Path) -> None:
    report = _report_model().model_validate(_gold_data(gold))
    document = load_document(article)
    verification = verify(report, document)
    assert verification.ok, describe_ungrounded(verification)
    checked_paths = {item.path for item in verification.items}
    indicators: list[Any] = getattr(report, "indicators", [])
    for i, indicator in enumerate(indicators):
        assert f"indicators[{i}].value" in checked_paths
        assert f"indicators[{i}].quote" in checked_paths
        assert indicator.quote in document.text, f"indicators[{i}].quote is not verbatim"


@pytest.mark.parametrize(("article", "gold"), CASES)
def test_gold_passes_validation_with_its_article_as_context(article: Path, gold: Path) -> None:
    document = load_document(article)
    context = {"document": document, "index": NumberIndex(document.text)}
    _report_model().model_validate(_gold_data(gold), context=context)


def _as_of_article(province: str | None) -> str | None:
    """The gazetteer's province under its pre-2025 name (DESIGN.md: the name as of the article):
    the LEGACY gazetteer already says "Huế" for Thừa Thiên Huế."""
    return None if province is None else LEGACY_PROVINCE_NAMES.get(province, province)


@pytest.mark.parametrize(("article", "gold"), CASES)
def test_gold_province_and_district_match_the_legacy_gazetteer(article: Path, gold: Path) -> None:
    data = _gold_data(gold)
    province, district = data["province"], data["district"]
    if district is not None:
        unit = parse_address(district, mode=ParseMode.LEGACY, level=DISTRICT_LEVEL)
        if unit.short_province is None and province is not None:
            # A district name several provinces share (Tân Uyên: Bình Dương, Lai Châu) is
            # ambiguous alone: check it within the gold's province.
            unit = parse_address(
                f"{district}, {province}", mode=ParseMode.LEGACY, level=DISTRICT_LEVEL
            )
        assert (_as_of_article(unit.short_province), unit.short_district) == (province, district)
    elif province is not None:
        unit = parse_address(province, mode=ParseMode.LEGACY, level=PROVINCE_LEVEL)
        assert _as_of_article(unit.short_province) == province


@pytest.mark.parametrize(
    ("gazetteer", "as_of_article"),
    [
        pytest.param("Huế", "Thừa Thiên Huế", id="renamed-2025"),
        pytest.param("Đắk Nông", "Đắk Nông", id="unchanged"),
        pytest.param(None, None, id="none"),
    ],
)
def test_gazetteer_province_is_compared_under_its_pre_2025_name(
    gazetteer: str | None, as_of_article: str | None
) -> None:
    assert _as_of_article(gazetteer) == as_of_article
