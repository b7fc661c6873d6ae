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
YEAR_END_PAGE = (
    "Giao ban công tác tháng 12 năm 2030",
    "Chiều 30/12/2030, Trung tâm Y tế huyện tổ chức giao ban đánh giá công tác tháng 12 năm "
    "2030. Trong tháng 12, trung tâm khám cho 10.210 lượt người.",
)


# The next part named in a sentence that reports the past, that names a past year's part, or
# that looks ahead to another's event at that time, is no next period.
@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        (
            YEAR_END_PAGE,
            "Ngay từ tháng 1, trung tâm đã triển khai 12 đợt khám sàng lọc tăng huyết áp tại "
            "các xã.",
        ),
        (
            QUARTER_PAGE,
            "Từ quý II, Sở đã triển khai phần mềm hồ sơ sức khỏe điện tử tại 125 trạm y tế.",
        ),
        (
            QUARTER_PAGE,
            "Quý II năm ngoái, dịch tay chân miệng tăng mạnh tại các trường mầm non, vì vậy "
            "trung tâm sẽ chủ động giám sát.",
        ),
        (
            MONTH_PAGE,
            "Tháng 4 năm trước, dịch bạch hầu xảy ra tại một xã nên trung tâm sẽ tiêm vắc xin "
            "cho 1.200 trẻ.",
        ),
        (MONTH_PAGE, "Bộ Y tế sẽ tổ chức đoàn kiểm tra bệnh viện vào tháng 4."),
        (
            MONTH_PAGE,
            "Ngành giáo dục sẽ tổ chức hội khỏe vào tháng 4 nên bệnh viện nhắc các trường vệ "
            "sinh lớp học.",
        ),
    ],
)
def test_a_next_part_named_in_the_past_or_as_another_s_event_is_no_next_period(
    page: tuple[str, str], sentence: str
) -> None:
    assert extract(*page, sentence).next_period is None


@pytest.mark.parametrize(
    ("page", "sentence", "index"),
    [
        (MONTH_PAGE, "Trong tháng 4, bệnh viện sẽ tập trung phòng chống dịch sốt xuất huyết.", 4),
        (QUARTER_PAGE, "Quý II, trung tâm phấn đấu khám sức khỏe cho 5.000 người cao tuổi.", 2),
        # a past verb before the part is another clause's
        (
            YEAR_END_PAGE,
            "Giám đốc đã biểu dương các khoa, đồng thời quán triệt nhiệm vụ trọng tâm tháng "
            "01/2031.",
            1,
        ),
    ],
)
def test_a_next_part_that_frames_a_sentence_looking_ahead_is_still_planned(
    page: tuple[str, str], sentence: str, index: int
) -> None:
    upcoming = extract(*page, sentence).next_period
    assert upcoming is not None
    assert (upcoming.year, upcoming.index) == (2031, index)


# A rate or a share of the year's own budget or population ("so với dự toán năm N", "so với số
# trẻ năm N", "so với dân số năm N") is of the year reviewed, not against another.
@pytest.mark.parametrize(
    "sentence",
    [
        "Tổng thu sự nghiệp đạt 45,2 tỷ đồng, bằng 104% so với dự toán năm 2030. Tỷ lệ tiêm "
        "chủng đầy đủ đạt 97,6% so với số trẻ năm 2030.",
        "Tỷ lệ tiêm chủng đầy đủ đạt 95,8% so với số đối tượng năm 2030; tỷ lệ tiêm sởi mũi 2 "
        "đạt 93,4% so với số trẻ 18 tháng năm 2030.",
    ],
)
def test_a_year_s_own_budget_or_population_as_base_stays_reviewed(sentence: str) -> None:
    report = extract(
        "Trung tâm Y tế thành phố tổ chức hội nghị tổng kết",
        "Sáng 14/1, Trung tâm Y tế thành phố tổ chức hội nghị tổng kết công tác. " + sentence,
        "Trung tâm khám cho 126.000 lượt người.",
        "Năm 2031, trung tâm phấn đấu khám cho 130.000 lượt người; kế hoạch năm 2031 đã được "
        "giao cho từng khoa.",
        url="https://ttyt.example.vn/2031/01/hoi-nghi-tong-ket.html",
    )
    assert (report.reviewed_period.kind.value, report.reviewed_period.year) == ("year", 2030)
    assert report.next_period is not None and report.next_period.year == 2031


HALF_PAGE = (
    "Sơ kết công tác 6 tháng đầu năm 2031",
    "Sáng 10/7/2031, Trung tâm Y tế huyện tổ chức sơ kết công tác 6 tháng đầu năm 2031. "
    "6 tháng qua, trung tâm tiếp nhận 48.900 lượt khám.",
)


# The rest of the year named as the part left ("6 tháng cuối năm"), framing a sentence that
# looks ahead with no plan word, is the next period; named later, as another's event's time,
# it is none.
def test_the_part_left_framing_a_sentence_looking_ahead_is_planned() -> None:
    upcoming = extract(
        *HALF_PAGE, "Trong 6 tháng cuối năm, trung tâm sẽ tập trung nâng cấp khoa hồi sức."
    ).next_period
    assert upcoming is not None
    assert (upcoming.kind.value, upcoming.year, upcoming.index) == ("half_year", 2031, 2)


def test_the_part_left_as_another_s_event_time_is_no_next_period() -> None:
    report = extract(*HALF_PAGE, "Bộ Y tế sẽ tổ chức đoàn kiểm tra trong 6 tháng cuối năm.")
    assert report.next_period is None


# After the months of a year so far reviewed ("10 tháng đầu năm"), the months left that a
# sentence plans ("2 tháng cuối năm"), the two making the year: the next span, kind other.
@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 8/11/2031, Sở Y tế tổ chức hội nghị sơ kết công tác 10 tháng đầu năm 2031, "
        "triển khai nhiệm vụ 2 tháng cuối năm 2031.",
        "Sáng 6/8/2031, Trung tâm Kiểm soát bệnh tật tỉnh sơ kết 7 tháng đầu năm 2031 và bàn "
        "giải pháp 5 tháng cuối năm.",
    ],
)
def test_the_months_left_planned_after_the_months_so_far_are_next(lead: str) -> None:
    report = extract(lead, "Từ đầu năm, toàn ngành khám cho 1,42 triệu lượt người.")
    upcoming = report.next_period
    assert upcoming is not None
    assert (upcoming.kind.value, upcoming.year) == ("other", 2031)


def test_months_left_not_making_the_year_with_those_so_far_are_no_next_period() -> None:
    report = extract(
        "Ngày 8/11/2031, Sở Y tế tổ chức hội nghị sơ kết công tác 10 tháng đầu năm 2031, "
        "triển khai nhiệm vụ 4 tháng cuối năm 2031.",
        "Từ đầu năm, toàn ngành khám cho 1,42 triệu lượt người.",
    )
    assert report.next_period is None


# A period printed without a year on a page whose text prints none: the period the address's
# slug names, with its year (implied).
@pytest.mark.parametrize(
    ("slug", "paragraphs", "kind", "index"),
    [
        (
            "so-ca-tay-chan-mieng-trong-thang-4-2031-giam",
            (
                "Theo Trung tâm Kiểm soát bệnh tật tỉnh, trong tháng 4 toàn tỉnh ghi nhận 46 ca "
                "tay chân miệng, giảm 18 ca so với tháng trước.",
            ),
            "month",
            4,
        ),
        (
            "benh-vien-so-ket-9-thang-nam-2031",
            (
                "Chiều 8/10, Bệnh viện Đa khoa huyện tổ chức sơ kết công tác.",
                "Từ tháng 1 đến tháng 9, bệnh viện khám cho 72.100 lượt người.",
            ),
            "nine_months",
            None,
        ),
    ],
)
def test_a_slug_dates_a_period_printed_without_a_year(
    slug: str, paragraphs: tuple[str, ...], kind: str, index: int | None
) -> None:
    report = extract(*paragraphs, url=f"https://ttyt.example.vn/tin-tuc/{slug}.html")
    period = report.reviewed_period
    assert (period.kind.value, period.year, period.index) == (kind, 2031, index)


def test_the_third_quarter_framing_a_sentence_looking_ahead_after_the_first_half_is_next() -> None:
    upcoming = extract(
        *HALF_PAGE, "Quý III, trung tâm phấn đấu không để xảy ra tử vong do sốt rét."
    ).next_period
    assert upcoming is not None
    assert (upcoming.kind.value, upcoming.year, upcoming.index) == ("quarter", 2031, 3)
