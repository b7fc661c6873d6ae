"""Fixer fx21d's mends of review rv21d's worse cases in tuning 21 (fixers fx21a, fx21b): sentences
in the forms the reviewer wrote (units, places and figures invented), each meeting's date, the
organiser, the period and the page's own figures kept."""

from __future__ import annotations

import datetime

import pytest

from offline_pages import extract, indicator_values, report_periods

# --- "Hội nghị / Cuộc họp giao ban", "Hội nghị giao ước": the meeting's own name, no meeting
# that decides ("giao") another event's day -------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "day"),
    [
        (
            (
                "Giao ban công tác y tế quý I",
                "Hội nghị giao ban công tác y tế quý I năm 2033 của Sở Y tế tỉnh Hà Nam được tổ "
                "chức vào ngày 12/4/2033. Quý I, toàn ngành khám cho 210.000 lượt người.",
            ),
            datetime.date(2033, 4, 12),
        ),
        (
            (
                "Giao ban ngành y tế tháng 10",
                "Hội nghị giao ban ngành y tế tháng 10/2033 diễn ra chiều ngày 6/11/2033 tại Sở "
                "Y tế tỉnh Hà Nam. Trong tháng, toàn tỉnh khám cho 95.000 lượt người.",
            ),
            datetime.date(2033, 11, 6),
        ),
        (
            (
                "Giao ban 6 tháng đầu năm",
                "Cuộc họp giao ban công tác y tế 6 tháng đầu năm 2033 của Trung tâm Y tế huyện "
                "Gia Viễn diễn ra vào sáng 7/7/2033. 6 tháng, trung tâm khám cho 41.000 lượt.",
            ),
            datetime.date(2033, 7, 7),
        ),
        (
            (
                "Giao ước thi đua năm 2034",
                "Hội nghị giao ước thi đua năm 2034 của Trung tâm Y tế huyện Gia Viễn được tổ "
                "chức sáng ngày 9/1/2034. Năm 2033, trung tâm khám cho 82.000 lượt người.",
            ),
            datetime.date(2034, 1, 9),
        ),
    ],
    ids=["giao-ban-quy", "giao-ban-chieu-tai-so", "cuoc-hop-giao-ban", "giao-uoc"],
)
def test_a_giao_ban_or_giao_uoc_meeting_keeps_its_day(
    paragraphs: tuple[str, ...], day: datetime.date
) -> None:
    assert extract(*paragraphs).event_date == day


def test_a_giao_ban_meeting_at_the_department_keeps_its_organiser() -> None:
    report = extract(
        "Giao ban ngành y tế tháng 10",
        "Hội nghị giao ban ngành y tế tháng 10/2033 diễn ra chiều ngày 6/11/2033 tại Sở Y tế "
        "tỉnh Hà Nam. Trong tháng, toàn tỉnh khám cho 95.000 lượt người.",
    )
    assert report.organizer == "Sở Y tế tỉnh Hà Nam"


# --- A partner list set off by commas after its leader: "X, phối hợp với A và B, tổ chức ..." --


@pytest.mark.parametrize(
    ("paragraphs", "organizer", "level"),
    [
        (
            (
                "Khám sức khỏe người cao tuổi",
                "Ngày 21/3/2033, Trung tâm Y tế huyện Gia Viễn, phối hợp với Hội Người cao tuổi "
                "huyện và Trạm Y tế xã Gia Hòa, tổ chức khám sức khỏe cho 320 người cao tuổi.",
            ),
            "Trung tâm Y tế huyện Gia Viễn",
            "district",
        ),
        (
            (
                "Tiêm vắc xin cho trẻ",
                "Sáng 17/11/2033, Trung tâm Y tế thị xã Kinh Môn, cùng với Bệnh viện Đa khoa thị "
                "xã và Hội Chữ thập đỏ, đã tổ chức tiêm vắc xin cho 450 trẻ.",
            ),
            "Trung tâm Y tế thị xã Kinh Môn",
            "district",
        ),
        (
            (
                "Truyền thông phòng chống HIV",
                "Ngày 23/8/2033, Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam, kết hợp với Đài Phát "
                "thanh - Truyền hình tỉnh và Trung tâm Y tế thành phố Phủ Lý, tổ chức truyền "
                "thông cho 600 học sinh.",
            ),
            "Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam",
            "province",
        ),
    ],
    ids=["phoi-hop-voi", "cung-voi", "ket-hop-voi"],
)
def test_the_unit_before_a_comma_and_the_cue_leads_the_list(
    paragraphs: tuple[str, ...], organizer: str, level: str
) -> None:
    report = extract(*paragraphs)
    assert report.organizer == organizer
    assert report.organizer_level.value == level


# --- The nation's average before "là" / ":": a gap, or the first of a pair, is the page's ------


def test_a_gap_after_la_to_the_nation_s_average_stays() -> None:
    sentence = (
        "Năm 2033, tỷ lệ sinh con thứ 3 trở lên của tỉnh là 19,4%, cao hơn mức trung bình cả "
        "nước là 3,2 điểm phần trăm."
    )
    values = indicator_values("Tổng kết công tác dân số năm 2033", sentence)
    assert 19.4 in values
    assert 3.2 in values


def test_the_page_s_figure_before_the_nation_s_in_a_pair_stays() -> None:
    sentence = (
        "Năm 2033, tỷ lệ điều trị thành công của tỉnh so với bình quân cả nước: 91,4% so với 88,7%."
    )
    values = indicator_values("Tổng kết công tác phòng chống lao năm 2033", sentence)
    assert 91.4 in values
    assert 88.7 not in values


# --- "nếu so với" people or a group after a ratio: knowledge of a risk, no figure of the work --


def test_a_risk_ratio_compared_with_people_is_dropped() -> None:
    sentence = (
        "Theo các chuyên gia, người uống rượu bia có nguy cơ mắc xơ gan cao gấp 9 lần nếu so "
        "với người không uống."
    )
    values = indicator_values(
        "Tổng kết công tác y tế năm 2033", "Năm 2033, tỉnh khám cho 8.400 lượt.", sentence
    )
    assert 9.0 not in values
    assert 8400.0 in values


# --- "đến năm N, kế hoạch giai đoạn A-B" with B by N: a stage within the plan, N its horizon ----


def test_a_stage_within_the_strategy_after_a_plan_word_keeps_the_horizon_out() -> None:
    lead = (
        "Chiều 21/11/2033, Sở Y tế tỉnh Hà Nam sơ kết 3 năm thực hiện Chiến lược Dân số đến năm "
        "2040, kế hoạch giai đoạn 2031-2035. Sau 3 năm, tỷ lệ sàng lọc trước sinh đạt 70%."
    )
    assert report_periods("Sơ kết chiến lược dân số", lead)[0] != ("year", 2040)


# --- Wrong on both trees: a second patron after "cùng" in a fronted patron clause ("Với sự hỗ trợ
# của X cùng Y, Z đã ...") is no organiser; Z, who opens the clause, is ----------------------------


def test_a_second_patron_in_a_fronted_clause_is_no_organiser() -> None:
    report = extract(
        "Phẫu thuật mắt miễn phí cho người nghèo",
        "Với sự hỗ trợ của Hội Bảo trợ người khuyết tật tỉnh cùng Sở Y tế, Trung tâm Y tế huyện "
        "Gia Viễn đã phẫu thuật cho 90 người nghèo trong tháng 9/2033.",
    )
    assert report.organizer == "Trung tâm Y tế huyện Gia Viễn"
    assert report.organizer_level.value == "district"
