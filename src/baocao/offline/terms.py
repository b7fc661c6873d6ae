"""The terms of an association's congress (đại hội): the term it reviews and the one it opens.

A congress ("Hội Đông y huyện tổ chức Đại hội lần thứ IX, nhiệm kỳ 2022-2027") reviews the
past term ("Trong nhiệm kỳ qua", "nhiệm kỳ 2017-2022") and opens a new one. Both periods are
of kind other, each dated by the year it ends, as a multi-year stage is (examples/gold/README.md):
the reviewed term by its last year when printed, else by the year the new term opens (the
congress's: the past term ends there), else its year is unknown; the next term by its last year
("nhiệm kỳ 2022-2027" → 2027), or, when only the closing term is printed ("nhiệm kỳ 2004-2011"),
by the year the new one opens (2011: its end is not printed).

The congress must be the article's own: held, or a term named, in one of the spans the caller
names (the headline, the lead, the organiser's sentence: "Trong nhiệm kỳ 2004-2011, ..." opens
an article closing with "Ban chấp hành ... ra mắt Đại hội"). A congress held by another body
and mentioned only in the body ("Công đoàn Bệnh viện tổ chức Đại hội ..." in a year-end
review) leaves the article's periods alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from baocao.offline.enums import PeriodKind
from baocao.offline.text import SENTENCE_END_RE, Span

# A congress the article reports as held: "tổ chức Đại hội", "Dự Đại hội", "Tại Đại hội",
# "Ban Chấp hành ... ra mắt Đại hội", "Đại hội ra mắt ..." at a sentence's start; not one named
# as past ("sau Đại hội") nor another body's ("Đại hội đại biểu Hội Đông y Việt Nam" named as a
# plan). The word is searched first (most articles never print it), its lead-in after.
# Case spelled out (a literal start the regex engine skips ahead to; IGNORECASE and a leading
# lookbehind would try every position).
CONGRESS_RE = re.compile(r"[đĐ](?:ại|(?<=Đ)ẠI)\s+(?:[hH]ội|HỘI)(?![^\W\d_])")
HELD_BEFORE_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:tổ\s+chức|dự|tại|khai\s+mạc|diễn\s+ra|ra\s+mắt)\s+"
    r"(?:thành\s+công\s+)?|[.!?:\n]\s*)$",
    re.IGNORECASE,
)
HELD_BEFORE_CHARS = 24
# A term printed with its years: "nhiệm kỳ 2022 - 2027", "nhiệm kỳ mới 2016 – 2021",
# "Nhiệm kỳ VI (2007 - 2012)", "nhiệm kỳ II (2013-2018)". (Both term patterns open with the
# first letter's two cases and the look-behind after it, the rest case-insensitive: a literal
# start the regex engine skips ahead to; a whole-pattern IGNORECASE after a look-behind tried
# every position, over every article.)
TERM_RE = re.compile(
    r"[nN](?<![^\W\d_][nN])(?i:hiệm\s+kỳ\s+(?P<new>mới\s+)?(?:[IVXLC]+\s*)?\(?\s*"
    r"(?P<start>(?:19|20)\d\d)\s*[-–—]\s*(?P<end>(?:19|20)\d\d)(?!\d))"
)
# The past term without its years: "Trong nhiệm kỳ qua", "nhiệm kỳ vừa qua".
PAST_TERM_RE = re.compile(r"[nN](?<![^\W\d_][nN])(?i:hiệm\s+kỳ\s+(?:vừa\s+)?qua(?![^\W\d_]))")
# How far after "Đại hội" a term printed in the same sentence names the congress's own term
# ("tổ chức Đại hội lần thứ X, nhiệm kỳ 2022-2027").
CONGRESS_TERM_CHARS = 60


# A term the congress sums up ("Đại hội tổng kết nhiệm kỳ 2019-2024", "nhìn lại hoạt động
# nhiệm kỳ ..."): the past term, even in the congress's own sentence.
CLOSING_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:tổng\s+kết|nhìn\s+lại)(?:\s+(?:hoạt\s+động|công\s+tác))?\s+$",
    re.IGNORECASE,
)
CLOSING_BEFORE_CHARS = 30


@dataclass(frozen=True)
class CongressPeriods:
    """What a congress's terms say: the term reviewed, the term opened (None when no term's
    years are printed), and the year the congress opens its new term in (its own year, for a
    meeting date printed without one; None when unknown)."""

    reviewed: dict[str, Any]
    upcoming: dict[str, Any] | None
    opens: int | None


@dataclass(frozen=True)
class _Term:
    start: int
    end: int
    new: bool


def _terms(text: str, congresses: list[int]) -> list[_Term]:
    terms = []
    for match in TERM_RE.finditer(text):
        start, end = int(match.group("start")), int(match.group("end"))
        if end <= start:
            continue
        own = any(
            0 <= match.start() - at <= CONGRESS_TERM_CHARS
            and not SENTENCE_END_RE.search(text, at, match.start())
            for at in congresses
        )
        closing = CLOSING_BEFORE_RE.search(
            text, max(0, match.start() - CLOSING_BEFORE_CHARS), match.start()
        )
        terms.append(_Term(start, end, bool(match.group("new")) or (own and closing is None)))
    return terms


def congress_periods(text: str, own: Sequence[Span]) -> CongressPeriods | None:
    """The reviewed and next periods of a congress reviewing a term, or None when the text
    reports no congress held, names no term, or neither a held congress nor a term starts in
    one of the ``own`` spans (the headline, the lead, the organiser's sentence)."""
    held = [
        m
        for m in CONGRESS_RE.finditer(text)
        if not text[m.start() - 1 : m.start()].isalpha()
        and (
            m.start() == 0
            or HELD_BEFORE_RE.search(text, max(0, m.start() - HELD_BEFORE_CHARS), m.start())
        )
    ]
    if not held:
        return None  # (before the terms are looked for: most pages hold no congress)
    named = [m.start() for m in held]
    named += [m.start() for m in TERM_RE.finditer(text)]
    named += [m.start() for m in PAST_TERM_RE.finditer(text)]
    if not any(span.start <= at < span.end for at in named for span in own):
        return None
    congresses = [m.end() for m in held]
    terms = _terms(text, congresses)
    if not terms and not PAST_TERM_RE.search(text):
        return None
    latest = max((t.start for t in terms), default=None)
    marked = {(t.start, t.end) for t in terms if t.new}
    new = [
        t
        for t in terms
        if (t.start, t.end) in marked or (t.start == latest and len({u.start for u in terms}) > 1)
    ]
    past = [t for t in terms if t not in new]
    opened = min((t.start for t in new), default=None)
    closed = max((t.end for t in past), default=None)
    if opened is None:
        opened = closed
    ends = max((t.end for t in new), default=opened)
    reviewed = {"kind": PeriodKind.OTHER, "year": closed or opened, "index": None}
    upcoming = None if ends is None else {"kind": PeriodKind.OTHER, "year": ends, "index": None}
    return CongressPeriods(reviewed, upcoming, opened)
