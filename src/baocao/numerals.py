"""The Vietnamese-aware number scanner: every numeric mention of an article, with its span.

Vietnamese writes ``73.066`` for seventy-three thousand and ``82,8%`` for 82.8 percent, but
many sites write English style (``66.7%``, ``1,474,662``); dates (``3/1/2024``, ``22/12``),
document codes (``1300/QĐ-BYT``), names (``COVID-19``, ``Bệnh viện 108``), ages, years and
period lengths carry digits that are not quantities. :func:`find_numbers` reads every such
mention once; :class:`NumberIndex` answers "where in the text can this value be read?" for the
cross-checker.

How it scans: one compiled master regex (its first item is ``[0-9]`` so the regex engine can
skip straight to digits) splits the text into numeric tokens by shape (code, date, ISO date,
time, month-year, day-month, slash form, plain number); each token is then classified from a
few words on either side (cue words before it, a percent sign, scale word and unit after it):
``Chiều 30-12`` is a date, a cue-less ``30-12`` two numbers; ``từ 24-7 đến 31-7`` dates,
``từ 2-3 ngày`` a range; ``bệnh nhân 416`` names a patient, ``416 bệnh nhân`` counts them.
A plain number is read by the first rule of :data:`PLAIN_RULES` that takes it: one ordered
table of small named rules, so precedence is the table's order; every mention keeps the name
of the rule that read it (``baocao numbers --explain``).
Roman quarters (``Quý II``) come from a second small regex. A final pass links ranges
(``100 - 120%``, ``từ 5 đến dưới 12 tuổi``). Nothing walks the text character by character
in Python.

Values are candidate readings in plain units with the scale applied: ``1,6 tỷ`` reads
1600000000; an ambiguous ``1.164`` reads both 1164 and 1.164, except before a noun counted in
whole items (``75.135 lượt`` reads 75135 only). Spans cover the digits, a directly following
``%`` and the scale word, never the unit noun or the qualifier. A reported unit constrains
:meth:`NumberIndex.locate`: ``%`` grounds only percents, money only money, a noun neither.

The input is expected in NFC (``baocao.documents`` normalises); decomposed text is scanned
without error but cue words written with combining marks are not recognised.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise, product
from operator import attrgetter, methodcaller

__all__ = [
    "QUANTITY_KINDS",
    "Kind",
    "Match",
    "NumberIndex",
    "NumberMention",
    "Qualifier",
    "find_numbers",
    "locate_value",
    "read_number",
]

logger = logging.getLogger(__name__)


class Kind(StrEnum):
    """What a numeric mention is. Only :data:`QUANTITY_KINDS` ground a reported quantity."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    RATIO = "ratio"
    MEASURE = "measure"
    DATE = "date"
    TIME = "time"
    YEAR = "year"
    PERIOD = "period"
    CODE = "code"
    NAME = "name"
    AGE = "age"
    PER_CAPITA = "per_capita"
    ORDINAL = "ordinal"


QUANTITY_KINDS: frozenset[Kind] = frozenset(
    {Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.RATIO, Kind.MEASURE}
)


class Qualifier(StrEnum):
    """How the article qualifies a figure: ``gần`` (nearly), ``hơn`` (over), ``dưới`` ..."""

    EXACT = "exact"
    APPROX = "approx"
    OVER = "over"
    UNDER = "under"
    AT_LEAST = "at_least"


Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One numeric mention: where it is, how it reads, what it is.

    ``values`` are the candidate readings in plain units with the scale applied. For a ratio
    (and a ``2022/2023`` year pair) ``values`` reads the left side, ``denominator`` the right,
    and ``parts`` holds the two sides' spans. For a date that names its year, ``values`` is
    ``(year,)`` and ``parts`` is ``(year span,)``; a date cue (``ngày 29``) reads its number.

    ``rule`` names the scanner rule that read the mention (a plain number's rule is one of
    :data:`PLAIN_RULES`; ``+linked_range`` and the like name a later pass that changed it).
    It is for ``baocao numbers --explain``: equality, hashing and repr ignore it.
    """

    start: int
    end: int
    raw: str
    values: tuple[Decimal, ...]
    kind: Kind
    unit: str | None
    qualifier: Qualifier
    scale: int = 1
    denominator: tuple[Decimal, ...] = ()
    parts: tuple[Span, ...] = ()
    rule: str = field(default="", compare=False, repr=False)


# --- named pieces of the grammar -------------------------------------------------------------

# Years a bare four-digit integer is read as.
YEAR_MIN = 1900
YEAR_MAX = 2100
DAY_MAX = 31
MONTH_MAX = 12
QUARTER_MAX = 4
HOUR_MAX = 24
MINUTE_MAX = 59
THOUSANDS_GROUP = 3
# Characters of "-2021" at the end of a month-year token: its separator and four-digit year.
MONTH_YEAR_TAIL = 5
# A digit run this long that starts with 0 is a phone number.
PHONE_DIGITS_MIN = 7
# Digits in a phone number written in groups (0913 456 789) and in a 1800/1900 hotline.
PHONE_LENGTHS = (10, 11)
HOTLINE_LENGTHS = (8, 10)
# A phone cue makes a code of a number this long at least ("hotline 115").
THREE_DIGITS = 3
# Two-digit years in dates (3/1/24) are this century.
CENTURY = 2000
# Cue words only matter for short numbers (days, months, quarters, ordinals, names).
CUE_DIGITS_MAX = 6
PERCENT_BASE = Decimal(100)
# Per-capita denominators are powers of ten at least this big (``/100.000 dân``).
PER_CAPITA_MIN = 100
# How far the classifier looks around a token (characters). Small windows keep it cheap.
LEFT_WINDOW = 40
RIGHT_WINDOW = 64
# A glued word before digits longer than this is not inspected for capitals.
GLUED_WORD_MAX = 24
# A header pairing two words by a slash, then a colon, before a slash pair of its sentence
# ("Mắc/tử vong do bệnh dại: 5/5", "Mắc/chết: 12/0"): the pair is two counts, not a date. Not
# a part over its whole ("Đạt/tổng số xã: 12/15", "Thực hiện/kế hoạch: 90/100"), nor a rate
# per a power of ten ("Nam/nữ: 112/100"). A bare "số" after the slash is a count's name
# ("Số mắc/số chết: 12/3"), not a whole.
SLASH_HEADER_WINDOW = 80
_SLASH_HEADER_BEFORE = re.compile(
    r"(?<![^\W\d_])[^\W\d_]+[^\S\n]*/[^\S\n]*(?!(?:tổng\s+số|kế\s+hoạch|chỉ\s+tiêu)(?![^\W\d_]))"
    r"[^\W\d_]+[^:.\n\d/]{0,40}:[^.\n]*\Z",
    re.IGNORECASE,
)
# Marks that glue digits to the name before them ("COVID-19", "GMT+7"); "" is not one.
_GLUE_MARKS = ("-", "+")

_DIGIT_CLASS = "[0-9]"
_SPACE = r"[^\S\n]"  # whitespace that does not cross a line
_UPPER = "A-ZĐ"

# The first item is a bare [0-9] outside any group: sre then builds a charset prefix and jumps
# from digit to digit instead of trying every branch at every character. Each branch describes
# the rest of the token after that first digit; branch order decides shape conflicts.
_MASTER = re.compile(
    rf"""
    {_DIGIT_CLASS}
    (?:
        (?P<code>                       # 1300/QĐ-BYT, 45-KL/TW, 12/2023/NĐ-CP
            [0-9]*(?:[./][0-9]+)*
            [/-][{_UPPER}][A-Za-zĐđ0-9]*
            (?:[-/.&][{_UPPER}0-9][A-Za-zĐđ0-9]*)*
            (?![^\W_])
          | [0-9]*:(?:19|20)[0-9]{{2}}(?![0-9])   # ISO 15189:2012, QCVN 01:2009/BYT (a
            (?:/[{_UPPER}][A-Za-zĐđ0-9]*)*          # clock's minutes are 2 digits, never a year)
        )
      | (?P<date>                       # 3/1/2024, 06/04/2023, 8-1-2021, 22.12.2023
            [0-9]?(?P<sep>[/.-])[0-9]{{1,2}}(?P=sep)[0-9]{{2}}(?:[0-9]{{2}})?(?![0-9])
        )
      | (?P<iso>                        # 2023-12, 2023-12-05
            [0-9]{{3}}-[0-9]{{1,2}}(?:-[0-9]{{1,2}})?(?![0-9])
        )
      | (?P<time>                       # 15:17, 15:17:05, 15h30, 8h
            [0-9]?(?::[0-9]{{2}}(?::[0-9]{{2}})?(?![0-9])|h[0-9]{{2}}(?![0-9])|h(?![^\W\d_]))
        )
      | (?P<monthyear>                  # 9-2021, 9.2021: a month and its year, else as plain
            [0-9]?[.-](?:19|20)[0-9]{{2}}(?![0-9]|[.,][0-9]|[/-][^\W_])
        )
      | (?P<daymonth>                   # 30-12, 30.12: a date after a day cue, else as plain
            [0-9]?[.-][0-9]{{1,2}}(?![^\W_]|[/-][^\W_]|[.,:][0-9])
        )
      | (?P<slash>                      # 500/604, 22/12, 15,2/100.000, 1/2/3
            [0-9]*(?:[.,][0-9]+)*(?:/[0-9]+(?:[.,][0-9]+)*)+
        )
      | (?P<phone>                      # 0913 456 789, (0262) 3852315, 1900 9095
            (?<=0)[0-9]{{2,3}}\)?(?:[ .][0-9]{{3,4}}[ .][0-9]{{3,4}}|[ .][0-9]{{6,8}})
            (?![0-9]|[.,][0-9])
          | (?<=1)[89]00[ .][0-9]{{3,4}}(?:[ .][0-9]{{2,3}})?(?![0-9]|[.,][0-9])
        )
      | (?P<number>                     # 73.066, 82,8, 1,474,662, 05
            [0-9]*(?:[.,][0-9]+)*
            (?P<spaced>                 # 500 / 604, 9 /12: a ratio when the context says so
                (?:{_SPACE}+/{_SPACE}*|/{_SPACE}+)
                [0-9]+(?:[.,][0-9]+)*(?![0-9/]|[.,][0-9])
            )?
        )
    )
    """,
    re.VERBOSE,
)

# Quý I … Quý IV (quarter numbers are Roman in headlines); the span is the numeral. One
# pattern per case of the first letter: a literal first character, which the regex engine
# finds by a fast scan, where the class "[Qq]" had it test every character (a whole-text pass
# costing half the bare digit pass of benchmarks/numerals.py). No match holds a "q" past its
# first letter, so the two patterns' matches in order of start are those of "[Qq]...".
_QUARTERS = tuple(
    re.compile(rf"{first}[Uu][ÝýÍí]{_SPACE}+(IV|I{{1,3}})(?![^\W_])") for first in "Qq"
)
# A web address printed in the text ("Nguồn: http://.../tin-28-8-2020.htm", "www.x.vn/a-12"):
# every digit inside it is part of a name, none a quantity.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s\]\)\[(<>\"']+", re.IGNORECASE)
# Cheap tests before the web-address regex runs.
_WEB_ADDRESS_MARKS = ("://", "www.", "WWW.")
# "quý III-" right before a year: the year of that quarter (at most this many characters).
QUARTER_PREFIX_MAX = 12
_QUARTER_HYPHEN_BEFORE = re.compile(rf"[Qq][Uu][ÝýÍí]{_SPACE}+(?:IV|I{{1,3}})-\Z")

# A digit run of a token that turned out not to be one number.
_DIGIT_PIECE = re.compile(r"[0-9]+(?:[.,][0-9]+)*")

# Up to four words right after a position, stopping at any punctuation.
_WORD = r"([^\W\d_]+)"
_WORDS_AFTER = re.compile(
    rf"{_SPACE}*{_WORD}(?:{_SPACE}+{_WORD})?(?:{_SPACE}+{_WORD})?(?:{_SPACE}+{_WORD})?"
)
# (not "%0" nor "%o": the per-mille sign typed as a percent and a zero or an o, "18,2%0",
# "19,2%o")
_PERCENT_AFTER = re.compile(rf"{_SPACE}?%(?!0(?![0-9])|o(?![^\W\d_]))")
# A day of a list or range that a day/month closes: "(3 và 4/10)", "ngày 3, 4/10", "(20 -
# 21/12)", "ngày 20 và 21-4", "các ngày 5, 6 và 7-10", "ngày 5 và 6 tháng 3" after a day cue;
# the day read alone would be a count. Groups: the closing day and month (1, 2 for "21-4",
# 3, 4 for "6 tháng 3").
_DAY_JOINT = rf"{_SPACE}*(?:và|,|-|–|đến|tới){_SPACE}*"
_DAY_LIST_AFTER = re.compile(
    rf"(?:{_DAY_JOINT}[0-9]{{1,2}}(?![0-9]))*{_DAY_JOINT}"
    rf"(?:([0-9]{{1,2}})(?:{_SPACE}*/{_SPACE}*|-)([0-9]{{1,2}})"
    rf"|([0-9]{{1,2}}){_SPACE}+tháng{_SPACE}+([0-9]{{1,2}}))(?![0-9])"
)
# The first character of what may follow a listed day ("và", ",", "-", "–", "đến", "tới",
# "tháng"), after spaces: a cheap test before the list regexes.
_DAY_LIST_STARTS = frozenset("v,-–đt")
_INLINE_SPACES = frozenset(" \t\u00a0")
# "tháng 3" after the last day of a list ("Ngày 5 và 6 tháng 3"): group 1 is the month.
_MONTH_NAMED_AFTER = re.compile(rf"{_SPACE}+tháng{_SPACE}+([0-9]{{1,2}})(?![0-9]|[.,/-][0-9])")
# "vượt 100%" exceeds the figure (over); "vượt 6,7% kế hoạch", "vượt 5% so với ..." exceed a
# reference by the figure (exact).
_EXCEED = "vượt"
_EXCEED_BY_WORDS = frozenset({"kế", "chỉ", "so"})
# "8 giờ 30 (phút)", "14 giờ chiều": a clock time, hours then minutes. A minute is followed by
# "phút", a time-of-day or date word, or no word at all ("24 giờ 10 ca" is no clock time).
_DAY_PARTS = "sáng|chiều|tối|trưa|đêm"
_CLOCK_MINUTE = (
    rf"[0-9]{{1,2}}(?![0-9]|[.,/][0-9])"
    rf"(?:{_SPACE}+phút|{_SPACE}+(?:ngày|hôm|cùng|tại|đến|tới|{_DAY_PARTS})(?![^\W_])"
    rf"|(?!{_SPACE}*[^\W\d_]))"
)
_CLOCK_AFTER_HOUR = re.compile(
    rf"{_SPACE}+giờ{_SPACE}+(?:{_CLOCK_MINUTE}|(?:{_DAY_PARTS})(?![^\W_]))", re.IGNORECASE
)
_CLOCK_MINUTE_AT = re.compile(_CLOCK_MINUTE, re.IGNORECASE)
_HOUR_BEFORE_MINUTE = re.compile(rf"(?<![0-9.,])([0-9]{{1,2}}){_SPACE}+giờ{_SPACE}+\Z", re.I)
# A combination vaccine: "vắc xin 5 trong 1" (5-in-1) names a product, neither number counts.
_IN_ONE = re.compile(rf"(?<![0-9.,])([2-9]){_SPACE}+trong{_SPACE}+1(?![0-9]|[.,][0-9])", re.I)
_ONE_AFTER_IN = re.compile(rf"(?<![0-9.,])[2-9]{_SPACE}+trong{_SPACE}+\Z", re.I)
# The dash between the years of a span ("năm 2021-2022").
_YEAR_SPAN_DASH = re.compile(rf"{_SPACE}*[-–]{_SPACE}*")
# The last word before a span's first year ("năm 2021-2022", "năm học", "niên khóa", "giai
# đoạn"), and how many years a span may cover: "1950 - 2100 lượt" is a range of counts.
_YEAR_SPAN_CUES = frozenset({"năm", "học", "khóa", "khoá", "đoạn"})
_YEAR_SPAN_MAX = 10
# The unit of a rate per thousand, whichever way it is printed.
PER_MILLE = "‰"
# The per-mille sign, or its typed forms "%0" and "%o" ("tỷ suất sinh thô 18,2%0", "19,2%o").
_PER_MILLE_AFTER = re.compile(rf"{_SPACE}?(?:‰|%0(?![0-9])|%o(?![^\W\d_]))")
# The zero of a typed per-mille sign "%0", read with the figure before it.
_TYPED_PER_MILLE_ZERO = "%0"
# "đạt 95, 4%": a decimal comma typed with a space; the fraction is one digit ("95, 96%" is
# two percents).
_SPACED_DECIMAL_MARK = ", "
_SPACED_DECIMAL_FRACTION = re.compile(rf"[0-9]{_SPACE}?%")
# A number, then ", " right before a position: the position continues a list of numbers.
_LIST_BEFORE = re.compile(r"[0-9], \Z")
# Length units that take a power glued to them: "1.200 m2" is square metres, not 1.200 m and 2.
_POWER_UNITS = frozenset({"m", "km", "cm", "mm", "dm"})
_POWERS = frozenset("23²³")
# A period unit that, before an age, counts age: "từ 6 tháng đến 5 tuổi".
_AGE_PERIOD_UNITS = frozenset({"tháng", "năm", "tuần"})
# A range's joint: a dash, "đến" or "tới", then perhaps the right end's qualifier
# ("từ 5 đến dưới 12 tuổi", "từ 1 tới hết 6 tháng tuổi").
_RANGE_QUALIFIERS = (
    "dưới|trên|hơn|hết|gần|khoảng|chưa đầy|chưa đủ|chưa đến|chưa tới|không quá|tối đa"
)
_RANGE_JOINT = (
    rf"{_SPACE}*(?:[-–—]|đến|tới){_SPACE}*"
    rf"(?:(?:{_RANGE_QUALIFIERS.replace(' ', _SPACE + '+')}){_SPACE}+)?"
)
_DASH_BETWEEN = re.compile(_RANGE_JOINT, re.IGNORECASE)
# Between "6" and "5" in "từ 6 tháng đến dưới 5 tuổi".
_UNIT_THEN_DASH = re.compile(
    rf"{_SPACE}+(?:{'|'.join(sorted(_AGE_PERIOD_UNITS))}){_RANGE_JOINT}", re.IGNORECASE
)

_PER_CAPITA_NOUNS = (
    "dân số",
    "người dân",
    "dân",
    "người",
    "trẻ đẻ sống",
    "trẻ sơ sinh",
    "trẻ em",
    "trẻ",
    "ca đẻ",
    "ca sinh",
    "phụ nữ",
    "hộ",
)
_PER_CAPITA_ALT = "|".join(_PER_CAPITA_NOUNS)
# "/vạn dân", "/10.000 dân", "/100.000 trẻ đẻ sống" after a unit: a per-capita rate.
_PER_CAPITA_TAIL = re.compile(
    rf"/{_SPACE}*(?:[0-9][0-9.]*{_SPACE}*)?(?:vạn|nghìn|ngàn|triệu)?{_SPACE}*"
    rf"(?:{_PER_CAPITA_ALT})(?![^\W_])",
    re.IGNORECASE,
)
# " trên 10.000 dân", " trên vạn dân" after a unit: the same rate written with "trên" (per);
# its base is a power of ten or a scale word ("trên 12.000 dân" is over 12,000 people).
_PER_CAPITA_TAIL_WORD = re.compile(
    rf"{_SPACE}+trên{_SPACE}+(?:1[0.]*(?![0-9]){_SPACE}*)?(?:vạn|nghìn|ngàn|triệu)?{_SPACE}*"
    rf"(?:{_PER_CAPITA_ALT})(?![^\W_])",
    re.IGNORECASE,
)


def _lexicon(phrases: str) -> frozenset[str]:
    """A word list written as one comma-separated string (keeps long lexicons readable)."""
    return frozenset(phrase.strip() for phrase in phrases.split(",") if phrase.strip())


SCALE_WORDS: dict[str, int] = {
    "nghìn": 10**3,
    "ngàn": 10**3,
    "vạn": 10**4,
    "triệu": 10**6,
    "tỷ": 10**9,
    "tỉ": 10**9,
}
# The scale words a per-capita base may be printed with ("/10 nghìn dân", "/1 triệu dân").
_PER_CAPITA_BASE_SCALES = frozenset({10**3, 10**4, 10**6})
# "nghìn tỷ" is 10**12; "tỷ lệ", "tỷ suất" (rates), "tỷ trọng", "tỷ số" are no scale.
_BILLION_WORDS = frozenset({"tỷ", "tỉ"})
_THOUSAND_WORDS = frozenset({"nghìn", "ngàn"})
_NOT_SCALE_NEXT = frozenset({"lệ", "trọng", "số", "suất"})

MONEY_UNITS = frozenset({"đồng", "đ", "vnđ", "vnd", "usd", "đô", "euro", "eur"})
# Money with no smaller coin in use: an amount in it is whole ("500.000 đ" is never 500).
WHOLE_MONEY_UNITS = frozenset({"đồng", "đ", "vnđ", "vnd"})
MEASURE_UNITS = _lexicon(
    "kg, g, mg, mcg, µg, tấn, tạ, lít, l, ml, km, m, mét, cm, mm, ha, hécta, độ, kcal, "
    "m2, m3, km2, cm2, cm3, mm2, mm3, dm3, m², m³, km², cm², cm³, mm², mm³, dm³, "
    "ngày, giờ, phút, giây"
)
# An integer followed by one of these is a period length ("6 tháng đầu năm").
PERIOD_UNITS = frozenset({"tháng", "năm", "quý", "quí", "tuần", "thập kỷ"})
COUNT_UNITS = _lexicon(
    "lượt, người, ca, cas, trường hợp, cơ sở, đơn vị, đoàn, kỹ thuật, dịch vụ, xã, "
    "phường, thị trấn, huyện, tỉnh, thôn, bản, hộ, hộ gia đình, bệnh viện, trạm, "
    "trạm y tế, phòng khám, giường, giường bệnh, bác sĩ, bác sỹ, y sĩ, y sỹ, dược sĩ, dược sỹ, "
    "điều dưỡng, hộ sinh, cán bộ, nhân viên, viên chức, học viên, học sinh, sinh viên, "
    "lớp, buổi, mẫu, liều, mũi, trẻ, trẻ em, bệnh nhân, người bệnh, người dân, cặp, "
    "phụ nữ, bà mẹ, chỉ tiêu, tiêu chí, lần, vụ, ổ dịch, cuộc, đợt, cơ quan, sản phẩm, "
    "loại, thẻ, hồ sơ, văn bản, khoa, phòng, tin, bài, tin bài, phóng sự, tờ rơi, gói, "
    "máy, thiết bị, đề tài, sáng kiến, tập thể, cá nhân, đối tượng, xét nghiệm, ca bệnh, "
    "ca mắc, ca tử vong, bệnh, nhiệm vụ, chương trình, dự án, công trình, gói thầu, "
    "thủ tục, mô hình, câu lạc bộ, nhóm, điểm, khách, hội viên, thành viên, đại biểu, "
    "chiến sĩ, cán bộ y tế, nhân lực, cộng tác viên, tổ, tổ dân phố, khu phố, khối, "
    "khối phố, lô, ấp, khóm, xóm, buôn, làng, bon, khu dân cư, giám đốc, phó giám đốc, "
    # localities of any level counted together ("có ca bệnh ở 5/11 địa phương")
    "địa phương, "
    # "bầu 14 đồng chí vào Ban Chấp hành": comrades, never money (the longest unit wins).
    "đồng chí"
)
UNIT_LEXICON = COUNT_UNITS | MONEY_UNITS | MEASURE_UNITS | PERIOD_UNITS
# Count units that can take a fraction: a score ("8,5 điểm"), a factor ("gấp 1,5 lần").
FRACTIONAL_COUNT_UNITS = frozenset({"điểm", "lần"})
# Nouns counted in whole items: "75.135 lượt" is 75135 visits, never 75.135 of one.
COUNTED_UNITS = COUNT_UNITS - FRACTIONAL_COUNT_UNITS
UNIT_MAX_WORDS = 3
# The first words of the lexicon's longer units ("trạm" of "trạm y tế"): only after one does
# the unit reader look a phrase up.
_PHRASE_HEADS = frozenset(unit.split(" ", 1)[0] for unit in UNIT_LEXICON if " " in unit)
# The last word of each counted noun ("bệnh" of "giường bệnh", "sĩ" of "bác sĩ"): "trên"
# after one, before a per-capita base, reads "per" ("28 giường bệnh trên 10.000 dân").
_COUNTED_NOUN_ENDS = frozenset(unit.rsplit(" ", 1)[-1] for unit in COUNTED_UNITS)
_PER_WORD = "trên"
# Characters after a unit within which "trên" must start to be looked at further.
PER_WORD_REACH = 8

# Words after a number that are not its unit (the fallback takes any other lowercase word).
_STOPWORDS = _lexicon(
    "và, là, của, có, đã, được, so, với, trong, trên, dưới, đến, tới, từ, theo, tại, "
    "cho, các, những, này, đó, thì, mà, hay, hoặc, nhưng, khi, để, về, ra, vào, lên, "
    "xuống, đạt, trở, còn, cũng, đều, sẽ, đang, vẫn, bằng, chiếm, tăng, giảm, gồm, như, "
    "nên, vì, do, nếu, tuy, sau, trước, ngay"
)
_NOT_UNITS = _STOPWORDS | frozenset(SCALE_WORDS)
# Two words after a number that say what befell what it counts, no noun of its own ("233
# người mắc, 3 tử vong": three people died): no unit, the list's noun is the figure's.
_NOT_UNIT_PAIRS = frozenset({("tử", "vong")})
# Words that open the next figure's subject, not a unit of this one, when a sentence runs on
# without a comma: a total ("... là 21.340 tổng số ca ..."), a rate or capacity ("... là 8.630
# công suất giường bệnh đạt 91%"), "số" before a counted noun ("... là 1.250 số lượt khám thai
# là 4.300", "số ngày điều trị", "số lượng"). "4 số bản tin" counts a bulletin's issues.
_SUBJECT_OPENERS = frozenset(
    {("tổng", "số"), ("công", "suất"), ("công", "xuất"), ("tỷ", "lệ"), ("tỉ", "lệ")}
)
_SUBJECT_NUMBER_WORD = "số"
_SUBJECT_COUNTED = frozenset(
    {unit.split()[0] for unit in COUNT_UNITS} | {"lượt", "ngày", "lượng"}
) - {"bản"}

# Cue words right before a number.
_DAY_CUES = frozenset({"ngày", "mùng", "mồng"})
_MONTH_CUES = frozenset({"tháng"})
_YEAR_CUES = frozenset({"năm"})
_QUARTER_CUES = frozenset({"quý", "quí"})
_TIME_CUES = frozenset({"lúc", "hồi"})
# Verbs that end in a time cue: "thu hồi" (recall), "phục hồi" (recover).
_NOT_TIME_CUES = frozenset({("thu", "hồi"), ("phục", "hồi")})
# An epidemiological week number: "tuần 12", "tuần 45/2024".
_WEEK_CUES = frozenset({"tuần"})
# "tốp 10", "top 20": a ranking (of a list of the best), not a count of what follows.
_ORDINAL_CUES = frozenset({"thứ", "hạng", "lần", "đợt", "mũi", "khóa", "khoá", "tốp", "top"})
# Words before a d/m slash form that make it a date, or a ratio.
_DATE_CUES = _DAY_CUES | frozenset(
    {"sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ", "đến", "tới", "lúc", "hạn", "vào"}
)
# Words right before a day-month written with a hyphen or a dot ("Chiều 30-12", "ngày 30.12")
# that make it a date; without one, "30-12" stays a range and "30.12" a number.
_DAY_MONTH_CUES = _DAY_CUES | frozenset({"sáng", "chiều", "tối", "trưa", "đêm", "hôm", "vào"})
# "thứ Hai 30-12", "thứ 6 (30-12)", "Chủ nhật, 30-12": a weekday is a day cue too.
_WEEKDAY_NAMES = frozenset({"hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7"})
_WEEKDAY_CUE = "thứ"
_SUNDAY = ("chủ", "nhật")
# Punctuation that may stand between the cue and the day ("thứ Sáu (30-12)", "thứ Hai, 30-12").
_CUE_PUNCT = "(),[\"'“‘"
# "Sáng 30-12 năm 2021": the only unit word a day-month date may be followed by.
_YEAR_AFTER = re.compile(rf"{_SPACE}+năm{_SPACE}+[0-9]{{4}}(?![0-9])", re.IGNORECASE)
# A word after a d-m that makes it a range of ages ("vào 6-12 tuổi"); units do the same.
_NOT_AFTER_DAY_MONTH = frozenset({"tuổi"})
# "Sáng nay (24-7)", "hôm qua (23-7)": a relative day, then its date in brackets; "Hôm qua
# 28.5", "sáng nay 24-7": the same day and its date without them.
_RELATIVE_DAYS = frozenset({"nay", "qua", "mai"})
# A day of the lunar new year, counted to Tết: "đêm 30 Tết", "tức 29 tết", "ngày 28 âm lịch",
# the first day of "từ 28 đến mùng 5 Tết" and "(từ 28 - mùng 3 Tết)" (a "mùng" day closes it).
LUNAR_DAY_MAX = 30
_LUNAR_DAY_AFTER = re.compile(
    rf"{_SPACE}*(?:(?:tết|âm{_SPACE}+lịch)(?![^\W\d_])"
    rf"|(?:(?:đến|tới)(?![^\W\d_])|[-–]){_SPACE}*(?:mùng|mồng){_SPACE}*[0-9]{{1,2}}(?![0-9]))",
    re.IGNORECASE,
)
# A house number: "Địa chỉ: 38 Hàng Da", "trụ sở tại 15 Lê Lợi", "số nhà 12".
_ADDRESS_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:địa{_SPACE}+chỉ|trụ{_SPACE}+sở|số{_SPACE}+nhà)"
    rf"{_SPACE}*:?(?:{_SPACE}*tại)?{_SPACE}*\Z",
    re.IGNORECASE,
)
# A hamlet or quarter named with a number after its name ("thôn Mỹ An 2, phường ...",
# "buôn Ea Kmar 1;"): a hamlet word, one to three capitalised words, the number, then a break
# glued to it.
_NUMBERED_PLACE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:thôn|xóm|ấp|khóm|bản|buôn|làng|khối|khu{_SPACE}+phố|tổ{_SPACE}+dân{_SPACE}+phố)"
    rf"{_SPACE}+(?P<name>[^\W\d_]+(?:{_SPACE}+[^\W\d_]+){{0,2}}){_SPACE}+\Z",
    re.IGNORECASE,
)
# A school numbered after its name: a single digit ("Tiểu học Tam Hồng 1 410": school 1, then
# its count); after "trường" also before a break or a word that is no unit ("trường Tiểu học
# Hòa Bình 2.", "Trường Mầm non Hoa Mai 2 triển khai"). A figure after a school's name with
# no "trường", a break after it, is the school's count in a list ("Mầm non Hoa Sen 215, THCS
# Lê Lợi 8.").
_NUMBERED_SCHOOLS = (
    rf"tiểu{_SPACE}+học|trung{_SPACE}+học{_SPACE}+cơ{_SPACE}+sở|THCS|THPT|mầm{_SPACE}+non"
    rf"|mẫu{_SPACE}+giáo"
)
_NUMBERED_SCHOOL_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?P<school>trường{_SPACE}+)?(?:{_NUMBERED_SCHOOLS})"
    rf"{_SPACE}+(?P<name>[^\W\d_]+(?:{_SPACE}+[^\W\d_]+){{0,2}}){_SPACE}+\Z",
    re.IGNORECASE,
)
SCHOOL_NUMBER_MAX = 9
_FIGURE_AFTER = re.compile(rf"{_SPACE}+[0-9]")
# An age band named before its bounds ("trong độ tuổi 15-49", "nhóm tuổi từ 60 đến 69"): both
# bounds are ages (the words after the band say what is counted).
_AGE_BAND_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:độ|lứa|nhóm){_SPACE}+tuổi{_SPACE}+(?:từ{_SPACE}+)?"
    rf"(?P<first>[0-9]{{1,3}}{_SPACE}*(?:[-–]|đến|tới){_SPACE}*)?\Z",
    re.IGNORECASE,
)
# What follows the first bound of a band: the second ("15-49", "từ 60 đến 69"), an age word
# ("16 tuổi") or "trở lên"; "trong độ tuổi 4.520 cháu" counts the band's children.
_AGE_BAND_FIRST_AFTER = re.compile(
    rf"{_SPACE}*(?:[-–]|đến|tới){_SPACE}*[0-9]|{_SPACE}+(?:tuổi|trở{_SPACE}+(?:lên|xuống))"
    rf"(?![^\W\d_])",
    re.IGNORECASE,
)
# The word right before either bound ("" after the dash of "15-49").
_AGE_BAND_LAST_WORDS = frozenset({"tuổi", "từ", "đến", "tới", ""})
# What may follow the hamlet's number: a break, or the end of the text ("").
_PLACE_BREAKS = frozenset({",", ";", ".", ")", ""})
# The word right before a house number ("" after the colon of "Địa chỉ:").
_ADDRESS_LAST_WORDS = frozenset({"chỉ", "sở", "nhà", "tại", ""})
# Institutions named after a day ("Bệnh viện 30-4", "Trường 2-9", "Công ty 19-5").
_DAY_NAMED_CUES = _lexicon(
    "bệnh viện, học viện, trường, quân y, quân khu, sư đoàn, trung đoàn, công ty, nhà máy, "
    "xí nghiệp, phòng khám, nông trường, lâm trường"
)
# An acronym right before a number ("Trường THPT 19-5"): the number is part of a name.
_ACRONYM_BEFORE = re.compile(rf"(?<![^\W\d_])[{_UPPER}]{{2,}}{_SPACE}+\Z")
# A d-m (or a day list) this close after a date of the same sentence continues its timeline.
TIMELINE_GAP_MAX = 48
# A named day before a bracketed d-m ("Ngày Thầy thuốc Việt Nam (27-2)"): a capitalised
# "Ngày", a capitalised word ("Ngày thường phòng khám tiếp nhận (10-12) bệnh nhân" is no day)
# and up to NAMED_DAY_WORDS_MAX words in all, within NAMED_DAY_WINDOW characters; a dash may
# join two names of one day ("Ngày Thương binh - Liệt sĩ (27-7)").
NAMED_DAY_WORDS_MAX = 8
NAMED_DAY_WINDOW = 64
_NAMED_DAY = (
    rf"(?<![^\W\d_])Ngày{_SPACE}+[{_UPPER}][^\W\d_]*"
    rf"(?:{_SPACE}+(?:[-–]{_SPACE}+)?[^\W\d_]+){{0,{NAMED_DAY_WORDS_MAX - 1}}}"
)
_NAMED_DAY_BEFORE = re.compile(rf"{_NAMED_DAY}{_SPACE}*\Z")
# The same named day with no brackets, a space before the date ("Ngày Dân số Thế giới 11-7").
_NAMED_DAY_CAPITALISED_BEFORE = re.compile(rf"{_NAMED_DAY}{_SPACE}+\Z")
_SENTENCE_END = re.compile(r"[.;:!?\n]")
# "ngày" after these counts per day ("mỗi ngày 2-3 lượt"): no day cue.
_PER_DAY_WORDS = _lexicon("mỗi, một, hằng, hàng, mấy, vài")
# Nouns that open the clause after a cued date ("Ngày 29-2 bệnh nhân nhập viện"): the
# date's subject, not the unit of a range.
_SUBJECT_NOUNS = _lexicon(
    "bệnh nhân, người bệnh, người dân, đoàn, cán bộ, học sinh, đại biểu, bệnh viện, "
    "trạm y tế, cơ quan"
)
# Words that bound a period ("từ 24-7 đến 31-7", "Đến 30-6,", "trước 15-7", "đến hết
# 31-12"): a d-m after one is a date only where nothing but these words may follow it, since
# ranges take the same words ("từ 2-3 ngày", "đến 30-40 người").
_BOUND_CUES = _lexicon("từ, đến, tới, trước, sau, hết")
# The joint of a range of dates: after a date ("15-3 đến 20-3"), the d-m is its end.
_RANGE_END_CUES = frozenset({"đến", "tới"})
# Words that may follow a date after a bounding word: joints and function words, never one
# that could be a unit ("từ 1-2 con") or go on with a quantity ("từ 10-12 xuống").
_AFTER_BOUND_DATE = _lexicon(
    "và, đến, tới, tại, các, những, của, là, đã, được, thì, khi, vừa, qua, nay, này, để, về, "
    "sẽ, đang, vẫn, cũng, đều, mà, hoặc, hay, theo, trong, toàn, nhằm"
)
# The cue before the first day of a list a d-m closes ("Ngày 20 và 21-4", "Sáng 7 và 8-8",
# "Từ 20 đến 25-11"); group 1 is the cue word.
_DAY_LIST_HEAD = re.compile(
    rf"(?<![^\W\d_])(ngày|mùng|mồng|sáng|chiều|tối|trưa|đêm|hôm|vào|từ){_SPACE}+"
    rf"[0-9]{{1,2}}(?:{_DAY_JOINT}[0-9]{{1,2}})*{_DAY_JOINT}\Z",
    re.IGNORECASE,
)
# A patient's, case's or room's number: "bệnh nhân 416", "Ca bệnh 1.035:", "BN 1.035" (BN416
# is a glued name already), "phòng 305". Not after "số"/"tổng"/"lượng" ("số bệnh nhân 416":
# how many).
_PATIENT_CUES_1 = _lexicon("bn, ca, phòng, buồng")
_PATIENT_CUES_2 = _lexicon("bệnh nhân, ca bệnh, ca nhiễm")
_NOT_BEFORE_PATIENT = _lexicon("số, tổng, lượng, mỗi")
# The head of a list of patient numbers a number continues ("Ca số 12 và 140", "bệnh nhân
# 35, 48 và 90").
_PATIENT_LIST_HEAD = re.compile(
    rf"(?<![^\W\d_])(?:bệnh{_SPACE}+nhân|ca{_SPACE}+bệnh|ca{_SPACE}+nhiễm|bn|ca)"
    rf"(?:{_SPACE}+số)?{_SPACE}*[0-9][0-9.]*"
    rf"(?:{_SPACE}*(?:,|và|-|–){_SPACE}*(?:bn{_SPACE}*)?[0-9][0-9.]*)*"
    rf"{_SPACE}*(?:,|và|-|–){_SPACE}*(?:bn{_SPACE}*)?\Z",
    re.IGNORECASE,
)
# The head of a list of place, section or room names a number continues ("quận 1, 3, 4 và
# 10", "phường 2, 5", "Điều 5, 6 và 7"): after the cue word each number names one, none counts.
_NAME_LIST_HEAD = re.compile(
    rf"(?<![^\W\d_])(?:quận|phường|tổ|thôn|ấp|khóm|xóm|khu{_SPACE}+phố|tiểu{_SPACE}+khu|"
    rf"điều|khoản|chương|phòng|tầng){_SPACE}+[0-9]{{1,3}}"
    rf"(?:{_SPACE}*(?:,|và){_SPACE}*[0-9]{{1,3}})*{_SPACE}*(?:,|và){_SPACE}*\Z",
    re.IGNORECASE,
)
# The word right before a patient number or a later one of a list ("" for punctuation): a
# cheap test before the others.
_PATIENT_LAST_WORDS = frozenset(
    {cue.rsplit(" ", 1)[-1] for cue in _PATIENT_CUES_1 | _PATIENT_CUES_2} | {"và"}
)
# Punctuation right before a number that may continue a list of patient numbers.
_PATIENT_JOINTS = frozenset(",-–")
# The two characters before such a number ("146, 210", "1347-1350", "5 – 7").
_JOINTS_BEFORE = frozenset(
    {f"{before}{joint}" for joint in _PATIENT_JOINTS for before in "0123456789 "}
    | {f"{joint} " for joint in _PATIENT_JOINTS}
)
# The right end of a range right after a number ("5-7", "5 – 7").
_RANGE_RIGHT_END = re.compile(rf"{_SPACE}*[-–]{_SPACE}*[0-9][0-9.,]*")
_RATIO_CUES = _lexicon("đạt, được, có, chiếm, là, gồm, đủ, trong, còn, tỷ, tỉ, lệ")
# Words right after a d/m slash form that make it a fraction ("1/3 số xã").
_RATIO_AFTER = _lexicon("số, tổng, dân")
_NAME_CUES_1 = _lexicon(
    "quận, phường, số, nhóm, vòng, tầng, tổ, thôn, ấp, khóm, xóm, lô, khu, khối, hẻm, ngõ, "
    "ngách, kiệt, điều, khoản, mục, chương, lộ, đội, covid, iso, tcvn, qcvn, type, tuýp, "
    "týp, típ, typ, loại, bv, chợ"
)
_NAME_CUES_2 = _lexicon(
    "bệnh viện, học viện, quân y, quân khu, quân đoàn, sư đoàn, trung đoàn, đề án, "
    "chỉ thị, nghị quyết, quyết định, nghị định, thông tư, công văn, kế hoạch, "
    "chương trình, thông báo, tờ trình, khu phố, dân phố, phụ lục, tiểu khu, khối phố, quốc lộ, "
    "tỉnh lộ, giai đoạn"
)
# Two-word phrases whose last word looks like a name cue but is not one.
_NAME_CUE_EXCEPTIONS = _lexicon(
    "tổng số, trong số, với số, có số, là số, tỷ số, tỉ số, danh mục, trong vòng, nhập viện, "
    "xuất viện, ra viện, chuyển viện, nằm viện, vào viện"
)
# The mark after a heading's or list item's number ("1. Đặc điểm", "2) Kết quả"), then the
# first letter of its title.
_HEADING_MARKS = frozenset(".)")
_HEADING_AFTER = re.compile(rf"[.)]{_SPACE}+([^\W\d_])")
# A name cue, then a spaced dash, right before digits: "COVID - 19", "Covid -19", "ISO - 9001".
_DASHED_NAME_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:covid|iso|tcvn|qcvn){_SPACE}*[-–]{_SPACE}*\Z", re.IGNORECASE
)
# A programme or model named in quotes that open with a number: mô hình “1.000 ngày đầu đời”,
# phong trào “5 không”, mô hình chăm sóc dinh dưỡng “1.000 ngày đầu đời” (up to
# QUOTED_NAME_WORDS_MAX words between): the number is part of the name (its closing quote
# within QUOTED_NAME_MAX characters, on the same line, no other quote before it).
QUOTED_NAME_WORDS_MAX = 4
_QUOTED_NAME_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:mô{_SPACE}+hình|chương{_SPACE}+trình|dự{_SPACE}+án|đề{_SPACE}+án"
    rf"|chiến{_SPACE}+dịch|phong{_SPACE}+trào|cuộc{_SPACE}+vận{_SPACE}+động|chủ{_SPACE}+đề"
    rf"|khẩu{_SPACE}+hiệu)(?:{_SPACE}+[^\W\d_]+){{0,{QUOTED_NAME_WORDS_MAX}}}{_SPACE}*[“\"]\Z",
    re.IGNORECASE,
)
QUOTED_NAME_MAX = 48
_QUOTED_NAME_AFTER = re.compile(rf"[^“”\"\n]{{0,{QUOTED_NAME_MAX}}}[”\"]")
# A document's name right before its number: "Thông tư số 23/2024", "Quyết định 4667/QĐ-UBND"
# (a slash form after it is the document's number and year, never a ratio).
# The one lexicon of documents an article cites by number (offline.places reads it too).
DOCUMENT_NAMES = (
    "thông tư",
    "quyết định",
    "nghị định",
    "nghị quyết",
    "công văn",
    "chỉ thị",
    "văn bản",
    "thông báo",
    "tờ trình",
)


def document_names_pattern(space: str) -> str:
    """DOCUMENT_NAMES as a regex alternation, their words joined by one or more ``space``."""
    return "|".join(rf"{space}+".join(name.split()) for name in DOCUMENT_NAMES)


_DOCUMENT_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{document_names_pattern(_SPACE)})(?:{_SPACE}+số)?{_SPACE}*\Z",
    re.IGNORECASE,
)
# The last word of those names, or "số" after one: only then is the pattern tried.
_DOCUMENT_LAST_WORDS = frozenset({name.split()[-1] for name in DOCUMENT_NAMES} | {"số"})
# A specialist's degree in a title: "Bác sĩ chuyên khoa 2 Lý Văn A" (level 1 or 2, a name).
_SPECIALIST_CUE = ("chuyên", "khoa")
SPECIALIST_LEVELS = frozenset({1, 2})
# The emergency line in a unit's name, capitalised: "Trung tâm Cấp cứu 115" (113, 114, 115:
# the police, fire and ambulance lines), a code unless a count noun follows ("Cấp cứu 115 ca");
# in lower case ("cấp cứu 115 ca", "cấp cứu 115 ngay") the number may count.
_EMERGENCY_CUE = ("cấp", "cứu")
_EMERGENCY_NAME_BEFORE = re.compile(rf"Cấp{_SPACE}+[cC]ứu{_SPACE}+\Z")
EMERGENCY_NUMBERS = frozenset({113, 114, 115})
# Words right before a phone number: "hotline 115", "điện thoại 02623852315".
_PHONE_CUES_1 = _lexicon("hotline, đt, sđt, tel, fax, zalo")
_PHONE_CUES_2 = _lexicon("điện thoại, tổng đài, dây nóng")
# The word right before a phone number after a phone cue (the last word of a two-word cue).
_PHONE_CUE_LAST_WORDS = _PHONE_CUES_1 | {cue.rsplit(" ", 1)[-1] for cue in _PHONE_CUES_2}
# A name cue that is also an adjective ("giường kế hoạch": planned beds): before a counted
# noun the number is a count.
_PLANNED_CUES = frozenset({"kế hoạch"})
# Name cues of a class or a phase ("kỹ thuật loại 1", "Dự án ... giai đoạn 02"): a unit after
# the number makes it a count ("trong giai đoạn 5 năm", "loại 2 liều").
_UNIT_FREE_CUES = frozenset({"loại", "giai đoạn"})
# After "BV", only what a hospital has counts ("mỗi BV 4 bác sĩ"); a person noun after its
# number keeps the number a name ("BV 115 người bệnh được chuyển tuyến": hospital No. 115).
_HOSPITAL_HAS_UNITS = frozenset(
    {
        "giường",
        "giường bệnh",
        "bác sĩ",
        "bác sỹ",
        "điều dưỡng",
        "dược sĩ",
        "dược sỹ",
        "cán bộ",
        "nhân viên",
        "viên chức",
        "khoa",
        "phòng",
        "máy",
        "thiết bị",
        "kỹ thuật",
    }
)
# Name cues after which a counted noun makes the number a count, with the nouns that do: a
# disease ("COVID 19" is its name; "tiêu chảy 86 ca, COVID 21 ca" counts its cases), the
# hospital's acronym ("BV 108" is one hospital; "mỗi BV 3 bác sĩ" counts what it has).
_COUNTED_AFTER_CUES: dict[str, frozenset[str]] = {"covid": COUNT_UNITS, "bv": _HOSPITAL_HAS_UNITS}
# A market named by its number (see _market_number): "Chợ 3, phường Hòa Khánh" (a capitalised
# "Chợ" with no lowercase word after the number), "ki ốt 14, chợ 2, phường Bắc Sơn" (an
# address: a place after it); "chợ 45, siêu thị 12", "tại chợ 7 quầy thịt" are counts.
MARKET_CUE = "chợ"
_MARKET_PLACE_AFTER = re.compile(
    rf",{_SPACE}*(?:phường|xã|quận|huyện|thị{_SPACE}+trấn|thành{_SPACE}+phố|tp)(?![^\W\d_])",
    re.IGNORECASE,
)
# The only name cue that keeps a year-like number a name ("số 2023"); "Kế hoạch 2024" is a year.
_YEAR_NAME_CUES = frozenset({"số"})
# Every word a cue word ends with (see _Scanner._cue_kind): only after one may it give a kind.
_CUE_LAST_WORDS = (
    _DAY_CUES
    | _MONTH_CUES
    | _YEAR_CUES
    | _QUARTER_CUES
    | _TIME_CUES
    | _ORDINAL_CUES
    | _WEEK_CUES
    | _NAME_CUES_1
    | {cue.rsplit(" ", 1)[-1] for cue in _NAME_CUES_2}
    | {_SPECIALIST_CUE[-1]}
)

QUALIFIER_WORDS: dict[str, Qualifier] = {
    "gần": Qualifier.APPROX,
    "khoảng": Qualifier.APPROX,
    "ước": Qualifier.APPROX,
    "xấp xỉ": Qualifier.APPROX,
    "chừng": Qualifier.APPROX,
    "ước tính": Qualifier.APPROX,
    "ước đạt": Qualifier.APPROX,
    "ước khoảng": Qualifier.APPROX,
    "hơn": Qualifier.OVER,
    "trên": Qualifier.OVER,
    "dưới": Qualifier.UNDER,
    "chưa đến": Qualifier.UNDER,
    "chưa tới": Qualifier.UNDER,
    "không quá": Qualifier.UNDER,
    "tối đa": Qualifier.UNDER,
    "ít nhất": Qualifier.AT_LEAST,
    "tối thiểu": Qualifier.AT_LEAST,
}
# An estimate: "ước" then a verb or two ("ước còn", "ước thực hiện") before the figure.
_ESTIMATE = "ước"
QUALIFIER_SIGNS: dict[str, Qualifier] = {
    "≥": Qualifier.AT_LEAST,
    ">": Qualifier.OVER,
    "<": Qualifier.UNDER,
    "≤": Qualifier.UNDER,
    "~": Qualifier.APPROX,
    "≈": Qualifier.APPROX,
}
# "cao hơn 5%" is "5% higher": the comparative takes "hơn", the figure stays exact.
_COMPARATIVES = frozenset({"cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "sớm", "muộn", "lâu"})
# "tuyến trên" / "cấp trên" is the upper level, a noun: "chuyển tuyến trên 46 ca" is exact.
_UPPER_LEVEL = frozenset({"tuyến", "cấp"})
_MONEY_CUES = frozenset(
    {"tiền", "phí", "sách", "thu", "chi", "vốn", "giá", "trị", "phạt", "tư", "quỹ", "ngân"}
)
_PUNCT_LEAD = "([{\"'“‘«-–—:;,."

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


# --- reading digits ------------------------------------------------------------------------


def _is_grouped(groups: list[str]) -> bool:
    """Whether digit groups form thousands grouping: 1-3 digits, then groups of exactly 3."""
    first = groups[0]
    if not 1 <= len(first) <= THOUSANDS_GROUP or first[0] == "0":
        return False
    return all(len(group) == THOUSANDS_GROUP for group in groups[1:])


def read_number(raw: str) -> tuple[Decimal, ...]:
    """Read one digit token (digits, dots and commas) as every plausible value.

    Dot groups thousands and comma marks decimals (Vietnamese), or the other way round
    (English); a lone separator before exactly three digits keeps both readings, Vietnamese
    first. Leading zeros are dropped (``05`` reads 5).

    Args:
        raw: the token, e.g. ``"73.066"``, ``"82,8"``, ``"1,474,662"``.

    Returns:
        The candidate readings, or ``()`` when the token is not a well-formed number.
    """
    if raw.isdigit():
        return (Decimal(raw),)
    dots = raw.count(".")
    commas = raw.count(",")
    if dots and commas:
        last = max(raw.rfind("."), raw.rfind(","))
        mark = raw[last]
        whole = raw[:last]
        if mark in whole:
            return ()
        groups = whole.split("," if mark == "." else ".")
        if not _is_grouped(groups):
            return ()
        return (Decimal("".join(groups) + "." + raw[last + 1 :]),)
    sep = "." if dots else ","
    groups = raw.split(sep)
    if len(groups) == 2:
        left, right = groups
        decimal = Decimal(left + "." + right)
        if len(right) == THOUSANDS_GROUP and _is_grouped(groups):
            thousands = Decimal(left + right)
            return (thousands, decimal) if sep == "." else (decimal, thousands)
        return (decimal,)
    if _is_grouped(groups):
        return (Decimal("".join(groups)),)
    return ()


def _scaled(value: Decimal, scale: int) -> Decimal:
    """``value * scale`` written without a trailing ``.0`` when it is whole."""
    result = value * scale
    if scale != 1 and result == result.to_integral_value():
        return result.quantize(Decimal(1))
    return result


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and YEAR_MIN <= int(raw) <= YEAR_MAX


def _is_year_list(raw: str) -> bool:
    """``2013,2014``: years listed with commas, not a decimal."""
    return "," in raw and all(_is_year(piece) for piece in raw.split(","))


def _is_power_of_ten(values: tuple[Decimal, ...]) -> bool:
    for value in values:
        _, digits, exponent = value.normalize().as_tuple()
        if digits == (1,) and isinstance(exponent, int) and value >= PER_CAPITA_MIN:
            return True
    return False


def _whole_readings(values: tuple[Decimal, ...], unit: str | None) -> tuple[Decimal, ...]:
    """Drop the fractional reading of an ambiguous ``75.135`` when it counts whole items.

    The đồng has no smaller coin: ``500.000 đ`` is half a million, never 500.

    Only the thousands/decimal ambiguity of :func:`read_number` yields two readings; the
    thousands one is written without a fraction (exponent 0). ``1,5 lượt`` has one reading
    and keeps it.
    """
    if len(values) < 2 or (unit not in COUNTED_UNITS and unit not in WHOLE_MONEY_UNITS):
        return values
    whole = tuple(value for value in values if _exponent(value) >= 0)
    return whole or values


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


# --- context ---------------------------------------------------------------------------------


def _left_words(text: str, start: int) -> tuple[str, str, str]:
    """The word directly before ``start`` and the one before it, lowercased, and ``ước`` when
    that is the word before those two (the only third word a qualifier reads), else ``""``.

    Only whitespace may stand between the word and the number (a glued word counts); any
    other punctuation in between yields ``""``. The second word is ``""`` unless the first
    stands alone (no leading punctuation), and likewise the third unless the second does.
    """
    low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
    chunks = text[low:start].rsplit(None, 2)
    if not chunks:
        return "", "", ""
    last = chunks[-1]
    bare = last.lstrip(_PUNCT_LEAD)
    if not bare.isalpha():
        return "", "", ""
    if len(bare) != len(last) or len(chunks) < 2:
        return bare.lower(), "", ""
    prev = chunks[-2].lstrip(_PUNCT_LEAD)
    if not prev.isalpha():
        return bare.lower(), "", ""
    third = ""
    rest = chunks[0]
    if len(chunks) == 3 and len(prev) == len(chunks[-2]) and rest[-3:].lower() == _ESTIMATE:
        before = rest[-4:-3]
        if not before.isalpha():  # a whole word, not the end of a longer one
            third = _ESTIMATE
    return bare.lower(), prev.lower(), third


def _words_after(text: str, pos: int) -> list[str]:
    """Up to four lowercased words after ``pos``, stopping at punctuation or a line end."""
    match = _WORDS_AFTER.match(text, pos)
    if match is None:
        return []
    return [word.lower() for word in match.groups() if word is not None]


def _opens_subject(words: list[str]) -> bool:
    """Whether ``words`` (after a figure) open the next figure's subject (_SUBJECT_OPENERS)."""
    pair = tuple(words[:2])
    if pair in _SUBJECT_OPENERS:
        return True
    return len(pair) == 2 and pair[0] == _SUBJECT_NUMBER_WORD and pair[1] in _SUBJECT_COUNTED


def _after_words(text: str, pos: int, count: int) -> int:
    """The position just after ``count`` words following ``pos``."""
    match = _WORDS_AFTER.match(text, pos)
    if match is None:
        return pos
    return match.end(count)


def _scale_at(words: list[str]) -> tuple[int, int]:
    """(scale, words used) for a scale word at the front of ``words``; (1, 0) when none."""
    if not words:
        return 1, 0
    first = words[0]
    scale = SCALE_WORDS.get(first)
    if scale is None:
        return 1, 0
    second = words[1] if len(words) > 1 else ""
    if first in _BILLION_WORDS and second in _NOT_SCALE_NEXT:
        return 1, 0
    if first in _THOUSAND_WORDS and second in _BILLION_WORDS:
        return 10**12, 2
    return scale, 1


def _unit_at(words: list[str], skip: int) -> tuple[str | None, int]:
    """The longest lexicon unit starting at ``words[skip]``: (unit, words used)."""
    if skip < len(words) and words[skip] not in _PHRASE_HEADS:
        word = words[skip]  # no longer phrase starts with it: the common case, one lookup
        return (word, 1) if word in UNIT_LEXICON else (None, 0)
    for size in range(min(UNIT_MAX_WORDS, len(words) - skip), 0, -1):
        phrase = " ".join(words[skip : skip + size])
        if phrase in UNIT_LEXICON:
            return phrase, size
    return None, 0


def _symbol_before(text: str, start: int) -> str:
    """The non-space character just before ``start`` (within two characters), or ``""``."""
    before = text[start - 2 : start] if start >= 2 else text[:start]
    stripped = before.rstrip()
    return stripped[-1:] if stripped else ""


def _qualifier(
    last: str,
    prev: str,
    words_after: list[str],
    symbol: str = "",
    third: str = "",
    *,
    percent: bool = False,
) -> Qualifier:
    """The qualifier written around a number: words or a sign before it, ``trở lên`` after.

    ``ước`` (an estimate) qualifies the figure whatever verb follows it: "ước còn 31%",
    "ước đạt", "ước thực hiện 1.200 lượt" (``third`` is the word before ``prev``). ``vượt``
    before a ``percent`` is over unless a reference follows it (``_EXCEED_BY_WORDS``).
    """
    if symbol in QUALIFIER_SIGNS:
        return QUALIFIER_SIGNS[symbol]
    if prev and (prev + " " + last) in QUALIFIER_WORDS:
        return QUALIFIER_WORDS[prev + " " + last]
    found = QUALIFIER_WORDS.get(last)
    if found is not None:
        if last == "hơn" and prev in _COMPARATIVES:
            return Qualifier.EXACT
        if last == "trên" and prev in _UPPER_LEVEL:
            return Qualifier.EXACT
        return found
    if _ESTIMATE in (prev, third):
        return Qualifier.APPROX
    if "trở" in words_after:
        for first, second in pairwise(words_after):
            if first == "trở" and second == "lên":
                return Qualifier.AT_LEAST
    if percent and last == _EXCEED and not (words_after and words_after[0] in _EXCEED_BY_WORDS):
        return Qualifier.OVER  # "vượt 100%"; "vượt 6,7% kế hoạch" exceeds by the figure
    return Qualifier.EXACT


def _day_cue_before(text: str, start: int) -> bool:
    """Whether a time-of-day word, ``ngày``, ``hôm``, ``vào`` or a weekday precedes ``start``.

    A bracket or comma may stand between the cue and the number: ``thứ Sáu (30-12)``.
    """
    low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
    words = [word.strip(_CUE_PUNCT) for word in text[low:start].lower().split()[-3:]]
    words = [word for word in words if word]
    if not words:
        return False
    last = words[-1]
    prev = words[-2] if len(words) > 1 else ""
    if last in _DAY_MONTH_CUES:
        return not (last in _DAY_CUES and prev in _PER_DAY_WORDS)  # "mỗi ngày 2-3 lượt"
    if last in _RELATIVE_DAYS and (text[start - 1 : start] == "(" or prev in _DAY_MONTH_CUES):
        return True  # "Sáng nay (24-7)", "hôm qua (23-7)", "Hôm qua 28.5"
    return (prev == _WEEKDAY_CUE and last in _WEEKDAY_NAMES) or (prev, last) == _SUNDAY


def _relative_day_before(text: str, start: int) -> bool:
    """Whether a relative day with no bracket is right before ``start`` ("đêm qua 5-6")."""
    words = text[max(0, start - LEFT_WINDOW) : start].lower().split()
    return bool(words) and words[-1] in _RELATIVE_DAYS


def _name_cue(last: str, prev: str) -> str | None:
    """The name cue (``Quận``, ``Bệnh viện``, ``số`` ...) right before a number, if any."""
    if not last:
        return None
    pair = prev + " " + last if prev else ""
    if pair in _NAME_CUE_EXCEPTIONS:
        return None
    if pair in _NAME_CUES_2:
        return pair
    if last in _NAME_CUES_1:
        return last
    return None


def _phone_cue(last: str, prev: str) -> bool:
    """Whether the words before a number announce a phone number (``hotline``, ``điện thoại``)."""
    return last in _PHONE_CUES_1 or (prev + " " + last) in _PHONE_CUES_2


def _phone_cue_before(text: str, start: int, last: str, prev: str) -> bool:
    """:func:`_phone_cue` of the words right before ``start``, or before a colon there
    ("Hotline: 1022", "ĐT: 115")."""
    if _phone_cue(last, prev):
        return True
    window = text[max(0, start - LEFT_WINDOW) : start]
    head = window.rstrip()
    if not head.endswith(":"):
        return False
    colon = start - len(window) + len(head) - 1
    before_last, before_prev, _ = _left_words(text, colon)
    return _phone_cue(before_last, before_prev)


def _glued_name(text: str, start: int) -> bool:
    """Whether digits at ``start`` continue a capitalised word or a hyphenated name.

    ``F0``, ``H5N1``, ``Covid19``, ``COVID-19``, ``SARS-CoV-2``, ``GMT+7`` are names;
    ``Đang truy cập268`` (a lowercase word glued by a scraper) is not.
    """
    if start == 0:
        return False
    before = text[start - 1]
    if before in _GLUE_MARKS:
        return start >= 2 and text[start - 2].isalpha()
    if not before.isalpha():
        return False
    low = max(0, start - GLUED_WORD_MAX)
    pos = start - 1
    while pos > low and text[pos - 1].isalpha():
        pos -= 1
    return text[pos].isupper()


# --- classification --------------------------------------------------------------------------


class _Scanner:
    """Classifies the tokens of one text. Internal: use :func:`find_numbers`."""

    __slots__ = ("mentions", "one_digit_percents", "rule", "scaled", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions: list[NumberMention] = []
        self.rule = ""  # the plain-number rule running now: the default rule of add()
        self.scaled = 0  # figures read with a scale word ("1,6 tỷ")
        self.one_digit_percents = 0  # "4%": perhaps the end of a spaced decimal ("95, 4%")

    def add(
        self,
        start: int,
        end: int,
        values: tuple[Decimal, ...],
        kind: Kind,
        unit: str | None = None,
        qualifier: Qualifier = Qualifier.EXACT,
        scale: int = 1,
        denominator: tuple[Decimal, ...] = (),
        parts: tuple[Span, ...] = (),
        rule: str | None = None,
    ) -> None:
        """Record a mention, read by ``rule`` (by default the plain-number rule running)."""
        self.mentions.append(
            NumberMention(
                start,
                end,
                self.text[start:end],
                values,
                kind,
                unit,
                qualifier,
                scale,
                denominator,
                parts,
                self.rule if rule is None else rule,
            )
        )

    # plain numbers ------------------------------------------------------------------------

    def plain(self, start: int, end: int) -> None:
        """A digit token without slashes, read by the first of :data:`PLAIN_RULES` that takes it."""
        token = _Token(self.text, start, end)
        if not token.ordinary:
            for name, read in _DIGIT_READS:
                self.rule = name
                if read(self, token):
                    return
        token.read_context(self.text)
        reads = _READS_AFTER.get(token.last, _READS_AFTER_OTHER)[token.form]
        for name, read in reads:
            self.rule = name
            if read(self, token):
                return

    def _listed_day(self, start: int, end: int, last: str) -> bool:
        """Whether the day at ``start`` opens or continues a day list a day/month closes.

        ``Ngày 20 và 21-4``, ``(3 và 4/10)``, ``các ngày 5, 6 và 7-10``, ``Từ 20 đến 25-11``:
        the list needs a day cue before its first day (``từ`` only where nothing counted may
        follow the closing day/month, see :meth:`_bound_date_ends`).
        """
        text = self.text
        after = end
        while text[after : after + 1] in _INLINE_SPACES and after < len(text):
            after += 1
        if text[after : after + 1] not in _DAY_LIST_STARTS:
            return False  # the common case, decided without a regex
        tail = _DAY_LIST_AFTER.match(text, end)
        if tail is not None:
            day, month = tail.group(1, 2) if tail.group(1) else tail.group(3, 4)
            list_end = tail.end()
        else:
            named = _MONTH_NAMED_AFTER.match(text, end)  # this day closes the list
            if named is None:
                return False
            day, month, list_end = text[start:end], named.group(1), named.end()
        if not (1 <= int(day) <= DAY_MAX and 1 <= int(month) <= MONTH_MAX):
            return False
        if _day_cue_before(text, start):
            return self._nothing_counted_after(list_end)
        cue = last if last in _BOUND_CUES else self._day_list_cue(start)
        if cue is None:
            # "Ngày 3-5 khởi công, nhưng 8 và 9-5 nghỉ": a list inside a timeline
            return self._in_timeline(start) and self._nothing_counted_after(list_end)
        if cue in _BOUND_CUES:
            return self._bound_date_ends(list_end)
        return self._nothing_counted_after(list_end)

    def _day_list_cue(self, start: int) -> str | None:
        """The cue word of the day list that the number at ``start`` continues, if any."""
        low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
        head = _DAY_LIST_HEAD.search(self.text, low, start)
        return head.group(1).lower() if head is not None else None

    def _bound_date_ends(self, end: int) -> bool:
        """Whether a d-m after a bounding word (``từ``, ``đến`` ...) can end a date at ``end``.

        Only a line end, punctuation, a capital, ``năm 2023`` or a function word
        (:data:`_AFTER_BOUND_DATE`) may follow: ``từ 24-7 đến 31-7 tại``, ``Đến 30-6,``;
        ``từ 2-3 ngày``, ``từ 1-2 con``, ``từ 10-12%`` are ranges.
        """
        text = self.text
        if _PERCENT_AFTER.match(text, end) is not None:
            return False
        words = _words_after(text, end)
        if not words or not self._lowercase_at(end):
            return True
        return words[0] in _AFTER_BOUND_DATE or _YEAR_AFTER.match(text, end) is not None

    def _patient_number(self, start: int, end: int, last: str, prev: str, words: list[str]) -> bool:
        """Whether the number at ``start`` names a patient, a case or a room (not how many).

        ``bệnh nhân 416``, ``Bệnh nhân 218:``, ``BN 1.035``, ``ca bệnh 1.035``, and each
        number of a list after one (``Ca số 12 và 140``). A unit after it makes it a count
        (``bệnh nhân 2.500 lượt``, ``bệnh nhân 64 tuổi``), and so does ``số``, ``tổng`` before
        the noun (``số bệnh nhân 416``: how many).
        """
        text = self.text
        before: str | None
        if prev and (prev + " " + last) in _PATIENT_CUES_2:
            before = self._word_before(start, 2)
        elif last in _PATIENT_CUES_1:
            before = prev
        elif last == "và" or (not last and _symbol_before(text, start) in _PATIENT_JOINTS):
            before = None  # perhaps a list: "Ca số 12 và 140", "bệnh nhân 35, 48", "1347-1350"
        else:
            return False
        range_end = _RANGE_RIGHT_END.match(text, end)
        if range_end is not None:  # "bệnh nhân 5-7 lượt": the unit after the range's end
            words = _words_after(text, range_end.end())
        if words and (words[0] == "tuổi" or _unit_at(words, 0)[0] is not None):
            return False
        if "\n" in text[start - 2 if start > 1 else 0 : start]:
            return False  # a table's heading over its figure ("Bệnh nhân\n416")
        if before is None:
            low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
            return (
                _PATIENT_LIST_HEAD.search(text, low, start) is not None
                or _NAME_LIST_HEAD.search(text, low, start) is not None
            )
        return before not in _NOT_BEFORE_PATIENT

    def _address_before(self, start: int, last: str) -> bool:
        """Whether an address cue (``Địa chỉ:``, ``trụ sở tại``, ``số nhà``) ends at ``start``.

        ``last`` is the word right before ``start`` (``""`` after punctuation, which must then
        be the colon of ``Địa chỉ:``).
        """
        text = self.text
        if not last and text[max(0, start - 2) : start].strip() != ":":
            return False
        low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
        return _ADDRESS_BEFORE.search(text, low, start) is not None

    def _word_before(self, start: int, skip: int) -> str:
        """The lowercased word before the ``skip`` words that precede ``start`` (or ``""``)."""
        low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
        words = self.text[low:start].lower().split()
        return words[-skip - 1].strip(_PUNCT_LEAD) if len(words) > skip else ""

    def _clock(self, start: int, end: int, last: str, number: int) -> bool:
        """Whether the number at ``start`` is the hour or the minute of ``8 giờ 30 (phút)``."""
        text = self.text
        if last == "giờ":
            low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
            hour = _HOUR_BEFORE_MINUTE.search(text, low, start)
            return (
                hour is not None
                and int(hour.group(1)) <= HOUR_MAX
                and _CLOCK_MINUTE_AT.match(text, start) is not None
            )
        return number <= HOUR_MAX and _CLOCK_AFTER_HOUR.match(text, end) is not None

    def _in_one(self, start: int, raw: str, last: str) -> bool:
        """Whether the number at ``start`` is either side of ``5 trong 1`` (a 5-in-1 vaccine).

        Not when a unit follows the 1: ``3 trong 1 ngày`` is three in one day.
        """
        text = self.text
        if last != "trong":
            match = _IN_ONE.match(text, start)
            one_end = match.end() if match is not None else -1
        elif raw == "1":
            low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
            found = _ONE_AFTER_IN.search(text, low, start) is not None
            one_end = start + 1 if found else -1
        else:
            return False
        return one_end >= 0 and _unit_at(_words_after(text, one_end), 0)[0] is None

    def _power_of_unit(self, start: int) -> bool:
        """Whether the digit at ``start`` is the power glued to a length unit (``m2``, ``km2``)."""
        text = self.text
        low = start
        while low > 0 and low > start - THREE_DIGITS and text[low - 1].isalpha():
            low -= 1
        word = text[low:start]
        if word not in _POWER_UNITS or (low > 0 and text[low - 1].isalpha()):
            return False
        return not text[start + 1 : start + 2].isalnum()

    def _after_words(self, pos: int, count: int) -> int:
        """The position just after ``count`` words following ``pos``."""
        return _after_words(self.text, pos, count)

    def _lowercase_at(self, pos: int) -> bool:
        """Whether the first word after ``pos`` starts lowercase (a proper noun is no unit)."""
        stripped = self.text[pos : pos + 3].lstrip()
        return bool(stripped) and stripped[0].islower()

    def _year_span_end(self, start: int, values: tuple[Decimal, ...]) -> bool:
        """Whether the number at ``start`` (read as ``values``) closes a span of years whose
        first year was read as one after a span's cue (``năm 2021-2022 huyện ...``,
        _YEAR_SPAN_CUES) and lies 1 to _YEAR_SPAN_MAX years after it: a year too, whatever
        noun follows it."""
        if not self.mentions or not values:
            return False
        last = self.mentions[-1]
        return (
            last.kind is Kind.YEAR
            and bool(last.values)
            and _YEAR_SPAN_DASH.fullmatch(self.text, last.end, start) is not None
            and _left_words(self.text, last.start)[0] in _YEAR_SPAN_CUES
            and 1 <= values[0] - last.values[0] <= _YEAR_SPAN_MAX
        )

    def _per_capita_noun(self, words: list[str]) -> bool:
        return bool(words) and any(
            " ".join(words[: noun.count(" ") + 1]) == noun for noun in _PER_CAPITA_NOUNS
        )

    def _rate_unit(self, pos: int, used: int) -> str | None:
        """``/vạn dân``, ``/10.000 dân`` or `` trên 10.000 dân`` after the unit words: the
        rate's denominator text."""
        text = self.text
        end = self._after_words(pos, used) if used else pos
        following = text[end : end + 1]
        if following == "/":
            match = _PER_CAPITA_TAIL.match(text, end)
        elif following.isspace() and text[end : end + PER_WORD_REACH].lstrip().startswith(
            _PER_WORD
        ):
            match = _PER_CAPITA_TAIL_WORD.match(text, end)
        else:
            return None
        return match.group(0) if match is not None else None

    def _money_context(self, start: int) -> bool:
        """A scaled figure with no unit is money when the words before it speak of money."""
        low = max(0, start - LEFT_WINDOW)
        words = self.text[low:start].lower().split()[-4:]
        return any(word.strip(_PUNCT_LEAD) in _MONEY_CUES for word in words)

    @staticmethod
    def _cue_kind(
        last: str, prev: str, number: int, year_like: bool, words: list[str]
    ) -> Kind | None:
        """The kind a cue word before the number gives it (``ngày 29``, ``Quận 3`` ...)."""
        if not last:
            return None
        first_after = words[0] if words else ""
        if (
            last in _DAY_CUES
            and 1 <= number <= DAY_MAX
            and first_after not in COUNT_UNITS
            and prev not in _PER_DAY_WORDS
        ):
            return Kind.DATE
        if last in _MONTH_CUES and 1 <= number <= MONTH_MAX and first_after not in COUNT_UNITS:
            return Kind.DATE
        if last in _YEAR_CUES and year_like:
            return Kind.YEAR
        if last in _QUARTER_CUES and 1 <= number <= QUARTER_MAX:
            return Kind.PERIOD
        if (
            last in _TIME_CUES
            and 0 <= number <= HOUR_MAX
            and (prev, last) not in _NOT_TIME_CUES
            and _unit_at(words, 0)[0] not in COUNT_UNITS
        ):
            return Kind.TIME  # "hồi 8 giờ", "lúc 14"; not "thu hồi 5 lô thuốc"
        if last in _ORDINAL_CUES and number >= 0:
            return Kind.ORDINAL
        if last in _WEEK_CUES and number >= 1:
            unit = _unit_at(words, 0)[0]
            if unit is None or unit in PERIOD_UNITS:
                return Kind.ORDINAL  # "tuần 12 ghi nhận": week 12; "mỗi tuần 3 buổi" a count
        if (
            (prev, last) == _SPECIALIST_CUE
            and number in SPECIALIST_LEVELS
            and _unit_at(words, 0)[0] is None
        ):
            return Kind.NAME  # "Bác sĩ chuyên khoa 2 Lý Văn A": a degree, not a count
        cue = _name_cue(last, prev)
        if cue is not None and (not year_like or cue in _YEAR_NAME_CUES):
            if cue in _PLANNED_CUES and _unit_at(words, 0)[0] in COUNT_UNITS:
                return None  # "giường kế hoạch 150 giường": planned beds, not Plan No. 150
            if cue in _UNIT_FREE_CUES and _unit_at(words, 0)[0] is not None:
                return None  # "trong giai đoạn 5 năm": a length, not phase No. 5
            counted = _COUNTED_AFTER_CUES.get(cue)
            if counted is not None and _unit_at(words, 0)[0] in counted:
                return None  # "cúm 1.010 ca, COVID 21 ca": cases of the disease
            return Kind.NAME
        return None

    def malformed(self, start: int, end: int, raw: str) -> None:
        """A digit token that is no number: a comma list of years or numbers, else a code."""
        if "," in raw and "." not in raw:
            pos = start
            for item in raw.split(","):
                if len(item) > THOUSANDS_GROUP or item.startswith("0"):
                    self.plain(pos, pos + len(item))
                else:
                    self.add(pos, pos + len(item), (Decimal(item),), Kind.COUNT, rule="comma_list")
                pos += len(item) + 1
            return
        self.add(start, end, (), Kind.CODE, rule="malformed")

    # shaped tokens ------------------------------------------------------------------------

    def date(self, start: int, end: int, sep: str) -> None:
        """``d/m/yyyy`` and friends; an impossible day or month makes it a code."""
        raw = self.text[start:end]
        day, month, year = raw.split(sep)
        if not (1 <= int(day) <= DAY_MAX and 1 <= int(month) <= MONTH_MAX):
            self.add(start, end, (), Kind.CODE, rule="impossible_date")
            return
        year_start = end - len(year)
        full_year = int(year) if len(year) == 4 else CENTURY + int(year)
        self.add(
            start, end, (Decimal(full_year),), Kind.DATE, parts=((year_start, end),), rule="date"
        )

    def iso(self, start: int, end: int) -> None:
        """``2023-12`` or ``2023-12-05``; an impossible month keeps only the year."""
        raw = self.text[start:end]
        pieces = raw.split("-")
        year_span = ((start, start + 4),)
        if 1 <= int(pieces[1]) <= MONTH_MAX and (
            len(pieces) == 2 or 1 <= int(pieces[2]) <= DAY_MAX
        ):
            self.add(start, end, (Decimal(pieces[0]),), Kind.DATE, parts=year_span, rule="iso")
        else:
            self.add(start, end, (Decimal(pieces[0]),), Kind.YEAR, parts=year_span, rule="iso")

    def time(self, start: int, end: int) -> None:
        """``15:17``, ``15h30``, ``8h``; an impossible clock time is a code."""
        raw = self.text[start:end]
        hour, _, minute = raw.replace("h", ":").partition(":")
        minute = minute[:2]
        if int(hour) <= HOUR_MAX and (not minute or int(minute) <= MINUTE_MAX):
            self.add(start, end, (), Kind.TIME, rule="clock_time")
        else:
            self.add(start, end, (), Kind.CODE, rule="impossible_time")

    def day_month(self, start: int, end: int) -> None:
        """``30-12`` or ``30.12``: a date after a day cue, else read as before (a range, a number).

        ``Chiều 30-12`` and ``ngày 30.12`` are dates, and so is the d-m that closes a cued day
        list (``Ngày 20 và 21-4``) or follows a bounding word where no unit can follow
        (``từ 24-7 đến 31-7``, ``Đến 30-6,``); ``30-12`` without a cue stays two numbers that
        :func:`_link_ranges` may join, and ``vào 6-12 tháng`` (a unit after it) a range.
        """
        text = self.text
        raw = text[start:end]
        cut = raw.index("-") if "-" in raw else raw.index(".")
        day, month = int(raw[:cut]), int(raw[cut + 1 :])
        if 1 <= day <= DAY_MAX and 1 <= month <= MONTH_MAX and self._named_after_date(start, end):
            self.add(start, end, (), Kind.NAME, rule="named_after_day")  # "Bệnh viện 30-4"
            return
        if (
            1 <= day <= DAY_MAX
            and 1 <= month <= MONTH_MAX
            and self._day_month_cued(start, end, hyphen=raw[cut] == "-")
        ):
            self.add(start, end, (), Kind.DATE, rule="day_month")
            return
        if raw[cut] == ".":
            self.plain(start, end)
            return
        self.plain(start, start + cut)
        self.plain(start + cut + 1, end)

    def _named_after_date(self, start: int, end: int) -> bool:
        """Whether the d-m at ``start:end`` names an institution after a day (``Bệnh viện 30-4``).

        An institution (``Bệnh viện``, ``Trường``, ``Công ty``) or an acronym (``THPT``) right
        before it; another name cue only with nothing counted after (``mỗi tổ 3-4 người``,
        ``Kế hoạch 2-3 năm`` are ranges).
        """
        text = self.text
        last, prev, _ = _left_words(text, start)
        if last in _DAY_NAMED_CUES or (prev + " " + last) in _DAY_NAMED_CUES:
            return True
        if _name_cue(last, prev) is not None:
            return self._nothing_counted_after(end)
        low = start - GLUED_WORD_MAX if start > GLUED_WORD_MAX else 0
        return _ACRONYM_BEFORE.search(text, low, start) is not None

    def _day_month_cued(self, start: int, end: int, *, hyphen: bool) -> bool:
        """Whether the words around the d-m at ``start:end`` make it a date (see day_month).

        A dotted ``24.7`` may be an English decimal (``từ 24.7 đến 31.7%``, ``từ 2.5 đến 3.5
        điểm``): only a day cue makes it a date, with nothing counted after it. After a day cue
        a hyphen pair whose day is above its month (``Ngày 17-8 tin từ ...``) is a date whatever
        follows: a range never falls.
        """
        text = self.text
        if _day_cue_before(text, start):
            if self._nothing_counted_after(end):
                return True
            if not hyphen:
                return False
            raw = text[start:end]
            cut = raw.index("-")
            if int(raw[:cut]) > int(raw[cut + 1 :]):
                # "Ngày 17-8 tin từ Sở Y tế cho biết": a pair that falls is no range, so a
                # word after it cannot make one
                return True
            if _relative_day_before(text, start):
                return False  # "Đêm qua 5-6 bệnh nhân nặng": a range of what it counts
            words = _words_after(text, end)
            # "Ngày 29-2 bệnh nhân nhập viện"
            return _unit_at(words, 0)[0] in _SUBJECT_NOUNS
        if not hyphen:
            return False
        if self._named_day_before(start, end):
            return True
        last, _, _ = _left_words(text, start)
        if last in _RANGE_END_CUES and self._after_date(start):
            # "Ngày 15-3 đến 20-3 tổ chức": the end of a range of dates, whatever follows
            return (
                _PERCENT_AFTER.match(text, end) is None
                and not _scale_at(_words_after(text, end))[1]
            )
        if last in _BOUND_CUES:
            return self._bound_date_ends(end)
        cue = self._day_list_cue(start)  # "Ngày 20 và 21-4": no cue right before "21-4"
        if cue is None:
            # a timeline: "Ngày 3-5 khởi công, 10-5 lắp máy"
            return self._in_timeline(start) and self._nothing_counted_after(end)
        if cue in _BOUND_CUES:
            return self._bound_date_ends(end)
        return self._nothing_counted_after(end)

    def _named_day_before(self, start: int, end: int) -> bool:
        """Whether the d-m at ``start:end`` stands alone in brackets after a named day.

        ``Ngày Thầy thuốc Việt Nam (27-2)``, ``hưởng ứng Ngày Sức khỏe tâm thần thế giới
        (10-10)``: a capitalised ``Ngày`` and a few words opening with a capital name the day
        the bracket dates, and nothing counted follows the bracket; with no brackets the name
        must open with a capital too (``Ngày Dân số Thế giới 11-7``)."""
        text = self.text
        low = start - NAMED_DAY_WINDOW if start > NAMED_DAY_WINDOW else 0
        if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
            # Unbracketed after a capitalised name: "kỷ niệm Ngày Dân số Thế giới 11-7 với chủ
            # đề ..." (nothing counted after it, so "Ngày Hội 2-3 người" stays a range).
            return _NAMED_DAY_CAPITALISED_BEFORE.search(
                text, low, start
            ) is not None and self._nothing_counted_after(end)
        # Nothing counted after the bracket either: "(10-12) bệnh nhân" is a range.
        return _NAMED_DAY_BEFORE.search(
            text, low, start - 1
        ) is not None and self._nothing_counted_after(end + 1)

    def _in_timeline(self, start: int) -> bool:
        """Whether the mention read last is a date of the same sentence, close by.

        News tells a story in dates: "Ngày 3-5 khởi công, 10-5 lắp máy, 15-5 vận hành";
        a d-m there needs no cue of its own (and, as any cued d-m, no unit after it).
        """
        if not self.mentions:
            return False
        previous = self.mentions[-1]
        if previous.kind is not Kind.DATE or start - previous.end > TIMELINE_GAP_MAX:
            return False
        return _SENTENCE_END.search(self.text, previous.end, start) is None

    def _after_date(self, start: int) -> bool:
        """Whether the mention read last is a date that ends one word before ``start``."""
        if not self.mentions:
            return False
        previous = self.mentions[-1]
        gap = self.text[previous.end : start].split()
        return previous.kind is Kind.DATE and len(gap) == 1

    def month_year(self, start: int, end: int, cut: int) -> None:
        """``9-2021`` or ``9.2021`` (``text[cut]`` is the separator): a month and its year.

        Read as ``tháng 9-2021`` always was: the month a date, the year a year, unless a
        percent, a scale word or a unit follows (then as before: a number, or two).
        """
        text = self.text
        month = int(text[start:cut])
        if 1 <= month <= MONTH_MAX and self._nothing_counted_after(end):
            self.add(start, cut, (Decimal(month),), Kind.DATE, rule="month_year")
            self.add(cut + 1, end, (Decimal(text[cut + 1 : end]),), Kind.YEAR, rule="month_year")
            return
        if text[cut] == ".":
            self.plain(start, end)
            return
        self.plain(start, cut)
        self.plain(cut + 1, end)

    def _nothing_counted_after(self, end: int) -> bool:
        """No percent sign, scale word or unit after a d-m (``năm 2021`` is allowed)."""
        text = self.text
        if _PERCENT_AFTER.match(text, end) is not None:
            return False
        words = _words_after(text, end)
        if not words:
            return True
        first = words[0]
        if first in _NOT_AFTER_DAY_MONTH or first in SCALE_WORDS:
            return False
        if not self._lowercase_at(end):
            return True  # "Sáng 30-12 Bệnh viện tỉnh ...": a name, not a unit
        if first in UNIT_LEXICON or _unit_at(words, 0)[0] is not None:
            return _YEAR_AFTER.match(text, end) is not None
        return True

    def spaced_slash(self, start: int, end: int) -> None:
        """``500 / 604``: a slash form with spaces, read as one only where a ratio is meant.

        A unit after it (``500 / 604 cơ sở``), a ratio cue before it (``đạt 9 / 12``), a
        fraction word (``1 / 2 số``) or a per-capita noun make it a slash form; otherwise its
        two numbers are read apart, as any two numbers a slash happens to separate.
        """
        text = self.text
        slash = text.index("/", start, end)
        mid = slash
        while text[mid - 1].isspace():
            mid -= 1
        right_start = slash + 1
        while text[right_start].isspace():
            right_start += 1
        last, _, _ = _left_words(text, start)
        words = _words_after(text, end)
        unit, _ = _unit_at(words, 0)
        if (
            last in _RATIO_CUES
            or (unit is not None and unit not in PERIOD_UNITS)
            or (bool(words) and words[0] in _RATIO_AFTER)
            or self._per_capita_noun(words)
        ):
            self.slash(start, end, mid, right_start)
            return
        self.plain(start, mid)
        self.plain(right_start, end)

    def phone(self, start: int, end: int) -> None:
        """``0913 456 789``, ``(0262) 3852315``, ``1900 9095``: a phone number, a code.

        Only a number of phone length (10-11 digits from ``0``, 8-10 for a ``1800``/``1900``
        hotline) is one; anything else shaped like it is read piece by piece.
        """
        raw = self.text[start:end]
        digits = sum(char.isdigit() for char in raw)
        low, high = PHONE_LENGTHS if raw[0] == "0" else HOTLINE_LENGTHS
        if low <= digits <= high:
            self.add(start, end, (), Kind.CODE, rule="phone")
            return
        for piece in _DIGIT_PIECE.finditer(raw):
            self.plain(start + piece.start(), start + piece.end())

    def slash(self, start: int, end: int, mid: int, right_start: int) -> None:
        """``a/b``: a ratio, a date (``22/12``, ``6/2023``), a per-capita rate, or a code.

        ``text[start:mid]`` is the left side, ``text[right_start:end]`` the right one (the
        first slash and any spaces around it lie between).
        """
        text = self.text
        left = text[start:mid]
        right = text[right_start:end]
        if "/" in right:
            self.add(start, end, (), Kind.CODE, rule="slash_code")
            return
        left_values = read_number(left)
        right_values = read_number(right)
        left_span, right_span = (start, mid), (right_start, end)
        if not left_values or not right_values:
            self.add(start, end, (), Kind.CODE, rule="slash_code")
            return
        last, prev, third = _left_words(text, start)
        words = _words_after(text, end)
        qualifier = _qualifier(last, prev, words, _symbol_before(text, start), third)
        unit, _ = _unit_at(words, 0)
        if _glued_name(text, start):
            self.add(start, end, left_values, Kind.NAME, rule="slash_glued_to_name")
            return
        if last in _DOCUMENT_LAST_WORDS and _DOCUMENT_BEFORE.search(
            text, max(0, start - LEFT_WINDOW), start
        ):
            self.add(start, end, (), Kind.CODE, rule="slash_document_number")
            return
        if self._per_capita_noun(words) and _is_power_of_ten(right_values):
            noun = words[0]
            self.rule = "slash_per_capita"
            self.add(start, mid, left_values, Kind.MEASURE, f"/{right} {noun}", qualifier)
            self.add(right_start, end, right_values, Kind.PER_CAPITA, noun)
            return
        base_scale = SCALE_WORDS.get(words[0], 1) if words else 1
        if (
            base_scale in _PER_CAPITA_BASE_SCALES
            and last not in _DATE_CUES  # "ngày 20/1 triệu người ...": a date, a comma left out
            and self._per_capita_noun(words[1:])
            and _is_power_of_ten(tuple(value * base_scale for value in right_values))
        ):
            # "0,35/10 nghìn dân", "1/1 triệu dân": the base printed with a scale word
            scale_word, noun = words[0], words[1]
            self.rule = "slash_per_capita"
            self.add(
                start, mid, left_values, Kind.MEASURE, f"/{right} {scale_word} {noun}", qualifier
            )
            based = tuple(value * base_scale for value in right_values)
            self.add(right_start, end, based, Kind.PER_CAPITA, noun, scale=base_scale)
            return
        if last in _QUARTER_CUES and len(left) == 1 and 1 <= int(left) <= QUARTER_MAX:
            self.rule = "slash_quarter"
            self.add(start, mid, left_values, Kind.PERIOD, "quý", qualifier)
            self.add(right_start, end, right_values, Kind.YEAR if _is_year(right) else Kind.COUNT)
            return
        if last in _WEEK_CUES and left.isdigit() and _is_year(right):
            self.rule = "slash_week"
            self.add(start, mid, left_values, Kind.ORDINAL, None, qualifier)
            self.add(right_start, end, right_values, Kind.YEAR)
            return
        if not _is_power_of_ten(right_values) and self._paired_header_before(start):
            self.rule = "slash_paired"
            self.add(start, mid, left_values, Kind.COUNT, unit, qualifier)
            self.add(right_start, end, right_values, Kind.COUNT, unit)
            return
        if _is_year(left) and _is_year(right):
            self.add(
                start, end, left_values, Kind.PERIOD, None, qualifier, 1, right_values,
                (left_span, right_span), "year_pair",
            )  # fmt: skip
            return
        if self._is_date(left, right, last, unit, words[:1]):
            year = (Decimal(right),) if len(right) == 4 else ()
            year_part = (right_span,) if year else ()
            self.add(start, end, year, Kind.DATE, parts=year_part, rule="slash_date")
            return
        left_values = _whole_readings(left_values, unit)
        right_values = _whole_readings(right_values, unit)
        self.add(
            start, end, left_values, Kind.RATIO, unit, qualifier, 1, right_values,
            (left_span, right_span), "ratio",
        )  # fmt: skip

    def _paired_header_before(self, start: int) -> bool:
        """Whether a slash pair follows a header that pairs two words the same way, in its
        sentence: "Mắc/tử vong do bệnh dại: 5/5 (năm 2021: 0/0)" gives two counts each."""
        low = start - SLASH_HEADER_WINDOW if start > SLASH_HEADER_WINDOW else 0
        if ":" not in self.text[low:start]:
            return False
        return _SLASH_HEADER_BEFORE.search(self.text, low, start) is not None

    @staticmethod
    def _is_date(left: str, right: str, last: str, unit: str | None, after: list[str]) -> bool:
        """Whether ``left/right`` reads as a day/month or month/year date in its context.

        ``17/19`` cannot be a date; ``đạt 9/12 chỉ tiêu`` and ``9/12 xã`` are ratios by
        context; ``ngày 22/12`` or a bare ``22/12`` is a date.
        """
        if not (left.isdigit() and right.isdigit() and len(left) <= 2 and len(right) <= 4):
            return False
        first = int(left)
        second = int(right)
        if len(right) == 4:
            month_year = 1 <= first <= MONTH_MAX and YEAR_MIN <= second <= YEAR_MAX
            return month_year and unit is None and last not in _RATIO_CUES
        if len(right) > 2 or not (1 <= first <= DAY_MAX and 1 <= second <= MONTH_MAX):
            return False
        if last in _DATE_CUES:
            return True
        ratio_unit = unit is not None and unit not in PERIOD_UNITS
        fraction = bool(after) and after[0] in _RATIO_AFTER
        return last not in _RATIO_CUES and not ratio_unit and not fraction

    def quarter(self, start: int, end: int) -> None:
        """A Roman quarter number after ``Quý``: a period, never a quantity."""
        numeral = self.text[start:end]
        self.add(start, end, (Decimal(_ROMAN[numeral]),), Kind.PERIOD, "quý", rule="roman_quarter")


# --- the plain-number rules ------------------------------------------------------------------


# The shapes of a plain token a rule may declare it reads (see _Rule.shapes): a whole
# number below SHORT_LIMIT (a day, an hour, a minute), a four-digit year, anything else.
_SHORT = 0
_YEAR_LIKE = 1
_OTHER_SHAPE = 2
_SHAPES = (_SHORT, _YEAR_LIKE, _OTHER_SHAPE)
SHORT_LIMIT = 100
# What the loop chooses a token's rules by (bare, shape, capital), numbered: a token's form is
# its index here (no tuple built per token).
_FORMS = tuple(product((False, True), _SHAPES, (False, True)))


class _Token:
    """A plain digit token and its surroundings: everything a plain-number rule reads.

    The digit fields (``start`` to ``values``) are set at once; :meth:`read_context` fills the
    rest (the words around the token, a percent sign, a scale word, the qualifier) before the
    first rule that reads context runs.
    """

    __slots__ = (
        "after",
        "bare",
        "capital",
        "end",
        "form",
        "last",
        "number",
        "ordinary",
        "percent",
        "prev",
        "qualifier",
        "raw",
        "scale",
        "span_end",
        "start",
        "third",
        "used",
        "values",
        "whole",
        "words",
        "year_like",
    )

    start: int
    end: int
    raw: str
    values: tuple[Decimal, ...]
    after: str  # the character right after the digits
    capital: bool  # it is a capital letter ("19A")
    last: str  # the word right before the token (see _left_words)
    prev: str  # the word before that
    third: str  # "ước" when it is the word before prev, else ""
    whole: bool  # one reading, digits only
    number: int  # the value of a whole token of at most CUE_DIGITS_MAX digits, else -1
    year_like: bool
    form: int  # the index of (bare, shape, capital) in _FORMS
    span_end: int  # after the percent sign or scale word that belongs to the span
    percent: bool
    words: list[str]  # up to four words after the digits and a percent sign (scale word too)
    scale: int
    used: int  # words the scale word takes (0, 1 or 2)
    qualifier: Qualifier
    bare: bool  # no percent sign and no scale word: perhaps a day, a name, a clock time
    # Well-formed, no leading 0, not a lone 2 or 3, not glued after a letter, "-" or "+": a
    # token no digit rule reads (each one's first test fails), so the scanner skips them.
    ordinary: bool

    def __init__(self, text: str, start: int, end: int) -> None:
        """Read the digits of ``text[start:end]``."""
        self.start = start
        self.end = end
        raw = self.raw = text[start:end]
        values = self.values = () if _is_year_list(raw) else read_number(raw)
        before = text[start - 1 : start]
        self.ordinary = (
            bool(values)
            and raw[0] != "0"
            and raw not in _POWERS
            and not before.isalpha()
            and before not in _GLUE_MARKS
        )

    def read_context(self, text: str) -> None:
        """Read the words around the token. The percent sign and scale word belong to the
        span; the unit noun does not."""
        start, end, raw, values = self.start, self.end, self.raw, self.values
        after = self.after = text[end : end + 1]
        self.capital = after.isalpha() and after.isupper()
        last, prev, third = self.last, self.prev, self.third = _left_words(text, start)
        whole = self.whole = len(values) == 1 and raw.isdigit()
        number = self.number = int(raw) if whole and len(raw) <= CUE_DIGITS_MAX else -1
        year_like = self.year_like = _is_year(raw)
        shape = _SHORT if 0 <= number < SHORT_LIMIT else _YEAR_LIKE if year_like else _OTHER_SHAPE
        span_end = end
        percent = False
        match = _PERCENT_AFTER.match(text, end)
        if match is not None:
            span_end = match.end()
            percent = True
        words = self.words = _words_after(text, span_end)
        self.scale, used = (1, 0) if percent else _scale_at(words)
        self.used = used
        if used:
            span_end = _after_words(text, span_end, used)
        self.span_end = span_end
        self.percent = percent
        bare = self.bare = not percent and not used
        self.form = ((bare * len(_SHAPES)) + shape) * 2 + self.capital
        self.qualifier = _qualifier(
            last, prev, words, _symbol_before(text, start), third, percent=percent
        )


@dataclass(frozen=True, slots=True)
class _Rule:
    """One reading of a plain number.

    Attributes:
        name: shown by ``baocao numbers --explain``.
        read: adds the mention and returns True, or returns False to pass the token on.
        context: whether it reads the words around the token (else the digits alone).
        bare: it only reads a token with no percent sign and no scale word after it.
        before: it only reads a token right after one of these words (``""``: after
            punctuation or nothing); None for any word.
        shapes: it only reads a token of these shapes (``_SHORT``, ``_YEAR_LIKE``,
            ``_OTHER_SHAPE``); None for any.
        capital: it only reads a token with a capital letter right after its digits.

    ``bare``, ``before``, ``shapes`` and ``capital`` declare conditions ``read`` tests anyway,
    so that the scanner skips the call: most tokens meet few rules' words and shapes.
    """

    name: str
    read: Callable[[_Scanner, _Token], bool]
    context: bool = True
    bare: bool = False
    before: frozenset[str] | None = None
    shapes: frozenset[int] | None = None
    capital: bool = False

    def admits(self, last: str | None, bare: bool, shape: int, capital: bool) -> bool:
        """Whether the rule may read a token of ``shape`` after the word ``last`` (None: a
        word no rule names), ``bare`` or not, with a ``capital`` glued after it or not."""
        if (self.bare and not bare) or (self.capital and not capital):
            return False
        if self.shapes is not None and shape not in self.shapes:
            return False
        return self.before is None or (last is not None and last in self.before)


def _read_malformed(scanner: _Scanner, token: _Token) -> bool:
    """No well-formed number: ``2013,2014`` (years listed), ``1.2.3`` (a code)."""
    if token.values:
        return False
    scanner.malformed(token.start, token.end, token.raw)
    return True


def _read_glued_to_name(scanner: _Scanner, token: _Token) -> bool:
    """Digits that continue a capitalised word or a hyphen: ``COVID-19``, ``H5N1`` (names);
    ``quý III-2023`` (the quarter's year, like ``quý III/2023``)."""
    text = scanner.text
    start = token.start
    if not _glued_name(text, start):
        return False
    low = start - QUARTER_PREFIX_MAX if start > QUARTER_PREFIX_MAX else 0
    year = _is_year(token.raw) and _QUARTER_HYPHEN_BEFORE.search(text, low, start)
    scanner.add(start, token.end, token.values, Kind.YEAR if year else Kind.NAME)
    return True


def _read_per_mille_zero(scanner: _Scanner, token: _Token) -> bool:
    """The 0 of ``18,2%0``: part of the per-mille sign before it (no mention)."""
    return token.raw == "0" and scanner.text[token.start - 1 : token.end] == _TYPED_PER_MILLE_ZERO


def _read_unit_power(scanner: _Scanner, token: _Token) -> bool:
    """The 2 of ``1.200 m2``: part of the unit before it (no mention)."""
    return token.raw in _POWERS and scanner._power_of_unit(token.start)


def _read_phone_digits(scanner: _Scanner, token: _Token) -> bool:
    """A run of seven or more digits from 0: ``02623852315``, a phone number (a code)."""
    raw = token.raw
    if raw[0] == "0" and len(raw) >= PHONE_DIGITS_MIN and raw.isdigit():
        scanner.add(token.start, token.end, token.values, Kind.CODE)
        return True
    return False


def _read_capital_after(scanner: _Scanner, token: _Token) -> bool:
    """A capital glued after the digits: ``19A``, ``5K`` (names), unless a unit (``5KG``)."""
    if token.capital and not token.percent:
        glued = token.words[0] if token.words else ""
        if glued not in UNIT_LEXICON:
            scanner.add(token.start, token.end, token.values, Kind.NAME)
            return True
    return False


def _read_heading_number(scanner: _Scanner, token: _Token) -> bool:
    """The number of a heading or list item that opens a line: ``1. Đặc điểm``, ``1.2. Tổ
    chức bộ máy``, ``2) Kết quả`` (an ordinal: a capital follows its mark)."""
    if token.after not in _HEADING_MARKS:
        return False
    text = scanner.text
    mark = _HEADING_AFTER.match(text, token.end)
    if mark is None or not mark.group(1).isupper():
        return False
    line_start = text.rfind("\n", 0, token.start) + 1
    if text[line_start : token.start].strip():
        return False
    scanner.add(token.start, token.end, token.values, Kind.ORDINAL)
    return True


def _read_dashed_name(scanner: _Scanner, token: _Token) -> bool:
    """A name written with a spaced dash: ``COVID - 19``, ``Covid -19``, ``ISO - 9001``."""
    text = scanner.text
    start = token.start
    low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
    if _DASHED_NAME_BEFORE.search(text, low, start) is None:
        return False
    scanner.add(start, token.end, token.values, Kind.NAME)
    return True


def _read_quoted_name(scanner: _Scanner, token: _Token) -> bool:
    """A number that opens a programme's quoted name: mô hình “1.000 ngày đầu đời”."""
    text = scanner.text
    start = token.start
    low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
    if _QUOTED_NAME_BEFORE.search(text, low, start) is None:
        return False
    if _QUOTED_NAME_AFTER.match(text, token.end) is None:
        return False
    scanner.add(start, token.end, token.values, Kind.NAME)
    return True


def _read_per_capita_base(scanner: _Scanner, token: _Token) -> bool:
    """The base after a slash: ``/100.000 dân``, ``111,6 bé trai/100 bé gái`` (per capita)."""
    text = scanner.text
    start, words = token.start, token.words
    if text[start - 1 : start] == "/" and (
        scanner._per_capita_noun(words)
        or (text[start - 2 : start - 1].isalpha() and words and _is_power_of_ten(token.values))
    ):
        scanner.add(start, token.end, token.values, Kind.PER_CAPITA, words[0], token.qualifier)
        return True
    return False


def _read_per_capita_word(scanner: _Scanner, token: _Token) -> bool:
    """``28 giường bệnh trên 10.000 dân``: "trên" reads "per" after a counted noun."""
    if (
        token.last == _PER_WORD
        and token.prev in _COUNTED_NOUN_ENDS
        and _is_power_of_ten(token.values)
        and scanner._per_capita_noun(token.words)
    ):
        scanner.add(token.start, token.end, token.values, Kind.PER_CAPITA, token.words[0])
        return True
    return False


def _read_in_one(scanner: _Scanner, token: _Token) -> bool:
    """Either side of ``vắc xin 5 trong 1``: a combination vaccine's name."""
    last = token.last
    if (last == "trong" or token.words[:1] == ["trong"]) and scanner._in_one(
        token.start, token.raw, last
    ):
        scanner.add(token.start, token.end, token.values, Kind.NAME)
        return True
    return False


def _read_phone_cue(scanner: _Scanner, token: _Token) -> bool:
    """After a phone word: ``hotline 115``, ``ĐT: 02623852315``; the emergency line of
    ``Trung tâm Cấp cứu 115`` (a code)."""
    if token.bare and (
        (
            len(token.raw) >= THREE_DIGITS
            and _unit_at(token.words, 0)[0] is None
            and _phone_cue_before(scanner.text, token.start, token.last, token.prev)
        )
        or (
            (token.prev, token.last) == _EMERGENCY_CUE
            and token.number in EMERGENCY_NUMBERS
            and _unit_at(token.words, 0)[0] not in COUNT_UNITS
            and _EMERGENCY_NAME_BEFORE.search(
                scanner.text, max(0, token.start - LEFT_WINDOW), token.start
            )
            is not None
        )
    ):
        scanner.add(token.start, token.end, token.values, Kind.CODE)
        return True
    return False


def _read_clock(scanner: _Scanner, token: _Token) -> bool:
    """The hour or minute of ``8 giờ 30 (phút)``, ``14 giờ chiều`` (a time)."""
    if (
        token.bare
        and 0 <= token.number <= MINUTE_MAX
        and (token.last == "giờ" or token.words[:1] == ["giờ"])
        and scanner._clock(token.start, token.end, token.last, token.number)
    ):
        scanner.add(token.start, token.end, token.values, Kind.TIME, None, token.qualifier)
        return True
    return False


def _read_listed_day(scanner: _Scanner, token: _Token) -> bool:
    """A day of a list a day/month closes: ``(3 và 4/10)``, ``Ngày 20 và 21-4`` (a date)."""
    if (
        token.bare
        and 1 <= token.number <= DAY_MAX
        and scanner._listed_day(token.start, token.end, token.last)
    ):
        scanner.add(token.start, token.end, token.values, Kind.DATE)
        return True
    return False


def _read_lunar_day(scanner: _Scanner, token: _Token) -> bool:
    """A day counted to the lunar new year: ``29 Tết``, ``28 âm lịch``, the first day of
    ``từ 28 đến mùng 5 Tết`` (a date)."""
    if (
        token.bare
        and 1 <= token.number <= LUNAR_DAY_MAX
        and _LUNAR_DAY_AFTER.match(scanner.text, token.end) is not None
    ):
        scanner.add(token.start, token.end, token.values, Kind.DATE)
        return True
    return False


def _read_patient_number(scanner: _Scanner, token: _Token) -> bool:
    """A patient's, case's or room's number: ``bệnh nhân 416``, ``Ca số 12 và 140`` (a name)."""
    text, start, last = scanner.text, token.start, token.last
    if (
        token.bare
        and (
            last in _PATIENT_LAST_WORDS or (not last and text[start - 2 : start] in _JOINTS_BEFORE)
        )
        and scanner._patient_number(start, token.end, last, token.prev, token.words)
    ):
        scanner.add(start, token.end, token.values, Kind.NAME)
        return True
    return False


def _read_house_number(scanner: _Scanner, token: _Token) -> bool:
    """A house number: ``Địa chỉ: 38 Hàng Da``, ``số nhà 12`` (a name)."""
    if (
        token.bare
        and token.last in _ADDRESS_LAST_WORDS
        and scanner._address_before(token.start, token.last)
        and _unit_at(token.words, 0)[0] is None
    ):
        scanner.add(token.start, token.end, token.values, Kind.NAME)
        return True
    return False


def _read_numbered_place(scanner: _Scanner, token: _Token) -> bool:
    """The number of a hamlet's or a school's name: ``thôn Mỹ An 2, phường ...``, ``Tiểu học
    Tam Hồng 1 410`` (a name; see _NUMBERED_SCHOOL_BEFORE)."""
    text, start, end, last = scanner.text, token.start, token.end, token.last
    if not last or not token.bare:
        return False
    word_start = start - 1
    while word_start > 0 and text[word_start] in " \t":
        word_start -= 1
    word_start -= len(last) - 1
    if not text[word_start : word_start + 1].isupper():
        return False
    low = start - LEFT_WINDOW if start > LEFT_WINDOW else 0
    breaks = text[end : end + 1] in _PLACE_BREAKS
    place = _NUMBERED_PLACE_BEFORE.search(text, low, start) if breaks else None
    if place is None:
        place = _NUMBERED_SCHOOL_BEFORE.search(text, low, start)
        if place is None or not (
            token.raw.isdigit()
            and token.number <= SCHOOL_NUMBER_MAX
            and (
                _FIGURE_AFTER.match(text, end) is not None
                or (
                    place.group("school") is not None
                    and (breaks or _unit_at(token.words, 0)[0] is None)
                )
            )
        ):
            return False
    if not all(word[:1].isupper() for word in place.group("name").split()):
        return False
    scanner.add(start, end, token.values, Kind.NAME)
    return True


def _read_age_band(scanner: _Scanner, token: _Token) -> bool:
    """A bound of an age band named before it: ``độ tuổi 15-49`` (ages)."""
    low = token.start - LEFT_WINDOW if token.start > LEFT_WINDOW else 0
    band = _AGE_BAND_BEFORE.search(scanner.text, low, token.start) if token.bare else None
    if (
        band is not None
        and _unit_at(token.words, 0)[0] not in COUNT_UNITS
        and (
            band.group("first") is not None
            or _AGE_BAND_FIRST_AFTER.match(scanner.text, token.end) is not None
        )
    ):
        scanner.add(token.start, token.end, token.values, Kind.AGE, "tuổi", token.qualifier)
        return True
    return False


def _market_number(scanner: _Scanner, token: _Token) -> bool:
    """Whether the number after "chợ" names the market (MARKET_CUE, _MARKET_PLACE_AFTER)."""
    text, end = scanner.text, token.end
    if _MARKET_PLACE_AFTER.match(text, end) is not None:
        return True  # "ki ốt số 14, chợ 2, phường Bắc Sơn": an address
    cue = text.rfind(MARKET_CUE[1:], 0, token.start) - 1
    return text[cue : cue + 1] == "C" and not scanner._lowercase_at(end)


def _read_cue_word(scanner: _Scanner, token: _Token) -> bool:
    """The kind a cue word before it gives: ``ngày 29`` (date), ``năm 2023`` (year),
    ``quý 3`` (period), ``lúc 14`` (time), ``lần 2`` (ordinal), ``Quận 3`` (name)."""
    if not token.bare:
        return False
    if token.last == MARKET_CUE and not _market_number(scanner, token):
        return False  # "trong đó: chợ 45, siêu thị 12": a count of markets
    kind = scanner._cue_kind(token.last, token.prev, token.number, token.year_like, token.words)
    if kind is None:
        return False
    scanner.add(token.start, token.end, token.values, kind, None, token.qualifier)
    return True


def _read_per_mille(scanner: _Scanner, token: _Token) -> bool:
    """``tỷ suất sinh 15,2‰`` (or ``15,2%0``): a rate per thousand (a measure)."""
    if not token.bare:
        return False
    per_mille = _PER_MILLE_AFTER.match(scanner.text, token.end)
    if per_mille is None:
        return False
    scanner.add(
        token.start, per_mille.end(), token.values, Kind.MEASURE, PER_MILLE, token.qualifier
    )
    return True


def _read_percent(scanner: _Scanner, token: _Token) -> bool:
    """``82,8%``, ``15 phần trăm`` (a percent)."""
    span_end = token.span_end
    if not token.percent:
        if token.words[:2] != ["phần", "trăm"]:
            return False
        span_end = _after_words(scanner.text, span_end, 2)
    elif len(token.raw) == 1:
        scanner.one_digit_percents += 1
    scanner.add(token.start, span_end, token.values, Kind.PERCENT, "%", token.qualifier)
    return True


def _read_bare_year(scanner: _Scanner, token: _Token) -> bool:
    """A year with no scale word, unit or age after it: ``trong 2023`` (a year)."""
    if not token.year_like or token.used:
        return False
    words = token.words
    if not scanner._year_span_end(token.start, token.values) and (
        _unit_at(words, 0)[0] is not None
        or (
            words
            and (
                words[0] == "tuổi"
                or (len(words) > 1 and words[1] == "tuổi" and words[0] in PERIOD_UNITS)
            )
        )
    ):
        return False
    scanner.add(token.start, token.end, token.values, Kind.YEAR, None, token.qualifier)
    return True


def _read_quantity(scanner: _Scanner, token: _Token) -> bool:
    """Everything else, read by its unit: ``75.135 lượt`` (count), ``1,6 tỷ đồng`` (money),
    ``5 tuổi`` (age), ``6 tháng`` (period), ``12 kg`` (measure), ``28 ca/100.000 dân``
    (a rate, a measure); a scaled figure with no unit after money words is money."""
    text = scanner.text
    start, values, words, used, scale = (
        token.start,
        token.values,
        token.words,
        token.used,
        token.scale,
    )
    span_end = token.span_end
    unit, size = _unit_at(words, used)
    if unit in _POWER_UNITS:
        unit_end = _after_words(text, span_end, used + size)
        if (
            text[unit_end : unit_end + 1] in _POWERS
            and not text[unit_end + 1 : unit_end + 2].isalnum()
        ):
            unit += text[unit_end]
    scaled = tuple(_scaled(value, scale) for value in values) if scale != 1 else values
    kind = Kind.COUNT
    tail = words[used:]
    if tail and (
        tail[0] == "tuổi" or (len(tail) > 1 and tail[1] == "tuổi" and tail[0] in PERIOD_UNITS)
    ):
        unit = "tuổi" if tail[0] == "tuổi" else tail[0] + " tuổi"
        kind = Kind.AGE if token.whole else Kind.MEASURE
    elif unit in PERIOD_UNITS:
        kind = Kind.PERIOD if token.whole and not used else Kind.MEASURE
    elif unit in MEASURE_UNITS:
        kind = Kind.MEASURE
    elif unit in MONEY_UNITS:
        kind = Kind.MONEY
        if scale == 1:
            scaled = _whole_readings(scaled, unit)
    elif unit is None:
        if used and scanner._money_context(start):
            kind = Kind.MONEY
        elif (
            tail
            and tail[0] not in _NOT_UNITS
            and tuple(tail[:2]) not in _NOT_UNIT_PAIRS
            and not _opens_subject(tail)
            and scanner._lowercase_at(span_end)
        ):
            unit = tail[0]
    if unit is not None and kind is Kind.COUNT:
        rate = scanner._rate_unit(span_end, used + size)
        if rate is not None:
            unit, kind = unit + rate, Kind.MEASURE
        elif scale == 1:
            scaled = _whole_readings(scaled, unit)
    if scale != 1:
        scanner.scaled += 1
    scanner.add(start, span_end, scaled, kind, unit, token.qualifier, scale)
    return True


# The plain-number rules in precedence order: the first that reads a token wins. The rules
# that read the digits alone come first (none reads an ordinary token: see _Token.ordinary);
# the context (words around) is read once, after them. A rule's bare / before / shapes only
# let the loop skip it where its own first test would fail (a test checks that).
PLAIN_RULES: tuple[_Rule, ...] = (
    _Rule("malformed", _read_malformed, context=False),
    _Rule("glued_to_name", _read_glued_to_name, context=False),
    _Rule("per_mille_zero", _read_per_mille_zero, context=False),
    _Rule("unit_power", _read_unit_power, context=False),
    _Rule("phone_digits", _read_phone_digits, context=False),
    _Rule("capital_after", _read_capital_after, capital=True),
    _Rule("heading_number", _read_heading_number, bare=True),
    _Rule("dashed_name", _read_dashed_name, bare=True, before=frozenset({""})),
    _Rule("quoted_name", _read_quoted_name, before=frozenset({""})),
    _Rule("per_capita_base", _read_per_capita_base, before=frozenset({""})),
    _Rule("per_capita_word", _read_per_capita_word, before=frozenset({_PER_WORD})),
    _Rule("in_one", _read_in_one),
    _Rule(
        "phone_cue",
        _read_phone_cue,
        bare=True,
        before=_PHONE_CUE_LAST_WORDS | {_EMERGENCY_CUE[-1], ""},
    ),
    _Rule("clock", _read_clock, bare=True, shapes=frozenset({_SHORT})),
    _Rule("listed_day", _read_listed_day, bare=True, shapes=frozenset({_SHORT})),
    _Rule("lunar_day", _read_lunar_day, bare=True, shapes=frozenset({_SHORT})),
    _Rule("patient_number", _read_patient_number, bare=True, before=_PATIENT_LAST_WORDS | {""}),
    _Rule("house_number", _read_house_number, bare=True, before=_ADDRESS_LAST_WORDS),
    # a per-mille sign after the number makes it a rate whatever word is before it ("chết
    # thô ước khoản 6%o": "khoản" typed for "khoảng", no clause of a law)
    _Rule("per_mille", _read_per_mille, bare=True),
    _Rule("age_band", _read_age_band, bare=True, before=_AGE_BAND_LAST_WORDS),
    _Rule("cue_word", _read_cue_word, bare=True, before=_CUE_LAST_WORDS),
    _Rule("numbered_place", _read_numbered_place, bare=True),
    _Rule("percent", _read_percent),
    _Rule("bare_year", _read_bare_year, shapes=frozenset({_YEAR_LIKE})),
    _Rule("quantity", _read_quantity),
)

_Reads = tuple[tuple[str, Callable[[_Scanner, _Token], bool]], ...]


def _reads(
    rules: tuple[_Rule, ...], last: str | None, bare: bool, shape: int, capital: bool
) -> _Reads:
    """(name, read) of the ``rules`` that may read a token, in table order."""
    return tuple(
        (rule.name, rule.read) for rule in rules if rule.admits(last, bare, shape, capital)
    )


# The table as the scanning loop walks it: the digit rules, then the context rules that may
# read a token, chosen once per token by the word before it, whether it is bare, its shape.
_DIGIT_READS = _reads(
    tuple(rule for rule in PLAIN_RULES if not rule.context), None, True, _OTHER_SHAPE, True
)
_CONTEXT_RULES = PLAIN_RULES[len(_DIGIT_READS) :]
# By the word before a token (a word some rule names, else _READS_AFTER_OTHER), by its form.
_READS_AFTER: dict[str, tuple[_Reads, ...]] = {
    word: tuple(_reads(_CONTEXT_RULES, word, *form) for form in _FORMS)
    for word in frozenset().union(*(rule.before or () for rule in _CONTEXT_RULES))
}
_READS_AFTER_OTHER: tuple[_Reads, ...] = tuple(
    _reads(_CONTEXT_RULES, None, *form) for form in _FORMS
)


def _link_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Give the bare left end of a range the kind and unit of its right end.

    ``100 - 120%`` makes 100 a percent, ``6 - 36 tháng tuổi`` makes 6 an age, ``1,5 - 2 tỷ
    đồng`` makes 1,5 money of the same scale. The right end may carry its own qualifier
    (``từ 5 đến dưới 12 tuổi``: 5 is an age too), and a period length that starts an age range
    is an age (``từ 6 tháng đến dưới 5 tuổi``).
    """
    linked = mentions
    for i in range(len(mentions) - 1):
        left = linked[i]
        right = linked[i + 1]
        if left.kind is Kind.PERIOD and _is_age_range_start(text, left, right):
            if linked is mentions:
                linked = list(mentions)
            linked[i] = replace(
                left, kind=Kind.AGE, unit=f"{left.unit} tuổi", rule=f"{left.rule}+age_range"
            )
            continue
        if left.kind is not Kind.COUNT or left.unit is not None or left.scale != 1:
            continue
        if right.kind not in QUANTITY_KINDS and right.kind not in (Kind.AGE, Kind.PERIOD):
            continue
        if right.kind is Kind.RATIO or right.start - left.end > LEFT_WINDOW:
            continue
        gap = _DASH_BETWEEN.fullmatch(text, left.end, right.start)
        if gap is None:
            continue
        values = tuple(_scaled(value, right.scale) for value in left.values)
        if right.kind in (Kind.COUNT, Kind.MONEY) and right.scale == 1:
            values = _whole_readings(values, right.unit)
        if linked is mentions:
            linked = list(mentions)
        linked[i] = replace(
            left,
            kind=right.kind,
            unit=right.unit,
            scale=right.scale,
            values=values,
            rule=f"{left.rule}+linked_range",
        )
    return linked


def _is_age_range_start(text: str, left: NumberMention, right: NumberMention) -> bool:
    """``6 tháng`` in ``từ 6 tháng đến dưới 5 tuổi``: a period length that starts an age range."""
    return (
        left.kind is Kind.PERIOD
        and left.unit in _AGE_PERIOD_UNITS
        and right.kind is Kind.AGE
        and right.start - left.end <= LEFT_WINDOW
        and _UNIT_THEN_DASH.fullmatch(text, left.end, right.start) is not None
    )


def _join_compounds(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join ``2 tỷ 350 triệu đồng`` (a scale followed by a smaller one) into one mention."""
    joined: list[NumberMention] = []
    for mention in mentions:
        head = joined[-1] if joined else None
        if (
            head is not None
            and 1 < mention.scale < head.scale
            and head.unit is None
            and not head.denominator
            and text[head.end : mention.start].isspace()
        ):
            values = tuple(dict.fromkeys(a + b for a in head.values for b in mention.values))
            joined[-1] = replace(
                mention,
                start=head.start,
                raw=text[head.start : mention.end],
                values=values,
                scale=head.scale,
                qualifier=head.qualifier,
                rule=f"{head.rule}+compound",
            )
            continue
        joined.append(mention)
    return joined


def _join_spaced_decimals(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Read ``95, 4%`` (a decimal comma typed with a space after it) as 95.4 percent.

    Only a bare whole number of at most three digits, then exactly ``", "``, then a percent
    of one digit; not inside a list of numbers (``95, 96, 2%``), nor two percents
    (``95, 96%``).
    """
    joined: list[NumberMention] = []
    for mention in mentions:
        head = joined[-1] if joined else None
        if (
            head is not None
            and mention.kind is Kind.PERCENT
            and text[head.end : mention.start] == _SPACED_DECIMAL_MARK
            and head.kind is Kind.COUNT
            and head.unit is None
            and head.scale == 1
            and len(head.raw) <= THOUSANDS_GROUP
            and head.raw.isdigit()
            and _SPACED_DECIMAL_FRACTION.fullmatch(mention.raw) is not None
            and not _LIST_BEFORE.search(text, max(0, head.start - 3), head.start)
        ):
            fraction = mention.raw.rstrip("% ")
            joined[-1] = replace(
                mention,
                start=head.start,
                raw=text[head.start : mention.end],
                values=(Decimal(f"{head.raw}.{fraction}"),),
                qualifier=head.qualifier,
                rule=f"{head.rule}+spaced_decimal",
            )
            continue
        joined.append(mention)
    return joined


def find_numbers(text: str) -> list[NumberMention]:
    """Every numeric mention of ``text``, sorted by start.

    Args:
        text: the article text (NFC; see :mod:`baocao.documents`).

    Returns:
        The mentions; ``raw == text[start:end]`` for each.
    """
    scanner = _Scanner(text)
    for match in _MASTER.finditer(text):
        shape = match.lastgroup
        start, end = match.span()
        if shape == "number":
            if match.start("spaced") < 0:
                scanner.plain(start, end)
            else:
                scanner.spaced_slash(start, end)
        elif shape == "slash":
            mid = text.index("/", start, end)
            scanner.slash(start, end, mid, mid + 1)
        elif shape == "daymonth":
            scanner.day_month(start, end)
        elif shape == "monthyear":
            scanner.month_year(start, end, end - MONTH_YEAR_TAIL)
        elif shape == "code":
            scanner.add(start, end, (), Kind.CODE, rule="code")
        elif shape == "phone":
            scanner.phone(start, end)
        elif shape == "date":
            scanner.date(start, end, match.group("sep"))
        elif shape == "time":
            scanner.time(start, end)
        else:
            scanner.iso(start, end)
    for match in sorted((m for p in _QUARTERS for m in p.finditer(text)), key=_MATCH_START):
        scanner.quarter(*match.span(1))
    mentions = scanner.mentions
    if any(mark in text for mark in _WEB_ADDRESS_MARKS):
        mentions = _in_web_addresses(text, mentions)
    mentions.sort(key=_START)
    if scanner.scaled > 1:  # a compound needs two figures with scale words
        mentions = _join_compounds(text, mentions)
    if scanner.one_digit_percents:
        mentions = _join_spaced_decimals(text, mentions)
    return _link_ranges(text, mentions)


def _in_web_addresses(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with every number inside a printed web address read as a code."""
    spans = [match.span() for match in _WEB_ADDRESS.finditer(text)]
    if not spans:
        return mentions
    return [
        replace(
            mention,
            kind=Kind.CODE,
            unit=None,
            denominator=(),
            parts=(),
            rule=f"{mention.rule}+web_address",
        )
        if any(low <= mention.start and mention.end <= high for low, high in spans)
        else mention
        for mention in mentions
    ]


_START = attrgetter("start")
_MATCH_START = methodcaller("start")


# --- locating values -------------------------------------------------------------------------


def _as_decimals(value: Decimal | int | float | str) -> tuple[Decimal, ...]:
    """Every reading of a reported value: numbers as they are, strings as the scanner reads."""
    if isinstance(value, Decimal):
        return (value,) if value.is_finite() else ()
    if isinstance(value, int):
        return (Decimal(value),)
    if isinstance(value, float):
        decimal = Decimal(repr(value))
        return (decimal,) if decimal.is_finite() else ()
    cleaned = value.strip().rstrip("%").strip()
    try:
        decimal = Decimal(cleaned)
    except InvalidOperation:
        return read_number(cleaned.replace(" ", ""))
    return (decimal,) if decimal.is_finite() else read_number(cleaned)


PERCENT_UNITS = frozenset({"%", "phần trăm"})
# A reported per-mille unit, as printed or typed ("‰", "%o", "%0"): grounds a "‰" mention.
PER_MILLE_UNITS = frozenset({PER_MILLE, "%o", "%0", "phần nghìn"})
# How a table entry reads its mention: as printed in plain units, as written before the
# scale word (1.6 of "1,6 tỷ"), or as a fraction of a percent (0.828 of "82,8%").
_PLAIN = 0
_UNSCALED = 1
_FRACTION = 2
_UNIT_WORD = re.compile(r"[^\W\d_]+|%")


class _Family(StrEnum):
    """What a reported unit asks of a mention."""

    PERCENT = "percent"
    MONEY = "money"
    NOUN = "noun"  # anything else: a counted noun, a measure, a scale word alone


@dataclass(frozen=True, slots=True)
class _UnitSpec:
    """A reported unit, read: its scale word, what it asks for, its noun words."""

    scale: int
    family: _Family
    words: tuple[str, ...]  # lowercased, scale words removed: ("lượt", "người")


def _unit_words(unit: str) -> list[str]:
    """The words of a unit, lowercased, punctuation and digits dropped (``/100.000 dân``)."""
    return _UNIT_WORD.findall(unit.lower())


@lru_cache(maxsize=256)
def _read_unit(unit: str) -> _UnitSpec | None:
    """Read a reported unit; ``None`` when it is blank (no constraint)."""
    stripped = unit.strip()
    if stripped.lower() in PER_MILLE_UNITS:
        # "%o", "%0": the per-mille sign as typed, which the scanner reads as "‰"
        return _UnitSpec(1, _Family.NOUN, (PER_MILLE,))
    words = _unit_words(unit)
    if not words:
        return None
    # A rate's base ("/10 nghìn dân") carries the scale word, not the value.
    scale, used = (1, 0) if stripped.startswith("/") else _scale_at(words)
    rest = tuple(words[used:])
    phrase = " ".join(rest)
    if phrase in PERCENT_UNITS or rest[:1] == ("%",) or rest[:2] == ("phần", "trăm"):
        return _UnitSpec(scale, _Family.PERCENT, rest)
    if rest and rest[0] in MONEY_UNITS and " ".join(rest[:2]) not in COUNT_UNITS:
        # Not "đồng chí" (comrades), a count unit that opens with the currency word.
        return _UnitSpec(scale, _Family.MONEY, rest)
    return _UnitSpec(scale, _Family.NOUN, rest)


@lru_cache(maxsize=1024)
def _noun_class(words: tuple[str, ...]) -> str | None:
    """``"count"`` or ``"measure"`` for a unit the lexicons know (longest phrase first)."""
    for size in range(min(UNIT_MAX_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[:size])
        if phrase in COUNT_UNITS:
            return "count"
        if phrase in MEASURE_UNITS or phrase in PERIOD_UNITS:
            return "measure"
    return None


def _nouns_agree(words: tuple[str, ...], unit: str | None) -> bool:
    """Whether a reported noun unit may name a mention's unit.

    Tolerant: models word units freely ("lượt" for the scanner's "lượt người", "ca" for
    "cas"), so nouns agree unless both are known and of different kinds (``ngày`` against
    ``ca``, ``kg`` against ``người``).
    """
    if not words or unit is None:
        return True
    theirs = tuple(_unit_words(unit))
    if not theirs or words[0] == theirs[0]:
        return True
    ours_text, theirs_text = " ".join(words), " ".join(theirs)
    if ours_text.startswith(theirs_text) or theirs_text.startswith(ours_text):
        return True
    ours_class, theirs_class = _noun_class(words), _noun_class(theirs)
    return ours_class is None or theirs_class is None or ours_class == theirs_class


def _unit_admits(spec: _UnitSpec, mention: NumberMention) -> bool:
    """Whether a mention may ground a value reported with the unit ``spec``.

    ``%`` takes percent mentions only; a money unit takes money, or a figure with a scale
    word (``2,5 tỷ`` whose money context the scanner missed); a noun unit takes neither
    percents nor money, and any count or measure whose own noun does not conflict.
    """
    if spec.family is _Family.PERCENT:
        return mention.kind is Kind.PERCENT
    if mention.kind is Kind.PERCENT:
        return False
    if spec.family is _Family.MONEY:
        if mention.kind is Kind.MONEY:
            return True
        return mention.scale > 1 and spec.scale in (1, mention.scale)
    if mention.kind is Kind.MONEY:
        return not spec.words
    return _nouns_agree(spec.words, mention.unit)


def _groundings(mention: NumberMention) -> list[tuple[Decimal, Span, int]]:
    """(reading, span, how) triples a mention offers: each side of a ratio, a date's year ..."""
    if mention.denominator:
        left, right = mention.parts
        pairs = [(value, left, _PLAIN) for value in mention.values]
        pairs.extend((value, right, _PLAIN) for value in mention.denominator)
        return pairs
    span = mention.parts[0] if mention.parts else (mention.start, mention.end)
    pairs = [(value, span, _PLAIN) for value in mention.values]
    if mention.scale != 1:
        pairs.extend((value / mention.scale, span, _UNSCALED) for value in mention.values)
    if mention.kind is Kind.PERCENT:
        pairs.extend((value / PERCENT_BASE, span, _FRACTION) for value in mention.values)
    return pairs


class Match(StrEnum):
    """How a reported value matched a mention (shown beside each figure in the review).

    Declared from the most to the least telling: a span matched in several ways gets the first.
    """

    RATIO_SIDE = "ratio_side"  # one side of "500/604"
    RANGE_END = "range_end"  # the upper end of "100 - 120%"
    PERCENT = "percent"  # "82,8%" as 82.8 or as the fraction 0.828
    SCALED = "scaled"  # "1,6 tỷ" as 1600000000, or as 1.6 with unit "tỷ đồng"
    AMBIGUOUS = "ambiguous"  # "1.164": one of the form's readings (1164 or 1.164)
    EXACT = "exact"  # the figure as printed (leading zeros aside)


_MATCH_ORDER = {match: rank for rank, match in enumerate(Match)}


_Entry = tuple[NumberMention, Span, int]


class NumberIndex:
    """The mentions of one text, indexed by value for :meth:`locate`.

    Attributes:
        text: the scanned text.
        mentions: every mention, sorted by start.
    """

    __slots__ = ("_by_value", "_range_end_starts", "mentions", "text")

    def __init__(self, text: str) -> None:
        """Scan ``text`` once."""
        self.text = text
        self.mentions: list[NumberMention] = find_numbers(text)
        self._by_value: dict[Decimal, list[_Entry]] | None = None
        self._range_end_starts: frozenset[int] | None = None

    def _table(self) -> dict[Decimal, list[_Entry]]:
        if self._by_value is None:
            table: dict[Decimal, list[_Entry]] = {}
            for mention in self.mentions:
                for value, span, how in _groundings(mention):
                    table.setdefault(value, []).append((mention, span, how))
            self._by_value = table
        return self._by_value

    def _range_ends(self) -> frozenset[int]:
        """Starts of the mentions that close a printed range (120 of ``100 - 120%``)."""
        if self._range_end_starts is None:
            self._range_end_starts = frozenset(
                right.start
                for left, right in zip(self.mentions, self.mentions[1:], strict=False)
                if right.start - left.end <= LEFT_WINDOW
                and _DASH_BETWEEN.fullmatch(self.text, left.end, right.start)
            )
        return self._range_end_starts

    def _match(self, mention: NumberMention, how: int) -> Match:
        """How a reading of ``mention`` (taken as ``how``) matched a reported value."""
        if mention.denominator:
            return Match.RATIO_SIDE
        if mention.start in self._range_ends():
            return Match.RANGE_END
        if how == _FRACTION or mention.kind is Kind.PERCENT:
            return Match.PERCENT
        if mention.scale != 1:
            return Match.SCALED
        if len(set(mention.values)) > 1:
            return Match.AMBIGUOUS
        return Match.EXACT

    def locate(
        self,
        value: Decimal | int | float | str,
        unit: str | None = None,
        kinds: frozenset[Kind] = QUANTITY_KINDS,
    ) -> list[Span]:
        """Spans of the text that can be read as ``value``.

        Honours scale words (1.6 with unit ``"tỷ đồng"``, 1600000000 with ``"đồng"``, and
        1.6 alone all ground ``1,6 tỷ``), percent (82.8 and 0.828 ground ``82,8%``), each
        side of a ratio (the span is that side's digits), leading zeros and ambiguous
        readings.

        A unit constrains the match: ``%`` (or ``phần trăm``) grounds only percent mentions,
        as points or as a fraction; any other unit never grounds a percent. A money unit
        (``đồng``, ``tỷ đồng``, ``USD``) grounds money, or a figure with a scale word. A noun
        unit (``lượt``) grounds neither money nor percents, and any count or measure whose
        own noun does not conflict with it (``lượt`` grounds ``lượt người`` and a bare
        number; ``ngày`` does not ground ``50 ca``). A value as written before a scale word
        (1.6 of ``1,6 tỷ``) grounds only with no unit or a unit carrying that scale. With no
        unit, every quantity reading grounds.

        Args:
            value: the reported value.
            unit: the reported unit, as in the report (scale word included or not).
            kinds: the mention kinds that may ground it (quantities by default; pass
                YEAR/DATE/PERIOD to ground a year).

        Returns:
            Sorted distinct spans; empty when the value is nowhere in the text.
        """
        return [span for span, _ in self.locate_matches(value, unit, kinds)]

    def locate_matches(
        self,
        value: Decimal | int | float | str,
        unit: str | None = None,
        kinds: frozenset[Kind] = QUANTITY_KINDS,
    ) -> list[tuple[Span, Match]]:
        """The spans of :meth:`locate`, each with how the value matched there (:class:`Match`).

        Where one span matches in several ways (an ambiguous figure read twice), the first
        :class:`Match` in declaration order is given.
        """
        table = self._table()
        spec = _read_unit(unit) if unit else None
        found: dict[Span, Match] = {}

        def add(span: Span, mention: NumberMention, how: int) -> None:
            match = self._match(mention, how)
            known = found.get(span)
            if known is None or _MATCH_ORDER[match] < _MATCH_ORDER[known]:
                found[span] = match

        for reading in _as_decimals(value):
            if spec is None:
                for mention, span, how in table.get(reading, ()):
                    if mention.kind in kinds:
                        add(span, mention, how)
                continue
            # In plain units: 1600000000 "đồng", 1.6 "tỷ đồng", 82.8 or 0.828 "%".
            for mention, span, how in table.get(reading * spec.scale, ()):
                if how != _UNSCALED and mention.kind in kinds and _unit_admits(spec, mention):
                    add(span, mention, how)
            if spec.scale == 1:
                continue
            # As written before the scale word the unit names (1.6 "tỷ đồng" for "1,6 tỷ").
            for mention, span, how in table.get(reading, ()):
                if (
                    how != _FRACTION
                    and mention.scale == spec.scale
                    and mention.kind in kinds
                    and _unit_admits(spec, mention)
                ):
                    add(span, mention, how)
        return sorted(found.items())


def locate_value(
    text: str | NumberIndex,
    value: Decimal | int | float | str,
    unit: str | None = None,
) -> list[Span]:
    """Spans of ``text`` that can be read as the quantity ``value``.

    Dates, times, years, codes and names never ground a quantity.

    Args:
        text: the article text, or an index already built over it.
        value: the reported value (int, float, Decimal or str).
        unit: the reported unit: its scale word (``tỷ``) is honoured and it constrains the
            match as in :meth:`NumberIndex.locate` (``%`` grounds only percents ...).

    Returns:
        Sorted distinct spans; empty when none.
    """
    index = text if isinstance(text, NumberIndex) else NumberIndex(text)
    return index.locate(value, unit)
