"""Indicator periods of the offline backend: the period each figure is about.

The cues of a sentence (stock, cumulative, dated, target, award, base period) and the rules
that give a figure its period, or none.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from typing import Any

from baocao.numerals import Kind
from baocao.offline.dates import (
    CALLUP_WORDS,
    MONTHS,
    PERIOD_RE,
    months_period,
    period_end_month,
    period_of_match,
)
from baocao.offline.enums import PeriodKind
from baocao.offline.text import COMMA_RE, Span, plan_heading_year

# ---------------------------------------------------------------------------------------------
# Regex pieces
# ---------------------------------------------------------------------------------------------

# Indicator periods: the period each figure is about (see indicator_period). The patterns are
# lower case and run over the lowered article (cheaper than IGNORECASE); most alternatives
# start with a literal, so a search skips ahead (see word_start).
# A stock figure ("Hiện toàn huyện có 193 bác sĩ", "Đến nay, 118/125 xã đạt ...", "Lũy kế đến
# nay", "đang quản lý 412 bệnh nhân") is a state, not the work of a period: no period. Not
# "thực hiện", "phát hiện", "thể hiện" (other verbs), nor "hiện đại"; "từ đầu năm đến nay" is
# the year so far (CUMULATIVE_RE).
_NOT_STOCK_HIEN = "".join(
    f"(?<!{word} hiện)" for word in ("thực", "phát", "thể", "xuất", "biểu", "hiển", "tái")
)
# So is a total since the epidemic began ("tích lũy 1.195 người nhiễm HIV", "Tổng số ca mắc từ
# đầu dịch", "lũy tích số trường hợp tử vong"); "tích lũy từ đầu năm 2014", "tích lũy trong 7
# tháng" name their period after it (a later cue). "tích lũy" is a running total only before
# its figure, its count, its span or its place ("tích lũy 106.409 người", "HIV tích lũy được
# báo cáo ... là", "tích lũy từ ...", "tích lũy trên địa bàn là"), not as saving or gaining
# ("bệnh viện tích lũy được 12 tỷ đồng", "kinh nghiệm tích lũy, ...": the figures keep their
# period).
STOCK_CUE_RE = re.compile(
    rf"hiện(?<![^\W\d_]hiện){_NOT_STOCK_HIEN}(?![^\W\d_])"
    r"(?!\s+(?:đại|tượng|hành|thực|diện|ra|lên|rõ)(?![^\W\d_]))"
    r"|đến nay(?<!đầu năm đến nay)(?<!đầu năm \d{4} đến nay)|đang quản lý|nâng\s+tổng\s+số"
    r"|tích (?:lũy|luỹ)(?=\s*(?:\d|:|(?:từ|trong|số|là|đến|tính|tại|trên|toàn|của"
    r"|được\s+(?:báo\s+cáo|ghi\s+nhận))(?![^\W\d_])))"
    r"|(?:lũy|luỹ) tích(?![^\W\d_])|từ đầu dịch"
)
STOCK_WORDS = ("hiện", "đến nay", "đang quản lý", "nâng tổng", "tích", "đầu dịch")
# A week of a year in the sentence or the headline ("Trong tuần 38 năm 2023, thành phố ghi
# nhận 186 ca sốt xuất huyết; tích lũy 5.420 ca"): a weekly bulletin of a disease counted
# per season, whose "tích lũy" is the year's running total (kind other, of that year or the
# reviewed one), as the real golds mark it; not the total since an epidemic began ("HIV tích
# lũy", "lũy tích từ khi triển khai").
BULLETIN_WEEK_RE = re.compile(
    r"(?<![^\W\d_])tuần(?:\s+thứ)?\s+\d{1,2}(?!\d)(?:\s*(?:năm\s+|/\s*)(?P<year>(?:19|20)\d\d))?"
)
# A stock cue that opens its sentence ("Hiện ...", "Đến nay, ...", "Lũy kế đến nay, ...")
# covers the whole sentence, not only its own part.
STOCK_OPENING_RE = re.compile(r"^[\W]*(?:(?:lũy|luỹ)\s+kế|tính)?\s*$")
# So does "đang quản lý" after a subject of up to three words: the sentence is about the
# patients under care ("Trạm đang quản lý 486 người ...; 100% người bệnh được cấp thuốc").
MANAGED_CUE = "đang quản lý"
MANAGED_SUBJECT_RE = re.compile(r"^\W*(?:[^\W\d_]+\s+){1,3}$")
# Headcounts and coverage stated as what a unit has ("Trạm có 6 viên chức", "nhân lực chỉ có
# 7 người", "29/29 trạm y tế có bác sĩ"): a stock, unless the part names its period ("trong
# năm có 12 bác sĩ nghỉ việc").
STAFF_NOUNS = (
    r"viên chức|cán bộ|bác sĩ|bác sỹ|y sĩ|y sỹ|dược sĩ|điều dưỡng|nhân viên|người lao động"
    r"|hộ sinh|kỹ thuật viên"
)
# Departments and beds a unit has ("7 phòng chức năng, 15 khoa", "quy mô 250 giường bệnh",
# "giao chỉ tiêu 180 giường", "số giường thực kê"), counted where the sentence names no
# period: a stock, like a headcount. The department words are the indicators' structure units
# too ("42 khoa, phòng, trung tâm": a unit's structure).
STRUCTURE_HEADS = frozenset({"khoa", "phòng"})
BED_HEADS = frozenset({"giường"})
BED_STOCK_BEFORE_RE = re.compile(r"(?:quy mô|thực kê|chỉ tiêu)[^.;]*$")
BED_STOCK_CHARS = 60
# "có 6 viên chức", "đội ngũ 320 cán bộ": the staff a unit has.
STAFF_BODY = "đội ngũ"
STAFF_HAS_BEFORE_RE = re.compile(rf"(?<![^\W\d_])(?:có|{STAFF_BODY})\s+$")
STAFF_UNIT_RE = re.compile(rf"(?:{STAFF_NOUNS})\b")
# "1 bác sĩ và 1 y sĩ" after "có": the second headcount of the list.
STAFF_LIST_BEFORE_RE = re.compile(
    rf"có(?<![^\W\d_]có)\s+[\d.,]+\s+(?:{STAFF_NOUNS})[^,;\d]*\svà\s+$"
)
STAFF_PRESENCE_AFTER_RE = re.compile(r"[^;()]{0,60}?\bcó\s+bác\s+s[ĩỹ]\b")
WORKFORCE_SUBJECT = "nhân lực"
# An area ("25ha", "gần 3ha") describes a place, not the work of a period.
# The reviewed year handed to the indicator rules when the article prints none: no printed
# year equals it, so no indicator period of another year is built on it (it would be
# ungrounded); the reviewed period itself comes out with its year None.
UNKNOWN_YEAR = 0
# A congress's new term: "nhiệm kỳ mới", "Ban Chấp hành khóa mới", the committee it elects
# ("bầu 9 đồng chí vào Ban Thường vụ") (lower case).
NEW_TERM_RE = re.compile(
    r"(?<![^\W\d_])(?:nhiệm kỳ mới|khóa mới|khoá mới"
    r"|bầu[^.;]{0,40}?vào ban (?:chấp hành|thường vụ))(?![^\W\d_])"
)
AREA_UNITS = frozenset({"ha", "héc-ta", "hecta", "m2", "m²", "km2", "km²"})
# Targets: what a sentence sets out to reach ("phấn đấu", "mục tiêu", "sẽ", "dự kiến") is for
# the period it names, else for the next period. "Chương trình mục tiêu" names a programme.
TARGET_WORDS = ("phấn đấu", "mục tiêu", "sẽ", "dự kiến")
# A figure of every year ("Hằng năm, trung tâm phát 3.000 tờ rơi", "phấn đấu mỗi năm mở 2
# lớp tập huấn"): a recurring amount of no one period. The cue is adverbial: it opens the
# sentence or a comma part, follows a goal ("phấn đấu", "mục tiêu"), or comes right before
# the verb "đạt" / "là" or the figure ("mỗi năm trên 500 người"); after a noun it names a
# kind of work ("khám sức khỏe định kỳ hằng năm cho 300 cán bộ", "chỉ tiêu hằng năm:"), not
# a yearly amount. A sentence that says "trong năm", or prints a year before the cue (not a
# span of years: "Nhiệm kỳ 2020-2025, mỗi năm ...") or after it up to the end of the
# figure's part or the next figure ("hàng năm đều tăng, riêng năm 2020 là 87%"), is about
# that year.
PER_YEAR_RE = re.compile(r"(?<![^\W\d_])(?:hằng|hàng|mỗi)\s+năm(?![^\W\d_])(?!\s+(?:19|20)\d\d)")
PER_YEAR_PART_START = ",;:(–-"
PER_YEAR_GOAL_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:phấn đấu|mục tiêu)\s+$")
PER_YEAR_AVERAGE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:trung bình|bình quân)\s+$")
PER_YEAR_VERB_AFTER_RE = re.compile(r"\s*(?:(?:đạt|là|trên|hơn|khoảng|gần)(?![^\W\d_])|[0-9])")
YEAR_NUMBER_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
YEAR_SPAN_RE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)")
IN_THE_YEAR_RE = re.compile(r"(?<![^\W\d_])trong\s+năm(?![^\W\d_])")
TARGET_CUE_RE = re.compile(
    r"phấn đấu|mục tiêu(?<!chương trình mục tiêu)|sẽ(?<![^\W\d_]sẽ)(?![^\W\d_])|dự kiến"
)
# A target the sentence says was met ("Các mục tiêu 95-95-95 ... cũng đạt được những con số
# tích cực (90,2% - ...)", "mục tiêu đề ra đã đạt"): its figures are results, not targets.
TARGET_MET_RE = re.compile(r"[^.;:]{0,60}?(?<![^\W\d_])(?:đạt được|đã đạt|đều đạt|đã hoàn thành)")
# A period after these words is a comparison base ("so với cùng kỳ năm 2022", "so với quý
# III", "so với kết quả thực hiện năm 2009") or the base figure's own ("cùng kỳ năm 2023 xảy
# ra 2 vụ"), not the main figure's; after "từ" a starting year ("đầu tư từ năm 2013");
# after "đợt 1" the name of a round; after a multiplier the base ("gấp 1,5 lần năm 2022").
EXCLUDED_BEFORE_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:so với|so|cùng kỳ)\s+"
    r"(?:cùng kỳ\s+|kết quả\s+(?:thực hiện\s+)?|thực hiện\s+)?"
    r"|(?<![^\W\d_])(?:từ|kể từ|trước|sau)\s+"
    r"|(?<![^\W\d_])lần\s+(?:so với\s+)?"
    r"|(?:đợt|lần|khóa|khoá)\s+(?:\d+|[ivx]+)\s+)$"
)
BEFORE_CUE_CHARS = 32
# A stage that ends a programme's or a standard's name is part of the name (read in the
# article as printed: the name is capitalised).
NAMED_STAGE_BEFORE_RE = re.compile(
    r"(?:Bộ tiêu chí|Chiến lược|Chương trình|Đề án|Kế hoạch|Quy hoạch|Nghị quyết)[^,;.]*$"
)
# At most this many words open a comma part before a period that speaks for the whole
# sentence ("Trong quý III, ...", "Riêng 9 tháng, ...").
ADVERBIAL_LEAD_WORDS = 2
ADVERBIAL_LEAD_RE = re.compile(r"^\W*(?:trong|tính|riêng|qua|sau|từ|đến|vào)(?![^\W\d_])")
# Parts of a sentence end at a semicolon or a colon (and at commas, COMMA_RE).
PART_BREAK_RE = re.compile(r";|:(?= )")
# "đạt 56,2% kế hoạch năm 2023": the plan's year, not the period of a result (a target
# "hoàn thành 100% chỉ tiêu kế hoạch năm 2024" is for that year).
PLAN_WORDS_RE = re.compile(r"kế hoạch|chỉ tiêu")
# Cumulative figures: from the start of the year to the end of a month ("lũy kế 9 tháng",
# "lũy kế từ đầu năm", "từ đầu năm đến nay", "đến hết tháng 9").
CUMULATIVE_RE = re.compile(
    r"(?:lũy|luỹ)\s+kế(?:\s+(?P<months>\d{1,2})\s+tháng)?"
    r"|(?:kể\s+)?từ\s+đầu\s+năm(?:\s+(?P<since>(?:19|20)\d\d))?(?:\s+đến\s+nay)?"
    r"|đến\s+hết\s+tháng\s+(?P<until>\d{1,2})(?!\d)(?:\s*/\s*(?P<uy>\d{4}))?"
)
# A year right after "từ đầu năm" ("từ đầu năm 2024 đến 30/6"): a span its dates bound.
YEAR_AFTER_RE = re.compile(r"\s+(?:19|20)\d\d")
CUMULATIVE_WORDS = ("lũy kế", "luỹ kế", "đầu năm", "đến hết")
# Dates that bound a period: "từ ngày 01/01 đến ngày 14/3/2023", "(từ 15/4 đến 15/5)", "đến
# ngày 31/12/2023".
_DAY_MONTH = (
    r"(?:ngày\s+)?(?P<d{n}>\d{{1,2}})\s*/\s*(?P<m{n}>\d{{1,2}})"
    r"(?:\s*/\s*(?P<y{n}>\d{{4}}))?"
)
DATE_BOUND_RE = re.compile(
    rf"từ\s+{_DAY_MONTH.format(n=1)}\s*(?:đến|[-–])\s*(?:hết\s+)?{_DAY_MONTH.format(n=2)}"
    rf"|đến\s+(?:hết\s+)?(?=ngày){_DAY_MONTH.format(n=3)}"
)
# Every period PERIOD_RE reads starts with one of these words, or the word before "tháng"
# ("6 tháng đầu năm", "chín tháng"): PERIOD_RE is tried only there.
PERIOD_WORD_RE = re.compile("năm|quý|tháng|giai|nửa")
# The noun of a call-up right before a "năm": the year is the call-up's (PERIOD_RE's callup).
CALLUP_BEFORE_RE = re.compile(rf"(?<![^\W\d_])(?:{CALLUP_WORDS})\s+$")
CALLUP_LOOKBACK = 24
# "trong năm", "trong kỳ", "trong 6 tháng", "trong năm qua": the period under review.
CURRENT_PERIOD_RE = re.compile(
    r"trong\s+(?:năm|kỳ|quý|tháng)(?![^\W\d_])(?!\s+(?:tới|sau|\d))"
    r"|trong\s+\d\s+tháng(?!\s+(?:đầu|cuối|tuổi))"
)
# "trẻ 9 tháng tuổi", "sau 9 tháng": an age or a length, not the nine months.
NINE_MONTHS_NOT_RE = re.compile(r"\s*tuổi")
LENGTH_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:sau|vòng|mất|kéo dài)\s+$")
# Awards ("tặng Giấy khen cho 9 tập thể và 27 cá nhân"): the period they name, else the
# reviewed one (their work is the period's).
AWARD_WORDS = ("khen", "thi đua", "danh hiệu")
AWARD_RE = re.compile(r"giấy khen|bằng khen|cờ thi đua|chiến sĩ thi đua|khen thưởng|danh hiệu")
AWARDEE_UNITS = frozenset({"tập thể", "cá nhân"})
# Honours for a whole record, no period's work (examples/gold/README.md): blood donors
# honoured for many donations ("hiến máu tình nguyện từ 30 lần trở lên"), the state's titles
# for a career ("Thầy thuốc Nhân dân", "Thầy thuốc Ưu tú"). (An order, "Huân chương Lao
# động", crowns a period's work in the golds: ac01, u02.)
WHOLE_RECORD_AWARD_RE = re.compile(r"hiến máu[^.;\n]{0,40}?\blần\b|thầy thuốc (?:nhân dân|ưu tú)")
# A figure in parentheses that opens with a period ("(năm 2022: 231.874 lượt)", "(cùng kỳ:
# 168.552 lượt)", "(cùng kỳ năm 2023 xảy ra 2 vụ)"), or alone in parentheses after one ("so
# với cùng kỳ năm 2022 (73.071)", "so với năm 2023 (78,4%)"): the earlier period's figure.
# The year so far named before a paragraph's first figure ("Từ đầu năm đến nay, ...", "Tính
# từ đầu năm,"; not "từ đầu năm 2023 đến 30/6", a range with its own end).
YEAR_TO_DATE_HEAD_RE = re.compile(r"(?<![^\W\d_])từ\s+đầu\s+năm(?!\s+(?:19|20)\d\d)")
FIRST_DIGIT_RE = re.compile(r"[0-9]")
SAME_PERIOD_RE = re.compile(r"cùng\s+kỳ")
# "cùng kỳ" right before a parenthesis that names a year.
SAME_PERIOD_BEFORE_RE = re.compile(r"cùng\s+kỳ\s*$")
SAME_PERIOD_BEFORE_CHARS = 12
# (Also after a comparison word: "(cao hơn so với năm 2021 là 14 ca)", "(so với cùng kỳ:".)
BASE_OPENING_RE = re.compile(
    r"\s*(?:(?:thấp|cao|ít|nhiều|giảm|tăng)\s+hơn\s+)?(?:so\s+với\s+)?"
    r"(?:cùng\s+kỳ|năm\s+\d{4}|quý|\d\s+tháng)"
)
BASE_BEFORE_RE = re.compile(
    r"(?:cùng\s+kỳ(?:\s+năm\s+\d{4})?|năm\s+\d{4}|quý\s+[iv\d]+(?:\s*/\s*\d{4})?)\s*$"
)
PRINTED_YEAR_KINDS = frozenset({Kind.YEAR, Kind.DATE})
# A deadline right after a target cue: "phấn đấu đến cuối năm 2024", "mục tiêu đến hết năm".
DEADLINE_RE = re.compile(r"\s*(?:đến|vào|tới)\s+(?:hết\s+)?(?:cuối\s+)?\S")
# A campaign month ("Trong Tháng hành động vì an toàn thực phẩm, ...") is its own period:
# `other`, of the year it names, else the reviewed year.
CAMPAIGN_RE = re.compile(r"tháng\s+hành\s+động(?P<rest>[^,;()]*?năm\s+(?P<year>\d{4}))?")
CAMPAIGN_WORDS = ("hành động",)
# The end of this year or of a quarter, named without a year, at a review of part of a year
# ("phấn đấu ... vào cuối năm", "đến cuối tháng 6" at a first-quarter meeting): that year, or
# the quarter the month ends. At a year-end review it stays unread (the year is ambiguous).
YEAR_END_RE = re.compile(
    r"(?:vào|đến|tới)\s+(?:hết\s+)?cuối\s+(?:năm(?!\s*\d)|tháng\s+(?P<month>\d{1,2})(?![\d/]))"
)

# ---------------------------------------------------------------------------------------------
# Indicator periods
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _PeriodCue:
    """A period named in a sentence ("năm 2022", "lũy kế 9 tháng", "trong năm"), or a stock
    cue ("Hiện", "Đến nay": ``period`` None)."""

    start: int
    end: int
    period: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class ReportPeriods:
    """The article's reviewed and upcoming periods and the years it prints."""

    reviewed: dict[str, Any]
    upcoming: dict[str, Any] | None
    years: frozenset[int]  # years the article prints (a period's year is grounded)
    # The reviewed period is a congress's past term (kind other): known even without its years.
    term: bool = False


def lower_in_place(text: str) -> str:
    """``text`` in lower case, each character kept in its place (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _with_year(period: dict[str, Any], periods: ReportPeriods) -> dict[str, Any]:
    """``period`` with its year as an int: a period printed without one ("quý IV", "6 tháng
    cuối năm") is the next period when it names it, else of the reviewed year."""
    if period["year"] is not None:
        return {**period, "year": int(period["year"])}
    upcoming = periods.upcoming
    if (
        upcoming is not None
        and upcoming["kind"] == period["kind"]
        and upcoming.get("index") == period["index"]
    ):
        return {**period, "year": upcoming["year"]}
    return {**period, "year": periods.reviewed["year"]}


def _months_from_january(months: int, year: int) -> dict[str, Any]:
    """The period from 1 January to the end of month ``months``."""
    return months_period(1, months, year)


# A table column's header that names a period ("Năm 2024", "6 th/2024", "6 tháng đầu 2009",
# "Quý I/2025"): the period of the column's cells ("th" is tháng as a header abbreviates it).
COLUMN_MONTHS_RE = re.compile(
    r"(?P<months>\d{1,2})\s*(?:th|tháng)\.?(?:\s+đầu)?(?:\s+năm)?\s*/?\s*(?P<year>(?:19|20)\d\d)"
)
# A table column's header that names a plan ("Kế hoạch", "KH 2025", "Chỉ tiêu giao"): its cells
# are targets, beside the achieved ones ("Thực hiện").
PLAN_COLUMN_RE = re.compile(
    r"(?:kế\s+hoạch|kh|chỉ\s+tiêu(?:\s+giao)?|mục\s+tiêu)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?"
)


def column_period(header: str) -> dict[str, Any] | None:
    """The period a table column's ``header`` names with its year (COLUMN_MONTHS_RE, or a
    whole PERIOD_RE match), else None."""
    lowered = " ".join(header.lower().split())
    months = COLUMN_MONTHS_RE.fullmatch(lowered)
    if months is not None:
        return _months_from_january(int(months.group("months")), int(months.group("year")))
    found = PERIOD_RE.fullmatch(lowered)
    named = period_of_match(found) if found is not None else None
    if named is None or named["year"] is None:
        return None
    return {**named, "year": int(named["year"])}


def plan_column(header: str) -> bool:
    """Whether a table column's ``header`` names a plan (PLAN_COLUMN_RE)."""
    return PLAN_COLUMN_RE.fullmatch(" ".join(header.lower().split())) is not None


def _is_last_day(day: int, month: int, year: int) -> bool:
    return month in MONTHS and day == calendar.monthrange(year, month)[1]


def _dated_period(match: re.Match[str], periods: ReportPeriods) -> dict[str, Any] | None:
    """The period two dates bound ("từ ngày 01/01 đến ngày 30/6/2022": the first half), or the
    year so far up to a date ("đến ngày 31/12/2023": the year); ``other`` for a part of one."""
    reviewed_year = int(periods.reviewed["year"])
    if match.group("d3"):
        day, month = int(match.group("d3")), int(match.group("m3"))
        year = int(match.group("y3") or reviewed_year)
        if month not in MONTHS:
            return None
        if _is_last_day(day, month, year):
            return _months_from_january(month, year)
        return {"kind": PeriodKind.OTHER, "year": year, "index": None}
    year = int(match.group("y2") or match.group("y1") or reviewed_year)
    return span_period(
        (int(match.group("d1")), int(match.group("m1"))),
        (int(match.group("d2")), int(match.group("m2"))),
        year,
    )


def span_period(first: tuple[int, int], last: tuple[int, int], year: int) -> dict[str, Any] | None:
    """The period of ``year`` that a span of days bounds, each day given as (day, month).

    A calendar period when the span is one ("1/1 - 30/6": the first half; "1/1 - 31/12":
    the year; "1/4 - 30/6": the second quarter), else ``other`` of that year; None when a
    month is no month.
    """
    first_day, first_month = first
    day, month = last
    if first_month not in MONTHS or month not in MONTHS:
        return None
    if first_day == 1 and _is_last_day(day, month, year):
        return months_period(first_month, month, year)
    return {"kind": PeriodKind.OTHER, "year": year, "index": None}


def _cumulative_period(match: re.Match[str], periods: ReportPeriods) -> dict[str, Any] | None:
    """The year so far: "lũy kế 9 tháng", "đến hết tháng 9" name its months; "lũy kế", "từ đầu
    năm" run to the end of the reviewed period."""
    reviewed = periods.reviewed
    months_text = match.group("months") or match.group("until")
    since = match.group("since")
    if since is not None and match.group().endswith("nay"):
        if reviewed["year"] is not None and int(since) == int(reviewed["year"]):
            since = None  # the reviewed year so far, as a bare "từ đầu năm đến nay" is
        else:
            # "từ đầu năm 2025 đến nay": that year so far (before the reviewed year, a total
            # since then: a stock, _total_since_earlier_year)
            return {"kind": PeriodKind.OTHER, "year": int(since), "index": None}
    if (
        months_text is None
        and reviewed["kind"] == PeriodKind.YEAR
        and "đầu" in match.group()
        and since is None
        and not YEAR_AFTER_RE.match(match.string, match.end())
    ):
        # "từ đầu năm đến nay" in a year's report: the year so far (real-corpus convention);
        # "từ đầu năm 2024 đến 30/6" is bounded by its dates
        return {"kind": PeriodKind.OTHER, "year": reviewed["year"], "index": None}
    if months_text is None and reviewed["kind"] in {PeriodKind.YEAR, PeriodKind.OTHER}:
        return dict(reviewed)
    months = int(months_text) if months_text else period_end_month(reviewed)
    if months not in MONTHS:
        return None
    return _months_from_january(months, int(match.group("uy") or reviewed["year"]))


def _total_since_earlier_year(match: re.Match[str], periods: ReportPeriods) -> bool:
    """Whether a year so far named with its year is before the reviewed year ("Từ đầu năm 2019
    đến nay, tỉnh đã xây mới 24 trạm" in the 2023 review): a total since that year, a stock."""
    since = match.group("since")
    return (
        since is not None
        and match.group().endswith("nay")
        and periods.reviewed["year"] is not None
        and int(since) < int(periods.reviewed["year"])
    )


def _bulletin_total(
    lowered: str, match: re.Match[str], chunk: str, periods: ReportPeriods
) -> dict[str, Any] | None:
    """The period of a stock cue: None (a stock), but a weekly bulletin's "tích lũy" (the
    sentence or the headline names a week of the year: BULLETIN_WEEK_RE) is the year so far."""
    if "tích" not in match.group():
        return None
    week = BULLETIN_WEEK_RE.search(chunk) if "tuần" in chunk else None
    if week is None:
        newline = lowered.find("\n")
        headline = lowered if newline == -1 else lowered[:newline]
        week = BULLETIN_WEEK_RE.search(headline) if "tuần" in headline else None
    if week is None:
        return None
    year = week.group("year") or periods.reviewed["year"]
    return {"kind": PeriodKind.OTHER, "year": int(year), "index": None}


def _year_end_period(match: re.Match[str], periods: ReportPeriods) -> dict[str, Any] | None:
    """The period a "cuối năm" / "cuối tháng 6" names at a review of part of the year: the
    reviewed year, or the quarter ending that month (after the reviewed period only)."""
    year = int(periods.reviewed["year"])
    if match.group("month") is None:
        return {"kind": PeriodKind.YEAR, "year": year, "index": None}
    month = int(match.group("month"))
    if month % 3 or month > 12 or month <= period_end_month(periods.reviewed):
        return None
    return {"kind": PeriodKind.QUARTER, "year": year, "index": month // 3}


def _excluded_cue(lowered: str, start: int) -> bool:
    """Whether the period at ``start`` is a comparison base, a starting year or a round name."""
    return EXCLUDED_BEFORE_RE.search(lowered, max(0, start - BEFORE_CUE_CHARS), start) is not None


@dataclass(frozen=True, slots=True)
class SentencePeriods:
    """What one sentence says about periods: its period and stock cues in order, where its
    target cues ("phấn đấu", ...) end, where its parts (between commas, semicolons and
    colons) start, and whether it hands out awards."""

    span: Span
    cues: tuple[_PeriodCue, ...]
    target_ends: tuple[int, ...]
    part_starts: tuple[int, ...]
    award: bool

    def part_start(self, position: int) -> int:
        """Where the part holding ``position`` starts."""
        return self.part_starts[bisect.bisect_right(self.part_starts, position) - 1]

    def first_target_before(self, position: int) -> int | None:
        """Where the sentence's first target cue ends, if it comes before ``position``: the
        target's stretch opens there, whatever cue repeats it later ("Dự kiến đến cuối năm
        2031, phòng khám sẽ ...")."""
        if self.target_ends and self.target_ends[0] <= position:
            return self.target_ends[0]
        return None


def sentence_periods(
    text: str, lowered: str, sentence: Span, periods: ReportPeriods
) -> SentencePeriods:
    """Read one sentence's periods (see :class:`SentencePeriods`). Each pattern runs only
    where a word it needs occurs. ``lowered`` is the article in lower case (see
    :func:`lower_in_place`); a stage in a name is read in ``text``, as printed."""
    chunk = lowered[sentence.start : sentence.end]
    cues: list[_PeriodCue] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= left or start >= right for left, right in taken)

    def add(start: int, end: int, period: dict[str, Any] | None) -> None:
        taken.append((start, end))
        cues.append(_PeriodCue(start, end, period))

    if any(word in chunk for word in STOCK_WORDS):
        for match in STOCK_CUE_RE.finditer(lowered, sentence.start, sentence.end):
            add(match.start(), match.end(), _bulletin_total(lowered, match, chunk, periods))
    if "/" in chunk:
        for match in DATE_BOUND_RE.finditer(lowered, sentence.start, sentence.end):
            dated = _dated_period(match, periods)
            if dated is not None and free(match.start(), match.end()):
                add(match.start(), match.end(), dated)
    if "hành động" in chunk:
        for match in CAMPAIGN_RE.finditer(lowered, sentence.start, sentence.end):
            year = int(match.group("year") or periods.reviewed["year"])
            add(match.start(), match.end(), {"kind": PeriodKind.OTHER, "year": year, "index": None})
    if "cuối" in chunk and periods.reviewed["kind"] != PeriodKind.YEAR:
        for match in YEAR_END_RE.finditer(lowered, sentence.start, sentence.end):
            ending = _year_end_period(match, periods)
            if ending is not None and free(match.start(), match.end()):
                add(match.start(), match.end(), ending)
    if any(word in chunk for word in CUMULATIVE_WORDS):
        for match in CUMULATIVE_RE.finditer(lowered, sentence.start, sentence.end):
            if _total_since_earlier_year(match, periods) and free(match.start(), match.end()):
                add(match.start(), match.end(), None)
                continue
            cumulative = _cumulative_period(match, periods)
            if cumulative is not None and free(match.start(), match.end()):
                add(match.start(), match.end(), cumulative)
    resume = sentence.start
    for word in PERIOD_WORD_RE.finditer(lowered, sentence.start, sentence.end):
        if word.start() < resume:
            continue
        found = None
        if word.group() == "tháng":  # "6 tháng đầu năm", "chín tháng": from the word before
            space = lowered.rfind(" ", sentence.start, word.start() - 1)
            before = space + 1 if space != -1 else sentence.start
            if before >= resume:
                found = PERIOD_RE.match(lowered, before, sentence.end)
        if found is None and word.group() == "năm":
            # "khám tuyển nghĩa vụ quân sự năm 2020": the call-up's year, read from its noun
            callup = CALLUP_BEFORE_RE.search(
                lowered, max(resume, word.start() - CALLUP_LOOKBACK), word.start()
            )
            if callup is not None:
                found = PERIOD_RE.match(lowered, callup.start(), sentence.end)
        if found is None:
            found = PERIOD_RE.match(lowered, word.start(), sentence.end)
        if found is None:
            continue
        resume = found.end()
        named = period_of_match(found)
        if named is None or not free(found.start(), found.end()):
            continue
        if found.group("stage") and NAMED_STAGE_BEFORE_RE.search(
            text, sentence.start, found.start()
        ):
            continue  # "Bộ tiêu chí quốc gia về y tế xã giai đoạn 2020 - 2030": a name
        if found.group("nine") and (
            NINE_MONTHS_NOT_RE.match(lowered, found.end())
            or LENGTH_BEFORE_RE.search(lowered[max(0, found.start() - 12) : found.start()])
        ):
            continue
        add(found.start(), found.end(), _with_year(named, periods))
    if "trong" in chunk:
        for match in CURRENT_PERIOD_RE.finditer(lowered, sentence.start, sentence.end):
            if free(match.start(), match.end()):
                add(match.start(), match.end(), dict(periods.reviewed))
    targets: tuple[int, ...] = ()
    if any(word in chunk for word in TARGET_WORDS):
        targets = tuple(
            match.end()
            for match in TARGET_CUE_RE.finditer(lowered, sentence.start, sentence.end)
            if not TARGET_MET_RE.match(lowered, match.end(), sentence.end)
        )
    starts = {sentence.start}
    if ";" in chunk or ":" in chunk:
        starts.update(
            match.end() for match in PART_BREAK_RE.finditer(lowered, sentence.start, sentence.end)
        )
    if "," in chunk:
        starts.update(
            match.end() for match in COMMA_RE.finditer(lowered, sentence.start, sentence.end)
        )
    return SentencePeriods(
        sentence,
        tuple(
            sorted(
                (
                    cue
                    for cue in cues
                    if cue.period is None or not _excluded_cue(lowered, cue.start)
                ),
                key=lambda cue: cue.start,
            )
        ),
        targets,
        tuple(sorted(starts)),
        any(word in chunk for word in AWARD_WORDS)
        and AWARD_RE.search(lowered, sentence.start, sentence.end) is not None,
    )


def _open_parenthesis(lowered: str, sentence: Span, position: int) -> int:
    """Where the parenthesis around ``position`` opens, or -1."""
    opening = lowered.rfind("(", sentence.start, position)
    if opening != -1 and lowered.find(")", opening, position) == -1:
        return opening
    return -1


@dataclass(frozen=True, slots=True)
class FigureSpot:
    """Where a figure sits: its sentence, its ``;`` part, its own span and where the next
    figure of the sentence starts."""

    sentence: Span
    part: Span
    start: int
    end: int
    next_start: int


def spot_figure(lowered: str, sentence: Span, start: int, end: int, next_start: int) -> FigureSpot:
    """Where a figure ``[start, end)`` of ``sentence`` sits: its ``;`` part and the next
    figure's start (``lowered`` is the text from :func:`lower_in_place`)."""
    left = lowered.rfind(";", sentence.start, start)
    right = lowered.find(";", end, sentence.end)
    part = Span(left + 1 if left != -1 else sentence.start, right if right != -1 else sentence.end)
    return FigureSpot(sentence, part, start, end, next_start)


def _visible(
    lowered: str, spot: FigureSpot, frame: SentencePeriods, cue: _PeriodCue, target: int | None
) -> bool:
    """Whether a cue before the figure speaks for it.

    One inside a parenthesis about an earlier period ("(cùng kỳ năm 2022: 187 ca)") speaks
    only for the figures in it. A stock cue speaks for the rest of its part. A period in
    another comma part speaks for the figure when it opens that part as an adverbial ("Trong
    quý III, ...", "9 tháng năm 2023, ..."), annotates it in parentheses ("Số ca mắc (tính từ
    ngày 01/01 đến ngày 14/3), ..."), or follows the target cue of a list of targets
    ("phấn đấu đến hết năm 2023 tỷ lệ ... đạt 93%, tỷ lệ ... 95%"); not when it sits inside
    a clause ("gặp khó khăn do thiếu vắc xin trong quý II, ...").
    """
    opening = _open_parenthesis(lowered, spot.sentence, cue.start)
    if opening != -1 and _open_parenthesis(lowered, spot.sentence, spot.start) != opening:
        return not BASE_OPENING_RE.match(lowered, opening + 1)
    if cue.period is None or cue.start >= frame.part_start(spot.start):
        return True
    if target is not None and cue.start >= target:
        return True
    lead = lowered[frame.part_start(cue.start) : cue.start]
    return len(lead.split()) <= ADVERBIAL_LEAD_WORDS or bool(ADVERBIAL_LEAD_RE.match(lead))


def _main_period(
    lowered: str, spot: FigureSpot, frame: SentencePeriods, periods: ReportPeriods, unit: str
) -> dict[str, Any] | None:
    """The period of a figure that is not an earlier period's base figure (see
    :func:`indicator_period`)."""
    # The target's stretch opens at the sentence's first target cue: a deadline after it
    # speaks for the figures though a later cue repeats the aim ("... sẽ ...").
    target_end = frame.first_target_before(spot.start)
    target = target_end is not None
    visible = [cue for cue in frame.cues if _visible(lowered, spot, frame, cue, target_end)]
    # A period right after the figure, in its comma part: "28,5 giường bệnh/vạn dân năm
    # 2015", "đạt trên 95% vào cuối năm 2022", "38 người nhiễm HIV trong 9 tháng".
    comma = COMMA_RE.search(lowered, spot.end, spot.part.end)
    limit = min(spot.next_start, comma.start() if comma else spot.part.end, spot.part.end)
    opening = lowered.find("(", spot.end, limit)
    if opening != -1 and not lowered[spot.end : opening].strip():
        # a parenthesis right after the figure that holds only a period: "tăng từ 81% (năm
        # 2020) lên 88%" is 2020's level
        closing = lowered.find(")", opening, spot.part.end)
        for cue in frame.cues:
            if (
                cue.period is not None
                and opening < cue.start
                and cue.end <= closing
                and not lowered[opening + 1 : cue.start].strip()
                and not lowered[cue.end : closing].strip()
            ):
                return cue.period
    limit = opening if opening != -1 else limit
    for cue in visible:
        if spot.end <= cue.start and cue.end <= limit and cue.period is not None:
            if target or not PLAN_WORDS_RE.search(lowered, spot.end, cue.start):
                return cue.period
            break
    # The last period or stock cue before the figure in its part.
    before = [cue for cue in visible if spot.part.start <= cue.start and cue.end <= spot.start]
    if before:
        return before[-1].period
    if not target and _is_stock_headcount(lowered, spot):
        return None  # (a target's "có 7,5 bác sĩ/vạn dân" is the target's, below)
    earlier = [cue for cue in visible if cue.end <= spot.start]
    if earlier and earlier[0].period is None:
        lead = lowered[spot.sentence.start : earlier[0].start]
        if STOCK_OPENING_RE.match(lead) or (
            lowered.startswith(MANAGED_CUE, earlier[0].start) and MANAGED_SUBJECT_RE.match(lead)
        ):
            return None  # "Hiện ...; ...", "Đến nay, ...; ...": the whole sentence is a stock
    named = [cue.period for cue in earlier if cue.period is not None]
    if not target and not named and _is_structure(lowered, spot, unit):
        return None  # "quy mô 250 giường bệnh, 7 phòng chức năng": what the unit has
    if target_end is not None:
        # "6 tháng cuối năm, ... phấn đấu đến cuối năm 2024 ...; giảm ... xuống dưới 5 trạm":
        # a deadline right after the target cue speaks for the rest of the sentence (not a
        # plain period: "phấn đấu cả năm 2024 triển khai ...; tỷ lệ ..." keeps the next one).
        deadline = next(
            (
                cue.period
                for cue in earlier
                if cue.period is not None
                and cue.start >= target_end
                and DEADLINE_RE.match(lowered[target_end : cue.end])
            ),
            None,
        )
        if deadline is not None:
            return deadline
    if named:
        return named[0]
    if target:
        return periods.upcoming
    if periods.reviewed["year"] and _year_to_date_paragraph(lowered, spot.sentence.start):
        # "Từ đầu năm đến nay, ... Cụ thể, ...": the paragraph's figures are the year so far.
        return {"kind": PeriodKind.OTHER, "year": periods.reviewed["year"], "index": None}
    return periods.reviewed


def _year_to_date_paragraph(lowered: str, position: int) -> bool:
    """Whether the paragraph around ``position`` opens on the year so far: "Từ đầu năm đến
    nay, ..." or "Theo báo cáo, từ đầu năm đến nay trên địa bàn có 69 nghìn lượt ..." (the
    words before its first figure)."""
    paragraph = lowered.rfind("\n", 0, position) + 1
    end = lowered.find("\n", paragraph)
    end = len(lowered) if end == -1 else end
    first_figure = FIRST_DIGIT_RE.search(lowered, paragraph, end)
    head_end = first_figure.start() if first_figure is not None else end
    return YEAR_TO_DATE_HEAD_RE.search(lowered, paragraph, head_end) is not None


def _is_structure(lowered: str, spot: FigureSpot, unit: str) -> bool:
    """Whether the figure counts a unit's departments ("khoa", "phòng chức năng", "khoa,
    phòng") or the beds it has ("quy mô 250 giường bệnh", "số giường thực kê ... là 264"),
    not a rate of them ("giường bệnh/vạn dân") nor beds set up or given in the period."""
    if "/" in unit:
        return False
    head = unit.split(",")[0].split(" ")[0].lower()
    if head in STRUCTURE_HEADS:
        return True
    low = max(spot.part.start, spot.start - BED_STOCK_CHARS)
    return head in BED_HEADS and BED_STOCK_BEFORE_RE.search(lowered, low, spot.start) is not None


def _is_stock_headcount(lowered: str, spot: FigureSpot) -> bool:
    """Whether the figure is a headcount a unit has: "Trạm có 6 viên chức", "nhân lực chỉ
    có 7 người", "29/29 trạm y tế có bác sĩ"."""
    after = lowered[spot.end : spot.part.end]
    head = lowered[spot.part.start : spot.start]
    if "có" in head or STAFF_BODY in head:
        noun = after.lstrip()
        has_before = STAFF_HAS_BEFORE_RE.search(head, max(0, len(head) - 8)) or (
            STAFF_LIST_BEFORE_RE.search(head)
        )
        if has_before and (
            STAFF_UNIT_RE.match(noun) or (noun.startswith("người") and WORKFORCE_SUBJECT in head)
        ):
            return True
    return "có" in after and STAFF_PRESENCE_AFTER_RE.match(after) is not None


def _base_period(
    lowered: str, spot: FigureSpot, frame: SentencePeriods, periods: ReportPeriods
) -> tuple[bool, dict[str, Any] | None]:
    """(whether the figure is an earlier period's figure, that period): "(năm 2022: 231.874
    lượt)" is 2022's, "(cùng kỳ: 168.552 lượt)" the same period a year before."""
    opening = _open_parenthesis(lowered, spot.sentence, spot.start)
    if opening == -1:
        return False, None
    inside = lowered[opening + 1 : spot.start]
    base = BASE_OPENING_RE.match(inside)
    named_text = inside
    if base is None and not inside.strip():
        base = BASE_BEFORE_RE.search(lowered, spot.sentence.start, opening)
        named_text = base.group() if base is not None else ""
    if base is None:
        return False, None
    named = PERIOD_RE.search(named_text)
    period = period_of_match(named) if named is not None else None
    low = max(spot.sentence.start, opening - SAME_PERIOD_BEFORE_CHARS)
    if SAME_PERIOD_RE.search(named_text) or SAME_PERIOD_BEFORE_RE.search(lowered, low, opening):
        # "(cùng kỳ: 168.552 lượt)", and "so với cùng kỳ (năm 2017 đạt 90,4%)": the same
        # period of that year.
        main_spot = spot_figure(lowered, spot.sentence, opening, opening, opening)
        main = _main_period(lowered, main_spot, frame, periods, "")  # the sentence's own
        if main is None:
            return True, None
        year = int(period["year"]) if period is not None and period["year"] else main["year"] - 1
        return True, {**main, "year": year}
    return True, _with_year(period, periods) if period is not None else None


def _per_year(lowered: str, spot: FigureSpot) -> bool:
    """Whether the figure's sentence says "hằng năm" / "mỗi năm" adverbially before it and
    names no one year (see PER_YEAR_RE)."""
    sentence = spot.sentence
    cues = list(PER_YEAR_RE.finditer(lowered, sentence.start, spot.start))
    if not cues or IN_THE_YEAR_RE.search(lowered, sentence.start, sentence.end):
        return False
    cue = cues[-1]
    before = lowered[sentence.start : cue.start()].rstrip()
    end = min(spot.part.end, spot.next_start) if spot.next_start > spot.end else spot.part.end
    if YEAR_NUMBER_RE.search(YEAR_SPAN_RE.sub(" ", before)) or YEAR_NUMBER_RE.search(
        lowered, cue.end(), end
    ):
        return False
    return (
        not before
        or before[-1] in PER_YEAR_PART_START
        or PER_YEAR_GOAL_BEFORE_RE.search(lowered, sentence.start, cue.start()) is not None
        # "Bình quân mỗi năm, trạm tiêm cho ...": a yearly average is no one year's
        or PER_YEAR_AVERAGE_BEFORE_RE.search(lowered, sentence.start, cue.start()) is not None
        or PER_YEAR_VERB_AFTER_RE.match(lowered, cue.end()) is not None
    )


def indicator_period(
    lowered: str,
    spot: FigureSpot,
    frame: SentencePeriods,
    periods: ReportPeriods,
    unit: str,
    quote: str,
) -> dict[str, Any] | None:
    """The period a figure is about, by the conventions of the golds.

    * a figure that is an earlier period's, in parentheses ("(năm 2022: 231.874 lượt)",
      "so với cùng kỳ năm 2022 (73.071)"): that period;
    * awards: the period the sentence names ("có thành tích xuất sắc trong năm 2023"), else
      the reviewed one; none for a whole record ("hiến máu từ 30 lần", "Thầy thuốc Ưu tú");
      an area ("25ha"): none;
    * a period right after the figure ("76,5% năm 2015"), else the last period or stock cue
      before it in its ``;`` part ("Lũy kế 9 tháng, ...", "Hiện toàn huyện có ..."), not a
      comparison base ("so với cùng kỳ năm 2022", "so với quý III");
    * a stock: a headcount ("có 6 viên chức") or a sentence opening on "Hiện" / "Đến nay";
    * else the first period the sentence names before the figure;
    * else a target ("phấn đấu", "mục tiêu", "sẽ"): the next period; else the reviewed one.
    """
    is_base, period = _base_period(lowered, spot, frame, periods)
    if not is_base:
        if frame.award and (unit in AWARDEE_UNITS or AWARD_RE.search(quote.lower()) is not None):
            named = [cue.period for cue in frame.cues if cue.period is not None]
            # Awards crown the work of the period reviewed (examples/gold/README.md), a
            # congress's the past term ("tặng Bằng khen ... nhiệm kỳ qua"); honours for a
            # whole record crown no period's.
            if WHOLE_RECORD_AWARD_RE.search(lowered, spot.part.start, spot.part.end):
                period = None
            else:
                period = named[0] if named else periods.reviewed
        elif unit.lower() in AREA_UNITS:
            period = None
        elif (planned := plan_heading_year(lowered, spot.start)) is not None:
            # an item listed under "Chỉ tiêu kế hoạch ... năm 2009": that year's target
            period = {"kind": PeriodKind.YEAR, "year": planned, "index": None}
        else:
            period = _main_period(lowered, spot, frame, periods, unit)
        if (
            periods.term
            and periods.upcoming is not None
            and NEW_TERM_RE.search(lowered, spot.part.start, spot.part.end)
        ):
            # "bầu Ban Chấp hành khóa mới gồm 17 người": the congress's new term.
            period = periods.upcoming
        if _per_year(lowered, spot) and (
            not periods.term
            or any(word in lowered[spot.sentence.start : spot.start] for word in TARGET_WORDS)
        ):
            # every year's figure; a congress's past term keeps its yearly work ("mỗi năm
            # Hội tổ chức 5 đợt khám"), its new term's yearly targets have no period
            period = None
    if (
        period is not None
        and period["year"] == UNKNOWN_YEAR
        and (
            period["kind"] != PeriodKind.OTHER
            or period == {**periods.reviewed, "year": UNKNOWN_YEAR}
        )
    ):
        # The reviewed month, quarter or half-year, its year printed nowhere ("Trong tháng 3,
        # ..."), or the past term of a congress ("Trong nhiệm kỳ qua, ..."): the figure's
        # period is known, its year not. So is a month or a quarter the figure's own sentence
        # names on a page that prints no year for the period it reviews ("Từ đầu năm đến nay,
        # ... . Trong tháng 5, Chi cục đã tổ chức 30 buổi ..."). So is the figure of a span
        # reviewed without its year ("đợt 2", "5 tháng"), of an event or of a news item that
        # names no period (reviewed "other", its year unknown), as the golds read them.
        return {**period, "year": None}
    if period is None or period["year"] not in periods.years:
        return None  # a year the article does not print would not be grounded
    return period
