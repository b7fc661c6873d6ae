"""The regressions review rve found in round 26's organiser rules (tuner tune26e; fixer fx26e),
each on pages written in the genre's forms (units and figures invented): a headline that only
says what a council will hold next names no organiser; a sub-department named bare takes the
name the page prints in full; a mass organisation's association is at its place's level only
as the subject of the organising verb, not as its venue; the women's union's name keeps its
lower-case "nữ"."""

from __future__ import annotations

from typing import Any

import pytest

from offline_pages import placement as _placed

# --- Cause 1: a headline that only says what a unit will hold next names no organiser --------
# (as a lead of that form names none: the body's unit did the page's work)


def test_a_plan_s_headline_names_no_organiser() -> None:
    organizer, level, _, district = _placed(
        "Theo kế hoạch, Hội đồng nghĩa vụ quân sự huyện Cần Giuộc sẽ tổ chức khám tuyển từ ngày "
        "12 đến 20/12",
        "Trung tâm Y tế huyện Cần Giuộc (Long An) vừa tổ chức tập huấn công tác khám sức khỏe "
        "nghĩa vụ quân sự năm 2033 cho 45 y, bác sĩ của Trung tâm và 13 trạm y tế xã, thị trấn.",
        "Năm 2032, Trung tâm đã khám tuyển cho 980 công dân, trong đó 540 công dân đủ tiêu chuẩn.",
    )
    assert (organizer, level, district) == (
        "Trung tâm Y tế huyện Cần Giuộc",
        "district",
        "Cần Giuộc",
    )


def test_a_headline_of_the_council_s_own_exam_names_the_council() -> None:
    assert _placed(
        "Hội đồng nghĩa vụ quân sự huyện Cần Giuộc tổ chức khám tuyển cho 1.000 công dân",
        "Từ ngày 12 đến 20/12, tại Trung tâm Y tế huyện, 1.000 công dân được khám sức khỏe; có "
        "812 công dân đủ tiêu chuẩn.",
    )[:2] == ("Hội đồng nghĩa vụ quân sự huyện Cần Giuộc", "district")


# --- Cause 2: a sub-department named bare takes the name the page prints in full ------------


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        (
            "Theo ông Lê Văn Tâm, Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm tỉnh, trong "
            "dịp Tết không xảy ra ngộ độc thực phẩm tập thể trên địa bàn tỉnh.",
            "Chi cục An toàn vệ sinh thực phẩm tỉnh",
        ),
        (
            "Bà Trần Thị Hoa, Phó Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Long "
            "An, cho biết công tác truyền thông sẽ được đẩy mạnh.",
            "Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Long An",
        ),
        ("Không có ngộ độc thực phẩm tập thể trên địa bàn tỉnh.", "Chi cục"),
    ],
)
def test_a_sub_department_named_bare_takes_its_full_name(full: str, expected: str) -> None:
    assert _placed(
        "Tăng cường kiểm tra dịp Tết",
        "Dịp Tết Nguyên đán 2033, các đoàn kiểm tra liên ngành của tỉnh đã kiểm tra 856 cơ sở. "
        "Thời gian qua, Chi cục đã kiểm tra 217 cơ sở, phát hiện 25 cơ sở vi phạm.",
        full,
        url="https://baolongan.vn/kiem-tra-dip-tet-a991.html",
    )[:3] == (expected, "province", "Long An")


# --- Cause 3: an association is at its place's level as the verb's subject, not its venue ---


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 9/8, tại Hội Chữ thập đỏ tỉnh Long An, Ngân hàng TMCP Công thương chi nhánh Long "
        "An đã tổ chức ngày hội hiến máu cho cán bộ, nhân viên.",
        "Ngày 16/6, tại trụ sở Hội Chữ thập đỏ huyện Cần Giuộc (Long An), Huyện đoàn Cần Giuộc "
        "đã tổ chức ngày hội hiến máu năm 2033.",
        "Ngày 16/6, Hội Chữ thập đỏ huyện Cần Giuộc tiếp nhận 235 đơn vị máu tại ngày hội hiến "
        "máu do Huyện đoàn Cần Giuộc tổ chức.",
    ],
)
def test_an_association_that_is_the_venue_or_receives_stays_other(lead: str) -> None:
    assert (
        _placed(
            "Ngày hội hiến máu tình nguyện",
            lead,
            "Ngày hội thu hút 280 đoàn viên đăng ký, tiếp nhận 235 đơn vị máu.",
        )[1]
        == "other"
    )


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 16/6, Hội Chữ thập đỏ huyện Cần Giuộc, phối hợp với Trung tâm Y tế huyện, đã tổ "
        "chức ngày hội hiến máu năm 2033.",
        "Ngày 16/6, tại Nhà văn hóa huyện, Hội Chữ thập đỏ huyện Cần Giuộc đã tổ chức ngày hội "
        "hiến máu năm 2033.",
    ],
)
def test_an_association_that_holds_the_drive_is_its_district_s(lead: str) -> None:
    assert (
        _placed(
            "Ngày hội hiến máu tình nguyện",
            lead,
            "Ngày hội thu hút 280 đoàn viên đăng ký, tiếp nhận 235 đơn vị máu.",
        )[1]
        == "district"
    )


# --- Wrong on both trees: the women's union keeps its lower-case "nữ" -----------------------


@pytest.mark.parametrize(
    ("union", "expected"),
    [
        (
            "Hội Liên hiệp Phụ nữ (LHPN) huyện Cần Giuộc, tỉnh Long An",
            ("Hội Liên hiệp Phụ nữ huyện Cần Giuộc", "district", "Long An", "Cần Giuộc"),
        ),
        (
            "Hội Liên hiệp Phụ nữ xã Long Hậu (huyện Cần Giuộc, Long An)",
            ("Hội Liên hiệp Phụ nữ xã Long Hậu", "commune", "Long An", "Cần Giuộc"),
        ),
    ],
)
def test_the_women_s_union_keeps_its_whole_name(union: str, expected: tuple[Any, ...]) -> None:
    assert (
        _placed(
            "Khám sàng lọc ung thư vú cho phụ nữ",
            f"Ngày 5/9, {union} phối hợp với Trung tâm Y tế huyện tổ chức khám sàng lọc ung thư "
            "vú miễn phí cho 300 chị em phụ nữ có hoàn cảnh khó khăn.",
        )
        == expected
    )
