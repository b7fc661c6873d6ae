"""The no-model backend: fill a ``health_review`` report from the article alone.

Review-conference articles are formulaic. A lead sentence says who met and when
(``Chiều ngày 3/1/2024, Trung tâm Y tế huyện Đắk Song đã tổ chức Hội nghị tổng kết công tác
năm 2023; triển khai ... năm 2024``); quantitative facts sit in short clauses around a number
and its unit noun (``kiểm tra 604 cơ sở``, ``đạt 82,8%``); plans follow cue words
(``phương hướng``, ``nhiệm vụ``, ``đề nghị``). This package reads those patterns with
precompiled regular expressions over the :class:`~baocao.numerals.NumberIndex`, and names the
province of a district with the ``vietnamadminunits`` gazetteer (LEGACY mode, 63 provinces).

Every number it emits is grounded by construction (indicator values come from the index's
mentions and each quote is a verbatim slice of ``Document.text`` around the mention) but one:
the year of a reviewed or next period the page implies but never prints (``dates.
unprinted_year``: the plan set after the period, the page's own date, or on an undated page
the same period of an earlier year its figures are set against). That year is reported, and
the cross-check flags it as ungrounded, with a why that says it is an implied year (the
backend names it through ``extract_offline(..., implied_years=)``; ``Grounded(implied=True)``
on ``Period.year`` marks the fields that may hold one; ``check --strict`` fails the record);
the figures of the reviewed period carry it too, each flagged so. Under ``--strict``
(``extract_offline(..., strict=True)``) the reviewed period's year is reported as None
instead, as is the year of a next period planned after it (its printed kind and index kept),
of its figures' periods and of a meeting date whose year only the implied year gives, with a
warning naming the page and what implied it, so the record passes and keeps its figures.

The rules are written for the genre (Vietnamese health-sector review articles), not for any
one article; where a rule cannot decide (readings that disagree, a lunar year with no page
date to place it), the field stays empty rather than guessed.

One module per job, each importing only from those listed before it (and only its public
names: ``tests/test_private_imports.py`` fails on a private one imported across modules):

- ``enums``: the ``health_review`` schema's enums (categories, levels, kinds, measures, roles),
  which the rules write and compare instead of strings;
- ``text``: shared regex pieces, spans, sentence and line splitting, the article's layout
  (title, publication lines, lead sentence, byline);
- ``places``: the gazetteer, the organiser, its province and district;
- ``dates``: the publication and meeting dates, the meeting kind and the report periods;
- ``people``: persons with their position and role;
- ``periods``: the period of each indicator;
- ``labels``: indicator labels as an analyst reads them (the indicator rules' keyword window
  made to name what is counted);
- ``indicators``: figures, labels, quotes and categories;
- ``measures``: what each figure measures (level, change, target ...) from its cue words;
- ``statements``: achievements, challenges and priorities;
- ``backend``: :func:`build_report_data` and :func:`extract_offline`, which put them together.

This package re-exports what the rest of baocao, the tests and the benchmarks use.
"""

from baocao.offline.backend import (
    REQUIRED_FIELDS,
    build_report_data,
    extract_offline,
)
from baocao.offline.dates import periods_in, read_periods
from baocao.offline.enums import SUPPORTED_REPORT
from baocao.offline.people import person_names
from baocao.offline.places import LEGACY_PROVINCE_NAMES, PROVINCES, district_table
from baocao.offline.text import fold_name, whole_word, word_start

__all__ = [
    "LEGACY_PROVINCE_NAMES",
    "PROVINCES",
    "REQUIRED_FIELDS",
    "SUPPORTED_REPORT",
    "build_report_data",
    "district_table",
    "extract_offline",
    "fold_name",
    "periods_in",
    "person_names",
    "read_periods",
    "whole_word",
    "word_start",
]
