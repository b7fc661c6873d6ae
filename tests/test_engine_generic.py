"""No engine module names a report type or one of its fields (issue 14).

The engine (every module of ``src/baocao`` but ``offline/``, which is the rule set of one report
type and says so) must work for any report type a user drops into ``schemas/``: a report type's
special cases live beside its schema. This test reads each engine module's code (its syntax
tree, so comments and docstrings may still give examples) and fails on a report type's name,
one of its classes, or one of its field names that is not also a word of the engine's own
vocabulary (``value``, ``unit``, ``quote`` ...: the cross-check's and the walker's terms).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from pydantic import BaseModel

from baocao.schemas import available_report_types, load_report_type

SRC = Path(__file__).resolve().parents[1] / "src" / "baocao"
OFFLINE = SRC / "offline"
# The engine's own words, which report types may also use as field names: the record's and
# the cross-check's terms, the scanner's (a NumberMention's ``qualifier``, the ``period`` and
# ``denominator`` of its readings, a ``measure`` word), the walker's (``figures``: a list
# item's grounded numbers), the chat message's ``role``, a byline's ``author`` and plain
# English (``position``, ``per``, ``online``: a page counter's word in ``documents``).
ENGINE_WORDS = frozenset(
    {
        "value", "unit", "quote", "label", "name", "kind", "year", "index", "source", "title",
        "date", "start", "end", "path", "text", "url", "error", "usage", "report",
        "qualifier", "period", "denominator", "measure", "figures", "role", "author",
        "position", "per", "online",
    }
)  # fmt: skip
# The one place a report type may be named: the default report type of the CLI and library.
DEFAULT_NAME_HOMES = {("settings.py", "health_review")}
WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _engine_modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if OFFLINE not in p.parents)


def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> Iterator[type[BaseModel]]:
    if model in seen:
        return
    seen.add(model)
    yield model
    for info in model.model_fields.values():
        for arg in _annotation_args(info.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                yield from _models(arg, seen)


def _annotation_args(annotation: object) -> Iterator[object]:
    yield annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        yield from _annotation_args(arg)


@cache
def _forbidden() -> dict[str, str]:
    """Every name that belongs to a report type: word -> the report type it belongs to."""
    names: dict[str, str] = {}
    for type_name in available_report_types():
        report_type = load_report_type(type_name)
        names[type_name] = type_name
        for model in _models(report_type.model, set()):
            names[model.__name__] = type_name
            for field in model.model_fields:
                if field not in ENGINE_WORDS:
                    names[field] = type_name
    return names


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _words(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                for word in WORD.findall(node.value):
                    yield node.lineno, word
        elif isinstance(node, ast.Attribute):
            yield node.lineno, node.attr
        elif isinstance(node, ast.Name):
            yield node.lineno, node.id
        elif isinstance(node, ast.keyword) and node.arg:
            yield node.value.lineno, node.arg


def test_the_report_types_are_found() -> None:
    assert {"health_review", "outbreak_bulletin"} <= set(available_report_types())
    forbidden = _forbidden()
    # What the test guards: each type's distinctive names, classes included.
    assert {"indicators", "organizer", "reviewed_period", "HealthReviewReport"} <= set(forbidden)
    assert {"issuer", "bulletin_kind", "OutbreakBulletin"} <= set(forbidden)


def test_the_test_finds_a_report_field_named_in_code(tmp_path: Path) -> None:
    module = tmp_path / "leaky.py"
    module.write_text(
        '"""Docstrings may say indicators."""\n'
        "def rows(report):\n"
        '    return report["indicators"] + report.get("issuer")\n',
        encoding="utf-8",
    )
    words = {word for _, word in _words(module)}
    assert {"indicators", "issuer"} <= words
    assert "Docstrings" not in words


@pytest.mark.parametrize("module", _engine_modules(), ids=lambda p: p.name)
def test_no_engine_module_names_a_report_type(module: Path) -> None:
    forbidden = _forbidden()
    found = sorted(
        {
            f"{module.name}:{line}: {word} ({forbidden[word]})"
            for line, word in _words(module)
            if word in forbidden and (module.name, word) not in DEFAULT_NAME_HOMES
        }
    )
    assert not found, "\n".join(found)
