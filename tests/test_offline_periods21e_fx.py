"""Reviewed and next periods of the offline rules, mended after review rv21e: a past verb of a
relative clause in a plan sentence, a part that ends a sentence looking ahead, a slug's
plan word not right before its period, a past year's part left (examples/gold/README.md,
reviewed_period / next_period): sentences written for these tests."""

from __future__ import annotations

import pytest

from offline_pages import extract

QUARTER_PAGE = (
    "Giao ban công tác quý I năm 2031",
    "Sáng 5/4/2031, Trung tâm Y tế huyện tổ chức giao ban đánh giá kết quả công tác quý I "
    "năm 2031. Trong quý, trung tâm khám cho 8.400 lượt người.",
)
MONTH_PAGE = (
    "Bệnh viện họp giao ban tháng 3/2031",
    "Sáng 31/3/2031, Bệnh viện Đa khoa huyện họp giao ban đánh giá hoạt động tháng 3/2031. "
    "Trong tháng, bệnh viện khám cho 5.100 lượt người.",
)
HALF_PAGE = (
    "Sơ kết công tác 6 tháng đầu năm 2031",
    "Sáng 10/7/2031, Trung tâm Y tế huyện tổ chức sơ kết công tác 6 tháng đầu năm 2031. "
    "6 tháng qua, trung tâm tiếp nhận 48.900 lượt khám.",
)


# "đã" of a clause on a noun ("các chỉ tiêu đã đề ra", "những kết quả đã đạt được") after the
# sentence already looks ahead or plans is no past verb of the sentence: the part is planned.
@pytest.mark.parametrize(
    ("page", "sentence", "index"),
    [
        (QUARTER_PAGE, "Quý II, trung tâm phấn đấu hoàn thành các chỉ tiêu đã đề ra.", 2),
        (MONTH_PAGE, "Tháng 4, các khoa sẽ tiếp tục duy trì những kết quả đã đạt được.", 4),
        (QUARTER_PAGE, "Nhiệm vụ trọng tâm quý II là hoàn thành các chỉ tiêu đã giao.", 2),
        (MONTH_PAGE, "Kế hoạch tháng 4: tiếp tục thực hiện các nội dung đã được phê duyệt.", 4),
        # the part that closes a sentence looking ahead, "trong" before it: the unit's own plan
        (QUARTER_PAGE, "Ngành y tế sẽ đẩy mạnh tiêm vét vắc xin sởi trong quý II.", 2),
    ],
)
def test_a_next_part_planned_with_a_noun_s_past_clause_or_closing_the_sentence(
    page: tuple[str, str], sentence: str, index: int
) -> None:
    upcoming = extract(*page, sentence).next_period
    assert upcoming is not None
    assert (upcoming.year, upcoming.index) == (2031, index)


# A slug's plan word not right before its period ("thuc-hien-nhiem-vu-", "trien-khai-chuong-
# trinh-...-", "chi-tieu-dan-so-") leaves the period reviewed.
@pytest.mark.parametrize(
    ("slug", "kind", "index"),
    [
        ("ket-qua-thuc-hien-nhiem-vu-6-thang-dau-nam-2031", "half_year", 1),
        ("ttyt-so-ket-trien-khai-chuong-trinh-tiem-chung-quy-i-2031", "quarter", 1),
        ("hoi-nghi-danh-gia-chi-tieu-dan-so-9-thang-nam-2031", "nine_months", None),
    ],
)
def test_a_slug_s_plan_word_not_right_before_its_period_leaves_it_reviewed(
    slug: str, kind: str, index: int | None
) -> None:
    report = extract(
        "Trung tâm Y tế huyện vừa tổ chức sơ kết công tác.",
        "Từ đầu năm đến nay, trung tâm khám cho 51.240 lượt người.",
        url=f"https://ttyt.example.vn/tin-tuc/{slug}.html",
    )
    period = report.reviewed_period
    assert (period.kind.value, period.year, period.index) == (kind, 2031, index)


# The part left of a past year ("6 tháng cuối năm ngoái") is no next period.
def test_the_part_left_of_a_past_year_is_no_next_period() -> None:
    report = extract(
        *HALF_PAGE,
        "Trong 6 tháng cuối năm ngoái, huyện có 410 ca nên mùa mưa này số ca sẽ có nguy cơ "
        "tăng trở lại.",
    )
    assert report.next_period is None


# A slug that opens with a plan or a launch and reviews nothing before its period names no
# period reviewed.
@pytest.mark.parametrize(
    "slug",
    ["trien-khai-tiem-vac-xin-bach-hau-quy-iii-2031", "ke-hoach-tiem-chung-thang-10-2031"],
)
def test_a_slug_opening_with_a_plan_names_no_period_reviewed(slug: str) -> None:
    report = extract(
        "Trung tâm Y tế huyện triển khai tiêm vắc xin cho 3.200 trẻ.",
        url=f"https://ttyt.example.vn/y-te/{slug}.html",
    )
    assert report.reviewed_period.kind.value == "other"


# A run of months the slug names with its year, the text printing the run without one: a
# span of kind other of that year.
def test_a_slug_s_run_of_months_dates_a_yearless_run() -> None:
    report = extract(
        "Ngày 1/10, Trung tâm Y tế huyện sơ kết công tác từ tháng 1 đến tháng 9.",
        "Trung tâm khám cho 51.240 lượt người.",
        url="https://ttyt.example.vn/so-ket-cong-tac-tu-thang-1-den-thang-9-2031.html",
    )
    period = report.reviewed_period
    assert (period.kind.value, period.year) == ("other", 2031)


# An earlier month than the slug's, printed without a year: that month, of the slug's year.
def test_an_earlier_yearless_month_than_the_slug_s_takes_its_year() -> None:
    report = extract(
        "Ngày 3/6, Trung tâm Y tế huyện tổ chức giao ban đánh giá hoạt động tháng 5.",
        "Trong tháng 5, trung tâm khám cho 7.420 lượt người.",
        url="https://ttyt.example.vn/ttyt-giao-ban-thang-6-2031.html",
    )
    period = report.reviewed_period
    assert (period.kind.value, period.year, period.index) == ("month", 2031, 5)
