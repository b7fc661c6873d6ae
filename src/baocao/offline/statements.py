"""Statements of the offline backend: achievements, challenges and priorities."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from baocao.offline.dates import PLAN_CUE_RE, QUARTER_AS_MONTHS, QUARTER_NAMES
from baocao.offline.enums import PeriodKind
from baocao.offline.text import Layout, Span, containing, whole_word

# ---------------------------------------------------------------------------------------------
# Regex pieces
# ---------------------------------------------------------------------------------------------

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
    rf"|sắp tới|năm tới|{whole_word('cần')}|tiếp tục(?! được)|kế hoạch (?:năm|công tác)"
    r"|triển khai nhiệm vụ",
)
ACHIEVEMENT_CUE_RE = re.compile(
    rf"{whole_word('đạt')}|hoàn thành|hiệu quả|được duy trì|được triển khai|được quan tâm"
    r"|được chú trọng"
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


def find_statements(
    layout: Layout, skip: Iterable[Span], upcoming: dict[str, Any] | None
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
    previous_line: Span | None = None
    for sentence in layout.sentences:
        if sentence.start >= layout.body_end:
            break
        line = containing(layout.lines, sentence.start)
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
    if period["kind"] == PeriodKind.HALF_YEAR:
        half = "đầu" if period["index"] == 1 else "cuối"
        return re.compile(rf"(?:06|6|sáu) tháng {half} năm", re.IGNORECASE)
    if period["kind"] == PeriodKind.QUARTER and period["index"] in QUARTER_NAMES:
        roman = QUARTER_NAMES[period["index"]]
        pattern = rf"quý\s+(?:{roman}|{period['index']})(?![IVX\w])"
        if period["index"] in QUARTER_AS_MONTHS:
            pattern += rf"|(?:03|3|ba) tháng {QUARTER_AS_MONTHS[period['index']]} năm"
        return re.compile(pattern, re.IGNORECASE)
    return re.compile(rf"năm\s+{period['year']}", re.IGNORECASE)
