"""Rounds 24-25's misses in the indicators (tuner t26c), fixed as forms of the genre: each on
pages written for these tests (units, places and figures invented) in the forms the genre
prints, and on near pages the rule must not change."""

from __future__ import annotations

import pytest

from offline_pages import extract
from offline_pages import figure_periods as _periods

# --- Cause 1: a table printed flattened, one cell per line (a report's "Chỉ tiêu / Kế hoạch /
# Thực hiện / Tỷ lệ" table as a page stores it): each row is its label and its figure cells in
# the columns' order; a bare cell counts what the label names, the row numbers are no figures --

PLAN_TABLE = (
    "Trung tâm Y tế huyện Sông Mây sơ kết công tác 6 tháng đầu năm 2031",
    "Kết quả thực hiện một số chỉ tiêu chuyên môn 6 tháng đầu năm 2031 như sau:",
    "TT",
    "Chỉ tiêu",
    "Kế hoạch",
    "Thực hiện",
    "Tỷ lệ",
    "1",
    "Số lượt khám bệnh",
    "24.000",
    "12.650",
    "52,7%",
    "2",
    "Tổng số BN điều trị nội trú",
    "3.100",
    "1.720",
    "55,5%",
    "3",
    "Số ca phẫu thuật",
    "940",
    "418",
    "44,5%",
)

PLACE_TABLE = (
    "Trạm Y tế xã Hòa Lạc báo cáo công tác dân số quý III năm 2031",
    "Kết quả một số chỉ tiêu quý III năm 2031:",
    "Tên chỉ tiêu",
    "Toàn xã",
    "Thôn Đông",
    "Thôn Tây",
    "Số trẻ sinh ra",
    "47",
    "26",
    "21",
    "Số phụ nữ đặt vòng tránh thai",
    "38",
    "17",
    "11",
)


def _figures(*page: str) -> list[tuple[float, str]]:
    return [(float(item.value), item.unit) for item in extract(*page).indicators]


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (
            PLAN_TABLE,
            [
                (24000, "lượt"),
                (12650, "lượt"),
                (52.7, "%"),
                (3100, "bệnh nhân"),
                (1720, "bệnh nhân"),
                (940, "ca"),
                (418, "ca"),
            ],
        ),
        (PLACE_TABLE, [(47, "trẻ"), (26, "trẻ"), (21, "trẻ"), (38, "phụ nữ"), (17, "phụ nữ")]),
    ],
    ids=["plan-done-share", "columns-of-places"],
)
def test_a_flattened_table_reads_every_cell_of_a_row(
    page: tuple[str, ...], kept: list[tuple[float, str]]
) -> None:
    figures = _figures(*page)
    assert all(figure in figures for figure in kept), figures


def test_a_flattened_table_reads_no_row_number() -> None:
    values = [value for value, _ in _figures(*PLAN_TABLE)]
    assert not {1.0, 2.0, 3.0} & set(values), values


def test_a_table_cell_takes_its_row_label() -> None:
    labels = {float(item.value): item.label for item in extract(*PLAN_TABLE).indicators}
    assert labels[1720] == "tổng số BN điều trị nội trú"


def test_a_column_headed_by_an_abbreviated_half_year_is_no_figure() -> None:
    page = (
        "Bệnh viện Đa khoa huyện Sông Mây sơ kết 6 tháng đầu năm 2031",
        "Chỉ tiêu",
        "6 th/2030",
        "6 th/2031",
        "Số lượt khám bệnh",
        "11.900",
        "12.650",
        "Số lượt điều trị nội trú",
        "1.540",
        "1.720",
    )
    values = [value for value, _ in _figures(*page)]
    assert 6.0 not in values, values
    assert {11900.0, 12650.0, 1540.0, 1720.0} <= set(values), values


# --- Cause 2: the year so far named with its year ("Từ đầu năm 2031 đến nay, ..."): that
# year so far (other), not a stock for want of a bare "từ đầu năm đến nay" ----------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Theo Sở Y tế, từ đầu năm 2031 đến nay, toàn tỉnh ghi nhận 2.340 ca mắc sốt xuất huyết, "
        "tăng 2 lần so với cùng kỳ năm 2030, trong đó có 3 ca tử vong.",
        "Từ đầu năm 2031 đến nay, toàn tỉnh ghi nhận 2.340 ca mắc sốt xuất huyết, trong đó có "
        "3 ca tử vong.",
    ],
    ids=["after-a-source", "opening"],
)
def test_the_year_so_far_named_with_its_year(lead: str) -> None:
    periods = _periods("Sốt xuất huyết gia tăng tại tỉnh Bình Sơn", lead)
    assert periods[2340] == ("other", 2031), periods
    assert periods[3] == ("other", 2031), periods


def test_the_year_so_far_bounded_by_a_date_keeps_its_rule() -> None:
    periods = _periods(
        "Sở Y tế tỉnh Bình Sơn sơ kết 6 tháng đầu năm 2031",
        "Từ đầu năm 2031 đến ngày 30/6, toàn tỉnh ghi nhận 2.340 ca mắc sốt xuất huyết.",
    )
    assert periods[2340] == ("half_year", 2031), periods


# --- Cause 3: a total since the epidemic began ("tích lũy", "lũy tích", "từ đầu dịch") is a
# stock: no period, as "đến nay" ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tính đến ngày 30/9/2031, số người nhiễm HIV tích lũy được báo cáo trên toàn tỉnh là "
        "2.415 người, trong đó có 812 trường hợp đã tử vong.",
        "Lũy tích số người nhiễm HIV trên địa bàn tỉnh là 2.415 người, trong đó có 812 trường "
        "hợp đã tử vong.",
        "Tổng số ca mắc COVID-19 từ đầu dịch là 2.415 ca, trong đó có 812 ca điều trị tại nhà.",
    ],
    ids=["tich-luy", "luy-tich", "tu-dau-dich"],
)
def test_a_total_since_the_epidemic_began_has_no_period(sentence: str) -> None:
    periods = _periods(
        "Trung tâm Kiểm soát bệnh tật tỉnh Bình Sơn sơ kết 9 tháng năm 2031",
        "Trong 9 tháng năm 2031, toàn tỉnh phát hiện 64 người nhiễm HIV mới.",
        sentence,
    )
    assert periods[2415] is None, periods
    assert periods[812] is None, periods
    assert periods[64] == ("nine_months", 2031), periods


def test_accumulated_over_a_named_span_keeps_the_span() -> None:
    periods = _periods(
        "Tỉnh Bình Sơn tiêm chủng mở rộng 7 tháng năm 2031",
        "Tỷ lệ tiêm chủng đầy đủ tích lũy trong 7 tháng đầu năm 2031 đạt 58,5%.",
    )
    assert periods[58.5] is not None, periods
