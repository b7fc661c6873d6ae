"""The terms of an association's congress (baocao.offline.terms): sentences written here."""

from __future__ import annotations

from baocao.offline.enums import PeriodKind
from baocao.offline.terms import CongressPeriods, congress_periods
from baocao.offline.text import Span


def _other(year: int | None) -> dict[str, object]:
    return {"kind": PeriodKind.OTHER, "year": year, "index": None}


def _terms(reviewed: int | None, upcoming: int | None, opens: int | None) -> CongressPeriods:
    """Each term dated by the year it ends; ``opens``: the year the new term opens in."""
    return CongressPeriods(_other(reviewed), None if upcoming is None else _other(upcoming), opens)


def _anywhere(text: str) -> CongressPeriods | None:
    """The congress periods with the whole text as the article's own span."""
    return congress_periods(text, [Span(0, len(text))])


def test_congress_held_outside_the_own_spans_is_not_the_articles() -> None:
    lead = "Ngày 5/1/2024, Bệnh viện huyện Đồng Phú tổng kết công tác năm 2023."
    text = f"{lead}\nTrong năm, Công đoàn Bệnh viện tổ chức Đại hội lần thứ IV, nhiệm kỳ 2023-2028."
    assert congress_periods(text, [Span(0, len(lead))]) is None
    assert congress_periods(text, [Span(len(lead), len(text))]) == _terms(2023, 2028, 2023)


def test_term_named_in_the_lead_makes_a_closing_congress_the_articles() -> None:
    lead = "Trong nhiệm kỳ 2018-2023, Hội Dưỡng sinh huyện Tân Lập mở thêm 6 câu lạc bộ."
    text = f"{lead}\nBan chấp hành khóa mới ra mắt Đại hội."
    assert congress_periods(text, [Span(0, len(lead))]) == _terms(2023, 2023, 2023)


def test_congress_of_a_new_term_reviews_the_past_term_without_its_years() -> None:
    text = (
        "Sáng 12/4, Hội Đông y huyện An Lạc tổ chức Đại hội lần thứ V, nhiệm kỳ 2023-2028.\n"
        "Trong nhiệm kỳ qua, Hội đã khám cho 12.000 lượt người.\n"
        "Nhiệm kỳ 2023-2028, Hội phấn đấu phát triển thêm 50 hội viên."
    )
    # The past term ends when the new one opens: both dated by the year each ends.
    assert _anywhere(text) == _terms(2023, 2028, 2023)


def test_congress_dates_the_past_term_by_its_last_year() -> None:
    text = (
        "Hội Châm cứu thành phố tổ chức Đại hội đại biểu lần III nhiệm kỳ 2020-2025.\n"
        "Trong nhiệm kỳ II (2014-2019), Hội đã điều trị cho 8.000 lượt người."
    )
    # A gap between the terms: the past term's last year (2019) is not the new one's first.
    assert _anywhere(text) == _terms(2019, 2025, 2020)


def test_past_term_alone_dates_the_next_term_by_its_last_year() -> None:
    # The new term's end is not printed: the year it opens is all the text gives.
    text = (
        "Trong nhiệm kỳ 2005-2010, các cấp Hội đã khám cho 30.000 lượt người.\n"
        "Ban Chấp hành Hội lần thứ 3 ra mắt Đại hội."
    )
    assert _anywhere(text) == _terms(2010, 2010, 2010)


def test_new_term_marked_as_new() -> None:
    text = (
        "Tại Đại hội, các đại biểu thông qua phương hướng nhiệm kỳ mới 2021 – 2026.\n"
        "Trong nhiệm kỳ vừa qua, Hội đã có 300 hội viên."
    )
    assert _anywhere(text) == _terms(2021, 2026, 2021)


def test_no_congress_held_no_term_periods() -> None:
    # A committee meeting after a congress, and a plan to attend another body's congress.
    text = (
        "Ban Chấp hành Hội Đông y tỉnh họp phiên thứ II, nhiệm kỳ 2020-2025, "
        "tổng kết công tác năm 2021. Hội triển khai các việc sau Đại hội tỉnh lần thứ VII."
    )
    assert _anywhere(text) is None


def test_congress_without_any_term_is_no_term_review() -> None:
    assert _anywhere("Đoàn Thanh niên tổ chức Đại hội chi đoàn năm 2024.") is None


def test_city_abbreviation_between_congress_and_term_keeps_the_term_the_congress_own() -> None:
    text = "Sáng 9/10, tại Đại hội Hội Đông y TP. Bảo Lộc lần thứ V, nhiệm kỳ 2023-2028."
    assert _anywhere(text) == _terms(2023, 2028, 2023)


def test_a_term_the_congress_sums_up_is_the_past_term() -> None:
    # "Đại hội tổng kết nhiệm kỳ 2031-2036": the only term printed closes at the congress, even
    # in the congress's own sentence (review rv23e, g03).
    for text in (
        "Ngày 14/5/2036, Hội Chữ thập đỏ Bệnh viện huyện Lạc Sơn tổ chức Đại hội tổng kết "
        "nhiệm kỳ 2031-2036.",
        "Hội Người cao tuổi xã An Lạc tổ chức Đại hội nhìn lại hoạt động nhiệm kỳ 2031-2036.",
    ):
        assert _anywhere(text) == _terms(2036, 2036, 2036)
    # A congress that opens its term in its own sentence keeps it new.
    text = "Hội Đông y huyện Lạc Sơn tổ chức Đại hội lần thứ V, nhiệm kỳ 2036-2041."
    assert _anywhere(text) == _terms(2036, 2041, 2036)
