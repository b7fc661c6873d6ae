"""Fixes after review rv23a of the reviewed-period change t23a: a sentence opening on "Sáu
tháng, ..." that states how often something is done (not the first half), and the period a
figure's own sentence names without a year on a page that prints none. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from offline_pages import extract


def _period(period: Any) -> tuple[str, int | None, int | None] | None:
    if period is None:
        return None
    return period.kind.value, period.year, period.index


def _figure_periods(report: Any) -> dict[float, tuple[str, int | None, int | None] | None]:
    return {float(item.value): _period(item.period) for item in report.indicators}


# "Sáu tháng, ..." opening a sentence that states how often (every six months: "... một lần",
# "mỗi trẻ ... ít nhất 2 lần"): a schedule, not the first half's work.
FREQUENCIES = [
    "Sáu tháng, trạm cân đo theo dõi tăng trưởng cho trẻ dưới 5 tuổi một lần.",
    "6 tháng, mỗi trẻ được cân đo theo dõi tăng trưởng ít nhất 2 lần.",
    "Sáu tháng, mỗi xã phải tổ chức tối thiểu 1 lần kiểm tra chéo.",
    "6 tháng, các trạm y tế báo cáo tình hình suy dinh dưỡng về Trung tâm 1 lần.",
]


@pytest.mark.parametrize("schedule", FREQUENCIES)
def test_six_months_stating_how_often_is_no_half_year_reviewed(schedule: str) -> None:
    report = extract(
        "Trạm Y tế xã Hòa Bình cân đo cho trẻ",
        "Ngày 14/9/2031, Trạm Y tế xã Hòa Bình (huyện Vũ Thư, Thái Bình) tổ chức cân đo, "
        "uống vitamin A cho trẻ dưới 5 tuổi.",
        schedule,
        "Đợt này có 410 trẻ được cân đo, 37 trẻ bị suy dinh dưỡng.",
    )
    assert _period(report.reviewed_period) == ("other", 2031, None)
    figures = _figure_periods(report)
    assert figures[410] != ("half_year", 2031, 1)
    assert figures[37] != ("half_year", 2031, 1)


@pytest.mark.parametrize(
    "schedule",
    [
        "Sáu tháng, mỗi người bệnh được xét nghiệm chức năng gan ít nhất 2 lần.",
        "6 tháng, mỗi bệnh nhân được chụp X-quang phổi kiểm tra tối thiểu 2 lần.",
    ],
)
def test_a_figure_in_a_six_monthly_schedule_keeps_the_year_reviewed(schedule: str) -> None:
    report = extract(
        "Trung tâm Y tế huyện Hoài Ân tổng kết chương trình phòng chống lao",
        "Ngày 18/3/2032, Trung tâm Y tế huyện Hoài Ân (Bình Định) tổ chức hội nghị tổng kết "
        "chương trình phòng chống lao năm 2031.",
        "Năm 2031, Trung tâm phát hiện 142 bệnh nhân lao các thể.",
        schedule,
    )
    assert _period(report.reviewed_period) == ("year", 2031, None)
    assert _figure_periods(report).get(2) in (None, ("year", 2031, None))


# "6 tháng, ..." opening a sentence of the first half's work stays the first half, "mỗi" or a
# count of times later in it notwithstanding.
@pytest.mark.parametrize(
    "work",
    [
        "6 tháng, toàn tỉnh khám cho 1,2 triệu lượt người, bình quân mỗi ngày 6.600 lượt.",
        "Sáu tháng, mỗi ngày Bệnh viện tiếp nhận khoảng 1.500 lượt người bệnh.",
        "6 tháng, các trạm tổ chức 2 lần ra quân diệt lăng quăng, thu gom 12 tấn phế thải.",
        "Sáu tháng, toàn tỉnh tiêm chủng cho 12.000 trẻ, đạt 48% kế hoạch.",
    ],
)
def test_six_months_opening_a_half_year_s_work_stays_the_first_half(work: str) -> None:
    report = extract(
        "Sơ kết công tác y tế",
        "Ngày 11/7/2031, Sở Y tế tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác y tế.",
        work,
    )
    assert _period(report.reviewed_period) == ("half_year", 2031, 1)


# An undated page reporting the year so far ("Từ đầu năm đến nay, ...") reviews "other"; a
# later sentence's own part of it, printed without a year ("Trong tháng 5, ..."), is still
# the period of that sentence's figures (its year unknown).
@pytest.mark.parametrize(
    ("item", "value", "period"),
    [
        (
            "Trong tháng 5, Chi cục đã tổ chức 26 buổi truyền thông tại các chợ đầu mối.",
            26,
            ("month", None, 5),
        ),
        (
            "Riêng trong tháng 9, Trung tâm đã tổ chức 14 buổi nói chuyện chuyên đề.",
            14,
            ("month", None, 9),
        ),
        (
            "Trong quý II, các trạm y tế đã phun hóa chất diệt muỗi cho 7.400 hộ.",
            7400,
            ("quarter", None, 2),
        ),
    ],
)
def test_a_part_named_after_the_year_so_far_keeps_its_figures_period(
    item: str, value: float, period: tuple[str, None, int]
) -> None:
    report = extract(
        "Chi cục tăng cường kiểm tra an toàn thực phẩm",
        "Từ đầu năm đến nay, Chi cục An toàn vệ sinh thực phẩm tỉnh Hà Tĩnh đã kiểm tra "
        "1.640 cơ sở sản xuất, kinh doanh thực phẩm.",
        item,
        "Số cơ sở vi phạm bị xử phạt là 95 cơ sở.",
    )
    assert _period(report.reviewed_period) == ("other", None, None)
    figures = _figure_periods(report)
    assert figures[value] == period
    # a figure whose sentence names no period: the reviewed "other", its year unknown (as the
    # golds read a news item's figures; tune26f)
    assert figures[95] == ("other", None, None)


def test_a_part_named_alone_on_an_undated_page_stays_the_period() -> None:
    report = extract(
        "Chi cục tăng cường kiểm tra an toàn thực phẩm",
        "Trong tháng 5, Chi cục đã tổ chức 26 buổi truyền thông tại các chợ đầu mối.",
        "Số cơ sở vi phạm bị xử phạt là 95 cơ sở.",
    )
    assert _period(report.reviewed_period) == ("month", None, 5)
    figures = _figure_periods(report)
    assert figures[26] == ("month", None, 5)
    assert figures[95] == ("month", None, 5)


# The year so far, its year printed, counted to a month ("từ đầu năm 2031 đến tháng 10 năm
# 2031"): the running total of that year (other), not October's work.
@pytest.mark.parametrize(
    "running",
    [
        "Từ đầu năm 2031 đến tháng 10 năm 2031, toàn tỉnh đã tiêm 812.000 liều vắc xin.",
        "Tính từ đầu năm 2031 đến tháng 10/2031, toàn tỉnh đã tiêm 812.000 liều vắc xin.",
        "Từ đầu năm 2031 tới tháng 10-2031, toàn tỉnh đã tiêm 812.000 liều vắc xin.",
    ],
)
def test_the_year_so_far_with_its_year_to_a_month_is_a_running_total(running: str) -> None:
    report = extract("Tiêm chủng vắc xin phòng COVID-19", running)
    assert _figure_periods(report)[812000] == ("other", 2031, None)


def test_a_month_after_a_year_so_far_s_own_sentence_stays_the_month() -> None:
    report = extract(
        "Tiêm chủng vắc xin phòng COVID-19",
        "Từ đầu năm 2031 đến nay, toàn tỉnh đã tiêm 812.000 liều vắc xin. Trong tháng 10/2031, "
        "toàn tỉnh tiêm 64.000 liều.",
    )
    assert _figure_periods(report)[64000] == ("month", 2031, 10)


# "6 tháng, ..." opening a sentence that gives an age, a course's length or a schedule, with no
# work done or found in its clause, is no half-year, even on a page of a year's figures
# (review rv23e, b04).
@pytest.mark.parametrize(
    "sentence",
    [
        "6 tháng, trẻ bắt đầu được cho ăn dặm theo hướng dẫn của nhân viên y tế thôn.",
        "Sáu tháng, người bệnh phải uống thuốc đều đặn hằng ngày dưới sự theo dõi của trạm.",
        "6 tháng, trẻ được uống vitamin A một liều theo chương trình quốc gia.",
    ],
)
def test_six_months_as_an_age_or_a_course_is_no_half_year(sentence: str) -> None:
    report = extract(
        "Trạm y tế xã Hòa Bình làm tốt công tác chăm sóc trẻ em",
        "Năm 2034, Trạm y tế xã Hòa Bình đã khám cho 2.310 lượt trẻ em dưới 5 tuổi. " + sentence,
    )
    assert _period(report.reviewed_period)[:2] == ("year", 2034)
