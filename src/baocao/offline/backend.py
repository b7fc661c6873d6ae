"""The offline backend: build a ``health_review`` report from the parts the other modules read."""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from baocao.documents import Document
from baocao.errors import ConfigError, ExtractionError
from baocao.numerals import QUANTITY_KINDS, Kind, NumberIndex
from baocao.offline.dates import (
    CAMPAIGN_YEAR_RE,
    CHANGE_FROM_YEAR_RE,
    COMPARED_LOOKBACK,
    COMPARED_YEAR_RE,
    DOCUMENT_YEAR_RE,
    MAX_PERIOD_LAG_MONTHS,
    MULTI_YEAR_REVIEW_RE,
    NUMBERED_STAGE_REVIEW_RE,
    ONLINE_ANYWHERE_RE,
    ONLINE_RE,
    OPENING_PERIOD_RE,
    PERIOD_END_DATE_RE,
    PERIOD_RE,
    PERIOD_WORK_REVIEW_RE,
    PLAN_CUE_RE,
    PROJECT_REVIEW_RE,
    REPORT_TITLE_RE,
    REVIEW_CUE_RE,
    REVIEW_MEETING_RE,
    SINCE_YEAR_RE,
    STAFF_CONFERENCE_RE,
    TARGET_LOOKBACK,
    TARGET_YEAR_RE,
    UNIT_REPORT_RE,
    WORK_SPAN_RE,
    YEAR_REVIEW_LATEST_MONTH,
    YEAR_TO_DATE_RE,
    ImpliedYear,
    days_span,
    event_match,
    find_event_date,
    find_meeting_kind,
    held_a_meeting,
    in_standard_name,
    lead_neighbours,
    opening_periods,
    period_end_month,
    period_of_match,
    plan_only,
    publication_date,
    read_periods,
    reference_month,
    same_period_year,
    slug_period,
    standard_year_spans,
    undated_lead,
    unprinted_year,
    up_to_day,
    url_month,
    yearless_dates,
    yearless_period,
)
from baocao.offline.enums import (
    SUPPORTED_REPORT,
    IndicatorCategory,
    MeetingKind,
    OrganizerLevel,
    PeriodKind,
    PersonRole,
)
from baocao.offline.indicators import (
    POPULATION_OFFICE_RE,
    YEAR_LIKE,
    find_indicators,
    sentence_of,
    unit_kind,
)
from baocao.offline.measures import measure_indicators
from baocao.offline.people import find_people
from baocao.offline.periods import (
    PRINTED_YEAR_KINDS,
    TARGET_CUE_RE,
    UNKNOWN_YEAR,
    ReportPeriods,
    span_period,
)
from baocao.offline.places import (
    Organizer,
    association_holds,
    body_sector,
    context_place,
    figures_place,
    find_organizer,
    find_place,
    full_organizer,
    host_health_centre,
    host_hospital,
    mass_association_level,
    names_place,
    place_organizer,
    plans_only,
    province_of_page,
    sector_named,
    sector_subject,
    union_of,
    whole_sector,
)
from baocao.offline.statements import find_statements
from baocao.offline.terms import congress_periods
from baocao.offline.text import (
    MEETING_WORDS_RE,
    MIN_CLAUSE_WORDS,
    TITLE_PREFIX_RE,
    Layout,
    Span,
    author_from_line,
    body_cased,
    containing,
    find_author_line,
    is_headline,
    read_layout,
)
from baocao.settings import API_KEY_ENV_VAR

logger = logging.getLogger(__name__)
# After "năm <next year>" in a sentence, the work set for it: a plan word, the verbs that
# carry a plan on ("tiếp tục", "phấn đấu", "đặt mục tiêu"), or "sẽ" and a verb of work ("năm
# 2031, trung tâm sẽ tăng cường ...": not an event expected, "sẽ khánh thành", nor a forecast;
# no negation between, "sẽ không triển khai" ("không ngừng", ceaselessly, is none); not a
# thing done by a rule, "sẽ thực hiện theo thông tư mới").
NEXT_YEAR_WORK_RE = re.compile(
    r"mục tiêu|phương hướng|nhiệm vụ|kế hoạch|tiếp tục|phấn đấu|định hướng"
    r"|(?<![^\W\d_])sẽ\s+(?:(?!(?:không|chưa|chẳng|chả)(?![^\W\d_])(?!\s+ngừng))[^\W\d_]+\s+){0,2}?"
    r"(?:tăng\s+cường|đẩy\s+mạnh|triển\s+khai|nâng\s+cao|duy\s+trì|mở\s+rộng|tập\s+trung"
    r"|thực\s+hiện(?!\s+theo(?![^\W\d_])))(?![^\W\d_])",
    re.IGNORECASE,
)
# The work a plan sets ("phương hướng năm 2031", "Năm 2031, trung tâm tiếp tục mở rộng ...";
# not "tiếp tục là", what a unit goes on being).
PLAN_WORK_RE = re.compile(
    r"mục tiêu|phương hướng|nhiệm vụ|kế hoạch|phấn đấu|định hướng|tiếp tục(?!\s+là\b)",
    re.IGNORECASE,
)
# A word of letters (a clause has MIN_CLAUSE_WORDS of them; a posting stamp's line has none).
LETTER_WORD_RE = re.compile(r"[^\W\d_]+")
# The period a sentence reports ("Năm 2031", "Trong quý I", "Sáu tháng đầu năm", "Năm qua"):
# an undated body's opening on the sector is its report, not a background or a habit ("Hiện
# nay, ngành y tế tỉnh còn thiếu ...", "Hằng năm, ngành y tế tỉnh tổ chức ...").
REPORTED_PERIOD_RE = re.compile(
    rf"{PERIOD_RE.pattern}|(?<!\d)(?:19|20)\d{{2}}(?!\d)|(?<![^\W\d_])năm\s+(?:qua|nay)(?![^\W\d_])",
    re.IGNORECASE,
)
# What ends a sentence, for a year's sentence read without the layout.
SENTENCE_MARKS = (".", "!", "?", "\n")
# "năm <year>" in a sentence (the year is compared with the next one by the caller).
NAMED_YEAR_RE = re.compile(r"(?<![^\W\d_])năm\s+(?P<year>\d{4})(?!\d)", re.IGNORECASE)
# The year after the one reviewed, named so ("Năm tới, trạm sẽ triển khai ...", "trong năm
# tới"): as "năm <next year>" for the work set after it.
COMING_YEAR_RE = re.compile(r"(?<![^\W\d_])năm\s+tới(?![^\W\d_])", re.IGNORECASE)
# A year named by its place in a plan or a term, right after it ("2031 - năm đầu nhiệm kỳ
# mới ... là năm bản lề", "Năm 2031 được xác định là năm tăng tốc", "Bước sang năm 2031, năm
# cuối của nhiệm kỳ"): the year work is set for (the caller takes the year after the one
# reviewed).
YEAR_PLACE_RE = re.compile(
    r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?![\d/.-])"
    r"\s*(?:[-–:,]\s*|(?:được\s+(?:xác\s+định|xem|coi)\s+)?là\s+)"
    r"năm\s+(?:đầu(?:\s+tiên)?|bản\s+lề|cuối|tăng\s+tốc|về\s+đích|then\s+chốt|nước\s+rút)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

# How many sentences from the top may name the place an article without a unit is about.
OPENING_SENTENCES = 4
# How many years before the meeting a period it reviews may end (a review of 2019 held in
# 2021 at the latest).
MAX_REVIEW_LAG_YEARS = 2
DECEMBER = 12
# The report paths of the period years the page may imply (build_report_data's implied_years).
REVIEWED_YEAR_PATH = "reviewed_period.year"
NEXT_YEAR_PATH = "next_period.year"
INDICATOR_YEAR_PATH = "indicators[{}].period.year"
# An opening sentence framed by a span of dates ("Từ ngày 10/11/2030 - 25/1/2031, ...", "Từ
# 2/3 đến 30/4/2031, ..."): the reviewed period is that span (other, of the year it ends; the
# calendar period it bounds when it is one, "Từ ngày 1/1 đến 30/6/2031": the first half).
DATE_SPAN_OPENING_RE = re.compile(
    r"\s*[Tt]ừ\s+(?:ngày\s+)?(?P<d1>\d{1,2})[/-](?P<m1>\d{1,2})(?:[/-](?P<y1>(?:19|20)\d{2}))?\s*"
    r"(?:đến(?:\s+ngày)?|[-–])\s*(?P<d2>\d{1,2})[/-](?P<m2>\d{1,2})[/-](?P<y>(?:19|20)\d{2})(?!\d)"
)
# A unit giving out its figures ("cho biết", "thông tin số liệu", "công bố số liệu"; "thông tin
# về số liệu", "công bố các số liệu", "cung cấp số liệu"; its written report, "đã có báo cáo
# tình hình ...", "có văn bản báo cáo", "gửi báo cáo"; not a report made before a body, "có
# báo cáo trước Ban Thường vụ Tỉnh ủy", "trước các đại biểu": its session), no meeting.
RELEASE_VERB_RE = re.compile(
    r"\bcho\s+biết\b|\b(?:thông\s+tin|công\s+bố|cung\s+cấp)\s+"
    r"(?:(?:về|các|những|một\s+số)\s+)*(?:số\s+liệu|tình\s+hình)"
    r"|\b(?:có|gửi)\s+(?:văn\s+bản\s+)?báo\s+cáo\b"
    r"(?!\s+trước\s+(?:(?-i:[A-ZĐ])|(?:các\s+)?đại\s+biểu))",
    re.IGNORECASE,
)
# An event the lead reports before it gives out figures ("tổ chức kiểm tra ... và cung cấp các
# số liệu", "tại lớp tập huấn, ... cung cấp những số liệu", "ra quân chiến dịch ... và thông tin
# về tình hình", "đoàn công tác ... kiểm tra ...; ... cung cấp các số liệu"): an inspection, a
# training class, a campaign's day, a visit is an event, its day the lead's.
EVENT_ACT_RE = re.compile(
    r"\b(?:kiểm\s+tra|thanh\s+tra|tập\s+huấn|ra\s+quân|phát\s+động|thăm(?!\s+khám)"
    r"|tiếp\s+(?:đoàn|đón)|đoàn\s+công\s+tác)\b",
    re.IGNORECASE,
)
# An event the figures were given at ("tại lễ kỷ niệm", "đại hội", "hội thảo", "làm việc với
# đoàn", "buổi gặp mặt", "tại phiên chất vấn", "tại cuộc làm việc do ... chủ trì"): the lead's
# day is that event's, no mere release (a holiday, "kỳ nghỉ lễ", is no ceremony).
EVENT_NOUN_RE = re.compile(
    r"\b(?:tại|dự|trong)\s+(?:buổi\s+)?lễ\b"
    r"|\blễ\s+(?:kỷ\s+niệm|mít\s+tinh|phát\s+động|trao|khánh\s+thành|công\s+bố|ra\s+mắt)"
    r"|\bđại\s+hội\b|\bhội\s+thảo\b|\blàm\s+việc\s+với\b|\bbuổi\s+(?:làm\s+việc|gặp\s+mặt|tiếp)"
    r"|\bphiên\s+(?:chất\s+vấn|giải\s+trình|thảo\s+luận|điều\s+trần)|\bcuộc\s+làm\s+việc\b",
    re.IGNORECASE,
)
# A year printed on its own, not as the end of a span of years ("2016-2020", "2016 - 2020").
OWN_YEAR_RE = re.compile(r"(?<![\d.,])(?<!\d[-–])(?<!\d [-–] )(?P<y>(?:19|20)\d{2})(?![\d.,]?\d)")
# A meeting on a year's line of work: "hội nghị công tác chỉ đạo tuyến năm 2021", "hội nghị công tác
# chỉ đạo tuyến năm 2019".
YEARLY_WORK_MEETING_RE = re.compile(r"hội nghị công tác[^.;\n]{0,40}?năm\s+\d{4}", re.IGNORECASE)

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

# The parts of a year a body may open with ("9 tháng năm 2019, ...", "Quý I, ...").
# (not a month: a year's meeting reports no single month of it)
PART_OF_YEAR_KINDS = frozenset({PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.QUARTER})

# ---------------------------------------------------------------------------------------------
# The backend
# ---------------------------------------------------------------------------------------------


def _check_model(report_model: type[BaseModel]) -> None:
    missing = REQUIRED_FIELDS - set(report_model.model_fields)
    if missing:
        raise ConfigError(
            f"the offline rules fill {SUPPORTED_REPORT} reports only "
            f"({report_model.__name__} lacks {', '.join(sorted(missing))}): name a model "
            f"for it, with --base-url URL --model M (a local server) or {API_KEY_ENV_VAR}"
        )


def _not_reviewed(text: str, start: int) -> bool:
    """Whether the year or period at ``start`` of ``text`` is one figures are compared with
    ("so với cùng kỳ năm 2030", "so với Tết Dương lịch 2030") or a target's ("phấn đấu đến năm
    2035"): no year reviewed."""
    return (
        COMPARED_YEAR_RE.search(text, max(0, start - COMPARED_LOOKBACK), start) is not None
        or TARGET_YEAR_RE.search(text, max(0, start - TARGET_LOOKBACK), start) is not None
    )


def _compared_periods(text: str) -> list[tuple[int, int]]:
    """The spans of the periods ``text`` sets figures against or targets
    (:func:`_not_reviewed`): the years they print are no year reviewed."""
    return [
        match.span() for match in PERIOD_RE.finditer(text) if _not_reviewed(text, match.start())
    ]


def _latest_in_parts(body: str, latest: int) -> dict[str, Any] | None:
    """The reviewed period of a page whose latest year ``latest`` is printed only inside parts
    of it ("9 tháng năm 2031", never "năm 2031" on its own; not a year figures are compared
    with, nor a multi-year plan's end, nor a holiday when the body reports other periods: a
    year-end page announces the coming Tết): that part when it is the only period the body
    reports, else (the page looks back over several: "Năm 2030, ...; 9 tháng năm 2031, ...")
    kind other, of the latest year; None when the body prints the latest year as a whole year
    (the year is then reviewed)."""
    periods: list[dict[str, Any]] = []
    holidays: list[dict[str, Any]] = []
    for match in PERIOD_RE.finditer(body):
        if _not_reviewed(body, match.start()):
            continue
        if match.group("stage"):
            continue  # a multi-year plan ("giai đoạn 2011-2020") is no part of its last year
        period = period_of_match(match)
        if period is not None and period["year"] is not None:
            found = holidays if match.group("holiday") else periods
            found.append({**period, "year": int(period["year"])})
    periods = periods or holidays
    if not any(p["year"] == latest for p in periods) or any(
        p["year"] == latest and p["kind"] == PeriodKind.YEAR for p in periods
    ):
        return None
    kinds = {(p["kind"], p["year"], p["index"]) for p in periods}
    if len(kinds) == 1:
        return periods[0]
    return {"kind": PeriodKind.OTHER, "year": latest, "index": None}


def _opening_yearless(layout: Layout) -> dict[str, Any] | None:
    """The period a body sentence among the first ones opens with, printed without a year
    ("Trong tháng 7, các trạm y tế ..."), for a page that prints no year at all; else None
    (also when an earlier sentence reports the year so far, "Từ đầu năm đến nay": a part named
    after it is one item of that work)."""
    text = layout.text
    opening = [s for s in layout.sentences if s.start < layout.body_end][:OPENING_SENTENCES]
    for sentence in opening:
        if YEAR_TO_DATE_RE.search(text, sentence.start, sentence.end):
            return None
        opener = OPENING_PERIOD_RE.match(text, sentence.start, sentence.end)
        match = PERIOD_RE.match(text, opener.end(), sentence.end) if opener else None
        period = period_of_match(match) if match is not None else None
        if period is not None and period["year"] is None:
            return period
    return None


def _most_printed(years: Counter[int]) -> int:
    """The year printed most; at a tie the latest (a page reports its latest year and looks
    back on earlier ones once each: "khánh thành năm 2001, ... trong năm 2031"; a
    product's expiry year printed once is later than the year of the dates the body reports)."""
    return max(years, key=lambda year: (years[year], year))


def _reported_year(years: Counter[int], index: NumberIndex, text: str) -> int:
    """The year printed most; at a tie the latest that no plan nor holiday names (a page looks
    back on earlier years once each, a founding year, a first award, and reports its latest;
    the year its plan is set for, "phương hướng năm 2031", and the coming Tết come after it),
    else the first printed."""
    most = max(years.values())
    tied = [year for year, count in years.items() if count == most]
    if len(tied) == 1:
        return tied[0]
    holidays = [m.span() for m in PERIOD_RE.finditer(text) if m.group("holiday")]
    planned = {
        int(m.values[0])
        for m in index.mentions
        if m.kind is Kind.YEAR
        and m.values
        and (
            _in_plan_sentence(text, m.start, m.end)
            # the coming Tết a year-end page greets ("dịp Tết Nguyên đán ... 2031")
            or any(start <= m.start < end for start, end in holidays)
        )
    }
    reported = [year for year in tied if year not in planned]
    return max(reported) if reported else tied[0]


def _in_plan_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``[start, end)`` sets work or a target (PLAN_WORK_RE,
    TARGET_CUE_RE; "tiếp tục" plans work, "tiếp tục là" says what a unit goes on being)."""
    opening = max(text.rfind(mark, 0, start) for mark in SENTENCE_MARKS) + 1
    closing = min(
        (found for mark in SENTENCE_MARKS if (found := text.find(mark, end)) != -1),
        default=len(text),
    )
    sentence = text[opening:closing]
    return bool(PLAN_WORK_RE.search(sentence) or TARGET_CUE_RE.search(sentence.lower()))


# A past verb in a sentence ("đã khám", "đạt được"): it reports results, whatever it plans too.
PAST_WORK_RE = re.compile(r"(?<![^\W\d_])(?:đã|đạt\s+được)(?![^\W\d_])", re.IGNORECASE)
# A verb of results ("hoàn thành và vượt 16/18 chỉ tiêu", "vượt chỉ tiêu ..., đạt 112%", "Mục
# tiêu năm 2031 ... cũng hoàn thành"): it reports them unless a word that sets or plans stands
# before it in the sentence ("phấn đấu đạt 95%", "Mục tiêu ... là hoàn thành", "để vượt").
RESULT_VERB_RE = re.compile(r"(?<![^\W\d_])(?:hoàn\s+thành|vượt|đạt)(?![^\W\d_])", re.IGNORECASE)
SETS_BEFORE_RESULT_RE = re.compile(
    r"(?<![^\W\d_])(?:phấn\s+đấu|sẽ|nhằm|để|cần|phải|là|lên|dự\s+kiến|kế\s+hoạch|đặt)(?![^\W\d_])",
    re.IGNORECASE,
)


def _reports_results(sentence: str) -> bool:
    """Whether ``sentence`` has a verb of results (RESULT_VERB_RE) with no word that sets or
    plans before it."""
    return any(
        not SETS_BEFORE_RESULT_RE.search(sentence, 0, m.start())
        for m in RESULT_VERB_RE.finditer(sentence)
    )


# A target set for a year: its words, not a forecast's ("sẽ", "dự kiến": "dịch sẽ còn tăng").
TARGET_SET_RE = re.compile(r"phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu", re.IGNORECASE)
# How far before a year its target cue may stand ("Mục tiêu năm 2031", "phấn đấu trong năm
# 2031").
TARGET_CUE_BEFORE_YEAR = 20
# A year named as the end of the time left ("Từ nay đến cuối năm 2031", "đến hết năm 2031"):
# a deadline within the year running, not the year as a whole.
TO_YEAR_END_RE = re.compile(r"(?<![^\W\d_])(?:đến|tới)\s+(?:hết|cuối)\s+năm\s+$", re.IGNORECASE)
# How far before a year its "đến cuối năm" may stand.
TO_YEAR_END_LOOKBACK = 20


def _targets_year_only(index: NumberIndex, text: str) -> tuple[int, bool] | None:
    """The one year a page prints, when every mention of it (not a compared one, nor a
    document's) stands in a sentence that sets a target for it ("Trong năm 2031, tỉnh phấn
    đấu ...", "Mục tiêu năm 2031 là ...", "Năm 2031, chỉ tiêu ..."; TARGET_SET_RE after the
    year or just before it, no past verb nor a verb of results, "vượt 16/18 chỉ tiêu"; a
    forecast, "năm 2031 dịch sẽ còn tăng", sets none): the year the page plans, no year it
    reviews, and whether it plans the year as a whole: not when every mention names the
    year's end as a deadline of the time left ("Từ nay đến cuối năm 2031, huyện phấn đấu
    ...", TO_YEAR_END_RE: the rest of the year running, which a page of the state so far
    plans as no period of its own); else None."""
    compared = _compared_periods(text) + [m.span("y") for m in DOCUMENT_YEAR_RE.finditer(text)]
    mentions = [
        m
        for m in index.mentions
        if m.kind is Kind.YEAR
        and m.values
        and int(m.values[0]) in YEAR_LIKE
        and not _not_reviewed(text, m.start)
        and not any(start <= m.start < end for start, end in compared)
    ]
    if not mentions or len({int(m.values[0]) for m in mentions}) != 1:
        return None
    for m in mentions:
        opening = max(text.rfind(mark, 0, m.start) for mark in SENTENCE_MARKS) + 1
        closing = min(
            (found for mark in SENTENCE_MARKS if (found := text.find(mark, m.end)) != -1),
            default=len(text),
        )
        sentence = text[opening:closing]
        if (
            PAST_WORK_RE.search(sentence)
            or _reports_results(sentence)
            or not TARGET_SET_RE.search(
                sentence, max(0, m.start - opening - TARGET_CUE_BEFORE_YEAR)
            )
        ):
            return None
    whole = not all(
        TO_YEAR_END_RE.search(text, max(0, m.start - TO_YEAR_END_LOOKBACK), m.start)
        for m in mentions
    )
    return int(mentions[0].values[0]), whole


# The year a unit was founded ("được thành lập vào năm 2002", "ra đời năm 1965"): its
# history, no period a page reviews.
FOUNDED_YEAR_RE = re.compile(
    r"(?<![^\W\d_])(?:thành\s+lập|ra\s+đời)\s+(?:vào\s+|từ\s+)?(?:năm\s+)?"
    r"(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)


def _fallback_period(
    index: NumberIndex,
    event: date | None,
    reference: tuple[int, int] | None,
    text: str,
    body: str,
    since: re.Match[str] | None,
    lead: str = "",
) -> dict[str, Any] | None:
    """The reviewed period of an article whose lead names none: the work of the year so far
    ("Từ đầu năm đến nay") dated by the meeting or the article (an undated one whose ``lead``
    opens with it: by the year it prints most), else the years ``since`` one
    ("từ năm 2012 đến nay", see :func:`_framing_since`: other, of the latest year printed
    after it and not after the dated one, else the dated year, else None), else the year
    printed most (not one a figure is compared with: "so với cùng kỳ năm 2019"), else the
    meeting's year."""
    dated_year = event.year if event is not None else reference[0] if reference else None
    compared = _compared_periods(text)
    # (nor a document's year: "Quyết định số 32 năm 2026"; nor the years of a standard's name,
    # "chuẩn quốc gia về y tế đến năm 2020"; nor the year a running total starts from, "Từ năm
    # 2016 đến nay": SINCE_YEAR_RE)
    compared += [m.span("y") for m in DOCUMENT_YEAR_RE.finditer(text)]
    compared += standard_year_spans(text)
    compared += [m.span("y") for m in SINCE_YEAR_RE.finditer(text)]
    # (nor a change's base year: "giảm từ 72‰ năm 2030 xuống còn 60‰ năm 2031")
    compared += [m.span("y") for m in CHANGE_FROM_YEAR_RE.finditer(text)]
    # (nor a founding year: "được thành lập vào năm 2002")
    compared += [m.span("y") for m in FOUNDED_YEAR_RE.finditer(text)]
    years = Counter(
        int(value)
        for m in index.mentions
        if m.kind is Kind.YEAR
        and not _not_reviewed(text, m.start)
        # (nor the year of a compared period: "so với Tết Dương lịch 2030")
        and not any(start <= m.start < end for start, end in compared)
        for value in m.values[:1]
        if int(value) in YEAR_LIKE
    )
    to_date = YEAR_TO_DATE_RE.search(body)
    if to_date is not None:
        # "Từ đầu năm 2025 đến nay" prints its year; "từ đầu năm đến nay" takes the dated one,
        # else (an undated page) the year printed most.
        printed_year = to_date.group("y") or to_date.group("ey")
        year = int(printed_year) if printed_year else dated_year
        if year is None and years and YEAR_TO_DATE_RE.search(lead):
            year = years.most_common(1)[0][0]
        if year is not None and str(year) in text:
            return {"kind": PeriodKind.OTHER, "year": year, "index": None}
    if since is not None:
        # "từ năm 2012 đến nay": up to the latest year printed, else to the dated one; with
        # neither, the year is unknown (None: the caller reports it null).
        start = int(since.group("y"))
        # (not a year after the meeting's: "đến nay" ends at it, and a later one is a term's or
        # a plan's end, "sơ kết giữa nhiệm kỳ 2022-2027" held in 2024)
        later = [
            year for year in years if year > start and (dated_year is None or year <= dated_year)
        ]
        if later:
            return {"kind": PeriodKind.OTHER, "year": max(later), "index": None}
        if dated_year is not None and dated_year > start and str(dated_year) in text:
            return {"kind": PeriodKind.OTHER, "year": dated_year, "index": None}
        # (else the latest date the body prints after it: "Từ năm 2008 đến nay, ... ; ngày
        # 13/4/2014, đoàn ...")
        since_dates = [year for year in _body_date_years(index, body) if year > start]
        if since_dates:
            return {"kind": PeriodKind.OTHER, "year": max(since_dates), "index": None}
        return None
    span = DATE_SPAN_OPENING_RE.match(lead)
    if span is not None:
        # "Từ ngày 10/11/2030 - 25/1/2031, đoàn giám sát đến 36 xã ...": that span's work
        year = int(span.group("y"))
        bounded = (
            span_period(
                (int(span.group("d1")), int(span.group("m1"))),
                (int(span.group("d2")), int(span.group("m2"))),
                year,
            )
            if span.group("y1") in {None, span.group("y")}
            else None
        )
        return bounded or {"kind": PeriodKind.OTHER, "year": year, "index": None}
    if years:
        latest = _latest_in_parts(body, max(years))
        if latest is not None:
            return latest
        return {"kind": PeriodKind.YEAR, "year": _reported_year(years, index, text), "index": None}
    if dated_year is not None and str(dated_year) in text:
        return {"kind": PeriodKind.OTHER, "year": dated_year, "index": None}
    up_to = up_to_day(body)
    if up_to is not None:
        # "Đến hết ngày 30/6/2031, toàn tỉnh có ...": the year's work up to that day.
        return span_period(
            (1, 1), (int(up_to.group("d")), int(up_to.group("m"))), int(up_to.group("y"))
        )
    # Last, the year of the dates the body prints ("từ 23/9 đến 25/9/2021"): the latest.
    date_years = _body_date_years(index, body)
    if date_years:
        return {"kind": PeriodKind.OTHER, "year": _most_printed(Counter(date_years)), "index": None}
    return None


def _body_date_years(index: NumberIndex, body: str) -> list[int]:
    """The years of the dates the ``body`` prints, in order."""
    return [
        int(m.values[0])
        for m in index.mentions
        if m.kind is Kind.DATE
        and m.values
        and m.start < len(body)
        and int(m.values[0]) in YEAR_LIKE
    ]


def _long_before(
    period: dict[str, Any], reference: tuple[int, int] | None, index: NumberIndex, text: str
) -> bool:
    """Whether ``period`` ended years before the meeting or the posting (``reference``; else
    the latest year the article prints, not a target's: "phấn đấu đến năm 2030"): a body
    sentence's history ("hội nghị y tế đầu tiên của huyện vào tháng 8-1962") is no period
    reviewed."""
    year = period["year"]
    if year is None:
        return False
    if reference is not None:
        latest = reference[0]
    else:
        printed = [
            int(m.values[0])
            for m in index.mentions
            if m.kind is Kind.YEAR
            and m.values
            and int(m.values[0]) in YEAR_LIKE
            and not TARGET_YEAR_RE.search(text, max(0, m.start - TARGET_LOOKBACK), m.start)
        ]
        if not printed:
            return False
        latest = max(printed)
    return int(year) < latest - MAX_REVIEW_LAG_YEARS


def _plans_the_same(
    plan: dict[str, Any] | None,
    reviewed: dict[str, Any] | None,
    upcoming: dict[str, Any] | None,
) -> bool:
    """Whether a body sentence's plan period ``plan`` is the period the lead or the headline
    already names (``reviewed`` or ``upcoming``): only then is the review meeting it names this
    article's ("tổng kết ... năm học 2022 - 2023 và triển khai ... năm học 2023 - 2024" under a
    headline of the year 2023 - 2024), not one it recalls ("Tại hội nghị sơ kết 6 tháng đầu năm
    2018, ..." in a report on another meeting)."""
    if plan is None:
        return False
    return any(
        named is not None
        and (named["kind"], named["year"], named["index"])
        == (plan["kind"], plan["year"], plan["index"])
        for named in (reviewed, upcoming)
    )


def _part_of_year(
    period: dict[str, Any], named: dict[str, Any] | None, reference: tuple[int, int] | None
) -> bool:
    """Whether a review sentence's ``period`` is a part of the year the lead or the headline
    names with no review word (``named``), over by the meeting or the posting (``reference``):
    the meeting is named by its year ("Hội thảo ... năm 2031") and its review sentence says
    which part it reviews ("đánh giá ... 6 tháng đầu năm"), the period the review names beating
    the bare year; a part still ahead (a May giao ban a page posted in April announces) is
    none."""
    return (
        named is not None
        and named["kind"] == PeriodKind.YEAR
        and period["kind"] != PeriodKind.YEAR
        and period["year"] == named["year"]
        and (reference is None or (period["year"], period_end_month(period)) <= reference)
    )


def _year_not_over(period: dict[str, Any] | None, reference: tuple[int, int] | None) -> bool:
    """Whether ``period`` is a whole year that has not ended by the meeting or the posting
    (``reference``): held (or posted) within that year, more than MAX_PERIOD_LAG_MONTHS before
    its end."""
    return (
        period is not None
        and reference is not None
        and period["kind"] == PeriodKind.YEAR
        and period["year"] == reference[0]
        and period_end_month(period) > reference[1] + MAX_PERIOD_LAG_MONTHS
    )


def _at_year_end(event: date, year: int) -> bool:
    """Whether a meeting on ``event`` is held as ``year`` ends: in its December or the first
    months of the next year."""
    return (event.year == year and event.month == DECEMBER) or (
        event.year == year + 1 and event.month <= YEAR_REVIEW_LATEST_MONTH
    )


# A get-together ("gặp mặt", "họp mặt"), and the words of a review or a plan that make one a
# working meeting ("họp mặt kỷ niệm Ngày Dân số Thế giới và sơ kết công tác 6 tháng đầu năm").
GET_TOGETHER_RE = re.compile(r"(?<![^\W\d_])(?:gặp|họp)\s+mặt(?![^\W\d_])", re.IGNORECASE)
WORKING_MEETING_RE = re.compile(
    r"hội\s+nghị|tổng\s+kết|sơ\s+kết|giao\s+ban|đánh\s+giá|nhiệm\s+vụ|phương\s+hướng",
    re.IGNORECASE,
)


def _get_together_only(layout: Layout, lead: Span | None) -> bool:
    """Whether the meeting the page reports is a get-together (GET_TOGETHER_RE: a press day's,
    a year-end one, "Gặp mặt cuối năm - Kết nối và đồng hành", "chia sẻ tại buổi họp mặt kỷ
    niệm Ngày Báo chí") that no word of a review or a plan names beside it (WORKING_MEETING_RE)
    in the headline and the lead, else in the first opening sentence that names a meeting: an
    event of kind other, whatever period the figures shared there cover."""
    text = layout.text
    heads = [
        span
        for span in (layout.title, lead)
        if span is not None
        and (
            MEETING_WORDS_RE.search(text, span.start, span.end)
            or GET_TOGETHER_RE.search(text, span.start, span.end)
        )
    ]
    if not heads:
        opening = [s for s in layout.sentences if s.start < layout.body_end][:OPENING_SENTENCES]
        heads = [s for s in opening if MEETING_WORDS_RE.search(text, s.start, s.end)][:1]
    return any(GET_TOGETHER_RE.search(text, s.start, s.end) for s in heads) and not any(
        WORKING_MEETING_RE.search(text, s.start, s.end) for s in heads
    )


# The first month of a year's last part, when its year-end reviews begin.
YEAR_END_MONTH = 11


def _within_year(event: date, year: int | None) -> bool:
    """Whether a meeting on ``event`` is held while ``year`` runs: after the months of the
    year before's reviews (YEAR_REVIEW_LATEST_MONTH) and before its last months."""
    return year == event.year and YEAR_REVIEW_LATEST_MONTH < event.month < YEAR_END_MONTH


# "cuối năm" as the year's end ("hội nghị cuối năm"), not the months left of it ("những
# tháng cuối năm", "6 tháng cuối năm"), which a meeting held while the year runs plans.
YEAR_END_MEETING_RE = re.compile(r"tổng kết|(?<!tháng\s)cuối năm", re.IGNORECASE)


def _sums_up_the_year(
    scope: str, reviewed: dict[str, Any], upcoming: dict[str, Any] | None
) -> bool:
    """Whether a meeting named by the year it is held in, while that year runs, still sums a
    year up: its lead or headline ``scope`` says so ("tổng kết", "cuối năm":
    YEAR_END_MEETING_RE); it is the yearly staff conference (STAFF_CONFERENCE_RE: "hội nghị
    viên chức, người lao động năm 2031" in June reviews the year before); or it plans the year
    after the one it names ("đánh giá kết quả công tác dân số năm 2031, triển khai kế hoạch
    năm 2032" in October: a line of work whose year ends early)."""
    return bool(
        YEAR_END_MEETING_RE.search(scope)
        or STAFF_CONFERENCE_RE.search(scope)
        or (
            upcoming is not None
            and upcoming["kind"] == PeriodKind.YEAR
            and reviewed["year"] is not None
            and upcoming["year"] == reviewed["year"] + 1
        )
    )


def _names_campaign_year(scopes: list[str], period: dict[str, Any] | None) -> bool:
    """Whether a scope names a campaign or a festival with the year of ``period``, a year
    (CAMPAIGN_YEAR_RE: "Chiến dịch ... năm 2031")."""
    return (
        period is not None
        and period["kind"] == PeriodKind.YEAR
        and period["year"] is not None
        and any(
            int(match.group("year")) == int(period["year"])
            for candidate in scopes
            for match in CAMPAIGN_YEAR_RE.finditer(candidate)
        )
    )


def _first_body_sentence_end(layout: Layout) -> int:
    """Where the body's first sentence after the headline ends (an undated page's lead), or 0."""
    after = layout.title.end if layout.title is not None else 0
    return next(
        (s.end for s in layout.sentences if after <= s.start < layout.body_end),
        0,
    )


def _opening_text(layout: Layout, lead: Span | None) -> str:
    """The lead's text, else (an undated page) the first sentence after the headline (not its
    posting stamp, "Thứ Tư, 22/10/2031 - 16:40")."""
    if lead is not None:
        return layout.text[lead.start : lead.end]
    after = layout.title.end if layout.title is not None else 0
    first = next(
        (
            s
            for s in layout.sentences
            if s.start >= after and not any(p.start <= s.start < p.end for p in layout.publication)
        ),
        None,
    )
    return layout.text[first.start : first.end] if first is not None else ""


def _framing_since(index: NumberIndex, layout: Layout, lead: Span | None) -> re.Match[str] | None:
    """The first "từ năm X đến nay" (SINCE_YEAR_RE) that frames the article: in the headline,
    the lead or the first body sentence, or in the paragraph holding most figures. One in
    passing ("Từ năm 2018 đến nay, bệnh viện đã cử 12 bác sĩ đi học") says nothing of the
    period reviewed."""
    text = layout.text
    body_start = layout.title.end if layout.title is not None else 0
    first = next(
        (
            sentence
            for sentence in layout.sentences
            if body_start <= sentence.start < layout.body_end
            and not any(p.start <= sentence.start < p.end for p in layout.publication)
        ),
        None,
    )
    framing = [span for span in (layout.title, lead, first) if span is not None]
    figures = Counter(
        line
        for m in index.mentions
        if m.kind in QUANTITY_KINDS and m.start < layout.body_end
        for line in [containing(layout.lines, m.start)]
        if line is not None
    )
    if figures:
        framing.append(figures.most_common(1)[0][0])
    for match in SINCE_YEAR_RE.finditer(text, 0, layout.body_end):
        if containing(framing, match.start()) is not None:
            return match
    return None


def _printed_years(
    index: NumberIndex, reviewed: dict[str, Any], upcoming: dict[str, Any] | None
) -> frozenset[int]:
    """The years an indicator's period may name: those printed as years or in dates, and the
    report's own periods'."""
    years = {int(m.values[0]) for m in index.mentions if m.kind in PRINTED_YEAR_KINDS and m.values}
    for period in (reviewed, upcoming):
        if period is not None and period["year"] is not None:
            years.add(int(period["year"]))
    return frozenset(years)


def _later_plan(
    layout: Layout,
    index: NumberIndex,
    reviewed: dict[str, Any],
    reference: tuple[int, int] | None,
) -> dict[str, Any] | None:
    """The next period a body sentence about the meeting names with the reviewed one ("báo
    cáo kết quả công tác năm 2018 và phương hướng, nhiệm vụ năm 2019"), when the lead names
    none."""
    text = layout.text
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        chunk = text[sentence.start : sentence.end]
        if not (MEETING_WORDS_RE.search(chunk) or REVIEW_CUE_RE.search(chunk)):
            continue
        named, upcoming = read_periods(chunk, reference, text)
        if named == reviewed and upcoming is not None:
            return upcoming
    if reviewed["kind"] == PeriodKind.YEAR and reviewed["year"] is not None:
        return _next_year_plan(layout, index, int(reviewed["year"]) + 1)
    return (
        _rest_of_year_plan(layout, reviewed)
        or _months_left_plan(layout, reviewed)
        or _following_part_plan(layout, reviewed)
        or _next_span_plan(layout, reviewed)
        or _next_round_plan(layout, reviewed)
        # (the year so far, "Từ đầu năm 2031 đến nay", is followed by the next year as the
        # whole year is: "Trong năm 2032, Hội tiếp tục ...")
        or (
            _next_year_plan(layout, index, int(reviewed["year"]) + 1)
            if _year_so_far(layout.text[: layout.body_end], reviewed)
            else None
        )
    )


def _year_so_far(body: str, reviewed: dict[str, Any]) -> bool:
    """Whether ``reviewed`` (kind other) is the year so far the body reports (YEAR_TO_DATE_RE:
    "Từ đầu năm 2031 đến nay", its year printed as the one reviewed or not at all)."""
    return (
        reviewed["kind"] == PeriodKind.OTHER
        and reviewed["year"] is not None
        and any(
            (m.group("y") or m.group("ey")) in {None, str(reviewed["year"])}
            for m in YEAR_TO_DATE_RE.finditer(body)
        )
    )


# A campaign's round by its number ("chiến dịch đợt 1", "đợt II"), as a headline or a lead
# names the round reported.
ROUND_RE = re.compile(r"(?<![^\W\d_])đợt\s+(?P<n>\d{1,2}|IV|V|I{1,3})(?![^\W_])", re.IGNORECASE)
ROMAN_ROUNDS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
# A year printed alone or ending a date ("tháng 1/2031", "năm 2031").
PRINTED_YEAR_RE = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d|/\d)")


def _round_number(match: re.Match[str]) -> int:
    """The number of a ROUND_RE match ("2", "II")."""
    number = match.group("n").upper()
    return ROMAN_ROUNDS.get(number) or int(number)


def _next_round_plan(layout: Layout, reviewed: dict[str, Any]) -> dict[str, Any] | None:
    """After a campaign's round reviewed (a span of kind other; the round the headline, else
    the first body sentence, names: "Triển khai thành công chiến dịch đợt 1"), the next round
    when a body sentence names it with a word that plans or looks ahead ("Chiến dịch đợt 2 sẽ
    triển khai đến 31/10"): a span of kind other, of the year (the one reviewed or the next) its
    sentence prints after the round ("vào tháng 1/2031"), else of the year reviewed; else
    None."""
    if reviewed["kind"] != PeriodKind.OTHER or reviewed["year"] is None:
        return None
    text = layout.text
    heads = [layout.title] if layout.title is not None else []
    heads += [s for s in layout.sentences if s.start < layout.body_end][:1]
    named = next((m for span in heads for m in ROUND_RE.finditer(text, span.start, span.end)), None)
    if named is None:
        return None
    following = _round_number(named) + 1
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        if not (
            PLAN_CUE_RE.search(text, sentence.start, sentence.end)
            or AHEAD_CUE_RE.search(text, sentence.start, sentence.end)
        ):
            continue
        for match in ROUND_RE.finditer(text, sentence.start, sentence.end):
            if _round_number(match) == following and not _past_verb_after(
                text, match.start(), match.end(), sentence.end
            ):
                # (the year the round's sentence prints, "đợt 2 sẽ triển khai vào tháng 1/2031",
                # else the year reviewed)
                printed = next(
                    (
                        int(found.group())
                        for found in PRINTED_YEAR_RE.finditer(text, match.end(), sentence.end)
                        if reviewed["year"] <= int(found.group()) <= reviewed["year"] + 1
                    ),
                    reviewed["year"],
                )
                return {"kind": PeriodKind.OTHER, "year": printed, "index": None}
    return None


# The kinds of span that follow one another (PERIOD_RE's groups and their end years): a stage
# of years ("giai đoạn 2021-2025", then "giai đoạn 2026-2030") and a school year ("năm học
# 2032-2033", then "năm học 2033-2034").
SPAN_GROUPS = {"stage": "sy", "school": "scy"}
FIRST_YEAR_RE = re.compile(r"(?:19|20)\d{2}")


def _next_span_plan(layout: Layout, reviewed: dict[str, Any]) -> dict[str, Any] | None:
    """After a span of years reviewed (a stage, a school year, printed in the body), the next
    span of the same kind the body names, starting where the reviewed one ends or the year
    after ("Trong giai đoạn 2026-2030, toàn ngành ...", "Trong năm học 2033-2034, ... sẽ"):
    that span, of kind other and the year it ends."""
    if reviewed["kind"] != PeriodKind.OTHER or reviewed["year"] is None:
        return None
    year = int(reviewed["year"])
    spans = [
        (group, int(FIRST_YEAR_RE.findall(match.group(group))[0]), int(match.group(end)))
        for match in PERIOD_RE.finditer(layout.text, 0, layout.body_end)
        for group, end in SPAN_GROUPS.items()
        if match.group(group)
    ]
    kinds = {group for group, _, last in spans if last == year}
    for group, first, last in spans:
        if group in kinds and first in {year, year + 1} and last > year:
            return {"kind": PeriodKind.OTHER, "year": last, "index": None}
    return None


def _launched_stage_plan(scope: str, year: int, end: int) -> dict[str, Any] | None:
    """The stage of years a meeting of ``year`` launches a plan for, when its lead or headline
    (``scope``) names one ending in ``end`` that starts no earlier than the meeting's year
    after a plan word ("triển khai kế hoạch thực hiện Bộ tiêu chí ..., giai đoạn 2031-2035",
    "ban hành kế hoạch hành động giai đoạn 2032-2035"): that stage, of kind other and the
    year it ends; not a stage under way, whose standard the meeting names ("đón Bằng công
    nhận xã đạt tiêu chí quốc gia giai đoạn 2021-2030"); else None."""
    for match in PERIOD_RE.finditer(scope):
        if (
            match.group("stage")
            and int(match.group("sy")) == end
            and int(FIRST_YEAR_RE.findall(match.group("stage"))[0]) >= year
            and any(
                not UNDER_A_PLAN_RE.search(
                    scope, max(0, cue.start() - UNDER_A_PLAN_LOOKBACK), cue.start()
                )
                for cue in PLAN_CUE_RE.finditer(scope, 0, match.start())
            )
        ):
            return {"kind": PeriodKind.OTHER, "year": end, "index": None}
    return None


# Before a plan word, a plan the meeting acts under or reviews, not one it launches: "lễ ra
# quân chiến dịch ... theo kế hoạch giai đoạn 2031-2035", "sơ kết 1 năm thực hiện Kế hoạch
# ... giai đoạn 2031-2035".
UNDER_A_PLAN_RE = re.compile(
    r"(?:(?<![^\W\d_])theo|(?:tổng kết|sơ kết|đánh giá)[^.;,\n]{0,30}?thực hiện)\s+$",
    re.IGNORECASE,
)
UNDER_A_PLAN_LOOKBACK = 48


# The rest of the year, unnumbered: "những tháng cuối năm", "các tháng còn lại của năm", "đến
# hết năm 2031", "từ nay đến cuối năm" (from_now: it looks ahead by itself, no plan word
# needed).
# "Đến hết năm" plans this year only: its year, when printed, is the reviewed one; never a
# stock counted "tính đến hết năm 2030".
REST_OF_YEAR_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:những|các)\s+tháng\s+(?:cuối|còn\s+lại)(?:\s+của)?\s+năm"
    r"|(?<!tính\s)đến\s+hết\s+năm(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
    r"|(?P<from_now>từ\s+nay\s+đến\s+(?:hết|cuối)\s+năm))(?![^\W\d_])",
    re.IGNORECASE,
)
# A household or a person as the subject right after the rest of the year ("Chị Lan cho biết từ
# nay đến cuối năm gia đình sẽ ...", "..., bà con sẽ ..."): their own plan, not the unit's.
PRIVATE_SUBJECT_AFTER_RE = re.compile(
    r"\s*,?\s*(?:gia\s+đình|bà\s+con|người\s+dân|chị|anh|em|cháu|chúng\s+tôi|tôi|mẹ|bố"
    r"|con)(?![^\W\d_])",
    re.IGNORECASE,
)
# Words that look ahead in a sentence naming the rest of the year ("Đến hết năm 2031, trung
# tâm phấn đấu khám cho ...", "... sẽ ..."), though no plan word.
AHEAD_CUE_RE = re.compile(r"(?<![^\W\d_])(?:phấn\s+đấu|sẽ)(?![^\W\d_])", re.IGNORECASE)
# The part of the year left after a part reviewed, as the schema's periods name it: after the
# first half the second; after nine months or the third quarter, the fourth quarter.
REST_AFTER: dict[tuple[str, int | None], tuple[str, int | None]] = {
    (PeriodKind.HALF_YEAR, 1): (PeriodKind.HALF_YEAR, 2),
    (PeriodKind.NINE_MONTHS, None): (PeriodKind.QUARTER, 4),
    (PeriodKind.QUARTER, 3): (PeriodKind.QUARTER, 4),
}


def _rest_of_year_plan(layout: Layout, reviewed: dict[str, Any]) -> dict[str, Any] | None:
    """The rest of the year as the period planned after a part of it reviewed, when a body
    sentence sets work for it with a plan word ("đề ra phương hướng những tháng cuối năm",
    "triển khai nhiệm vụ đến hết năm 2031", "nhiệm vụ ... trong 3 tháng cuối năm"), or names
    the rest of the year with a word that looks ahead (AHEAD_CUE_RE: "phấn đấu", "sẽ"), or
    says "từ nay đến cuối năm", which needs none -- not of a household's or a person's own
    plan (PRIVATE_SUBJECT_AFTER_RE): the second half after the first, the fourth quarter after
    nine months or the third; None after any other part, or with no such
    sentence."""
    rest = REST_AFTER.get((reviewed["kind"], reviewed["index"]))
    if rest is None or reviewed["year"] is None:
        return None
    text = layout.text
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        rests = [
            found
            for found in REST_OF_YEAR_RE.finditer(text, sentence.start, sentence.end)
            if not PRIVATE_SUBJECT_AFTER_RE.match(text, found.end())
        ]
        ahead = AHEAD_CUE_RE.search(text, sentence.start, sentence.end)
        cued = (
            PLAN_CUE_RE.search(text, sentence.start, sentence.end)
            or (rests and ahead)
            or any(found["from_now"] for found in rests)
        )
        if not (cued or ahead):
            continue
        if (cued and any(found["year"] in {None, str(reviewed["year"])} for found in rests)) or any(
            (named := period_of_match(match)) is not None
            and named["year"] in {None, str(reviewed["year"])}
            and (named["kind"], named["index"]) == rest
            # not the part left of a past year ("Trong 6 tháng cuối năm ngoái, ...")
            and not _past_year_after(text, match)
            # looked ahead to alone, the part left frames the sentence ("Trong 6 tháng cuối
            # năm, trung tâm sẽ tập trung ...")
            and (cued or FRONTED_PART_RE.fullmatch(text, sentence.start, match.start()))
            for match in PERIOD_RE.finditer(text, sentence.start, sentence.end)
        ):
            # (the part left named as such too: "nhiệm vụ ... trong 3 tháng cuối năm")
            return {"kind": rest[0], "year": reviewed["year"], "index": rest[1]}
    return None


# A verb in the past ("đã triển khai") after a part named: that part's work reported, not planned.
PAST_TENSE_RE = re.compile(r"(?<![^\W\d_])đã(?![^\W\d_])", re.IGNORECASE)
# A word that plans or looks ahead (or goes on: "tiếp tục") in a sentence, before its "đã".
PLAN_OR_AHEAD_RE = re.compile(
    rf"(?:{PLAN_CUE_RE.pattern})|(?<![^\W\d_])(?:phấn\s+đấu|sẽ|tiếp\s+tục)(?![^\W\d_])",
    re.IGNORECASE,
)
# "trong" right before a part, and what may close a sentence after it.
CLOSING_DURING_RE = re.compile(r"(?<![^\W\d_])trong\s+$", re.IGNORECASE)
SENTENCE_CLOSE_RE = re.compile(r"[\s.!;…]*")


def _past_verb_after(text: str, start: int, end: int, stop: int) -> bool:
    """Whether a past verb ("đã") follows a part named (text[start:end]) in its sentence (to
    stop) as the sentence's own: not one after a word that plans or looks ahead, between the
    part and it or right before the part ("Kế hoạch tháng 5: ... các nội dung đã được phê
    duyệt"), which qualifies a noun."""
    past = PAST_TENSE_RE.search(text, end, stop)
    if past is None:
        return False
    if PLAN_OR_AHEAD_RE.search(text, end, past.start()):
        return False
    return not PLAN_BEFORE_PART_RE.search(text, max(0, start - 30), start)


# A plan word governing the part right after it ("Kế hoạch tháng 5", "nhiệm vụ trọng tâm quý
# II").
PLAN_BEFORE_PART_RE = re.compile(
    rf"(?:{PLAN_CUE_RE.pattern})(?:\s+(?:trọng\s+tâm|công\s+tác))?\s+$", re.IGNORECASE
)
# A part of a past year, named after the part ("Quý II năm ngoái", "tháng 7 năm trước").
PAST_YEAR_AFTER_RE = re.compile(r"\s*,?\s*năm\s+(?:ngoái|trước|qua|rồi)(?![^\W\d_])", re.IGNORECASE)
# A past year's word right after a part that ends in "năm" ("6 tháng cuối năm ngoái").
PAST_YEAR_WORD_RE = re.compile(r"\s+(?:ngoái|trước|qua|rồi)(?![^\W\d_])", re.IGNORECASE)
YEAR_WORD_END_RE = re.compile(r"(?<![^\W\d_])năm$", re.IGNORECASE)


def _past_year_after(text: str, match: re.Match[str]) -> bool:
    """Whether a past year follows the part matched ("Quý II năm ngoái", "6 tháng cuối năm
    ngoái"): that part is a past year's."""
    if PAST_YEAR_AFTER_RE.match(text, match.end()):
        return True
    return bool(YEAR_WORD_END_RE.search(match.group(0))) and bool(
        PAST_YEAR_WORD_RE.match(text, match.end())
    )


# What may stand before a part that opens its sentence ("Quý II, ...", "Trong tháng 12, ...",
# "Bước sang quý IV, ...").
FRONTED_PART_RE = re.compile(r"\s*(?:(?:trong|sang|bước sang|đến|tới|riêng)\s+)?", re.IGNORECASE)
# The months of a year so far ("10 tháng đầu năm") and the months left of it ("2 tháng cuối
# năm"), counted.
MONTHS_SO_FAR_RE = re.compile(r"(?<![\d.,])(?P<n>\d{1,2})\s+tháng\s+đầu\s+năm", re.IGNORECASE)
MONTHS_LEFT_RE = re.compile(r"(?<![\d.,])(?P<n>\d{1,2})\s+tháng\s+cuối\s+năm", re.IGNORECASE)


def _months_left_plan(layout: Layout, reviewed: dict[str, Any]) -> dict[str, Any] | None:
    """After the months of a year so far reviewed (a span of kind other: "sơ kết 10 tháng đầu
    năm 2031"), the months left of it that a sentence plans ("triển khai nhiệm vụ 2 tháng cuối
    năm 2031", "bàn giải pháp 5 tháng cuối năm"), the two counts making the year: that span,
    of kind other and the year; else None."""
    if reviewed["kind"] != PeriodKind.OTHER or reviewed["year"] is None:
        return None
    text = layout.text
    so_far = {int(m.group("n")) for m in MONTHS_SO_FAR_RE.finditer(text, 0, layout.body_end)}
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        if not PLAN_CUE_RE.search(text, sentence.start, sentence.end):
            continue
        for match in PERIOD_RE.finditer(text, sentence.start, sentence.end):
            named = period_of_match(match)
            left = MONTHS_LEFT_RE.match(match.group(0))
            if (
                named is not None
                and named["kind"] == PeriodKind.OTHER
                and named["year"] in {None, str(reviewed["year"])}
                and left is not None
                and 12 - int(left.group("n")) in so_far
            ):
                return {"kind": PeriodKind.OTHER, "year": reviewed["year"], "index": None}
    return None


# How many parts of each kind a year has: the part after the last is the next year's first.
PARTS_IN_YEAR = {PeriodKind.QUARTER: 4, PeriodKind.MONTH: 12}


def _following_part_plan(layout: Layout, reviewed: dict[str, Any]) -> dict[str, Any] | None:
    """The quarter or month right after a quarter or month reviewed (the next year's first
    after the last; the third quarter after the first half), when a body sentence names it
    with a word that plans or looks ahead ("Quý II, huyện phấn đấu ...", "quán triệt nhiệm vụ
    trọng tâm tháng 01/2031", "Kế hoạch tháng 5: ..."), its year printed as that part's or not
    at all; else None."""
    kind = reviewed["kind"]
    parts = PARTS_IN_YEAR.get(kind)
    if reviewed["year"] is None or reviewed["index"] is None:
        return None
    year, index = int(reviewed["year"]), int(reviewed["index"]) + 1
    if (kind, reviewed["index"]) == (PeriodKind.HALF_YEAR, 1):
        # (after the first half, the third quarter: "Quý III, Sở phấn đấu ...")
        kind, index = PeriodKind.QUARTER, 3
    elif parts is None:
        return None
    elif index > parts:
        year, index = year + 1, 1
    text = layout.text
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        planned = PLAN_CUE_RE.search(text, sentence.start, sentence.end)
        if not (planned or AHEAD_CUE_RE.search(text, sentence.start, sentence.end)):
            continue
        for match in PERIOD_RE.finditer(text, sentence.start, sentence.end):
            named = period_of_match(match)
            if (
                named is not None
                and (named["kind"], named["index"]) == (kind, index)
                and named["year"] in {None, str(year)}
                and not _not_reviewed(text, match.start())
                # not a part a past verb follows ("Ngay từ tháng 1, trung tâm đã triển khai
                # ...": a report, no plan)
                # ... (one after the sentence already plans or looks ahead qualifies a noun:
                # "phấn đấu hoàn thành các chỉ tiêu đã đề ra", "Nhiệm vụ ... quý II là hoàn
                # thành các chỉ tiêu đã giao")
                and not _past_verb_after(text, match.start(), match.end(), sentence.end)
                # not that part of a past year ("Quý II năm ngoái, ...")
                and not _past_year_after(text, match)
                # looking ahead ("sẽ", "phấn đấu") alone, the part frames the sentence ("Quý
                # II, trung tâm phấn đấu ..."); one named later is another's event's time ("Bộ
                # Y tế sẽ tổ chức đoàn kiểm tra vào tháng 4"), one "trong" that closes the
                # sentence the time of its own work ("... sẽ đẩy mạnh tiêm vét trong quý II.")
                and (
                    planned
                    or FRONTED_PART_RE.fullmatch(text, sentence.start, match.start())
                    or (
                        CLOSING_DURING_RE.search(text, sentence.start, match.start())
                        and SENTENCE_CLOSE_RE.fullmatch(text, match.end(), sentence.end)
                    )
                )
            ):
                return {"kind": kind, "year": year, "index": index}
    return None


def _next_year_plan(layout: Layout, index: NumberIndex, year: int) -> dict[str, Any] | None:
    """The year after the reviewed one when a body sentence sets work for it: "Năm 2024,
    Bệnh viện đặt mục tiêu ...", "đề nghị năm 2022, toàn ngành tiếp tục ...", "Năm tới, trạm
    sẽ triển khai ...", or sets a figure for it (a target cue anywhere in the sentence, a
    quantity after the year: "Dự kiến đến cuối năm 2031, phòng khám sẽ cấp thuốc cho 640 bệnh
    nhân"; not an event it expects, "Dự kiến năm 2031 tỉnh sẽ khánh thành bệnh viện mới"), or
    names it by its place in a plan or a term
    (YEAR_PLACE_RE: "2031 - năm đầu nhiệm kỳ mới ... là năm bản lề")."""
    text = layout.text
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        if any(
            int(m.group("year")) == year
            for m in YEAR_PLACE_RE.finditer(text, sentence.start, sentence.end)
        ):
            return {"kind": PeriodKind.YEAR, "year": year, "index": None}
        match = next(
            (
                m
                for m in NAMED_YEAR_RE.finditer(text, sentence.start, sentence.end)
                if int(m.group("year")) == year
            ),
            None,
        ) or COMING_YEAR_RE.search(text, sentence.start, sentence.end)
        if match is None or COMPARED_YEAR_RE.search(
            text, max(0, match.start() - COMPARED_LOOKBACK), match.start()
        ):
            continue
        if NEXT_YEAR_WORK_RE.search(text, match.end(), sentence.end) or (
            TARGET_CUE_RE.search(text[sentence.start : sentence.end].lower())
            and any(
                m.kind in QUANTITY_KINDS and match.end() <= m.start < sentence.end
                for m in index.mentions
            )
        ):
            return {"kind": PeriodKind.YEAR, "year": year, "index": None}
    return None


def _year_so_far_before(layout: Layout, lead: Span) -> bool:
    """Whether a body sentence after the headline and before ``lead`` reports the year so far
    (YEAR_TO_DATE_RE: "Từ đầu năm đến nay, ...")."""
    after = layout.title.end if layout.title is not None else 0
    return any(
        after <= sentence.start < lead.start
        and YEAR_TO_DATE_RE.search(layout.text, sentence.start, sentence.end)
        for sentence in layout.sentences
    )


def _first_yearless(scopes: list[str]) -> tuple[dict[str, Any], str] | None:
    """The first period printed without a year in ``scopes``, and its scope."""
    for scope in scopes:
        period = yearless_period(scope)
        if period is not None:
            return period, scope
    return None


def _year_of_yearless(
    period: dict[str, Any],
    body: str,
    event: date | None,
    reference: tuple[int, int] | None,
    text: str,
) -> int | None:
    """The year of a period the headline or lead prints without one ("Hơn 1,4 triệu lượt
    khám trong 6 tháng đầu năm"): the year the body prints with the same period ("6 tháng đầu
    năm 2023"), else the year of the meeting or the posting when the period has ended by
    then, else the year before; a year the text does not print stays unknown."""
    for match in PERIOD_RE.finditer(body):
        if COMPARED_YEAR_RE.search(body, max(0, match.start() - COMPARED_LOOKBACK), match.start()):
            continue  # "tăng 10% so với 6 tháng đầu năm 2022": the baseline's year
        if in_standard_name(body, match.start()):
            continue  # "Bộ tiêu chí quốc gia về y tế giai đoạn 2011-2020": a standard's years
        named = period_of_match(match)
        if (
            named is not None
            and named["year"] is not None
            and (named["kind"], named["index"]) == (period["kind"], period["index"])
        ):
            return int(named["year"])
    for match in PERIOD_END_DATE_RE.finditer(body):
        # "tính đến hết tháng 6-2019" dates the figures of a period ending in June.
        if int(match.group("m")) == period_end_month(period):
            return int(match.group("y"))
    if event is not None:
        dated: tuple[int, int] | None = (event.year, event.month)
    else:
        dated = reference
    if dated is None:
        # An undated page whose figures are set against "cùng kỳ năm 2030" (the same part of
        # an earlier year) reports that part of the year after, when it prints that year.
        # Only when that year is printed on its own (not only a stage's end, "Giai đoạn
        # 2016-2020": "cùng kỳ năm 2019, trước dịch" is no last year's); later targets
        # ("phấn đấu đến năm 2035") may follow it.
        later = same_period_year(body)
        printed = {int(m.group("y")) for m in OWN_YEAR_RE.finditer(text)}
        return later if later is not None and later in printed else None
    year, month = dated
    if period_end_month({**period, "year": year}) > month + MAX_PERIOD_LAG_MONTHS:
        year -= 1
    return year if str(year) in text else None


def _part_of_the_year(
    layout: Layout, reviewed: dict[str, Any] | None, upcoming: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """A meeting whose lead names a year but no review ("hội nghị chỉ đạo tuyến năm 2019")
    reports the part of that year its body opens with ("9 tháng năm 2019, đơn vị đã ..."):
    that period is the one reviewed (the year is then the meeting's occasion)."""
    if reviewed is None or upcoming is not None or reviewed["kind"] != PeriodKind.YEAR:
        return reviewed, upcoming
    opened, planned = opening_periods(layout, int(reviewed["year"]), first_only=True)
    if (
        opened is None
        or opened["kind"] not in PART_OF_YEAR_KINDS
        or opened["year"] != reviewed["year"]
    ):
        return reviewed, upcoming
    return opened, planned


def build_report_data(
    document: Document,
    index: NumberIndex,
    *,
    strict: bool = False,
    implied_years: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Read the article's fields into a plain dict shaped like a ``HealthReviewReport``.

    Args:
        document: the loaded article.
        index: its number index (``NumberIndex(document.text)``).
        strict: report printed values only: the reviewed period's year the page implies but
            never prints (``dates.unprinted_year``) is None, with a warning naming what
            implied it; so is the year of the next period planned after it (its printed kind
            and index kept) and of a meeting date whose year only that year gives.
        implied_years: when given, filled (not under ``strict``) with the path and value of
            each period year reported from what the page implies (``reviewed_period.year``,
            ``next_period.year``, ``indicators[N].period.year``): the evidence a record keeps
            so that a check explains just these years as implied (``crosscheck.IMPLIED_KEY``).

    Returns:
        The report as a dict (enum values as strings, numbers as ``Decimal``).

    An article that prints no year for its period still gets a report: the period's year is
    the one the page implies (unless ``strict``), else None (logged as a warning), and the
    figures of that period carry the same year (named in ``implied_years`` too), else none.
    """
    text = document.text
    layout = read_layout(text)
    # The posting's month from the page, else from the folder its address files it in.
    printed_publication = publication_date(layout)
    publication = printed_publication or url_month(document.url, yearless_dates(text))
    title = ""
    if layout.title is not None:
        title = TITLE_PREFIX_RE.sub("", text[layout.title.start : layout.title.end]).strip()

    # The lead sentence (the one with the meeting date) names organiser, kind and periods.
    found = event_match(layout)
    lead = found[1] if found is not None else undated_lead(layout)
    scopes = [text[lead.start : lead.end]] if lead is not None else []
    if found is not None:
        scopes += [text[span.start : span.end] for span in lead_neighbours(layout, found[1])]
    scopes.append(title)
    reviewed: dict[str, Any] | None = None
    upcoming: dict[str, Any] | None = None
    scope = ""
    reference = reference_month(found, publication)
    # A period printed as such first; the year of the meeting's date ("Ngày 14 tháng 04 năm
    # 2009, ... dự Hội nghị tổng kết") only when no scope prints one ("báo cáo năm 2008").
    # An undated lead after a body sentence that reports the year so far ("Từ đầu năm đến nay,
    # Chi cục đã ... . Trong tháng 5, Chi cục đã tổ chức 30 buổi ..."): the period it names is
    # one item of that work, not the period reported (as for _opening_yearless).
    period_scopes = (
        scopes[1:]
        if found is None and lead is not None and _year_so_far_before(layout, lead)
        else scopes
    )
    for date_years, candidate in itertools.product((False, True), period_scopes):
        reviewed, upcoming = read_periods(candidate, reference, text, date_years=date_years)
        if reviewed is not None:
            scope = candidate
            break
    # Whether the headline or the lead speaks of a review ("tổng kết", "kết quả" ...).
    speaks_of_review = any(REVIEW_CUE_RE.search(candidate) for candidate in scopes)
    if reviewed is None or not REVIEW_CUE_RE.search(scope):
        # No period in the lead or the headline, or one the meeting is only named by there
        # ("Hội nghị viên chức năm 2031", "Triển khai công tác ... năm học 2031 - 2032"): the
        # body sentence about the meeting that reviews ("tổng kết", "kết quả", "báo cáo") tells
        # what it reviewed ("... báo cáo kết quả năm 2030 và phương hướng năm 2031 ...").
        for sentence in layout.sentences:
            chunk = text[sentence.start : sentence.end]
            if (
                sentence.start < layout.body_end
                and MEETING_WORDS_RE.search(chunk)
                and (reviewed is None or REVIEW_CUE_RE.search(chunk))
            ):
                found_periods = read_periods(chunk, reference, text)
                if (
                    found_periods[0] is not None
                    and not _long_before(found_periods[0], reference, index, text)
                    and (
                        reviewed is None
                        or _plans_the_same(found_periods[1], reviewed, upcoming)
                        or _part_of_year(found_periods[0], reviewed, reference)
                    )
                ):
                    reviewed, upcoming = found_periods
                    scope = chunk
                    break
    if not speaks_of_review and not _names_campaign_year([scope], reviewed):
        # (a campaign's plan, "Kế hoạch triển khai chiến dịch ... năm 2031", reports the
        # campaign: its year is no plan's, see below)
        reviewed, upcoming = plan_only(scope, reviewed, upcoming, text, reference)
        reviewed, upcoming = _part_of_the_year(layout, reviewed, upcoming)
    elif _year_not_over(reviewed, reference) and not YEAR_END_MEETING_RE.search(scope):
        # A meeting named by a year not over when it is held ("hội nghị giao ban năm 2031" on
        # 19 October; no "tổng kết", no "cuối năm" but the months left of it, "những tháng cuối
        # năm", YEAR_END_MEETING_RE): it reviews the part of the year its body
        # opens with ("9 tháng năm 2031, các đơn vị đã ..."), as a meeting named by its year
        # with no review word does.
        reviewed, upcoming = _part_of_the_year(layout, reviewed, upcoming)
    first_yearless = None if reviewed is not None else _first_yearless(period_scopes)
    yearless = first_yearless[0] if first_yearless is not None else None
    meeting_kind = find_meeting_kind(scope or " ".join(scopes), reviewed or yearless)
    if (
        found is None
        and lead is not None
        and UNIT_REPORT_RE.match(text, lead.start, lead.end)
        and not MEETING_WORDS_RE.search(text, lead.start, lead.end)
    ):
        # An undated lead that is a unit's own report of a period, naming no meeting ("Kết quả
        # 6 tháng đầu năm 2031, Trung tâm ... đã ..."): no meeting is reported (other).
        meeting_kind = MeetingKind.OTHER
    if (
        found is None
        and layout.title is not None
        and REPORT_TITLE_RE.match(text, layout.title.start, layout.title.end)
        and not REVIEW_MEETING_RE.search(title)
        and (lead is None or not REVIEW_MEETING_RE.search(text, lead.start, lead.end))
    ):
        # The same under a headline that is the report's own title ("Báo cáo kết quả ... năm
        # 2031").
        meeting_kind = MeetingKind.OTHER
    event = find_event_date(
        found,
        publication,
        reviewed,
        year_review=meeting_kind == MeetingKind.YEAR_END_REVIEW,
        # (an event of the span it names, no review of it: held within that span's year)
        within=not speaks_of_review
        and reviewed is not None
        and reviewed["kind"] == PeriodKind.OTHER,
    )
    if first_yearless is not None:
        yearless, yearless_scope = first_yearless
        year = _year_of_yearless(yearless, text[: layout.body_end], event, reference, text)
        if year is not None:
            # Read the scope again as of the period's end: a plan it names after the period
            # ("9 tháng đầu năm và nhiệm vụ 3 tháng cuối năm") takes the same year.
            dated = (year, period_end_month({**yearless, "year": year}))
            reviewed, upcoming = read_periods(yearless_scope, dated, text)
            if reviewed is None or reviewed["year"] != year:
                reviewed, upcoming = {**yearless, "year": year}, None
            yearless = None
            if event is None:
                event = find_event_date(found, publication, reviewed)
    slug_year: int | None = None
    slugged = slug_period(document.url)
    if (
        yearless is not None
        and slugged is not None
        and (
            yearless["kind"] == PeriodKind.OTHER
            or (yearless["kind"], yearless["index"]) == (slugged["kind"], slugged["index"])
        )
        and not any(m.kind is Kind.YEAR for m in index.mentions)
    ):
        # A period printed without a year ("trong tháng 4", "Từ tháng 1 đến tháng 9") on a
        # page whose text prints no year: the period the address's slug names with its year
        # ("...-trong-thang-4-2031-...", "...-so-ket-9-thang-nam-2031"), that year implied.
        yearless, slug_year = {**slugged, "year": None}, slugged["year"]
    elif (
        yearless is not None
        and slugged is not None
        and yearless["kind"] == slugged["kind"]
        and yearless["index"] is not None
        and slugged["index"] is not None
        and int(yearless["index"]) < int(slugged["index"])
        and not any(m.kind is Kind.YEAR for m in index.mentions)
    ):
        # An earlier part of the same kind than the slug's (a meeting in June about "tháng
        # 5", its address "...-giao-ban-thang-6-2031"): the text's part, of the slug's year.
        slug_year = slugged["year"]
    if (
        reviewed is not None
        and reviewed["kind"] == PeriodKind.OTHER
        and event is not None
        and int(reviewed["year"]) > event.year
        and re.search(rf"[-–]\s*{reviewed['year']}(?!\d)", scope)
    ):
        # A stage not over at the meeting ("đón Bằng công nhận xã đạt tiêu chí quốc gia giai
        # đoạn 2011 - 2020", in 2017) names a standard or a plan: the work is the year's
        # (implied by the meeting's date when the text does not print it).
        year = event.year if str(event.year) in text else None
        stage_end = int(reviewed["year"])
        reviewed = {"kind": PeriodKind.OTHER, "year": year, "index": None}
        if upcoming is None:
            # (a plan launched for a stage ahead: "triển khai kế hoạch ... giai đoạn 2018-2020")
            upcoming = _launched_stage_plan(scope, event.year, stage_end)
    if reviewed is None and yearless is None:
        reviewed = _fallback_period(
            index,
            event,
            reference,
            text,
            text[: layout.body_end],
            _framing_since(index, layout, lead),
            _opening_text(layout, lead),
        )
        targets = _targets_year_only(index, text[: layout.body_end])
        if (
            reviewed is not None
            and reviewed["kind"] == PeriodKind.YEAR
            and targets is not None
            and reviewed["year"] == targets[0]
        ):
            # The page's one year is its targets' ("Trong năm 2031, tỉnh phấn đấu điều trị cho
            # 4.400 bệnh nhân"): it reports the state so far (other) and plans that year (not
            # only the rest of it: "Từ nay đến cuối năm 2031, huyện phấn đấu ...").
            targets_year, whole = targets
            reviewed = {"kind": PeriodKind.OTHER, "year": targets_year, "index": None}
            if whole:
                upcoming = {"kind": PeriodKind.YEAR, "year": targets_year, "index": None}
        if reviewed is not None and (
            reviewed["kind"] == PeriodKind.YEAR
            or not YEAR_TO_DATE_RE.search(text)
            # (an undated page's year so far may still open its body with the part reported)
            or (event is None and reference is None)
        ):
            opened, planned = opening_periods(layout, reviewed["year"])
            if opened is not None:
                reviewed, upcoming = opened, planned
                meeting_kind = find_meeting_kind(scope or " ".join(scopes), reviewed)
        if (
            slugged is not None
            and (reviewed is None or reviewed["kind"] == PeriodKind.OTHER)
            and (reviewed is None or reviewed["year"] in {None, slugged["year"]})
            and not any(m.kind is Kind.YEAR for m in index.mentions)
        ):
            # A page whose text prints no period nor year of its own (stored without its
            # headline): the period its address's slug names ("...-6-thang-dau-nam-2031"),
            # its year implied when the text prints it nowhere (as a year the page's date
            # implies: the figures' too, null under strict).
            if str(slugged["year"]) in text:
                reviewed = slugged
            else:
                reviewed, slug_year = {**slugged, "year": None}, slugged["year"]
            # (the meeting the slug names reviews that period: "...-giao-ban-...-6-thang-dau-nam-
            # 2031" a mid-year review)
            meeting_kind = find_meeting_kind(scope or " ".join(scopes), reviewed)
        if event is None and reviewed is not None:
            # "Sáng 24/2, ..." with no year and no period in the lead: the year comes from
            # the period the body reports, as it would from the lead's.
            event = find_event_date(found, publication, reviewed)
    if reviewed is not None and upcoming is None:
        upcoming = _later_plan(layout, index, reviewed, reference)

    if (
        meeting_kind == MeetingKind.OTHER
        and reviewed is not None
        and reviewed["kind"] == PeriodKind.YEAR
        and reviewed["year"] is not None
        and event is not None
        and _at_year_end(event, int(reviewed["year"]))
        and YEARLY_WORK_MEETING_RE.search(scope)
    ):
        # "Chiều 22-12, ... họp hội nghị công tác chỉ đạo tuyến năm 2021": a meeting on a year's
        # line of work held as the year ends sums it up.
        meeting_kind = MeetingKind.YEAR_END_REVIEW
    if (
        meeting_kind == MeetingKind.OTHER
        and reviewed is not None
        and upcoming is not None
        and reviewed["kind"] == upcoming["kind"] == PeriodKind.YEAR
        and reviewed["year"] is not None
        and upcoming["year"] == reviewed["year"] + 1
        and PROJECT_REVIEW_RE.search(scope)
    ):
        # "tổng kết Dự án ... năm 2030 và triển khai hoạt động năm 2031": a project's year
        # reviewed and the next planned, a year-end review (a campaign's review stays other)
        meeting_kind = MeetingKind.YEAR_END_REVIEW
    if (
        meeting_kind == MeetingKind.YEAR_END_REVIEW
        and reviewed is not None
        and reviewed["kind"] == PeriodKind.YEAR
        and event is not None
        and _within_year(event, reviewed["year"])
        and not _sums_up_the_year(scope or " ".join(scopes), reviewed, upcoming)
    ):
        # "Ngày 19-10, ... tổ chức hội nghị giao ban năm 2031": a meeting named by a year and
        # held while that year runs (no "tổng kết", "cuối năm") does not sum the year up.
        meeting_kind = MeetingKind.OTHER
    if not held_a_meeting(text, document.url) or _get_together_only(layout, lead):
        meeting_kind = MeetingKind.OTHER
    organizer: Organizer | None = None
    # (not a lead nor a headline that only says what a unit will hold next: "Theo kế hoạch, Hội
    # đồng ... huyện sẽ tổ chức khám tuyển từ ngày 12 đến 20/12": the body names who did the
    # page's work)
    for span in ([lead] if lead is not None else []) + (
        [layout.title] if layout.title is not None else []
    ):
        if plans_only(text, span):
            continue
        # A headline in capitals is read as the body writes its words (unit names' casing).
        organizer = find_organizer(
            text if span is lead else body_cased(text, span, names_place), span
        )
        if organizer is None and span is lead:
            organizer = sector_subject(text, lead)
        if organizer is not None:
            break
    opening = [s for s in layout.sentences if s.start < layout.body_end][:OPENING_SENTENCES]
    title_span = [layout.title] if layout.title is not None else []
    if organizer is None:
        organizer = find_organizer(text, Span(0, layout.body_end))
        if (
            organizer is not None
            and organizer.level == OrganizerLevel.NATIONAL
            and (not opening or organizer.start >= opening[-1].end)
        ):
            # The ministry named only further on ("tủ lạnh vắc xin do Bộ Y tế bổ sung") in a page
            # whose opening reports a whole province ("trên địa bàn tỉnh"): the province's.
            placed = place_organizer(
                text, title_span + ([lead] if lead else []) + opening, headline=layout.title
            )
            if placed is not None and placed.level == OrganizerLevel.PROVINCE:
                organizer = placed
        elif organizer is not None:
            # A unit the body names, while the headline or the lead speaks of the whole sector
            # or place ("các bệnh viện của ngành Y tế cùng ...", "toàn tỉnh có ..."): the
            # sector's page, the unit one of its own.
            # (the first line only when it comes before the lead: after it, a body paragraph)
            heading = [t for t in title_span if lead is None or t.start <= lead.start]
            # (no lead: the sector the body's first sentence names as a whole, "Trong quý I,
            # ngành y tế tỉnh thực hiện ...", is the page's as a lead's would be; not a place
            # the sentence counts in, "các bệnh viện trên địa bàn tỉnh")
            body_opening = [
                sentence
                for sentence in opening
                if (layout.title is None or sentence.start >= layout.title.end)
                and not any(p.start <= sentence.start < p.end for p in layout.publication)
                # (not a posting stamp's line: "07/04/2031 | 13:37 GMT+7")
                and len(LETTER_WORD_RE.findall(text, sentence.start, sentence.end))
                >= MIN_CLAUSE_WORDS
            ]
            # (a sentence that reports a period's work: REPORTED_PERIOD_RE)
            sector_opening = (
                body_opening[0]
                if lead is None
                and body_opening
                and REPORTED_PERIOD_RE.search(text, body_opening[0].start, body_opening[0].end)
                else None
            )
            organizer = (
                whole_sector(
                    text,
                    heading + ([lead] if lead else []),
                    body_opening[0] if lead is None and body_opening else None,
                )
                or (sector_named(text, sector_opening) if sector_opening is not None else None)
                or organizer
            )
    # An association that opens the headline ("Hội Đông y X khám cho 30.000 lượt người")
    # is the article's subject: its own report, whatever the verb.
    headline_subject = (
        organizer is not None and layout.title is not None and organizer.start == layout.title.start
    )
    if (
        organizer is not None
        and not headline_subject
        and not association_holds(
            text,
            organizer,
            sentence_of(layout, organizer.start).end,
            lead.end if lead is not None else _first_body_sentence_end(layout),
        )
    ):
        organizer = None
    if organizer is not None and meeting_kind == MeetingKind.OTHER:
        # (the Red Cross of a district holding a check-up day or a blood drive for its people
        # works at the district's level: an association of a place's people, not of a health
        # profession; one holding its own review stays an association, as the probes read it)
        organizer = mass_association_level(
            text, organizer, sentence_of(layout, organizer.start).end
        )
    if organizer is None:
        placed = place_organizer(
            text, title_span + ([lead] if lead else []) + opening, headline=layout.title
        )
        host_centre = host_health_centre(document.url)
        if placed is not None and host_centre is not None and context_place(text, placed):
            # (on a health centre's own site, the nation or the bare sector its opening names
            # is the context of its own work: "Bệnh sởi đang gia tăng trên cả nước", "Ngành y
            # tế cho biết, ..."; the centre's page)
            placed = host_centre
        organizer = (
            placed
            # (a health centre's own site before the body's whole place or bare sector: on its
            # own page "cao hơn so với toàn tỉnh", "đang gia tăng trên cả nước", "Ngành y tế
            # khuyến cáo ..." are its context, not its subject)
            or host_centre
            # (a hospital's own site likewise: its page of figures "tại bệnh viện")
            or host_hospital(text, document.url)
            or body_sector(text, Span(0, layout.body_end))
            # (last, a page that names no unit, no whole place and no sector: the province
            # its opening names bare, "Bến Tre đã ghi nhận ...", else the nation it speaks of)
            or figures_place(text, title_span + ([lead] if lead else []) + opening, document.url)
        )
    # The article's own congress only: held (or its term named) in the headline, the lead or
    # the organiser's sentence; a union's congress a year-end review mentions is not the
    # article's.
    own = [span for span in (layout.title, lead) if span is not None]
    if organizer is not None:
        own.append(sentence_of(layout, organizer.start))
    congress = congress_periods(text[: layout.body_end], own)
    # (the organiser's level reads a congress of those spans only)
    held_congress = congress is not None
    if congress is None and lead is None:
        # An undated page's first body sentence stands for its lead: the congress it names
        # ("Đại hội Công đoàn ... lần thứ XVII, nhiệm kỳ 2031 - 2036 là sự kiện ...") gives
        # the periods.
        first = [s for s in opening if layout.title is None or s.start >= layout.title.end][:1]
        congress = congress_periods(text[: layout.body_end], first) if first else None
    if congress is not None:
        # A congress reviews the past term and opens a new one ("Đại hội ..., nhiệm kỳ
        # 2022-2027"): a meeting date without a year is of the new term's first year.
        reviewed, upcoming = congress.reviewed, congress.upcoming
        if congress.opens is not None and found is not None:
            event = find_event_date(found, publication or (congress.opens, None), None)
    if (
        reviewed is not None
        and reviewed["kind"] == PeriodKind.YEAR
        and meeting_kind != MeetingKind.YEAR_END_REVIEW
        and congress is None
        # (a headline that prints the year as the period reported, "... năm 2031", keeps it,
        # unless it opens with its span of days: a page stored without its headline whose lead
        # reads as one, "Từ ngày 15- 28/1, ... dịp Tết ... năm 2031")
        and (
            not re.search(rf"(?<![^\W\d_])năm\s+{reviewed['year']}(?!\d)", title, re.IGNORECASE)
            or ((framed := days_span(title)) is not None and framed.start() == 0)
        )
        and any(
            WORK_SPAN_RE.search(candidate)
            or days_span(candidate) is not None
            or (
                MULTI_YEAR_REVIEW_RE.search(candidate)
                and not PERIOD_WORK_REVIEW_RE.search(candidate)
            )
            for candidate in [*scopes, _opening_text(layout, lead)]
        )
    ):
        # "Chiến dịch ... đợt 1", "Qua 4 tháng thực hiện ...", a week or a run of days ("Một
        # tuần gần 600 người ...", "Từ ngày 15- 28/1, đoàn kiểm tra ..."), a review of many
        # years ("tổng kết 30 năm phòng chống ..."): the span's work, of its year
        reviewed = {**reviewed, "kind": PeriodKind.OTHER}
        if upcoming is None:
            # (a campaign's round reviewed, the next round planned: "đợt 2 sẽ triển khai")
            upcoming = _next_round_plan(layout, reviewed)
    if (
        reviewed is not None
        and reviewed["kind"] == PeriodKind.YEAR
        and meeting_kind != MeetingKind.YEAR_END_REVIEW
        and congress is None
        and _names_campaign_year(scopes, reviewed)
    ):
        # "Chiến dịch vận động hiến máu ... năm 2031 có 22 tổ chức ... tham gia": the campaign's
        # days, of its year (even when the headline prints that year: it is the campaign's)
        reviewed = {**reviewed, "kind": PeriodKind.OTHER}
    if (
        reviewed is not None
        and reviewed["kind"] == PeriodKind.YEAR
        and event is not None
        and str(event.year) in text
        and any(NUMBERED_STAGE_REVIEW_RE.search(candidate) for candidate in scopes)
    ):
        # "sơ kết giai đoạn 2 của chương trình ...": the stage ends at the meeting
        reviewed = {"kind": PeriodKind.OTHER, "year": event.year, "index": None}
    # The periods as the figures' periods see them: their years only when printed.
    figures_upcoming = upcoming
    # Never drop the article's figures for want of a year: the period stays, its year read
    # from what the page says of it (unprinted_year; under strict, which reports printed
    # values only, unknown), else unknown; the figures carry no period of another unprinted
    # year.
    figures_reviewed = reviewed or (
        yearless
        or _opening_yearless(layout)
        or {"kind": PeriodKind.OTHER, "year": None, "index": None}
    )
    implied: ImpliedYear | None = None
    if figures_reviewed["year"] is None and congress is None:
        # (a congress's past term is known by its years only: "nhiệm kỳ qua" dates none)
        implied = (
            ImpliedYear(slug_year, "the page address's slug") if slug_year is not None else None
        ) or unprinted_year(
            figures_reviewed,
            upcoming,
            text[: layout.body_end],
            " ".join(scopes),
            (event.year, event.month) if event is not None else reference,
            year_review=meeting_kind == MeetingKind.YEAR_END_REVIEW,
        )
        if implied is not None:
            reviewed = {**figures_reviewed, "year": implied.year}
            # the plan set after the period ("... phương hướng những tháng cuối năm")
            planned = upcoming or _later_plan(layout, index, reviewed, reference)
            if strict:
                # Printed values only: the periods keep their printed kind and index, not the
                # implied year, and the meeting's date takes no year from it either.
                logger.warning(
                    "%s: the reviewed period (%s) prints no year; the page implies %d from %s; "
                    "reported as null, as is the year of a next period planned after it and of "
                    "a meeting date known only by it (strict: printed values only)",
                    document.source,
                    figures_reviewed["kind"],
                    implied.year,
                    implied.evidence,
                )
                event = event or find_event_date(found, publication, figures_reviewed)
                reviewed = {**figures_reviewed, "year": None}
                if upcoming is None and planned is not None:
                    upcoming = {**planned, "year": None}
            else:
                event = event or find_event_date(found, publication, reviewed)
                if implied_years is not None:
                    implied_years[REVIEWED_YEAR_PATH] = str(implied.year)
                    if upcoming is None and planned is not None and planned["year"] is not None:
                        implied_years[NEXT_YEAR_PATH] = str(planned["year"])
                upcoming = planned
    # The figures of the reviewed period carry the year the page implies for it, as the
    # period does, each named implied (under strict, printed values only: none).
    figures_year = implied.year if implied is not None and not strict else None
    if reviewed is None or reviewed["year"] is None:
        reviewed = {**figures_reviewed, "year": None}
        if implied is None:  # (an implied year strict left out was named above)
            logger.warning(
                "%s: no year for the reviewed period (%s); reported as null",
                document.source,
                reviewed["kind"],
            )

    if (
        event is not None
        and found is not None
        and printed_publication is None
        and publication is not None
        and event.year > publication[0]
        and not (found[0].group("y") or found[0].group("y2"))
    ):
        # The page's address files it in a month ("/201605/") and the meeting's date prints no
        # year: the meeting was held by then, whatever later year a plan's horizon put forward
        # ("sơ kết 5 năm triển khai kế hoạch ... đến năm 2020", read as the period). (A printed
        # posting stamp may be a republisher's, earlier than the meeting; the folder is the
        # site's own.)
        event = find_event_date(found, publication, None) or event

    lead_text = text[lead.start : lead.end] if lead is not None else ""
    near: list[str] = []
    if organizer is not None:
        # The organiser's own sentence, from its name on (apposition first), then before it.
        sentence = sentence_of(layout, organizer.start)
        near += [text[organizer.start : sentence.end], text[sentence.start : organizer.start]]
    near += [title, lead_text]
    province, district = find_place(
        text,
        organizer,
        near,
        layout.body_end,
        province_of_page(document.url, document.site_name),
        document.url,
        title,
    )

    online_scope = f"{title} {lead_text}"
    online = True if ONLINE_RE.search(online_scope) or ONLINE_ANYWHERE_RE.search(text) else None

    people = find_people(layout)
    author: str | None = None
    author_line = find_author_line(text, layout.lines)
    if author_line is not None:
        byline = author_from_line(text[author_line.start : author_line.end])
        if byline is not None:
            author = byline[0]
            if author not in {person["name"] for person in people}:
                people.append({"name": author, "position": byline[1], "role": PersonRole.AUTHOR})

    release = RELEASE_VERB_RE.search(lead_text)
    if (
        found is not None
        and release is not None
        and not MEETING_WORDS_RE.search(lead_text)
        and not EVENT_NOUN_RE.search(lead_text)
        and not EVENT_ACT_RE.search(lead_text, 0, release.start())
    ):
        # A dated lead that only releases figures ("Ngày 9-3, Sở Y tế cho biết ...", "bệnh
        # viện công bố số liệu ..."): the day figures were given is no event.
        event, meeting_kind = None, MeetingKind.OTHER
    skip = [lead] if lead is not None else []
    report: dict[str, Any] = {
        # The headline as printed; empty when the page has none (its first line is the lead
        # paragraph or a caption, which the rules above still read as the headline's place,
        # or the line taken for it comes after the lead: a sentence of the body).
        "title": title
        if layout.title is not None
        and (lead is None or layout.title.start <= lead.start)
        and is_headline(title)
        else "",
        "event_date": event,
        "organizer": full_organizer(organizer.name if organizer else "", province, district),
        # A congress (đại hội) is an association's, whatever unit the text names first; a
        # hospital's party cell or union ("Chi bộ Bệnh viện ... tổ chức Đại hội") meets as
        # the hospital, and a sector's union ("Công đoàn ngành Y tế tỉnh X") as the sector.
        "organizer_level": organizer.level
        if organizer is not None
        and (
            not held_congress
            or organizer.level == OrganizerLevel.HOSPITAL
            or union_of(text, organizer)
        )
        else OrganizerLevel.OTHER,
        "province": province,
        "district": district,
        "meeting_kind": meeting_kind,
        "online": online,
        "reviewed_period": reviewed,
        "next_period": upcoming,
        "people": people,
        "indicators": find_indicators(
            layout,
            index,
            ReportPeriods(
                figures_reviewed
                if figures_reviewed["year"] is not None
                else {**figures_reviewed, "year": figures_year or UNKNOWN_YEAR},
                figures_upcoming,
                _printed_years(index, figures_reviewed, figures_upcoming)
                | ({figures_year} if figures_year else set()),
                term=congress is not None,
            ),
            IndicatorCategory.POPULATION
            if organizer is not None and POPULATION_OFFICE_RE.search(organizer.name)
            else None,
            unit_kind(organizer.name) if organizer is not None else None,
        ),
        **find_statements(layout, skip, upcoming),
        "author": author,
    }
    report["indicators"] = measure_indicators(
        text, index, report["indicators"], figures_reviewed, figures_upcoming
    )
    if figures_year and implied_years is not None:
        for position, indicator in enumerate(report["indicators"]):
            if indicator["period"] is not None and indicator["period"]["year"] == figures_year:
                implied_years[INDICATOR_YEAR_PATH.format(position)] = str(figures_year)
    return report


def extract_offline(
    document: Document,
    index: NumberIndex,
    report_model: type[BaseModel],
    *,
    strict: bool = False,
    implied_years: dict[str, str] | None = None,
) -> BaseModel:
    """Fill a ``health_review`` report from the article with rules, no model.

    Args:
        document: the loaded article.
        index: its number index.
        report_model: the report type's model; must be the ``health_review`` model.
        strict: printed values only (the run's ``--strict``): the reviewed period's year
            the page implies but never prints is reported as None, with a warning naming the
            page and what implied it; so is the year of the next period planned after it
            (its printed kind and index kept) and of a meeting date whose year only the
            implied year gives. The record passes a strict check with its figures.
        implied_years: when given, filled with the path and value of each period year
            reported from what the page implies (see :func:`build_report_data`).

    Returns:
        A validated ``report_model`` instance. Every number in it occurs in the article but,
        unless ``strict``, the year of a period the page implies and never prints (see
        :mod:`baocao.offline`), which the cross-check flags as ungrounded.

    Raises:
        ConfigError: ``report_model`` is not the ``health_review`` model.
        ExtractionError: the article could not be read into a valid report.
    """
    _check_model(report_model)
    data = build_report_data(document, index, strict=strict, implied_years=implied_years)
    try:
        return report_model.model_validate(data)
    except ValidationError as err:
        raise ExtractionError(
            f"{document.source}: the offline backend built an invalid report: {err}"
        ) from err
