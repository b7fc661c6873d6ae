"""Tests for baocao.pipeline: the Extractor end to end over HTTP against the scripted server.

The real openai + instructor stack talks to :class:`ScriptedServer`, whose default responder
answers each sample article with its gold report (examples/gold). Transport backoff is zero
(an injected ModelClient); nothing sleeps except scripted server delays that order results.
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from baocao import crosscheck
from baocao.crosscheck import Status, verify
from baocao.documents import load_document
from baocao.errors import ConfigError, EndpointUnreachableError, SchemaError
from baocao.llm import ModelClient, RetryPolicy, first_request_tokens
from baocao.pipeline import Extraction, Extractor
from baocao.prompts import load_prompts, render_prompt
from baocao.record import Usage
from baocao.records import encode_record
from baocao.schemas import load_report_type
from baocao.settings import Settings
from scripted_server import GOLD_DIR, ScriptedServer, Step, request_mode, request_text

REPO = Path(__file__).resolve().parents[1]
ARTICLES = sorted((REPO / "examples" / "articles").glob("*.txt"))
API_KEY = "sk-test-PIPELINE-SECRET-42"
RECORD_KEYS = ["source", "schema", "report", "verification", "usage", "cached", "error"]


async def _no_sleep(seconds: float) -> None:
    return None


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as scripted:
        yield scripted


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def make_extractor(server: ScriptedServer, cache_dir: Path | None, **settings: Any) -> Extractor:
    values: dict[str, Any] = {
        "base_url": server.base_url,
        "api_key": API_KEY,
        "model": "gpt-4o-mini",
        "cache_dir": cache_dir,
    }
    values.update(settings)
    built = Settings(**values)
    policy = RetryPolicy(backoff_s=0.0, jitter_s=0.0, sleep=_no_sleep)
    return Extractor(built, model_client=ModelClient(built, retry_policy=policy))


def gold(stem: str) -> dict[str, Any]:
    path = GOLD_DIR / f"{stem}.json"
    if not path.is_file():
        pytest.skip(f"no gold report {path.name} yet (issue 4 writes examples/gold)")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def ungrounded_gold() -> str:
    """The first sample's gold report with its first indicator's value not in the article."""
    data = gold(ARTICLES[0].stem)
    data["indicators"][0]["value"] = 987654321
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_each_sample_article_is_answered_with_its_gold_report(
    server: ScriptedServer, cache_dir: Path, article: Path
) -> None:
    expected = gold(article.stem)
    with make_extractor(server, cache_dir) as extractor:
        result = extractor.extract(article)
    assert result.error is None, result.error
    assert result.ok and not result.cached
    assert result.report is not None
    assert result.report == extractor.report_type.model.model_validate(expected)
    assert result.verification is not None and result.verification.ok
    assert result.verification.checked > 0
    prompt, completion = server.usage_total()
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (prompt, completion)
    assert result.usage.cost_usd > 0


def test_cache_hit_makes_zero_requests_and_costs_nothing(
    server: ScriptedServer, cache_dir: Path
) -> None:
    with make_extractor(server, cache_dir) as extractor:
        first = extractor.extract(ARTICLES[0])
    with make_extractor(server, cache_dir) as extractor:
        second = extractor.extract(ARTICLES[0])
    assert first.ok and second.ok
    assert len(server.requests) == 1
    assert second.cached and second.usage == Usage()
    assert second.report == first.report
    assert second.verification == first.verification


def test_a_rerun_hits_the_cache_filled_in_a_negotiated_mode(
    server: ScriptedServer, cache_dir: Path
) -> None:
    """The first run is refused in tools mode and answered in json_schema; a rerun (whose
    client has negotiated nothing yet) still finds the report: the key holds "auto"."""
    server.refuse("tools", Step.fail(400, "this model does not support tools"))
    with make_extractor(server, cache_dir) as extractor:
        first = extractor.extract(ARTICLES[0])
    with make_extractor(server, cache_dir) as extractor:
        second = extractor.extract(ARTICLES[0])
    assert first.ok and second.ok and second.cached
    assert [request_mode(body) for body in server.requests] == ["tools", "json_schema"]


@pytest.mark.parametrize(
    ("option", "requests"),
    [
        pytest.param({"refresh": True}, 2, id="refresh ignores hits"),
        pytest.param({"no_cache": True}, 2, id="no_cache skips the cache"),
        pytest.param({}, 1, id="default uses the cache"),
    ],
)
def test_cache_options(
    server: ScriptedServer, cache_dir: Path, option: dict[str, bool], requests: int
) -> None:
    with make_extractor(server, cache_dir) as extractor:
        extractor.extract(ARTICLES[1])
    with make_extractor(server, cache_dir, **option) as extractor:
        result = extractor.extract(ARTICLES[1])
    assert result.ok
    assert len(server.requests) == requests


def _user_report_type(tmp_path: Path) -> Path:
    """A copy of health_review as a user's schema file with its prompts beside it."""
    folder = tmp_path / "user_types"
    shutil.copytree(REPO / "prompts", folder / "prompts")
    shutil.copy(REPO / "schemas" / "health_review.py", folder / "health_review.py")
    return folder


@pytest.mark.parametrize(
    "change",
    [
        pytest.param("prompt", id="prompt edit misses"),
        pytest.param("schema", id="schema edit misses"),
    ],
)
def test_cache_misses_after_prompt_or_schema_change(
    server: ScriptedServer, cache_dir: Path, tmp_path: Path, change: str
) -> None:
    folder = _user_report_type(tmp_path)
    schema = str(folder / "health_review.py")
    with make_extractor(server, cache_dir, schema_name=schema) as extractor:
        assert extractor.extract(ARTICLES[2]).ok
    with make_extractor(server, cache_dir, schema_name=schema) as extractor:
        assert extractor.extract(ARTICLES[2]).cached
    assert len(server.requests) == 1
    if change == "prompt":
        user_prompt = folder / "prompts" / "health_review.user.j2"
        user_prompt.write_text(user_prompt.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    else:
        source = folder / "health_review.py"
        text = source.read_text(encoding="utf-8")
        edited = text.replace('"""A health-sector review conference', '"""A health review')
        assert edited != text
        source.write_text(edited, encoding="utf-8")
    with make_extractor(server, cache_dir, schema_name=schema) as extractor:
        result = extractor.extract(ARTICLES[2])
    assert result.ok and not result.cached
    assert len(server.requests) == 2


def test_corrupt_cache_entry_is_a_miss_and_is_overwritten(
    server: ScriptedServer, cache_dir: Path
) -> None:
    with make_extractor(server, cache_dir) as extractor:
        extractor.extract(ARTICLES[3])
        cache = extractor.cache
        assert cache is not None
        (key,) = list(cache._cache.iterkeys())
        cache._cache.set(key, '{"title": 12')  # torn JSON
        assert extractor.extract(ARTICLES[3]).cached is False
        cache.put(key, {"title": "only a title"})  # valid JSON, not a valid report
        assert extractor.extract(ARTICLES[3]).cached is False
        assert extractor.extract(ARTICLES[3]).cached is True
    assert len(server.requests) == 3


def test_api_key_is_absent_from_cache_files_and_logs(
    server: ScriptedServer, cache_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.script(Step.fail(429, retry_after="0"), Step.fail(500))
    with make_extractor(server, cache_dir) as extractor:
        results = list(extractor.extract_many(ARTICLES))
    assert all(r.ok for r in results)
    files = [p for p in cache_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert API_KEY.encode() not in path.read_bytes(), path
    assert API_KEY not in caplog.text


def test_extract_many_yields_as_completed_and_survives_bad_articles(
    server: ScriptedServer, cache_dir: Path, tmp_path: Path
) -> None:
    # The first request to arrive is answered last; every other article answers at once.
    server.script(Step.gold(delay_s=0.5))
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    sources = [*ARTICLES, missing, empty]
    with make_extractor(server, cache_dir, concurrency=8) as extractor:
        results = list(extractor.extract_many(sources))
    assert len(results) == len(sources)
    by_path = {r.source.path: r for r in results}
    assert by_path[str(missing)].error is not None
    assert by_path[str(missing)].error.type == "DocumentError"
    assert by_path[str(empty)].error is not None
    assert all(by_path[str(p)].ok for p in ARTICLES)
    slow = server.gold_answer(server.requests[0])
    assert slow is not None
    assert results[-1].report == extractor.report_type.model.model_validate_json(slow)


def test_extract_many_keeps_at_most_concurrency_in_flight(
    server: ScriptedServer, cache_dir: Path
) -> None:
    server.default_delay_s = 0.05
    with make_extractor(server, None, concurrency=2) as extractor:
        results = list(extractor.extract_many(ARTICLES))
    assert all(r.ok for r in results)
    assert 1 <= server.max_in_flight <= 2


def test_closing_extract_many_early_cancels_outstanding_work(
    server: ScriptedServer, cache_dir: Path
) -> None:
    server.default_delay_s = 0.1
    with make_extractor(server, None, concurrency=1) as extractor:
        batch = extractor.extract_many(ARTICLES)
        first = next(batch)
        batch.close()
        assert first.ok
        assert extractor.extract(ARTICLES[4]).ok  # the Extractor is still usable
    # Once all is settled (a request sent just before the close may reach the server after
    # it): the first article, at most the one then in flight, and the last extract.
    asked = sorted(_article_number(server, body) for body in server.requests)
    assert asked in ([0, 4], [0, 1, 4])


def test_one_provider_failure_becomes_that_articles_error(
    server: ScriptedServer, cache_dir: Path
) -> None:
    server.script(Step.fail(400, "unknown parameter: seed"))
    with make_extractor(server, cache_dir, concurrency=1) as extractor:
        results = list(extractor.extract_many(ARTICLES[:3]))
    errors = [r for r in results if r.error is not None]
    assert len(errors) == 1
    assert errors[0].error is not None and errors[0].error.type == "ProviderError"
    assert "unknown parameter: seed" in errors[0].error.message
    assert sum(r.ok for r in results) == 2


def test_an_article_beyond_the_context_window_is_sent_once_and_recorded_with_its_size(
    server: ScriptedServer, cache_dir: Path
) -> None:
    server.script(
        Step.fail(
            400,
            "This model's maximum context length is 8192 tokens. However, your messages "
            "resulted in 9001 tokens. Please reduce the length of the messages.",
        )
    )
    with make_extractor(server, None, concurrency=1) as extractor:
        results = list(extractor.extract_many(ARTICLES[:2]))
    assert len(server.requests) == 2  # one each: the refused article is not retried
    failed = [r for r in results if r.error is not None]
    assert len(failed) == 1 and failed[0].error is not None
    assert failed[0].error.type == "ContextWindowError"
    chars = len(load_document(failed[0].source.path).text)
    assert f"{chars:,} chars" in failed[0].error.message
    assert "8,192 tokens" in failed[0].error.message


def test_articles_a_declared_context_cannot_hold_are_recorded_unsent(
    server: ScriptedServer,
) -> None:
    """QA 14: with --context-window, the articles whose first request (estimated, with
    max_tokens) would not fit get a ContextWindowError record and are never sent."""
    report_type = load_report_type("health_review")
    templates = load_prompts(report_type)
    needed = {
        path: first_request_tokens(render_prompt(templates, load_document(path)), report_type.model)
        for path in ARTICLES
    }
    reserved = Settings().max_tokens or 0
    window = sorted(needed.values())[2] + reserved  # the three smallest fit
    with make_extractor(server, None, concurrency=1, context_window=window) as extractor:
        results = {str(r.source.path): r for r in extractor.extract_many(ARTICLES)}
    refused = {str(p) for p, n in needed.items() if n + reserved > window}
    assert len(refused) == 2 and len(server.requests) == 3
    for path, result in results.items():
        if path not in refused:
            assert result.ok, path
            continue
        assert result.error is not None and result.error.type == "ContextWindowError"
        chars = len(load_document(path).text)
        assert f"{chars:,} chars" in result.error.message
        assert f"{window:,} tokens" in result.error.message


def test_a_context_window_too_small_for_any_article_is_refused_at_start(
    server: ScriptedServer,
) -> None:
    with pytest.raises(ConfigError, match="Raise the context to at least"):
        make_extractor(server, None, context_window=4_096, max_tokens=4_096)
    assert server.requests == []


def test_an_endpoint_that_goes_away_stops_the_batch_without_records(
    server: ScriptedServer,
) -> None:
    """Articles answered before the endpoint died keep their results; those it interrupted
    get none (a rerun extracts them), and the batch ends with the fatal error."""
    # Each answer closes its connection, so the requests after the close must reconnect.
    server.script(*[Step(headers={"Connection": "close"})] * 2)
    with make_extractor(server, None, concurrency=2) as extractor:
        before = list(extractor.extract_many(ARTICLES[:2]))
        server.close()
        after: list[Extraction] = []
        with pytest.raises(EndpointUnreachableError, match="run the same command again"):
            after.extend(extractor.extract_many(ARTICLES[2:]))
    assert all(r.ok for r in before)
    assert after == []


@pytest.mark.parametrize(
    ("faults", "requests"),
    [
        pytest.param([Step.fail(429, retry_after="0")], 2, id="429 then success"),
        pytest.param([Step.fail(503)], 2, id="503 then success"),
        pytest.param([Step.drop_connection()], 2, id="dropped connection then success"),
        pytest.param([Step.reply("{not json")], 2, id="malformed json then re-ask"),
    ],
)
def test_faults_recover_through_the_pipeline(
    server: ScriptedServer, cache_dir: Path, faults: list[Step], requests: int
) -> None:
    server.script(*faults)
    with make_extractor(server, cache_dir) as extractor:
        result = extractor.extract(ARTICLES[0])
    assert result.ok, result.error
    assert result.usage.requests == requests == len(server.requests)


def test_ungrounded_number_is_reasked_with_the_validation_message(
    server: ScriptedServer, cache_dir: Path
) -> None:
    server.script(Step.reply(ungrounded_gold()))
    with make_extractor(server, cache_dir) as extractor:
        result = extractor.extract(ARTICLES[0])
    assert result.ok and result.verification is not None and result.verification.ok
    assert len(server.requests) == 2
    reask = json.dumps(server.requests[1]["messages"], ensure_ascii=False)
    assert "indicators[0].value" in reask
    assert "987654321" in reask


def test_value_still_ungrounded_after_reasks_is_kept_and_flagged(
    server: ScriptedServer, cache_dir: Path
) -> None:
    server.script(*[Step.reply(ungrounded_gold())] * 3)
    with make_extractor(server, cache_dir) as extractor:
        result = extractor.extract(ARTICLES[0])
    assert result.error is None and result.report is not None
    assert result.verification is not None
    assert [item.path for item in result.verification.ungrounded] == ["indicators[0].value"]
    assert len(server.requests) == 3
    assert result.usage.requests == 3


@pytest.mark.parametrize(
    ("steps", "walks"),
    [
        pytest.param(0, 1, id="grounded-first-time"),
        pytest.param(1, 2, id="reasked-then-grounded"),
        pytest.param(3, 3, id="ungrounded-after-last-reask"),
    ],
)
def test_verification_is_the_validators_when_it_checked_the_same_values(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, steps: int, walks: int
) -> None:
    walked: list[str] = []
    monkeypatch.setattr(crosscheck._Checker, "__init__", _counting_init(walked))
    server.script(*[Step.reply(ungrounded_gold())] * steps)
    with make_extractor(server, None) as extractor:
        result = extractor.extract(ARTICLES[0])
    assert result.report is not None and result.verification is not None
    assert len(walked) == walks  # the validator's walks only: the pipeline reused the last
    fresh = verify(result.report, load_document(ARTICLES[0]))
    assert result.verification == fresh


def test_cached_report_is_verified_by_the_pipeline(
    server: ScriptedServer, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with make_extractor(server, cache_dir) as extractor:
        first = extractor.extract(ARTICLES[0])
    walked: list[str] = []
    monkeypatch.setattr(crosscheck._Checker, "__init__", _counting_init(walked))
    with make_extractor(server, cache_dir) as extractor:
        second = extractor.extract(ARTICLES[0])
    assert second.cached and len(walked) == 1
    assert second.verification == first.verification


def _article_number(server: ScriptedServer, body: dict[str, Any]) -> int:
    """Which sample article a request is about."""
    text = request_text(body)
    return next(i for i, article in enumerate(server.articles) if article.snippet in text)


def _counting_init(walked: list[str]) -> Any:
    original = crosscheck._Checker.__init__

    def init(self: Any, text: str, index: Any, *rest: Any) -> None:
        walked.append(text)
        original(self, text, index, *rest)

    return init


def test_strict_mode_records_an_error_instead_of_the_report(
    server: ScriptedServer, cache_dir: Path
) -> None:
    server.script(*[Step.reply(ungrounded_gold())] * 6)
    with make_extractor(server, cache_dir, strict=True) as extractor:
        result = extractor.extract(ARTICLES[0])
        again = extractor.extract(ARTICLES[0])
    assert result.error is not None and result.error.type == "GroundingError"
    assert "indicators[0].value" in result.error.message
    assert result.report is None and not result.ok
    assert result.verification is not None
    assert result.verification.ungrounded[0].status is Status.UNGROUNDED
    assert not again.cached  # refused reports are not cached
    assert len(server.requests) == 6


def test_length_cut_off_is_recorded_with_its_usage(server: ScriptedServer, cache_dir: Path) -> None:
    server.script(Step.reply('{"title": "Hội', finish_reason="length"))
    with make_extractor(server, cache_dir) as extractor:
        result = extractor.extract(ARTICLES[0])
    assert result.error is not None and result.error.type == "TruncatedError"
    assert "finish_reason=length" in result.error.message
    assert result.usage.requests == 1 and result.usage.completion_tokens > 0


def test_article_text_with_template_syntax_reaches_the_model_unchanged(
    server: ScriptedServer,
) -> None:
    article = "Hội nghị tổng kết năm 2023 {{ 7 * 7 }} {% for x in y %} đạt 82,8%.\n" * 3
    server.script(Step.fail(400, "no gold"))
    with make_extractor(server, None) as extractor:
        extractor.extract(article)
    sent = json.dumps(server.requests[0]["messages"], ensure_ascii=False)
    assert "{{ 7 * 7 }}" in sent and "{% for x in y %}" in sent


def test_extract_works_inside_a_running_event_loop(server: ScriptedServer) -> None:
    async def caller() -> Extraction:
        with make_extractor(server, None) as extractor:
            return extractor.extract(ARTICLES[1])

    assert asyncio.run(caller()).ok


def test_a_record_line_holds_its_keys_in_order(server: ScriptedServer, cache_dir: Path) -> None:
    with make_extractor(server, cache_dir) as extractor:
        result = extractor.extract(ARTICLES[4])
    line = json.loads(encode_record(result.to_record()))
    assert list(line) == RECORD_KEYS  # in this order
    assert line["schema"] == extractor.settings.schema_name
    assert set(line["source"]) == {"path", "sha256"}
    assert {"checked", "grounded", "ungrounded", "items"} <= set(line["verification"])
    assert {"prompt_tokens", "completion_tokens", "cost_usd"} <= set(line["usage"])
    assert line["error"] is None and line["cached"] is False


def test_offline_extraction_needs_no_key_and_no_server(tmp_path: Path) -> None:
    with Extractor(Settings(offline=True, cache_dir=tmp_path / "cache")) as extractor:
        result = extractor.extract(ARTICLES[0])
    assert result.error is None, result.error
    assert result.report is not None and result.usage == Usage()
    assert extractor.cache is None
    assert result.verification is not None


def test_the_report_model_itself_may_name_the_schema(tmp_path: Path) -> None:
    bundled = load_report_type("health_review")
    with Extractor(schema=bundled.model, offline=True, cache_dir=tmp_path / "c") as extractor:
        result = extractor.extract(ARTICLES[0])
    assert extractor.report_type.name == "health_review"
    assert result.error is None and result.schema == bundled.spec
    # A user's class is read through its module's file: here, a type the rules cannot fill.
    user_file = tmp_path / "staffing.py"
    user_file.write_text(
        "from pydantic import BaseModel\n\nclass Staffing(BaseModel):\n    unit: str\n",
        encoding="utf-8",
    )
    user_model = load_report_type(f"{user_file}:Staffing").model
    with pytest.raises(ConfigError, match="'staffing'"):
        Extractor(schema=user_model, offline=True, cache_dir=tmp_path / "c")


@pytest.mark.parametrize("given", [dict, Decimal("1")], ids=["another class", "an instance"])
def test_a_schema_that_is_no_report_model_is_refused_by_name(given: Any, tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="not a Pydantic model class: pass a report model"):
        Extractor(schema=given, offline=True, cache_dir=tmp_path / "c")


def test_a_model_the_records_could_not_name_again_is_refused(tmp_path: Path) -> None:
    class Outer(BaseModel):
        class Inner(BaseModel):
            unit: str

    with pytest.raises(SchemaError, match="nested in another class"):
        Extractor(schema=Outer.Inner, offline=True, cache_dir=tmp_path / "c")
    script = type(
        "Script", (BaseModel,), {"__annotations__": {"unit": str}, "__module__": "__main__"}
    )
    with pytest.raises(SchemaError, match="the script being run"):
        Extractor(schema=script, offline=True, cache_dir=tmp_path / "c")


def test_missing_key_is_a_config_error_from_the_constructor() -> None:
    with pytest.raises(ConfigError) as caught:
        Extractor(Settings())
    assert "OPENAI_API_KEY" in str(caught.value)
    assert "--offline" in str(caught.value)


def test_keyword_arguments_override_settings(server: ScriptedServer, tmp_path: Path) -> None:
    with Extractor(
        Settings(api_key=API_KEY), base_url=server.base_url, cache_dir=tmp_path, concurrency=3
    ) as extractor:
        assert extractor.settings.base_url == server.base_url
        assert extractor.settings.concurrency == 3
        assert extractor.settings.cache_dir == tmp_path


def test_unknown_schema_is_raised_from_the_constructor(server: ScriptedServer) -> None:
    with pytest.raises(SchemaError, match="unknown report type"):
        Extractor(Settings(base_url=server.base_url), schema="no_such_report")


def test_closed_extractor_refuses_work(server: ScriptedServer) -> None:
    extractor = make_extractor(server, None)
    extractor.close()
    extractor.close()  # idempotent
    with pytest.raises(RuntimeError, match="closed"):
        extractor.extract(ARTICLES[0])
