"""The fixes of review 24a's findings, each on reworded probes of its form and on sentences of
the genre where the rule must not fire (sentences written for these tests; units, places'
uses and figures invented)."""

from __future__ import annotations

from typing import Any

import pytest

from baocao.documents import load_document
from baocao.numerals import NumberIndex
from baocao.offline import extract_offline
from baocao.schemas import load_report_type

MODEL = load_report_type("health_review").model


def extract(*paragraphs: str, url: str | None = None) -> Any:
    document = load_document("\n\n".join(paragraphs), url=url)
    return extract_offline(document, NumberIndex(document.text), MODEL)


def reviewed(*paragraphs: str, url: str | None = None) -> tuple[str, int | None]:
    period = extract(*paragraphs, url=url).reviewed_period
    return (period.kind.value, period.year)


# --- Finding 1: a February-April review of a Tết duty, a festival or a campaign reviews this
# year's days, not last year's work ------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "url"),
    [
        (
            (
                "Bệnh viện tổng kết công tác trực Tết",
                "Chiều 21/2, Bệnh viện Đa khoa tỉnh Hòa Bình tổng kết công tác trực Tết "
                "Nguyên đán. Trong 8 ngày nghỉ Tết, bệnh viện cấp cứu cho 1.730 lượt người.",
            ),
            "https://baohoabinh.vn/suc-khoe/2033/02/truc-tet.html",
        ),
        (
            (
                "Ngành y tế tổng kết công tác trực Tết Quý Sửu",
                "Sáng 14/2, Sở Y tế tỉnh Lạng Sơn tổng kết công tác trực Tết Quý Sửu. Trong "
                "dịp Tết, các cơ sở khám cấp cứu cho 2.950 lượt người.",
            ),
            "https://baolangson.vn/y-te/2033/02/tong-ket-tet.html",
        ),
        (
            (
                "Tổng kết công tác an toàn thực phẩm mùa lễ hội",
                "Sáng 8/3, Ban chỉ đạo an toàn thực phẩm huyện Kim Bảng tổng kết công tác bảo "
                "đảm an toàn thực phẩm dịp Tết và mùa Lễ hội Xuân. Các đoàn kiểm tra 164 cơ sở.",
            ),
            "https://baohanam.vn/xa-hoi/2033/03/attp-le-hoi.html",
        ),
        (
            (
                "Hiến máu mùa xuân ở Quỳnh Phụ",
                "Sáng 18/4, Hội Chữ thập đỏ huyện Quỳnh Phụ tổng kết hoạt động Lễ hội Xuân hồng. "
                "Qua 4 ngày, hội tiếp nhận 870 đơn vị máu.",
            ),
            "https://baothaibinh.vn/y-te/2033/04/xuan-hong.html",
        ),
        (
            (
                "Sở Y tế tổng kết công tác dịp Tết Quý Sửu",
                "Chiều 17/2, Sở Y tế tỉnh Bắc Kạn tổng kết công tác trực, cấp cứu dịp Tết Quý "
                "Sửu. Trong 7 ngày nghỉ Tết, các bệnh viện tiếp nhận 1.460 ca cấp cứu.",
            ),
            "https://baobackan.vn/y-te/2033/02/cap-cuu-tet.html",
        ),
    ],
    ids=["duty-tet", "duty-lunar-tet", "food-safety-festival", "red-cross-festival", "duty-lunar"],
)
def test_a_spring_review_of_a_tet_duty_or_festival_is_of_this_year(
    paragraphs: tuple[str, ...], url: str
) -> None:
    assert reviewed(*paragraphs, url=url) == ("other", 2033)


@pytest.mark.parametrize(
    ("paragraphs", "url"),
    [
        (
            (
                "Trung tâm Y tế huyện Lục Ngạn tổng kết công tác năm",
                "Sáng 16/1, Trung tâm Y tế huyện Lục Ngạn tổ chức hội nghị tổng kết công tác "
                "năm. Năm qua, trung tâm khám cho 71.000 lượt người.",
            ),
            "https://baobacgiang.vn/y-te/2033/01/tong-ket-nam.html",
        ),
        (
            (
                "Bệnh viện tổng kết năm, chuẩn bị trực Tết",
                "Chiều 22/1, Bệnh viện Đa khoa huyện Lạng Giang tổng kết công tác năm qua và "
                "triển khai kế hoạch trực Tết. Năm qua, bệnh viện điều trị cho 9.400 người.",
            ),
            "https://baobacgiang.vn/y-te/2033/01/benh-vien.html",
        ),
    ],
    ids=["year-work", "year-work-then-a-tet-plan"],
)
def test_a_january_review_of_the_year_s_work_stays_the_year_before(
    paragraphs: tuple[str, ...], url: str
) -> None:
    assert reviewed(*paragraphs, url=url) == ("other", 2032)
