"""The README's Python example runs as written and its sample record is a real one (offline)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from baocao import Extractor
from baocao.records import encode_record

REPO = Path(__file__).resolve().parents[1]
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def test_readme_python_examples_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocks = PYTHON_BLOCK.findall((REPO / "README.md").read_text(encoding="utf-8"))
    assert blocks, "the README has no Python example"
    # The examples read examples/ and write out/: run them where out/ is a scratch folder.
    (tmp_path / "examples").symlink_to(REPO / "examples")
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})  # our own documentation


# The README's sample record is what ``make extract`` writes for the first sample; "…" elides.
RECORD_BLOCK = re.compile(r"```json\n(\{\"source\".*?)```", re.DOTALL)
SCALAR_PAIR = re.compile(r'"(\w+)": ("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|null|true|false)')
ELIDED = "…"
SAMPLE = "examples/articles/000_653dcc8e01e3b730.txt"


def _scalars(value: Any, found: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Every scalar of a JSON value under the key that holds it."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        if isinstance(item, dict | list):
            _scalars(item, found)
        else:
            found.setdefault(str(key), []).append(item)
    return found


def _shown(value: Any, real: list[Any]) -> bool:
    if isinstance(value, str) and value.endswith(ELIDED):
        return any(isinstance(r, str) and r.startswith(value[: -len(ELIDED)]) for r in real)
    return any(type(r) is type(value) and r == value for r in real)


def test_readme_sample_record_is_what_extract_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = RECORD_BLOCK.search(readme)
    assert block, "the README shows no sample record"
    monkeypatch.chdir(REPO)
    with Extractor(offline=True, no_cache=True) as extractor:
        record = json.loads(encode_record(extractor.extract(Path(SAMPLE)).to_record()))
    real = _scalars(record, {})
    shown = SCALAR_PAIR.findall(block.group(1))
    assert len(shown) > 30
    wrong = [(key, raw) for key, raw in shown if not _shown(json.loads(raw), real.get(key, []))]
    assert wrong == [], "README.md's sample record differs from a real run: update it"
