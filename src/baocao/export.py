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
The ``grounded`` column comes from the record's verification: ``yes`` when the indicator's
value was found in the article, ``no`` when it was not, empty when the record carries no
verification item for it.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from baocao.errors import RecordError

logger = logging.getLogger(__name__)

ARTICLE_COLUMNS = (
    "source",
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
GROUNDED_STATUS = "grounded"
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


def excel_safe(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula: ``=1+1`` -> ``'=1+1``."""
    return TEXT_MARK + text if text.startswith(FORMULA_TRIGGERS) else text


def _excel_row(row: Mapping[str, str]) -> dict[str, str]:
    """A row with every text cell made safe; numbers in numeric columns stay numbers."""
    return {
        column: cell if column in NUMERIC_COLUMNS and NUMBER.fullmatch(cell) else excel_safe(cell)
        for column, cell in row.items()
    }


def _value_status(record: Mapping[str, Any]) -> dict[str, str]:
    """Map each verified field path (``indicators[3].value``) to ``yes`` / ``no``."""
    verification = record.get("verification")
    items = verification.get("items") if isinstance(verification, Mapping) else None
    statuses: dict[str, str] = {}
    for item in items or ():
        if isinstance(item, Mapping) and isinstance(item.get("path"), str):
            statuses[item["path"]] = YES if item.get("status") == GROUNDED_STATUS else NO
    if not statuses and isinstance(verification, Mapping):
        # An older record without items: only the ungrounded list is known.
        for item in verification.get("ungrounded") or ():
            if isinstance(item, Mapping) and isinstance(item.get("path"), str):
                statuses[item["path"]] = NO
    return statuses


def indicator_rows(record: Mapping[str, Any]) -> list[dict[str, str]]:
    """The CSV rows of one record (none when it has no report)."""
    report = record.get("report")
    if not isinstance(report, Mapping):
        return []
    source = record.get("source")
    period = _mapping(report.get("reviewed_period"))
    upcoming = _mapping(report.get("next_period"))
    article = {
        "source": _cell(source.get("path") if isinstance(source, Mapping) else None),
        "title": _cell(report.get("title")),
        "organizer": _cell(report.get("organizer")),
        "organizer_level": _cell(report.get("organizer_level")),
        "meeting_kind": _cell(report.get("meeting_kind")),
        "province": _cell(report.get("province")),
        "district": _cell(report.get("district")),
        "period_kind": _cell(period.get("kind")),
        "period_year": _cell(period.get("year")),
        "period_index": _cell(period.get("index")),
        "next_period_kind": _cell(upcoming.get("kind")),
        "next_period_year": _cell(upcoming.get("year")),
        "next_period_index": _cell(upcoming.get("index")),
        "event_date": _cell(report.get("event_date")),
    }
    statuses = _value_status(record) if record.get("verification") else {}
    rows: list[dict[str, str]] = []
    for i, indicator in enumerate(report.get("indicators") or ()):
        if not isinstance(indicator, Mapping):
            continue
        row = dict(article)
        row.update({column: _cell(indicator.get(column)) for column in INDICATOR_COLUMNS})
        row["grounded"] = statuses.get(f"indicators[{i}].value", UNKNOWN)
        own = indicator.get("period")
        own = own if isinstance(own, Mapping) else {}
        row["indicator_period_kind"] = _cell(own.get("kind"))
        row["indicator_period_year"] = _cell(own.get("year"))
        row["indicator_period_index"] = _cell(own.get("index"))
        compared, per = _mapping(indicator.get("compared_to")), _mapping(indicator.get("per"))
        row["measure"] = _cell(indicator.get("measure"))
        row["direction"] = _cell(indicator.get("direction"))
        row["compared_to_kind"] = _cell(compared.get("kind"))
        row["compared_to_year"] = _cell(compared.get("year"))
        row["compared_to_index"] = _cell(compared.get("index"))
        row["per_value"] = _cell(per.get("value"))
        row["per_unit"] = _cell(per.get("unit"))
        rows.append(row)
    return rows


def write_csv(records: Iterable[Mapping[str, Any]], path: Path, *, excel: bool = False) -> int:
    """Write one row per indicator of every record to a CSV file.

    Args:
        records: extraction records, as given: pass :func:`baocao.records.current_records` of a
            file's records for one record per source.
        path: the CSV file to create (overwritten).
        excel: for spreadsheets: start the file with a UTF-8 byte-order mark so Excel reads
            Vietnamese text, and put an apostrophe before every text cell that starts with
            ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, so it is not run as a
            formula (numbers in numeric columns are left as they are).

    Returns:
        The number of indicator rows written.

    Raises:
        RecordError: the file cannot be written.
    """
    encoding = "utf-8-sig" if excel else "utf-8"
    count = 0
    try:
        with path.open("w", encoding=encoding, newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for record in records:
                rows = indicator_rows(record)
                writer.writerows([_excel_row(r) for r in rows] if excel else rows)
                count += len(rows)
    except OSError as err:
        raise RecordError(f"cannot write {path}: {err.strerror}") from err
    logger.info("wrote %d indicator rows to %s", count, path)
    return count
