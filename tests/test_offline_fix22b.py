"""Review rv22b's worse cases of tuning t22b, mended as forms (fixer fx22b): the nation cited
on a page that names no province of its own, districts that are not a list of sites, and a
dated lead that reports an event before it gives out figures (sentences written for these
tests after the reviewer's forms; units, places' uses and figures invented)."""

from __future__ import annotations

import datetime

import pytest

from offline_pages import extract

# --- The nation cited, on a page that names no province, district or "tỉnh" of its own, or
# cited only as the source of a figure ("Theo báo cáo của Chính phủ"): the nation's own sector
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Ngành y tế tiêm gần 3 triệu liều vắc xin sởi cho trẻ em",
            "Thực hiện chỉ đạo của Thủ tướng Chính phủ, ngành y tế đã triển khai chiến dịch tiêm "
            "vắc xin sởi cho trẻ từ 1 đến 5 tuổi. Sau 6 tuần, ngành đã tiêm được 2,9 triệu liều. "
            "Có 18 tỉnh, thành phố đạt tỷ lệ trên 98%. Bộ Y tế đề nghị các địa phương hoàn thành "
            "chiến dịch trước ngày 30/9.",
        ),
        (
            "Ngành y tế giảm 20% thủ tục hành chính",
            "Theo báo cáo của Chính phủ, năm 2031 ngành y tế đã cắt giảm, đơn giản hóa 152 thủ "
            "tục hành chính, tương đương 20% tổng số thủ tục. Tỷ lệ hồ sơ được giải quyết trực "
            "tuyến đạt 67%.",
        ),
    ],
    ids=["cited-no-province-named", "theo-bao-cao-cua-chinh-phu"],
)
def test_the_nation_cited_on_a_page_of_no_province_stays_national(
    paragraphs: tuple[str, ...],
) -> None:
    assert extract(*paragraphs).organizer_level.value == "national"


# --- A district that acts on another ("cử bác sĩ hỗ trợ huyện B", "huyện A ... đạt 97%, trong
# khi huyện B ..."): no list of sites, the first district's own page ---------------------------


@pytest.mark.parametrize(
    ("paragraphs", "district"),
    [
        (
            (
                "Y tế Mường Lát hỗ trợ huyện bạn sau lũ",
                "Sau trận lũ quét tháng 8/2031, huyện Mường Lát đã cử 12 y, bác sĩ hỗ trợ huyện "
                "Quan Sơn khắc phục hậu quả. Đoàn đã khám, cấp thuốc miễn phí cho 1.450 người.",
                "Tỉnh Thanh Hóa đã phân bổ 500 triệu đồng cho công tác khắc phục hậu quả lũ.",
            ),
            "Mường Lát",
        ),
        (
            (
                "Huyện Hoài Nhơn hỗ trợ nhân lực cho huyện An Lão và huyện Hoài Ân",
                "Năm 2031, huyện Hoài Nhơn đã cử 8 bác sĩ hỗ trợ huyện An Lão và huyện Hoài Ân. "
                "Các bác sĩ đã khám cho 4.300 lượt người.",
                "Tỉnh Bình Định hỗ trợ 5 triệu đồng/tháng cho mỗi bác sĩ.",
            ),
            "Hoài Nhơn",
        ),
        (
            (
                "Bảo hiểm y tế: một huyện dẫn đầu tỉnh",
                "Năm 2031, huyện Cẩm Xuyên có tỷ lệ bao phủ bảo hiểm y tế đạt 97,2%, trong khi "
                "huyện Kỳ Anh chỉ đạt 89%.",
                "Tỉnh Hà Tĩnh đặt mục tiêu 95% dân số tham gia bảo hiểm y tế.",
            ),
            "Cẩm Xuyên",
        ),
    ],
    ids=["cu-ho-tro-huyen-b", "ho-tro-huyen-b-va-c", "trong-khi-huyen-b"],
)
def test_a_district_acting_on_another_keeps_its_page(
    paragraphs: tuple[str, ...], district: str
) -> None:
    report = extract(*paragraphs)
    assert (report.organizer_level.value, report.district) == ("district", district)


# --- A dated lead that reports an event (an inspection, a training class, a campaign's day, a
# visit) and then gives out figures: the day is the event's ------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "day"),
    [
        (
            (
                "Kiểm tra an toàn thực phẩm Tết Trung thu",
                "Ngày 10/9/2031, Chi cục An toàn vệ sinh thực phẩm tỉnh Bắc Ninh tổ chức kiểm tra "
                "các cơ sở sản xuất bánh trung thu và cung cấp các số liệu về kết quả kiểm tra.",
                "Đoàn đã kiểm tra 46 cơ sở, phát hiện 7 cơ sở vi phạm.",
            ),
            datetime.date(2031, 9, 10),
        ),
        (
            (
                "CDC Hà Nam tập huấn giám sát bệnh truyền nhiễm",
                "Ngày 22/4/2031, tại lớp tập huấn giám sát bệnh truyền nhiễm cho cán bộ y tế xã, "
                "Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam đã cung cấp những số liệu về tình hình "
                "dịch bệnh quý I.",
                "Lớp tập huấn có 116 học viên tham gia.",
            ),
            datetime.date(2031, 4, 22),
        ),
        (
            (
                "Ra quân diệt lăng quăng ở Long An",
                "Sáng 18/5/2031, Trung tâm Y tế huyện Đức Hòa ra quân chiến dịch diệt lăng quăng, "
                "bọ gậy và thông tin về tình hình sốt xuất huyết trên địa bàn.",
                "Từ đầu năm, huyện ghi nhận 320 ca mắc.",
            ),
            datetime.date(2031, 5, 18),
        ),
        (
            (
                "Lãnh đạo tỉnh kiểm tra công tác tiêm chủng tại Sơn Dương",
                "Ngày 14/6/2031, đoàn công tác của UBND tỉnh Tuyên Quang kiểm tra công tác tiêm "
                "chủng tại huyện Sơn Dương; Trung tâm Y tế huyện đã cung cấp các số liệu về kết "
                "quả tiêm chủng 5 tháng.",
                "Toàn huyện đã tiêm cho 1.450 trẻ, đạt 41% kế hoạch năm.",
            ),
            datetime.date(2031, 6, 14),
        ),
    ],
    ids=["inspection", "training-class", "campaign-day", "inspection-visit"],
)
def test_an_event_reported_before_figures_keeps_its_day(
    paragraphs: tuple[str, ...], day: datetime.date
) -> None:
    assert extract(*paragraphs).event_date == day


# --- Wrong on both trees (review rv22b): districts listed as the sites of a province's work,
# the province unnamed but for "Toàn tỉnh" opening a sentence --------------------------------


def test_listed_districts_with_a_sentence_opening_toan_tinh_make_the_province_s_page() -> None:
    report = extract(
        "Tiêm vắc xin sởi cho trẻ vùng cao",
        "Đợt tiêm vắc xin sởi tháng 9/2031 được triển khai tại huyện Mường Tè, huyện Nậm Nhùn và "
        "huyện Sìn Hồ. Toàn tỉnh đã tiêm cho 14.600 trẻ từ 1 đến 5 tuổi, đạt 97% kế hoạch.",
    )
    assert (report.organizer_level.value, report.district) == ("province", None)


# --- Wrong on both trees (review rv22b): an association holds the long-named review a guest of
# its own kind attends ("đại diện Hội X huyện A dự hội nghị tổng kết ... của Hội X tỉnh B") ------


def test_an_association_holding_a_long_named_review_is_the_organiser() -> None:
    report = extract(
        "Hội Đông y tỉnh Hà Nam tổng kết năm 2031",
        "Sáng 25/12/2031, đại diện Hội Đông y huyện Kim Bảng dự hội nghị tổng kết công tác Hội "
        "năm 2031, triển khai nhiệm vụ năm 2032 của Hội Đông y tỉnh Hà Nam. Năm 2031, các phòng "
        "chẩn trị của Hội đã khám chữa bệnh cho 28.000 lượt người.",
    )
    assert (report.organizer, report.district) == ("Hội Đông y tỉnh Hà Nam", None)


# --- Wrong on both trees (review rv22b): a headline's bare "ngành y tế" that the next sentence
# names again with its place ("ngành y tế huyện X"): that place's sector -----------------------


def test_a_headline_s_bare_sector_named_with_its_place_next_is_that_place_s() -> None:
    report = extract(
        "Thực hiện chỉ đạo của Chính phủ, ngành y tế tăng cường kiểm tra an toàn thực phẩm",
        "Thực hiện chỉ đạo của Chính phủ, ngành y tế huyện Thạch Hà đã thành lập 4 đoàn kiểm tra "
        "liên ngành an toàn thực phẩm. Các đoàn đã kiểm tra 186 cơ sở, phát hiện 12 cơ sở vi "
        "phạm.",
    )
    assert (report.organizer_level.value, report.district) == ("district", "Thạch Hà")
