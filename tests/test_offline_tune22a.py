"""Tuner t22a's fixes of the reviewed and next period (examples/gold/README.md, reviewed_period
/ next_period): a page whose figures are a span's that is no calendar period, and a page that
names its year only as the year of its targets. Sentences written for these tests (places,
units and figures invented), with near sentences the rules must not change."""

from __future__ import annotations

import pytest

from baocao.offline.dates import publication_date, url_month
from baocao.offline.text import read_layout
from offline_pages import report_periods

# --- Cause 1: the headline or the lead names a span that is no calendar period ----------------
# A week ("một tuần", "tuần qua"), a run of days ("Từ ngày 10-25/1", "từ ngày 6/3 đến 10/3"),
# the year so far ("từ đầu năm đến nay") or a review of many years ("tổng kết 20 năm"): the
# page reports that span (kind other, of its year), not the year it falls in.


@pytest.mark.parametrize(
    "page",
    [
        (
            "Một tuần gần 400 người khám sàng lọc đái tháo đường",
            "Theo thống kê của Bệnh viện Đa khoa tỉnh, từ ngày 6/3- 10/3/2033, bệnh viện đã "
            "khám sàng lọc cho 312 người dân.",
            "Ngày Thế giới phòng chống đái tháo đường (14/11) năm 2033 có chủ đề về chăm sóc "
            "gia đình.",
        ),
        (
            "Từ ngày 10- 25/1, Đoàn kiểm tra liên ngành tỉnh (thành lập theo Quyết định "
            "15/QĐ-UBND về kiểm tra an toàn thực phẩm dịp Tết Nguyên đán và mùa Lễ hội Xuân năm "
            "2033) đã kiểm tra 48 cơ sở, xử phạt 12 cơ sở với số tiền 45 triệu đồng.",
        ),
        (
            "Tuần qua, huyện ghi nhận 25 ca mắc sốt xuất huyết",
            "Trung tâm Y tế huyện cho biết, trong tuần qua, toàn huyện ghi nhận 25 ca mắc sốt "
            "xuất huyết, tăng 7 ca so với tuần trước. Năm 2033, dịch được dự báo còn diễn biến "
            "phức tạp.",
        ),
        (
            "Hội nghị toàn quốc về phòng chống sốt rét",
            "Sáng 12/11/2033, Bộ Y tế tổ chức hội nghị tổng kết 20 năm phòng chống sốt rét. "
            "Ước tính năm 2033 cả nước có 420 ca mắc sốt rét.",
        ),
    ],
    ids=["mot-tuan", "tu-ngay-10-25", "tuan-qua", "tong-ket-20-nam"],
)
def test_a_span_that_is_no_calendar_period_is_reviewed_as_such(page: tuple[str, ...]) -> None:
    assert report_periods(*page)[0] == ("other", 2033)


@pytest.mark.parametrize(
    "page",
    [
        (
            "Sở Y tế tổng kết công tác năm 2033",
            "Sáng 25/12/2033, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2033. Năm 2033, "
            "toàn ngành khám cho 1.200.000 lượt người; trong tuần qua đã tiêm 3.000 mũi vắc xin.",
        ),
        (
            "Bệnh viện huyện khám cho hơn 90.000 lượt người",
            "Năm 2033, Bệnh viện Đa khoa huyện khám cho 90.500 lượt người. Mỗi tuần bệnh viện "
            "tổ chức 2 buổi khám lưu động.",
        ),
        (
            "Hội nghị tổng kết công tác y tế",
            "Sáng 20/12/2033, Trung tâm Y tế huyện tổng kết công tác y tế năm 2033 và sơ kết 3 "
            "năm thực hiện Nghị quyết của Huyện ủy. Năm 2033, trung tâm khám cho 80.200 lượt "
            "người.",
        ),
    ],
    ids=["year-review-week-in-body", "moi-tuan", "year-and-3-years"],
)
def test_a_year_s_work_stays_the_year(page: tuple[str, ...]) -> None:
    assert report_periods(*page)[0] == ("year", 2033)


# --- Cause 2: the next year named by its place in a plan or a term -----------------------------
# "2034 - năm đầu nhiệm kỳ ... là năm bản lề", "Năm 2034 được xác định là năm tăng tốc",
# "Bước sang năm 2034, năm cuối của nhiệm kỳ": the year after the one reviewed, named as the
# first, pivotal, closing or speeding-up year of a plan or a term, is the year work is set for.

YEAR_REVIEW = (
    "Hội nghị tổng kết công tác y tế",
    "Sáng 28/12/2033, Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2033. Năm 2033, "
    "toàn ngành khám cho 1.500.000 lượt người.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "2034 - năm đầu nhiệm kỳ mới được xác định là năm bản lề của toàn ngành.",
        "Năm 2034 được xem là năm tăng tốc, về đích của ngành y tế tỉnh.",
        "Bước sang năm 2034, năm cuối của nhiệm kỳ, toàn ngành quyết tâm hoàn thành các chỉ "
        "tiêu được giao.",
    ],
    ids=["nam-dau-ban-le", "nam-tang-toc", "nam-cuoi"],
)
def test_the_next_year_named_by_its_place_in_a_plan_is_the_next_period(sentence: str) -> None:
    assert report_periods(*YEAR_REVIEW, sentence) == (("year", 2033), ("year", 2034))


@pytest.mark.parametrize(
    "sentence",
    [
        "Đầu năm 2034, bệnh viện tỉnh sẽ đón đoàn kiểm tra của Bộ Y tế.",
        "Năm 2033 là năm đầu tiên bệnh viện triển khai kỹ thuật mổ nội soi.",
        "Dự kiến năm 2034 tỉnh sẽ khánh thành bệnh viện mới.",
    ],
    ids=["dau-nam-event", "reviewed-year-first", "expected-event"],
)
def test_a_next_year_s_event_or_the_reviewed_year_s_place_plans_nothing(sentence: str) -> None:
    assert report_periods(*YEAR_REVIEW, sentence) == (("year", 2033), None)


# --- Cause 3: a page whose only year is the year of its targets --------------------------------
# A news item on a programme's state ("Toàn tỉnh hiện có ...") whose one printed year is the
# one its targets are set for ("Trong năm 2034, tỉnh phấn đấu ...", "Mục tiêu năm 2034 là
# ..."): it reviews no calendar period (the state so far: kind other, of that year) and plans
# that year.


@pytest.mark.parametrize(
    "page",
    [
        (
            "Thêm 3 cơ sở điều trị Methadone đi vào hoạt động",
            "Toàn tỉnh hiện có 1.200 bệnh nhân đang điều trị Methadone tại 9 cơ sở.",
            "Trong năm 2034, tỉnh phấn đấu điều trị cho 2.000 bệnh nhân và đưa thêm 5 cơ sở "
            "vào hoạt động.",
        ),
        (
            "Huyện có 45.000 người tham gia bảo hiểm y tế",
            "Hiện toàn huyện có 45.000 người tham gia bảo hiểm y tế, chiếm 80% dân số.",
            "Mục tiêu năm 2034 của huyện là nâng tỷ lệ bao phủ lên 90%.",
        ),
        (
            "Tỉnh đẩy mạnh tiêm chủng mở rộng",
            "Hiện nay, tỷ lệ trẻ được tiêm chủng đầy đủ của tỉnh đạt 92%.",
            "Năm 2034, chỉ tiêu tỉnh giao là trên 95% trẻ được tiêm chủng đầy đủ.",
        ),
    ],
    ids=["phan-dau", "muc-tieu", "chi-tieu"],
)
def test_a_page_whose_only_year_is_its_targets_reviews_the_state_and_plans_it(
    page: tuple[str, ...],
) -> None:
    assert report_periods(*page) == (("other", 2034), ("year", 2034))


@pytest.mark.parametrize(
    "page",
    [
        (
            "Bệnh viện huyện khám cho hơn 90.000 lượt người",
            "Năm 2034, Bệnh viện Đa khoa huyện đã khám cho 90.500 lượt người và sẽ mở thêm khoa "
            "Phục hồi chức năng.",
        ),
        (
            "Bệnh viện huyện khám cho hơn 90.000 lượt người",
            "Năm 2034, Bệnh viện Đa khoa huyện khám cho 90.500 lượt người, tăng 5% so với năm "
            "trước.",
        ),
    ],
    ids=["results-and-plan", "results"],
)
def test_a_year_s_results_stay_the_year_reviewed(page: tuple[str, ...]) -> None:
    assert report_periods(*page)[0] == ("year", 2034)


def test_a_forecast_for_the_year_plans_nothing() -> None:
    page = (
        "Số ca mắc sốt xuất huyết giảm",
        "Hiện toàn tỉnh có 1.300 ca mắc sốt xuất huyết, giảm 200 ca so với tuần trước.",
        "Theo ngành y tế, năm 2034 dịch sốt xuất huyết sẽ còn diễn biến phức tạp.",
    )
    assert report_periods(*page)[1] is None


# --- Cause 4: a posting stamp that prints its clock time before the date ----------------------
# "Thứ Ba, 08:15, 17/04/2034" on a line of its own dates the page: a running total "từ đầu năm
# đến nay" on it is that year's so far (kind other), not the year a forecast names.


@pytest.mark.parametrize(
    ("stamp", "dated"),
    [
        ("Thứ Ba, 08:15, 17/04/2034", (2034, 4)),
        ("09:30, 02/05/2034", (2034, 5)),
        ("Chủ nhật, 21:05 - 12/3/2034", (2034, 3)),
    ],
    ids=["weekday-clock-date", "clock-date", "clock-dash-date"],
)
def test_a_stamp_with_its_clock_first_dates_the_page(stamp: str, dated: tuple[int, int]) -> None:
    text = f"Gần 5.000 ca mắc sốt xuất huyết\n\n{stamp}\n\nSở Y tế cho biết số ca mắc giảm."
    assert publication_date(read_layout(text)) == dated


@pytest.mark.parametrize(
    "line",
    [
        "Vào lúc 08:15, 17/04/2034 Sở Y tế đã tổ chức hội nghị.",
        "Đường dây nóng: 08:15, 17/04/2034 và 0912345678 trong giờ hành chính",
    ],
    ids=["prose", "hotline-line"],
)
def test_a_clock_and_a_date_in_prose_are_no_stamp(line: str) -> None:
    text = f"Gần 5.000 ca mắc sốt xuất huyết\n\n{line}\n\nSở Y tế cho biết số ca mắc giảm."
    assert publication_date(read_layout(text)) is None


def test_a_running_total_on_a_page_its_stamp_dates_is_that_year_so_far() -> None:
    page = (
        "Gần 5.000 ca mắc sốt xuất huyết",
        "Thứ Ba, 08:15, 17/04/2034",
        "Các ca tử vong đều chưa được điều trị kịp thời.",
        "Sở Y tế cho biết, từ đầu năm đến nay, toàn tỉnh ghi nhận 4.850 ca mắc sốt xuất "
        "huyết. Theo ngành y tế, năm 2034 dịch sẽ còn diễn biến phức tạp.",
    )
    assert report_periods(*page)[0] == ("other", 2034)


# --- Cause 5: the next year's work said with "sẽ" and a verb of work ---------------------------
# "Để ... năm 2034, trung tâm sẽ tăng cường ...", "Năm 2034, Sở Y tế sẽ đẩy mạnh ...": the unit's
# work set for the year after the one reviewed, with no plan word; an event it expects ("sẽ
# khánh thành") or a forecast ("dịch sẽ còn tăng") sets none.


@pytest.mark.parametrize(
    "sentence",
    [
        "Để giảm tỷ lệ suy dinh dưỡng trong năm 2034, trung tâm sẽ tăng cường truyền thông tại "
        "các xã.",
        "Năm 2034, Sở Y tế sẽ đẩy mạnh chuyển đổi số trong khám chữa bệnh.",
        "Sang năm 2034, các trạm y tế sẽ tập trung quản lý bệnh không lây nhiễm.",
    ],
    ids=["de-se-tang-cuong", "se-day-manh", "se-tap-trung"],
)
def test_the_next_year_s_work_said_with_se_is_the_next_period(sentence: str) -> None:
    assert report_periods(*YEAR_REVIEW, sentence) == (("year", 2033), ("year", 2034))


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo dự báo, năm 2034 dịch sốt xuất huyết sẽ còn tăng.",
        "Năm 2034, bệnh viện tỉnh sẽ đón đoàn đánh giá của Bộ Y tế.",
    ],
    ids=["forecast", "expected-visit"],
)
def test_a_forecast_or_an_expected_event_next_year_plans_nothing(sentence: str) -> None:
    assert report_periods(*YEAR_REVIEW, sentence) == (("year", 2033), None)


# --- Cause 6: a day before "tháng" is no count of months -----------------------------------------
# "(29 tháng chạp)", "ngày 19 tháng 9", "ngày 26 tháng 6": the day of a date ends in 9 or 6,
# which was read as "9 tháng" (nine months) or "6 tháng" (a half-year).


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 10/2 (29 tháng chạp), Bộ trưởng Bộ Y tế đã thăm, chúc Tết Bệnh viện tỉnh. Năm "
        "2033, bệnh viện khám cho 520.000 lượt người.",
        "Ngày 19 tháng 9, đoàn công tác của Bộ Y tế đã làm việc với Bệnh viện tỉnh. Năm 2033, "
        "bệnh viện khám cho 520.000 lượt người.",
        "Ngày 26 tháng 6 đầu tiên của mùa mưa, đoàn công tác đã làm việc với Bệnh viện tỉnh. "
        "Năm 2033, bệnh viện khám cho 520.000 lượt người.",
    ],
    ids=["29-thang-chap", "19-thang-9", "26-thang-6"],
)
def test_a_day_before_thang_is_no_count_of_months(lead: str) -> None:
    assert report_periods("Bộ Y tế thăm Bệnh viện tỉnh", lead)[0][0] not in {
        "nine_months",
        "half_year",
    }


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        (
            "Sáng 5/10/2033, Sở Y tế sơ kết công tác 9 tháng đầu năm 2033. 9 tháng, toàn "
            "ngành khám cho 380.000 lượt người.",
            "nine_months",
        ),
        (
            "Sáng 5/7/2033, Sở Y tế sơ kết công tác sáu tháng đầu năm 2033. Sáu tháng, toàn "
            "ngành khám cho 250.000 lượt người.",
            "half_year",
        ),
    ],
    ids=["9-thang-dau-nam", "sau-thang-dau-nam"],
)
def test_a_count_of_months_stays_one(lead: str, kind: str) -> None:
    assert report_periods("Sơ kết công tác y tế", lead)[0] == (kind, 2033)


# --- Cause 7: an address that ends in a section's digits and a posting time of two-digit year --
# "...-185340308145356121.htm": a section (185), then 34-03-08 14:53:56 and milliseconds; the
# page is dated March 2034 (its year when the text prints no period of its own).


@pytest.mark.parametrize(
    ("url", "month"),
    [
        ("https://thanhnien.vn/nganh-y-te-thieu-nhan-luc-185340308145356121.htm", (2034, 3)),
        ("https://kenh14.vn/benh-vien-tinh-tong-ket-215341229184444081.chn", (2034, 12)),
        ("https://nld.com.vn/xa-hoi/so-ca-sot-xuat-huyet-giam-196340706090234617.htm", (2034, 7)),
    ],
    ids=["section-185", "section-215-chn", "folder-and-section"],
)
def test_a_posting_time_with_a_two_digit_year_dates_the_page(
    url: str, month: tuple[int, int]
) -> None:
    assert url_month(url) == month


@pytest.mark.parametrize(
    "url",
    [
        "https://bao-mot.vn/so-ca-mac-giam-185349999999999999.htm",
        "https://bao-mot.vn/tre-em-tu-vong-vi-benh-tay-chan-mieng-206508.vov",
        "https://bao-mot.vn/ma-so-123456789012345678.htm",
    ],
    ids=["no-month", "short-id", "id-no-time"],
)
def test_an_article_number_is_no_posting_time(url: str) -> None:
    assert url_month(url) is None


# --- Cause 9: a campaign's round reviewed, the next round planned -------------------------------
# "Triển khai thành công chiến dịch đợt 1" ... "Chiến dịch đợt 2 sẽ triển khai đến 30/10": the
# next period is the next round (a span of kind other, of the same year).


@pytest.mark.parametrize(
    "page",
    [
        (
            "Huyện triển khai thành công chiến dịch đợt 1",
            "Năm 2034, huyện triển khai chiến dịch chăm sóc sức khỏe sinh sản tại 25 xã. Kết "
            "thúc đợt 1, kết quả đạt 112% kế hoạch.",
            "Chiến dịch đợt 2 sẽ triển khai đến 30/10.",
        ),
        (
            "Kết quả chiến dịch truyền thông dân số đợt I",
            "Năm 2034, tỉnh triển khai chiến dịch truyền thông dân số tại 60 xã, đợt I đạt 105% "
            "kế hoạch.",
            "Kế hoạch đợt II sẽ được triển khai vào tháng 9.",
        ),
        (
            "Chiến dịch tiêm vắc xin sởi đợt 1 cho trẻ",
            "Năm 2034, trung tâm tổ chức chiến dịch tiêm vắc xin sởi đợt 1 cho 4.500 trẻ.",
            "Trung tâm phấn đấu hoàn thành đợt 2 trong tháng 11.",
        ),
    ],
    ids=["dot-2-se", "dot-II-ke-hoach", "phan-dau-dot-2"],
)
def test_the_next_round_of_a_campaign_reviewed_is_the_next_period(page: tuple[str, ...]) -> None:
    assert report_periods(*page) == (("other", 2034), ("other", 2034))


@pytest.mark.parametrize(
    "page",
    [
        (
            "Huyện triển khai thành công chiến dịch đợt 1",
            "Năm 2034, huyện triển khai chiến dịch chăm sóc sức khỏe sinh sản tại 25 xã. Kết "
            "thúc đợt 1, kết quả đạt 112% kế hoạch.",
            "Đợt 2 đã triển khai xong tại 10 xã vùng cao.",
        ),
        (
            "Huyện triển khai thành công chiến dịch đợt 1",
            "Năm 2034, huyện triển khai chiến dịch chăm sóc sức khỏe sinh sản tại 25 xã. Kết "
            "thúc đợt 1, kết quả đạt 112% kế hoạch.",
            "Đợt 3 năm ngoái huyện tổ chức tại 12 xã.",
        ),
    ],
    ids=["next-round-done", "another-round"],
)
def test_a_round_done_or_not_the_next_plans_nothing(page: tuple[str, ...]) -> None:
    assert report_periods(*page) == (("other", 2034), None)
