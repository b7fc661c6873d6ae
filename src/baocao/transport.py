"""The HTTP layer under the model call: each request retried alone, one rate limit per endpoint.

The ``openai`` client sends every request through :class:`RetryingClient` (an
``httpx2.AsyncClient``; the openai client's own retries are off). Its :meth:`~RetryingClient.send`
re-sends *the same request* until it is answered, so a 429 on a re-ask retries the re-ask,
never the conversation above it::

    send(request)                           one HTTP request of one model call
    └── each attempt
        ├── AdaptiveLimit        requests in flight: halved on a 429, +1 per success,
        │                        never above --concurrency (the connection pool's size)
        ├── RateGate.wait        a 429 closed the endpoint: wait for its Retry-After, then
        │                        leave one send per interval (with jitter), not all at once
        ├── httpx2 pool          the request itself; a 200 that is an error object reads as 502
        ├── note the answer      a 429 closes the gate and halves the limit, a success paces
        │                        a little faster: both before the room in the limit is freed
        └── decide               answer → return it; 429 → go round again (the gate waits);
                                 408/409/5xx, timeout, dropped connection → back off, again;
                                 an answer ``is_final`` names (a mode or context refusal) →
                                 return it; out of attempts or time → return the last answer
                                 (or raise the last transport error) for the caller to report

Limits (:class:`RetryPolicy`): failures other than 429 count against ``max_attempts`` per
request; rate-limit waits count only against ``max_total_s`` (plus a backstop of
:data:`MAX_RATE_LIMITED` 429s for a server that asks for no wait at all), since a 429 says
"later", not "broken". The first 429 of a rate-limit episode (until pacing has faded again)
is logged once at WARNING with the wait it asks for, so a long pause is never silent.

Some failures stop the run (:meth:`RetryingClient.stop`: every send raises the
:class:`~baocao.errors.RunStoppedError` from then on): a dead endpoint (a refused connection or
an unknown host before the endpoint ever answered, or :data:`DEAD_AFTER_CONNECT_FAILURES`
refused connections in a row: :class:`~baocao.errors.EndpointUnreachableError`), and a
``Retry-After`` beyond ``max_retry_after_s`` (a used-up quota, which every later request would
meet too: :class:`~baocao.errors.QuotaExhaustedError`). ``llm`` stops it for server errors.

Only ``httpx2`` is imported here; what the answers mean to a model call is ``llm``'s job (it
passes the ``is_final`` test and reads :class:`TransportStats`). Requests are counted per
model call through :func:`counting_sends`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, cast

import httpx2

from baocao.errors import EndpointUnreachableError, QuotaExhaustedError, RunStoppedError

logger = logging.getLogger(__name__)

HTTP_OK = 200
HTTP_TOO_MANY_REQUESTS = 429
HTTP_CLIENT_ERROR_MIN = 400
HTTP_BAD_GATEWAY = 502  # what a 200 answer that carries an error is read as
SERVER_ERROR_MIN = 500
# Statuses worth another try besides 5xx: request timeout, conflict (429 is handled apart).
RETRYABLE_STATUSES = frozenset({408, 409})
ERROR_EXCERPT_CHARS = 600  # how much of a 200-that-is-an-error body a message quotes
SECONDS_PER_MINUTE = 60
SECONDS_PER_HOUR = 3600
# Ends the message of every error that stops the run.
UNFINISHED_NOTE = "the articles not extracted yet have no record and will be extracted then"

# A server that keeps answering 429 with no wait at all is given up on after this many.
MAX_RATE_LIMITED = 100
# Refused connections in a row (after the endpoint once answered) that make it dead.
DEAD_AFTER_CONNECT_FAILURES = 8
# After a 429 the gate lets one send leave per interval: at least the Retry-After asked, and
# PACING_GROWTH times the interval that was still too fast. Each success shrinks it by
# PACING_DECAY, down to nothing: about 22 successes per 429 in a steady state at worst, and
# far fewer 429s in benchmarks/ratelimit.py. A Retry-After above MAX_PACING_S is a window
# to wait out, not a rate's slot: it pauses the gate without pacing.
MAX_PACING_S = 1.0
PACING_GROWTH = 1.5
PACING_DECAY = 0.99
MIN_PACING_S = 0.001

# What a 200 answer must hold to be a chat completion; checked as bytes, before any parsing.
_CHOICES_KEY = b'"choices"'


@dataclass(frozen=True)
class RetryPolicy:
    """Transport retry limits, per HTTP request. Tests pass zero waits and a fake clock.

    Attributes:
        max_attempts: sends of one request failing other than by 429, the first included.
        max_total_s: no new attempt of one request once this much time would have passed
            (rate-limit waits included: they are bounded by this, not by max_attempts).
        backoff_s: first backoff wait; doubles each retry (plus jitter) up to max_backoff_s.
        max_backoff_s: cap of one backoff wait.
        jitter_s: up to this much random time is added to a backoff or gate wait.
        max_retry_after_s: a longer ``Retry-After`` is not waited for: on a 429 (a used-up
            quota) the run stops, on another status the answer is final.
        sleep: the coroutine that waits (``asyncio.sleep``).
        clock: seconds on a monotonic clock (``time.monotonic``).
    """

    max_attempts: int = 5
    max_total_s: float = 300.0
    backoff_s: float = 1.0
    max_backoff_s: float = 30.0
    jitter_s: float = 1.0
    max_retry_after_s: float = 60.0
    sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)

    def backoff(self, failures: int) -> float:
        """The wait after the ``failures``-th failure: exponential, capped, with jitter."""
        wait = self.backoff_s * float(2 ** (failures - 1))
        return min(wait, self.max_backoff_s) + random.uniform(0, self.jitter_s)


@dataclass(frozen=True)
class TransportStats:
    """What the transport saw over a run (for the run summary).

    Attributes:
        requests: HTTP requests sent, retries included.
        rate_limited: 429 answers.
        concurrency: requests allowed in flight now (where the adaptive limit settled).
        max_concurrency: the configured limit (``--concurrency``).
    """

    requests: int
    rate_limited: int
    concurrency: int
    max_concurrency: int


@dataclass
class SendCount:
    """HTTP requests sent on behalf of one model call (see :func:`counting_sends`).

    Attributes:
        requests: every HTTP request sent, retries included.
        attempts: sends of the last request (for "after N attempts" in messages).
        label: names the article in log messages.
    """

    requests: int = 0
    attempts: int = 0
    label: str = ""


_SEND_COUNT: ContextVar[SendCount | None] = ContextVar("baocao_send_count", default=None)


@contextmanager
def counting_sends(label: str = "") -> Iterator[SendCount]:
    """Count the HTTP requests this task sends while the block runs (concurrency-safe)."""
    count = SendCount(label=label)
    token = _SEND_COUNT.set(count)
    try:
        yield count
    finally:
        _SEND_COUNT.reset(token)


def retry_after_seconds(headers: httpx2.Headers) -> float | None:
    """The wait an answer asks for (``retry-after-ms`` or ``Retry-After`` seconds), if any."""
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


class RateGate:
    """One endpoint's rate-limit gate, shared by every request of a client.

    A 429 closes it for the wait the answer asks for. Sends that find it closed do not all
    come back when it opens: each takes the next free slot, one per interval, plus jitter
    within the interval (up to ``jitter_s`` when a long pause ends without pacing). The
    interval is at least the wait the 429 asked for (a token-bucket server's
    ``Retry-After`` is the time to its next slot), and grows by :data:`PACING_GROWTH` when
    sends paced at it still met a 429. Every success shrinks it by :data:`PACING_DECAY`, so
    pacing fades when the limit is no longer hit. A burst of 429s to sends that left before
    the gate closed (the same :attr:`generation`) grows it
    once.
    """

    def __init__(self, policy: RetryPolicy) -> None:
        self._policy = policy
        self._open_at = 0.0
        self._next_start = 0.0
        self._interval = 0.0
        self._closings = 0  # every close: sleeping sends take new slots
        self._generation = 0  # closes that grew the interval
        self._episode = False  # a 429 closed it and pacing has not faded since

    @property
    def interval(self) -> float:
        """Seconds between sends while pacing (0: not pacing)."""
        return self._interval

    @property
    def generation(self) -> int:
        """How many times a 429 grew the interval (a send remembers it when it leaves)."""
        return self._generation

    async def wait(self) -> float:
        """Wait for this send's slot; returns the seconds waited."""
        waited = 0.0
        while True:
            now = self._policy.clock()
            closings = self._closings
            start = max(now, self._open_at, self._next_start)
            self._next_start = start + self._interval
            delay = start - now
            if delay <= 0:
                return waited
            # Jitter within one interval when pacing; else (a long pause ends for everyone
            # at once) up to jitter_s, so the waiters do not all come back together.
            spread = min(self._interval, self._policy.jitter_s) or self._policy.jitter_s
            delay += random.uniform(0, spread)
            await self._policy.sleep(delay)
            waited += delay
            if self._closings == closings:
                return waited
            # Closed again while this send slept: its slot is gone, take a new one.

    def close(self, wait_s: float, generation: int) -> bool:
        """A send that left in ``generation`` met a 429 asking for ``wait_s``: no send
        starts before then, then one per interval.

        Returns:
            True when this 429 starts a rate-limit episode (none since pacing last faded).
        """
        started = not self._episode
        self._episode = True
        now = self._policy.clock()
        self._open_at = max(self._open_at, now + wait_s)
        self._next_start = self._open_at
        self._closings += 1
        if generation == self._generation:
            self._generation += 1
            if wait_s <= MAX_PACING_S:  # a slot of a rate, not a window to wait out
                self._interval = min(MAX_PACING_S, max(wait_s, self._interval * PACING_GROWTH))
        return started

    def passed(self) -> None:
        """A send was answered without a 429: pace a little faster."""
        self._interval *= PACING_DECAY
        if self._interval < MIN_PACING_S:
            self._interval = 0.0
            self._episode = False  # the next 429 is news again


class AdaptiveLimit:
    """How many requests may be in flight: halved on a 429, +1 per success, up to ``maximum``.

    A burst of 429s answering requests sent before the last halving halves only once (each
    request remembers the generation it was sent in), as TCP halves once per window.
    """

    def __init__(self, maximum: int) -> None:
        self.maximum = maximum
        self.limit = maximum
        self._in_flight = 0
        self._generation = 0
        self._changed: asyncio.Condition | None = None

    def _condition(self) -> asyncio.Condition:
        # Made on first use, on the loop that runs the requests.
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    async def acquire(self) -> int:
        """Wait for room; returns the generation the request is sent in."""
        changed = self._condition()
        async with changed:
            await changed.wait_for(lambda: self._in_flight < self.limit)
            self._in_flight += 1
        return self._generation

    async def release(self) -> None:
        """A request left the pool: wake as many waiters as there is room for."""
        changed = self._condition()
        async with changed:
            self._in_flight -= 1
            changed.notify(max(0, self.limit - self._in_flight))

    def rate_limited(self, generation: int) -> None:
        """A request sent in ``generation`` was answered 429."""
        if generation == self._generation:
            self.limit = max(1, self.limit // 2)
            self._generation += 1
            logger.info("rate limited: %d requests in flight at most now", self.limit)

    def succeeded(self) -> None:
        """A request was answered: one more may be in flight (up to the maximum); waiters
        learn it at the next :meth:`release`."""
        self.limit = min(self.maximum, self.limit + 1)


class RetryingClient(httpx2.AsyncClient):
    """An ``httpx2`` client whose :meth:`send` retries one request (see the module docstring).

    It holds a pool of ``concurrency`` connections and hands one over before an answer is
    processed: ``send`` reads the body (releasing the connection to a waiting request), then
    lets the loop run once before returning. Waiting for a connection never times out (the
    openai client's timeout has ``pool=None``); each request still does.
    """

    def __init__(
        self,
        concurrency: int,
        policy: RetryPolicy,
        *,
        endpoint: str,
        is_final: Callable[[int, bytes], bool] = lambda status, body: False,
    ) -> None:
        """Make the client.

        Args:
            concurrency: connections in the pool, and the most requests in flight.
            policy: the retry limits.
            endpoint: the base URL, for messages.
            is_final: ``(status, body) -> True`` for an error answer that must not be retried
                though its status says so (a 5xx that refuses the request's shape).
        """
        super().__init__(
            limits=httpx2.Limits(
                max_connections=concurrency, max_keepalive_connections=concurrency
            ),
            follow_redirects=True,
        )
        self._policy = policy
        self._endpoint = endpoint
        self._is_final = is_final
        self.gate = RateGate(policy)
        self.limit = AdaptiveLimit(concurrency)
        self._requests = 0
        self._rate_limited = 0
        self._answered = False
        self._refused_in_row = 0
        self._stopped: tuple[type[RunStoppedError], str] | None = None

    @property
    def stats(self) -> TransportStats:
        """Requests, 429s and the concurrency the limit settled at, so far."""
        return TransportStats(
            self._requests, self._rate_limited, self.limit.limit, self.limit.maximum
        )

    async def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        """Send ``request`` until it is answered, out of attempts or out of time.

        Returns:
            The answer: a success, an error not worth retrying, or the last error answer.

        Raises:
            RunStoppedError: the run is stopped (see the module docstring).
            httpx2.TransportError: the last attempt's timeout or dropped connection.
        """
        policy = self._policy
        count = _SEND_COUNT.get() or SendCount()
        count.attempts = 0
        started = policy.clock()
        waited = 0.0
        failures = limited = 0
        while True:
            sent = await self._attempt(request, count, limited, **kwargs)
            self._raise_if_stopped()
            waited += sent.waited
            outcome = sent.outcome
            if sent.rate_wait is not None:  # a 429: the gate is closed for it already
                limited += 1
                if sent.rate_wait > policy.max_retry_after_s:
                    self._quota_exhausted(cast(httpx2.Response, outcome), sent.rate_wait)
                    await cast(httpx2.Response, outcome).aclose()
                    self._raise_if_stopped()
                if (
                    limited >= MAX_RATE_LIMITED
                    or max(policy.clock() - started, waited) + sent.rate_wait > policy.max_total_s
                ):
                    return cast(httpx2.Response, outcome)
                await cast(httpx2.Response, outcome).aclose()
                continue
            if isinstance(outcome, httpx2.Response):
                if not self._retryable(outcome):
                    return outcome
                wait = retry_after_seconds(outcome.headers)
                reason = f"HTTP {outcome.status_code}"
            else:
                wait, reason = None, _describe(outcome)
            failures += 1
            if wait is None:
                wait = policy.backoff(failures)
            if (
                failures >= policy.max_attempts
                or wait > policy.max_retry_after_s
                or max(policy.clock() - started, waited) + wait > policy.max_total_s
            ):
                if isinstance(outcome, httpx2.Response):
                    return outcome
                raise outcome
            if isinstance(outcome, httpx2.Response):
                await outcome.aclose()
            logger.warning(
                "%s%s: %s; retry %d of %d in %.1f s",
                f"{count.label}: " if count.label else "",
                self._endpoint,
                reason,
                failures,
                policy.max_attempts - 1,
                wait,
            )
            await policy.sleep(wait)
            waited += wait

    async def _attempt(
        self, request: httpx2.Request, count: SendCount, limited: int, **kwargs: Any
    ) -> _Sent:
        """One send: room in the limit, then the gate's slot, then the pool.

        The gate is passed *inside* the limit, and an answer updates the gate and the limit
        *before* the room is given back, so no request waiting for room leaves on a gate
        that the answer is about to close.
        """
        limit_generation = await self.limit.acquire()
        outcome: httpx2.Response | httpx2.TransportError
        rate_wait: float | None = None
        try:
            self._raise_if_stopped()
            waited = await self.gate.wait()
            self._raise_if_stopped()
            gate_generation = self.gate.generation
            count.requests += 1
            count.attempts += 1
            self._requests += 1
            try:
                outcome = _error_in_disguise(await super().send(request, **kwargs))
            except httpx2.ConnectError as err:
                self._connection_refused(err)
                outcome = err
            except httpx2.TransportError as err:  # timeouts, dropped connections
                outcome = err
            else:
                self._answered = True
                self._refused_in_row = 0
                rate_wait = self._note_answer(outcome, limited, limit_generation, gate_generation)
        finally:
            await self.limit.release()
        await asyncio.sleep(0)  # a request built and waiting leaves before this is parsed
        return _Sent(outcome, waited, rate_wait)

    def _note_answer(
        self, response: httpx2.Response, limited: int, limit_generation: int, gate_generation: int
    ) -> float | None:
        """Update the shared budget from an answer; for a 429, the wait it asks for."""
        status = response.status_code
        if status == HTTP_TOO_MANY_REQUESTS:
            self._rate_limited += 1
            self.limit.rate_limited(limit_generation)
            wait = retry_after_seconds(response.headers)
            if wait is None:
                wait = self._policy.backoff(limited + 1)
            # A longer wait is a used-up quota: not waited for (the run stops).
            if wait <= self._policy.max_retry_after_s and self.gate.close(wait, gate_generation):
                logger.warning(
                    "%s: rate limited (HTTP 429): sends paused %.1f s as the server asks, "
                    "then paced (lower --concurrency if this goes on)",
                    self._endpoint,
                    wait,
                )
            return wait
        if status < HTTP_CLIENT_ERROR_MIN:
            self.gate.passed()
            self.limit.succeeded()
        return None

    def _retryable(self, response: httpx2.Response) -> bool:
        status = response.status_code
        if status not in RETRYABLE_STATUSES and status < SERVER_ERROR_MIN:
            return False
        return not self._is_final(status, response.content)

    def _connection_refused(self, error: httpx2.ConnectError) -> None:
        """Count a refused connection; mark the endpoint dead when that is what it means."""
        self._refused_in_row += 1
        if self._stopped is not None:
            return
        if not self._answered:
            why = f"no connection could be made ({_reason(error)})"
        elif self._refused_in_row >= DEAD_AFTER_CONNECT_FAILURES:
            why = f"{self._refused_in_row} connections in a row were refused ({_reason(error)})"
        else:
            return
        self.stop(
            EndpointUnreachableError,
            f"cannot reach the model endpoint {self._endpoint}: {why}. Start the server (or "
            "fix --base-url / OPENAI_BASE_URL), then run the same command again: "
            f"{UNFINISHED_NOTE}",
        )

    def _quota_exhausted(self, response: httpx2.Response, wait: float) -> None:
        """A 429 asked for a wait longer than ``max_retry_after_s``: the run stops."""
        detail = _server_message(response)
        self.stop(
            QuotaExhaustedError,
            f"the model endpoint {self._endpoint} is rate limited for {_duration(wait)} "
            f"(HTTP 429, Retry-After {wait:.0f} s{f': {detail}' if detail else ''}), longer "
            f"than baocao waits ({self._policy.max_retry_after_s:.0f} s): its quota is used up. "
            "Run the same command again once it is over, or raise the limit (a larger quota "
            f"or plan for the key): {UNFINISHED_NOTE}",
        )

    def stop(self, kind: type[RunStoppedError], message: str) -> None:
        """Stop the run: every send from now on raises ``kind(message)`` (the first stop
        wins)."""
        if self._stopped is None:
            self._stopped = (kind, message)

    def fatal_error(self) -> RunStoppedError | None:
        """The error that stops the run once it is stopped, else None."""
        if self._stopped is None:
            return None
        kind, message = self._stopped
        return kind(message)

    def _raise_if_stopped(self) -> None:
        fatal = self.fatal_error()
        if fatal is not None:
            raise fatal


@dataclass(frozen=True)
class _Sent:
    """One attempt of a request.

    Attributes:
        outcome: the answer, or the transport error.
        waited: seconds the gate held it.
        rate_wait: for a 429, the wait it asked for (the gate is closed for it already).
    """

    outcome: httpx2.Response | httpx2.TransportError
    waited: float
    rate_wait: float | None


def _duration(seconds: float) -> str:
    """A wait in words: "45 s", "60 min", "3.0 h"."""
    if seconds < SECONDS_PER_MINUTE * 2:
        return f"{seconds:.0f} s"
    if seconds < SECONDS_PER_HOUR * 2:
        return f"{seconds / SECONDS_PER_MINUTE:.0f} min"
    return f"{seconds / SECONDS_PER_HOUR:.1f} h"


def _server_message(response: httpx2.Response) -> str:
    """The error message an answer carries (``{"error": {"message": ...}}``), shortened."""
    try:
        data = json.loads(response.content)
    except (ValueError, httpx2.ResponseNotRead):
        return ""
    error = data.get("error", data) if isinstance(data, dict) else None
    message = error.get("message") if isinstance(error, dict) else error
    return message.strip()[:ERROR_EXCERPT_CHARS] if isinstance(message, str) else ""


def _reason(error: httpx2.ConnectError) -> str:
    """Why a connection failed, in the words of the deepest cause ("connection refused")."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, OSError) and cause.strerror:  # e.g. "Name or service not known"
            return cause.strerror
        cause = cause.__cause__ or cause.__context__
    return str(error) or type(error).__name__


def _describe(error: httpx2.TransportError) -> str:
    """A transport failure for logs (no bodies, no headers)."""
    if isinstance(error, httpx2.TimeoutException):
        return "timed out"
    if isinstance(error, httpx2.ConnectError):
        return "connection failed"
    return "connection dropped"


def _error_in_disguise(response: httpx2.Response) -> httpx2.Response:
    """A 200 answer that is an error object, or not JSON at all, as the 502 it stands for.

    Some proxies and gateways answer an upstream failure with status 200 and
    ``{"error": {...}}`` or an HTML page. Read as a completion, that gives instructor a
    ``TypeError`` or a JSON error it would re-ask the model about; as a 502 it is a server
    failure: retried, then reported with the endpoint's own message.
    """
    if response.status_code != HTTP_OK or not response.is_stream_consumed:
        return response
    content = response.content
    if _CHOICES_KEY in content:
        return response
    try:
        data = json.loads(content)
    except ValueError:
        excerpt = content[:ERROR_EXCERPT_CHARS].decode("utf-8", "replace").strip()
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
