"""Tests for baocao.evaluation: scores of records against gold reports."""

from __future__ import annotations

import copy
import json
import textwrap
import unicodedata
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, Field
from typer.testing import CliRunner

from baocao import numerals
from baocao.cli import app
from baocao.crosscheck import Grounded, Quote
from baocao.errors import ConfigError, RecordError, SchemaError
from baocao.evaluation import (
    PERCENT_UNITS,
    RESERVED_LIST_NAMES,
    SCALE_WORDS,
    Compared,
    declared_rules,
    evaluate,
    format_misses,
    match_items,
    report_scoring,
)
from baocao.records import Record
from baocao.schemas import load_report_type
from baocao.scoring import normalize_label
from baocao.shape import LeafKind, ValueList

# health_review's scoring as its schema and its SCORING_RULES declare it.
HEALTH_REVIEW = report_scoring(load_report_type("health_review").model)
INDICATORS = HEALTH_REVIEW.lists[0]
FIELDS = HEALTH_REVIEW.field_names
ATTRIBUTES = INDICATORS.attribute_names

GOLD_A: dict[str, Any] = {
    "title": "Hội nghị tổng kết công tác y tế năm 2023",
    "event_date": "2024-01-05",
    "organizer": "Trung tâm Y tế huyện Hòa Vang",
    "organizer_level": "district",
    "province": "Đắk Lắk",
    "district": "Hòa Vang",
    "meeting_kind": "year_end_review",
    "online": None,
    "reviewed_period": {"kind": "year", "year": 2023, "index": None},
    "next_period": {"kind": "year", "year": 2024, "index": None},
    "people": [],
    "indicators": [
        {"label": "lượt khám bệnh", "value": 12345, "unit": "lượt", "quote": "12.345 lượt"},
        {"label": "tỷ lệ tiêm chủng", "value": 97.5, "unit": "%", "quote": "đạt 97,5%"},
        {"label": "cơ sở đạt", "value": 40, "unit": "cơ sở", "denominator": 52, "quote": "40/52"},
        {"label": "tiền phạt", "value": 250000000, "unit": "đồng", "quote": "250 triệu đồng"},
    ],
    "achievements": [],
    "challenges": [],
    "priorities": [],
    "author": None,
}
GOLD_B: dict[str, Any] = {
    **GOLD_A,
    "event_date": "2023-07-10",
    "organizer_level": "province",
    "province": "Thừa Thiên Huế",
    "district": None,
    "meeting_kind": "mid_year_review",
    "online": True,
    "reviewed_period": {"kind": "half_year", "year": 2023, "index": 1},
    "next_period": {"kind": "half_year", "year": 2023, "index": 2},
    "indicators": [
        # Gold B says what each figure measures; gold A was written before those fields.
        {
            "label": "ca sốt xuất huyết",
            "value": 18,
            "unit": "ca",
            "quote": "giảm 18 ca",
            "measure": "change",
            "direction": "decrease",
        },
        {
            "label": "tỷ lệ sinh con thứ 3",
            "value": 4.2,
            "unit": "%",
            "quote": "4,2%",
            "measure": "level",
            "direction": None,
        },
    ],
}
GOLDS = {"a_article": GOLD_A, "b_article": GOLD_B}


def make_record(
    stem: str,
    report: dict[str, Any] | None,
    *,
    checked: int = 10,
    grounded: int = 10,
    cost: float = 0.0,
    error: dict[str, str] | None = None,
    schema: str | None = None,
) -> Record:
    """A JSONL record as ``baocao extract`` writes it (with the counts of an older release;
    ``schema``: the report type it names)."""
    return Record.from_json(
        {
            "source": {"path": f"examples/articles/{stem}.txt", "sha256": "0" * 64},
            "schema": schema,
            "report": report,
            "verification": {"checked": checked, "grounded": grounded, "ungrounded": []},
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "cost_usd": cost},
            "cached": False,
            "error": error,
        }
    )


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for stem, gold in GOLDS.items():
        (folder / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    return folder


def perfect_records() -> list[Record]:
    return [make_record(stem, copy.deepcopy(gold)) for stem, gold in GOLDS.items()]


def test_measure_and_direction_are_scored_only_where_the_gold_has_them(gold_dir: Path) -> None:
    records = perfect_records()
    # Gold A has no measure: whatever is predicted for its figures is not scored.
    for indicator in records[0].report["indicators"]:
        indicator |= {"measure": "target", "direction": "increase"}
    # Gold B's decrease read as a level: one of its two pairs misses each field.
    records[1].report["indicators"][0] |= {"measure": "level", "direction": None}

    report = evaluate(records, gold_dir)

    accuracy = report.list_scores("indicators").attribute_accuracy
    assert (accuracy["measure"], accuracy["direction"]) == (0.5, 0.5)
    assert accuracy["category"] == 1.0
    misses = report.misses()
    assert [(m["gold"], m["predicted"]) for m in misses["indicators.measure"]] == [
        ("change", "level")
    ]
    assert [(m["gold"], m["predicted"]) for m in misses["indicators.direction"]] == [
        ("decrease", None)
    ]


def test_measure_is_not_scored_without_golds_that_have_it(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a_article.json").write_text(json.dumps(GOLD_A, ensure_ascii=False), "utf-8")

    report = evaluate([make_record("a_article", copy.deepcopy(GOLD_A))], folder)

    assert report.list_scores("indicators").attribute_accuracy["measure"] is None
    assert report.list_scores("indicators").attribute_accuracy["qualifier"] == 1.0


def test_perfect_records_score_one_everywhere(gold_dir: Path) -> None:
    report = evaluate(perfect_records(), gold_dir)

    assert report.field_accuracy == dict.fromkeys(FIELDS, 1.0)
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.list_scores("indicators").attribute_accuracy == dict.fromkeys(ATTRIBUTES, 1.0)
    assert report.grounding_rate == 1.0
    assert report.errors == 0
    assert report.without_gold == []
    assert report.gold_without_record == []
    assert all(
        not a.lists["indicators"].missing
        and not a.lists["indicators"].spurious
        and not a.mismatched_fields
        for a in report.scored
    )


def test_damaged_copy_reports_exactly_the_damage(gold_dir: Path) -> None:
    records = perfect_records()
    damaged = records[0].report
    damaged["province"] = "Quảng Nam"
    removed = damaged["indicators"].pop(0)  # 12345 lượt
    damaged["indicators"][0]["value"] = 95.7  # was 97.5 %
    damaged["indicators"].append(
        {"label": "đoàn kiểm tra", "value": 7, "unit": "đoàn", "quote": "7 đoàn"}
    )

    report = evaluate(records, gold_dir)
    article = report.articles[0]

    assert article.mismatched_fields == ["province"]
    assert article.fields["province"].gold == "Đắk Lắk"
    assert article.fields["province"].predicted == "Quảng Nam"
    assert [(m["value"], m["unit"]) for m in article.lists["indicators"].missing] == [
        (removed["value"], "lượt"),
        (97.5, "%"),
    ]
    assert [(s["value"], s["unit"]) for s in article.lists["indicators"].spurious] == [
        (95.7, "%"),
        (7, "đoàn"),
    ]
    assert (article.matched, article.gold_count, article.predicted_count) == (2, 4, 4)
    # Article B is untouched: 2 + 2 of 6 gold and 6 predicted.
    assert report.item_counts == (4, 6, 6)
    assert report.precision == pytest.approx(4 / 6)
    assert report.recall == pytest.approx(4 / 6)
    assert report.field_accuracy["province"] == 0.5
    assert {name for name, acc in report.field_accuracy.items() if acc != 1.0} == {"province"}


def test_attributes_of_matched_indicators_are_scored(gold_dir: Path) -> None:
    # Found with the wrong category or denominator is still found (P/R unchanged), but the
    # attribute accuracy says so and the breakdown names the pair.
    records = perfect_records()
    predicted = records[0].report["indicators"]
    predicted[0]["category"] = "finance"  # the gold gives none
    predicted[2]["denominator"] = 53  # gold 52

    report = evaluate(records, gold_dir)

    assert (report.precision, report.recall) == (1.0, 1.0)
    accuracy = report.list_scores("indicators").attribute_accuracy
    assert accuracy["category"] == pytest.approx(5 / 6)
    assert accuracy["denominator"] == pytest.approx(5 / 6)
    assert accuracy["qualifier"] == accuracy["value_max"] == 1.0
    mismatches = report.articles[0].lists["indicators"].attribute_mismatches
    assert [(m["value"], m["attribute"], m["gold"], m["predicted"]) for m in mismatches] == [
        (12345, "category", None, "finance"),
        (40, "denominator", 52, 53),
    ]
    assert report.summary()["indicators.category"] == pytest.approx(5 / 6)
    assert report.to_dict()["indicators"]["attribute_accuracy"]["denominator"] == pytest.approx(
        5 / 6
    )


def test_equal_values_pair_with_the_indicator_of_their_kind() -> None:
    # Two "80%" figures, one "at least" and one exact: each pairs with its own kind, so the
    # attribute scores do not charge a swap to the extractor.
    gold = [
        {"value": 80, "unit": "%", "qualifier": "at_least"},
        {"value": 80, "unit": "%", "qualifier": "exact"},
    ]
    predicted = [gold[1], gold[0]]
    assert match_items(gold, predicted, INDICATORS) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("gold", "predicted", "match"),
    [
        pytest.param(("82.8", "%"), ("0.828", "%"), True, id="percent-as-fraction"),
        pytest.param(("82.8", "%"), ("82.80", "%"), True, id="trailing-zero"),
        pytest.param(("82.8", "%"), ("8280", "%"), False, id="percent-times-100-is-not"),
        pytest.param(("82.8", "%"), ("82.8", "phần trăm"), True, id="percent-word"),
        pytest.param(("1600000000", "đồng"), ("1.6", "tỷ đồng"), True, id="scale-word-ty"),
        pytest.param(("1600000000", "đồng"), ("1.6", "tỉ đồng"), True, id="scale-word-ti"),
        pytest.param(("2500000", "đồng"), ("2.5", "triệu đồng"), True, id="scale-trieu"),
        pytest.param(("1600000000", "đồng"), ("1.6", "đồng"), False, id="scale-missing"),
        pytest.param(("12000", "người"), ("1.2", "vạn người"), True, id="scanner-scale-van"),
        pytest.param(("604", "cơ sở"), ("604", " Cơ  sở "), True, id="unit-case-space"),
        pytest.param(("604", "cơ sở"), ("604", "lượt"), False, id="unit-differs"),
        pytest.param(("655239", "lượt"), ("655239", "lượt người"), True, id="unit-head-noun"),
        pytest.param(("46398", "lượt"), ("46398", "người"), False, id="unit-other-noun"),
        pytest.param(("7.5", "bác sĩ"), ("7.5", "bác sĩ/10.000 dân"), True, id="rate-unit-head"),
        pytest.param(("52", "xã, phường, thị trấn"), ("52", "xã"), True, id="unit-list-head"),
        pytest.param(("9", "xã"), ("9", "xã, phường"), True, id="unit-list-head-predicted"),
        pytest.param(("9", "phường"), ("9", "xã, phường"), False, id="unit-list-not-head"),
        pytest.param(("12", "ca"), ("12", "cas"), False, id="unit-letter-prefix-is-not"),
        pytest.param(("5", "cas"), (5, "cas"), True, id="int-vs-string"),
        pytest.param(("5", "cas"), ("5", None), False, id="unit-missing"),
    ],
)
def test_indicator_equivalences(
    gold: tuple[str, str], predicted: tuple[object, str | None], match: bool
) -> None:
    pairs = match_items(
        [{"value": gold[0], "unit": gold[1]}],
        [{"value": predicted[0], "unit": predicted[1]}],
        INDICATORS,
    )
    assert bool(pairs) is match


def test_matching_is_one_to_one() -> None:
    gold = [{"value": 5, "unit": "ca"}, {"value": 5, "unit": "ca"}]
    assert match_items(gold, [{"value": 5, "unit": "ca"}], INDICATORS) == [(0, 0)]
    assert match_items([gold[0]], [gold[0], gold[1]], INDICATORS) == [(0, 0)]


def test_matching_is_maximal_not_greedy() -> None:
    # 0.5 "%" can read as 0.5 or 50: greedy would give it to the first gold (50) and
    # leave the second gold (0.5) unmatched although 50 is also predicted.
    gold = [{"value": 50, "unit": "%"}, {"value": "0.5", "unit": "%"}]
    predicted = [{"value": "0.5", "unit": "%"}, {"value": 50, "unit": "%"}]
    assert match_items(gold, predicted, INDICATORS) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("field", "gold_value", "predicted_value"),
    [
        pytest.param("district", "Hòa Vang", "Hoà Vang", id="old-new-tone-placement"),
        pytest.param("province", "Đắk Lắk", "Đăk Lăk", id="dak-without-tone"),
        pytest.param("province", "Đắk Lắk", "tỉnh Đắk Lắk", id="province-prefix"),
        pytest.param("district", "Hòa Vang", "huyện Hòa Vang", id="district-prefix"),
        pytest.param(
            "province",
            "Đắk Lắk",
            unicodedata.normalize("NFD", "đắk  LẮK"),
            id="nfd-case-space",
        ),
        pytest.param("meeting_kind", "year_end_review", "YEAR_END_REVIEW ", id="enum-case"),
        pytest.param(
            "reviewed_period",
            {"kind": "year", "year": 2023, "index": None},
            {"kind": "year", "year": "2023"},
            id="period-missing-index-and-string-year",
        ),
    ],
)
def test_fields_compare_normalised(
    gold_dir: Path, field: str, gold_value: object, predicted_value: object
) -> None:
    gold = copy.deepcopy(GOLD_A)
    gold[field] = gold_value
    (gold_dir / "a_article.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    predicted = copy.deepcopy(gold)
    predicted[field] = predicted_value

    report = evaluate([make_record("a_article", predicted)], gold_dir)

    assert report.articles[0].fields[field].match


@pytest.mark.parametrize(
    ("field", "predicted_value"),
    [
        pytest.param("province", "Đắk Nông", id="other-province"),
        pytest.param("district", None, id="district-missing"),
        pytest.param("online", False, id="online-false-vs-null"),
        pytest.param("event_date", "2024-01-04", id="date-off-by-one"),
        pytest.param("next_period", None, id="next-period-missing"),
        pytest.param(
            "reviewed_period", {"kind": "half_year", "year": 2023, "index": 1}, id="period-kind"
        ),
    ],
)
def test_fields_differ(gold_dir: Path, field: str, predicted_value: object) -> None:
    predicted = copy.deepcopy(GOLD_A)
    predicted[field] = predicted_value

    report = evaluate([make_record("a_article", predicted)], gold_dir)

    assert report.articles[0].mismatched_fields == [field]


@pytest.mark.parametrize(
    ("gold_province", "predicted_province"),
    [
        pytest.param("Thừa Thiên Huế", "Huế", id="2025-name-for-a-pre-2025-article"),
        pytest.param("Huế", "Thừa Thiên Huế", id="pre-2025-name-against-a-2025-gold"),
        pytest.param("Thừa Thiên Huế", "thành phố Huế", id="city-prefix-does-not-help"),
    ],
)
def test_renamed_province_is_a_different_province(
    gold_dir: Path, gold_province: str, predicted_province: str
) -> None:
    # DESIGN.md: the province as of the article; "Huế" and "Thừa Thiên Huế" are not folded.
    gold = {**copy.deepcopy(GOLD_A), "province": gold_province}
    (gold_dir / "a_article.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    predicted = {**copy.deepcopy(GOLD_A), "province": predicted_province}

    report = evaluate([make_record("a_article", predicted)], gold_dir)

    assert report.articles[0].mismatched_fields == ["province"]


def test_scale_and_percent_tables_are_the_scanners() -> None:
    assert SCALE_WORDS is numerals.SCALE_WORDS
    assert PERCENT_UNITS is numerals.PERCENT_UNITS


def test_error_record_counts_against_the_scores(gold_dir: Path) -> None:
    records = perfect_records()
    records[1] = make_record(
        "b_article",
        None,
        checked=0,
        grounded=0,
        error={"type": "ProviderError", "message": "HTTP 500"},
    )

    report = evaluate(records, gold_dir)

    assert report.errors == 1
    failed = report.articles[1]
    assert failed.error == "ProviderError: HTTP 500"
    assert failed.mismatched_fields == list(FIELDS)
    assert [m["value"] for m in failed.lists["indicators"].missing] == [18, 4.2]
    assert report.recall == pytest.approx(4 / 6)
    assert report.precision == 1.0


def test_all_failed_records_score_nothing_as_perfect(gold_dir: Path) -> None:
    failure = {"type": "ProviderError", "message": "HTTP 500"}
    records = [make_record(stem, None, checked=0, grounded=0, error=failure) for stem in GOLDS]

    report = evaluate(records, gold_dir)

    assert report.recall == 0.0  # every gold indicator counts as missed
    assert (report.precision, report.f1, report.grounding_rate) == (None, None, None)
    assert report.list_scores("indicators").attribute_accuracy == dict.fromkeys(ATTRIBUTES)
    assert report.field_accuracy == dict.fromkeys(FIELDS, 0.0)  # fields of a failure are wrong
    assert [(a.precision, a.recall) for a in report.articles] == [(None, 0.0), (None, 0.0)]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["indicators"]["precision"] is None and data["grounding_rate"] is None
    assert data["indicators"]["recall"] == 0.0


def test_nothing_predicted_against_an_empty_gold_is_not_a_perfect_score(gold_dir: Path) -> None:
    empty = {**copy.deepcopy(GOLD_A), "indicators": []}
    (gold_dir / "a_article.json").write_text(json.dumps(empty, ensure_ascii=False), "utf-8")

    report = evaluate([make_record("a_article", copy.deepcopy(empty), checked=0)], gold_dir)

    assert (report.precision, report.recall, report.f1) == (None, None, None)
    assert report.field_accuracy == dict.fromkeys(FIELDS, 1.0)


def test_records_without_gold_and_gold_without_records(gold_dir: Path) -> None:
    records = [make_record("a_article", copy.deepcopy(GOLD_A)), make_record("new_one", GOLD_A)]

    report = evaluate(records, gold_dir)

    assert report.without_gold == ["examples/articles/new_one.txt"]
    assert report.gold_without_record == [str(gold_dir / "b_article.json")]
    assert len(report.scored) == 1
    assert report.field_accuracy == dict.fromkeys(FIELDS, 1.0)


def test_grounding_rate_and_cost_cover_every_record(gold_dir: Path) -> None:
    records = [
        make_record("a_article", GOLD_A, checked=10, grounded=9, cost=0.002),
        make_record("b_article", GOLD_B, checked=6, grounded=6, cost=0.004),
        make_record("no_gold", GOLD_B, checked=4, grounded=1, cost=0.0),
    ]

    report = evaluate(records, gold_dir)

    assert report.grounding_rate == pytest.approx(16 / 20)
    assert report.cost_per_article == pytest.approx(0.002)


def test_last_good_record_of_a_source_counts(gold_dir: Path) -> None:
    failed = make_record("a_article", None, error={"type": "ProviderError", "message": "x"})
    good = make_record("a_article", copy.deepcopy(GOLD_A))
    later_failure = make_record("a_article", None, error={"type": "X", "message": "y"})

    report = evaluate([failed, good, later_failure], gold_dir)

    assert len(report.articles) == 1
    assert report.errors == 0
    assert report.recall == 1.0


def test_gold_file_may_be_a_whole_record(gold_dir: Path) -> None:
    record = make_record("a_article", copy.deepcopy(GOLD_A))
    (gold_dir / "a_article.json").write_text(
        json.dumps(record.to_json(), ensure_ascii=False), "utf-8"
    )

    report = evaluate([record], gold_dir)

    assert report.field_accuracy["province"] == 1.0


def test_to_dict_is_json_and_lists_the_damage(gold_dir: Path) -> None:
    records = perfect_records()
    records[0].report["indicators"].pop(1)

    data = json.loads(json.dumps(evaluate(records, gold_dir).to_dict()))

    assert data["scored"] == 2
    assert data["indicators"]["matched"] == 5
    article = data["per_article"][0]
    assert article["indicators"]["missing"] == [
        {"label": "tỷ lệ tiêm chủng", "value": 97.5, "unit": "%", "quote": "đạt 97,5%"}
    ]
    assert article["fields"]["province"] == {
        "gold": "Đắk Lắk",
        "predicted": "Đắk Lắk",
        "match": True,
    }
    summary = evaluate(records, gold_dir).summary()
    assert summary["indicators.recall"] == pytest.approx(5 / 6)


@pytest.mark.parametrize(
    ("setup", "records", "error"),
    [
        pytest.param("no-dir", [], ConfigError, id="gold-dir-missing"),
        pytest.param("bad-json", [make_record("a_article", GOLD_A)], RecordError, id="bad-gold"),
        pytest.param("list-json", [make_record("a_article", GOLD_A)], RecordError, id="not-object"),
    ],
)
def test_bad_inputs_raise_our_errors(
    gold_dir: Path, setup: str, records: list[Record], error: type[Exception]
) -> None:
    folder = gold_dir
    if setup == "no-dir":
        folder = gold_dir / "missing"
    elif setup == "bad-json":
        (gold_dir / "a_article.json").write_text("{not json", "utf-8")
    elif setup == "list-json":
        (gold_dir / "a_article.json").write_text("[1, 2]", "utf-8")

    with pytest.raises(error):
        evaluate(records, folder)


# --- a report type the engine has never heard of -------------------------------------------
# Written here, with its golds: evaluation.py names none of it, and scores it from its schema.


class Severity(StrEnum):
    LOW = "low"
    HIGH = "high"


class Week(BaseModel):
    number: int
    year: int


class Tally(BaseModel):
    disease: str
    value: Annotated[Decimal, Grounded(unit_field="unit")]
    unit: str
    severity: Severity = Severity.LOW
    quote: Annotated[str | None, Quote()] = None  # evidence, not a fact: not scored


class WeeklyTally(BaseModel):
    issued: date | None = None
    town: str | None = None
    closed_schools: bool | None = None
    week: Week
    tallies: list[Tally] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    headline: Annotated[str | None, Quote()] = None


TALLY_GOLD: dict[str, Any] = {
    "issued": "2024-03-08",
    "town": "Hòa Bình",
    "closed_schools": False,
    "week": {"number": 10, "year": 2024},
    "tallies": [
        {"disease": "sốt xuất huyết", "value": 1200, "unit": "ca", "severity": "high"},
        {"disease": "sởi", "value": 35.5, "unit": "%", "severity": "low", "quote": "35,5%"},
        {"disease": "tay chân miệng", "value": 14, "unit": "ca", "severity": "low"},
    ],
    "notes": ["phun hóa chất diệt muỗi", "đóng cửa trường học"],
    "headline": "Tuần 10: 1.200 ca sốt xuất huyết",
}
TALLY_PREDICTED: dict[str, Any] = {
    "issued": "2024-03-08",
    "town": "thành phố Hoà Bình",  # no place rule declared: the prefix counts
    "closed_schools": False,
    "week": {"number": "10", "year": 2023},  # "10" is 10; the year is wrong
    "tallies": [
        # 1.2 nghìn ca is 1200 ca (the scanner's scale word); the severity is wrong.
        {"disease": "Sốt  xuất huyết", "value": 1.2, "unit": "nghìn ca", "severity": "low"},
        {"disease": "sởi", "value": 0.355, "unit": "%", "severity": "low"},  # a fraction
        {"disease": "thủy đậu", "value": 9, "unit": "ca", "severity": "low"},  # not in gold
    ],
    "notes": ["Đóng cửa  trường học", "phun hoá chất diệt muỗi"],  # the same set
}


def write_gold(folder: Path, stem: str, gold: dict[str, Any]) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    return folder


def test_a_new_report_type_is_scored_from_its_schema_alone(tmp_path: Path) -> None:
    gold_dir = write_gold(tmp_path / "gold", "a_week", TALLY_GOLD)
    records = [make_record("a_week", copy.deepcopy(TALLY_PREDICTED), checked=4, grounded=3)]

    report = evaluate(records, gold_dir, schema=WeeklyTally)

    # Every article leaf is a field, an object's leaves each one, a list of strings one (a
    # set); quotes are not.
    assert report.scoring.field_names == (
        "issued",
        "town",
        "closed_schools",
        "week.number",
        "week.year",
        "notes",
    )
    article = report.articles[0]
    assert article.mismatched_fields == ["town", "week.year"]
    tallies = article.lists["tallies"]
    assert (tallies.matched, tallies.gold_count, tallies.predicted_count) == (2, 3, 3)
    assert tallies.missing == [
        {"disease": "tay chân miệng", "value": 14, "unit": "ca", "severity": "low"}
    ]
    assert [item["disease"] for item in tallies.spurious] == ["thủy đậu"]
    # A matched pair's other leaves are its attributes; the disease names its item.
    scores = report.list_scores("tallies")
    assert scores.attribute_accuracy == {"disease": 1.0, "severity": 0.5}
    assert tallies.attribute_mismatches == [
        {
            "label": "sốt xuất huyết",
            "value": 1200,
            "unit": "ca",
            "attribute": "severity",
            "gold": "high",
            "predicted": "low",
        }
    ]
    summary = report.summary()
    assert summary["field.week.number"] == 1.0
    assert summary["field.notes"] == 1.0  # folded, in another order
    assert summary["tallies.precision"] == pytest.approx(2 / 3)
    assert summary["grounding_rate"] == 0.75
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["tallies"]["recall"] == pytest.approx(2 / 3)
    assert data["per_article"][0]["tallies"]["matched"] == 2
    assert data["misses"]["tallies.missing"][0]["item"]["disease"] == "tay chân miệng"
    assert format_misses(report) == [
        "town: 1 misses",
        "  a_week.txt: gold Hòa Bình -> predicted thành phố Hoà Bình",
        "week.year: 1 misses",
        "  a_week.txt: gold 2024 -> predicted 2023",
        "tallies.missing: 1 misses",
        "  a_week.txt: 14 ca (tay chân miệng)",
        "tallies.spurious: 1 misses",
        "  a_week.txt: 9 ca (thủy đậu)",
        "tallies.severity: 1 misses",
        "  a_week.txt: 1200 ca (sốt xuất huyết): gold high -> predicted low",
    ]


def test_a_failed_record_of_a_new_type_misses_everything(tmp_path: Path) -> None:
    gold_dir = write_gold(tmp_path / "gold", "a_week", TALLY_GOLD)
    failure = {"type": "ProviderError", "message": "HTTP 500"}

    report = evaluate([make_record("a_week", None, error=failure)], gold_dir, WeeklyTally)

    assert report.articles[0].mismatched_fields == list(report.scoring.field_names)
    assert report.recall == 0.0
    assert report.list_scores("tallies").attribute_accuracy == {
        "disease": None,
        "severity": None,
    }


# A user's schema file declaring its own scoring rules beside its model.
TALLY_SCHEMA_FILE = """
    from decimal import Decimal
    from typing import Annotated

    from pydantic import BaseModel, Field

    from baocao.crosscheck import Grounded
    from baocao.scoring import ListRules, ScoringRules, normalize_label


    class Week(BaseModel):
        number: int
        year: int


    class Tally(BaseModel):
        disease: str | None = None
        value: Annotated[Decimal, Grounded(unit_field="unit")]
        unit: str


    class WeeklyTally(BaseModel):
        town: str | None = None
        week: Week
        tallies: list[Tally] = Field(default_factory=list)


    def town_name(value):
        return normalize_label(value).removeprefix(normalize_label("thị trấn") + " ")


    def same_unit(first, second):
        # Units arrive folded (normalize_label): "ca bệnh" as "ca benh".
        return first == second or {first, second} == {"ca", normalize_label("ca bệnh")}


    SCORING_RULES = ScoringRules(
        fields=(%s),
        normalizers={"town": town_name},
        lists={
            "tallies": ListRules(
                attributes=("disease",),
                gold_optional=frozenset({%s}),
                item_name="tally",
                same_unit=same_unit,
            )
        },
    )
    REPORT_MODEL = WeeklyTally
"""


def write_schema(folder: Path, fields: str = '"week", "town"', optional: str = '"disease"') -> Path:
    path = folder / "weekly_tally.py"
    path.write_text(textwrap.dedent(TALLY_SCHEMA_FILE % (fields, optional)), "utf-8")
    return path


def test_a_report_type_declares_its_scoring_beside_its_schema(tmp_path: Path) -> None:
    schema = write_schema(tmp_path)
    gold = {
        "town": "Phong Thổ",
        "week": {"number": 10, "year": 2024},
        "tallies": [
            {"disease": "sởi", "value": 3, "unit": "ca"},
            {"value": 5, "unit": "ca"},  # no disease: not scored on it
            {"disease": "ho gà", "value": 1, "unit": "ca"},
        ],
    }
    gold_dir = write_gold(tmp_path / "gold", "a_week", gold)
    predicted = {
        "town": "thị trấn Phong Thổ",
        "week": {"number": 10, "year": "2024"},
        "tallies": [
            {"disease": "sởi", "value": 3, "unit": "ca bệnh"},
            {"disease": "thủy đậu", "value": 5, "unit": "ca"},
        ],
    }
    # The record names its report type (extract writes it); the default does not apply.
    record = make_record("a_week", predicted, schema=str(schema))

    report = evaluate([record], gold_dir)

    assert list(report.field_accuracy.items()) == [("week", 1.0), ("town", 1.0)]
    assert report.list_scores("tallies").attribute_accuracy == {"disease": 1.0}
    assert report.misses()["tallies.missing"] == [
        {
            "source": "examples/articles/a_week.txt",
            "tally": {"disease": "ho gà", "value": 1, "unit": "ca"},
        }
    ]


@pytest.mark.parametrize(
    ("fields", "optional", "named"),
    [
        pytest.param('"weather",', '"disease"', "'weather'", id="field"),
        pytest.param('"week", "town"', '"dissease"', "dissease", id="gold-optional-attribute"),
    ],
)
def test_scoring_rules_naming_a_missing_field_say_which(
    tmp_path: Path, fields: str, optional: str, named: str
) -> None:
    schema = write_schema(tmp_path, fields, optional)
    record = make_record("a_week", copy.deepcopy(TALLY_PREDICTED), schema=str(schema))

    with pytest.raises(SchemaError, match=named):
        evaluate([record], write_gold(tmp_path / "gold", "a_week", TALLY_GOLD))


@pytest.mark.parametrize(
    "first_schema",
    [
        pytest.param("health_review", id="both-named"),
        pytest.param(None, id="one-named-one-of-the-default-type"),
    ],
)
def test_records_of_two_report_types_are_refused(
    tmp_path: Path, gold_dir: Path, first_schema: str | None
) -> None:
    schema = write_schema(tmp_path)
    records = [
        make_record("a_article", copy.deepcopy(GOLD_A), schema=first_schema),
        make_record("a_week", copy.deepcopy(TALLY_PREDICTED), schema=str(schema)),
    ]

    with pytest.raises(SchemaError, match="several report types"):
        evaluate(records, gold_dir)


def test_a_model_given_from_code_is_checked_against_the_records_as_a_name_is(
    tmp_path: Path, gold_dir: Path
) -> None:
    # One rule resolves the type (schemas.records_report_type): records naming another type
    # are refused naming both, as with --schema; a gone schema file's records are the model's.
    named = [make_record("a_article", copy.deepcopy(GOLD_A), schema="health_review")]
    with pytest.raises(SchemaError) as caught:
        evaluate(named, gold_dir, schema=WeeklyTally)
    message = str(caught.value)
    assert "the model WeeklyTally is report type" in message
    assert "the records are of report type 'health_review'" in message

    gone = f"{tmp_path / 'moved_away.py'}:WeeklyTally"
    tally_gold = write_gold(tmp_path / "tally_gold", "a_week", TALLY_GOLD)
    records = [make_record("a_week", copy.deepcopy(TALLY_PREDICTED), schema=gone)]
    report = evaluate(records, tally_gold, schema=WeeklyTally)
    assert report.scoring.model is WeeklyTally


def test_a_type_named_by_name_and_by_path_is_one_type(gold_dir: Path) -> None:
    path = load_report_type("health_review").module_path
    records = [
        make_record("a_article", copy.deepcopy(GOLD_A), schema="health_review"),
        make_record("b_article", copy.deepcopy(GOLD_B), schema=str(path)),
    ]

    assert evaluate(records, gold_dir).recall == 1.0


def test_eval_command_scores_a_user_report_type_named_by_schema(tmp_path: Path) -> None:
    schema = write_schema(tmp_path)
    gold = {"town": "Phong Thổ", "week": {"number": 10, "year": 2024}, "tallies": []}
    gold_dir = write_gold(tmp_path / "gold", "a_week", gold)
    records = tmp_path / "out.jsonl"
    predicted = {**gold, "town": "Mường Tè"}
    records.write_text(
        json.dumps(make_record("a_week", predicted).to_json(), ensure_ascii=False) + "\n"
    )

    result = CliRunner().invoke(
        app, ["eval", str(records), "--gold", str(gold_dir), "--schema", str(schema), "--json"]
    )

    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["field_accuracy"] == {"week": 1.0, "town": 0.0}
    assert data["tallies"]["gold"] == 0 and data["tallies"]["precision"] is None


def test_health_review_keeps_its_scored_fields_and_their_names() -> None:
    # The eval JSON keys of health_review (DESIGN.md contract): its SCORING_RULES say them.
    assert FIELDS == (
        "event_date",
        "organizer_level",
        "province",
        "district",
        "meeting_kind",
        "online",
        "reviewed_period",
        "next_period",
    )
    assert [items.name for items in HEALTH_REVIEW.lists] == ["indicators"]
    assert ATTRIBUTES == (
        "category",
        "qualifier",
        "denominator",
        "value_max",
        "period",
        "measure",
        "direction",
    )
    assert (INDICATORS.value.name, INDICATORS.unit, INDICATORS.item_name) == (
        "value",
        INDICATORS.items_of.leaf("unit"),
        "indicator",
    )


# --- a figure nested in an object of its item ------------------------------------------------


class Amount(BaseModel):
    value: Annotated[Decimal, Grounded(unit_field="unit")]
    unit: str


class Relief(BaseModel):
    place: str
    amount: Amount


class ReliefNotice(BaseModel):
    title: str
    reliefs: list[Relief] = Field(default_factory=list)


def test_a_nested_figure_pairs_on_its_value_and_its_unit(tmp_path: Path) -> None:
    gold = {
        "title": "Cứu trợ sau bão",
        "reliefs": [
            {"place": "xã An Hòa", "amount": {"value": 35, "unit": "hộ"}},
            {"place": "xã An Phú", "amount": {"value": 1.6, "unit": "tỷ đồng"}},
        ],
    }
    predicted = {
        "title": "Cứu trợ sau bão",
        "reliefs": [
            {"place": "xã An Hòa", "amount": {"value": 35, "unit": "người"}},  # another unit
            {"place": "xã An Phú", "amount": {"value": 1600000000, "unit": "đồng"}},  # scaled
        ],
    }
    gold_dir = write_gold(tmp_path / "gold", "a_notice", gold)

    report = evaluate([make_record("a_notice", predicted)], gold_dir, ReliefNotice)

    reliefs = report.articles[0].lists["reliefs"]
    assert report.scoring.lists[0].unit is not None
    assert report.scoring.lists[0].unit.name == "amount.unit"
    assert reliefs.matched == 1
    assert reliefs.missing == [gold["reliefs"][0]]
    assert reliefs.spurious == [predicted["reliefs"][0]]


def test_the_reserved_list_names_are_the_keys_of_the_json(tmp_path: Path) -> None:
    gold_dir = write_gold(tmp_path / "gold", "a_week", TALLY_GOLD)
    records = [make_record("a_week", copy.deepcopy(TALLY_PREDICTED))]
    data = evaluate(records, gold_dir, schema=WeeklyTally).to_dict()
    assert {*data, *data["per_article"][0]} - {"tallies"} == RESERVED_LIST_NAMES


class Misses(BaseModel):
    title: str
    misses: list[Relief] = Field(default_factory=list)


def test_a_list_named_like_a_key_of_the_json_is_refused(tmp_path: Path) -> None:
    gold_dir = write_gold(tmp_path / "gold", "a_notice", {"title": "t", "misses": []})
    with pytest.raises(SchemaError, match=r"Misses\.misses: .*'misses' would overwrite .*"):
        evaluate([make_record("a_notice", {"title": "t"})], gold_dir, Misses)


def test_a_gold_scores_as_it_validates(tmp_path: Path) -> None:
    # 10.0 validates as the int 10 and "true" as True: both are the predicted values.
    gold = {**copy.deepcopy(TALLY_GOLD), "week": {"number": 10.0, "year": 2024.0}}
    gold["closed_schools"] = "true"
    predicted = {**copy.deepcopy(TALLY_GOLD), "closed_schools": True}
    gold_dir = write_gold(tmp_path / "gold", "a_week", gold)

    report = evaluate([make_record("a_week", predicted)], gold_dir, WeeklyTally)

    assert report.articles[0].mismatched_fields == []


def test_a_list_of_strings_scores_as_one_set(tmp_path: Path) -> None:
    gold_dir = write_gold(tmp_path / "gold", "a_week", TALLY_GOLD)
    predicted = {**copy.deepcopy(TALLY_GOLD), "notes": ["phun hóa chất diệt muỗi"]}

    report = evaluate([make_record("a_week", predicted)], gold_dir, WeeklyTally)

    assert report.articles[0].mismatched_fields == ["notes"]
    assert format_misses(report)[:2] == [
        "notes: 1 misses",
        '  a_week.txt: gold ["phun hóa chất diệt muỗi", "đóng cửa trường học"] -> '
        'predicted ["phun hóa chất diệt muỗi"]',
    ]


def test_health_review_does_not_score_its_statements() -> None:
    # Its SCORING_RULES name its fields: its lists of statements stay unscored.
    names = report_scoring(load_report_type("health_review").model).field_names
    assert not {"achievements", "challenges", "priorities"} & set(names)


def test_a_scoring_rules_of_another_type_is_refused_naming_its_schema_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "my_report.py"
    path.write_text(
        "from pydantic import BaseModel\n\n\n"
        "class MyReport(BaseModel):\n    title: str\n\n\n"
        "SCORING_RULES = {'fields': ('title',)}\n"
        "REPORT_MODEL = MyReport\n",
        "utf-8",
    )
    model = load_report_type(str(path)).model
    with pytest.raises(SchemaError) as caught:
        declared_rules(model)
    message = str(caught.value)
    assert f"SCORING_RULES in {path.resolve()} is dict" in message
    assert "declare it as baocao.scoring.ScoringRules(...)" in message
    assert model.__module__ not in message  # the loader's internal module name


def test_a_list_of_values_is_compared_as_export_shows_it_nulls_left_out() -> None:
    notes = ValueList(("notes",), "notes", LeafKind.TEXT)
    compared = Compared("notes", notes.path, (), (normalize_label,), whole=False, values=notes)
    assert compared.key({"notes": ["Sởi", None]}) == compared.key({"notes": ["sởi"]})
    assert compared.key({}) == frozenset()


@pytest.mark.parametrize("given", [str, Path], ids=["str", "Path"])
def test_evaluate_reads_a_records_file_given_by_its_path(
    tmp_path: Path, gold_dir: Path, given: type
) -> None:
    records = [
        make_record("a_article", copy.deepcopy(GOLD_A)),
        make_record("b_article", copy.deepcopy(GOLD_B)),
    ]
    out = tmp_path / "out.jsonl"
    out.write_text(
        "".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in records), "utf-8"
    )
    from_path = evaluate(given(out), gold_dir)
    assert from_path.to_dict() == evaluate(records, gold_dir).to_dict()


@pytest.mark.parametrize(
    ("scenario", "records"),
    [
        ("dicts read from JSON", [{"source": {"path": "a_article.txt"}}]),
        ("a number", 3),
        ("a path as bytes", b"out/reports.jsonl"),
    ],
)
def test_evaluate_refuses_what_is_not_records_naming_what_to_pass(
    gold_dir: Path, scenario: str, records: Any
) -> None:
    with pytest.raises(TypeError, match=r"takes Record objects .*read_records.* or the path"):
        evaluate(records, gold_dir)
