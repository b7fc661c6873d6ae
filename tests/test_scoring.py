"""Tests for what a report type declares about its scoring (``baocao.scoring``)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from baocao.errors import SchemaError
from baocao.scoring import ListRules, ScoringRules, normalize_label, strip_tones
from baocao.settings import bundled_dir

REPO = Path(__file__).resolve().parents[1]
LAYERS_CONTRACT = "Layers: data flows one way"
SCHEMAS_LAYER = "baocao.schemas"


def test_normalize_label_folds_tone_placement() -> None:
    assert normalize_label("Thanh Hoá") == normalize_label("Thanh Hóa")
    assert normalize_label("Hà") != normalize_label("Hạ Long")
    assert normalize_label(None) == ""
    assert normalize_label("  Đắk   SONG ") == "đăk song"


def test_strip_tones_keeps_vowel_quality_marks() -> None:
    assert strip_tones("Hoà Bình") == "Hoa Binh"
    assert strip_tones("Đắk Nông") == "Đăk Nông"


def _layers_above_schemas() -> set[str]:
    """The baocao modules the layers contract puts above ``baocao.schemas``."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["name"] == LAYERS_CONTRACT)
    above: set[str] = set()
    for layer in layers:
        modules = {name.strip() for name in layer.split("|")}
        if SCHEMAS_LAYER in modules:
            return above
        above |= modules
    raise AssertionError(f"{SCHEMAS_LAYER} is not in the layers contract")


def _baocao_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name == "baocao" or name.startswith("baocao.")}


def test_bundled_schemas_import_nothing_above_the_schema_registry() -> None:
    # A report type is data the registry (baocao.schemas) loads: its module may use only
    # what lies below it, so declaring scoring rules must not pull in the evaluator.
    above = _layers_above_schemas()
    schema_files = sorted(bundled_dir("schemas").glob("*.py"))
    assert schema_files
    for path in schema_files:
        for name in _baocao_imports(path):
            assert name != "baocao", f"{path.name} imports the whole package"
            parents = {".".join(name.split(".")[:n]) for n in range(2, name.count(".") + 2)}
            assert not parents & above, f"{path.name} imports {name}, above {SCHEMAS_LAYER}"


def test_scoring_rules_of_the_wrong_shape_are_refused_where_they_are_written() -> None:
    with pytest.raises(SchemaError, match="is not a tuple of names"):
        ScoringRules(fields="organizer")  # a string, not a tuple of names
    with pytest.raises(SchemaError, match=r"ListRules\(attributes=\.\.\.\)"):
        ListRules(attributes="unit")
    with pytest.raises(SchemaError, match="give a dict of field name"):
        ScoringRules(normalizers=[normalize_label])
    with pytest.raises(SchemaError, match="give a dict of list name"):
        ScoringRules(lists=[ListRules()])
    with pytest.raises(SchemaError, match="a normaliser is a function"):
        ScoringRules(normalizers={"organizer": 5})
    with pytest.raises(SchemaError, match="a normaliser is a function"):
        ListRules(normalizers={"unit": "lower"})
    with pytest.raises(SchemaError, match=r"baocao\.scoring\.ListRules"):
        ScoringRules(lists={"staff": {"value": "count"}})
    assert ScoringRules(fields=("organizer",), normalizers={"organizer": normalize_label})
