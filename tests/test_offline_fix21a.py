"""A review's worse cases of tuning 21a, mended (fixer fx21a): each rule narrowed on sentences of
the review's forms (written for these tests; units, places and figures invented), the tuner's
own forms (tests/test_offline_tune21a.py) kept."""

from __future__ import annotations

import datetime

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


# --- A partner cue is the list's only when the unit that leads it opens the cue's clause, not
# a patron or an authority fronted before a comma ("Được sự quan tâm của X, với sự phối hợp
# của ...", "Thực hiện chỉ đạo của X, kết hợp với <an event>, Y tổ chức") ------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Ra quân diệt lăng quăng",
            "Được sự quan tâm của UBND huyện Gia Viễn, với sự phối hợp của các đoàn thể, Trung "
            "tâm Y tế huyện Gia Viễn tổ chức lễ ra quân diệt lăng quăng sáng 20/5/2031.",
        ),
        (
            "Tuyên truyền an toàn thực phẩm",
            "Thực hiện chỉ đạo của Sở Y tế, kết hợp với Tháng hành động vì an toàn thực phẩm, "
            "Trung tâm Y tế huyện Gia Viễn tổ chức tuyên truyền cho 140 hộ kinh doanh sáng "
            "14/5/2031.",
        ),
    ],
    ids=["su-phoi-hop-cua", "ket-hop-voi-event"],
)
def test_a_fronted_patron_leads_no_partner_list(paragraphs: tuple[str, ...]) -> None:
    report = extract(*paragraphs)
    assert report.organizer == "Trung tâm Y tế huyện Gia Viễn"
    assert report.district == "Gia Viễn"


# --- A year's or a half-year's review held with a review of several years keeps its kind ------


@pytest.mark.parametrize(
    ("paragraphs", "kind"),
    [
        (
            (
                "Tổng kết công tác y tế năm 2031",
                "Sáng 14/1/2032, Sở Y tế tỉnh Hà Nam tổ chức hội nghị tổng kết công tác y tế năm "
                "2031, triển khai nhiệm vụ năm 2032 và sơ kết 3 năm thực hiện Nghị quyết số "
                "20-NQ/TW. Năm 2031, toàn ngành khám cho 1,2 triệu lượt người.",
            ),
            "year_end_review",
        ),
        (
            (
                "Sơ kết 6 tháng đầu năm 2031",
                "Ngày 10/7/2031, Trung tâm Y tế huyện Gia Viễn tổ chức hội nghị sơ kết công tác 6 "
                "tháng đầu năm 2031 và sơ kết 2 năm thực hiện kế hoạch chuyển đổi số. 6 tháng, "
                "trung tâm khám cho 41.000 lượt người.",
            ),
            "mid_year_review",
        ),
    ],
    ids=["year-and-3-years", "half-and-2-years"],
)
def test_a_period_s_review_with_a_stage_s_keeps_its_kind(
    paragraphs: tuple[str, ...], kind: str
) -> None:
    assert extract(*paragraphs).meeting_kind.value == kind


# --- A campaign's day is the event's only when the sentence holds the campaign (triển khai, ra
# quân, bắt đầu ...), not a campaign named in passing, as history, or a deadline ------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Ngành y tế Hà Nam hoàn thành nhiệm vụ năm 2031",
            "Năm 2031, ngành y tế Hà Nam khám cho 2,1 triệu lượt người. Trong chiến dịch tiêm "
            "vắc xin sởi ngày 14/3, toàn tỉnh tiêm cho 21.000 trẻ. Tỷ lệ bao phủ bảo hiểm y tế "
            "đạt 93%.",
        ),
        (
            "Giữ vững thành quả phòng chống sốt rét",
            "Năm 2032, tỉnh ghi nhận 9 ca sốt rét, giảm 50% so với năm 2030. Từ chiến dịch phun "
            "hóa chất diệt muỗi ngày 18/4/2029, số ổ dịch giảm mạnh.",
        ),
        (
            "Bệnh viện đẩy mạnh chuyển đổi số",
            "Năm 2031, Bệnh viện Đa khoa Gia Viễn đã triển khai bệnh án điện tử cho 100% khoa "
            "lâm sàng. Bệnh viện phấn đấu hoàn thành đợt cao điểm chuyển đổi số trước ngày "
            "31/12/2031.",
        ),
    ],
    ids=["in-passing", "history", "deadline"],
)
def test_a_campaign_named_without_its_holding_gives_no_date(
    paragraphs: tuple[str, ...],
) -> None:
    assert extract(*paragraphs).event_date is None


def test_a_campaign_held_keeps_its_day() -> None:
    report = extract(
        "Tiêm vắc xin sởi cho trẻ",
        "Chiến dịch tiêm vắc xin sởi được huyện Ý Yên triển khai từ ngày 10/4/2031 tại 25 trạm y "
        "tế.",
    )
    assert report.event_date == datetime.date(2031, 4, 10)


# --- A unit's acronym in brackets is no part of the name the report gives -----------------------


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Ngày 8/7/2031, Sở Y tế (SYT) tỉnh Kon Tum tổ chức hội nghị sơ kết công tác 6 tháng "
            "đầu năm 2031.",
            "Sở Y tế tỉnh Kon Tum",
        ),
        (
            "Sáng 12/5/2031, Trung tâm Y tế (TTYT) huyện Ý Yên tổ chức khám sàng lọc tăng huyết "
            "áp cho 640 người cao tuổi.",
            "Trung tâm Y tế huyện Ý Yên",
        ),
    ],
    ids=["syt", "ttyt"],
)
def test_an_acronym_in_brackets_is_left_out_of_the_name(paragraph: str, name: str) -> None:
    assert extract("Hội nghị của ngành y tế", paragraph).organizer == name


# --- Wrong on both trees, in the change's scope --------------------------------------------------


def test_a_date_s_year_after_nam_is_read() -> None:
    report = extract(
        "Sở Y tế lên kế hoạch hội nghị tổng kết năm 2031",
        "Sở Y tế tỉnh Cao Bằng cho biết, hội nghị tổng kết công tác y tế năm 2031 sẽ được tổ chức "
        "vào ngày 7/1 năm 2032. Năm 2031, toàn ngành khám cho 780.000 lượt người.",
        url="https://baocaobang.vn/y-te/203112/ke-hoach.html",
    )
    assert report.event_date == datetime.date(2032, 1, 7)


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Chiều 29/12/2031, Bệnh viện Đa khoa khu vực (BVĐKKV) Bồng Sơn tổ chức hội nghị tổng "
            "kết công tác năm 2031.",
            "Bệnh viện Đa khoa khu vực Bồng Sơn",
        ),
        (
            "Ngày 9/10/2031, Bệnh viện Mắt (BVM) tỉnh Nam Định khám mắt cho 1.200 học sinh.",
            "Bệnh viện Mắt tỉnh Nam Định",
        ),
    ],
    ids=["bvdkkv", "bvm"],
)
def test_a_hospital_s_acronym_in_brackets_is_left_out_of_its_name(
    paragraph: str, name: str
) -> None:
    report = extract("Hoạt động của bệnh viện", paragraph)
    assert report.organizer == name
    assert report.organizer_level.value == "hospital"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Khám mắt miễn phí cho người nghèo",
            "Với sự hỗ trợ của Sở Y tế tỉnh Bến Tre cùng các nhà hảo tâm, Bệnh viện Mắt tỉnh đã "
            "khám mắt miễn phí cho 700 người nghèo ngày 14/9/2031.",
        ),
        (
            "Khám bệnh cho người cao tuổi",
            "Được sự quan tâm của Sở Y tế tỉnh Bến Tre, Bệnh viện Y học cổ truyền tỉnh đã khám "
            "cho 500 người cao tuổi.",
        ),
    ],
    ids=["voi-su-ho-tro", "duoc-su-quan-tam"],
)
def test_a_fronted_patron_is_not_the_organiser(paragraphs: tuple[str, ...]) -> None:
    assert extract(*paragraphs).organizer_level.value == "hospital"


def test_a_day_the_meeting_decides_on_is_not_the_meeting_s() -> None:
    report = extract(
        "Triển khai công tác phòng chống sốt xuất huyết năm 2032",
        "Vừa qua, Trung tâm Y tế huyện Trà Ôn tổ chức hội nghị triển khai công tác phòng chống "
        "sốt xuất huyết năm 2032. Hội nghị thống nhất tổ chức ra quân chiến dịch diệt lăng quăng "
        "vào ngày 1/6/2032 tại 14 xã.",
    )
    assert report.event_date is None
