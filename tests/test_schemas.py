"""Tests for the report-type registry and the bundled health_review schema."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import openai
import pytest
from pydantic import BaseModel, Field, ValidationError
from pydantic.json_schema import GenerateJsonSchema

from baocao.documents import Document, load_document
from baocao.errors import SchemaError
from baocao.numerals import NumberIndex
from baocao.schemas import (
    CompactSchema,
    ReportType,
    available_report_types,
    load_report_type,
    model_report_type,
    records_report_type,
    same_model,
    schema_hash,
)
from baocao.settings import bundled_dir

REPO = Path(__file__).resolve().parents[1]
ARTICLE_004 = REPO / "examples" / "articles" / "004_51eb56e04068d539.txt"
HEX64 = re.compile(r"[0-9a-f]{64}")

USER_SCHEMA = '''
"""A user's report type."""
from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field


class Vaccination(BaseModel):
    commune: str = Field(description="{description}")
    children: Decimal


NOT_A_MODEL = 42
REPORT_MODEL = Vaccination
'''


def write_user_schema(folder: Path, description: str = "xã", name: str = "vaccination") -> Path:
    """A user schema file in ``folder``; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.py"
    path.write_text(USER_SCHEMA.replace("{description}", description), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def health_review() -> ReportType:
    return load_report_type("health_review")


@pytest.fixture(scope="module")
def article() -> Document:
    return load_document(ARTICLE_004)


def test_available_report_types_lists_health_review() -> None:
    names = available_report_types()
    assert "health_review" in names
    assert names == sorted(names)


def test_load_bundled_report_type_by_name(health_review: ReportType) -> None:
    assert health_review.name == "health_review"
    assert health_review.model.__name__ == "HealthReviewReport"
    assert health_review.prompts_dir == bundled_dir("prompts")
    assert health_review.module_path == (bundled_dir("schemas") / "health_review.py").resolve()


def test_loading_twice_gives_the_same_model(health_review: ReportType) -> None:
    assert load_report_type("health_review").model is health_review.model


@pytest.mark.parametrize(
    ("spec", "model_name"),
    [
        ("schemas/health_review.py", "HealthReviewReport"),
        ("schemas/health_review.py:HealthReviewReport", "HealthReviewReport"),
        ("schemas/health_review.py:Indicator", "Indicator"),
        ("health_review:Indicator", "Indicator"),
    ],
    ids=["path-uses-REPORT_MODEL", "path-with-class", "path-with-other-class", "name-with-class"],
)
def test_load_report_type_by_path(
    spec: str, model_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    report_type = load_report_type(spec)
    assert report_type.model.__name__ == model_name
    assert report_type.name == "health_review"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("no_such_report", r"unknown report type 'no_such_report'.*health_review"),
        ("", r"unknown report type.*health_review"),
        ("{tmp}/missing.py", r"does not exist.*missing\.py"),
        ("{tmp}/user/vaccination.py:Nope", r"no class 'Nope'.*Vaccination"),
        ("{tmp}/user/vaccination.py:NOT_A_MODEL", r"NOT_A_MODEL.*not a Pydantic model"),
        ("{tmp}/user/plain.py", r"declares no REPORT_MODEL"),
        ("{tmp}/user/broken.py", r"failed to import.*ZeroDivisionError"),
        ("{tmp}/user/syntax.py", r"failed to import.*SyntaxError"),
    ],
    ids=[
        "unknown-name-lists-available",
        "empty-name",
        "file-missing",
        "class-missing-lists-models",
        "not-a-model",
        "no-REPORT_MODEL",
        "raises-on-import",
        "syntax-error",
    ],
)
def test_load_report_type_errors(spec: str, expected: str, tmp_path: Path) -> None:
    user = tmp_path / "user"
    write_user_schema(user)
    (user / "plain.py").write_text("from pydantic import BaseModel\n", encoding="utf-8")
    (user / "broken.py").write_text("x = 1 / 0\n", encoding="utf-8")
    (user / "syntax.py").write_text("def (:\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=expected):
        load_report_type(spec.replace("{tmp}", str(tmp_path)))


def test_user_schema_with_its_own_prompts_folder(tmp_path: Path) -> None:
    path = write_user_schema(tmp_path)
    (tmp_path / "prompts").mkdir()
    report_type = load_report_type(str(path))
    assert report_type.name == "vaccination"
    assert report_type.module_path == path.resolve()
    assert report_type.prompts_dir == (tmp_path / "prompts").resolve()
    report = report_type.model.model_validate({"commune": "xã Đắk Hòa", "children": 120})
    assert report.model_dump() == {"commune": "xã Đắk Hòa", "children": Decimal(120)}


def test_user_schema_without_prompts_folder_uses_its_own_folder(tmp_path: Path) -> None:
    path = write_user_schema(tmp_path)
    assert load_report_type(f"{path}:Vaccination").prompts_dir == tmp_path.resolve()


def test_schema_hash_is_stable_and_hex(health_review: ReportType) -> None:
    first = schema_hash(health_review.model)
    assert HEX64.fullmatch(first)
    assert schema_hash(load_report_type("health_review").model) == first


def test_schema_hash_changes_when_the_schema_changes(tmp_path: Path) -> None:
    before = load_report_type(str(write_user_schema(tmp_path / "a", "xã"))).model
    same = load_report_type(str(write_user_schema(tmp_path / "b", "xã"))).model
    after = load_report_type(str(write_user_schema(tmp_path / "c", "xã hoặc phường"))).model
    assert schema_hash(before) == schema_hash(same)
    assert schema_hash(before) != schema_hash(after)


def test_editing_a_schema_file_reloads_it(tmp_path: Path) -> None:
    path = write_user_schema(tmp_path, "xã")
    before = schema_hash(load_report_type(str(path)).model)
    write_user_schema(tmp_path, "xã, phường hoặc thị trấn")
    assert schema_hash(load_report_type(str(path)).model) != before


# ---- health_review --------------------------------------------------------------------------


def indicator(**overrides: Any) -> dict[str, Any]:
    """A grounded indicator of article 004, with fields overridden."""
    base: dict[str, Any] = {
        "label": "lượt người khám, chữa bệnh",
        "category": "medical_care",
        "value": 655239,
        "unit": "lượt",
        "qualifier": "exact",
        "quote": "khám, chữa bệnh cho 655.239 lượt người",
        "period": {"kind": "half_year", "year": 2020, "index": 1},
    }
    base.update(overrides)
    return base


def report(*indicators: dict[str, Any]) -> dict[str, Any]:
    """A health_review report of article 004 holding ``indicators``."""
    return {
        "title": "Sở Y tế: Hội nghị sơ kết công tác y tế, chuyển tuyến 6 tháng đầu năm 2020",
        "event_date": "2020-06-29",
        "organizer": "Sở Y tế",
        "organizer_level": "province",
        "province": None,
        "district": None,
        "meeting_kind": "mid_year_review",
        "online": None,
        "reviewed_period": {"kind": "half_year", "year": 2020, "index": 1},
        "next_period": {"kind": "half_year", "year": 2020, "index": 2},
        "people": [],
        "indicators": list(indicators),
        "achievements": ["100% số trạm y tế xã có đủ điều kiện khám, chữa bệnh bảo hiểm y tế"],
        "challenges": [],
        "priorities": [],
        "author": None,
    }


def context_of(document: Document) -> dict[str, Any]:
    return {"document": document, "index": NumberIndex(document.text)}


GROUNDED_INDICATORS = [
    indicator(),
    indicator(
        label="số xã đạt Bộ tiêu chí Quốc gia về y tế xã",
        category="infrastructure",
        value=80,
        unit="%",
        quote="80% số xã đạt Bộ tiêu chí Quốc gia về y tế xã",
    ),
    indicator(
        label="bệnh viện đa khoa huyện thực hiện từ 80% trở lên danh mục dịch vụ kỹ thuật",
        category="technical_services",
        value="81.8",
        unit="%",
        quote="81,8% bệnh viện đa khoa huyện",
    ),
    indicator(
        label="trạm y tế xã thực hiện danh mục dịch vụ kỹ thuật tuyến xã",
        category="technical_services",
        value=60,
        unit="%",
        qualifier="at_least",
        quote="thực hiện được từ 60% trở lên danh mục dịch vụ kỹ thuật tuyến xã",
    ),
]


def test_valid_report_validates_without_context(health_review: ReportType) -> None:
    ungrounded = indicator(value=1, quote="not in any article")
    parsed = health_review.model.model_validate(report(ungrounded, *GROUNDED_INDICATORS))
    assert len(parsed.model_dump()["indicators"]) == len(GROUNDED_INDICATORS) + 1


def test_grounded_report_passes_with_context(health_review: ReportType, article: Document) -> None:
    parsed = health_review.model.model_validate(
        report(*GROUNDED_INDICATORS), context=context_of(article)
    )
    assert parsed.model_dump()["indicators"][2]["value"] == Decimal("81.8")


def test_ungrounded_value_and_quote_without_value_reported_together(
    health_review: ReportType, article: Document
) -> None:
    wrong_value = indicator(
        label="lượt bệnh nhân chuyển tuyến",
        category="referral",
        value=46399,
        quote="46.398 lượt bệnh nhân chuyển tuyến",
    )
    quote_without_value = indicator(
        label="lượt chuyển tuyến trung ương",
        category="referral",
        value=2460,
        quote="tuyến tỉnh 10.529 lượt",
    )
    bad = report(indicator(), wrong_value, quote_without_value)
    with pytest.raises(ValidationError) as caught:
        health_review.model.model_validate(bad, context=context_of(article))
    errors = caught.value.errors()
    assert len(errors) == 1
    message = str(caught.value)
    assert "indicators[1].value" in message
    assert "46399" in message
    assert "indicators[2].quote" in message
    assert "2460" in message
    assert "indicators[0]" not in message
    assert "exactly" in message


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            {"value": 604, "denominator": 500, "unit": "kỹ thuật", "quote": "đạt 500/604"},
            r"indicators\[0\]\.value = 604 is larger than indicators\[0\]\.denominator = 500",
        ),
        (
            {"value": 500, "denominator": 0, "unit": "kỹ thuật", "quote": "500/604"},
            r"indicators\[0\]\.denominator = 0 must be positive",
        ),
        (
            {"value": 120, "value_max": 100, "unit": "%", "quote": "100 - 120%"},
            r"indicators\[0\]\.value_max = 100 is below indicators\[0\]\.value = 120",
        ),
    ],
    ids=["value-above-denominator", "zero-denominator", "range-upside-down"],
)
def test_inconsistent_indicator_is_reported(
    overrides: dict[str, Any], expected: str, health_review: ReportType
) -> None:
    document = load_document("Bệnh viện đạt 500/604 kỹ thuật, 100 - 120% kế hoạch năm 2020.")
    with pytest.raises(ValidationError, match=expected):
        health_review.model.model_validate(
            report(indicator(**overrides)), context=context_of(document)
        )


def test_consistent_ratio_and_range_pass(health_review: ReportType) -> None:
    document = load_document("Bệnh viện đạt 500/604 kỹ thuật, 100 - 120% kế hoạch năm 2020.")
    good = report(
        indicator(value=500, denominator=604, unit="kỹ thuật", quote="đạt 500/604 kỹ thuật"),
        indicator(value=100, value_max=120, unit="%", quote="100 - 120% kế hoạch"),
    )
    health_review.model.model_validate(good, context=context_of(document))


FOOD_SAFETY_QUOTE = "có 500/604 cơ sở đạt điều kiện an toàn thực phẩm (đạt 82,8%)"
FOOD_SAFETY_TEXT = f"Năm 2020 {FOOD_SAFETY_QUOTE}."


def test_percent_with_its_printed_ratio_grounds_the_denominator(health_review: ReportType) -> None:
    # The denominator counts establishments, not percent: "82,8%" with "500/604" beside it.
    document = load_document(FOOD_SAFETY_TEXT)
    good = report(indicator(value=82.8, denominator=604, unit="%", quote=FOOD_SAFETY_QUOTE))
    checked = health_review.model.model_validate(good, context=context_of(document))
    assert checked.indicators[0].denominator == 604


def test_percent_denominator_absent_from_the_article_is_still_caught(
    health_review: ReportType,
) -> None:
    document = load_document(FOOD_SAFETY_TEXT)
    bad = report(indicator(value=82.8, denominator=700, unit="%", quote=FOOD_SAFETY_QUOTE))
    with pytest.raises(ValidationError, match=r"indicators\[0\]\.denominator"):
        health_review.model.model_validate(bad, context=context_of(document))


# A figure's digits inside a document number, and a quote that starts inside a longer number.
CODE_TEXT = (
    "Thực hiện Quyết định 1300/QĐ-BYT, tỷ lệ tiêm chủng đầy đủ đạt 95%. "
    "Năm 2020 có 1300 trẻ được tiêm."
)
CODE_QUOTE = "Quyết định 1300/QĐ-BYT, tỷ lệ tiêm chủng đầy đủ đạt 95%"
CUT_TEXT = "Năm 2020 khám 1.300 lượt người bệnh; chuyển tuyến 300 lượt."
CUT_QUOTE = "300 lượt người bệnh"
QUOTE_LACKS_VALUE = r"indicators\[0\]\.quote does not print indicators\[0\]\.value = {value} {unit}"


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "with_index", "lacks_value"),
    [
        (CODE_TEXT, CODE_QUOTE, 1300, "trẻ", True, True),
        (CODE_TEXT, CODE_QUOTE, 1300, "trẻ", False, True),
        (CODE_TEXT, CODE_QUOTE, 95, "%", True, False),
        (CUT_TEXT, CUT_QUOTE, 300, "lượt", True, True),
        (CUT_TEXT, CUT_QUOTE, 300, "lượt", False, False),
        (CUT_TEXT, "khám 1.300 lượt người bệnh", 1300, "lượt", True, False),
    ],
    ids=[
        "code-digits-do-not-print-the-value",
        "code-digits-without-index-scanned-alone-also-refused",
        "figure-printed-inside-the-quote",
        "quote-cutting-into-a-longer-number-is-refused",
        "quote-cutting-into-a-number-without-index-scanned-alone-passes",
        "whole-number-inside-the-quote",
    ],
)
def test_quote_must_print_the_value_inside_the_quoted_clause(
    text: str,
    quote: str,
    value: int,
    unit: str,
    with_index: bool,
    lacks_value: bool,
    health_review: ReportType,
) -> None:
    # The value itself is printed elsewhere in the article, so only the quote check can fail.
    document = load_document(text)
    context = context_of(document) if with_index else {"document": document}
    bad = report(indicator(value=value, unit=unit, quote=quote))
    if not lacks_value:
        health_review.model.model_validate(bad, context=context)
        return
    with pytest.raises(ValidationError) as caught:
        health_review.model.model_validate(bad, context=context)
    message = str(caught.value)
    assert re.search(QUOTE_LACKS_VALUE.format(value=value, unit=unit), message)
    assert "do not occur in the article" not in message  # value and quote are both grounded


def test_json_numbers_validate_and_dump_as_numbers(health_review: ReportType) -> None:
    raw = json.dumps(
        report(
            indicator(value=73066, unit="lượt"),
            indicator(value=82.8, unit="%"),
            indicator(value=1600000000, unit="đồng", denominator="2000000000"),
        )
    )
    parsed = health_review.model.model_validate_json(raw)
    values = [i["value"] for i in parsed.model_dump()["indicators"]]
    assert values == [Decimal(73066), Decimal("82.8"), Decimal(1600000000)]
    dumped = parsed.model_dump(mode="json")["indicators"]
    assert [i["value"] for i in dumped] == [73066, 82.8, 1600000000]
    assert dumped[2]["denominator"] == 2000000000
    assert '"value":82.8' in parsed.model_dump_json()


def plain_number(value: Decimal) -> object:
    model = load_report_type("health_review:Indicator").model
    return model.model_validate(indicator(value=value)).model_dump(mode="json")["value"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("73066"), 73066),
        (Decimal("82.80"), 82.8),
        (Decimal("1.6E+9"), 1600000000),
        (Decimal("0.828"), 0.828),
        (Decimal("12345678901234567.25"), "12345678901234567.25"),
    ],
    ids=["count", "percent-trailing-zero", "scaled-money", "fraction", "too-long-for-float"],
)
def test_decimal_dumps_without_losing_digits(value: Decimal, expected: object) -> None:
    dumped = plain_number(value)
    assert dumped == expected
    assert type(dumped) is type(expected)


def schema_node(schema: dict[str, Any], *path: str) -> dict[str, Any]:
    """The node at ``path`` (keys such as ``"indicators"``, ``"items"``) through ``$ref``s."""
    node = schema
    for key in path:
        while "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        node = node["items"] if key == "items" else node["properties"][key]
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


def test_json_schema_is_tool_friendly(health_review: ReportType) -> None:
    schema = health_review.model.model_json_schema()
    indicator_schema = schema_node(schema, "indicators", "items")["properties"]
    assert indicator_schema["value"]["type"] == "number"
    assert indicator_schema["denominator"]["type"] == ["number", "null"]
    # OpenAI strict function calling accepts it (no recursion, all types supported).
    tool = openai.pydantic_function_tool(health_review.model)
    assert tool["function"]["strict"] is True


@pytest.mark.parametrize(
    ("field", "allowed"),
    [
        (
            ("organizer_level",),
            {"commune", "district", "province", "national", "hospital", "other"},
        ),
        (("meeting_kind",), {"year_end_review", "mid_year_review", "quarterly_review", "other"}),
        (
            ("reviewed_period", "kind"),
            {"year", "half_year", "quarter", "nine_months", "month", "other"},
        ),
        (("people", "items", "role"), {"chair", "speaker", "honoree", "author", "other"}),
        (("indicators", "items", "qualifier"), {"exact", "approx", "over", "under", "at_least"}),
        (
            ("indicators", "items", "category"),
            {
                "medical_care",
                "referral",
                "disease_control",
                "covid19",
                "vaccination",
                "food_safety",
                "hiv_aids",
                "population",
                "nutrition",
                "insurance",
                "finance",
                "workforce",
                "infrastructure",
                "technical_services",
                "digital_health",
                "inspection",
                "other",
            },
        ),
    ],
    ids=["OrganizerLevel", "MeetingKind", "PeriodKind", "PersonRole", "Qualifier", "Category"],
)
def test_enums_allow_exactly_the_design_values(
    field: tuple[str, ...], allowed: set[str], health_review: ReportType
) -> None:
    schema = health_review.model.model_json_schema()
    assert set(schema_node(schema, *field)["enum"]) == allowed


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (
            "HealthReviewReport",
            "title event_date organizer organizer_level province district meeting_kind online "
            "reviewed_period next_period people indicators achievements challenges priorities "
            "author",
        ),
        ("Indicator", "label category value unit denominator value_max qualifier quote period"),
        ("Period", "kind year index"),
        ("Person", "name position role"),
    ],
    ids=["HealthReviewReport", "Indicator", "Period", "Person"],
)
def test_design_field_names_are_present(model: str, fields: str) -> None:
    loaded: type[BaseModel] = load_report_type(f"health_review:{model}").model
    assert set(fields.split()) <= set(loaded.model_fields)


class Colour(StrEnum):
    """A docstring the compact schema leaves out."""

    RED = "red"
    BLUE = "blue"


class Span(BaseModel):
    """A model used twice: kept in $defs, once."""

    start: int


class Compact(CompactSchema):
    """The root keeps its description."""

    colour: Colour = Field(description="kept: a field's own description")
    note: str | None = None
    first: Span
    second: Span | None = None


def test_compact_schema_keeps_structure_and_drops_the_rest() -> None:
    schema = Compact.model_json_schema()
    assert schema["title"] == "Compact" and schema["description"].startswith("The root")
    properties = schema["properties"]
    # A single-use enum in place, without its title and docstring; the field's description kept.
    assert properties["colour"] == {
        "enum": ["red", "blue"],
        "type": "string",
        "description": "kept: a field's own description",
    }
    assert properties["note"] == {"type": ["string", "null"]}  # no title, no "default": null
    assert schema["$defs"] == {
        "Span": {
            "properties": {"start": {"type": "integer"}},
            "required": ["start"],
            "type": "object",
        }
    }
    assert schema["required"] == ["colour", "first"]
    # The full schema is still there when asked for.
    full = Compact.model_json_schema(schema_generator=GenerateJsonSchema, union_format="any_of")
    assert full["properties"]["note"]["title"] == "Note"


def test_compact_schema_validates_as_before() -> None:
    data = {"colour": "red", "first": {"start": 1}}
    assert Compact.model_validate(data).note is None
    with pytest.raises(ValidationError):
        Compact.model_validate({"colour": "green", "first": {"start": 1}})


def test_a_gone_schema_file_named_by_absolute_path_is_said_to_be_missing_at_that_path(
    tmp_path: Path,
) -> None:
    gone = tmp_path / "gone.py"
    with pytest.raises(SchemaError) as caught:
        records_report_type(f"{gone}:Gone")
    assert f"not found at {gone}:" in str(caught.value)
    assert f"from {Path.cwd()}" not in str(caught.value)


class _CodeReport(BaseModel):
    """A report model defined in code, not in a schema file of the registry."""

    title: str


def test_a_model_given_from_code_resolves_as_a_named_type_does(tmp_path: Path) -> None:
    own = records_report_type(None, _CodeReport)
    assert own.model is _CodeReport
    assert own.module_path == Path(__file__).resolve()
    assert own.spec == f"{Path(__file__).resolve()}:_CodeReport"
    gone = f"{tmp_path / 'gone.py'}:Gone"
    assert records_report_type(gone, _CodeReport).model is _CodeReport
    bundled = load_report_type("health_review")
    assert records_report_type("health_review", bundled.model).model is bundled.model
    with pytest.raises(SchemaError) as caught:
        records_report_type("health_review", _CodeReport)
    message = str(caught.value)
    assert "the model _CodeReport is report type 'test_schemas'" in message
    assert "the records are of report type 'health_review'" in message


PACKAGE_SCHEMA = """from pydantic import BaseModel


class PackagedReport(BaseModel):
    title: str


class OtherReport(BaseModel):
    title: str
"""


def test_a_model_imported_from_a_package_is_the_type_of_records_naming_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "fixc_reports_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "reports.py").write_text(PACKAGE_SCHEMA, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("fixc_reports_pkg.reports")
    for name in ("fixc_reports_pkg", "fixc_reports_pkg.reports"):  # gone after the test
        monkeypatch.setitem(sys.modules, name, sys.modules[name])
    # What extract writes in the records, run with --schema path/to/reports.py:PackagedReport.
    loaded = load_report_type(f"{package / 'reports.py'}:PackagedReport")
    assert loaded.model is not module.PackagedReport  # loaded by path: another class object
    assert same_model(module.PackagedReport, loaded.model)
    assert records_report_type(loaded.spec, module.PackagedReport).model is loaded.model
    # Another class of the same file is another type.
    assert not same_model(module.OtherReport, loaded.model)
    with pytest.raises(SchemaError, match="the model OtherReport is report type 'reports'"):
        records_report_type(loaded.spec, module.OtherReport)


def test_a_bundled_model_given_from_code_is_its_registered_type() -> None:
    registered = load_report_type("health_review")
    assert model_report_type(registered.model) == registered
    # The bundled schema file imported again, as a module of another name.
    path = registered.module_path
    module_spec = importlib.util.spec_from_file_location("fixc_bundled_copy", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module
    try:
        module_spec.loader.exec_module(module)
        copy = getattr(module, registered.model.__name__)
        resolved = model_report_type(copy)
    finally:
        del sys.modules[module_spec.name]
    assert resolved.model is copy
    assert (resolved.name, resolved.spec, resolved.prompts_dir, resolved.module_path) == (
        registered.name,
        registered.spec,
        registered.prompts_dir,
        registered.module_path,
    )
    assert resolved.prompts_dir == bundled_dir("prompts")


def test_a_model_whose_module_has_no_file_is_named_by_its_module_in_messages() -> None:
    model = type("NoFileReport", (BaseModel,), {"__annotations__": {"title": str}})
    model.__module__ = "__fixc_no_such_module__"
    found = model_report_type(model)
    assert found.spec == "NoFileReport"
    assert found.where == "module __fixc_no_such_module__"
