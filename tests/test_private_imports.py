"""No module of baocao imports another module's private name.

A name with a leading underscore is a module's own business; what a sibling needs is public in
its module (named without the underscore, with a docstring) or lives in the module whose job it
serves. This test parses every module under ``src/baocao`` with :mod:`ast` and flags
``from baocao.x import _name`` and ``from .x import _name`` (dunder names such as
``__version__`` are not private).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = "baocao"
SOURCE_ROOT = Path(__file__).resolve().parents[1] / "src"
PACKAGE_ROOT = SOURCE_ROOT / PACKAGE


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(importer: str, is_package: bool, module: str | None, level: int) -> str:
    """The absolute module a ``from`` import names (relative ones resolved against
    ``importer``, a package's ``__init__`` counting as the package itself)."""
    if level == 0:
        return module or ""
    base = importer.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, module] if module else base)


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_imports(source: str, importer: str, is_package: bool = False) -> list[str]:
    """``"<importer> imports <module>.<name>"`` for each private name ``source`` imports
    from another module of baocao."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom):
            continue
        target = _resolve(importer, is_package, node.module, node.level)
        if target != PACKAGE and not target.startswith(f"{PACKAGE}."):
            continue
        if target == importer:
            continue
        found.extend(
            f"{importer} imports {target}.{alias.name}"
            for alias in node.names
            if _is_private(alias.name)
        )
    return found


def test_no_module_of_baocao_imports_a_private_name_of_another() -> None:
    modules = sorted(PACKAGE_ROOT.rglob("*.py"))
    assert len(modules) > 10, f"no baocao modules found under {PACKAGE_ROOT}"
    found = [
        line
        for path in modules
        for line in private_imports(
            path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py"
        )
    ]
    assert found == [], (
        "private names imported across modules (make each public in its module, with a "
        "docstring, or move it to the module whose job it serves):\n" + "\n".join(found)
    )


@pytest.mark.parametrize(
    ("source", "importer", "is_package", "expected"),
    [
        (
            "from baocao.offline.text import _Span\n",
            "baocao.offline.dates",
            False,
            ["baocao.offline.dates imports baocao.offline.text._Span"],
        ),
        (
            "from .text import Span, _fold\n",
            "baocao.offline.dates",
            False,
            ["baocao.offline.dates imports baocao.offline.text._fold"],
        ),
        (
            "from ..numerals import _digits\n",
            "baocao.offline.indicators",
            False,
            ["baocao.offline.indicators imports baocao.numerals._digits"],
        ),
        (
            "from .dates import _periods\n",
            "baocao.offline",
            True,
            ["baocao.offline imports baocao.offline.dates._periods"],
        ),
        (
            "def f():\n    from baocao.cache import _key\n",
            "baocao.pipeline",
            False,
            ["baocao.pipeline imports baocao.cache._key"],
        ),
        ("from baocao.offline.text import Span, fold\n", "baocao.offline.dates", False, []),
        ("from baocao import __version__\n", "baocao.cli", False, []),
        ("from typing import _T\nfrom re import _pattern_type\n", "baocao.cli", False, []),
    ],
)
def test_private_imports_flags_each_form(
    source: str, importer: str, is_package: bool, expected: list[str]
) -> None:
    assert private_imports(source, importer, is_package) == expected
