"""A static review site to work in: what needs a look first, then every figure at its source.

:func:`write_review_site` re-verifies every record against its source, as ``baocao check``
does (:func:`baocao.records.recheck_record`): trust is recomputed, never read from the
record. It writes:

* ``index.html``, the overview: failures, changed records and ungrounded values first; the
  share of values grounded; inline SVG charts (:mod:`baocao.charts`) of the items of each
  list of figures per value of its first enum field, by trust, and of the articles per
  value of chosen fields; and one row per article, filtered and sorted in the page;
* one page per article, named by its source's sha256 prefix (``article-3f2a9c01b7de.html``,
  stable when the records' order changes): the article's text with every number marked, and
  a table per list of figures beside it. Clicking a row scrolls its figure into view in the
  text and marks it; each figure says how it matched (exact, scaled "1,6 tỷ" → 1600000000,
  percent, one side of a ratio ...) and whether to trust it: grounded, ungrounded, changed
  since extraction (the stored verification disagrees with the recomputed one, e.g. a value
  edited by hand) or its source missing (never shown as ✓).

What the pages show of a report comes from its schema (:func:`baocao.shape.report_shape`):
the article table lists its fields, each list of objects holding figures gets a table, and
labels are the fields' names in words. A report type chooses more (which fields the
overview charts, how a period is written, labels) by declaring it beside its schema, read
through the registry (:class:`ReviewLayout` lists the names); the engine names no type.

Marks in the text: green (``num grounded``) a span that grounds a report value (hover for
its paths); grey (``num unused``) a number no value uses; values found nowhere are listed in
red beside the text.

The site is self-contained (inline CSS, SVG and a small inline script; no CDN, no network),
so it opens from disk and can be zipped and mailed. Every piece of article or report text
is escaped. A rewrite removes the pages the previous run wrote that this run did not (listed
in ``.baocao-review.json``); other files in the folder are never touched.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from baocao.charts import Bar, Series, bar_chart
from baocao.crosscheck import NUMBER, CheckItem, Status
from baocao.documents import Document, is_address
from baocao.errors import RecordError, SchemaError
from baocao.numerals import find_numbers
from baocao.records import (
    LEAST_TRUSTED_FIRST,
    CheckStatus,
    Record,
    RecordCheck,
    RecordsOrPath,
    Verified,
    given_records,
    is_label,
    recheck_record,
    source_file,
)
from baocao.schemas import ReportType
from baocao.settings import DEFAULT_MAX_DOCUMENT_BYTES
from baocao.shape import (
    Group,
    ItemList,
    Leaf,
    LeafKind,
    ValueList,
    one_report_type,
    report_shape,
    trust_figures,
)
from baocao.staging import PartlyMovedError, staged_folder

logger = logging.getLogger(__name__)

INDEX_NAME = "index.html"
# Pages are named by the first characters of the source document's sha256.
PAGE_PREFIX = "article-"
PAGE_NAME = PAGE_PREFIX + "{key}.html"
PAGE_KEY_CHARS = 12
# A second source with the same text gets its path's hash appended (two copies of one article).
PATH_KEY_CHARS = 8
SHA256 = re.compile(r"[0-9a-f]{64}")
PAGE_PATTERN = re.compile(r"article-[0-9a-f]{12}(?:-[0-9a-f]{8})?\.html")
# Pages of releases that named them by position; removed when a baocao index is rewritten.
LEGACY_PAGE_PATTERN = re.compile(r"article-\d{5}\.html")
MANIFEST_NAME = ".baocao-review.json"
GENERATOR = "baocao review"
CLASS_GROUNDED = "num grounded"
CLASS_UNUSED = "num unused"
CLASS_UNGROUNDED = "ungrounded"
MARK_ID = "m-{start}"
NO_VALUE = "—"
# Between the figures of an item that has several, in its value cell.
FIGURE_SEPARATOR = " · "
# Figures in the item tables are grouped from this size on, by a narrow no-break space.
GROUP_FROM = 10_000
GROUP_SEPARATOR = "\u202f"
# Bars of an overview chart (the most frequent values, or the first in order; the rest summed).
CHART_MAX_BARS = 16
OTHER_BARS = "(others)"
ITEM_HEADING = "Item"
UNKNOWN_LABEL = "(not given)"

COLOUR_GROUNDED = "#2da44e"
COLOUR_UNGROUNDED = "#cf222e"
COLOUR_CHANGED = "#bf8700"
COLOUR_UNPROVEN = "#8c959f"

STYLE = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;
background:#fff;line-height:1.45}
header{padding:12px 24px;background:#f6f8fa;border-bottom:1px solid #d0d7de}
header h1{margin:0 0 4px;font-size:20px}
header p{margin:4px 0}
main{padding:12px 24px}
h2{font-size:16px;margin:18px 0 8px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid #d0d7de;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;cursor:pointer;user-select:none;position:sticky;top:0;z-index:1}
th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.nowrap,td.value{white-space:nowrap}
.err{color:#a40e26}
.ok{color:#1a7f37}
small,.muted{color:#59636e}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;
white-space:nowrap;border:1px solid transparent}
.badge.grounded,.badge.ok{background:#dafbe1;color:#116329;border-color:#4ac26b}
.badge.ungrounded,.badge.failed,.badge.invalid{background:#ffebe9;color:#a40e26;
border-color:#ff8182}
.badge.changed{background:#fff8c5;color:#7d4e00;border-color:#d4a72c}
.badge.source_missing{background:#eaeef2;color:#424a53;border-color:#afb8c1}
.match{display:inline-block;border-radius:4px;padding:0 5px;font-size:12px;
background:#ddf4ff;color:#0550ae;white-space:nowrap}
.match.exact{background:#f6f8fa;color:#424a53}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:8px 0}
.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:150px}
.card b{display:block;font-size:22px}
.card.alert{border-color:#ff8182;background:#fff5f5}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:16px}
.chart{max-width:760px}
.charts figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:8px}
.charts figcaption{font-weight:600;font-size:14px;margin-bottom:4px}
.filters{display:flex;gap:8px;flex-wrap:wrap;align-items:center;margin:8px 0}
.filters input{min-width:280px}
.filters input,.filters select{font:inherit;padding:3px 6px}
.attention{border-left:4px solid #cf222e;padding-left:12px}
.layout{display:grid;grid-template-columns:minmax(0,4fr) minmax(0,6fr);gap:20px;
align-items:start}
.text{white-space:pre-wrap;font-size:15px;position:sticky;top:0;max-height:100vh;
overflow-y:auto;padding:8px 12px 40vh 0;border-right:1px solid #d0d7de}
.num{border-radius:3px;padding:0 2px}
.num.grounded{background:#aceebb;outline:1px solid #2da44e}
.num.unused{background:#e1e4e8}
mark.num.current,mark.num:target{background:#ffd33d;outline:3px solid #bf8700}
tr.current td{background:#fff8c5}
tr.item{cursor:pointer}
tr.item:hover td{background:#f6f8fa}
.ungrounded{color:#a40e26;background:#ffebe9;border-left:4px solid #cf222e;padding:2px 6px;
margin:4px 0;list-style:none}
ul.plain{padding:0;margin:0}
.legend span{margin-right:12px}
table.meta{width:auto}
.meta td:first-child{color:#59636e;white-space:nowrap}
.meta td{overflow-wrap:anywhere}
.note{background:#fff8c5;border:1px solid #d4a72c;padding:8px;border-radius:4px}
.quote{display:block;color:#59636e;font-size:13px}
td.label{min-width:12em}
td.matched small{white-space:nowrap}
.tag{font-size:12px;color:#59636e}
.items.scrolls{overflow:auto;max-width:100%;max-height:100vh}
.items.scrolls::before{content:"Wider than this panel: scroll it sideways for every column.";
display:block;font-size:12px;color:#59636e;margin-bottom:4px}
"""

# An item table scrolls inside its own box only when it is wider than its panel (a narrow
# window): a scroll container stops its sticky header (th position:sticky) from sticking to
# the window as the page scrolls, so a table that fits is left unboxed, and a boxed one is at
# most a window tall and scrolls down inside its box, where its header sticks.
FIT_SCRIPT = r"""
(function () {
  function fit() {
    document.querySelectorAll(".items").forEach(function (box) {
      box.classList.remove("scrolls");
      if (box.scrollWidth > box.clientWidth + 1) { box.classList.add("scrolls"); }
    });
  }
  fit();
  window.addEventListener("resize", fit);
})();
"""

# Click a column header to sort by it (numbers numerically, using data-sort when present).
SORT_SCRIPT = r"""
document.querySelectorAll("table.sortable").forEach(function (table) {
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (th, column) {
    th.addEventListener("click", function () {
      var asc = !th.classList.contains("sorted-asc");
      Array.prototype.forEach.call(headers, function (h) {
        h.classList.remove("sorted-asc", "sorted-desc");
      });
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

# The overview's filters: free text, state and the first charted field (data-group);
# "showing n of m" follows them.
FILTER_SCRIPT = r"""
(function () {
  var table = document.getElementById("articles");
  if (!table) { return; }
  var text = document.getElementById("filter-text");
  var state = document.getElementById("filter-state");
  var group = document.getElementById("filter-group");
  var shown = document.getElementById("filter-count");
  function apply() {
    var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var rows = table.tBodies[0].rows, count = 0;
    Array.prototype.forEach.call(rows, function (row) {
      var hay = row.textContent.toLowerCase();
      var ok = words.every(function (w) { return hay.indexOf(w) >= 0; })
        && (!state.value || row.getAttribute("data-state") === state.value)
        && (!group || !group.value || row.getAttribute("data-group") === group.value);
      row.hidden = !ok;
      if (ok) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length;
  }
  [text, state, group].forEach(function (el) {
    if (el) { el.addEventListener("input", apply); }
  });
  apply();
})();
"""

# Click an item's row: its figure in the text scrolls into view and is marked (the row too).
# The link's href (#m-<start>) does the same without JavaScript (CSS :target).
LINK_SCRIPT = r"""
(function () {
  function show(row) {
    var mark = document.getElementById(row.getAttribute("data-mark"));
    if (!mark) { return; }
    document.querySelectorAll(".current").forEach(function (el) {
      el.classList.remove("current");
    });
    mark.classList.add("current");
    row.classList.add("current");
    // Scroll the text pane only (scrollIntoView would move the page and the table too).
    var pane = document.getElementById("text");
    pane.scrollTop = mark.offsetTop - pane.clientHeight / 2;
    history.replaceState(null, "", "#" + mark.id);
  }
  document.querySelectorAll("tr.item[data-mark]").forEach(function (row) {
    row.addEventListener("click", function (event) {
      event.preventDefault();
      show(row);
    });
  });
})();
"""


def _e(value: Any) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class RecordState(StrEnum):
    """What one record needs from its reviewer, most urgent first (the overview's order)."""

    FAILED = "failed"  # extraction failed: no report
    INVALID = "invalid"  # the stored report no longer validates
    CHANGED = "changed"  # the record or its source changed since extraction
    UNGROUNDED = "ungrounded"  # some values are not in the article
    SOURCE_MISSING = "source_missing"  # the source is gone: nothing can be proven
    OK = "ok"  # every value grounded in the unchanged source


STATE_RANK = {state: rank for rank, state in enumerate(RecordState)}
STATE_LABELS = {
    RecordState.FAILED: "failed",
    RecordState.INVALID: "invalid report",
    RecordState.CHANGED: "changed since extraction",
    RecordState.UNGROUNDED: "ungrounded values",
    RecordState.SOURCE_MISSING: "source missing",
    RecordState.OK: "all grounded",
}
VERIFIED_LABELS = {
    Verified.GROUNDED: "✓ grounded",
    Verified.UNGROUNDED: "✗ ungrounded",
    Verified.CHANGED: "changed",
    Verified.SOURCE_MISSING: "source missing",
    Verified.INVALID: "invalid",
}
MATCH_TITLES = {
    "exact": "the figure as printed",
    "scaled": "read with its scale word (nghìn, triệu, tỷ)",
    "percent": "a percent, as points or as a fraction",
    "ratio_side": "one side of a ratio a/b",
    "range_end": "the upper end of a range a - b",
    "ambiguous": "one reading of a form that reads two ways (1.164)",
}


def _state(check: RecordCheck) -> RecordState:
    if check.status is CheckStatus.FAILED:
        return RecordState.FAILED
    if check.status is CheckStatus.INVALID:
        return RecordState.INVALID
    if check.status in (CheckStatus.MISSING, CheckStatus.UNREADABLE):
        return RecordState.SOURCE_MISSING
    if check.changed_since_extraction:
        return RecordState.CHANGED
    if check.ungrounded:
        return RecordState.UNGROUNDED
    return RecordState.OK


def _count(number: int, noun: str) -> str:
    """``1 value``, ``2 values``."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _badge(css: str, label: str, title: str = "") -> str:
    hint = f' title="{_e(title)}"' if title else ""
    return f'<span class="badge {_e(css)}"{hint}>{_e(label)}</span>'


# --- the article text ----------------------------------------------------------------------


@dataclass
class Highlight:
    """A span of the article text to mark, with the field paths it grounds."""

    start: int
    end: int
    css: str
    titles: list[str] = field(default_factory=list)
    anchor: bool = False  # gets an id (MARK_ID) that item rows link to


def grounded_highlights(items: Sequence[CheckItem], text_length: int) -> list[Highlight]:
    """Green spans of the grounded numbers, overlaps merged, sorted by start.

    Each span's title names the values it grounds and how each matched there.
    """
    spans: list[Highlight] = []
    for item in items:
        if item.status is not Status.GROUNDED or item.target != NUMBER:
            continue
        matches = item.matches or (None,) * len(item.spans)
        for (start, end), match in zip(item.spans, matches, strict=False):
            if 0 <= start < end <= text_length:
                how = f" ({match})" if match else ""
                title = f"{item.path} = {item.value}{how}"
                spans.append(Highlight(start, end, CLASS_GROUNDED, [title], anchor=True))
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
        anchor = f' id="{MARK_ID.format(start=mark.start)}"' if mark.anchor else ""
        parts.append(
            f'<mark{anchor} class="{mark.css}" title="{_e("; ".join(mark.titles))}">'
            f"{_e(text[mark.start : mark.end])}</mark>"
        )
        position = mark.end
    parts.append(_e(text[position:]))
    return "".join(parts)


def _mark_of(span: tuple[int, int], marks: Sequence[Highlight]) -> str | None:
    """The id of the green mark holding ``span`` (None when no mark does)."""
    for mark in marks:
        if mark.start <= span[0] and span[1] <= mark.end:
            return MARK_ID.format(start=mark.start)
    return None


def _chosen_span(
    item: CheckItem | None, quote: CheckItem | None
) -> tuple[tuple[int, int], str] | None:
    """The span an item's row links to, and how it matched there.

    The value's span inside the item's own quote when there is one (a figure printed
    several times), else its first span.
    """
    if item is None or not item.spans:
        return None
    matches = item.matches or ("",) * len(item.spans)
    pairs = list(zip(item.spans, matches, strict=False))
    if quote is not None:
        for (start, end), match in pairs:
            if any(q0 <= start and end <= q1 for q0, q1 in quote.spans):
                return (start, end), str(match)
    (start, end), match = pairs[0]
    return (start, end), str(match)


# --- what the pages show of a report type ------------------------------------------------


def _words(name: str) -> str:
    """A field or class name in words: ``held_at`` -> ``held at``,
    ``CaseCount`` -> ``case count``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)
    return re.sub(r"[_.]+", " ", spaced).strip().lower()


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    """A name for an HTML id or data attribute: ``held_at`` -> ``held-at``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


ObjectText = Callable[[Mapping[str, Any]], str]
ItemValue = Callable[[Mapping[str, Any], Callable[[Any], str]], str]


@dataclass(frozen=True)
class FieldView:
    """A report or item field as the pages show it: a scalar leaf, a nested object or a
    list of strings or enum values.

    Attributes:
        name: the shape's name of the field (``"held"``, ``"city"``).
        label: its label on the pages.
        leaf: the scalar (None for an object or a list).
        group: the object (None for a scalar or a list).
        text: how the type writes an object of this model (None: its fields' values).
        order: the object's sort key (None: no order of its own).
        values: the list of strings or enum values (None for a scalar or an object).
    """

    name: str
    label: str
    leaf: Leaf | None = None
    group: Group | None = None
    text: ObjectText | None = None
    order: Callable[[Mapping[str, Any]], str] | None = None
    values: ValueList | None = None

    def show(self, obj: Mapping[str, Any]) -> Any:
        """The field's value in a report (or item) dict, an object or a list written as one
        text."""
        if self.leaf is not None:
            return self.leaf.get(obj)
        if self.values is not None:
            return self.values.text(obj)
        if self.group is None:
            return None
        value = self.group.get(obj)
        if value is None:
            return "" if self.text is None else self.text({})
        if self.text is not None:
            return self.text(value)
        return " ".join(_cell_text(member) for member in value.values() if member is not None)

    def sort_key(self, obj: Mapping[str, Any]) -> str | None:
        """The field's own sort key in a dict (None when it has no order of its own)."""
        if self.order is None or self.group is None:
            return None
        return self.order(self.group.get(obj) or {})


def _cell_text(value: Any) -> str:
    return (
        json.dumps(value, ensure_ascii=False) if isinstance(value, Mapping | list) else str(value)
    )


@dataclass(frozen=True)
class ItemTable:
    """How one list of figures is shown: a table per article, a chart in the overview.

    Attributes:
        item_list: the list (from the shape).
        title: its heading (``Counts``, from the list's name).
        singular: one item in words (``place count`` of ``PlaceCount``), from the item model's name.
        label: the item field that names it (its first text field that is not a quote).
        tag: the enum field shown beside the label and charted (its first enum field).
        quote: the quote field shown under the label.
        figures: the figures its rows' trust speaks for (empty: every figure an item holds).
        value: how the type writes an item's figure cell (None: its figures, for reading).
        columns: further fields, one column each (default: the item's nested objects).
    """

    item_list: ItemList
    title: str
    singular: str
    label: Leaf | None
    tag: FieldView | None
    quote: Leaf | None
    figures: tuple[Leaf, ...]
    value: ItemValue | None
    columns: tuple[FieldView, ...]

    def trusted(self, item: Mapping[str, Any]) -> tuple[Leaf, ...]:
        """The figures a row of ``item`` speaks for."""
        return self.figures or tuple(f for f in self.item_list.figures if f.get(item) is not None)


@dataclass(frozen=True)
class ReviewLayout:
    """What the pages show of one report type, from its shape and its declarations.

    A schema file may declare (module-level names, read with
    :meth:`baocao.schemas.ReportType.declared`): ``REVIEW_LABELS`` (field name -> label;
    default: the name in words), ``REVIEW_ARTICLE_FIELDS`` (the article table's fields;
    default: all), ``REVIEW_GROUPS`` (the overview's "Articles per ..." charts, the first
    also a filter; default: the report's enum fields), ``REVIEW_COLUMNS`` (the articles
    table's fields; default: the groups), ``REVIEW_TEXT`` / ``REVIEW_ORDER`` (model -> how an
    object of it is written / its sort key as a string; an empty key: no place in the order,
    as a period printed without its year, which a chart then ranks after every placed
    value), ``REVIEW_VALUE`` (list name -> how an item's figure cell is written),
    ``REVIEW_ITEM_COLUMNS`` (list name -> further item fields shown); and ``TRUST_FIGURES``
    (:func:`baocao.shape.trust_figures`).

    Attributes:
        title: the report field that titles a page (its first text field).
        article: the article table's fields.
        groups: the overview's charted fields.
        columns: the overview's articles table fields.
        tables: one per list of figures.
    """

    title: Leaf | None
    article: tuple[FieldView, ...]
    groups: tuple[FieldView, ...]
    columns: tuple[FieldView, ...]
    tables: tuple[ItemTable, ...]

    def table_of(self, path: str) -> tuple[ItemTable, int] | None:
        """The table and item position a check path belongs to (``counts[3].amount``)."""
        for table in self.tables:
            found = re.match(rf"{re.escape(table.item_list.name)}\[(\d+)\]", path)
            if found:
                return table, int(found.group(1))
        return None


def _field_paths(value: object) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(path, str) for path in value)


# What each review declaration must be: (the form in words, the check of the whole value,
# the check of each entry of a dict: its key and value).
_DECLARATION_FORMS: dict[str, tuple[str, Callable[[Any, Any], bool] | None]] = {
    "REVIEW_LABELS": (
        "a dict of field path -> label",
        lambda key, value: isinstance(key, str) and isinstance(value, str),
    ),
    "REVIEW_TEXT": (
        "a dict of model class -> function writing an object of it",
        lambda key, value: isinstance(key, type) and callable(value),
    ),
    "REVIEW_ORDER": (
        "a dict of model class -> function giving an object's sort key",
        lambda key, value: isinstance(key, type) and callable(value),
    ),
    "REVIEW_VALUE": (
        "a dict of list name -> function writing an item's figure cell",
        lambda key, value: isinstance(key, str) and callable(value),
    ),
    "REVIEW_ITEM_COLUMNS": (
        "a dict of list name -> tuple of item field paths",
        lambda key, value: isinstance(key, str) and _field_paths(value),
    ),
    "REVIEW_ARTICLE_FIELDS": ("a tuple of field paths", None),
    "REVIEW_GROUPS": ("a tuple of field paths", None),
    "REVIEW_COLUMNS": ("a tuple of field paths", None),
}


def _check_declaration(name: str, value: object, where: str) -> None:
    """Refuse a review declaration not of its form, naming the schema file and the entry.

    Raises:
        SchemaError: the declaration, or one of its entries, is not of its form.
    """
    form, entry_ok = _DECLARATION_FORMS[name]
    if entry_ok is None:
        if isinstance(value, list | tuple):
            for entry in value:
                if not isinstance(entry, str):
                    raise SchemaError(
                        f"{name} in {where}: the entry {entry!r} is not a field path; "
                        f"{name} must be {form}"
                    )
            return
    elif isinstance(value, Mapping):
        for key, entry in value.items():
            if not entry_ok(key, entry):
                raise SchemaError(
                    f"{name} in {where}: the entry {key!r}: {entry!r} is not of the form; "
                    f"{name} must be {form}"
                )
        return
    raise SchemaError(f"{name} in {where} must be {form}, not {value!r}: fix the declaration")


def review_layout(report_type: ReportType) -> ReviewLayout:
    """What the review pages show of a report type (see :class:`ReviewLayout`).

    Raises:
        SchemaError: a declaration is not of its form or names no field of the type.
    """
    shape = report_shape(report_type.model)
    where = report_type.where

    def declared(name: str, default: Any) -> Any:
        value = report_type.declared(name)
        if value is None:
            return default
        _check_declaration(name, value, where)
        return value

    labels: Mapping[str, str] = declared("REVIEW_LABELS", {})
    texts: Mapping[type, ObjectText] = declared("REVIEW_TEXT", {})
    orders: Mapping[type, Callable[[Mapping[str, Any]], str]] = declared("REVIEW_ORDER", {})

    def make(
        name: str, leaves: Sequence[Leaf], groups: Sequence[Group], label_key: str
    ) -> FieldView:
        label = labels.get(label_key) or _capitalised(_words(name))
        leaf = next((leaf for leaf in leaves if leaf.name == name), None)
        if leaf is not None:
            return FieldView(name, label, leaf=leaf)
        group = next((group for group in groups if group.name == name), None)
        if group is None:
            raise SchemaError(
                f"{where}: '{name}' is not a field of {report_type.model.__name__}: fix the "
                "review declaration that names it"
            )
        return FieldView(
            name, label, group=group, text=texts.get(group.model), order=orders.get(group.model)
        )

    def article_field(name: str) -> FieldView:
        values = shape.value_list(name)
        if values is not None:
            return FieldView(name, labels.get(name) or _capitalised(_words(name)), values=values)
        return make(name, shape.leaves, shape.groups, name)

    # Top-level fields in field order: a scalar, or a nested object shown as one value (not
    # one holding a list of figures, which has its own table).
    top = [
        *(leaf.name for leaf in shape.leaves if len(leaf.path) == 1),
        *(
            group.name
            for group in shape.groups
            if len(group.path) == 1
            and not any(item_list.path[:1] == group.path for item_list in shape.lists)
        ),
        *(values.name for values in shape.value_lists if len(values.path) == 1),
    ]
    order = list(report_type.model.model_fields)
    trusted = trust_figures(report_type)  # read once for every list
    top.sort(key=order.index)
    title = next((leaf for leaf in shape.leaves if leaf.kind is LeafKind.TEXT), None)
    default_article = [name for name in top if title is None or name != title.name]
    enums = [leaf.name for leaf in shape.leaves if leaf.kind is LeafKind.ENUM]
    groups = tuple(map(article_field, declared("REVIEW_GROUPS", enums)))
    columns = declared("REVIEW_COLUMNS", None)
    return ReviewLayout(
        title=title,
        article=tuple(map(article_field, declared("REVIEW_ARTICLE_FIELDS", default_article))),
        groups=groups,
        columns=groups if columns is None else tuple(map(article_field, columns)),
        tables=tuple(_table_of(item_list, trusted, make, declared) for item_list in shape.lists),
    )


def _table_of(
    item_list: ItemList,
    trusted: Mapping[str, tuple[Leaf, ...]],
    make: Callable[[str, Sequence[Leaf], Sequence[Group], str], FieldView],
    declared: Callable[[str, Any], Any],
) -> ItemTable:
    """How one list of figures is shown (see :class:`ItemTable`)."""
    leaves = item_list.leaves
    label = next((f for f in leaves if f.kind is LeafKind.TEXT and not f.quote), None)
    tag = next((f for f in leaves if f.kind is LeafKind.ENUM), None)
    quote = next((f for f in leaves if f.quote), None)
    own_groups = [group.name for group in item_list.groups if len(group.path) == 1]
    extra = declared("REVIEW_ITEM_COLUMNS", {}).get(item_list.name, own_groups)

    def item_field(name: str) -> FieldView:
        return make(name, leaves, item_list.groups, f"{item_list.name}.{name}")

    return ItemTable(
        item_list=item_list,
        title=_capitalised(_words(item_list.name)),
        singular=_words(item_list.model.__name__),
        label=label,
        tag=None if tag is None else item_field(tag.name),
        quote=quote,
        figures=trusted.get(item_list.name, ()),
        value=declared("REVIEW_VALUE", {}).get(item_list.name),
        columns=tuple(map(item_field, extra)),
    )


# --- one record ----------------------------------------------------------------------------


@dataclass
class ArticleView:
    """One record, re-verified: what its page and its overview row show."""

    record: Record
    check: RecordCheck
    page: str
    layout: ReviewLayout
    document: Document | None = None
    note: str = ""

    @property
    def report(self) -> Mapping[str, Any]:
        """The record's report (empty for a failed record)."""
        return _mapping(self.record.report)

    @property
    def state(self) -> RecordState:
        """What the record needs from its reviewer."""
        return _state(self.check)

    @property
    def title(self) -> str:
        """The report's title, else the source path."""
        title = self.layout.title.get(self.report) if self.layout.title is not None else None
        return str(title or self.check.source or "record")

    def items(self, table: ItemTable) -> list[tuple[int, Mapping[str, Any]]]:
        """The report's items of one list, with their positions in it."""
        return table.item_list.entries(self.report)

    @property
    def checked(self) -> int:
        """How many values were re-checked (0 when the source could not be read)."""
        verification = self.check.verification
        return verification.checked if verification else 0

    @property
    def grounded(self) -> int:
        """How many re-checked values are in the article."""
        verification = self.check.verification
        return verification.grounded if verification else 0

    @property
    def error(self) -> str:
        """The extraction error, or why the record could not be re-checked."""
        if self.check.status is CheckStatus.FAILED:
            return self.check.message
        if self.check.status in (CheckStatus.INVALID, CheckStatus.UNREADABLE):
            return self.check.message
        return ""

    def label_of(self, path: str) -> str:
        """The label of the item a path belongs to (``counts[3].amount``)."""
        found = self.layout.table_of(path)
        if found is None:
            return ""
        table, position = found
        item = dict(self.items(table)).get(position)
        if item is None or table.label is None:
            return ""
        return str(table.label.get(item) or "")

    def verified(self, table: ItemTable, position: int, item: Mapping[str, Any]) -> Verified | None:
        """What re-verification says of an item's figures: the least trustworthy of them."""
        found = {
            self.check.verified(table.item_list.item_path(position, leaf))
            for leaf in table.trusted(item)
        }
        return next((v for v in LEAST_TRUSTED_FIRST if v in found), None)


def page_names(records: Sequence[Record]) -> list[str]:
    """The page file name of each record: its source's sha256 prefix, whatever the order.

    A record without a sha256 (a failed one) is named by its path's hash; sources with the
    same text (two copies of one article) each get their path's hash appended.
    """
    keys: list[tuple[str, str]] = []
    for record in records:
        path_hash = hashlib.sha256(record.source.path.encode("utf-8")).hexdigest()
        sha256 = record.source.sha256.lower()
        key = sha256[:PAGE_KEY_CHARS] if SHA256.fullmatch(sha256) else path_hash[:PAGE_KEY_CHARS]
        keys.append((key, path_hash[:PATH_KEY_CHARS]))
    shared = Counter(key for key, _ in keys)
    return [
        PAGE_NAME.format(key=f"{key}-{suffix}" if shared[key] > 1 else key) for key, suffix in keys
    ]


def _source_note(check: RecordCheck, root: Path | None) -> str:
    """What the page can show of the record's source, from its re-check (which loaded it)."""
    path = check.source
    if check.document is None:
        if not path or is_label(path):
            return (
                f"The source ({path or 'unknown'}) is not a file: its text cannot be shown and "
                "none of this record's values is proven."
            )
        if check.status is CheckStatus.MISSING:
            return (
                f"The source file {source_file(path, root)} is missing: its text cannot be "
                "shown and none of this record's values is proven."
            )
        if check.status is CheckStatus.UNREADABLE:
            return f"The source could not be re-loaded: {check.message}"
        return ""
    if check.changed:
        return (
            f"{path} has changed since it was extracted (sha256 differs): the marks show "
            "where the record's values are in the current text."
        )
    if check.disagreements:
        return (
            "The check stored at extraction disagrees with the one recomputed now on "
            f"{_count(len(check.disagreements), 'value')} (edited by hand, or checked by an "
            "older release): marked changed."
        )
    return ""


def _view(
    record: Record,
    page: str,
    layout: ReviewLayout,
    schema: str | None,
    max_bytes: int,
    root: Path | None,
) -> ArticleView:
    check = recheck_record(record, schema=schema, max_bytes=max_bytes, root=root)
    view = ArticleView(record, check, page, layout)
    view.document, view.note = check.document, _source_note(check, root)
    return view


# --- the article page ----------------------------------------------------------------------


def _meta_table(view: ArticleView) -> str:
    report = view.report
    usage = view.record.usage
    rows = [
        ("Source", view.check.source),
        *((shown.label, shown.show(report)) for shown in view.layout.article),
        ("Cached", view.record.cached),
        ("Tokens", usage.prompt_tokens + usage.completion_tokens),
    ]
    cells = "".join(
        f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows if v not in (None, "")
    )
    url = view.record.source.url
    if url is not None and is_address(url):  # only a web address becomes a link
        link = f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
        cells = f"<tr><td>Page</td><td>{link}</td></tr>" + cells
    return f'<table class="meta">{cells}</table>'


def _number(value: Any) -> str:
    """A figure for reading: digits grouped by thin spaces from five digits on (1 600 000 000)."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not number.is_finite() or abs(number) < GROUP_FROM:
        return str(value)
    return f"{number:,}".replace(",", GROUP_SEPARATOR)


def _value_text(table: ItemTable, item: Mapping[str, Any]) -> str:
    """An item's figure cell: as its type writes it, else its figures (``amount 12 · share 4``)."""
    if table.value is not None:
        return table.value(item, _number)
    figures = [(leaf, _figure_text(leaf, item)) for leaf in table.trusted(item)]
    if len(figures) == 1:
        return figures[0][1]
    return FIGURE_SEPARATOR.join(f"{_words(leaf.name)} {text}" for leaf, text in figures)


def _figure_text(leaf: Leaf, item: Mapping[str, Any]) -> str:
    """One figure for reading, with its unit when its schema names a unit field."""
    unit = leaf.unit_in(item)
    return f"{_number(leaf.get(item))} {unit}" if unit else _number(leaf.get(item))


def _item_table(view: ArticleView, table: ItemTable, marks: Sequence[Highlight]) -> str:
    text = view.document.text if view.document is not None else ""
    rows = []
    row_id = _slug(table.singular)
    for i, entry in view.items(table):
        trusted = table.trusted(entry)
        path = table.item_list.item_path(i, trusted[0] if trusted else None)
        item = view.check.item(path)
        quote = view.check.item(table.item_list.item_path(i, table.quote)) if table.quote else None
        chosen = _chosen_span(item, quote)
        verified = view.verified(table, i, entry)
        # The badge speaks for the least trustworthy figure (the first, when all agree).
        worst = next(
            (
                view.check.item(table.item_list.item_path(i, leaf))
                for leaf in trusted
                if view.check.verified(table.item_list.item_path(i, leaf)) is verified
            ),
            item,
        )
        trust = (
            _badge(verified.value, VERIFIED_LABELS[verified], _trust_title(verified, worst))
            if verified
            else _badge("source_missing", "not checked")
        )
        if verified is Verified.CHANGED and worst is not None:
            now = "✓" if worst.status is Status.GROUNDED else "✗"
            trust += f' <small title="re-checked now">{now}</small>'
        match_cell, mark_attr = "", ""
        if chosen is not None:
            (start, end), match = chosen
            mark = _mark_of((start, end), marks)
            printed = text[start:end] if end <= len(text) else ""
            match_cell = (
                f'<span class="match {_e(match)}" title="{_e(MATCH_TITLES.get(match, ""))}">'
                f"{_e(match or 'found')}</span> <small>“{_e(printed)}”</small>"
            )
            if mark:
                mark_attr = f' data-mark="{mark}"'
                match_cell = f'<a href="#{mark}">{match_cell}</a>'
        label = f"{_e(table.label.get(entry))} " if table.label is not None else ""
        tag = (
            f'<span class="tag">{_e(table.tag.show(entry))}</span>' if table.tag is not None else ""
        )
        quoted = (
            f'<span class="quote">{_e(table.quote.get(entry))}</span>'
            if table.quote is not None
            else ""
        )
        extra = "".join(_column_cell(column, entry) for column in table.columns)
        sort = trusted[0].get(entry) if trusted else None
        rows.append(
            f'<tr class="item" id="{row_id}-{i}" title="{_e(path)}"{mark_attr}>'
            f'<td class="n">{i}</td>'
            f'<td class="label">{label}{tag}{quoted}</td>'
            f'<td class="n value" data-sort="{_e(sort)}">'
            f"{_e(_value_text(table, entry))}</td>"
            f'<td class="matched">{match_cell}</td>'
            f"{extra}"
            f'<td class="nowrap" data-sort="{_e(verified or "")}">{trust}</td></tr>'
        )
    if not rows:
        return f"<p>No {_e(_words(table.item_list.name))}.</p>"
    described = [_capitalised(table.singular)]
    if table.tag is not None:
        described.append(_words(table.tag.label))
    heading = ", ".join(described)
    if table.quote is not None:
        heading = f"{heading} and {_words(table.quote.name)}"
    headers = "".join(f"<th>{_e(column.label)}</th>" for column in table.columns)
    return (
        f'<table class="sortable" id="{_e(_slug(table.item_list.name))}"><thead><tr><th>#</th>'
        f"<th>{_e(heading)}</th><th>Value</th><th>Match</th>{headers}"
        f"<th>Verified</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _trust_title(verified: Verified, item: CheckItem | None) -> str:
    if verified is Verified.CHANGED:
        return (
            "the stored check of this value disagrees with the one recomputed now, or the "
            "source changed: edited since extraction"
        )
    if verified is Verified.SOURCE_MISSING:
        return "the source is gone: nothing is proven"
    return f"{item.path} = {item.value}" if item else ""


def _ungrounded_list(view: ArticleView) -> str:
    items = [
        f'<li class="{CLASS_UNGROUNDED}" title="{_e(path)}"><code>{_e(path)}</code> = '
        f"<b>{_e(value)}</b>: {_e(view.check.why(path))}</li>"
        for path, value in view.check.ungrounded
    ]
    heading = f"<h2>Ungrounded values ({len(items)})</h2>"
    if view.check.verification is None:
        return heading + '<p class="muted">Not re-checked: the source or report is unusable.</p>'
    return heading + (
        f'<ul class="plain">{"".join(items)}</ul>' if items else '<p class="ok">None.</p>'
    )


def render_article_page(view: ArticleView) -> str:
    """The HTML page of one record: its text with marks beside its items' tables."""
    document = view.document
    marks: list[Highlight] = []
    if document is not None:
        verification = view.check.verification
        items = verification.items if verification is not None else ()
        marks = grounded_highlights(items, len(document.text))
        text_html = render_text(document.text, text_highlights(document.text, marks))
    else:
        text_html = '<p class="muted">(no text)</p>'
    state = view.state
    badges = _badge(state.value, STATE_LABELS[state])
    if view.checked:
        badges += f" <span>{view.grounded} of {view.checked} values grounded</span>"
    aside = []
    if view.error:
        aside.append(f'<p class="err"><b>{_e(state.value)}</b>: {_e(view.error)}</p>')
    aside.append(_ungrounded_list(view))
    for table in view.layout.tables:
        aside.append(
            f"<h2>{_e(table.title)} ({len(view.items(table))})</h2>"
            '<p class="legend muted">Click a row: its figure is marked in the text. '
            '<span><mark class="num grounded">number</mark> grounds a value</span>'
            '<span><mark class="num unused">number</mark> used by no value</span></p>'
            f'<div class="items">{_item_table(view, table, marks)}</div>'
        )
    aside.append(f"<h2>Article</h2>{_meta_table(view)}")
    body = (
        f'<header><p><a href="{INDEX_NAME}">← overview</a></p>'
        f"<h1>{_e(view.title)}</h1><p>{badges}</p></header><main>"
        + (f'<p class="note">{_e(view.note)}</p>' if view.note else "")
        + f'<div class="layout"><div class="text" id="text">{text_html}</div>'
        f"<aside>{''.join(aside)}</aside></div></main>"
    )
    return _page(view.title, body, SORT_SCRIPT + LINK_SCRIPT + FIT_SCRIPT)


def _page(title: str, body: str, script: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        f'<meta name="generator" content="{GENERATOR}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head>"
        f"<body>{body}<script>{script}</script></body></html>\n"
    )


# --- the overview --------------------------------------------------------------------------


def _item_heading(layout: ReviewLayout) -> str:
    """What the item a path belongs to is called: its list's item (``Place count``), or Item."""
    if len(layout.tables) == 1:
        return _capitalised(layout.tables[0].singular)
    return ITEM_HEADING


def _attention(views: Sequence[ArticleView], layout: ReviewLayout) -> str:
    """Failures, changed and unusable records, then every ungrounded value: the work to do."""
    problems = [v for v in views if v.state not in (RecordState.OK, RecordState.UNGROUNDED)]
    problems.sort(key=lambda v: (STATE_RANK[v.state], v.title))
    rows = [
        f'<tr data-state="{v.state.value}"><td>{_badge(v.state.value, STATE_LABELS[v.state])}</td>'
        f'<td><a href="{_e(v.page)}">{_e(v.title)}</a><br><small>{_e(v.check.source)}</small></td>'
        f'<td class="err">{_e(v.error or v.note)}</td></tr>'
        for v in problems
    ]
    values = [
        f'<tr><td><a href="{_e(v.page)}">{_e(v.title)}</a></td><td><code>{_e(path)}</code></td>'
        f'<td class="n value err">{_e(value)}</td><td>{_e(v.label_of(path))}</td>'
        f"<td>{_e(v.check.why(path))}</td></tr>"
        for v in sorted(views, key=lambda v: (STATE_RANK[v.state], v.title))
        for path, value in v.check.ungrounded
    ]
    parts = ['<section class="attention" id="attention"><h2>Needs a look first</h2>']
    if rows:
        parts.append(
            '<table id="problems"><thead><tr><th>State</th><th>Article</th><th>Why</th></tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>"
        )
    else:
        parts.append('<p class="ok">No failed, changed or unreadable records.</p>')
    parts.append(f"<h2>Ungrounded values ({len(values)})</h2>")
    if values:
        parts.append(
            '<table id="ungrounded-values"><thead><tr><th>Article</th><th>Path</th>'
            f"<th>Value</th><th>{_e(_item_heading(layout))}</th><th>Why</th></tr></thead>"
            f"<tbody>{''.join(values)}</tbody></table>"
        )
    else:
        parts.append('<p class="ok">Every re-checked value is in its article.</p>')
    parts.append("</section>")
    return "".join(parts)


TRUST_SERIES = (
    Series("grounded", COLOUR_GROUNDED),
    Series("ungrounded", COLOUR_UNGROUNDED),
    Series("changed", COLOUR_CHANGED),
    Series("unproven", COLOUR_UNPROVEN),
)
STATE_SERIES = (
    Series("all grounded", COLOUR_GROUNDED),
    Series("needs a look", COLOUR_UNGROUNDED),
)
_TRUST_SLOT = {Verified.GROUNDED: 0, Verified.UNGROUNDED: 1, Verified.CHANGED: 2}


def _top(
    counter: Mapping[str, list[int]],
    order: Sequence[str] | None = None,
    unplaced: frozenset[str] = frozenset(),
) -> list[Bar]:
    """Bars of the most frequent labels, the rest summed into one; values not given apart.

    The bar of values not given (:data:`UNKNOWN_LABEL`) is never summed with others: it
    comes last, after the summed bar, so the articles a field is missing from stay in sight.

    Args:
        counter: label -> counts (one per series).
        order: every label in the order to show the kept ones in (periods by date);
            None: by frequency.
        unplaced: labels of values with no place in the order (a period printed without
            its year): kept only where no placed label is left, shown after the placed ones.
    """
    ranked = [label for label in counter if label != UNKNOWN_LABEL]
    by_count = sorted(ranked, key=lambda k: (k in unplaced, -sum(counter[k]), k))
    kept = set(by_count[:CHART_MAX_BARS])
    labels = (
        by_count
        if order is None
        else sorted((k for k in order if k != UNKNOWN_LABEL), key=lambda k: k in unplaced)
    )
    bars = [Bar(label, tuple(counter[label])) for label in labels if label in kept]
    rest = [label for label in labels if label not in kept]
    if rest:
        width = len(counter[rest[0]])
        summed = tuple(sum(counter[label][i] for label in rest) for i in range(width))
        bars.append(Bar(f"{OTHER_BARS} {len(rest)}", summed))
    if UNKNOWN_LABEL in counter:
        bars.append(Bar(UNKNOWN_LABEL, tuple(counter[UNKNOWN_LABEL])))
    return bars


def _group_label(shown: FieldView, report: Mapping[str, Any]) -> str:
    """The bar an article counts in for a charted field."""
    return str(shown.show(report) or UNKNOWN_LABEL)


def _charts(views: Sequence[ArticleView], layout: ReviewLayout) -> str:
    figures: list[tuple[str, tuple[Series, ...], list[Bar]]] = []
    for table in layout.tables:
        if table.tag is None:
            continue
        tags: dict[str, list[int]] = {}
        for view in views:
            for i, item in view.items(table):
                slots = tags.setdefault(str(table.tag.show(item) or UNKNOWN_LABEL), [0] * 4)
                verified = view.verified(table, i, item)
                slots[_TRUST_SLOT.get(verified, 3) if verified else 3] += 1
        title = f"{table.title} per {_words(table.tag.label)}, by trust"
        figures.append((title, TRUST_SERIES, _top(tags)))
    for shown in layout.groups:
        counts: dict[str, list[int]] = {}
        keys: dict[str, str] = {}
        for view in views:
            if view.state is RecordState.FAILED:
                continue
            attention = 0 if view.state is RecordState.OK else 1
            label = _group_label(shown, view.report)
            counts.setdefault(label, [0, 0])[attention] += 1
            key = shown.sort_key(view.report)
            if key is not None:
                keys[label] = key
        order = None
        unplaced: frozenset[str] = frozenset()
        if shown.order is not None:
            order = sorted(counts, key=lambda k: keys.get(k, ""))
            # A value its order cannot place (an empty key) never takes the bar of one
            # that is placed.
            unplaced = frozenset(k for k in counts if keys.get(k) == "")
        bars = _top(counts, order, unplaced)
        figures.append((f"Articles per {_words(shown.label)}", STATE_SERIES, bars))
    return (
        '<section class="charts" id="charts">'
        + "".join(
            f"<figure><figcaption>{_e(title)}</figcaption>{bar_chart(title, series, bars)}</figure>"
            for title, series, bars in figures
        )
        + "</section>"
    )


def _cards(views: Sequence[ArticleView]) -> str:
    checked = sum(v.checked for v in views)
    grounded = sum(v.grounded for v in views)
    counts = Counter(v.state for v in views)
    share = f"{grounded / checked:.1%}" if checked else NO_VALUE
    cards = [
        ("", "articles", str(len(views))),
        ("", "values grounded", f"{share} <small>({grounded} of {checked})</small>"),
        ("alert" if counts[RecordState.FAILED] else "", "failed", str(counts[RecordState.FAILED])),
    ]
    for state in (RecordState.CHANGED, RecordState.UNGROUNDED, RecordState.SOURCE_MISSING):
        cards.append(("alert" if counts[state] else "", STATE_LABELS[state], str(counts[state])))
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card {css}"><b>{value}</b>{_e(label)}</div>'
            for css, label, value in cards
        )
        + "</div>"
    )


def _column_cell(shown: FieldView, report: Mapping[str, Any]) -> str:
    """One field's cell in a table row: an object with an order sorts by it."""
    value = _e(shown.show(report))
    if shown.group is None:
        return f"<td>{value}</td>"
    key = shown.sort_key(report)
    sort = "" if key is None else f' data-sort="{_e(key)}"'
    return f'<td class="{_e(_slug(shown.name))} nowrap"{sort}>{value}</td>'


def _articles_table(views: Sequence[ArticleView], layout: ReviewLayout) -> str:
    rows = []
    ordered = sorted(views, key=lambda v: (STATE_RANK[v.state], -len(v.check.ungrounded), v.title))
    group = layout.groups[0] if layout.groups else None
    for v in ordered:
        share = v.grounded / v.checked if v.checked else None
        share_text = NO_VALUE if share is None else f"{share:.0%} ({v.grounded}/{v.checked})"
        data_group = "" if group is None else f' data-group="{_e(str(group.show(v.report) or ""))}"'
        cells = "".join(_column_cell(shown, v.report) for shown in layout.columns)
        counts = "".join(f'<td class="n">{len(v.items(table))}</td>' for table in layout.tables)
        rows.append(
            f'<tr data-state="{v.state.value}"{data_group}>'
            f'<td data-sort="{STATE_RANK[v.state]}">{_badge(v.state.value, STATE_LABELS[v.state])}'
            f"</td>"
            f'<td><a href="{_e(v.page)}">{_e(v.title)}</a><br><small>{_e(v.check.source)}</small>'
            f"</td>{cells}{counts}"
            f'<td class="n" data-sort="{-1 if share is None else round(share, 4)}">'
            f"{_e(share_text)}</td>"
            f'<td class="err">{_e(v.error)}</td></tr>'
        )
    state_options = "".join(
        f'<option value="{s.value}">{_e(STATE_LABELS[s])}</option>' for s in RecordState
    )
    group_select = ""
    if group is not None:
        values = sorted({str(group.show(v.report)) for v in views if group.show(v.report)})
        options = "".join(f'<option value="{_e(value)}">{_e(value)}</option>' for value in values)
        group_select = (
            f'<select id="filter-group"><option value="">every {_e(_words(group.label))}</option>'
            f"{options}</select>"
        )
    searched = ", ".join(
        [
            _words(layout.title.name) if layout.title is not None else "title",
            "source",
            *(_words(shown.label) for shown in layout.columns[:1]),
        ]
    )
    headers = "".join(f"<th>{_e(shown.label)}</th>" for shown in layout.columns) + "".join(
        f"<th>{_e(table.title)}</th>" for table in layout.tables
    )
    return (
        "<h2>Articles</h2>"
        '<div class="filters"><input id="filter-text" type="search" '
        f'placeholder="Filter: words in {_e(searched)} ...">'
        f'<select id="filter-state"><option value="">every state</option>{state_options}</select>'
        f"{group_select}"
        '<span class="muted">showing <span id="filter-count"></span>; '
        "click a column to sort</span></div>"
        '<table class="sortable" id="articles"><thead><tr><th>State</th><th>Article</th>'
        f"{headers}<th>Grounded</th>"
        f"<th>Error</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def render_index(views: Sequence[ArticleView], layout: ReviewLayout) -> str:
    """The overview: counts, the work to do first, charts, then every article."""
    body = (
        "<header><h1>baocao review</h1>"
        "<p>Every value re-checked against its article now, not read from the records.</p>"
        f"{_cards(views)}</header><main>"
        f"{_attention(views, layout)}<h2>Counts</h2>{_charts(views, layout)}"
        f"{_articles_table(views, layout)}</main>"
    )
    return _page("baocao review", body, SORT_SCRIPT + FILTER_SCRIPT)


# --- writing -------------------------------------------------------------------------------


def _previous_pages(out_dir: Path) -> set[str]:
    """Pages an earlier run wrote into ``out_dir`` (its manifest; legacy positional pages)."""
    pages: set[str] = set()
    manifest = out_dir / MANIFEST_NAME
    try:
        listed = json.loads(manifest.read_text(encoding="utf-8")).get("pages", [])
        pages.update(p for p in listed if isinstance(p, str) and PAGE_PATTERN.fullmatch(p))
    except (OSError, ValueError, AttributeError):
        pass
    index = out_dir / INDEX_NAME
    try:
        ours = "<title>baocao review</title>" in index.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        ours = False
    if ours:
        pages.update(p.name for p in out_dir.iterdir() if LEGACY_PAGE_PATTERN.fullmatch(p.name))
    return pages


def write_review_site(
    records: RecordsOrPath,
    out_dir: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    root: str | os.PathLike[str] | None = None,
    schema: str | None = None,
) -> Path:
    """Write the review site for some records into ``out_dir``, each re-verified.

    Args:
        records: extraction records, one page each, as given: pass
            :func:`baocao.records.current_records` of a file's records for one page per source;
            or the path of a records file, whose latest record per source is used (as
            ``baocao review`` does).
        out_dir: the folder to write (created). Pages an earlier run wrote that this one does
            not are removed; other files are left alone.
        max_bytes: size limit used when re-loading each source document.
        root: the folder relative source paths are read from (default: the current one).
        schema: report type of records that do not name one (default
            :data:`~baocao.settings.DEFAULT_SCHEMA`) or whose schema file is gone; it must
            be the type the others name.

    Returns:
        The path of ``index.html``.

    Raises:
        RecordError: the folder or a page cannot be written, or a records file given cannot
            be read.
        TypeError: ``records`` are neither records nor a path.
        SchemaError: a record's report type cannot be loaded, the records are of several
            types (or of another than ``schema``), or the type's review declarations name no
            field of it.
    """
    out_dir = Path(out_dir)
    root = None if root is None else Path(root)
    listed = given_records(records, "write_review_site")
    names = page_names(listed)
    good = (record.schema for record in listed if record.ok)
    layout = review_layout(one_report_type(good, schema))
    views: list[ArticleView] = []
    existed = out_dir.is_dir()
    try:
        stale = _previous_pages(out_dir) - set(names) if existed else set()
        # Built beside out_dir and moved in at the end: a stop or an error part-way leaves
        # the previous site (or none) as it was.
        with staged_folder(out_dir, last=(INDEX_NAME,), remove=sorted(stale)) as building:
            for record, name in zip(listed, names, strict=True):
                view = _view(record, name, layout, schema, max_bytes, root)
                (building / name).write_text(render_article_page(view), encoding="utf-8")
                views.append(view)
            (building / INDEX_NAME).write_text(render_index(views, layout), encoding="utf-8")
            (building / MANIFEST_NAME).write_text(
                json.dumps({"generator": GENERATOR, "pages": names}, indent=1) + "\n",
                encoding="utf-8",
            )
    except PartlyMovedError as err:
        raise RecordError(
            f"cannot write the review site to {out_dir}: {err.strerror} (after {err.moved} of "
            f"its {err.total} new files were moved in, under the previous index: run the same "
            "command again once the cause is fixed)"
        ) from err
    except OSError as err:
        left = "was left as it was" if existed else "was not created"
        raise RecordError(
            f"cannot write the review site to {out_dir}: {err.strerror} ({out_dir} {left})"
        ) from err
    index = out_dir / INDEX_NAME
    logger.info("wrote %d article pages to %s, removed %d stale", len(views), out_dir, len(stale))
    return index
