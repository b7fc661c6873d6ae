"""Report type ``health_review``: a Vietnamese health-sector review conference, as data.

One article about a hội nghị tổng kết / sơ kết (year-end, mid-year or quarterly review of a
health department, district health centre or hospital) becomes one
:class:`HealthReviewReport`: who met, when, for which period, and every quantitative fact the
article prints as an :class:`Indicator` with the verbatim clause that states it.

Field names are a contract (DESIGN.md): add fields freely, rename none. The rules for the
model that fills the report are in ``prompts/health_review.system.j2``, each said once, and the
fields carry no descriptions: the JSON schema is sent with every request, so it is kept to the
structure (:class:`~baocao.schemas.CompactSchema`). A field's meaning is in that prompt.

Validation has two modes:

* without context (a cached report, a user's JSON file): plain type validation only;
* with ``context={"document": Document, "index": NumberIndex}`` (instructor passes it during
  extraction): every number and quote must be found in the article, each indicator's quote
  must contain its value, and ratios and ranges must be consistent. All problems are reported
  together in one ``ValueError`` so the model can fix them in one re-ask.

This module is data shipped with baocao: a user adds a report type by adding a module like it
(declaring ``REPORT_MODEL``) and its prompt templates, without touching the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Self

from pydantic import (
    BaseModel,
    Field,
    ValidationInfo,
    model_validator,
)

from baocao.crosscheck import Grounded, NotGrounded, Quote, check_against_article
from baocao.numerals import NumberIndex
from baocao.schemas import CompactSchema, PlainDecimal
from baocao.scoring import ListRules, ScoringRules, normalize_label

PERCENT_UNIT = "%"

COPY_EXACTLY = (
    "Copy every figure exactly as the article prints it (converted to plain units as the "
    "instructions say) and copy each quote verbatim from the article; do not compute, "
    "round or guess numbers that the article does not print."
)


class OrganizerLevel(StrEnum):
    """Administrative level of the organising body (cấp tổ chức)."""

    COMMUNE = "commune"  # xã, phường, thị trấn; trạm y tế xã
    DISTRICT = "district"  # huyện, quận, thị xã, thành phố thuộc tỉnh; trung tâm y tế huyện
    PROVINCE = "province"  # tỉnh, thành phố trực thuộc trung ương; Sở Y tế
    NATIONAL = "national"  # Bộ Y tế, trung ương
    HOSPITAL = "hospital"  # bệnh viện (any level)
    OTHER = "other"


class MeetingKind(StrEnum):
    """Kind of review meeting (loại hội nghị)."""

    YEAR_END_REVIEW = "year_end_review"  # hội nghị tổng kết năm
    MID_YEAR_REVIEW = "mid_year_review"  # sơ kết 6 tháng đầu năm
    QUARTERLY_REVIEW = "quarterly_review"  # giao ban / sơ kết quý
    OTHER = "other"


class PeriodKind(StrEnum):
    """Kind of reporting period (kỳ báo cáo)."""

    YEAR = "year"  # năm 2023
    HALF_YEAR = "half_year"  # 6 tháng đầu năm / 6 tháng cuối năm
    QUARTER = "quarter"  # quý I/2023
    NINE_MONTHS = "nine_months"  # 9 tháng đầu năm
    MONTH = "month"  # tháng 5/2023
    OTHER = "other"


class PersonRole(StrEnum):
    """What a named person did at or for the meeting (vai trò)."""

    CHAIR = "chair"  # chủ trì
    SPEAKER = "speaker"  # phát biểu, báo cáo, chỉ đạo
    HONOREE = "honoree"  # được khen thưởng, nhận bằng khen
    AUTHOR = "author"  # tác giả bài viết
    OTHER = "other"


class IndicatorCategory(StrEnum):
    """Health-sector area an indicator belongs to (lĩnh vực)."""

    MEDICAL_CARE = "medical_care"  # khám chữa bệnh, điều trị nội trú, công suất giường
    REFERRAL = "referral"  # chuyển tuyến
    DISEASE_CONTROL = "disease_control"  # phòng chống dịch bệnh, sốt xuất huyết, lao, sốt rét
    COVID19 = "covid19"  # COVID-19
    VACCINATION = "vaccination"  # tiêm chủng, tiêm chủng mở rộng
    FOOD_SAFETY = "food_safety"  # an toàn thực phẩm (ATTP), ngộ độc thực phẩm
    HIV_AIDS = "hiv_aids"  # HIV/AIDS, methadone
    POPULATION = "population"  # dân số, kế hoạch hóa gia đình, sinh con thứ 3
    NUTRITION = "nutrition"  # dinh dưỡng, suy dinh dưỡng trẻ em
    INSURANCE = "insurance"  # bảo hiểm y tế (BHYT)
    FINANCE = "finance"  # tài chính, thu chi, kinh phí
    WORKFORCE = "workforce"  # nhân lực, cán bộ, bác sĩ, đào tạo
    INFRASTRUCTURE = "infrastructure"  # cơ sở vật chất, giường bệnh, trạm y tế đạt chuẩn
    TECHNICAL_SERVICES = "technical_services"  # danh mục kỹ thuật (DMKT), kỹ thuật mới
    DIGITAL_HEALTH = "digital_health"  # chuyển đổi số, hồ sơ sức khỏe điện tử, VNeID
    INSPECTION = "inspection"  # thanh tra, kiểm tra, xử phạt
    OTHER = "other"


class Qualifier(StrEnum):
    """How exact the printed figure is (the word before or after it)."""

    EXACT = "exact"  # no qualifier; "đạt 82,8%"
    APPROX = "approx"  # gần (nearly), khoảng, ước, xấp xỉ
    OVER = "over"  # hơn, trên, vượt (more than)
    UNDER = "under"  # dưới, chưa đến (less than)
    AT_LEAST = "at_least"  # trở lên, ít nhất, tối thiểu (or more)


class Measure(StrEnum):
    """What an indicator's figure measures (issue 13): only levels may be summed."""

    LEVEL = "level"  # the period's own count, amount or rate: "khám 75.135 lượt"
    CHANGE = "change"  # a difference or growth against another period: "tăng 12%"
    SHARE_OF_TARGET = "share_of_target"  # "đạt 94% so với chỉ tiêu", "đạt 115,7% kế hoạch"
    TARGET = "target"  # chỉ tiêu, kế hoạch, phấn đấu, mục tiêu
    PREVIOUS = "previous"  # the same figure for an earlier period: "cùng kỳ năm trước là 90,4%"
    OTHER = "other"  # anything else: a threshold, a count of the report's own items ...


class Direction(StrEnum):
    """Which way a change goes (tăng / giảm)."""

    INCREASE = "increase"  # tăng, vượt ... so với
    DECREASE = "decrease"  # giảm


class Period(BaseModel):
    """A reporting period: a year, half-year, quarter, nine months or month of one year."""

    kind: PeriodKind
    # Nullable, still required (real pages): a period printed with no year anywhere is still
    # a period; the report keeps its figures and says the year is unknown.
    # The page may imply it without printing it ("sơ kết 6 tháng đầu năm" on a page dated
    # 7/2031): still checked, and a why that says so when it is not printed.
    year: Annotated[int | None, Grounded("year", implied=True)]
    index: Annotated[int | None, NotGrounded()] = None


class Person(BaseModel):
    """A person the article names, with their position and role."""

    name: str
    position: str | None = None
    role: PersonRole = PersonRole.OTHER


class PerBase(BaseModel):
    """The base of a per-population figure as printed: "/vạn dân" is 10000 "dân"."""

    # Grounded where printed in digits ("/10.000 dân" is a per-capita mention, hence "any");
    # "vạn dân" prints its base as a scale word only, which grounds it (scale_word).
    value: Annotated[PlainDecimal, Grounded(kind="any", scale_word=True)]
    unit: str


class Indicator(BaseModel):
    """One quantitative fact the article prints, in plain units, with its source clause."""

    label: str
    category: IndicatorCategory
    value: Annotated[PlainDecimal, Grounded(unit_field="unit")]
    unit: str
    # No unit_field: a denominator counts the base ("500/604 cơ sở" beside "82,8%"), so it
    # must not be looked up as a percent when the indicator's own unit is "%".
    denominator: Annotated[PlainDecimal | None, Grounded()] = None
    value_max: Annotated[PlainDecimal | None, Grounded(unit_field="unit")] = None
    qualifier: Qualifier = Qualifier.EXACT
    quote: Annotated[str, Quote()]
    period: Period | None = None
    # Defaults keep records and golds written before these fields readable.
    measure: Measure = Measure.LEVEL
    direction: Direction | None = None
    # Not grounded: "so với cùng kỳ" names the compared year without printing it.
    compared_to: Annotated[Period | None, NotGrounded()] = None
    per: PerBase | None = None


class HealthReviewReport(CompactSchema):
    """A health-sector review conference (hội nghị tổng kết / sơ kết công tác y tế)."""

    title: str
    event_date: date | None = None
    organizer: str
    organizer_level: OrganizerLevel
    province: str | None = None
    district: str | None = None
    meeting_kind: MeetingKind
    online: bool | None = None
    reviewed_period: Period
    next_period: Period | None = None
    people: list[Person] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    achievements: list[str] = Field(default_factory=list)
    challenges: list[str] = Field(default_factory=list)
    priorities: list[str] = Field(default_factory=list)
    author: str | None = None

    @model_validator(mode="after")
    def check_against_article(self, info: ValidationInfo) -> Self:
        """With a document in the validation context, check the report against it.

        Collects every problem (ungrounded numbers and quotes, quotes that do not state their
        value, inconsistent ratios and ranges) into one message naming each path and value.

        Raises:
            ValueError: anything is wrong; pydantic turns it into a ValidationError.
        """
        check_against_article(
            self,
            info.context,
            self.consistency_problems,
            heading="These indicators are inconsistent:",
            advice=COPY_EXACTLY,
        )
        return self

    def consistency_problems(
        self,
        index: NumberIndex | None = None,
        spans: Mapping[str, tuple[tuple[int, int], ...]] | None = None,
    ) -> list[str]:
        """Problems within each indicator, one line each (empty when all is well).

        Checks that the quote prints the value, that a denominator is positive and (outside
        percentages) not below the value, and that ``value_max`` is not below ``value``.

        Args:
            index: the article's number index, to check quotes in place (see
                :func:`quote_prints_value`); None scans each quote on its own.
            spans: where each path's value occurs in the article (``"indicators[0].quote"``
                -> spans), as the grounding check found them.
        """
        problems: list[str] = []
        for i, indicator in enumerate(self.indicators):
            path = f"indicators[{i}]"
            quote_spans = spans.get(f"{path}.quote", ()) if spans is not None else ()
            problems.extend(indicator_problems(path, indicator, index, quote_spans))
        return problems


def quote_prints_value(
    indicator: Indicator,
    index: NumberIndex | None = None,
    quote_spans: tuple[tuple[int, int], ...] = (),
) -> bool:
    """Whether the indicator's quote prints its value (with its unit).

    With the article's ``index`` and the quote's spans in that article: one of the spans
    where the article prints the value lies inside one of the quote's spans, so the figure
    is the one printed inside the quoted clause, read in the article's context (digits of a
    code or a date, or the tail of a longer number the quote cuts into, do not count).
    Otherwise (no article, or a quote the article does not contain) the quote is scanned on
    its own.
    """
    if index is None or not quote_spans:
        return bool(NumberIndex(indicator.quote).locate(indicator.value, indicator.unit))
    return any(
        quote_start <= start and end <= quote_end
        for start, end in index.locate(indicator.value, indicator.unit)
        for quote_start, quote_end in quote_spans
    )


def indicator_problems(
    path: str,
    indicator: Indicator,
    index: NumberIndex | None = None,
    quote_spans: tuple[tuple[int, int], ...] = (),
) -> list[str]:
    """Consistency problems of one indicator, each naming ``path`` and the values involved.

    ``index`` and ``quote_spans`` (the article's number index and the quote's spans in the
    article) check the quote in place; see :func:`quote_prints_value`.
    """
    problems: list[str] = []
    value = indicator.value
    if not quote_prints_value(indicator, index, quote_spans):
        problems.append(
            f"{path}.quote does not print {path}.value = {value} {indicator.unit}: "
            f"quote the clause of the article that states this figure ({indicator.quote!r})"
        )
    denominator = indicator.denominator
    if denominator is not None:
        if denominator <= 0:
            problems.append(
                f"{path}.denominator = {denominator} must be positive: it is the right side "
                "of a printed ratio such as 500/604"
            )
        elif indicator.unit.strip() != PERCENT_UNIT and value > denominator:
            problems.append(
                f"{path}.value = {value} is larger than {path}.denominator = {denominator}: "
                "value is the left side and denominator the right side of a ratio like 500/604"
            )
    value_max = indicator.value_max
    if value_max is not None and value_max < value:
        problems.append(
            f"{path}.value_max = {value_max} is below {path}.value = {value}: value is the "
            "low end and value_max the high end of a printed range"
        )
    return problems


# --- Scoring against gold reports (``baocao eval``) ----------------------------------------
# What the schema alone does not say about comparing a report with its gold: the engine
# (baocao.evaluation) scores every leaf and every list of figures by itself, and reads these
# rules from SCORING_RULES (declared with baocao.scoring, never the evaluator).

# Administrative prefixes a place name may carry ("tỉnh Đắk Nông", "huyện Đắk Song"): a
# province or district matches its gold with or without one. Renamed provinces are not folded
# (DESIGN.md: the province as of the article).
PLACE_PREFIXES: tuple[str, ...] = (
    "tỉnh",
    "thành phố",
    "tp.",
    "tp",
    "huyện",
    "quận",
    "thị xã",
    "tx.",
    "thị trấn",
    "xã",
    "phường",
)
_FOLDED_PLACE_PREFIXES = tuple(normalize_label(word) for word in PLACE_PREFIXES)


def normalize_place(value: object) -> str:
    """A place name folded for comparison (:func:`normalize_label`), its prefixes removed.

    A prefix counts when a space follows it, or when it ends with a dot ("tp.Huế"); a run of
    prefixes is removed whole ("tỉnh tp. Huế" folds as "Huế" does).
    """
    folded = normalize_label(value)
    stripped = True
    while stripped:
        stripped = False
        for prefix in _FOLDED_PLACE_PREFIXES:
            rest = folded.removeprefix(prefix)
            if rest != folded and (rest.startswith(" ") or prefix.endswith(".")):
                folded, stripped = rest.lstrip(), True
                break
    return folded


def same_unit(first: str, second: str) -> bool:
    """Whether two folded units name the same thing.

    "lượt" and "lượt người", "cơ sở" and "cơ sở y tế": one names the other's head noun; so
    does "bác sĩ" (with its base in ``per`` or ``denominator``) of a rate's unit "bác sĩ/vạn
    dân", and "xã" of a coordinated list that opens with it ("xã, phường, thị trấn").
    """
    if first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    return bool(shorter) and longer.startswith((shorter + " ", shorter + "/", shorter + ","))


SCORING_RULES = ScoringRules(
    # The title, organiser and author are free text: not scored. A period is one field.
    fields=(
        "event_date",
        "organizer_level",
        "province",
        "district",
        "meeting_kind",
        "online",
        "reviewed_period",
        "next_period",
    ),
    normalizers={"province": normalize_place, "district": normalize_place},
    lists={
        "indicators": ListRules(
            base="denominator",
            attributes=(
                "category",
                "qualifier",
                "denominator",
                "value_max",
                "period",
                "measure",
                "direction",
            ),
            # Added after golds were written (issue 13): scored where the gold has them.
            gold_optional=frozenset({"measure", "direction"}),
            # A gold of facts has the printed figure's span instead of a quote.
            shown=("label", "value", "unit", "denominator", "qualifier", "quote", "span"),
            item_name="indicator",
            same_unit=same_unit,
        )
    },
)


REPORT_MODEL = HealthReviewReport


# --- Outputs: how `baocao export` and `baocao review` show this type ------------------------
# Read by the engine through the registry (baocao.schemas.ReportType.declared); a type that
# declares none of these gets its columns, tables and charts from its fields (baocao.shape).

# The CSV's columns, in the order its users know: a field path (the column named from it) or
# a (column, field path) pair; "source", "url", "grounded" and "verified" are the engine's.
CSV_COLUMNS = (
    "source",
    "url",
    "title",
    "organizer",
    "organizer_level",
    "meeting_kind",
    "province",
    "district",
    ("period_kind", "reviewed_period.kind"),
    ("period_year", "reviewed_period.year"),
    ("period_index", "reviewed_period.index"),
    "next_period.kind",
    "next_period.year",
    "next_period.index",
    "event_date",
    "indicators.category",
    "indicators.label",
    "indicators.value",
    "indicators.unit",
    "indicators.denominator",
    "indicators.value_max",
    "indicators.qualifier",
    "grounded",
    "verified",
    "indicators.quote",
    ("indicator_period_kind", "indicators.period.kind"),
    ("indicator_period_year", "indicators.period.year"),
    ("indicator_period_index", "indicators.period.index"),
    "indicators.measure",
    "indicators.direction",
    "indicators.compared_to.kind",
    "indicators.compared_to.year",
    "indicators.compared_to.index",
    "indicators.per.value",
    "indicators.per.unit",
)
# The figure a row's "grounded" / "verified" (and the review's badge) speak for: its value.
TRUST_FIGURES = {"indicators": ("value",)}

# The review site (baocao review). Labels of fields, where the field's name in words is not
# the one to show.
REVIEW_LABELS = {"organizer_level": "Level", "meeting_kind": "Meeting"}
# The article page's table of the report's fields, in order (default: every field).
REVIEW_ARTICLE_FIELDS = (
    "organizer",
    "organizer_level",
    "province",
    "district",
    "meeting_kind",
    "event_date",
    "reviewed_period",
    "next_period",
)
# The overview: one "Articles per ..." chart per field (the first also filters the articles
# table), and the articles table's columns.
REVIEW_GROUPS = ("province", "reviewed_period")
REVIEW_COLUMNS = ("organizer", "province", "reviewed_period")
# An indicator's table row: its own period and what it measures (only levels add up) beside
# its value.
REVIEW_ITEM_COLUMNS = {"indicators": ("period", "measure")}

PERIOD_PREFIXES = {"quarter": "Q", "half_year": "H", "month": "M"}
UNKNOWN_YEAR_LABEL = "?"
# Sort order of period kinds within a year (longer periods last: they end later).
PERIOD_ORDER = {"month": 1, "quarter": 2, "half_year": 3, "nine_months": 4, "year": 5}


def describe_period(period: Mapping[str, object] | None) -> str:
    """A period dict as a short label: ``2023``, ``Q2/2023``, ``H1/2020``, ``nine_months 2024``;
    ``H1/?`` when the article printed no year."""
    period = period if isinstance(period, Mapping) else {}
    kind = str(period.get("kind") or "")
    year = period.get("year")
    if year is None:
        if not kind:
            return ""
        year = UNKNOWN_YEAR_LABEL  # "sơ kết 6 tháng đầu năm" printed with no year: H1/?
    index = period.get("index")
    if kind in ("", "year") and index is None:
        return str(year)
    if kind in PERIOD_PREFIXES and index is not None:
        return f"{PERIOD_PREFIXES[kind]}{index}/{year}"
    return f"{kind} {index}/{year}" if index is not None else f"{kind} {year}"


def period_order(period: Mapping[str, object] | None) -> str:
    """A period's chronological sort key, as digits (``2023202`` for Q2/2023); empty for a
    period without its year (``H1/?``, or none), which has no place in time: the review's
    charts rank it after every dated period, and sorting puts it first."""
    period = period if isinstance(period, Mapping) else {}
    year = period.get("year")
    if not isinstance(year, int):
        return ""
    index = period.get("index")
    kind = PERIOD_ORDER.get(str(period.get("kind")), 0)
    return f"{year:04d}{kind:d}{index if isinstance(index, int) else 0:02d}"


def indicator_value(indicator: Mapping[str, object], number: Callable[[object], str]) -> str:
    """An indicator's figure as the review shows it: ``12 / 14 xã``, ``93 – 95 %``.

    ``number`` writes one figure for reading (the engine's digit grouping).
    """
    value = number(indicator.get("value"))
    if indicator.get("value_max") is not None:
        value += f" – {number(indicator.get('value_max'))}"
    if indicator.get("denominator") is not None:
        value += f" / {number(indicator.get('denominator'))}"
    return f"{value} {indicator.get('unit') or ''}".strip()


# How the pages write an object of a model as one value, and its order (charts, sorting).
REVIEW_TEXT = {Period: describe_period}
REVIEW_ORDER = {Period: period_order}
# How an item's figure cell is written (default: its figures, each grouped for reading).
REVIEW_VALUE = {"indicators": indicator_value}
