"""Shared test fixtures.

Every test runs with the user's environment cleared of baocao/OpenAI settings and with the
per-user cache pointed at a temporary folder, so nothing a test does touches real user paths
or picks up a developer's key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "examples" / "articles"
GOLD = REPO / "examples" / "gold"

_ENV_VARS = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "BAOCAO_MODEL",
    "BAOCAO_CACHE_DIR",
    "BAOCAO_CONCURRENCY",
    "BAOCAO_MODE",
    "BAOCAO_TIMEOUT",
    "BAOCAO_PRICES",
)


@pytest.fixture(autouse=True)
def _isolated_user_paths(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    for var in _ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("HOME", str(home))
    yield


@pytest.fixture
def sample_paths() -> list[Path]:
    """The five sample articles, sorted by name."""
    return sorted(ARTICLES.glob("*.txt"))
