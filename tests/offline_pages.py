"""Helpers shared by the offline rules' tests: an article's offline report, built from its
paragraphs (the headline first) and, when given, its page address."""

from __future__ import annotations

from typing import Any

from baocao.documents import load_document
from baocao.numerals import NumberIndex
from baocao.offline import extract_offline
from baocao.schemas import load_report_type

MODEL = load_report_type("health_review").model


def extract(*paragraphs: str, url: str | None = None) -> Any:
    """The offline report of the article made of ``paragraphs`` (blank lines between)."""
    document = load_document("\n\n".join(paragraphs), url=url)
    return extract_offline(document, NumberIndex(document.text), MODEL)


def indicator_values(*paragraphs: str) -> list[float]:
    """The values of the offline report's indicators, in order."""
    return [float(item.value) for item in extract(*paragraphs).indicators]


def report_periods(*paragraphs: str) -> tuple[Any, Any]:
    """The offline report's reviewed and next period, each as ``(kind, year)`` or ``None``."""
    report = extract(*paragraphs)
    pair = [
        None if period is None else (period.kind.value, period.year)
        for period in (report.reviewed_period, report.next_period)
    ]
    return pair[0], pair[1]


def placement(*paragraphs: str, url: str | None = None) -> tuple[Any, str, Any, Any]:
    """The offline report's organiser, its level, province and district."""
    report = extract(*paragraphs, url=url)
    return report.organizer, report.organizer_level.value, report.province, report.district


def figure_periods(*paragraphs: str) -> dict[float, tuple[str, int | None] | None]:
    """Each indicator's value and its period as ``(kind, year)``, or ``None`` for no period."""
    return {
        float(item.value): None
        if item.period is None
        else (item.period.kind.value, item.period.year)
        for item in extract(*paragraphs).indicators
    }


def assert_figures(
    *paragraphs: str, kept: list[float], dropped: list[float] | tuple[float, ...] = ()
) -> None:
    """The offline report of ``paragraphs`` keeps every value of ``kept`` as an indicator and
    none of ``dropped``."""
    values = indicator_values(*paragraphs)
    assert all(value in values for value in kept), values
    assert not any(value in values for value in dropped), values
