"""export and review of a report type the engine has never heard of: a toy written here.

The toy is a user's schema file (``path.py:Class``) with no declarations beside it, so every
column, table and chart comes from its fields (baocao.shape): no code names it.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest

from baocao.documents import load_document
from baocao.errors import SchemaError
from baocao.export import csv_layout, write_csv
from baocao.records import read_records
from baocao.review import write_review_site
from baocao.schemas import load_report_type

# Written for these tests in the genre's forms (a disaster relief notice): 35, 120 and 2,5
# are printed; 999 is not.
ARTICLE = (
    "Bản tin thiên tai tuần 12 năm 2024\n"
    "Tại xã An Bình, lũ làm hư hỏng 35 ngôi nhà, 120 người phải sơ tán. "
    "Tỉnh đã hỗ trợ 2,5 tấn gạo cho xã An Bình.\n"
)
SCHEMA = """
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field

from baocao.crosscheck import Grounded, NotGrounded, Quote


class Hazard(StrEnum):
    FLOOD = "flood"
    STORM = "storm"


class Week(BaseModel):
    number: Annotated[int, NotGrounded()]
    year: Annotated[int, Grounded("year")]


class Damage(BaseModel):
    place: str
    hazard: Hazard
    houses: int
    people: int | None = None
    quote: Annotated[str, Quote()]


class Relief(BaseModel):
    place: str
    amount: Annotated[Decimal, Grounded(unit_field="unit")]
    unit: str


class Flood(BaseModel):
    title: str
    issued: date | None = None
    region: str
    week: Week
    damages: list[Damage] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Notice(Flood):
    reliefs: list[Relief] = Field(default_factory=list)
"""
DAMAGES = [
    {
        "place": "xã An Bình",
        "hazard": "flood",
        "houses": 35,
        "people": 120,
        "quote": "lũ làm hư hỏng 35 ngôi nhà, 120 người phải sơ tán",
    },
    {
        "place": "=xã Bình Minh",
        "hazard": "storm",
        "houses": 35,
        "people": 999,
        "quote": "lũ làm hư hỏng 35 ngôi nhà",
    },
]
REPORT = {
    "title": "Bản tin thiên tai tuần 12 năm 2024",
    "issued": None,
    "region": "-Miền Trung",
    "week": {"number": 12, "year": 2024},
    "damages": DAMAGES,
    "notes": ["một ghi chú"],
}
ONE_LIST_COLUMNS = (
    "source,url,title,issued,region,week_number,week_year,notes,"
    "place,hazard,houses,people,quote,grounded,verified"
)
TWO_LIST_COLUMNS = (
    "source,url,title,issued,region,week_number,week_year,notes,list,"
    "damages_place,damages_hazard,damages_houses,damages_people,damages_quote,"
    "reliefs_place,reliefs_amount,reliefs_unit,grounded,verified"
)


def _records(tmp_path: Path, spec: str, report: dict[str, Any]) -> Path:
    """A records file of one record of the toy type, as ``extract`` writes one."""
    article = tmp_path / "ban-tin.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    record = {
        "source": {"path": str(article), "sha256": load_document(article).sha256},
        "schema": spec,
        "report": report,
        "verification": None,
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "cost_usd": 0.0},
        "cached": False,
        "error": None,
    }
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def schema_file(tmp_path: Path) -> Path:
    path = tmp_path / "toy_types.py"
    path.write_text(SCHEMA, encoding="utf-8")
    return path


def _rows(path: Path, *, excel: bool = False) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_toy_type_exports_one_row_per_item_with_columns_from_its_fields(
    tmp_path: Path, schema_file: Path
) -> None:
    records = _records(tmp_path, f"{schema_file}:Flood", REPORT)
    out = tmp_path / "toy.csv"
    result = write_csv(list(read_records(records)), out)
    assert result.rows == 2
    assert out.read_text(encoding="utf-8").splitlines()[0] == ONE_LIST_COLUMNS
    first, second = _rows(out)
    assert (first["title"], first["region"], first["week_number"]) == (
        REPORT["title"],
        "-Miền Trung",
        "12",
    )
    assert (first["place"], first["hazard"], first["houses"], first["people"]) == (
        "xã An Bình",
        "flood",
        "35",
        "120",
    )
    assert second["week_year"] == "2024"  # article fields on every row
    assert second["notes"] == "một ghi chú"  # a list of strings: one cell
    # A row speaks for every figure its item holds: 999 people is not in the article.
    assert (first["grounded"], first["verified"]) == ("yes", "grounded")
    assert (second["grounded"], second["verified"]) == ("no", "ungrounded")
    assert result.ungrounded == 1


def test_the_excel_guard_reads_numeric_columns_from_the_fields(
    tmp_path: Path, schema_file: Path
) -> None:
    layout = csv_layout(load_report_type(f"{schema_file}:Flood"))
    assert layout.numeric == {"week_number", "week_year", "houses", "people"}
    report = {**REPORT, "damages": [{**DAMAGES[1], "houses": -35}]}
    out = tmp_path / "toy.csv"
    write_csv(
        list(read_records(_records(tmp_path, f"{schema_file}:Flood", report))), out, excel=True
    )
    (row,) = _rows(out, excel=True)
    assert (row["region"], row["place"]) == ("'-Miền Trung", "'=xã Bình Minh")
    assert row["houses"] == "-35"  # a number in a numeric column stays a number


def test_several_lists_share_one_file_with_a_list_column(tmp_path: Path, schema_file: Path) -> None:
    report = {**REPORT, "reliefs": [{"place": "xã An Bình", "amount": 2.5, "unit": "tấn"}]}
    out = tmp_path / "toy.csv"
    records = _records(tmp_path, f"{schema_file}:Notice", report)
    assert write_csv(list(read_records(records)), out).rows == 3
    assert out.read_text(encoding="utf-8").splitlines()[0] == TWO_LIST_COLUMNS
    rows = _rows(out)
    assert [row["list"] for row in rows] == ["damages", "damages", "reliefs"]
    relief = rows[2]
    assert (relief["reliefs_place"], relief["reliefs_amount"], relief["damages_houses"]) == (
        "xã An Bình",
        "2.5",
        "",
    )
    assert (relief["grounded"], relief["verified"]) == ("yes", "grounded")
    assert rows[0]["reliefs_place"] == "" and rows[0]["damages_houses"] == "35"


def test_records_of_two_types_are_refused_by_name(tmp_path: Path, schema_file: Path) -> None:
    record = next(read_records(_records(tmp_path, f"{schema_file}:Flood", REPORT)))
    other = dataclasses.replace(record, schema=f"{schema_file}:Notice")
    with pytest.raises(SchemaError, match="several report types"):
        write_csv([record, other], tmp_path / "toy.csv")


def test_a_toy_type_reviews_with_tables_and_charts_from_its_fields(
    tmp_path: Path, schema_file: Path
) -> None:
    report = {**REPORT, "reliefs": [{"place": "xã An Bình", "amount": 2.5, "unit": "tấn"}]}
    records = list(read_records(_records(tmp_path, f"{schema_file}:Notice", report)))
    index = write_review_site(records, tmp_path / "site")
    (page_path,) = (tmp_path / "site").glob("article-*.html")
    page = page_path.read_text(encoding="utf-8")
    # The article table: every top-level field but the title, in words; the week as one value.
    meta = page[page.index('<table class="meta">') :]
    assert "<td>Region</td><td>-Miền Trung</td>" in meta
    assert "<td>Week</td><td>12 2024</td>" in meta
    # A table per list of figures, named by the list; rows link to their figures in the text.
    assert "<h2>Damages (2)</h2>" in page and "<h2>Reliefs (1)</h2>" in page
    assert "<th>Damage, hazard and quote</th>" in page
    damages = re.findall(r'<tr class="item" id="damage-(\d)"[^>]*>(.*?)</tr>', page)
    assert [position for position, _ in damages] == ["0", "1"]
    assert '<span class="tag">flood</span>' in damages[0][1]
    assert "houses 35 · people 120" in damages[0][1]
    # The badge speaks for the row's least trustworthy figure: its people, not its houses.
    assert 'class="badge ungrounded" title="damages[1].people = 999"' in damages[1][1]
    # A figure whose Grounded marker names its unit field is shown with its unit.
    assert re.search(r'<tr class="item" id="relief-0"[^>]*>.*?>2\.5 tấn<.*?✓ grounded', page)
    overview = index.read_text(encoding="utf-8")
    # Charts: the items of each list with an enum field per its value, by trust.
    assert "Damages per hazard, by trust" in overview
    assert "<th>Damages</th><th>Reliefs</th>" in overview
    # The ungrounded value is named by its item's first text field.
    assert "<code>damages[1].people</code>" in overview and "=xã Bình Minh" in overview


def test_a_declaration_naming_no_field_is_an_error_naming_the_file(
    tmp_path: Path, schema_file: Path
) -> None:
    text = schema_file.read_text(encoding="utf-8")
    schema_file.write_text(text + '\nCSV_COLUMNS = ("title", "damages.colour")\n', "utf-8")
    with pytest.raises(SchemaError, match=r"toy_types\.py: 'damages\.colour' is not a field"):
        csv_layout(load_report_type(f"{schema_file}:Flood"))


def test_a_type_without_lists_of_figures_gives_one_row_and_page_per_article(
    tmp_path: Path, schema_file: Path
) -> None:
    text = schema_file.read_text(encoding="utf-8")
    schema_file.write_text(text + "\n\nclass Note(BaseModel):\n    title: str\n    week: Week\n")
    records = list(read_records(_records(tmp_path, f"{schema_file}:Note", REPORT)))
    out = tmp_path / "toy.csv"
    assert write_csv(records, out).rows == 1
    # QA: the row had no trust columns while the warning pointed at verified=changed; they
    # speak for the article's own figures (week.year is grounded; week.number is not checked).
    assert _rows(out) == [
        {
            "source": str(tmp_path / "ban-tin.txt"),
            "url": "",
            "title": REPORT["title"],
            "week_number": "12",
            "week_year": "2024",
            "grounded": "yes",
            "verified": "grounded",
        }
    ]
    index = write_review_site(records, tmp_path / "site").read_text(encoding="utf-8")
    assert "all grounded" in index and 'id="filter-group"' not in index


@pytest.mark.parametrize(
    ("year", "grounded", "verified", "ungrounded"),
    [(2023, "no", "ungrounded", 1), (None, "", "", 0)],
    ids=["a figure not in the article", "no figure given"],
)
def test_a_row_per_article_speaks_for_the_article_figures(
    tmp_path: Path,
    schema_file: Path,
    year: int | None,
    grounded: str,
    verified: str,
    ungrounded: int,
) -> None:
    text = schema_file.read_text(encoding="utf-8")
    schema_file.write_text(
        text + "\n\nclass Tally(BaseModel):\n    title: str\n"
        "    year: Annotated[int | None, Grounded('year')] = None\n",
        encoding="utf-8",
    )
    report = {"title": REPORT["title"], "year": year}
    records = list(read_records(_records(tmp_path, f"{schema_file}:Tally", report)))
    out = tmp_path / "toy.csv"
    result = write_csv(records, out)
    assert (
        out.read_text(encoding="utf-8").splitlines()[0] == "source,url,title,year,grounded,verified"
    )
    (row,) = _rows(out)
    assert (row["grounded"], row["verified"]) == (grounded, verified)
    assert result.ungrounded == ungrounded


@pytest.mark.parametrize(
    ("addition", "spec", "message"),
    [
        (
            "\n\nclass Dated(BaseModel):\n    week_year: int | None = None\n    week: Week\n",
            "Dated",
            r"two columns named 'week_year', for 'week_year' and 'week\.year': declare the "
            r"columns with \(column, path\) pairs in CSV_COLUMNS in .*toy_types\.py",
        ),
        (
            '\nCSV_COLUMNS = ("title", "title")\n',
            "Flood",
            r"two columns named 'title', for 'title' and 'title': give one of them another "
            r"name with a \(column, path\) pair in CSV_COLUMNS in .*toy_types\.py",
        ),
    ],
    ids=["paths joined alike", "declared twice"],
)
def test_two_columns_of_one_name_are_refused_naming_both_fields(
    schema_file: Path, addition: str, spec: str, message: str
) -> None:
    schema_file.write_text(schema_file.read_text(encoding="utf-8") + addition, encoding="utf-8")
    with pytest.raises(SchemaError, match=message):
        csv_layout(load_report_type(f"{schema_file}:{spec}"))


@pytest.mark.parametrize(
    ("declaration", "message"),
    [
        (
            'TRUST_FIGURES = {"damages": 3}',
            r"TRUST_FIGURES in .*toy_types\.py: the entry 'damages': 3 is not a figure's path",
        ),
        (
            'REVIEW_LABELS = ("a",)',
            r"REVIEW_LABELS in .*toy_types\.py must be a dict of field path -> label, not",
        ),
        (
            'REVIEW_ITEM_COLUMNS = ["place"]',
            r"REVIEW_ITEM_COLUMNS in .*toy_types\.py must be a dict of list name -> tuple",
        ),
        (
            'REVIEW_ITEM_COLUMNS = {"damages": "place"}',
            r"REVIEW_ITEM_COLUMNS in .*toy_types\.py: the entry 'damages': 'place' is not",
        ),
        (
            "REVIEW_GROUPS = (1,)",
            r"REVIEW_GROUPS in .*toy_types\.py: the entry 1 is not a field path",
        ),
    ],
)
def test_a_malformed_declaration_is_an_error_naming_the_file_and_the_entry(
    tmp_path: Path, schema_file: Path, declaration: str, message: str
) -> None:
    text = schema_file.read_text(encoding="utf-8")
    schema_file.write_text(text + "\n" + declaration + "\n", encoding="utf-8")
    records = list(read_records(_records(tmp_path, f"{schema_file}:Flood", REPORT)))
    with pytest.raises(SchemaError, match=message):
        write_review_site(records, tmp_path / "site")
    if declaration.startswith("TRUST"):
        with pytest.raises(SchemaError, match=message):
            write_csv(records, tmp_path / "toy.csv")


def test_a_row_per_article_speaks_only_for_figures_that_are_checked(
    tmp_path: Path, schema_file: Path
) -> None:
    text = schema_file.read_text(encoding="utf-8")
    schema_file.write_text(
        text + "\n\nclass Count(BaseModel):\n    title: str\n"
        "    number: Annotated[int, NotGrounded()]\n",
        encoding="utf-8",
    )
    records_file = _records(tmp_path, f"{schema_file}:Count", {"title": "t", "number": 12})
    # The source is edited since: a checked figure would be "changed"; a figure never
    # checked has nothing to say.
    (tmp_path / "ban-tin.txt").write_text(ARTICLE + "Thêm một dòng.\n", encoding="utf-8")
    out = tmp_path / "toy.csv"
    write_csv(list(read_records(records_file)), out)
    (row,) = _rows(out)
    assert (row["grounded"], row["verified"]) == ("", "")


def test_item_rows_speak_for_the_article_figures_too_without_trust_figures(
    tmp_path: Path, schema_file: Path
) -> None:
    # 2023 is not in the article: the week of every row is in doubt, its damage is not.
    report = {**REPORT, "week": {"number": 12, "year": 2023}, "damages": DAMAGES[:1]}
    out = tmp_path / "toy.csv"
    write_csv(list(read_records(_records(tmp_path, f"{schema_file}:Flood", report))), out)
    (row,) = _rows(out)
    assert (row["week_year"], row["grounded"], row["verified"]) == ("2023", "no", "ungrounded")

    # A type that says what its rows speak for keeps to it.
    text = schema_file.read_text(encoding="utf-8")
    schema_file.write_text(text + '\nTRUST_FIGURES = {"damages": ("houses",)}\n', "utf-8")
    write_csv(list(read_records(_records(tmp_path, f"{schema_file}:Flood", report))), out)
    (row,) = _rows(out)
    assert (row["grounded"], row["verified"]) == ("yes", "grounded")


def test_an_object_holding_a_list_of_figures_is_its_table_not_a_field(
    tmp_path: Path, schema_file: Path
) -> None:
    text = schema_file.read_text(encoding="utf-8")
    schema_file.write_text(
        text + "\n\nclass Summary(BaseModel):\n    damages: list[Damage]\n"
        "\n\nclass Digest(BaseModel):\n    title: str\n    region: str\n    summary: Summary\n",
        encoding="utf-8",
    )
    report = {"title": REPORT["title"], "region": "Miền Trung", "summary": {"damages": DAMAGES}}
    records = list(read_records(_records(tmp_path, f"{schema_file}:Digest", report)))
    write_review_site(records, tmp_path / "site")
    (page_path,) = (tmp_path / "site").glob("article-*.html")
    page = page_path.read_text(encoding="utf-8")
    meta = page[page.index('<table class="meta">') :]
    meta = meta[: meta.index("</table>")]
    assert "<td>Region</td><td>Miền Trung</td>" in meta
    assert "Summary" not in meta and "lũ làm hư hỏng" not in meta
    assert "<h2>Summary damages (2)</h2>" in page


def test_a_list_of_enum_values_or_strings_is_one_cell_and_one_field(
    tmp_path: Path, schema_file: Path
) -> None:
    text = schema_file.read_text(encoding="utf-8")
    schema_file.write_text(
        text + "\n\nclass Alert(BaseModel):\n    title: str\n    hazards: list[Hazard]\n"
        "    damages: list[Damage]\n    notes: list[str]\n",
        encoding="utf-8",
    )
    report = {
        "title": REPORT["title"],
        "hazards": ["flood", "storm"],
        "damages": DAMAGES[:1],
        "notes": ["sơ tán dân", "cấp gạo"],
    }
    records = list(read_records(_records(tmp_path, f"{schema_file}:Alert", report)))
    out = tmp_path / "toy.csv"
    write_csv(records, out)
    assert out.read_text(encoding="utf-8").splitlines()[0] == (
        "source,url,title,hazards,notes,place,hazard,houses,people,quote,grounded,verified"
    )
    (row,) = _rows(out)
    assert (row["hazards"], row["notes"]) == ("flood; storm", "sơ tán dân; cấp gạo")

    write_review_site(records, tmp_path / "site")
    (page_path,) = (tmp_path / "site").glob("article-*.html")
    page = page_path.read_text(encoding="utf-8")
    meta = page[page.index('<table class="meta">') :]
    assert "<td>Hazards</td><td>flood; storm</td>" in meta
    assert "<td>Notes</td><td>sơ tán dân; cấp gạo</td>" in meta
