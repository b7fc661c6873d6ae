"""Indicators of the offline backend: figures, their labels, quotes and categories.

Every value comes from a :class:`~baocao.numerals.NumberMention` of the index and each quote
is a verbatim slice of the article around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from baocao.numerals import (
    COUNT_UNITS,
    QUANTITY_KINDS,
    SCALE_WORDS,
    Kind,
    NumberIndex,
    NumberMention,
    Qualifier,
)
from baocao.offline.dates import period_end_month
from baocao.offline.enums import IndicatorCategory, Measure
from baocao.offline.labels import PHRASE_END_RE, ShownFigure, shown_labels
from baocao.offline.periods import (
    STRUCTURE_HEADS,
    ReportPeriods,
    SentencePeriods,
    column_period,
    indicator_period,
    lower_in_place,
    plan_column,
    sentence_periods,
    spot_figure,
)
from baocao.offline.text import (
    CLAUSE_END_RE,
    COMMA_RE,
    CONNECTIVE_RE,
    CONTEXTLESS_LEAD,
    LETTER,
    MIN_CLAUSE_WORDS,
    SENTENCE_END_RE,
    WINDOW_WORDS,
    Layout,
    Span,
    containing,
    fold,
    near_repeats,
    sentence_end_pattern,
    strip_span,
    table_rows,
    whole_word,
    word_start,
)

# ---------------------------------------------------------------------------------------------
# Regex pieces
# ---------------------------------------------------------------------------------------------

# Indicators.
MAX_QUOTE_CHARS = 100
LABEL_MAX_WORDS = 8
DURATION_UNITS = frozenset({"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "tuổi", "quý"})
# "th" is tháng as a table's header abbreviates it before a year ("6 th/2008", "6 th đầu
# 2009": a column's period, no figure); elsewhere "TH" is trường hợp ("15 TH mắc sốt xuất
# huyết"), a count.
MONTHS_ABBREVIATED_AFTER_RE = re.compile(
    r"[ \t]*th(?:[ \t]*/[ \t]*|[ \t]+(?:đầu|cuối)(?:[ \t]+năm)?[ \t]+)(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
# A number of days beyond a thousand is no span of time but days of care summed over patients
# (ngày điều trị); "1.000 ngày đầu đời" names a programme, so the bound is exclusive.
TOTAL_DURATION_UNITS = frozenset({"ngày"})
# A "done / planned" pair: its two sides (measures reads the same pairs: exceeded_plan_side).
RATIO_SIDES = 2
# Places an online meeting was connected to are its logistics, not the work it reviews.
CONNECTION_BEFORE_CHARS = 40
CONNECTION_BEFORE_RE = re.compile(r"(?:điểm cầu|kết nối)[^.;\n\d]{0,25}$", re.IGNORECASE)
# A place's count of administrative units ("Huyện có 10 đơn vị hành chính (2 thị trấn và 8
# xã)", "có 102 đơn vị hành chính cấp xã, trong đó ...") and its breakdown in the brackets
# after it: the place's make-up, not health work. Only a bare count with nothing said of the
# units after it: a share or a count with a health predicate ("100% đơn vị hành chính cấp xã
# có bác sĩ", "31/31 đơn vị hành chính cấp xã đạt Bộ tiêu chí") is a figure of the work.
ADMIN_UNITS_AFTER_RE = re.compile(
    r"\s*đơn vị hành chính(?:\s+cấp\s+[^\W\d_]+)?\s*(?:[(,.;:]|$|(?:gồm|trực thuộc)(?![^\W\d_]))",
    re.IGNORECASE,
)
ADMIN_UNITS_BREAKDOWN_BEFORE_RE = re.compile(
    r"(?<![0-9/%.,])[0-9]+\s*đơn vị hành chính(?:\s+cấp\s+[^\W\d_]+)?\s*\([^()\n]*$",
    re.IGNORECASE,
)
ADMIN_UNITS_BREAKDOWN_CHARS = 80
# The size of a blood bag after the units it sizes ("60 đơn vị 350 ml", "500 đơn vị máu (loại
# 350ml)", "túi máu 250 ml"): what each unit holds, not a figure of the work.
BAG_SIZE_UNITS = frozenset({"ml"})
BAG_SIZE_BEFORE_RE = re.compile(
    r"(?:(?:đơn vị|túi)(?:\s+máu)?\s*\(?\s*(?:loại\s+)?|(?<![^\W\d_])loại\s+)$", re.IGNORECASE
)
BAG_SIZE_BEFORE_CHARS = 24
# "1 số chuyên ngành khác": "1 số" written for "một số" (some), before the noun it qualifies.
SOME_UNIT = "số"
SOME_NOUN_AFTER_RE = re.compile(r"[ \t]+số[ \t]+[^\W\d_A-ZĐ]")
# "N tử vong" with no noun of its own counts deaths: in the noun of people of the list before
# it ("95 người mắc, 2 tử vong"), else in cases ("Có 3 tử vong", "4.125 ca mắc, 3 tử vong"),
# as the golds write a death count.
DEATHS_AFTER_RE = re.compile(r"\s*tử\s+vong(?![^\W\d_])", re.IGNORECASE)
DEATH_UNIT = "ca"
DEATH_COUNTED_UNITS = frozenset({"người", "trường hợp", "bệnh nhân", "người bệnh", "ca", "trẻ"})
# A single digit after a capitalised name, then a figure ("Tiểu học Tam Hồng 1 410"): the
# name's number (the scanner's school number), not a group of the figure's digits.
NAME_NUMBER_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?P<name>[^\W\d_]+) [0-9] $")
# What opens another item of a list between two equal counts of one sentence: a label's colon
# ("cụm 1: 8 trạm; cụm 2: 8 trạm"), or a place's level and its capitalised name ("xã Lóng Sập 2
# ca, xã Chiềng Khừa 2 ca").
ANOTHER_ITEM_RE = re.compile(
    r":|(?<![^\W\d_])(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP|TX)\s+"
    r"(?P<name>[^\W\d_])",
)
# A national benchmark set beside a local figure, inside its parentheses: "đạt 93,4% (toàn quốc
# đạt 91,2%)", "(kế hoạch 14, bình quân cả nước khoảng 12)": the nation's figure, not the page's.
NATIONAL_BENCHMARK_CHARS = 120
NATIONAL_BENCHMARK_BEFORE_RE = re.compile(
    r"[(,;]\s*(?:(?:bình quân|trung bình)\s+(?:chung\s+)?(?:của\s+)?)?(?:toàn quốc|cả nước)"
    r"\s*(?:đạt|là|có|:)?\s*(?:trên|dưới|khoảng|gần|hơn|chỉ)?\s*$",
    re.IGNORECASE,
)
# The nation's average named outright, its figure after "(", "là", ":" or a verb ("cao hơn bình
# quân cả nước (90,5%)", "so với mức trung bình cả nước là 12,1%"), in or out of parentheses;
# a figure right after the words ("cao hơn bình quân cả nước 2,3 điểm") is the page's gap.
NATIONAL_AVERAGE_CHARS = 60
NATIONAL_AVERAGE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:bình quân|trung bình)\s+(?:chung\s+)?(?:của\s+)?(?:toàn quốc|cả nước)"
    r"\s*(?:\(|đạt|là|có|:)\s*(?:trên|dưới|khoảng|gần|hơn|chỉ)?\s*$",
    re.IGNORECASE,
)
# After the figure that follows the nation's average, what makes it the page's own: a gap's unit
# ("là 2,1 điểm phần trăm", "là 1,5 lần") or a second figure the first is compared with ("bình
# quân cả nước: 90,2% so với 89,0%"). Before the second of such a pair, the nation's figure.
NATIONAL_OWN_AFTER_RE = re.compile(
    r"[\d.,]+\s*(?:(?:điểm|lần)(?![^\W\d_])"
    r"|(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*so\s+với\s+[\d.,]+)",
    re.IGNORECASE,
)
NATIONAL_PAIR_SECOND_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:bình quân|trung bình)\s+(?:chung\s+)?(?:của\s+)?(?:toàn quốc|cả nước)"
    r"\s*(?:là|:)\s*[\d.,]+\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*so\s+với\s*$",
    re.IGNORECASE,
)
# A sentence broken across lines right after a bare figure ("và trên 30\ntuổi là 6.306
# người", "và 20\nngười đang ..."): the word that opens the next line in lower case is the
# figure's own, which the scanner did not read: a counted noun of its lexicon is the unit; any
# other word (an age) leaves the figure no unit, and it takes no other figure's.
LINE_BROKEN_AFTER_RE = re.compile(
    r"[ \t]*\n[ \t]*(?P<word>[^\W\d_]+)(?:[ \t]+(?P<second>[^\W\d_]+))?"
)


# Words that open a predicate or a phrase of their own, never a figure's noun: a bare figure
# before a line break that such a word opens ("có 28 trạm y tế, trong đó 25\nđạt chuẩn", "là
# 45\ntrong cả năm", "tăng 15\nso với") is read as on one line (its unit from its sentence).
NOT_A_NOUN_ACROSS_BREAK = frozenset(
    {
        "đạt", "trong", "so", "là", "được", "có", "tăng", "giảm", "chiếm", "với", "và",
        "của", "tại", "đã", "bằng", "vượt", "không", "chưa", "đang", "trên", "dưới", "như",
    }
)  # fmt: skip


# A year "năm" names, right before a figure ("so với năm 2030 0,25%"): two numbers.
YEAR_NAMED_BEFORE_RE = re.compile(r"(?<![^\W\d_])năm[ \t]+(?:19|20)\d\d[ \t]$", re.IGNORECASE)
# A change from one level to another, "từ 96 lên 112", "từ 12 xuống còn 9": a bare new
# level counts what the old level before it counts.
FROM_LEVEL_BEFORE_RE = re.compile(r"(?<![^\W\d_])từ\s*$", re.IGNORECASE)
TO_LEVEL_BETWEEN_RE = re.compile(r"\s*(?:lên|xuống)(?:\s+(?:còn|mức|đến|tới))?\s*", re.IGNORECASE)
# Background epidemiology on a unit's page, no figure of its work: a figure whose sentence,
# before it, attributes it to research or to the world ("theo các nghiên cứu", "số liệu thống
# kê trên thế giới cho thấy", "theo Tổ chức Y tế thế giới (WHO)"), or that opens on another
# body's report ("Theo báo cáo của ...") and states the country's rate ("tại Việt Nam"). A
# result set against the world's goal ("vượt mục tiêu của WHO là 85%") is not attributed,
# nor the unit's own statistics ("Theo thống kê, trung tâm đã khám ...") or surveys ("Theo
# khảo sát, ..."), nor a figure after the unit's work named past the source
# (BACKGROUND_OWN_WORK_RE): the source governs its own clause, not the unit's.
# A source the unit acts on ("Thực hiện theo khuyến cáo của WHO, ... tiêm ...", "triển khai
# theo ...") is no source of the figures after it: "theo" after an action verb.
BACKGROUND_SOURCE_RE = re.compile(
    r"(?<![^\W\d_])(?<!thực hiện )(?<!triển khai )(?<!áp dụng )(?<!làm )"
    r"theo\s+(?:các\s+)?(?:kết quả\s+)?nghiên cứu(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:nghiên cứu|thống kê|số liệu)[^.;:\n]{0,20}(?:trên|của)\s+(?:toàn\s+)?"
    r"thế giới(?![^\W\d_])"
    r"|(?<![^\W\d_])(?<!thực hiện )(?<!triển khai )(?<!áp dụng )(?<!làm )"
    r"theo\s+(?:khuyến cáo\s+của\s+)?(?:Tổ chức Y tế thế giới|WHO)(?![^\W\d_])",
    re.IGNORECASE,
)
# Words every BACKGROUND_SOURCE_RE match holds ("theo", "thế giới"), lower case: a cheap test
# of the window before the search, which opens on look-behinds and so tries every position.
BACKGROUND_SOURCE_CUES = ("theo", "thế")
BACKGROUND_REPORT_OPENING_RE = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,3}?theo\s+(?:báo cáo|số liệu|thống kê)\s+của(?![^\W\d_])"
    # (not the unit's own report, nor its province's or district's office: "Theo báo cáo của
    # Bệnh viện, năm 2030 đơn vị là một trong số ít bệnh viện tại Việt Nam ...")
    r"(?!\s+(?:bệnh viện|trung tâm|sở|phòng|khoa|trạm|đơn vị|ngành|ủy ban|uỷ ban|ubnd)"
    r"(?![^\W\d_]))",
    re.IGNORECASE,
)
BACKGROUND_COUNTRY_RE = re.compile(r"(?<![^\W\d_])(?:tại|ở)\s+Việt Nam(?![^\W\d_])")
# The unit's own work named after a background source, in a later clause or in the clause the
# source governs ("Theo khuyến cáo của WHO, Trung tâm đã tiêm ...", "..., năm 2030 toàn tỉnh đã
# phát hiện ...", "..., do đó ...", "Theo WHO, năm 2030 tỷ lệ ... của tỉnh đạt 90%"): the
# figures after it are the unit's, not the cited body's. So is research the unit did or its
# level commissioned ("nghiên cứu do Bệnh viện thực hiện trên 512 bệnh nhân", "Theo nghiên
# cứu cấp tỉnh về ...").
_OWN_BODY = r"(?:tỉnh|huyện|thị xã|xã|thành phố|đơn vị|bệnh viện|trung tâm|sở|ngành|khoa)"
BACKGROUND_OWN_WORK_RE = re.compile(
    r"(?<![^\W\d_])(?:đã|do đó|vì vậy|vì thế|toàn (?:tỉnh|huyện|thị xã|thành phố|ngành)"
    rf"|của {_OWN_BODY}|do {_OWN_BODY}|cấp (?:tỉnh|huyện|thành phố|ngành|cơ sở|bộ))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A group's share of the population ("đồng bào dân tộc thiểu số chiếm hơn 62% dân số",
# "Người dân tộc Hà Nhì chiếm 35% dân số"): the place's make-up, no work; when the group is the
# subject of "chiếm" (not after "trong", "của", ...: "tỷ lệ sinh con thứ ba trong đồng bào dân
# tộc chiếm 15% dân số sinh trong năm" is a rate within the group) and is the minorities or a
# named people (its capitalised name).
POPULATION_GROUP_SHARE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?P<lead>[^\W\d_]+)\s+)?(?:(?:đồng bào|người)\s+)?dân tộc"
    r"(?P<name>(?:\s+[^\W\d_]+){0,3}?)\s+chiếm(?:\s+(?:hơn|trên|khoảng|gần|xấp xỉ))?\s*$",
    re.IGNORECASE,
)
POPULATION_GROUP_NOT_SUBJECT = frozenset({"trong", "của", "ở", "với", "giữa", "cho", "tại"})
BACKGROUND_REACH = 300
# ("dân số" ending the noun: not the unit's own group, "chiếm 78% dân số được khám sàng lọc")
POPULATION_AFTER_RE = re.compile(
    r"\s*(?:tổng\s+)?dân số(?![^\W\d_])"
    r"(?!\s+(?:được|đã|đang|bị|tham gia|đến|khám|sàng lọc|tiêm)(?![^\W\d_]))",
    re.IGNORECASE,
)
# A per-population rate's unit with its base after "trên" ("bác sĩ trên 10.000 dân", "giường
# bệnh trên vạn dân"): no slash unit is printed, so the counted noun is the unit (the base goes
# to ``per``), as for a rate named before its figure. A slash unit stays as printed, a redundant
# one before its scale word dropped ("giường/1vạn dân" is "giường/vạn dân").
RATE_AFTER_TREN_RE = re.compile(
    r"(?P<noun>[^\W\d_][^/\d]*?)\s+trên\s+"
    r"(?:\d[\d.]*\s*(?:vạn|nghìn|ngàn|triệu)?|vạn|nghìn|ngàn|triệu)\s*(?:người dân|dân số|dân)",
    re.IGNORECASE,
)
# A per-population rate named before its bare figure, in the figure's sentence ("số giường
# bệnh trên 1 vạn dân (không kể trạm y tế) đạt 22,3", "tỷ lệ bác sĩ trên mỗi vạn dân đạt 12,5",
# "số giường bệnh/vạn dân: đạt 30,16/30"): the figure counts the rate's noun (the counted noun
# of the scanner's lexicon that ends the words before "trên" or "/"), not the base ("dân") nor
# another figure's unit. The nearest such name before the figure, within RATE_NAMED_CHARS, with
# no ";" and no figure with a unit of its own between them.
RATE_NAMED_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?P<words>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})\s*(?:/|trên)\s*"
    r"(?:(?:1|một|mỗi)\s*)?(?:vạn|1(?:[.,]?000){1,2}|10(?:[.,]?000){1,2}|100[.,]?000"
    r"|(?:10|100)\s*(?:nghìn|ngàn)|triệu)\s*(?:người dân|dân số|dân)(?![^\W\d_])",
    re.IGNORECASE,
)
RATE_NAMED_CHARS = 120
# A comma-joined clause with its own subject and verb between the rate's name and the figure
# ("..., tuổi thọ trung bình của người dân đạt 72", "..., tỷ lệ điều dưỡng/bác sĩ đạt 1,8"):
# the figure is that clause's, not the rate's (a part of the rate, "..., trong đó bệnh viện
# chiếm 8", is the rate's).
RATE_OTHER_CLAUSE_RE = re.compile(
    r",(?!\s*trong\s+(?:số\s+)?đó)\s*[^\W\d_][^,;]*?\s(?:đạt|là|chiếm|ở mức)\s*"
    r"(?:[^\W\d_]+\s*)?$",
    re.IGNORECASE,
)
RATE_NAMED_NOUN_WORDS = 3
ONE_BEFORE_SCALE_RE = re.compile(r"/\s*1\s*(?=(?:vạn|nghìn|ngàn|triệu)(?![^\W\d_]))", re.IGNORECASE)
# "chị em" (women as a group; "anh chị em": people as a group) counted, which the scanner reads as
# its first word: the group is the unit, and "chị em phụ nữ" counts women ("phụ nữ").
KINSHIP_UNITS = frozenset({"chị", "anh"})
KINSHIP_AFTER_RE = re.compile(
    r"\s*(?P<group>(?:anh\s+)?chị\s+em)(?:\s+(?P<women>phụ\s+nữ))?(?![^\W\d_])", re.IGNORECASE
)
WOMEN_UNIT = "phụ nữ"
# "<what is counted>: N", the label a phrase of its own (after a clause break or a line start).
LABEL_BEFORE_CHARS = 80
LABEL_BEFORE_RE = re.compile(r"(?:^|[,;:.\n])\s*(?P<label>[^\W\d_][^:;,.\n\d]*?):\s*$")
# The base of a per-capita rate printed as a count: "số giường bệnh trên 10.000 dân".
PER_CAPITA_BASE_NOUNS = frozenset({"dân", "người dân", "dân số"})
PER_CAPITA_BASES = frozenset(Decimal(10) ** power for power in range(3, 7))
PER_CAPITA_BEFORE_RE = re.compile(r"(?:trên|/|mỗi)\s*$", re.IGNORECASE)
# The base of a sex ratio at birth ("số bé trai trên 100 bé gái", "trai/100 cháu gái").
SEX_RATIO_BASE = Decimal(100)
SEX_RATIO_BASE_AFTER_RE = re.compile(
    r"\s+(?:(?:trẻ|bé|cháu)(?:\s+sơ\s+sinh)?\s+)?(?:gái|nữ)(?![^\W\d_])", re.IGNORECASE
)
TOTAL_DURATION_ABOVE = 1000
AVERAGE_CUE_RE = re.compile(r"trung bình|bình quân", re.IGNORECASE)
# A bare number after these words is a document number, rank, round or group, not a count.
NON_COUNT_BEFORE_RE = re.compile(
    r"(?:Đề án|Quyết định|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Kế hoạch|Công văn|Chương trình"
    r"|Dự án|số|vòng|nhóm|hạng|lần thứ|thứ|khóa|khoá|kỳ|tầng|phòng|quý|giai đoạn|cấp|độ|loại"
    r"|mục|điều|khoản|chương|tuyến|mũi|liều|đợt|lần)\s*$",
    re.IGNORECASE,
)
# Money abbreviations normalised to the unit the reports use ("1.000.000đ", "500.000 VNĐ").
MONEY_UNIT = "đồng"
MONEY_UNIT_NAMES: dict[str, str] = {"đ": MONEY_UNIT, "vnđ": MONEY_UNIT, "vnd": MONEY_UNIT}
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
# Health units counted by their capitalised name ("2 Trung tâm Y tế huyện chưa được đầu tư",
# "5 Trạm Y tế", "3 Bệnh viện"): the name is the unit.
FACILITY_UNIT_RE = re.compile(
    r"[ \t]+(?P<noun>Trung tâm Y tế|Trạm Y tế|Bệnh viện|Phòng khám đa khoa|Phòng khám"
    # "15 Trung tâm Tư vấn ...": centres counted by the capitalised start of their name.
    r"|Trung tâm(?=[ \t]+[A-ZĐ])"
    # "09 Hội Đông y cấp huyện; 138 Hội Đông y xã": associations counted by their name.
    r"|Hội[ \t]+Đông[ \t]+y|Hội[ \t]+Châm[ \t]+cứu)"
    r"(?![^\W\d_])"
)
# A count of what an acronym names ("46 CSTĐCS", "2.300 HS", "12 CTV"), in a line set in
# capitals too ("KHÁM 1.200 BN"): the acronym is the unit, not a document code ("QĐ-UBND",
# "12/KH").
ACRONYM_UNIT_RE = re.compile(r"[ \t]+(?P<noun>[A-ZĐ]{2,8})(?![^\W_]|[-/+]|\.[^\W\d_])")
# The subject a bare count completes: "số lượng danh mục kỹ thuật được phê duyệt là 6.254",
# "Số bệnh nhân điều trị nội trú là 4.500", "Tổng số ngày điều trị là 9.120": the noun after
# "số (lượng)" is what is counted ("danh mục" lists it).
SUBJECT_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:số lượng|tổng số|số)\s+(?:danh mục\s+)?"
    # the subject may name its year ("Tổng số lượt khám bệnh trong năm 2023 là 23.480")
    r"(?P<label>[^\W\d_](?:[^\d:;,.\n]|(?<=năm )(?:19|20)\d\d)*?)"
    # the verb may carry the figure's hedge ("là khoảng 12.000", "đạt gần 900"), or be left
    # out ("Số ca phẫu thuật 2.415 (tăng ...)": the figure right after its subject)
    r"(?:\s+(?P<verb>là|đạt)(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|ước))?)?\s+$",
    re.IGNORECASE,
)
SUBJECT_BEFORE_CHARS = 80
# A subgroup of a total the sentence gave, then its figure: "trong đó phụ nữ từ 15 đến 49
# tuổi là 9.774" (the subgroup may name ages or a range, so digits are allowed; "là" is not
# optional here).
SUBGROUP_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])trong đó\s+(?P<label>[^\W\d_][^:;,.\n]*?)"
    r"\s+là(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|ước))?\s+$",
    re.IGNORECASE,
)
# A list of scores: "Kết quả chấm điểm ... như sau: Trung tâm Y tế A: 3,96; Trung tâm Y tế B:
# 3,60": after its lead-in, in the same paragraph, each bare figure labelled by a name is a
# score in "điểm".
SCORE_LIST_INTRO_RE = re.compile(
    r"(?:chấm|xếp|bình xét)[^.:\n]{0,20}điểm[^.:\n]*:(?:[^.\n]|(?<=[0-9])\.(?=[0-9]))*$"
)
SCORE_UNIT = "điểm"
# A hospital's quality evaluation (Bộ tiêu chí chất lượng bệnh viện) scores it on a 5-point
# scale: a bare fraction up to 5 in the sentence of the evaluation, right after "đạt" or a
# colon ("Kết quả đánh giá chất lượng bệnh viện: đạt 3,58 (năm 2022: 3,37)"), is a score in
# "điểm"; not a figure of a sentence that only speaks of quality ("Về chất lượng bệnh viện,
# ... hệ số sử dụng giường 1,2").
QUALITY_SCORE_RE = re.compile(
    r"(?:đánh giá|chấm|kết quả|kiểm tra)[^.!?\n]{0,40}chất lượng bệnh viện", re.IGNORECASE
)
QUALITY_SCORE_BEFORE_RE = re.compile(r"(?:(?<![^\W\d_])đạt(?:\s+được)?|:)\s*$", re.IGNORECASE)
QUALITY_SCORE_BEFORE_CHARS = 16
SENTENCE_BREAK_RE = re.compile(r"[.!?…](?=\s)")
QUALITY_SCORE_MAX = 5
# A score printed over its five-point scale with no unit ("có số điểm cao nhất (4,42/5)"):
# "điểm" named before it in its sentence.
SCORE_NAMED_BEFORE_RE = re.compile(r"(?<![^\W\d_])điểm(?![^\W\d_])[^.!?;\n]*$", re.IGNORECASE)
SCORE_NAMED_CHARS = 160
# Administrative and department nouns a count may name as one coordinated list ("52 xã,
# phường, thị trấn", "11 huyện, thị xã, thành phố", "42 khoa, phòng, trung tâm"): the whole
# list is the unit. A noun followed by a capitalised name is a place ("xã, huyện Đắk Song").
LISTED_UNIT_NOUNS: tuple[str, ...] = (
    "thị trấn",
    "thị xã",
    "thành phố",
    "trung tâm",
    "xã",
    "phường",
    "huyện",
    "quận",
    "khoa",
    "phòng",
)
LISTED_UNIT_RE = re.compile(
    r"[ \t]*,[ \t]*(?P<noun>" + "|".join(LISTED_UNIT_NOUNS) + r")(?![^\W\d_])"
)
# A fraction of places printed before the places' noun ("tại 24/29 quận, huyện", "ở 9/30
# quận"), which the scanner leaves without a unit: the noun is the unit (widened to its list by
# _listed_unit), not the unit of the cases counted before it; a capitalised name or a number
# after the noun names a place instead ("phường Tân An", "quận 5").
PLACE_FRACTION_NOUN_RE = re.compile(
    r"[ \t]+(?P<noun>quận|huyện|thị xã|thị trấn|thành phố|xã|phường)(?![^\W\d_])"
    r"(?:[ \t]+(?P<next>\w))?"
)
# A count right after a health unit's capitalised name qualifies the name ("các Trung tâm Y tế
# 2 chức năng", "lãnh đạo Trung tâm Y tế 11 huyện, thị"): which units, not a figure of work.
FACILITY_NAME_BEFORE_RE = re.compile(r"(?:Trung tâm [Yy] tế|Trạm [Yy] tế|Bệnh viện)[ \t]+\Z")
# The high end may carry its own hedge ("từ 20 đến hơn 25 nghìn lượt", "từ 300 đến gần 450
# bệnh nhân"): still one range.
RANGE_JOIN_RE = re.compile(r"^\s*(?:-|–|—|(?:đến|tới)(?:\s+(?:hơn|gần|trên|dưới|khoảng))?)\s*$")
# A dash between figures of a chain of three or more ("90,2% - 86,8% - 99,1%": the three
# targets of 95-95-95): a list, not a range. Matched at the end of the text before a figure.
DASH_CHAIN_BEFORE_RE = re.compile(r"[0-9]%?\s*[-–—]\s*\Z")
DASH_CHAIN_AFTER_RE = re.compile(r"%?\s*[-–—]\s*[0-9]")
# How far before a figure a chain's dash is looked for.
DASH_CHAIN_WINDOW = 8
# "trẻ từ 5 đến dưới 12 tuổi": a bare lower bound whose upper bound is an age or a duration.
BOUND_JOIN_RE = re.compile(r"^\s*(?:-|–|—|đến|tới)\s*(?:dưới|trên|hết|đủ)?\s*$")
# "tiêm đủ 2 mũi", "3 liều vắc xin": how many doses a schedule has, not doses given (like an
# ordinal "mũi 3", "mũi thứ 2"): a small dose count, or any after "đủ".
DOSE_UNITS = frozenset({"mũi", "liều"})
# Rounds of a campaign after "trong", "qua", "sau" ("trong 6 đợt tiêm chủng, toàn huyện có
# ..."): a span like a duration, not a figure ("tổ chức 6 đợt kiểm tra" is one).
ROUND_UNITS = frozenset({"đợt"})
# How often something recurs: "2 tuần 1 lần", "1 tháng 2 lần", "mỗi quý 1 lần" (a schedule,
# not work done): the times after a length of time or "mỗi"/"hằng"/"hàng" and a period word.
FREQUENCY_UNITS = frozenset({"lần"})
# "ít nhất 1 lần/năm", "2 lần / tháng": how often, per a span, printed with a slash.
FREQUENCY_PER_SPAN_AFTER_RE = re.compile(
    r"\s*lần\s*/\s*(?:ngày|tuần|tháng|quý|năm)(?![^\W\d_])", re.IGNORECASE
)
# ... but a use rate per person and span is a level ("bình quân mỗi người dân đi khám 1,8
# lần/năm", "số lần khám bình quân đạt 2,1 lần/năm, vượt chỉ tiêu 2 lần/năm"): an average, a
# level reached or a target named in the figure's clause, unless a schedule's words stand
# right before it ("định kỳ", "ít nhất"); a fraction of a time is never a schedule.
FREQUENCY_SCHEDULE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:định kỳ|ít nhất|tối thiểu)\s*$", re.IGNORECASE
)
FREQUENCY_LEVEL_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:bình quân|trung bình|đạt|là|chỉ tiêu|kế hoạch|mục tiêu)(?![^\W\d_])",
    re.IGNORECASE,
)
FREQUENCY_CLAUSE_BREAK_RE = re.compile(r"[,;:.()\n]")
FREQUENCY_BEFORE_RE = re.compile(
    r"(?:(?<!trong )(?<!sau )(?<!qua )(?<![\d.,])\d+|(?<![^\W\d_])(?:mỗi|hằng|hàng))"
    r"\s+(?:ngày|tuần|tháng|quý|năm)\s+$",
    re.IGNORECASE,
)
FREQUENCY_CUE_CHARS = 16
SPAN_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:trong|qua|sau)\s+(?:cả\s+)?$", re.IGNORECASE)
# One person's body weight ("bé có cân nặng lúc sinh chỉ 700 gram", "nặng 3,2 kg"): a story,
# not health work. A bound of a counted group ("trẻ nhẹ cân dưới 2.500 gram") and an average
# ("cân nặng trung bình") are not one person's weight.
WEIGHT_UNITS = frozenset({"gram", "gam", "g", "kg", "kilogam", "ki-lô-gam"})
BODY_WEIGHT_BEFORE_RE = re.compile(
    r"(?:cân nặng|\bnặng)(?:[ \t]+(?:lúc|khi)[ \t]+(?:sinh|chào đời|nhập viện|xuất viện))?"
    r"(?:[ \t]+(?:chỉ|chỉ có|khoảng|gần|hơn|là|đạt|còn))?[ \t]+$",
    re.IGNORECASE,
)
BODY_WEIGHT_QUALIFIERS = frozenset({Qualifier.EXACT, Qualifier.APPROX})
# A distance after a figure ("trên 70 km", "cách 30 cây số"): how far a commune lies, not an
# indicator of the sector's work.
DISTANCE_AFTER_RE = re.compile(r"\s*(?:km|ki-?lô-?mét|kilomet|cây số)\b", re.IGNORECASE)
# A building's storeys ("khối nhà 7 tầng"): its description, not health work.
STOREYS_AFTER_RE = re.compile(r"\s*tầng(?![^\W\d_])")
# The meeting's own logistics counted: "với 121 đại biểu", "trên 700 điểm cầu".
LOGISTICS_AFTER_RE = re.compile(r"\s*(?:điểm cầu|đại biểu)(?![^\W\d_])", re.IGNORECASE)
# A sentence that opens on who attended ("Tham dự hội nghị có ...", "Đại biểu dự có ... cùng
# 230 viên chức"): its counts are the meeting's logistics too.
ATTENDANCE_OPENING_RE = re.compile(
    r"\s*(?:[Cc]ác\s+)?(?:[Đđ]ại\s+biểu\s+)?(?:[Tt]ham\s+dự|[Dd]ự)\s+"
    r"(?:(?:hội\s+nghị|buổi\s+lễ|lễ|buổi\s+họp|cuộc\s+họp)\s+)?(?:có|gồm)(?![^\W\d_])"
)
ATTENDANCE_REACH = 240
# Inside a sentence, the clause of who attended: "với sự tham dự của".
ATTENDANCE_CLAUSE_RE = re.compile(
    r"(?<![^\W\d_])(?:sự\s+)?tham\s+dự\s+của(?![^\W\d_])", re.IGNORECASE
)
# A comma or a colon between words (not the decimal comma of "98,5"), and the parentheses it
# may stand in.
CLAUSE_BREAK_RE = re.compile(r"[,:](?=\s)|[()]")
# What opens the report again after that comma or colon (a guest list is comma-separated by
# nature: "lãnh đạo UBND huyện, đại diện 17 trạm y tế xã, ..."): a period or a year ("năm qua",
# "năm 2030", "trong tháng"), the meeting hearing the report ("hội nghị nghe báo cáo"), or a
# unit at its work ("trung tâm (đã) khám ...").
REPORT_AFTER_BREAK_RE = re.compile(
    r"\s*(?:năm\s+(?:qua|nay|\d{4})|trong\s+(?:năm|tháng|quý|kỳ)|(?:\d+|sáu|chín)\s+tháng"
    r"|quý\s+[IV\d]|hội\s+nghị\s+(?:đã\s+)?(?:nghe|đánh\s+giá|thảo\s+luận|thông\s+qua)"
    r"|theo\s+báo\s+cáo|(?:trung\s+tâm|bệnh\s+viện|đơn\s+vị|ngành\s+y\s+tế|toàn\s+(?:huyện"
    r"|tỉnh|ngành))\s+(?:đã\s+)?(?:khám|điều\s+trị|tiêm|thực\s+hiện|triển\s+khai|tiếp\s+nhận"
    r"|đạt|hoàn\s+thành))(?![^\W\d_])",
    re.IGNORECASE,
)
# Or, whatever opens it, a clause with a work verb of its own between that comma and the figure
# ("..., Trung tâm Y tế huyện X đã khám cho ...", "..., tỷ lệ ... đạt ...", "..., toàn huyện có
# ... xã"): a guest list is a list of nouns ("lãnh đạo ..., đại diện ..."), never one -- not
# "có liên quan" of a guest ("các phòng, ban có liên quan") nor "trong đó có" that counts them.
WORK_VERB_RE = re.compile(
    r"(?<![^\W\d_])(?:khám|tiêm|điều\s+trị|đạt|ghi\s+nhận|thực\s+hiện|tiếp\s+nhận"
    r"|phát\s+hiện|triển\s+khai|hoàn\s+thành"
    r"|(?<!\bđó\s)(?<!\bđấy\s)có(?!\s+liên\s+quan\b))(?![^\W\d_])",
    re.IGNORECASE,
)
# A count of guests: the places, units or delegates that attended.
GUEST_COUNT_RE = re.compile(
    r"[\d.,]+\s+(?:tỉnh|thành\s+phố|đơn\s+vị|đại\s+biểu|bệnh\s+viện|sở|huyện|quận|điểm\s+cầu"
    r"|cơ\s+quan)(?![^\W\d_])"
)
# ... up to a ";" or a reporting cue ("Dự hội nghị có ...; theo báo cáo, năm 2030 Trung tâm đã
# khám cho ..."): the work reported after it is the sector's, not the meeting's.
ATTENDANCE_STRETCH_END_RE = re.compile(
    r";|(?<![^\W\d_])(?:theo\s+báo\s+cáo|báo\s+cáo\s+cho\s+biết)(?![^\W\d_])", re.IGNORECASE
)
# A bare number right after "mức" with no unit of its own is a level's ordinal ("34 tiêu chí
# mức 3"), not a count; "ở mức 11,2%", "mức 28 giường/vạn dân" carry their units.
LEVEL_ORDINAL_BEFORE_RE = re.compile(r"(?<![^\W\d_])mức\s+$", re.IGNORECASE)
LEVEL_ORDINAL_CHARS = 8
# ... unless the work was done for them: "tập huấn cho 250 đại biểu" counts who was trained.
SERVED_BEFORE_RE = re.compile(r"(?<![^\W\d_])cho\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$", re.IGNORECASE)
# A rank inside a group ("là 1 trong 6 nước", "là một trong 10 đơn vị"): neither number is
# a figure of health work ("12 trong số 15 xã đạt chuẩn" counts: no "là" before). The left
# number's head and tail, and the right number's head.
RANK_LEFT_BEFORE_RE = re.compile(r"(?<![^\W\d_])là\s+$", re.IGNORECASE)
RANK_OF_AFTER_RE = re.compile(r"\s+trong\s+(?:số\s+)?[0-9]", re.IGNORECASE)
RANK_OF_BEFORE_RE = re.compile(r"(?<![^\W\d_])là\s+(?:1|một)\s+trong\s+(?:số\s+)?$", re.IGNORECASE)
RANK_CUE_CHARS = 24
# The size of the group a unit is ranked in: "cao nhất trong 22 sở, ngành", "dẫn đầu trong số
# 11 huyện", "đứng đầu trong 24 bệnh viện": a rank (a whole word "cao/thấp/nhiều/ít nhất", not
# "thống nhất", "mới nhất", "đầy đủ nhất") before "trong/trên" and a group of units after the
# figure (places, offices, facilities). The cases or samples a share is taken of ("chiếm tỷ lệ
# cao nhất trong 4.320 ca mắc") and what a unit leads on ("đứng đầu trên 3 chỉ tiêu") count.
RANK_GROUP_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:cao|thấp|nhiều|ít)\s+nhất|(?:đứng|dẫn|xếp)\s+đầu|(?:đứng|xếp)\s+cuối)"
    r"\s+(?:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?(?:các\s+)?$",
    re.IGNORECASE,
)
RANK_GROUP_AFTER_RE = re.compile(
    r"\s*(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|sở|ban|ngành|bệnh\s+viện"
    r"|trung\s+tâm|đơn\s+vị|cơ\s+quan|cơ\s+sở|địa\s+phương|trạm|nước|quốc\s+gia)(?![^\W\d_])",
    re.IGNORECASE,
)
# A figure of what would happen if ("chữa khỏi tới 95% nếu được phát hiện sớm"): knowledge
# about a disease or a measure, not the work reviewed; "nếu" right after the figure's unit.
# Not a comparison printed with "nếu" ("tăng 14% nếu so (sánh) với cùng kỳ") nor a counting
# convention ("đạt 93,5% nếu tính cả ...", "nếu không tính ...", "nếu kể cả ..."): the page's
# own figures.
CONDITIONAL_AFTER_RE = re.compile(
    r"\s*%?\s*(?:[^\W\d_]+\s+){0,4}?nếu(?![^\W\d_])"
    r"(?!\s+(?:không\s+)?(?:tính|xét|kể|trừ|loại\s+trừ)(?![^\W\d_]))"
    # (a comparison with a time, a plan or a figure; not with people or a group, "gấp 15 lần nếu
    # so với người không hút": knowledge of a risk)
    r"(?!\s+so(?:\s+sánh)?\s+với\s+(?:\d|(?:cùng\s+kỳ|năm|tháng|quý|kỳ|giai\s+đoạn|kế\s+hoạch"
    r"|chỉ\s+tiêu|trước|đầu|lúc|thời\s+điểm|bình\s+quân|trung\s+bình|mức|tỷ\s+lệ|số)"
    r"(?![^\W\d_])))",
    re.IGNORECASE,
)
# The tiers of the health system ("khám chữa bệnh tại 3 tuyến", "cả 4 tuyến") or of an
# association ("Hội hoạt động ở 4 cấp"): a structure, not a count of work; there are at most
# four tiers (trung ương, tỉnh, huyện, xã).
TIER_UNITS = frozenset({"tuyến", "cấp"})
# Blanks allowed around the unit of a figure that ends a cut page.
CUT_SLACK_CHARS = 4
TIERS_MAX = Decimal(4)
# What a full schedule holds ("tiêm đủ 8 loại vắc xin"), like a dose count after "đủ".
KIND_UNIT = "loại"
# A count inside the label of a rate ("tỷ lệ sinh trên 2 con là 34,5%", "tỷ lệ hộ có từ 3
# người: 12%"): it defines the group the rate is of. The rate's word before (no figure or
# clause break between), and the rate's value after the count's unit; a word of cause or means
# between them ("tỷ lệ ... tăng do đã khám cho 1.640 phụ nữ là 35,5%", "... với 21.000 người có
# sổ là 88%") tells how the rate came about, and the count is a figure of its own. "đã" and
# "khi" sit inside a group ("tỷ lệ cặp vợ chồng đã sinh 3 con", "tỷ lệ trẻ khi sinh có cân nặng
# dưới 2.500 gram") and block only right after a verb of change ("tăng đã", "giảm khi"); "với"
# after "đủ" names what a full schedule holds ("tiêm chủng đầy đủ với 8 loại vắc xin").
_RATE_LABEL_STOP = (
    r"(?<![^\W\d_])(?:do|nhờ|(?<!đủ )với|(?:(?<=tăng )|(?<=giảm ))(?:đã|khi|với))(?![^\W\d_])"
)
_RATE_LABEL_CHAR = rf"(?:(?!{_RATE_LABEL_STOP})[^.;,:()%\n])"
RATE_LABEL_BEFORE_RE = re.compile(
    rf"(?<![^\W\d_])tỷ (?:lệ|suất|số)(?![^\W\d_]){_RATE_LABEL_CHAR}{{0,60}}$", re.IGNORECASE
)
# The rest of the label, then the rate's value ("... từ 4 lần trở lên trong thai kỳ: 96%").
RATE_VALUE_AFTER_RE = re.compile(rf"{_RATE_LABEL_CHAR}{{0,40}}?(?:là|:)\s*[0-9][0-9.,]*\s*%")
RATE_LABEL_CHARS = 80
# The figures a rate's label may hold: counts and measures ("dưới 2.400g").
RATE_LABEL_KINDS = frozenset({Kind.COUNT, Kind.MEASURE})
# Words that open a label before the noun it counts ("tổng số xét nghiệm: 389.063").
LABEL_TOTAL_WORDS = ("tổng", "số")
# The abbreviations a table's row label opens with for what it counts ("Tổng số BN điều trị
# nội trú", "Số lần khám tại PK"), as health reports print them.
ROW_LABEL_ABBREVIATIONS: dict[str, str] = {
    "bn": "bệnh nhân",
    "gb": "giường bệnh",
    "bv": "bệnh viện",
    "pk": "phòng khám",
    "th": "trường hợp",
}
DOSE_SCHEDULE_MAX = Decimal(4)
DOSE_SCHEDULE_BEFORE_RE = re.compile(r"(?<![^\W\d_])đủ\s*$", re.IGNORECASE)
DOSE_CUE_CHARS = 12
YEAR_LIKE = range(1900, 2101)
# A bulleted item ("- Tổng số sinh: 520 trẻ"), and the heading of a section of estimates it
# may belong to ("* Ước cuối năm 2017:", "Ước thực hiện cả năm:").
BULLET_LINE_RE = re.compile(r"[ \t]*[-+•–][ \t]")
ESTIMATE_HEADING_RE = re.compile(r"[ \t*•+–-]*Ước(?![^\W\d_])[^\n]{0,60}:[ \t]*$")
# A sentence or a ";"-clause that opens on "Ước" (estimated: "Ước thực hiện", "Ước cả năm",
# "Ước tỷ lệ ...", "Ước thu ..."), not on a wish ("Ước mơ", "Ước mong", "Ước nguyện", "Ước
# vọng"): its figures are estimates.
ESTIMATE_OPENING_RE = re.compile(r"\s*Ước(?![^\W\d_])(?!\s+(?:mơ|mong|nguyện|vọng)(?![^\W\d_]))")
# A sentence's end (text.SENTENCE_END_RE: not the thousands dot inside a figure) or a
# ";"-clause's, and how far back it is sought.
ESTIMATE_CLAUSE_END_RE = re.compile(sentence_end_pattern(";"))
ESTIMATE_REACH = 300
PERCENT_UNIT = "%"
PERCENT_MAX = Decimal(100)
# A label ends where the clause moves on from what is counted.
LABEL_STOP_RE = re.compile(
    r"\s(?:đạt|so với|so cùng kỳ|trong đó|tăng|giảm|chiếm|với|bằng|là|gồm|tại|của|được|tiến hành"
    r"|thực hiện|tỷ lệ|nhằm|để|như|theo|cho|đến|từ)(?:\s.*|$)",
    re.IGNORECASE | re.DOTALL,
)
# Words between the figure and the noun that say nothing about what is counted.
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
# Units of blood a drive collects ("thu được 640 đơn vị máu", "góp 210 đơn vị máu"), not the
# units a hospital transfuses ("truyền 900 đơn vị máu") or screens.
# (Each verb written out with the rest after it, not as a group first: a table pattern whose
# alternatives all open with a literal lets the regex engine skip ahead to their first letters.)
_BLOOD_COLLECTED = "|".join(
    rf"{verb}[ \t]+(?:được[ \t]+)?(?:hơn[ \t]+|gần[ \t]+|trên[ \t]+)?[\d.,]+[ \t]+đơn vị máu"
    for verb in ("tiếp nhận", "thu được", "thu về", "thu", "góp", "vận động được")
)
# The non-communicable diseases of a programme, by name or acronym ("bệnh nhân THA được quản
# lý", "sàng lọc ĐTĐ"). The texts are read lower-cased, where the acronym THA is also a
# place's or person's name ("xã Tha La") and a verb ("tha thiết"), so it counts only after
# the patients, the care or the screening that name a disease ("người mắc THA", "quản lý
# THA, ĐTĐ"), or beside the other acronym ("THA, ĐTĐ").
_NCD_BEFORE_ACRONYM = (
    "bệnh nhân",
    "người bệnh",
    "người mắc",
    "mắc",
    "bệnh",
    "quản lý",
    "điều trị",
    "sàng lọc",
    "phát hiện",
    "khám",
)
# (each word before the acronym written out, literal first: see _BLOOD_COLLECTED)
_NON_COMMUNICABLE = (
    "tăng huyết áp|"
    + "|".join(
        rf"{word_start(word, not_after=LETTER)}\s+{whole_word('tha')}"
        for word in _NCD_BEFORE_ACRONYM
    )
    + rf"|{whole_word('tha')}(?=\s*(?:,|và)\s*đtđ(?![^\W\d_]))"
    rf"|đái tháo đường|{whole_word('đtđ')}|không lây nhiễm"
)
# The kinds of health record that are the personal one of the digital programme: electronic,
# personal, or the whole population's ("... người dân", "... cho 9.000 người dân").
_RECORD_KIND = (
    r"\s+(?:điện tử|cá nhân|toàn dân|người dân)"
    r"|\s+cho\s+(?:(?:hơn|gần|trên|khoảng)\s+)?[\d.,]+\s+(?:nghìn\s+|ngàn\s+)?(?:người dân|dân)"
    r"(?![^\W\d_])"
)
# Poisoning, food's unless a poison that is no food is named ("ngộ độc do ong đốt", "ngộ độc
# vì rắn cắn", "ngộ độc khí CO").
_FOOD_POISONING = (
    r"ngộ độc(?!\s+(?:(?:vì|do|bởi)\s+)?(?:rắn|rết|côn trùng|ong|khí|hóa chất|hoá chất|thuốc))"
)
# Health facilities counted by their kind's name (the figure's label opens with it): "bệnh
# viện", "phòng khám (đa khoa)", "nhà thuốc", "quầy thuốc", "trung tâm y tế", "nhà hộ sinh".
# Facilities counted in lower case, a kind (a capitalised name counts named units); not when
# an administrative act on them is counted (licensed, renamed), nor in a sentence whose strong
# keywords name another area than care or insurance (the work they carry out).
FACILITY_ACT_RE = re.compile(r"cấp phép|giấy phép|đổi tên")
FACILITY_NETWORK_SENTENCES = frozenset(
    {None, IndicatorCategory.MEDICAL_CARE, IndicatorCategory.INSURANCE}
)
FACILITY_COUNTED_RE = re.compile(
    r"(?:bệnh viện|phòng khám(?: đa khoa)?|nhà thuốc|quầy thuốc|trung tâm y tế|nhà hộ sinh)"
    r"(?![^\W\d_])"
)
# Opioid substitution treatment named in words, methadone's programme (the HIV/AIDS one):
# "điều trị thay thế (nghiện) (các chất dạng thuốc phiện)", "cơ sở điều trị thay thế"; not
# detox ("cai nghiện"), nor an organ's, the plasma's or a hormone's replacement ("điều trị
# thay thế thận liên tục", "... huyết tương", "điều trị thay thế cho 48 bệnh nhân suy thận",
# "điều trị thay thế bằng hormone"): the words right after "thay thế" name the addiction or
# the drug; a bare "cho", "bằng" or a punctuation mark does not say the care is for opioids.
_OPIOID_SUBSTITUTION = (
    r"(?:cơ sở|điểm) điều trị thay thế(?![^\W\d_])"
    r"|điều trị thay thế(?=\s*(?:bằng\s+(?:thuốc\s+)?)?(?:nghiện|methadone|buprenorphine"
    r"|(?:các\s+)?chất dạng thuốc phiện)(?![^\W\d_]))"
    r"|chất dạng thuốc phiện"
)
# Category keywords specific to one area of the genre: they win over the table below wherever
# they occur in the figure's label or quote, in this order (a referral or an award is counted in
# patients or people, a bed-occupancy rate names beds, a BHYT coverage rate names the
# population). Awards and plan targets ("hoàn thành 11/12 chỉ tiêu") are `other`.
_STRONG_CATEGORY_PATTERNS: tuple[tuple[IndicatorCategory, str], ...] = (
    (IndicatorCategory.REFERRAL, r"chuyển tuyến|chuyển viện|chuyển lên tuyến"),
    (
        IndicatorCategory.OTHER,
        r"giấy khen|bằng khen|khen thưởng|thành tích xuất sắc|thi đua|các chỉ tiêu"
        # awards by praise ("được huyện biểu dương"), and research topics and initiatives
        r"|tuyên dương|biểu dương|sáng kiến|đề tài"
        # (not "đạt 115,7% chỉ tiêu kế hoạch", "đạt 99% so với chỉ tiêu kế hoạch", "(chỉ tiêu
        # kế hoạch năm 2031 đề ra 70%)": a share of one activity's plan, or its target named)
        # (literal first, the words it may not follow checked after it: see _BLOOD_COLLECTED)
        r"|chỉ tiêu kế hoạch(?<!%chỉ tiêu kế hoạch)(?<!% chỉ tiêu kế hoạch)"
        r"(?<!\(chỉ tiêu kế hoạch)(?<!so với chỉ tiêu kế hoạch)"
        r"|chỉ tiêu được giao|chỉ tiêu chuyên môn"
        # blood donation (drives, donors, units collected): a civic campaign the schema has no
        # area for, whatever the sentence's money or staff words ("thu được 640 đơn vị máu");
        # not units a hospital transfuses or a laboratory screens, which keep their area
        rf"|hiến máu|{_BLOOD_COLLECTED}",
    ),
    (
        IndicatorCategory.HIV_AIDS,
        rf"{whole_word('hiv')}|{whole_word('aids')}|methadone|{whole_word('arv')}"
        rf"|{_OPIOID_SUBSTITUTION}",
    ),
    (
        IndicatorCategory.DIGITAL_HEALTH,
        # personal health records, whatever their medium ("hồ sơ sức khỏe cá nhân", "hồ sơ
        # quản lý sức khỏe", "lập hồ sơ sức khỏe cho 9.000 người dân"), as the golds file
        # them; not a bare "hồ sơ sức khỏe", which is also the file of a fitness exam ("khám
        # tuyển và lập hồ sơ sức khỏe cho 420 thanh niên", "... cho 900 công nhân")
        rf"hồ sơ (?:quản lý )?sức kh(?:ỏe|oẻ)(?:{_RECORD_KIND})"
        r"|hồ sơ quản lý sức khỏe|hồ sơ quản lý sức khoẻ"
        r"|bệnh án điện tử|chuyển đổi số|căn cước"
        r"|định danh điện tử|vneid|vssid|không dùng tiền mặt|phần mềm|công nghệ thông tin"
        r"|liên thông dữ liệu|kết nối liên thông"
        # visits to a website or portal ("16 triệu lượt truy cập website")
        r"|lượt truy cập",
    ),
    # Revenue, whatever fund it comes from ("thu từ quỹ bảo hiểm y tế chiếm 78%"), is finance.
    # ("thu dung": admitting patients, not revenue.)
    (
        IndicatorCategory.FINANCE,
        r"tổng thu(?! dung)|nguồn thu|thu sự nghiệp|thu từ quỹ|thu từ nguồn",
    ),
    (IndicatorCategory.INSURANCE, rf"bảo hiểm y tế|{whole_word('bhyt')}|thẻ bảo hiểm"),
    (
        IndicatorCategory.TECHNICAL_SERVICES,
        rf"kỹ thuật mới|kĩ thuật mới|danh mục kỹ thuật|{whole_word('dmkt')}",
    ),
    (IndicatorCategory.DISEASE_CONTROL, _NON_COMMUNICABLE),
    (IndicatorCategory.INFRASTRUCTURE, r"giường bệnh/vạn"),
    (
        IndicatorCategory.WORKFORCE,
        r"bác sĩ/vạn|bác sỹ/vạn|có bác sĩ|có bác sỹ|cộng tác viên dân số",
    ),
    # Staff income and allowances, disbursement and the public-investment plan: finance.
    (
        IndicatorCategory.FINANCE,
        r"thu nhập tăng thêm|thu nhập bình quân|phụ cấp|giải ngân|đầu tư công",
    ),
    (IndicatorCategory.INFRASTRUCTURE, r"vốn đầu tư|sửa chữa|nâng cấp|cải tạo"),
    # Equipment, however it was paid for (xã hội hóa, investment): "2 máy siêu âm", "trị giá".
    (
        IndicatorCategory.INFRASTRUCTURE,
        rf"trang thiết bị|thiết bị y tế|{whole_word('máy')}(?! tính| bay)",
    ),
    # Maternal and reproductive care across a place is the population programme's
    # (examples/gold/README.md), though counted in visits ("lượt khám thai", "khám phụ khoa");
    # a ward, its doctors or a clinic named for gynaecology ("khoa Sản - Phụ khoa", "phòng
    # khám phụ khoa") and a cancer screened for ("ung thư phụ khoa") are not that care; beside
    # a tetanus shot joined to it ("khám thai và tiêm phòng uốn ván", "khám thai, tiêm phòng
    # uốn ván") the figure is the vaccination's; a figure of its own between them ("khám thai
    # đủ 4 lần đạt 91%, tiêm phòng uốn ván ...") stays the check-ups'.
    (
        IndicatorCategory.POPULATION,
        r"khám thai(?!\s*(?:và|,)\s*(?:được\s+)?tiêm phòng uốn ván)"
        r"|(?<!phòng )khám phụ khoa|điều trị phụ khoa"
        r"|bệnh phụ khoa|viêm nhiễm đường sinh sản|chăm sóc sau sinh",
    ),
    (
        IndicatorCategory.MEDICAL_CARE,
        # ("công xuất": the common misspelling of "công suất"; "tỷ lệ sử dụng giường bệnh"
        # and "sử dụng giường đạt 88%" name the same occupancy rate)
        r"sử dụng giường|khám chữa bệnh|khám, chữa bệnh"
        r"|điều trị nội trú|mổ lấy thai|sinh mổ|mổ đẻ"
        r"|điều trị ngoại trú|phẫu thuật|thủ thuật|hài lòng|lượt khám|khám cho|khám bệnh cho",
    ),
)
# The label of a share of a plan ("115,7% chỉ tiêu kế hoạch", "98% kế hoạch năm").
PLAN_SHARE_LABEL_RE = re.compile(r"(?:tỷ lệ\s+)?(?:so với\s+)?(?:chỉ tiêu\s+)?kế hoạch")
# An activity reaching a share of its plan ("khám cho 64.120 lượt, đạt 104,2% chỉ tiêu kế
# hoạch"); "hoàn thành 100% chỉ tiêu kế hoạch năm" is the plan itself (`other`).
PLAN_SHARE_REACHED_RE = re.compile(
    r"đạt\s+[0-9][0-9.,]*\s*%\s*(?:so với\s+)?(?:chỉ tiêu\s+)?kế hoạch"
)
# Category keyword table: the first category whose pattern occurs in the label, else in the
# quote, else in the sentence, wins. Specific programmes come before general care words.
# The patterns are lower case and run over lower-cased text (cheaper than IGNORECASE), and
# every alternative starts with a literal (whole words through whole_word) so a search skips ahead.
# "Chương trình mục tiêu Y tế - Dân số" names a funding source, not population work.
# The HIV programme's key populations: men who have sex with men, sex workers, people who
# inject drugs ("nhóm MSM", "người bán dâm", "người tiêm chích ma túy").
_HIV_KEY_POPULATIONS = (
    rf"quan hệ tình dục đồng giới|bán dâm|nghiện chích|tiêm chích ma túy|{whole_word('msm')}"
)
# Tuberculosis ("lao"), not labour ("lao động").
_TUBERCULOSIS = rf"{whole_word('lao')}(?! động)"
# A disease programme's treatment outcomes: success and loss ("tỷ lệ điều trị thành công").
_PROGRAMME_OUTCOMES = r"điều trị thành công|bỏ trị"
# A mental patient or illness ("bệnh nhân tâm thần", "người bệnh động kinh", "bệnh tâm thần",
# "trường hợp tâm thần phân liệt", "người mắc trầm cảm"; schizophrenia and depression by
# their own names): not a neurology patient ("tâm thần kinh") nor a mental hospital ("Bệnh
# viện Tâm thần").
_MENTAL_ILLNESS = r"(?:tâm thần(?! kinh)|động kinh|trầm cảm)"
_MENTAL_PATIENT = (
    rf"(?:(?<![^\W\d_])(?:bệnh nhân|người bệnh|người mắc|bệnh|trường hợp|ca)\s+{_MENTAL_ILLNESS}"
    r"|tâm thần phân liệt|trầm cảm)"
)
# The community mental-health programme: its patients found, managed, kept stable in the
# community or counted across the province ("xã quản lý 1.200 người bệnh động kinh ở cộng
# đồng", "bệnh nhân tâm thần toàn huyện"), and the project by its name; not a
# mental hospital's own patients (a diagnosis's share of its inpatients, the province's
# patients it treats "tại bệnh viện"), nor its beds or visits.
_MENTAL_PROGRAMME = (
    rf"(?:quản lý|phát hiện)[^.;\n]{{0,60}}{_MENTAL_PATIENT}"
    rf"|{_MENTAL_PATIENT}[^.;\n]{{0,60}}(?:cộng đồng|quản lý|ổn định|tái hòa nhập|phát hiện"
    r"|(?:toàn tỉnh|toàn huyện)(?![^.;\n]*tại bệnh viện))"
    r"|sức khỏe tâm thần (?:tại |dựa vào )?cộng đồng|bảo vệ sức khỏe tâm thần"
)
MENTAL_PROGRAMME_RE = re.compile(_MENTAL_PROGRAMME)
_NAMED_DISEASES = (
    rf"sốt xuất huyết|sốt rét|{_TUBERCULOSIS}|tay chân miệng|bệnh dại"
    rf"|{whole_word('sởi')}"
    r"|bạch hầu|ho gà|thủy đậu|thuỷ đậu"
    # the common infections of a surveillance list ("cúm 1.010 ca, tiêu chảy 86 ca")
    rf"|{whole_word('cúm')}|tiêu chảy|quai bị|viêm não|thương hàn"
    # leprosy and the sexually transmitted infections of a dermatology programme
    # (leprosy also bare after "mắc", "chống", "loại trừ": "phát hiện 7 người mắc phong",
    # "chương trình chống phong"; never "phong trào", "phong tặng", nor the wind ailments of
    # traditional medicine, "mắc phong thấp / phong hàn / phong nhiệt")
    r"|bệnh phong|nhân phong|(?:mắc|chống|loại trừ) phong(?![^\W\d_])"
    r"(?!\s+(?:thấp|tê|hàn|nhiệt|thủy|thuỷ|tỏa|toả|trào|tặng|cách)(?![^\W\d_]))"
    r"|giang mai|bệnh lậu|mồng gà|lây truyền qua đường tình dục"
    r"|lây qua đường tình dục"
    rf"|{_MENTAL_PROGRAMME}"
)
# A maternity hospital or ward ("Bệnh viện Phụ sản", "Bệnh viện Sản Nhi", "khoa Sản"): the
# maternal care it gives is its own (MATERNITY_UNIT_RE, below, only names the hospital kind).
MATERNITY_WARD_RE = re.compile(
    r"(?:[Bb]ệnh viện|BV)[ \t]+(?:[Pp]hụ[ \t]+[Ss]ản|[Ss]ản[ \t]+[Nn]hi|[Ss]ản(?![^\W\d_]))"
    r"|[Kk]hoa[ \t]+[Ss]ản"
)
# Patients admitted or kept in hospital ("ca nhập viện"): the hospital's care, but a disease's
# cases in a sentence that names the disease ("N ca mắc sốt xuất huyết, trong đó M ca phải nhập
# viện"; CARE_ACTIVITY_RE leaves them out).
_ADMISSION = r"nhập viện|nằm viện"
# Care given: examinations, treatment, discharges, procedures, traditional medicine.
_CARE_ACTIVITY = (
    rf"khám|chữa bệnh|{whole_word('kcb')}|điều trị|nội trú|ngoại trú|phẫu thuật|cấp cứu"
    r"|công suất|cấp thuốc|cấp phát thuốc|khỏi bệnh"
    # patients discharged ("ca xuất viện"; admissions: _ADMISSION)
    r"|xuất viện|ra viện"
    r"|châm cứu|cấy chỉ|xoa bóp|bấm huyệt|điện châm|cổ truyền"
    rf"|{whole_word('yhct')}|không dùng thuốc|đột quỵ|tái thông|tiêu sợi huyết"
    # paraclinical services are care too
    r"|chụp|x quang|x-quang|siêu âm|điện tim|nội soi|cận lâm sàng"
    # operations by their everyday name ("ca mổ", "mổ cấp cứu"), as "phẫu thuật" (not a
    # slaughterhouse's "giết mổ", "giết, mổ", "lò mổ", "mổ gia cầm" (read where a clause's
    # comma cuts "giết" off), nor "mổ xẻ")
    rf"|(?<![Gg]iết\s)(?<![Gg]iết,\s)(?<![Ll]ò\s){whole_word('mổ')}"
    r"(?!\s+(?:xẻ|gia\s+(?:súc|cầm)|lợn|heo|trâu|bò)(?![^\W\d_]))"
)
CATEGORY_PATTERNS: tuple[tuple[IndicatorCategory, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern))
    for category, pattern in (
        # a blood drive's sentence lends its figures its area (see the strong patterns)
        (IndicatorCategory.OTHER, rf"hiến máu|{_BLOOD_COLLECTED}"),
        (IndicatorCategory.COVID19, r"covid|sars-cov|corona"),
        # Rabies shots after a bite are the rabies programme, not routine immunisation.
        (
            IndicatorCategory.DISEASE_CONTROL,
            r"phòng dại|bệnh dại|chó cắn|mèo cắn|chó, mèo cắn|súc vật cắn",
        ),
        (
            IndicatorCategory.HIV_AIDS,
            rf"{whole_word('hiv')}|{whole_word('aids')}|methadone|{whole_word('arv')}"
            rf"|{_OPIOID_SUBSTITUTION}"
            # the programme's key populations, counted or reached by its outreach
            rf"|{_HIV_KEY_POPULATIONS}",
        ),
        (
            IndicatorCategory.VACCINATION,
            r"tiêm chủng|vắc[ -]?xin|vaccine|mũi tiêm|được tiêm|tiêm bù|tiêm đủ|tiêm nhắc"
            r"|tiêm vét|tiêm ngừa|tiêm phòng uốn ván",
        ),
        (
            IndicatorCategory.FOOD_SAFETY,
            rf"thực phẩm|{whole_word('attp')}|{_FOOD_POISONING}|bếp ăn",
        ),
        (IndicatorCategory.REFERRAL, r"chuyển tuyến|chuyển viện|chuyển lên tuyến"),
        (IndicatorCategory.INSURANCE, rf"bảo hiểm y tế|{whole_word('bhyt')}|thẻ bảo hiểm"),
        # Vector control and blood slides of a malaria programme, before population: "dân số
        # được bảo vệ bằng màn tẩm hóa chất" counts people protected from mosquitoes.
        (
            IndicatorCategory.DISEASE_CONTROL,
            r"diệt muỗi|màn tẩm|tẩm màn|hóa chất tồn lưu|hoá chất tồn lưu|lam máu",
        ),
        (
            IndicatorCategory.POPULATION,
            r"dân số(?<!y tế - dân số)(?<!y tế-dân số)|sinh con|kế hoạch hoá gia đình"
            r"|kế hoạch hóa gia đình|khhgđ|tránh thai"
            # contraceptive methods by name ("ca triệt sản", "đặt vòng", "dụng cụ tử cung")
            r"|triệt sản|đặt vòng|dụng cụ tử cung"
            # prenatal and newborn screening, however it is named ("tầm soát trước sinh", the
            # heel-prick blood test "lấy máu gót chân")
            r"|(?:sàng lọc|tầm soát) (?:trước sinh|sơ sinh)|lấy máu gót chân"
            r"|mất cân bằng giới tính|con thứ 3|con thứ ba|sức khỏe sinh sản|sức khoẻ sinh sản"
            rf"|{whole_word('đẻ')}|sinh tại|sinh con tại|khám thai|quản lý thai"
            r"|sinh đẻ|giới tính khi sinh|trước kết hôn|tiền hôn nhân|tỷ suất sinh|tỉ suất sinh"
            # births counted ("24.464 trẻ mới sinh", "trẻ em sinh ra")
            r"|trẻ mới sinh|trẻ sinh ra|trẻ em sinh ra|trẻ được sinh ra",
        ),
        # iodine deficiency (iodised salt, goitre; "i-ốt", "iốt" or "iod") is a micronutrient
        # programme's (not the malaria and goitre centre named by a malaria figure)
        (
            IndicatorCategory.NUTRITION,
            r"dinh dưỡng|vi chất|vitamin|thấp còi|nhẹ cân|(?:muối|thiếu) (?:i[ -]?ốt|iod)"
            r"|(?<!sốt rét )bướu cổ",
        ),
        (
            IndicatorCategory.DIGITAL_HEALTH,
            r"chuyển đổi số|điện tử|vneid|vssid|phần mềm|không dùng tiền mặt|công nghệ thông tin"
            r"|liên thông dữ liệu|kết nối liên thông",
        ),
        # Rehabilitation is care, its techniques included; not the name of a unit.
        (
            IndicatorCategory.MEDICAL_CARE,
            r"phục hồi chức năng(?<!viện phục hồi chức năng)(?<!tâm phục hồi chức năng)"
            r"(?<!khoa phục hồi chức năng)",
        ),
        (IndicatorCategory.TECHNICAL_SERVICES, rf"kỹ thuật|kĩ thuật|{whole_word('dmkt')}"),
        (
            IndicatorCategory.DISEASE_CONTROL,
            rf"{_NAMED_DISEASES}|dịch bệnh|ổ dịch|vụ dịch|truyền nhiễm|không lây nhiễm"
            rf"|{_NON_COMMUNICABLE}|lăng quăng|bọ gậy|ca mắc|mắc mới|tử vong"
            r"|phòng,? chống dịch|diệt muỗi|phun hóa chất|phun hoá chất"
            # a programme's own measures: suspected cases tested, cases treated to the
            # regimen, its outcomes
            rf"|nghi ngờ|đúng phác đồ|{_PROGRAMME_OUTCOMES}"
            # border health quarantine of travellers, aircraft and ships (after food safety:
            # a food supplier's quarantine certificate stays food safety)
            r"|kiểm dịch",
        ),
        (IndicatorCategory.INSPECTION, r"thanh tra|kiểm tra|xử phạt|vi phạm|hậu kiểm"),
        (
            IndicatorCategory.WORKFORCE,
            r"bác sĩ|bác sỹ|dược sĩ|điều dưỡng|nhân viên y tế|cán bộ|nhân lực|viên chức|đào tạo"
            rf"|tập huấn|tuyển dụng|{whole_word('y sĩ')}|{whole_word('y sỹ')}"
            # staff positions and appointments ("số người làm việc được giao", "bổ nhiệm")
            r"|người làm việc|bổ nhiệm",
        ),
        (
            IndicatorCategory.INFRASTRUCTURE,
            r"giường|cơ sở vật chất|trang thiết bị|tiêu chí|chuẩn quốc gia|xây dựng|xây mới"
            r"|trạm y tế",
        ),
        (
            IndicatorCategory.FINANCE,
            # "thu" and "chi" as money, not "thu hút" (attract), "thu nhận" (admit patients),
            # "thu thập" / "thu gom" (collect), "chi bộ" (a party cell). ("thu dung" stays: an
            # activity, it then takes the topic of its sentence.)
            rf"kinh phí|ngân sách|tài chính|doanh thu"
            rf"|{whole_word('thu')}(?! hồi| hút| nhận| thập| gom)"
            rf"|{whole_word('chi')}(?! cục| bộ| hội| nhánh)"
            r"|nguồn vốn|đầu tư",
        ),
        (IndicatorCategory.MEDICAL_CARE, rf"{_CARE_ACTIVITY}|{_ADMISSION}|người bệnh|bệnh nhân"),
    )
)
NO_FOOD_CATEGORY_PATTERNS = tuple(
    (category, pattern)
    for category, pattern in CATEGORY_PATTERNS
    if category != IndicatorCategory.FOOD_SAFETY
)
# A patient count whose own words name no care given ("Xã B có 37 bệnh nhân (giảm 12 bệnh
# nhân)", "M ca phải nhập viện") in a sentence naming a disease counts that disease's cases:
# its programme's. (Patients received too, which the table leaves to the sentence: "tiếp
# nhận" also takes complaints.)
CARE_ACTIVITY_RE = re.compile(rf"{_CARE_ACTIVITY}|tiếp nhận|tiếp đón")
# A part's share of a whole the sentence counts ("trạm y tế chiếm 6%").
SHARE_OF_WHOLE_RE = re.compile(r"(?<![^\W\d_])chiếm(?![^\W\d_])")
# What makes a share the facilities' own ("số trạm đạt chuẩn quốc gia chiếm 90%", "xây mới",
# "nâng cấp"): facilities counted, whatever care the sentence's other parts count.
FACILITY_WORK_RE = re.compile(r"đạt chuẩn|xây|nâng cấp|sửa chữa|cải tạo")
# A subset printed after the figure ("310 bệnh nhân nằm viện, trong đó 38 bệnh nhân sốt xuất
# huyết") names its own disease, not the whole's.
SUBSET_AFTER_RE = re.compile(r"(?<![^\W\d_])trong\s+đó(?![^\W\d_])", re.IGNORECASE)
# A bare "ca" (case) is a disease cue only when nothing else names the area, not in the label,
# the quote, the list item nor the sentence: births ("ca đẻ"), treatments ("châm cứu 300 ca"),
# stroke admissions and referrals ("Chuyển tuyến: 2.136 ca") are counted in cases too.
BARE_CASE_RE = re.compile(rf"{word_start('ca')}s?\b")
# The worth of things the sentence names ("tổng trị giá khoảng 1,2 tỷ đồng").
WORTH_RE = re.compile(r"\s*(?:tổng\s+)?trị giá")
# Chip ID cards and the national e-ID app: a figure in the same ``;``-part (else sentence)
# counts their use.
# (the case variants of the cues' first letters, then each cue's rest under IGNORECASE: a
# whole-pattern IGNORECASE gives the regex engine no first character to skip ahead to)
ID_CARD_RE = re.compile(
    r"[cCvVđĐ](?:(?<=[cC])(?i:ăn cước)|(?<=[vV])(?i:neid)|(?<=[đĐ])(?i:ịnh danh điện tử))"
)
# The organiser's kind as context, like the population office: a unit whose work is one area
# reads its own figures in that area (unit_kind names the kind, _unit_kind_category applies it).
# A maternity hospital's deliveries, caesareans, newborn deaths and IVF are its care (births
# counted by a district or commune stay population work, its newborn screening too, and a
# named disease its own).
MATERNITY_UNIT_RE = re.compile(r"sản[ \t]*[-–]?[ \t]*nhi|phụ sản", re.IGNORECASE)
OBSTETRIC_RE = re.compile(
    rf"sản phụ|đỡ đẻ|{whole_word('đẻ')}|sinh mổ|mổ lấy thai|mổ đẻ|sơ sinh|sinh non|chuyển phôi"
    r"|thụ tinh|có thai|hỗ trợ sinh sản|thai lâm sàng"
)
MATERNITY_CARE_FROM = frozenset(
    {
        IndicatorCategory.POPULATION,
        IndicatorCategory.NUTRITION,
        IndicatorCategory.OTHER,
        IndicatorCategory.TECHNICAL_SERVICES,
        IndicatorCategory.DISEASE_CONTROL,
        None,
    }
)
SCREENING_RE = re.compile(r"sàng lọc")
# A testing laboratory (Trung tâm Kiểm nghiệm): its drug and cosmetic samples, failures and
# recalls are quality inspection, its food samples food safety, its accredited methods (phép
# thử) its techniques; staff, money and equipment keep their own categories.
# The worth or cost of free care or gifts ("khám miễn phí cho 300 lượt người với tổng trị giá
# 15 triệu đồng", "tặng quà, khám chữa bệnh nhân đạo ... với tổng kinh phí trên 1,3 tỷ đồng"):
# the worth word right before the sum, the charity word earlier in its sentence. Not "tổng số
# tiền", which the golds read as the care's own figure.
WORTH_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:trị giá|giá trị|kinh phí|tổng số)(?![^\W\d_])(?!\s+tiền)[^.;\d]{0,25}$",
    re.IGNORECASE,
)
WORTH_BEFORE_CHARS = 40
CHARITY_RE = re.compile(r"miễn phí|từ thiện|nhân đạo", re.IGNORECASE)
# The members of an association ("2.076 hội viên"): its practitioners, workforce.
MEMBER_UNITS = frozenset({"hội viên"})
TESTING_UNIT_RE = re.compile(r"kiểm nghiệm", re.IGNORECASE)
ACCREDITED_METHOD_RE = re.compile(r"phép thử")
SAMPLE_RE = re.compile(rf"{whole_word('mẫu')}|lô thuốc|kiểm nghiệm")
DRUG_SAMPLE_RE = re.compile(rf"{whole_word('thuốc')}|mỹ phẩm|dược liệu")
TESTING_KEEPS = frozenset(
    {
        IndicatorCategory.FINANCE,
        IndicatorCategory.WORKFORCE,
        IndicatorCategory.INFRASTRUCTURE,
        IndicatorCategory.DIGITAL_HEALTH,
        IndicatorCategory.REFERRAL,
    }
)
# A unit of one disease's programme: a lung / tuberculosis hospital, a leprosy hospital
# ("Bệnh viện Phong - Da liễu"), a malaria centre. Screening, case finding, new cases and
# patients managed in the community are its programme's work (the patients who came to be
# examined among them), its lab tests (Xpert) care. (A psychiatric hospital's community
# patients are not: the golds disagree on them.)
PROGRAMME_UNIT_RE = re.compile(
    rf"bệnh viện phổi|bệnh phổi|{_TUBERCULOSIS}|bệnh viện phong|bệnh phong"
    r"|phong[ \t]*[-–][ \t]*da liễu|sốt rét",
    re.IGNORECASE,
)
TB_PROGRAMME_RE = re.compile(
    rf"sàng lọc|phát hiện|{_PROGRAMME_OUTCOMES}|{_TUBERCULOSIS}|mắc mới|ca mắc|tại cộng đồng"
)
TB_PROGRAMME_FROM = frozenset(
    {
        IndicatorCategory.TECHNICAL_SERVICES,
        IndicatorCategory.MEDICAL_CARE,
        IndicatorCategory.OTHER,
        None,
    }
)
LAB_WORK_RE = re.compile(r"xét nghiệm|xpert")
# ... but the cases its tests find are its programme's ("phát hiện 95 ca mắc lao mới").
CASES_FOUND_RE = re.compile(r"ca mắc|mắc mới")
# An HIV/AIDS centre or programme: the patients it treats (methadone, ARV) and its share of
# their plan are its programme's work, hiv_aids.
HIV_UNIT_RE = re.compile(rf"{whole_word('hiv')}|{whole_word('aids')}", re.IGNORECASE)
# A disease programme that is no hospital ("chương trình phòng chống bệnh phong của tỉnh",
# "Trung tâm Phòng chống sốt rét", "Dự án ... sốt rét"): every patient it counts, managed,
# monitored or cared for, is its programme's (a hospital of the disease keeps its care).
DISEASE_PROGRAMME_UNIT_RE = re.compile(
    rf"^(?:chương trình|dự án|trung tâm phòng,? chống|ban quản lý)(?![^\W\d_]).*?"
    rf"(?:{_NAMED_DISEASES})",
    re.IGNORECASE,
)
PROGRAMME_CARE_FROM = frozenset({IndicatorCategory.MEDICAL_CARE, None})


UNIT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("maternity", MATERNITY_UNIT_RE),
    ("testing", TESTING_UNIT_RE),
    ("hiv", HIV_UNIT_RE),
    ("disease_programme", DISEASE_PROGRAMME_UNIT_RE),
    ("programme", PROGRAMME_UNIT_RE),
)


def unit_kind(organizer: str) -> str | None:
    """``maternity``, ``testing``, ``hiv``, ``disease_programme`` (a programme of a named
    disease, no hospital) or ``programme`` (a unit of one disease: TB, leprosy, malaria) for
    a unit of that kind, else None."""
    return _category_of(organizer, UNIT_KINDS)


def _unit_kind_category(
    kind: str, own: str, context: str, found: IndicatorCategory | None
) -> IndicatorCategory | None:
    """The category a unit of ``kind`` gives a figure whose label and quote are ``own`` (the
    label its first line) and whose ``;``-part (else sentence) is ``context`` (all lower
    case), given the ``found`` one; None to keep the usual rules."""
    both = f"{own}\n{context}"
    if kind == "maternity":
        if (
            found in MATERNITY_CARE_FROM
            and OBSTETRIC_RE.search(both)
            and not SCREENING_RE.search(both)
            and not NAMED_DISEASE_RE.search(both)  # measles in newborns stays a disease
        ):
            return IndicatorCategory.MEDICAL_CARE
    elif kind == "testing":
        if ACCREDITED_METHOD_RE.search(own):
            return IndicatorCategory.TECHNICAL_SERVICES
        if found not in TESTING_KEEPS and SAMPLE_RE.search(both):
            if FOOD_CONTEXT_RE.search(own):
                return IndicatorCategory.FOOD_SAFETY
            if FOOD_CONTEXT_RE.search(context) and not DRUG_SAMPLE_RE.search(both):
                return IndicatorCategory.FOOD_SAFETY
            return IndicatorCategory.INSPECTION
    elif kind == "hiv":
        if found in PROGRAMME_CARE_FROM:
            return IndicatorCategory.HIV_AIDS
    elif kind == "disease_programme":
        # a programme that is no hospital: its slides and cases are its own work
        if found in PROGRAMME_CARE_FROM:
            return IndicatorCategory.DISEASE_CONTROL
    elif kind == "programme":
        if LAB_WORK_RE.search(both) and not CASES_FOUND_RE.search(own.partition("\n")[0]):
            return IndicatorCategory.MEDICAL_CARE
        if found in TB_PROGRAMME_FROM and TB_PROGRAMME_RE.search(both):
            return IndicatorCategory.DISEASE_CONTROL
    return None


# Laboratory tests ("18.342 xét nghiệm") are care when no keyword or topic places them (a
# Covid-19 paragraph's tests are covid19, an HIV test hiv_aids).
LAB_TEST_RE = re.compile(r"xét nghiệm")
# Units of a count of techniques ("thực hiện 46 kỹ thuật"): technical services.
TECHNIQUE_UNITS = frozenset({"kỹ thuật", "kĩ thuật"})
# Units of a bed count ("150 giường", "giường thực kê 185 giường"): infrastructure.
BED_UNITS = frozenset({"giường", "giường bệnh"})
# Communication products counted ("670 tin; 118 bài; 715 ảnh; 36 phóng sự", "7.300 tờ rơi về
# bệnh đái tháo đường"): the output of communication work, category other, whatever topic they
# carry (its first word when the unit lists several: "tin, bài").
COMMUNICATION_UNITS = frozenset(
    {"tin", "bài", "tin bài", "ảnh", "phóng sự", "tờ rơi", "tờ gấp", "áp phích", "pa nô", "panô"}
)
# ... unless they are counted for an award ("1 khoa đạt danh hiệu lao động xuất sắc").
AWARD_RE = re.compile(r"danh hiệu|khen|thi đua")
# A figure counting a plan's or a report's own items (targets met, tasks set, achievements or
# shortcomings listed, laws passed), not work in one area: category other.
PLAN_ITEM_RE = re.compile(
    r"[\d.,/]+\s*(?:chỉ tiêu|nhiệm vụ|thành tựu|mục tiêu|giải pháp|mặt hạn chế|hạn chế|luật"
    r"|nghị quyết|văn bản)(?!\w)",
    re.IGNORECASE,
)
# Things counted that belong to no health area of the schema (category other): gifts and
# charity houses ("1.200 suất quà", "xây 12 nhà đại đoàn kết"; their worth in money stays
# finance), health-education sessions and their audience ("35 buổi truyền thông giáo dục sức
# khỏe"), household sanitation (latrines, clean water).
NO_HEALTH_AREA_RE = re.compile(
    r"suất quà|phần quà|nhà đại đoàn kết|nhà tình nghĩa|nhà tình thương"
    r"|truyền thông[ -]+giáo dục sức kh(?:ỏe|oẻ)|truyền thông trực tiếp"
    r"|nhà tiêu|nước hợp vệ sinh"
)
# Broadcasts, their listeners and the printed matter handed out ("phát thanh 120 lần", "8.000
# người nghe", "tranh lật"): communication, category other outside the population programme's
# work (whose communication the golds file as population) and, as health talks, outside a
# named programme's subject. Television only as a channel ("đài truyền hình", "trên sóng
# truyền hình"), not a video link ("hội chẩn qua truyền hình trực tuyến", "hội nghị truyền
# hình", "hội chẩn trên hệ thống truyền hình trực tuyến"): "trên" only right before it.
BROADCAST_RE = re.compile(
    r"phát thanh|phát sóng|đài[^.;,\n]{0,20}truyền hình|trên\s+(?:sóng\s+)?truyền hình"
    r"|loa đài|người nghe"
    r"|người dự nghe|tranh lật|băng đĩa|diễu hành"
)
# ... but communication on a named programme's subject ("truyền thông trực tiếp về phòng chống
# HIV/AIDS cho 5.600 lượt người") is that programme's, as population communication is.
HEALTH_TALK_RE = re.compile(r"truyền thông")
PROGRAMME_CATEGORIES = frozenset(
    {
        IndicatorCategory.HIV_AIDS,
        IndicatorCategory.DISEASE_CONTROL,
        IndicatorCategory.COVID19,
        IndicatorCategory.VACCINATION,
        IndicatorCategory.POPULATION,
        IndicatorCategory.NUTRITION,
        IndicatorCategory.FOOD_SAFETY,
    }
)
STRONG_CATEGORY_PATTERNS: tuple[tuple[IndicatorCategory, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern)) for category, pattern in _STRONG_CATEGORY_PATTERNS
)
# Context: food safety and Covid-19 are topics a paragraph is about, while inspections, fines,
# trainings, tests, deaths or money only say what was done. A figure whose own words give
# only such an activity (or nothing) takes the topic of its sentence, else of its paragraph
# (the article's line): "kiểm tra 42 cơ sở" under "an toàn thực phẩm" is food_safety,
# "tiêm mũi nhắc lại" in a Covid-19 paragraph is covid19. The paragraph is as far as context
# reaches: the next paragraph is another topic. Vaccination joins Covid-19 only where routine
# immunisation (tiêm chủng mở rộng) is not named, and a named disease keeps its own figures.
FOOD_CONTEXT_RE = re.compile(rf"thực phẩm|{whole_word('attp')}|{_FOOD_POISONING}|bếp ăn")
# A list of the injuries an emergency ward received ("96 ca chấn thương do tai nạn và 6 ca
# ngộ độc"): poisoning there is one of the ward's cases, no food-safety topic unless food is named.
INJURY_LIST_RE = re.compile(r"tai nạn|đả thương|chấn thương|đánh nhau")
# An injury's figure is the ward's care, whatever a neighbour item of its list names ("80 ca
# tai nạn giao thông, 13 ca ngộ độc": not food safety, nor a disease's cases).
INJURY_CATEGORY = IndicatorCategory.MEDICAL_CARE
NOT_INJURY_CATEGORIES = frozenset(
    {IndicatorCategory.FOOD_SAFETY, IndicatorCategory.DISEASE_CONTROL}
)
# The next item of a list joined by "và" before its figure ("62 ca chấn thương và 6 ca ...").
NEXT_ITEM_RE = re.compile(r"\s(?:và|cùng)\s+(?=\d)")
# A death is no care, whatever injury caused it ("23 người tử vong do tai nạn").
DEATH_RE = re.compile(r"tử vong|chết")
FOOD_NAMED_RE = re.compile(rf"thực phẩm|{whole_word('attp')}|bếp ăn|thức ăn|ăn uống")
# The pandemic, or the vaccines only it was given ("đã xong mũi 1 Moderna", "vắc xin Vero
# Cell"): the topic of the sentence or paragraph.
COVID_CONTEXT_RE = re.compile(
    r"covid|sars-cov|corona|moderna|pfizer|astrazeneca|astra zeneca|vero cell|sinopharm"
    r"|sputnik|abdala|nanocovax"
)
ROUTINE_VACCINATION_RE = re.compile(
    rf"tiêm chủng mở rộng|{whole_word('tcmr')}|tiêm chủng đầy đủ|dưới 1 tuổi"
)
NAMED_DISEASE_RE = re.compile(_NAMED_DISEASES)
# Population work as a topic: a paragraph about the population programme (not one that only
# names the office, as a guest list does), or a whole article whose organiser is a population
# office (Chi cục Dân số - KHHGĐ): there, check-ups (of the elderly, premarital), clubs and the
# programme's money are population work, while its staff, their allowance and awards keep
# their own categories (STRONG_CATEGORY_PATTERNS).
POPULATION_CONTEXT_RE = re.compile(
    r"công tác dân số|chất lượng dân số|dân số và phát triển|truyền thông dân số"
    r"|(?<!chi cục )(?<!trung tâm )dân số[ \t]*[-–][ \t]*k"
)
POPULATION_OFFICE_RE = re.compile(r"dân số", re.IGNORECASE)
# HIV/AIDS as a topic: a sentence or paragraph about it lends its area to the figures whose
# own words name only a disease's or care's generic terms ("phát hiện 640 ca mắc mới", "tử
# vong", "điều trị") and no other named disease.
HIV_CONTEXT_RE = re.compile(
    rf"{whole_word('hiv')}|{whole_word('aids')}|methadone|{_OPIOID_SUBSTITUTION}"
)
# ... but only when HIV/AIDS is the text's sole programme: a text that also names another
# disease or the programmes together ("Các chương trình mục tiêu như phòng chống HIV/AIDS, lao,
# sốt rét ...", "dịch bệnh, HIV/AIDS") is about them all; and an HIV test is care given to
# anyone ("xét nghiệm HIV cho 2.100 người"), not the topic.
OTHER_PROGRAMME_RE = re.compile(
    rf"{_NAMED_DISEASES}|dịch bệnh|truyền nhiễm|chương trình mục tiêu|tiêm chủng"
)
HIV_TEST_RE = re.compile(rf"xét nghiệm(?:\s+sàng lọc)?\s+(?:{whole_word('hiv')})")
# The work every HIV programme reports beside its own, no other programme: TB screening or
# prevention of its patients, co-infection, and the programme integrated into others ("sàng
# lọc lao", "đồng nhiễm lao/HIV", "được lồng ghép với tiêm chủng và truyền thông"); not the
# programmes a unit runs together ("triển khai lồng ghép phòng chống HIV/AIDS, lao, sốt rét"):
# those are all the text's.
HIV_COMPANION_RE = re.compile(
    r"đồng\s+nhiễm[^,.;:\n]*|(?:sàng\s+lọc|dự\s+phòng|phát\s+hiện)\s+(?:bệnh\s+)?lao(?!\w)"
    r"|lồng\s+ghép\s+(?:với|vào)[^.;:\n]*"
)
# Outcomes no HIV topic takes: a mother's death, an obstetric event, an accident or injury,
# the communicable diseases' total ("7 ca tử vong mẹ", "15 ca tai biến sản khoa").
NOT_HIV_OUTCOME_RE = re.compile(
    r"tử vong mẹ|chết mẹ|sản khoa|tai biến|tai nạn|chấn thương|truyền nhiễm"
)
HIV_CONTEXT_OVERRIDES = frozenset(
    {IndicatorCategory.DISEASE_CONTROL, IndicatorCategory.MEDICAL_CARE}
)
# (unless the figure's sentence names another programme's own words: STRONG_CATEGORY_PATTERNS)
HIV_TOPIC_SENTENCES = frozenset({IndicatorCategory.HIV_AIDS, None})
POPULATION_CONTEXT_OVERRIDES = frozenset(
    {IndicatorCategory.MEDICAL_CARE, IndicatorCategory.FINANCE, None}
)
# Medical and pharmacy practices (the department's own thanh tra): a sentence about them has
# its own subject, and a food-safety or Covid-19 paragraph does not lend it its topic.
PRIVATE_PRACTICE_RE = re.compile(
    r"hành nghề y|hành nghề dược|y, dược tư nhân|y dược tư nhân|y tế tư nhân|nhà thuốc"
    r"|quầy thuốc|kinh doanh dược|phòng khám tư nhân"
)
FOOD_CONTEXT_OVERRIDES = frozenset(
    {
        IndicatorCategory.INSPECTION,
        IndicatorCategory.FINANCE,
        IndicatorCategory.WORKFORCE,
        IndicatorCategory.DISEASE_CONTROL,
        None,
    }
)
COVID_CONTEXT_OVERRIDES = frozenset(
    {
        IndicatorCategory.VACCINATION,
        IndicatorCategory.INSPECTION,
        IndicatorCategory.FINANCE,
        IndicatorCategory.DISEASE_CONTROL,
        IndicatorCategory.INFRASTRUCTURE,
        None,
    }
)

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
    row: str = ""  # the row label of a table cell (table_rows): what the cell counts
    column: str = ""  # the header of a table cell's column: its period or its plan


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
    capitalised name, a unit by its name or an acronym ("46 CSTĐCS"), else the noun after
    "số" in a fraction of a total ("2/3 số xã")."""
    unit = mention.unit
    if unit is None and mention.kind is Kind.MONEY:
        return MONEY_UNIT  # "bội chi quỹ trên 200 tỷ": a sum the scanner read as money
    if unit is None or unit.lower() == "giấy":
        document = DOCUMENT_UNIT_RE.match(text, mention.end)
        if document is not None:
            return document.group("noun")
    if unit is None and mention.kind is Kind.COUNT:
        facility = FACILITY_UNIT_RE.match(text, mention.end)
        if facility is not None:
            return facility.group("noun")
        acronym = ACRONYM_UNIT_RE.match(text, mention.end)
        if acronym is not None and _subject_unit(text, mention) is None:
            # (after a subject the figure completes, "Số lượt khám bệnh là 21.340 BHYT chi
            # trả 85%", the acronym opens the next one)
            return acronym.group("noun")
    if unit is None and mention.kind is Kind.RATIO:
        places = PLACE_FRACTION_NOUN_RE.match(text, mention.end)
        following = "" if places is None else places.group("next") or ""
        if places is not None and not (following.isupper() or following.isdigit()):
            return places.group("noun")
    if (
        unit is None
        and mention.kind is Kind.RATIO
        and mention.denominator == (Decimal(QUALITY_SCORE_MAX),)
        and 0 < _reading(mention) <= QUALITY_SCORE_MAX
        and _reading(mention) != _reading(mention).to_integral_value()
        and SCORE_NAMED_BEFORE_RE.search(
            text, max(0, mention.start - SCORE_NAMED_CHARS), mention.start
        )
    ):
        return SCORE_UNIT  # "có số điểm cao nhất (4,42/5)": a score on its five-point scale
    if unit is None and mention.denominator:
        fraction = FRACTION_OF_RE.match(text, mention.end)
        if fraction is not None and fraction.group("noun").islower():
            return _counted_noun(fraction.group("noun").split())
    if unit is None and mention.kind is Kind.COUNT:
        # "bệnh nhân điều trị ngoại trú tăng huyết áp: 4.290": the label names what is
        # counted, by a noun of the scanner's lexicon.
        labelled = LABEL_BEFORE_RE.search(
            text, max(0, mention.start - LABEL_BEFORE_CHARS), mention.start
        )
        if labelled is not None:
            label = labelled.group("label")
            words = label.split()
            while len(words) > 1 and words[0].lower() in LABEL_TOTAL_WORDS:
                words = words[1:]  # "tổng số xét nghiệm": the noun after the total
            noun = _counted_noun(words)
            if noun in COUNT_UNITS and noun.islower():
                return noun
            if noun in DURATION_UNITS and AVERAGE_CUE_RE.search(label):
                return noun  # "ngày điều trị trung bình: 7,01": an average length of stay
            paragraph = text.rfind("\n", 0, labelled.start()) + 1
            if SCORE_LIST_INTRO_RE.search(text, paragraph, labelled.start() + 1):
                return SCORE_UNIT
        subject = _subject_unit(text, mention)
        if subject is not None:
            return subject
        if (
            len(mention.values) == 1
            and mention.values[0] != mention.values[0].to_integral_value()
            and 0 < mention.values[0] <= QUALITY_SCORE_MAX
        ):
            paragraph = text.rfind("\n", 0, mention.start) + 1
            sentence = max(
                (m.end() for m in SENTENCE_BREAK_RE.finditer(text, paragraph, mention.start)),
                default=paragraph,
            )
            if QUALITY_SCORE_RE.search(text, sentence, mention.start) and (
                QUALITY_SCORE_BEFORE_RE.search(
                    text, max(sentence, mention.start - QUALITY_SCORE_BEFORE_CHARS), mention.start
                )
            ):
                return SCORE_UNIT  # "chất lượng bệnh viện: đạt 3,58 (năm trước: 3,37)"
    return unit


def _subject_unit(text: str, mention: NumberMention) -> str | None:
    """The noun counted by the subject the figure completes (SUBJECT_BEFORE_RE, or a subgroup
    SUBGROUP_BEFORE_RE), else None."""
    window = max(0, mention.start - SUBJECT_BEFORE_CHARS)
    subject = SUBJECT_BEFORE_RE.search(text, window, mention.start) or SUBGROUP_BEFORE_RE.search(
        text, window, mention.start
    )
    if subject is None:
        return None
    if (
        subject.re is SUBJECT_BEFORE_RE
        and subject.group("verb") is None
        and _reading(mention) in YEAR_LIKE
    ):
        return None  # "Số xã đạt chuẩn 2023": the year the subject names, not its count
    noun = _counted_noun(subject.group("label").split())
    if (noun in COUNT_UNITS or noun in TOTAL_DURATION_UNITS) and noun.islower():
        return noun  # "Tổng số ngày điều trị nội trú là 9.120": days counted
    return None


def _listed_unit(text: str, mention: NumberMention, unit: str) -> str:
    """``unit`` widened to the coordinated list of nouns it opens ("xã, phường, thị trấn"),
    when the scanner's unit is one of :data:`LISTED_UNIT_NOUNS` printed right after the
    figure; else ``unit`` itself."""
    if unit.lower() not in LISTED_UNIT_NOUNS:
        return unit
    gap = len(text) - len(text[mention.end :].lstrip(" \t"))
    if not text.startswith(unit, gap) or text[gap : gap + len(unit) + 1][len(unit) :].isalpha():
        return unit
    nouns = [unit]
    pos = gap + len(unit)
    while (listed := LISTED_UNIT_RE.match(text, pos)) is not None:
        following = text[listed.end() :].lstrip(" \t")[:1]
        if following.isupper():
            break  # "xã, huyện Đắk Song": a place named, not a noun of the list
        nouns.append(listed.group("noun"))
        pos = listed.end()
    return ", ".join(nouns)


def _row_unit(label: str) -> str | None:
    """What a table row counts, from its label ("Tổng số trẻ sinh ra": "trẻ", "Ngày điều trị
    trung bình": "ngày", "Tổng số BN điều trị nội trú": "bệnh nhân"): the counted noun the
    label opens with, after its total words, or an average span of time; None for another
    label ("Tỉ lệ ...": its cells print their own unit or none; "Giờ làm việc": the hours a
    unit opens, no figure)."""
    words = [word.lower() for word in label.split()]
    while len(words) > 1 and words[0] in LABEL_TOTAL_WORDS:
        words = words[1:]
    if not words:
        return None
    words = [*ROW_LABEL_ABBREVIATIONS.get(words[0], words[0]).split(), *words[1:]]
    noun = _counted_noun(words)
    if noun in DURATION_UNITS:
        return noun if AVERAGE_CUE_RE.search(label) or noun in TOTAL_DURATION_UNITS else None
    return noun if noun in COUNT_UNITS else None


def _row_names_a_place(label: str) -> bool:
    """Whether a table row's label names where its figures were counted, a place or a unit
    by its noun and name ("Xã Sa Nhơn", "Khoa Nội tổng hợp", "BV Nhi", "Phường 5"), not what
    they count ("Số BN điều trị nội trú", "Trẻ 6-11 tháng"): its counted noun is followed by a
    capitalised name (as in "xã, huyện Đắk Song"), or a place noun by its number."""
    words = label.split()
    if not words or words[0].lower() in LABEL_TOTAL_WORDS:
        return False
    if words[0].lower() in ROW_LABEL_ABBREVIATIONS:
        size = 1
    else:
        size = len(_counted_noun([word.lower() for word in words]).split())
    if size >= len(words):
        return False
    name = words[size]
    if name.isdigit():
        return " ".join(words[:size]).lower() in LISTED_UNIT_NOUNS
    return name[:1].isupper() and not (len(name) > 1 and name.isupper())


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
    named = NAME_NUMBER_BEFORE_RE.search(
        text, max(0, mention.start - LABEL_BEFORE_CHARS), mention.start
    )
    if named is not None and named.group("name")[:1].isupper():
        return False  # "Tiểu học Tam Hồng 1 410": school 1, then its count
    if before[:1].isdigit() and before[1:] == " ":
        # (not after a year "năm" names: "tăng cao hơn năm 2030 0,18%" is a change printed
        # right after the year it is set against)
        return YEAR_NAMED_BEFORE_RE.search(text, max(0, mention.start - 12), mention.start) is None
    return after[:1] == " " and after[1:].isdigit()


def _in_attendance_sentence(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is in a sentence that opens on who attended the
    meeting (ATTENDANCE_OPENING_RE), within ATTENDANCE_REACH characters, before the end of
    its attendance stretch (ATTENDANCE_STRETCH_END_RE)."""
    low = max(0, start - ATTENDANCE_REACH)
    window = text[low:start]
    if "dự" not in window and "Dự" not in window:
        return False  # (cheap: most figures are nowhere near an attendance word)
    opening = low
    for match in SENTENCE_END_RE.finditer(text, low, start):
        opening = match.end()
    if ATTENDANCE_STRETCH_END_RE.search(text, opening, start) is not None:
        return False
    if ATTENDANCE_OPENING_RE.match(text, opening, start) is not None:
        return True
    # ... or that goes on to who attended ("... với sự tham dự của 40 đơn vị (trong đó 9 bệnh
    # viện)"): the figures in that clause count the guests; the clause ends at a comma or a
    # colon outside parentheses ("..., năm qua trung tâm khám cho ...": the report again),
    # though a count of guests may still follow it ("..., gồm 22 tỉnh ...")
    clause = max(
        (found.end() for found in ATTENDANCE_CLAUSE_RE.finditer(text, opening, start)), default=None
    )
    return clause is not None and (
        not _clause_closed(text, clause, start) or GUEST_COUNT_RE.match(text, start) is not None
    )


def _clause_closed(text: str, start: int, end: int) -> bool:
    """Whether a comma or a colon outside parentheses (CLAUSE_BREAK_RE) that the report opens
    again after (REPORT_AFTER_BREAK_RE, or a work verb before ``end``: WORK_VERB_RE) ends the
    clause that opens at ``start`` of ``text`` before ``end``."""
    depth = 0
    for mark in CLAUSE_BREAK_RE.finditer(text, start, end):
        if mark.group() == "(":
            depth += 1
        elif mark.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (
            REPORT_AFTER_BREAK_RE.match(text, mark.end()) is not None
            or WORK_VERB_RE.search(text, mark.end(), end) is not None
        ):
            return True
    return False


def _is_candidate(text: str, mention: NumberMention, unit: str | None) -> bool:
    if mention.kind not in QUANTITY_KINDS or not mention.values:
        return False
    if (
        unit is not None
        and unit.lower() in PER_CAPITA_BASE_NOUNS
        and _reading(mention) in PER_CAPITA_BASES
        and PER_CAPITA_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start)
    ):
        return False  # "số giường bệnh trên 10.000 dân": the base of a rate, not a count
    if (
        _reading(mention) == SEX_RATIO_BASE
        and SEX_RATIO_BASE_AFTER_RE.match(text, mention.end)
        and PER_CAPITA_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start)
    ):
        return False  # "số trẻ trai trên 100 trẻ gái": the base of the sex ratio
    if CONNECTION_BEFORE_RE.search(
        text, max(0, mention.start - CONNECTION_BEFORE_CHARS), mention.start
    ):
        return False  # "kết nối tới các điểm cầu tại 63 tỉnh": the meeting's logistics
    if LOGISTICS_AFTER_RE.match(text, mention.end) and not SERVED_BEFORE_RE.search(
        text, max(0, mention.start - RANK_CUE_CHARS), mention.start
    ):
        return False  # "với 121 đại biểu": who attended, not health work
    if (
        unit is None
        and mention.kind is Kind.COUNT
        and LEVEL_ORDINAL_BEFORE_RE.search(
            text, max(0, mention.start - LEVEL_ORDINAL_CHARS), mention.start
        )
    ):
        return False  # "tiêu chí mức 3": the level's ordinal
    if _national_benchmark(text, mention.start):
        return False
    if _in_attendance_sentence(text, mention.start):
        return False  # "Tham dự hội nghị có ... 230 viên chức": who attended
    low = max(0, mention.start - RANK_CUE_CHARS)
    if (
        RANK_OF_AFTER_RE.match(text, mention.end)
        and RANK_LEFT_BEFORE_RE.search(text, low, mention.start)
    ) or RANK_OF_BEFORE_RE.search(text, low, mention.start):
        return False  # "là 1 trong 6 nước": a rank inside a group
    if RANK_GROUP_BEFORE_RE.search(text, low, mention.start) and RANK_GROUP_AFTER_RE.match(
        text, mention.end
    ):
        return False  # "cao nhất trong 22 sở": the group a unit is ranked in
    if CONDITIONAL_AFTER_RE.match(text, mention.end):
        return False  # "tới 95% nếu được phát hiện sớm": what would happen, not the work
    if _in_rate_label(text, mention, unit):
        return False
    if _background_figure(text, mention):
        return False
    if _describes_setting(text, mention, unit):
        return False
    if FACILITY_NAME_BEFORE_RE.search(text, max(0, mention.start - RANK_CUE_CHARS), mention.start):
        return False  # "các Trung tâm Y tế 2 chức năng": part of the units' name
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
    if STOREYS_AFTER_RE.match(text, mention.end):
        return False  # "tòa nhà 9 tầng": the building's size
    if unit is not None and _cut_after(text, mention.end, unit):
        return False  # the page is cut after the figure ("... Lễ kỷ niệm 226 nă"): no unit
    head = unit.split()[0].lower() if unit else ""
    if MONTHS_ABBREVIATED_AFTER_RE.match(text, mention.end):
        return False  # "6 th/2008": a column's period
    if head in DURATION_UNITS:
        if head in TOTAL_DURATION_UNITS and _reading(mention) > TOTAL_DURATION_ABOVE:
            return True  # "5.531 bệnh nhân với 42.836 ngày": treatment days, summed
        clause = text[max(0, mention.start - 40) : mention.start]
        return bool(AVERAGE_CUE_RE.search(clause))
    if head in DOSE_UNITS:
        return not _is_dose_schedule(text, mention)
    if head in ROUND_UNITS and SPAN_BEFORE_RE.search(
        text, max(0, mention.start - DOSE_CUE_CHARS), mention.start
    ):
        return False  # "trong 6 đợt tiêm chủng, ...": the span the figures after it cover
    if head in FREQUENCY_UNITS and FREQUENCY_BEFORE_RE.search(
        text, max(0, mention.start - FREQUENCY_CUE_CHARS), mention.start
    ):
        return False  # "định kỳ 2 tuần 1 lần": how often, not a figure
    if (
        head in FREQUENCY_UNITS
        and FREQUENCY_PER_SPAN_AFTER_RE.match(text, mention.end)
        and not _use_rate_per_span(text, mention)
    ):
        return False  # "khám định kỳ ít nhất 1 lần/năm": how often, not a figure
    if head in TIER_UNITS and _reading(mention) <= TIERS_MAX:
        return False
    if head == KIND_UNIT and DOSE_SCHEDULE_BEFORE_RE.search(
        text, max(0, mention.start - DOSE_CUE_CHARS), mention.start
    ):
        return False
    if head in WEIGHT_UNITS and mention.qualifier in BODY_WEIGHT_QUALIFIERS:
        before = text[max(0, mention.start - 40) : mention.start]
        if BODY_WEIGHT_BEFORE_RE.search(before) and not AVERAGE_CUE_RE.search(before):
            return False
    return True


def _use_rate_per_span(text: str, mention: NumberMention) -> bool:
    """Whether an "N lần/<span>" figure is a use rate's level or target, not a schedule
    (FREQUENCY_SCHEDULE_BEFORE_RE, FREQUENCY_LEVEL_BEFORE_RE in its clause)."""
    low = max(0, mention.start - LABEL_BEFORE_CHARS)
    clause = max(
        (m.end() for m in FREQUENCY_CLAUSE_BREAK_RE.finditer(text, low, mention.start)),
        default=low,
    )
    if FREQUENCY_SCHEDULE_BEFORE_RE.search(text, clause, mention.start):
        return False
    return _reading(mention) != int(_reading(mention)) or bool(
        FREQUENCY_LEVEL_BEFORE_RE.search(text, clause, mention.start)
    )


def _background_figure(text: str, mention: NumberMention) -> bool:
    """Whether a figure is background epidemiology (BACKGROUND_SOURCE_RE before it in its
    sentence; a sentence opening on another body's report that states the country's rate,
    BACKGROUND_REPORT_OPENING_RE and BACKGROUND_COUNTRY_RE) or a group's share of the
    population (POPULATION_GROUP_SHARE_BEFORE_RE, POPULATION_AFTER_RE)."""
    low = max(text.rfind("\n", 0, mention.start) + 1, mention.start - BACKGROUND_REACH)
    opening = max(
        (m.end() for m in SENTENCE_BREAK_RE.finditer(text, low, mention.start)), default=low
    )
    window = text[opening : mention.start].lower()
    source = (
        BACKGROUND_SOURCE_RE.search(text, opening, mention.start)
        if any(cue in window for cue in BACKGROUND_SOURCE_CUES)
        else None
    )
    if source is not None and not BACKGROUND_OWN_WORK_RE.search(text, source.end(), mention.start):
        return True
    report = BACKGROUND_REPORT_OPENING_RE.match(text, opening)
    country = (
        None if report is None else BACKGROUND_COUNTRY_RE.search(text, report.end(), mention.start)
    )
    if (
        country is not None
        and ";" not in text[country.end() : mention.start]
        and not BACKGROUND_OWN_WORK_RE.search(text, country.end(), mention.start)
    ):
        return True  # (the country's figure, in the clause that names the country)
    if mention.kind is not Kind.PERCENT or POPULATION_AFTER_RE.match(text, mention.end) is None:
        return False
    group = POPULATION_GROUP_SHARE_BEFORE_RE.search(
        text, max(opening, mention.start - LABEL_BEFORE_CHARS), mention.start
    )
    if group is None or (group.group("lead") or "").lower() in POPULATION_GROUP_NOT_SUBJECT:
        return False
    name = group.group("name").split()
    return " ".join(name).lower() == "thiểu số" or all(word[0].isupper() for word in name)


def _describes_setting(text: str, mention: NumberMention, unit: str | None) -> bool:
    """Whether a figure describes the setting of the work, not the work: a place's count of
    administrative units or its breakdown in the brackets after it (ADMIN_UNITS_AFTER_RE,
    ADMIN_UNITS_BREAKDOWN_BEFORE_RE), the size of the blood bags a count of units is made of
    (BAG_SIZE_BEFORE_RE), or "1 số" written for "một số" ("some")."""
    if (
        mention.kind is Kind.COUNT
        and not mention.denominator
        and ADMIN_UNITS_AFTER_RE.match(text, mention.end)
    ) or ADMIN_UNITS_BREAKDOWN_BEFORE_RE.search(
        text, max(0, mention.start - ADMIN_UNITS_BREAKDOWN_CHARS), mention.start
    ):
        return True
    if (mention.unit or "").lower() in BAG_SIZE_UNITS and BAG_SIZE_BEFORE_RE.search(
        text, max(0, mention.start - BAG_SIZE_BEFORE_CHARS), mention.start
    ):
        return True
    return (
        unit == SOME_UNIT
        and _reading(mention) == 1
        and SOME_NOUN_AFTER_RE.match(text, mention.end) is not None
    )


def _national_benchmark(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is a national benchmark inside the parentheses after a
    local figure ("(chỉ tiêu giao 42, toàn quốc đạt 32)") or the nation's average named before
    it ("so với mức trung bình cả nước là 12,1%")."""
    low = max(0, start - NATIONAL_AVERAGE_CHARS)
    if NATIONAL_PAIR_SECOND_BEFORE_RE.search(text, low, start):
        return True  # "so với bình quân cả nước: 90,2% so với 89,0%": the second, the nation's
    if NATIONAL_AVERAGE_BEFORE_RE.search(text, low, start):
        # (not a gap, "cao hơn mức trung bình cả nước là 2,1 điểm phần trăm", nor the first of
        # a pair printed after the words, "bình quân cả nước: 90,2% so với 89,0%": the page's)
        return not NATIONAL_OWN_AFTER_RE.match(text, start)
    before = text[max(0, start - NATIONAL_BENCHMARK_CHARS) : start]
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:]:
        return False
    return bool(NATIONAL_BENCHMARK_BEFORE_RE.search(before, opening))


def _cut_after(text: str, end: int, unit: str) -> bool:
    """Whether the text stops right after a figure ending at ``end`` and its ``unit``, with
    no closing mark: a page cut mid-word."""
    if len(text) - end > len(unit) + CUT_SLACK_CHARS:
        return False
    return text[end:].split() == [unit]


def _in_rate_label(text: str, mention: NumberMention, unit: str | None) -> bool:
    """Whether a count defines the group of a rate printed after it ("tỷ lệ sinh trên 2 con
    là 34,5%", "tỷ lệ trẻ sơ sinh dưới 2.400g: 4,1%", "tỷ lệ thai phụ được khám thai từ 4
    lần trở lên trong thai kỳ: 96%"): the rate's word before it in its clause, and the rate's value
    closing the label after it."""
    if unit is None or mention.kind not in RATE_LABEL_KINDS:
        return False
    if not RATE_LABEL_BEFORE_RE.search(
        text, max(0, mention.start - RATE_LABEL_CHARS), mention.start
    ):
        return False
    return RATE_VALUE_AFTER_RE.match(text, mention.end) is not None


def _is_dose_schedule(text: str, mention: NumberMention) -> bool:
    before = text[max(0, mention.start - DOSE_CUE_CHARS) : mention.start]
    return _reading(mention) <= DOSE_SCHEDULE_MAX or bool(DOSE_SCHEDULE_BEFORE_RE.search(before))


def _word_across_break(text: str, mention: NumberMention) -> str | None:
    """The lower-case word that opens the next line when the line breaks right after a bare
    figure (LINE_BROKEN_AFTER_RE): the figure's own word, printed across the break (two
    words when they make a counted noun of the scanner's lexicon, "giường bệnh"); else
    None."""
    if mention.unit is not None:
        return None
    broken = LINE_BROKEN_AFTER_RE.match(text, mention.end)
    if broken is None or not broken.group("word")[0].islower():
        return None
    word = broken.group("word")
    if broken.group("second") and f"{word} {broken.group('second')}" in COUNT_UNITS:
        return f"{word} {broken.group('second')}"
    return word


def _money_scale_across_break(text: str, mention: NumberMention) -> int | None:
    """The scale of a sum printed across a line break ("48,5\ntỷ đồng", "126\ntriệu đồng":
    a scale word and "đồng" open the next line), else None."""
    if mention.unit is not None:
        return None
    broken = LINE_BROKEN_AFTER_RE.match(text, mention.end)
    if broken is None or (broken.group("second") or "").lower() != MONEY_UNIT:
        return None
    return SCALE_WORDS.get(broken.group("word").lower())


def _is_age_bound(text: str, mention: NumberMention, following: NumberMention | None) -> bool:
    """Whether a bare figure is the low end of an age or duration range ("từ 5 đến dưới 12
    tuổi"), which the scanner may read as a count."""
    if mention.unit is not None or following is None:
        return False
    if not BOUND_JOIN_RE.match(text[mention.end : following.start]):
        return False
    head = following.unit.split()[0].lower() if following.unit else ""
    if following.unit is None:
        head = _word_across_break(text, following) or ""  # "từ 18 đến 30\ntuổi"
    return following.kind is Kind.AGE or head in DURATION_UNITS


def sentence_of(layout: Layout, position: int) -> Span:
    """The sentence of the layout that holds ``position`` (the whole text if none)."""
    return containing(layout.sentences, position) or Span(0, len(layout.text))


def _inherited_unit(
    mention: NumberMention, mentions: list[NumberMention], sentence: Span
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


def _facts(layout: Layout, index: NumberIndex) -> list[_Fact]:
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
    # A paragraph printed again with small differences states its figures once, at the first
    # copy (a verbatim copy load_document already dropped).
    repeats = near_repeats(layout)
    # A table printed one cell per line: a bare cell counts what its row's label names, or,
    # when the label names a place or a unit, what its column's header names.
    row_labels: dict[int, tuple[str, str]] = {}
    for table_row in table_rows(text, layout.lines):
        for column, cell in enumerate(table_row.cells):
            header = table_row.heads[column] if table_row.heads else None
            row_labels[cell.start] = (
                text[table_row.label.start : table_row.label.end].strip(),
                "" if header is None else text[header.start : header.end].strip(),
            )
    facts: list[_Fact] = []
    skip: set[int] = set()
    for position, (mention, own_unit) in enumerate(candidates):
        if position in skip:
            continue
        if any(p.start <= mention.start < p.end for p in (*layout.publication, *repeats)):
            continue
        unit = own_unit
        row, column_head = row_labels.get(text.rfind("\n", 0, mention.start) + 1, ("", ""))
        if row and _row_names_a_place(row):
            row = f"{column_head} {row}" if column_head else row  # "Số lượt khám BV Nhi"
            counted = _row_unit(column_head) if column_head else None
        else:
            counted = _row_unit(row) if row else None
        if unit is None and mention.kind is not Kind.PERCENT and row:
            unit = counted
        if unit is None and mention.kind is not Kind.PERCENT:
            unit = _rate_named_before(text, mention, sentence_of(layout, mention.start), mentions)
        if unit is None and facts and _new_level_of(text, facts[-1], mention):
            unit = facts[-1].unit  # "số trạm y tế tăng từ 96 lên 112": the old level's unit
        across = _word_across_break(text, mention) if unit is None else None
        if across is not None and across in NOT_A_NOUN_ACROSS_BREAK:
            across = None  # "trong đó 25\nđạt chuẩn": the sentence goes on, as on one line
        scale = _money_scale_across_break(text, mention) if across is not None else None
        if scale is not None:
            across = None  # "là 48,5\ntỷ đồng": the sum, its scale word and "đồng" across
            unit = MONEY_UNIT
        if across is not None:
            if across not in COUNT_UNITS or across in DURATION_UNITS:
                continue  # its own word opens the next line ("trên 30\ntuổi"): none to inherit
            unit = across  # "và 20\nngười đang cai nghiện": its unit across the break
        if unit is None and mention.kind is Kind.COUNT and DEATHS_AFTER_RE.match(text, mention.end):
            # "Có 3 tử vong", "4.125 ca mắc, 3 tử vong": deaths, in the list's noun of people
            inherited = _inherited_unit(mention, mentions, sentence_of(layout, mention.start))
            unit = inherited if inherited in DEATH_COUNTED_UNITS else DEATH_UNIT
        if unit is None:
            if LABEL_BEFORE_RE.search(
                text, max(0, mention.start - LABEL_BEFORE_CHARS), mention.start
            ):
                # "Vòng tránh thai: 252/1.040": its label says what it counts, in no noun of
                # ours; another figure's unit in the sentence is another item's
                continue
            unit = _inherited_unit(mention, mentions, sentence_of(layout, mention.start))
            if unit is None:
                continue
        value = _reading(mention) * (scale or 1)
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
            and not _in_dash_chain(text, mention, following)
        ):
            # "100 - 120%", "từ 5 đến 7 ngày": one fact, low end and high end.
            unit, value_max, end = following_unit, _reading(following), following.end
            skip.add(position + 1)
        if own_unit is not None and value_max is None:
            unit = _listed_unit(text, mention, unit)
        unit = MONEY_UNIT_NAMES.get(unit.lower(), unit)
        rate = RATE_AFTER_TREN_RE.fullmatch(unit)
        unit = rate.group("noun") if rate is not None else ONE_BEFORE_SCALE_RE.sub("/", unit)
        kinship = KINSHIP_AFTER_RE.match(text, mention.end) if unit in KINSHIP_UNITS else None
        if kinship is not None:
            unit = (
                WOMEN_UNIT if kinship.group("women") else " ".join(kinship.group("group").split())
            )
        facts.append(_Fact(mention, value, unit, value_max, end, row, column_head))
        plan = _exceeded_plan(text, mention, value, unit)
        if plan is not None:
            facts.append(_Fact(plan, _reading(plan), unit, None, plan.end))
    return facts


def _new_level_of(text: str, old: _Fact, mention: NumberMention) -> bool:
    """Whether ``mention`` is the new level of a change from ``old`` ("từ 96 lên 112":
    FROM_LEVEL_BEFORE_RE before the old level, TO_LEVEL_BETWEEN_RE between them)."""
    if old.mention.kind is Kind.PERCENT or not 0 <= mention.start - old.end <= RATE_NAMED_CHARS:
        return False
    return (
        TO_LEVEL_BETWEEN_RE.fullmatch(text, old.end, mention.start) is not None
        and FROM_LEVEL_BEFORE_RE.search(
            text, max(0, old.mention.start - LABEL_BEFORE_CHARS), old.mention.start
        )
        is not None
    )


def _rate_named_before(
    text: str, mention: NumberMention, sentence: Span, mentions: list[NumberMention]
) -> str | None:
    """The counted noun of a per-population rate named before a bare figure in its sentence
    (RATE_NAMED_BEFORE_RE: "số giường bệnh trên 1 vạn dân ... đạt 22,3" counts "giường
    bệnh"), else None."""
    low = max(sentence.start, mention.start - RATE_NAMED_CHARS)
    named = max(
        RATE_NAMED_BEFORE_RE.finditer(text, low, mention.start),
        key=lambda match: match.start(),
        default=None,
    )
    if named is None or ";" in text[named.end() : mention.start]:
        return None
    between = text[named.end() : mention.start]
    last_comma = between.rfind(",")
    if last_comma >= 0 and RATE_OTHER_CLAUSE_RE.search(between[last_comma:]):
        return None  # "..., tuổi thọ trung bình đạt 72": another clause's figure
    if any(named.end() <= m.start < mention.start and m.unit for m in mentions):
        return None  # another figure with its unit stands between: the rate is not this one's
    words = named.group("words").split()
    for size in range(min(RATE_NAMED_NOUN_WORDS, len(words)), 0, -1):
        noun = " ".join(words[-size:])
        if noun in COUNT_UNITS and noun.islower() and noun not in PER_CAPITA_BASE_NOUNS:
            return noun
    return None


def _in_dash_chain(text: str, low: NumberMention, high: NumberMention) -> bool:
    """Whether ``low - high`` is one link of a dash chain of three or more figures."""
    window = low.start - DASH_CHAIN_WINDOW if low.start > DASH_CHAIN_WINDOW else 0
    return (
        DASH_CHAIN_BEFORE_RE.search(text, window, low.start) is not None
        or DASH_CHAIN_AFTER_RE.match(text, high.end) is not None
    )


def exceeded_plan_side(
    mention: NumberMention, value: Decimal, unit: str | None
) -> tuple[int, int] | None:
    """Where the right side of a "done / planned" pair done beyond its plan is printed
    ("1.240/700 ca": the 700; ``value`` is the left side read): below the left, it is no
    denominator of a share but a figure of its own, the plan; never for a percentage."""
    if (
        mention.kind is not Kind.RATIO
        or unit == PERCENT_UNIT
        or len(mention.parts) != RATIO_SIDES
        or not mention.denominator
        or not 0 < mention.denominator[0] < value
    ):
        return None
    return mention.parts[1]


def _exceeded_plan(
    text: str, mention: NumberMention, value: Decimal, unit: str
) -> NumberMention | None:
    """The plan of a "done / planned" pair done beyond it (see :func:`exceeded_plan_side`)
    as its own mention."""
    side = exceeded_plan_side(mention, value, unit)
    if side is None:
        return None
    start, end = side
    return NumberMention(
        start=start,
        end=end,
        raw=text[start:end],
        values=mention.denominator,
        kind=Kind.COUNT,
        unit=mention.unit,
        qualifier=Qualifier.EXACT,
    )


def _clause(text: str, start: int, end: int, limit: Span) -> Span:
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
    span = strip_span(text, left, right)
    for separator in (COMMA_RE, CONNECTIVE_RE):
        if span.end - span.start <= MAX_QUOTE_CHARS:
            return span
        span = _narrow(text, span, start, end, separator)
    if span.end - span.start <= MAX_QUOTE_CHARS:
        return span
    return _window(text, span, start, end)


def _narrow(text: str, span: Span, start: int, end: int, separator: re.Pattern[str]) -> Span:
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
    return strip_span(text, left, right)


def _window(text: str, span: Span, start: int, end: int) -> Span:
    words_before = list(re.finditer(r"\S+", text[span.start : start]))
    words_after = list(re.finditer(r"\S+", text[end : span.end]))
    left = span.start
    if len(words_before) > WINDOW_WORDS:
        left = span.start + words_before[-WINDOW_WORDS].start()
    right = span.end
    if len(words_after) > WINDOW_WORDS:
        right = end + words_after[WINDOW_WORDS - 1].end()
    return strip_span(text, left, right)


def _label(text: str, fact: _Fact, clause: Span, index_mentions: list[NumberMention]) -> str:
    """What the figure counts, in the article's words.

    A count names it after the number ("75.135 lượt khám chữa bệnh"); a percentage after it
    when a noun follows ("100% xã đạt tiêu chí") or else before it ("tỷ lệ ... đạt 82,8%").
    """
    after = PHRASE_END_RE.split(text[fact.end : clause.end], maxsplit=1)[0]
    printed = fact.mention.unit
    kinship = KINSHIP_AFTER_RE.match(after) if printed in KINSHIP_UNITS else None
    if kinship is not None:
        # "chị em phụ nữ có ...": the women counted; "chị em ..." names its group whole
        after = after[kinship.start("women") :] if kinship.group("women") else after
    elif printed and printed != fact.unit and after.lstrip().lower().startswith(printed):
        rest = after.lstrip()[len(printed) :]  # "1.000.000đ mỗi ...": the unit as printed
        # A per-population rate after "trên" says what it counts with its base ("145 ca trên
        # 100.000 dân"): the label keeps the rate as printed.
        after = (
            after.lstrip()[: len(printed)] + rest if RATE_AFTER_TREN_RE.fullmatch(printed) else rest
        )
    after = NEXT_FIGURE_RE.split(after, maxsplit=1)[0]  # never run into the next figure
    after = LABEL_STOP_RE.sub("", " " + LABEL_LEAD_RE.sub("", after))
    following = after.split()[:LABEL_MAX_WORDS]
    # What precedes the figure, back to the previous figure or punctuation in the clause.
    previous = [m for m in index_mentions if clause.start <= m.end <= fact.mention.start]
    before = text[previous[-1].end if previous else clause.start : fact.mention.start]
    if previous and previous[-1].unit and before.lstrip().startswith(previous[-1].unit):
        before = before.lstrip()[len(previous[-1].unit) :]  # the previous figure's unit
    context = ""
    for segment in reversed(PHRASE_END_RE.split(before)):
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
    if noun and not fold(noun).startswith(fold(fact.unit)):
        noun = f"{fact.unit} {noun}"
    if noun and fold(noun) != fold(fact.unit):
        return noun
    if kinship is not None and kinship.group("women"):
        # "215 chị em phụ nữ được phát hiện ...": the group as printed, nothing more after it
        return " ".join(kinship.group(0).split())
    if fact.mention.kind is Kind.MONEY:
        return context or fact.unit
    return f"{fact.unit} {context}".strip()


# The areas the table gives a sum of money from its words that only say what it pays for
# (building and equipping keep theirs: "vốn xây mới trạm y tế" is infrastructure).
MONEY_AS_FINANCE = frozenset(
    {
        IndicatorCategory.MEDICAL_CARE,
        IndicatorCategory.DISEASE_CONTROL,
        IndicatorCategory.TECHNICAL_SERVICES,
        IndicatorCategory.WORKFORCE,
        IndicatorCategory.OTHER,
    }
)
# A table's names: an IndicatorCategory, or a unit kind (UNIT_KINDS).
_Name = TypeVar("_Name", bound=str)


def _category_of(haystack: str, table: tuple[tuple[_Name, re.Pattern[str]], ...]) -> _Name | None:
    """The first category of ``table`` whose keywords occur in ``haystack`` (lower case).

    One search per category in table order: each pattern skips ahead to its keywords' first
    letters, faster than one scan that tries every category at every position.
    """
    for category, pattern in table:
        if pattern.search(haystack):
            return category
    return None


# A tetanus shot for pregnant women named in a figure's own label (see the population rule).
TETANUS_SHOT_RE = re.compile(r"tiêm phòng uốn ván|tiêm vắc xin uốn ván")

CONTEXT_TOPICS: tuple[tuple[IndicatorCategory, re.Pattern[str]], ...] = (
    (IndicatorCategory.FOOD_SAFETY, FOOD_CONTEXT_RE),
    (IndicatorCategory.COVID19, COVID_CONTEXT_RE),
    (IndicatorCategory.POPULATION, POPULATION_CONTEXT_RE),
    (IndicatorCategory.HIV_AIDS, HIV_CONTEXT_RE),
)
NO_FOOD_CONTEXT_TOPICS = tuple(
    (category, pattern)
    for category, pattern in CONTEXT_TOPICS
    if category != IndicatorCategory.FOOD_SAFETY
)


def _injury_list(text: str) -> bool:
    """Whether lower-cased ``text`` lists injuries (INJURY_LIST_RE) and names no food
    (FOOD_NAMED_RE): poisoning there is one of an emergency ward's cases, not food safety."""
    return INJURY_LIST_RE.search(text) is not None and FOOD_NAMED_RE.search(text) is None


def _context_topic(text: str) -> IndicatorCategory | None:
    """The topic lower-cased ``text`` names (CONTEXT_TOPICS, first found): ``food_safety``
    (not in a list of injuries, :func:`_injury_list`), ``covid19``, ``population`` or
    ``hiv_aids`` (only as the text's sole programme: not beside another disease or programme,
    OTHER_PROGRAMME_RE, but for the work every HIV programme reports, HIV_COMPANION_RE; nor
    for an HIV test alone); else None."""
    topics = NO_FOOD_CONTEXT_TOPICS if _injury_list(text) else CONTEXT_TOPICS
    topic = _category_of(text, topics)
    if topic == IndicatorCategory.HIV_AIDS and (
        OTHER_PROGRAMME_RE.search(HIV_COMPANION_RE.sub(" ", text))
        or not HIV_CONTEXT_RE.search(HIV_TEST_RE.sub(" ", text))
    ):
        return None
    return topic


@dataclass
class _SentenceCategory:
    """What a sentence says about the category of its figures (shared by them, cached)."""

    category: IndicatorCategory | None  # the sentence's own category, for figures without keywords
    topic: (
        IndicatorCategory | None
    )  # the topic of the sentence, else of its paragraph (_context_topic)
    named_disease: bool


def _sentence_category(
    layout: Layout,
    sentence: Span,
    cache: dict[Span, _SentenceCategory],
    article_topic: IndicatorCategory | None = None,
) -> _SentenceCategory:
    known = cache.get(sentence)
    if known is None:
        lowered = layout.text[sentence.start : sentence.end].lower()
        topic = _context_topic(lowered)
        if topic is None and not PRIVATE_PRACTICE_RE.search(lowered):
            line = containing(layout.lines, sentence.start)
            if line is not None:
                topic = _context_topic(layout.text[line.start : line.end].lower())
        if topic == IndicatorCategory.COVID19 and ROUTINE_VACCINATION_RE.search(lowered):
            topic = None  # a routine-immunisation sentence, in a Covid-19 paragraph or not
        if topic is None:
            topic = article_topic
        category = _category_of(lowered, CATEGORY_PATTERNS)
        if category == IndicatorCategory.FOOD_SAFETY and _injury_list(lowered):
            # an emergency ward's list of injuries, poisoning among them: its cases
            category = _category_of(lowered, NO_FOOD_CATEGORY_PATTERNS)
        if (
            category == IndicatorCategory.INFRASTRUCTURE
            and _category_of(lowered, STRONG_CATEGORY_PATTERNS) == IndicatorCategory.MEDICAL_CARE
        ):
            # "tỷ trọng lượt khám: ..., trạm y tế chiếm 7%": visits shared out among kinds
            # of facility are care; the facilities are where it was given
            category = IndicatorCategory.MEDICAL_CARE
        known = cache[sentence] = _SentenceCategory(
            category,
            topic,
            NAMED_DISEASE_RE.search(lowered) is not None,
        )
    return known


def _list_item(text: str, sentence: Span, position: int) -> str | None:
    """The ``;``-part of ``sentence`` holding ``position`` (lower case), when the sentence has
    more than one part."""
    before = text.rfind(";", sentence.start, position)
    after = text.find(";", position, sentence.end)
    if before < 0 and after < 0:
        return None
    start = sentence.start if before < 0 else before + 1
    end = sentence.end if after < 0 else after
    return text[start:end].lower()


def _list_item_category(text: str, sentence: Span, position: int) -> IndicatorCategory | None:
    """The category of the ``;``-part of ``sentence`` holding ``position``, when the sentence
    has more than one part: its specific keywords (STRONG_CATEGORY_PATTERNS) first, so a
    figure the part only compares ("tăng 4,4% so với cùng kỳ") keeps the part's area, then the
    table's."""
    item = _list_item(text, sentence, position)
    if item is None:
        return None
    return _category_of(item, STRONG_CATEGORY_PATTERNS) or _category_of(item, CATEGORY_PATTERNS)


def _disease_before_subsets(text: str, sentence: Span, position: int) -> bool:
    """Whether ``sentence`` names a disease before the subsets printed after the figure at
    ``position`` (SUBSET_AFTER_RE); True when the position is unknown (negative)."""
    if position < 0:
        return True
    subset = SUBSET_AFTER_RE.search(text, position, sentence.end)
    end = subset.start() if subset is not None else sentence.end
    return NAMED_DISEASE_RE.search(text[sentence.start : end].lower()) is not None


def _comma_part(text: str, sentence: Span, position: int) -> str:
    """The part of ``sentence`` holding ``position`` between commas (COMMA_RE) and ``;``."""
    start, end = _comma_bounds(text, sentence, position)
    return text[start:end]


def _comma_bounds(text: str, sentence: Span, position: int) -> tuple[int, int]:
    """Where the part of ``sentence`` holding ``position`` (:func:`_comma_part`) starts and
    ends."""
    start, end = sentence.start, sentence.end
    for match in COMMA_RE.finditer(text, sentence.start, sentence.end):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    before = text.rfind(";", start, position)
    after = text.find(";", position, end)
    return (before + 1 if before >= 0 else start, after if after >= 0 else end)


@dataclass(frozen=True, slots=True)
class _Clause:
    """One figure as :func:`_category` reads it: its label and quote, the sentence that holds
    it, its offset in the article (-1: none, no list item or comma-part is read), whether it is
    a sum of money and its unit."""

    label: str
    quote: str
    sentence: Span
    position: int
    money: bool
    unit: str


@dataclass(frozen=True, slots=True)
class _ArticleContext:
    """What every figure of one article shares for :func:`_category`: the layout, the
    article's topic (``population`` in a population office's article, else None), the
    organiser's kind (:func:`unit_kind`) and the per-sentence cache of
    :func:`_sentence_category`."""

    layout: Layout
    article_topic: IndicatorCategory | None
    kind: str | None
    sentences: dict[Span, _SentenceCategory]


def _category(clause: _Clause, article: _ArticleContext) -> IndicatorCategory:
    """The category of a figure (:func:`_area_category`); maternal care that a maternity
    hospital or ward gives itself (its subject before the figure: "Bệnh viện Sản Nhi tỉnh đỡ
    đẻ 7.200 ca, chăm sóc sau sinh cho ...") is its care, ``medical_care``, not the population
    programme's (examples/gold/README.md)."""
    category = _area_category(clause, article)
    if category in NOT_INJURY_CATEGORIES and _injury_item(article.layout.text, clause):
        return INJURY_CATEGORY
    if (
        category == IndicatorCategory.POPULATION
        and clause.position >= 0
        and MATERNITY_WARD_RE.search(article.layout.text, clause.sentence.start, clause.position)
    ):
        return IndicatorCategory.MEDICAL_CARE
    return category


def _injury_item(text: str, clause: _Clause) -> bool:
    """Whether the figure's own list item (its comma-part, between items joined by "và") is
    an injury that names no food (:func:`_injury_list`) nor a death (DEATH_RE): "Có 62 ca
    chấn thương, 7 ca ngộ độc" lists the 62 as injuries, whatever the poisoning after it."""
    if clause.position < 0 or clause.money:
        return False
    start, end = _comma_bounds(text, clause.sentence, clause.position)
    for joined in NEXT_ITEM_RE.finditer(text, start, clause.position + 1):
        start = joined.end()  # "35 ca đả thương và 4 ca ngộ độc": the 4's item starts here
    following = NEXT_ITEM_RE.search(text, clause.position, end)
    own = text[start : following.start() if following else end].lower()
    return _injury_list(own) and DEATH_RE.search(own) is None


def _area_category(clause: _Clause, article: _ArticleContext) -> IndicatorCategory:
    """The category of a figure by its health area, first rule that decides:

    * an item of the plan itself ("hoàn thành 15/16 chỉ tiêu", PLAN_ITEM_RE) and communication
      outputs (COMMUNICATION_UNITS) are ``other``; techniques counted (TECHNIQUE_UNITS) are
      technical services; beds (BED_UNITS) start as infrastructure;
    * the worth of free care (finance), members of an association (workforce), the first
      specific keyword (STRONG_CATEGORY_PATTERNS, in its order) of the label or quote (a sum
      looks in its own comma-part first), a unit's departments (STRUCTURE_HEADS:
      infrastructure), a service by chip ID card (digital health);
    * else the table's category of the label, else of the quote; care of patients of a named
      disease (in the quote, or in the sentence when the label names no care given, not in a
      "trong đó" subset after the figure) is ``disease_control``; else the list item's, else
      the sentence's ``;``-part or the sentence's (a list "Điều trị nội trú: 812 lượt; chuyển
      tuyến 127 ca" keeps each item's area);
    * a sum of money placed in care, a programme, techniques, staff or other
      (MONEY_AS_FINANCE) is budget, ``finance``;
    * a unit of a ``kind`` (see :func:`unit_kind`) reads its own work in its area;
    * else ``disease_control`` for a bare "ca" there when no topic of the sentence,
      paragraph or article names the area (BARE_CASE_RE: a population campaign counts its
      procedures in "ca"); then the topic of the
      sentence or paragraph (food safety, Covid-19, population: FOOD_CONTEXT_OVERRIDES ...)
      takes an activity, unless a named disease keeps its figure; laboratory tests no rule
      placed are care; else ``finance`` for money, ``other`` for the rest."""
    label, quote, sentence, position = clause.label, clause.quote, clause.sentence, clause.position
    money, unit = clause.money, clause.unit
    layout, article_topic, kind, cache = (
        article.layout,
        article.article_topic,
        article.kind,
        article.sentences,
    )
    found: IndicatorCategory | None
    if position >= 0 and PLAN_ITEM_RE.match(layout.text, position):
        # "hoàn thành 17/18 chỉ tiêu", "7 nhiệm vụ trọng tâm": the plan itself
        return IndicatorCategory.OTHER
    if unit.split(",")[0].strip().lower() in COMMUNICATION_UNITS:
        return IndicatorCategory.OTHER  # "118 bài", "7.300 tờ rơi": communication outputs
    if unit.lower() in TECHNIQUE_UNITS:
        # "46 kỹ thuật khám chữa bệnh": techniques counted, whatever care they serve
        return IndicatorCategory.TECHNICAL_SERVICES
    if unit in BED_UNITS:
        # planned or actual beds, whatever rate the sentence gives
        found = IndicatorCategory.INFRASTRUCTURE
    else:
        label, quote = label.lower(), quote.lower()
        if money and position >= 0 and _charity_worth(layout.text, sentence, position):
            # "khám miễn phí cho 300 lượt người với tổng trị giá 15 triệu đồng": what the
            # charity cost, finance.
            return IndicatorCategory.FINANCE
        if unit.lower() in MEMBER_UNITS:
            # "Hội hiện có 2.076 hội viên": an association's practitioners.
            return IndicatorCategory.WORKFORCE
        own = f"{label}\n{quote}"
        if not money and (NO_HEALTH_AREA_RE.search(own) or BROADCAST_RE.search(own)):
            # communication on a named programme's subject is that programme's
            programme_talk = _category_of(own, CATEGORY_PATTERNS) in PROGRAMME_CATEGORIES
            if NO_HEALTH_AREA_RE.search(own) and not (
                HEALTH_TALK_RE.search(own) and programme_talk
            ):
                return IndicatorCategory.OTHER  # gifts, health-education sessions, latrines
            if (
                BROADCAST_RE.search(own)
                and not programme_talk
                and _sentence_category(layout, sentence, cache, article_topic).topic
                != IndicatorCategory.POPULATION
            ):
                return IndicatorCategory.OTHER  # broadcasts and their listeners
        strong = None
        if money and position >= 0:
            # A sum's own comma-part first: "cộng tác viên dân số có 1.975 người, phụ cấp
            # 150.000 đồng/người/tháng" counts staff, then pays them.
            part = _comma_part(layout.text, sentence, position).lower()
            if WORTH_RE.match(part):
                # "..., tổng trị giá 5,6 tỷ đồng": the worth of what the sentence names.
                part = (
                    _list_item(layout.text, sentence, position)
                    or layout.text[sentence.start : sentence.end].lower()
                )
            strong = _category_of(part, STRONG_CATEGORY_PATTERNS)
        if (
            unit == PERCENT_UNIT
            and PLAN_SHARE_LABEL_RE.match(label)
            and PLAN_SHARE_REACHED_RE.search(quote)
        ):
            # "đạt 115,7% chỉ tiêu kế hoạch": the share of the plan of what the quote counts
            strong = strong or _category_of(quote, STRONG_CATEGORY_PATTERNS)
        elif TETANUS_SHOT_RE.search(label):
            # "..., tiêm phòng uốn ván đủ mũi đạt 96%": the shot's own figure, whatever
            # check-ups the quote counts before it
            strong = strong or IndicatorCategory.VACCINATION
        else:
            strong = strong or _category_of(label + "\n" + quote, STRONG_CATEGORY_PATTERNS)
        if strong == IndicatorCategory.MEDICAL_CARE and MENTAL_PROGRAMME_RE.search(quote):
            # "điều trị ngoại trú cho 70% người bệnh tâm thần của cả huyện": the
            # community programme's care, however it is worded
            return IndicatorCategory.DISEASE_CONTROL
        if strong is not None:
            return strong
        if unit.split(",")[0].strip().lower() in STRUCTURE_HEADS and not AWARD_RE.search(
            label + "\n" + quote
        ):
            # "7 phòng chức năng và 15 khoa lâm sàng": the unit's departments, its structure,
            # whatever staff or work the sentence names with them
            return IndicatorCategory.INFRASTRUCTURE
        if (
            unit.islower()
            and FACILITY_COUNTED_RE.match(label)
            and not FACILITY_ACT_RE.search(f"{label}\n{quote}")
            and _category_of(FACILITY_COUNTED_RE.sub(" ", f"{label}\n{quote}"), CATEGORY_PATTERNS)
            is None
            and _category_of(
                layout.text[sentence.start : sentence.end].lower(), STRONG_CATEGORY_PATTERNS
            )
            in FACILITY_NETWORK_SENTENCES
        ):
            # "42 bệnh viện tư nhân", "gần 10.000 nhà thuốc": facilities counted, the network,
            # whatever care the sentence names around them (not when the figure's own words
            # name a work, "14 bệnh viện triển khai bệnh án điện tử", or its sentence one of
            # another area, or an administrative act on them, "được cấp phép", "đổi tên")
            return IndicatorCategory.INFRASTRUCTURE
        if position >= 0:
            item = _list_item(layout.text, sentence, position)
            if ID_CARD_RE.search(item or layout.text[sentence.start : sentence.end]):
                # a service given by chip ID card is the digital one
                return IndicatorCategory.DIGITAL_HEALTH
        found = _category_of(label, CATEGORY_PATTERNS)
        if (
            found == IndicatorCategory.MEDICAL_CARE
            and NAMED_DISEASE_RE.search(quote)
            and _disease_before_subsets(layout.text, sentence, position)
        ):
            # "quản lý 140 bệnh nhân phong": patients of a named disease, its programme's
            found = IndicatorCategory.DISEASE_CONTROL
        if found is None or (money and found == IndicatorCategory.FINANCE):
            # Money words of the label ("được đầu tư", "kinh phí") say how it was raised, the
            # quote may say where it goes ("để xây mới 3 trạm y tế").
            found = _category_of(quote, CATEGORY_PATTERNS) or found
    context = _sentence_category(layout, sentence, cache, article_topic)
    if (
        found == IndicatorCategory.MEDICAL_CARE
        and context.named_disease
        and not CARE_ACTIVITY_RE.search(f"{label}\n{quote}")
        and _disease_before_subsets(layout.text, sentence, position)
    ):
        found = IndicatorCategory.DISEASE_CONTROL  # patients of the disease the sentence names
    if found is None and position >= 0:
        found = _list_item_category(layout.text, sentence, position)
    if (
        found == IndicatorCategory.INFRASTRUCTURE
        and unit == PERCENT_UNIT
        and context.category == IndicatorCategory.MEDICAL_CARE
        and SHARE_OF_WHOLE_RE.search(quote.lower())
        and not FACILITY_WORK_RE.search(
            (position >= 0 and _list_item(layout.text, sentence, position)) or quote.lower()
        )
    ):
        # "...; trạm y tế chiếm 6%" in a sentence sharing out visits: the stations' share of
        # the care, not stations counted (nor "...; số trạm đạt chuẩn chiếm 90%": its own
        # ";"-part says what the share counts)
        found = IndicatorCategory.MEDICAL_CARE
    if found is None:
        found = context.category
    if money and found in MONEY_AS_FINANCE:
        # a sum for care or a programme is budget: "kinh phí cho chương trình sốt rét 850
        # triệu đồng", "vốn phân bổ cho các phòng khám" (specific keywords, such as the insurance
        # fund's, and a food-safety or Covid-19 paragraph keep theirs)
        found = IndicatorCategory.FINANCE
    if kind is not None:
        item = _list_item(layout.text, sentence, position) if position >= 0 else None
        own = f"{label}\n{quote}".lower()
        context_text = item or layout.text[sentence.start : sentence.end].lower()
        by_kind = _unit_kind_category(kind, own, context_text, found)
        if by_kind is not None:
            return by_kind
    if (
        found is None
        and context.topic is None
        and BARE_CASE_RE.search(
            f"{label}\n{quote}\n{layout.text[sentence.start : sentence.end]}".lower()
        )
    ):
        # rare: searched only here, not cached with the sentence
        found = IndicatorCategory.DISEASE_CONTROL
    if found == IndicatorCategory.DISEASE_CONTROL and context.named_disease:
        return found  # a named disease keeps its figures in any paragraph
    if context.topic == IndicatorCategory.FOOD_SAFETY and found in FOOD_CONTEXT_OVERRIDES:
        return IndicatorCategory.FOOD_SAFETY
    if context.topic == IndicatorCategory.COVID19 and found in COVID_CONTEXT_OVERRIDES:
        return IndicatorCategory.COVID19
    if (
        context.topic == IndicatorCategory.HIV_AIDS
        and found in HIV_CONTEXT_OVERRIDES
        and _category_of(
            layout.text[sentence.start : sentence.end].lower(), STRONG_CATEGORY_PATTERNS
        )
        in HIV_TOPIC_SENTENCES
        and not NOT_HIV_OUTCOME_RE.search(layout.text[sentence.start : sentence.end].lower())
    ):
        # (a sentence naming another programme's own words, "quản lý tăng huyết áp", or an
        # outcome of no HIV programme, "tử vong mẹ", "tai nạn", keeps its figures)
        return IndicatorCategory.HIV_AIDS
    if context.topic == IndicatorCategory.POPULATION and found in POPULATION_CONTEXT_OVERRIDES:
        return IndicatorCategory.POPULATION
    if found is None and LAB_TEST_RE.search(
        f"{label}\n{quote}\n{layout.text[sentence.start : sentence.end]}".lower()
    ):
        return IndicatorCategory.MEDICAL_CARE  # laboratory tests no programme or topic claims
    return found or (IndicatorCategory.FINANCE if money else IndicatorCategory.OTHER)


def _charity_worth(text: str, sentence: Span, position: int) -> bool:
    """Whether the sum at ``position`` is the worth of free care its sentence names."""
    if not WORTH_BEFORE_RE.search(
        text, max(sentence.start, position - WORTH_BEFORE_CHARS), position
    ):
        return False
    return CHARITY_RE.search(text, sentence.start, position) is not None


def _qualifier(text: str, mention: NumberMention) -> Qualifier:
    """The figure's qualifier; an exact one in a bulleted item under an estimate's heading
    ("* Ước cuối năm 2017:" then "- Tổng số sinh: 520 trẻ") is an estimate."""
    if mention.qualifier is not Qualifier.EXACT:
        return mention.qualifier
    low = max(0, mention.start - ESTIMATE_REACH)
    clause_start = low
    for stop in ESTIMATE_CLAUSE_END_RE.finditer(text, low, mention.start):
        clause_start = stop.end()
    if ESTIMATE_OPENING_RE.match(text, clause_start, mention.start):
        # "Ước cả năm, các trạm tiêm đủ mũi cho 3.400 trẻ": the clause opens on an estimate
        return Qualifier.APPROX
    line_start = text.rfind("\n", 0, mention.start) + 1
    if not BULLET_LINE_RE.match(text, line_start):
        return mention.qualifier
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip() or BULLET_LINE_RE.match(line):
            continue
        return Qualifier.APPROX if ESTIMATE_HEADING_RE.match(line) else mention.qualifier
    return mention.qualifier


def _column_fields(column: str, reviewed: dict[str, Any]) -> dict[str, Any]:
    """What a table cell's column header says of its figure ("Kế hoạch", "Năm 2024", "6
    th/2024"): a plan column's cells are targets; a column naming a period dates its cells,
    and one that ends before the reviewed period holds the earlier figures (measure previous,
    compared to that period), as the real golds mark such tables. The measure is then final
    (:func:`~baocao.offline.measures.measure_indicators` keeps it)."""
    if not column:
        return {}
    if plan_column(column):
        return {"measure": Measure.TARGET, "direction": None, "compared_to": None, "per": None}
    dated = column_period(column)
    if dated is None:
        return {}
    if reviewed["year"] is None or (dated["year"], period_end_month(dated)) >= (
        int(reviewed["year"]),
        period_end_month(reviewed),
    ):
        return {"period": dated}
    return {
        "period": dated,
        "measure": Measure.PREVIOUS,
        "direction": None,
        "compared_to": dated,
        "per": None,
    }


def _another_item_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens another item of a list: a label and its colon
    ("cụm 2: 8 trạm"), or a place named by its level and a capitalised name ("xã Chiềng Khừa
    2 ca"; ANOTHER_ITEM_RE)."""
    return any(
        item.group("name") is None or item.group("name").isupper()
        for item in ANOTHER_ITEM_RE.finditer(text, start, end)
    )


def find_indicators(
    layout: Layout,
    index: NumberIndex,
    periods: ReportPeriods,
    article_topic: IndicatorCategory | None = None,
    kind: str | None = None,
) -> list[dict[str, Any]]:
    """The figures of the article as indicators, each with its period (see
    :func:`indicator_period`); ``article_topic`` is the topic of every sentence that names
    none (``population`` in a population office's article), ``kind`` the organiser's kind
    (:func:`unit_kind`)."""
    text = layout.text
    facts = _facts(layout, index)
    lowered = lower_in_place(text)
    frames: dict[Span, SentencePeriods] = {}
    indicators: list[dict[str, Any]] = []
    figures: list[ShownFigure] = []
    seen: dict[tuple[Decimal, str, str, int], int] = {}
    article = _ArticleContext(layout, article_topic, kind, {})
    for position, fact in enumerate(facts):
        # A headline figure the body prints again is a printed figure of its own: the real
        # corpus's golds (one indicator per printed figure) count both.
        sentence = sentence_of(layout, fact.mention.start)
        clause = _clause(text, fact.mention.start, fact.end, sentence)
        if any(
            other is not fact and clause.start <= other.mention.start < clause.end
            for other in facts
        ):
            # Two figures in one clause: quote the part between connectives ("và", ...).
            clause = _narrow(text, clause, fact.mention.start, fact.end, CONNECTIVE_RE)
        quote = text[clause.start : clause.end]
        # One figure per clause of a sentence; a short line the page prints again (a summary
        # or a caption) states its figures again, and the golds count them again (a paragraph
        # printed again is no new statement: _facts left its copy out, near_repeats). The
        # same count for another place or item of one sentence ("huyện A: 3 xã; huyện B: 3
        # xã") is printed again, and so is a pair of this year's and last year's ("151 ca,
        # tăng 19 ca (151/132 ca)"); a count restated for the same item ("24 ca, giảm 24
        # ca", "36 ổ dịch, đạt 100% (36 ổ dịch)") is not.
        key = (fact.value, fact.unit, quote, sentence.start)
        last_end = seen.get(key)
        if (
            last_end is not None
            and not fact.mention.denominator  # "(151/132 ca)": this year's and last year's
            and not _another_item_between(text, last_end, fact.mention.start)
        ):
            continue
        seen[key] = fact.end
        # A table cell counts what its row's label names.
        row = fact.row
        if row and not row.split()[0].isupper():
            row = row[:1].lower() + row[1:]  # "BV Nhi" keeps its abbreviation
        label = row or _label(text, fact, clause, index.mentions)
        figures.append(
            ShownFigure(
                label,
                fact.mention.start,
                fact.end,
                fact.unit,
                fact.mention.unit,
                fact.value,
                fact.mention.kind is Kind.MONEY,
                clause,
                sentence,
            )
        )
        if sentence not in frames:
            frames[sentence] = sentence_periods(text, lowered, sentence, periods)
        following = facts[position + 1].mention.start if position + 1 < len(facts) else len(text)
        spot = spot_figure(
            lowered, sentence, fact.mention.start, fact.end, min(following, sentence.end)
        )
        denominator: Decimal | None = None
        if fact.mention.denominator:
            candidate = fact.mention.denominator[0]
            if candidate > 0 and (fact.unit == PERCENT_UNIT or candidate >= fact.value):
                denominator = candidate
        indicators.append(
            {
                "label": label,
                "category": _category(
                    _Clause(
                        label,
                        quote,
                        sentence,
                        fact.mention.start,
                        money=fact.mention.kind is Kind.MONEY,
                        unit=fact.unit,
                    ),
                    article,
                ),
                "value": fact.value,
                "unit": fact.unit,
                "denominator": denominator,
                "value_max": fact.value_max,
                "qualifier": _qualifier(text, fact.mention).value,
                "quote": quote,
                "period": indicator_period(
                    lowered, spot, frames[sentence], periods, fact.unit, quote
                ),
            }
            | _column_fields(fact.column, periods.reviewed)
        )
    # The category reads the keyword window; the report shows a label an analyst can read.
    for indicator, shown in zip(indicators, shown_labels(text, figures), strict=True):
        indicator["label"] = shown
    return indicators
