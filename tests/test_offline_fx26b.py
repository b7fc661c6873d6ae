"""Fixer fx26b: what the review of tuner t26b's periods and event dates found made worse
(examples/gold/README.md, reviewed_period, next_period, event_date). Sentences written for
these tests (places, units and figures invented), with near sentences the rules must not
change."""

from __future__ import annotations

from typing import Any

import pytest

from offline_pages import extract


def _period(period: Any) -> tuple[str, int | None, int | None] | None:
    return None if period is None else (period.kind.value, period.year, period.index)


# --- Cause 1: the half of a school year ("nửa đầu năm học 2031-2032", "6 tháng đầu năm học
# ...") is no calendar half: the school year is the period (other, the year it ends).


@pytest.mark.parametrize(
    "opening",
    ["Trong nửa đầu năm học 2031-2032", "Trong 6 tháng đầu năm học 2031-2032"],
    ids=["nua-dau-nam-hoc", "sau-thang-dau-nam-hoc"],
)
def test_the_half_of_a_school_year_is_the_school_year(opening: str) -> None:
    report = extract(
        "Khám sức khỏe cho hơn 8.000 học sinh",
        f"{opening}, Trung tâm Y tế huyện Đồng Hỷ đã phối hợp với Phòng Giáo dục và Đào tạo "
        "khám sức khỏe định kỳ cho 8.240 học sinh tại 27 trường.",
    )
    assert _period(report.reviewed_period) == ("other", 2032, None)
    assert _period(report.indicators[0].period) == ("other", 2032, None)


# --- Cause 2: a span a forecast speaks of ("dự báo số ca mắc có thể tiếp tục tăng trong nửa
# cuối năm 2031") is a span to come, not the period the figures report.


@pytest.mark.parametrize(
    "half", ["nửa cuối năm 2031", "6 tháng cuối năm 2031"], ids=["nua-cuoi", "sau-thang-cuoi"]
)
def test_a_forecast_span_is_not_the_period_reported(half: str) -> None:
    report = extract(
        "Cả nước ghi nhận hơn 40.000 ca sốt xuất huyết",
        "Tính đến tuần thứ 30 năm 2031, cả nước ghi nhận 41.260 ca mắc sốt xuất huyết, 9 "
        "trường hợp tử vong.",
        f"Viện Pasteur dự báo số ca mắc có thể tiếp tục tăng trong {half} do mưa nhiều, và đề "
        "nghị các tỉnh tổ chức chiến dịch diệt lăng quăng, bọ gậy.",
    )
    assert _period(report.reviewed_period) == ("year", 2031, None)


def test_forecasting_as_a_field_of_work_keeps_its_period() -> None:
    report = extract(
        "Sáng 12/7/2031, Trung tâm Kiểm soát bệnh tật tỉnh Hà Giang tổ chức hội nghị sơ kết "
        "công tác giám sát, dự báo dịch bệnh 6 tháng đầu năm 2031. Toàn tỉnh ghi nhận 1.240 "
        "ca sốt xuất huyết."
    )
    assert _period(report.reviewed_period) == ("half_year", 2031, 1)


# --- Cause 3: after the year so far ("Từ đầu năm 2031 đến nay"), the next year printed with
# the work set for it ("Trong năm 2032, Hội tiếp tục ...") is the next period, as it is after
# a whole year.


def test_the_year_after_the_year_so_far_is_the_next_period() -> None:
    report = extract(
        "Gần 7.000 người được khám, cấp thuốc miễn phí",
        "Từ đầu năm 2031 đến nay, Hội Chữ thập đỏ tỉnh Cà Mau phối hợp với các bệnh viện tổ "
        "chức 36 đợt khám bệnh, cấp thuốc miễn phí cho 6.940 người nghèo.",
        "Trong năm 2032, Hội tiếp tục phối hợp tổ chức khám bệnh nhân đạo tại các xã ven biển.",
    )
    assert _period(report.reviewed_period) == ("other", 2031, None)
    assert _period(report.next_period) == ("year", 2032, None)


def test_the_year_so_far_names_no_next_year_unplanned() -> None:
    report = extract(
        "Gần 7.000 người được khám, cấp thuốc miễn phí",
        "Từ đầu năm 2031 đến nay, Hội Chữ thập đỏ tỉnh Cà Mau phối hợp với các bệnh viện tổ "
        "chức 36 đợt khám bệnh, cấp thuốc miễn phí cho 6.940 người nghèo.",
    )
    assert report.next_period is None


# --- Cause 4: a report someone makes at a session ("tại phiên chất vấn, ... có báo cáo giải
# trình", "có báo cáo trước Ban Thường vụ Tỉnh ủy", "tại cuộc làm việc do ... chủ trì, ... có
# báo cáo kết quả") is that session's: the lead's day is the event's, unlike a unit's written
# report given out ("đã có báo cáo tình hình ...", tests/test_offline_tune26b.py).


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "Sáng 6/12/2031, tại phiên chất vấn, Giám đốc Sở Y tế tỉnh Thái Bình Vũ Văn An có "
            "báo cáo giải trình về tình trạng thiếu thuốc tại các bệnh viện. Năm 2031 có 46 "
            "mặt hàng thuốc bị thiếu cục bộ.",
            "2031-12-06",
        ),
        (
            "Sáng 9/1/2032, Giám đốc Sở Y tế tỉnh Hòa Bình Nguyễn Thị Lan có báo cáo trước Ban "
            "Thường vụ Tỉnh ủy về kết quả công tác y tế năm 2031. Các cơ sở y tế đã khám cho "
            "1.520.000 lượt người.",
            "2032-01-09",
        ),
        (
            "Chiều 15/10/2031, tại cuộc làm việc do Phó Chủ tịch UBND tỉnh Ninh Thuận chủ trì, "
            "Giám đốc Sở Y tế có báo cáo kết quả công tác y tế 9 tháng năm 2031. Các bệnh viện "
            "đã khám cho 812.000 lượt người.",
            "2031-10-15",
        ),
    ],
    ids=["phien-chat-van", "bao-cao-truoc-ban-thuong-vu", "cuoc-lam-viec"],
)
def test_a_report_made_at_a_session_keeps_its_day(lead: str, day: str) -> None:
    assert str(extract(lead).event_date) == day


def test_a_report_sent_before_a_deadline_is_still_given_out() -> None:
    report = extract(
        "Ngày 6/2/2032, Sở Y tế tỉnh Hòa Bình đã gửi báo cáo trước ngày 10/2 về tình hình "
        "khám, chữa bệnh trong dịp Tết. Các bệnh viện đã cấp cứu cho 1.320 người."
    )
    assert report.event_date is None
