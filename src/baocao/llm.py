"""The model call: instructor over the official ``openai`` client, with two retry layers.

This is the only module that imports ``openai`` or ``instructor``, and the one place where
their exceptions become ours (:func:`translate_error`).

One :meth:`ModelClient.complete` call is one instructor call, over two retry layers that
never stack: each retries only its own failures, and neither restarts the other.

1. **Transport** (below instructor, per HTTP request; :mod:`baocao.transport`): the
   ``send`` of the HTTP client re-sends *the same request* on 408/409/429/5xx answers,
   timeouts and dropped connections, with exponential backoff and jitter (``Retry-After`` /
   ``retry-after-ms`` honoured up to a cap), bounded in attempts and total time. A 429
   pauses new sends on the whole client (one gate per endpoint) and halves the requests in
   flight. A 200 answer that is an error object or not JSON counts as the 502 it stands for.
   A 5xx that refuses the request's shape (:func:`is_mode_refusal`) or its length
   (:func:`exceeds_context`) is never retried. The ``openai`` client's own retries are off
   (``max_retries=0``). So a 429 on a re-ask retries that re-ask, conversation intact.
2. **Semantic** (instructor's re-ask loop, the only loop in :meth:`ModelClient.complete`):
   an answer that is not valid JSON or fails validation is re-asked with the validation
   message, at most :data:`MAX_REASKS` times. Instructor gets a tenacity ``AsyncRetrying``
   restricted to those errors, so a transport failure that outlived layer 1 is never
   re-asked: it arrives wrapped in ``InstructorRetryException``, is unwrapped and reported.

**Modes.** How the model is asked for JSON is negotiated per endpoint, per call
(:class:`ModeNegotiation`): with ``auto`` (the default) a call starts in the best mode the
endpoint has not refused so far (tools, then json_schema, then json_object with the schema in
``response_format``, then md_json); a refusal (:func:`refuses_mode`: a 400/422 about
tools or response_format, or a 5xx request-validation error about them, which the transport
never retries) moves *that call* one step down and every later call starts there. Calls in
flight keep their own mode. An explicit mode is never changed: its refusal is an error
naming it. Whatever the mode, answers are read leniently before validation
(:func:`tidy_json`: raw control characters in strings, a code fence, text around the object)
and always validated.

Some failures stop the run (a :class:`~baocao.errors.RunStoppedError`, which stops a batch):
a dead endpoint (refused connections) and a used-up quota (a 429 asking for a wait above the
cap), both found by :mod:`baocao.transport`, and :data:`STOP_AFTER_SERVER_FAILURES` calls in a
row failing with a server error (5xx, or a 200 that is an error object) after all retries,
with no success in between. A request longer than the model's context window is a
:class:`~baocao.errors.ContextWindowError`, sent once.

The grounding cross-check runs as a validator: the caller's ``context`` (the Document and its
NumberIndex) reaches the schema's validators, which name every ungrounded value so the
re-ask can fix them. After the last re-ask the last answer is validated *without* context
and returned: its ungrounded values stay, and the pipeline's verification flags them.

Usage is summed over every HTTP attempt of one call (re-asks and failed tries included):
tokens through per-call instructor hooks (only answered requests carry any, each counted
once), requests by the transport through a per-task counter, so both are exact under
concurrency. Cost comes from a price table (``prices.json`` next to this module, extended
by ``Settings.prices_file``). The hooks also split the first request into its fixed part
(system message and schema, the same for every article) and the article
(:func:`request_parts`), and keep its prompt tokens apart from the re-asks'.

Local models have small contexts, and a re-ask resends the whole conversation. When the
endpoint's context is known (``Settings.context_window``, or learned from a refusal that
states it: :func:`context_window_from_error`), a re-ask is estimated conservatively
(:data:`CONSERVATIVE_CHARS_PER_TOKEN`, the endpoint's own counts where it gave them) and not
sent when it would not fit with ``max_tokens`` for the answer; a re-ask the endpoint refuses
for its size is not retried. Either way the last answer is kept, as after the last re-ask.
A first request is estimated the same way (:func:`first_request_tokens`: its messages and the
schema) and one that would not fit is not sent: a :class:`~baocao.errors.ContextWindowError`;
a window too small for an empty article's request is refused at the start
(:meth:`ModelClient.check_fixed_part`).
An endpoint that counts far fewer prompt tokens than were sent cut the prompt (Ollama's
``num_ctx``): warned once per client.

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

import json
import logging
import math
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
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
    retry_if_exception_type,
    stop_after_attempt,
    stop_any,
)
from tenacity.stop import stop_base

from baocao.errors import (
    BaocaoError,
    ConfigError,
    ContextWindowError,
    EndpointFailingError,
    EndpointTimeoutError,
    EndpointUnreachableError,
    ExtractionError,
    ProviderError,
    TruncatedError,
)
from baocao.record import COST_DECIMALS, Usage
from baocao.settings import (
    AUTO_MODE,
    MAX_TOKENS_ENV_VAR,
    MODE_CHOICES,
    OPENAI_HOST,
    TIMEOUT_ENV_VAR,
    Settings,
)
from baocao.transport import (
    UNFINISHED_NOTE,
    RetryingClient,
    RetryPolicy,
    TransportStats,
    counting_sends,
)

logger = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

DEFAULT_BASE_URL = f"https://{OPENAI_HOST}/v1"
# Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the openai client needs one.
LOCAL_PLACEHOLDER_KEY = "sk-local-no-key"

MAX_REASKS = 2
# Calls (articles) in a row failing with a server error after all transport retries, with no
# success in between, that stop the run: the server is broken, not the articles.
STOP_AFTER_SERVER_FAILURES = 5
TOKENS_PER_PRICE_UNIT = 1_000_000
PRICES_FILE = Path(__file__).with_name("prices.json")
# "gpt-4o-mini-2024-07-18" is priced as "gpt-4o-mini".
_DATED_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")

HTTP_CLIENT_ERROR_MIN = 400
SERVER_ERROR_MIN = 500
FINAL_BODY_CHARS = 20_000  # how much of an error answer's text the refusal tests read
# A request-validation error about the request's shape: the endpoint refuses the mode. Some
# servers (llama-cpp-python for an unsupported response_format) answer it with a 5xx.
_MODE_FIELDS = re.compile(r"\b(tools|tool_choice|response_format)\b")
_VALIDATION_WORDS = re.compile(
    r"validation|invalid|unsupported|not (supported|permitted|allowed)|extra (inputs|fields)"
    r"|input should|unexpected|unknown (field|parameter)|does not support|literal_error"
    r"|extra_forbidden",
    re.I,
)
# A request longer than the model's context window, as OpenAI, vLLM, llama.cpp's server,
# llama-cpp-python and Ollama word it; and where the message gives the window's size.
_CONTEXT_EXCEEDED = re.compile(
    r"context[_ ]length[_ ]exceeded|maximum context length|exceeds? the available context size"
    r"|context window|exceeds? (the )?(model's )?(maximum )?context length|too many tokens",
    re.I,
)
# Where such a message gives the window's size: llama-cpp-python ("exceed context window of
# 8192"), vLLM and OpenAI ("maximum context length is 8192 tokens"), LM Studio ("context
# length of only 4096"); llama.cpp's llama-server gives it as ``"n_ctx": 8192`` in the error.
_CONTEXT_LIMIT = re.compile(
    r"(?:maximum context length is|context window of|context size(?: of)?"
    r"|context length(?: of)?(?: only)?)\W{0,3}(\d[\d,]*)",
    re.I,
)
ANSWER_EXCERPT_CHARS = 600  # how much of a failed validation message an ExtractionError quotes

# Characters per token, measured with the SmolLM2 tokenizer (benchmarks/README.md, prompt):
# Vietnamese article text 1.19 to 1.30 (52 articles, loaded text), the English and JSON fixed
# part 2.2 to 3.2. Tokens estimated as characters / a ratio below the lowest are at least the
# real count for that tokenizer (larger-vocabulary ones need fewer): a re-ask the estimate
# lets through fits.
CONSERVATIVE_CHARS_PER_TOKEN = 1.15
# The same for the fixed part alone (system message and schema: English words and JSON), whose
# lowest measured ratio is 2.2: a first request is estimated part by part, so a declared
# window is not refused for an overestimate of its instructions.
FIXED_PART_CHARS_PER_TOKEN = 2.0
# No tokenizer packs this mix of Vietnamese and JSON into more than about 4 characters per
# token: an endpoint that counts fewer prompt tokens than characters / 5 cut the prompt.
TRUNCATED_CHARS_PER_TOKEN = 5.0
REASK_WRAPPER_CHARS = 200  # instructor's words around the validation message of a re-ask
# The parts of a request body that carry the schema (the fixed part, with the system message).
SCHEMA_KEYS = ("tools", "tool_choice", "response_format")
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


def refuses_mode(error: BaseException, mode: str) -> bool:
    """True when ``error`` is the endpoint refusing what ``mode`` adds to the request.

    A 400/422 whose message is about tools, tool_choice, response_format or a schema, or a
    5xx that is a request-validation error about them (:func:`is_mode_refusal`: the
    transport never retries it); never a context-length error, which a lower mode would get
    too.
    """
    if mode == PLAIN_MODE or not isinstance(error, openai.APIStatusError):
        return False
    body = _body_text(error)
    if exceeds_context(body):
        return False
    if error.status_code in REFUSAL_STATUSES:
        return bool(_MODE_REQUEST_WORDS.search(_error_detail(error)))
    return is_mode_refusal(error.status_code, body)


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
    """One call's token counts and request sizes, fed by instructor hooks.

    One tally per call, so it is exact under concurrency. Besides the :class:`Usage`, it keeps
    the size of the request in flight and of its answer, to estimate the next re-ask.
    """

    def __init__(self, usage: Usage, on_truncated: Callable[[int, int], None]) -> None:
        self.usage = usage
        self.sent_chars = 0  # the request in flight, fixed part and messages
        self.sent_squashed = 0  # the same, each run of whitespace counted once
        self.answer_chars = 0
        self.last_prompt_tokens = 0
        self.last_completion_tokens = 0
        self._on_truncated = on_truncated

    def on_request(self, *args: Any, **kwargs: Any) -> None:
        fixed, rest = request_parts(kwargs)
        if not (self.usage.prompt_fixed_chars or self.usage.article_chars):
            self.usage.prompt_fixed_chars, self.usage.article_chars = fixed, rest
        self.sent_chars = fixed + rest
        self.sent_squashed = _squashed_chars(kwargs)
        self.answer_chars = self.last_prompt_tokens = self.last_completion_tokens = 0

    def on_response(self, response: Any) -> None:
        self.answer_chars = _completion_chars(response)
        counted = getattr(response, "usage", None)
        if counted is None:
            return
        prompt = int(getattr(counted, "prompt_tokens", 0) or 0)
        completion = int(getattr(counted, "completion_tokens", 0) or 0)
        details = getattr(counted, "prompt_tokens_details", None)
        self.usage.prompt_tokens += prompt
        self.usage.completion_tokens += completion
        self.usage.cached_prompt_tokens += int(getattr(details, "cached_tokens", 0) or 0)
        if prompt and not self.usage.first_prompt_tokens:
            self.usage.first_prompt_tokens = prompt
        self.last_prompt_tokens, self.last_completion_tokens = prompt, completion
        if prompt and prompt * TRUNCATED_CHARS_PER_TOKEN < self.sent_squashed:
            self._on_truncated(prompt, self.sent_squashed)

    def next_request_tokens(self, added_chars: int) -> int:
        """A conservative estimate of the prompt tokens of a re-ask of the last request.

        The re-ask is the last request, its answer and ``added_chars`` more characters: the
        endpoint's own counts where it reported them, characters /
        :data:`CONSERVATIVE_CHARS_PER_TOKEN` where it did not.
        """
        sent = self.last_prompt_tokens or _estimate_tokens(self.sent_chars)
        answer = self.last_completion_tokens or _estimate_tokens(self.answer_chars)
        return sent + answer + _estimate_tokens(added_chars)

    def hooks(self) -> Hooks:
        hooks = Hooks()
        hooks.on("completion:kwargs", self.on_request)
        hooks.on("completion:response", self.on_response)
        return hooks


def first_request_tokens(
    messages: Sequence[Mapping[str, Any]], response_model: type[BaseModel]
) -> int:
    """A conservative estimate of the prompt tokens of a first request: the fixed part
    (system messages and the schema as compact JSON) at :data:`FIXED_PART_CHARS_PER_TOKEN`,
    the article's message at :data:`CONSERVATIVE_CHARS_PER_TOKEN`, as re-asks are estimated."""
    fixed, article = request_parts({"messages": [dict(m) for m in messages]})
    fixed += len(_compact_json(_wire_model(response_model).model_json_schema()))
    return math.ceil(fixed / FIXED_PART_CHARS_PER_TOKEN) + _estimate_tokens(article)


def _estimate_tokens(chars: int) -> int:
    return math.ceil(chars / CONSERVATIVE_CHARS_PER_TOKEN)


def request_parts(request: Mapping[str, Any]) -> tuple[int, int]:
    """Characters of a chat request's fixed part and of the rest of it.

    The fixed part is what every article's request shares: the system messages and the
    schema as sent (``tools`` and ``tool_choice``, or ``response_format``, as compact JSON).
    The rest is the other messages: the article in a first request (with the user template's
    words around it), the conversation so far in a re-ask.
    """
    fixed = rest = 0
    for is_fixed, text in _request_texts(request):
        if is_fixed:
            fixed += len(text)
        else:
            rest += len(text)
    return fixed, rest


def _squashed_chars(request: Mapping[str, Any]) -> int:
    """Characters of a request's text, each run of whitespace counted as one.

    Tokenizers fold a run of spaces (an indented JSON schema) into one token or two: this is
    the length a prompt token count is compared with.
    """
    return sum(len(" ".join(text.split())) for _, text in _request_texts(request))


def _request_texts(request: Mapping[str, Any]) -> Iterator[tuple[bool, str]]:
    """Each text of a chat request, with whether it belongs to the fixed part."""
    for message in request.get("messages") or ():
        is_fixed = message.get("role") == "system"
        content = message.get("content")
        if isinstance(content, str):
            yield is_fixed, content
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    yield is_fixed, part["text"]
        calls = message.get("tool_calls")
        if calls:
            yield is_fixed, _compact_json(calls)
    for key in SCHEMA_KEYS:
        value = request.get(key)
        if value is not None:
            yield True, _compact_json(value)


def _compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _completion_chars(response: Any) -> int:
    """Characters of an answer: its text and its tool calls' arguments."""
    try:
        message = response.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return 0
    content = getattr(message, "content", None)
    chars = len(content) if isinstance(content, str) else 0
    for call in getattr(message, "tool_calls", None) or ():
        arguments = getattr(getattr(call, "function", None), "arguments", None)
        chars += len(arguments) if isinstance(arguments, str) else 0
    return chars


def context_window_from_error(error: BaseException) -> int | None:
    """The context size (tokens) an endpoint states when it refuses a request too long for it.

    None when ``error`` is not such a refusal or names no size (see :func:`context_limit`).
    """
    if not isinstance(error, openai.APIStatusError):
        return None
    body = _body_text(error)  # the message itself when the body cannot be read
    return context_limit(body) if exceeds_context(body) else None


class _StopWhen(stop_base):
    """A tenacity stop condition from a predicate (``stop_any`` takes only ``stop_base``)."""

    def __init__(self, predicate: Callable[[RetryCallState], bool]) -> None:
        self._predicate = predicate

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self._predicate(retry_state)


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
        self._http = RetryingClient(
            settings.concurrency, self._policy, endpoint=self._base_url, is_final=is_final_answer
        )
        self._openai = openai.AsyncOpenAI(
            api_key=key,
            base_url=self._base_url,
            max_retries=0,  # transport retries are ours (layer 1, per HTTP request)
            # Waiting for a free connection never times out; each request still does.
            timeout=httpx2.Timeout(settings.timeout_s, pool=None),
            http_client=self._http,
        )
        self._clients: dict[str, instructor.AsyncInstructor] = {}
        # The endpoint's context in tokens: from the settings, or learned from a refusal.
        self._context_window = settings.context_window
        self._truncation_noted = False
        self._server_failures = 0  # calls in a row that failed with a server error

    @property
    def mode(self) -> str:
        """The mode new calls start in: the one given, or the best one negotiated so far."""
        return self._modes.current

    @property
    def context_window(self) -> int | None:
        """The endpoint's context size in tokens, when set or learned from a refusal."""
        return self._context_window

    @property
    def transport_stats(self) -> TransportStats:
        """HTTP requests, 429 answers and the concurrency the rate limit settled at."""
        return self._http.stats

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
        article_chars: int | None = None,
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
            article_chars: the article's size, named if it does not fit the context window.

        Returns:
            The validated report and the usage of every attempt. After the last re-ask a
            report that still fails only its context checks is returned validated without
            context (its ungrounded values are flagged later by the cross-check).

        Raises:
            RunStoppedError: the endpoint cannot serve the rest of the run (unreachable, its
                quota used up, or this call made too many server failures in a row).
            ContextWindowError: the request is longer than the model's context window: the
                endpoint said so, or (with a known window) it would not fit, and was not sent.
            ProviderError: the endpoint failed after all transport retries.
            TruncatedError: the answer was cut at the output token limit.
            ExtractionError: no answer validated against the schema.
        """
        self._refuse_if_too_long(messages, response_model, article_chars)
        tally = _UsageTally(usage if usage is not None else Usage(), self._note_truncation)
        with counting_sends(label) as sent:
            try:
                report = await self._ask(messages, response_model, context, tally, label)
            except Exception as err:
                fatal = self._http.fatal_error()
                if fatal is not None and isinstance(err, openai.APIConnectionError):
                    raise fatal from err  # the run is stopped: not this article's failure
                endpoint = self._describe_endpoint()
                error = translate_error(
                    err,
                    endpoint,
                    sent.attempts,
                    article_chars,
                    max_tokens=self._settings.max_tokens,
                    timeout_s=self._settings.timeout_s,
                )
                self._count_server_failure(error)
                raise error from err
            else:
                self._server_failures = 0
            finally:
                tally.usage.requests += sent.requests
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
        label: str = "",
    ) -> T:
        """One instructor call in the endpoint's mode; a refused mode moves this call down.

        Raises:
            ProviderError: an explicitly chosen mode was refused.
        """
        mode = self._modes.current
        while True:
            try:
                return await self._ask_in_mode(
                    mode, messages, response_model, context, tally, label
                )
            except openai.APIStatusError as err:
                if not refuses_mode(err, mode):
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
        label: str,
    ) -> T:
        """Instructor in ``mode`` with its re-asks; transport and API errors unwrapped.

        A re-ask the endpoint's context cannot hold is not sent, and one the endpoint refuses
        for its size is not retried: the last answer is kept instead (its ungrounded values
        flagged by the verification).
        """
        wired = _wire_model(response_model)
        hooks = tally.hooks()
        hooks.on("completion:response", _tidy_answer)
        token = _VALIDATION_CONTEXT.set(context)
        try:
            answer = await self._instructor(mode).create(
                response_model=wired,
                messages=[dict(m) for m in messages],  # type: ignore[misc]
                max_retries=AsyncRetrying(
                    stop=stop_any(
                        stop_after_attempt(MAX_REASKS + 1), self._reask_too_long(tally, label)
                    ),
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
            window = context_window_from_error(cause)
            if window is not None:
                self._learn_context_window(window)
                if err.failed_attempts:  # a re-ask was refused: keep the answer it re-asked
                    tally.usage.reasks_skipped += 1
                    return accept_last_answer(err, response_model, mode)
            # A transport or API error, not a re-ask: the caller (mode negotiation) decides.
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

    def _reask_too_long(self, tally: _UsageTally, label: str) -> stop_base:
        """A stop condition for the re-ask loop: the next re-ask would not fit the context.

        The re-ask is estimated conservatively (:meth:`_UsageTally.next_request_tokens`) and
        the answer's ``max_tokens`` is reserved, as servers that refuse long requests do.
        """

        def too_long(state: RetryCallState) -> bool:
            window = self._context_window
            if window is None:
                return False
            error = state.outcome.exception() if state.outcome is not None else None
            added = len(str(error)) + REASK_WRAPPER_CHARS
            needed = tally.next_request_tokens(added) + (self._settings.max_tokens or 0)
            if needed <= window:
                return False
            tally.usage.reasks_skipped += 1
            logger.warning(
                "%s%s: re-ask not sent: about %d tokens with the answer's %d would not fit "
                "the context of %d tokens; the last answer is kept with its problems flagged "
                "(a larger context: the server's setting and --context-window)",
                f"{label}: " if label else "",
                self._describe_endpoint(),
                needed,
                self._settings.max_tokens or 0,
                window,
            )
            return True

        return _StopWhen(too_long)

    def check_fixed_part(
        self, messages: Sequence[Mapping[str, Any]], response_model: type[BaseModel]
    ) -> None:
        """Refuse a known context window too small for any article: the request of an empty
        article (``messages``) with ``max_tokens`` for the answer does not fit it.

        Raises:
            ConfigError: it does not fit, naming what to raise.
        """
        window = self._context_window
        if window is None:
            return
        fixed = first_request_tokens(messages, response_model)
        reserved = self._settings.max_tokens or 0
        if fixed + reserved <= window:
            return
        raise ConfigError(
            f"the context window of {window:,} tokens (--context-window / "
            f"BAOCAO_CONTEXT_WINDOW) cannot hold even an empty article: the instructions and "
            f"schema sent with every article are about {fixed:,} tokens (a conservative "
            "estimate) and the answer needs "
            f"{reserved:,} (--max-tokens). Raise the context to at least "
            f"{fixed + reserved:,} tokens plus the articles' length (the server's setting, then "
            "--context-window), lower --max-tokens if the reports are short, or use a model "
            "with a larger context"
        )

    def _refuse_if_too_long(
        self,
        messages: Sequence[Mapping[str, Any]],
        response_model: type[BaseModel],
        article_chars: int | None,
    ) -> None:
        """Do not send a first request a known context window cannot hold.

        Raises:
            ContextWindowError: the request, estimated conservatively, with ``max_tokens``
                for the answer, does not fit.
        """
        window = self._context_window
        if window is None:
            return
        needed = first_request_tokens(messages, response_model)
        reserved = self._settings.max_tokens or 0
        if needed + reserved <= window:
            return
        article = (
            "the article" if article_chars is None else f"the article ({article_chars:,} chars)"
        )
        raise ContextWindowError(
            f"{self._describe_endpoint()}: {article} does not fit the context window of "
            f"{window:,} tokens: its request is about {needed:,} tokens (a conservative "
            "estimate) and the answer needs "
            f"{reserved:,} (--max-tokens); not sent. Use a model with a larger context (raise "
            "the server's context size, then --context-window), or split the article",
            limit_tokens=window,
        )

    def _count_server_failure(self, error: BaocaoError) -> None:
        """Count a call that failed with a server error after all retries; stop the run at
        :data:`STOP_AFTER_SERVER_FAILURES` in a row with no success in between.

        Raises:
            EndpointFailingError: that many in a row.
        """
        status = error.status if isinstance(error, ProviderError) else None
        if status is None or status < SERVER_ERROR_MIN or isinstance(error, ContextWindowError):
            return
        self._server_failures += 1
        if self._server_failures < STOP_AFTER_SERVER_FAILURES:
            return
        self._http.stop(
            EndpointFailingError,
            f"the model endpoint is failing: {self._server_failures} articles in a row got a "
            f"server error after every retry, none succeeding in between. The last: {error}. "
            "Check the server (its log, its model), then run the same command again: "
            f"{UNFINISHED_NOTE} (those recorded as failed are extracted again with "
            "--redo-failed)",
        )
        fatal = self._http.fatal_error()
        if fatal is not None:
            raise fatal from error

    def _learn_context_window(self, window: int) -> None:
        if self._context_window is None or window < self._context_window:
            logger.info(
                "%s has a context of %d tokens (from its refusal): re-asks that do not fit "
                "are not sent",
                self._describe_endpoint(),
                window,
            )
            self._context_window = window

    def _note_truncation(self, reported: int, sent_chars: int) -> None:
        """Warn (once per run) that the endpoint counted far fewer prompt tokens than sent."""
        if self._truncation_noted:
            return
        self._truncation_noted = True
        logger.warning(
            "%s counted %d prompt tokens for a request of %d characters of text (at least %d "
            "tokens): it cut the prompt to its context size, and the model did not see the "
            "whole article or instructions. Raise the server's context (Ollama: num_ctx, or "
            "OLLAMA_CONTEXT_LENGTH for the server; llama.cpp: --ctx-size; vLLM: "
            "--max-model-len)",
            self._describe_endpoint(),
            reported,
            sent_chars,
            math.floor(sent_chars / TRUNCATED_CHARS_PER_TOKEN),
        )

    def _describe_endpoint(self) -> str:
        return f"{self._base_url} (model {self._settings.model})"


# Listing models is one small GET: a server that takes longer is not one to wait on.
MODEL_LIST_TIMEOUT_S = 10.0


def list_models(settings: Settings) -> list[str]:
    """The names of the models an OpenAI-compatible endpoint serves (``GET /models``), sorted.

    For a local server (Ollama, vLLM, llama.cpp), which usually serves one model, when the
    user names none. One request, not retried.

    Raises:
        EndpointUnreachableError: no connection to the endpoint.
        EndpointTimeoutError: the endpoint took the request but answered nothing in time
            (:data:`MODEL_LIST_TIMEOUT_S` at most): a busy server.
        ProviderError: the endpoint answered with an error or with something not a model list.
    """
    base_url = (settings.base_url or DEFAULT_BASE_URL).rstrip("/")
    key = settings.api_key.get_secret_value() if settings.api_key is not None else ""
    timeout = min(settings.timeout_s, MODEL_LIST_TIMEOUT_S)
    client = openai.OpenAI(
        api_key=key or LOCAL_PLACEHOLDER_KEY,
        base_url=base_url,
        max_retries=0,
        timeout=timeout,
    )
    try:
        with client:
            return sorted({model.id for model in client.models.list().data})
    except openai.APITimeoutError as err:  # before APIConnectionError, its base class
        raise EndpointTimeoutError(
            f"{base_url} accepted the connection but answered nothing in {timeout:g} s when "
            "asked for its models (GET /models): the server runs but may be busy, still "
            "generating an earlier answer"
        ) from err
    except openai.APIConnectionError as err:
        raise EndpointUnreachableError(
            f"cannot connect to {base_url} to list its models ({err}): start the server "
            "or fix --base-url (OPENAI_BASE_URL)"
        ) from err
    except openai.APIStatusError as err:
        raise ProviderError(f"{base_url}/models: {_error_detail(err)}", err.status_code) from err
    except (openai.APIError, ValueError, TypeError, AttributeError) as err:
        raise ProviderError(f"{base_url}/models: not a model list ({err})") from err


def missing_key_message() -> str:
    """What to do when no API key is set."""
    return (
        "no API key: set OPENAI_API_KEY for api.openai.com, or point --base-url "
        "(OPENAI_BASE_URL) at a local OpenAI-compatible server (Ollama, vLLM, llama.cpp), "
        "or use --offline for the rule-based backend"
    )


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


def translate_error(
    error: BaseException,
    endpoint: str,
    attempts: int = 1,
    article_chars: int | None = None,
    *,
    max_tokens: int | None = None,
    timeout_s: float | None = None,
) -> BaocaoError:
    """Our exception for an openai/instructor/pydantic one: the one translation point.

    Args:
        error: what the stack raised.
        endpoint: base URL and model, for the message.
        attempts: transport attempts of the request that failed.
        article_chars: the article's size, named when it does not fit the context window.
        max_tokens: the answer's token limit sent, named when an answer was cut at it.
        timeout_s: the request timeout, named when the endpoint did not answer in it.
    """
    if isinstance(error, BaocaoError):
        return error
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if isinstance(error, IncompleteOutputException):
        limit = "" if max_tokens is None else f" of {max_tokens:,} tokens"
        return TruncatedError(
            f"{endpoint} stopped at its output token limit{limit} (finish_reason=length) "
            f"before the report was complete: raise it with --max-tokens N "
            f"({MAX_TOKENS_ENV_VAR}), or use a model with a larger output limit"
        )
    if isinstance(error, openai.APITimeoutError):
        waited = "" if timeout_s is None else f" ({timeout_s:g} s per request)"
        return EndpointTimeoutError(
            f"{endpoint} did not answer in time{waited}{tries}: raise --timeout SECONDS "
            f"({TIMEOUT_ENV_VAR}) above the time one answer takes on a slow local server, "
            "or check the server"
        )
    if isinstance(error, openai.APIConnectionError):
        return ProviderError(
            f"cannot reach {endpoint}{tries}: is the server running and --base-url right?"
        )
    if isinstance(error, openai.APIStatusError):
        body = _body_text(error)
        if exceeds_context(body):
            return _context_window_error(error, body, endpoint, article_chars)
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


def is_mode_refusal(status: int, body: str) -> bool:
    """True for an error answer that refuses the request's shape, so the mode.

    That is a 4xx or 5xx whose body is a request-validation error about ``tools``,
    ``tool_choice`` or ``response_format`` (llama-cpp-python answers an unsupported
    ``response_format`` with a 500). The transport never retries it; the mode fallback above
    decides what to send instead.
    """
    if status < HTTP_CLIENT_ERROR_MIN:
        return False
    text = _plain_text(body)
    return _MODE_FIELDS.search(text) is not None and _VALIDATION_WORDS.search(text) is not None


def exceeds_context(body: str) -> bool:
    """True for an error answer saying the request is longer than the model's context."""
    return _CONTEXT_EXCEEDED.search(_plain_text(body)) is not None


def context_limit(body: str) -> int | None:
    """The context window in tokens named by an error answer (llama.cpp's ``n_ctx`` field,
    or the number after "maximum context length is" and its kin), or None."""
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    inner = data.get("error", data) if isinstance(data, dict) else None
    if isinstance(inner, dict) and isinstance(inner.get("n_ctx"), int):
        return int(inner["n_ctx"])
    found = _CONTEXT_LIMIT.search(_plain_text(body))
    return int(found.group(1).replace(",", "")) if found else None


def _plain_text(body: str) -> str:
    """The strings of a JSON error body, unescaped, one a line (the body itself if not JSON),
    at most :data:`FINAL_BODY_CHARS` of them: what the refusal tests read."""
    try:
        data = json.loads(body)
    except ValueError:
        return body[:FINAL_BODY_CHARS]
    strings: list[str] = []
    pending: list[Any] = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            strings.append(item)
        elif isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return "\n".join(strings)[:FINAL_BODY_CHARS]


def is_final_answer(status: int, body: bytes) -> bool:
    """The transport's test for an error answer not to retry although its status says so."""
    text = body.decode("utf-8", "replace")  # whole: a cut JSON body would not parse
    return is_mode_refusal(status, text) or exceeds_context(text)


def _body_text(error: openai.APIStatusError) -> str:
    try:
        return error.response.text
    except (httpx2.ResponseNotRead, UnicodeDecodeError):
        return str(error.message)


def _context_window_error(
    error: openai.APIStatusError, body: str, endpoint: str, article_chars: int | None
) -> ContextWindowError:
    limit = context_limit(body)
    article = "the article" if article_chars is None else f"the article ({article_chars:,} chars)"
    window = "" if limit is None else f" of {limit:,} tokens"
    return ContextWindowError(
        f"{endpoint}: {article} does not fit the model's context window{window} "
        f"({_error_detail(error)}): use a model with a larger context, raise the server's "
        "context size (llama.cpp -c, Ollama num_ctx), or split the article",
        error.status_code,
        limit,
    )
