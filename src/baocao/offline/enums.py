"""The ``health_review`` schema's enums: the values the offline rules write.

The schema file is loaded by path through the report-type registry (:mod:`baocao.schemas`),
never imported as ``schemas.health_review``; this module takes its enums from the loaded module,
once, so every rule compares and returns the schema's own members instead of bare strings. For
the type checker the same classes are imported from the schema file (mypy, run from the
repository root, finds ``schemas/`` as a namespace package).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from baocao.schemas import load_report_type

SUPPORTED_REPORT = "health_review"

if TYPE_CHECKING:
    from schemas.health_review import (
        IndicatorCategory,
        Measure,
        MeetingKind,
        OrganizerLevel,
        PeriodKind,
        PersonRole,
    )
else:
    _SCHEMA = sys.modules[load_report_type(SUPPORTED_REPORT).model.__module__]
    IndicatorCategory = _SCHEMA.IndicatorCategory
    Measure = _SCHEMA.Measure
    MeetingKind = _SCHEMA.MeetingKind
    OrganizerLevel = _SCHEMA.OrganizerLevel
    PeriodKind = _SCHEMA.PeriodKind
    PersonRole = _SCHEMA.PersonRole

__all__ = [
    "SUPPORTED_REPORT",
    "IndicatorCategory",
    "Measure",
    "MeetingKind",
    "OrganizerLevel",
    "PeriodKind",
    "PersonRole",
]
