"""Review rvd of tuner t26d's rules (fixer fx26d): each rule made precise where it dropped or
doubled real figures, on pages written for these tests (places and figures invented)."""

from __future__ import annotations

import pytest

from baocao.numerals import Kind, find_numbers
from offline_pages import assert_figures, extract, indicator_values

# --- Cause 1: a lone "N tử vong" counts deaths: in the list's noun of people before it, else
# in cases ("ca", as the golds write a death count); "ca mắc" before it is no unit of deaths ---


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Có 4 tử vong trước khi nhập viện.", 4.0),
        ("Năm 2030 có 17 tử vong do AIDS.", 17.0),
        ("Từ đầu năm đến nay, toàn tỉnh có 3.210 ca mắc, 5 tử vong.", 5.0),
        ("Cả nước ghi nhận 52.400 ca mắc sốt xuất huyết, 9 tử vong.", 9.0),
    ],
    ids=["co-n-tu-vong", "year-opening", "after-ca-mac", "after-ca-mac-disease"],
)
def test_deaths_with_no_noun_count_cases(sentence: str, value: float) -> None:
    report = extract("Tình hình dịch bệnh", sentence)
    units = {float(item.value): item.unit for item in report.indicators}
    assert units.get(value) == "ca", units


# --- Cause 2: only a bare count of a place's administrative units (and its breakdown) is its
# setting; a share, a ratio or a count with a health predicate is a figure of the work -------


@pytest.mark.parametrize(
    ("page", "kept", "dropped"),
    [
        (
            (
                "Y tế cơ sở",
                "100% đơn vị hành chính cấp xã có bác sĩ làm việc; 27/27 đơn vị hành chính cấp "
                "xã đạt Bộ tiêu chí quốc gia về y tế xã.",
            ),
            [100, 27],
            [],
        ),
        (
            (
                "Y tế cơ sở",
                "Tỉnh có 96 đơn vị hành chính cấp xã, trong đó 71/96 đơn vị hành chính cấp xã "
                "có bác sĩ.",
            ),
            [71],
            [96],
        ),
        (
            (
                "Y tế cơ sở",
                "Toàn tỉnh có 9/9 đơn vị hành chính cấp huyện có trung tâm y tế đạt chuẩn; 90% "
                "đơn vị hành chính cấp xã (trong đó 44 xã thuộc vùng khó khăn) có bác sĩ.",
            ),
            [9, 90, 44],
            [],
        ),
    ],
    ids=["percent-and-ratio", "ratio-after-setting-count", "predicate-and-bracket"],
)
def test_shares_of_administrative_units_are_figures(
    page: tuple[str, ...], kept: list[float], dropped: list[float]
) -> None:
    assert_figures(*page, kept=kept, dropped=dropped)


# --- Cause 3: a school's number is a single digit after its name before another figure; a
# figure after a school's name before a break is the school's count ---------------------------


def test_per_school_counts_in_a_list_are_counts() -> None:
    assert_figures(
        "Khám sức khỏe học đường",
        "Đoàn đã khám tại 4 trường: Mầm non Sao Mai 230, Tiểu học Vân Hòa 1 415, Tiểu học "
        "Vân Hòa 2 372, THCS Trần Phú 508.",
        kept=[230, 415, 372, 508],
        dropped=[1, 2],
    )


@pytest.mark.parametrize(
    ("sentence", "raw", "kind"),
    [
        ("Tiểu học Vân Hòa 1 415 em được khám.", "1", Kind.NAME),
        ("Tiểu học Vân Hòa 1 415 em được khám.", "415", Kind.COUNT),
        ("Mầm non Sao Mai 230, THCS Trần Phú 508.", "230", Kind.COUNT),
        ("Trường Mầm non Hoa Mai 2 triển khai sữa học đường.", "2", Kind.NAME),
    ],
)
def test_the_scanner_tells_a_schools_number_from_its_count(
    sentence: str, raw: str, kind: Kind
) -> None:
    kinds = [m.kind for m in find_numbers(sentence) if m.raw == raw]
    assert kinds == [kind], kinds


# --- Cause 4: "chợ N" names a market only as a proper name (a capitalised "Chợ" with no word
# after the number) or in an address (a place after it); a breakdown by type and a count after
# "tại chợ" are counts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "kept", "dropped"),
    [
        (
            (
                "Kiểm tra an toàn thực phẩm",
                "Đoàn đã kiểm tra 214 cơ sở, trong đó: chợ 38, siêu thị 14, nhà hàng 75.",
            ),
            [214, 38, 14, 75],
            [],
        ),
        (
            ("Kiểm tra chợ đầu mối", "Đoàn phát hiện tại chợ 9 quầy thịt không có giấy kiểm dịch."),
            [9],
            [],
        ),
        (
            (
                "Kiểm tra chợ đầu mối",
                "Tại Chợ 4, phường Hòa Minh, đoàn tiêu hủy 85 kg thực phẩm không rõ nguồn gốc.",
            ),
            [85],
            [4],
        ),
    ],
    ids=["breakdown-by-type", "tai-cho-count", "market-name"],
)
def test_a_market_word_names_only_a_market(
    page: tuple[str, ...], kept: list[float], dropped: list[float]
) -> None:
    assert_figures(*page, kept=kept, dropped=dropped)


# --- Cause 5: an age band is "độ tuổi N-M" (or N then "tuổi", "trở lên"); "độ tuổi N cháu"
# counts the band's children ----------------------------------------------------------------


def test_a_count_after_an_age_band_word_is_a_count() -> None:
    assert_figures(
        "Uống vitamin A",
        "Trẻ trong độ tuổi 3.870 cháu được uống vitamin A đợt 1, đạt 97,6%.",
        kept=[3870, 97.6],
    )


def test_an_age_band_with_no_second_bound_still_reads_as_ages() -> None:
    kinds = [m.kind for m in find_numbers("Nhóm tuổi 65 trở lên có 412 người được khám.")]
    assert kinds == [Kind.AGE, Kind.COUNT], kinds


# --- Cause 6: a relative day then a range of a counted noun ("Đêm qua 5-6 bệnh nhân") is a
# range of counts, no date ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Đêm qua 4-5 bệnh nhân nặng được chuyển lên tuyến trên.",
        "Chiều nay 2-3 bệnh nhân cúm nặng tiếp tục được chuyển viện.",
    ],
)
def test_a_range_of_patients_after_a_relative_day_is_no_date(sentence: str) -> None:
    kinds = [m.kind for m in find_numbers(sentence)]
    assert kinds and all(kind is Kind.COUNT for kind in kinds), kinds


# --- Cause 7: a count printed again in one clause is a new figure only for another item
# ("huyện A: 3 xã; huyện B: 3 xã", "xã X 2 ca, xã Y 2 ca"), not when restated ----------------


@pytest.mark.parametrize(
    ("sentence", "value", "times"),
    [
        ("Toàn huyện có 31 ca tay chân miệng, giảm 31 ca so với năm trước.", 31.0, 1),
        (
            "Số ổ dịch được xử lý là 27 ổ dịch, đạt 100% số ổ dịch phát hiện (27 ổ dịch).",
            27.0,
            1,
        ),
        ("Ghi nhận ở xã Tân Lập 4 ca, xã Phú Lộc 4 ca.", 4.0, 2),
    ],
    ids=["restated-as-change", "restated-in-brackets", "another-place"],
)
def test_a_count_printed_twice_counts_twice_only_for_another_item(
    sentence: str, value: float, times: int
) -> None:
    values = indicator_values("Tình hình dịch bệnh", sentence)
    assert values.count(value) == times, values
