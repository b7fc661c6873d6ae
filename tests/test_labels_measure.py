"""Tests for benchmarks/labels.py's failure classes (the measure of the offline labels).

Labels and quotes are written for these tests in the genre's forms.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def measure() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module("labels")
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.mark.parametrize(
    ("label", "unit", "quote", "failure"),
    [
        pytest.param(
            "tỷ lệ đình dùng nước sạch",
            "%",
            "tỷ lệ hộ gia đình dùng nước sạch đạt 91%",
            "cut",
            id="a-word-cut-at-the-labels-start",
        ),
        pytest.param(
            "xã, thị trấn khám cho người cao",
            "xã, thị trấn",
            "14 xã, thị trấn khám cho người cao tuổi",
            "cut",
            id="a-word-cut-at-the-labels-end",
        ),
        pytest.param(
            "xã Toàn huyện",
            "xã",
            "Toàn huyện có 11/13 xã vừa được khen vì làm tốt việc này",
            "capital",
            id="a-sentences-capital-inside-the-label",
        ),
        pytest.param(
            "trạm Trung tâm Y tế Hòa Lạc cấp thuốc",
            "trạm",
            "12 trạm được Trung tâm Y tế Hòa Lạc cấp thuốc",
            None,
            id="a-name-printed-mid-sentence",
        ),
        pytest.param(
            "tập thể UBND huyện tặng giấy khen",
            "tập thể",
            "UBND huyện tặng giấy khen cho 9 tập thể",
            None,
            id="an-acronym",
        ),
    ],
)
def test_a_cut_word_and_a_sentences_capital_are_classes_of_their_own(
    measure: ModuleType, label: str, unit: str, quote: str, failure: str | None
) -> None:
    assert measure.label_failure(label, unit, quote) == failure
