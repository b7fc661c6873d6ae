"""The exceptions baocao raises.

Every error the library raises on purpose derives from :class:`BaocaoError`; third-party
exceptions (openai, httpx, instructor, diskcache) are translated into these in exactly one
place each (``llm`` for the model stack), so callers catch one tree::

    BaocaoError
    ├── ConfigError          bad settings: no key, unknown schema, bad base URL (CLI exit 2)
    ├── DocumentError        input that cannot be read as an article (empty, binary, too big)
    ├── SchemaError          a report type or prompt template that cannot be loaded
    ├── ExtractionError      the backend could not produce a valid report for one article
    │   ├── GroundingError   strict mode: numbers or quotes not found in the article
    │   └── TruncatedError   the model stopped at its token limit (finish_reason == "length")
    ├── ProviderError        the endpoint failed (HTTP status, timeout, dropped connection)
    │   ├── ContextWindowError        the article does not fit the model's context window
    │   ├── EndpointTimeoutError      the endpoint answered nothing within the timeout
    │   └── RunStoppedError           the endpoint cannot serve the rest of the run: the whole
    │       │                         run stops (CLI exit 2), unfinished articles get no record
    │       ├── EndpointUnreachableError  no connection to the endpoint
    │       ├── QuotaExhaustedError       a 429 asks for a wait longer than baocao waits
    │       └── EndpointFailingError      articles in a row failed with server errors
    └── RecordError          an output file that cannot be read or written
        └── OutputLockedError  another run is writing the same output file (CLI exit 2)

Messages say what happened, to which input, and what to do next.
"""

from __future__ import annotations


class BaocaoError(Exception):
    """Base class of every error baocao raises on purpose."""


class ConfigError(BaocaoError):
    """Settings that cannot work: a missing key, an unknown schema, a bad option."""


class DocumentError(BaocaoError):
    """An input that cannot be read as an article.

    Attributes:
        source: the path or label of the input.
    """

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class SchemaError(BaocaoError):
    """A report type or its prompt templates could not be found or loaded."""


class ExtractionError(BaocaoError):
    """The backend could not produce a valid report for one article."""


class GroundingError(ExtractionError):
    """Strict mode: the report holds values that do not occur in the article."""


class TruncatedError(ExtractionError):
    """The model hit its output token limit before finishing the report."""


class ProviderError(BaocaoError):
    """The model endpoint failed after all transport retries.

    Attributes:
        status: the HTTP status code, or None for timeouts and dropped connections.
    """

    def __init__(self, message: str, status: int | None = None) -> None:
        self.status = status
        super().__init__(message if status is None else f"HTTP {status}: {message}")


class ContextWindowError(ProviderError):
    """The endpoint refused a request longer than the model's context window (never retried).

    Attributes:
        limit_tokens: the context window in tokens, when the endpoint's message gives it.
    """

    def __init__(
        self, message: str, status: int | None = None, limit_tokens: int | None = None
    ) -> None:
        self.limit_tokens = limit_tokens
        super().__init__(message, status)


class EndpointTimeoutError(ProviderError):
    """The endpoint took the request but answered nothing within the timeout: a slow or
    busy server (a local one may still be generating an earlier answer), not a missing one."""


class RunStoppedError(ProviderError):
    """The endpoint cannot serve the rest of the run: fatal for the run, not one article.

    Every later request would fail the same way, so ``Extractor.extract_many`` stops and
    raises it; the articles it had not finished get no record, so a rerun once the cause is
    gone extracts them. The CLI exits 2 with its message.
    """


class EndpointUnreachableError(RunStoppedError):
    """No connection can be made to the model endpoint.

    Raised when the first connections are refused (or the host is unknown), or when many in
    a row are.
    """


class QuotaExhaustedError(RunStoppedError):
    """The endpoint answered 429 asking for a wait longer than baocao waits (a used-up
    quota): every later request would get the same answer."""


class EndpointFailingError(RunStoppedError):
    """Articles in a row failed with server errors (5xx) after all retries, none succeeding
    in between: the server is broken, not the articles."""


class RecordError(BaocaoError):
    """An output (JSONL) file that cannot be read or written."""


class OutputLockedError(RecordError):
    """Another run holds the output file's lock: two writers would duplicate its records.

    Attributes:
        path: the output file.
        pid: the process id the other run wrote into the lock file (None when unknown).
    """

    def __init__(self, path: str, pid: int | None) -> None:
        self.path = path
        self.pid = pid
        holder = f"another baocao run (pid {pid})" if pid else "another baocao run"
        super().__init__(
            f"{path} is being written by {holder}: wait for it to finish, or write to "
            "another file with -o"
        )
