"""A paragraph printed again with small differences (a lead repeated as the body's first
paragraph: straight vs curly quotes, a word changed, a clause added) is the same text printed
again: its figures count once, at the first copy (helper dup22). Near paragraphs that are not
repeats keep their figures: sentences of the same shape with other figures, a table's rows, a
headline and its lead, short captions. Sentences written for these tests; places and figures
invented."""

from __future__ import annotations

import pytest

from baocao.documents import load_document
from baocao.offline.text import near_repeats, read_layout
from offline_pages import indicator_values

HEADLINE = "Trung tâm Y tế huyện Kim Bảng tổng kết công tác năm 2031"

LEAD = (
    'Sau 3 năm triển khai chương trình "Quản lý tăng huyết áp tại cộng đồng", Trung tâm Y tế '
    "huyện Kim Bảng đã đưa 2.345 người bệnh vào quản lý điều trị tại trạm y tế xã, đạt 112% "
    "kế hoạch tỉnh giao - cao nhất từ trước tới nay."
)

AGAIN = {
    "curly-quotes": LEAD.replace('"Quản', "“Quản").replace('đồng"', "đồng”"),
    "word-changed": LEAD.replace("đã đưa", "vừa đưa"),
    "clause-added": LEAD.replace(
        "tại trạm y tế xã,", "tại trạm y tế xã và phòng khám đa khoa khu vực của huyện,"
    ),
    "dash-and-prefix": "(KB) - " + LEAD.replace(" - ", " – "),
}

BODY = "Trong năm, đơn vị khám cho 48.210 lượt người, điều trị nội trú cho 3.115 lượt người bệnh."


@pytest.mark.parametrize("again", list(AGAIN.values()), ids=list(AGAIN))
def test_a_lead_printed_again_counts_its_figures_once(again: str) -> None:
    values = indicator_values(HEADLINE, LEAD, again, BODY)
    assert values.count(2345.0) == 1, values
    assert values.count(112.0) == 1, values
    assert 48210.0 in values and 3115.0 in values, values


@pytest.mark.parametrize("again", list(AGAIN.values()), ids=list(AGAIN))
def test_the_later_copy_is_the_repeat(again: str) -> None:
    text = load_document("\n\n".join((HEADLINE, LEAD, again, BODY))).text
    repeats = near_repeats(read_layout(text))
    assert [text[span.start : span.end] for span in repeats] == [again]


def test_a_verbatim_copy_is_already_one_paragraph() -> None:
    # load_document keeps one copy of a paragraph printed twice verbatim
    values = indicator_values(HEADLINE, LEAD, LEAD, BODY)
    assert values.count(2345.0) == 1, values


def test_two_districts_sentences_of_one_shape_keep_their_figures() -> None:
    first = (
        "Huyện Kim Bảng đã khám sàng lọc cho 2.345 người cao tuổi, phát hiện 412 người mắc "
        "tăng huyết áp và đưa 398 người vào quản lý điều trị tại trạm y tế xã trong năm."
    )
    second = (
        "Huyện Thanh Liêm đã khám sàng lọc cho 1.980 người cao tuổi, phát hiện 356 người mắc "
        "tăng huyết áp và đưa 340 người vào quản lý điều trị tại trạm y tế xã trong năm."
    )
    values = indicator_values(HEADLINE, first, second)
    for value in (2345.0, 412.0, 398.0, 1980.0, 356.0, 340.0):
        assert value in values, values
    text = load_document("\n\n".join((HEADLINE, first, second))).text
    assert near_repeats(read_layout(text)) == []


def test_a_tables_rows_keep_their_figures() -> None:
    rows = [
        "Xã Tân Sơn: khám 120 người, phát hiện 15 người tăng huyết áp.",
        "Xã Tân Lập: khám 120 người, phát hiện 15 người tăng huyết áp.",
        "Xã Tân Hòa: khám 120 người, phát hiện 15 người tăng huyết áp.",
    ]
    values = indicator_values(HEADLINE, "Kết quả khám sàng lọc tại các xã như sau:", *rows)
    assert values.count(120.0) == 3, values
    assert values.count(15.0) == 3, values


def test_a_headline_and_its_lead_count_their_figures_on_their_own() -> None:
    headline = (
        "Huyện Kim Bảng đưa 2.345 người bệnh tăng huyết áp vào quản lý tại trạm y tế xã, "
        "đạt 112% kế hoạch của tỉnh năm 2031"
    )
    lead = (
        "Năm 2031, huyện Kim Bảng đã đưa 2.345 người bệnh tăng huyết áp vào quản lý tại trạm "
        "y tế xã, đạt 112% kế hoạch của tỉnh năm 2031."
    )
    values = indicator_values(headline, lead, BODY)
    assert values.count(2345.0) == 2, values
    text = load_document("\n\n".join((headline, lead, BODY))).text
    assert near_repeats(read_layout(text)) == []


def test_two_short_captions_keep_their_figures() -> None:
    captions = [
        "Khám sàng lọc cho 120 người cao tuổi tại xã Tân Sơn (Ảnh: Minh An)",
        "Khám sàng lọc cho 120 người cao tuổi tại xã Tân Sơn (ảnh minh họa)",
    ]
    text = load_document("\n\n".join((HEADLINE, LEAD, captions[0], BODY, captions[1]))).text
    assert near_repeats(read_layout(text)) == []
    both = indicator_values(HEADLINE, LEAD, captions[0], BODY, captions[1]).count(120.0)
    first = indicator_values(HEADLINE, LEAD, captions[0], BODY).count(120.0)
    second = indicator_values(HEADLINE, LEAD, BODY, captions[1]).count(120.0)
    assert both == first + second


def test_a_repeat_with_another_figure_is_no_repeat() -> None:
    # the same sentence with one figure changed states another fact: both count
    other = LEAD.replace("2.345", "2.435")
    values = indicator_values(HEADLINE, LEAD, other, BODY)
    assert 2345.0 in values and 2435.0 in values, values
