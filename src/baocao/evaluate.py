"""Score extraction records against gold reports.

A record (one JSONL line, see DESIGN.md) is matched to its gold report by the stem of its
source path: ``articles/004_x.txt`` -> ``gold_dir/004_x.json``. The comparison works on plain
dicts, so it scores any backend's output without loading the schema:

- metadata fields (:data:`FIELDS`) compared after normalisation: case, whitespace, Unicode
  form and Vietnamese tone marks are ignored (``Hòa``/``Hoà``, ``Đắk``/``Đăk``), and so is an
  administrative prefix on place names (``tỉnh``, ``huyện`` ...);
- indicators matched one to one on value and unit, with the cross-checker's equivalences
  (``82.8``/``0.828`` with ``%``; ``1.6 tỷ đồng`` = ``1600000000 đồng``; the scale words and
  percent units are :mod:`baocao.numerals`'s), giving micro-averaged
  precision, recall and F1;
- for the matched pairs, how often the other attributes agree (:data:`ATTRIBUTES`: category,
  qualifier, denominator, upper end of a range, period, and what the figure measures and
  which way a change goes): an indicator found with the wrong category or period still counts
  as found, but a dataset built by category or period needs to know. ``measure`` and
  ``direction`` are scored only on pairs whose gold has them (golds written before the fields
  existed do not count against an extractor);
- grounding rate (grounded / checked over every record), cost per article, error count, and
  the records that have no gold report.

A record without a report (an error) still counts against the scores when its gold exists:
every field is a miss and every gold indicator is missing (it counts in recall's denominator).

A score with nothing to score is None ("n/a" in the CLI, ``null`` in JSON), never a perfect
1.0: precision when nothing was predicted, recall when the gold has no indicator, grounding
rate when nothing was checked, an attribute when no pair was matched, a field when no
article has gold. So a file of failed records scores recall 0 and precision n/a.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

from baocao.errors import ConfigError, RecordError
from baocao.numerals import PERCENT_BASE, PERCENT_UNITS, SCALE_WORDS
from baocao.records import Record, current_records

logger = logging.getLogger(__name__)

GOLD_SUFFIX = ".json"

# Tone marks (not vowel-quality marks: breve, circumflex and horn stay) as combining characters.
TONE_MARKS = frozenset({"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"})

# Administrative prefixes a place name may carry ("tỉnh Đắk Nông", "huyện Đắk Song").
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
WHITESPACE_RE = re.compile(r"\s+")

# A unit may start with one of the scanner's scale words ("tỷ đồng": value x 10**9 in "đồng")
# and percent may be written out: both tables are the scanner's (baocao.numerals), one source.


def _strip_tones(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


_FOLDED_SCALES = {_strip_tones(word): factor for word, factor in SCALE_WORDS.items()}
_FOLDED_PERCENT_UNITS = frozenset(_strip_tones(unit) for unit in PERCENT_UNITS)
_PLACE_PREFIX_ALTERNATIVES = "|".join(re.escape(_strip_tones(word)) for word in PLACE_PREFIXES)
_PLACE_PREFIX_RE = re.compile(rf"^(?:{_PLACE_PREFIX_ALTERNATIVES})(?:\s+|(?<=\.)\s*)")


def normalize_label(value: object) -> str:
    """Fold a string for comparison: NFC, casefold, single spaces, Vietnamese tone marks off.

    Args:
        value: any value; None gives "".

    Returns:
        The folded string; ``"Hòa"`` and ``"Hoà"`` (old and new tone placement) and
        ``"Đắk"`` and ``"Đăk"`` fold to the same string.
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = WHITESPACE_RE.sub(" ", text).strip()
    return _strip_tones(text)


def _normalize_place(value: object) -> str:
    folded = normalize_label(value)
    previous = None
    while previous != folded:
        previous = folded
        folded = _PLACE_PREFIX_RE.sub("", folded, count=1)
    return folded


def _normalize_period(value: object) -> object:
    if not isinstance(value, Mapping):
        return None if value is None else normalize_label(value)
    return (
        normalize_label(value.get("kind")),
        _as_int(value.get("year")),
        _as_int(value.get("index")),
    )


def _normalize_bool(value: object) -> object:
    return value if isinstance(value, bool) or value is None else normalize_label(value)


def _as_int(value: object) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(str(value))
    except ValueError:
        return None


# Metadata fields scored, each with its normaliser. One table: the CLI shows them in this order.
FIELD_NORMALIZERS: dict[str, Callable[[object], object]] = {
    "event_date": normalize_label,
    "organizer_level": normalize_label,
    "province": _normalize_place,
    "district": _normalize_place,
    "meeting_kind": normalize_label,
    "online": _normalize_bool,
    "reviewed_period": _normalize_period,
    "next_period": _normalize_period,
}
FIELDS: tuple[str, ...] = tuple(FIELD_NORMALIZERS)


def _normalize_number(value: object) -> Decimal | None:
    number = _parse_decimal(value)
    return None if number is None else number.normalize()


# Attributes of a matched indicator pair compared with the gold, each with its normaliser.
ATTRIBUTE_NORMALIZERS: dict[str, Callable[[object], object]] = {
    "category": normalize_label,
    "qualifier": normalize_label,
    "denominator": _normalize_number,
    "value_max": _normalize_number,
    "period": _normalize_period,
    "measure": normalize_label,
    "direction": normalize_label,
}
ATTRIBUTES: tuple[str, ...] = tuple(ATTRIBUTE_NORMALIZERS)
# Attributes added after golds were written: a pair is scored on them only when its gold
# indicator has the key (a gold without it says nothing about them).
GOLD_OPTIONAL_ATTRIBUTES = frozenset({"measure", "direction"})


@dataclass(frozen=True)
class FieldResult:
    """One metadata field of one article: gold and predicted values as stored."""

    name: str
    gold: Any
    predicted: Any
    match: bool

    def to_dict(self) -> dict[str, Any]:
        """The comparison as JSON-ready data."""
        return {"gold": self.gold, "predicted": self.predicted, "match": self.match}


@dataclass(frozen=True)
class _Reading:
    """One indicator reduced to the forms it can be compared in."""

    values: frozenset[Decimal]
    unit: str


def _parse_decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _reading(indicator: Mapping[str, Any]) -> _Reading:
    unit = normalize_label(indicator.get("unit"))
    value = _parse_decimal(indicator.get("value"))
    values: set[Decimal] = set()
    if value is not None:
        scale = 1
        first, _, rest = unit.partition(" ")
        if rest and first in _FOLDED_SCALES:
            scale, unit = _FOLDED_SCALES[first], rest
        values.add((value * scale).normalize())
        if unit in _FOLDED_PERCENT_UNITS:
            unit = "%"
            if abs(value) <= 1:
                # A fraction (0.828) may stand for the printed percentage ("82,8%").
                values.add((value * PERCENT_BASE).normalize())
    return _Reading(frozenset(values), unit)


def _same_unit(first: str, second: str) -> bool:
    # "lượt" and "lượt người", "cơ sở" and "cơ sở y tế": one names the other's head noun; so
    # does "bác sĩ" (with denominator 10000) of a rate's unit "bác sĩ/10.000 dân", and "xã" of
    # a coordinated list that opens with it ("xã, phường, thị trấn").
    if first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    return bool(shorter) and longer.startswith((shorter + " ", shorter + "/", shorter + ","))


def _same(gold: _Reading, predicted: _Reading) -> bool:
    return _same_unit(gold.unit, predicted.unit) and bool(gold.values & predicted.values)


def _agreement(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> int:
    return sum(
        normalise(gold.get(name)) == normalise(predicted.get(name))
        for name, normalise in ATTRIBUTE_NORMALIZERS.items()
    )


def match_indicators(
    gold: list[Mapping[str, Any]], predicted: list[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """Pair gold and predicted indicators one to one, as many pairs as possible.

    Two indicators pair when their units agree (normalised, scale word folded into the value)
    and a reading of their values agrees (percent as fraction or percentage); among such
    candidates, those agreeing on more :data:`ATTRIBUTES` are tried first.

    Args:
        gold: the gold report's indicators (dicts with at least ``value`` and ``unit``).
        predicted: the extracted report's indicators.

    Returns:
        ``(gold_index, predicted_index)`` pairs of a maximum matching, sorted by gold index.
    """
    gold_readings = [_reading(item) for item in gold]
    predicted_readings = [_reading(item) for item in predicted]
    # Each gold indicator tries first the candidates that agree with it on most attributes, so
    # two figures with one value ("80%" at least, "80%" exact) pair with their own kind.
    candidates: list[list[int]] = []
    for item, reading in zip(gold, gold_readings, strict=True):
        found = [j for j, other in enumerate(predicted_readings) if _same(reading, other)]
        found.sort(key=lambda j: -_agreement(item, predicted[j]))
        candidates.append(found)
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        # Kuhn's augmenting path: small lists, and ambiguity (percent readings) needs it.
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold_readings)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# What a missing or spurious indicator is shown by; a gold of facts (third-party text is not
# committed) has the printed figure's ``span`` in the article instead of a ``quote``.
SUMMARY_KEYS = ("label", "value", "unit", "denominator", "qualifier", "quote", "span")


def _summarize_indicator(indicator: Mapping[str, Any]) -> dict[str, Any]:
    return {key: indicator.get(key) for key in SUMMARY_KEYS if indicator.get(key) is not None}


def describe_indicator(indicator: Mapping[str, Any]) -> str:
    """One indicator in a few words: ``49529 lượt (lượt khám) at 222-228``."""
    parts = [f"{indicator.get('value')} {indicator.get('unit') or ''}".strip()]
    if indicator.get("denominator") is not None:
        parts[0] += f" /{indicator['denominator']}"
    if indicator.get("label"):
        parts.append(f"({indicator['label']})")
    span = indicator.get("span")
    if isinstance(span, list | tuple) and len(span) == 2:
        parts.append(f"at {span[0]}-{span[1]}")
    return " ".join(parts)


def _ratio(numerator: int, denominator: int) -> float | None:
    # Nothing to score is not a perfect score: 0 predicted gives no precision at all.
    return None if denominator == 0 else numerator / denominator


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    total = precision + recall
    return 0.0 if total == 0 else 2 * precision * recall / total


@dataclass
class ArticleEval:
    """The comparison of one record with its gold report.

    Attributes:
        source: the record's source path.
        gold_path: the gold file used, or None when there is none.
        error: the record's error message, if the extraction failed.
        fields: per metadata field, gold vs predicted (empty without gold).
        matched / gold_count / predicted_count: indicator counts.
        missing: gold indicators nothing matched (label, value, unit, quote).
        spurious: predicted indicators that match no gold indicator.
        attribute_matches: per attribute (:data:`ATTRIBUTES`), the matched pairs that agree.
        attribute_scored: per attribute, the matched pairs it was scored on (all of them,
            except for :data:`GOLD_OPTIONAL_ATTRIBUTES` absent from the gold).
        attribute_mismatches: the matched pairs' disagreements (label, attribute, gold,
            predicted).
        checked / grounded: the record's verification counts.
        cost_usd: what the extraction cost.
    """

    source: str
    gold_path: str | None = None
    error: str | None = None
    fields: dict[str, FieldResult] = field(default_factory=dict)
    matched: int = 0
    gold_count: int = 0
    predicted_count: int = 0
    missing: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    attribute_matches: dict[str, int] = field(default_factory=dict)
    attribute_scored: dict[str, int] = field(default_factory=dict)
    attribute_mismatches: list[dict[str, Any]] = field(default_factory=list)
    checked: int = 0
    grounded: int = 0
    cost_usd: float = 0.0

    @property
    def has_gold(self) -> bool:
        """Whether a gold report was found for this record."""
        return self.gold_path is not None

    @property
    def precision(self) -> float | None:
        """Matched / predicted indicators of this article (None: nothing predicted)."""
        return _ratio(self.matched, self.predicted_count)

    @property
    def recall(self) -> float | None:
        """Matched / gold indicators of this article (None: the gold has none)."""
        return _ratio(self.matched, self.gold_count)

    @property
    def mismatched_fields(self) -> list[str]:
        """Names of the metadata fields that differ from the gold."""
        return [name for name, result in self.fields.items() if not result.match]

    def to_dict(self) -> dict[str, Any]:
        """The article's breakdown as JSON-ready data."""
        return {
            "source": self.source,
            "gold": self.gold_path,
            "error": self.error,
            "fields": {name: result.to_dict() for name, result in self.fields.items()},
            "mismatched_fields": self.mismatched_fields,
            "indicators": {
                "gold": self.gold_count,
                "predicted": self.predicted_count,
                "matched": self.matched,
                "precision": self.precision,
                "recall": self.recall,
                "missing": self.missing,
                "spurious": self.spurious,
                "attribute_mismatches": self.attribute_mismatches,
            },
            "verification": {"checked": self.checked, "grounded": self.grounded},
            "cost_usd": self.cost_usd,
        }


@dataclass
class EvalReport:
    """Scores of a set of records against gold reports, with a per-article breakdown."""

    articles: list[ArticleEval] = field(default_factory=list)
    gold_without_record: list[str] = field(default_factory=list)

    @property
    def scored(self) -> list[ArticleEval]:
        """The articles that have a gold report."""
        return [article for article in self.articles if article.has_gold]

    @property
    def field_accuracy(self) -> dict[str, float | None]:
        """Share of gold-backed articles whose field equals the gold (None: nothing scored)."""
        scored = self.scored
        return {
            name: (
                sum(article.fields[name].match for article in scored) / len(scored)
                if scored
                else None
            )
            for name in FIELDS
        }

    @property
    def indicator_counts(self) -> tuple[int, int, int]:
        """(matched, gold, predicted) indicators summed over the scored articles."""
        scored = self.scored
        return (
            sum(article.matched for article in scored),
            sum(article.gold_count for article in scored),
            sum(article.predicted_count for article in scored),
        )

    @property
    def attribute_accuracy(self) -> dict[str, float | None]:
        """Per attribute, the share of the matched indicator pairs scored on it that agree
        with the gold (None: no pair was scored)."""
        accuracy: dict[str, float | None] = {}
        for name in ATTRIBUTES:
            scored = sum(article.attribute_scored.get(name, 0) for article in self.scored)
            agreed = sum(article.attribute_matches.get(name, 0) for article in self.scored)
            accuracy[name] = agreed / scored if scored else None
        return accuracy

    @property
    def precision(self) -> float | None:
        """Micro-averaged indicator precision over the scored articles (None: none predicted)."""
        matched, _, predicted = self.indicator_counts
        return _ratio(matched, predicted)

    @property
    def recall(self) -> float | None:
        """Micro-averaged indicator recall over the scored articles (None: no gold indicator).

        A failed record's gold indicators count here as missed.
        """
        matched, gold, _ = self.indicator_counts
        return _ratio(matched, gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of indicator precision and recall (None when either is None)."""
        return _f1(self.precision, self.recall)

    @property
    def grounding_rate(self) -> float | None:
        """Grounded / checked values over every record (None when nothing was checked)."""
        checked = sum(article.checked for article in self.articles)
        return _ratio(sum(article.grounded for article in self.articles), checked)

    @property
    def cost_per_article(self) -> float | None:
        """Mean cost in USD over every record (None without records)."""
        if not self.articles:
            return None
        return sum(article.cost_usd for article in self.articles) / len(self.articles)

    @property
    def errors(self) -> int:
        """How many records are extraction errors."""
        return sum(article.error is not None for article in self.articles)

    def misses(self) -> dict[str, list[dict[str, Any]]]:
        """Every miss, grouped by what was missed, each naming its article and both values.

        Keys: each metadata field (:data:`FIELDS`) with ``{"source", "gold", "predicted"}``
        rows; ``indicators.missing`` and ``indicators.spurious`` with ``{"source",
        "indicator"}`` rows; and ``indicators.<attribute>`` (:data:`ATTRIBUTES`) with the
        matched pairs' disagreements (``source``, ``label``, ``value``, ``gold``,
        ``predicted``). Articles without gold are left out; an article without a report
        misses every field and gold indicator.
        """
        grouped: dict[str, list[dict[str, Any]]] = {name: [] for name in FIELDS}
        grouped.update(
            {"indicators.missing": [], "indicators.spurious": []}
            | {f"indicators.{name}": [] for name in ATTRIBUTES}
        )
        for article in self.scored:
            for name, result in article.fields.items():
                if not result.match:
                    grouped[name].append(
                        {
                            "source": article.source,
                            "gold": result.gold,
                            "predicted": result.predicted,
                        }
                    )
            for kind, items in (("missing", article.missing), ("spurious", article.spurious)):
                grouped[f"indicators.{kind}"] += [
                    {"source": article.source, "indicator": item} for item in items
                ]
            for mismatch in article.attribute_mismatches:
                row = {key: value for key, value in mismatch.items() if key != "attribute"}
                grouped[f"indicators.{mismatch['attribute']}"].append(
                    {"source": article.source, **row}
                )
        return grouped

    @property
    def without_gold(self) -> list[str]:
        """Source paths of the records that have no gold report."""
        return [article.source for article in self.articles if not article.has_gold]

    def summary(self) -> dict[str, Any]:
        """The headline figures, flat, in display order."""
        matched, gold, predicted = self.indicator_counts
        summary: dict[str, Any] = {
            "articles": len(self.articles),
            "scored": len(self.scored),
            "errors": self.errors,
            "without_gold": len(self.without_gold),
            "gold_without_record": len(self.gold_without_record),
        }
        summary.update({f"field.{name}": value for name, value in self.field_accuracy.items()})
        summary.update(
            {
                "indicators.gold": gold,
                "indicators.predicted": predicted,
                "indicators.matched": matched,
                "indicators.precision": self.precision,
                "indicators.recall": self.recall,
                "indicators.f1": self.f1,
                **{f"indicators.{name}": value for name, value in self.attribute_accuracy.items()},
                "grounding_rate": self.grounding_rate,
                "cost_per_article_usd": self.cost_per_article,
            }
        )
        return summary

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data: summary, per-article breakdown, gaps."""
        matched, gold, predicted = self.indicator_counts
        return {
            "articles": len(self.articles),
            "scored": len(self.scored),
            "errors": self.errors,
            "field_accuracy": self.field_accuracy,
            "indicators": {
                "gold": gold,
                "predicted": predicted,
                "matched": matched,
                "precision": self.precision,
                "recall": self.recall,
                "f1": self.f1,
                "attribute_accuracy": self.attribute_accuracy,
            },
            "grounding_rate": self.grounding_rate,
            "cost_per_article_usd": self.cost_per_article,
            "without_gold": self.without_gold,
            "gold_without_record": self.gold_without_record,
            "misses": self.misses(),
            "per_article": [article.to_dict() for article in self.articles],
        }


def _pure_path(path: str) -> PurePath:
    # Records written on Windows carry backslashes; PurePath on POSIX would keep them.
    return PureWindowsPath(path) if "\\" in path else PurePath(path)


def _source_stem(path: str) -> str:
    return _pure_path(path).stem


def _load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RecordError(f"{path}: cannot read gold report: {err}") from err
    if not isinstance(data, dict):
        raise RecordError(f"{path}: a gold report must be a JSON object, got {type(data).__name__}")
    # A gold file may be a bare report or a whole record.
    report: dict[str, Any] | None = data
    if "report" in data and "source" in data:
        try:
            report = Record.from_json(data).report
        except RecordError as err:
            raise RecordError(f"{path}: {err}") from err
    if report is None:
        raise RecordError(f"{path}: the gold record holds no report")
    return report


def _indicators(report: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    items = report.get("indicators") if report else None
    return [item for item in items if isinstance(item, Mapping)] if isinstance(items, list) else []


def _evaluate_article(
    record: Record, gold: Mapping[str, Any] | None, gold_path: Path | None
) -> ArticleEval:
    report = record.report
    error_message = None
    if record.error is not None:
        error_message = f"{record.error.type}: {record.error.message}"
    elif report is None:
        error_message = "no report"
    verification = record.verification
    article = ArticleEval(
        source=record.source.path,
        gold_path=None if gold_path is None else str(gold_path),
        error=error_message,
        checked=0 if verification is None else verification.checked,
        grounded=0 if verification is None else verification.grounded,
        cost_usd=record.usage.cost_usd,
    )
    if gold is None:
        return article
    predicted_report: Mapping[str, Any] = report or {}
    for name, normalise in FIELD_NORMALIZERS.items():
        gold_value, predicted_value = gold.get(name), predicted_report.get(name)
        match = report is not None and normalise(gold_value) == normalise(predicted_value)
        article.fields[name] = FieldResult(name, gold_value, predicted_value, match)
    gold_items, predicted_items = _indicators(gold), _indicators(report)
    pairs = match_indicators(gold_items, predicted_items)
    matched_gold = {i for i, _ in pairs}
    matched_predicted = {j for _, j in pairs}
    article.matched = len(pairs)
    article.gold_count = len(gold_items)
    article.predicted_count = len(predicted_items)
    article.missing = [
        _summarize_indicator(item) for i, item in enumerate(gold_items) if i not in matched_gold
    ]
    article.spurious = [
        _summarize_indicator(item)
        for j, item in enumerate(predicted_items)
        if j not in matched_predicted
    ]
    article.attribute_matches = dict.fromkeys(ATTRIBUTES, 0)
    article.attribute_scored = dict.fromkeys(ATTRIBUTES, 0)
    for i, j in pairs:
        gold_item, predicted_item = gold_items[i], predicted_items[j]
        for name, normalise in ATTRIBUTE_NORMALIZERS.items():
            if name in GOLD_OPTIONAL_ATTRIBUTES and name not in gold_item:
                continue
            article.attribute_scored[name] += 1
            gold_value, predicted_value = gold_item.get(name), predicted_item.get(name)
            if normalise(gold_value) == normalise(predicted_value):
                article.attribute_matches[name] += 1
            else:
                article.attribute_mismatches.append(
                    {
                        "label": gold_item.get("label"),
                        "value": gold_item.get("value"),
                        "unit": gold_item.get("unit"),
                        "attribute": name,
                        "gold": gold_value,
                        "predicted": predicted_value,
                    }
                )
    return article


def evaluate(records: Iterable[Record], gold_dir: Path) -> EvalReport:
    """Compare extraction records with the gold reports in ``gold_dir``.

    Args:
        records: records as :func:`baocao.records.read_records` reads them; when a source
            appears more than once, its last good record counts.
        gold_dir: a folder of ``<source file stem>.json`` gold reports (a bare report, or a
            record whose ``report`` is the gold).

    Returns:
        The scores and the per-article breakdown.

    Raises:
        ConfigError: ``gold_dir`` is not a folder.
        RecordError: a gold file is not a JSON report.
    """
    if not gold_dir.is_dir():
        raise ConfigError(f"gold folder not found: {gold_dir}; pass a folder of <stem>.json")
    gold_files = {path.stem: path for path in sorted(gold_dir.glob(f"*{GOLD_SUFFIX}"))}
    report = EvalReport()
    used: set[str] = set()
    for record in current_records(records):
        stem = _source_stem(record.source.path)
        gold_path = gold_files.get(stem)
        gold = None if gold_path is None else _load_gold(gold_path)
        if gold_path is not None:
            used.add(stem)
        else:
            logger.info("no gold report for %s", record.source.path)
        report.articles.append(_evaluate_article(record, gold, gold_path))
    report.gold_without_record = [
        str(path) for stem, path in gold_files.items() if stem not in used
    ]
    return report


def format_misses(report: EvalReport) -> list[str]:
    """:meth:`EvalReport.misses` as plain lines, grouped under one heading per field.

    A field with no miss is not shown. Each line names the article (file name) and gives
    ``gold -> predicted``; a missing indicator has only its gold, a spurious one only its
    prediction.
    """
    lines: list[str] = []
    for name, rows in report.misses().items():
        if not rows:
            continue
        lines.append(f"{name}: {len(rows)} misses")
        for row in rows:
            where = _source_name(row["source"])
            if "indicator" in row:
                lines.append(f"  {where}: {describe_indicator(row['indicator'])}")
            elif "label" in row:
                figure = f"{row['value']} {row.get('unit') or ''}".strip()
                lines.append(
                    f"  {where}: {figure} ({row['label']}): "
                    f"gold {_shown(row['gold'])} -> predicted {_shown(row['predicted'])}"
                )
            else:
                lines.append(
                    f"  {where}: gold {_shown(row['gold'])} -> predicted {_shown(row['predicted'])}"
                )
    return lines


def _source_name(path: str) -> str:
    return _pure_path(path).name


def _shown(value: object) -> str:
    """A gold or predicted value as JSON (``null``, ``{"kind": "year", "year": null}``)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)
