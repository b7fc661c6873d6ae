"""Fixer fx21b's mends of review rv21b's worse cases in tuner t21b's rules: sentences in the
forms the reviewer wrote (places and figures invented), each kept or dropped as the page's own
work."""

from __future__ import annotations

import pytest

from offline_pages import extract


def _values(*paragraphs: str) -> list[float]:
    return [float(item.value) for item in extract(*paragraphs).indicators]


# --- "nếu" after a figure: a comparison or a counting convention is the page's own figure -----


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Năm 2033, số lượt khám bệnh đạt 98.400 lượt, tăng 14% nếu so với cùng kỳ năm 2032.",
            [98400.0, 14.0],
        ),
        (
            "Năm 2033, số ca sốt xuất huyết là 86 ca, giảm 40% nếu so sánh với cùng kỳ năm 2032.",
            [86.0, 40.0],
        ),
        (
            "Năm 2033, số lượt khám tại trạm y tế đạt 31.500 lượt, tăng 1,5 lần nếu so với "
            "năm 2032.",
            [31500.0, 1.5],
        ),
        (
            "Năm 2033, tỷ lệ bao phủ bảo hiểm y tế của tỉnh đạt 93,5% dân số nếu tính cả lực "
            "lượng vũ trang.",
            [93.5],
        ),
    ],
    ids=["neu-so-voi", "neu-so-sanh-voi", "lan-neu-so-voi", "neu-tinh-ca"],
)
def test_a_comparison_or_a_count_convention_after_neu_stays(
    sentence: str, kept: list[float]
) -> None:
    values = _values("Tổng kết công tác y tế năm 2033", sentence)
    assert all(value in values for value in kept)


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("Năm 2033, bệnh có thể chữa khỏi tới 90% nếu được phát hiện sớm.", 90.0),
        ("Năm 2033, bệnh dại gây tử vong gần 100% nếu không tiêm phòng kịp thời.", 100.0),
    ],
    ids=["neu-duoc-phat-hien", "neu-khong-tiem"],
)
def test_what_would_happen_if_is_still_dropped(sentence: str, dropped: float) -> None:
    assert dropped not in _values("Tổng kết công tác y tế năm 2033", sentence)
