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
    # an article number that does not read as year, month and day dates nothing (neither
    # -yyyymmdd... nor a section's three digits and -yymmddhhmmss... with milliseconds: the
    # month 99 is none)
    report = extract(
        "Mít tinh hưởng ứng ngày sức khỏe toàn dân",
        "Sáng 11/4, Sở Y tế tổ chức lễ mít tinh hưởng ứng ngày sức khỏe toàn dân với sự "
        "tham gia của 800 đoàn viên.",
        url="https://bao.example.vn/suc-khoe/bai-viet-185319912081530417.htm",
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


QUARTER_PAGE = (
    "Giao ban công tác y tế quý I năm 2031",
    "Sáng 5/4/2031, Trung tâm Y tế huyện tổ chức giao ban đánh giá kết quả công tác quý I "
    "năm 2031. Trong quý, trung tâm khám cho 8.400 lượt người.",
)
MONTH_PAGE = (
    "Bệnh viện họp giao ban tháng 12/2030",
    "Sáng 2/1/2031, Bệnh viện Đa khoa huyện họp giao ban đánh giá hoạt động tháng 12/2030. "
    "Trong tháng, bệnh viện khám cho 5.100 lượt người.",
)


# The part right after a quarter or a month reviewed, named by a body sentence that plans or
# looks ahead: the next period (the next year's first after the last).
@pytest.mark.parametrize(
    ("page", "sentence", "kind", "year", "index"),
    [
        (
            QUARTER_PAGE,
            "Quý II, trung tâm phấn đấu tiêm chủng đủ liều cho 98% trẻ.",
            "quarter",
            2031,
            2,
        ),
        (
            QUARTER_PAGE,
            "Hội nghị thống nhất nhiệm vụ trọng tâm quý 2 là phòng chống sốt xuất huyết.",
            "quarter",
            2031,
            2,
        ),
        (
            MONTH_PAGE,
            "Giám đốc đề nghị các khoa quán triệt nhiệm vụ trọng tâm tháng 01/2031.",
            "month",
            2031,
            1,
        ),
    ],
)
def test_the_part_after_a_quarter_or_month_reviewed_is_planned(
    page: tuple[str, str], sentence: str, kind: str, year: int, index: int
) -> None:
    report = extract(*page, sentence)
    assert report.next_period is not None
    assert (report.next_period.kind.value, report.next_period.year, report.next_period.index) == (
        kind,
        year,
        index,
    )


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        # the next quarter named as a past fact, no plan
        (QUARTER_PAGE, "Quý II năm 2030, trung tâm khám cho 7.900 lượt người."),
        # a later part that is not the next one
        (QUARTER_PAGE, "Quý IV, trung tâm phấn đấu hoàn thành xây dựng khu khám mới."),
        # a month set against, not planned
        (MONTH_PAGE, "Số lượt khám cao hơn so với tháng 1, đạt kế hoạch đề ra."),
    ],
)
def test_a_part_named_without_a_plan_or_not_next_is_no_next_period(
    page: tuple[str, str], sentence: str
) -> None:
    assert extract(*page, sentence).next_period is None


# A page stored without its headline, whose text prints no period nor year of its own: the
# period its address's slug names (the headline as the address writes it).
HEADLESS = (
    "Theo đó, trung tâm đã xây dựng 420 tin, bài tuyên truyền và tổ chức 36 lớp tập huấn "
    "cho 1.100 lượt cán bộ y tế cơ sở."
)


@pytest.mark.parametrize(
    ("slug", "kind", "index"),
    [
        ("giao-ban-cong-tac-truyen-thong-6-thang-dau-nam-2031", "half_year", 1),
        ("so-ket-cong-tac-y-te-quy-iii-nam-2031", "quarter", 3),
        ("ket-qua-giam-sat-thuc-pham-thang-5-2031", "month", 5),
    ],
)
def test_a_slug_names_the_period_of_a_page_that_prints_none(
    slug: str, kind: str, index: int
) -> None:
    report = extract(HEADLESS, url=f"https://ttyt.example.vn/tin-tuc/{slug}-574.html")
    period = report.reviewed_period
    assert (period.kind.value, period.year, period.index) == (kind, 2031, index)


@pytest.mark.parametrize(
    ("paragraphs", "slug"),
    [
        # the text prints its own period and year: the slug says nothing more
        (
            (
                "Năm 2030, trung tâm đã xây dựng 420 tin, bài tuyên truyền và tổ chức 36 lớp "
                "tập huấn cho 1.100 lượt cán bộ y tế cơ sở.",
            ),
            "giao-ban-6-thang-dau-nam-2031",
        ),
        # a day of a month ("ngày 2 tháng 9") is no month's work
        ((HEADLESS,), "le-mit-tinh-ngay-2-thang-9-2031"),
    ],
)
def test_a_slug_s_period_leaves_a_printed_one_and_a_day_alone(
    paragraphs: tuple[str, ...], slug: str
) -> None:
    report = extract(*paragraphs, url=f"https://ttyt.example.vn/tin-tuc/{slug}-574.html")
    assert report.reviewed_period.kind.value != "half_year"
    assert report.reviewed_period.kind.value != "month"


def test_a_slug_s_year_unprinted_is_implied_and_null_under_strict() -> None:
    from baocao.documents import load_document
    from baocao.numerals import NumberIndex
    from baocao.offline import extract_offline
    from offline_pages import MODEL

    document = load_document(
        HEADLESS, url="https://ttyt.example.vn/tin-tuc/giao-ban-6-thang-dau-nam-2031-574.html"
    )
    implied: dict[str, str] = {}
    report = extract_offline(document, NumberIndex(document.text), MODEL, implied_years=implied)
    assert report.reviewed_period.year == 2031
    # (the reviewed year, and the figures' periods, which carry it)
    assert implied == {"reviewed_period.year": "2031"} | {
        f"indicators[{position}].period.year": "2031"
        for position, item in enumerate(report.indicators)
        if item.period is not None and item.period.year == 2031
    }
    strict = extract_offline(document, NumberIndex(document.text), MODEL, strict=True)
    assert (strict.reviewed_period.kind.value, strict.reviewed_period.year) == ("half_year", None)


# A multi-year stage not over at the meeting, named by the lead, is no period reviewed: the
# work is of the meeting's year, implied by its date when the text does not print it.
FOLDER = "https://bao.example.vn/channel/123/203107/tin-dan-so-55/"


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 11-7, Ban Chỉ đạo huyện tổ chức kỷ niệm Ngày Dân số Thế giới và sơ kết Chiến "
        "lược dân số giai đoạn 2026-2035 trên địa bàn huyện.",
        "Sáng 9-7, UBND xã đón nhận Bằng công nhận xã đạt Bộ tiêu chí quốc gia về y tế giai "
        "đoạn 2030 - 2040.",
        "Chiều 15-7, Sở Y tế tổ chức hội nghị đánh giá Kế hoạch chăm sóc sức khỏe người cao "
        "tuổi giai đoạn 2028-2035.",
    ],
)
def test_a_stage_not_over_at_a_meeting_dated_only_by_the_page_is_its_year(lead: str) -> None:
    report = extract(lead, "Hội nghị có 120 đại biểu tham dự.", url=FOLDER)
    period = report.reviewed_period
    assert (period.kind.value, period.year) == ("other", 2031)


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        # the meeting's year printed: as before
        (
            "Sáng 11-7-2031, Ban Chỉ đạo huyện sơ kết Chiến lược dân số giai đoạn 2026-2035 "
            "trên địa bàn huyện.",
            2031,
        ),
        # a stage over by the meeting: its last year
        (
            "Sáng 11-7, Ban Chỉ đạo huyện tổng kết Chiến lược dân số giai đoạn 2021-2030 "
            "trên địa bàn huyện.",
            2030,
        ),
    ],
)
def test_a_stage_printed_with_the_meeting_s_year_or_over_keeps_its_reading(
    lead: str, year: int
) -> None:
    report = extract(lead, "Hội nghị có 120 đại biểu tham dự.", url=FOLDER)
    assert report.reviewed_period.year == year


# The months left of the year ("9 tháng cuối năm") are no nine months from its start: a span
# that is no calendar period, kind other, of its year.
@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 5/4/2031, Chi cục Dân số tỉnh tổ chức hội nghị sơ kết công tác 3 tháng đầu năm, "
        "triển khai nhiệm vụ 9 tháng cuối năm 2031.",
        "Sáng 6/4/2031, Trung tâm Y tế huyện sơ kết công tác quý I năm 2031 và bàn phương "
        "hướng chín tháng cuối năm 2031.",
        "Ngày 3/4/2031, Sở Y tế sơ kết công tác quý I/2031, đề ra nhiệm vụ 9 tháng cuối năm.",
    ],
)
def test_the_months_left_of_the_year_are_no_nine_months(lead: str) -> None:
    report = extract(lead, "Trong quý, toàn tỉnh khám cho 8.400 lượt người.")
    assert report.next_period is not None
    assert (report.next_period.kind.value, report.next_period.year) == ("other", 2031)


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 5/10/2031, Sở Y tế tổ chức hội nghị sơ kết công tác 9 tháng đầu năm 2031.",
        "Sáng 6/10/2031, Trung tâm Y tế huyện sơ kết công tác 9 tháng năm 2031.",
    ],
)
def test_nine_months_from_the_year_s_start_stay_nine_months(lead: str) -> None:
    report = extract(lead, "Trong 9 tháng, toàn tỉnh khám cho 28.400 lượt người.")
    period = report.reviewed_period
    assert (period.kind.value, period.year) == ("nine_months", 2031)
