"""Score extraction records against gold reports, for any report type, by walking its schema.

A record (one JSONL line, see DESIGN.md) is matched to its gold report by the stem of its
source path: ``articles/004_x.txt`` -> ``gold_dir/004_x.json``. What is compared comes from the
report type's schema (:func:`baocao.shape.report_shape`), so a new report type is scored with
no code here naming it:

- every article leaf is a scored field (text, enum, date, boolean, integer, number; not a
  quote, which is evidence rather than a fact), its value normalised by its kind before the
  comparison: case, whitespace, Unicode form and Vietnamese tone marks are ignored in text
  (``Hòa``/``Hoà``, ``Đắk``/``Đăk``), ``"2023"`` equals ``2023``, ``82.80`` equals ``82.8``;
- the items of each list of objects holding figures (:class:`baocao.shape.ItemList`) are
  matched one to one on their figure and its unit, with the scanner's equivalences
  (``82.8``/``0.828`` with ``%``; ``1.6 tỷ đồng`` = ``1600000000 đồng``; the scale words and
  percent units are :mod:`baocao.numerals`'s), giving micro-averaged precision, recall and F1;
  among equal figures, the items agreeing on more attributes pair first;
- for the matched pairs, how often each other attribute agrees with the gold: an item found
  with a wrong attribute still counts as found, but a dataset built on that attribute needs
  to know;
- grounding rate (grounded / checked over every record), cost per article, error count, and
  the records that have no gold report.

What the schema alone cannot say is declared beside it, as ``SCORING_RULES =``
:class:`baocao.scoring.ScoringRules` in the schema's module (read here, never named here;
the declarations live in :mod:`baocao.scoring`, low in the layers, so a schema never imports
this module): which fields are scored and under which names (an object such as a period
compared as one field), a field's own normaliser (place names), which attributes of a list's
items are scored, those scored only where the gold has them (golds written before a field
existed), which units name the same thing, and how an item is shown in the misses.

A record without a report (an error) still counts against the scores when its gold exists:
every field is a miss and every gold item is missing (it counts in recall's denominator).

A score with nothing to score is None ("n/a" in the CLI, ``null`` in JSON), never a perfect
1.0: precision when nothing was predicted, recall when the gold has no item, grounding rate
when nothing was checked, an attribute when no pair was matched, a field when no article has
gold. So a file of failed records scores recall 0 and precision n/a.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from baocao.errors import ConfigError, RecordError, SchemaError
from baocao.numerals import PERCENT_BASE, PERCENT_UNITS, SCALE_WORDS
from baocao.records import (
    Record,
    RecordsOrPath,
    given_current_records,
    validation_problem,
)
from baocao.schemas import declaration, model_report_type
from baocao.scoring import (
    SCORING_RULES_NAME,
    ListRules,
    Normalizer,
    SameUnit,
    ScoringRules,
    normalize_label,
    strip_tones,
)
from baocao.shape import (
    SHAPE_CACHE_SIZE,
    ItemList,
    Leaf,
    LeafKind,
    ValueList,
    follow,
    one_report_type,
    report_shape,
)

logger = logging.getLogger(__name__)

GOLD_SUFFIX = ".json"
# A gold of facts (third-party text is not committed) gives each item's printed figure as a
# ``span`` (start, end) in the article instead of a quote: shown as "at start-end".
GOLD_SPAN_KEY = "span"
SPAN_LENGTH = 2
# Report models whose scorings are kept (as many as their shapes: shape.SHAPE_CACHE_SIZE).
SCORINGS_KEPT = SHAPE_CACHE_SIZE

# A unit may start with one of the scanner's scale words ("tỷ đồng": value x 10**9 in "đồng")
# and percent may be written out: both tables are the scanner's (baocao.numerals), one source.
_FOLDED_SCALES = {strip_tones(word): factor for word, factor in SCALE_WORDS.items()}
_FOLDED_PERCENT_UNITS = frozenset(strip_tones(unit) for unit in PERCENT_UNITS)

_BOOL = TypeAdapter(bool)


def _normalize_bool(value: object) -> object:
    # Read as pydantic reads the field, so a gold's "true" (which validates) is True.
    if value is None:
        return None
    try:
        return _BOOL.validate_python(value)
    except ValidationError:
        return normalize_label(value)


def _parse_decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _normalize_number(value: object) -> Decimal | None:
    number = _parse_decimal(value)
    return None if number is None else number.normalize()


# How a leaf of each kind is normalised before it is compared with the gold's.
KIND_NORMALIZERS: dict[LeafKind, Normalizer] = {
    LeafKind.TEXT: normalize_label,
    LeafKind.ENUM: normalize_label,
    LeafKind.DATE: normalize_label,
    LeafKind.BOOLEAN: _normalize_bool,
    LeafKind.INTEGER: _normalize_number,  # a gold's 2099.0 validates as the int 2099
    LeafKind.NUMBER: _normalize_number,
}


# --- the scoring of a report type, built once from its schema and rules --------------------


@dataclass(frozen=True)
class Compared:
    """One scored field or attribute: a leaf, or an object's leaves compared as one.

    Attributes:
        name: its name in the output (``"place"``, ``"week"``).
        path: where it is in the report (or in an item).
        leaves: the leaves compared (one for a leaf).
        normalizers: one per leaf.
        whole: whether ``path`` names an object (its leaves are compared as a tuple, and an
            absent object is None, not a tuple of Nones).
        values: the list of strings or enum values ``path`` names, if it names one (compared
            as the set of its normalised values, nulls left out as export shows them; an
            absent list is an empty set).
    """

    name: str
    path: tuple[str, ...]
    leaves: tuple[Leaf, ...]
    normalizers: tuple[Normalizer, ...]
    whole: bool
    values: ValueList | None = None

    def raw(self, obj: Mapping[str, Any]) -> Any:
        """The value as stored (None when a step is missing or null)."""
        return follow(obj, self.path)

    def present(self, obj: Mapping[str, Any]) -> bool:
        """Whether every step of the path is a key (a null value is present)."""
        value: Any = obj
        for step in self.path:
            if not isinstance(value, Mapping) or step not in value:
                return False
            value = value[step]
        return True

    def key(self, obj: Mapping[str, Any]) -> object:
        """The normalised value: what is compared with the gold's."""
        if self.values is not None:  # a list of values: the set of them, as export shows it
            return frozenset(self.normalizers[0](member) for member in self.values.values(obj))
        if not self.whole:
            return self.normalizers[0](self.raw(obj))
        value = self.raw(obj)
        if not isinstance(value, Mapping):
            return None if value is None else normalize_label(value)
        start = len(self.path)
        return tuple(
            normalise(follow(value, leaf.path[start:]))
            for leaf, normalise in zip(self.leaves, self.normalizers, strict=True)
        )


@dataclass(frozen=True)
class ListScoring:
    """How the items of one list are matched and scored (its rules applied to its shape)."""

    items_of: ItemList
    value: Leaf
    unit: Leaf | None
    label: Leaf | None
    base: Leaf | None
    attributes: tuple[Compared, ...]
    gold_optional: frozenset[str]
    shown: tuple[str, ...] | None
    item_name: str
    same_unit: SameUnit

    @property
    def name(self) -> str:
        """The list's field name in the report."""
        return self.items_of.name

    @property
    def attribute_names(self) -> tuple[str, ...]:
        """The scored attributes' names, in output order."""
        return tuple(attribute.name for attribute in self.attributes)

    def items(self, report: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
        """The list's items in ``report`` (objects only; none without a report)."""
        if report is None:
            return []
        return [item for item in self.items_of.items(report) if isinstance(item, Mapping)]


@dataclass(frozen=True)
class ReportScoring:
    """What is scored for one report type: its fields and its lists, in output order."""

    model: type[BaseModel]
    fields: tuple[Compared, ...]
    lists: tuple[ListScoring, ...]

    @property
    def field_names(self) -> tuple[str, ...]:
        """The scored fields' names, in output order."""
        return tuple(compared.name for compared in self.fields)


def _compared(
    name: str, leaves: tuple[Leaf, ...], normalizers: Mapping[str, Normalizer], where: str
) -> Compared:
    path = tuple(name.split("."))
    for leaf in leaves:
        if leaf.path == path:
            normalise = normalizers.get(name, KIND_NORMALIZERS[leaf.kind])
            return Compared(name, path, (leaf,), (normalise,), whole=False)
    inside = tuple(leaf for leaf in leaves if leaf.path[: len(path)] == path)
    if not inside:
        known = ", ".join(leaf.name for leaf in leaves)
        raise SchemaError(
            f"{where} names '{name}', which is not a field there; fix it (fields there: {known})"
        )
    return Compared(
        name,
        path,
        inside,
        tuple(normalizers.get(leaf.name, KIND_NORMALIZERS[leaf.kind]) for leaf in inside),
        whole=True,
    )


def _leaf(name: str | None, leaves: tuple[Leaf, ...], where: str) -> Leaf | None:
    if name is None:
        return None
    for leaf in leaves:
        if leaf.name == name:
            return leaf
    known = ", ".join(leaf.name for leaf in leaves)
    raise SchemaError(
        f"{where} names '{name}', which is not a field of its items; fix it (fields there: {known})"
    )


def _list_scoring(items_of: ItemList, rules: ListRules, declared_in: str) -> ListScoring:
    where = f"the scoring rules of {items_of.name} ({declared_in})"
    leaves = items_of.leaves
    value = _leaf(rules.value, leaves, where) or items_of.figures[0]
    # The schema already says which field holds a figure's unit (Grounded(unit_field=...)),
    # and the walker resolved it beside the figure, however deep: Leaf.unit.
    unit = _leaf(rules.unit, leaves, where) or next(
        (leaf for leaf in leaves if value.unit is not None and leaf.path == value.unit), None
    )
    label = _leaf(rules.label, leaves, where)
    if label is None:
        label = next(
            (
                leaf
                for leaf in leaves
                if leaf.kind is LeafKind.TEXT and leaf != unit and not leaf.quote
            ),
            None,
        )
    names = rules.attributes
    if names is None:
        names = tuple(leaf.name for leaf in leaves if leaf not in (value, unit) and not leaf.quote)
    _check_named(rules.gold_optional, names, "as gold-optional attributes", where)
    _check_named(rules.normalizers, {*names, *(leaf.name for leaf in leaves)}, "normalisers", where)
    return ListScoring(
        items_of=items_of,
        value=value,
        unit=unit,
        label=label,
        base=_leaf(rules.base, leaves, where),
        attributes=tuple(_compared(name, leaves, rules.normalizers, where) for name in names),
        gold_optional=rules.gold_optional,
        shown=rules.shown,
        item_name=rules.item_name,
        same_unit=rules.same_unit,
    )


def _check_named(declared: Iterable[str], known: Iterable[str], what: str, where: str) -> None:
    names = sorted(set(known))
    unknown = sorted(set(declared) - set(names))
    if unknown:
        raise SchemaError(
            f"{where} give {what} {', '.join(unknown)}, which are not scored there; fix it "
            f"(scored there: {', '.join(names)})"
        )


def declared_rules(model: type[BaseModel]) -> ScoringRules:
    """The :class:`ScoringRules` the model's module declares, or the defaults.

    Raises:
        SchemaError: the module's ``SCORING_RULES`` is not a :class:`ScoringRules`.
    """
    rules = declaration(model, SCORING_RULES_NAME)
    if rules is None:
        return ScoringRules()
    if not isinstance(rules, ScoringRules):
        raise SchemaError(
            f"{SCORING_RULES_NAME} in {model_report_type(model).where} is "
            f"{type(rules).__name__}, not baocao.scoring.ScoringRules: declare it as "
            f"baocao.scoring.ScoringRules(...) or remove it"
        )
    return rules


# The keys of ``eval --json`` (EvaluationReport.to_dict) and of each of its articles
# (ArticleScore.to_dict) beside the one key per list: a list of one of these names would
# overwrite the key, so it is refused (nesting the lists would change every type's JSON).
RESERVED_LIST_NAMES = frozenset(
    {
        "articles",
        "scored",
        "errors",
        "field_accuracy",
        "grounding_rate",
        "cost_per_article_usd",
        "without_gold",
        "gold_without_record",
        "misses",
        "per_article",
        "source",
        "gold",
        "error",
        "fields",
        "mismatched_fields",
        "verification",
        "cost_usd",
    }
)


@lru_cache(maxsize=SCORINGS_KEPT)
def report_scoring(model: type[BaseModel]) -> ReportScoring:
    """What is scored for a report model: its schema's shape with its declared rules.

    Raises:
        SchemaError: the rules name a field the schema does not have, or a list of figures
            is named like a key of ``eval --json`` (:data:`RESERVED_LIST_NAMES`).
    """
    shape = report_shape(model)
    rules = declared_rules(model)
    # Where a mistake is to be fixed: the schema file (or module) declaring the rules.
    declared_in = f"{SCORING_RULES_NAME} of {model.__name__} in {model_report_type(model).where}"
    where = f"the scoring rules ({declared_in})"
    for items_of in shape.lists:
        if items_of.name in RESERVED_LIST_NAMES:
            raise SchemaError(
                f"{model.__name__}.{items_of.name}: a list of figures named "
                f"'{items_of.name}' would overwrite that key of eval's JSON; rename the "
                f"field (reserved: {', '.join(sorted(RESERVED_LIST_NAMES))})"
            )
    names = rules.fields
    # Lists of strings or enum values are fields too (a set each) where the type does not
    # name its fields.
    value_lists = shape.value_lists if names is None else ()
    if names is None:
        names = tuple(leaf.name for leaf in shape.leaves if not leaf.quote)
    _check_named(rules.lists, [items_of.name for items_of in shape.lists], "rules for", where)
    # The fields first: a misspelt field is named as such, not listed as a known one below.
    fields = [_compared(name, shape.leaves, rules.normalizers, where) for name in names]
    _check_named(
        rules.normalizers,
        {*names, *(leaf.name for leaf in shape.leaves), *(v.name for v in value_lists)},
        "normalisers",
        where,
    )
    fields.extend(
        Compared(
            values.name,
            values.path,
            (),
            (rules.normalizers.get(values.name, KIND_NORMALIZERS[values.kind]),),
            whole=False,
            values=values,
        )
        for values in value_lists
    )
    if value_lists:
        order = list(model.model_fields)
        fields.sort(key=lambda compared: order.index(compared.path[0]))
    return ReportScoring(
        model=model,
        fields=tuple(fields),
        lists=tuple(
            _list_scoring(items_of, rules.lists.get(items_of.name, ListRules()), declared_in)
            for items_of in shape.lists
        ),
    )


# --- matching the items of a list -----------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """One item reduced to the forms its figure can be compared in."""

    values: frozenset[Decimal]
    unit: str


def _reading(item: Mapping[str, Any], scoring: ListScoring) -> _Reading:
    unit = "" if scoring.unit is None else normalize_label(scoring.unit.get(item))
    value = _parse_decimal(scoring.value.get(item))
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


def _attribute_keys(item: Mapping[str, Any], scoring: ListScoring) -> tuple[object, ...]:
    return tuple(attribute.key(item) for attribute in scoring.attributes)


def _agreement(gold: tuple[object, ...], predicted: tuple[object, ...]) -> int:
    return sum(first == second for first, second in zip(gold, predicted, strict=True))


def match_items(
    gold: list[Mapping[str, Any]], predicted: list[Mapping[str, Any]], scoring: ListScoring
) -> list[tuple[int, int]]:
    """Pair gold and predicted items of one list one to one, as many pairs as possible.

    Two items pair when their units agree (normalised, scale word folded into the value, and
    the list's ``same_unit``) and a reading of their values agrees (percent as fraction or
    percentage); among such candidates, those agreeing on more scored attributes are tried
    first.

    Args:
        gold: the gold report's items.
        predicted: the extracted report's items.
        scoring: the list's scoring (:attr:`ReportScoring.lists`).

    Returns:
        ``(gold_index, predicted_index)`` pairs of a maximum matching, sorted by gold index.
    """
    gold_readings = [_reading(item, scoring) for item in gold]
    predicted_readings = [_reading(item, scoring) for item in predicted]
    # Each gold item tries first the candidates that agree with it on most attributes, so
    # two figures with one value ("80%" at least, "80%" exact) pair with their own kind.
    predicted_keys: dict[int, tuple[object, ...]] = {}  # each predicted item's, once
    candidates: list[list[int]] = []
    for item, reading in zip(gold, gold_readings, strict=True):
        found = [
            j
            for j, other in enumerate(predicted_readings)
            if reading.values & other.values and scoring.same_unit(reading.unit, other.unit)
        ]
        if len(found) > 1:
            keys = _attribute_keys(item, scoring)
            for j in found:
                if j not in predicted_keys:
                    predicted_keys[j] = _attribute_keys(predicted[j], scoring)
            found.sort(key=lambda j: -_agreement(keys, predicted_keys[j]))
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


def _summarize_item(item: Mapping[str, Any], scoring: ListScoring) -> dict[str, Any]:
    keys = scoring.shown if scoring.shown is not None else tuple(item)
    return {key: item.get(key) for key in keys if item.get(key) is not None}


def describe_item(item: Mapping[str, Any], scoring: ListScoring) -> str:
    """One item in a few words: ``49529 lượt (lượt khám) at 222-228``."""
    unit = "" if scoring.unit is None else scoring.unit.get(item)
    parts = [f"{scoring.value.get(item)} {unit or ''}".strip()]
    base = None if scoring.base is None else scoring.base.get(item)
    if base is not None:
        parts[0] += f" /{base}"
    label = None if scoring.label is None else scoring.label.get(item)
    if label:
        parts.append(f"({label})")
    span = item.get(GOLD_SPAN_KEY)
    if isinstance(span, list | tuple) and len(span) == SPAN_LENGTH:
        parts.append(f"at {span[0]}-{span[1]}")
    return " ".join(parts)


# --- results ---------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float | None:
    # Nothing to score is not a perfect score: 0 predicted gives no precision at all.
    return None if denominator == 0 else numerator / denominator


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    total = precision + recall
    return 0.0 if total == 0 else 2 * precision * recall / total


@dataclass(frozen=True)
class FieldResult:
    """One scored field of one article: gold and predicted values as stored."""

    name: str
    gold: Any
    predicted: Any
    match: bool

    def to_dict(self) -> dict[str, Any]:
        """The comparison as JSON-ready data."""
        return {"gold": self.gold, "predicted": self.predicted, "match": self.match}


@dataclass
class ListResult:
    """One list of one article compared with its gold.

    Attributes:
        matched / gold_count / predicted_count: item counts.
        missing: gold items nothing matched (their shown keys).
        spurious: predicted items that match no gold item.
        attribute_matches: per attribute, the matched pairs that agree.
        attribute_scored: per attribute, the matched pairs it was scored on (all of them,
            except for the list's gold-optional attributes absent from the gold).
        attribute_mismatches: the matched pairs' disagreements (label, value, unit,
            attribute, gold, predicted).
    """

    matched: int = 0
    gold_count: int = 0
    predicted_count: int = 0
    missing: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    attribute_matches: dict[str, int] = field(default_factory=dict)
    attribute_scored: dict[str, int] = field(default_factory=dict)
    attribute_mismatches: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        """Matched / predicted items (None: nothing predicted)."""
        return _ratio(self.matched, self.predicted_count)

    @property
    def recall(self) -> float | None:
        """Matched / gold items (None: the gold has none)."""
        return _ratio(self.matched, self.gold_count)

    def to_dict(self) -> dict[str, Any]:
        """The list's breakdown as JSON-ready data."""
        return {
            "gold": self.gold_count,
            "predicted": self.predicted_count,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "missing": self.missing,
            "spurious": self.spurious,
            "attribute_mismatches": self.attribute_mismatches,
        }


@dataclass
class ArticleEval:
    """The comparison of one record with its gold report.

    Attributes:
        source: the record's source path.
        gold_path: the gold file used, or None when there is none.
        error: the record's error message, if the extraction failed.
        fields: per scored field, gold vs predicted (empty without gold).
        lists: per list of items, its comparison (zero counts without gold).
        checked / grounded: the record's verification counts.
        cost_usd: what the extraction cost.
    """

    source: str
    gold_path: str | None = None
    error: str | None = None
    fields: dict[str, FieldResult] = field(default_factory=dict)
    lists: dict[str, ListResult] = field(default_factory=dict)
    checked: int = 0
    grounded: int = 0
    cost_usd: float = 0.0

    @property
    def has_gold(self) -> bool:
        """Whether a gold report was found for this record."""
        return self.gold_path is not None

    @property
    def matched(self) -> int:
        """Matched items over every list."""
        return sum(result.matched for result in self.lists.values())

    @property
    def gold_count(self) -> int:
        """Gold items over every list."""
        return sum(result.gold_count for result in self.lists.values())

    @property
    def predicted_count(self) -> int:
        """Predicted items over every list."""
        return sum(result.predicted_count for result in self.lists.values())

    @property
    def precision(self) -> float | None:
        """Matched / predicted items of this article (None: nothing predicted)."""
        return _ratio(self.matched, self.predicted_count)

    @property
    def recall(self) -> float | None:
        """Matched / gold items of this article (None: the gold has none)."""
        return _ratio(self.matched, self.gold_count)

    @property
    def mismatched_fields(self) -> list[str]:
        """Names of the scored fields that differ from the gold."""
        return [name for name, result in self.fields.items() if not result.match]

    def to_dict(self) -> dict[str, Any]:
        """The article's breakdown as JSON-ready data (one key per list, by its name)."""
        return {
            "source": self.source,
            "gold": self.gold_path,
            "error": self.error,
            "fields": {name: result.to_dict() for name, result in self.fields.items()},
            "mismatched_fields": self.mismatched_fields,
            **{name: result.to_dict() for name, result in self.lists.items()},
            "verification": {"checked": self.checked, "grounded": self.grounded},
            "cost_usd": self.cost_usd,
        }


@dataclass(frozen=True)
class ListScores:
    """One list's scores over the scored articles (micro-averaged)."""

    gold: int
    predicted: int
    matched: int
    attribute_accuracy: dict[str, float | None]

    @property
    def precision(self) -> float | None:
        """Matched / predicted items (None: nothing predicted)."""
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        """Matched / gold items (None: no gold item); a failed record's count as missed."""
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (None when either is None)."""
        return _f1(self.precision, self.recall)


class _MissKind(StrEnum):
    FIELD = "field"
    ITEM = "item"
    ATTRIBUTE = "attribute"


@dataclass
class EvalReport:
    """Scores of a set of records against gold reports, with a per-article breakdown.

    Attributes:
        scoring: what was scored (the report type's fields and lists).
        articles: one per record scored (the latest per source).
        gold_without_record: gold files no record matched.
    """

    scoring: ReportScoring
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
            for name in self.scoring.field_names
        }

    def list_scores(self, name: str) -> ListScores:
        """The scores of the list ``name`` over the scored articles.

        Per attribute, the share of the matched pairs scored on it that agree with the gold
        (None: no pair was scored).
        """
        scoring = next(item for item in self.scoring.lists if item.name == name)
        results = [article.lists[name] for article in self.scored]
        accuracy: dict[str, float | None] = {}
        for attribute in scoring.attribute_names:
            scored = sum(result.attribute_scored.get(attribute, 0) for result in results)
            agreed = sum(result.attribute_matches.get(attribute, 0) for result in results)
            accuracy[attribute] = agreed / scored if scored else None
        return ListScores(
            gold=sum(result.gold_count for result in results),
            predicted=sum(result.predicted_count for result in results),
            matched=sum(result.matched for result in results),
            attribute_accuracy=accuracy,
        )

    @property
    def item_counts(self) -> tuple[int, int, int]:
        """(matched, gold, predicted) items of every list, summed over the scored articles."""
        scored = self.scored
        return (
            sum(article.matched for article in scored),
            sum(article.gold_count for article in scored),
            sum(article.predicted_count for article in scored),
        )

    @property
    def precision(self) -> float | None:
        """Micro-averaged item precision over the scored articles (None: none predicted)."""
        matched, _, predicted = self.item_counts
        return _ratio(matched, predicted)

    @property
    def recall(self) -> float | None:
        """Micro-averaged item recall over the scored articles (None: no gold item).

        A failed record's gold items count here as missed.
        """
        matched, gold, _ = self.item_counts
        return _ratio(matched, gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of item precision and recall (None when either is None)."""
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

    def _miss_groups(self) -> Iterator[tuple[str, _MissKind, ListScoring | None, list[Any]]]:
        scored = self.scored
        for name in self.scoring.field_names:
            rows = [
                {
                    "source": article.source,
                    "gold": article.fields[name].gold,
                    "predicted": article.fields[name].predicted,
                }
                for article in scored
                if not article.fields[name].match
            ]
            yield name, _MissKind.FIELD, None, rows
        for scoring in self.scoring.lists:
            results = [(article.source, article.lists[scoring.name]) for article in scored]
            for kind in ("missing", "spurious"):
                rows = [
                    {"source": source, scoring.item_name: item}
                    for source, result in results
                    for item in getattr(result, kind)
                ]
                yield f"{scoring.name}.{kind}", _MissKind.ITEM, scoring, rows
            for attribute in scoring.attribute_names:
                rows = [
                    {"source": source}
                    | {key: value for key, value in mismatch.items() if key != "attribute"}
                    for source, result in results
                    for mismatch in result.attribute_mismatches
                    if mismatch["attribute"] == attribute
                ]
                yield f"{scoring.name}.{attribute}", _MissKind.ATTRIBUTE, scoring, rows

    def misses(self) -> dict[str, list[dict[str, Any]]]:
        """Every miss, grouped by what was missed, each naming its article and both values.

        Keys: each scored field with ``{"source", "gold", "predicted"}`` rows; for each list,
        ``<list>.missing`` and ``<list>.spurious`` with ``{"source", <item name>}`` rows, and
        ``<list>.<attribute>`` with the matched pairs' disagreements (``source``, ``label``,
        ``value``, ``unit``, ``gold``, ``predicted``). Articles without gold are left out; an
        article without a report misses every field and gold item.
        """
        return {name: rows for name, _, _, rows in self._miss_groups()}

    @property
    def without_gold(self) -> list[str]:
        """Source paths of the records that have no gold report."""
        return [article.source for article in self.articles if not article.has_gold]

    def summary(self) -> dict[str, Any]:
        """The headline figures, flat, in display order."""
        summary: dict[str, Any] = {
            "articles": len(self.articles),
            "scored": len(self.scored),
            "errors": self.errors,
            "without_gold": len(self.without_gold),
            "gold_without_record": len(self.gold_without_record),
        }
        summary.update({f"field.{name}": value for name, value in self.field_accuracy.items()})
        for scoring in self.scoring.lists:
            scores = self.list_scores(scoring.name)
            summary.update(
                {
                    f"{scoring.name}.gold": scores.gold,
                    f"{scoring.name}.predicted": scores.predicted,
                    f"{scoring.name}.matched": scores.matched,
                    f"{scoring.name}.precision": scores.precision,
                    f"{scoring.name}.recall": scores.recall,
                    f"{scoring.name}.f1": scores.f1,
                    **{
                        f"{scoring.name}.{name}": value
                        for name, value in scores.attribute_accuracy.items()
                    },
                }
            )
        summary["grounding_rate"] = self.grounding_rate
        summary["cost_per_article_usd"] = self.cost_per_article
        return summary

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data: summary, per-article breakdown, gaps."""
        lists: dict[str, Any] = {}
        for scoring in self.scoring.lists:
            scores = self.list_scores(scoring.name)
            lists[scoring.name] = {
                "gold": scores.gold,
                "predicted": scores.predicted,
                "matched": scores.matched,
                "precision": scores.precision,
                "recall": scores.recall,
                "f1": scores.f1,
                "attribute_accuracy": scores.attribute_accuracy,
            }
        return {
            "articles": len(self.articles),
            "scored": len(self.scored),
            "errors": self.errors,
            "field_accuracy": self.field_accuracy,
            **lists,
            "grounding_rate": self.grounding_rate,
            "cost_per_article_usd": self.cost_per_article,
            "without_gold": self.without_gold,
            "gold_without_record": self.gold_without_record,
            "misses": self.misses(),
            "per_article": [article.to_dict() for article in self.articles],
        }


# --- reading records and golds ---------------------------------------------------------------


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


def _error_message(record: Record) -> str | None:
    if record.error is not None:
        return f"{record.error.type}: {record.error.message}"
    return "no report" if record.report is None else None


# What a gold written by reading holds beyond its report: notes under keys starting with "_"
# (the real corpus's _source, _scanner), and an item's span (GOLD_SPAN_KEY) in place of its
# quotes.
GOLD_NOTE_PREFIX = "_"
MISSING_ERROR = "missing"


def check_gold(gold: Mapping[str, Any], model: type[BaseModel], path: Path) -> None:
    """Refuse a gold report that is not one of ``model`` (another report type's gold).

    Raises:
        RecordError: :func:`type_problem` finds one (the message names the file and it).
    """
    problem = type_problem(gold, model)
    if problem is not None:
        raise RecordError(
            f"{path}: the gold report is not a valid {model.__name__} ({problem}): is it "
            "another report type's gold? Score against golds of the records' type"
        )


def type_problem(
    report: Mapping[str, Any], model: type[BaseModel], *, missing_only: bool = False
) -> str | None:
    """Why a gold or a predicted report is not one of ``model`` (its first problem), or None.

    What is scored is compared field by field, so a report may be partial: a gold written
    by reading may say null for a field the article does not give, leave out an item's
    fields it does not score (its quote, when it marks the item's ``span`` instead) and
    carry notes under ``_`` keys. Anything else must validate as ``model``: every field of
    the report itself, and every item field it gives; a report of another type does not.
    With ``missing_only``, only a required field left out counts (for a predicted report,
    whose values the scoring normalises: ``YEAR_END_REVIEW`` still scores as its enum).
    """
    report = {key: value for key, value in report.items() if not key.startswith(GOLD_NOTE_PREFIX)}
    for items in report_shape(model).lists:
        if items.path and isinstance(follow(report, items.path), list):
            report[items.path[0]] = _without_spans(report[items.path[0]], items.path[1:])
    try:
        model.model_validate(report)
    except ValidationError as err:
        problems = [
            problem
            for problem in err.errors()
            if problem["input"] is not None
            and (problem["type"] == MISSING_ERROR or not missing_only)
            and not (
                problem["type"] == MISSING_ERROR
                and any(isinstance(step, int) for step in problem["loc"])
            )
        ]
        if problems:
            return validation_problem(problems[0])
    return None


def _without_spans(node: Any, rest: tuple[str, ...]) -> Any:
    """``node`` with the items of the list at ``rest`` below it copied without their span."""
    if not rest:
        if not isinstance(node, list):
            return node
        return [
            {k: v for k, v in item.items() if k != GOLD_SPAN_KEY}
            if isinstance(item, dict)
            else item
            for item in node
        ]
    if not isinstance(node, dict) or rest[0] not in node:
        return node
    return {**node, rest[0]: _without_spans(node[rest[0]], rest[1:])}


# --- scoring -----------------------------------------------------------------------------------


def _score_list(
    scoring: ListScoring,
    result: ListResult,
    gold: Mapping[str, Any],
    report: Mapping[str, Any] | None,
) -> None:
    gold_items, predicted_items = scoring.items(gold), scoring.items(report)
    pairs = match_items(gold_items, predicted_items, scoring)
    matched_gold = {i for i, _ in pairs}
    matched_predicted = {j for _, j in pairs}
    result.matched = len(pairs)
    result.gold_count = len(gold_items)
    result.predicted_count = len(predicted_items)
    result.missing = [
        _summarize_item(item, scoring) for i, item in enumerate(gold_items) if i not in matched_gold
    ]
    result.spurious = [
        _summarize_item(item, scoring)
        for j, item in enumerate(predicted_items)
        if j not in matched_predicted
    ]
    result.attribute_matches = dict.fromkeys(scoring.attribute_names, 0)
    result.attribute_scored = dict.fromkeys(scoring.attribute_names, 0)
    for i, j in pairs:
        gold_item, predicted_item = gold_items[i], predicted_items[j]
        for attribute in scoring.attributes:
            name = attribute.name
            if name in scoring.gold_optional and not attribute.present(gold_item):
                continue
            result.attribute_scored[name] += 1
            if attribute.key(gold_item) == attribute.key(predicted_item):
                result.attribute_matches[name] += 1
            else:
                result.attribute_mismatches.append(
                    {
                        "label": None if scoring.label is None else scoring.label.get(gold_item),
                        "value": scoring.value.get(gold_item),
                        "unit": None if scoring.unit is None else scoring.unit.get(gold_item),
                        "attribute": name,
                        "gold": attribute.raw(gold_item),
                        "predicted": attribute.raw(predicted_item),
                    }
                )


def _evaluate_article(
    record: Record,
    scoring: ReportScoring,
    gold: Mapping[str, Any] | None,
    gold_path: Path | None,
) -> ArticleEval:
    verification = record.verification
    article = ArticleEval(
        source=record.source.path,
        gold_path=None if gold_path is None else str(gold_path),
        error=_error_message(record),
        lists={items.name: ListResult() for items in scoring.lists},
        checked=0 if verification is None else verification.checked,
        grounded=0 if verification is None else verification.grounded,
        cost_usd=record.usage.cost_usd,
    )
    if gold is None:
        return article
    report = record.report
    if report is not None and article.error is None:
        # A report that is not one of the scored type scores as failed, not as a match of
        # every field it lacks with a gold that lacks it too.
        problem = type_problem(report, scoring.model, missing_only=True)
        if problem is not None:
            article.error = f"the report is not a valid {scoring.model.__name__}: {problem}"
            report = None
    predicted: Mapping[str, Any] = report or {}
    for compared in scoring.fields:
        match = report is not None and compared.key(gold) == compared.key(predicted)
        article.fields[compared.name] = FieldResult(
            compared.name, compared.raw(gold), compared.raw(predicted), match
        )
    for items in scoring.lists:
        _score_list(items, article.lists[items.name], gold, report)
    return article


def evaluate(
    records: RecordsOrPath,
    gold_dir: str | os.PathLike[str],
    schema: str | type[BaseModel] | None = None,
) -> EvalReport:
    """Compare extraction records with the gold reports in ``gold_dir``.

    Args:
        records: records as :func:`baocao.records.read_records` reads them, or the path of
            a records file (``out/reports.jsonl``); when a source appears more than once,
            its last good record counts.
        gold_dir: a folder of ``<source file stem>.json`` gold reports (a bare report, or a
            record whose ``report`` is the gold).
        schema: the report type of records that do not name theirs (default
            :data:`~baocao.settings.DEFAULT_SCHEMA`) or whose schema file is gone: a registry
            name, a ``path.py:Class`` spec, or the model itself; it must be the type the
            others name. A record whose report does not validate as the type scores as
            failed.

    Returns:
        The scores and the per-article breakdown.

    Raises:
        ConfigError: ``gold_dir`` is not a folder.
        RecordError: a gold file is not a JSON report of the type, or a records file given
            cannot be read.
        TypeError: ``records`` are neither records nor a path.
        SchemaError: the records are of several report types (or of another than
            ``schema``), the report type cannot be
            loaded, or its scoring rules name a field it does not have.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise ConfigError(f"gold folder not found: {gold_dir}; pass a folder of <stem>.json")
    gold_files = {path.stem: path for path in sorted(gold_dir.glob(f"*{GOLD_SUFFIX}"))}
    current = given_current_records(records, "evaluate")
    # Each record's type resolved as every reader resolves it (a model given from code too).
    report_type = one_report_type((record.schema for record in current), schema)
    scoring = report_scoring(report_type.model)
    report = EvalReport(scoring)
    golds: dict[str, dict[str, Any]] = {}  # read and checked once, by stem
    for record in current:
        stem = _source_stem(record.source.path)
        gold_path = gold_files.get(stem)
        gold = None
        if gold_path is None:
            logger.info("no gold report for %s", record.source.path)
        elif (gold := golds.get(stem)) is None:
            gold = golds[stem] = _load_gold(gold_path)
            check_gold(gold, scoring.model, gold_path)
        report.articles.append(_evaluate_article(record, scoring, gold, gold_path))
    report.gold_without_record = [
        str(path) for stem, path in gold_files.items() if stem not in golds
    ]
    return report


def format_misses(report: EvalReport) -> list[str]:
    """:meth:`EvalReport.misses` as plain lines, grouped under one heading per field.

    A field with no miss is not shown. Each line names the article (file name) and gives
    ``gold -> predicted``; a missing item has only its gold, a spurious one only its
    prediction.
    """
    lines: list[str] = []
    for name, kind, scoring, rows in report._miss_groups():
        if not rows:
            continue
        lines.append(f"{name}: {len(rows)} misses")
        for row in rows:
            where = _source_name(row["source"])
            if kind is _MissKind.ITEM and scoring is not None:
                lines.append(f"  {where}: {describe_item(row[scoring.item_name], scoring)}")
            elif kind is _MissKind.ATTRIBUTE and scoring is not None:
                figure = f"{row['value']} {row.get('unit') or ''}".strip()
                if scoring.label is not None:
                    figure += f" ({row['label']})"
                lines.append(
                    f"  {where}: {figure}: "
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
