"""Tests for baocao.documents: decoding, normalisation, HTML, furniture, bad inputs."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao import documents
from baocao.documents import Document, load_document, normalize_text, strip_furniture
from baocao.errors import ConfigError, DocumentError

ARTICLES = Path(__file__).resolve().parents[1] / "examples" / "articles"

VIETNAMESE = (
    "Hội nghị tổng kết công tác y tế năm 2023 của Trung tâm Y tế huyện Đắk Song.\n"
    "Thực hiện 75.135 lượt khám chữa bệnh, đạt 94% so với chỉ tiêu đề ra; "
    "500/604 cơ sở đạt điều kiện an toàn vệ sinh thực phẩm (đạt 82,8%).\n"
    "Ước tính gần 1,6 tỷ đồng; ưu tiên phòng, chống dịch; Đường, Ơn, Ư, ă, ỹ, ự, ộ."
)

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _cp1258_form(text: str) -> str:
    """Windows-1258 spelling: precomposed base letters (â, ơ, ư, ă) + combining tone marks."""
    clusters: list[tuple[str, str]] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and clusters:
            base, tones = clusters[-1]
            if char in _TONE_MARKS:
                clusters[-1] = (base, tones + char)
            else:
                clusters[-1] = (unicodedata.normalize("NFC", base + char), tones)
        else:
            clusters.append((char, ""))
    return "".join(base + tones for base, tones in clusters)


def _sample(prefix: str) -> Path:
    return next(ARTICLES.glob(f"{prefix}_*.txt"))


NEWS_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị tổng kết công tác y tế năm 2023 - Sở Y tế tỉnh Đắk Nông</title>
<script>var tracker = "Đang truy cập";</script><style>p { color: #333 }</style></head>
<body>
<header><div class="logo">Sở Y tế tỉnh Đắk Nông</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/van-ban">Văn bản</a></li></ul></nav>
<div class="tools">A- A A+ | Tăng tương phản Giảm tương phản</div></header>
<main><article>
<h1>Hội nghị tổng kết công tác y tế năm 2023</h1>
<p class="date">Thứ năm - 04/01/2024 15:17</p>
<p>Chiều ngày 3/1/2024, Trung tâm y tế huyện Đắk Song đã tổ chức Hội nghị tổng kết công tác
năm 2023; triển khai phương hướng, nhiệm vụ năm 2024.</p>
<p>Thực hiện 75.135 lượt khám chữa bệnh, đạt 94% so với chỉ tiêu đề ra. Trong năm 2023 đã
thành lập 33 đoàn kiểm tra liên ngành tiến hành kiểm tra 604 cơ sở trên địa bàn huyện.</p>
<figure><img src="hoi-nghi.jpg" alt=""><figcaption>Quang cảnh Hội nghị</figcaption></figure>
<p>Tỷ lệ cụ thể: 500/604 cơ sở đạt điều kiện an toàn vệ sinh thực phẩm (đạt 82,8%).</p>
<p class="author">Tác giả bài viết: Kim Ngân</p>
</article></main>
<aside class="sidebar"><h3>Tin liên quan</h3><ul>
<li><a href="/1">Hội nghị sơ kết 6 tháng đầu năm</a></li>
<li><a href="/2">Tập huấn phòng chống dịch</a></li></ul>
<div class="counter"><h3>Thống kê truy cập</h3><ul><li>Đang truy cập268</li>
<li>Hôm nay1,164</li><li>Tổng lượt truy cập42,117,726</li></ul></div></aside>
<footer>Bản quyền © Sở Y tế tỉnh Đắk Nông. Ghi rõ nguồn khi phát hành lại thông tin.</footer>
</body></html>
"""


# --- inputs that decode to the same article ----------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(VIETNAMESE.encode("utf-8"), id="utf8"),
        pytest.param(codecs.BOM_UTF8 + VIETNAMESE.encode("utf-8"), id="utf8-bom"),
        pytest.param(VIETNAMESE.encode("utf-16"), id="utf16-bom"),
        pytest.param(codecs.BOM_UTF16_BE + VIETNAMESE.encode("utf-16-be"), id="utf16-be-bom"),
        pytest.param(VIETNAMESE.encode("utf-16-le"), id="utf16-le-no-bom"),
        pytest.param(VIETNAMESE.encode("utf-16-be"), id="utf16-be-no-bom"),
        pytest.param(_cp1258_form(VIETNAMESE).encode("cp1258"), id="cp1258-combining-tones"),
        pytest.param(
            unicodedata.normalize("NFD", VIETNAMESE).encode("utf-8"), id="utf8-nfd-decomposed"
        ),
        pytest.param(VIETNAMESE.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(VIETNAMESE.replace("\n", "\r").encode("utf-8"), id="old-mac-cr"),
        pytest.param(VIETNAMESE.replace(" ", "\u00a0").encode("utf-8"), id="nbsp"),
        pytest.param(
            VIETNAMESE.replace("\n", "   \n\n\n\n\n").encode("utf-8"), id="trailing-and-blank-runs"
        ),
    ],
)
def test_every_encoding_and_spelling_loads_to_the_same_nfc_text(payload: bytes) -> None:
    expected = VIETNAMESE.replace("\n", "\n\n") if b"\n\n\n" in payload else VIETNAMESE

    document = load_document(payload)

    assert document.text == expected
    assert unicodedata.is_normalized("NFC", document.text)
    assert document.source == "<bytes>"


def test_cp1258_fixture_really_uses_combining_tone_marks() -> None:
    encoded = _cp1258_form(VIETNAMESE).encode("cp1258")
    decoded = encoded.decode("cp1258")

    assert any(unicodedata.combining(char) for char in decoded)
    assert unicodedata.normalize("NFC", decoded) == VIETNAMESE


def test_file_path_str_and_pathlike_read_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bai.txt"
    path.write_bytes(_cp1258_form(VIETNAMESE).encode("cp1258"))

    by_str = load_document(str(path))
    by_path = load_document(path)

    assert by_str.text == by_path.text == VIETNAMESE
    assert by_str.source == str(path)
    assert by_path.source == str(path)


@pytest.mark.parametrize(
    ("argument", "source", "expected_source"),
    [
        pytest.param("Dòng một.\nDòng hai.", None, "<text>", id="multiline-text"),
        pytest.param("Một câu không phải đường dẫn", None, "<text>", id="one-line-text"),
        pytest.param("Một câu.", "bai-42", "bai-42", id="caller-label"),
        pytest.param(b"Mot cau.", None, "<bytes>", id="bytes"),
    ],
)
def test_text_arguments_are_labelled(
    argument: str | bytes, source: str | None, expected_source: str
) -> None:
    assert load_document(argument, source=source).source == expected_source


def test_sha256_is_of_the_final_text() -> None:
    document = load_document("Chiều 22/12, Sở Y tế tổ chức hội nghị.\r\n")

    assert document == Document(
        text="Chiều 22/12, Sở Y tế tổ chức hội nghị.",
        sha256=hashlib.sha256("Chiều 22/12, Sở Y tế tổ chức hội nghị.".encode()).hexdigest(),
        source="<text>",
    )


# --- bad inputs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        pytest.param(b"", "empty", id="empty-bytes"),
        pytest.param("", "empty", id="empty-text"),
        pytest.param(b" \n\t\r\n \xc2\xa0 ", "whitespace", id="blank-with-nbsp"),
        pytest.param("   \n\n  ", "whitespace", id="blank-text"),
        pytest.param(b"\x00\x01\x02\x03binary\x00\xff" * 20, "binary", id="nul-bytes"),
        pytest.param(bytes(range(1, 32)) * 20, "binary", id="control-bytes"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "PNG", id="png"),
        pytest.param("text with NUL\x00 inside", "binary", id="nul-in-text"),
        pytest.param(codecs.BOM_UTF8 + b"\xff\xfe\xfa bad", "UTF-8", id="bad-after-utf8-bom"),
        pytest.param(b"<p>\n</p>\n<div>  </div>", "no text", id="html-without-text"),
        pytest.param(
            "A- A A+ | Tăng tương phản Giảm tương phản\n\nĐang truy cập268\nHôm nay1,164",
            "navigation",
            id="only-site-furniture",
        ),
    ],
)
def test_bad_input_raises_document_error_naming_problem(
    payload: str | bytes, fragment: str
) -> None:
    with pytest.raises(DocumentError) as caught:
        load_document(payload)

    message = str(caught.value)
    assert fragment in message
    assert message.startswith("<bytes>:" if isinstance(payload, bytes) else "<text>:")


def test_control_characters_are_unicode_cc_but_layout_controls() -> None:
    # Every code point below U+3000 (all Cc characters and many neighbours) counts exactly when
    # it is a Cc control other than tab, LF, VT, FF and CR.
    for point in range(0x3000):
        char = chr(point)
        control = unicodedata.category(char) == "Cc" and char not in "\t\n\r\x0b\x0c"
        assert documents._control_share(char) == (1.0 if control else 0.0), hex(point)


def test_undecodable_bytes_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    class _NoGuess:
        def best(self) -> None:
            return None

    monkeypatch.setattr(documents.charset_normalizer, "from_bytes", lambda data: _NoGuess())
    # 0x81 is undefined in cp1258 too, so no fallback reading exists.
    payload = b"Kh\x81m ch\x90a b\x9dnh " * 10

    with pytest.raises(DocumentError, match=r"cannot be decoded.*UTF-8"):
        load_document(payload, source="bai.txt")


@pytest.mark.parametrize(
    ("make_input", "expected_source"),
    [
        pytest.param(lambda tmp: b"x" * 101, "<bytes>", id="bytes"),
        pytest.param(lambda tmp: "Â" * 51, "<text>", id="text-counted-in-utf8-bytes"),
        pytest.param(lambda tmp: _write(tmp / "big.txt", b"y" * 500), "big.txt", id="file"),
    ],
)
def test_oversized_input_names_the_limit_and_how_to_raise_it(
    tmp_path: Path, make_input: object, expected_source: str
) -> None:
    argument = make_input(tmp_path)  # type: ignore[operator]

    with pytest.raises(DocumentError) as caught:
        load_document(argument, max_bytes=100)

    message = str(caught.value)
    assert caught.value.source.endswith(expected_source)
    assert "100-byte limit" in message
    assert "max_document_bytes" in message
    assert "--max-bytes" in message


def test_default_limit_is_the_settings_default() -> None:
    with pytest.raises(DocumentError, match="200,000-byte limit"):
        load_document(b"a" * 200_001)
    assert load_document(b"a" * 200_000).text == "a" * 200_000


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("argument", "fragment"),
    [
        pytest.param("missing-article.txt", "no such file", id="mistyped-file-name"),
        pytest.param(Path("missing-article.txt"), "no such file", id="missing-pathlike"),
    ],
)
def test_missing_files_raise(argument: str | Path, fragment: str) -> None:
    with pytest.raises(DocumentError, match=fragment):
        load_document(argument)


def test_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="directory"):
        load_document(tmp_path)
    with pytest.raises(DocumentError, match="directory"):
        load_document(str(tmp_path))


# --- normalize_text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("a\r\nb\rc", "a\nb\nc", id="crlf-and-cr"),
        pytest.param("82,8\u00a0%\u202fvà\u2009x", "82,8 % và x", id="unicode-spaces"),
        pytest.param("ho\u0302\u0323i", "hội", id="nfd-composed"),
        pytest.param("ta\u0300i\u200b li\u00adêu\ufeff", "tài liêu", id="invisibles-removed"),
        pytest.param("a  \nb\t\n", "a\nb", id="trailing-spaces"),
        pytest.param("a\n\n\n\n\nb", "a\n\nb", id="blank-runs"),
        pytest.param("  \n\nđầu\n\n", "đầu", id="outer-blank-lines"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected
    assert normalize_text(expected) == expected


# --- HTML --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "as_input",
    [
        pytest.param(lambda tmp: NEWS_PAGE, id="sniffed-text"),
        pytest.param(lambda tmp: NEWS_PAGE.encode("utf-8"), id="sniffed-bytes"),
        pytest.param(lambda tmp: NEWS_PAGE.encode("utf-16"), id="utf16-bytes"),
        pytest.param(lambda tmp: _write(tmp / "bai.html", NEWS_PAGE.encode()), id="html-file"),
    ],
)
def test_html_page_becomes_main_text(tmp_path: Path, as_input: object) -> None:
    text = load_document(as_input(tmp_path)).text  # type: ignore[operator]

    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Hội nghị tổng kết công tác y tế năm 2023"
    for kept in (
        "Thứ năm - 04/01/2024 15:17",
        "75.135 lượt khám chữa bệnh",
        "Quang cảnh Hội nghị",
        "500/604 cơ sở đạt điều kiện",
        "Tác giả bài viết: Kim Ngân",
    ):
        assert kept in text
    for dropped in (
        "Trang chủ",
        "Tăng tương phản",
        "Đang truy cập",
        "42,117,726",
        "Tin liên quan",
        "Tập huấn phòng chống dịch",
        "Bản quyền",
        "var tracker",
        "color: #333",
    ):
        assert dropped not in text
    assert "\n\n" in text and "\n\n\n" not in text


def test_html_without_main_text_falls_back_to_lxml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents.trafilatura, "bare_extraction", lambda *a, **k: None)

    text = load_document(NEWS_PAGE).text

    assert "Chiều ngày 3/1/2024, Trung tâm y tế huyện Đắk Song" in text
    assert "Tác giả bài viết: Kim Ngân" in text
    assert "var tracker" not in text
    assert "Đang truy cập" not in text
    assert "Trang chủ" not in text


def test_html_declared_legacy_charset_is_honoured() -> None:
    page = NEWS_PAGE.replace('charset="utf-8"', 'charset="windows-1258"')
    payload = _cp1258_form(page).encode("cp1258")

    assert "75.135 lượt khám chữa bệnh" in load_document(payload).text


# --- site furniture on the samples ---------------------------------------------------------


def test_sample_000_loses_the_font_widget() -> None:
    text = load_document(_sample("000")).text

    assert "Tăng tương phản" not in text
    assert "A- A A+" not in text
    assert text.startswith("Hội nghị tổng kết công tác y tế năm 2023")
    assert text.endswith("Kim Ngân")


def test_sample_001_loses_counters_poll_rating_and_navigation() -> None:
    text = load_document(_sample("001")).text

    for dropped in (
        "Đang truy cập",
        "Máy chủ tìm kiếm",
        "Khách viếng thăm",
        "Hôm nay",
        "Tổng lượt truy cập",
        "42,117,726",
        "Thống kê truy cập",
        "Thăm dò ý kiến",
        "Theo bạn, giao diện",
        "Tổng số điểm của bài viết",
        "phiếu bầu",
        "Click để đánh giá",
        "Những tin mới hơn",
        "Những tin cũ hơn",
        "Danh mục",
        "Liên kết Web",
        "Thời gian chờ",
    ):
        assert dropped not in text, dropped
    assert text.endswith(
        "Tác giả bài viết: Thùy Vy (Khoa TT-GDSK) Trung tâm Kiểm soát bệnh tật tỉnh"
    )
    assert "Thứ năm - 06/04/2023 15:17" in text
    assert "toàn tỉnh ghi nhận 05 cas, giảm 73.066 cas" in text


def test_sample_003_prints_its_body_once_and_loses_the_poll() -> None:
    text = load_document(_sample("003")).text

    assert text.startswith("Trung tâm Y tế huyện Thọ Xuân: Hội nghị tổng kết")
    assert "Ý kiến thăm dò" not in text
    assert "Bạn quan tâm đến chuyên mục nào" not in text
    assert text.count("Năm 2020 là năm đầy khó khăn của ngành y tế") == 1
    assert text.count("Tại hội nghị, các đại biểu đã tập trung thảo luận") == 1
    assert text.count("Chiều 8/1/2021, Trung tâm Y tế huyện Thọ Xuân") == 1
    assert "Lê Hải, Trung tâm VHTT, TT và DL Thọ Xuân" in text


def test_sample_004_loses_the_date_search_box() -> None:
    text = load_document(_sample("004")).text

    assert "Tìm kiếm theo ngày" not in text
    assert "655.239 lượt người" in text


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_samples_load_clean_and_keep_their_body(path: Path) -> None:
    raw = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    document = load_document(path)

    assert "\u00a0" not in document.text
    assert "\n\n\n" not in document.text
    assert document.text == document.text.strip()
    assert all(line == line.rstrip() for line in document.text.split("\n"))
    assert len(document.text) > len(raw) / 3
    # Idempotent: loading the loaded text changes nothing.
    assert load_document(document.text).text == document.text


# --- furniture rules on unseen shapes ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        pytest.param("• Đang online: 12", True, id="counter-online-colon"),
        pytest.param("Lượt xem: 1.234", True, id="views"),
        pytest.param("Trang chủ > Tin tức > Hoạt động ngành", True, id="breadcrumb"),
        pytest.param("In bài viết | Gửi email | Chia sẻ", True, id="toolbar"),
        pytest.param("Cỡ chữ: A- A A+", True, id="font-size"),
        pytest.param("Xếp hạng: 4 - 12 phiếu bầu", True, id="rating"),
        pytest.param("Bấm vào đây để đánh giá", True, id="rate-button"),
        pytest.param("-- Chọn liên kết --", True, id="link-dropdown"),
        pytest.param("Tin cùng chuyên mục:", True, id="related-heading"),
        pytest.param("Copyright © 2024 Sở Y tế", True, id="copyright"),
        pytest.param("Hôm nay: 1.164 | Tổng lượt truy cập: 42.117.726", True, id="counters-1-line"),
        pytest.param("Trang chủ Giới thiệu Tin tức Văn bản Liên hệ", True, id="menu-line"),
        pytest.param("Chia sẻ bài viết", True, id="share-button"),
        pytest.param("Giấy phép số 12/GP-TTĐT do Sở TT&TT cấp", True, id="site-licence"),
        pytest.param("Giấy phép hoạt động được cấp cho 12 cơ sở.", False, id="licence-prose-kept"),
        pytest.param("Thống kê năm 2023", False, id="statistics-heading-kept"),
        pytest.param("Tổng số ca mắc: 120", False, id="single-fact-line-kept"),
        pytest.param("Năm 2023", False, id="year-kept"),
        pytest.param("Đánh giá kết quả công tác năm 2023 đạt 94%.", False, id="prose-kept"),
        pytest.param("In the news", False, id="english-word-in-kept"),
    ],
)
def test_furniture_rules(line: str, dropped: bool) -> None:
    body = "Ngày 29/6, Sở Y tế tổ chức Hội nghị sơ kết công tác y tế 6 tháng đầu năm 2020."
    cleaned = strip_furniture(f"{body}\n\n{line}\n\n{body.replace('29/6', '30/6')}")

    assert (line not in cleaned) is dropped


def test_time_window_counters_need_company() -> None:
    block = "Hôm nay: 1.164\nHôm qua: 2.001\nTháng này: 41.234"
    body = "Sở Y tế tổ chức Hội nghị sơ kết công tác y tế 6 tháng đầu năm 2020 tại tỉnh."

    assert strip_furniture(f"{body}\n\n{block}") == body
    assert strip_furniture(f"{body}\n\nHôm nay: 5") == f"{body}\n\nHôm nay: 5"


def test_counters_under_a_statistics_heading_go() -> None:
    body = "Sở Y tế tổ chức Hội nghị sơ kết công tác y tế 6 tháng đầu năm 2020 tại tỉnh."

    assert strip_furniture(f"{body}\n\nThống kê truy cập\nTổng: 42.117.726") == body


def test_poll_options_go_with_the_question() -> None:
    text = (
        "Thăm dò ý kiến\n\nBạn thấy giao diện mới thế nào?\nRất đẹp\nBình thường\nXấu\n"
        "Biểu quyết Xem kết quả\n\nSở Y tế tổ chức Hội nghị sơ kết công tác y tế năm 2020."
    )

    assert strip_furniture(text) == "Sở Y tế tổ chức Hội nghị sơ kết công tác y tế năm 2020."


def test_related_titles_in_the_tail_go_but_a_byline_stays() -> None:
    body = " ".join(["Sở Y tế tổ chức hội nghị sơ kết công tác y tế năm 2020."] * 4)
    text = (
        f"{body}\n\nTin liên quan\n\nHội nghị tập huấn phòng chống sốt xuất huyết (12/05/2020)\n\n"
        "Kiểm tra an toàn thực phẩm dịp Tết\n\nNguồn: Sở Y tế"
    )

    assert strip_furniture(text) == f"{body}\n\nNguồn: Sở Y tế"


def test_short_repeated_lines_may_stay_long_ones_go_once() -> None:
    long_line = "Hội nghị đã thông qua báo cáo tổng kết công tác y tế năm 2023 của huyện."
    text = f"Ảnh: Kim Ngân\n{long_line}\nẢnh: Kim Ngân\n\n{long_line}"

    assert strip_furniture(text) == f"Ảnh: Kim Ngân\n{long_line}\nẢnh: Kim Ngân"


# --- view counters beside publication lines, related-news headings ---------------------------

LEAD = (
    "Sáng 9/3, Trung tâm Y tế huyện tổ chức hội nghị sơ kết công tác quý I năm 2024, "
    "toàn huyện đã khám cho 21.480 lượt người, tăng 6% so với cùng kỳ năm trước."
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "Cập nhật lúc 09:12 ngày 21/03/2024 | Lượt xem: 2.468",
            "Cập nhật lúc 09:12 ngày 21/03/2024",
            id="updated-then-views",
        ),
        pytest.param(
            "Ngày xuất bản: 02/11/2022 • Số lần xem: 91",
            "Ngày xuất bản: 02/11/2022",
            id="published-then-times-viewed",
        ),
        pytest.param(
            "Thứ ba, 14/05/2024 - 16:40 - Đã xem 73 lần",
            "Thứ ba, 14/05/2024 - 16:40",
            id="weekday-date-then-viewed-n-times",
        ),
        pytest.param(
            "Lượt đọc: 4.102 | 08/08/2023 10:05 (GMT+7)",
            "08/08/2023 10:05 (GMT+7)",
            id="reads-before-the-date",
        ),
        pytest.param("Nguồn: Báo Sức khỏe | Lượt xem: 120", "Nguồn: Báo Sức khỏe", id="source"),
        pytest.param("Lượt đọc: 4.102 | In bài | Chia sẻ", None, id="views-and-toolbar"),
        pytest.param("687 lượt xem", None, id="number-first-counter"),
        pytest.param("Views 5.310", None, id="english-counter"),
        pytest.param(
            "Clip hướng dẫn rửa tay đã thu hút 12.500 lượt xem trên mạng xã hội của Trung tâm.",
            "Clip hướng dẫn rửa tay đã thu hút 12.500 lượt xem trên mạng xã hội của Trung tâm.",
            id="views-as-a-fact-kept",
        ),
        pytest.param(
            "Fanpage đạt 3.400 lượt xem | 200 lượt chia sẻ",
            "Fanpage đạt 3.400 lượt xem | 200 lượt chia sẻ",
            id="views-in-a-short-fact-kept",
        ),
    ],
)
def test_view_counters_are_cut_from_metadata_lines(line: str, expected: str | None) -> None:
    cleaned = strip_furniture(f"Hội nghị sơ kết quý I năm 2024\n{line}\n\n{LEAD}")

    lines = cleaned.split("\n")
    if expected is None:
        assert lines[1] == ""
        assert all(line not in kept for kept in lines)
    else:
        assert lines[1] == expected
    assert cleaned.endswith(LEAD)


def test_view_counter_cut_keeps_the_publication_line_loadable() -> None:
    text = f"Hội nghị sơ kết quý I năm 2024\nNgày đăng: 11/04/2024 | Lượt xem: 1.357\n\n{LEAD}"

    loaded = load_document(text).text

    assert "Ngày đăng: 11/04/2024\n" in loaded
    assert "1.357" not in loaded
    assert load_document(loaded).text == loaded


RELATED_TAIL_TITLES = (
    "- Huyện tổ chức tiêm bổ sung vắc xin sởi cho hơn 3.600 trẻ (18/02/2024)\n"
    "- Khám sàng lọc miễn phí cho 450 người cao tuổi (02/02/2024)\n"
    "- Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán"
)


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("Các tin, bài viết khác", id="tin-bai-viet-khac"),
        pytest.param("Những bài viết cùng chuyên mục", id="bai-viet-cung-chuyen-muc"),
        pytest.param("TIN BÀI LIÊN QUAN:", id="tin-bai-lien-quan-caps"),
        pytest.param("Bài viết xem nhiều nhất", id="xem-nhieu-nhat"),
        pytest.param("Các tin tức mới hơn", id="tin-tuc-moi-hon"),
        pytest.param("Tin cùng loại", id="tin-cung-loai"),
        pytest.param("Các bài đã đăng", id="bai-da-dang"),
        pytest.param("Related news", id="related-english"),
        pytest.param("Related", id="related-alone"),
    ],
)
def test_related_lists_go_under_any_related_heading(heading: str) -> None:
    body = " ".join([LEAD] * 2)
    text = f"{body}\n\nBài, ảnh: Thu Trang\n\n{heading}\n{RELATED_TAIL_TITLES}"

    assert strip_furniture(text) == f"{body}\n\nBài, ảnh: Thu Trang"


def test_inline_related_box_ends_at_the_next_paragraph() -> None:
    second = (
        "Về phương hướng quý II, Trung tâm tập trung phòng, chống dịch sốt xuất huyết, tiêm "
        "chủng mở rộng và nâng cao chất lượng khám, chữa bệnh tại tuyến xã trên địa bàn huyện."
    )
    text = f"{LEAD}\n\nTin liên quan\n{RELATED_TAIL_TITLES}\n\n{second}"

    assert strip_furniture(text) == f"{LEAD}\n\n{second}"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Tin vui từ tuyến xã", id="news-word-heading"),
        pytest.param("Bài học kinh nghiệm", id="lesson-heading"),
    ],
)
def test_headings_that_only_start_like_related_ones_stay(line: str) -> None:
    text = f"{LEAD}\n\n{line}\nNhiều trạm y tế đạt chuẩn quốc gia về y tế xã"

    assert strip_furniture(text) == text


# ---- fast paths equal the plain rules --------------------------------------------------------

# What normalize_text and the furniture key did before their fast paths (regex only).
_REFERENCE_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_REFERENCE_BULLET = re.compile(r"^[\s•·●○◦▪▫■□►▶»>*+\-–—]+")
_REFERENCE_TRAILING_PUNCT = re.compile(r"[\s:：.…|»>\-–—]+$")


def reference_normalize(text: str) -> str:
    text = _REFERENCE_NEWLINES.sub("\n", text)
    text = re.sub(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    text = re.sub(r"[\u200b-\u200d\u2060\ufeff\u00ad]", "", text)
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def reference_line_key(line: str) -> str:
    key = _REFERENCE_BULLET.sub("", line.strip())
    key = _REFERENCE_TRAILING_PUNCT.sub("", key)
    return " ".join(key.split()).casefold()


# Whitespace of every kind, bullets, trailing punctuation, invisibles, letters that casefold
# to more than one character, combining marks, digits.
TRICKY_TEXT = st.text(
    alphabet=st.sampled_from(
        list(" \t\n\r\x0b\x0c\x1c\x85\u2028\u2029\xa0\u3000\u200b\ufeff\u00ad")
        + list("•·●○◦▪▫■□►▶»>*+-–—:：.…|")
        + list("aAbTtiIßẞİΣςếệĐđ\u0301\u0302e19²٣")
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(TRICKY_TEXT)
def test_normalize_text_fast_paths_change_nothing(text: str) -> None:
    assert normalize_text(text) == reference_normalize(text)


@settings(max_examples=300, deadline=None)
@given(TRICKY_TEXT)
def test_line_key_from_the_collapsed_line_is_the_plain_rule(line: str) -> None:
    assert documents._line_key(line) == reference_line_key(line)


# --- the page's address ----------------------------------------------------------------------

PAGE_BODY = (
    "<body><article><h1>Hội nghị tổng kết</h1><p>Năm 2023, các trạm y tế đã khám cho 1.234 "
    "lượt người bệnh trên địa bàn; tỷ lệ tiêm chủng đầy đủ đạt 98,5%.</p></article></body>"
)


@pytest.mark.parametrize(
    ("scenario", "head", "url", "site"),
    [
        (
            "canonical link first",
            '<link rel="canonical" href="https://baoa.vn/1.html">'
            '<meta property="og:url" content="https://m.baoa.vn/1.html">',
            "https://baoa.vn/1.html",
            None,
        ),
        (
            "og:url and site name",
            '<meta property="og:url" content="https://soyte.a.gov.vn/2">'
            '<meta property="og:site_name" content="Sở Y tế tỉnh A">',
            "https://soyte.a.gov.vn/2",
            "Sở Y tế tỉnh A",
        ),
        ("relative canonical is no address", '<link rel="canonical" href="/3.html">', None, None),
        ("nothing said", "", None, None),
    ],
)
def test_html_page_gives_its_address_and_site_name(
    scenario: str, head: str, url: str | None, site: str | None
) -> None:
    document = load_document(f"<html><head>{head}</head>{PAGE_BODY}</html>")
    assert (document.url, document.site_name) == (url, site), scenario
    assert "1.234 lượt" in document.text


def test_source_line_of_a_text_is_its_address_not_its_text() -> None:
    body = "Hội nghị tổng kết\n\nNăm 2023 đã khám cho 1.234 lượt người bệnh."
    document = load_document(f"Nguồn: https://baoa.vn/1.html\n\n{body}")
    assert document.url == "https://baoa.vn/1.html"
    assert document.text == body
    assert document.sha256 == load_document(body).sha256


def test_callers_address_wins() -> None:
    document = load_document("Nguồn: https://a.vn/1\nNăm 2023 khám 12 lượt.", url="https://b.vn/2")
    assert document.url == "https://b.vn/2"
    assert load_document("Năm 2023 khám 12 lượt người bệnh.").url is None


def test_manifest_gives_addresses_by_resolved_path(tmp_path: Path) -> None:
    manifest = tmp_path / "pages.csv"
    manifest.write_text(
        "path,url\narticles/a.txt,https://baoa.vn/1.html\n\n/abs/b.html, https://b.vn/2\n",
        encoding="utf-8",
    )
    assert documents.read_manifest(manifest) == {
        (tmp_path / "articles" / "a.txt").resolve(): "https://baoa.vn/1.html",
        Path("/abs/b.html"): "https://b.vn/2",
    }


@pytest.mark.parametrize(
    ("scenario", "content", "message"),
    [
        ("no address", "a.txt,baoa.vn/1\n", "line 1: expected 'path,url'"),
        ("three cells", "path,url\na.txt,https://a.vn,x\n", "line 2: expected 'path,url'"),
    ],
)
def test_bad_manifest_names_its_line(
    tmp_path: Path, scenario: str, content: str, message: str
) -> None:
    manifest = tmp_path / "pages.csv"
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        documents.read_manifest(manifest)
