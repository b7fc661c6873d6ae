"""The number scanner: every form of DESIGN.md "Vietnamese numbers", by name, and locate_value."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import baocao.numerals as numerals
from baocao.numerals import (
    QUANTITY_KINDS,
    Kind,
    NumberIndex,
    NumberMention,
    Qualifier,
    find_numbers,
    locate_value,
    read_number,
)

ARTICLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
YEAR_KINDS = frozenset({Kind.YEAR, Kind.DATE, Kind.PERIOD})
BILLION = 10**9


def D(text: str) -> Decimal:
    return Decimal(text)


def mention_of(text: str, raw: str, nth: int = 0) -> NumberMention:
    """The ``nth`` mention whose raw text is ``raw``."""
    found = [mention for mention in find_numbers(text) if mention.raw == raw]
    assert len(found) > nth, f"{raw!r} not scanned in {text!r}: {find_numbers(text)}"
    return found[nth]


def span_of(text: str, raw: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(raw, start + 1)
    return start, start + len(raw)


# --- forms: (scenario, text, raw, kind, values, unit, qualifier) ------------------------------


@dataclass(frozen=True)
class Form:
    scenario: str
    text: str
    raw: str
    kind: Kind
    values: tuple[str, ...] | None = None  # None: not checked
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    nth: int = 0


FORMS = [
    # digits and separators
    Form(
        "dot groups thousands", "kiểm tra 13.055 cơ sở", "13.055", Kind.COUNT, ("13055",), "cơ sở"
    ),
    Form(
        "dot groups millions", "khám 1.474.662 lượt", "1.474.662", Kind.COUNT, ("1474662",), "lượt"
    ),
    Form("comma decimal percent", "(đạt 82,8%)", "82,8%", Kind.PERCENT, ("82.8",), "%"),
    Form("english decimal percent", "đạt 66.7% DMKT", "66.7%", Kind.PERCENT, ("66.7",), "%"),
    Form("english thousands", "Tháng hiện tại1,474,662", "1,474,662", Kind.COUNT, ("1474662",)),
    Form(
        "ambiguous dot keeps both readings",
        "chỉ số đạt 1.164, tăng",
        "1.164",
        Kind.COUNT,
        ("1164", "1.164"),
    ),
    Form(
        "ambiguous comma keeps both readings",
        "Hôm nay1,164",
        "1,164",
        Kind.COUNT,
        ("1.164", "1164"),
    ),
    Form(
        "vietnamese thousands and decimals",
        "đạt 1.234,5 lượt",
        "1.234,5",
        Kind.COUNT,
        ("1234.5",),
        "lượt",
    ),
    Form(
        "english thousands and decimals",
        "đạt 1,234.5 lượt",
        "1,234.5",
        Kind.COUNT,
        ("1234.5",),
        "lượt",
    ),
    Form("leading zero", "toàn tỉnh ghi nhận 05 cas, giảm", "05", Kind.COUNT, ("5",), "cas"),
    Form("glued counter", "Đang truy cập268\n", "268", Kind.COUNT, ("268",)),
    Form("percent with a space", "tỷ lệ đạt 45 % dân số", "45 %", Kind.PERCENT, ("45",), "%"),
    Form(
        "percent in words", "tăng 12 phần trăm so với", "12 phần trăm", Kind.PERCENT, ("12",), "%"
    ),
    # scale words
    Form(
        "scale tỷ with money",
        "với số tiền gần 1,6 tỷ đồng.",
        "1,6 tỷ",
        Kind.MONEY,
        ("1600000000",),
        "đồng",
        Qualifier.APPROX,
    ),
    Form("scale tỉ spelling", "chi 3 tỉ đồng", "3 tỉ", Kind.MONEY, ("3000000000",), "đồng"),
    Form("scale triệu", "hỗ trợ 250 triệu đồng", "250 triệu", Kind.MONEY, ("250000000",), "đồng"),
    Form(
        "scale nghìn with a count", "tiêm 12 nghìn liều", "12 nghìn", Kind.COUNT, ("12000",), "liều"
    ),
    Form(
        "scale ngàn spelling",
        "hơn 5 ngàn người",
        "5 ngàn",
        Kind.COUNT,
        ("5000",),
        "người",
        Qualifier.OVER,
    ),
    Form(
        "scale nghìn tỷ",
        "tổng chi 1,2 nghìn tỷ đồng",
        "1,2 nghìn tỷ",
        Kind.MONEY,
        ("1200000000000",),
        "đồng",
    ),
    Form(
        "scale without unit after money words",
        "kinh phí 2,5 tỷ, đạt",
        "2,5 tỷ",
        Kind.MONEY,
        ("2500000000",),
    ),
    Form("money unit VNĐ", "mức phạt 500.000 VNĐ", "500.000", Kind.MONEY, None, "vnđ"),
    Form("tỷ lệ is not a scale", "có 3 tỷ lệ", "3", Kind.COUNT, ("3",)),
    # ratios and slash dates
    Form("ratio with unit", "thể: 500/604 cơ sở đạt", "500/604", Kind.RATIO, ("500",), "cơ sở"),
    Form("ratio by cue word", "đạt 9/12 chỉ tiêu", "9/12", Kind.RATIO, ("9",), "chỉ tiêu"),
    Form("ratio by cue without unit", "đạt 9/12, tăng", "9/12", Kind.RATIO, ("9",)),
    Form("ratio by unit without cue", "toàn huyện 9/12 xã đạt", "9/12", Kind.RATIO, ("9",), "xã"),
    Form("ratio that cannot be a date", "kết quả 17/19.", "17/19", Kind.RATIO, ("17",)),
    Form(
        "spaced ratio with unit",
        "có 500 / 604 cơ sở đạt",
        "500 / 604",
        Kind.RATIO,
        ("500",),
        "cơ sở",
    ),
    Form(
        "spaced ratio by cue word", "đạt 9 / 12 chỉ tiêu", "9 / 12", Kind.RATIO, ("9",), "chỉ tiêu"
    ),
    Form("half-spaced ratio", "có 500/ 604 xã đạt", "500/ 604", Kind.RATIO, ("500",), "xã"),
    Form(
        "spaced fraction",
        "khoảng 1 / 2 số trạm",
        "1 / 2",
        Kind.RATIO,
        ("1",),
        None,
        Qualifier.APPROX,
    ),
    Form(
        "spaced slash without a ratio context stays apart", "tháng 6 / 2023 ghi", "2023", Kind.YEAR
    ),
    Form("ratio of big numbers", "phê duyệt 2939/4431 đạt", "2939/4431", Kind.RATIO, ("2939",)),
    Form("date day month year", "Chiều ngày 3/1/2024, Trung tâm", "3/1/2024", Kind.DATE, ("2024",)),
    Form("padded date", "Thứ năm - 06/04/2023 15:17", "06/04/2023", Kind.DATE, ("2023",)),
    Form("time after a date", "Thứ năm - 06/04/2023 15:17", "15:17", Kind.TIME, ()),
    Form("time with seconds", "Ngày 09/01/2021 16:14:14", "16:14:14", Kind.TIME, ()),
    Form("time in hours", "khai mạc lúc 15h30 ngày", "15h30", Kind.TIME, ()),
    Form("day month after a time-of-day word", "Chiều 22/12, Sở Y tế", "22/12", Kind.DATE, ()),
    Form("bare day month is a date", "hội nghị 22/12 tại Hà Tĩnh", "22/12", Kind.DATE, ()),
    Form(
        "first day of a bracketed day list",
        "Trong hai ngày (14 và 15/11), hội nghị",
        "14",
        Kind.DATE,
        ("14",),
    ),
    Form(
        "first day of a bracketed day range",
        "Sáng (8 - 9/3), Sở Y tế",
        "8",
        Kind.DATE,
        ("8",),
    ),
    Form("first day of a day list after ngày", "ngày 27, 28/6 tại", "27", Kind.DATE, ("27",)),
    Form("a day list needs a day cue", "tiêm cho 5 và 6/10 trẻ", "5", Kind.COUNT, ("5",)),
    Form("day month after ngày", "tính từ ngày 01/01 đến", "01/01", Kind.DATE, ()),
    Form("dotted date", "ngày 22.12.2023 tại", "22.12.2023", Kind.DATE, ("2023",)),
    Form("dashed date", "ngày 8-1-2021 tại", "8-1-2021", Kind.DATE, ("2021",)),
    Form("iso year month", " date 2023-12 Quyết", "2023-12", Kind.DATE, ("2023",)),
    Form("month year", "trong tháng 6/2023 toàn", "6/2023", Kind.DATE, ("2023",)),
    # day-month with a hyphen or a dot: a date after a day cue, else a range or a number
    Form("hyphen day month after a time-of-day word", "Tối 27-12, Sở Y tế", "27-12", Kind.DATE, ()),
    Form("hyphen day month after ngày", "khai mạc ngày 9-4 tại", "9-4", Kind.DATE, ()),
    Form("hyphen day month after hôm", "hôm 21-11 vừa qua", "21-11", Kind.DATE, ()),
    Form("hyphen day month after vào", "vào 19-5, đoàn công tác", "19-5", Kind.DATE, ()),
    Form("day month after a weekday", "vào thứ Sáu (22-9) vừa qua", "22-9", Kind.DATE, ()),
    Form("day month after Chủ nhật", "Chủ nhật, 3-3 tại xã", "3-3", Kind.DATE, ()),
    Form("dotted day month after a time-of-day word", "Trưa 14.2, đoàn", "14.2", Kind.DATE, ()),
    Form("day month before a year", "Sáng 3-1 năm 2024 tại", "3-1", Kind.DATE, ()),
    Form("day month before a name", "Chiều 8-3 Bệnh viện Nhi tổ", "8-3", Kind.DATE, ()),
    Form(
        "hyphen pair without a cue is a range",
        "khoảng 8-10 người",
        "8",
        Kind.COUNT,
        ("8",),
        "người",
        Qualifier.APPROX,
    ),
    Form("range after vào keeps its unit", "đưa vào 3-5 người", "3", Kind.COUNT, ("3",), "người"),
    Form(
        "month range after vào stays a range",
        "vào 6-9 tháng tuổi",
        "6",
        Kind.AGE,
        ("6",),
        "tháng tuổi",
    ),
    Form(
        "percent range after a cue stays a range",
        "sáng 10-12% dân",
        "10",
        Kind.PERCENT,
        ("10",),
        "%",
    ),
    Form(
        "impossible month stays two numbers",
        "Chiều 12-25 kỹ thuật",
        "12",
        Kind.COUNT,
        ("12",),
        "kỹ thuật",
    ),
    Form("dotted decimal without a cue", "chỉ số đạt 3.12 so với", "3.12", Kind.COUNT, ("3.12",)),
    Form("day after ngày in words", "Ngày 29 tháng 06 năm 2020", "29", Kind.DATE, ("29",)),
    Form("month after tháng in words", "Ngày 29 tháng 06 năm 2020", "06", Kind.DATE, ("6",)),
    Form("year after năm in words", "Ngày 29 tháng 06 năm 2020", "2020", Kind.YEAR, ("2020",)),
    # years
    Form("year after năm", "tổng kết năm 2023; phương hướng", "2023", Kind.YEAR, ("2023",)),
    Form("bare year", "tầm nhìn 2030; Chỉ đạo", "2030", Kind.YEAR, ("2030",)),
    Form("year range left", "giai đoạn 2020 - 2025, tầm", "2020", Kind.YEAR, ("2020",)),
    Form("year range right", "giai đoạn 2020 - 2025, tầm", "2025", Kind.YEAR, ("2025",)),
    Form("year range unspaced", "từ năm 2013- 2019, quan", "2019", Kind.YEAR, ("2019",)),
    Form("years listed with a comma", "các năm 2013,2014 đều", "2014", Kind.YEAR, ("2014",)),
    Form(
        "year-like count with a unit", "kiểm tra 2022 cơ sở", "2022", Kind.COUNT, ("2022",), "cơ sở"
    ),
    Form("school year pair", "năm học 2022/2023 có", "2022/2023", Kind.PERIOD, ("2022",)),
    # document codes
    Form("decision code", "Quyết định số 1300/QĐ-BYT ngày", "1300/QĐ-BYT", Kind.CODE, ()),
    Form("glued decision code", "Quyết định số1038/QĐ-UBND ngày", "1038/QĐ-UBND", Kind.CODE, ()),
    Form("party conclusion code", "Kết luận số 45-KL/TW của", "45-KL/TW", Kind.CODE, ()),
    Form("decree code with year", "Nghị định 12/2023/NĐ-CP quy", "12/2023/NĐ-CP", Kind.CODE, ()),
    Form("code with lowercase letters", "Tờ trình 05/TTr-SYT về", "05/TTr-SYT", Kind.CODE, ()),
    Form("three-part slash", "mục 1/2/3 của", "1/2/3", Kind.CODE, ()),
    # names with digits
    Form("COVID-19", "phòng, chống dịch COVID-19 trên", "19", Kind.NAME, ("19",)),
    Form("Covid-19", "dịch Covid-19; tăng", "19", Kind.NAME, ("19",)),
    Form("SARS-CoV-2", "virus SARS-CoV-2 gây", "2", Kind.NAME),
    Form("hospital number", "tại Bệnh viện 108 có", "108", Kind.NAME, ("108",)),
    Form("plan number", "theo Kế hoạch 215 của UBND tỉnh", "215", Kind.NAME, ("215",)),
    Form("assistant doctors", "trong đó có 3 y sĩ đa khoa", "3", Kind.COUNT, ("3",), "y sĩ"),
    Form(
        "planned count after kế hoạch",
        "số giường kế hoạch 320 giường, thực kê",
        "320",
        Kind.COUNT,
        ("320",),
        "giường",
    ),
    Form(
        "planned visits after kế hoạch",
        "chỉ tiêu kế hoạch 45.000 lượt khám",
        "45.000",
        Kind.COUNT,
        ("45000",),
        "lượt",
    ),
    Form("urban district", "người dân Quận 3 được", "3", Kind.NAME, ("3",)),
    Form("F0", "số F0 giảm", "0", Kind.NAME, ("0",)),
    Form("influenza strain", "cúm A/H5N1 tại", "5", Kind.NAME),
    Form("project number", "thuộc Đề án 06 về", "06", Kind.NAME, ("6",)),
    Form("time zone", "16:14:14 (GMT+7)", "7", Kind.NAME),
    Form("campaign with a capital", "thông điệp 5K của", "5", Kind.NAME),
    Form("group number", "tài chính nhóm 2. Đồng", "2", Kind.NAME),
    Form("total is not a name", "tổng số 604 cơ sở", "604", Kind.COUNT, ("604",), "cơ sở"),
    Form("admission is not a name", "nhập viện 50 ca", "50", Kind.COUNT, ("50",), "ca"),
    # ordinals
    Form("ordinal thứ", "Đại hội lần thứ 5 của", "5", Kind.ORDINAL, ("5",)),
    Form("vaccine dose", "tiêm mũi 3 cho", "3", Kind.ORDINAL, ("3",)),
    # ages
    Form("age under", "trẻ dưới 1 tuổi được", "1", Kind.AGE, ("1",), "tuổi", Qualifier.UNDER),
    Form("age in months", "trẻ 6 - 36 tháng tuổi", "36", Kind.AGE, ("36",), "tháng tuổi"),
    Form("age range left end", "trẻ 6 - 36 tháng tuổi", "6", Kind.AGE, ("6",), "tháng tuổi"),
    Form(
        "age or more", "người 60 tuổi trở lên", "60", Kind.AGE, ("60",), "tuổi", Qualifier.AT_LEAST
    ),
    Form(
        "life expectancy is a measure",
        "tuổi thọ 73,5 tuổi",
        "73,5",
        Kind.MEASURE,
        ("73.5",),
        "tuổi",
    ),
    # period lengths and durations
    Form("period of months", "sơ kết 6 tháng đầu năm 2020", "6", Kind.PERIOD, ("6",), "tháng"),
    Form("period of years", "bộ tiêu chí sau 3 năm; tập", "3", Kind.PERIOD, ("3",), "năm"),
    Form("anniversary years", "kỷ niệm 68 năm Ngày Thầy thuốc", "68", Kind.PERIOD, ("68",), "năm"),
    Form("numeric quarter", "trong quý 3 năm", "3", Kind.PERIOD, ("3",)),
    Form(
        "fractional duration", "nằm viện trung bình 5,6 ngày", "5,6", Kind.MEASURE, ("5.6",), "ngày"
    ),
    Form("seconds", "Thời gian chờ: 60 giây", "60", Kind.MEASURE, ("60",), "giây"),
    Form("weight", "tiêu hủy 120 kg thực phẩm", "120", Kind.MEASURE, ("120",), "kg"),
    # per capita
    Form(
        "per-capita denominator", "số bác sĩ/10.000 dân đạt", "10.000", Kind.PER_CAPITA, None, "dân"
    ),
    Form(
        "rate per vạn dân",
        "đạt 10,5 bác sĩ/vạn dân.",
        "10,5",
        Kind.MEASURE,
        ("10.5",),
        "bác sĩ/vạn dân",
    ),
    Form(
        "rate per 100.000 after a slash",
        "mắc 15,2/100.000 dân",
        "15,2",
        Kind.MEASURE,
        ("15.2",),
        "/100.000 dân",
    ),
    Form(
        "collaborators are a counted unit",
        "có 860 cộng tác viên dân số",
        "860",
        Kind.COUNT,
        ("860",),
        "cộng tác viên",
    ),
    Form(
        "reference base of a ratio after a unit",
        "tỷ số là 108,3 bé trai/100 bé gái;",
        "100",
        Kind.PER_CAPITA,
        None,
        "bé",
    ),
    Form(
        "denominator of a slash rate",
        "mắc 15,2/100.000 dân",
        "100.000",
        Kind.PER_CAPITA,
        None,
        "dân",
    ),
    # Roman quarters
    Form("Roman quarter", "đánh giá công tác Quý I và", "I", Kind.PERIOD, ("1",), "quý"),
    Form("Roman quarter with year", "công tác quý II/2023 tập", "II", Kind.PERIOD, ("2",), "quý"),
    Form("year after a Roman quarter", "công tác quý II/2023 tập", "2023", Kind.YEAR, ("2023",)),
    Form("numeric quarter with year", "trong quý 1/2023 toàn", "1", Kind.PERIOD, ("1",), "quý"),
    Form("Roman quarter IV", "QUÝ IV NĂM 2022", "IV", Kind.PERIOD, ("4",), "quý"),
    # ranges
    Form("percent range left end", "đạt 100 - 120% kế hoạch", "100", Kind.PERCENT, ("100",), "%"),
    Form("percent range right end", "đạt 100 - 120% kế hoạch", "120%", Kind.PERCENT, ("120",), "%"),
    Form("money range left end", "từ 1,5 - 2 tỷ đồng", "1,5", Kind.MONEY, ("1500000000",), "đồng"),
    Form("range with đến", "từ 60 đến 80 tuổi", "60", Kind.AGE, ("60",), "tuổi"),
    Form("age range to under", "trẻ em từ 2 đến dưới 6 tuổi", "2", Kind.AGE, ("2",), "tuổi"),
    Form(
        "age range with tới and under",
        "người từ 50 tới dưới 65 tuổi",
        "50",
        Kind.AGE,
        ("50",),
        "tuổi",
    ),
    Form(
        "age range right end keeps under",
        "trẻ em từ 2 đến dưới 6 tuổi",
        "6",
        Kind.AGE,
        ("6",),
        "tuổi",
        Qualifier.UNDER,
    ),
    Form("age range to the end of", "trẻ từ 1 đến hết 5 tuổi", "1", Kind.AGE, ("1",), "tuổi"),
    Form(
        "age range from months",
        "trẻ từ 9 tháng đến dưới 2 tuổi",
        "9",
        Kind.AGE,
        ("9",),
        "tháng tuổi",
    ),
    Form(
        "age from with trở lên",
        "phụ nữ từ 35 tuổi trở lên",
        "35",
        Kind.AGE,
        ("35",),
        "tuổi",
        Qualifier.AT_LEAST,
    ),
    Form("age from alone", "người từ 65 tuổi được", "65", Kind.AGE, ("65",), "tuổi"),
    Form(
        "percent range to under", "giảm từ 20 đến dưới 30% số ca", "20", Kind.PERCENT, ("20",), "%"
    ),
    # qualifiers
    Form("gần is approx", "gần 1.000 người", "1.000", Kind.COUNT, None, "người", Qualifier.APPROX),
    Form("khoảng is approx", "khoảng 300 ca", "300", Kind.COUNT, ("300",), "ca", Qualifier.APPROX),
    Form(
        "ước tính is approx",
        "ước tính 20% dân số",
        "20%",
        Kind.PERCENT,
        ("20",),
        "%",
        Qualifier.APPROX,
    ),
    Form(
        "ước đạt is approx",
        "ước đạt 95% kế hoạch",
        "95%",
        Kind.PERCENT,
        ("95",),
        "%",
        Qualifier.APPROX,
    ),
    Form(
        "ước then any verb is approx",
        "tỷ lệ hộ nghèo ước giảm 4,5% so với",
        "4,5%",
        Kind.PERCENT,
        ("4.5",),
        "%",
        Qualifier.APPROX,
    ),
    Form(
        "ước then two words is approx",
        "ước thực hiện 2.300 lượt khám",
        "2.300",
        Kind.COUNT,
        ("2300",),
        "lượt",
        Qualifier.APPROX,
    ),
    Form("còn alone is exact", "nay chỉ còn 18% số hộ", "18%", Kind.PERCENT, ("18",), "%"),
    Form("hơn is over", "hơn 500 lượt", "500", Kind.COUNT, ("500",), "lượt", Qualifier.OVER),
    Form("trên is over", "trên 70% kỹ thuật", "70%", Kind.PERCENT, ("70",), "%", Qualifier.OVER),
    Form("dưới is under", "dưới 5% số hộ", "5%", Kind.PERCENT, ("5",), "%", Qualifier.UNDER),
    Form(
        "trở lên is at least",
        "từ 60% trở lên danh mục",
        "60%",
        Kind.PERCENT,
        ("60",),
        "%",
        Qualifier.AT_LEAST,
    ),
    Form(
        "ít nhất is at least", "ít nhất 2 lần", "2", Kind.COUNT, ("2",), "lần", Qualifier.AT_LEAST
    ),
    Form("đạt is exact", "đạt 94% so với", "94%", Kind.PERCENT, ("94",), "%"),
    Form(
        "sign ≥ is at least",
        "tỷ lệ ≥ 95% số xã",
        "95%",
        Kind.PERCENT,
        ("95",),
        "%",
        Qualifier.AT_LEAST,
    ),
    Form("sign > is over", "đạt >90% kế hoạch", "90%", Kind.PERCENT, ("90",), "%", Qualifier.OVER),
    # compounds, fractions and look-alikes
    Form(
        "compound scales",
        "chi 2 tỷ 350 triệu đồng cho",
        "2 tỷ 350 triệu",
        Kind.MONEY,
        ("2350000000",),
        "đồng",
    ),
    Form(
        "compound thousands",
        "hỗ trợ 1 triệu 200 nghìn đồng",
        "1 triệu 200 nghìn",
        Kind.MONEY,
        ("1200000",),
        "đồng",
    ),
    Form("fraction of a total", "giảm 1/3 số ca mắc", "1/3", Kind.RATIO, ("1",)),
    Form("fraction after tỷ lệ", "tỷ lệ 9/10 hộ", "9/10", Kind.RATIO, ("9",), "hộ"),
    Form("two-digit year date", "ngày 3/1/24 tại", "3/1/24", Kind.DATE, ("2024",)),
    Form("phone number", "ĐT: 0912345678", "0912345678", Kind.CODE),
    Form("square metres", "rộng 1.200 m2 sàn", "1.200", Kind.MEASURE, ("1200", "1.200"), "m2"),
    Form("square metres glued", "khu nhà 300m2, gồm", "300", Kind.MEASURE, ("300",), "m2"),
    Form("square metres superscript", "3.500 m² đất", "3.500", Kind.MEASURE, None, "m²"),
    Form("cubic metres", "xử lý 12 m3 nước", "12", Kind.MEASURE, ("12",), "m3"),
    Form("per mille", "tỷ suất sinh 15,2‰, giảm", "15,2‰", Kind.MEASURE, ("15.2",), "‰"),
    Form("per mille spaced after tỷ số", "tỷ số 12 ‰ năm", "12 ‰", Kind.MEASURE, ("12",), "‰"),
    Form("standard with its year", "đạt ISO 15189:2012 và", "15189:2012", Kind.CODE),
    Form("standard number", "chuẩn ISO 9001 tại", "9001", Kind.NAME),
    Form(
        "regulation with its year and agency",
        "theo QCVN 02:2009/BYT; lấy 48 mẫu",
        "02:2009/BYT",
        Kind.CODE,
    ),
    Form("regulation number", "đạt QCVN 01 về", "01", Kind.NAME),
    Form("standard year is no period", "ISO 9001:2015 năm 2022", "9001:2015", Kind.CODE),
    Form("minute of a clock time", "vào lúc 8 giờ 30 phút ngày", "30", Kind.TIME),
    Form("hour of a clock time without a cue", "từ 7 giờ 30 đến 11 giờ", "7", Kind.TIME),
    Form("minute before đến", "từ 7 giờ 30 đến 11 giờ", "30", Kind.TIME),
    Form("hour before a time of day", "vào 14 giờ chiều ngày 5/1", "14", Kind.TIME),
    Form("minute before cùng ngày", "lúc 20 giờ 45 cùng ngày", "45", Kind.TIME),
    Form("time after hồi", "hồi 9 giờ, đoàn", "9", Kind.TIME),
    Form(
        "hours then a count is no clock",
        "trong 24 giờ 10 ca mắc",
        "10",
        Kind.COUNT,
        ("10",),
        "ca mắc",
    ),
    Form("duration in hours", "sau 72 giờ 30 phút", "30", Kind.MEASURE, ("30",), "phút"),
    Form("week number", "tuần 12 ghi nhận 40 ca", "12", Kind.ORDINAL),
    Form("week number before a year", "đến tuần 20 năm 2024", "20", Kind.ORDINAL),
    Form("week of a year", "tuần 45/2024 có 3 ca", "45", Kind.ORDINAL),
    Form("year of a week", "tuần 45/2024 có 3 ca", "2024", Kind.YEAR),
    Form("count after tuần", "mỗi tuần 3 buổi", "3", Kind.COUNT, ("3",), "buổi"),
    Form("dong amount is whole", "giá 500.000 đ một lần", "500.000", Kind.MONEY, ("500000",), "đ"),
    Form("english-grouped dong", "phí 1,500 đồng mỗi", "1,500", Kind.MONEY, ("1500",), "đồng"),
    Form(
        "dollars keep both readings",
        "tài trợ 1.164 USD",
        "1.164",
        Kind.MONEY,
        ("1164", "1.164"),
        "usd",
    ),
    Form(
        "dong range start is whole", "từ 1.500 - 2.000 đồng", "1.500", Kind.MONEY, ("1500",), "đồng"
    ),
    Form("combination vaccine", "tiêm vắc xin 5 trong 1 cho trẻ", "5", Kind.NAME),
    Form("one of a combination vaccine", "tiêm vắc xin 6 trong 1, đạt", "1", Kind.NAME),
    Form("in one day is no vaccine", "tiêm 3 trong 1 ngày", "1", Kind.MEASURE, ("1",), "ngày"),
    Form("two in ten is no vaccine", "có 2 trong 10 ca", "10", Kind.COUNT, ("10",), "ca"),
    Form("residential group", "tại tổ dân phố 5, có", "5", Kind.NAME),
    Form("abbreviated hospital number", "năm qua, BV 175 đã tiếp nhận", "175", Kind.NAME),
    Form("abbreviated hospital number before a noun", "BV 103 có 42 khoa", "103", Kind.NAME),
    Form(
        "staff counted per abbreviated hospital",
        "cử về mỗi BV 4 bác sĩ",
        "4",
        Kind.COUNT,
        ("4",),
        "bác sĩ",
    ),
    Form(
        "grouped beds after the abbreviated hospital",
        "số giường BV 1.850 giường",
        "1.850",
        Kind.COUNT,
        ("1850",),
        "giường",
    ),
    Form(
        "abbreviated hospital number before a person noun",
        "BV 108 người bệnh được chuyển tuyến",
        "108",
        Kind.NAME,
    ),
    Form("glued diabetes type", "bệnh nhân đái tháo đường typ2 được", "2", Kind.NAME),
    Form("residential block", "2 ca mắc ở khối 4 và khối 9 của phường", "4", Kind.NAME),
    Form("second residential block", "2 ca mắc ở khối 4 và khối 9 của phường", "9", Kind.NAME),
    Form("block of a town", "tổ chức tại khối phố 6, có", "6", Kind.NAME),
    Form("phone in groups", "Gọi 0913 456 789 để", "0913 456 789", Kind.CODE),
    Form("landline in groups", "liên hệ 0262 3852 315.", "0262 3852 315", Kind.CODE),
    Form("landline with area code in brackets", "ĐT (0262) 3852315.", "0262) 3852315", Kind.CODE),
    Form("hotline 1900 in groups", "hotline 1900 9095 của", "1900 9095", Kind.CODE),
    Form("hotline with a dot is no decimal", "gọi 1900.9095 để", "1900.9095", Kind.CODE),
    Form("short number after a phone cue", "gọi hotline 115 ngay", "115", Kind.CODE),
    Form("number after đường dây nóng", "đường dây nóng 1022 của", "1022", Kind.CODE),
    Form("phone cue and a colon", "Hotline: 1022 để", "1022", Kind.CODE),
    Form("tel and a colon", "Tel: 115.", "115", Kind.CODE),
    Form(
        "phone cue and a colon before a counted noun",
        "tư vấn qua điện thoại: 1.200 lượt",
        "1.200",
        Kind.COUNT,
        ("1200",),
        "lượt",
    ),
    Form(
        "phone cue before a counted noun",
        "tổng đài nhận 500 cuộc gọi",
        "500",
        Kind.COUNT,
        ("500",),
        "cuộc",
    ),
    Form("ngay is no unit", "cấp cứu 115 ngay", "115", Kind.COUNT, ("115",)),
    Form("three groups short of a phone stay counts", "có 012 345 678", "345", Kind.COUNT),
    Form("COVID with a space", "dịch COVID 19 tại", "19", Kind.NAME, ("19",)),
    Form("comparative hơn stays exact", "cao hơn 5% so với", "5%", Kind.PERCENT, ("5",), "%"),
    Form("upper level is no qualifier", "chuyển tuyến trên 73 ca", "73", Kind.COUNT, ("73",), "ca"),
    Form("recall is no clock time", "đã thu hồi 7 lô thuốc", "7", Kind.COUNT, ("7",), "lô"),
    Form("recovery is no clock time", "phục hồi 9 bệnh nhân", "9", Kind.COUNT, ("9",), "bệnh nhân"),
    Form("hồi before an hour is a time", "vào hồi 9 giờ sáng", "9", Kind.TIME),
    Form("blocks of a ward", "tại 11/11 khối dân cư", "11/11", Kind.RATIO, ("11",), "khối"),
    Form("residential groups", "8/8 tổ dân phố", "8/8", Kind.RATIO, ("8",), "tổ dân phố"),
    Form("quarters of a town", "tại 10/10 khu phố", "10/10", Kind.RATIO, ("10",), "khu phố"),
    Form("hamlets of the south", "8/8 ấp có nhân viên y tế", "8/8", Kind.RATIO, ("8",), "ấp"),
    Form("villages of the highlands", "9/9 buôn đã có", "9/9", Kind.RATIO, ("9",), "buôn"),
    Form("a hamlet number stays a name", "tại ấp 3, xã An Thạnh", "3", Kind.NAME),
    Form("a day and month stays a date", "ngày 10/10 khai mạc", "10/10", Kind.DATE),
    Form("superior level is no qualifier", "cấp trên 12 lần", "12", Kind.COUNT, ("12",), "lần"),
    Form(
        "trên after another noun is over",
        "điều trị trên 73 ca",
        "73",
        Kind.COUNT,
        ("73",),
        "ca",
        Qualifier.OVER,
    ),
    # counted nouns take whole numbers: an ambiguous group reads as thousands only
    Form(
        "counted noun after a dot group", "có 1.164 người", "1.164", Kind.COUNT, ("1164",), "người"
    ),
    Form(
        "counted noun after a comma group",
        "có 1,164 người",
        "1,164",
        Kind.COUNT,
        ("1164",),
        "người",
    ),
    Form("counted visits", "Thực hiện 75.135 lượt khám", "75.135", Kind.COUNT, ("75135",), "lượt"),
    Form(
        "counted noun keeps a one-digit decimal",
        "trung bình 1,5 lượt",
        "1,5",
        Kind.COUNT,
        ("1.5",),
        "lượt",
    ),
    Form(
        "score may be fractional", "đạt 1.164 điểm", "1.164", Kind.COUNT, ("1164", "1.164"), "điểm"
    ),
    Form(
        "factor may be fractional", "gấp 1,500 lần", "1,500", Kind.COUNT, ("1.500", "1500"), "lần"
    ),
    Form(
        "scaled count keeps both readings",
        "đạt 1,234 nghìn lượt",
        "1,234 nghìn",
        Kind.COUNT,
        ("1234", "1234000"),
        "lượt",
    ),
    Form(
        "ratio of counted nouns",
        "đạt 1.200/1.500 lượt",
        "1.200/1.500",
        Kind.RATIO,
        ("1200",),
        "lượt",
    ),
    Form(
        "vượt before a percent is over",
        "tỷ lệ hoàn thành kế hoạch vượt 100% trong năm",
        "100%",
        Kind.PERCENT,
        ("100",),
        "%",
        Qualifier.OVER,
    ),
    Form(
        "vượt a percent of the plan is the excess, exact",
        "doanh thu vượt 8,5% kế hoạch năm",
        "8,5%",
        Kind.PERCENT,
        ("8.5",),
        "%",
    ),
    Form(
        "vượt a percent compared with is the excess, exact",
        "số ca sinh vượt 3% so với năm trước",
        "3%",
        Kind.PERCENT,
        ("3",),
        "%",
    ),
    Form(
        "trên before a percent in brackets is over",
        "tỷ lệ sử dụng (trên 90%) cao",
        "90%",
        Kind.PERCENT,
        ("90",),
        "%",
        Qualifier.OVER,
    ),
    Form(
        "range end before a counted noun",
        "từ 1.500 - 2.000 lượt",
        "1.500",
        Kind.COUNT,
        ("1500",),
        "lượt",
    ),
]


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.scenario)
def test_form_is_read(form: Form) -> None:
    mention = mention_of(form.text, form.raw, form.nth)
    assert mention.kind is form.kind
    assert mention.raw == form.text[mention.start : mention.end]
    if form.values is not None:
        assert mention.values == tuple(D(value) for value in form.values)
    if form.unit is not None or form.kind in QUANTITY_KINDS:
        assert mention.unit == form.unit
    assert mention.qualifier is form.qualifier


def test_ratio_keeps_both_sides_and_their_spans() -> None:
    text = "thể: 500/604 cơ sở đạt"
    mention = mention_of(text, "500/604")
    assert mention.denominator == (D("604"),)
    assert mention.parts == (span_of(text, "500"), span_of(text, "604"))


def test_spaced_ratio_keeps_both_sides_and_their_spans() -> None:
    text = "Đã có 500 / 604 cơ sở đạt chuẩn."
    mention = mention_of(text, "500 / 604")
    assert mention.denominator == (D("604"),)
    assert mention.parts == (span_of(text, "500"), span_of(text, "604"))
    assert locate_value(text, 604, "cơ sở") == [span_of(text, "604")]


def test_power_of_a_unit_is_no_number() -> None:
    text = "Khu nhà rộng 1.200 m2 sàn, 300m2 đất và 5 km2 rừng."
    assert [m.raw for m in find_numbers(text)] == ["1.200", "300", "5"]
    assert locate_value(text, 2) == []


def test_ratio_of_counted_nouns_reads_whole_denominator() -> None:
    assert mention_of("đạt 1.200/1.500 lượt", "1.200/1.500").denominator == (D("1500"),)


def test_counted_units_are_count_units() -> None:
    assert numerals.COUNTED_UNITS <= numerals.COUNT_UNITS
    assert {"lượt", "người", "cơ sở", "ca", "cas", "trường hợp", "xã", "đoàn"} <= (
        numerals.COUNTED_UNITS
    )
    assert {"kỹ thuật", "bệnh nhân"} <= numerals.COUNTED_UNITS
    assert not numerals.FRACTIONAL_COUNT_UNITS & numerals.COUNTED_UNITS


def test_scale_is_recorded_and_applied() -> None:
    mention = mention_of("gần 1,6 tỷ đồng", "1,6 tỷ")
    assert mention.scale == BILLION
    assert mention.values == (D("1600000000"),)


# --- read_number: (scenario, raw, readings) --------------------------------------------------

READINGS = [
    ("plain", "655239", ("655239",)),
    ("leading zeros", "007", ("7",)),
    ("vietnamese thousands", "655.239", ("655239", "655.239")),
    ("two dot groups", "1.474.662", ("1474662",)),
    ("vietnamese decimal", "82,8", ("82.8",)),
    ("english decimal", "66.7", ("66.7",)),
    ("english thousands", "42,117,726", ("42117726",)),
    ("comma three digits", "1,164", ("1.164", "1164")),
    ("zero before a group is a decimal", "0,500", ("0.500",)),
    ("mixed vietnamese", "1.234.567,89", ("1234567.89",)),
    ("mixed english", "1,234,567.89", ("1234567.89",)),
    ("broken grouping", "1.23.456", ()),
    ("decimal mark twice", "1,234,5.6", ()),
]


@pytest.mark.parametrize(("scenario", "raw", "readings"), READINGS, ids=[r[0] for r in READINGS])
def test_read_number(scenario: str, raw: str, readings: tuple[str, ...]) -> None:
    assert read_number(raw) == tuple(D(reading) for reading in readings)


# --- locate: (scenario, text, value, unit, raw that must be the span, or None for no span) ---

LOCATES = [
    ("scaled value with its unit", "gần 1,6 tỷ đồng", 1600000000, "đồng", "1,6 tỷ"),
    ("value as written with a scaled unit", "gần 1,6 tỷ đồng", D("1.6"), "tỷ đồng", "1,6 tỷ"),
    ("value as written alone", "gần 1,6 tỷ đồng", 1.6, None, "1,6 tỷ"),
    ("scaled value as a string", "gần 1,6 tỷ đồng", "1600000000", None, "1,6 tỷ"),
    ("written string", "gần 1,6 tỷ đồng", "1,6", "tỷ đồng", "1,6 tỷ"),
    ("percent as points", "(đạt 82,8%)", D("82.8"), "%", "82,8%"),
    ("percent as a fraction", "(đạt 82,8%)", 0.828, None, "82,8%"),
    ("percent as a string", "(đạt 82,8%)", "82,8%", None, "82,8%"),
    ("ratio numerator", "thể: 500/604 cơ sở", 500, "cơ sở", "500"),
    ("ratio denominator", "thể: 500/604 cơ sở", 604, None, "604"),
    ("leading zeros", "ghi nhận 05 cas", 5, "cas", "05"),
    ("ambiguous as thousands", "có 1.164 người", 1164, None, "1.164"),
    ("ambiguous as decimal", "chỉ số đạt 1.164, tăng", D("1.164"), None, "1.164"),
    ("english thousands", "tổng 1,474,662 lượt", 1474662, None, "1,474,662"),
    ("range left end", "đạt 100 - 120% kế hoạch", 100, "%", "100"),
    ("compound as written", "chi 2 tỷ 350 triệu đồng", D("2.35"), "tỷ đồng", "2 tỷ 350 triệu"),
    ("compound in plain units", "chi 2 tỷ 350 triệu đồng", 2350000000, None, "2 tỷ 350 triệu"),
    ("phone never grounds", "ĐT: 0912345678", 912345678, None, None),
    ("thousands of dong never ground a few dong", "giá 500.000 đ một lần", 500, "đồng", None),
    ("phone in groups never grounds", "Gọi 0913 456 789 để", 456, None, None),
    ("hotline never grounds", "hotline 1900 9095 của", 9095, None, None),
    ("absent value", "khám 75.135 lượt", 75136, None, None),
    ("date never grounds its day", "Chiều ngày 3/1/2024, Trung tâm", 3, None, None),
    ("date never grounds its year", "Chiều ngày 3/1/2024, Trung tâm", 2024, None, None),
    ("bare day month never grounds", "Chiều 22/12, Sở", 22, None, None),
    ("code never grounds", "Quyết định số 1300/QĐ-BYT", 1300, None, None),
    ("glued code never grounds", "Quyết định số1038/QĐ-UBND", 1038, None, None),
    ("party code never grounds", "Kết luận 45-KL/TW", 45, None, None),
    ("time never grounds", "06/04/2023 15:17", 15, None, None),
    ("name never grounds", "dịch COVID-19", 19, None, None),
    ("hospital never grounds", "Bệnh viện 108", 108, None, None),
    ("year never grounds a quantity", "tổng kết năm 2023", 2023, None, None),
    ("quarter never grounds", "công tác Quý II", 2, None, None),
    ("age never grounds", "trẻ dưới 1 tuổi", 1, None, None),
    ("period never grounds", "sơ kết 6 tháng đầu năm", 6, None, None),
    ("per-capita denominator never grounds", "bác sĩ/10.000 dân", 10000, None, None),
    ("not a number", "khám 75.135 lượt", "nhiều", None, None),
    ("infinite decimal", "khám 75.135 lượt", D("Infinity"), None, None),
    ("not-a-number float", "khám 75.135 lượt", float("nan"), None, None),
    # a unit constrains the match: percent
    ("percent unit never grounds a count", "kiểm tra 604 cơ sở", 604, "%", None),
    ("percent unit never grounds a ratio side", "thể: 500/604 cơ sở", 500, "%", None),
    ("percent points with %", "(đạt 82,8%)", D("82.8"), "%", "82,8%"),
    ("percent fraction with %", "(đạt 82,8%)", 0.828, "%", "82,8%"),
    ("percent in words as unit", "(đạt 82,8%)", D("82.8"), "phần trăm", "82,8%"),
    ("english decimal percent", "đạt 66.7% DMKT", D("66.7"), "%", "66.7%"),
    ("percent unit with spaces", "đạt 94% so với", 94, " % ", "94%"),
    # money
    ("money unit never grounds a percent", "đạt 94% so với", 94, "đồng", None),
    ("money unit never grounds a count", "kiểm tra 604 cơ sở", 604, "đồng", None),
    ("money unit with another scale", "gần 1,6 tỷ đồng", D("1.6"), "triệu đồng", None),
    ("money as written without its scale", "gần 1,6 tỷ đồng", D("1.6"), "đồng", None),
    ("multiplied money with a scaled unit", "gần 1,6 tỷ đồng", 1600000000, "tỷ đồng", "1,6 tỷ"),
    ("money in another scale", "gần 1,6 tỷ đồng", 1600, "triệu đồng", "1,6 tỷ"),
    ("money in USD", "tài trợ 2 triệu USD", 2000000, "USD", "2 triệu"),
    ("money unit on a scaled figure", "đạt 2,5 tỷ, tăng", 2500000000, "đồng", "2,5 tỷ"),
    ("scale word alone as unit", "gần 1,6 tỷ đồng", D("1.6"), "tỷ", "1,6 tỷ"),
    # nouns
    ("noun unit never grounds a percent", "đạt 94% so với", 94, "lượt", None),
    ("noun unit never reads a percent as a fraction", "(đạt 82,8%)", 0.828, "lượt", None),
    ("noun unit never grounds money", "phạt 500.000 đồng", 500000, "lượt", None),
    ("noun unit grounds a ratio side", "thể: 500/604 cơ sở", 604, "cơ sở", "604"),
    ("noun unit grounds a bare number", "Tháng hiện tại1,474,662", 1474662, "lượt", "1,474,662"),
    ("noun prefix of the scanner's unit", "ghi nhận 05 cas", 5, "ca", "05"),
    ("noun longer than the scanner's unit", "khám 655.239 lượt người", 655239, "lượt người",
     "655.239"),
    ("noun unlike the scanner's guess", "phê duyệt 260 bộ hồ sơ", 260, "hồ sơ", "260"),
    ("measure unit never grounds a count", "nhập viện 50 ca", 50, "ngày", None),
    ("count unit never grounds a measure", "tiêu hủy 120 kg thực phẩm", 120, "người", None),
    ("measure with its unit", "nằm viện trung bình 5,6 ngày", D("5.6"), "ngày", "5,6"),
    ("scaled count in plain units", "tiêm 12 nghìn liều", 12000, "liều", "12 nghìn"),
    ("scaled count as written", "tiêm 12 nghìn liều", 12, "nghìn liều", "12 nghìn"),
    ("scaled count as written without its scale", "tiêm 12 nghìn liều", 12, "liều", None),
    ("blank unit is no unit", "(đạt 82,8%)", 0.828, "  ", "82,8%"),
    # counted nouns have no fractional reading
    ("visits are never fractional", "khám 75.135 lượt", D("75.135"), "lượt", None),
    ("visits are never fractional without a unit", "khám 75.135 lượt", D("75.135"), None, None),
    ("visits as thousands", "khám 75.135 lượt", 75135, "lượt", "75.135"),
    ("visits with a one-digit decimal", "trung bình 1,5 lượt", D("1.5"), "lượt", "1,5"),
    # dates and ages never ground a quantity
    ("day of a hyphen date", "Tối 27-12, Sở Y tế họp", 27, None, None),
    ("month of a hyphen date", "Tối 27-12, Sở Y tế họp", 12, None, None),
    ("lower age bound", "tiêm cho trẻ em từ 2 đến dưới 6 tuổi", 2, None, None),
    ("lower age bound with a noun", "tiêm cho trẻ em từ 2 đến dưới 6 tuổi", 2, "trẻ", None),
    ("count range without a cue", "khoảng 8-10 người", 8, "người", "8"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("scenario", "text", "value", "unit", "raw"), LOCATES, ids=[case[0] for case in LOCATES]
)
def test_locate_value(
    scenario: str, text: str, value: Decimal | int | float | str, unit: str | None, raw: str | None
) -> None:
    expected = [] if raw is None else [span_of(text, raw)]
    assert locate_value(text, value, unit) == expected
    assert locate_value(NumberIndex(text), value, unit) == expected


YEAR_LOCATES = [
    ("year after a Roman quarter and a hyphen", "Sơ kết quý III-2023, Sở", 2023, "2023"),
    ("year after năm", "tổng kết năm 2023;", 2023, "2023"),
    ("year inside a date", "Chiều ngày 3/1/2024, Trung", 2024, "2024"),
    ("year of an iso month", "date 2023-12 Quyết", 2023, "2023"),
    ("year after a Roman quarter", "quý II/2023 tập", 2023, "2023"),
    ("year of a month-year date", "tháng 6/2023 toàn", 2023, "2023"),
]


@pytest.mark.parametrize(
    ("scenario", "text", "year", "raw"), YEAR_LOCATES, ids=[case[0] for case in YEAR_LOCATES]
)
def test_locate_year_with_year_kinds(scenario: str, text: str, year: int, raw: str) -> None:
    assert NumberIndex(text).locate(year, kinds=YEAR_KINDS) == [span_of(text, raw)]


# The reviewer's sentences from the sample golds: each reported figure with its unit.
GOLD_SENTENCES = [
    ("money as written", "số tiền gần 1,6 tỷ đồng", D("1.6"), "tỷ đồng", "1,6 tỷ"),
    ("money in plain units", "số tiền gần 1,6 tỷ đồng", 1600000000, "đồng", "1,6 tỷ"),
    ("percent fraction", "500/604 cơ sở đạt (đạt 82,8%)", D("0.828"), "%", "82,8%"),
    ("percent points", "500/604 cơ sở đạt (đạt 82,8%)", D("82.8"), "%", "82,8%"),
    ("ratio numerator", "500/604 cơ sở đạt (đạt 82,8%)", 500, "cơ sở", "500"),
    ("ratio denominator", "500/604 cơ sở đạt (đạt 82,8%)", 604, "cơ sở", "604"),
    ("leading zero", "toàn tỉnh ghi nhận 05 cas", 5, "cas", "05"),
    ("english percent", "2939/4431 đạt 66.7% DMKT", D("66.7"), "%", "66.7%"),
    ("count is no percent", "kiểm tra 604 cơ sở trên địa bàn", 604, "%", None),
    ("percent is no money", "75.135 lượt khám chữa bệnh, đạt 94% so với", 94, "đồng", None),
    ("percent is no count", "(đạt 82,8%)", D("0.828"), "lượt", None),
    ("visits are whole", "Thực hiện 75.135 lượt khám chữa bệnh", D("75.135"), "lượt", None),
]


@pytest.mark.parametrize(
    ("scenario", "text", "value", "unit", "raw"),
    GOLD_SENTENCES,
    ids=[case[0] for case in GOLD_SENTENCES],
)
def test_locate_in_gold_sentences(
    scenario: str, text: str, value: Decimal | int, unit: str, raw: str | None
) -> None:
    expected = [] if raw is None else [span_of(text, raw)]
    assert NumberIndex(text).locate(value, unit) == expected


def test_locate_returns_every_occurrence_sorted() -> None:
    text = "80% số xã; từ 80% trở lên"
    assert locate_value(text, 80, "%") == [span_of(text, "80%"), span_of(text, "80%", 1)]


# --- real news forms: dates and identifiers are no quantities, true hyphen forms stay ---------
# (scenario, text, raw, nth): every digit of ``raw`` is read as no quantity, and no number
# printed in it grounds a quantity. Sentences written for these tests in the genre's forms.

NOT_QUANTITIES = [
    ("hyphen date after ngày", "Hội nghị diễn ra ngày 24-7 tại hội trường Sở.", "24-7", 0),
    ("hyphen date after a time of day", "Sáng 15-12, Sở Y tế tổ chức hội nghị.", "15-12", 0),
    ("hyphen date in brackets", "Hội nghị sơ kết (ngày 2-9) có 120 đại biểu.", "2-9", 0),
    ("hyphen date with its year", "Ngày 3-1-2024, trung tâm khai trương.", "3-1-2024", 0),
    ("date range start", "Chiến dịch diễn ra từ 24-7 đến 31-7 tại các xã.", "24-7", 0),
    ("date range end", "Chiến dịch diễn ra từ 24-7 đến 31-7 tại các xã.", "31-7", 0),
    ("date range ending a sentence", "Đợt tiêm kéo dài từ 1-3 đến 15-3.", "15-3", 0),
    ("date after đến", "Đến 30-6, toàn huyện tiêm được 1.200 liều.", "30-6", 0),
    ("date after tính đến", "đạt 95% kế hoạch (tính đến 30-11).", "30-11", 0),
    ("date after trước", "Trước 15-7 các đơn vị gửi báo cáo về Sở.", "15-7", 0),
    ("date after đến hết", "Tính đến hết 31-12 toàn tỉnh có 45 ca.", "31-12", 0),
    ("first day of a day list", "Ngày 20 và 21-4, đoàn kiểm tra làm việc.", "20", 0),
    ("last day of a day list", "Ngày 20 và 21-4, đoàn kiểm tra làm việc.", "21-4", 0),
    ("day list after a time of day", "Sáng 7 và 8-8, đoàn giám sát làm việc tại xã.", "7", 0),
    ("day list with commas", "Trong các ngày 5, 6 và 7-10, Sở tập huấn.", "6", 0),
    ("day list with commas, last", "Trong các ngày 5, 6 và 7-10, Sở tập huấn.", "7-10", 0),
    ("day range inside a month", "Từ 20 đến 25-11, trung tâm tổ chức tiêm.", "20", 0),
    ("day range inside a month, end", "Từ 20 đến 25-11, trung tâm tổ chức tiêm.", "25-11", 0),
    ("date followed by a patient", "Ngày 29-2 bệnh nhân nhập viện điều trị.", "29-2", 0),
    ("falling day-month before a counted noun", "Ngày 27-6 tin từ Trung tâm cho hay.", "27-6", 0),
    ("falling day-month after sáng", "Sáng 14-2 tin từ Sở Y tế cho biết.", "14-2", 0),
    ("month and year with a hyphen", "Từ tháng 9-2021 đến nay, trung tâm tiêm.", "9-2021", 0),
    ("month and year with a dot", "Từ tháng 9.2021, bệnh viện triển khai.", "9.2021", 0),
    ("month and year alone", "Kể từ 10.2022 đến nay, khoa đã triển khai.", "10.2022", 0),
    ("end of a date range before a verb", "Ngày 15-3 đến 20-3 tổ chức tiêm vắc xin.", "20-3", 0),
    ("date in brackets after a relative day", "Sáng nay (24-7), Sở Y tế họp báo.", "24-7", 0),
    ("date in brackets after hôm qua", "Hôm qua (23-7), đoàn kiểm tra làm việc.", "23-7", 0),
    ("timeline of dates", "Ngày 3-5 khởi công, 10-5 lắp máy, 15-5 vận hành.", "10-5", 0),
    ("timeline of dates, last", "Ngày 3-5 khởi công, 10-5 lắp máy, 15-5 vận hành.", "15-5", 0),
    ("day list in a timeline", "Ngày 3-5 khởi công, nhưng 8 và 9-5 nghỉ.", "8", 0),
    ("day list in a timeline, last", "Ngày 3-5 khởi công, nhưng 8 và 9-5 nghỉ.", "9-5", 0),
    ("patient number", "Bệnh nhân 416 đã được xuất viện.", "416", 0),
    ("range of patient numbers", "Bệnh nhân 1347-1350 là người nhà.", "1350", 0),
    ("patient number before a colon", "Bệnh nhân 218: nam, 50 tuổi, ở xã Tân Lập.", "218", 0),
    ("patient number glued to BN", "BN416 được chuyển về tuyến tỉnh.", "416", 0),
    ("patient number after BN", "BN 1.035 được điều trị tại bệnh viện.", "1.035", 0),
    ("case number", "Ca bệnh 1.035 là nam, 27 tuổi, ở thị trấn.", "1.035", 0),
    ("patient number after số", "Bệnh nhân số 17 được chuyển tuyến.", "17", 0),
    ("case number after ca số", "Ca số 12 và 140 đang điều trị tại khoa.", "12", 0),
    ("second case number of a list", "Ca số 12 và 140 đang điều trị tại khoa.", "140", 0),
    ("patient numbers listed", "Các bệnh nhân 35, 48 và 90 đã khỏi bệnh.", "48", 0),
    ("patient number in brackets", "Ca bệnh 512 (bệnh nhân 512) đã xuất viện.", "512", 1),
    ("patient number tử vong", "Bệnh nhân 1.342 tử vong sáng nay.", "1.342", 0),
    ("hospital named after a day", "Bệnh viện 30-4 tổng kết năm 2023.", "30-4", 0),
    ("school named after a day", "Trường THPT 19-5 tổ chức tiêm chủng.", "19-5", 0),
    (
        "hamlet numbered after its name",
        "Có 3 ổ dịch tại xóm 4, thôn Tân Lập 2, xã Đông Hòa.",
        "2",
        0,
    ),
    ("hamlet number ending a list", "Phun hóa chất ở buôn Ea Kmar 1; thôn Phú Hòa 3.", "3", 0),
    ("class of a technique", "Bệnh viện làm được 85% kỹ thuật loại 1 theo phân tuyến.", "1", 0),
    ("phase of a project", "Nhờ Dự án hỗ trợ y tế giai đoạn 02, 12 trạm được sửa chữa.", "02", 0),
    ("room number", "Người dân làm thủ tục tại phòng 305, tầng 3.", "305", 0),
    ("house number after địa chỉ", "Địa chỉ: 38 Hàng Da, phường Hàng Bông.", "38", 0),
    ("house number after trụ sở tại", "Trụ sở tại 15 Lê Lợi, TP Huế.", "15", 0),
    ("house number after số nhà", "Số nhà 12 đường Trần Phú.", "12", 0),
    ("F0", "Các F0 được cách ly tại nhà.", "0", 0),
    ("F1 after a count", "Ghi nhận 12 trường hợp F1 tại xã.", "1", 1),
    ("F0-F1", "Truy vết các trường hợp F0-F1 tại xã.", "0-F1", 0),
    ("district numbers listed", "Số ca tăng ở quận 1, 3, 4 và 10, huyện Củ Chi.", "3", 0),
    ("last district number of a list", "Số ca tăng ở quận 1, 3, 4 và 10, huyện Củ Chi.", "10", 0),
    ("ward numbers listed", "Các phường 2, 5 và 7 đã phun hóa chất.", "5", 0),
    ("articles of a decree listed", "Theo Điều 5, 6 và 7 của Nghị định, cơ sở bị phạt.", "6", 0),
    ("disease type", "Bệnh nhân có bệnh nền đái tháo đường type 2, suy thận.", "2", 0),
    ("disease type in Vietnamese spelling", "Người mắc tiểu đường tuýp 1 cần tiêm.", "1", 0),
    ("digits of a printed web address", "Nguồn: http://tin.vn/ngay-28-8-ghi-nhan-2-ca.htm", "8", 1),
    ("digits of a www address", "Xem thêm tại www.soyte.vn/tin-12-5-2023.html nhé.", "12", 0),
    (
        "number and year of a circular",
        "Bệnh viện thực hiện danh mục kỹ thuật theo Thông tư số 43/2023 của Bộ Y tế.",
        "43/2023",
        0,
    ),
    ("number and year of a decision", "Theo Quyết định 1520/2022, xã được công nhận.", "1520", 0),
    ("a specialist's degree", "Bác sĩ chuyên khoa 2 Trần Văn Bình phát biểu.", "2", 0),
    ("the emergency line", "Đầu năm, tổng đài Cấp cứu 115 của tỉnh nhận thêm 2 xe.", "115", 0),
]


def _numbers_in(text: str, start: int, end: int) -> list[str]:
    return [piece.group() for piece in numerals._DIGIT_PIECE.finditer(text, start, end)]


@pytest.mark.parametrize(
    ("scenario", "text", "raw", "nth"), NOT_QUANTITIES, ids=[case[0] for case in NOT_QUANTITIES]
)
def test_dates_and_identifiers_are_no_quantities(
    scenario: str, text: str, raw: str, nth: int
) -> None:
    start, end = span_of(text, raw, nth)
    index = NumberIndex(text)
    read = [m for m in index.mentions if m.start < end and start < m.end]
    assert read, "the scanner must still see the digits"
    assert all(m.kind not in QUANTITY_KINDS for m in read), read
    for number in _numbers_in(text, start, end):
        for value in read_number(number):
            spans = index.locate(value)
            assert not [s for s in spans if s[0] < end and start < s[1]], (value, spans)


QUANTITY_FORMS = [
    Form("count before a patient noun", "Có 416 bệnh nhân được điều trị.", "416", Kind.COUNT,
         ("416",), "bệnh nhân"),
    Form("patients counted after their noun", "số bệnh nhân 416 người, tăng", "416", Kind.COUNT,
         ("416",), "người"),
    Form("total of cases after tổng số", "Tổng số ca bệnh 1.035, giảm 12%.", "1.035",
         Kind.COUNT, ("1035", "1.035")),
    Form("visits after a patient noun", "khám cho bệnh nhân 2.500 lượt", "2.500", Kind.COUNT,
         ("2500",), "lượt"),
    Form("patient age", "bệnh nhân 64 tuổi, sức khỏe yếu", "64", Kind.AGE, ("64",), "tuổi"),
    Form("range of counts", "điều trị 30-40 bệnh nhân mỗi ngày", "30", Kind.COUNT, ("30",),
         "bệnh nhân"),
    Form("range of percents", "Tỷ lệ đạt 100 - 120% kế hoạch.", "100", Kind.PERCENT, ("100",),
         "%"),
    Form("range of days after từ", "nằm viện từ 2-3 ngày", "2", Kind.MEASURE, ("2",), "ngày"),
    Form("range of people after từ", "mỗi đội từ 5-7 người", "5", Kind.COUNT, ("5",), "người"),
    Form("range of animals after từ", "mỗi hộ nuôi từ 1-2 con", "1", Kind.COUNT, ("1",), "con"),
    Form("range of visits per day", "mỗi ngày 2-3 lượt khám", "2", Kind.COUNT, ("2",), "lượt"),
    Form("length after giai đoạn", "trong giai đoạn 5 năm qua", "5", Kind.PERIOD, ("5",), "năm"),
    Form("count after loại", "dùng loại 2 liều cho trẻ", "2", Kind.COUNT, ("2",), "liều"),
    Form("count after a named hamlet", "thôn Hòa Bình 12 hộ được phun", "12", Kind.COUNT, ("12",),
         "hộ"),
    Form("times a day", "uống ngày 2-3 lần", "3", Kind.COUNT, ("3",), "lần"),
    Form("range of percents after từ", "tăng từ 10-12% so với", "10", Kind.PERCENT, ("10",),
         "%"),
    Form("range ending after đến", "từ 20 đến 30-40 người", "40", Kind.COUNT, ("40",), "người"),
    Form("age range", "Phụ nữ 15-49 tuổi có chồng", "49", Kind.AGE, ("49",), "tuổi"),
    Form("year range", "Giai đoạn 2020 - 2025, tỉnh đầu tư", "2025", Kind.YEAR, ("2025",)),
    Form("scaled range after đến", "chi từ 5 đến 6-7 tỷ đồng", "6", Kind.MONEY, ("6000000000",),
         "đồng"),
    Form("count after a list that is no date", "Ngày 3, xã có 4-5 ca mắc", "4", Kind.COUNT,
         ("4",), "ca mắc"),
    Form("range of visits after a patient noun", "Khám cho bệnh nhân 5-7 lượt", "5",
         Kind.COUNT, ("5",), "lượt"),
    Form("english decimals in a range after từ", "Chỉ số từ 2.5 đến 3.5 điểm", "2.5",
         Kind.COUNT, ("2.5",), "điểm"),
    Form("english decimals in a range, end", "Chỉ số từ 2.5 đến 3.5 điểm", "3.5",
         Kind.COUNT, ("3.5",), "điểm"),
    Form("english decimal before a percent range", "Tỷ lệ tăng từ 24.7 đến 31.7%.", "24.7",
         Kind.PERCENT, ("24.7",), "%"),
    Form("range after a date in the same sentence", "Ngày 3-5, xã có 10-12 hộ nghèo", "10",
         Kind.COUNT, ("10",), "hộ"),
    Form("range after a date of the previous sentence", "Ngày 3-5 họp. Xã có 10-12 hộ", "12",
         Kind.COUNT, ("12",), "hộ"),
    Form("range after a name cue", "Mỗi tổ 3-4 người trực", "4", Kind.COUNT, ("4",), "người"),
    Form("years after kế hoạch", "Kế hoạch 2-3 năm tới", "3", Kind.PERIOD, ("3",), "năm"),
    Form("rooms counted", "Xây dựng 5 phòng, 3 buồng bệnh", "3", Kind.COUNT, ("3",), "buồng"),
    Form("communes after tại", "Tiêm tại 15 xã trên địa bàn", "15", Kind.COUNT, ("15",), "xã"),
    Form("percent after khoa, phòng", "Có 12 khoa, phòng 100% đạt", "100%", Kind.PERCENT,
         ("100",), "%"),
    Form("table heading over a bare figure", "Bệnh nhân\n416", "416", Kind.COUNT, ("416",)),
    Form("count after a ward number", "Tại phường 3, 12 ca mắc mới", "12", Kind.COUNT,
         ("12",), "ca mắc"),
    Form("communes after a district number", "Quận 5 và 3 xã giáp ranh", "3", Kind.COUNT,
         ("3",), "xã"),
    Form("count after a web address", "Nguồn: http://tin.vn/a-1.htm. Có 3 ca mắc", "3",
         Kind.COUNT, ("3",), "ca mắc"),
    Form("six months, three times", "Trong 6 tháng 3 lần kiểm tra", "6", Kind.PERIOD, ("6",),
         "tháng"),
    Form("cases of a disease named as a cue", "cúm 1.010 ca, COVID 21 ca, sởi 14 ca", "21",
         Kind.COUNT, ("21",), "ca"),
    Form("emergency cases counted", "Trung tâm Cấp cứu 115 ca trong quý", "115", Kind.COUNT,
         ("115",), "ca"),
    Form("specialist visits counted", "khám chuyên khoa 2 lượt mỗi tuần", "2", Kind.COUNT,
         ("2",), "lượt"),
]  # fmt: skip


@pytest.mark.parametrize("form", QUANTITY_FORMS, ids=lambda form: form.scenario)
def test_true_hyphen_and_patient_forms_stay_quantities(form: Form) -> None:
    test_form_is_read(form)


# "trên" reads "per" between a counted noun and a per-capita base (found in the real corpus).
PER_WORD_FORMS = [
    Form("per-capita base after trên", "Chỉ tiêu giường bệnh trên 10.000 dân tăng", "10.000",
         Kind.PER_CAPITA, None, "dân"),
    Form("rate written with trên", "Đạt 8 bác sĩ trên 10.000 dân.", "8", Kind.MEASURE, ("8",),
         "bác sĩ trên 10.000 dân"),
    Form("rate per vạn written with trên", "Có 25 giường bệnh trên vạn dân.", "25",
         Kind.MEASURE, ("25",), "giường bệnh trên vạn dân"),
    Form("over ten thousand residents", "Xã có trên 10.000 dân.", "10.000", Kind.COUNT, None,
         "dân", Qualifier.OVER),
    Form("over a base that is no power of ten", "Có 25 giường bệnh trên 12.000 dân.", "12.000",
         Kind.COUNT, None, "dân", Qualifier.OVER),
]  # fmt: skip


# The per-mille sign typed as "%0" (found in the real corpus).
PER_MILLE_FORMS = [
    Form("per mille typed as %0", "Tỷ suất sinh thô đạt 16,4%0 năm 2023.", "16,4%0",
         Kind.MEASURE, ("16.4",), "‰"),
    Form("per mille typed as %0 after a space", "giảm 0,15 %0 so với năm trước", "0,15 %0",
         Kind.MEASURE, ("0.15",), "‰"),
    Form("percent before a zero count", "Đạt 50%, 0 ca tử vong.", "50%", Kind.PERCENT,
         ("50",), "%"),
    # "khoản" (a law's clause) typed for "khoảng": the sign makes it a rate, not a clause
    Form("per mille after a clause word", "tỷ suất chết thô ước khoản 6%o, 41% xã", "6%o",
         Kind.MEASURE, ("6",), "‰", Qualifier.APPROX),
    Form("clause number without a sign", "theo khoản 14 Điều 3 của Luật", "14", Kind.NAME,
         ("14",), None),
]  # fmt: skip


@pytest.mark.parametrize("form", PER_MILLE_FORMS, ids=lambda form: form.scenario)
def test_per_mille_typed_as_percent_zero(form: Form) -> None:
    test_form_is_read(form)


@pytest.mark.parametrize("form", PER_WORD_FORMS, ids=lambda form: form.scenario)
def test_tren_between_a_counted_noun_and_a_base_reads_per(form: Form) -> None:
    test_form_is_read(form)


def test_decimal_comma_typed_with_a_space_is_one_percent() -> None:
    text = "tỷ lệ hộ dùng nước sạch đạt 95, 4% trong năm"
    assert locate_value(text, D("95.4"), "%") == [span_of(text, "95, 4%")]
    assert not locate_value(text, 95)


def test_percent_after_a_list_of_numbers_stays_alone() -> None:
    text = "Các xã 95, 96, 2% số hộ"
    assert locate_value(text, 2, "%") == [span_of(text, "2%")]
    assert locate_value(text, 96) == [span_of(text, "96")]


def test_two_percents_listed_stay_two() -> None:
    text = "Hai xã đạt 95, 96% kế hoạch"
    assert locate_value(text, 96, "%") == [span_of(text, "96%")]
    assert locate_value(text, 95) == [span_of(text, "95")]


def test_day_list_closed_by_a_named_month_is_dates() -> None:
    text = "Ngày 5 và 6 tháng 3, Sở tổ chức tập huấn."
    assert [m.kind for m in find_numbers(text)] == [Kind.DATE, Kind.DATE, Kind.DATE]


def test_a_slash_pair_under_a_paired_header_is_two_counts() -> None:
    text = "Mắc/chết do bạch hầu: 4/1 (năm 2022: 0/0). Ngày 4/1 Sở họp; đạt 9/12 xã."
    readings = [(m.raw, m.kind) for m in find_numbers(text)]
    assert readings[:4] == [
        ("4", Kind.COUNT),
        ("1", Kind.COUNT),
        ("2022", Kind.YEAR),
        ("0", Kind.COUNT),
    ]
    assert ("4/1", Kind.DATE) in readings  # a later sentence: the header is behind it
    assert ("9/12", Kind.RATIO) in readings
    for whole in ("Đạt/tổng số trạm: 14/16.", "Tỷ số nam/nữ: 110/100."):
        assert [m.kind for m in find_numbers(whole)] == [Kind.RATIO]


def test_leaders_counted_by_their_title() -> None:
    (mention,) = find_numbers("Ban giám đốc gồm: Giám đốc và 02 Phó giám đốc.")
    assert (mention.raw, mention.kind, mention.unit) == ("02", Kind.COUNT, "phó giám đốc")


def test_per_mille_typed_with_a_letter_o() -> None:
    text = "Tỷ suất sinh thô 16,4%o, giảm 0,3%o; tỷ lệ tăng 2%."
    mentions = find_numbers(text)
    assert [(m.raw, m.kind, m.unit) for m in mentions] == [
        ("16,4%o", Kind.MEASURE, "‰"),
        ("0,3%o", Kind.MEASURE, "‰"),
        ("2%", Kind.PERCENT, "%"),
    ]
    assert locate_value(text, Decimal("16.4"), "%") == []


def test_heading_numbers_are_ordinals_not_counts() -> None:
    text = (
        "Phần I: Kết quả 6 tháng\n\n1. Tình hình chung\n\n1.2. Nhân lực của đơn vị\n"
        "  3) Khó khăn\n4. 120 ca mắc mới\nCả năm đạt 25.\nNăm sau tăng."
    )
    kinds = {m.raw: m.kind for m in find_numbers(text)}
    assert kinds["1"] == kinds["1.2"] == kinds["3"] == Kind.ORDINAL
    assert kinds["120"] == kinds["25"] == Kind.COUNT  # a count after the item; mid-line "25."
    assert locate_value(text, Decimal("1.2")) == []


def test_disease_name_with_a_spaced_dash_is_a_name() -> None:
    text = "Tiêm vắc xin phòng Covid - 19 đợt 3 và COVID -19 đợt 4; Hà Nội - 19 ca mắc."
    assert locate_value(text, 19) == [(len(text) - len("19 ca mắc."), len(text) - len(" ca mắc."))]


def test_bracketed_day_after_a_named_day_is_a_date() -> None:
    text = (
        "Hưởng ứng Ngày Thế giới phòng chống lao (24-3), bệnh viện khám miễn phí; "
        "nhóm tuổi (5-7) được ưu tiên."
    )
    assert [m.kind for m in find_numbers(text)] == [Kind.DATE, Kind.COUNT, Kind.COUNT]


def test_slash_header_of_two_counts_named_with_so_is_no_date() -> None:
    text = "Số mắc/số chết: 12/3 trong tuần; Đạt/tổng số thôn: 9/11."
    assert [m.kind for m in find_numbers(text)] == [Kind.COUNT] * 4


def test_bracketed_range_after_a_lowercase_day_or_before_a_counted_noun_is_no_date() -> None:
    text = (
        "Ngày thường phòng khám tiếp nhận (10-12) bệnh nhân. "
        "Dịp Ngày Hội Hiến máu (6-8) người đăng ký mỗi điểm."
    )
    assert [m.kind for m in find_numbers(text)] == [Kind.COUNT, Kind.COUNT, Kind.COUNT, Kind.COUNT]


def test_unbracketed_day_after_a_capitalised_named_day_is_a_date() -> None:
    text = (
        "Dịp kỷ niệm Ngày Gia đình Việt Nam 28-6 với chủ đề gắn kết, xã tặng quà; "
        "Ngày Hội 2-3 người tham gia mỗi nhóm."
    )
    assert [m.kind for m in find_numbers(text)] == [Kind.DATE, Kind.COUNT, Kind.COUNT]


def test_number_opening_a_programmes_quoted_name_is_a_name() -> None:
    text = (
        "Xã duy trì mô hình chăm sóc sức khỏe “1.000 ngày vàng” cho bà mẹ, phong trào “5 không” "
        "ở 12 thôn; “300 người” tham gia."
    )
    kinds = [m.kind for m in find_numbers(text)]
    assert kinds == [Kind.NAME, Kind.NAME, Kind.COUNT, Kind.COUNT]


# --- whole articles ----------------------------------------------------------------------------

SAMPLES = sorted(ARTICLES.glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_mentions_are_sorted_slices_of_the_text(path: Path) -> None:
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    mentions = find_numbers(text)
    assert mentions
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for mention in mentions:
        assert mention.raw == text[mention.start : mention.end]
        for start, end in mention.parts:
            assert mention.start <= start < end <= mention.end


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.stem)
def test_decomposed_text_does_not_crash(path: Path) -> None:
    text = unicodedata.normalize("NFD", path.read_text(encoding="utf-8"))
    mentions = find_numbers(text)
    assert mentions
    for mention in mentions:
        assert mention.raw == text[mention.start : mention.end]


def test_decomposed_text_still_reads_digits() -> None:
    text = unicodedata.normalize("NFD", "giảm 73.066 ca, đạt 82,8%")
    assert locate_value(text, 73066) == [span_of(text, "73.066")]
    assert locate_value(text, D("82.8")) == [span_of(text, "82,8%")]


@pytest.mark.parametrize(
    ("scenario", "text"),
    [
        ("empty", ""),
        ("no digits", "Hội nghị tổng kết công tác y tế"),
        ("digit at the very start", "5"),
        ("digit at the very end", "tổng cộng 5"),
        ("lone separators", "., / - : % ,.,"),
        ("long digit run", "9" * 5000),
        ("long separator chain", "1." * 3000 + "1"),
        ("long slash chain", "1/" * 3000 + "1"),
        ("long code-like chain", "1/" + "A-" * 3000 + "x"),
    ],
)
def test_degenerate_text(scenario: str, text: str) -> None:
    for mention in find_numbers(text):
        assert mention.raw == text[mention.start : mention.end]


def test_public_names() -> None:
    for name in numerals.__all__:
        assert hasattr(numerals, name)
    assert {Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.RATIO, Kind.MEASURE} == QUANTITY_KINDS


# --- property: any Decimal written the Vietnamese way is found and located ---------------------

FILLER = (
    "công tác", "y tế", "thực hiện", "kiểm tra", "cơ sở", "lượt", "người", "và", "địa bàn",
    "huyện", "hoạt động", "được", "triển khai", "bệnh nhân", "xét nghiệm", "chất lượng",
    "Sở Y tế", "Trung tâm", "tiêm chủng", "an toàn thực phẩm", "khám chữa bệnh",
)  # fmt: skip
SEPARATORS = (" ", ", ", ". ", "; ", "\n")
SCALES = {None: 1, "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
QUALIFIERS = {
    None: Qualifier.EXACT,
    "đạt": Qualifier.EXACT,
    "gần": Qualifier.APPROX,
    "khoảng": Qualifier.APPROX,
    "ước tính": Qualifier.APPROX,
    "hơn": Qualifier.OVER,
    "trên": Qualifier.OVER,
    "dưới": Qualifier.UNDER,
    "ít nhất": Qualifier.AT_LEAST,
}
MAX_INTEGER = 10**12
MAX_DECIMALS = 3


@dataclass(frozen=True)
class Written:
    raw: str  # what the article prints for the number (with % and scale word)
    value: Decimal  # plain units, scale applied
    unscaled: Decimal
    scale: int
    percent: bool
    scale_word: str | None
    other_readings: frozenset[Decimal]  # every value the raw text may also mean
    qualifier_word: str | None
    whole: Decimal | None  # "1,234" may be 1234: the only reading before a counted noun


def group_thousands(integer: int) -> str:
    return f"{integer:,}".replace(",", ".")


@st.composite
def written_numbers(draw: st.DrawFn) -> Written:
    integer = draw(st.integers(0, MAX_INTEGER))
    digits = draw(st.integers(0, MAX_DECIMALS))
    fraction = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=digits,
                                     max_size=digits)))  # fmt: skip
    percent = draw(st.booleans())
    scale_word = None if percent else draw(st.sampled_from(sorted(SCALES, key=str)))
    qualifier_word = draw(st.sampled_from(sorted(QUALIFIERS, key=str)))
    scale = SCALES[scale_word]
    token = group_thousands(integer) + ("," + fraction if fraction else "")
    unscaled = Decimal(f"{integer}.{fraction}" if fraction else str(integer))
    readings = {unscaled}
    if integer >= 1000 and integer < 10**6 and not fraction:  # "1.234" may be 1,234
        left, right = token.split(".")
        readings.add(Decimal(f"{left}.{right}"))
    whole = None
    if 0 < integer < 1000 and len(fraction) == 3:  # "1,234" may be 1234
        whole = Decimal(f"{integer}{fraction}")
        readings.add(whole)
    others: set[Decimal] = set()
    for reading in readings:
        others.update({reading, reading * scale})
        if percent:
            others.add(reading / 100)
    raw = token + ("%" if percent else "") + (f" {scale_word}" if scale_word else "")
    return Written(raw, unscaled * scale, unscaled, scale, percent, scale_word,
                   frozenset(others), qualifier_word,
                   whole if scale == 1 and not percent else None)  # fmt: skip


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, int, Written]:
    number = draw(written_numbers())
    before = draw(st.lists(st.sampled_from(FILLER), max_size=4))
    after = draw(st.lists(st.sampled_from(FILLER), max_size=4))
    glue = draw(st.sampled_from(SEPARATORS))
    prefix = " ".join(before)
    if prefix:
        prefix += glue
    if number.qualifier_word:
        prefix += number.qualifier_word + " "
    suffix = draw(st.sampled_from(SEPARATORS)) + " ".join(after) if after else ""
    return prefix + number.raw + suffix, len(prefix), number


@settings(max_examples=200, deadline=None)
@given(articles(), st.decimals(allow_nan=False, allow_infinity=False, places=3))
def test_written_number_is_found_and_located(
    article: tuple[str, int, Written], other: Decimal
) -> None:
    text, start, number = article
    # "bệnh nhân 416" with nothing after names a patient: no quantity (test above).
    assume(not text[:start].endswith("bệnh nhân ") or number.percent or number.scale != 1)
    span = (start, start + len(number.raw))
    # "3. Sở Y tế ..." opening its line is a heading's number, an ordinal (_read_heading).
    heading = re.match(r"[.)]\s+[^\W\d_]", text[span[1] :])
    line = text[text.rfind("\n", 0, start) + 1 : start]
    assume(line.strip() or heading is None or not heading.group()[-1].isupper())
    mentions = find_numbers(text)
    assert [(m.start, m.end) for m in mentions] == [span], mentions
    mention = mentions[0]
    assert mention.kind in QUANTITY_KINDS
    assert mention.qualifier is QUALIFIERS[number.qualifier_word]
    assert mention.kind is (Kind.PERCENT if number.percent else mention.kind)

    index = NumberIndex(text)
    if number.whole is not None and mention.unit in numerals.COUNTED_UNITS:
        # "1,234 lượt" counts whole visits: 1234 is its only reading, 1.234 never grounds.
        assert mention.values == (number.whole,)
        assert index.locate(number.value) == []
        number = replace(number, value=number.whole, unscaled=number.whole)
    assert span in index.locate(number.value)
    assert span in index.locate(number.unscaled)
    if number.scale_word:
        assert span in index.locate(number.unscaled, f"{number.scale_word} đồng")
    if number.percent:
        assert span in index.locate(number.unscaled / 100)

    assume(other not in number.other_readings)
    assert index.locate(other) == []


# --- the rule table ----------------------------------------------------------------------------

PLAIN_RULE_ORDER = (
    "malformed", "glued_to_name", "per_mille_zero", "unit_power", "phone_digits",
    "capital_after", "heading_number", "dashed_name", "quoted_name", "per_capita_base",
    "per_capita_word",
    "in_one", "phone_cue", "clock", "listed_day", "lunar_day", "patient_number", "house_number",
    "per_mille", "age_band", "cue_word", "numbered_place", "percent", "bare_year", "quantity",
)  # fmt: skip

# (text, raw, the rule that reads it): one case per plain rule that adds a mention.
RULE_CASES = [
    ("Mã hồ sơ 1.2.3 đã nộp đủ.", "1.2.3", "malformed"),
    ("Dịch COVID-19 đã được kiểm soát.", "19", "glued_to_name"),
    ("Gọi số 0913456789 để được tư vấn.", "0913456789", "phone_digits"),
    ("Mẫu 19A được gửi đi xét nghiệm.", "19", "capital_after"),
    ("Báo cáo quý\n\n2. Kết quả khám chữa bệnh", "2", "heading_number"),
    ("Chiến dịch tiêm vắc xin phòng COVID - 19 kết thúc.", "19", "dashed_name"),
    ("Xã làm theo mô hình “1.000 ngày vàng” cho bà mẹ.", "1.000", "quoted_name"),
    ("Tỷ số giới tính khi sinh là 111,6 bé trai/100 bé gái.", "100", "per_capita_base"),
    ("Toàn tỉnh có 28 giường bệnh trên 10.000 dân.", "10.000", "per_capita_word"),
    ("Trẻ được tiêm vắc xin 5 trong 1 miễn phí.", "5", "in_one"),
    ("Người dân gọi hotline 115 khi cần cấp cứu.", "115", "phone_cue"),
    ("Hội nghị khai mạc lúc 8 giờ 30 sáng.", "8", "clock"),
    ("Ngày 20 và 21-4, đoàn kiểm tra làm việc tại huyện.", "20", "listed_day"),
    ("Đêm 30 Tết, bệnh viện vẫn trực đủ quân số.", "30", "lunar_day"),
    ("Bệnh nhân 416 đã xuất viện.", "416", "patient_number"),
    ("Địa chỉ: 38 Hàng Da, Hà Nội.", "38", "house_number"),
    ("Kết quả năm 2023 được đánh giá cao.", "2023", "cue_word"),
    ("Đoàn giám sát thôn Phú Lộc 2, xã Tân An.", "2", "numbered_place"),
    ("Tỷ suất sinh thô đạt 15,2‰ trong năm.", "15,2‰", "per_mille"),
    ("Xã tư vấn cho phụ nữ trong độ tuổi 15-49 về sức khỏe.", "15", "age_band"),
    ("Tỷ lệ tiêm chủng đạt 82,8% kế hoạch.", "82,8%", "percent"),
    ("Giai đoạn 2021 - 2025 có nhiều chuyển biến.", "2021", "bare_year"),
    ("Trung tâm đã khám 75.135 lượt người.", "75.135", "quantity"),
]
# (text, the digits no mention starts at, the rule that reads them into nothing).
SILENT_RULE_CASES = [
    ("Tỷ suất sinh thô là 18,2%0 trong năm.", "0", "per_mille_zero"),
    ("Diện tích sàn 1.200 m2 được cải tạo.", "2", "unit_power"),
]
# Shaped tokens and later passes name their readings too.
SHAPED_RULE_CASES = [
    ("Hội nghị tổ chức ngày 3/1/2024.", "3/1/2024", "date"),
    ("Theo Quyết định 1300/QĐ-BYT của Bộ Y tế.", "1300/QĐ-BYT", "code"),
    ("Đã thực hiện 2939/4431 kỹ thuật.", "2939/4431", "ratio"),
    ("Kết quả Quý II tăng.", "II", "roman_quarter"),
    ("Số ca mắc/chết do sởi: 12/1.", "12", "slash_paired"),
    ("Công suất đạt 100 - 120% kế hoạch.", "100", "quantity+linked_range"),
    ("Tổng chi 2 tỷ 350 triệu đồng.", "2 tỷ 350 triệu", "quantity+compound"),
]


def test_plain_rules_keep_their_precedence() -> None:
    assert tuple(rule.name for rule in numerals.PLAIN_RULES) == PLAIN_RULE_ORDER
    contexts = [rule.context for rule in numerals.PLAIN_RULES]
    assert contexts == sorted(contexts), "rules that read the digits alone come first"
    assert all(rule.read.__doc__ for rule in numerals.PLAIN_RULES)


def test_every_plain_rule_has_a_case() -> None:
    covered = {rule for _, _, rule in RULE_CASES + SILENT_RULE_CASES}
    assert covered == set(PLAIN_RULE_ORDER)


@pytest.mark.parametrize(
    ("text", "raw", "rule"),
    RULE_CASES + SHAPED_RULE_CASES,
    ids=[c[2] for c in RULE_CASES + SHAPED_RULE_CASES],
)
def test_each_mention_names_the_rule_that_read_it(text: str, raw: str, rule: str) -> None:
    assert mention_of(text, raw).rule == rule


@pytest.mark.parametrize(
    ("text", "digits", "rule"), SILENT_RULE_CASES, ids=[c[2] for c in SILENT_RULE_CASES]
)
def test_silent_rules_read_digits_into_nothing(text: str, digits: str, rule: str) -> None:
    start = text.rindex(digits)
    assert all(mention.start != start for mention in find_numbers(text)), rule


def test_rule_does_not_change_equality() -> None:
    mention = mention_of("Trung tâm đã khám 75.135 lượt người.", "75.135")
    renamed = replace(mention, rule="another")
    assert renamed == mention and hash(renamed) == hash(mention)
    assert "rule" not in repr(mention)


class _EveryDigitRule(numerals._Token):
    """A token the scanner treats as unusual, so every digit rule is asked."""

    __slots__ = ()

    def __init__(self, text: str, start: int, end: int) -> None:
        super().__init__(text, start, end)
        self.ordinary = False


def test_declared_rule_conditions_skip_only_rules_that_would_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))]
    texts += [case[0] for case in RULE_CASES + SILENT_RULE_CASES + SHAPED_RULE_CASES]
    texts = [unicodedata.normalize("NFC", text) for text in texts]
    gated = [[(m, m.rule) for m in find_numbers(text)] for text in texts]
    every = tuple((rule.name, rule.read) for rule in numerals.PLAIN_RULES if rule.context)
    monkeypatch.setattr(numerals, "_READS_AFTER", {})
    monkeypatch.setattr(
        numerals,
        "_READS_AFTER_OTHER",
        tuple(every for _ in numerals._FORMS),
    )
    monkeypatch.setattr(numerals, "_Token", _EveryDigitRule)
    ungated = [[(m, m.rule) for m in find_numbers(text)] for text in texts]
    assert ungated == gated


def test_comrades_elected_are_a_count_not_money() -> None:
    # "đồng chí" (comrade) starts with the currency word "đồng".
    mentions = NumberIndex("Đại hội bầu 13 đồng chí vào Ban Chấp hành, chi 40 đồng.").mentions
    assert [(m.kind, m.values, m.unit) for m in mentions] == [
        (Kind.COUNT, (Decimal(13),), "đồng chí"),
        (Kind.MONEY, (Decimal(40),), "đồng"),
    ]


def test_comrades_ground_as_a_count_not_as_money() -> None:
    index = NumberIndex("Đại hội bầu 13 đồng chí vào Ban Chấp hành, chi 40 đồng.")
    assert index.locate(Decimal(13), "đồng chí") == [(12, 14)]
    assert index.locate(Decimal(40), "đồng chí") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tổng số ngày điều trị là 9.120 công suất giường bệnh đạt 96%.",
        "Tổng số ca đẻ là 1.250 số lượt khám thai là 4.300.",
        "Số bệnh nhân nội trú là 5.380 số ngày điều trị trung bình là 5,9 ngày.",
        "Tổng số lượt khám là 18.260 tổng số ca phẫu thuật là 740.",
        "Tổng số lượt khám là 18.260 số ca phẫu thuật là 740.",
        "Số trẻ được khám là 3.150 tỷ lệ suy dinh dưỡng là 8,1%.",
    ],
)
def test_next_figures_subject_is_not_a_unit(text: str) -> None:
    # A sentence run on without a comma: a total, a rate or capacity, "số" before a counted
    # noun open the next subject.
    count = next(m for m in NumberIndex(text).mentions if m.kind is Kind.COUNT)
    assert count.unit is None


def test_issues_of_a_bulletin_keep_their_unit() -> None:
    mentions = NumberIndex("Năm 2023 phát hành 4 số bản tin.").mentions
    count = next(m for m in mentions if m.kind is Kind.COUNT)
    assert (count.values, count.unit) == ((Decimal(4),), "số")


# --- Round 18 causes (issue 12), each with probes in new words and must-not-misfire forms ----


@pytest.mark.parametrize(
    ("text", "left", "base", "unit"),
    [
        ("Tỷ lệ hiện mắc lao còn 0,35/10 nghìn dân.", "0,35", 10**4, "/10 nghìn dân"),
        ("Tỷ suất tử vong do sốt rét dưới 0,02/100 nghìn dân.", "0,02", 10**5, "/100 nghìn dân"),
        ("Số mắc bại liệt dưới 1/1 triệu dân trong năm.", "1", 10**6, "/1 triệu dân"),
        ("Tỷ lệ mắc sởi là 3,6/100 ngàn trẻ em.", "3,6", 10**5, "/100 ngàn trẻ em"),
    ],
)
def test_a_per_capita_base_printed_with_a_scale_word(
    text: str, left: str, base: int, unit: str
) -> None:
    rate = mention_of(text, left)
    assert (rate.kind, rate.unit) == (Kind.MEASURE, unit.replace(" em", ""))
    bases = [m for m in find_numbers(text) if m.kind is Kind.PER_CAPITA]
    assert [m.values[0] for m in bases] == [Decimal(base)]
    # the unit as a report gives it grounds the rate; its scale word is the base's
    assert locate_value(text, rate.values[0], unit) == [span_of(text, left)]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kinh phí 250/300 nghìn đồng mỗi suất.",
        "Đã tiêm cho 180/200 nghìn trẻ trong diện.",
    ],
)
def test_a_share_of_a_scaled_total_is_no_per_capita_rate(text: str) -> None:
    assert all(m.kind is not Kind.PER_CAPITA for m in find_numbers(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tỷ suất sinh thô còn 15,2%o, giảm so với năm trước.", "15.2", "%o"),
        ("Tỷ lệ giảm sinh đạt 0,4%0 trong năm.", "0.4", "%0"),
        ("Tỷ suất chết thô 5,6‰.", "5.6", "%o"),
        ("Tỷ suất sinh thô còn 15,2%o.", "15.2", "‰"),
    ],
)
def test_a_reported_per_mille_unit_as_typed_grounds_the_rate(
    text: str, value: str, unit: str
) -> None:
    assert len(locate_value(text, Decimal(value), unit)) == 1


def test_a_per_mille_unit_grounds_no_percent() -> None:
    text = "Tỷ lệ tiêm chủng đạt 15,2%, tỷ suất sinh giảm 0,4‰."
    assert locate_value(text, Decimal("15.2"), "%o") == []
    assert locate_value(text, Decimal("0.4"), "%") == []


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Trong năm 2021-2022 huyện đã hỗ trợ 5 xã xây trạm y tế.", "2022"),
        ("Năm học 2022-2023 tỉnh có 118 trường đạt chuẩn y tế học đường.", "2023"),
        ("Giai đoạn năm 2016 - 2020 xã đã được công nhận đạt chuẩn.", "2020"),
    ],
)
def test_the_second_year_of_a_span_is_a_year_whatever_noun_follows(text: str, second: str) -> None:
    assert mention_of(text, second).kind is Kind.YEAR


@pytest.mark.parametrize(
    ("text", "raw", "unit"),
    [
        ("Mỗi đợt có 1500-2000 người tham gia hiến máu.", "2000", "người"),
        ("Mỗi xã có 3-5 cộng tác viên dân số.", "5", "cộng tác viên"),
    ],
)
def test_a_range_of_counts_is_no_span_of_years(text: str, raw: str, unit: str) -> None:
    count = mention_of(text, raw)
    assert (count.kind, count.unit) == (Kind.COUNT, unit)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Bệnh viện lọt tốp 10 bệnh viện xanh của cả nước.", "10"),
        ("Trung tâm được bình chọn trong Top 20 đơn vị tiêu biểu.", "20"),
        ("Bệnh viện nằm trong tốp 5 đơn vị dẫn đầu khối thi đua.", "5"),
    ],
)
def test_a_ranking_is_no_count(text: str, raw: str) -> None:
    assert mention_of(text, raw).kind is Kind.ORDINAL


def test_a_count_after_an_ordinary_word_stays_a_count() -> None:
    count = mention_of("Tổ chức 15 buổi truyền thông cho 300 học sinh.", "15")
    assert (count.kind, count.unit) == (Kind.COUNT, "buổi")


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Tính đến ngày 15/1 triệu người dân đã được cấp thẻ.", "15/1"),
        ("Chiến dịch mở từ ngày 3/10 nghìn người dân tham gia.", "3/10"),
    ],
)
def test_a_date_before_a_scale_word_is_no_per_capita_rate(text: str, raw: str) -> None:
    assert mention_of(text, raw).kind is Kind.DATE


@pytest.mark.parametrize(
    ("text", "raw", "unit"),
    [
        ("Năm 2030 mỗi ngày khoa tiếp nhận 1950 - 2100 lượt bệnh nhân.", "2100", "lượt"),
        ("Năm 2020 - 2040 người được khám sàng lọc.", "2040", "người"),
    ],
)
def test_a_count_after_a_year_and_a_dash_is_no_span_end(text: str, raw: str, unit: str) -> None:
    count = mention_of(text, raw)
    assert (count.kind, count.unit) == (Kind.COUNT, unit)
