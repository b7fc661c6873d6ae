"""Round 26's figures read where the page prints none (tuner t26d), fixed as forms of the
genre: each on reworded pages of its form and on near pages the rule must not change (pages
written for these tests; units, places and figures invented)."""

from __future__ import annotations

import pytest

from baocao.numerals import Kind, find_numbers
from offline_pages import assert_figures, extract

# --- Cause 1: days printed without a day cue: a day of the lunar new year counted to Tết
# ("đêm 30 Tết", "tức 29 tết", "từ 28 đến mùng 5 Tết"), a holiday's date after its name
# joined by a dash ("Ngày Thương binh - Liệt sĩ (27-7)"), a relative day and its date with no
# brackets ("Hôm qua 14.6,") -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "kept", "dropped"),
    [
        (
            (
                "Tỉnh khám, cấp cứu hơn 4.000 lượt người dịp Tết",
                "Trong 7 ngày nghỉ Tết (từ 28 đến mùng 5 Tết), các bệnh viện trong tỉnh đã "
                "khám, cấp cứu cho 4.120 lượt người, trong đó có 310 ca tai nạn giao thông.",
            ),
            [4120, 310],
            [28],
        ),
        (
            (
                "Bệnh viện trực Tết an toàn",
                "Riêng đêm 30 Tết, Bệnh viện Đa khoa tỉnh tiếp nhận 65 ca cấp cứu; tối 9/2 tức "
                "29 tết, khoa Nhi tiếp nhận 21 trẻ.",
            ),
            [65, 21],
            [30, 29],
        ),
        (
            (
                "Cả nước có hơn 2.600 ca tai nạn pháo nổ dịp Tết",
                "Trong 4 ngày Tết (từ 29 - mùng 2 Tết), các cơ sở y tế đã khám, cấp cứu 2.614 "
                "ca tai nạn, giảm 120 ca so với Tết năm trước.",
            ),
            [2614, 120],
            [29],
        ),
        (
            (
                "Khám bệnh miễn phí cho người có công",
                "Nhân kỷ niệm Ngày Thương binh - Liệt sĩ (27-7), Hội Chữ thập đỏ huyện đã khám "
                "bệnh, cấp thuốc cho 240 người có công với cách mạng.",
            ),
            [240],
            [27, 7],
        ),
        (
            (
                "Đình chỉ 12 cơ sở hành nghề y tư nhân",
                "Hôm qua 14.6, Sở Y tế cho biết qua kiểm tra 430 cơ sở đã đình chỉ 12 cơ sở.",
            ),
            [430, 12],
            [14.6],
        ),
    ],
    ids=["range-to-mung-tet", "day-tet", "dash-to-mung", "named-day-dashed", "hom-qua-dotted"],
)
def test_days_printed_without_a_day_cue_are_no_figures(
    page: tuple[str, ...], kept: list[float], dropped: list[float]
) -> None:
    assert_figures(*page, kept=kept, dropped=dropped)


def test_a_count_before_tet_words_that_are_no_day_stays() -> None:
    # "3 ngày Tết" is a span (never a figure), "120 ca ... Tết" a count: only a day number
    # glued to "Tết" or closed by a "mùng" day is a date.
    assert_figures(
        "Tết an toàn",
        "Trong 3 ngày Tết, trạm y tế xã tiếp nhận 120 ca khám; dịp Tết có 18 ca cấp cứu.",
        kept=[120, 18],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Tối 29/1 tức 30 Tết, bệnh viện tiếp nhận 40 ca.",
        "Từ 28 đến mùng 4 Tết có 40 ca.",
        "Sáng nay 3.5, sở cho biết có 40 ca.",
        "Kỷ niệm Ngày Thầy thuốc - Dược sĩ (27-2), khoa khám 40 ca.",
    ],
)
def test_the_scanner_reads_such_days_as_dates(sentence: str) -> None:
    kinds = [m.kind for m in find_numbers(sentence) if m.raw != "40"]
    assert kinds and all(kind is Kind.DATE for kind in kinds), kinds


# --- Cause 2: numbers that name a place: a school numbered after its name ("trường Tiểu học
# Hòa Bình 2."), a market ("ki ốt số 14, chợ 2, phường ..."); an age band's bounds after its
# name ("phụ nữ trong độ tuổi 15-49") ---------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "kept", "dropped"),
    [
        (
            (
                "Khám răng miễn phí cho học sinh",
                "Bệnh viện đã khám răng miễn phí cho 415 học sinh trường Tiểu học Hòa Bình 2. "
                "Qua đó, phát hiện 130 em bị sâu răng.",
            ),
            [415, 130],
            [2],
        ),
        (
            (
                "Đóng cửa 4 nhà thuốc không đủ điều kiện",
                "Đoàn kiểm tra đã đóng cửa 4 nhà thuốc, trong đó có Nhà thuốc Minh An (ki ốt số "
                "14, chợ 2, phường Bắc Sơn) và Nhà thuốc Bình An (Chợ 2, phường Bắc Sơn).",
            ),
            [4],
            [2],
        ),
        (
            (
                "Tư vấn sức khỏe sinh sản cho phụ nữ",
                "Trung tâm đã tư vấn cho 860 phụ nữ trong độ tuổi 15-49 về chăm sóc sức khỏe "
                "sinh sản, khám phụ khoa cho 512 người.",
            ),
            [860, 512],
            [15, 49],
        ),
        (
            (
                "Khám sức khỏe cho người cao tuổi",
                "Đợt này có 300 người ở nhóm tuổi từ 60 đến 79 được khám và cấp thuốc.",
            ),
            [300],
            [60, 79],
        ),
    ],
    ids=["school-number", "market-number", "age-band-dash", "age-band-tu-den"],
)
def test_numbers_that_name_a_place_or_an_age_band_are_no_figures(
    page: tuple[str, ...], kept: list[float], dropped: list[float]
) -> None:
    assert_figures(*page, kept=kept, dropped=dropped)


def test_a_count_after_a_market_word_stays() -> None:
    assert_figures(
        "Kiểm tra an toàn thực phẩm tại chợ",
        "Đoàn đã kiểm tra tại chợ 40 hộ kinh doanh thực phẩm, phát hiện 6 hộ vi phạm.",
        kept=[40, 6],
    )


# --- Cause 3: "N tử vong" after a list of counts ("233 người mắc, 216 người đi viện, 3 tử
# vong"): "tử" is no counted noun; the figure counts the list's noun --------------------------


def test_deaths_printed_without_a_noun_count_the_lists_noun() -> None:
    report = extract(
        "Ngộ độc thực phẩm trong tháng 5",
        "Trong tháng 5 xảy ra 4 vụ ngộ độc thực phẩm làm 95 người mắc, 80 người đi viện, "
        "2 tử vong.",
    )
    units = {float(item.value): item.unit for item in report.indicators}
    assert units.get(2.0) == "người", units


# --- Cause 4: one sentence listing the same count for several places ("huyện A: 3 xã; ...;
# huyện C: 3 xã"): each is a printed figure of its own (the golds' one indicator per printed
# figure), though its clause reads alike -----------------------------------------------------


def test_the_same_count_for_other_places_in_one_sentence_counts_each_time() -> None:
    values = [
        float(item.value)
        for item in extract(
            "Công nhận 9 xã đạt tiêu chí quốc gia về y tế",
            "Cụ thể: huyện Đông Sơn: 3 xã; huyện Tây Lạc: 2 xã; huyện Nam Bình: 3 xã; thành "
            "phố Bắc Hà: 1 xã.",
        ).indicators
    ]
    assert values.count(3.0) == 2, values
    assert values.count(2.0) == 1, values


# --- Cause 5: figures of the work's setting: a place's administrative units and their
# breakdown ("Huyện có 12 đơn vị hành chính (2 thị trấn và 10 xã)"), the size of the blood
# bags a count of units is made of ("60 đơn vị 350 ml", "đơn vị máu (loại 250ml)"), and "1
# số" written for "một số" ("some") -----------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "kept", "dropped"),
    [
        (
            (
                "100% trạm y tế xã có bác sĩ",
                "Huyện Bắc Sơn có 12 đơn vị hành chính (2 thị trấn và 10 xã). Đến nay, toàn "
                "huyện có 11 trạm y tế xã và 1 phòng khám đa khoa khu vực.",
            ),
            [11],
            [12, 10],
        ),
        (
            (
                "Ngày hội hiến máu đợt 2",
                "Kết quả, đã thu được 312 đơn vị máu, trong đó có 85 đơn vị 350 ml; bệnh viện "
                "đã dùng 140 đơn vị máu (loại 250ml) trong tháng.",
            ),
            [312, 85, 140],
            [350, 250],
        ),
        (
            (
                "Hội nghị khoa học tuổi trẻ",
                "Hội nghị có 64 báo cáo thuộc 9 chuyên ngành chính và 1 số chuyên ngành khác.",
            ),
            [64, 9],
            [1],
        ),
    ],
    ids=["administrative-units", "blood-bag-size", "mot-so-in-digits"],
)
def test_figures_of_the_setting_are_no_figures_of_the_work(
    page: tuple[str, ...], kept: list[float], dropped: list[float]
) -> None:
    assert_figures(*page, kept=kept, dropped=dropped)


def test_a_count_of_places_with_no_administrative_words_stays() -> None:
    assert_figures(
        "Xã đạt tiêu chí quốc gia về y tế",
        "Toàn huyện có 10 xã, thị trấn (2 thị trấn và 8 xã) đạt tiêu chí quốc gia về y tế.",
        kept=[10, 2, 8],
    )


# --- Cause 6: a sum the scanner reads as money with no "đồng" after it ("bội chi quỹ trên
# 200 tỷ (...)") took another figure's noun of its sentence ("13 tỉnh"): a sum is in đồng ----


def test_a_sum_with_no_currency_word_is_in_dong() -> None:
    report = extract(
        "Quỹ bảo hiểm y tế 6 tháng",
        "Có 58 tỉnh chi vượt quỹ, trong đó 11 tỉnh bội chi quỹ trên 150 tỷ (Nghệ An, Thanh Hóa).",
    )
    units = {float(item.value): item.unit for item in report.indicators}
    assert units.get(150e9) == "đồng", units


# --- Cause 7: a quality score printed over its five-point scale with no unit ("có số điểm cao
# nhất (4,36/5)"): "điểm" named before it in its sentence is the unit -----------------------


def test_a_score_over_five_with_no_unit_is_in_diem() -> None:
    report = extract(
        "Chất lượng bệnh viện năm 2031",
        "Theo kết quả đánh giá chất lượng 80 bệnh viện, Bệnh viện A có số điểm cao nhất "
        "(4,36/5); 2 bệnh viện có số điểm thấp nhất là Bệnh viện Đa khoa tư nhân B (2,15/5) "
        "và Bệnh viện thẩm mỹ tư nhân C (2,08/5).",
    )
    units = {float(item.value): item.unit for item in report.indicators}
    assert units.get(4.36) == units.get(2.15) == units.get(2.08) == "điểm", units


def test_a_ratio_over_five_of_a_count_keeps_no_score_unit() -> None:
    # "3/5 xã" counts communes; a whole figure over five is no score.
    report = extract(
        "Xã đạt chuẩn",
        "Về điểm trạm y tế, huyện có 3/5 xã đạt chuẩn quốc gia.",
    )
    assert all(item.unit != "điểm" for item in report.indicators), report.indicators
