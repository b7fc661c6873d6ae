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
