"""Tests for baocao.offline.text: which first line of a page is a headline.

Lines are written for these tests in the genre's forms (headlines, leads, captions).
"""

from __future__ import annotations

import pytest

from baocao.documents import load_document
from baocao.numerals import NumberIndex
from baocao.offline import extract_offline
from baocao.offline.places import names_place
from baocao.offline.text import HEADLINE_MAX_CHARS, Span, body_cased, is_headline
from baocao.schemas import load_report_type

MODEL = load_report_type("health_review").model
LEAD = (
    "Sáng 10/1/2031, Trung tâm Y tế huyện Hòa Lạc họp tổng kết hoạt động y tế năm 2030, bàn "
    "việc của năm 2031 và khen thưởng. Năm 2030, toàn huyện khám bệnh cho 52.300 lượt "
    "người, đạt 104% kế hoạch."
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Trung tâm Y tế huyện Hòa Lạc tổng kết hoạt động năm 2030", id="plain"),
        pytest.param(
            "Hội nghị nhìn lại một năm làm y tế 2030, bàn việc của năm 2031.",
            id="closed-by-a-stop",
        ),
        pytest.param("TP. Hòa Lạc: Khám bệnh cho hơn 20.000 lượt người", id="abbreviation"),
        pytest.param("(HL) Hội nghị nhìn lại một năm làm y tế 2030", id="outlet-credit-no-stop"),
        pytest.param("TRUNG TÂM Y TẾ HÒA LẠC TỔNG KẾT CÔNG TÁC NĂM 2023", id="capitals"),
        pytest.param(
            "Y tế Hòa Lạc năm 2030: Vượt khó... hoàn thành 12/13 chỉ tiêu", id="an-ellipsis-inside"
        ),
        pytest.param(
            "Sốt xuất huyết: Vì sao số ca tăng? Hòa Lạc tìm cách ứng phó", id="a-question-inside"
        ),
        pytest.param(
            "Hiến máu: Cả huyện vào cuộc! Hòa Lạc vượt kế hoạch 1.200 đơn vị",
            id="an-exclamation-inside",
        ),
        pytest.param(
            "PGS.TS. Trần Văn Lạc tái đắc cử Chủ tịch Hội Y học tỉnh Hòa Lạc", id="a-dotted-title"
        ),
    ],
)
def test_a_headline_is_kept(line: str) -> None:
    assert is_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(LEAD, id="lead-paragraph-longer-than-a-headline"),
        pytest.param(
            "Năm qua ngành y tế hoàn thành 12/13 chỉ tiêu. Hội nghị khen thưởng 20 tập thể.",
            id="two-sentences",
        ),
        pytest.param(
            "Năm qua ngành y tế vượt khó... Hội nghị khen thưởng 20 tập thể và 35 cá nhân.",
            id="an-ellipsis-inside-a-closed-paragraph",
        ),
        pytest.param(
            "Vì sao số ca sởi ở vùng cao tăng? Trung tâm đã giám sát 41 ổ dịch trong năm.",
            id="a-question-inside-a-closed-paragraph",
        ),
        pytest.param("Quang cảnh hội nghị tổng kết (Ảnh: Minh Anh)", id="photo-caption"),
        pytest.param(
            "(HL)- Sáng 10-1, Trung tâm Y tế huyện họp tổng kết năm 2030.",
            id="outlet-credit-and-a-closed-sentence",
        ),
        pytest.param(
            "Tại hội nghị, lãnh đạo huyện nghe báo cáo kết quả y tế năm 2030.",
            id="opening-adverbial-and-a-closed-sentence",
        ),
        pytest.param(
            "Giám đốc Sở Y tế cho biết, năm 2023 toàn ngành khám cho 1,2 triệu lượt người",
            id="reported-speech",
        ),
    ],
)
def test_a_paragraph_of_the_body_is_no_headline(line: str) -> None:
    assert not is_headline(line)


def test_the_lead_is_longer_than_a_headline() -> None:
    assert len(LEAD) > HEADLINE_MAX_CHARS


def _title(text: str) -> str:
    document = load_document(text)
    return str(extract_offline(document, NumberIndex(document.text), MODEL).title)


def test_a_page_stored_without_its_headline_has_no_title() -> None:
    assert _title(f"{LEAD}\n\nHội nghị đã khen thưởng 15 tập thể và 30 cá nhân.") == ""


def test_a_page_with_its_headline_keeps_it() -> None:
    headline = "Hòa Lạc: Nhìn lại một năm làm y tế 2030"
    assert _title(f"{headline}\n\n{LEAD}") == headline


def test_a_headline_in_capitals_is_recased_as_the_body_writes_its_words() -> None:
    headline = "TRẠM Y TẾ XÃ AN LẠC KHÁM CHO 90 NGƯỜI"
    text = f"{headline}\n\nTrạm Y tế xã An Lạc đã khám cho người cao tuổi; trạm khám tận nhà."
    recased = body_cased(text, Span(0, len(headline)), names_place)
    assert recased[: len(headline)] == "Trạm Y tế xã An Lạc khám cho 90 người"
    assert recased[len(headline) :] == text[len(headline) :]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the district's name, never printed in the body, is read as a name after "HUYỆN"
        (
            "TRUNG TÂM Y TẾ HUYỆN CHỢ MỚI SƠ KẾT 6 THÁNG",
            "trung tâm y tế huyện Chợ Mới sơ kết 6 tháng",
        ),
        # ... of up to three words
        ("HUYỆN ĐIỆN BIÊN ĐÔNG SƠ KẾT 6 THÁNG", "huyện Điện Biên Đông sơ kết 6 tháng"),
        ("THÀNH PHỐ HỒ CHÍ MINH SƠ KẾT 6 THÁNG", "thành phố Hồ Chí Minh sơ kết 6 tháng"),
        # ... never after a plural ("CÁC HUYỆN", "MỖI HUYỆN")
        ("CÁC HUYỆN ĐỀU VƯỢT KẾ HOẠCH", "các huyện đều vượt kế hoạch"),
        ("MỖI HUYỆN MỘT ĐỘI CƠ ĐỘNG", "mỗi huyện một đội cơ động"),
        # ... nor words that name no place: the headline's verbs
        ("TRUNG TÂM Y TẾ HUYỆN VƯỢT CHỈ TIÊU", "trung tâm y tế huyện vượt chỉ tiêu"),
        ("TRUNG TÂM Y TẾ HUYỆN HOÀN THÀNH KẾ HOẠCH", "trung tâm y tế huyện hoàn thành kế hoạch"),
    ],
)
def test_an_unseen_word_after_a_district_word_is_a_name(headline: str, expected: str) -> None:
    text = f"{headline}\n\nTrong 6 tháng, công tác y tế của huyện được chú trọng."
    assert body_cased(text, Span(0, len(headline)), names_place)[: len(headline)] == expected


def test_a_headline_not_in_capitals_is_left_as_printed() -> None:
    text = "Trạm Y tế xã An Lạc khám cho 90 NGƯỜI\n\nTRẠM đã khám."
    assert body_cased(text, Span(0, 38), names_place) == text
