"""A static review site: see at a glance which numbers of each article are proven.

:func:`write_review_site` writes ``index.html`` (one sortable row per record) and one page per
article showing the article's text with every number highlighted:

* green (``num grounded``): a span the cross-checker matched to a report field; the field
  paths are in the ``title`` attribute (shown on hover);
* grey (``num unused``): a number the scanner found that no field uses;
* red (``ungrounded``): report values found nowhere in the article, listed beside the text.

The site is self-contained (inline CSS and a small inline script for sorting; no CDN, no
network), so it can be zipped and mailed. Every piece of article or report text is escaped.
The text is re-loaded from each record's source; when the source is gone or has changed
(sha256 differs) the page says so instead of drawing highlights at stale offsets.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from baocao.documents import Document, load_document
from baocao.errors import BaocaoError, RecordError
from baocao.numerals import find_numbers
from baocao.records import is_label, source_file, source_path, source_sha256
from baocao.settings import DEFAULT_MAX_DOCUMENT_BYTES

logger = logging.getLogger(__name__)

INDEX_NAME = "index.html"
PAGE_NAME = "article-{number:05d}.html"
GROUNDED_STATUS = "grounded"
NUMBER_TARGET = "number"
CLASS_GROUNDED = "num grounded"
CLASS_UNUSED = "num unused"
CLASS_UNGROUNDED = "ungrounded"
NO_VALUE = "—"

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;
background:#fff;line-height:1.5}
header{padding:16px 24px;background:#f6f8fa;border-bottom:1px solid #d0d7de}
header h1{margin:0 0 4px;font-size:20px}
main{padding:16px 24px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;cursor:pointer;user-select:none;position:sticky;top:0}
th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.err{color:#a40e26}
.layout{display:flex;gap:24px;align-items:flex-start;flex-wrap:wrap}
.text{flex:3 1 560px;white-space:pre-wrap;font-size:15px;max-width:860px}
aside{flex:2 1 360px;font-size:14px}
.num{border-radius:3px;padding:0 2px}
.num.grounded{background:#aceebb;outline:1px solid #2da44e}
.num.unused{background:#e1e4e8}
.ungrounded{color:#a40e26;background:#ffebe9;border-left:4px solid #cf222e;padding:2px 6px;
margin:4px 0;list-style:none}
ul.plain{padding:0;margin:0}
.legend span{margin-right:12px}
.meta td:first-child{color:#59636e;white-space:nowrap}
.note{background:#fff8c5;border:1px solid #d4a72c;padding:8px;border-radius:4px}
.ok{color:#1a7f37}
.nowrap{white-space:nowrap}
"""

# Click a column header to sort by it (numbers numerically, using data-sort when present).
SORT_SCRIPT = r"""
document.querySelectorAll("table.sortable").forEach(function (table) {
  var headers = table.querySelectorAll("th");
  headers.forEach(function (th, column) {
    th.addEventListener("click", function () {
      var asc = !th.classList.contains("sorted-asc");
      headers.forEach(function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
      th.classList.add(asc ? "sorted-asc" : "sorted-desc");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      function key(row) {
        var cell = row.cells[column];
        var raw = cell.getAttribute("data-sort");
        if (raw === null) { raw = cell.textContent.trim(); }
        return /^-?\d+(\.\d+)?$/.test(raw) ? parseFloat(raw) : raw.toLowerCase();
      }
      rows.sort(function (a, b) {
        var ka = key(a), kb = key(b);
        if (typeof ka !== typeof kb) { ka = String(ka); kb = String(kb); }
        var cmp = ka < kb ? -1 : ka > kb ? 1 : 0;
        return asc ? cmp : -cmp;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""


def _e(value: Any) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


PERIOD_PREFIXES = {"quarter": "Q", "half_year": "H", "month": "M"}
UNKNOWN_YEAR_LABEL = "?"


def describe_period(period: Any) -> str:
    """A period dict as a short label: ``2023``, ``Q2/2023``, ``H1/2020``, ``nine_months 2024``;
    ``H1/?`` when the article printed no year."""
    period = _mapping(period)
    kind = str(period.get("kind") or "")
    year = period.get("year")
    if year is None:
        if not kind:
            return ""
        year = UNKNOWN_YEAR_LABEL  # "sơ kết 6 tháng đầu năm" printed with no year: H1/?
    index = period.get("index")
    if kind in ("", "year") and index is None:
        return str(year)
    if kind in PERIOD_PREFIXES and index is not None:
        return f"{PERIOD_PREFIXES[kind]}{index}/{year}"
    return f"{kind} {index}/{year}" if index is not None else f"{kind} {year}"


@dataclass
class Highlight:
    """A span of the article text to mark, with the field paths it grounds."""

    start: int
    end: int
    css: str
    titles: list[str] = field(default_factory=list)


def _verification_items(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = _mapping(record.get("verification")).get("items")
    return [item for item in items or () if isinstance(item, Mapping)]


def _ungrounded(record: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(path, value) of every value found nowhere in the article."""
    items = _verification_items(record)
    if items:
        return [
            (str(i.get("path")), str(i.get("value")))
            for i in items
            if i.get("status") != GROUNDED_STATUS
        ]
    listed = _mapping(record.get("verification")).get("ungrounded") or ()
    return [(str(i.get("path")), str(i.get("value"))) for i in listed if isinstance(i, Mapping)]


def grounded_highlights(record: Mapping[str, Any], text_length: int) -> list[Highlight]:
    """Green spans from the record's verification items, overlaps merged, sorted by start."""
    spans: list[Highlight] = []
    for item in _verification_items(record):
        if item.get("status") != GROUNDED_STATUS or item.get("target", NUMBER_TARGET) != (
            NUMBER_TARGET
        ):
            continue
        title = f"{item.get('path')} = {item.get('value')}"
        for span in item.get("spans") or ():
            if (
                isinstance(span, Sequence)
                and len(span) == 2
                and all(isinstance(x, int) for x in span)
                and 0 <= span[0] < span[1] <= text_length
            ):
                spans.append(Highlight(span[0], span[1], CLASS_GROUNDED, [title]))
    spans.sort(key=lambda h: (h.start, -h.end))
    merged: list[Highlight] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            last.end = max(last.end, span.end)
            last.titles.extend(t for t in span.titles if t not in last.titles)
        else:
            merged.append(span)
    return merged


def text_highlights(text: str, grounded: list[Highlight]) -> list[Highlight]:
    """Green spans plus a grey span for every scanned number that touches no green one."""
    result = list(grounded)
    cursor = 0
    for mention in find_numbers(text):
        while cursor < len(grounded) and grounded[cursor].end <= mention.start:
            cursor += 1
        overlaps = cursor < len(grounded) and grounded[cursor].start < mention.end
        if not overlaps:
            result.append(
                Highlight(
                    mention.start,
                    mention.end,
                    CLASS_UNUSED,
                    [f"{mention.kind}: not used by any field"],
                )
            )
    result.sort(key=lambda h: h.start)
    return result


def render_text(text: str, highlights: list[Highlight]) -> str:
    """The article text as escaped HTML with ``<mark>`` elements for the highlights."""
    parts: list[str] = []
    position = 0
    for mark in highlights:
        if mark.start < position:
            continue
        parts.append(_e(text[position : mark.start]))
        parts.append(
            f'<mark class="{mark.css}" title="{_e("; ".join(mark.titles))}">'
            f"{_e(text[mark.start : mark.end])}</mark>"
        )
        position = mark.end
    parts.append(_e(text[position:]))
    return "".join(parts)


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head>"
        f"<body>{body}<script>{SORT_SCRIPT}</script></body></html>\n"
    )


@dataclass
class ArticleSummary:
    """One row of the index."""

    number: int
    page: str
    title: str
    source: str
    organizer: str
    period: str
    indicators: int
    checked: int
    grounded: int
    error: str

    @property
    def share(self) -> float | None:
        """Grounded share of checked values, or None when nothing was checked."""
        return self.grounded / self.checked if self.checked else None


def _summarise(number: int, record: Mapping[str, Any]) -> ArticleSummary:
    report = _mapping(record.get("report"))
    verification = _mapping(record.get("verification"))
    error = _mapping(record.get("error"))
    source = _mapping(record.get("source"))
    checked = verification.get("checked")
    grounded = verification.get("grounded")
    return ArticleSummary(
        number=number,
        page=PAGE_NAME.format(number=number),
        title=str(report.get("title") or source.get("path") or f"record {number}"),
        source=str(source.get("path") or ""),
        organizer=str(report.get("organizer") or ""),
        period=describe_period(report.get("reviewed_period")),
        indicators=len(report.get("indicators") or ()),
        checked=checked if isinstance(checked, int) else 0,
        grounded=grounded if isinstance(grounded, int) else 0,
        error=f"{error.get('type')}: {error.get('message')}" if error else "",
    )


def _load_source(
    record: Mapping[str, Any], max_bytes: int, root: Path | None
) -> tuple[Document | None, str]:
    """The record's source document, or None and a note saying why highlights are missing."""
    path = source_path(record)
    if not path or is_label(path):
        return None, f"The source ({path or 'unknown'}) is not a file; its text is not shown."
    file = source_file(path, root)
    if not file.is_file():
        return None, f"The source file {file} is missing; its text cannot be shown."
    try:
        document = load_document(file, max_bytes=max_bytes)
    except BaocaoError as err:
        return None, f"The source could not be re-loaded: {err}"
    sha256 = source_sha256(record)
    if sha256 and document.sha256 != sha256:
        return document, (
            f"{path} has changed since it was extracted (sha256 differs): field highlights are "
            "omitted; grey marks show the numbers in the current text."
        )
    return document, ""


def _meta_table(record: Mapping[str, Any]) -> str:
    report = _mapping(record.get("report"))
    usage = _mapping(record.get("usage"))
    rows = [
        ("Source", _mapping(record.get("source")).get("path")),
        ("Organizer", report.get("organizer")),
        ("Level", report.get("organizer_level")),
        ("Province", report.get("province")),
        ("District", report.get("district")),
        ("Meeting", report.get("meeting_kind")),
        ("Event date", report.get("event_date")),
        ("Reviewed period", describe_period(report.get("reviewed_period"))),
        ("Next period", describe_period(report.get("next_period"))),
        ("Cached", record.get("cached")),
        ("Tokens", (usage.get("prompt_tokens") or 0) + (usage.get("completion_tokens") or 0)),
    ]
    cells = "".join(
        f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows if v not in (None, "")
    )
    return f'<table class="meta">{cells}</table>'


def _indicator_table(record: Mapping[str, Any]) -> str:
    report = _mapping(record.get("report"))
    status = {
        str(i.get("path")): i.get("status") == GROUNDED_STATUS for i in _verification_items(record)
    }
    rows = []
    for i, indicator in enumerate(report.get("indicators") or ()):
        ind = _mapping(indicator)
        path = f"indicators[{i}].value"
        ok = status.get(path)
        mark = "✓" if ok else ("✗" if ok is False else "?")
        css = "ok" if ok else "err"
        value = f"{ind.get('value')} {ind.get('unit') or ''}".strip()
        if ind.get("denominator") is not None:
            value += f" / {ind.get('denominator')}"
        rows.append(
            f'<tr title="{_e(path)}"><td class="n">{i}</td><td>{_e(ind.get("label"))}</td>'
            f'<td class="n" data-sort="{_e(ind.get("value"))}">{_e(value)}</td>'
            f"<td>{_e(describe_period(ind.get('period')))}</td>"
            f'<td class="{css}">{mark}</td><td>{_e(ind.get("quote"))}</td></tr>'
        )
    if not rows:
        return "<p>No indicators.</p>"
    return (
        '<table class="sortable"><thead><tr><th>#</th><th>Indicator</th><th>Value</th>'
        "<th>Period</th><th>Grounded</th><th>Quote</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def render_article_page(
    summary: ArticleSummary, record: Mapping[str, Any], max_bytes: int, root: Path | None = None
) -> str:
    """The HTML page of one record: text with highlights, metadata, red values, indicators."""
    document, note = _load_source(record, max_bytes, root)
    same_text = document is not None and not note
    if document is not None:
        grounded = grounded_highlights(record, len(document.text)) if same_text else []
        text_html = render_text(document.text, text_highlights(document.text, grounded))
    else:
        text_html = ""
    ungrounded = _ungrounded(record)
    red = "".join(
        f'<li class="{CLASS_UNGROUNDED}" title="{_e(path)}"><code>{_e(path)}</code> = '
        f"<b>{_e(value)}</b> is not in the article</li>"
        for path, value in ungrounded
    )
    aside = [
        '<p class="legend"><span><mark class="num grounded">12</mark> grounds a field</span>'
        '<span><mark class="num unused">34</mark> used by no field</span>'
        f'<span class="err">red: value found nowhere</span></p>{_meta_table(record)}',
    ]
    if summary.error:
        aside.append(f'<p class="err"><b>Error</b>: {_e(summary.error)}</p>')
    aside.append(
        f"<h2>Ungrounded values ({len(ungrounded)})</h2>"
        + (f'<ul class="plain">{red}</ul>' if red else '<p class="ok">None.</p>')
    )
    aside.append(f"<h2>Indicators ({summary.indicators})</h2>{_indicator_table(record)}")
    body = (
        f'<header><p><a href="{INDEX_NAME}">← all articles</a></p>'
        f"<h1>{_e(summary.title)}</h1></header><main>"
        + (f'<p class="note">{_e(note)}</p>' if note else "")
        + f'<div class="layout"><div class="text" id="text">{text_html}</div>'
        f"<aside>{''.join(aside)}</aside></div></main>"
    )
    return _page(summary.title, body)


def render_index(summaries: list[ArticleSummary]) -> str:
    """The index page: one sortable row per record."""
    rows = []
    checked = sum(s.checked for s in summaries)
    grounded = sum(s.grounded for s in summaries)
    failed = sum(1 for s in summaries if s.error)
    for s in summaries:
        share = s.share
        share_text = NO_VALUE if share is None else f"{share:.0%} ({s.grounded}/{s.checked})"
        rows.append(
            f'<tr><td class="n">{s.number}</td>'
            f'<td><a href="{_e(s.page)}">{_e(s.title)}</a><br><small>{_e(s.source)}</small></td>'
            f'<td>{_e(s.organizer)}</td><td class="nowrap">{_e(s.period)}</td>'
            f'<td class="n">{s.indicators}</td>'
            f'<td class="n" data-sort="{-1 if share is None else round(share, 4)}">'
            f"{_e(share_text)}</td>"
            f'<td class="err">{_e(s.error)}</td></tr>'
        )
    overall = f"{grounded / checked:.1%}" if checked else NO_VALUE
    body = (
        "<header><h1>baocao review</h1>"
        f"<p>{len(summaries)} articles, {failed} failed; {grounded} of {checked} values "
        f"grounded ({overall}). Click a column to sort.</p></header><main>"
        '<table class="sortable" id="articles"><thead><tr><th>#</th><th>Article</th>'
        "<th>Organizer</th><th>Period</th><th>Indicators</th><th>Grounded</th>"
        f"<th>Error</th></tr></thead><tbody>{''.join(rows)}</tbody></table></main>"
    )
    return _page("baocao review", body)


def write_review_site(
    records: Iterable[Mapping[str, Any]],
    out_dir: Path,
    *,
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    root: Path | None = None,
) -> Path:
    """Write the review site for some records into ``out_dir``.

    Args:
        records: extraction records, one page each, as given: pass
            :func:`baocao.records.current_records` of a file's records for one page per source.
        out_dir: the folder to write (created; existing pages are overwritten).
        max_bytes: size limit used when re-loading each source document.
        root: the folder relative source paths are read from (default: the current one).

    Returns:
        The path of ``index.html``.

    Raises:
        RecordError: the folder or a page cannot be written.
    """
    summaries: list[ArticleSummary] = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for number, record in enumerate(records, start=1):
            summary = _summarise(number, record)
            page = render_article_page(summary, record, max_bytes, root)
            (out_dir / summary.page).write_text(page, encoding="utf-8")
            summaries.append(summary)
        index = out_dir / INDEX_NAME
        index.write_text(render_index(summaries), encoding="utf-8")
    except OSError as err:
        raise RecordError(f"cannot write the review site to {out_dir}: {err.strerror}") from err
    logger.info("wrote %d article pages to %s", len(summaries), out_dir)
    return index
