"""Fixer fx22a's mends of tuner t22a's period rules (examples/gold/README.md, reviewed_period /
next_period), from review rv22a: sentences written for these tests (places, units and figures
invented), each in the form of a reviewer's article the tuned rules got worse or left wrong."""

from __future__ import annotations

import pytest

from baocao.offline.dates import url_month
from offline_pages import extract, report_periods

# --- A week or a run of days is no span reported when it is a duration, a date, or a number ----
# "tổ chức 2 tuần lễ", "từ hai tuần xuống còn 5 ngày": a duration inside the year's work; "Trong
# tuần qua, bệnh viện đã công bố kết quả hoạt động năm 2033": when the year's results were
# released; "từ 1-1.5 triệu đồng": a range of amounts. The page reports its year.


@pytest.mark.parametrize(
    "page",
    [
        (
            "Bệnh viện tỉnh công bố kết quả hoạt động",
            "Trong tuần qua, Bệnh viện Đa khoa tỉnh đã công bố kết quả hoạt động năm 2033 với "
            "nhiều chỉ số tăng. Năm 2033 bệnh viện khám cho 215.000 lượt người.",
        ),
        (
            "Trung tâm Y tế huyện: tỷ lệ tiêm chủng đạt 98%",
            "Năm 2033, Trung tâm Y tế huyện tổ chức 2 tuần lễ cao điểm tiêm chủng, tiêm cho "
            "4.500 trẻ em.",
        ),
        (
            "Bệnh viện tỉnh rút ngắn thời gian chờ phẫu thuật",
            "Năm 2033, Bệnh viện Đa khoa tỉnh rút ngắn thời gian chờ phẫu thuật từ hai tuần "
            "xuống còn 5 ngày; thực hiện 21.000 ca phẫu thuật.",
        ),
        (
            "Bệnh viện tỉnh hỗ trợ bệnh nhân nghèo",
            "Năm 2033, Bệnh viện Đa khoa tỉnh hỗ trợ bệnh nhân nghèo từ 1-1.5 triệu đồng mỗi đợt "
            "điều trị; khám cho 312.000 lượt người.",
        ),
    ],
    ids=["tuan-qua-cong-bo-nam", "2-tuan-le", "tu-hai-tuan", "tu-1-1.5-trieu"],
)
def test_a_duration_or_a_range_in_the_lead_keeps_the_year(page: tuple[str, ...]) -> None:
    assert report_periods(*page)[0] == ("year", 2033)


# --- The day of a date spelled out is no count of months -----------------------------------------
# "Ngày 9 tháng 9 năm 2033", "Ngày 09 tháng 10": a one-digit day before "tháng" and a month.


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 9 tháng 9 năm 2033, Trung tâm Y tế huyện tổ chức khám sàng lọc cho 380 phụ nữ.",
        "Ngày 09 tháng 10 năm 2033, Trung tâm Y tế huyện tổ chức khám sàng lọc cho 380 phụ nữ.",
    ],
    ids=["ngay-9-thang-9", "ngay-09-thang-10"],
)
def test_a_one_digit_day_before_thang_is_no_count_of_months(lead: str) -> None:
    assert report_periods("Trung tâm Y tế huyện khám sàng lọc", lead)[0][0] != "nine_months"


def test_a_meeting_launching_a_campaign_on_a_spelled_out_date_is_no_year_s_review() -> None:
    report = extract(
        "Trung tâm Y tế huyện tổ chức hội nghị",
        "Ngày 9 tháng 9 năm 2033, Trung tâm Y tế huyện tổ chức hội nghị triển khai chiến dịch "
        "tiêm vắc xin phòng bệnh bạch hầu cho trẻ 7 tuổi. Dự kiến 2.000 trẻ được tiêm trong "
        "đợt này.",
    )
    assert report.meeting_kind.value == "other"


# --- A year's results against its targets are that year's, not targets set for it ---------------
# "hoàn thành và vượt 16/18 chỉ tiêu được giao", "vượt chỉ tiêu ..., đạt 112%", "Mục tiêu năm
# 2033 ... cũng hoàn thành": the year reviewed, no year planned.


@pytest.mark.parametrize(
    "page",
    [
        (
            "Trung tâm Y tế huyện hoàn thành vượt nhiều chỉ tiêu",
            "Năm 2033, Trung tâm Y tế huyện hoàn thành và vượt 15/17 chỉ tiêu chuyên môn được "
            "giao.",
            "Trung tâm khám cho 80.000 lượt người. Tỷ lệ trẻ tiêm chủng đầy đủ đạt 98,1%.",
        ),
        (
            "Dân số tỉnh vượt chỉ tiêu giao",
            "Năm 2033, công tác dân số của tỉnh vượt chỉ tiêu về số người mới sử dụng biện pháp "
            "tránh thai với 12.000 người, đạt 110%.",
            "Mục tiêu năm 2033 về sàng lọc sơ sinh cũng hoàn thành với 7.000 trẻ, đạt 96%.",
        ),
    ],
    ids=["hoan-thanh-vuot-chi-tieu", "vuot-chi-tieu-muc-tieu-hoan-thanh"],
)
def test_a_year_s_results_against_its_targets_stay_the_year(page: tuple[str, ...]) -> None:
    assert report_periods(*page) == (("year", 2033), None)


# --- "sẽ" with no work set: a negation, a thing done by a rule -----------------------------------

YEAR_REVIEW = (
    "Bệnh viện tỉnh tổng kết năm 2033",
    "Chiều 11/1/2034, Bệnh viện Đa khoa tỉnh tổng kết công tác năm 2033. Năm 2033, bệnh viện "
    "khám cho 102.000 lượt người.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Do thiếu nhân lực, năm 2034 bệnh viện sẽ không triển khai thêm khoa mới.",
        "Theo Bảo hiểm xã hội tỉnh, năm 2034 giá dịch vụ y tế sẽ thực hiện theo thông tư mới.",
    ],
    ids=["se-khong-trien-khai", "se-thuc-hien-theo"],
)
def test_se_with_no_work_set_plans_nothing(sentence: str) -> None:
    assert report_periods(*YEAR_REVIEW, sentence) == (("year", 2033), None)


def test_se_and_work_still_plans_the_next_year() -> None:
    sentence = "Năm 2034, bệnh viện sẽ không ngừng nâng cao chất lượng khám chữa bệnh."
    assert report_periods(*YEAR_REVIEW, sentence) == (("year", 2033), ("year", 2034))


# --- The next round planned in the year its sentence prints -------------------------------------


def test_the_next_round_is_of_the_year_its_sentence_prints() -> None:
    page = (
        "Chiến dịch uống vitamin A đợt 1 năm 2033 tại huyện",
        "Huyện vừa hoàn thành chiến dịch uống vitamin A đợt 1 năm 2033 cho 5.000 trẻ, đạt 98%.",
        "Do mưa lũ, đợt 2 sẽ triển khai vào tháng 1/2034 tại 6 xã vùng cao.",
    )
    assert report_periods(*page) == (("other", 2033), ("other", 2034))


# --- An 18-digit article number off the outlets whose addresses end in a posting time ------------


def test_an_article_number_of_a_posting_time_s_form_elsewhere_dates_no_page() -> None:
    url = "https://bao-bon.vn/tin-y-te/dich-vu-y-te-xa-tot-hon-481320615101502336.htm"
    assert url_month(url) is None


def test_a_posting_time_elsewhere_dates_the_page_when_a_printed_day_agrees() -> None:
    url = "https://bao-bon.vn/y-te/trung-tam-y-te-huyen-tong-ket-185340112093012044.htm"
    assert url_month(url, [(10, 1)]) == (2034, 1)
    assert url_month(url, [(10, 3)]) is None
