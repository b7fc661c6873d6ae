"""Reviewed and next periods of the offline rules, mended after review rv21c: a slug's plan or
base period, a part named in a sentence that plans nothing, a year's own budget or population
as a comparison base (examples/gold/README.md, reviewed_period / next_period): sentences
written for these tests."""

from __future__ import annotations

import pytest

from offline_pages import extract

GENERIC = (
    "Thời gian qua, trung tâm khám cho 51.240 lượt người, điều trị nội trú 4.870 lượt. "
    "Giám đốc yêu cầu các khoa hoàn thành chỉ tiêu được giao."
)


# A slug's period after a word that plans or compares, or one that starts or ends a span, is
# not the period reviewed: nothing is read from it (the event's day stays yearless).
@pytest.mark.parametrize(
    ("slug", "lead"),
    [
        (
            "trien-khai-nhiem-vu-quy-ii-2031",
            "Ngày 8/4, Sở Y tế tổ chức giao ban đánh giá kết quả công tác 3 tháng qua.",
        ),
        (
            "tong-ket-nam-2030-va-trien-khai-ke-hoach-quy-1-2031",
            "Chiều 6/1, trung tâm tổ chức hội nghị tổng kết công tác.",
        ),
        (
            "giao-ban-va-trien-khai-ke-hoach-thang-11-2031",
            "Sáng 4/11, trung tâm tổ chức giao ban, đánh giá kết quả hoạt động thời gian qua.",
        ),
        (
            "so-ca-sot-xuat-huyet-tang-gap-doi-so-voi-6-thang-dau-nam-2030",
            "Từ đầu năm đến nay toàn tỉnh ghi nhận 3.210 ca sốt xuất huyết, tăng gấp đôi so "
            "với cùng kỳ.",
        ),
        (
            "tu-thang-7-2031-tram-y-te-xa-hoat-dong-theo-mo-hinh-moi",
            "Theo Sở Y tế, toàn tỉnh có 86 trạm y tế xã, phường.",
        ),
    ],
)
def test_a_slug_s_plan_base_or_start_period_is_not_reviewed(slug: str, lead: str) -> None:
    report = extract(lead, GENERIC, url=f"https://ttyt.example.vn/tin-tuc/{slug}.html")
    period = report.reviewed_period
    assert (period.kind.value, period.year) == ("other", None)
    assert report.event_date is None or report.event_date.year != 2032


def test_a_slug_s_first_half_reviewed_with_the_second_planned_is_the_first_half() -> None:
    report = extract(
        "Sáng 12/7, Trung tâm Y tế huyện tổ chức hội nghị sơ kết công tác y tế.",
        GENERIC,
        url="https://ttyt.example.vn/tin-tuc/so-ket-6-thang-dau-nam-va-trien-khai-nhiem-vu-"
        "6-thang-cuoi-nam-2031.html",
    )
    period = report.reviewed_period
    assert (period.kind.value, period.year, period.index) == ("half_year", 2031, 1)
    assert report.event_date is not None and report.event_date.isoformat() == "2031-07-12"
