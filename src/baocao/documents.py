"""Read one article (a path, text or bytes) into a normalised :class:`Document`.

Loading is the only place where text changes: bytes are decoded (UTF-8 with or without BOM,
UTF-16, legacy Windows-1258 with combining tone marks, anything else charset-normalizer
recognises), HTML is reduced to the article's main text with trafilatura, the text is brought
to Unicode NFC with plain spaces and LF newlines, site furniture (font widgets, visitor
counters, polls, ratings, navigation, login time-outs) is removed by general rules and
paragraphs printed twice are kept once. Every offset computed later (number spans, quote spans)
indexes ``Document.text`` as returned here and is never shifted again.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import lxml.html  # no stubs installed
import trafilatura
from lxml import etree

from baocao.errors import ConfigError, DocumentError
from baocao.settings import DEFAULT_MAX_DOCUMENT_BYTES

logger = logging.getLogger(__name__)

TEXT_SOURCE = "<text>"
BYTES_SOURCE = "<bytes>"

# A str is taken as a path only when it could plausibly be one.
MAX_PATH_CHARS = 4096
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# How much of the start of an input is sniffed for HTML tags and binary content.
SNIFF_CHARS = 2048
SNIFF_BYTES = 8192
# Share of control bytes/characters (other than tab, newline, CR, form feed) above which the
# input is treated as binary rather than as text with a few stray controls.
MAX_CONTROL_SHARE = 0.05
# Share of U+FFFD replacement characters above which a decoding is rejected.
MAX_REPLACEMENT_SHARE = 0.01
# Share of NUL bytes in one byte lane that marks BOM-less UTF-16 (ASCII-heavy text has a NUL
# in every other byte; Vietnamese letters in U+1Exx still leave most high bytes at 0x00).
UTF16_NUL_LANE_SHARE = 0.3

# Paragraphs (lines) with at least this many words are dropped when printed a second time;
# shorter lines (captions, bylines, "Quang cảnh hội nghị") may legitimately repeat.
DEDUP_MIN_WORDS = 8
# Furniture rules only ever remove short lines: article paragraphs are long.
MAX_FURNITURE_CHARS = 200
# A counter label ("Đang truy cập", "Tổng lượt truy cập") is a few words, then a number.
MAX_COUNTER_LABEL_WORDS = 6
# Poll answer options are short lines in the question's block.
MAX_POLL_OPTION_CHARS = 60
# Short lines after a "related news" heading are taken to be link titles, up to a paragraph
# this long (the article resuming after an inline box).
BODY_PARAGRAPH_WORDS = 25
MAX_LINK_TITLE_CHARS = 200

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file; convert it to text first (for example with pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file); save the article as text"),
    (b"\xd0\xcf\x11\xe0", "an old Office document; save the article as text"),
    (b"\x89PNG", "a PNG image, not an article"),
    (b"\xff\xd8\xff", "a JPEG image, not an article"),
    (b"GIF8", "a GIF image, not an article"),
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_LEGACY_VIETNAMESE = "cp1258"
# Letters only Vietnamese uses (after NFC): evidence that a cp1258 reading is the right one.
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article)[\s>]", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)

# --- whitespace normalisation -------------------------------------------------------------
_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# The characters _NEWLINES replaces: a text holding none of them is left as it is.
_NEWLINE_CHARS = "\r\x0b\x0c\x85\u2028\u2029"
# Unicode space separators other than the plain space (NBSP, en/em spaces, narrow NBSP, ...).
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible format characters that only get in the way of matching: zero-width space/joiners,
# word joiner, a BOM in mid-text, soft hyphen.
_INVISIBLES = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Either of the two above: one scan tells whether they have anything to do.
_ODD_SPACE_OR_INVISIBLE = re.compile(
    r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b-\u200d\u2060\ufeff\u00ad]"
)
_EXTRA_BLANK_LINES = re.compile(r"\n\n\n+")
# Unicode category Cc (U+0000-U+001F, U+007F-U+009F) but tab, LF, VT, FF and CR.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# --- furniture rules ----------------------------------------------------------------------
# A line's key drops leading bullets and trailing punctuation (and whitespace around them).
# The key is whitespace-collapsed first, so " " stands for any whitespace here.
_BULLET_CHARS = " •·●○◦▪▫■□►▶»>*+-–—"
_TRAILING_PUNCT_CHARS = " :：.…|»>-–—"

# Headings after which the page lists other articles' titles.
_RELATED_HEADINGS = frozenset(
    {
        "bài viết liên quan",
        "bài viết khác",
        "các tin khác",
        "các tin đã đưa",
        "đọc nhiều nhất",
        "những tin cũ hơn",
        "những tin mới hơn",
        "tin cũ hơn",
        "tin cùng chuyên mục",
        "tin đọc nhiều",
        "tin khác",
        "tin liên quan",
        "tin mới",
        "tin mới hơn",
        "tin mới nhất",
        "tin nổi bật",
        "tin xem nhiều",
        "xem nhiều",
        "xem thêm",
        "tin bài khác",
        "các bài viết khác",
        "các tin đã đăng",
        "tin đã đưa",
    }
)
# Whole-line headings of site blocks, those above included (compared casefolded, bullets and
# trailing ":" removed).
_NAV_HEADINGS = _RELATED_HEADINGS | frozenset(
    {
        "bình luận",
        "chuyên mục",
        "danh mục",
        "đăng nhập",
        "đầu trang",
        "gửi bình luận",
        "hình ảnh",
        "liên kết",
        "liên kết web",
        "liên kết website",
        "lượt xem",
        "menu",
        "quay lại",
        "quảng cáo",
        "tags",
        "thống kê",
        "thống kê truy cập",
        "thư viện ảnh",
        "tin tức",
        "tìm kiếm",
        "tìm kiếm theo ngày",
        "trang chủ",
        "từ khóa",
        "từ khoá",
        "văn bản mới",
        "về đầu trang",
        "video",
        "ý kiến bạn đọc",
        "ý kiến của bạn",
        "ý kiến phản hồi",
        "gửi phản hồi",
        "gửi ý kiến",
        "viết bình luận",
        "mã xác nhận",
        "mã bảo vệ",
    }
)
# The general shape of a "related news" heading: "Tin liên quan", "Các tin, bài viết khác",
# "Những bài cùng chuyên mục", "Tin xem nhiều nhất", "Related news" (compared casefolded).
_RELATED_HEADING = re.compile(
    r"^(?:(?:các|những)\s+)?(?:tin\s+tức|tin\s+bài|bài\s+viết|bài\s+báo|tin|bài)"
    r"(?:\s*[,/]?\s*(?:bài\s+viết|bài|tin))?\s+"
    r"(?:khác|liên\s+quan|cùng\s+(?:chuyên\s+mục|danh\s+mục|loại|chủ\s+đề|lĩnh\s+vực|sự\s+kiện)|"
    r"đã\s+(?:đưa|đăng)|mới(?:\s+(?:hơn|nhất|đăng|cập\s+nhật))?|cũ(?:\s+hơn)?|trước|"
    r"(?:xem|đọc)\s+nhiều(?:\s+nhất)?|nổi\s+bật|được\s+quan\s+tâm|tiêu\s+điểm|tiếp\s+theo)$"
    r"|^(?:related|related\s+(?:news|articles|posts|stories)|other\s+news|more\s+news|see\s+also)$"
)
_POLL_HEADING = re.compile(
    r"^(?:ý kiến thăm dò|thăm dò ý kiến|thăm dò|bình chọn|khảo sát(?: ý kiến)?|"
    r"bạn đọc bình chọn|poll)$"
)
# Words of toolbars and buttons; a short line made only of these (and separators) is furniture:
# "A- A A+ | Tăng tương phản Giảm tương phản", "In bài viết | Gửi email | Chia sẻ".
_TOOL_WORDS = (
    r"a\s*-|a\s*\+|a|tăng tương phản|giảm tương phản|tương phản|cỡ chữ|font size|"
    r"bản in|in bài viết|in bài|in trang|in|print|gửi email|gửi bài viết|gửi bài|gửi|email|"
    r"chia sẻ|share|facebook|zalo|twitter|tweet|like|lưu bài viết|lưu bài|lưu|bookmark|"
    r"bình luận|phản hồi|về đầu trang|đầu trang|quay lại|trở về|trở lại|tải về|download|"
    r"biểu quyết|xem kết quả|bình chọn|đánh giá|nghe|đọc bài|dừng|tạm dừng|giọng nam|giọng nữ|"
    r"copy link|sao chép liên kết|zoom|bài viết|xem chi tiết|xem tiếp|đọc thêm|lên đầu trang|"
    r"top|rss|"
    # menu entries: a line made only of these is a site menu
    r"trang chủ|giới thiệu|tin tức|liên hệ|văn bản|hỏi đáp|sơ đồ (?:cổng|site|trang)|video|"
    r"hình ảnh|thư viện ảnh|english|đăng nhập|đăng ký|tìm kiếm"
)
# Atomic group and possessive repeat: no backtracking blow-up on long near-miss lines.
_TOOL_LINE = re.compile(rf"\s*(?:(?>{_TOOL_WORDS})(?![^\W\d_])\s*|[|/•·:,;\-–—()\[\]]+\s*)++")
# Phrases that only occur in site widgets, never in an article's prose: some open the line
# (matched there alone), the others may stand anywhere (searched). Each of those opens with a
# letter, a class or a word boundary, never a group of alternatives that all have to be tried,
# so the search rejects most positions of a line at once.
_FURNITURE_OPENINGS = re.compile(
    r"a-\s*a\s*a\+|"  # font-size widget
    r"xếp\s+hạng\s*:|"
    r"đánh\s+giá\s+bài\s+viết|"
    r"copyright\b|bản\s+quyền\s+(?:thuộc|\d{4})|"  # footer
    r"chịu\s+trách\s+nhiệm\s+(?:chính|nội\s+dung)"
)
_FURNITURE_PHRASES = re.compile(
    r"[ \t]a-\s*a\s*a\+|"  # font-size widget
    r"tăng\s+tương\s+phản|giảm\s+tương\s+phản|"
    r"trạng\s+thái\s+đăng\s+nhập|"  # login time-out
    r"thời\s+gian\s+chờ\s*:?\s*\d+\s*giây|"
    r"không\s+sử\s+dụng\s+site|"
    r"\d+\s*-\s*\d+\s*phiếu\s+bầu|"  # ratings
    r"điểm\s+của\s+bài\s+viết|"
    r"(?:click|bấm|nhấn|nhấp)\s+(?:vào\s+)?(?:đây\s+)?để\s+(?:đánh\s+giá|bình\s+chọn|"
    r"xem\s+kết\s+quả|in|gửi|chia\s+sẻ)|"
    r"©|"  # footer
    r"ghi\s+rõ\s+nguồn.{0,40}phát\s+hành\s+lại|"
    r"\bgp-(?:ttđt|btttt|stttt)\b|"
    r"điện\s+thoại\s*:.{0,120}(?:e-?mail|fax)\s*:"
)
# "-- Chọn liên kết --": a drop-down's placeholder (matched on the raw line: keys lose dashes).
_DROPDOWN = re.compile(r"^-{2,}\s*chọn\s.{0,60}-{2,}$", re.IGNORECASE)
# "Trang chủ > Tin tức > Hoạt động": a breadcrumb trail.
_BREADCRUMB = re.compile(r"^(?:trang chủ|home)\s*[>»›/|]")
# A label of a few words glued or colon-joined to a number, and nothing else.
_COUNTER_SHAPE = re.compile(r"^(?P<label>[^\W\d_][^\d]*?)\s*[:：]?\s*(?P<number>\d[\d.,\s]*)$")
# How every counter-shaped part ends: a test that skips ahead to digits (the shape's lazy label
# tries its tail at every character, many times the cost, on the many parts that are no counter).
_ENDS_IN_NUMBER = re.compile(r"\d[\d.,\s]*$")
_COUNTER_STRONG = re.compile(
    r"truy\s*cập|online|đang\s+trực\s+tuyến|đang\s+xem|lượt\s+xem|lượt\s+đọc|viếng\s+thăm|"
    r"thành\s+viên|máy\s+chủ|\bbots?\b|visitors?|\bhits?\b|pageviews?"
)
# Time-window labels: a counter only when several stand together ("Hôm nay", "Tháng này").
_COUNTER_WEAK = re.compile(
    r"^(?:hôm\s+nay|hôm\s+qua|tuần\s+này|tuần\s+trước|tháng\s+này|tháng\s+trước|"
    r"tháng\s+hiện\s+tại|năm\s+nay|năm\s+trước|tổng\s+cộng)$"
)
_STATS_HEADING = re.compile(r"^thống\s+kê")
# Several counters on one line: "Hôm nay: 1.164 | Tổng: 42.117.726".
_COUNTER_SEPARATORS = re.compile(r"[|•·;]")
# Lines that belong to the article even when they look like link titles.
_BYLINE = re.compile(
    r"^(?:tác\s+giả|nguồn|theo|ảnh|bài\s+và\s+ảnh|bài,\s*ảnh|bài\s*:|phóng\s+viên|"
    r"pv|ctv|nhóm\s+pv)\b"
)
_SENTENCE_END = re.compile(r"[.!?…:;]$")

# View counters printed beside the publication date or the toolbar: "Lượt xem: 1.234",
# "Số lần xem: 56", "Đã xem 356 lần", "1.234 lượt đọc", "Views 89".
_VIEW_COUNTER = re.compile(
    r"(?:(?:số\s+)?lượt\s+(?:xem|đọc|truy\s+cập)|số\s+lần\s+(?:xem|đọc)|lần\s+xem|"
    r"lượt\s+views?|page\s*views?|views?|hits?|đã\s+(?:xem|đọc)|xem)"
    r"\s*[:：]?\s*\d[\d.,]*(?:\s*(?:lần|lượt))?"
    r"|\d[\d.,]*\s*(?:lượt\s+(?:xem|đọc)|lần\s+(?:xem|đọc)|lượt\s+views?|views?)",
    re.IGNORECASE,
)
# What separates the parts of a metadata line ("Cập nhật: ... | Lượt xem: ...").
_SEGMENT_SEPARATOR = re.compile(r"(\s*[|•·;]\s*|\s+[-–—]\s+)")
# A publication part: a posting label, a weekday, then only dates, times and time zones:
# "Cập nhật: 17/01/2024 08:30", "Thứ năm", "Đăng lúc 07:40, 11/01/2023".
_PUBLICATION_LABEL = (
    r"(?:ngày\s+|thời\s+gian\s+)?(?:đăng(?:\s+(?:lúc|ngày|tải))?|cập\s+nhật(?:\s+(?:lúc|ngày))?|"
    r"xuất\s+bản|phát\s+hành)|ngày|lúc|posted(?:\s+on)?|published|updated|date"
)
_WEEKDAY = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật"
_DATE_TIME_PIECE = (
    r"(?:\d{1,4}(?:[/.:h-]\d{1,4})*|gmt\s*[+-]\s*\d{1,2}|utc\s*[+-]\s*\d{1,2}|sa|ch|am|pm|"
    r"giờ|phút|lúc|ngày|tháng|năm)(?![^\W_])|[(),\[\]+\-–]"
)
_PUBLICATION_PART = re.compile(
    rf"(?:(?:{_PUBLICATION_LABEL})\s*[:：]?\s*)?(?:(?:{_WEEKDAY})\s*[,\-–]?\s*)?"
    rf"(?:(?:{_DATE_TIME_PIECE})\s*)*",
    re.IGNORECASE,
)
# A publication part names a day-month or a clock time, or is a weekday alone ("Thứ năm").
_DATE_OR_TIME = re.compile(r"\d{1,2}[/.-]\d{1,2}|\d{1,2}[:h]\d{2}|tháng\s+\d")
_WEEKDAY_PART = re.compile(rf"(?:{_WEEKDAY})", re.IGNORECASE)
# Site labels that may share a line with a counter: "Chuyên mục: Tin tức | Lượt xem: 356".
_SITE_LABEL = re.compile(r"^(?:chuyên\s+mục|danh\s+mục|thể\s+loại|từ\s+khó?a|từ\s+khoá|tags?)\s*:")

# Block-level tags: the lxml fallback puts paragraph breaks around them.
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
# Elements that never hold article text.
_NOISE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "nav",
    "aside",
    "footer",
    "button",
    "select",
)
# trafilatura drops bylines and figure captions; the article's author line and captions are
# part of what we keep, so their markup is neutralised before extraction.
_BYLINE_MARKUP = re.compile(r"author|byline|tac-?gia|signature", re.IGNORECASE)
_HTML_WHITESPACE = re.compile(r"\s+")
_HTML_PARSER = lxml.html.HTMLParser(encoding="utf-8")
# An absolute web address, and a text's first line that gives its page's address.
_ADDRESS_RE = re.compile(r"https?://[^\s/]+\S*", re.IGNORECASE)
# A line "Nguồn: URL" (the scheme may be left out: "Nguồn: baoquangnam.vn/a.html") or a bare
# http(s) address; "Nguồn: Báo Quảng Nam" (an outlet's name) gives no address.
SOURCE_LINE_RE = re.compile(
    r"[ \t]*(?:(?:Nguồn|Source|URL)[ \t]*:[ \t]*(?P<url>(?:https?://)?[\w-]+(?:\.[\w-]+)*"
    r"\.[a-z]{2,}(?:/\S*)?)|(?P<bare>https?://\S+))[ \t]*",
    re.IGNORECASE,
)
DEFAULT_SCHEME = "https://"
# A single-word str with a document extension that names no file is a mistyped path.
_PATH_LIKE = re.compile(r"^\S+\.(?:txt|text|md|html?|xhtml)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Document:
    """One article as every later stage sees it.

    Attributes:
        text: normalised text (NFC, LF newlines, plain spaces, site furniture and repeated
            paragraphs removed). Every span baocao reports indexes this string.
        sha256: hex SHA-256 of ``text`` encoded as UTF-8.
        source: the path as given, or ``"<text>"`` / ``"<bytes>"`` / a caller's label.
        url: the page's address when the input carries it (the caller's, an HTML page's
            canonical link or ``og:url``, or a first or last line ``Nguồn: URL`` of a text),
            else None.
        site_name: an HTML page's ``og:site_name`` ("Báo Quảng Nam"), else None.
    """

    text: str
    sha256: str
    source: str
    url: str | None = None
    site_name: str | None = None


def load_document(
    path_or_text: str | os.PathLike[str] | bytes,
    *,
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    """Read an article from a path, a string of text or raw bytes.

    A ``str`` is read as a path when it has no newline, is shorter than 4096 characters and
    names an existing file; otherwise it is the article text itself.

    The page's address is ``url`` when given, else an HTML page's canonical link or
    ``og:url``, else a first or last line ``Nguồn: URL`` (the scheme may be left out) or a bare
    address of a text (that line is not article text and is dropped, so the sha256 is the
    article's alone).

    Args:
        path_or_text: a path (str or ``os.PathLike``), the article text, or its raw bytes.
        max_bytes: refuse inputs larger than this many bytes (raw, before decoding).
        source: the label reported in errors and records; defaults to the path as given,
            ``"<text>"`` or ``"<bytes>"``.
        url: the page's address, when the caller knows it (a manifest, ``--source-url``).

    Returns:
        The normalised :class:`Document`.

    Raises:
        DocumentError: the input is missing, empty, blank, binary, undecodable, larger than
            ``max_bytes``, or has no article text once site furniture is removed.
    """
    raw: bytes | str
    path: Path | None = None
    if isinstance(path_or_text, bytes):
        label = source or BYTES_SOURCE
        raw = path_or_text
    elif isinstance(path_or_text, str) and not _names_file(path_or_text):
        label = source or TEXT_SOURCE
        _refuse_missing_path(path_or_text, source)
        raw = path_or_text
    else:
        path = Path(path_or_text)
        label = source or os.fspath(path_or_text)
        raw = _read_file(path, label, max_bytes)

    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    _check_size(size, label, max_bytes)
    text = raw if isinstance(raw, str) else _decode(raw, label)
    _check_text(text, label)

    is_html = (path is not None and path.suffix.lower() in HTML_EXTENSIONS) or _looks_like_html(
        text
    )
    page = PageInfo()
    if is_html:
        text, page = read_html(text)
    text = normalize_text(text)
    text, stated_url = _split_source_line(text)
    if not text.strip():
        problem = "has no text" + (" in its HTML body" if is_html else "")
        raise DocumentError(label, f"{problem}; pass the article itself")
    text = strip_furniture(text)
    if not text:
        raise DocumentError(
            label,
            "has no article text left once site navigation, counters and widgets are removed; "
            "check that it is an article page and not a listing or an error page",
        )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    logger.debug("loaded %s: %d characters, html=%s", label, len(text), is_html)
    return Document(
        text=text,
        sha256=digest,
        source=label,
        url=url or page.url or stated_url,
        site_name=page.site_name,
    )


def is_address(candidate: str) -> bool:
    """True when ``candidate`` is an absolute http(s) web address (a page's URL)."""
    return _ADDRESS_RE.fullmatch(candidate) is not None


def read_manifest(path: str | os.PathLike[str]) -> dict[Path, str]:
    """Pages' addresses from a CSV manifest of ``path,url`` rows.

    A first row ``path,url`` is a header; a header that names ``path`` and ``url`` among other
    columns picks those two by name (the others are ignored). Relative paths are read from the
    manifest's folder.

    Returns:
        The address of each listed file, keyed by its resolved path.

    Raises:
        ConfigError: the manifest cannot be read, or a row is not ``path,url`` with an
            http(s) address.
    """
    manifest = Path(path)
    try:
        with manifest.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ConfigError(f"cannot read the manifest {manifest}: {err}") from err
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    named = "path" in header and "url" in header
    path_at, url_at = (header.index("path"), header.index("url")) if named else (0, 1)
    width = len(header) if named else 2
    urls: dict[Path, str] = {}
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or (number == 1 and named):
            continue
        if len(cells) != width or not is_address(cells[url_at]):
            raise ConfigError(
                f"{manifest}, line {number}: expected 'path,url' with an http(s) address, "
                f"got {','.join(row)!r}"
            )
        urls[(manifest.parent / cells[path_at]).resolve()] = cells[url_at]
    return urls


def normalize_text(text: str) -> str:
    """Normalise Unicode and whitespace, nothing else (no furniture removal).

    NFC composition (so decomposed ``e + U+0302 + U+0301`` becomes ``ế``), CRLF/CR and other
    line separators to LF, NBSP and other Unicode spaces to a plain space, invisible
    zero-width characters removed, trailing spaces stripped from every line, and runs of blank
    lines collapsed to one. Idempotent.

    Args:
        text: any text.

    Returns:
        The normalised text (leading and trailing blank lines removed).
    """
    # Each substitution runs only when a plain substring test says it has something to do
    # (the regex scan costs many times the test; the common text needs neither).
    if any(char in text for char in _NEWLINE_CHARS):
        text = _NEWLINES.sub("\n", text)
    if _ODD_SPACE_OR_INVISIBLE.search(text) is not None:
        text = _ODD_SPACES.sub(" ", text)
        text = _INVISIBLES.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        # Line by line: a regex for "spaces before a line end" tries every space of the text.
        text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _EXTRA_BLANK_LINES.sub("\n\n", text)
    return text.strip()


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What an HTML page says about itself: its address and its site's name (None: unsaid)."""

    url: str | None = None
    site_name: str | None = None


def html_to_text(html: str) -> str:
    """Reduce an HTML page to its article text, paragraphs separated by blank lines.

    trafilatura finds the main content (the page's title is put first when the extracted body
    lacks it); when it finds nothing, a plain lxml walk over the page's blocks is used instead.

    Args:
        html: the page source, already decoded.

    Returns:
        The article text, not yet normalised; empty when the page has no text at all.
    """
    return read_html(html)[0]


def read_html(html: str) -> tuple[str, PageInfo]:
    """An HTML page's article text (as :func:`html_to_text`) and what it says about itself.

    The address is the page's ``<link rel="canonical">``, else its ``og:url``; the site name
    its ``og:site_name``. Only absolute http(s) addresses are kept.
    """
    try:
        # Parse bytes with a fixed encoding: lxml refuses str input that carries an XML
        # encoding declaration, and the text is already decoded.
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=_HTML_PARSER)
    except (etree.ParserError, ValueError) as err:
        logger.debug("HTML did not parse (%s); using it as text", err)
        return html, PageInfo()
    page = _page_info(tree)
    return _tree_text(tree), page


def _page_info(tree: lxml.html.HtmlElement) -> PageInfo:
    def first(xpath: str) -> str | None:
        for value in tree.xpath(xpath):
            cleaned = _HTML_WHITESPACE.sub(" ", str(value)).strip()
            if cleaned:
                return cleaned
        return None

    url = None
    for candidate in (
        first('//link[contains(concat(" ", normalize-space(@rel), " "), " canonical ")]/@href'),
        first('//meta[@property="og:url" or @name="og:url"]/@content'),
    ):
        if candidate is not None and _ADDRESS_RE.fullmatch(candidate):
            url = candidate
            break
    site_name = first('//meta[@property="og:site_name" or @name="og:site_name"]/@content')
    return PageInfo(url, site_name)


def _split_source_line(text: str) -> tuple[str, str | None]:
    """A first or last line ``Nguồn: URL`` (or a bare address) is the page's, not article text.

    The first line is tried first; an address without a scheme gets ``https://``.
    """
    lines = text.strip("\n").split("\n")
    for index in dict.fromkeys((0, len(lines) - 1)):
        match = SOURCE_LINE_RE.fullmatch(lines[index])
        if match is None:
            continue
        address = match.group("url") or match.group("bare")
        if not address.lower().startswith(("http://", "https://")):
            address = DEFAULT_SCHEME + address
        rest = lines[:index] + lines[index + 1 :]
        return "\n".join(rest).strip("\n"), address
    return text, None


def _tree_text(tree: lxml.html.HtmlElement) -> str:
    _neutralise_dropped_markup(tree)
    body = ""
    try:
        extracted = trafilatura.bare_extraction(
            tree,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            with_metadata=True,
        )
    except Exception as err:  # trafilatura's failures are not typed: any of them -> fallback
        logger.debug("trafilatura failed (%s); falling back to lxml", err)
        extracted = None
    title = ""
    if extracted is not None and not isinstance(extracted, dict):
        body = extracted.text or ""
        title = extracted.title or ""
    if body.strip():
        paragraphs = [_clean_table_row(line) for line in body.split("\n")]
        body = "\n\n".join(line for line in paragraphs if line.strip())
        if title and not _title_present(title, body):
            body = f"{title}\n\n{body}"
        return body
    logger.debug("trafilatura found no main text; falling back to lxml")
    return _lxml_text(tree)


def strip_furniture(text: str) -> str:
    """Remove site furniture and verbatim-repeated paragraphs from normalised text.

    Rules are general, not a list of exact strings: toolbars made only of widget words,
    visitor-counter blocks (a short label glued to a number), polls (heading, question and
    options), ratings, navigation and related-news headings with their link titles,
    breadcrumbs, footers and login time-out notices. Only short lines are ever removed by
    these rules. A line of at least ``DEDUP_MIN_WORDS`` words that already occurred is
    dropped, so an article printed twice keeps one copy.

    Args:
        text: text as returned by :func:`normalize_text`.

    Returns:
        The cleaned text, normalised again (blank-line runs collapsed).
    """
    lines = text.split("\n")
    emptied: set[int] = set()
    for number, line in enumerate(lines):
        without = _without_view_counters(line)
        if without is None:
            continue
        if without:
            lines[number] = without
        else:
            emptied.add(number)
    # Each line whitespace-collapsed and casefolded: the repeat key, and the start of its
    # furniture key (see _line_key).
    collapsed = [_collapse(line) for line in lines]
    drop = _furniture_lines(lines, [_key_of_collapsed(key) for key in collapsed]) | emptied
    seen: set[str] = set()
    kept: list[str] = []
    for number, line in enumerate(lines):
        if number in drop:
            continue
        key = collapsed[number]
        # Words of a collapsed key: its spaces plus one (casefolding adds no whitespace).
        if key and key.count(" ") + 1 >= DEDUP_MIN_WORDS:
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
    return normalize_text("\n".join(kept))


# --- input --------------------------------------------------------------------------------


def _names_file(candidate: str) -> bool:
    if "\n" in candidate or "\r" in candidate or len(candidate) >= MAX_PATH_CHARS:
        return False
    try:
        return Path(candidate).is_file()
    except (OSError, ValueError):
        return False


def _refuse_missing_path(candidate: str, source: str | None) -> None:
    """A one-line str that is a directory or looks like a file name is not article text."""
    if not candidate.strip() or "\n" in candidate or len(candidate) >= MAX_PATH_CHARS:
        return
    label = source or candidate
    try:
        if Path(candidate).is_dir():
            raise DocumentError(label, "is a directory; pass an article file")
    except (OSError, ValueError):
        return
    if _PATH_LIKE.match(candidate.strip()):
        raise DocumentError(label, "no such file; check the path")


def _read_file(path: Path, label: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DocumentError(label, "is a directory; pass an article file")
        _check_size(size, label, max_bytes)
        with path.open("rb") as handle:
            # Files can grow between stat and read; never read more than the limit allows.
            return handle.read(max_bytes + 1)
    except FileNotFoundError as err:
        raise DocumentError(label, "no such file; check the path") from err
    except PermissionError as err:
        raise DocumentError(label, "cannot be read (permission denied)") from err
    except OSError as err:
        raise DocumentError(label, f"cannot be read ({err.strerror or err})") from err


def _check_size(size: int, label: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise DocumentError(
            label,
            f"is {size:,} bytes, over the {max_bytes:,}-byte limit for one article; if it "
            "really is one article, raise the limit with the max_document_bytes setting "
            "(CLI: --max-bytes)",
        )
    if size == 0:
        raise DocumentError(label, "is empty (0 bytes); pass an article with text in it")


def _check_text(text: str, label: str) -> None:
    if not text.strip():
        raise DocumentError(label, "holds only whitespace; pass an article with text in it")
    sample = text[:SNIFF_BYTES]
    if "\x00" in sample or _control_share(sample) > MAX_CONTROL_SHARE:
        raise DocumentError(
            label,
            "looks like binary data (control characters), not text; pass a plain-text or "
            "HTML article",
        )


def _control_share(text: str) -> float:
    return len(_CONTROLS.findall(text)) / max(len(text), 1)


# --- decoding -----------------------------------------------------------------------------


def _decode(data: bytes, label: str) -> str:
    """Decode raw bytes: BOM, strict UTF-8, BOM-less UTF-16, declared charset, detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise DocumentError(
                    label,
                    f"starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} ({err.reason} at byte {err.start}); re-save it as UTF-8",
                ) from err
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    _refuse_binary(data, label)
    declared = _declared_charset(data)
    if declared is not None:
        return declared
    return _detect(data, label)


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:SNIFF_BYTES]
    if len(sample) < 2 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) // 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) // 2)
    if odd_nuls >= UTF16_NUL_LANE_SHARE and even_nuls < odd_nuls / 4:
        encoding = "utf-16-le"
    elif even_nuls >= UTF16_NUL_LANE_SHARE and odd_nuls < even_nuls / 4:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if _control_share(text[:SNIFF_BYTES]) > MAX_CONTROL_SHARE:
        return None
    logger.debug("decoded as BOM-less %s", encoding)
    return text


def _refuse_binary(data: bytes, label: str) -> None:
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise DocumentError(label, f"looks like {what}")
    sample = data[:SNIFF_BYTES]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\x0c\x0b")
    if 0 in sample or controls / len(sample) > MAX_CONTROL_SHARE:
        raise DocumentError(
            label,
            "looks like binary data (NUL or control bytes), not text; pass a plain-text or "
            "HTML article (convert PDF or Word files to text first)",
        )


def _declared_charset(data: bytes) -> str | None:
    """Honour an HTML ``<meta charset>`` declaration when it decodes the bytes cleanly."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return data.decode(codecs.lookup(name).name)
    except (LookupError, UnicodeDecodeError):
        return None


def _detect(data: bytes, label: str) -> str:
    best = charset_normalizer.from_bytes(data).best()
    guess = None if best is None else best.encoding
    text = None if best is None else str(best)
    # Short Vietnamese cp1258 texts are sometimes read as another Latin code page; a cp1258
    # reading that composes into clearly more Vietnamese letters wins.
    legacy = _try_decode(data, _LEGACY_VIETNAMESE)
    if legacy is not None and guess != _LEGACY_VIETNAMESE:
        legacy_score = len(_VIETNAMESE_LETTERS.findall(unicodedata.normalize("NFC", legacy)))
        guess_score = (
            -1
            if text is None
            else len(_VIETNAMESE_LETTERS.findall(unicodedata.normalize("NFC", text)))
        )
        if legacy_score > guess_score:
            guess, text = _LEGACY_VIETNAMESE, legacy
    if text is None or text.count("\ufffd") > MAX_REPLACEMENT_SHARE * len(text):
        raise DocumentError(
            label,
            "cannot be decoded: it is not UTF-8, UTF-16 or a recognisable legacy encoding "
            "such as Windows-1258; re-save it as UTF-8",
        )
    logger.debug("decoded as %s", guess)
    return text


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


# --- HTML ---------------------------------------------------------------------------------


def _looks_like_html(text: str) -> bool:
    return _HTML_SNIFF.search(text[:SNIFF_CHARS]) is not None


def _neutralise_dropped_markup(tree: lxml.html.HtmlElement) -> None:
    for element in tree.iter("figure", "figcaption"):
        element.tag = "p" if element.tag == "figcaption" else "div"
    for element in tree.xpath("//*[@class or @id]"):
        for attribute in ("class", "id"):
            value = element.get(attribute)
            if value is not None and _BYLINE_MARKUP.search(value):
                del element.attrib[attribute]


def _clean_table_row(line: str) -> str:
    """trafilatura renders table rows as ``| a | b |``; keep the cells, drop empty ones."""
    stripped = line.strip()
    if not stripped.startswith("|"):
        return line
    cells = [cell.strip() for cell in stripped.strip("|").split("|")]
    return " | ".join(cell for cell in cells if cell)


def _title_present(title: str, body: str) -> bool:
    wanted = " ".join(title.split()).casefold()
    flat = " ".join(body.split()).casefold()
    if wanted in flat:
        return True
    # A page <title> often appends the site name to the headline printed in the body.
    return any(
        len(line) >= len(wanted) // 2 and wanted.startswith(line)
        for line in (" ".join(raw.split()).casefold() for raw in body.split("\n")[:5])
        if line
    )


def _lxml_text(tree: lxml.html.HtmlElement) -> str:
    for element in list(tree.iter(*_NOISE_TAGS)):
        _drop_keep_tail(element)
    for element in tree.iter(etree.Comment):
        _drop_keep_tail(element)
    root = tree.find("body")
    if root is None:
        root = tree
    for element in root.iter():
        if element.text:
            element.text = _HTML_WHITESPACE.sub(" ", element.text)
        if element.tail:
            element.tail = _HTML_WHITESPACE.sub(" ", element.tail)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    text: str = root.text_content()
    lines = (line.strip() for line in text.split("\n"))
    return "\n\n".join(_paragraphs(lines))


def _drop_keep_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _paragraphs(lines: Iterable[str]) -> Iterator[str]:
    """Join runs of non-empty lines into paragraphs."""
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            yield "\n".join(current)
            current = []
    if current:
        yield "\n".join(current)


# --- furniture ----------------------------------------------------------------------------


def _line_key(line: str) -> str:
    """A line as the rules compare it: bullets and trailing punctuation dropped,
    whitespace collapsed, casefolded ("• Tin liên quan:" -> "tin liên quan")."""
    return _key_of_collapsed(_collapse(line))


def _collapse(line: str) -> str:
    """The line's words joined by single spaces, casefolded."""
    return " ".join(line.split()).casefold()


def _key_of_collapsed(collapsed: str) -> str:
    """:func:`_line_key` of a line from its :func:`_collapse` form.

    Casefolding neither changes nor produces whitespace, bullets or the trailing
    punctuation, so stripping them after collapsing and casefolding gives the same key.
    """
    return collapsed.lstrip(_BULLET_CHARS).rstrip(_TRAILING_PUNCT_CHARS)


def _is_related_heading(key: str) -> bool:
    """Whether a line key heads a list of other articles ("Các tin, bài viết khác")."""
    return key in _RELATED_HEADINGS or _RELATED_HEADING.match(key) is not None


def _is_metadata_part(part: str) -> bool:
    """A part of a metadata line that may stay once its view counter is cut out.

    A publication date or time (with its label or weekday), a byline, or widget words.
    """
    key = _line_key(part)
    if not key:
        return True
    if _BYLINE.match(key) or _SITE_LABEL.match(key) or _is_widget(part, key):
        return True
    if _PUBLICATION_PART.fullmatch(key) is None:
        return False
    return _DATE_OR_TIME.search(key) is not None or _WEEKDAY_PART.fullmatch(key) is not None


def _without_view_counters(line: str) -> str | None:
    """A short metadata line with its view-counter parts cut out, or None to keep it as is.

    "Cập nhật: 17/01/2024 08:30 | Lượt xem: 1.234" becomes "Cập nhật: 17/01/2024 08:30";
    "Lượt xem: 356 | In bài | Chia sẻ" becomes "" (nothing of the article is left). A line
    with anything besides counters, dates, bylines and widget words ("video đạt 12.000 lượt
    xem") is not touched.
    """
    if len(line) > MAX_FURNITURE_CHARS or not any(map(str.isdigit, line)):
        return None
    pieces = _SEGMENT_SEPARATOR.split(line)
    parts, separators = pieces[0::2], pieces[1::2]
    counters = {n for n, part in enumerate(parts) if _VIEW_COUNTER.fullmatch(part.strip(" ()[]"))}
    if not counters:
        return None
    kept = [n for n, part in enumerate(parts) if n not in counters and part.strip()]
    if not all(_is_metadata_part(parts[n]) for n in kept):
        return None
    rebuilt = ""
    for n in kept:
        rebuilt += (separators[n - 1] if rebuilt else "") + parts[n]
    rebuilt = rebuilt.rstrip()
    if rebuilt and _is_widget(rebuilt, _line_key(rebuilt)):
        return ""
    return rebuilt


def _counter_labels(key: str) -> list[str] | None:
    """The labels of a counter line ("Hôm nay: 12 | Tổng: 3.456"), or None if it is not one."""
    labels: list[str] = []
    for part in _COUNTER_SEPARATORS.split(key):
        part = part.strip()
        if not part:
            continue
        match = _COUNTER_SHAPE.match(part) if _ENDS_IN_NUMBER.search(part) else None
        if match is None or len(match.group("label").split()) > MAX_COUNTER_LABEL_WORDS:
            return None
        labels.append(match.group("label"))
    return labels or None


def _is_widget(line: str, key: str) -> bool:
    if len(line) > MAX_FURNITURE_CHARS or not key:
        return False
    if key in _NAV_HEADINGS or _BREADCRUMB.match(key) or _DROPDOWN.match(line.strip()):
        return True
    if _is_related_heading(key):
        return True
    if _FURNITURE_OPENINGS.match(key) or _FURNITURE_PHRASES.search(key):
        return True
    return _TOOL_LINE.fullmatch(key) is not None


def _furniture_lines(lines: list[str], keys: list[str] | None = None) -> set[int]:
    """Indices of lines that are site furniture (``keys``: their :func:`_line_key`)."""
    if keys is None:
        keys = [_line_key(line) for line in lines]
    drop = {
        n for n, (line, key) in enumerate(zip(lines, keys, strict=True)) if _is_widget(line, key)
    }
    drop |= _counter_blocks(lines, keys)
    drop |= _polls(lines, keys)
    drop |= _related_lists(lines, keys)
    return drop


def _counter_blocks(lines: list[str], keys: list[str]) -> set[int]:
    """Runs of counter-shaped lines ("Đang truy cập268", "Hôm nay1,164") in a stats block."""
    found = [
        None if len(line) > MAX_FURNITURE_CHARS else _counter_labels(key)
        for line, key in zip(lines, keys, strict=True)
    ]
    drop: set[int] = set()
    number = 0
    while number < len(lines):
        if found[number] is None:
            number += 1
            continue
        end = number  # extend the run over counters, allowing single blank lines between
        while end + 1 < len(lines) and (
            found[end + 1] is not None
            or (not keys[end + 1] and end + 2 < len(lines) and found[end + 2] is not None)
        ):
            end += 1
        run = [n for n in range(number, end + 1) if keys[n]]
        labels = [label for n in run for label in found[n] or ()]
        strong = any(_COUNTER_STRONG.search(label) for label in labels)
        weak = len(labels) > 1 and all(_COUNTER_WEAK.search(label) for label in labels)
        heading = _STATS_HEADING.match(_preceding_key(keys, number)) is not None
        if strong or weak or heading:
            drop.update(run)
        number = end + 1
    return drop


def _preceding_key(keys: list[str], number: int) -> str:
    for previous in range(number - 1, -1, -1):
        if keys[previous]:
            return keys[previous]
    return ""


def _polls(lines: list[str], keys: list[str]) -> set[int]:
    """A poll heading, its question (the next line, ending in '?') and its answer options."""
    drop: set[int] = set()
    for number, key in enumerate(keys):
        if not _POLL_HEADING.match(key):
            continue
        drop.add(number)
        question = next((n for n in range(number + 1, len(lines)) if keys[n]), None)
        if question is None or not lines[question].rstrip().endswith("?"):
            continue
        drop.add(question)
        option = question + 1
        while (
            option < len(lines)
            and keys[option]
            and len(keys[option]) <= MAX_POLL_OPTION_CHARS
            and not any(ch.isdigit() for ch in keys[option])
        ):
            drop.add(option)
            option += 1
    return drop


def _related_lists(lines: list[str], keys: list[str]) -> set[int]:
    """Link titles listed under a "related news" heading (in the page tail or inline).

    The list is the short, title-like lines after the heading; it ends at a long paragraph
    (the article resuming), a sentence, a byline, another heading, or the end of the text.
    """
    drop: set[int] = set()
    for number, heading in enumerate(keys):
        if not _is_related_heading(heading):
            continue
        for follower in range(number + 1, len(lines)):
            key = keys[follower]
            if not key:
                continue
            line = lines[follower].strip()
            if (
                len(line) > MAX_LINK_TITLE_CHARS
                or len(key.split()) >= BODY_PARAGRAPH_WORDS
                or _BYLINE.match(key)
                or _SENTENCE_END.search(line)
                or key in _NAV_HEADINGS
                or _is_related_heading(key)
                or _POLL_HEADING.match(key)
            ):
                break
            drop.add(follower)
    return drop
