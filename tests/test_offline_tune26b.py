"""Tuner t26b's fixes of the reviewed period (examples/gold/README.md, reviewed_period): the
forms news items of figures print for the span they report. Sentences written for these
tests (places, units and figures invented), with near sentences the rules must not change."""

from __future__ import annotations

from typing import Any

import pytest

from offline_pages import extract


def _period(report: Any) -> tuple[str, int | None, int | None]:
    period = report.reviewed_period
    return period.kind.value, period.year, period.index


# --- Cause 1: a running total from the start of a year or a month ("từ đầu năm 2031 đến nay",
# "Tích lũy từ đầu năm 2031", "Từ đầu tháng 8 đến nay") is the span so far (other, of the year
# it ends), not the whole year nor that one month.


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Theo Cục Y tế dự phòng, từ đầu năm 2031 đến nay, cả nước ghi nhận hơn 41.000 "
                "ca mắc tay chân miệng, tăng 12% so với cùng kỳ, có 3 trường hợp tử vong.",
            ),
            ("other", 2031, None),
        ),
        (
            (
                "Tích lũy từ đầu năm 2031, toàn quốc ghi nhận 15.320 trường hợp mắc sởi tại 48 "
                "tỉnh, thành phố.",
                "Cùng thời gian này có 2.110 ca mắc sốt xuất huyết.",
            ),
            ("other", 2031, None),
        ),
        (
            (
                "Trung tâm Kiểm soát bệnh tật tỉnh Hòa Bình cho biết, từ đầu tháng 6/2031 đến "
                "nay, các đội lưu động đã khám sàng lọc cho 2.460 người cao tuổi, phát hiện "
                "318 người tăng huyết áp.",
            ),
            ("other", 2031, None),
        ),
    ],
    ids=["tu-dau-nam-den-nay", "tich-luy-tu-dau-nam", "tu-dau-thang-den-nay"],
)
def test_a_running_total_from_a_start_is_the_span_so_far(
    paragraphs: tuple[str, ...], expected: tuple[str, int | None, int | None]
) -> None:
    assert _period(extract(*paragraphs)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Năm 2031, toàn tỉnh đã khám sàng lọc cho 2.460 người cao tuổi, phát hiện 318 "
                "người tăng huyết áp.",
            ),
            ("year", 2031, None),
        ),
        (
            (
                "Trong tháng 6/2031, các đội lưu động đã khám sàng lọc cho 2.460 người cao "
                "tuổi, phát hiện 318 người tăng huyết áp.",
            ),
            ("month", 2031, 6),
        ),
    ],
    ids=["nam", "trong-thang"],
)
def test_a_whole_year_or_month_stays_itself(
    paragraphs: tuple[str, ...], expected: tuple[str, int | None, int | None]
) -> None:
    assert _period(extract(*paragraphs)) == expected


# --- Cause 2: the holiday figures are set against ("so với cùng ngày Tết Tân Hợi 2031", "so
# với Tết Tân hợi 2031", its year after the lunar name with no "năm") is no period reported:
# the Tết reported is.


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Các cơ sở khám chữa bệnh trên toàn quốc đã khám, cấp cứu cho 41.200 người, giảm "
            "8,5% so với cùng ngày Tết Tân Hợi 2031.",
            "Trong ngày mùng 1 Tết Nguyên đán Nhâm Tý 2032, có 3.950 ca cấp cứu do tai nạn giao "
            "thông, tăng 2% so với cùng ngày Tết Tân Hợi 2031.",
        ),
        (
            "Ngày 3/2/2032, Sở Y tế báo cáo: trong dịp Tết Nhâm Tý, các bệnh viện đã tiếp nhận "
            "1.520 ca cấp cứu, tăng 6% so với Tết Tân hợi 2031.",
        ),
    ],
    ids=["so-voi-cung-ngay-tet", "so-voi-tet-ten-am-lich"],
)
def test_a_compared_holiday_is_not_the_period_reported(paragraphs: tuple[str, ...]) -> None:
    assert _period(extract(*paragraphs)) == ("other", 2032, None)


def test_a_year_compared_with_the_year_before_stays_the_year() -> None:
    report = extract(
        "Năm 2031, toàn tỉnh ghi nhận 1.520 ca cấp cứu do tai nạn giao thông, tăng 6% so với "
        "năm 2030."
    )
    assert _period(report) == ("year", 2031, None)


# --- Cause 3: a half-year in words ("nửa đầu năm", "nửa cuối năm 2031") is the half, for
# the page and for its figures, as "6 tháng đầu năm" is; half a month is no half-year.


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Trong nửa đầu năm 2031, toàn tỉnh có 1.240.000 lượt người khám chữa bệnh bảo "
                "hiểm y tế, tăng 7,2% so với cùng kỳ năm trước.",
            ),
            ("half_year", 2031, 1),
        ),
        (
            ("Nửa cuối năm 2031, các trạm y tế xã đã tiêm vắc xin cho 18.400 trẻ.",),
            ("half_year", 2031, 2),
        ),
        (
            ("Trong nửa đầu tháng 3/2031, các trạm y tế xã đã tiêm vắc xin cho 18.400 trẻ.",),
            ("month", 2031, 3),
        ),
    ],
    ids=["nua-dau-nam", "nua-cuoi-nam", "nua-dau-thang"],
)
def test_a_half_year_in_words_is_the_half(
    paragraphs: tuple[str, ...], expected: tuple[str, int | None, int | None]
) -> None:
    report = extract(*paragraphs)
    assert _period(report) == expected
    figure = report.indicators[0].period
    assert (figure.kind.value, figure.year, figure.index) == expected


# --- Cause 4: a period printed without its year, counted to a day of its last month that
# prints the year ("trong tháng 5 (tính đến ngày 24.5.2031)", "tính đến hết ngày 30/6/2031"):
# that day's year, as "đến hết tháng 6-2031" gives it.


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Cụ thể, trong tháng 5 (tính đến ngày 24.5.2031), toàn tỉnh ghi nhận 212 ca sốt "
                "xuất huyết, tăng 40 ca so với tháng trước.",
            ),
            ("month", 2031, 5),
        ),
        (
            (
                "Trong 6 tháng đầu năm, tính đến hết ngày 30/6/2031, các bệnh viện đã khám cho "
                "412.000 lượt người.",
            ),
            ("half_year", 2031, 1),
        ),
    ],
    ids=["thang-tinh-den-ngay", "sau-thang-den-het-ngay"],
)
def test_a_yearless_period_counted_to_a_dated_day_takes_its_year(
    paragraphs: tuple[str, ...], expected: tuple[str, int | None, int | None]
) -> None:
    assert _period(extract(*paragraphs)) == expected


# --- Cause 5: a dated lead in which a unit gives out its written report ("đã có báo cáo tình
# hình ...", "đã gửi báo cáo lên Chính phủ"): the day of a report is no event (event_date
# null), unlike a meeting at which someone reports.


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 6/2/2032, Sở Y tế tỉnh Hòa Bình đã có báo cáo tình hình khám, chữa bệnh trong dịp "
        "Tết Nguyên đán Nhâm Tý 2032. Các bệnh viện đã cấp cứu cho 1.320 người, trong đó có 214 "
        "ca do tai nạn giao thông.",
        "Ngày 6/2/2032, Bộ trưởng Bộ Y tế đã gửi báo cáo lên Chính phủ về công tác y tế dịp Tết "
        "Nguyên đán Nhâm Tý 2032. Cả nước có 18.200 ca cấp cứu.",
    ],
    ids=["co-bao-cao", "gui-bao-cao"],
)
def test_the_day_a_report_is_given_is_no_event(lead: str) -> None:
    report = extract(lead)
    assert report.event_date is None
    assert report.meeting_kind.value == "other"


def test_a_meeting_at_which_someone_reports_keeps_its_day() -> None:
    report = extract(
        "Ngày 6/2/2032, Sở Y tế tỉnh Hòa Bình tổ chức hội nghị giao ban tháng 1/2032, tại đây, "
        "bà Lê Thị Hoa có báo cáo kết quả công tác khám, chữa bệnh. Các bệnh viện đã khám cho "
        "41.300 lượt người."
    )
    assert str(report.event_date) == "2032-02-06"
