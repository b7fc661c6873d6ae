"""Tests for baocao.llm: the real openai + instructor stack over HTTP against a scripted server.

A tiny test-local model stands in for a report: its validator accepts ``n`` only when the
validation context allows it, as the grounding check does for a report's numbers. Transport
waits go through an injected sleep that records and returns at once: no test sleeps.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, Self, TypeVar

import httpx2
import openai
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, SecretStr, TypeAdapter, ValidationInfo, model_validator

from baocao.errors import (
    ConfigError,
    ContextWindowError,
    EndpointFailingError,
    EndpointUnreachableError,
    ExtractionError,
    ProviderError,
    QuotaExhaustedError,
    TruncatedError,
)
from baocao.llm import (
    MAX_REASKS,
    MODE_LADDER,
    STOP_AFTER_SERVER_FAILURES,
    ModelClient,
    PriceTable,
    RetryPolicy,
    choose_mode,
    context_limit,
    context_window_from_error,
    exceeds_context,
    first_request_tokens,
    is_mode_refusal,
    request_parts,
    tidy_json,
)
from baocao.record import Usage
from baocao.settings import MODE_CHOICES, Settings
from scripted_server import (
    ScriptedServer,
    Step,
    TokenBucket,
    count_tokens,
    request_mode,
    request_text,
    schema_text,
)

T = TypeVar("T")
API_KEY = "sk-test-SECRET-0123456789abcdef"
GROUNDED = 7
MESSAGES = [
    {"role": "system", "content": "Fill the form."},
    {"role": "user", "content": "Bài báo: có 7 xã đạt chuẩn."},
]

USAGE = TypeAdapter(Usage)  # the record's codec, for one of its types


class Tiny(BaseModel):
    """A one-number report; the context lists the numbers the 'article' prints."""

    n: int

    @model_validator(mode="after")
    def grounded(self, info: ValidationInfo) -> Self:
        allowed = info.context.get("allowed") if isinstance(info.context, dict) else None
        if allowed is not None and self.n not in allowed:
            raise ValueError(f"n = {self.n} is not in the article: copy the figure exactly")
        return self


CONTEXT = {"allowed": {GROUNDED}}


class SleepRecorder:
    """An injected transport sleep and clock: a sleep records the wait, moves the clock on by
    it and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.now = 0.0

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as scripted:
        yield scripted


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


def make_client(server: ScriptedServer, sleeps: SleepRecorder, **settings: Any) -> ModelClient:
    values: dict[str, Any] = {
        "base_url": server.base_url,
        "api_key": API_KEY,
        "model": "gpt-4o-mini",
        "cache_dir": None,
    }
    values.update(settings)
    policy = RetryPolicy(backoff_s=0.0, jitter_s=0.0, sleep=sleeps, clock=sleeps.clock)
    return ModelClient(Settings(**values), retry_policy=policy)


async def complete(client: ModelClient, **kwargs: Any) -> tuple[Tiny, Usage]:
    try:
        return await client.complete(MESSAGES, Tiny, CONTEXT, **kwargs)
    finally:
        await client.aclose()


GOOD = Step.reply({"n": GROUNDED})

TRANSPORT_FAULTS = [
    ("429 with Retry-After then success", [Step.fail(429, "slow down", retry_after="2")], [2.0]),
    ("429 with retry-after-ms then success", [Step.fail(429, retry_after_ms="250")], [0.25]),
    ("500 then success", [Step.fail(500, "boom")], [0.0]),
    ("503 twice then success", [Step.fail(503), Step.fail(503)], [0.0, 0.0]),
    ("dropped connection then success", [Step.drop_connection()], [0.0]),
    ("408 request timeout then success", [Step.fail(408)], [0.0]),
    (
        "200 with an error object then success",
        [Step.raw_200('{"error": {"message": "upstream overloaded"}}')],
        [0.0],
    ),
    ("200 with an HTML page then success", [Step.raw_200("<html>Bad gateway</html>")], [0.0]),
    ("200 with an empty body then success", [Step.raw_200("")], [0.0]),
]


@pytest.mark.parametrize(
    ("faults", "waits"),
    [pytest.param(f, w, id=name) for name, f, w in TRANSPORT_FAULTS],
)
def test_transport_faults_are_retried_then_succeed(
    server: ScriptedServer, sleeps: SleepRecorder, faults: list[Step], waits: list[float]
) -> None:
    server.script(*faults, GOOD)
    report, usage = run(complete(make_client(server, sleeps)))
    assert report == Tiny(n=GROUNDED)
    assert len(server.requests) == len(faults) + 1
    assert usage.requests == len(faults) + 1
    assert sleeps.waits == waits


@pytest.mark.parametrize(
    ("fault", "status"),
    [
        pytest.param(Step.fail(401, "bad key"), 401, id="401 not retried"),
        pytest.param(Step.fail(400, "bad request"), 400, id="400 not retried"),
        pytest.param(Step.fail(404, "no such model"), 404, id="404 not retried"),
    ],
)
def test_client_errors_are_not_retried(
    server: ScriptedServer, sleeps: SleepRecorder, fault: Step, status: int
) -> None:
    server.script(fault, GOOD)
    with pytest.raises(ProviderError) as caught:
        run(complete(make_client(server, sleeps)))
    assert caught.value.status == status
    assert len(server.requests) == 1
    assert sleeps.waits == []


def test_a_429_asking_for_an_hour_stops_the_run_naming_the_wait(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    """QA 3: a used-up quota is not one article's failure: every later request would meet it."""
    server.script(*[Step.fail(429, "You exceeded your current quota", retry_after="3600")] * 3)
    client = make_client(server, sleeps)

    async def calls() -> list[BaseException]:
        try:
            first = await asyncio.gather(
                client.complete(MESSAGES, Tiny, CONTEXT), return_exceptions=True
            )
            later = await asyncio.gather(
                client.complete(MESSAGES, Tiny, CONTEXT), return_exceptions=True
            )
            return [*first, *later]  # type: ignore[list-item]
        finally:
            await client.aclose()

    errors = run(calls())
    assert all(isinstance(e, QuotaExhaustedError) for e in errors), errors
    message = " ".join(str(errors[0]).split()).lower()
    assert "60 min" in message and "retry-after 3600 s" in message
    assert "you exceeded your current quota" in message  # the server's own words
    assert "raise the limit" in message and "run the same command again" in message
    assert len(server.requests) == 1 and sleeps.waits == []  # nothing sent after it


@pytest.mark.parametrize(
    "answer",
    [Step.fail(500, "model crashed"), Step.raw_200('{"error": {"message": "model crashed"}}')],
    ids=["500", "200 with an error"],
)
def test_server_errors_article_after_article_stop_the_run(
    server: ScriptedServer, sleeps: SleepRecorder, answer: Step
) -> None:
    """QA 4: calls in a row failing with server errors after every retry stop the run, with
    the server's own message; a success in between starts the count again."""
    attempts = RetryPolicy().max_attempts
    calls_before_stop = STOP_AFTER_SERVER_FAILURES - 1
    server.script(*[answer] * attempts * calls_before_stop, GOOD)
    server.script(*[answer] * attempts * STOP_AFTER_SERVER_FAILURES, GOOD)
    client = make_client(server, sleeps)

    async def calls() -> list[BaseException | None]:
        outcomes: list[BaseException | None] = []
        try:
            for _ in range(2 * STOP_AFTER_SERVER_FAILURES + 1):
                try:
                    await client.complete(MESSAGES, Tiny, CONTEXT)
                except ProviderError as err:
                    outcomes.append(err)
                else:
                    outcomes.append(None)
        finally:
            await client.aclose()
        return outcomes

    outcomes = run(calls())
    kinds = [type(o).__name__ if o is not None else "ok" for o in outcomes]
    assert kinds == (
        ["ProviderError"] * calls_before_stop
        + ["ok"]
        + ["ProviderError"] * calls_before_stop
        + ["EndpointFailingError"] * 2  # the next call is not sent at all
    )
    assert isinstance(outcomes[-1], EndpointFailingError)
    message = str(outcomes[-1])
    assert (
        "model crashed" in message and f"{STOP_AFTER_SERVER_FAILURES} articles in a row" in message
    )
    assert len(server.requests) == attempts * (2 * STOP_AFTER_SERVER_FAILURES - 1) + 1


def test_a_rate_limit_pause_is_warned_once_naming_the_wait(
    server: ScriptedServer, sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    """QA 5: a server answering 429 again and again pauses sends: one warning, not one per
    429, so the wait is never silent."""
    server.script(*[Step.fail(429, "slow down", retry_after="30")] * 4, GOOD, GOOD)
    client = make_client(server, sleeps)

    async def calls() -> None:
        try:
            await client.complete(MESSAGES, Tiny, CONTEXT)
            await client.complete(MESSAGES, Tiny, CONTEXT)
        finally:
            await client.aclose()

    with caplog.at_level(logging.WARNING, logger="baocao"):
        run(calls())
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, warnings
    assert "rate limited" in warnings[0] and "30.0 s" in warnings[0]
    assert sleeps.waits == [30.0] * 4  # it did wait, four times


def test_persistent_server_errors_stop_after_max_attempts(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    attempts = RetryPolicy().max_attempts
    server.script(*[Step.fail(500, "down")] * (attempts + 2))
    with pytest.raises(ProviderError) as caught:
        run(complete(make_client(server, sleeps)))
    assert caught.value.status == 500
    assert f"after {attempts} attempts" in str(caught.value)
    assert len(server.requests) == attempts


def test_backoff_grows_exponentially_without_retry_after(server: ScriptedServer) -> None:
    sleeps = SleepRecorder()
    policy = RetryPolicy(
        backoff_s=1.0, jitter_s=0.0, max_backoff_s=3.0, sleep=sleeps, clock=sleeps.clock
    )
    client = ModelClient(
        Settings(base_url=server.base_url, api_key=API_KEY, cache_dir=None), retry_policy=policy
    )
    server.script(Step.fail(500), Step.fail(502), Step.fail(503), GOOD)
    run(complete(client))
    assert sleeps.waits == [1.0, 2.0, 3.0]


def test_ungrounded_number_is_reasked_and_corrected(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(Step.reply({"n": 5}), GOOD)
    report, usage = run(complete(make_client(server, sleeps)))
    assert report.n == GROUNDED
    assert len(server.requests) == 2
    second = json.dumps(server.requests[1]["messages"], ensure_ascii=False)
    assert "n = 5 is not in the article" in second
    assert usage.requests == 2


def test_malformed_json_is_reasked(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.script(Step.reply('{"n": 7'), GOOD)
    report, _ = run(complete(make_client(server, sleeps)))
    assert report.n == GROUNDED
    second = json.dumps(server.requests[1]["messages"])
    assert "Validation Error found" in second
    assert "json_invalid" in second or "EOF" in second


def test_still_ungrounded_after_last_reask_is_kept_without_context(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(Step.reply({"n": 1}), Step.reply({"n": 2}), Step.reply({"n": 3}), GOOD)
    report, usage = run(complete(make_client(server, sleeps)))
    assert report.n == 3  # the last answer, validated without the grounding context
    assert len(server.requests) == MAX_REASKS + 1
    assert usage.requests == MAX_REASKS + 1
    assert server.pending_steps == 1  # never asked again


def test_answers_that_never_fit_the_schema_raise_extraction_error(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(*[Step.reply("{not json")] * (MAX_REASKS + 1))
    with pytest.raises(ExtractionError, match="no answer that fits the schema after 3 attempts"):
        run(complete(make_client(server, sleeps)))
    assert len(server.requests) == MAX_REASKS + 1


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('{"error": {"message": "upstream overloaded", "code": 503}}', "upstream overloaded"),
        ('{"error": "quota exceeded"}', "quota exceeded"),
        ("<html><body>502 Bad Gateway</body></html>", "not JSON: '<html><body>502 Bad"),
        ("", "an empty body"),
    ],
)
def test_a_200_answer_that_is_no_completion_is_a_provider_error_naming_it(
    server: ScriptedServer, sleeps: SleepRecorder, body: str, said: str
) -> None:
    """A gateway's error in a 200 answer is a server failure (retried, then reported with the
    endpoint's words), never a model answer to re-ask about nor a TypeError."""
    server.script(*[Step.raw_200(body)] * RetryPolicy().max_attempts)
    with pytest.raises(ProviderError) as caught:
        run(complete(make_client(server, sleeps)))
    assert "answered 200" in str(caught.value) and said in str(caught.value)
    assert len(server.requests) == RetryPolicy().max_attempts
    assert all("Validation Error" not in json.dumps(r["messages"]) for r in server.requests)


def test_a_reply_in_prose_is_reasked_for_the_tool_call(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    """A model that answers in text (or refuses) instead of calling the tool is asked again."""
    server.script(Step.prose("Xin lỗi, tôi không thể trích xuất bài báo này."), GOOD)
    report, usage = run(complete(make_client(server, sleeps)))
    assert report.n == GROUNDED and usage.requests == 2
    assert "No tool calls" in json.dumps(server.requests[1]["messages"], ensure_ascii=False)


def test_prose_to_the_last_reask_is_an_extraction_error_naming_it(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(*[Step.prose("Xin lỗi.")] * (MAX_REASKS + 1), GOOD)
    with pytest.raises(ExtractionError, match="No tool calls"):
        run(complete(make_client(server, sleeps)))
    assert len(server.requests) == MAX_REASKS + 1 and server.pending_steps == 1


def test_length_cut_off_is_a_truncated_error_not_a_reask(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(Step.reply('{"n": ', finish_reason="length"), GOOD)
    usage = Usage()
    # QA: the message named max_tokens, which nothing exposed; it names the flag and the limit.
    with pytest.raises(
        TruncatedError, match=r"output token limit of 4,096 tokens.*--max-tokens N \(BAOCAO_MAX"
    ):
        run(complete(make_client(server, sleeps), usage=usage))
    assert len(server.requests) == 1
    assert usage.requests == 1
    assert usage.completion_tokens > 0  # the cut-off answer still counts


def test_usage_is_summed_over_every_attempt(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.script(Step.fail(429, retry_after="0"), Step.reply({"n": 5}), Step.reply("{"), GOOD)
    report, usage = run(complete(make_client(server, sleeps)))
    assert report.n == GROUNDED
    prompt, completion = server.usage_total()
    assert (usage.prompt_tokens, usage.completion_tokens) == (prompt, completion)
    assert usage.requests == 4
    expected_cost = (prompt * 0.15 + completion * 0.6) / 1_000_000
    assert usage.cost_usd == pytest.approx(expected_cost)


def test_usage_is_exact_per_call_under_concurrency(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    contents = [f"Bài {i}: " + "có 7 xã đạt chuẩn. " * (i + 1) for i in range(8)]
    client = make_client(server, sleeps)

    async def one(content: str) -> Usage:
        messages = [{"role": "user", "content": content}]
        _, usage = await client.complete(messages, Tiny, CONTEXT)
        return usage

    async def all_calls() -> list[Usage]:
        try:
            return await asyncio.gather(*(one(c) for c in contents))
        finally:
            await client.aclose()

    server.script(*[Step.reply({"n": GROUNDED}, delay_s=0.01)] * len(contents))
    usages = run(all_calls())
    bodies = {body["messages"][-1]["content"]: body for body in server.requests}
    for content, usage in zip(contents, usages, strict=True):
        body = bodies[content]
        expected = count_tokens(request_text(body)) + count_tokens(schema_text(body))
        assert (usage.prompt_tokens, usage.requests) == (expected, 1)


def test_requests_beyond_concurrency_wait_for_a_connection_without_timing_out(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    # One connection, answers 0.3 s each, a 0.5 s request timeout, three calls at once: the
    # third waits ~0.6 s for the connection, which must not count against its own timeout
    # (and no transport retry may hide a timeout: none is recorded).
    client = make_client(server, sleeps, concurrency=1, timeout_s=0.5)

    async def all_calls() -> list[tuple[BaseModel, Usage]]:
        try:
            calls = (client.complete(MESSAGES, Tiny, CONTEXT) for _ in range(3))
            return await asyncio.gather(*calls)
        finally:
            await client.aclose()

    server.script(*[Step.reply({"n": GROUNDED}, delay_s=0.3)] * 3)
    results = run(all_calls())
    assert [usage.requests for _, usage in results] == [1, 1, 1]
    assert sleeps.waits == []
    assert server.max_in_flight == 1


def test_article_with_template_syntax_is_sent_unchanged(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    article = "Số {{ x }} và {% if a %} và {# chú thích #} đạt 7 xã.\n    thụt lề"
    client = make_client(server, sleeps)

    async def call() -> None:
        try:
            await client.complete([{"role": "user", "content": article}], Tiny, CONTEXT)
        finally:
            await client.aclose()

    server.script(GOOD)
    run(call())
    assert server.requests[0]["messages"][0]["content"] == article


@pytest.mark.parametrize(
    ("mode", "request_key"),
    [
        pytest.param("tools", "tools", id="tools mode sends a tool"),
        pytest.param("json_schema", "response_format", id="json_schema mode sends a schema"),
        pytest.param("md_json", None, id="md_json mode asks for a json block"),
    ],
)
def test_each_mode_is_answered_and_validated(
    server: ScriptedServer, sleeps: SleepRecorder, mode: str, request_key: str | None
) -> None:
    server.script(Step.reply({"n": 5}), GOOD)
    client = make_client(server, sleeps, mode=mode)
    report, _ = run(complete(client))
    assert report.n == GROUNDED  # validated (and re-asked) whatever the mode
    body = server.requests[0]
    if request_key is not None:
        assert request_key in body
    else:
        assert "tools" not in body and "response_format" not in body


# What llama-cpp-python's server answers a json_schema response_format with (HTTP 500).
LLAMA_CPP_JSON_SCHEMA_REFUSAL = (
    "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', "
    "'type'), 'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema'}"
)
TOOLS_REFUSAL = Step.fail(400, "registry/model does not support tools")


def modes_sent(server: ScriptedServer) -> list[str]:
    return [request_mode(body) for body in server.requests]


def test_two_concurrent_calls_to_a_tools_refusing_endpoint_both_succeed(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    """Both calls are refused in tools mode while both are in flight; each moves down by
    itself (no shared mode flipped under the other) and later calls start lower."""
    server.refuse("tools", TOOLS_REFUSAL, together=2)
    server.script(GOOD, GOOD)
    client = make_client(server, sleeps)

    async def both() -> list[tuple[Tiny, Usage]]:
        try:
            return await asyncio.gather(*(client.complete(MESSAGES, Tiny, CONTEXT) for _ in "ab"))
        finally:
            await client.aclose()

    results = run(both())
    assert [report.n for report, _ in results] == [GROUNDED, GROUNDED]
    assert [usage.requests for _, usage in results] == [2, 2]
    assert sorted(modes_sent(server)) == ["json_schema", "json_schema", "tools", "tools"]
    assert client.mode == "json_schema"
    assert sleeps.waits == []  # a refusal is negotiated, never retried


def test_a_json_schema_refusing_endpoint_is_served_in_json_object_mode(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    """llama-cpp-python: tools are refused, json_schema gets a 5xx request-validation error
    (read as the refusal it is, not retried); json_object with the schema is answered, and
    the next call starts there."""
    server.refuse("tools", TOOLS_REFUSAL)
    server.refuse("json_schema", Step.fail(500, LLAMA_CPP_JSON_SCHEMA_REFUSAL))
    server.script(GOOD, GOOD)
    client = make_client(server, sleeps)

    async def two_calls() -> list[Tiny]:
        try:
            first, _ = await client.complete(MESSAGES, Tiny, CONTEXT)
            second, _ = await client.complete(MESSAGES, Tiny, CONTEXT)
            return [first, second]
        finally:
            await client.aclose()

    assert run(two_calls()) == [Tiny(n=GROUNDED), Tiny(n=GROUNDED)]
    assert modes_sent(server) == ["tools", "json_schema", "json_object", "json_object"]
    response_format = server.requests[-1]["response_format"]
    assert response_format == {"type": "json_object", "schema": Tiny.model_json_schema()}
    assert sleeps.waits == []
    assert client.mode == "json_object"
    assert client.cache_identity["mode"] == "auto"  # reruns look up the same keys


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json_object"])
def test_an_explicit_mode_that_is_refused_is_a_clear_error(
    server: ScriptedServer, sleeps: SleepRecorder, mode: str
) -> None:
    server.refuse(mode, Step.fail(500, LLAMA_CPP_JSON_SCHEMA_REFUSAL.replace("json_schema", mode)))
    client = make_client(server, sleeps, mode=mode)
    with pytest.raises(ProviderError) as caught:
        run(complete(client))
    message = str(caught.value)
    assert f"refused mode {mode}" in message and "--mode auto" in message
    assert caught.value.status == 500  # the server's own status, reported as it came
    assert modes_sent(server) == [mode]  # never changed, never retried
    assert client.mode == mode


def test_a_context_length_refusal_is_no_mode_refusal(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    """Every mode would get it: the call fails once, and the endpoint keeps its mode."""
    too_long = (
        "This model's maximum context length is 8192 tokens. However, you requested 13085 "
        "tokens (8989 in the messages, 4096 in the completion). Please reduce the length of "
        "the messages or completion. (tools included)"
    )
    server.script(Step.fail(400, too_long), GOOD)
    client = make_client(server, sleeps)
    with pytest.raises(ProviderError, match="maximum context length"):
        run(complete(client))
    assert modes_sent(server) == ["tools"]
    assert client.mode == "tools"


def test_a_server_error_without_a_validation_body_is_retried_in_its_mode(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(Step.fail(500, "response_format: model crashed"), GOOD)
    report, _ = run(complete(make_client(server, sleeps, mode="json_schema")))
    assert report.n == GROUNDED
    assert modes_sent(server) == ["json_schema", "json_schema"]


LENIENT_ANSWERS = [
    ("tools", '{"n": 7, "note": "dòng một\ndòng hai\tcột"}', "raw control characters"),
    ("json_schema", '```json\n{"n": 7}\n```', "a code fence"),
    ("json_object", '{"n": 7}\n\nĐây là kết quả trích xuất.', "trailing text"),
    ("json_object", 'Kết quả:\n```json\n{"n": 7, "note": "a\nb"}\n``` xong', "all three"),
    # The server fences an md_json answer itself.
    ("md_json", '{"n": 7, "note": "hai\ndòng"}', "control characters in a fence"),
]


@pytest.mark.parametrize(
    ("mode", "answer"),
    [pytest.param(mode, answer, id=f"{mode}: {name}") for mode, answer, name in LENIENT_ANSWERS],
)
def test_loose_json_is_read_without_a_reask(
    server: ScriptedServer, sleeps: SleepRecorder, mode: str, answer: str
) -> None:
    server.script(Step.reply(answer), GOOD)
    report, usage = run(complete(make_client(server, sleeps, mode=mode)))
    assert report.n == GROUNDED
    assert len(server.requests) == 1 and usage.requests == 1
    assert server.pending_steps == 1


TIDY_CASES = [
    ('{"a": 1}', None, "strict JSON is left alone"),
    ("Xin lỗi, tôi không biết.", None, "no JSON at all"),
    ('{"a": "x', None, "an unfinished object"),
    ('{"a": "x\ny"}', '{"a": "x\\ny"}', "raw newline escaped"),
    ('{"a": "\x01"}', '{"a": "\\u0001"}', "other control character escaped"),
    (r'{"a": "x\\"}' + "\ntrailing", r'{"a": "x\\"}', "an escaped backslash ends the string"),
    ('```\n{"a": [1, 2]}\n```', '{"a": [1, 2]}', "a bare fence"),
    ('```json\n{"a": 0}\n```\n```json\n{"a": 2}\n```', '{"a": 2}', "the last fence wins"),
    ('```\n```json\n{"a": 3}\n```\n```', '{"a": 3}', "an empty fence is skipped"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(t, e, id=name) for t, e, name in TIDY_CASES]
)
def test_tidy_json(text: str, expected: str | None) -> None:
    assert tidy_json(text) == expected


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        pytest.param("auto", ("tools", "json_schema", "json_object", "md_json"), id="ladder"),
        pytest.param("md_json", ("md_json",), id="explicit is alone"),
        pytest.param(" JSON_Object ", ("json_object",), id="any case"),
    ],
)
def test_choose_mode(mode: str, expected: tuple[str, ...]) -> None:
    assert choose_mode(mode) == expected


def test_unknown_mode_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="auto, tools, json_schema, json_object, md_json"):
        choose_mode("grammar")
    with pytest.raises(ConfigError, match="BAOCAO_MODE"):
        Settings.from_env({"BAOCAO_MODE": "grammar"})


def test_the_mode_ladder_names_every_mode() -> None:
    assert set(MODE_LADDER) == set(MODE_CHOICES) - {"auto"}


def test_no_key_for_openai_is_a_config_error_naming_what_to_set() -> None:
    with pytest.raises(ConfigError) as caught:
        ModelClient(Settings(cache_dir=None))
    message = str(caught.value)
    for hint in ("OPENAI_API_KEY", "--base-url", "Ollama", "--offline"):
        assert hint in message


def test_local_server_needs_no_key(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    server.script(GOOD)
    client = ModelClient(
        Settings(base_url=server.base_url, cache_dir=None),
        retry_policy=RetryPolicy(sleep=sleeps, clock=sleeps.clock),
    )
    report, _ = run(complete(client))
    assert report.n == GROUNDED


def test_cache_identity_never_holds_the_key(server: ScriptedServer, sleeps: SleepRecorder) -> None:
    identity = make_client(server, sleeps).cache_identity
    assert set(identity) == {"base_url", "model", "mode", "temperature", "max_tokens"}
    assert API_KEY not in json.dumps(identity)


def test_api_key_never_reaches_the_logs(
    server: ScriptedServer, sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.script(Step.fail(429, retry_after="0"), Step.reply({"n": 5}), GOOD)
    run(complete(make_client(server, sleeps)))
    assert caplog.records  # debug logging did happen
    assert API_KEY not in caplog.text
    assert all(API_KEY not in str(r.args) for r in caplog.records)


PRICE_CASES = [
    ("gpt-4o-mini", 1_000_000, 1_000_000, 0.75),
    ("gpt-4o-mini-2024-07-18", 2_000_000, 0, 0.30),
    ("gpt-4o", 1_000_000, 0, 2.5),
    ("llama3.1:8b", 1_000_000, 1_000_000, 0.0),
]


@pytest.mark.parametrize(
    ("model", "prompt", "completion", "usd"),
    [pytest.param(*case, id=case[0]) for case in PRICE_CASES],
)
def test_price_table(model: str, prompt: int, completion: int, usd: float) -> None:
    assert PriceTable().cost(model, prompt, completion) == pytest.approx(usd)


@given(prompt=st.integers(0, 200_000), completion=st.integers(0, 50_000))
def test_a_cost_reads_back_equal_from_its_record(prompt: int, completion: int) -> None:
    """A record's usage is the usage: no float noise is lost when the cost is written."""
    usage = Usage(prompt, completion, PriceTable().cost("gpt-4o-mini", prompt, completion), 1)
    assert (
        USAGE.validate_python(json.loads(json.dumps(USAGE.dump_python(usage, mode="json"))))
        == usage
    )


def test_unknown_model_cost_is_noted_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="baocao.llm")
    table = PriceTable()
    table.cost("my-local-model", 10, 10)
    table.cost("my-local-model", 10, 10)
    notes = [r for r in caplog.records if "my-local-model" in r.getMessage()]
    assert len(notes) == 1


def test_user_price_file_extends_and_overrides(tmp_path: Path) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(
        json.dumps(
            {
                "models": {
                    "my-model": {"input": 1.0, "output": 2.0},
                    "gpt-4o-mini": {"input": 0.0, "output": 0.0},
                }
            }
        )
    )
    table = PriceTable(prices)
    assert table.cost("my-model", 1_000_000, 1_000_000) == pytest.approx(3.0)
    assert table.cost("gpt-4o-mini", 1_000_000, 1_000_000) == 0.0
    assert table.cost("gpt-4o", 1_000_000, 0) == pytest.approx(2.5)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("not json", id="not json"),
        pytest.param('{"models": {"m": {"input": "free"}}}', id="bad entry"),
        pytest.param("[]", id="no models"),
    ],
)
def test_bad_price_file_is_a_config_error(tmp_path: Path, content: str) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(content)
    with pytest.raises(ConfigError, match="price table"):
        PriceTable(prices)


def test_missing_price_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="price table"):
        ModelClient(
            Settings(
                api_key=SecretStr(API_KEY), cache_dir=None, prices_file=tmp_path / "missing.json"
            )
        )


def test_usage_adds_and_round_trips() -> None:
    total = Usage(10, 5, 0.5, 1) + Usage(1, 2, 0.25, 2)
    assert total == Usage(11, 7, 0.75, 3)
    assert USAGE.validate_python(USAGE.dump_python(total, mode="json")) == total
    split = Usage(10, 5, 0.5, 1, prompt_fixed_chars=300, article_chars=90, first_prompt_tokens=8)
    assert (split + split).article_chars == 180
    assert USAGE.validate_python(USAGE.dump_python(split, mode="json")) == split


def test_a_record_written_before_the_prompt_split_reads_with_zeros() -> None:
    old = {"prompt_tokens": 10, "completion_tokens": 5, "cost_usd": 0.5, "requests": 1}
    assert USAGE.validate_python(old) == Usage(10, 5, 0.5, 1)


# ---- the prompt's fixed part, the context window, truncation ----------------------------


def test_usage_splits_the_first_request_into_fixed_part_and_article(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(Step.reply({"n": 5}), GOOD)
    _, usage = run(complete(make_client(server, sleeps)))
    first = server.requests[0]
    schema = json.dumps(
        [first["tools"], first["tool_choice"]], ensure_ascii=False, separators=(",", ":")
    )
    # The fixed part: the system message and the schema (tools + tool_choice) as sent.
    assert usage.prompt_fixed_chars == len(MESSAGES[0]["content"]) + len(schema) - len("[,]")
    assert usage.article_chars == len(MESSAGES[1]["content"])
    # The first request's prompt tokens, apart from those of the re-ask.
    first_tokens = server.responses[0]["usage"]["prompt_tokens"]
    assert usage.first_prompt_tokens == first_tokens < usage.prompt_tokens


@pytest.mark.parametrize(
    ("request_body", "expected"),
    [
        pytest.param(
            {"messages": MESSAGES, "response_format": {"type": "json_object"}},
            (len("Fill the form.") + len('{"type":"json_object"}'), len(MESSAGES[1]["content"])),
            id="response format",
        ),
        pytest.param(
            {
                "messages": [
                    *MESSAGES,
                    {"role": "assistant", "content": None, "tool_calls": [{"id": "a"}]},
                    {"role": "tool", "content": "Validation Error found"},
                ]
            },
            (
                len("Fill the form."),
                len(MESSAGES[1]["content"]) + len('[{"id":"a"}]') + len("Validation Error found"),
            ),
            id="re-ask conversation",
        ),
        pytest.param(
            {"messages": [{"role": "user", "content": [{"type": "text", "text": "Bài"}]}]},
            (0, 3),
            id="content parts",
        ),
    ],
)
def test_request_parts(request_body: dict[str, Any], expected: tuple[int, int]) -> None:
    assert request_parts(request_body) == expected


@pytest.mark.parametrize(
    ("window", "requests", "skipped"),
    [
        pytest.param(1_200, 1, 1, id="re-ask does not fit: not sent"),
        pytest.param(3_000, 2, 0, id="re-ask fits: sent"),
        pytest.param(None, 2, 0, id="context unknown: sent"),
    ],
)
def test_a_reask_the_context_cannot_hold_is_not_sent(
    server: ScriptedServer,
    sleeps: SleepRecorder,
    caplog: pytest.LogCaptureFixture,
    window: int | None,
    requests: int,
    skipped: int,
) -> None:
    server.script(Step.reply({"n": 5}), GOOD)
    client = make_client(server, sleeps, context_window=window, max_tokens=1_000)
    with caplog.at_level(logging.WARNING, logger="baocao.llm"):
        report, usage = run(complete(client))
    assert len(server.requests) == usage.requests == requests
    assert usage.reasks_skipped == skipped
    # Not re-asked: the last answer is kept, validated without the grounding context.
    assert report.n == (5 if skipped else GROUNDED)
    noted = [r.getMessage() for r in caplog.records if "re-ask not sent" in r.getMessage()]
    assert len(noted) == skipped
    if skipped:
        assert f"context of {window} tokens" in noted[0]


def test_a_first_request_a_known_context_cannot_hold_is_not_sent(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    """QA 14: with a declared window, a request that cannot fit with the answer's max_tokens
    is an error naming the article's size and the window, and nothing is sent."""
    needed = first_request_tokens(MESSAGES, Tiny)
    client = make_client(server, sleeps, context_window=needed + 999, max_tokens=1_000)
    with pytest.raises(ContextWindowError) as caught:
        run(complete(client, article_chars=12_345))
    assert server.requests == []
    message = str(caught.value)
    assert "12,345 chars" in message and f"{needed + 999:,} tokens" in message
    assert caught.value.limit_tokens == needed + 999
    fits = make_client(server, sleeps, context_window=needed + 1_000, max_tokens=1_000)
    server.script(GOOD)
    report, _ = run(complete(fits))
    assert report.n == GROUNDED and len(server.requests) == 1


def test_a_reask_refused_for_its_size_keeps_the_last_answer_and_learns_the_context(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    refused = Step.fail(400, "Requested tokens (9120) exceed context window of 8192")
    server.script(Step.reply({"n": 5}), refused, GOOD)
    client = make_client(server, sleeps)
    report, usage = run(complete(client))
    assert report.n == 5 and usage.reasks_skipped == 1
    assert len(server.requests) == 2 and server.pending_steps == 1  # never sent again
    assert client.context_window == 8192


def test_a_first_ask_refused_for_its_size_is_an_error_and_teaches_the_context(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(Step.fail(400, "Requested tokens (9120) exceed context window of 8192"))
    client = make_client(server, sleeps, context_window=32_768)
    with pytest.raises(ProviderError, match="exceed context window of 8192"):
        run(complete(client))
    assert len(server.requests) == 1
    assert client.context_window == 8192


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        pytest.param(
            400,
            {"error": {"message": "Requested tokens (8989) exceed context window of 8192"}},
            8192,
            id="llama-cpp-python",
        ),
        pytest.param(
            400,
            {
                "error": {
                    "message": "This model's maximum context length is 4096 tokens. However, "
                    "you requested 5000 tokens (4000 in the messages, 1000 in the completion)."
                }
            },
            4096,
            id="vLLM, OpenAI",
        ),
        pytest.param(
            400,
            {
                "error": {
                    "code": 400,
                    "message": "the request exceeds the available context size, try increasing it",
                    "type": "exceed_context_size_error",
                    "n_prompt_tokens": 9000,
                    "n_ctx": 8192,
                }
            },
            8192,
            id="llama-server",
        ),
        pytest.param(
            400, {"error": {"message": "max_tokens must be at least 1"}}, None, id="other"
        ),
        pytest.param(
            429, {"error": {"message": "rate limit of 4096 tokens per minute"}}, None, id="rate"
        ),
    ],
)
def test_context_window_from_error(status: int, body: dict[str, Any], expected: int | None) -> None:
    request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx2.Response(status, json=body, request=request)
    error = openai.APIStatusError(body["error"]["message"], response=response, body=body)
    assert context_window_from_error(error) == expected


def test_a_prompt_cut_by_the_server_is_warned_about_once_naming_the_setting(
    server: ScriptedServer, sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    cut = Step(answer=json.dumps({"n": GROUNDED}), prompt_tokens=3)
    server.script(cut, cut, GOOD)
    client = make_client(server, sleeps)

    async def three() -> None:
        try:
            for _ in range(3):
                await client.complete(MESSAGES, Tiny, CONTEXT)
        finally:
            await client.aclose()

    with caplog.at_level(logging.WARNING, logger="baocao.llm"):
        run(three())
    warnings = [r.getMessage() for r in caplog.records if "cut the prompt" in r.getMessage()]
    assert len(warnings) == 1
    assert "num_ctx" in warnings[0] and "OLLAMA_CONTEXT_LENGTH" in warnings[0]


def test_a_full_prompt_count_is_not_warned_about(
    server: ScriptedServer, sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(GOOD)
    with caplog.at_level(logging.WARNING, logger="baocao.llm"):
        run(complete(make_client(server, sleeps)))
    assert not [r for r in caplog.records if "cut the prompt" in r.getMessage()]


# ---- transport retries sit below the re-ask loop ---------------------------------------------

FAULTS_ON_A_REASK = [
    pytest.param(Step.fail(429, "slow down", retry_after="0"), id="429"),
    pytest.param(Step.fail(503, "overloaded"), id="503"),
    pytest.param(Step.drop_connection(), id="dropped connection"),
]


@pytest.mark.parametrize("fault", FAULTS_ON_A_REASK)
def test_a_fault_on_the_first_reask_retries_that_reask_with_its_messages(
    server: ScriptedServer, sleeps: SleepRecorder, fault: Step
) -> None:
    """The transport retries the re-ask request itself: the conversation is not restarted."""
    server.script(Step.reply({"n": 5}), fault, GOOD)
    report, usage = run(complete(make_client(server, sleeps)))
    assert report.n == GROUNDED
    counts = [len(body["messages"]) for body in server.requests]
    assert counts[0] == len(MESSAGES)  # the first ask, sent once
    assert counts[1] == counts[2] > len(MESSAGES)  # the re-ask, then the very same re-ask
    assert server.requests[1]["messages"] == server.requests[2]["messages"]
    assert "n = 5 is not in the article" in json.dumps(server.requests[2], ensure_ascii=False)
    assert usage.requests == len(server.requests) == 3


def test_faults_on_every_reask_never_exceed_max_reasks_and_count_tokens_once(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(
        Step.reply({"n": 1}),
        Step.fail(503),
        Step.fail(503),
        Step.reply({"n": 2}),
        Step.fail(429, retry_after="0"),
        Step.reply({"n": 3}),
        GOOD,
    )
    report, usage = run(complete(make_client(server, sleeps)))
    assert report.n == 3  # the last re-ask's answer, kept with its ungrounded value
    answered = [
        len(body["messages"])
        for body, answer in zip(server.requests, server.responses, strict=True)
        if "choices" in answer
    ]
    assert len(answered) == MAX_REASKS + 1
    assert len(set(answered)) == MAX_REASKS + 1  # one first ask, then each re-ask once
    assert server.pending_steps == 1
    assert usage.requests == len(server.requests) == 6
    prompt, completion = server.usage_total()
    assert (usage.prompt_tokens, usage.completion_tokens) == (prompt, completion)


def test_rate_limit_waits_are_bounded_by_total_time_not_attempts(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    many = RetryPolicy().max_attempts + 3
    server.script(*[Step.fail(429, retry_after="1")] * many, GOOD)
    report, usage = run(complete(make_client(server, sleeps)))
    assert report.n == GROUNDED and usage.requests == many + 1
    assert sum(sleeps.waits) == pytest.approx(many)


def test_rate_limit_waits_stop_at_the_total_time_limit(server: ScriptedServer) -> None:
    sleeps = SleepRecorder()
    policy = RetryPolicy(max_total_s=3.0, jitter_s=0.0, sleep=sleeps, clock=sleeps.clock)
    client = ModelClient(
        Settings(base_url=server.base_url, api_key=API_KEY, cache_dir=None), retry_policy=policy
    )
    server.script(*[Step.fail(429, "slow down", retry_after="1")] * 10)
    with pytest.raises(ProviderError, match="after 4 attempts") as caught:
        run(complete(client))
    assert caught.value.status == 429
    assert len(server.requests) == 4 and sleeps.waits == [1.0, 1.0, 1.0]


def test_a_429_closes_the_gate_for_every_call_of_the_client(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    """Call A meets a 429 asking for 3 s: call B, waiting for the one connection, waits
    those 3 s before its first send; A's retry then leaves without a wait of its own."""
    client = make_client(server, sleeps, concurrency=1)

    async def two_calls() -> None:
        try:
            await asyncio.gather(*(client.complete(MESSAGES, Tiny, CONTEXT) for _ in range(2)))
        finally:
            await client.aclose()

    server.script(Step.fail(429, retry_after="3"), GOOD, GOOD)
    run(two_calls())
    assert sleeps.waits == [3.0]
    assert len(server.requests) == 3
    stats = client.transport_stats
    assert (stats.rate_limited, stats.requests) == (1, 3)


def test_a_rate_limited_server_finishes_every_call_with_few_429s() -> None:
    """A token bucket (50 requests/s, bursts of 4), 150 calls at once on 4 connections:
    the gate paces the sends, so under 10% of the requests meet a 429.

    Real waits (three seconds in all), no wall-clock assertion. The first round of a batch
    whose concurrency exceeds the burst costs one 429 per request beyond the burst whatever
    the client does (it sends them before any answer): benchmarks/ratelimit.py measures it.
    """
    calls = 150
    with ScriptedServer(rate_limit=TokenBucket(rate=50.0, burst=4)) as server:
        server.script(*[Step.reply({"n": GROUNDED})] * calls)
        client = ModelClient(
            Settings(base_url=server.base_url, api_key=API_KEY, cache_dir=None, concurrency=4),
            retry_policy=RetryPolicy(backoff_s=0.01, jitter_s=0.01),
        )

        async def all_calls() -> list[tuple[Tiny, Usage]]:
            try:
                batch = (client.complete(MESSAGES, Tiny, CONTEXT) for _ in range(calls))
                return await asyncio.gather(*batch)
            finally:
                await client.aclose()

        results = run(all_calls())
    assert all(report.n == GROUNDED for report, _ in results)
    assert sum(usage.requests for _, usage in results) == len(server.requests)
    stats = client.transport_stats
    assert stats.rate_limited == server.rate_limited > 0  # the limit was hit, and counted
    assert server.rate_limited < 0.1 * len(server.requests)


MODE_REFUSALS = [
    pytest.param(
        500,
        "1 validation error for CreateChatCompletionRequest\nresponse_format\n  Input should "
        "be 'text' or 'json_object'",
        id="llama-cpp-python refuses a json_schema response_format with a 500",
    ),
    pytest.param(400, "tool_choice is not supported by this model", id="tool_choice refused"),
    pytest.param(422, "Unsupported value for 'tools'", id="tools refused with 422"),
]


@pytest.mark.parametrize(("status", "message"), MODE_REFUSALS)
def test_a_mode_refusal_is_recognised(status: int, message: str) -> None:
    assert is_mode_refusal(status, json.dumps({"error": {"message": message}}))


def test_a_mode_refusal_that_echoes_a_long_schema_is_recognised() -> None:
    """A validation error may quote the refused field's whole value (a 9 KB schema)."""
    schema = {"properties": {f"field_{i}": {"type": "string"} for i in range(400)}}
    body = {"error": {"message": str(MODE_REFUSALS[0].values[1]), "input": schema}}
    assert is_mode_refusal(500, json.dumps(body))


@pytest.mark.parametrize(
    ("status", "message"),
    [
        pytest.param(500, "CUDA out of memory while using tools", id="a crash naming tools"),
        pytest.param(503, "server overloaded", id="overloaded"),
        pytest.param(200, "invalid response_format", id="not an error status"),
    ],
)
def test_other_errors_are_no_mode_refusal(status: int, message: str) -> None:
    assert not is_mode_refusal(status, json.dumps({"error": {"message": message}}))


def test_a_5xx_that_refuses_the_mode_is_not_retried(
    server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.script(Step.fail(500, str(MODE_REFUSALS[0].values[1])), GOOD)
    with pytest.raises(ProviderError) as caught:
        run(complete(make_client(server, sleeps, mode="json_schema")))
    assert caught.value.status == 500
    assert len(server.requests) == 1 and sleeps.waits == []


CONTEXT_OVERFLOWS = [
    pytest.param(
        "This model's maximum context length is 8192 tokens. However, your messages resulted "
        "in 9001 tokens. Please reduce the length of the messages.",
        8192,
        id="openai and vllm",
    ),
    pytest.param(
        "request (8989 tokens) exceeds the available context size (8192 tokens), try increasing it",
        8192,
        id="llama.cpp server",
    ),
    pytest.param(
        "Requested tokens (8989) exceed context window of 4096", 4096, id="llama-cpp-python"
    ),
    pytest.param("the input length exceeds the context length", None, id="ollama, no size given"),
    pytest.param("context length exceeded", None, id="a bare 'context length exceeded'"),
]


@pytest.mark.parametrize(("message", "limit"), CONTEXT_OVERFLOWS)
def test_a_context_overflow_and_its_limit_are_read(message: str, limit: int | None) -> None:
    body = json.dumps({"error": {"message": message, "code": 400}})
    assert exceeds_context(body)
    assert context_limit(body) == limit


def test_llama_cpp_n_ctx_field_gives_the_limit() -> None:
    body = {
        "error": {
            "message": "the request exceeds the available context size, try increasing it",
            "type": "exceed_context_size_error",
            "n_ctx": 2048,
        }
    }
    assert context_limit(json.dumps(body)) == 2048


@pytest.mark.parametrize("status", [400, 500])
def test_a_context_overflow_is_sent_once_and_names_the_article_size_and_limit(
    server: ScriptedServer, sleeps: SleepRecorder, status: int
) -> None:
    server.script(Step.fail(status, str(CONTEXT_OVERFLOWS[0].values[0])), GOOD)
    with pytest.raises(ContextWindowError) as caught:
        run(complete(make_client(server, sleeps), article_chars=36_210))
    assert len(server.requests) == 1 and sleeps.waits == []
    assert "36,210 chars" in str(caught.value) and "8,192 tokens" in str(caught.value)
    assert caught.value.limit_tokens == 8192


def _free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_refused_first_connection_is_fatal_at_once() -> None:
    sleeps = SleepRecorder()
    base_url = f"http://127.0.0.1:{_free_port()}/v1"
    client = ModelClient(
        Settings(base_url=base_url, api_key=API_KEY, cache_dir=None),
        retry_policy=RetryPolicy(sleep=sleeps, clock=sleeps.clock),
    )
    usage = Usage()
    with pytest.raises(EndpointUnreachableError) as caught:
        run(complete(client, usage=usage))
    assert base_url in str(caught.value) and "run the same command again" in str(caught.value)
    assert usage.requests == 1 and sleeps.waits == []


def test_refused_connections_in_a_row_after_answers_are_fatal(sleeps: SleepRecorder) -> None:
    """An endpoint that answered, then went away: retried, then the run stops."""
    server = ScriptedServer().__enter__()
    # The answer closes its connection: the next request must connect again.
    server.script(Step(answer=json.dumps({"n": GROUNDED}), headers={"Connection": "close"}))
    client = make_client(server, sleeps)

    async def calls() -> None:
        try:
            await client.complete(MESSAGES, Tiny, CONTEXT)
            server.close()
            await asyncio.gather(*(client.complete(MESSAGES, Tiny, CONTEXT) for _ in range(3)))
        finally:
            await client.aclose()

    with pytest.raises(EndpointUnreachableError, match="in a row were refused"):
        run(calls())
