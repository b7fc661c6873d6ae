"""Tests for baocao.offline.measures: what each figure measures, from its cue words.

Every sentence is written for these tests in the genre's forms (no article text). Each case
gives the sentence, the figure (value, unit, the clause quoted) and the fields expected.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from baocao.crosscheck import verify
from baocao.documents import load_document
from baocao.numerals import NumberIndex
from baocao.offline.measures import measure_indicators
from baocao.schemas import load_report_type

YEAR_2023 = {"kind": "year", "year": 2023, "index": None}
YEAR_2024 = {"kind": "year", "year": 2024, "index": None}
Q1_2023 = {"kind": "quarter", "year": 2023, "index": 1}
MODEL = load_report_type("health_review").model


def _measured(
    text: str,
    value: str,
    unit: str,
    quote: str,
    reviewed: dict[str, Any] = YEAR_2023,
    period: dict[str, Any] | None = None,
    upcoming: dict[str, Any] | None = YEAR_2024,
) -> dict[str, Any]:
    item = {"value": Decimal(value), "unit": unit, "quote": quote, "period": period}
    (measured,) = measure_indicators(text, NumberIndex(text), [item], reviewed, upcoming)
    return measured


LEVEL = {"measure": "level", "direction": None, "compared_to": None, "per": None}


@pytest.mark.parametrize(
    ("text", "value", "unit", "quote", "expected"),
    [
        pytest.param(
            "Năm qua, trạm đã khám cho 12.480 lượt người, đạt 103,5% kế hoạch năm.",
            "103.5",
            "%",
            "đạt 103,5% kế hoạch năm",
            {"measure": "share_of_target"},
            id="share-dat-ke-hoach",
        ),
        pytest.param(
            "Trung tâm tiêm chủng cho 2.130 trẻ, đạt 97% so với chỉ tiêu được giao.",
            "97",
            "%",
            "đạt 97% so với chỉ tiêu được giao",
            {"measure": "share_of_target"},
            id="share-so-voi-chi-tieu",
        ),
        pytest.param(
            "Trung tâm tiêm chủng cho 2.130 trẻ, đạt 97% so với chỉ tiêu được giao.",
            "2130",
            "trẻ",
            "Trung tâm tiêm chủng cho 2.130 trẻ",
            LEVEL,
            id="level-beside-a-share",
        ),
        pytest.param(
            "Số ca mắc tay chân miệng là 41 ca, giảm 17 ca so với năm 2022.",
            "17",
            "ca",
            "giảm 17 ca so với năm 2022",
            {
                "measure": "change",
                "direction": "decrease",
                "compared_to": {"kind": "year", "year": 2022, "index": None},
            },
            id="change-giam-so-voi-nam",
        ),
        pytest.param(
            "Số lượt điều trị nội trú tăng 8,6% so với cùng kỳ.",
            "8.6",
            "%",
            "Số lượt điều trị nội trú tăng 8,6% so với cùng kỳ",
            {
                "measure": "change",
                "direction": "increase",
                "compared_to": {"kind": "year", "year": 2022, "index": None},
            },
            id="change-cung-ky-is-a-year-earlier",
        ),
        pytest.param(
            "Quý này xét nghiệm 3.204 mẫu, tăng 11% so với cùng kỳ.",
            "11",
            "%",
            "tăng 11% so với cùng kỳ",
            {
                "measure": "change",
                "direction": "increase",
                "compared_to": {"kind": "quarter", "year": 2022, "index": 1},
            },
            id="change-cung-ky-at-a-quarterly-review",
        ),
        pytest.param(
            "Trạm khám 950 lượt, tăng 40 lượt so với quý IV.",
            "40",
            "lượt",
            "tăng 40 lượt so với quý IV",
            {
                "measure": "change",
                "direction": "increase",
                "compared_to": {"kind": "quarter", "year": 2023, "index": 4},
            },
            id="change-so-voi-quy",
        ),
        pytest.param(
            "Tổng thu đạt 5,2 tỷ đồng, vượt 6% so với năm trước.",
            "6",
            "%",
            "vượt 6% so với năm trước",
            {
                "measure": "change",
                "direction": "increase",
                "compared_to": {"kind": "year", "year": 2022, "index": None},
            },
            id="change-vuot-so-voi",
        ),
        pytest.param(
            "Có 92% trạm y tế xã, thị trấn thực hiện được từ 70% trở lên danh mục kỹ thuật.",
            "70",
            "%",
            "thực hiện được từ 70% trở lên danh mục kỹ thuật",
            {"measure": "other"},
            id="threshold-after-a-share-is-other",
        ),
        pytest.param(
            "Có 92% trạm y tế xã, thị trấn thực hiện được từ 70% trở lên danh mục kỹ thuật.",
            "92",
            "%",
            "Có 92% trạm y tế xã",
            LEVEL,
            id="the-share-before-a-threshold-is-a-level",
        ),
        pytest.param(
            "Tỷ lệ tiêm chủng đầy đủ đạt 96%, tỷ lệ uống vitamin A đạt từ 98% trở lên.",
            "98",
            "%",
            "tỷ lệ uống vitamin A đạt từ 98% trở lên",
            LEVEL,
            id="a-result-reached-from-is-no-threshold",
        ),
        pytest.param(
            "Tỷ lệ suy dinh dưỡng giảm còn 11,2%.",
            "11.2",
            "%",
            "Tỷ lệ suy dinh dưỡng giảm còn 11,2%",
            LEVEL,
            id="giam-con-is-the-new-level",
        ),
        pytest.param(
            "Tỷ lệ sinh con thứ 3 là 5,1% (cùng kỳ năm trước là 5,9%).",
            "5.9",
            "%",
            "Tỷ lệ sinh con thứ 3 là 5,1% (cùng kỳ năm trước là 5,9%)",
            {
                "measure": "previous",
                "compared_to": {"kind": "year", "year": 2022, "index": None},
            },
            id="previous-cung-ky-nam-truoc",
        ),
        pytest.param(
            "Toàn huyện ghi nhận 63 ca sốt xuất huyết (năm 2022: 118 ca).",
            "118",
            "ca",
            "Toàn huyện ghi nhận 63 ca sốt xuất huyết (năm 2022: 118 ca)",
            {
                "measure": "previous",
                "compared_to": {"kind": "year", "year": 2022, "index": None},
            },
            id="previous-earlier-year-colon",
        ),
        pytest.param(
            "Năm 2023: 4.512 lượt khám sức khỏe học đường.",
            "4512",
            "lượt",
            "Năm 2023: 4.512 lượt khám sức khỏe học đường",
            LEVEL,
            id="the-reviewed-year-is-no-previous",
        ),
        pytest.param(
            "Năm 2024, trung tâm phấn đấu khám cho 15.000 lượt người.",
            "15000",
            "lượt",
            "trung tâm phấn đấu khám cho 15.000 lượt người",
            {"measure": "target"},
            id="target-phan-dau",
        ),
        pytest.param(
            "Chỉ tiêu giao là 9.000 lượt khám.",
            "9000",
            "lượt",
            "Chỉ tiêu giao là 9.000 lượt khám",
            {"measure": "target"},
            id="target-chi-tieu",
        ),
        pytest.param(
            "Riêng chỉ tiêu tiêm chủng đầy đủ chỉ đạt 88,4%.",
            "88.4",
            "%",
            "Riêng chỉ tiêu tiêm chủng đầy đủ chỉ đạt 88,4%",
            LEVEL,
            id="chi-tieu-as-indicator-reached-is-a-level",
        ),
        pytest.param(
            "Công tác kế hoạch hóa gia đình có 1.320 người áp dụng biện pháp tránh thai.",
            "1320",
            "người",
            "Công tác kế hoạch hóa gia đình có 1.320 người áp dụng biện pháp tránh thai",
            LEVEL,
            id="ke-hoach-hoa-gia-dinh-is-no-target",
        ),
        pytest.param(
            "Toàn tỉnh có 9,6 bác sĩ/vạn dân.",
            "9.6",
            "bác sĩ/vạn dân",
            "Toàn tỉnh có 9,6 bác sĩ/vạn dân",
            LEVEL | {"per": {"value": Decimal(10000), "unit": "dân"}},
            id="per-van-dan",
        ),
        pytest.param(
            "Tỷ lệ mắc lao là 71 ca/100.000 dân.",
            "71",
            "ca",
            "Tỷ lệ mắc lao là 71 ca/100.000 dân",
            LEVEL | {"per": {"value": Decimal(100000), "unit": "dân"}},
            id="per-100000-dan",
        ),
        pytest.param(
            "Huyện có 27 giường bệnh trên 10.000 dân.",
            "27",
            "giường bệnh",
            "Huyện có 27 giường bệnh trên 10.000 dân",
            LEVEL | {"per": {"value": Decimal(10000), "unit": "dân"}},
            id="per-tren-10000-dan",
        ),
        pytest.param(
            "Có 318/340 trẻ được tiêm đủ mũi.",
            "318",
            "trẻ",
            "Có 318/340 trẻ được tiêm đủ mũi",
            LEVEL,
            id="a-ratio-is-no-per-base",
        ),
        pytest.param(
            "Bệnh viện đã khám cho 84.300 lượt người, đạt trên 61%.",
            "61",
            "%",
            "đạt trên 61%",
            {"measure": "share_of_target"},
            id="share-a-count-of-visits-reached",
        ),
        pytest.param(
            "Cụ thể, số lượt khám bệnh đạt 48,2%, tăng 9%.",
            "48.2",
            "%",
            "số lượt khám bệnh đạt 48,2%",
            {"measure": "share_of_target"},
            id="share-of-visits-as-subject",
        ),
        pytest.param(
            "Điều trị cho 312 lượt người, tỷ lệ khỏi bệnh đạt 92%.",
            "92",
            "%",
            "tỷ lệ khỏi bệnh đạt 92%",
            LEVEL,
            id="a-rate-after-visits-is-a-level",
        ),
        pytest.param(
            "Có 1.210/1.300 trẻ được tiêm đủ, đạt 93,1%.",
            "93.1",
            "%",
            "đạt 93,1%",
            LEVEL,
            id="coverage-is-a-level",
        ),
        pytest.param(
            "Ngành đã hoàn thành 15/17 chỉ tiêu được giao.",
            "15",
            "chỉ tiêu",
            "Ngành đã hoàn thành 15/17 chỉ tiêu được giao",
            {"measure": "other"},
            id="plan-items-done",
        ),
        pytest.param(
            "Năm 2024, ngành đề ra 8 nhiệm vụ trọng tâm.",
            "8",
            "nhiệm vụ",
            "Năm 2024, ngành đề ra 8 nhiệm vụ trọng tâm",
            {"measure": "other"},
            id="plan-items-of-the-next-year",
        ),
        pytest.param(
            "Năm 2024, ngành phấn đấu hoàn thành 18 chỉ tiêu.",
            "18",
            "chỉ tiêu",
            "ngành phấn đấu hoàn thành 18 chỉ tiêu",
            {"measure": "target"},
            id="plan-items-set-as-a-target",
        ),
        pytest.param(
            "Năm 2023, trạm đã khám cho 9.200 lượt người, tăng 12% so với kế hoạch.",
            "12",
            "%",
            "tăng 12% so với kế hoạch",
            {"measure": "change", "direction": "increase"},
            id="rise-over-the-plan-is-a-change",
        ),
        pytest.param(
            "Tỷ lệ trạm y tế có bác sĩ đạt 90%, vượt 5% so với kế hoạch.",
            "5",
            "%",
            "vượt 5% so với kế hoạch",
            {"measure": "change", "direction": "increase"},
            id="excess-over-the-plan-is-a-change",
        ),
        pytest.param(
            "Tỷ lệ xã đạt tiêu chí quốc gia về y tế đạt 72%, vượt 3%.",
            "3",
            "%",
            "vượt 3%",
            {"measure": "change", "direction": "increase"},
            id="excess-after-the-level-is-a-change",
        ),
        pytest.param(
            "Điều trị nội trú đạt 41.300 lượt, tăng tới 21,5% so với năm 2022.",
            "21.5",
            "%",
            "tăng tới 21,5% so với năm 2022",
            {"measure": "change", "direction": "increase"},
            id="rise-up-to",
        ),
        pytest.param(
            "Khám chữa bệnh bảo hiểm y tế tăng bình quân 6% mỗi năm.",
            "6",
            "%",
            "tăng bình quân 6% mỗi năm",
            {"measure": "change", "direction": "increase"},
            id="average-rise",
        ),
        pytest.param(
            "Phấn đấu đến cuối năm 2023, tỷ suất sinh giảm 0,2‰, tỷ lệ sinh con thứ ba dưới 12,4%.",
            "0.2",
            "‰",
            "tỷ suất sinh giảm 0,2‰",
            {"measure": "target", "direction": None},
            id="fall-in-a-goal-sentence-is-a-target",
        ),
        pytest.param(
            "Phấn đấu đến cuối năm 2023, tỷ suất sinh giảm 0,2‰, tỷ lệ sinh con thứ ba dưới 12,4%.",
            "12.4",
            "%",
            "tỷ lệ sinh con thứ ba dưới 12,4%",
            {"measure": "target"},
            id="every-figure-of-a-goal-sentence-is-a-target",
        ),
        pytest.param(
            "Mục tiêu tiêm chủng năm 2023 đã hoàn thành: tiêm đủ cho 1.250 trẻ, đạt 96%.",
            "96",
            "%",
            "đạt 96%",
            {"measure": "level"},
            id="goal-sentence-reporting-the-goal-met-is-no-target",
        ),
        pytest.param(
            "Mục tiêu đến năm 2026, tỷ lệ trạm y tế có bác sĩ đạt 95%.",
            "95",
            "%",
            "tỷ lệ trạm y tế có bác sĩ đạt 95%",
            {"measure": "target"},
            id="goal-sentence-looking-forward-is-a-target",
        ),
    ],
)
def test_measure_rules(
    text: str, value: str, unit: str, quote: str, expected: dict[str, Any]
) -> None:
    reviewed = Q1_2023 if "Quý này" in text else YEAR_2023
    measured = _measured(text, value, unit, quote, reviewed=reviewed)
    assert {key: measured[key] for key in expected} == expected
    if measured["measure"] != "change":
        assert measured["direction"] is None


def test_a_figure_of_the_next_period_is_a_target() -> None:
    text = "Năm 2024 khám 20.000 lượt."
    measured = _measured(text, "20000", "lượt", "Năm 2024 khám 20.000 lượt", period=YEAR_2024)
    assert measured["measure"] == "target"


def test_other_fields_are_kept() -> None:
    text = "Trạm khám 950 lượt."
    item = {"value": Decimal(950), "unit": "lượt", "quote": "Trạm khám 950 lượt", "label": "x"}
    (measured,) = measure_indicators(text, NumberIndex(text), [item], YEAR_2023, None)
    assert {key: measured[key] for key in item} == item


def test_a_quote_not_in_the_text_is_a_plain_level() -> None:
    item = {"value": Decimal(5), "unit": "ca", "quote": "không có trong bài 5 ca"}
    (measured,) = measure_indicators("Bài khác.", NumberIndex("Bài khác."), [item], YEAR_2023, None)
    assert {key: measured[key] for key in LEVEL} == LEVEL


def _report(text: str, per_value: int) -> dict[str, Any]:
    return {
        "title": "t",
        "organizer": "Sở Y tế",
        "organizer_level": "province",
        "meeting_kind": "year_end_review",
        "reviewed_period": {"kind": "year", "year": 2023, "index": None},
        "indicators": [
            {
                "label": "bác sĩ",
                "category": "workforce",
                "value": 9.6,
                "unit": "bác sĩ",
                "quote": text.rstrip("."),
                "per": {"value": per_value, "unit": "dân"},
            }
        ],
    }


@pytest.mark.parametrize(
    ("text", "per_value", "grounded"),
    [
        pytest.param("Năm 2023 có 9,6 bác sĩ/vạn dân.", 10000, True, id="van-grounds-10000"),
        pytest.param("Năm 2023 có 9,6 bác sĩ/10.000 dân.", 10000, True, id="digits-ground"),
        pytest.param("Năm 2023 có 9,6 bác sĩ/vạn dân.", 100000, False, id="wrong-base"),
        pytest.param("Năm 2023 có 9,6 bác sĩ/1.000 dân.", 10000, False, id="other-base"),
        pytest.param("Năm 2023 có 9,6 bác sĩ trên 2 vạn dân.", 10000, False, id="2-van"),
    ],
)
def test_per_base_grounding(text: str, per_value: int, grounded: bool) -> None:
    document = load_document(text)
    report = MODEL.model_validate(_report(text, per_value))
    verification = verify(report, document)
    item = next(i for i in verification.items if i.path == "indicators[0].per.value")
    assert (item.status == "grounded") is grounded


def test_scale_words_ground_only_where_a_field_allows_it() -> None:
    # The indicator's value 10000 is no per base: "vạn" does not print it.
    text = "Năm 2023 có 9,6 bác sĩ/vạn dân."
    data = _report(text, 10000)
    data["indicators"][0] |= {"value": 10000, "quote": "bác sĩ/vạn dân"}
    verification = verify(MODEL.model_validate(data), load_document(text))
    item = next(i for i in verification.items if i.path == "indicators[0].value")
    assert item.status == "ungrounded"


def test_records_without_the_new_fields_still_read() -> None:
    data = _report("Năm 2023 có 9,6 bác sĩ/vạn dân.", 10000)
    del data["indicators"][0]["per"]
    indicator = MODEL.model_validate(data).indicators[0]  # type: ignore[attr-defined]
    assert (indicator.measure, indicator.direction, indicator.compared_to, indicator.per) == (
        "level",
        None,
        None,
        None,
    )


def test_compared_to_is_not_grounded() -> None:
    # "so với cùng kỳ" at a 2023 review names 2022 without printing it.
    text = "Năm 2023 khám 900 lượt, tăng 5% so với cùng kỳ."
    data = _report(text, 10000)
    data["indicators"][0] |= {
        "value": 5,
        "unit": "%",
        "quote": "tăng 5% so với cùng kỳ",
        "per": None,
        "measure": "change",
        "direction": "increase",
        "compared_to": {"kind": "year", "year": 2022, "index": None},
    }
    verification = verify(MODEL.model_validate(data), load_document(text))
    assert not verification.ungrounded
