"""Fixer fx21b's mends of review rv21b's worse cases in tuner t21b's rules: sentences in the
forms the reviewer wrote (places and figures invented), each kept or dropped as the page's own
work."""

from __future__ import annotations

import pytest

from offline_pages import assert_figures, extract, indicator_values, report_periods

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
    assert_figures("Tổng kết công tác y tế năm 2033", sentence, kept=kept)


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("Năm 2033, bệnh có thể chữa khỏi tới 90% nếu được phát hiện sớm.", 90.0),
        ("Năm 2033, bệnh dại gây tử vong gần 100% nếu không tiêm phòng kịp thời.", 100.0),
    ],
    ids=["neu-duoc-phat-hien", "neu-khong-tiem"],
)
def test_what_would_happen_if_is_still_dropped(sentence: str, dropped: float) -> None:
    assert dropped not in indicator_values("Tổng kết công tác y tế năm 2033", sentence)


# --- A rank's group: only a rank word and a group of units -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Năm 2033, Sở Y tế đã triển khai phần mềm quản lý thống nhất trong 235 trạm y tế "
            "xã, phường, thị trấn.",
            [235.0],
        ),
        (
            "Năm 2033, bệnh viện đã áp dụng thống nhất trên 28 khoa lâm sàng bộ quy trình chăm "
            "sóc người bệnh.",
            [28.0],
        ),
        (
            "Năm 2033, kết quả khảo sát mới nhất trên 2.400 hộ gia đình cho thấy 35% hộ có nguy "
            "cơ thiếu vi chất.",
            [2400.0, 35.0],
        ),
        (
            "Năm 2033, sốt xuất huyết chiếm tỷ lệ cao nhất trong 4.320 ca mắc với 2.150 ca.",
            [4320.0, 2150.0],
        ),
        (
            "Năm 2033, tay chân miệng có số ca mắc nhiều nhất trong 1.560 ca bệnh, với 620 ca.",
            [1560.0, 620.0],
        ),
        ("Năm 2033, xét nghiệm đầy đủ nhất trên 350 mẫu bệnh phẩm.", [350.0]),
        ("Năm 2033, đơn vị đứng đầu trên 3 chỉ tiêu chuyên môn của ngành.", [3.0]),
    ],
    ids=[
        "thong-nhat-trong",
        "thong-nhat-tren",
        "moi-nhat-tren",
        "cao-nhat-trong-cases",
        "nhieu-nhat-trong-cases",
        "day-du-nhat-tren",
        "dung-dau-tren-chi-tieu",
    ],
)
def test_no_group_of_ranked_units_stays(sentence: str, kept: list[float]) -> None:
    assert_figures("Tổng kết công tác y tế năm 2033", sentence, kept=kept)


def test_a_case_count_keeps_the_disease_in_its_label() -> None:
    report = extract(
        "Tổng kết công tác y tế năm 2033",
        "Năm 2033, sốt xuất huyết chiếm tỷ lệ cao nhất trong 4.320 ca mắc với 2.150 ca.",
    )
    labels = [item.label for item in report.indicators if float(item.value) == 2150.0]
    assert labels and "cao nhất trong" not in labels[0]


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        (
            "Năm 2033, huyện có số người tham gia bảo hiểm y tế cao nhất trong 10 huyện, thành "
            "phố với 98,7%.",
            10.0,
        ),
        (
            "Năm 2033, trung tâm dẫn đầu trong số 6 huyện, thị xã của tỉnh về tỷ lệ tiêm chủng "
            "với 99,1%.",
            6.0,
        ),
    ],
    ids=["cao-nhat-trong-huyen", "dan-dau-trong-so-huyen"],
)
def test_the_group_of_ranked_units_is_still_dropped(sentence: str, dropped: float) -> None:
    assert dropped not in indicator_values("Tổng kết công tác y tế năm 2033", sentence)


# --- "đến năm N" then the next stage after a plan word: N ends the programme reviewed ---------


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 25/11/2035, UBND tỉnh tổ chức tổng kết Chương trình mục tiêu y tế - dân số đến "
        "năm 2035, triển khai kế hoạch giai đoạn 2036-2040.",
        "Ngày 15/12/2035, Sở Y tế tổng kết Kế hoạch hành động phòng chống HIV/AIDS đến năm "
        "2035, định hướng giai đoạn 2036-2040.",
        "Ngày 5/12/2035, Tỉnh ủy tổng kết thực hiện Nghị quyết về công tác dân số đến năm 2035 "
        "và đề ra phương hướng giai đoạn 2036-2040.",
    ],
    ids=["chuong-trinh-trien-khai", "ke-hoach-dinh-huong", "nghi-quyet-phuong-huong"],
)
def test_a_programme_to_a_year_then_the_next_stage(lead: str) -> None:
    assert report_periods("Tin y tế", lead) == (("other", 2035), ("other", 2040))


def test_a_strategy_s_horizon_before_its_stage_is_still_no_period() -> None:
    lead = (
        "Ngày 22/10/2035, Sở Y tế sơ kết 5 năm thực hiện Chiến lược Dân số đến năm 2040, giai "
        "đoạn 2031-2035."
    )
    assert report_periods("Tin y tế", lead)[0] == ("other", 2035)


# --- Labels of a rate after "trên" and of "chị em phụ nữ" with nothing after ------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "label"),
    [
        (
            "Năm 2033, tỷ lệ phát hiện lao mới của tỉnh là 145 ca trên 100.000 dân.",
            145.0,
            "ca",
            "ca trên 100.000 dân",
        ),
        (
            "Năm 2033, tỉnh có 31,2 giường bệnh trên 10 nghìn dân.",
            31.2,
            "giường bệnh",
            "giường bệnh trên 10 nghìn dân",
        ),
        (
            "Qua khám năm 2033, có 215 chị em phụ nữ được phát hiện viêm nhiễm và được cấp thuốc.",
            215.0,
            "phụ nữ",
            "chị em phụ nữ",
        ),
    ],
    ids=["ca-tren-100000-dan", "giuong-tren-10-nghin-dan", "chi-em-phu-nu-bare"],
)
def test_the_label_names_the_rate_or_the_group_printed(
    sentence: str, value: float, unit: str, label: str
) -> None:
    report = extract("Tổng kết công tác y tế năm 2033", sentence)
    items = [item for item in report.indicators if float(item.value) == value]
    assert [item.unit for item in items] == [unit]
    assert items[0].label == label


# --- The nation's average named outright, and "(toàn quốc có ...)" ----------------------------


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        (
            "Năm 2033, tỷ lệ bao phủ bảo hiểm y tế toàn huyện đạt 92,7%, cao hơn bình quân cả "
            "nước (90,5%).",
            [92.7],
            [90.5],
        ),
        (
            "Năm 2033, sinh con thứ 3 trở lên chiếm 21,4%, cao hơn nhiều so với mức trung bình "
            "cả nước là 12,1%.",
            [21.4],
            [12.1],
        ),
        (
            "Năm 2033, tỉnh có 24 cá nhân được phong tặng danh hiệu Thầy thuốc Ưu tú (toàn quốc "
            "có 1.120 cá nhân).",
            [24.0],
            [1120.0],
        ),
    ],
    ids=["binh-quan-ca-nuoc-paren", "trung-binh-ca-nuoc-la", "toan-quoc-co"],
)
def test_the_nation_s_average_is_no_figure_of_the_page(
    sentence: str, kept: list[float], dropped: list[float]
) -> None:
    assert_figures("Tổng kết công tác y tế năm 2033", sentence, kept=kept, dropped=dropped)


def test_a_gap_to_the_nation_s_average_stays() -> None:
    sentence = "Năm 2033, tỷ lệ tiêm chủng đạt 98%, cao hơn bình quân cả nước 2,3%."
    assert 2.3 in indicator_values("Tổng kết công tác y tế năm 2033", sentence)


# --- "năm N tỷ suất ...": a year before a rate's name, no money scale --------------------------


def test_a_year_before_ty_suat_is_no_amount() -> None:
    report = extract(
        "Huyện giảm tỷ suất chết trẻ sơ sinh",
        "Theo Trung tâm Y tế huyện, năm 2033 tỷ suất chết trẻ sơ sinh của huyện còn 14 trẻ trên "
        "1.000 trẻ đẻ sống; huyện có 28 nữ hộ sinh thôn bản.",
    )
    values = [float(item.value) for item in report.indicators]
    assert not any(value > 10**9 for value in values)
    assert (report.reviewed_period.kind.value, report.reviewed_period.year) == ("year", 2033)


# --- "N tháng năm YYYY" (no "đầu"): a run of months, kind other ------------------------------


@pytest.mark.parametrize(
    ("lead", "reviewed"),
    [
        ("Ngày 5/11/2033, Sở Y tế tổ chức sơ kết công tác 10 tháng năm 2033.", ("other", 2033)),
        (
            "Ngày 5/10/2033, Sở Y tế tổ chức sơ kết công tác 9 tháng năm 2033.",
            ("nine_months", 2033),
        ),
        (
            "Ngày 5/7/2033, Sở Y tế tổ chức sơ kết công tác 6 tháng đầu năm 2033.",
            ("half_year", 2033),
        ),
    ],
    ids=["10-thang-nam", "9-thang-nam", "6-thang-dau-nam"],
)
def test_a_run_of_months_before_a_printed_year(lead: str, reviewed: tuple[str, int]) -> None:
    assert report_periods("Tin y tế", lead)[0] == reviewed
