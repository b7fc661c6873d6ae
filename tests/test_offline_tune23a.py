"""The reviewed period on news items of figures (stop 23, t23a): the forms of the genre that
state a running total or name a year that is no period reviewed. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from offline_pages import extract

# A posting month the address files the page in (a news site's "/203112/" folder).
FILED = "https://bao.example.vn/xa-hoi/203112/bai-viet-773855/"


def _reviewed(*paragraphs: str, url: str | None = None) -> tuple[str, int | None, int | None]:
    period = extract(*paragraphs, url=url).reviewed_period
    return period.kind.value, period.year, period.index


# A year a running total starts from ("Từ năm 2028 đến nay"), named in passing (not the
# headline's, the lead's nor the paragraph with most figures): never the year reviewed.
@pytest.mark.parametrize(
    "since",
    [
        "Từ năm 2028 đến nay, trạm đã khám cho gần 4.600 lượt người.",
        "Kể từ năm 2027 đến nay, các xã đã tiếp nhận hơn 3.100 lượt bệnh nhân.",
        "Từ năm 2026 trở lại đây, tuyến xã đã điều trị cho 2.300 lượt người.",
    ],
)
def test_the_year_a_running_total_starts_from_is_not_reviewed(since: str) -> None:
    kind, year, _ = _reviewed(
        "Y tế cơ sở ngày càng đáp ứng nhu cầu khám chữa bệnh",
        "Đến nay, trên địa bàn huyện có 52 giường bệnh/01 vạn dân, 9 bác sỹ/01 vạn dân và "
        "tỉ lệ người dân được khám chữa bệnh đạt trên 90%, 18 trạm có bác sỹ.",
        since,
    )
    assert (kind, year) == ("other", None)


def test_a_year_printed_beside_a_running_total_s_start_stays_reviewed() -> None:
    kind, year, _ = _reviewed(
        "Y tế cơ sở ngày càng đáp ứng nhu cầu khám chữa bệnh",
        "Năm 2031, trên địa bàn huyện có 52 giường bệnh/01 vạn dân, 9 bác sỹ/01 vạn dân và "
        "tỉ lệ người dân được khám chữa bệnh đạt trên 90%, 18 trạm có bác sỹ.",
        "Từ năm 2028 đến nay, trạm đã khám cho gần 4.600 lượt người.",
    )
    assert (kind, year) == ("year", 2031)


# The year so far counted up to a month or a day that prints its year ("Từ đầu năm đến tháng
# 8/2031"): the running total of that year (other), not the year an earlier figure is of.
@pytest.mark.parametrize(
    "running",
    [
        "Tính từ đầu năm đến tháng 8/2031, tỷ lệ sàng lọc trước sinh toàn tỉnh đạt 78,9%.",
        "Tính từ đầu năm đến hết tháng 10/2031, tỷ lệ sàng lọc trước sinh toàn tỉnh đạt 78,9%.",
        "Từ đầu năm đến ngày 15/9/2031, tỷ lệ sàng lọc trước sinh toàn tỉnh đạt 78,9%.",
    ],
)
def test_the_year_so_far_to_a_dated_month_is_that_year_s_running_total(running: str) -> None:
    kind, year, _ = _reviewed(
        "Theo Chi cục Dân số, mỗi năm cả nước có hơn 40.000 trẻ bị dị tật bẩm sinh.",
        running + " Trong năm 2030, tỷ lệ sàng lọc trước sinh của tỉnh đạt 74%.",
    )
    assert (kind, year) == ("other", 2031)


# The month a running total is counted to, printed without a year ("tính đến hết tháng 3"):
# the total's work (other), not that month's; the year the comparison implies.
@pytest.mark.parametrize(
    "count",
    [
        "Cụ thể, tính đến hết tháng 3, toàn thành phố có 18.622 trẻ ra đời",
        "Lũy kế đến tháng 5, toàn thành phố có 18.622 trẻ ra đời",
        "Tính đến cuối tháng 7, toàn thành phố có 18.622 trẻ ra đời",
    ],
)
def test_the_month_a_running_total_is_counted_to_is_no_month_reviewed(count: str) -> None:
    kind, year, _ = _reviewed(
        count + ", tăng 2.780 trẻ so với cùng kỳ năm 2030, chiếm 7,28% số sinh.",
        "Các đơn vị có số người sinh con thứ ba tăng cao là Ứng Hòa, Phú Xuyên.",
    )
    assert (kind, year) == ("other", 2031)


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        # a month's own work
        ("Trong tháng 3, toàn thành phố có 1.862 trẻ ra đời", ("month", 2031, 3)),
        ("Trong tháng 5/2031, toàn thành phố có 1.862 trẻ ra đời", ("month", 2031, 5)),
        # a position as of a month, no running-total cue: left to the month
        ("Đến tháng 10/2031, toàn thành phố có 122.987 người tham gia", ("month", 2031, 10)),
        # a month a span of work runs to from its own start: not a running total of the year
        ("Từ tháng 4 đến tháng 5/2031, toàn thành phố có 3.862 trẻ ra đời", ("other", 2031, None)),
    ],
)
def test_a_month_s_work_and_a_span_of_months_keep_their_period(
    count: str, expected: tuple[str, int, int | None]
) -> None:
    reviewed = _reviewed(
        count + ", tăng 280 trẻ so với cùng kỳ năm 2030, chiếm 7,28% số sinh.",
        "Các đơn vị có số người sinh con thứ ba tăng cao là Ứng Hòa, Phú Xuyên.",
    )
    assert reviewed == expected


# The years of a national standard's name ("Bộ tiêu chí quốc gia về y tế đến năm 2030",
# "chuẩn quốc gia về y tế xã giai đoạn 2021-2030"): no period reviewed; a news item that prints
# no other year is of the year its address files it in.
@pytest.mark.parametrize(
    "decision",
    [
        "UBND tỉnh vừa ban hành quyết định công nhận 15 xã, thị trấn đạt Bộ tiêu chí quốc "
        "gia về y tế đến năm 2030.",
        "UBND tỉnh vừa công nhận thêm 15 xã đạt chuẩn quốc gia về y tế xã giai đoạn 2021-2030.",
        "UBND tỉnh vừa công nhận thêm 15 xã, phường đạt Bộ tiêu chí quốc gia (BTCQG) về y tế "
        "giai đoạn 2021 - 2030.",
    ],
)
def test_the_years_of_a_standard_s_name_are_no_period_reviewed(decision: str) -> None:
    kind, year, _ = _reviewed(
        "Chỉ còn 2% số xã của tỉnh chưa đạt chuẩn quốc gia về y tế",
        decision,
        "Như vậy, đến thời điểm này, toàn tỉnh có 158 xã, phường đạt chuẩn, đạt tỷ lệ 98%.",
        url=FILED,
    )
    assert (kind, year) == ("other", 2031)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a stage of a plan, no standard's name: the stage reviewed
        (
            "Sở Y tế tổng kết kế hoạch phòng chống sốt rét giai đoạn 2026-2030, giảm 40% số ca "
            "mắc.",
            ("other", 2030),
        ),
        # a year of its own beside the standard's: that year reviewed
        (
            "Năm 2031, toàn tỉnh có thêm 15 xã đạt Bộ tiêu chí quốc gia về y tế giai đoạn "
            "2021-2030, nâng tổng số lên 158 xã.",
            ("year", 2031),
        ),
    ],
)
def test_a_plan_s_stage_and_a_year_beside_a_standard_stay_reviewed(
    sentence: str, expected: tuple[str, int]
) -> None:
    kind, year, _ = _reviewed("Tin y tế", sentence, url=FILED)
    assert (kind, year) == expected


def test_a_ceremony_for_a_standard_s_stage_is_of_the_meeting_s_year() -> None:
    # the standard's stage is no period: the ceremony reviews none, of its own year (the
    # address's month)
    kind, year, _ = _reviewed(
        "Xã Nghĩa Phú đón Bằng công nhận đạt chuẩn quốc gia về y tế",
        "Sáng 22/12, tại xã Nghĩa Phú, UBND huyện tổ chức lễ đón Bằng công nhận xã đạt tiêu "
        "chí quốc gia về y tế giai đoạn 2021 - 2030.",
        "Để thực hiện Bộ tiêu chí quốc gia về y tế xã giai đoạn 2021 - 2030, xã đã đầu tư 1,2 "
        "tỷ đồng nâng cấp trạm y tế.",
        url=FILED,
    )
    assert (kind, year) == ("other", 2031)


# A meeting named by a year that is not over when it is held ("hội nghị giao ban năm 2031" on
# 19 October), with a review word but no "tổng kết" nor "cuối năm": it reviews the part of the
# year its body opens with.
@pytest.mark.parametrize(
    ("lead", "body", "expected"),
    [
        (
            "Ngày 19/10/2031, tại TP. Nha Trang, Cụm V các Hội Đông y tổ chức hội nghị giao "
            "ban năm 2031. Tham dự hội nghị có 120 hội viên.",
            "9 tháng năm 2031, các Hội Đông y trong cụm đã khám, chữa bệnh cho 12.400 lượt người.",
            ("nine_months", 2031, None),
        ),
        (
            "Ngày 15/7/2031, Trung tâm Y tế huyện tổ chức hội nghị đánh giá công tác năm 2031.",
            "6 tháng đầu năm 2031, trung tâm đã khám cho 23.500 lượt người, đạt 52% kế hoạch.",
            ("half_year", 2031, 1),
        ),
        (
            "Sáng 10/4/2031, Bệnh viện đa khoa tỉnh tổ chức hội nghị báo cáo kết quả hoạt động "
            "năm 2031.",
            "Quý I/2031, bệnh viện đã điều trị nội trú cho 4.200 lượt người bệnh.",
            ("quarter", 2031, 1),
        ),
    ],
)
def test_a_meeting_named_by_a_year_not_over_reviews_the_part_its_body_reports(
    lead: str, body: str, expected: tuple[str, int, int | None]
) -> None:
    assert _reviewed("Hội nghị của ngành y tế", lead, body) == expected


@pytest.mark.parametrize(
    "lead",
    [
        # held as the year ends: the year
        "Ngày 19/12/2031, Cụm V các Hội Đông y tổ chức hội nghị giao ban năm 2031.",
        # a year-end review held early: the year
        "Ngày 19/10/2031, Cụm V các Hội Đông y tổ chức hội nghị tổng kết năm 2031.",
    ],
)
def test_a_meeting_on_a_year_over_or_a_year_end_review_keeps_the_year(lead: str) -> None:
    kind, year, _ = _reviewed(
        "Hội nghị của ngành y tế",
        lead,
        "9 tháng năm 2031, các Hội Đông y trong cụm đã khám, chữa bệnh cho 12.400 lượt người.",
    )
    assert (kind, year) == ("year", 2031)


# A news item of figures that reports the year so far ("Từ đầu năm đến nay, ...") before a
# sentence naming a part of it ("Trong tháng 5, Chi cục đã tổ chức 30 buổi ..."): that part is
# one item of the year's work, not the period reported.
@pytest.mark.parametrize(
    "item",
    [
        "Trong tháng 5, Chi cục đã tổ chức 30 buổi nói chuyện chuyên đề cho hơn 4.500 người.",
        "Riêng trong tháng 9, Trung tâm đã tổ chức 12 buổi truyền thông cho 1.300 người.",
        "Trong quý II, các trạm y tế đã tổ chức 45 buổi tư vấn cho 2.100 phụ nữ.",
    ],
)
def test_a_part_named_after_the_year_so_far_is_one_item_of_it(item: str) -> None:
    kind, _, index = _reviewed(
        "Theo thống kê của Chi cục Dân số, tỷ lệ sinh con thứ 3 toàn tỉnh hiện là 16%.",
        "Từ đầu năm đến nay, Chi cục đã phối hợp với các huyện tổ chức hơn 150 buổi truyền "
        "thông, thu hút trên 30.000 người tham gia. " + item,
    )
    assert (kind, index) == ("other", None)


def test_a_part_named_with_no_year_so_far_before_it_stays_the_period() -> None:
    assert _reviewed(
        "Theo thống kê của Chi cục Dân số, tỷ lệ sinh con thứ 3 toàn tỉnh hiện là 16%.",
        "Trong tháng 5, Chi cục đã tổ chức 30 buổi nói chuyện chuyên đề cho hơn 4.500 người.",
    ) == ("month", None, 5)


# A change printed from one year's figure to another's ("giảm từ trên 72‰ năm 2029 xuống còn
# 60‰ năm 2031"): the year it starts from is the base, not the year reviewed, however often
# the page names it elsewhere.
@pytest.mark.parametrize(
    "changes",
    [
        "Tỷ suất chết trẻ dưới 1 tuổi giảm từ trên 72‰ năm 2029 xuống còn 60‰ năm 2031; tỷ lệ "
        "suy dinh dưỡng giảm từ 23% năm 2029 xuống còn 22% năm 2031.",
        "Tỷ lệ tiêm chủng tăng từ 85% năm 2029 lên 92% năm 2031; tỷ lệ trạm có bác sĩ tăng từ "
        "gần 60% năm 2029 lên 75% năm 2031.",
        "Số ca mắc sốt rét giảm từ 1.200 ca năm 2029, xuống còn 640 ca năm 2031; số ca tử vong "
        "giảm từ 12 ca năm 2029 xuống 3 ca năm 2031.",
    ],
)
def test_a_change_s_base_year_is_not_the_year_reviewed(changes: str) -> None:
    kind, year, _ = _reviewed(
        "Mạng lưới y tế cơ sở phát huy vai trò",
        "Tỷ lệ trẻ được tiêm chủng đầy đủ ở mức cao, năm 2029 trên 96%, năm 2031 đạt 98%. "
        "Tỉnh loại trừ bệnh phong từ năm 2029. " + changes,
    )
    assert (kind, year) == ("year", 2031)


def test_a_year_the_change_runs_to_stays_reviewed() -> None:
    # the change's base printed without a year: the year printed most (the page's own) reviewed
    kind, year, _ = _reviewed(
        "Mạng lưới y tế cơ sở phát huy vai trò",
        "Năm 2029, tỷ lệ tiêm chủng đạt 90%. Tỷ lệ suy dinh dưỡng năm 2029 giảm từ 23% xuống "
        "còn 22%, tỷ lệ trạm có bác sĩ năm 2029 đạt 75%.",
    )
    assert (kind, year) == ("year", 2029)


# "6 tháng" with "đầu" left out names the first half: before a printed year ("sơ kết 6 tháng
# năm 2031"), or opening a sentence before its comma ("6 tháng, cả nước phát hiện ...").
@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Phát hiện hơn 6.000 người nhiễm HIV",
            "6 tháng, cả nước phát hiện 6.101 trường hợp nhiễm HIV. So với cùng kỳ năm 2030, số "
            "nhiễm mới giảm 3.760 trường hợp.",
        ),
        (
            "Sơ kết công tác y tế",
            "Ngày 10/7/2031, Trung tâm Kiểm soát bệnh tật tỉnh tổ chức sơ kết 6 tháng năm 2031, "
            "ghi nhận 920 ca cúm.",
        ),
        (
            "Dịch sốt xuất huyết giảm",
            "Sáu tháng, toàn tỉnh ghi nhận 1.240 ca sốt xuất huyết, giảm 30% so với cùng kỳ năm "
            "2030.",
        ),
    ],
)
def test_six_months_without_dau_is_the_first_half(paragraphs: tuple[str, ...]) -> None:
    assert _reviewed(*paragraphs) == ("half_year", 2031, 1)


def test_six_months_as_a_duration_is_no_half_year() -> None:
    kind, year, _ = _reviewed(
        "Mô hình khám bệnh từ xa phát huy hiệu quả",
        "Năm 2031, bệnh viện triển khai mô hình khám bệnh từ xa. Sau 6 tháng, mô hình đã khám "
        "cho 1.200 lượt người, năm 2031 đạt 110% kế hoạch.",
    )
    assert (kind, year) == ("year", 2031)
