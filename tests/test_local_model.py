"""A real OpenAI-compatible server: llama-cpp-python serving SmolLM2-135M-Instruct (Q4_1).

The 135M model's reports are poor, and that is the point: against a real server the run
must complete (a report or a clear error record, never a crash), mode negotiation must land
on a mode the server accepts, and the cross-check must flag the figures the model invents.

Each test runs one of two ways:

* replayed (``make test``): from its cassette ``cassettes/llamacpp-smollm2-*.yaml``, recorded
  from the real server by ``make record-local-model``; no server, network blocked;
* live (``make test-local-model``, i.e. ``--disable-recording``, or while recording): against
  a server :class:`LocalModelServer` starts for the module; skipped when the ``localmodel``
  extra or the model is not installed.

The article is one written for these tests in the genre's forms (a district health centre's
year-end review); it is short because SmolLM2's context is 8,192 tokens. Held to
health_review's schema by a grammar, SmolLM2 writes the required fields and stops (no
indicators); a test report type whose figures are required (``fixtures/local_model/
key_figures.py``) makes it write figures, and invent them.

Measured on llama-cpp-python 0.3.36 (what the assertions below pin): ``tools`` with a named
``tool_choice`` is answered, the arguments constrained by a grammar built from the schema;
``response_format`` ``json_schema`` is refused with HTTP 500 and a request-validation error
(its server accepts only ``text`` and ``json_object``); ``json_object`` with a ``schema`` is
answered, constrained the same way. So ``auto`` stays on ``tools``.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from vcr.cassette import Cassette

from baocao import Extractor, load_document, locate_value
from baocao.errors import ProviderError
from baocao.llm import MAX_REASKS, ModelClient, RetryPolicy
from baocao.pipeline import Extraction
from baocao.settings import Settings
from cassette_config import REPLAY_BASE_URL, scrub_response, vcr_settings
from local_model_server import CASSETTES, INSTALL_HINT, LocalModelServer, missing_parts

pytestmark = pytest.mark.localmodel

FIXTURES = Path(__file__).parent / "fixtures" / "local_model"
ARTICLE = FIXTURES / "hoa-lac-2023.txt"
KEY_FIGURES = FIXTURES / "key_figures.py"  # a report type whose figures are required
REPLAY_MODEL = "SmolLM2-135M-Instruct.Q4_1"
# A busy 2-core machine evaluates the prompt at ~20 tokens/s: minutes per request.
LIVE_TIMEOUT_S = 900.0
NEGOTIATED_MODE = "tools"  # what auto lands on for llama-cpp-python (module docstring)
# The figures the recorded key_figures answers invent (read off the cassette).
RECORDED_INVENTED = {"0.2", "9.1"}


async def _no_sleep(seconds: float) -> None:
    return None


# The server's error answers quote its own source files: their folder is the recorder's.
_INSTALL_PATH = re.compile(r"/[^\s\"']*/site-packages/")


def _scrub_install_paths(response: dict[str, Any]) -> dict[str, Any]:
    scrubbed = scrub_response(response)
    body = scrubbed.get("body", {}).get("string")
    if isinstance(body, bytes):
        body = _INSTALL_PATH.sub("site-packages/", body.decode("utf-8")).encode("utf-8")
    elif isinstance(body, str):
        body = _INSTALL_PATH.sub("site-packages/", body)
    else:
        return scrubbed
    return {**scrubbed, "body": {**scrubbed["body"], "string": body}}


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """The shared settings, and no recorder's install path in a saved answer."""
    return {**vcr_settings(), "before_record_response": _scrub_install_paths}


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    return CASSETTES[request.node.originalname]


@pytest.fixture(scope="module")
def live_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LocalModelServer | None]:
    """The server when live or recording, else None (replays need none).

    Module-scoped, so it starts before a test's cassette is opened: its readiness probes
    are never recorded.
    """
    config = request.config
    if not config.getoption("--disable-recording") and config.getoption("--record-mode") in (
        None,
        "none",
    ):
        yield None
        return
    missing = missing_parts()
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed: {INSTALL_HINT}")
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with LocalModelServer(log) as server:
        yield server


@pytest.fixture
def endpoint(live_server: LocalModelServer | None) -> tuple[str, str]:
    """Base URL and model name: the live server's, or the replay URL."""
    if live_server is None:
        return REPLAY_BASE_URL, REPLAY_MODEL
    return live_server.base_url, live_server.model


def make_client(endpoint: tuple[str, str], mode: str = "auto") -> ModelClient:
    base_url, model = endpoint
    settings = Settings(
        base_url=base_url, model=model, mode=mode, cache_dir=None, timeout_s=LIVE_TIMEOUT_S
    )
    return ModelClient(settings, retry_policy=RetryPolicy(sleep=_no_sleep))


class _OneFigure(BaseModel):
    """A one-field report: enough for a request the server refuses before reading it."""

    value: int


def extract(endpoint: tuple[str, str], schema: str) -> tuple[Extraction, ModelClient]:
    client = make_client(endpoint)
    settings = Settings(cache_dir=None, schema_name=schema)
    with Extractor(settings, model_client=client) as extractor:
        return extractor.extract(ARTICLE), client


def assert_flags_exactly_the_unprinted_figures(result: Extraction) -> set[str]:
    """Every checked quantity is flagged exactly when the article does not print it."""
    assert result.verification is not None
    text = load_document(ARTICLE).text
    for item in result.verification.items:
        if item.target == "number":
            printed = bool(locate_value(text, Decimal(item.value)))
            assert (item.status == "grounded") == printed, item
    return {item.value for item in result.verification.ungrounded}


@pytest.mark.vcr
def test_a_health_review_run_completes_in_the_negotiated_mode(
    live_server: LocalModelServer | None, endpoint: tuple[str, str], vcr: Cassette | None
) -> None:
    """The real report type: a report or a clear error record, in a mode the server took.

    (SmolLM2 fills only health_review's required fields: the one figure it checks, a year,
    is printed.)
    """
    result, client = extract(endpoint, "health_review")
    assert client.mode == NEGOTIATED_MODE
    if result.error is not None:  # a clear per-article record, not a crash
        assert result.report is None and result.error.message
        return
    assert result.report is not None and result.verification is not None
    text = load_document(ARTICLE).text
    for item in result.verification.items:  # years ground on dates too: spans, not locate
        assert (item.status == "grounded") == bool(item.spans), item
        if item.status == "ungrounded" and item.target == "number":
            assert locate_value(text, Decimal(item.value)) == [], item


@pytest.mark.vcr
def test_figures_the_model_invents_are_flagged(
    live_server: LocalModelServer | None, endpoint: tuple[str, str], vcr: Cassette | None
) -> None:
    """Three to five figures required: the model invents them, re-asks do not help, and the
    report is kept with every invented figure flagged."""
    result, client = extract(endpoint, str(KEY_FIGURES))
    assert client.mode == NEGOTIATED_MODE
    assert result.error is None and result.report is not None
    invented = assert_flags_exactly_the_unprinted_figures(result)
    if live_server is None:  # the recorded answers, read off the cassette
        assert invented == RECORDED_INVENTED
        assert result.usage.requests == MAX_REASKS + 1


@pytest.mark.vcr
def test_an_explicit_json_schema_mode_is_refused_clearly(
    live_server: LocalModelServer | None, endpoint: tuple[str, str], vcr: Cassette | None
) -> None:
    client = make_client(endpoint, mode="json_schema")

    async def ask() -> None:
        try:
            await client.complete(
                [{"role": "user", "content": ARTICLE.read_text(encoding="utf-8")}],
                _OneFigure,
                {},
            )
        finally:
            await client.aclose()

    with pytest.raises(ProviderError) as caught:
        asyncio.run(ask())
    message = str(caught.value)
    assert "refused mode json_schema" in message and "--mode auto" in message
    assert "json_object" in message  # the server's own words say what it accepts
