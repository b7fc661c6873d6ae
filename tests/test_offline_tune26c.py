"""Rounds 24-25's misses in the indicators (tuner t26c), fixed as forms of the genre: each on
pages written for these tests (units, places and figures invented) in the forms the genre
prints, and on near pages the rule must not change."""

from __future__ import annotations

import pytest

from offline_pages import extract

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
