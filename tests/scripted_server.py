"""A scripted OpenAI-compatible chat-completions server for tests, cassettes and benchmarks.

No model is reachable from the machines that run baocao's tests, so the real ``openai`` +
``instructor`` stack talks to this server over HTTP on ``127.0.0.1``. It answers
``POST /v1/chat/completions`` from a script:

* a queue of :class:`Step` objects, consumed one per request in arrival order: an HTTP error
  with headers (429 with ``Retry-After``, 500, 400 ...), a dropped connection, a model answer
  with given JSON (possibly malformed), ``finish_reason="length"``, each with an optional delay;
* when the queue is empty, the default "gold" responder: it finds which sample article the
  user message carries and answers with its gold report (written by reading each article),
  whatever the report type: every sample set of ``examples/`` is loaded
  (:func:`sample_sets`: a folder ``articles/`` beside a folder ``gold/`` holding
  ``<stem>.json``, such as ``examples/articles`` + ``examples/gold`` for ``health_review``
  and ``examples/bulletins/articles`` + ``examples/bulletins/gold`` for
  ``outbreak_bulletin``). The answer is the gold's JSON as written, sent under the tool name
  the request asks for, so a new report type needs only its samples and golds here.

Answers take the shape the request asks for: a tool call when the request carries ``tools``
(instructor's TOOLS mode), JSON content when it carries ``response_format`` (JSON_SCHEMA) and a
```` ```json ```` block otherwise (MD_JSON). Every answer has a usage block with deterministic
token counts (about four characters per token, the schema sent counted with the messages).
Every request body is recorded in :attr:`ScriptedServer.requests`, every answer in
:attr:`ScriptedServer.responses`. ``GET /v1/models`` lists the ``models`` it was given (404
without), counted in :attr:`ScriptedServer.model_lists`.

With ``rate_limit`` (a :class:`TokenBucket`), the server is a rate-limited endpoint: a request
that finds the bucket empty is answered 429 with ``retry-after-ms`` (and ``Retry-After`` in
whole seconds) saying when the next token comes, as OpenAI's limits answer.

An endpoint that refuses a mode (:meth:`ScriptedServer.refuse`) answers every request sent in
that mode (:func:`request_mode`) with the refusal, whatever the queue holds, so concurrent
calls meet it in any order.

Use it as a context manager (or through the ``scripted_server`` fixture): it listens on a free
port, serves from a daemon thread and stops by itself on exit.
"""

from __future__ import annotations

import contextlib
import json
import math
import socket
import sys
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EXAMPLES_DIR = REPO / "examples"
ARTICLES_FOLDER = "articles"
GOLD_FOLDER = "gold"
ARTICLES_DIR = EXAMPLES_DIR / ARTICLES_FOLDER  # health_review's samples (the quick start's)
GOLD_DIR = EXAMPLES_DIR / GOLD_FOLDER
ARTICLE_SUFFIX = ".txt"

CHAT_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"
CHARS_PER_TOKEN = 4
SNIPPET_CHARS = 160  # how much of an article's longest line identifies it in a prompt
IDLE_TIMEOUT_S = 5.0  # a keep-alive connection idle this long is closed by the server
POLL_INTERVAL_S = 0.02  # how quickly serve_forever notices shutdown()
LISTEN_BACKLOG = 256  # the default 5 drops connections of a concurrent batch (1 s SYN retry)
SCRIPTED_MODEL = "scripted-gold"
PEERS_TIMEOUT_S = 10.0  # how long refusals held for their peers wait (a test bug otherwise)


def _squash(text: str) -> str:
    """NFC and single spaces, so an article matches its normalised copy in a prompt."""
    # str.split() splits on what re's \s matches (str.isspace), and drops the ends.
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Step:
    """One scripted reaction to one request.

    Attributes:
        status: HTTP status to answer with.
        headers: extra response headers (``Retry-After`` ...).
        error: for an error status, the OpenAI-style error message.
        answer: the JSON text the "model" produces (shaped per the request's mode); None
            with status 200 means "answer with the gold report of the article".
        finish_reason: the choice's finish reason (``"length"`` for a cut-off).
        delay_s: wait this long before answering.
        drop: close the connection without answering.
        text_only: answer in the message's text even when the request asked for a tool call
            (a model that replies in prose, or refuses).
        raw: answer status 200 with this body verbatim, not a completion (a gateway's error
            object, an HTML page, nothing).
        prompt_tokens: report this many prompt tokens instead of the server's own count (a
            server that cut the prompt to its context size, as Ollama does).
    """

    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    error: str | None = None
    answer: str | None = None
    finish_reason: str = "stop"
    delay_s: float = 0.0
    drop: bool = False
    text_only: bool = False
    raw: str | None = None
    prompt_tokens: int | None = None

    @classmethod
    def gold(cls, *, delay_s: float = 0.0) -> Step:
        """Answer with the gold report of the article in the request."""
        return cls(delay_s=delay_s)

    @classmethod
    def reply(
        cls, data: Mapping[str, Any] | str, *, finish_reason: str = "stop", delay_s: float = 0.0
    ) -> Step:
        """Answer with ``data`` (a mapping is dumped to JSON; a str is sent verbatim)."""
        text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
        return cls(answer=text, finish_reason=finish_reason, delay_s=delay_s)

    @classmethod
    def prose(cls, text: str) -> Step:
        """Answer in plain text, with no tool call and no JSON, whatever was asked."""
        return cls(answer=text, text_only=True)

    @classmethod
    def raw_200(cls, body: str) -> Step:
        """Status 200 with ``body`` verbatim instead of a completion (as some proxies do)."""
        return cls(raw=body)

    @classmethod
    def fail(cls, status: int, message: str = "scripted failure", **headers: str) -> Step:
        """An HTTP error; keyword arguments become headers (``retry_after="0"``)."""
        named = {name.replace("_", "-").title(): value for name, value in headers.items()}
        return cls(status=status, error=message, headers=named)

    @classmethod
    def drop_connection(cls) -> Step:
        """Read the request, then close the connection without a response."""
        return cls(drop=True)


class TokenBucket:
    """A rate limit: ``rate`` requests per second, bursts of up to ``burst``.

    Attributes:
        rate: tokens added per second.
        burst: the most tokens the bucket holds (it starts full).
        clock: seconds on a monotonic clock (injectable).
    """

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self._tokens = float(burst)
        self._at = clock()

    def take(self) -> float:
        """Take a token: 0.0 when there was one, else the seconds until the next one."""
        now = self.clock()
        self._tokens = min(float(self.burst), self._tokens + (now - self._at) * self.rate)
        self._at = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return 0.0
        return (1.0 - self._tokens) / self.rate


def rate_limited(wait_s: float) -> Step:
    """The 429 a rate-limited endpoint answers: ``retry-after-ms`` and ``Retry-After``."""
    return Step.fail(
        429,
        "Rate limit reached for requests: try again later",
        retry_after_ms=str(max(1, math.ceil(wait_s * 1000))),
        retry_after=str(max(1, math.ceil(wait_s))),
    )


@dataclass(frozen=True)
class Article:
    """A sample article the gold responder recognises."""

    stem: str
    snippet: str
    gold_path: Path
    gold: str | None  # the gold report's JSON, read once (None: no gold file)


def sample_sets(examples_dir: Path = EXAMPLES_DIR) -> list[tuple[Path, Path]]:
    """Every sample set under ``examples_dir``: ``(articles folder, gold folder)`` pairs.

    A sample set is a folder named ``gold`` with a folder named ``articles`` beside it, at any
    depth; sorted by the articles folder, so ``examples/articles`` (health_review's, whose
    positions tests rely on) comes first.
    """
    pairs = [
        (gold.parent / ARTICLES_FOLDER, gold)
        for gold in examples_dir.rglob(GOLD_FOLDER)
        if gold.is_dir() and (gold.parent / ARTICLES_FOLDER).is_dir()
    ]
    return sorted(pairs)


def load_articles(sets: Iterable[tuple[Path, Path]] | None = None) -> list[Article]:
    """The sample articles of ``sets`` (default: :func:`sample_sets`), in set order.

    Each is identified by the start of its longest line; an article without a gold file is
    kept, and a request carrying it is answered 400 (no gold report).
    """
    articles = []
    for articles_dir, gold_dir in sample_sets() if sets is None else sets:
        articles.extend(_load_set(articles_dir, gold_dir))
    return articles


def _load_set(articles_dir: Path, gold_dir: Path) -> list[Article]:
    articles = []
    for path in sorted(articles_dir.glob(f"*{ARTICLE_SUFFIX}")):
        lines = [_squash(line) for line in path.read_text(encoding="utf-8").splitlines()]
        longest = max(lines, key=len)
        gold_path = gold_dir / f"{path.stem}.json"
        gold = gold_path.read_text(encoding="utf-8") if gold_path.is_file() else None
        articles.append(Article(path.stem, longest[:SNIPPET_CHARS], gold_path, gold))
    return articles


def request_text(body: Mapping[str, Any]) -> str:
    """All message text of a chat request, squashed."""
    parts: list[str] = []
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return _squash("\n".join(parts))


def schema_text(body: Mapping[str, Any]) -> str:
    """The schema part of a chat request (tools or response format) as compact JSON."""
    parts = [body[key] for key in ("tools", "response_format") if body.get(key)]
    return json.dumps(parts, ensure_ascii=False, separators=(",", ":")) if parts else ""


def request_mode(body: Mapping[str, Any]) -> str:
    """The baocao mode a chat request was sent in, read from what it carries."""
    if body.get("tools"):
        return "tools"
    response_format = body.get("response_format")
    if isinstance(response_format, Mapping):
        return str(response_format.get("type", "text"))  # json_schema or json_object
    return "md_json"


def count_tokens(text: str) -> int:
    """The server's deterministic token estimate."""
    return max(1, math.ceil(len(text) / CHARS_PER_TOKEN))


class _Listener(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (a cancelled request) is normal: no traceback for it."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class ScriptedServer:
    """An OpenAI-compatible server answering from a script (see the module docstring).

    Attributes:
        base_url: ``http://127.0.0.1:<port>/v1``, for ``Settings(base_url=...)``.
        requests: every chat request body received, in order.
        responses: every JSON answer sent, in order (errors included).
        default_delay_s: delay of the gold responder when no step is queued.
        max_in_flight: the most requests that were being answered at the same time.
        rate_limit: the token bucket every request must take a token from (None: no limit).
        rate_limited: how many requests were answered 429 by the bucket.
        admitted: for each request in arrival order, whether the bucket let it through.
        models: the model names ``GET /v1/models`` lists (None: that path is a 404).
        model_lists: how many times the model list was asked for.
    """

    def __init__(
        self,
        steps: Iterable[Step] = (),
        *,
        default_delay_s: float = 0.0,
        host: str = "127.0.0.1",
        rate_limit: TokenBucket | None = None,
        models: Sequence[str] | None = None,
    ) -> None:
        self._steps: deque[Step] = deque(steps)
        self.models = None if models is None else list(models)
        self.model_lists = 0
        self._lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
        self.responses: list[dict[str, Any]] = []
        self.default_delay_s = default_delay_s
        self.rate_limit = rate_limit
        self.rate_limited = 0
        self.admitted: list[bool] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.articles = load_articles()
        self._refusals: dict[str, tuple[Step, threading.Barrier | None]] = {}
        self._httpd = _Listener((host, 0), _make_handler(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(POLL_INTERVAL_S,), daemon=True
        )
        port = self._httpd.server_address[1]
        self.base_url = f"http://{host}:{port}/v1"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop serving and release the port."""
        if self._thread.is_alive():
            self._httpd.shutdown()
        self._httpd.server_close()

    def script(self, *steps: Step) -> None:
        """Queue steps for the next requests."""
        with self._lock:
            self._steps.extend(steps)

    def refuse(self, mode: str, step: Step, *, together: int = 1) -> None:
        """Answer every request sent in ``mode`` with ``step`` (an endpoint that refuses it).

        With ``together=n`` the first refusals are held until ``n`` requests in that mode
        have arrived, so that many calls are sure to be in flight in it at the same time.
        """
        barrier = threading.Barrier(together) if together > 1 else None
        with self._lock:
            self._refusals[mode] = (step, barrier)

    @property
    def pending_steps(self) -> int:
        """How many queued steps have not been used yet."""
        with self._lock:
            return len(self._steps)

    def usage_total(self) -> tuple[int, int]:
        """Prompt and completion tokens over every answer that carried usage."""
        prompt = sum(r.get("usage", {}).get("prompt_tokens", 0) for r in self.responses)
        completion = sum(r.get("usage", {}).get("completion_tokens", 0) for r in self.responses)
        return prompt, completion

    # ---- called from handler threads -------------------------------------------------------

    def next_step(self, body: dict[str, Any]) -> Step:
        with self._lock:
            self.requests.append(body)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            if self.rate_limit is not None:
                wait = self.rate_limit.take()
                self.admitted.append(wait == 0)
                if wait > 0:
                    self.rate_limited += 1
                    return rate_limited(wait)
            refusal = self._refusals.get(request_mode(body))
            if refusal is None and self._steps:
                return self._steps.popleft()
        if refusal is not None:
            step, barrier = refusal
            if barrier is not None:
                # A test that sent too few breaks the barrier: answered anyway, its asserts fail.
                with contextlib.suppress(threading.BrokenBarrierError):
                    barrier.wait(PEERS_TIMEOUT_S)
                with self._lock:
                    self._refusals[request_mode(body)] = (step, None)  # held once only
            return step
        return Step.gold(delay_s=self.default_delay_s)

    def finished_one(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def record_response(self, payload: dict[str, Any]) -> None:
        with self._lock:
            self.responses.append(payload)

    def gold_answer(self, body: Mapping[str, Any]) -> str | None:
        """The gold report JSON of the article in the request, or None."""
        return self._gold_for(request_text(body))

    def _gold_for(self, text: str) -> str | None:
        for article in self.articles:
            if article.snippet in text and article.gold is not None:
                return article.gold
        return None

    def answer_number(self, body: Mapping[str, Any]) -> int:
        """A stable id for an answer: how many messages the request carries.

        Not the arrival count, so that recorded cassettes do not depend on the order in which
        concurrent requests arrived.
        """
        return len(body.get("messages", []))

    def build_answer(self, body: Mapping[str, Any], step: Step) -> tuple[int, dict[str, Any]]:
        """Status and JSON body for a step."""
        if step.status != 200:
            error = {"message": step.error or "error", "type": "scripted", "code": step.status}
            return step.status, {"error": error}
        # The server's own work holds its GIL while other connections wait to be read: the
        # request's text is squashed once and the golds are read once, at start.
        text = request_text(body)
        answer = step.answer if step.answer is not None else self._gold_for(text)
        if answer is None:
            message = "scripted server: no gold report for the article in this request"
            return 400, {"error": {"message": message, "type": "scripted", "code": 400}}
        message: dict[str, Any] = {"role": "assistant", "content": None}
        call_id = self.answer_number(body)
        tools = body.get("tools") or []
        if step.text_only:
            message["content"] = answer
            finish = step.finish_reason
        elif tools:
            name = tools[0].get("function", {}).get("name", "answer")
            function = {"name": name, "arguments": answer}
            tool_call = {"id": f"call_{call_id}", "type": "function", "function": function}
            message["tool_calls"] = [tool_call]
            finish = "tool_calls" if step.finish_reason == "stop" else step.finish_reason
        elif body.get("response_format"):
            message["content"] = answer
            finish = step.finish_reason
        else:
            message["content"] = f"```json\n{answer}\n```"
            finish = step.finish_reason
        prompt_tokens = (
            count_tokens(text) + count_tokens(schema_text(body))
            if step.prompt_tokens is None
            else step.prompt_tokens
        )
        completion_tokens = count_tokens(answer)
        return 200, {
            "id": f"chatcmpl-scripted-{call_id}",
            "object": "chat.completion",
            "created": 0,
            "model": str(body.get("model", SCRIPTED_MODEL)),
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }


def _make_handler(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real endpoints do
        # Headers and body go out in separate writes: without TCP_NODELAY, Nagle plus the
        # client's delayed ACK add ~40 ms to every answer.
        disable_nagle_algorithm = True
        timeout = IDLE_TIMEOUT_S

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests read requests from the server object."""

        def do_GET(self) -> None:
            if self.path.rstrip("/") != MODELS_PATH or server.models is None:
                self._send(404, {"error": {"message": f"no route {self.path}"}}, {})
                return
            server.model_lists += 1
            listed = [{"id": name, "object": "model", "owned_by": "me"} for name in server.models]
            self._send(200, {"object": "list", "data": listed}, {})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            arrived = time.monotonic()
            if self.path.rstrip("/") != CHAT_PATH:
                self._send(404, {"error": {"message": f"no route {self.path}"}}, {})
                return
            try:
                body = json.loads(raw)
            except json.JSONDecodeError:
                self._send(400, {"error": {"message": "request body is not JSON"}}, {})
                return
            step = server.next_step(body)
            try:
                self._answer(body, step, arrived)
            finally:
                server.finished_one()

        def _answer(self, body: dict[str, Any], step: Step, arrived: float) -> None:
            # The answer is built first and sent delay_s after the request arrived, so the
            # server's own work (a millisecond or two) is not added to a benchmark's delay.
            answer = None if step.drop else server.build_answer(body, step)
            if step.delay_s:
                time.sleep(max(0.0, arrived + step.delay_s - time.monotonic()))
            if answer is None:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if step.raw is not None:
                server.record_response({"raw": step.raw})
                self._send(200, step.raw.encode("utf-8"), step.headers)
                return
            status, payload = answer
            server.record_response(payload)
            self._send(status, payload, step.headers)

        def _send(self, status: int, payload: Any, headers: Mapping[str, str]) -> None:
            if isinstance(payload, bytes):
                data = payload
            else:
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler
