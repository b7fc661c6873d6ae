"""Forms reviews rv23a and rv23e found wrong on both trees (the reviewed period), fixed as forms
of the genre: each on reworded pages of its form and on near pages whose reading must stay
(pages written for these tests; units, places and figures invented)."""

from __future__ import annotations

import pytest

from offline_pages import extract

# --- Form 1: a since-year in the headline or the lead ("từ năm 2016 đến nay", "từ năm 2015 trở
# lại đây") is the year a running total starts from, not the year reviewed ---------------------


def _reviewed(*paragraphs: str) -> tuple[str, int | None, int | None] | None:
    period = extract(*paragraphs).reviewed_period
    return None if period is None else (period.kind.value, period.year, period.index)


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        (
            "Huyện Quỳnh Lưu: từ năm 2031 đến nay có 31 trạm y tế đạt chuẩn",
            "Sáng 14/9/2034, Trung tâm Y tế huyện Quỳnh Lưu tổ chức hội nghị đánh giá công tác "
            "xây dựng xã đạt chuẩn quốc gia về y tế.",
        ),
        (
            "Bệnh viện Đa khoa tỉnh Kon Tum: hơn 2.600 ca mổ nội soi từ năm 2030 trở lại đây",
            "Bệnh viện Đa khoa tỉnh Kon Tum cho biết, từ năm 2030 trở lại đây, bệnh viện đã "
            "thực hiện hơn 2.600 ca mổ nội soi.",
        ),
        (
            "CDC Lạng Sơn: 9.400 người điều trị Methadone kể từ năm 2029 đến nay",
            "Ngày 12/8/2034, Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn tổ chức buổi làm việc "
            "đánh giá chương trình điều trị thay thế.",
        ),
    ],
    ids=["den-nay-headline", "tro-lai-day-headline-and-lead", "ke-tu-den-nay"],
)
def test_a_since_year_in_the_headline_is_not_the_year_reviewed(headline: str, lead: str) -> None:
    reviewed = _reviewed(
        headline,
        lead,
        "Từ đó đến nay, toàn tỉnh đã có 9.400 người được điều trị tại 11 cơ sở.",
        "Riêng năm 2034, các cơ sở tiếp nhận thêm 310 người.",
    )
    assert reviewed is not None and reviewed[0] != "year", reviewed
    assert reviewed[1] == 2034, reviewed


def test_the_years_since_end_no_later_than_the_meeting_not_at_a_term_s_end() -> None:
    reviewed = _reviewed(
        "Hội Điều dưỡng tỉnh Bình Định sơ kết giữa nhiệm kỳ 2032-2037",
        "Ngày 18/6/2034, Hội Điều dưỡng tỉnh Bình Định tổ chức hội nghị sơ kết giữa nhiệm kỳ "
        "2032-2037.",
        "Từ năm 2032 đến nay, Hội đã tổ chức 15 lớp tập huấn cho 1.200 điều dưỡng.",
        "Hội hiện có 2.300 hội viên.",
    )
    assert reviewed == ("other", 2034, None)


def test_a_year_reviewed_beside_a_since_year_stays() -> None:
    # (near: the headline names the year reviewed; the since-year is one figure's span)
    reviewed = _reviewed(
        "Sở Y tế tỉnh Hà Nam tổng kết công tác y tế năm 2033",
        "Ngày 10/1/2034, Sở Y tế tỉnh Hà Nam tổ chức hội nghị tổng kết công tác y tế năm 2033.",
        "Năm 2033, toàn ngành đã khám cho 1,2 triệu lượt người.",
        "Từ năm 2030 đến nay, tỉnh có 98 xã đạt chuẩn quốc gia về y tế.",
    )
    assert reviewed == ("year", 2033, None)


# --- Form 2: a body opening with a running total up to a month that prints no year ("Tính đến
# hết tháng 9, ...") reports the total (other), not the month (a later "Trong tháng 9" is one
# item of it) -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Tính đến hết tháng 9, Trung tâm Y tế huyện Đô Lương đã tiêm vắc xin sởi cho 7.300 trẻ, "
        "đạt 91% kế hoạch năm 2034.",
        "Tính đến cuối tháng 8, toàn huyện đã tiêm vắc xin sởi cho 7.300 trẻ, đạt 91% kế "
        "hoạch năm 2034.",
        "Lũy kế đến tháng 10, toàn huyện đã tiêm vắc xin sởi cho 7.300 trẻ, đạt 91% kế hoạch "
        "năm 2034.",
    ],
    ids=["tinh-den-het", "tinh-den-cuoi", "luy-ke-den"],
)
def test_a_body_opening_with_a_running_total_to_a_month_reports_the_total(opening: str) -> None:
    reviewed = _reviewed(
        "Huyện Đô Lương: tiêm vắc xin sởi đạt 91%",
        opening,
        "Trong tháng 9, các trạm y tế xã tiêm bù cho 540 trẻ.",
        "Huyện phấn đấu đến cuối năm 2034 tiêm đạt 98% số trẻ trong diện.",
    )
    assert reviewed == ("other", 2034, None)


def test_a_body_opening_with_a_month_s_work_stays_that_month() -> None:
    # (near: the month's own work, "Trong tháng 9, ...", with no running total before it)
    reviewed = _reviewed(
        "Huyện Đô Lương: tiêm bù vắc xin sởi cho 540 trẻ",
        "Trong tháng 9/2034, các trạm y tế xã huyện Đô Lương tiêm bù vắc xin sởi cho 540 trẻ.",
        "Trung tâm Y tế huyện đã tổ chức 6 lớp tập huấn cho cán bộ tiêm chủng.",
    )
    assert reviewed == ("month", 2034, 9)


def test_a_running_total_after_the_year_s_opening_leaves_the_year() -> None:
    # (near: "Năm 2033, ... Tính đến tháng 12-2033, ..." reports the year)
    reviewed = _reviewed(
        "Toàn tỉnh phát hiện 48 trường hợp nhiễm HIV mới",
        "Năm 2033, toàn tỉnh phát hiện 48 trường hợp nhiễm HIV mới, giảm 12% so với năm 2032. "
        "Tính đến tháng 12-2033, toàn tỉnh có 1.900 người nhiễm HIV còn sống.",
        "Dự kiến đến hết năm 2034, tỉnh sẽ điều trị ARV cho 600 người.",
    )
    assert reviewed == ("year", 2033, None)


# --- Form 3: "Sáu tháng qua, ..." opening a sentence that reports work done is the first half,
# as "Sáu tháng, ..." is --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Sáu tháng qua, Trung tâm Y tế huyện Cao Lãnh khám cho 51.000 lượt người, tăng 9% so "
        "với cùng kỳ năm 2033.",
        "6 tháng qua, Trung tâm Y tế huyện Cao Lãnh đã tiếp nhận 51.000 lượt người bệnh, tăng "
        "9% so với cùng kỳ năm 2033.",
        "Sáu tháng qua, toàn huyện ghi nhận 120 ca sốt xuất huyết, giảm 9% so với cùng kỳ năm "
        "2033.",
    ],
    ids=["sau-thang-qua-kham", "6-thang-qua-tiep-nhan", "sau-thang-qua-ghi-nhan"],
)
def test_six_months_past_opening_a_sentence_of_results_is_the_first_half(opening: str) -> None:
    reviewed = _reviewed(
        "Trung tâm Y tế huyện Cao Lãnh: khám chữa bệnh tăng 9%",
        opening,
        "Trung tâm đã đưa vào sử dụng máy chụp CT từ tháng 3/2034.",
    )
    assert reviewed == ("half_year", 2034, 1)


@pytest.mark.parametrize(
    "opening",
    [
        "6 tháng qua, trẻ bắt đầu được cho ăn dặm theo hướng dẫn của năm 2034.",
        "Trong 6 tháng qua, bà con đã quen với việc khám bệnh ở trạm y tế từ năm 2034.",
    ],
    ids=["an-age", "mid-sentence-duration"],
)
def test_six_months_past_that_reports_no_work_is_no_half(opening: str) -> None:
    reviewed = _reviewed("Chuyện ở xã Tân Hội", opening, "Năm 2034, xã có 1.200 trẻ dưới 5 tuổi.")
    assert reviewed is None or reviewed[0] != "half_year", reviewed


# --- Form 4: a meeting that only plans the year it names, held well into that year (June or
# July), is no review of the year before ----------------------------------------------------------


def _periods(*paragraphs: str) -> tuple[object, object, str]:
    report = extract(*paragraphs)
    pair = [
        None if period is None else (period.kind.value, period.year, period.index)
        for period in (report.reviewed_period, report.next_period)
    ]
    return pair[0], pair[1], report.meeting_kind.value


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 18/6/2034, Trung tâm Y tế thành phố Vĩnh Yên tổ chức hội nghị triển khai công "
        "tác phòng, chống dịch bệnh năm 2034.",
        "Sáng 9-7-2034, Chi cục Dân số tỉnh Phú Thọ tổ chức hội nghị triển khai kế hoạch truyền "
        "thông năm 2034.",
        "Ngày 22/5/2034, Sở Y tế tỉnh Hòa Bình tổ chức hội nghị triển khai nhiệm vụ công tác "
        "an toàn thực phẩm năm 2034.",
    ],
    ids=["june-phong-chong-dich", "july-ke-hoach", "may-nhiem-vu"],
)
def test_a_plan_of_the_year_held_well_into_it_reviews_no_year_before(lead: str) -> None:
    reviewed, _, kind = _periods(
        "Triển khai công tác năm 2034",
        lead,
        "Năm tháng đầu năm, toàn tỉnh ghi nhận 95 ca tay chân miệng.",
        "Năm 2033, toàn tỉnh ghi nhận 310 ca tay chân miệng.",
    )
    assert reviewed is not None and reviewed[1] == 2034, reviewed
    assert kind != "year_end_review"


def test_the_months_left_of_a_year_planned_in_july_follow_its_first_half() -> None:
    reviewed, upcoming, kind = _periods(
        "Ngành y tế Hậu Giang triển khai nhiệm vụ những tháng cuối năm 2034",
        "Ngày 24/7/2034, Sở Y tế Hậu Giang tổ chức hội nghị triển khai nhiệm vụ những tháng "
        "cuối năm 2034.",
        "6 tháng đầu năm, toàn tỉnh khám cho 1,1 triệu lượt người.",
        "Những tháng cuối năm, ngành y tế tập trung phòng chống sốt xuất huyết.",
    )
    assert (reviewed, kind) == (("half_year", 2034, 1), "mid_year_review")
    assert upcoming is not None and upcoming[1] == 2034


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 12/1/2034, Sở Y tế tỉnh Hòa Bình tổ chức hội nghị triển khai công tác y tế năm 2034.",
        "Sáng 20-2-2034, Trung tâm Y tế huyện Kim Bôi tổ chức hội nghị triển khai kế hoạch "
        "công tác năm 2034.",
    ],
    ids=["january", "february"],
)
def test_a_plan_of_the_year_held_as_it_starts_still_reviews_the_year_before(lead: str) -> None:
    # (near: held in its first months, the year's launch after the year before's review)
    reviewed, upcoming, _ = _periods(
        "Triển khai công tác y tế năm 2034",
        lead,
        "Năm 2033, toàn tỉnh khám cho 1,9 triệu lượt người.",
    )
    assert (reviewed, upcoming) == (("year", 2033, None), ("year", 2034, None))
