"""The two ways to fill a report: the model (:class:`ModelBackend`) or the offline rules
(:class:`OfflineBackend`), behind one :class:`Backend` protocol.

The :class:`~baocao.pipeline.Extractor` picks one when it is built and from then on only
calls the protocol: it never asks which backend it holds. What differs between them is
answered by the backend itself: whether its reports may be cached (and under which key
parts), how many articles to prepare per request slot, its transport statistics, and how
to release what it holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from pydantic import BaseModel

from baocao.crosscheck import IMPLIED_KEY
from baocao.documents import Document
from baocao.errors import ConfigError
from baocao.llm import ModelClient
from baocao.numerals import NumberIndex
from baocao.prompts import PromptTemplates, render_prompt
from baocao.record import Usage
from baocao.schemas import ReportType
from baocao.settings import API_KEY_ENV_VAR
from baocao.transport import TransportStats

# Articles prepared per concurrency slot. With a model, the HTTP pool holds ``concurrency``
# requests in flight and as many articles again wait, ready, for a freed connection
# (benchmarks/README.md, batch); offline the slots only bound the articles loaded at once.
MODEL_ARTICLES_PER_SLOT = 2
OFFLINE_ARTICLES_PER_SLOT = 1
FIXED_PART_LABEL = "<text>"  # the empty article whose prompt is the fixed part


class Backend(Protocol):
    """What the Extractor needs from a backend."""

    @property
    def articles_per_slot(self) -> int:
        """Articles prepared at once per unit of ``Settings.concurrency``."""
        ...

    @property
    def cache_identity(self) -> Mapping[str, str] | None:
        """What, besides schema and document, decides the report (the cache key's parts);
        None: this backend's reports are not cached."""
        ...

    @property
    def transport_stats(self) -> TransportStats | None:
        """HTTP requests, 429 answers and the settled concurrency; None without HTTP."""
        ...

    async def fill(
        self, document: Document, index: NumberIndex, usage: Usage, context: dict[str, Any]
    ) -> BaseModel:
        """The report of ``document``; ``usage`` gains the cost of every attempt and
        ``context`` is the grounding validator's (``document``, ``index``, and the
        verification it leaves there)."""
        ...

    async def aclose(self) -> None:
        """Release what the backend holds (the HTTP pool)."""
        ...


class ModelBackend:
    """Reports from the model: the report type's prompt, then :meth:`ModelClient.complete`."""

    def __init__(
        self, client: ModelClient, report_type: ReportType, prompts: PromptTemplates
    ) -> None:
        """Check that the prompt's fixed part fits the context window.

        Raises:
            ConfigError: the context window is too small for any article.
        """
        self._client = client
        self._model = report_type.model
        self._prompts = prompts
        empty = Document(text="", sha256="", source=FIXED_PART_LABEL)
        client.check_fixed_part(render_prompt(prompts, empty), report_type.model)

    @property
    def articles_per_slot(self) -> int:
        """See :class:`Backend`."""
        return MODEL_ARTICLES_PER_SLOT

    @property
    def cache_identity(self) -> Mapping[str, str]:
        """The client's identity (endpoint, model, mode, sampling) and the prompt version."""
        return {**self._client.cache_identity, "prompt_version": self._prompts.version}

    @property
    def transport_stats(self) -> TransportStats:
        """See :class:`Backend`."""
        return self._client.transport_stats

    async def fill(
        self, document: Document, index: NumberIndex, usage: Usage, context: dict[str, Any]
    ) -> BaseModel:
        """See :class:`Backend` (``index`` reaches the model through ``context``)."""
        report, _ = await self._client.complete(
            render_prompt(self._prompts, document),
            self._model,
            context,
            usage=usage,
            label=document.source,
            article_chars=len(document.text),
        )
        return report

    async def aclose(self) -> None:
        """Close the HTTP connection pool."""
        await self._client.aclose()


class OfflineBackend:
    """Reports from the offline rules (:mod:`baocao.offline`): free, not cached, no HTTP."""

    def __init__(self, report_type: ReportType, *, strict: bool = False) -> None:
        """Check that the rules can fill this report type.

        Args:
            report_type: the report type to fill.
            strict: the run's ``Settings.strict``: report printed values only (a period year
                the page implies but never prints is None; see ``extract_offline``).

        Raises:
            ConfigError: the report type lacks a field the rules fill.
        """
        # Imported only when asked for: model runs need not load the gazetteer.
        from baocao.offline import REQUIRED_FIELDS, SUPPORTED_REPORT

        if not REQUIRED_FIELDS.issubset(report_type.model.model_fields):
            raise ConfigError(
                f"the offline rules fill {SUPPORTED_REPORT} reports only: name a model for "
                f"'{report_type.name}', with --base-url URL --model M (a local server) or "
                f"{API_KEY_ENV_VAR} (OpenAI)"
            )
        self._model = report_type.model
        self._strict = strict

    @property
    def articles_per_slot(self) -> int:
        """See :class:`Backend`."""
        return OFFLINE_ARTICLES_PER_SLOT

    @property
    def cache_identity(self) -> None:
        """Offline reports are recomputed every run (cheaper than a cache lookup)."""
        return None

    @property
    def transport_stats(self) -> None:
        """No HTTP offline."""
        return None

    async def fill(
        self, document: Document, index: NumberIndex, usage: Usage, context: dict[str, Any]
    ) -> BaseModel:
        """See :class:`Backend` (no usage, no grounding context: the rules read ``index``).
        The period years reported from what the page implies are left in ``context`` under
        :data:`~baocao.crosscheck.IMPLIED_KEY`, for ``verify`` to mark them implied."""
        from baocao.offline import extract_offline

        implied_years: dict[str, str] = {}
        report = extract_offline(
            document, index, self._model, strict=self._strict, implied_years=implied_years
        )
        context[IMPLIED_KEY] = implied_years
        return report

    async def aclose(self) -> None:
        """Nothing to release."""
