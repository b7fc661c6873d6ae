"""Recorded cassettes replayed: the real openai + instructor stack, no server, no network.

Each test here is marked ``vcr`` and replays its cassette from the top-level ``cassettes/``
folder (one YAML file per scenario, named for it). ``make record`` re-records them: the tests
then start :class:`ScriptedServer` (tests/scripted_server.py), a local OpenAI-compatible
server whose answers are the gold reports of ``examples/gold/`` (written by people reading
each article) or scripted faults; it is not a model, and no accuracy figure comes from these
cassettes. ``make record-live`` runs the ``live`` tests against a real endpoint instead.

A request that is not in its cassette (a prompt or schema edit) fails with a message naming
``make record`` (conftest.py); :func:`test_prompt_edit_fails_with_the_rerecord_hint` proves it.
Transport retry waits are zero: every Extractor gets a ModelClient with a no-op sleep.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner
from vcr.cassette import Cassette
from vcr.request import Request

import baocao.pipeline
from baocao.cli import EXIT_OK, app
from baocao.crosscheck import Verification
from baocao.evaluation import evaluate
from baocao.llm import ModelClient, RetryPolicy
from baocao.pipeline import Extraction, Extractor
from baocao.records import read_records
from baocao.schemas import ReportType, load_report_type
from baocao.settings import Settings
from cassette_config import (
    CASSETTES_DIR,
    DUMMY_API_KEY,
    LIVE_SUBDIR,
    SECRET_HEADERS,
    Endpoint,
    scrub_request,
    scrub_response,
)
from local_model_server import CASSETTES as LOCAL_MODEL_CASSETTES
from scripted_server import GOLD_DIR, Step

REPO = Path(__file__).resolve().parents[1]
ARTICLES_DIR = REPO / "examples" / "articles"
ARTICLES = sorted(ARTICLES_DIR.glob("*.txt"))
FAULT_ARTICLE = ARTICLES[0]
MODEL = "gpt-4o-mini"
REPORT_TYPE = "health_review"
CHAT_PATH = "/v1/chat/completions"
WRONG_VALUE = 987654321  # printed nowhere in the first sample
TRUNCATED_CHARS = 300  # how much of a gold report a "length" cut-off answer carries

# Read at import: the autouse fixture in conftest.py clears these from every test's environment.
LIVE_API_KEY = os.environ.get("OPENAI_API_KEY")
LIVE_BASE_URL = os.environ.get("OPENAI_BASE_URL")
LIVE_MODEL = os.environ.get("BAOCAO_MODEL", MODEL)

# A key-like string: "sk-" then 12+ key characters, even glued to a word ("reask-..." would
# look like a key to a secret scanner); the dummy key is caught by name.
SECRET_KEY_PATTERN = re.compile(r"sk-[A-Za-z0-9_-]{12,}")
BEARER_PATTERN = re.compile(r"\bBearer\s+\S", re.IGNORECASE)


async def _no_sleep(seconds: float) -> None:
    return None


ZERO_WAIT = RetryPolicy(backoff_s=0.0, jitter_s=0.0, sleep=_no_sleep)


def gold(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    return data


def _ungrounded_gold() -> str:
    data = gold(FAULT_ARTICLE.stem)
    data["indicators"][0]["value"] = WRONG_VALUE
    return json.dumps(data, ensure_ascii=False)


def _truncated_gold() -> str:
    return json.dumps(gold(FAULT_ARTICLE.stem), ensure_ascii=False)[:TRUNCATED_CHARS]


# ---- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """One cassette per scenario: the parametrize id, or the test name without ``test_``."""
    marker = request.node.get_closest_marker("default_cassette")
    if marker is not None:
        return str(marker.args[0])
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None:
        return str(callspec.id)
    return str(request.node.originalname).removeprefix("test_").replace("_", "-")


def make_settings(base_url: str, *, api_key: str = DUMMY_API_KEY, model: str = MODEL) -> Settings:
    return Settings.build(
        base_url=base_url, api_key=api_key, model=model, no_cache=True, concurrency=1
    )


def make_extractor(endpoint: Endpoint) -> Extractor:
    settings = make_settings(endpoint.base_url)
    return Extractor(settings, model_client=ModelClient(settings, retry_policy=ZERO_WAIT))


def extract(endpoint: Endpoint, article: Path) -> Extraction:
    with make_extractor(endpoint) as extractor:
        return extractor.extract(article)


def report_model() -> Any:
    return load_report_type(REPORT_TYPE).model


def recorded(cassette: Cassette) -> list[tuple[dict[str, Any], int]]:
    """Each interaction's request body (JSON) and response status, in order."""
    bodies = [json.loads(request.body) for request in cassette.requests]
    statuses = [int(response["status"]["code"]) for response in cassette.responses]
    return list(zip(bodies, statuses, strict=True))


def assert_all_replayed(cassette: Cassette, record_mode: str) -> None:
    if record_mode == "none":
        assert cassette.all_played, f"{cassette.play_count} of {len(cassette)} answers replayed"


def assert_is_gold(result: Extraction, stem: str) -> None:
    assert result.error is None, result.error
    assert result.ok and not result.cached
    assert result.report == report_model().model_validate(gold(stem))
    assert result.verification is not None
    assert result.verification.checked > 0
    assert result.verification.ungrounded == []


def last_message(body: dict[str, Any]) -> str:
    return json.dumps(body["messages"][-1], ensure_ascii=False)


# ---- the five samples ---------------------------------------------------------------------


@pytest.mark.vcr
@pytest.mark.parametrize("article", ARTICLES, ids=[f"sample-{p.stem}" for p in ARTICLES])
def test_each_sample_replays_to_its_gold_report(
    endpoint: Endpoint, vcr: Cassette, record_mode: str, article: Path
) -> None:
    result = extract(endpoint, article)
    assert_is_gold(result, article.stem)
    [(body, status)] = recorded(vcr)
    assert status == 200 and body["model"] == MODEL
    assert result.usage.requests == 1 and result.usage.prompt_tokens > 0
    assert_all_replayed(vcr, record_mode)


# ---- faults -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fault:
    """A scripted fault on the first sample and what the recording must show.

    Attributes:
        name: the scenario (and cassette) name.
        steps: the scripted answers before the gold responder takes over.
        statuses: the HTTP status of each recorded answer.
        error: the expected ``Extraction.error.type``; None means the gold report.
        reask_says: text the last request's last message carries (the re-ask).
    """

    name: str
    steps: tuple[Step, ...]
    statuses: tuple[int, ...]
    error: str | None = None
    reask_says: str | None = None


FAULTS = [
    Fault(
        "ungrounded-number-then-reask",
        (Step.reply(_ungrounded_gold()),),
        (200, 200),
        reask_says=str(WRONG_VALUE),
    ),
    Fault("429-then-success", (Step.fail(429, "rate limited", retry_after="0"),), (429, 200)),
    Fault("500-then-success", (Step.fail(500, "internal error"),), (500, 200)),
    Fault("503-twice-then-success", (Step.fail(503), Step.fail(503)), (503, 503, 200)),
    Fault(
        "malformed-json-then-reask",
        (Step.reply('{"title": "Hội nghị tổng kết", "indicators": [{"value": 75,'),),
        (200, 200),
        reask_says="Invalid JSON",
    ),
    Fault(
        "length-cutoff-is-an-error",
        (Step.reply(_truncated_gold(), finish_reason="length"),),
        (200,),
        error="TruncatedError",
    ),
]


@pytest.mark.vcr
@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_fault_replays(endpoint: Endpoint, vcr: Cassette, record_mode: str, fault: Fault) -> None:
    endpoint.script(*fault.steps)
    result = extract(endpoint, FAULT_ARTICLE)
    interactions = recorded(vcr)
    assert tuple(status for _, status in interactions) == fault.statuses
    assert result.usage.requests == len(fault.statuses)
    if fault.error is None:
        assert_is_gold(result, FAULT_ARTICLE.stem)
    else:
        assert result.error is not None and result.error.type == fault.error, result.error
        assert result.report is None
    first_body, _ = interactions[0]
    last_body, _ = interactions[-1]
    if fault.reask_says is not None:
        assert len(last_body["messages"]) > len(first_body["messages"])
        assert fault.reask_says in last_message(last_body)
    else:
        assert all(body == first_body for body, _ in interactions), "a retry changed the request"
    assert_all_replayed(vcr, record_mode)


# ---- the command line, end to end ---------------------------------------------------------


@pytest.mark.vcr
def test_cli_extract_samples(
    endpoint: Endpoint,
    vcr: Cassette,
    record_mode: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``baocao extract examples/articles --base-url ...`` in-process, so vcr's patches apply."""
    monkeypatch.setenv("OPENAI_API_KEY", DUMMY_API_KEY)

    def zero_wait_client(settings: Settings) -> ModelClient:
        return ModelClient(settings, retry_policy=ZERO_WAIT)

    monkeypatch.setattr(baocao.pipeline, "ModelClient", zero_wait_client)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(ARTICLES_DIR), "-o", str(out), "--base-url", endpoint.base_url]
    # One article at a time: the cassette's order is then the same on every re-recording.
    args += ["--model", MODEL, "--no-cache", "--concurrency", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output
    records = list(read_records(out))
    assert sorted(Path(r.source.path).stem for r in records) == [p.stem for p in ARTICLES]
    model = report_model()
    for record in records:
        stem = Path(record.source.path).stem
        assert record.error is None, record.error
        assert isinstance(record.verification, Verification)
        assert record.verification.ungrounded == []
        assert model.model_validate(record.report) == model.model_validate(gold(stem))
    # One stable prefix: the same fixed part for every article, then the article.
    fixed = {record.usage.prompt_fixed_chars for record in records}
    assert len(fixed) == 1 and fixed.pop() > 0
    assert all(record.usage.article_chars > 0 for record in records)
    assert "prompt chars: fixed + article (mean)" in result.stderr
    summary = evaluate(records, GOLD_DIR).summary()
    scores = [key for key in summary if key.startswith("field.")]
    scores += ["indicators.precision", "indicators.recall", "grounding_rate"]
    assert {key: summary[key] for key in scores} == dict.fromkeys(scores, 1.0)
    assert len(vcr) == len(ARTICLES)
    assert_all_replayed(vcr, record_mode)


# ---- the re-record hint -------------------------------------------------------------------


def _edited_report_type(tmp_path: Path) -> ReportType:
    """health_review with one word appended to a tmp copy of its system prompt."""
    real = load_report_type(REPORT_TYPE)
    prompts = tmp_path / "prompts"
    shutil.copytree(real.prompts_dir, prompts)
    system = prompts / f"{REPORT_TYPE}.system.j2"
    system.write_text(system.read_text(encoding="utf-8") + "\nBe brief.\n", encoding="utf-8")
    return dataclasses.replace(real, prompts_dir=prompts)


def test_prompt_edit_fails_with_the_rerecord_hint(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A sample cassette test, run after a deliberate prompt edit, fails naming `make record`."""
    edited = _edited_report_type(tmp_path)
    monkeypatch.setattr(baocao.pipeline, "load_report_type", lambda name: edited)
    sample = f"sample-{ARTICLES[0].stem}"
    result = pytester.runpytest_inprocess(
        f"{__file__}::test_each_sample_replays_to_its_gold_report[{sample}]",
        "--record-mode=none",
        "-p",
        "no:cacheprovider",
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [f"*not found in cassette cassettes/{sample}.yaml*run `make record`*"]
    )
    assert "body differs" in result.stdout.str()  # vcrpy's detail: what changed


# ---- what the cassettes hold ----------------------------------------------------------------


def _cassette_files() -> list[Path]:
    return sorted(CASSETTES_DIR.rglob("*.yaml"))


def _scenario_names() -> set[str]:
    samples = {f"sample-{p.stem}" for p in ARTICLES}
    local_model = set(LOCAL_MODEL_CASSETTES.values())  # tests/test_local_model.py
    return samples | {fault.name for fault in FAULTS} | {"cli-extract-samples"} | local_model


def test_every_scenario_has_one_cassette_and_no_cassette_is_stale() -> None:
    replayed = {path.stem for path in CASSETTES_DIR.glob("*.yaml")}
    assert replayed == _scenario_names(), "run `make record` (and delete stale cassettes)"


def test_no_file_of_the_cassettes_folder_looks_like_a_secret() -> None:
    # Not only the cassettes: the README and file names too (secret scanners read them all).
    files = [path for path in CASSETTES_DIR.rglob("*") if path.is_file()]
    assert files
    for path in files:
        text = f"{path.name}\n{path.read_text(encoding='utf-8')}"
        assert not SECRET_KEY_PATTERN.search(text), f"{path}: a key-like string"
        assert not BEARER_PATTERN.search(text), f"{path}: a bearer token"
        assert DUMMY_API_KEY not in text, f"{path}: the test key"


@pytest.mark.parametrize(
    "path", _cassette_files(), ids=[str(p.relative_to(CASSETTES_DIR)) for p in _cassette_files()]
)
def test_cassette_holds_no_secret(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert DUMMY_API_KEY not in text
    assert not SECRET_KEY_PATTERN.search(text), "an API key was recorded"
    assert not BEARER_PATTERN.search(text), "a bearer token was recorded"
    cassette = yaml.safe_load(text)
    for interaction in cassette["interactions"]:
        for side in ("request", "response"):
            names = {name.lower() for name in interaction[side]["headers"]}
            leaked = names & SECRET_HEADERS
            assert not leaked, f"{side} headers {sorted(leaked)} were recorded"
            assert not any(name.startswith("x-stainless-") for name in names)


SENT_HEADERS = {
    "Authorization": f"Bearer {DUMMY_API_KEY}",
    "api-key": DUMMY_API_KEY,
    "Cookie": "session=1",
    "OpenAI-Organization": "org-1",
    "OpenAI-Project": "proj-1",
    "X-Stainless-Retry-Count": "0",
    "X-Stainless-OS": "Linux",
    "User-Agent": "AsyncOpenAI/Python",
    "Host": "127.0.0.1:41234",
    "Content-Type": "application/json",
}
ANSWER_HEADERS = {
    "set-cookie": ["__cf_bm=abc"],
    "x-request-id": ["req_1"],
    "openai-organization": ["org-1"],
    "openai-project": ["proj-1"],
    "date": ["Mon, 01 Jan 2024 00:00:00 GMT"],
    "Content-Type": ["application/json"],
    "retry-after": ["0"],
}


@pytest.mark.parametrize(
    ("uri", "saved_uri"),
    [
        pytest.param(
            "http://127.0.0.1:41234/v1/chat/completions",
            "http://127.0.0.1/v1/chat/completions",
            id="scripted server port dropped",
        ),
        pytest.param(
            "http://localhost:8080/v1/chat/completions",
            "http://127.0.0.1/v1/chat/completions",
            id="localhost normalised",
        ),
        pytest.param(
            "https://api.openai.com/v1/chat/completions",
            "https://api.openai.com/v1/chat/completions",
            id="real endpoint kept",
        ),
    ],
)
def test_scrub_request_keeps_only_what_replay_needs(uri: str, saved_uri: str) -> None:
    request = Request("POST", uri, b'{"model": "m"}', SENT_HEADERS)
    saved = scrub_request(request)
    assert dict(saved.headers) == {"Content-Type": "application/json"}
    assert saved.uri == saved_uri and saved.path == request.path and saved.body == request.body
    assert "Authorization" in request.headers, "the live request must not be changed"
    assert scrub_request(saved).uri == saved.uri


def test_scrub_response_drops_cookies_ids_and_dates() -> None:
    answer = {"status": {"code": 429, "message": "Too Many"}, "headers": ANSWER_HEADERS}
    saved = scrub_response(answer)
    assert saved["headers"] == {"Content-Type": ["application/json"], "retry-after": ["0"]}
    assert answer["headers"] is ANSWER_HEADERS and saved["status"] == answer["status"]


# ---- live (make record-live; never in CI) -------------------------------------------------


@pytest.mark.live
@pytest.mark.vcr
@pytest.mark.default_cassette(f"{LIVE_SUBDIR}/samples")
@pytest.mark.skipif(LIVE_API_KEY is None, reason="set OPENAI_API_KEY to record against a model")
def test_live_samples(vcr: Cassette, capsys: pytest.CaptureFixture[str]) -> None:
    """The five samples through a real model, scored against the golds (printed, not asserted).

    A real model's answers are not the golds, so only the transport is asserted: every article
    got an answer. The scores are what `baocao eval` would print for the same records.
    """
    assert LIVE_API_KEY is not None
    settings = Settings.build(
        api_key=LIVE_API_KEY, base_url=LIVE_BASE_URL, model=LIVE_MODEL, no_cache=True
    )
    with Extractor(settings, model_client=ModelClient(settings)) as extractor:
        records = [extractor.extract(article).to_record() for article in ARTICLES]
    errors = [r.error for r in records if r.error and r.error.type == "ProviderError"]
    assert not errors, errors
    with capsys.disabled():
        summary = evaluate(records, GOLD_DIR).summary()
        print(f"\n{LIVE_MODEL} on the five samples:", json.dumps(summary, indent=2))
