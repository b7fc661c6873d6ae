"""The no-model backend: fill a ``health_review`` report from the article alone.

Review-conference articles are formulaic. A lead sentence says who met and when
(``Chiều ngày 3/1/2024, Trung tâm Y tế huyện Đắk Song đã tổ chức Hội nghị tổng kết công tác
năm 2023; triển khai ... năm 2024``); quantitative facts sit in short clauses around a number
and its unit noun (``kiểm tra 604 cơ sở``, ``đạt 82,8%``); plans follow cue words
(``phương hướng``, ``nhiệm vụ``, ``đề nghị``). This module reads those patterns with
precompiled regular expressions over the :class:`~baocao.numerals.NumberIndex`, and names the
province of a district with the ``vietnamadminunits`` gazetteer (LEGACY mode, 63 provinces).

Every number it emits is grounded by construction: indicator values come from the index's
mentions and each quote is a verbatim slice of ``Document.text`` around the mention.

The rules are written for the genre (Vietnamese health-sector review articles), not for any
one article; where a rule cannot decide, the field stays empty rather than guessed.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pydantic import BaseModel, ValidationError
from vietnamadminunits.database import get_data

from baocao.documents import Document
from baocao.errors import ConfigError, ExtractionError
from baocao.numerals import (
    COUNT_UNITS,
    QUANTITY_KINDS,
    Kind,
    NumberIndex,
    NumberMention,
    Qualifier,
)

logger = logging.getLogger(__name__)

SUPPORTED_REPORT = "health_review"
# The fields that identify the health_review model (DESIGN.md contract names).
REQUIRED_FIELDS = frozenset(
    {
        "title",
        "event_date",
        "organizer",
        "organizer_level",
        "province",
        "district",
        "meeting_kind",
        "reviewed_period",
        "next_period",
        "people",
        "indicators",
        "achievements",
        "challenges",
        "priorities",
        "author",
    }
)

# ---------------------------------------------------------------------------------------------
# Regex pieces
# ---------------------------------------------------------------------------------------------

_UPPER = "A-Z" + "".join(
    ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.isupper() and ch.isalpha()
)
_CAP = rf"[{_UPPER}][^\W\d_]*"  # a capitalised syllable
_CAP_WORDS = rf"{_CAP}(?:[ \t]+{_CAP}|[ \t]*-[ \t]*{_CAP})*"  # "Bà Rịa - Vũng Tàu"
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
_LETTER = r"[^\W\d_]"


def _word_start(literal: str, not_after: str = r"\w") -> str:
    r"""``literal`` where no ``not_after`` character precedes it (``\b`` + ``literal`` by default).

    Written as the literal then a look-behind, not a look-behind first: a pattern whose
    alternatives all start with a literal (no flags, no character class) lets the regex engine
    skip ahead to their first characters instead of trying a match at every position; several
    times faster over the many sentences and statements the rules scan.
    """
    return rf"{literal}(?<!{not_after}{literal})"


def _word(literal: str) -> str:
    r"""``\b`` + ``literal`` + ``\b``, literal first (see :func:`_word_start`)."""
    return rf"{_word_start(literal)}\b"


# How a sentence or clause ends: punctuation followed by a space or the end (never the dot of
# "75.135" or the colon of "15:17"), or a line break.
SENTENCE_END_RE = re.compile(r"[.!?…]+(?=\s|$)|\n")
CLAUSE_END_RE = re.compile(r"[.!?…;:]+(?=\s|$)|\n")
# A comma that ends a part of a long clause: not a decimal comma, nor one inside a list of
# administrative units ("107/107 trạm y tế xã, phường, thị trấn đã triển khai ..."), which
# names what is counted and would cut the quote from what was done.
COMMA_RE = re.compile(r",(?!\d)(?![ \t]*(?:phường|thị trấn|thị xã|xã|quận|huyện)(?!\w))")
CONNECTIVE_RE = re.compile(
    r"\s(?:và|đồng thời|đến nay|trong đó|nhưng|tuy nhiên|nhờ đó|song|riêng)\s", re.IGNORECASE
)
WINDOW_WORDS = 10
# Words that, alone before a figure, say nothing about what it measures.
CONTEXTLESS_LEAD = frozenset(
    {
        "đạt",
        "chiếm",
        "tăng",
        "giảm",
        "là",
        "bằng",
        "với",
        "và",
        "có",
        "gần",
        "hơn",
        "trên",
        "khoảng",
    }
)
SPAN_TRIM_LEFT = ",;:-–—"
SPAN_TRIM_RIGHT = ",;:-–—"
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# Publication furniture: a line that is only a date (with a weekday, time, time zone), or
# starts with a posting label. Never read as the meeting date.
PUBLICATION_LINE_RE = re.compile(
    r"^\s*(?:(?:đăng lúc|đăng ngày|ngày đăng|cập nhật(?: lúc)?|ngày cập nhật|thời gian đăng"
    r"|xuất bản|posted|date)\s*:?\s*[\d/.:,\s-]*(?:\(GMT[^)]*\))?\s*"
    r"|(?:(?:thứ\s+\w+|chủ nhật)\s*[-,|]?\s*)?(?:ngày\s+)?"
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|\d{4}-\d{1,2}(?:-\d{1,2})?)"
    rf"(?:\s*[-,|]?\s*{_TIME})?\s*(?:\(GMT[^)]*\))?\s*[|-]?\s*)$",
    re.IGNORECASE,
)
# A posting date printed in a line (numeric, worded, or ISO "2023-12" as some sites prefix).
PUBLICATION_DATE_RE = re.compile(
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})"
    r"|(?<!\d)(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{1,2})(?:-(?P<d3>\d{1,2}))?(?!\d)"
)
TITLE_PREFIX_RE = re.compile(r"^\s*(?:date\s*:?\s*)?(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?\s+")
TITLE_MAX_LINE = 8
# Site furniture above the headline: the site's name ("Sở Y tế Hòa Bình - Cổng thông tin điện
# tử", "Báo điện tử ...") and section labels or breadcrumbs ("Thời sự | Y tế", "Trang chủ »
# Tin tức"), whose parts are short labels, never a headline.
# (Lower case, matched against the lowered line: mastheads are often in capitals.)
SITE_NAME_RE = re.compile(
    r"(?:cổng|trang|báo|tạp chí)[ \t]+(?:thông[ \t]+tin[ \t]+)?điện[ \t]+tử|cổng ttđt|trang ttđt"
)
# A masthead: a newspaper or portal named with its "điện tử" ("Báo Điện Biên Phủ điện tử"), or
# a unit's name printed in capitals ("TRUNG TÂM Y TẾ QUẬN X - HÀ NỘI"): no figure, no meeting.
MASTHEAD_MAX_WORDS = 14
SITE_MASTHEAD_RE = re.compile(r"^(?:báo(?![ \t]+cáo)|tạp chí|cổng|trang)[ \t].*điện[ \t]+tử$")
UNIT_MASTHEAD_RE = re.compile(
    r"^(?:TRUNG TÂM|SỞ|BỆNH VIỆN|TRẠM|CHI CỤC|BỘ|UBND|ỦY BAN|UỶ BAN|PHÒNG|TRƯỜNG)[ \t]"
)
SECTION_SEPARATOR_RE = re.compile(r"[ \t]+[|»›>/][ \t]+")
SECTION_LABEL_MAX_WORDS = 4
ISO_HINT_RE = re.compile(
    r"(?<![\d/])(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?(?!\d)"
)

# The meeting date: a time-of-day or "ngày" cue, then a day/month (year optional).
# It runs over every article body, so the cue is written for speed: without IGNORECASE, every
# alternative a word in both cases starting with a literal (see _word_start), the weekday
# repeated after each time of day.
_TIMES_OF_DAY = ("Sáng", "sáng", "Chiều", "chiều", "Tối", "tối", "Trưa", "trưa")
# After the time of day: a weekday ("Sáng thứ Năm") or the wire-news "nay" / "qua" ("Sáng nay",
# "Chiều hôm qua"), then the date, either plain or in brackets, with or without "ngày":
# "Sáng thứ Năm (6/10)", "Chiều nay (6/1)", "Sáng (ngày 12/3)", "Sáng thứ Hai, ngày 8/1".
_AFTER_TIME_OF_DAY = (
    r"(?:\s+(?:[Tt]hứ\s+\w+|[Cc]hủ nhật|(?:hôm\s+)?(?:nay|qua)))?"
    r"(?:\s*[,(]\s*|\s+)(?:ngày\s+)?"
)
_DAY_CUE = (
    "(?:"
    + "|".join(
        [
            *(_word_start(time) + _AFTER_TIME_OF_DAY for time in _TIMES_OF_DAY),
            *(_word_start(word) + r"\s+\(?\s*" for word in ("Ngày", "ngày", "Hôm", "hôm")),
        ]
    )
    + ")"
)
# A meeting over several days prints a day range or list; its first day is the meeting date:
# "ngày 20-21/12", "ngày 20 - 21/12/2023", "từ ngày 14 đến 15/7", "ngày 20 - 21 tháng 12",
# "Trong 2 ngày (3 và 4/10)".
_DAY_RANGE = r"(?:\s*[-–]\s*|\s+(?:đến|và)\s+(?:ngày\s+)?)\d{1,2}"
EVENT_DATE_RE = re.compile(
    rf"{_DAY_CUE}"
    rf"(?:(?P<d2>\d{{1,2}})(?:{_DAY_RANGE}(?=\s+tháng))?"
    r"\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?"
    rf"|(?P<d>\d{{1,2}})(?:{_DAY_RANGE}(?=\s*[/.]\s*\d))?"
    r"\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?)(?![\d/])"
)
MEETING_WORDS_RE = re.compile(
    r"hội nghị|tổ chức|diễn ra|khai mạc|cuộc họp|họp|tổng kết|sơ kết|giao ban", re.IGNORECASE
)
# Allowed before a sentence-initial date: nothing, or a connective ("Vừa qua,", "Trong").
SENTENCE_LEAD_RE = re.compile(r"^[\s\"“(\-–]*(?:vừa qua,?\s*|trong\s+)?$", re.IGNORECASE)
# How many sentences after the headline may hold a lead that prints no date.
LEAD_MAX_SENTENCES = 3
# A year-end review is held in the last months of the year or the first of the next.
MAX_PERIOD_LAG_MONTHS = 1

# Organisers: (pattern, level), tried in order within a sentence; the earliest match wins.
_DISTRICT_TYPES = r"(?:huyện|thị xã|thành phố|quận|TP\.?|TX\.?)"
# Agencies of the province under its Sở Y tế, named by function then usually "tỉnh X": their
# review meetings are the province's ("Chi cục An toàn vệ sinh thực phẩm tỉnh Quảng Bình",
# "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Lào Cai"). Listed before the district health
# centre so that "Trung tâm Y tế Dự phòng tỉnh" is not read as a Trung tâm Y tế of a district.
_HOA = "h(?:óa|oá)"
_KHOE = "kh(?:ỏe|oẻ)"
_PROVINCIAL_AGENCY = (
    r"(?:Chi cục[ \t]+(?:An toàn vệ sinh thực phẩm|An toàn thực phẩm"
    rf"|Dân số(?:[ \t]*[-–][ \t]*|[ \t]+và[ \t]+)Kế hoạch {_HOA} gia đình|Dân số)"
    r"|Trung tâm Kiểm soát [bB]ệnh tật(?:[ \t]*\(CDC\))?|Trung tâm [Yy] tế [Dd]ự phòng"
    rf"|Trung tâm [Pp]háp y|Trung tâm [Kk]iểm nghiệm|Trung tâm [Gg]iám định [yY] khoa"
    rf"|Trung tâm [Tt]ruyền thông[ \t]+[Gg]iáo dục sức {_KHOE}"
    rf"|Ban [Bb]ảo vệ,?[ \t]+[Cc]hăm sóc sức {_KHOE} cán bộ)"
)
ORGANIZER_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), level)
    for pattern, level in (
        (r"Bộ Y tế", "national"),
        (rf"Sở Y tế(?:[ \t]+(?:tỉnh|thành phố|TP\.?))?(?:[ \t]+{_CAP_WORDS})?", "province"),
        (
            rf"{_PROVINCIAL_AGENCY}(?:[ \t]+(?:tỉnh|thành phố|TP\.?))?(?:[ \t]+{_CAP_WORDS})?",
            "province",
        ),
        (
            rf"(?:Trung tâm|TT)[ \t]+[Yy][ \t]+tế[ \t]+(?:{_DISTRICT_TYPES}[ \t]+)?{_CAP_WORDS}",
            "district",
        ),
        (rf"TTYT[ \t]+(?:{_DISTRICT_TYPES}[ \t]+)?{_CAP_WORDS}", "district"),
        (rf"Phòng Y tế[ \t]+{_DISTRICT_TYPES}[ \t]+{_CAP_WORDS}", "district"),
        (rf"Trạm [Yy] tế[ \t]+(?:xã|phường|thị trấn)[ \t]+{_CAP_WORDS}", "commune"),
        (
            r"Bệnh viện(?:[ \t]+(?:[đĐ]a khoa|[cC]huyên khoa|[yY] học cổ truyền|huyện|tỉnh"
            rf"|thị xã|thành phố|quận|khu vực|{_CAP}))+",
            "hospital",
        ),
    )
)
ORGANIZER_VERB_RE = re.compile(r"\b(?:đã\s+)?(?:tổ chức|tiến hành|khai mạc|họp)\b")
PROVINCE_IN_NAME_RE = re.compile(
    rf"(?:tỉnh|thành phố|TP\.?|Sở Y tế|[nN]gành [yY] tế(?:[ \t]+tỉnh)?)[ \t]+(?P<name>{_CAP_WORDS})"
)
DISTRICT_IN_NAME_RE = re.compile(rf"(?P<type>{_DISTRICT_TYPES})[ \t]+(?P<name>{_CAP_WORDS})")
DISTRICT_KIND_NAMES: dict[str, str] = {"TP": "thành phố", "TX": "thị xã"}
# "Trung tâm Y tế Krông Pắc": a district health centre named without "huyện".
BARE_DISTRICT_UNIT_RE = re.compile(
    rf"(?:(?:Trung tâm|TT)[ \t]+[Yy][ \t]+tế|TTYT)[ \t]+(?P<name>{_CAP_WORDS})$"
)
SUB_PROVINCE_LEVELS = frozenset({"district", "commune", "hospital"})
# Units whose district the article names somewhere even when the lead does not.
ARTICLE_WIDE_DISTRICT_LEVELS = frozenset({"district", "commune"})
# A hospital of the province or the nation: the districts its article names are not its own.
PROVINCIAL_UNIT_RE = re.compile(r"\btỉnh\b|[Tt]rung ương|[Qq]uốc gia")
# Runs over every article: every alternative starts with a literal (see _word_start).
PROVINCE_MENTION_RE = re.compile(
    "(?:"
    + "|".join(_word_start(word) for word in ("tỉnh", "Tỉnh", "thành phố", "Thành phố"))
    + rf"|{_word_start('TP')}\.?|Sở Y tế|ngành [yY] tế(?:[ \t]+tỉnh)?|Ngành [yY] tế(?:[ \t]+tỉnh)?)"
    rf"[ \t]+(?P<name>{_CAP_WORDS})"
)
# Vietnamese tone marks as combining characters (breve, circumflex and horn are kept).
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


HYPHEN_SPACING_RE = re.compile(r"\s*-\s*")
FOLD_CACHE_SIZE = 8192


@functools.lru_cache(maxsize=FOLD_CACHE_SIZE)
def _fold_name(text: str) -> str:
    """Casefold, drop tone marks and tighten hyphens: "Đăk Lăk" and "Đắk Lắk" fold alike.

    Cached: the same place names, units and labels recur across a batch of articles.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    kept = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    return HYPHEN_SPACING_RE.sub("-", unicodedata.normalize("NFC", kept)).strip()


# Province names as of the article where the gazetteer already uses the 2025 name.
LEGACY_PROVINCE_NAMES: dict[str, str] = {"Huế": "Thừa Thiên Huế"}
# The gazetteer's table of pre-2025 units (63 provinces) and the columns read from it.
GAZETTEER_LEGACY_TABLE = "admin_units_legacy"
GAZETTEER_FIELDS = ["provinceShort", "districtShort", "districtType"]
# The 63 provinces before the 2025 merger (a closed, historical list: looked up by folded
# name without a gazetteer call), and spellings of a few that articles use.
_PROVINCE_WORDS = """
Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai
|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ
|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hưng Yên|Thái Bình|Hà Nam|Nam Định|Ninh Bình|Thanh Hóa|Nghệ An
|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|Khánh Hòa
|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh
|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp
|An Giang|Kiên Giang|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau
"""
PROVINCES: tuple[str, ...] = tuple(name.strip() for name in _PROVINCE_WORDS.split("|"))
PROVINCE_ALIASES: dict[str, str] = {
    "Huế": "Thừa Thiên Huế",
    "TP.HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "Sài Gòn": "Hồ Chí Minh",
    "Bắc Cạn": "Bắc Kạn",
    "Đắc Lắc": "Đắk Lắk",
    "Kontum": "Kon Tum",
    "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu",
}
_PROVINCE_BY_FOLD: dict[str, str] = {
    **{_fold_name(alias): name for alias, name in PROVINCE_ALIASES.items()},
    **{_fold_name(name): name for name in PROVINCES},
}
CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"})
MAX_PLACE_WORDS = 4

# Meeting kind and periods.
PERIOD_RE = re.compile(
    r"(?P<quarter>[Qq]uý\s+(?P<q>IV|I{1,3}|[1-4])(?![\w])(?:\s*/\s*(?P<qy>\d{4})"
    r"|\s+năm\s+(?P<qy2>\d{4}))?)"
    r"|(?P<three>(?<![\w])(?:03|3|ba)\s+tháng\s+(?P<t>đầu|cuối)(?:\s+năm)?(?:\s+(?P<ty>\d{4}))?)"
    r"|(?P<half>(?:06|6|sáu)\s+tháng\s+(?P<h>đầu|cuối)(?:\s+năm)?(?:\s+(?P<hy>\d{4}))?)"
    r"|(?P<nine>(?:09|9|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+(?P<ny>\d{4}))?)"
    # "tháng 10/2023", "tháng 10 năm 2023", or "tháng 10" alone (a monthly giao ban), never
    # the month of a date ("ngày 31 tháng 10").
    r"|(?P<month>(?<!\d\s)tháng\s+(?P<m>\d{1,2})(?!\d)(?:(?:\s*/\s*|\s+năm\s+)(?P<my>\d{4}))?)"
    r"|(?P<year>năm\s+(?P<y>(?:19|20)\d{2}))(?![\d/])"
    # A multi-year plan ("giai đoạn 2016-2020", "giai đoạn 2021 - 2025"): kind other, the year
    # the plan ends.
    r"|(?P<stage>giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?P<sy>(?:19|20)\d{2}))(?!\d)",
    re.IGNORECASE,
)
MONTHS = range(1, 13)
ROMAN_QUARTERS: dict[str, int] = {"I": 1, "II": 2, "III": 3, "IV": 4}
QUARTER_NAMES: dict[int, str] = {index: name for name, index in ROMAN_QUARTERS.items()}
FIRST_QUARTER = 1
LAST_QUARTER = 4
QUARTER_AS_MONTHS: dict[int, str] = {FIRST_QUARTER: "đầu", LAST_QUARTER: "cuối"}
REVIEW_CUE_RE = re.compile(r"tổng kết|sơ kết|đánh giá|kết quả|báo cáo|giao ban", re.IGNORECASE)
PLAN_CUE_RE = re.compile(
    r"phương hướng|nhiệm vụ|kế hoạch|triển khai|mục tiêu|giải pháp|định hướng|chỉ tiêu",
    re.IGNORECASE,
)
# Before a plan cue, a plan that is met, not the next one: "quyết tâm về đích kế hoạch năm
# 2023", "hoàn thành kế hoạch năm", "vượt kế hoạch", "đạt 105% kế hoạch".
ACHIEVED_PLAN_RE = re.compile(r"(?:về đích|hoàn thành|vượt|đạt|%)\s*$", re.IGNORECASE)
PERIOD_MEETING_KINDS: dict[str, str] = {
    "quarter": "quarterly_review",
    "half_year": "mid_year_review",
    "nine_months": "other",
    "month": "other",
    "other": "other",  # a multi-year plan: not a year-end review
}
YEAR_END_RE = re.compile(r"tổng kết|cuối năm", re.IGNORECASE)
ONLINE_RE = re.compile(r"trực tuyến|điểm cầu|online", re.IGNORECASE)
ONLINE_ANYWHERE_RE = re.compile(
    r"(?:hội nghị|họp|hình thức)[^.;\n]{0,40}trực tuyến|điểm cầu", re.IGNORECASE
)

# People.
# Common family names: a person's name starts with one ("Phó Giám đốc Sở Y tế Lê Chánh Thành").
_SURNAME_WORDS = """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Trịnh
Mai Tô Trương Lương Lưu Hà Cao Tạ Thái Châu Quách Lâm Triệu Tống La Đoàn Vương Phùng Chu
Nông Lò Đàm Khổng Hứa Giang Thân Lại Lạc Mạc Kiều Tăng Từ Doãn Khuất Cù Âu Nghiêm Bạch
Kim Lã Viên Diệp Ninh Tôn Quan Phương Kha Khúc Mẫn Đồng Y
"""
SURNAMES: tuple[str, ...] = tuple(_SURNAME_WORDS.split())
_POSITION_HEAD = (
    r"(?:Phó[ \t]+)?(?:Giám đốc|Chủ tịch|Bí thư|Bộ trưởng|Thứ trưởng|Trưởng ban|Trưởng phòng"
    r"|Trưởng khoa|Chi cục trưởng|Viện trưởng|Cục trưởng|Vụ trưởng|Tổng Giám đốc|Chánh Văn phòng"
    r"|Chánh Thanh tra|Trưởng Trạm|Trạm trưởng|Ủy viên|Uỷ viên|Tỉnh ủy viên|Tỉnh uỷ viên"
    r"|Đại biểu Quốc hội|Trưởng Ban)"
)
# Cheap test for a sentence that may name a person with a position. Cases spelled out, no
# character classes: only literal alternatives let the engine skip to their first letters.
PERSON_HINT_RE = re.compile(
    r"Giám đốc|Chủ tịch|Bí thư|trưởng|Trưởng|Ủỷ viên|Ủy viên|Uỷ viên|Uy viên|Đại biểu"
    r"|ông |Ông |bà |Bà |đồng chí|Đồng chí|TS|BS|GS|Bác sĩ|bác sĩ|Bác sỹ|bác sỹ|Dược sĩ|dược sĩ"
    r"|Điều dưỡng|điều dưỡng"
)
# A person's name; "Phó Giám đốc Sở Y tế Lê Chánh Thành": a position head shortly before it.
# Ê Đê and Jrai women's names open with "H'" glued to the name ("H'Lina Niê").
NAME_RE = re.compile(
    "(?:"
    + "|".join(_word_start(surname, not_after=_LETTER) for surname in SURNAMES)
    + "|"
    + _word_start("H'", not_after=_LETTER)
    + rf"{_CAP})(?:[ \t]+{_CAP}){{1,3}}(?!{_LETTER})"
)
# "quận Ninh Kiều", "xã Lý Thường Kiệt": a place named like a person.
PLACE_BEFORE_RE = re.compile(
    r"(?:tỉnh|thành phố|TP\.?|quận|huyện|thị xã|thị trấn|xã|phường|thôn|bản|ấp|đường|phố)[ \t]+$",
    re.IGNORECASE,
)
POSITION_HEAD_RE = re.compile(_POSITION_HEAD)
POSITION_MAX_CHARS = 80
POSITION_BREAK_RE = re.compile(r"[,.;:()]")
# "ông Phạm Văn Trúc, Phó Giám đốc ...": honorific, name, then the position.
# Professional titles before a name ("Bác sĩ Lê Văn A", "BS.CKII Lê Văn A", "ThS.BS Lê Văn A",
# "điều dưỡng Lê Thị B"): the name is a person even without a position after it.
_PROFESSIONAL_TITLE = (
    r"(?:[bB]ác s[ĩỹ](?:[ \t]+(?:chuyên khoa|CK)[ \t]*I{1,2})?|[dD]ược s[ĩỹ]"
    r"|[đĐ]iều dưỡng(?:[ \t]+trưởng)?|\b(?:PGS\.?[ \t]*TS|ThS|TS|BS|BSCK|GS)"
    r"(?:\.?[ \t]*(?:BS|CKI{1,2}|DS))*\.?)"
)
PROFESSIONAL_TITLE_BEFORE_RE = re.compile(rf"{_PROFESSIONAL_TITLE}[ \t]+$")
HONORIFIC_BEFORE_RE = re.compile(
    rf"(?:\b[ôÔ]ng|\b[bB]à|[đĐ]ồng chí|\bBSCKI{{1,2}}|{_PROFESSIONAL_TITLE})\.?[ \t]+$"
)
POSITION_AFTER_RE = re.compile(rf"[ \t]*,[ \t]*(?P<position>{_POSITION_HEAD}[^,.;:()]*)")
# Words that end a position ("... Trung tâm y tế chủ trì Hội nghị").
POSITION_STOP_RE = re.compile(
    r"\s+(?:chủ trì|phát biểu|báo cáo|dự|trình bày|chỉ đạo|kết luận|đã|cùng|và|tới|đến|nhấn mạnh"
    r"|được|nhận|là|đang|sẽ|vừa)"
    r"(?:\s|$).*",
    re.IGNORECASE,
)
ROLE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chair", re.compile(r"chủ trì", re.IGNORECASE)),
    (
        "speaker",
        re.compile(
            r"phát biểu|báo cáo|chỉ đạo|trình bày|kết luận|nhấn mạnh|đề nghị|yêu cầu|ghi nhận",
            re.IGNORECASE,
        ),
    ),
    (
        "honoree",
        re.compile(
            r"khen thưởng|bằng khen|giấy khen|được tặng|tặng quà|trao tặng|vinh danh|chia tay",
            re.IGNORECASE,
        ),
    ),
)
ROLE_RANK: dict[str, int] = {"chair": 0, "speaker": 1, "honoree": 2, "author": 3, "other": 4}
AUTHOR_LABEL_RE = re.compile(
    rf"^\s*(?:Tác giả(?: bài viết)?|(?:Bài|Tin)(?P<photo>\s*(?:,|và)\s*ảnh)?|Theo)\s*:?\s*"
    rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})(?P<rest>.*)$"
)
AUTHOR_LINE_RE = re.compile(rf"^\s*(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})(?P<rest>.*)$")
AUTHOR_REST_RE = re.compile(r"^\s*(?:$|[,(\-–]\s*(?P<unit>[^)]*)\)?\s*(?P<tail>.*)$)")
AUTHOR_MAX_WORDS = 14
AUTHOR_TAIL_LINES = 6

# Indicators.
MAX_QUOTE_CHARS = 100
MIN_CLAUSE_WORDS = 4
LABEL_MAX_WORDS = 8
DURATION_UNITS = frozenset({"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "tuổi", "quý"})
AVERAGE_CUE_RE = re.compile(r"trung bình|bình quân", re.IGNORECASE)
# A bare number after these words is a document number, rank, round or group, not a count.
NON_COUNT_BEFORE_RE = re.compile(
    r"(?:Đề án|Quyết định|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Kế hoạch|Công văn|Chương trình"
    r"|Dự án|số|vòng|nhóm|hạng|lần thứ|thứ|khóa|khoá|kỳ|tầng|phòng|quý|giai đoạn|cấp|độ|loại"
    r"|mục|điều|khoản|chương|tuyến|mũi|liều|đợt|lần)\s*$",
    re.IGNORECASE,
)
# Money abbreviations normalised to the unit the reports use ("1.000.000đ", "500.000 VNĐ").
MONEY_UNIT_NAMES: dict[str, str] = {"đ": "đồng", "vnđ": "đồng", "vnd": "đồng"}
# "2/3 số xã, phường": a fraction of a total counts the noun after "số".
FRACTION_OF_RE = re.compile(r"\s+số\s+(?P<noun>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})")
# Documents counted by their capitalised name, which the scanner's lowercase unit lexicon does
# not take ("cấp 143 Giấy chứng nhận", "tặng 5 Bằng khen"); longest first.
DOCUMENT_UNITS: tuple[str, ...] = (
    "giấy chứng nhận",
    "giấy xác nhận",
    "chứng chỉ hành nghề",
    "giấy phép",
    "giấy khen",
    "bằng khen",
    "chứng chỉ",
)
DOCUMENT_UNIT_RE = re.compile(
    r"[ \t]+(?P<noun>" + "|".join(DOCUMENT_UNITS) + r")(?![^\W\d_])", re.IGNORECASE
)
RANGE_JOIN_RE = re.compile(r"^\s*(?:-|–|—|đến|tới)\s*$")
# "trẻ từ 5 đến dưới 12 tuổi": a bare lower bound whose upper bound is an age or a duration.
BOUND_JOIN_RE = re.compile(r"^\s*(?:-|–|—|đến|tới)\s*(?:dưới|trên|hết|đủ)?\s*$")
# "tiêm đủ 2 mũi", "3 liều vắc xin": how many doses a schedule has, not doses given (like an
# ordinal "mũi 3", "mũi thứ 2"): a small dose count, or any after "đủ".
DOSE_UNITS = frozenset({"mũi", "liều"})
# A distance after a figure ("trên 70 km", "cách 30 cây số"): how far a commune lies, not an
# indicator of the sector's work.
DISTANCE_AFTER_RE = re.compile(r"\s*(?:km|ki-?lô-?mét|kilomet|cây số)\b", re.IGNORECASE)
DOSE_SCHEDULE_MAX = Decimal(4)
DOSE_SCHEDULE_BEFORE_RE = re.compile(r"(?<![^\W\d_])đủ\s*$", re.IGNORECASE)
DOSE_CUE_CHARS = 12
YEAR_LIKE = range(1900, 2101)
PERCENT_UNIT = "%"
PERCENT_MAX = Decimal(100)
# A label ends where the clause moves on from what is counted.
LABEL_STOP_RE = re.compile(
    r"\s(?:đạt|so với|so cùng kỳ|trong đó|tăng|giảm|chiếm|với|bằng|là|gồm|tại|của|được|tiến hành"
    r"|thực hiện|tỷ lệ|nhằm|để|như|theo|cho|đến|từ)(?:\s.*|$)",
    re.IGNORECASE | re.DOTALL,
)
# Words between the figure and the noun that say nothing about what is counted.
LABEL_END_RE = re.compile(r"[,;:()]|\.(?=\s|$)")
NEXT_FIGURE_RE = re.compile(r"\s\S*\d")
LABEL_LEAD_RE = re.compile(r"^\s*(?:đồng|trở lên|trở xuống|số|các)?\s*(?=\S)", re.IGNORECASE)
LABEL_TRIM_WORDS = frozenset(
    {
        "đạt",
        "là",
        "chiếm",
        "có",
        "được",
        "với",
        "cho",
        "và",
        "đã",
        "trên",
        "hơn",
        "gần",
        "khoảng",
        "từ",
        "dưới",
        "hiện",
        "thực",
        "thêm",
        "ước",
        "còn",
        "trong",
        "năm",
    }
)
# Category keywords specific to one area of the genre: they win over the table below wherever
# they occur in the figure's label or quote, in this order (a referral or an award is counted in
# patients or people, a bed-occupancy rate names beds, a BHYT coverage rate names the
# population). Awards and plan targets ("hoàn thành 11/12 chỉ tiêu") are `other`.
_STRONG_CATEGORY_PATTERNS: tuple[tuple[str, str], ...] = (
    ("referral", r"chuyển tuyến|chuyển viện|chuyển lên tuyến"),
    (
        "other",
        r"giấy khen|bằng khen|khen thưởng|thành tích xuất sắc|thi đua|các chỉ tiêu"
        r"|chỉ tiêu kế hoạch|chỉ tiêu được giao|chỉ tiêu chuyên môn",
    ),
    ("hiv_aids", rf"{_word('hiv')}|{_word('aids')}|methadone|{_word('arv')}"),
    (
        "digital_health",
        r"hồ sơ sức khỏe điện tử|hồ sơ sức khoẻ điện tử|bệnh án điện tử|chuyển đổi số|căn cước"
        r"|định danh điện tử|vneid|vssid|không dùng tiền mặt|phần mềm|công nghệ thông tin"
        r"|liên thông dữ liệu|kết nối liên thông",
    ),
    # Revenue, whatever fund it comes from ("thu từ quỹ bảo hiểm y tế chiếm 78%"), is finance.
    # ("thu dung": admitting patients, not revenue.)
    ("finance", r"tổng thu(?! dung)|nguồn thu|thu sự nghiệp|thu từ quỹ|thu từ nguồn"),
    ("insurance", rf"bảo hiểm y tế|{_word('bhyt')}|thẻ bảo hiểm"),
    ("technical_services", rf"kỹ thuật mới|kĩ thuật mới|danh mục kỹ thuật|{_word('dmkt')}"),
    ("disease_control", r"tăng huyết áp|đái tháo đường|không lây nhiễm"),
    ("infrastructure", r"giường bệnh/vạn"),
    ("workforce", r"bác sĩ/vạn|bác sỹ/vạn|có bác sĩ|có bác sỹ|cộng tác viên dân số"),
    # Staff income and allowances, disbursement and the public-investment plan: finance.
    (
        "finance",
        r"thu nhập tăng thêm|thu nhập bình quân|phụ cấp|giải ngân|đầu tư công",
    ),
    ("infrastructure", r"vốn đầu tư|sửa chữa|nâng cấp|cải tạo"),
    (
        "medical_care",
        r"công suất sử dụng giường|khám chữa bệnh|khám, chữa bệnh|điều trị nội trú"
        r"|điều trị ngoại trú|phẫu thuật|thủ thuật|hài lòng|lượt khám|khám cho|khám bệnh cho",
    ),
)
# Category keyword table: the first category whose pattern occurs in the label, else in the
# quote, else in the sentence, wins. Specific programmes come before general care words.
# The patterns are lower case and run over lower-cased text (cheaper than IGNORECASE), and
# every alternative starts with a literal (whole words through _word) so a search skips ahead.
# "Chương trình mục tiêu Y tế - Dân số" names a funding source, not population work.
_NAMED_DISEASES = (
    rf"sốt xuất huyết|sốt rét|{_word('lao')}(?! động)|tay chân miệng|bệnh dại|{_word('sởi')}"
    r"|bạch hầu|ho gà|thủy đậu|thuỷ đậu"
)
CATEGORY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern))
    for category, pattern in (
        ("covid19", r"covid|sars-cov|corona"),
        ("hiv_aids", rf"{_word('hiv')}|{_word('aids')}|methadone|{_word('arv')}"),
        (
            "vaccination",
            r"tiêm chủng|vắc[ -]?xin|vaccine|mũi tiêm|được tiêm|tiêm bù|tiêm đủ|tiêm nhắc",
        ),
        (
            "food_safety",
            rf"thực phẩm|{_word('attp')}|ngộ độc|bếp ăn",
        ),
        ("referral", r"chuyển tuyến|chuyển viện|chuyển lên tuyến"),
        ("insurance", rf"bảo hiểm y tế|{_word('bhyt')}|thẻ bảo hiểm"),
        (
            "population",
            r"dân số(?<!y tế - dân số)(?<!y tế-dân số)|sinh con|kế hoạch hoá gia đình"
            r"|kế hoạch hóa gia đình|khhgđ|tránh thai|sàng lọc (?:trước sinh|sơ sinh)"
            r"|mất cân bằng giới tính|con thứ 3|con thứ ba|sức khỏe sinh sản|sức khoẻ sinh sản"
            rf"|{_word('đẻ')}|sinh tại|sinh con tại|khám thai|quản lý thai"
            r"|sinh đẻ|giới tính khi sinh|trước kết hôn|tiền hôn nhân",
        ),
        ("nutrition", r"dinh dưỡng|vi chất|vitamin|thấp còi|nhẹ cân"),
        (
            "digital_health",
            r"chuyển đổi số|điện tử|vneid|vssid|phần mềm|không dùng tiền mặt|công nghệ thông tin"
            r"|liên thông dữ liệu|kết nối liên thông",
        ),
        # Rehabilitation is care, its techniques included; not the name of a unit.
        (
            "medical_care",
            r"phục hồi chức năng(?<!viện phục hồi chức năng)(?<!tâm phục hồi chức năng)"
            r"(?<!khoa phục hồi chức năng)",
        ),
        ("technical_services", rf"kỹ thuật|kĩ thuật|{_word('dmkt')}"),
        (
            "disease_control",
            rf"{_NAMED_DISEASES}|dịch bệnh|ổ dịch|truyền nhiễm|không lây nhiễm|tăng huyết áp"
            r"|đái tháo đường|lăng quăng|bọ gậy|ca mắc|mắc mới|tử vong|phòng,? chống dịch",
        ),
        ("inspection", r"thanh tra|kiểm tra|xử phạt|vi phạm|hậu kiểm"),
        (
            "workforce",
            r"bác sĩ|bác sỹ|dược sĩ|điều dưỡng|nhân viên y tế|cán bộ|nhân lực|viên chức|đào tạo"
            rf"|tập huấn|tuyển dụng|{_word('y sĩ')}|{_word('y sỹ')}",
        ),
        (
            "infrastructure",
            r"giường|cơ sở vật chất|trang thiết bị|tiêu chí|chuẩn quốc gia|xây dựng|xây mới"
            r"|trạm y tế",
        ),
        (
            "finance",
            rf"kinh phí|ngân sách|tài chính|doanh thu|{_word('thu')}|{_word('chi')}(?! cục)"
            r"|nguồn vốn|đầu tư",
        ),
        (
            "medical_care",
            r"khám|chữa bệnh|điều trị|nội trú|ngoại trú|phẫu thuật|cấp cứu|công suất|người bệnh"
            r"|bệnh nhân|châm cứu|cấy chỉ|xoa bóp|bấm huyệt|điện châm|cổ truyền"
            rf"|{_word('yhct')}|không dùng thuốc|đột quỵ|tái thông|tiêu sợi huyết",
        ),
    )
)
# A bare "ca" (case) is a disease cue only when nothing else names the area, not in the label,
# the quote, the list item nor the sentence: births ("ca đẻ"), treatments ("châm cứu 300 ca"),
# stroke admissions and referrals ("Chuyển tuyến: 2.136 ca") are counted in cases too.
BARE_CASE_RE = re.compile(rf"{_word_start('ca')}s?\b")
# Units of a bed count ("150 giường", "giường thực kê 185 giường"): infrastructure.
BED_UNITS = frozenset({"giường", "giường bệnh"})
STRONG_CATEGORY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern)) for category, pattern in _STRONG_CATEGORY_PATTERNS
)
# Context: food safety and Covid-19 are topics a paragraph is about, while inspections, fines,
# trainings, tests, deaths or money only say what was done. A figure whose own words give
# only such an activity (or nothing) takes the topic of its sentence, else of its paragraph
# (the article's line): "kiểm tra 42 cơ sở" under "an toàn thực phẩm" is food_safety,
# "tiêm mũi nhắc lại" in a Covid-19 paragraph is covid19. The paragraph is as far as context
# reaches: the next paragraph is another topic. Vaccination joins Covid-19 only where routine
# immunisation (tiêm chủng mở rộng) is not named, and a named disease keeps its own figures.
FOOD_CONTEXT_RE = re.compile(rf"thực phẩm|{_word('attp')}|ngộ độc|bếp ăn")
COVID_CONTEXT_RE = re.compile(r"covid|sars-cov|corona")
ROUTINE_VACCINATION_RE = re.compile(
    rf"tiêm chủng mở rộng|{_word('tcmr')}|tiêm chủng đầy đủ|dưới 1 tuổi"
)
NAMED_DISEASE_RE = re.compile(_NAMED_DISEASES)
# Population work as a topic: a paragraph about the population programme (not one that only
# names the office, as a guest list does), or a whole article whose organiser is a population
# office (Chi cục Dân số - KHHGĐ): there, check-ups (of the elderly, premarital), clubs and the
# programme's money are population work, while its staff, their allowance and awards keep
# their own categories (STRONG_CATEGORY_PATTERNS).
POPULATION_CONTEXT_RE = re.compile(
    r"công tác dân số|chất lượng dân số|dân số và phát triển"
    r"|(?<!chi cục )(?<!trung tâm )dân số[ \t]*[-–][ \t]*k"
)
POPULATION_OFFICE_RE = re.compile(r"dân số", re.IGNORECASE)
POPULATION_CONTEXT_OVERRIDES = frozenset({"medical_care", "finance", None})
# Medical and pharmacy practices (the department's own thanh tra): a sentence about them has
# its own subject, and a food-safety or Covid-19 paragraph does not lend it its topic.
PRIVATE_PRACTICE_RE = re.compile(
    r"hành nghề y|hành nghề dược|y, dược tư nhân|y dược tư nhân|y tế tư nhân|nhà thuốc"
    r"|quầy thuốc|kinh doanh dược|phòng khám tư nhân"
)
FOOD_CONTEXT_OVERRIDES = frozenset({"inspection", "finance", "workforce", "disease_control", None})
COVID_CONTEXT_OVERRIDES = frozenset(
    {"vaccination", "inspection", "finance", "disease_control", "infrastructure", None}
)

# Indicator periods: the period each figure is about (see _indicator_period). The patterns are
# lower case and run over the lowered article (cheaper than IGNORECASE); most alternatives
# start with a literal, so a search skips ahead (see _word_start).
# A stock figure ("Hiện toàn huyện có 193 bác sĩ", "Đến nay, 118/125 xã đạt ...", "Lũy kế đến
# nay", "đang quản lý 412 bệnh nhân") is a state, not the work of a period: no period. Not
# "thực hiện", "phát hiện", "thể hiện" (other verbs), nor "hiện đại"; "từ đầu năm đến nay" is
# the year so far (CUMULATIVE_RE).
_NOT_STOCK_HIEN = "".join(
    f"(?<!{word} hiện)" for word in ("thực", "phát", "thể", "xuất", "biểu", "hiển", "tái")
)
STOCK_CUE_RE = re.compile(
    rf"hiện(?<![^\W\d_]hiện){_NOT_STOCK_HIEN}(?![^\W\d_])"
    r"(?!\s+(?:đại|tượng|hành|thực|diện|ra|lên|rõ)(?![^\W\d_]))"
    r"|đến nay(?<!đầu năm đến nay)|đang quản lý"
)
STOCK_WORDS = ("hiện", "đến nay", "đang quản lý")
# A stock cue that opens its sentence ("Hiện ...", "Đến nay, ...", "Lũy kế đến nay, ...")
# covers the whole sentence, not only its own part.
STOCK_OPENING_RE = re.compile(r"^[\W]*(?:(?:lũy|luỹ)\s+kế|tính)?\s*$")
# Headcounts and coverage stated as what a unit has ("Trạm có 6 viên chức", "nhân lực chỉ có
# 7 người", "29/29 trạm y tế có bác sĩ"): a stock, unless the part names its period ("trong
# năm có 12 bác sĩ nghỉ việc").
STAFF_NOUNS = (
    r"viên chức|cán bộ|bác sĩ|bác sỹ|y sĩ|y sỹ|dược sĩ|điều dưỡng|nhân viên|người lao động"
    r"|hộ sinh|kỹ thuật viên"
)
STAFF_HAS_BEFORE_RE = re.compile(r"(?<![^\W\d_])có\s+$")
STAFF_UNIT_RE = re.compile(rf"(?:{STAFF_NOUNS})\b")
# "1 bác sĩ và 1 y sĩ" after "có": the second headcount of the list.
STAFF_LIST_BEFORE_RE = re.compile(
    rf"có(?<![^\W\d_]có)\s+[\d.,]+\s+(?:{STAFF_NOUNS})[^,;\d]*\svà\s+$"
)
STAFF_PRESENCE_AFTER_RE = re.compile(r"[^;()]{0,60}?\bcó\s+bác\s+s[ĩỹ]\b")
WORKFORCE_SUBJECT = "nhân lực"
# An area ("25ha", "gần 3ha") describes a place, not the work of a period.
AREA_UNITS = frozenset({"ha", "héc-ta", "hecta", "m2", "m²", "km2", "km²"})
# Targets: what a sentence sets out to reach ("phấn đấu", "mục tiêu", "sẽ", "dự kiến") is for
# the period it names, else for the next period. "Chương trình mục tiêu" names a programme.
TARGET_WORDS = ("phấn đấu", "mục tiêu", "sẽ", "dự kiến")
TARGET_CUE_RE = re.compile(
    r"phấn đấu|mục tiêu(?<!chương trình mục tiêu)|sẽ(?<![^\W\d_]sẽ)(?![^\W\d_])|dự kiến"
)
# A period after these words is a comparison base ("so với cùng kỳ năm 2022", "so với quý
# III") or the base figure's own ("cùng kỳ năm 2023 xảy ra 2 vụ"), not the main figure's;
# after "từ" a starting year ("đầu tư từ năm 2013"); after "đợt 1" the name of a round.
EXCLUDED_BEFORE_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:so với|so|cùng kỳ)\s+(?:cùng kỳ\s+)?"
    r"|(?<![^\W\d_])(?:từ|kể từ|trước|sau)\s+"
    r"|(?:đợt|lần|khóa|khoá)\s+(?:\d+|[ivx]+)\s+)$"
)
BEFORE_CUE_CHARS = 24
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
    r"|(?:kể\s+)?từ\s+đầu\s+năm(?:\s+đến\s+nay)?"
    r"|đến\s+hết\s+tháng\s+(?P<until>\d{1,2})(?!\d)(?:\s*/\s*(?P<uy>\d{4}))?"
)
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
PERIOD_WORD_RE = re.compile("năm|quý|tháng|giai")
# "trong năm", "trong kỳ", "trong 6 tháng", "trong năm qua": the period under review.
CURRENT_PERIOD_RE = re.compile(
    r"trong\s+(?:năm|kỳ|quý|tháng)(?![^\W\d_])(?!\s+(?:tới|sau|\d))"
    r"|trong\s+\d\s+tháng(?!\s+(?:đầu|cuối|tuổi))"
)
# "trẻ 9 tháng tuổi", "sau 9 tháng": an age or a length, not the nine months.
NINE_MONTHS_NOT_RE = re.compile(r"\s*tuổi")
LENGTH_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:sau|vòng|mất|kéo dài)\s+$")
# Awards ("tặng Giấy khen cho 9 tập thể và 27 cá nhân"): the period they name, else none.
AWARD_WORDS = ("khen", "thi đua", "danh hiệu")
AWARD_RE = re.compile(r"giấy khen|bằng khen|cờ thi đua|chiến sĩ thi đua|khen thưởng|danh hiệu")
AWARDEE_UNITS = frozenset({"tập thể", "cá nhân"})
# A figure in parentheses that opens with a period ("(năm 2022: 231.874 lượt)", "(cùng kỳ:
# 168.552 lượt)", "(cùng kỳ năm 2023 xảy ra 2 vụ)"), or alone in parentheses after one ("so
# với cùng kỳ năm 2022 (73.071)", "so với năm 2023 (78,4%)"): the earlier period's figure.
SAME_PERIOD_RE = re.compile(r"cùng\s+kỳ")
BASE_OPENING_RE = re.compile(r"\s*(?:cùng\s+kỳ|năm\s+\d{4}|quý|\d\s+tháng)")
BASE_BEFORE_RE = re.compile(
    r"(?:cùng\s+kỳ(?:\s+năm\s+\d{4})?|năm\s+\d{4}|quý\s+[iv\d]+(?:\s*/\s*\d{4})?)\s*$"
)
PRINTED_YEAR_KINDS = frozenset({Kind.YEAR, Kind.DATE})
CUMULATIVE_KINDS: dict[int, tuple[str, int | None]] = {
    3: ("quarter", 1),
    6: ("half_year", 1),
    9: ("nine_months", None),
    12: ("year", None),
}
QUARTER_FIRST_MONTHS = frozenset({1, 4, 7, 10})
SECOND_HALF_MONTHS = (7, 12)

# Achievements, challenges, priorities.
# A difficulty as a noun ("còn nhiều khó khăn", "tồn tại, hạn chế"), not an adjective of a
# place ("vùng khó khăn") nor a verb ("hạn chế đi lại") nor something overcome.
CHALLENGE_CUE_RE = re.compile(
    r"(?<!vùng )(?<!địa bàn )(?<!hoàn cảnh )(?<!đặc biệt )(?<!khắc phục )(?<!vượt qua )"
    r"(?<!tháo gỡ )(?<!gỡ )(?<!những )khó khăn(?! vướng mắc)|(?:còn|những|một số|các|mặt)"
    r" (?:hạn chế|tồn tại|bất cập|khó khăn)|hạn chế,|tồn tại,|bất cập|chưa đạt|chưa đáp ứng"
    r"|còn thấp|quá tải|thiếu (?:nhân lực|bác sĩ|thuốc|vật tư|trang thiết bị|cán bộ)"
    r"|(?<!tháo gỡ )(?<!gỡ )vướng mắc",
)
# Cheap test before the full pattern with its look-behinds.
CHALLENGE_HINT_RE = re.compile(
    r"khó khăn|hạn chế|tồn tại|bất cập|vướng mắc|chưa đạt|chưa đáp ứng|còn thấp|quá tải|thiếu"
)
# Forward-looking sentences; "tiếp tục được ..." (continued to be) reports the past.
PRIORITY_CUE_RE = re.compile(
    r"phương hướng|nhiệm vụ trọng tâm|giải pháp trọng tâm|đề nghị|yêu cầu|thời gian tới"
    rf"|sắp tới|năm tới|{_word('cần')}|tiếp tục(?! được)|kế hoạch (?:năm|công tác)"
    r"|triển khai nhiệm vụ",
)
ACHIEVEMENT_CUE_RE = re.compile(
    rf"{_word('đạt')}|hoàn thành|hiệu quả|được duy trì|được triển khai|được quan tâm|được chú trọng"
    r"|được tăng cường|được đẩy mạnh|được nâng cao|kết quả tích cực|kịp thời|ghi nhận"
    r"|tiếp tục được",
)
# Sentences about the meeting itself, not the work it reviewed.
PROCEDURAL_RE = re.compile(
    r"hội nghị (?:đã )?(?:thông qua|thảo luận|nghe)|các đại biểu|quang cảnh|toàn cảnh"
    r"|tham dự hội nghị|dự hội nghị",
)
PLAN_OPENING_RE = re.compile(
    r"^\W*(?:(?:về )?phương hướng|nhiệm vụ (?:trọng tâm|năm)|trong thời gian tới|thời gian tới"
    r"|năm tới)",
    re.IGNORECASE,
)
STATEMENT_MIN_WORDS = 5
STATEMENT_MAX_WORDS = 45
MAX_STATEMENTS = 8


# ---------------------------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


def _fold(text: str) -> str:
    """Casefold and drop tone marks: compare place names across spelling variants."""
    return _fold_name(text)


def _lines(text: str) -> list[_Span]:
    spans: list[_Span] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append(_Span(start, end))
        start = end + 1
    return spans


def _sentences(text: str) -> list[_Span]:
    spans: list[_Span] = []
    start = 0
    for match in SENTENCE_END_RE.finditer(text):
        end = match.end() if match.group() != "\n" else match.start()
        if text[start:end].strip():
            spans.append(_strip_span(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_strip_span(text, start, len(text)))
    return spans


def _strip_span(text: str, start: int, end: int) -> _Span:
    while start < end and (text[start].isspace() or text[start] in SPAN_TRIM_LEFT):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in SPAN_TRIM_RIGHT):
        end -= 1
    return _Span(start, end)


def _containing(spans: list[_Span], position: int) -> _Span | None:
    for span in spans:
        if span.start <= position < span.end:
            return span
    return None


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text)


# ---------------------------------------------------------------------------------------------
# Gazetteer
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _District:
    name: str  # the gazetteer's short name without its "(Thị xã)" marker: "Kỳ Anh"
    kind: str  # "huyện", "thị xã", "thành phố", "quận"
    province: str  # canonical province as of the article ("Thừa Thiên Huế", not "Huế")


@functools.cache
def _district_table() -> dict[str, tuple[_District, ...]]:
    """Every pre-2025 district of the gazetteer by folded short name ("mộc châu").

    Read once from the ``vietnamadminunits`` legacy table (63 provinces, 696 districts,
    ~15 ms). An exact lookup: the gazetteer's free-text parser reads about one typed district
    in eight wrongly without its province ("huyện Mộc Châu" -> Yên Mô, Ninh Bình).
    """
    rows = get_data(GAZETTEER_FIELDS, table=GAZETTEER_LEGACY_TABLE)
    table: dict[str, list[_District]] = {}
    for row in rows:
        name = _strip_parenthetical(str(row["districtShort"]))
        province = str(row["provinceShort"])
        district = _District(
            name=name,
            kind=str(row["districtType"]).lower(),
            province=LEGACY_PROVINCE_NAMES.get(province, province),
        )
        table.setdefault(_fold(name), []).append(district)
    return {key: tuple(found) for key, found in table.items()}


def _strip_parenthetical(name: str) -> str:
    return re.sub(r"\s*\(.*?\)\s*", "", name).strip()


def _canonical_province(candidate: str) -> str | None:
    """The province ``candidate`` names (longest prefix of up to 4 words), or None."""
    words = candidate.split()
    for size in range(min(len(words), MAX_PLACE_WORDS), 0, -1):
        province = _PROVINCE_BY_FOLD.get(_fold(" ".join(words[:size])))
        if province is not None:
            return province
    return None


def _canonical_district(
    kind: str | None, candidate: str, province: str | None
) -> tuple[str, str | None] | None:
    """(district, province) for ``<kind> <candidate>`` (longest known prefix of its words).

    Names are matched across spelling variants ("Đăk Mil", "Hoà Vang"), the exact spelling
    first. A name several provinces share ("Châu Thành") is placed by ``province`` when that is
    one of them, else by ``kind``; still ambiguous, the district is kept, the province None.
    A kind that disagrees with the gazetteer (a huyện since made a thị xã) is not a mismatch.
    """
    words = candidate.split()
    table = _district_table()
    for size in range(min(len(words), MAX_PLACE_WORDS), 0, -1):
        name = " ".join(words[:size])
        entries = table.get(_fold(name))
        if not entries:
            continue
        # Folding drops tones: "Thanh Trì" (Hà Nội) and "Thạnh Trị" (Sóc Trăng) fold alike.
        spelled = name.casefold()
        entries = tuple(e for e in entries if e.name.casefold() == spelled) or entries
        if province is not None:
            entries = tuple(e for e in entries if e.province == province) or entries
        if kind is not None and len(entries) > 1:
            entries = tuple(e for e in entries if e.kind == kind) or entries
        provinces = {entry.province for entry in entries}
        return entries[0].name, provinces.pop() if len(provinces) == 1 else None
    return None


# ---------------------------------------------------------------------------------------------
# The article's layout: title, publication lines, lead sentence, author
# ---------------------------------------------------------------------------------------------


@dataclass
class _Layout:
    text: str
    lines: list[_Span]
    sentences: list[_Span]
    title: _Span | None
    publication: list[_Span]
    body_end: int  # where the article body ends (the author line, or the end)


def _is_publication_line(line: str) -> bool:
    return bool(PUBLICATION_LINE_RE.match(line))


def _is_site_furniture(line: str) -> bool:
    """A site name, a masthead or a section label / breadcrumb line (see SITE_NAME_RE,
    SITE_MASTHEAD_RE, UNIT_MASTHEAD_RE)."""
    lowered = line.lower()
    if SITE_NAME_RE.search(lowered):
        return True
    if len(_words(line)) <= MASTHEAD_MAX_WORDS:
        stripped = line.strip()
        if SITE_MASTHEAD_RE.match(lowered.strip()):
            return True
        if (
            stripped.isupper()
            and UNIT_MASTHEAD_RE.match(stripped)
            and not any(character.isdigit() for character in stripped)
            and not MEETING_WORDS_RE.search(stripped)
        ):
            return True
    parts = SECTION_SEPARATOR_RE.split(line)
    return len(parts) > 1 and all(len(_words(part)) <= SECTION_LABEL_MAX_WORDS for part in parts)


def _find_title(text: str, lines: list[_Span], publication: list[_Span]) -> _Span | None:
    """The headline: the first line of a few words that is neither furniture nor the lead."""
    for line in lines[:TITLE_MAX_LINE]:
        content = text[line.start : line.end]
        if (
            line not in publication
            and len(_words(content)) >= MIN_CLAUSE_WORDS
            and not content.rstrip().endswith("?")
            and not EVENT_DATE_RE.match(content.lstrip())
            and not _is_site_furniture(content)
        ):
            return line
    return None


def _layout(text: str) -> _Layout:
    lines = _lines(text)
    publication = [line for line in lines if _is_publication_line(text[line.start : line.end])]
    title = _find_title(text, lines, publication)
    author = _find_author_line(text, lines)
    body_end = author.start if author is not None else len(text)
    return _Layout(text, lines, _sentences(text), title, publication, body_end)


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


def _publication_date(layout: _Layout) -> tuple[int, int | None] | None:
    """(year, month) of the posting, from publication lines or an ISO date near the top."""
    text = layout.text
    for line in layout.publication:
        match = PUBLICATION_DATE_RE.search(text, line.start, line.end)
        if match:
            year = match.group("y") or match.group("y2") or match.group("y3")
            month = match.group("m") or match.group("m2") or match.group("m3")
            return int(year), int(month) if month else None
    head = text[: layout.lines[2].end] if len(layout.lines) > 2 else text
    iso = ISO_HINT_RE.search(head)
    if iso:
        return int(iso.group("y")), int(iso.group("m"))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _event_match(layout: _Layout) -> tuple[re.Match[str], _Span] | None:
    """The date that opens a sentence or sits in one about the meeting, and that sentence."""
    text = layout.text
    best: tuple[int, int, re.Match[str], _Span] | None = None
    for match in EVENT_DATE_RE.finditer(text, 0, layout.body_end):
        if any(p.start <= match.start() < p.end for p in layout.publication):
            continue
        sentence = _containing(layout.sentences, match.start())
        if sentence is None:
            continue
        score = 0
        if SENTENCE_LEAD_RE.match(text[sentence.start : match.start()]):
            score += 2
        if MEETING_WORDS_RE.search(text, sentence.start, sentence.end):
            score += 2
        if score >= 2 and (best is None or score > best[0]):
            best = (score, match.start(), match, sentence)
    return None if best is None else (best[2], best[3])


def _undated_lead(layout: _Layout) -> _Span | None:
    """The lead when it prints no date ("X vừa tổ chức hội nghị sơ kết công tác quý I ...").

    The genre opens the body with the meeting: among the first sentences after the headline
    (publication lines skipped), the first that says a unit held a meeting (a verb such as
    "tổ chức") and names a period is the lead. Its periods and organiser are read as from a
    dated lead; the meeting date stays unknown.
    """
    text = layout.text
    start = layout.title.end if layout.title is not None else 0
    seen = 0
    for sentence in layout.sentences:
        if sentence.start < start or any(
            p.start <= sentence.start < p.end for p in layout.publication
        ):
            continue
        if sentence.start >= layout.body_end or seen >= LEAD_MAX_SENTENCES:
            break
        seen += 1
        if ORGANIZER_VERB_RE.search(text, sentence.start, sentence.end) and PERIOD_RE.search(
            text, sentence.start, sentence.end
        ):
            return sentence
    return None


def _lead_neighbours(layout: _Layout, lead: _Span) -> list[_Span]:
    """The body sentences just before and just after a dated lead that is about the meeting.

    The genre often splits the lead in two: one sentence says who held which review ("X vừa
    tổ chức hội nghị tổng kết công tác năm 2023 và triển khai kế hoạch năm 2024"), the
    sentence before or after it gives the date ("Hội nghị diễn ra ngày 12/1/2024 ..."). When
    the dated sentence names no period, these are read before the headline. A neighbour
    counts only when it speaks of the meeting or its plan (see MEETING_WORDS_RE,
    PLAN_CUE_RE), so a figure sentence next to the lead is not taken for it.
    """
    text = layout.text
    start = layout.title.end if layout.title is not None else 0
    index = layout.sentences.index(lead) if lead in layout.sentences else -1
    if index < 0:
        return []
    neighbours: list[_Span] = []
    for position in (index - 1, index + 1):
        if not 0 <= position < len(layout.sentences):
            continue
        sentence = layout.sentences[position]
        if (
            sentence.start < start
            or sentence.start >= layout.body_end
            or any(p.start <= sentence.start < p.end for p in layout.publication)
        ):
            continue
        if MEETING_WORDS_RE.search(text, sentence.start, sentence.end) or PLAN_CUE_RE.search(
            text, sentence.start, sentence.end
        ):
            neighbours.append(sentence)
    return neighbours


def _event_date(
    found: tuple[re.Match[str], _Span] | None,
    publication: tuple[int, int | None] | None,
    period: dict[str, Any] | None,
) -> date | None:
    """The meeting's date; a missing year comes from the posting date or the period."""
    if found is None:
        return None
    match = found[0]
    day = int(match.group("d") or match.group("d2"))
    month = int(match.group("m") or match.group("m2"))
    explicit = match.group("y") or match.group("y2")
    year = int(explicit) if explicit else _infer_year(month, publication, period)
    if year is None:
        return None
    return _safe_date(year, month, day)


def _reference_month(
    found: tuple[re.Match[str], _Span] | None, publication: tuple[int, int | None] | None
) -> tuple[int, int] | None:
    """(year, month) of the meeting when its date gives them, else of the posting: what a
    period printed without a year ("giao ban tháng 10") is dated by."""
    if found is not None:
        match = found[0]
        month = int(match.group("m") or match.group("m2"))
        explicit = match.group("y") or match.group("y2")
        year = int(explicit) if explicit else _infer_year(month, publication, None)
        if year is not None:
            return year, month
    if publication is not None:
        return publication[0], publication[1] or 12
    return None


def _infer_year(
    month: int, publication: tuple[int, int | None] | None, period: dict[str, Any] | None
) -> int | None:
    if publication is not None:
        pub_year, pub_month = publication
        # Posted in January about a meeting "22/12": the meeting was the year before.
        return pub_year - 1 if pub_month is not None and month > pub_month else pub_year
    if period is not None:
        end_month = _period_end_month(period)
        year = int(period["year"])
        return year if month >= end_month - MAX_PERIOD_LAG_MONTHS else year + 1
    return None


def _period_end_month(period: dict[str, Any]) -> int:
    index = period.get("index") or 1
    return {
        "half_year": 6 * index,
        "quarter": 3 * index,
        "nine_months": 9,
        "month": index,
    }.get(period["kind"], 12)


# ---------------------------------------------------------------------------------------------
# Organiser, province, district
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Organizer:
    name: str
    level: str
    start: int  # offset of the name in the article


def _find_organizer(text: str, span: _Span) -> _Organizer | None:
    found: list[tuple[int, int, str, str]] = []
    verb = ORGANIZER_VERB_RE.search(text, span.start, span.end)
    for pattern, level in ORGANIZER_PATTERNS:
        for match in pattern.finditer(text, span.start, span.end):
            # The subject of "tổ chức" is the organiser; otherwise the first unit named.
            before_verb = 0 if verb is not None and match.start() < verb.start() else 1
            found.append((before_verb, match.start(), match.group().strip(), level))
            break
    if not found:
        return None
    found.sort(key=lambda item: (item[0], -item[1] if item[0] == 0 else item[1]))
    _, start, name, level = found[0]
    return _Organizer(name, level, start)


def _province_votes(text: str, end: int) -> Counter[str]:
    votes: Counter[str] = Counter()
    for match in PROVINCE_MENTION_RE.finditer(text, 0, end):
        province = _canonical_province(match.group("name"))
        if province:
            votes[province] += 1
    return votes


def _districts_named(source: str, hint: str | None) -> Iterable[tuple[str, str | None]]:
    """(district, province) for each "huyện/thị xã/thành phố/quận X" in ``source``, in order."""
    for match in DISTRICT_IN_NAME_RE.finditer(source):
        kind = DISTRICT_KIND_NAMES.get(match.group("type").rstrip("."), match.group("type"))
        if _canonical_province(match.group("name")) in CENTRAL_CITIES:
            continue  # a centrally-run city is a province, not a district
        found = _canonical_district(kind, match.group("name"), hint)
        if found is not None:
            yield found


def _bare_district(organizer: str, hint: str | None) -> tuple[str, str | None] | None:
    """ "Trung tâm Y tế Krông Pắc": a district unit named without "huyện"."""
    match = BARE_DISTRICT_UNIT_RE.match(organizer)
    if match is None or _is_province(match.group("name")):
        return None
    return _canonical_district(None, match.group("name"), hint)


def _place(
    text: str, organizer: _Organizer | None, near: list[str], body_end: int
) -> tuple[str | None, str | None]:
    """(province, district) of the organiser.

    The province comes from the organiser's name, else the district's (gazetteer), else the
    province the article names most. A unit below the province takes the district in its own
    name, else the first one its sentence names (apposition first: "Trạm Y tế xã A, huyện B
    tổ chức"), else the headline and lead; a commune or district unit then takes the district
    the article names most. A provincial hospital ("Bệnh viện Đa khoa tỉnh") has no district.
    """
    name = organizer.name if organizer else ""
    level = organizer.level if organizer else "other"
    named: str | None = None
    match = PROVINCE_IN_NAME_RE.search(name)
    if match is not None:
        named = _canonical_province(match.group("name"))
    votes = _province_votes(text, body_end)
    hint = named or (votes.most_common(1)[0][0] if votes else None)
    if level not in SUB_PROVINCE_LEVELS:
        return hint, None
    found = next(iter(_districts_named(name, hint)), None)
    if found is None and level == "district":
        found = _bare_district(name, hint)
    if found is None and not (level == "hospital" and PROVINCIAL_UNIT_RE.search(name)):
        found = next((f for source in near for f in _districts_named(source, hint)), None)
        if found is None and level in ARTICLE_WIDE_DISTRICT_LEVELS:
            counted = Counter(_districts_named(text[:body_end], hint))
            found = counted.most_common(1)[0][0] if counted else None
    if found is None:
        return hint, None
    district, province = found
    return named or province or hint, district


def _full_organizer(organizer: str, province: str | None) -> str:
    # "Sở Y tế tổ chức ..." names the department without its province: add it when known.
    if organizer == "Sở Y tế" and province:
        kind = "thành phố" if province in CENTRAL_CITIES else "tỉnh"
        return f"Sở Y tế {kind} {province}"
    return organizer


# ---------------------------------------------------------------------------------------------
# Meeting kind and periods
# ---------------------------------------------------------------------------------------------


def _period_of_match(match: re.Match[str]) -> dict[str, Any] | None:
    """The period a :data:`PERIOD_RE` match names, its year as printed (a string) or None;
    None for a month number that is no month."""
    if match.group("quarter"):
        quarter = match.group("q").upper()
        index = ROMAN_QUARTERS.get(quarter) or int(quarter)
        year = match.group("qy") or match.group("qy2")
        return {"kind": "quarter", "year": year, "index": index}
    if match.group("three"):
        # "3 tháng đầu năm" is the first quarter, "3 tháng cuối năm" the last.
        index = FIRST_QUARTER if match.group("t").lower() == "đầu" else LAST_QUARTER
        return {"kind": "quarter", "year": match.group("ty"), "index": index}
    if match.group("half"):
        index = 1 if match.group("h").lower() == "đầu" else 2
        return {"kind": "half_year", "year": match.group("hy"), "index": index}
    if match.group("nine"):
        return {"kind": "nine_months", "year": match.group("ny"), "index": None}
    if match.group("month"):
        if int(match.group("m")) not in MONTHS:
            return None
        return {"kind": "month", "year": match.group("my"), "index": int(match.group("m"))}
    if match.group("stage"):
        return {"kind": "other", "year": match.group("sy"), "index": None}
    return {"kind": "year", "year": match.group("y"), "index": None}


def _periods_in(
    scope: str, reference: tuple[int, int] | None = None, printed: str | None = None
) -> list[tuple[int, dict[str, Any]]]:
    """(position, period) for every period expression in ``scope``; missing years filled.

    ``reference`` is the (year, month) of the meeting (else of the posting): when ``scope``
    prints no year at all ("giao ban tháng 10, triển khai nhiệm vụ tháng 11"), the first period
    is the latest one ending by that month; ``printed`` is the text a filled-in year must occur
    in (``scope`` by default; a year is grounded like any figure).
    """
    printed = scope if printed is None else printed
    found: list[tuple[int, dict[str, Any]]] = []
    for match in PERIOD_RE.finditer(scope):
        period = _period_of_match(match)
        if period is not None:
            found.append((match.start(), period))
    if found and reference is not None and all(p["year"] is None for _, p in found):
        # Held in (or posted in) January about "tháng 12": that month was the year before.
        ref_year, ref_month = reference
        first = found[0][1]
        year = (
            ref_year
            if _period_end_month({**first, "year": ref_year}) <= ref_month
            else ref_year - 1
        )
        first["year"] = str(year) if str(year) in printed else None
    # "Quý I và ... Quý II năm 2023": a period without a year takes the next year printed.
    next_year: str | None = None
    for _, period in reversed(found):
        if period["year"] is None:
            period["year"] = next_year
        else:
            next_year = period["year"]
    # "sơ kết 9 tháng đầu năm 2023, triển khai nhiệm vụ 3 tháng cuối năm": else the year of the
    # period before it, or the year after when it would not come later ("năm 2023 ... 6 tháng
    # đầu năm" is 2024), provided that year is printed (a year is grounded like any figure).
    previous: dict[str, Any] | None = None
    for _, period in found:
        if period["year"] is None and previous is not None:
            year = int(previous["year"])
            if _period_end_month({**period, "year": year}) <= _period_end_month(previous):
                year += 1
            period["year"] = str(year) if str(year) in printed else None
        if period["year"] is not None:
            previous = period
    return [
        (position, {**period, "year": int(period["year"])})
        for position, period in found
        if period["year"] is not None
    ]


def _periods(
    scope: str, reference: tuple[int, int] | None = None, printed: str | None = None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(reviewed, next) periods of one sentence such as a headline or the lead (for
    ``reference`` and ``printed``, see :func:`_periods_in`)."""
    found = _periods_in(scope, reference, printed)
    if not found:
        return None, None
    review = REVIEW_CUE_RE.search(scope)
    start = review.start() if review else 0
    after_review = [item for item in found if item[0] >= start] or found
    position, reviewed = after_review[0]
    upcoming: dict[str, Any] | None = None
    for plan in PLAN_CUE_RE.finditer(scope, position + 1):
        if ACHIEVED_PLAN_RE.search(scope, max(0, plan.start() - 16), plan.start()):
            continue
        later = [p for pos, p in found if pos > plan.start() and p != reviewed]
        if later:
            upcoming = later[0]
            break
    return reviewed, upcoming


def _meeting_kind(scope: str, reviewed: dict[str, Any] | None) -> str:
    if reviewed is not None and reviewed["kind"] in PERIOD_MEETING_KINDS:
        return PERIOD_MEETING_KINDS[reviewed["kind"]]
    if YEAR_END_RE.search(scope) or (reviewed is not None and reviewed["kind"] == "year"):
        return "year_end_review"
    return "other"


# ---------------------------------------------------------------------------------------------
# People and author
# ---------------------------------------------------------------------------------------------


def _clean_position(position: str) -> str:
    return POSITION_STOP_RE.sub("", position).strip(" ,;:-–")


def _role(sentence: str) -> str:
    for role, pattern in ROLE_CUES:
        if pattern.search(sentence):
            return role
    return "other"


def _is_province(name: str) -> bool:
    canonical = _canonical_province(name)
    return canonical is not None and _fold(name) in _PROVINCE_BY_FOLD


def _is_place(name: str) -> bool:
    """Whether ``name`` opens with a district or province of the gazetteer ("Ninh Kiều")."""
    words = name.split()
    table = _district_table()
    return any(
        _fold(" ".join(words[:size])) in table or _is_province(" ".join(words[:size]))
        for size in range(min(len(words), MAX_PLACE_WORDS), 1, -1)
    )


def _person_names(chunk: str) -> Iterable[re.Match[str]]:
    """Names in ``chunk``; "Sở Y tế Hà Tĩnh Nguyễn Văn An": a province does not start one,
    nor does a district or province after its unit word ("quận Ninh Kiều"; "UBND tỉnh Hồ
    Quang Bửu" is a person)."""
    position = 0
    while (match := NAME_RE.search(chunk, position)) is not None:
        if PLACE_BEFORE_RE.search(chunk, max(0, match.start() - 12), match.start()) and (
            _is_place(match.group())
        ):
            position = match.end()
            continue
        words = match.group().split()
        province_words = next(
            (
                size
                for size in (3, 2)
                if len(words) >= size and _is_province(" ".join(words[:size]))
            ),
            0,
        )
        if province_words:
            position = match.start() + len(" ".join(words[:province_words]))
            continue
        position = match.end()
        yield match


def _positioned_names(chunk: str, known: Container[str] = ()) -> list[tuple[str, str, int]]:
    """(name, position, offset) for "ông <name>, <position>", "<position> <name>", and
    "<professional title> <name>" (position empty when none follows), and for a ``known``
    name met again without its position ("Phát biểu chỉ đạo, đồng chí <name> đề nghị")."""
    found: list[tuple[str, str, int]] = []
    for match in _person_names(chunk):
        window = chunk[max(0, match.start() - POSITION_MAX_CHARS) : match.start()]
        after = POSITION_AFTER_RE.match(chunk, match.end())
        if after is not None and HONORIFIC_BEFORE_RE.search(window):
            found.append((match.group(), _clean_position(after.group("position")), match.start()))
            continue
        for head in reversed(list(POSITION_HEAD_RE.finditer(window))):
            title = window[head.start() :]
            if not POSITION_BREAK_RE.search(title) and not any(_person_names(title)):
                found.append((match.group(), _clean_position(title), match.start()))
                break
        else:
            if match.group() in known or PROFESSIONAL_TITLE_BEFORE_RE.search(window):
                found.append((match.group(), "", match.start()))
    return found


def _clause_role(chunk: str, start: int, names: list[int]) -> str:
    """The role of the name at ``start``: read in its ";"-part of the sentence ("Bà A, Giám
    đốc chủ trì; ông B, Phó Chủ tịch UBND dự và phát biểu"); where that part says "chủ trì",
    only the name nearest before it (or, with none before, the first after it) chairs."""
    left = chunk.rfind(";", 0, start) + 1
    right = chunk.find(";", start)
    right = len(chunk) if right == -1 else right
    clause = chunk[left:right]
    chair = ROLE_CUES[0][1].search(clause)
    if chair is None:
        return _role(clause)
    cue = left + chair.start()
    inside = [n for n in names if left <= n < right]
    before = [n for n in inside if n < cue]
    chosen = before[-1] if before else next((n for n in inside if n > cue), None)
    if chosen == start:
        return "chair"
    rest = clause[: chair.start()] + clause[chair.end() :]
    return _role(rest)


def _find_people(layout: _Layout) -> list[dict[str, Any]]:
    text = layout.text
    people: dict[str, dict[str, Any]] = {}
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        chunk = text[sentence.start : sentence.end]
        if not PERSON_HINT_RE.search(chunk):
            continue
        found = _positioned_names(chunk, people)
        starts = [start for _, _, start in found]
        for name, position, start in found:
            role = _clause_role(chunk, start, starts)
            known = people.get(name)
            if known is None:
                people[name] = {"name": name, "position": position or None, "role": role}
            elif ROLE_RANK[role] < ROLE_RANK[known["role"]]:
                known["role"] = role
    return list(people.values())


def _find_author_line(text: str, lines: list[_Span]) -> _Span | None:
    for line in lines:
        # "Tác giả: X" or "Bài, ảnh: X" / "Tin và ảnh: X" is a byline wherever it stands
        # (a contact block or a list of other stories may follow it).
        labelled = AUTHOR_LABEL_RE.match(text[line.start : line.end])
        if labelled and (
            labelled.group("photo") or text[line.start : line.end].lstrip().startswith("Tác giả")
        ):
            return line
    for line in reversed(lines[-AUTHOR_TAIL_LINES:]):
        content = text[line.start : line.end]
        if _is_publication_line(content):
            continue
        if _author_from_line(content) is not None:
            return line
        if len(_words(content)) > AUTHOR_MAX_WORDS:
            break
    return None


def _author_from_line(line: str) -> tuple[str, str | None] | None:
    """(name, unit) of a byline: a short line opening with a capitalised name."""
    labelled = AUTHOR_LABEL_RE.match(line)
    if not labelled and (
        len(_words(line)) > AUTHOR_MAX_WORDS or line.rstrip().endswith((".", "?", ":", ";"))
    ):
        return None
    match = labelled or AUTHOR_LINE_RE.match(line)
    if match is None:
        return None
    rest = AUTHOR_REST_RE.match(match.group("rest"))
    if rest is None:
        return None
    unit = " ".join(part for part in (rest.group("unit"), rest.group("tail")) if part)
    return match.group("name"), unit.strip() or None


# ---------------------------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Fact:
    mention: NumberMention
    value: Decimal
    unit: str
    value_max: Decimal | None
    end: int  # end of the last mention the fact covers (a range covers two)


def _reading(mention: NumberMention) -> Decimal:
    if mention.kind is Kind.PERCENT:
        for value in mention.values:
            if value <= PERCENT_MAX:
                return value
    for value in mention.values:
        if value == value.to_integral_value():
            return value
    return mention.values[0]


def _own_unit(text: str, mention: NumberMention) -> str | None:
    """The unit a figure states itself: the scanner's, else a document counted by its
    capitalised name, else the noun after "số" in a fraction of a total ("2/3 số xã")."""
    unit = mention.unit
    if unit is None or unit.lower() == "giấy":
        document = DOCUMENT_UNIT_RE.match(text, mention.end)
        if document is not None:
            return document.group("noun")
    if unit is None and mention.denominator:
        fraction = FRACTION_OF_RE.match(text, mention.end)
        if fraction is not None and fraction.group("noun").islower():
            return _counted_noun(fraction.group("noun").split())
    return unit


def _counted_noun(words: list[str]) -> str:
    """The longest counted noun of the scanner's lexicon that ``words`` open with, else the
    first word ("số trạm y tế" -> "trạm y tế", "số khu phố" -> "khu")."""
    for size in range(len(words), 1, -1):
        phrase = " ".join(words[:size])
        if phrase in COUNT_UNITS:
            return phrase
    return words[0]


def _in_digit_groups(text: str, mention: NumberMention) -> bool:
    """Whether a number is one group of digits printed in space-separated groups that the
    scanner did not join ("262 3851 777", "1 234 567"): no figure can be told from it.

    Phone numbers, hotlines and standards proper are the scanner's codes (a phone cue, a
    leading 0 or 1800/1900, "ISO"/"TCVN"/"QCVN"), never candidates.
    """
    before = text[max(0, mention.start - 2) : mention.start]
    after = text[mention.end : mention.end + 2]
    return (before[:1].isdigit() and before[1:] == " ") or (
        after[:1] == " " and after[1:].isdigit()
    )


def _is_candidate(text: str, mention: NumberMention, unit: str | None) -> bool:
    if mention.kind not in QUANTITY_KINDS or not mention.values:
        return False
    before = text[max(0, mention.start - 2) : mention.start]
    # Glued to a word ("truy cập268", "COVID-19", "F0"): part of a name or a counter.
    if before[-1:].isalpha() or (before[-1:] == "-" and before[:1].isalpha()):
        return False
    if _in_digit_groups(text, mention):
        return False
    if unit is None and mention.kind is not Kind.PERCENT:
        window = text[max(0, mention.start - 30) : mention.start]
        if NON_COUNT_BEFORE_RE.search(window):
            return False
        if _reading(mention) in YEAR_LIKE and mention.kind is Kind.COUNT:
            return False
    if DISTANCE_AFTER_RE.match(text, mention.end) or (
        mention.unit is not None and DISTANCE_AFTER_RE.fullmatch(mention.unit)
    ):
        # "cách trung tâm huyện trên 70 km": geography, not health work; so is the low end of
        # a range ("từ 10 đến 15 km"), which the scanner gives the range's unit.
        return False
    head = unit.split()[0].lower() if unit else ""
    if head in DURATION_UNITS:
        clause = text[max(0, mention.start - 40) : mention.start]
        return bool(AVERAGE_CUE_RE.search(clause))
    if head in DOSE_UNITS:
        return not _is_dose_schedule(text, mention)
    return True


def _is_dose_schedule(text: str, mention: NumberMention) -> bool:
    before = text[max(0, mention.start - DOSE_CUE_CHARS) : mention.start]
    return _reading(mention) <= DOSE_SCHEDULE_MAX or bool(DOSE_SCHEDULE_BEFORE_RE.search(before))


def _is_age_bound(text: str, mention: NumberMention, following: NumberMention | None) -> bool:
    """Whether a bare figure is the low end of an age or duration range ("từ 5 đến dưới 12
    tuổi"), which the scanner may read as a count."""
    if mention.unit is not None or following is None:
        return False
    if not BOUND_JOIN_RE.match(text[mention.end : following.start]):
        return False
    head = following.unit.split()[0].lower() if following.unit else ""
    return following.kind is Kind.AGE or head in DURATION_UNITS


def _sentence_of(layout: _Layout, position: int) -> _Span:
    return _containing(layout.sentences, position) or _Span(0, len(layout.text))


def _inherited_unit(
    mention: NumberMention, mentions: list[NumberMention], sentence: _Span
) -> str | None:
    """A bare count takes the unit of the nearest quantity before it in the sentence
    ("73.066 cas so với cùng kỳ năm 2022 (73.071)"), else the nearest after it."""
    before = [
        m
        for m in mentions
        if sentence.start <= m.start < mention.start
        and m.unit
        and m.kind in QUANTITY_KINDS
        and m.unit != PERCENT_UNIT
    ]
    if before:
        return before[-1].unit
    after = [
        m
        for m in mentions
        if mention.end <= m.start < sentence.end
        and m.unit
        and m.kind in QUANTITY_KINDS
        and m.unit != PERCENT_UNIT
    ]
    return after[0].unit if after else None


def _facts(layout: _Layout, index: NumberIndex) -> list[_Fact]:
    text = layout.text
    mentions = [m for m in index.mentions if m.start < layout.body_end]
    own_units = [_own_unit(text, m) for m in mentions]
    candidates = [
        (m, own_units[position])
        for position, m in enumerate(mentions)
        if _is_candidate(text, m, own_units[position])
        and not _is_age_bound(
            text, m, mentions[position + 1] if position + 1 < len(mentions) else None
        )
    ]
    facts: list[_Fact] = []
    skip: set[int] = set()
    for position, (mention, own_unit) in enumerate(candidates):
        if position in skip:
            continue
        if any(p.start <= mention.start < p.end for p in layout.publication):
            continue
        unit = own_unit
        if unit is None:
            unit = _inherited_unit(mention, mentions, _sentence_of(layout, mention.start))
            if unit is None:
                continue
        value = _reading(mention)
        value_max: Decimal | None = None
        end = mention.end
        following, following_unit = (
            candidates[position + 1] if position + 1 < len(candidates) else (None, None)
        )
        if (
            following is not None
            and RANGE_JOIN_RE.match(text[mention.end : following.start])
            and (own_unit is None or own_unit == following_unit)
            and following_unit is not None
            and _reading(following) > value
        ):
            # "100 - 120%", "từ 5 đến 7 ngày": one fact, low end and high end.
            unit, value_max, end = following_unit, _reading(following), following.end
            skip.add(position + 1)
        unit = MONEY_UNIT_NAMES.get(unit.lower(), unit)
        facts.append(_Fact(mention, value, unit, value_max, end))
    return facts


def _clause(text: str, start: int, end: int, limit: _Span) -> _Span:
    """The clause that states ``text[start:end]``, verbatim, at most about a line long.

    Clause marks (``.;:`` and line ends) bound it; a figure in parentheses keeps the clause
    before them ("... năm 2022 (73.071)"); a long clause is narrowed to its comma-separated
    part, then to the part between connectives, then to a window of words.
    """
    left = limit.start
    for match in CLAUSE_END_RE.finditer(text, limit.start, start):
        left = match.end()
    right = limit.end
    found = CLAUSE_END_RE.search(text, end, limit.end)
    if found is not None:
        right = found.start()
    inner = text.rfind("(", limit.start, start)
    if inner != -1 and text.find(")", inner, start) == -1:
        # Inside parentheses: take the clause before them and close the parenthesis.
        left = limit.start
        for match in CLAUSE_END_RE.finditer(text, limit.start, inner):
            left = match.end()
        close = text.find(")", end, limit.end)
        right = close + 1 if close != -1 else right
    span = _strip_span(text, left, right)
    for separator in (COMMA_RE, CONNECTIVE_RE):
        if span.end - span.start <= MAX_QUOTE_CHARS:
            return span
        span = _narrow(text, span, start, end, separator)
    if span.end - span.start <= MAX_QUOTE_CHARS:
        return span
    return _window(text, span, start, end)


def _narrow(text: str, span: _Span, start: int, end: int, separator: re.Pattern[str]) -> _Span:
    cuts = [(m.start(), m.end()) for m in separator.finditer(text, span.start, span.end)]
    before = [cut for cut in cuts if cut[1] <= start]
    after = [cut for cut in cuts if cut[0] >= end]
    left = before[-1][1] if before else span.start
    lead = text[left:start].split()
    right = after[0][0] if after else span.end
    bare = not lead and len(text[end:right].split()) < MIN_CLAUSE_WORDS
    if before and (bare or (lead and all(word.lower() in CONTEXTLESS_LEAD for word in lead))):
        # "..., đạt 94%": the part before says what reached 94%.
        left = before[-2][1] if len(before) > 1 else span.start
    return _strip_span(text, left, right)


def _window(text: str, span: _Span, start: int, end: int) -> _Span:
    words_before = list(re.finditer(r"\S+", text[span.start : start]))
    words_after = list(re.finditer(r"\S+", text[end : span.end]))
    left = span.start
    if len(words_before) > WINDOW_WORDS:
        left = span.start + words_before[-WINDOW_WORDS].start()
    right = span.end
    if len(words_after) > WINDOW_WORDS:
        right = end + words_after[WINDOW_WORDS - 1].end()
    return _strip_span(text, left, right)


def _label(text: str, fact: _Fact, clause: _Span, index_mentions: list[NumberMention]) -> str:
    """What the figure counts, in the article's words.

    A count names it after the number ("75.135 lượt khám chữa bệnh"); a percentage after it
    when a noun follows ("100% xã đạt tiêu chí") or else before it ("tỷ lệ ... đạt 82,8%").
    """
    after = LABEL_END_RE.split(text[fact.end : clause.end], maxsplit=1)[0]
    printed = fact.mention.unit
    if printed and printed != fact.unit and after.lstrip().lower().startswith(printed):
        after = after.lstrip()[len(printed) :]  # "1.000.000đ mỗi ...": the unit as printed
    after = NEXT_FIGURE_RE.split(after, maxsplit=1)[0]  # never run into the next figure
    after = LABEL_STOP_RE.sub("", " " + LABEL_LEAD_RE.sub("", after))
    following = after.split()[:LABEL_MAX_WORDS]
    # What precedes the figure, back to the previous figure or punctuation in the clause.
    previous = [m for m in index_mentions if clause.start <= m.end <= fact.mention.start]
    before = text[previous[-1].end if previous else clause.start : fact.mention.start]
    if previous and previous[-1].unit and before.lstrip().startswith(previous[-1].unit):
        before = before.lstrip()[len(previous[-1].unit) :]  # the previous figure's unit
    context = ""
    for segment in reversed(LABEL_END_RE.split(before)):
        words = segment.split()[-LABEL_MAX_WORDS:]
        while words and words[-1].lower() in LABEL_TRIM_WORDS:
            words.pop()
        while words and words[0].lower() in LABEL_TRIM_WORDS:
            words.pop(0)
        if words:
            context = " ".join(words)
            break
    if fact.unit == PERCENT_UNIT:
        return "tỷ lệ " + (" ".join(following) if following else context)
    noun = " ".join(following)
    if noun and not _fold(noun).startswith(_fold(fact.unit)):
        noun = f"{fact.unit} {noun}"
    if noun and _fold(noun) != _fold(fact.unit):
        return noun
    if fact.mention.kind is Kind.MONEY:
        return context or fact.unit
    return f"{fact.unit} {context}".strip()


def _category_of(haystack: str, table: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The first category of ``table`` whose keywords occur in ``haystack`` (lower case).

    One search per category in table order: each pattern skips ahead to its keywords' first
    letters, faster than one scan that tries every category at every position.
    """
    for category, pattern in table:
        if pattern.search(haystack):
            return category
    return None


def _context_topic(text: str) -> str | None:
    """``food_safety``, ``covid19`` or ``population`` when lower-cased ``text`` names that
    topic, else None."""
    if FOOD_CONTEXT_RE.search(text):
        return "food_safety"
    if COVID_CONTEXT_RE.search(text):
        return "covid19"
    if POPULATION_CONTEXT_RE.search(text):
        return "population"
    return None


@dataclass
class _SentenceCategory:
    """What a sentence says about the category of its figures (shared by them, cached)."""

    category: str | None  # the sentence's own category, for figures without keywords
    topic: str | None  # the topic of the sentence, else of its paragraph (_context_topic)
    named_disease: bool


def _sentence_category(
    layout: _Layout,
    sentence: _Span,
    cache: dict[_Span, _SentenceCategory],
    article_topic: str | None = None,
) -> _SentenceCategory:
    known = cache.get(sentence)
    if known is None:
        lowered = layout.text[sentence.start : sentence.end].lower()
        topic = _context_topic(lowered)
        if topic is None and not PRIVATE_PRACTICE_RE.search(lowered):
            line = _containing(layout.lines, sentence.start)
            if line is not None:
                topic = _context_topic(layout.text[line.start : line.end].lower())
        if topic == "covid19" and ROUTINE_VACCINATION_RE.search(lowered):
            topic = None  # a routine-immunisation sentence, in a Covid-19 paragraph or not
        if topic is None:
            topic = article_topic
        known = cache[sentence] = _SentenceCategory(
            _category_of(lowered, CATEGORY_PATTERNS),
            topic,
            NAMED_DISEASE_RE.search(lowered) is not None,
        )
    return known


def _list_item_category(text: str, sentence: _Span, position: int) -> str | None:
    """The table's category of the ``;``-part of ``sentence`` holding ``position``, when the
    sentence has more than one part."""
    before = text.rfind(";", sentence.start, position)
    after = text.find(";", position, sentence.end)
    if before < 0 and after < 0:
        return None
    start = sentence.start if before < 0 else before + 1
    end = sentence.end if after < 0 else after
    return _category_of(text[start:end].lower(), CATEGORY_PATTERNS)


def _comma_part(text: str, sentence: _Span, position: int) -> str:
    """The part of ``sentence`` holding ``position`` between commas (COMMA_RE) and ``;``."""
    start, end = sentence.start, sentence.end
    for match in COMMA_RE.finditer(text, sentence.start, sentence.end):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    before = text.rfind(";", start, position)
    after = text.find(";", position, end)
    return text[before + 1 if before >= 0 else start : after if after >= 0 else end]


def _category(
    label: str,
    quote: str,
    layout: _Layout,
    sentence: _Span,
    cache: dict[_Span, _SentenceCategory],
    money: bool = False,
    unit: str = "",
    position: int = -1,
    article_topic: str | None = None,
) -> str:
    """The category of a figure: a count of beds is infrastructure (BED_UNITS); else the first
    specific keyword (STRONG_CATEGORY_PATTERNS, in its order) of its label or quote; else the
    table's category of the label, else of the quote, else of its ``;``-part of the sentence
    (a list "Điều trị nội trú: 812 lượt; chuyển tuyến 127 ca" keeps each item's area), else of
    the sentence, else ``disease_control`` for a bare "ca" anywhere there (BARE_CASE_RE). A sum
    looks for specific keywords in its own comma-part first, and a label that names only money
    ("được đầu tư") lets the quote name its area. An activity (inspection, fines, money, ...)
    or nothing then takes the topic of the sentence or paragraph (food safety, Covid-19,
    population), else ``article_topic``; see FOOD_CONTEXT_OVERRIDES. Money no keyword places in
    an area is general budget: ``finance``."""
    found: str | None
    if unit in BED_UNITS:
        found = "infrastructure"  # planned or actual beds, whatever rate the sentence gives
    else:
        label, quote = label.lower(), quote.lower()
        strong = None
        if money and position >= 0:
            # A sum's own comma-part first: "cộng tác viên dân số có 1.975 người, phụ cấp
            # 150.000 đồng/người/tháng" counts staff, then pays them.
            part = _comma_part(layout.text, sentence, position).lower()
            strong = _category_of(part, STRONG_CATEGORY_PATTERNS)
        strong = strong or _category_of(label + "\n" + quote, STRONG_CATEGORY_PATTERNS)
        if strong is not None:
            return strong
        found = _category_of(label, CATEGORY_PATTERNS)
        if found is None or (money and found == "finance"):
            # Money words of the label ("được đầu tư", "kinh phí") say how it was raised, the
            # quote may say where it goes ("để xây mới 3 trạm y tế").
            found = _category_of(quote, CATEGORY_PATTERNS) or found
    context = _sentence_category(layout, sentence, cache, article_topic)
    if found is None and position >= 0:
        found = _list_item_category(layout.text, sentence, position)
    if found is None:
        found = context.category
    if found is None and BARE_CASE_RE.search(
        f"{label}\n{quote}\n{layout.text[sentence.start : sentence.end]}".lower()
    ):
        found = "disease_control"  # rare: searched only here, not cached with the sentence
    if found == "disease_control" and context.named_disease:
        return found  # a named disease keeps its figures in any paragraph
    if context.topic == "food_safety" and found in FOOD_CONTEXT_OVERRIDES:
        return "food_safety"
    if context.topic == "covid19" and found in COVID_CONTEXT_OVERRIDES:
        return "covid19"
    if context.topic == "population" and found in POPULATION_CONTEXT_OVERRIDES:
        return "population"
    return found or ("finance" if money else "other")


def _rounds_to(exact: Decimal, shown: Decimal) -> bool:
    """Whether ``shown`` is ``exact`` rounded or cut at the precision ``shown`` is printed
    with: its last non-zero digit ("412 nghìn" = 412000, to the thousand, for 412.567;
    "1,2 triệu" for 1.249.000)."""
    exponent = shown.normalize().as_tuple().exponent
    if shown <= 0 or exact <= 0 or not isinstance(exponent, int):
        return False
    step = Decimal(1).scaleb(exponent)
    return (exact // step) * step == shown or exact.quantize(step, ROUND_HALF_UP) == shown


def _indicators(
    layout: _Layout,
    index: NumberIndex,
    periods: _ReportPeriods,
    article_topic: str | None = None,
) -> list[dict[str, Any]]:
    """The figures of the article as indicators, each with its period (see
    :func:`_indicator_period`); ``article_topic`` is the topic of every sentence that names
    none (``population`` in a population office's article)."""
    text = layout.text
    facts = _facts(layout, index)
    lowered = _lowered(text)
    frames: dict[_Span, _SentencePeriods] = {}
    title = layout.title
    body_readings = {
        (fact.value, fact.unit)
        for fact in facts
        if title is None or not title.start <= fact.mention.start < title.end
    }
    indicators: list[dict[str, Any]] = []
    seen: set[tuple[Decimal, str, str]] = set()
    by_sentence: dict[_Span, _SentenceCategory] = {}
    for position, fact in enumerate(facts):
        in_title = title is not None and title.start <= fact.mention.start < title.end
        if in_title and (
            (fact.value, fact.unit) in body_readings
            or (
                fact.mention.qualifier is not Qualifier.EXACT
                and any(
                    unit == fact.unit and _rounds_to(value, fact.value)
                    for value, unit in body_readings
                )
            )
        ):
            # The headline repeats a fact the body states, maybe rounded with a qualifier:
            # "hơn 412 nghìn lượt" over the body's "412.567 lượt".
            continue
        sentence = _sentence_of(layout, fact.mention.start)
        clause = _clause(text, fact.mention.start, fact.end, sentence)
        if any(
            other is not fact and clause.start <= other.mention.start < clause.end
            for other in facts
        ):
            # Two figures in one clause: quote the part between connectives ("và", ...).
            clause = _narrow(text, clause, fact.mention.start, fact.end, CONNECTIVE_RE)
        quote = text[clause.start : clause.end]
        key = (fact.value, fact.unit, quote)
        if key in seen:
            continue
        seen.add(key)
        label = _label(text, fact, clause, index.mentions)
        if sentence not in frames:
            frames[sentence] = _sentence_periods(text, lowered, sentence, periods)
        following = facts[position + 1].mention.start if position + 1 < len(facts) else len(text)
        spot = _spot(lowered, sentence, fact.mention.start, fact.end, min(following, sentence.end))
        denominator: Decimal | None = None
        if fact.mention.denominator:
            candidate = fact.mention.denominator[0]
            if candidate > 0 and (fact.unit == PERCENT_UNIT or candidate >= fact.value):
                denominator = candidate
        indicators.append(
            {
                "label": label,
                "category": _category(
                    label,
                    quote,
                    layout,
                    sentence,
                    by_sentence,
                    money=fact.mention.kind is Kind.MONEY,
                    unit=fact.unit,
                    position=fact.mention.start,
                    article_topic=article_topic,
                ),
                "value": fact.value,
                "unit": fact.unit,
                "denominator": denominator,
                "value_max": fact.value_max,
                "qualifier": fact.mention.qualifier.value,
                "quote": quote,
                "period": _indicator_period(
                    lowered, spot, frames[sentence], periods, fact.unit, quote
                ),
            }
        )
    return indicators


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
class _ReportPeriods:
    reviewed: dict[str, Any]
    upcoming: dict[str, Any] | None
    years: frozenset[int]  # years the article prints (a period's year is grounded)


def _lowered(text: str) -> str:
    """``text`` in lower case, each character kept in its place (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _with_year(period: dict[str, Any], periods: _ReportPeriods) -> dict[str, Any]:
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
    kind, index = CUMULATIVE_KINDS.get(months, ("other", None))
    return {"kind": kind, "year": year, "index": index}


def _is_last_day(day: int, month: int, year: int) -> bool:
    return month in MONTHS and day == calendar.monthrange(year, month)[1]


def _dated_period(match: re.Match[str], periods: _ReportPeriods) -> dict[str, Any] | None:
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
        return {"kind": "other", "year": year, "index": None}
    first_day, first_month = int(match.group("d1")), int(match.group("m1"))
    day, month = int(match.group("d2")), int(match.group("m2"))
    year = int(match.group("y2") or match.group("y1") or reviewed_year)
    if first_month not in MONTHS or month not in MONTHS:
        return None
    whole_months = first_day == 1 and _is_last_day(day, month, year)
    if whole_months and first_month == 1:
        return _months_from_january(month, year)
    if whole_months and first_month in QUARTER_FIRST_MONTHS and month == first_month + 2:
        return {"kind": "quarter", "year": year, "index": month // 3}
    if whole_months and (first_month, month) == SECOND_HALF_MONTHS:
        return {"kind": "half_year", "year": year, "index": 2}
    return {"kind": "other", "year": year, "index": None}


def _cumulative_period(match: re.Match[str], periods: _ReportPeriods) -> dict[str, Any] | None:
    """The year so far: "lũy kế 9 tháng", "đến hết tháng 9" name its months; "lũy kế", "từ đầu
    năm" run to the end of the reviewed period."""
    reviewed = periods.reviewed
    months_text = match.group("months") or match.group("until")
    if months_text is None and reviewed["kind"] in {"year", "other"}:
        return dict(reviewed)
    months = int(months_text) if months_text else _period_end_month(reviewed)
    if months not in MONTHS:
        return None
    return _months_from_january(months, int(match.group("uy") or reviewed["year"]))


def _excluded_cue(lowered: str, start: int) -> bool:
    """Whether the period at ``start`` is a comparison base, a starting year or a round name."""
    return EXCLUDED_BEFORE_RE.search(lowered, max(0, start - BEFORE_CUE_CHARS), start) is not None


@dataclass(frozen=True, slots=True)
class _SentencePeriods:
    """What one sentence says about periods: its period and stock cues in order, where its
    target cues ("phấn đấu", ...) end, where its parts (between commas, semicolons and
    colons) start, and whether it hands out awards."""

    span: _Span
    cues: tuple[_PeriodCue, ...]
    target_ends: tuple[int, ...]
    part_starts: tuple[int, ...]
    award: bool

    def part_start(self, position: int) -> int:
        """Where the part holding ``position`` starts."""
        return self.part_starts[bisect.bisect_right(self.part_starts, position) - 1]

    def target_before(self, position: int) -> int | None:
        """Where the last target cue before ``position`` ends, if any."""
        found = bisect.bisect_right(self.target_ends, position)
        return self.target_ends[found - 1] if found else None


def _sentence_periods(
    text: str, lowered: str, sentence: _Span, periods: _ReportPeriods
) -> _SentencePeriods:
    """Read one sentence's periods (see :class:`_SentencePeriods`). Each pattern runs only
    where a word it needs occurs. ``lowered`` is the article in lower case (see
    :func:`_lowered`); a stage in a name is read in ``text``, as printed."""
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
            add(match.start(), match.end(), None)
    if "/" in chunk:
        for match in DATE_BOUND_RE.finditer(lowered, sentence.start, sentence.end):
            dated = _dated_period(match, periods)
            if dated is not None and free(match.start(), match.end()):
                add(match.start(), match.end(), dated)
    if any(word in chunk for word in CUMULATIVE_WORDS):
        for match in CUMULATIVE_RE.finditer(lowered, sentence.start, sentence.end):
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
        if found is None:
            found = PERIOD_RE.match(lowered, word.start(), sentence.end)
        if found is None:
            continue
        resume = found.end()
        named = _period_of_match(found)
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
            match.end() for match in TARGET_CUE_RE.finditer(lowered, sentence.start, sentence.end)
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
    return _SentencePeriods(
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


def _open_parenthesis(lowered: str, sentence: _Span, position: int) -> int:
    """Where the parenthesis around ``position`` opens, or -1."""
    opening = lowered.rfind("(", sentence.start, position)
    if opening != -1 and lowered.find(")", opening, position) == -1:
        return opening
    return -1


@dataclass(frozen=True, slots=True)
class _FigureSpot:
    """Where a figure sits: its sentence, its ``;`` part, its own span and where the next
    figure of the sentence starts."""

    sentence: _Span
    part: _Span
    start: int
    end: int
    next_start: int


def _spot(lowered: str, sentence: _Span, start: int, end: int, next_start: int) -> _FigureSpot:
    left = lowered.rfind(";", sentence.start, start)
    right = lowered.find(";", end, sentence.end)
    part = _Span(left + 1 if left != -1 else sentence.start, right if right != -1 else sentence.end)
    return _FigureSpot(sentence, part, start, end, next_start)


def _visible(
    lowered: str, spot: _FigureSpot, frame: _SentencePeriods, cue: _PeriodCue, target: int | None
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
    lowered: str, spot: _FigureSpot, frame: _SentencePeriods, periods: _ReportPeriods
) -> dict[str, Any] | None:
    """The period of a figure that is not an earlier period's base figure (see
    :func:`_indicator_period`)."""
    target_end = frame.target_before(spot.start)
    target = target_end is not None
    visible = [cue for cue in frame.cues if _visible(lowered, spot, frame, cue, target_end)]
    # A period right after the figure, in its comma part: "28,5 giường bệnh/vạn dân năm
    # 2015", "đạt trên 95% vào cuối năm 2022", "38 người nhiễm HIV trong 9 tháng".
    comma = COMMA_RE.search(lowered, spot.end, spot.part.end)
    limit = min(spot.next_start, comma.start() if comma else spot.part.end, spot.part.end)
    opening = lowered.find("(", spot.end, limit)
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
    if _is_stock_headcount(lowered, spot):
        return None
    earlier = [cue for cue in visible if cue.end <= spot.start]
    if (
        earlier
        and earlier[0].period is None
        and STOCK_OPENING_RE.match(lowered[spot.sentence.start : earlier[0].start])
    ):
        return None  # "Hiện ...; ...", "Đến nay, ...; ...": the whole sentence is a stock
    named = [cue.period for cue in earlier if cue.period is not None]
    if named:
        return named[0]
    if target:
        return periods.upcoming
    return periods.reviewed


def _is_stock_headcount(lowered: str, spot: _FigureSpot) -> bool:
    """Whether the figure is a headcount a unit has: "Trạm có 6 viên chức", "nhân lực chỉ
    có 7 người", "29/29 trạm y tế có bác sĩ"."""
    after = lowered[spot.end : spot.part.end]
    head = lowered[spot.part.start : spot.start]
    if "có" in head:
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
    lowered: str, spot: _FigureSpot, frame: _SentencePeriods, periods: _ReportPeriods
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
    period = _period_of_match(named) if named is not None else None
    if SAME_PERIOD_RE.search(named_text):
        main_spot = _spot(lowered, spot.sentence, opening, opening, opening)
        main = _main_period(lowered, main_spot, frame, periods)
        if main is None:
            return True, None
        year = int(period["year"]) if period is not None and period["year"] else main["year"] - 1
        return True, {**main, "year": year}
    return True, _with_year(period, periods) if period is not None else None


def _indicator_period(
    lowered: str,
    spot: _FigureSpot,
    frame: _SentencePeriods,
    periods: _ReportPeriods,
    unit: str,
    quote: str,
) -> dict[str, Any] | None:
    """The period a figure is about, by the conventions of the golds.

    * a figure that is an earlier period's, in parentheses ("(năm 2022: 231.874 lượt)",
      "so với cùng kỳ năm 2022 (73.071)"): that period;
    * awards: the period the sentence names ("có thành tích xuất sắc trong năm 2023"), else
      none; an area ("25ha"): none;
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
            period = named[0] if named else None
        elif unit.lower() in AREA_UNITS:
            period = None
        else:
            period = _main_period(lowered, spot, frame, periods)
    if period is None or period["year"] not in periods.years:
        return None  # a year the article does not print would not be grounded
    return period


# ---------------------------------------------------------------------------------------------
# Achievements, challenges, priorities
# ---------------------------------------------------------------------------------------------


def _classify(statement: str, planning: bool) -> str | None:
    lowered = statement.lower()  # the cue patterns are lower case: no IGNORECASE cost
    if PROCEDURAL_RE.search(lowered):
        return None
    if planning or PRIORITY_CUE_RE.search(lowered):
        return "priorities"
    if CHALLENGE_HINT_RE.search(lowered) and CHALLENGE_CUE_RE.search(lowered):
        return "challenges"
    if ACHIEVEMENT_CUE_RE.search(lowered):
        return "achievements"
    return None


def _statements(
    layout: _Layout, skip: Iterable[_Span], upcoming: dict[str, Any] | None
) -> dict[str, list[str]]:
    """Sentences (or their ``;`` parts) picked by cue words.

    A paragraph that opens on the next period ("6 tháng cuối năm, ...") or a planning cue
    ending in a colon ("đề nghị: ...") is read as plans to its end.
    """
    text = layout.text
    skipped = {(span.start, span.end) for span in skip}
    found: dict[str, list[str]] = {"achievements": [], "challenges": [], "priorities": []}
    upcoming_re = _period_pattern(upcoming)
    planning = False
    previous_line: _Span | None = None
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        line = _containing(layout.lines, sentence.start)
        chunk = text[sentence.start : sentence.end]
        if line != previous_line:
            previous_line = line
            # A paragraph that opens on plans ("6 tháng cuối năm, ...", "Phương hướng ...")
            # or names the next period with a plan word is read as plans to its end.
            upcoming_named = upcoming_re is not None and upcoming_re.search(chunk) is not None
            planning = bool(PLAN_OPENING_RE.match(chunk)) or (
                upcoming_named and PLAN_CUE_RE.search(chunk) is not None
            )
        if (sentence.start, sentence.end) in skipped or line == layout.title:
            continue
        head, colon, _ = chunk.partition(": ")
        if colon and PRIORITY_CUE_RE.search(head.lower()):
            planning = True
        parts = [chunk] if len(chunk.split()) <= STATEMENT_MAX_WORDS else chunk.split(";")
        for part in parts:
            statement = part.strip(" .;:…/-–")
            size = len(statement.split())
            if not STATEMENT_MIN_WORDS <= size <= STATEMENT_MAX_WORDS:
                continue
            if statement.count("(") != statement.count(")"):
                continue  # a piece of a parenthesis split at its ";"
            kind = _classify(statement, planning)
            if kind and len(found[kind]) < MAX_STATEMENTS and statement not in found[kind]:
                found[kind].append(statement)
    return found


def _period_pattern(period: dict[str, Any] | None) -> re.Pattern[str] | None:
    """A pattern for a mention of ``period`` ("6 tháng cuối năm", "quý II/2023", "năm 2024")."""
    if period is None:
        return None
    if period["kind"] == "half_year":
        half = "đầu" if period["index"] == 1 else "cuối"
        return re.compile(rf"(?:06|6|sáu) tháng {half} năm", re.IGNORECASE)
    if period["kind"] == "quarter" and period["index"] in QUARTER_NAMES:
        roman = QUARTER_NAMES[period["index"]]
        pattern = rf"quý\s+(?:{roman}|{period['index']})(?![IVX\w])"
        if period["index"] in QUARTER_AS_MONTHS:
            pattern += rf"|(?:03|3|ba) tháng {QUARTER_AS_MONTHS[period['index']]} năm"
        return re.compile(pattern, re.IGNORECASE)
    return re.compile(rf"năm\s+{period['year']}", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# The backend
# ---------------------------------------------------------------------------------------------


def _check_model(report_model: type[BaseModel]) -> None:
    missing = REQUIRED_FIELDS - set(report_model.model_fields)
    if missing:
        raise ConfigError(
            f"the offline backend supports only the {SUPPORTED_REPORT} report type; "
            f"{report_model.__name__} lacks {', '.join(sorted(missing))}. "
            "Use a model endpoint (--model / --base-url) for other report types."
        )


def _fallback_period(index: NumberIndex, event: date | None) -> dict[str, Any] | None:
    years = Counter(
        int(value)
        for m in index.mentions
        if m.kind is Kind.YEAR
        for value in m.values[:1]
        if int(value) in YEAR_LIKE
    )
    if years:
        return {"kind": "year", "year": years.most_common(1)[0][0], "index": None}
    if event is not None:
        return {"kind": "other", "year": event.year, "index": None}
    return None


def _printed_years(
    index: NumberIndex, reviewed: dict[str, Any], upcoming: dict[str, Any] | None
) -> frozenset[int]:
    """The years an indicator's period may name: those printed as years or in dates, and the
    report's own periods'."""
    years = {int(m.values[0]) for m in index.mentions if m.kind in PRINTED_YEAR_KINDS and m.values}
    years.add(int(reviewed["year"]))
    if upcoming is not None:
        years.add(int(upcoming["year"]))
    return frozenset(years)


def build_report_data(document: Document, index: NumberIndex) -> dict[str, Any]:
    """Read the article's fields into a plain dict shaped like a ``HealthReviewReport``.

    Args:
        document: the loaded article.
        index: its number index (``NumberIndex(document.text)``).

    Returns:
        The report as a dict (enum values as strings, numbers as ``Decimal``).

    Raises:
        ExtractionError: the article names no period at all, so no report can be filled.
    """
    text = document.text
    layout = _layout(text)
    publication = _publication_date(layout)
    title = ""
    if layout.title is not None:
        title = TITLE_PREFIX_RE.sub("", text[layout.title.start : layout.title.end]).strip()

    # The lead sentence (the one with the meeting date) names organiser, kind and periods.
    found = _event_match(layout)
    lead = found[1] if found is not None else _undated_lead(layout)
    scopes = [text[lead.start : lead.end]] if lead is not None else []
    if found is not None:
        scopes += [text[span.start : span.end] for span in _lead_neighbours(layout, found[1])]
    scopes.append(title)
    reviewed: dict[str, Any] | None = None
    upcoming: dict[str, Any] | None = None
    scope = ""
    reference = _reference_month(found, publication)
    for candidate in scopes:
        reviewed, upcoming = _periods(candidate, reference, text)
        if reviewed is not None:
            scope = candidate
            break
    if reviewed is None:
        for sentence in layout.sentences:
            chunk = text[sentence.start : sentence.end]
            if sentence.start < layout.body_end and MEETING_WORDS_RE.search(chunk):
                reviewed, upcoming = _periods(chunk, reference, text)
                if reviewed is not None:
                    scope = chunk
                    break
    meeting_kind = _meeting_kind(scope or " ".join(scopes), reviewed)
    event = _event_date(found, publication, reviewed)
    if reviewed is None:
        reviewed = _fallback_period(index, event)
    if reviewed is None:
        raise ExtractionError(
            f"{document.source}: the offline backend found no reviewed period (năm, quý, "
            "6 tháng) in the article; use a model endpoint for this one"
        )

    organizer: _Organizer | None = None
    for span in ([lead] if lead is not None else []) + (
        [layout.title] if layout.title is not None else []
    ):
        organizer = _find_organizer(text, span)
        if organizer is not None:
            break
    if organizer is None:
        organizer = _find_organizer(text, _Span(0, layout.body_end))
    lead_text = text[lead.start : lead.end] if lead is not None else ""
    near: list[str] = []
    if organizer is not None:
        # The organiser's own sentence, from its name on (apposition first), then before it.
        sentence = _sentence_of(layout, organizer.start)
        near += [text[organizer.start : sentence.end], text[sentence.start : organizer.start]]
    near += [title, lead_text]
    province, district = _place(text, organizer, near, layout.body_end)

    online_scope = f"{title} {lead_text}"
    online = True if ONLINE_RE.search(online_scope) or ONLINE_ANYWHERE_RE.search(text) else None

    people = _find_people(layout)
    author: str | None = None
    author_line = _find_author_line(text, layout.lines)
    if author_line is not None:
        byline = _author_from_line(text[author_line.start : author_line.end])
        if byline is not None:
            author = byline[0]
            if author not in {person["name"] for person in people}:
                people.append({"name": author, "position": byline[1], "role": "author"})

    skip = [lead] if lead is not None else []
    return {
        "title": title,
        "event_date": event,
        "organizer": _full_organizer(organizer.name if organizer else "", province),
        "organizer_level": organizer.level if organizer else "other",
        "province": province,
        "district": district,
        "meeting_kind": meeting_kind,
        "online": online,
        "reviewed_period": reviewed,
        "next_period": upcoming,
        "people": people,
        "indicators": _indicators(
            layout,
            index,
            _ReportPeriods(reviewed, upcoming, _printed_years(index, reviewed, upcoming)),
            "population"
            if organizer is not None and POPULATION_OFFICE_RE.search(organizer.name)
            else None,
        ),
        **_statements(layout, skip, upcoming),
        "author": author,
    }


def extract_offline(
    document: Document, index: NumberIndex, report_model: type[BaseModel]
) -> BaseModel:
    """Fill a ``health_review`` report from the article with rules, no model.

    Args:
        document: the loaded article.
        index: its number index.
        report_model: the report type's model; must be the ``health_review`` model.

    Returns:
        A validated ``report_model`` instance; every number in it occurs in the article.

    Raises:
        ConfigError: ``report_model`` is not the ``health_review`` model.
        ExtractionError: the article could not be read into a valid report.
    """
    _check_model(report_model)
    data = build_report_data(document, index)
    try:
        return report_model.model_validate(data)
    except ValidationError as err:
        raise ExtractionError(
            f"{document.source}: the offline backend built an invalid report: {err}"
        ) from err
