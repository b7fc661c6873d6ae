"""Make docs/review-overview.png and docs/review-article.png: the review site, in Chromium.

Run with ``make screenshots`` (needs /usr/bin/chromium: ``make chromium``). The records are
the sample articles extracted offline, plus what a reviewer meets in real work: an article
that failed (an empty file), a record whose source was deleted, a value an analyst edited by
hand, and a value the article does not print. The article page is a report written for this
demo (DEMO_ARTICLE: invented figures, not a real report), its 9th indicator (a scaled
figure) clicked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
CHROMIUM = Path("/usr/bin/chromium")
OVERVIEW_WINDOW = "--window-size=1400,1400"
ARTICLE_WINDOW = "--window-size=1400,1150"
CLICKED_INDICATOR = 8
# Written for this screenshot in the genre's forms; the figures are invented.
DEMO_ARTICLE = "\n\n".join(
    [
        "Hội nghị tổng kết công tác y tế năm 2024, triển khai nhiệm vụ năm 2025",
        "Ngày 10/01/2025, Trung tâm Y tế huyện Krông Bông tổ chức hội nghị tổng kết công tác "
        "y tế năm 2024 và triển khai nhiệm vụ năm 2025.",
        "Năm 2024, toàn huyện đã khám, chữa bệnh cho 128.450 lượt người, đạt 104,2% kế hoạch; "
        "điều trị nội trú 9.320 lượt, công suất sử dụng giường bệnh đạt 92,5%. Tỷ lệ trẻ em "
        "dưới 1 tuổi được tiêm chủng đầy đủ đạt 97,3%. Toàn huyện có 12/14 xã đạt Bộ tiêu chí "
        "quốc gia về y tế xã.",
        "Công tác an toàn thực phẩm: đã kiểm tra 356 cơ sở, phát hiện 41 cơ sở vi phạm, xử "
        "phạt với tổng số tiền gần 1,6 tỷ đồng. Không để xảy ra ngộ độc thực phẩm tập thể.",
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93 - 95%. Toàn huyện ghi nhận 215 ca sốt "
        "xuất huyết, giảm 38 ca so với năm 2023.",
        "Năm 2025, ngành y tế huyện phấn đấu khám, chữa bệnh cho trên 130.000 lượt người; "
        "100% trạm y tế xã triển khai hồ sơ sức khỏe điện tử.",
        "Bài: Minh Anh\n",
    ]
)


def _run(*args: str, cwd: Path) -> None:
    subprocess.run(args, cwd=cwd, check=True, capture_output=True, text=True)


def _shoot(page: Path, out: Path, window: str, profile: Path) -> None:
    _run(
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        f"--user-data-dir={profile}",
        window,
        f"--screenshot={out}",
        page.resolve().as_uri(),
        cwd=page.parent,
    )


def _edit(records: list[dict[str, Any]], name: str, change: str) -> None:
    """Change a record's second indicator: ``hand`` as an analyst would, or ``ungrounded``."""
    record = next(r for r in records if str(r["source"]["path"]).endswith(name))
    indicator = record["report"]["indicators"][1]
    indicator["value"] = 4321 if change == "ungrounded" else indicator["value"] + 1
    if change == "ungrounded":  # as a model's answer kept after its last re-ask
        for item in record["verification"]["items"]:
            if item["path"] == "indicators[1].value":
                item.update(value="4321", status="ungrounded", spans=[], matches=[])


def main() -> int:
    """Build the demo site in a temporary folder and save the two screenshots."""
    if not CHROMIUM.exists():
        print("needs /usr/bin/chromium: make chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        articles = work / "articles"
        shutil.copytree(REPO / "examples" / "articles", articles)
        (articles / "krong-bong.txt").write_text(DEMO_ARTICLE, encoding="utf-8")
        (articles / "empty.txt").write_text("", encoding="utf-8")
        shutil.copy(articles / "002_065d5c9202601fbb.txt", articles / "deleted-later.txt")
        out = work / "reports.jsonl"
        baocao = str(Path(sys.executable).parent / "baocao")
        subprocess.run(
            [baocao, "extract", "articles", "-o", str(out), "--offline"],
            cwd=work,
            capture_output=True,
            check=False,  # exit 1: empty.txt fails, as intended
        )
        (articles / "deleted-later.txt").unlink()
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        _edit(records, "001_333e15b3b1bec5ad.txt", "hand")
        _edit(records, "004_51eb56e04068d539.txt", "ungrounded")
        out.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
        )
        site = work / "site"
        _run(baocao, "review", str(out), "--html", str(site), cwd=work)
        _shoot(site / "index.html", DOCS / "review-overview.png", OVERVIEW_WINDOW, work / "p")
        page = next(p for p in site.glob("article-*.html") if "Krông Bông" in p.read_text("utf-8"))
        clicked = site / "clicked.html"
        script = (
            '<script>window.addEventListener("load", function () {'
            f'document.getElementById("indicator-{CLICKED_INDICATOR}").click();'
            "});</script></body>"
        )
        clicked.write_text(page.read_text("utf-8").replace("</body>", script), "utf-8")
        _shoot(clicked, DOCS / "review-article.png", ARTICLE_WINDOW, work / "p")
    print(f"wrote {DOCS / 'review-overview.png'} and {DOCS / 'review-article.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
