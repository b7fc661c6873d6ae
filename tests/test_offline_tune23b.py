"""Tuner t23b's fixes of the organiser's level, province and district (examples/gold/README.md,
organizer_level): a page that names no unit and whose opening names no place, yet speaks of
its place's health work as a whole further on; a unit named only as the authority that
honours or recognises the subject's work. Sentences written for these tests (places, units
and figures invented), with near sentences the rules must not change."""

from __future__ import annotations

import pytest

from offline_pages import extract

# A provincial paper's address: the page's province when its text names none.
PROVINCIAL_URL = "https://baohanam.com.vn/y-te/tin-tuc-12345.html"
# A national outlet's: places nothing.
NATIONAL_URL = "https://suckhoedoisong.vn/tin-tuc-12345.htm"

# --- Cause 1: no unit named, no place in the opening, the sector or the whole place further
# on ("Ngành y tế cho biết", "trên địa bàn tỉnh", "cả nước"): that place's health work as a
# whole is the organiser, at its level (never "other" with no organiser).


@pytest.mark.parametrize(
    ("paragraphs", "url", "level", "province"),
    [
        (
            (
                "Hơn 12.000 trẻ được tiêm vắc xin sởi",
                "Đợt tiêm bổ sung vắc xin sởi - rubella đã kết thúc sau hai tuần. Có 12.400 trẻ "
                "từ 1 đến 5 tuổi được tiêm, đạt 96% kế hoạch. Không có trường hợp phản ứng nặng "
                "sau tiêm. Các điểm tiêm đều bố trí bàn khám sàng lọc.",
                "Theo ngành y tế, tỷ lệ tiêm ở vùng cao vẫn thấp hơn vùng xuôi.",
            ),
            PROVINCIAL_URL,
            "province",
            "Hà Nam",
        ),
        (
            (
                "Thêm nhiều trạm y tế có bác sĩ",
                "Năm 2031 có thêm 14 trạm y tế được bố trí bác sĩ làm việc thường xuyên. Số "
                "giường bệnh đạt 32 giường trên một vạn dân. Tỷ lệ người dân tham gia bảo hiểm "
                "y tế đạt 93,5%. Nhiều kỹ thuật mới được triển khai.",
                "Hiện nay, 100% số xã, phường trên địa bàn tỉnh đã có trạm y tế.",
            ),
            PROVINCIAL_URL,
            "province",
            "Hà Nam",
        ),
        (
            (
                "Số ca sốt xuất huyết tăng mạnh",
                "Từ đầu năm đến nay đã ghi nhận 45.200 ca mắc sốt xuất huyết. Có 12 trường hợp "
                "tử vong. Số ca mắc tăng 38% so với cùng kỳ. Đỉnh dịch được dự báo rơi vào "
                "tháng 9 và tháng 10.",
                "Người dân cả nước được khuyến cáo diệt lăng quăng mỗi tuần.",
            ),
            NATIONAL_URL,
            "national",
            None,
        ),
        (
            (
                "Tỷ lệ sinh con thứ ba tiếp tục tăng",
                "Tính đến hết tháng 6 có 9.420 trẻ ra đời. Trong đó có 812 trẻ là con thứ ba "
                "trở lên, tăng 96 trẻ so với cùng kỳ. Tỷ số giới tính khi sinh là 114 trẻ "
                "trai/100 trẻ gái. Số người sinh con thứ ba được dự báo còn tăng.",
                "Hiện ngành Y tế đang tăng cường tuyên truyền tại các xã có tỷ lệ cao.",
            ),
            PROVINCIAL_URL,
            "province",
            "Hà Nam",
        ),
    ],
    ids=["theo-nganh-y-te", "tren-dia-ban-tinh", "ca-nuoc", "hien-nganh-y-te"],
)
def test_the_sector_named_further_on_is_the_page_s_when_nothing_else_is(
    paragraphs: tuple[str, ...], url: str, level: str, province: str | None
) -> None:
    report = extract(*paragraphs, url=url)
    assert (report.organizer_level.value, report.province, report.district) == (
        level,
        province,
        None,
    )
    assert report.organizer


def test_a_unit_the_body_names_stays_the_organiser() -> None:
    report = extract(
        "Hơn 12.000 trẻ được tiêm vắc xin sởi",
        "Đợt tiêm bổ sung vắc xin sởi - rubella đã kết thúc sau hai tuần. Có 12.400 trẻ từ 1 "
        "đến 5 tuổi được tiêm, đạt 96% kế hoạch. Không có trường hợp phản ứng nặng sau tiêm. "
        "Các điểm tiêm đều bố trí bàn khám sàng lọc.",
        "Trung tâm Y tế huyện Kim Bảng cho biết, trên địa bàn tỉnh tỷ lệ tiêm ở vùng cao vẫn "
        "thấp hơn vùng xuôi.",
        url=PROVINCIAL_URL,
    )
    assert (report.organizer_level.value, report.district) == ("district", "Kim Bảng")


def test_a_district_the_opening_names_stays_the_page_s() -> None:
    report = extract(
        "Huyện Lý Nhân đạt 96% kế hoạch tiêm vắc xin sởi",
        "Năm 2031, huyện Lý Nhân đã tiêm cho 4.100 trẻ từ 1 đến 5 tuổi, đạt 96% kế hoạch.",
        "Theo ngành y tế, tỷ lệ tiêm trên địa bàn tỉnh đạt 95%.",
        url=PROVINCIAL_URL,
    )
    assert (report.organizer_level.value, report.district) == ("district", "Lý Nhân")


def test_the_nation_only_compared_with_is_no_organiser() -> None:
    report = extract(
        "Số ca sốt xuất huyết tăng mạnh",
        "Từ đầu năm đến nay đã ghi nhận 4.520 ca mắc sốt xuất huyết. Có 2 trường hợp tử vong. "
        "Số ca mắc tăng 38% so với cùng kỳ. Đỉnh dịch được dự báo rơi vào tháng 9.",
        "Tỷ lệ mắc cao hơn 12% so với cả nước.",
        url=PROVINCIAL_URL,
    )
    assert report.organizer_level.value != "national"


# --- Cause 2: a unit named as the agent of a passive honour ("được UBND tỉnh công nhận đạt
# chuẩn", "được Sở Y tế tặng Bằng khen"): the authority that honours the subject's work, not
# the page's organiser; the place or unit honoured is.


@pytest.mark.parametrize(
    ("paragraphs", "district"),
    [
        (
            (
                "Thị xã Duy Tiên có thêm 3 phường được Bộ Y tế công nhận đạt chuẩn quốc gia về y "
                "tế. Đến nay, 15/16 xã, phường của thị xã đã đạt chuẩn, đạt 93,8%.",
            ),
            "Duy Tiên",
        ),
        (
            (
                "Y tế cơ sở chuyển biến rõ nét",
                "Năm 2031, 12 trạm y tế của huyện Thanh Liêm được UBND tỉnh tặng Bằng khen vì "
                "thành tích xuất sắc. Các trạm đã khám cho 86.000 lượt người.",
            ),
            "Thanh Liêm",
        ),
        (
            (
                "Huyện Lý Nhân có 18/21 xã được Sở Y tế khen thưởng về công tác tiêm chủng. Tỷ "
                "lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 98,6%.",
            ),
            "Lý Nhân",
        ),
    ],
    ids=["cong-nhan-dat-chuan", "tang-bang-khen", "khen-thuong"],
)
def test_the_authority_that_honours_is_not_the_organiser(
    paragraphs: tuple[str, ...], district: str
) -> None:
    report = extract(*paragraphs, url=PROVINCIAL_URL)
    assert (report.organizer_level.value, report.district) == ("district", district)


def test_a_unit_that_a_passive_meeting_names_still_holds_it() -> None:
    report = extract(
        "Tổng kết công tác y tế năm 2031",
        "Hội nghị tổng kết công tác y tế năm 2031 được Sở Y tế tỉnh Hà Nam tổ chức sáng 8/1/2032."
        " Năm 2031, toàn ngành khám cho 1,2 triệu lượt người.",
    )
    assert (report.organizer_level.value, report.organizer) == (
        "province",
        "Sở Y tế tỉnh Hà Nam",
    )


def test_a_unit_honoured_by_another_stays_the_organiser() -> None:
    report = extract(
        "Trung tâm Y tế huyện Kim Bảng được UBND tỉnh tặng Bằng khen",
        "Sáng 10/1/2032, Trung tâm Y tế huyện Kim Bảng tổ chức hội nghị tổng kết công tác năm "
        "2031. Trung tâm đã khám cho 96.000 lượt người.",
    )
    assert (report.organizer_level.value, report.district) == ("district", "Kim Bảng")


# --- Cause 3: the whole province named as the field a place is ranked in ("đứng thứ 2 toàn
# tỉnh", "cao nhất toàn tỉnh", "dẫn đầu toàn tỉnh"): no sign that the page is the province's;
# the district's unit the body names stays the organiser. The province's own share ("so với
# dân số toàn tỉnh") still is the province's.


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Kim Bảng: tỷ lệ tiêm chủng cao nhất toàn tỉnh",
            "Năm 2031, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi của huyện đạt 99,2%.",
            "Trung tâm Y tế huyện Kim Bảng đã tổ chức 240 buổi tiêm chủng tại 18 xã.",
        ),
        (
            "Huyện Kim Bảng đứng thứ 2 toàn tỉnh về số xã đạt chuẩn y tế",
            "Đến nay, 16/18 xã đã đạt chuẩn quốc gia về y tế, đạt 88,9%.",
            "Trung tâm Y tế huyện Kim Bảng giao cán bộ phụ trách từng tiêu chí.",
        ),
        (
            "Tỷ lệ dùng biện pháp tránh thai hiện đại ở Kim Bảng dẫn đầu toàn tỉnh",
            "Năm 2031, tỷ lệ sử dụng biện pháp tránh thai hiện đại của huyện đạt 78,5%.",
            "Trung tâm Y tế huyện Kim Bảng đã tư vấn cho 5.200 cặp vợ chồng.",
        ),
    ],
    ids=["cao-nhat", "dung-thu-2", "dan-dau"],
)
def test_the_province_a_district_is_ranked_in_is_not_the_page_s(
    paragraphs: tuple[str, ...],
) -> None:
    report = extract(*paragraphs, url=PROVINCIAL_URL)
    assert (report.organizer_level.value, report.district) == ("district", "Kim Bảng")


def test_a_share_of_the_whole_province_is_still_the_province_s() -> None:
    report = extract(
        "Hơn 300 nghìn người được lập hồ sơ sức khỏe",
        "Sau 3 tháng, các cơ sở y tế đã lập hồ sơ sức khỏe cho hơn 300 nghìn người, đạt gần 35% "
        "so với tổng dân số toàn tỉnh.",
        "Địa phương đạt tỷ lệ cao nhất có 42.000 hồ sơ.",
        url=PROVINCIAL_URL,
    )
    assert report.organizer_level.value == "province"


# --- Cause 4: a district's name several provinces share ("Châu Thành" in ten), on a page that
# names no province (a national outlet, a paper not named by its province): placed by the
# communes the page names in it, when they agree on one province.


@pytest.mark.parametrize(
    ("paragraphs", "district", "province"),
    [
        (
            (
                "Trung tâm Y tế huyện Châu Thành vừa tổ chức đợt khám sàng lọc tăng huyết áp cho "
                "420 người cao tuổi tại xã Song Thuận.",
            ),
            "Châu Thành",
            "Tiền Giang",
        ),
        (
            (
                "Khám bệnh miễn phí cho người dân vùng cao",
                "Ngày 12/4/2031, Trung tâm Y tế huyện Chợ Mới phối hợp tổ chức khám bệnh cho 350 "
                "người dân xã Nông Hạ và xã Thanh Vận.",
            ),
            "Chợ Mới",
            "Bắc Kạn",
        ),
        (
            (
                "Trung tâm Y tế huyện Tam Nông đã tiêm vắc xin sởi cho 1.250 trẻ. Tại xã An Long, "
                "tỷ lệ tiêm đạt 98%.",
            ),
            "Tam Nông",
            "Đồng Tháp",
        ),
        (
            (
                "Trung tâm Y tế huyện Châu Thành cho biết, 6 tháng đầu năm 2031, thị trấn Châu "
                "Thành và xã Hữu Định ghi nhận 64 ca sốt xuất huyết.",
            ),
            "Châu Thành",
            "Bến Tre",
        ),
    ],
    ids=["chau-thanh-xa", "cho-moi-hai-xa", "tam-nong-tai-xa", "thi-tran-va-xa"],
)
def test_a_shared_district_name_is_placed_by_its_communes(
    paragraphs: tuple[str, ...], district: str, province: str
) -> None:
    report = extract(*paragraphs, url=NATIONAL_URL)
    assert (report.district, report.province) == (district, province)


@pytest.mark.parametrize(
    "sentence",
    [
        # a commune of that name in two provinces' Châu Thành
        "Trung tâm Y tế huyện Châu Thành đã khám cho 300 người dân xã An Hiệp.",
        # communes of two provinces' Châu Thành
        "Trung tâm Y tế huyện Châu Thành đã khám cho 300 người dân xã Song Thuận và xã Hữu Định.",
        # no commune named
        "Trung tâm Y tế huyện Châu Thành đã khám cho 300 người cao tuổi.",
    ],
    ids=["shared-commune", "communes-disagree", "no-commune"],
)
def test_a_shared_district_name_stays_unplaced_without_agreeing_communes(sentence: str) -> None:
    report = extract(sentence, url=NATIONAL_URL)
    assert (report.district, report.province) == ("Châu Thành", None)


def test_a_province_the_page_names_still_places_a_shared_district() -> None:
    report = extract(
        "Trung tâm Y tế huyện Châu Thành, tỉnh Long An đã khám cho 300 người dân xã Hữu Định.",
        url=NATIONAL_URL,
    )
    assert (report.district, report.province) == ("Châu Thành", "Long An")


# --- Cause 5: a page on a district health centre's own site (its host names the centre and
# the district: "trungtamyte<district>", "ttyt<district>") that names no unit and no place:
# the centre's own report, at district level, in the district its host names.


@pytest.mark.parametrize(
    ("paragraphs", "url", "district"),
    [
        (
            (
                "Báo cáo kết quả tự kiểm tra chất lượng năm 2031",
                "Kết quả kiểm tra Trung tâm năm 2031: điểm trung bình 3,72; có 42 tiêu chí đạt "
                "mức 4 và 5 tiêu chí đạt mức 5.",
            ),
            "https://trungtamytekimbang.vn/bao-cao-ket-qua-tu-kiem-tra-2031/",
            "Kim Bảng",
        ),
        (
            (
                "Hoạt động khám chữa bệnh tháng 3/2031",
                "Trong tháng đã khám cho 8.400 lượt người, điều trị nội trú 620 lượt, công suất "
                "giường bệnh đạt 94%.",
            ),
            "https://ttytthanhliem.vn/tin-tuc/hoat-dong-thang-3-2031.html",
            "Thanh Liêm",
        ),
        (
            (
                "Sơ kết công tác tiêm chủng 6 tháng đầu năm 2031",
                "Sáu tháng qua đã tiêm đầy đủ cho 1.120 trẻ dưới 1 tuổi, đạt 52% kế hoạch năm.",
            ),
            "https://trungtamytethixaduytien.vn/so-ket-tiem-chung.html",
            "Duy Tiên",
        ),
    ],
    ids=["trungtamyte-kiem-tra", "ttyt-thang", "thi-xa-so-ket"],
)
def test_a_health_centre_s_own_site_page_naming_no_unit_is_the_centre_s(
    paragraphs: tuple[str, ...], url: str, district: str
) -> None:
    report = extract(*paragraphs, url=url)
    assert (report.organizer_level.value, report.province, report.district) == (
        "district",
        "Hà Nam",
        district,
    )
    assert report.organizer.startswith("Trung tâm Y tế")


def test_a_unit_named_on_a_health_centre_s_site_stays_the_organiser() -> None:
    report = extract(
        "Sở Y tế tỉnh Hà Nam tổng kết công tác năm 2031",
        "Sáng 8/1/2032, Sở Y tế tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2031. Toàn "
        "ngành đã khám cho 1,2 triệu lượt người.",
        url="https://trungtamytekimbang.vn/so-y-te-tong-ket-2031/",
    )
    assert (report.organizer_level.value, report.district) == ("province", None)


def test_a_district_portal_is_no_health_centre() -> None:
    report = extract(
        "Hoạt động khám chữa bệnh tháng 3/2031",
        "Trong tháng đã khám cho 8.400 lượt người, điều trị nội trú 620 lượt, công suất giường "
        "bệnh đạt 94%.",
        url="https://kimbang.hanam.gov.vn/tin-tuc/hoat-dong-thang-3-2031.html",
    )
    assert not report.organizer.startswith("Trung tâm Y tế")
