"""One record, typed: the line ``baocao extract`` writes for each article, and its JSON form.

:class:`Record` is what :meth:`baocao.pipeline.Extraction.to_record` builds, what
:class:`baocao.records.RecordWriter` writes and what :func:`baocao.records.read_records` yields
to ``check``, ``export``, ``review`` and ``eval``. Its parts are typed too: :class:`SourceInfo`,
:class:`Usage`, :class:`~baocao.crosscheck.Verification` (with its
:class:`~baocao.crosscheck.CheckItem`, or :class:`~baocao.crosscheck.StoredCounts` in a record
of an older release) and :class:`ErrorInfo`.

One serialisation per type: each type's JSON form is declared on the type (its fields, plus a
pydantic serializer where the record's form differs: ``source.url`` only when known, ``cost_usd``
rounded, a check item's ``matches`` only for a number, a verification's counts), and one
pydantic adapter (:meth:`Record.to_json`, :meth:`Record.from_json`) reads and writes them all.

This module sits low in the layers (below ``llm``, ``pipeline`` and ``records``, above
``crosscheck``) so that the model client can fill a :class:`Usage`, the pipeline can build a
record, and reading a file of records never loads the model stack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Annotated, Any

from pydantic import (
    Discriminator,
    SerializerFunctionWrapHandler,
    Tag,
    TypeAdapter,
    ValidationError,
    field_serializer,
    model_serializer,
)

from baocao.crosscheck import StoredCounts, Verification
from baocao.errors import RecordError

COST_DECIMALS = 8  # USD in records: far below a token's price, free of float noise


@dataclass
class Usage:
    """Tokens and cost of one article (every attempt counted; zero for a cache hit).

    Attributes:
        prompt_tokens: input tokens over all requests.
        completion_tokens: output tokens over all requests.
        cost_usd: from the price table; 0 for an unknown model.
        requests: HTTP requests sent (failed ones included).
        prompt_fixed_chars: characters of the first request's fixed part, the same for every
            article: system message and the schema as sent (tools or response format).
        article_chars: characters of the first request's per-article part (user message).
        first_prompt_tokens: prompt tokens the endpoint reported for the first answered
            request (fixed part and article, no re-ask); ``prompt_tokens`` minus this is what
            the re-asks (and transport retries) cost.
        cached_prompt_tokens: prompt tokens the endpoint reported as read from its prompt
            cache (``prompt_tokens_details.cached_tokens``; 0 when not reported).
        reasks_skipped: re-asks not sent because the endpoint's context could not hold them
            (the last answer was kept, its ungrounded values flagged).
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    requests: int = 0
    prompt_fixed_chars: int = 0
    article_chars: int = 0
    first_prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    reasks_skipped: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(*(getattr(self, name) + getattr(other, name) for name in _USAGE_FIELDS))

    @field_serializer("cost_usd")
    def _round_cost(self, cost_usd: float) -> float:
        """The record keeps the cost rounded to ``COST_DECIMALS`` (free of float noise).

        Otherwise the record's ``usage`` object is this dataclass's fields (missing ones read
        as zero).
        """
        return round(cost_usd, COST_DECIMALS)


_USAGE_FIELDS = tuple(f.name for f in fields(Usage))


@dataclass(frozen=True)
class SourceInfo:
    """Where an article came from (the record's ``source`` object).

    Attributes:
        path: the path as given, or ``<text>`` / ``<stdin>``.
        sha256: hex sha256 of the normalised text ("" when it could not be loaded).
        url: the page's address when known (:attr:`Document.url`); in the record only when
            known.
    """

    path: str
    sha256: str = ""
    url: str | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The record's form: ``url`` only when known."""
        data: dict[str, Any] = handler(self)
        if self.url is None:
            data.pop("url", None)
        return data


@dataclass(frozen=True)
class ErrorInfo:
    """Why an article has no (acceptable) report (the record's ``error`` object).

    Attributes:
        type: the exception class name (``DocumentError``, ``ProviderError`` ...).
        message: what happened and what to do next.
    """

    type: str
    message: str

    @classmethod
    def from_exception(cls, error: BaseException) -> ErrorInfo:
        """The record of an exception."""
        return cls(type(error).__name__, str(error))


def _verification_tag(data: Any) -> str:
    """Which stored form a record's verification has: with ``items`` or only counts."""
    if isinstance(data, StoredCounts) or (isinstance(data, Mapping) and "items" not in data):
        return COUNTS_TAG
    return ITEMS_TAG


ITEMS_TAG = "items"
COUNTS_TAG = "counts"
StoredVerification = Annotated[
    Annotated[Verification, Tag(ITEMS_TAG)] | Annotated[StoredCounts, Tag(COUNTS_TAG)],
    Discriminator(_verification_tag),
]


@dataclass(frozen=True)
class Record:
    """One line of a JSONL output file, typed: what extract writes and every reader gets.

    Its JSON form (:meth:`to_json`, :meth:`from_json`) is the one serialisation of a record
    and of every type in it (see the module docstring). Keys in file order: ``source``,
    ``schema``, ``report``, ``verification``, ``usage``, ``cached``, ``error``.

    Attributes:
        source: path, document sha256 and page address of the article.
        schema: the report type extract used (a registry name, or ``/abs/path.py:Class``);
            None in a record written before it was recorded, where the reader's default
            applies. Not written when None: a rewritten older record claims no report type.
        report: the report's JSON as stored, not validated (a hand-edited report may no
            longer fit its schema: ``check`` says so, see :func:`baocao.records.recheck_record`).
        verification: the check stored at extraction (:class:`StoredCounts` for a record of
            an older release); None when there is no report.
        usage: tokens and cost of every attempt.
        cached: the report came from the cache.
        error: None on success.
    """

    source: SourceInfo
    schema: str | None = None
    report: dict[str, Any] | None = None
    verification: StoredVerification | None = None
    usage: Usage = field(default_factory=Usage)
    cached: bool = False
    error: ErrorInfo | None = None

    @property
    def ok(self) -> bool:
        """True when the record holds a report and no error."""
        return self.error is None and self.report is not None

    def to_json(self) -> dict[str, Any]:
        """The record as JSON-ready data, keys in the file's order.

        ``schema`` is left out when None (a rewritten older record claims no report type).
        """
        data: dict[str, Any] = _RECORD_ADAPTER.dump_python(self, mode="json")
        if self.schema is None:
            del data["schema"]
        return data

    @classmethod
    def from_json(cls, data: Any) -> Record:
        """Read one parsed JSONL line.

        Raises:
            RecordError: the data is not a record (the message names each bad field).
        """
        try:
            return _RECORD_ADAPTER.validate_python(data)
        except ValidationError as err:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}"
                for e in err.errors()
            )
            raise RecordError(f"not a baocao record: {problems}") from err


_RECORD_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)
