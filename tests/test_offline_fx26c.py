"""The regressions a review found in tune26c's rules (fixer fx26c), each on pages written in the
genre's forms (units, places and figures invented): "TH" is trường hợp outside a table's
header of months; a table row that names a place or a unit takes its column's unit, or none;
opening hours are no row of figures; "tích lũy" is a running total only as a total of cases;
"từ đầu năm YYYY đến nay" is the reviewed period so far, or a total since an earlier year."""

from __future__ import annotations

from typing import Any

import pytest

from offline_pages import extract
from offline_pages import figure_periods as _periods


def _figures(*page: str) -> list[tuple[float, str]]:
    return [(float(item.value), item.unit) for item in extract(*page).indicators]


# --- Cause 1: "TH" (trường hợp) is a count; only "th/2030", "th đầu 2031" in a table's header
# are months -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "Quý I, Trung tâm ghi nhận 28 TH mắc sốt xuất huyết, 9 TH tay chân miệng, 1 TH "
            "nghi sởi.",
            [28, 9, 1],
        ),
        ("Trong 6 tháng, Trung tâm tiếp nhận 3 TH nghi mắc COVID-19, đều âm tính.", [3]),
        ("Số TH tai nạn giao thông là 41 TH, tai nạn sinh hoạt 52 TH.", [41, 52]),
    ],
    ids=["cases-listed", "suspected", "accidents"],
)
def test_th_counts_cases(sentence: str, values: list[float]) -> None:
    figures = _figures("Trung tâm Y tế huyện Sông Mây sơ kết 6 tháng đầu năm 2031", sentence)
    assert all((value, "TH") in figures for value in values), figures


def test_a_header_of_months_abbreviated_is_still_no_figure() -> None:
    page = (
        "Trung tâm Y tế huyện Sông Mây sơ kết 6 tháng đầu năm 2031",
        "Chỉ tiêu",
        "6 th/2030",
        "6 th đầu 2031",
        "Số TH mắc sốt xuất huyết",
        "215",
        "148",
        "Số TH mắc tay chân miệng",
        "36",
        "52",
    )
    figures = _figures(*page)
    assert not [value for value, _ in figures if value == 6], figures
    assert (148.0, "trường hợp") in figures, figures


# --- Cause 2: a row label that names a place or a unit says where, not what is counted ---------

PLACE_ROWS = (
    "Trung tâm Y tế huyện Sông Mây sơ kết tiêm chủng 6 tháng đầu năm 2031",
    "Kết quả theo từng xã như sau:",
    "Xã Hòa Lạc",
    "120",
    "62",
    "51,7%",
    "Thị trấn Sông Mây",
    "210",
    "108",
    "51,4%",
)

HOSPITAL_ROWS_UNDER_HEADERS = (
    "Sở Y tế tỉnh Bình Sơn tổng kết công tác năm 2031",
    "Kết quả khám chữa bệnh tại các bệnh viện tuyến tỉnh năm 2031:",
    "Đơn vị",
    "Số lượt khám",
    "Số BN nội trú",
    "BV Đa khoa tỉnh",
    "412.000",
    "58.300",
    "PK Đa khoa khu vực Tây Sơn",
    "51.200",
    "3.100",
)

DEPARTMENT_ROWS = (
    "Trung tâm Y tế huyện Sông Mây: giường bệnh theo khoa",
    "Số giường kế hoạch và thực kê theo khoa:",
    "Khoa Nội tổng hợp",
    "60",
    "78",
    "Khoa Nhi",
    "40",
    "52",
)


@pytest.mark.parametrize(
    "page", [PLACE_ROWS, HOSPITAL_ROWS_UNDER_HEADERS, DEPARTMENT_ROWS], ids=["xa", "bv", "khoa"]
)
def test_a_row_that_names_a_place_counts_no_place(page: tuple[str, ...]) -> None:
    units = {unit for _, unit in _figures(*page)}
    assert not units & {"xã", "thị trấn", "bệnh viện", "phòng khám", "khoa"}, units


def test_a_row_that_names_a_unit_counts_what_its_column_heads() -> None:
    report: Any = extract(*HOSPITAL_ROWS_UNDER_HEADERS)
    found = {(float(item.value), item.unit, item.label) for item in report.indicators}
    assert (412000.0, "lượt", "số lượt khám BV Đa khoa tỉnh") in found, found
    assert (3100.0, "bệnh nhân", "số BN nội trú PK Đa khoa khu vực Tây Sơn") in found, found


def test_a_row_label_keeps_its_abbreviation() -> None:
    page = (
        "Sở Y tế tỉnh Bình Sơn tổng kết công tác năm 2031",
        "Chỉ tiêu",
        "Kế hoạch",
        "Thực hiện",
        "BN điều trị nội trú",
        "3.100",
        "3.420",
        "GB thực kê",
        "150",
        "168",
    )
    labels = {float(item.value): item.label for item in extract(*page).indicators}
    assert labels[3420] == "BN điều trị nội trú", labels


# --- Cause 3: opening hours are no row of figures ----------------------------------------------


def test_opening_hours_are_no_figures() -> None:
    page = (
        "Phòng khám Đa khoa khu vực Sông Mây",
        "Năm 2031, phòng khám khám cho 21.600 lượt người.",
        "Số điện thoại",
        "0259.3854.225",
        "0259.3854.226",
        "Giờ làm việc",
        "7",
        "17",
    )
    values = [value for value, _ in _figures(*page)]
    assert 21600.0 in values, values
    assert not {7.0, 17.0} & set(values), values


# --- Cause 4: "tích lũy" as saving or gaining is no running total ------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Năm 2031, bệnh viện tích lũy được 12 tỷ đồng từ nguồn chênh lệch thu chi để đầu tư "
            "trang thiết bị.",
            12e9,
        ),
        (
            "Năm 2031, nhờ kinh nghiệm tích lũy, các kíp mổ của bệnh viện đã thực hiện 1.460 "
            "ca phẫu thuật nội soi.",
            1460,
        ),
    ],
    ids=["savings", "experience"],
)
def test_tich_luy_as_saving_keeps_the_period(sentence: str, value: float) -> None:
    periods = _periods("Bệnh viện Đa khoa huyện Sông Mây tổng kết công tác năm 2031", sentence)
    assert periods[value] == ("year", 2031), periods


def test_a_running_total_placed_after_tich_luy_is_still_a_stock() -> None:
    periods = _periods(
        "Trung tâm Kiểm soát bệnh tật tỉnh Bình Sơn sơ kết 6 tháng đầu năm 2031",
        "Số người nhiễm HIV tích lũy trên địa bàn là 1.186 người, số tử vong tích lũy là "
        "512 người.",
    )
    assert periods[1186] is None, periods
    assert periods[512] is None, periods


# --- Cause 5: "từ đầu năm YYYY đến nay" -------------------------------------------------------


def test_the_year_so_far_since_an_earlier_year_is_a_total() -> None:
    periods = _periods(
        "Sở Y tế tỉnh Bình Sơn tổng kết công tác năm 2031",
        "Năm 2031, toàn tỉnh ghi nhận 812 ca sốt xuất huyết.",
        "Từ đầu năm 2029 đến nay, tỉnh đã đầu tư xây mới 32 trạm y tế xã.",
    )
    assert periods[812] == ("year", 2031), periods
    assert periods[32] is None, periods


@pytest.mark.parametrize(
    ("heading", "period"),
    [
        ("Sở Y tế tỉnh Bình Sơn sơ kết 6 tháng đầu năm 2031", ("half_year", 2031)),
        ("Sở Y tế tỉnh Bình Sơn sơ kết 9 tháng năm 2031", ("nine_months", 2031)),
        ("Sở Y tế tỉnh Bình Sơn tổng kết công tác năm 2031", ("other", 2031)),
    ],
    ids=["half-year", "nine-months", "year"],
)
def test_the_reviewed_year_so_far_is_the_reviewed_period(
    heading: str, period: tuple[str, int]
) -> None:
    periods = _periods(
        heading, "Từ đầu năm 2031 đến nay, toàn tỉnh ghi nhận 56 ca mắc tay chân miệng."
    )
    assert periods[56] == period, periods
