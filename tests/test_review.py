"""review: the static site, its highlights and escaping, rendered in headless Chromium."""

from __future__ import annotations

import copy
import html
import json
import re
import shutil
import struct
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import baocao.review
from baocao.crosscheck import verify
from baocao.documents import load_document
from baocao.errors import RecordError
from baocao.numerals import find_numbers
from baocao.record import SourceInfo, Usage
from baocao.records import Record, recheck_record
from baocao.review import page_names, write_review_site
from baocao.schemas import load_report_type

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "articles" / "000_653dcc8e01e3b730.txt"
GOLD = REPO / "examples" / "gold" / "000_653dcc8e01e3b730.json"
# Another article; its record carries the sample's gold report (the page name is what counts).
OTHER = REPO / "examples" / "articles" / "001_333e15b3b1bec5ad.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_TIMEOUT_S = 60
HOSTILE = '<script>alert("x")</script> & "quotes"'
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Colours of the highlights in review.STYLE, as RGB.
GREEN = (0xAC, 0xEE, 0xBB)
GREY = (0xE1, 0xE4, 0xE8)
RED_BACKGROUND = (0xFF, 0xEB, 0xE9)
COLOUR_TOLERANCE = 6


def _record(path: Path) -> Record:
    """A record of the sample as extraction writes it: the gold report, verified."""
    document = load_document(path)
    report = json.loads(GOLD.read_text(encoding="utf-8"))
    report["organizer"] = HOSTILE
    model = load_report_type("health_review").model.model_validate(report)
    return Record(
        SourceInfo(str(path), document.sha256),
        report=report,
        verification=verify(model, document),
        usage=Usage(prompt_tokens=10, completion_tokens=5),
    )


def _edited(record: Record) -> Record:
    """The record with its first value changed 75 -> 76, as an analyst correcting by hand."""
    edited = copy.deepcopy(record)
    assert edited.report is not None
    assert edited.report["indicators"][0]["value"] == 75
    edited.report["indicators"][0]["value"] = 76
    return edited


FAILED = Record.from_json(
    {
        "source": {"path": "empty.txt", "sha256": ""},
        "report": None,
        "verification": None,
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "cost_usd": 0.0},
        "cached": False,
        "error": {"type": "DocumentError", "message": "empty.txt: the file is empty <b>"},
    }
)


@dataclass
class Site:
    """A review site of: the sample (all grounded), a failed record, the sample edited by
    hand (a copy of the article), a record whose source is gone."""

    index: Path
    good: Path
    edited: Path
    failed: Path
    missing: Path

    def page(self, path: Path) -> str:
        return path.read_text(encoding="utf-8")


def _page_of(site_dir: Path, source: str) -> Path:
    """The article page whose header or note names ``source``."""
    for page in site_dir.glob("article-*.html"):
        if f"<td>Source</td><td>{source}</td>" in page.read_text(encoding="utf-8"):
            return page
    raise AssertionError(f"no page for {source}")


@pytest.fixture
def site(tmp_path: Path) -> Site:
    copy_path = tmp_path / "bản sao.txt"
    shutil.copy(SAMPLE, copy_path)
    gone = tmp_path / "gone.txt"
    shutil.copy(SAMPLE, gone)
    gone.write_text("Bài đã xoá: 12 cơ sở.\n" + SAMPLE.read_text(encoding="utf-8"), "utf-8")
    records = [_record(SAMPLE), FAILED, _edited(_record(copy_path)), _record(gone)]
    gone.unlink()
    site_dir = tmp_path / "site"
    index = write_review_site(records, site_dir)
    failed = site_dir / page_names([FAILED])[0]
    return Site(
        index,
        _page_of(site_dir, str(SAMPLE)),
        _page_of(site_dir, str(copy_path)),
        failed,
        _page_of(site_dir, str(gone)),
    )


def test_pages_are_named_by_the_sources_sha256(site: Site) -> None:
    sha256 = load_document(SAMPLE).sha256
    # The hand-edited copy has the same text: both pages get their path's hash too.
    assert site.good.name.startswith(f"article-{sha256[:12]}-")
    assert site.edited.name.startswith(f"article-{sha256[:12]}-")
    index = site.page(site.index)
    for page in (site.good, site.edited, site.failed, site.missing):
        assert f'href="{page.name}"' in index


def test_overview_puts_failures_and_ungrounded_values_first(site: Site) -> None:
    index = site.page(site.index)
    articles = index[index.index('id="articles"') :]
    order = [articles.index(f'href="{p.name}"') for p in (site.failed, site.edited, site.good)]
    assert order == sorted(order), "failed, then changed, then all grounded"
    # The work to do comes before the counts and the list of articles.
    assert index.index('id="attention"') < index.index('id="charts"') < index.index('id="articles"')
    attention = index[index.index('id="attention"') : index.index('id="charts"')]
    assert "DocumentError: empty.txt: the file is empty &lt;b&gt;" in attention
    assert "<code>indicators[0].value</code>" in attention and ">76<" in attention
    assert "changed since extraction" in attention and "source missing" in attention


def test_overview_counts_and_charts(site: Site) -> None:
    index = site.page(site.index)
    # The sample and its hand-edited copy are checked (one edited value is not in the text);
    # the failed record and the one whose source is gone give no checked value.
    check = recheck_record(_record(SAMPLE)).verification
    assert check is not None
    checked = 2 * check.checked
    assert f"<small>({checked - 1} of {checked})</small></b>values grounded" in index
    assert "<b>1</b>failed" in index
    assert "4</b>articles" in index
    charts = index[index.index('id="charts"') : index.index('id="articles"')]
    assert charts.count("<svg") == 3
    assert "Indicators per category" in charts and "technical_services" in charts
    assert "Đắk Nông" in charts and ">2023<" in charts
    assert 'id="filter-text"' in index and 'class="sortable"' in index


def test_a_value_edited_by_hand_is_marked_changed_not_grounded(site: Site) -> None:
    page = site.page(site.edited)
    first = re.search(r'<tr class="item" id="indicator-0".*?</tr>', page)
    assert first is not None
    assert 'class="badge changed"' in first.group(0)
    assert "✓ grounded" not in first.group(0)
    assert "changed since extraction" in page
    assert re.search(r'<li class="ungrounded"[^>]*><code>indicators\[0\]\.value</code>', page)
    # The unedited record is all grounded.
    good = site.page(site.good)
    assert "all grounded" in good and 'class="badge changed"' not in good


def test_a_missing_source_is_said_and_nothing_is_shown_as_grounded(site: Site) -> None:
    page = site.page(site.missing)
    assert "is missing" in page
    assert "✓" not in page
    assert 'class="badge source_missing"' in page
    assert 'class="num grounded"' not in page.split('id="text"')[1].split("</div>")[0]


def test_article_page_marks_grounded_and_unused_numbers(site: Site) -> None:
    page = site.page(site.good)
    mention = next(m for m in find_numbers(load_document(SAMPLE).text) if m.raw == "75")
    assert re.search(
        rf'<mark id="m-{mention.start}" class="num grounded" title="[^"]*indicators\[0\]\.value'
        r' = 75[^"]*">75</mark>',
        page,
    )
    assert page.count('class="num unused"') > 10


def test_the_legend_prints_no_number_a_reader_could_take_for_a_count(site: Site) -> None:
    page = site.page(site.good)
    legend = re.search(r'<p class="legend muted">(.*?)</p>', page)
    assert legend is not None
    assert not re.search(r"\d", legend.group(1)), legend.group(1)


def test_each_figure_links_to_its_span_and_says_how_it_matched(site: Site) -> None:
    page = site.page(site.good)
    rows = re.findall(r'<tr class="item" [^>]*data-mark="(m-\d+)"[^>]*>(.*?)</tr>', page)
    assert rows, "indicator rows link to their marks"
    for mark, row in rows:
        assert f'id="{mark}"' in page
        assert f'href="#{mark}"' in row
    kinds = set(re.findall(r'class="match (\w+)"', page))
    assert {"exact", "percent", "ratio_side"} <= kinds
    ratio = next(row for _, row in rows if "ratio_side" in row)
    assert "“2939”" in ratio  # the printed side the value matched
    # Every mark says on hover how each of its values matched, denominators too.
    assert re.search(r'title="indicators\[\d+\]\.denominator = 4431 \(ratio_side\)"', page)


def test_indicator_table_gives_each_indicator_its_own_period(site: Site) -> None:
    page = site.page(site.good)
    rows = re.findall(r'<tr class="item"[^>]*>(.*?)</tr>', page)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in rows]
    assert cells[0][0] == "0" and cells[0][2] == "75 kỹ thuật" and cells[0][4] == "2023"
    assert cells[2][4] == ""  # the gold gives this stock figure no period


def test_indicator_table_says_what_each_figure_measures(site: Site) -> None:
    page = site.page(site.good)
    assert "<th>Measure</th>" in page
    rows = re.findall(r'<tr class="item"[^>]*>(.*?)</tr>', page)
    measures = [re.findall(r"<td[^>]*>(.*?)</td>", row)[5] for row in rows]
    # Sample 000's "94%" of the plan is a share of target: it must not be summed as a level.
    assert "share_of_target" in measures and measures.count("level") == len(measures) - 1


def test_everything_from_records_is_escaped(site: Site) -> None:
    for page in site.index.parent.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text, page.name
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in site.page(site.good)


def test_the_site_needs_no_network(site: Site) -> None:
    for page in site.index.parent.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)="(https?:)?//', text), page.name
        assert "<link" not in text, page.name


def test_an_edited_source_is_said_and_marked_where_its_values_are_now(tmp_path: Path) -> None:
    copy_path = tmp_path / "bài báo.txt"
    shutil.copy(SAMPLE, copy_path)
    record = _record(copy_path)
    copy_path.write_text("Thêm 12 dòng.\n" + SAMPLE.read_text(encoding="utf-8"), "utf-8")
    write_review_site([record], tmp_path / "site")
    page = next((tmp_path / "site").glob("article-*.html")).read_text(encoding="utf-8")
    assert "has changed since it was extracted" in page
    assert 'class="badge changed"' in page
    # Marks are drawn from the check recomputed on the current text: the 75 is still found.
    text = load_document(copy_path).text
    start = text.index(" 75 ") + 1
    assert f'<mark id="m-{start}" class="num grounded"' in page


def test_page_names_do_not_depend_on_order(tmp_path: Path) -> None:
    copy_path = tmp_path / "bản sao.txt"
    shutil.copy(SAMPLE, copy_path)
    records = [_record(SAMPLE), _record(OTHER), _record(copy_path), FAILED]
    names = page_names(records)
    assert names[1] == f"article-{load_document(OTHER).sha256[:12]}.html"
    assert len(set(names)) == len(records)
    assert page_names(records[::-1]) == names[::-1]


def test_a_rewrite_removes_its_stale_pages_and_nothing_else(tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    mine = [site_dir / "notes.txt", site_dir / "article-draft.html"]
    for path in mine:
        path.write_text("my own file", encoding="utf-8")
    first, second = _record(SAMPLE), _record(OTHER)
    write_review_site([first, second], site_dir)
    before = {p.name for p in site_dir.glob("article-*.html")}
    write_review_site([second], site_dir)
    after = {p.name for p in site_dir.glob("article-*.html")}
    assert after == {page_names([second])[0], "article-draft.html"}
    assert len(before - after) == 1
    assert all(path.read_text(encoding="utf-8") == "my own file" for path in mine)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_a_review_stopped_part_way_leaves_the_previous_site_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "notes.txt").write_text("my own file", encoding="utf-8")
    write_review_site([_record(SAMPLE)], site_dir)
    previous = _snapshot(site_dir)
    real_view = baocao.review._view
    views = 0

    def view_then_stop(*args: Any, **kwargs: Any) -> Any:
        nonlocal views
        views += 1
        if views == 2:  # the first page is built, the second never is: Ctrl-C
            raise KeyboardInterrupt
        return real_view(*args, **kwargs)

    monkeypatch.setattr("baocao.review._view", view_then_stop)
    with pytest.raises(KeyboardInterrupt):
        write_review_site([_record(OTHER), _record(SAMPLE)], site_dir)
    assert _snapshot(site_dir) == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"], "nothing left beside it"
    views = 0
    with pytest.raises(KeyboardInterrupt):
        write_review_site([_record(OTHER), _record(SAMPLE)], tmp_path / "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"], "a new site is not written"
    monkeypatch.setattr("baocao.review._view", real_view)
    write_review_site([_record(OTHER)], site_dir)  # the next run replaces it as usual
    assert (
        "notes.txt" in _snapshot(site_dir) and (site_dir / page_names([_record(OTHER)])[0]).exists()
    )
    assert not (site_dir / page_names([_record(SAMPLE)])[0]).exists()


def test_a_review_that_cannot_be_written_says_what_became_of_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [_record(SAMPLE), _record(OTHER)]
    real_render = baocao.review.render_article_page

    def full_disk(view: Any) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("baocao.review.render_article_page", full_disk)
    with pytest.raises(RecordError, match=r"new was not created"):
        write_review_site(records, tmp_path / "new")
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    with pytest.raises(RecordError, match=r"site was left as it was"):
        write_review_site(records, site_dir)
    monkeypatch.setattr("baocao.review.render_article_page", real_render)
    second = sorted(page_names(records))[1]
    (site_dir / second).mkdir()  # a folder in the way of the second page moved in
    (site_dir / second / "mine.txt").write_text("mine", encoding="utf-8")
    # the manifest and the first page are in; the index is not
    with pytest.raises(RecordError, match=r"after 2 of its 4 new files were moved in"):
        write_review_site(records, site_dir)


def test_a_rewrite_removes_positional_pages_of_an_older_site(tmp_path: Path) -> None:
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "index.html").write_text("<title>baocao review</title>", encoding="utf-8")
    (site_dir / "article-00001.html").write_text("old", encoding="utf-8")
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "article-00001.html").write_text("not ours", encoding="utf-8")
    write_review_site([_record(SAMPLE)], site_dir)
    write_review_site([_record(SAMPLE)], other)
    assert not (site_dir / "article-00001.html").exists()
    assert (other / "article-00001.html").read_text(encoding="utf-8") == "not ours"


@pytest.mark.parametrize(
    ("scenario", "period", "label"),
    [
        ("year", {"kind": "year", "year": 2023, "index": None}, "2023"),
        ("quarter", {"kind": "quarter", "year": 2023, "index": 2}, "Q2/2023"),
        ("first half", {"kind": "half_year", "year": 2020, "index": 1}, "H1/2020"),
        ("month", {"kind": "month", "year": 2023, "index": 5}, "M5/2023"),
        ("other with index", {"kind": "other", "year": 2023, "index": 3}, "other 3/2023"),
        ("nine months", {"kind": "nine_months", "year": 2024}, "nine_months 2024"),
        ("year unknown", {"kind": "half_year", "year": None, "index": 1}, "H1/?"),
        ("missing", None, ""),
    ],
)
def test_describe_period(scenario: str, period: dict[str, Any] | None, label: str) -> None:
    # health_review's way of writing a period, declared beside its schema (REVIEW_TEXT).
    describe_period = load_report_type("health_review").declared("describe_period")
    assert callable(describe_period)
    assert describe_period(period) == label, scenario


# --- headless Chromium --------------------------------------------------------------------


def _decode_png(data: bytes) -> tuple[int, int, list[bytes], int]:
    """(width, height, unfiltered RGB(A) rows, bytes per pixel) of an 8-bit PNG."""
    assert data.startswith(PNG_SIGNATURE)
    position, chunks, header = len(PNG_SIGNATURE), [], b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    assert depth == 8, "the screenshot is an 8-bit PNG"
    bpp = {2: 3, 6: 4}[colour_type]
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    rows: list[bytes] = []
    previous = bytearray(stride)
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
                guess = left + up - corner
                pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows, bpp


def _colours(rows: list[bytes], bpp: int) -> set[tuple[int, int, int]]:
    colours: set[tuple[int, int, int]] = set()
    for row in rows:
        colours.update(zip(row[0::bpp], row[1::bpp], row[2::bpp], strict=True))
    return colours


def _has_colour(colours: set[tuple[int, int, int]], colour: tuple[int, int, int]) -> bool:
    return any(
        all(abs(seen[c] - colour[c]) <= COLOUR_TOLERANCE for c in range(3)) for seen in colours
    )


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'chromium-profile'}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=CHROMIUM_TIMEOUT_S,
        check=True,
    )


NEEDS_CHROMIUM = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (install it with: make chromium)"
)
# From this width up the article's indicator table fits its panel without scrolling: a laptop.
FITS_WIDTH = 1400
# The commonest laptop window, narrower: the table still fits there, its header must stick.
SMALL_LAPTOP_WIDTH = 1366
# A narrower window (a small laptop or a tablet), where the table scrolls inside its panel.
NARROW_WIDTH = 1000
WINDOW_HEIGHT = 900
# The window the review is checked at: a laptop screen.
WINDOW = f"--window-size={FITS_WIDTH},{WINDOW_HEIGHT}"
# Lines a value or a period cell of the indicator table may take at FITS_WIDTH.
MAX_CELL_LINES = 1
# How far the page is scrolled past the indicator table's top to check its header sticks.
SCROLL_INTO_TABLE_PX = 300


def _probe(tmp_path: Path, page: Path, script: str, window: str = WINDOW) -> Any:
    """Run ``script`` in ``page`` once loaded, in headless Chromium (``window`` sized); its
    JSON result.

    The script is an expression; its value is left in the body's ``data-probe`` attribute of
    a copy of the page (beside it, so relative links still work) and read back from the DOM.
    """
    probe = page.parent / f"probe-{page.name}"
    hook = (
        '<script>window.addEventListener("load", function () {'
        f'document.body.setAttribute("data-probe", JSON.stringify(({script})));'
        "});</script></body>"
    )
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", hook), "utf-8")
    try:
        dom = _chromium(tmp_path, window, "--dump-dom", probe.resolve().as_uri()).stdout
    finally:
        probe.unlink()
    found = re.search(r'<body data-probe="([^"]*)"', dom)
    assert found, "the probe did not run"
    return json.loads(html.unescape(found.group(1)))


@pytest.mark.chromium
@NEEDS_CHROMIUM
def test_article_page_renders_in_headless_chromium(site: Site, tmp_path: Path) -> None:
    shot = tmp_path / "article.png"
    _chromium(tmp_path, f"--screenshot={shot}", WINDOW, site.edited.resolve().as_uri())
    width, height, rows, bpp = _decode_png(shot.read_bytes())
    assert (width, height) == (1400, 900)
    luminance = [row[i] for row in rows[::8] for i in range(0, len(row), bpp * 8)]
    mean = sum(luminance) / len(luminance)
    variance = sum((v - mean) ** 2 for v in luminance) / len(luminance)
    assert variance > 100, "the screenshot is blank"
    colours = _colours(rows, bpp)
    assert _has_colour(colours, GREEN), "no green (grounded) highlight drawn"
    assert _has_colour(colours, GREY), "no grey (unused number) highlight drawn"
    assert _has_colour(colours, RED_BACKGROUND), "no red (ungrounded) value drawn"


CLICK_PROBE = """(function () {
  var row = document.getElementById("indicator-ROW");
  row.click();
  var mark = document.querySelector("mark.current");
  var pane = document.getElementById("text").getBoundingClientRect();
  var box = mark ? mark.getBoundingClientRect() : null;
  return {
    mark: mark && mark.id, wanted: row.getAttribute("data-mark"),
    text: mark && mark.textContent, row: row.classList.contains("current"),
    visible: !!box && box.top >= Math.max(pane.top, 0) &&
      box.bottom <= Math.min(pane.bottom, window.innerHeight),
    marks: document.querySelectorAll("mark.current").length
  };
})()"""


@pytest.mark.chromium
@NEEDS_CHROMIUM
def test_clicking_an_indicator_marks_its_figure_in_view(site: Site, tmp_path: Path) -> None:
    # The last indicator's figure is far down the article, out of view before the click.
    last = len(json.loads(GOLD.read_text(encoding="utf-8"))["indicators"]) - 1
    before = _probe(
        tmp_path,
        site.good,
        f"(function () {{ var m = document.getElementById("
        f"document.getElementById('indicator-{last}').getAttribute('data-mark'));"
        "return m.getBoundingClientRect().top > window.innerHeight; })()",
    )
    assert before is True, "the figure starts out of view"
    result = _probe(tmp_path, site.good, CLICK_PROBE.replace("ROW", str(last)))
    assert result["mark"] == result["wanted"] and result["marks"] == 1
    assert result["visible"], result
    assert result["row"]
    assert (
        result["text"]
        == load_document(SAMPLE).text[int(result["mark"][2:]) :][: len(result["text"])]
    )


@pytest.mark.chromium
@NEEDS_CHROMIUM
def test_indicator_table_is_readable_at_1400_px(site: Site, tmp_path: Path) -> None:
    lines = _probe(
        tmp_path,
        site.good,
        """Array.prototype.map.call(
          document.querySelectorAll("#indicators td.value, #indicators td.period"),
          function (cell) {
            var range = document.createRange();
            range.selectNodeContents(cell);
            var tops = {};
            Array.prototype.forEach.call(range.getClientRects(), function (r) {
              tops[Math.round(r.top)] = true;
            });
            return Object.keys(tops).length;
          })""",
    )
    assert lines and max(lines) <= MAX_CELL_LINES, lines


# Where the indicator table's right edge and its Verified badges end, against its panel's,
# and whether the table's box scrolls sideways.
FIT_PROBE = """(function () {
  var panel = document.querySelector("aside").getBoundingClientRect();
  var table = document.getElementById("indicators");
  var box = table.parentElement;
  var badges = Array.prototype.map.call(
    document.querySelectorAll("#indicators tbody td:last-child .badge"),
    function (badge) { return badge.getBoundingClientRect().right; });
  return {
    panel: panel.right, table: table.getBoundingClientRect().right,
    scrolls: box.scrollWidth > box.clientWidth, boxScrolls: getComputedStyle(box).overflowX,
    cue: box.classList.contains("scrolls") &&
      getComputedStyle(box, "::before").content.indexOf("sideways") >= 0,
    badge: Math.max.apply(null, badges), page: document.documentElement.scrollWidth,
    window: window.innerWidth
  };
})()"""


@pytest.mark.chromium
@NEEDS_CHROMIUM
@pytest.mark.parametrize(
    "width",
    [pytest.param(FITS_WIDTH, id="laptop"), pytest.param(NARROW_WIDTH, id="narrow")],
)
def test_indicator_table_stays_inside_its_panel(site: Site, tmp_path: Path, width: int) -> None:
    # A changed record's badge ("changed" and the re-check's mark) is the widest Verified cell.
    for page in (site.good, site.edited):
        found = _probe(tmp_path, page, FIT_PROBE, f"--window-size={width},{WINDOW_HEIGHT}")
        assert found["page"] <= found["window"], ("the page scrolls sideways", found)
        if width >= FITS_WIDTH:  # a laptop: the whole table is seen, every badge in full
            assert found["table"] <= found["panel"] and found["badge"] <= found["panel"], found
            assert not found["scrolls"], found
        else:  # narrower: the table is wider than its panel and scrolls inside its box
            assert found["table"] > found["panel"], found
            assert found["scrolls"] and found["boxScrolls"] == "auto", found
            assert found["cue"], ("nothing says the table scrolls sideways", found)


# The indicator table's header, once the page is scrolled past the table's top: where it is.
STICKY_PROBE = f"""(function () {{
  var table = document.getElementById("indicators");
  var top = table.getBoundingClientRect().top + window.scrollY;
  window.scrollTo(0, top + {SCROLL_INTO_TABLE_PX});
  return {{
    scrolled: window.scrollY, tableTop: table.getBoundingClientRect().top,
    header: table.tHead.rows[0].cells[0].getBoundingClientRect().top
  }};
}})()"""


@pytest.mark.chromium
@NEEDS_CHROMIUM
@pytest.mark.parametrize(
    "width",
    [pytest.param(FITS_WIDTH, id="laptop"), pytest.param(SMALL_LAPTOP_WIDTH, id="small-laptop")],
)
def test_indicator_table_header_sticks_when_the_page_scrolls(
    site: Site, tmp_path: Path, width: int
) -> None:
    found = _probe(tmp_path, site.good, STICKY_PROBE, f"--window-size={width},{WINDOW_HEIGHT}")
    assert found["tableTop"] < 0, ("the page did not scroll into the table", found)
    assert found["header"] >= 0, ("the header scrolled away with the table", found)


# In a narrow window: the boxed table, brought to the window's top and scrolled down inside
# its box; where its header is against the box.
BOXED_STICKY_PROBE = f"""(function () {{
  var table = document.getElementById("indicators");
  var box = table.parentElement;
  window.scrollTo(0, box.getBoundingClientRect().top + window.scrollY);
  box.scrollTop = {SCROLL_INTO_TABLE_PX};
  return {{
    boxed: box.classList.contains("scrolls"), scrolled: box.scrollTop,
    boxTop: box.getBoundingClientRect().top,
    header: table.tHead.rows[0].cells[0].getBoundingClientRect().top
  }};
}})()"""
# A window short enough that the boxed table is taller than it.
SHORT_WINDOW_HEIGHT = 400


@pytest.mark.chromium
@NEEDS_CHROMIUM
def test_a_boxed_table_keeps_its_header_in_view_as_it_scrolls_down(
    site: Site, tmp_path: Path
) -> None:
    window = f"--window-size={NARROW_WIDTH},{SHORT_WINDOW_HEIGHT}"
    found = _probe(tmp_path, site.good, BOXED_STICKY_PROBE, window)
    assert found["boxed"] and found["scrolled"] > 0, ("the box did not scroll down", found)
    assert found["header"] >= found["boxTop"] - 1, ("the header scrolled out of its box", found)


@pytest.mark.chromium
@NEEDS_CHROMIUM
def test_index_sorts_when_a_header_is_clicked(site: Site, tmp_path: Path) -> None:
    order = _probe(
        tmp_path,
        site.index,
        """(function () {
          var headers = document.querySelectorAll("#articles th");
          headers[5].click();  // Indicators, ascending
          headers[5].click();  // again: descending (the page opens with the failed record first)
          return Array.prototype.map.call(
            document.querySelectorAll("#articles tbody tr td:nth-child(6)"),
            function (cell) { return parseInt(cell.textContent, 10); });
        })()""",
    )
    assert order == sorted(order, reverse=True) and order[-1] == 0 and order[0] > 0


@pytest.mark.chromium
@NEEDS_CHROMIUM
def test_index_filters_by_state(site: Site, tmp_path: Path) -> None:
    shown = _probe(
        tmp_path,
        site.index,
        """(function () {
          var state = document.getElementById("filter-state");
          state.value = "changed";
          state.dispatchEvent(new Event("input"));
          return {
            rows: Array.prototype.filter.call(
              document.querySelectorAll("#articles tbody tr"),
              function (row) { return !row.hidden; }).length,
            count: document.getElementById("filter-count").textContent
          };
        })()""",
    )
    assert shown == {"rows": 1, "count": "1 of 4"}


def test_a_chart_keeps_the_most_frequent_periods_in_date_order_and_lumps_the_rest() -> None:
    # Eighteen early years with one article each, the reviewed year with thirty, and
    # periods printed without their year: the first 16 in date order would hide 2023.
    counts = {str(year): [1, 0] for year in range(2001, 2019)}
    counts["2023"] = [25, 5]
    counts["H1/?"] = [3, 0]
    counts["(not given)"] = [2, 0]
    order = ["(not given)", "H1/?", *(str(year) for year in range(2001, 2019)), "2023"]
    bars = baocao.review._top(counts, order, frozenset({"H1/?", "(not given)"}))
    labels = [bar.label for bar in bars]
    assert labels[-3] == "2023", "kept, in date order, before the lumped rest"
    assert labels[:-3] == [str(year) for year in range(2001, 2016)]
    assert labels[-2] == f"{baocao.review.OTHER_BARS} 4"  # 2016-2018, H1/?
    assert labels[-1] == "(not given)", "its own bar, last"
    assert sum(bar.total for bar in bars) == sum(map(sum, counts.values()))


def test_articles_without_a_province_keep_their_own_bar_last_beside_seventeen_provinces(
    tmp_path: Path,
) -> None:
    # Seventeen provinces (one more than a chart keeps) and thirty articles naming none:
    # the thirty were sunk below the provinces and summed into '(others)'.
    provinces = [f"Tỉnh {chr(ord('A') + i)}" for i in range(17)]
    records = []
    for i, province in enumerate([*provinces, *[None] * 30]):
        source = tmp_path / f"article-{i:02d}.txt"
        shutil.copyfile(SAMPLE, source)
        record = _record(source)
        assert record.report is not None
        record.report["province"] = province
        records.append(record)
    index = write_review_site(records, tmp_path / "site").read_text(encoding="utf-8")
    chart = index.split('aria-label="Articles per province"', 1)[1].split("</svg>", 1)[0]
    bars = re.findall(r"<g><title>([^<]*?): [^<]*</title>.*?>(\d+)</text></g>", chart)
    assert bars[-1] == ("(not given)", "30"), "its own bar, last"
    assert bars[-2] == (f"{baocao.review.OTHER_BARS} 1", "1"), "one province lumped, not the 30"
    assert len(bars) == 18


def test_a_chart_shows_periods_without_a_year_only_where_no_dated_one_is_left() -> None:
    counts = {"2022": [1, 0], "2023": [4, 0], "H1/?": [9, 0]}
    bars = baocao.review._top(counts, ["H1/?", "2022", "2023"], frozenset({"H1/?"}))
    assert [bar.label for bar in bars] == ["2022", "2023", "H1/?"]


@pytest.mark.parametrize(
    ("scenario", "period", "key"),
    [
        ("quarter", {"kind": "quarter", "year": 2023, "index": 2}, "2023202"),
        ("year", {"kind": "year", "year": 2023, "index": None}, "2023500"),
        ("no year", {"kind": "half_year", "year": None, "index": 1}, ""),
        ("none", None, ""),
    ],
)
def test_a_period_without_its_year_has_no_place_in_time(
    scenario: str, period: dict[str, Any] | None, key: str
) -> None:
    assert load_report_type("health_review").declared("REVIEW_ORDER")
    period_order = load_report_type("health_review").declared("REVIEW_ORDER")
    (order,) = period_order.values()
    assert order(period) == key, scenario
