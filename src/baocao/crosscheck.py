"""Prove that every number and quote in a report occurs in its article, and say where.

The report comes first, the policy second (as in langextract's alignment): :func:`verify` walks
any Pydantic model at any depth, finds every numeric field (``int``, ``float``, ``Decimal``;
not ``bool``) and every field marked :class:`Quote`, locates each in the article and returns a
:class:`Verification` with one :class:`CheckItem` per value: its JSON path
(``indicators[3].value``), status and spans in ``Document.text``. Every failure is collected,
never just the first. A :class:`Policy` then decides what a caller does with the result
(:func:`enforce`), and :func:`check_grounding` lets a schema's validator turn failures into one
re-ask message (:func:`describe_ungrounded`). The validator leaves its verification in the
validation context, and ``verify(..., context=...)`` returns it for a report with the same
values instead of walking again; each article's folded text (for quotes) is kept too.

Schemas steer the check with markers in ``Annotated[...]`` metadata:

* ``Grounded(kind="quantity" | "year" | "any", unit_field=None, scale_word=False,
  implied=False)``: how a number is grounded; numeric fields without a marker are grounded as
  quantities without a unit; ``implied`` marks a value a page may imply without printing it
  (a period's year), which stays ungrounded but is explained as such (:attr:`CheckItem.why`);
* ``Quote()``: the string must occur verbatim in the article (after :func:`normalize_text` and
  whitespace collapsing on both sides);
* ``NotGrounded()``: the number is not checked (an index the model derives, such as a quarter).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum
from functools import lru_cache
from types import NoneType, UnionType
from typing import Annotated, Any, Literal, Union, cast, get_args, get_origin

from pydantic import BaseModel, SerializerFunctionWrapHandler, model_serializer

from baocao.documents import Document, normalize_text
from baocao.errors import GroundingError
from baocao.numerals import QUANTITY_KINDS, SCALE_WORDS, Kind, Match, NumberIndex, Span

logger = logging.getLogger(__name__)

Target = Literal["number", "quote"]
NUMBER: Target = "number"
QUOTE: Target = "quote"

# A year field may be printed as a year ("năm 2023"), inside a date ("3/1/2024") or a period
# ("quý II/2023"), or as a bare number the scanner reads as a count.
YEAR_KINDS: frozenset[Kind] = QUANTITY_KINDS | {Kind.YEAR, Kind.DATE, Kind.PERIOD}
ALL_KINDS: frozenset[Kind] = frozenset(Kind)
# How far around a scale word a number it multiplies ("2 vạn") or the noun after it is read.
SCALE_WORD_LOOKBACK = 8
# Values longer than this are shortened in messages (quotes can be whole sentences).
MAX_MESSAGE_VALUE_CHARS = 160
# Invisible characters ignored when matching quotes (as normalize_text removes them).
_INVISIBLES = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

# Model classes whose fields' markers are kept (schemas and their nested models).
FIELD_PLAN_CACHE_SIZE = 256
# Where check_grounding leaves its verification in a validation context (see verify).
CHECKED_KEY = "baocao.crosscheck.checked"

# Where an extractor leaves the years it reported from what the page implies, in the context
# verify runs with: {path: value} ({"reviewed_period.year": "2031"}); the offline backend does.
IMPLIED_KEY = "baocao.crosscheck.implied"

# Why an implied year (CheckItem.implied) is ungrounded, for a user: every surface that shows
# why (extract's warning, check, review, export) shows this.
IMPLIED_HOW = (
    "the extractor took it from what the page implies (its date, a comparison) for a period "
    "printed without its year: check it before summing by period, or extract --offline "
    "--strict to get null instead"
)
IMPLIED_WHY = f"not printed; {IMPLIED_HOW}"

COPY_INSTRUCTION = (
    "Copy each figure exactly as it is printed in the article and copy each quote character "
    "for character from the article. If the article does not state a value, drop it (leave "
    "the item out, or the field empty) instead of estimating, rounding or computing it."
)


@dataclass(frozen=True)
class Grounded:
    """Marker: ground this number in the article.

    Attributes:
        kind: ``"quantity"`` (counts, percents, money, ratios, measures), ``"year"`` (also
            years inside dates and periods) or ``"any"`` (any number the scanner found).
        unit_field: the name of a sibling field holding the unit (``"unit"``), so scale words
            and percents are honoured (1.6 with unit "tỷ đồng" grounds "1,6 tỷ").
        scale_word: a scale word printed with no number before it grounds its own value
            (10000 by "vạn" of "bác sĩ/vạn dân"): for a rate's base, which the article may
            print as a word. Off elsewhere: "hàng nghìn người" does not print 1000.
        implied: the page may imply the value without printing it (a period printed without
            its year takes the year its date or a comparison implies): such a value, when
            ungrounded and the extractor says it implied it (:data:`IMPLIED_KEY`), is an
            implied :class:`CheckItem`, whose why says so and what to do.
    """

    kind: Literal["quantity", "year", "any"] = "quantity"
    unit_field: str | None = None
    scale_word: bool = False
    implied: bool = False


@dataclass(frozen=True)
class Quote:
    """Marker: this string must occur verbatim in the article."""


@dataclass(frozen=True)
class NotGrounded:
    """Marker: this number is not checked against the article (e.g. a quarter index)."""


Marker = Grounded | Quote | NotGrounded
_MARKERS = (Grounded, Quote, NotGrounded)
_KINDS_BY_MARKER: dict[str, frozenset[Kind]] = {
    "quantity": QUANTITY_KINDS,
    "year": YEAR_KINDS,
    "any": ALL_KINDS,
}


class Status(StrEnum):
    """Whether a value was found in the article."""

    GROUNDED = "grounded"
    UNGROUNDED = "ungrounded"


@dataclass(frozen=True)
class CheckItem:
    """The check of one value of the report.

    Attributes:
        path: JSON path of the value in the report (``indicators[3].value``).
        value: the value as text (numbers in plain notation, quotes as given).
        target: ``"number"`` or ``"quote"``.
        status: grounded or ungrounded.
        spans: ``(start, end)`` offsets in the article text where the value occurs.
        matches: for a number, how it matched at each span (same order as ``spans``):
            exact, scaled ("1,6 tỷ" for 1600000000), percent, ratio_side, range_end or
            ambiguous (:class:`~baocao.numerals.Match`); empty for a quote.
        unit: for an ungrounded number that the article does print, but not with the unit
            the report gives it ("120 triệu" đồng reported as 120000000 "lượt"): that unit.
            None otherwise: the number is printed nowhere.
        implied: an ungrounded value the extractor reported from what the page implies
            (a field marked ``Grounded(implied=True)``, a path and value the extractor named
            under :data:`IMPLIED_KEY`): serialised only when true, so a record keeps it as
            the evidence a later check reads.
    """

    path: str
    value: str
    target: Target
    status: Status
    spans: tuple[tuple[int, int], ...] = ()
    matches: tuple[Match, ...] = ()
    unit: str | None = None
    implied: bool = False

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The record's form of the item: ``matches`` only for a number, ``unit`` only when
        set (a number printed with another unit), ``implied`` only when true."""
        data: dict[str, Any] = handler(self)
        if self.target != NUMBER:
            data.pop("matches", None)
        if self.unit is None:
            data.pop("unit", None)
        if not self.implied:
            data.pop("implied", None)
        return data

    @property
    def implied_year(self) -> bool:
        """Ungrounded, and a year the extractor reported from what the page implies."""
        return self.implied and self.status is Status.UNGROUNDED and self.unit is None

    @property
    def why(self) -> str:
        """Why the value is ungrounded, in words, for a user (empty when it is grounded): an
        implied year says what it is and what to do (:data:`IMPLIED_WHY`)."""
        return IMPLIED_WHY if self.implied_year else self.plain_why

    @property
    def plain_why(self) -> str:
        """Why the value is ungrounded, as a model is told in a re-ask (empty when it is
        grounded): where it is or is not printed, nothing of how the page may imply it."""
        if self.status is Status.GROUNDED:
            return ""
        if self.target != NUMBER:
            return "this text is not in the article word for word"
        if self.unit is not None:
            return (
                f"this number is printed in the article, but not as {self.unit!r} "
                "(the unit reported with it)"
            )
        return "this number is not printed in the article"


@dataclass(frozen=True)
class Verification:
    """Every check of one report against its article.

    Attributes:
        items: one :class:`CheckItem` per numeric or quoted value, in report order.
    """

    items: tuple[CheckItem, ...] = field(default_factory=tuple)

    @property
    def checked(self) -> int:
        """How many values were checked."""
        return len(self.items)

    @property
    def grounded(self) -> int:
        """How many values were found in the article."""
        return sum(1 for item in self.items if item.status is Status.GROUNDED)

    @property
    def ungrounded(self) -> list[CheckItem]:
        """The values not found in the article."""
        return [item for item in self.items if item.status is Status.UNGROUNDED]

    @property
    def ok(self) -> bool:
        """True when every checked value was found."""
        return all(item.status is Status.GROUNDED for item in self.items)

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The record's form: counts and the ungrounded paths and values, then every item.

        Read back, only ``items`` counts (the rest is recomputed from them); a verification
        stored without items, by an older release, reads as :class:`StoredCounts`.
        """
        return {
            "checked": self.checked,
            "grounded": self.grounded,
            "ungrounded": [{"path": item.path, "value": item.value} for item in self.ungrounded],
            "items": handler(self)["items"],
        }


@dataclass(frozen=True)
class UngroundedValue:
    """One value a stored verification lists as not found (path and value as text)."""

    path: str
    value: str


@dataclass(frozen=True)
class StoredCounts:
    """A verification stored by an older release: its counts and ungrounded values, no items.

    Records keep reading it (``baocao eval`` counts it, ``check`` compares its ungrounded
    paths with the recomputed ones), and write it back as they read it.

    Attributes:
        checked: how many values were checked.
        grounded: how many were found in the article.
        ungrounded: the values not found, in report order.
    """

    checked: int = 0
    grounded: int = 0
    ungrounded: tuple[UngroundedValue, ...] = ()


class Policy(StrEnum):
    """What a caller does with ungrounded values."""

    OFF = "off"
    WARN = "warn"
    STRICT = "strict"


def verify(
    report: BaseModel,
    document: Document | str,
    index: NumberIndex | None = None,
    *,
    context: Mapping[str, Any] | None = None,
) -> Verification:
    """Check every number and quote of ``report`` against the article.

    Args:
        report: any Pydantic model instance; nested models, lists, tuples, dicts and optional
            fields are walked at any depth.
        document: the article (:class:`Document` or its text). Spans index this text.
        index: the article's :class:`NumberIndex`, when the caller already has one.
        context: a validation context :func:`check_grounding` ran with. When it verified a
            report with the same field values against the same text (the schema's validator
            during extraction), that verification is returned instead of walking again. Its
            :data:`IMPLIED_KEY` names the values the extractor implied (path to value): an
            ungrounded one of a field marked ``Grounded(implied=True)`` is marked implied.

    Returns:
        One item per numeric field (not bool, None skipped, ``NotGrounded`` skipped) and per
        ``Quote`` field, in report order.

    Raises:
        ValueError: ``index`` was built over a different text than ``document``.
    """
    text = document.text if isinstance(document, Document) else document
    if index is not None and index.text != text:
        raise ValueError("the NumberIndex was built over a different text than the document")
    checked = context.get(CHECKED_KEY) if context else None
    implied: Mapping[str, str] = (context.get(IMPLIED_KEY) if context else None) or {}
    if not implied and isinstance(checked, _Checked) and checked.covers(report, text):
        return checked.verification
    if index is None:
        index = NumberIndex(text)
    items: list[CheckItem] = []
    _Checker(text, index, implied).walk_model(report, "", items)
    verification = Verification(items=tuple(items))
    logger.debug(
        "verified %d values: %d grounded, %d ungrounded",
        verification.checked,
        verification.grounded,
        len(verification.ungrounded),
    )
    return verification


def describe_ungrounded(verification: Verification) -> str:
    """One message listing every ungrounded path and value, for the model to fix.

    Args:
        verification: the result of :func:`verify`.

    Returns:
        A message naming each failing path and value and asking for the figure exactly as
        printed (or nothing); a short all-clear when nothing failed.
    """
    failures = verification.ungrounded
    if not failures:
        return f"All {verification.checked} checked values occur in the article."
    lines = [
        f"{len(failures)} of {verification.checked} values in the report do not occur in the "
        "article:"
    ]
    for item in failures:
        value = _shorten(item.value, quoted=item.target == QUOTE)
        lines.append(f"- {item.path} = {value}: {item.plain_why}")
    lines.append(COPY_INSTRUCTION)
    return "\n".join(lines)


def enforce(verification: Verification, policy: Policy, source: str) -> None:
    """Apply ``policy`` to a verification of the article ``source``.

    ``STRICT`` raises, ``WARN`` logs one warning naming every ungrounded path, ``OFF`` does
    nothing. A verification with nothing ungrounded passes every policy.

    Args:
        verification: the result of :func:`verify`.
        policy: what to do with ungrounded values.
        source: the article's path or label, for the message.

    Raises:
        GroundingError: ``policy`` is STRICT and some value is ungrounded.
    """
    policy = Policy(policy)
    failures = verification.ungrounded
    if policy is Policy.OFF or not failures:
        return
    listing = "; ".join(f"{item.path} = {_shorten(item.value, quoted=False)}" for item in failures)
    listing += implied_note(failures)
    if policy is Policy.STRICT:
        raise GroundingError(
            f"{source}: {len(failures)} of {verification.checked} values are not in the "
            f"article: {listing}. Strict mode refuses such reports; run without --strict "
            "to keep them flagged as ungrounded instead"
        )
    logger.warning(
        "%s: %d of %d values not found in the article: %s",
        source,
        len(failures),
        verification.checked,
        listing,
    )


def implied_note(items: Iterable[CheckItem]) -> str:
    """What a listing of ungrounded values adds for the implied years among them (paths, then
    :data:`IMPLIED_WHY`): empty when there are none."""
    paths = list(dict.fromkeys(item.path for item in items if item.implied_year))
    if not paths:
        return ""
    return f" ({', '.join(paths)}: {IMPLIED_WHY})"


def check_grounding(report: BaseModel, context: dict[str, Any] | None) -> None:
    """Validator helper: fail when ``report`` holds values its article does not.

    The verification is left in ``context`` (under :data:`CHECKED_KEY`), so that
    ``verify(..., context=context)`` of the same report afterwards costs nothing.

    Args:
        report: the model being validated.
        context: the validation context: ``{"document": Document | str, "index":
            NumberIndex}`` (the index is built when absent). No context, or no document in
            it, means nothing to check against.

    Raises:
        ValueError: some value is ungrounded; the message is :func:`describe_ungrounded`.
    """
    if not context or context.get("document") is None:
        return
    document: Document | str = context["document"]
    index: NumberIndex | None = context.get("index")
    verification = verify(report, document, index)
    text = document.text if isinstance(document, Document) else document
    context[CHECKED_KEY] = _Checked(report, text, verification)
    if not verification.ok:
        raise ValueError(describe_ungrounded(verification))


def check_against_article(
    report: BaseModel,
    context: dict[str, Any] | None,
    consistency: Callable[
        [NumberIndex | None, Mapping[str, tuple[tuple[int, int], ...]] | None], list[str]
    ],
    *,
    heading: str,
    advice: str,
) -> None:
    """A report type's validator, whole: ground every value, then the type's own checks.

    Every problem goes into one message, so that a model fixes them all in one re-ask: the
    ungrounded values (:func:`check_grounding`), then the report's inconsistencies under
    ``heading`` (``consistency(index, spans)``: the article's index and where each value was
    found, so quotes are checked in place; both None without an index), followed by
    ``advice`` when they are the only problem. No context, or no document in it: nothing
    is checked.

    Raises:
        ValueError: anything is wrong; pydantic turns it into a ValidationError.
    """
    if not isinstance(context, dict) or context.get("document") is None:
        return
    problems: list[str] = []
    try:
        check_grounding(report, context)
    except ValueError as err:
        # The message lists every ungrounded path and already says to copy exactly.
        problems.append(str(err))
    index = context.get("index")
    spans = checked_spans(report, context) if isinstance(index, NumberIndex) else None
    inconsistent = consistency(index if spans is not None else None, spans)
    if inconsistent:
        problems.append(heading + "\n" + "\n".join(f"- {p}" for p in inconsistent))
        if len(problems) == 1:
            problems.append(advice)
    if problems:
        raise ValueError("\n".join(problems))


def checked_spans(
    report: BaseModel, context: Mapping[str, Any] | None
) -> dict[str, tuple[tuple[int, int], ...]] | None:
    """Where :func:`check_grounding` found each value of ``report``, by path.

    For a validator that runs after :func:`check_grounding` in the same context and needs
    the spans (``"indicators[3].quote"`` -> the quote's spans in the article) without
    searching again.

    Args:
        report: the very model instance :func:`check_grounding` was given.
        context: the validation context it ran with.

    Returns:
        Every checked path's spans (empty for an ungrounded value); None when the context
        holds no verification of this instance.
    """
    checked = context.get(CHECKED_KEY) if context else None
    if not isinstance(checked, _Checked) or checked.report is not report:
        return None
    return {item.path: item.spans for item in checked.verification.items}


@dataclass(frozen=True)
class _Checked:
    """What :func:`check_grounding` verified: ``report`` against ``text``."""

    report: BaseModel
    text: str
    verification: Verification

    def covers(self, report: BaseModel, text: str) -> bool:
        """True when verifying ``report`` against ``text`` would give the same result.

        The walk reads only the text and the model's fields (their annotations, markers and
        values) and extras, so a report of the same class, or of a subclass with the same
        fields (instructor's wrapper of the schema), whose field values and extras compare
        equal has the same verification. Other instance attributes (instructor attaches the
        raw response) are not compared.
        """
        if not (self.text is text or self.text == text):
            return False
        checked = self.report
        if checked is report:
            return True
        if not (isinstance(checked, type(report)) or isinstance(report, type(checked))):
            return False
        plan = _field_plan(type(report))
        return (
            _field_plan(type(checked)) == plan
            and all(getattr(checked, name) == getattr(report, name) for name, _, _ in plan)
            and checked.model_extra == report.model_extra
        )


# --- the walk -----------------------------------------------------------------------------


class _Checker:
    """Walks one report, locating its values in one article."""

    def __init__(self, text: str, index: NumberIndex, implied: Mapping[str, str]) -> None:
        self.text = text
        self.index = index
        self.implied = implied  # the values the extractor implied, by path (IMPLIED_KEY)
        self._folded: _Folded | None = None
        self._active: set[int] = set()
        # Located spans by (value as written, unit, kinds): a report repeats values (the
        # year of every indicator's period), each looked up once.
        self._located: dict[
            tuple[str, str | None, frozenset[Kind], bool], tuple[tuple[Span, Match], ...]
        ] = {}

    def walk_model(self, model: BaseModel, path: str, items: list[CheckItem]) -> None:
        """Append the check items of ``model``'s fields to ``items``, in field order.

        (The walk appends to one list rather than yielding through a generator per level:
        every item would otherwise pass up through each level of nesting.)
        """
        if id(model) in self._active:  # a model that contains itself: checked once
            return
        self._active.add(id(model))
        try:
            for name, annotation, markers in _field_plan(type(model)):
                self.walk(
                    getattr(model, name), annotation, markers, model, _join(path, name), items
                )
            for name, value in (model.model_extra or {}).items():
                self.walk(value, Any, frozenset(), model, _join(path, name), items)
        finally:
            self._active.discard(id(model))

    def walk(
        self,
        value: object,
        annotation: object,
        outer: frozenset[Marker],
        owner: BaseModel,
        path: str,
        items: list[CheckItem],
    ) -> None:
        """Append the check items of ``value`` (at ``path`` of ``owner``) to ``items``."""
        if value is None or isinstance(value, bool | Enum):
            return
        if isinstance(value, str) and not (_has_quote(outer) or _mentions_quote(annotation)):
            return  # a plain string: only Quote fields are checked
        annotation, inner = _resolve(annotation, value)
        markers = inner or outer
        if any(isinstance(marker, NotGrounded) for marker in markers):
            return  # not checked, nor is anything below it
        if isinstance(value, BaseModel):
            self.walk_model(value, path, items)
        elif isinstance(value, int | float | Decimal):
            items.append(self.check_number(value, markers, owner, path))
        elif isinstance(value, str):
            if any(isinstance(marker, Quote) for marker in markers):
                items.append(self.check_quote(value, path))
        elif isinstance(value, Mapping):
            arguments = get_args(annotation)
            element = arguments[1] if len(arguments) == 2 else Any
            for key, member in value.items():
                self.walk(member, element, markers, owner, _key_path(path, key), items)
        elif isinstance(value, list | tuple | set | frozenset):
            members = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
            for position, member in enumerate(members):
                element = _member_annotation(annotation, position)
                self.walk(member, element, markers, owner, f"{path}[{position}]", items)

    def check_number(
        self,
        value: int | float | Decimal,
        markers: frozenset[Marker],
        owner: BaseModel,
        path: str,
    ) -> CheckItem:
        grounded = next((m for m in markers if isinstance(m, Grounded)), Grounded())
        number = _as_decimal(value)
        located: tuple[tuple[Span, Match], ...] = ()
        mismatched: str | None = None
        if number.is_finite():
            unit = _unit(owner, grounded.unit_field)
            kinds = _KINDS_BY_MARKER[grounded.kind]
            key = (str(number), unit, kinds, grounded.scale_word)
            known = self._located.get(key)
            if known is None:
                found = self.index.locate_matches(number, unit, kinds)
                if not found and number < 0:
                    # "giảm 73.066 cas" reported as -73066: the article prints the magnitude.
                    found = self.index.locate_matches(-number, unit, kinds)
                if not found and grounded.scale_word:
                    # "bác sĩ/vạn dân": the bare word prints the base 10000.
                    found = [(span, Match.SCALED) for span in _scale_word_spans(self.text, number)]
                known = self._located[key] = tuple(found)
            located = known
            if not located and unit is not None:
                # Printed, but with another unit (or none)? Said so, still ungrounded.
                other = self.index.locate_matches(number, None, kinds)
                mismatched = unit if other else None
        return CheckItem(
            path=path,
            value=plain_text(number),
            target=NUMBER,
            status=Status.GROUNDED if located else Status.UNGROUNDED,
            spans=tuple(span for span, _ in located),
            matches=tuple(match for _, match in located),
            unit=mismatched,
            implied=grounded.implied
            and not located
            and mismatched is None
            and path in self.implied
            and same_value(self.implied[path], plain_text(number)),
        )

    def check_quote(self, quote: str, path: str) -> CheckItem:
        if self._folded is None:
            self._folded = _fold_article(self.text)
        spans = self._folded.find(quote)
        return CheckItem(
            path=path,
            value=quote,
            target=QUOTE,
            status=Status.GROUNDED if spans else Status.UNGROUNDED,
            spans=tuple(spans),
        )


FieldPlan = tuple[tuple[str, object, frozenset[Marker]], ...]


@lru_cache(maxsize=FIELD_PLAN_CACHE_SIZE)
def _field_plan(model: type[BaseModel]) -> FieldPlan:
    """Name, annotation and markers of each field of ``model``: all the walk reads of it."""
    return tuple(
        (name, info.annotation, _markers(info.metadata))
        for name, info in model.model_fields.items()
    )


def _has_quote(markers: frozenset[Marker]) -> bool:
    return any(isinstance(marker, Quote) for marker in markers)


def _mentions_quote(annotation: object) -> bool:
    """True when a ``Quote`` marker occurs anywhere in ``annotation`` (cached when hashable)."""
    try:
        return _mentions_quote_cached(annotation)
    except TypeError:  # unhashable metadata somewhere in the annotation
        return _search_quote(annotation)


@lru_cache(maxsize=FIELD_PLAN_CACHE_SIZE)
def _mentions_quote_cached(annotation: object) -> bool:
    return _search_quote(annotation)


def _search_quote(annotation: object) -> bool:
    # get_args of Annotated[X, m1, m2] is (X, m1, m2): markers and arguments alike.
    return isinstance(annotation, Quote) or any(
        _search_quote(argument) for argument in get_args(annotation)
    )


def _markers(metadata: object) -> frozenset[Marker]:
    if not isinstance(metadata, list | tuple):
        return frozenset()
    return frozenset(item for item in metadata if isinstance(item, _MARKERS))


def _resolve(annotation: object, value: object) -> tuple[object, frozenset[Marker]]:
    """Strip ``Annotated`` layers (collecting markers) and pick the union arm ``value`` fits.

    The answer depends on the value's type only: cached by (annotation, type) when the
    annotation is hashable (every node of every report walks it).
    """
    value_type: type[Any] = type(value)
    try:
        # (a class is hashable; typeshed's type.__hash__ signature hides it from mypy)
        return _resolve_type_cached(annotation, cast("Hashable", value_type))
    except TypeError:  # an unhashable annotation
        return _resolve_type(annotation, value_type)


def _resolve_type(annotation: object, value_type: type) -> tuple[object, frozenset[Marker]]:
    markers: frozenset[Marker] = frozenset()
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            base, *metadata = get_args(annotation)
            markers = _markers(metadata) or markers
            annotation = base
        elif origin is Union or origin is UnionType:
            arms = [arm for arm in get_args(annotation) if arm is not NoneType]
            fitting = [arm for arm in arms if _fits(arm, value_type)]
            if len(fitting) != 1 and len(arms) != 1:
                # Ambiguous or no fit: keep markers common to the whole union only.
                return Any, markers
            annotation = fitting[0] if fitting else arms[0]
        else:
            return annotation, markers


_resolve_type_cached = lru_cache(maxsize=FIELD_PLAN_CACHE_SIZE)(_resolve_type)


def _fits(annotation: object, value_type: type) -> bool:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    target = get_origin(annotation) or annotation
    if target is Any:
        return True
    return isinstance(target, type) and issubclass(value_type, target)


def _member_annotation(annotation: object, position: int) -> object:
    """The annotation of one member of ``list[X]``, ``tuple[X, ...]`` or ``tuple[X, Y]``."""
    arguments = get_args(annotation)
    if not arguments:
        return Any
    fixed_tuple = get_origin(annotation) is tuple and not (
        len(arguments) == 2 and arguments[1] is Ellipsis
    )
    if fixed_tuple:
        return arguments[position] if position < len(arguments) else Any
    return arguments[0]


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _key_path(path: str, key: object) -> str:
    if isinstance(key, str) and key.isidentifier():
        return _join(path, key)
    return f"{path}[{json.dumps(key, ensure_ascii=False, default=str)}]"


def _scale_word_spans(text: str, number: Decimal) -> list[Span]:
    """Where ``text`` prints ``number`` as a bare scale word ("/vạn dân" for 10000): the
    word, not glued to letters, with no digit before it ("2 vạn" prints 20000) and a common
    noun after it ("huyện Vạn Ninh" is a name)."""
    spans: list[Span] = []
    for word in (word for word, factor in SCALE_WORDS.items() if factor == number):
        for match in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text, re.I):
            start, end = match.span()
            before = text[max(0, start - SCALE_WORD_LOOKBACK) : start].rstrip()
            after = text[end : end + SCALE_WORD_LOOKBACK].lstrip()
            if (not before or not before[-1].isdigit()) and after[:1].islower():
                spans.append((start, end))
    return sorted(spans)


def _unit(owner: BaseModel, unit_field: str | None) -> str | None:
    if unit_field is None:
        return None
    unit = getattr(owner, unit_field, None)
    if isinstance(unit, Enum):
        unit = unit.value
    if not isinstance(unit, str) or not unit.strip():
        return None
    return unit.strip()


def _as_decimal(value: int | float | Decimal) -> Decimal:
    if isinstance(value, float):
        # repr is the shortest string that reads back as this float: 82.8, not 82.79999...
        return Decimal(repr(value))
    return Decimal(value)


def plain_text(number: Decimal) -> str:
    """A number in plain notation, without trailing zeros: Decimal("1.6E+9") -> "1600000000",
    Decimal("81.0") -> "81".

    A check item's value is written so, whatever form the report held it in: a report's
    ``81.0`` is stored in JSON as ``81``, and the check recomputed from the stored report must
    read the same value as the check made at extraction.
    """
    if not number.is_finite():
        return str(number)
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def same_value(first: str, second: str) -> bool:
    """Two check items' values are the same: equal text, or the same number however written
    (``"81.0"`` stored by an older release and ``"81"`` recomputed now)."""
    if first == second:
        return True
    try:
        return Decimal(first) == Decimal(second)
    except ArithmeticError:
        return False


def _shorten(value: str, *, quoted: bool) -> str:
    if len(value) > MAX_MESSAGE_VALUE_CHARS:
        value = value[: MAX_MESSAGE_VALUE_CHARS - 1] + "…"
    return json.dumps(value, ensure_ascii=False) if quoted else value


# --- quote matching -----------------------------------------------------------------------

# Folded articles kept for reuse: the validator and the pipeline's verification (and every
# re-ask) check quotes against the same article. More than the articles in progress at once
# at the default concurrency (twice the requests in flight); beyond that only speed suffers.
FOLD_CACHE_SIZE = 64
# ``\s`` is exactly ``str.isspace``. An irregular run folds to something other than itself
# character for character: two or more whitespace or invisible characters, or an invisible one.
_INVISIBLE_CLASS = "[" + "".join(sorted(_INVISIBLES)) + "]"
_RUN_CLASS = "[\\s" + "".join(sorted(_INVISIBLES)) + "]"
# Written as one character class first (a run character, then one more or an invisible one
# before it, then the rest of the run) rather than ``[...]{2,}|[invisible]``, so the regex
# engine skips ahead to candidate characters instead of trying both branches everywhere.
_IRREGULAR_RUN = re.compile(f"{_RUN_CLASS}(?:(?<={_INVISIBLE_CLASS})|{_RUN_CLASS}){_RUN_CLASS}*")
# Characters known to be their own cluster and left alone by NFC (see _is_simple): ASCII,
# and every other character found so, up to a bound.
_SIMPLE_CHARS: set[str] = {chr(code) for code in range(128)}
MAX_SIMPLE_CHARS = 4096


def _char_is_simple(char: str) -> bool:
    """``char`` is its own cluster and NFC leaves it alone."""
    return not unicodedata.combining(char) and unicodedata.normalize("NFC", char) == char


# The blocks Vietnamese articles are written in (Latin, its extensions with Vietnamese's
# precomposed letters, general punctuation and currency signs), their simple characters only.
# A text of these alone is simple: one regex scan answers without building a set of its
# characters (see _is_simple).
_ARTICLE_BLOCKS = ((0x0000, 0x024F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF))
_ARTICLE_SIMPLE_CHARS = "".join(
    char
    for first, last in _ARTICLE_BLOCKS
    for char in map(chr, range(first, last + 1))
    if _char_is_simple(char)
)
_OUTSIDE_ARTICLE_SIMPLE = re.compile("[^" + re.escape(_ARTICLE_SIMPLE_CHARS) + "]")
_INVISIBLE_CHARS = re.compile(_INVISIBLE_CLASS + "+")


@dataclass(frozen=True)
class _Folded:
    """Text in comparison form (NFC, one space per whitespace run, no invisible characters)
    with, for every character, the span of the original text it came from.

    The map is piecewise: segment ``k`` starts at folded position ``breaks[k]``; when
    ``widths[k]`` is None its characters map one to one onto the original from
    ``origins[k]`` on, otherwise it is one character standing for the original span
    ``origins[k]`` to ``origins[k] + widths[k]`` (a whitespace run, a combining cluster).
    """

    text: str
    breaks: tuple[int, ...]
    origins: tuple[int, ...]
    widths: tuple[int | None, ...]

    @classmethod
    def of(cls, original: str) -> _Folded:
        """Fold ``original`` and map each folded character back to it."""
        if _is_simple(original):
            return cls._of_simple(original)
        return cls._of_clusters(original)

    @classmethod
    def _of_simple(cls, original: str) -> _Folded:
        """Fold a text of single-character clusters: only whitespace and invisibles change.

        A lone whitespace character becomes one space in place, so the map breaks only at
        longer runs of whitespace and invisible characters and at invisible characters.
        """
        breaks: list[int] = []
        origins: list[int] = []
        widths: list[int | None] = []
        folded = 0
        position = 0
        for run in _IRREGULAR_RUN.finditer(original):
            run_start, run_end = run.span()
            if run_start > position:
                breaks.append(folded)
                origins.append(position)
                widths.append(None)
                folded += run_start - position
            position = run_end
            spaces = [i for i, char in enumerate(run.group()) if char.isspace()]
            if spaces:
                breaks.append(folded)
                origins.append(run_start + spaces[0])
                widths.append(spaces[-1] - spaces[0] + 1)
                folded += 1
        if position < len(original) or not breaks:
            breaks.append(folded)
            origins.append(position)
            widths.append(None)
        return cls(_fold_simple(original), tuple(breaks), tuple(origins), tuple(widths))

    @classmethod
    def _of_clusters(cls, original: str) -> _Folded:
        """Fold any text, one combining cluster at a time (NFC per cluster)."""
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        position = 0
        length = len(original)
        while position < length:
            end = position + 1
            while end < length and unicodedata.combining(original[end]):
                end += 1
            cluster = original[position:end]
            head = cluster[0]
            if head.isspace():
                if chars and chars[-1] == " ":
                    ends[-1] = end
                else:
                    chars.append(" ")
                    starts.append(position)
                    ends.append(end)
            elif head not in _INVISIBLES or len(cluster) > 1:
                for char in unicodedata.normalize("NFC", cluster):
                    if char in _INVISIBLES:
                        continue
                    chars.append(char)
                    starts.append(position)
                    ends.append(end)
            position = end
        widths = tuple(end - start for start, end in zip(starts, ends, strict=True))
        return cls("".join(chars), tuple(range(len(chars))), tuple(starts), widths)

    def start(self, at: int) -> int:
        """Where the folded character ``at`` starts in the original text."""
        segment = bisect_right(self.breaks, at) - 1
        if self.widths[segment] is None:
            return self.origins[segment] + at - self.breaks[segment]
        return self.origins[segment]

    def end(self, at: int) -> int:
        """Where the folded character ``at`` ends in the original text."""
        segment = bisect_right(self.breaks, at) - 1
        width = self.widths[segment]
        if width is None:
            return self.origins[segment] + at - self.breaks[segment] + 1
        return self.origins[segment] + width

    def find(self, quote: str) -> list[tuple[int, int]]:
        """Spans of the original text where ``quote`` occurs (non-overlapping)."""
        needle = _fold_text(normalize_text(quote)).strip(" ")
        if not needle:
            return []
        spans: list[tuple[int, int]] = []
        at = self.text.find(needle)
        while at != -1:
            spans.append((self.start(at), self.end(at + len(needle) - 1)))
            at = self.text.find(needle, at + len(needle))
        return spans


def _is_simple(text: str) -> bool:
    """True when every character is its own cluster and NFC leaves it alone.

    Then folding only collapses whitespace and drops invisible characters (the common case:
    a loaded Document is already NFC, and Vietnamese in NFC has no combining marks).
    """
    if _OUTSIDE_ARTICLE_SIMPLE.search(text) is None:
        return True
    unknown = set(text).difference(_SIMPLE_CHARS)
    if not all(_char_is_simple(char) for char in unknown):
        return False
    if unknown and len(_SIMPLE_CHARS) < MAX_SIMPLE_CHARS:
        _SIMPLE_CHARS.update(unknown)
    return True


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def _fold_article(text: str) -> _Folded:
    """The folded article, computed once per text (see :data:`FOLD_CACHE_SIZE`)."""
    return _Folded.of(text)


def _fold_text(text: str) -> str:
    """The comparison form of ``text`` alone (what :class:`_Folded` holds, without the map)."""
    if _is_simple(text):
        return _fold_simple(text)
    return _Folded.of(text).text


def _fold_simple(text: str) -> str:
    """Fold a text of single-character clusters (see :meth:`_Folded._of_simple`)."""
    if any(char in text for char in _INVISIBLES):
        text = _INVISIBLE_CHARS.sub("", text)
    words = text.split()  # splits at runs of str.isspace characters
    if not words:
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return lead + " ".join(words) + trail
