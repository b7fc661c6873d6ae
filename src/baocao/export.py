"""Records to a spreadsheet: one CSV row per indicator, with its article's metadata.

The CSV is UTF-8 so Vietnamese text survives; ``excel=True`` adds a byte-order mark, which is
what makes Excel (and LibreOffice on some systems) pick UTF-8 instead of a legacy code page.

``excel=True`` also guards against formula injection: article text is not trusted, and a
spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return) as a formula. Such a text cell gets a leading apostrophe, which spreadsheets read as
"this is text". A number in a numeric column (``value``, ``denominator``, ``value_max`` and
the years and indices of the periods) is left alone, so ``-5`` stays a number. Without
``excel`` every cell is written verbatim, for data tools that read CSV as data.

Records are written as given: pass :func:`baocao.records.current_records` of a file's records
to get one record per source.
Records without a report (errors) give no rows. ``period_*`` is the article's reviewed
period and ``next_period_*`` the one it plans for, ``indicator_period_*`` the indicator's own
(empty when it has none, e.g. a stock figure). ``measure`` says what the figure is (only
``level`` rows may be summed), ``direction`` and ``compared_to_*`` which way a change goes and
against which period, ``per_value`` / ``per_unit`` a rate's base (``10000`` / ``dân``).

Trust is recomputed, not read from the record: each record is re-verified against its
source as ``baocao check`` does (:func:`baocao.records.recheck_record`). ``grounded`` is
``yes`` when the indicator's value is in the current source text, ``no`` when it is not,
empty when that cannot be said (source missing, report invalid, value not checked).
``verified`` says whether to trust it (:class:`baocao.records.Verified`): ``grounded``,
``ungrounded``, ``changed`` (the record or its source changed since extraction: the stored
verification disagrees with the recomputed one, e.g. a value edited by hand),
``source_missing`` or ``invalid``.

A CSV cannot show what it leaves out: :func:`write_csv` also counts, from the same
re-verification, the records that failed (no rows) and the values it cannot vouch for, for
the CLI's warning and its ``--strict`` gate (:class:`ExportResult`).
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from baocao.crosscheck import Status
from baocao.errors import RecordError
from baocao.records import DEFAULT_SCHEMA, Record, RecordCheck, Verified, recheck_record
from baocao.settings import DEFAULT_MAX_DOCUMENT_BYTES

logger = logging.getLogger(__name__)

ARTICLE_COLUMNS = (
    "source",
    "url",
    "title",
    "organizer",
    "organizer_level",
    "meeting_kind",
    "province",
    "district",
    "period_kind",
    "period_year",
    "period_index",
    "next_period_kind",
    "next_period_year",
    "next_period_index",
    "event_date",
)
INDICATOR_COLUMNS = (
    "category",
    "label",
    "value",
    "unit",
    "denominator",
    "value_max",
    "qualifier",
    "grounded",
    "verified",
    "quote",
)
# The indicator's own period (a target's year, an earlier year's figure, empty for a stock),
# beside the article's reviewed period (period_*).
INDICATOR_PERIOD_COLUMNS = (
    "indicator_period_kind",
    "indicator_period_year",
    "indicator_period_index",
)
# What the figure measures: sum only ``measure == "level"`` rows; a change's direction and the
# period it is compared with; a per-population rate's base ("/vạn dân": 10000, "dân").
MEASURE_COLUMNS = (
    "measure",
    "direction",
    "compared_to_kind",
    "compared_to_year",
    "compared_to_index",
    "per_value",
    "per_unit",
)
COLUMNS = ARTICLE_COLUMNS + INDICATOR_COLUMNS + INDICATOR_PERIOD_COLUMNS + MEASURE_COLUMNS
NUMERIC_COLUMNS = frozenset(
    {
        "value",
        "denominator",
        "value_max",
        "period_year",
        "period_index",
        "next_period_year",
        "next_period_index",
        "indicator_period_year",
        "indicator_period_index",
        "compared_to_year",
        "compared_to_index",
        "per_value",
    }
)
YES, NO, UNKNOWN = "yes", "no", ""
# First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"
# A plain decimal number as _cell writes one (Decimal and float forms, exponent allowed).
NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _cell(value: Any) -> str:
    """A JSON value as a spreadsheet cell: empty for null, numbers without float noise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)  # shortest form that reads back as the same number: 82.8, not 82.80
    return str(value)


def _mapping(value: Any) -> Mapping[str, Any]:
    """A nested object of a report (a period, a per base), or an empty one when absent."""
    return value if isinstance(value, Mapping) else {}


def _period_cells(prefix: str, period: Any) -> dict[str, str]:
    """The ``<prefix>_kind`` / ``_year`` / ``_index`` cells of a period (empty when absent)."""
    period = _mapping(period)
    return {f"{prefix}_{key}": _cell(period.get(key)) for key in ("kind", "year", "index")}


def excel_safe(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula: ``=1+1`` -> ``'=1+1``."""
    return TEXT_MARK + text if text.startswith(FORMULA_TRIGGERS) else text


def _excel_row(row: Mapping[str, str]) -> dict[str, str]:
    """A row with every text cell made safe; numbers in numeric columns stay numbers."""
    return {
        column: cell if column in NUMERIC_COLUMNS and NUMBER.fullmatch(cell) else excel_safe(cell)
        for column, cell in row.items()
    }


def _trust(check: RecordCheck | None, path: str) -> tuple[str, str]:
    """The (``grounded``, ``verified``) cells of one value, from its re-verification."""
    if check is None:
        return UNKNOWN, UNKNOWN
    verified = check.verified(path)
    item = check.item(path)
    grounded = UNKNOWN if item is None else YES if item.status is Status.GROUNDED else NO
    return grounded, UNKNOWN if verified is None else verified.value


def indicator_rows(record: Record, check: RecordCheck | None = None) -> list[dict[str, str]]:
    """The CSV rows of one record (none when it has no report).

    Args:
        record: an extraction record.
        check: its re-verification (:func:`baocao.records.recheck_record`); without it the
            ``grounded`` and ``verified`` cells are empty.
    """
    report = record.report
    if report is None:
        return []
    article = {
        "source": _cell(record.source.path),
        "url": _cell(record.source.url),
        "title": _cell(report.get("title")),
        "organizer": _cell(report.get("organizer")),
        "organizer_level": _cell(report.get("organizer_level")),
        "meeting_kind": _cell(report.get("meeting_kind")),
        "province": _cell(report.get("province")),
        "district": _cell(report.get("district")),
        **_period_cells("period", report.get("reviewed_period")),
        **_period_cells("next_period", report.get("next_period")),
        "event_date": _cell(report.get("event_date")),
    }
    rows: list[dict[str, str]] = []
    for i, indicator in enumerate(report.get("indicators") or ()):
        if not isinstance(indicator, Mapping):
            continue
        row = dict(article)
        row.update({column: _cell(indicator.get(column)) for column in INDICATOR_COLUMNS})
        row["grounded"], row["verified"] = _trust(check, f"indicators[{i}].value")
        row.update(_period_cells("indicator_period", indicator.get("period")))
        row.update(_period_cells("compared_to", indicator.get("compared_to")))
        per = _mapping(indicator.get("per"))
        row["measure"] = _cell(indicator.get("measure"))
        row["direction"] = _cell(indicator.get("direction"))
        row["per_value"] = _cell(per.get("value"))
        row["per_unit"] = _cell(per.get("unit"))
        rows.append(row)
    return rows


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote and what it cannot vouch for (from the re-verification).

    Attributes:
        rows: indicator rows written.
        failed: records that are extraction errors (they give no rows).
        ungrounded: values (any checked field, not only indicator values) not found in
            their unchanged source.
        changed: values whose record or source changed since extraction.
        unproven: values that cannot be checked: source missing or report invalid.
    """

    rows: int = 0
    failed: int = 0
    ungrounded: int = 0
    changed: int = 0
    unproven: int = 0

    @property
    def problems(self) -> bool:
        """True when anything was left out or cannot be vouched for."""
        return bool(self.failed or self.ungrounded or self.changed or self.unproven)


def _tally(check: RecordCheck) -> tuple[int, int, int]:
    """(ungrounded, changed, unproven) values of one re-verified record.

    A record whose source is missing or whose report no longer validates counts as one
    unproven value: none of its values can be checked.
    """
    if check.verification is None:
        return 0, 0, 1
    counts = dict.fromkeys(Verified, 0)
    for item in check.verification.items:
        verified = check.verified(item.path)
        if verified is not None:
            counts[verified] += 1
    return counts[Verified.UNGROUNDED], counts[Verified.CHANGED], 0


def write_csv(
    records: Iterable[Record],
    path: Path,
    *,
    excel: bool = False,
    schema: str = DEFAULT_SCHEMA,
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    root: Path | None = None,
) -> ExportResult:
    """Write one row per indicator of every record to a CSV file, each re-verified.

    Args:
        records: extraction records, as given: pass :func:`baocao.records.current_records` of a
            file's records for one record per source.
        path: the CSV file to create (overwritten).
        excel: for spreadsheets: start the file with a UTF-8 byte-order mark so Excel reads
            Vietnamese text, and put an apostrophe before every text cell that starts with
            ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, so it is not run as a
            formula (numbers in numeric columns are left as they are).
        schema: report type of records that do not name one (for re-validation).
        max_bytes: size limit used when re-loading each source document.
        root: the folder relative source paths are read from (default: the current one).

    Returns:
        The rows written, and the failed records and the values the re-verification cannot
        vouch for.

    Raises:
        RecordError: the file cannot be written.
        SchemaError: a record's report type cannot be loaded.
    """
    encoding = "utf-8-sig" if excel else "utf-8"
    rows_written = failed = ungrounded = changed = unproven = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding=encoding, newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for record in records:
                if not record.ok:
                    failed += 1
                    continue
                check = recheck_record(record, schema=schema, max_bytes=max_bytes, root=root)
                rows = indicator_rows(record, check)
                writer.writerows([_excel_row(r) for r in rows] if excel else rows)
                rows_written += len(rows)
                counts = _tally(check)
                ungrounded, changed, unproven = (
                    ungrounded + counts[0],
                    changed + counts[1],
                    unproven + counts[2],
                )
    except OSError as err:
        raise RecordError(f"cannot write {path}: {err.strerror}") from err
    logger.info("wrote %d indicator rows to %s", rows_written, path)
    return ExportResult(rows_written, failed, ungrounded, changed, unproven)
