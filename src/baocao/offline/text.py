"""Text pieces of the offline backend: shared regex pieces, spans, and the article's layout.

The building blocks every other module of :mod:`baocao.offline` reads with: capitalised words
and literal-first alternatives (``word_start``), how sentences and clauses end, name folding,
:class:`Span` and the sentence and line splitters, and the article's layout (title,
publication lines, lead sentence, the author's byline and the paragraphs a page prints again).
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from baocao.scoring import strip_tones

# ---------------------------------------------------------------------------------------------
# Regex pieces
# ---------------------------------------------------------------------------------------------

_UPPER = "A-Z" + "".join(
    ch for ch in map(chr, range(0xC0, 0x1EFA)) if ch.isupper() and ch.isalpha()
)
# A capitalised syllable; an apostrophe may join it to the next ("M'Đrắk", "Ea H'Leo").
CAP = rf"[{_UPPER}][^\W\d_]*(?:[’'][^\W\d_]+)*"
CAP_WORDS = rf"{CAP}(?:[ \t]+{CAP}|[ \t]*-[ \t]*{CAP})*"  # "Bà Rịa - Vũng Tàu"
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
LETTER = r"[^\W\d_]"


def word_start(literal: str, not_after: str = r"\w") -> str:
    r"""``literal`` where no ``not_after`` character precedes it (``\b`` + ``literal`` by default).

    Written as the literal then a look-behind, not a look-behind first: a pattern whose
    alternatives all start with a literal (no flags, no character class) lets the regex engine
    skip ahead to their first characters instead of trying a match at every position; several
    times faster over the many sentences and statements the rules scan.
    """
    return rf"{literal}(?<!{not_after}{literal})"


def whole_word(literal: str) -> str:
    r"""``\b`` + ``literal`` + ``\b``, literal first (see :func:`word_start`)."""
    return rf"{word_start(literal)}\b"


# How a sentence or clause ends: punctuation followed by a space or the end (never the dot of
# "75.135" or the colon of "15:17", nor the dot of a city's or town's abbreviation before its
# name in capitals: "Hội Người cao tuổi TP. Long Mỹ họp ...", "TX. Phú Lạc"; "..., thị xã, Tp." may
# end one), or a line break; an ellipsis glued to the next sentence's capital ("đạt 90%....Năm
# 2015, ...") ends one too.


def sentence_end_pattern(also: str = "") -> str:
    """The pattern of :data:`SENTENCE_END_RE`; each character of ``also`` ends one too (";"
    for a clause).

    Written as one class of every ending's first character, each ending checked after it:
    the regex engine skips ahead to those characters. The plain form (a run of marks, or an
    ellipsis, or a line break) opens with a repeat and a group, which give it nothing to skip
    to: it tried a match at every character, about five times slower.
    """
    extra = "".join(rf"|(?<={re.escape(mark)})" for mark in also)
    return (
        rf"[.!?…\n{re.escape(also)}]"
        rf"(?:(?<=[.!?…])[.!?…]*(?<!\bTP\.)(?<!\bTX\.)(?=\s|$)"  # marks before a blank
        rf"|(?<=\.)\.{{2,}}(?=[{_UPPER}])|(?<=…)(?=[{_UPPER}])"  # an ellipsis glued to a capital
        rf"|(?<=\n){extra})"
    )


SENTENCE_END_RE = re.compile(sentence_end_pattern())
# (as SENTENCE_END_RE: one class first, then "[.!?…;:]+(?=\s|$)" or the line break)
CLAUSE_END_RE = re.compile(r"[.!?…;:\n](?:(?<=[.!?…;:])[.!?…;:]*(?=\s|$)|(?<=\n))")
# A list item's marker at the start of its line ("- ", "+ ", "• ").
LIST_ITEM_RE = re.compile(r"[ \t]*[-–+•*](?=[ \t]|[^\W\d_])")
# A heading line that sets a year's plan ("Chỉ tiêu kế hoạch phòng chống sốt rét năm 2009",
# "Kế hoạch năm 2024:"): the list items under it are that year's targets.
PLAN_HEADING_RE = re.compile(
    r"[ \t]*(?:chỉ tiêu|kế hoạch)(?![^\W\d_])[^\n.;]*?(?<![^\W\d_])năm[ \t]+"
    r"(?P<year>(?:19|20)\d\d)(?!\d)[^\n.;]*",
    re.IGNORECASE,
)
# ... not one over what was done ("Kế hoạch năm 2023 đã thực hiện được:", "... đạt được").
PLAN_HEADING_RESULT_RE = re.compile(r"thực hiện|đạt được|kết quả", re.IGNORECASE)
# How many lines (list items, blank lines) a heading may stand above the item.
PLAN_HEADING_REACH = 30


def plan_heading_year(text: str, position: int) -> int | None:
    """The year of the plan heading (PLAN_HEADING_RE) that the list item holding
    ``position`` stands under, across the list's other items and blank lines; None when the
    line is no list item or the list's heading is another."""
    start = text.rfind("\n", 0, position) + 1
    if not LIST_ITEM_RE.match(text, start):
        return None
    for _ in range(PLAN_HEADING_REACH):
        if start == 0:
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        if line.strip() and not LIST_ITEM_RE.match(line):
            heading = PLAN_HEADING_RE.fullmatch(line.rstrip(" \t:"))
            if heading is None or PLAN_HEADING_RESULT_RE.search(line):
                return None
            return int(heading.group("year"))
        start = above
    return None


# A comma that ends a part of a long clause: not a decimal comma, nor one inside a list of
# administrative units ("58/60 trạm xã, phường, thị trấn đã có máy siêu âm ..."), which
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
    # the time may come first ("16:36, 22/02/2017")
    rf"|(?:{_TIME}\s*[-,|]?\s*)?(?:(?:thứ\s+\w+|chủ nhật)\s*[-,|]?\s*)?(?:ngày\s+)?"
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
# "Nguồn: Báo Quảng Nam": a line that credits the outlet, never the headline.
SOURCE_CREDIT_RE = re.compile(r"\s*(?:nguồn|source)\s*:", re.IGNORECASE)
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
# alternative a word in both cases starting with a literal (see word_start), the weekday
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
            *(word_start(time) + _AFTER_TIME_OF_DAY for time in _TIMES_OF_DAY),
            *(word_start(word) + r"\s+\(?\s*" for word in ("Ngày", "ngày")),
            # "Hôm 8/7", wire style "Hôm qua (8-7)", "Hôm nay (12/1)".
            *(word_start(word) + r"(?:\s+(?:qua|nay))?(?:\s*\(\s*|\s+)" for word in ("Hôm", "hôm")),
        ]
    )
    + ")"
)
# A meeting over several days prints a day range or list; its first day is the meeting date:
# "ngày 20-21/12", "ngày 20 - 21/12/2023", "từ ngày 14 đến 15/7", "ngày 20 - 21 tháng 12",
# "Trong 2 ngày (3 và 4/10)"; a range in words may close on the newspaper's hyphen ("ngày 23
# và 24-3", "từ ngày 8 đến 9-7"), one parted by a hyphen not ("20-21-3" is no date).
_WORDED_DAY_RANGE = r"\s+(?:đến|và)\s+(?:ngày\s+)?\d{1,2}"
_DAY_RANGE = rf"(?:\s*[-–]\s*\d{{1,2}}|{_WORDED_DAY_RANGE})"
EVENT_DATE_RE = re.compile(
    rf"{_DAY_CUE}"
    rf"(?:(?P<d2>\d{{1,2}})(?:{_DAY_RANGE}(?=\s+tháng))?"
    r"\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?"
    rf"|(?P<d>\d{{1,2}})(?:{_DAY_RANGE}(?=\s*[/.]\s*\d)|{_WORDED_DAY_RANGE}(?=-\d))?"
    # (its year after "năm" too: "ngày 6/1 năm 2023")
    r"\s*[/.-]\s*(?P<m>\d{1,2})(?:(?:\s*[/.-]\s*|\s+năm\s+)(?P<y>\d{4}))?)(?![\d/])"
)
# "tổ chức" an inspection ("tổ chức thanh tra, kiểm tra 40 cửa hàng") is work done, no meeting.
MEETING_WORDS_RE = re.compile(
    r"hội nghị|tổ chức(?!\s+(?:các\s+)?(?:đoàn\s+)?(?:thanh\s+tra|kiểm\s+tra|giám\s+sát))"
    r"|diễn ra|khai mạc|cuộc họp|họp|tổng kết|sơ kết|giao ban"
    # a workshop and a working session are meetings too ("Hội thảo ... đánh giá quý II", "Trong
    # buổi làm việc, bệnh viện trình bày ...")
    r"|hội thảo|buổi làm việc",
    re.IGNORECASE,
)

HYPHEN_SPACING_RE = re.compile(r"\s*-\s*")
FOLD_CACHE_SIZE = 8192


@functools.lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold_name(text: str) -> str:
    """Casefold, drop tone marks, tighten hyphens and straighten apostrophes: "Đăk Lăk" and
    "Đắk Lắk" fold alike, as do "M’Đrắk" and "M'Đrắk".

    Cached: the same place names, units and labels recur across a batch of articles.
    """
    return HYPHEN_SPACING_RE.sub("-", strip_tones(text.casefold().replace("’", "'"))).strip()


AUTHOR_LABEL_RE = re.compile(
    rf"^\s*(?:Tác giả(?: bài viết)?|(?:Bài|Tin)(?P<photo>\s*(?:,|và)\s*ảnh)?|Theo)\s*:?\s*"
    rf"(?P<name>{CAP}(?:[ \t]+{CAP}){{1,3}})(?P<rest>.*)$"
)
AUTHOR_LINE_RE = re.compile(rf"^\s*(?P<name>{CAP}(?:[ \t]+{CAP}){{1,3}})(?P<rest>.*)$")
AUTHOR_REST_RE = re.compile(r"^\s*(?:$|[,(\-–]\s*(?P<unit>[^)]*)\)?\s*(?P<tail>.*)$)")
AUTHOR_MAX_WORDS = 14
AUTHOR_TAIL_LINES = 6
MIN_CLAUSE_WORDS = 4

# ---------------------------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A ``[start, end)`` slice of the article text (offsets into ``Document.text``)."""

    start: int
    end: int


def fold(text: str) -> str:
    """Casefold and drop tone marks: compare place names across spelling variants."""
    return fold_name(text)


def _lines(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append(Span(start, end))
        start = end + 1
    return spans


def _sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in SENTENCE_END_RE.finditer(text):
        end = match.end() if match.group() != "\n" else match.start()
        if text[start:end].strip():
            spans.append(strip_span(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(strip_span(text, start, len(text)))
    return spans


def strip_span(text: str, start: int, end: int) -> Span:
    """The span ``[start, end)`` of ``text`` without surrounding blanks and the trim
    characters of ``SPAN_TRIM_LEFT`` / ``SPAN_TRIM_RIGHT``."""
    while start < end and (text[start].isspace() or text[start] in SPAN_TRIM_LEFT):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in SPAN_TRIM_RIGHT):
        end -= 1
    return Span(start, end)


def containing(spans: list[Span], position: int) -> Span | None:
    """The span of ``spans`` that holds ``position``, or None."""
    for span in spans:
        if span.start <= position < span.end:
            return span
    return None


def _word_count(text: str, up_to: int) -> int:
    """The number of words of ``text`` (WORD_RE), counted no further than ``up_to``: all a
    comparison with a bound below ``up_to`` needs, without reading a long line to its end."""
    return sum(1 for _ in itertools.islice(WORD_RE.finditer(text), up_to))


# ---------------------------------------------------------------------------------------------
# The article's layout: title, publication lines, lead sentence, author
# ---------------------------------------------------------------------------------------------


@dataclass
class Layout:
    """The article's layout: its lines, sentences, headline, publication lines and where
    the body ends (the byline, else the end of the text)."""

    text: str
    lines: list[Span]
    sentences: list[Span]
    title: Span | None
    publication: list[Span]
    body_end: int  # where the article body ends (the author line, or the end)


def _is_publication_line(line: str) -> bool:
    return bool(PUBLICATION_LINE_RE.match(line))


def _is_site_furniture(line: str) -> bool:
    """A site name, a masthead or a section label / breadcrumb line (see SITE_NAME_RE,
    SITE_MASTHEAD_RE, UNIT_MASTHEAD_RE)."""
    lowered = line.lower()
    if SITE_NAME_RE.search(lowered):
        return True
    if _word_count(line, MASTHEAD_MAX_WORDS + 1) <= MASTHEAD_MAX_WORDS:
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
    return len(parts) > 1 and all(
        _word_count(part, SECTION_LABEL_MAX_WORDS + 1) <= SECTION_LABEL_MAX_WORDS for part in parts
    )


def _find_title(text: str, lines: list[Span], publication: list[Span]) -> Span | None:
    """The headline: the first line of a few words that is neither furniture nor the lead."""
    for line in lines[:TITLE_MAX_LINE]:
        content = text[line.start : line.end]
        if (
            line not in publication
            and _word_count(content, MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS
            and not content.rstrip().endswith("?")
            and not EVENT_DATE_RE.match(content.lstrip())
            and not SOURCE_CREDIT_RE.match(content)
            and not _is_site_furniture(content)
        ):
            return line
    return None


# A headline is a line of a few words; a page stored without one opens with its lead paragraph
# or a photo caption, which the layout still reads as its first line (its rules use it as the
# headline's place) but the report does not show as a title. The genre's headlines run to about
# 130 characters; a longer first line is a paragraph.
HEADLINE_MAX_CHARS = 150
# A sentence ends inside the line ("... (14-9). Ảnh: Minh Khang."), after a word that is no
# abbreviation ("TP. Long Mỹ", "ThS. BS. Lạc"): an abbreviation is short and capitalised.
INNER_SENTENCE_END_RE = re.compile(r"(?P<word>\S*?)(?P<mark>[.!?…]+)[\"”’)]?\s+(?=[\"“(]?[^\W\d_])")
# Inside a line that closes with no full stop (a headline's form), an ellipsis, a question or an
# exclamation is the headline's pause ("...: Vượt khó... về đích", "Vì sao ...? Huyện tìm cách
# ..."), no sentence's end; and a dotted title ("PGS.TS.", "ThS.BS.") is abbreviations.
HEADLINE_PAUSE_MARKS = frozenset("!?…")
ABBREVIATION_MAX_CHARS = 5
# A photo credit: the line is a caption ("... (Ảnh: Bảo Ngọc)", "Ảnh Quốc Khải").
PHOTO_CREDIT_RE = re.compile(r"(?:^|[\s(.])Ảnh\s*:|\(Ảnh\b|\.\s*Ảnh\s")
# The lead's form: an outlet's credit ("(ABC)-", "(tinxyz.vn) –", "XYZ Online –") or an
# opening adverbial of time, place or source and its comma ("Sáng 14-9,", "Tại hội nghị,",
# "Theo báo cáo của ...,"), closed by a full stop; or reported speech ("..., cho biết, ...").
OUTLET_CREDIT_RE = re.compile(r"^\s*(?:\([^()\n]{1,20}\)\s*[-–—]?|[A-ZĐ]{2,}(?: Online)?\s*[-–—])")
LEAD_OPENER_RE = re.compile(
    r"^\s*(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm qua|Hôm nay|Vừa qua|Năm|Trong|Theo|Tại|Thông tin"
    r"|Sau|Qua|Những năm qua|Nhìn chung|Đến|Thực hiện|Với|Dự|Đến dự|Tham dự)"
    r"(?![^\W\d_])[^,.;:\n]{0,80},"
)
REPORTED_SPEECH_RE = re.compile(r"\bcho biết\b")


def _is_abbreviation(word: str) -> bool:
    """Whether ``word`` (before a full stop) is an abbreviation or a dotted run of them ("TP",
    "PGS.TS"): short capitalised parts."""
    return all(
        len(part) <= ABBREVIATION_MAX_CHARS and part[:1].isupper() for part in word.split(".")
    )


def is_headline(line: str) -> bool:
    """Whether the first line of a page is a headline, not a paragraph of the body: at most
    :data:`HEADLINE_MAX_CHARS` long, one sentence, no photo credit, and not a lead (an outlet's
    credit or an opening adverbial closed by a full stop, or reported speech)."""
    stripped = line.strip()
    if len(stripped) > HEADLINE_MAX_CHARS or PHOTO_CREDIT_RE.search(stripped):
        return False
    closed = stripped.endswith(".")
    for end in INNER_SENTENCE_END_RE.finditer(stripped):
        if not closed and (len(end.group("mark")) > 1 or end.group("mark") in HEADLINE_PAUSE_MARKS):
            continue
        word = end.group("word").strip('("“')
        if not _is_abbreviation(word) or word.endswith(")"):
            return False
    if closed and (OUTLET_CREDIT_RE.match(stripped) or LEAD_OPENER_RE.match(stripped)):
        return False
    return not REPORTED_SPEECH_RE.search(stripped)


def read_layout(text: str) -> Layout:
    """Split ``text`` into lines and sentences and find its headline, publication
    lines and byline (see :class:`Layout`)."""
    lines = _lines(text)
    publication = [line for line in lines if _is_publication_line(text[line.start : line.end])]
    title = _find_title(text, lines, publication)
    author = find_author_line(text, lines)
    body_end = author.start if author is not None else len(text)
    if author is not None and not any(
        line.end <= author.start
        and line != title
        and _word_count(text[line.start : line.end], AUTHOR_MAX_WORDS + 1) > AUTHOR_MAX_WORDS
        for line in lines
    ):
        # A byline under the headline ("Tác giả: X" before the lead) opens the body.
        body_end = len(text)
    return Layout(text, lines, _sentences(text), title, publication, body_end)


# A paragraph the page prints again with small differences (the lead repeated as the body's first
# paragraph with curly quotes for straight ones, another dash, an outlet's credit before it, a
# word added, dropped or changed) is the same text printed again (examples/gold/README.md). Its
# words are compared casefolded, as letters and digit groups only (quotes, dashes and other
# punctuation fall away); its printed numbers must be the same, in the same order (a sentence of
# the same shape with other figures states other facts), it must be a paragraph: a short
# line (a caption, a table's row, a heading) may repeat another's words and state its own fact,
# and it must name no other place or unit: two lines with the same figures, each naming a name
# the other lacks ("huyện Lâm Bình ..." and "huyện Na Hang ...", two stations' rows), state
# each place's facts (a name only added, as an outlet's credit, keeps it a copy).
NEAR_REPEAT_MIN_WORDS = 20
NEAR_REPEAT_MIN_SIMILARITY = 0.85
REPEAT_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
# Every byte but an ASCII digit's, deleted from a line's UTF-8 to leave its ASCII digits.
NOT_ASCII_DIGIT_BYTES = bytes(byte for byte in range(256) if not 0x30 <= byte <= 0x39)
# A capitalised word inside a sentence (a name), not one that opens the line or a sentence.
REPEAT_NAME_RE = re.compile(r"(?<![.!?:;\-–—\"“(]\s)(?<![.!?:;\-–—\"“(])(?<!^)\b[^\W\d_a-zđ]\w*")


def _names(line: str) -> set[str]:
    """The capitalised words of a line that open no sentence, casefolded."""
    return {
        match.group().casefold()
        for match in REPEAT_NAME_RE.finditer(line.strip())
        if not match.group()[0].islower()
    }


class _RepeatLine:
    """A body line as :func:`near_repeats` compares it: its casefolded words and digit groups,
    its printed numbers, and (read only when asked) its names."""

    def __init__(self, printed: str, tokens: list[str], numbers: list[str]) -> None:
        self.printed = printed
        self.tokens = tokens
        self.numbers = numbers

    @functools.cached_property
    def names(self) -> set[str]:
        return _names(self.printed)


def near_repeats(layout: Layout) -> list[Span]:
    """The lines of the body that print an earlier line again with small differences: both of
    :data:`NEAR_REPEAT_MIN_WORDS` words or more, the same printed numbers in the same order, and
    words alike by :data:`NEAR_REPEAT_MIN_SIMILARITY` (difflib's ratio of the casefolded word
    sequences) or more. A headline (:func:`is_headline`) is no copy of its lead, nor the lead
    of it: the golds count a headline's figures on their own. The first copy is not listed."""
    text = layout.text
    headline = layout.title
    if headline is not None and not is_headline(text[headline.start : headline.end]):
        headline = None  # a page stored without a headline opens with its lead
    body = [line for line in layout.lines if line.start < layout.body_end and line != headline]
    # Tokenising every line costs more than the rest together: a line whose ASCII digits no
    # other body line prints in the same order (most lines) prints other numbers than every
    # other line, so it is no copy nor copied and is never read further. (Every decimal digit
    # of a line is in one of its number tokens, and casefolding changes no digit.)
    digits = [
        text[line.start : line.end].encode(errors="ignore").translate(None, NOT_ASCII_DIGIT_BYTES)
        for line in body
    ]
    shared = Counter(digits)
    seen: list[_RepeatLine] = []
    repeats: list[Span] = []
    for line, line_digits in zip(body, digits, strict=True):
        if shared[line_digits] < 2:
            continue
        printed = text[line.start : line.end]
        tokens = REPEAT_TOKEN_RE.findall(printed.casefold())
        if len(tokens) < NEAR_REPEAT_MIN_WORDS:
            continue
        current = _RepeatLine(printed, tokens, [token for token in tokens if token[0].isdigit()])
        if any(_is_copy(current, earlier) for earlier in seen):
            repeats.append(line)
        seen.append(current)
    return repeats


def _is_copy(current: _RepeatLine, earlier: _RepeatLine) -> bool:
    """Whether ``current`` prints ``earlier`` again (see :func:`near_repeats`). The cheap tests
    first (the numbers, the lengths, difflib's quick ratio: an upper bound of its ratio), the
    names and difflib's ratio only for a pair that passes them."""
    if current.numbers != earlier.numbers:
        return False
    count, earlier_count = len(current.tokens), len(earlier.tokens)
    if 2 * min(count, earlier_count) / (count + earlier_count) < NEAR_REPEAT_MIN_SIMILARITY:
        return False
    words = difflib.SequenceMatcher(None, earlier.tokens, current.tokens, autojunk=False)
    if words.quick_ratio() < NEAR_REPEAT_MIN_SIMILARITY:
        return False
    if current.names - earlier.names and earlier.names - current.names:
        return False
    return words.ratio() >= NEAR_REPEAT_MIN_SIMILARITY


# A table the page prints flattened, one cell per line ("Chỉ tiêu", "Kế hoạch", "Thực hiện",
# "Tỷ lệ", then "Số lượt khám bệnh", "12.000", "12.500", "104%", ...): a row is a label line
# (a few words, no sentence) and the figure cells after it, in the columns' fixed order. A
# line that is one figure only (a count, "36,6", "95%", "< 45") is a cell; the row number
# printed before a label ("2") is one too, the previous row's extra cell, which the table's
# column count (the fewest cells a row prints) leaves out. Two rows of two cells at least
# make a table (a heading over one figure line is no table). The label lines right before the
# first row, one per column (after a corner cell: "Đơn vị", "Số lượt khám", "Số BN nội trú"),
# are the columns' headers.
TABLE_CELL_RE = re.compile(r"[<>≤≥]?[ \t]*\d[\d.,]*[ \t]*%?")
TABLE_LABEL_MAX_WORDS = 12
TABLE_MIN_ROWS = 2
TABLE_MIN_CELLS = 2


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of a table printed one cell per line: its label line, its figure cells and the
    header of each cell's column (none when the table prints no header row)."""

    label: Span
    cells: tuple[Span, ...]
    heads: tuple[Span, ...] = ()


def _table_line(line: str) -> str | None:
    """A "cell" for a line that is one figure, "label" for a short line of words that is no
    sentence, else None (prose: no table goes on across it)."""
    stripped = line.strip()
    if TABLE_CELL_RE.fullmatch(stripped):
        return "cell"
    if (
        any(character.isalpha() for character in stripped)
        and _word_count(stripped, TABLE_LABEL_MAX_WORDS + 1) <= TABLE_LABEL_MAX_WORDS
        and stripped[-1] not in ".!?;:"
    ):
        return "label"
    return None


def table_rows(text: str, lines: list[Span]) -> list[TableRow]:
    """The rows of the tables ``text`` prints flattened, one cell per line (see
    TABLE_CELL_RE): each label line with the figure cells after it, as many as the table
    has columns."""
    rows: list[TableRow] = []
    run: list[tuple[str, Span]] = []
    for line in [*lines, None]:
        kind = None if line is None else _table_line(text[line.start : line.end])
        if kind is not None and line is not None:
            run.append((kind, line))
            continue
        gaps: list[tuple[Span, list[Span]]] = []
        for kind_in_run, span in run:
            if kind_in_run == "label":
                gaps.append((span, []))
            elif gaps:
                gaps[-1][1].append(span)
        found = [(label, cells) for label, cells in gaps if len(cells) >= TABLE_MIN_CELLS]
        if len(found) >= TABLE_MIN_ROWS:
            columns = min(len(cells) for _, cells in found)
            heads: list[Span] = []
            for label, cells in gaps[: [label for label, _ in gaps].index(found[0][0])]:
                heads = [] if cells else [*heads, label]
            if len(heads) not in (columns, columns + 1):
                heads = []
            rows.extend(
                TableRow(label, tuple(cells[:columns]), tuple(heads[-columns:] if heads else ()))
                for label, cells in found
            )
        run = []
    return rows


def find_author_line(text: str, lines: list[Span]) -> Span | None:
    """The byline among ``lines`` ("Tác giả: X", "Bài, ảnh: X", a short name line
    at the end), or None."""
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
        if author_from_line(content) is not None:
            return line
        if _word_count(content, AUTHOR_MAX_WORDS + 1) > AUTHOR_MAX_WORDS:
            break
    return None


def author_from_line(line: str) -> tuple[str, str | None] | None:
    """(name, unit) of a byline: a short line opening with a capitalised name."""
    labelled = AUTHOR_LABEL_RE.match(line)
    if not labelled and (
        _word_count(line, AUTHOR_MAX_WORDS + 1) > AUTHOR_MAX_WORDS
        or line.rstrip().endswith((".", "?", ":", ";"))
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


# A word as the recasing of a headline in capitals reads it: letters only ("KHÁNH", "Y").
_LETTERS_RE = re.compile(r"[^\W\d_]+")


# The words that name a place's level, after which a capitals headline reads the words the
# body never prints as the place's name, when they name a place (``is_place_name``: "HUYỆN
# CHỢ MỚI SƠ KẾT" -> "huyện Chợ Mới sơ kết"; "HUYỆN HOÀN THÀNH VƯỢT MỨC" keeps its verbs).
# (A district's level only: "TỈNH", "XÃ" open too many headline phrases, "TOÀN TỈNH ĐẠT
# ...", "Y TẾ XÃ ĐẠT CHUẨN"; nor after a plural: "CÁC HUYỆN ĐẠT ...", "MỖI HUYỆN MỘT ...".)
LEVEL_WORDS = frozenset({"huyện", "quận", "phố", "tp", "tx"})
PLURAL_WORDS = frozenset({"các", "những", "nhiều", "toàn", "mọi", "mỗi", "từng"})
# The most words a place's name runs to ("Điện Biên Đông", "Hồ Chí Minh").
PLACE_NAME_WORDS = 3


def body_cased(text: str, span: Span, is_place_name: Callable[[str], bool]) -> str:
    """``text`` with ``span`` (a headline printed in capitals) recased word by word as the rest
    of the page prints each word most often ("TRUNG TÂM Y TẾ HUYỆN AN PHÚ" -> "Trung tâm Y tế
    huyện An Phú" when the body writes them so); a word the body never prints is read in lower
    case, but capitalised in the longest run of 1 to PLACE_NAME_WORDS words after a district's
    level word ("HUYỆN", "QUẬN", ...: LEVEL_WORDS, not after a plural) that ``is_place_name``
    (capitalised) accepts: the place's name. The same length as ``text`` (offsets hold);
    ``text`` itself when the span is not in capitals."""
    headline = text[span.start : span.end]
    if not headline.isupper():
        return text
    casings: dict[str, Counter[str]] = {}
    for source in (text[: span.start], text[span.end :]):
        for word in _LETTERS_RE.findall(source):
            casings.setdefault(word.lower(), Counter())[word] += 1
    words = [word.lower() for word in _LETTERS_RE.findall(headline)]
    # (the positions of the words read as a place's name)
    naming: set[int] = set()
    for at, word in enumerate(words):
        if word not in LEVEL_WORDS or (at > 0 and words[at - 1] in PLURAL_WORDS):
            continue
        for size in range(PLACE_NAME_WORDS, 0, -1):
            name = words[at + 1 : at + 1 + size]
            if len(name) == size and is_place_name(" ".join(n.capitalize() for n in name)):
                naming.update(range(at + 1, at + 1 + size))
                break
    position = 0

    def recase(match: re.Match[str]) -> str:
        nonlocal position
        word = match.group()
        seen = casings.get(word.lower())
        if not seen and position in naming:
            chosen = word.capitalize()  # a word the body never prints: the place's name
        else:
            chosen = seen.most_common(1)[0][0] if seen else word.lower()
        position += 1
        return chosen if len(chosen) == len(word) else word.lower()

    recased = _LETTERS_RE.sub(recase, headline)
    if len(recased) != len(headline):
        return text  # a casing that changes a word's length (never in Vietnamese letters)
    return text[: span.start] + recased + text[span.end :]
