"""Tests for baocao.offline.labels: indicator labels an analyst can read.

Sentences are written for these tests in the genre's forms, with invented figures; each case
failed on the labels of the keyword window alone (before QA pass 17's M6).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from baocao.documents import load_document
from baocao.numerals import NumberIndex
from baocao.offline import extract_offline
from baocao.schemas import load_report_type

MODEL = load_report_type("health_review").model
LEAD = (
    "Sáng 10/1/2031, Trung tâm Y tế huyện Hòa Lạc họp tổng kết hoạt động năm 2030, bàn "
    "việc của năm 2031."
)


def labels(sentence: str) -> dict[Decimal, str]:
    """The label of each figure of ``sentence`` (after a lead), by value."""
    document = load_document(f"{LEAD}\n\n{sentence}")
    report = extract_offline(document, NumberIndex(document.text), MODEL)
    return {indicator.value: indicator.label for indicator in report.indicators}


@pytest.mark.parametrize(
    ("sentence", "value", "label"),
    [
        pytest.param(
            "Toàn huyện có 140 mẹ được khám, tỷ lệ khám thai định kỳ đạt 97,5%.",
            Decimal("97.5"),
            "tỷ lệ khám thai định kỳ",
            id="rate-named-before-its-figure",
        ),
        pytest.param(
            "Tỷ lệ hộ gia đình dùng nước sạch đạt 95%, nhỉnh hơn năm ngoái.",
            Decimal(95),
            "tỷ lệ hộ gia đình dùng nước sạch",
            id="rate-named-at-the-sentence-start",
        ),
        pytest.param(
            "Mặt khác, năm 2030 tỷ lệ sàng lọc sơ sinh đạt 55,0%, kém năm trước.",
            Decimal("55.0"),
            "tỷ lệ sàng lọc sơ sinh",
            id="rate-named-after-a-year",
        ),
        pytest.param(
            "Toàn huyện phấn đấu đưa tỷ lệ cặp vợ chồng có con thứ tư trở lên dưới 11,4%.",
            Decimal("11.4"),
            "tỷ lệ cặp vợ chồng có con thứ tư trở lên",
            id="rate-name-cut-after-its-first-word",
        ),
        pytest.param(
            "Thêm vào đó, có 81,5% người bệnh nội trú khen, tỉ lệ tái khám đúng hẹn đạt 96,4%.",
            Decimal("96.4"),
            "tỷ lệ tái khám đúng hẹn",
            id="rate-word-in-its-other-spelling",
        ),
    ],
)
def test_no_doubled_words_where_the_unit_meets_the_text(
    sentence: str, value: Decimal, label: str
) -> None:
    assert labels(sentence)[value].lower() == label


@pytest.mark.parametrize(
    ("sentence", "value", "label"),
    [
        pytest.param(
            "Năm qua, huyện khen 12 cá nhân có đóng góp nổi bật trong phong trào hiến máu.",
            Decimal(12),
            "cá nhân có đóng góp nổi bật",
            id="window-ends-on-a-preposition",
        ),
        pytest.param(
            "Hiện còn 2 Phòng khám đa khoa xã Tân Mỹ và Suối Đá chưa có máy chụp cắt lớp.",
            Decimal(2),
            "Phòng khám đa khoa xã Tân Mỹ",
            id="window-ends-on-a-conjunction",
        ),
        pytest.param(
            "Huyện nâng tỷ lệ trường học có phòng y tế đạt chuẩn lên 93,6%.",
            Decimal("93.6"),
            "tỷ lệ trường học có phòng y tế đạt chuẩn",
            id="window-ends-on-a-verb-particle",
        ),
    ],
)
def test_labels_end_on_no_function_word(sentence: str, value: Decimal, label: str) -> None:
    assert labels(sentence)[value] == label


def test_a_phrase_is_not_cut_after_a_function_word_to_less_than_half() -> None:
    # cut after "cho", the phrase would keep only whom the dose was given to
    found = labels(
        "Năm 2030, toàn huyện đã tiêm mũi nhắc lại vắc xin sởi rubella cho trẻ 24 tháng tuổi "
        "đạt 95,5%."
    )
    assert found[Decimal("95.5")] == "tỷ lệ vắc xin sởi rubella cho trẻ 24 tháng tuổi"


@pytest.mark.parametrize(
    ("sentence", "value", "label"),
    [
        pytest.param(
            "Tỷ suất chết trẻ sơ sinh là 16,2‰, giảm 0,3‰ so với năm 2029.",
            Decimal("0.3"),
            "Tỷ suất chết trẻ sơ sinh giảm",
            id="a-change-right-after-the-figure-it-changes",
        ),
        pytest.param(
            "Tỷ suất chết trẻ sơ sinh là 16,2‰, giảm 0,3‰ so với năm 2029.",
            Decimal("16.2"),
            "Tỷ suất chết trẻ sơ sinh",
            id="a-symbol-unit-before-the-words-dropped",
        ),
        pytest.param(
            "Tổng số lượt xét nghiệm máu trong năm 2030 là 45.210.",
            Decimal(45210),
            "Tổng số lượt xét nghiệm máu trong năm 2030",
            id="a-bare-count-named-by-its-subject",
        ),
        pytest.param(
            "Có 14 cá nhân được Hội Nông dân tặng giấy khen.",
            Decimal(14),
            "cá nhân được Hội Nông dân tặng giấy khen",
            id="a-counted-noun-and-its-passive-verb",
        ),
        pytest.param(
            "Huyện cố gắng hạ tỷ lệ mắc sốt rét mới xuống dưới 8/100.000 dân.",
            Decimal(8),
            "tỷ lệ mắc sốt rét mới",
            id="a-per-base-unit-before-the-rate-it-measures",
        ),
        pytest.param(
            "Trong quý có 46/50 trẻ dưới 6 tuổi được cân đo định kỳ.",
            Decimal(46),
            "trẻ dưới 6 tuổi được cân đo định kỳ",
            id="a-counted-noun-and-its-age-bound",
        ),
        pytest.param(
            "Tỷ lệ trẻ dưới 6 tuổi được cân đo định kỳ đạt 92,0% (46/50 trẻ).",
            Decimal(46),
            "trẻ dưới 6 tuổi được cân đo định kỳ",
            id="a-count-in-parentheses-after-its-rate",
        ),
        pytest.param(
            "Tỷ lệ hộ dùng hố xí hợp vệ sinh năm 2030 đạt 92,1% (năm 2029 đạt 88,7%).",
            Decimal("88.7"),
            "Tỷ lệ hộ dùng hố xí hợp vệ sinh năm 2029",
            id="a-figure-of-another-year-named-by-the-rate-and-its-year",
        ),
        pytest.param(
            "Kết quả chấm điểm các trạm như sau: Trạm Y tế xã Đông Hà: 3,85.",
            Decimal("3.85"),
            "điểm Trạm Y tế xã Đông Hà",
            id="a-score-named-by-whose-it-is",
        ),
    ],
)
def test_a_label_that_names_only_its_unit_takes_the_nearest_phrase(
    sentence: str, value: Decimal, label: str
) -> None:
    assert labels(sentence)[value] == label


def test_figures_of_one_sentence_with_one_label_are_told_apart() -> None:
    found = labels("Trong năm, phẫu thuật 2.450 lượt bệnh nhân, nội soi 3.120 lượt bệnh nhân.")
    assert found[Decimal(2450)] == "lượt bệnh nhân phẫu thuật"
    assert found[Decimal(3120)] == "lượt bệnh nhân nội soi"


def test_the_phrase_telling_figures_apart_leaves_out_its_cue_and_subject() -> None:
    found = labels(
        "Năm 2030 Trung tâm đã khám cho 61.000 lượt người, dự kiến năm 2031 Trung tâm sẽ khám "
        "cho 65.000 lượt người."
    )
    assert found[Decimal(61000)] == "lượt người năm 2030 khám"
    assert found[Decimal(65000)] == "lượt người năm 2031 khám"
    found = labels("Trong năm, xã Tân Mỹ có 14 ca mắc sởi, Xã Suối Đá có 9 ca mắc sởi.")
    assert found[Decimal(9)] == "ca mắc sởi xã Suối Đá"


def test_a_subject_each_figure_has_its_own_tells_them_apart() -> None:
    found = labels(
        "Năm 2030, Bệnh viện Đa khoa tỉnh đã khám cho 305.000 lượt người, Bệnh viện Sản Nhi đã "
        "khám cho 94.000 lượt người."
    )
    assert "Đa khoa" in found[Decimal(305000)]
    assert "Sản Nhi" in found[Decimal(94000)]
    assert found[Decimal(305000)] != found[Decimal(94000)]


def test_changes_of_figures_of_one_sentence_name_what_changed() -> None:
    found = labels(
        "Trong năm, tư vấn cho 45.000 lượt người (tăng 12,5%), siêu âm 3.200 "
        "lượt người (tăng 8,1%)."
    )
    assert found[Decimal("12.5")] == f"{found[Decimal(45000)]} tăng"
    assert found[Decimal("8.1")] == f"{found[Decimal(3200)]} tăng"
    assert found[Decimal("12.5")] != found[Decimal("8.1")]
