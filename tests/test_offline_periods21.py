"""Reviewed and next periods of the offline rules by the classes of the golds' convention
(examples/gold/README.md, reviewed_period / next_period): sentences written for these tests."""

from __future__ import annotations

import pytest

from offline_pages import extract

# An event that reviews no period, its year printed nowhere in the text: the year comes from
# the page's date, here the posting time that ends the address's slug.
STAMPED = "https://bao.example.vn/suc-khoe/{slug}-20310412081530417.htm"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Mít tinh hưởng ứng ngày sức khỏe toàn dân",
            "Sáng 11/4, Sở Y tế tổ chức lễ mít tinh hưởng ứng ngày sức khỏe toàn dân với "
            "sự tham gia của 800 đoàn viên.",
        ),
        (
            "Khánh thành khu điều trị mới",
            "Ngày 10/4, bệnh viện đa khoa huyện khánh thành khu điều trị nội trú gồm 120 "
            "giường bệnh.",
        ),
        (
            "Nghỉ lễ, hơn 900 ca cấp cứu vì tai nạn",
            "Trong mấy ngày nghỉ lễ vừa qua, các bệnh viện trong thành phố tiếp nhận hơn 900 "
            "ca cấp cứu, trong đó 210 ca do tai nạn giao thông.",
        ),
    ],
)
def test_a_slug_s_posting_time_dates_a_page_that_prints_no_year(
    paragraphs: tuple[str, ...],
) -> None:
    report = extract(*paragraphs, url=STAMPED.format(slug="bai-viet"))
    assert report.reviewed_period.year == 2031


def test_a_slug_s_article_number_is_no_date() -> None:
    # an article number that does not read as year, month and day dates nothing
    report = extract(
        "Mít tinh hưởng ứng ngày sức khỏe toàn dân",
        "Sáng 11/4, Sở Y tế tổ chức lễ mít tinh hưởng ứng ngày sức khỏe toàn dân với sự "
        "tham gia của 800 đoàn viên.",
        url="https://bao.example.vn/suc-khoe/bai-viet-185310412081530417.htm",
    )
    assert report.reviewed_period.year is None


def test_a_printed_year_beats_the_slug_s_posting_time() -> None:
    report = extract(
        "Tổng kết công tác y tế năm 2030",
        "Sáng 11/1, Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2030, khám cho "
        "12.000 lượt người.",
        url=STAMPED.format(slug="tong-ket"),
    )
    assert report.reviewed_period.year == 2030


# A year printed only as a comparison base named by a few words or by its figure ("so với cùng
# kỳ nghỉ năm N", "so với 40 ca năm N") is no year reviewed: a holiday's days of the page's
# own year (kind other, the year of its date).
@pytest.mark.parametrize(
    "sentence",
    [
        "Trong 3 ngày nghỉ lễ, bệnh viện tiếp nhận 920 ca cấp cứu, tăng 8% so với cùng kỳ "
        "nghỉ năm 2030.",
        "Trong 3 ngày nghỉ lễ, bệnh viện tiếp nhận 920 ca cấp cứu (so với 850 ca năm 2030).",
        "Trong 3 ngày nghỉ lễ, bệnh viện tiếp nhận 920 ca cấp cứu, ít hơn so với dịp nghỉ "
        "lễ năm 2030.",
    ],
)
def test_a_base_year_named_by_words_or_its_figure_is_not_reviewed(sentence: str) -> None:
    report = extract(
        "Hơn 900 ca cấp cứu dịp nghỉ lễ",
        "Sáng 4/1, bệnh viện thông tin số liệu hoạt động trong kỳ nghỉ lễ vừa qua. " + sentence,
        url=STAMPED.format(slug="nghi-le"),
    )
    assert report.reviewed_period.year == 2031


@pytest.mark.parametrize(
    "sentence",
    [
        # the plan's year is the year of the work
        "Năm 2030, bệnh viện khám cho 92.000 lượt người, đạt 104% so với kế hoạch năm 2030.",
        # a comma closes the comparison: the year after it is the one reported
        "So với các đơn vị khác, năm 2030 bệnh viện khám cho 92.000 lượt người.",
    ],
)
def test_a_year_after_a_plan_or_a_closed_comparison_stays_reviewed(sentence: str) -> None:
    report = extract(
        "Bệnh viện khám cho 92.000 lượt người",
        "Sáng 4/1, bệnh viện thông tin kết quả hoạt động. " + sentence,
        url=STAMPED.format(slug="ket-qua"),
    )
    assert report.reviewed_period.year == 2030
