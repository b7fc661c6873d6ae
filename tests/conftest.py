"""Shared test fixtures.

Every test runs with the user's environment cleared of baocao/OpenAI settings and with the
per-user cache pointed at a temporary folder, so nothing a test does touches real user paths
or picks up a developer's key.

Tests marked ``vcr`` replay HTTP cassettes from the top-level ``cassettes/`` folder (see
``tests/cassette_config.py``): replay only unless ``--record-mode`` is given (``make record``),
and a request missing from its cassette fails the test with the re-record hint.
"""

from __future__ import annotations

import signal
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from vcr import VCR

from baocao import runs
from cassette_config import (
    CASSETTES_DIR,
    REPLAY_BASE_URL,
    SERIALIZER,
    Endpoint,
    noting_cassette_misses,
    rerecord_hint,
    vcr_settings,
)
from scripted_server import ScriptedServer

pytest_plugins = ("pytester",)

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
    "BAOCAO_MAX_TOKENS",
    "BAOCAO_PRICES",
    "BAOCAO_CONTEXT_WINDOW",
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


# ---- cassettes (pytest-recording) ----------------------------------------------------------


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """Replay only, matched on method + path + body, headers scrubbed before saving."""
    return vcr_settings()


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    """Every cassette lives in the top-level ``cassettes/`` folder."""
    return str(CASSETTES_DIR)


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    """Save cassettes as readable YAML (Vietnamese as text) under the usual name."""
    vcr.register_serializer("yaml", SERIALIZER)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """Fail a cassette test whose requests are not in its cassette with the re-record hint."""
    if item.get_closest_marker("vcr") is None:
        return (yield)
    with noting_cassette_misses() as misses:
        try:
            return (yield)
        finally:
            if misses:
                pytest.fail(rerecord_hint(misses), pytrace=False)


@pytest.fixture
def endpoint(record_mode: str) -> Iterator[Endpoint]:
    """The endpoint of a cassette test; when recording, its script must be used up."""
    if record_mode == "none":
        yield Endpoint(REPLAY_BASE_URL, None)
        return
    with ScriptedServer() as server:
        yield Endpoint(server.base_url, server)
        assert server.pending_steps == 0, "the script was not used up: the scenario changed"


@pytest.fixture
def saved_stop_handlers() -> Iterator[dict[int, Any]]:
    """SIGINT's and SIGTERM's handlers before the test, put back after it: for tests that
    install the command line's (``interrupt_on_stop_signals``) or a run's own."""
    previous: dict[int, Any] = {
        sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)
    }
    yield previous
    for sig, handler in previous.items():
        signal.signal(sig, handler)
    runs._stops_ignored = (
        False  # as a new command line's start (interrupt_on_stop_signals) leaves it
    )
