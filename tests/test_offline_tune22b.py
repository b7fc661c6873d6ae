"""Rounds 20-21's organiser misses, fixed as forms of the genre (tuner t22b): each on reworded
probes of its form and on near sentences the rule must not change (sentences written for these
tests; units, places' uses and figures invented)."""

from __future__ import annotations

import datetime

import pytest

from offline_pages import extract

# --- Cause 1: the nation only cited as the authority a province's work follows ("Thực hiện chỉ
# đạo của Chính phủ, ...", "Căn cứ chỉ thị của Thủ tướng Chính phủ"): a bare "ngành Y tế" stays
# the province's --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Ngành Y tế tăng tốc tiêm vắc xin sởi",
            "Ngành Y tế tổ chức tiêm vắc xin sởi cho học sinh tại xã Thanh Hà",
            "Tại tỉnh Ninh Bình, ngành Y tế đã tiêm cho 12.400 trẻ, đạt 92% kế hoạch. Theo Nghị "
            "quyết của Quốc hội, tỉnh Ninh Bình sẽ hoàn thành trong quý II.",
        ),
        (
            "Quảng Trị: tiêm phòng dại cho hơn 2.000 người",
            "Trong quý I, ngành Y tế địa phương đã tiêm phòng dại cho 2.100 người. Căn cứ chỉ thị "
            "của Thủ tướng Chính phủ, ngành Y tế tỉnh Quảng Trị tiếp tục tăng cường giám sát tại "
            "47 xã.",
        ),
        (
            "Bình Phước: tiêm chủng mở rộng đạt 95%",
            "Trong 6 tháng đầu năm, ngành Y tế đã tiêm chủng đầy đủ cho 9.800 trẻ, đạt 95%. Thực "
            "hiện công điện của Thủ tướng, ngành Y tế tỉnh Bình Phước rà soát trẻ chưa tiêm tại "
            "111 xã.",
        ),
    ],
    ids=["theo-nghi-quyet-quoc-hoi", "can-cu-chi-thi-thu-tuong", "cong-dien"],
)
def test_a_nation_only_cited_leaves_the_sector_the_province_s(paragraphs: tuple[str, ...]) -> None:
    report = extract(*paragraphs)
    assert report.organizer_level.value == "province"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Cả nước ghi nhận hơn 40.000 ca sởi",
            "Theo Bộ Y tế, từ đầu năm đến nay cả nước ghi nhận 40.120 ca mắc sởi. Ngành Y tế đang "
            "triển khai chiến dịch tiêm vắc xin cho 1,2 triệu trẻ.",
        ),
        (
            "Ngành Y tế hoàn thành 10 chỉ tiêu",
            "Năm 2031, ngành Y tế đã hoàn thành 10 trong 12 chỉ tiêu Quốc hội giao, tuổi thọ trung "
            "bình đạt 74,7 tuổi.",
        ),
        (
            "Ngành Y tế chung tay phòng dịch",
            "Thủ tướng Chính phủ yêu cầu ngành Y tế tăng cường phòng chống dịch sởi; từ đầu năm "
            "ngành Y tế đã tiêm cho 2,1 triệu trẻ.",
        ),
    ],
    ids=["ca-nuoc", "chi-tieu-quoc-hoi-giao", "thu-tuong-subject"],
)
def test_the_nation_s_own_sector_stays_national(paragraphs: tuple[str, ...]) -> None:
    assert extract(*paragraphs).organizer_level.value == "national"


# --- Cause 2: the holder of a review whose name runs long, naming the period reviewed and the
# one planned ("hội nghị sơ kết ... 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm của
# X"), on a page with no dated lead whose first lines name a lower unit ---------------------------


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        (
            (
                "Y tế Thủ đô nâng chất lượng khám chữa bệnh",
                "Bệnh viện Thanh Nhàn đưa vào dùng hệ thống đặt lịch khám trực tuyến. "
                "Ảnh: Minh Anh",
                "Theo báo cáo tại hội nghị sơ kết công tác y tế 6 tháng đầu năm và triển khai "
                "nhiệm vụ 6 tháng cuối năm của Sở Y tế Hà Nội, toàn ngành đã khám cho 4,1 triệu "
                "lượt người, tăng 5% so với cùng kỳ.",
            ),
            "province",
        ),
        (
            (
                "Nam Định: cả năm khám cho hơn 1 triệu lượt người",
                "Bệnh viện Đa khoa huyện Hải Hậu có thêm máy chụp cắt lớp 64 lát.",
                "Tại hội nghị tổng kết công tác năm 2031, triển khai kế hoạch năm 2032 của Sở Y tế "
                "tỉnh Nam Định, báo cáo cho biết năm qua toàn tỉnh khám cho 1,02 triệu lượt người.",
            ),
            "province",
        ),
        (
            (
                "Gia Viễn: tiêm chủng đầy đủ đạt 98%",
                "Trạm Y tế xã Gia Hòa khám sàng lọc cho trẻ em trong tháng 9.",
                "Hội nghị sơ kết 9 tháng đầu năm về công tác dân số và chăm sóc sức khỏe sinh sản "
                "của Trung tâm Y tế huyện Gia Viễn cho biết tỷ lệ tiêm chủng đầy đủ đạt 98%.",
            ),
            "district",
        ),
    ],
    ids=["so-ket-va-trien-khai", "tong-ket-comma-trien-khai", "so-ket-ve-cong-tac"],
)
def test_the_holder_of_a_long_named_review_is_the_organiser(
    paragraphs: tuple[str, ...], level: str
) -> None:
    assert extract(*paragraphs).organizer_level.value == level


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        (
            (
                "Bệnh viện Thanh Nhàn tổng kết năm",
                "Bệnh viện Thanh Nhàn đưa vào dùng hệ thống đặt lịch khám trực tuyến.",
                "Tại hội nghị tổng kết năm 2031 của bệnh viện, lãnh đạo cho biết năm qua đã khám "
                "cho 410.000 lượt người, theo đúng kế hoạch và chỉ đạo của Sở Y tế Hà Nội.",
            ),
            "hospital",
        ),
        (
            (
                "Hải Hậu: khám sàng lọc cho người cao tuổi",
                "Trung tâm Y tế huyện Hải Hậu khám sàng lọc cho 1.200 người cao tuổi, thực hiện "
                "theo kế hoạch về chăm sóc sức khỏe người cao tuổi năm 2031 của Sở Y tế tỉnh Nam "
                "Định.",
            ),
            "district",
        ),
    ],
    ids=["own-review-citing-the-department", "plan-of-the-department"],
)
def test_a_unit_cited_after_a_long_clause_holds_nothing(
    paragraphs: tuple[str, ...], level: str
) -> None:
    assert extract(*paragraphs).organizer_level.value == level


# --- Cause 3: districts named as the sites of a province's work, one after another in a
# sentence ("tại huyện A và huyện B", "ở huyện A, huyện B và huyện C"), on a page that names no
# unit: the province's page, not the first district's --------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Mở rộng điều trị Methadone",
            "Hai điểm cấp phát thuốc mới đã được mở tại Trung tâm Y tế xã hội huyện Mường Nhé và "
            "cơ sở điều trị huyện Nậm Pồ.",
            "Hiện toàn tỉnh Điện Biên đang điều trị cho 1.900 bệnh nhân.",
        ),
        (
            "Thêm cơ sở điều trị nghiện",
            "Cơ sở điều trị tại thị xã Mường Lay và huyện Tủa Chùa đã đi vào hoạt động trong quý "
            "II, nâng số bệnh nhân trên địa bàn tỉnh Điện Biên lên 1.850 người.",
        ),
        (
            "Khám lưu động cho đồng bào vùng cao",
            "Trong tháng 5, các đội lưu động đã khám cho 2.300 người ở huyện Hướng Hóa, huyện "
            "Đakrông và huyện Gio Linh.",
            "Năm nay tỉnh Quảng Trị đặt mục tiêu khám cho 10.000 người.",
        ),
    ],
    ids=["tai-a-va-b", "thi-xa-va-huyen", "a-b-va-c"],
)
def test_districts_listed_as_sites_make_the_province_s_page(paragraphs: tuple[str, ...]) -> None:
    report = extract(*paragraphs)
    assert (report.organizer_level.value, report.district) == ("province", None)


@pytest.mark.parametrize(
    ("paragraphs", "district"),
    [
        (
            (
                "Gio Linh khám cho người cao tuổi",
                "Trong tháng 5, Trung tâm Y tế huyện Gio Linh đã khám cho 2.300 người cao tuổi, "
                "nhiều hơn huyện Vĩnh Linh 400 người.",
                "Tỉnh Quảng Trị đặt mục tiêu khám cho 10.000 người.",
            ),
            "Gio Linh",
        ),
        (
            (
                "Huyện Hướng Hóa tiêm chủng đạt 97%",
                "Trong 9 tháng, huyện Hướng Hóa đã tiêm chủng đầy đủ cho 97% trẻ; các xã của "
                "huyện Hướng Hóa đều đạt kế hoạch.",
                "Toàn tỉnh Quảng Trị đạt 95%.",
            ),
            "Hướng Hóa",
        ),
        (
            (
                "Cam Lộ khám sàng lọc cho trẻ em",
                "Trong tháng 6, các đội lưu động đã khám cho 1.400 trẻ ở huyện Cam Lộ phối hợp "
                "với huyện Hướng Hóa.",
                "Tỉnh Quảng Trị đặt mục tiêu khám cho 10.000 trẻ.",
            ),
            "Cam Lộ",
        ),
    ],
    ids=["compared-district", "one-district-twice", "partner-district"],
)
def test_one_district_s_page_stays_the_district_s(
    paragraphs: tuple[str, ...], district: str
) -> None:
    report = extract(*paragraphs)
    assert (report.organizer_level.value, report.district) == ("district", district)


# --- Cause 4: a dated lead that only gives out figures, its verb worded with more words
# ("đã thông tin về số liệu", "công bố các số liệu", "cung cấp số liệu"): the day figures were
# given is no event -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Hơn 800 ca cấp cứu dịp Tết Dương lịch",
            "Sáng 2/1/2032, đại diện Bệnh viện Đa khoa tỉnh Nam Định đã thông tin về số liệu khám "
            "chữa bệnh trong 3 ngày nghỉ Tết Dương lịch.",
            "Theo đó, bệnh viện tiếp nhận 815 ca cấp cứu, trong đó 139 ca tai nạn giao thông.",
        ),
        (
            "Số ca sốt xuất huyết giảm mạnh",
            "Chiều 14/9/2031, Trung tâm Kiểm soát bệnh tật tỉnh Long An công bố các số liệu về "
            "dịch sốt xuất huyết 8 tháng đầu năm.",
            "Toàn tỉnh ghi nhận 1.204 ca, giảm 35% so với cùng kỳ.",
        ),
        (
            "Nghỉ lễ 4 ngày, bệnh viện khám cho gần 2.000 lượt người",
            "Ngày 2/5/2031, Bệnh viện Đa khoa tỉnh Thái Bình cung cấp số liệu khám, cấp cứu trong "
            "kỳ nghỉ lễ.",
            "Bệnh viện đã khám, cấp cứu cho 1.943 lượt người.",
        ),
    ],
    ids=["thong-tin-ve-so-lieu", "cong-bo-cac-so-lieu", "cung-cap-so-lieu"],
)
def test_a_lead_that_only_releases_figures_dates_no_event(paragraphs: tuple[str, ...]) -> None:
    report = extract(*paragraphs)
    assert (report.event_date, report.meeting_kind.value) == (None, "other")


@pytest.mark.parametrize(
    ("paragraphs", "day", "kind"),
    [
        (
            (
                "Sở Y tế sơ kết 6 tháng",
                "Sáng 2/7/2031, Sở Y tế tỉnh Nam Định tổ chức hội nghị sơ kết 6 tháng đầu năm và "
                "thông tin về số liệu tiêm chủng.",
                "Tỷ lệ tiêm chủng đầy đủ đạt 97%.",
            ),
            datetime.date(2031, 7, 2),
            "mid_year_review",
        ),
        (
            (
                "Gặp mặt báo chí đầu năm",
                "Sáng 2/1/2032, tại buổi gặp mặt báo chí, Bệnh viện Đa khoa tỉnh Nam Định đã thông "
                "tin về số liệu khám chữa bệnh năm 2031.",
                "Năm qua bệnh viện khám cho 410.000 lượt người.",
            ),
            datetime.date(2032, 1, 2),
            "other",
        ),
    ],
    ids=["meeting-that-also-releases", "press-meeting"],
)
def test_a_meeting_or_event_that_gives_figures_keeps_its_day(
    paragraphs: tuple[str, ...], day: datetime.date, kind: str
) -> None:
    report = extract(*paragraphs)
    assert (report.event_date, report.meeting_kind.value) == (day, kind)
