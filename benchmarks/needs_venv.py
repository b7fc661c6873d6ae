"""Imported first by every benchmark: without baocao installed, one line says what to run.

A benchmark started with the system ``python`` (not the project's venv) would otherwise end
in a ``ModuleNotFoundError`` traceback.
"""

from __future__ import annotations

VENV_HINT = "run it with .venv/bin/python (make venv)"

try:
    import baocao  # noqa: F401  (only its presence is checked)
except ImportError as err:
    raise SystemExit(f"{err}: {VENV_HINT}") from None
