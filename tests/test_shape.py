"""The schema walker: leaves, item lists and other lists of report models."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum, IntEnum, StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, Field

from baocao.crosscheck import Grounded, NotGrounded, Quote
from baocao.errors import SchemaError
from baocao.schemas import ReportType, load_report_type
from baocao.shape import Leaf, LeafKind, one_report_type, report_shape, trust_figures


class Disease(StrEnum):
    DENGUE = "dengue"
    MEASLES = "measles"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Week(BaseModel):
    number: Annotated[int, NotGrounded()]
    year: Annotated[int | None, Grounded("year")] = None


class Count(BaseModel):
    place: str
    disease: Disease
    cases: Annotated[Decimal, Grounded(unit_field="place")]
    deaths: int | None = None
    week: Week | None = None
    since: Annotated[Week | None, NotGrounded()] = None
    quote: Annotated[str, Quote()] = ""
    tags: list[str] = Field(default_factory=list)


class Named(BaseModel):
    name: str
    note: str | None = None


class Summary(BaseModel):
    counts: list[Count] = Field(default_factory=list)
    level: Level | None = None


class Bulletin(BaseModel):
    title: str
    issued: date | None = None
    stamp: datetime | None = None
    urgent: bool | None = None
    kind: Literal["daily", "weekly"] = "daily"
    mixed: int | str | None = None
    share: int | float | None = None
    week: Week
    meta: dict[str, Any] = Field(default_factory=dict)
    counts: list[Count] = Field(default_factory=list)
    officials: list[Named] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    summary: Summary | None = None


class Node(BaseModel):
    label: str
    value: float
    child: Node | None = None
    children: list[Node] = Field(default_factory=list)


def _kinds(leaves: tuple[Leaf, ...]) -> dict[str, LeafKind]:
    return {leaf.name: leaf.kind for leaf in leaves}


def test_article_leaves_flatten_nested_objects_in_field_order() -> None:
    shape = report_shape(Bulletin)
    assert _kinds(shape.leaves) == {
        "title": LeafKind.TEXT,
        "issued": LeafKind.DATE,
        "stamp": LeafKind.DATE,
        "urgent": LeafKind.BOOLEAN,
        "kind": LeafKind.TEXT,
        "mixed": LeafKind.TEXT,
        "share": LeafKind.NUMBER,
        "week.number": LeafKind.INTEGER,
        "week.year": LeafKind.INTEGER,
        "summary.level": LeafKind.ENUM,
    }
    assert shape.leaf("week.year") == Leaf(
        ("week", "year"), "week.year", LeafKind.INTEGER, grounded=True
    )
    level = shape.leaf("summary.level")
    assert level is not None and level.enum is Level


def test_lists_with_figures_are_item_lists_and_the_rest_are_named() -> None:
    shape = report_shape(Bulletin)
    assert [item_list.name for item_list in shape.lists] == ["counts", "summary.counts"]
    assert shape.other_lists == ("officials", "notes")
    counts = shape.lists[0]
    assert counts.model is Count
    assert [leaf.name for leaf in counts.leaves] == [
        "place",
        "disease",
        "cases",
        "deaths",
        "week.number",
        "week.year",
        "since.number",
        "since.year",
        "quote",
    ]
    disease = counts.leaf("disease")
    assert disease is not None and disease.kind is LeafKind.ENUM and disease.enum is Disease


def test_figures_are_the_numbers_the_cross_checker_grounds() -> None:
    counts = report_shape(Bulletin).lists[0]
    # NotGrounded on the number itself (week.number) or on a field above it (since) excludes it.
    assert [leaf.name for leaf in counts.figures] == ["cases", "deaths", "week.year"]
    cases = counts.figures[0]
    assert cases.unit == ("place",) and cases.unit_in({"place": "xã A"}) == "xã A"
    week_year = counts.figures[2]
    assert week_year.unit is None and week_year.unit_in({"place": "xã A"}) is None
    quote = counts.leaf("quote")
    place = counts.leaf("place")
    assert quote is not None and quote.quote
    assert place is not None and not place.quote


def test_leaf_get_and_item_entries_walk_report_dicts() -> None:
    shape = report_shape(Bulletin)
    report: dict[str, Any] = {
        "title": "Bản tin",
        "week": {"number": 3, "year": None},
        "counts": [{"place": "A", "cases": 5, "week": {"year": 2024}}, "not an object", {}],
        "summary": None,
    }
    year = shape.leaf("week.year")
    number = shape.leaf("week.number")
    assert year is not None and number is not None
    assert (number.get(report), year.get(report)) == (3, None)
    level = shape.leaf("summary.level")
    assert level is not None and level.get(report) is None
    counts, nested = shape.lists
    # Positions are the report's own, so check paths stay right past a non-object item.
    assert [position for position, _ in counts.entries(report)] == [0, 2]
    assert counts.items(report)[0]["place"] == "A"
    week_year = counts.leaf("week.year")
    assert week_year is not None and week_year.get(counts.items(report)[0]) == 2024
    assert counts.item_path(2, week_year) == "counts[2].week.year"
    assert counts.item_path(2) == "counts[2]"
    assert nested.items(report) == []
    assert nested.item_path(0, week_year) == "summary.counts[0].week.year"
    assert counts.items({"counts": "text"}) == []


def test_a_recursive_model_stops_at_its_second_occurrence() -> None:
    shape = report_shape(Node)
    assert [leaf.name for leaf in shape.leaves] == ["label", "value"]
    # A list of the model itself is not walked again: named, not an item list.
    assert shape.lists == ()
    assert shape.other_lists == ("children",)


def test_shapes_are_cached_per_model() -> None:
    assert report_shape(Bulletin) is report_shape(Bulletin)


def test_health_review_shape() -> None:
    model = load_report_type("health_review").model
    shape = report_shape(model)
    assert [leaf.name for leaf in shape.leaves] == [
        "title",
        "event_date",
        "organizer",
        "organizer_level",
        "province",
        "district",
        "meeting_kind",
        "online",
        "reviewed_period.kind",
        "reviewed_period.year",
        "reviewed_period.index",
        "next_period.kind",
        "next_period.year",
        "next_period.index",
        "author",
    ]
    assert [item_list.name for item_list in shape.lists] == ["indicators"]
    assert shape.other_lists == ("people", "achievements", "challenges", "priorities")
    indicators = shape.lists[0]
    assert [leaf.name for leaf in indicators.figures] == [
        "value",
        "denominator",
        "value_max",
        "period.year",
        "per.value",
    ]
    kinds = _kinds(indicators.leaves)
    assert kinds["value"] is LeafKind.NUMBER
    assert kinds["category"] is LeafKind.ENUM
    assert kinds["compared_to.year"] is LeafKind.INTEGER
    assert kinds["quote"] is LeafKind.TEXT


@pytest.mark.parametrize(
    ("annotation", "kind"),
    [
        (int, LeafKind.INTEGER),
        (bool, LeafKind.BOOLEAN),
        (Decimal, LeafKind.NUMBER),
        (float | None, LeafKind.NUMBER),
        (int | float, LeafKind.NUMBER),
        (Annotated[int, Grounded()] | None, LeafKind.INTEGER),
        (Disease, LeafKind.ENUM),
        (str | int, LeafKind.TEXT),
        (Any, LeafKind.TEXT),
    ],
    ids=lambda value: str(value),
)
def test_leaf_kinds_of_annotations(annotation: Any, kind: LeafKind) -> None:
    class Holder(BaseModel):
        field: annotation

    assert report_shape(Holder).leaves[0].kind is kind


def test_a_plain_enum_keeps_its_class() -> None:
    class Colour(Enum):
        RED = 1

    class Holder(BaseModel):
        colour: Colour

    leaf = report_shape(Holder).leaves[0]
    assert (leaf.kind, leaf.enum) == (LeafKind.ENUM, Colour)


def test_nested_objects_are_groups_with_their_models() -> None:
    shape = report_shape(Bulletin)
    assert [(group.name, group.model) for group in shape.groups] == [
        ("week", Week),
        ("summary", Summary),
    ]
    counts = shape.lists[0]
    assert [(group.name, group.model) for group in counts.groups] == [
        ("week", Week),
        ("since", Week),
    ]
    week = shape.groups[0]
    assert week.get({"week": {"number": 3}}) == {"number": 3}
    assert week.get({"week": None}) is None and week.get({"week": 3}) is None


def test_records_of_one_type_give_it_and_of_two_are_refused() -> None:
    assert one_report_type([None, "health_review"], "health_review").name == "health_review"
    assert one_report_type([], "health_review").name == "health_review"
    with pytest.raises(SchemaError, match=r"several report types \(health_review, "):
        one_report_type(["outbreak_bulletin", None], None)
    # A named schema file that is gone is read as the type the caller gives, else refused.
    assert one_report_type(["a.py:X", None], "health_review").name == "health_review"
    with pytest.raises(SchemaError, match=r"'a\.py:X'.*pass --schema"):
        one_report_type(["a.py:X"], None)


def _declaring(tmp_path: Path, declaration: str) -> ReportType:
    path = tmp_path / "declares.py"
    path.write_text(
        "from decimal import Decimal\n"
        "from pydantic import BaseModel\n\n"
        "class Row(BaseModel):\n    name: str\n    amount: Decimal\n"
        "    share: float | None = None\n\n"
        "class Table(BaseModel):\n    rows: list[Row] = []\n\n"
        f"{declaration}\n",
        encoding="utf-8",
    )
    return load_report_type(f"{path}:Table")


def test_trust_figures_are_read_from_the_schema_file(tmp_path: Path) -> None:
    assert trust_figures(_declaring(tmp_path, "")) == {}
    declared = trust_figures(_declaring(tmp_path, 'TRUST_FIGURES = {"rows": "amount"}'))
    assert [leaf.name for leaf in declared["rows"]] == ["amount"]


@pytest.mark.parametrize(
    ("declaration", "message"),
    [
        ('TRUST_FIGURES = ("rows",)', "must map a list's name"),
        ('TRUST_FIGURES = {"lines": ("amount",)}', r"'lines' is not a list of figures .*\(rows\)"),
        (
            'TRUST_FIGURES = {"rows": ("name",)}',
            r"'name' is not a figure of rows \(amount, share\)",
        ),
    ],
)
def test_a_wrong_trust_declaration_names_the_file_and_the_entry(
    tmp_path: Path, declaration: str, message: str
) -> None:
    with pytest.raises(SchemaError, match=rf"TRUST_FIGURES in .*declares\.py.*{message}"):
        trust_figures(_declaring(tmp_path, declaration))
