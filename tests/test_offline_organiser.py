"""The organiser level and its place on reworded probes of the causes the rules missed on first
contact (the sentences are written for these tests, units and figures invented).

Each cause has probes of its form in new words and sentences of the genre on which the rule
must not fire.
"""

from __future__ import annotations

from typing import Any

import pytest

from baocao.documents import load_document
from baocao.numerals import NumberIndex
from baocao.offline import extract_offline
from baocao.schemas import load_report_type

MODEL = load_report_type("health_review").model


def extract(*paragraphs: str) -> Any:
    document = load_document("\n\n".join(paragraphs))
    return extract_offline(document, NumberIndex(document.text), MODEL)


def level(*paragraphs: str) -> str:
    return str(extract(*paragraphs).organizer_level.value)


# --- Cause A: an association is the organiser (level other), whatever its verb -------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Khám miễn phí cho người cao tuổi",
            "Sáng 15/3, Hội Điều dưỡng huyện Cam Lâm khám và phát thuốc miễn phí cho 260 "
            "người cao tuổi. Năm 2024, hội đã khám cho 3.150 lượt người.",
        ),
        (
            "Chi hội Châm cứu phường Hòa Cường tổng kết năm 2024",
            "Ngày 9/1/2025, Chi hội Châm cứu phường Hòa Cường tổ chức tổng kết hoạt động năm "
            "2024. Hội viên đã châm cứu cho 1.240 lượt người.",
        ),
        (
            "Bốc thuốc nam cho người nghèo",
            "Năm 2024, các hội viên của Hội Đông y thị xã Ninh Hòa đã bốc thuốc nam miễn phí "
            "cho 1.530 lượt người nghèo.",
        ),
        (
            "Lương y khám bệnh dịp Tết",
            "Năm 2024, các lương y của hội Đông y xã Quảng Phú đã khám và cấp thuốc cho 640 "
            "lượt người.",
        ),
    ],
    ids=["any-verb", "branch", "members", "lower-case-after-cua"],
)
def test_association_doing_the_work_in_the_lead_is_the_organiser(
    paragraphs: tuple[str, ...],
) -> None:
    assert level(*paragraphs) == "other"


def test_association_names_the_district_it_belongs_to_not_the_level() -> None:
    report = extract(
        "Khám miễn phí cho người cao tuổi",
        "Sáng 15/3, Hội Điều dưỡng huyện Cam Lâm khám miễn phí cho 260 người cao tuổi.",
    )
    assert (report.organizer_level.value, report.province, report.district) == (
        "other",
        "Khánh Hòa",
        "Cam Lâm",
    )


def test_association_as_a_district_centres_partner_is_no_organiser() -> None:
    assert (
        level(
            "Hiến máu tình nguyện đợt 1",
            "Sáng 5/4, Trung tâm Y tế huyện Cam Lâm phối hợp với Hội Chữ thập đỏ huyện tổ "
            "chức ngày hội hiến máu, tiếp nhận 318 đơn vị máu.",
        )
        == "district"
    )


def test_association_at_its_work_further_in_the_body_is_no_organiser() -> None:
    assert (
        level(
            "Xã Phước Hưng chăm lo sức khỏe người dân",
            "Năm 2024, xã Phước Hưng, huyện Tuy Phước xây mới trạm y tế và mua thêm 2 máy siêu âm.",
            "Ở thôn Đồng Lách, Hội Chữ thập đỏ trao 40 suất quà cho người khuyết tật.",
            "Năm 2024, 91% người dân trong xã tham gia bảo hiểm y tế.",
        )
        == "commune"
    )


def test_meeting_words_opening_with_hoi_are_no_association() -> None:
    assert (
        level(
            "Hội nghị tổng kết ngành y tế",
            "Hội nghị tổng kết năm 2024 của Sở Y tế tỉnh Phú Yên diễn ra sáng 10/1/2025. Năm "
            "qua, toàn ngành khám cho 2,1 triệu lượt người.",
        )
        == "province"
    )
