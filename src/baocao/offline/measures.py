"""What each figure of the offline backend measures, from the cue words around it.

A review article prints levels beside changes, targets and last year's figures, often in one
sentence ("Thực hiện 75.135 lượt khám chữa bệnh, đạt 94% so với chỉ tiêu đề ra"; "giảm 73.066
ca so với cùng kỳ năm 2022 (73.071)"). Only levels may be summed, so every indicator gets:

- ``measure``: ``share_of_target`` ("đạt 94% so với chỉ tiêu", "115,7% kế hoạch"), ``change``
  ("tăng 12%", "giảm 73.066 ca", "vượt 5% so với cùng kỳ"), ``previous`` ("cùng kỳ năm trước
  là 90,4%", "năm 2022: 1.200 ca", "so với cùng kỳ năm 2022 (73.071)"), ``target`` ("chỉ
  tiêu", "kế hoạch", "phấn đấu", "mục tiêu" before it, or a figure of the next period),
  ``other`` for a threshold after a share ("100% số trạm ... từ 60% trở lên"), else
  ``level``; tried in that order, each on the figure's own part of its clause;
- ``direction`` of a change (tăng / vượt: increase, giảm: decrease);
- ``compared_to``: the period a change or previous figure is set against, when the clause
  names it ("so với cùng kỳ năm 2022", "năm trước", "cùng kỳ" = the same period a year
  earlier);
- ``per``: the printed base of a per-population rate ("bác sĩ/vạn dân" -> 10000 "dân",
  "/100.000 dân" -> 100000).

The figure is found in the article through its quote (a verbatim slice) and the number index,
so the rules read the words next to the very mention the indicator was built from.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal
from typing import Any

from baocao.numerals import QUANTITY_KINDS, SCALE_WORDS, Kind, NumberIndex
from baocao.offline.dates import period_end_month
from baocao.offline.enums import Measure, PeriodKind
from baocao.offline.indicators import exceeded_plan_side
from baocao.offline.text import COMMA_RE, SENTENCE_END_RE, plan_heading_year

PERCENT_UNIT = "%"
# How far around a figure its cue words are looked for (characters): about a clause.
CUE_REACH = 160
# A figure's part of its sentence ends at sentence marks and commas; a colon stays inside it
# ("năm 2022: 1.200 ca", "cùng kỳ năm trước: 90,4%").
# (as text.CLAUSE_END_RE: one class first, then "[.!?…;]+(?=\s|$)" or the line break, so the
# regex engine skips ahead to the marks instead of trying every character)
SENTENCE_MARK_RE = re.compile(r"[.!?…;\n](?:(?<=[.!?…;])[.!?…;]*(?=\s|$)|(?<=\n))")
YEAR = r"(?:19|20)\d\d"

# "đạt 94% so với chỉ tiêu đề ra", "115,7% kế hoạch", "102% KH năm": a share of the plan.
SHARE_AFTER_RE = re.compile(
    r"\s*%?\s*\)?\s*(?:trở lên\s+)?(?:so với\s+|của\s+)?"
    r"(?:kế hoạch|chỉ tiêu|mục tiêu|kh)(?![^\W\d_])",
    re.IGNORECASE,
)
# The plan named later in the sentence: after a list of shares that closes with it ("khám thai
# đạt 96%, tiêm chủng đạt 121%, ..., sàng lọc đạt 84% so với chỉ tiêu": every share is of its
# plan), or after the few words that say what was reached ("đạt 103% số người trong diện so
# với kế hoạch"); no comma before those words (", cao hơn so với kế hoạch" is another clause),
# and no word of a comparison among them ("đạt 93% dân số, cao hơn / vượt / tăng nhẹ so với
# kế hoạch": the level is compared with the plan, not a share of it; "bao cao su" is a
# condom).
_COMPARISON_WORD = r"(?<![^\W\d_])(?<!bao )(?:cao|thấp|hơn|vượt|tăng|giảm|bằng|kém)(?![^\W\d_])"
_LATER_WORDS = rf"(?:(?!{_COMPARISON_WORD})[^\d.;:,\n%])"
SHARE_LATER_RE = re.compile(
    r"\s*%?(?:\s*,\s*[^\d.;:\n%]{1,40}?\s(?:đạt|bằng)\s+(?:(?:trên|hơn|gần|khoảng)\s+)?"
    rf"[\d.,]+\s*%)*(?:\s+{_LATER_WORDS}{{1,30}}?)?\s+so với\s+(?:kế hoạch|chỉ tiêu)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A coverage rate named in a list item's own clause ("tỷ lệ tiêm chủng đầy đủ đạt 94%, tỷ lệ
# khám thai đạt 96%, số lượt khám đạt 105% so với kế hoạch"): a level, unless that clause names
# the plan itself, when the items after it name their own rate or count (OWN_SUBJECT_ITEM_RE);
# items that only name an activity share the rate's head and the plan ("tỷ lệ dùng thuốc
# tránh thai đạt 96%, đặt vòng đạt 121% ... so với kế hoạch").
RATE_ITEM_RE = re.compile(r"(?<![^\W\d_])(?:tỷ|tỉ) lệ(?![^\W\d_])", re.IGNORECASE)
OWN_SUBJECT_ITEM_RE = re.compile(r",\s*(?:(?:tỷ|tỉ) lệ|(?:tổng\s+)?số)(?![^\W\d_])", re.IGNORECASE)
# "so với kế hoạch đạt 94%": the plan named first.
SHARE_BEFORE_RE = re.compile(
    r"so với\s+(?:kế hoạch|chỉ tiêu)[^\d]{0,40}?(?:đạt|bằng|hoàn thành)\s*(?:tỷ lệ\s*)?$",
    re.IGNORECASE,
)
# "tăng 12%", "giảm 73.066 ca", "giảm hơn 5%", "tăng tới 26,5%", "tăng bình quân 5% mỗi năm":
# the verb right before the figure. Not "tăng lên 95%" nor "giảm còn 5%", which give the new
# level.
CHANGE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?P<verb>tăng|giảm)"
    r"(?:(?:\s+(?:thêm|được|hơn|gần|khoảng|trên|dưới|nhẹ|mạnh|tới|bình quân|trung bình|gấp))*"
    # the span compared named between the verb and the figure ("tăng so với năm 2030 là 9 trạm")
    rf"|\s+so với\s+(?:cùng kỳ(?:\s+năm\s+(?:trước|{YEAR}))?|năm\s+(?:trước|{YEAR}))"
    r"\s*(?:là|:)?"
    # ... or after "(cao|thấp) hơn": "tăng cao hơn năm 2030 0,18%"
    rf"|(?:\s+(?:cao|thấp))?\s+hơn\s+(?:cùng kỳ\s+)?năm\s+(?:trước|{YEAR}))\s*$",
    re.IGNORECASE,
)
# The span compared named inside the change's cue, before the figure ("tăng cao hơn năm 2030
# 0,18%", "giảm so với năm 2030 là 12 ca"): what the change is set against; a year printed
# there is no period of the figure's own (it is the reviewed one).
COMPARED_IN_CHANGE_RE = re.compile(
    rf"(?:so với|hơn)\s+(?P<cue>cùng kỳ(?:\s+năm\s+(?:trước|{YEAR}))?|năm\s+(?:trước|{YEAR}))"
    r"\s*(?:là|:)?\s*$",
    re.IGNORECASE,
)
# The change named as the subject before its figure: "tỷ lệ giảm sinh còn 0,4‰", "mức tăng
# số lượt khám là 12%", "tốc độ giảm ... ở mức 2%"; not "tỷ lệ tăng dân số tự nhiên" (a level:
# the natural growth rate), so "tăng" only after "mức" or "tốc độ"; and "tỷ lệ giảm" only of
# births or of a rate or a number ("tỷ lệ giảm sinh", "tỷ lệ giảm tỷ suất ..."), not of a
# function ("tỷ lệ giảm thị lực", "giảm tiểu cầu": how many have the condition, a level).
# The subject may name a year or a birth order ("mức giảm sinh năm 2030", "giảm sinh con thứ
# 3"), no other figure.
_FALLING = r"sinh|số|(?:tỷ|tỉ) lệ|(?:tỷ|tỉ) suất"
_SUBJECT_WORDS = rf"(?:[^\d;:]|(?<![\d.,]){YEAR}(?![\d.,])|(?<=thứ )\d{{1,2}}(?![\d.,]))"
CHANGE_SUBJECT_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:mức|tốc độ)\s+(?P<verb>tăng|giảm)"
    rf"|(?:tỷ|tỉ) lệ\s+(?P<fall>giảm)(?=\s+(?:{_FALLING})(?![^\W\d_])))"
    rf"(?![^\W\d_]){_SUBJECT_WORDS}{{0,60}}?(?:\s(?:đạt|là|ở mức|chỉ còn|còn))?\s*$",
    re.IGNORECASE,
)
# "vượt 5% so với cùng kỳ": exceeding an earlier period's figure is a growth; so is exceeding
# the plan ("đạt 88%, vượt 4% so với kế hoạch", "tăng 15% so với kế hoạch": the excess, not a
# share of the plan), or the level just printed ("đạt 70%, vượt 2%"); a percentage's plan may
# follow it with no "so với" ("vượt 8% kế hoạch", "vượt 3,5% chỉ tiêu").
# ("cao hơn 1,2% so với năm 2030", "thấp hơn 6 ca so với cùng kỳ": a difference, a change,
# only against an earlier span, DIFFERENCE_AFTER_RE; "đạt 92%, cao hơn 88% của năm 2029",
# "thấp hơn 5% mức trần" name the other side of the comparison)
EXCEED_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:vượt|cao hơn|thấp hơn)\s*$", re.IGNORECASE)
DIFFERENCE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:cao|thấp) hơn\s*$", re.IGNORECASE)
DIFFERENCE_AFTER_RE = re.compile(
    rf"[^\d]{{0,30}}?so với\s+(?:cùng kỳ|năm\s+(?:trước|{YEAR}))", re.IGNORECASE
)
EXCEED_AFTER_RE = re.compile(
    rf"[^\d]{{0,30}}?so với\s+(?:cùng kỳ|năm\s+(?:trước|{YEAR})|kế hoạch|chỉ tiêu)", re.I
)
# (a percentage only: "vượt 2 chỉ tiêu" counts the targets exceeded)
EXCEED_PLAN_AFTER_RE = re.compile(r"\s*(?:kế hoạch|chỉ tiêu)(?![^\W\d_])", re.IGNORECASE)
DIRECTIONS = {
    "tăng": "increase",
    "giảm": "decrease",
    "vượt": "increase",
    "cao": "increase",
    "thấp": "decrease",
}
# An earlier span named for a comparison: "cùng kỳ (năm trước / năm 2022)", "năm trước",
# "năm 2022" (its year in the group ``year``).
PAST_SPAN_CUE = rf"cùng kỳ(?:\s+năm\s+(?:trước|{YEAR}))?|năm trước|năm\s+(?P<year>{YEAR})"
# "cùng kỳ năm trước là 90,4%", "năm 2022: 1.200 ca", "so với cùng kỳ năm 2022 (73.071)".
PREVIOUS_BEFORE_RE = re.compile(
    rf"(?P<cue>{PAST_SPAN_CUE})\s*(?:[:(]|là|đạt|chỉ đạt|có|ghi nhận)?\s*\(?\s*$",
    re.IGNORECASE,
)
# The figure a comparison is made against, then the earlier span it is of ("tăng gấp 2 lần (48
# ca, so với 24 ca của đợt nghỉ lễ năm 2030)", "là 4,1%, so với 6,2% năm 2029", "so với 1.240
# ca cùng kỳ"): that span's figure. Not a comparison between two groups ("38% so với 41%").
COMPARED_FIGURE_BEFORE_RE = re.compile(r"(?<![^\W\d_])so với\s*$", re.IGNORECASE)
PAST_SPAN_AFTER_RE = re.compile(
    rf"[^\d.;:()]{{0,40}}?(?<![^\W\d_])(?P<cue>{PAST_SPAN_CUE}|năm ngoái)(?![^\W\d_])",
    re.IGNORECASE,
)
# A move from one level to another ("giảm từ 2,4% xuống còn 1,1%", "tăng từ 71% (năm 2020) lên
# 78%"): the first figure is the earlier level, the second the level reached.
FROM_LEVEL_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:tăng|giảm)\s+từ\s*$", re.IGNORECASE)
TO_LEVEL_AFTER_RE = re.compile(
    r"\s*%?\s*(?:\([^()]*\)\s*)?(?:xuống|lên)(?![^\W\d_])", re.IGNORECASE
)
# Words naming a target before its figure; not "kế hoạch hóa gia đình" (family planning) nor
# "Chương trình mục tiêu (quốc gia)" (a programme's name).
TARGET_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:chỉ tiêu|kế hoạch(?!\s+h(?:óa|oá))|phấn đấu"
    r"|(?<!chương trình )mục tiêu(?!\s+quốc gia))(?![^\W\d_])",
    re.IGNORECASE,
)
# A sentence that opens with its goal ("Phấn đấu đến cuối năm 2018, tỷ lệ sinh giảm 0,61%, tỷ
# lệ tăng dân số tự nhiên 1,06% ..."): every figure in it is a target, a fall set as one too.
# A sentence opening with "Mục tiêu" or an expectation ("Dự kiến") sets one only when it looks
# forward before the figure ("Mục tiêu năm tới: ...", "Mục tiêu đến năm 2025 ...", "Dự kiến
# đến cuối năm 2031, phòng khám sẽ cấp thuốc cho 640 bệnh nhân"), never when it reports the goal met
# ("Mục tiêu ... đã hoàn thành: tiêm đủ cho 1.250 trẻ, đạt 96%"). An expectation for the
# reviewed year or an earlier one ("Dự kiến đến hết năm 2030" in a review of 2030 held in
# December) estimates what the year reached: its level, not an aim.
GOAL_SENTENCE_RE = re.compile(r"[\s\"“(*•+–-]*(?P<cue>Phấn đấu|Mục tiêu|Dự kiến)(?![^\W\d_])")
GOAL_CUE_PLEDGE = "phấn đấu"
GOAL_CUE_EXPECTATION = "dự kiến"
GOAL_FORWARD_RE = re.compile(
    r"(?<![^\W\d_])(?:tới|sắp tới|sau|đến\s+(?:năm|cuối|hết)|sẽ|phấn đấu|trọng tâm"
    r"|giai\s+đoạn\s+(?:tới|\d))(?![^\W\d_])",
    re.IGNORECASE,
)
# A sentence that opens with the time ahead and names targets before its figures ("Trong thời
# gian tới, Chi cục phấn đấu đạt các chỉ tiêu: tỷ lệ sinh giảm 10%; ..."): its figures are
# targets, a fall set as one too.
AHEAD_SENTENCE_RE = re.compile(
    r"[\s\"“(*•+–-]*(?:[Tt]rong\s+)?(?:[Tt]hời gian|[Nn]ăm|[Gg]iai đoạn)\s+(?:sắp\s+)?tới"
    r"(?![^\W\d_])"
)
# How far back such a sentence may open (its items are parted by ";", so it ends only at a
# full stop: text.SENTENCE_END_RE).
AHEAD_REACH = 400
AHEAD_TARGETS_RE = re.compile(r"(?<![^\W\d_])(?:chỉ tiêu|mục tiêu)(?![^\W\d_])", re.I)
# ... unless the stretch before the figure tells what is, not what is aimed at: a result
# ("đã", "hoàn thành"; not the pledge "quyết tâm hoàn thành các chỉ tiêu: ..."), the present
# ("hiện", "hiện nay"; not "thực hiện"), a printed year ("năm 2022 là ...") or a comparison
# ("tăng 2 xã so với ...").
AHEAD_REACHED_RE = re.compile(
    r"(?<![^\W\d_])(?:đã"
    r"|(?<!phấn đấu )(?<!quyết tâm )(?<!để )(?<!sẽ )(?<!nhằm )hoàn\s+thành"
    r"(?!\s+(?:tốt\s+)?(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|nhiệm\s+vụ))"
    r"|(?<!thực\s)(?<!phát\s)(?<!xuất\s)(?<!thể\s)hiện"
    r"(?!\s+(?:đại|thực))|năm\s+(?:19|20)\d\d|so\s+với)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A list item that reports what was done: a figure then ", đạt" / ", vượt", or "đã".
ITEM_REACHED_RE = re.compile(
    r",\s*(?:đã\s+)?(?:đạt|vượt)(?![^\W\d_])|(?<![^\W\d_])đã(?![^\W\d_])", re.IGNORECASE
)
GOAL_MET_RE = re.compile(r"(?<![^\W\d_])(?:đã|hoàn\s+thành)(?![^\W\d_])", re.IGNORECASE)
# The period a figure is compared with: "so với cùng kỳ năm 2022", "so với năm trước",
# "so với quý II", "so với tháng 9".
COMPARED_RE = re.compile(
    rf"so với\s+(?P<cue>cùng kỳ(?:\s+năm\s+(?:trước|{YEAR}))?|năm\s+(?:trước|{YEAR})"
    rf"|quý\s+(?:IV|I{{1,3}}|[1-4])(?![^\W\d_])(?:\s*(?:/|năm)\s*{YEAR})?"
    rf"|tháng\s+(?:1[0-2]|0?[1-9])(?!\d)(?:\s*(?:/|năm)\s*{YEAR})?)",
    re.IGNORECASE,
)
QUARTER_RE = re.compile(r"quý\s+(?P<index>IV|I{1,3}|[1-4])", re.IGNORECASE)
MONTH_RE = re.compile(r"tháng\s+(?P<index>\d{1,2})", re.IGNORECASE)
ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
YEAR_RE = re.compile(YEAR)
SAME_SPAN_CUE = "cùng kỳ"
# The base of a per-population rate after the counted noun: "/vạn dân", "trên 10.000 dân",
# "/100.000 trẻ đẻ sống". Digits, a scale word or both.
PER_NOUNS = ("trẻ đẻ sống", "trẻ sinh sống", "trẻ sinh ra sống", "người dân", "dân số", "dân")
PER_RE = re.compile(
    r"[^\d,;.()/]{0,40}?(?:/|\s+trên\s+|\s+mỗi\s+)\s*"
    r"(?:(?P<digits>\d{1,3}(?:\.\d{3})+|\d+)\s*)?(?P<scale>vạn|nghìn|ngàn|triệu)?\s*"
    r"(?P<noun>" + "|".join(PER_NOUNS) + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# A base is a power of ten (10, 100, ..., 1.000.000): "206/210 trẻ" is a share, not a rate.
PER_BASES = frozenset(Decimal(10) ** power for power in range(1, 7))
# "riêng chỉ tiêu tỷ lệ ... chỉ đạt 82,7%": the indicator (chỉ tiêu) reached a level.
REACHED_BEFORE_RE = re.compile(
    r"chỉ tiêu(?:(?!phấn đấu|mục tiêu|kế hoạch).)*?đạt\s*$", re.IGNORECASE
)
# "100% số trạm y tế xã thực hiện được từ 60% trở lên danh mục": after a share, a lower bound
# of what each counted unit does is the bar the share is stated against, not a result.
# Not "tỷ lệ ... đạt từ 95% trở lên", "hoàn thành từ 95% trở lên": a result or a target.
THRESHOLD_BEFORE_RE = re.compile(
    r"^(?:(?!đạt|hoàn thành|phấn đấu).)*(?<![^\W\d_])từ\s*$", re.IGNORECASE | re.DOTALL
)
THRESHOLD_AFTER_RE = re.compile(r"\s*%?\s*trở lên", re.IGNORECASE)
# Items of a plan or a report counted ("17/18 chỉ tiêu", "7 nhiệm vụ trọng tâm", "10 thành
# tựu nổi bật"): neither a level of health work nor, unless a target cue says so, a target.
PLAN_ITEM_UNITS = frozenset(
    {"chỉ tiêu", "nhiệm vụ", "mục tiêu", "thành tựu", "giải pháp", "mặt hạn chế", "hạn chế"}
)
# A percentage a count of visits reached (see _share_of_visits): "đạt" right before it, and
# the visits counted before it or named as its subject ("số lượt người khám bệnh đạt").
REACHED_RE = re.compile(r"(?<![^\W\d_])đạt\s*(?:trên|hơn|gần|khoảng)?\s*$", re.IGNORECASE)
VISITS_SUBJECT_RE = re.compile(r"(?<![^\W\d_])số\s+lượt(?![^\W\d_])", re.IGNORECASE)
VISITS_UNIT = "lượt"
RATE_SUBJECT_RE = re.compile(r"tỷ lệ|tỉ lệ|công suất", re.IGNORECASE)
# A bare count reaching more than the whole ("Số ca phẫu thuật là 2.302, đạt 121,2%"): no
# coverage passes 100%, so the percentage is the share of the count's plan.
COUNT_REACHED_GAP_RE = re.compile(r"\s*,?\s*đạt\s*$", re.IGNORECASE)
# ... not one compared with an earlier period ("là 1.250, đạt 104,5% so với cùng kỳ"): that
# is the count against the earlier one's, no plan.
COMPARED_AFTER_RE = re.compile(r"\s*%?\s*(?=so với)", re.IGNORECASE)
WHOLE_PERCENT = 100
# "tăng 15 - 20%": the high end of a range is the same figure, not the next one.
RANGE_JOIN_RE = re.compile(r"\s*(?:-|–|—|đến|tới)\s*")


# An executive committee elected at a congress, named before the figure in its clause or
# right after it ("vào Ban Chấp hành", "được bầu vào Ban Thường vụ").
_COMMITTEE = r"ban\s+(?:chấp\s+hành|thường\s+vụ)"
ELECTED_BEFORE_RE = re.compile(rf"(?<![^\W\d_]){_COMMITTEE}(?![^\W\d_])", re.IGNORECASE)
ELECTED_AFTER_RE = re.compile(
    rf"\s*(?:[^\W\d_]+\s+(?:[^\W\d_]+\s+)?)?(?:được\s+bầu\s+)?vào\s+{_COMMITTEE}(?![^\W\d_])",
    re.IGNORECASE,
)


def measure_indicators(
    text: str,
    index: NumberIndex,
    indicators: list[dict[str, Any]],
    reviewed: dict[str, Any],
    upcoming: dict[str, Any] | None,
) -> list[dict[str, Any]]:
    """The indicators with ``measure``, ``direction``, ``compared_to`` and ``per`` added.

    Args:
        text: the article text the indicators' quotes are slices of.
        index: its number index.
        indicators: the indicators as dicts (``value``, ``unit``, ``quote``, ``period``).
        reviewed: the report's reviewed period (its year may be None).
        upcoming: the report's next period, if any: a figure set for it is a target.

    Returns:
        New dicts, the given fields unchanged. A figure whose mention is not found in its
        quote is a ``level`` with nothing else known.
    """
    # Figures bound a figure's cue words; years and dates do not ("cùng kỳ năm 2022 (73.071)").
    figures = [m for m in index.mentions if m.kind in QUANTITY_KINDS]
    ends = sorted(m.end for m in figures)
    starts = sorted(m.start for m in figures)
    plans = _exceeded_plans(index)
    return [
        {**item, **_measure_fields(text, index, item, reviewed, upcoming, starts, ends, plans)}
        for item in indicators
    ]


def _exceeded_plans(index: NumberIndex) -> frozenset[tuple[int, int]]:
    """Where the plan of a "done / planned" pair done beyond it is printed ("1.240/700 ca":
    the 700): the indicators read it as a figure of its own (see
    :func:`~baocao.offline.indicators.exceeded_plan_side`), the target."""
    sides = (
        exceeded_plan_side(mention, mention.values[0], mention.unit)
        for mention in index.mentions
        if mention.values
    )
    return frozenset(side for side in sides if side is not None)


def _figure_span(text: str, index: NumberIndex, item: dict[str, Any]) -> tuple[int, int] | None:
    """Where the indicator's own figure is printed: its value inside its quote."""
    quote = item["quote"]
    start = text.find(quote)
    if start == -1:
        return None
    end = start + len(quote)
    for span in index.locate(item["value"], item["unit"]):
        if start <= span[0] and span[1] <= end:
            return span
    return None


def _cue_windows(
    text: str, span: tuple[int, int], starts: list[int], ends: list[int]
) -> tuple[str, str, str, bool, int]:
    """The words around a figure its cues are read from: before it (its comma part, back to
    the previous figure), after it (to the next figure, a range's high end skipped) and the
    rest of its sentence after it; whether a percentage precedes it in its clause; and where
    its sentence opens within CUE_REACH (-1: further back, see _sentence_opening)."""
    start, end = span
    opening = _sentence_opening(text, start, CUE_REACH, SENTENCE_MARK_RE)
    low = opening if opening >= 0 else start - CUE_REACH
    earlier = bisect_right(ends, start)
    previous_end = ends[earlier - 1] if earlier else 0
    follows_share = previous_end > low and text[previous_end - 1] == PERCENT_UNIT
    for match in COMMA_RE.finditer(text, low, start):
        low = match.end()
    before = text[max(low, previous_end) : start]
    high = min(len(text), end + CUE_REACH)
    found = SENTENCE_MARK_RE.search(text, end, high)
    high = found.start() if found is not None else high
    later = bisect_left(starts, end)
    if later < len(starts) and RANGE_JOIN_RE.fullmatch(text, end, starts[later]):
        later += 1  # the range's high end
    after = text[end : min(high, starts[later]) if later < len(starts) else high]
    return before, after, text[end:high], follows_share, opening


def _sentence_opening(text: str, start: int, reach: int, marks: re.Pattern[str]) -> int:
    """Where the sentence holding ``start`` opens: right after the last of ``marks`` within
    ``reach`` characters before it (the text's start counts), else -1 (too far to tell)."""
    low = max(0, start - reach)
    opening = low if low == 0 else -1
    for match in marks.finditer(text, low, start):
        opening = match.end()
    return opening


def _in_targets_ahead(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is in a sentence that opens with the time ahead and
    names targets before it (AHEAD_SENTENCE_RE), its items perhaps parted by semicolons, and
    nothing between says the figure is already reached or today's (AHEAD_REACHED_RE)."""
    opening = _sentence_opening(text, start, AHEAD_REACH, SENTENCE_END_RE)
    if opening < 0:
        return False
    ahead = AHEAD_SENTENCE_RE.match(text, opening, start)
    return (
        ahead is not None
        and AHEAD_TARGETS_RE.search(text, ahead.end(), start) is not None
        and AHEAD_REACHED_RE.search(text, ahead.end(), start) is None
    )


def _planned_item(text: str, start: int, reviewed: dict[str, Any]) -> bool:
    """Whether the figure at ``start`` is a list item under a year's plan heading (see
    :func:`plan_heading_year`) that sets a target: under a later year's plan always, else
    unless the item says it was reached (ITEM_REACHED_RE: "- Khám bệnh: 12.000 lượt, đạt
    104% kế hoạch" under "Chỉ tiêu chuyên môn năm 2023" is the year's result)."""
    planned = plan_heading_year(text, start)
    if planned is None:
        return False
    year = reviewed.get("year")
    if year is not None and planned > int(year):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return not ITEM_REACHED_RE.search(text, line_start, line_end if line_end >= 0 else len(text))


def _in_goal_sentence(
    text: str, start: int, opening: int, period: dict[str, Any] | None, reviewed: dict[str, Any]
) -> bool:
    """Whether the figure at ``start`` is in a sentence that opens with its goal (see
    GOAL_SENTENCE_RE; "Mục tiêu" with a forward cue and no "đã" / "hoàn thành" before the
    figure; "Dự kiến" so too, unless the figure's ``period`` ends no later than the
    ``reviewed`` one); ``opening`` is where its sentence opens (:func:`_cue_windows`), -1 when not
    within CUE_REACH characters."""
    if opening < 0:
        return False
    goal = GOAL_SENTENCE_RE.match(text, opening, start)
    if goal is None:
        return _in_targets_ahead(text, start)
    cue = goal.group("cue").lower()
    if cue == GOAL_CUE_PLEDGE:
        return True
    year = period.get("year") if period is not None else None
    reviewed_year = reviewed.get("year")
    if (
        cue == GOAL_CUE_EXPECTATION
        and period is not None
        and year is not None
        and reviewed_year is not None
    ):
        # level only when the figure's period ends no later than the reviewed one ends
        # ("Dự kiến 6 tháng cuối năm 2030" at a half-year review of 2030 looks ahead)
        ends = (int(year), period_end_month(period))
        reviewed_ends = (int(reviewed_year), period_end_month(reviewed))
        return ends > reviewed_ends and _looks_forward(text[goal.end() : start])
    return _looks_forward(text[goal.end() : start])


def _looks_forward(stretch: str) -> bool:
    """Whether the words between a goal's cue and its figure look ahead and report no result
    (GOAL_FORWARD_RE, GOAL_MET_RE)."""
    return GOAL_FORWARD_RE.search(stretch) is not None and GOAL_MET_RE.search(stretch) is None


def _share_named_later(rest: str, before: str) -> bool:
    """Whether the plan named later in the sentence (SHARE_LATER_RE on ``rest``) makes the
    figure a share of it: in a list of shares, not an item whose own clause (``before``) names
    a coverage rate (RATE_ITEM_RE) before items that name their own (OWN_SUBJECT_ITEM_RE):
    that rate is a level."""
    later = SHARE_LATER_RE.match(rest)
    if later is None:
        return False
    return not (RATE_ITEM_RE.search(before) and OWN_SUBJECT_ITEM_RE.search(later.group(0)))


def _measure_fields(
    text: str,
    index: NumberIndex,
    item: dict[str, Any],
    reviewed: dict[str, Any],
    upcoming: dict[str, Any] | None,
    starts: list[int],
    ends: list[int],
    plans: frozenset[tuple[int, int]] = frozenset(),
) -> dict[str, Any]:
    if "measure" in item:
        return {}  # set by the figure's table column (indicators._column_fields)
    fields: dict[str, Any] = {"measure": Measure.LEVEL, "direction": None, "compared_to": None}
    span = _figure_span(text, index, item)
    if span is None:
        return fields | {"per": None}
    if span in plans:
        return fields | {"per": None, "measure": Measure.TARGET}
    before, after, rest, follows_share, opening = _cue_windows(text, span, starts, ends)
    fields["per"] = _per_base(rest)
    base = _base_period(item.get("period"), reviewed)
    if _in_goal_sentence(text, span[0], opening, item.get("period"), reviewed) or _planned_item(
        text, span[0], reviewed
    ):
        # a goal sentence, or an item listed under a year's plan ("Chỉ tiêu kế hoạch năm ...")
        return fields | {"measure": Measure.TARGET}
    change = CHANGE_BEFORE_RE.search(before)
    if change is None and (
        EXCEED_AFTER_RE.match(after)
        or (
            item["unit"] == PERCENT_UNIT
            and (
                follows_share
                # "vượt 8% kế hoạch" is the excess; "vượt 118% kế hoạch", loosely worded, is
                # 118% of the plan (an excess over the whole plan would make it 218%)
                or (EXCEED_PLAN_AFTER_RE.match(after) is not None and item["value"] < WHOLE_PERCENT)
            )
        )
    ):
        change = EXCEED_BEFORE_RE.search(before)
        if (
            change is not None
            and DIFFERENCE_BEFORE_RE.search(before)
            and not DIFFERENCE_AFTER_RE.match(after)
        ):
            change = None
    if (
        item["unit"] == PERCENT_UNIT
        and change is None
        and (
            SHARE_AFTER_RE.match(after)
            or SHARE_BEFORE_RE.search(before)
            or _share_named_later(rest, before)
            or _share_of_visits(text, index, span, before)
        )
    ):
        return fields | {"measure": Measure.SHARE_OF_TARGET}
    if change is None and (subject := CHANGE_SUBJECT_BEFORE_RE.search(before)) is not None:
        verb = (subject.group("verb") or subject.group("fall")).lower()
        named = COMPARED_RE.search(after)
        compared = _compared_period(named.group("cue"), base) if named is not None else None
        return fields | {
            "measure": Measure.CHANGE,
            "direction": DIRECTIONS[verb],
            "compared_to": compared,
        }
    if change is not None:
        verb = change.group(0).split()[0].lower()
        named = COMPARED_RE.search(after)
        compared = _compared_period(named.group("cue"), base) if named is not None else None
        inside = COMPARED_IN_CHANGE_RE.search(change.group(0)) if named is None else None
        dated = {} if inside is None else _compared_inside(inside.group("cue"), item, reviewed)
        return (
            fields
            | {"measure": Measure.CHANGE, "direction": DIRECTIONS[verb], "compared_to": compared}
            | dated
        )
    if FROM_LEVEL_BEFORE_RE.search(before) and TO_LEVEL_AFTER_RE.match(after):
        own = item.get("period")
        earlier = own is not None and own["year"] is not None and own != base
        return fields | {"measure": Measure.PREVIOUS, "compared_to": own if earlier else None}
    previous = PREVIOUS_BEFORE_RE.search(before)
    year = previous.group("year") if previous is not None else None
    if previous is not None and (
        year is None or (reviewed.get("year") is not None and int(year) < reviewed["year"])
    ):
        compared = _compared_period(previous.group("cue"), base)
        own = item.get("period")
        if own is not None and compared is not None and own["year"] == compared["year"]:
            compared = own  # the earlier span the figure itself is dated by
        return fields | {"measure": Measure.PREVIOUS, "compared_to": compared}
    past = PAST_SPAN_AFTER_RE.match(after) if COMPARED_FIGURE_BEFORE_RE.search(before) else None
    year = past.group("year") if past is not None else None
    if past is not None and (
        year is None or (reviewed.get("year") is not None and int(year) < reviewed["year"])
    ):
        cue = past.group("cue").replace("năm ngoái", "năm trước")
        return fields | {"measure": Measure.PREVIOUS, "compared_to": _compared_period(cue, base)}
    if ELECTED_BEFORE_RE.search(before) or ELECTED_AFTER_RE.match(after):
        # A congress elects its committee ("bầu Ban Chấp hành khóa mới gồm 17 người", "bầu 14
        # đồng chí vào Ban Chấp hành"): the size of a body, no work's level nor aim.
        return fields | {"measure": Measure.OTHER}
    period = item.get("period")
    cued = TARGET_BEFORE_RE.search(before) and not REACHED_BEFORE_RE.search(before)
    if not cued and item["unit"].lower() in PLAN_ITEM_UNITS:
        # "hoàn thành 17/18 chỉ tiêu", "7 nhiệm vụ trọng tâm năm 2024": the plan's own items
        return fields | {"measure": Measure.OTHER}
    if cued or (upcoming is not None and period is not None and period == upcoming != reviewed):
        return fields | {"measure": Measure.TARGET}
    if (
        item["unit"] == PERCENT_UNIT
        and follows_share
        and THRESHOLD_BEFORE_RE.search(before)
        and THRESHOLD_AFTER_RE.match(after)
    ):
        return fields | {"measure": Measure.OTHER}
    return fields


def _share_of_visits(text: str, index: NumberIndex, span: tuple[int, int], before: str) -> bool:
    """Whether a percentage "đạt" is the share of the plan that a count of visits reached:
    "khám cho 152.615 lượt bệnh nhân, đạt trên 25%", "số lượt người khám bệnh đạt 31,4%"
    (visits are planned; a coverage such as "1.904/2.650 trẻ, đạt 71,8%" is a level), or that
    a bare count printed right before reached when it is over 100% (COUNT_REACHED_GAP_RE)."""
    if not REACHED_RE.search(before) or RATE_SUBJECT_RE.search(before):
        return False  # "tỷ lệ điều trị khỏi đạt 80%": a rate of its own
    if _compared_after(text, span[1]):
        return False  # "đạt 104,5% so với cùng kỳ": against an earlier period, no plan
    if VISITS_SUBJECT_RE.search(before):
        return True
    # The mentions are sorted by start: the percentage's own, and the quantity before it.
    mentions = index.mentions
    at = bisect_left(mentions, span[0], key=lambda mention: mention.start)
    last = next(
        (
            mentions[i]
            for i in range(at - 1, -1, -1)
            if mentions[i].end <= span[0] and mentions[i].kind in QUANTITY_KINDS
        ),
        None,
    )
    if last is None or last.denominator:
        return False
    gap = text[last.end : span[0]]
    if last.kind is Kind.COUNT and COUNT_REACHED_GAP_RE.fullmatch(gap):
        # the count printed right before: over the whole, a share of its plan
        reached = mentions[at] if at < len(mentions) and mentions[at].start == span[0] else None
        if reached is not None and reached.values and reached.values[0] > WHOLE_PERCENT:
            return True
    if last.unit is None:
        return False
    return last.unit.lower().startswith(VISITS_UNIT) and not SENTENCE_MARK_RE.search(gap)


def _compared_after(text: str, end: int) -> bool:
    """Whether the percentage ending at ``end`` is compared with an earlier period right
    after it ("so với cùng kỳ", "so với năm 2022": COMPARED_AFTER_RE, COMPARED_RE)."""
    gap = COMPARED_AFTER_RE.match(text, end)
    return gap is not None and COMPARED_RE.match(text, gap.end()) is not None


def _compared_inside(cue: str, item: dict[str, Any], reviewed: dict[str, Any]) -> dict[str, Any]:
    """``compared_to`` (and ``period``) of a change whose compared span is named inside its
    cue, before the figure (COMPARED_IN_CHANGE_RE): a figure dated by the compared year alone
    (the year printed in the cue) is of the reviewed period when that is later."""
    printed = YEAR_RE.search(cue)
    own = item.get("period")
    fields: dict[str, Any] = {}
    if (
        printed is not None
        and own is not None
        and own.get("year") == int(printed.group(0))
        and reviewed.get("year") is not None
        and reviewed["year"] > own["year"]
    ):
        own = reviewed
        fields["period"] = reviewed
    return fields | {"compared_to": _compared_period(cue, _base_period(own, reviewed))}


def _base_period(period: dict[str, Any] | None, reviewed: dict[str, Any]) -> dict[str, Any]:
    """The period "cùng kỳ" repeats a year earlier: the figure's own when it is of the
    reviewed year (a span such as "từ 01/01 đến 14/03/2023"), else the reviewed one."""
    if period is not None and period.get("year") == reviewed.get("year"):
        return period
    return reviewed


def _compared_period(cue: str, base: dict[str, Any]) -> dict[str, Any] | None:
    """The period a cue names: "cùng kỳ [năm 2022 | năm trước]" is the base period's span a
    year (or the printed year) earlier; "năm 2022", "năm trước" a whole year."""
    printed = YEAR_RE.search(cue)
    base_year = base.get("year")
    quarter, month = QUARTER_RE.match(cue), MONTH_RE.match(cue)
    if printed is not None:
        year = int(printed.group(0))
    elif base_year is None:
        return None
    elif quarter or month:
        year = int(base_year)  # "so với quý II": an earlier part of the same year
    else:
        year = int(base_year) - 1
    if quarter is not None:
        index = quarter.group("index")
        number = int(index) if index.isdigit() else ROMAN_QUARTERS[index.lower()]
        return {"kind": PeriodKind.QUARTER, "year": year, "index": number}
    if month is not None:
        return {"kind": PeriodKind.MONTH, "year": year, "index": int(month.group("index"))}
    if cue.lower().startswith(SAME_SPAN_CUE):
        return {"kind": base["kind"], "year": year, "index": base.get("index")}
    return {"kind": PeriodKind.YEAR, "year": year, "index": None}


def _per_base(after: str) -> dict[str, Any] | None:
    """The printed base of a per-population rate right after the figure's unit words."""
    match = PER_RE.match(after)
    if match is None or not (match.group("digits") or match.group("scale")):
        return None
    digits, scale = match.group("digits"), match.group("scale")
    value = Decimal(digits.replace(".", "")) if digits else Decimal(1)
    if scale:
        value *= SCALE_WORDS[scale.lower()]
    if value not in PER_BASES:
        return None
    return {"value": value, "unit": match.group("noun").lower()}
