"""Records to a spreadsheet: one CSV row per item of a report's lists of figures.

The columns come from the report type's shape (:func:`baocao.shape.report_shape`), not from
field names written here: ``source`` and ``url`` (the record's), then every scalar field of
the report outside lists (an article's metadata, repeated on each of its rows; a nested
object's fields named by their path, ``held.kind`` -> ``held_kind``; a list of strings
or enum values, ``diseases``, as one cell of its values joined by ``"; "``),
then the fields of one item of the list of objects holding figures (``when.year`` ->
``when_year``), then ``grounded`` and ``verified``. A report type may name and order its
columns itself: its schema file declares ``CSV_COLUMNS`` (see :func:`csv_layout`), as a
bundled type does to keep the column names its users know.

Layout by the number of lists of figures a type has:

* one list (the usual case): one row per item, item columns named by their path inside the
  item (prefixed by the list's name where that would clash with an article column);
* several lists: one file still, the rows of each list of an article in field order, a
  ``list`` column naming the list a row comes from, and every list's item columns, named
  ``<list>_<path>`` (``counts_place``), empty on the rows of the other lists;
* no list: one row per article, its ``grounded`` / ``verified`` speaking for the article's
  own figures (its grounded numeric fields outside lists).

An article whose lists of figures are all empty (a meeting reported without figures) still
gets one row, as in a type without lists: its article fields, the item columns empty, so
that meetings can be counted per province or period from the CSV alone.

The CSV is UTF-8 so Vietnamese text survives; ``excel=True`` adds a byte-order mark, which is
what makes Excel (and LibreOffice on some systems) pick UTF-8 instead of a legacy code page.

``excel=True`` also guards against formula injection: article text is not trusted, and a
spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return) as a formula. Such a text cell gets a leading apostrophe, which spreadsheets read as
"this is text". A number in a numeric column (a field the schema types as a number or an
integer) is left alone, so ``-5`` stays a number. Without ``excel`` every cell is written
verbatim, for data tools that read CSV as data.

Records are written as given: pass :func:`baocao.records.current_records` of a file's records
to get one record per source. Records without a report (errors) give no rows; a report
without figures gives one.

Trust is recomputed, not read from the record: each record is re-verified against its
source as ``baocao check`` does (:func:`baocao.records.recheck_record`). ``grounded`` is
``yes`` when the row's figures are in the current source text, ``no`` when one is not,
empty when that cannot be said (source missing, report invalid, nothing checked).
``verified`` says whether to trust them (:class:`baocao.records.Verified`, the least
trustworthy of the row's figures): ``grounded``, ``ungrounded``, ``changed`` (the record or
its source changed since extraction: the stored verification disagrees with the recomputed
one, e.g. a value edited by hand), ``source_missing`` or ``invalid``. The row's figures are
every figure its item holds and the report's own grounded figures (``week.year``), or only
those the type declares in ``TRUST_FIGURES`` (``{"counts": ("amount",)}``: a row speaks for
its amount only).

A CSV cannot show what it leaves out: :func:`write_csv` also counts, from the same
re-verification, the records that failed (no rows) and the values it cannot vouch for, for
the CLI's warning and its ``--strict`` gate (:class:`ExportResult`).
"""

from __future__ import annotations

import csv
import logging
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from baocao.crosscheck import Status
from baocao.errors import RecordError, SchemaError
from baocao.records import (
    LEAST_TRUSTED_FIRST,
    Record,
    RecordCheck,
    RecordsOrPath,
    Verified,
    given_records,
    recheck_record,
)
from baocao.schemas import ReportType
from baocao.settings import DEFAULT_MAX_DOCUMENT_BYTES
from baocao.shape import (
    PATH_SEPARATOR,
    ItemList,
    Leaf,
    ValueList,
    one_report_type,
    report_shape,
    trust_figures,
)
from baocao.staging import staged_file

logger = logging.getLogger(__name__)

# What a report type's schema file may declare (read through ReportType.declared).
COLUMNS_DECLARATION = "CSV_COLUMNS"
COLUMN_SEPARATOR = "_"
SOURCE_COLUMN, URL_COLUMN, LIST_COLUMN = "source", "url", "list"
GROUNDED_COLUMN, VERIFIED_COLUMN = "grounded", "verified"
TRUST_COLUMNS = (GROUNDED_COLUMN, VERIFIED_COLUMN)
# Columns the engine fills; a report field that would take one of these names is prefixed.
ENGINE_COLUMNS = frozenset({SOURCE_COLUMN, URL_COLUMN, LIST_COLUMN, *TRUST_COLUMNS})
REPORT_PREFIX = "report"
YES, NO, UNKNOWN = "yes", "no", ""
# First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"
# A plain decimal number as _cell writes one (Decimal and float forms, exponent allowed).
NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


class Source(StrEnum):
    """Where a column's cells come from."""

    RECORD = "record"  # source, url
    ARTICLE = "article"  # a report field outside lists
    LIST = "list"  # the name of the row's list
    ITEM = "item"  # a field of the row's item
    TRUST = "trust"  # grounded, verified


@dataclass(frozen=True)
class Column:
    """One CSV column and where its cells come from.

    Attributes:
        name: the header.
        source: what fills it.
        leaf: the report field (ARTICLE) or item field (ITEM).
        item_list: the list of an ITEM column.
        values: the list of strings or enum values of an ARTICLE column without a leaf.
        key: which engine value a RECORD or TRUST column holds (``source``, ``url``,
            ``grounded``, ``verified``), whatever its header.
    """

    name: str
    source: Source
    leaf: Leaf | None = None
    item_list: ItemList | None = None
    key: str = ""
    values: ValueList | None = None

    @property
    def numeric(self) -> bool:
        """A column of numbers (the excel guard leaves its numbers alone)."""
        return self.leaf is not None and self.leaf.numeric


@dataclass(frozen=True)
class CsvLayout:
    """The columns of one report type's CSV, and the figures each row's trust speaks for.

    Attributes:
        columns: in order.
        lists: the lists of figures whose items are rows (none: one row per article).
        trust: per list name, the figures a row's ``grounded`` / ``verified`` speak for
            (absent: every figure the item holds).
        article_figures: the report's grounded figures outside lists (not those marked
            ``NotGrounded``), which the row's trust speaks for when the type has no list of
            figures (one row per article).
    """

    columns: tuple[Column, ...]
    lists: tuple[ItemList, ...]
    trust: Mapping[str, tuple[Leaf, ...]]
    article_figures: tuple[Leaf, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The header."""
        return tuple(column.name for column in self.columns)

    @property
    def numeric(self) -> frozenset[str]:
        """The columns of numbers."""
        return frozenset(column.name for column in self.columns if column.numeric)


def _column_name(path: Sequence[str]) -> str:
    return COLUMN_SEPARATOR.join(path)


def _engine_column(key: str, name: str | None = None) -> Column:
    """A column the engine fills (``source``, ``url``, ``list``, ``grounded``, ``verified``)."""
    source = {
        SOURCE_COLUMN: Source.RECORD,
        URL_COLUMN: Source.RECORD,
        LIST_COLUMN: Source.LIST,
    }.get(key, Source.TRUST)
    return Column(name or key, source, key=key)


def _default_columns(report_type: ReportType) -> list[Column]:
    """Columns named from field paths (see the module docstring)."""
    shape = report_shape(report_type.model)
    columns = [_engine_column(SOURCE_COLUMN), _engine_column(URL_COLUMN)]
    article: list[Column] = []
    for leaf in shape.leaves:
        name = _column_name(leaf.path)
        if name in ENGINE_COLUMNS:
            name = _column_name((REPORT_PREFIX, *leaf.path))
        article.append(Column(name, Source.ARTICLE, leaf))
    # A list of strings or enum values is one cell, in field order among the scalars.
    for values in shape.value_lists:
        name = _column_name(values.path)
        if name in ENGINE_COLUMNS:
            name = _column_name((REPORT_PREFIX, *values.path))
        article.append(Column(name, Source.ARTICLE, values=values))
    order = list(shape.model.model_fields)
    article.sort(key=lambda column: order.index(_column_path(column).split(PATH_SEPARATOR)[0]))
    columns.extend(article)
    if len(shape.lists) > 1:
        columns.append(_engine_column(LIST_COLUMN))
    taken = {column.name for column in columns}
    for item_list in shape.lists:
        for leaf in item_list.leaves:
            name = _column_name(leaf.path)
            if len(shape.lists) > 1 or name in taken or name in ENGINE_COLUMNS:
                name = _column_name((*item_list.path, *leaf.path))
            columns.append(Column(name, Source.ITEM, leaf, item_list))
    columns.extend(_engine_column(name) for name in TRUST_COLUMNS)
    return columns


def _declared_columns(report_type: ReportType, declared: object) -> list[Column]:
    """The columns a type declares in ``CSV_COLUMNS`` (see :func:`csv_layout`).

    Raises:
        SchemaError: an entry is malformed or names no field of the type.
    """
    shape = report_shape(report_type.model)
    where = f"{COLUMNS_DECLARATION} in {report_type.where}"
    if not isinstance(declared, list | tuple):
        raise SchemaError(f"{where} must be a tuple of field paths or (column, path) pairs")
    columns: list[Column] = []
    for entry in declared:
        if isinstance(entry, str):
            name, path = None, entry
        elif (
            isinstance(entry, tuple)
            and len(entry) == 2
            and all(isinstance(part, str) for part in entry)
        ):
            name, path = entry
        else:
            raise SchemaError(
                f"{where}: {entry!r} is neither a field path nor a (column, path) pair"
            )
        columns.append(_declared_column(shape.leaves, shape.lists, name, path, where))
    return columns


def _declared_column(
    leaves: Sequence[Leaf], lists: Sequence[ItemList], name: str | None, path: str, where: str
) -> Column:
    """One declared column: an engine column, an article field or ``<list>.<item field>``."""
    if path in ENGINE_COLUMNS:
        return _engine_column(path, name)
    for leaf in leaves:
        if leaf.name == path:
            return Column(name or _column_name(leaf.path), Source.ARTICLE, leaf)
    for item_list in lists:
        prefix = item_list.name + "."
        if path.startswith(prefix):
            item_leaf = item_list.leaf(path[len(prefix) :])
            if item_leaf is not None:
                return Column(
                    name or _column_name(item_leaf.path), Source.ITEM, item_leaf, item_list
                )
    raise SchemaError(
        f"{where}: '{path}' is not a field of the report (a scalar field such as "
        "'held.kind', or '<list>.<field>' of a list of figures) nor one of "
        f"{', '.join(sorted(ENGINE_COLUMNS))}: fix the entry"
    )


def csv_layout(report_type: ReportType) -> CsvLayout:
    """The CSV columns of a report type: declared by its schema file, else from its fields.

    A schema file may declare ``CSV_COLUMNS``, a tuple whose entries are a field path (the
    column named from it) or a ``(column, field path)`` pair; a path is a scalar field of
    the report (``"held.kind"``), ``"<list>.<field>"`` of a list of figures
    (``"counts.when.year"``), or one of ``source``, ``url``, ``list``, ``grounded``,
    ``verified``. And ``TRUST_FIGURES``, a list's name -> the figures its rows' trust
    columns speak for.

    Raises:
        SchemaError: a declaration is malformed or names no field of the type.
    """
    shape = report_shape(report_type.model)
    declared = report_type.declared(COLUMNS_DECLARATION)
    columns = (
        _default_columns(report_type)
        if declared is None
        else _declared_columns(report_type, declared)
    )
    _refuse_shared_names(columns, report_type, declared=declared is not None)
    figures = tuple(leaf for leaf in shape.leaves if leaf.grounded)
    return CsvLayout(tuple(columns), shape.lists, trust_figures(report_type), figures)


def _column_path(column: Column) -> str:
    """The field path a column shows (``week.year``, ``counts.when.year``) or its engine key."""
    if column.values is not None:
        return column.values.name
    if column.leaf is None:
        return column.key
    if column.item_list is None:
        return column.leaf.name
    return f"{column.item_list.name}.{column.leaf.name}"


def _refuse_shared_names(
    columns: Sequence[Column], report_type: ReportType, *, declared: bool
) -> None:
    """Two columns of one name would make a header a spreadsheet reads one value of.

    Raises:
        SchemaError: naming both field paths and the fix.
    """
    seen: dict[str, Column] = {}
    for column in columns:
        first = seen.setdefault(column.name, column)
        if first is column:
            continue
        how = (
            "give one of them another name with a (column, path) pair"
            if declared
            else "declare the columns with (column, path) pairs"
        )
        raise SchemaError(
            f"the CSV of {report_type.model.__name__} would have two columns named "
            f"'{column.name}', for '{_column_path(first)}' and '{_column_path(column)}': "
            f"{how} in {COLUMNS_DECLARATION} in {report_type.where}"
        )


def _cell(value: Any) -> str:
    """A JSON value as a spreadsheet cell: empty for null, numbers without float noise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)  # shortest form that reads back as the same number: 82.8, not 82.80
    return str(value)


def excel_safe(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula: ``=1+1`` -> ``'=1+1``."""
    return TEXT_MARK + text if text.startswith(FORMULA_TRIGGERS) else text


def _excel_row(row: Mapping[str, str], numeric: frozenset[str]) -> dict[str, str]:
    """A row with every text cell made safe; numbers in numeric columns stay numbers."""
    return {
        column: cell if column in numeric and NUMBER.fullmatch(cell) else excel_safe(cell)
        for column, cell in row.items()
    }


def _trust(check: RecordCheck | None, paths: Sequence[str]) -> tuple[str, str]:
    """The (``grounded``, ``verified``) cells of a row's figures, from the re-verification.

    ``grounded``: ``no`` when a figure is not in the source, ``yes`` when every checked one
    is, empty when none was checked; ``verified``: the least trustworthy of the figures.
    """
    if check is None:
        return UNKNOWN, UNKNOWN
    statuses = [item.status for item in map(check.item, paths) if item is not None]
    grounded = (
        UNKNOWN
        if not statuses
        else NO
        if any(status is not Status.GROUNDED for status in statuses)
        else YES
    )
    verified = {v for v in map(check.verified, paths) if v is not None}
    worst = next((v.value for v in LEAST_TRUSTED_FIRST if v in verified), UNKNOWN)
    return grounded, worst


def report_rows(
    record: Record, layout: CsvLayout, check: RecordCheck | None = None
) -> list[dict[str, str]]:
    """The CSV rows of one record: a row per item of its lists of figures, one row of its
    article's fields when it has none (or the type has no list), none when it has no report.

    Args:
        record: an extraction record.
        layout: the columns of its report type (:func:`csv_layout`).
        check: its re-verification (:func:`baocao.records.recheck_record`); without it the
            ``grounded`` and ``verified`` cells are empty.
    """
    report = record.report
    if report is None:
        return []
    source = {SOURCE_COLUMN: record.source.path, URL_COLUMN: record.source.url}
    article: dict[str, str] = {}
    for column in layout.columns:
        if column.source is Source.RECORD:
            article[column.name] = _cell(source.get(column.key))
        elif column.source is Source.ARTICLE and column.leaf is not None:
            article[column.name] = _cell(column.leaf.get(report))
        elif column.source is Source.ARTICLE and column.values is not None:
            article[column.name] = column.values.text(report)
    # The article's own figures (week.year): a row per article speaks for them, and so does
    # every item's row where the type does not say what its rows speak for (TRUST_FIGURES).
    article_paths = [leaf.name for leaf in layout.article_figures if leaf.get(report) is not None]
    rows: list[dict[str, str]] = []
    for item_list in layout.lists:
        figures = layout.trust.get(item_list.name)
        for position, item in item_list.entries(report):
            cells = dict(article)
            for column in layout.columns:
                if column.source is Source.ITEM and column.leaf is not None:
                    own = column.item_list is item_list
                    cells[column.name] = _cell(column.leaf.get(item)) if own else ""
                elif column.source is Source.LIST:
                    cells[column.name] = item_list.name
            trusted = figures or tuple(f for f in item_list.figures if f.get(item) is not None)
            paths = [item_list.item_path(position, leaf) for leaf in trusted]
            if not layout.trust:
                paths.extend(article_paths)
            trust = dict(zip(TRUST_COLUMNS, _trust(check, paths), strict=True))
            for column in layout.columns:
                if column.source is Source.TRUST:
                    cells[column.name] = trust[column.key]
            rows.append({column.name: cells.get(column.name, "") for column in layout.columns})
    if rows:
        return rows
    # No list of figures, or every list empty (a meeting reported without figures): one row
    # of the article's fields, so that articles can still be counted per province, its item
    # columns empty and its trust the article's own figures'.
    trust = dict(zip(TRUST_COLUMNS, _trust(check, article_paths), strict=True))
    for column in layout.columns:
        if column.source is Source.TRUST:
            article[column.name] = trust[column.key]
    return [{column.name: article.get(column.name, "") for column in layout.columns}]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote and what it cannot vouch for (from the re-verification).

    Attributes:
        rows: rows written.
        failed: records that are extraction errors (they give no rows).
        ungrounded: values (any checked field, not only the rows' figures) not found in
            their unchanged source.
        changed: values whose record or source changed since extraction.
        unproven: values that cannot be checked: source missing or report invalid.
        implied: of the ``ungrounded``, the years the extractor took from what a page
            implies (:attr:`~baocao.crosscheck.CheckItem.implied_year`).
        implied_sources: the sources of those years, in record order.
    """

    rows: int = 0
    failed: int = 0
    ungrounded: int = 0
    changed: int = 0
    unproven: int = 0
    implied: int = 0
    implied_sources: tuple[str, ...] = ()

    @property
    def problems(self) -> bool:
        """True when anything was left out or cannot be vouched for."""
        return bool(self.failed or self.ungrounded or self.changed or self.unproven)


def _tally(check: RecordCheck) -> tuple[int, int, int, int]:
    """(ungrounded, changed, unproven, implied) values of one re-verified record (implied:
    the ungrounded years the extractor implied, :attr:`~baocao.crosscheck.CheckItem.implied_year`).

    A record whose source is missing or whose report no longer validates counts as one
    unproven value: none of its values can be checked.
    """
    if check.verification is None:
        return 0, 0, 1, 0
    counts = dict.fromkeys(Verified, 0)
    implied = 0
    for item in check.verification.items:
        verified = check.verified(item.path)
        if verified is not None:
            counts[verified] += 1
        if verified is Verified.UNGROUNDED and item.implied_year:
            implied += 1
    return counts[Verified.UNGROUNDED], counts[Verified.CHANGED], 0, implied


def write_csv(
    records: RecordsOrPath,
    path: str | os.PathLike[str],
    *,
    excel: bool = False,
    schema: str | None = None,
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    root: str | os.PathLike[str] | None = None,
) -> ExportResult:
    """Write one row per item of every record's lists of figures to a CSV, each re-verified.

    The columns are those of the records' report type (:func:`csv_layout`); all records
    must be of one type.

    Args:
        records: extraction records, as given: pass :func:`baocao.records.current_records` of a
            file's records for one record per source; or the path of a records file, whose
            latest record per source is used (as ``baocao export`` does).
        path: the CSV file to create, or replace once the new one is whole: until then (a
            stop, an error) the previous file stays as it was.
        excel: for spreadsheets: start the file with a UTF-8 byte-order mark so Excel reads
            Vietnamese text, and put an apostrophe before every text cell that starts with
            ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, so it is not run as a
            formula (numbers in numeric columns are left as they are).
        schema: report type of records that do not name one (default
            :data:`~baocao.settings.DEFAULT_SCHEMA`) or whose schema file is gone; it must
            be the type the others name.
        max_bytes: size limit used when re-loading each source document.
        root: the folder relative source paths are read from (default: the current one).

    Returns:
        The rows written, and the failed records and the values the re-verification cannot
        vouch for.

    Raises:
        RecordError: the file cannot be written, or a records file given cannot be read.
        TypeError: ``records`` are neither records nor a path.
        SchemaError: a record's report type cannot be loaded, the records are of several
            types (or of another than ``schema``), or the type's declared columns are wrong.
    """
    path = Path(path)
    listed = given_records(records, "write_csv")
    good = (record.schema for record in listed if record.ok)
    layout = csv_layout(one_report_type(good, schema))
    numeric = layout.numeric
    encoding = "utf-8-sig" if excel else "utf-8"
    rows_written = failed = ungrounded = changed = unproven = implied = 0
    implied_sources: list[str] = []
    # lexists: a link that loops or dangles is there, and stays.
    left = "was left as it was" if os.path.lexists(path) else "was not created"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside path and moved over it at the end: a stop or an error part-way
        # leaves the previous file (or none), never half a CSV.
        with staged_file(path, encoding=encoding) as handle:
            writer = csv.DictWriter(handle, fieldnames=layout.names)
            writer.writeheader()
            for record in listed:
                if not record.ok:
                    failed += 1
                    continue
                check = recheck_record(record, schema=schema, max_bytes=max_bytes, root=root)
                rows = report_rows(record, layout, check)
                writer.writerows([_excel_row(r, numeric) for r in rows] if excel else rows)
                rows_written += len(rows)
                counts = _tally(check)
                ungrounded, changed, unproven, implied = (
                    ungrounded + counts[0],
                    changed + counts[1],
                    unproven + counts[2],
                    implied + counts[3],
                )
                if counts[3]:
                    implied_sources.append(check.source)
    except OSError as err:
        raise RecordError(f"cannot write {path}: {err.strerror} ({path} {left})") from err
    logger.info("wrote %d rows to %s", rows_written, path)
    return ExportResult(
        rows_written, failed, ungrounded, changed, unproven, implied, tuple(implied_sources)
    )
