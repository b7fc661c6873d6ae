"""Fixes of what review rv23b found worse after t23b (organiser, level, province, district):
an honour word that is a meeting's purpose ("hội nghị được Sở Y tế tổ chức nhằm biểu dương"),
a rank word that ends before a comma ("Đáng chú ý nhất, toàn tỉnh ..."), the whole province
named only to compare with it ("cao hơn so với toàn tỉnh"), and a district health centre's
own site whose body names the province, the nation or the sector as context. Sentences
written for these tests (places, units and figures invented), with near sentences whose
reading must stay."""

from __future__ import annotations

import pytest

from offline_pages import extract

# A provincial paper's address: the page's province when its text names none.
PROVINCIAL_URL = "https://baohanam.com.vn/y-te/tin-tuc-12345.html"
# A district health centre's own site (its host names the centre and the district).
CENTRE_URL = "https://trungtamytethanhliem.vn/tin/bao-cao-thang.html"

# --- Cause 1: an honour word after a verb of holding ("được <unit> tổ chức nhằm biểu dương
# ..."): the unit holds the meeting, the honour is its purpose; it is no honouring authority.


@pytest.mark.parametrize(
    ("paragraphs", "organizer"),
    [
        (
            (
                "Hội nghị tổng kết ngành y tế năm 2031",
                "Sáng 12/1/2032, hội nghị được Sở Y tế tỉnh Hà Nam tổ chức nhằm biểu dương 30 tập "
                "thể có thành tích xuất sắc.",
                "Năm 2031, toàn ngành khám cho 1,1 triệu lượt người.",
            ),
            "Sở Y tế tỉnh Hà Nam",
        ),
        (
            (
                "Lễ kỷ niệm Ngày Thầy thuốc Việt Nam",
                "Tối 27/2/2032, lễ mít tinh được Sở Y tế Hà Nam tổ chức để vinh danh 50 thầy "
                "thuốc tiêu biểu.",
                "Năm 2031, ngành khám cho 1,1 triệu lượt người.",
            ),
            "Sở Y tế Hà Nam",
        ),
        (
            (
                "Sơ kết công tác y tế cơ sở",
                "Chiều 5/7/2031, hội nghị được Sở Y tế chủ trì nhằm khen thưởng 6 trạm y tế xuất "
                "sắc.",
                "Sáu tháng qua, các trạm khám cho 40.000 lượt người.",
            ),
            "Sở Y tế tỉnh Hà Nam",
        ),
    ],
    ids=["to-chuc-bieu-duong", "to-chuc-vinh-danh", "chu-tri-khen-thuong"],
)
def test_the_unit_that_holds_an_honouring_meeting_is_the_organiser(
    paragraphs: tuple[str, ...], organizer: str
) -> None:
    report = extract(*paragraphs, url=PROVINCIAL_URL)
    assert (report.organizer, report.organizer_level.value) == (organizer, "province")


@pytest.mark.parametrize(
    ("paragraphs", "organizer", "level"),
    [
        (
            (
                "Y tế cơ sở chuyển biến",
                "Huyện Bình Lục có 10 trạm y tế được Sở Y tế biểu dương về công tác tiêm chủng "
                "năm 2031.",
                "Các trạm khám cho 50.000 lượt người.",
            ),
            "Huyện Bình Lục",
            "district",
        ),
        (
            (
                "Trạm y tế xã Văn Xá được công nhận đạt chuẩn",
                "Sáng 3/3/2032, Trạm Y tế xã Văn Xá, huyện Kim Bảng được Sở Y tế tỉnh Hà Nam công "
                "nhận đạt chuẩn quốc gia về y tế.",
                "Trạm khám cho 6.000 lượt người mỗi năm.",
            ),
            "Trạm Y tế xã Văn Xá",
            "commune",
        ),
    ],
    ids=["bieu-duong", "cong-nhan"],
)
def test_the_authority_that_honours_directly_is_still_not_the_organiser(
    paragraphs: tuple[str, ...], organizer: str, level: str
) -> None:
    report = extract(*paragraphs, url=PROVINCIAL_URL)
    assert (report.organizer, report.organizer_level.value) == (organizer, level)


# --- Cause 2: a rank word ends at a comma ("Đáng chú ý nhất, toàn tỉnh ..."): the whole
# province after it is the next clause's subject, not the field of a rank.


@pytest.mark.parametrize(
    "lead",
    [
        "Đáng chú ý nhất, toàn tỉnh không ghi nhận ca tử vong do sởi trong năm 2031.",
        "Điều đáng mừng nhất, toàn tỉnh đã tiêm đủ mũi cho 98% trẻ dưới 1 tuổi.",
        "Nổi bật nhất, toàn tỉnh không có ổ dịch sởi mới trong năm 2031.",
    ],
    ids=["dang-chu-y-nhat", "dang-mung-nhat", "noi-bat-nhat"],
)
def test_the_whole_province_after_a_rank_word_and_a_comma_is_the_page_s(lead: str) -> None:
    report = extract(
        "Kết quả phòng chống dịch năm 2031",
        lead,
        "Số ca mắc tay chân miệng là 210 ca, giảm 12% so với cùng kỳ.",
        url=PROVINCIAL_URL,
    )
    assert (report.organizer_level.value, report.province) == ("province", "Hà Nam")


# --- Cause 3: on a district health centre's own site, a page that names no unit and no
# place in its opening is the centre's, whatever its body says of the province ("cao hơn so
# với toàn tỉnh"), the nation ("đang gia tăng trên cả nước") or the sector ("Ngành y tế
# khuyến cáo ..."): context, not the page's subject.

_OPENING_TIEM = (
    "Kết quả tiêm chủng quý I năm 2031",
    "Trong quý I/2031, đã tổ chức 60 buổi tiêm chủng tại các trạm y tế. Có 510 trẻ dưới 1 tuổi "
    "được tiêm đủ mũi. Tỷ lệ đạt 23% kế hoạch năm. Không ghi nhận phản ứng nặng sau tiêm.",
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (*_OPENING_TIEM, "Tỷ lệ tiêm chủng đầy đủ cao hơn so với toàn tỉnh."),
        (*_OPENING_TIEM, "Tỷ lệ này vẫn thấp hơn mức chung toàn tỉnh."),
        (
            "Tình hình sốt xuất huyết tháng 8/2031",
            "Trong tháng 8/2031, đã ghi nhận 14 ca sốt xuất huyết tại 5 xã. Số ca mắc tăng 4 ca "
            "so với tháng trước. Các ca bệnh đều điều trị ổn định. Đã xử lý 5 ổ dịch.",
            "Hiện nay, dịch sốt xuất huyết đang gia tăng trên cả nước.",
        ),
        (
            "Tình hình tay chân miệng tháng 9/2031",
            "Trong tháng 9/2031, đã ghi nhận 21 ca tay chân miệng tại 7 xã. Số ca tăng 6 ca so "
            "với tháng trước. Không có ca nặng. Các trạm y tế đã hướng dẫn 90 hộ gia đình.",
            "Bệnh đang có xu hướng tăng trên toàn quốc.",
        ),
        (
            "Phòng chống cúm mùa tháng 12/2031",
            "Trong tháng 12/2031, đã ghi nhận 280 ca hội chứng cúm tại 11 xã. Số ca tăng 30 ca so "
            "với tháng trước. Không có trường hợp tử vong. Các trạm y tế đã truyền thông tại 18 "
            "thôn.",
            "Ngành y tế khuyến cáo người dân đeo khẩu trang nơi đông người.",
        ),
    ],
    ids=["so-voi-toan-tinh", "muc-chung-toan-tinh", "ca-nuoc", "toan-quoc", "nganh-khuyen-cao"],
)
def test_a_health_centre_s_own_page_is_the_centre_s_whatever_its_body_names(
    paragraphs: tuple[str, ...],
) -> None:
    report = extract(*paragraphs, url=CENTRE_URL)
    assert (report.organizer_level.value, report.province, report.district) == (
        "district",
        "Hà Nam",
        "Thanh Liêm",
    )
    assert report.organizer == "Trung tâm Y tế huyện Thanh Liêm"


def test_the_province_compared_with_is_not_the_page_s() -> None:
    report = extract(
        *_OPENING_TIEM, "Tỷ lệ này vẫn thấp hơn mức chung toàn tỉnh.", url=PROVINCIAL_URL
    )
    assert report.organizer_level.value != "province"


def test_the_sector_s_advice_on_a_provincial_page_stays_the_sector_s() -> None:
    report = extract(
        "Phòng chống cúm mùa tháng 12/2031",
        "Trong tháng 12/2031, đã ghi nhận 2.800 ca hội chứng cúm. Số ca tăng 300 ca so với tháng "
        "trước. Không có trường hợp tử vong. Các bệnh viện đã bố trí khu cách ly.",
        "Ngành y tế khuyến cáo người dân đeo khẩu trang nơi đông người.",
        url=PROVINCIAL_URL,
    )
    assert (report.organizer, report.organizer_level.value) == ("Ngành y tế", "province")


def test_a_centre_s_page_ranking_its_district_in_the_province_stays_the_centre_s() -> None:
    report = extract(
        "Bảo hiểm y tế năm 2031",
        "Năm 2031, tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%. Có 4.100 người được cấp thẻ mới. Đã "
        "chi trả 120 tỷ đồng. Không có hồ sơ tồn đọng.",
        "Tỷ lệ bao phủ đứng thứ 2 toàn tỉnh.",
        url=CENTRE_URL,
    )
    assert (report.organizer_level.value, report.district) == ("district", "Thanh Liêm")
