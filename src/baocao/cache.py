"""The extraction cache: validated reports on disk, keyed by everything that decides them.

A key is the sha256 of the parts that decide a model's answer (base URL, model, mode,
schema hash, prompt version, generation parameters, document sha256) plus
:data:`CACHE_FORMAT_VERSION`; never the API key. Values are the report as a JSON string
(diskcache stores text natively; baocao writes no pickles), so an entry can be inspected
and outlives code changes. The pipeline re-validates every entry it reads and re-runs the
cross-check; anything that fails is a miss and gets overwritten.

diskcache (SQLite + files) is safe to share between processes and threads. Its errors are
translated here: a cache that cannot be opened is a :class:`ConfigError`; a read or write
that fails later is logged and treated as a miss, since the cache only saves money.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import diskcache

from baocao.errors import ConfigError

logger = logging.getLogger(__name__)

# Bump when the stored format or the meaning of a key changes: every old entry misses.
CACHE_FORMAT_VERSION = "1"
CACHE_FORMAT_PART = "cache_format"
# diskcache waits this long for a lock held by another process before giving up.
LOCK_TIMEOUT_S = 60.0

_CACHE_FAILURES = (OSError, sqlite3.Error, diskcache.Timeout)


# The file a diskcache folder keeps its index in: a folder without it holds no cache.
CACHE_DB_NAME: str = diskcache.core.DBNAME


def cache_exists(directory: Path) -> bool:
    """Whether ``directory`` holds a cache (its database file), without making one there."""
    return (directory / CACHE_DB_NAME).is_file()


class ExtractionCache:
    """Validated report JSON keyed by :meth:`make_key` (one diskcache directory)."""

    def __init__(self, directory: Path) -> None:
        """Open (or create) the cache in ``directory``.

        Raises:
            ConfigError: the directory cannot be created or opened.
        """
        self.directory = Path(directory)
        try:
            self._cache = diskcache.Cache(str(self.directory), timeout=LOCK_TIMEOUT_S)
        except _CACHE_FAILURES as err:
            raise ConfigError(
                f"cannot open the cache in {self.directory} ({err}): choose another folder "
                "with --cache-dir (BAOCAO_CACHE_DIR) or run with --no-cache"
            ) from err

    @staticmethod
    def make_key(**parts: str) -> str:
        """The key for these parts: sha256 over them, sorted, plus the cache format version.

        Never pass secrets: the parts decide the key, and keys are stored on disk.
        """
        payload = json.dumps(
            {**parts, CACHE_FORMAT_PART: CACHE_FORMAT_VERSION},
            sort_keys=True,
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored report JSON for ``key``; None when absent, unreadable or corrupt."""
        try:
            raw = self._cache.get(key)
        except _CACHE_FAILURES as err:
            logger.warning("cache read failed in %s (%s): treated as a miss", self.directory, err)
            return None
        if raw is None:
            return None
        if not isinstance(raw, str):
            logger.info("cache entry %s is not JSON text: ignored", key[:12])
            return None
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            logger.info("cache entry %s is corrupt: ignored", key[:12])
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, report_json: dict[str, Any]) -> None:
        """Store a validated report's JSON under ``key`` (a failure is logged, not raised)."""
        text = json.dumps(report_json, ensure_ascii=False, sort_keys=True)
        try:
            self._cache.set(key, text)
        except _CACHE_FAILURES as err:
            logger.warning("cache write failed in %s (%s): result not cached", self.directory, err)

    def info(self) -> dict[str, Any]:
        """``{"directory", "entries", "bytes"}`` of the cache."""
        return {
            "directory": str(self.directory),
            "entries": len(self._cache),
            "bytes": int(self._cache.volume()),
        }

    def clear(self) -> int:
        """Remove every entry; returns how many were removed."""
        return int(self._cache.clear(retry=True))

    def close(self) -> None:
        """Close the cache's database connections (reopened on next use)."""
        self._cache.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
