"""DESIGN.md names every module of the offline package (in its module table and its section)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import baocao.offline

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(
    path.stem
    for path in Path(baocao.offline.__file__).parent.glob("*.py")
    if path.stem != "__init__"
)


@pytest.mark.parametrize("module", MODULES)
def test_design_names_each_offline_module(module: str) -> None:
    design = (ROOT / "DESIGN.md").read_text(encoding="utf-8")
    row = re.search(r"^\| \d+ \| `offline` \|.*\(a package: (?P<names>[^)]*)\)", design, re.M)
    assert row is not None, "DESIGN.md's module table has no offline row listing its modules"
    assert module in [name.strip() for name in row.group("names").split(",")]
    described = re.search(rf"`{module}`\s*[(,]", design)
    assert described is not None, f"DESIGN.md's offline section does not describe `{module}`"
