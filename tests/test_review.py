"""review: the static site, its highlights and escaping, rendered in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest

from baocao.documents import load_document
from baocao.numerals import find_numbers
from baocao.review import INDEX_NAME, describe_period, write_review_site

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "articles" / "000_653dcc8e01e3b730.txt"
GOLD = REPO / "examples" / "gold" / "000_653dcc8e01e3b730.json"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_TIMEOUT_S = 60
HOSTILE = '<script>alert("x")</script> & "quotes"'
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Colours of the highlights in review.STYLE, as RGB.
GREEN = (0xAC, 0xEE, 0xBB)
GREY = (0xE1, 0xE4, 0xE8)
RED_BACKGROUND = (0xFF, 0xEB, 0xE9)
COLOUR_TOLERANCE = 6


def _record(path: Path) -> dict[str, Any]:
    """A record of the sample: one value grounded at a real mention, one found nowhere."""
    document = load_document(path)
    mention = next(m for m in find_numbers(document.text) if m.raw == "75")
    report = json.loads(GOLD.read_text(encoding="utf-8"))
    report["organizer"] = HOSTILE
    items = [
        {
            "path": "indicators[0].value",
            "value": "75",
            "target": "number",
            "status": "grounded",
            "spans": [[mention.start, mention.end]],
        },
        {
            "path": "indicators[1].value",
            "value": "999999",
            "target": "number",
            "status": "ungrounded",
            "spans": [],
        },
    ]
    return {
        "source": {"path": str(path), "sha256": document.sha256},
        "report": report,
        "verification": {
            "checked": 2,
            "grounded": 1,
            "ungrounded": [{"path": "indicators[1].value", "value": "999999"}],
            "items": items,
        },
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "cost_usd": 0.0},
        "cached": False,
        "error": None,
    }


FAILED = {
    "source": {"path": "empty.txt", "sha256": ""},
    "report": None,
    "verification": None,
    "usage": {"prompt_tokens": 0, "completion_tokens": 0, "cost_usd": 0.0},
    "cached": False,
    "error": {"type": "DocumentError", "message": "empty.txt: the file is empty <b>"},
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return write_review_site([_record(SAMPLE), FAILED], tmp_path / "site")


def test_index_links_every_record_with_its_grounded_share_and_error(site: Path) -> None:
    index = site.read_text(encoding="utf-8")
    assert site.name == INDEX_NAME
    assert 'href="article-00001.html"' in index and 'href="article-00002.html"' in index
    assert "50% (1/2)" in index
    assert "DocumentError: empty.txt: the file is empty &lt;b&gt;" in index
    assert 'class="sortable"' in index and "addEventListener" in index


def test_article_page_marks_grounded_unused_and_ungrounded_numbers(site: Path) -> None:
    page = (site.parent / "article-00001.html").read_text(encoding="utf-8")
    assert '<mark class="num grounded" title="indicators[0].value = 75">75</mark>' in page
    assert page.count('class="num unused"') > 10
    assert re.search(r'<li class="ungrounded"[^>]*><code>indicators\[1\]\.value</code>', page)
    assert "999999" in page


def test_indicator_table_gives_each_indicator_its_own_period(site: Path) -> None:
    page = (site.parent / "article-00001.html").read_text(encoding="utf-8")
    table = page[page.index("<th>Period</th>") :]
    rows = re.findall(r"<tr [^>]*>(.*?)</tr>", table)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in rows]
    assert cells[0][0] == "0" and cells[0][2:4] == ["75 kỹ thuật", "2023"]
    assert cells[2][3] == ""  # the gold gives this stock figure no period


def test_everything_from_records_is_escaped(site: Path) -> None:
    for page in site.parent.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text, page.name
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in (
        site.parent / "article-00001.html"
    ).read_text(encoding="utf-8")


def test_the_site_needs_no_network(site: Path) -> None:
    for page in site.parent.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)="(https?:)?//', text), page.name
        assert "<link" not in text, page.name


@pytest.mark.parametrize(
    ("scenario", "change_source", "note"),
    [
        ("source deleted", "delete", "is missing"),
        ("source edited", "edit", "has changed since it was extracted"),
    ],
)
def test_a_gone_or_changed_source_is_said_and_not_highlighted(
    tmp_path: Path, scenario: str, change_source: str, note: str
) -> None:
    copy = tmp_path / "bài báo.txt"
    shutil.copy(SAMPLE, copy)
    record = _record(copy)
    if change_source == "delete":
        copy.unlink()
    else:
        copy.write_text("Thêm 12 dòng.\n" + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    write_review_site([record], tmp_path / "site")
    page = (tmp_path / "site" / "article-00001.html").read_text(encoding="utf-8")
    assert note in page, scenario
    assert 'class="num grounded"' not in page.split("<aside>")[0], scenario


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


@pytest.mark.chromium
@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (install it with: make chromium)"
)
def test_article_page_renders_in_headless_chromium(site: Path, tmp_path: Path) -> None:
    page = (site.parent / "article-00001.html").resolve().as_uri()
    shot = tmp_path / "article.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", page)
    width, height, rows, bpp = _decode_png(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    luminance = [row[i] for row in rows[::8] for i in range(0, len(row), bpp * 8)]
    mean = sum(luminance) / len(luminance)
    variance = sum((v - mean) ** 2 for v in luminance) / len(luminance)
    assert variance > 100, "the screenshot is blank"
    colours = _colours(rows, bpp)
    assert _has_colour(colours, GREEN), "no green (grounded) highlight drawn"
    assert _has_colour(colours, GREY), "no grey (unused number) highlight drawn"
    assert _has_colour(colours, RED_BACKGROUND), "no red (ungrounded) value drawn"

    dom = _chromium(tmp_path, "--dump-dom", page).stdout
    assert dom.count('class="num grounded"') >= 1
    assert dom.count('class="num unused"') > 10
    assert 'class="ungrounded"' in dom


@pytest.mark.chromium
@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs /usr/bin/chromium (install it with: make chromium)"
)
def test_index_sorts_when_a_header_is_clicked(site: Path, tmp_path: Path) -> None:
    # The script runs in the real browser: click "Indicators" once (ascending) before dumping.
    clicked = site.parent / "clicked.html"
    script = "<script>var h=document.querySelectorAll('#articles th')[4];h.click();</script></body>"
    clicked.write_text(
        site.read_text(encoding="utf-8").replace("</body>", script), encoding="utf-8"
    )
    dom = _chromium(tmp_path, "--dump-dom", clicked.resolve().as_uri()).stdout
    assert 'class="sorted-asc"' in dom
    assert dom.index("article-00002.html") < dom.index("article-00001.html")
