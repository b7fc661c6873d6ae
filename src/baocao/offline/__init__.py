"""The no-model backend: fill a ``health_review`` report from the article alone (see backend)."""

from baocao.offline.backend import (
    LEGACY_PROVINCE_NAMES,
    PROVINCES,
    REQUIRED_FIELDS,
    SUPPORTED_REPORT,
    _district_table,
    _fold_name,
    _periods,
    _periods_in,
    _person_names,
    _rounds_to,
    _word,
    _word_start,
    build_report_data,
    extract_offline,
)

__all__ = [
    "LEGACY_PROVINCE_NAMES",
    "PROVINCES",
    "REQUIRED_FIELDS",
    "SUPPORTED_REPORT",
    "_district_table",
    "_fold_name",
    "_periods",
    "_periods_in",
    "_person_names",
    "_rounds_to",
    "_word",
    "_word_start",
    "build_report_data",
    "extract_offline",
]
