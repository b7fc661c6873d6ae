"""Round 19's misses in the organiser, its place, the meeting's date and kind, fixed as forms of
the genre (tuner t21a): each on reworded probes of its form and on near sentences the rule must
not change (sentences written for these tests; units, places' uses and figures invented)."""

from __future__ import annotations

import datetime

import pytest

from offline_pages import extract

# --- Cause 1: a review of several years' work ("sơ kết 5 năm triển khai ...") is no year-end
# review, whatever year the page names -----------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Sơ kết 5 năm thực hiện đề án chăm sóc sức khỏe người cao tuổi",
            "Ngày 14/6/2031, Sở Y tế tỉnh Hà Nam tổ chức hội nghị sơ kết 5 năm thực hiện đề án "
            "chăm sóc sức khỏe người cao tuổi đến năm 2035. Đã có 86% người cao tuổi được lập "
            "hồ sơ sức khỏe.",
        ),
        (
            "Tổng kết 10 năm phòng chống tác hại thuốc lá",
            "Sáng 2/11/2032, Trung tâm Y tế huyện Gia Viễn tổ chức tổng kết 10 năm thực hiện "
            "chương trình phòng chống tác hại thuốc lá. Năm 2032, 45 trường học đạt tiêu chí "
            "không khói thuốc.",
        ),
        (
            "Hội nghị trực tuyến của Bộ Y tế",
            "Báo cáo tại hội nghị trực tuyến sơ kết 3 năm triển khai kế hoạch phát triển dược "
            "liệu đến năm 2030 do Bộ Y tế tổ chức ngày 9-4 cho biết, 42 tỉnh đã có vùng trồng "
            "dược liệu.",
        ),
    ],
    ids=["so-ket-5-nam", "tong-ket-10-nam", "reported-at"],
)
def test_a_review_of_several_years_is_no_year_end_review(paragraphs: tuple[str, ...]) -> None:
    assert extract(*paragraphs).meeting_kind.value == "other"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Tổng kết công tác y tế năm 2031",
            "Ngày 10/1/2032, Sở Y tế tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2031, "
            "triển khai nhiệm vụ năm 2032. Năm 2031, 96% trẻ được tiêm chủng đầy đủ.",
        ),
        (
            "Trung tâm Y tế huyện Gia Viễn tổng kết năm 2031",
            "Sáng 8/1/2032, Trung tâm Y tế huyện Gia Viễn tổ chức tổng kết năm 2031 và 5 năm "
            "qua luôn hoàn thành kế hoạch. Năm 2031 trung tâm khám cho 61.200 lượt người.",
        ),
    ],
    ids=["year-review", "year-review-naming-five-years-after"],
)
def test_a_year_s_review_stays_a_year_end_review(paragraphs: tuple[str, ...]) -> None:
    assert extract(*paragraphs).meeting_kind.value == "year_end_review"


# --- Cause 2: the province's health sector named without the province ("ngành y tế tỉnh") is
# the page's subject; a district unit the body singles out is one of its units ---------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Chưa đạt chỉ tiêu tiêm chủng trong 6 tháng đầu năm",
            "(QT) - Trong 6 tháng đầu năm 2031, ngành y tế tỉnh đã tiêm chủng đầy đủ cho 11.200 "
            "trẻ, đạt 46% kế hoạch năm.",
            "Riêng Trung tâm Y tế huyện Hải Lăng chỉ đạt 31% kế hoạch, thấp nhất tỉnh.",
        ),
        (
            "Khám chữa bệnh tăng mạnh",
            "Năm 2031, ngành Y tế tỉnh khám cho hơn 1,2 triệu lượt người, tăng 8% so với năm 2030.",
            "Trung tâm Y tế huyện Đức Thọ có số lượt khám cao nhất với 98.000 lượt.",
        ),
        (
            "Sốt xuất huyết giảm trong quý III",
            "Trong quý III/2031, toàn ngành y tế tỉnh ghi nhận 420 ca sốt xuất huyết, giảm 35% "
            "so với cùng kỳ.",
            "Bệnh viện đa khoa huyện Cam Lộ điều trị 96 ca, nhiều nhất trong các đơn vị.",
        ),
        (
            "Tỷ lệ sinh tại cơ sở y tế tăng",
            "12/07/2031 | 09:15 GMT+7",
            "Sáu tháng đầu năm, ngành y tế tỉnh quản lý thai cho 9.400 phụ nữ, 98% sinh tại cơ "
            "sở y tế.",
            "Trung tâm Y tế huyện Vĩnh Linh có tỷ lệ thấp nhất, 93%.",
        ),
    ],
    ids=["quy-rieng", "nam-named-unit", "toan-nganh-hospital", "after-posting-stamp"],
)
def test_the_province_s_sector_unnamed_is_the_page_s_subject(paragraphs: tuple[str, ...]) -> None:
    report = extract(*paragraphs)
    assert report.organizer_level.value == "province"
    assert report.district is None


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        (
            (
                "Trung tâm Y tế huyện Đức Thọ vượt kế hoạch",
                "Năm 2031, Trung tâm Y tế huyện Đức Thọ khám cho 98.000 lượt người, góp phần vào "
                "kết quả chung của ngành y tế tỉnh.",
            ),
            "district",
        ),
        (
            (
                "Tổng kết công tác y tế năm 2031",
                "Ngày 6/1/2032, Trung tâm Y tế huyện Cam Lộ tổ chức hội nghị tổng kết công tác năm "
                "2031. Năm qua, ngành y tế tỉnh ghi nhận 420 ca sốt xuất huyết.",
            ),
            "district",
        ),
    ],
    ids=["unit-subject-of-lead", "unit-holds-meeting"],
)
def test_a_unit_the_lead_names_keeps_the_page(paragraphs: tuple[str, ...], level: str) -> None:
    assert extract(*paragraphs).organizer_level.value == level


# --- Cause 3: a unit's name printed with its acronym in brackets before its place ("Trung tâm
# Y tế (TTYT) huyện X") is still that unit's name ------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "level", "district"),
    [
        (
            (
                "Khám sàng lọc bệnh tăng huyết áp",
                "Sáng 12/5/2031, Trung tâm Y tế (TTYT) huyện Ý Yên tổ chức khám sàng lọc tăng "
                "huyết áp cho 640 người cao tuổi.",
            ),
            "district",
            "Ý Yên",
        ),
        (
            (
                "Tập huấn phòng chống bệnh dại",
                "Ngày 3/4/2031, Trung tâm y tế (TTYT) thị xã Hương Trà đã tổ chức tập huấn phòng "
                "chống bệnh dại cho 85 cán bộ y tế xã.",
            ),
            "district",
            "Hương Trà",
        ),
        (
            (
                "Tiêm vắc xin sởi cho trẻ",
                "Trong tháng 9/2031, Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Nam Định tổ chức "
                "tiêm vắc xin sởi cho 12.400 trẻ.",
            ),
            "province",
            None,
        ),
        (
            (
                "Khám mắt cho người cao tuổi",
                "Ngày 20/9/2031, Trung tâm Y tế (TTYT) huyện Vụ Bản phối hợp với Bệnh viện Mắt "
                "Nam Định tổ chức khám mắt cho 510 người cao tuổi.",
            ),
            "district",
            "Vụ Bản",
        ),
        (
            (
                "Kiểm tra an toàn thực phẩm dịp Tết",
                "Ngày 15/1/2031, Sở Y tế (SYT) tỉnh Nam Định tổ chức kiểm tra an toàn thực phẩm "
                "tại 60 cơ sở; Trung tâm Y tế huyện Vụ Bản cùng tham gia.",
            ),
            "province",
            None,
        ),
    ],
    ids=["ttyt-huyen", "ttyt-thi-xa", "cdc-tinh", "ttyt-with-partner", "so-y-te"],
)
def test_a_unit_named_with_its_acronym_in_brackets_keeps_its_level(
    paragraphs: tuple[str, ...], level: str, district: str | None
) -> None:
    report = extract(*paragraphs)
    assert report.organizer_level.value == level
    assert report.district == district
    assert report.organizer.startswith(("Trung tâm", "Sở"))


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        (
            (
                "Khám mắt cho học sinh",
                "Ngày 9/10/2031, Bệnh viện Mắt (BVM) tỉnh Nam Định khám mắt cho 1.200 học sinh.",
            ),
            "hospital",
        ),
        (
            (
                "Khám sức khỏe người cao tuổi",
                "Ngày 9/10/2031, Trạm Y tế xã Yên Lợi (huyện Ý Yên) khám cho 230 người cao tuổi.",
            ),
            "commune",
        ),
    ],
    ids=["hospital-acronym", "commune-with-district-in-brackets"],
)
def test_brackets_after_a_unit_change_no_other_level(
    paragraphs: tuple[str, ...], level: str
) -> None:
    assert extract(*paragraphs).organizer_level.value == level


# --- Cause 4: the partners listed after "phối hợp với" ("X phối hợp với A và B tổ chức ...") are
# not the subject of the verb, however near it ---------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Khám sàng lọc ung thư cho phụ nữ",
            "Từ ngày 4 - 9/3, Trung tâm Y tế huyện Ý Yên đã phối hợp với Hội Liên hiệp phụ nữ "
            "huyện Ý Yên và Bệnh viện đa khoa Hồng Phúc tổ chức khám sàng lọc cho 720 phụ nữ.",
        ),
        (
            "Khám mắt miễn phí",
            "Năm 2031, Trung tâm Y tế huyện Hải Hậu kết hợp với Hội Người cao tuổi huyện, Bệnh "
            "viện Mắt Sài Gòn tổ chức khám mắt cho 1.050 người.",
        ),
        (
            "Tư vấn dinh dưỡng",
            "Sáng 6/6/2031, Trung tâm Y tế huyện Nghĩa Hưng cùng Đoàn Thanh niên huyện và Bệnh "
            "viện Nhi Hà Nam tiến hành tư vấn dinh dưỡng cho 300 bà mẹ.",
        ),
    ],
    ids=["va", "comma", "cung"],
)
def test_partners_listed_after_the_leader_are_not_the_organiser(
    paragraphs: tuple[str, ...],
) -> None:
    assert extract(*paragraphs).organizer_level.value == "district"


@pytest.mark.parametrize(
    ("paragraphs", "level"),
    [
        (
            (
                "Khám bệnh cho người nghèo",
                "Phối hợp với Hội Chữ thập đỏ huyện, ngày 2/8/2031 Bệnh viện đa khoa Hồng Phúc tổ "
                "chức khám bệnh cho 400 người nghèo.",
            ),
            "hospital",
        ),
        (
            (
                "Khám sàng lọc ung thư cho phụ nữ",
                "Ngày 4/3/2031, Bệnh viện đa khoa Hồng Phúc tổ chức khám sàng lọc cho 720 phụ nữ, "
                "phối hợp với Trung tâm Y tế huyện Ý Yên.",
            ),
            "hospital",
        ),
    ],
    ids=["fronted-partner", "partner-after-verb"],
)
def test_a_partner_cue_elsewhere_leaves_the_subject(
    paragraphs: tuple[str, ...], level: str
) -> None:
    assert extract(*paragraphs).organizer_level.value == level


# --- Cause 5: a campaign's day, printed in a sentence that names the campaign but no meeting
# ("chiến dịch ... triển khai trong 2 ngày 1 - 2/6"), is the page's event date --------------


@pytest.mark.parametrize(
    ("paragraphs", "day"),
    [
        (
            (
                "Hơn 90.000 trẻ được uống vitamin A đợt 1/2031",
                "Tiếp nối các năm trước, chiến dịch bổ sung vitamin A cho trẻ được tỉnh triển khai "
                "trong 2 ngày 1 - 2/6, uống bù ngày 3/6.",
                "Toàn tỉnh có 90.412 trẻ được uống tại 412 điểm.",
            ),
            datetime.date(2031, 6, 1),
        ),
        (
            (
                "Tiêm vắc xin sởi cho trẻ",
                "Theo kế hoạch, chiến dịch tiêm vắc xin sởi được huyện Ý Yên bắt đầu từ ngày "
                "10/4/2031 tại 25 trạm y tế.",
                "Đã có 4.800 trẻ được tiêm, đạt 96%.",
            ),
            datetime.date(2031, 4, 10),
        ),
        (
            (
                "Diệt lăng quăng phòng sốt xuất huyết",
                "Các phường đồng loạt ra quân diệt lăng quăng ngày 15-5-2031, huy động 1.200 người "
                "dân tham gia.",
            ),
            datetime.date(2031, 5, 15),
        ),
    ],
    ids=["vitamin-a-days", "vaccine-from-day", "ra-quan"],
)
def test_a_campaign_s_day_is_the_event_date(
    paragraphs: tuple[str, ...], day: datetime.date
) -> None:
    assert extract(*paragraphs).event_date == day


@pytest.mark.parametrize(
    ("paragraphs", "day"),
    [
        (
            (
                "Tổng kết chiến dịch tiêm vắc xin sởi",
                "Chiến dịch được triển khai từ ngày 1/8 tại 25 trạm y tế. Chiều 10/9/2031, Trung "
                "tâm Y tế huyện Ý Yên tổ chức hội nghị tổng kết chiến dịch.",
            ),
            datetime.date(2031, 9, 10),
        ),
        (
            (
                "Tình hình sốt xuất huyết",
                "Tính đến ngày 30/6/2031, toàn tỉnh ghi nhận 2.400 ca sốt xuất huyết, giảm 20% so "
                "với cùng kỳ.",
            ),
            None,
        ),
        (
            (
                "Kết quả chiến dịch chăm sóc sức khỏe sinh sản đợt I năm 2031",
                "Từ ngày 15-3 đến 15-5, toàn tỉnh có 48 xã triển khai chiến dịch; 12.300 người "
                "được tư vấn.",
            ),
            None,
        ),
    ],
    ids=["meeting-after-campaign-days", "count-to-a-day", "campaign-months-span"],
)
def test_a_meeting_or_a_count_keeps_its_date(
    paragraphs: tuple[str, ...], day: datetime.date | None
) -> None:
    assert extract(*paragraphs).event_date == day


# --- Cause 6: a page filed by its address in a month folder ("/203105/", "/2031/06/"), whose
# meeting date prints no year, reports a meeting held by then, not in the year a plan runs to ----


@pytest.mark.parametrize(
    ("paragraphs", "url", "day"),
    [
        (
            (
                "Tăng khám chữa bệnh bằng y học cổ truyền",
                "Báo cáo tại hội nghị trực tuyến sơ kết 5 năm triển khai kế hoạch phát triển y "
                "dược cổ truyền đến năm 2035 do Bộ Y tế tổ chức ngày 20-5 cho biết, 62% trạm y "
                "tế có khám bằng y học cổ truyền.",
            ),
            "https://baoabc.vn/channel/5425/203105/tang-kham-2487859/index.htm",
            datetime.date(2031, 5, 20),
        ),
        (
            (
                "Hội nghị sơ kết đề án dinh dưỡng",
                "Sáng 14/6, Sở Y tế tỉnh Nam Định tổ chức hội nghị sơ kết 3 năm thực hiện đề án "
                "cải thiện dinh dưỡng đến năm 2035. Tỷ lệ trẻ suy dinh dưỡng thấp còi còn 18%.",
            ),
            "https://baoxyz.vn/2031/06/hoi-nghi-so-ket-de-an.html",
            datetime.date(2031, 6, 14),
        ),
        (
            (
                "Tổng kết 10 năm thực hiện chỉ thị",
                "Chiều 22/11, Trung tâm Y tế huyện Ý Yên tổ chức tổng kết 10 năm thực hiện Chỉ "
                "thị về công tác dân số đến năm 2040. Tỷ số giới tính khi sinh còn 109 bé trai/100 "
                "bé gái.",
            ),
            "https://tinyte.vn/tin-tuc/2031/11/tong-ket-10-nam.html",
            datetime.date(2031, 11, 22),
        ),
    ],
    ids=["channel-folder", "year-month-folders", "late-in-year"],
)
def test_a_meeting_is_held_by_the_month_its_page_is_filed_in(
    paragraphs: tuple[str, ...], url: str, day: datetime.date
) -> None:
    assert extract(*paragraphs, url=url).event_date == day


@pytest.mark.parametrize(
    ("paragraphs", "url", "day"),
    [
        (
            (
                "Tổng kết công tác y tế năm 2031",
                "Chiều 28/12, Sở Y tế tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2031, "
                "triển khai nhiệm vụ năm 2032. Năm 2031, 97% trẻ được tiêm chủng đầy đủ.",
            ),
            "https://baoxyz.vn/2032/01/tong-ket-y-te.html",
            datetime.date(2031, 12, 28),
        ),
        (
            (
                "Hội nghị sơ kết đề án dinh dưỡng",
                "Ngày 14/6/2033, Sở Y tế tỉnh Nam Định tổ chức hội nghị sơ kết đề án cải thiện "
                "dinh dưỡng. Tỷ lệ trẻ suy dinh dưỡng thấp còi còn 18%.",
            ),
            "https://baoxyz.vn/2031/06/hoi-nghi-so-ket-de-an.html",
            datetime.date(2033, 6, 14),
        ),
    ],
    ids=["review-posted-next-january", "printed-year-kept"],
)
def test_a_filed_page_s_other_dates_are_unchanged(
    paragraphs: tuple[str, ...], url: str, day: datetime.date
) -> None:
    assert extract(*paragraphs, url=url).event_date == day
