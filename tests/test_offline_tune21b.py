"""Tuner t21b's fixes of round 19's indicator misses, each on sentences of the genre written for
these tests (places, units and figures invented) and on near sentences the rule must not
change."""

from __future__ import annotations

from typing import Any

import pytest

from offline_pages import assert_figures, extract, report_periods


def _items(sentence: str) -> list[Any]:
    return list(extract("Tổng kết năm 2033", sentence).indicators)


# --- Cause 1: a national benchmark printed in parentheses beside a local figure ----------------


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        (
            "Năm 2033, tỷ lệ bao phủ bảo hiểm y tế của tỉnh đạt 93,4% (toàn quốc đạt 91,2%).",
            [93.4],
            [91.2],
        ),
        (
            "Năm 2033, tỷ suất tử vong trẻ em dưới 1 tuổi của huyện là 3,2‰ (cả nước 12,1‰), "
            "tỷ lệ tiêm chủng đầy đủ đạt 98%.",
            [3.2, 98.0],
            [12.1],
        ),
        (
            "Năm 2033, số bác sĩ trên vạn dân đạt 14,5 (kế hoạch 14, bình quân cả nước "
            "khoảng 12), số xã đạt chuẩn là 120 xã.",
            [120.0],
            [12.0],
        ),
        (
            "Năm 2033, tỷ lệ trẻ suy dinh dưỡng thấp còi giảm còn 17% (mục tiêu dưới 18%, "
            "trung bình toàn quốc trên 19%).",
            [17.0],
            [19.0],
        ),
    ],
    ids=["toan-quoc-dat", "ca-nuoc-bare", "binh-quan-ca-nuoc", "trung-binh-toan-quoc"],
)
def test_a_national_benchmark_in_parentheses_is_no_figure_of_the_page(
    sentence: str, kept: list[float], dropped: list[float]
) -> None:
    assert_figures("Tổng kết công tác y tế năm 2033", sentence, kept=kept, dropped=dropped)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Năm 2033, toàn quốc đạt 91,2% dân số tham gia bảo hiểm y tế, cả nước có 1.250 "
            "bệnh viện.",
            [91.2, 1250.0],
        ),
        (
            "Năm 2033, tỉnh đã khám cho 2.400 người (trong đó toàn tỉnh có 300 trẻ em) và "
            "tiêm cho 5.100 trẻ.",
            [2400.0, 300.0, 5100.0],
        ),
    ],
    ids=["national-page-states-it", "province-wide-subset"],
)
def test_a_national_figure_outside_a_parenthesis_stays(sentence: str, kept: list[float]) -> None:
    assert_figures("Bộ Y tế tổng kết công tác năm 2033", sentence, kept=kept)


# --- Cause 2: a per-population rate's base written "trên 10.000 dân" or with a redundant one
# ("/1vạn dân"): the "trên" form has no printed slash unit, so its counted noun is the unit (the
# base goes to ``per``, as for "Số giường bệnh trên vạn dân đạt ..."); "/1 vạn" is "/vạn" ----------


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "base"),
    [
        ("Năm 2033, huyện đạt tỷ lệ 27 giường bệnh/1vạn dân.", 27, "giường bệnh/vạn dân", 10000),
        ("Năm 2033, toàn tỉnh có 11,4 bác sĩ trên 10.000 dân.", 11.4, "bác sĩ", 10000),
        ("Năm 2033, số lượng bác sỹ đạt 9 bác sỹ/1 vạn dân.", 9, "bác sỹ/vạn dân", 10000),
        ("Năm 2033, thành phố đạt 33 giường bệnh trên 1 vạn dân.", 33, "giường bệnh", 10000),
        ("Năm 2033, tỉnh có 2,1 dược sĩ trên vạn dân.", 2.1, "dược sĩ", 10000),
    ],
    ids=["slash-one-van", "tren-digits", "slash-one-space-van", "tren-one-van", "tren-van"],
)
def test_a_rate_s_unit_reads_one_way_whatever_its_base_s_form(
    sentence: str, value: float, unit: str, base: int
) -> None:
    items = [i for i in _items(sentence) if float(i.value) == value]
    assert [(i.unit, i.per.value if i.per else None) for i in items] == [(unit, base)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Năm 2033, tỷ lệ mắc lao là 39,98/100.000 dân.", 39.98, "/100.000 dân"),
        ("Năm 2033, tỉnh có 13 điều dưỡng/vạn dân.", 13, "điều dưỡng/vạn dân"),
        ("Năm 2033, tỉnh có 12 bác sĩ/10.000 dân.", 12, "bác sĩ/10.000 dân"),
        ("Năm 2033, trạm y tế đã khám cho 2.400 người dân.", 2400, "người dân"),
        ("Năm 2033, tỉnh đã cấp 1.200 thẻ bảo hiểm y tế cho người dân.", 1200, "thẻ"),
    ],
    ids=["bare-base", "slash-van", "slash-digits", "people", "cards"],
)
def test_a_printed_slash_rate_or_a_plain_count_keeps_its_unit(
    sentence: str, value: float, unit: str
) -> None:
    items = [i for i in _items(sentence) if float(i.value) == value]
    assert [i.unit for i in items] == [unit]


# --- Cause 3: a figure of what would happen "if" (nếu): general knowledge, not the work -------


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        (
            "Năm 2033, trạm đã khám cho 1.240 người. Theo bác sĩ, bệnh có thể chữa khỏi tới "
            "95% nếu được phát hiện sớm.",
            [1240.0],
            [95.0],
        ),
        (
            "Năm 2033, huyện đã tiêm cho 3.100 trẻ; tiêm đủ mũi giúp giảm 70% nguy cơ mắc "
            "bệnh nếu tiêm đúng lịch.",
            [3100.0],
            [70.0],
        ),
        (
            "Năm 2033, bệnh viện phẫu thuật 412 ca; tỷ lệ sống trên 5 năm đạt 80 % nếu người "
            "bệnh điều trị kịp thời.",
            [412.0],
            [80.0],
        ),
    ],
    ids=["chua-khoi", "giam-nguy-co", "ty-le-song"],
)
def test_a_figure_of_what_would_happen_if_is_no_figure_of_the_work(
    sentence: str, kept: list[float], dropped: list[float]
) -> None:
    assert_figures("Tổng kết công tác y tế năm 2033", sentence, kept=kept, dropped=dropped)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Năm 2033, tỷ lệ tiêm chủng đạt 96%, nếu so với cùng kỳ tăng 2%.",
            [96.0, 2.0],
        ),
        (
            "Năm 2033, tỉnh khám cho 5.600 người; nếu tính cả tuyến xã thì khám 9.800 người.",
            [5600.0, 9800.0],
        ),
    ],
    ids=["comma-before-neu", "neu-before-figure"],
)
def test_a_figure_beside_a_later_if_clause_stays(sentence: str, kept: list[float]) -> None:
    assert_figures("Tổng kết công tác y tế năm 2033", sentence, kept=kept)


# --- Cause 4: the size of the group a unit is ranked in ("cao nhất trong 22 sở") -------------


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        (
            "Năm 2033, Sở Y tế có chỉ số cải cách hành chính tăng cao nhất trong 19 sở, ngành "
            "của tỉnh, giải quyết 2.310 hồ sơ.",
            [2310.0],
            [19.0],
        ),
        (
            "Năm 2033, huyện dẫn đầu trong 11 huyện, thị xã về tiêm chủng với tỷ lệ 99%.",
            [99.0],
            [11.0],
        ),
        (
            "Năm 2033, bệnh viện đứng đầu trong số 24 bệnh viện tuyến tỉnh về chỉ số hài "
            "lòng, đạt 96,5%.",
            [96.5],
            [24.0],
        ),
    ],
    ids=["cao-nhat-trong", "dan-dau-trong", "dung-dau-trong-so"],
)
def test_the_group_a_unit_is_ranked_in_is_no_figure(
    sentence: str, kept: list[float], dropped: list[float]
) -> None:
    assert_figures("Tổng kết công tác y tế năm 2033", sentence, kept=kept, dropped=dropped)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Năm 2033, huyện có 12 xã, trong 12 xã có 10 xã đạt chuẩn quốc gia.", [12.0, 10.0]),
        ("Năm 2033, tỷ lệ tiêm chủng cao nhất trong tỉnh, đạt 99,1%, tiêm cho 870 trẻ.", [870.0]),
    ],
    ids=["trong-without-rank", "rank-without-group-size"],
)
def test_a_count_after_trong_without_a_rank_stays(sentence: str, kept: list[float]) -> None:
    assert_figures("Tổng kết công tác y tế năm 2033", sentence, kept=kept)


# --- Cause 5: the year a strategy runs to ("đến năm 2030") before the stage a review covers --


@pytest.mark.parametrize(
    "lead",
    [
        "Hội nghị sơ kết 5 năm thực hiện Chiến lược quốc gia về dinh dưỡng đến năm 2035, giai "
        "đoạn 2026-2030 do Bộ Y tế tổ chức ngày 12-3-2031 cho biết, 92% trẻ được cân đo.",
        "Ngày 9-4-2031, Sở Y tế tổng kết Kế hoạch phát triển y tế cơ sở tới năm 2035 giai đoạn "
        "2026 - 2030; toàn tỉnh có 140 trạm y tế đạt chuẩn.",
        "Tại hội nghị sơ kết Đề án chăm sóc sức khỏe người cao tuổi đến năm 2035, giai đoạn "
        "2026–2030 ngày 2-3-2031, huyện báo cáo đã khám cho 5.200 người.",
    ],
    ids=["chien-luoc", "ke-hoach-toi", "de-an-en-dash"],
)
def test_a_strategy_s_horizon_year_is_not_the_stage_reviewed(lead: str) -> None:
    assert report_periods("Tin y tế", lead)[0] == ("other", 2030)


@pytest.mark.parametrize(
    ("lead", "reviewed"),
    [
        (
            "Ngày 5-1-2034, Sở Y tế tổng kết công tác y tế năm 2033 và triển khai kế hoạch đến "
            "năm 2035; toàn tỉnh khám cho 2,1 triệu lượt người.",
            ("year", 2033),
        ),
        (
            "Ngày 5-1-2034, Sở Y tế tổng kết công tác năm 2033 và kế hoạch giai đoạn 2031-2035; "
            "toàn tỉnh khám cho 2,1 triệu lượt người.",
            ("year", 2033),
        ),
    ],
    ids=["year-then-horizon", "year-then-stage"],
)
def test_a_year_reviewed_before_a_plan_stays(lead: str, reviewed: tuple[str, int]) -> None:
    assert report_periods("Tin y tế", lead)[0] == reviewed


# --- Cause 6: after a span of years reviewed, the next span of the same kind is the next period


@pytest.mark.parametrize(
    ("paragraphs", "upcoming"),
    [
        (
            (
                "Hội nghị sơ kết 5 năm thực hiện Chiến lược quốc gia về dinh dưỡng giai đoạn "
                "2026-2030 do Bộ Y tế tổ chức ngày 12-3-2031 cho biết, 92% trẻ được cân đo.",
                "Trong giai đoạn 2031-2035, toàn ngành tiếp tục nâng cao chất lượng dinh dưỡng.",
            ),
            ("other", 2035),
        ),
        (
            (
                "Năm học 2032-2033, Sở Y tế phối hợp với Sở GD-ĐT khám răng cho 4.100 học sinh.",
                "Trong năm học 2033-2034, hai sở sẽ tiếp tục mở rộng chương trình tới các "
                "trường mầm non.",
            ),
            ("other", 2034),
        ),
        (
            (
                "Tổng kết giai đoạn 2026 - 2030 của chương trình, huyện đã điều trị cho 640 "
                "bệnh nhân.",
                "Giai đoạn 2030 - 2035, huyện đặt mục tiêu mở rộng chương trình tới mọi xã.",
            ),
            ("other", 2035),
        ),
    ],
    ids=["stage", "school-year", "stage-from-the-end-year"],
)
def test_the_next_span_of_the_same_kind_is_the_next_period(
    paragraphs: tuple[str, ...], upcoming: tuple[str, int]
) -> None:
    assert report_periods("Tin y tế", *paragraphs)[1] == upcoming


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Hội nghị sơ kết 5 năm thực hiện Chiến lược quốc gia về dinh dưỡng giai đoạn "
            "2026-2030 do Bộ Y tế tổ chức ngày 12-3-2031 cho biết, 92% trẻ được cân đo.",
            "So với giai đoạn 2021-2025, tỷ lệ suy dinh dưỡng giảm rõ rệt.",
        ),
        (
            "Năm học 2032-2033, Sở Y tế phối hợp với Sở GD-ĐT khám răng cho 4.100 học sinh.",
            "Kết quả này cao hơn năm học 2031-2032.",
        ),
    ],
    ids=["earlier-stage", "earlier-school-year"],
)
def test_an_earlier_span_is_no_next_period(paragraphs: tuple[str, ...]) -> None:
    assert report_periods("Tin y tế", *paragraphs)[1] is None


# --- Cause 7: "chị em" (women, as a group) read as its first word -----------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Năm 2033, trạm y tế khám phụ khoa cho 640 chị em phụ nữ.", 640, "phụ nữ"),
        ("Năm 2033, hội đã tư vấn sức khỏe sinh sản cho 1.120 chị em.", 1120, "chị em"),
        ("Năm 2033, trung tâm tầm soát ung thư cho 315 chị em phụ nữ từ 40 tuổi.", 315, "phụ nữ"),
        ("Năm 2033, huyện khám sức khỏe cho 210 anh chị em công nhân.", 210, "anh chị em"),
    ],
    ids=["chi-em-phu-nu", "chi-em", "chi-em-phu-nu-tuoi", "anh-chi-em"],
)
def test_chi_em_is_one_counted_noun(sentence: str, value: float, unit: str) -> None:
    assert [i.unit for i in _items(sentence) if float(i.value) == value] == [unit]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Năm 2033, trạm y tế khám thai cho 95 phụ nữ mang thai.", 95, "phụ nữ"),
        ("Năm 2033, trung tâm tư vấn dinh dưỡng cho 300 bà mẹ.", 300, "bà mẹ"),
    ],
    ids=["phu-nu", "ba-me"],
)
def test_other_people_nouns_keep_their_unit(sentence: str, value: float, unit: str) -> None:
    assert [i.unit for i in _items(sentence) if float(i.value) == value] == [unit]
