"""export: one CSV row per indicator, metadata repeated, grounding from the verification."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from baocao.export import COLUMNS, excel_safe, write_csv

BOM = "\ufeff".encode()


def _record(
    path: str, indicators: list[dict[str, Any]], items: list[dict[str, Any]]
) -> dict[str, Any]:
    return {
        "source": {"path": path, "sha256": "s"},
        "report": {
            "title": "Hội nghị tổng kết công tác y tế năm 2023",
            "event_date": "2024-01-03",
            "organizer": "Trung tâm Y tế huyện Đắk Song",
            "organizer_level": "district",
            "province": "Đắk Nông",
            "district": "Đắk Song",
            "meeting_kind": "quarterly_review",
            "reviewed_period": {"kind": "quarter", "year": 2023, "index": 2},
            "next_period": {"kind": "quarter", "year": 2023, "index": 3},
            "indicators": indicators,
        },
        "verification": {"checked": len(items), "grounded": 0, "ungrounded": [], "items": items},
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "cost_usd": 0.0},
        "cached": False,
        "error": None,
    }


INDICATORS = [
    {
        "label": "lượt khám chữa bệnh",
        "category": "medical_care",
        "value": 73066,
        "unit": "lượt",
        "qualifier": "exact",
        "quote": 'khám, chữa bệnh cho 73.066 lượt, "đạt" 105%',
        "measure": "change",
        "direction": "increase",
        "compared_to": {"kind": "quarter", "year": 2022, "index": 2},
    },
    {
        "label": "tỷ lệ tiêm chủng",
        "category": "vaccination",
        "value": 82.8,
        "unit": "%",
        "denominator": None,
        "value_max": 90,
        "qualifier": "approx",
        "quote": "gần 82,8%",
        "period": {"kind": "year", "year": 2024, "index": None},
        "measure": "target",
        "direction": None,
        "compared_to": None,
        "per": {"value": 10000, "unit": "dân"},
    },
    {
        "label": "cơ sở kiểm tra",
        "category": "food_safety",
        "value": 500,
        "unit": "cơ sở",
        "denominator": 604,
        "qualifier": "exact",
        "quote": "500/604 cơ sở",
    },
]
ITEMS = [
    {"path": "indicators[0].value", "value": "73066", "status": "grounded", "spans": [[1, 7]]},
    {"path": "indicators[1].value", "value": "82.8", "status": "ungrounded", "spans": []},
    {"path": "indicators[1].quote", "value": "gần 82,8%", "status": "grounded", "spans": []},
]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_row_per_indicator_with_article_metadata(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    records = [
        _record("a.txt", INDICATORS, ITEMS),
        {"source": {"path": "bad.txt", "sha256": ""}, "report": None, "error": {"type": "E"}},
        _record("b.txt", INDICATORS[:1], []),
    ]
    assert write_csv(records, out) == 4
    rows = _read(out)
    assert list(rows[0]) == list(COLUMNS)
    assert [r["source"] for r in rows] == ["a.txt", "a.txt", "a.txt", "b.txt"]
    first = rows[0]
    assert first["organizer"] == "Trung tâm Y tế huyện Đắk Song"
    assert (first["period_kind"], first["period_year"], first["period_index"]) == (
        "quarter",
        "2023",
        "2",
    )
    assert first["event_date"] == "2024-01-03"
    assert first["quote"] == 'khám, chữa bệnh cho 73.066 lượt, "đạt" 105%'
    # The indicator's own period: a target's year beside the reviewed quarter; none, empty.
    own = [(r["indicator_period_kind"], r["indicator_period_year"]) for r in rows[:2]]
    assert own == [("", ""), ("year", "2024")]
    assert rows[1]["period_kind"] == "quarter"


@pytest.mark.parametrize(
    ("scenario", "row", "column", "expected"),
    [
        ("integer value", 0, "value", "73066"),
        ("decimal value without float noise", 1, "value", "82.8"),
        ("range upper end", 1, "value_max", "90"),
        ("ratio denominator", 2, "denominator", "604"),
        ("null denominator is empty", 1, "denominator", ""),
        ("qualifier", 1, "qualifier", "approx"),
        ("grounded value", 0, "grounded", "yes"),
        ("ungrounded value", 1, "grounded", "no"),
        ("no verification item", 2, "grounded", ""),
        ("meeting kind", 0, "meeting_kind", "quarterly_review"),
        ("next period", 0, "next_period_index", "3"),
        ("what the figure measures", 0, "measure", "change"),
        ("a change's direction", 0, "direction", "increase"),
        ("compared with", 0, "compared_to_year", "2022"),
        ("compared period's index", 0, "compared_to_index", "2"),
        ("no direction is empty", 1, "direction", ""),
        ("per base value", 1, "per_value", "10000"),
        ("per base unit", 1, "per_unit", "dân"),
        ("no per base is empty", 0, "per_value", ""),
        ("a record written before measure", 2, "measure", ""),
    ],
)
def test_cells(tmp_path: Path, scenario: str, row: int, column: str, expected: str) -> None:
    out = tmp_path / "out.csv"
    write_csv([_record("a.txt", INDICATORS, ITEMS)], out)
    assert _read(out)[row][column] == expected, scenario


def test_grounding_falls_back_to_the_ungrounded_list_without_items(tmp_path: Path) -> None:
    record = _record("a.txt", INDICATORS, [])
    record["verification"] = {
        "checked": 3,
        "grounded": 2,
        "ungrounded": [{"path": "indicators[2].value", "value": "500"}],
    }
    out = tmp_path / "out.csv"
    write_csv([record], out)
    assert [r["grounded"] for r in _read(out)] == ["", "", "no"]


@pytest.mark.parametrize(
    ("scenario", "excel", "bom"), [("plain", False, False), ("excel", True, True)]
)
def test_encoding(tmp_path: Path, scenario: str, excel: bool, bom: bool) -> None:
    out = tmp_path / "out.csv"
    write_csv([_record("báo cáo.txt", INDICATORS, ITEMS)], out, excel=excel)
    data = out.read_bytes()
    assert data.startswith(BOM) is bom, scenario
    assert "Đắk Song" in data.decode("utf-8-sig")


def test_no_records_gives_a_header_only(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert write_csv([], out) == 0
    assert out.read_text(encoding="utf-8").strip() == ",".join(COLUMNS)


def _hostile_record() -> dict[str, Any]:
    indicators = [
        {
            "label": '=HYPERLINK("http://evil.example","bấm")',
            "category": "+other",
            "value": -5,
            "unit": "@cơ sở",
            "denominator": "-12",
            "value_max": "-1.5E+3",
            "qualifier": "-exact",
            "quote": "\tgiảm 5 cơ sở",
        },
        {
            "label": "tỷ lệ = 5%",  # a sign inside the text is harmless
            "category": "other",
            "value": "=1+1",  # not a number, whatever the column: text
            "unit": "\r%",
            "quote": "- giảm 5%",
        },
    ]
    record = _record("-a.txt", indicators, [])
    record["report"]["organizer"] = "@SUM(A1:A9)"
    return record


EXCEL_CASES = [
    ("formula label", 0, "label", '=HYPERLINK("http://evil.example","bấm")'),
    ("plus", 0, "category", "+other"),
    ("at sign", 0, "unit", "@cơ sở"),
    ("minus in text", 0, "qualifier", "-exact"),
    ("tab", 0, "quote", "\tgiảm 5 cơ sở"),
    ("carriage return", 1, "unit", "\r%"),
    ("article metadata", 0, "organizer", "@SUM(A1:A9)"),
    ("source path", 0, "source", "-a.txt"),
    ("a formula in a numeric column is text", 1, "value", "=1+1"),
    ("leading dash of a list item", 1, "quote", "- giảm 5%"),
]
NUMERIC_CASES = [
    ("negative value", 0, "value", "-5"),
    ("negative denominator", 0, "denominator", "-12"),
    ("negative range end in exponent form", 0, "value_max", "-1.5E+3"),
    ("sign inside the text", 1, "label", "tỷ lệ = 5%"),
]


@pytest.mark.parametrize(("scenario", "row", "column", "text"), EXCEL_CASES)
def test_excel_text_cells_that_could_run_as_formulas_get_an_apostrophe(
    tmp_path: Path, scenario: str, row: int, column: str, text: str
) -> None:
    excel, plain = tmp_path / "excel.csv", tmp_path / "plain.csv"
    write_csv([_hostile_record()], excel, excel=True)
    write_csv([_hostile_record()], plain)
    assert _read(excel)[row][column] == "'" + text, scenario
    assert _read(plain)[row][column] == text, f"{scenario}: the plain CSV stays verbatim"


@pytest.mark.parametrize(("scenario", "row", "column", "text"), NUMERIC_CASES)
def test_excel_leaves_numbers_and_harmless_text_alone(
    tmp_path: Path, scenario: str, row: int, column: str, text: str
) -> None:
    out = tmp_path / "excel.csv"
    write_csv([_hostile_record()], out, excel=True)
    assert _read(out)[row][column] == text, scenario


@pytest.mark.parametrize(
    ("scenario", "text", "expected"),
    [
        ("formula", "=1+1", "'=1+1"),
        ("plain text", "lượt", "lượt"),
        ("empty", "", ""),
        ("already quoted", "'=1", "'=1"),
    ],
)
def test_excel_safe(scenario: str, text: str, expected: str) -> None:
    assert excel_safe(text) == expected, scenario
