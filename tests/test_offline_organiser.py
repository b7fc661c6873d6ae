"""The organiser level and its place on reworded probes of the causes the rules missed on first
contact (the sentences are written for these tests, units and figures invented).

Each cause has probes of its form in new words and sentences of the genre on which the rule
must not fire.
"""

from __future__ import annotations

import pytest

from offline_pages import extract


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


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Tư vấn dinh dưỡng cho nông dân",
                "Sáng 3/10/2024, Hội Nông dân xã Quảng Lợi được Trạm Y tế xã Quảng Lợi tư vấn dinh "
                "dưỡng cho 180 hội viên; 22 người được hẹn tái khám.",
            ),
            "commune",
        ),
        (
            (
                "Khám mắt cho người khiếm thị",
                "Ngày 14/8/2024, các hội viên Hội Người mù huyện Cẩm Giàng được Trung tâm Y tế "
                "huyện Cẩm Giàng khám mắt miễn phí; 57 người được cấp kính.",
            ),
            "district",
        ),
        (
            (
                "Trao dụng cụ sơ cứu",
                "Nhân dịp này, Hội Chữ thập đỏ huyện Tân Kỳ nhận 500 bộ dụng cụ sơ cứu do Trung "
                "tâm Y tế huyện Tân Kỳ trao tặng; trung tâm đã tập huấn cho 90 tình nguyện viên.",
            ),
            "district",
        ),
        (
            (
                "Khám sàng lọc ung thư vú",
                "Năm 2024, Hội Phụ nữ xã Hòa Bình có 260 hội viên được Trạm Y tế xã Hòa Bình khám "
                "sàng lọc ung thư vú.",
            ),
            "commune",
        ),
        (
            (
                "Khám cho người dân vùng lũ",
                "Sáng 20/4/2024, Hội Đông y thị xã Hương Trà khám và cấp thuốc miễn phí cho 310 "
                "người do bão lũ mất nhà cửa; 45 người được châm cứu.",
            ),
            "other",
        ),
    ],
    ids=[
        "receives-care",
        "members-receive",
        "receives-a-gift",
        "members-of-it-receive",
        "works-for-people-who-receive",
    ],
)
def test_association_that_receives_or_benefits_is_no_organiser(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


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


# --- Causes D, F2, G: a higher body cited for its guidance or present as a guest -----------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Giám sát dịch bệnh 9 tháng",
                "Thực hiện hướng dẫn của Bộ Y tế, Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam đã "
                "giám sát 57 ổ dịch trong 9 tháng năm 2024.",
            ),
            "province",
        ),
        (
            (
                "Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi",
                "Theo lịch tiêm chủng của Bộ Y tế, năm 2024 các trạm y tế trong tỉnh Lào Cai đã "
                "tiêm đủ mũi cho 11.200 trẻ, đạt 96,4%.",
            ),
            "province",
        ),
        (
            (
                "Khám sàng lọc đái tháo đường",
                "Dưới sự chỉ đạo của Sở Y tế, Trung tâm Y tế huyện Krông Ana đã khám sàng lọc "
                "cho 4.870 người trong năm 2024.",
            ),
            "district",
        ),
        (
            (
                "Tổng kết công tác năm 2024",
                "Sáng 8/1/2025, Phó Giám đốc Sở Y tế tỉnh Nam Định dự hội nghị tổng kết năm 2024 "
                "của Bệnh viện Mắt tỉnh. Năm qua, bệnh viện mổ cho 3.900 ca.",
            ),
            "hospital",
        ),
        (
            (
                "Kỷ niệm ngày thành lập",
                "Chiều 20/3/2025, Thứ trưởng Bộ Y tế tham dự lễ kỷ niệm 50 năm thành lập của "
                "Bệnh viện Nội tiết Trung ương. Năm 2024, bệnh viện khám cho 710.000 lượt người.",
            ),
            "hospital",
        ),
        (
            (
                "Giao ban quý I",
                "Phó Giám đốc Sở Y tế Lê Thị Hoa dự buổi họp giao ban quý I của Trung tâm Y tế "
                "huyện Kim Sơn; trung tâm đã đạt 27% chỉ tiêu khám chữa bệnh năm.",
            ),
            "district",
        ),
    ],
    ids=[
        "instruction",
        "schedule",
        "under-direction",
        "sở-guest",
        "ministry-guest",
        "sở-leader-named-at-a-meeting-noun",
    ],
)
def test_a_higher_body_cited_or_attending_does_not_beat_the_holder(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Đánh giá kết quả thực hiện kế hoạch năm 2024 của Trung tâm Y tế huyện Nghĩa Hưng",
                "Ngày 10/1/2025, hội nghị đánh giá kết quả thực hiện kế hoạch năm 2024 của Trung "
                "tâm Y tế huyện Nghĩa Hưng có sự tham dự của lãnh đạo Sở Y tế tỉnh Nam Định; năm "
                "qua trung tâm khám cho 87.000 lượt người.",
            ),
            "district",
        ),
        (
            (
                "Lấy số khám bệnh qua điện thoại",
                "Từ tháng 3/2024, theo quy trình mới của Bệnh viện Đa khoa tỉnh Yên Bái, người "
                "bệnh lấy số khám qua điện thoại. Sở Y tế tỉnh Yên Bái đã khen thưởng bệnh viện.",
            ),
            "hospital",
        ),
        (
            (
                "Khám thai đạt 96%",
                "Theo lịch của Trung tâm Y tế huyện Bắc Hà, các trạm y tế xã khám thai vào thứ "
                "Năm hằng tuần; năm 2024 có 1.320 thai phụ được khám. Sở Y tế tỉnh Lào Cai đã "
                "kiểm tra 2 lần.",
            ),
            "district",
        ),
        (
            (
                "Sơ kết chương trình phòng chống sốt rét",
                "Ngày 5/12/2024, tại Hà Nội, theo kế hoạch của Bộ Y tế, hội nghị sơ kết chương "
                "trình đã diễn ra với sự tham dự của đại diện Sở Y tế 40 tỉnh.",
            ),
            "national",
        ),
    ],
    ids=["review-of-its-own-plan", "its-own-procedure", "its-own-schedule", "ministrys-own-plan"],
)
def test_a_units_own_plan_schedule_or_procedure_cites_no_higher_body(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Hoàn thành chỉ tiêu năm 2024",
                "Theo đánh giá của Bộ Y tế, năm 2024 Sở Y tế tỉnh Hòa Bình đã hoàn thành 18/20 "
                "chỉ tiêu chuyên môn.",
            ),
            "province",
        ),
        (
            (
                "Giám sát sốt xuất huyết",
                "Theo số liệu của Viện Pasteur Nha Trang, năm 2024 Trung tâm Kiểm soát bệnh tật "
                "tỉnh Phú Yên đã xét nghiệm 2.700 mẫu huyết thanh.",
            ),
            "province",
        ),
        (
            (
                "Tiêm vắc xin bạch hầu",
                "Được Sở Y tế giao nhiệm vụ, Trung tâm Y tế huyện Mường Nhé đã tiêm 3.200 mũi vắc "
                "xin bạch hầu cho trẻ.",
            ),
            "district",
        ),
        (
            (
                "Tổng kết công tác phòng chống lao",
                "Theo kế hoạch của Bộ Y tế, đoàn đại biểu Sở Y tế các tỉnh dự hội nghị tổng kết "
                "tại Hà Nội; 48 chỉ tiêu của chương trình được đánh giá.",
            ),
            "national",
        ),
    ],
    ids=[
        "judgement-cited",
        "figures-cited",
        "entrusting-body",
        "cited-body-when-the-rest-are-guests",
    ],
)
def test_a_fronted_citation_before_another_subject_ranks_the_cited_body_last(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Tổng kết ngành y tế năm 2024",
                "Ngày 15/1/2025, Bộ Y tế tổ chức hội nghị tổng kết công tác năm 2024 theo chỉ "
                "đạo của Chính phủ. Cả nước khám cho 180 triệu lượt người.",
            ),
            "national",
        ),
        (
            (
                "Giao ban ngành y tế 6 tháng",
                "Sáng 12/7/2024, Thứ trưởng Bộ Y tế chủ trì hội nghị giao ban ngành y tế 6 tháng "
                "đầu năm. Toàn quốc có 95% trạm y tế có bác sĩ.",
            ),
            "national",
        ),
        (
            (
                "Sơ kết hoạt động của các trung tâm y tế",
                "Ngày 10/7/2024, Sở Y tế tỉnh Gia Lai tổ chức hội nghị sơ kết hoạt động của "
                "Trung tâm Y tế các huyện. Các đơn vị đã tiêm 31.000 mũi vắc xin.",
            ),
            "province",
        ),
    ],
    ids=["ministry-holds", "minister-chairs", "sở-reviews-its-centres"],
)
def test_a_higher_body_that_holds_the_meeting_stays_the_organiser(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


# --- Cause I: a district reports with no unit named ----------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "district"),
    [
        (
            (
                "Tin ngắn",
                "Hiện nay Krông Bông có 85 trẻ mắc tay chân miệng, phần lớn ở các xã vùng cao.",
            ),
            "Krông Bông",
        ),
        (
            (
                "Mường Tè: 93% trẻ được uống vitamin A",
                "Tháng 6/2024, huyện đã cho 4.100 trẻ từ 6 đến 36 tháng tuổi uống vitamin A.",
            ),
            "Mường Tè",
        ),
        (
            (
                "Thêm 3 xã đạt chuẩn y tế",
                "Năm 2024, Tiên Phước có thêm 3 xã đạt Bộ tiêu chí quốc gia về y tế, nâng tổng "
                "số lên 15 xã.",
            ),
            "Tiên Phước",
        ),
        (
            (
                "Tin ngắn trong ngày",
                "(ABC) - Đến nay Đức Trọng đã phun hóa chất cho 2.300 hộ ở vùng có muỗi truyền "
                "bệnh.",
            ),
            "Đức Trọng",
        ),
    ],
    ids=["now-subject", "headline-colon", "year-subject", "outlet-tag"],
)
def test_a_district_named_bare_as_the_subject_is_the_organiser(
    paragraphs: tuple[str, ...], district: str
) -> None:
    report = extract(*paragraphs)
    assert (report.organizer_level.value, report.district) == ("district", district)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Tay chân miệng gia tăng ở Lâm Đồng",
            "Năm 2024, Di Linh là huyện có nhiều ca mắc nhất tỉnh với 230 ca; toàn tỉnh Lâm Đồng "
            "ghi nhận 1.140 ca.",
        ),
        (
            "Nhân rộng mô hình quản lý bệnh mạn tính",
            "Năm 2022, Hương Khê làm thử mô hình tại 3 xã; năm 2024 toàn tỉnh Hà Tĩnh áp dụng "
            "cho 120 xã, quản lý 18.400 người bệnh.",
        ),
        (
            "Tiêm chủng mở rộng năm 2024",
            # (ranked in its province beside the province's own figure; a ranking alone is the
            # district's own claim: review24a finding 4, tests/test_offline_review24.py)
            "Năm 2024, Yên Lập dẫn đầu toàn tỉnh về tiêm chủng đầy đủ với 99,2% trẻ dưới 1 tuổi; "
            "toàn tỉnh đạt 96,4%.",
        ),
    ],
    ids=["own-province-named-later", "own-province-as-a-whole", "ranked-in-the-province"],
)
def test_a_bare_district_opening_a_lead_about_its_whole_province_is_the_provinces(
    paragraphs: tuple[str, ...],
) -> None:
    report = extract(*paragraphs)
    assert (report.organizer_level.value, report.district) == ("province", None)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Tiêm chủng mở rộng năm 2024",
                "Năm 2024, Quảng Ngãi có 21.400 trẻ dưới 1 tuổi được tiêm chủng đầy đủ.",
            ),
            "province",
        ),
        (
            (
                "Tiêm chủng mở rộng năm 2024",
                "Năm 2024, toàn tỉnh Bình Phước có 96% trẻ được tiêm chủng đầy đủ; huyện Bù Đăng "
                "đạt cao nhất với 99%.",
            ),
            "province",
        ),
    ],
    ids=["province-subject", "district-as-example"],
)
def test_a_province_page_naming_a_district_stays_the_provinces(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


# --- Cause F1: a national agency (an institute, a body named for the nation) ---------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Tổng kết công tác năm 2024",
            "Ngày 14/1/2025, Viện Pasteur Nha Trang tổ chức hội nghị tổng kết. Năm qua, viện "
            "đã xét nghiệm 96.000 mẫu cho các tỉnh miền Trung.",
        ),
        (
            "Viện Vệ sinh dịch tễ Tây Nguyên sơ kết 6 tháng",
            "Sáng 9/7/2024, Viện Vệ sinh dịch tễ Tây Nguyên sơ kết công tác 6 tháng đầu năm; "
            "khu vực ghi nhận 1.320 ca sốt xuất huyết.",
        ),
        (
            "Trung tâm Kiểm định quốc gia sinh phẩm y học tổng kết năm 2024",
            "Ngày 10/1/2025, Trung tâm Kiểm định quốc gia sinh phẩm y học tổ chức tổng kết; "
            "năm qua đã kiểm định 640 lô vắc xin.",
        ),
    ],
    ids=["institute-of-a-city", "regional-institute", "national-centre"],
)
def test_a_national_agency_is_the_nations(paragraphs: tuple[str, ...]) -> None:
    assert level(*paragraphs) == "national"


def test_a_delegation_of_guests_is_no_organiser() -> None:
    assert (
        level(
            "Hội nghị phòng chống sốt rét",
            "Chiều 20/6/2024, đoàn đại biểu Viện Pasteur TP Hồ Chí Minh dự hội nghị phòng "
            "chống sốt rét.",
            "Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước báo cáo 6 tháng đầu năm "
            "có 74 ca sốt rét.",
        )
        == "province"
    )


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Bệnh Viện Nhi Trung ương tổng kết năm 2024",
                "Ngày 6/1/2025, Bệnh Viện Nhi Trung ương tổ chức hội nghị tổng kết; năm qua "
                "bệnh viện khám cho 1,3 triệu lượt trẻ.",
            ),
            "hospital",
        ),
        (
            (
                "Ký quy chế phối hợp năm 2025",
                "Ngày 3/3/2025, Viện Kiểm sát nhân dân tỉnh Tây Ninh và Sở Y tế ký quy chế phối "
                "hợp; năm 2024 hai bên xử lý 12 vụ việc.",
            ),
            "province",
        ),
        (
            (
                "Xây dựng nông thôn mới về y tế",
                "Năm 2024, Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Sơn La công nhận "
                "thêm 14 xã đạt chuẩn quốc gia về y tế.",
            ),
            "province",
        ),
    ],
    ids=["hospital-capital-V", "prosecutors", "province-board-of-a-national-scheme"],
)
def test_names_with_vien_or_quoc_gia_that_are_no_national_agency(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Tuyên truyền an toàn thực phẩm cho tiểu thương",
                "Ngày 8/4/2024, Viện KSND huyện Cư Kuin cùng Trung tâm Y tế huyện Cư Kuin tuyên "
                "truyền cho 180 tiểu thương; 9 cơ sở được nhắc nhở.",
            ),
            "district",
        ),
        (
            (
                "Phối hợp kiểm tra hành nghề y tư nhân",
                "Sáng 16/5/2024, Viện Kiểm Sát nhân dân tỉnh Kon Tum và Sở Y tế tỉnh Kon Tum kiểm "
                "tra 7 phòng khám tư nhân; 3 cơ sở phải dừng hoạt động.",
            ),
            "province",
        ),
        (
            (
                "Khám sàng lọc bệnh tuyến giáp",
                "Ngày 21/9/2024, Viện Y học ứng dụng TP Cần Thơ khám sàng lọc cho 450 người dân; "
                "Bệnh viện Đa khoa tỉnh Hậu Giang phối hợp thực hiện.",
            ),
            "hospital",
        ),
        (
            (
                "Cấp thẻ bảo hiểm y tế cho hộ cận nghèo",
                "Năm 2024, Trung tâm Khuyến nông quốc gia hỗ trợ 5 tỷ đồng; Sở Y tế tỉnh Bắc Giang "
                "đã cấp thẻ bảo hiểm y tế cho 27.000 người cận nghèo.",
            ),
            "province",
        ),
    ],
    ids=["prosecutors-acronym", "prosecutors-any-case", "city-institute", "other-sector-body"],
)
def test_a_vien_of_no_ministry_kind_or_another_sectors_national_body_is_no_national_agency(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


def test_an_institute_of_the_ministrys_kinds_is_the_nations() -> None:
    assert (
        level(
            "Giám sát môi trường lao động",
            "Năm 2024, Viện Sức khỏe nghề nghiệp và môi trường tổ chức giám sát môi trường lao "
            "động tại 210 cơ sở.",
        )
        == "national"
    )


# --- Round 18's forms: a province's page naming districts; a hospital named only as such ----


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Bình Phước: 9.400 trẻ được uống vitamin A",
                "Đợt 1 năm 2024, các trạm y tế đã cho 9.400 trẻ uống vitamin A, đạt 98%.",
            ),
            "province",
        ),
        (
            (
                "Tiêm vắc xin sởi bổ sung",
                "Tháng 4/2024, mọi huyện trừ thị xã Buôn Hồ đã tiêm xong vắc xin sởi; toàn tỉnh "
                "tiêm cho 48.000 trẻ.",
            ),
            "province",
        ),
        (
            (
                "Tư vấn dinh dưỡng cho bà mẹ",
                "Năm 2024, dự án mở điểm tư vấn dinh dưỡng tại 3 xã của huyện Krông Pắc; toàn "
                "tỉnh hiện có 30 điểm.",
            ),
            "province",
        ),
        (
            (
                "Khám sàng lọc ung thư cổ tử cung",
                "Năm 2024, Trung tâm Y tế các huyện đã khám sàng lọc cho 12.000 phụ nữ, vượt 8% "
                "chỉ tiêu.",
            ),
            "province",
        ),
        (
            (
                "Phát triển kỹ thuật mới",
                "Mùa mưa năm nay, số trẻ sốt cao đến khám tăng nhanh.",
                "Bệnh viện đang điều trị nội trú cho 140 trẻ, gấp đôi tháng trước.",
            ),
            "hospital",
        ),
    ],
    ids=[
        "province-headline-colon",
        "district-excepted",
        "sites-of-the-work",
        "units-of-many-districts",
        "bare-hospital-subject",
    ],
)
def test_a_province_or_hospital_page_that_names_no_unit_of_its_own(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Thêm xã đạt chuẩn y tế",
                "Năm 2024, huyện Krông Pắc có thêm 4 xã đạt Bộ tiêu chí quốc gia về y tế.",
            ),
            "district",
        ),
        (
            (
                "Tổng kết ngành y tế năm 2024",
                "Ngày 9/1/2025, Sở Y tế tỉnh Bình Phước tổ chức tổng kết. Bệnh viện đã triển "
                "khai 14 kỹ thuật mới.",
            ),
            "province",
        ),
        (
            (
                "Sơ kết 6 tháng",
                "Ngày 5/7/2024, Trung tâm Y tế huyện Cư Jút sơ kết 6 tháng đầu năm; đơn vị khám "
                "cho 41.000 lượt người.",
            ),
            "district",
        ),
    ],
    ids=["district-subject", "unit-named-beats-bare-hospital", "one-district-centre"],
)
def test_district_and_named_units_keep_their_level(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


# --- The organiser's place: a province in brackets after it, a place in the address's path --


def test_a_province_in_brackets_after_the_organiser_places_it() -> None:
    report = extract(
        "Ghép thận thành công",
        "Tháng 9/2024, Bệnh viện Thống Nhất (TPHCM) đã ghép thận cho 12 người bệnh, nâng số ca "
        "ghép từ đầu năm lên 41.",
    )
    assert (report.organizer_level.value, report.province) == ("hospital", "Hồ Chí Minh")


def test_a_bracket_after_the_organiser_that_is_no_province_places_nothing() -> None:
    report = extract(
        "Ghép thận thành công",
        "Tháng 9/2024, Bệnh viện Thống Nhất (hạng đặc biệt) đã ghép thận cho 12 người bệnh, "
        "nâng số ca ghép từ đầu năm lên 41.",
    )
    assert report.province is None


@pytest.mark.parametrize(
    ("url", "province", "district"),
    [
        (
            "https://example.vn/suc-khoe/an-toan-thuc-pham-o-tphcm-nam-2024-1234.html",
            "Hồ Chí Minh",
            None,
        ),
        (
            "https://example.vn/benh-vien-da-khoa-thi-xa-buon-ho-tong-ket-nam-2024-99.html",
            "Đắk Lắk",
            "Buôn Hồ",
        ),
    ],
    ids=["city-alias-in-path", "district-after-its-kind-in-path"],
)
def test_the_address_path_places_a_page_that_names_no_place(
    url: str, province: str, district: str | None
) -> None:
    report = extract(
        "Tổng kết năm 2024",
        "Năm 2024, bệnh viện khám cho 215.000 lượt người.",
        "Bệnh viện đang điều trị nội trú cho 310 người bệnh.",
        url=url,
    )
    assert (report.province, report.district) == (province, district)


def test_a_district_name_in_the_path_without_its_kind_places_no_district() -> None:
    report = extract(
        "Tổng kết năm 2024",
        "Năm 2024, bệnh viện khám cho 215.000 lượt người.",
        "Bệnh viện đang điều trị nội trú cho 310 người bệnh.",
        url="https://example.vn/vinh-danh-bac-si-tre-nam-2024-99.html",
    )
    assert report.district is None


@pytest.mark.parametrize(
    "url",
    [
        "https://example.vn/y-te-co-so-quan-tam-binh-dang-gioi-trong-cham-soc-2024-77.html",
        "https://example.vn/dieu-duong-can-quan-tam-ky-nang-giao-tiep-voi-nguoi-benh-78.html",
    ],
    ids=["quan-tam-before-a-huyen", "quan-tam-before-a-city"],
)
def test_a_path_word_spelt_like_quan_places_no_district_of_another_kind(url: str) -> None:
    report = extract(
        "Tổng kết năm 2024",
        "Năm 2024, bệnh viện khám cho 215.000 lượt người.",
        "Bệnh viện đang điều trị nội trú cho 310 người bệnh.",
        url=url,
    )
    assert (report.province, report.district) == (None, None)


def test_a_numbered_urban_district_after_quan_in_the_path_places_it() -> None:
    report = extract(
        "Tổng kết năm 2024",
        "Năm 2024, bệnh viện khám cho 215.000 lượt người.",
        "Bệnh viện đang điều trị nội trú cho 310 người bệnh.",
        url="https://example.vn/benh-vien-quan-5-tong-ket-nam-2024-79.html",
    )
    assert (report.province, report.district) == ("Hồ Chí Minh", "Quận 5")


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Tổng kết công tác năm 2024",
            "Chiều 14/1/2025, Bệnh viện Trung ương Huế tổ chức hội nghị tổng kết; năm qua bệnh "
            "viện khám cho 1,6 triệu lượt người.",
        ),
        (
            "Phát động thi đua năm 2025",
            "Sáng 20/2/2025, Bệnh viện Đại học Y Dược Huế tổ chức hội nghị viên chức; năm 2024 "
            "bệnh viện thực hiện 21.000 ca phẫu thuật.",
        ),
    ],
    ids=["central-hospital", "university-hospital"],
)
def test_a_unit_named_for_a_province_by_one_word_is_placed_there(
    paragraphs: tuple[str, ...],
) -> None:
    assert extract(*paragraphs).province == "Thừa Thiên Huế"


def test_a_city_of_a_provinces_one_word_name_stays_a_district() -> None:
    report = extract(
        "Sơ kết 6 tháng",
        "Ngày 4/7/2024, Trung tâm Y tế thành phố Huế sơ kết 6 tháng đầu năm; đơn vị tiêm 8.300 "
        "mũi vắc xin.",
    )
    assert report.organizer_level.value == "district"


# --- Causes B and H: a provincial centre of an unlisted kind; a district's preventive team --


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Trung tâm Huyết học - Truyền máu Bình Định tổng kết năm 2024",
                "Ngày 10/1/2025, Trung tâm Huyết học - Truyền máu Bình Định tổ chức tổng kết; "
                "năm qua tiếp nhận 31.000 đơn vị máu.",
            ),
            "province",
        ),
        (
            (
                "Phục hồi chức năng cho trẻ khuyết tật",
                "Năm 2024, Trung tâm Phục hồi chức năng Lạng Sơn đã điều trị cho 2.300 lượt trẻ.",
            ),
            "province",
        ),
        (
            (
                "Phun hóa chất diệt muỗi",
                "Năm 2010, Đội Y tế dự phòng thị xã Ba Đồn đã phun hóa chất cho 1.870 hộ, đạt 96% "
                "kế hoạch của Trung tâm Y tế dự phòng tỉnh.",
            ),
            "district",
        ),
        (
            (
                "Tiêm chủng tháng 5",
                "Trong tháng 5, Trạm Y tế xã Hòa Tiến đã tiêm cho 420 trẻ, đạt 98% kế hoạch của "
                "Trung tâm Y tế huyện Hòa Vang.",
            ),
            "commune",
        ),
    ],
    ids=["blood-centre", "rehabilitation-centre", "preventive-team", "plan-owner"],
)
def test_provincial_centres_and_district_teams_of_unlisted_kinds(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Khám sàng lọc cho trẻ khuyết tật",
            "Sáng 12/5/2024, tại Trung tâm Phục hồi chức năng Lạng Sơn, Trung tâm Y tế huyện "
            "Cao Lộc khám sàng lọc cho 230 trẻ; 41 trẻ được hẹn điều trị.",
        ),
        (
            "Khám sức khỏe cho học viên",
            "Tháng 9/2024, Trung tâm Giáo dục nghề nghiệp Lào Cai có 420 học viên được Trung "
            "tâm Y tế thành phố Lào Cai khám sức khỏe đầu khóa.",
        ),
    ],
    ids=["health-centre-as-venue", "no-health-kind"],
)
def test_a_provinces_centre_as_a_venue_or_of_no_health_kind_is_no_organiser(
    paragraphs: tuple[str, ...],
) -> None:
    assert level(*paragraphs) == "district"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Công tác dân số năm 2024",
                "Năm 2024, Trung tâm Dân số huyện Quảng Ninh đã tư vấn cho 1.400 cặp vợ chồng.",
            ),
            "district",
        ),
        (
            (
                "Tổng kết ngành y tế",
                "Ngày 8/1/2025, Sở Y tế tỉnh Hà Nam tổ chức tổng kết; toàn ngành đạt 104% kế "
                "hoạch khám chữa bệnh.",
            ),
            "province",
        ),
    ],
    ids=["district-of-a-provinces-name", "own-plan-no-owner"],
)
def test_a_centre_of_a_district_or_an_own_plan_is_read_as_before(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert level(*paragraphs) == expected


def test_the_issuer_of_a_document_named_without_its_number_is_no_organiser() -> None:
    assert (
        level(
            "Kiểm tra an toàn thực phẩm",
            "Thực hiện Chỉ thị của UBND tỉnh Bến Tre, năm 2024 Trung tâm Y tế huyện Ba Tri đã "
            "kiểm tra 210 cơ sở thực phẩm.",
        )
        == "district"
    )


def test_a_committee_issuing_its_own_decision_stays_the_organiser() -> None:
    assert (
        level(
            "Thêm 12 xã đạt chuẩn",
            "Năm 2024, UBND tỉnh Bến Tre ban hành quyết định công nhận thêm 12 xã đạt chuẩn "
            "quốc gia về y tế.",
        )
        == "province"
    )
