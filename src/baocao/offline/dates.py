"""Dates of the offline backend: the meeting date, the meeting kind and the report periods.

The publication and meeting dates, the year a date without one belongs to, the periods a
headline or lead names (reviewed and next), and the kind of meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from baocao.offline.enums import MeetingKind, PeriodKind
from baocao.offline.places import ORGANIZER_VERB_RE
from baocao.offline.text import (
    EVENT_DATE_RE,
    ISO_HINT_RE,
    MEETING_WORDS_RE,
    PUBLICATION_DATE_RE,
    Layout,
    Span,
    containing,
)

# ---------------------------------------------------------------------------------------------
# Regex pieces
# ---------------------------------------------------------------------------------------------

# Allowed before a sentence-initial date: nothing, the outlet's credit that opens a news lead
# ("(HNM) -", "(kontumtv.vn) –"), or a connective ("Vừa qua,", "Trong").
# The credit may be printed without parentheses, in capitals ("GD&TĐ -", "TTXVN -").
SENTENCE_LEAD_RE = re.compile(
    r"^[\s\"“(\-–]*(?:\([^()\n]{1,40}\)\s*[-–—]+\s*|(?-i:[A-ZĐ][A-ZĐ&.]{1,11})\s*[-–—]+\s*)?"
    r"(?:vừa qua,?\s*|trong\s+)?$",
    re.IGNORECASE,
)
# Right before a date in its sentence, the ceremony it dates ("dự lễ trao bằng khen ...
# sáng 9/11", "dự buổi mít tinh ... sáng 1/12").
CEREMONY_BEFORE_DATE_RE = re.compile(
    r"(?<![^\W\d_])(?:tại|dự)\s+(?:buổi\s+)?(?:lễ|gặp\s+mặt|mít\s+tinh)(?![^\W\d_])[^.;\n]*$",
    re.IGNORECASE,
)
CEREMONY_LOOKBACK = 100
# A campaign or a drive a sentence names ("chiến dịch ... triển khai trong 2 ngày 1 - 2/6", "ra
# quân diệt lăng quăng ngày 15-5"): an event, its day the page's event date when no date is
# the meeting's.
CAMPAIGN_EVENT_RE = re.compile(
    r"(?<![^\W\d_])(?:chiến\s+dịch|ra\s+quân|đợt\s+cao\s+điểm)(?![^\W\d_])", re.IGNORECASE
)
# The sentence holds the campaign it names ("được tỉnh triển khai trong 2 ngày", "bắt đầu từ
# ngày", "ra quân"): not one named in passing in a period's figures ("Trong chiến dịch ... ngày
# 12/3, toàn tỉnh tiêm cho ..."), nor as history ("Từ chiến dịch ... ngày 20/4/2021, số ổ dịch
# giảm").
CAMPAIGN_HELD_RE = re.compile(
    r"(?<![^\W\d_])(?:triển\s+khai|bắt\s+đầu|ra\s+quân|phát\s+động|khởi\s+động|tiến\s+hành"
    r"|mở\s+màn)(?![^\W\d_])",
    re.IGNORECASE,
)
# Right before a campaign's date, a deadline or a count's end ("hoàn thành ... trước ngày
# 31/12", "tính đến ngày"): no day the campaign is held.
CAMPAIGN_DEADLINE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:trước|hạn|đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE
)
CAMPAIGN_DEADLINE_LOOKBACK = 20
# Before a date in its sentence, the meeting deciding another event ("Hội nghị thống nhất tổ chức
# ra quân chiến dịch ... vào ngày 1/6"): the day decided, not the meeting's. Not "giao ban" or
# "giao ước" (the meeting's own name: "Hội nghị giao ban ... được tổ chức vào ngày 10/4").
DECIDED_BY_MEETING_RE = re.compile(
    r"(?<![^\W\d_])(?:hội\s+nghị|cuộc\s+họp)\s+(?:đã\s+)?(?:thống\s+nhất|quyết\s+định|đề\s+ra"
    r"|giao(?![^\W\d_])(?!\s+(?:ban|ước)(?![^\W\d_]))|yêu\s+cầu)(?![^\W\d_])",
    re.IGNORECASE,
)
# After a date, the end of a span printed with its own month ("Từ ngày 30-3 đến 30-5, toàn tỉnh
# có ..."): the months a campaign's figures cover, no day of an event (a campaign's days within
# a month are one range of the date: "ngày 1 - 2/6").
SPAN_TO_DATE_AFTER_RE = re.compile(
    r"\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d", re.IGNORECASE
)
# Right before a date, a document it dates, not the meeting: "Kế hoạch số 572/KH-TTYT ngày
# 30 tháng 8 năm 2021", "Quyết định số 4667, ngày 07/11/2014".
DOCUMENT_BEFORE_DATE_RE = re.compile(r"(?:\d+\s*/\s*[A-ZĐ][\w-]*|(?<![^\W\d_])số\s*\d+)\s*,?\s*$")
DOCUMENT_LOOKBACK = 40
# After a plan word, the number of the document it names: "Kế hoạch số 572/KH-TTYT".
DOCUMENT_NUMBER_AFTER_RE = re.compile(r"\s+(?:số\s*)?[0-9]+\s*/")
# How many sentences after the headline may hold a lead that prints no date.
LEAD_MAX_SENTENCES = 3
# A year-end review is held in the last months of the year or the first of the next.
MAX_PERIOD_LAG_MONTHS = 1
# The last month of the year it names in which a meeting that only plans that year ("triển
# khai công tác y tế năm 2024") is held as the year's launch, after the year before's review
# (see plan_only).
PLAN_ONLY_LATEST_MONTH = 4
# ... and by April of the next year at the latest: a meeting dated in the months between
# (May to October, "Sáng 14-7, ... hội nghị công tác tuyến năm 2019") is held within the year
# it names, unless it is the year's review ("tổng kết công tác năm 2019", held late).
YEAR_REVIEW_LATEST_MONTH = 4

# A posting stamp printed in a line of its own or glued to a byline or the lead: a date (its
# parts parted alike by "/", "-" or ".") then its clock time ("14/07/2023 - 14:58:00 Từ đầu
# năm ...", "Hồng Thoan|10/10/2018 10:37", "Cập nhật: 09-03-2031 | 07:15:00"), or a date after
# a posting label: with its colon wherever it sits in its line ("Người viết: Quản trị Ngày đăng
# tin: 09/03/2031 Lượt xem: 12"), without one only at the line's start or after a "|"
# ("Đăng ngày 09/03/2031"); a meeting's date in prose has neither ("Theo số liệu cập nhật
# 30/6/2031, ..." is no stamp). Looked for in the first STAMP_LINES.
POSTING_LABEL = r"(?:ngày\s+đăng(?:\s+tin)?|đăng\s+ngày|(?:ngày\s+)?cập\s+nhật)"
POSTING_STAMP_RE = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})"
    r"\s*[-,|]?\s*\d{1,2}:\d{2}"
    rf"|(?:(?<![^\W\d_]){POSTING_LABEL}\s*:|(?:^|(?<=\|))[ \t]*{POSTING_LABEL})\s*"
    r"(?P<d2>\d{1,2})(?P<sep2>[/.-])(?P<m2>\d{1,2})(?P=sep2)(?P<y2>(?:19|20)\d{2})(?!\d)"
    # the clock time first, in a line of its own ("Thứ Ba, 08:15, 17/04/2031", "11:04, 06/04/2031")
    r"|^[^\n\d]{0,20}?\d{1,2}:\d{2}\s*[,|-]?\s*"
    r"(?P<d3>\d{1,2})(?P<sep3>[/.-])(?P<m3>\d{1,2})(?P=sep3)(?P<y3>(?:19|20)\d{2})[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
STAMP_LINES = 4

# Meeting kind and periods.
# The nouns of a military call-up (its year names a period: see PERIOD_RE's callup).
CALLUP_WORDS = r"nghĩa\s+vụ\s+quân\s+sự|nvqs|tuyển\s+quân|giao\s+quân|nhập\s+ngũ"
# A sentence opening on "Sáu tháng, ..." that states how often something is done (every six
# months): "mỗi" opening its subject ("Sáu tháng, mỗi bệnh nhân được ...", not "mỗi ngày", a
# daily average of the half), a least or most number of times ("ít nhất 3 lần", "tối thiểu 1
# lần"), or "một lần" closing a clause ("Sáu tháng, trạm khám ... một lần.").
_TIMES = r"(?:\d+|một|hai|ba|bốn|năm)\s+lần(?![^\W\d_])"
SIX_MONTHLY = (
    r"\s*,\s*mỗi\s+(?!ngày|tuần|tháng|quý|năm)"
    r"|(?:[^.!?\n]|\.(?=\d))*?(?:"
    rf"(?<![^\W\d_])(?:ít\s+nhất|tối\s+thiểu|không\s+quá)\s+{_TIMES}"
    r"|(?<![^\W\d_])(?:một|1)\s+lần\s*(?:[.!?;\n]|$))"
)
# A sentence opening on "6 tháng, ..." that reports the half's results: a verb of work done or
# found in its clause ("6 tháng, cả nước phát hiện ...", "Sáu tháng, toàn tỉnh ghi nhận ...",
# "Sáu tháng, mỗi ngày Bệnh viện tiếp nhận ..."); not an age or a course's length ("6 tháng, trẻ
# bắt đầu được cho ăn dặm", "Sáu tháng, người bệnh phải uống thuốc đều đặn").
HALF_RESULTS = (
    r"(?=(?:[^.!?\n]|\.(?=\d))*?(?<![^\W\d_])(?:ghi\s+nhận|phát\s+hiện|khám|tiếp\s+nhận"
    r"|thực\s+hiện|đạt|điều\s+trị\s+cho|tiêm\s+(?:chủng|cho)|tổ\s+chức|xử\s+lý|xử\s+phạt"
    r"|kiểm\s+tra|giám\s+sát|vận\s+động)(?![^\W\d_]))"
)
PERIOD_RE = re.compile(
    # "Qúy", "Quí": the accent typed on the other vowel, or i for y.
    r"(?P<quarter>[Qq](?:uý|úy|uí)\s+(?P<q>IV|I{1,3}|[1-4])(?![\w])(?:\s*/\s*(?P<qy>\d{4})"
    r"|\s+năm\s+(?P<qy2>\d{4}))?)"
    r"|(?P<three>(?<![\w])(?:03|3|ba)\s+tháng\s+(?P<t>đầu|cuối)(?:\s+năm)?(?:\s+(?P<ty>\d{4}))?)"
    # ("nửa đầu năm", "nửa cuối năm 2031": the same halves in words; a school year's half,
    # "nửa đầu năm học 2023-2024", is no calendar half: the school year is read)
    r"|(?P<half>(?<![\w])(?:(?:06|6|sáu)\s+tháng|nửa(?=\s+(?:đầu|cuối)\s+năm))\s+(?P<h>đầu|cuối)"
    r"(?!\s+năm\s+học(?![^\W\d_]))(?:\s+năm)?(?:\s+(?P<hy>\d{4}))?"
    # "đầu" left out: before a printed year ("sơ kết 6 tháng năm 2031"), or opening a sentence
    # before its comma ("6 tháng, cả nước phát hiện ...", "Sáu tháng qua, Trung tâm đã khám
    # ..."): the first half; not a sentence that
    # states how often (SIX_MONTHLY: "Sáu tháng, trạm khám ... một lần", "Sáu tháng, mỗi bệnh
    # nhân được xét nghiệm ít nhất 3 lần": every six months)
    r"|(?<![\w])(?:06|6|sáu)\s+tháng\s+năm\s+(?P<hy2>(?:19|20)\d{2})(?!\d)"
    rf"|(?:(?<![^\n])|(?<=[.!?]\s))(?:06|6|[Ss]áu)\s+tháng(?:\s+qua)?(?=\s*,{HALF_RESULTS})"
    rf"(?!{SIX_MONTHLY}))"
    # (never the day of a date: "ngày 9 tháng 9", "9 tháng 10 năm 2030")
    r"|(?P<nine>(?<![\w])(?<!ngày )(?:09|9|chín)\s+tháng(?!\s+cuối)(?!\s+\d{1,2}(?!\d))"
    r"(?:\s+đầu)?(?:\s+năm)?(?:\s+(?P<ny>\d{4}))?)"
    # Any other run of months from the year's start ("8 tháng đầu năm 2016", "11 tháng đầu
    # năm") or to its end ("9 tháng cuối năm 2018", the months left after the first quarter):
    # kind other, of that year.
    # (the count in words too: "năm tháng đầu năm 2013" is five months); in digits, "đầu" may
    # be left out before a printed year ("sơ kết công tác 10 tháng năm 2025").
    r"|(?P<months>(?<![\w])(?:(?:0?[124579]|0?8|1[01]|hai|bốn|năm|bảy|tám|chín|mười(?:\s+một)?)"
    r"\s+tháng\s+(?:đầu|cuối)|(?:0?[124578]|1[01])\s+tháng(?=\s+năm\s+\d{4}))\s+năm"
    r"(?:\s+(?P<oy>\d{4}))?)"
    # "tháng 10/2023", "tháng 10-2023", "tháng 10.2023", "tháng 10 năm 2023", or "tháng 10"
    # alone (a monthly giao ban), never the month of a date ("ngày 31 tháng 10").
    r"|(?P<month>(?<!\d\s)tháng\s+(?P<m>\d{1,2})(?!\d)"
    r"(?:(?:\s*/\s*|[-.]|\s+năm\s+)(?P<my>(?:19|20)\d{2})(?!\d))?)"
    # A round of a campaign in a year ("uống Vitamin A đợt 1 năm 2020"): kind other, that year.
    r"|(?P<round>(?<![\w])đợt\s+(?:\d{1,2}|I{1,3}|IV)(?:\s+năm\s+|\s*[-/]\s*)"
    r"(?P<ry>(?:19|20)\d{2}))(?![\d/])"
    # The year of a call-up ("khám tuyển quân năm 2024", done in the autumn
    # before) and a school year ("năm học 2023 - 2024"): kind other, the year named (a school
    # year's: the year it ends).
    rf"|(?P<callup>(?:{CALLUP_WORDS})"
    r"\s+năm\s+(?P<cy>(?:19|20)\d{2}))(?![\d/])"
    r"|(?P<school>năm\s+học\s+(?:19|20)\d{2}\s*[-–]\s*(?P<scy>(?:19|20)\d{2}))(?!\d)"
    # The days of a holiday ("Tết Nguyên đán Giáp Thìn 2031", "Tết Dương lịch 2031", "Tết
    # Tân Hợi 2031", "nghỉ lễ 30/4 và 1/5 năm 2031"): kind other, of the year named.
    r"|(?P<holiday>(?:(?-i:Tết)(?:\s+(?:Nguyên\s+đán|Dương\s+lịch|âm\s+lịch))?"
    r"(?:\s+(?-i:[A-ZĐ]\w+\s+[A-ZĐ]\w+))?"
    # ... and a public holiday's days off ("nghỉ lễ 30/4 và 1/5 năm 2031", "nghỉ lễ 2/9 năm")
    r"|nghỉ\s+lễ(?:\s+\d{1,2}/\d{1,2}(?:\s*(?:và|,|-)\s*\d{1,2}/\d{1,2})?)?)"
    r"\s+(?:năm\s+)?(?P<hdy>(?:19|20)\d{2}))(?![\d/])"
    r"|(?P<year>năm\s+(?P<y>(?:19|20)\d{2}))(?![\d/])"
    # A multi-year plan ("giai đoạn 2016-2020", "giai đoạn 2021 - 2025"), or years counted
    # with their span ("5 năm qua (2026-2030)", "10 năm (2021 - 2030)"): kind other, the year
    # the span ends.
    r"|(?P<stage>(?:giai\s+đoạn\s+|(?<![\w])\d{1,2}\s+năm(?:\s+qua)?\s*\(\s*)"
    r"(?:19|20)\d{2}\s*[-–]\s*(?P<sy>(?:19|20)\d{2}))(?!\d)",
    re.IGNORECASE,
)
MONTHS = range(1, 13)
ROMAN_QUARTERS: dict[str, int] = {"I": 1, "II": 2, "III": 3, "IV": 4}
QUARTER_NAMES: dict[int, str] = {index: name for name, index in ROMAN_QUARTERS.items()}
FIRST_QUARTER = 1
LAST_QUARTER = 4
QUARTER_AS_MONTHS: dict[int, str] = {FIRST_QUARTER: "đầu", LAST_QUARTER: "cuối"}
REVIEW_CUE_RE = re.compile(r"tổng kết|sơ kết|đánh giá|kết quả|báo cáo|giao ban", re.IGNORECASE)
# "kế hoạch" is a plan, "kế hoạch hóa gia đình" (family planning) a field of work.
_PLAN = r"kế hoạch(?!\s*h(?:óa|oá))"
PLAN_CUE_RE = re.compile(
    rf"phương hướng|nhiệm vụ|{_PLAN}|triển khai|mục tiêu|giải pháp|định hướng|chỉ tiêu"
    # "tổng kết năm 2030 và trọng tâm năm 2031": the year's focus is the work set for it
    r"|trọng tâm(?=\s+(?:công tác\s+)?năm\s+\d)"
    # an emulation movement launched or pledged for a year ("phát động phong trào thi đua năm
    # 2019", "ký giao ước năm 2019") is that year's work
    r"|phát động|giao ước"
    # "tầm nhìn cho năm 2026", "quyết tâm cho năm 2024": a year the work is for.
    r"|(?<![^\W\d_])cho(?=\s+năm\s+\d)",
    re.IGNORECASE,
)
# The year a plan or a strategy runs to ("Chiến lược ... đến năm 2030"), not "đến hết năm".
HORIZON_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:đến|tới)\s+$", re.IGNORECASE)
HORIZON_LOOKBACK = 8
# The first year of a span of years ("giai đoạn 2026-2030").
SPAN_FIRST_YEAR_RE = re.compile(r"\D{0,24}?((?:19|20)\d{2})")
# The plan joined to a review that names no period of its own: "tổng kết công tác chăm sóc
# sức khỏe nhân dân và (triển khai) phương hướng nhiệm vụ năm 2017" (held in March 2017):
# the one year printed is the plan's, the reviewed year the one before.
JOINED_PLAN_RE = re.compile(
    rf"(?<![^\W\d_])và\s+(?:triển khai\s+|đề ra\s+)?(?:phương hướng|nhiệm vụ|{_PLAN})",
    re.IGNORECASE,
)
# Before a plan cue, a plan that is met, not the next one: "quyết tâm về đích kế hoạch năm
# 2023", "hoàn thành kế hoạch năm", "vượt (mức) kế hoạch", "đạt 105% kế hoạch".
ACHIEVED_PLAN_RE = re.compile(r"(?:về đích|hoàn thành|vượt(?:\s+mức)?|đạt|%)\s*$", re.IGNORECASE)
ACHIEVED_LOOKBACK = 16
PERIOD_MEETING_KINDS: dict[str, MeetingKind] = {
    PeriodKind.QUARTER: MeetingKind.QUARTERLY_REVIEW,
    PeriodKind.HALF_YEAR: MeetingKind.MID_YEAR_REVIEW,
    PeriodKind.NINE_MONTHS: MeetingKind.OTHER,
    PeriodKind.MONTH: MeetingKind.OTHER,
    PeriodKind.OTHER: MeetingKind.OTHER,  # a multi-year plan: not a year-end review
}
YEAR_END_RE = re.compile(r"tổng kết|cuối năm", re.IGNORECASE)
# The review of a school year is its year-end review (its period is of kind other).
# A school year that ends in a given year ("năm học 2018 - 2019" for 2019): its meetings are
# held within that year (its review in May to September, its first term's in January).
SCHOOL_YEAR_ENDING = r"năm\s+học\s+(?:19|20)\d{{2}}\s*[-–]\s*{year}(?!\d)"
SCHOOL_YEAR_REVIEW_RE = re.compile(r"tổng kết[^.;\n]{0,80}?năm\s+học", re.IGNORECASE)
# A review of a campaign or a project, not of the year's work: "hội nghị tổng kết chiến dịch
# tăng cường tuyên truyền ... năm 2010", "tổng kết dự án ...", "sơ kết đợt tiêm ...".
CAMPAIGN_REVIEW_RE = re.compile(
    r"(?:tổng kết|sơ kết)\s+(?:chiến dịch|đợt|dự án|đề án|kiểm tra|giai\s+đoạn)(?![^\W\d_])",
    re.IGNORECASE,
)
# A meeting that launches a campaign or a round of one ("tổ chức hội nghị triển khai chiến dịch
# tiêm vắc xin ...", "triển khai đợt 2 ..."), its only work named.
CAMPAIGN_LAUNCH_RE = re.compile(
    r"(?<![^\W\d_])triển\s+khai\s+(?:chiến\s+dịch|đợt)(?![^\W\d_])", re.IGNORECASE
)
# The review of several years' work ("sơ kết 5 năm triển khai Quyết định ...", "tổng kết 10 năm
# thực hiện Chỉ thị ..."): a stage of a programme, no year-end review (the year a plan runs to,
# "đến năm 2030", is no year reviewed). Two years or more; "tổng kết năm 2030" is a year's.
MULTI_YEAR_REVIEW_RE = re.compile(
    r"(?<![^\W\d_])(?:tổng|sơ)\s+kết\s+(?:[2-9]|[1-9]\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
    r"(?:\s+(?:lăm|năm))?)\s+năm(?![^\W\d_])",
    re.IGNORECASE,
)
# The review of a year's, a half-year's or a quarter's work the scope names beside a review of
# several years ("tổng kết công tác y tế năm 2023, ... và sơ kết 3 năm thực hiện Nghị quyết",
# "sơ kết công tác 6 tháng đầu năm 2024 và sơ kết 2 năm ..."): the meeting keeps that kind.
PERIOD_WORK_REVIEW_RE = re.compile(
    r"(?<![^\W\d_])(?:tổng|sơ)\s+kết(?:\s+(?:công\s+tác|hoạt\s+động|nhiệm\s+vụ)"
    r"(?:\s+[^\W\d_]+){0,3}?)?\s+(?:năm\s+(?:19|20)\d{2}(?!\d)|(?:0?6|sáu|0?9|chín)\s+tháng"
    r"|quý(?![^\W\d_]))",
    re.IGNORECASE,
)
# The review of a project or a programme ("tổng kết Dự án ...", "sơ kết Chương trình ..."): a
# year-end review when it reviews a year and plans the next.
PROJECT_REVIEW_RE = re.compile(
    r"(?:tổng kết|sơ kết)\s+(?:các\s+)?(?:dự án|đề án|chương trình)(?![^\W\d_])", re.IGNORECASE
)
# The review of a stage named by its number, not its years ("sơ kết giai đoạn 2 của chương
# trình", "tổng kết giai đoạn III"): the stage ends at the meeting, of the meeting's year.
NUMBERED_STAGE_REVIEW_RE = re.compile(
    r"(?:tổng kết|sơ kết)\s+giai\s+đoạn\s+(?:\d{1,2}|[IVX]{1,4})(?![^\W_])", re.IGNORECASE
)
# A span of work that is no calendar period, named by the headline or the lead: a campaign's
# round ("chiến dịch truyền thông đợt 2", "tiêm vắc xin đợt 3 lần 1"), or the time a
# programme has run ("Qua 4 tháng thực hiện", "trong 5 năm (2026-2030) thực hiện"). The page
# reports that span (kind other), not the year it falls in.
WORK_SPAN_RE = re.compile(
    r"chiến\s+dịch[^.;\n]{0,60}?đợt\s+(?:\d{1,2}|[IVX]{1,4})(?![\w])"
    r"|(?<![\w])đợt\s+(?:\d{1,2}|[IVX]{1,4})\s+lần\s+\d"
    r"|(?<![\w])(?:sau|trong|qua)\s+\d{1,2}\s+(?:tháng|năm)(?:\s+qua)?(?:\s*\([^()]{0,20}\))?\s+"
    r"(?:triển\s+khai|thực\s+hiện)",
    re.IGNORECASE,
)
# A campaign or a festival named with its year in the headline or the lead ("Chiến dịch vận
# động hiến máu tình nguyện dịp tết ... năm 2030", "Ngày hội hiến máu năm 2030"): the page
# reports the campaign's days (kind other, of that year), not the year's work.
CAMPAIGN_YEAR_RE = re.compile(
    r"(?<![^\W\d_])(?:chiến\s+dịch|lễ\s+hội|ngày\s+hội|đợt\s+cao\s+điểm)(?![^\W\d_])"
    r"[^.;:\n]{0,100}?(?<![^\W\d_])năm\s+(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# A span of days the headline or the lead reports, no calendar period: a week opening a
# sentence or a clause ("Một tuần gần 600 người ...", "Tuần qua, ...", "..., trong tuần qua,
# ..."; not a duration inside one, "tổ chức 2 tuần lễ", "từ hai tuần xuống còn 5 ngày") or a
# run of days within a month or two ("Từ ngày 15- 28/1, đoàn kiểm tra ...", "từ ngày 28/3 đến
# 1/4", "từ ngày 23 đến ngày 26 tháng 10 năm 2030"; without "ngày" only with "/" between day
# and month, not "từ 1-1.5 triệu"). The page reports that span (kind other).
DAYS_SPAN_RE = re.compile(
    r"(?:^|(?<=[,;:.!?(\n])|(?<=[,;:.!?(]\s))[ \t]*(?:trong\s+)?"
    r"(?P<week>(?:một|01|1|hai|02|2)\s+tuần(?:\s+qua)?|tuần\s+qua)(?!\s+lễ)(?![^\W\d_])"
    r"|(?<![^\W\d_])từ\s+(?P<day>ngày\s+)?(?P<d1>\d{1,2})(?:(?:[/.-]|\s+tháng\s+)(?P<m1>\d{1,2}))?"
    r"(?:[/.-](?:19|20)\d{2})?\s*(?:[-–]|đến|tới)\s*(?P<day2>ngày\s+)?"
    r"(?P<d2>\d{1,2})(?:(?P<sep>[/.-])|\s+tháng\s+)(?P<m2>\d{1,2})(?!\d|[.,]\d)",
    re.IGNORECASE,
)
# How many months a run of days may cross and still be no calendar period (a quarter is one).
DAYS_SPAN_MAX_MONTHS = 1
# A year named in a sentence ("... công bố kết quả hoạt động năm 2030"), outside a parenthesis.
SENTENCE_YEAR_RE = re.compile(r"(?<![^\W\d_])năm\s+(?:19|20)\d{2}(?!\d)", re.IGNORECASE)
PARENTHESIS_RE = re.compile(r"\([^()]*\)")
# A sentence's end for the span tests below (a mark before a blank, or a line break).
PLAIN_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence_around(text: str, at: int) -> Span:
    """The sentence of ``text`` (PLAIN_SENTENCE_END_RE) that holds the position ``at``."""
    opening = 0
    for end in PLAIN_SENTENCE_END_RE.finditer(text):
        if end.end() > at:
            return Span(opening, end.end())
        opening = end.end()
    return Span(opening, len(text))


def _names_a_year(text: str, at: int) -> bool:
    """Whether the sentence of ``text`` around ``at`` names a year ("năm 2030") outside a
    parenthesis: a week there frames the year's results it reports, not its own work."""
    sentence = _sentence_around(text, at)
    return bool(
        SENTENCE_YEAR_RE.search(PARENTHESIS_RE.sub(" ", text[sentence.start : sentence.end]))
    )


# A plan before a run of days in its sentence ("... sẽ được thực hiện trong 2 tuần lễ, từ ngày
# 15 đến 28/4", "dự kiến từ ngày 3 đến 10/5"): days to come, no span the page reports.
PLANNED_RE = re.compile(r"(?<![^\W\d_])(?:sẽ|dự\s+kiến)(?![^\W\d_])", re.IGNORECASE)


def _planned(text: str, at: int) -> bool:
    """Whether the sentence of ``text`` around ``at`` plans what comes at ``at`` (PLANNED_RE
    before it in the sentence)."""
    return bool(PLANNED_RE.search(text, _sentence_around(text, at).start, at))


def forecast(text: str, at: int) -> bool:
    """Whether the period at ``at`` of ``text`` is one a forecast speaks of (FORECAST_BEFORE_RE
    before it in its sentence): a span to come, not one reported."""
    return FORECAST_BEFORE_RE.search(text, max(0, at - FORECAST_LOOKBACK), at) is not None


def days_span(text: str) -> re.Match[str] | None:
    """The first week or run of days ``text`` names (DAYS_SPAN_RE) that is no calendar
    period: a run's months valid and at most DAYS_SPAN_MAX_MONTHS apart ("từ 1/1 đến 31/3" is a
    quarter), without "ngày" only a run written "d/m"; a week with no year named in its
    sentence ("Trong tuần qua, bệnh viện đã công bố kết quả hoạt động năm 2030"); neither one
    planned in its sentence ("sẽ", "dự kiến" before it); else None."""
    for match in DAYS_SPAN_RE.finditer(text):
        if _planned(text, match.start()):
            continue
        if match.group("week") is not None:
            if not _names_a_year(text, match.start()):
                return match
            continue
        if not (match.group("day") or match.group("day2")) and match.group("sep") != "/":
            continue
        last = int(match.group("m2"))
        first = int(match.group("m1") or last)
        if first in MONTHS and last in MONTHS and 0 <= last - first <= DAYS_SPAN_MAX_MONTHS:
            return match
    return None


# A parenthesis right after a figure and its unit ("180 lượt/ngày (", "96% ("): a period in it
# is that figure's, not the one the sentence reports.
FIGURE_PARENTHESIS_RE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|[^\W\d_]+(?:/[^\W\d_]+)?)?\s*\(\s*$")
FIGURE_LOOKBACK = 30
# The year of a document ("Quyết định số 32 năm 2026", "Kế hoạch số 15/KH-UBND năm 2026"):
# when it was issued, no period any figure is of.
DOCUMENT_YEAR_RE = re.compile(
    r"(?:quyết\s+định|kế\s+hoạch|công\s+văn|thông\s+tư|nghị\s+quyết|nghị\s+định|chỉ\s+thị)"
    r"\s+số\s*\d[\w/.-]*\s+(?:ngày\s+\d{1,2}[/-]\d{1,2}[/-]|năm\s+)(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# A meeting's words, or guests attending one ("Tham dự có ...", "Đến dự"): an article with none
# of them (a report, a news item on half-year figures) held no meeting, whatever period it
# reports.
MEETING_EVIDENCE_RE = re.compile(
    # "188 hội nghị truyền thông" counts outreach sessions, it is no meeting of the article.
    r"(?<!\d )hội nghị|tổng kết|sơ kết|giao ban|cuộc họp|(?<![^\W\d_])họp(?![^\W\d_])"
    r"|tham dự|đến dự|tới dự",
    re.IGNORECASE,
)
# The month a period ends, printed with its year, as the date its figures run to: "tính đến
# hết tháng 6-2019", "đến tháng 9/2023", or a day of that month ("trong tháng 2 (tính đến ngày
# 22.2.2031)", "đến hết ngày 30/6/2031") (the year of "6 tháng đầu năm" printed without one).
PERIOD_END_DATE_RE = re.compile(
    r"(?<![^\W\d_])đến\s+(?:hết\s+)?(?:tháng\s+|ngày\s+\d{1,2}\s*[-/.]\s*)(?P<m>\d{1,2})"
    r"\s*(?:[-/.]|\s+năm\s+)\s*(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# A year after a goal ("phấn đấu đến năm 2020 có 100% trạm y tế có bác sĩ") is a target's,
# not the year an article reports on.
TARGET_YEAR_RE = re.compile(
    r"(?:phấn đấu|mục tiêu|định hướng|tầm nhìn)[^.;\n]{0,30}?(?:đến|tới)\s+"
    r"(?:(?:cuối|hết)\s+)?(?:năm\s+)?$",
    re.IGNORECASE,
)
TARGET_LOOKBACK = 50
# A period a forecast speaks of ("Bộ Y tế dự báo số ca mắc có thể tiếp tục tăng trong nửa cuối
# năm 2031", "dự báo trong 6 tháng cuối năm, ..."), before it in its sentence: a span to come,
# no period reported (forecasting as a field of work, "công tác giám sát, dự báo dịch bệnh năm
# 2031", names no modal and no period right after it).
FORECAST_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])dự\s+báo\s+(?:trong\s+)?(?:(?:những|các)\s+)?$"
    r"|(?<![^\W\d_])dự\s+báo(?![^\W\d_])(?:[^.;!?\n]|\.(?=\d))*?"
    r"(?<![^\W\d_])(?:có\s+thể|sẽ)(?![^\W\d_])(?:[^.;!?\n]|\.(?=\d))*$",
    re.IGNORECASE,
)
FORECAST_LOOKBACK = 160
# A month that opens a span ("từ tháng 5/2031 đến ngày 20/9/2031", "từ tháng 8 tới tháng 11",
# "Từ đầu tháng 8 đến nay", a running total from that month's start): the span's work, of
# kind other, not that month's.
SPAN_START_BEFORE_RE = re.compile(r"(?<![^\W\d_])từ\s+(?:đầu\s+)?$", re.IGNORECASE)
SPAN_END_AFTER_RE = re.compile(
    r"\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày|tháng|cuối|nay|\d)", re.IGNORECASE
)
SPAN_LOOKBACK = 9
# A year a running total is counted from the start of ("từ đầu năm 2031 đến nay", "Tích lũy
# từ đầu năm 2031, cả nước ghi nhận ..."): the work of the year so far, of kind other (as a
# running total to a date is), not the whole year; unless it is counted to the year's end
# ("từ đầu năm 2031 đến hết năm").
YEAR_SO_FAR_BEFORE_RE = re.compile(r"(?<![^\W\d_])từ\s+đầu\s+$", re.IGNORECASE)
YEAR_SO_FAR_LOOKBACK = 10
YEAR_TO_ITS_END_RE = re.compile(
    r"\s*(?:đến|tới)\s+(?:hết|cuối)\s+năm(?!\s+(?:học|tài))"
    r"|\s*(?:đến|tới)\s+(?:ngày\s+)?31\s*[/.-]\s*12",
    re.IGNORECASE,
)
# ... and the month that closes it ("từ tháng 1 đến tháng 6/2031", "từ tháng 10-2030 tới tháng
# 3-2031"): the span's work too.
SPAN_CLOSE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])từ\s+tháng\s+(?P<first>\d{1,2})(?:[/.-](?P<first_year>(?:19|20)\d{2}))?"
    r"\s*(?:đến|tới|[-–])\s*"
    r"(?:hết\s+)?$",
    re.IGNORECASE,
)
SPAN_CLOSE_LOOKBACK = 32
# A month a running total is counted up to, with no month it starts from ("tính đến hết tháng
# 3", "Từ đầu năm đến tháng 8/2031", "lũy kế đến tháng 10", "đến cuối tháng 7"): the work up to
# that month's end, of kind other, not that month's. (A bare "đến tháng 10/2031, toàn huyện
# có ..." is left to the month.)
RUNNING_TO_MONTH_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:tính|l[ũu]y\s+kế|từ\s+đầu\s+năm(?:\s+(?:19|20)\d{2})?)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
    r"|(?:đến|tới)\s+(?:hết|cuối)\s+)$",
    re.IGNORECASE,
)
RUNNING_TO_MONTH_LOOKBACK = 28
# The years in a national standard's name ("Bộ tiêu chí quốc gia về y tế xã giai đoạn
# 2011-2020", "chuẩn quốc gia về y tế đến năm 2020", "BTCQG về y tế giai đoạn 2011-2020"): the
# standard a commune is recognised under, no period any work is of.
STANDARD_YEARS_RE = re.compile(
    r"(?:(?:tiêu\s+chí|chuẩn)\s+quốc\s+gia|BTCQG|CQG)(?:\s*\([^()]{1,12}\))?(?:\s+về\s+y\s+tế)?"
    r"(?:\s+(?:xã|cấp\s+xã|xã,\s+phường(?:,\s+thị\s+trấn)?))?\s+"
    r"(?P<years>giai\s+đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}"
    r"|(?:đến|tới)\s+năm\s+(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# The calendar periods whole months make: from January to the end of month N; a quarter's
# first month; the second half's months.
CUMULATIVE_KINDS: dict[int, tuple[str, int | None]] = {
    3: (PeriodKind.QUARTER, 1),
    6: (PeriodKind.HALF_YEAR, 1),
    9: (PeriodKind.NINE_MONTHS, None),
    12: (PeriodKind.YEAR, None),
}
QUARTER_FIRST_MONTHS = frozenset({1, 4, 7, 10})
SECOND_HALF_MONTHS = (7, 12)
# A date that closes a span of figures ("từ tháng 5 đến ngày 20/9/2031"): no day of a meeting.
SPAN_END_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])từ\s(?:[^.;\n]|\.(?=\d)){1,40}?\s(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$",
    re.IGNORECASE,
)
SPAN_END_LOOKBACK = 60
# Figures counted up to the last day of a part of the year ("Đến hết ngày 30/6/2031, toàn tỉnh
# có ..."; "tính đến ngày 30/9/2031"; "từ đầu năm đến ngày ..."; "Lũy kế đến hết ngày ..."):
# that part's work, from the year's start -- never a span's end (SPAN_END_BEFORE_RE: "từ ngày
# 15/4 đến hết ngày 30/6", though "từ đầu năm" opens the year) nor a deadline or a duration
# (DEADLINE_BEFORE_RE: "kéo dài đến hết ngày 31/12", "báo cáo kết quả đến hết ngày ...").
UP_TO_DAY_RE = re.compile(
    r"(?<![^\W\d_])đến\s+(?:hết\s+)?ngày\s+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-]"
    r"(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
YEAR_START_SPAN_RE = re.compile(r"từ\s+đầu\s+năm\s", re.IGNORECASE)
DEADLINE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:kéo\s+dài|diễn\s+ra|triển\s+khai|thực\s+hiện|hoàn\s+thành|báo\s+cáo"
    r"|trước|gửi|nộp|hạn|phấn\s+đấu)(?:\s+[^\s.;:,!?]+){0,3}\s+$",
    re.IGNORECASE,
)
DEADLINE_LOOKBACK = 40
# The same words as a page address's slug writes them ("tong-ket", "so-ket", "hoi-nghi").
MEETING_SLUG_RE = re.compile(r"(?<![a-z])(?:tong-ket|so-ket|hoi-nghi|giao-ban)(?![a-z])")
# A body that opens with a unit's own report of a period, no meeting ("Kết quả 6 tháng đầu
# năm 2031, Trung tâm ...", the period right after "Kết quả", its subject after the comma;
# not "Kết quả kiểm tra cho thấy, ..."; "Sở Y tế vừa có báo cáo ... trong quý
# 1/2031"): that sentence is the lead, its period the one reported. (A heading "Kết quả 9
# tháng đầu năm 2031: ..." under a headline naming the plan too is no lead.)
UNIT_REPORT_RE = re.compile(
    r"\s*(?:Kết quả\s+(?:(?:công tác|hoạt động)\s+)?(?:trong\s+)?(?:\d+\s+)?"
    r"(?:năm|tháng|quý|đợt|giai đoạn)\b[^,.;:\n]{0,40},"
    r"|[^.;\n]{0,80}?\bvừa\s+(?:có\s+)?báo\s+cáo\b)",
    re.IGNORECASE,
)
# A headline that is a report's own title ("Báo cáo kết quả tiêm chủng phường Y năm 2031",
# "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG THÁNG 5"): the unit's report of a period, no meeting, when
# neither it nor the lead names a meeting held (REVIEW_MEETING_RE; the routine meetings a
# report lists, "họp giao ban cộng tác viên hằng tháng", are some of its work).
REPORT_TITLE_RE = re.compile(
    r"\s*Báo\s+cáo\s+(?:công\s+tác|kết\s+quả|tình\s+hình|hoạt\s+động)(?![^\W\d_])",
    re.IGNORECASE,
)
REVIEW_MEETING_RE = re.compile(
    r"hội\s+nghị|hội\s+thảo|tổng\s+kết|sơ\s+kết|buổi\s+làm\s+việc", re.IGNORECASE
)
# A unit that "vừa triển khai nhiệm vụ năm 2012" held the meeting that planned the year.
PLAN_MEETING_RE = re.compile(
    r"vừa\s+(?:tổ chức\s+)?triển khai\s+(?:nhiệm vụ|kế hoạch|công tác)", re.IGNORECASE
)
# A year is reviewed at a meeting that reviews or plans work ("tổng kết", "triển khai nhiệm vụ
# năm 2024"); a year named by an inspection or an awards vote ("bình xét thi đua năm 2023") is
# the year of another kind of meeting.
# The yearly staff conference ("Hội nghị cán bộ, viên chức, người lao động", "CBVC-NLĐ",
# "hội nghị cán bộ công chức, viên chức", "CBCCVC") reviews the year before and sets the
# targets of the year it is named by, whatever month it is held in.
_STAFF_CONFERENCE = (
    r"cbvc|cbccvc|viên chức,?\s+(?:và\s+)?người lao động"
    r"|hội nghị\s+(?:đại biểu\s+)?cán bộ,?\s+(?:công chức,?\s+)?viên chức"
)
STAFF_CONFERENCE_RE = re.compile(_STAFF_CONFERENCE, re.IGNORECASE)
WORK_MEETING_RE = re.compile(
    rf"tổng kết|sơ kết|đánh giá|báo cáo|giao ban|triển khai|phương hướng|nhiệm vụ|{_PLAN}"
    rf"|kết quả|{_STAFF_CONFERENCE}",
    re.IGNORECASE,
)
# A year or period a figure is compared with, not the one reviewed, right before it: "tăng 73
# trẻ so với cùng kỳ năm 2011", "so với năm 2022", "so với cùng kỳ 6 tháng đầu năm 2017"; and
# every later year of such a run ("cùng kỳ năm 2029 và 2030", "cùng kỳ năm 2028 - 2030").
COMPARED_YEAR_RE = re.compile(
    r"(?:cùng kỳ|so với)(?:\s+năm)?\s*"
    r"(?:(?:19|20)\d{2}\s*(?:,|và|[-–]|đến|tới)\s*(?:năm\s+)?)*$"
    # the base named by a few words or its figure before its year ("so với cùng kỳ nghỉ năm
    # 2030", "so với 44 ca năm 2030", "so với cùng kỳ Tết năm 2030"); not a plan's year ("so
    # với kế hoạch năm 2031" is the year the plan is for), nor the year's own budget or
    # population a rate is of ("so với dự toán năm 2024", "so với KH năm 2024", "so với số trẻ
    # năm 2024", "so với (tổng) dân số năm 2024")
    r"|(?:cùng kỳ|so với)(?:\s+(?!(?:kế|chỉ|mục|dự|kh|số|dân|tổng)\s)(?:[^\W\d_]+|\d[\d.,]*))"
    r"{1,4}\s+năm\s+$"
    # a holiday the figures are set against ("so với cùng ngày Tết Nhâm Dần 2030", "so với
    # dịp Tết 2030"), its year printed after its lunar name with no "năm" ("so với Tết Canh
    # dần 2030")
    r"|(?:cùng kỳ|so với)(?:\s+(?:cùng\s+)?(?:ngày|kỳ|dịp))?\s+"
    r"(?:(?-i:Tết)(?:\s+[^\W\d_]+){0,3}\s+(?:năm\s+)?)?$",
    re.IGNORECASE,
)
COMPARED_LOOKBACK = 40
# The base year of a change printed from one year's figure to another's ("giảm từ trên 72‰ năm
# 2030 xuống còn 60‰ năm 2031", "tăng từ 85% năm 2029 lên 92%"): a year the figures are set
# against, not one reviewed.
CHANGE_FROM_YEAR_RE = re.compile(
    r"(?<![^\W\d_])(?:giảm|tăng)\s+từ\s+[^.;\n]{0,25}?năm\s+(?P<y>(?:19|20)\d{2})\s*,?\s+"
    r"(?:xuống|lên)(?![^\W\d_])",
    re.IGNORECASE,
)
# Before "năm 2009", the day and month of a date ("Ngày 14 tháng 04 năm 2009"): the year of a
# date, not a year reviewed.
DATE_BEFORE_YEAR_RE = re.compile(r"(?<!\d)\d{1,2}\s+tháng\s+\d{1,2}\s*,?\s*$", re.IGNORECASE)
# "Từ đầu năm đến nay": the work of the year so far, dated by the meeting or the article, or
# by the month or day it runs to when that prints its year ("Từ đầu năm đến tháng 8/2031",
# "từ đầu năm đến hết ngày 15/9/2031").
YEAR_TO_DATE_RE = re.compile(
    r"từ đầu năm(?:\s+(?P<y>(?:19|20)\d{2}))?"
    r"(?: đến nay|\s+(?:đến|tới)\s+(?:hết\s+)?(?:tháng\s+\d{1,2}|ngày\s+\d{1,2}[/.-]\d{1,2})"
    r"\s*(?:[/.-]|\s+năm\s+)\s*(?P<ey>(?:19|20)\d{2})(?!\d))?"
    r"|đầu năm đến nay",
    re.IGNORECASE,
)
# The work since a year up to now ("từ năm 2012 đến nay", "Từ năm 2017 trở lại đây"): several
# years, the reviewed period of kind other, of the latest year printed after it (else of the
# meeting or the article), never of the year it starts from.
SINCE_YEAR_RE = re.compile(
    r"(?<![^\W\d_])(?:kể\s+)?từ\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})\s+"
    r"(?:đến|tới)?\s*(?:nay|hiện nay|trở lại đây)(?![^\W\d_])",
    re.IGNORECASE,
)
# How far before and after a year the "từ năm ... đến nay" around it is looked for.
SINCE_LOOKBACK = 12
SINCE_LOOKAHEAD = 20
# A body sentence that opens with the period it reports ("Trong 9 tháng đầu năm, ...", "9
# tháng năm 2018, Bệnh viện ..."), perhaps after its source or a connective ("Theo thống kê
# của Chi cục, trong 6 tháng đầu năm, ...", "Cụ thể, trong quý II năm 2018, ...").
OPENING_PERIOD_RE = re.compile(
    r"[\s\"“(]*(?:(?:Theo\s[^,.;:\n]{1,80}|Cụ thể|Theo đó|Tính chung|Nhìn chung),\s*)?"
    r"(?:(?:[Tt]rong|[Qq]ua)\s+)?"
)
# A body sentence that opens with a running total up to a month ("Tính đến hết tháng 9, ...",
# "Lũy kế đến tháng 10, ..."): the total's work (RUNNING_TO_MONTH_BEFORE_RE), of kind other,
# not that month's (a later "Trong tháng 9, ..." is one item of it).
RUNNING_OPENING_RE = re.compile(
    r"[\s\"“(]*(?:[Tt]ính|[Ll][ũu]y\s+kế)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?=tháng\s+\d)"
)
# How many body sentences may come before the one that opens with the period reported.
OPENING_MAX_SENTENCES = 4
# The year of a period printed without one, when no year printed with it or as the meeting's
# or posting's says it (see unprinted_year).
# The same period of an earlier year a figure is set against ("so với cùng kỳ năm 2030", "cùng
# kỳ 2029 và 2030", "cùng kỳ năm 2028 - 2030"): every year of the run (``run``), each naming
# the year before the page's (see same_period_year). A base someone chose, described by the
# words after it, names no year before the page's (``chosen``): an apposition in parentheses
# or after a dash ("(năm chưa có dịch)", "- năm trước đại dịch"), or after a comma a word
# that describes a time ("khi", "lúc", "thời điểm", "trước", "năm", "giai đoạn": ", khi chưa
# có dịch"). Not "so với năm 2029" without "cùng kỳ" (a base of any year), nor "cùng kỳ năm
# trước" (no year printed).
_BASE_YEAR = r"(?:năm\s+)?(?:19|20)\d{2}(?![\d/])"
SAME_PERIOD_RUN_RE = re.compile(
    rf"(?<![^\W\d_])cùng\s+kỳ\s+(?P<run>{_BASE_YEAR}(?:\s*(?:,|và|[-–]|đến|tới)\s*{_BASE_YEAR})*)"
    r"(?P<chosen>\s*(?:\(|[-–]\s*(?=[^\W\d_])|,\s*(?:khi|lúc|thời\s+(?:điểm|kỳ)|giai\s+đoạn"
    r"|trước|năm|chưa|vốn|là\s+năm)(?![^\W\d_])))?",
    re.IGNORECASE,
)
YEAR_IN_RUN_RE = re.compile(r"(?:19|20)\d{2}")
# A Tết named by its lunar year ("dịp Tết Nguyên đán Bính Ngọ", "trực Tết Kỷ Dậu") with no
# year in digits after it: the Gregorian year it falls in. The stems and branches are listed
# from the year divisible by 10 (Canh) and by 12 (Thân).
HEAVENLY_STEMS = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")
EARTHLY_BRANCHES = (
    "thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi",
)  # fmt: skip
# Spellings of the same names ("Kỉ", "Quí", "Tị", "Mẹo").
LUNAR_SPELLINGS = {"kỉ": "kỷ", "quí": "quý", "tị": "tỵ", "mẹo": "mão"}
LUNAR_CYCLE = 60
# The cycle lunar years are counted in (the one nearest the page's date is read).
LUNAR_WINDOW_START = 1984
# Only a Tết whose days are the span reported ("trong dịp Tết ...", "trực Tết ...", "nghỉ
# Tết ..."), not the coming one a year-end page greets ("chuẩn bị đón Tết ..."); nor one a plan
# names in its clause (TET_PLAN_RE), nor one over a year from the page's date (a history).
LUNAR_TET_RE = re.compile(
    r"(?<![^\W\d_])(?:dịp|trong|trực|nghỉ|ngày)\s+(?-i:[Tt]ết)(?:\s+(?:Nguyên\s+đán|âm\s+lịch|cổ\s+truyền))?\s+"
    r"(?P<stem>[^\W\d_]+)\s+(?P<branch>[^\W\d_]+)(?!\s*(?:năm\s+)?\d)",
    re.IGNORECASE,
)
# A clause of a plan before a Tết it names ("triển khai kế hoạch ... trong dịp Tết ..."): the
# Tết to come, not the days reported.
TET_PLAN_RE = re.compile(rf"(?:{PLAN_CUE_RE.pattern}|chuẩn\s+bị|đón)[^.;:\n]*$", re.IGNORECASE)
# A lunar year read for a page is at most this many years before the page's date.
LUNAR_YEARS_BEFORE = 1
# A year-end review held early in the year ("tổng kết công tác năm", "năm qua") reviews the
# year before, whatever its period reads as; not a campaign's or an event's own days: no
# review whose object, in its clause, is a duty, a Tết, a festival or a campaign ("tổng kết
# công tác trực Tết", "tổng kết hoạt động Lễ hội ...", "công tác bảo đảm ... dịp Tết"). The
# sector's standing work all year ("công tác đảm bảo chất lượng bệnh viện", "bảo đảm an toàn
# thực phẩm", "phục vụ người bệnh") is the year's: such a duty is an event's by its Tết or
# festival word.
EVENT_WORK_OBJECT = r"trực|(?-i:Tết)|lễ\s+hội|tháng\s+hành\s+động|đợt|chiến\s+dịch"
EVENT_WORK_OBJECT_REACH = 40
YEAR_WORK_REVIEW_RE = re.compile(
    r"tổng\s+kết\s+(?:công\s+tác|hoạt\s+động)"
    rf"(?![^.;:,\n]{{0,{EVENT_WORK_OBJECT_REACH}}}?(?<![^\W\d_])(?:{EVENT_WORK_OBJECT})(?![^\W\d_]))"
    r"|(?<![^\W\d_])năm\s+qua(?![^\W\d_])",
    re.IGNORECASE,
)
# The year's work named as the review's object in the headline or the lead ("tổng kết công tác
# năm", "tổng kết hoạt động năm qua"): the year before, even beside a Tết the staff meet for.
YEAR_WORK_NAMED_RE = re.compile(
    r"tổng\s+kết\s+(?:công\s+tác|hoạt\s+động)(?:\s+y\s+tế)?\s+năm(?!\s+học)(?![^\W\d_])"
    r"(?!\s*\d)|(?<![^\W\d_])năm\s+qua(?![^\W\d_])",
    re.IGNORECASE,
)
ONLINE_RE = re.compile(r"trực tuyến|điểm cầu|online", re.IGNORECASE)
# (Searched over the whole article: written as the two cases of the first letters, each
# cue's rest checked after it, case-insensitive as before; a whole-pattern IGNORECASE over
# "hội nghị ...|điểm cầu" gives the regex engine no first character to skip ahead to.)
ONLINE_ANYWHERE_RE = re.compile(
    r"[hHđĐ](?:(?<=[hH])(?i:ội nghị|ọp|ình thức)(?i:[^.;\n]{0,40}trực tuyến)"
    r"|(?<=[đĐ])(?i:iểm cầu))"
)

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


def publication_date(layout: Layout) -> tuple[int, int | None] | None:
    """(year, month) of the posting, from publication lines, an ISO date near the top, or a
    posting stamp (a date and its clock time) that opens or closes a line near the top."""
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
    top = layout.lines[STAMP_LINES - 1].end if len(layout.lines) >= STAMP_LINES else len(text)
    stamp = POSTING_STAMP_RE.search(text, 0, top)
    if stamp:
        first = int(stamp.group("d") or stamp.group("d2") or stamp.group("d3"))
        second = int(stamp.group("m") or stamp.group("m2") or stamp.group("m3"))
        # "9/13/2021 7:35 AM": a month above 12 is the day of a month-first date.
        month = second if second in MONTHS else first if first in MONTHS else None
        return int(stamp.group("y") or stamp.group("y2") or stamp.group("y3")), month
    return None


# A page address dated by the folder it is filed in: "/channel/12378/201807/...",
# ".../2018/07/...", or by the posting time that ends its slug ("...-tai-ha-noi-
# 20310714093015482.htm": year, month, day, then the clock time and milliseconds).
URL_MONTH_RE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/?(?P<m>0[1-9]|1[0-2])/"
    # a folder per year and month, the month without its zero ("/2031/2/104829")
    r"|/(?P<fy>(?:19|20)\d\d)/(?P<fm>[1-9])/"
    r"|-(?P<sy>(?:19|20)\d\d)(?P<sm>0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{6,9}\.[a-z]+$"
    # a section's three digits, then the posting time with a two-digit year and milliseconds
    # ("...-xuong-cap-185310308145356121.htm": 2031-03-08 14:53:56.121)
    r"|-\d{3}(?P<yy>\d\d)(?P<ym>0[1-9]|1[0-2])(?P<yd>0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
    r"\d{3}\.[a-z]+$"
)


# A period as a page address's slug writes it, unaccented, with its year ("...-6-thang-dau-
# nam-2031-...", "-quy-ii-2031", "-thang-6-2031", "-9-thang-nam-2031").
SLUG_PERIOD_RE = re.compile(
    r"(?<![a-z0-9])(?:(?:6|sau)-thang-(?P<h>dau|cuoi)(?:-nam)?-(?P<hy>(?:19|20)\d\d)"
    r"|(?:9|chin)-thang(?:-dau)?(?:-nam)?-(?P<ny>(?:19|20)\d\d)"
    r"|quy-(?P<q>iv|i{1,3}|[1-4])(?:-nam)?-(?P<qy>(?:19|20)\d\d)"
    r"|(?<![0-9]-)thang-(?P<m>0?[1-9]|1[0-2])(?:-nam)?-(?P<my>(?:19|20)\d\d))(?![0-9])"
)

# A slug's period right after a word that plans or compares ("...-va-trien-khai-nhiem-vu-6-
# thang-cuoi-nam-2031", "...-ke-hoach-quy-1-2031", "...-tang-so-voi-6-thang-dau-nam-2030") is
# the plan's or the base's, not the one reviewed; not tasks carried out ("thuc-hien-nhiem-vu-6-
# thang-dau-nam-2031"), nor such a word further back ("so-ket-trien-khai-chuong-trinh-...-quy-
# i-2031", "danh-gia-chi-tieu-dan-so-9-thang-nam-2031"): searched up to the period.
SLUG_NOT_REVIEWED_RE = re.compile(
    r"(?<![a-z0-9])(?:(?<!thuc-hien-)nhiem-vu|trien-khai|ke-hoach|phuong-huong|so-voi)"
    r"(?:-trong-tam|-cong-tac)?-$"
)
# Nor one of a slug that opens with a plan or a launch and reviews nothing before the period
# ("trien-khai-tiem-vac-xin-...-quy-iii-2031", "ke-hoach-tiem-chung-thang-10-2031"; not
# "trien-khai-cong-tac-va-so-ket-quy-iii-2031").
SLUG_PLAN_HEAD_RE = re.compile(
    r"(?:trien-khai|ke-hoach|phuong-huong)-"
    r"(?:(?!so-ket-|tong-ket-|danh-gia-|ket-qua-|giao-ban-|hop-|bao-cao-)[a-z0-9]+-)*"
)
# Nor one that starts or ends a span ("tu-thang-7-2031", "den-thang-6-2031", "truoc-quy-iii-
# 2031", "sau-thang-6-2031": a date, not a part's work).
SLUG_SPAN_EDGE_RE = re.compile(r"(?<![a-z0-9])(?:tu|den|toi|truoc|sau)-$")
# A run of months from one to another, the year after it ("so-ket-cong-tac-tu-thang-1-den-
# thang-9-2031"): a span of kind other of that year.
SLUG_MONTH_SPAN_RE = re.compile(
    r"(?<![a-z0-9])tu-thang-(?:0?[1-9]|1[0-2])-(?:den|toi)-thang-(?:0?[1-9]|1[0-2])(?:-nam)?"
    r"-(?P<y>(?:19|20)\d\d)(?![0-9])"
)
# The first half reviewed and the second planned, the year written once after both ("so-ket-
# 6-thang-dau-nam-va-trien-khai-nhiem-vu-6-thang-cuoi-nam-2031"): the first half of that year.
SLUG_HALVES_RE = re.compile(
    r"(?<![a-z0-9])(?:6|sau)-thang-dau(?:-nam)?-va-(?:[a-z]+-){0,4}(?:6|sau)-thang-cuoi"
    r"(?:-nam)?-(?P<y>(?:19|20)\d\d)(?![0-9])"
)


def slug_period(url: str | None) -> dict[str, Any] | None:
    """The period (with its year) a page address's slug names (SLUG_PERIOD_RE), or None: the
    headline as the address writes it, for a page whose text lost it; the first half when
    the slug reviews it and plans the second (SLUG_HALVES_RE), a run of months as a span of
    kind other (SLUG_MONTH_SPAN_RE), never a period the slug plans, compares with or starts a
    span from."""
    if url is None:
        return None
    path = urlsplit(url).path.lower()
    halves = SLUG_HALVES_RE.search(path)
    if halves is not None:
        return {"kind": PeriodKind.HALF_YEAR, "year": int(halves.group("y")), "index": 1}
    span = SLUG_MONTH_SPAN_RE.search(path)
    if span is not None:
        return {"kind": PeriodKind.OTHER, "year": int(span.group("y")), "index": None}
    match = next(
        (
            found
            for found in SLUG_PERIOD_RE.finditer(path)
            if not SLUG_NOT_REVIEWED_RE.search(
                path, path.rfind("/", 0, found.start()) + 1, found.start()
            )
            and not SLUG_PLAN_HEAD_RE.fullmatch(
                path, path.rfind("/", 0, found.start()) + 1, found.start()
            )
            and not SLUG_SPAN_EDGE_RE.search(path, 0, found.start())
        ),
        None,
    )
    if match is None:
        return None
    if match.group("hy"):
        index = 1 if match.group("h") == "dau" else 2
        return {"kind": PeriodKind.HALF_YEAR, "year": int(match.group("hy")), "index": index}
    if match.group("ny"):
        return {"kind": PeriodKind.NINE_MONTHS, "year": int(match.group("ny")), "index": None}
    if match.group("qy"):
        quarter = match.group("q").upper()
        index = ROMAN_QUARTERS.get(quarter) or int(quarter)
        return {"kind": PeriodKind.QUARTER, "year": int(match.group("qy")), "index": index}
    return {
        "kind": PeriodKind.MONTH,
        "year": int(match.group("my")),
        "index": int(match.group("m")),
    }


# The century of a two-digit year in a page address's posting time.
CENTURY = 2000
# The outlets whose addresses end in a section's three digits and a posting time with a
# two-digit year (one publishing system several share: "-185310308145356121.htm",
# "-215311229184444081.chn"). Elsewhere the same run of 18 digits may be an article number
# ("-481290615101502336.htm" is no time of 2029), so it dates no page unless the page
# prints a day of that month without a year at most POSTING_DAYS_AFTER days before it ("Sáng
# 10/1, ..." on "-185310112093012044.htm"): a number that is no time would agree by chance.
POSTING_TIME_HOSTS = (
    "thanhnien.vn",
    "nld.com.vn",
    "kenh14.vn",
    "cafef.vn",
    "soha.vn",
    "htv.com.vn",
    "truyenhinhthanhhoa.vn",
)


POSTING_DAYS_AFTER = 7
# A day and month printed without a year ("Sáng 10/1,", "ngày 9/1 vừa qua").
YEARLESS_DATE_RE = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d]|\s*[/.-]\s*\d)")
# How much of the page's opening may print that day.
YEARLESS_DATE_CHARS = 600


def yearless_dates(text: str) -> list[tuple[int, int]]:
    """(day, month) of each date printed without a year in the opening of ``text``."""
    return [
        (int(m.group("d")), int(m.group("m")))
        for m in YEARLESS_DATE_RE.finditer(text, 0, YEARLESS_DATE_CHARS)
    ]


def _posting_time_host(url: str) -> bool:
    """Whether ``url`` is on an outlet of POSTING_TIME_HOSTS (or a subdomain of one)."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == known or host.endswith("." + known) for known in POSTING_TIME_HOSTS)


def url_month(url: str | None, dated: Iterable[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """(year, month) of the folder a page's address files it in, or None. ``dated``: (day,
    month) of the dates the page prints without a year (a posting time with a two-digit year
    off POSTING_TIME_HOSTS dates the page only when one agrees with it)."""
    if url is None:
        return None
    match = URL_MONTH_RE.search(urlsplit(url).path)
    if match is None:
        return None
    if match.group("yy"):
        month, day = int(match.group("ym")), int(match.group("yd"))
        if not _posting_time_host(url) and not any(
            printed_month == month and 0 <= day - printed_day <= POSTING_DAYS_AFTER
            for printed_day, printed_month in dated
        ):
            return None
        return CENTURY + int(match.group("yy")), month
    return (
        int(match.group("y") or match.group("sy") or match.group("fy")),
        int(match.group("m") or match.group("sm") or match.group("fm")),
    )


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def event_match(layout: Layout) -> tuple[re.Match[str], Span] | None:
    """The date that opens a sentence or sits in one about the meeting, and that sentence;
    failing one, the first date in a sentence naming a campaign (CAMPAIGN_EVENT_RE): its day."""
    text = layout.text
    best: tuple[int, int, re.Match[str], Span] | None = None
    campaign: tuple[re.Match[str], Span] | None = None
    for match in EVENT_DATE_RE.finditer(text, 0, layout.body_end):
        if any(p.start <= match.start() < p.end for p in layout.publication):
            continue
        if DOCUMENT_BEFORE_DATE_RE.search(
            text, max(0, match.start() - DOCUMENT_LOOKBACK), match.start()
        ):
            continue
        low = max(0, match.start() - SPAN_END_LOOKBACK)
        if SPAN_END_BEFORE_RE.search(text, low, match.start()):
            continue  # "từ tháng 5 đến ngày 20/9/2031": the end of the span figures cover
        sentence = containing(layout.sentences, match.start())
        if sentence is None:
            continue
        if DECIDED_BY_MEETING_RE.search(text, sentence.start, match.start()):
            continue  # an event the meeting decides on, its day planned
        score = 0
        if SENTENCE_LEAD_RE.match(text[sentence.start : match.start()]):
            score += 2
        if MEETING_WORDS_RE.search(text, sentence.start, sentence.end):
            score += 2
        elif CEREMONY_BEFORE_DATE_RE.search(
            text, max(sentence.start, match.start() - CEREMONY_LOOKBACK), match.start()
        ):
            score += 2  # "... trao tại lễ tuyên dương ... sáng 9/11": the ceremony's day
        if score >= 2 and (best is None or score > best[0]):
            best = (score, match.start(), match, sentence)
        elif (
            campaign is None
            and CAMPAIGN_EVENT_RE.search(text, sentence.start, sentence.end)
            and CAMPAIGN_HELD_RE.search(text, sentence.start, sentence.end)
            and not CAMPAIGN_DEADLINE_BEFORE_RE.search(
                text, max(sentence.start, match.start() - CAMPAIGN_DEADLINE_LOOKBACK), match.start()
            )
            and not SPAN_TO_DATE_AFTER_RE.match(text, match.end())
        ):
            campaign = (match, sentence)
    if best is None:
        return campaign
    return best[2], best[3]


def undated_lead(layout: Layout) -> Span | None:
    """The lead when it prints no date ("X vừa tổ chức hội nghị sơ kết công tác quý I ...").

    The genre opens the body with the meeting: among the first sentences after the headline
    (publication lines skipped), the first that says a unit held a meeting (a verb such as
    "tổ chức") and names a period is the lead; failing one, the first unit's own report of a
    period ("Kết quả quý III năm ..., Trạm Y tế ..."). Its periods and organiser are read
    as from a dated lead; the meeting date stays unknown.
    """
    text = layout.text
    start = layout.title.end if layout.title is not None else 0
    seen = 0
    unit_report: Span | None = None
    for sentence in layout.sentences:
        if sentence.start < start or any(
            p.start <= sentence.start < p.end for p in layout.publication
        ):
            continue
        if sentence.start >= layout.body_end or seen >= LEAD_MAX_SENTENCES:
            break
        seen += 1
        if not PERIOD_RE.search(text, sentence.start, sentence.end):
            continue
        if (
            ORGANIZER_VERB_RE.search(text, sentence.start, sentence.end)
            and MEETING_WORDS_RE.search(text, sentence.start, sentence.end)
        ) or PLAN_MEETING_RE.search(text, sentence.start, sentence.end):
            return sentence
        if unit_report is None and UNIT_REPORT_RE.match(text, sentence.start, sentence.end):
            # a unit's own report is the lead only when no first sentence names a meeting
            # ("Kết quả năm 2030, ngành y tế huyện ..." before "Trung tâm ... vừa tổ chức
            # hội nghị tổng kết ...": the meeting's)
            unit_report = sentence
    return unit_report


def lead_neighbours(layout: Layout, lead: Span) -> list[Span]:
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
    neighbours: list[Span] = []
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


def find_event_date(
    found: tuple[re.Match[str], Span] | None,
    publication: tuple[int, int | None] | None,
    period: dict[str, Any] | None,
    *,
    year_review: bool = False,
    within: bool = False,
) -> date | None:
    """The meeting's date; a missing year comes from the posting date or the period.
    ``year_review``: the meeting sums up its period's year (a year-end review), so it is held
    after that year, never within it. ``within``: the event is one of the span it names, of
    kind other (a campaign's day, "Ngày 26.2, ... tổ chức Ngày hội hiến máu đợt 1 năm 2031"),
    no review of it: held in that span's year."""
    if found is None:
        return None
    match = found[0]
    day = int(match.group("d") or match.group("d2"))
    month = int(match.group("m") or match.group("m2"))
    explicit = match.group("y") or match.group("y2")
    school_year = (
        period is not None
        and period["kind"] == PeriodKind.OTHER
        and period["year"] is not None
        and re.search(
            SCHOOL_YEAR_ENDING.format(year=int(period["year"])), match.string, re.IGNORECASE
        )
        is not None
    )
    year = (
        int(explicit)
        if explicit
        else _infer_year(month, publication, period, year_review, school_year=school_year or within)
    )
    if year is None:
        return None
    return _safe_date(year, month, day)


def reference_month(
    found: tuple[re.Match[str], Span] | None, publication: tuple[int, int | None] | None
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
    month: int,
    publication: tuple[int, int | None] | None,
    period: dict[str, Any] | None,
    year_review: bool = False,
    *,
    school_year: bool = False,
) -> int | None:
    """The year of a meeting held in ``month``: the posting's (the year before for a month
    after the posting's), else the one ``period`` gives (the year after it for a meeting held
    after it ends; a school year's, ``school_year``, is met within the year it ends)."""
    if publication is not None:
        pub_year, pub_month = publication
        # Posted in January about a meeting "22/12": the meeting was the year before.
        year = pub_year - 1 if pub_month is not None and month > pub_month else pub_year
        if (
            period is None
            or period["year"] is None
            or period["kind"] == PeriodKind.OTHER
            or year >= int(period["year"])
        ):
            return year
        # A posting stamp before the year reviewed ("16/07/2017" on a review of 2019, a
        # republisher's date): the meeting is dated by the period instead. (A multi-year stage
        # "giai đoạn 2011 - 2020" ends after many meetings held within it.)
    if period is not None and period["year"] is not None:
        end_month = period_end_month(period)
        year = int(period["year"])
        if school_year or month >= end_month - MAX_PERIOD_LAG_MONTHS:
            return year
        if (
            period["kind"] in {PeriodKind.YEAR, PeriodKind.OTHER}
            and month > YEAR_REVIEW_LATEST_MONTH
            and not year_review
        ):
            # within the year named: too late to review the year before (a span of it, kind
            # other, has no known end: read as the year's)
            return year
        return year + 1
    return None


def period_end_month(period: dict[str, Any]) -> int:
    """The last month of a period dict (``{"kind": "quarter", "index": 2}`` -> 6);
    12 for a year."""
    index = period.get("index") or 1
    return {
        PeriodKind.HALF_YEAR: 6 * index,
        PeriodKind.QUARTER: 3 * index,
        PeriodKind.NINE_MONTHS: 9,
        PeriodKind.MONTH: index,
    }.get(period["kind"], 12)


def lunar_year(stem: str, branch: str, anchor: int | None) -> int | None:
    """The Gregorian year a lunar year named by its ``stem`` and ``branch`` ("Giáp", "Thìn")
    begins in: the one nearest ``anchor`` (a year the page gives), else the one from
    LUNAR_WINDOW_START on; None when the words name no lunar year."""
    stem_index = _lunar_index(stem, HEAVENLY_STEMS)
    branch_index = _lunar_index(branch, EARTHLY_BRANCHES)
    if stem_index is None or branch_index is None:
        return None
    year = next(
        (
            year
            for year in range(LUNAR_WINDOW_START, LUNAR_WINDOW_START + LUNAR_CYCLE)
            if year % len(HEAVENLY_STEMS) == stem_index
            and year % len(EARTHLY_BRANCHES) == branch_index
        ),
        None,
    )
    if year is None or anchor is None:
        return year  # (a stem and a branch of different parity name no year)
    return year + LUNAR_CYCLE * round((anchor - year) / LUNAR_CYCLE)


def _lunar_index(word: str, names: tuple[str, ...]) -> int | None:
    lowered = word.lower()
    lowered = LUNAR_SPELLINGS.get(lowered, lowered)
    return names.index(lowered) if lowered in names else None


def same_period_year(body: str) -> int | None:
    """The year a page's figures are of when they are set against the same period of an
    earlier year ("so với cùng kỳ năm 2030": 2031), the one reading of SAME_PERIOD_RUN_RE:
    every year of every run is read ("cùng kỳ năm 2029 và 2030" reads 2030 and 2031), and
    when the readings disagree the page gives no year. None too with no such base, or only
    bases someone chose (``chosen``: "cùng kỳ năm 2019 (năm chưa có dịch)")."""
    readings = {
        int(year) + 1
        for match in SAME_PERIOD_RUN_RE.finditer(body)
        if not match.group("chosen")
        for year in YEAR_IN_RUN_RE.findall(match.group("run"))
    }
    return readings.pop() if len(readings) == 1 else None


def _tet_year(heading: str, dated: tuple[int, int]) -> int | None:
    """The year of a Tết ``heading`` names by its lunar year as the days reported
    (LUNAR_TET_RE), not in a plan's clause (TET_PLAN_RE), and no more than
    LUNAR_YEARS_BEFORE before nor after the page's ``dated`` year (a history is no period
    reported); None when there is none."""
    for match in LUNAR_TET_RE.finditer(heading):
        if TET_PLAN_RE.search(heading, 0, match.start()):
            continue
        year = lunar_year(match.group("stem"), match.group("branch"), dated[0])
        if year is not None and dated[0] - LUNAR_YEARS_BEFORE <= year <= dated[0]:
            return year
    return None


class ImpliedYear(NamedTuple):
    """A year the page implies for a period it prints without one (see unprinted_year).

    Attributes:
        year: the year.
        evidence: what implies it, for a warning ("the page's date 7/2031").
    """

    year: int
    evidence: str


def unprinted_year(
    period: dict[str, Any],
    upcoming: dict[str, Any] | None,
    body: str,
    heading: str,
    dated: tuple[int, int] | None,
    *,
    year_review: bool = False,
) -> ImpliedYear | None:
    """The year of a reviewed ``period`` the page prints with no year and no printed year
    dates (the headline's or lead's "sơ kết 6 tháng đầu năm", "Từ đầu năm đến nay", "trong
    năm qua"), read from what the page says of it, in this order:

    1. the period planned after it, printed with its year (``upcoming``): a year reviewed
       before "nhiệm vụ năm 2031" is 2030, a first half before the second half of 2031 is
       2031's;
    2. the page's own date, ``dated`` (the meeting's or the posting's (year, month): a date
       line, the address's folder): its year, the year before when the period ends over a
       month later (a January meeting reviewing the year); for a span of days (kind other)
       the year before when the page is a ``year_review`` (a year-end review) held by
       YEAR_REVIEW_LATEST_MONTH whose ``heading`` names the year's work (YEAR_WORK_NAMED_RE),
       else a Tết ``heading`` names by its lunar year as the days reported, near that date
       (see _tet_year), else the year before when that review's object is the year's work
       (YEAR_WORK_REVIEW_RE: not a duty's, a festival's nor a campaign's,
       CAMPAIGN_REVIEW_RE);
    3. an undated page only: the same period of an earlier year its figures are set against
       (same_period_year).

    None when the page gives none of these, or (an undated page) its "cùng kỳ" readings
    disagree. The year so found may be unprinted: the caller keeps the figures' periods off
    it, and the cross-check flags it; the :class:`ImpliedYear` says what implied it.
    """
    calendar_kind = period["kind"] != PeriodKind.OTHER
    if (
        calendar_kind
        and upcoming is not None
        and upcoming["year"] is not None
        and upcoming["kind"] != PeriodKind.OTHER
    ):
        later = period_end_month(upcoming) > period_end_month(period)
        planned = int(upcoming["year"])
        return ImpliedYear(
            planned if later else planned - 1, f"the plan for {planned} printed after it"
        )
    if dated is not None:
        year, month = dated
        date_evidence = f"the page's date {month}/{year}"
        if calendar_kind:
            lagging = period_end_month(period) > month + MAX_PERIOD_LAG_MONTHS
            return ImpliedYear(year - 1 if lagging else year, date_evidence)
        early_review = (
            year_review
            and month <= YEAR_REVIEW_LATEST_MONTH
            and not CAMPAIGN_REVIEW_RE.search(heading)
        )
        if early_review and YEAR_WORK_NAMED_RE.search(heading):
            # "tổng kết công tác năm và gặp mặt nhân dịp Tết ..."
            return ImpliedYear(year - 1, date_evidence)
        tet = _tet_year(heading, dated)
        if tet is not None:
            return ImpliedYear(tet, f"the Tết its heading names, near {date_evidence}")
        if early_review and (
            YEAR_WORK_REVIEW_RE.search(heading) or YEAR_WORK_REVIEW_RE.search(body)
        ):
            return ImpliedYear(year - 1, date_evidence)
        return ImpliedYear(year, date_evidence)
    compared = same_period_year(body)
    if compared is None:
        return None
    return ImpliedYear(compared, f"'cùng kỳ năm {compared - 1}' (the same period a year before)")


# ---------------------------------------------------------------------------------------------
# Meeting kind and periods
# ---------------------------------------------------------------------------------------------


def period_of_match(match: re.Match[str]) -> dict[str, Any] | None:
    """The period a :data:`PERIOD_RE` match names, its year as printed (a string) or None;
    None for a month number that is no month."""
    if match.group("quarter"):
        quarter = match.group("q").upper()
        index = ROMAN_QUARTERS.get(quarter) or int(quarter)
        year = match.group("qy") or match.group("qy2")
        return {"kind": PeriodKind.QUARTER, "year": year, "index": index}
    if match.group("three"):
        # "3 tháng đầu năm" is the first quarter, "3 tháng cuối năm" the last.
        index = FIRST_QUARTER if match.group("t").lower() == "đầu" else LAST_QUARTER
        return {"kind": PeriodKind.QUARTER, "year": match.group("ty"), "index": index}
    if match.group("half"):
        index = 1 if (match.group("h") or "đầu").lower() == "đầu" else 2
        year = match.group("hy") or match.group("hy2")
        return {"kind": PeriodKind.HALF_YEAR, "year": year, "index": index}
    if match.group("nine"):
        return {"kind": PeriodKind.NINE_MONTHS, "year": match.group("ny"), "index": None}
    if match.group("months"):
        return {"kind": PeriodKind.OTHER, "year": match.group("oy"), "index": None}
    if match.group("month"):
        if int(match.group("m")) not in MONTHS:
            return None
        whole = match.string
        if SPAN_START_BEFORE_RE.search(
            whole, max(0, match.start() - SPAN_LOOKBACK), match.start()
        ) and SPAN_END_AFTER_RE.match(whole, match.end()):
            # the first month of a span ("từ tháng 4 đến ..."): the span's work
            return {"kind": PeriodKind.OTHER, "year": match.group("my"), "index": None}
        opening = SPAN_CLOSE_BEFORE_RE.search(
            whole, max(0, match.start() - SPAN_CLOSE_LOOKBACK), match.start()
        )
        if opening is not None:
            # its last month ("từ tháng 1 đến tháng 6/2031": the first half): the span's work;
            # across two years ("từ tháng 1/2030 đến tháng 6/2031") no part of either
            if opening.group("first_year") not in {None, match.group("my")}:
                return {"kind": PeriodKind.OTHER, "year": match.group("my"), "index": None}
            return months_period(
                int(opening.group("first")), int(match.group("m")), match.group("my")
            )
        if RUNNING_TO_MONTH_BEFORE_RE.search(
            whole, max(0, match.start() - RUNNING_TO_MONTH_LOOKBACK), match.start()
        ):
            # the month a running total is counted to ("tính đến hết tháng 3"): the total's work
            return {"kind": PeriodKind.OTHER, "year": match.group("my"), "index": None}
        return {"kind": PeriodKind.MONTH, "year": match.group("my"), "index": int(match.group("m"))}
    if match.group("stage"):
        return {"kind": PeriodKind.OTHER, "year": match.group("sy"), "index": None}
    if match.group("round"):
        return {"kind": PeriodKind.OTHER, "year": match.group("ry"), "index": None}
    if match.group("callup"):
        return {"kind": PeriodKind.OTHER, "year": match.group("cy"), "index": None}
    if match.group("school"):
        return {"kind": PeriodKind.OTHER, "year": match.group("scy"), "index": None}
    if match.group("holiday"):
        return {"kind": PeriodKind.OTHER, "year": match.group("hdy"), "index": None}
    whole = match.string
    if YEAR_SO_FAR_BEFORE_RE.search(
        whole, max(0, match.start() - YEAR_SO_FAR_LOOKBACK), match.start()
    ) and not YEAR_TO_ITS_END_RE.match(whole, match.end()):
        # "từ đầu năm 2031 đến nay": the year so far
        return {"kind": PeriodKind.OTHER, "year": match.group("y"), "index": None}
    return {"kind": PeriodKind.YEAR, "year": match.group("y"), "index": None}


def standard_year_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the years a national standard's name prints (STANDARD_YEARS_RE)."""
    return [match.span("years") for match in STANDARD_YEARS_RE.finditer(text)]


def in_standard_name(text: str, at: int) -> bool:
    """Whether the period expression at ``at`` of ``text`` is a standard's years
    (STANDARD_YEARS_RE)."""
    return any(start <= at < end for start, end in standard_year_spans(text))


def months_period(first: int, last: int, year: Any) -> dict[str, Any]:
    """The period of ``year`` that whole months ``first`` to ``last`` make: from January to
    the end of a quarter, a half, nine months or the year (CUMULATIVE_KINDS); a quarter; the
    second half; else ``other``."""
    if first == 1 and last in CUMULATIVE_KINDS:
        kind, index = CUMULATIVE_KINDS[last]
        return {"kind": kind, "year": year, "index": index}
    if first in QUARTER_FIRST_MONTHS and last == first + 2:
        return {"kind": PeriodKind.QUARTER, "year": year, "index": last // 3}
    if (first, last) == SECOND_HALF_MONTHS:
        return {"kind": PeriodKind.HALF_YEAR, "year": year, "index": 2}
    return {"kind": PeriodKind.OTHER, "year": year, "index": None}


def periods_in(
    scope: str,
    reference: tuple[int, int] | None = None,
    printed: str | None = None,
    *,
    date_years: bool = True,
) -> list[tuple[int, dict[str, Any]]]:
    """(position, period) for every period expression in ``scope``; missing years filled.

    ``reference`` is the (year, month) of the meeting (else of the posting): when ``scope``
    prints no year at all ("giao ban tháng 10, triển khai nhiệm vụ tháng 11"), the first period
    is the latest one ending by that month; ``printed`` is the text a filled-in year must occur
    in (``scope`` by default; a year is grounded like any figure). Without ``date_years``,
    the year of a date ("Ngày 14 tháng 04 năm 2009") is no period.
    """
    printed = scope if printed is None else printed
    found: list[tuple[int, dict[str, Any]]] = []
    for match in PERIOD_RE.finditer(scope):
        if _since_year(scope, match):
            continue  # "từ năm 2016 đến nay": the year a running total starts from, not reviewed
        if COMPARED_YEAR_RE.search(scope, max(0, match.start() - COMPARED_LOOKBACK), match.start()):
            continue  # "tăng 8% so với cùng kỳ 6 tháng đầu năm 2017": the baseline, not reviewed
        if in_standard_name(scope, match.start()):
            continue  # "đạt Bộ tiêu chí quốc gia về y tế giai đoạn 2011-2020": a standard's name
        if not date_years and _year_of_a_date(scope, match):
            continue
        period = period_of_match(match)
        if period is not None:
            found.append((match.start(), period))
    if found and reference is not None and all(p["year"] is None for _, p in found):
        # Held in (or posted in) January about "tháng 12": that month was the year before.
        ref_year, ref_month = reference
        first = found[0][1]
        year = (
            ref_year if period_end_month({**first, "year": ref_year}) <= ref_month else ref_year - 1
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
            if period_end_month({**period, "year": year}) <= period_end_month(previous):
                year += 1
            period["year"] = str(year) if str(year) in printed else None
        if period["year"] is not None:
            previous = period
    return [
        (position, {**period, "year": int(period["year"])})
        for position, period in found
        if period["year"] is not None
    ]


def read_periods(
    scope: str,
    reference: tuple[int, int] | None = None,
    printed: str | None = None,
    *,
    date_years: bool = True,
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(reviewed, next) periods of one sentence such as a headline or the lead (for
    ``reference``, ``printed`` and ``date_years``, see :func:`periods_in`)."""
    found = periods_in(scope, reference, printed, date_years=date_years)
    if not found:
        return None, None
    review = REVIEW_CUE_RE.search(scope)
    start = review.start() if review else 0
    after_review = [item for item in found if item[0] >= start] or found
    after_review = _without_horizons(scope, after_review)
    # (nor a span a forecast speaks of: FORECAST_BEFORE_RE)
    after_review = [item for item in after_review if not forecast(scope, item[0])]
    if not after_review:
        return None, None
    position, reviewed = after_review[0]
    if (
        review is not None
        and len(found) == 1
        and reviewed["kind"] == PeriodKind.YEAR
        and JOINED_PLAN_RE.search(scope, review.end(), position)
    ):
        before = int(reviewed["year"]) - 1
        printed_text = scope if printed is None else printed
        year = before if re.search(rf"(?<!\d){before}(?!\d)", printed_text) else None
        return {"kind": PeriodKind.YEAR, "year": year, "index": None}, reviewed
    if reviewed["kind"] == PeriodKind.OTHER and review is not None:
        # "tổng kết chương trình giai đoạn 2011-2015 và sơ kết công tác 6 tháng đầu năm": the
        # work of the period is the meeting's, the multi-year programme an occasion.
        for later_review in REVIEW_CUE_RE.finditer(scope, position):
            regular = [item for item in found if item[0] >= later_review.start()]
            if regular and regular[0][1]["kind"] != PeriodKind.OTHER:
                position, reviewed = regular[0]
                break
    upcoming: dict[str, Any] | None = None
    for plan in PLAN_CUE_RE.finditer(scope, position + 1):
        if _achieved_plan(scope, plan):
            continue
        # (never the year holding the reviewed part: "sơ kết quý I/2019 và phát động thi đua
        # năm 2019" plans no later period)
        later = [
            p
            for pos, p in found
            if pos > plan.start()
            and p != reviewed
            and not (p["kind"] == PeriodKind.YEAR and p["year"] == reviewed["year"])
            and not _ends_by(p, reviewed)
        ]
        if later:
            upcoming = later[0]
            break
    return reviewed, upcoming


def _without_horizons(
    scope: str, found: list[tuple[int, dict[str, Any]]]
) -> list[tuple[int, dict[str, Any]]]:
    """``found`` without the years a plan runs to ("đến/tới năm N") that a span of years follows.

    "sơ kết 5 năm thực hiện Chiến lược ... đến năm 2030, giai đoạn 2021-2025": the span named
    right after the year (no plan word between) is the one reviewed, the year its horizon. A
    span named after a plan word is the next stage ("tổng kết Chương trình ... đến năm 2025,
    triển khai kế hoạch giai đoạn 2026-2030"): the year, first, ends the programme reviewed,
    a span of years (kind other) when the next stage starts the year after it. A span that ends
    by the year is a stage within the plan, its apposition whatever word stands between ("đến
    năm 2030, kế hoạch giai đoạn 2021-2025"): the year is its horizon.
    """
    kept: list[tuple[int, dict[str, Any]]] = []
    for number, (position, period) in enumerate(found):
        horizon = period["kind"] == PeriodKind.YEAR and HORIZON_BEFORE_RE.search(
            scope, max(0, position - HORIZON_LOOKBACK), position
        )
        spans = [item for item in found[number + 1 :] if item[1]["kind"] == PeriodKind.OTHER]
        if not horizon or not spans:
            kept.append((position, period))
            continue
        span_start, span = spans[0]
        if not PLAN_CUE_RE.search(scope, position, span_start):
            continue  # the horizon of the span named right after it
        if span["year"] is not None and int(span["year"]) <= int(period["year"]):
            continue  # "đến năm 2030, kế hoạch giai đoạn 2021-2025": a stage within it
        first = SPAN_FIRST_YEAR_RE.match(scope, span_start)
        if not kept and first is not None and int(first.group(1)) == int(period["year"]) + 1:
            period = {**period, "kind": PeriodKind.OTHER}
        kept.append((position, period))
    return kept or found


def _ends_by(period: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether ``period`` ends no later than ``other`` (both with years): a part of the year
    reviewed ("năm 2030 ... triển khai chiến dịch đợt I/2030") is no period planned after it."""
    if period["year"] is None or other["year"] is None or other["kind"] != PeriodKind.YEAR:
        return False
    return (int(period["year"]), period_end_month(period)) <= (
        int(other["year"]),
        period_end_month(other),
    )


def _achieved_plan(scope: str, plan: re.Match[str]) -> bool:
    """Whether a plan word names a plan met ("vượt mức kế hoạch năm 2031"), not work planned."""
    low = max(0, plan.start() - ACHIEVED_LOOKBACK)
    return ACHIEVED_PLAN_RE.search(scope, low, plan.start()) is not None


def _document_plan(scope: str, plan: re.Match[str]) -> bool:
    """Whether a plan word names a document ("Kế hoạch số 572/KH-TTYT"), not work planned."""
    return DOCUMENT_NUMBER_AFTER_RE.match(scope, plan.end()) is not None


def plan_only(
    scope: str,
    reviewed: dict[str, Any] | None,
    upcoming: dict[str, Any] | None,
    printed: str,
    reference: tuple[int, int] | None = None,
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """A meeting that only plans a year ("Hội nghị triển khai công tác y tế năm 2024", held in
    its first days) reviews the year before: (that year, the planned one); the year before is
    None when the article does not print it. One held (``reference``, else posted) well into
    the year it names (from PLAN_ONLY_LATEST_MONTH on: "triển khai công tác phòng, chống dịch
    năm 2024" on 18 June) reviews no year before: it is read as any meeting named by a year."""
    if (
        reviewed is None
        or upcoming is not None
        or reviewed["kind"] != PeriodKind.YEAR
        or REVIEW_CUE_RE.search(scope)
        or (
            reference is not None
            and reference[0] == reviewed["year"]
            and reference[1] > PLAN_ONLY_LATEST_MONTH
        )
    ):
        return reviewed, upcoming
    plan = next(
        (
            p
            for p in PLAN_CUE_RE.finditer(scope)
            if not _document_plan(scope, p) and not _achieved_plan(scope, p)
        ),
        None,
    )
    mentioned = re.search(rf"năm\s+{reviewed['year']}", scope, re.IGNORECASE)
    if plan is None or mentioned is None or plan.start() > mentioned.start():
        return reviewed, upcoming
    before = int(reviewed["year"]) - 1
    # The year before is reviewed even when unprinted ("Trong năm qua"): its year is then
    # unknown (a year is grounded like any figure).
    year = before if re.search(rf"(?<!\d){before}(?!\d)", printed) else None
    return {"kind": PeriodKind.YEAR, "year": year, "index": None}, reviewed


def opening_periods(
    layout: Layout, year: int, *, first_only: bool = False
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(reviewed, next) from body sentences that open with a period, for an article whose
    headline and lead name none: "Trong 9 tháng đầu năm, công tác y tế ..." among the first
    sentences is the work reported (of ``year``, the year the article prints most), as is one
    that prints ``year`` itself anywhere in the body ("9 tháng năm 2018, ..."); a later
    "Trong 3 tháng cuối năm 2013, ..." that ends after it is the period planned.

    With ``first_only`` only the first sentence opening with a period decides, among the first
    OPENING_MAX_SENTENCES: a body opening with the whole year ("Năm 2019, ...") reports that
    year, and a part of it named further on is one item of its work, not the period reviewed."""
    text = layout.text
    reviewed: dict[str, Any] | None = None
    seen = 0
    year_opened = False
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        # (a running total opening the body, not one after a sentence opening with the year:
        # "Năm 2015, toàn tỉnh phát hiện ... Tính đến tháng 12-2015, ..." reports the year)
        running = None if year_opened else RUNNING_OPENING_RE.match(text, sentence.start)
        opener = running or OPENING_PERIOD_RE.match(text, sentence.start, sentence.end)
        match = PERIOD_RE.match(text, opener.end(), sentence.end) if opener else None
        period = period_of_match(match) if match is not None else None
        if reviewed is None:
            seen += 1
            year_opened = year_opened or (period is not None and period["kind"] == PeriodKind.YEAR)
            if first_only and (
                seen > OPENING_MAX_SENTENCES
                or (period is not None and period["kind"] == PeriodKind.YEAR)
            ):
                return None, None
            if period is None or period["kind"] == PeriodKind.YEAR:
                continue
            printed = period["year"]
            if printed is not None and int(printed) == year:
                # "9 tháng năm 2018, Bệnh viện ...": it prints the year, anywhere in the body
                reviewed = {**period, "year": year}
            elif seen <= OPENING_MAX_SENTENCES:
                reviewed = {**period, "year": int(printed) if printed is not None else year}
            continue
        if period is not None and period["year"] is not None:
            planned = {**period, "year": int(period["year"])}
            if planned["kind"] == PeriodKind.YEAR and planned["year"] == year:
                continue  # "Năm 2019, tỉnh giao chỉ tiêu ...": the year holds the half reviewed
            if (planned["year"], period_end_month(planned)) > (
                year,
                period_end_month(reviewed),
            ):
                return reviewed, planned
    return reviewed, None


def yearless_period(scope: str) -> dict[str, Any] | None:
    """The period a sentence names when it prints no year for it ("sơ kết 6 tháng đầu năm"),
    with ``year`` None; None when it names none."""
    review = REVIEW_CUE_RE.search(scope)
    # After the review word first (as read_periods), else anywhere: "Trong tháng 3, Trung tâm
    # đã duy trì ... phần mềm báo cáo" prints its period before an unrelated "báo cáo".
    for start in dict.fromkeys((review.start() if review else 0, 0)):
        for match in PERIOD_RE.finditer(scope, start):
            if COMPARED_YEAR_RE.search(
                scope, max(0, match.start() - COMPARED_LOOKBACK), match.start()
            ):
                continue  # "so với cùng kỳ năm 2030": the baseline, not a period named
            low = max(0, match.start() - FIGURE_LOOKBACK)
            if FIGURE_PARENTHESIS_RE.search(scope, low, match.start()):
                continue  # "180 lượt/ngày (quý III)": one figure's period, not the page's
            if in_standard_name(scope, match.start()):
                continue  # "đạt tiêu chí quốc gia về y tế giai đoạn 2011-2020": no period
            if _since_year(scope, match):
                continue  # "từ năm 2015 trở lại đây": the years since, no period of its own
            if forecast(scope, match.start()):
                continue  # "dự báo ... có thể tăng trong nửa cuối năm": a span to come
            period = None if _year_of_a_date(scope, match) else period_of_match(match)
            if period is not None:
                return {**period, "year": None}
    return None


def _since_year(scope: str, match: re.Match[str]) -> bool:
    """Whether a :data:`PERIOD_RE` match is the year a running total starts from ("từ năm
    2016 đến nay", "từ năm 2015 trở lại đây": SINCE_YEAR_RE), which names no period reviewed
    (the years since are read as one span of kind other: see the backend's fallback)."""
    low = max(0, match.start() - SINCE_LOOKBACK)
    return any(
        since.start() <= match.start() < since.end()
        for since in SINCE_YEAR_RE.finditer(scope, low, match.end() + SINCE_LOOKAHEAD)
    )


def _year_of_a_date(scope: str, match: re.Match[str]) -> bool:
    """Whether a :data:`PERIOD_RE` match is the year of a date ("Ngày 14 tháng 04 năm 2009")."""
    return bool(match.group("year")) and (
        DATE_BEFORE_YEAR_RE.search(scope, max(0, match.start() - COMPARED_LOOKBACK), match.start())
        is not None
    )


def held_a_meeting(text: str, url: str | None) -> bool:
    """Whether the article speaks of a meeting at all: a word for one in its text ("hội
    nghị", "sơ kết", "giao ban", "vừa triển khai nhiệm vụ"), or in its page's address, whose
    slug is the headline ("/tong-ket-cong-tac-...")."""
    if MEETING_EVIDENCE_RE.search(text) or PLAN_MEETING_RE.search(text):
        return True
    return url is not None and MEETING_SLUG_RE.search(urlsplit(url).path) is not None


def find_meeting_kind(scope: str, reviewed: dict[str, Any] | None) -> MeetingKind:
    """The meeting kind (``year_end_review``, ``mid_year_review`` ...) from the
    headline or lead ``scope`` and the reviewed period; a review of several years' work
    (MULTI_YEAR_REVIEW_RE) is other, whatever year the scope names, unless the scope reviews a
    year's, a half-year's or a quarter's work beside it (PERIOD_WORK_REVIEW_RE)."""
    if MULTI_YEAR_REVIEW_RE.search(scope) and not PERIOD_WORK_REVIEW_RE.search(scope):
        return MeetingKind.OTHER  # "sơ kết 5 năm triển khai ... đến năm 2030": a stage's review
    if reviewed is not None and reviewed["kind"] in PERIOD_MEETING_KINDS:
        if reviewed["kind"] == PeriodKind.OTHER and SCHOOL_YEAR_REVIEW_RE.search(scope):
            return MeetingKind.YEAR_END_REVIEW  # "tổng kết ... năm học 2023 - 2024"
        return PERIOD_MEETING_KINDS[reviewed["kind"]]
    if CAMPAIGN_REVIEW_RE.search(scope):
        return MeetingKind.OTHER  # "tổng kết chiến dịch ... năm 2010": a campaign's review
    if YEAR_END_RE.search(scope) or (
        reviewed is not None
        and reviewed["kind"] == PeriodKind.YEAR
        and WORK_MEETING_RE.search(scope)
        # (a meeting that launches a campaign, "hội nghị triển khai chiến dịch tiêm vắc xin",
        # is no year's review)
        and not CAMPAIGN_LAUNCH_RE.search(scope)
    ):
        return MeetingKind.YEAR_END_REVIEW
    return MeetingKind.OTHER


def up_to_day(text: str) -> re.Match[str] | None:
    """The first "đến (hết) ngày D/M/Y" of ``text`` that counts the year's figures up to that day
    (UP_TO_DAY_RE): not a span's end (SPAN_END_BEFORE_RE, unless the span opens the year:
    YEAR_START_SPAN_RE) nor a deadline (DEADLINE_BEFORE_RE), or None."""
    for match in UP_TO_DAY_RE.finditer(text):
        day = match.start("d")
        span = SPAN_END_BEFORE_RE.search(text, max(0, day - SPAN_END_LOOKBACK), day)
        if span is not None and not YEAR_START_SPAN_RE.match(span.group()):
            continue
        if DEADLINE_BEFORE_RE.search(
            text, max(0, match.start() - DEADLINE_LOOKBACK), match.start()
        ):
            continue
        return match
    return None
