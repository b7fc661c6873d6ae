"""Report type ``outbreak_bulletin``: a daily or weekly disease bulletin, as data.

One bulletin of the Ministry of Health (Bộ Y tế), a provincial health department or its
centre for disease control (Sở Y tế, CDC tỉnh) about dengue (sốt xuất huyết), measles (sởi),
COVID-19 or hand-foot-mouth disease (tay chân miệng) becomes one :class:`OutbreakBulletin`:
who issued it, which days it covers, and every figure it prints (cases, deaths, recoveries,
vaccinations ... by area) as a :class:`Figure` with the verbatim clause that states it.

This is baocao's second report type, shipped to prove that the engine knows no particular
one: it declares its fields, grounding markers and validator here, and its rules for the
model in ``prompts/outbreak_bulletin.system.j2`` (each said once; the fields carry no
descriptions, so the JSON schema sent with every request stays small).

Validation has two modes, as for every bundled type:

* without context (a cached report, a user's JSON file): plain type validation only;
* with ``context={"document": Document, "index": NumberIndex}`` (during extraction): every
  number and quote must be found in the article (:func:`baocao.crosscheck.check_grounding`),
  each figure's quote must print its value, and a change must say which way it goes. All
  problems are reported together in one ``ValueError``, so the model fixes them in one re-ask.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, Field, ValidationInfo, model_validator

from baocao.crosscheck import Grounded, Quote, check_against_article
from baocao.numerals import NumberIndex
from baocao.schemas import CompactSchema, PlainDecimal

COPY_EXACTLY = (
    "Copy every figure exactly as the bulletin prints it (in plain units) and copy each quote "
    "verbatim from it; do not compute, sum or guess numbers that it does not print."
)


class IssuerLevel(StrEnum):
    """Administrative level of the body that issued the bulletin."""

    NATIONAL = "national"  # Bộ Y tế, Cục Y tế dự phòng, Viện Vệ sinh dịch tễ
    PROVINCE = "province"  # Sở Y tế, CDC tỉnh / thành phố
    DISTRICT = "district"  # Trung tâm Y tế huyện
    OTHER = "other"


class BulletinKind(StrEnum):
    """How often the bulletin appears (the span of its new figures)."""

    DAILY = "daily"  # bản tin ngày, "trong 24 giờ qua", "từ 16h ngày 8/3 đến 16h ngày 9/3"
    WEEKLY = "weekly"  # "tuần 32", "trong tuần qua"
    MONTHLY = "monthly"  # "trong tháng 7"
    OTHER = "other"


class Disease(StrEnum):
    """The disease a figure counts."""

    DENGUE = "dengue"  # sốt xuất huyết (SXH)
    MEASLES = "measles"  # sởi, sốt phát ban nghi sởi
    COVID19 = "covid19"  # COVID-19, SARS-CoV-2, F0
    HAND_FOOT_MOUTH = "hand_foot_mouth"  # tay chân miệng (TCM)
    OTHER = "other"


class Metric(StrEnum):
    """What a figure counts."""

    CASES = "cases"  # ca mắc, ca nhiễm, ca dương tính
    SUSPECTED_CASES = "suspected_cases"  # ca nghi, sốt phát ban nghi sởi
    DEATHS = "deaths"  # tử vong (a count, or a share of the cases)
    RECOVERIES = "recoveries"  # khỏi bệnh, xuất viện
    IN_TREATMENT = "in_treatment"  # đang điều trị, thở ô xy, thở máy, nhập viện
    VACCINATIONS = "vaccinations"  # liều / mũi vắc xin tiêm, người được tiêm
    VACCINATION_COVERAGE = "vaccination_coverage"  # tỷ lệ tiêm chủng (%)
    OUTBREAKS = "outbreaks"  # ổ dịch
    OTHER = "other"


class Scope(StrEnum):
    """Which days a figure counts."""

    PERIOD = "period"  # the bulletin's own day or week: "trong tuần", "trong ngày"
    YEAR_TO_DATE = "year_to_date"  # từ đầu năm, cộng dồn, tích lũy
    CUMULATIVE = "cumulative"  # từ đầu dịch, tổng số đến nay, hiện có
    OTHER = "other"


class Qualifier(StrEnum):
    """How exact the printed figure is (the word before or after it)."""

    EXACT = "exact"
    APPROX = "approx"  # gần, khoảng, ước
    OVER = "over"  # hơn, trên
    UNDER = "under"  # dưới
    AT_LEAST = "at_least"  # trở lên, ít nhất


class Measure(StrEnum):
    """What a figure's number measures: only levels of the same scope may be added up."""

    LEVEL = "level"  # the count itself: "ghi nhận 146 ca"
    CHANGE = "change"  # a difference or growth: "tăng 18 ca so với tuần trước", "tăng 32,9%"
    PREVIOUS = "previous"  # the same count for an earlier period: "cùng kỳ năm 2023 (1.742 ca)"
    OTHER = "other"


class Direction(StrEnum):
    """Which way a change goes."""

    INCREASE = "increase"  # tăng
    DECREASE = "decrease"  # giảm


class Figure(BaseModel):
    """One figure the bulletin prints, in plain units, with its source clause."""

    label: str
    disease: Disease
    metric: Metric
    value: Annotated[PlainDecimal, Grounded(unit_field="unit")]
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    area: str | None = None
    scope: Scope = Scope.PERIOD
    measure: Measure = Measure.LEVEL
    direction: Direction | None = None
    compared_to: str | None = None
    quote: Annotated[str, Quote()]


class OutbreakBulletin(CompactSchema):
    """A disease bulletin (bản tin tình hình dịch bệnh) of a province or the Ministry."""

    title: str
    issuer: str
    issuer_level: IssuerLevel
    province: str | None = None
    bulletin_kind: BulletinKind
    report_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    # "tuần 32": the scanner reads a week number as an ordinal, hence any kind.
    week: Annotated[int | None, Grounded(kind="any")] = None
    year: Annotated[int | None, Grounded(kind="year")] = None
    diseases: list[Disease] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    measures: list[str] = Field(default_factory=list)
    author: str | None = None

    @model_validator(mode="after")
    def check_against_article(self, info: ValidationInfo) -> Self:
        """With a document in the validation context, check the bulletin against it.

        Collects every problem (ungrounded numbers and quotes, quotes that do not print their
        figure, changes without a direction) into one message naming each path and value.

        Raises:
            ValueError: anything is wrong; pydantic turns it into a ValidationError.
        """
        check_against_article(
            self,
            info.context,
            self.figure_problems,
            heading="These figures are inconsistent:",
            advice=COPY_EXACTLY,
        )
        return self

    def figure_problems(
        self,
        index: NumberIndex | None = None,
        spans: Mapping[str, tuple[tuple[int, int], ...]] | None = None,
    ) -> list[str]:
        """Problems within each figure, one line each (empty when all is well).

        Args:
            index: the article's number index, to check each quote in place (the value must
                be printed inside the quoted clause, read in the article's context); None
                scans each quote on its own.
            spans: where each path's value occurs in the article (``"figures[0].quote"`` ->
                spans), as the grounding check found them.
        """
        problems: list[str] = []
        for i, figure in enumerate(self.figures):
            path = f"figures[{i}]"
            quote_spans = spans.get(f"{path}.quote", ()) if spans is not None else ()
            if not quote_prints_value(figure, index, quote_spans):
                problems.append(
                    f"{path}.quote does not print {path}.value = {figure.value} {figure.unit}: "
                    f"quote the clause of the bulletin that states this figure ({figure.quote!r})"
                )
            if figure.measure is Measure.CHANGE and figure.direction is None:
                problems.append(
                    f"{path} is a change ({figure.value} {figure.unit}) without a direction: "
                    "set direction to increase (tăng) or decrease (giảm)"
                )
        return problems


def quote_prints_value(
    figure: Figure,
    index: NumberIndex | None = None,
    quote_spans: tuple[tuple[int, int], ...] = (),
) -> bool:
    """Whether the figure's quote prints its value (with its unit).

    With the article's ``index`` and the quote's spans in the article, one of the spans where
    the article prints the value must lie inside one of the quote's spans; otherwise (no
    article, or a quote the article does not contain) the quote is scanned on its own.
    """
    if index is None or not quote_spans:
        return bool(NumberIndex(figure.quote).locate(figure.value, figure.unit))
    return any(
        quote_start <= start and end <= quote_end
        for start, end in index.locate(figure.value, figure.unit)
        for quote_start, quote_end in quote_spans
    )


REPORT_MODEL = OutbreakBulletin
