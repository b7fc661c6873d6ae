"""The shape of a report type: its scalar fields and its lists of figures, read from the model.

The outputs (CSV export, review site, evaluation) know no particular report type: they ask
:func:`report_shape` what a report model holds and walk report dicts (the record's JSON) with
the answer. A model's fields are read from their annotations, once per model:

* a **leaf** (:class:`Leaf`) is one scalar field: text, number, integer, boolean, date or
  enum. Nested objects are flattened: ``held: Period`` gives the leaves ``held.kind``,
  ``held.year`` and ``held.index``.
  ``Optional``, ``Annotated`` and unions are unwrapped (a union of numbers is a number; any
  other union of several types is text).
* an **item list** (:class:`ItemList`) is a list of objects that hold numeric figures the
  cross-checker grounds (the counts a report prints, each with its place and date): the lists whose
  items become rows and tables. Its leaves are relative to one item.
* a **value list** (:class:`ValueList`) is a list of strings or enum values outside any
  list (the diseases a bulletin names, its measures): one value of the report, a set of
  texts, which the outputs show joined (:data:`VALUES_SEPARATOR`) and eval scores as a set.
* every list that is not an item list (value lists, and lists of objects with no figures,
  such as the people named) is named in :attr:`ReportShape.other_lists`.

A leaf knows whether the cross-checker checks it (:attr:`Leaf.grounded`: a number with no
:class:`~baocao.crosscheck.NotGrounded` on it or above it; :attr:`Leaf.quote`: a string
marked :class:`~baocao.crosscheck.Quote`), read from the same markers the checker reads.

What the walker does not descend into: lists inside a list item, mappings (``dict`` fields)
and a model inside itself (a recursive model stops at its second occurrence on a path).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum, StrEnum
from functools import lru_cache
from types import NoneType, UnionType
from typing import Annotated, Any, Literal, TypeGuard, Union, get_args, get_origin

from pydantic import BaseModel

from baocao.crosscheck import Grounded, NotGrounded, Quote
from baocao.errors import SchemaError
from baocao.schemas import ReportType, records_report_type

# Report models whose shapes are kept (bundled and user types of one run).
SHAPE_CACHE_SIZE = 64
PATH_SEPARATOR = "."
# What a report type's schema file may declare for every output (ReportType.declared): per
# list of figures, the figures its rows speak for (trust columns, badges); default: all.
TRUST_DECLARATION = "TRUST_FIGURES"
LIST_ORIGINS = (list, tuple, set, frozenset)
# How the values of a value list are written in one cell (CSV, review tables).
VALUES_SEPARATOR = "; "


class LeafKind(StrEnum):
    """What kind of scalar a leaf holds."""

    TEXT = "text"
    NUMBER = "number"  # Decimal or float (or a union of numbers)
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATE = "date"  # date or datetime, an ISO string in the JSON
    ENUM = "enum"  # an Enum's value in the JSON


NUMERIC_KINDS = frozenset({LeafKind.NUMBER, LeafKind.INTEGER})


@dataclass(frozen=True)
class Leaf:
    """One scalar field of a report or of a list item, nested objects flattened.

    Attributes:
        path: field names from the report (or from the list item) down to the scalar:
            ``("held", "kind")``.
        name: the path joined with dots: ``"held.kind"``.
        kind: what the scalar is.
        enum: the Enum class of an ``ENUM`` leaf (None otherwise).
        grounded: a number the cross-checker grounds in the article (no ``NotGrounded`` on
            it or on a field above it).
        quote: a string the cross-checker finds verbatim in the article (``Quote``).
        unit: the path of the sibling field holding a number's unit, as its ``Grounded``
            marker names it (``unit_field="unit"``), relative like ``path``; None without.
    """

    path: tuple[str, ...]
    name: str
    kind: LeafKind
    enum: type[Enum] | None = None
    grounded: bool = False
    quote: bool = False
    unit: tuple[str, ...] | None = None

    @property
    def numeric(self) -> bool:
        """True for a number or an integer."""
        return self.kind in NUMERIC_KINDS

    def unit_in(self, obj: Mapping[str, Any]) -> Any:
        """The number's unit in a report (or item) dict (None without a unit field)."""
        return None if self.unit is None else follow(obj, self.unit)

    def get(self, obj: Mapping[str, Any]) -> Any:
        """The leaf's value in a report dict (or item dict); None when a step is missing/null.

        ``held.year`` of ``{"held": {"year": 2023}}`` is 2023; of ``{"held": None}``, None.
        """
        return follow(obj, self.path)


def follow(obj: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    """The value at ``path`` in nested dicts; None when a step is missing or not an object
    (``("held", "year")`` of ``{"held": {"year": 2023}}`` is 2023)."""
    value: Any = obj
    for step in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(step)
    return value


@dataclass(frozen=True)
class ValueList:
    """A list of strings or enum values outside any list (``diseases: list[Disease]``).

    Attributes:
        path: field names from the report down to the list.
        name: the path joined with dots.
        kind: what each value is (``TEXT`` or ``ENUM``).
        enum: the Enum class of an ``ENUM`` list (None otherwise).
    """

    path: tuple[str, ...]
    name: str
    kind: LeafKind
    enum: type[Enum] | None = None

    def values(self, obj: Mapping[str, Any]) -> list[Any]:
        """The list's values in a report dict, nulls left out (none when absent)."""
        value = follow(obj, self.path)
        return [member for member in value if member is not None] if isinstance(value, list) else []

    def text(self, obj: Mapping[str, Any]) -> str:
        """The values as one cell: ``sốt xuất huyết; sởi`` (empty when none)."""
        return VALUES_SEPARATOR.join(str(member) for member in self.values(obj))


@dataclass(frozen=True)
class Group:
    """A nested object field (``held: Period``): its leaves are flattened.

    Attributes:
        path: field names down to the object, relative to the report or the list item.
        name: the path joined with dots.
        model: the object's model, so an output can write the object as one value (a
            period as ``Q2/2023``) where its type says how.
    """

    path: tuple[str, ...]
    name: str
    model: type[BaseModel]

    def get(self, obj: Mapping[str, Any]) -> Mapping[str, Any] | None:
        """The object in a report (or item) dict, or None when absent or not an object."""
        value = follow(obj, self.path)
        return value if isinstance(value, Mapping) else None


@dataclass(frozen=True)
class ItemList:
    """A list of objects holding numeric figures (one row / table line per item).

    Attributes:
        path: field names from the report down to the list (``("counts",)``).
        name: the path joined with dots; also the JSON path prefix of its items'
            check paths (``counts[3].amount``).
        model: the model of one item.
        leaves: every leaf of one item, in field order, relative to the item.
        figures: its numeric leaves the cross-checker grounds.
        groups: its nested object fields, in field order.
    """

    path: tuple[str, ...]
    name: str
    model: type[BaseModel]
    leaves: tuple[Leaf, ...]
    figures: tuple[Leaf, ...]
    groups: tuple[Group, ...] = ()

    def entries(self, report: Mapping[str, Any]) -> list[tuple[int, Mapping[str, Any]]]:
        """The list's object items with their positions in the list (others skipped).

        The position is the one check paths use (:meth:`item_path`), so an item that is not
        an object (a hand-edited report) does not shift the items after it.
        """
        value = follow(report, self.path)
        if not isinstance(value, list | tuple):
            return []
        return [(i, item) for i, item in enumerate(value) if isinstance(item, Mapping)]

    def items(self, report: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """The list's object items in a report dict (empty when absent or not a list)."""
        return [item for _, item in self.entries(report)]

    def item_path(self, position: int, leaf: Leaf | None = None) -> str:
        """The JSON path of an item (or of one of its leaves), as check items name it.

        ``item_path(3, amount_leaf)`` of the list ``counts`` is ``"counts[3].amount"``.
        """
        prefix = f"{self.name}[{position}]"
        return f"{prefix}{PATH_SEPARATOR}{leaf.name}" if leaf is not None else prefix

    def leaf(self, name: str) -> Leaf | None:
        """The item leaf called ``name`` (``"held.year"``), or None."""
        return next((leaf for leaf in self.leaves if leaf.name == name), None)


@dataclass(frozen=True)
class ReportShape:
    """What a report model holds, for the outputs to walk its dicts.

    Attributes:
        model: the report model.
        leaves: its scalar leaves outside lists, in field order.
        lists: its lists of objects holding figures, in field order.
        other_lists: the names (dotted paths) of its other lists: of strings, or of objects
            without figures.
        groups: its nested object fields outside lists, in field order.
        value_lists: its lists of strings or enum values outside lists, in field order
            (also named in ``other_lists``).
    """

    model: type[BaseModel]
    leaves: tuple[Leaf, ...]
    lists: tuple[ItemList, ...]
    other_lists: tuple[str, ...]
    groups: tuple[Group, ...] = ()
    value_lists: tuple[ValueList, ...] = ()

    def value_list(self, name: str) -> ValueList | None:
        """The value list called ``name`` (``"diseases"``), or None."""
        return next((values for values in self.value_lists if values.name == name), None)

    def leaf(self, name: str) -> Leaf | None:
        """The article-level leaf called ``name`` (``"held.kind"``), or None."""
        return next((leaf for leaf in self.leaves if leaf.name == name), None)

    def item_list(self, name: str) -> ItemList | None:
        """The item list called ``name`` (``"counts"``), or None."""
        return next((item_list for item_list in self.lists if item_list.name == name), None)


@lru_cache(maxsize=SHAPE_CACHE_SIZE)
def report_shape(model: type[BaseModel]) -> ReportShape:
    """The shape of a report model (cached per model class).

    Args:
        model: a Pydantic report model (a registry type's ``model``).
    """
    walk = _Walk()
    walk.model(model, (), inside_list=False, checked=True, seen=(model,))
    return ReportShape(
        model=model,
        leaves=tuple(walk.leaves),
        lists=tuple(walk.lists),
        other_lists=tuple(walk.other_lists),
        value_lists=tuple(walk.value_lists),
        groups=tuple(walk.groups),
    )


def one_report_type(
    names: Iterable[str | None], schema: str | type[BaseModel] | None = None
) -> ReportType:
    """The one report type some records name (see :func:`records_report_type`).

    An output's columns, tables and charts are one type's: records of several types cannot
    share them. ``schema`` is the caller's type (a name, a spec or a model; None: not asked
    for), for the records that name none (default :data:`~baocao.settings.DEFAULT_SCHEMA`)
    or whose schema file is gone; it must be the type the others name.

    Raises:
        SchemaError: the records name several report types, ``schema`` differs from the type
            they name, a named schema file is gone and no ``schema`` given, or the type
            cannot be loaded.
    """
    types: dict[type[BaseModel], ReportType] = {}
    for name in dict.fromkeys(names) or (None,):
        report_type = records_report_type(name, schema)
        types.setdefault(report_type.model, report_type)
    if len(types) > 1:
        named = ", ".join(sorted(report_type.spec for report_type in types.values()))
        raise SchemaError(
            f"the records are of several report types ({named}): an export or a "
            "review site shows one type; write each type's records to its own file"
        )
    return next(iter(types.values()))


def trust_figures(report_type: ReportType) -> dict[str, tuple[Leaf, ...]]:
    """Per list of figures, the figures a row speaks for, as the type declares them.

    A schema file may declare ``TRUST_FIGURES``: a list's name -> the paths of the figures
    its rows' trust (the CSV's ``grounded`` / ``verified``, the review's badge) speaks for
    (``{"counts": ("amount",)}``). A list it does not name speaks for every figure its
    item holds (an empty answer here).

    Raises:
        SchemaError: the declaration is malformed or names no list or figure of the type.
    """
    declared = report_type.declared(TRUST_DECLARATION)
    if declared is None:
        return {}
    where = f"{TRUST_DECLARATION} in {report_type.where}"
    if not isinstance(declared, Mapping):
        raise SchemaError(f"{where} must map a list's name to a tuple of its figures' paths")
    shape = report_shape(report_type.model)
    trust: dict[str, tuple[Leaf, ...]] = {}
    for list_name, paths in declared.items():
        item_list = shape.item_list(str(list_name))
        if item_list is None:
            known = ", ".join(item.name for item in shape.lists) or "(none)"
            raise SchemaError(
                f"{where}: '{list_name}' is not a list of figures of the type ({known})"
            )
        if not isinstance(paths, str) and not (
            isinstance(paths, list | tuple) and all(isinstance(path, str) for path in paths)
        ):
            raise SchemaError(
                f"{where}: the entry '{list_name}': {paths!r} is not a figure's path nor a "
                "tuple of them: fix the entry"
            )
        figures = []
        for path in (paths,) if isinstance(paths, str) else paths:
            leaf = next((f for f in item_list.figures if f.name == path), None)
            if leaf is None:
                known = ", ".join(f.name for f in item_list.figures)
                raise SchemaError(f"{where}: '{path}' is not a figure of {list_name} ({known})")
            figures.append(leaf)
        trust[item_list.name] = tuple(figures)
    return trust


class _Walk:
    """Collects the leaves and lists of one model tree."""

    def __init__(self) -> None:
        self.leaves: list[Leaf] = []
        self.lists: list[ItemList] = []
        self.other_lists: list[str] = []
        self.value_lists: list[ValueList] = []
        self.groups: list[Group] = []

    def model(
        self,
        model: type[BaseModel],
        prefix: tuple[str, ...],
        *,
        inside_list: bool,
        checked: bool,
        seen: tuple[type[BaseModel], ...],
    ) -> None:
        for name, info in model.model_fields.items():
            self.field(
                info.annotation,
                (*prefix, name),
                tuple(info.metadata),
                inside_list=inside_list,
                checked=checked,
                seen=seen,
            )

    def field(
        self,
        annotation: object,
        path: tuple[str, ...],
        metadata: tuple[object, ...],
        *,
        inside_list: bool,
        checked: bool,
        seen: tuple[type[BaseModel], ...],
    ) -> None:
        base, inner = _unwrap(annotation)
        markers = metadata + inner
        checked = checked and not _has(markers, NotGrounded)
        if _is_model(base):
            if base in seen:
                return  # a model inside itself: its second occurrence is not walked
            self.groups.append(Group(path, PATH_SEPARATOR.join(path), base))
            self.model(base, path, inside_list=inside_list, checked=checked, seen=(*seen, base))
            return
        origin = get_origin(base)
        if origin in LIST_ORIGINS or base in LIST_ORIGINS:
            if not inside_list:
                self.sequence(base, path, checked=checked, seen=seen)
            return
        if origin is dict or base is dict or origin is Mapping:
            return
        kind, enum = _kind(base)
        grounded = next((m for m in markers if isinstance(m, Grounded)), None)
        unit_field = grounded.unit_field if grounded is not None else None
        self.leaves.append(
            Leaf(
                path=path,
                name=PATH_SEPARATOR.join(path),
                kind=kind,
                enum=enum,
                grounded=checked and kind in NUMERIC_KINDS,
                quote=_has(markers, Quote) and kind is LeafKind.TEXT,
                unit=None if unit_field is None else (*path[:-1], unit_field),
            )
        )

    def sequence(
        self,
        annotation: object,
        path: tuple[str, ...],
        *,
        checked: bool,
        seen: tuple[type[BaseModel], ...],
    ) -> None:
        """A list field outside any list: an item list when its items hold figures."""
        name = PATH_SEPARATOR.join(path)
        arguments = get_args(annotation)
        element, markers = _unwrap(arguments[0]) if arguments else (Any, ())
        if not _is_model(element) or element in seen:
            self.other_lists.append(name)
            if isinstance(element, type) and issubclass(element, str | Enum):
                kind, enum = _kind(element)
                self.value_lists.append(ValueList(path, name, kind, enum))
            return
        inner = _Walk()
        inner.model(
            element,
            (),
            inside_list=True,
            checked=checked and not _has(markers, NotGrounded),
            seen=(*seen, element),
        )
        figures = tuple(leaf for leaf in inner.leaves if leaf.grounded)
        if not figures:
            self.other_lists.append(name)
            return
        self.lists.append(
            ItemList(
                path=path,
                name=name,
                model=element,
                leaves=tuple(inner.leaves),
                figures=figures,
                groups=tuple(inner.groups),
            )
        )


def _unwrap(annotation: object) -> tuple[object, tuple[object, ...]]:
    """Strip ``Annotated`` and ``None`` arms; the remaining type and the metadata met.

    A union of several non-None types is returned as is (see :func:`_kind`), unless all its
    arms are the same after unwrapping.
    """
    metadata: list[object] = []
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            arguments = get_args(annotation)
            metadata.extend(arguments[1:])
            annotation = arguments[0]
        elif origin is Union or origin is UnionType:
            arms = [arm for arm in get_args(annotation) if arm is not NoneType]
            if len(arms) == 1:
                annotation = arms[0]
                continue
            unwrapped = [_unwrap(arm) for arm in arms]
            if len({base for base, _ in unwrapped}) == 1:
                for _, extra in unwrapped:
                    metadata.extend(extra)
                return unwrapped[0][0], tuple(metadata)
            return annotation, tuple(metadata)
        else:
            return annotation, tuple(metadata)


def _kind(annotation: object) -> tuple[LeafKind, type[Enum] | None]:
    """The leaf kind of an unwrapped scalar annotation (text when nothing else fits)."""
    origin = get_origin(annotation)
    if origin is Union or origin is UnionType:
        kinds = {_kind(_unwrap(arm)[0])[0] for arm in get_args(annotation) if arm is not NoneType}
        if kinds and kinds <= NUMERIC_KINDS:
            return (LeafKind.INTEGER if kinds == {LeafKind.INTEGER} else LeafKind.NUMBER), None
        return LeafKind.TEXT, None
    if origin is Literal or not isinstance(annotation, type):
        return LeafKind.TEXT, None
    if issubclass(annotation, Enum):
        return LeafKind.ENUM, annotation
    if issubclass(annotation, bool):
        return LeafKind.BOOLEAN, None
    if issubclass(annotation, int):
        return LeafKind.INTEGER, None
    if issubclass(annotation, float | Decimal):
        return LeafKind.NUMBER, None
    if issubclass(annotation, date):
        return LeafKind.DATE, None
    return LeafKind.TEXT, None


def _is_model(annotation: object) -> TypeGuard[type[BaseModel]]:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _has(markers: tuple[object, ...], marker: type) -> bool:
    return any(isinstance(item, marker) for item in markers)
