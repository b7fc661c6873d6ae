"""The model call: instructor over the official ``openai`` client, with two retry layers.

This is the only module that imports ``openai`` or ``instructor``, and the one place where
their exceptions become ours (:func:`translate_error`).

One :meth:`ModelClient.complete` call goes through two retry layers that never stack blindly:

1. **Transport** (outer, tenacity): 408/409/429/5xx answers, timeouts and dropped
   connections are retried with exponential backoff and jitter (``Retry-After`` honoured up
   to a cap), bounded in attempts and total time. A 200 answer that is an error object or
   not JSON (some gateways answer so) counts as the 502 it stands for. The ``openai``
   client's own retries are off (``max_retries=0``).
2. **Semantic** (inner, instructor): an answer that is not valid JSON or fails validation is
   re-asked with the validation message, at most :data:`MAX_REASKS` times. Instructor gets a
   tenacity ``AsyncRetrying`` restricted to those errors, so a 429 is never re-asked; it
   still arrives wrapped in ``InstructorRetryException`` and is unwrapped for layer 1.

**Modes.** How the model is asked for JSON is negotiated per endpoint, per call
(:class:`ModeNegotiation`): with ``auto`` (the default) a call starts in the best mode the
endpoint has not refused so far (tools, then json_schema, then json_object with the schema in
``response_format``, then md_json); a refusal (:func:`is_mode_refusal`: a 400/422 about
tools or response_format, or a 5xx request-validation error about them) moves *that call*
one step down and every later call starts there. Calls in flight keep their own mode. An
explicit mode is never changed: its refusal is an error naming it. Whatever the mode, answers
are read leniently before validation (:func:`tidy_json`: raw control characters in strings,
a code fence, text around the object) and always validated.

The grounding cross-check runs as a validator: the caller's ``context`` (the Document and its
NumberIndex) reaches the schema's validators, which name every ungrounded value so the
re-ask can fix them. After the last re-ask the last answer is validated *without* context
and returned: its ungrounded values stay, and the pipeline's verification flags them.

Usage is summed over every HTTP attempt of one call (re-asks and failed tries included)
through per-call instructor hooks, so it is exact under concurrency. Cost comes from a price
table (``prices.json`` next to this module, extended by ``Settings.prices_file``).

Caveats found in instructor 1.17 that this module works around:

* a ``context`` given to instructor makes it render every message as a Jinja template, which
  would execute ``{{ }}`` / ``{% %}`` found in an article. So instructor gets no context: the
  model class it validates with (:func:`_wire_model`) takes the context from a context
  variable set for the duration of one call (each asyncio task has its own);
* the response model is wrapped in a new class on every call unless it is already a
  ``ResponseSchema``; :func:`_wire_model` builds that class once per model;
* ``finish_reason == "length"`` raises ``IncompleteOutputException`` unwrapped (not re-asked);
* every failed attempt is logged at ERROR by instructor even when handled: demoted to DEBUG.

Instructor is used as it ships, never patched: every request walks the response model for
async validators seven times (about 1 ms of CPU per request here), a cost a memo could avoid
only by replacing instructor's function for every user of the process; in
``benchmarks/batch.py`` it was worth under 2% of the batch's wall time.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
import re
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import httpx2
import instructor
import openai
from instructor.core import (
    Hooks,
    IncompleteOutputException,
    InstructorError,
    InstructorRetryException,
    ResponseParsingError,
)
from instructor.v2.core.function_calls import response_schema
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    retry_if_exception_type,
    stop_after_attempt,
    stop_before_delay,
)

from baocao.errors import BaocaoError, ConfigError, ExtractionError, ProviderError, TruncatedError
from baocao.settings import AUTO_MODE, MODE_CHOICES, Settings

logger = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

DEFAULT_BASE_URL = "https://api.openai.com/v1"
OPENAI_HOST = "api.openai.com"
# Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the openai client needs one.
LOCAL_PLACEHOLDER_KEY = "sk-local-no-key"

MAX_REASKS = 2
TOKENS_PER_PRICE_UNIT = 1_000_000
HTTP_OK = 200
HTTP_BAD_GATEWAY = 502  # what a 200 answer that carries an error is read as
COST_DECIMALS = 8  # USD in records: far below a token's price, free of float noise
PRICES_FILE = Path(__file__).with_name("prices.json")
# "gpt-4o-mini-2024-07-18" is priced as "gpt-4o-mini".
_DATED_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")

# Statuses worth another try: request timeout, conflict, rate limit, server errors.
RETRYABLE_STATUSES = frozenset({408, 409, 429})
SERVER_ERROR_MIN = 500
ANSWER_EXCERPT_CHARS = 600  # how much of a failed validation message an ExtractionError quotes

# Each mode's instructor mode. "json_object" is instructor's JSON mode whose response_format
# also carries the schema ({"type": "json_object", "schema": ...}: llama-cpp-python, Anyscale
# and others constrain the answer to it; servers that do not know the key ignore it).
MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json_object": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
# The modes ``auto`` tries, best first: each refusal moves a call one step down.
MODE_LADDER: tuple[str, ...] = tuple(name for name in MODE_CHOICES if name != AUTO_MODE)
# md_json adds nothing to the request an endpoint could refuse: the ladder's floor.
PLAIN_MODE = "md_json"

# A refusal of a mode: 400/422 about the request parts the mode adds (tools, tool_choice,
# response_format ...), never a context-length one (which every mode would get).
REFUSAL_STATUSES = frozenset({400, 422})
_MODE_REQUEST_WORDS = re.compile(
    r"tool|function|response_format|json_schema|json_object|schema|grammar|structured", re.I
)
_CONTEXT_EXCEEDED = re.compile(r"context.{0,20}(length|window|size)|too many tokens", re.I)
# A 5xx with such a body is a request-validation error (llama-cpp-python answers an unknown
# response_format type with HTTP 500 and pydantic's "Input should be 'text' or 'json_object'").
_VALIDATION_WORDS = re.compile(
    r"validation error|literal_error|input should be|extra inputs|extra_forbidden|"
    r"not supported|unsupported|does not support|invalid",
    re.I,
)
# What a request carries when its mode adds something to it (checked as bytes).
_MODE_REQUEST_KEYS = (b'"tools"', b'"tool_choice"', b'"response_format"')
HTTP_BAD_REQUEST = 400  # what a 5xx refusal of a mode is read as

# Errors instructor may re-ask on: the answer was not JSON or did not validate.
_REASKABLE = (ValidationError, json.JSONDecodeError, ResponseParsingError)

INSTRUCTOR_RETRY_LOGGER = "instructor.v2.retry"


class _DemoteHandledFailures(logging.Filter):
    """Turn instructor's per-attempt ERROR records into DEBUG ones.

    Instructor logs every failed attempt (a 429, a re-ask) at ERROR although the caller
    handles it; this module retries and reports them itself, so they are demoted rather
    than printed to a user's terminal as errors.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


_instructor_retry_logger = logging.getLogger(INSTRUCTOR_RETRY_LOGGER)
if not any(isinstance(f, _DemoteHandledFailures) for f in _instructor_retry_logger.filters):
    _instructor_retry_logger.addFilter(_DemoteHandledFailures())


@dataclass
class Usage:
    """Tokens and cost of one article (every attempt counted; zero for a cache hit).

    Attributes:
        prompt_tokens: input tokens over all requests.
        completion_tokens: output tokens over all requests.
        cost_usd: from the price table; 0 for an unknown model.
        requests: HTTP requests sent (failed ones included).
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    requests: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.cost_usd + other.cost_usd,
            self.requests + other.requests,
        )

    def to_dict(self) -> dict[str, Any]:
        """The record's ``usage`` object."""
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost_usd": round(self.cost_usd, COST_DECIMALS),
            "requests": self.requests,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Usage:
        """Read a record's ``usage`` object back (missing fields are zero)."""
        return cls(
            int(data.get("prompt_tokens", 0)),
            int(data.get("completion_tokens", 0)),
            float(data.get("cost_usd", 0.0)),
            int(data.get("requests", 0)),
        )


@dataclass(frozen=True)
class Price:
    """USD per one million input and output tokens."""

    input: float
    output: float


class PriceTable:
    """Per-model prices: the bundled ``prices.json`` plus an optional user file.

    The file format is ``{"models": {"<model>": {"input": USD, "output": USD}}}`` in USD per
    one million tokens; a user file's entries extend or override the bundled ones.
    """

    def __init__(self, extra_file: Path | None = None) -> None:
        """Load the bundled table and ``extra_file``.

        Raises:
            ConfigError: a price file is missing or malformed.
        """
        self._prices = _read_prices(PRICES_FILE)
        if extra_file is not None:
            self._prices.update(_read_prices(extra_file))
        self._unknown_noted: set[str] = set()
        self._lock = threading.Lock()

    def price(self, model: str) -> Price | None:
        """The price of ``model`` (a dated snapshot falls back to its base name)."""
        found = self._prices.get(model)
        if found is None:
            found = self._prices.get(_DATED_SNAPSHOT.sub("", model))
        return found

    def cost(self, model: str, prompt_tokens: int, completion_tokens: int) -> float:
        """USD for the tokens; 0 (with a one-time log note) for a model not in the table."""
        price = self.price(model)
        if price is None:
            with self._lock:
                first = model not in self._unknown_noted
                self._unknown_noted.add(model)
            if first:
                logger.info(
                    "no price for model %r: cost is reported as 0; add it to a JSON file "
                    "named by BAOCAO_PRICES",
                    model,
                )
            return 0.0
        cost = (
            prompt_tokens * price.input + completion_tokens * price.output
        ) / TOKENS_PER_PRICE_UNIT
        return round(cost, COST_DECIMALS)  # as records keep it: a record reads back equal


def _read_prices(path: Path) -> dict[str, Price]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        models = data["models"]
        return {
            str(name): Price(float(entry["input"]), float(entry["output"]))
            for name, entry in models.items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise ConfigError(
            f"price table {path} cannot be read ({err}): it must be JSON like "
            '{"models": {"my-model": {"input": 0.15, "output": 0.6}}} (USD per 1M tokens)'
        ) from err


@dataclass(frozen=True)
class RetryPolicy:
    """Transport retry limits (layer 1). Tests pass a policy whose waits are zero.

    Attributes:
        max_attempts: requests per call, the first included.
        max_total_s: no new attempt once this much time would have passed.
        backoff_s: first backoff wait; doubles each retry (plus jitter) up to max_backoff_s.
        max_backoff_s: cap of one backoff wait.
        jitter_s: up to this much random time is added to a backoff wait.
        max_retry_after_s: a longer ``Retry-After`` is not waited for: the error is raised.
        sleep: the coroutine that waits (``asyncio.sleep``).
    """

    max_attempts: int = 5
    max_total_s: float = 300.0
    backoff_s: float = 1.0
    max_backoff_s: float = 30.0
    jitter_s: float = 1.0
    max_retry_after_s: float = 60.0
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, compare=False)


# The validation context of the call in progress in this task (see the module docstring).
_VALIDATION_CONTEXT: ContextVar[dict[str, Any] | None] = ContextVar(
    "baocao_validation_context", default=None
)


@lru_cache(maxsize=64)
def _wire_model(response_model: type[BaseModel]) -> type[BaseModel]:
    """The class instructor validates answers with, built once per model.

    It is instructor's ``ResponseSchema`` wrapping of ``response_model`` (same name, fields,
    docstring and JSON schema) whose ``model_validate_json`` uses the context of the call in
    progress when instructor passes none.
    """
    base = response_schema(response_model)

    def model_validate_json(
        cls: type[BaseModel],
        /,
        json_data: str | bytes | bytearray,
        *,
        strict: bool | None = None,
        context: Any | None = None,
        **kwargs: Any,
    ) -> BaseModel:
        if context is None:
            context = _VALIDATION_CONTEXT.get()
        parent: Any = super(wired, cls)
        return cast(
            BaseModel,
            parent.model_validate_json(json_data, strict=strict, context=context, **kwargs),
        )

    namespace = {
        "__module__": response_model.__module__,
        "__qualname__": response_model.__qualname__,
        "__doc__": response_model.__doc__,
        "model_validate_json": classmethod(model_validate_json),
    }
    wired = cast(type[BaseModel], type(response_model.__name__, (base,), namespace))
    return wired


def choose_mode(mode: str) -> tuple[str, ...]:
    """The modes a call may be sent in, in the order they are tried.

    ``auto`` gives the whole ladder (tools, json_schema, json_object, md_json); an explicit
    mode gives itself alone: it is never changed.

    Raises:
        ConfigError: ``mode`` is not one of :data:`baocao.settings.MODE_CHOICES`.
    """
    name = mode.strip().lower()
    if name == AUTO_MODE:
        return MODE_LADDER
    if name not in MODES:
        raise ConfigError(f"unknown mode {mode!r}: use one of {', '.join(MODE_CHOICES)}")
    return (name,)


class ModeNegotiation:
    """The mode calls to one endpoint start in, learnt from its refusals during a run.

    Every call starts in :attr:`current`; a call whose mode is refused asks
    :meth:`after_refusal` for the next one and goes on in it by itself, so calls in flight
    never have their mode changed under them. The methods never await: on the client's one
    event loop each runs whole, so concurrent calls need no lock.
    """

    def __init__(self, requested: str, endpoint: str) -> None:
        """Start at the top of the ladder for ``requested`` (see :func:`choose_mode`).

        Raises:
            ConfigError: an unknown mode.
        """
        self.requested = requested
        self._ladder = choose_mode(requested)
        self._endpoint = endpoint
        self._start = 0

    @property
    def current(self) -> str:
        """The mode new calls start in: the best one the endpoint has not refused."""
        return self._ladder[self._start]

    @property
    def fixed(self) -> bool:
        """True when the mode was given explicitly (it is never changed)."""
        return len(self._ladder) == 1

    def after_refusal(self, mode: str) -> str | None:
        """Note that the endpoint refused ``mode``; the mode to try next, None if none is left.

        The endpoint's working mode moves below ``mode`` for every later call (once: a
        second call refused in the same mode finds it already moved).
        """
        step = self._ladder.index(mode) + 1
        if step >= len(self._ladder):
            return None
        if self._start < step:
            self._start = step
            logger.warning(
                "%s refused mode %s: using %s for the rest of the run (--mode %s skips "
                "this negotiation)",
                self._endpoint,
                mode,
                self.current,
                self.current,
            )
        return self.current


def is_mode_refusal(error: BaseException, mode: str) -> bool:
    """True when ``error`` is the endpoint refusing what ``mode`` adds to the request.

    A 400/422 whose message is about tools, tool_choice, response_format or a schema (a 5xx
    request-validation error about them arrives here as a 400, see :class:`_HandOffClient`);
    never a context-length error, which a lower mode would get too.
    """
    if mode == PLAIN_MODE or not isinstance(error, openai.APIStatusError):
        return False
    if error.status_code not in REFUSAL_STATUSES:
        return False
    detail = _error_detail(error)
    return bool(_MODE_REQUEST_WORDS.search(detail)) and not _CONTEXT_EXCEEDED.search(detail)


def retry_after_seconds(error: BaseException) -> float | None:
    """The wait a 429/503 answer asks for (``retry-after-ms`` or ``Retry-After``), if any."""
    if not isinstance(error, openai.APIStatusError):
        return None
    headers = error.response.headers
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            seconds = float(raw) / scale
        except ValueError:
            continue  # an HTTP date: rare from model endpoints; fall back to backoff
        if math.isfinite(seconds):
            return max(seconds, 0.0)
    return None


def is_transient(error: BaseException) -> bool:
    """True for failures worth another transport attempt."""
    if isinstance(error, openai.APIConnectionError):  # includes timeouts
        return True
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        return status in RETRYABLE_STATUSES or status >= SERVER_ERROR_MIN
    return False


# Lenient reading of an answer's JSON (see tidy_json).
_LENIENT_DECODER = json.JSONDecoder(strict=False)  # accepts raw control characters in strings
_CODE_FENCE = re.compile(r"```[A-Za-z]*[ \t]*\n?(.*?)```", re.S)
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f]")


def tidy_json(text: str) -> str | None:
    """The JSON object in a model's answer as strict JSON text; None when already strict.

    Small models and servers that do not constrain the answer write JSON that a strict
    parser refuses although its meaning is plain: raw newlines or tabs inside strings, a
    code fence around the object, a sentence before or after it. Those are repaired here
    instead of costing a re-ask (a request that resends the whole article). Text holding
    no readable JSON object is left as it is (None), for the re-ask to name the problem.
    """
    try:
        json.loads(text)
    except ValueError:
        pass
    else:
        return None
    # The last fenced block first, as instructor's md_json reads it; then the whole text.
    for body in [*reversed(_CODE_FENCE.findall(text)), text]:
        start = body.find("{")
        if start < 0:
            continue
        try:
            _, end = _LENIENT_DECODER.raw_decode(body, start)
        except (ValueError, RecursionError):
            continue
        return _JSON_STRING.sub(_escape_control_characters, body[start:end])
    return None


def _escape_control_characters(string: re.Match[str]) -> str:
    return _CONTROL_CHARACTER.sub(lambda c: json.dumps(c.group())[1:-1], string.group())


def _tidy_answer(response: Any) -> None:
    """Instructor hook: make the answer's JSON strict, in place, before it is parsed.

    Applies to the tool call's arguments and to the message text, so every mode (and the
    last answer :func:`accept_last_answer` reads back) gets the same lenient reading.
    """
    try:
        message = response.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return
    for call in getattr(message, "tool_calls", None) or []:
        function = getattr(call, "function", None)
        arguments = getattr(function, "arguments", None)
        if function is not None and isinstance(arguments, str):
            tidy = tidy_json(arguments)
            if tidy is not None:
                function.arguments = tidy
                logger.debug("tool call arguments read leniently (not strict JSON)")
    content = getattr(message, "content", None)
    if isinstance(content, str) and (tidy := tidy_json(content)) is not None:
        message.content = tidy
        logger.debug("answer text read leniently (not strict JSON)")


class _UsageTally:
    """Per-call token counts, fed by instructor hooks (one tally per call: concurrency-safe)."""

    def __init__(self, usage: Usage) -> None:
        self.usage = usage

    def on_request(self, *args: Any, **kwargs: Any) -> None:
        self.usage.requests += 1

    def on_response(self, response: Any) -> None:
        counted = getattr(response, "usage", None)
        if counted is None:
            return
        self.usage.prompt_tokens += int(getattr(counted, "prompt_tokens", 0) or 0)
        self.usage.completion_tokens += int(getattr(counted, "completion_tokens", 0) or 0)

    def hooks(self) -> Hooks:
        hooks = Hooks()
        hooks.on("completion:kwargs", self.on_request)
        hooks.on("completion:response", self.on_response)
        return hooks


class _HandOffClient(openai.DefaultAsyncHttpxClient):
    """openai's HTTP client with a pool of ``concurrency`` connections that hands one over
    before an answer is processed.

    Two kinds of answer are read as what they stand for (:func:`_error_in_disguise`,
    :func:`_refusal_in_disguise`): a 200 that is an error as a 502, and a 5xx that is a
    request-validation error about a mode's request parts as the 400 refusal it is (so
    it is negotiated, never retried).

    The pool, not a slot held for a whole article, keeps at most ``concurrency`` requests in
    flight (proxies from the environment included: they get the same limits). ``send`` reads
    an answer's body, which releases its connection to a request waiting for one, then lets
    the loop run once before returning: a request already built and waiting leaves before
    this answer is parsed and validated. Waiting for a connection never times out (the
    client's timeout has ``pool=None``); each request still does.
    """

    def __init__(self, connections: int) -> None:
        super().__init__(
            limits=httpx2.Limits(max_connections=connections, max_keepalive_connections=connections)
        )

    async def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        response = await super().send(request, **kwargs)
        await asyncio.sleep(0)
        return _refusal_in_disguise(_error_in_disguise(response))


# What a 200 answer must hold to be a chat completion; checked as bytes, before any parsing.
_CHOICES_KEY = b'"choices"'


def _error_in_disguise(response: httpx2.Response) -> httpx2.Response:
    """A 200 answer that is an error object, or not JSON at all, as the 502 it stands for.

    Some proxies and gateways answer an upstream failure with status 200 and
    ``{"error": {...}}`` or an HTML page. Read as a completion, that gives instructor a
    ``TypeError`` or a JSON error it would re-ask the model about; as a 502 it is a server
    failure: retried by layer 1, then reported with the endpoint's own message.
    """
    if response.status_code != HTTP_OK or not response.is_stream_consumed:
        return response
    content = response.content
    if _CHOICES_KEY in content:
        return response
    try:
        data = json.loads(content)
    except ValueError:
        excerpt = content[:ANSWER_EXCERPT_CHARS].decode("utf-8", "replace").strip()
        message = (
            f"answered 200 with a body that is not JSON: {excerpt!r}"
            if excerpt
            else "answered 200 with an empty body"
        )
    else:
        error = data.get("error") if isinstance(data, dict) else None
        if error is None:
            return response  # JSON without choices: instructor names what is missing
        detail = error.get("message", error) if isinstance(error, dict) else error
        message = f"answered 200 with an error: {detail}"
    return httpx2.Response(
        HTTP_BAD_GATEWAY,
        json={"error": {"message": message, "type": "error_in_200_answer"}},
        request=response.request,
    )


def _refusal_in_disguise(response: httpx2.Response) -> httpx2.Response:
    """A 5xx that is a request-validation error about a mode's request parts, as a 400.

    llama-cpp-python's server answers a ``response_format`` it does not know with HTTP 500
    and the validation error; retried, it fails the same way every time. As a 400 it is
    a refusal of the mode (:func:`is_mode_refusal`): never retried, the call moves down.
    """
    if response.status_code < SERVER_ERROR_MIN or not response.is_stream_consumed:
        return response
    if not any(key in response.request.content for key in _MODE_REQUEST_KEYS):
        return response  # the request carried nothing a mode adds
    try:
        data = json.loads(response.content)
    except ValueError:
        return response
    error = data.get("error", data) if isinstance(data, dict) else data
    detail = str(error.get("message", error) if isinstance(error, dict) else error)
    if not (_MODE_REQUEST_WORDS.search(detail) and _VALIDATION_WORDS.search(detail)):
        return response
    message = f"HTTP {response.status_code} read as {HTTP_BAD_REQUEST}: {detail}"
    return httpx2.Response(
        HTTP_BAD_REQUEST,
        json={"error": {"message": message, "type": "mode_refused"}},
        request=response.request,
    )


class ModelClient:
    """An OpenAI-compatible endpoint that fills Pydantic models, with retries and usage.

    Create one per run and reuse it for every article (it holds the HTTP connection pool);
    its coroutines must all run on one event loop.
    """

    def __init__(self, settings: Settings, *, retry_policy: RetryPolicy | None = None) -> None:
        """Build the client from settings.

        Args:
            settings: base URL, key, model, mode, timeout, generation parameters, prices.
            retry_policy: transport retry limits (default :class:`RetryPolicy`).

        Raises:
            ConfigError: no API key for api.openai.com, an unknown mode or a bad price file.
        """
        self._settings = settings
        self._base_url = (settings.base_url or DEFAULT_BASE_URL).rstrip("/")
        self._modes = ModeNegotiation(settings.mode, self._describe_endpoint())
        self._policy = retry_policy or RetryPolicy()
        self._prices = PriceTable(settings.prices_file)
        key = settings.api_key.get_secret_value() if settings.api_key is not None else ""
        if not key:
            if settings.base_url is None or urlsplit(self._base_url).hostname == OPENAI_HOST:
                raise ConfigError(missing_key_message())
            key = LOCAL_PLACEHOLDER_KEY
        self._openai = openai.AsyncOpenAI(
            api_key=key,
            base_url=self._base_url,
            max_retries=0,  # transport retries are ours (layer 1)
            # Waiting for a free connection never times out; each request still does.
            timeout=httpx2.Timeout(settings.timeout_s, pool=None),
            http_client=_HandOffClient(settings.concurrency),
        )
        self._clients: dict[str, instructor.AsyncInstructor] = {}

    @property
    def mode(self) -> str:
        """The mode new calls start in: the one given, or the best one negotiated so far."""
        return self._modes.current

    @property
    def model(self) -> str:
        """The model name sent to the endpoint."""
        return self._settings.model

    @property
    def cache_identity(self) -> dict[str, str]:
        """What, besides schema, prompt and document, decides the answer (never the key).

        The mode is the one asked for (``auto`` or an explicit one), not the one negotiated:
        a rerun looks its articles up before any call has negotiated, so a negotiated mode
        in the key would make every rerun of an ``auto`` run miss. Within ``auto`` the
        negotiated mode is decided by the endpoint and model, both in the key.
        """
        settings = self._settings
        return {
            "base_url": self._base_url,
            "model": settings.model,
            "mode": self._modes.requested,
            "temperature": repr(settings.temperature),
            "max_tokens": repr(settings.max_tokens),
        }

    async def aclose(self) -> None:
        """Close the HTTP connection pool."""
        await self._openai.close()

    async def complete(
        self,
        messages: Sequence[Mapping[str, Any]],
        response_model: type[T],
        context: dict[str, Any],
        *,
        usage: Usage | None = None,
        label: str = "",
    ) -> tuple[T, Usage]:
        """Ask the model to fill ``response_model`` and validate the answer.

        Args:
            messages: the chat messages (system + user) of the rendered prompt.
            response_model: the Pydantic model to fill.
            context: validation context for the model's validators
                (``{"document": Document, "index": NumberIndex}`` for grounding).
            usage: an accumulator to add this call's tokens to; it holds the tokens spent
                even when the call raises. A fresh one is used when None.
            label: names the article in log messages.

        Returns:
            The validated report and the usage of every attempt. After the last re-ask a
            report that still fails only its context checks is returned validated without
            context (its ungrounded values are flagged later by the cross-check).

        Raises:
            ProviderError: the endpoint failed after all transport retries.
            TruncatedError: the answer was cut at the output token limit.
            ExtractionError: no answer validated against the schema.
        """
        tally = _UsageTally(usage if usage is not None else Usage())
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._policy.max_attempts)
            | stop_before_delay(self._policy.max_total_s),
            wait=self._transport_wait,
            retry=retry_if_exception(self._should_retry),
            sleep=self._policy.sleep,
            before_sleep=self._log_retry(label),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    report = await self._ask(messages, response_model, context, tally)
        except Exception as err:
            attempts = retrying.statistics.get("attempt_number", 1)
            raise translate_error(err, self._describe_endpoint(), attempts) from err
        finally:
            tally.usage.cost_usd = self._prices.cost(
                self._settings.model, tally.usage.prompt_tokens, tally.usage.completion_tokens
            )
        return report, tally.usage

    async def _ask(
        self,
        messages: Sequence[Mapping[str, Any]],
        response_model: type[T],
        context: dict[str, Any],
        tally: _UsageTally,
    ) -> T:
        """One transport attempt, in the endpoint's mode; a refused mode moves this call down.

        Raises:
            ProviderError: an explicitly chosen mode was refused.
        """
        mode = self._modes.current
        while True:
            try:
                return await self._ask_in_mode(mode, messages, response_model, context, tally)
            except openai.APIStatusError as err:
                if not is_mode_refusal(err, mode):
                    raise
                lower = self._modes.after_refusal(mode)
                if lower is None:
                    raise ProviderError(
                        f"{self._describe_endpoint()} refused mode {mode} "
                        f"(HTTP {err.status_code}: {_error_detail(err)}): run with --mode auto "
                        "(BAOCAO_MODE=auto) to let baocao find a mode the endpoint accepts",
                        err.status_code,
                    ) from err
                mode = lower

    async def _ask_in_mode(
        self,
        mode: str,
        messages: Sequence[Mapping[str, Any]],
        response_model: type[T],
        context: dict[str, Any],
        tally: _UsageTally,
    ) -> T:
        """Instructor in ``mode`` with its re-asks; transport and API errors unwrapped."""
        wired = _wire_model(response_model)
        hooks = tally.hooks()
        hooks.on("completion:response", _tidy_answer)
        token = _VALIDATION_CONTEXT.set(context)
        try:
            answer = await self._instructor(mode).create(
                response_model=wired,
                messages=[dict(m) for m in messages],  # type: ignore[misc]
                max_retries=AsyncRetrying(
                    stop=stop_after_attempt(MAX_REASKS + 1),
                    retry=retry_if_exception_type(_REASKABLE),
                    reraise=True,
                ),
                context=None,  # a context would make instructor template the article
                strict=False,
                hooks=hooks,
                **self._generation_params(),
                **_mode_params(mode, wired),
            )
        except InstructorRetryException as err:
            cause = err.__cause__
            if not isinstance(cause, openai.OpenAIError):
                return accept_last_answer(err, response_model, mode)
            # A transport or API error, not a re-ask: the caller (mode, layer 1) decides.
            raise cause from None
        finally:
            _VALIDATION_CONTEXT.reset(token)
        return response_model.model_validate(answer.model_dump())

    def _instructor(self, mode: str) -> instructor.AsyncInstructor:
        client = self._clients.get(mode)
        if client is None:
            client = instructor.from_openai(self._openai, mode=MODES[mode])
            self._clients[mode] = client
        return client

    def _generation_params(self) -> dict[str, Any]:
        params: dict[str, Any] = {
            "model": self._settings.model,
            "temperature": self._settings.temperature,
        }
        if self._settings.max_tokens is not None:
            params["max_tokens"] = self._settings.max_tokens
        return params

    def _should_retry(self, error: BaseException) -> bool:
        if not is_transient(error):
            return False
        wait = retry_after_seconds(error)
        return wait is None or wait <= self._policy.max_retry_after_s

    def _transport_wait(self, state: RetryCallState) -> float:
        """``Retry-After`` when the server gives one, else exponential backoff with jitter."""
        error = state.outcome.exception() if state.outcome is not None else None
        if error is not None:
            asked = retry_after_seconds(error)
            if asked is not None:
                return asked
        policy = self._policy
        backoff = policy.backoff_s * float(2 ** (state.attempt_number - 1))
        return min(backoff, policy.max_backoff_s) + random.uniform(0, policy.jitter_s)

    def _log_retry(self, label: str) -> Callable[[RetryCallState], None]:
        def log(state: RetryCallState) -> None:
            error = state.outcome.exception() if state.outcome is not None else None
            logger.warning(
                "%s%s: %s; retry %d of %d in %.1f s",
                f"{label}: " if label else "",
                self._describe_endpoint(),
                describe_transport_error(error),
                state.attempt_number,
                self._policy.max_attempts - 1,
                state.upcoming_sleep,
            )

        return log

    def _describe_endpoint(self) -> str:
        return f"{self._base_url} (model {self._settings.model})"


def missing_key_message() -> str:
    """What to do when no API key is set."""
    return (
        "no API key: set OPENAI_API_KEY for api.openai.com, or point --base-url "
        "(OPENAI_BASE_URL) at a local OpenAI-compatible server (Ollama, vLLM, llama.cpp), "
        "or use --offline for the rule-based backend"
    )


def describe_transport_error(error: BaseException | None) -> str:
    """A short description of a transport failure for logs (no bodies, no headers)."""
    if isinstance(error, openai.APITimeoutError):
        return "timed out"
    if isinstance(error, openai.APIConnectionError):
        return "connection failed"
    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code}"
    return type(error).__name__


def _mode_params(mode: str, wired: type[BaseModel]) -> dict[str, Any]:
    """Request parameters a mode adds beyond instructor's own.

    For ``json_object`` the schema goes into ``response_format`` (``extra_body`` replaces
    the bare ``{"type": "json_object"}`` instructor sends): servers that know the key
    constrain the answer to the schema.
    """
    if mode != "json_object":
        return {}
    schema = wired.model_json_schema()
    return {"extra_body": {"response_format": {"type": "json_object", "schema": schema}}}


def accept_last_answer(error: InstructorRetryException, response_model: type[T], mode: str) -> T:
    """The last answer of an exhausted re-ask loop, validated without context.

    Raises:
        ExtractionError: there is no answer, or it does not fit the schema even without
            the article checks.
    """
    completion = error.last_completion
    text = _answer_text(completion, mode) if completion is not None else None
    last = error.failed_attempts[-1].exception if error.failed_attempts else error
    if text is None:
        raise ExtractionError(_failure_message(error.n_attempts, last)) from error
    try:
        report = response_model.model_validate_json(text)
    except ValidationError as invalid:
        raise ExtractionError(_failure_message(error.n_attempts, invalid)) from error
    logger.info(
        "answer still failed its checks after %d re-asks; kept with its ungrounded values",
        MAX_REASKS,
    )
    return report


def _failure_message(attempts: int, last: BaseException) -> str:
    detail = str(last)
    if len(detail) > ANSWER_EXCERPT_CHARS:
        detail = detail[:ANSWER_EXCERPT_CHARS] + " ..."
    return (
        f"the model gave no answer that fits the schema after {attempts} "
        f"attempt{'' if attempts == 1 else 's'}; "
        f"last problem: {detail}"
    )


def _answer_text(completion: Any, mode: str) -> str | None:
    """The JSON text of a chat completion in the given mode, or None.

    The completion has been through :func:`_tidy_answer`: a lenient reading is already in it.
    """
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError):
        return None
    if MODES[mode] is instructor.Mode.TOOLS:
        calls = getattr(message, "tool_calls", None) or []
        return cast(str, calls[0].function.arguments) if calls else None
    content = getattr(message, "content", None)
    if not isinstance(content, str):
        return None
    if mode == PLAIN_MODE:
        start, end = content.find("{"), content.rfind("}")
        return content[start : end + 1] if 0 <= start < end else None
    return content


def translate_error(error: BaseException, endpoint: str, attempts: int = 1) -> BaocaoError:
    """Our exception for an openai/instructor/pydantic one: the one translation point.

    Args:
        error: what the stack raised.
        endpoint: base URL and model, for the message.
        attempts: transport attempts made.
    """
    if isinstance(error, BaocaoError):
        return error
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if isinstance(error, IncompleteOutputException):
        return TruncatedError(
            f"{endpoint} stopped at its output token limit (finish_reason=length) before "
            "the report was complete: raise max_tokens, or use a model with a larger "
            "output limit"
        )
    if isinstance(error, openai.APITimeoutError):
        return ProviderError(
            f"{endpoint} did not answer in time{tries}: raise the timeout (BAOCAO_TIMEOUT) "
            "or check the server"
        )
    if isinstance(error, openai.APIConnectionError):
        return ProviderError(
            f"cannot reach {endpoint}{tries}: is the server running and --base-url right?"
        )
    if isinstance(error, openai.APIStatusError):
        return ProviderError(_status_message(error, endpoint, tries), error.status_code)
    if isinstance(error, openai.OpenAIError):
        return ProviderError(f"{endpoint}: {error}")
    if isinstance(error, (InstructorError, ValidationError, json.JSONDecodeError)):
        return ExtractionError(_failure_message(attempts, error))
    return ExtractionError(f"{endpoint}: unexpected {type(error).__name__}: {error}")


def _status_message(error: openai.APIStatusError, endpoint: str, tries: str) -> str:
    status = error.status_code
    detail = _error_detail(error)
    if status in (401, 403):
        hint = "check OPENAI_API_KEY (and --base-url for a local server)"
    elif status == 404:
        hint = "check the model name (--model) and --base-url"
    elif status == 429:
        hint = "rate limited: lower --concurrency or try later"
    elif status >= SERVER_ERROR_MIN:
        hint = "the server failed: try again later"
    else:
        hint = "the endpoint refused the request"
    return f"{endpoint}{tries}: {detail} ({hint})"


def _error_detail(error: openai.APIStatusError) -> str:
    body = error.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return str(inner["message"])[:ANSWER_EXCERPT_CHARS]
    return str(error.message)[:ANSWER_EXCERPT_CHARS]
