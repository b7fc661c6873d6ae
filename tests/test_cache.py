"""Tests for baocao.cache: keys, JSON round trips, corrupt entries, info/clear, processes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import diskcache
import pytest

from baocao.cache import CACHE_FORMAT_VERSION, ExtractionCache
from baocao.errors import ConfigError

PARTS = {
    "base_url": "https://api.openai.com/v1",
    "model": "gpt-4o-mini",
    "mode": "tools",
    "schema_hash": "a" * 64,
    "prompt_version": "b" * 64,
    "temperature": "0.0",
    "max_tokens": "4096",
    "document": "c" * 64,
}
REPORT = {"title": "Hội nghị tổng kết", "indicators": [{"value": 73066, "unit": "lượt"}]}


@pytest.fixture
def cache(tmp_path: Path) -> ExtractionCache:
    return ExtractionCache(tmp_path / "cache")


def test_round_trip_keeps_the_report_json(cache: ExtractionCache) -> None:
    key = ExtractionCache.make_key(**PARTS)
    assert cache.get(key) is None
    cache.put(key, REPORT)
    assert cache.get(key) == REPORT


def test_key_ignores_argument_order() -> None:
    reversed_parts = dict(reversed(list(PARTS.items())))
    assert ExtractionCache.make_key(**PARTS) == ExtractionCache.make_key(**reversed_parts)


@pytest.mark.parametrize("part", sorted(PARTS))
def test_every_part_changes_the_key(part: str) -> None:
    changed = {**PARTS, part: PARTS[part] + "x"}
    assert ExtractionCache.make_key(**PARTS) != ExtractionCache.make_key(**changed)


def test_format_version_is_part_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = ExtractionCache.make_key(**PARTS)
    monkeypatch.setattr("baocao.cache.CACHE_FORMAT_VERSION", CACHE_FORMAT_VERSION + "-next")
    assert ExtractionCache.make_key(**PARTS) != before


@pytest.mark.parametrize(
    "stored",
    [
        pytest.param("{not json", id="truncated json text"),
        pytest.param("[1, 2]", id="json that is not an object"),
        pytest.param(b"\x00\x01", id="bytes"),
        pytest.param(12345, id="a number"),
    ],
)
def test_corrupt_entries_are_misses(cache: ExtractionCache, stored: Any) -> None:
    key = ExtractionCache.make_key(**PARTS)
    with diskcache.Cache(str(cache.directory)) as raw:
        raw.set(key, stored)
    assert cache.get(key) is None
    cache.put(key, REPORT)  # and a fresh result overwrites it
    assert cache.get(key) == REPORT


def test_values_are_stored_as_text_not_pickles(cache: ExtractionCache) -> None:
    key = ExtractionCache.make_key(**PARTS)
    cache.put(key, REPORT)
    with diskcache.Cache(str(cache.directory)) as raw:
        assert isinstance(raw.get(key), str)


def test_info_and_clear(cache: ExtractionCache) -> None:
    for i in range(3):
        cache.put(ExtractionCache.make_key(**{**PARTS, "document": str(i)}), REPORT)
    info = cache.info()
    assert info["directory"] == str(cache.directory)
    assert info["entries"] == 3
    assert info["bytes"] > 0
    assert cache.clear() == 3
    assert cache.info()["entries"] == 0


def test_unusable_directory_is_a_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ConfigError, match="--no-cache"):
        ExtractionCache(blocker / "cache")


def _writer(directory: str, worker: int, count: int) -> None:
    cache = ExtractionCache(Path(directory))
    for i in range(count):
        cache.put(ExtractionCache.make_key(worker=str(worker), i=str(i)), {"w": worker, "i": i})
    cache.close()


def test_several_processes_share_one_cache(tmp_path: Path) -> None:
    directory = tmp_path / "shared"
    ExtractionCache(directory).close()
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_writer, args=(str(directory), w, 20)) for w in range(3)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    assert all(p.exitcode == 0 for p in workers)
    cache = ExtractionCache(directory)
    assert cache.info()["entries"] == 60
    assert cache.get(ExtractionCache.make_key(worker="2", i="19")) == {"w": 2, "i": 19}
