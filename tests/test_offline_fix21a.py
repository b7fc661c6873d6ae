"""A review's worse cases of tuning 21a, mended (fixer fx21a): each rule narrowed on sentences of
the review's forms (written for these tests; units, places and figures invented), the tuner's
own forms (tests/test_offline_tune21a.py) kept."""

from __future__ import annotations

import pytest

from offline_pages import extract

# --- The province's sector unnamed opens an undated body: the page's subject only when that
# sentence reports a period's work, not a background or a habit ("Hiện nay", "Hằng năm") ------


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        (
            (
                "Tuyển dụng bác sĩ về tuyến xã",
                "Hiện nay, ngành y tế tỉnh còn thiếu khoảng 210 bác sĩ. Năm 2031, Sở Y tế Yên "
                "Bái đã tuyển dụng được 36 bác sĩ, trong đó 9 người về trạm y tế xã.",
            ),
            "province",
        ),
        (
            (
                "Tập huấn hồi sức cấp cứu",
                "Hằng năm, ngành y tế tỉnh tổ chức nhiều lớp tập huấn hồi sức cho nhân viên y tế. "
                "Năm 2031, Bệnh viện Đa khoa tỉnh Hòa Bình đã mở 5 lớp cho 240 học viên.",
            ),
            "hospital",
        ),
    ],
    ids=["hien-nay", "hang-nam"],
)
def test_a_background_sentence_on_the_sector_leaves_the_unit(
    paragraphs: tuple[str, ...], level: str
) -> None:
    report = extract(*paragraphs)
    assert report.organizer_level.value == level
    assert not report.organizer.lower().startswith("ngành")


def test_the_sector_of_our_province_is_named_whole() -> None:
    report = extract(
        "Khám chữa bệnh tăng",
        "Năm 2031, ngành y tế tỉnh ta khám cho 1,4 triệu lượt người, tăng 7%. Bệnh viện Đa "
        "khoa tỉnh Hòa Bình khám cho 310.000 lượt.",
    )
    assert report.organizer == "ngành y tế tỉnh ta"
    assert report.organizer_level.value == "province"
