"""The regressions review rvg found in round 26's merged rules (fixer fx26g), each on pages
written in the genre's forms (units, places and figures invented): a weekly bulletin's
"tích lũy" is the year's running total, not a stock; a "gồm" list that holds the meeting is
its subject; a flattened table's column header dates its cells or marks them as the plan;
a person's home province is not the page's place."""

from __future__ import annotations

from typing import Any

import pytest

from offline_pages import extract


def _figures(*page: str) -> dict[float, tuple[tuple[str, int | None, int | None] | None, str]]:
    """Each figure's value: its period (kind, year, index) and its measure."""
    return {
        float(item.value): (
            None
            if item.period is None
            else (item.period.kind.value, item.period.year, item.period.index),
            item.measure.value,
        )
        for item in extract(*page).indicators
    }


def _placed(*page: str, url: str | None = None) -> tuple[Any, str, Any]:
    report = extract(*page, url=url)
    return report.organizer, report.organizer_level.value, report.province


# --- Cause 1: a weekly bulletin's "tích lũy" is the year so far; a total since an epidemic
# began stays a stock ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "totals", "year"),
    [
        (
            (
                "Trung tâm Kiểm soát bệnh tật TP Sông Mây thông tin tuần 38",
                "Trong tuần 38 năm 2031, thành phố ghi nhận 186 ca sốt xuất huyết, giảm 14 ca "
                "so với tuần trước; tích lũy 5.420 ca, 2 ca tử vong.",
            ),
            [5420, 2],
            2031,
        ),
        (
            (
                "Tuần 40, tỉnh Sông Mây ghi nhận 96 ca sốt xuất huyết",
                "Trong tuần 40 năm 2030, toàn tỉnh ghi nhận 96 ca sốt xuất huyết; tích lũy "
                "4.820 ca, tăng 12% so với cùng kỳ năm 2029; tích lũy 1 ca tử vong.",
            ),
            [4820, 12, 1],
            2030,
        ),
        (
            (
                "Sông Mây: tuần 22 ghi nhận 41 ca tay chân miệng",
                "Trung tâm Kiểm soát bệnh tật tỉnh Sông Mây cho biết, trong tuần qua toàn tỉnh "
                "ghi nhận 41 ca tay chân miệng; tích lũy 903 ca.",
                "Năm 2031, tỉnh đặt mục tiêu giảm số ca mắc.",
            ),
            [903],
            None,
        ),
    ],
    ids=["week-of-year", "week-with-change", "week-in-headline"],
)
def test_a_weekly_bulletin_s_running_total_is_the_year_so_far(
    page: tuple[str, ...], totals: list[float], year: int | None
) -> None:
    figures = _figures(*page)
    for total in totals:
        period = figures[total][0]
        assert period is not None and period[0] == "other", figures
        if year is not None:
            assert period[1] == year, figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Tính đến ngày 30/9/2031, số trường hợp nhiễm HIV tích lũy được báo cáo trên toàn tỉnh "
        "là 1.195 người.",
        "Từ khi triển khai chương trình, lũy tích 1.195 người được điều trị Methadone.",
        "Tổng số ca mắc từ đầu dịch là 1.195 ca.",
    ],
    ids=["hiv-since-first-case", "programme", "since-the-epidemic"],
)
def test_a_total_since_an_epidemic_began_stays_a_stock(sentence: str) -> None:
    figures = _figures("Trung tâm Y tế huyện Sông Mây tổng kết năm 2031", sentence)
    assert figures[1195][0] is None, figures


# --- Cause 2: a "gồm" list the organising verb follows holds the meeting -----------------------


def test_a_listed_subject_holds_the_meeting() -> None:
    organizer, level, province = _placed(
        "Liên ngành tổng kết công tác y tế trường học",
        "Ngày 5/6/2031, liên ngành gồm Sở Y tế, Sở Giáo dục và Đào tạo tỉnh Quảng Nam tổ chức "
        "hội nghị tổng kết công tác y tế trường học năm học 2030-2031. Năm học qua, 98% học "
        "sinh được khám sức khỏe định kỳ.",
    )
    assert (organizer, level, province) == ("Sở Y tế tỉnh Quảng Nam", "province", "Quảng Nam")


def test_a_listed_member_the_sentence_counts_is_still_skipped() -> None:
    organizer, _, _ = _placed(
        "Trung tâm Y tế huyện Sông Mây tổng kết năm 2031",
        "Ngày 10/1/2032, Trung tâm Y tế huyện Sông Mây tổ chức hội nghị tổng kết. Mạng lưới "
        "khám chữa bệnh gồm Bệnh viện Đa khoa khu vực Bắc Sông Mây 120 giường, Phòng khám Đa "
        "khoa Tân Hòa 20 giường.",
    )
    assert organizer == "Trung tâm Y tế huyện Sông Mây"


# --- Cause 3: a flattened table's column header dates its cells or marks the plan ------------


def test_a_column_naming_an_earlier_year_holds_the_earlier_figures() -> None:
    figures = _figures(
        "Bệnh viện Đa khoa khu vực Sông Mây tổng kết năm 2031",
        "Ngày 5/1/2032, Bệnh viện Đa khoa khu vực Sông Mây tổ chức hội nghị tổng kết hoạt "
        "động năm 2031.",
        "Chỉ tiêu\nNăm 2030\nNăm 2031\nTổng số lần khám bệnh\n312.450\n328.900\n"
        "Số BN điều trị nội trú\n28.400\n30.120",
    )
    assert figures[312450] == (("year", 2030, None), "previous"), figures
    assert figures[28400] == (("year", 2030, None), "previous"), figures
    assert figures[328900] == (("year", 2031, None), "level"), figures
    assert figures[30120] == (("year", 2031, None), "level"), figures


def test_a_column_of_months_abbreviated_dates_its_cells() -> None:
    figures = _figures(
        "Bệnh viện Tâm thần tỉnh Sông Mây họp sơ kết",
        "Chiều 4/7/2031, Bệnh viện Tâm thần tỉnh Sông Mây tổ chức sơ kết 6 tháng đầu năm 2031.",
        "Chỉ tiêu\n6 th/2030\n6 th/2031\nSố lượt khám\n12.400\n13.120\nSố BN nội trú\n1.520\n1.610",
    )
    assert figures[1520] == (("half_year", 2030, 1), "previous"), figures
    assert figures[1610] == (("half_year", 2031, 1), "level"), figures


def test_a_plan_column_holds_targets() -> None:
    figures = _figures(
        "Trạm Y tế phường 5 báo cáo kết quả tiêm chủng",
        "Ngày 2/10/2031, Trạm Y tế Phường 5, thành phố Tân An tổ chức họp sơ kết 9 tháng đầu "
        "năm 2031.",
        "Nội dung\nKế hoạch\nThực hiện\nTrẻ tiêm chủng đầy đủ\n180\n176\n"
        "Phụ nữ có thai tiêm uốn ván\n150\n148",
    )
    assert figures[180][1] == "target", figures
    assert figures[150][1] == "target", figures
    assert figures[176][1] == "level", figures
    assert figures[148][1] == "level", figures


# --- Cause 4: a person's home province is not the page's place ---------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Bệnh nhân nam 56 tuổi, quê Hà Tĩnh, bị ngừng tim khi đang làm việc.",
        "Bệnh nhân N.V.A. (45 tuổi, trú tại Hà Tĩnh) nhập viện trong tình trạng hôn mê.",
        "Anh N.V.B., người Hà Tĩnh, được chuyển đến trong tình trạng nguy kịch.",
    ],
    ids=["que", "tru-tai", "nguoi"],
)
def test_a_patient_s_home_province_is_not_the_page_s_place(opening: str) -> None:
    organizer, _, province = _placed(
        "Bệnh nhân được cứu sống",
        opening + " Các bác sĩ đã ép tim 45 phút và lọc máu 3 lần. Năm 2031, khoa đã cứu sống "
        "28 ca ngừng tim ngoại viện.",
        url="https://tuoitre.vn/benh-nhan-ngung-tim-duoc-cuu-song",
    )
    assert (organizer, province) != ("Hà Tĩnh", "Hà Tĩnh")
    assert province is None


def test_a_province_the_opening_reports_on_still_places_the_page() -> None:
    _, level, province = _placed(
        "Sốt xuất huyết tăng mạnh",
        "Cụ thể, trong tháng 2/2031, Hà Tĩnh đã ghi nhận 59 ca sốt xuất huyết.",
    )
    assert (level, province) == ("province", "Hà Tĩnh")
