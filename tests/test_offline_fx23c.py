"""What review rv23c found worse after t23c (next period and meeting kind), fixed as forms of
the genre: each on reworded pages of its form and on near pages t23c's reading must keep (pages
written for these tests; units, places and figures invented)."""

from __future__ import annotations

import pytest

from offline_pages import extract, report_periods

# --- Case 1: the yearly staff conference named by the year it is held in and held from May to
# October ("hội nghị viên chức, người lao động năm 2034" on 8 June) reviews the year before and
# sets that year's targets: still a year-end review, as one held in January is -----------------

STAFF_BODY = (
    "Năm 2033, bệnh viện đã khám bệnh cho 52.000 lượt người, điều trị nội trú 7.100 lượt.",
    "Năm 2034, bệnh viện phấn đấu tăng 10% số lượt khám.",
)


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 8/6/2034, Bệnh viện Y học cổ truyền tỉnh tổ chức hội nghị viên chức, người lao "
        "động năm 2034.",
        "Ngày 12/5/2034, Bệnh viện Đa khoa huyện Yên Thành tổ chức hội nghị cán bộ, viên chức, "
        "người lao động năm 2034.",
        "Sáng 3-7-2034, Trung tâm Y tế huyện Mỹ Lộc tổ chức Hội nghị CBVC-NLĐ năm 2034.",
        "Ngày 15/9/2034, Chi cục Dân số tỉnh tổ chức hội nghị CBCCVC năm 2034.",
    ],
    ids=["vien-chuc-nld-june", "can-bo-vien-chuc-nld-may", "cbvc-nld-july", "cbccvc-september"],
)
def test_a_staff_conference_held_while_its_year_runs_stays_a_year_end_review(lead: str) -> None:
    assert extract(lead, *STAFF_BODY).meeting_kind.value == "year_end_review"


# --- Case 2: a meeting held while the year it names runs that plans the year after ("đánh
# giá kết quả công tác dân số năm 2034, triển khai kế hoạch năm 2035" in October: a line of
# work whose year ends early) sums its year up ---------------------------------------------------

PLAN_BODY = (
    "Năm 2034, toàn huyện có 2.300 trẻ sinh ra, tỷ lệ sinh con thứ 3 trở lên là 15,8%.",
    "Năm 2035, huyện phấn đấu giảm tỷ lệ sinh con thứ 3 trở lên 0,5%.",
)


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 25/10/2034, Trung tâm Y tế huyện Hải Hậu tổ chức hội nghị đánh giá kết quả công "
        "tác dân số năm 2034, triển khai kế hoạch năm 2035.",
        "Sáng 28-9-2034, Hội Chữ thập đỏ tỉnh tổ chức hội nghị giao ban công tác năm 2034 và "
        "triển khai nhiệm vụ năm 2035.",
        "Ngày 10/10/2034, Chi cục Dân số tỉnh tổ chức hội nghị đánh giá công tác năm 2034, "
        "phương hướng nhiệm vụ năm 2035.",
    ],
    ids=["danh-gia-trien-khai-ke-hoach", "giao-ban-trien-khai-nhiem-vu", "phuong-huong"],
)
def test_a_year_s_meeting_that_plans_the_next_year_is_a_year_end_review(lead: str) -> None:
    result = extract(lead, *PLAN_BODY)
    assert result.meeting_kind.value == "year_end_review"
    assert report_periods(lead, *PLAN_BODY)[1] == ("year", 2035)


# --- f10: "những tháng cuối năm", "6 tháng cuối năm" are the months left of the year running,
# not its end: a meeting named by its year held in October that plans them sums nothing up ------

REST_BODY = (
    "9 tháng năm 2034, các cơ sở y tế đã khám bệnh cho 1,6 triệu lượt người.",
    "Những tháng cuối năm, ngành phấn đấu đạt tỷ lệ tiêm chủng trên 95%.",
)


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 12/10/2034, Sở Y tế tỉnh tổ chức hội nghị giao ban công tác năm 2034 và triển "
        "khai nhiệm vụ những tháng cuối năm.",
        "Sáng 5-8-2034, Hội Đông y tỉnh tổ chức hội nghị giao ban năm 2034, bàn giải pháp các "
        "tháng cuối năm.",
    ],
    ids=["nhung-thang-cuoi-nam", "cac-thang-cuoi-nam"],
)
def test_a_year_s_meeting_planning_the_months_left_is_no_year_end_review(lead: str) -> None:
    assert extract(lead, *REST_BODY).meeting_kind.value == "other"


@pytest.mark.parametrize(
    "lead",
    [
        # (t23c's readings, kept: no staff conference, no next year, no year's end)
        "Ngày 19/10/2034, Sở Y tế tỉnh tổ chức hội nghị giao ban năm 2034 với các đơn vị.",
        "Ngày 23/5/2034, Sở Y tế tỉnh tổ chức hội nghị đánh giá công tác y tế năm 2034.",
        # (a training for staff is no staff conference)
        "Ngày 20/6/2034, Sở Y tế tổ chức hội nghị tập huấn cho cán bộ, công chức năm 2034.",
    ],
    ids=["giao-ban-october", "danh-gia-may", "tap-huan-june"],
)
def test_a_year_s_meeting_held_while_it_runs_stays_other(lead: str) -> None:
    body = (
        "Từ đầu năm đến nay, các cơ sở y tế đã khám bệnh cho 1.350.000 lượt người.",
        "Giám đốc Sở đề nghị các đơn vị hoàn thành chỉ tiêu năm 2034.",
    )
    assert extract(lead, *body).meeting_kind.value == "other"


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 20/10/2034, Sở Y tế tỉnh tổ chức hội nghị cuối năm đánh giá công tác năm 2034.",
        "Ngày 20/9/2034, Chi cục Dân số tỉnh tổ chức hội nghị tổng kết công tác dân số năm 2034.",
    ],
    ids=["cuoi-nam", "tong-ket"],
)
def test_a_year_s_meeting_called_its_end_stays_a_year_end_review(lead: str) -> None:
    assert extract(lead, *PLAN_BODY[:1]).meeting_kind.value == "year_end_review"


# --- Cases 3 and 4: a stage plan the meeting acts under ("lễ ra quân chiến dịch ... theo kế
# hoạch giai đoạn 2034-2036") or reviews ("sơ kết 1 năm thực hiện Kế hoạch ... giai đoạn
# 2034-2036") is no plan it launches: no next period, and the campaign's figures no stage
# targets; a plan launched for the stage (t23c) is still the next period ------------------------

DATELINE = "Thứ Tư, ngày 12/04/2034 | 09:15"
STAGE_BODY = "Đến nay, huyện có 14/16 xã đạt tiêu chí quốc gia về y tế xã."


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 11/4, Chi cục Dân số - Kế hoạch hóa gia đình tỉnh tổ chức lễ ra quân chiến dịch "
        "tăng cường tuyên truyền, vận động lồng ghép dịch vụ kế hoạch hóa gia đình theo kế "
        "hoạch giai đoạn 2034-2036.",
        "Ngày 11-4, Trung tâm Y tế huyện tổ chức hội nghị sơ kết 1 năm thực hiện Kế hoạch củng "
        "cố mạng lưới y tế cơ sở giai đoạn 2034-2036.",
        "Chiều 11/4, Sở Y tế tỉnh tổ chức hội nghị đánh giá kết quả thực hiện kế hoạch phòng "
        "chống tác hại thuốc lá giai đoạn 2034 - 2036.",
        "Ngày 11/4, Trung tâm Y tế huyện tổ chức tuyên truyền về tiêm chủng theo mục tiêu giai "
        "đoạn 2034-2036.",
    ],
    ids=["theo-ke-hoach", "so-ket-thuc-hien-ke-hoach", "danh-gia-thuc-hien", "theo-muc-tieu"],
)
def test_a_stage_plan_acted_under_or_reviewed_is_no_next_period(lead: str) -> None:
    assert report_periods(DATELINE, lead, STAGE_BODY)[1] is None


def test_a_campaign_s_figure_under_a_stage_plan_is_no_stage_target() -> None:
    lead = (
        "Sáng 11/4/2034, Chi cục Dân số - Kế hoạch hóa gia đình tỉnh tổ chức lễ ra quân chiến "
        "dịch truyền thông dân số theo kế hoạch giai đoạn 2034-2036."
    )
    result = extract(lead, "Chiến dịch sẽ được tổ chức tại 96 xã có mức sinh cao.")
    (figure,) = [i for i in result.indicators if i.value == 96]
    assert figure.period is None


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 11-4, Trung tâm Y tế huyện tổ chức hội nghị sơ kết công tác quý I và triển khai "
        "kế hoạch thực hiện Đề án chăm sóc dinh dưỡng giai đoạn 2034-2036.",
        "Sáng 11/4, Sở Y tế tỉnh tổ chức hội nghị triển khai kế hoạch theo dõi sức khỏe người "
        "cao tuổi giai đoạn 2034-2036.",
    ],
    ids=["so-ket-then-trien-khai-ke-hoach", "trien-khai-ke-hoach-theo-doi"],
)
def test_a_stage_plan_launched_is_still_the_next_period(lead: str) -> None:
    assert report_periods(DATELINE, lead, STAGE_BODY)[1] == ("other", 2036)
