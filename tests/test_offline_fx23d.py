"""Fixes of what reviews rv23d and rv23b found wrong on both trees (organiser, level, province,
district): a district health centre's own host whose district is short ("ttyt" + a short
slug), the nation or the bare sector its opening names as context on a centre's own site, the
authority an honour is "of" ("Bằng khen của Bộ trưởng Bộ Y tế"), and "Cả nước" capitalised
opening a sentence. Sentences written for these tests (units and figures invented; places
from the gazetteer), with near sentences whose reading must stay."""

from __future__ import annotations

import pytest

from baocao.offline.places import host_health_centre
from offline_pages import extract

PROVINCIAL_URL = "https://baothaibinh.com.vn/y-te/tin-tuc-67890.html"

# --- Cause 1: a health centre's host whose district's slug is short: the rest of the label
# after the centre's name (and a district's kind) is the district's whole slug.


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://ttytvuthu.vn/tin/bao-cao", "Trung tâm Y tế huyện Vũ Thư"),
        ("https://trungtamytetanky.vn/tin/a", "Trung tâm Y tế huyện Tân Kỳ"),
        ("https://www.trungtamytehuyenbavi.vn/x", "Trung tâm Y tế huyện Ba Vì"),
        ("https://trungtamytethanhphodalat.vn/y", "Trung tâm Y tế thành phố Đà Lạt"),
        ("https://ttyt-tamky.vn/z", "Trung tâm Y tế thành phố Tam Kỳ"),
        # (a kind in the label chooses among districts of one name)
        ("https://trungtamytethixasontay.vn/q", "Trung tâm Y tế thị xã Sơn Tây"),
    ],
    ids=["ttyt-vuthu", "trungtamyte-tanky", "huyen-bavi", "thanhpho-dalat", "hyphen", "thixa"],
)
def test_a_centre_s_host_with_a_short_district_is_read(url: str, name: str) -> None:
    found = host_health_centre(url)
    assert found is not None
    assert (found.name, found.level.value) == (name, "district")


@pytest.mark.parametrize(
    "url",
    [
        "https://ttytvuthuabc.vn/tin",  # (more after the short slug: not the district whole)
        "https://benhvienvuthu.vn/tin",  # (no centre's name: a short slug inside a label)
        "https://ttytkhongco.vn/tin",  # (no district of that name)
    ],
    ids=["slug-plus-more", "not-a-centre", "unknown"],
)
def test_a_short_slug_not_whole_after_a_centre_s_name_is_not_read(url: str) -> None:
    assert host_health_centre(url) is None


def test_a_short_district_centre_s_page_naming_no_unit_is_the_centre_s() -> None:
    report = extract(
        "Kết quả khám chữa bệnh năm 2031",
        "Năm 2031, đã khám cho 98.000 lượt người, điều trị nội trú 6.200 người bệnh.",
        "Tỷ lệ sử dụng giường bệnh đạt 92%.",
        url="https://ttytvuthu.vn/tin/ket-qua-2031",
    )
    assert (report.organizer, report.organizer_level.value) == (
        "Trung tâm Y tế huyện Vũ Thư",
        "district",
    )
    assert (report.province, report.district) == ("Thái Bình", "Vũ Thư")


# --- Cause 2: on a centre's own site, the nation or the bare sector the opening names is the
# context of the centre's work, not the page's subject.

CENTRE_URL = "https://trungtamytetanky.vn/tin/bai-viet.html"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Tăng cường phòng chống sốt xuất huyết",
            "Dịch sốt xuất huyết đang tăng nhanh trên cả nước, nhiều nơi có ổ dịch mới.",
            "Từ đầu năm 2031 đến nay, đã ghi nhận 26 ca mắc tại 8 xã.",
        ),
        (
            "Sốt phát ban tăng trên toàn quốc",
            "Từ đầu năm 2031, đã ghi nhận 12 ca nghi sởi, tiêm vắc xin cho 900 trẻ.",
        ),
        (
            "Sơ kết 9 tháng năm 2031",
            "Ngành y tế cho biết, 9 tháng năm 2031, đã khám cho 70.000 lượt người, đạt 80% kế "
            "hoạch.",
            "Tỷ lệ tiêm chủng đầy đủ đạt 71%.",
        ),
        (
            "Khuyến cáo phòng bệnh mùa đông",
            "Ngành y tế khuyến cáo người dân giữ ấm cho trẻ nhỏ và người cao tuổi.",
            "Trong tháng 11/2031, đã ghi nhận 310 ca viêm đường hô hấp.",
        ),
    ],
    ids=["lead-ca-nuoc", "headline-toan-quoc", "nganh-cho-biet", "nganh-khuyen-cao"],
)
def test_the_nation_or_sector_in_a_centre_s_opening_is_context(
    paragraphs: tuple[str, ...],
) -> None:
    report = extract(*paragraphs, url=CENTRE_URL)
    assert (report.organizer, report.organizer_level.value) == (
        "Trung tâm Y tế huyện Tân Kỳ",
        "district",
    )
    assert (report.province, report.district) == ("Nghệ An", "Tân Kỳ")


def test_the_sector_in_a_provincial_page_s_opening_stays_the_sector() -> None:
    report = extract(
        "Sơ kết 9 tháng năm 2031",
        "Ngành y tế cho biết, 9 tháng năm 2031, đã khám cho 700.000 lượt người, đạt 80% kế hoạch.",
        url=PROVINCIAL_URL,
    )
    assert (report.organizer, report.organizer_level.value) == ("Ngành y tế", "province")


def test_the_nation_in_a_page_with_no_site_of_its_own_stays_national() -> None:
    report = extract(
        "Sốt xuất huyết tăng trên cả nước",
        "Từ đầu năm 2031, đã ghi nhận hơn 40.000 ca mắc, 9 ca tử vong.",
    )
    assert report.organizer_level.value == "national"


def test_a_place_the_centre_s_opening_names_stays_the_page_s() -> None:
    report = extract(
        "Xã Nghĩa Đồng đón nhận bộ tiêu chí quốc gia về y tế",
        "Ngày 3/4/2031, xã Nghĩa Đồng tổ chức lễ đón nhận bộ tiêu chí quốc gia về y tế.",
        url=CENTRE_URL,
    )
    assert report.organizer_level.value == "commune"


# --- Cause 3: the authority an honour is "of" ("Bằng khen của Bộ trưởng Bộ Y tế", "Cờ thi
# đua của UBND tỉnh") gives it; the unit that receives it is the organiser.


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 1/3/2031, đơn vị tổ chức lễ kỷ niệm và đón nhận Bằng khen của Bộ trưởng Bộ Y tế.",
        "Ngày 1/3/2031, đơn vị vinh dự nhận Cờ thi đua của Bộ Y tế.",
        "Ngày 1/3/2031, tập thể đơn vị được trao Huân chương Lao động hạng Ba của Chủ tịch nước "
        "và Giấy khen của Bộ Y tế.",
    ],
    ids=["bang-khen-bo-truong", "co-thi-dua-bo", "giay-khen-bo"],
)
def test_the_authority_an_honour_is_of_is_no_organiser(sentence: str) -> None:
    report = extract(
        "Đón nhận khen thưởng năm 2031",
        sentence,
        "Năm 2030, đơn vị đã khám cho 80.000 lượt người.",
        url=CENTRE_URL,
    )
    assert (report.organizer, report.organizer_level.value) == (
        "Trung tâm Y tế huyện Tân Kỳ",
        "district",
    )


def test_a_sector_receiving_a_province_s_flag_is_the_organiser() -> None:
    report = extract(
        "Ngành y tế Vũ Thư nhận Cờ thi đua của UBND tỉnh",
        "Năm 2031, ngành y tế huyện Vũ Thư được UBND tỉnh Thái Bình tặng Cờ thi đua.",
        "Toàn huyện khám cho 210.000 lượt người.",
        url=PROVINCIAL_URL,
    )
    assert (report.organizer_level.value, report.district) == ("district", "Vũ Thư")
    assert "UBND" not in report.organizer


def test_the_unit_that_hands_over_another_s_honour_stays_the_organiser() -> None:
    report = extract(
        "Trao Bằng khen cho các tập thể xuất sắc",
        "Ngày 5/1/2031, Sở Y tế tỉnh Thái Bình tổ chức lễ trao Bằng khen của UBND tỉnh cho 12 "
        "tập thể.",
        url=PROVINCIAL_URL,
    )
    assert (report.organizer, report.organizer_level.value) == (
        "Sở Y tế tỉnh Thái Bình",
        "province",
    )


# --- Cause 4: "Cả nước", "Toàn quốc" capitalised opening a sentence: the nation, its subject.


@pytest.mark.parametrize(
    "sentence",
    [
        "Cả nước có 21 tỉnh ghi nhận số ca mắc tăng cao.",
        "Toàn quốc đã ghi nhận 9 ổ dịch.",
        "Số ca tử vong giảm 3 ca. Cả nước ghi nhận 52 ca nặng.",
    ],
    ids=["ca-nuoc-co", "toan-quoc", "after-a-sentence"],
)
def test_the_nation_opening_a_sentence_is_national(sentence: str) -> None:
    report = extract(
        "Sốt xuất huyết tăng 20% so với cùng kỳ",
        "Từ đầu năm 2031 đến nay, đã ghi nhận hơn 41.000 ca mắc sốt xuất huyết.",
        "Số ca mắc tăng 20% so với cùng kỳ năm 2030.",
        sentence,
    )
    assert report.organizer_level.value == "national"
    assert report.organizer in ("cả nước", "toàn quốc")


def test_a_province_s_page_naming_the_nation_later_stays_the_province_s() -> None:
    report = extract(
        "Sốt xuất huyết tại Thái Bình tăng 20%",
        "Từ đầu năm 2031 đến nay, tỉnh Thái Bình đã ghi nhận 410 ca mắc sốt xuất huyết.",
        "Cả nước có 21 tỉnh ghi nhận số ca mắc tăng cao.",
        url=PROVINCIAL_URL,
    )
    assert (report.organizer_level.value, report.province) == ("province", "Thái Bình")


def test_a_comparison_with_the_nation_stays_no_organiser() -> None:
    report = extract(
        "Tỷ lệ tiêm chủng năm 2031",
        "Năm 2031, tỷ lệ tiêm chủng đầy đủ đạt 97%, cao hơn so với cả nước.",
    )
    assert report.organizer_level.value != "national"
