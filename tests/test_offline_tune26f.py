"""Round 26's misses in the reviewed, next and figures' periods and the event date (tuner
t26f), fixed as forms of the genre: each on pages written for these tests (units, places and
figures invented) in the forms the news items of figures print, and on near pages the rule
must not change."""

from __future__ import annotations

from typing import Any

from baocao import Extractor
from offline_pages import extract


def _periods(report: Any) -> dict[float, tuple[str, int | None, int | None] | None]:
    """Each indicator's period by its value, as ``(kind, year, index)`` or None."""
    return {
        float(item.value): None
        if item.period is None
        else (item.period.kind.value, item.period.year, item.period.index)
        for item in report.indicators
    }


# --- Cause 1: the figures of a page reviewed "other" without a year (an event, a news item
# that prints no period of its own: a charity check-up, a drive) are the event's, as the
# reviewed period is, not none; a stock among them ("Hiện ...") stays none ---

YEARLESS_EVENT = (
    "Khám bệnh, cấp thuốc miễn phí cho người cao tuổi xã Đồng Tâm",
    "Trong 2 ngày 14 - 15/7, Hội Y học huyện Sông Mây phối hợp với Trạm Y tế xã Đồng Tâm tổ "
    "chức khám bệnh, cấp thuốc miễn phí cho 420 người cao tuổi và gia đình chính sách.",
    "Đợt khám có 18 bác sĩ tham gia, tổng kinh phí gần 90 triệu đồng.",
    "Hiện xã có 1.250 người cao tuổi.",
)


def test_the_figures_of_a_yearless_event_are_the_events() -> None:
    report = extract(*YEARLESS_EVENT)
    assert (report.reviewed_period.kind.value, report.reviewed_period.year) == ("other", None)
    periods = _periods(report)
    assert periods[420] == ("other", None, None), periods
    assert periods[90_000_000] == ("other", None, None), periods
    assert periods[1250] is None, periods


# --- Cause 2: a page that implies the year of the period it reviews (figures set against
# "cùng kỳ năm 2030" on an undated page: the quarter is 2031's) dates its figures with that
# year too, each named implied as the reviewed period's is; under strict (printed values only)
# none takes it ---

IMPLIED_YEAR_PAGE = (
    "Thành phố Hòa Lâm: tay chân miệng tăng trong quý I",
    "Trong quý I, toàn thành phố Hòa Lâm ghi nhận 212 ca mắc tay chân miệng, tăng 38 ca so "
    "với cùng kỳ năm 2030; 17 ổ dịch sốt xuất huyết đã được xử lý.",
)


def test_the_figures_of_a_period_take_the_year_the_page_implies() -> None:
    extraction = Extractor(offline=True, cache_dir=None).extract("\n\n".join(IMPLIED_YEAR_PAGE))
    assert extraction.report is not None
    periods = _periods(extraction.report)
    assert periods[212] == ("quarter", 2031, 1), periods
    assert periods[17] == ("quarter", 2031, 1), periods
    implied = {item.path for item in extraction.verification.items if item.implied}
    assert "reviewed_period.year" in implied, implied
    assert "indicators[0].period.year" in implied, implied


def test_strict_dates_no_figure_by_an_implied_year() -> None:
    extraction = Extractor(offline=True, cache_dir=None, strict=True).extract(
        "\n\n".join(IMPLIED_YEAR_PAGE)
    )
    assert extraction.report is not None
    periods = _periods(extraction.report)
    assert periods[212] == ("quarter", None, 1), periods
    assert not any(item.implied for item in extraction.verification.items)
