"""Tests for baocao.crosscheck: walking any report, grounding numbers and quotes, policies."""

from __future__ import annotations

import contextlib
import logging
import unicodedata
from decimal import Decimal
from enum import IntEnum
from typing import Annotated, Any, Self

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter, ValidationError, ValidationInfo, model_validator

from baocao.crosscheck import (
    CHECKED_KEY,
    CheckItem,
    Grounded,
    NotGrounded,
    Policy,
    Quote,
    Status,
    Verification,
    _fold_article,
    _fold_text,
    _Folded,
    check_grounding,
    checked_spans,
    describe_ungrounded,
    enforce,
    verify,
)
from baocao.documents import load_document
from baocao.errors import GroundingError
from baocao.numerals import NumberIndex

ARTICLE = (
    "Hội nghị tổng kết công tác y tế năm 2023\n\n"
    "Chiều ngày 3/1/2024, Trung tâm y tế huyện Đắk Song tổ chức hội nghị. "
    "Thực hiện 75.135 lượt khám chữa bệnh, đạt 94% so với chỉ tiêu đề ra. "
    "Kiểm tra 604 cơ sở, trong đó 500/604 cơ sở đạt điều kiện an toàn thực phẩm (đạt 82,8%). "
    "Xử phạt 519 cơ sở với số tiền gần 1,6 tỷ đồng. "
    "Toàn tỉnh ghi nhận 05 cas, giảm 73.066 cas so với cùng kỳ.\n\n"
    "Phương hướng quý II/2024: duy trì chuẩn Quốc gia về y tế xã."
)


class Level(IntEnum):
    DISTRICT = 2
    PROVINCE = 3


class Period(BaseModel):
    year: Annotated[int, Grounded("year")]
    index: Annotated[int | None, NotGrounded()] = None


class Indicator(BaseModel):
    label: str
    value: Annotated[Decimal, Grounded(unit_field="unit")]
    unit: str
    denominator: Annotated[Decimal | None, Grounded(unit_field="unit")] = None
    quote: Annotated[str, Quote()]
    period: Period | None = None
    published: bool = True


class Report(BaseModel):
    title: Annotated[str, Quote()]
    organizer: str
    visits: int
    share: float | None = None
    indicators: list[Indicator]
    reviewed_period: Period
    budget: dict[str, Decimal] = {}
    highlights: list[Annotated[str, Quote()]] = []
    rank: Annotated[int, NotGrounded()] = 0
    level: Level = Level.DISTRICT
    derived: Annotated[Period | None, NotGrounded()] = None


def _indicator(value: str, unit: str, quote: str, **extra: Any) -> Indicator:
    return Indicator(label="x", value=Decimal(value), unit=unit, quote=quote, **extra)


def _report(**changes: Any) -> Report:
    fields: dict[str, Any] = {
        "title": "Hội nghị tổng kết công tác y tế năm 2023",
        "organizer": "Trung tâm y tế huyện Đắk Song",
        "visits": 75135,
        "share": 94.0,
        "indicators": [
            _indicator("500", "cơ sở", "500/604 cơ sở đạt", denominator=Decimal(604)),
            _indicator("82.8", "%", "đạt 82,8%", period=Period(year=2023), published=False),
            _indicator("1.6", "tỷ đồng", "gần 1,6 tỷ đồng"),
            _indicator("5", "cas", "ghi nhận 05 cas"),
        ],
        "reviewed_period": Period(year=2023, index=4),
        "budget": {"tiền phạt": Decimal("1600000000")},
        "highlights": ["duy trì chuẩn Quốc gia về y tế xã"],
        "rank": 99,
        "derived": Period(year=1999),
    }
    fields.update(changes)
    return Report(**fields)


def _by_path(verification: Verification) -> dict[str, CheckItem]:
    return {item.path: item for item in verification.items}


# --- walking and grounding -------------------------------------------------------------------


def test_every_number_and_quote_is_checked_by_json_path() -> None:
    verification = verify(_report(), ARTICLE)

    assert list(_by_path(verification)) == [
        "title",
        "visits",
        "share",
        "indicators[0].value",
        "indicators[0].denominator",
        "indicators[0].quote",
        "indicators[1].value",
        "indicators[1].quote",
        "indicators[1].period.year",
        "indicators[2].value",
        "indicators[2].quote",
        "indicators[3].value",
        "indicators[3].quote",
        "reviewed_period.year",
        'budget["tiền phạt"]',
        "highlights[0]",
    ]
    assert verification.ok, describe_ungrounded(verification)
    assert verification.checked == verification.grounded == 16


@pytest.mark.parametrize(
    ("path", "printed"),
    [
        pytest.param("visits", ["75.135"], id="thousands-dot"),
        pytest.param("share", ["94"], id="float-percent"),
        pytest.param("indicators[0].value", ["500"], id="ratio-left-side"),
        pytest.param("indicators[0].denominator", ["604", "604"], id="ratio-right-and-plain"),
        pytest.param("indicators[1].value", ["82,8"], id="decimal-comma"),
        pytest.param("indicators[2].value", ["1,6 tỷ"], id="scale-from-unit-field"),
        pytest.param("indicators[3].value", ["05"], id="leading-zero"),
        pytest.param("reviewed_period.year", ["2023", "2023"], id="year-heading"),
        pytest.param('budget["tiền phạt"]', ["1,6 tỷ"], id="dict-member"),
        pytest.param("indicators[0].quote", ["500/604 cơ sở đạt"], id="quote"),
    ],
)
def test_grounded_items_point_at_the_printed_text(path: str, printed: list[str]) -> None:
    item = _by_path(verify(_report(), ARTICLE))[path]

    assert item.status is Status.GROUNDED
    found = [ARTICLE[start:end] for start, end in item.spans]
    assert all(any(want in got for got in found) for want in printed), found


@pytest.mark.parametrize(
    ("path", "matches"),
    [
        pytest.param("visits", ["exact"], id="thousands-dot-as-printed"),
        pytest.param("share", ["percent"], id="percent-sign"),
        pytest.param("indicators[0].value", ["ratio_side"], id="ratio-left-side"),
        pytest.param("indicators[0].denominator", ["exact", "ratio_side"], id="plain-and-ratio"),
        pytest.param("indicators[2].value", ["scaled"], id="scale-word"),
        pytest.param('budget["tiền phạt"]', ["scaled"], id="plain-units-of-a-scale-word"),
        pytest.param("indicators[3].value", ["exact"], id="leading-zero"),
    ],
)
def test_each_span_says_how_the_number_matched(path: str, matches: list[str]) -> None:
    item = _by_path(verify(_report(), ARTICLE))[path]

    assert [match.value for match in item.matches] == matches
    assert len(item.matches) == len(item.spans)


def test_a_range_end_and_an_ambiguous_form_are_named() -> None:
    text = "Tỷ lệ đạt 100 - 120% kế hoạch; giá trị 1.164 trên tổng số."
    index = NumberIndex(text)

    assert [m for _, m in index.locate_matches(120, "%")] == ["range_end"]
    assert [m for _, m in index.locate_matches(Decimal("1.164"))] == ["ambiguous"]
    assert [m for _, m in index.locate_matches(1164)] == ["ambiguous"]


def test_skipped_values_none_bool_enum_and_not_grounded() -> None:
    report = _report(share=None, rank=123456, derived=Period(year=1111, index=7))
    paths = set(_by_path(verify(report, ARTICLE)))

    assert "share" not in paths  # None
    assert "rank" not in paths  # NotGrounded
    assert "level" not in paths  # IntEnum is a choice, not a figure
    assert not any(path.startswith("derived") for path in paths)  # NotGrounded sub-model
    assert "reviewed_period.index" not in paths
    assert not any(path.endswith("published") for path in paths)  # bool


def test_all_failures_are_collected_not_just_the_first() -> None:
    report = _report(
        visits=75136,
        indicators=[
            _indicator("501", "cơ sở", "501/604 cơ sở đạt"),
            _indicator("82.8", "%", "đạt 82,8%"),
            _indicator("2", "tỷ đồng", "gần 1,6 tỷ đồng"),
        ],
        reviewed_period=Period(year=2022),
        highlights=["duy trì chuẩn quốc tế"],
    )

    verification = verify(report, ARTICLE)

    assert {(item.path, item.value) for item in verification.ungrounded} == {
        ("visits", "75136"),
        ("indicators[0].value", "501"),
        ("indicators[0].quote", "501/604 cơ sở đạt"),
        ("indicators[2].value", "2"),
        ("reviewed_period.year", "2022"),
        ("highlights[0]", "duy trì chuẩn quốc tế"),
    }
    assert not verification.ok
    assert verification.grounded == verification.checked - 6
    assert all(item.spans == () for item in verification.ungrounded)


@pytest.mark.parametrize(
    ("field", "value", "grounded"),
    [
        pytest.param("visits", 2023, False, id="year-does-not-ground-a-quantity"),
        pytest.param("visits", 2024, False, id="date-does-not-ground-a-quantity"),
        pytest.param("visits", 3, False, id="day-of-date-is-not-a-count"),
        pytest.param("visits", -73066, True, id="negative-decrease-grounds-its-magnitude"),
        pytest.param("share", 0.828, True, id="percent-as-fraction"),
        pytest.param("share", 94.0000001, False, id="float-noise-is-a-different-number"),
        pytest.param("reviewed_period", Period(year=2024), True, id="year-inside-date"),
        pytest.param("reviewed_period", Period(year=2025), False, id="year-not-printed"),
    ],
)
def test_number_kinds(field: str, value: object, grounded: bool) -> None:
    verification = verify(_report(**{field: value}), ARTICLE)
    paths = {item.path for item in verification.ungrounded}

    assert (not any(path.startswith(field) for path in paths)) is grounded


# Dates and patient numbers of news prose, and one true count (sentences written for the test).
NEWS_FORMS = (
    "Từ 24-7 đến 31-7, Bệnh nhân 416 được điều trị tại khoa. "
    "Từ tháng 9.2021, khoa đã khám 120 lượt; BN 1.035 xuất viện."
)


@pytest.mark.parametrize(
    ("value", "unit", "grounded"),
    [
        pytest.param(Decimal(24), "ngày", False, id="day-of-a-hyphen-date"),
        pytest.param(Decimal(31), "lượt", False, id="day-ending-a-date-range"),
        pytest.param(Decimal(7), "lượt", False, id="month-of-a-hyphen-date"),
        pytest.param(Decimal(416), "bệnh nhân", False, id="patient-number"),
        pytest.param(Decimal(1035), "người", False, id="patient-number-after-bn"),
        pytest.param(Decimal("9.2021"), "lượt", False, id="month-and-year-with-a-dot"),
        pytest.param(Decimal(120), "lượt", True, id="the-count-still-grounds"),
    ],
)
def test_dates_and_patient_numbers_never_ground_an_indicator(
    value: Decimal, unit: str, grounded: bool
) -> None:
    indicator = Indicator(label="x", value=value, unit=unit, quote="khoa đã khám")
    paths = {item.path for item in verify(indicator, NEWS_FORMS).ungrounded}

    assert ("value" not in paths) is grounded


def test_model_accepts_document_and_reuses_index() -> None:
    document = load_document(ARTICLE)
    index = NumberIndex(document.text)

    from_document = verify(_report(), document, index)
    from_text = verify(_report(), document.text)

    assert from_document == from_text
    assert from_document.ok


def test_index_over_another_text_is_refused() -> None:
    with pytest.raises(ValueError, match="different text"):
        verify(_report(), ARTICLE, NumberIndex("khác"))


# --- quotes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "quote"),
    [
        pytest.param(ARTICLE.replace("75.135 lượt", "75.135\u00a0lượt"), None, id="nbsp-in-doc"),
        pytest.param(ARTICLE, "75.135\u00a0lượt khám", id="nbsp-in-quote"),
        pytest.param(unicodedata.normalize("NFD", ARTICLE), None, id="nfd-doc"),
        pytest.param(ARTICLE, unicodedata.normalize("NFD", "75.135 lượt khám"), id="nfd-quote"),
        pytest.param(ARTICLE.replace(" lượt khám", "   lượt\r\n khám"), None, id="spaces-crlf"),
        pytest.param(ARTICLE, "  75.135 \n lượt    khám  ", id="extra-whitespace-in-quote"),
        pytest.param(ARTICLE.replace("lượt", "lư\u200bợt"), None, id="zero-width-in-doc"),
    ],
)
def test_quotes_match_across_spacing_and_normal_forms(article: str, quote: str | None) -> None:
    report = _report(
        indicators=[_indicator("75135", "lượt", quote or "75.135 lượt khám")],
        title="Hội nghị tổng kết",
    )

    item = _by_path(verify(report, article))["indicators[0].quote"]

    assert item.status is Status.GROUNDED
    ((start, end),) = item.spans
    # The span indexes the ORIGINAL text and covers exactly the quoted words.
    quoted = unicodedata.normalize("NFC", article[start:end])
    assert " ".join(quoted.replace("\u200b", "").split()) == "75.135 lượt khám"


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param("75.135 lượt khám chữa bệnh, đạt 95%", id="changed-figure"),
        pytest.param("75135 lượt khám", id="reformatted-number"),
        pytest.param("THỰC HIỆN 75.135", id="case-changed"),
        pytest.param("   ", id="blank"),
        pytest.param("", id="empty"),
    ],
)
def test_quotes_that_are_not_verbatim_are_ungrounded(quote: str) -> None:
    report = _report(indicators=[_indicator("75135", "lượt", quote)])

    item = _by_path(verify(report, ARTICLE))["indicators[0].quote"]

    assert item.status is Status.UNGROUNDED
    assert item.target == "quote"


def test_repeated_quote_reports_every_occurrence() -> None:
    report = _report(highlights=["cơ sở"])

    item = _by_path(verify(report, ARTICLE))["highlights[0]"]

    assert [ARTICLE[start:end] for start, end in item.spans] == ["cơ sở"] * 3


# Characters whose folding differs: spaces of several kinds, line breaks, invisible characters,
# combining marks (NFD Vietnamese), a singleton NFC mapping (Kelvin sign) and plain letters.
FOLD_ALPHABET = "ab ế\n\t\r\u00a0\u2028\u200b\u00ad\ufeffđ1,.\u0301\u0302\u212a"


@given(st.text(alphabet=FOLD_ALPHABET, max_size=24))
@settings(max_examples=300, deadline=None)
def test_folding_fast_path_matches_the_per_cluster_fold(text: str) -> None:
    reference = _Folded._of_clusters(text)
    folded = _Folded.of(text)

    assert folded.text == reference.text
    assert _fold_text(text) == reference.text
    for at in range(len(reference.text)):
        assert (folded.start(at), folded.end(at)) == (reference.start(at), reference.end(at))


def test_folded_article_is_computed_once_per_text() -> None:
    _fold_article.cache_clear()
    report = _report(highlights=["cơ sở", "75.135 lượt khám"])
    index = NumberIndex(ARTICLE)

    first = verify(report, ARTICLE, index)
    second = verify(report, ARTICLE, index)

    assert first == second
    assert _fold_article.cache_info().misses == 1


# --- messages and policy -------------------------------------------------------------------


def _failing() -> Verification:
    report = _report(visits=75136, reviewed_period=Period(year=2022), highlights=["bịa đặt"])
    return verify(report, ARTICLE)


def test_describe_ungrounded_lists_every_failure_and_how_to_fix_it() -> None:
    message = describe_ungrounded(_failing())

    assert "3 of 16 values" in message
    assert "- visits = 75136" in message
    assert "- reviewed_period.year = 2022" in message
    assert '- highlights[0] = "bịa đặt"' in message
    assert "exactly as it is printed in the article" in message
    assert "drop it" in message


@pytest.mark.parametrize(
    ("scenario", "value", "unit", "mismatch", "said"),
    [
        # "gần 1,6 tỷ đồng" is printed: reported as visits it is there, but not as "lượt".
        (
            "another unit",
            "1600000000",
            "lượt",
            "lượt",
            "this number is printed in the article, but not as 'lượt'",
        ),
        ("printed nowhere", "1700000000", "lượt", None, "this number is not printed"),
        ("its own unit", "1600000000", "đồng", None, ""),
    ],
)
def test_a_number_printed_with_another_unit_is_ungrounded_and_says_which_unit(
    scenario: str, value: str, unit: str, mismatch: str | None, said: str
) -> None:
    report = _report(indicators=[_indicator(value, unit, "gần 1,6 tỷ đồng")])
    verification = verify(report, ARTICLE)
    item = _by_path(verification)["indicators[0].value"]
    assert item.unit == mismatch, scenario
    assert (item.status is Status.GROUNDED) is (not said), scenario
    if said:
        assert f"- indicators[0].value = {value}: {said}" in describe_ungrounded(verification)
    record_form = TypeAdapter(CheckItem).dump_python(item)
    assert ("unit" in record_form) is (mismatch is not None), "said only when there is one"


def test_describe_ungrounded_when_all_is_well() -> None:
    assert "All 16 checked values" in describe_ungrounded(verify(_report(), ARTICLE))


def test_strict_policy_raises_naming_every_path() -> None:
    with pytest.raises(GroundingError) as caught:
        enforce(_failing(), Policy.STRICT, "bai-000.txt")

    message = str(caught.value)
    assert message.startswith("bai-000.txt: 3 of 16 values")
    for fragment in ("visits = 75136", "reviewed_period.year = 2022", "highlights[0] = bịa đặt"):
        assert fragment in message


def test_warn_policy_logs_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="baocao.crosscheck"):
        enforce(_failing(), Policy.WARN, "bai-000.txt")

    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert "bai-000.txt" in record.getMessage()
    assert "reviewed_period.year = 2022" in record.getMessage()


@pytest.mark.parametrize(
    ("policy", "verification"),
    [
        pytest.param(Policy.OFF, _failing(), id="off-with-failures"),
        pytest.param(Policy.STRICT, verify(_report(), ARTICLE), id="strict-all-grounded"),
        pytest.param(Policy.WARN, verify(_report(), ARTICLE), id="warn-all-grounded"),
        pytest.param("off", _failing(), id="policy-as-string"),
    ],
)
def test_silent_policies(
    policy: Policy, verification: Verification, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="baocao.crosscheck"):
        enforce(verification, policy, "bai.txt")

    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]


# --- serialisation --------------------------------------------------------------------------


VERIFICATION = TypeAdapter(Verification)  # the record's codec, for one of its types


def test_the_record_form_has_counts_and_items_and_round_trips() -> None:
    verification = _failing()

    data = VERIFICATION.dump_python(verification, mode="json")

    assert data["checked"] == 16
    assert data["grounded"] == 13
    assert data["ungrounded"][0] == {"path": "visits", "value": "75136"}
    assert data["items"][0] == {
        "path": "title",
        "value": "Hội nghị tổng kết công tác y tế năm 2023",
        "target": "quote",
        "status": "grounded",
        "spans": [[0, 40]],
    }
    visits = next(item for item in data["items"] if item["path"] == "visits")
    assert visits["matches"] == [] and visits["status"] == "ungrounded"
    share = next(item for item in data["items"] if item["path"] == "share")
    assert share["matches"] == ["percent"]
    assert VERIFICATION.validate_python(data) == verification


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            {"items": [{"path": "a", "value": "1", "status": "grounded"}]}, id="no-target"
        ),
        pytest.param(
            {"items": [{"path": "a", "value": "1", "target": "date", "status": "grounded"}]},
            id="bad-target",
        ),
        pytest.param(
            {"items": [{"path": "a", "value": "1", "target": "number", "status": "maybe"}]},
            id="bad-status",
        ),
    ],
)
def test_reading_rejects_malformed_items(data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        VERIFICATION.validate_python(data)


# --- validator helper -----------------------------------------------------------------------


class CheckedReport(Report):
    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Self:
        check_grounding(self, info.context)
        return self


@pytest.mark.parametrize(
    "context",
    [
        pytest.param(None, id="no-context"),
        pytest.param({}, id="empty-context"),
        pytest.param({"document": None}, id="no-document"),
    ],
)
def test_check_grounding_without_a_document_is_a_no_op(context: dict[str, Any] | None) -> None:
    check_grounding(_report(visits=1), context)


def test_check_grounding_builds_the_index_when_absent() -> None:
    document = load_document(ARTICLE)

    check_grounding(_report(), {"document": document})
    check_grounding(_report(), {"document": document, "index": NumberIndex(document.text)})


def test_check_grounding_in_a_validator_reports_every_path() -> None:
    data = _report(visits=75136, reviewed_period=Period(year=2022)).model_dump()
    document = load_document(ARTICLE)

    with pytest.raises(ValidationError) as caught:
        CheckedReport.model_validate(data, context={"document": document})

    message = str(caught.value)
    assert "visits = 75136" in message
    assert "reviewed_period.year = 2022" in message
    assert CheckedReport.model_validate(data).visits == 75136  # no context: types only


class WiderReport(CheckedReport):
    extra_count: int = 0


def _checked_context(report: Report) -> dict[str, Any]:
    """A context the validator of CheckedReport ran with, over ``report``'s values."""
    document = load_document(ARTICLE)
    context: dict[str, Any] = {"document": document, "index": NumberIndex(document.text)}
    with contextlib.suppress(ValidationError):
        CheckedReport.model_validate(report.model_dump(), context=context)
    return context


@pytest.mark.parametrize(
    "report",
    [
        pytest.param(_report(), id="grounded"),
        pytest.param(_report(visits=75136, highlights=["bịa đặt"]), id="ungrounded"),
    ],
)
def test_verify_reuses_the_validators_verification_of_the_same_values(report: Report) -> None:
    context = _checked_context(report)
    document = context["document"]
    left = context[CHECKED_KEY].verification

    reused = verify(report, document, context["index"], context=context)

    assert reused is left
    assert reused == verify(report, document, context["index"])


@pytest.mark.parametrize(
    ("report", "text"),
    [
        pytest.param(_report(visits=75136), ARTICLE, id="other-values"),
        pytest.param(_report(), ARTICLE + "\n\nThêm 75.136 lượt.", id="other-text"),
        pytest.param(WiderReport(**_report().model_dump()), ARTICLE, id="other-fields"),
    ],
)
def test_verify_walks_a_report_the_validator_did_not_check(report: Report, text: str) -> None:
    context = _checked_context(_report())

    verification = verify(report, text, context=context)

    assert verification is not context[CHECKED_KEY].verification
    assert verification == verify(report, text)


@pytest.mark.parametrize(
    "report",
    [
        pytest.param(_report(), id="grounded"),
        pytest.param(_report(visits=75136, highlights=["bịa đặt"]), id="ungrounded"),
    ],
)
def test_checked_spans_are_the_grounding_checks_spans_of_that_very_report(report: Report) -> None:
    document = load_document(ARTICLE)
    context: dict[str, Any] = {"document": document, "index": NumberIndex(document.text)}
    with contextlib.suppress(ValueError):
        check_grounding(report, context)

    spans = checked_spans(report, context)

    expected = verify(report, document, context["index"])
    assert spans == {item.path: item.spans for item in expected.items}
    assert checked_spans(report.model_copy(), context) is None  # another instance
    assert checked_spans(report, {"document": document}) is None  # nothing checked
    assert checked_spans(report, None) is None


class QuoteShapes(BaseModel, extra="allow"):
    plain: str = "75.135 lượt khám"
    direct: Annotated[str, Quote()] = "75.135 lượt khám"
    optional: Annotated[str, Quote()] | None = "đạt 94%"
    whole_list: Annotated[list[str], Quote()] = ["gần 1,6 tỷ đồng"]
    members: list[Annotated[str, Quote()]] = ["05 cas"]
    mapping: dict[str, Annotated[str, Quote()]] = {"k": "604 cơ sở"}
    inner_wins: Annotated[list[Annotated[str, Grounded()]], Quote()] = ["500/604"]


def test_only_strings_marked_quote_are_checked_whatever_their_nesting() -> None:
    report = QuoteShapes(extra_text="75.135 lượt khám")

    quoted = {item.path for item in verify(report, ARTICLE).items if item.target == "quote"}

    assert quoted == {"direct", "optional", "whole_list[0]", "members[0]", "mapping.k"}


class _Unhashable(BaseModel):
    # A field whose Annotated metadata cannot be hashed (a list): the walk's cache by
    # (annotation, value type) cannot hold it, and the field is walked all the same.
    counts: list[Annotated[int, Grounded(), ["note"]]] = []
    share: Annotated[int, Grounded()] = 0


def test_unhashable_annotations_and_repeated_values_are_checked_each_time() -> None:
    text = "Năm 2023 khám 120 lượt; năm 2024 khám 120 lượt."
    verification = verify(_Unhashable(counts=[120], share=120), text)
    assert [(item.path, item.status.value) for item in verification.items] == [
        ("counts[0]", "grounded"),
        ("share", "grounded"),
    ]
    assert verification.items[0].spans == verification.items[1].spans
    assert len(verification.items[0].spans) == len(["120", "120"])
    missing = verify(_Unhashable(counts=[7], share=7), text)
    assert [item.status.value for item in missing.items] == ["ungrounded", "ungrounded"]


class Rate(BaseModel):
    base: Annotated[Decimal, Grounded(kind="any", scale_word=True)]
    plain: Annotated[Decimal | None, Grounded(kind="any")] = None


@pytest.mark.parametrize(
    ("text", "base", "grounded"),
    [
        pytest.param("Đạt 9,6 bác sĩ/vạn dân.", "10000", True, id="van-alone-prints-10000"),
        pytest.param("Đạt 9,6 bác sĩ/10.000 dân.", "10000", True, id="digits-as-usual"),
        pytest.param("Có 1,2 triệu dân.", "1000000", False, id="a-scaled-number-is-no-base"),
        pytest.param("Có 2 vạn dân.", "10000", False, id="2-van-is-20000"),
        pytest.param("Đạt 9,6 bác sĩ/vạn dân.", "1000", False, id="another-scale"),
        pytest.param("Đạt 9,6 bác sĩ trên mỗi vạn dân.", "10000", True, id="van-after-words"),
        pytest.param("Huyện Vạn Ninh có 9 bác sĩ.", "10000", False, id="a-place-name-is-no-base"),
    ],
)
def test_scale_word_grounds_a_base_printed_as_a_word(text: str, base: str, grounded: bool) -> None:
    verification = verify(Rate(base=Decimal(base)), load_document(text))
    assert [item.status == Status.GROUNDED for item in verification.items] == [grounded]


def test_scale_word_is_off_by_default() -> None:
    # The same value in a field without scale_word: "vạn" alone prints no 10000 there.
    verification = verify(
        Rate(base=Decimal(10000), plain=Decimal(10000)), load_document("Đạt 9 bác sĩ/vạn dân.")
    )
    assert [(item.path, item.status) for item in verification.items] == [
        ("base", Status.GROUNDED),
        ("plain", Status.UNGROUNDED),
    ]
