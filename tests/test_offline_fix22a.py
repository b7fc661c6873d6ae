"""Fixer fx22a's mends of tuner t22a's period rules (examples/gold/README.md, reviewed_period /
next_period), from review rv22a: sentences written for these tests (places, units and figures
invented), each in the form of a reviewer's article the tuned rules got worse or left wrong."""

from __future__ import annotations

import pytest

from offline_pages import report_periods

# --- The day of a date spelled out is no count of months -----------------------------------------
# "Ngày 9 tháng 9 năm 2033", "Ngày 09 tháng 10": a one-digit day before "tháng" and a month.


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 9 tháng 9 năm 2033, Trung tâm Y tế huyện tổ chức khám sàng lọc cho 380 phụ nữ.",
        "Ngày 09 tháng 10 năm 2033, Trung tâm Y tế huyện tổ chức khám sàng lọc cho 380 phụ nữ.",
    ],
    ids=["ngay-9-thang-9", "ngay-09-thang-10"],
)
def test_a_one_digit_day_before_thang_is_no_count_of_months(lead: str) -> None:
    assert report_periods("Trung tâm Y tế huyện khám sàng lọc", lead)[0][0] != "nine_months"
